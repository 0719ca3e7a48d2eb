import { describe, expect, it } from '@jest/globals';
import { translator } from '../i18n/translate';
import { ApiError, describeError } from './error-words';
import { describeIdentityProblem, formErrorsFrom, hasErrors } from './field-errors';

const zh = translator('zh');
const en = translator('en');

const validation = (details: { field: string; rule: string; message: string }[]) =>
  new ApiError({ kind: 'envelope', status: 400, code: 'VALIDATION_FAILED', requestId: 'r', details });

describe('form errors from a BFF failure', () => {
  it('puts each field detail at its field, in our words for known identity-number rules', () => {
    const error = validation([
      { field: 'idNumber', rule: 'checkCharacter', message: 'idNumber check character is wrong' },
      { field: 'name', rule: 'isNotEmpty', message: 'name should not be empty' },
    ]);
    const errors = formErrorsFrom(error, ['name', 'idNumber'] as const, zh);
    expect(errors.fields.idNumber).toBe('身份证号码有一位输错了（最后一位校验不通过），请逐位核对');
    expect(errors.fields.name).toBe('姓名不能为空');
    expect(errors.general).toBeUndefined();
  });

  it("uses the server's plain message for a rule it does not know", () => {
    const errors = formErrorsFrom(validation([{ field: 'phone', rule: 'isMobilePhone', message: 'not a mainland mobile number' }]), ['phone'] as const, en);
    expect(errors.fields.phone).toBe('Phone number: not a mainland mobile number');
  });

  it('keeps details for fields the form does not have in the summary line', () => {
    const errors = formErrorsFrom(validation([{ field: 'relation', rule: 'isIn', message: 'relation must be one of' }]), ['name'] as const, en);
    expect(errors.fields).toEqual({});
    expect(errors.general).toBe('Relationship to you is not one of the choices');
  });

  it('puts a wrong SMS code at the code field, with the tries left from the message', () => {
    const error = new ApiError({ kind: 'envelope', status: 400, code: 'SMS_CODE_INVALID', requestId: 'r', message: 'Wrong code; 3 tries left' });
    expect(formErrorsFrom(error, ['phone', 'code'] as const, zh).fields.code).toBe('验证码不对，还可以再试 3 次。');
    const locked = new ApiError({ kind: 'envelope', status: 429, code: 'SMS_CODE_LOCKED', requestId: 'r' });
    expect(formErrorsFrom(locked, ['phone', 'code'] as const, en).fields.code).toMatch(/too many times/);
  });

  it('puts a name/number mismatch at the name field', () => {
    const error = new ApiError({ kind: 'envelope', status: 400, code: 'IDENTITY_MISMATCH', requestId: 'r' });
    expect(formErrorsFrom(error, ['name', 'idNumber'] as const, zh).fields.name).toBe('姓名和身份证号码不一致，请核对后重新输入。');
  });

  it('says how long to wait after a rate limit, as a summary line', () => {
    const error = new ApiError({ kind: 'envelope', status: 429, code: 'RATE_LIMITED', requestId: 'r', retryAfterSeconds: 42 });
    const errors = formErrorsFrom(error, ['phone'] as const, zh);
    expect(errors.general).toBe('操作太频繁，请 42 秒后再试。');
    expect(describeError(error, en)).toBe('Too many tries. Please try again in 42 seconds.');
  });

  it('turns a network failure into one summary line', () => {
    const errors = formErrorsFrom(new ApiError({ kind: 'network' }), ['phone'] as const, en);
    expect(errors).toEqual({ fields: {}, general: 'Could not connect. Check your network and try again.' });
    expect(hasErrors(errors)).toBe(true);
    expect(hasErrors({ fields: {} })).toBe(false);
  });
});

describe('identity-number problems in plain words', () => {
  it('has a message for each kind, and says how many characters were typed', () => {
    expect(describeIdentityProblem('length', '1101051949', zh)).toBe('身份证号码应为 18 位，您输入了 10 位');
    expect(describeIdentityProblem('length', '1101051949', en)).toBe('An identity number has 18 characters; you entered 10');
    for (const problem of ['empty', 'characters', 'area', 'birthDate', 'checkCharacter'] as const) {
      expect(describeIdentityProblem(problem, '', en)).not.toMatch(/identity\.problem/);
    }
  });
});
