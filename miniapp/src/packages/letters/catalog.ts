import { findCity, type CityId, type LocalizedText, type Portal, type PortalPage } from '@portal/shared';

/**
 * Each city names these pages its own way (我要写信 in Chengdu, 我要问政 in Yinchuan, 你问我答 in
 * Shanghai): the page title comes from the city's catalog portal, the first one that opens it.
 */
export function catalogPortal(city: CityId, page: PortalPage): Portal | undefined {
  return findCity(city)?.groups.flatMap((g) => g.portals).find((p) => p.page === page);
}

export function portalName(city: CityId, page: PortalPage): LocalizedText | undefined {
  return catalogPortal(city, page)?.name;
}
