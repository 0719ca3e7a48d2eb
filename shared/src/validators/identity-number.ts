/**
 * Citizen identity number, GB 11643-1999: 6-digit area code, 8-digit birth date, 3-digit
 * sequence, check character (ISO 7064 MOD 11-2, 'X' for 10).
 */
export type IdentityNumberProblem = 'empty' | 'length' | 'characters' | 'area' | 'birthDate' | 'checkCharacter';

export type IdentityNumberResult =
  | { valid: true; normalized: string; birthDate: string; sex: 'female' | 'male' }
  | { valid: false; problem: IdentityNumberProblem };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function identityCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

export function validateIdentityNumber(input: string, today: Date = new Date()): IdentityNumberResult {
  const value = input.trim().toUpperCase();
  if (value.length === 0) return { valid: false, problem: 'empty' };
  if (value.length !== 18) return { valid: false, problem: 'length' };
  if (!/^\d{17}[\dX]$/.test(value)) return { valid: false, problem: 'characters' };
  if (!/^[1-9]\d[0-9]{4}$/.test(value.slice(0, 6)) || Number(value.slice(0, 2)) < 11 || Number(value.slice(0, 2)) > 91) {
    return { valid: false, problem: 'area' };
  }
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  const realDate = birth.getUTCFullYear() === year && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day;
  if (!realDate || year < 1900 || birth.getTime() > today.getTime()) return { valid: false, problem: 'birthDate' };
  if (identityCheckCharacter(value) !== value[17]) return { valid: false, problem: 'checkCharacter' };
  return {
    valid: true,
    normalized: value,
    birthDate: `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`,
    sex: Number(value[16]) % 2 === 1 ? 'male' : 'female',
  };
}

/** The common display mask: first 6 and last 4 characters kept. */
export function maskIdentityNumber(value: string): string {
  if (value.length <= 10) return '*'.repeat(value.length);
  return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
}
