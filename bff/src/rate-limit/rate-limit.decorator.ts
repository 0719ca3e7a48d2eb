import { SetMetadata } from '@nestjs/common';

export interface RateLimitRule {
  /** Names the counter; rules with the same name share it. */
  name: string;
  /** Requests allowed per window. */
  points: number;
  windowSeconds: number;
  /** Who is counted: the client (its address) or the phone number in the body. */
  by: 'client' | 'phone';
}

export const RATE_LIMITS = 'portal:rate-limits';

/** Limits a route; every rule must have room, or the answer is 429 with Retry-After. */
export const RateLimit = (...rules: RateLimitRule[]) => SetMetadata(RATE_LIMITS, rules);
