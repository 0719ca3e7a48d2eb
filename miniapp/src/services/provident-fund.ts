import {
  apiPaths,
  type CityId,
  type LoanEstimate,
  type LoanEstimateQuery,
  type ProvidentFundBalanceHistory,
  type ProvidentFundDepositsResponse,
  type ProvidentFundSummary,
} from '@portal/shared';
import { getJson } from './request';

/** My provident fund account in this city: balance, monthly deposit, rates, status (signed in, real name bound). */
export function fetchProvidentFundSummary(city: CityId): Promise<ProvidentFundSummary> {
  return getJson<ProvidentFundSummary>(apiPaths.providentFundSummary(city));
}

/** My latest deposits, newest first (months without a deposit are left out). */
export function fetchProvidentFundDeposits(city: CityId, months?: number): Promise<ProvidentFundDepositsResponse> {
  return getJson<ProvidentFundDepositsResponse>(apiPaths.providentFundDeposits(city), { months });
}

/** My balance at each year end since the account opened, oldest first; the last point is this year so far. */
export function fetchProvidentFundBalances(city: CityId): Promise<ProvidentFundBalanceHistory> {
  return getJson<ProvidentFundBalanceHistory>(apiPaths.providentFundBalances(city));
}

/** A loan estimate by the city's published rules (400 on `years` beyond the city's maximum term). */
export function fetchLoanEstimate(city: CityId, query: LoanEstimateQuery): Promise<LoanEstimate> {
  return getJson<LoanEstimate>(apiPaths.providentFundLoanEstimate(city), {
    earners: query.earners,
    home: query.home,
    years: query.years,
    amount: query.amount,
  });
}
