import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import type { DepartmentWithFigures } from '@portal/shared';
import { ActionButton } from '../../../../components/ActionButton';
import { DataView } from '../../../../components/DataView';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { useRemote } from '../../../../hooks/use-remote';
import { ROUTES, withQuery } from '../../../../routes';
import { fetchDepartments } from '../../../../services/departments';
import { usePreferences } from '../../../../store/preferences';
import { oneDecimal, percentWords } from '../../dates';
import { ADDRESSEE_GROUPS, addresseeGroupWords } from '../../format';
import { useLetterI18n } from '../../use-words';
import '../../letters.scss';

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <View className="lt-figure" role="listitem">
      <Text className="portal-text">{label}</Text>
      <Text className="portal-text" data-testid={testId}>
        {value}
      </Text>
    </View>
  );
}

function DepartmentCard({ d }: { d: DepartmentWithFigures }) {
  const { t, text } = useLetterI18n();
  const f = d.figures;
  const none = t('lt.depts.none');
  return (
    <View className="lt-card" role="listitem" data-testid="dept" data-department-id={d.id} data-received={f.received}>
      <Heading level={3} className="lt-card-title">
        {text(d.name)}
      </Heading>
      <View className="lt-figures" role="list">
        <Figure label={t('lt.depts.received')} value={t('lt.depts.count', { n: f.received })} testId="dept-received" />
        <Figure label={t('lt.depts.answered')} value={t('lt.depts.count', { n: f.answered })} testId="dept-answered" />
        <Figure label={t('lt.depts.onTime')} value={percentWords(f.answeredOnTimeShare) ?? none} testId="dept-on-time" />
        <Figure label={t('lt.depts.median')} value={f.medianDaysToAnswer === null ? none : t('lt.depts.median.value', { days: oneDecimal(f.medianDaysToAnswer)! })} testId="dept-median" />
        <Figure
          label={t('lt.depts.satisfaction')}
          value={f.satisfaction === null ? none : t('lt.depts.satisfaction.value', { score: oneDecimal(f.satisfaction)!, n: f.ratings })}
          testId="dept-satisfaction"
        />
      </View>
      <ActionButton size="large" block data-testid="dept-letters" onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.publicAnswers, { departmentId: d.id }) })}>
        {t('lt.depts.letters')}
      </ActionButton>
    </View>
  );
}

/** Each department's figures over the last 12 months: received, answered on time, median days, satisfaction. */
export default function DepartmentsPage() {
  const { t } = useLetterI18n();
  const { city } = usePreferences();
  const departments = useRemote(() => fetchDepartments(city), [city]);
  return (
    <PageShell title={t('lt.depts.title')} testId="page-departments">
      <View className="portal-section">
        <Heading level={1}>{t('lt.depts.title')}</Heading>
        <Text className="portal-text-secondary">{t('lt.depts.intro')}</Text>
      </View>
      <DataView remote={departments} testId="depts" isEmpty={(d) => d.departments.length === 0}>
        {(data) => (
          <>
            {ADDRESSEE_GROUPS.map((kind) => {
              const list = data.departments.filter((d) => d.kind === kind);
              if (!list.length) return null;
              return (
                <View key={kind} className="portal-section" data-testid={`depts-${kind}`}>
                  <Heading level={2}>{addresseeGroupWords(kind, t)}</Heading>
                  <View role="list">
                    {list.map((d) => (
                      <DepartmentCard key={d.id} d={d} />
                    ))}
                  </View>
                </View>
              );
            })}
          </>
        )}
      </DataView>
    </PageShell>
  );
}
