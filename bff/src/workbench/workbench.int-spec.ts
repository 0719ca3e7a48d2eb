import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { apiPaths, type LoginResponse, type StaffInboxResponse } from '@portal/shared';
import sharp from 'sharp';
import { DataSource, In } from 'typeorm';
import { LettersClock } from '../letters/letters.clock';
import { StaffAuditEntity } from '../staff/staff-audit.entity';
import { bearer, newClientIp, PERSONAS, signInAndBind } from '../testing/citizens';
import { startBff, startMock, testEnv, type MockProcess, type TestBff, type TestResponse } from '../testing/harness';
import { OverdueEscalationJob } from './overdue-escalation.job';
import { WorkbenchService } from './workbench.service';

const DEMO_PASSWORD = 'demo-staff-2026';

interface InboxAnswer extends Omit<TestResponse, 'body'> {
  body: StaffInboxResponse & { details: { field: string }[] };
}
type Action = 'accept' | 'decline' | 'transfer' | 'merge' | 'answer' | 'extend' | 'publish';

describe('the staff workbench: inbox, actions, audit, escalation — one department at a time', () => {
  let mock: MockProcess;
  let bff: TestBff;
  let db: DataSource;
  let citizen: LoginResponse & { ip: string };
  const staff: Record<string, { accessToken: string; staff: { id: string } }> = {};

  beforeAll(async () => {
    mock = await startMock();
    bff = await startBff(testEnv(mock.url, { TRUST_PROXY: 'true' }));
    db = bff.app.get(DataSource);
    citizen = await signInAndBind(bff, mock, '13700029201', PERSONAS.liuYang);
    for (const username of ['chengdu-wuhou-handler', 'chengdu-wuhou-supervisor', 'chengdu-jtj-handler', 'shanghai-sthj-supervisor']) {
      const res = await bff.request('POST', apiPaths.staffLogin(), { username, password: DEMO_PASSWORD }, { 'x-forwarded-for': newClientIp() });
      if (res.status !== 200) throw new Error(`staff login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
      staff[username] = res.body;
    }
    wuhou = as('chengdu-wuhou-handler');
    jtj = as('chengdu-jtj-handler');
  });

  afterAll(async () => {
    bff?.app.get(LettersClock).set(null);
    await bff?.close();
    await mock?.stop();
  });

  const as = (username: string) => ({ authorization: `Bearer ${staff[username]!.accessToken}`, 'x-forwarded-for': '10.200.0.1' });
  let wuhou: Record<string, string>;
  let jtj: Record<string, string>;
  const act = (who: Record<string, string>, id: string, action: Action, body: object = {}) => bff.request('POST', apiPaths.staffLetterAction(id, action), body, who);
  const view = (who: Record<string, string>, id: string) => bff.get(apiPaths.staffLetter(id), who);
  const inbox = async (who: Record<string, string>, query = ''): Promise<InboxAnswer> => (await bff.get(`${apiPaths.staffLetters()}${query}`, who)) as InboxAnswer;
  const auditRows = (letterId: string) => db.getRepository(StaffAuditEntity).find({ where: { letterId }, order: { id: 'ASC' } });

  /** A Chengdu letter by 刘洋 through the citizens' API; answers its tracking number and its id in the department's inbox. */
  async function writeLetter(departmentId: string, publishable = true): Promise<{ trackingNo: string; id: string }> {
    const res = await bff.request(
      'POST',
      apiPaths.letters('chengdu'),
      {
        type: 'complaint',
        topic: 'city-management',
        departmentId,
        title: '小区门口占道经营',
        content: '晚上小区门口有摊贩占道经营，噪音很大，请处理。',
        contactPhone: '13800028004',
        publishable,
        anonymousInPublic: false,
      },
      { ...bearer(citizen), 'idempotency-key': `wb-${randomUUID()}` },
    );
    if (res.status !== 201) throw new Error(`submit: ${res.status} ${JSON.stringify(res.body)}`);
    const owner = departmentId === 'chengdu-wuhou' ? wuhou : departmentId === 'chengdu-jtj' ? jtj : null;
    if (!owner) throw new Error('no staff for that department in this test');
    const found = (await inbox(owner, '?status=received')).body.items.find((i) => i.trackingNo === res.body.trackingNo);
    if (!found) throw new Error(`letter ${res.body.trackingNo} not in the inbox of ${departmentId}`);
    return { trackingNo: res.body.trackingNo, id: found.id };
  }

  it("shows each department its own letters only, overdue first then by due date, and names bad filters", async () => {
    const a = await writeLetter('chengdu-wuhou');
    const b = await writeLetter('chengdu-jtj');
    const mine = await inbox(wuhou);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('cache-control')).toBe('private, no-store');
    expect(mine.body.items.map((i) => i.id)).toContain(a.id);
    expect(mine.body.items.map((i) => i.id)).not.toContain(b.id);
    expect(mine.body.items.every((i) => i.department?.id === 'chengdu-wuhou')).toBe(true);
    const keys = mine.body.items.map((i) => [i.overdue ? 0 : 1, i.dueBy ?? '9999-99-99'] as const);
    expect(keys).toEqual([...keys].sort((x, y) => x[0] - y[0] || x[1].localeCompare(y[1])));
    expect(mine.body.counts.received).toBeGreaterThanOrEqual(1);
    expect(typeof mine.body.counts.overdue).toBe('number');

    const theirs = await inbox(jtj);
    expect(theirs.body.items.map((i) => i.id)).toContain(b.id);
    expect(theirs.body.items.map((i) => i.id)).not.toContain(a.id);
    const shanghai = await inbox(as('shanghai-sthj-supervisor'));
    expect(shanghai.body.items.filter((i) => [a.id, b.id].includes(i.id))).toEqual([]);

    const notOverdue = await inbox(wuhou, '?overdue=false&status=received');
    expect(notOverdue.body.items.map((i) => i.id)).toContain(a.id);
    expect(notOverdue.body.items.every((i) => !i.overdue && i.status === 'received')).toBe(true);
    for (const [query, field] of [['?status=lost', 'status'], ['?overdue=maybe', 'overdue'], ['?sort=due', 'sort']] as const) {
      const bad = await inbox(wuhou, query);
      expect(bad.status).toBe(400);
      expect(bad.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
  });

  it("shows the department the writer's name and full phone, and audits every view", async () => {
    const letter = await writeLetter('chengdu-wuhou');
    const res = await view(wuhou, letter.id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: letter.id, trackingNo: letter.trackingNo, writerName: '刘洋', writerPhone: '13800028004', contactPhone: '138****8004', status: 'received', escalated: false });
    const rows = await auditRows(letter.id);
    expect(rows.map((r) => [r.action, r.staffId, r.departmentId])).toEqual([['letter.view', staff['chengdu-wuhou-handler']!.staff.id, 'chengdu-wuhou']]);
    expect(rows[0]!.requestId).toBe(res.headers.get('x-request-id'));
    expect(rows[0]!.clientIp).toBe('10.200.0.1');
  });

  it('accepts, extends once, answers and publishes a letter; each action once, then 409 in plain words; every step audited', async () => {
    const letter = await writeLetter('chengdu-wuhou');
    expect((await act(wuhou, letter.id, 'answer', { outcome: 'supported', text: '已处理' })).status).toBe(409);
    expect((await act(wuhou, letter.id, 'extend', { workingDays: 10, reason: '需要多部门协调' })).status).toBe(409);

    const accepted = await act(wuhou, letter.id, 'accept');
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    const again = await act(wuhou, letter.id, 'accept');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('LETTER_STATE_CONFLICT');
    expect(again.body.message).toMatch(/accepted/);
    expect((await act(wuhou, letter.id, 'decline', { reason: '不属于本部门职责' })).status).toBe(409);
    expect((await act(wuhou, letter.id, 'transfer', { departmentId: 'chengdu-jtj', reason: '属于交通部门职责' })).status).toBe(409);
    expect((await act(wuhou, letter.id, 'publish', { title: '小区门口占道经营', content: '晚上小区门口有摊贩占道经营，噪音很大。', answer: '已处理' })).status).toBe(409);

    const tooLong = await act(wuhou, letter.id, 'extend', { workingDays: 31, reason: '需要多部门协调' });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.details.map((d: { field: string }) => d.field)).toEqual(['workingDays']);
    const extended = await act(wuhou, letter.id, 'extend', { workingDays: 10, reason: '需要多部门协调' });
    expect(extended.status).toBe(200);
    expect(extended.body.deadlines.extendedTo).not.toBeNull();
    expect(extended.body.deadlines.extendedTo > extended.body.deadlines.answerBy).toBe(true);
    const twice = await act(wuhou, letter.id, 'extend', { workingDays: 5, reason: '还需要时间' });
    expect(twice.status).toBe(409);
    expect(twice.body.message).toMatch(/once/);

    const badOutcome = await act(wuhou, letter.id, 'answer', { outcome: 'maybe', text: '已处理' });
    expect(badOutcome.status).toBe(400);
    expect(badOutcome.body.details[0].field).toBe('outcome');
    const answered = await act(wuhou, letter.id, 'answer', { outcome: 'supported', text: '经核查，已联系城管部门清理占道摊贩，13800028004 来电可再反映。' });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'answered', answer: { outcome: 'supported' } });
    expect((await act(wuhou, letter.id, 'answer', { outcome: 'explained', text: '再答一次' })).status).toBe(409);

    // The public texts must have no identity or mobile number left: the field is named.
    const clean = { title: '小区门口占道经营', content: '晚上小区门口有摊贩占道经营，噪音很大，请处理。', answer: '经核查，已联系城管部门清理占道摊贩。' };
    for (const [field, value] of [
      ['content', '晚上小区门口有摊贩占道经营，请打13800028004联系我。'],
      ['answer', '来信人（身份证510107198802280013）反映的问题已处理。'],
      ['title', '138 0002 8004 反映占道'],
    ] as const) {
      const res = await act(wuhou, letter.id, 'publish', { ...clean, [field]: value });
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toEqual([field]);
      expect(res.body.details[0].message).toMatch(/identity number|mobile number/);
    }
    const published = await act(wuhou, letter.id, 'publish', clean);
    expect(published.status).toBe(200);
    expect(published.body.public).toEqual(clean);

    const actions = (await auditRows(letter.id)).map((r) => r.action);
    expect(actions).toEqual([
      'letter.answer.refused',
      'letter.extend.refused',
      'letter.accept',
      'letter.accept.refused',
      'letter.decline.refused',
      'letter.transfer.refused',
      'letter.publish.refused',
      'letter.extend',
      'letter.extend.refused',
      'letter.answer',
      'letter.answer.refused',
      'letter.publish',
    ]);
    const acceptedRow = (await auditRows(letter.id)).find((r) => r.action === 'letter.accept.refused');
    expect(acceptedRow?.detail).toBe('409 LETTER_STATE_CONFLICT');
  });

  it('declines with a reason, transfers within the city only, merges a duplicate; wrong states are 409', async () => {
    const declined = await writeLetter('chengdu-wuhou');
    const noReason = await act(wuhou, declined.id, 'decline', { reason: '' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.details[0].field).toBe('reason');
    const res = await act(wuhou, declined.id, 'decline', { reason: '该事项已进入司法程序，不属于信访受理范围' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('declined');
    expect(res.body.timeline.at(-1)).toMatchObject({ kind: 'declined', note: '该事项已进入司法程序，不属于信访受理范围' });
    expect((await act(wuhou, declined.id, 'decline', { reason: '再次不予受理' })).status).toBe(409);
    expect((await act(wuhou, declined.id, 'accept')).status).toBe(409);

    const moved = await writeLetter('chengdu-wuhou');
    const otherCity = await act(wuhou, moved.id, 'transfer', { departmentId: 'shanghai-sthj', reason: '属于环境部门职责' });
    expect(otherCity.status).toBe(400);
    expect(otherCity.body.details[0].field).toBe('departmentId');
    const transferred = await act(wuhou, moved.id, 'transfer', { departmentId: 'chengdu-jtj', reason: '属于交通部门职责' });
    expect(transferred.status).toBe(200);
    expect(transferred.body).toMatchObject({ status: 'received', department: { id: 'chengdu-jtj' } });
    // Gone from Wuhou's reach, now Jiaotong's.
    expect((await view(wuhou, moved.id)).status).toBe(404);
    expect((await act(wuhou, moved.id, 'accept')).status).toBe(404);
    expect((await inbox(jtj)).body.items.map((i) => i.id)).toContain(moved.id);
    expect((await act(jtj, moved.id, 'accept')).status).toBe(200);

    const main = await writeLetter('chengdu-wuhou');
    const duplicate = await writeLetter('chengdu-wuhou');
    const badNo = await act(wuhou, duplicate.id, 'merge', { intoTrackingNo: 'not-a-number' });
    expect(badNo.status).toBe(400);
    expect(badNo.body.details[0].field).toBe('intoTrackingNo');
    const merged = await act(wuhou, duplicate.id, 'merge', { intoTrackingNo: main.trackingNo, reason: '同一事项重复来信' });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ status: 'merged', mergedInto: main.trackingNo });
    expect((await act(wuhou, duplicate.id, 'merge', { intoTrackingNo: main.trackingNo })).status).toBe(409);
    expect((await act(wuhou, declined.id, 'merge', { intoTrackingNo: main.trackingNo })).status).toBe(409);

    const auditOf = async (id: string) => (await auditRows(id)).filter((r) => !r.action.endsWith('.refused')).map((r) => r.action);
    expect(await auditOf(declined.id)).toEqual(['letter.decline']);
    expect(await auditOf(moved.id)).toEqual(['letter.transfer', 'letter.accept']);
    expect(await auditOf(duplicate.id)).toEqual(['letter.merge']);
  });

  it("never lets another department see or act on a letter: every action is a 404, nothing changes, nothing is audited as done", async () => {
    const letter = await writeLetter('chengdu-wuhou');
    const main = await writeLetter('chengdu-wuhou');
    const bodies: Record<Action, object> = {
      accept: {},
      decline: { reason: '不属于本部门职责' },
      transfer: { departmentId: 'chengdu-jtj', reason: '属于交通部门职责' },
      merge: { intoTrackingNo: main.trackingNo },
      answer: { outcome: 'supported', text: '已处理' },
      extend: { workingDays: 10, reason: '需要多部门协调' },
      publish: { title: '小区门口占道经营', content: '晚上小区门口有摊贩占道经营，噪音很大。', answer: '已处理' },
    };
    for (const intruder of [jtj, as('shanghai-sthj-supervisor')]) {
      const seen = await view(intruder, letter.id);
      expect(seen.status).toBe(404);
      expect(seen.body.code).toBe('NOT_FOUND');
      for (const action of Object.keys(bodies) as Action[]) {
        const res = await act(intruder, letter.id, action, bodies[action]);
        expect({ action, status: res.status }).toEqual({ action, status: 404 });
        expect(res.body.message).toBe(seen.body.message);
      }
    }
    // The same answer as for a letter that does not exist at all.
    const unknown = await act(jtj, randomUUID(), 'accept');
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe((await view(jtj, letter.id)).body.message);

    const now = await view(wuhou, letter.id);
    expect(now.body).toMatchObject({ status: 'received', department: { id: 'chengdu-wuhou' }, deadlines: { extendedTo: null }, public: null, answer: null });
    expect(now.body.timeline.map((e: { kind: string }) => e.kind)).toEqual(['received']);
    expect((await auditRows(letter.id)).map((r) => [r.action, r.departmentId])).toEqual([['letter.view', 'chengdu-wuhou']]);

    const refused = await db.getRepository(StaffAuditEntity).find({ where: { staffId: staff['chengdu-jtj-handler']!.staff.id, action: In(['letter.view.refused', 'letter.accept.refused']) } });
    expect(refused.length).toBeGreaterThanOrEqual(2);
    expect(refused.every((r) => r.letterId === null && r.detail?.startsWith('404 NOT_FOUND'))).toBe(true);
  });

  it('writes the audit entry in the same transaction as the change: when the entry cannot be written, the letter does not change', async () => {
    const letter = await writeLetter('chengdu-wuhou');
    // A staff member the audit log cannot name (no such account: its foreign key refuses the entry).
    const ghost = { id: randomUUID(), username: 'ghost', displayName: 'ghost', role: 'handler' as const, departmentId: 'chengdu-wuhou', city: 'chengdu' as const, sessionId: randomUUID() };
    await expect(bff.app.get(WorkbenchService).accept(ghost, letter.id, { requestId: null, clientIp: null })).rejects.toThrow();
    const after = await view(wuhou, letter.id);
    expect(after.body.status).toBe('received');
    expect(after.body.timeline.map((e: { kind: string }) => e.kind)).toEqual(['received']);
    expect((await act(wuhou, letter.id, 'accept')).status).toBe(200);
  });

  it('lets a supervisor read the audit log of their department only; a handler gets 403', async () => {
    const letter = await writeLetter('chengdu-wuhou');
    expect((await act(wuhou, letter.id, 'accept')).status).toBe(200);

    const handler = await bff.get(apiPaths.staffAudit(), wuhou);
    expect(handler.status).toBe(403);
    expect(handler.body.code).toBe('FORBIDDEN');

    const supervisor = await bff.get(apiPaths.staffAudit(), as('chengdu-wuhou-supervisor'));
    expect(supervisor.status).toBe(200);
    const entry = supervisor.body.entries.find((e: { letterId: string | null; action: string }) => e.letterId === letter.id && e.action === 'letter.accept');
    expect(entry).toMatchObject({ staffId: staff['chengdu-wuhou-handler']!.staff.id, staffName: '武侯区办理人（演示）', detail: null });
    expect(Date.parse(entry.at)).toBeGreaterThan(Date.now() - 120_000);
    const ours = await db.getRepository(StaffAuditEntity).find({ where: { departmentId: 'chengdu-wuhou' } });
    const ourStaff = new Set(ours.map((r) => r.staffId));
    expect(supervisor.body.entries.every((e: { staffId: string }) => ourStaff.has(e.staffId))).toBe(true);
    expect(supervisor.body.entries.some((e: { staffId: string }) => e.staffId === staff['chengdu-jtj-handler']!.staff.id)).toBe(false);

    const byLetter = await bff.get(`${apiPaths.staffAudit()}?letterId=${letter.id}`, as('chengdu-wuhou-supervisor'));
    expect(byLetter.body.entries.map((e: { action: string }) => e.action)).toEqual(['letter.accept']);
    const elsewhere = await bff.get(`${apiPaths.staffAudit()}?letterId=${letter.id}`, as('shanghai-sthj-supervisor'));
    expect(elsewhere.body.entries).toEqual([]);
    const bad = await bff.get(`${apiPaths.staffAudit()}?letterId=nope`, as('chengdu-wuhou-supervisor'));
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('letterId');
  });

  it('refuses citizen tokens on every staff endpoint and staff tokens on citizen endpoints', async () => {
    const letter = await writeLetter('chengdu-wuhou');
    expect((await bff.get(apiPaths.staffLetters(), bearer(citizen))).status).toBe(401);
    expect((await bff.get(apiPaths.staffLetter(letter.id), bearer(citizen))).status).toBe(401);
    expect((await bff.request('POST', apiPaths.staffLetterAction(letter.id, 'accept'), {}, bearer(citizen))).status).toBe(401);
    expect((await bff.get(apiPaths.staffAudit(), bearer(citizen))).status).toBe(401);
    expect((await bff.get(apiPaths.myLetters(), wuhou)).status).toBe(401);
    expect((await bff.get(apiPaths.myLetters(), bearer(citizen))).status).toBe(200);
  });

  it("shows a letter's photos to its department only, each view audited", async () => {
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 10, g: 120, b: 60 } } }).jpeg().toBuffer();
    const form = new FormData();
    form.append('photo', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'stall.jpg');
    const up = await fetch(`${bff.url}${apiPaths.letterPhotos()}`, { method: 'POST', headers: bearer(citizen), body: form });
    expect(up.status).toBe(201);
    const { photoId } = (await up.json()) as { photoId: string };
    const sent = await bff.request(
      'POST',
      apiPaths.letters('chengdu'),
      {
        type: 'complaint',
        topic: 'city-management',
        departmentId: 'chengdu-wuhou',
        title: '人行道被摊位占用',
        content: '武侯祠大街人行道被摊位占用，行人只能走机动车道，照片附后。',
        contactPhone: '13800028004',
        photoIds: [photoId],
        publishable: false,
        anonymousInPublic: true,
      },
      { ...bearer(citizen), 'idempotency-key': `wb-${randomUUID()}` },
    );
    expect(sent.status).toBe(201);
    const id = (await inbox(wuhou, '?status=received')).body.items.find((i) => i.trackingNo === sent.body.trackingNo)!.id;
    expect((await view(wuhou, id)).body.photoIds).toEqual([photoId]);

    const seen = await fetch(`${bff.url}${apiPaths.staffLetterPhoto(id, photoId)}`, { headers: wuhou });
    expect(seen.status).toBe(200);
    expect(seen.headers.get('content-type')).toBe('image/jpeg');
    expect(seen.headers.get('cache-control')).toBe('private, no-store');
    expect((await sharp(Buffer.from(await seen.arrayBuffer())).metadata()).width).toBe(40);
    // Another department, another letter's id, or a citizen's token: nothing.
    expect((await fetch(`${bff.url}${apiPaths.staffLetterPhoto(id, photoId)}`, { headers: jtj })).status).toBe(404);
    const other = await writeLetter('chengdu-wuhou');
    expect((await fetch(`${bff.url}${apiPaths.staffLetterPhoto(other.id, photoId)}`, { headers: wuhou })).status).toBe(404);
    expect((await fetch(`${bff.url}${apiPaths.staffLetterPhoto(id, photoId)}`, { headers: bearer(citizen) })).status).toBe(401);
    expect((await auditRows(id)).map((r) => r.action)).toContain('letter.photo.view');
  });

  it('escalates overdue letters to the supervisor once the clock passes the deadline, and puts them first', async () => {
    const clock = bff.app.get(LettersClock);
    const letter = await writeLetter('chengdu-wuhou');
    const job = bff.app.get(OverdueEscalationJob);
    expect(await job.runOnce()).not.toContain(letter.id);

    const before = (await view(wuhou, letter.id)).body;
    // Thirty calendar days on: well past 15 working days.
    clock.set(new Date(Date.parse(before.submittedAt) + 30 * 86_400_000));
    try {
      const escalated = await job.runOnce();
      expect(escalated).toContain(letter.id);
      expect(await job.runOnce()).not.toContain(letter.id);

      const supervisorInbox = await inbox(as('chengdu-wuhou-supervisor'));
      const item = supervisorInbox.body.items.find((i) => i.id === letter.id);
      expect(item).toMatchObject({ overdue: true, escalated: true, dueBy: before.deadlines.acceptBy });
      const firstNotOverdue = supervisorInbox.body.items.findIndex((i) => !i.overdue);
      expect(firstNotOverdue === -1 || supervisorInbox.body.items.indexOf(item!) < firstNotOverdue).toBe(true);
      // The count (made in the database) agrees with the cases flagged one by one.
      expect(supervisorInbox.body.counts.overdue).toBe(supervisorInbox.body.items.filter((i) => i.overdue).length);
      expect(supervisorInbox.body.counts.overdue).toBeGreaterThanOrEqual(1);
      const onlyOverdue = await inbox(as('chengdu-wuhou-supervisor'), '?overdue=true');
      expect(onlyOverdue.body.items.every((i) => i.overdue)).toBe(true);
      expect(onlyOverdue.body.items.map((i) => i.id)).toContain(letter.id);

      const seen = await view(as('chengdu-wuhou-supervisor'), letter.id);
      expect(seen.body).toMatchObject({ escalated: true, overdue: true });
      expect(seen.body.timeline.map((e: { kind: string }) => e.kind)).toEqual(['received', 'escalated']);
    } finally {
      clock.set(null);
    }
  });

  it('runs the escalation on its own timer when STAFF_ESCALATION_INTERVAL_SECONDS is set', async () => {
    const timed = await startBff(testEnv(mock.url, { TRUST_PROXY: 'true', STAFF_ESCALATION_INTERVAL_SECONDS: '1' }), { keepCitizens: true });
    try {
      const writer = await signInAndBind(timed, mock, '13700029202', PERSONAS.zhangWei);
      const sent = await timed.request(
        'POST',
        apiPaths.letters('chengdu'),
        { type: 'help', topic: 'transport', departmentId: 'chengdu-mayor', title: '公交站台无遮阳棚', content: '夏天在站台等车很晒，希望加装遮阳棚。', contactPhone: '13800028004', publishable: false, anonymousInPublic: true },
        { ...bearer(writer), 'idempotency-key': `wb-${randomUUID()}` },
      );
      expect(sent.status).toBe(201);
      const login = await timed.request('POST', apiPaths.staffLogin(), { username: 'chengdu-mayor-supervisor', password: DEMO_PASSWORD }, { 'x-forwarded-for': newClientIp() });
      const mayor = { authorization: `Bearer ${login.body.accessToken}` };
      const find = async () => ((await timed.get(apiPaths.staffLetters(), mayor)).body as StaffInboxResponse).items.find((i) => i.trackingNo === sent.body.trackingNo);
      expect(await find()).toMatchObject({ escalated: false, overdue: false });

      timed.app.get(LettersClock).set(new Date(Date.now() + 40 * 86_400_000));
      const deadline = Date.now() + 5000;
      let item = await find();
      while (!item?.escalated && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        item = await find();
      }
      expect(item).toMatchObject({ escalated: true, overdue: true });
    } finally {
      timed.app.get(LettersClock).set(null);
      await timed.close();
    }
  });
});
