import { describe, expect, it } from '@jest/globals';
import { areaText, checkCertificateNo } from './certificate';

describe('the certificate number check', () => {
  it('accepts the registry form, with ASCII or full-width parentheses and stray spaces', () => {
    expect(checkCertificateNo('川(2024)成都市不动产权第0123456号')).toEqual({ ok: true, number: '川(2024)成都市不动产权第0123456号' });
    expect(checkCertificateNo(' 川（2024）成都市不动产权第0123456号 ')).toEqual({ ok: true, number: '川(2024)成都市不动产权第0123456号' });
    expect(checkCertificateNo('川(2024) 成都市不动产权第 0123456 号')).toEqual({ ok: true, number: '川(2024)成都市不动产权第0123456号' });
    expect(checkCertificateNo('川(２０２４)成都市不动产权第0123456号')).toEqual({ ok: true, number: '川(2024)成都市不动产权第0123456号' });
  });

  it('says what is wrong: nothing typed, or not in the registry form', () => {
    expect(checkCertificateNo('  ')).toEqual({ ok: false, problem: 'missing' });
    expect(checkCertificateNo('川(2024)成都市不动产权第012345号')).toEqual({ ok: false, problem: 'format' });
    expect(checkCertificateNo('0123456')).toEqual({ ok: false, problem: 'format' });
  });
});

describe('areaText', () => {
  it('shows square metres as the registry gives them', () => {
    expect(areaText(89.36)).toBe('89.36');
    expect(areaText(120)).toBe('120');
    expect(areaText(NaN)).toBe('');
  });
});
