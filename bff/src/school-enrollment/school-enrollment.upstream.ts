import type { EnrollmentPolicy, School, UpstreamService } from '@portal/shared';

type Published<T> = Omit<T, 'city' | 'stale' | 'updatedAt'>;

/**
 * A city's education bureau: enrollment policy per district and the schools it lists. Public data,
 * cached with stale-on-error. "No policy for this district" is an AppException 404.
 */
export abstract class SchoolEnrollmentUpstream {
  abstract readonly service: UpstreamService;
  abstract getPolicy(district: string, requestId?: string): Promise<Published<EnrollmentPolicy>>;
  /** Every school the bureau lists (a short list: filtered by the BFF, so one cache entry serves every search). */
  abstract getSchools(requestId?: string): Promise<School[]>;
}

export const SCHOOL_ENROLLMENT_UPSTREAMS = Symbol('SCHOOL_ENROLLMENT_UPSTREAMS');
