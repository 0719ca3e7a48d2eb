// The letters part of `npm run bench` (issue 4): on one database engine,
//  1. letter submission by 50 concurrent clients (a fresh Idempotency-Key per request), req/s and p99,
//     and a check that the database holds exactly as many letters as were acknowledged;
//  2. the public board's first page with 100,000 published letters stored, read through the BFF with its
//     whole-response micro-cache OFF (the database path; target p99 < 50 ms) and ON (as deployed).
// The BFF under test runs with UPSTREAM_CACHE=off; a second one with it on is started for the cached read.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './pnpm.mjs';
import { startBff } from './portal.mjs';
import { stopService } from './proc.mjs';

const bffRequire = createRequire(join(ROOT, 'bff', 'package.json'));
export const BOARD_LETTERS = Number(process.env.BENCH_BOARD_LETTERS || 100_000);

const LETTER = {
  type: 'suggestion',
  topic: 'transport',
  departmentId: 'chengdu-jtj',
  title: '建议优化公交线路',
  content: '建议在天府大道沿线增加夜间公交班次，方便加班的市民回家。',
  contactPhone: '13800138000',
  publishable: true,
  anonymousInPublic: false,
};

/** A small database handle over the engine's driver (the BFF's own dependencies). */
export async function openDb(engine, target) {
  if (engine === 'sqlite') {
    const Database = bffRequire('better-sqlite3');
    const db = new Database(target);
    db.pragma('busy_timeout = 5000');
    return {
      query: async (sql, params = []) => (/^\s*select/i.test(sql) ? db.prepare(sql).all(...params) : db.prepare(sql).run(...params)),
      close: async () => db.close(),
    };
  }
  const mysql = bffRequire('mysql2/promise');
  const conn = await mysql.createConnection({ uri: target.replace(/^mariadb:/, 'mysql:'), timezone: 'Z' });
  return { query: async (sql, params = []) => (await conn.query(sql, params))[0], close: () => conn.end() };
}

const DEPARTMENTS = ['chengdu-jtj', 'chengdu-zjj', 'chengdu-sthjj', 'chengdu-jyj', 'chengdu-wuhou', 'chengdu-jinjiang', 'chengdu-cgw', 'chengdu-mayor'];
const TOPICS = ['transport', 'environment', 'housing', 'education', 'city-management', 'other'];
const pad = (n) => String(n).padStart(2, '0');
const sqlTime = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};

/** Stores `count` published, answered Chengdu letters of `citizenId`, spread over the last year, in batches. */
export async function seedPublished(db, citizenId, count) {
  const cols = [
    'id', 'tracking_no', 'query_code_hash', 'city', 'channel', 'type', 'topic', 'department_id', 'citizen_id', 'idempotency_key', 'request_hash',
    'writer_name_enc', 'contact_phone_enc', 'title', 'content', 'photo_ids', 'publishable', 'anonymous_in_public', 'status', 'submitted_at',
    'accepted_at', 'answered_at', 'closed_at', 'accept_by', 'answer_by', 'extension_used', 'escalated', 'answer_outcome', 'answer_text',
    'answer_department_id', 'answer_at', 'published_at', 'public_title', 'public_content', 'public_answer', 'public_writer', 'version',
  ];
  const now = Date.now();
  const batch = 500;
  for (let start = 0; start < count; start += batch) {
    const rows = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const at = now - Math.floor((i / count) * 365 * 86_400_000) - 3_600_000;
      const dept = DEPARTMENTS[i % DEPARTMENTS.length];
      const day = sqlTime(at).slice(0, 10);
      rows.push([
        randomUUID(), `BX${day.replaceAll('-', '')}${String(i).padStart(6, '0')}`, randomBytes(32).toString('hex'), 'chengdu', 'city', 'suggestion',
        TOPICS[i % TOPICS.length], dept, citizenId, `bench-board-${i}`, randomBytes(32).toString('hex'), 'bench', 'bench',
        `关于第${i}号路段的建议`, `第${i}号路段早晚高峰拥堵，建议优化信号灯配时并增设公交专用道。`, '[]', 1, i % 3 === 0 ? 1 : 0, 'closed',
        sqlTime(at - 20 * 86_400_000), sqlTime(at - 18 * 86_400_000), sqlTime(at - 86_400_000), sqlTime(at), day, day, 0, 0, 'explained',
        '已转交相关部门研究，将在年内优化。', dept, sqlTime(at - 86_400_000), sqlTime(at), `关于第${i}号路段的建议`,
        `第${i}号路段早晚高峰拥堵，建议优化信号灯配时并增设公交专用道。`, '已转交相关部门研究，将在年内优化。', i % 3 === 0 ? '匿名' : '张*', 1,
      ]);
    }
    const placeholders = rows.map(() => `(${cols.map(() => '?').join(',')})`).join(',');
    await db.query(`INSERT INTO letters (${cols.join(',')}) VALUES ${placeholders}`, rows.flat());
  }
}

/**
 * Runs both measurements on `engine` ('sqlite' | 'mariadb'). `databaseUrl` is required for MariaDB and is
 * EMPTIED of citizens and letters first: point it at a database of its own. Answers rows for the bench table and checks.
 */
export async function benchLetters({ engine, databaseUrl, ports, mockUrl, work, logDir, measure, signInAndBind, connections }) {
  const label = engine === 'sqlite' ? 'SQLite' : 'MariaDB';
  const dataDir = mkdtempSync(join(work, `letters-${engine}-`));
  const sqliteFile = join(dataDir, 'portal.sqlite');
  const dbEnv = engine === 'sqlite' ? { DATABASE_URL: '', SQLITE_FILE: sqliteFile } : { DATABASE_URL: databaseUrl };
  const common = { HOST: '127.0.0.1', LOG_LEVEL: process.env.BENCH_LOG_LEVEL || 'warn', DATA_DIR: dataDir, ...dbEnv };
  const mockPort = Number(new URL(mockUrl).port);
  const started = [];
  try {
    started.push(await startBff({ name: `bff-letters-${engine}`, port: ports.uncached, upstreamPort: mockPort, env: { ...common, UPSTREAM_CACHE: 'off' }, logFile: join(logDir, `bff-letters-${engine}.log`) }));
    const base = `http://127.0.0.1:${ports.uncached}`;
    const db = await openDb(engine, engine === 'sqlite' ? sqliteFile : databaseUrl);
    try {
      // The bench's own MariaDB database starts empty of citizens (their letters and sessions cascade).
      if (engine !== 'sqlite') await db.query('DELETE FROM users');
      const token = await signInAndBind(base, mockUrl);
      const [{ id: citizenId }] = await db.query('SELECT id FROM users LIMIT 1');

      let n = 0;
      const body = JSON.stringify(LETTER);
      // No warm-up: every request sent is counted, so what is stored can be compared with what was acknowledged.
      const submit = await measure(`letters submit ${label}`, {
        warmup: 0,
        url: base,
        connections,
        requests: [
          {
            method: 'POST',
            path: '/api/v1/cities/chengdu/letters',
            setupRequest: (req) => ({
              ...req,
              body,
              headers: { ...(req.headers ?? {}), 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': `bench-${Date.now()}-${++n}` },
            }),
          },
        ],
      });
      const [{ c: stored }] = await db.query("SELECT COUNT(*) AS c FROM letters WHERE idempotency_key LIKE 'bench-%' AND idempotency_key NOT LIKE 'bench-board-%'");
      // autocannon counts only answered requests; ones still in flight when it stops may have been stored too.
      const acknowledged = submit.total - submit.non2xx;
      const sent = n;

      console.error(`[bench] seeding ${BOARD_LETTERS} published letters into ${label}…`);
      const t = Date.now();
      await seedPublished(db, citizenId, BOARD_LETTERS);
      console.error(`[bench] seeded in ${((Date.now() - t) / 1000).toFixed(1)} s`);
      const boardPath = '/api/v1/cities/chengdu/letters/public';
      const first = await fetch(`${base}${boardPath}`);
      if (first.status !== 200) throw new Error(`the board answered ${first.status}`);
      const board = await measure(`board page 1 ${label}`, { url: `${base}${boardPath}`, connections: 10 });
      const boardDept = await measure(`board by dept ${label}`, { url: `${base}${boardPath}?departmentId=chengdu-wuhou&topic=transport`, connections: 10 });
      started.push(await startBff({ name: `bff-letters-${engine}-cached`, port: ports.cached, upstreamPort: mockPort, env: { ...common, UPSTREAM_CACHE: 'on' }, logFile: join(logDir, `bff-letters-${engine}-cached.log`) }));
      const boardCached = await measure(`board cached ${label}`, { url: `http://127.0.0.1:${ports.cached}${boardPath}`, connections });
      return {
        rows: [submit, board, boardDept, boardCached],
        checks: [
          {
            name: `letters stored ${label}`,
            value: `${Number(stored)} (${acknowledged} ack, ${sent} sent)`,
            target: 'ack <= stored <= sent',
            ok: acknowledged > 0 && Number(stored) >= acknowledged && Number(stored) <= sent,
          },
          { name: `board p99 ms ${label}`, value: board.p99, target: '< 50', ok: board.p99 < 50 },
        ],
      };
    } finally {
      await db.close();
    }
  } finally {
    await Promise.all(started.map((c) => stopService(c)));
  }
}
