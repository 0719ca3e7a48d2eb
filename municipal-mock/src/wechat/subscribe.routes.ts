import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { PlatformContext } from '../platform/context.js';
import { queryParam } from '../platform/query.js';
import { formatShanghaiIso } from '../platform/time.js';
import { INVALID_JSON, jsonBody, registerUpstream, type Dialect } from '../platform/upstream.js';

/**
 * WeChat server API for subscribe messages (订阅消息), the real paths, parameters and answers:
 *   GET  /cgi-bin/token?grant_type=client_credential&appid=&secret=   → {access_token, expires_in: 7200}
 *   POST /cgi-bin/message/subscribe/send?access_token=                 → {errcode: 0, errmsg: "ok", msgid}
 * Not HMAC-signed (appid + secret, then the access token). Every answer is HTTP 200 with
 * {errcode, errmsg} on errors, as WeChat does. Sent messages land in an outbox tests read
 * (GET /wechat/subscribe/outbox, unsigned, only with the control API on).
 */
const JSON_TYPE = 'application/json; charset=utf-8';

const dialect: Dialect = {
  service: 'wechat-subscribe',
  prefix: '/cgi-bin',
  contentType: JSON_TYPE,
  signed: false,
  systemError: () => ({ statusCode: 200, body: { errcode: -1, errmsg: 'system error' } }),
  routeNotFound: () => ({ statusCode: 404, body: { errcode: 40066, errmsg: 'invalid url' } }),
};

export const TOKEN_TTL_SECONDS = 7200;
/** After a new token is fetched, the previous one keeps working this long (as WeChat does). */
export const PREVIOUS_TOKEN_GRACE_MS = 5 * 60 * 1000;

export interface SubscribeTemplate {
  id: string;
  title: string;
  /** key (e.g. `thing2`) → label shown to the user. Every key must be sent, no other. */
  keys: Readonly<Record<string, string>>;
}

/** The templates the dev mini-program has picked (the real ones come from the WeChat console). */
export const SUBSCRIBE_TEMPLATES: readonly SubscribeTemplate[] = [
  {
    id: '1SgwzqtjESGprroMCh_yY90TXNRnNmzRMie-_2p1Kf4',
    title: '留言办理进度通知',
    keys: { character_string1: '留言编号', thing2: '留言标题', phrase3: '办理状态', time4: '更新时间', thing5: '温馨提示' },
  },
  {
    id: 'bWDt_T8guW1CpyY-dTBZg0npYRQboVk8bT28ebOd9oM',
    title: '留言回复通知',
    keys: { character_string1: '留言编号', thing2: '留言标题', thing3: '答复单位', time4: '答复时间' },
  },
  {
    id: 'yB99CBeMrEGjJLZelAkLkHHhFhqSblpajX8mD4tAdXc',
    title: '办事进度通知',
    keys: { thing1: '事项名称', phrase2: '办理状态', time3: '更新时间', thing4: '备注' },
  },
];

const chars = (s: string): number => [...s].length;
const HAN = /^\p{Script=Han}+$/u;
const DATE = String.raw`(\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2})`;
const HM = String.raw`([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d)?`;
const TIME = new RegExp(`^(${DATE} ?)?${HM}$|^${DATE}$`);
const DATE_ONLY = new RegExp(`^${DATE}( ${HM})?$`);

/** Value rules per key type (the key without its trailing number), as WeChat documents them. */
export const VALUE_RULES: Readonly<Record<string, (value: string) => boolean>> = {
  thing: (v) => chars(v) <= 20,
  short_thing: (v) => chars(v) <= 5,
  character_string: (v) => v.length <= 32 && /^[\x21-\x7e]+$/.test(v),
  number: (v) => v.length <= 32 && /^\d+(\.\d+)?$/.test(v),
  letter: (v) => v.length <= 32 && /^[A-Za-z]+$/.test(v),
  symbol: (v) => v.length <= 5 && /^[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]+$/.test(v),
  phrase: (v) => chars(v) <= 5 && HAN.test(v),
  time: (v) => TIME.test(v),
  date: (v) => DATE_ONLY.test(v),
  amount: (v) => /^[¥￥]?\d{1,10}(\.\d{1,2})?元?$/.test(v),
  phone_number: (v) => v.length <= 17 && /^[\d+\-() ]+$/.test(v),
  car_number: (v) => chars(v) <= 8,
  name: (v) => (/^[A-Za-z ]+$/.test(v) ? v.length <= 20 : chars(v) <= 10),
};

const keyType = (key: string): string => key.replace(/\d+$/, '');

export interface SubscribeOutboxMessage {
  msgid: number;
  appid: string;
  touser: string;
  template_id: string;
  /** Template title, e.g. 留言办理进度通知. */
  title: string;
  page: string | null;
  miniprogram_state: 'developer' | 'trial' | 'formal';
  lang: string;
  data: Record<string, { value: string }>;
  /** What the user reads, e.g. `留言办理进度通知｜留言编号：…；留言标题：…`. */
  text: string;
  /** Business clock, ISO 8601 +08:00. */
  sentAt: string;
}

interface TokenRecord {
  appid: string;
  expiresAt: number;
  /** Set when a newer token was fetched for the app: valid until then. */
  supersededUntil: number | null;
}

const OUTBOX_LIMIT = 1000;
const MINIPROGRAM_STATES = new Set(['developer', 'trial', 'formal']);
const LANGS = new Set(['zh_CN', 'en_US', 'zh_HK', 'zh_TW']);
const OPENID = /^o[A-Za-z0-9_-]{20,40}$/;

export function registerWechatSubscribe(
  app: FastifyInstance,
  ctx: PlatformContext,
  apps: ReadonlyMap<string, string>,
  realNow: () => number,
): void {
  const tokens = new Map<string, TokenRecord>();
  const latestByApp = new Map<string, string>();
  /** openid → refused template ids (null = every template). */
  const refusals = new Map<string, Set<string> | null>();
  let outbox: SubscribeOutboxMessage[] = [];
  let lastMsgid = 0;
  ctx.resetHooks.push(() => {
    tokens.clear();
    latestByApp.clear();
    refusals.clear();
    outbox = [];
  });

  const tokenState = (token: string): TokenRecord | 'invalid' | 'expired' => {
    const record = tokens.get(token);
    if (!record) return 'invalid';
    const now = realNow();
    if (record.supersededUntil !== null && now >= record.supersededUntil) return 'invalid';
    if (now >= record.expiresAt) return 'expired';
    return record;
  };

  registerUpstream(app, ctx, dialect, (scope) => {
    // WeChat reads the body as JSON whatever the Content-Type says.
    scope.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => {
      done(null, typeof body === 'string' ? body : body.toString('utf8'));
    });
    const fail = (reply: FastifyReply, errcode: number, errmsg: string) => reply.type(JSON_TYPE).send({ errcode, errmsg });

    scope.get('/token', async (request, reply) => {
      const grantType = queryParam(request.query, 'grant_type');
      const appid = queryParam(request.query, 'appid');
      const secret = queryParam(request.query, 'secret');
      if (grantType !== 'client_credential') return fail(reply, 40002, 'invalid grant_type');
      if (!appid) return fail(reply, 41002, 'appid missing');
      if (!secret) return fail(reply, 41004, 'appsecret missing');
      const expected = apps.get(appid);
      if (expected === undefined) return fail(reply, 40013, 'invalid appid');
      if (expected !== secret) return fail(reply, 40125, 'invalid appsecret');
      const now = realNow();
      const previous = latestByApp.get(appid);
      if (previous !== undefined) {
        // Only the latest and the one before it can still work; older ones are forgotten.
        for (const [token, record] of tokens) {
          if (record.appid === appid && token !== previous) tokens.delete(token);
        }
        const record = tokens.get(previous);
        if (record && record.supersededUntil === null) record.supersededUntil = now + PREVIOUS_TOKEN_GRACE_MS;
      }
      const token = randomBytes(96).toString('base64url');
      tokens.set(token, { appid, expiresAt: now + TOKEN_TTL_SECONDS * 1000, supersededUntil: null });
      latestByApp.set(appid, token);
      ctx.stats.event('wechat-subscribe', 'tokenIssued');
      return reply.type(JSON_TYPE).send({ access_token: token, expires_in: TOKEN_TTL_SECONDS });
    });

    scope.post('/message/subscribe/send', async (request, reply) => {
      const accessToken = queryParam(request.query, 'access_token');
      if (!accessToken) return fail(reply, 41001, 'access_token missing');
      const state = tokenState(accessToken);
      if (state === 'invalid') return fail(reply, 40001, 'invalid credential, access_token is invalid or not latest');
      if (state === 'expired') return fail(reply, 42001, 'access_token expired');

      const body = jsonBody(request);
      if (body === INVALID_JSON || typeof body !== 'object' || body === null || Array.isArray(body)) {
        return fail(reply, 47001, 'data format error');
      }
      const { touser, template_id: templateId, page, data, miniprogram_state: mpState, lang } = body as Record<string, unknown>;
      if (typeof touser !== 'string' || !OPENID.test(touser)) return fail(reply, 40003, 'invalid openid');
      const template = SUBSCRIBE_TEMPLATES.find((t) => t.id === templateId);
      if (!template) return fail(reply, 40037, 'invalid template_id');
      if (page !== undefined && (typeof page !== 'string' || page.length > 1024 || page.startsWith('/'))) {
        return fail(reply, 41030, 'invalid page');
      }
      if (mpState !== undefined && (typeof mpState !== 'string' || !MINIPROGRAM_STATES.has(mpState))) {
        return fail(reply, 47003, 'argument invalid! miniprogram_state invalid');
      }
      if (lang !== undefined && (typeof lang !== 'string' || !LANGS.has(lang))) {
        return fail(reply, 47003, 'argument invalid! lang invalid');
      }
      if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        return fail(reply, 47003, 'argument invalid! data is empty');
      }
      const entries = data as Record<string, unknown>;
      for (const key of Object.keys(entries)) {
        if (!(key in template.keys)) return fail(reply, 47003, `argument invalid! data.${key} not in template`);
      }
      const values: Record<string, { value: string }> = {};
      for (const key of Object.keys(template.keys)) {
        const item = entries[key];
        const value = typeof item === 'object' && item !== null ? (item as { value?: unknown }).value : undefined;
        if (value === undefined || value === null || value === '') {
          return fail(reply, 47003, `argument invalid! data.${key}.value is empty`);
        }
        const rule = VALUE_RULES[keyType(key)];
        if (typeof value !== 'string' || !rule || !rule(value)) {
          return fail(reply, 47003, `argument invalid! data.${key}.value invalid`);
        }
        values[key] = { value };
      }
      const refused = refusals.get(touser);
      if (refusals.has(touser) && (refused === null || refused?.has(template.id))) {
        return fail(reply, 43101, 'user refuse to accept the msg');
      }

      const now = ctx.clock.now();
      lastMsgid = Math.max(lastMsgid + 1, now * 1000);
      const message: SubscribeOutboxMessage = {
        msgid: lastMsgid,
        appid: state.appid,
        touser,
        template_id: template.id,
        title: template.title,
        page: typeof page === 'string' && page !== '' ? page : null,
        miniprogram_state: (mpState as SubscribeOutboxMessage['miniprogram_state'] | undefined) ?? 'formal',
        lang: (lang as string | undefined) ?? 'zh_CN',
        data: values,
        text: `${template.title}｜${Object.entries(template.keys)
          .map(([key, label]) => `${label}：${values[key]?.value ?? ''}`)
          .join('；')}`,
        sentAt: formatShanghaiIso(now),
      };
      outbox.unshift(message);
      if (outbox.length > OUTBOX_LIMIT) outbox.length = OUTBOX_LIMIT;
      ctx.stats.event('wechat-subscribe', 'messageSent');
      return reply.type(JSON_TYPE).send({ errcode: 0, errmsg: 'ok', msgid: message.msgid });
    });
  });

  // Test and demo helpers, outside the WeChat API: only with the control API on.
  if (!ctx.controlEnabled) return;
  app.get('/wechat/subscribe/outbox', async (request, reply) => {
    const touser = queryParam(request.query, 'touser');
    if (touser === null) return reply.code(400).send({ error: 'invalid_query', message: 'touser given more than once' });
    return { messages: touser === undefined ? outbox : outbox.filter((m) => m.touser === touser) };
  });
  app.delete('/wechat/subscribe/outbox', async () => {
    outbox = [];
    return { messages: [] };
  });

  const refusalList = () =>
    [...refusals.entries()].map(([openid, ids]) => ({ openid, template_ids: ids === null ? null : [...ids] }));

  void app.register(
    async (scope) => {
      scope.setErrorHandler((error, _request, reply) =>
        reply.code(400).send({ error: 'invalid_body', message: error instanceof Error ? error.message : 'Bad body' }),
      );
      scope.get('/subscribe/templates', async () => ({ templates: SUBSCRIBE_TEMPLATES }));
      scope.get('/subscribe/refusals', async () => ({ refusals: refusalList() }));
      scope.put<{ Params: { openid: string } }>('/subscribe/refusals/:openid', async (request, reply) => {
        const ids = (request.body as { template_ids?: unknown } | undefined)?.template_ids;
        if (
          ids !== undefined &&
          ids !== null &&
          !(Array.isArray(ids) && ids.length > 0 && ids.every((id) => SUBSCRIBE_TEMPLATES.some((t) => t.id === id)))
        ) {
          return reply
            .code(400)
            .send({ error: 'invalid_body', message: 'Body must be {} or {"template_ids": ["<known template id>", …]}' });
        }
        refusals.set(request.params.openid, Array.isArray(ids) ? new Set(ids as string[]) : null);
        return { refusals: refusalList() };
      });
      scope.delete<{ Params: { openid: string } }>('/subscribe/refusals/:openid', async (request) => {
        refusals.delete(request.params.openid);
        return { refusals: refusalList() };
      });
      scope.post('/tokens/expire', async () => {
        const now = realNow();
        let expired = 0;
        for (const record of tokens.values()) {
          if (record.expiresAt > now) {
            record.expiresAt = now;
            expired += 1;
          }
        }
        return { expired };
      });
    },
    { prefix: '/__control/wechat' },
  );
}
