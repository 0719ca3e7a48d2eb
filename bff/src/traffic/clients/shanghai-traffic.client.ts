import { Injectable } from '@nestjs/common';
import type { CongestionLevel, IncidentKind, RoadSection, TrafficIncident } from '@portal/shared';
import { DialectReader } from '../../upstream/dialect';
import type { UpstreamResponse } from '../../upstream/upstream-http.client';
import { UpstreamRegistry } from '../../upstream/upstream-registry';
import { TrafficUpstream, type TrafficData } from '../traffic.upstream';

const LEVELS: Record<string, CongestionLevel> = { '1': 'smooth', '2': 'slow', '3': 'congested', '4': 'severe' };
const KINDS: Record<string, IncidentKind> = { 交通事故: 'accident', 道路施工: 'roadworks', 道路封闭: 'closure', 大型活动: 'event' };

/** "2026-03-02 08:15" (Shanghai local time) → ISO 8601 with +08:00. */
export function shanghaiLocalToIso(text: string): string {
  const [date, time = '00:00'] = text.trim().split(' ');
  return `${date}T${time.length === 5 ? `${time}:00` : time}+08:00`;
}

/**
 * Shanghai's traffic service: `{resultCode: 0, resultMsg, ...}`, sections on /roads with status
 * 1-4 (畅通/缓行/拥堵/严重拥堵), incidents on /events with Chinese type names and local times.
 */
@Injectable()
export class ShanghaiTrafficClient extends TrafficUpstream {
  readonly service = 'shanghai-traffic' as const;
  private readonly read = new DialectReader(this.service);

  constructor(private readonly registry: UpstreamRegistry) {
    super();
  }

  async getTraffic(requestId?: string): Promise<TrafficData> {
    const http = this.registry.client(this.service);
    const [sections, incidents] = await Promise.all([
      http.get('/shanghai/traffic/roads', (r) => this.sections(r), requestId),
      http.get('/shanghai/traffic/events', (r) => this.incidents(r), requestId),
    ]);
    return { sections, incidents };
  }

  private body(response: UpstreamResponse): Record<string, unknown> {
    const body = this.read.object(this.read.json(response), 'body');
    if (this.read.number(body.resultCode, 'resultCode') !== 0) throw this.read.malformed(`resultCode ${String(body.resultCode)}`);
    return body;
  }

  private sections(response: UpstreamResponse): RoadSection[] {
    return this.read.array(this.body(response).roads, 'roads').map((raw) => {
      const road = this.read.object(raw, 'road');
      const level = LEVELS[this.read.string(road.status, 'status')];
      if (!level) throw this.read.malformed(`unknown status ${String(road.status)}`);
      return {
        id: this.read.string(road.sectionId, 'sectionId'),
        road: this.read.string(road.roadName, 'roadName'),
        from: this.read.string(road.fromName, 'fromName'),
        to: this.read.string(road.toName, 'toName'),
        level,
        speedKmh: this.read.optionalNumber(road.speed, 'speed'),
      };
    });
  }

  private incidents(response: UpstreamResponse): TrafficIncident[] {
    return this.read.array(this.body(response).events, 'events').map((raw) => {
      const event = this.read.object(raw, 'event');
      const location = typeof event.location === 'string' ? `${event.location}：` : '';
      return {
        id: this.read.string(event.eventId, 'eventId'),
        kind: KINDS[this.read.string(event.eventType, 'eventType')] ?? 'other',
        road: this.read.string(event.roadName, 'roadName'),
        description: `${location}${this.read.string(event.description, 'description')}`,
        startsAt: shanghaiLocalToIso(this.read.string(event.startTime, 'startTime')),
        ...(typeof event.endTime === 'string' && event.endTime ? { endsAt: shanghaiLocalToIso(event.endTime) } : {}),
      };
    });
  }
}
