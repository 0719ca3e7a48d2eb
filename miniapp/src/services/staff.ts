import Taro from '@tarojs/taro';
import { apiPaths, isErrorEnvelope, type StaffLoginRequest, type StaffLoginResponse, type StaffProfile } from '@portal/shared';
import { ApiError } from './error-words';
import { buildUrl, newRequestId, retryAfterSeconds, type Query } from './request';
import { isStaffPath, StaffSessionStore } from '../session/staff-session';
import type { KeyValueStorage } from '../session/session-core';

/**
 * The staff workbench's request client: the same request id, timeout and ApiError as the citizen's
 * client, but with the staff session's token, and only to the staff API. A call to any other path
 * is refused here, before it leaves the device, so the staff token can never reach a citizen
 * endpoint (and the citizen's token is never sent to the staff API by this client).
 * A 401 ends the staff session (no refresh: staff sign in again).
 */
const TIMEOUT_MS = 10_000;

const taroStorage: KeyValueStorage = {
  get: (key) => Taro.getStorageSync(key),
  set: (key, value) => Taro.setStorageSync(key, value),
  remove: (key) => Taro.removeStorageSync(key),
};

export const staffSession = new StaffSessionStore(taroStorage);

type Method = 'GET' | 'POST';

async function staffSend<T>(method: Method, path: string, options: { query?: Query; body?: unknown; headers?: Record<string, string>; anonymous?: boolean } = {}): Promise<T> {
  if (!isStaffPath(path)) throw new Error(`staff client: ${path} is not a staff API path`);
  const header: Record<string, string> = { ...options.headers, Accept: 'application/json', 'X-Request-Id': newRequestId() };
  if (options.body !== undefined) header['Content-Type'] = 'application/json';
  const token = options.anonymous ? undefined : staffSession.tokenFor(path);
  if (token) header.Authorization = `Bearer ${token}`;
  let response: Taro.request.SuccessCallbackResult<string | Record<string, unknown>>;
  try {
    response = await Taro.request<string | Record<string, unknown>>({
      url: buildUrl(path, options.query),
      method,
      header,
      data: options.body === undefined ? undefined : (options.body as Record<string, unknown>),
      dataType: 'json',
      responseType: 'text',
      timeout: TIMEOUT_MS,
    });
  } catch (err) {
    const message = String((err as { errMsg?: string })?.errMsg ?? (err as Error)?.message ?? '');
    throw new ApiError({ kind: /timeout|超时/i.test(message) ? 'timeout' : 'network' });
  }
  const { statusCode, data } = response;
  if (statusCode === 401 && token) staffSession.clear();
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
  throw new ApiError({ kind: 'http', status: statusCode });
}

export function staffGet<T>(path: string, query?: Query): Promise<T> {
  return staffSend<T>('GET', path, { query });
}

export function staffPost<T>(path: string, body: unknown = {}, headers?: Record<string, string>): Promise<T> {
  return staffSend<T>('POST', path, { body, headers });
}

/** Signs a staff member in and keeps the staff session (the citizen's session is untouched). */
export async function staffSignIn(request: StaffLoginRequest): Promise<StaffProfile> {
  const login = await staffSend<StaffLoginResponse>('POST', apiPaths.staffLogin(), { body: request, anonymous: true });
  staffSession.save(login);
  return login.staff;
}

/** Ends the staff session on the BFF (best effort) and on this device. */
export async function staffSignOut(): Promise<void> {
  try {
    if (staffSession.isSignedIn()) await staffPost<void>(apiPaths.staffLogout());
  } catch {
    // The token dies with its lifetime anyway; forget it here.
  } finally {
    staffSession.clear();
  }
}

export function fetchStaffMe(): Promise<StaffProfile> {
  return staffGet<StaffProfile>(apiPaths.staffMe());
}
