import { describe, expect, it } from '@jest/globals';
import { cannedRegistry } from '../../testing/canned-upstream';
import { UpstreamFailure } from '../../upstream/upstream-failure';
import { NationalPersonalTaxClient } from './national-personal-tax.client';

const ID = '310115199211030028';
const tax = (body: unknown, code = '000000') => ({ body: JSON.stringify({ code, msg: code === '000000' ? '成功' : '…', body }) });
const summary = {
  nd: '2025', xm: '王芳',
  items: [
    { sdxm: 'wages', sdxmmc: '工资薪金', sre: '223568.11', ykjse: '9320.77', cs: 12 },
    { sdxm: 'author', sdxmmc: '稿酬所得', sre: '6800.00', ykjse: '761.60', cs: 1 },
  ],
  sreTotal: '230368.11', ykjseTotal: '10082.37',
};
const reconciliation = (jg: string, ybtse: string, jgmc: string) => ({
  nd: '2025', xm: '王芳', zhsd: '273160.55', jbjcfy: '60000.00', zxkc: '28382.58',
  zxfjkc: [{ lx: 'housingRent', mc: '住房租金', je: '18000.00' }],
  ynssde: '166777.97', ynse: '16435.59', yjse: '18111.00', ybtse, jg, jgmc,
});
const client = (jg: string, ybtse: string, jgmc: string) =>
  new NationalPersonalTaxClient(
    cannedRegistry({
      [`/tax/income/summary?zjhm=${ID}&nd=2025`]: tax(summary),
      [`/tax/annual/reconciliation?zjhm=${ID}&nd=2025`]: tax(reconciliation(jg, ybtse, jgmc)),
    }),
  );

describe('national income tax dialect', () => {
  it('reads income by type and the reconciliation, yuan strings into numbers; a negative balance is a refund', async () => {
    expect(await client('1', '-1675.41', '申请退税').getAnnual(ID, 2025)).toEqual({
      year: 2025,
      income: [
        { type: 'wages', label: '工资薪金', income: 223568.11, taxWithheld: 9320.77, payments: 12 },
        { type: 'author', label: '稿酬所得', income: 6800, taxWithheld: 761.6, payments: 1 },
      ],
      incomeTotal: 230368.11,
      taxWithheldTotal: 10082.37,
      reconciliation: {
        comprehensiveIncome: 273160.55, basicDeduction: 60000, specialDeductions: 28382.58,
        specialAdditionalDeductions: [{ type: 'housingRent', label: '住房租金', amount: 18000 }],
        taxableIncome: 166777.97, taxPayable: 16435.59, taxWithheld: 18111,
        outcome: 'refund', outcomeLabel: '申请退税', refund: 1675.41, amountDue: 0,
      },
    });
  });

  it('reads jg 2 as an amount due, 3 as due but waived, 0 as nothing to settle', async () => {
    expect((await client('2', '812.30', '需补税').getAnnual(ID, 2025)).reconciliation).toMatchObject({ outcome: 'due', amountDue: 812.3, refund: 0 });
    expect((await client('3', '312.30', '无需补税（符合免予办理条件）').getAnnual(ID, 2025)).reconciliation).toMatchObject({ outcome: 'exempt', amountDue: 0, refund: 0 });
    expect((await client('0', '0.00', '无需退补税').getAnnual(ID, 2025)).reconciliation).toMatchObject({ outcome: 'none', amountDue: 0, refund: 0 });
  });

  it('reads 200001 as "no taxpayer record" (a 404), and other codes or unknown values as failures', async () => {
    const notFound = new NationalPersonalTaxClient(
      cannedRegistry({
        [`/tax/income/summary?zjhm=${ID}&nd=2025`]: tax(null, '200001'),
        [`/tax/annual/reconciliation?zjhm=${ID}&nd=2025`]: tax(null, '200001'),
      }),
    );
    await expect(notFound.getAnnual(ID, 2025)).rejects.toMatchObject({ status: 404, message: expect.stringContaining('no taxpayer record') });
    await expect(client('7', '0.00', '?').getAnnual(ID, 2025)).rejects.toBeInstanceOf(UpstreamFailure);
    const busy = new NationalPersonalTaxClient(
      cannedRegistry({
        [`/tax/income/summary?zjhm=${ID}&nd=2025`]: tax(null, '100001'),
        [`/tax/annual/reconciliation?zjhm=${ID}&nd=2025`]: tax(reconciliation('1', '-1.00', '申请退税')),
      }),
    );
    await expect(busy.getAnnual(ID, 2025)).rejects.toBeInstanceOf(UpstreamFailure);
  });
});
