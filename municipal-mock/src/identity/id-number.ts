/**
 * Citizen identity numbers (GB 11643-1999): 6-digit area code, 8-digit birth date (yyyyMMdd),
 * 3-digit sequence (odd = male, even = female), check character (ISO 7064 MOD 11-2, 'X' = 10).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** The check character of the first 17 digits. Throws when the input is not 17 digits. */
export function checkCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`Need 17 digits, got "${first17}"`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK_CHARS[sum % 11] as string;
}

/** 18 characters, a real calendar birth date, and the right check character ('x' is accepted as 'X'). */
export function isValidIdNumber(value: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(value)) return false;
  const birth = value.slice(6, 14);
  const year = Number(birth.slice(0, 4));
  const month = Number(birth.slice(4, 6));
  const day = Number(birth.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return false;
  }
  return checkCharacter(value.slice(0, 17)) === value[17]!.toUpperCase();
}

/** Upper-cases a trailing 'x'. */
export const normalizeIdNumber = (value: string): string => value.toUpperCase();

/** yyyy-MM-dd */
export const birthDateOf = (idNumber: string): string =>
  `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;

export const genderOf = (idNumber: string): 'male' | 'female' => (Number(idNumber[16]) % 2 === 1 ? 'male' : 'female');

/** 'shanghai' for 3101xx, 'chengdu' for 5101xx, null otherwise. */
export function cityOf(idNumber: string): 'shanghai' | 'chengdu' | null {
  if (idNumber.startsWith('3101')) return 'shanghai';
  if (idNumber.startsWith('5101')) return 'chengdu';
  return null;
}
