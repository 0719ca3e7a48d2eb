import type { LocalizedText } from '../localized.js';

export const CITY_IDS = ['shanghai', 'chengdu', 'yinchuan'] as const;
export type CityId = (typeof CITY_IDS)[number];

export function isCityId(value: string): value is CityId {
  return (CITY_IDS as readonly string[]).includes(value);
}

/**
 * Pages of the mini-program a portal can open. The mini-program maps each to its route;
 * a portal whose page is not built yet has `status: 'planned'` and opens nothing.
 */
export const PORTAL_PAGES = [
  'bus',
  'traffic',
  'weather',
  'school-enrollment',
  'social-insurance',
  'provident-fund',
  'personal-tax',
  'vaccination',
  'housing',
  'letter-write',
  'letter-inquiry',
  'premier-message',
  'opinion-collection',
  'public-answers',
  'news',
  'directory',
  'city-pages',
  'enterprise',
  'map',
] as const;
export type PortalPage = (typeof PORTAL_PAGES)[number];

/** Municipal and national systems the BFF calls, one client per system (and city, where they differ). */
export const UPSTREAM_SERVICES = [
  'shanghai-bus',
  'shanghai-traffic',
  'shanghai-weather',
  'chengdu-bus',
  'chengdu-traffic',
  'chengdu-weather',
  'shanghai-social-insurance',
  'chengdu-social-insurance',
  'shanghai-provident-fund',
  'chengdu-provident-fund',
  /** National: one system for every city. */
  'national-personal-tax',
  'chengdu-housing',
  'shanghai-education',
  'chengdu-vaccination',
  'wechat',
  'sms',
  'identity-check',
  'payment',
  /** National: the State Council's message channel ("I Say a Word to the Premier"). */
  'national-gov-message',
] as const;
export type UpstreamService = (typeof UPSTREAM_SERVICES)[number];

export type PortalStatus = 'available' | 'planned';

export interface Portal {
  /** Unique within a city, kebab-case. */
  id: string;
  name: LocalizedText;
  /** Icon key; the mini-program maps it to a glyph. */
  icon: string;
  /** The page it opens; `channel` narrows a shared page (e.g. a news channel). */
  page: PortalPage;
  channel?: string;
  status: PortalStatus;
  /** The municipal system that serves it, where there is one. */
  upstream?: UpstreamService;
}

export interface PortalGroup {
  id: string;
  name: LocalizedText;
  /** Which of the city's official accounts publishes this group. */
  account: LocalizedText;
  portals: Portal[];
}

export interface City {
  id: CityId;
  name: LocalizedText;
  /** One line saying what the city's accounts are, shown under the city's name. */
  tagline: LocalizedText;
  groups: PortalGroup[];
}
