import { describe, expect, it } from '@jest/globals';
import { ApiError } from './error-words';
import { downloadedFile, downloadFailure, photoPosition } from './download-result';

describe('downloaded photos', () => {
  it('answers the local file only for a 2xx with a file', () => {
    expect(downloadedFile({ statusCode: 200, tempFilePath: 'blob:http://x/1' })).toBe('blob:http://x/1');
    expect(() => downloadedFile({ statusCode: 200, tempFilePath: '' })).toThrow(ApiError);
  });

  it('turns an error answer (which downloadFile still saves as a file) into an ApiError with its status', () => {
    for (const status of [401, 404, 500]) {
      try {
        downloadedFile({ statusCode: status, tempFilePath: 'blob:http://x/error-body' });
        throw new Error('expected a failure');
      } catch (err) {
        expect(err).toBeInstanceOf(ApiError);
        expect((err as ApiError).failure).toEqual({ kind: 'http', status });
      }
    }
  });

  it('names a failed call a timeout or a network failure', () => {
    expect(downloadFailure({ errMsg: 'downloadFile:fail timeout' }).failure.kind).toBe('timeout');
    expect(downloadFailure({ errMsg: 'downloadFile:fail 请求超时' }).failure.kind).toBe('timeout');
    expect(downloadFailure(new Error('offline')).failure.kind).toBe('network');
  });

  it('says which photo of how many', () => {
    expect(photoPosition(0, 2)).toBe('1/2');
    expect(photoPosition(2, 3)).toBe('3/3');
  });
});
