import { apiPaths, type CityId, type DepartmentsResponse } from '@portal/shared';
import { getJson } from './request';

/** The city's directory (mayor's mailbox, districts, bureaus, agencies) with each one's figures. */
export function fetchDepartments(city: CityId): Promise<DepartmentsResponse> {
  return getJson<DepartmentsResponse>(apiPaths.departments(city));
}
