import type { CityId } from '../cities/catalog.types.js';

/** Real-estate registration (不动产登记), as the city's housing management system has it. */

/** `川(2024)成都市不动产权第0123456号`: province, year, city, 7 digits. Parentheses may be full-width. */
export const CHENGDU_CERTIFICATE_PATTERN = /^川[(（]\d{4}[)）]成都市不动产权第\d{7}号$/;

/** Normalises full-width parentheses to the ASCII ones the registry uses. */
export function normalizeCertificateNo(value: string): string {
  return value.trim().replace(/（/g, '(').replace(/）/g, ')');
}

/** GET /api/v1/cities/{city}/housing/certificates/{certificateNo} (only the citizen's own certificates) */
export interface PropertyCertificate {
  city: CityId;
  certificateNo: string;
  owners: string[];
  location: string;
  district: string;
  /** m² */
  area: number;
  use: string;
  nature: string;
  /** `YYYY-MM-DD` */
  registeredOn: string;
  status: 'normal' | 'mortgaged' | 'seized';
  mortgage: { holder: string; amount: number; registeredOn: string } | null;
}
