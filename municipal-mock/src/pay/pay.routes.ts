import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from '../platform/context.js';
import { toShanghaiTime } from '../platform/time.js';
import { INVALID_JSON, jsonBody, registerUpstream, type Dialect } from '../platform/upstream.js';

/**
 * Payment service in the style of WeChat Pay v2 (JSON instead of XML): amounts in fen,
 * {return_code: "SUCCESS" | "FAIL", err_code, err_code_des}, times yyyyMMddHHmmss (Shanghai).
 * Orders are idempotent by out_trade_no: same amount → the same order; other amount → OUT_TRADE_NO_USED.
 * Every payment succeeds at once (trade_state SUCCESS). Stats event "orderCreated" counts new orders.
 */
const JSON_TYPE = 'application/json; charset=utf-8';

const dialect: Dialect = {
  service: 'pay',
  prefix: '/pay',
  contentType: JSON_TYPE,
  systemError: () => ({
    statusCode: 500,
    body: { return_code: 'FAIL', err_code: 'SYSTEMERROR', err_code_des: '系统超时，请稍后重试' },
  }),
  routeNotFound: () => ({
    statusCode: 404,
    body: { return_code: 'FAIL', err_code: 'NOT_FOUND', err_code_des: '接口不存在' },
  }),
};

export interface PayOrder {
  return_code: 'SUCCESS';
  out_trade_no: string;
  trade_no: string;
  trade_state: 'SUCCESS';
  total_fee: number;
  body: string;
  payer_id: string;
  time_end: string;
}

const OUT_TRADE_NO = /^[A-Za-z0-9_-]{6,32}$/;
const MAX_FEE = 100_000_000; // 1,000,000.00 元

const pad = (n: number) => String(n).padStart(2, '0');
export function formatCompact(epochMs: number): string {
  const t = toShanghaiTime(epochMs);
  return `${t.year}${pad(t.month)}${pad(t.day)}${pad(t.hour)}${pad(t.minute)}${pad(t.second)}`;
}

/** 4200 + yyyyMMdd + 16 digits derived from out_trade_no: 28 digits, deterministic. */
function tradeNo(outTradeNo: string, timeEnd: string): string {
  const digits = BigInt(`0x${createHash('sha256').update(outTradeNo).digest('hex').slice(0, 15)}`)
    .toString()
    .padStart(16, '0')
    .slice(-16);
  return `4200${timeEnd.slice(0, 8)}${digits}`;
}

export function registerPay(app: FastifyInstance, ctx: PlatformContext): void {
  const orders = new Map<string, PayOrder>();
  ctx.resetHooks.push(() => orders.clear());

  registerUpstream(app, ctx, dialect, (scope) => {
    const fail = (err_code: string, err_code_des: string) => ({ return_code: 'FAIL', err_code, err_code_des });

    scope.post('/v1/orders', async (request, reply) => {
      const body = jsonBody(request);
      if (body === INVALID_JSON || typeof body !== 'object' || body === null || Array.isArray(body)) {
        return reply.type(JSON_TYPE).send(fail('PARAM_ERROR', '请求体必须是 JSON 对象'));
      }
      const { out_trade_no, total_fee, body: title, payer_id } = body as Record<string, unknown>;
      if (typeof out_trade_no !== 'string' || !OUT_TRADE_NO.test(out_trade_no)) {
        return reply.type(JSON_TYPE).send(fail('PARAM_ERROR', 'out_trade_no 须为 6-32 位字母、数字、_ 或 -'));
      }
      if (typeof total_fee !== 'number' || !Number.isInteger(total_fee) || total_fee < 1 || total_fee > MAX_FEE) {
        return reply.type(JSON_TYPE).send(fail('PARAM_ERROR', `total_fee 须为 1-${MAX_FEE} 的整数（分）`));
      }
      if (typeof title !== 'string' || title.length < 1 || title.length > 128) {
        return reply.type(JSON_TYPE).send(fail('PARAM_ERROR', 'body 须为 1-128 个字符'));
      }
      if (typeof payer_id !== 'string' || payer_id.length < 1 || payer_id.length > 64) {
        return reply.type(JSON_TYPE).send(fail('PARAM_ERROR', 'payer_id 须为 1-64 个字符'));
      }
      const existing = orders.get(out_trade_no);
      if (existing) {
        if (existing.total_fee !== total_fee) {
          return reply.type(JSON_TYPE).send(fail('OUT_TRADE_NO_USED', '商户订单号重复，且金额不同'));
        }
        return reply.type(JSON_TYPE).send(existing);
      }
      const timeEnd = formatCompact(ctx.clock.now());
      const order: PayOrder = {
        return_code: 'SUCCESS',
        out_trade_no,
        trade_no: tradeNo(out_trade_no, timeEnd),
        trade_state: 'SUCCESS',
        total_fee,
        body: title,
        payer_id,
        time_end: timeEnd,
      };
      orders.set(out_trade_no, order);
      ctx.stats.event('pay', 'orderCreated');
      return reply.type(JSON_TYPE).send(order);
    });

    scope.get<{ Params: { out_trade_no: string } }>('/v1/orders/:out_trade_no', async (request, reply) => {
      const order = orders.get(request.params.out_trade_no);
      return reply.type(JSON_TYPE).send(order ?? fail('ORDERNOTEXIST', '此交易订单号不存在'));
    });
  });
}
