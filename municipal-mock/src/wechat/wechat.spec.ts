import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startTestServer, type TestServer } from '../test-support/signing.js';

const APPID = 'wx-test-appid';
const SECRET = 'wx-test-secret';
const login = (code: string, overrides: Record<string, string> = {}) =>
  `/sns/jscode2session?${new URLSearchParams({
    appid: APPID,
    secret: SECRET,
    js_code: code,
    grant_type: 'authorization_code',
    ...overrides,
  }).toString()}`;

describe('WeChat jscode2session', () => {
  let server: TestServer;
  const get = async (path: string) => {
    const response = await server.send('GET', path);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const issue = async (user: string) =>
    (await (await server.send('POST', '/__control/wechat/codes', { user })).json()) as {
      code: string;
      openid: string;
      unionid: string;
    };

  beforeAll(async () => {
    server = await startTestServer({ wechatApps: { [APPID]: SECRET } });
  });
  beforeEach(async () => {
    await server.send('POST', '/__control/reset');
  });
  afterAll(() => server.close());

  it('exchanges a control-issued code for the user\'s stable openid, unsigned, in the real shape', async () => {
    const first = await issue('alice');
    expect(first.code).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const { status, body } = await get(login(first.code));
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['openid', 'session_key', 'unionid']);
    expect(body.openid).toBe(first.openid);
    expect(body.openid).toMatch(/^o[A-Za-z0-9_-]{27}$/);
    expect(body.unionid).toBe(first.unionid);
    expect(Buffer.from(body.session_key as string, 'base64')).toHaveLength(16);

    const again = await issue('alice');
    expect(again.code).not.toBe(first.code);
    expect((await get(login(again.code))).body.openid).toBe(first.openid);
    const bob = await issue('bob');
    expect((await get(login(bob.code))).body.openid).not.toBe(first.openid);
  });

  it('accepts a code only once (40163)', async () => {
    const { code } = await issue('alice');
    expect((await get(login(code))).body.openid).toBeDefined();
    expect(await get(login(code))).toEqual({ status: 200, body: { errcode: 40163, errmsg: 'code been used' } });
  });

  it('maps an unknown well-formed code to an openid derived from the code, still single-use', async () => {
    const code = '0a3Xyz9GaLfOsM1cBk2w3Kx8a71Xyz9W';
    const first = await get(login(code));
    expect(first.body.openid).toMatch(/^o[A-Za-z0-9_-]{27}$/);
    expect((await get(login(code))).body.errcode).toBe(40163);
    await server.send('POST', '/__control/reset');
    expect((await get(login(code))).body.openid).toBe(first.body.openid);
  });

  it('refuses bad codes, appids, secrets and parameters with WeChat error codes', async () => {
    expect((await get(login('bad code!'))).body).toEqual({ errcode: 40029, errmsg: 'invalid code' });
    expect((await get(login('short'))).body).toEqual({ errcode: 40029, errmsg: 'invalid code' });
    expect((await get(login('abcdefgh1234', { appid: 'wx-other' }))).body).toEqual({ errcode: 40013, errmsg: 'invalid appid' });
    expect((await get(login('abcdefgh1234', { secret: 'nope' }))).body.errcode).toBe(40125);
    expect((await get(login('abcdefgh1234', { grant_type: 'client_credential' }))).body.errcode).toBe(40002);
    expect((await get('/sns/jscode2session?appid=wx-test-appid')).body.errcode).toBe(41004);
  });

  it('answers -1 system error when faulted, and counts requests in stats', async () => {
    await server.send('PUT', '/__control/faults/wechat', { errorRate: 1 });
    const { code } = await issue('alice');
    expect(await get(login(code))).toEqual({ status: 200, body: { errcode: -1, errmsg: 'system error' } });
    await server.send('DELETE', '/__control/faults/wechat');
    // The faulted attempt did not use the code up.
    expect((await get(login(code))).body.openid).toBeDefined();
    const stats = (await (await server.send('GET', '/__control/stats')).json()) as {
      services: Record<string, { total: number }>;
    };
    expect(stats.services.wechat?.total).toBe(2);
  });

  it('validates the control body', async () => {
    expect((await server.send('POST', '/__control/wechat/codes', { user: '' })).status).toBe(400);
    expect((await server.send('POST', '/__control/wechat/codes', {})).status).toBe(400);
  });
});

describe('WeChat control codes with control off', () => {
  it('has no code endpoint', async () => {
    const server = await startTestServer({ control: false });
    expect((await server.send('POST', '/__control/wechat/codes', { user: 'alice' })).status).toBe(404);
    await server.close();
  });
});
