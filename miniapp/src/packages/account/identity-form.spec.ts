import { describe, expect, it } from '@jest/globals';
import { translator } from '../../i18n/translate';
import { checkIdentityForm } from './identity-form';

const zh = translator('zh');

describe('identity form, checked before sending', () => {
  it('accepts a real name and a valid number (lower-case x too)', () => {
    expect(checkIdentityForm('张三', '11010519491231002x', zh)).toEqual({});
    expect(checkIdentityForm('阿依古丽·买买提', '11010519491231002X', zh)).toEqual({});
  });

  it('says what is wrong with each field, one plain message per kind of problem', () => {
    expect(checkIdentityForm('', '', zh)).toEqual({ name: '请输入姓名', idNumber: '请输入身份证号码' });
    expect(checkIdentityForm('张3', '1101051949123100', zh)).toEqual({
      name: '姓名只能包含汉字、字母和间隔号“·”，2 到 30 个字',
      idNumber: '身份证号码应为 18 位，您输入了 16 位',
    });
    expect(checkIdentityForm('张三', '1101051949123100A2', zh).idNumber).toMatch(/只能是数字/);
    expect(checkIdentityForm('张三', '00010519491231002X', zh).idNumber).toMatch(/地区代码/);
    expect(checkIdentityForm('张三', '110105194913310021', zh).idNumber).toMatch(/出生日期/);
    expect(checkIdentityForm('张三', '110105194912310021', zh).idNumber).toMatch(/最后一位校验不通过/);
  });
});
