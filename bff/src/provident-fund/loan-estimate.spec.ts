import { describe, expect, it } from '@jest/globals';
import type { LoanRules } from '@portal/shared';
import { estimateLoan, monthlyInstalment } from './loan-estimate';

const shanghai: LoanRules = {
  maxLoan: { first: { single: 800_000, family: 1_600_000 }, second: { single: 650_000, family: 1_300_000 } },
  balanceMultiple: 30,
  maxTermYears: 30,
  minDepositMonths: 6,
  rates: { first: { upTo5Years: 0.021, over5Years: 0.026 }, second: { upTo5Years: 0.02525, over5Years: 0.03075 } },
};
const active = { status: 'active' as const, balance: 100_000, depositMonths: 24 };

describe('equal monthly instalments', () => {
  it('follows P·r·(1+r)^n/((1+r)^n−1): 1,000,000 over 30 years at 2.6 % is 4,003.40 a month', () => {
    expect(monthlyInstalment(1_000_000, 0.026, 360)).toBeCloseTo(4003.4, 2);
  });

  it('repays in equal parts at a zero rate, and nothing for nothing', () => {
    expect(monthlyInstalment(120_000, 0, 12)).toBe(10_000);
    expect(monthlyInstalment(0, 0.026, 360)).toBe(0);
  });
});

describe('provident-fund loan estimate by the city rules', () => {
  it('caps a single earner at the city maximum when the balance allows more', () => {
    const e = estimateLoan(shanghai, active, { earners: 1, home: 'first', years: 30 });
    expect(e.limits).toEqual({ cityCap: 800_000, balanceLimit: 3_000_000 });
    expect(e).toMatchObject({ eligible: true, maxAmount: 800_000, maxBoundBy: 'cityCap', amount: 800_000, amountBoundBy: 'cityCap', annualRate: 0.026, months: 360 });
    expect(e.monthlyPayment).toBeCloseTo(3202.72, 2);
    expect(e.totalRepayment).toBeCloseTo(e.monthlyPayment * 360, 0);
    expect(e.totalInterest).toBeCloseTo(e.totalRepayment - 800_000, 2);
  });

  it('bounds by balance × multiple when that is lower, and uses the family cap for two earners', () => {
    const e = estimateLoan(shanghai, { ...active, balance: 40_000 }, { earners: 2, home: 'first', years: 20 });
    expect(e.limits.cityCap).toBe(1_600_000);
    expect(e).toMatchObject({ maxAmount: 1_200_000, maxBoundBy: 'balanceMultiple', amountBoundBy: 'balanceMultiple' });
  });

  it('uses the second-home cap and rate, and the lower rate for 5 years or less', () => {
    expect(estimateLoan(shanghai, active, { earners: 1, home: 'second', years: 6 })).toMatchObject({ maxAmount: 650_000, annualRate: 0.03075 });
    expect(estimateLoan(shanghai, active, { earners: 1, home: 'second', years: 5 }).annualRate).toBe(0.02525);
    expect(estimateLoan(shanghai, active, { earners: 1, home: 'first', years: 5 }).annualRate).toBe(0.021);
  });

  it('computes for the amount asked within the maximum, and for the maximum when more is asked', () => {
    const within = estimateLoan(shanghai, active, { earners: 1, home: 'first', years: 10, amount: 300_000 });
    expect(within).toMatchObject({ amount: 300_000, amountBoundBy: 'requested', maxAmount: 800_000 });
    expect(within.monthlyPayment).toBeCloseTo(monthlyInstalment(300_000, 0.026, 120), 2);
    const over = estimateLoan(shanghai, active, { earners: 1, home: 'first', years: 10, amount: 900_000 });
    expect(over).toMatchObject({ amount: 800_000, amountBoundBy: 'cityCap' });
  });

  it('offers nothing on a sealed account or with fewer deposit months than the city asks', () => {
    const sealed = estimateLoan(shanghai, { ...active, status: 'sealed' }, { earners: 1, home: 'first', years: 30 });
    expect(sealed).toMatchObject({ eligible: false, ineligibleReason: 'accountSealed', maxAmount: 0, amount: 0, monthlyPayment: 0, totalInterest: 0 });
    const young = estimateLoan(shanghai, { ...active, depositMonths: 5 }, { earners: 1, home: 'first', years: 30 });
    expect(young).toMatchObject({ eligible: false, ineligibleReason: 'tooFewDepositMonths', maxAmount: 0 });
  });
});
