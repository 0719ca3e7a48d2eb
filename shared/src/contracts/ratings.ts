import type { CityId } from '../cities/catalog.types.js';
import type { LocalizedText } from '../localized.js';

/**
 * Service rating, "good and bad reviews" (State Council General Office 2019 No. 51): one rating per
 * case, five levels; the two lowest are bad reviews, which open a follow-up for the responsible
 * agency due in 15 working days. The citizen sees their ratings and what became of them.
 */
export const RATING_LEVELS = [5, 4, 3, 2, 1] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const RATING_LABELS: Record<RatingLevel, LocalizedText> = {
  5: { zh: '非常满意', en: 'Very satisfied' },
  4: { zh: '满意', en: 'Satisfied' },
  3: { zh: '基本满意', en: 'Basically satisfied' },
  2: { zh: '不满意', en: 'Dissatisfied' },
  1: { zh: '非常不满意', en: 'Very dissatisfied' },
};

export const BAD_REVIEW_MAX_LEVEL = 2;
export const FOLLOW_UP_WORKING_DAYS = 15;
export const RATING_REASON_MAX = 500;

/** The completed services a citizen can rate, each a case of its own. */
export const RATED_SERVICES = ['resident-medical-payment', 'vaccination-appointment'] as const;
export type RatedService = (typeof RATED_SERVICES)[number];

/** POST /api/v1/cities/{city}/ratings */
export interface RateServiceRequest {
  service: RatedService;
  /** The payment's or appointment's id. */
  subjectId: string;
  level: RatingLevel;
  /** Required for a bad review (level 1 or 2): what went wrong. */
  reason?: string;
}

export interface RatingFollowUp {
  agency: LocalizedText;
  /** `YYYY-MM-DD`, 15 working days after the rating. */
  dueDate: string;
  status: 'open' | 'resolved';
  resolution: string | null;
  resolvedAt: string | null;
}

export interface ServiceRating {
  id: string;
  city: CityId;
  service: RatedService;
  subjectId: string;
  level: RatingLevel;
  reason: string | null;
  createdAt: string;
  followUp: RatingFollowUp | null;
}

/** GET /api/v1/me/ratings */
export interface RatingsResponse {
  ratings: ServiceRating[];
}
