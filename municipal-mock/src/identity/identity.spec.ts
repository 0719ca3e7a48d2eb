import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestServer, type TestServer } from '../test-support/signing.js';
import { birthDateOf, checkCharacter, cityOf, genderOf, isValidIdNumber } from './id-number.js';
import { PERSONAS } from './personas.js';

describe('GB 11643 identity numbers', () => {
  it('computes the ISO 7064 MOD 11-2 check character', () => {
    // The standard's own example.
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(checkCharacter('44052418800101001')).toBe('4');
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('110105194902300020')).toBe(false); // 30 February
    expect(isValidIdNumber('11010519491231002')).toBe(false);
  });

  it('gives every persona a valid number matching its city, birth date and gender', () => {
    expect(PERSONAS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(PERSONAS.map((p) => p.idNumber)).size).toBe(PERSONAS.length);
    for (const persona of PERSONAS) {
      expect(isValidIdNumber(persona.idNumber)).toBe(true);
      expect(persona.idNumber[17]).toBe(checkCharacter(persona.idNumber.slice(0, 17)));
      expect(cityOf(persona.idNumber)).toBe(persona.city);
      expect(persona.phone).toMatch(/^1[3-9]\d{9}$/);
    }
    const children = PERSONAS.filter((p) => p.kind === 'child');
    expect(children.map((p) => birthDateOf(p.idNumber).slice(0, 4)).sort()).toEqual(['2023', '2024']);
    expect(PERSONAS.filter((p) => p.city === 'shanghai' && p.kind !== 'child').length).toBeGreaterThanOrEqual(3);
    expect(PERSONAS.filter((p) => p.city === 'chengdu' && p.kind !== 'child').length).toBeGreaterThanOrEqual(3);
    expect(genderOf('310104198506150015')).toBe('male');
    expect(genderOf('310115199211030028')).toBe('female');
  });
});

describe('public-security identity verification', () => {
  let server: TestServer;
  const verify = async (body: unknown) => {
    const response = await server.signedSend('POST', '/gongan/id/verify', body);
    return { status: response.status, body: (await response.json()) as Record<string, string | null> };
  };

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('answers 00 一致 for every persona', async () => {
    for (const persona of PERSONAS) {
      const { status, body } = await verify({ xm: persona.name, gmsfhm: persona.idNumber });
      expect(status).toBe(200);
      expect(body).toMatchObject({ resultCode: '00', result: '一致' });
      expect(body.requestNo).toMatch(/^GA[0-9A-F]{20}$/);
    }
    expect((await verify({ xm: '陈浩', gmsfhm: '31010620010809003x' })).body.resultCode).toBe('00');
  });

  it('answers 01 when the name does not match, 02 for an unknown valid number, 03 for bad input', async () => {
    expect((await verify({ xm: '王芳', gmsfhm: '310104198506150015' })).body).toMatchObject({ resultCode: '01', result: '不一致' });
    expect((await verify({ xm: '张三', gmsfhm: '11010519491231002X' })).body).toMatchObject({ resultCode: '02', result: '库中无此号' });
    expect((await verify({ xm: '张伟', gmsfhm: '310104198506150016' })).body.resultCode).toBe('03');
    expect((await verify({ gmsfhm: '310104198506150015' })).body.resultCode).toBe('03');
    expect((await verify('{oops')).body.resultCode).toBe('03');
  });

  it('requires a signature and answers 99 when faulted', async () => {
    const unsigned = await server.send('POST', '/gongan/id/verify', { xm: '张伟', gmsfhm: '310104198506150015' });
    expect(unsigned.status).toBe(401);
    await server.send('PUT', '/__control/faults/gongan', { errorRate: 1 });
    const faulted = await verify({ xm: '张伟', gmsfhm: '310104198506150015' });
    expect(faulted.status).toBe(503);
    expect(faulted.body).toMatchObject({ resultCode: '99', result: '系统错误' });
    await server.send('DELETE', '/__control/faults/gongan');
  });
});
