import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FullConfig } from '@playwright/test';
// The same start-up code as `npm start` (scripts/lib/portal.mjs): real processes, real health checks.
import { startBff, startMock, stopAll } from '../scripts/lib/portal.mjs';
import { harness } from './support/harness';

const LOG_DIR = join(dirname(fileURLToPath(import.meta.url)), 'artifacts', 'logs');

/** Starts the mock and the BFF for the run; the returned function is Playwright's global teardown. */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  if (harness.external) {
    console.log(`[e2e] using the portal already running at ${harness.baseURL}`);
    return async () => {};
  }
  mkdirSync(LOG_DIR, { recursive: true });
  // A fresh SQLite folder per run unless DATABASE_URL (MariaDB in CI) is set.
  const dataDir = mkdtempSync(join(tmpdir(), 'portal-e2e-data-'));
  const children: Awaited<ReturnType<typeof startMock>>[] = [];
  const teardown = async () => {
    await stopAll(children);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    children.push(
      await startMock({
        port: harness.mockPort,
        host: '127.0.0.1',
        env: { MOCK_FIXED_TIME: harness.fixedTime },
        logFile: join(LOG_DIR, 'mock.log'),
        portHint: 'set E2E_MOCK_PORT to use another',
      }),
    );
    children.push(
      await startBff({
        port: harness.bffPort,
        host: '127.0.0.1',
        upstreamPort: harness.mockPort,
        // Every spec's browser is one client at one address: per-client limits (e.g. 5 SMS sends per 10 minutes)
        // would stop the suite, not a citizen. Per-phone limits stay as they are.
        env: { DATA_DIR: dataDir, NODE_ENV: process.env.NODE_ENV || 'test', LOG_LEVEL: process.env.LOG_LEVEL || 'info', CLIENT_RATE_LIMIT_FACTOR: '20' },
        logFile: join(LOG_DIR, 'bff.log'),
        portHint: 'set E2E_BFF_PORT to use another',
      }),
    );
  } catch (err) {
    await teardown();
    throw err;
  }
  console.log(`[e2e] mock on ${harness.mockURL}, BFF on ${harness.baseURL} (logs: ${LOG_DIR})`);
  return teardown;
}
