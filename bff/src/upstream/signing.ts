import { createHmac, randomUUID } from 'node:crypto';

/**
 * Open-platform request signing, as city open platforms do it: an app key and an HMAC-SHA256 over
 * method, path with query, timestamp and nonce. Every attempt gets a fresh timestamp and nonce,
 * so a retry is never taken for a replay.
 */
export interface SignedHeaders {
  'X-App-Key': string;
  'X-Timestamp': string;
  'X-Nonce': string;
  'X-Signature': string;
}

export function signingString(method: string, pathWithQuery: string, timestamp: string, nonce: string): string {
  return `${method.toUpperCase()}\n${pathWithQuery}\n${timestamp}\n${nonce}`;
}

export function signRequest(
  method: string,
  pathWithQuery: string,
  credentials: { appKey: string; appSecret: string },
  now: number = Date.now(),
  nonce: string = randomUUID().replaceAll('-', ''),
): SignedHeaders {
  const timestamp = String(now);
  const signature = createHmac('sha256', credentials.appSecret)
    .update(signingString(method, pathWithQuery, timestamp, nonce))
    .digest('hex');
  return { 'X-App-Key': credentials.appKey, 'X-Timestamp': timestamp, 'X-Nonce': nonce, 'X-Signature': signature };
}
