import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { PlatformContext } from '../platform/context.js';
import { queryParam } from '../platform/query.js';
import { formatShanghaiIso, toShanghaiTime } from '../platform/time.js';
import { INVALID_JSON, jsonBody, registerUpstream, type Dialect } from '../platform/upstream.js';

/**
 * SMS gateway in the style of the Chinese SMS clouds: POST /sms/send (signed) with
 * {phoneNumbers, templateCode, templateParam (a JSON string)}; every business answer is HTTP 200
 * with {Code, Message, RequestId[, BizId]}, Code "OK" on success. Messages land in an outbox
 * that tests and the demo read (GET /sms/outbox, unsigned, only with the control API on).
 */
const JSON_TYPE = 'application/json; charset=utf-8';
const SIGN_NAME = '城市服务';

const dialect: Dialect = {
  service: 'sms',
  prefix: '/sms',
  contentType: JSON_TYPE,
  systemError: () => ({
    statusCode: 500,
    body: { Code: 'isp.SYSTEM_ERROR', Message: '系统错误，请稍后重试', RequestId: requestId('system-error') },
  }),
  routeNotFound: () => ({
    statusCode: 404,
    body: { Code: 'InvalidAction.NotFound', Message: 'Specified api is not found', RequestId: requestId('not-found') },
  }),
};

interface Template {
  params: readonly string[];
  /** Checks each parameter's value. */
  valid: (params: Record<string, string>) => boolean;
  render: (params: Record<string, string>) => string;
}

export const SMS_TEMPLATES: Readonly<Record<string, Template>> = {
  SMS_LOGIN: {
    params: ['code'],
    valid: (p) => /^\d{4,8}$/.test(p.code ?? ''),
    render: (p) => `【${SIGN_NAME}】您的验证码为${p.code}，5分钟内有效。`,
  },
  SMS_BOOKING: {
    params: ['item', 'time', 'place'],
    valid: (p) => [p.item, p.time, p.place].every((v) => typeof v === 'string' && v.length >= 1 && v.length <= 35),
    render: (p) => `【${SIGN_NAME}】您已成功预约${p.item}，时间${p.time}，地点${p.place}，请按时前往。`,
  },
  SMS_PAYMENT: {
    params: ['item', 'amount'],
    valid: (p) => typeof p.item === 'string' && p.item.length <= 35 && /^\d+(\.\d{1,2})?$/.test(p.amount ?? ''),
    render: (p) => `【${SIGN_NAME}】您已成功缴纳${p.item}${p.amount}元，感谢您的使用。`,
  },
};

const PHONE = /^1[3-9]\d{9}$/;
const MAX_PHONES_PER_REQUEST = 1000;
const OUTBOX_LIMIT = 1000;

let requestCounter = 0;
function requestId(seed: string): string {
  const hex = createHash('sha256').update(`${seed}:${++requestCounter}`).digest('hex').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export interface OutboxMessage {
  phone: string;
  text: string;
  /** The template's `code` parameter (verification code), or null. */
  code: string | null;
  templateCode: string;
  bizId: string;
  /** Business clock, ISO 8601 +08:00. */
  sentAt: string;
}

export function registerSms(app: FastifyInstance, ctx: PlatformContext): void {
  let outbox: OutboxMessage[] = [];
  let sendCounter = 0;
  ctx.resetHooks.push(() => {
    outbox = [];
  });

  registerUpstream(app, ctx, dialect, (scope) => {
    scope.post('/send', async (request, reply) => {
      const rid = requestId(request.id);
      const fail = (code: string, message: string): FastifyReply =>
        reply.type(JSON_TYPE).send({ Code: code, Message: message, RequestId: rid });
      const body = jsonBody(request);
      if (body === INVALID_JSON || typeof body !== 'object' || body === null || Array.isArray(body)) {
        return fail('isv.INVALID_PARAMETERS', '请求体必须是 JSON 对象');
      }
      const { phoneNumbers, templateCode, templateParam } = body as Record<string, unknown>;
      if (typeof phoneNumbers !== 'string' || phoneNumbers.trim() === '') {
        return fail('MissingPhoneNumbers', 'PhoneNumbers is mandatory for this action.');
      }
      if (typeof templateCode !== 'string' || templateCode === '') {
        return fail('MissingTemplateCode', 'TemplateCode is mandatory for this action.');
      }
      const phones = phoneNumbers.split(',').map((p) => p.trim());
      if (phones.length > MAX_PHONES_PER_REQUEST) return fail('isv.MOBILE_COUNT_OVER_LIMIT', '手机号码数量超过限制');
      if (!phones.every((p) => PHONE.test(p))) return fail('isv.MOBILE_NUMBER_ILLEGAL', '非法手机号');
      const template = SMS_TEMPLATES[templateCode];
      if (!template) return fail('isv.SMS_TEMPLATE_ILLEGAL', '模版不合法(不存在或被拉黑)');
      let params: unknown;
      try {
        params = typeof templateParam === 'string' ? JSON.parse(templateParam) : templateParam;
      } catch {
        return fail('isv.INVALID_JSON_PARAM', 'JSON参数不合法，只接受字符串值');
      }
      if (typeof params !== 'object' || params === null || Array.isArray(params)) {
        return fail('isv.INVALID_JSON_PARAM', 'JSON参数不合法，只接受字符串值');
      }
      const record = params as Record<string, unknown>;
      if (!Object.values(record).every((v) => typeof v === 'string')) {
        return fail('isv.INVALID_JSON_PARAM', 'JSON参数不合法，只接受字符串值');
      }
      const values = record as Record<string, string>;
      if (!template.params.every((name) => name in values)) {
        return fail('isv.TEMPLATE_MISSING_PARAMETERS', '模版缺少变量');
      }
      if (!template.valid(values)) return fail('isv.TEMPLATE_PARAMS_ILLEGAL', '模版变量里包含非法关键字或格式不符');

      const now = ctx.clock.now();
      const t = toShanghaiTime(now);
      sendCounter += 1;
      const bizId = `${String(100000 + (sendCounter % 900000))}${t.dateKey.replaceAll('-', '')}${String(t.secondsOfDay).padStart(5, '0')}^0`;
      const text = template.render(values);
      for (const phone of phones) {
        outbox.unshift({ phone, text, code: values.code ?? null, templateCode, bizId, sentAt: formatShanghaiIso(now) });
        ctx.stats.event('sms', 'messageSent');
      }
      if (outbox.length > OUTBOX_LIMIT) outbox.length = OUTBOX_LIMIT;
      return reply.type(JSON_TYPE).send({ Code: 'OK', Message: 'OK', RequestId: rid, BizId: bizId });
    });
  });

  // Test and demo helper, outside the signed gateway: only with the control API on.
  if (!ctx.controlEnabled) return;
  app.get('/sms/outbox', async (request, reply) => {
    const phone = queryParam(request.query, 'phone');
    if (phone === null) return reply.code(400).send({ error: 'invalid_query', message: 'phone given more than once' });
    return { messages: phone === undefined ? outbox : outbox.filter((m) => m.phone === phone) };
  });
  app.delete('/sms/outbox', async () => {
    outbox = [];
    return { messages: [] };
  });
}
