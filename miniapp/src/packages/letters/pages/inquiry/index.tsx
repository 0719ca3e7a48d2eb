import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import { ActionButton } from '../../../../components/ActionButton';
import { focusById } from '../../../../components/a11y';
import { DataView } from '../../../../components/DataView';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { useRemote } from '../../../../hooks/use-remote';
import { ROUTES } from '../../../../routes';
import { errorCode } from '../../../../services/error-words';
import { inquireLetter } from '../../../../services/letters';
import { useSignedIn } from '../../../../session/use-session';
import { usePreferences } from '../../../../store/preferences';
import { ErrorSummary, ERROR_SUMMARY_ID, type SummaryItem } from '../../../account/components/ErrorSummary';
import { TextField } from '../../../account/components/TextField';
import { portalName } from '../../catalog';
import { LetterDetail } from '../../components/LetterDetail';
import { checkInquiry, normalizeInquiry, type InquiryField } from '../../inquiry';
import { useLetterI18n } from '../../use-words';
import type { LetterWordKey } from '../../words';
import '../../letters.scss';

const IDS: Record<InquiryField, string> = { trackingNo: 'lt-inquiry-no', queryCode: 'lt-inquiry-code' };

/** 信件查询 / 办理查询: a letter by its tracking number and query code, without signing in. */
export default function LetterInquiryPage() {
  const { t, text } = useLetterI18n();
  const { params } = useRouter();
  const { city } = usePreferences();
  const signedIn = useSignedIn();
  const [no, setNo] = useState(() => normalizeInquiry(decodeURIComponent(params.no ?? '')));
  const [code, setCode] = useState(() => normalizeInquiry(decodeURIComponent(params.code ?? '')));
  const [asked, setAsked] = useState<{ no: string; code: string } | undefined>(() => {
    const n = normalizeInquiry(decodeURIComponent(params.no ?? ''));
    const c = normalizeInquiry(decodeURIComponent(params.code ?? ''));
    return n && c && !Object.keys(checkInquiry(n, c)).length ? { no: n, code: c } : undefined;
  });
  const [errors, setErrors] = useState<Partial<Record<InquiryField, string>>>({});
  const letter = useRemote(() => (asked ? inquireLetter(asked.no, asked.code) : undefined), [asked?.no, asked?.code]);
  const name = portalName(city, 'letter-inquiry');
  const title = name ? text(name) : t('lt.inquiry.title');

  const submit = () => {
    const found = checkInquiry(no, code);
    const words: Partial<Record<InquiryField, string>> = {};
    for (const f of ['trackingNo', 'queryCode'] as InquiryField[]) {
      if (found[f]) words[f] = t(`lt.inquiry.${found[f]}.${f}` as LetterWordKey);
    }
    setErrors(words);
    if (Object.keys(words).length) return focusById(ERROR_SUMMARY_ID);
    const next = { no: normalizeInquiry(no), code: normalizeInquiry(code) };
    if (asked && asked.no === next.no && asked.code === next.code) void letter.reload();
    else setAsked(next);
    focusById('lt-inquiry-result');
  };

  const items: SummaryItem[] = (['trackingNo', 'queryCode'] as InquiryField[]).filter((f) => errors[f]).map((f) => ({ message: errors[f]!, fieldId: IDS[f] }));
  const notFound = letter.status === 'error' && errorCode(letter.error) === 'NOT_FOUND';

  return (
    <PageShell title={title} testId="page-letter-inquiry">
      <View className="portal-section">
        <Heading level={1}>{title}</Heading>
        <Text className="portal-text-secondary">{t('lt.inquiry.intro')}</Text>
        <ErrorSummary items={items} />
        <View className="portal-form" role="form" aria-label={title}>
          <TextField
            id={IDS.trackingNo}
            testId="lt-inquiry-no"
            label={t('lt.inquiry.trackingNo')}
            hint={t('lt.inquiry.trackingNo.hint')}
            error={errors.trackingNo}
            value={no}
            maxLength={24}
            onChange={(v) => setNo(v)}
          />
          <TextField
            id={IDS.queryCode}
            testId="lt-inquiry-code"
            label={t('lt.inquiry.queryCode')}
            hint={t('lt.inquiry.queryCode.hint')}
            error={errors.queryCode}
            value={code}
            maxLength={12}
            onChange={(v) => setCode(v)}
            onConfirm={submit}
          />
          <ActionButton type="primary" size="large" block data-testid="lt-inquiry-submit" onClick={submit}>
            {t('lt.inquiry.submit')}
          </ActionButton>
        </View>
      </View>
      <View id="lt-inquiry-result">
        {notFound ? (
          <View className="portal-section">
            <View className="portal-error" role="alert" data-testid="lt-inquiry-not-found">
              {t('lt.inquiry.notFound')}
            </View>
          </View>
        ) : (
          <DataView remote={letter} testId="lt-inquiry">
            {(data) => <LetterDetail letter={data} />}
          </DataView>
        )}
      </View>
      <View className="portal-section">
        <View className="portal-actions">
          {signedIn ? (
            <ActionButton size="large" block data-testid="lt-inquiry-mine" onClick={() => void Taro.navigateTo({ url: ROUTES.myLetters })}>
              {t('lt.inquiry.mine')}
            </ActionButton>
          ) : null}
          <ActionButton size="large" block data-testid="lt-inquiry-board" onClick={() => void Taro.navigateTo({ url: ROUTES.publicAnswers })}>
            {t('lt.inquiry.board')}
          </ActionButton>
        </View>
      </View>
    </PageShell>
  );
}
