import type { ContributionsResponse, SocialInsuranceSummary, UpstreamService, YearlyTotalsResponse } from '@portal/shared';

type WithoutCity<T> = Omit<T, 'city'>;

/**
 * A city's social-insurance system, queried by the citizen's identity number. One implementation
 * per city; "no record for this person" is an AppException 404.
 */
export abstract class SocialInsuranceUpstream {
  abstract readonly service: UpstreamService;
  abstract getSummary(idNumber: string, requestId?: string): Promise<WithoutCity<SocialInsuranceSummary>>;
  abstract getContributions(idNumber: string, year: number, requestId?: string): Promise<WithoutCity<ContributionsResponse>>;
  abstract getYearly(idNumber: string, requestId?: string): Promise<WithoutCity<YearlyTotalsResponse>>;
}

export const SOCIAL_INSURANCE_UPSTREAMS = Symbol('SOCIAL_INSURANCE_UPSTREAMS');

/** Rounds money to the fen. */
export const yuan = (value: number): number => Math.round(value * 100) / 100;

