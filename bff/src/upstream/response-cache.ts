import { LRUCache } from 'lru-cache';

export interface CacheEntry<T> {
  value: T;
  /** Epoch ms when the upstream answered. */
  fetchedAt: number;
}

/**
 * Where upstream answers are kept. In-process by default; behind this interface so that several
 * BFF instances can share one store (e.g. Redis) without touching the callers.
 */
export abstract class ResponseStore {
  abstract get<T>(key: string): Promise<CacheEntry<T> | undefined>;
  abstract set<T>(key: string, entry: CacheEntry<T>): Promise<void>;
}

export class InProcessResponseStore extends ResponseStore {
  private readonly lru = new LRUCache<string, CacheEntry<unknown>>({ max: 5000, ttl: 24 * 3600 * 1000 });

  async get<T>(key: string): Promise<CacheEntry<T> | undefined> {
    return this.lru.get(key) as CacheEntry<T> | undefined;
  }

  async set<T>(key: string, entry: CacheEntry<T>): Promise<void> {
    this.lru.set(key, entry as CacheEntry<unknown>);
  }
}
