import { findCity, upstreamFor, type City, type CityId, type PortalPage, type UpstreamService } from '@portal/shared';
import { AppException } from './app-exception';

export function requireCity(id: string): City {
  const city = findCity(id);
  if (!city) throw AppException.notFound('CITY_NOT_FOUND', `We do not serve a city called "${id.slice(0, 40)}". Try shanghai, chengdu or yinchuan.`);
  return city;
}

const SERVICE_WORDS: Partial<Record<PortalPage, string>> = {
  bus: 'bus arrivals',
  traffic: 'traffic conditions',
  weather: 'the weather forecast',
  'social-insurance': 'social insurance inquiries',
  vaccination: 'vaccination appointments',
  'provident-fund': 'housing provident fund inquiries',
  'personal-tax': 'personal income tax inquiries',
  housing: 'property registration inquiries',
  'school-enrollment': 'school enrollment information',
};

/** The upstream that serves a page in a city, from the catalog; 404 when the city has none. */
export function requireUpstream(cityId: string, page: PortalPage): { city: CityId; service: UpstreamService } {
  const city = requireCity(cityId);
  const service = upstreamFor(city.id, page);
  if (!service) {
    throw AppException.notFound('SERVICE_NOT_IN_CITY', `${city.name.en} does not offer ${SERVICE_WORDS[page] ?? page} in this portal yet.`);
  }
  return { city: city.id, service };
}
