import type { UpstreamService } from '@portal/shared';

export type UpstreamFailureKind = 'timeout' | 'budget' | 'network' | 'http' | 'malformed' | 'circuit-open' | 'rejected';

/**
 * A municipal system failed to give a usable answer. Counts against its circuit breaker,
 * may be retried (GET), and lets the cache serve the last good answer. Never shown to a citizen.
 */
export class UpstreamFailure extends Error {
  constructor(
    public readonly service: UpstreamService,
    public readonly kind: UpstreamFailureKind,
    public readonly detail: string,
  ) {
    super(`${service}: ${kind}: ${detail}`);
    this.name = 'UpstreamFailure';
  }
}
