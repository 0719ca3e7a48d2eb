import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import type { MeResponse } from '@portal/shared';
import { ActionButton } from '../../../components/ActionButton';
import { Heading } from '../../../components/Heading';
import { privacyAccepted } from '../../../hooks/use-me';
import { useI18n } from '../../../hooks/use-i18n';
import { formatDate } from '../../../lib/format';
import { describeError } from '../../../services/error-words';
import { acceptPrivacy } from '../../../services/me';

const ITEMS = ['privacy.item.phone', 'privacy.item.identity', 'privacy.item.family'] as const;

/**
 * The privacy notice: what is collected and why, the PIPL art. 28 note on sensitive information,
 * and "accept" when this person has not accepted the current version. Shown before personal data
 * is first used (identity binding, family members) and on its own page.
 */
export function PrivacyNotice({ me, onAccepted, lead }: { me: MeResponse; onAccepted: () => void; lead?: string }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const accepted = privacyAccepted(me);

  const accept = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await acceptPrivacy(me.privacy.currentVersion);
      onAccepted();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="portal-section" data-testid="privacy-notice" data-version={me.privacy.currentVersion}>
      {lead ? (
        <View className="portal-note portal-note-flush" role="status" data-testid="privacy-needed">
          {lead}
        </View>
      ) : null}
      <Heading level={2}>{t('privacy.title')}</Heading>
      <Text className="portal-text-secondary">{t('privacy.version', { version: me.privacy.currentVersion })}</Text>
      <Text className="portal-text portal-paragraph">{t('privacy.intro')}</Text>
      <Heading level={3} className="portal-subheading">
        {t('privacy.what')}
      </Heading>
      <View role="list">
        {ITEMS.map((key) => (
          <View role="listitem" key={key} className="portal-bullet">
            <Text className="portal-text">{t(key)}</Text>
          </View>
        ))}
      </View>
      <Text className="portal-text portal-paragraph portal-privacy-sensitive">{t('privacy.sensitive')}</Text>
      <Text className="portal-text portal-paragraph">{t('privacy.rights')}</Text>
      {accepted ? (
        <Text className="portal-note portal-note-flush" data-testid="privacy-accepted">
          {t('privacy.accepted', { date: formatDate(me.privacy.acceptedAt) })}
        </Text>
      ) : (
        <View className="portal-actions">
          {error ? (
            <View className="portal-error" role="alert" data-testid="privacy-error">
              {describeError(error, t)}
            </View>
          ) : null}
          <ActionButton type="primary" size="large" block loading={busy} disabled={busy} data-testid="privacy-accept" onClick={() => void accept()}>
            {t('privacy.accept')}
          </ActionButton>
        </View>
      )}
    </View>
  );
}
