import { Injectable } from '@nestjs/common';
import type { CongestionLevel, IncidentKind } from '@portal/shared';
import { DialectReader } from '../../upstream/dialect';
import type { UpstreamResponse } from '../../upstream/upstream-http.client';
import { UpstreamRegistry } from '../../upstream/upstream-registry';
import { TrafficUpstream, type TrafficData } from '../traffic.upstream';

const LEVELS: Record<string, CongestionLevel> = { smooth: 'smooth', slow: 'slow', jam: 'congested', severe: 'severe' };
const KINDS: Record<string, IncidentKind> = { accident: 'accident', roadworks: 'roadworks', closure: 'closure', event: 'event' };

/**
 * Chengdu's traffic service: `{errcode: 0, errmsg, data}` with segments whose level is a word
 * (smooth/slow/jam/severe), speeds in km/h, incidents with ISO times.
 */
@Injectable()
export class ChengduTrafficClient extends TrafficUpstream {
  readonly service = 'chengdu-traffic' as const;
  private readonly read = new DialectReader(this.service);

  constructor(private readonly registry: UpstreamRegistry) {
    super();
  }

  getTraffic(requestId?: string): Promise<TrafficData> {
    return this.registry.client(this.service).get('/chengdu/traffic/congestion', (r) => this.translate(r), requestId);
  }

  private translate(response: UpstreamResponse): TrafficData {
    const body = this.read.object(this.read.json(response), 'body');
    if (this.read.number(body.errcode, 'errcode') !== 0) throw this.read.malformed(`errcode ${String(body.errcode)}`);
    const data = this.read.object(body.data, 'data');
    return {
      sections: this.read.array(data.segments, 'segments').map((raw) => {
        const s = this.read.object(raw, 'segment');
        const level = LEVELS[this.read.string(s.level, 'level')];
        if (!level) throw this.read.malformed(`unknown level ${String(s.level)}`);
        const speed = this.read.optionalNumber(s.speed_kmh, 'speed_kmh');
        return {
          id: this.read.string(s.id, 'id'),
          road: this.read.string(s.name, 'name'),
          from: this.read.string(s.from, 'from'),
          to: this.read.string(s.to, 'to'),
          level,
          ...(speed === undefined ? {} : { speedKmh: Math.round(speed) }),
        };
      }),
      incidents: this.read.array(data.incidents, 'incidents').map((raw) => {
        const i = this.read.object(raw, 'incident');
        const location = typeof i.location === 'string' ? `${i.location}：` : '';
        return {
          id: this.read.string(i.id, 'id'),
          kind: KINDS[this.read.string(i.type, 'type')] ?? 'other',
          road: this.read.string(i.road, 'road'),
          description: `${location}${this.read.string(i.description, 'description')}`,
          startsAt: this.read.string(i.start_at, 'start_at'),
          ...(typeof i.end_at === 'string' && i.end_at ? { endsAt: i.end_at } : {}),
        };
      }),
    };
  }
}
