import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PRIVACY_NOTICE_VERSION } from '@portal/shared';
import { DataSource } from 'typeorm';
import { bearer, PERSONAS, signInBySms } from '../testing/citizens';
import { startBff, startMock, testEnv, type MockProcess, type TestBff } from '../testing/harness';

describe('me: privacy, real-name binding, family, deletion', () => {
  let mock: MockProcess;
  let bff: TestBff;
  const logs: string[] = [];
  let phones = 13500000000;
  const newPhone = () => String(++phones);

  beforeAll(async () => {
    mock = await startMock();
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString('utf8'));
        done();
      },
    });
    bff = await startBff(testEnv(mock.url, { TRUST_PROXY: 'true', LOG_LEVEL: 'debug' }), { logDestination: sink });
  });

  afterAll(async () => {
    await bff?.close();
    await mock?.stop();
  });

  async function citizenWithPrivacy() {
    const login = await signInBySms(bff, mock, newPhone());
    const accepted = await bff.request('POST', '/api/v1/me/privacy', { version: PRIVACY_NOTICE_VERSION }, bearer(login));
    expect(accepted.status).toBe(200);
    return login;
  }

  it('asks for the privacy notice before any personal data is used', async () => {
    const login = await signInBySms(bff, mock, newPhone());
    const me = await bff.get('/api/v1/me', bearer(login));
    expect(me.body).toMatchObject({ identity: null, family: [], privacy: { acceptedVersion: null, currentVersion: PRIVACY_NOTICE_VERSION } });
    const bind = await bff.request('POST', '/api/v1/me/identity', { name: '王芳', idNumber: PERSONAS.wangFang.idNumber }, bearer(login));
    expect(bind.status).toBe(403);
    expect(bind.body.code).toBe('PRIVACY_NOT_ACCEPTED');
    const old = await bff.request('POST', '/api/v1/me/privacy', { version: '2020-01' }, bearer(login));
    expect(old.status).toBe(400);
    expect(old.body.details[0].field).toBe('version');
  });

  it('binds a real name after the public-security check and shows it only masked; stores it only encrypted', async () => {
    const login = await citizenWithPrivacy();
    const { name, idNumber } = PERSONAS.zhangWei;
    const bound = await bff.request('POST', '/api/v1/me/identity', { name, idNumber }, bearer(login));
    expect(bound.status).toBe(200);
    expect(bound.body.identity).toEqual({ name: '张*', idNumber: '310104********0015', verifiedAt: expect.any(String) });
    expect(JSON.stringify(bound.body)).not.toContain(idNumber);

    const [row] = await bff.app.get(DataSource).query('SELECT * FROM users WHERE id = ?', [login.userId]);
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(idNumber);
    expect(stored).not.toContain('310104');
    expect(stored).not.toContain(name);
    expect(stored).not.toContain(PERSONAS.zhangWei.phone.slice(3));

    const twice = await bff.request('POST', '/api/v1/me/identity', { name, idNumber }, bearer(await citizenWithPrivacy()));
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('IDENTITY_ALREADY_BOUND');
  });

  it.each([
    ['31010419850615001', '18 characters'],
    ['3101041985061500AX', 'only the last character'],
    ['310104198502300015', 'real date of birth'],
    ['310104198506150016', 'typing mistake'],
  ])('names the mistake in %s plainly (%s)', async (idNumber, words) => {
    const res = await bff.request('POST', '/api/v1/me/identity', { name: '张伟', idNumber }, bearer(await citizenWithPrivacy()));
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'idNumber', rule: 'isIdentityNumber', message: expect.stringContaining(words) })]);
  });

  it('refuses a name that does not match the number, naming both fields', async () => {
    const res = await bff.request('POST', '/api/v1/me/identity', { name: '李四', idNumber: PERSONAS.wangFang.idNumber }, bearer(await citizenWithPrivacy()));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('IDENTITY_MISMATCH');
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['idNumber', 'name']);
  });

  it('keeps family members per citizen: another citizen can neither see nor remove them (404)', async () => {
    const parent = await citizenWithPrivacy();
    const added = await bff.request('POST', '/api/v1/me/family', { ...PERSONAS.zhangXiaoyu, relation: 'child' }, bearer(parent));
    expect(added.status).toBe(201);
    expect(added.body).toEqual({ id: expect.any(String), relation: 'child', identity: { name: '张**', idNumber: '310104********0022', verifiedAt: expect.any(String) } });
    expect((await bff.request('POST', '/api/v1/me/family', { ...PERSONAS.zhangXiaoyu, relation: 'child' }, bearer(parent))).status).toBe(409);

    const stranger = await citizenWithPrivacy();
    expect((await bff.get('/api/v1/me/family', bearer(stranger))).body.members).toEqual([]);
    const steal = await bff.request('DELETE', `/api/v1/me/family/${added.body.id}`, undefined, bearer(stranger));
    expect(steal.status).toBe(404);
    expect(steal.body.code).toBe('NOT_FOUND');
    expect((await bff.get('/api/v1/me/family', bearer(parent))).body.members).toHaveLength(1);

    expect((await bff.request('DELETE', '/api/v1/me/family/not-a-uuid', undefined, bearer(parent))).status).toBe(404);
    expect((await bff.request('DELETE', `/api/v1/me/family/${added.body.id}`, undefined, bearer(parent))).status).toBe(204);
    expect((await bff.get('/api/v1/me/family', bearer(parent))).body.members).toEqual([]);
  });

  it('names a bad relation', async () => {
    const res = await bff.request('POST', '/api/v1/me/family', { ...PERSONAS.liuYinuo, relation: 'cousin' }, bearer(await citizenWithPrivacy()));
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('relation');
  });

  it('deletes everything held on request, for good, and ends the session', async () => {
    const login = await citizenWithPrivacy();
    await bff.request('POST', '/api/v1/me/identity', { name: PERSONAS.liuYang.name, idNumber: PERSONAS.liuYang.idNumber }, bearer(login));
    await bff.request('POST', '/api/v1/me/family', { ...PERSONAS.liuYinuo, relation: 'child' }, bearer(login));
    const letter = await bff.request(
      'POST',
      '/api/v1/cities/chengdu/letters',
      {
        type: 'consultation',
        topic: 'education',
        departmentId: 'chengdu-jyj',
        title: '咨询入学报名时间',
        content: '请问今年小学一年级入学报名从哪天开始，需要准备哪些材料？',
        contactPhone: '13800028004',
        publishable: false,
        anonymousInPublic: true,
      },
      { ...bearer(login), 'idempotency-key': 'me-delete-letter' },
    );
    expect(letter.status).toBe(201);
    // What is held is listed (the letter's "received" notice arrives just after the commit).
    let held = (await bff.get('/api/v1/me', bearer(login))).body.held;
    for (let i = 0; i < 40 && held.messages < 1; i++) {
      await new Promise((r) => setTimeout(r, 50));
      held = (await bff.get('/api/v1/me', bearer(login))).body.held;
    }
    expect(held).toEqual({ letters: 1, messages: 1, consultationResponses: 0, appointments: 0, payments: 0, ratings: 0 });
    expect((await bff.request('DELETE', '/api/v1/me', undefined, bearer(login))).status).toBe(204);

    const db = bff.app.get(DataSource);
    for (const table of ['users', 'family_members', 'sessions', 'letters', 'inbox_messages']) {
      const column = table === 'users' ? 'id' : table === 'letters' ? 'citizen_id' : 'user_id';
      const rows: unknown[] = await db.query(`SELECT * FROM ${table} WHERE ${column} = ?`, [login.userId]);
      expect(rows).toEqual([]);
    }
    expect((await bff.get('/api/v1/me', bearer(login))).status).toBe(401);
    // The identity is free again: the same person can bind it to a new account.
    const fresh = await citizenWithPrivacy();
    expect((await bff.request('POST', '/api/v1/me/identity', { name: PERSONAS.liuYang.name, idNumber: PERSONAS.liuYang.idNumber }, bearer(fresh))).status).toBe(200);
  });

  it('never writes an identity number, a phone number, a token or an SMS code into the logs', async () => {
    const phone = newPhone();
    const login = await signInBySms(bff, mock, phone);
    await bff.request('POST', '/api/v1/me/privacy', { version: PRIVACY_NOTICE_VERSION }, bearer(login));
    await bff.request('POST', '/api/v1/me/identity', { name: PERSONAS.wangFang.name, idNumber: PERSONAS.wangFang.idNumber }, bearer(login));
    await bff.request('POST', '/api/v1/me/identity', { name: '王芳', idNumber: '310115199211030029' }, bearer(login));
    await bff.request('POST', '/api/v1/auth/refresh', { refreshToken: login.refreshToken });
    const all = logs.join('');
    expect(all.length).toBeGreaterThan(1000);
    for (const secret of [phone, PERSONAS.wangFang.idNumber, '310115199211030029', login.accessToken, login.refreshToken, PERSONAS.zhangWei.idNumber]) {
      expect(all).not.toContain(secret);
    }
  });
});
