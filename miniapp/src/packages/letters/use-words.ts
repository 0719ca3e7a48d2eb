import { useMemo } from 'react';
import { useI18n } from '../../hooks/use-i18n';
import { letterTranslator } from './words';

/** useI18n() with the letters' own words (`t` knows both). */
export function useLetterI18n() {
  const base = useI18n();
  return useMemo(() => ({ ...base, t: letterTranslator(base.locale) }), [base]);
}
