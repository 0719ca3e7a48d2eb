import { Inject, Injectable } from '@nestjs/common';
import type { HealthResponse } from '@portal/shared';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { UpstreamRegistry } from '../upstream/upstream-registry';

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly upstreams: UpstreamRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The database answers a query; each upstream is down while its circuit is open. */
  async check(): Promise<HealthResponse> {
    let database: 'up' | 'down' = 'up';
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      database = 'down';
    }
    const upstreams: HealthResponse['upstreams'] = {};
    for (const client of this.upstreams.all()) {
      upstreams[client.service] = { status: client.circuit === 'open' ? 'down' : 'up', circuit: client.circuit };
    }
    const anyDown = Object.values(upstreams).some((u) => u.status === 'down');
    return {
      status: database === 'down' ? 'error' : anyDown ? 'degraded' : 'ok',
      database: { status: database, engine: this.config.database.engine },
      upstreams,
    };
  }
}
