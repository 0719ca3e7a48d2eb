// Small process helpers shared by build/start/test/bench and the e2e harness. Plain Node, no deps.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const secs = (t0) => ((Date.now() - t0) / 1000).toFixed(1) + 's';

/** Runs a command to completion with inherited stdio; rejects naming the step when it fails. */
export function run(step, cmd, args, { cwd, env, stdio = 'inherit' } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: env ?? process.env, stdio });
    child.on('error', (err) => reject(new StepError(step, `could not start ${cmd}: ${err.message}`)));
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new StepError(step, signal ? `killed by ${signal}` : `exit code ${code}`));
    });
  });
}

export class StepError extends Error {
  constructor(step, detail) {
    super(`step "${step}" failed: ${detail}`);
    this.step = step;
  }
}

/**
 * Starts a long-running service. Output goes to the parent's stdio (prefixed with the name),
 * or to `logFile` when given. Returns the ChildProcess with `.exited` (a promise of {code, signal}).
 */
export function startService(name, cmd, args, { cwd, env, logFile, prefix = true } = {}) {
  // A key set to undefined removes that variable from the child's environment.
  const childEnv = Object.fromEntries(Object.entries(env ?? process.env).filter(([, v]) => v !== undefined));
  const child = spawn(cmd, args, { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  child.serviceName = name;
  child.exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
    child.on('error', (err) => resolve({ code: null, signal: null, error: err }));
  });
  if (logFile) {
    mkdirSync(dirname(logFile), { recursive: true });
    const out = createWriteStream(logFile, { flags: 'w' });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
    child.logFile = logFile;
  } else {
    const pipeTo = (stream, dest) => {
      let buf = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        buf += chunk;
        const lines = buf.split('\n');
        buf = lines.pop();
        for (const line of lines) dest.write(prefix ? `[${name}] ${line}\n` : `${line}\n`);
      });
      stream.on('end', () => buf && dest.write(prefix ? `[${name}] ${buf}\n` : `${buf}\n`));
    };
    pipeTo(child.stdout, process.stdout);
    pipeTo(child.stderr, process.stderr);
  }
  return child;
}

/** Polls `url` until it answers 200, failing early when `child` exits or after `timeoutMs`. */
export async function waitForHttp(url, { child, timeoutMs = 60_000, intervalMs = 200 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let exited = null;
  child?.exited.then((r) => (exited = r));
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (exited) {
      const how = exited.error ? exited.error.message : exited.signal ? `signal ${exited.signal}` : `exit code ${exited.code}`;
      throw new Error(`${child.serviceName ?? 'process'} exited (${how}) before ${url} answered${child.logFile ? `; log: ${child.logFile}` : ''}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) {
        await res.arrayBuffer();
        return;
      }
      last = `HTTP ${res.status}`;
      await res.arrayBuffer();
    } catch (err) {
      last = err.cause?.code ?? err.message;
    }
    await sleep(intervalMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${url} (${last})${child?.logFile ? `; log: ${child.logFile}` : ''}`);
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited. */
export async function stopService(child, { graceMs = 5000, signal = 'SIGTERM' } = {}) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(timer);
}

/** Resolves true when something already accepts connections on 127.0.0.1:port. */
export function portInUse(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const sock = connect({ port, host });
    sock.setTimeout(1000);
    sock.once('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.once('timeout', () => {
      sock.destroy();
      resolve(false);
    });
    sock.once('error', () => resolve(false));
  });
}

/** Throws a clear error when the port is taken (so a health check never answers from someone else's server). */
export async function assertPortFree(port, what, hint = '') {
  if (await portInUse(port)) throw new Error(`port ${port} (for ${what}) is already in use by another process${hint ? `; ${hint}` : ''}`);
}
