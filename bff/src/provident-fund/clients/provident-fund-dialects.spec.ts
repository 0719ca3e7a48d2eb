import { describe, expect, it } from '@jest/globals';
import { cannedRegistry } from '../../testing/canned-upstream';
import { UpstreamFailure } from '../../upstream/upstream-failure';
import { ChengduProvidentFundClient } from './chengdu-provident-fund.client';
import { ShanghaiProvidentFundClient } from './shanghai-provident-fund.client';

const ID = '310104198506150015';
const sh = (result: unknown, errorCode: string | null = null) => ({
  body: JSON.stringify({ success: errorCode === null, errorCode, errorMsg: errorCode ? '…' : null, result }),
});
const xml = (inner: string, status = 200) => ({ status, contentType: 'application/xml', body: `<?xml version="1.0" encoding="UTF-8"?><Response>${inner}</Response>` });

const RULES = {
  maxLoan: { first: { single: 800000, family: 1600000 }, second: { single: 650000, family: 1300000 } },
  balanceMultiple: 30,
  maxTermYears: 30,
  minDepositMonths: 6,
  rates: { first: { upTo5Years: 0.021, over5Years: 0.026 }, second: { upTo5Years: 0.02525, over5Years: 0.03075 } },
};

describe('Shanghai provident fund dialect', () => {
  it('reads yuan strings and "5%" rates into numbers, 正常/封存 into active/sealed', async () => {
    const client = new ShanghaiProvidentFundClient(
      cannedRegistry({
        [`/shanghai/gjj/account?zjhm=${ID}`]: sh({
          name: '张伟', accountNo: '0965935497', status: '封存', openedOn: '2007-07-15', balance: '499628.09', depositBase: '28771.00',
          personalRate: '7%', employerRate: '7%', monthlyPersonal: '2014.00', monthlyEmployer: '2014.00', monthlyTotal: '4028.00', lastDepositMonth: '',
        }),
      }),
    );
    expect(await client.getSummary(ID)).toEqual({
      status: 'sealed', openedOn: '2007-07-15', balance: 499628.09, depositBase: 28771, personalRate: 0.07, employerRate: 0.07,
      monthly: { personal: 2014, employer: 2014, total: 4028 }, lastDepositMonth: null,
    });
  });

  it('keeps deposits newest first with their kind', async () => {
    const client = new ShanghaiProvidentFundClient(
      cannedRegistry({
        [`/shanghai/gjj/deposits?zjhm=${ID}`]: sh({ records: [
          { month: '2026-02', type: '汇缴', personal: '1439.00', employer: '1439.00', total: '2878.00' },
          { month: '2026-01', type: '补缴', personal: '1377.50', employer: '1377.50', total: '2755.00' },
        ] }),
      }),
    );
    expect(await client.getDeposits(ID)).toEqual([
      { month: '2026-02', kind: '汇缴', personal: 1439, employer: 1439, total: 2878 },
      { month: '2026-01', kind: '补缴', personal: 1377.5, employer: 1377.5, total: 2755 },
    ]);
  });

  it('reads the loan rules: caps by home and earners, rates by home and term', async () => {
    const client = new ShanghaiProvidentFundClient(
      cannedRegistry({
        '/shanghai/gjj/loan-rules': sh({
          maxLoan: { firstHome: { single: '800000.00', family: '1600000.00' }, secondHome: { single: '650000.00', family: '1300000.00' } },
          balanceMultiple: 30, maxTermYears: 30, minDepositMonths: 6,
          rates: [
            { home: '首套', term: '5年以下(含)', rate: '2.1%' }, { home: '首套', term: '5年以上', rate: '2.6%' },
            { home: '二套', term: '5年以下(含)', rate: '2.525%' }, { home: '二套', term: '5年以上', rate: '3.075%' },
          ],
        }),
      }),
    );
    expect(await client.getLoanRules()).toEqual(RULES);
  });

  it('reads yearly statements (newest first, yuan strings, the year a string) into points oldest first', async () => {
    const client = new ShanghaiProvidentFundClient(
      cannedRegistry({
        [`/shanghai/gjj/statements?zjhm=${ID}`]: sh({ statements: [
          { year: '2026', endMonth: '2026-03', openingBalance: '493872.09', deposited: '5756.00', interest: '0.00', withdrawn: '1200.50', closingBalance: '498427.59' },
          { year: '2025', endMonth: '2025-12', openingBalance: '453036.68', deposited: '33792.00', interest: '7043.41', withdrawn: '0.00', closingBalance: '493872.09' },
        ] }),
        '/shanghai/gjj/statements?zjhm=31010620010809003X': sh({ statements: [
          { year: 'FY2025', endMonth: '2025-12', openingBalance: '0.00', deposited: '1.00', interest: '0.00', withdrawn: '0.00', closingBalance: '1.00' },
        ] }),
      }),
    );
    expect(await client.getBalances(ID)).toEqual([
      { year: 2025, through: '2025-12', balance: 493872.09, deposits: 33792, interest: 7043.41, withdrawals: 0 },
      { year: 2026, through: '2026-03', balance: 498427.59, deposits: 5756, interest: 0, withdrawals: 1200.5 },
    ]);
    await expect(client.getBalances('31010620010809003X')).rejects.toBeInstanceOf(UpstreamFailure);
  });

  it('reads ACCOUNT_NOT_FOUND as a 404, and any other error or a missing rate as a failure', async () => {
    const client = new ShanghaiProvidentFundClient(
      cannedRegistry({
        [`/shanghai/gjj/account?zjhm=${ID}`]: sh(null, 'ACCOUNT_NOT_FOUND'),
        [`/shanghai/gjj/deposits?zjhm=${ID}`]: sh(null, 'PARAM_INVALID'),
        '/shanghai/gjj/loan-rules': sh({ maxLoan: { firstHome: { single: '1', family: '2' }, secondHome: { single: '1', family: '2' } }, balanceMultiple: 30, maxTermYears: 30, minDepositMonths: 6, rates: [] }),
      }),
    );
    await expect(client.getSummary(ID)).rejects.toMatchObject({ status: 404, code: 'NOT_FOUND' });
    await expect(client.getDeposits(ID)).rejects.toBeInstanceOf(UpstreamFailure);
    await expect(client.getLoanRules()).rejects.toBeInstanceOf(UpstreamFailure);
  });
});

describe('Chengdu provident fund dialect', () => {
  const CD = '510107198802280013';

  it('reads fen into yuan, yyyyMMdd and yyyyMM into ISO dates and months', async () => {
    const client = new ChengduProvidentFundClient(
      cannedRegistry({
        [`/chengdu/gjj/GrzhQuery?sfzh=${CD}`]: xml(
          '<Code>0</Code><Message>成功</Message><Account><Grzh>5101776085104</Grzh><Xm>刘洋</Xm><Zhzt>正常</Zhzt><Khrq>20100715</Khrq><Ye>21849290</Ye><Jcjs>1440200</Jcjs><Grjcbl>0.05</Grjcbl><Dwjcbl>0.05</Dwjcbl><Gryjce>72010</Gryjce><Dwyjce>72010</Dwyjce><Yjce>144020</Yjce><Zhjcny>202602</Zhjcny></Account>',
        ),
      }),
    );
    expect(await client.getSummary(CD)).toEqual({
      status: 'active', openedOn: '2010-07-15', balance: 218492.9, depositBase: 14402, personalRate: 0.05, employerRate: 0.05,
      monthly: { personal: 720.1, employer: 720.1, total: 1440.2 }, lastDepositMonth: '2026-02',
    });
  });

  it('reads one <Record> as a list of one, and empty <Records> as none', async () => {
    const client = new ChengduProvidentFundClient(
      cannedRegistry({
        [`/chengdu/gjj/JcmxQuery?sfzh=${CD}`]: xml('<Code>0</Code><Message>成功</Message><Total>1</Total><Records><Record><Jcny>202509</Jcny><Ywlx>汇缴</Ywlx><Grjce>112450</Grjce><Dwjce>112450</Dwjce><Fse>224900</Fse></Record></Records>'),
        '/chengdu/gjj/JcmxQuery?sfzh=51010919791224007X': xml('<Code>0</Code><Message>成功</Message><Total>0</Total><Records></Records>'),
      }),
    );
    expect(await client.getDeposits(CD)).toEqual([{ month: '2025-09', kind: '汇缴', personal: 1124.5, employer: 1124.5, total: 2249 }]);
    expect(await client.getDeposits('51010919791224007X')).toEqual([]);
  });

  it('reads the loan policy: fen caps, Home 1/2, MaxYears 5/30', async () => {
    const rate = (home: number, years: number, value: number) => `<Rate><Home>${home}</Home><MaxYears>${years}</MaxYears><Value>${value}</Value></Rate>`;
    const client = new ChengduProvidentFundClient(
      cannedRegistry({
        '/chengdu/gjj/DkzcQuery': xml(
          `<Code>0</Code><Message>成功</Message><Policy><SingleMax>80000000</SingleMax><CoupleMax>160000000</CoupleMax><SecondSingleMax>65000000</SecondSingleMax><SecondCoupleMax>130000000</SecondCoupleMax><BalanceMultiple>30</BalanceMultiple><MaxYears>30</MaxYears><MinDepositMonths>6</MinDepositMonths><Rates>${rate(1, 5, 0.021)}${rate(1, 30, 0.026)}${rate(2, 5, 0.02525)}${rate(2, 30, 0.03075)}</Rates></Policy>`,
        ),
      }),
    );
    expect(await client.getLoanRules()).toEqual(RULES);
  });

  it('reads yearly records (oldest first, fen, Jzny yyyyMM) into points; one <Record> is a list of one', async () => {
    const record = (nd: number, jzny: string, [qc, jc, lx, tq, qm]: number[]) =>
      `<Record><Nd>${nd}</Nd><Jzny>${jzny}</Jzny><Qcye>${qc}</Qcye><Bnjce>${jc}</Bnjce><Bnlx>${lx}</Bnlx><Bntqe>${tq}</Bntqe><Qmye>${qm}</Qmye></Record>`;
    const client = new ChengduProvidentFundClient(
      cannedRegistry({
        [`/chengdu/gjj/NdjzQuery?sfzh=${CD}`]: xml(
          `<Code>0</Code><Message>成功</Message><Total>2</Total><Records>${record(2025, '202512', [19564401, 1690980, 305869, 0, 21561250])}${record(2026, '202603', [21561250, 288040, 0, 50000, 21799290])}</Records>`,
        ),
        '/chengdu/gjj/NdjzQuery?sfzh=51010919791224007X': xml(`<Code>0</Code><Message>成功</Message><Total>1</Total><Records>${record(2026, '202603', [0, 144020, 0, 0, 144020])}</Records>`),
      }),
    );
    expect(await client.getBalances(CD)).toEqual([
      { year: 2025, through: '2025-12', balance: 215612.5, deposits: 16909.8, interest: 3058.69, withdrawals: 0 },
      { year: 2026, through: '2026-03', balance: 217992.9, deposits: 2880.4, interest: 0, withdrawals: 500 },
    ]);
    expect(await client.getBalances('51010919791224007X')).toEqual([{ year: 2026, through: '2026-03', balance: 1440.2, deposits: 1440.2, interest: 0, withdrawals: 0 }]);
  });

  it('reads HTTP 404 code 1001 as "no account" (a 404), and 400 or 500 as a failure', async () => {
    const client = new ChengduProvidentFundClient(
      cannedRegistry({
        [`/chengdu/gjj/GrzhQuery?sfzh=${CD}`]: xml('<Code>1001</Code><Message>个人账户不存在</Message>', 404),
        [`/chengdu/gjj/JcmxQuery?sfzh=${CD}`]: xml('<Code>1002</Code><Message>参数错误：sfzh</Message>', 400),
        '/chengdu/gjj/DkzcQuery': xml('<Code>0</Code><Message>成功</Message><Policy><SingleMax>x</SingleMax></Policy>'),
        [`/chengdu/gjj/NdjzQuery?sfzh=${CD}`]: xml('<Code>1001</Code><Message>个人账户不存在</Message>', 404),
        '/chengdu/gjj/NdjzQuery?sfzh=51010919791224007X': xml('<Code>0</Code><Message>成功</Message><Records><Record><Nd>2026</Nd><Jzny>202603</Jzny><Qmye>abc</Qmye></Record></Records>'),
      }),
    );
    await expect(client.getBalances(CD)).rejects.toMatchObject({ status: 404 });
    await expect(client.getBalances('51010919791224007X')).rejects.toBeInstanceOf(UpstreamFailure);
    await expect(client.getSummary(CD)).rejects.toMatchObject({ status: 404, message: expect.stringContaining('no housing provident fund account') });
    await expect(client.getDeposits(CD)).rejects.toBeInstanceOf(UpstreamFailure);
    await expect(client.getLoanRules()).rejects.toBeInstanceOf(UpstreamFailure);
  });
});
