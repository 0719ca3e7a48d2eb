import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { QueryFailedError } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { createRootLogger } from './logger-options';

describe('the root logger', () => {
  it('never writes the values of a failed query, nor the SQL with values filled in', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const logger = createRootLogger(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info' }), sink);
    const driverError = Object.assign(new Error("Duplicate entry '13800138000'"), { sql: "INSERT INTO users VALUES ('13800138000')" });
    const error = new QueryFailedError('INSERT INTO users (phone) VALUES (?)', ['13800138000', '310104198506150015'], driverError);
    logger.error({ err: error }, 'Unhandled error');
    const all = lines.join('');
    expect(all).toContain('Unhandled error');
    expect(all).toContain('[redacted]');
    expect(all).not.toContain('310104198506150015');
    expect(all).not.toContain("VALUES ('13800138000')");
  });
});
