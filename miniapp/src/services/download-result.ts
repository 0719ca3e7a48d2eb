import { ApiError } from './error-words';

/**
 * A Taro.downloadFile answer -> the local file to show, or an ApiError like the request client's.
 * downloadFile "succeeds" on any HTTP answer (H5 even makes a blob of an error body), so the status
 * decides: only a 2xx with a file is a photo.
 */
export function downloadedFile(result: { statusCode: number; tempFilePath?: string }): string {
  if (result.statusCode >= 200 && result.statusCode < 300 && result.tempFilePath) return result.tempFilePath;
  throw new ApiError({ kind: 'http', status: result.statusCode });
}

/** A failed downloadFile call (no answer at all) -> timeout or network. */
export function downloadFailure(err: unknown): ApiError {
  const message = String((err as { errMsg?: string })?.errMsg ?? (err as Error)?.message ?? '');
  return new ApiError({ kind: /timeout|超时/i.test(message) ? 'timeout' : 'network' });
}

/** Alt text position of photo `index` (0-based) among `count`, as "1/2". */
export function photoPosition(index: number, count: number): string {
  return `${index + 1}/${count}`;
}
