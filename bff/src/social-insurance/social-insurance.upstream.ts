import type { ContributionsResponse, SocialInsuranceSummary, UpstreamService, YearlyTotalsResponse } from '@portal/shared';

type WithoutCity<T> = Omit<T, 'city'>;

/**
 * A city's social-insurance system, queried by the citizen's identity number. One implementation
 * per city; "no record for this person" is an AppException 404.
 */
/** Resident medical insurance for one person and year, as the city's system states it. */
export interface ResidentMedicalRecord {
  category: string;
  /** yuan */
  amountDue: number;
  paid: boolean;
  tradeNo: string | null;
  /** ISO 8601 */
  paidAt: string | null;
}

export abstract class SocialInsuranceUpstream {
  abstract readonly service: UpstreamService;
  abstract getSummary(idNumber: string, requestId?: string): Promise<WithoutCity<SocialInsuranceSummary>>;
  abstract getContributions(idNumber: string, year: number, requestId?: string): Promise<WithoutCity<ContributionsResponse>>;
  abstract getYearly(idNumber: string, requestId?: string): Promise<WithoutCity<YearlyTotalsResponse>>;
  /** 409 NOT_RESIDENT_INSURED for someone insured through an employer. */
  abstract getResidentMedical(idNumber: string, year: number, requestId?: string): Promise<ResidentMedicalRecord>;
  /** Records a payment; idempotent by trade number. 409 ALREADY_PAID if the year was paid with another. */
  abstract recordResidentPayment(idNumber: string, year: number, tradeNo: string, amount: number, requestId?: string): Promise<ResidentMedicalRecord>;
}

export const SOCIAL_INSURANCE_UPSTREAMS = Symbol('SOCIAL_INSURANCE_UPSTREAMS');

/** Rounds money to the fen. */
export const yuan = (value: number): number => Math.round(value * 100) / 100;

