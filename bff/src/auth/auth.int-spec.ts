import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startBff, startMock, testEnv, type MockProcess, type TestBff } from '../testing/harness';
import { bearer, lastSmsCode, newClientIp, signInBySms } from '../testing/citizens';

describe('signing in', () => {
  let mock: MockProcess;
  let bff: TestBff;
  let env: Record<string, string | undefined>;
  let phones = 13600000000;
  const newPhone = () => String(++phones);

  beforeAll(async () => {
    mock = await startMock();
    env = testEnv(mock.url, { TRUST_PROXY: 'true' });
    bff = await startBff(env);
  });

  afterAll(async () => {
    await bff?.close();
    await mock?.stop();
  });

  describe('by SMS code', () => {
    it('sends a code through the gateway without ever returning it, then signs in with it', async () => {
      const phone = newPhone();
      const ip = newClientIp();
      const sent = await bff.request('POST', '/api/v1/auth/sms/send', { phone }, { 'x-forwarded-for': ip });
      expect(sent.status).toBe(200);
      expect(sent.body).toEqual({ sentTo: `${phone.slice(0, 3)}****${phone.slice(7)}`, expiresInSeconds: 300, resendAfterSeconds: 60 });
      const code = await lastSmsCode(mock, phone);
      expect(code).toMatch(/^\d{6}$/);
      expect(JSON.stringify(sent.body)).not.toContain(code);

      const login = await bff.request('POST', '/api/v1/auth/sms/verify', { phone, code }, { 'x-forwarded-for': ip });
      expect(login.status).toBe(200);
      expect(login.body).toMatchObject({ tokenType: 'Bearer', isNew: true, accessTokenExpiresIn: 900 });
      const me = await bff.get('/api/v1/me', bearer(login.body));
      expect(me.status).toBe(200);
      expect(me.body.phone).toBe(`${phone.slice(0, 3)}****${phone.slice(7)}`);

      // The code is used up; signing in again needs a new one, and finds the same citizen.
      expect((await bff.request('POST', '/api/v1/auth/sms/verify', { phone, code }, { 'x-forwarded-for': ip })).body.code).toBe('SMS_CODE_EXPIRED');
    });

    it('finds the same citizen on the next sign-in with the same number', async () => {
      const phone = newPhone();
      const first = await signInBySms(bff, mock, phone);
      // A second BFF instance on the same database (one code a minute per number is per instance's counter).
      const other = await startBff({ ...env, LOG_LEVEL: 'silent' }, { keepCitizens: true });
      try {
        const again = await signInBySms(other, mock, phone);
        expect(again).toMatchObject({ isNew: false, userId: first.userId });
      } finally {
        await other.close();
      }
    });

    it('counts wrong codes: says how many tries are left, then locks the code after 5', async () => {
      const phone = newPhone();
      const ip = newClientIp();
      await bff.request('POST', '/api/v1/auth/sms/send', { phone }, { 'x-forwarded-for': ip });
      const right = await lastSmsCode(mock, phone);
      const wrong = right === '000000' ? '111111' : '000000';
      for (let left = 4; left >= 1; left--) {
        const res = await bff.request('POST', '/api/v1/auth/sms/verify', { phone, code: wrong }, { 'x-forwarded-for': ip });
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('SMS_CODE_INVALID');
        expect(res.body.message).toContain(`${left} more`);
        expect(res.body.details).toEqual([expect.objectContaining({ field: 'code' })]);
      }
      const fifth = await bff.request('POST', '/api/v1/auth/sms/verify', { phone, code: wrong }, { 'x-forwarded-for': ip });
      expect(fifth.status).toBe(429);
      expect(fifth.body.code).toBe('SMS_CODE_LOCKED');
      expect(Number(fifth.headers.get('retry-after'))).toBeGreaterThan(0);
      const afterwards = await bff.request('POST', '/api/v1/auth/sms/verify', { phone, code: right }, { 'x-forwarded-for': ip });
      expect(afterwards.body.code).toBe('SMS_CODE_LOCKED');
    });

    it('limits sends per number (one a minute) and per client, with a retry time', async () => {
      const phone = newPhone();
      expect((await bff.request('POST', '/api/v1/auth/sms/send', { phone }, { 'x-forwarded-for': newClientIp() })).status).toBe(200);
      const again = await bff.request('POST', '/api/v1/auth/sms/send', { phone }, { 'x-forwarded-for': newClientIp() });
      expect(again.status).toBe(429);
      expect(again.body).toMatchObject({ code: 'RATE_LIMITED', requestId: expect.any(String) });
      expect(Number(again.headers.get('retry-after'))).toBeGreaterThan(0);

      const ip = newClientIp();
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await bff.request('POST', '/api/v1/auth/sms/send', { phone: newPhone() }, { 'x-forwarded-for': ip })).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    });

    it.each([
      [{ phone: 'abc' }, 'phone', '/api/v1/auth/sms/send'],
      [{ phone: '12800138000' }, 'phone', '/api/v1/auth/sms/send'],
      [{}, 'phone', '/api/v1/auth/sms/send'],
      [{ phone: '13800138000', extra: 1 }, 'extra', '/api/v1/auth/sms/send'],
      [{ phone: '13800138000', code: '12ab56' }, 'code', '/api/v1/auth/sms/verify'],
      [{ phone: '13800138000' }, 'code', '/api/v1/auth/sms/verify'],
      [{ code: 'short' }, 'code', '/api/v1/auth/wechat'],
      [{ refreshToken: 1 }, 'refreshToken', '/api/v1/auth/refresh'],
    ])('answers bad input %j with a 400 naming %s', async (payload, field, path) => {
      const res = await bff.request('POST', path, payload, { 'x-forwarded-for': newClientIp() });
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    });

    it('answers a body that is not JSON with a 400 and an oversized one with a 413, never a 500', async () => {
      const broken = await bff.request('POST', '/api/v1/auth/sms/send', '{"phone":', { 'content-type': 'application/json', 'x-forwarded-for': newClientIp() });
      expect(broken.status).toBe(400);
      expect(broken.body.code).toBe('MALFORMED_REQUEST');
      const huge = await bff.request('POST', '/api/v1/auth/sms/send', { phone: 'x'.repeat(70_000) }, { 'x-forwarded-for': newClientIp() });
      expect(huge.status).toBe(413);
      expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
    });
  });

  describe('by WeChat', () => {
    async function wechatCode(user: string): Promise<string> {
      return ((await mock.control('POST', '/wechat/codes', { user })) as { code: string }).code;
    }

    it('exchanges the wx.login code and finds the same citizen next time', async () => {
      const first = await bff.request('POST', '/api/v1/auth/wechat', { code: await wechatCode('alice') }, { 'x-forwarded-for': newClientIp() });
      expect(first.status).toBe(200);
      expect(first.body.isNew).toBe(true);
      const second = await bff.request('POST', '/api/v1/auth/wechat', { code: await wechatCode('alice') }, { 'x-forwarded-for': newClientIp() });
      expect(second.body).toMatchObject({ isNew: false, userId: first.body.userId });
      expect(JSON.stringify(second.body)).not.toMatch(/session_key|openid/);
      const me = await bff.get('/api/v1/me', bearer(second.body));
      expect(me.body).toMatchObject({ wechat: true, phone: null });
    });

    it('refuses a used or invalid code in plain words', async () => {
      const code = await wechatCode('bob');
      expect((await bff.request('POST', '/api/v1/auth/wechat', { code }, { 'x-forwarded-for': newClientIp() })).status).toBe(200);
      const reused = await bff.request('POST', '/api/v1/auth/wechat', { code }, { 'x-forwarded-for': newClientIp() });
      expect(reused.status).toBe(400);
      expect(reused.body.code).toBe('WECHAT_CODE_INVALID');
    });
  });

  describe('sessions', () => {
    it('rotates the refresh token: the new pair works, the old token no longer does', async () => {
      const login = await signInBySms(bff, mock, newPhone());
      const refreshed = await bff.request('POST', '/api/v1/auth/refresh', { refreshToken: login.refreshToken }, { 'x-forwarded-for': login.ip });
      expect(refreshed.status).toBe(200);
      expect(refreshed.body.refreshToken).not.toBe(login.refreshToken);
      expect((await bff.get('/api/v1/me', bearer(refreshed.body))).status).toBe(200);
    });

    it('treats reuse of a rotated refresh token as theft and ends the whole session', async () => {
      const login = await signInBySms(bff, mock, newPhone());
      const refreshed = await bff.request('POST', '/api/v1/auth/refresh', { refreshToken: login.refreshToken });
      const replay = await bff.request('POST', '/api/v1/auth/refresh', { refreshToken: login.refreshToken });
      expect(replay.status).toBe(401);
      expect(replay.body.code).toBe('SESSION_EXPIRED');
      expect((await bff.get('/api/v1/me', bearer(refreshed.body))).status).toBe(401);
      expect((await bff.request('POST', '/api/v1/auth/refresh', { refreshToken: refreshed.body.refreshToken })).status).toBe(401);
    });

    it('revokes the session on logout: neither token works afterwards', async () => {
      const login = await signInBySms(bff, mock, newPhone());
      expect((await bff.request('POST', '/api/v1/auth/logout', { refreshToken: login.refreshToken })).status).toBe(204);
      expect((await bff.get('/api/v1/me', bearer(login))).body.code).toBe('SESSION_EXPIRED');
      expect((await bff.request('POST', '/api/v1/auth/refresh', { refreshToken: login.refreshToken })).status).toBe(401);
    });

    it('refuses personal endpoints without a token, with a forged one and with an expired one', async () => {
      expect((await bff.get('/api/v1/me')).body).toMatchObject({ code: 'UNAUTHORIZED' });
      const login = await signInBySms(bff, mock, newPhone());
      const [head, payload] = login.accessToken.split('.');
      const forged = `${head}.${payload}.${'A'.repeat(43)}`;
      expect((await bff.get('/api/v1/me', { authorization: `Bearer ${forged}` })).status).toBe(401);
      const short = await startBff(testEnv(mock.url, { ACCESS_TOKEN_TTL_SECONDS: '30', TRUST_PROXY: 'true' }));
      try {
        const fresh = await signInBySms(short, mock, newPhone());
        const jwtModule = await import('@nestjs/jwt');
        const jwt = short.app.get(jwtModule.JwtService);
        const claims = jwt.decode(fresh.accessToken) as { sub: string; sid: string };
        const expired = jwt.sign({ sub: claims.sub, sid: claims.sid }, { expiresIn: -10 });
        expect((await short.get('/api/v1/me', { authorization: `Bearer ${expired}` })).body.code).toBe('SESSION_EXPIRED');
      } finally {
        await short.close();
      }
    });
  });
});

describe('per-client limits under CLIENT_RATE_LIMIT_FACTOR (many citizens behind one address)', () => {
  let mock: MockProcess;
  let bff: TestBff;
  let phones = 13600290000;

  beforeAll(async () => {
    mock = await startMock();
    bff = await startBff(testEnv(mock.url, { TRUST_PROXY: 'true', CLIENT_RATE_LIMIT_FACTOR: '2' }));
  });

  afterAll(async () => {
    await bff?.close();
    await mock?.stop();
  });

  it('multiplies the per-client SMS limit and leaves the per-phone one alone', async () => {
    const ip = newClientIp();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await bff.request('POST', '/api/v1/auth/sms/send', { phone: String(++phones) }, { 'x-forwarded-for': ip })).status);
    expect(statuses).toEqual([...Array(10).fill(200), 429]);
    const phone = String(++phones);
    expect((await bff.request('POST', '/api/v1/auth/sms/send', { phone }, { 'x-forwarded-for': newClientIp() })).status).toBe(200);
    expect((await bff.request('POST', '/api/v1/auth/sms/send', { phone }, { 'x-forwarded-for': newClientIp() })).status).toBe(429);
  });
});
