import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import { maskIdentityNumber, validateIdentityNumber, type MeResponse } from '@portal/shared';
import { ActionButton } from '../../../../components/ActionButton';
import { FOCUSABLE, focusById } from '../../../../components/a11y';
import { DataView } from '../../../../components/DataView';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { SignInPrompt } from '../../../../components/SignInPrompt';
import { privacyAccepted, useMe } from '../../../../hooks/use-me';
import { useI18n } from '../../../../hooks/use-i18n';
import { formatDate } from '../../../../lib/format';
import { errorCode } from '../../../../services/error-words';
import { formErrorsFrom, type FormErrors } from '../../../../services/field-errors';
import { bindIdentity } from '../../../../services/me';
import { ERROR_SUMMARY_ID, ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { PrivacyNotice } from '../../components/PrivacyNotice';
import { IdentityFields } from '../../components/IdentityFields';
import { checkIdentityForm, type IdentityField } from '../../identity-form';
import '../../account.scss';

const FIELDS: readonly IdentityField[] = ['name', 'idNumber'];
const FIELD_IDS: Record<IdentityField, string> = { name: 'identity-name', idNumber: 'identity-number' };

function summaryItems(errors: FormErrors<IdentityField>): SummaryItem[] {
  const items: SummaryItem[] = FIELDS.filter((f) => errors.fields[f]).map((f) => ({ message: errors.fields[f]!, fieldId: FIELD_IDS[f] }));
  if (errors.general) items.push({ message: errors.general });
  return items;
}

function Verified({ me }: { me: MeResponse }) {
  const { t } = useI18n();
  const identity = me.identity!;
  return (
    <View className="portal-section" data-testid="identity-verified">
      <Heading level={2}>{t('identity.verified')}</Heading>
      <Text className="portal-text">
        {t('identity.verified.detail', { name: identity.name, number: identity.idNumber, date: formatDate(identity.verifiedAt) })}
      </Text>
    </View>
  );
}

function BindForm({ onBound, onPrivacyNeeded }: { onBound: () => void; onPrivacyNeeded: () => void }) {
  const { t } = useI18n();
  const [step, setStep] = useState<'form' | 'check'>('form');
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [errors, setErrors] = useState<FormErrors<IdentityField>>({ fields: {} });
  const [busy, setBusy] = useState(false);

  const show = (next: FormErrors<IdentityField>) => {
    setErrors(next);
    if (summaryItems(next).length) focusById(ERROR_SUMMARY_ID);
  };

  const next = () => {
    const fields = checkIdentityForm(name, idNumber, t);
    if (fields.name || fields.idNumber) return show({ fields });
    setErrors({ fields: {} });
    setStep('check');
    focusById('identity-check');
  };

  const change = (field: IdentityField) => {
    setStep('form');
    focusById(FIELD_IDS[field]);
  };

  const confirm = async () => {
    setBusy(true);
    try {
      const normalized = validateIdentityNumber(idNumber);
      await bindIdentity({ name: name.trim(), idNumber: normalized.valid ? normalized.normalized : idNumber.trim() });
      onBound();
    } catch (error) {
      if (errorCode(error) === 'PRIVACY_NOT_ACCEPTED') return onPrivacyNeeded();
      setStep('form');
      show(formErrorsFrom(error, FIELDS, t));
    } finally {
      setBusy(false);
    }
  };

  if (step === 'check') {
    const normalized = validateIdentityNumber(idNumber);
    const number = normalized.valid ? normalized.normalized : idNumber.trim();
    return (
      <View className="portal-section" data-testid="identity-check">
        <View id="identity-check" {...FOCUSABLE}>
          <Heading level={2}>{t('identity.check.title')}</Heading>
        </View>
        <View className="portal-summary-list" role="list">
          <View className="portal-summary-row" role="listitem">
            <Text className="portal-summary-key">{t('identity.name.label')}</Text>
            <Text className="portal-summary-value" data-testid="identity-check-name">
              {name.trim()}
            </Text>
            <ActionButton className="portal-change" size="small" fill="none" data-testid="identity-change-name" onClick={() => change('name')}>
              {t('identity.change')}
            </ActionButton>
          </View>
          <View className="portal-summary-row" role="listitem">
            <Text className="portal-summary-key">{t('identity.number.label')}</Text>
            <Text className="portal-summary-value" data-testid="identity-check-number">
              {maskIdentityNumber(number)}
            </Text>
            <ActionButton className="portal-change" size="small" fill="none" data-testid="identity-change-number" onClick={() => change('idNumber')}>
              {t('identity.change')}
            </ActionButton>
          </View>
        </View>
        <Text className="portal-text-secondary portal-paragraph">{t('identity.check.hint')}</Text>
        <View className="portal-actions">
          <ActionButton type="primary" size="large" block loading={busy} disabled={busy} data-testid="identity-confirm" onClick={() => void confirm()}>
            {t('identity.confirm')}
          </ActionButton>
        </View>
      </View>
    );
  }

  return (
    <View className="portal-section" data-testid="identity-form">
      <ErrorSummary items={summaryItems(errors)} />
      <Text className="portal-text portal-paragraph">{t('identity.intro')}</Text>
      <View className="portal-form" role="form" aria-label={t('identity.title')}>
        <IdentityFields
          ids={FIELD_IDS}
          name={name}
          idNumber={idNumber}
          errors={errors.fields}
          onName={setName}
          onIdNumber={setIdNumber}
          nameAutoComplete="name"
          onConfirm={next}
        />
        <ActionButton type="primary" size="large" block data-testid="identity-continue" onClick={next}>
          {t('identity.continue')}
        </ActionButton>
      </View>
    </View>
  );
}

export default function IdentityPage() {
  const { t } = useI18n();
  const { signedIn, me } = useMe();
  const [forceNotice, setForceNotice] = useState(false);
  const [justBound, setJustBound] = useState(false);

  return (
    <PageShell title={t('identity.title')} testId="page-identity">
      <View className="portal-section">
        <Heading level={1}>{t('identity.title')}</Heading>
      </View>
      {!signedIn ? (
        <SignInPrompt />
      ) : (
        <DataView remote={me} testId="identity">
          {(data) => {
            if (data.identity) {
              return (
                <>
                  {justBound ? (
                    <View className="portal-note" role="status" data-testid="identity-success">
                      {t('identity.success')}
                    </View>
                  ) : null}
                  <Verified me={data} />
                </>
              );
            }
            if (forceNotice || !privacyAccepted(data)) {
              return (
                <PrivacyNotice
                  me={data}
                  lead={data.privacy.acceptedVersion ? t('privacy.updated') : t('privacy.needed')}
                  onAccepted={() => {
                    setForceNotice(false);
                    void me.reload();
                  }}
                />
              );
            }
            return (
              <BindForm
                onBound={() => {
                  setJustBound(true);
                  void me.reload();
                }}
                onPrivacyNeeded={() => {
                  setForceNotice(true);
                  void me.reload();
                }}
              />
            );
          }}
        </DataView>
      )}
    </PageShell>
  );
}
