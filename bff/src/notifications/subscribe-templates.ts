/**
 * The WeChat subscribe-message templates the mini-program asks citizens to accept. These are the
 * dev mini-program's ids (municipal-mock/README.md §18); a real mini-program's come from its
 * WeChat console and belong in configuration next to WECHAT_APP_ID.
 */
export const LETTER_STATUS_TEMPLATE = {
  id: '1SgwzqtjESGprroMCh_yY90TXNRnNmzRMie-_2p1Kf4',
  title: '留言办理进度通知',
} as const;

export const SUBSCRIBE_TEMPLATE_IDS: readonly string[] = [
  LETTER_STATUS_TEMPLATE.id,
  // 留言回复通知 and 办事进度通知: accepted and counted, not sent yet.
  'bWDt_T8guW1CpyY-dTBZg0npYRQboVk8bT28ebOd9oM',
  'yB99CBeMrEGjJLZelAkLkHHhFhqSblpajX8mD4tAdXc',
];

/** WeChat one-time subscriptions add up; we keep at most this many credits per template. */
export const MAX_SUBSCRIPTION_CREDITS = 50;

/** WeChat's value rules per key type, as the sender must meet them (characters are code points). */
const cut = (value: string, max: number) => [...value].slice(0, max).join('');

export const wechatValue = {
  /** At most 20 characters of anything. */
  thing: (v: string) => cut(v.replace(/\s+/g, ' ').trim(), 20) || '—',
  /** At most 5 Chinese characters, nothing else. */
  phrase: (v: string) => cut(v.replace(/[^\p{Script=Han}]/gu, ''), 5) || '更新',
  /** At most 32 printable ASCII characters, no spaces. */
  characterString: (v: string) => v.replace(/[^\x21-\x7e]/g, '').slice(0, 32) || '-',
  /** `2026年3月2日 08:15`, China time. */
  time: (at: Date) => {
    const iso = new Date(at.getTime() + 8 * 3600 * 1000).toISOString();
    return `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日 ${iso.slice(11, 16)}`;
  },
};
