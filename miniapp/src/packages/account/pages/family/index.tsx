import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import { FAMILY_RELATIONS, validateIdentityNumber, type FamilyMember, type FamilyRelation } from '@portal/shared';
import { ActionButton } from '../../../../components/ActionButton';
import { focusById } from '../../../../components/a11y';
import { DataView } from '../../../../components/DataView';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { SignInPrompt } from '../../../../components/SignInPrompt';
import { privacyAccepted, useMe } from '../../../../hooks/use-me';
import { useI18n } from '../../../../hooks/use-i18n';
import { useRemote } from '../../../../hooks/use-remote';
import type { MessageKey } from '../../../../i18n/translate';
import { describeError } from '../../../../services/error-words';
import { formErrorsFrom, type FormErrors } from '../../../../services/field-errors';
import { addFamilyMember, fetchFamily, removeFamilyMember } from '../../../../services/me';
import { ERROR_SUMMARY_ID, ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { InlineConfirm } from '../../components/InlineConfirm';
import { PrivacyNotice } from '../../components/PrivacyNotice';
import { IdentityFields } from '../../components/IdentityFields';
import { checkIdentityForm } from '../../identity-form';
import '../../account.scss';

type Field = 'name' | 'idNumber' | 'relation';
const FIELDS: readonly Field[] = ['relation', 'name', 'idNumber'];
const FIELD_IDS: Record<Field, string> = { relation: 'family-relation-child', name: 'family-name', idNumber: 'family-number' };
const RELATION_KEYS: Record<FamilyRelation, MessageKey> = {
  child: 'family.relation.child',
  spouse: 'family.relation.spouse',
  parent: 'family.relation.parent',
  other: 'family.relation.other',
};

function summaryItems(errors: FormErrors<Field>): SummaryItem[] {
  const items: SummaryItem[] = FIELDS.filter((f) => errors.fields[f]).map((f) => ({ message: errors.fields[f]!, fieldId: FIELD_IDS[f] }));
  if (errors.general) items.push({ message: errors.general });
  return items;
}

function AddForm({ onAdded, onCancel }: { onAdded: (member: FamilyMember) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [relation, setRelation] = useState<FamilyRelation | null>(null);
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} });
  const [busy, setBusy] = useState(false);

  const show = (next: FormErrors<Field>) => {
    setErrors(next);
    if (summaryItems(next).length) focusById(ERROR_SUMMARY_ID);
  };

  const save = async () => {
    const fields: FormErrors<Field>['fields'] = checkIdentityForm(name, idNumber, t);
    if (!relation) fields.relation = t('family.relation.empty');
    if (fields.name || fields.idNumber || fields.relation) return show({ fields });
    setBusy(true);
    try {
      const normalized = validateIdentityNumber(idNumber);
      const member = await addFamilyMember({
        relation: relation!,
        name: name.trim(),
        idNumber: normalized.valid ? normalized.normalized : idNumber.trim(),
      });
      onAdded(member);
    } catch (error) {
      show(formErrorsFrom(error, FIELDS, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="portal-section" data-testid="family-form">
      <Heading level={2}>{t('family.add')}</Heading>
      <ErrorSummary items={summaryItems(errors)} />
      <View className="portal-form" role="form" aria-label={t('family.add')}>
        <View className={errors.fields.relation ? 'portal-field portal-field-invalid' : 'portal-field'} role="group" aria-label={t('family.relation.label')}>
          <Text className="portal-field-label">{t('family.relation.label')}</Text>
          {errors.fields.relation ? (
            <Text className="portal-field-message" data-testid="family-relation-error">
              {errors.fields.relation}
            </Text>
          ) : null}
          <View className="portal-choice-row">
            {FAMILY_RELATIONS.map((option) => (
              <ActionButton
                key={option}
                id={`family-relation-${option}`}
                className="portal-choice"
                type={relation === option ? 'primary' : 'default'}
                fill={relation === option ? 'solid' : 'outline'}
                size="large"
                aria-pressed={relation === option}
                data-testid={`family-relation-${option}`}
                onClick={() => setRelation(option)}
              >
                {t(RELATION_KEYS[option])}
              </ActionButton>
            ))}
          </View>
        </View>
        <IdentityFields
          ids={FIELD_IDS}
          name={name}
          idNumber={idNumber}
          errors={errors.fields}
          onName={setName}
          onIdNumber={setIdNumber}
          nameAutoComplete="off"
        />
        <View className="portal-actions">
          <ActionButton type="primary" size="large" loading={busy} disabled={busy} data-testid="family-save" onClick={() => void save()}>
            {t('family.save')}
          </ActionButton>
          <ActionButton size="large" disabled={busy} data-testid="family-cancel" onClick={onCancel}>
            {t('common.cancel')}
          </ActionButton>
        </View>
      </View>
    </View>
  );
}

function MemberRow({ member, onRemoved }: { member: FamilyMember; onRemoved: () => void }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const label = t('family.member', { relation: t(RELATION_KEYS[member.relation]), name: member.identity.name });

  const remove = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await removeFamilyMember(member.id);
      onRemoved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="portal-member" role="listitem" data-testid="family-member" data-member-id={member.id}>
      <View className="portal-member-text">
        <Text className="portal-text">{label}</Text>
        <Text className="portal-text-secondary">{member.identity.idNumber}</Text>
      </View>
      {error ? (
        <View className="portal-error" role="alert">
          {describeError(error, t)}
        </View>
      ) : null}
      {confirming ? (
        <InlineConfirm
          message={t('family.remove.confirm', { name: member.identity.name })}
          confirmText={t('family.remove.yes')}
          confirmTestId="family-remove-confirm"
          cancelTestId="family-remove-cancel"
          busy={busy}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <ActionButton size="large" fill="outline" aria-label={`${t('family.remove')} ${label}`} data-testid="family-remove" onClick={() => setConfirming(true)}>
          {t('family.remove')}
        </ActionButton>
      )}
    </View>
  );
}

function FamilyList() {
  const { t } = useI18n();
  const family = useRemote(() => fetchFamily(), []);
  const [adding, setAdding] = useState(false);
  const [note, setNote] = useState('');
  const startAdding = () => {
    setAdding(true);
    setNote('');
    focusById('family-relation-child');
  };

  return (
    <>
      {note ? (
        <View className="portal-note" role="status" data-testid="family-note">
          {note}
        </View>
      ) : null}
      <DataView remote={family} testId="family-list">
        {(data) => (
          <View className="portal-section" data-testid="family-list">
            <Text className="portal-text portal-paragraph">{t('family.intro')}</Text>
            {data.members.length === 0 ? (
              <Text className="portal-text-secondary" data-testid="family-empty">
                {t('family.empty')}
              </Text>
            ) : (
              <View role="list">
                {data.members.map((member) => (
                  <MemberRow
                    key={member.id}
                    member={member}
                    onRemoved={() => {
                      setNote(t('family.removed'));
                      void family.reload();
                    }}
                  />
                ))}
              </View>
            )}
            {adding ? null : (
              <View className="portal-actions">
                <ActionButton type="primary" size="large" block data-testid="family-add" onClick={startAdding}>
                  {t('family.add')}
                </ActionButton>
              </View>
            )}
          </View>
        )}
      </DataView>
      {adding ? (
        <AddForm
          onCancel={() => setAdding(false)}
          onAdded={(member) => {
            setAdding(false);
            setNote(t('family.added', { name: member.identity.name }));
            void family.reload();
          }}
        />
      ) : null}
    </>
  );
}

export default function FamilyPage() {
  const { t } = useI18n();
  const { signedIn, me } = useMe();
  return (
    <PageShell title={t('family.title')} testId="page-family">
      <View className="portal-section">
        <Heading level={1}>{t('family.title')}</Heading>
      </View>
      {!signedIn ? (
        <SignInPrompt />
      ) : (
        <DataView remote={me} testId="family">
          {(data) =>
            privacyAccepted(data) ? (
              <FamilyList />
            ) : (
              <PrivacyNotice me={data} lead={data.privacy.acceptedVersion ? t('privacy.updated') : t('privacy.needed')} onAccepted={() => void me.reload()} />
            )
          }
        </DataView>
      )}
    </PageShell>
  );
}
