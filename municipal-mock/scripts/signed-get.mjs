#!/usr/bin/env node
// Sends one signed GET to a running mock and prints the status and body.
//   node scripts/signed-get.mjs '/shanghai/bus/arrivals?lineId=SH0071&stopId=S10&direction=0'
// Env: MOCK_URL (default http://127.0.0.1:4010), APP_KEY / APP_SECRET (default the dev pair).
import { createHmac, randomBytes } from 'node:crypto';

const path = process.argv[2];
if (!path || !path.startsWith('/')) {
  console.error("usage: node scripts/signed-get.mjs '/path?query'  (query already percent-encoded)");
  process.exit(2);
}
const base = process.env.MOCK_URL ?? 'http://127.0.0.1:4010';
const appKey = process.env.APP_KEY ?? 'portal-bff-dev';
const secret = process.env.APP_SECRET ?? 'dev-only-upstream-secret';
const timestamp = String(Date.now());
const nonce = randomBytes(12).toString('hex');
const signature = createHmac('sha256', secret).update(`GET\n${path}\n${timestamp}\n${nonce}`).digest('hex');

const response = await fetch(base + path, {
  headers: { 'X-App-Key': appKey, 'X-Timestamp': timestamp, 'X-Nonce': nonce, 'X-Signature': signature },
});
console.log(`HTTP ${response.status} ${response.headers.get('content-type') ?? ''}`);
console.log(await response.text());
process.exitCode = response.ok ? 0 : 1;
