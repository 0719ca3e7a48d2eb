// The benchmark's baseline: a bare Fastify server that answers GET <BARE_PATH> with a fixed JSON body
// (the exact bytes the BFF returned for the same request). Run as a separate process by bench.mjs.
//   BARE_FASTIFY=<path to fastify's entry> BARE_PORT=3212 BARE_BODY_FILE=<file> BARE_PATH=/api/... node bare-server.mjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Fastify = require(process.env.BARE_FASTIFY);
const body = readFileSync(process.env.BARE_BODY_FILE);
const app = (Fastify.default ?? Fastify)({ logger: false });
app.get('/health', async () => ({ status: 'ok' }));
app.get(process.env.BARE_PATH, (_req, reply) => {
  reply.header('content-type', 'application/json; charset=utf-8').send(body);
});
await app.listen({ port: Number(process.env.BARE_PORT), host: '127.0.0.1' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => app.close().then(() => process.exit(0)));
