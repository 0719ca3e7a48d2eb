import type { LoanBound, LoanEstimate, LoanEstimateQuery, LoanIneligibility, LoanRules } from '@portal/shared';

/** Rounds money to the fen. */
export const yuan = (value: number): number => Math.round(value * 100) / 100;

/** What the estimate needs to know about the citizen's account. */
export interface LoanAccount {
  status: 'active' | 'sealed';
  balance: number;
  /** Months with a deposit in the recent history (enough to test the city's minimum). */
  depositMonths: number;
}

/**
 * Equal instalments (等额本息): P·r·(1+r)^n / ((1+r)^n − 1), r the monthly rate, n the months.
 * A zero rate repays the principal in equal parts.
 */
export function monthlyInstalment(principal: number, annualRate: number, months: number): number {
  if (principal <= 0 || months <= 0) return 0;
  const r = annualRate / 12;
  if (r === 0) return principal / months;
  const growth = Math.pow(1 + r, months);
  return (principal * r * growth) / (growth - 1);
}

/**
 * A provident-fund loan estimate by the city's published rules: the most the rules allow (the
 * city's cap for the home and number of earners, and the balance times the city's multiple),
 * the amount asked for within it, and equal monthly instalments at the city's rate for the term.
 * Terms longer than the city allows are refused by the caller; they are not clamped here.
 */
export function estimateLoan(rules: LoanRules, account: LoanAccount, query: LoanEstimateQuery): Omit<LoanEstimate, 'city'> {
  const cap = rules.maxLoan[query.home][query.earners === 2 ? 'family' : 'single'];
  const balanceLimit = yuan(account.balance * rules.balanceMultiple);
  const ineligibleReason: LoanIneligibility | null =
    account.status === 'sealed' ? 'accountSealed' : account.depositMonths < rules.minDepositMonths ? 'tooFewDepositMonths' : null;
  const eligible = ineligibleReason === null;

  const maxBoundBy: Exclude<LoanBound, 'requested'> = balanceLimit < cap ? 'balanceMultiple' : 'cityCap';
  const maxAmount = eligible ? Math.max(0, Math.min(cap, balanceLimit)) : 0;
  const requested = query.amount;
  const amountBoundBy: LoanBound = requested !== undefined && requested <= maxAmount ? 'requested' : maxBoundBy;
  const amount = yuan(amountBoundBy === 'requested' ? requested! : maxAmount);

  const annualRate = query.years <= 5 ? rules.rates[query.home].upTo5Years : rules.rates[query.home].over5Years;
  const months = query.years * 12;
  // What the citizen pays: the instalment rounded to the fen, every month.
  const monthlyPayment = yuan(monthlyInstalment(amount, annualRate, months));
  const totalRepayment = yuan(monthlyPayment * months);
  return {
    earners: query.earners,
    home: query.home,
    years: query.years,
    eligible,
    ineligibleReason,
    maxAmount: yuan(maxAmount),
    maxBoundBy,
    amount,
    amountBoundBy,
    limits: { cityCap: cap, balanceLimit },
    annualRate,
    months,
    monthlyPayment,
    totalInterest: yuan(totalRepayment - amount),
    totalRepayment,
    rules,
  };
}
