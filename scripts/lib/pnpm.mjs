// Finds the pnpm this repo is pinned to (12.4.2), or installs it into <repo>/.tools.
// Plain Node, no dependencies: runs before `pnpm install`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PNPM_VERSION = '12.4.2';
export const TOOLS_DIR = join(ROOT, '.tools');
export const LOCAL_PNPM = join(TOOLS_DIR, 'node_modules', '.bin', 'pnpm');

/** Version printed by `<cmd> --version`, or null when it does not run. */
export function versionOf(cmd) {
  const r = spawnSync(cmd, ['--version'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, COREPACK_ENABLE_STRICT: '0' } });
  if (r.error || r.status !== 0) return null;
  const lines = String(r.stdout).trim().split(/\r?\n/);
  return lines[lines.length - 1].trim() || null;
}

let cached;

/** Path (or bare name) of a pnpm that is exactly PNPM_VERSION, or null. */
export function findPnpm() {
  if (cached) return cached;
  if (process.env.PORTAL_PNPM && versionOf(process.env.PORTAL_PNPM) === PNPM_VERSION) return (cached = process.env.PORTAL_PNPM);
  if (existsSync(LOCAL_PNPM) && versionOf(LOCAL_PNPM) === PNPM_VERSION) return (cached = LOCAL_PNPM);
  if (process.env.PORTAL_FORCE_LOCAL_PNPM !== '1' && versionOf('pnpm') === PNPM_VERSION) return (cached = 'pnpm');
  return null;
}

/** The pnpm to use; throws with a hint when bootstrap has not run. */
export function pnpmBin() {
  const p = findPnpm();
  if (!p) throw new Error(`pnpm ${PNPM_VERSION} not found: run \`node scripts/bootstrap.mjs\` first`);
  return p;
}

/** Installs pnpm@PNPM_VERSION into <repo>/.tools with npm (no global install, no root needed). */
export function installLocalPnpm() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const args = ['install', '--prefix', TOOLS_DIR, `pnpm@${PNPM_VERSION}`, '--no-audit', '--no-fund', '--loglevel=error'];
  console.error(`[bootstrap] installing pnpm@${PNPM_VERSION} into ${TOOLS_DIR}`);
  const r = spawnSync(npm, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.error || r.status !== 0) {
    throw new Error(`npm ${args.join(' ')} failed (${r.error ? r.error.message : `exit code ${r.status}`})`);
  }
  cached = undefined;
  const v = existsSync(LOCAL_PNPM) ? versionOf(LOCAL_PNPM) : null;
  if (v !== PNPM_VERSION) throw new Error(`${LOCAL_PNPM} reports version ${v ?? '(does not run)'}, expected ${PNPM_VERSION}`);
  return (cached = LOCAL_PNPM);
}
