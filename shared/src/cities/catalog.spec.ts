import { describe, expect, it } from '@jest/globals';
import { CITIES, findCity, offersPage, upstreamFor } from './catalog.js';
import { CITY_IDS, PORTAL_PAGES, UPSTREAM_SERVICES } from './catalog.types.js';

describe('city catalog', () => {
  it('has exactly the three cities, in catalog order', () => {
    expect(CITIES.map((c) => c.id)).toEqual([...CITY_IDS]);
  });

  it('gives every city, group and portal a name in both languages', () => {
    for (const city of CITIES) {
      const texts = [city.name, city.tagline, ...city.groups.flatMap((g) => [g.name, g.account, ...g.portals.map((p) => p.name)])];
      for (const t of texts) {
        expect(t.zh.trim()).not.toBe('');
        expect(t.en.trim()).not.toBe('');
      }
    }
  });

  it('keeps group ids unique per city and portal ids unique per city', () => {
    for (const city of CITIES) {
      const groupIds = city.groups.map((g) => g.id);
      expect(new Set(groupIds).size).toBe(groupIds.length);
      const portalIds = city.groups.flatMap((g) => g.portals.map((p) => p.id));
      expect(new Set(portalIds).size).toBe(portalIds.length);
    }
  });

  it('points every portal at a known page and every upstream at a system of the same city', () => {
    for (const city of CITIES) {
      for (const p of city.groups.flatMap((g) => g.portals)) {
        expect(PORTAL_PAGES).toContain(p.page);
        if (p.upstream) {
          expect(UPSTREAM_SERVICES).toContain(p.upstream);
          expect(p.upstream.startsWith(`${city.id}-`) || p.upstream.startsWith('national-')).toBe(true);
        }
      }
    }
  });

  it('gives Shanghai its accounts: services, news channels, interaction, the WeChat matrix and I Love Shanghai', () => {
    const sh = findCity('shanghai')!;
    expect(sh.groups.map((g) => g.name.en)).toEqual([
      'Services',
      'News channels',
      'Public-service channels',
      'Interaction',
      'WeChat Matrix',
      'I Love Shanghai',
    ]);
    const matrix = sh.groups.find((g) => g.id === 'wechat-matrix')!;
    expect(matrix.portals.map((p) => p.name.en)).toEqual(['16 district accounts', '35 bureau accounts', '33 agency accounts']);
  });

  it("gives Chengdu the interaction portals of its government account", () => {
    const cd = findCity('chengdu')!;
    const interaction = cd.groups.find((g) => g.id === 'interaction')!;
    expect(interaction.portals.map((p) => p.name.zh)).toEqual(['我向总理说句话', '我要写信', '信件查询', '信件公开', '疫情防控', '民意征集']);
  });

  it('knows which upstream serves a page, and that Yinchuan has no bus system', () => {
    expect(upstreamFor('shanghai', 'bus')).toBe('shanghai-bus');
    expect(upstreamFor('chengdu', 'weather')).toBe('chengdu-weather');
    expect(upstreamFor('yinchuan', 'bus')).toBeUndefined();
    expect(upstreamFor('chengdu', 'social-insurance')).toBe('chengdu-social-insurance');
    expect(upstreamFor('yinchuan', 'social-insurance')).toBeUndefined();
    expect(findCity('beijing')).toBeUndefined();
  });

  it('says which available pages a city offers', () => {
    expect(offersPage('chengdu', 'provident-fund')).toBe(true);
    expect(offersPage('shanghai', 'provident-fund')).toBe(false);
    expect(offersPage('shanghai', 'school-enrollment')).toBe(true);
    // A planned portal is not offered yet.
    expect(offersPage('shanghai', 'news')).toBe(false);
  });
});
