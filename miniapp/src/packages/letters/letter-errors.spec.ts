import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../services/error-words';
import { newDraft, updateDraft } from './draft';
import { draftErrorWords, letterFormErrors, problemOfRule } from './letter-errors';
import { letterTranslator } from './words';

const t = letterTranslator('zh');
const envelope = (details: { field: string; rule: string; message: string }[]) =>
  new ApiError({ kind: 'envelope', status: 400, code: 'VALIDATION_FAILED', details, requestId: 'r1' });

describe('field-error mapping', () => {
  it('puts each BFF field problem at its field in our words', () => {
    const draft = updateDraft(newDraft('chengdu', 'city'), { content: '字'.repeat(2005) });
    const errors = letterFormErrors(
      envelope([
        { field: 'content', rule: 'maxLength', message: 'content must be at most 2000 characters' },
        { field: 'contactPhone', rule: 'matches', message: 'bad phone' },
        { field: 'location.address', rule: 'maxLength', message: 'too long' },
        { field: 'photoIds.1', rule: 'isIn', message: 'unknown photo' },
        { field: 'departmentId', rule: 'isIn', message: 'unknown department' },
      ]),
      draft,
      t,
    );
    expect(errors.general).toBeUndefined();
    expect(errors.fields).toEqual({
      content: '内容最多 2000 个字，您写了 2005 个',
      contactPhone: '请填写 11 位手机号，如 13800138000',
      address: '地点最多 100 个字',
      photos: '有照片没有上传成功，请删除后重新添加',
      departmentId: '这个部门不在本市的名录中，请重新选择',
    });
  });

  it('keeps fields the form does not know as one summary line', () => {
    const errors = letterFormErrors(envelope([{ field: 'channel', rule: 'isIn', message: 'channel must be city or premier' }]), undefined, t);
    expect(errors.fields).toEqual({});
    expect(errors.general).toContain('channel');
  });

  it('says anything that is not a field problem in plain words', () => {
    expect(letterFormErrors(new ApiError({ kind: 'network' }), undefined, t)).toEqual({ fields: {}, general: '网络连接失败，请检查网络后重试。' });
    const forbidden = new ApiError({ kind: 'envelope', status: 403, code: 'IDENTITY_NOT_VERIFIED', requestId: 'r' });
    expect(letterFormErrors(forbidden, undefined, t).general).toBe('请先完成实名认证。');
  });

  it("reads the BFF's own rules: a length rule by the draft, a department not of the city, a photo already used", () => {
    const draft = updateDraft(newDraft('chengdu', 'city'), { title: '路灯', content: '字'.repeat(2001) });
    const errors = letterFormErrors(
      envelope([
        { field: 'title', rule: 'isLength', message: 'title must be 4 to 50 characters' },
        { field: 'content', rule: 'isLength', message: 'content must be 10 to 2000 characters' },
        { field: 'departmentId', rule: 'isDepartmentOfCity', message: 'Choose a department of Chengdu' },
        { field: 'photoIds', rule: 'isOwnUnusedPhoto', message: 'Upload it again' },
      ]),
      draft,
      t,
    );
    expect(errors.fields).toEqual({
      title: '标题至少 4 个字',
      content: '内容最多 2000 个字，您写了 2001 个',
      departmentId: '这个部门不在本市的名录中，请重新选择',
      photos: '有照片没有上传成功，请删除后重新添加',
    });
  });

  it('reads validator rule names', () => {
    expect(problemOfRule('isNotEmpty')).toBe('missing');
    expect(problemOfRule('minLength')).toBe('short');
    expect(problemOfRule('maxLength')).toBe('long');
    expect(problemOfRule('matches')).toBe('format');
  });

  it('words the local check with the numbers in it', () => {
    const draft = updateDraft(newDraft('chengdu', 'city'), { title: '路灯' });
    expect(draftErrorWords({ title: 'short', type: 'missing' }, draft, t)).toEqual({ type: '请选择来信类型', title: '标题至少 4 个字' });
    expect(draftErrorWords({ photos: 'tooMany' }, draft, letterTranslator('en'))).toEqual({ photos: 'At most 3 photos' });
  });
});
