import { createHmac } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { signRequest, signingString } from './signing';

describe('open-platform request signing', () => {
  const credentials = { appKey: 'portal-bff-dev', appSecret: 'dev-only-upstream-secret' };

  it('signs method, path with query, timestamp and nonce with HMAC-SHA256', () => {
    const headers = signRequest('get', '/shanghai/bus/arrivals?lineId=SH0071&stopId=S03&direction=0', credentials, 1_772_410_500_000, 'abcDEF123');
    const expected = createHmac('sha256', 'dev-only-upstream-secret')
      .update('GET\n/shanghai/bus/arrivals?lineId=SH0071&stopId=S03&direction=0\n1772410500000\nabcDEF123')
      .digest('hex');
    expect(headers).toEqual({ 'X-App-Key': 'portal-bff-dev', 'X-Timestamp': '1772410500000', 'X-Nonce': 'abcDEF123', 'X-Signature': expected });
  });

  it('uses a fresh nonce for every request so retries are not replays', () => {
    const a = signRequest('GET', '/x', credentials);
    const b = signRequest('GET', '/x', credentials);
    expect(a['X-Nonce']).not.toBe(b['X-Nonce']);
    expect(a['X-Nonce']).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('changes the signature when any signed part changes', () => {
    const base = signRequest('GET', '/a?x=1', credentials, 1, 'nonce1234');
    expect(signRequest('GET', '/a?x=2', credentials, 1, 'nonce1234')['X-Signature']).not.toBe(base['X-Signature']);
    expect(signRequest('POST', '/a?x=1', credentials, 1, 'nonce1234')['X-Signature']).not.toBe(base['X-Signature']);
    expect(signingString('get', '/p', '1', 'n')).toBe('GET\n/p\n1\nn');
  });
});
