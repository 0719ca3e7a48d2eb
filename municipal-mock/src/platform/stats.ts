import { SERVICE_NAMES, type ServiceName } from './services.js';

export interface ServiceStats {
  /** Every request that reached the service, whatever its outcome. */
  total: number;
  /** Per route: "GET /shanghai/bus/arrivals" → count. Unknown paths count as "<METHOD> (unmatched)". */
  byEndpoint: Record<string, number>;
}

export interface StatsSnapshot {
  since: string;
  services: Record<ServiceName, ServiceStats>;
}

export class RequestStats {
  private counts = new Map<ServiceName, Map<string, number>>();
  private sinceMs: number;

  constructor(private readonly realNow: () => number = Date.now) {
    this.sinceMs = realNow();
  }

  record(service: ServiceName, endpoint: string): void {
    let perEndpoint = this.counts.get(service);
    if (!perEndpoint) {
      perEndpoint = new Map();
      this.counts.set(service, perEndpoint);
    }
    perEndpoint.set(endpoint, (perEndpoint.get(endpoint) ?? 0) + 1);
  }

  reset(): void {
    this.counts = new Map();
    this.sinceMs = this.realNow();
  }

  snapshot(): StatsSnapshot {
    const services = {} as Record<ServiceName, ServiceStats>;
    for (const service of SERVICE_NAMES) {
      const perEndpoint = this.counts.get(service) ?? new Map<string, number>();
      let total = 0;
      for (const count of perEndpoint.values()) total += count;
      services[service] = { total, byEndpoint: Object.fromEntries(perEndpoint) };
    }
    return { since: new Date(this.sinceMs).toISOString(), services };
  }
}
