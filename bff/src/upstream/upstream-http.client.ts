import { Logger } from '@nestjs/common';
import type { UpstreamService } from '@portal/shared';
import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  circuitBreaker,
  handleType,
  retry,
  wrap,
  type IPolicy,
} from 'cockatiel';
import { Pool, errors as undiciErrors } from 'undici';
import type { UpstreamConfig } from '../config/app-config';
import { signRequest } from './signing';
import { UpstreamFailure } from './upstream-failure';

export interface UpstreamResponse {
  status: number;
  contentType: string;
  body: string;
}

/** Called once per failed call (after retries), to keep an audit of upstream failures. */
export type FailureRecorder = (failure: UpstreamFailure, requestId: string | undefined) => void;

export type CircuitStatus = 'closed' | 'open' | 'half-open';

/** Keep-alive connections per upstream origin, shared by its clients (undici's request is ~2x global fetch). */
const pools = new Map<string, Pool>();
function poolFor(origin: string): Pool {
  let pool = pools.get(origin);
  if (!pool) {
    pool = new Pool(origin, { connections: 128, keepAliveTimeout: 10_000, keepAliveMaxTimeout: 60_000 });
    pools.set(origin, pool);
  }
  return pool;
}

/**
 * HTTP to one municipal system: signed requests, a timeout per attempt, retries with jittered
 * backoff for GETs only and a circuit breaker (cockatiel), all within an overall budget: each
 * attempt gets at most what is left of it. `parse` runs inside the policy, so a malformed body
 * counts as a failure; a parse that throws anything other than UpstreamFailure (a "not found" in
 * the upstream's words) passes straight through.
 */
export class UpstreamHttpClient {
  private readonly logger: Logger;
  private readonly breaker;
  private readonly getPolicy: IPolicy;
  private readonly pool: Pool;
  /** A base URL may carry a path prefix (a gateway's), kept in front of every path. */
  private readonly basePath: string;
  lastSuccessAt: Date | undefined;
  lastFailureAt: Date | undefined;

  private readonly postPolicy: IPolicy;
  private readonly signed: boolean;

  constructor(
    readonly service: UpstreamService,
    private readonly config: UpstreamConfig,
    private readonly recordFailure: FailureRecorder = () => undefined,
    options: { baseUrl?: string; signed?: boolean } = {},
  ) {
    this.logger = new Logger(`Upstream:${service}`);
    this.signed = options.signed ?? true;
    const base = new URL(options.baseUrl ?? config.baseUrl);
    this.pool = poolFor(base.origin);
    this.basePath = base.pathname.replace(/\/+$/, '');
    // A spent budget is final: it is not retried.
    const transient = handleType(UpstreamFailure, (e) => e.kind !== 'budget');
    this.breaker = circuitBreaker(transient, {
      halfOpenAfter: config.breakerHalfOpenMs,
      breaker: new ConsecutiveBreaker(config.breakerThreshold),
    });
    const retries = retry(transient, {
      maxAttempts: config.retries,
      backoff: new ExponentialBackoff({ initialDelay: 50, maxDelay: 400 }),
    });
    this.getPolicy = wrap(retries, this.breaker);
    // A POST is not idempotent in general: never retried, but it counts for the breaker.
    this.postPolicy = this.breaker;
  }

  get circuit(): CircuitStatus {
    switch (this.breaker.state) {
      case CircuitState.Open:
      case CircuitState.Isolated:
        return 'open';
      case CircuitState.HalfOpen:
        return 'half-open';
      default:
        return 'closed';
    }
  }

  /** `requestId` is the citizen request this call serves: sent on as X-Request-Id and logged with any failure. */
  async get<T>(pathWithQuery: string, parse: (response: UpstreamResponse) => T, requestId?: string): Promise<T> {
    return this.call('GET', pathWithQuery, undefined, parse, requestId);
  }

  /** A JSON POST: signed like a GET, never retried, within one attempt's timeout. */
  async post<T>(path: string, body: unknown, parse: (response: UpstreamResponse) => T, requestId?: string): Promise<T> {
    return this.call('POST', path, JSON.stringify(body), parse, requestId);
  }

  private async call<T>(
    method: 'GET' | 'POST',
    pathWithQuery: string,
    body: string | undefined,
    parse: (response: UpstreamResponse) => T,
    requestId?: string,
  ): Promise<T> {
    const deadline = Date.now() + this.config.budgetMs;
    try {
      const value = await (method === 'GET' ? this.getPolicy : this.postPolicy).execute(async () => {
        const left = deadline - Date.now();
        if (left <= 0) throw new UpstreamFailure(this.service, 'budget', `no answer within the ${this.config.budgetMs} ms budget`);
        const response = await this.send(method, pathWithQuery, body, Math.min(this.config.timeoutMs, left), requestId);
        return parse(response);
      });
      this.lastSuccessAt = new Date();
      return value;
    } catch (error) {
      const failure = this.asFailure(error);
      if (!failure) throw error;
      this.lastFailureAt = new Date();
      this.logger.warn({ requestId, upstream: this.service, kind: failure.kind, detail: failure.detail }, 'Upstream call failed');
      this.recordFailure(failure, requestId);
      throw failure;
    }
  }

  private asFailure(error: unknown): UpstreamFailure | undefined {
    if (error instanceof UpstreamFailure) return error;
    if (error instanceof BrokenCircuitError) return new UpstreamFailure(this.service, 'circuit-open', 'circuit breaker is open');
    return undefined;
  }

  private async send(
    method: 'GET' | 'POST',
    pathWithQuery: string,
    payload: string | undefined,
    timeoutMs: number,
    requestId?: string,
  ): Promise<UpstreamResponse> {
    const headers: Record<string, string> = {
      ...(this.signed ? signRequest(method, `${this.basePath}${pathWithQuery}`, this.config) : {}),
      accept: 'application/json, application/xml;q=0.9',
    };
    if (payload !== undefined) headers['content-type'] = 'application/json';
    if (requestId) headers['x-request-id'] = requestId;
    let status: number;
    let contentType: string;
    let body: string;
    try {
      const res = await this.pool.request({
        path: `${this.basePath}${pathWithQuery}`,
        method,
        headers,
        body: payload,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      status = res.statusCode;
      const type = res.headers['content-type'];
      contentType = Array.isArray(type) ? (type[0] ?? '') : (type ?? '');
      body = await res.body.text();
    } catch (error) {
      if (error instanceof undiciErrors.HeadersTimeoutError || error instanceof undiciErrors.BodyTimeoutError) {
        throw new UpstreamFailure(this.service, 'timeout', `no answer within ${timeoutMs} ms`);
      }
      throw new UpstreamFailure(this.service, 'network', (error as Error).message);
    }
    if (status === 401 || status === 403) {
      throw new UpstreamFailure(this.service, 'rejected', `refused our signed request (HTTP ${status})`);
    }
    if (status >= 500 || status === 429) {
      throw new UpstreamFailure(this.service, 'http', `HTTP ${status}`);
    }
    return { status, contentType, body };
  }
}
