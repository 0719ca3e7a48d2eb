import type { FastifyInstance, FastifyReply } from 'fastify';
import type { PlatformContext } from '../platform/context.js';
import { queryParam } from '../platform/query.js';
import { addDays, toShanghaiTime } from '../platform/time.js';
import { registerUpstream, type Dialect } from '../platform/upstream.js';
import { idParam } from '../shebao/common.js';
import { CLINICS, VACCINES, vaccineByCode, type Clinic } from './data.js';
import { BOOKING_WINDOW_DAYS, slotsFor, vaccinationRecords } from './model.js';

/**
 * Vaccination (records, clinics, vaccines, slot capacity; bookings belong to the BFF).
 * Shanghai (/shanghai/vaccine): {errCode: 0, errMsg: "", data}, camelCase, dates yyyy-MM-dd, periods "09:30-10:30".
 * Chengdu (/chengdu/vaccine): {code: 200, message: "success", result}, snake_case, dates yyyyMMdd,
 *   periods as start/end "0930"/"1030", capacity as "total".
 */
const JSON_TYPE = 'application/json; charset=utf-8';

const shanghaiDialect: Dialect = {
  service: 'shanghai-vaccine',
  prefix: '/shanghai/vaccine',
  contentType: JSON_TYPE,
  systemError: () => ({ statusCode: 503, body: { errCode: 50300, errMsg: '服务繁忙', data: null } }),
  routeNotFound: () => ({ statusCode: 404, body: { errCode: 40400, errMsg: '接口不存在', data: null } }),
};
const chengduDialect: Dialect = {
  service: 'chengdu-vaccine',
  prefix: '/chengdu/vaccine',
  contentType: JSON_TYPE,
  systemError: () => ({ statusCode: 500, body: { code: 500, message: 'internal error', result: null } }),
  routeNotFound: () => ({ statusCode: 404, body: { code: 404, message: 'not found', result: null } }),
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const COMPACT_DATE = /^\d{8}$/;
const compact = (date: string): string => date.replaceAll('-', '');
const expand = (date: string): string => `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
const realDate = (date: string): boolean => !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);

export function registerVaccine(app: FastifyInstance, ctx: PlatformContext): void {
  const today = () => toShanghaiTime(ctx.clock.now()).dateKey;
  /** 'ok' | 'bad' | 'outside' for a requested slot date. */
  const dateCheck = (date: string): 'ok' | 'bad' | 'outside' => {
    if (!realDate(date)) return 'bad';
    return date > today() && date <= addDays(today(), BOOKING_WINDOW_DAYS) ? 'ok' : 'outside';
  };
  const cityClinics = (city: 'shanghai' | 'chengdu', district: string | undefined) =>
    CLINICS.filter((c) => c.city === city && (district === undefined || c.district === district));
  const offered = (clinic: Clinic) => clinic.vaccines.map((code) => vaccineByCode.get(code)!);

  registerUpstream(app, ctx, shanghaiDialect, (scope) => {
    const ok = (reply: FastifyReply, data: unknown) => reply.type(JSON_TYPE).send({ errCode: 0, errMsg: '', data });
    const fail = (reply: FastifyReply, errCode: number, errMsg: string) => reply.type(JSON_TYPE).send({ errCode, errMsg, data: null });

    scope.get('/records', async (request, reply) => {
      const id = idParam(queryParam(request.query, 'idNumber'));
      if (!id) return fail(reply, 40001, '参数错误：idNumber');
      const records = vaccinationRecords(id, today());
      if (!records) return fail(reply, 40401, '未查询到接种档案');
      return ok(reply, { idNumber: id, records });
    });

    scope.get('/vaccines', async (_request, reply) =>
      ok(reply, { vaccines: VACCINES.map(({ code, name, programme, target, priceYuan }) => ({ code, name, programme, target, price: priceYuan })) }),
    );

    scope.get('/clinics', async (request, reply) => {
      const district = queryParam(request.query, 'district');
      if (district === null) return fail(reply, 40001, '参数错误：district');
      return ok(reply, {
        clinics: cityClinics('shanghai', district).map((c) => ({
          clinicId: c.id,
          name: c.name,
          district: c.district,
          type: c.kind === 'child' ? '儿童' : '成人',
          openWeekdays: c.openWeekdays,
          vaccineCodes: c.vaccines,
        })),
      });
    });

    scope.get<{ Params: { clinicId: string } }>('/clinics/:clinicId/slots', async (request, reply) => {
      const clinic = CLINICS.find((c) => c.city === 'shanghai' && c.id === request.params.clinicId);
      if (!clinic) return fail(reply, 40402, '接种门诊不存在');
      const date = queryParam(request.query, 'date');
      if (!date || !ISO_DATE.test(date)) return fail(reply, 40001, '参数错误：date');
      const check = dateCheck(date);
      if (check === 'bad') return fail(reply, 40001, '参数错误：date');
      if (check === 'outside') return fail(reply, 40003, `仅可查询明天起${BOOKING_WINDOW_DAYS}天内的号源`);
      const { open, slots } = slotsFor(clinic, date);
      return ok(reply, {
        clinicId: clinic.id,
        date,
        open,
        vaccineCodes: offered(clinic).map((v) => v.code),
        slots: slots.map((s) => ({ period: `${s.start}-${s.end}`, capacity: s.capacity })),
      });
    });
  });

  registerUpstream(app, ctx, chengduDialect, (scope) => {
    const ok = (reply: FastifyReply, result: unknown) => reply.type(JSON_TYPE).send({ code: 200, message: 'success', result });
    const fail = (reply: FastifyReply, code: number, message: string) => reply.type(JSON_TYPE).send({ code, message, result: null });

    scope.get('/jzjl', async (request, reply) => {
      const id = idParam(queryParam(request.query, 'sfzh'));
      if (!id) return fail(reply, 400, '参数错误：sfzh');
      const records = vaccinationRecords(id, today());
      if (!records) return fail(reply, 1001, '未查询到接种档案');
      return ok(reply, {
        sfzh: id,
        total: records.length,
        list: records.map((r) => ({
          vaccine_code: r.vaccineCode,
          vaccine_name: r.vaccineName,
          dose_no: r.dose,
          vacc_date: compact(r.date),
          unit_code: r.clinicId,
          unit_name: r.clinicName,
          batch_no: r.batch,
        })),
      });
    });

    scope.get('/ymlb', async (_request, reply) =>
      ok(reply, {
        list: VACCINES.map((v) => ({
          vaccine_code: v.code,
          vaccine_name: v.name,
          category: v.programme ? 1 : 2,
          target: v.target,
          price_fen: v.priceYuan * 100,
        })),
      }),
    );

    scope.get('/jzdw', async (request, reply) => {
      const district = queryParam(request.query, 'qx');
      if (district === null) return fail(reply, 400, '参数错误：qx');
      return ok(reply, {
        list: cityClinics('chengdu', district).map((c) => ({
          unit_code: c.id,
          unit_name: c.name,
          district_name: c.district,
          unit_type: c.kind === 'child' ? 1 : 2,
          work_days: c.openWeekdays.join(','),
          vaccine_codes: c.vaccines.join(','),
        })),
      });
    });

    scope.get<{ Params: { unitCode: string } }>('/jzdw/:unitCode/hy', async (request, reply) => {
      const clinic = CLINICS.find((c) => c.city === 'chengdu' && c.id === request.params.unitCode);
      if (!clinic) return fail(reply, 1002, '接种单位不存在');
      const rq = queryParam(request.query, 'rq');
      if (!rq || !COMPACT_DATE.test(rq)) return fail(reply, 400, '参数错误：rq');
      const date = expand(rq);
      const check = dateCheck(date);
      if (check === 'bad') return fail(reply, 400, '参数错误：rq');
      if (check === 'outside') return fail(reply, 1003, '不在可预约日期范围内');
      const { open, slots } = slotsFor(clinic, date);
      return ok(reply, {
        unit_code: clinic.id,
        rq,
        is_work_day: open ? 1 : 0,
        list: slots.map((s) => ({ start_time: s.start.replace(':', ''), end_time: s.end.replace(':', ''), total: s.capacity })),
      });
    });
  });
}
