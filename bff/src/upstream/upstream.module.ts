import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UpstreamAuditService } from '../upstream-audit/upstream-audit.service';
import { UpstreamFailureEntity } from '../upstream-audit/upstream-failure.entity';
import { CachedFetcher } from './cached-fetcher';
import { InProcessResponseStore, ResponseStore } from './response-cache';
import { UpstreamRegistry } from './upstream-registry';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([UpstreamFailureEntity])],
  providers: [
    UpstreamAuditService,
    UpstreamRegistry,
    CachedFetcher,
    { provide: ResponseStore, useClass: InProcessResponseStore },
  ],
  exports: [UpstreamRegistry, CachedFetcher, UpstreamAuditService],
})
export class UpstreamModule {}
