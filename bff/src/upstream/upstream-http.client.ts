import { Logger } from '@nestjs/common';
import type { UpstreamService } from '@portal/shared';
import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  TaskCancelledError,
  TimeoutStrategy,
  circuitBreaker,
  handleType,
  retry,
  timeout,
  wrap,
  type IPolicy,
} from 'cockatiel';
import type { UpstreamConfig } from '../config/app-config';
import { currentRequestId } from '../common/request-context';
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

/**
 * HTTP to one municipal system: signed requests, a timeout per attempt, retries with jittered
 * backoff for GETs only, a circuit breaker, and an overall budget. `parse` runs inside the
 * policy, so a malformed body counts as a failure; a parse that throws anything other than
 * UpstreamFailure (a "not found" in the upstream's words) passes straight through.
 */
export class UpstreamHttpClient {
  private readonly logger: Logger;
  private readonly breaker;
  private readonly getPolicy: IPolicy;
  lastSuccessAt: Date | undefined;
  lastFailureAt: Date | undefined;

  constructor(
    readonly service: UpstreamService,
    private readonly config: UpstreamConfig,
    private readonly recordFailure: FailureRecorder = () => undefined,
  ) {
    this.logger = new Logger(`Upstream:${service}`);
    const transient = handleType(UpstreamFailure).orType(TaskCancelledError);
    this.breaker = circuitBreaker(transient, {
      halfOpenAfter: config.breakerHalfOpenMs,
      breaker: new ConsecutiveBreaker(config.breakerThreshold),
    });
    const attemptTimeout = timeout(config.timeoutMs, TimeoutStrategy.Aggressive);
    const retries = retry(transient, {
      maxAttempts: config.retries,
      backoff: new ExponentialBackoff({ initialDelay: 50, maxDelay: 400 }),
    });
    const budget = timeout(config.budgetMs, TimeoutStrategy.Aggressive);
    this.getPolicy = wrap(budget, retries, this.breaker, attemptTimeout);
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

  async get<T>(pathWithQuery: string, parse: (response: UpstreamResponse) => T): Promise<T> {
    const requestId = currentRequestId();
    try {
      const value = await this.getPolicy.execute(async ({ signal }) => {
        const response = await this.send('GET', pathWithQuery, signal, requestId);
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
    if (error instanceof TaskCancelledError) return new UpstreamFailure(this.service, 'timeout', 'no answer within the time budget');
    return undefined;
  }

  private async send(method: string, pathWithQuery: string, signal: AbortSignal, requestId?: string): Promise<UpstreamResponse> {
    const headers: Record<string, string> = {
      ...signRequest(method, pathWithQuery, this.config),
      Accept: 'application/json, application/xml;q=0.9',
    };
    if (requestId) headers['X-Request-Id'] = requestId;
    let res: Response;
    try {
      res = await fetch(`${this.config.baseUrl}${pathWithQuery}`, { method, headers, signal });
    } catch (error) {
      if (signal.aborted) throw new UpstreamFailure(this.service, 'timeout', `no answer within ${this.config.timeoutMs} ms`);
      throw new UpstreamFailure(this.service, 'network', (error as Error).message);
    }
    let body: string;
    try {
      body = await res.text();
    } catch {
      throw new UpstreamFailure(this.service, signal.aborted ? 'timeout' : 'network', 'the answer was cut off');
    }
    if (res.status === 401 || res.status === 403) {
      throw new UpstreamFailure(this.service, 'rejected', `refused our signed request (HTTP ${res.status})`);
    }
    if (res.status >= 500 || res.status === 429) {
      throw new UpstreamFailure(this.service, 'http', `HTTP ${res.status}`);
    }
    return { status: res.status, contentType: res.headers.get('content-type') ?? '', body };
  }
}
