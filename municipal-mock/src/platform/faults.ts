import { SERVICE_NAMES, isServiceName, type ServiceName } from './services.js';

export interface FaultConfig {
  /** Delay added before the request is handled, 0-60000 ms. */
  latencyMs: number;
  /** Probability (0-1) of answering with the dialect's 5xx instead of the real answer. */
  errorRate: number;
  /** Never answer: the connection is held open until the client gives up. */
  timeout: boolean;
  /** Answer with the real status but a truncated, unparsable body. */
  malformed: boolean;
}

export const NO_FAULT: Readonly<FaultConfig> = Object.freeze({
  latencyMs: 0,
  errorRate: 0,
  timeout: false,
  malformed: false,
});

export const MAX_LATENCY_MS = 60_000;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

const FAULT_FIELDS = new Set(Object.keys(NO_FAULT));

/** Validates a fault object; missing fields take their no-fault default. */
export function parseFaultConfig(input: unknown): ParseResult<FaultConfig> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, message: 'fault must be a JSON object' };
  }
  const record = input as Record<string, unknown>;
  const unknownField = Object.keys(record).find((key) => !FAULT_FIELDS.has(key));
  if (unknownField !== undefined) return { ok: false, message: `unknown field "${unknownField}"` };

  const fault: FaultConfig = { ...NO_FAULT };
  const { latencyMs, errorRate, timeout, malformed } = record;
  if (latencyMs !== undefined) {
    if (typeof latencyMs !== 'number' || !Number.isInteger(latencyMs) || latencyMs < 0 || latencyMs > MAX_LATENCY_MS) {
      return { ok: false, message: `latencyMs must be an integer from 0 to ${MAX_LATENCY_MS}` };
    }
    fault.latencyMs = latencyMs;
  }
  if (errorRate !== undefined) {
    if (typeof errorRate !== 'number' || !Number.isFinite(errorRate) || errorRate < 0 || errorRate > 1) {
      return { ok: false, message: 'errorRate must be a number from 0 to 1' };
    }
    fault.errorRate = errorRate;
  }
  if (timeout !== undefined) {
    if (typeof timeout !== 'boolean') return { ok: false, message: 'timeout must be true or false' };
    fault.timeout = timeout;
  }
  if (malformed !== undefined) {
    if (typeof malformed !== 'boolean') return { ok: false, message: 'malformed must be true or false' };
    fault.malformed = malformed;
  }
  return { ok: true, value: fault };
}

export type FaultMap = Partial<Record<ServiceName, FaultConfig>>;

/** Validates a `{ "<service>": { ...fault } }` object (the MOCK_FAULTS format). */
export function parseFaultMap(input: unknown): ParseResult<FaultMap> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, message: 'faults must be a JSON object keyed by service name' };
  }
  const result: FaultMap = {};
  for (const [service, value] of Object.entries(input as Record<string, unknown>)) {
    if (!isServiceName(service)) {
      return { ok: false, message: `unknown service "${service}" (known: ${SERVICE_NAMES.join(', ')})` };
    }
    const parsed = parseFaultConfig(value);
    if (!parsed.ok) return { ok: false, message: `${service}: ${parsed.message}` };
    result[service] = parsed.value;
  }
  return { ok: true, value: result };
}

export class FaultRegistry {
  private readonly faults = new Map<ServiceName, FaultConfig>();

  constructor(private readonly bootFaults: FaultMap = {}) {
    this.resetToBoot();
  }

  get(service: ServiceName): FaultConfig {
    return this.faults.get(service) ?? NO_FAULT;
  }

  set(service: ServiceName, fault: FaultConfig): void {
    this.faults.set(service, { ...fault });
  }

  clear(service: ServiceName): void {
    this.faults.delete(service);
  }

  /** No faults anywhere (DELETE /__control/faults). */
  clearAll(): void {
    this.faults.clear();
  }

  /** Back to MOCK_FAULTS (POST /__control/reset). */
  resetToBoot(): void {
    this.faults.clear();
    for (const [service, fault] of Object.entries(this.bootFaults) as Array<[ServiceName, FaultConfig]>) {
      this.faults.set(service, { ...fault });
    }
  }

  /** Every service with its current fault (no-fault defaults included). */
  list(): Record<ServiceName, FaultConfig> {
    return Object.fromEntries(SERVICE_NAMES.map((service) => [service, { ...this.get(service) }])) as Record<
      ServiceName,
      FaultConfig
    >;
  }
}
