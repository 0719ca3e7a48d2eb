/**
 * Finds what must not reach the public board: an 18-character identity number (GB 11643) or an
 * 11-digit mainland mobile number, also when written with full-width digits or broken up by
 * spaces, hyphens or dots ("138 0013 8000").
 */
const SEPARATORS_BETWEEN_DIGITS = /(?<=\d)[\s\-.·]+(?=[\dXx])/g;
const IDENTITY_NUMBER = /(?<!\d)\d{17}[\dXx](?![\dA-Za-z])/;
const MOBILE_NUMBER = /(?<!\d)(?:\+?86)?1[3-9]\d{9}(?!\d)/;

export type PersonalNumberKind = 'identity number' | 'mobile number';

export function findPersonalNumber(text: string): PersonalNumberKind | null {
  const compact = text.normalize('NFKC').replace(SEPARATORS_BETWEEN_DIGITS, '');
  if (IDENTITY_NUMBER.test(compact)) return 'identity number';
  if (MOBILE_NUMBER.test(compact)) return 'mobile number';
  return null;
}
