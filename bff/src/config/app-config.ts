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

export interface AuthConfig {
  /** Signs access tokens (HS256). */
  tokenSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  wechat: { baseUrl: string; appId: string; appSecret: string };
}

export interface PersonalDataConfig {
  /** AES-256-GCM key for identity numbers, names and phone numbers at rest (32 bytes). */
  encryptionKey: Buffer;
  /** HMAC key for look-ups by identity number or phone without decrypting. */
  hashKey: Buffer;
}

export interface StaffConfig {
  /** Staff access tokens' lifetime (no refresh: staff sign in again). */
  accessTokenTtlSeconds: number;
  /** The demo accounts' password; null in production, where no demo account is ever seeded. */
  demoPassword: string | null;
  /** scrypt cost (N = 2^cost, r = 8, p = 3 — 32 MiB at 15); lower only outside production, to keep tests quick. */
  passwordHashCost: number;
  /** How often overdue letters are escalated to supervisors; 0 turns the job off (the default in tests). */
  escalationIntervalSeconds: number;
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
  /** Behind a load balancer: take the client address from X-Forwarded-For (rate limits per client). */
  trustProxy: boolean;
  /** Multiplies every per-client rate limit (per-phone limits stay): for networks where many citizens share one address. */
  clientRateLimitFactor: number;
  auth: AuthConfig;
  personalData: PersonalDataConfig;
  staff: StaffConfig;
}

/** Dev-only defaults. They work out of the box locally and are refused in production. */
export const DEV_UPSTREAM_APP_KEY = 'portal-bff-dev';
export const DEV_UPSTREAM_APP_SECRET = 'dev-only-upstream-secret';
export const DEV_TOKEN_SECRET = 'dev-only-token-secret-do-not-use-in-production';
export const DEV_WECHAT_APP_ID = 'wx-dev-appid';
export const DEV_WECHAT_APP_SECRET = 'dev-only-wechat-secret';
/** base64 of 32 bytes; development only. */
export const DEV_ENCRYPTION_KEY = Buffer.from('dev-only-encryption-key-32-bytes').toString('base64');
/** The demo staff accounts' password outside production (README, 'Demo staff accounts'). */
export const DEV_STAFF_DEMO_PASSWORD = 'demo-staff-2026';
export const DEV_HASH_KEY = Buffer.from('dev-only-lookup-hash-key-32bytes').toString('base64');

function key32(env: Env, name: string, fallback: string, production: boolean, problems: string[]): Buffer {
  const raw = env[name];
  if (production && (!raw || raw === fallback)) {
    problems.push(`${name} must be set to a random 32-byte key in base64 (the development key is refused in production)`);
  }
  const key = Buffer.from(raw || fallback, 'base64');
  if (key.length !== 32) problems.push(`${name} must be 32 bytes in base64 (got ${key.length} bytes)`);
  return key;
}

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
    trustProxy: env.TRUST_PROXY === 'true',
    clientRateLimitFactor: int(env, 'CLIENT_RATE_LIMIT_FACTOR', 1, 1, 1000, problems),
    auth: {
      tokenSecret: env.AUTH_TOKEN_SECRET || DEV_TOKEN_SECRET,
      accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86_400, problems),
      refreshTokenTtlSeconds: int(env, 'REFRESH_TOKEN_TTL_SECONDS', 30 * 86_400, 60, 365 * 86_400, problems),
      wechat: {
        baseUrl: (env.WECHAT_API_BASE_URL || baseUrl).replace(/\/+$/, ''),
        appId: env.WECHAT_APP_ID || DEV_WECHAT_APP_ID,
        appSecret: env.WECHAT_APP_SECRET || DEV_WECHAT_APP_SECRET,
      },
    },
    personalData: {
      encryptionKey: key32(env, 'IDENTITY_ENCRYPTION_KEY', DEV_ENCRYPTION_KEY, production, problems),
      hashKey: key32(env, 'IDENTITY_HASH_KEY', DEV_HASH_KEY, production, problems),
    },
    staff: {
      accessTokenTtlSeconds: int(env, 'STAFF_ACCESS_TOKEN_TTL_SECONDS', 1800, 60, 8 * 3600, problems),
      demoPassword: production ? null : env.STAFF_DEMO_PASSWORD || DEV_STAFF_DEMO_PASSWORD,
      passwordHashCost: int(env, 'STAFF_PASSWORD_HASH_COST', nodeEnv === 'test' ? 10 : 15, production ? 15 : 4, 20, problems),
      escalationIntervalSeconds: int(env, 'STAFF_ESCALATION_INTERVAL_SECONDS', nodeEnv === 'test' ? 0 : 300, 0, 86_400, problems),
    },
  };
  if (production && (!env.AUTH_TOKEN_SECRET || env.AUTH_TOKEN_SECRET === DEV_TOKEN_SECRET || env.AUTH_TOKEN_SECRET.length < 32)) {
    problems.push('AUTH_TOKEN_SECRET must be set to a secret of at least 32 characters (the development secret is refused in production)');
  }
  if (production && (!env.WECHAT_APP_SECRET || env.WECHAT_APP_SECRET === DEV_WECHAT_APP_SECRET)) {
    problems.push('WECHAT_APP_SECRET must be set to the mini-program\'s app secret (the development secret is refused in production)');
  }
  if (production && (!env.WECHAT_APP_ID || env.WECHAT_APP_ID === DEV_WECHAT_APP_ID)) {
    problems.push('WECHAT_APP_ID must be set to the mini-program\'s app id');
  }
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(config.logLevel)) {
    problems.push(`LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "${config.logLevel}")`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
