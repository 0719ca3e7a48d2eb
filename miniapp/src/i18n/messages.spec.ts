import { describe, expect, it } from '@jest/globals';
import { MESSAGES } from './messages';
import { translate } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionary', () => {
  const zhKeys = Object.keys(MESSAGES.zh).sort();
  const enKeys = Object.keys(MESSAGES.en).sort();

  it('has every key in both Chinese and English', () => {
    expect(enKeys).toEqual(zhKeys);
  });

  it('has no empty text in either language', () => {
    for (const locale of ['zh', 'en'] as const) {
      for (const [key, text] of Object.entries(MESSAGES[locale])) {
        expect({ locale, key, empty: text.trim() === '' }).toEqual({ locale, key, empty: false });
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of zhKeys) {
      const k = key as keyof typeof MESSAGES.zh;
      expect({ key, en: placeholders(MESSAGES.en[k]) }).toEqual({ key, en: placeholders(MESSAGES.zh[k]) });
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh', 'state.stale', { time: '09:30' })).toBe('数据截至 09:30，城市系统暂时没有响应');
    expect(translate('en', 'state.stale', { time: '09:30' })).toBe("Data as of 09:30; the city's system is not answering");
    expect(translate('en', 'state.stale')).toContain('{time}');
  });
});
