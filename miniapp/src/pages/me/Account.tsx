import Taro, { useDidShow } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { MeResponse } from '@portal/shared';
import { ActionButton } from '../../components/ActionButton';
import { pressable } from '../../components/a11y';
import { DataView } from '../../components/DataView';
import { Heading } from '../../components/Heading';
import { SignInPrompt } from '../../components/SignInPrompt';
import { useMe } from '../../hooks/use-me';
import { useI18n } from '../../hooks/use-i18n';
import { ROUTES } from '../../routes';
import { signOut } from '../../services/auth';
import { fetchMessages } from '../../services/messages';
import { takeNotice } from '../../session/use-session';

function LinkRow({ label, detail, route, testId }: { label: string; detail?: string; route: string; testId: string }) {
  const open = () => void Taro.navigateTo({ url: route });
  return (
    <View className="portal-me-link" {...pressable(open)} role="link" data-testid={testId} onClick={open}>
      <Text className="portal-text portal-me-link-label">{label}</Text>
      {detail ? <Text className="portal-text-secondary portal-me-link-detail">{detail}</Text> : null}
      <Text className="portal-me-link-arrow" aria-hidden="true">
        ›
      </Text>
    </View>
  );
}

/** The unread count for the 消息中心 link, fetched each time 我的 is shown; nothing shown when it cannot be had. */
function useUnreadMessages(): number | undefined {
  const [unread, setUnread] = useState<number | undefined>(undefined);
  const load = () => {
    fetchMessages()
      .then((r) => setUnread(r.unread))
      .catch(() => setUnread(undefined));
  };
  useEffect(load, []);
  useDidShow(load);
  return unread;
}

function SignedIn({ me }: { me: MeResponse }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const unread = useUnreadMessages();
  const identity = me.identity;
  return (
    <View className="portal-section" data-testid="me-account">
      <Heading level={2}>{t('account.title')}</Heading>
      <Text className="portal-text" data-testid="me-phone">
        {me.phone ? t('account.phone', { phone: me.phone }) : t('account.phone.none')}
      </Text>
      <Text className={identity ? 'portal-me-status portal-me-status-ok' : 'portal-me-status'} data-testid="me-identity-status" data-verified={identity ? 'true' : 'false'}>
        {identity ? t('account.identity.verified', { name: identity.name }) : t('account.identity.none')}
      </Text>
      <View className="portal-me-links" role="list">
        <View role="listitem">
          <LinkRow
            label={t('account.link.identity')}
            detail={identity ? identity.idNumber : t('account.identity.none')}
            route={ROUTES.accountIdentity}
            testId="me-link-identity"
          />
        </View>
        <View role="listitem">
          <LinkRow label={t('account.link.family')} detail={t('account.family.count', { count: me.family.length })} route={ROUTES.accountFamily} testId="me-link-family" />
        </View>
        <View role="listitem">
          <LinkRow label={t('vx.appointments.title')} route={ROUTES.myAppointments} testId="me-link-appointments" />
        </View>
        <View role="listitem">
          <LinkRow label={t('ratings.title')} route={ROUTES.myRatings} testId="me-link-ratings" />
        </View>
        <View role="listitem">
          <LinkRow label={t('account.link.letters')} route={ROUTES.myLetters} testId="me-link-letters" />
        </View>
        <View role="listitem">
          <LinkRow
            label={t('account.link.messages')}
            detail={unread ? t('account.messages.unread', { n: unread }) : undefined}
            route={ROUTES.messages}
            testId="me-link-messages"
          />
        </View>
        <View role="listitem">
          <LinkRow label={t('account.link.privacy')} route={ROUTES.accountData} testId="me-link-privacy" />
        </View>
      </View>
      <View className="portal-actions">
        <ActionButton
          size="large"
          block
          loading={busy}
          disabled={busy}
          data-testid="me-sign-out"
          onClick={() => {
            setBusy(true);
            void signOut()
              .catch(() => undefined)
              .finally(() => setBusy(false));
          }}
        >
          {t('account.signOut')}
        </ActionButton>
      </View>
    </View>
  );
}

/** The citizen-identity part of 我的: a sign-in entry, or who is signed in and their personal services. */
export function Account() {
  const { t } = useI18n();
  const { signedIn, me } = useMe();
  const [notice, setNotice] = useState<string>('');
  useDidShow(() => {
    const key = takeNotice();
    setNotice(key ? t(key) : '');
  });

  return (
    <>
      {notice ? (
        <View className="portal-note" role="status" data-testid="me-notice">
          {notice}
        </View>
      ) : null}
      {signedIn ? (
        <DataView remote={me} testId="me-account">
          {(data) => <SignedIn me={data} />}
        </DataView>
      ) : (
        <SignInPrompt heading={t('account.title')} text={t('account.signedOut')} />
      )}
    </>
  );
}
