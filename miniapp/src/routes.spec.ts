import { describe, expect, it } from '@jest/globals';
import { CITIES, PORTAL_PAGES } from '@portal/shared';
import { declaredRoutes, PORTAL_ROUTES, ROUTES, withQuery } from './routes';

describe('portal route table', () => {
  const availablePages = new Set(CITIES.flatMap((c) => c.groups.flatMap((g) => g.portals)).filter((p) => p.status === 'available').map((p) => p.page));

  it('has a route for every portal page that is available in the catalog', () => {
    for (const page of PORTAL_PAGES) {
      if (availablePages.has(page)) expect({ page, route: PORTAL_ROUTES[page] }).toEqual({ page, route: expect.any(String) });
    }
    expect(availablePages.size).toBeGreaterThan(0);
  });

  it('only routes to pages that app.config declares', () => {
    const declared = new Set(declaredRoutes());
    for (const route of [...Object.values(PORTAL_ROUTES), ...Object.values(ROUTES)]) {
      expect({ route, declared: declared.has(route as string) }).toEqual({ route, declared: true });
    }
  });

  it('keys the table only with known portal pages', () => {
    for (const page of Object.keys(PORTAL_ROUTES)) expect(PORTAL_PAGES).toContain(page);
  });

  it('encodes query values and drops empty ones', () => {
    expect(withQuery(ROUTES.busLine, { lineId: '71路', name: undefined })).toBe('/packages/bus/pages/line/index?lineId=71%E8%B7%AF');
  });
});
