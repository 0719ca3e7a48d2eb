import { Inject, Injectable } from '@nestjs/common';
import type { PropertyCertificate, UpstreamService } from '@portal/shared';
import { AppException } from '../common/app-exception';
import { requireUpstream } from '../common/city';
import { CitizenIdentityService } from '../identity/citizen-identity.service';
import { liveAnswer } from '../upstream/live-answer';
import { HOUSING_UPSTREAMS, NO_SUCH_CERTIFICATE, type HousingUpstream } from './housing.upstream';

/**
 * The citizen's own property registration, by certificate number. A certificate number is
 * personal data: only a bound citizen who is among its owners sees it; anyone else gets the same
 * "not found" as for an unknown number, so nobody learns whose a number is. The registry names
 * owners, not identity numbers, so ownership is matched on the verified real name.
 * Personal answers: never cached, never served stale.
 */
@Injectable()
export class HousingService {
  constructor(
    @Inject(HOUSING_UPSTREAMS) private readonly upstreams: Map<UpstreamService, HousingUpstream>,
    private readonly identity: CitizenIdentityService,
  ) {}

  async getCertificate(cityId: string, userId: string, certificateNo: string, requestId?: string): Promise<PropertyCertificate> {
    const { city, service } = requireUpstream(cityId, 'housing');
    const client = this.upstreams.get(service)!;
    const number = client.normalizeCertificateNo(certificateNo);
    if (!number) throw AppException.field('certificateNo', 'matches', `certificateNo must look like ${client.certificateExample}`);
    const { name } = await this.identity.requireIdentity(userId);
    const certificate = await liveAnswer(() => client.getCertificate(number, requestId));
    if (!certificate.owners.includes(name)) {
      throw AppException.notFound('NOT_FOUND', NO_SUCH_CERTIFICATE);
    }
    return { city, ...certificate };
  }
}
