import { describe, expect, it } from '@jest/globals';
import { wechatValue } from './subscribe-templates';

describe("values cut to WeChat's rules", () => {
  it('keeps thing to 20 characters counted as code points, whitespace folded', () => {
    expect(wechatValue.thing('关于武侯区天府大道北段夜间施工噪音严重扰民的投诉')).toBe('关于武侯区天府大道北段夜间施工噪音严重扰');
    expect([...wechatValue.thing('𠀀'.repeat(25))]).toHaveLength(20);
    expect(wechatValue.thing('  a \n b  ')).toBe('a b');
    expect(wechatValue.thing('   ')).toBe('—');
  });

  it('keeps phrase to 5 Chinese characters and nothing else', () => {
    expect(wechatValue.phrase('已收到，待受理')).toBe('已收到待受');
    expect(wechatValue.phrase('OK 已受理!')).toBe('已受理');
    expect(wechatValue.phrase('OK')).toBe('更新');
  });

  it('keeps character_string to 32 printable ASCII characters and writes time in China time', () => {
    expect(wechatValue.characterString('CD 2026 编号0302')).toBe('CD20260302');
    expect(wechatValue.characterString('x'.repeat(40))).toHaveLength(32);
    expect(wechatValue.time(new Date('2026-12-31T16:05:00Z'))).toBe('2027年1月1日 00:05');
  });
});
