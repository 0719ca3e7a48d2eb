import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp, type CreateAppOptions } from '../app.factory';
import { loadConfig, REPO_ROOT, type AppConfig } from '../config/app-config';

/** Integration-test harness: the real mock process over HTTP, the whole BFF, a real database. */

const REPO = REPO_ROOT;
export const FIXED_TIME = '2026-03-02T08:15:00+08:00';

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 15000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode} before ${url} answered`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export interface MockProcess {
  url: string;
  stop(): Promise<void>;
  /** Calls the mock's /__control API (fault injection, clock, stats). */
  control(method: string, path: string, body?: unknown): Promise<unknown>;
}

export async function startMock(env: Record<string, string> = {}): Promise<MockProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(REPO, 'municipal-mock', 'dist', 'main.js')], {
    env: { ...process.env, NODE_ENV: 'test', MOCK_PORT: String(port), MOCK_HOST: '127.0.0.1', MOCK_FIXED_TIME: FIXED_TIME, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/health`, child);
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
    async control(method, path, body) {
      const res = await fetch(`${url}/__control${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`mock control ${method} ${path}: HTTP ${res.status} ${text}`);
      return text ? JSON.parse(text) : undefined;
    },
  };
}

/** DATABASE_URL when set (MariaDB in CI), otherwise a fresh SQLite file. */
export function testEnv(mockUrl: string, extra: Record<string, string> = {}): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    UPSTREAM_BASE_URL: mockUrl,
    UPSTREAM_TIMEOUT_MS: '400',
    UPSTREAM_BUDGET_MS: '1500',
    UPSTREAM_RETRIES: '1',
    H5_DIR: join(tmpdir(), 'no-h5-here'),
    DATABASE_URL: process.env.DATABASE_URL,
    ...extra,
  };
  if (!env.DATABASE_URL) env.SQLITE_FILE = join(mkdtempSync(join(tmpdir(), 'portal-test-')), 'portal.sqlite');
  return env;
}

export interface TestResponse {
  status: number;
  body: any;
  headers: Headers;
}

export interface TestBff {
  app: NestFastifyApplication;
  config: AppConfig;
  url: string;
  get(path: string, headers?: Record<string, string>): Promise<TestResponse>;
  request(method: string, path: string, payload?: unknown, headers?: Record<string, string>): Promise<TestResponse>;
  close(): Promise<void>;
}

/** Calls a BFF at `url` over real HTTP; JSON bodies are parsed. */
export type BffClient = Pick<TestBff, 'url' | 'get' | 'request'>;

export function httpClient(url: string): BffClient {
  const request: TestBff['request'] = async (method, path, payload, headers = {}) => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (payload !== undefined) {
      init.body = typeof payload === 'string' ? payload : JSON.stringify(payload);
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
    }
    const res = await fetch(`${url}${path}`, init);
    const text = await res.text();
    const body: unknown = (res.headers.get('content-type') ?? '').includes('json') && text ? JSON.parse(text) : text;
    return { status: res.status, body, headers: res.headers };
  };
  return { url, request, get: (path, headers) => request('GET', path, undefined, headers) };
}

/** The whole BFF listening on a free loopback port, called over real HTTP. */
export async function startBff(
  env: Record<string, string | undefined>,
  options: CreateAppOptions & { keepCitizens?: boolean } = {},
): Promise<TestBff> {
  const config = loadConfig(env);
  const app = await createApp(config, options);
  await app.listen(0, '127.0.0.1');
  // A SQLite test database is new for every file; the one MariaDB database in CI is shared, so each
  // file starts without the citizens an earlier file left (sessions, family, payments cascade).
  if (config.database.engine !== 'sqlite' && !options.keepCitizens) await app.get(DataSource).query('DELETE FROM users');
  const address = app.getHttpServer().address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { app, config, ...httpClient(url), close: () => app.close() };
}
