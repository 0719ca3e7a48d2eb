import Taro, { useDidShow } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import type { LetterChannel } from '@portal/shared';
import { ActionButton } from '../../../components/ActionButton';
import { DataView } from '../../../components/DataView';
import { Heading } from '../../../components/Heading';
import { PageShell } from '../../../components/PageShell';
import { SignInPrompt } from '../../../components/SignInPrompt';
import { useMe } from '../../../hooks/use-me';
import { ROUTES } from '../../../routes';
import { usePreferences } from '../../../store/preferences';
import { portalName } from '../catalog';
import { useLetterI18n } from '../use-words';
import { Writer } from './WriteLetter';
import '../letters.scss';

function IdentityNeeded() {
  const { t } = useLetterI18n();
  return (
    <View className="portal-section" data-testid="lt-identity-needed">
      <Heading level={2}>{t('lt.identity.heading')}</Heading>
      <Text className="portal-text">{t('lt.identity.text')}</Text>
      <View className="portal-actions">
        <ActionButton type="primary" size="large" block data-testid="lt-identity-open" onClick={() => void Taro.navigateTo({ url: ROUTES.accountIdentity })}>
          {t('lt.identity.open')}
        </ActionButton>
      </View>
    </View>
  );
}

/**
 * 我要写信 / 我要问政 (channel `city`) and 我向总理说句话 (channel `premier`): the title is the city's
 * own name for the portal. Signed in and bound only; the binding flow comes back here afterwards.
 */
export function WritePage({ channel }: { channel: LetterChannel }) {
  const { t, text } = useLetterI18n();
  const { city } = usePreferences();
  const { signedIn, me } = useMe();
  const [identityGone, setIdentityGone] = useState(false);
  // Back from the binding page: useMe reloads the person; ask the BFF again rather than trust the old refusal.
  useDidShow(() => setIdentityGone(false));
  const name = portalName(city, channel === 'premier' ? 'premier-message' : 'letter-write');
  const title = name ? text(name) : t(channel === 'premier' ? 'lt.premier.title' : 'lt.write.title');
  return (
    <PageShell title={title} testId={channel === 'premier' ? 'page-premier-message' : 'page-letter-write'}>
      <View className="portal-section">
        <Heading level={1}>{title}</Heading>
        <Text className="portal-text-secondary">{t(channel === 'premier' ? 'lt.premier.intro' : 'lt.write.intro')}</Text>
      </View>
      {!signedIn ? (
        <SignInPrompt text={t('lt.signin')} />
      ) : (
        <DataView remote={me} testId="lt-me">
          {(data) =>
            data.identity && !identityGone ? (
              <Writer key={`${city}-${channel}`} city={city} channel={channel} me={data} onIdentityNeeded={() => setIdentityGone(true)} />
            ) : (
              <IdentityNeeded />
            )
          }
        </DataView>
      )}
    </PageShell>
  );
}
