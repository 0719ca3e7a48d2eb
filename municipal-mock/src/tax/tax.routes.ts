import type { FastifyInstance, FastifyReply } from 'fastify';
import type { PlatformContext } from '../platform/context.js';
import { queryParam } from '../platform/query.js';
import { registerUpstream, type Dialect } from '../platform/upstream.js';
import { idParam } from '../shebao/common.js';
import { TAX_YEARS, taxYear } from './model.js';

/**
 * Personal income tax (national system, the same for both cities: 自然人电子税务局 style).
 * JSON {"code":"000000","msg":"成功","body":{…}}; amounts are **strings in yuan** with 2 decimals;
 * Chinese labels next to codes. Tax years 2023-2025.
 */
const JSON_TYPE = 'application/json; charset=utf-8';

const dialect: Dialect = {
  service: 'tax',
  prefix: '/tax',
  contentType: JSON_TYPE,
  systemError: () => ({ statusCode: 503, body: { code: '999999', msg: '系统繁忙，请稍后重试', body: null } }),
  routeNotFound: () => ({ statusCode: 404, body: { code: '404000', msg: '接口不存在', body: null } }),
};

const yuan = (fen: number): string => (fen / 100).toFixed(2);
const INCOME_LABEL = { wages: '工资薪金', labour: '劳务报酬', author: '稿酬所得' } as const;
const DEDUCTION_LABEL = {
  infantCare: '3岁以下婴幼儿照护',
  childEducation: '子女教育',
  elderlySupport: '赡养老人',
  housingRent: '住房租金',
} as const;
const OUTCOME = {
  refund: { code: '1', label: '申请退税' },
  due: { code: '2', label: '需补税' },
  waived: { code: '3', label: '无需补税（符合免予办理条件）' },
  none: { code: '0', label: '无需退补税' },
} as const;

export function registerTax(app: FastifyInstance, ctx: PlatformContext): void {
  registerUpstream(app, ctx, dialect, (scope) => {
    const ok = (reply: FastifyReply, body: unknown) => reply.type(JSON_TYPE).send({ code: '000000', msg: '成功', body });
    const fail = (reply: FastifyReply, code: string, msg: string) => reply.type(JSON_TYPE).send({ code, msg, body: null });
    type Lookup = { error: readonly [string, string] } | { data: NonNullable<ReturnType<typeof taxYear>> };
    const lookup = (query: unknown): Lookup => {
      const id = idParam(queryParam(query, 'zjhm'));
      const year = queryParam(query, 'nd');
      if (!id) return { error: ['100001', '参数错误：zjhm'] as const };
      if (!year || !(TAX_YEARS as readonly number[]).includes(Number(year)) || !/^\d{4}$/.test(year)) {
        return { error: ['100001', `参数错误：nd（可查询 ${TAX_YEARS.join('、')} 年度）`] as const };
      }
      const data = taxYear(id, Number(year));
      return data ? { data } : { error: ['200001', '未查询到纳税人信息'] as const };
    };

    scope.get('/income/summary', async (request, reply) => {
      const found = lookup(request.query);
      if ('error' in found) return fail(reply, found.error[0], found.error[1]);
      const { data } = found;
      return ok(reply, {
        nd: String(data.year),
        xm: data.persona.name,
        items: data.items.map((i) => ({
          sdxm: i.type,
          sdxmmc: INCOME_LABEL[i.type],
          sre: yuan(i.income),
          ykjse: yuan(i.withheld),
          cs: i.payments,
        })),
        sreTotal: yuan(data.items.reduce((s, i) => s + i.income, 0)),
        ykjseTotal: yuan(data.taxWithheld),
      });
    });

    scope.get('/annual/reconciliation', async (request, reply) => {
      const found = lookup(request.query);
      if ('error' in found) return fail(reply, found.error[0], found.error[1]);
      const { data } = found;
      return ok(reply, {
        nd: String(data.year),
        xm: data.persona.name,
        zhsd: yuan(data.comprehensiveIncome),
        jbjcfy: yuan(6_000_000),
        zxkc: yuan(data.specialDeductions),
        zxfjkc: data.additional.map((d) => ({ lx: d.kind, mc: DEDUCTION_LABEL[d.kind], je: yuan(d.amount) })),
        ynssde: yuan(data.taxableIncome),
        ynse: yuan(data.taxPayable),
        yjse: yuan(data.taxWithheld),
        ybtse: yuan(data.balance),
        jg: OUTCOME[data.outcome].code,
        jgmc: OUTCOME[data.outcome].label,
      });
    });
  });
}
