import { Injectable } from '@nestjs/common';
import type { VaccinationClinic, VaccinationRecord } from '@portal/shared';
import { AppException } from '../../common/app-exception';
import { DialectReader } from '../../upstream/dialect';
import type { UpstreamResponse } from '../../upstream/upstream-http.client';
import { UpstreamRegistry } from '../../upstream/upstream-registry';
import { VaccinationUpstream, type PublishedSlots } from '../vaccination.upstream';

const isoDate = (yyyymmdd: string) => `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
const hhmm = (value: string) => `${value.slice(0, 2)}:${value.slice(2, 4)}`;

/**
 * Chengdu's immunisation system: `{code: 200, message, result}`, snake_case and pinyin initials,
 * dates `yyyyMMdd`, times `HHmm`, weekdays as "2,3,5,6".
 */
@Injectable()
export class ChengduVaccinationClient extends VaccinationUpstream {
  readonly service = 'chengdu-vaccination' as const;
  private readonly read = new DialectReader(this.service);

  constructor(private readonly registry: UpstreamRegistry) {
    super();
  }

  getRecords(idNumber: string, requestId?: string): Promise<VaccinationRecord[]> {
    return this.call(`/chengdu/vaccine/jzjl?sfzh=${idNumber}`, requestId, (result) =>
      this.read.array(result.list, 'list').map((raw) => {
        const r = this.read.object(raw, 'record');
        return {
          vaccineCode: this.read.string(r.vaccine_code, 'vaccine_code'),
          vaccineName: this.read.string(r.vaccine_name, 'vaccine_name'),
          dose: this.read.number(r.dose_no, 'dose_no'),
          date: isoDate(this.read.string(r.vacc_date, 'vacc_date')),
          clinicName: this.read.string(r.unit_name, 'unit_name'),
        };
      }),
    );
  }

  getClinics(district: string | undefined, requestId?: string): Promise<VaccinationClinic[]> {
    const query = district ? `?qx=${encodeURIComponent(district)}` : '';
    return this.call(`/chengdu/vaccine/jzdw${query}`, requestId, (result) =>
      this.read.array(result.list, 'list').map((raw) => {
        const c = this.read.object(raw, 'unit');
        return {
          id: this.read.string(c.unit_code, 'unit_code'),
          name: this.read.string(c.unit_name, 'unit_name'),
          district: this.read.string(c.district_name, 'district_name'),
          kind: this.read.number(c.unit_type, 'unit_type') === 2 ? ('adults' as const) : ('children' as const),
          openWeekdays: this.read.string(c.work_days, 'work_days').split(',').filter(Boolean).map(Number),
          vaccineCodes: this.read.string(c.vaccine_codes, 'vaccine_codes').split(',').filter(Boolean),
        };
      }),
    );
  }

  getSlots(clinicId: string, date: string, requestId?: string): Promise<PublishedSlots> {
    return this.call(`/chengdu/vaccine/jzdw/${encodeURIComponent(clinicId)}/hy?rq=${date.replaceAll('-', '')}`, requestId, (result) => ({
      open: this.read.number(result.is_work_day, 'is_work_day') === 1,
      slots: this.read.array(result.list, 'list').map((raw) => {
        const s = this.read.object(raw, 'slot');
        return {
          period: `${hhmm(this.read.string(s.start_time, 'start_time'))}-${hhmm(this.read.string(s.end_time, 'end_time'))}`,
          capacity: this.read.number(s.total, 'total'),
        };
      }),
    }));
  }

  private call<T>(path: string, requestId: string | undefined, translate: (result: Record<string, unknown>) => T): Promise<T> {
    return this.registry.client(this.service).get(path, (response) => translate(this.unwrap(response)), requestId);
  }

  private unwrap(response: UpstreamResponse): Record<string, unknown> {
    const body = this.read.object(this.read.json(response), 'body');
    const code = this.read.number(body.code, 'code');
    if (code === 200) return this.read.object(body.result, 'result');
    if (code === 1001) throw AppException.notFound('NOT_FOUND', 'Chengdu has no immunisation record for this person.');
    if (code === 1002) throw AppException.notFound('NOT_FOUND', 'There is no such vaccination clinic in Chengdu.');
    if (code === 1003) throw AppException.field('date', 'bookableRange', 'Appointments can be made from tomorrow up to 14 days ahead.');
    throw this.read.malformed(`code ${code}`);
  }
}
