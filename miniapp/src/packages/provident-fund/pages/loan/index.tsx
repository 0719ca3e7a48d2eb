import { View, Text } from '@tarojs/components';
import { useRef, useState } from 'react';
import { offersPage, LOAN_YEARS_MAX, type CityId, type LoanEstimate, type LoanHome } from '@portal/shared';
import { ActionButton } from '../../../../components/ActionButton';
import { FOCUSABLE, focusById } from '../../../../components/a11y';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { SignInPrompt } from '../../../../components/SignInPrompt';
import type { DomainTranslate } from '../../../../i18n/domain';
import { PF_MESSAGES, type PfKey } from '../../../../i18n/domains/provident-fund';
import { useDomainI18n } from '../../../../i18n/use-domain-i18n';
import { ApiError, describeError, errorCode } from '../../../../services/error-words';
import { fetchLoanEstimate } from '../../../../services/provident-fund';
import { useSignedIn } from '../../../../session/use-session';
import { usePreferences } from '../../../../store/preferences';
import { ERROR_SUMMARY_ID, ErrorSummary } from '../../../account/components/ErrorSummary';
import { TextField } from '../../../account/components/TextField';
import { formatYuan } from '../../../social-insurance/chart';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { IdentityNeeded } from '../../../../components/IdentityNeeded';
import { checkLoanAnswers, LOAN_FIELDS, percentText, type FieldProblem, type LoanAnswers, type LoanField } from '../../fund';
import '../../../account/account.scss';
import '../../fund.scss';

const FIELD_IDS: Record<LoanField, string> = { earners: 'pf-earners', home: 'pf-home', years: 'pf-years', amount: 'pf-amount' };

/** The BFF's 400 names the query fields; each gets the form's own words (a city's shorter maximum term for `years`). */
function problemsFromServer(error: unknown): Partial<Record<LoanField, FieldProblem>> | undefined {
  if (!(error instanceof ApiError) || error.failure.kind !== 'envelope' || error.failure.code !== 'VALIDATION_FAILED') return undefined;
  const problems: Partial<Record<LoanField, FieldProblem>> = {};
  for (const detail of error.failure.details ?? []) {
    const field = detail.field as LoanField;
    if (!LOAN_FIELDS.includes(field) || problems[field]) continue;
    problems[field] =
      field === 'years'
        ? { key: 'pf.bad.yearsCity' }
        : field === 'amount'
          ? { key: 'pf.bad.amount' }
          : { key: field === 'earners' ? 'pf.missing.earners' : 'pf.missing.home' };
  }
  return Object.keys(problems).length ? problems : undefined;
}

function ResultRow({ label, value, why, testId }: { label: string; value: string; why?: string; testId: string }) {
  return (
    <View className="pf-row" role="listitem" data-testid={testId}>
      <Text className="pf-row-label">{label}</Text>
      <View className="pf-row-value">
        <Text>{value}</Text>
        {why ? <Text className="pf-row-sub">{why}</Text> : null}
      </View>
    </View>
  );
}

function amountWhy(estimate: LoanEstimate, asked: number | undefined, t: DomainTranslate<PfKey>): string {
  if (estimate.amountBoundBy === 'requested') return t('pf.result.amountBy.requested');
  if (asked !== undefined && asked > estimate.amount) return t('pf.result.amountBy.capped', { asked: formatYuan(asked) });
  return t('pf.result.amountBy.max');
}

function Result({ estimate, asked }: { estimate: LoanEstimate; asked: number | undefined }) {
  const { t } = useDomainI18n(PF_MESSAGES);
  const earners = t(estimate.earners === 2 ? 'pf.result.earners.2' : 'pf.result.earners.1');
  const home = t(estimate.home === 'second' ? 'pf.result.home.second' : 'pf.result.home.first');
  if (!estimate.eligible) {
    return (
      <View className="portal-section" id="pf-result" {...FOCUSABLE} data-testid="pf-result" data-eligible="false" data-reason={estimate.ineligibleReason ?? ''}>
        <Heading level={2}>{t('pf.result.ineligible.heading')}</Heading>
        <Text className="portal-text" data-testid="pf-ineligible">
          {estimate.ineligibleReason === 'accountSealed'
            ? t('pf.result.ineligible.accountSealed')
            : t('pf.result.ineligible.tooFewDepositMonths', { months: estimate.rules.minDepositMonths })}
        </Text>
      </View>
    );
  }
  const why = t(estimate.maxBoundBy === 'cityCap' ? 'pf.result.maxBy.cityCap' : 'pf.result.maxBy.balanceMultiple', {
    home,
    earners,
    cap: formatYuan(estimate.limits.cityCap),
    multiple: estimate.rules.balanceMultiple,
    limit: formatYuan(estimate.limits.balanceLimit),
  });
  return (
    <View className="portal-section" id="pf-result" {...FOCUSABLE} data-testid="pf-result" data-eligible="true" data-bound={estimate.maxBoundBy}>
      <Heading level={2}>{t('pf.result.heading')}</Heading>
      <Text className="portal-text-secondary">{t('pf.result.for', { earners, home, years: estimate.years })}</Text>
      <View className="pf-note">
        <Text className="portal-text-secondary">{t('pf.result.monthly')}</Text>
        <Text className="pf-result-main" data-testid="pf-result-monthly">
          {formatYuan(estimate.monthlyPayment)}
        </Text>
      </View>
      <View role="list">
        <ResultRow label={t('pf.result.max')} value={formatYuan(estimate.maxAmount)} why={why} testId="pf-result-max" />
        <ResultRow label={t('pf.result.amount')} value={formatYuan(estimate.amount)} why={amountWhy(estimate, asked, t)} testId="pf-result-amount" />
        <ResultRow label={t('pf.result.rate')} value={percentText(estimate.annualRate)} testId="pf-result-rate" />
        <ResultRow label={t('pf.result.term')} value={t('pf.result.term.value', { years: estimate.years, months: estimate.months })} testId="pf-result-term" />
        <ResultRow label={t('pf.result.interest')} value={formatYuan(estimate.totalInterest)} testId="pf-result-interest" />
        <ResultRow label={t('pf.result.total')} value={formatYuan(estimate.totalRepayment)} testId="pf-result-total" />
      </View>
      <Text className="portal-text-secondary pf-note">{t('pf.result.note')}</Text>
    </View>
  );
}

function LoanForm({ city }: { city: CityId }) {
  const { t } = useDomainI18n(PF_MESSAGES);
  const [answers, setAnswers] = useState<LoanAnswers>({ years: '', amount: '' });
  const [problems, setProblems] = useState<Partial<Record<LoanField, FieldProblem>>>({});
  const [general, setGeneral] = useState<unknown>(undefined);
  const [identity, setIdentity] = useState(false);
  const [noAccount, setNoAccount] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ estimate: LoanEstimate; asked: number | undefined } | undefined>(undefined);
  const inFlight = useRef(false);

  const set = (patch: Partial<LoanAnswers>) => {
    setAnswers((prev) => ({ ...prev, ...patch }));
    setResult(undefined);
  };

  const submit = async () => {
    if (inFlight.current) return;
    const check = checkLoanAnswers(answers, LOAN_YEARS_MAX);
    setGeneral(undefined);
    setNoAccount(false);
    if (!check.ok) {
      setProblems(check.problems);
      setResult(undefined);
      focusById(ERROR_SUMMARY_ID);
      return;
    }
    setProblems({});
    inFlight.current = true;
    setBusy(true);
    try {
      const estimate = await fetchLoanEstimate(city, check.query);
      setResult({ estimate, asked: check.query.amount });
      focusById('pf-result');
    } catch (error) {
      const code = errorCode(error);
      const fromServer = problemsFromServer(error);
      if (code === 'IDENTITY_NOT_VERIFIED' || code === 'PRIVACY_NOT_ACCEPTED') setIdentity(true);
      else if (fromServer) setProblems(fromServer);
      else if (code === 'NOT_FOUND') setNoAccount(true);
      else setGeneral(error);
      focusById(ERROR_SUMMARY_ID);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  if (identity) return <IdentityNeeded testId="pf" text={t('pf.identity.text')} />;

  const message = (field: LoanField) => {
    const p = problems[field];
    return p ? t(p.key, p.params) : undefined;
  };
  const items = [
    ...LOAN_FIELDS.filter((f) => problems[f]).map((f) => ({ message: message(f)!, fieldId: FIELD_IDS[f] })),
    ...(general !== undefined ? [{ message: describeError(general, t) }] : []),
    ...(noAccount ? [{ message: t('pf.noAccount') }] : []),
  ];

  return (
    <>
      <View className="portal-section" data-testid="pf-loan-form">
        <ErrorSummary items={items} />
        <Text className="portal-text">{t('pf.loan.intro')}</Text>
        <View className="portal-form">
          <ChoiceGroup<1 | 2>
            id={FIELD_IDS.earners}
            testId="pf-earners"
            label={t('pf.loan.earners')}
            options={[
              { value: 1, label: t('pf.loan.earners.1') },
              { value: 2, label: t('pf.loan.earners.2') },
            ]}
            value={answers.earners}
            error={message('earners')}
            onChange={(earners) => set({ earners })}
          />
          <ChoiceGroup<LoanHome>
            id={FIELD_IDS.home}
            testId="pf-home"
            label={t('pf.loan.home')}
            options={[
              { value: 'first', label: t('pf.loan.home.first') },
              { value: 'second', label: t('pf.loan.home.second') },
            ]}
            value={answers.home}
            error={message('home')}
            onChange={(home) => set({ home })}
          />
          <TextField
            id={FIELD_IDS.years}
            testId="pf-years"
            label={t('pf.loan.years')}
            hint={t('pf.loan.years.hint', { max: LOAN_YEARS_MAX })}
            error={message('years')}
            value={answers.years}
            keyboard="number"
            maxLength={4}
            onChange={(years) => set({ years })}
          />
          <TextField
            id={FIELD_IDS.amount}
            testId="pf-amount"
            label={t('pf.loan.amount')}
            hint={t('pf.loan.amount.hint')}
            error={message('amount')}
            value={answers.amount}
            maxLength={12}
            onChange={(amount) => set({ amount })}
            onConfirm={() => void submit()}
          />
        </View>
        <View className="portal-actions">
          <ActionButton type="primary" size="large" block loading={busy} disabled={busy} data-testid="pf-loan-submit" onClick={() => void submit()}>
            {t('pf.loan.submit')}
          </ActionButton>
        </View>
      </View>
      {result ? <Result estimate={result.estimate} asked={result.asked} /> : null}
    </>
  );
}

export default function LoanEstimatePage() {
  const { t } = useDomainI18n(PF_MESSAGES);
  const signedIn = useSignedIn();
  const { city } = usePreferences();
  return (
    <PageShell title={t('pf.loan.title')} testId="page-provident-fund-loan">
      <View className="portal-section">
        <Heading level={1}>{t('pf.loan.title')}</Heading>
      </View>
      {!offersPage(city, 'provident-fund') ? (
        <View className="portal-section" data-testid="pf-not-offered">
          <Text className="portal-text">{t('error.SERVICE_NOT_IN_CITY')}</Text>
        </View>
      ) : !signedIn ? (
        <SignInPrompt text={t('pf.signin')} />
      ) : (
        <LoanForm key={city} city={city} />
      )}
    </PageShell>
  );
}
