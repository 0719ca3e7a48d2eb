import { SERVICE_NAMES, type ServiceName } from './services.js';

export interface ServiceStats {
  /** Every request that reached the service, whatever its outcome. */
  total: number;
  /** Per route: "GET /shanghai/bus/arrivals" → count. Unknown paths count as "<METHOD> (unmatched)". */
  byEndpoint: Record<string, number>;
  /** Business events counted by the service itself, e.g. pay "orderCreated" (a real new order). */
  events: Record<string, number>;
}

export interface StatsSnapshot {
  since: string;
  services: Record<ServiceName, ServiceStats>;
}

export class RequestStats {
  private counts = new Map<ServiceName, Map<string, number>>();
  private eventCounts = new Map<ServiceName, Map<string, number>>();
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

  /** Counts one business event (not a request): e.g. an order really created. */
  event(service: ServiceName, name: string): void {
    let perEvent = this.eventCounts.get(service);
    if (!perEvent) {
      perEvent = new Map();
      this.eventCounts.set(service, perEvent);
    }
    perEvent.set(name, (perEvent.get(name) ?? 0) + 1);
  }

  reset(): void {
    this.counts = new Map();
    this.eventCounts = new Map();
    this.sinceMs = this.realNow();
  }

  snapshot(): StatsSnapshot {
    const services = {} as Record<ServiceName, ServiceStats>;
    for (const service of SERVICE_NAMES) {
      const perEndpoint = this.counts.get(service) ?? new Map<string, number>();
      let total = 0;
      for (const count of perEndpoint.values()) total += count;
      const events = Object.fromEntries(this.eventCounts.get(service) ?? new Map<string, number>());
      services[service] = { total, byEndpoint: Object.fromEntries(perEndpoint), events };
    }
    return { since: new Date(this.sinceMs).toISOString(), services };
  }
}
