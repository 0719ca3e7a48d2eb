import { describe, expect, it } from '@jest/globals';
import { ERROR_CODES } from '@portal/shared';
import { translator } from '../i18n/translate';
import { ApiError, describeError, isRetryable } from './error-words';

const zh = translator('zh');
const en = translator('en');

describe('error to words', () => {
  it('says a network failure in plain words in the current language', () => {
    const error = new ApiError({ kind: 'network' });
    expect(describeError(error, zh)).toBe('网络连接失败，请检查网络后重试。');
    expect(describeError(error, en)).toBe('Could not connect. Check your network and try again.');
  });

  it('says a timeout in plain words', () => {
    expect(describeError(new ApiError({ kind: 'timeout' }), en)).toMatch(/took too long/);
  });

  it('has words for every error code of the shared contract, in both languages', () => {
    for (const code of ERROR_CODES) {
      const error = new ApiError({ kind: 'envelope', status: 400, code, requestId: 'r1' });
      for (const t of [zh, en]) {
        const words = describeError(error, t);
        expect(words).not.toContain('error.');
        expect(words).not.toContain(code);
        expect(words.length).toBeGreaterThan(3);
      }
    }
  });

  it('adds the field message when the envelope has details, with our words for known fields and rules', () => {
    const error = new ApiError({
      kind: 'envelope',
      status: 400,
      code: 'VALIDATION_FAILED',
      requestId: 'r2',
      details: [{ field: 'q', rule: 'maxLength', message: 'q must be shorter than or equal to 20 characters' }],
    });
    expect(describeError(error, zh)).toBe('填写的内容有误：线路名称太长了。');
    expect(describeError(error, en)).toBe('Something you entered is not right: Line name is too long.');
  });

  it("falls back to the server's field message for a rule it does not know", () => {
    const error = new ApiError({
      kind: 'envelope',
      status: 400,
      code: 'VALIDATION_FAILED',
      requestId: 'r3',
      details: [{ field: 'direction', rule: 'isInt', message: 'direction must be 0 or 1' }],
    });
    expect(describeError(error, en)).toBe('Something you entered is not right: Direction: direction must be 0 or 1.');
    expect(describeError(error, zh)).toBe('填写的内容有误：方向（direction must be 0 or 1）。');
  });

  it('never shows a raw upstream or server message for anything else', () => {
    expect(describeError(new Error('ECONNRESET at socket'), en)).toBe('Something went wrong. Please try again later.');
    expect(describeError(new ApiError({ kind: 'http', status: 502 }), zh)).toBe('系统出了点问题，请稍后重试。');
  });

  it('knows which failures are worth retrying', () => {
    expect(isRetryable(new ApiError({ kind: 'network' }))).toBe(true);
    expect(isRetryable(new ApiError({ kind: 'envelope', status: 503, code: 'UPSTREAM_UNAVAILABLE' }))).toBe(true);
    expect(isRetryable(new ApiError({ kind: 'envelope', status: 404, code: 'BUS_LINE_NOT_FOUND' }))).toBe(false);
  });
});
