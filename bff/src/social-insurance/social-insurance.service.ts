import { Inject, Injectable } from '@nestjs/common';
import type { ContributionsResponse, SocialInsuranceSummary, UpstreamService, YearlyTotalsResponse } from '@portal/shared';
import { requireUpstream } from '../common/city';
import { CitizenIdentityService } from '../identity/citizen-identity.service';
import { liveAnswer } from '../upstream/live-answer';
import { SOCIAL_INSURANCE_UPSTREAMS, type SocialInsuranceUpstream } from './social-insurance.upstream';

/**
 * The citizen's own social insurance, from their city's system, by their verified identity number.
 * Personal answers: never cached, never served stale.
 */
@Injectable()
export class SocialInsuranceService {
  constructor(
    @Inject(SOCIAL_INSURANCE_UPSTREAMS) private readonly upstreams: Map<UpstreamService, SocialInsuranceUpstream>,
    private readonly identity: CitizenIdentityService,
  ) {}

  async getSummary(cityId: string, userId: string, requestId?: string): Promise<SocialInsuranceSummary> {
    const { city, client, idNumber } = await this.resolve(cityId, userId);
    return { city, ...(await liveAnswer(() => client.getSummary(idNumber, requestId))) };
  }

  async getContributions(cityId: string, userId: string, year: number, requestId?: string): Promise<ContributionsResponse> {
    const { city, client, idNumber } = await this.resolve(cityId, userId);
    return { city, ...(await liveAnswer(() => client.getContributions(idNumber, year, requestId))) };
  }

  async getYearly(cityId: string, userId: string, requestId?: string): Promise<YearlyTotalsResponse> {
    const { city, client, idNumber } = await this.resolve(cityId, userId);
    return { city, ...(await liveAnswer(() => client.getYearly(idNumber, requestId))) };
  }

  private async resolve(cityId: string, userId: string) {
    const { city, service } = requireUpstream(cityId, 'social-insurance');
    const client = this.upstreams.get(service)!;
    return { city, client, idNumber: await this.identity.requireIdentityNumber(userId) };
  }

}
