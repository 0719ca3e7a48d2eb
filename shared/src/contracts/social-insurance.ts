import type { CityId } from '../cities/catalog.types.js';

/** Social insurance, as every city's system is translated to it. Money in yuan (2 decimals). */

export const INSURANCE_KINDS = ['pension', 'medical', 'unemployment', 'workInjury', 'maternity'] as const;
export type InsuranceKind = (typeof INSURANCE_KINDS)[number];

export interface Shares {
  personal: number;
  employer: number;
}

/** GET /api/v1/cities/{city}/social-insurance/summary */
export interface SocialInsuranceSummary {
  city: CityId;
  insuredType: 'employee' | 'resident';
  status: 'active' | 'suspended';
  employer: string | null;
  /** The latest month's payment base, yuan. */
  paymentBase: number;
  monthsPaid: number;
  /** `YYYY-MM` */
  insuredSince: string | null;
}

export interface MonthlyContribution {
  /** `YYYY-MM` */
  month: string;
  paymentBase: number;
  /** Only the insurances the city collects separately (Chengdu merges maternity into medical). */
  byInsurance: Partial<Record<InsuranceKind, Shares>>;
  personalTotal: number;
  employerTotal: number;
}

/** GET /api/v1/cities/{city}/social-insurance/contributions?year= */
export interface ContributionsResponse {
  city: CityId;
  year: number;
  months: MonthlyContribution[];
  personalTotal: number;
  employerTotal: number;
}

/** GET /api/v1/cities/{city}/social-insurance/yearly — the current year and the four before it. */
export interface YearlyTotalsResponse {
  city: CityId;
  years: { year: number; monthsPaid: number; personalTotal: number; employerTotal: number }[];
}

/** GET /api/v1/cities/{city}/social-insurance/resident-medical?year= — this year's resident medical insurance. */
export interface ResidentMedicalStatus {
  city: CityId;
  year: number;
  /** The category the premium depends on, in the city's words (e.g. 成年居民). */
  category: string;
  /** yuan */
  amountDue: number;
  status: 'unpaid' | 'paid';
  paidAt: string | null;
}

/**
 * POST /api/v1/cities/{city}/social-insurance/resident-medical/payments with an `Idempotency-Key`
 * header: a double tap or a retry with the same key pays once and answers the same receipt.
 */
export interface PayResidentMedicalRequest {
  year: number;
}

export interface PaymentReceipt {
  paymentId: string;
  /** Our reference, to quote when asking about the payment. */
  reference: string;
  /** The payment service's transaction number. */
  tradeNo: string;
  city: CityId;
  year: number;
  /** yuan */
  amount: number;
  paidAt: string;
  description: string;
}

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
