import type { FastifyInstance, FastifyReply } from 'fastify';
import type { PlatformContext } from '../platform/context.js';
import { queryParam } from '../platform/query.js';
import { toShanghaiTime } from '../platform/time.js';
import { jsonObject, registerUpstream, type Dialect } from '../platform/upstream.js';
import { YEAR, businessMonth, idParam, residentPersona, residentStatus, residentYearAllowed } from './common.js';
import { INSURANCES, ResidentPayments, contributions, findAccount, residentCategory, yearlyTotals, type Insurance } from './model.js';

/**
 * Chengdu social insurance dialect (天府蓉易办 style): {flag: "1", msg, result | rows}; errors flag "0"
 * with errcode "E…"; pinyin-initial field names with the national codes (aac002 identity number,
 * aae140 insurance type 110/310/210/410/510), amounts in **fen** (integers), months **yyyyMM**.
 */
const JSON_TYPE = 'application/json; charset=utf-8';

const dialect: Dialect = {
  service: 'chengdu-shebao',
  prefix: '/chengdu/shebao',
  contentType: JSON_TYPE,
  systemError: () => ({ statusCode: 500, body: { flag: '0', errcode: 'E9999', msg: '系统异常' } }),
  routeNotFound: () => ({ statusCode: 404, body: { flag: '0', errcode: 'E0404', msg: '服务不存在' } }),
};

const INSURANCE_CODES: Record<Insurance, { code: string; name: string }> = {
  pension: { code: '110', name: '企业职工基本养老保险' },
  medical: { code: '310', name: '职工基本医疗保险' },
  unemployment: { code: '210', name: '失业保险' },
  workInjury: { code: '410', name: '工伤保险' },
  maternity: { code: '510', name: '生育保险' },
};
const CATEGORY = { adult: '成年居民', senior: '成年居民', child: '未成年人' } as const;
const compactMonth = (ym: string): string => ym.replace('-', '');
const compactTime = (epochMs: number): string => {
  const t = toShanghaiTime(epochMs);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${t.year}${p(t.month)}${p(t.day)}${p(t.hour)}${p(t.minute)}${p(t.second)}`;
};

export function registerChengduShebao(app: FastifyInstance, ctx: PlatformContext): void {
  const payments = new ResidentPayments();
  ctx.resetHooks.push(() => payments.clear());

  registerUpstream(app, ctx, dialect, (scope) => {
    const ok = (reply: FastifyReply, payload: Record<string, unknown>) =>
      reply.type(JSON_TYPE).send({ flag: '1', msg: '查询成功', ...payload });
    const fail = (reply: FastifyReply, errcode: string, msg: string) => reply.type(JSON_TYPE).send({ flag: '0', errcode, msg });

    scope.get('/cbxx', async (request, reply) => {
      const id = idParam(queryParam(request.query, 'aac002'));
      if (!id) return fail(reply, 'E1002', '参数错误：aac002');
      const account = findAccount(id, 'chengdu', businessMonth(ctx.clock.now()));
      if (!account) return fail(reply, 'E1001', '无参保记录');
      return ok(reply, {
        result: {
          aac002: account.persona.idNumber,
          aac003: account.persona.name,
          cblx: account.insuredType,
          cbzt: account.status,
          dwmc: account.employer ?? '',
          jfjs: account.paymentBase,
          ljjfys: account.monthsPaid,
          scbrq: compactMonth(account.insuredSince),
        },
      });
    });

    scope.get('/jfmx', async (request, reply) => {
      const id = idParam(queryParam(request.query, 'aac002'));
      const nd = queryParam(request.query, 'nd');
      if (!id) return fail(reply, 'E1002', '参数错误：aac002');
      if (!nd || !YEAR.test(nd)) return fail(reply, 'E1002', '参数错误：nd');
      const now = businessMonth(ctx.clock.now());
      const account = findAccount(id, 'chengdu', now);
      if (!account) return fail(reply, 'E1001', '无参保记录');
      const rows = contributions(account, Number(nd), now).flatMap((m) =>
        INSURANCES.filter((insurance) => insurance !== 'maternity').map((insurance) => ({
          ssq: compactMonth(m.month),
          aae140: INSURANCE_CODES[insurance].code,
          xzmc: INSURANCE_CODES[insurance].name,
          jfjs: m.base,
          grjf: m.items[insurance].personal,
          dwjf: m.items[insurance].employer,
        })),
      );
      return ok(reply, { total: rows.length, rows });
    });

    scope.get('/ndhz', async (request, reply) => {
      const id = idParam(queryParam(request.query, 'aac002'));
      if (!id) return fail(reply, 'E1002', '参数错误：aac002');
      const now = businessMonth(ctx.clock.now());
      const account = findAccount(id, 'chengdu', now);
      if (!account) return fail(reply, 'E1001', '无参保记录');
      const rows = yearlyTotals(account, now).map((y) => ({ nd: String(y.year), jfys: y.months, grjf: y.personal, dwjf: y.employer }));
      return ok(reply, { total: rows.length, rows });
    });

    const residentView = (persona: Exclude<ReturnType<typeof residentPersona>, string>, year: number) => {
      const status = residentStatus(payments, persona, year, businessMonth(ctx.clock.now()).year);
      return {
        aac002: persona.idNumber,
        aac003: persona.name,
        nd: String(year),
        rylb: CATEGORY[residentCategory(persona, year)],
        yjje: status.amountDue,
        jfzt: status.paid ? '1' : '0',
        jylsh: status.payment?.tradeNo ?? '',
        jfsj: status.payment ? compactTime(status.payment.paidAt) : '',
      };
    };

    scope.get('/jmyb', async (request, reply) => {
      const id = idParam(queryParam(request.query, 'aac002'));
      const nd = queryParam(request.query, 'nd');
      if (!id) return fail(reply, 'E1002', '参数错误：aac002');
      if (!nd || !YEAR.test(nd) || !residentYearAllowed(Number(nd), businessMonth(ctx.clock.now()).year)) {
        return fail(reply, 'E1002', '参数错误：nd');
      }
      const persona = residentPersona(id, 'chengdu');
      if (persona === 'not_found') return fail(reply, 'E1001', '无参保记录');
      if (persona === 'not_resident') return fail(reply, 'E1003', '职工医保参保人员不能参加城乡居民医保');
      return ok(reply, { result: residentView(persona, Number(nd)) });
    });

    scope.post('/jmyb/jf', async (request, reply) => {
      const body = jsonObject(request);
      if (!body) return fail(reply, 'E1002', '参数错误：请求体必须是 JSON 对象');
      const id = idParam(typeof body.aac002 === 'string' ? body.aac002 : undefined);
      const { nd, jylsh, je } = body;
      const nowYear = businessMonth(ctx.clock.now()).year;
      if (!id) return fail(reply, 'E1002', '参数错误：aac002');
      if (typeof nd !== 'string' || !YEAR.test(nd) || Number(nd) < nowYear || Number(nd) > nowYear + 1) {
        return fail(reply, 'E1002', '参数错误：nd');
      }
      if (typeof jylsh !== 'string' || !/^[A-Za-z0-9_-]{6,64}$/.test(jylsh)) return fail(reply, 'E1002', '参数错误：jylsh');
      if (typeof je !== 'number' || !Number.isInteger(je)) return fail(reply, 'E1002', '参数错误：je');
      const persona = residentPersona(id, 'chengdu');
      if (persona === 'not_found') return fail(reply, 'E1001', '无参保记录');
      if (persona === 'not_resident') return fail(reply, 'E1003', '职工医保参保人员不能参加城乡居民医保');
      const year = Number(nd);
      const due = residentStatus(payments, persona, year, nowYear).amountDue;
      if (je !== due) return fail(reply, 'E1006', `缴费金额不符，应缴${due}分`);
      const result = payments.record({ idNumber: id, year, tradeNo: jylsh, amount: due, paidAt: ctx.clock.now() });
      if (result.outcome === 'trade_no_conflict') return fail(reply, 'E1004', '交易流水号重复');
      if (result.outcome === 'already_paid') return fail(reply, 'E1005', '该年度已缴费');
      if (result.outcome === 'created') ctx.stats.event('chengdu-shebao', 'residentPaymentRecorded');
      return ok(reply, { msg: '缴费成功', result: residentView(persona, year) });
    });
  });
}
