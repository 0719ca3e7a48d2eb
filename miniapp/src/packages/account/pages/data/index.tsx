import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import type { MeResponse } from '@portal/shared';
import { ActionButton } from '../../../../components/ActionButton';
import { focusById, pressable } from '../../../../components/a11y';
import { DataView } from '../../../../components/DataView';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { SignInPrompt } from '../../../../components/SignInPrompt';
import { useMe } from '../../../../hooks/use-me';
import { useI18n } from '../../../../hooks/use-i18n';
import { formatDate } from '../../../../lib/format';
import { ROUTES } from '../../../../routes';
import { describeError } from '../../../../services/error-words';
import { deleteMyData } from '../../../../services/me';
import { leaveNotice } from '../../../../session/use-session';
import { InlineConfirm } from '../../components/InlineConfirm';
import '../../account.scss';

function Row({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <View className="portal-summary-row" role="listitem">
      <Text className="portal-summary-key">{label}</Text>
      <Text className="portal-summary-value" data-testid={testId}>
        {value}
      </Text>
    </View>
  );
}

/** Exactly what GET /me holds, masked as it arrives; nothing here is computed or kept elsewhere. */
function HeldData({ me }: { me: MeResponse }) {
  const { t } = useI18n();
  const relation = (r: string) => t(`family.relation.${r}` as 'family.relation.child');
  return (
    <View className="portal-section" data-testid="my-data">
      <Text className="portal-text portal-paragraph">{t('data.intro')}</Text>
      <View className="portal-summary-list" role="list">
        <Row label={t('data.phone')} value={me.phone ?? t('common.none')} testId="my-data-phone" />
        <Row label={t('data.wechat')} value={me.wechat ? t('data.wechat.yes') : t('data.wechat.no')} testId="my-data-wechat" />
        <Row
          label={t('data.identity')}
          value={me.identity ? `${me.identity.name} ${me.identity.idNumber}（${formatDate(me.identity.verifiedAt)}）` : t('common.none')}
          testId="my-data-identity"
        />
        <Row
          label={t('data.family')}
          value={
            me.family.length
              ? me.family.map((m) => `${t('family.member', { relation: relation(m.relation), name: m.identity.name })} ${m.identity.idNumber}`).join('\n')
              : t('common.none')
          }
          testId="my-data-family"
        />
        <Row
          label={t('data.privacy')}
          value={
            me.privacy.acceptedVersion
              ? t('data.privacy.value', { version: me.privacy.acceptedVersion, date: formatDate(me.privacy.acceptedAt) })
              : t('data.privacy.none')
          }
          testId="my-data-privacy"
        />
        <Row label={t('data.records')} value={t('data.records.value', { ...me.held })} testId="my-data-records" />
        <Row label={t('data.createdAt')} value={formatDate(me.createdAt)} testId="my-data-created" />
      </View>
      <View
        className="portal-link"
        role="link"
        {...pressable(() => void Taro.navigateTo({ url: ROUTES.accountPrivacy }))}
        data-testid="my-data-notice"
        onClick={() => void Taro.navigateTo({ url: ROUTES.accountPrivacy })}
      >
        {t('data.readNotice')}
      </View>
    </View>
  );
}

function DeleteMyData() {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);

  const remove = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await deleteMyData();
      leaveNotice('data.deleted');
      // The session is gone; 我的 says so in words, no pop-up.
      void Taro.switchTab({ url: ROUTES.me });
    } catch (err) {
      setError(err);
      focusById('delete-error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="portal-section" data-testid="delete-section">
      <Heading level={2}>{t('data.delete')}</Heading>
      <Text className="portal-text portal-paragraph">{t('data.delete.warning')}</Text>
      {error ? (
        <View className="portal-error" role="alert" id="delete-error" data-testid="delete-error">
          {describeError(error, t)}
        </View>
      ) : null}
      {confirming ? (
        <InlineConfirm
          message={t('data.delete.warning')}
          confirmText={t('data.delete.confirm')}
          confirmTestId="delete-confirm"
          cancelTestId="delete-cancel"
          busy={busy}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <View className="portal-actions">
          <ActionButton type="danger" fill="outline" size="large" block data-testid="delete-my-data" onClick={() => setConfirming(true)}>
            {t('data.delete')}
          </ActionButton>
        </View>
      )}
    </View>
  );
}

export default function MyDataPage() {
  const { t } = useI18n();
  const { signedIn, me } = useMe();
  return (
    <PageShell title={t('data.title')} testId="page-my-data">
      <View className="portal-section">
        <Heading level={1}>{t('data.title')}</Heading>
      </View>
      {!signedIn ? (
        <SignInPrompt />
      ) : (
        <DataView remote={me} testId="my-data">
          {(data) => (
            <>
              <HeldData me={data} />
              <DeleteMyData />
            </>
          )}
        </DataView>
      )}
    </PageShell>
  );
}
