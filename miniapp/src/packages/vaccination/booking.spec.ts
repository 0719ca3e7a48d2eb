import { describe, expect, it } from '@jest/globals';
import { bookingDates, clinicOpenOn, districtsOf, vaccineName, weekdayOf } from './booking';

describe('vaccination booking helpers', () => {
  it('offers tomorrow up to 14 days ahead, in China time', () => {
    const dates = bookingDates(new Date('2026-03-02T08:15:00+08:00'));
    expect(dates).toHaveLength(14);
    expect(dates[0]).toBe('2026-03-03');
    expect(dates[13]).toBe('2026-03-16');
    // 23:30 UTC on 1 March is already 2 March in China
    expect(bookingDates(new Date('2026-03-01T23:30:00Z'))[0]).toBe('2026-03-03');
  });

  it('knows the weekday and whether a clinic opens', () => {
    expect(weekdayOf('2026-03-03')).toBe(2);
    expect(clinicOpenOn({ openWeekdays: [2, 3, 5, 6] }, '2026-03-03')).toBe(true);
    expect(clinicOpenOn({ openWeekdays: [2, 3, 5, 6] }, '2026-03-02')).toBe(false);
  });

  it('names vaccines and lists districts once', () => {
    expect(vaccineName('Flu', 'zh')).toBe('流感疫苗');
    expect(vaccineName('Flu', 'en')).toBe('Influenza');
    expect(vaccineName('XYZ', 'zh')).toBe('XYZ');
    expect(districtsOf([{ district: '武侯区' }, { district: '锦江区' }, { district: '武侯区' }])).toEqual(['武侯区', '锦江区']);
  });
});
