#!/usr/bin/env node
// `npm run bench`: one bounded run on this machine, everything on 127.0.0.1.
// Starts the municipal mock (4210, MOCK_FIXED_TIME fixed), a BFF with the upstream cache on (3210),
// a BFF with it off (3211, UPSTREAM_CACHE=off) and a bare Fastify server (3212) answering the exact
// JSON the BFF returns for the same bus-arrivals request. Then autocannon, 50 connections, ~10 s each:
//   bare, BFF cached, BFF uncached, and the mock called directly with a fresh valid signature per request.
// Prints req/s, p50, p99; the ratios cached/bare (target >= 0.5) and uncached/direct (target >= 0.4);
// the cached BFF's resident memory after the load (target < 256 MB); and a personal answer (the social-insurance
// summary of a signed-in citizen, never cached) beside the city's system called directly. Then letters
// (scripts/lib/letters-bench.mjs): submission at 50 clients, and the public board's first page with 100,000
// letters stored (target p99 < 50 ms), on SQLite and, with BENCH_DATABASE_URL, on MariaDB. Writes bench-results/latest.json.
// Options (env): BENCH_DURATION (s, 10), BENCH_CONNECTIONS (50), BENCH_WARMUP (s, 2),
//   BENCH_LOG_LEVEL (BFF LOG_LEVEL, default warn), BENCH_LINE_ID (SH0071), BENCH_BOARD_LETTERS (100000),
//   BENCH_DATABASE_URL (a MariaDB database of the bench's own: it is emptied). --check exits 1 when a target is missed.
import { randomBytes } from 'node:crypto';
import { createHmac } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './lib/pnpm.mjs';
import { benchLetters, BOARD_LETTERS } from './lib/letters-bench.mjs';
import { startBff, startMock, stopAll } from './lib/portal.mjs';
import { startService, waitForHttp } from './lib/proc.mjs';

const env = process.env;
const DURATION = Number(env.BENCH_DURATION || 10);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS || 50);
const WARMUP = Number(env.BENCH_WARMUP ?? 2);
const LINE_ID = env.BENCH_LINE_ID || 'SH0071'; // 71路, as the mock's Shanghai data names it
const CITY = 'shanghai';
const PORTS = { mock: 4210, cached: 3210, uncached: 3211, bare: 3212, lettersUncached: 3213, lettersCached: 3214 };
const APP_KEY = env.UPSTREAM_APP_KEY || 'portal-bff-dev';
const APP_SECRET = env.UPSTREAM_APP_SECRET || 'dev-only-upstream-secret';
const FIXED_TIME = env.MOCK_FIXED_TIME || '2026-03-02T08:15:00+08:00';
const CHECK = process.argv.includes('--check');

const bffRequire = createRequire(join(ROOT, 'bff', 'package.json'));
const autocannon = bffRequire('autocannon');
const fastifyEntry = bffRequire.resolve('fastify');

const work = mkdtempSync(join(tmpdir(), 'portal-bench-'));
const logDir = join(ROOT, 'bench-results', 'logs');
mkdirSync(logDir, { recursive: true });
const children = [];

function sign(method, pathWithQuery) {
  const timestamp = String(Date.now());
  const nonce = randomBytes(12).toString('base64url'); // 16 chars of [A-Za-z0-9_-]
  const signature = createHmac('sha256', APP_SECRET).update(`${method}\n${pathWithQuery}\n${timestamp}\n${nonce}`).digest('hex');
  return { 'x-app-key': APP_KEY, 'x-timestamp': timestamp, 'x-nonce': nonce, 'x-signature': signature };
}

async function getJson(url, headers = {}) {
  const res = await fetch(url, { headers });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${text.slice(0, 300)}`);
  return { text, json: JSON.parse(text), headers: res.headers };
}

/** A stop id from the BFF's line response: the 5th stop of direction 0 (or the last, if shorter). */
function pickStop(line) {
  const dirs = line.directions ?? [];
  const d0 = dirs.find((d) => d.direction === 0) ?? dirs[0];
  const stops = d0?.stops ?? [];
  if (!stops.length) throw new Error(`no stops in the BFF's answer for line ${LINE_ID}: ${JSON.stringify(line).slice(0, 300)}`);
  return stops[Math.min(4, stops.length - 1)].id;
}

function cannon(name, opts) {
  return new Promise((resolve, reject) => {
    const inst = autocannon({ connections: CONNECTIONS, pipelining: 1, ...opts }, (err, result) => (err ? reject(err) : resolve(result)));
    autocannon.track?.(inst, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

async function measure(name, { warmup = WARMUP, ...opts }) {
  if (warmup > 0) await cannon(name, { ...opts, duration: warmup });
  const r = await cannon(name, { ...opts, duration: DURATION });
  const row = {
    name,
    reqPerSec: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    total: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
  };
  console.error(`[bench] ${name}: ${row.reqPerSec} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms${row.non2xx || row.errors ? `, ${row.non2xx} non-2xx, ${row.errors} errors` : ''}`);
  return row;
}

/** 张伟, a test persona of the mock's registries (municipal-mock/README.md). */
const PERSONA = { name: '张伟', idNumber: '310104198506150015', phone: '13800138000' };

async function postJson(url, body, headers = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`POST ${url} answered ${res.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

/** Signs in by SMS (the code from the mock's outbox), accepts the privacy notice and binds the persona. */
async function signInAndBind(bff, mock) {
  await postJson(`${bff}/api/v1/auth/sms/send`, { phone: PERSONA.phone });
  const outbox = (await getJson(`${mock}/sms/outbox?phone=${PERSONA.phone}`)).json;
  const login = await postJson(`${bff}/api/v1/auth/sms/verify`, { phone: PERSONA.phone, code: outbox.messages[0].code });
  const auth = { authorization: `Bearer ${login.accessToken}` };
  const me = (await getJson(`${bff}/api/v1/me`, auth)).json;
  await postJson(`${bff}/api/v1/me/privacy`, { version: me.privacy.currentVersion }, auth);
  await postJson(`${bff}/api/v1/me/identity`, { name: PERSONA.name, idNumber: PERSONA.idNumber }, auth);
  return login.accessToken;
}

function rssMb(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? +(Number(m[1]) / 1024).toFixed(1) : null;
}

async function main() {
  const t0 = Date.now();
  const bffEnv = (name) => ({
    HOST: '127.0.0.1',
    LOG_LEVEL: env.BENCH_LOG_LEVEL || 'warn',
    DATABASE_URL: undefined, // SQLite in a temp folder: the bench measures the upstream path, not the database
    DATA_DIR: mkdtempSync(join(work, `${name}-data-`)),
  });
  console.error(`[bench] starting mock :${PORTS.mock}, BFF cached :${PORTS.cached}, BFF uncached :${PORTS.uncached} (logs: ${logDir})`);
  children.push(await startMock({ port: PORTS.mock, host: '127.0.0.1', env: { MOCK_FIXED_TIME: FIXED_TIME }, logFile: join(logDir, 'mock.log') }));
  children.push(await startBff({ name: 'bff-cached', port: PORTS.cached, upstreamPort: PORTS.mock, env: { ...bffEnv('cached'), UPSTREAM_CACHE: 'on' }, logFile: join(logDir, 'bff-cached.log') }));
  const cachedBff = children.at(-1);
  children.push(await startBff({ name: 'bff-uncached', port: PORTS.uncached, upstreamPort: PORTS.mock, env: { ...bffEnv('uncached'), UPSTREAM_CACHE: 'off' }, logFile: join(logDir, 'bff-uncached.log') }));

  const line = await getJson(`http://127.0.0.1:${PORTS.cached}/api/v1/cities/${CITY}/bus/lines/${encodeURIComponent(LINE_ID)}`);
  const stopId = env.BENCH_STOP_ID || pickStop(line.json);
  const query = `lineId=${encodeURIComponent(LINE_ID)}&stopId=${encodeURIComponent(stopId)}&direction=0`;
  const bffPath = `/api/v1/cities/${CITY}/bus/arrivals?${query}`;
  const mockPath = `/shanghai/bus/arrivals?${query}`;

  // The exact bytes the BFF returns, served by the bare baseline.
  const sample = await getJson(`http://127.0.0.1:${PORTS.cached}${bffPath}`);
  const bodyFile = join(work, 'arrivals.json');
  writeFileSync(bodyFile, sample.text);
  const bare = startService('bare', process.execPath, [join(ROOT, 'scripts', 'lib', 'bare-server.mjs')], {
    env: { ...env, BARE_FASTIFY: fastifyEntry, BARE_PORT: String(PORTS.bare), BARE_BODY_FILE: bodyFile, BARE_PATH: bffPath.split('?')[0] },
    logFile: join(logDir, 'bare.log'),
  });
  children.push(bare);
  await waitForHttp(`http://127.0.0.1:${PORTS.bare}/health`, { child: bare, timeoutMs: 15_000 });
  // The mock answers the same query, signed, before we hammer it.
  const direct = await getJson(`http://127.0.0.1:${PORTS.mock}${mockPath}`, sign('GET', mockPath));
  if (direct.json.status !== undefined && direct.json.status !== '0000') throw new Error(`the mock refused ${mockPath}: ${direct.text.slice(0, 200)}`);
  console.error(`[bench] line ${LINE_ID}, stop ${stopId}, direction 0; body ${sample.text.length} bytes; ${DURATION}s x ${CONNECTIONS} connections each (+${WARMUP}s warm-up)`);

  const rows = [];
  rows.push(await measure('bare fastify', { url: `http://127.0.0.1:${PORTS.bare}${bffPath}` }));
  rows.push(await measure('bff cached', { url: `http://127.0.0.1:${PORTS.cached}${bffPath}` }));
  const rss = rssMb(cachedBff.pid);
  rows.push(await measure('bff uncached', { url: `http://127.0.0.1:${PORTS.uncached}${bffPath}` }));
  rows.push(
    await measure('mock direct (signed)', {
      url: `http://127.0.0.1:${PORTS.mock}`,
      requests: [
        {
          method: 'GET',
          path: mockPath,
          setupRequest(req) {
            req.headers = { ...(req.headers ?? {}), ...sign('GET', mockPath) };
            return req;
          },
        },
      ],
    }),
  );

  // A personal answer (never cached): the social-insurance summary of a signed-in, bound citizen,
  // beside the city's social-insurance system called directly.
  const token = await signInAndBind(`http://127.0.0.1:${PORTS.cached}`, `http://127.0.0.1:${PORTS.mock}`);
  const siPath = `/api/v1/cities/${CITY}/social-insurance/summary`;
  await getJson(`http://127.0.0.1:${PORTS.cached}${siPath}`, { authorization: `Bearer ${token}` });
  rows.push(await measure('bff social insurance', { url: `http://127.0.0.1:${PORTS.cached}${siPath}`, headers: { authorization: `Bearer ${token}` } }));
  const siMockPath = `/shanghai/shebao/account?idNumber=${PERSONA.idNumber}`;
  rows.push(
    await measure('social insurance direct', {
      url: `http://127.0.0.1:${PORTS.mock}`,
      requests: [{ method: 'GET', path: siMockPath, setupRequest: (req) => ({ ...req, headers: { ...(req.headers ?? {}), ...sign('GET', siMockPath) } }) }],
    }),
  );

  // Letters (issue 4): submission at CONNECTIONS clients and the public board over BOARD_LETTERS letters,
  // on SQLite, and on MariaDB when BENCH_DATABASE_URL names a database of the bench's own.
  const letterChecks = [];
  const engines = [['sqlite', undefined], ...(env.BENCH_DATABASE_URL ? [['mariadb', env.BENCH_DATABASE_URL]] : [])];
  if (!env.BENCH_DATABASE_URL) console.error('[bench] letters on MariaDB: not run (set BENCH_DATABASE_URL to a database of its own; the bench empties it)');
  for (const [engine, databaseUrl] of engines) {
    const result = await benchLetters({
      engine,
      databaseUrl,
      ports: { uncached: PORTS.lettersUncached, cached: PORTS.lettersCached },
      mockUrl: `http://127.0.0.1:${PORTS.mock}`,
      work,
      logDir,
      measure,
      connections: CONNECTIONS,
      signInAndBind: (bff, mock) => signInAndBind(bff, mock),
    });
    rows.push(...result.rows);
    letterChecks.push(...result.checks);
  }

  const by = Object.fromEntries(rows.map((r) => [r.name, r]));
  const ratio = (a, b) => (b.reqPerSec > 0 ? +(a.reqPerSec / b.reqPerSec).toFixed(2) : 0);
  const checks = [
    { name: 'cached / bare', value: ratio(by['bff cached'], by['bare fastify']), target: '>= 0.5', ok: ratio(by['bff cached'], by['bare fastify']) >= 0.5 },
    { name: 'uncached / direct', value: ratio(by['bff uncached'], by['mock direct (signed)']), target: '>= 0.4', ok: ratio(by['bff uncached'], by['mock direct (signed)']) >= 0.4 },
    { name: 'cached BFF RSS (MB)', value: rss, target: '< 256', ok: rss !== null && rss < 256 },
  ];
  checks.push({
    name: 'social ins. / direct',
    value: ratio(by['bff social insurance'], by['social insurance direct']),
    target: 'figure only',
    ok: true,
  });
  checks.push(...letterChecks);
  const invalid = rows.filter((r) => r.non2xx > 0 || r.errors > 0 || r.total === 0);
  for (const r of invalid) checks.push({ name: `${r.name}: all 2xx`, value: `${r.non2xx} non-2xx, ${r.errors} errors`, target: '0', ok: false });

  const pad = (s, n) => String(s).padEnd(n);
  const lpad = (s, n) => String(s).padStart(n);
  console.log(`\n${pad('target', 26)}${lpad('req/s', 9)}${lpad('p50 ms', 9)}${lpad('p99 ms', 9)}${lpad('non-2xx', 9)}`);
  for (const r of rows) console.log(`${pad(r.name, 26)}${lpad(r.reqPerSec, 9)}${lpad(r.p50, 9)}${lpad(r.p99, 9)}${lpad(r.non2xx + r.errors, 9)}`);
  console.log('');
  for (const c of checks) console.log(`${pad(c.name, 26)}${lpad(c.value, 9)}   target ${c.target}  ${c.ok ? 'ok' : 'MISSED'}`);

  const out = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version },
    settings: { boardLetters: BOARD_LETTERS, lettersOnMariadb: Boolean(env.BENCH_DATABASE_URL), durationSec: DURATION, warmupSec: WARMUP, connections: CONNECTIONS, lineId: LINE_ID, stopId, mockFixedTime: FIXED_TIME, bffLogLevel: env.BENCH_LOG_LEVEL || 'warn' },
    results: rows,
    cachedBffRssMb: rss,
    checks,
  };
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench-results', 'latest.json'), JSON.stringify(out, null, 2) + '\n');
  console.log(`\nwritten to bench-results/latest.json (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  return checks.every((c) => c.ok);
}

let ok = false;
try {
  ok = await main();
} catch (err) {
  console.error(`[bench] FAILED: ${err.message}`);
  process.exitCode = 1;
} finally {
  await stopAll(children);
  rmSync(work, { recursive: true, force: true });
}
if (CHECK && !ok) process.exitCode = 1;
