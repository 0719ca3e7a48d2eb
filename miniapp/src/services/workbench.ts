import {
  apiPaths,
  type AnswerLetterRequest,
  type AuditLogResponse,
  type CityId,
  type ConsultationResults,
  type DepartmentsResponse,
  type ExtendLetterRequest,
  type LetterStatus,
  type MergeLetterRequest,
  type PublishLetterRequest,
  type StaffConsultationsResponse,
  type StaffInboxResponse,
  type StaffLetterView,
  type StaffReasonRequest,
  type TransferLetterRequest,
} from '@portal/shared';
import { downloadWithToken } from './download';
import { ApiError } from './error-words';
import { buildUrl, getJson } from './request';
import { staffGet, staffPost, staffSession } from './staff';

/** The department's inbox (overdue first, then by due date), optionally one status or only overdue cases. */
export function fetchStaffInbox(filter: { status?: LetterStatus; overdue?: boolean } = {}): Promise<StaffInboxResponse> {
  return staffGet<StaffInboxResponse>(apiPaths.staffLetters(), { status: filter.status, overdue: filter.overdue ? 'true' : undefined });
}

/** One case as the department sees it (404 for a case of another department). */
export function fetchStaffLetter(id: string): Promise<StaffLetterView> {
  return staffGet<StaffLetterView>(apiPaths.staffLetter(id));
}

export function acceptLetter(id: string): Promise<StaffLetterView> {
  return staffPost<StaffLetterView>(apiPaths.staffLetterAction(id, 'accept'));
}

export function declineLetter(id: string, request: StaffReasonRequest): Promise<StaffLetterView> {
  return staffPost<StaffLetterView>(apiPaths.staffLetterAction(id, 'decline'), request);
}

export function transferLetter(id: string, request: TransferLetterRequest): Promise<StaffLetterView> {
  return staffPost<StaffLetterView>(apiPaths.staffLetterAction(id, 'transfer'), request);
}

export function mergeLetter(id: string, request: MergeLetterRequest): Promise<StaffLetterView> {
  return staffPost<StaffLetterView>(apiPaths.staffLetterAction(id, 'merge'), request);
}

export function answerLetter(id: string, request: AnswerLetterRequest): Promise<StaffLetterView> {
  return staffPost<StaffLetterView>(apiPaths.staffLetterAction(id, 'answer'), request);
}

export function extendLetter(id: string, request: ExtendLetterRequest): Promise<StaffLetterView> {
  return staffPost<StaffLetterView>(apiPaths.staffLetterAction(id, 'extend'), request);
}

export function publishLetter(id: string, request: PublishLetterRequest): Promise<StaffLetterView> {
  return staffPost<StaffLetterView>(apiPaths.staffLetterAction(id, 'publish'), request);
}

/** Who did what (supervisors only; 403 for handlers). */
export function fetchStaffAudit(): Promise<AuditLogResponse> {
  return staffGet<AuditLogResponse>(apiPaths.staffAudit());
}

/** The city's departments (public), for the transfer picker. */
export function fetchCityDepartments(city: CityId): Promise<DepartmentsResponse> {
  return getJson<DepartmentsResponse>(apiPaths.departments(city));
}

/**
 * One photo of a case, downloaded with the staff token (each view is audited by the BFF); answers
 * the local file to show. A 401 ends the staff session, as for every staff call.
 */
export async function downloadStaffLetterPhoto(id: string, photoId: string): Promise<string> {
  const path = apiPaths.staffLetterPhoto(id, photoId);
  try {
    return await downloadWithToken(buildUrl(path), staffSession.tokenFor(path));
  } catch (err) {
    if (err instanceof ApiError && err.failure.kind === 'http' && err.failure.status === 401) staffSession.clear();
    throw err;
  }
}

/** The staff member's department's consultations with their response counts (newest closing first). */
export function fetchStaffConsultations(): Promise<StaffConsultationsResponse> {
  return staffGet<StaffConsultationsResponse>(apiPaths.staffConsultations());
}

/** Publishes (or revises) the account of what was adopted, after closing; audited. 409 RESULTS_NOT_PUBLISHED before closing. */
export function publishAdoption(consultationId: string, text: string): Promise<ConsultationResults> {
  return staffPost<ConsultationResults>(apiPaths.staffConsultationAdoption(consultationId), { text });
}

/**
 * What citizens see now (the public results; the staff list has no text), to start a revision from.
 * Public results are a 30-second public cache (the BFF's micro-cache and the browser's): read under a
 * URL of its own, so a revision starts from the text just published rather than a cached older one,
 * and this read does not leave the old text cached for the results page opened after publishing.
 */
export function fetchPublishedAdoption(consultationId: string): Promise<ConsultationResults> {
  return getJson<ConsultationResults>(apiPaths.consultationResults(consultationId), { staffRead: Date.now() });
}
