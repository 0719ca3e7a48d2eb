import { describe, expect, it } from '@jest/globals';
import { addWorkingDays, chinaDate, isWorkingDay } from './working-days.js';

describe('working days', () => {
  it('counts Monday to Friday, not weekends', () => {
    expect(isWorkingDay('2026-03-02')).toBe(true); // Monday
    expect(isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(addWorkingDays('2026-03-02', 5)).toBe('2026-03-09');
  });

  it('skips public holidays and counts the make-up working weekends', () => {
    expect(isWorkingDay('2026-10-01')).toBe(false);
    expect(isWorkingDay('2026-10-10')).toBe(true); // a Saturday worked for the National Day holiday
    // From Monday 28 September 2026: 29, 30 Sep, then 8, 9, 10 (Sat, worked), 12 Oct...
    expect(addWorkingDays('2026-09-28', 5)).toBe('2026-10-10');
  });

  it('gives 15 working days across the Spring Festival', () => {
    // 2026-02-09 (Mon): 10-13 (4), 14 Sat worked (5), holiday 15-23, 24-27 (9), 28 Sat worked (10), 2-6 Mar (15)
    expect(addWorkingDays('2026-02-09', 15)).toBe('2026-03-06');
  });

  it("takes today's date in China, eight hours ahead of UTC", () => {
    expect(chinaDate(new Date('2026-03-01T17:00:00Z'))).toBe('2026-03-02');
    expect(chinaDate(new Date('2026-03-01T15:59:00Z'))).toBe('2026-03-01');
  });
});
