#!/usr/bin/env node
// `npm start`: build the server and the H5 app (skipped when up to date), start the municipal mock
// (MOCK_PORT, default 4010) and wait for /health, then the BFF (PORT, default 3000) serving the H5
// app and the API, and wait for /api/health. Without DATABASE_URL the BFF uses SQLite in <repo>/data.
// Ctrl-C / SIGTERM stop both; if either process dies, the other is stopped and this exits.
import { join } from 'node:path';
import { build } from './build.mjs';
import { ROOT } from './lib/pnpm.mjs';
import { startBff, startMock, stopAll } from './lib/portal.mjs';

const env = process.env;
const mockPort = Number(env.MOCK_PORT || 4010);
const port = Number(env.PORT || 3000);
const children = [];
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  await stopAll(children);
  process.exit(code);
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    console.error(`\n[start] ${sig}: stopping the BFF and the mock`);
    shutdown(sig === 'SIGINT' ? 130 : 143);
  });
}

try {
  if (env.PORTAL_SKIP_BUILD !== '1') await build(['server', 'h5'], { ifStale: true });

  const mock = await startMock({ port: mockPort, portHint: 'set MOCK_PORT to use another' });
  children.push(mock);
  mock.exited.then(({ code, signal }) => {
    if (stopping) return;
    console.error(`[start] the municipal mock exited (${signal ?? `code ${code}`}); stopping`);
    shutdown(code || 1);
  });

  const bff = await startBff({
    port,
    portHint: 'set PORT to use another',
    upstreamPort: mockPort,
    env: {
      UPSTREAM_BASE_URL: env.UPSTREAM_BASE_URL || `http://127.0.0.1:${mockPort}`,
      H5_DIR: env.H5_DIR || join(ROOT, 'miniapp', 'dist', 'h5'),
      DATA_DIR: env.DATA_DIR || join(ROOT, 'data'),
    },
  });
  children.push(bff);
  bff.exited.then(({ code, signal }) => {
    if (stopping) return;
    console.error(`[start] the BFF exited (${signal ?? `code ${code}`}); stopping`);
    shutdown(code || 1);
  });

  console.log(`\nPortal: http://localhost:${port}  API docs: http://localhost:${port}/api/docs\n`);
} catch (err) {
  console.error(`\n[start] FAILED: ${err.message}`);
  await shutdown(1);
}
