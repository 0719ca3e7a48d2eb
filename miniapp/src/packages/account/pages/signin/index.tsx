import { View, Text } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { normalizeMobilePhone, SMS_CODE_LENGTH, type SmsSendResponse } from '@portal/shared';
import { ActionButton } from '../../../../components/ActionButton';
import { focusById } from '../../../../components/a11y';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { useI18n } from '../../../../hooks/use-i18n';
import { sendSmsCode, signInWithWechat, verifySmsCode } from '../../../../services/auth';
import { ApiError } from '../../../../services/error-words';
import { formErrorsFrom, type FormErrors } from '../../../../services/field-errors';
import { ERROR_SUMMARY_ID, ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { leaveToPrevious } from '../../leave';
import '../../account.scss';

type Field = 'phone' | 'code';
const FIELD_IDS: Record<Field, string> = { phone: 'signin-phone', code: 'signin-code' };
const FIELDS: readonly Field[] = ['phone', 'code'];
const IS_WEAPP = process.env.TARO_ENV === 'weapp';

function summaryItems(errors: FormErrors<Field>): SummaryItem[] {
  const items: SummaryItem[] = FIELDS.filter((f) => errors.fields[f]).map((f) => ({ message: errors.fields[f]!, fieldId: FIELD_IDS[f] }));
  if (errors.general) items.push({ message: errors.general });
  return items;
}

/** A 429 says how long to wait; keep the send button counting down that long. */
function waitSeconds(error: unknown): number | undefined {
  return error instanceof ApiError && error.failure.kind === 'envelope' ? error.failure.retryAfterSeconds : undefined;
}

export default function SignInPage() {
  const { t } = useI18n();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [sent, setSent] = useState<SmsSendResponse | null>(null);
  const [countdown, setCountdown] = useState(0);
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} });
  const [busy, setBusy] = useState<'send' | 'verify' | 'wechat' | null>(null);

  useEffect(() => {
    if (countdown <= 0) return undefined;
    const timer = setTimeout(() => setCountdown((n) => Math.max(0, n - 1)), 1000);
    return () => clearTimeout(timer);
  }, [countdown]);

  const show = (next: FormErrors<Field>) => {
    setErrors(next);
    if (summaryItems(next).length) focusById(ERROR_SUMMARY_ID);
  };

  const checkPhone = (): string | undefined => {
    if (!phone.trim()) return t('signin.phone.empty');
    if (!normalizeMobilePhone(phone)) return t('signin.phone.invalid');
    return undefined;
  };

  const send = async () => {
    const phoneError = checkPhone();
    if (phoneError) return show({ fields: { phone: phoneError } });
    setBusy('send');
    try {
      const answer = await sendSmsCode(normalizeMobilePhone(phone)!);
      setSent(answer);
      setCountdown(answer.resendAfterSeconds);
      setErrors({ fields: {} });
      focusById(FIELD_IDS.code);
    } catch (error) {
      const mapped = formErrorsFrom(error, FIELDS, t);
      // Anything that stopped the code being sent (a rate limit, the network) belongs to the phone field.
      show(mapped.general && !mapped.fields.phone ? { fields: { phone: mapped.general } } : mapped);
      const wait = waitSeconds(error);
      if (wait) setCountdown(wait);
    } finally {
      setBusy(null);
    }
  };

  const submit = async () => {
    const fields: FormErrors<Field>['fields'] = {};
    fields.phone = checkPhone();
    const digits = code.trim();
    if (!digits) fields.code = sent ? t('signin.code.empty') : t('signin.code.notSent');
    else if (!new RegExp(`^\\d{${SMS_CODE_LENGTH}}$`).test(digits)) fields.code = t('signin.code.invalid');
    if (fields.phone || fields.code) return show({ fields });
    setBusy('verify');
    try {
      await verifySmsCode(normalizeMobilePhone(phone)!, digits);
      setErrors({ fields: {} });
      leaveToPrevious();
    } catch (error) {
      show(formErrorsFrom(error, FIELDS, t));
      const wait = waitSeconds(error);
      if (wait) setCountdown(wait);
    } finally {
      setBusy(null);
    }
  };

  const wechat = async () => {
    setBusy('wechat');
    try {
      await signInWithWechat();
      leaveToPrevious();
    } catch (error) {
      show({ fields: {}, general: formErrorsFrom(error, FIELDS, t).general ?? t('error.WECHAT_CODE_INVALID') });
    } finally {
      setBusy(null);
    }
  };

  const sendLabel = countdown > 0 ? t('signin.resendIn', { seconds: countdown }) : sent ? t('signin.resend') : t('signin.sendCode');

  return (
    <PageShell title={t('signin.title')} testId="page-signin">
      <View className="portal-section">
        <Heading level={1}>{t('signin.title')}</Heading>
        <Text className="portal-text portal-paragraph">{t('signin.intro')}</Text>
      </View>

      <View className="portal-section">
        <ErrorSummary items={summaryItems(errors)} />

        {IS_WEAPP ? (
          <View className="portal-signin-wechat">
            <ActionButton type="primary" size="large" block loading={busy === 'wechat'} disabled={busy !== null} data-testid="signin-wechat" onClick={() => void wechat()}>
              {t('signin.wechat')}
            </ActionButton>
            <Text className="portal-text-secondary portal-signin-or">{t('signin.or')}</Text>
          </View>
        ) : null}

        <View className="portal-form" role="form" aria-label={t('signin.title')}>
          <TextField
            id={FIELD_IDS.phone}
            testId="signin-phone"
            label={t('signin.phone.label')}
            hint={t('signin.phone.hint')}
            error={errors.fields.phone}
            value={phone}
            onChange={setPhone}
            keyboard="number"
            maxLength={14}
            autoComplete="tel"
          />
          <View className="portal-field-after">
            <ActionButton
              size="large"
              block
              loading={busy === 'send'}
              disabled={busy !== null || countdown > 0}
              data-testid="signin-send-code"
              data-countdown={countdown}
              onClick={() => void send()}
            >
              {sendLabel}
            </ActionButton>
            {sent ? (
              <View className="portal-note portal-note-flush" role="status" data-testid="signin-sent">
                {t('signin.sent', { phone: sent.sentTo, minutes: Math.round(sent.expiresInSeconds / 60) })}
              </View>
            ) : null}
          </View>
          <TextField
            id={FIELD_IDS.code}
            testId="signin-code"
            label={t('signin.code.label')}
            hint={t('signin.code.hint')}
            error={errors.fields.code}
            value={code}
            onChange={setCode}
            keyboard="number"
            maxLength={SMS_CODE_LENGTH}
            autoComplete="one-time-code"
            onConfirm={() => void submit()}
          />
          <ActionButton type="primary" size="large" block loading={busy === 'verify'} disabled={busy !== null} data-testid="signin-submit" onClick={() => void submit()}>
            {t('signin.submit')}
          </ActionButton>
          <Text className="portal-text-secondary portal-paragraph">{t('signin.privacy')}</Text>
        </View>
      </View>
    </PageShell>
  );
}
