import { describe, expect, it } from '@jest/globals';
import { acceptBy, answerBy, daysBetween, dueBy, extendedTo, isOverdue, reexaminationAnswerBy, reexaminationRequestBy } from './deadlines';

const NONE = { extendedTo: null, reexaminationBy: null };

describe('letter deadlines in working days', () => {
  it('gives 15 working days to accept, not counting the day of receipt', () => {
    // Monday 2 March 2026: 3 weeks of weekdays, no holiday in between.
    expect(acceptBy('2026-03-02')).toBe('2026-03-23');
  });

  it('skips the 2026 National Day holiday and counts the make-up Saturday', () => {
    // Received Monday 28 Sep: 29, 30 Sep (2), holiday 1-7 Oct, 8, 9 (4), Sat 10 worked (5), 12-16 (10), 19-23 (15).
    expect(acceptBy('2026-09-28')).toBe('2026-10-23');
    // Received on a holiday: counting starts with the first working day after it (8 Oct).
    expect(acceptBy('2026-10-03')).toBe('2026-10-27');
  });

  it('gives 60 working days to answer from acceptance, across the Mid-Autumn and National Day holidays', () => {
    // From Tuesday 1 Sep 2026: 21 working days left in September (with the make-up Sunday 20 Sep,
    // without the Mid-Autumn Friday 25 Sep), 18 in October (with Saturday 10 Oct), 20 in November, the 60th on 30 Nov.
    expect(answerBy('2026-09-01')).toBe('2026-11-30');
    expect(answerBy('2026-10-08')).toBe('2026-12-30');
  });

  it('extends the answer deadline once by at most 30 working days, from the current deadline', () => {
    expect(extendedTo('2026-09-30', 5)).toBe('2026-10-13');
    expect(() => extendedTo('2026-09-30', 31)).toThrow(RangeError);
    expect(() => extendedTo('2026-09-30', 0)).toThrow(RangeError);
  });

  it('gives 30 working days to ask for a re-examination and 30 to answer it', () => {
    // From 29 Sep: 30 Sep, 8, 9, 10 Oct (4), then four weeks to 13 Nov (29), Monday 16 Nov (30).
    expect(reexaminationRequestBy('2026-09-29')).toBe('2026-11-16');
    expect(reexaminationAnswerBy('2026-03-02')).toBe('2026-04-14');
  });

  it('knows which deadline applies in each status, and when it is missed', () => {
    const d = { acceptBy: '2026-03-23', answerBy: '2026-05-29', ...NONE };
    expect(dueBy('received', d)).toBe('2026-03-23');
    expect(dueBy('accepted', d)).toBe('2026-05-29');
    expect(dueBy('accepted', { ...d, extendedTo: '2026-07-10' })).toBe('2026-07-10');
    expect(dueBy('answered', d)).toBeNull();
    expect(dueBy('reexamining', { ...d, reexaminationBy: '2026-06-30' })).toBe('2026-06-30');
    expect(isOverdue('received', d, '2026-03-23')).toBe(false);
    expect(isOverdue('received', d, '2026-03-24')).toBe(true);
    expect(isOverdue('closed', d, '2027-01-01')).toBe(false);
  });

  it('counts calendar days between two dates', () => {
    expect(daysBetween('2026-09-28', '2026-10-08')).toBe(10);
    expect(daysBetween('2026-03-02', '2026-03-02')).toBe(0);
  });
});
