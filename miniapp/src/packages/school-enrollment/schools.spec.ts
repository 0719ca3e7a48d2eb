import { describe, expect, it } from '@jest/globals';
import type { School } from '@portal/shared';
import { domainTranslator } from '../../i18n/domain';
import { SCHOOL_MESSAGES } from '../../i18n/domains/school-enrollment';
import { checkSchoolName, dateSpan, districtsOf } from './schools';

const school = (code: string, district: string): School => ({ code, name: `${district}${code}小学`, district, stage: 'primary', type: 'public' });

describe('school enrollment helpers', () => {
  it('lists each district once, in the order the city gives its schools', () => {
    expect(districtsOf([school('A', '黄浦区'), school('B', '徐汇区'), school('C', '黄浦区')])).toEqual(['黄浦区', '徐汇区']);
    expect(districtsOf([])).toEqual([]);
  });

  it('takes an empty name as every school, and refuses a long one or one with < >', () => {
    expect(checkSchoolName('  ')).toEqual({ ok: true, name: undefined });
    expect(checkSchoolName(' 向阳 ')).toEqual({ ok: true, name: '向阳' });
    expect(checkSchoolName('一'.repeat(31))).toEqual({ ok: false, problem: { key: 'school.bad.name.long', params: { max: 30, count: 31 } } });
    expect(checkSchoolName('<b>')).toEqual({ ok: false, problem: { key: 'school.bad.name.chars' } });
  });

  it('says a key date as one day or a span', () => {
    const t = domainTranslator(SCHOOL_MESSAGES, 'zh');
    expect(dateSpan('2026-05-09', '2026-05-09', 'zh', t)).toBe('2026年5月9日');
    expect(dateSpan('2026-04-07', '2026-04-20', 'zh', t)).toBe('2026年4月7日 至 2026年4月20日');
    expect(dateSpan('2026-04-07', '2026-04-20', 'en', domainTranslator(SCHOOL_MESSAGES, 'en'))).toBe('7 April 2026 to 20 April 2026');
  });
});
