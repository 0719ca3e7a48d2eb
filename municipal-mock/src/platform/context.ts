import type { BusinessClock } from './clock.js';
import type { FaultRegistry } from './faults.js';
import type { HeldRequests } from './held-requests.js';
import type { SignatureVerifier } from './signature.js';
import type { RequestStats } from './stats.js';

/** Platform services every municipal endpoint shares. */
export interface PlatformContext {
  clock: BusinessClock;
  verifier: SignatureVerifier;
  faults: FaultRegistry;
  stats: RequestStats;
  held: HeldRequests;
  /** Randomness for errorRate draws (injectable for tests). */
  random: () => number;
  /** Whether /__control/* is registered (also gates test-only endpoints such as the SMS outbox). */
  controlEnabled: boolean;
  /** Business state (codes, orders, outbox...) emptied by POST /__control/reset. */
  resetHooks: Array<() => void>;
}
