import { describe, expect, it } from '@jest/globals';
import { chinaDay, datesInWords, dateTimeWords, dayWords, daysUntil, dueState, oneDecimal, percentWords } from './dates';
import { deadlineWords } from './format';
import { letterTranslator } from './words';

// 2026-03-02 08:15 in China is 00:15 UTC.
const NOW = Date.parse('2026-03-02T00:15:00Z');

describe('date wording', () => {
  it('says a day in Chinese and English', () => {
    expect(dayWords('2026-03-20', 'zh')).toBe('2026年3月20日');
    expect(dayWords('2026-03-20', 'en')).toBe('20 March 2026');
    expect(dayWords('soon', 'zh')).toBe('soon');
    expect(dayWords(null, 'zh')).toBe('');
  });

  it('says an instant in China time whatever the device zone', () => {
    expect(dateTimeWords('2026-03-01T17:30:00Z', 'zh')).toBe('2026年3月2日 01:30');
    expect(dateTimeWords('2026-03-01T17:30:00Z', 'en')).toBe('2 March 2026, 01:30');
    expect(chinaDay(Date.parse('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
  });

  it('counts days to a deadline from today in China', () => {
    expect(daysUntil('2026-03-02', NOW)).toBe(0);
    expect(daysUntil('2026-03-20', NOW)).toBe(18);
    expect(daysUntil('2026-02-27', NOW)).toBe(-3);
    expect(dueState('2026-03-20', NOW)).toEqual({ kind: 'future', days: 18 });
    expect(dueState('2026-03-02', NOW)).toEqual({ kind: 'today' });
    expect(dueState('2026-02-27', NOW)).toEqual({ kind: 'past', days: 3 });
    expect(dueState(null, NOW)).toEqual({ kind: 'unknown' });
  });

  it('words a deadline with how it stands, or only the date once the step is done', () => {
    const zh = letterTranslator('zh');
    const en = letterTranslator('en');
    expect(deadlineWords('2026-03-20', zh, 'zh', NOW)).toBe('2026年3月20日（还有 18 天）');
    expect(deadlineWords('2026-03-02', zh, 'zh', NOW)).toBe('2026年3月2日（就是今天）');
    expect(deadlineWords('2026-02-27', en, 'en', NOW)).toBe('27 February 2026 (3 days ago)');
    expect(deadlineWords('2026-02-27', zh, 'zh', NOW, true)).toBe('2026年2月27日');
  });

  it('says the days inside a sentence from the BFF in words', () => {
    expect(datesInWords('武侯区将在 2026-03-23 前告诉您是否受理。', 'zh')).toBe('武侯区将在 2026年3月23日 前告诉您是否受理。');
    expect(datesInWords('by 2026-06-01 if accepted today', 'en')).toBe('by 1 June 2026 if accepted today');
    expect(datesInWords('CD20260302000001', 'zh')).toBe('CD20260302000001');
  });

  it('words figures: shares as percent, one decimal, nothing yet', () => {
    expect(percentWords(0.934)).toBe('93%');
    expect(percentWords(null)).toBeUndefined();
    expect(oneDecimal(4.25)).toBe('4.3');
    expect(oneDecimal(12)).toBe('12.0');
    expect(oneDecimal(null)).toBeUndefined();
  });
});
