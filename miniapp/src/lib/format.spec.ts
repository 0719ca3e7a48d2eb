import { describe, expect, it } from '@jest/globals';
import { translator } from '../i18n/translate';
import { formatClock, formatDistance } from './format';

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
});
