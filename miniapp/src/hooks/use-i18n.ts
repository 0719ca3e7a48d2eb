import { useMemo } from 'react';
import type { LocalizedText } from '@portal/shared';
import { pick, translator, type Translate } from '../i18n/translate';
import { usePreferences } from '../store/preferences';

export function useI18n(): { locale: 'zh' | 'en'; t: Translate; text: (value: LocalizedText) => string } {
  const { locale } = usePreferences();
  return useMemo(() => ({ locale, t: translator(locale), text: (value: LocalizedText) => pick(locale, value) }), [locale]);
}
