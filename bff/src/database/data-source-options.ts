import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** One place that turns the database config into TypeORM options: MariaDB/MySQL or embedded SQLite. */
export function dataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    // No query logging: TypeORM would print every refused INSERT with its values, and the refusals the
    // code expects (a unique key deciding a double tap) are not errors. Unexpected ones reach the error
    // filter's log line, with the values redacted (logging/logger-options.ts).
    logging: false,
  };
  if (database.engine === 'sqlite') {
    if (database.file !== ':memory:') mkdirSync(dirname(database.file), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: database.file,
      enableWAL: database.file !== ':memory:',
      prepareDatabase: (db: { pragma(s: string): unknown }) => {
        db.pragma('busy_timeout = 5000');
        db.pragma('foreign_keys = ON');
      },
    };
  }
  const url = database.url.replace(/^mariadb:/, 'mysql:');
  return {
    ...common,
    type: database.engine === 'mariadb' ? 'mariadb' : 'mysql',
    url,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    extra: { connectionLimit: 20 },
  };
}
