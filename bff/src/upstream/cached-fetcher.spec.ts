import { describe, expect, it } from '@jest/globals';
import { AppException } from '../common/app-exception';
import { loadConfig } from '../config/app-config';
import { CachedFetcher } from './cached-fetcher';
import { InProcessResponseStore } from './response-cache';
import { UpstreamFailure } from './upstream-failure';

const down = () => Promise.reject(new UpstreamFailure('shanghai-bus', 'timeout', 'no answer'));

function fetcher(cache: 'on' | 'off' = 'on') {
  return new CachedFetcher(new InProcessResponseStore(), loadConfig({ UPSTREAM_CACHE: cache }));
}

describe('cached fetcher', () => {
  it('serves a fresh answer from the cache within the TTL without calling the upstream', async () => {
    const f = fetcher();
    let calls = 0;
    const load = async () => ++calls;
    await f.fetch('k', 60_000, load);
    const second = await f.fetch('k', 60_000, load);
    expect(second).toMatchObject({ value: 1, stale: false });
    expect(calls).toBe(1);
  });

  it('serves the last good answer marked stale when the upstream fails after the TTL', async () => {
    const f = fetcher();
    await f.fetch('k', 0, async () => 'good');
    const r = await f.fetch('k', 0, down);
    expect(r.value).toBe('good');
    expect(r.stale).toBe(true);
  });

  it('answers a plain 503 when the upstream fails and nothing was cached', async () => {
    await expect(fetcher().fetch('k', 0, down)).rejects.toMatchObject({ status: 503, code: 'UPSTREAM_UNAVAILABLE' });
  });

  it('passes business answers such as "no such line" through without serving stale', async () => {
    const f = fetcher();
    await f.fetch('k', 0, async () => 'good');
    const notFound = AppException.notFound('BUS_LINE_NOT_FOUND', 'no');
    await expect(f.fetch('k', 0, () => Promise.reject(notFound))).rejects.toBe(notFound);
  });

  it('lets concurrent misses share one upstream call', async () => {
    const f = fetcher();
    let calls = 0;
    const slow = () => new Promise<number>((r) => setTimeout(() => r(++calls), 20));
    const results = await Promise.all([f.fetch('k', 1000, slow), f.fetch('k', 1000, slow), f.fetch('k', 1000, slow)]);
    expect(calls).toBe(1);
    expect(results.map((r) => r.value)).toEqual([1, 1, 1]);
  });

  it('calls the upstream every time when the cache is off', async () => {
    const f = fetcher('off');
    let calls = 0;
    await f.fetch('k', 60_000, async () => ++calls);
    await f.fetch('k', 60_000, async () => ++calls);
    expect(calls).toBe(2);
  });
});
