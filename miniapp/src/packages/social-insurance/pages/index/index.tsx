import Taro, { useDidShow } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useRef, useState } from 'react';
import {
  offersPage,
  type CityId,
  type ContributionsResponse,
  type InsuranceKind,
  type MonthlyContribution,
  type SocialInsuranceSummary,
  type YearlyTotalsResponse,
} from '@portal/shared';
import { ActionButton } from '../../../../components/ActionButton';
import { pressable } from '../../../../components/a11y';
import { DataView } from '../../../../components/DataView';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { SignInPrompt } from '../../../../components/SignInPrompt';
import { useI18n } from '../../../../hooks/use-i18n';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRemote, type Remote } from '../../../../hooks/use-remote';
import type { MessageKey } from '../../../../i18n/translate';
import { ROUTES } from '../../../../routes';
import { formatDate } from '../../../../lib/format';
import { errorCode } from '../../../../services/error-words';
import {
  fetchResidentMedical,
  fetchSocialInsuranceContributions,
  fetchSocialInsuranceSummary,
  fetchSocialInsuranceYearly,
} from '../../../../services/social-insurance';
import { withQuery } from '../../../../routes';
import { useSignedIn } from '../../../../session/use-session';
import { usePreferences } from '../../../../store/preferences';
import {
  formatYuan,
  latestMonth,
  monthBarText,
  monthLabel,
  monthNumber,
  monthSlots,
  pickerYears,
  presentKinds,
  scaleBars,
  shortMonthLabel,
  yearBarText,
  type BarLengths,
} from '../../chart';
import './index.scss';

const KIND_KEYS: Record<InsuranceKind, MessageKey> = {
  pension: 'si.kind.pension',
  medical: 'si.kind.medical',
  unemployment: 'si.kind.unemployment',
  workInjury: 'si.kind.workInjury',
  maternity: 'si.kind.maternity',
};

/** The BFF could not look the person up: no verified identity yet (or the notice that comes before it). */
function needsIdentity(remote: Remote<unknown>): boolean {
  const code = remote.status === 'error' ? errorCode(remote.error) : undefined;
  return code === 'IDENTITY_NOT_VERIFIED' || code === 'PRIVACY_NOT_ACCEPTED';
}

function IdentityNeeded() {
  const { t } = useI18n();
  return (
    <View className="portal-section" data-testid="si-identity-needed">
      <Heading level={2}>{t('si.identity.heading')}</Heading>
      <Text className="portal-text">{t('si.identity.text')}</Text>
      <View className="portal-actions">
        <ActionButton type="primary" size="large" block data-testid="si-identity-open" onClick={() => void Taro.navigateTo({ url: ROUTES.accountIdentity })}>
          {t('si.identity.open')}
        </ActionButton>
      </View>
    </View>
  );
}

function SummaryRow({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <View className="si-row" data-testid={testId}>
      <Text className="si-row-label">{label}</Text>
      <Text className="si-row-value">{value}</Text>
    </View>
  );
}

function SummaryCard({ data }: { data: SocialInsuranceSummary }) {
  const { t, locale } = useI18n();
  return (
    <View className="portal-section" data-testid="si-summary">
      <Heading level={2}>{t('si.summary.heading')}</Heading>
      <View role="list">
        <SummaryRow label={t('si.insuredType')} value={t(data.insuredType === 'employee' ? 'si.insuredType.employee' : 'si.insuredType.resident')} />
        <SummaryRow
          label={t('si.status')}
          value={t(data.status === 'active' ? 'si.status.active' : 'si.status.suspended')}
          testId="si-status"
        />
        <SummaryRow label={t('si.employer')} value={data.employer ?? t('si.employer.none')} />
        <SummaryRow label={t('si.paymentBase')} value={formatYuan(data.paymentBase)} />
        <SummaryRow label={t('si.monthsPaid')} value={t('si.monthsPaid.value', { n: data.monthsPaid })} />
        <SummaryRow label={t('si.insuredSince')} value={data.insuredSince ? monthLabel(data.insuredSince, locale) : t('si.unknown')} />
      </View>
    </View>
  );
}

/** This year's resident medical insurance (only for the resident-insured): paid, or the way to pay. */
function ResidentMedical({ city, year, visit }: { city: CityId; year: number; visit: number }) {
  const { t } = useI18n();
  // Asked again each time the page comes back (after paying on the next page).
  const status = useRemote(() => fetchResidentMedical(city, year), [city, year, visit]);
  return (
    <DataView remote={status} testId="rm-summary">
      {(data) => (
        <View className="portal-section" data-testid="rm-summary" data-status={data.status}>
          <Heading level={2}>{t('rm.summary.heading', { year: data.year })}</Heading>
          <View role="list">
            <SummaryRow label={t('rm.check.category')} value={data.category} />
            <SummaryRow label={t('rm.check.amount')} value={formatYuan(data.amountDue)} testId="rm-summary-amount" />
            <SummaryRow
              label={t('si.status')}
              value={data.status === 'paid' ? t('rm.status.paid', { date: formatDate(data.paidAt) }) : t('rm.status.unpaid')}
              testId="rm-summary-status"
            />
          </View>
          {data.status === 'unpaid' ? (
            <View className="portal-actions">
              <ActionButton
                type="primary"
                size="large"
                block
                data-testid="rm-pay-open"
                onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.residentMedicalPay, { year: data.year }) })}
              >
                {t('rm.pay')}
              </ActionButton>
            </View>
          ) : null}
        </View>
      )}
    </DataView>
  );
}

function Legend() {
  const { t } = useI18n();
  return (
    <View className="si-legend" role="list" aria-label={t('si.legend.label')}>
      <View className="si-legend-item" role="listitem">
        <View className="si-swatch si-fill-personal" />
        <Text className="portal-text-secondary">{t('si.legend.personal')}</Text>
      </View>
      <View className="si-legend-item" role="listitem">
        <View className="si-swatch si-fill-employer" />
        <Text className="portal-text-secondary">{t('si.legend.employer')}</Text>
      </View>
    </View>
  );
}

/** A stacked bar: personal (solid) then employer (striped), lengths in percent of the chart width. */
function Bar({ bar }: { bar: BarLengths }) {
  return (
    <View className="si-bar-track" aria-hidden="true">
      {bar.personal > 0 ? <View className="si-bar si-fill-personal" style={{ width: `${bar.personal}%` }} /> : null}
      {bar.employer > 0 ? <View className="si-bar si-bar-second si-fill-employer" style={{ width: `${bar.employer}%` }} /> : null}
    </View>
  );
}

function Breakdown({ month, contribution }: { month: string; contribution: MonthlyContribution | undefined }) {
  const { t, locale } = useI18n();
  const kinds = contribution ? presentKinds(contribution.byInsurance) : [];
  return (
    <View className="portal-section" data-testid="si-breakdown" data-month={month}>
      <Heading level={2}>{t('si.breakdown.heading', { month: monthLabel(month, locale) })}</Heading>
      {!contribution ? (
        <Text className="portal-text">{t('si.breakdown.none')}</Text>
      ) : (
        <>
          <Text className="portal-text-secondary">{t('si.breakdown.base', { amount: formatYuan(contribution.paymentBase) })}</Text>
          <View role="list" className="si-kinds">
            {kinds.map((kind) => {
              const shares = contribution.byInsurance[kind]!;
              return (
                <View key={kind} role="listitem" className="si-kind" data-testid={`si-kind-${kind}`}>
                  <Text className="si-kind-name">{t(KIND_KEYS[kind])}</Text>
                  <View className="si-kind-amounts">
                    <Text className="si-kind-amount">
                      {t('si.breakdown.personal')} {formatYuan(shares.personal)}
                    </Text>
                    <Text className="si-kind-amount">
                      {t('si.breakdown.employer')} {formatYuan(shares.employer)}
                    </Text>
                  </View>
                </View>
              );
            })}
            <View role="listitem" className="si-kind si-kind-total">
              <Text className="si-kind-name">{t('si.breakdown.total')}</Text>
              <View className="si-kind-amounts">
                <Text className="si-kind-amount">
                  {t('si.breakdown.personal')} {formatYuan(contribution.personalTotal)}
                </Text>
                <Text className="si-kind-amount">
                  {t('si.breakdown.employer')} {formatYuan(contribution.employerTotal)}
                </Text>
              </View>
            </View>
          </View>
          {contribution.byInsurance.medical && !contribution.byInsurance.maternity ? (
            <Text className="portal-text-secondary si-note">{t('si.breakdown.maternityMerged')}</Text>
          ) : null}
        </>
      )}
    </View>
  );
}

function MonthlyChart({ data, selected, onSelect }: { data: ContributionsResponse; selected: string | undefined; onSelect: (month: string) => void }) {
  const { t, locale } = useI18n();
  const slots = monthSlots(data.year, data.months);
  const { scale, bars } = scaleBars(slots.map((s) => (s.contribution ? { personal: s.contribution.personalTotal, employer: s.contribution.employerTotal } : undefined)));
  const current = selected && slots.some((s) => s.month === selected) ? selected : latestMonth(data.months);
  const currentSlot = slots.find((s) => s.month === current);
  return (
    <>
      <View className="portal-section" data-testid="si-monthly" data-year={data.year}>
        <Heading level={2}>{t('si.monthly.heading', { year: data.year })}</Heading>
        <Text className="portal-text-secondary">{t('si.monthly.hint')}</Text>
        <Legend />
        <View className="si-chart">
          {slots.map((slot, i) => {
            const isSelected = slot.month === current;
            const select = () => onSelect(slot.month);
            return (
              <View
                key={slot.month}
                className={isSelected ? 'si-bar-row si-bar-row-selected' : 'si-bar-row'}
                data-testid={`si-month-bar-${monthNumber(slot.month)}`}
                data-selected={isSelected ? 'true' : 'false'}
                aria-label={monthBarText(slot, locale, t)}
                aria-pressed={isSelected}
                {...pressable(select)}
                onClick={select}
              >
                <Text className="si-bar-label" aria-hidden="true">
                  {shortMonthLabel(slot.month, locale)}
                </Text>
                <Bar bar={bars[i]} />
                <Text className={slot.contribution ? 'si-bar-value' : 'si-bar-value si-bar-value-none'} aria-hidden="true">
                  {slot.contribution ? formatYuan(slot.contribution.personalTotal + slot.contribution.employerTotal) : t('si.month.none')}
                </Text>
              </View>
            );
          })}
        </View>
        {scale > 0 ? <Text className="portal-text-secondary si-note">{t('si.scale', { amount: formatYuan(scale) })}</Text> : null}
        <View className="si-kind si-kind-total" data-testid="si-year-total">
          <Text className="si-kind-name">{t('si.year.total')}</Text>
          <View className="si-kind-amounts">
            <Text className="si-kind-amount">
              {t('si.breakdown.personal')} {formatYuan(data.personalTotal)}
            </Text>
            <Text className="si-kind-amount">
              {t('si.breakdown.employer')} {formatYuan(data.employerTotal)}
            </Text>
          </View>
        </View>
      </View>
      {current ? <Breakdown month={current} contribution={currentSlot?.contribution} /> : null}
    </>
  );
}

function YearlyChart({ data }: { data: YearlyTotalsResponse }) {
  const { t, locale } = useI18n();
  const rows = [...data.years].sort((a, b) => b.year - a.year);
  const { scale, bars } = scaleBars(rows.map((r) => ({ personal: r.personalTotal, employer: r.employerTotal })));
  return (
    <View className="portal-section" data-testid="si-yearly">
      <Heading level={2}>{t('si.yearly.heading')}</Heading>
      <Legend />
      <View className="si-chart" role="list">
        {rows.map((row, i) => (
          <View key={row.year} role="listitem" className="si-bar-row si-bar-row-static" data-testid={`si-yearly-bar-${row.year}`}>
            <Text className="si-sr-only">{yearBarText(row, locale, t)}</Text>
            <Text className="si-bar-label si-bar-label-year" aria-hidden="true">
              {t('si.yearly.label', { year: row.year })}
            </Text>
            <Bar bar={bars[i]} />
            <View className="si-bar-value" aria-hidden="true">
              <Text className="si-bar-value-main">{formatYuan(row.personalTotal + row.employerTotal)}</Text>
              <Text className="si-bar-value-sub">{t('si.yearly.months', { n: row.monthsPaid })}</Text>
            </View>
          </View>
        ))}
      </View>
      {scale > 0 ? <Text className="portal-text-secondary si-note">{t('si.scale', { amount: formatYuan(scale) })}</Text> : null}
    </View>
  );
}

function YearPicker({ years, year, onChange }: { years: number[]; year: number; onChange: (year: number) => void }) {
  const { t } = useI18n();
  return (
    <View className="portal-section">
      <Heading level={2}>{t('si.year.heading')}</Heading>
      <View className="si-years" role="group" aria-label={t('si.year.heading')}>
        {years.map((y) => (
          <ActionButton
            key={y}
            className="si-year"
            size="large"
            type={y === year ? 'primary' : 'default'}
            fill={y === year ? 'solid' : 'outline'}
            aria-pressed={y === year}
            data-selected={y === year ? 'true' : 'false'}
            data-testid={`si-year-${y}`}
            onClick={() => onChange(y)}
          >
            {t('si.year.option', { year: y })}
          </ActionButton>
        ))}
      </View>
    </View>
  );
}

function SocialInsurance({ city }: { city: CityId }) {
  const { t } = useI18n();
  const years = pickerYears();
  const [year, setYear] = useState(years[0]);
  const [month, setMonth] = useState<string | undefined>(undefined);
  const [visit, setVisit] = useState(0);
  const summary = useRemote(() => fetchSocialInsuranceSummary(city), [city]);
  const contributions = useRemote(() => fetchSocialInsuranceContributions(city, year), [city, year]);
  const yearly = useRemote(() => fetchSocialInsuranceYearly(city), [city]);
  const reloadAll = () => Promise.all([summary.reload(), contributions.reload(), yearly.reload()]);
  usePullRefresh(reloadAll);

  // Back from the real-name binding page (or any other): ask again; nothing is kept between visits.
  const firstShow = useRef(true);
  useDidShow(() => {
    if (firstShow.current) {
      firstShow.current = false;
      return;
    }
    setVisit((v) => v + 1);
    void reloadAll();
  });

  if ([summary, contributions, yearly].some(needsIdentity)) return <IdentityNeeded />;

  return (
    <>
      <DataView remote={summary} testId="si-summary">
        {(data) => (
          <>
            <SummaryCard data={data} />
            {data.insuredType === 'resident' ? <ResidentMedical city={city} year={years[0]} visit={visit} /> : null}
          </>
        )}
      </DataView>
      <YearPicker
        years={years}
        year={year}
        onChange={(y) => {
          setYear(y);
          setMonth(undefined);
        }}
      />
      <DataView
        remote={contributions}
        testId="si-monthly"
        isEmpty={(data) => data.months.length === 0}
        empty={<Text className="portal-text">{t('si.empty.year', { year })}</Text>}
      >
        {(data) => <MonthlyChart data={data} selected={month} onSelect={setMonth} />}
      </DataView>
      <DataView remote={yearly} testId="si-yearly" isEmpty={(data) => data.years.length === 0}>
        {(data) => <YearlyChart data={data} />}
      </DataView>
      <View className="portal-note" data-testid="si-private">
        {t('si.private')}
      </View>
    </>
  );
}

export default function SocialInsurancePage() {
  const { t } = useI18n();
  const signedIn = useSignedIn();
  const { city } = usePreferences();
  return (
    <PageShell title={t('si.title')} testId="page-social-insurance">
      <View className="portal-section">
        <Heading level={1}>{t('si.title')}</Heading>
      </View>
      {!offersPage(city, 'social-insurance') ? (
        <View className="portal-section" data-testid="si-not-offered">
          <Text className="portal-text">{t('error.SERVICE_NOT_IN_CITY')}</Text>
        </View>
      ) : !signedIn ? (
        <SignInPrompt text={t('si.signin')} />
      ) : (
        <SocialInsurance key={city} city={city} />
      )}
    </PageShell>
  );
}
