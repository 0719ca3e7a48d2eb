#!/usr/bin/env node
// `npm test`: builds everything (server, H5, weapp), then runs, in order:
//   jest in shared, municipal-mock, bff, miniapp; the weapp package-size check; the Playwright e2e suite.
// Prints one line per suite and, as the very last line, `N passed, N failed` (sums).
// Exits 1 when anything failed, a build failed, or a suite ran no test.
// DATABASE_URL passes through (MariaDB in CI; unset = SQLite).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from './build.mjs';
import { pnpmBin, ROOT } from './lib/pnpm.mjs';
import { secs } from './lib/proc.mjs';
import { measure as measureWeapp } from './weapp-size.mjs';

const results = [];
const tmp = mkdtempSync(join(tmpdir(), 'portal-test-'));
const t0 = Date.now();

function record(name, passed, failed, note = '', started = Date.now()) {
  results.push({ name, passed, failed, note });
  const line = `[test] ${name.padEnd(22)} ${passed} passed, ${failed} failed${note ? `  (${note})` : ''}  [${secs(started)}]`;
  console.log(line);
}

const SUITE_TIMEOUT_MS = Number(process.env.TEST_SUITE_TIMEOUT_MS || 15 * 60_000);
let current = null; // the running suite's process group, killed on Ctrl-C or timeout

/**
 * Runs a command with inherited output in its own process group; resolves to its exit code (never
 * rejects). A suite still running after SUITE_TIMEOUT_MS is killed (whole group) and counts as failed.
 */
function exec(cmd, args, { cwd = ROOT, env = process.env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
    current = child;
    const killGroup = (sig) => {
      try {
        process.kill(-child.pid, sig);
      } catch {}
    };
    const timer = setTimeout(() => {
      console.error(`[test] ${cmd} ${args.join(' ')}: still running after ${SUITE_TIMEOUT_MS / 1000}s, killing it`);
      killGroup('SIGTERM');
      setTimeout(() => killGroup('SIGKILL'), 5000).unref();
    }, SUITE_TIMEOUT_MS);
    child.on('error', (err) => {
      clearTimeout(timer);
      console.error(`[test] could not start ${cmd}: ${err.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      current = null;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (current) {
      try {
        process.kill(-current.pid, 'SIGTERM');
      } catch {}
    }
    process.exit(sig === 'SIGINT' ? 130 : 143);
  });
}

const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

const builds = {};
async function buildPhase() {
  const targets = [['shared', ['shared']], ['server', ['server']], ['h5', ['h5']], ['weapp', ['weapp']]];
  for (const [name, t] of targets) {
    const started = Date.now();
    if (name !== 'shared' && builds.shared === false) {
      builds[name] = false;
      record(`build ${name}`, 0, 1, 'skipped: shared failed to build', started);
      continue;
    }
    try {
      console.log(`\n[test] === build ${name} ===`);
      await build(t, { skip: name === 'shared' ? [] : ['shared'] });
      builds[name] = true;
      console.log(`[test] build ${name}: OK [${secs(started)}]`);
    } catch (err) {
      builds[name] = false;
      record(`build ${name}`, 0, 1, err.message, started);
    }
  }
}

const JEST_CONFIGS = ['jest.config.js', 'jest.config.mjs', 'jest.config.cjs', 'jest.config.ts'];

async function jestSuite(dir, filter) {
  const name = `jest ${dir}`;
  const started = Date.now();
  console.log(`\n[test] === ${name} ===`);
  const pkgDir = join(ROOT, dir);
  if (!JEST_CONFIGS.some((f) => existsSync(join(pkgDir, f)))) {
    record(name, 0, 1, `no tests: ${dir}/jest.config.js does not exist`, started);
    return;
  }
  const out = join(tmp, `jest-${dir}.json`);
  const code = await exec(pnpmBin(), ['--filter', filter, 'test', '--json', `--outputFile=${out}`]);
  const r = readJson(out);
  if (!r) {
    record(name, 0, 1, `jest exited ${code} without a results file (no tests found, or it crashed): see above`, started);
    return;
  }
  const passed = r.numPassedTests ?? 0;
  let failed = (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0);
  const notes = [];
  if (r.numRuntimeErrorTestSuites) notes.push(`${r.numRuntimeErrorTestSuites} suite(s) failed to run`);
  if (r.numPendingTests || r.numTodoTests) notes.push(`${(r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)} skipped/todo`);
  if ((r.numTotalTests ?? 0) === 0) {
    failed = Math.max(failed, 1);
    notes.push('ran no tests');
  }
  if (code !== 0 && failed === 0) {
    failed = 1;
    notes.push(`jest exited ${code} although no test failed (open handles? thresholds?)`);
  }
  record(name, passed, failed, notes.join('; '), started);
}

async function weappSizeSuite() {
  const name = 'weapp package size';
  const started = Date.now();
  console.log(`\n[test] === ${name} ===`);
  if (!builds.weapp) {
    record(name, 0, 1, 'weapp build failed', started);
    return;
  }
  let r;
  try {
    r = measureWeapp(join(ROOT, 'miniapp', 'dist', 'weapp'));
  } catch (err) {
    record(name, 0, 1, err.message, started);
    return;
  }
  for (const p of r.packages) console.log(`[test]   ${(p.root || 'main').padEnd(28)} ${p.kb.toFixed(1).padStart(9)} KB  ${p.ok ? 'ok' : 'OVER 2048 KB'}`);
  console.log(`[test]   ${'total'.padEnd(28)} ${r.total.kb.toFixed(1).padStart(9)} KB  ${r.total.ok ? 'ok' : 'OVER 20480 KB'}`);
  const passed = r.packages.filter((p) => p.ok).length;
  const failed = r.packages.length - passed + (r.total.ok ? 0 : 1);
  record(name, passed, failed, `${r.packages.length} package(s), ${r.total.kb.toFixed(1)} KB in all`, started);
}

async function e2eSuite() {
  const name = 'e2e (playwright)';
  const started = Date.now();
  console.log(`\n[test] === ${name} ===`);
  if (!builds.server || !builds.h5) {
    record(name, 0, 1, 'not run: the server or H5 build failed', started);
    return;
  }
  const out = join(tmp, 'e2e.json');
  const code = await exec(pnpmBin(), ['--filter', '@portal/e2e', 'test'], { env: { ...process.env, E2E_JSON_REPORT: out } });
  const r = readJson(out);
  if (!r || !r.stats) {
    record(name, 0, 1, `playwright exited ${code} without a JSON report: see above`, started);
    return;
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = r.stats;
  const passed = expected + flaky;
  let failed = unexpected;
  const notes = [];
  if (flaky) notes.push(`${flaky} flaky (passed on retry)`);
  if (skipped) notes.push(`${skipped} skipped`);
  if (r.errors?.length) {
    failed += r.errors.length;
    notes.push(`${r.errors.length} error(s) outside tests: ${String(r.errors[0].message).split('\n')[0]}`);
  }
  if (expected + unexpected + flaky === 0) {
    failed = Math.max(failed, 1);
    notes.push('ran no tests');
  }
  if (code !== 0 && failed === 0) {
    failed = 1;
    notes.push(`playwright exited ${code}`);
  }
  record(name, passed, failed, notes.join('; '), started);
}

async function main() {
  console.log(`[test] database: ${process.env.DATABASE_URL ? `DATABASE_URL (${process.env.DATABASE_URL.replace(/\/\/[^@]*@/, '//***@')})` : 'embedded SQLite (DATABASE_URL unset)'}`);
  await buildPhase();
  await jestSuite('shared', '@portal/shared');
  await jestSuite('municipal-mock', '@portal/municipal-mock');
  await jestSuite('bff', '@portal/bff');
  await jestSuite('miniapp', '@portal/miniapp');
  await weappSizeSuite();
  await e2eSuite();
}

let crashed = null;
try {
  await main();
} catch (err) {
  crashed = err;
  console.error(`[test] the test runner itself failed: ${err.stack ?? err}`);
  results.push({ name: 'test runner', passed: 0, failed: 1 });
}
rmSync(tmp, { recursive: true, force: true });
const passed = results.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + r.failed, 0);
console.log(`\n[test] summary (${secs(t0)}):`);
for (const r of results) console.log(`[test]   ${r.name.padEnd(22)} ${r.passed} passed, ${r.failed} failed${r.note ? `  (${r.note})` : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || crashed ? 1 : 0;
