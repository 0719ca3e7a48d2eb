import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import type { ConsultationState, ConsultationSummary } from '@portal/shared';
import { pressable } from '../../../../components/a11y';
import { DataView } from '../../../../components/DataView';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { useRemote } from '../../../../hooks/use-remote';
import { CONSULTATION_MESSAGES } from '../../../../i18n/domains/consultations';
import { useDomainI18n } from '../../../../i18n/use-domain-i18n';
import { ROUTES, withQuery } from '../../../../routes';
import { fetchConsultations } from '../../../../services/consultations';
import { usePreferences } from '../../../../store/preferences';
import { datesWords, departmentName, STATE_KEYS } from '../../labels';
import '../../consultations.scss';

function Item({ c }: { c: ConsultationSummary }) {
  const { t, locale } = useDomainI18n(CONSULTATION_MESSAGES);
  const closed = c.state === 'closed';
  const open = () => void Taro.navigateTo({ url: withQuery(closed ? ROUTES.consultationResults : ROUTES.consultation, { id: c.id }) });
  const label = t(c.state === 'open' ? 'cs.open' : closed ? 'cs.results.open' : 'cs.detail.open', { title: c.title });
  return (
    <View className="cs-item" role="listitem" data-testid="cs-item" data-id={c.id} data-state={c.state}>
      <View className="cs-item-title" {...pressable(open)} role="link" aria-label={label} onClick={open} data-testid="cs-item-open">
        {c.title}
      </View>
      <Text className={`cs-state cs-state-${c.state}`}>{t(STATE_KEYS[c.state])}</Text>
      <Text className="cs-meta">{t('cs.department', { department: departmentName(c, locale) })}</Text>
      <Text className="cs-meta">{datesWords(c, t, locale)}</Text>
      {closed && c.adoptionPublished ? <Text className="cs-meta">{t('cs.adoption.published')}</Text> : null}
    </View>
  );
}

const SECTIONS: { state: ConsultationState; key: 'cs.section.open' | 'cs.section.upcoming' | 'cs.section.closed' }[] = [
  { state: 'open', key: 'cs.section.open' },
  { state: 'upcoming', key: 'cs.section.upcoming' },
  { state: 'closed', key: 'cs.section.closed' },
];

export default function ConsultationsPage() {
  const { t } = useDomainI18n(CONSULTATION_MESSAGES);
  const { city } = usePreferences();
  const remote = useRemote(() => fetchConsultations(city), [city]);
  return (
    <PageShell title={t('cs.title')} testId="page-consultations">
      <View className="portal-section">
        <Heading level={1}>{t('cs.title')}</Heading>
        <Text className="portal-text">{t('cs.intro')}</Text>
      </View>
      <DataView
        remote={remote}
        testId="cs-list"
        isEmpty={(d) => d.open.length + d.upcoming.length + d.closed.length === 0}
        empty={<Text className="portal-text">{t('cs.none')}</Text>}
      >
        {(data) => (
          <>
            {SECTIONS.map(({ state, key }) => (
              <View key={state} className="portal-section" data-testid={`cs-section-${state}`}>
                <Heading level={2}>{t(key, { count: data[state].length })}</Heading>
                {data[state].length ? (
                  <View role="list">
                    {data[state].map((c) => (
                      <Item key={c.id} c={c} />
                    ))}
                  </View>
                ) : (
                  <Text className="portal-text-secondary">{t('cs.section.empty')}</Text>
                )}
              </View>
            ))}
          </>
        )}
      </DataView>
    </PageShell>
  );
}
