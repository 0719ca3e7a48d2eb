import { describe, expect, it } from '@jest/globals';
import type { LetterEvent, StaffInboxItem, StaffLetterView } from '@portal/shared';
import {
  availableActions,
  checkAnswer,
  checkExtend,
  checkMerge,
  checkPublish,
  checkReason,
  checkTransfer,
  inboxOrder,
  inboxQuery,
  inboxTabs,
  normaliseTrackingNo,
  personalDataIn,
  publishDraft,
} from './case-actions';

const event = (kind: LetterEvent['kind']): LetterEvent => ({ at: '2026-03-02T08:00:00+08:00', kind, note: null, department: null });

function facts(overrides: Partial<StaffLetterView> = {}) {
  return {
    status: 'received',
    channel: 'city',
    publishable: true,
    public: null,
    deadlines: { acceptBy: '2026-03-20', answerBy: '2026-05-29', extendedTo: null, reexaminationBy: null },
    timeline: [event('received')],
    ...overrides,
  } as StaffLetterView;
}

describe('actions per status', () => {
  it('a received letter can be accepted, declined, transferred or merged', () => {
    expect(availableActions(facts())).toEqual(['accept', 'decline', 'transfer', 'merge']);
  });

  it('an accepted letter can be answered, and extended only once', () => {
    expect(availableActions(facts({ status: 'accepted' }))).toEqual(['answer', 'extend', 'merge']);
    const extended = facts({ status: 'accepted', deadlines: { acceptBy: '2026-03-20', answerBy: '2026-05-29', extendedTo: '2026-07-10', reexaminationBy: null } });
    expect(availableActions(extended)).toEqual(['answer', 'merge']);
    expect(availableActions(facts({ status: 'accepted', timeline: [event('received'), event('accepted'), event('extended')] }))).toEqual(['answer', 'merge']);
  });

  it('a re-examination is answered (and the published texts may be corrected meanwhile)', () => {
    expect(availableActions(facts({ status: 'reexamining' }))).toEqual(['answer', 'publish']);
    expect(availableActions(facts({ status: 'reexamining', publishable: false }))).toEqual(['answer']);
  });

  it('an answered or closed letter can be published (and corrected later) only when the writer allowed it', () => {
    expect(availableActions(facts({ status: 'answered' }))).toEqual(['publish']);
    expect(availableActions(facts({ status: 'closed' }))).toEqual(['publish']);
    expect(availableActions(facts({ status: 'answered', public: { title: 't', content: 'c', answer: 'a' } }))).toEqual(['publish']);
    expect(availableActions(facts({ status: 'answered', publishable: false }))).toEqual([]);
    expect(availableActions(facts({ status: 'closed', publishable: false }))).toEqual([]);
  });

  it('declined and merged cases, and premier letters, allow nothing', () => {
    expect(availableActions(facts({ status: 'declined' }))).toEqual([]);
    expect(availableActions(facts({ status: 'merged' }))).toEqual([]);
    expect(availableActions(facts({ channel: 'premier' }))).toEqual([]);
  });
});

describe('action forms', () => {
  it('a reason has 4 to 500 characters', () => {
    expect(checkReason('')).toEqual({ reason: 'missing' });
    expect(checkReason('   ')).toEqual({ reason: 'missing' });
    expect(checkReason('不属于')).toEqual({ reason: 'short' });
    expect(checkReason('不属于本部门')).toEqual({});
    expect(checkReason('字'.repeat(501))).toEqual({ reason: 'long' });
  });

  it('a transfer needs another department and a reason', () => {
    expect(checkTransfer({ departmentId: '', reason: '' }, 'chengdu-wuhou')).toEqual({ departmentId: 'missing', reason: 'missing' });
    expect(checkTransfer({ departmentId: 'chengdu-wuhou', reason: '属于交通局职责' }, 'chengdu-wuhou')).toEqual({ departmentId: 'same' });
    expect(checkTransfer({ departmentId: 'chengdu-jtj', reason: '属于交通局职责' }, 'chengdu-wuhou')).toEqual({});
  });

  it('a merge needs another case’s tracking number, typed in any case', () => {
    expect(normaliseTrackingNo(' cd2026 0302000001 ')).toBe('CD20260302000001');
    expect(checkMerge({ intoTrackingNo: '', reason: '' }, 'CD20260302000002')).toEqual({ intoTrackingNo: 'missing' });
    expect(checkMerge({ intoTrackingNo: 'CD123', reason: '' }, 'CD20260302000002')).toEqual({ intoTrackingNo: 'format' });
    expect(checkMerge({ intoTrackingNo: 'cd20260302000002', reason: '' }, 'CD20260302000002')).toEqual({ intoTrackingNo: 'same' });
    expect(checkMerge({ intoTrackingNo: 'cd20260302000001', reason: '同一件事' }, 'CD20260302000002')).toEqual({});
  });

  it('an answer needs one of the three outcomes and a text of at most 2,000 characters', () => {
    expect(checkAnswer({ outcome: undefined, text: '' })).toEqual({ outcome: 'missing', text: 'missing' });
    expect(checkAnswer({ outcome: 'supported', text: '已安排维修。' })).toEqual({});
    expect(checkAnswer({ outcome: 'explained', text: '字'.repeat(2001) })).toEqual({ text: 'long' });
  });

  it('an extension is 1 to 30 working days, with a reason', () => {
    expect(checkExtend({ workingDays: '', reason: '' })).toEqual({ workingDays: 'missing', reason: 'missing' });
    expect(checkExtend({ workingDays: '十', reason: '需要现场勘查' })).toEqual({ workingDays: 'format' });
    expect(checkExtend({ workingDays: '2.5', reason: '需要现场勘查' })).toEqual({ workingDays: 'format' });
    expect(checkExtend({ workingDays: '0', reason: '需要现场勘查' })).toEqual({ workingDays: 'range' });
    expect(checkExtend({ workingDays: '31', reason: '需要现场勘查' })).toEqual({ workingDays: 'range' });
    expect(checkExtend({ workingDays: ' 30 ', reason: '需要现场勘查' })).toEqual({});
  });
});

describe('publishing', () => {
  const writer = { name: '张三', phone: '13800138000' };

  it('starts from the letter and its answer, or from what was published before', () => {
    const letter = { title: '路灯不亮', content: '内容', answer: { outcome: 'supported', text: '已修好', answeredAt: '', department: null }, reexaminationAnswer: null, public: null } as const;
    expect(publishDraft(letter as unknown as StaffLetterView)).toEqual({ title: '路灯不亮', content: '内容', answer: '已修好' });
    expect(publishDraft({ ...letter, public: { title: 'a', content: 'b', answer: 'c' } } as unknown as StaffLetterView)).toEqual({ title: 'a', content: 'b', answer: 'c' });
  });

  it('finds the writer’s phone (any mobile number) or name left in a text', () => {
    expect(personalDataIn('请回电 138 0013 8000', writer)).toBe('personal-phone');
    expect(personalDataIn('另一个号码 13912345678', writer)).toBe('personal-phone');
    expect(personalDataIn('我是张三，住在附近', writer)).toBe('personal-name');
    expect(personalDataIn('身份证 110101 19900307 0011', writer)).toBe('personal-id');
    expect(personalDataIn('电话＋86 139-1234-5678', writer)).toBe('personal-phone');
    expect(personalDataIn('小区路灯坏了三个月', writer)).toBeUndefined();
  });

  it('refuses texts that are too short, too long or still personal', () => {
    expect(checkPublish({ title: '路灯', content: '小区路灯坏了三个月，请修。', answer: '已修好' }, writer)).toEqual({ title: 'short' });
    expect(checkPublish({ title: '张三反映路灯', content: '小区路灯坏了，电话13800138000', answer: '' }, writer)).toEqual({
      title: 'personal-name',
      content: 'personal-phone',
      answer: 'missing',
    });
    expect(checkPublish({ title: '小区路灯不亮', content: '小区路灯坏了三个月，请修。', answer: '已修好' }, writer)).toEqual({});
  });
});

describe('inbox', () => {
  const item = (trackingNo: string, overdue: boolean, dueBy: string | null, submittedAt = '2026-03-01T00:00:00Z') =>
    ({ id: trackingNo, trackingNo, overdue, dueBy, submittedAt }) as StaffInboxItem;

  it('puts overdue cases first, then the nearest due date', () => {
    const order = inboxOrder([item('A', false, '2026-04-01'), item('B', true, '2026-03-10'), item('C', false, '2026-03-20'), item('D', false, null), item('E', true, '2026-03-01')]);
    expect(order.map((i) => i.trackingNo)).toEqual(['E', 'B', 'C', 'A', 'D']);
  });

  it('tabs count the open cases and every status, always show received and accepted, and skip empty others', () => {
    expect(inboxTabs({ received: 2, answered: 1, reexamining: 1, overdue: 1 })).toEqual([
      { filter: 'open', count: 3 },
      { filter: 'overdue', count: 1 },
      { filter: 'received', count: 2 },
      { filter: 'accepted', count: 0 },
      { filter: 'answered', count: 1 },
      { filter: 'reexamining', count: 1 },
    ]);
  });

  it('asks the BFF for one status or the overdue cases', () => {
    expect(inboxQuery('open')).toEqual({});
    expect(inboxQuery('overdue')).toEqual({ overdue: true });
    expect(inboxQuery('accepted')).toEqual({ status: 'accepted' });
  });
});
