import { createHmac, createSecretKey, randomUUID, type KeyObject } from 'node:crypto';

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

const keys = new Map<string, KeyObject>();
/** The secret as a KeyObject, made once: HMAC then skips preparing the key on every request. */
function secretKey(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    keys.set(secret, key);
  }
  return key;
}

export function signRequest(
  method: string,
  pathWithQuery: string,
  credentials: { appKey: string; appSecret: string },
  now: number = Date.now(),
  nonce: string = randomUUID().replaceAll('-', ''),
): SignedHeaders {
  const timestamp = String(now);
  const signature = createHmac('sha256', secretKey(credentials.appSecret))
    .update(signingString(method, pathWithQuery, timestamp, nonce))
    .digest('hex');
  return { 'X-App-Key': credentials.appKey, 'X-Timestamp': timestamp, 'X-Nonce': nonce, 'X-Signature': signature };
}
