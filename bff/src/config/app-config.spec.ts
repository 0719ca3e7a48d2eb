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
    expect(
      problems({ NODE_ENV: 'production', UPSTREAM_APP_KEY: 'k-1', UPSTREAM_APP_SECRET: 'a-real-secret-of-32-characters!!', DATABASE_URL: 'mysql://u:p@db:3306/portal' }),
    ).toEqual([]);
  });

  it('names each bad variable', () => {
    const found = problems({ PORT: 'eighty', DATABASE_URL: 'postgres://x', UPSTREAM_CACHE: 'maybe', LOG_LEVEL: 'loud' });
    expect(found.some((p) => p.startsWith('PORT'))).toBe(true);
    expect(found.some((p) => p.startsWith('DATABASE_URL'))).toBe(true);
    expect(found.some((p) => p.startsWith('UPSTREAM_CACHE'))).toBe(true);
    expect(found.some((p) => p.startsWith('LOG_LEVEL'))).toBe(true);
  });
});
