import { describe, expect, it } from '@jest/globals';
import { dateWords, domainTranslator, type DomainMessages } from './domain';
import { HOUSE_MESSAGES } from './domains/housing';
import { TAX_MESSAGES } from './domains/personal-tax';
import { PF_MESSAGES } from './domains/provident-fund';
import { SCHOOL_MESSAGES } from './domains/school-enrollment';
import { WORKBENCH_MESSAGES } from './domains/workbench';
import { CONSULTATION_MESSAGES } from './domains/consultations';
import { MESSAGES } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const DOMAINS: [string, DomainMessages<string>][] = [
  ['provident-fund', PF_MESSAGES],
  ['personal-tax', TAX_MESSAGES],
  ['housing', HOUSE_MESSAGES],
  ['school-enrollment', SCHOOL_MESSAGES],
  ['workbench', WORKBENCH_MESSAGES],
  ['consultations', CONSULTATION_MESSAGES],
];

describe.each(DOMAINS)('the %s dictionary', (_name, messages) => {
  const zhKeys = Object.keys(messages.zh).sort();

  it('has every key in both Chinese and English, none empty', () => {
    expect(Object.keys(messages.en).sort()).toEqual(zhKeys);
    for (const locale of ['zh', 'en'] as const) {
      for (const [key, text] of Object.entries(messages[locale])) expect({ locale, key, empty: text.trim() === '' }).toEqual({ locale, key, empty: false });
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of zhKeys) expect({ key, en: placeholders(messages.en[key]) }).toEqual({ key, en: placeholders(messages.zh[key]) });
  });

  it('reuses no key of the main dictionary (one meaning per key)', () => {
    for (const key of zhKeys) expect({ key, inMain: key in MESSAGES.zh }).toEqual({ key, inMain: false });
  });
});

describe('domainTranslator', () => {
  it('fills its own words and falls back to the main dictionary', () => {
    const t = domainTranslator(PF_MESSAGES, 'zh');
    expect(t('pf.scale', { amount: '¥2,000.00' })).toBe('整条横线代表 ¥2,000.00');
    expect(t('state.retry')).toBe('重试');
    expect(domainTranslator(PF_MESSAGES, 'en')('state.retry')).toBe('Try again');
  });

  it('leaves an unknown placeholder visible', () => {
    expect(domainTranslator(PF_MESSAGES, 'en')('pf.scale')).toContain('{amount}');
  });
});

describe('dateWords', () => {
  it('says a date in either language and leaves anything else as it came', () => {
    expect(dateWords('2026-04-07', 'zh')).toBe('2026年4月7日');
    expect(dateWords('2026-04-07', 'en')).toBe('7 April 2026');
    expect(dateWords('2026-13-01', 'zh')).toBe('2026-13-01');
    expect(dateWords('soon', 'en')).toBe('soon');
    expect(dateWords(null, 'zh')).toBe('');
  });
});
