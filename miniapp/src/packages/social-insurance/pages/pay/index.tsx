import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useRef, useState } from 'react';
import type { CityId, MeResponse, PaymentReceipt, ResidentMedicalStatus } from '@portal/shared';
import { ActionButton } from '../../../../components/ActionButton';
import { FOCUSABLE, focusById } from '../../../../components/a11y';
import { DataView } from '../../../../components/DataView';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { RatingForm } from '../../../../components/RatingForm';
import { SignInPrompt } from '../../../../components/SignInPrompt';
import { useI18n } from '../../../../hooks/use-i18n';
import { useMe } from '../../../../hooks/use-me';
import { useRemote, type Remote } from '../../../../hooks/use-remote';
import { formatClock, formatDate } from '../../../../lib/format';
import { ROUTES } from '../../../../routes';
import { describeError, errorCode } from '../../../../services/error-words';
import { fetchResidentMedical, payResidentMedical } from '../../../../services/social-insurance';
import { usePreferences } from '../../../../store/preferences';
import { formatYuan, pickerYears } from '../../chart';
import { newIdempotencyKey, paymentProblem, type PaymentProblem } from '../../payment';
import '../../pay.scss';

function Row({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <View className="flow-row" role="listitem">
      <Text className="flow-key">{label}</Text>
      <Text className="flow-value" data-testid={testId}>
        {value}
      </Text>
    </View>
  );
}

function when(iso: string): string {
  return `${formatDate(iso)} ${formatClock(iso)}`;
}

function Confirmation({ receipt }: { receipt: PaymentReceipt }) {
  const { t } = useI18n();
  return (
    <View className="portal-section" data-testid="rm-confirmation">
      <View className="flow-panel" id="rm-confirmation" {...FOCUSABLE}>
        <View role="heading" aria-level={2} className="flow-panel-title">
          {t('rm.done.title')}
        </View>
        <Text className="flow-panel-text">{t('rm.done.reference')}</Text>
        <Text className="flow-panel-text flow-panel-ref" data-testid="rm-reference">
          {receipt.reference}
        </Text>
      </View>
      <View className="flow-list" role="list">
        <Row label={t('rm.check.item')} value={receipt.description} testId="rm-done-item" />
        <Row label={t('rm.check.amount')} value={formatYuan(receipt.amount)} testId="rm-done-amount" />
        <Row label={t('rm.done.tradeNo')} value={receipt.tradeNo} testId="rm-trade-no" />
        <Row label={t('rm.done.paidAt')} value={when(receipt.paidAt)} testId="rm-paid-at" />
      </View>
      <Heading level={2} className="portal-heading flow-paragraph">
        {t('rm.next.heading')}
      </Heading>
      <View role="list" data-testid="rm-next">
        <View role="listitem" className="flow-bullet">
          {t('rm.next.1')}
        </View>
        <View role="listitem" className="flow-bullet">
          {t('rm.next.2', { year: receipt.year + 1 })}
        </View>
        <View role="listitem" className="flow-bullet">
          {t('rm.next.3')}
        </View>
      </View>
      <RatingForm city={receipt.city} service="resident-medical-payment" subjectId={receipt.paymentId} />
      <View className="portal-actions">
        <ActionButton size="large" block data-testid="rm-back" onClick={() => void Taro.navigateBack().catch(() => Taro.redirectTo({ url: ROUTES.socialInsurance }))}>
          {t('rm.back')}
        </ActionButton>
      </View>
    </View>
  );
}

const PROBLEM_KEYS = {
  uncertain: 'rm.problem.uncertain',
  alreadyPaid: 'rm.problem.alreadyPaid',
  notResident: 'rm.problem.notResident',
  keyReused: 'rm.problem.keyReused',
  inProgress: 'rm.problem.inProgress',
} as const;

function Problem({ problem, error, onRetry, onRestart }: { problem: PaymentProblem; error: unknown; onRetry: () => void; onRestart: () => void }) {
  const { t } = useI18n();
  return (
    <View className="portal-error" role="alert" data-testid="rm-error" data-problem={problem}>
      <Text>{problem === 'other' ? describeError(error, t) : t(PROBLEM_KEYS[problem])}</Text>
      {problem === 'keyReused' ? (
        <View className="portal-actions">
          <ActionButton size="large" block data-testid="rm-restart" onClick={onRestart}>
            {t('rm.restart')}
          </ActionButton>
        </View>
      ) : problem === 'uncertain' || problem === 'inProgress' ? (
        <View className="portal-actions">
          <ActionButton type="primary" size="large" block data-testid="rm-retry" onClick={onRetry}>
            {t('rm.retry')}
          </ActionButton>
        </View>
      ) : null}
    </View>
  );
}

/** Check your answers, then pay with one Idempotency-Key for every try of this payment. */
function CheckAndPay({ city, status, me, onPaid, onReload }: { city: CityId; status: ResidentMedicalStatus; me: MeResponse; onPaid: (r: PaymentReceipt) => void; onReload: () => void }) {
  const { t } = useI18n();
  // Made when this check page opens; kept in the page's state for every retry of this payment.
  const [key, setKey] = useState(() => newIdempotencyKey());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const inFlight = useRef(false);

  const pay = async () => {
    if (inFlight.current) return; // a second tap while the first is on its way: that one answers
    inFlight.current = true;
    setBusy(true);
    setError(undefined);
    try {
      onPaid(await payResidentMedical(city, status.year, key));
    } catch (err) {
      setError(err);
      focusById('rm-error-anchor');
      if (errorCode(err) === 'ALREADY_PAID') onReload();
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  const problem = error === undefined ? undefined : paymentProblem(error);
  const who = me.identity ? `${me.identity.name}（${me.identity.idNumber}）` : '';
  return (
    <View className="portal-section" data-testid="rm-check" data-key-length={key.length}>
      <View id="rm-check" {...FOCUSABLE}>
        <Heading level={2}>{t('rm.check.title')}</Heading>
      </View>
      <View id="rm-error-anchor" {...FOCUSABLE}>
        {problem ? (
          <Problem
            problem={problem}
            error={error}
            onRetry={() => void pay()}
            onRestart={() => {
              setKey(newIdempotencyKey());
              setError(undefined);
            }}
          />
        ) : null}
      </View>
      <View className="flow-list" role="list">
        <Row label={t('rm.check.who')} value={who} testId="rm-check-who" />
        <Row label={t('rm.check.year')} value={t('si.year.option', { year: status.year })} testId="rm-check-year" />
        <Row label={t('rm.check.category')} value={status.category} testId="rm-check-category" />
        <Row label={t('rm.check.amount')} value={formatYuan(status.amountDue)} testId="rm-check-amount" />
      </View>
      <Text className="portal-text-secondary flow-paragraph">{t('rm.check.hint')}</Text>
      {problem === 'uncertain' || problem === 'inProgress' || problem === 'alreadyPaid' || problem === 'notResident' ? null : (
        <View className="portal-actions">
          <ActionButton type="primary" size="large" block loading={busy} disabled={busy} data-testid="rm-confirm" onClick={() => void pay()}>
            {t('rm.confirm', { amount: formatYuan(status.amountDue) })}
          </ActionButton>
        </View>
      )}
    </View>
  );
}

function StatusView({ status }: { status: ResidentMedicalStatus }) {
  const { t } = useI18n();
  return (
    <View className="portal-section" data-testid="rm-paid">
      <Heading level={2}>{t('rm.paid.title', { year: status.year })}</Heading>
      <View className="flow-list" role="list">
        <Row label={t('rm.check.category')} value={status.category} testId="rm-paid-category" />
        <Row label={t('rm.check.amount')} value={formatYuan(status.amountDue)} testId="rm-paid-amount" />
        <Row label={t('rm.done.paidAt')} value={status.paidAt ? when(status.paidAt) : t('si.unknown')} testId="rm-paid-date" />
      </View>
    </View>
  );
}

function Pay({ city, year, me }: { city: CityId; year: number; me: Remote<MeResponse> }) {
  const { t } = useI18n();
  const status = useRemote(() => fetchResidentMedical(city, year), [city, year]);
  const [receipt, setReceipt] = useState<PaymentReceipt | undefined>(undefined);

  if (receipt) return <Confirmation receipt={receipt} />;
  if (status.status === 'error' && errorCode(status.error) === 'NOT_RESIDENT_INSURED') {
    return (
      <View className="portal-section" data-testid="rm-not-resident">
        <Text className="portal-text">{t('rm.problem.notResident')}</Text>
      </View>
    );
  }
  return (
    <DataView remote={status} testId="rm-status">
      {(data) =>
        data.status === 'paid' ? (
          <StatusView status={data} />
        ) : (
          <DataView remote={me} testId="rm-me">
            {(person) => (
              <CheckAndPay
                city={city}
                status={data}
                me={person}
                onPaid={(r) => {
                  setReceipt(r);
                  focusById('rm-confirmation');
                }}
                onReload={() => void status.reload()}
              />
            )}
          </DataView>
        )
      }
    </DataView>
  );
}

export default function ResidentMedicalPayPage() {
  const { t } = useI18n();
  const { signedIn, me } = useMe();
  const { city } = usePreferences();
  const router = useRouter();
  const asked = Number(router.params.year);
  const year = Number.isInteger(asked) && asked > 2000 ? asked : pickerYears()[0];
  return (
    <PageShell title={t('rm.title')} testId="page-resident-medical-pay">
      <View className="portal-section">
        <Heading level={1}>{t('rm.title')}</Heading>
      </View>
      {!signedIn ? <SignInPrompt /> : <Pay key={`${city}-${year}`} city={city} year={year} me={me} />}
    </PageShell>
  );
}
