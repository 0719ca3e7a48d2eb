import { Inject, Injectable } from '@nestjs/common';
import type {
  LoanEstimate,
  LoanEstimateQuery,
  ProvidentFundBalanceHistory,
  ProvidentFundDepositsResponse,
  ProvidentFundSummary,
  UpstreamService,
} from '@portal/shared';
import { AppException } from '../common/app-exception';
import { requireUpstream } from '../common/city';
import { CitizenIdentityService } from '../identity/citizen-identity.service';
import { CachedFetcher } from '../upstream/cached-fetcher';
import { liveAnswer } from '../upstream/live-answer';
import { estimateLoan } from './loan-estimate';
import { PROVIDENT_FUND_UPSTREAMS, type ProvidentFundUpstream } from './provident-fund.upstream';

/** The published loan rules are public and change rarely. */
const RULES_TTL_MS = 60 * 60_000;

/**
 * The citizen's own provident fund account, from their city's system, by their verified identity
 * number. Personal answers: never cached, never served stale. Only the city's public loan rules
 * are cached.
 */
@Injectable()
export class ProvidentFundService {
  constructor(
    @Inject(PROVIDENT_FUND_UPSTREAMS) private readonly upstreams: Map<UpstreamService, ProvidentFundUpstream>,
    private readonly identity: CitizenIdentityService,
    private readonly cache: CachedFetcher,
  ) {}

  async getSummary(cityId: string, userId: string, requestId?: string): Promise<ProvidentFundSummary> {
    const { city, client, idNumber } = await this.resolve(cityId, userId);
    return { city, ...(await liveAnswer(() => client.getSummary(idNumber, requestId))) };
  }

  async getDeposits(cityId: string, userId: string, months: number, requestId?: string): Promise<ProvidentFundDepositsResponse> {
    const { city, client, idNumber } = await this.resolve(cityId, userId);
    const deposits = await liveAnswer(() => client.getDeposits(idNumber, requestId));
    return { city, deposits: deposits.slice(0, months) };
  }

  async getBalances(cityId: string, userId: string, requestId?: string): Promise<ProvidentFundBalanceHistory> {
    const { city, client, idNumber } = await this.resolve(cityId, userId);
    return { city, points: await liveAnswer(() => client.getBalances(idNumber, requestId)) };
  }

  async estimateLoan(cityId: string, userId: string, query: LoanEstimateQuery, requestId?: string): Promise<LoanEstimate> {
    const { city, service, client, idNumber } = await this.resolve(cityId, userId);
    const rules = (await this.cache.fetch(`${service}:loan-rules`, RULES_TTL_MS, () => client.getLoanRules(requestId))).value;
    if (query.years > rules.maxTermYears) {
      throw AppException.field('years', 'max', `years must be at most ${rules.maxTermYears}, the longest term this city lends for`);
    }
    // Both calls settle before we answer, so no call to the city's system outlives the request.
    const [summary, deposits] = await liveAnswer(async () => {
      const [s, d] = await Promise.allSettled([client.getSummary(idNumber, requestId), client.getDeposits(idNumber, requestId)]);
      if (s.status === 'rejected') throw s.reason;
      if (d.status === 'rejected') throw d.reason;
      return [s.value, d.value] as const;
    });
    const account = { status: summary.status, balance: summary.balance, depositMonths: deposits.length };
    return { city, ...estimateLoan(rules, account, query) };
  }

  private async resolve(cityId: string, userId: string) {
    const { city, service } = requireUpstream(cityId, 'provident-fund');
    const client = this.upstreams.get(service)!;
    return { city, service, client, idNumber: await this.identity.requireIdentityNumber(userId) };
  }

}

