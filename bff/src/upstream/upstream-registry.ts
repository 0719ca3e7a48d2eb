import { Inject, Injectable } from '@nestjs/common';
import { UPSTREAM_SERVICES, type UpstreamService } from '@portal/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { UpstreamAuditService } from '../upstream-audit/upstream-audit.service';
import { UpstreamHttpClient } from './upstream-http.client';

/** One resilient HTTP client per municipal system, each with its own circuit. */
@Injectable()
export class UpstreamRegistry {
  private readonly clients = new Map<UpstreamService, UpstreamHttpClient>();

  constructor(@Inject(APP_CONFIG) config: AppConfig, audit: UpstreamAuditService) {
    for (const service of UPSTREAM_SERVICES) {
      // WeChat's API is not ours to sign: it authenticates the app by appid and secret in the query.
      const options = service === 'wechat' ? { baseUrl: config.auth.wechat.baseUrl, signed: false } : {};
      this.clients.set(service, new UpstreamHttpClient(service, config.upstream, (f, id) => audit.record(f, id), options));
    }
  }

  client(service: UpstreamService): UpstreamHttpClient {
    return this.clients.get(service)!;
  }

  all(): UpstreamHttpClient[] {
    return [...this.clients.values()];
  }
}
