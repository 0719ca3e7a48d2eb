import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import { offersPage, type CityId, type PropertyCertificate } from '@portal/shared';
import { ActionButton } from '../../../../components/ActionButton';
import { FOCUSABLE, focusById } from '../../../../components/a11y';
import { DataView } from '../../../../components/DataView';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { SignInPrompt } from '../../../../components/SignInPrompt';
import { dateWords } from '../../../../i18n/domain';
import { HOUSE_MESSAGES } from '../../../../i18n/domains/housing';
import { IdentityNeeded } from '../../../../components/IdentityNeeded';
import { useDomainI18n } from '../../../../i18n/use-domain-i18n';
import { useRemote } from '../../../../hooks/use-remote';
import { errorCode } from '../../../../services/error-words';
import { fetchPropertyCertificate } from '../../../../services/housing';
import { useSignedIn } from '../../../../session/use-session';
import { usePreferences } from '../../../../store/preferences';
import { ERROR_SUMMARY_ID, ErrorSummary } from '../../../account/components/ErrorSummary';
import { TextField } from '../../../account/components/TextField';
import { formatYuan } from '../../../social-insurance/chart';
import { areaText, checkCertificateNo } from '../../certificate';
import '../../../account/account.scss';
import '../../housing.scss';

const NUMBER_ID = 'house-number';

function Row({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <View className="house-row" role="listitem" data-testid={testId}>
      <Text className="house-row-label">{label}</Text>
      <Text className="house-row-value">{value}</Text>
    </View>
  );
}

const STATUS_KEYS = {
  normal: ['house.status.normal', 'house.status.normal.text'],
  mortgaged: ['house.status.mortgaged', 'house.status.mortgaged.text'],
  seized: ['house.status.seized', 'house.status.seized.text'],
} as const;

function Certificate({ data }: { data: PropertyCertificate }) {
  const { t, locale } = useDomainI18n(HOUSE_MESSAGES);
  const [word, text] = STATUS_KEYS[data.status] ?? STATUS_KEYS.normal;
  return (
    <View className="portal-section" id="house-result" {...FOCUSABLE} data-testid="house-result" data-status={data.status}>
      <Heading level={2}>{t('house.result.heading')}</Heading>
      <View className={`house-status house-status-${data.status}`} data-testid="house-status">
        <Text className="house-status-word">
          {t('house.status')}：{t(word)}
        </Text>
        <Text className="house-status-text">{t(text)}</Text>
      </View>
      <View role="list">
        <Row label={t('house.certificateNo')} value={data.certificateNo} testId="house-certificate-no" />
        <Row label={t('house.owners')} value={data.owners.join('、')} testId="house-owners" />
        <Row label={t('house.location')} value={data.location} testId="house-location" />
        <Row label={t('house.district')} value={data.district} />
        <Row label={t('house.area')} value={t('house.area.value', { area: areaText(data.area) })} testId="house-area" />
        <Row label={t('house.use')} value={data.use} />
        <Row label={t('house.nature')} value={data.nature} />
        <Row label={t('house.registeredOn')} value={dateWords(data.registeredOn, locale)} />
      </View>
      {data.mortgage ? (
        <View data-testid="house-mortgage">
          <Heading level={3} className="portal-heading house-subheading">
            {t('house.mortgage.heading')}
          </Heading>
          <View role="list">
            <Row label={t('house.mortgage.holder')} value={data.mortgage.holder} />
            <Row label={t('house.mortgage.amount')} value={formatYuan(data.mortgage.amount)} testId="house-mortgage-amount" />
            <Row label={t('house.mortgage.registeredOn')} value={dateWords(data.mortgage.registeredOn, locale)} />
          </View>
        </View>
      ) : null}
    </View>
  );
}

function Lookup({ city }: { city: CityId }) {
  const { t } = useDomainI18n(HOUSE_MESSAGES);
  const [input, setInput] = useState('');
  const [problem, setProblem] = useState<'missing' | 'format' | undefined>(undefined);
  // The number asked for, and a counter so that asking again for the same number asks again.
  const [asked, setAsked] = useState<{ number: string; attempt: number } | undefined>(undefined);
  const lookup = useRemote(() => (asked ? fetchPropertyCertificate(city, asked.number) : undefined), [city, asked?.number, asked?.attempt]);

  const submit = () => {
    const check = checkCertificateNo(input);
    if (!check.ok) {
      setProblem(check.problem);
      setAsked(undefined);
      focusById(ERROR_SUMMARY_ID);
      return;
    }
    setProblem(undefined);
    setAsked((prev) => ({ number: check.number, attempt: (prev?.attempt ?? 0) + 1 }));
    focusById('house-result');
  };

  const code = lookup.status === 'error' ? errorCode(lookup.error) : undefined;
  if (code === 'IDENTITY_NOT_VERIFIED' || code === 'PRIVACY_NOT_ACCEPTED') return <IdentityNeeded testId="house" text={t('house.identity.text')} />;
  // The BFF checks the number too (400 on certificateNo): the same words at the field.
  const fieldProblem = problem ?? (code === 'VALIDATION_FAILED' ? 'format' : undefined);
  const message = fieldProblem === 'missing' ? t('house.missing.number') : fieldProblem === 'format' ? t('house.bad.number') : undefined;

  return (
    <>
      <View className="portal-section" data-testid="house-form">
        <ErrorSummary items={message ? [{ message, fieldId: NUMBER_ID }] : []} />
        <Text className="portal-text">{t('house.intro')}</Text>
        <View className="portal-form">
          <TextField
            id={NUMBER_ID}
            testId="house-number"
            label={t('house.number')}
            hint={t('house.number.hint')}
            error={message}
            value={input}
            maxLength={40}
            onChange={setInput}
            onConfirm={submit}
          />
        </View>
        <View className="portal-actions">
          <ActionButton type="primary" size="large" block loading={lookup.status === 'loading'} data-testid="house-submit" onClick={submit}>
            {t('house.submit')}
          </ActionButton>
        </View>
      </View>
      {code === 'NOT_FOUND' && asked ? (
        <View className="portal-section" id="house-result" {...FOCUSABLE}>
          <View className="house-not-found" role="alert" data-testid="house-not-found">
            <Text className="house-not-found-title">{t('house.notFound.heading')}</Text>
            <Text className="house-not-found-text">{t('house.notFound.text', { number: asked.number })}</Text>
          </View>
        </View>
      ) : code === 'VALIDATION_FAILED' ? null : (
        <DataView remote={lookup} testId="house-result">
          {(data) => <Certificate data={data} />}
        </DataView>
      )}
      <View className="portal-note" data-testid="house-private">
        {t('house.private')}
      </View>
    </>
  );
}

export default function HousingPage() {
  const { t } = useDomainI18n(HOUSE_MESSAGES);
  const signedIn = useSignedIn();
  const { city } = usePreferences();
  return (
    <PageShell title={t('house.title')} testId="page-housing">
      <View className="portal-section">
        <Heading level={1}>{t('house.heading')}</Heading>
      </View>
      {!offersPage(city, 'housing') ? (
        <View className="portal-section" data-testid="house-not-offered">
          <Text className="portal-text">{t('error.SERVICE_NOT_IN_CITY')}</Text>
        </View>
      ) : !signedIn ? (
        <SignInPrompt text={t('house.signin')} />
      ) : (
        <Lookup key={city} city={city} />
      )}
    </PageShell>
  );
}
