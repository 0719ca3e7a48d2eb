import { birthDateOf } from '../identity/id-number.js';
import { findPersona, type City, type Persona } from '../identity/personas.js';
import { seededRng } from '../platform/seeded.js';

/**
 * Social insurance model shared by the Shanghai and Chengdu dialects. Amounts are integer fen
 * here; each dialect converts. Data is deterministic per identity number (seeded).
 */
export type Insurance = 'pension' | 'medical' | 'unemployment' | 'workInjury' | 'maternity';
export const INSURANCES: readonly Insurance[] = ['pension', 'medical', 'unemployment', 'workInjury', 'maternity'];

export interface CityRules {
  /** Monthly payment base band (yuan) for the year from July (assumed figures, see README). */
  baseBand: { min: number; max: number };
  /** Rates as fractions: personal and employer share. */
  rates: Record<Insurance, { personal: number; employer: number }>;
  /** Resident medical insurance, yearly personal premium (yuan) by category. */
  resident: { adult: number; senior: number; child: number; seniorFromAge: number };
  employers: readonly string[];
}

export const RULES: Record<City, CityRules> = {
  shanghai: {
    baseBand: { min: 7460, max: 37302 },
    rates: {
      pension: { personal: 0.08, employer: 0.16 },
      medical: { personal: 0.02, employer: 0.09 },
      unemployment: { personal: 0.005, employer: 0.005 },
      workInjury: { personal: 0, employer: 0.0026 },
      maternity: { personal: 0, employer: 0.01 },
    },
    resident: { adult: 1075, senior: 705, child: 245, seniorFromAge: 60 },
    employers: ['上海浦江数码科技有限公司', '上海徐汇区滨江文化发展有限公司', '上海申城物流有限公司', '上海外滩金融服务有限公司'],
  },
  chengdu: {
    baseBand: { min: 4543, max: 22716 },
    rates: {
      pension: { personal: 0.08, employer: 0.16 },
      // Maternity is merged into medical in Chengdu: employer medical 9.3% includes it.
      medical: { personal: 0.02, employer: 0.093 },
      unemployment: { personal: 0.004, employer: 0.006 },
      workInjury: { personal: 0, employer: 0.004 },
      maternity: { personal: 0, employer: 0 },
    },
    resident: { adult: 420, senior: 420, child: 420, seniorFromAge: 60 },
    employers: ['成都天府软件园开发有限公司', '四川锦城餐饮管理有限公司', '成都蓉欧供应链有限公司', '成都高新智造科技有限公司'],
  },
};

export interface Account {
  persona: Persona;
  insuredType: '城镇职工' | '城乡居民';
  status: '正常参保' | '暂停';
  employer: string | null;
  /** yyyy-MM */
  insuredSince: string;
  /** Months with contributions up to the business month (excluded). */
  monthsPaid: number;
  /** Current monthly payment base, fen (0 for residents). */
  paymentBase: number;
}

export interface MonthContribution {
  /** yyyy-MM */
  month: string;
  base: number;
  items: Record<Insurance, { personal: number; employer: number }>;
  personal: number;
  employer: number;
}

/** `2026-03` → months index (year*12 + month-1). */
export const monthIndex = (ym: string): number => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
export const monthKey = (index: number): string => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** Employees: since July of the year they turned 22 (not before 2000-07); 陈浩 since 2023-07. */
function employeeSince(persona: Persona): string {
  const birthYear = Number(birthDateOf(persona.idNumber).slice(0, 4));
  return `${Math.max(2000, birthYear + 22)}-07`;
}

/** 黄磊's payments stop from this month (status 暂停). */
export const SUSPENDED_FROM: Readonly<Record<string, string>> = { '51010919791224007X': '2025-10' };

/** Band for a given year: 2026 band, 4.5% lower per earlier year (rounded to the yuan). */
function bandFor(rules: CityRules, year: number): { min: number; max: number } {
  const factor = Math.pow(1.045, Math.min(0, year - 2026));
  return { min: Math.round(rules.baseBand.min * factor), max: Math.round(rules.baseBand.max * factor) };
}

/** Monthly base (fen) for a year: a seeded position inside the band, fixed per person; bases change each July. */
export function baseFor(persona: Persona, rules: CityRules, month: string): number {
  const m = monthIndex(month);
  const baseYear = Math.floor((m - 6) / 12); // July-June years
  const band = bandFor(rules, baseYear + 1);
  const rng = seededRng('shebao-base', persona.idNumber);
  const position = 0.15 + rng() * 0.6;
  const yuan = Math.round(band.min + (band.max - band.min) * position);
  return Math.min(band.max, Math.max(band.min, yuan)) * 100;
}

const share = (base: number, rate: number): number => Math.round(base * rate);

export function findAccount(idNumber: string, city: City, now: { year: number; month: number }): Account | null {
  const persona = findPersona(idNumber);
  if (!persona || persona.city !== city || persona.kind === 'child') return null;
  const rules = RULES[city];
  const currentMonth = `${now.year}-${String(now.month).padStart(2, '0')}`;
  if (persona.kind === 'resident') {
    return {
      persona,
      insuredType: '城乡居民',
      status: '正常参保',
      employer: null,
      insuredSince: '2016-01',
      monthsPaid: 0,
      paymentBase: 0,
    };
  }
  const since = employeeSince(persona);
  const suspendedFrom = SUSPENDED_FROM[persona.idNumber];
  const end = Math.min(monthIndex(currentMonth), suspendedFrom ? monthIndex(suspendedFrom) : Infinity);
  const rng = seededRng('shebao-employer', persona.idNumber);
  return {
    persona,
    insuredType: '城镇职工',
    status: suspendedFrom && monthIndex(suspendedFrom) <= monthIndex(currentMonth) ? '暂停' : '正常参保',
    employer: suspendedFrom ? null : rules.employers[Math.floor(rng() * rules.employers.length)]!,
    insuredSince: since,
    monthsPaid: Math.max(0, end - monthIndex(since)),
    paymentBase: baseFor(persona, rules, monthKey(end - 1)),
  };
}

/** Contributions of an employee for the months of `year` that are paid (before the business month, not suspended). */
export function contributions(account: Account, year: number, now: { year: number; month: number }): MonthContribution[] {
  if (account.insuredType !== '城镇职工') return [];
  const rules = RULES[account.persona.city];
  const since = monthIndex(account.insuredSince);
  const suspendedFrom = SUSPENDED_FROM[account.persona.idNumber];
  const end = Math.min(now.year * 12 + now.month - 1, suspendedFrom ? monthIndex(suspendedFrom) : Infinity);
  const months: MonthContribution[] = [];
  for (let m = year * 12; m < year * 12 + 12; m++) {
    if (m < since || m >= end) continue;
    const month = monthKey(m);
    const base = baseFor(account.persona, rules, month);
    const items = {} as MonthContribution['items'];
    let personal = 0;
    let employer = 0;
    for (const insurance of INSURANCES) {
      const rate = rules.rates[insurance];
      const item = { personal: share(base, rate.personal), employer: share(base, rate.employer) };
      items[insurance] = item;
      personal += item.personal;
      employer += item.employer;
    }
    months.push({ month, base, items, personal, employer });
  }
  return months;
}

export interface YearTotal {
  year: number;
  months: number;
  personal: number;
  employer: number;
}

/** The current business year and the 4 before it. Residents: their yearly resident premium (personal only). */
export function yearlyTotals(account: Account, now: { year: number; month: number }): YearTotal[] {
  const years = [now.year - 4, now.year - 3, now.year - 2, now.year - 1, now.year];
  return years.map((year) => {
    if (account.insuredType === '城乡居民') {
      const paid = year < now.year;
      return { year, months: paid ? 12 : 0, personal: paid ? residentPremium(account.persona, year) : 0, employer: 0 };
    }
    const months = contributions(account, year, now);
    return {
      year,
      months: months.length,
      personal: months.reduce((sum, m) => sum + m.personal, 0),
      employer: months.reduce((sum, m) => sum + m.employer, 0),
    };
  });
}

export type ResidentCategory = 'adult' | 'senior' | 'child';

export function residentCategory(persona: Persona, year: number): ResidentCategory {
  const age = year - Number(birthDateOf(persona.idNumber).slice(0, 4));
  if (age < 18) return 'child';
  return age >= RULES[persona.city].resident.seniorFromAge ? 'senior' : 'adult';
}

/** Yearly resident medical premium, fen. 2026 figures, 20 yuan less per earlier year. */
export function residentPremium(persona: Persona, year: number): number {
  const rules = RULES[persona.city].resident;
  const yuan = rules[residentCategory(persona, year)] - Math.max(0, 2026 - year) * 20;
  return yuan * 100;
}

export interface ResidentPayment {
  idNumber: string;
  year: number;
  tradeNo: string;
  amount: number;
  /** epoch ms, business clock */
  paidAt: number;
}

/** Resident medical insurance payments recorded by the portal, idempotent by trade number. */
export class ResidentPayments {
  private readonly byTradeNo = new Map<string, ResidentPayment>();
  private readonly byPersonYear = new Map<string, ResidentPayment>();

  find(idNumber: string, year: number): ResidentPayment | undefined {
    return this.byPersonYear.get(`${idNumber}|${year}`);
  }

  /**
   * 'created' | 'repeat' (same trade number, same person, year and amount) | 'trade_no_conflict'
   * (trade number used for something else) | 'already_paid' (the year is paid by another trade number).
   */
  record(payment: ResidentPayment): { outcome: 'created' | 'repeat'; payment: ResidentPayment } | { outcome: 'trade_no_conflict' | 'already_paid' } {
    const existing = this.byTradeNo.get(payment.tradeNo);
    if (existing) {
      const same = existing.idNumber === payment.idNumber && existing.year === payment.year && existing.amount === payment.amount;
      return same ? { outcome: 'repeat', payment: existing } : { outcome: 'trade_no_conflict' };
    }
    if (this.find(payment.idNumber, payment.year)) return { outcome: 'already_paid' };
    this.byTradeNo.set(payment.tradeNo, payment);
    this.byPersonYear.set(`${payment.idNumber}|${payment.year}`, payment);
    return { outcome: 'created', payment };
  }

  clear(): void {
    this.byTradeNo.clear();
    this.byPersonYear.clear();
  }
}
