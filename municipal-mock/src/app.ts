import Fastify, { type FastifyInstance } from 'fastify';
import { DEFAULT_WECHAT_APPID, DEFAULT_WECHAT_SECRET } from './config.js';
import { registerGongan } from './identity/gongan.routes.js';
import { registerGjj } from './gjj/gjj.routes.js';
import { registerTax } from './tax/tax.routes.js';
import { registerVaccine } from './vaccine/vaccine.routes.js';
import { registerChengduHousing } from './local/chengdu-housing.routes.js';
import { registerShanghaiEducation } from './local/shanghai-education.routes.js';
import { registerPay } from './pay/pay.routes.js';
import { registerChengduShebao } from './shebao/chengdu-shebao.routes.js';
import { registerShanghaiShebao } from './shebao/shanghai-shebao.routes.js';
import { registerSms } from './sms/sms.routes.js';
import { registerWechat } from './wechat/wechat.routes.js';
import { registerWechatSubscribe } from './wechat/subscribe.routes.js';
import { registerGovMessage } from './gov-message/gov-message.routes.js';
import { registerChengduBus } from './bus/chengdu-bus.routes.js';
import { registerShanghaiBus } from './bus/shanghai-bus.routes.js';
import { BusinessClock } from './platform/clock.js';
import type { PlatformContext } from './platform/context.js';
import { registerControlRoutes } from './platform/control.js';
import { FaultRegistry, type FaultMap } from './platform/faults.js';
import { HeldRequests } from './platform/held-requests.js';
import { SignatureVerifier } from './platform/signature.js';
import { RequestStats } from './platform/stats.js';
import { registerChengduTraffic } from './traffic/chengdu-traffic.routes.js';
import { registerShanghaiTraffic } from './traffic/shanghai-traffic.routes.js';
import { registerChengduWeather } from './weather/chengdu-weather.routes.js';
import { registerShanghaiWeather } from './weather/shanghai-weather.routes.js';

export interface AppOptions {
  /** app key → secret */
  appKeys: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /** Epoch ms to freeze the business clock at; null/undefined = real time. */
  fixedTime?: number | null;
  /** Register /__control/* (default true). */
  control?: boolean;
  /** Faults in force at start (and after POST /__control/reset). */
  faults?: FaultMap;
  /** Real wall clock, used for signature freshness and stats (default Date.now). */
  realNow?: () => number;
  /** Random source for errorRate draws (default Math.random). */
  random?: () => number;
  /** WeChat mini-program appid → secret accepted by /sns/jscode2session and /cgi-bin/token (default the dev pair). */
  wechatApps?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
}

const toMap = (value: ReadonlyMap<string, string> | Readonly<Record<string, string>>): ReadonlyMap<string, string> =>
  value instanceof Map ? value : new Map(Object.entries(value as Record<string, string>));

export function buildApp(options: AppOptions): FastifyInstance {
  const realNow = options.realNow ?? Date.now;
  const appKeys = toMap(options.appKeys);
  const wechatApps = toMap(options.wechatApps ?? { [DEFAULT_WECHAT_APPID]: DEFAULT_WECHAT_SECRET });
  const control = options.control ?? true;
  const ctx: PlatformContext = {
    clock: new BusinessClock(options.fixedTime ?? null, realNow),
    verifier: new SignatureVerifier({ appKeys, realNow }),
    faults: new FaultRegistry(options.faults ?? {}),
    stats: new RequestStats(realNow),
    held: new HeldRequests(),
    random: options.random ?? Math.random,
    controlEnabled: control,
    resetHooks: [],
  };

  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 });

  // Held (timeout fault) and delayed (latency fault) requests must not keep the server from closing.
  app.addHook('preClose', async () => ctx.held.releaseAll());

  app.get('/health', async () => ({ status: 'ok' }));

  registerShanghaiBus(app, ctx);
  registerChengduBus(app, ctx);
  registerShanghaiWeather(app, ctx);
  registerChengduWeather(app, ctx);
  registerShanghaiTraffic(app, ctx);
  registerChengduTraffic(app, ctx);
  registerWechat(app, ctx, wechatApps);
  registerSms(app, ctx);
  registerGongan(app, ctx);
  registerPay(app, ctx);
  registerShanghaiShebao(app, ctx);
  registerChengduShebao(app, ctx);
  registerGjj(app, ctx);
  registerTax(app, ctx);
  registerVaccine(app, ctx);
  registerChengduHousing(app, ctx);
  registerShanghaiEducation(app, ctx);
  registerGovMessage(app, ctx);
  registerWechatSubscribe(app, ctx, wechatApps, realNow);
  if (control) registerControlRoutes(app, ctx);

  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'not_found', message: `No route ${request.method} ${request.url}` }),
  );
  return app;
}
