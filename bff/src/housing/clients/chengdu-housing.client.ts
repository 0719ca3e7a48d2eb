import { Injectable } from '@nestjs/common';
import { CHENGDU_CERTIFICATE_PATTERN, normalizeCertificateNo, type PropertyCertificate } from '@portal/shared';
import { AppException } from '../../common/app-exception';
import { DialectReader } from '../../upstream/dialect';
import type { UpstreamResponse } from '../../upstream/upstream-http.client';
import { UpstreamRegistry } from '../../upstream/upstream-registry';
import { HousingUpstream, NO_SUCH_CERTIFICATE } from '../housing.upstream';

const STATUS: Record<string, PropertyCertificate['status']> = { 正常: 'normal', 已抵押: 'mortgaged', 已查封: 'seized' };

/**
 * Chengdu's housing management (不动产登记): `{success: "1", errmsg, data}`, errors HTTP 200 with
 * `success: "0"` and words only; dates `yyyy年MM月dd日`, area and amounts as strings.
 */
@Injectable()
export class ChengduHousingClient extends HousingUpstream {
  readonly service = 'chengdu-housing' as const;
  readonly certificateExample = '川(2024)成都市不动产权第0123456号';
  private readonly read = new DialectReader(this.service);

  constructor(private readonly registry: UpstreamRegistry) {
    super();
  }

  normalizeCertificateNo(value: string): string | undefined {
    const normalized = normalizeCertificateNo(value);
    return CHENGDU_CERTIFICATE_PATTERN.test(normalized) ? normalized : undefined;
  }

  getCertificate(certificateNo: string, requestId?: string) {
    return this.registry.client(this.service).get(
      `/chengdu/fangguan/bdcqz?zh=${encodeURIComponent(certificateNo)}`,
      (response) => {
        const d = this.unwrap(response);
        const mortgage = d.dyxx === null || d.dyxx === undefined ? null : this.read.object(d.dyxx, 'dyxx');
        const status = STATUS[this.read.string(d.djzt, 'djzt')];
        if (!status) throw this.read.malformed(`unknown djzt ${String(d.djzt)}`);
        return {
          certificateNo: this.read.string(d.bdcqzh, 'bdcqzh'),
          owners: this.read.string(d.qlr, 'qlr').split('、').map((name) => name.trim()).filter(Boolean),
          location: this.read.string(d.zl, 'zl'),
          district: this.read.string(d.qx, 'qx'),
          area: this.read.number(d.mj, 'mj'),
          use: this.read.string(d.yt, 'yt'),
          nature: this.read.string(d.qlxz, 'qlxz'),
          registeredOn: this.date(d.djrq, 'djrq'),
          status,
          mortgage: mortgage && {
            holder: this.read.string(mortgage.dyqr, 'dyqr'),
            amount: this.read.number(mortgage.dyje, 'dyje'),
            registeredOn: this.date(mortgage.djrq, 'dyxx.djrq'),
          },
        };
      },
      requestId,
    );
  }

  /** `2024年06月18日` → `2024-06-18` */
  private date(value: unknown, what: string): string {
    const match = /^(\d{4})年(\d{2})月(\d{2})日$/.exec(this.read.string(value, what));
    if (!match) throw this.read.malformed(`${what} is not a date`);
    return `${match[1]}-${match[2]}-${match[3]}`;
  }

  private unwrap(response: UpstreamResponse): Record<string, unknown> {
    const body = this.read.object(this.read.json(response), 'body');
    const success = this.read.string(body.success, 'success');
    if (success === '1') return this.read.object(body.data, 'data');
    const errmsg = String(body.errmsg ?? '');
    if (errmsg.includes('未查询到')) throw AppException.notFound('NOT_FOUND', NO_SUCH_CERTIFICATE);
    if (errmsg.includes('格式错误')) throw AppException.field('certificateNo', 'matches', `certificateNo must look like ${this.certificateExample}`);
    throw this.read.malformed(`errmsg ${errmsg}`);
  }
}
