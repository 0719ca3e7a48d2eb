import { describe, expect, it } from '@jest/globals';
import { translator } from '../i18n/translate';
import { forecastDayLabel, formatClock, formatDistance } from './format';

describe('format', () => {
  it('shows clock times in China time (UTC+8)', () => {
    expect(formatClock('2025-03-01T01:05:00Z')).toBe('09:05');
    expect(formatClock('2025-03-01T20:30:00+08:00')).toBe('20:30');
    expect(formatClock('not a date')).toBe('');
  });

  it('says distances in metres or kilometres', () => {
    expect(formatDistance(850, translator('zh'))).toBe('850 米');
    expect(formatDistance(1250, translator('en'))).toBe('1.3 km');
  });

  it('names forecast days relative to today in China, else by weekday', () => {
    const now = new Date('2026-03-01T20:00:00Z'); // 04:00 on 2 March in China
    const zh = translator('zh');
    expect(forecastDayLabel('2026-03-02', zh, now)).toBe('今天');
    expect(forecastDayLabel('2026-03-03', zh, now)).toBe('明天');
    expect(forecastDayLabel('2026-03-04', zh, now)).toBe('后天');
    expect(forecastDayLabel('2026-03-06', translator('en'), now)).toBe('Friday');
  });
});
