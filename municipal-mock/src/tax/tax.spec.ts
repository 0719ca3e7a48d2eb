import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PERSONAS } from '../identity/personas.js';
import { startTestServer, type TestServer } from '../test-support/signing.js';
import { TAX_YEARS, annualTax, labourWithholding, taxYear } from './model.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('income tax model', () => {
  it('applies the annual brackets and labour withholding', () => {
    expect(annualTax(36_000_00)).toBe(1_080_00);
    expect(annualTax(144_000_00)).toBe(11_880_00);
    expect(annualTax(300_000_00)).toBe(43_080_00);
    expect(annualTax(-5)).toBe(0);
    expect(labourWithholding(3_000_00)).toBe(440_00);
    expect(labourWithholding(10_000_00)).toBe(1_600_00);
  });

  it('settles every adult persona consistently, 2023-2025, with refunds among them', () => {
    const outcomes = new Set<string>();
    for (const persona of PERSONAS.filter((p) => p.kind !== 'child')) {
      for (const year of TAX_YEARS) {
        const result = taxYear(persona.idNumber, year)!;
        expect(result.balance).toBe(result.taxPayable - result.taxWithheld);
        expect(result.taxPayable).toBe(annualTax(result.taxableIncome));
        outcomes.add(result.outcome);
      }
    }
    expect(outcomes.has('refund')).toBe(true);
    expect(taxYear('310104202305180022', 2025)).toBeNull();
  });
});

describe('income tax endpoints', () => {
  let server: TestServer;
  const get = async (path: string): Promise<Json> => (await server.signedGet(path)).json() as Promise<Json>;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('summarises income by type, yuan strings', async () => {
    const body = await get('/tax/income/summary?zjhm=310115199211030028&nd=2024');
    expect(body.code).toBe('000000');
    expect(body.body.items.map((i: Json) => i.sdxmmc)).toEqual(expect.arrayContaining(['工资薪金', '稿酬所得']));
    for (const item of body.body.items) expect(item.sre).toMatch(/^\d+\.\d{2}$/);
  });

  it('gives the annual reconciliation result', async () => {
    const body = await get('/tax/annual/reconciliation?zjhm=310115199211030028&nd=2025');
    expect(body.body).toMatchObject({ nd: '2025', xm: '王芳', jbjcfy: '60000.00' });
    expect(['0', '1', '2', '3']).toContain(body.body.jg);
    expect(Number(body.body.ybtse)).toBeCloseTo(Number(body.body.ynse) - Number(body.body.yjse), 2);
  });

  it('refuses other years, bad numbers and unknown people', async () => {
    expect((await get('/tax/income/summary?zjhm=310115199211030028&nd=2022')).code).toBe('100001');
    expect((await get('/tax/income/summary?zjhm=310115199211030029&nd=2024')).code).toBe('100001');
    expect(await get('/tax/income/summary?zjhm=11010519491231002X&nd=2024')).toEqual({
      code: '200001',
      msg: '未查询到纳税人信息',
      body: null,
    });
    expect((await server.send('GET', '/tax/income/summary?zjhm=310115199211030028&nd=2024')).status).toBe(401);
  });
});
