import type { CityId } from '../cities/catalog.types.js';
import type { Freshness } from './freshness.js';

/** School enrollment (义务教育入学), public data from the city's education bureau. */

export const SCHOOL_STAGES = ['primary', 'junior'] as const;
export type SchoolStage = (typeof SCHOOL_STAGES)[number];
export const SCHOOL_NAME_MAX = 30;
/** A district name as the city writes it, e.g. 徐汇区. */
export const DISTRICT_PATTERN = /^[\u4e00-\u9fa5]{1,8}区$/;

/** GET /api/v1/cities/{city}/school-enrollment/policy?district= */
export interface EnrollmentPolicyQuery {
  district: string;
}

export interface EnrollmentPolicy extends Freshness {
  city: CityId;
  year: number;
  district: string;
  primary: { rule: string; birthFrom: string; birthTo: string };
  junior: { rule: string };
  /** Sorted by start; `YYYY-MM-DD`. */
  keyDates: { item: string; start: string; end: string }[];
}

/** GET /api/v1/cities/{city}/school-enrollment/schools?district=&name=&stage= (all optional) */
export interface SchoolsQuery {
  district?: string;
  name?: string;
  stage?: SchoolStage;
}

export interface School {
  code: string;
  name: string;
  district: string;
  stage: SchoolStage;
  type: 'public' | 'private';
}

export interface SchoolsResponse extends Freshness {
  city: CityId;
  schools: School[];
}
