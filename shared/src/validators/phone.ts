/** Mainland China mobile number: 11 digits starting with 1 and 3-9; an optional +86 / 86 prefix is dropped. */
export function normalizeMobilePhone(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '').replace(/^\+?86/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

/** Display mask: first 3 and last 4 digits kept, e.g. 138****5678. */
export function maskMobilePhone(value: string): string {
  return value.length === 11 ? `${value.slice(0, 3)}****${value.slice(7)}` : '*'.repeat(value.length);
}
