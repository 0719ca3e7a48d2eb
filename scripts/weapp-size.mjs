#!/usr/bin/env node
// Measures the WeChat mini-program build (miniapp/dist/weapp) against WeChat's package limits:
// the main package (every file not under a subpackage root from app.json) and each subpackage
// must be <= 2 MB, and all of them together <= 20 MB.
//   node scripts/weapp-size.mjs [--json] [--dir <path>]
// Exit 0 when all fit, 1 otherwise (or when the build is missing).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ROOT } from './lib/pnpm.mjs';

export const PACKAGE_LIMIT = 2 * 1024 * 1024;
export const TOTAL_LIMIT = 20 * 1024 * 1024;

function listFiles(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(full, out);
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

const normRoot = (r) => String(r).replace(/^\.?\/+/, '').replace(/\/+$/, '') + '/';

export function measure(dir) {
  const appJsonPath = join(dir, 'app.json');
  if (!existsSync(appJsonPath)) throw new Error(`${appJsonPath} not found: build the mini-program first (npm run build:weapp)`);
  const app = JSON.parse(readFileSync(appJsonPath, 'utf8'));
  const subs = [...(app.subPackages ?? []), ...(app.subpackages ?? [])];
  const packages = [{ name: 'main', root: '', bytes: 0, files: 0 }];
  for (const s of subs) {
    if (!s?.root) continue;
    const root = normRoot(s.root);
    if (!packages.some((p) => p.root === root)) packages.push({ name: s.name ?? root.slice(0, -1), root, bytes: 0, files: 0 });
  }
  // Longest root first, so nested roots (which WeChat forbids anyway) are attributed sensibly.
  const byRoot = packages.slice(1).sort((a, b) => b.root.length - a.root.length);
  for (const file of listFiles(dir)) {
    const rel = relative(dir, file).split(sep).join('/');
    const pkg = byRoot.find((p) => rel.startsWith(p.root)) ?? packages[0];
    pkg.bytes += statSync(file).size;
    pkg.files += 1;
  }
  for (const p of packages) {
    p.kb = +(p.bytes / 1024).toFixed(1);
    p.limit = PACKAGE_LIMIT;
    p.ok = p.bytes <= PACKAGE_LIMIT;
  }
  const totalBytes = packages.reduce((a, p) => a + p.bytes, 0);
  const total = { bytes: totalBytes, kb: +(totalBytes / 1024).toFixed(1), limit: TOTAL_LIMIT, ok: totalBytes <= TOTAL_LIMIT };
  return { dir, packages, total, ok: total.ok && packages.every((p) => p.ok) };
}

function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const dirIdx = args.indexOf('--dir');
  const dir = dirIdx >= 0 ? args[dirIdx + 1] : join(ROOT, 'miniapp', 'dist', 'weapp');
  let result;
  try {
    result = measure(dir);
  } catch (err) {
    if (json) console.log(JSON.stringify({ dir, error: err.message, ok: false }));
    console.error(`[weapp-size] FAILED: ${err.message}`);
    process.exit(1);
  }
  if (json) {
    console.log(JSON.stringify(result));
  } else {
    const w = Math.max(12, ...result.packages.map((p) => (p.root || 'main').length));
    console.log(`${'package'.padEnd(w)}  ${'files'.padStart(5)}  ${'KB'.padStart(9)}  limit`);
    for (const p of result.packages) {
      const label = p.root ? p.root : 'main';
      console.log(`${label.padEnd(w)}  ${String(p.files).padStart(5)}  ${p.kb.toFixed(1).padStart(9)}  ${p.ok ? 'ok' : 'OVER'} (2048 KB)`);
    }
    console.log(`${'total'.padEnd(w)}  ${''.padStart(5)}  ${result.total.kb.toFixed(1).padStart(9)}  ${result.total.ok ? 'ok' : 'OVER'} (20480 KB)`);
  }
  if (!result.ok) {
    console.error('[weapp-size] FAILED: a package is over WeChat\'s limit (2 MB each, 20 MB in all)');
    process.exit(1);
  }
}

import { pathToFileURL } from 'node:url';
if (import.meta.url === pathToFileURL(process.argv[1]).href) main();
