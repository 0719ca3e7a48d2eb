import { describe, expect, it } from '@jest/globals';
import { cannedRegistry } from '../../testing/canned-upstream';
import { summarize } from '../traffic.service';
import { ChengduTrafficClient } from './chengdu-traffic.client';
import { ShanghaiTrafficClient, shanghaiLocalToIso } from './shanghai-traffic.client';

describe('Shanghai traffic dialect', () => {
  it('maps status 1-4 to levels, Chinese event types to kinds and local times to ISO', async () => {
    const registry = cannedRegistry({
      '/shanghai/traffic/roads': {
        body: JSON.stringify({
          resultCode: 0,
          roads: [
            { sectionId: 'A', roadName: '延安高架路', fromName: '外滩', toName: '南北高架路', status: 3, speed: 18 },
            { sectionId: 'B', roadName: '中环路', fromName: '真北路', toName: '共和新路', status: 1, speed: 62 },
          ],
        }),
      },
      '/shanghai/traffic/events': {
        body: JSON.stringify({
          resultCode: 0,
          events: [{ eventId: 'E1', eventType: '道路施工', roadName: '中环路', location: '近真北路', description: '占用1根车道', startTime: '2026-03-02 07:00', endTime: '2026-03-02 18:00' }],
        }),
      },
    });
    const data = await new ShanghaiTrafficClient(registry).getTraffic();
    expect(data.sections.map((s) => [s.id, s.level, s.speedKmh])).toEqual([
      ['A', 'congested', 18],
      ['B', 'smooth', 62],
    ]);
    expect(data.incidents).toEqual([
      { id: 'E1', kind: 'roadworks', road: '中环路', description: '近真北路：占用1根车道', startsAt: '2026-03-02T07:00:00+08:00', endsAt: '2026-03-02T18:00:00+08:00' },
    ]);
  });

  it('refuses an unknown status rather than guessing', async () => {
    const registry = cannedRegistry({
      '/shanghai/traffic/roads': { body: JSON.stringify({ resultCode: 0, roads: [{ sectionId: 'A', roadName: 'x', fromName: 'a', toName: 'b', status: 9 }] }) },
      '/shanghai/traffic/events': { body: JSON.stringify({ resultCode: 0, events: [] }) },
    });
    await expect(new ShanghaiTrafficClient(registry).getTraffic()).rejects.toMatchObject({ kind: 'malformed' });
    expect(shanghaiLocalToIso('2026-03-02 08:15')).toBe('2026-03-02T08:15:00+08:00');
  });
});

describe('Chengdu traffic dialect', () => {
  it('maps smooth/slow/jam/severe to our levels and keeps ISO times', async () => {
    const registry = cannedRegistry({
      '/chengdu/traffic/congestion': {
        body: JSON.stringify({
          errcode: 0,
          data: {
            segments: [
              { id: 'S1', name: '一环路', from: '人民北路', to: '府青路', level: 'jam', speed_kmh: 14.6 },
              { id: 'S2', name: '天府大道', from: '火车南站', to: '天府五街', level: 'slow', speed_kmh: 31 },
            ],
            incidents: [{ id: 'I1', type: 'accident', road: '二环高架', description: '两车追尾', start_at: '2026-03-02T07:40:00+08:00' }],
          },
        }),
      },
    });
    const data = await new ChengduTrafficClient(registry).getTraffic();
    expect(data.sections.map((s) => [s.level, s.speedKmh])).toEqual([
      ['congested', 15],
      ['slow', 31],
    ]);
    expect(data.incidents[0]).toEqual({ id: 'I1', kind: 'accident', road: '二环高架', description: '两车追尾', startsAt: '2026-03-02T07:40:00+08:00' });
  });
});

describe('traffic summary', () => {
  const section = (level: 'smooth' | 'slow' | 'congested' | 'severe') => ({ id: level, road: 'r', from: 'a', to: 'b', level });
  const fresh = { stale: false, updatedAt: '2026-03-02T00:00:00.000Z' };

  it('takes the level most sections share, the worse one on a tie, and counts congestion', () => {
    const s = summarize('chengdu', { sections: [section('slow'), section('slow'), section('congested'), section('severe'), section('smooth')], incidents: [] }, fresh);
    expect(s).toMatchObject({ overall: 'slow', congestedSections: 2, totalSections: 5, incidents: 0 });
    expect(summarize('chengdu', { sections: [section('smooth'), section('congested')], incidents: [] }, fresh).overall).toBe('congested');
  });
});
