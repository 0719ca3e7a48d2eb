import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from '../platform/context.js';
import { queryParam } from '../platform/query.js';
import { registerUpstream, type Dialect } from '../platform/upstream.js';

/**
 * WeChat mini-program login, the real endpoint's path, parameters and answers:
 *   GET /sns/jscode2session?appid=&secret=&js_code=&grant_type=authorization_code
 * Not HMAC-signed: WeChat authenticates the caller by appid + secret. Every answer is HTTP 200
 * (as WeChat does); errors carry {errcode, errmsg}. A code is single-use.
 */
const JSON_TYPE = 'application/json; charset=utf-8';

const dialect: Dialect = {
  service: 'wechat',
  prefix: '/sns',
  contentType: JSON_TYPE,
  signed: false,
  systemError: () => ({ statusCode: 200, body: { errcode: -1, errmsg: 'system error' } }),
  routeNotFound: () => ({ statusCode: 404, body: { errcode: 40066, errmsg: 'invalid url' } }),
};

const CODE_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
const MAX_REMEMBERED_CODES = 100_000;

/** `o` + 27 URL-safe characters, stable per (appid, subject), like a real openid (28 characters). */
function derivedId(prefix: string, ...parts: string[]): string {
  return prefix + createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 27);
}

export const openidFor = (appid: string, user: string): string => derivedId('o', 'openid', appid, 'user', user);
export const unionidFor = (user: string): string => derivedId('o', 'unionid', 'user', user);

/** Codes issued by the control API (code → user) and codes already exchanged. */
export class WechatCodes {
  private readonly issued = new Map<string, string>();
  private readonly used = new Set<string>();

  issue(user: string): string {
    const code = randomBytes(24).toString('base64url').slice(0, 32);
    this.issued.set(code, user);
    return code;
  }

  /** 'used' when already exchanged; else the subject (issued user or the code itself) and marks it used. */
  redeem(code: string): { user: string } | { code: 'anonymous'; subject: string } | 'used' {
    if (this.used.has(code)) return 'used';
    this.used.add(code);
    if (this.used.size > MAX_REMEMBERED_CODES) {
      const oldest = this.used.values().next();
      if (!oldest.done) this.used.delete(oldest.value);
    }
    const user = this.issued.get(code);
    this.issued.delete(code);
    return user === undefined ? { code: 'anonymous', subject: code } : { user };
  }

  clear(): void {
    this.issued.clear();
    this.used.clear();
  }
}

export function registerWechat(app: FastifyInstance, ctx: PlatformContext, apps: ReadonlyMap<string, string>): void {
  const codes = new WechatCodes();
  ctx.resetHooks.push(() => codes.clear());

  registerUpstream(app, ctx, dialect, (scope) => {
    scope.get('/jscode2session', async (request, reply) => {
      const fail = (errcode: number, errmsg: string) => reply.type(JSON_TYPE).send({ errcode, errmsg });
      const appid = queryParam(request.query, 'appid');
      const secret = queryParam(request.query, 'secret');
      const jsCode = queryParam(request.query, 'js_code');
      const grantType = queryParam(request.query, 'grant_type');
      if (!appid) return fail(41002, 'appid missing');
      if (!secret) return fail(41004, 'appsecret missing');
      if (!jsCode) return fail(41008, 'missing code');
      if (grantType !== 'authorization_code') return fail(40002, 'invalid grant_type');
      const expected = apps.get(appid);
      if (expected === undefined) return fail(40013, 'invalid appid');
      if (expected !== secret) return fail(40125, 'invalid appsecret');
      if (!CODE_PATTERN.test(jsCode)) return fail(40029, 'invalid code');
      const redeemed = codes.redeem(jsCode);
      if (redeemed === 'used') return fail(40163, 'code been used');
      const user = 'user' in redeemed ? redeemed.user : `code:${redeemed.subject}`;
      return reply.type(JSON_TYPE).send({
        session_key: randomBytes(16).toString('base64'),
        openid: openidFor(appid, user),
        unionid: unionidFor(user),
      });
    });
  });

  if (!ctx.controlEnabled) return;
  const defaultAppid = apps.keys().next().value ?? '';
  void app.register(
    async (scope) => {
      scope.setErrorHandler((error, _request, reply) =>
        reply.code(400).send({ error: 'invalid_body', message: error instanceof Error ? error.message : 'Bad body' }),
      );
      scope.post('/codes', async (request, reply) => {
        const body = request.body as { user?: unknown; appid?: unknown } | undefined;
        const user = body?.user;
        const appid = body?.appid ?? defaultAppid;
        if (typeof user !== 'string' || user.length < 1 || user.length > 64 || typeof appid !== 'string') {
          return reply
            .code(400)
            .send({ error: 'invalid_body', message: 'Body must be {"user": "<1-64 characters>", "appid"?: "<appid>"}' });
        }
        return { code: codes.issue(user), user, appid, openid: openidFor(appid, user), unionid: unionidFor(user) };
      });
    },
    { prefix: '/__control/wechat' },
  );
}
