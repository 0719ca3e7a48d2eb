import { Injectable } from '@nestjs/common';
import type { LoanHome, LoanRules } from '@portal/shared';
import { AppException } from '../../common/app-exception';
import { DialectReader } from '../../upstream/dialect';
import type { UpstreamResponse } from '../../upstream/upstream-http.client';
import { UpstreamRegistry } from '../../upstream/upstream-registry';
import { yuan } from '../loan-estimate';
import { ProvidentFundUpstream } from '../provident-fund.upstream';

const HOME: Record<string, LoanHome> = { 首套: 'first', 二套: 'second' };

/**
 * Shanghai's provident fund system: `{success, errorCode, errorMsg, result}`, business errors as
 * HTTP 200 with `success: false`; amounts are strings in yuan, rates strings like `"5%"`, months `yyyy-MM`.
 */
@Injectable()
export class ShanghaiProvidentFundClient extends ProvidentFundUpstream {
  readonly service = 'shanghai-provident-fund' as const;
  private readonly read = new DialectReader(this.service);

  constructor(private readonly registry: UpstreamRegistry) {
    super();
  }

  getSummary(idNumber: string, requestId?: string) {
    return this.call(`/shanghai/gjj/account?zjhm=${idNumber}`, requestId, (r) => ({
      status: this.read.string(r.status, 'status') === '封存' ? ('sealed' as const) : ('active' as const),
      openedOn: this.read.string(r.openedOn, 'openedOn'),
      balance: this.money(r.balance, 'balance'),
      depositBase: this.money(r.depositBase, 'depositBase'),
      personalRate: this.percent(r.personalRate, 'personalRate'),
      employerRate: this.percent(r.employerRate, 'employerRate'),
      monthly: {
        personal: this.money(r.monthlyPersonal, 'monthlyPersonal'),
        employer: this.money(r.monthlyEmployer, 'monthlyEmployer'),
        total: this.money(r.monthlyTotal, 'monthlyTotal'),
      },
      lastDepositMonth: typeof r.lastDepositMonth === 'string' && r.lastDepositMonth ? r.lastDepositMonth : null,
    }));
  }

  getDeposits(idNumber: string, requestId?: string) {
    return this.call(`/shanghai/gjj/deposits?zjhm=${idNumber}`, requestId, (r) =>
      this.read.array(r.records, 'records').map((raw) => {
        const d = this.read.object(raw, 'record');
        return {
          month: this.read.string(d.month, 'month'),
          kind: this.read.string(d.type, 'type'),
          personal: this.money(d.personal, 'personal'),
          employer: this.money(d.employer, 'employer'),
          total: this.money(d.total, 'total'),
        };
      }),
    );
  }

  /** `statements` come newest first with the year as a string; the portal's points go oldest first. */
  getBalances(idNumber: string, requestId?: string) {
    return this.call(`/shanghai/gjj/statements?zjhm=${idNumber}`, requestId, (r) =>
      this.read
        .array(r.statements, 'statements')
        .map((raw) => {
          const s = this.read.object(raw, 'statement');
          return {
            year: this.year(s.year, 'year'),
            through: this.read.string(s.endMonth, 'endMonth'),
            balance: this.money(s.closingBalance, 'closingBalance'),
            deposits: this.money(s.deposited, 'deposited'),
            interest: this.money(s.interest, 'interest'),
            withdrawals: this.money(s.withdrawn, 'withdrawn'),
          };
        })
        .sort((a, b) => a.year - b.year),
    );
  }

  getLoanRules(requestId?: string) {
    return this.call('/shanghai/gjj/loan-rules', requestId, (r): LoanRules => {
      const maxLoan = this.read.object(r.maxLoan, 'maxLoan');
      const cap = (key: string) => {
        const o = this.read.object(maxLoan[key], `maxLoan.${key}`);
        return { single: this.money(o.single, `${key}.single`), family: this.money(o.family, `${key}.family`) };
      };
      const rates: Partial<LoanRules['rates']> = {};
      for (const raw of this.read.array(r.rates, 'rates')) {
        const rate = this.read.object(raw, 'rate');
        const home = HOME[this.read.string(rate.home, 'rates.home')];
        if (!home) throw this.read.malformed(`unknown home ${String(rate.home)}`);
        const term = this.read.string(rate.term, 'rates.term');
        const slot = term.includes('以下') ? 'upTo5Years' : 'over5Years';
        rates[home] = { ...(rates[home] ?? { upTo5Years: NaN, over5Years: NaN }), [slot]: this.percent(rate.rate, 'rates.rate') };
      }
      return {
        maxLoan: { first: cap('firstHome'), second: cap('secondHome') },
        balanceMultiple: this.read.number(r.balanceMultiple, 'balanceMultiple'),
        maxTermYears: this.read.number(r.maxTermYears, 'maxTermYears'),
        minDepositMonths: this.read.number(r.minDepositMonths, 'minDepositMonths'),
        rates: this.completeRates(rates),
      };
    });
  }

  private completeRates(rates: Partial<LoanRules['rates']>): LoanRules['rates'] {
    for (const home of ['first', 'second'] as const) {
      const r = rates[home];
      if (!r || !Number.isFinite(r.upTo5Years) || !Number.isFinite(r.over5Years)) throw this.read.malformed(`rates for ${home} home incomplete`);
    }
    return rates as LoanRules['rates'];
  }

  private year(value: unknown, what: string): number {
    const year = this.read.number(value, what);
    if (!Number.isInteger(year) || year < 1900 || year > 9999) throw this.read.malformed(`${what} is not a year`);
    return year;
  }

  private money(value: unknown, what: string): number {
    return yuan(this.read.number(value, what));
  }

  /** `"5%"` → 0.05, `"2.525%"` → 0.02525 */
  private percent(value: unknown, what: string): number {
    const text = this.read.string(value, what).trim();
    if (!text.endsWith('%')) throw this.read.malformed(`${what} is not a percentage`);
    return Number((this.read.number(text.slice(0, -1), what) / 100).toFixed(6));
  }

  private call<T>(path: string, requestId: string | undefined, translate: (result: Record<string, unknown>) => T): Promise<T> {
    return this.registry.client(this.service).get(path, (response) => translate(this.unwrap(response)), requestId);
  }

  private unwrap(response: UpstreamResponse): Record<string, unknown> {
    const body = this.read.object(this.read.json(response), 'body');
    if (body.success === true) return this.read.object(body.result, 'result');
    if (body.errorCode === 'ACCOUNT_NOT_FOUND') throw AppException.notFound('NOT_FOUND', 'Shanghai has no housing provident fund account for you.');
    throw this.read.malformed(`errorCode ${String(body.errorCode)}`);
  }
}
