import { isValidIdNumber, normalizeIdNumber } from '../identity/id-number.js';
import { findPersona, type City, type Persona } from '../identity/personas.js';
import { toShanghaiTime } from '../platform/time.js';
import { residentPremium, type ResidentPayments } from './model.js';

export const businessMonth = (epochMs: number): { year: number; month: number } => {
  const t = toShanghaiTime(epochMs);
  return { year: t.year, month: t.month };
};

/** A valid identity number, normalised; null when absent or invalid. */
export function idParam(value: string | undefined | null): string | null {
  return typeof value === 'string' && isValidIdNumber(value) ? normalizeIdNumber(value) : null;
}

export const YEAR = /^20\d{2}$/;

export type ResidentError = 'not_found' | 'not_resident' | 'bad_year';

/** Someone who may pay resident medical insurance in this city (residents and children). */
export function residentPersona(idNumber: string, city: City): Persona | 'not_found' | 'not_resident' {
  const persona = findPersona(idNumber);
  if (!persona || persona.city !== city) return 'not_found';
  return persona.kind === 'resident' || persona.kind === 'child' ? persona : 'not_resident';
}

/** Years that can be queried/paid: the business year and the next (payment opens in autumn for the next year). */
export const residentYearAllowed = (year: number, nowYear: number): boolean => year >= nowYear - 4 && year <= nowYear + 1;

export function residentStatus(payments: ResidentPayments, persona: Persona, year: number, nowYear: number) {
  const payment = payments.find(persona.idNumber, year);
  // Earlier years count as paid (history), the business year and the next are open until recorded.
  const paidHistorically = year < nowYear;
  return { amountDue: residentPremium(persona, year), payment, paid: paidHistorically || payment !== undefined };
}
