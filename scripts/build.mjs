#!/usr/bin/env node
// node scripts/build.mjs <all|server|weapp|h5> [--if-stale]
//   server: shared, municipal-mock, bff (in that order)
//   h5 / weapp: shared, then the mini-program for that platform
//   all: server + h5 + weapp (shared built once)
// --if-stale skips a step whose output is newer than all of its inputs.
// Fails loudly, naming the failing step.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pnpmBin, ROOT } from './lib/pnpm.mjs';
import { run, secs } from './lib/proc.mjs';

const p = (...xs) => join(ROOT, ...xs);
const cfg = (dir) => [p(dir, 'package.json'), p(dir, 'tsconfig.json'), p(dir, 'tsconfig.build.json')];

/** Every build step: the pnpm command, the file it produces, and what it is built from. */
export const STEPS = {
  shared: { filter: '@portal/shared', script: 'build', output: p('shared/dist/index.js'), inputs: [p('shared/src'), ...cfg('shared')] },
  'municipal-mock': { filter: '@portal/municipal-mock', script: 'build', output: p('municipal-mock/dist/main.js'), inputs: [p('municipal-mock/src'), ...cfg('municipal-mock')] },
  bff: { filter: '@portal/bff', script: 'build', output: p('bff/dist/main.js'), inputs: [p('bff/src'), p('shared/src'), ...cfg('bff')] },
  h5: { filter: '@portal/miniapp', script: 'build:h5', output: p('miniapp/dist/h5/index.html'), inputs: [p('miniapp/src'), p('miniapp/config'), p('shared/src'), ...cfg('miniapp'), p('miniapp/babel.config.js')] },
  weapp: { filter: '@portal/miniapp', script: 'build:weapp', output: p('miniapp/dist/weapp/app.json'), inputs: [p('miniapp/src'), p('miniapp/config'), p('shared/src'), ...cfg('miniapp'), p('miniapp/babel.config.js'), p('miniapp/project.config.json')] },
};

export const TARGETS = {
  shared: ['shared'],
  server: ['shared', 'municipal-mock', 'bff'],
  h5: ['shared', 'h5'],
  weapp: ['shared', 'weapp'],
  all: ['shared', 'municipal-mock', 'bff', 'h5', 'weapp'],
};

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function isStale(stepName) {
  const step = STEPS[stepName];
  if (!existsSync(step.output)) return true;
  const lock = p('pnpm-lock.yaml');
  return Math.max(...step.inputs.map(newestMtime), newestMtime(lock)) > statSync(step.output).mtimeMs;
}

/** Ordered, de-duplicated step names for a list of targets. */
export function stepsFor(targets) {
  const out = [];
  for (const t of targets) {
    if (!TARGETS[t]) throw new Error(`unknown build target "${t}" (expected one of ${Object.keys(TARGETS).join(', ')})`);
    for (const s of TARGETS[t]) if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** Builds the targets' steps in order; throws a StepError naming the first step that fails. */
export async function build(targets, { ifStale = false, skip = [] } = {}) {
  const pnpm = pnpmBin();
  for (const name of stepsFor(targets)) {
    if (skip.includes(name)) continue;
    const step = STEPS[name];
    if (ifStale && !isStale(name)) {
      console.error(`[build] ${name}: up to date, skipped`);
      continue;
    }
    const t0 = Date.now();
    console.error(`[build] ${name}: pnpm --filter ${step.filter} ${step.script}`);
    await run(`build ${name}`, pnpm, ['--filter', step.filter, step.script], { cwd: ROOT });
    if (!existsSync(step.output)) {
      const { StepError } = await import('./lib/proc.mjs');
      throw new StepError(`build ${name}`, `it exited 0 but did not produce ${step.output}`);
    }
    console.error(`[build] ${name}: done in ${secs(t0)}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const ifStale = args.includes('--if-stale');
  const targets = args.filter((a) => !a.startsWith('--'));
  if (targets.length === 0) {
    console.error('usage: node scripts/build.mjs <all|server|weapp|h5>... [--if-stale]');
    process.exit(2);
  }
  const t0 = Date.now();
  try {
    await build(targets, { ifStale });
    console.error(`[build] ${targets.join(' + ')}: OK in ${secs(t0)}`);
  } catch (err) {
    console.error(`\n[build] FAILED: ${err.message}`);
    process.exit(1);
  }
}
