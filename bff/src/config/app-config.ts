import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/** The workspace root (where pnpm-workspace.yaml is), found from the working directory; defaults hang off it. */
function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

export const REPO_ROOT = findRepoRoot(process.cwd());

export type DatabaseConfig =
  | { engine: 'sqlite'; file: string }
  | { engine: 'mariadb' | 'mysql'; url: string };

export interface UpstreamConfig {
  baseUrl: string;
  appKey: string;
  appSecret: string;
  /** One attempt's timeout. */
  timeoutMs: number;
  /** Everything a request may spend on one upstream call, retries included. */
  budgetMs: number;
  /** Extra attempts for idempotent GETs. */
  retries: number;
  cache: boolean;
  /** Consecutive failures that open the circuit, and how long it stays open. */
  breakerThreshold: number;
  breakerHalfOpenMs: number;
  /** When set, replaces every per-kind cache TTL (arrivals 15 s, traffic 60 s, weather 10 min, lines 10-60 min). */
  cacheTtlOverrideMs?: number;
}

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  host: string;
  port: number;
  logLevel: string;
  database: DatabaseConfig;
  upstream: UpstreamConfig;
  /** The built H5 app served at `/`, or null to serve the API only. */
  h5Dir: string;
  bodyLimitBytes: number;
}

/** Dev-only defaults. They work out of the box locally and are refused in production. */
export const DEV_UPSTREAM_APP_KEY = 'portal-bff-dev';
export const DEV_UPSTREAM_APP_SECRET = 'dev-only-upstream-secret';

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return n;
}

function path(raw: string | undefined, fallback: string): string {
  if (!raw) return fallback;
  return isAbsolute(raw) ? raw : resolve(process.cwd(), raw);
}

/**
 * Reads and validates the environment once, at boot, into a typed config.
 * Throws ConfigError listing every problem; in production it refuses dev secrets.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (!['development', 'test', 'production'].includes(nodeEnv)) {
    problems.push(`NODE_ENV must be development, test or production (got "${nodeEnv}")`);
  }
  const production = nodeEnv === 'production';

  let database: DatabaseConfig;
  const url = env.DATABASE_URL;
  if (url) {
    const match = /^(mysql|mariadb):\/\/[^/]+\/[^/?]+/.exec(url);
    if (!match) {
      problems.push('DATABASE_URL must look like mariadb://user:password@host:3306/database (or mysql://...)');
      database = { engine: 'sqlite', file: ':memory:' };
    } else {
      database = { engine: match[1] as 'mysql' | 'mariadb', url };
    }
  } else {
    if (production) problems.push('DATABASE_URL is required in production (the embedded SQLite database is for development)');
    const dataDir = path(env.DATA_DIR, resolve(REPO_ROOT, 'data'));
    database = { engine: 'sqlite', file: env.SQLITE_FILE ? path(env.SQLITE_FILE, '') : resolve(dataDir, 'portal.sqlite') };
  }

  const appKey = env.UPSTREAM_APP_KEY || DEV_UPSTREAM_APP_KEY;
  const appSecret = env.UPSTREAM_APP_SECRET || '';
  if (production && (!env.UPSTREAM_APP_KEY || appKey === DEV_UPSTREAM_APP_KEY)) {
    problems.push('UPSTREAM_APP_KEY must be set to the key the municipal open platform issued (the development key is refused in production)');
  }
  if (production && (!appSecret || appSecret === DEV_UPSTREAM_APP_SECRET || appSecret.length < 16)) {
    problems.push('UPSTREAM_APP_SECRET must be set to a secret of at least 16 characters (the development secret is refused in production)');
  }

  const baseUrl = env.UPSTREAM_BASE_URL || 'http://127.0.0.1:4010';
  if (!/^https?:\/\/[^/]+/.test(baseUrl)) problems.push(`UPSTREAM_BASE_URL must be an http(s) URL (got "${baseUrl}")`);

  const cache = env.UPSTREAM_CACHE ?? 'on';
  if (!['on', 'off'].includes(cache)) problems.push(`UPSTREAM_CACHE must be on or off (got "${cache}")`);

  const timeoutMs = int(env, 'UPSTREAM_TIMEOUT_MS', 1500, 50, 60_000, problems);
  const config: AppConfig = {
    env: nodeEnv as AppConfig['env'],
    host: env.HOST || '0.0.0.0',
    port: int(env, 'PORT', 3000, 0, 65535, problems),
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'warn' : 'info'),
    database,
    upstream: {
      baseUrl: baseUrl.replace(/\/+$/, ''),
      appKey,
      appSecret: appSecret || DEV_UPSTREAM_APP_SECRET,
      timeoutMs,
      budgetMs: int(env, 'UPSTREAM_BUDGET_MS', Math.max(timeoutMs * 2, 3000), 50, 120_000, problems),
      retries: int(env, 'UPSTREAM_RETRIES', 2, 0, 5, problems),
      cache: cache !== 'off',
      breakerThreshold: int(env, 'UPSTREAM_BREAKER_THRESHOLD', 5, 1, 1000, problems),
      breakerHalfOpenMs: int(env, 'UPSTREAM_BREAKER_HALF_OPEN_MS', 10_000, 100, 600_000, problems),
      cacheTtlOverrideMs: env.UPSTREAM_CACHE_TTL_MS ? int(env, 'UPSTREAM_CACHE_TTL_MS', 0, 0, 86_400_000, problems) : undefined,
    },
    h5Dir: path(env.H5_DIR, resolve(REPO_ROOT, 'miniapp', 'dist', 'h5')),
    bodyLimitBytes: int(env, 'BODY_LIMIT_BYTES', 64 * 1024, 1024, 20 * 1024 * 1024, problems),
  };
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(config.logLevel)) {
    problems.push(`LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "${config.logLevel}")`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
