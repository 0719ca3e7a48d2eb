#!/usr/bin/env node
// Makes a machine with only Node 20 + npm able to build and test the repo:
//  1. find pnpm 12.4.2 (on PATH or in <repo>/.tools); otherwise install it into <repo>/.tools with npm;
//  2. `pnpm install --frozen-lockfile` (seconds when already installed).
// Plain Node, no dependencies. Corepack is not used (it does not work on these machines).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findPnpm, installLocalPnpm, PNPM_VERSION, ROOT } from './lib/pnpm.mjs';

const t0 = Date.now();
const secs = (t) => ((Date.now() - t) / 1000).toFixed(1) + 's';

function main() {
  let pnpm = findPnpm();
  if (!pnpm) {
    const t = Date.now();
    pnpm = installLocalPnpm();
    console.error(`[bootstrap] pnpm ${PNPM_VERSION} installed locally in ${secs(t)}`);
  }
  if (process.env.PORTAL_SKIP_INSTALL === '1') return;
  const t = Date.now();
  // The lock serialises installs between engineers working in the same tree; absent elsewhere it is harmless.
  const LOCK = '/tmp/pnpm-install.lock';
  const useFlock = existsSync(LOCK) && spawnSync('flock', ['--version'], { stdio: 'ignore' }).status === 0;
  const [cmd, args] = useFlock ? ['flock', [LOCK, pnpm, 'install', '--frozen-lockfile']] : [pnpm, ['install', '--frozen-lockfile']];
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.error || r.status !== 0) {
    console.error(`[bootstrap] FAILED: \`${pnpm} install --frozen-lockfile\` (${r.error ? r.error.message : `exit code ${r.status}`})`);
    process.exit(1);
  }
  console.error(`\n[bootstrap] pnpm install done in ${secs(t)} (bootstrap total ${secs(t0)}, pnpm: ${pnpm})`);
}

try {
  main();
} catch (err) {
  console.error(`[bootstrap] FAILED: ${err.message}`);
  process.exit(1);
}
