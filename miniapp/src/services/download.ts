import Taro from '@tarojs/taro';
import { downloadedFile, downloadFailure } from './download-result';
import { newRequestId } from './request';

/**
 * Downloads an image that needs a token (an <Image> cannot send headers) and answers the local
 * file: a temp path in WeChat, a blob: URL in H5. Throws ApiError like the request client.
 */
export async function downloadWithToken(url: string, token: string | undefined): Promise<string> {
  const header: Record<string, string> = { 'X-Request-Id': newRequestId() };
  if (token) header.Authorization = `Bearer ${token}`;
  let result: Taro.downloadFile.FileSuccessCallbackResult;
  try {
    result = await Taro.downloadFile({ url, header, timeout: 30_000 } as Taro.downloadFile.Option);
  } catch (err) {
    throw downloadFailure(err);
  }
  return downloadedFile(result);
}
