import type { FastifyInstance } from 'fastify';
import { LRUCache } from 'lru-cache';

interface CachedResponse {
  body: string;
  contentType: string;
  cacheControl: string;
}

const PUBLIC_MAX_AGE = /^public, max-age=(\d+)$/;

/**
 * A micro-cache of whole responses for public GETs, like a reverse proxy in front of the API:
 * a route opts in by answering `Cache-Control: public, max-age=N` (see `@PublicCache`), and for that
 * long the same URL is answered from memory without running the route. Personal answers say
 * `private, no-store` and are never kept. Only 200 JSON answers are kept.
 */
export function registerPublicResponseCache(fastify: FastifyInstance, options: { maxEntries: number; maxTtlMs: number }): void {
  const cache = new LRUCache<string, CachedResponse>({ max: options.maxEntries, ttlAutopurge: false });

  fastify.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET') return;
    const hit = cache.get(request.url);
    if (!hit) return;
    return reply.header('content-type', hit.contentType).header('cache-control', hit.cacheControl).header('x-cache', 'HIT').send(hit.body);
  });

  fastify.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    if (reply.getHeader('x-cache') === 'HIT') return payload;
    const cacheControl = String(reply.getHeader('cache-control') ?? '');
    const match = PUBLIC_MAX_AGE.exec(cacheControl);
    const contentType = String(reply.getHeader('content-type') ?? '');
    if (!match || !contentType.includes('json')) return payload;
    const ttl = Math.min(Number(match[1]) * 1000, options.maxTtlMs);
    if (ttl > 0) cache.set(request.url, { body: payload, contentType, cacheControl }, { ttl });
    void reply.header('x-cache', 'MISS');
    return payload;
  });
}
