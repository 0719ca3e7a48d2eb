import type { ServerResponse } from 'node:http';
import type { FastifyReply } from 'fastify';

/**
 * Requests the fault injector is delaying (latency) or never answering (timeout).
 * Tracked so that closing the server releases them instead of waiting for them.
 */
export class HeldRequests {
  private readonly sleepers = new Set<() => void>();
  private readonly held = new Set<ServerResponse>();

  /** Resolves after `ms`, or at once when the server closes. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
    });
  }

  /** Takes the reply away from Fastify and never answers; the client has to give up. */
  hold(reply: FastifyReply): void {
    reply.hijack();
    const raw = reply.raw;
    this.held.add(raw);
    raw.once('close', () => this.held.delete(raw));
  }

  get heldCount(): number {
    return this.held.size;
  }

  /** Server shutdown: wake every sleeper and cut every held connection. */
  releaseAll(): void {
    for (const wake of [...this.sleepers]) wake();
    for (const raw of [...this.held]) raw.destroy();
    this.held.clear();
  }
}
