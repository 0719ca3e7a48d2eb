import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LetterSummary, SubmitLetterRequest } from '@portal/shared';
import { REPO_ROOT } from '../config/app-config';
import { bearer, PERSONAS, signInAndBind } from '../testing/citizens';
import { freePort, httpClient, startMock, testEnv, type BffClient, type MockProcess } from '../testing/harness';

/**
 * "A letter answered with a tracking number is never lost": the BFF runs as its own process (the
 * built bff/dist, as in production), is killed with SIGKILL in the middle of a burst of submissions,
 * and is started again on the same database. Every acknowledged tracking number must be stored; the
 * submissions that got no answer are retried with their Idempotency-Key and must each end as exactly
 * one letter. Runs on MariaDB in CI (DATABASE_URL) and on a SQLite file locally.
 */
const BFF_MAIN = join(REPO_ROOT, 'bff', 'dist', 'main.js');
const WORKERS = 30;
const KILL_AFTER_ACKS = 60;
const MAX_SUBMISSIONS = 400;
/** A number of its own per run: the child BFF does not wipe the citizens earlier runs left on MariaDB (it deletes its own at the end). */
const PHONE = `1370${String(Date.now() % 10_000_000).padStart(7, '0')}`;

const letter = (n: number): SubmitLetterRequest => ({
  type: 'suggestion',
  topic: 'city-management',
  departmentId: 'chengdu-cgw',
  title: `建议增设垃圾分类投放点 ${n}`,
  content: `小区周边垃圾分类投放点不足，居民投放不便，建议增设投放点并延长开放时间。第${n}封。`,
  contactPhone: '13800138000',
  publishable: false,
  anonymousInPublic: true,
});

interface Attempt {
  key: string;
  n: number;
  trackingNo: string | null;
}

describe('letters survive a crash of the BFF in the middle of a burst', () => {
  let mock: MockProcess;
  let env: Record<string, string | undefined>;
  let port: number;
  let child: ChildProcess | null = null;

  async function startChild(): Promise<BffClient> {
    child = spawn(process.execPath, [BFF_MAIN], {
      cwd: join(REPO_ROOT, 'bff'),
      env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 300; i++) {
      if (child.exitCode !== null) throw new Error(`the BFF exited with ${child.exitCode} while starting`);
      try {
        if ((await fetch(`${url}/api/health`)).ok) return httpClient(url);
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the BFF did not start within 30 s');
  }

  beforeAll(async () => {
    if (!existsSync(BFF_MAIN)) throw new Error(`${BFF_MAIN} is missing: build the BFF first (pnpm --filter bff build; npm test does it)`);
    mock = await startMock();
    port = await freePort();
    env = testEnv(mock.url, { TRUST_PROXY: 'true', UPSTREAM_CACHE: 'off', NODE_ENV: 'test' });
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await mock?.stop();
  });

  it('keeps every acknowledged letter, and a retry of an unanswered one makes exactly one', async () => {
    let bff = await startChild();
    const citizen = await signInAndBind(bff, mock, PHONE, PERSONAS.liuYang);
    const headers = (key: string) => ({ ...bearer(citizen), 'idempotency-key': key });

    const attempts: Attempt[] = [];
    let acks = 0;
    let killed = false;
    const exited = new Promise((r) => child!.once('exit', r));
    const worker = async (w: number) => {
      for (let i = 0; ; i++) {
        const n = attempts.length;
        if (killed || n >= MAX_SUBMISSIONS) return;
        const attempt: Attempt = { key: `crash-${w}-${i}-${Date.now()}`, n, trackingNo: null };
        attempts.push(attempt);
        try {
          const res = await bff.request('POST', '/api/v1/cities/chengdu/letters', letter(n), headers(attempt.key));
          if (res.status === 201 || res.status === 200) {
            attempt.trackingNo = (res.body as { trackingNo: string }).trackingNo;
            acks += 1;
            if (acks >= KILL_AFTER_ACKS && !killed) {
              killed = true;
              child!.kill('SIGKILL');
            }
          }
        } catch {
          // the connection died with the process: no answer for this one
          return;
        }
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
    await exited;
    expect(killed).toBe(true);

    const acknowledged = attempts.filter((a) => a.trackingNo !== null);
    const unanswered = attempts.filter((a) => a.trackingNo === null);

    bff = await startChild();
    const stored = async (): Promise<LetterSummary[]> => {
      const res = await bff.get('/api/v1/me/letters', bearer(citizen));
      expect(res.status).toBe(200);
      return (res.body as { letters: LetterSummary[] }).letters;
    };
    const afterRestart = new Set((await stored()).map((l) => l.trackingNo));
    const lost = acknowledged.filter((a) => !afterRestart.has(a.trackingNo!));
    const committedUnanswered = afterRestart.size - acknowledged.length;

    // Retrying each unanswered submission with its key: one letter each, never a second.
    for (const a of unanswered) {
      const res = await bff.request('POST', '/api/v1/cities/chengdu/letters', letter(a.n), headers(a.key));
      expect([200, 201]).toContain(res.status);
      a.trackingNo = (res.body as { trackingNo: string }).trackingNo;
    }
    const final = await stored();
    const finalNos = final.map((l) => l.trackingNo);

    // The figures for the closing note.
    process.stdout.write(
      `[crash test ${env.DATABASE_URL ? 'MariaDB' : 'SQLite'}] ${attempts.length} sent, ${acknowledged.length} acknowledged before SIGKILL, ` +
        `${unanswered.length} without an answer (${committedUnanswered} of them had committed); after restart ${afterRestart.size} stored, ` +
        `${lost.length} acknowledged lost; after retrying the unanswered with their keys ${final.length} letters for ${attempts.length} keys\n`,
    );

    expect(lost).toEqual([]);
    expect(afterRestart.size).toBeLessThanOrEqual(attempts.length); // nothing stored that was not sent
    expect(new Set(finalNos).size).toBe(finalNos.length);
    expect(final).toHaveLength(attempts.length);
    expect(new Set(attempts.map((a) => a.trackingNo))).toEqual(new Set(finalNos));
    expect((await bff.request('DELETE', '/api/v1/me', undefined, bearer(citizen))).status).toBeLessThan(300);
  }, 120_000);
});
