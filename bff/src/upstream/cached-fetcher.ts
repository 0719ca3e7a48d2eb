import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AppException } from '../common/app-exception';
import { ResponseStore } from './response-cache';
import { UpstreamFailure } from './upstream-failure';

export interface Fresh<T> {
  value: T;
  stale: boolean;
  updatedAt: string;
}

/**
 * A response cache per TTL in front of the upstream clients, for public data only (never a
 * citizen's personal answer). Within the TTL the cached answer is served; after it the upstream is
 * asked again, concurrent misses share one call, and when the upstream fails the last good answer
 * is served marked stale. With no earlier answer the failure becomes a plain 503.
 */
@Injectable()
export class CachedFetcher {
  private readonly inFlight = new Map<string, Promise<Fresh<unknown>>>();

  constructor(
    private readonly store: ResponseStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async fetch<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<Fresh<T>> {
    const enabled = this.config.upstream.cache;
    ttlMs = this.config.upstream.cacheTtlOverrideMs ?? ttlMs;
    const cached = enabled ? await this.store.get<T>(key) : undefined;
    if (cached && Date.now() - cached.fetchedAt < ttlMs) {
      return { value: cached.value, stale: false, updatedAt: new Date(cached.fetchedAt).toISOString() };
    }
    if (!enabled) return this.load(key, load, undefined, false);
    const pending = this.inFlight.get(key) as Promise<Fresh<T>> | undefined;
    if (pending) return pending;
    const call = this.load(key, load, cached, true).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, call);
    return call;
  }

  private async load<T>(
    key: string,
    load: () => Promise<T>,
    previous: { value: T; fetchedAt: number } | undefined,
    keep: boolean,
  ): Promise<Fresh<T>> {
    try {
      const value = await load();
      const fetchedAt = Date.now();
      if (keep) await this.store.set(key, { value, fetchedAt });
      return { value, stale: false, updatedAt: new Date(fetchedAt).toISOString() };
    } catch (error) {
      if (!(error instanceof UpstreamFailure)) throw error;
      if (previous) return { value: previous.value, stale: true, updatedAt: new Date(previous.fetchedAt).toISOString() };
      throw AppException.upstreamUnavailable();
    }
  }
}
