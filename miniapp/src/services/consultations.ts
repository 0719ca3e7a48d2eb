import {
  apiPaths,
  IDEMPOTENCY_KEY_HEADER,
  type CityId,
  type ConsultationResponseReceipt,
  type ConsultationResults,
  type ConsultationsResponse,
  type ConsultationView,
  type SubmitConsultationResponseRequest,
} from '@portal/shared';
import { getJson, postJson } from './request';

/** The city's consultations: open (closing soonest first), upcoming, closed (newest first). Public. */
export function fetchConsultations(city: CityId): Promise<ConsultationsResponse> {
  return getJson<ConsultationsResponse>(apiPaths.consultations(city));
}

/** One consultation with its questions; signed in, also whether this citizen already responded. */
export function fetchConsultation(id: string): Promise<ConsultationView> {
  return getJson<ConsultationView>(apiPaths.consultation(id));
}

/**
 * Sends the citizen's answers (signed in). The same `idempotencyKey` on every try of one draft:
 * a retry after a lost answer gets the same receipt. 409s: ALREADY_RESPONDED, CONSULTATION_CLOSED,
 * CONSULTATION_NOT_OPEN.
 */
export function submitConsultationResponse(id: string, request: SubmitConsultationResponseRequest, idempotencyKey: string): Promise<ConsultationResponseReceipt> {
  return postJson<ConsultationResponseReceipt>(apiPaths.consultationResponses(id), request, { [IDEMPOTENCY_KEY_HEADER]: idempotencyKey });
}

/** Counts per option after closing, and the department's account of what it adopted (409 RESULTS_NOT_PUBLISHED before). */
export function fetchConsultationResults(id: string): Promise<ConsultationResults> {
  return getJson<ConsultationResults>(apiPaths.consultationResults(id));
}
