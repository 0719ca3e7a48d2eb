import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { formatShanghaiIso } from './platform/time.js';

export { buildApp, type AppOptions } from './app.js';
export { loadConfig, ConfigError, type MockConfig } from './config.js';
export { computeSignature } from './platform/signature.js';

/** Starts the mock from environment variables; resolves once it is listening. */
export async function start(env: Readonly<Record<string, string | undefined>> = process.env): Promise<FastifyInstance> {
  const config = loadConfig(env);
  const app = buildApp({
    appKeys: config.appKeys,
    wechatApps: config.wechatApps,
    fixedTime: config.fixedTime,
    control: config.control,
    faults: config.faults,
  });
  const address = await app.listen({ port: config.port, host: config.host });
  const clock = config.fixedTime === null ? 'real time' : `fixed at ${formatShanghaiIso(config.fixedTime)}`;
  const faulty = Object.keys(config.faults);
  console.log(
    `municipal-mock listening on ${address} (clock: ${clock}; control API: ${config.control ? 'on' : 'off'}; ` +
      `app keys: ${[...config.appKeys.keys()].join(', ')}; faults: ${faulty.length > 0 ? faulty.join(', ') : 'none'})`,
  );
  if (env.NODE_ENV === 'production' && env.MOCK_APP_KEYS === undefined) {
    console.warn('municipal-mock: NODE_ENV=production but MOCK_APP_KEYS is not set; using the dev-only key');
  }
  return app;
}

function installShutdown(app: FastifyInstance): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (closing) return;
    closing = true;
    const force = setTimeout(() => process.exit(1), 5_000);
    force.unref();
    app.close().then(
      () => {
        console.log(`municipal-mock stopped (${signal})`);
        process.exit(0);
      },
      (error: unknown) => {
        console.error('municipal-mock: error while closing', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  start().then(installShutdown, (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
}
