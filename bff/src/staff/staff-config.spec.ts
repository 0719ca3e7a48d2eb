import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from '../config/app-config';

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

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('staff settings', () => {
  it('has a demo password outside production only, even when one is given in production', () => {
    expect(loadConfig({}).staff.demoPassword).toBe('demo-staff-2026');
    expect(loadConfig({ STAFF_DEMO_PASSWORD: 'another-demo-pw' }).staff.demoPassword).toBe('another-demo-pw');
    expect(loadConfig(PRODUCTION_READY).staff.demoPassword).toBeNull();
    expect(loadConfig({ ...PRODUCTION_READY, STAFF_DEMO_PASSWORD: 'set-by-mistake' }).staff.demoPassword).toBeNull();
  });

  it('hashes at full cost in production, cheaply only in tests, and escalates on a timer except in tests', () => {
    expect(loadConfig(PRODUCTION_READY).staff).toMatchObject({ passwordHashCost: 15, escalationIntervalSeconds: 300, accessTokenTtlSeconds: 1800 });
    expect(loadConfig({ NODE_ENV: 'test' }).staff).toMatchObject({ passwordHashCost: 10, escalationIntervalSeconds: 0 });
    expect(problems({ ...PRODUCTION_READY, STAFF_PASSWORD_HASH_COST: '10' })).toEqual([expect.stringContaining('STAFF_PASSWORD_HASH_COST')]);
    expect(problems({ STAFF_ESCALATION_INTERVAL_SECONDS: 'soon' })).toEqual([expect.stringContaining('STAFF_ESCALATION_INTERVAL_SECONDS')]);
    expect(problems({ STAFF_ACCESS_TOKEN_TTL_SECONDS: '999999' })).toEqual([expect.stringContaining('STAFF_ACCESS_TOKEN_TTL_SECONDS')]);
  });
});
