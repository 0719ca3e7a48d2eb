import { Injectable } from '@nestjs/common';
import type { InsuranceKind, MonthlyContribution, Shares } from '@portal/shared';
import { AppException } from '../../common/app-exception';
import { alreadyPaid, notResident } from '../resident-medical.errors';
import { DialectReader } from '../../upstream/dialect';
import type { UpstreamResponse } from '../../upstream/upstream-http.client';
import { UpstreamRegistry } from '../../upstream/upstream-registry';
import { SocialInsuranceUpstream, yuan, type ResidentMedicalRecord } from '../social-insurance.upstream';

const KINDS: InsuranceKind[] = ['pension', 'medical', 'unemployment', 'workInjury', 'maternity'];

/**
 * Shanghai's social-insurance system: `{code: "0", message, data}`, business errors as HTTP 200
 * with their own codes ("1001" no record), money in yuan, months `yyyy-MM`.
 */
@Injectable()
export class ShanghaiSocialInsuranceClient extends SocialInsuranceUpstream {
  readonly service = 'shanghai-social-insurance' as const;
  private readonly read = new DialectReader(this.service);

  constructor(private readonly registry: UpstreamRegistry) {
    super();
  }

  getSummary(idNumber: string, requestId?: string) {
    return this.call(`/shanghai/shebao/account?idNumber=${idNumber}`, requestId, (data) => ({
      insuredType: this.read.string(data.insuredType, 'insuredType') === '城乡居民' ? ('resident' as const) : ('employee' as const),
      status: this.read.string(data.status, 'status') === '暂停' ? ('suspended' as const) : ('active' as const),
      employer: typeof data.employer === 'string' && data.employer ? data.employer : null,
      paymentBase: yuan(this.read.number(data.paymentBase ?? 0, 'paymentBase')),
      monthsPaid: this.read.number(data.monthsPaid ?? 0, 'monthsPaid'),
      insuredSince: typeof data.insuredSince === 'string' && data.insuredSince ? data.insuredSince : null,
    }));
  }

  getContributions(idNumber: string, year: number, requestId?: string) {
    return this.call(`/shanghai/shebao/contributions?idNumber=${idNumber}&year=${year}`, requestId, (data) => {
      const months: MonthlyContribution[] = this.read.array(data.months, 'months').map((raw) => {
        const m = this.read.object(raw, 'month');
        const byInsurance: Partial<Record<InsuranceKind, Shares>> = {};
        for (const kind of KINDS) {
          if (m[kind] === undefined) continue;
          const share = this.read.object(m[kind], kind);
          byInsurance[kind] = { personal: yuan(this.read.number(share.personal, `${kind}.personal`)), employer: yuan(this.read.number(share.employer, `${kind}.employer`)) };
        }
        return {
          month: this.read.string(m.month, 'month'),
          paymentBase: yuan(this.read.number(m.paymentBase, 'paymentBase')),
          byInsurance,
          personalTotal: yuan(this.read.number(m.personalTotal, 'personalTotal')),
          employerTotal: yuan(this.read.number(m.employerTotal, 'employerTotal')),
        };
      });
      return {
        year,
        months,
        personalTotal: yuan(months.reduce((sum, m) => sum + m.personalTotal, 0)),
        employerTotal: yuan(months.reduce((sum, m) => sum + m.employerTotal, 0)),
      };
    });
  }

  getYearly(idNumber: string, requestId?: string) {
    return this.call(`/shanghai/shebao/yearly?idNumber=${idNumber}`, requestId, (data) => ({
      years: this.read.array(data.years, 'years').map((raw) => {
        const y = this.read.object(raw, 'year');
        return {
          year: this.read.number(y.year, 'year'),
          monthsPaid: this.read.number(y.monthsPaid, 'monthsPaid'),
          personalTotal: yuan(this.read.number(y.personalTotal, 'personalTotal')),
          employerTotal: yuan(this.read.number(y.employerTotal, 'employerTotal')),
        };
      }),
    }));
  }

  getResidentMedical(idNumber: string, year: number, requestId?: string): Promise<ResidentMedicalRecord> {
    return this.call(`/shanghai/shebao/resident-medical?idNumber=${idNumber}&year=${year}`, requestId, (data) => this.resident(data));
  }

  recordResidentPayment(idNumber: string, year: number, tradeNo: string, amount: number, requestId?: string): Promise<ResidentMedicalRecord> {
    return this.registry
      .client(this.service)
      .post('/shanghai/shebao/resident-medical/payments', { idNumber, year, tradeNo, amount }, (r) => this.resident(this.unwrap(r)), requestId);
  }

  private resident(data: Record<string, unknown>): ResidentMedicalRecord {
    const paidAt = typeof data.paidAt === 'string' && data.paidAt ? `${data.paidAt.replace(' ', 'T')}+08:00` : null;
    return {
      category: this.read.string(data.category, 'category'),
      amountDue: yuan(this.read.number(data.amountDue, 'amountDue')),
      paid: this.read.string(data.status, 'status') === '已缴费',
      tradeNo: typeof data.tradeNo === 'string' && data.tradeNo ? data.tradeNo : null,
      paidAt,
    };
  }

  private call<T>(path: string, requestId: string | undefined, translate: (data: Record<string, unknown>) => T): Promise<T> {
    return this.registry.client(this.service).get(path, (response) => translate(this.unwrap(response)), requestId);
  }

  private unwrap(response: UpstreamResponse): Record<string, unknown> {
    const body = this.read.object(this.read.json(response), 'body');
    const code = this.read.string(body.code, 'code');
    if (code === '1001') throw AppException.notFound('NOT_FOUND', 'Shanghai has no social insurance record for you.');
    if (code === '1003') throw notResident();
    if (code === '1005') throw alreadyPaid();
    if (code !== '0') throw this.read.malformed(`code ${code}`);
    return this.read.object(body.data, 'data');
  }
}
