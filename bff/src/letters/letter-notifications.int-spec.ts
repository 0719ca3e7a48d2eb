import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { InboxMessage, SubmitLetterRequest } from '@portal/shared';
import { DataSource } from 'typeorm';
import { bearer, boundCitizens, PERSONAS } from '../testing/citizens';
import { FIXED_TIME, startBff, startMock, testEnv, type MockProcess, type TestBff } from '../testing/harness';
import { LetterWorkflowService, type StaffActor } from './letter-workflow.service';
import { LettersClock } from './letters.clock';

/** The letters workflow tells the writer through the message centre after each committed change made by someone else. */
describe('letters: the writer is told of each change in the message centre', () => {
  let mock: MockProcess;
  let bff: TestBff;
  let workflow: LetterWorkflowService;
  let ds: DataSource;
  let phones = 0;
  const citizen = boundCitizens(() => ({ bff, mock, phone: `1370019${String(++phones).padStart(4, '0')}` }));
  const jtj: StaffActor = { id: '00000000-0000-4000-8000-000000000011', departmentId: 'chengdu-jtj' };
  const LETTER: SubmitLetterRequest = {
    type: 'complaint',
    topic: 'transport',
    departmentId: 'chengdu-jtj',
    title: '公交站台夜间照明不足',
    content: '天府大道北段公交站台晚上没有照明，候车很不安全，请尽快处理。',
    contactPhone: '13800138000',
    publishable: false,
    anonymousInPublic: true,
  };

  beforeAll(async () => {
    mock = await startMock();
    bff = await startBff(testEnv(mock.url, { TRUST_PROXY: 'true', UPSTREAM_CACHE: 'off' }));
    workflow = bff.app.get(LetterWorkflowService);
    ds = bff.app.get(DataSource);
    bff.app.get(LettersClock).set(new Date(FIXED_TIME));
  });

  afterAll(async () => {
    await bff?.close();
    await mock?.stop();
  });

  /** Messages arrive just after the commit; wait (briefly) until `count` are there. */
  async function messagesOf(who: { accessToken: string }, count: number): Promise<{ messages: InboxMessage[]; unread: number }> {
    for (let i = 0; i < 50; i++) {
      const res = await bff.get('/api/v1/me/messages', bearer(who));
      expect(res.status).toBe(200);
      if (res.body.messages.length >= count) return res.body;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`fewer than ${count} messages arrived`);
  }

  it('sends one message per change by the department, with the reason, and none for the writer’s own rating', async () => {
    const zhang = await citizen(PERSONAS.zhangWei);
    const other = await citizen(PERSONAS.liuYang);
    const sent = await bff.request('POST', '/api/v1/cities/chengdu/letters', LETTER, { ...bearer(zhang), 'idempotency-key': 'notify-1' });
    expect(sent.status).toBe(201);
    const { trackingNo } = sent.body as { trackingNo: string };
    const [{ id }] = (await ds.query('SELECT id FROM letters WHERE tracking_no = ?', [trackingNo])) as { id: string }[];

    await messagesOf(zhang, 1);
    await workflow.accept(id!, jtj);
    await messagesOf(zhang, 2);
    await workflow.extend(id!, jtj, 10, '需要会同交警部门现场勘察');
    await messagesOf(zhang, 3);
    await workflow.answer(id!, jtj, 'supported', '已在站台加装两盏路灯，本周内完工。');
    const inbox = await messagesOf(zhang, 4);

    // Each names the letter and the new status in words, with the reason where there is one (the test
    // clock is fixed, so all four carry the same time and their order is not asserted).
    expect(inbox.messages.map((m) => m.trackingNo)).toEqual([trackingNo, trackingNo, trackingNo, trackingNo]);
    const bodies = inbox.messages.map((m) => m.body);
    for (const words of ['已收到', '答复期限延长至2026-', '需要会同交警部门现场勘察', '已答复']) {
      expect(bodies.filter((b) => b.includes(words))).toHaveLength(1);
    }
    expect(bodies.filter((b) => b.includes('已受理'))).toHaveLength(2); // accepted, then extended
    expect(inbox.unread).toBe(4);

    const rated = await bff.request('POST', `/api/v1/me/letters/${trackingNo}/rating`, { level: 5 }, bearer(zhang));
    expect(rated.status).toBeLessThan(300);
    await new Promise((r) => setTimeout(r, 200));
    expect((await messagesOf(zhang, 4)).messages).toHaveLength(4);

    // Another citizen hears nothing of it.
    expect((await bff.get('/api/v1/me/messages', bearer(other))).body.messages).toEqual([]);
  });
});
