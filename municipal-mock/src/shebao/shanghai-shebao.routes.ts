import type { FastifyInstance, FastifyReply } from 'fastify';
import type { PlatformContext } from '../platform/context.js';
import { queryParam } from '../platform/query.js';
import { formatShanghaiDateTime } from '../platform/time.js';
import { jsonObject, registerUpstream, type Dialect } from '../platform/upstream.js';
import { YEAR, businessMonth, idParam, residentPersona, residentStatus, residentYearAllowed } from './common.js';
import { ResidentPayments, contributions, findAccount, residentCategory, yearlyTotals } from './model.js';

/**
 * Shanghai social insurance dialect: {code: "0", message, data}, business errors HTTP 200 with
 * their own code, camelCase English fields, amounts in **yuan** (numbers, 2 decimals), months yyyy-MM.
 */
const JSON_TYPE = 'application/json; charset=utf-8';

const dialect: Dialect = {
  service: 'shanghai-shebao',
  prefix: '/shanghai/shebao',
  contentType: JSON_TYPE,
  systemError: () => ({ statusCode: 503, body: { code: '9999', message: '系统繁忙，请稍后再试', data: null } }),
  routeNotFound: () => ({ statusCode: 404, body: { code: '404', message: '接口不存在', data: null } }),
};

const yuan = (fen: number): number => Math.round(fen) / 100;
const CATEGORY = { adult: '成年居民', senior: '60周岁以上居民', child: '中小学生和婴幼儿' } as const;

export function registerShanghaiShebao(app: FastifyInstance, ctx: PlatformContext): void {
  const payments = new ResidentPayments();
  ctx.resetHooks.push(() => payments.clear());

  registerUpstream(app, ctx, dialect, (scope) => {
    const ok = (reply: FastifyReply, data: unknown) => reply.type(JSON_TYPE).send({ code: '0', message: '成功', data });
    const fail = (reply: FastifyReply, code: string, message: string) =>
      reply.type(JSON_TYPE).send({ code, message, data: null });

    scope.get('/account', async (request, reply) => {
      const id = idParam(queryParam(request.query, 'idNumber'));
      if (!id) return fail(reply, '1002', '参数错误：idNumber');
      const account = findAccount(id, 'shanghai', businessMonth(ctx.clock.now()));
      if (!account) return fail(reply, '1001', '未查询到参保信息');
      return ok(reply, {
        name: account.persona.name,
        idNumber: account.persona.idNumber,
        insuredType: account.insuredType,
        status: account.status,
        employer: account.employer,
        paymentBase: yuan(account.paymentBase),
        monthsPaid: account.monthsPaid,
        insuredSince: account.insuredSince,
      });
    });

    scope.get('/contributions', async (request, reply) => {
      const id = idParam(queryParam(request.query, 'idNumber'));
      const year = queryParam(request.query, 'year');
      if (!id) return fail(reply, '1002', '参数错误：idNumber');
      if (!year || !YEAR.test(year)) return fail(reply, '1002', '参数错误：year');
      const now = businessMonth(ctx.clock.now());
      const account = findAccount(id, 'shanghai', now);
      if (!account) return fail(reply, '1001', '未查询到参保信息');
      const months = contributions(account, Number(year), now);
      return ok(reply, {
        year: Number(year),
        months: months.map((m) => ({
          month: m.month,
          paymentBase: yuan(m.base),
          pension: { personal: yuan(m.items.pension.personal), employer: yuan(m.items.pension.employer) },
          medical: { personal: yuan(m.items.medical.personal), employer: yuan(m.items.medical.employer) },
          unemployment: { personal: yuan(m.items.unemployment.personal), employer: yuan(m.items.unemployment.employer) },
          workInjury: { personal: yuan(m.items.workInjury.personal), employer: yuan(m.items.workInjury.employer) },
          maternity: { personal: yuan(m.items.maternity.personal), employer: yuan(m.items.maternity.employer) },
          personalTotal: yuan(m.personal),
          employerTotal: yuan(m.employer),
        })),
        personalTotal: yuan(months.reduce((s, m) => s + m.personal, 0)),
        employerTotal: yuan(months.reduce((s, m) => s + m.employer, 0)),
      });
    });

    scope.get('/yearly', async (request, reply) => {
      const id = idParam(queryParam(request.query, 'idNumber'));
      if (!id) return fail(reply, '1002', '参数错误：idNumber');
      const now = businessMonth(ctx.clock.now());
      const account = findAccount(id, 'shanghai', now);
      if (!account) return fail(reply, '1001', '未查询到参保信息');
      return ok(reply, {
        years: yearlyTotals(account, now).map((y) => ({
          year: y.year,
          monthsPaid: y.months,
          personalTotal: yuan(y.personal),
          employerTotal: yuan(y.employer),
        })),
      });
    });

    const residentView = (persona: Exclude<ReturnType<typeof residentPersona>, string>, year: number) => {
      const status = residentStatus(payments, persona, year, businessMonth(ctx.clock.now()).year);
      return {
        idNumber: persona.idNumber,
        name: persona.name,
        year,
        category: CATEGORY[residentCategory(persona, year)],
        amountDue: yuan(status.amountDue),
        status: status.paid ? '已缴费' : '未缴费',
        tradeNo: status.payment?.tradeNo ?? null,
        paidAt: status.payment ? formatShanghaiDateTime(status.payment.paidAt) : null,
      };
    };

    scope.get('/resident-medical', async (request, reply) => {
      const id = idParam(queryParam(request.query, 'idNumber'));
      const year = queryParam(request.query, 'year');
      if (!id) return fail(reply, '1002', '参数错误：idNumber');
      if (!year || !YEAR.test(year) || !residentYearAllowed(Number(year), businessMonth(ctx.clock.now()).year)) {
        return fail(reply, '1002', '参数错误：year');
      }
      const persona = residentPersona(id, 'shanghai');
      if (persona === 'not_found') return fail(reply, '1001', '未查询到参保信息');
      if (persona === 'not_resident') return fail(reply, '1003', '该人员参加职工医保，无需缴纳城乡居民医保');
      return ok(reply, residentView(persona, Number(year)));
    });

    scope.post('/resident-medical/payments', async (request, reply) => {
      const body = jsonObject(request);
      if (!body) return fail(reply, '1002', '参数错误：请求体必须是 JSON 对象');
      const id = idParam(typeof body.idNumber === 'string' ? body.idNumber : undefined);
      const { year, tradeNo, amount } = body;
      const nowYear = businessMonth(ctx.clock.now()).year;
      if (!id) return fail(reply, '1002', '参数错误：idNumber');
      if (typeof year !== 'number' || !Number.isInteger(year) || year < nowYear || year > nowYear + 1) {
        return fail(reply, '1002', '参数错误：year');
      }
      if (typeof tradeNo !== 'string' || !/^[A-Za-z0-9_-]{6,64}$/.test(tradeNo)) return fail(reply, '1002', '参数错误：tradeNo');
      if (typeof amount !== 'number' || !Number.isFinite(amount)) return fail(reply, '1002', '参数错误：amount');
      const persona = residentPersona(id, 'shanghai');
      if (persona === 'not_found') return fail(reply, '1001', '未查询到参保信息');
      if (persona === 'not_resident') return fail(reply, '1003', '该人员参加职工医保，无需缴纳城乡居民医保');
      const due = residentStatus(payments, persona, year, nowYear).amountDue;
      if (Math.round(amount * 100) !== due) return fail(reply, '1006', `缴费金额不符，应缴 ${yuan(due).toFixed(2)} 元`);
      const result = payments.record({ idNumber: id, year, tradeNo, amount: due, paidAt: ctx.clock.now() });
      if (result.outcome === 'trade_no_conflict') return fail(reply, '1004', '交易流水号已被使用');
      if (result.outcome === 'already_paid') return fail(reply, '1005', '该年度已缴费');
      if (result.outcome === 'created') ctx.stats.event('shanghai-shebao', 'residentPaymentRecorded');
      return ok(reply, residentView(persona, year));
    });
  });
}

