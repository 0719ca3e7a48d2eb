import { describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import { start } from './main.js';
import { signedHeaders } from './test-support/signing.js';

describe('start', () => {
  it('starts from environment variables and answers a signed request', async () => {
    const log = console.log;
    const lines: string[] = [];
    console.log = (line: string) => lines.push(line);
    const app = await start({
      MOCK_PORT: '0',
      MOCK_APP_KEYS: 'main-test:main-test-secret',
      MOCK_FIXED_TIME: '2026-03-02T08:15:00+08:00',
    }).finally(() => {
      console.log = log;
    });
    try {
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^municipal-mock listening on http:\/\/127\.0\.0\.1:\d+ \(clock: fixed at 2026-03-02T08:15:00\+08:00/);
      const { port } = app.server.address() as AddressInfo;
      const path = '/shanghai/bus/arrivals?lineId=SH0071&stopId=S10&direction=0';
      const response = await fetch(`http://127.0.0.1:${port}${path}`, {
        headers: signedHeaders('GET', path, { appKey: 'main-test', secret: 'main-test-secret' }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: '0000', data: { lineId: 'SH0071', stopId: 'S10' } });
    } finally {
      await app.close();
    }
  });
});
