import { apiPaths, type CityId, type PersonalTaxAnnual } from '@portal/shared';
import { getJson } from './request';

/** My tax year from the national system: income by type, tax withheld, the annual reconciliation. */
export function fetchPersonalTaxAnnual(city: CityId, year: number): Promise<PersonalTaxAnnual> {
  return getJson<PersonalTaxAnnual>(apiPaths.personalTaxAnnual(city), { year });
}
