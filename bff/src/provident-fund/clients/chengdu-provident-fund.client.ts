import { Injectable } from '@nestjs/common';
import type { LoanRules } from '@portal/shared';
import { AppException } from '../../common/app-exception';
import { DialectReader } from '../../upstream/dialect';
import type { UpstreamResponse } from '../../upstream/upstream-http.client';
import { UpstreamRegistry } from '../../upstream/upstream-registry';
import { yuan } from '../loan-estimate';
import { isoDate, isoMonth, ProvidentFundUpstream } from '../provident-fund.upstream';

/** Lists even when they hold one item. */
const ARRAYS = ['Response.Records.Record', 'Response.Policy.Rates.Rate'];

/**
 * Chengdu's provident fund system: XML `<Response><Code>0</Code>…`, real HTTP statuses for errors
 * (404 code 1001 no account); amounts in fen, rates as decimals, months `yyyyMM`, dates `yyyyMMdd`.
 */
@Injectable()
export class ChengduProvidentFundClient extends ProvidentFundUpstream {
  readonly service = 'chengdu-provident-fund' as const;
  private readonly read = new DialectReader(this.service);

  constructor(private readonly registry: UpstreamRegistry) {
    super();
  }

  getSummary(idNumber: string, requestId?: string) {
    return this.call(`/chengdu/gjj/GrzhQuery?sfzh=${idNumber}`, requestId, (root) => {
      const a = this.read.object(root.Account, 'Account');
      const last = typeof a.Zhjcny === 'string' && a.Zhjcny ? isoMonth(a.Zhjcny) : null;
      return {
        status: this.read.string(a.Zhzt, 'Zhzt') === '封存' ? ('sealed' as const) : ('active' as const),
        openedOn: isoDate(this.read.string(a.Khrq, 'Khrq')),
        balance: this.fen(a.Ye, 'Ye'),
        depositBase: this.fen(a.Jcjs, 'Jcjs'),
        personalRate: this.read.number(a.Grjcbl, 'Grjcbl'),
        employerRate: this.read.number(a.Dwjcbl, 'Dwjcbl'),
        monthly: { personal: this.fen(a.Gryjce, 'Gryjce'), employer: this.fen(a.Dwyjce, 'Dwyjce'), total: this.fen(a.Yjce, 'Yjce') },
        lastDepositMonth: last,
      };
    });
  }

  getDeposits(idNumber: string, requestId?: string) {
    return this.call(`/chengdu/gjj/JcmxQuery?sfzh=${idNumber}`, requestId, (root) =>
      this.read.array(this.read.section(root.Records, 'Records').Record, 'Record').map((raw) => {
        const r = this.read.object(raw, 'Record');
        return {
          month: isoMonth(this.read.string(r.Jcny, 'Jcny')),
          kind: this.read.string(r.Ywlx, 'Ywlx'),
          personal: this.fen(r.Grjce, 'Grjce'),
          employer: this.fen(r.Dwjce, 'Dwjce'),
          total: this.fen(r.Fse, 'Fse'),
        };
      }),
    );
  }

  /** `NdjzQuery` (年度结转): a record per year, oldest first, fen; `Jzny` the last month covered, yyyyMM. */
  getBalances(idNumber: string, requestId?: string) {
    return this.call(`/chengdu/gjj/NdjzQuery?sfzh=${idNumber}`, requestId, (root) =>
      this.read
        .array(this.read.section(root.Records, 'Records').Record, 'Record')
        .map((raw) => {
          const r = this.read.object(raw, 'Record');
          const year = this.read.number(r.Nd, 'Nd');
          if (!Number.isInteger(year) || year < 1900 || year > 9999) throw this.read.malformed('Nd is not a year');
          return {
            year,
            through: isoMonth(this.read.string(r.Jzny, 'Jzny')),
            balance: this.fen(r.Qmye, 'Qmye'),
            deposits: this.fen(r.Bnjce, 'Bnjce'),
            interest: this.fen(r.Bnlx, 'Bnlx'),
            withdrawals: this.fen(r.Bntqe, 'Bntqe'),
          };
        })
        .sort((a, b) => a.year - b.year),
    );
  }

  getLoanRules(requestId?: string) {
    return this.call('/chengdu/gjj/DkzcQuery', requestId, (root): LoanRules => {
      const p = this.read.object(root.Policy, 'Policy');
      const rates = { first: { upTo5Years: NaN, over5Years: NaN }, second: { upTo5Years: NaN, over5Years: NaN } };
      for (const raw of this.read.array(this.read.section(p.Rates, 'Rates').Rate, 'Rate')) {
        const r = this.read.object(raw, 'Rate');
        const home = { '1': 'first', '2': 'second' }[this.read.string(r.Home, 'Rate.Home')] as 'first' | 'second' | undefined;
        if (!home) throw this.read.malformed(`unknown Home ${String(r.Home)}`);
        rates[home][this.read.number(r.MaxYears, 'Rate.MaxYears') <= 5 ? 'upTo5Years' : 'over5Years'] = this.read.number(r.Value, 'Rate.Value');
      }
      if (Object.values(rates).some((r) => !Number.isFinite(r.upTo5Years) || !Number.isFinite(r.over5Years))) throw this.read.malformed('Rates incomplete');
      return {
        maxLoan: {
          first: { single: this.fen(p.SingleMax, 'SingleMax'), family: this.fen(p.CoupleMax, 'CoupleMax') },
          second: { single: this.fen(p.SecondSingleMax, 'SecondSingleMax'), family: this.fen(p.SecondCoupleMax, 'SecondCoupleMax') },
        },
        balanceMultiple: this.read.number(p.BalanceMultiple, 'BalanceMultiple'),
        maxTermYears: this.read.number(p.MaxYears, 'MaxYears'),
        minDepositMonths: this.read.number(p.MinDepositMonths, 'MinDepositMonths'),
        rates,
      };
    });
  }

  private fen(value: unknown, what: string): number {
    return yuan(this.read.number(value, what) / 100);
  }

  private call<T>(path: string, requestId: string | undefined, translate: (root: Record<string, unknown>) => T): Promise<T> {
    return this.registry.client(this.service).get(path, (response) => translate(this.unwrap(response)), requestId);
  }

  private unwrap(response: UpstreamResponse): Record<string, unknown> {
    const doc = this.read.object(this.read.xml(response, ARRAYS), 'document');
    const root = this.read.object(doc.Response, 'Response');
    const code = this.read.string(root.Code, 'Code');
    if (code === '1001') throw AppException.notFound('NOT_FOUND', 'Chengdu has no housing provident fund account for you.');
    if (response.status !== 200 || code !== '0') throw this.read.malformed(`HTTP ${response.status}, code ${code}`);
    return root;
  }
}
