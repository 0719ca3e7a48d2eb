import { Inject, Injectable } from '@nestjs/common';
import type { EnrollmentPolicy, SchoolsQuery, SchoolsResponse, UpstreamService } from '@portal/shared';
import { requireUpstream } from '../common/city';
import { CachedFetcher } from '../upstream/cached-fetcher';
import { SCHOOL_ENROLLMENT_UPSTREAMS, type SchoolEnrollmentUpstream } from './school-enrollment.upstream';

/** Published once a year and amended rarely. */
const TTL_MS = 60 * 60_000;

/** Public enrollment information: cached, and served stale (marked) when the bureau's system fails. */
@Injectable()
export class SchoolEnrollmentService {
  constructor(
    @Inject(SCHOOL_ENROLLMENT_UPSTREAMS) private readonly upstreams: Map<UpstreamService, SchoolEnrollmentUpstream>,
    private readonly cache: CachedFetcher,
  ) {}

  async getPolicy(cityId: string, district: string, requestId?: string): Promise<EnrollmentPolicy> {
    const { city, client } = this.resolve(cityId);
    const r = await this.cache.fetch(`${client.service}:policy:${district}`, TTL_MS, () => client.getPolicy(district, requestId));
    return { city, ...r.value, stale: r.stale, updatedAt: r.updatedAt };
  }

  async getSchools(cityId: string, query: SchoolsQuery, requestId?: string): Promise<SchoolsResponse> {
    const { city, client } = this.resolve(cityId);
    const r = await this.cache.fetch(`${client.service}:schools`, TTL_MS, () => client.getSchools(requestId));
    const schools = r.value.filter(
      (s) =>
        (!query.district || s.district === query.district) &&
        (!query.stage || s.stage === query.stage) &&
        (!query.name || s.name.includes(query.name)),
    );
    return { city, schools, stale: r.stale, updatedAt: r.updatedAt };
  }

  private resolve(cityId: string) {
    const { city, service } = requireUpstream(cityId, 'school-enrollment');
    return { city, client: this.upstreams.get(service)! };
  }
}
