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
}
