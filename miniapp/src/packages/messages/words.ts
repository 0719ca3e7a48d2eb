import type { Locale } from '@portal/shared';
import { translate, type MessageKey, type TranslateParams } from '../../i18n/translate';

/** The message centre's own words (its subpackage only); the translator also knows every main key. */
const zh = {
  'msg.title': '消息中心',
  'msg.intro': '您的信件办理进度有变化时，会在这里告诉您。',
  'msg.signin': '登录后可以查看您的消息。',
  'msg.empty': '还没有消息。',
  'msg.unread': '未读',
  'msg.read': '已读',
  'msg.unreadCount': '{n} 条未读',
  'msg.markRead': '标为已读',
  'msg.openLetter': '查看信件',
  'msg.item': '{title}，{state}',
} as const;

export type MessageWordKey = keyof typeof zh;

const en: Record<MessageWordKey, string> = {
  'msg.title': 'Messages',
  'msg.intro': 'When the status of one of your letters changes, we tell you here.',
  'msg.signin': 'Sign in to see your messages.',
  'msg.empty': 'No messages yet.',
  'msg.unread': 'Unread',
  'msg.read': 'Read',
  'msg.unreadCount': '{n} unread',
  'msg.markRead': 'Mark as read',
  'msg.openLetter': 'Open the letter',
  'msg.item': '{title}, {state}',
};

export const MESSAGE_WORDS = { zh, en } as const;

export function messageTranslator(locale: Locale): (key: MessageWordKey | MessageKey, params?: TranslateParams) => string {
  return (key, params) => {
    const own = (MESSAGE_WORDS[locale] as Record<string, string>)[key];
    if (own === undefined) return translate(locale, key as MessageKey, params);
    return params ? own.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : own;
  };
}

/** After marking one read: the list and the unread count as they now stand (no reload needed). */
export function markedRead<M extends { id: string; read: boolean }>(state: { messages: M[]; unread: number }, id: string): { messages: M[]; unread: number } {
  const target = state.messages.find((m) => m.id === id);
  if (!target || target.read) return state;
  return { messages: state.messages.map((m) => (m.id === id ? { ...m, read: true } : m)), unread: Math.max(0, state.unread - 1) };
}
