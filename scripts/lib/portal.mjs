// Starts the real portal processes (municipal mock, then the BFF) and waits for their health checks.
// Used by `npm start`, the e2e harness and the benchmark, so all three run the same thing.
import { join } from 'node:path';
import { ROOT } from './pnpm.mjs';
import { assertPortFree, startService, stopService, waitForHttp } from './proc.mjs';

export const MOCK_MAIN = join(ROOT, 'municipal-mock', 'dist', 'main.js');
export const BFF_MAIN = join(ROOT, 'bff', 'dist', 'main.js');
export const H5_DIR = join(ROOT, 'miniapp', 'dist', 'h5');

/** Starts the mock on `port`; resolves once GET /health answers 200. */
export async function startMock({ port, host, env = {}, logFile, name = 'mock', timeoutMs = 30_000, portHint = '' }) {
  await assertPortFree(port, `the municipal mock`, portHint);
  const child = startService(name, process.execPath, [MOCK_MAIN], {
    cwd: join(ROOT, 'municipal-mock'),
    env: { ...process.env, MOCK_PORT: String(port), ...(host ? { MOCK_HOST: host } : {}), ...env },
    logFile,
  });
  try {
    await waitForHttp(`http://127.0.0.1:${port}/health`, { child, timeoutMs });
  } catch (err) {
    await stopService(child);
    throw err;
  }
  return child;
}

/** Starts the BFF on `port` against the mock on `upstreamPort`; resolves once GET /api/health answers 200. */
export async function startBff({ port, host, upstreamPort, env = {}, logFile, name = 'bff', timeoutMs = 60_000, portHint = '' }) {
  await assertPortFree(port, `the BFF (${name})`, portHint);
  const base = {
    PORT: String(port),
    UPSTREAM_BASE_URL: `http://127.0.0.1:${upstreamPort}`,
    H5_DIR,
    DATA_DIR: join(ROOT, 'data'),
    ...(host ? { HOST: host } : {}),
  };
  const child = startService(name, process.execPath, [BFF_MAIN], {
    cwd: join(ROOT, 'bff'),
    env: { ...process.env, ...base, ...env },
    logFile,
  });
  try {
    await waitForHttp(`http://127.0.0.1:${port}/api/health`, { child, timeoutMs });
  } catch (err) {
    await stopService(child);
    throw err;
  }
  return child;
}

export async function stopAll(children) {
  await Promise.all(children.filter(Boolean).map((c) => stopService(c)));
}
