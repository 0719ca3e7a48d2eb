import type { Locale, LocalizedText } from '@portal/shared';
import { MESSAGES, type MessageKey } from './messages';

export type { MessageKey };
export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

export const DEFAULT_LOCALE: Locale = 'zh';
export const LOCALES: readonly Locale[] = ['zh', 'en'];

export function isLocale(value: unknown): value is Locale {
  return value === 'zh' || value === 'en';
}

/** Fill `{name}` placeholders; an unknown placeholder stays visible so a missing value is noticed. */
export function translate(locale: Locale, key: MessageKey, params?: TranslateParams): string {
  const text = MESSAGES[locale][key] ?? MESSAGES[DEFAULT_LOCALE][key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

/** Catalog text arrives as {zh, en}. */
export function pick(locale: Locale, text: LocalizedText): string {
  return text[locale] || text.zh;
}

/** The `lang` attribute for the H5 document. */
export function htmlLang(locale: Locale): string {
  return locale === 'zh' ? 'zh-CN' : 'en';
}
