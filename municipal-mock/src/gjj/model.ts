import { findPersona, type City, type Persona } from '../identity/personas.js';
import { seededRng } from '../platform/seeded.js';
import { RULES, SUSPENDED_FROM, baseFor, findAccount, monthIndex, monthKey } from '../shebao/model.js';

/**
 * Housing provident fund model (amounts in fen). Employees of the city only. The deposit base
 * is the social-insurance base; the rate is seeded per person within the city's range and the
 * employer pays the same rate. Balance = all deposits since the account opened, plus 1.5 %
 * simple yearly interest on earlier years, minus a seeded withdrawal (rent) for some.
 */
export interface LoanRules {
  maxAmount: { singleEarner: number; twoEarners: number };
  secondHomeMaxAmount: { singleEarner: number; twoEarners: number };
  /** Loan amount at most balance × this. */
  balanceMultiple: number;
  /** Yearly rates in percent by term. */
  rates: Array<{ home: 'first' | 'second'; maxYears: number; rate: number }>;
  maxYears: number;
  minDepositMonths: number;
}

export interface CityFundRules {
  rateRange: { min: number; max: number };
  loan: LoanRules;
}

const RATES_2025: LoanRules['rates'] = [
  { home: 'first', maxYears: 5, rate: 2.1 },
  { home: 'first', maxYears: 30, rate: 2.6 },
  { home: 'second', maxYears: 5, rate: 2.525 },
  { home: 'second', maxYears: 30, rate: 3.075 },
];

export const FUND_RULES: Record<City, CityFundRules> = {
  shanghai: {
    rateRange: { min: 5, max: 7 },
    loan: {
      maxAmount: { singleEarner: 800_000, twoEarners: 1_600_000 },
      secondHomeMaxAmount: { singleEarner: 650_000, twoEarners: 1_300_000 },
      balanceMultiple: 30,
      rates: RATES_2025,
      maxYears: 30,
      minDepositMonths: 6,
    },
  },
  chengdu: {
    rateRange: { min: 5, max: 12 },
    loan: {
      maxAmount: { singleEarner: 700_000, twoEarners: 900_000 },
      secondHomeMaxAmount: { singleEarner: 600_000, twoEarners: 800_000 },
      balanceMultiple: 15,
      rates: RATES_2025,
      maxYears: 30,
      minDepositMonths: 6,
    },
  },
};

export interface FundMonth {
  month: string;
  personal: number;
  employer: number;
}

export interface FundAccount {
  persona: Persona;
  accountNo: string;
  status: '正常' | '封存';
  openedOn: string;
  ratePercent: number;
  base: number;
  monthlyPersonal: number;
  monthlyEmployer: number;
  balance: number;
  lastDepositMonth: string | null;
  /** Last 24 months before the business month, newest first (months without deposit omitted). */
  history: FundMonth[];
  /** One row per calendar year from the year opened to the business month's year, oldest first. */
  years: FundYear[];
}

/**
 * A calendar year of the account (fen): balance at its start and end, deposits (personal +
 * employer), the interest credited on 30 June, withdrawals. `through` is the last month it covers:
 * December for a past year, the business month for this one. opening + deposits + interest −
 * withdrawals = closing, and the last row's closing balance is the account's balance.
 */
export interface FundYear {
  year: number;
  through: string;
  opening: number;
  deposits: number;
  interest: number;
  withdrawals: number;
  closing: number;
}

export function findFundAccount(idNumber: string, city: City, now: { year: number; month: number }): FundAccount | null {
  const persona = findPersona(idNumber);
  const account = findAccount(idNumber, city, now);
  if (!persona || !account || account.insuredType !== '城镇职工') return null;
  const rules = FUND_RULES[city];
  const rng = seededRng('gjj', persona.idNumber);
  const ratePercent = rules.rateRange.min + Math.floor(rng() * (rules.rateRange.max - rules.rateRange.min + 1));
  const start = monthIndex(account.insuredSince);
  const suspended = SUSPENDED_FROM[persona.idNumber];
  const end = Math.min(now.year * 12 + now.month - 1, suspended ? monthIndex(suspended) : Infinity);
  const deposit = (m: number) => {
    const base = baseFor(persona, RULES[city], monthKey(m));
    // Shanghai rounds each share to the yuan; Chengdu to the fen.
    const raw = (base * ratePercent) / 100;
    const amount = city === 'shanghai' ? Math.round(raw / 100) * 100 : Math.round(raw);
    return { base, amount };
  };
  const current = now.year * 12 + now.month - 1;
  let balance = 0;
  const years: FundYear[] = [];
  for (let year = Math.floor(start / 12); year <= now.year; year++) {
    const row: FundYear = { year, through: monthKey(year === now.year ? current : year * 12 + 11), opening: balance, deposits: 0, interest: 0, withdrawals: 0, closing: 0 };
    for (let m = Math.max(start, year * 12); m < Math.min(end, year * 12 + 12); m++) {
      const amount = deposit(m).amount * 2;
      balance += amount;
      row.deposits += amount;
      if (m % 12 === 5) {
        // interest settled each 30 June
        const settled = Math.round(balance * 1.015);
        row.interest += settled - balance;
        balance = settled;
      }
    }
    row.closing = balance;
    years.push(row);
  }
  if (rng() < 0.5) {
    // rent / purchase withdrawals, taken in the business month's year
    const after = Math.round(balance * (0.6 + rng() * 0.3));
    const last = years[years.length - 1];
    last.withdrawals = balance - after;
    last.closing = after;
    balance = after;
  }
  const history: FundMonth[] = [];
  for (let m = current - 1; m >= current - 24; m--) {
    if (m < start || m >= end) continue;
    const { amount } = deposit(m);
    history.push({ month: monthKey(m), personal: amount, employer: amount });
  }
  const latest = deposit(Math.max(start, end - 1));
  return {
    persona,
    accountNo: `${city === 'shanghai' ? '0' : '5101'}${String(Math.floor(seededRng('gjj-no', persona.idNumber)() * 1e9)).padStart(9, '0')}`,
    status: suspended ? '封存' : '正常',
    openedOn: `${account.insuredSince}-15`,
    ratePercent,
    base: latest.base,
    monthlyPersonal: latest.amount,
    monthlyEmployer: latest.amount,
    balance,
    lastDepositMonth: end > start ? monthKey(end - 1) : null,
    history,
    years,
  };
}
