import { apiPaths, type CityId, type RateServiceRequest, type RatingsResponse, type ServiceRating } from '@portal/shared';
import { getJson, postJson } from './request';

/**
 * Rates a completed case once (201). A bad review (level 1 or 2) needs a reason (400 on `reason`
 * otherwise) and comes back with its follow-up: the responsible agency and the due date. A second
 * rating of the same case is 409 ALREADY_RATED.
 */
export function rateService(city: CityId, request: RateServiceRequest): Promise<ServiceRating> {
  return postJson<ServiceRating>(apiPaths.ratings(city), request);
}

/** The signed-in citizen's ratings, newest first, each with its follow-up when it was a bad review. */
export function fetchMyRatings(): Promise<RatingsResponse> {
  return getJson<RatingsResponse>(apiPaths.myRatings());
}
