import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { apiPaths } from '@portal/shared';
import { DataSource, In, type FindOptionsWhere } from 'typeorm';
import { bearer, newClientIp, signInBySms } from '../testing/citizens';
import { startBff, startMock, testEnv, type MockProcess, type TestBff } from '../testing/harness';
import { DemoSeedRefused, demoAccounts, seedDemoStaff } from './demo-staff';
import { PasswordHasher } from './password-hasher';
import { StaffAccountEntity } from './staff-account.entity';
import { StaffAuditEntity } from './staff-audit.entity';

const DEMO_PASSWORD = 'demo-staff-2026';

describe('staff sign-in, tokens and demo accounts', () => {
  let mock: MockProcess;
  let bff: TestBff;
  let db: DataSource;

  beforeAll(async () => {
    mock = await startMock();
    bff = await startBff(testEnv(mock.url, { TRUST_PROXY: 'true' }));
    db = bff.app.get(DataSource);
  });

  afterAll(async () => {
    await bff?.close();
    await mock?.stop();
  });

  const login = (username: string, password: string, ip = newClientIp()) =>
    bff.request('POST', apiPaths.staffLogin(), { username, password }, { 'x-forwarded-for': ip });

  /** A staff account of its own per test (the MariaDB test database outlives a run: no shared lock state). */
  async function newAccount(role: 'handler' | 'supervisor' = 'handler', departmentId = 'chengdu-wuhou') {
    const username = `t-${randomUUID().slice(0, 12)}`;
    const password = `pw-${randomUUID()}`;
    const id = randomUUID();
    await db.getRepository(StaffAccountEntity).insert({
      id,
      username,
      displayName: '测试员',
      departmentId,
      role,
      passwordHash: await new PasswordHasher(bff.config.staff.passwordHashCost).hash(password),
      failedAttempts: 0,
      lockedUntil: null,
      passwordChangedAt: new Date(),
    });
    return { id, username, password };
  }

  const auditOf = (where: FindOptionsWhere<StaffAuditEntity>) => db.getRepository(StaffAuditEntity).find({ where, order: { id: 'ASC' } });

  it('signs a demo handler in and shows who they are; the sign-in is audited with the request id and client address', async () => {
    const ip = newClientIp();
    const requestId = `staff-login-${randomUUID()}`;
    const res = await bff.request('POST', apiPaths.staffLogin(), { username: 'chengdu-wuhou-handler', password: DEMO_PASSWORD }, { 'x-forwarded-for': ip, 'x-request-id': requestId });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toMatchObject({
      expiresIn: 1800,
      staff: { username: 'chengdu-wuhou-handler', role: 'handler', department: { id: 'chengdu-wuhou', city: 'chengdu', name: { zh: '武侯区', en: 'Wuhou District' } } },
    });
    const me = await bff.get(apiPaths.staffMe(), { authorization: `Bearer ${res.body.accessToken}` });
    expect(me.status).toBe(200);
    expect(me.body).toEqual(res.body.staff);
    const entries = await db.getRepository(StaffAuditEntity).find({ where: { requestId } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ staffId: res.body.staff.id, departmentId: 'chengdu-wuhou', action: 'login.success', clientIp: ip, letterId: null });
  });

  it('answers a wrong password and an unknown username alike, and audits both', async () => {
    const account = await newAccount();
    const wrong = await login(account.username, 'not-the-password');
    const unknown = await login(`nobody-${randomUUID().slice(0, 8)}`, 'not-the-password');
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('UNAUTHORIZED');
    }
    expect(wrong.body.message).toBe(unknown.body.message);
    expect(wrong.body.message).toBe('The username or password is not right.');
    expect((await auditOf({ staffId: account.id })).map((e) => e.action)).toEqual(['login.failure']);
    const row = await db.getRepository(StaffAccountEntity).findOneByOrFail({ id: account.id });
    expect(row.failedAttempts).toBe(1);
  });

  it('locks an account for 15 minutes after 5 wrong passwords in a row, even against the right one, and audits the lock', async () => {
    const account = await newAccount();
    for (let i = 1; i <= 4; i++) expect((await login(account.username, `wrong-${i}`)).status).toBe(401);
    const fifth = await login(account.username, 'wrong-5');
    expect(fifth.status).toBe(429);
    expect(fifth.body.code).toBe('RATE_LIMITED');
    expect(fifth.body.message).toMatch(/locked after 5 wrong passwords.*15 minutes/);
    expect(Number(fifth.headers.get('retry-after'))).toBeGreaterThan(890);
    expect(Number(fifth.headers.get('retry-after'))).toBeLessThanOrEqual(900);

    const right = await login(account.username, account.password);
    expect(right.status).toBe(429);
    expect(right.body.message).toBe(fifth.body.message);
    const row = await db.getRepository(StaffAccountEntity).findOneByOrFail({ id: account.id });
    expect(row.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect((await auditOf({ staffId: account.id })).map((e) => e.action)).toEqual([
      ...Array(5).fill('login.failure'),
      'login.locked',
      'login.refused-locked',
    ]);

    // Once the lock has run out, the right password works and the count starts again.
    await db.getRepository(StaffAccountEntity).update({ id: account.id }, { lockedUntil: new Date(Date.now() - 1000) });
    expect((await login(account.username, account.password)).status).toBe(200);
    expect((await db.getRepository(StaffAccountEntity).findOneByOrFail({ id: account.id })).lockedUntil).toBeNull();
  });

  it('a good sign-in resets the count of wrong passwords', async () => {
    const account = await newAccount();
    for (let i = 0; i < 4; i++) await login(account.username, 'wrong');
    expect((await login(account.username, account.password)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(account.username, 'wrong')).status).toBe(401);
  });

  it('locks an unknown username the same way, so a lock does not tell that an account exists', async () => {
    const ghost = `ghost-${randomUUID().slice(0, 8)}`;
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await login(ghost, `wrong-${i}`));
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401, 429, 429]);
    expect(answers[4]!.body.message).toMatch(/locked after 5 wrong passwords/);
  });

  it('limits sign-in attempts per client address and per username, with Retry-After', async () => {
    const ip = newClientIp();
    const fromOneClient = [];
    for (let i = 0; i < 21; i++) fromOneClient.push(await login(`client-limit-${i}-${randomUUID().slice(0, 6)}`, 'x', ip));
    expect(fromOneClient.slice(0, 20).every((r) => r.status === 401)).toBe(true);
    expect(fromOneClient[20]!.status).toBe(429);
    expect(fromOneClient[20]!.body.code).toBe('RATE_LIMITED');
    expect(Number(fromOneClient[20]!.headers.get('retry-after'))).toBeGreaterThan(0);

    // Ten good sign-ins of one account from ten addresses are fine; the eleventh within 5 minutes is not.
    const account = await newAccount();
    for (let i = 0; i < 10; i++) expect((await login(account.username, account.password)).status).toBe(200);
    const eleventh = await login(account.username, account.password);
    expect(eleventh.status).toBe(429);
    expect(eleventh.body.message).toMatch(/Too many attempts/);
    expect(Number(eleventh.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('names the bad field', async () => {
    const missing = await bff.request('POST', apiPaths.staffLogin(), { username: 'chengdu-wuhou-handler' }, { 'x-forwarded-for': newClientIp() });
    expect(missing.status).toBe(400);
    expect([...new Set(missing.body.details.map((d: { field: string }) => d.field))]).toEqual(['password']);
    const extra = await bff.request('POST', apiPaths.staffLogin(), { username: 'a', password: 'b', role: 'supervisor' }, { 'x-forwarded-for': newClientIp() });
    expect(extra.status).toBe(400);
    expect(extra.body.details.map((d: { field: string }) => d.field)).toEqual(['role']);
  });

  it('never takes a citizen token for a staff one, nor a staff token for a citizen one', async () => {
    const citizen = await signInBySms(bff, mock, '13700029101');
    expect((await bff.get(apiPaths.me(), bearer(citizen))).status).toBe(200);
    const withCitizenToken = await bff.get(apiPaths.staffMe(), bearer(citizen));
    expect(withCitizenToken.status).toBe(401);

    const staff = await login('chengdu-wuhou-supervisor', DEMO_PASSWORD);
    expect(staff.status).toBe(200);
    expect((await bff.get(apiPaths.staffMe(), bearer(staff.body))).status).toBe(200);
    const withStaffToken = await bff.get(apiPaths.me(), bearer(staff.body));
    expect(withStaffToken.status).toBe(401);

    expect((await bff.get(apiPaths.staffMe())).status).toBe(401);
    expect((await bff.get(apiPaths.staffMe(), { authorization: 'Bearer not.a.token' })).status).toBe(401);
  });

  it('logout ends the sign-in: the token is refused afterwards', async () => {
    const staff = await login('shanghai-sthj-handler', DEMO_PASSWORD);
    expect(staff.status).toBe(200);
    const auth = { authorization: `Bearer ${staff.body.accessToken}` };
    expect((await bff.request('POST', apiPaths.staffLogout(), undefined, auth)).status).toBe(204);
    const after = await bff.get(apiPaths.staffMe(), auth);
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('SESSION_EXPIRED');
    const entries = await auditOf({ staffId: staff.body.staff.id, action: 'logout' });
    expect(entries.length).toBeGreaterThanOrEqual(1);
  });

  it('documents every staff endpoint in the OpenAPI with the staff bearer scheme, and the login without one', async () => {
    const doc = (await bff.get('/api/docs-json')).body;
    expect(doc.components.securitySchemes['staff-bearer']).toMatchObject({ type: 'http', scheme: 'bearer' });
    const staffBearer = [{ 'staff-bearer': [] }];
    expect(doc.paths['/api/v1/staff/me'].get.security).toEqual(staffBearer);
    expect(doc.paths['/api/v1/staff/auth/logout'].post.security).toEqual(staffBearer);
    expect(doc.paths['/api/v1/staff/letters'].get.security).toEqual(staffBearer);
    expect(doc.paths['/api/v1/staff/letters/{id}'].get.security).toEqual(staffBearer);
    for (const action of ['accept', 'decline', 'transfer', 'merge', 'answer', 'extend', 'publish']) {
      expect(doc.paths[`/api/v1/staff/letters/{id}/${action}`].post.security).toEqual(staffBearer);
    }
    expect(doc.paths['/api/v1/staff/audit'].get.security).toEqual(staffBearer);
    expect(doc.paths['/api/v1/staff/auth/login'].post.security).toBeUndefined();
  });

  it('seeded a handler and a supervisor for the mayor and two departments of each city, idempotently, and never in production', async () => {
    const accounts = db.getRepository(StaffAccountEntity);
    const wanted = demoAccounts();
    expect(wanted).toHaveLength(18);
    for (const city of ['shanghai', 'chengdu', 'yinchuan']) {
      expect(wanted.filter((a) => a.departmentId === `${city}-mayor`).map((a) => a.role).sort()).toEqual(['handler', 'supervisor']);
      expect(new Set(wanted.filter((a) => a.departmentId.startsWith(`${city}-`)).map((a) => a.departmentId)).size).toBe(3);
    }
    const names = wanted.map((a) => a.username);
    expect(await accounts.countBy({ username: In(names) })).toBe(18);

    // Again: nothing new, nothing changed.
    const before = await accounts.find({ where: { username: In(names) }, order: { username: 'ASC' } });
    await expect(seedDemoStaff(accounts, bff.config)).resolves.toBe(0);
    const after = await accounts.find({ where: { username: In(names) }, order: { username: 'ASC' } });
    expect(after.map((a) => [a.id, a.passwordHash])).toEqual(before.map((a) => [a.id, a.passwordHash]));

    // In production it refuses, even with a demo password given, and writes nothing.
    await accounts.delete({ username: 'yinchuan-sthjj-handler' });
    const production = { ...bff.config, env: 'production' as const, staff: { ...bff.config.staff, demoPassword: 'someone-set-it' } };
    await expect(seedDemoStaff(accounts, production)).rejects.toBeInstanceOf(DemoSeedRefused);
    expect(await accounts.countBy({ username: 'yinchuan-sthjj-handler' })).toBe(0);
    await expect(seedDemoStaff(accounts, bff.config)).resolves.toBe(1);
    expect(await accounts.countBy({ username: In(names) })).toBe(18);
  });
});
