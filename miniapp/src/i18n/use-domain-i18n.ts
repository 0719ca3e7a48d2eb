import { useMemo } from 'react';
import type { Locale } from '@portal/shared';
import { useI18n } from '../hooks/use-i18n';
import { domainTranslator, type DomainMessages, type DomainTranslate } from './domain';

/** useI18n() plus a service's own words: `t` takes the service's keys and every main key. */
export function useDomainI18n<K extends string>(messages: DomainMessages<K>): { locale: Locale; t: DomainTranslate<K> } {
  const { locale } = useI18n();
  return useMemo(() => ({ locale, t: domainTranslator(messages, locale) }), [messages, locale]);
}
