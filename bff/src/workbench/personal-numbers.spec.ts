import { describe, expect, it } from '@jest/globals';
import { findPersonalNumber } from './personal-numbers';

describe('personal numbers left in a text to publish', () => {
  it('finds identity numbers and mobile numbers, however they are written', () => {
    expect(findPersonalNumber('我的身份证号是510105196510010052，请核实')).toBe('identity number');
    expect(findPersonalNumber('身份证 31010419850615001X')).toBe('identity number');
    expect(findPersonalNumber('身份证 510105 19651001 0052')).toBe('identity number');
    expect(findPersonalNumber('请打13800138000联系我')).toBe('mobile number');
    expect(findPersonalNumber('电话 138-0013-8000')).toBe('mobile number');
    expect(findPersonalNumber('电话 +8613800138000')).toBe('mobile number');
    expect(findPersonalNumber('电话 １３８００１３８０００')).toBe('mobile number');
  });

  it('leaves alone what is not one: tracking numbers, dates, amounts, masked numbers, hotlines', () => {
    for (const text of [
      '信件 CD20261129000123 已办结',
      '2026年3月2日起，武侯区天府大道北段施工',
      '补贴 12000 元，已于 2026-03-02 发放',
      '来信人电话 138****8000',
      '身份证号 510105********0052',
      '请拨打 12345 或 028-12345678',
      '编号 12345678901234567890123',
    ]) {
      expect(findPersonalNumber(text)).toBeNull();
    }
  });
});
