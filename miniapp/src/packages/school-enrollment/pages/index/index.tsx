import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import { offersPage, type CityId, type EnrollmentPolicy, type SchoolStage, type SchoolsResponse } from '@portal/shared';
import { ActionButton } from '../../../../components/ActionButton';
import { focusById } from '../../../../components/a11y';
import { DataView } from '../../../../components/DataView';
import { FreshnessNote } from '../../../../components/FreshnessNote';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { SCHOOL_MESSAGES } from '../../../../i18n/domains/school-enrollment';
import { useDomainI18n } from '../../../../i18n/use-domain-i18n';
import { useRemote } from '../../../../hooks/use-remote';
import { fetchEnrollmentPolicy, fetchSchools } from '../../../../services/school-enrollment';
import { usePreferences } from '../../../../store/preferences';
import { ERROR_SUMMARY_ID, ErrorSummary } from '../../../account/components/ErrorSummary';
import { TextField } from '../../../account/components/TextField';
import { checkSchoolName, dateSpan, districtsOf, type NameProblem } from '../../schools';
import '../../../account/account.scss';
import '../../school.scss';

const NAME_ID = 'school-name';
type StageChoice = SchoolStage | 'all';
const STAGES: StageChoice[] = ['all', 'primary', 'junior'];

function Choice({ selected, label, testId, value, onPress }: { selected: boolean; label: string; testId: string; value: string; onPress: () => void }) {
  return (
    <ActionButton
      className="school-choice"
      size="large"
      type={selected ? 'primary' : 'default'}
      fill={selected ? 'solid' : 'outline'}
      aria-pressed={selected}
      data-testid={testId}
      data-value={value}
      data-selected={selected ? 'true' : 'false'}
      onClick={onPress}
    >
      {label}
    </ActionButton>
  );
}

function Policy({ data }: { data: EnrollmentPolicy }) {
  const { t, locale } = useDomainI18n(SCHOOL_MESSAGES);
  return (
    <View className="portal-section" data-testid="school-policy" data-district={data.district}>
      <Heading level={2}>{t('school.policy.heading', { district: data.district, year: data.year })}</Heading>
      <FreshnessNote freshness={data} />
      <View className="school-rule" data-testid="school-policy-primary">
        <Heading level={3} className="school-rule-title">
          {t('school.policy.primary')}
        </Heading>
        <Text className="portal-text">{data.primary.rule}</Text>
        <Text className="portal-text-secondary school-when">
          {t('school.policy.primary.birth', { from: dateSpan(data.primary.birthFrom, data.primary.birthFrom, locale, t), to: dateSpan(data.primary.birthTo, data.primary.birthTo, locale, t) })}
        </Text>
      </View>
      <View className="school-rule" data-testid="school-policy-junior">
        <Heading level={3} className="school-rule-title">
          {t('school.policy.junior')}
        </Heading>
        <Text className="portal-text">{data.junior.rule}</Text>
      </View>
      <View className="school-rule">
        <Heading level={3} className="school-rule-title">
          {t('school.policy.dates')}
        </Heading>
        <View role="list" data-testid="school-dates">
          {data.keyDates.map((d) => (
            <View key={`${d.item}-${d.start}`} role="listitem" className="school-date" data-testid="school-date">
              <Text className="school-date-item">{d.item}</Text>
              <Text className="portal-text school-when">{dateSpan(d.start, d.end, locale, t)}</Text>
            </View>
          ))}
        </View>
      </View>
    </View>
  );
}

function Results({ data }: { data: SchoolsResponse }) {
  const { t } = useDomainI18n(SCHOOL_MESSAGES);
  return (
    <View className="portal-section" data-testid="school-results" id="school-results">
      <View className="portal-text" role="status" data-testid="school-results-count">
        {t('school.results.count', { n: data.schools.length })}
      </View>
      <FreshnessNote freshness={data} />
      <View role="list">
        {data.schools.map((s) => (
          <View key={s.code} role="listitem" className="school-item" data-testid="school-result" data-code={s.code}>
            <Text className="school-name">{s.name}</Text>
            <Text className="portal-text-secondary">
              {t('school.meta', {
                district: s.district,
                stage: t(s.stage === 'junior' ? 'school.stage.junior' : 'school.stage.primary'),
                type: t(s.type === 'private' ? 'school.type.private' : 'school.type.public'),
              })}
            </Text>
          </View>
        ))}
      </View>
    </View>
  );
}

interface Search {
  district?: string;
  name?: string;
  stage?: SchoolStage;
  attempt: number;
}

function Enrollment({ city }: { city: CityId }) {
  const { t } = useDomainI18n(SCHOOL_MESSAGES);
  const all = useRemote(() => fetchSchools(city), [city]);
  const [district, setDistrict] = useState<string | undefined>(undefined);
  const [name, setName] = useState('');
  const [stage, setStage] = useState<StageChoice>('all');
  const [problem, setProblem] = useState<NameProblem | undefined>(undefined);
  const [search, setSearch] = useState<Search | undefined>(undefined);
  const policy = useRemote(() => (district ? fetchEnrollmentPolicy(city, district) : undefined), [city, district]);
  const results = useRemote(
    () => (search ? fetchSchools(city, { district: search.district, name: search.name, stage: search.stage }) : undefined),
    [city, search?.district, search?.name, search?.stage, search?.attempt],
  );

  const find = (next: { district?: string; stage: StageChoice; name: string }) => {
    const check = checkSchoolName(next.name);
    if (!check.ok) {
      setProblem(check.problem);
      focusById(ERROR_SUMMARY_ID);
      return;
    }
    setProblem(undefined);
    setSearch((prev) => ({
      district: next.district,
      name: check.name,
      stage: next.stage === 'all' ? undefined : next.stage,
      attempt: (prev?.attempt ?? 0) + 1,
    }));
  };

  const chooseDistrict = (value: string) => {
    setDistrict(value);
    find({ district: value, stage, name });
  };

  const message = problem ? t(problem.key, 'params' in problem ? problem.params : undefined) : undefined;

  return (
    <>
      <View className="portal-section" data-testid="school-districts">
        <Heading level={2}>{t('school.district.heading')}</Heading>
        <DataView remote={all} testId="school-districts" isEmpty={(data) => data.schools.length === 0}>
          {(data) => (
            <View className="school-choices" role="group" aria-label={t('school.district.heading')}>
              {districtsOf(data.schools).map((d) => (
                <Choice key={d} selected={d === district} label={d} value={d} testId="school-district-option" onPress={() => chooseDistrict(d)} />
              ))}
            </View>
          )}
        </DataView>
      </View>
      {district ? (
        <DataView remote={policy} testId="school-policy">
          {(data) => <Policy data={data} />}
        </DataView>
      ) : (
        <View className="portal-section">
          <Text className="portal-text" data-testid="school-pick">
            {t('school.district.pick')}
          </Text>
        </View>
      )}
      <View className="portal-section" data-testid="school-search">
        <Heading level={2}>{t('school.search.heading')}</Heading>
        <ErrorSummary items={message ? [{ message, fieldId: NAME_ID }] : []} />
        <View className="portal-form">
          <TextField
            id={NAME_ID}
            testId="school-name"
            label={t('school.search.name')}
            hint={t('school.search.name.hint')}
            error={message}
            value={name}
            maxLength={40}
            onChange={setName}
            onConfirm={() => find({ district, stage, name })}
          />
        </View>
        <Text className="portal-field-label school-field-gap" id="school-stage-label">
          {t('school.stage')}
        </Text>
        <View className="school-choices" role="group" aria-labelledby="school-stage-label">
          {STAGES.map((s) => (
            <Choice key={s} selected={s === stage} label={t(`school.stage.${s}`)} value={s} testId={`school-stage-${s}`} onPress={() => setStage(s)} />
          ))}
        </View>
        <View className="portal-actions">
          <ActionButton type="primary" size="large" block data-testid="school-search-submit" onClick={() => find({ district, stage, name })}>
            {t('school.search.submit')}
          </ActionButton>
        </View>
      </View>
      <DataView
        remote={results}
        testId="school-results"
        isEmpty={(data) => data.schools.length === 0}
        empty={<Text className="portal-text">{t('school.results.empty')}</Text>}
      >
        {(data) => <Results data={data} />}
      </DataView>
    </>
  );
}

export default function SchoolEnrollmentPage() {
  const { t } = useDomainI18n(SCHOOL_MESSAGES);
  const { city } = usePreferences();
  return (
    <PageShell title={t('school.title')} testId="page-school-enrollment">
      <View className="portal-section">
        <Heading level={1}>{t('school.title')}</Heading>
        <Text className="portal-text-secondary">{t('school.public')}</Text>
      </View>
      {!offersPage(city, 'school-enrollment') ? (
        <View className="portal-section" data-testid="school-not-offered">
          <Text className="portal-text">{t('error.SERVICE_NOT_IN_CITY')}</Text>
        </View>
      ) : (
        <Enrollment key={city} city={city} />
      )}
    </PageShell>
  );
}
