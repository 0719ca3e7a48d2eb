import Taro from '@tarojs/taro';
import {
  apiPaths,
  IDEMPOTENCY_KEY_HEADER,
  isErrorEnvelope,
  type CityId,
  type LetterView,
  type MyLettersResponse,
  type PublicLettersQuery,
  type PublicLettersResponse,
  type RateLetterRequest,
  type ReexaminationRequest,
  type SimilarLettersResponse,
  type SubmitLetterRequest,
  type SubmitLetterResponse,
  type UploadPhotoResponse,
} from '@portal/shared';
import { sendWithSession } from '../session/session-core';
import { downloadWithToken } from './download';
import { ApiError } from './error-words';
import { buildUrl, getJson, isAuthFailure, newRequestId, postJson, refreshTokens, sessionStore } from './request';

/**
 * Sends a letter (signed in, real name bound). The same `idempotencyKey` on every try of one
 * draft: a retry after a lost answer gets the same tracking number, never a second letter.
 */
export function submitLetter(city: CityId, request: SubmitLetterRequest, idempotencyKey: string): Promise<SubmitLetterResponse> {
  return postJson<SubmitLetterResponse>(apiPaths.letters(city), request, { [IDEMPOTENCY_KEY_HEADER]: idempotencyKey });
}

/** A letter by its tracking number and query code, without signing in (404 for either wrong). */
export function inquireLetter(trackingNo: string, code: string): Promise<LetterView> {
  return getJson<LetterView>(apiPaths.letterInquiry(trackingNo), { code });
}

export function fetchMyLetters(): Promise<MyLettersResponse> {
  return getJson<MyLettersResponse>(apiPaths.myLetters());
}

export function fetchMyLetter(trackingNo: string): Promise<LetterView> {
  return getJson<LetterView>(apiPaths.myLetter(trackingNo));
}

export function rateLetter(trackingNo: string, request: RateLetterRequest): Promise<LetterView> {
  return postJson<LetterView>(apiPaths.myLetterRating(trackingNo), request);
}

export function requestReexamination(trackingNo: string, request: ReexaminationRequest): Promise<LetterView> {
  return postJson<LetterView>(apiPaths.myLetterReexamination(trackingNo), request);
}

/** The city's public board, newest first; pass `nextCursor` back for the next page. */
export function fetchPublicLetters(city: CityId, query: PublicLettersQuery): Promise<PublicLettersResponse> {
  return getJson<PublicLettersResponse>(apiPaths.publicLetters(city), { ...query });
}

/** Published letters like the one being written (same department and topic, similar words). */
export function fetchSimilarLetters(city: CityId, query: { departmentId?: string; topic?: string; text: string }): Promise<SimilarLettersResponse> {
  return getJson<SimilarLettersResponse>(apiPaths.similarLetters(city), query);
}

function parseBody(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}

async function uploadOnce(filePath: string, accessToken: string | undefined): Promise<UploadPhotoResponse> {
  const header: Record<string, string> = { Accept: 'application/json', 'X-Request-Id': newRequestId() };
  if (accessToken) header.Authorization = `Bearer ${accessToken}`;
  let result: Taro.uploadFile.SuccessCallbackResult;
  try {
    result = await Taro.uploadFile({ url: buildUrl(apiPaths.letterPhotos()), filePath, name: 'photo', header, timeout: 30_000 });
  } catch (err) {
    const message = String((err as { errMsg?: string })?.errMsg ?? (err as Error)?.message ?? '');
    throw new ApiError({ kind: /timeout|超时/i.test(message) ? 'timeout' : 'network' });
  }
  const body = parseBody(result.data);
  if (result.statusCode >= 200 && result.statusCode < 300) return body as UploadPhotoResponse;
  if (isErrorEnvelope(body)) {
    throw new ApiError({ kind: 'envelope', status: result.statusCode, code: body.code, details: body.details, requestId: body.requestId, message: body.message });
  }
  throw new ApiError({ kind: 'http', status: result.statusCode });
}

/** One photo (multipart field `photo`), re-encoded by the BFF with its metadata removed. */
export function uploadLetterPhoto(filePath: string): Promise<UploadPhotoResponse> {
  return sendWithSession({ send: (token) => uploadOnce(filePath, token), isAuthFailure, store: sessionStore, refresh: refreshTokens });
}

/** One photo of my own letter, downloaded with my token (refreshed once on a 401); answers the local file to show. */
export function downloadMyLetterPhoto(photoId: string): Promise<string> {
  const url = buildUrl(apiPaths.letterPhoto(photoId));
  return sendWithSession({ send: (token) => downloadWithToken(url, token), isAuthFailure, store: sessionStore, refresh: refreshTokens });
}
