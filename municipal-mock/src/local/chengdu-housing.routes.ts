import type { FastifyInstance, FastifyReply } from 'fastify';
import type { PlatformContext } from '../platform/context.js';
import { queryParam } from '../platform/query.js';
import { registerUpstream, type Dialect } from '../platform/upstream.js';

/**
 * Chengdu housing management (房产管理, Chengdu only): property registration status by real-estate
 * certificate number, e.g. 川(2024)成都市不动产权第0123456号. JSON {"success":"1","errmsg":"","data":{…}};
 * areas in m² as strings with 2 decimals, dates yyyy年MM月dd日 as printed on certificates.
 */
const JSON_TYPE = 'application/json; charset=utf-8';

const dialect: Dialect = {
  service: 'chengdu-housing',
  prefix: '/chengdu/fangguan',
  contentType: JSON_TYPE,
  systemError: () => ({ statusCode: 500, body: { success: '0', errmsg: '系统异常，请稍后重试', data: null } }),
  routeNotFound: () => ({ statusCode: 404, body: { success: '0', errmsg: '请求的资源不存在', data: null } }),
};

export const CERTIFICATE = /^川\((20\d{2}|19\d{2})\)成都市不动产权第(\d{7})号$/;

interface Property {
  certificateNo: string;
  owners: string[];
  ownerIdNumbers: string[];
  location: string;
  district: string;
  area: number;
  use: string;
  nature: string;
  registeredOn: string;
  status: '正常' | '已抵押' | '已查封';
  mortgage: { mortgagee: string; amountYuan: number; registeredOn: string } | null;
}

export const PROPERTIES: readonly Property[] = [
  {
    certificateNo: '川(2024)成都市不动产权第0123456号',
    owners: ['刘洋'],
    ownerIdNumbers: ['510107198802280013'],
    location: '武侯区玉林街道芳沁社区1栋2单元1502号',
    district: '武侯区',
    area: 89.36,
    use: '城镇住宅用地/住宅',
    nature: '出让/市场化商品房',
    registeredOn: '2024年06月18日',
    status: '已抵押',
    mortgage: { mortgagee: '成都住房公积金管理中心', amountYuan: 700_000, registeredOn: '2024年06月18日' },
  },
  {
    certificateNo: '川(2021)成都市不动产权第0456789号',
    owners: ['杨静'],
    ownerIdNumbers: ['510104199507120020'],
    location: '锦江区书院街街道3栋1单元802号',
    district: '锦江区',
    area: 63.5,
    use: '城镇住宅用地/住宅',
    nature: '出让/存量房',
    registeredOn: '2021年11月02日',
    status: '正常',
    mortgage: null,
  },
  {
    certificateNo: '川(2019)成都市不动产权第0987654号',
    owners: ['黄磊', '周敏'],
    ownerIdNumbers: ['51010919791224007X', ''],
    location: '高新区芳草街街道6栋3单元2101号',
    district: '高新区',
    area: 128.02,
    use: '城镇住宅用地/住宅',
    nature: '出让/市场化商品房',
    registeredOn: '2019年04月25日',
    status: '已查封',
    mortgage: null,
  },
];

export function registerChengduHousing(app: FastifyInstance, ctx: PlatformContext): void {
  registerUpstream(app, ctx, dialect, (scope) => {
    const fail = (reply: FastifyReply, errmsg: string) => reply.type(JSON_TYPE).send({ success: '0', errmsg, data: null });
    scope.get('/bdcqz', async (request, reply) => {
      const number = queryParam(request.query, 'zh');
      if (!number || !CERTIFICATE.test(number)) return fail(reply, '不动产权证号格式错误，应如：川(2024)成都市不动产权第0123456号');
      const property = PROPERTIES.find((p) => p.certificateNo === number);
      if (!property) return fail(reply, '未查询到该不动产权证书信息');
      return reply.type(JSON_TYPE).send({
        success: '1',
        errmsg: '',
        data: {
          bdcqzh: property.certificateNo,
          qlr: property.owners.join('、'),
          zl: property.location,
          qx: property.district,
          mj: property.area.toFixed(2),
          yt: property.use,
          qlxz: property.nature,
          djrq: property.registeredOn,
          djzt: property.status,
          dyxx: property.mortgage
            ? { dyqr: property.mortgage.mortgagee, dyje: property.mortgage.amountYuan.toFixed(2), djrq: property.mortgage.registeredOn }
            : null,
        },
      });
    });
  });
}
