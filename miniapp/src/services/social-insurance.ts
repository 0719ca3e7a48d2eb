import { apiPaths, type CityId, type ContributionsResponse, type SocialInsuranceSummary, type YearlyTotalsResponse } from '@portal/shared';
import { getJson } from './request';

/** The signed-in, real-name-verified person's own account in this city (401 signed out, 403 IDENTITY_NOT_VERIFIED). */
export function fetchSocialInsuranceSummary(city: CityId): Promise<SocialInsuranceSummary> {
  return getJson<SocialInsuranceSummary>(apiPaths.socialInsuranceSummary(city));
}

/** Monthly contributions in one year, by insurance, personal and employer share. */
export function fetchSocialInsuranceContributions(city: CityId, year: number): Promise<ContributionsResponse> {
  return getJson<ContributionsResponse>(apiPaths.socialInsuranceContributions(city), { year });
}

/** Totals for this year and the four before. */
export function fetchSocialInsuranceYearly(city: CityId): Promise<YearlyTotalsResponse> {
  return getJson<YearlyTotalsResponse>(apiPaths.socialInsuranceYearly(city));
}
