import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Request signing shared by every municipal endpoint (GET /health and /__control/* excepted).
 *
 *   X-Signature = hex(HMAC-SHA256(secret, METHOD + "\n" + PATH_WITH_QUERY + "\n" + TIMESTAMP + "\n" + NONCE))
 */
export type SignatureError =
  | 'missing_signature'
  | 'unknown_app_key'
  | 'invalid_signature'
  | 'stale_timestamp'
  | 'replayed_nonce';

export interface SignedRequest {
  method: string;
  /** Raw request target exactly as sent: path plus query string. */
  url: string;
  headers: Readonly<Record<string, string | string[] | undefined>>;
}

export type VerifyResult =
  | { ok: true; appKey: string }
  | { ok: false; error: SignatureError; message: string };

export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;
export const NONCE_TTL_MS = 10 * 60 * 1000;
export const NONCE_STORE_MAX_ENTRIES = 100_000;

const NONCE_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
const TIMESTAMP_PATTERN = /^\d{1,16}$/;
const SIGNATURE_PATTERN = /^[0-9a-f]{64}$/;

export function canonicalString(method: string, pathWithQuery: string, timestamp: string, nonce: string): string {
  return `${method.toUpperCase()}\n${pathWithQuery}\n${timestamp}\n${nonce}`;
}

export function computeSignature(
  secret: string,
  method: string,
  pathWithQuery: string,
  timestamp: string,
  nonce: string,
): string {
  return createHmac('sha256', secret).update(canonicalString(method, pathWithQuery, timestamp, nonce)).digest('hex');
}

/**
 * Nonces seen in the last NONCE_TTL_MS, per app key. Bounded: entries expire after the TTL
 * and, past maxEntries, the oldest are dropped first (insertion order is arrival order).
 */
export class NonceStore {
  private readonly seenAt = new Map<string, number>();

  constructor(
    private readonly ttlMs = NONCE_TTL_MS,
    private readonly maxEntries = NONCE_STORE_MAX_ENTRIES,
  ) {}

  /** Records the nonce; returns true when it had already been seen within the TTL. */
  checkAndRecord(appKey: string, nonce: string, nowMs: number): boolean {
    this.evictExpired(nowMs);
    const key = `${appKey}\u0000${nonce}`;
    if (this.seenAt.has(key)) return true;
    this.seenAt.set(key, nowMs);
    while (this.seenAt.size > this.maxEntries) {
      const oldest = this.seenAt.keys().next();
      if (oldest.done) break;
      this.seenAt.delete(oldest.value);
    }
    return false;
  }

  get size(): number {
    return this.seenAt.size;
  }

  clear(): void {
    this.seenAt.clear();
  }

  private evictExpired(nowMs: number): void {
    for (const [key, at] of this.seenAt) {
      if (nowMs - at < this.ttlMs) break;
      this.seenAt.delete(key);
    }
  }
}

export interface SignatureVerifierOptions {
  /** app key → secret */
  appKeys: ReadonlyMap<string, string>;
  /** Real wall clock (never the business clock). */
  realNow?: () => number;
  nonceStore?: NonceStore;
  maxClockSkewMs?: number;
}

function header(headers: SignedRequest['headers'], name: string): string | undefined {
  const value = headers[name];
  if (Array.isArray(value)) return value.length === 1 ? value[0] : undefined;
  return value === undefined || value === '' ? undefined : value;
}

export class SignatureVerifier {
  private readonly appKeys: ReadonlyMap<string, string>;
  private readonly realNow: () => number;
  private readonly maxClockSkewMs: number;
  readonly nonces: NonceStore;

  constructor(options: SignatureVerifierOptions) {
    this.appKeys = options.appKeys;
    this.realNow = options.realNow ?? Date.now;
    this.nonces = options.nonceStore ?? new NonceStore();
    this.maxClockSkewMs = options.maxClockSkewMs ?? MAX_CLOCK_SKEW_MS;
  }

  verify(request: SignedRequest): VerifyResult {
    const appKey = header(request.headers, 'x-app-key');
    const timestamp = header(request.headers, 'x-timestamp');
    const nonce = header(request.headers, 'x-nonce');
    const signature = header(request.headers, 'x-signature');
    const missing = [
      ['X-App-Key', appKey],
      ['X-Timestamp', timestamp],
      ['X-Nonce', nonce],
      ['X-Signature', signature],
    ]
      .filter(([, value]) => value === undefined)
      .map(([name]) => name);
    if (appKey === undefined || timestamp === undefined || nonce === undefined || signature === undefined) {
      return { ok: false, error: 'missing_signature', message: `Missing header(s): ${missing.join(', ')}` };
    }

    const secret = this.appKeys.get(appKey);
    if (secret === undefined) {
      return { ok: false, error: 'unknown_app_key', message: 'X-App-Key is not registered' };
    }
    if (!NONCE_PATTERN.test(nonce)) {
      return { ok: false, error: 'invalid_signature', message: 'X-Nonce must be 8-64 characters of [A-Za-z0-9-_]' };
    }
    if (!TIMESTAMP_PATTERN.test(timestamp)) {
      return { ok: false, error: 'invalid_signature', message: 'X-Timestamp must be Unix epoch milliseconds' };
    }
    if (!SIGNATURE_PATTERN.test(signature)) {
      return { ok: false, error: 'invalid_signature', message: 'X-Signature must be 64 lower-case hex characters' };
    }

    const now = this.realNow();
    if (Math.abs(now - Number(timestamp)) > this.maxClockSkewMs) {
      return { ok: false, error: 'stale_timestamp', message: 'X-Timestamp is more than 5 minutes from server time' };
    }

    const expected = Buffer.from(computeSignature(secret, request.method, request.url, timestamp, nonce), 'hex');
    const given = Buffer.from(signature, 'hex');
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      return { ok: false, error: 'invalid_signature', message: 'X-Signature does not match the request' };
    }

    if (this.nonces.checkAndRecord(appKey, nonce, now)) {
      return { ok: false, error: 'replayed_nonce', message: 'X-Nonce was already used within the last 10 minutes' };
    }
    return { ok: true, appKey };
  }
}
