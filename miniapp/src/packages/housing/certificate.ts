import { CHENGDU_CERTIFICATE_PATTERN, normalizeCertificateNo } from '@portal/shared';

/**
 * The certificate form's own check, before asking the BFF (which checks again). Pure, jest-tested.
 * Full-width parentheses (a Chinese keyboard's) become ASCII, as the registry writes them.
 */
export type CertificateCheck = { ok: true; number: string } | { ok: false; problem: 'missing' | 'format' };

export function checkCertificateNo(input: string): CertificateCheck {
  const number = normalizeCertificateNo(input.replace(/\s+/g, ' ')).replace(/\s+/g, '');
  if (number === '') return { ok: false, problem: 'missing' };
  // Full-width digits are turned into ASCII too (some keyboards type them).
  const ascii = number.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return CHENGDU_CERTIFICATE_PATTERN.test(ascii) ? { ok: true, number: ascii } : { ok: false, problem: 'format' };
}

/** 89.36 -> "89.36", 120 -> "120" (square metres as the registry gives them, at most 2 decimals). */
export function areaText(area: number): string {
  if (!Number.isFinite(area)) return '';
  return String(Math.round(area * 100) / 100);
}
