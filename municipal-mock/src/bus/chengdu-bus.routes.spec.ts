import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { at, startTestServer, type TestServer } from '../test-support/signing.js';

// Repeated elements must always parse as arrays, even when there is only one (or none).
const LISTS = new Set([
  'Response.Routes.Route',
  'Response.Route.Up.Stations.Station',
  'Response.Route.Down.Stations.Station',
  'Response.Buses.Bus',
]);
const parser = new XMLParser({ isArray: (_name, jpath) => LISTS.has(String(jpath)), parseTagValue: false });

interface XmlResponse {
  Response: Record<string, unknown> & { Code: string; Message: string };
}

describe('Chengdu bus (XML, HTTP status codes)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ fixedTime: at('2026-03-02', '08:00') });
  });
  afterAll(() => server.close());

  async function getXml(url: string): Promise<{ status: number; doc: XmlResponse; text: string }> {
    const response = await server.signedGet(url);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const text = await response.text();
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?><Response>')).toBe(true);
    return { status: response.status, doc: parser.parse(text) as XmlResponse, text };
  }

  it('searches routes by keyword with 1-based paging', async () => {
    const first = await getXml(`/chengdu/bus/RouteSearch?kw=${encodeURIComponent('1')}&pageNo=1&pageSize=2`);
    expect(first.status).toBe(200);
    expect(first.doc.Response).toMatchObject({ Code: '0', Message: 'OK', Total: '3', PageNo: '1', PageSize: '2' });
    const routes = (first.doc.Response.Routes as { Route: Array<Record<string, string>> }).Route;
    expect(routes).toHaveLength(2);
    expect(routes[0]).toEqual({
      RouteId: 'CD-0001',
      RouteName: '1路',
      StartStation: '城北客运中心',
      EndStation: '浣花溪公园',
      FirstTime: '06:00',
      LastTime: '22:30',
    });

    const second = await getXml(`/chengdu/bus/RouteSearch?kw=1&pageNo=2&pageSize=2`);
    const secondRoutes = (second.doc.Response.Routes as { Route: Array<{ RouteId: string }> }).Route;
    expect(secondRoutes.map((route) => route.RouteId)).toEqual(['CD-0118']);
  });

  it('returns an empty <Routes> element past the last page', async () => {
    const { doc, text } = await getXml('/chengdu/bus/RouteSearch?pageNo=9&pageSize=20');
    expect(doc.Response.Total).toBe('4');
    expect(text).toContain('<Routes></Routes>');
  });

  it('describes a route with per-direction station ids', async () => {
    const { doc } = await getXml('/chengdu/bus/RouteDetail?routeId=CD-0016');
    const route = doc.Response.Route as {
      RouteName: string;
      Fare: string;
      Up: { StartStation: string; Stations: { Station: Array<{ StationId: string; StationName: string; Order: string }> } };
      Down: { StartStation: string; Stations: { Station: Array<{ StationId: string; StationName: string }> } };
    };
    expect(route.RouteName).toBe('16路');
    expect(route.Fare).toBe('2.0');
    expect(route.Up.StartStation).toBe('火车北站');
    expect(route.Down.StartStation).toBe('火车南站');
    expect(route.Up.Stations.Station[7]).toEqual({ StationId: 'CD-0016-U08', StationName: '天府广场', Order: '8' });
    expect(route.Down.Stations.Station.map((s) => s.StationName)).toEqual(
      route.Up.Stations.Station.map((s) => s.StationName).reverse(),
    );
    expect(route.Down.Stations.Station[0]?.StationId).toBe('CD-0016-D01');
  });

  it('gives real-time buses in km and whole minutes', async () => {
    // 16路 up: 4-minute headway from 07:30, 2.5 min per stop; 天府广场 is 7 stops (17.5 min) out.
    // At 08:00 buses left at 07:46, 07:50, 07:54 ... arriving in 3.5, 7.5, 11.5 minutes.
    const { doc } = await getXml('/chengdu/bus/RealTime?routeId=CD-0016&stationId=CD-0016-U08&dir=up');
    expect(doc.Response).toMatchObject({
      Code: '0',
      StationName: '天府广场',
      Dir: 'up',
      UpdateTime: '2026-03-02 08:00:00',
    });
    const buses = (doc.Response.Buses as { Bus: Array<Record<string, string>> }).Bus;
    expect(buses.map((bus) => bus.ArriveMinutes)).toEqual(['4', '8', '12']);
    for (const bus of buses) {
      expect(bus.BusNo).toMatch(/^川A-\d{5}$/);
      expect(bus.DistanceKm).toMatch(/^\d+\.\d$/);
      expect(Number(bus.StationsLeft)).toBeGreaterThan(0);
    }
  });

  it('answers 404 with an XML body for an unknown route, station or path', async () => {
    const route = await getXml('/chengdu/bus/RouteDetail?routeId=CD-9999');
    expect(route.status).toBe(404);
    expect(route.doc.Response).toEqual({ Code: '404', Message: '线路不存在' });

    const station = await getXml('/chengdu/bus/RealTime?routeId=CD-0016&stationId=CD-0016-U08&dir=down');
    expect(station.status).toBe(404);
    expect(station.doc.Response.Message).toBe('站点不存在');

    const path = await getXml('/chengdu/bus/Nothing');
    expect(path.status).toBe(404);
    expect(path.doc.Response).toEqual({ Code: '404', Message: '接口不存在' });
  });

  it('answers 400 for bad parameters', async () => {
    const dir = await getXml('/chengdu/bus/RealTime?routeId=CD-0016&stationId=CD-0016-U08&dir=0');
    expect(dir.status).toBe(400);
    expect(dir.doc.Response.Code).toBe('400');

    const pageSize = await getXml('/chengdu/bus/RouteSearch?pageSize=500');
    expect(pageSize.status).toBe(400);
  });
});
