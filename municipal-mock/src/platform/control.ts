import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from './context.js';
import { parseFaultConfig } from './faults.js';
import { isServiceName } from './services.js';
import { formatShanghaiIso, parseIsoWithOffset } from './time.js';

class InvalidBodyError extends Error {
  constructor() {
    super('Body is not valid JSON');
  }
}

/**
 * Test-only control API (unsigned). Registered only when control is enabled
 * (MOCK_CONTROL, default on unless NODE_ENV=production).
 */
export function registerControlRoutes(app: FastifyInstance, ctx: PlatformContext): void {
  const clockState = () => {
    const fixed = ctx.clock.fixedTime;
    return {
      fixed: fixed !== null,
      fixedTime: fixed === null ? null : formatShanghaiIso(fixed),
      now: formatShanghaiIso(ctx.clock.now()),
    };
  };

  void app.register(
    async (scope) => {
      // An empty JSON body counts as no body; broken JSON gets this API's own error shape.
      scope.removeContentTypeParser('application/json');
      scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
        const text = typeof body === 'string' ? body : body.toString('utf8');
        if (text.trim() === '') {
          done(null, undefined);
          return;
        }
        try {
          done(null, JSON.parse(text) as unknown);
        } catch {
          done(new InvalidBodyError(), undefined);
        }
      });
      scope.setErrorHandler((error, _request, reply) => {
        const statusCode = error instanceof InvalidBodyError ? 400 : 500;
        return reply
          .code(statusCode)
          .send({
            error: statusCode === 400 ? 'invalid_body' : 'internal_error',
            message: error instanceof Error ? error.message : 'Unexpected error',
          });
      });

      scope.get('/faults', async () => ({ faults: ctx.faults.list() }));

      scope.put<{ Params: { service: string } }>('/faults/:service', async (request, reply) => {
        const { service } = request.params;
        if (!isServiceName(service)) {
          return reply.code(404).send({ error: 'unknown_service', message: `No service "${service}"` });
        }
        const parsed = parseFaultConfig(request.body ?? {});
        if (!parsed.ok) return reply.code(400).send({ error: 'invalid_fault', message: parsed.message });
        ctx.faults.set(service, parsed.value);
        return { service, fault: ctx.faults.get(service) };
      });

      scope.delete<{ Params: { service: string } }>('/faults/:service', async (request, reply) => {
        const { service } = request.params;
        if (!isServiceName(service)) {
          return reply.code(404).send({ error: 'unknown_service', message: `No service "${service}"` });
        }
        ctx.faults.clear(service);
        return { service, fault: ctx.faults.get(service) };
      });

      scope.delete('/faults', async () => {
        ctx.faults.clearAll();
        return { faults: ctx.faults.list() };
      });

      scope.get('/stats', async () => ctx.stats.snapshot());

      scope.delete('/stats', async () => {
        ctx.stats.reset();
        return ctx.stats.snapshot();
      });

      scope.get('/clock', async () => clockState());

      scope.post('/clock', async (request, reply) => {
        const body = request.body;
        if (typeof body !== 'object' || body === null || !('fixedTime' in body)) {
          return reply
            .code(400)
            .send({ error: 'invalid_clock', message: 'Body must be {"fixedTime": "<ISO time with offset>" | null}' });
        }
        const { fixedTime } = body as { fixedTime: unknown };
        if (fixedTime === null) {
          ctx.clock.setFixed(null);
          return clockState();
        }
        const parsed = typeof fixedTime === 'string' ? parseIsoWithOffset(fixedTime) : null;
        if (parsed === null) {
          return reply.code(400).send({
            error: 'invalid_clock',
            message: 'fixedTime must be an ISO 8601 time with an offset, e.g. "2026-03-02T08:15:00+08:00", or null',
          });
        }
        ctx.clock.setFixed(parsed);
        return clockState();
      });

      scope.post('/reset', async () => {
        ctx.faults.resetToBoot();
        ctx.stats.reset();
        ctx.clock.reset();
        ctx.verifier.nonces.clear();
        for (const hook of ctx.resetHooks) hook();
        return { faults: ctx.faults.list(), clock: clockState() };
      });
    },
    { prefix: '/__control' },
  );
}
