import type { FastifyInstance, FastifyReply } from 'fastify';
import type { PlatformContext } from '../platform/context.js';
import { queryParam } from '../platform/query.js';
import { registerUpstream, type Dialect } from '../platform/upstream.js';

/**
 * Shanghai school enrollment (义务教育入学, Shanghai only): 2026 policy per district and school look-up.
 * JSON {"rtnCode":"000","rtnMsg":"成功","data":{…}}; dates yyyy-MM-dd.
 */
const JSON_TYPE = 'application/json; charset=utf-8';

const dialect: Dialect = {
  service: 'shanghai-education',
  prefix: '/shanghai/education',
  contentType: JSON_TYPE,
  systemError: () => ({ statusCode: 503, body: { rtnCode: '999', rtnMsg: '系统繁忙', data: null } }),
  routeNotFound: () => ({ statusCode: 404, body: { rtnCode: '404', rtnMsg: '接口不存在', data: null } }),
};

export const DISTRICTS = ['黄浦区', '徐汇区', '长宁区', '静安区', '浦东新区'] as const;

/** City-wide 2026 timeline (illustrative, following the usual Shanghai calendar); districts add their own verification days. */
const KEY_DATES = [
  { item: '入学信息登记', start: '2026-04-07', end: '2026-04-20' },
  { item: '民办学校网上报名', start: '2026-05-09', end: '2026-05-20' },
  { item: '入学材料验证（区内现场）', start: '2026-05-09', end: '2026-05-10' },
  { item: '民办学校电脑随机录取', start: '2026-07-14', end: '2026-07-14' },
  { item: '公办学校录取通知', start: '2026-07-20', end: '2026-07-31' },
];

const VERIFICATION_DAY: Record<(typeof DISTRICTS)[number], string> = {
  黄浦区: '2026-05-09',
  徐汇区: '2026-05-09',
  长宁区: '2026-05-10',
  静安区: '2026-05-10',
  浦东新区: '2026-05-09',
};

interface School {
  code: string;
  name: string;
  district: (typeof DISTRICTS)[number];
  stage: '小学' | '初中';
  type: '公办' | '民办';
}

export const SCHOOLS: readonly School[] = [
  { code: 'HP001', name: '上海市黄浦区卢湾一中心小学', district: '黄浦区', stage: '小学', type: '公办' },
  { code: 'HP002', name: '上海市黄浦区曹光彪小学', district: '黄浦区', stage: '小学', type: '公办' },
  { code: 'HP101', name: '上海市格致初级中学', district: '黄浦区', stage: '初中', type: '公办' },
  { code: 'XH001', name: '上海市徐汇区向阳小学', district: '徐汇区', stage: '小学', type: '公办' },
  { code: 'XH002', name: '上海市徐汇区高安路第一小学', district: '徐汇区', stage: '小学', type: '公办' },
  { code: 'XH003', name: '上海市徐汇区世界小学', district: '徐汇区', stage: '小学', type: '民办' },
  { code: 'XH101', name: '上海市南洋模范初级中学', district: '徐汇区', stage: '初中', type: '公办' },
  { code: 'CN001', name: '上海市长宁区愚园路第一小学', district: '长宁区', stage: '小学', type: '公办' },
  { code: 'JA001', name: '上海市静安区第一中心小学', district: '静安区', stage: '小学', type: '公办' },
  { code: 'PD001', name: '上海市浦东新区福山外国语小学', district: '浦东新区', stage: '小学', type: '公办' },
  { code: 'PD002', name: '上海市浦东新区进才实验小学', district: '浦东新区', stage: '小学', type: '公办' },
  { code: 'PD101', name: '上海市建平实验中学', district: '浦东新区', stage: '初中', type: '公办' },
];

export function registerShanghaiEducation(app: FastifyInstance, ctx: PlatformContext): void {
  registerUpstream(app, ctx, dialect, (scope) => {
    const ok = (reply: FastifyReply, data: unknown) => reply.type(JSON_TYPE).send({ rtnCode: '000', rtnMsg: '成功', data });
    const fail = (reply: FastifyReply, rtnCode: string, rtnMsg: string) => reply.type(JSON_TYPE).send({ rtnCode, rtnMsg, data: null });
    const isDistrict = (value: string): value is (typeof DISTRICTS)[number] => (DISTRICTS as readonly string[]).includes(value);

    scope.get('/policy', async (request, reply) => {
      const district = queryParam(request.query, 'district');
      if (!district) return fail(reply, '101', '参数错误：district');
      if (!isDistrict(district)) return fail(reply, '102', '暂无该区招生政策');
      return ok(reply, {
        year: 2026,
        district,
        primary: {
          stage: '小学',
          birthFrom: '2019-09-01',
          birthTo: '2020-08-31',
          rule: '2019年9月1日至2020年8月31日出生的适龄儿童入小学一年级',
        },
        junior: { stage: '初中', rule: '2026年小学毕业生（五年级毕业）入初中预备年级' },
        keyDates: [...KEY_DATES.filter((d) => !d.item.startsWith('入学材料验证')), { item: '入学材料验证（区内现场）', start: VERIFICATION_DAY[district], end: VERIFICATION_DAY[district] }].sort(
          (a, b) => a.start.localeCompare(b.start),
        ),
      });
    });

    scope.get('/schools', async (request, reply) => {
      const district = queryParam(request.query, 'district');
      const name = queryParam(request.query, 'name');
      const stage = queryParam(request.query, 'stage');
      if (district === null || name === null || stage === null) return fail(reply, '101', '参数错误');
      if (district !== undefined && !isDistrict(district)) return fail(reply, '102', '暂无该区招生政策');
      if (stage !== undefined && stage !== '小学' && stage !== '初中') return fail(reply, '101', '参数错误：stage');
      const schools = SCHOOLS.filter(
        (s) =>
          (district === undefined || s.district === district) &&
          (name === undefined || s.name.includes(name)) &&
          (stage === undefined || s.stage === stage),
      );
      return ok(reply, { total: schools.length, schools });
    });
  });
}
