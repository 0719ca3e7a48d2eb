import type { FastifyInstance, FastifyReply } from 'fastify';
import { XMLBuilder } from 'fast-xml-parser';
import type { PlatformContext } from '../platform/context.js';
import { queryParam } from '../platform/query.js';
import { registerUpstream, type Dialect, type DialectResponse } from '../platform/upstream.js';
import { businessMonth, idParam } from '../shebao/common.js';
import { FUND_RULES, findFundAccount } from './model.js';

/**
 * Housing provident fund.
 * Shanghai (/shanghai/gjj): JSON {success, errorCode, errorMsg, result}; amounts as **strings in yuan**
 *   with 2 decimals ("1234.00"); months yyyy-MM; rates as "7%".
 * Chengdu (/chengdu/gjj): **XML** <Response><Code>0</Code><Message>成功</Message>…</Response>, amounts
 *   in **fen**, months yyyyMM, rates as decimals (0.12).
 */
const JSON_TYPE = 'application/json; charset=utf-8';
const XML_TYPE = 'application/xml; charset=utf-8';

const shanghaiDialect: Dialect = {
  service: 'shanghai-gjj',
  prefix: '/shanghai/gjj',
  contentType: JSON_TYPE,
  systemError: () => ({ statusCode: 503, body: { success: false, errorCode: 'SYS_BUSY', errorMsg: '系统繁忙', result: null } }),
  routeNotFound: () => ({ statusCode: 404, body: { success: false, errorCode: 'NOT_FOUND', errorMsg: '接口不存在', result: null } }),
};

const builder = new XMLBuilder({ format: false, suppressEmptyNode: false });
const xml = (response: Record<string, unknown>): string =>
  `<?xml version="1.0" encoding="UTF-8"?>${builder.build({ Response: response }) as string}`;
const xmlError = (statusCode: number, code: number, message: string): DialectResponse => ({
  statusCode,
  body: xml({ Code: code, Message: message }),
});

const chengduDialect: Dialect = {
  service: 'chengdu-gjj',
  prefix: '/chengdu/gjj',
  contentType: XML_TYPE,
  systemError: () => xmlError(500, 500, '系统内部错误'),
  routeNotFound: () => xmlError(404, 404, '接口不存在'),
};

const yuanText = (fen: number): string => (fen / 100).toFixed(2);
const compact = (ym: string): string => ym.replace('-', '');

export function registerGjj(app: FastifyInstance, ctx: PlatformContext): void {
  registerUpstream(app, ctx, shanghaiDialect, (scope) => {
    const ok = (reply: FastifyReply, result: unknown) =>
      reply.type(JSON_TYPE).send({ success: true, errorCode: null, errorMsg: null, result });
    const fail = (reply: FastifyReply, errorCode: string, errorMsg: string) =>
      reply.type(JSON_TYPE).send({ success: false, errorCode, errorMsg, result: null });
    const lookup = (query: unknown) => {
      const id = idParam(queryParam(query, 'zjhm'));
      if (!id) return 'bad' as const;
      return findFundAccount(id, 'shanghai', businessMonth(ctx.clock.now())) ?? ('none' as const);
    };

    scope.get('/account', async (request, reply) => {
      const account = lookup(request.query);
      if (account === 'bad') return fail(reply, 'PARAM_INVALID', '证件号码格式错误');
      if (account === 'none') return fail(reply, 'ACCOUNT_NOT_FOUND', '未查询到公积金账户');
      return ok(reply, {
        name: account.persona.name,
        accountNo: account.accountNo,
        status: account.status,
        openedOn: account.openedOn,
        balance: yuanText(account.balance),
        depositBase: yuanText(account.base),
        personalRate: `${account.ratePercent}%`,
        employerRate: `${account.ratePercent}%`,
        monthlyPersonal: yuanText(account.monthlyPersonal),
        monthlyEmployer: yuanText(account.monthlyEmployer),
        monthlyTotal: yuanText(account.monthlyPersonal + account.monthlyEmployer),
        lastDepositMonth: account.lastDepositMonth,
      });
    });

    scope.get('/deposits', async (request, reply) => {
      const account = lookup(request.query);
      if (account === 'bad') return fail(reply, 'PARAM_INVALID', '证件号码格式错误');
      if (account === 'none') return fail(reply, 'ACCOUNT_NOT_FOUND', '未查询到公积金账户');
      return ok(reply, {
        records: account.history.map((m) => ({
          month: m.month,
          type: '汇缴',
          personal: yuanText(m.personal),
          employer: yuanText(m.employer),
          total: yuanText(m.personal + m.employer),
        })),
      });
    });

    // 年度对账单: one statement per calendar year, newest first, like the deposits.
    scope.get('/statements', async (request, reply) => {
      const account = lookup(request.query);
      if (account === 'bad') return fail(reply, 'PARAM_INVALID', '证件号码格式错误');
      if (account === 'none') return fail(reply, 'ACCOUNT_NOT_FOUND', '未查询到公积金账户');
      return ok(reply, {
        statements: [...account.years].reverse().map((y) => ({
          year: String(y.year),
          endMonth: y.through,
          openingBalance: yuanText(y.opening),
          deposited: yuanText(y.deposits),
          interest: yuanText(y.interest),
          withdrawn: yuanText(y.withdrawals),
          closingBalance: yuanText(y.closing),
        })),
      });
    });

    scope.get('/loan-rules', async (_request, reply) => {
      const loan = FUND_RULES.shanghai.loan;
      return ok(reply, {
        maxLoan: {
          firstHome: { single: yuanText(loan.maxAmount.singleEarner * 100), family: yuanText(loan.maxAmount.twoEarners * 100) },
          secondHome: {
            single: yuanText(loan.secondHomeMaxAmount.singleEarner * 100),
            family: yuanText(loan.secondHomeMaxAmount.twoEarners * 100),
          },
        },
        balanceMultiple: loan.balanceMultiple,
        maxTermYears: loan.maxYears,
        minDepositMonths: loan.minDepositMonths,
        rates: loan.rates.map((r) => ({
          home: r.home === 'first' ? '首套' : '二套',
          term: r.maxYears === 5 ? '5年以下(含)' : '5年以上',
          rate: `${r.rate}%`,
        })),
      });
    });
  });

  registerUpstream(app, ctx, chengduDialect, (scope) => {
    const send = (reply: FastifyReply, response: DialectResponse) =>
      reply.code(response.statusCode).type(XML_TYPE).send(response.body);
    const ok = (reply: FastifyReply, data: Record<string, unknown>) =>
      send(reply, { statusCode: 200, body: xml({ Code: 0, Message: '成功', ...data }) });
    const lookup = (query: unknown) => {
      const id = idParam(queryParam(query, 'sfzh'));
      if (!id) return 'bad' as const;
      return findFundAccount(id, 'chengdu', businessMonth(ctx.clock.now())) ?? ('none' as const);
    };

    scope.get('/GrzhQuery', async (request, reply) => {
      const account = lookup(request.query);
      if (account === 'bad') return send(reply, xmlError(400, 1002, '参数错误：sfzh'));
      if (account === 'none') return send(reply, xmlError(404, 1001, '个人账户不存在'));
      return ok(reply, {
        Account: {
          Grzh: account.accountNo,
          Xm: account.persona.name,
          Zhzt: account.status,
          Khrq: account.openedOn.replaceAll('-', ''),
          Ye: account.balance,
          Jcjs: account.base,
          Grjcbl: account.ratePercent / 100,
          Dwjcbl: account.ratePercent / 100,
          Gryjce: account.monthlyPersonal,
          Dwyjce: account.monthlyEmployer,
          Yjce: account.monthlyPersonal + account.monthlyEmployer,
          Zhjcny: account.lastDepositMonth ? compact(account.lastDepositMonth) : '',
        },
      });
    });

    scope.get('/JcmxQuery', async (request, reply) => {
      const account = lookup(request.query);
      if (account === 'bad') return send(reply, xmlError(400, 1002, '参数错误：sfzh'));
      if (account === 'none') return send(reply, xmlError(404, 1001, '个人账户不存在'));
      return ok(reply, {
        Total: account.history.length,
        Records: {
          Record: account.history.map((m) => ({
            Jcny: compact(m.month),
            Ywlx: '汇缴',
            Grjce: m.personal,
            Dwjce: m.employer,
            Fse: m.personal + m.employer,
          })),
        },
      });
    });

    // 年度结转查询: one record per calendar year, oldest first.
    scope.get('/NdjzQuery', async (request, reply) => {
      const account = lookup(request.query);
      if (account === 'bad') return send(reply, xmlError(400, 1002, '参数错误：sfzh'));
      if (account === 'none') return send(reply, xmlError(404, 1001, '个人账户不存在'));
      return ok(reply, {
        Total: account.years.length,
        Records: {
          Record: account.years.map((y) => ({
            Nd: y.year,
            Jzny: compact(y.through),
            Qcye: y.opening,
            Bnjce: y.deposits,
            Bnlx: y.interest,
            Bntqe: y.withdrawals,
            Qmye: y.closing,
          })),
        },
      });
    });

    scope.get('/DkzcQuery', async (_request, reply) => {
      const loan = FUND_RULES.chengdu.loan;
      return ok(reply, {
        Policy: {
          SingleMax: loan.maxAmount.singleEarner * 100,
          CoupleMax: loan.maxAmount.twoEarners * 100,
          SecondSingleMax: loan.secondHomeMaxAmount.singleEarner * 100,
          SecondCoupleMax: loan.secondHomeMaxAmount.twoEarners * 100,
          BalanceMultiple: loan.balanceMultiple,
          MaxYears: loan.maxYears,
          MinDepositMonths: loan.minDepositMonths,
          Rates: {
            Rate: loan.rates.map((r) => ({ Home: r.home === 'first' ? 1 : 2, MaxYears: r.maxYears, Value: Number((r.rate / 100).toFixed(5)) })),
          },
        },
      });
    });
  });
}
