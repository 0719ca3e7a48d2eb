import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import { CONSULTATION_RULES, type StaffConsultationItem, type StaffProfile } from '@portal/shared';
import { ActionButton } from '../../../../components/ActionButton';
import { FOCUSABLE, focusById } from '../../../../components/a11y';
import { DataView } from '../../../../components/DataView';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { useRemote } from '../../../../hooks/use-remote';
import { WORKBENCH_MESSAGES, type WorkbenchKey } from '../../../../i18n/domains/workbench';
import { useDomainI18n } from '../../../../i18n/use-domain-i18n';
import { ROUTES, withQuery } from '../../../../routes';
import { describeError } from '../../../../services/error-words';
import { formErrorsFrom } from '../../../../services/field-errors';
import { fetchPublishedAdoption, fetchStaffConsultations, publishAdoption } from '../../../../services/workbench';
import { ERROR_SUMMARY_ID, ErrorSummary, type SummaryItem } from '../../../account/components/ErrorSummary';
import { adoptionAction, adoptionOrder, checkAdoption } from '../../adoption';
import { StaffBar } from '../../components/StaffBar';
import { StaffGate } from '../../components/StaffGate';
import { TextAreaField } from '../../components/TextArea';
import { chinaDateTime } from '../../labels';
import '../../../account/account.scss';
import '../../workbench.scss';

const TEXT_ID = 'wb-adoption-text';

function Item({ item, onChoose }: { item: StaffConsultationItem; onChoose: () => void }) {
  const { t } = useDomainI18n(WORKBENCH_MESSAGES);
  const action = adoptionAction(item);
  return (
    <View className="wb-item" role="listitem" data-testid="wb-cs-item" data-id={item.id} data-state={item.state} data-published={item.adoptionPublished ? 'true' : 'false'}>
      <Heading level={2}>
        {item.title}
      </Heading>
      <View className="wb-flags">
        <Text className="wb-flag wb-flag-status">{t(`wb.cs.state.${item.state}` as WorkbenchKey)}</Text>
      </View>
      <Text className="wb-meta">{t('wb.cs.dates', { opens: chinaDateTime(item.opensAt), closes: chinaDateTime(item.closesAt) })}</Text>
      <Text className="wb-meta" data-testid="wb-cs-responses">
        {t('wb.cs.responses', { n: item.responses })}
      </Text>
      {action === 'wait' ? (
        <Text className="portal-text-secondary">{t('wb.cs.wait')}</Text>
      ) : (
        <>
          <Text className="portal-text" data-testid="wb-cs-adoption-state">
            {t(item.adoptionPublished ? 'wb.cs.published' : 'wb.cs.unpublished')}
          </Text>
          <ActionButton size="large" block type={action === 'publish' ? 'primary' : 'default'} fill={action === 'publish' ? 'solid' : 'outline'} data-testid="wb-cs-open" data-action={action} onClick={onChoose}>
            {t(action === 'publish' ? 'wb.cs.publish' : 'wb.cs.revise', { title: item.title })}
          </ActionButton>
        </>
      )}
    </View>
  );
}

/** Publish or revise the account of what was adopted: error summary at the top, the message at the field. */
function AdoptionForm({ item, onCancel, onDone }: { item: StaffConsultationItem; onCancel: () => void; onDone: (text: string) => void }) {
  const { t } = useDomainI18n(WORKBENCH_MESSAGES);
  const revise = item.adoptionPublished;
  // Revising starts from what citizens see now (the public results; the staff list has no text).
  const current = useRemote(() => (revise ? fetchPublishedAdoption(item.id) : undefined), [item.id, revise]);
  const [text, setText] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [general, setGeneral] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const value = text ?? current.data?.adoption?.text ?? '';
  const limits = { min: CONSULTATION_RULES.adoptionMin, max: CONSULTATION_RULES.adoptionMax };

  const submit = async () => {
    if (busy) return;
    const local = checkAdoption(value);
    setGeneral(undefined);
    if (local) {
      setProblem(t(`wb.cs.problem.text.${local}` as WorkbenchKey, limits));
      focusById(ERROR_SUMMARY_ID);
      return;
    }
    setProblem(undefined);
    setBusy(true);
    try {
      const published = await publishAdoption(item.id, value.trim());
      onDone(published.adoption?.text ?? value.trim());
    } catch (error) {
      const errors = formErrorsFrom(error, ['text'] as const, t);
      setProblem(errors.fields.text);
      setGeneral(errors.general ?? (errors.fields.text ? undefined : describeError(error, t)));
      focusById(ERROR_SUMMARY_ID);
    } finally {
      setBusy(false);
    }
  };

  const items: SummaryItem[] = [...(problem ? [{ message: problem, fieldId: TEXT_ID }] : []), ...(general ? [{ message: general }] : [])];
  return (
    <View className="portal-section" data-testid="wb-cs-form" data-consultation={item.id} data-action={revise ? 'revise' : 'publish'}>
      <View id="wb-cs-form-heading" {...FOCUSABLE}>
        <Heading level={1}>{t(revise ? 'wb.cs.form.revise' : 'wb.cs.form.publish')}</Heading>
      </View>
      <Text className="portal-text" data-testid="wb-cs-form-title">
        {item.title}
      </Text>
      <ErrorSummary items={items} />
      {revise && current.status === 'loading' && text === undefined ? (
        <Text className="portal-text-secondary" data-testid="wb-cs-current-loading">
          {t('wb.cs.current')}
        </Text>
      ) : null}
      <TextAreaField
        id={TEXT_ID}
        testId="wb-adoption-text"
        label={t('wb.cs.field.text')}
        hint={t('wb.cs.hint.text', limits)}
        error={problem}
        value={value}
        onChange={(next) => {
          setText(next);
          setProblem(undefined);
        }}
        maxLength={CONSULTATION_RULES.adoptionMax}
        counter={(count, max) => t('wb.counter', { count, max })}
      />
      <View className="portal-actions">
        <ActionButton type="primary" size="large" block loading={busy} disabled={busy} data-testid="wb-cs-submit" onClick={() => void submit()}>
          {t('wb.cs.submit')}
        </ActionButton>
        <ActionButton size="large" block fill="outline" data-testid="wb-cs-cancel" onClick={onCancel}>
          {t('wb.cs.cancel')}
        </ActionButton>
      </View>
    </View>
  );
}

function Consultations({ staff }: { staff: StaffProfile }) {
  const { t, locale } = useDomainI18n(WORKBENCH_MESSAGES);
  const remote = useRemote(() => fetchStaffConsultations(), [staff.id]);
  const [chosen, setChosen] = useState<StaffConsultationItem | undefined>(undefined);
  const [done, setDone] = useState<{ item: StaffConsultationItem; text: string } | undefined>(undefined);
  const department = staff.department.name[locale] || staff.department.name.zh;

  const choose = (item: StaffConsultationItem) => {
    setDone(undefined);
    setChosen(item);
    focusById('wb-cs-form-heading');
  };
  const backToList = () => {
    setChosen(undefined);
    setDone(undefined);
    void remote.reload();
    focusById('wb-cs-heading');
  };

  if (done) {
    return (
      <>
        <StaffBar staff={staff} />
        <View className="portal-section" data-testid="wb-cs-done" data-consultation={done.item.id}>
          <View id="wb-cs-done-heading" {...FOCUSABLE}>
            <Heading level={1}>{t('wb.cs.done')}</Heading>
          </View>
          <Text className="portal-text">{done.item.title}</Text>
          <Text className="wb-prose" data-testid="wb-cs-done-text">
            {done.text}
          </Text>
          <View className="portal-actions">
            <ActionButton type="primary" size="large" block data-testid="wb-cs-results" onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.consultationResults, { id: done.item.id }) })}>
              {t('wb.cs.results')}
            </ActionButton>
            <ActionButton size="large" block fill="outline" data-testid="wb-cs-list" onClick={backToList}>
              {t('wb.cs.list')}
            </ActionButton>
          </View>
        </View>
      </>
    );
  }

  if (chosen) {
    return (
      <>
        <StaffBar staff={staff} />
        <AdoptionForm
          item={chosen}
          onCancel={backToList}
          onDone={(text) => {
            setDone({ item: chosen, text });
            setChosen(undefined);
            focusById('wb-cs-done-heading');
          }}
        />
      </>
    );
  }

  return (
    <>
      <StaffBar staff={staff} />
      <View className="portal-section">
        <View id="wb-cs-heading" {...FOCUSABLE}>
          <Heading level={1}>{t('wb.cs.heading', { department })}</Heading>
        </View>
        <Text className="portal-text">{t('wb.cs.intro')}</Text>
      </View>
      <View className="portal-section">
        <DataView remote={remote} testId="wb-cs" isEmpty={(data) => data.items.length === 0} empty={<Text className="portal-text">{t('wb.cs.empty')}</Text>}>
          {(data) => (
            <View role="list" data-testid="wb-cs-list-items">
              {adoptionOrder(data.items).map((item) => (
                <Item key={item.id} item={item} onChoose={() => choose(item)} />
              ))}
            </View>
          )}
        </DataView>
      </View>
    </>
  );
}

export default function StaffConsultationsPage() {
  const { t } = useDomainI18n(WORKBENCH_MESSAGES);
  return (
    <PageShell title={t('wb.cs.title')} testId="page-staff-consultations">
      <StaffGate>{(staff) => <Consultations staff={staff} />}</StaffGate>
    </PageShell>
  );
}
