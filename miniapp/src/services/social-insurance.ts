import {
  apiPaths,
  IDEMPOTENCY_KEY_HEADER,
  type CityId,
  type ContributionsResponse,
  type PaymentReceipt,
  type ResidentMedicalStatus,
  type SocialInsuranceSummary,
  type YearlyTotalsResponse,
} from '@portal/shared';
import { getJson, postJson } from './request';

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

/** The year's resident medical insurance: category, amount due, paid or not (409 NOT_RESIDENT_INSURED for employees). */
export function fetchResidentMedical(city: CityId, year: number): Promise<ResidentMedicalStatus> {
  return getJson<ResidentMedicalStatus>(apiPaths.residentMedical(city), { year });
}

/**
 * Pays the year's resident medical insurance. `idempotencyKey` is made once per payment (when the
 * check page opens) and sent again on every retry, so a double tap or a retry pays once.
 */
export function payResidentMedical(city: CityId, year: number, idempotencyKey: string): Promise<PaymentReceipt> {
  return postJson<PaymentReceipt>(apiPaths.residentMedicalPayments(city), { year }, { [IDEMPOTENCY_KEY_HEADER]: idempotencyKey });
}
