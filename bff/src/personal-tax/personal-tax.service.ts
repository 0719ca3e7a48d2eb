import { Inject, Injectable } from '@nestjs/common';
import type { PersonalTaxAnnual, UpstreamService } from '@portal/shared';
import { requireUpstream } from '../common/city';
import { CitizenIdentityService } from '../identity/citizen-identity.service';
import { liveAnswer } from '../upstream/live-answer';
import { PERSONAL_TAX_UPSTREAMS, type PersonalTaxUpstream } from './personal-tax.upstream';

/**
 * The citizen's own income tax year, from the national system, by their verified identity number,
 * in the cities whose catalog offers it. Personal answers: never cached, never served stale.
 */
@Injectable()
export class PersonalTaxService {
  constructor(
    @Inject(PERSONAL_TAX_UPSTREAMS) private readonly upstreams: Map<UpstreamService, PersonalTaxUpstream>,
    private readonly identity: CitizenIdentityService,
  ) {}

  async getAnnual(cityId: string, userId: string, year: number, requestId?: string): Promise<PersonalTaxAnnual> {
    const { city, service } = requireUpstream(cityId, 'personal-tax');
    const client = this.upstreams.get(service)!;
    const idNumber = await this.identity.requireIdentityNumber(userId);
    return { city, ...(await liveAnswer(() => client.getAnnual(idNumber, year, requestId))) };
  }
}
