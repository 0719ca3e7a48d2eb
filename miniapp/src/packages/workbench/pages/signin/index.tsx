import Taro, { useRouter } from '@tarojs/taro';
import { View, Text, Input } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { ActionButton } from '../../../../components/ActionButton';
import { focusById } from '../../../../components/a11y';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { WORKBENCH_MESSAGES } from '../../../../i18n/domains/workbench';
import { useDomainI18n } from '../../../../i18n/use-domain-i18n';
import { ROUTES } from '../../../../routes';
import { ApiError, describeError } from '../../../../services/error-words';
import { staffSignIn } from '../../../../services/staff';
import { useStaffProfile } from '../../../../session/use-staff-session';
import { ERROR_SUMMARY_ID, ErrorSummary, type SummaryItem } from '../../../account/components/ErrorSummary';
import { TextField } from '../../../account/components/TextField';
import { chinaClock, minutesFrom, signInProblem } from '../../signin';
import '../../../account/account.scss';
import '../../workbench.scss';

type Field = 'username' | 'password';

export default function StaffSignInPage() {
  const { t } = useDomainI18n(WORKBENCH_MESSAGES);
  const router = useRouter();
  const staff = useStaffProfile();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Field[]>([]);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  // Already signed in when the page opens (e.g. the link on 我的 again): straight to the inbox.
  // Only on arrival: a sign-in made here redirects by itself.
  useEffect(() => {
    if (staff && !router.params.signedOut) void Taro.redirectTo({ url: ROUTES.staffInbox });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const problemMessage = (): string | undefined => {
    if (!failure) return undefined;
    const problem = signInProblem(failure instanceof ApiError ? failure.failure : undefined);
    if (problem.kind === 'wrong') return t('wb.signin.wrong');
    if (problem.kind === 'locked') {
      const clock = problem.until ? chinaClock(problem.until) : undefined;
      if (clock) return t('wb.signin.locked', { time: clock });
      if (problem.retryAfterSeconds !== undefined) return t('wb.signin.lockedSoon', { minutes: minutesFrom(problem.retryAfterSeconds) });
      return t('wb.signin.lockedUnknown');
    }
    return describeError(failure, t);
  };

  const submit = async () => {
    if (busy) return;
    const gaps: Field[] = [];
    if (!username.trim()) gaps.push('username');
    if (!password) gaps.push('password');
    setMissing(gaps);
    setFailure(undefined);
    if (gaps.length) return focusById(ERROR_SUMMARY_ID);
    setBusy(true);
    try {
      await staffSignIn({ username: username.trim(), password });
      setPassword('');
      void Taro.redirectTo({ url: ROUTES.staffInbox });
    } catch (error) {
      setFailure(error);
      setPassword('');
      focusById(ERROR_SUMMARY_ID);
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: Field) => (missing.includes(field) ? t(field === 'username' ? 'wb.signin.missing.username' : 'wb.signin.missing.password') : undefined);
  const general = problemMessage();
  const items: SummaryItem[] = [
    ...missing.map((field) => ({ message: fieldError(field)!, fieldId: `wb-${field}` })),
    ...(general ? [{ message: general }] : []),
  ];

  return (
    <PageShell title={t('wb.signin.title')} testId="page-staff-signin">
      <View className="portal-section">
        <Heading level={1}>{t('wb.signin.title')}</Heading>
        <Text className="portal-text">{t('wb.signin.intro')}</Text>
        {router.params.signedOut ? (
          <Text className="portal-note" data-testid="wb-signed-out">
            {t('wb.signout.done')}
          </Text>
        ) : null}
      </View>
      <View className="portal-section">
        <ErrorSummary items={items} />
        <View className="portal-form">
          <TextField id="wb-username" testId="wb-username" label={t('wb.signin.username')} error={fieldError('username')} value={username} onChange={setUsername} autoComplete="username" maxLength={64} />
          <PasswordField label={t('wb.signin.password')} error={fieldError('password')} value={password} onChange={setPassword} onConfirm={() => void submit()} />
        </View>
        <View className="portal-actions">
          <ActionButton type="primary" size="large" block loading={busy} disabled={busy} data-testid="wb-signin-submit" onClick={() => void submit()}>
            {t('wb.signin.submit')}
          </ActionButton>
        </View>
        <Text className="portal-text-secondary">{t('wb.signin.separate')}</Text>
      </View>
    </PageShell>
  );
}

/** The password field: the same label, message and focus rules as TextField, with the input masked. */
function PasswordField({ label, error, value, onChange, onConfirm }: { label: string; error?: string; value: string; onChange: (v: string) => void; onConfirm: () => void }) {
  const id = 'wb-password';
  return (
    <View className={error ? 'portal-field portal-field-invalid' : 'portal-field'} data-testid="wb-password-field">
      <Text className="portal-field-label" id={`${id}-label`}>
        {label}
      </Text>
      {error ? (
        <Text className="portal-field-message" id={`${id}-error`} data-testid="wb-password-error">
          {error}
        </Text>
      ) : null}
      <View className="portal-field-row">
        <PasswordInput id={id} label={label} error={error} value={value} onChange={onChange} onConfirm={onConfirm} />
      </View>
    </View>
  );
}

function PasswordInput({ id, label, error, value, onChange, onConfirm }: { id: string; label: string; error?: string; value: string; onChange: (v: string) => void; onConfirm: () => void }) {
  // Taro's Input renders <input type="password"> in H5 and a masked field in WeChat.
  return (
    <Input
      className="portal-input"
      password
      value={value}
      maxlength={128}
      confirmType="go"
      onInput={(event) => onChange(event.detail.value)}
      onConfirm={() => onConfirm()}
      nativeProps={{
        id,
        'aria-label': label,
        'aria-describedby': error ? `${id}-error` : undefined,
        'aria-invalid': error ? 'true' : 'false',
        'data-testid': id,
        autoComplete: 'current-password',
        name: id,
      }}
    />
  );
}
