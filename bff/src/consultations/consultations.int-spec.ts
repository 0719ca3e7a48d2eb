import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { apiPaths, type ConsultationQuestion } from '@portal/shared';
import { DataSource } from 'typeorm';
import { PersonalDataCipher } from '../personal-data/personal-data.cipher';
import { PasswordHasher } from '../staff/password-hasher';
import { StaffAccountEntity } from '../staff/staff-account.entity';
import { StaffAuditEntity } from '../staff/staff-audit.entity';
import { bearer, newClientIp, signInBySms } from '../testing/citizens';
import { startBff, startMock, testEnv, type MockProcess, type TestBff } from '../testing/harness';
import { ConsultationAnswerEntity } from './consultation-answer.entity';
import { ConsultationEntity } from './consultation.entity';
import { ConsultationsSeeder } from './consultations.seed';
import { DEMO_CONSULTATIONS } from './demo-consultations';

const HOUR = 60 * 60 * 1000;

const QUESTIONS: ConsultationQuestion[] = [
  { id: 'q1', kind: 'single', prompt: '您是否支持？', required: true, options: [{ id: 'a', label: '支持' }, { id: 'b', label: '不支持' }], maxChoices: null, maxLength: null },
  {
    id: 'q2',
    kind: 'multiple',
    prompt: '优先建设哪些设施？',
    required: false,
    options: [{ id: 'a', label: '绿道' }, { id: 'b', label: '公厕' }, { id: 'c', label: '停车' }],
    maxChoices: 2,
    maxLength: null,
  },
  { id: 'q3', kind: 'text', prompt: '其他意见', required: false, options: [], maxChoices: null, maxLength: 20 },
];

describe('public opinion collection', () => {
  let mock: MockProcess;
  let bff: TestBff;
  let db: DataSource;
  /** A fresh mobile number per citizen (the SMS gateway allows one code a minute per number). */
  const phone = () => `137${String(randomInt(0, 1e8)).padStart(8, '0')}`;

  beforeAll(async () => {
    mock = await startMock();
    bff = await startBff(testEnv(mock.url, { TRUST_PROXY: 'true' }));
    db = bff.app.get(DataSource);
  });

  afterAll(async () => {
    await bff?.close();
    await mock?.stop();
  });

  /** A consultation of this test's own (ids are unique: the MariaDB test database outlives a run). */
  async function consultation(window: 'open' | 'upcoming' | 'closed', departmentId = 'chengdu-jtj'): Promise<string> {
    const id = `t-${window}-${randomUUID().slice(0, 8)}`;
    const now = Date.now();
    const [opens, closes] = window === 'open' ? [now - HOUR, now + HOUR] : window === 'upcoming' ? [now + HOUR, now + 2 * HOUR] : [now - 2 * HOUR, now - HOUR];
    await db.getRepository(ConsultationEntity).insert({
      id,
      city: 'chengdu',
      departmentId,
      title: `测试征集 ${id}`,
      summary: '草案摘要',
      questions: JSON.stringify(QUESTIONS),
      opensAt: new Date(Math.floor(opens / 1000) * 1000),
      closesAt: new Date(Math.floor(closes / 1000) * 1000),
      adoptionText: null,
      adoptionPublishedAt: null,
      adoptionStaffId: null,
    });
    return id;
  }

  const citizen = () => signInBySms(bff, mock, phone());
  const respond = (id: string, login: { accessToken: string; ip?: string }, answers: unknown, key?: string) =>
    bff.request('POST', apiPaths.consultationResponses(id), { answers }, { ...bearer(login), ...(key ? { 'idempotency-key': key } : {}) });
  const GOOD = [{ questionId: 'q1', choices: ['a'] }, { questionId: 'q2', choices: ['b', 'c'] }, { questionId: 'q3', text: '多种树' }];

  it('lists a city’s open, upcoming and closed consultations publicly, the demo ones included, and briefly cached', async () => {
    const open = await consultation('open');
    const upcoming = await consultation('upcoming');
    const closed = await consultation('closed');
    const res = await bff.get(apiPaths.consultations('chengdu'));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=30');
    const ids = (list: { id: string }[]) => list.map((c) => c.id);
    expect(ids(res.body.open)).toEqual(expect.arrayContaining([open, 'chengdu-park-city-regulation']));
    expect(ids(res.body.upcoming)).toEqual(expect.arrayContaining([upcoming, 'chengdu-waste-sorting-revision']));
    expect(ids(res.body.closed)).toEqual(expect.arrayContaining([closed, 'chengdu-parking-fees-2026']));
    expect(ids(res.body.open)).not.toContain(closed);
    const park = res.body.open.find((c: { id: string }) => c.id === 'chengdu-park-city-regulation');
    expect(park).toMatchObject({
      city: 'chengdu',
      title: '成都市公园城市建设条例（草案）征求意见',
      department: { id: 'chengdu-zjj', name: { zh: '市住房和城乡建设局' } },
      state: 'open',
      adoptionPublished: false,
    });
    expect(park.opensAt).toMatch(/^\d{4}-\d\d-\d\dT09:00:00\+08:00$/);
    expect((await bff.get(apiPaths.consultations('atlantis'))).status).toBe(404);
    for (const city of ['shanghai', 'yinchuan']) {
      const other = (await bff.get(apiPaths.consultations(city))).body;
      expect([other.open.length > 0, other.upcoming.length > 0, other.closed.length > 0]).toEqual([true, true, true]);
    }
  });

  it('shows a consultation with its questions, and whether the signed-in citizen responded', async () => {
    const id = await consultation('open');
    const anonymous = await bff.get(apiPaths.consultation(id));
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toMatchObject({ id, state: 'open', questions: QUESTIONS, responded: null });
    expect(anonymous.headers.get('cache-control')).toBe('private, no-cache');
    const login = await citizen();
    expect((await bff.get(apiPaths.consultation(id), bearer(login))).body.responded).toBe(false);
    expect((await respond(id, login, GOOD)).status).toBe(201);
    expect((await bff.get(apiPaths.consultation(id), bearer(login))).body.responded).toBe(true);
    expect((await bff.get(apiPaths.consultation(id), { authorization: 'Bearer not-a-token' })).status).toBe(401);
    expect((await bff.get(apiPaths.consultation('no-such-thing'))).status).toBe(404);
    expect((await bff.get(apiPaths.consultation('../../etc'))).status).toBe(404);
  });

  it('takes exactly one response per citizen: concurrent double submits give one row and a plain 409', async () => {
    const id = await consultation('open');
    const login = await citizen();
    const answers = await Promise.all([respond(id, login, GOOD), respond(id, login, GOOD), respond(id, login, GOOD), respond(id, login, GOOD)]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409]);
    const refused = answers.find((a) => a.status === 409)!;
    expect(refused.body).toMatchObject({ code: 'ALREADY_RESPONDED' });
    expect(refused.body.message).toMatch(/already responded/);
    const rows = await db.query('SELECT COUNT(*) AS n FROM consultation_responses WHERE consultation_id = ?', [id]);
    expect(Number(rows[0].n)).toBe(1);
    expect((await db.getRepository(ConsultationAnswerEntity).countBy({ consultationId: id }))).toBe(4);
  });

  it('answers a retry with the same Idempotency-Key with the same receipt, even concurrent; other answers under that key are refused', async () => {
    const id = await consultation('open');
    const login = await citizen();
    const key = `resp-${randomUUID()}`;
    const [first, second] = await Promise.all([respond(id, login, GOOD, key), respond(id, login, GOOD, key)]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body).toEqual(first.body);
    expect(first.body).toEqual({ consultationId: id, respondedAt: expect.stringMatching(/\+08:00$/) });
    const reordered = await respond(id, login, [{ questionId: 'q3', text: ' 多种树 ' }, { questionId: 'q2', choices: ['c', 'b'] }, { questionId: 'q1', choices: ['a'] }], key);
    expect(reordered.body).toEqual(first.body);
    const changed = await respond(id, login, [{ questionId: 'q1', choices: ['b'] }], key);
    expect(changed.status).toBe(409);
    expect(changed.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const otherKey = await respond(id, login, GOOD, `resp-${randomUUID()}`);
    expect(otherKey.body.code).toBe('ALREADY_RESPONDED');
    const badKey = await respond(id, login, GOOD, 'x');
    expect(badKey.status).toBe(400);
    expect(badKey.body.details[0].field).toBe('Idempotency-Key');
  });

  it('checks every answer against its question and names the field', async () => {
    const id = await consultation('open');
    const login = await citizen();
    const cases: [unknown, string, string][] = [
      [[{ questionId: 'q9', choices: ['a'] }, ...GOOD], 'answers.0.questionId', 'unknownQuestion'],
      [[{ questionId: 'q1', choices: ['z'] }], 'answers.0.choices', 'unknownOption'],
      [[{ questionId: 'q1', choices: ['a', 'b'] }], 'answers.0.choices', 'maxChoices'],
      [[{ questionId: 'q1', choices: ['a'] }, { questionId: 'q2', choices: ['a', 'b', 'c'] }], 'answers.1.choices', 'maxChoices'],
      [[{ questionId: 'q1', choices: ['a'] }, { questionId: 'q2', choices: ['a', 'a'] }], 'answers.1.choices', 'duplicate'],
      [[{ questionId: 'q1', choices: ['a'] }, { questionId: 'q2', choices: [] }, { questionId: 'q3', text: '字'.repeat(21) }], 'answers.2.text', 'maxLength'],
      [[{ questionId: 'q1', text: '支持' }], 'answers.0.text', 'notATextQuestion'],
      [[{ questionId: 'q2', choices: ['a'] }], 'answers.0', 'required'],
      [[{ questionId: 'q1', choices: [] }], 'answers.0', 'required'],
      [[{ questionId: 'q1', choices: ['a'] }, { questionId: 'q1', choices: ['b'] }], 'answers.1.questionId', 'duplicate'],
      [[{ questionId: 'q1', choices: ['a'], extra: 1 }], 'answers.0.extra', 'whitelistValidation'],
      [[{ questionId: 'q1', choices: 'a' }], 'answers.0.choices', 'isArray'],
      ['not a list', 'answers', 'isArray'],
    ];
    for (const [answers, field, rule] of cases) {
      const res = await respond(id, login, answers);
      expect([JSON.stringify(answers), res.status]).toEqual([JSON.stringify(answers), 400]);
      expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule })]));
    }
    const missingBody = await bff.request('POST', apiPaths.consultationResponses(id), {}, bearer(login));
    expect(missingBody.status).toBe(400);
    expect(missingBody.body.details[0].field).toBe('answers');
    // Nothing half-saved: after all that, the citizen can still respond once.
    expect((await respond(id, login, [{ questionId: 'q1', choices: ['b'] }])).status).toBe(201);
  });

  it('refuses responses before opening and after closing in plain words, and without signing in', async () => {
    const login = await citizen();
    const early = await respond(await consultation('upcoming'), login, GOOD);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('CONSULTATION_NOT_OPEN');
    expect(early.body.message).toMatch(/opens on \d+月\d+日 \d\d:\d\d \(China time\)/);
    const late = await respond(await consultation('closed'), login, GOOD);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('CONSULTATION_CLOSED');
    expect(late.body.message).toMatch(/closed on/);
    const anonymous = await bff.request('POST', apiPaths.consultationResponses(await consultation('open')), { answers: GOOD });
    expect(anonymous.status).toBe(401);
    expect((await respond('no-such-thing', login, GOOD)).status).toBe(404);
  });

  it('publishes results only after closing: counts per option, free text counted but never shown', async () => {
    const id = await consultation('open');
    const before = await bff.get(apiPaths.consultationResults(id));
    expect(before.status).toBe(409);
    expect(before.body.code).toBe('RESULTS_NOT_PUBLISHED');
    const secret = '我的电话13800138000';
    const patterns = [
      [{ questionId: 'q1', choices: ['a'] }, { questionId: 'q2', choices: ['a', 'b'] }, { questionId: 'q3', text: secret }],
      [{ questionId: 'q1', choices: ['a'] }, { questionId: 'q2', choices: ['b'] }],
      [{ questionId: 'q1', choices: ['b'] }, { questionId: 'q3', text: '好' }],
    ];
    for (const answers of patterns) expect((await respond(id, await citizen(), answers)).status).toBe(201);
    const stored = await db.getRepository(ConsultationAnswerEntity).findBy({ consultationId: id, questionId: 'q3' });
    expect(stored.map((a) => a.textEnc).join()).not.toContain('13800138000');

    await db.getRepository(ConsultationEntity).update({ id }, { closesAt: new Date(Math.floor(Date.now() / 1000) * 1000 - 1000) });
    const results = await bff.get(apiPaths.consultationResults(id));
    expect(results.status).toBe(200);
    expect(results.headers.get('cache-control')).toBe('public, max-age=30');
    expect(results.body).toMatchObject({
      consultation: { id, state: 'closed' },
      responses: 3,
      adoption: null,
      questions: [
        { questionId: 'q1', answered: 3, options: [{ id: 'a', label: '支持', count: 2 }, { id: 'b', label: '不支持', count: 1 }] },
        { questionId: 'q2', answered: 2, options: [{ id: 'a', count: 1 }, { id: 'b', count: 2 }, { id: 'c', count: 0 }] },
        { questionId: 'q3', kind: 'text', answered: 2, options: [] },
      ],
    });
    expect(JSON.stringify(results.body)).not.toContain('13800138000');
  });

  it("lets only the responsible department's staff publish what was adopted, after closing, audited", async () => {
    const staffLogin = async (departmentId: string) => {
      const username = `t-${randomUUID().slice(0, 12)}`;
      const password = `pw-${randomUUID()}`;
      const id = randomUUID();
      await db.getRepository(StaffAccountEntity).insert({
        id,
        username,
        displayName: '测试员',
        departmentId,
        role: 'handler',
        passwordHash: await new PasswordHasher(bff.config.staff.passwordHashCost).hash(password),
        failedAttempts: 0,
        lockedUntil: null,
        passwordChangedAt: new Date(),
      });
      const res = await bff.request('POST', apiPaths.staffLogin(), { username, password }, { 'x-forwarded-for': newClientIp() });
      expect(res.status).toBe(200);
      return { id, headers: { authorization: `Bearer ${res.body.accessToken}` } };
    };
    const closed = await consultation('closed', 'chengdu-jtj');
    const open = await consultation('open', 'chengdu-jtj');
    const jtj = await staffLogin('chengdu-jtj');
    const other = await staffLogin('chengdu-wuhou');
    const text = '采纳“医院周边短时免费”的建议，写入正式办法第十二条。';
    const publish = (id: string, headers: Record<string, string>, body: unknown = { text }) => bff.request('POST', apiPaths.staffConsultationAdoption(id), body, headers);

    expect((await publish(closed, other.headers)).status).toBe(404);
    expect((await publish(closed, bearer(await citizen()))).status).toBe(401);
    expect((await publish(open, jtj.headers)).body.code).toBe('RESULTS_NOT_PUBLISHED');
    const short = await publish(closed, jtj.headers, { text: '好' });
    expect(short.status).toBe(400);
    expect(short.body.details[0].field).toBe('text');

    const done = await publish(closed, jtj.headers);
    expect(done.status).toBe(200);
    expect(done.body.adoption).toEqual({ text, publishedAt: expect.stringMatching(/\+08:00$/) });
    const publicView = await bff.get(apiPaths.consultationResults(closed));
    expect(publicView.body.adoption.text).toBe(text);
    expect(publicView.body.consultation.adoptionPublished).toBe(true);
    const audit = await db.getRepository(StaffAuditEntity).findBy({ staffId: jtj.id });
    expect(audit.map((e) => e.action)).toEqual(['login.success', 'consultation.adoption.published']);
    expect(audit[1]!.detail).toContain(closed);

    const mine = await bff.get(apiPaths.staffConsultations(), jtj.headers);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining([closed, open, 'chengdu-parking-fees-2026']));
    expect(mine.body.items.every((c: { department: { id: string } }) => c.department.id === 'chengdu-jtj')).toBe(true);
  });

  it('shows the seeded closed consultations with results and adoption, and never seeds in production', async () => {
    const seeded = (await bff.get(apiPaths.consultationResults('chengdu-parking-fees-2026'))).body;
    expect(seeded.responses).toBe(DEMO_CONSULTATIONS.find((c) => c.id === 'chengdu-parking-fees-2026')!.responses);
    expect(seeded.adoption.text).toContain('采纳');
    const q1 = seeded.questions[0];
    expect(q1.options.reduce((n: number, o: { count: number }) => n + o.count, 0)).toBe(seeded.responses);

    const seeder = bff.app.get(ConsultationsSeeder);
    expect(await seeder.seed()).toBe(0);
    const count = await db.getRepository(ConsultationEntity).countBy({ id: 'chengdu-parking-fees-2026' });
    expect(count).toBe(1);

    const production = { ...bff.config, env: 'production' as const };
    const refused = new ConsultationsSeeder(db, new PersonalDataCipher(production), production);
    await expect(refused.seed()).rejects.toThrow(/never seeded in production/);
  });
});
