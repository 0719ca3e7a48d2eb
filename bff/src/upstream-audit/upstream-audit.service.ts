import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { UpstreamFailure } from '../upstream/upstream-failure';
import { UpstreamFailureEntity } from './upstream-failure.entity';

/** Keeps the audit of upstream failures. Writing it never fails the citizen's request. */
@Injectable()
export class UpstreamAuditService {
  private readonly logger = new Logger('UpstreamAudit');

  constructor(@InjectRepository(UpstreamFailureEntity) private readonly failures: Repository<UpstreamFailureEntity>) {}

  record(failure: UpstreamFailure, requestId: string | undefined): void {
    this.failures
      .insert({ service: failure.service, kind: failure.kind, detail: failure.detail.slice(0, 200), requestId: requestId ?? null })
      .catch((error: unknown) => this.logger.error({ err: error }, 'Could not record an upstream failure'));
  }

  async countSince(service: string, since: Date): Promise<number> {
    return this.failures.createQueryBuilder('f').where('f.service = :service AND f.occurred_at >= :since', { service, since }).getCount();
  }

  async latestForService(service: string, limit: number): Promise<UpstreamFailureEntity[]> {
    return this.failures.find({ where: { service }, order: { id: 'DESC' }, take: limit });
  }
}
