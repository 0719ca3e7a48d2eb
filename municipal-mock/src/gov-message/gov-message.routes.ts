import type { FastifyInstance, FastifyReply } from 'fastify';
import type { PlatformContext } from '../platform/context.js';
import { queryParam } from '../platform/query.js';
import { formatShanghaiDateTime, toShanghaiTime } from '../platform/time.js';
import { INVALID_JSON, jsonBody, registerUpstream, type Dialect } from '../platform/upstream.js';

/**
 * The national government message channel (国家政务服务平台 留言, "我向总理说句话"), signed,
 * in the national platform's dialect: pinyin-initial field names, every business answer HTTP 200
 * with {ret (number, 0 = ok), msg (Chinese), data}. Messages are idempotent by `wbbh` (our
 * tracking number as the external reference): the same wbbh never makes a second message.
 * Status `slzt`: 01 已接收 → 02 已转办 → 03 已办结; tests move a message along with the control API.
 */
const JSON_TYPE = 'application/json; charset=utf-8';

const dialect: Dialect = {
  service: 'gov-message',
  prefix: '/gov-message',
  contentType: JSON_TYPE,
  systemError: () => ({ statusCode: 503, body: { ret: 9999, msg: '系统繁忙，请稍后再试', data: null } }),
  routeNotFound: () => ({ statusCode: 404, body: { ret: 404, msg: '接口不存在', data: null } }),
};

export const MESSAGE_TYPES: Readonly<Record<string, string>> = {
  '01': '咨询',
  '02': '建议',
  '03': '投诉',
  '04': '求助',
  '05': '举报',
  '06': '表扬',
};

export const STATUS_NAMES = { '01': '已接收', '02': '已转办', '03': '已办结' } as const;
export type Slzt = keyof typeof STATUS_NAMES;

/** Where the national channel transfers a message when the control API does not say. */
export const DEFAULT_TRANSFER_UNIT = '国务院办公厅督查室';

export interface GovMessage {
  lybh: string;
  wbbh: string;
  xm: string;
  lxdh: string;
  bt: string;
  nr: string;
  lylx: string;
  sfgk: '0' | '1';
  slzt: Slzt;
  /** `yyyy-MM-dd HH:mm:ss`, business clock, Shanghai time. */
  slsj: string;
  zbdw: string | null;
  zbsj: string | null;
  hfdw: string | null;
  hfnr: string | null;
  bjsj: string | null;
}

const WBBH = /^[A-Za-z0-9_-]{1,40}$/;
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;
const chars = (s: string): number => [...s].length;

type Validated = { ok: true; value: Omit<GovMessage, 'lybh' | 'slzt' | 'slsj' | 'zbdw' | 'zbsj' | 'hfdw' | 'hfnr' | 'bjsj'> } | { ok: false; ret: number; msg: string };

/** Checks the submission in the order of the README's table; the first problem wins. */
function validate(body: Record<string, unknown>): Validated {
  const text = (name: string, label: string, max: number): string | { ret: number; msg: string } => {
    const value = body[name];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      return { ret: 1001, msg: `缺少必填项：${name}（${label}）` };
    }
    if (typeof value !== 'string' || chars(value) > max) {
      return { ret: 1002, msg: `${name}（${label}）格式错误：须为不超过${max}个字符的字符串` };
    }
    return value;
  };
  const wbbh = body.wbbh;
  if (wbbh === undefined || wbbh === null || wbbh === '') return { ok: false, ret: 1001, msg: '缺少必填项：wbbh（外部编号）' };
  if (typeof wbbh !== 'string' || !WBBH.test(wbbh)) {
    return { ok: false, ret: 1002, msg: 'wbbh（外部编号）格式错误：须为1-40位字母、数字、_或-' };
  }
  const xm = text('xm', '姓名', 30);
  if (typeof xm !== 'string') return { ok: false, ...xm };
  const lxdh = text('lxdh', '联系电话', 20);
  if (typeof lxdh !== 'string') return { ok: false, ...lxdh };
  if (!MOBILE.test(lxdh) && !LANDLINE.test(lxdh)) {
    return { ok: false, ret: 1003, msg: 'lxdh（联系电话）格式错误：须为11位手机号码或带区号的固定电话' };
  }
  const bt = text('bt', '标题', 50);
  if (typeof bt !== 'string') return { ok: false, ...bt };
  const nr = text('nr', '留言内容', 2000);
  if (typeof nr !== 'string') return { ok: false, ...nr };
  const lylx = body.lylx;
  if (lylx === undefined || lylx === null || lylx === '') return { ok: false, ret: 1001, msg: '缺少必填项：lylx（留言类型）' };
  if (typeof lylx !== 'string' || !(lylx in MESSAGE_TYPES)) {
    return { ok: false, ret: 1004, msg: 'lylx（留言类型）不在代码表中：01咨询 02建议 03投诉 04求助 05举报 06表扬' };
  }
  const sfgk = body.sfgk;
  if (sfgk === undefined || sfgk === null || sfgk === '') return { ok: false, ret: 1001, msg: '缺少必填项：sfgk（是否公开）' };
  if (sfgk !== '0' && sfgk !== '1') return { ok: false, ret: 1002, msg: "sfgk（是否公开）格式错误：须为'1'或'0'" };
  return { ok: true, value: { wbbh, xm, lxdh, bt, nr, lylx, sfgk } };
}

const SAME_CONTENT_FIELDS = ['xm', 'lxdh', 'bt', 'nr', 'lylx', 'sfgk'] as const;

/** The public view of a message (GET): no name or phone. */
function publicView(m: GovMessage) {
  return {
    lybh: m.lybh,
    wbbh: m.wbbh,
    bt: m.bt,
    lylx: m.lylx,
    sfgk: m.sfgk,
    slzt: m.slzt,
    ztmc: STATUS_NAMES[m.slzt],
    slsj: m.slsj,
    zbdw: m.zbdw,
    zbsj: m.zbsj,
    hfdw: m.hfdw,
    hfnr: m.hfnr,
    bjsj: m.bjsj,
  };
}

export function registerGovMessage(app: FastifyInstance, ctx: PlatformContext): void {
  const byLybh = new Map<string, GovMessage>();
  const byWbbh = new Map<string, GovMessage>();
  let sequence = 0;
  ctx.resetHooks.push(() => {
    byLybh.clear();
    byWbbh.clear();
    sequence = 0;
  });

  registerUpstream(app, ctx, dialect, (scope) => {
    const send = (reply: FastifyReply, ret: number, msg: string, data: unknown) =>
      reply.type(JSON_TYPE).send({ ret, msg, data });

    scope.post('/api/messages', async (request, reply) => {
      const body = jsonBody(request);
      if (body === INVALID_JSON || typeof body !== 'object' || body === null || Array.isArray(body)) {
        return send(reply, 1000, '请求报文格式错误：须为 JSON 对象', null);
      }
      const checked = validate(body as Record<string, unknown>);
      if (!checked.ok) return send(reply, checked.ret, checked.msg, null);
      const input = checked.value;
      const existing = byWbbh.get(input.wbbh);
      if (existing) {
        if (SAME_CONTENT_FIELDS.some((field) => existing[field] !== input[field])) {
          return send(reply, 1009, '外部编号已使用，且留言内容不一致', { lybh: existing.lybh, slzt: existing.slzt });
        }
        return send(reply, 0, 'ok', { lybh: existing.lybh, slzt: existing.slzt, slsj: existing.slsj });
      }
      const now = ctx.clock.now();
      const t = toShanghaiTime(now);
      sequence += 1;
      const message: GovMessage = {
        lybh: `ZL${t.dateKey.replaceAll('-', '')}${String(sequence).padStart(6, '0')}`,
        ...input,
        slzt: '01',
        slsj: formatShanghaiDateTime(now),
        zbdw: null,
        zbsj: null,
        hfdw: null,
        hfnr: null,
        bjsj: null,
      };
      byLybh.set(message.lybh, message);
      byWbbh.set(message.wbbh, message);
      ctx.stats.event('gov-message', 'messageReceived');
      return send(reply, 0, 'ok', { lybh: message.lybh, slzt: message.slzt, slsj: message.slsj });
    });

    scope.get<{ Params: { lybh: string } }>('/api/messages/:lybh', async (request, reply) => {
      const message = byLybh.get(request.params.lybh);
      if (!message) return send(reply, 1404, '留言不存在', null);
      return send(reply, 0, 'ok', publicView(message));
    });
  });

  if (!ctx.controlEnabled) return;
  void app.register(
    async (scope) => {
      scope.setErrorHandler((error, _request, reply) =>
        reply.code(400).send({ error: 'invalid_body', message: error instanceof Error ? error.message : 'Bad body' }),
      );
      const optionalText = (value: unknown, max: number): string | undefined | false =>
        value === undefined || value === null
          ? undefined
          : typeof value === 'string' && value.trim() !== '' && chars(value) <= max
            ? value
            : false;

      scope.get('/messages', async (request, reply) => {
        const wbbh = queryParam(request.query, 'wbbh');
        if (wbbh === null) return reply.code(400).send({ error: 'invalid_query', message: 'wbbh given more than once' });
        const all = [...byLybh.values()].reverse();
        return { messages: wbbh === undefined ? all : all.filter((m) => m.wbbh === wbbh) };
      });

      scope.post<{ Params: { lybh: string } }>('/:lybh/transfer', async (request, reply) => {
        const message = byLybh.get(request.params.lybh);
        if (!message) return reply.code(404).send({ error: 'unknown_message', message: `No message "${request.params.lybh}"` });
        const unit = optionalText((request.body as { unit?: unknown } | undefined)?.unit, 50);
        if (unit === false) return reply.code(400).send({ error: 'invalid_body', message: 'Body must be {"unit"?: "<1-50 characters>"}' });
        if (message.slzt !== '01') {
          return reply.code(409).send({ error: 'invalid_state', message: `Message is ${message.slzt} ${STATUS_NAMES[message.slzt]}, not 01` });
        }
        message.slzt = '02';
        message.zbdw = unit ?? DEFAULT_TRANSFER_UNIT;
        message.zbsj = formatShanghaiDateTime(ctx.clock.now());
        return message;
      });

      scope.post<{ Params: { lybh: string } }>('/:lybh/reply', async (request, reply) => {
        const message = byLybh.get(request.params.lybh);
        if (!message) return reply.code(404).send({ error: 'unknown_message', message: `No message "${request.params.lybh}"` });
        const body = request.body as { text?: unknown; unit?: unknown } | undefined;
        const text = optionalText(body?.text, 2000);
        const unit = optionalText(body?.unit, 50);
        if (text === undefined || text === false || unit === false) {
          return reply
            .code(400)
            .send({ error: 'invalid_body', message: 'Body must be {"text": "<1-2000 characters>", "unit"?: "<1-50 characters>"}' });
        }
        if (message.slzt === '03') {
          return reply.code(409).send({ error: 'invalid_state', message: 'Message is 03 已办结 already' });
        }
        const now = formatShanghaiDateTime(ctx.clock.now());
        if (message.slzt === '01') {
          message.zbdw = unit ?? DEFAULT_TRANSFER_UNIT;
          message.zbsj = now;
        }
        message.slzt = '03';
        message.hfdw = unit ?? message.zbdw ?? DEFAULT_TRANSFER_UNIT;
        message.hfnr = text;
        message.bjsj = now;
        return message;
      });
    },
    { prefix: '/__control/gov-message' },
  );
}
