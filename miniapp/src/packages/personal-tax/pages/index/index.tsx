import { useDidShow } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useRef, useState } from 'react';
import { offersPage, TAX_YEAR_MAX, TAX_YEAR_MIN, type CityId, type PersonalTaxAnnual } from '@portal/shared';
import { ActionButton } from '../../../../components/ActionButton';
import { DataView } from '../../../../components/DataView';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { SignInPrompt } from '../../../../components/SignInPrompt';
import { TAX_MESSAGES } from '../../../../i18n/domains/personal-tax';
import { IdentityNeeded } from '../../../../components/IdentityNeeded';
import { useDomainI18n } from '../../../../i18n/use-domain-i18n';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRemote } from '../../../../hooks/use-remote';
import { errorCode } from '../../../../services/error-words';
import { fetchPersonalTaxAnnual } from '../../../../services/personal-tax';
import { useSignedIn } from '../../../../session/use-session';
import { usePreferences } from '../../../../store/preferences';
import { formatYuan } from '../../../social-insurance/chart';
import { calculationLines, incomeRows, reconciliationWords, taxYears } from '../../reconciliation';
import '../../tax.scss';

function Outcome({ data }: { data: PersonalTaxAnnual }) {
  const { t } = useDomainI18n(TAX_MESSAGES);
  const r = data.reconciliation;
  const words = reconciliationWords(r, t);
  return (
    <View className="portal-section" data-testid="tax-result" data-outcome={r.outcome}>
      <Heading level={2}>{t('tax.result.heading', { year: data.year })}</Heading>
      <View className={r.outcome === 'due' ? 'tax-outcome tax-outcome-due' : 'tax-outcome'} role="status">
        <Text className="tax-outcome-headline" data-testid="tax-result-headline">
          {words.headline}
        </Text>
        <Text className="tax-outcome-text" data-testid="tax-result-text">
          {words.text}
        </Text>
      </View>
      <Text className="portal-text-secondary tax-note" data-testid="tax-result-label">
        {t('tax.result.label', { label: r.outcomeLabel })}
      </Text>
      {r.outcome === 'refund' || r.outcome === 'due' ? <Text className="portal-text-secondary tax-note">{t('tax.result.when')}</Text> : null}
    </View>
  );
}

function Income({ data }: { data: PersonalTaxAnnual }) {
  const { t } = useDomainI18n(TAX_MESSAGES);
  const rows = incomeRows(data.income, t);
  return (
    <View className="portal-section" data-testid="tax-income">
      <Heading level={2}>{t('tax.income.heading', { year: data.year })}</Heading>
      {rows.length === 0 ? (
        <Text className="portal-text">{t('tax.income.empty')}</Text>
      ) : (
        <View role="list">
          {rows.map((row) => (
            <View key={row.type} className="tax-row" role="listitem" data-testid={`tax-income-${row.type}`}>
              <Text className="tax-row-label">{row.name}</Text>
              <View className="tax-row-values">
                <Text className="tax-row-value">
                  {t('tax.income.income')} {formatYuan(row.income)}
                </Text>
                <Text className="tax-row-sub">
                  {t('tax.income.withheld')} {formatYuan(row.taxWithheld)}
                </Text>
                <Text className="tax-row-sub">{t('tax.income.payments', { n: row.payments })}</Text>
              </View>
            </View>
          ))}
          <View className="tax-row tax-row-total" role="listitem" data-testid="tax-income-total">
            <Text className="tax-row-label">{t('tax.income.total')}</Text>
            <View className="tax-row-values">
              <Text className="tax-row-value">
                {t('tax.income.income')} {formatYuan(data.incomeTotal)}
              </Text>
              <Text className="tax-row-value" data-testid="tax-withheld-total">
                {t('tax.income.withheld')} {formatYuan(data.taxWithheldTotal)}
              </Text>
            </View>
          </View>
        </View>
      )}
    </View>
  );
}

function Calculation({ data }: { data: PersonalTaxAnnual }) {
  const { t } = useDomainI18n(TAX_MESSAGES);
  return (
    <View className="portal-section" data-testid="tax-calculation">
      <Heading level={2}>{t('tax.calc.heading')}</Heading>
      <View role="list">
        {calculationLines(data.reconciliation, t).map((line) => (
          <View key={line.id} className={line.total ? 'tax-row tax-row-total' : 'tax-row'} role="listitem" data-testid={`tax-calc-${line.id}`}>
            <Text className="tax-row-label">{line.label}</Text>
            <Text className="tax-row-value">{line.value}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

function YearPicker({ years, year, onChange }: { years: number[]; year: number; onChange: (year: number) => void }) {
  const { t } = useDomainI18n(TAX_MESSAGES);
  return (
    <View className="portal-section">
      <Heading level={2}>{t('tax.year.heading')}</Heading>
      <View className="tax-years" role="group" aria-label={t('tax.year.heading')}>
        {years.map((y) => (
          <ActionButton
            key={y}
            className="tax-year"
            size="large"
            type={y === year ? 'primary' : 'default'}
            fill={y === year ? 'solid' : 'outline'}
            aria-pressed={y === year}
            data-selected={y === year ? 'true' : 'false'}
            data-testid={`tax-year-${y}`}
            onClick={() => onChange(y)}
          >
            {t('tax.year.option', { year: y })}
          </ActionButton>
        ))}
      </View>
    </View>
  );
}

function Tax({ city }: { city: CityId }) {
  const { t } = useDomainI18n(TAX_MESSAGES);
  const years = taxYears(TAX_YEAR_MIN, TAX_YEAR_MAX);
  const [year, setYear] = useState(years[0]);
  const annual = useRemote(() => fetchPersonalTaxAnnual(city, year), [city, year]);
  usePullRefresh(() => annual.reload());
  const firstShow = useRef(true);
  useDidShow(() => {
    if (firstShow.current) {
      firstShow.current = false;
      return;
    }
    void annual.reload();
  });

  const code = annual.status === 'error' ? errorCode(annual.error) : undefined;
  if (code === 'IDENTITY_NOT_VERIFIED' || code === 'PRIVACY_NOT_ACCEPTED') return <IdentityNeeded testId="tax" text={t('tax.identity.text')} />;
  return (
    <>
      <YearPicker years={years} year={year} onChange={setYear} />
      {code === 'NOT_FOUND' ? (
        <View className="portal-section" data-testid="tax-no-record">
          <Text className="portal-text">{t('tax.noRecord')}</Text>
        </View>
      ) : (
        <DataView remote={annual} testId="tax-annual">
          {(data) => (
            <>
              <Outcome data={data} />
              <Income data={data} />
              <Calculation data={data} />
            </>
          )}
        </DataView>
      )}
      <View className="portal-note" data-testid="tax-private">
        {t('tax.source')} {t('si.private')}
      </View>
    </>
  );
}

export default function PersonalTaxPage() {
  const { t } = useDomainI18n(TAX_MESSAGES);
  const signedIn = useSignedIn();
  const { city } = usePreferences();
  return (
    <PageShell title={t('tax.title')} testId="page-personal-tax">
      <View className="portal-section">
        <Heading level={1}>{t('tax.title')}</Heading>
      </View>
      {!offersPage(city, 'personal-tax') ? (
        <View className="portal-section" data-testid="tax-not-offered">
          <Text className="portal-text">{t('error.SERVICE_NOT_IN_CITY')}</Text>
        </View>
      ) : !signedIn ? (
        <SignInPrompt text={t('tax.signin')} />
      ) : (
        <Tax key={city} city={city} />
      )}
    </PageShell>
  );
}
