import { describe, expect, it } from '@jest/globals';
import { NonceStore, SignatureVerifier, computeSignature, type SignedRequest } from './signature.js';

const SECRET = 'dev-only-upstream-secret';
const NOW = Date.parse('2026-03-02T00:15:00Z');
const URL = '/shanghai/bus/arrivals?lineId=SH0071&stopId=S01&direction=0';

function verifier(realNow = () => NOW): SignatureVerifier {
  return new SignatureVerifier({ appKeys: new Map([['portal-bff-dev', SECRET]]), realNow });
}

function request(overrides: Partial<Record<string, string | undefined>> = {}, url = URL): SignedRequest {
  const timestamp = overrides.timestamp ?? String(NOW);
  const nonce = overrides.nonce ?? 'nonce-0001';
  const headers: Record<string, string | undefined> = {
    'x-app-key': 'portal-bff-dev',
    'x-timestamp': timestamp,
    'x-nonce': nonce,
    'x-signature': computeSignature(SECRET, 'GET', url, timestamp, nonce),
  };
  for (const [name, value] of Object.entries(overrides)) {
    if (name === 'timestamp' || name === 'nonce') continue;
    headers[name] = value;
  }
  return { method: 'GET', url, headers };
}

describe('computeSignature', () => {
  it('is the lower-case hex HMAC-SHA256 of METHOD, path with query, timestamp and nonce joined by newlines', () => {
    // Reference: printf 'GET\n/x?a=1\n1700000000000\nabcdefgh' | openssl dgst -sha256 -hmac secret
    const expected = 'd04e4025438d22c12aecb2b8bc0cb7a66f49d825b514bb5bba7e0d9a3bbd55a7';
    expect(computeSignature('secret', 'GET', '/x?a=1', '1700000000000', 'abcdefgh')).toBe(expected);
    expect(computeSignature('secret', 'get', '/x?a=1', '1700000000000', 'abcdefgh')).toBe(expected);
  });
});

describe('SignatureVerifier', () => {
  it('accepts a correctly signed request', () => {
    expect(verifier().verify(request())).toEqual({ ok: true, appKey: 'portal-bff-dev' });
  });

  it('rejects a signature made with another secret', () => {
    const timestamp = String(NOW);
    const bad = request({ 'x-signature': computeSignature('other-secret', 'GET', URL, timestamp, 'nonce-0001') });
    expect(verifier().verify(bad)).toMatchObject({ ok: false, error: 'invalid_signature' });
  });

  it('rejects a signature made for another query string', () => {
    const signedFor = request({}, '/shanghai/bus/arrivals?lineId=SH0071&stopId=S02&direction=0');
    const tampered: SignedRequest = { ...signedFor, url: URL };
    expect(verifier().verify(tampered)).toMatchObject({ ok: false, error: 'invalid_signature' });
  });

  it('rejects a signature that is not 64 lower-case hex characters', () => {
    const upper = request();
    const headers = { ...upper.headers, 'x-signature': String(upper.headers['x-signature']).toUpperCase() };
    expect(verifier().verify({ ...upper, headers })).toMatchObject({ ok: false, error: 'invalid_signature' });
  });

  it('rejects a timestamp more than 5 minutes in the past or the future of the real clock', () => {
    const sixMinutes = 6 * 60 * 1000;
    expect(verifier().verify(request({ timestamp: String(NOW - sixMinutes) }))).toMatchObject({
      ok: false,
      error: 'stale_timestamp',
    });
    expect(verifier().verify(request({ timestamp: String(NOW + sixMinutes), nonce: 'nonce-0002' }))).toMatchObject({
      ok: false,
      error: 'stale_timestamp',
    });
    expect(verifier().verify(request({ timestamp: String(NOW - 4 * 60 * 1000), nonce: 'nonce-0003' }))).toEqual({
      ok: true,
      appKey: 'portal-bff-dev',
    });
  });

  it('rejects a nonce replayed within 10 minutes, and accepts it again after they have passed', () => {
    let now = NOW;
    const v = verifier(() => now);
    expect(v.verify(request()).ok).toBe(true);
    expect(v.verify(request())).toMatchObject({ ok: false, error: 'replayed_nonce' });

    now = NOW + 11 * 60 * 1000;
    expect(v.verify(request({ timestamp: String(now) })).ok).toBe(true);
  });

  it('does not burn a nonce on a request whose signature is wrong', () => {
    const v = verifier();
    expect(v.verify(request({ 'x-signature': 'f'.repeat(64) })).ok).toBe(false);
    expect(v.verify(request()).ok).toBe(true);
  });

  it('rejects an unknown app key', () => {
    expect(verifier().verify(request({ 'x-app-key': 'someone-else' }))).toMatchObject({
      ok: false,
      error: 'unknown_app_key',
    });
  });

  it.each(['x-app-key', 'x-timestamp', 'x-nonce', 'x-signature'])('rejects a request without %s', (name) => {
    expect(verifier().verify(request({ [name]: undefined }))).toMatchObject({ ok: false, error: 'missing_signature' });
  });

  it('rejects a nonce outside 8-64 characters of [A-Za-z0-9-_]', () => {
    expect(verifier().verify(request({ nonce: 'short' }))).toMatchObject({ ok: false, error: 'invalid_signature' });
    expect(verifier().verify(request({ nonce: 'has space!' }))).toMatchObject({ ok: false, error: 'invalid_signature' });
  });
});

describe('NonceStore', () => {
  it('forgets nonces after the TTL', () => {
    const store = new NonceStore(1000, 10);
    expect(store.checkAndRecord('k', 'n1', 0)).toBe(false);
    expect(store.checkAndRecord('k', 'n1', 999)).toBe(true);
    expect(store.checkAndRecord('k', 'n1', 1000)).toBe(false);
  });

  it('keeps nonces per app key', () => {
    const store = new NonceStore();
    expect(store.checkAndRecord('a', 'same-nonce', 0)).toBe(false);
    expect(store.checkAndRecord('b', 'same-nonce', 0)).toBe(false);
  });

  it('stays within its bound by dropping the oldest entries', () => {
    const store = new NonceStore(60_000, 3);
    for (let i = 0; i < 5; i++) store.checkAndRecord('k', `n${i}`, i);
    expect(store.size).toBe(3);
    expect(store.checkAndRecord('k', 'n4', 10)).toBe(true);
    expect(store.checkAndRecord('k', 'n0', 10)).toBe(false);
  });
});
