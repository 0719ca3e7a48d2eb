import { describe, expect, it } from '@jest/globals';
import { domainTranslator } from '../../i18n/domain';
import { WORKBENCH_MESSAGES } from '../../i18n/domains/workbench';
import { auditActionWords, chinaDate, chinaDateTime } from './labels';

const t = domainTranslator(WORKBENCH_MESSAGES, 'zh');

describe('workbench words', () => {
  it('says audit actions in words, refused ones too, and keeps unknown ones as recorded', () => {
    expect(auditActionWords('login.locked', t)).toBe('连续输错密码，账号被锁定');
    expect(auditActionWords('letter.view', t)).toBe('查看来信');
    expect(auditActionWords('letter.accept', t)).toBe('受理');
    expect(auditActionWords('letter.answer.refused', t)).toBe('答复（未执行）');
    expect(auditActionWords('letter.fly', t)).toBe('letter.fly');
  });

  it('shows instants in China time', () => {
    expect(chinaDateTime('2026-03-01T16:30:00Z')).toBe('2026-03-02 00:30');
    expect(chinaDate('2026-03-02T08:15:00+08:00')).toBe('2026-03-02');
    expect(chinaDateTime('soon')).toBe('soon');
  });
});
