import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../app.js';
import { computeSignature } from '../platform/signature.js';

/*
 * Tests talk to the mock over real HTTP on an ephemeral port (as the BFF does), which also
 * exercises signing over the raw URL exactly as a real client sends it.
 */

export const TEST_APP_KEY = 'test-bff';
export const TEST_SECRET = 'test-secret-0123456789';

export interface SignOptions {
  appKey?: string;
  secret?: string;
  timestamp?: number;
  nonce?: string;
}

export const newNonce = (): string => randomBytes(12).toString('hex');

/** The four signing headers for `method pathWithQuery` (path + query exactly as sent). */
export function signedHeaders(method: string, pathWithQuery: string, options: SignOptions = {}): Record<string, string> {
  const timestamp = String(options.timestamp ?? Date.now());
  const nonce = options.nonce ?? newNonce();
  return {
    'x-app-key': options.appKey ?? TEST_APP_KEY,
    'x-timestamp': timestamp,
    'x-nonce': nonce,
    'x-signature': computeSignature(options.secret ?? TEST_SECRET, method, pathWithQuery, timestamp, nonce),
  };
}

export interface TestServer {
  app: FastifyInstance;
  baseUrl: string;
  /** Signed GET of a path + query (already percent-encoded). */
  signedGet(pathWithQuery: string, options?: SignOptions & { signal?: AbortSignal }): Promise<Response>;
  /** Signed request with an optional JSON body (POST, DELETE...). */
  signedSend(method: string, pathWithQuery: string, body?: unknown, options?: SignOptions): Promise<Response>;
  /** Unsigned request (health, control API, or to provoke a 401). */
  send(method: string, pathWithQuery: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export async function startTestServer(options: Partial<AppOptions> = {}): Promise<TestServer> {
  const app = buildApp({ appKeys: { [TEST_APP_KEY]: TEST_SECRET }, ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    baseUrl,
    signedGet: (pathWithQuery, signOptions = {}) =>
      fetch(`${baseUrl}${pathWithQuery}`, {
        headers: signedHeaders('GET', pathWithQuery, signOptions),
        signal: signOptions.signal ?? null,
      }),
    signedSend: (method, pathWithQuery, body, signOptions = {}) =>
      fetch(`${baseUrl}${pathWithQuery}`, {
        method,
        headers: {
          ...signedHeaders(method, pathWithQuery, signOptions),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body),
      }),
    send: (method, pathWithQuery, body, headers = {}) =>
      fetch(`${baseUrl}${pathWithQuery}`, {
        method,
        headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
        body: body === undefined ? null : JSON.stringify(body),
      }),
    close: () => app.close(),
  };
}

/** Epoch ms of a Shanghai wall-clock time, e.g. at('2026-03-02', '08:00'). 2026-03-02 is a Monday. */
export function at(date: string, time: string): number {
  return Date.parse(`${date}T${time}:00+08:00`);
}
