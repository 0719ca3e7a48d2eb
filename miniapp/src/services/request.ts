import Taro from '@tarojs/taro';
import { apiPaths, isErrorEnvelope, type LoginResponse, type SessionTokens } from '@portal/shared';
import { ApiError } from './error-words';
import { sendWithSession, singleFlight, TokenStore, type KeyValueStorage } from '../session/session-core';

/**
 * The one request client. Pages never call Taro.request; services/<domain>.ts call `getJson`,
 * `postJson` and `deleteJson`. Base URL: '' in H5 (served by the BFF, same origin),
 * TARO_APP_API_BASE for weapp.
 *
 * The session lives here too: tokens in Taro storage, `Authorization: Bearer` on every call
 * while signed in, and on a 401 (UNAUTHORIZED / SESSION_EXPIRED) one refresh shared by all
 * concurrent callers, then one retry. When the refresh is refused the session is cleared, and
 * pages listening through `useSession()` show "please sign in".
 */
const API_BASE: string = typeof PORTAL_API_BASE === 'string' ? PORTAL_API_BASE : '';
const TIMEOUT_MS = 10_000;

export type Query = Record<string, string | number | undefined>;
type Method = 'GET' | 'POST' | 'DELETE';

const taroStorage: KeyValueStorage = {
  get: (key) => Taro.getStorageSync(key),
  set: (key, value) => Taro.setStorageSync(key, value),
  remove: (key) => Taro.removeStorageSync(key),
};

/** The session's tokens (one store for the whole app). */
export const sessionStore = new TokenStore(taroStorage);

let counter = 0;
/** Unique enough to find one request in the BFF's logs: time, a counter and randomness. */
export function newRequestId(): string {
  counter = (counter + 1) % 0x10000;
  const rand = Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, '0');
  return `mp-${Date.now().toString(36)}-${counter.toString(16)}-${rand}`;
}

export function buildUrl(path: string, query?: Query): string {
  const parts = Object.entries(query ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return `${API_BASE}${path}${parts.length ? `?${parts.join('&')}` : ''}`;
}

/** Retry-After in whole seconds (header names differ in case between weapp and H5). */
export function retryAfterSeconds(header: Record<string, unknown> | undefined): number | undefined {
  if (!header) return undefined;
  const entry = Object.entries(header).find(([name]) => name.toLowerCase() === 'retry-after');
  const seconds = entry ? Number(entry[1]) : NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : undefined;
}

interface SendOptions {
  method: Method;
  path: string;
  query?: Query;
  body?: unknown;
  /** Extra headers, e.g. `Idempotency-Key` on a payment. */
  headers?: Record<string, string>;
  accessToken?: string;
}

/** One HTTP exchange; every failure becomes an ApiError holding its kind (words come later). */
async function sendOnce<T>({ method, path, query, body, headers, accessToken }: SendOptions): Promise<T> {
  const requestId = newRequestId();
  const header: Record<string, string> = { ...headers, Accept: 'application/json', 'X-Request-Id': requestId };
  if (body !== undefined) header['Content-Type'] = 'application/json';
  if (accessToken) header.Authorization = `Bearer ${accessToken}`;
  let response: Taro.request.SuccessCallbackResult<string | Record<string, unknown>>;
  try {
    response = await Taro.request<string | Record<string, unknown>>({
      url: buildUrl(path, query),
      method,
      header,
      data: body === undefined ? undefined : (body as Record<string, unknown>),
      dataType: 'json',
      responseType: 'text',
      timeout: TIMEOUT_MS,
    });
  } catch (err) {
    const message = String((err as { errMsg?: string })?.errMsg ?? (err as Error)?.message ?? '');
    throw new ApiError({ kind: /timeout|超时/i.test(message) ? 'timeout' : 'network' });
  }
  const { statusCode, data } = response;
  if (statusCode === 204) return undefined as T;
  if (statusCode >= 200 && statusCode < 300) return data as T;
  if (isErrorEnvelope(data)) {
    throw new ApiError({
      kind: 'envelope',
      status: statusCode,
      code: data.code,
      details: data.details,
      requestId: data.requestId,
      message: data.message,
      retryAfterSeconds: retryAfterSeconds(response.header as Record<string, unknown> | undefined),
    });
  }
  throw new ApiError({ kind: 'http', status: statusCode, requestId });
}

/** A 401 that a fresh access token could cure. */
export function isAuthFailure(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const f = error.failure;
  if (f.kind === 'envelope') return f.status === 401 && (f.code === 'UNAUTHORIZED' || f.code === 'SESSION_EXPIRED');
  return f.kind === 'http' && f.status === 401;
}

/**
 * Renews the pair with the refresh token (refresh tokens rotate: the new one is kept).
 * Resolves false when the BFF refuses it; a network failure is thrown and the session kept.
 */
export const refreshTokens = singleFlight(async (): Promise<boolean> => {
  const refreshToken = sessionStore.refreshToken();
  if (!refreshToken) return false;
  try {
    const pair = await sendOnce<SessionTokens>({ method: 'POST', path: apiPaths.authRefresh(), body: { refreshToken } });
    sessionStore.save(pair);
    return true;
  } catch (error) {
    if (error instanceof ApiError && (error.failure.kind === 'envelope' || error.failure.kind === 'http') && error.failure.status < 500) {
      sessionStore.clear();
      return false;
    }
    throw error;
  }
});

function request<T>(options: Omit<SendOptions, 'accessToken'>): Promise<T> {
  return sendWithSession<T>({
    send: (accessToken) => sendOnce<T>({ ...options, accessToken }),
    isAuthFailure,
    store: sessionStore,
    refresh: refreshTokens,
  });
}

export function getJson<T>(path: string, query?: Query): Promise<T> {
  return request<T>({ method: 'GET', path, query });
}

export function postJson<T>(path: string, body: unknown = {}, headers?: Record<string, string>): Promise<T> {
  return request<T>({ method: 'POST', path, body, headers });
}

export function deleteJson<T = void>(path: string): Promise<T> {
  return request<T>({ method: 'DELETE', path });
}

/** A sign-in answered: keep its tokens. */
export function startSession(login: LoginResponse): void {
  sessionStore.save(login);
}

/** Forget the tokens on this device (after sign-out or deleting one's data). */
export function endSession(): void {
  sessionStore.clear();
}
