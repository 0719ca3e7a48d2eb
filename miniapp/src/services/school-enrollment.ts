import { apiPaths, type CityId, type EnrollmentPolicy, type SchoolsQuery, type SchoolsResponse } from '@portal/shared';
import { getJson } from './request';

/** A district's enrollment rules and key dates (public; no sign-in). */
export function fetchEnrollmentPolicy(city: CityId, district: string): Promise<EnrollmentPolicy> {
  return getJson<EnrollmentPolicy>(apiPaths.schoolEnrollmentPolicy(city), { district });
}

/** Schools, filtered by district, part of the name and stage (all optional; public). */
export function fetchSchools(city: CityId, query: SchoolsQuery = {}): Promise<SchoolsResponse> {
  return getJson<SchoolsResponse>(apiPaths.schoolEnrollmentSchools(city), {
    district: query.district,
    name: query.name,
    stage: query.stage,
  });
}
