import { describe, expect, it } from '@jest/globals';
import { MESSAGE_WORDS, markedRead } from '../messages/words';
import { appendPage, boardQuery } from './board';
import { checkLetterRating, checkReexaminationReason } from './feedback';
import { checkInquiry, normalizeInquiry } from './inquiry';
import { acceptedTemplates } from './subscribe-answer';
import { LETTER_WORDS, letterTranslator } from './words';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['letters', LETTER_WORDS],
  ['messages', MESSAGE_WORDS],
] as const)('%s words', (_name, words) => {
  it('has every key in Chinese and English with the same placeholders', () => {
    expect(Object.keys(words.en).sort()).toEqual(Object.keys(words.zh).sort());
    for (const key of Object.keys(words.zh)) {
      const zh = (words.zh as Record<string, string>)[key];
      const en = (words.en as Record<string, string>)[key];
      expect({ key, p: placeholders(en) }).toEqual({ key, p: placeholders(zh) });
      expect(en.trim()).not.toBe('');
    }
  });
});

describe('letters translator', () => {
  it('falls back to the main dictionary', () => {
    expect(letterTranslator('zh')('state.retry')).toBe('重试');
    expect(letterTranslator('en')('lt.counter', { count: 5, left: 1995 })).toBe('5 characters written, 1995 left');
  });
});

describe('inquiry form', () => {
  it('normalises what people type and checks both parts', () => {
    expect(normalizeInquiry(' cd2026 1129000123 ')).toBe('CD20261129000123');
    expect(checkInquiry('', '')).toEqual({ trackingNo: 'missing', queryCode: 'missing' });
    expect(checkInquiry('CD2026', 'abc')).toEqual({ trackingNo: 'bad', queryCode: 'bad' });
    expect(checkInquiry('cd20261129000123', 'k7m2qp')).toEqual({});
    expect(checkInquiry('CD20261129000123', 'K7M2Q0')).toEqual({ queryCode: 'bad' });
  });
});

describe('rating and re-examination', () => {
  it('needs a level, and a reason for a bad rating', () => {
    expect(checkLetterRating(undefined, '')).toEqual([{ field: 'level', kind: 'missing' }]);
    expect(checkLetterRating(2, ' ')).toEqual([{ field: 'comment', kind: 'missing', count: 0 }]);
    expect(checkLetterRating(5, '')).toEqual([]);
    expect(checkLetterRating(4, '字'.repeat(501))).toEqual([{ field: 'comment', kind: 'long', count: 501 }]);
  });
  it('needs a reason of 4 to 500 characters for a re-examination', () => {
    expect(checkReexaminationReason('')).toBe('missing');
    expect(checkReexaminationReason('不行')).toBe('short');
    expect(checkReexaminationReason('路灯还是不亮')).toBeUndefined();
    expect(checkReexaminationReason('字'.repeat(501))).toBe('long');
  });
});

describe('public board paging', () => {
  it('asks only for the filters set, and the cursor after the first page', () => {
    expect(boardQuery({})).toEqual({ limit: 10 });
    expect(boardQuery({ departmentId: 'chengdu-wuhou', topic: 'transport', q: '  路灯 ' }, 'c2')).toEqual({
      departmentId: 'chengdu-wuhou',
      topic: 'transport',
      q: '路灯',
      cursor: 'c2',
      limit: 10,
    });
    expect(boardQuery({ q: '  ' }, null)).toEqual({ limit: 10 });
  });
  it('never shows a letter twice when the next page overlaps', () => {
    const l = (n: string) => ({ trackingNo: n }) as never;
    expect(appendPage([l('A'), l('B')], [l('B'), l('C')]).map((x: { trackingNo: string }) => x.trackingNo)).toEqual(['A', 'B', 'C']);
  });
});

describe('message centre', () => {
  it('marks one read and lowers the unread count once', () => {
    const state = { messages: [{ id: 'm1', read: false }, { id: 'm2', read: true }], unread: 1 };
    const after = markedRead(state, 'm1');
    expect(after).toEqual({ messages: [{ id: 'm1', read: true }, { id: 'm2', read: true }], unread: 0 });
    expect(markedRead(after, 'm1')).toBe(after);
  });
  it('keeps only the accepted subscribe templates', () => {
    expect(acceptedTemplates({ a: 'accept', b: 'reject', c: 'ban', errMsg: 'requestSubscribeMessage:ok' }, ['a', 'b', 'c'])).toEqual(['a']);
    expect(acceptedTemplates(undefined, ['a'])).toEqual([]);
  });
});
