import Taro, { useDidShow } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useRef, useState } from 'react';
import {
  offersPage,
  PROVIDENT_FUND_MONTHS_MAX,
  type CityId,
  type ProvidentFundBalanceHistory,
  type ProvidentFundDepositsResponse,
  type ProvidentFundSummary,
} from '@portal/shared';
import { ActionButton } from '../../../../components/ActionButton';
import { DataView } from '../../../../components/DataView';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { SignInPrompt } from '../../../../components/SignInPrompt';
import { dateWords } from '../../../../i18n/domain';
import { PF_MESSAGES } from '../../../../i18n/domains/provident-fund';
import { useDomainI18n } from '../../../../i18n/use-domain-i18n';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRemote, type Remote } from '../../../../hooks/use-remote';
import { ROUTES } from '../../../../routes';
import { errorCode } from '../../../../services/error-words';
import { fetchProvidentFundBalances, fetchProvidentFundDeposits, fetchProvidentFundSummary } from '../../../../services/provident-fund';
import { useSignedIn } from '../../../../session/use-session';
import { usePreferences } from '../../../../store/preferences';
import { formatYuan, monthLabel, scaleBars, shortMonthLabel, spokenYuan, type BarLengths } from '../../../social-insurance/chart';
import { IdentityNeeded } from '../../../../components/IdentityNeeded';
import { balanceBarText, balanceBars, depositBarText, depositSlots, partialNote, percentText } from '../../fund';
import '../../fund.scss';

/** Rows shown at first; the rest of the window (24 months) on request. */
const FIRST_ROWS = 12;
/** Years of the balance chart shown at first; the rest since the account opened on request. */
const FIRST_YEARS = 10;

function needsIdentity(remote: Remote<unknown>): boolean {
  const code = remote.status === 'error' ? errorCode(remote.error) : undefined;
  return code === 'IDENTITY_NOT_VERIFIED' || code === 'PRIVACY_NOT_ACCEPTED';
}

function Row({ label, value, sub, testId }: { label: string; value: string; sub?: string; testId?: string }) {
  return (
    <View className="pf-row" role="listitem" data-testid={testId}>
      <Text className="pf-row-label">{label}</Text>
      <View className="pf-row-value">
        <Text>{value}</Text>
        {sub ? <Text className="pf-row-sub">{sub}</Text> : null}
      </View>
    </View>
  );
}

function SummaryCard({ data }: { data: ProvidentFundSummary }) {
  const { t, locale } = useDomainI18n(PF_MESSAGES);
  return (
    <View className="portal-section" data-testid="pf-summary" data-status={data.status}>
      <Heading level={2}>{t('pf.summary.heading')}</Heading>
      <Text className="portal-text-secondary">{t('pf.balance')}</Text>
      <Text className="pf-balance" data-testid="pf-balance" aria-label={t('pf.balance.spoken', { amount: spokenYuan(data.balance, locale) })}>
        {formatYuan(data.balance)}
      </Text>
      <View role="list">
        <Row label={t('pf.status')} value={t(data.status === 'active' ? 'pf.status.active' : 'pf.status.sealed')} testId="pf-status" />
        <Row
          label={t('pf.monthly')}
          value={formatYuan(data.monthly.total)}
          sub={t('pf.monthly.split', { personal: formatYuan(data.monthly.personal), employer: formatYuan(data.monthly.employer) })}
          testId="pf-monthly"
        />
        <Row label={t('pf.depositBase')} value={formatYuan(data.depositBase)} />
        <Row label={t('pf.rates')} value={t('pf.rates.value', { personal: percentText(data.personalRate), employer: percentText(data.employerRate) })} />
        <Row label={t('pf.lastDeposit')} value={data.lastDepositMonth ? monthLabel(data.lastDepositMonth, locale) : t('pf.lastDeposit.none')} />
        <Row label={t('pf.openedOn')} value={dateWords(data.openedOn, locale)} />
      </View>
      <View className="portal-actions">
        <ActionButton type="primary" size="large" block data-testid="pf-loan-open" onClick={() => void Taro.navigateTo({ url: ROUTES.providentFundLoan })}>
          {t('pf.loan.open')}
        </ActionButton>
      </View>
    </View>
  );
}

function Legend() {
  const { t } = useDomainI18n(PF_MESSAGES);
  return (
    <View className="pf-legend" role="list" aria-label={t('pf.legend.label')}>
      <View className="pf-legend-item" role="listitem">
        <View className="pf-swatch pf-fill-personal" />
        <Text className="portal-text-secondary">{t('pf.legend.personal')}</Text>
      </View>
      <View className="pf-legend-item" role="listitem">
        <View className="pf-swatch pf-fill-employer" />
        <Text className="portal-text-secondary">{t('pf.legend.employer')}</Text>
      </View>
    </View>
  );
}

function Bar({ bar }: { bar: BarLengths }) {
  return (
    <View className="pf-bar-track" aria-hidden="true">
      {bar.personal > 0 ? <View className="pf-bar pf-fill-personal" style={{ width: `${bar.personal}%` }} /> : null}
      {bar.employer > 0 ? <View className="pf-bar pf-bar-second pf-fill-employer" style={{ width: `${bar.employer}%` }} /> : null}
    </View>
  );
}

/** The balance at each year end, newest first, one bar per year; each bar says its year in words. */
function BalanceChart({ data }: { data: ProvidentFundBalanceHistory }) {
  const { t, locale } = useDomainI18n(PF_MESSAGES);
  const [all, setAll] = useState(false);
  const total = balanceBars(data.points).bars.length;
  const { scale, bars } = balanceBars(data.points, all ? Infinity : FIRST_YEARS);
  const note = partialNote(bars, locale, t);
  return (
    <View className="portal-section pf-balances" data-testid="pf-balances" data-rows={bars.length}>
      <Heading level={2}>{t('pf.balances.heading')}</Heading>
      <Text className="portal-text-secondary">{t('pf.balances.hint')}</Text>
      <View className="pf-chart" role="list" data-testid="pf-balance-chart">
        {bars.map((bar) => (
          <View key={bar.point.year} role="listitem" className="pf-bar-row" data-testid={`pf-balance-bar-${bar.point.year}`} data-partial={bar.partial ? 'true' : 'false'}>
            <Text className="pf-sr-only">{balanceBarText(bar, locale, t)}</Text>
            <Text className="pf-bar-label" aria-hidden="true">
              {locale === 'zh' ? `${bar.point.year}年` : String(bar.point.year)}
            </Text>
            <View className="pf-bar-track" aria-hidden="true">
              {bar.percent > 0 ? <View className="pf-bar pf-fill-balance" style={{ width: `${bar.percent}%` }} /> : null}
            </View>
            <View className="pf-bar-value pf-balance-value" aria-hidden="true">
              <Text>{formatYuan(bar.point.balance)}</Text>
              {bar.partial ? <Text className="pf-row-sub">{t('pf.balances.through', { month: shortMonthLabel(bar.point.through, locale) })}</Text> : null}
              {bar.point.withdrawals > 0 ? (
                <Text className="pf-row-sub">{t('pf.balances.withdrawn', { amount: formatYuan(bar.point.withdrawals) })}</Text>
              ) : null}
            </View>
          </View>
        ))}
      </View>
      {scale > 0 ? <Text className="portal-text-secondary pf-note">{t('pf.scale', { amount: formatYuan(scale) })}</Text> : null}
      {note ? <Text className="portal-text-secondary pf-note">{note}</Text> : null}
      {total > FIRST_YEARS ? (
        <View className="portal-actions">
          <ActionButton size="large" block data-testid="pf-balances-toggle" aria-expanded={all} onClick={() => setAll((v) => !v)}>
            {all ? t('pf.balances.less', { n: FIRST_YEARS }) : t('pf.balances.more', { n: total })}
          </ActionButton>
        </View>
      ) : null}
    </View>
  );
}

/** Monthly deposits, newest first, one bar per calendar month (a month without a deposit says so). */
function DepositChart({ data }: { data: ProvidentFundDepositsResponse }) {
  const { t, locale } = useDomainI18n(PF_MESSAGES);
  const [all, setAll] = useState(false);
  const recent = depositSlots(data.deposits, PROVIDENT_FUND_MONTHS_MAX);
  const lastWithDeposit = recent.reduce((last, s, i) => (s.deposit ? i : last), -1);
  const full = recent.slice(0, lastWithDeposit + 1);
  const slots = all ? full : full.slice(0, FIRST_ROWS);
  const { scale, bars } = scaleBars(slots.map((s) => (s.deposit ? { personal: s.deposit.personal, employer: s.deposit.employer } : undefined)));
  const total = slots.reduce((sum, s) => sum + (s.deposit?.total ?? 0), 0);
  return (
    <View className="portal-section" data-testid="pf-deposits" data-rows={slots.length}>
      <Heading level={2}>{t('pf.deposits.heading')}</Heading>
      <Text className="portal-text-secondary">{t('pf.deposits.hint', { n: slots.length })}</Text>
      <Legend />
      <View className="pf-chart" role="list" data-testid="pf-chart">
        {slots.map((slot, i) => {
          const year = slot.month.slice(0, 4);
          const newYear = i === 0 || slots[i - 1].month.slice(0, 4) !== year;
          return (
            <View key={slot.month} role="listitem">
              {newYear ? (
                <Text className="pf-chart-year" aria-hidden="true">
                  {locale === 'zh' ? `${year}年` : year}
                </Text>
              ) : null}
              <View className="pf-bar-row" data-testid={`pf-bar-${slot.month}`} data-deposit={slot.deposit ? 'true' : 'false'}>
                <Text className="pf-sr-only">{depositBarText(slot, locale, t)}</Text>
                <Text className="pf-bar-label" aria-hidden="true">
                  {shortMonthLabel(slot.month, locale)}
                </Text>
                <Bar bar={bars[i]} />
                <Text className={slot.deposit ? 'pf-bar-value' : 'pf-bar-value pf-bar-value-none'} aria-hidden="true">
                  {slot.deposit ? formatYuan(slot.deposit.total) : t('pf.month.none')}
                </Text>
              </View>
            </View>
          );
        })}
      </View>
      {scale > 0 ? <Text className="portal-text-secondary pf-note">{t('pf.scale', { amount: formatYuan(scale) })}</Text> : null}
      <View className="pf-total" data-testid="pf-deposits-total">
        <Text>{t('pf.deposits.total', { n: slots.length })}</Text>
        <Text>{formatYuan(total)}</Text>
      </View>
      {full.length > FIRST_ROWS ? (
        <View className="portal-actions">
          <ActionButton size="large" block data-testid="pf-deposits-toggle" aria-expanded={all} onClick={() => setAll((v) => !v)}>
            {all ? t('pf.deposits.less', { n: FIRST_ROWS }) : t('pf.deposits.more', { n: full.length })}
          </ActionButton>
        </View>
      ) : null}
    </View>
  );
}

function Fund({ city }: { city: CityId }) {
  const { t } = useDomainI18n(PF_MESSAGES);
  const summary = useRemote(() => fetchProvidentFundSummary(city), [city]);
  const balances = useRemote(() => fetchProvidentFundBalances(city), [city]);
  const deposits = useRemote(() => fetchProvidentFundDeposits(city, PROVIDENT_FUND_MONTHS_MAX), [city]);
  const reloadAll = () => Promise.all([summary.reload(), balances.reload(), deposits.reload()]);
  usePullRefresh(reloadAll);

  // Back from the real-name binding page (or any other): ask again; nothing is kept between visits.
  const firstShow = useRef(true);
  useDidShow(() => {
    if (firstShow.current) {
      firstShow.current = false;
      return;
    }
    void reloadAll();
  });

  if ([summary, balances, deposits].some(needsIdentity)) return <IdentityNeeded testId="pf" text={t('pf.identity.text')} />;
  // The city's fund has no account for this person (never employed here, for one): said plainly, no retry.
  if (summary.status === 'error' && errorCode(summary.error) === 'NOT_FOUND') {
    return (
      <View className="portal-section" data-testid="pf-no-account">
        <Text className="portal-text">{t('pf.noAccount')}</Text>
      </View>
    );
  }
  return (
    <>
      <DataView remote={summary} testId="pf-summary">
        {(data) => <SummaryCard data={data} />}
      </DataView>
      <DataView
        remote={balances}
        testId="pf-balances"
        isEmpty={(data) => balanceBars(data.points).bars.length === 0}
        empty={<Text className="portal-text">{t('pf.balances.empty')}</Text>}
      >
        {(data) => <BalanceChart data={data} />}
      </DataView>
      <DataView
        remote={deposits}
        testId="pf-deposits"
        isEmpty={(data) => depositSlots(data.deposits, 1).length === 0}
        empty={<Text className="portal-text">{t('pf.deposits.empty')}</Text>}
      >
        {(data) => <DepositChart data={data} />}
      </DataView>
      <View className="portal-note" data-testid="pf-private">
        {t('si.private')}
      </View>
    </>
  );
}

export default function ProvidentFundPage() {
  const { t } = useDomainI18n(PF_MESSAGES);
  const signedIn = useSignedIn();
  const { city } = usePreferences();
  return (
    <PageShell title={t('pf.title')} testId="page-provident-fund">
      <View className="portal-section">
        <Heading level={1}>{t('pf.title')}</Heading>
      </View>
      {!offersPage(city, 'provident-fund') ? (
        <View className="portal-section" data-testid="pf-not-offered">
          <Text className="portal-text">{t('error.SERVICE_NOT_IN_CITY')}</Text>
        </View>
      ) : !signedIn ? (
        <SignInPrompt text={t('pf.signin')} />
      ) : (
        <Fund key={city} city={city} />
      )}
    </PageShell>
  );
}
