import Taro, { useDidShow } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MessagesResponse } from '@portal/shared';
import { ActionButton } from '../../../../components/ActionButton';
import { DataView } from '../../../../components/DataView';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { SignInPrompt } from '../../../../components/SignInPrompt';
import { useI18n } from '../../../../hooks/use-i18n';
import { useRemote } from '../../../../hooks/use-remote';
import { ROUTES, withQuery } from '../../../../routes';
import { describeError } from '../../../../services/error-words';
import { fetchMessages, markMessageRead } from '../../../../services/messages';
import { useSignedIn } from '../../../../session/use-session';
import { markedRead, messageTranslator } from '../../words';
import '../../messages.scss';

const CHINA_OFFSET_MS = 8 * 3_600_000;
function when(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** 消息中心: in-app notices about my letters, unread first marked in words; opening one marks it read. */
export default function MessagesPage() {
  const { locale } = useI18n();
  const t = useMemo(() => messageTranslator(locale), [locale]);
  const signedIn = useSignedIn();
  const remote = useRemote(() => (signedIn ? fetchMessages() : undefined), [signedIn]);
  const [state, setState] = useState<MessagesResponse | undefined>(undefined);
  const [problem, setProblem] = useState<unknown>(undefined);
  useEffect(() => setState(remote.data), [remote.data]);
  const firstShow = useRef(true);
  useDidShow(() => {
    if (firstShow.current) {
      firstShow.current = false;
      return;
    }
    if (signedIn) void remote.reload();
  });

  const read = async (id: string) => {
    setProblem(undefined);
    setState((s) => (s ? { ...s, ...markedRead(s, id) } : s));
    try {
      await markMessageRead(id);
    } catch (error) {
      setProblem(error);
      void remote.reload();
    }
  };

  return (
    <PageShell title={t('msg.title')} testId="page-messages">
      <View className="portal-section">
        <Heading level={1}>{t('msg.title')}</Heading>
        <Text className="portal-text-secondary">{t('msg.intro')}</Text>
      </View>
      {!signedIn ? (
        <SignInPrompt text={t('msg.signin')} />
      ) : (
        <View className="portal-section">
          {problem ? (
            <View className="portal-error" role="alert" data-testid="messages-read-error">
              {describeError(problem, t)}
            </View>
          ) : null}
          <DataView remote={remote} testId="messages" isEmpty={(d) => d.messages.length === 0} empty={<Text className="portal-text">{t('msg.empty')}</Text>}>
            {(data) => {
              const current = state ?? data;
              return (
                <>
                  <View className="portal-text" data-testid="messages-unread" data-unread={current.unread} role="status">
                    {t('msg.unreadCount', { n: current.unread })}
                  </View>
                  <View role="list" data-testid="messages">
                    {current.messages.map((m) => (
                      <View key={m.id} role="listitem" className={m.read ? 'msg-item' : 'msg-item msg-item-unread'} data-testid="message" data-read={m.read ? 'true' : 'false'}>
                        <Text className="msg-state">{m.read ? t('msg.read') : t('msg.unread')}</Text>
                        <Text className="msg-title">{m.title}</Text>
                        <Text className="msg-body">{m.body}</Text>
                        <Text className="msg-time">{when(m.at)}</Text>
                        <View className="portal-actions">
                          {m.trackingNo ? (
                            <ActionButton
                              size="large"
                              block
                              data-testid="message-open"
                              onClick={() => {
                                if (!m.read) void read(m.id);
                                void Taro.navigateTo({ url: withQuery(ROUTES.myLetter, { no: m.trackingNo ?? undefined }) });
                              }}
                            >
                              {t('msg.openLetter')}
                            </ActionButton>
                          ) : null}
                          {!m.read ? (
                            <ActionButton size="large" block data-testid="message-read" onClick={() => void read(m.id)}>
                              {t('msg.markRead')}
                            </ActionButton>
                          ) : null}
                        </View>
                      </View>
                    ))}
                  </View>
                </>
              );
            }}
          </DataView>
        </View>
      )}
    </PageShell>
  );
}
