import { describe, expect, it } from '@jest/globals';
import { identityCheckCharacter, maskIdentityNumber, validateIdentityNumber } from './identity-number.js';
import { creditCodeCheckCharacter, validateCreditCode } from './credit-code.js';
import { maskMobilePhone, normalizeMobilePhone } from './phone.js';

const today = new Date('2026-11-29T00:00:00Z');

describe('identity number (GB 11643)', () => {
  it('accepts the standard example and reads birth date and sex', () => {
    const r = validateIdentityNumber('11010519491231002X', today);
    expect(r).toEqual({ valid: true, normalized: '11010519491231002X', birthDate: '1949-12-31', sex: 'female' });
  });

  it('accepts a lower-case x and normalizes it', () => {
    const r = validateIdentityNumber('11010519491231002x', today);
    expect(r.valid && r.normalized).toBe('11010519491231002X');
  });

  it('computes the MOD 11-2 check character', () => {
    expect(identityCheckCharacter('11010519491231002')).toBe('X');
  });

  it.each([
    ['', 'empty'],
    ['1101051949123100', 'length'],
    ['11010519491231002Y', 'characters'],
    ['00010519491231002X', 'area'],
    ['110105194902300023', 'birthDate'],
    ['110105203001010011', 'birthDate'],
    ['110105194912310021', 'checkCharacter'],
  ])('names the problem with %s as %s', (input, problem) => {
    expect(validateIdentityNumber(input, today)).toEqual({ valid: false, problem });
  });

  it('masks all but the first 6 and last 4 characters', () => {
    expect(maskIdentityNumber('11010519491231002X')).toBe('110105********002X');
  });
});

describe('unified social credit code (GB 32100)', () => {
  it('accepts a code whose MOD 31 check character is right', () => {
    const first17 = '91310000MA1FL0000';
    const code = first17 + creditCodeCheckCharacter(first17);
    expect(validateCreditCode(code)).toEqual({ valid: true, normalized: code });
  });

  it('accepts a published code', () => {
    expect(validateCreditCode('91350100M000100Y43').valid).toBe(true);
  });

  it('rejects a wrong check character, forbidden letters and wrong length', () => {
    expect(validateCreditCode('91350100M000100Y44')).toEqual({ valid: false, problem: 'checkCharacter' });
    expect(validateCreditCode('91350100M000100YI3')).toEqual({ valid: false, problem: 'characters' });
    expect(validateCreditCode('9135')).toEqual({ valid: false, problem: 'length' });
  });
});

describe('mobile phone', () => {
  it('normalizes +86 and spaces and rejects other numbers', () => {
    expect(normalizeMobilePhone('+86 138 0013 8000')).toBe('13800138000');
    expect(normalizeMobilePhone('12800138000')).toBeNull();
    expect(normalizeMobilePhone('1380013800')).toBeNull();
  });

  it('masks the middle four digits', () => {
    expect(maskMobilePhone('13800138000')).toBe('138****8000');
  });
});

describe('name mask', () => {
  it('keeps the first character of a name and hides the rest', async () => {
    const { maskName } = await import('../contracts/me.js');
    expect(maskName('张伟')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('李')).toBe('*');
  });
});
