import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { testEnv } from '../testing/harness';
import { dataSourceOptions } from './data-source-options';
import { MIGRATIONS } from './migrations';

/** On SQLite locally, on MariaDB in CI (DATABASE_URL): the same migrations, zero schema drift. */
describe('migrations', () => {
  let ds: DataSource;

  beforeAll(async () => {
    const config = loadConfig(testEnv('http://127.0.0.1:1'));
    ds = new DataSource({ ...dataSourceOptions(config.database), migrationsRun: false });
    await ds.initialize();
    // Start from nothing, whatever an earlier test file left behind.
    while ((await ds.showMigrations()) === false && (await ds.query('SELECT 1')) && (await hasMigrationsTable(ds))) {
      const executed = await executedCount(ds);
      if (executed === 0) break;
      await ds.undoLastMigration({ transaction: 'each' });
    }
  });

  afterAll(async () => {
    await ds.runMigrations({ transaction: 'each' });
    await ds.destroy();
  });

  it('applies every migration and leaves no drift between entities and schema', async () => {
    await ds.runMigrations({ transaction: 'each' });
    expect(await executedCount(ds)).toBe(MIGRATIONS.length);
    const drift = await ds.driver.createSchemaBuilder().log();
    expect(drift.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('undoes every migration down to an empty schema, and applies them again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await executedCount(ds)).toBe(0);
    for (const table of ['upstream_failure', 'users', 'sessions', 'family_members', 'payments', 'vaccination_slots', 'appointments', 'service_ratings', 'rating_follow_ups']) {
      expect(await hasTable(ds, table)).toBe(false);
    }
    await ds.runMigrations({ transaction: 'each' });
    for (const table of ['upstream_failure', 'users', 'sessions', 'family_members', 'payments', 'vaccination_slots', 'appointments', 'service_ratings', 'rating_follow_ups']) {
      expect(await hasTable(ds, table)).toBe(true);
    }
    const drift = await ds.driver.createSchemaBuilder().log();
    expect(drift.upQueries).toHaveLength(0);
  });
});

/** Each look-up on its own query runner, released after (a leaked runner holds a pooled MySQL connection). */
async function hasTable(ds: DataSource, table: string): Promise<boolean> {
  const runner = ds.createQueryRunner();
  try {
    return await runner.hasTable(table);
  } finally {
    await runner.release();
  }
}

async function hasMigrationsTable(ds: DataSource): Promise<boolean> {
  return hasTable(ds, 'migrations');
}

async function executedCount(ds: DataSource): Promise<number> {
  if (!(await hasMigrationsTable(ds))) return 0;
  const rows: unknown[] = await ds.query('SELECT * FROM migrations');
  return rows.length;
}
