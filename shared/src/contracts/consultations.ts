import type { CityId } from '../cities/catalog.types.js';
import type { DepartmentRef } from './letters.js';

/**
 * Public opinion collection (民意征集 / 意见征集), as Decidim and CONSUL run it: a department puts a
 * draft (a regulation, a plan) out for comment with an opening and a closing time (China time);
 * each signed-in citizen answers its questions once; after closing the counts are published
 * (free-text answers are counted, never shown: they may hold personal data), and later the
 * department's account of what it adopted (采纳情况).
 */

export const CONSULTATION_QUESTION_KINDS = ['single', 'multiple', 'text'] as const;
export type ConsultationQuestionKind = (typeof CONSULTATION_QUESTION_KINDS)[number];

/** `upcoming` before `opensAt`, `open` until `closesAt`, then `closed`. */
export const CONSULTATION_STATES = ['upcoming', 'open', 'closed'] as const;
export type ConsultationState = (typeof CONSULTATION_STATES)[number];

/** Limits, in characters and counts. */
export const CONSULTATION_RULES = {
  /** A free-text question's limit when the question sets none. */
  defaultTextMax: 500,
  /** No free-text question allows more than this. */
  textMaxLimit: 2000,
  maxQuestions: 30,
  maxOptions: 20,
  adoptionMin: 10,
  adoptionMax: 5000,
} as const;

export interface ConsultationOption {
  /** Stable within its question, e.g. `a`. */
  id: string;
  label: string;
}

export interface ConsultationQuestion {
  /** Stable within its consultation, e.g. `q1`. */
  id: string;
  kind: ConsultationQuestionKind;
  prompt: string;
  required: boolean;
  /** The choices of a single- or multiple-choice question; empty for free text. */
  options: ConsultationOption[];
  /** Multiple choice: at most this many options (null: as many as there are). */
  maxChoices: number | null;
  /** Free text: at most this many characters. */
  maxLength: number | null;
}

export interface ConsultationSummary {
  id: string;
  city: CityId;
  /** The responsible department, from GET /cities/{city}/departments. */
  department: DepartmentRef;
  title: string;
  /** The summary of the draft. */
  summary: string;
  /** ISO 8601 with +08:00. */
  opensAt: string;
  closesAt: string;
  state: ConsultationState;
  /** The department's account of what was adopted has been published. */
  adoptionPublished: boolean;
}

/** GET /api/v1/cities/{city}/consultations — public, briefly cached. Open ones closing soonest first. */
export interface ConsultationsResponse {
  city: CityId;
  open: ConsultationSummary[];
  upcoming: ConsultationSummary[];
  /** Newest first. */
  closed: ConsultationSummary[];
}

/** GET /api/v1/consultations/{id} — with a Bearer token, also whether that citizen already responded. */
export interface ConsultationView extends ConsultationSummary {
  questions: ConsultationQuestion[];
  /** null without a signed-in citizen. */
  responded: boolean | null;
}

/**
 * One answer per question, in the order of the questions (so `answers.2` is the third question's
 * answer in error details). A choice question takes `choices` (option ids), a free-text one `text`.
 */
export interface ConsultationAnswer {
  questionId: string;
  choices?: string[];
  text?: string;
}

/**
 * POST /api/v1/consultations/{id}/responses, with an optional `Idempotency-Key` header (a retry
 * answers the same receipt). One response per citizen, only while open: `CONSULTATION_NOT_OPEN`,
 * `CONSULTATION_CLOSED` and `ALREADY_RESPONDED` are 409s.
 */
export interface SubmitConsultationResponseRequest {
  answers: ConsultationAnswer[];
}

export interface ConsultationResponseReceipt {
  consultationId: string;
  respondedAt: string;
}

export interface ConsultationOptionResult {
  id: string;
  label: string;
  count: number;
}

export interface ConsultationQuestionResult {
  questionId: string;
  kind: ConsultationQuestionKind;
  prompt: string;
  /** Responses that answered this question. */
  answered: number;
  /** Per option (choice questions); empty for free text. */
  options: ConsultationOptionResult[];
}

export interface ConsultationAdoption {
  text: string;
  publishedAt: string;
}

/** GET /api/v1/consultations/{id}/results — only after closing (before: 409 `RESULTS_NOT_PUBLISHED`). */
export interface ConsultationResults {
  consultation: ConsultationSummary;
  responses: number;
  questions: ConsultationQuestionResult[];
  /** 采纳情况, once the department published it. */
  adoption: ConsultationAdoption | null;
}

/** POST /api/v1/staff/consultations/{id}/adoption — the responsible department's staff, after closing. */
export interface PublishAdoptionRequest {
  text: string;
}

/** GET /api/v1/staff/consultations — the staff member's department's consultations. */
export interface StaffConsultationItem extends ConsultationSummary {
  responses: number;
}
export interface StaffConsultationsResponse {
  items: StaffConsultationItem[];
}
