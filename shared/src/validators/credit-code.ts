/**
 * Unified social credit code of an organisation, GB 32100-2015: 18 characters from a 31-sign
 * alphabet (digits and capitals without I, O, Z, S, V), the last a MOD 31 check character.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeProblem = 'empty' | 'length' | 'characters' | 'checkCharacter';

export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

export function validateCreditCode(input: string): { valid: true; normalized: string } | { valid: false; problem: CreditCodeProblem } {
  const value = input.trim().toUpperCase();
  if (value.length === 0) return { valid: false, problem: 'empty' };
  if (value.length !== 18) return { valid: false, problem: 'length' };
  if (![...value].every((c) => ALPHABET.includes(c))) return { valid: false, problem: 'characters' };
  if (creditCodeCheckCharacter(value) !== value[17]) return { valid: false, problem: 'checkCharacter' };
  return { valid: true, normalized: value };
}
