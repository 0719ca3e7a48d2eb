import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { at, startTestServer, type TestServer } from '../test-support/signing.js';

const login = (phoneNumbers: string, code = '123456') => ({
  phoneNumbers,
  templateCode: 'SMS_LOGIN',
  templateParam: JSON.stringify({ code }),
});

describe('SMS gateway', () => {
  let server: TestServer;
  const send = async (body: unknown) => {
    const response = await server.signedSend('POST', '/sms/send', body);
    return { status: response.status, body: (await response.json()) as Record<string, string> };
  };
  const outbox = async (phone?: string) =>
    (await (await server.send('GET', `/sms/outbox${phone ? `?phone=${phone}` : ''}`)).json()) as {
      messages: Array<Record<string, string | null>>;
    };

  beforeAll(async () => {
    server = await startTestServer({ fixedTime: at('2026-03-02', '08:15') });
  });
  beforeEach(async () => {
    await server.send('POST', '/__control/reset');
  });
  afterAll(() => server.close());

  it('sends a login code and puts it in the outbox, newest first', async () => {
    const { status, body } = await send(login('13800138000', '123456'));
    expect(status).toBe(200);
    expect(body).toMatchObject({ Code: 'OK', Message: 'OK' });
    expect(body.BizId).toMatch(/^\d+\^0$/);
    expect(body.RequestId).toMatch(/^[0-9A-F-]{36}$/);
    await send(login('13800138000', '654321'));
    await send(login('13900139001', '111111'));

    const mine = await outbox('13800138000');
    expect(mine.messages).toHaveLength(2);
    expect(mine.messages[0]).toEqual({
      phone: '13800138000',
      text: '【城市服务】您的验证码为654321，5分钟内有效。',
      code: '654321',
      templateCode: 'SMS_LOGIN',
      bizId: expect.any(String),
      sentAt: '2026-03-02T08:15:00+08:00',
    });
    expect(mine.messages[1]?.code).toBe('123456');
    expect((await outbox()).messages).toHaveLength(3);

    expect((await server.send('DELETE', '/sms/outbox')).status).toBe(200);
    expect((await outbox()).messages).toEqual([]);
  });

  it('counts sent messages as stats events', async () => {
    await send(login('13800138000,13900139001'));
    const stats = (await (await server.send('GET', '/__control/stats')).json()) as {
      services: Record<string, { total: number; events: Record<string, number> }>;
    };
    expect(stats.services.sms).toMatchObject({ total: 1, events: { messageSent: 2 } });
  });

  it('answers business errors with its own codes, HTTP 200', async () => {
    expect((await send(login('1380013800'))).body.Code).toBe('isv.MOBILE_NUMBER_ILLEGAL');
    expect((await send(login('23800138000'))).body.Code).toBe('isv.MOBILE_NUMBER_ILLEGAL');
    expect((await send({ ...login('13800138000'), templateCode: 'SMS_NOPE' })).body.Code).toBe('isv.SMS_TEMPLATE_ILLEGAL');
    expect((await send({ ...login('13800138000'), templateParam: '{code' })).body.Code).toBe('isv.INVALID_JSON_PARAM');
    expect((await send({ ...login('13800138000'), templateParam: '{}' })).body.Code).toBe('isv.TEMPLATE_MISSING_PARAMETERS');
    expect((await send(login('13800138000', 'abc'))).body.Code).toBe('isv.TEMPLATE_PARAMS_ILLEGAL');
    expect((await send({ templateCode: 'SMS_LOGIN' })).body.Code).toBe('MissingPhoneNumbers');
    const broken = await send('{not json');
    expect(broken).toMatchObject({ status: 200, body: { Code: 'isv.INVALID_PARAMETERS' } });
    expect((await outbox()).messages).toEqual([]);
  });

  it('renders the other templates', async () => {
    await send({
      phoneNumbers: '13800138000',
      templateCode: 'SMS_PAYMENT',
      templateParam: JSON.stringify({ item: '2026年度城乡居民医保', amount: '375' }),
    });
    expect((await outbox('13800138000')).messages[0]).toMatchObject({
      text: '【城市服务】您已成功缴纳2026年度城乡居民医保375元，感谢您的使用。',
      code: null,
    });
  });

  it('requires a signature on /sms/send, not on the outbox', async () => {
    const unsigned = await server.send('POST', '/sms/send', login('13800138000'));
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toMatchObject({ error: 'missing_signature' });
    expect((await outbox()).messages).toEqual([]);
  });

  it('answers injected errors with isp.SYSTEM_ERROR (500)', async () => {
    await server.send('PUT', '/__control/faults/sms', { errorRate: 1 });
    const { status, body } = await send(login('13800138000'));
    expect(status).toBe(500);
    expect(body.Code).toBe('isp.SYSTEM_ERROR');
    expect((await outbox()).messages).toEqual([]);
  });

  it('answers unknown paths in its dialect', async () => {
    const response = await server.signedGet('/sms/query');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ Code: 'InvalidAction.NotFound' });
  });
});

describe('SMS outbox with control off', () => {
  it('does not exist: the path falls under the signed gateway', async () => {
    const server = await startTestServer({ control: false });
    try {
      expect((await server.send('GET', '/sms/outbox')).status).toBe(401);
      expect((await server.signedGet('/sms/outbox')).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
