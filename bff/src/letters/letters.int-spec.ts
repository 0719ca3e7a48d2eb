import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { QUERY_CODE_PATTERN, type SubmitLetterRequest } from '@portal/shared';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { bearer, boundCitizens, PERSONAS, signInBySms } from '../testing/citizens';
import { FIXED_TIME, startBff, startMock, testEnv, type MockProcess, type TestBff } from '../testing/harness';
import { LetterWorkflowService, type StaffActor } from './letter-workflow.service';
import { LettersClock } from './letters.clock';
import { PremierForwardingService } from './premier-forwarding.service';
import { TrackingNumbers } from './tracking-numbers';

const LETTER: SubmitLetterRequest = {
  type: 'suggestion',
  topic: 'transport',
  departmentId: 'chengdu-jtj',
  title: '建议延长地铁末班车时间',
  content: '成都地铁部分线路末班车较早，建议周末延长运营时间，方便夜间出行的市民。',
  contactPhone: '13800138000',
  publishable: true,
  anonymousInPublic: false,
};

let keys = 0;
const key = (): string => `letter-key-${Date.now()}-${++keys}`;

describe('letters: write, follow, answer, rate, publish', () => {
  let mock: MockProcess;
  let bff: TestBff;
  let ds: DataSource;
  let workflow: LetterWorkflowService;
  let clock: LettersClock;
  let phones = 0;
  const citizen = boundCitizens(() => ({ bff, mock, phone: `1370009${String(++phones).padStart(4, '0')}` }));
  const jtj: StaffActor = { id: '00000000-0000-4000-8000-000000000001', departmentId: 'chengdu-jtj' };
  const wuhou: StaffActor = { id: '00000000-0000-4000-8000-000000000002', departmentId: 'chengdu-wuhou' };

  const submit = async (who: { accessToken: string; ip?: string }, body: object, k = key(), city = 'chengdu') =>
    bff.request('POST', `/api/v1/cities/${city}/letters`, body, { ...bearer(who), 'idempotency-key': k });
  const idOf = async (trackingNo: string): Promise<string> => ((await ds.query('SELECT id FROM letters WHERE tracking_no = ?', [trackingNo])) as { id: string }[])[0]!.id;
  const figures = async (departmentId: string) => {
    const res = await bff.get('/api/v1/cities/chengdu/departments?fresh=' + Math.random());
    return res.body.departments.find((d: { id: string }) => d.id === departmentId).figures;
  };

  beforeAll(async () => {
    mock = await startMock();
    bff = await startBff(testEnv(mock.url, { TRUST_PROXY: 'true', UPSTREAM_CACHE: 'off' }));
    ds = bff.app.get(DataSource);
    workflow = bff.app.get(LetterWorkflowService);
    clock = bff.app.get(LettersClock);
    clock.set(new Date(FIXED_TIME));
  });

  afterAll(async () => {
    await bff?.close();
    await mock?.stop();
  });

  it('answers a tracking number, a query code and what happens next with the dates, and finds the letter by both', async () => {
    const zhang = await citizen(PERSONAS.zhangWei);
    const res = await submit(zhang, LETTER);
    expect(res.status).toBe(201);
    expect(res.body.trackingNo).toMatch(/^CD20260302\d{6}$/);
    expect(res.body.queryCode).toMatch(QUERY_CODE_PATTERN);
    expect(res.body).toMatchObject({ status: 'received', department: { id: 'chengdu-jtj' }, deadlines: { acceptBy: '2026-03-23', answerBy: '2026-05-28', extendedTo: null } });
    expect(res.body.nextSteps[0].zh).toContain('2026-03-23');
    expect(res.body.nextSteps[0].en).toContain('by 2026-03-23');

    const found = await bff.get(`/api/v1/letters/${res.body.trackingNo}?code=${res.body.queryCode}`, { 'x-forwarded-for': zhang.ip });
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ trackingNo: res.body.trackingNo, status: 'received', contactPhone: '138****8000', canRate: false, title: LETTER.title });
    expect(found.body.timeline.map((e: { kind: string }) => e.kind)).toEqual(['received']);

    const wrong = await bff.get(`/api/v1/letters/${res.body.trackingNo}?code=AAAAAA`);
    const unknown = await bff.get(`/api/v1/letters/CD20260302999999?code=${res.body.queryCode}`);
    const none = await bff.get(`/api/v1/letters/${res.body.trackingNo}`);
    for (const r of [wrong, unknown, none]) {
      expect(r.status).toBe(404);
      expect(r.body.message).toBe(wrong.body.message);
    }
    // Stored: the query code only as a keyed hash, the name and phone only encrypted.
    const [row] = (await ds.query('SELECT query_code_hash, writer_name_enc, contact_phone_enc FROM letters WHERE tracking_no = ?', [res.body.trackingNo])) as Record<string, string>[];
    expect(JSON.stringify(row)).not.toContain(res.body.queryCode);
    expect(JSON.stringify(row)).not.toContain('13800138000');
    expect(JSON.stringify(row)).not.toContain('张伟');
  });

  it('limits inquiries per client', async () => {
    const ip = '10.99.0.1';
    let last = 0;
    for (let i = 0; i < 21; i++) last = (await bff.get(`/api/v1/letters/CD20260302000000?code=AAAAAA`, { 'x-forwarded-for': ip })).status;
    expect(last).toBe(429);
  });

  it("lists my letters and shows another citizen's number as not found", async () => {
    const zhang = await citizen(PERSONAS.zhangWei);
    const wang = await citizen(PERSONAS.wangFang);
    const mine = await submit(zhang, { ...LETTER, title: '我的信件列表测试' });
    const list = await bff.get('/api/v1/me/letters', bearer(zhang));
    expect(list.status).toBe(200);
    expect(list.body.letters.map((l: { trackingNo: string }) => l.trackingNo)).toContain(mine.body.trackingNo);
    expect((await bff.get(`/api/v1/me/letters/${mine.body.trackingNo}`, bearer(zhang))).status).toBe(200);
    const theirs = await bff.get(`/api/v1/me/letters/${mine.body.trackingNo}`, bearer(wang));
    expect(theirs.status).toBe(404);
    expect((await bff.get('/api/v1/me/letters', bearer(wang))).body.letters.map((l: { trackingNo: string }) => l.trackingNo)).not.toContain(mine.body.trackingNo);
    expect((await bff.request('POST', `/api/v1/me/letters/${mine.body.trackingNo}/rating`, { level: 5 }, bearer(wang))).status).toBe(404);
  });

  it('needs a real-name binding and an Idempotency-Key', async () => {
    const unbound = await signInBySms(bff, mock, '13700098001');
    const res = await submit(unbound, LETTER);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('IDENTITY_NOT_VERIFIED');
    const zhang = await citizen(PERSONAS.zhangWei);
    const noKey = await bff.request('POST', '/api/v1/cities/chengdu/letters', LETTER, bearer(zhang));
    expect(noKey.status).toBe(400);
    expect(noKey.body.details[0].field).toBe('Idempotency-Key');
    expect((await bff.request('POST', '/api/v1/cities/chengdu/letters', LETTER)).status).toBe(401);
  });

  it('answers a retry with the same key with the same letter and stores it once; a different letter under that key is a 422', async () => {
    const zhang = await citizen(PERSONAS.zhangWei);
    const k = key();
    const [a, b] = await Promise.all([submit(zhang, LETTER, k), submit(zhang, LETTER, k)]);
    const c = await submit(zhang, LETTER, k);
    expect([a.status, b.status, c.status]).toEqual([201, 201, 201]);
    expect(new Set([a.body.trackingNo, b.body.trackingNo, c.body.trackingNo]).size).toBe(1);
    expect(c.body.queryCode).toBe(a.body.queryCode);
    const [{ n }] = (await ds.query('SELECT COUNT(*) AS n FROM letters WHERE idempotency_key = ?', [k])) as { n: number }[];
    expect(Number(n)).toBe(1);
    const other = await submit(zhang, { ...LETTER, title: '另一封信的标题' }, k);
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('stores 50 concurrent letters with distinct keys, each with its own tracking number and first event', async () => {
    const wang = await citizen(PERSONAS.wangFang);
    const before = (await figures('chengdu-jtj')).received;
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => submit(wang, { ...LETTER, title: `并发提交的第${i}封信` })));
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(201));
    const numbers = new Set(results.map((r) => r.body.trackingNo));
    expect(numbers.size).toBe(50);
    const rows = (await ds.query(
      `SELECT l.tracking_no, COUNT(e.id) AS events FROM letters l JOIN letter_events e ON e.letter_id = l.id WHERE l.title LIKE '并发提交的第%' GROUP BY l.tracking_no`,
    )) as { tracking_no: string; events: number }[];
    expect(rows).toHaveLength(50);
    expect(rows.every((r) => Number(r.events) === 1 && numbers.has(r.tracking_no))).toBe(true);
    expect((await figures('chengdu-jtj')).received).toBe(before + 50);
  });

  it('draws another tracking number at once when the one drawn was taken earlier the same day', async () => {
    const wang = await citizen(PERSONAS.wangFang);
    const numbers = bff.app.get(TrackingNumbers);
    const first = await submit(wang, LETTER);
    expect(first.status).toBe(201);
    const draw = numbers.next.bind(numbers);
    const drawn: string[] = [];
    // The next draws: the number just used (a clash), then a fresh one.
    numbers.next = (city, day) => {
      const next = drawn.length === 0 ? first.body.trackingNo : draw(city, day);
      drawn.push(next);
      return next;
    };
    try {
      const started = Date.now();
      const second = await submit(wang, LETTER);
      expect(second.status).toBe(201);
      expect(drawn).toHaveLength(2);
      expect(second.body.trackingNo).toBe(drawn[1]);
      expect(second.body.trackingNo).not.toBe(first.body.trackingNo);
      // No waiting for a "twin" with the same key: a clash of numbers is not a retry of the same letter.
      expect(Date.now() - started).toBeLessThan(1_000);
    } finally {
      numbers.next = draw;
    }
  });

  it('keeps HTML and script as the plain text that was written', async () => {
    const zhang = await citizen(PERSONAS.zhangWei);
    const title = '<script>alert("x")</script>标题';
    const content = '<img src=x onerror=alert(1)> & <b>加粗</b> 内容至少十个字符';
    const res = await submit(zhang, { ...LETTER, title, content });
    expect(res.status).toBe(201);
    const view = await bff.get(`/api/v1/me/letters/${res.body.trackingNo}`, bearer(zhang));
    expect(view.body.title).toBe(title);
    expect(view.body.content).toBe(content);
  });

  it('keeps a place typed without coordinates, and one picked on the map with them', async () => {
    const zhang = await citizen(PERSONAS.zhangWei);
    const typed = await submit(zhang, { ...LETTER, location: { address: '武侯区天府大道北段1号附近' } });
    expect(typed.status).toBe(201);
    const picked = await submit(zhang, { ...LETTER, location: { latitude: 30.6587, longitude: 104.0657, address: '天府广场' } });
    expect(picked.status).toBe(201);
    const seen = async (no: string) => (await bff.get(`/api/v1/me/letters/${no}`, bearer(zhang))).body.location;
    expect(await seen(typed.body.trackingNo)).toEqual({ latitude: null, longitude: null, address: '武侯区天府大道北段1号附近' });
    expect(await seen(picked.body.trackingNo)).toEqual({ latitude: 30.6587, longitude: 104.0657, address: '天府广场' });
  });

  it('names each bad field', async () => {
    const zhang = await citizen(PERSONAS.zhangWei);
    const cases: [string, Record<string, unknown>][] = [
      ['type', { type: 'rumour' }],
      ['topic', { topic: 'weather' }],
      ['departmentId', { departmentId: 'shanghai-jtw' }],
      ['departmentId', { departmentId: undefined }],
      ['title', { title: '短' }],
      ['title', { title: '长'.repeat(51) }],
      ['content', { content: '太短了' }],
      ['content', { content: '字'.repeat(2001) }],
      ['contactPhone', { contactPhone: '12345' }],
      ['location.latitude', { location: { latitude: 91, longitude: 104, address: '武侯区' } }],
      ['location.longitude', { location: { latitude: 30, longitude: -181, address: '武侯区' } }],
      ['location.address', { location: { latitude: 30, longitude: 104, address: '' } }],
      ['location.longitude', { location: { latitude: 30, address: '武侯区' } }],
      ['photoIds', { photoIds: ['a', 'b', 'c', 'd'] }],
      ['photoIds', { photoIds: ['00000000-0000-4000-8000-00000000abcd'] }],
      ['publishable', { publishable: 'yes' }],
      ['anonymousInPublic', { anonymousInPublic: undefined }],
      ['channel', { channel: 'mayor' }],
      ['surprise', { surprise: 1 }],
    ];
    for (const [field, change] of cases) {
      const res = await submit(zhang, { ...LETTER, ...change });
      expect([res.status, field]).toEqual([400, field]);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    const [{ n }] = (await ds.query("SELECT COUNT(*) AS n FROM letters WHERE title = '短'")) as { n: number }[];
    expect(Number(n)).toBe(0);
  });

  it('strips EXIF and GPS from an uploaded photo, refuses what is not an image or too large, and attaches it once', async () => {
    const zhang = await citizen(PERSONAS.zhangWei);
    const wang = await citizen(PERSONAS.wangFang);
    const withGps = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 30, b: 30 } } })
      .jpeg()
      .withExif({ IFD0: { Make: 'PhoneMaker', Model: 'Pocket 9' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 39/1 31/1', GPSLongitudeRef: 'E', GPSLongitude: '104/1 3/1 56/1' } })
      .toBuffer();
    expect((await sharp(withGps).metadata()).exif).toBeDefined();

    const upload = (who: { accessToken: string; ip?: string }, bytes: Buffer, name: string, type: string, field = 'photo') => {
      const form = new FormData();
      form.append(field, new Blob([new Uint8Array(bytes)], { type }), name);
      return fetch(`${bff.url}/api/v1/letters/photos`, { method: 'POST', headers: bearer(who), body: form }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
    };
    const up = await upload(zhang, withGps, 'IMG_0001.jpg', 'image/jpeg');
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ width: 64, height: 48 });

    const back = await fetch(`${bff.url}/api/v1/letters/photos/${up.body.photoId}`, { headers: bearer(zhang) });
    expect(back.status).toBe(200);
    expect(back.headers.get('content-type')).toBe('image/jpeg');
    const stored = Buffer.from(await back.arrayBuffer());
    const meta = await sharp(stored).metadata();
    expect(meta.exif).toBeUndefined();
    expect(stored.includes(Buffer.from('PhoneMaker'))).toBe(false);
    expect((await fetch(`${bff.url}/api/v1/letters/photos/${up.body.photoId}`, { headers: bearer(wang) })).status).toBe(404);

    const text = await upload(zhang, Buffer.from('<html>not an image</html>'), 'photo.jpg', 'image/jpeg');
    expect(text.status).toBe(415);
    expect(text.body.details[0].field).toBe('photo');
    const big = await upload(zhang, Buffer.concat([withGps, Buffer.alloc(5 * 1024 * 1024)]), 'big.jpg', 'image/jpeg');
    expect(big.status).toBe(413);
    expect(big.body.details[0].field).toBe('photo');

    expect((await submit(wang, { ...LETTER, photoIds: [up.body.photoId] })).status).toBe(400);
    const sent = await submit(zhang, { ...LETTER, photoIds: [up.body.photoId] });
    expect(sent.status).toBe(201);
    expect((await bff.get(`/api/v1/me/letters/${sent.body.trackingNo}`, bearer(zhang))).body.photoIds).toEqual([up.body.photoId]);
    const again = await submit(zhang, { ...LETTER, photoIds: [up.body.photoId] });
    expect(again.status).toBe(400);
    expect(again.body.details[0].field).toBe('photoIds');
  });

  it('moves a case through its workflow, only within its department, and the figures follow the answer and the rating', async () => {
    const zhang = await citizen(PERSONAS.zhangWei);
    const res = await submit(zhang, { ...LETTER, title: '公交站台雨棚破损' });
    const id = await idOf(res.body.trackingNo);
    const before = await figures('chengdu-jtj');

    await expect(workflow.accept(id, wuhou)).rejects.toMatchObject({ status: 404 });
    await expect(workflow.answer(id, jtj, 'supported', '已修复')).rejects.toMatchObject({ status: 409, code: 'LETTER_STATE_CONFLICT' });
    const accepted = await workflow.accept(id, jtj);
    expect(accepted).toMatchObject({ status: 'accepted', writerName: '张伟', writerPhone: '13800138000' });
    // 60 working days from Monday 2 March, across Qingming (4-6 April) and Labour Day (1-5 May, make-up Saturday 9 May).
    expect(accepted.deadlines.answerBy).toBe('2026-05-28');
    await expect(workflow.accept(id, jtj)).rejects.toMatchObject({ status: 409 });
    await expect(workflow.extend(id, jtj, 31, '情况复杂需要现场勘查')).rejects.toMatchObject({ status: 400 });
    const extended = await workflow.extend(id, jtj, 10, '情况复杂需要现场勘查');
    expect(extended.deadlines.extendedTo).toBe('2026-06-11');
    await expect(workflow.extend(id, jtj, 5, '再次延期的理由')).rejects.toMatchObject({ status: 409 });
    await expect(workflow.publish(id, jtj, { title: '公交站台雨棚', content: '市民反映公交站台雨棚破损。', answer: '已修复' })).rejects.toMatchObject({ status: 409 });

    const answered = await workflow.answer(id, jtj, 'supported', '经核实，雨棚已于3月5日修复。');
    expect(answered.status).toBe('answered');
    const after = await figures('chengdu-jtj');
    expect(after.answered).toBe(before.answered + 1);
    expect(after.medianDaysToAnswer).not.toBeNull();
    expect(after.answeredOnTimeShare).not.toBeNull();

    const view = await bff.get(`/api/v1/me/letters/${res.body.trackingNo}`, bearer(zhang));
    expect(view.body).toMatchObject({ status: 'answered', canRate: true, canRequestReexamination: true, answer: { outcome: 'supported', department: { id: 'chengdu-jtj' } } });
    expect(view.body.timeline.map((e: { kind: string }) => e.kind)).toEqual(['received', 'accepted', 'extended', 'answered']);

    const rated = await bff.request('POST', `/api/v1/me/letters/${res.body.trackingNo}/rating`, { level: 2, comment: '修得太慢' }, bearer(zhang));
    expect(rated.status).toBe(200);
    expect(rated.body).toMatchObject({ status: 'closed', rating: { level: 2 }, canRate: false, canRequestReexamination: true });
    expect((await bff.request('POST', `/api/v1/me/letters/${res.body.trackingNo}/rating`, { level: 5 }, bearer(zhang))).body.code).toBe('ALREADY_RATED');
    const rated2 = await figures('chengdu-jtj');
    expect(rated2.ratings).toBe(before.ratings + 1);
    expect(rated2.satisfaction).not.toBeNull();

    const noReason = await bff.request('POST', `/api/v1/me/letters/${res.body.trackingNo}/reexamination`, {}, bearer(zhang));
    expect(noReason.status).toBe(400);
    expect(noReason.body.details[0].field).toBe('reason');
    const reexam = await bff.request('POST', `/api/v1/me/letters/${res.body.trackingNo}/reexamination`, { reason: '雨棚仍然漏雨，请再次核查' }, bearer(zhang));
    expect(reexam.status).toBe(200);
    expect(reexam.body).toMatchObject({ status: 'reexamining', deadlines: { reexaminationBy: '2026-04-14' }, canRequestReexamination: false });
    expect((await bff.request('POST', `/api/v1/me/letters/${res.body.trackingNo}/reexamination`, { reason: '再次申请复查' }, bearer(zhang))).status).toBe(409);
    const closed = await workflow.answer(id, jtj, 'explained', '复查后已更换整个雨棚。');
    expect(closed).toMatchObject({ status: 'closed', reexaminationAnswer: { outcome: 'explained' } });
    expect((await figures('chengdu-jtj')).answered).toBe(before.answered + 1);
  });

  it('declines with a reason, transfers to another department, merges a duplicate, and escalates what is overdue', async () => {
    const zhang = await citizen(PERSONAS.zhangWei);
    const ids = await Promise.all([1, 2, 3, 4].map(async (i) => idOf((await submit(zhang, { ...LETTER, title: `流转测试信件${i}` })).body.trackingNo)));
    await expect(workflow.decline(ids[0]!, jtj, '短')).rejects.toMatchObject({ status: 400 });
    expect((await workflow.decline(ids[0]!, jtj, '不属于本部门职责范围')).status).toBe('declined');

    await expect(workflow.transfer(ids[1]!, jtj, 'shanghai-jtw', '转交上海')).rejects.toMatchObject({ status: 400 });
    const moved = await workflow.transfer(ids[1]!, jtj, 'chengdu-wuhou', '属地管理，转武侯区办理');
    expect(moved).toMatchObject({ status: 'received', department: { id: 'chengdu-wuhou' } });
    await expect(workflow.view(ids[1]!, jtj)).rejects.toMatchObject({ status: 404 });
    expect((await workflow.accept(ids[1]!, wuhou)).status).toBe('accepted');

    const into = (await workflow.view(ids[2]!, jtj)).trackingNo;
    const merged = await workflow.merge(ids[3]!, jtj, into);
    expect(merged).toMatchObject({ status: 'merged', mergedInto: into });

    // Three weeks and a day later the unaccepted case is overdue: escalated once, with an event.
    const inbox = await workflow.inbox(jtj);
    expect(inbox.items.some((i) => i.id === ids[2])).toBe(true);
    clock.set(new Date('2026-03-24T09:00:00+08:00'));
    try {
      const flagged = await workflow.escalateOverdue(clock.now());
      expect(flagged).toContain(ids[2]);
      expect(await workflow.escalateOverdue(clock.now())).not.toContain(ids[2]);
      const overdueInbox = await workflow.inbox(jtj, { overdue: true });
      expect(overdueInbox.items[0]).toMatchObject({ overdue: true, escalated: true, dueBy: '2026-03-23' });
      expect(overdueInbox.counts.overdue).toBeGreaterThan(0);
      expect((await workflow.view(ids[2]!, jtj)).timeline.map((e) => e.kind)).toContain('escalated');
    } finally {
      clock.set(new Date(FIXED_TIME));
    }
  });

  it('publishes only what the writer allowed, and pages the public board newest first with filters', async () => {
    const zhang = await citizen(PERSONAS.zhangWei);
    const publish = async (title: string, topic: SubmitLetterRequest['topic'], extra: Partial<SubmitLetterRequest> = {}) => {
      const id = await idOf((await submit(zhang, { ...LETTER, title, topic, ...extra })).body.trackingNo);
      const staff = { ...jtj, departmentId: extra.departmentId ?? 'chengdu-jtj' };
      await workflow.accept(id, staff);
      await workflow.answer(id, staff, 'explained', '已答复：感谢您的建议。');
      return { id, staff };
    };
    const marker = `站点${Date.now() % 100000}`;
    const published: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { id, staff } = await publish(`公开信件${i}`, i % 2 ? 'environment' : 'transport');
      clock.set(new Date(new Date(FIXED_TIME).getTime() + (i + 1) * 60_000));
      const v = await workflow.publish(id, staff, { title: `公开信件${i}${marker}`, content: `关于${marker}的公交线路调整建议第${i}号`, answer: '已答复' });
      published.push(v.trackingNo);
    }
    const anonymous = await publish('匿名公开信件', 'transport', { anonymousInPublic: true });
    clock.set(new Date(new Date(FIXED_TIME).getTime() + 6 * 60_000));
    await workflow.publish(anonymous.id, anonymous.staff, { title: `匿名信件${marker}`, content: `匿名信件内容${marker}关于公交`, answer: '已答复' });
    const notAllowed = await publish('不允许公开的信件', 'transport', { publishable: false });
    await expect(workflow.publish(notAllowed.id, notAllowed.staff, { title: '不应公开', content: '不应公开的内容不应公开', answer: '不应公开' })).rejects.toMatchObject({ status: 409 });
    clock.set(new Date(FIXED_TIME));

    const page1 = await bff.get(`/api/v1/cities/chengdu/letters/public?q=${encodeURIComponent(marker)}&limit=2`);
    expect(page1.status).toBe(200);
    expect(page1.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.items[0]).toMatchObject({ writer: '匿名', department: { id: 'chengdu-jtj' } });
    expect(page1.body.items[1]).toMatchObject({ trackingNo: published[4], writer: '张*', answer: { outcome: 'explained', text: '已答复' } });
    const seen = [...page1.body.items];
    let cursor = page1.body.nextCursor;
    while (cursor) {
      const page = await bff.get(`/api/v1/cities/chengdu/letters/public?q=${encodeURIComponent(marker)}&limit=2&cursor=${cursor}`);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    expect(seen.map((l) => l.trackingNo).slice(1)).toEqual([...published].reverse());
    expect(JSON.stringify(seen)).not.toContain('13800138000');
    expect(JSON.stringify(seen)).not.toContain('张伟');

    const env = await bff.get(`/api/v1/cities/chengdu/letters/public?q=${encodeURIComponent(marker)}&topic=environment`);
    expect(env.body.items.map((l: { trackingNo: string }) => l.trackingNo)).toEqual([published[3], published[1]]);
    expect((await bff.get(`/api/v1/cities/chengdu/letters/public?q=${encodeURIComponent(marker)}&departmentId=chengdu-wuhou`)).body.items).toEqual([]);
    expect((await bff.get(`/api/v1/cities/shanghai/letters/public?q=${encodeURIComponent(marker)}`)).body.items).toEqual([]);
    for (const [query, field] of [['limit=51', 'limit'], ['topic=weather', 'topic'], ['cursor=bm9wZQ', 'cursor'], ['departmentId=shanghai-jtw', 'departmentId']]) {
      const bad = await bff.get(`/api/v1/cities/chengdu/letters/public?${query}`);
      expect([bad.status, bad.body.details?.[0]?.field]).toEqual([400, field]);
    }

    const similar = await bff.get(`/api/v1/cities/chengdu/letters/similar?departmentId=chengdu-jtj&topic=environment&text=${encodeURIComponent(`${marker}的公交线路调整`)}`);
    expect(similar.status).toBe(200);
    expect(similar.body.items.map((l: { trackingNo: string }) => l.trackingNo).sort()).toEqual([published[1], published[3]].sort());
  });

  it('forwards a letter to the Premier after it is stored, again once the channel is back, and follows its answer', async () => {
    const zhang = await citizen(PERSONAS.zhangWei);
    await mock.control('PUT', '/faults/gov-message', { errorRate: 1 });
    let res;
    try {
      res = await submit(zhang, { ...LETTER, channel: 'premier', departmentId: undefined, title: '给总理的一句话' });
      expect(res.status).toBe(201);
      expect(res.body.department).toBeNull();
      await new Promise((r) => setTimeout(r, 300));
      const stored = await bff.get(`/api/v1/letters/${res.body.trackingNo}?code=${res.body.queryCode}`);
      expect(stored.body.status).toBe('received');
      expect(stored.body.timeline.map((e: { kind: string }) => e.kind)).toEqual(['received']);
    } finally {
      await mock.control('DELETE', '/faults');
    }
    expect(await bff.app.get(PremierForwardingService).retryPending()).toBeGreaterThanOrEqual(1);
    const messages = (await mock.control('GET', `/gov-message/messages?wbbh=${res.body.trackingNo}`)) as { messages: { lybh: string; xm: string; lylx: string }[] };
    expect(messages.messages).toHaveLength(1);
    expect(messages.messages[0]).toMatchObject({ xm: '张伟', lylx: '02' });
    const forwarded = await bff.get(`/api/v1/me/letters/${res.body.trackingNo}`, bearer(zhang));
    expect(forwarded.body.timeline.map((e: { kind: string }) => e.kind)).toEqual(['received', 'forwarded']);

    await mock.control('POST', `/gov-message/${messages.messages[0]!.lybh}/reply`, { text: '您的建议已转有关部门研究。', unit: '国务院办公厅' });
    const answered = await bff.get(`/api/v1/letters/${res.body.trackingNo}?code=${res.body.queryCode}`);
    expect(answered.body).toMatchObject({ status: 'answered', answer: { text: '您的建议已转有关部门研究。' } });
    expect(answered.body.timeline.at(-1)).toMatchObject({ kind: 'answered', note: '国务院办公厅' });
  });
});
