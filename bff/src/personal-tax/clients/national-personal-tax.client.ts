import { Injectable } from '@nestjs/common';
import {
  INCOME_TYPES,
  SPECIAL_ADDITIONAL_DEDUCTIONS,
  type IncomeType,
  type ReconciliationOutcome,
  type SpecialAdditionalDeduction,
} from '@portal/shared';
import { AppException } from '../../common/app-exception';
import { DialectReader } from '../../upstream/dialect';
import type { UpstreamResponse } from '../../upstream/upstream-http.client';
import { UpstreamRegistry } from '../../upstream/upstream-registry';
import { PersonalTaxUpstream } from '../personal-tax.upstream';

const yuan = (value: number): number => Math.round(value * 100) / 100;
const OUTCOMES: Record<string, ReconciliationOutcome> = { '0': 'none', '1': 'refund', '2': 'due', '3': 'exempt' };

/**
 * The national income tax system (自然人电子税务局): `{code: "000000", msg, body}`, business errors as
 * HTTP 200 with their own codes ("200001" no taxpayer); amounts strings in yuan, pinyin-initial names.
 * Income comes from 收入纳税明细, the settlement from 年度汇算.
 */
@Injectable()
export class NationalPersonalTaxClient extends PersonalTaxUpstream {
  readonly service = 'national-personal-tax' as const;
  private readonly read = new DialectReader(this.service);

  constructor(private readonly registry: UpstreamRegistry) {
    super();
  }

  async getAnnual(idNumber: string, year: number, requestId?: string) {
    // Both calls settle before we answer, so no call to the tax system outlives the request.
    const [summaryResult, reconciliationResult] = await Promise.allSettled([
      this.call(`/tax/income/summary?zjhm=${idNumber}&nd=${year}`, requestId, (body) => ({
        income: this.read.array(body.items, 'items').map((raw) => {
          const item = this.read.object(raw, 'item');
          const type = this.read.string(item.sdxm, 'sdxm') as IncomeType;
          if (!INCOME_TYPES.includes(type)) throw this.read.malformed(`unknown income type ${type}`);
          return {
            type,
            label: this.read.string(item.sdxmmc, 'sdxmmc'),
            income: this.money(item.sre, 'sre'),
            taxWithheld: this.money(item.ykjse, 'ykjse'),
            payments: this.read.number(item.cs, 'cs'),
          };
        }),
        incomeTotal: this.money(body.sreTotal, 'sreTotal'),
        taxWithheldTotal: this.money(body.ykjseTotal, 'ykjseTotal'),
      })),
      this.call(`/tax/annual/reconciliation?zjhm=${idNumber}&nd=${year}`, requestId, (body) => {
        const outcome = OUTCOMES[this.read.string(body.jg, 'jg')];
        if (!outcome) throw this.read.malformed(`unknown jg ${String(body.jg)}`);
        const balance = this.money(body.ybtse, 'ybtse');
        return {
          comprehensiveIncome: this.money(body.zhsd, 'zhsd'),
          basicDeduction: this.money(body.jbjcfy, 'jbjcfy'),
          specialDeductions: this.money(body.zxkc, 'zxkc'),
          specialAdditionalDeductions: this.read.array(body.zxfjkc, 'zxfjkc').map((raw) => {
            const d = this.read.object(raw, 'zxfjkc');
            const type = this.read.string(d.lx, 'lx') as SpecialAdditionalDeduction;
            if (!SPECIAL_ADDITIONAL_DEDUCTIONS.includes(type)) throw this.read.malformed(`unknown deduction ${type}`);
            return { type, label: this.read.string(d.mc, 'mc'), amount: this.money(d.je, 'je') };
          }),
          taxableIncome: this.money(body.ynssde, 'ynssde'),
          taxPayable: this.money(body.ynse, 'ynse'),
          taxWithheld: this.money(body.yjse, 'yjse'),
          outcome,
          outcomeLabel: this.read.string(body.jgmc, 'jgmc'),
          refund: outcome === 'refund' ? yuan(Math.max(0, -balance)) : 0,
          amountDue: outcome === 'due' ? yuan(Math.max(0, balance)) : 0,
        };
      }),
    ]);
    if (summaryResult.status === 'rejected') throw summaryResult.reason;
    if (reconciliationResult.status === 'rejected') throw reconciliationResult.reason;
    return { year, ...summaryResult.value, reconciliation: reconciliationResult.value };
  }

  private money(value: unknown, what: string): number {
    return yuan(this.read.number(value, what));
  }

  private call<T>(path: string, requestId: string | undefined, translate: (body: Record<string, unknown>) => T): Promise<T> {
    return this.registry.client(this.service).get(path, (response) => translate(this.unwrap(response)), requestId);
  }

  private unwrap(response: UpstreamResponse): Record<string, unknown> {
    const envelope = this.read.object(this.read.json(response), 'body');
    const code = this.read.string(envelope.code, 'code');
    if (code === '200001') throw AppException.notFound('NOT_FOUND', 'The national tax system has no taxpayer record for you.');
    if (code !== '000000') throw this.read.malformed(`code ${code}`);
    return this.read.object(envelope.body, 'body');
  }
}
