import Taro from '@tarojs/taro';
import { isErrorEnvelope } from '@portal/shared';
import { ApiError } from './error-words';

/**
 * The one request client. Pages never call Taro.request; services/<domain>.ts call `getJson`.
 * Base URL: '' in H5 (served by the BFF, same origin), TARO_APP_API_BASE for weapp.
 */
const API_BASE: string = typeof PORTAL_API_BASE === 'string' ? PORTAL_API_BASE : '';
const TIMEOUT_MS = 10_000;

export type Query = Record<string, string | number | undefined>;

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

export async function getJson<T>(path: string, query?: Query): Promise<T> {
  const requestId = newRequestId();
  let response: Taro.request.SuccessCallbackResult<string | Record<string, unknown>>;
  try {
    response = await Taro.request<string | Record<string, unknown>>({
      url: buildUrl(path, query),
      method: 'GET',
      header: { Accept: 'application/json', 'X-Request-Id': requestId },
      dataType: 'json',
      responseType: 'text',
      timeout: TIMEOUT_MS,
    });
  } catch (err) {
    const message = String((err as { errMsg?: string })?.errMsg ?? (err as Error)?.message ?? '');
    throw new ApiError({ kind: /timeout|超时/i.test(message) ? 'timeout' : 'network' });
  }
  const { statusCode, data } = response;
  if (statusCode >= 200 && statusCode < 300) return data as T;
  if (isErrorEnvelope(data)) {
    throw new ApiError({
      kind: 'envelope',
      status: statusCode,
      code: data.code,
      details: data.details,
      requestId: data.requestId,
    });
  }
  throw new ApiError({ kind: 'http', status: statusCode, requestId });
}
