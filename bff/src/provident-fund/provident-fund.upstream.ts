import type { LoanRules, ProvidentFundBalancePoint, ProvidentFundDeposit, ProvidentFundSummary, UpstreamService } from '@portal/shared';

/**
 * A city's housing provident fund system, queried by the citizen's identity number. One
 * implementation per city; "no account for this person" is an AppException 404.
 */
export abstract class ProvidentFundUpstream {
  abstract readonly service: UpstreamService;
  abstract getSummary(idNumber: string, requestId?: string): Promise<Omit<ProvidentFundSummary, 'city'>>;
  /** The last 24 months, newest first. */
  abstract getDeposits(idNumber: string, requestId?: string): Promise<ProvidentFundDeposit[]>;
  /** The balance at each calendar year's end since the account opened, oldest first; the last is this year so far. */
  abstract getBalances(idNumber: string, requestId?: string): Promise<ProvidentFundBalancePoint[]>;
  /** The city's published loan rules (public). */
  abstract getLoanRules(requestId?: string): Promise<LoanRules>;
}

export const PROVIDENT_FUND_UPSTREAMS = Symbol('PROVIDENT_FUND_UPSTREAMS');

/** `yyyyMM` → `YYYY-MM`; `yyyyMMdd` → `YYYY-MM-DD`. */
export const isoMonth = (compact: string) => `${compact.slice(0, 4)}-${compact.slice(4, 6)}`;
export const isoDate = (compact: string) => `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;
