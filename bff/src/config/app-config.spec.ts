import { describe, expect, it } from '@jest/globals';
import { ConfigError, DEV_UPSTREAM_APP_SECRET, loadConfig } from './app-config';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

const PRODUCTION_READY: Record<string, string> = {
  NODE_ENV: 'production',
  UPSTREAM_APP_KEY: 'k-1',
  UPSTREAM_APP_SECRET: 'a-real-secret-of-32-characters!!',
  DATABASE_URL: 'mysql://u:p@db:3306/portal',
  AUTH_TOKEN_SECRET: 'x'.repeat(40),
  IDENTITY_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
  IDENTITY_HASH_KEY: Buffer.alloc(32, 2).toString('base64'),
  WECHAT_APP_ID: 'wx1234567890abcdef',
  WECHAT_APP_SECRET: 'y'.repeat(32),
};

describe('configuration', () => {
  it('runs on embedded SQLite with development defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.engine).toBe('sqlite');
    expect(config.upstream.baseUrl).toBe('http://127.0.0.1:4010');
    expect(config.upstream.cache).toBe(true);
  });

  it('uses MariaDB when DATABASE_URL says so', () => {
    expect(loadConfig({ DATABASE_URL: 'mariadb://portal:pw@127.0.0.1:3307/portal' }).database).toEqual({
      engine: 'mariadb',
      url: 'mariadb://portal:pw@127.0.0.1:3307/portal',
    });
  });

  it('refuses to start in production with the development secret, a missing key or no database', () => {
    const found = problems({ NODE_ENV: 'production', UPSTREAM_APP_SECRET: DEV_UPSTREAM_APP_SECRET });
    expect(found.join('\n')).toMatch(/UPSTREAM_APP_SECRET/);
    expect(found.join('\n')).toMatch(/UPSTREAM_APP_KEY/);
    expect(found.join('\n')).toMatch(/DATABASE_URL is required in production/);
  });

  it('refuses a missing secret in production and accepts real ones', () => {
    expect(problems({ NODE_ENV: 'production', UPSTREAM_APP_KEY: 'k-1', DATABASE_URL: 'mysql://u:p@db:3306/portal' }).join()).toMatch(
      /UPSTREAM_APP_SECRET/,
    );
    expect(problems({ ...PRODUCTION_READY })).toEqual([]);
  });

  it('refuses every development secret in production, naming each', () => {
    for (const name of ['AUTH_TOKEN_SECRET', 'IDENTITY_ENCRYPTION_KEY', 'IDENTITY_HASH_KEY', 'WECHAT_APP_SECRET', 'WECHAT_APP_ID']) {
      const env: Record<string, string> = { ...PRODUCTION_READY };
      delete env[name];
      expect(problems(env).join('\n')).toContain(name);
    }
  });

  it('refuses an encryption key that is not 32 bytes', () => {
    expect(problems({ IDENTITY_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') }).join()).toMatch(/IDENTITY_ENCRYPTION_KEY must be 32 bytes/);
  });

  it('names each bad variable', () => {
    const found = problems({ PORT: 'eighty', DATABASE_URL: 'postgres://x', UPSTREAM_CACHE: 'maybe', LOG_LEVEL: 'loud', CLIENT_RATE_LIMIT_FACTOR: '0' });
    expect(found.some((p) => p.startsWith('CLIENT_RATE_LIMIT_FACTOR'))).toBe(true);
    expect(found.some((p) => p.startsWith('PORT'))).toBe(true);
    expect(found.some((p) => p.startsWith('DATABASE_URL'))).toBe(true);
    expect(found.some((p) => p.startsWith('UPSTREAM_CACHE'))).toBe(true);
    expect(found.some((p) => p.startsWith('LOG_LEVEL'))).toBe(true);
  });
});
