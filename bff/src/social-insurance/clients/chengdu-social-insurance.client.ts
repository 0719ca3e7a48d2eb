import { Injectable } from '@nestjs/common';
import type { InsuranceKind, MonthlyContribution, Shares } from '@portal/shared';
import { AppException } from '../../common/app-exception';
import { alreadyPaid, notResident } from '../resident-medical.errors';
import { DialectReader } from '../../upstream/dialect';
import type { UpstreamResponse } from '../../upstream/upstream-http.client';
import { UpstreamRegistry } from '../../upstream/upstream-registry';
import { SocialInsuranceUpstream, yuan, type ResidentMedicalRecord } from '../social-insurance.upstream';

/** National insurance codes (aae140) Chengdu uses; maternity is merged into medical there. */
const KIND_BY_CODE: Record<string, InsuranceKind> = { '110': 'pension', '310': 'medical', '210': 'unemployment', '410': 'workInjury', '510': 'maternity' };
const fen = (value: number) => yuan(value / 100);
const month = (yyyymm: string) => `${yyyymm.slice(0, 4)}-${yyyymm.slice(4, 6)}`;

/**
 * Chengdu's social-insurance system: `{flag: "1", result | rows}` or `{flag: "0", errcode}`, fields
 * named by national codes and pinyin initials, money in fen, months `yyyyMM`.
 */
@Injectable()
export class ChengduSocialInsuranceClient extends SocialInsuranceUpstream {
  readonly service = 'chengdu-social-insurance' as const;
  private readonly read = new DialectReader(this.service);

  constructor(private readonly registry: UpstreamRegistry) {
    super();
  }

  getSummary(idNumber: string, requestId?: string) {
    return this.call(`/chengdu/shebao/cbxx?aac002=${idNumber}`, requestId, (body) => {
      const r = this.read.object(body.result, 'result');
      const since = typeof r.scbrq === 'string' && r.scbrq ? month(r.scbrq) : null;
      return {
        insuredType: this.read.string(r.cblx, 'cblx') === '城乡居民' ? ('resident' as const) : ('employee' as const),
        status: this.read.string(r.cbzt, 'cbzt') === '暂停' ? ('suspended' as const) : ('active' as const),
        employer: typeof r.dwmc === 'string' && r.dwmc ? r.dwmc : null,
        paymentBase: fen(this.read.number(r.jfjs ?? 0, 'jfjs')),
        monthsPaid: this.read.number(r.ljjfys ?? 0, 'ljjfys'),
        insuredSince: since,
      };
    });
  }

  getContributions(idNumber: string, year: number, requestId?: string) {
    return this.call(`/chengdu/shebao/jfmx?aac002=${idNumber}&nd=${year}`, requestId, (body) => {
      const byMonth = new Map<string, MonthlyContribution>();
      for (const raw of this.read.array(body.rows, 'rows')) {
        const row = this.read.object(raw, 'row');
        const key = month(this.read.string(row.ssq, 'ssq'));
        const kind = KIND_BY_CODE[this.read.string(row.aae140, 'aae140')];
        if (!kind) throw this.read.malformed(`unknown insurance ${String(row.aae140)}`);
        const share: Shares = { personal: fen(this.read.number(row.grjf, 'grjf')), employer: fen(this.read.number(row.dwjf, 'dwjf')) };
        const entry = byMonth.get(key) ?? { month: key, paymentBase: fen(this.read.number(row.jfjs, 'jfjs')), byInsurance: {}, personalTotal: 0, employerTotal: 0 };
        entry.byInsurance[kind] = share;
        entry.personalTotal = yuan(entry.personalTotal + share.personal);
        entry.employerTotal = yuan(entry.employerTotal + share.employer);
        byMonth.set(key, entry);
      }
      const months = [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month));
      return {
        year,
        months,
        personalTotal: yuan(months.reduce((sum, m) => sum + m.personalTotal, 0)),
        employerTotal: yuan(months.reduce((sum, m) => sum + m.employerTotal, 0)),
      };
    });
  }

  getYearly(idNumber: string, requestId?: string) {
    return this.call(`/chengdu/shebao/ndhz?aac002=${idNumber}`, requestId, (body) => ({
      years: this.read.array(body.rows, 'rows').map((raw) => {
        const y = this.read.object(raw, 'row');
        return {
          year: this.read.number(y.nd, 'nd'),
          monthsPaid: this.read.number(y.jfys, 'jfys'),
          personalTotal: fen(this.read.number(y.grjf, 'grjf')),
          employerTotal: fen(this.read.number(y.dwjf, 'dwjf')),
        };
      }),
    }));
  }

  getResidentMedical(idNumber: string, year: number, requestId?: string): Promise<ResidentMedicalRecord> {
    return this.call(`/chengdu/shebao/jmyb?aac002=${idNumber}&nd=${year}`, requestId, (body) => this.resident(body));
  }

  recordResidentPayment(idNumber: string, year: number, tradeNo: string, amount: number, requestId?: string): Promise<ResidentMedicalRecord> {
    const body = { aac002: idNumber, nd: String(year), jylsh: tradeNo, je: Math.round(amount * 100) };
    return this.registry.client(this.service).post('/chengdu/shebao/jmyb/jf', body, (r) => this.resident(this.unwrap(r)), requestId);
  }

  /** `jfsj` is yyyyMMddHHmmss, Chengdu local time. */
  private resident(body: Record<string, unknown>): ResidentMedicalRecord {
    const r = this.read.object(body.result, 'result');
    const at = typeof r.jfsj === 'string' && /^\d{14}$/.test(r.jfsj) ? r.jfsj : null;
    return {
      category: this.read.string(r.rylb, 'rylb'),
      amountDue: fen(this.read.number(r.yjje, 'yjje')),
      paid: this.read.string(r.jfzt, 'jfzt') === '1',
      tradeNo: typeof r.jylsh === 'string' && r.jylsh ? r.jylsh : null,
      paidAt: at ? `${at.slice(0, 4)}-${at.slice(4, 6)}-${at.slice(6, 8)}T${at.slice(8, 10)}:${at.slice(10, 12)}:${at.slice(12, 14)}+08:00` : null,
    };
  }

  private call<T>(path: string, requestId: string | undefined, translate: (body: Record<string, unknown>) => T): Promise<T> {
    return this.registry.client(this.service).get(path, (response) => translate(this.unwrap(response)), requestId);
  }

  private unwrap(response: UpstreamResponse): Record<string, unknown> {
    const body = this.read.object(this.read.json(response), 'body');
    const flag = this.read.string(body.flag, 'flag');
    if (flag === '1') return body;
    const errcode = String(body.errcode ?? '');
    if (errcode === 'E1001') throw AppException.notFound('NOT_FOUND', 'Chengdu has no social insurance record for you.');
    if (errcode === 'E1003') throw notResident();
    if (errcode === 'E1005') throw alreadyPaid();
    throw this.read.malformed(`errcode ${errcode}`);
  }
}
