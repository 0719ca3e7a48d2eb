import { apiPaths, type CityId, type PropertyCertificate } from '@portal/shared';
import { getJson } from './request';

/**
 * A property's registration status by certificate number. Only the citizen's own: any other
 * number (someone else's, or unknown) is the same 404 NOT_FOUND.
 */
export function fetchPropertyCertificate(city: CityId, certificateNo: string): Promise<PropertyCertificate> {
  return getJson<PropertyCertificate>(apiPaths.housingCertificate(city, certificateNo));
}
