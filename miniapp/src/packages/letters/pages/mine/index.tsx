import Taro, { useDidShow } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useRef } from 'react';
import { ActionButton } from '../../../../components/ActionButton';
import { pressable } from '../../../../components/a11y';
import { DataView } from '../../../../components/DataView';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { SignInPrompt } from '../../../../components/SignInPrompt';
import { useRemote } from '../../../../hooks/use-remote';
import { ROUTES, withQuery } from '../../../../routes';
import { fetchMyLetters } from '../../../../services/letters';
import { useSignedIn } from '../../../../session/use-session';
import { dateTimeWords } from '../../dates';
import { statusWords } from '../../format';
import { useLetterI18n } from '../../use-words';
import '../../letters.scss';

/** 我的信件: every letter the citizen wrote, newest first, with its status and an overdue flag in words. */
export default function MyLettersPage() {
  const { t, text, locale } = useLetterI18n();
  const signedIn = useSignedIn();
  const letters = useRemote(() => (signedIn ? fetchMyLetters() : undefined), [signedIn]);
  const firstShow = useRef(true);
  useDidShow(() => {
    if (firstShow.current) {
      firstShow.current = false;
      return;
    }
    if (signedIn) void letters.reload();
  });
  return (
    <PageShell title={t('lt.mine.title')} testId="page-my-letters">
      <View className="portal-section">
        <Heading level={1}>{t('lt.mine.title')}</Heading>
      </View>
      {!signedIn ? (
        <SignInPrompt text={t('lt.mine.signin')} />
      ) : (
        <View className="portal-section">
          <DataView
            remote={letters}
            testId="my-letters"
            isEmpty={(d) => d.letters.length === 0}
            empty={<Text className="portal-text">{t('lt.mine.empty')}</Text>}
          >
            {(data) => (
              <View role="list" data-testid="my-letters">
                {data.letters.map((l) => {
                  const open = () => void Taro.navigateTo({ url: withQuery(ROUTES.myLetter, { no: l.trackingNo }) });
                  return (
                    <View key={l.trackingNo} role="listitem" className="lt-card" data-testid="my-letter" data-tracking-no={l.trackingNo} data-status={l.status} data-overdue={l.overdue ? 'true' : 'false'}>
                      <View className="lt-tap" {...pressable(open)} role="link" aria-label={t('lt.mine.item', { title: l.title, status: statusWords(l.status, locale) })} onClick={open} data-testid="my-letter-open">
                        <Text className="lt-card-title lt-link">{l.title}</Text>
                      </View>
                      <View>
                        <Text className="lt-badge" data-testid="my-letter-status">
                          {statusWords(l.status, locale)}
                        </Text>
                        {l.overdue ? (
                          <Text className="lt-badge lt-badge-overdue" data-testid="my-letter-overdue">
                            {` ${t('lt.status.overdue')}`}
                          </Text>
                        ) : null}
                      </View>
                      <Text className="lt-meta">
                        {[l.trackingNo, l.channel === 'premier' ? t('lt.channel.premier') : l.department ? text(l.department.name) : '', dateTimeWords(l.submittedAt, locale)]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                    </View>
                  );
                })}
              </View>
            )}
          </DataView>
          <View className="portal-actions">
            <ActionButton size="large" block data-testid="my-letters-write" onClick={() => void Taro.navigateTo({ url: ROUTES.letterWrite })}>
              {t('lt.mine.write')}
            </ActionButton>
          </View>
        </View>
      )}
    </PageShell>
  );
}
