import { LRUCache } from 'lru-cache';

export interface PendingSmsCode {
  /** sha256 of the code, never the code itself. */
  codeHash: string;
  expiresAt: number;
  wrongTries: number;
}

/**
 * Where SMS codes wait to be used, by the phone's keyed hash. In-process by default; behind this
 * interface so that several BFF instances can share one store (Redis) without touching the callers.
 */
export abstract class SmsCodeStore {
  abstract get(phoneHash: string): Promise<PendingSmsCode | undefined>;
  abstract set(phoneHash: string, code: PendingSmsCode): Promise<void>;
  abstract delete(phoneHash: string): Promise<void>;
}

export class InProcessSmsCodeStore extends SmsCodeStore {
  private readonly codes = new LRUCache<string, PendingSmsCode>({ max: 100_000, ttl: 10 * 60_000 });

  async get(phoneHash: string): Promise<PendingSmsCode | undefined> {
    return this.codes.get(phoneHash);
  }

  async set(phoneHash: string, code: PendingSmsCode): Promise<void> {
    this.codes.set(phoneHash, code);
  }

  async delete(phoneHash: string): Promise<void> {
    this.codes.delete(phoneHash);
  }
}
