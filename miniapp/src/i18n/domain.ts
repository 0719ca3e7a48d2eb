import type { Locale } from '@portal/shared';
import { translate, type MessageKey, type TranslateParams } from './translate';

/**
 * A service's own words, kept out of the main dictionary (messages.ts ships in WeChat's main
 * package; these files are imported only by their subpackage, so they ship there). Same rules as
 * the main dictionary: every key in Chinese and English, the same placeholders in both
 * (domains.spec.ts). A domain translator also knows every main key (buttons, errors, states).
 */
export interface DomainMessages<K extends string> {
  zh: Record<K, string>;
  en: Record<K, string>;
}

export type DomainTranslate<K extends string> = (key: K | MessageKey, params?: TranslateParams) => string;

function fill(text: string, params?: TranslateParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));
}

export function domainTranslator<K extends string>(messages: DomainMessages<K>, locale: Locale): DomainTranslate<K> {
  const own = messages[locale] as Record<string, string>;
  const fallback = messages.zh as Record<string, string>;
  return (key, params) => {
    const text = own[key] ?? fallback[key];
    return text === undefined ? translate(locale, key as MessageKey, params) : fill(text, params);
  };
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-04-07` -> "2026年4月7日" / "7 April 2026"; anything else is shown as it came. */
export function dateWords(date: string | null | undefined, locale: Locale): string {
  if (!date) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return date;
  return locale === 'zh' ? `${year}年${month}月${day}日` : `${day} ${MONTHS_EN[month - 1]} ${year}`;
}
