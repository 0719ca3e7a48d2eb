import { describe, expect, it } from '@jest/globals';
import { AppException } from '../../common/app-exception';
import { cannedRegistry } from '../../testing/canned-upstream';
import { UpstreamFailure } from '../../upstream/upstream-failure';
import { ChengduBusClient } from './chengdu-bus.client';
import { ShanghaiBusClient } from './shanghai-bus.client';

const sh = (data: unknown, status = '0000') => ({ body: JSON.stringify({ status, msg: '成功', data }) });
const xml = (inner: string, status = 200) => ({ status, contentType: 'application/xml', body: `<?xml version="1.0" encoding="UTF-8"?><Response>${inner}</Response>` });

describe('Shanghai bus dialect', () => {
  it('turns seconds into minutes and string numbers into numbers, soonest first', async () => {
    const client = new ShanghaiBusClient(
      cannedRegistry({
        '/shanghai/bus/arrivals?lineId=SH0071&stopId=S05&direction=1': sh({
          lineName: '71路',
          stopName: '西藏中路',
          cars: [
            { terminal: '沪B-2', stopdis: '4', distance: '2100', time: '610' },
            { terminal: '沪B-1', stopdis: '1', distance: '520', time: '95' },
          ],
        }),
      }),
    );
    expect(await client.getArrivals({ lineId: 'SH0071', stopId: 'S05', direction: 1 })).toEqual({
      lineName: '71路',
      stopName: '西藏中路',
      arrivals: [
        { plate: '沪B-1', stopsAway: 1, distanceMeters: 520, minutes: 2 },
        { plate: '沪B-2', stopsAway: 4, distanceMeters: 2100, minutes: 10 },
      ],
    });
  });

  it('maps upStops/downStops to directions 0 and 1 with their own first and last buses', async () => {
    const client = new ShanghaiBusClient(
      cannedRegistry({
        '/shanghai/bus/lines/SH0071': sh({
          lineId: 'SH0071',
          lineName: '71路',
          upStartTime: '05:30',
          upEndTime: '23:00',
          downStartTime: '06:00',
          downEndTime: '23:30',
          upStops: [{ stopId: 'S01', stopName: '延安东路外滩', seq: 1 }, { stopId: 'S02', stopName: '申昆路枢纽站', seq: 2 }],
          downStops: [{ stopId: 'S02', stopName: '申昆路枢纽站', seq: 1 }, { stopId: 'S01', stopName: '延安东路外滩', seq: 2 }],
        }),
      }),
    );
    const line = await client.getLine('SH0071');
    expect(line.directions.map((d) => [d.direction, d.from, d.to, d.firstBus, d.lastBus])).toEqual([
      [0, '延安东路外滩', '申昆路枢纽站', '05:30', '23:00'],
      [1, '申昆路枢纽站', '延安东路外滩', '06:00', '23:30'],
    ]);
  });

  it('reads status 1001 as "no such line" (a 404), and any other non-0000 status as a failure', async () => {
    const client = new ShanghaiBusClient(cannedRegistry({ '/shanghai/bus/lines/X': sh(null, '1001'), '/shanghai/bus/lines/Y': sh(null, '9999') }));
    await expect(client.getLine('X')).rejects.toMatchObject({ status: 404, code: 'BUS_LINE_NOT_FOUND' });
    await expect(client.getLine('Y')).rejects.toBeInstanceOf(UpstreamFailure);
  });

  it('treats a body that is not JSON, or lacks a field, as malformed', async () => {
    const client = new ShanghaiBusClient(
      cannedRegistry({ '/shanghai/bus/lines?keyword=71': { body: '{"status":"00' }, '/shanghai/bus/lines?keyword=49': sh({ lineList: [{ lineId: 'SH0049' }] }) }),
    );
    await expect(client.searchLines('71')).rejects.toMatchObject({ kind: 'malformed' });
    await expect(client.searchLines('49')).rejects.toMatchObject({ kind: 'malformed', detail: 'lineName is missing' });
  });
});

describe('Chengdu bus dialect', () => {
  it('turns km into metres and up/down into 0/1, and reads one <Bus> as a list', async () => {
    const registry = cannedRegistry({
      '/chengdu/bus/RealTime?routeId=CD-0016&stationId=CD-0016-D03&dir=down': xml(
        '<Code>0</Code><Message>OK</Message><RouteName>16路</RouteName><StationName>骡马市</StationName><Buses><Bus><BusNo>川A-1</BusNo><StationsLeft>2</StationsLeft><DistanceKm>1.2</DistanceKm><ArriveMinutes>4</ArriveMinutes></Bus></Buses>',
      ),
    });
    const arrivals = await new ChengduBusClient(registry).getArrivals({ lineId: 'CD-0016', stopId: 'CD-0016-D03', direction: 1 });
    expect(arrivals).toEqual({ lineName: '16路', stopName: '骡马市', arrivals: [{ plate: '川A-1', stopsAway: 2, distanceMeters: 1200, minutes: 4 }] });
  });

  it('reads an empty <Routes/> as no lines, and follows the pages until Total is reached', async () => {
    const route = (n: number) =>
      `<Route><RouteId>CD-${n}</RouteId><RouteName>${n}路</RouteName><StartStation>a</StartStation><EndStation>b</EndStation><FirstTime>06:00</FirstTime><LastTime>22:00</LastTime></Route>`;
    const fifty = Array.from({ length: 50 }, (_, i) => route(i)).join('');
    const registry = cannedRegistry({
      '/chengdu/bus/RouteSearch?kw=zz&pageNo=1&pageSize=50': xml('<Code>0</Code><Total>0</Total><Routes></Routes>'),
      '/chengdu/bus/RouteSearch?kw=1&pageNo=1&pageSize=50': xml(`<Code>0</Code><Total>51</Total><Routes>${fifty}</Routes>`),
      '/chengdu/bus/RouteSearch?kw=1&pageNo=2&pageSize=50': xml(`<Code>0</Code><Total>51</Total><Routes>${route(99)}</Routes>`),
    });
    const client = new ChengduBusClient(registry);
    expect(await client.searchLines('zz')).toEqual([]);
    const lines = await client.searchLines('1');
    expect(lines).toHaveLength(51);
    expect(lines[50]).toEqual({ id: 'CD-99', name: '99路', from: 'a', to: 'b', firstBus: '06:00', lastBus: '22:00' });
  });

  it('reads HTTP 404 with 线路不存在 as no such line and 站点不存在 as no such stop', async () => {
    const registry = cannedRegistry({
      '/chengdu/bus/RouteDetail?routeId=X': xml('<Code>404</Code><Message>线路不存在</Message>', 404),
      '/chengdu/bus/RealTime?routeId=CD-0016&stationId=X&dir=up': xml('<Code>404</Code><Message>站点不存在</Message>', 404),
    });
    const client = new ChengduBusClient(registry);
    await expect(client.getLine('X')).rejects.toMatchObject({ code: 'BUS_LINE_NOT_FOUND' });
    const stop = client.getArrivals({ lineId: 'CD-0016', stopId: 'X', direction: 0 });
    await expect(stop).rejects.toBeInstanceOf(AppException);
    await expect(stop).rejects.toMatchObject({ code: 'BUS_STOP_NOT_FOUND' });
  });

  it('treats a truncated document as malformed', async () => {
    const client = new ChengduBusClient(cannedRegistry({ '/chengdu/bus/RouteDetail?routeId=CD-1': { body: '<?xml version="1.0"?><Response><Code>0</Co' } }));
    await expect(client.getLine('CD-1')).rejects.toMatchObject({ kind: 'malformed' });
  });
});
