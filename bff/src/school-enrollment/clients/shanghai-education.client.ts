import { Injectable } from '@nestjs/common';
import type { School, SchoolStage } from '@portal/shared';
import { AppException } from '../../common/app-exception';
import { DialectReader } from '../../upstream/dialect';
import type { UpstreamResponse } from '../../upstream/upstream-http.client';
import { UpstreamRegistry } from '../../upstream/upstream-registry';
import { SchoolEnrollmentUpstream } from '../school-enrollment.upstream';

const STAGES: Record<string, SchoolStage> = { 小学: 'primary', 初中: 'junior' };
const TYPES: Record<string, School['type']> = { 公办: 'public', 民办: 'private' };

/**
 * Shanghai's education bureau: `{rtnCode: "000", rtnMsg, data}`, errors HTTP 200 with their own
 * codes ("102" no policy for the district); stages and school types in Chinese words.
 */
@Injectable()
export class ShanghaiEducationClient extends SchoolEnrollmentUpstream {
  readonly service = 'shanghai-education' as const;
  private readonly read = new DialectReader(this.service);

  constructor(private readonly registry: UpstreamRegistry) {
    super();
  }

  getPolicy(district: string, requestId?: string) {
    return this.call(`/shanghai/education/policy?district=${encodeURIComponent(district)}`, requestId, (d) => {
      const primary = this.read.object(d.primary, 'primary');
      const junior = this.read.object(d.junior, 'junior');
      return {
        year: this.read.number(d.year, 'year'),
        district: this.read.string(d.district, 'district'),
        primary: {
          rule: this.read.string(primary.rule, 'primary.rule'),
          birthFrom: this.read.string(primary.birthFrom, 'primary.birthFrom'),
          birthTo: this.read.string(primary.birthTo, 'primary.birthTo'),
        },
        junior: { rule: this.read.string(junior.rule, 'junior.rule') },
        keyDates: this.read
          .array(d.keyDates, 'keyDates')
          .map((raw) => {
            const k = this.read.object(raw, 'keyDate');
            return { item: this.read.string(k.item, 'item'), start: this.read.string(k.start, 'start'), end: this.read.string(k.end, 'end') };
          })
          .sort((a, b) => a.start.localeCompare(b.start)),
      };
    });
  }

  getSchools(requestId?: string) {
    return this.call('/shanghai/education/schools', requestId, (d) =>
      this.read.array(d.schools, 'schools').map((raw): School => {
        const s = this.read.object(raw, 'school');
        const stage = STAGES[this.read.string(s.stage, 'stage')];
        const type = TYPES[this.read.string(s.type, 'type')];
        if (!stage || !type) throw this.read.malformed(`unknown stage or type ${String(s.stage)}/${String(s.type)}`);
        return { code: this.read.string(s.code, 'code'), name: this.read.string(s.name, 'name'), district: this.read.string(s.district, 'district'), stage, type };
      }),
    );
  }

  private call<T>(path: string, requestId: string | undefined, translate: (data: Record<string, unknown>) => T): Promise<T> {
    return this.registry.client(this.service).get(path, (response) => translate(this.unwrap(response)), requestId);
  }

  private unwrap(response: UpstreamResponse): Record<string, unknown> {
    const body = this.read.object(this.read.json(response), 'body');
    const code = this.read.string(body.rtnCode, 'rtnCode');
    if (code === '000') return this.read.object(body.data, 'data');
    if (code === '102') throw AppException.notFound('NOT_FOUND', 'Shanghai publishes no school enrollment policy for this district.');
    throw this.read.malformed(`rtnCode ${code}`);
  }
}
