import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { LetterView } from '@portal/shared';
import { DataView } from '../../../../components/DataView';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { SignInPrompt } from '../../../../components/SignInPrompt';
import { useRemote } from '../../../../hooks/use-remote';
import { downloadMyLetterPhoto, fetchMyLetter } from '../../../../services/letters';
import { useSignedIn } from '../../../../session/use-session';
import { LetterDetail } from '../../components/LetterDetail';
import { LetterFeedback } from '../../components/LetterFeedback';
import { useLetterI18n } from '../../use-words';
import '../../letters.scss';

/** One of my letters: the same view as the inquiry, plus rating the answer and asking for a re-examination. */
export default function MyLetterPage() {
  const { t } = useLetterI18n();
  const { params } = useRouter();
  const trackingNo = decodeURIComponent(params.no ?? '');
  const signedIn = useSignedIn();
  const remote = useRemote(() => (signedIn && trackingNo ? fetchMyLetter(trackingNo) : undefined), [signedIn, trackingNo]);
  const [letter, setLetter] = useState<LetterView | undefined>(undefined);
  useEffect(() => setLetter(remote.data), [remote.data]);
  return (
    <PageShell title={t('lt.mine.title')} testId="page-my-letter">
      <View className="portal-section">
        <Heading level={1}>{t('lt.mine.title')}</Heading>
      </View>
      {!signedIn ? (
        <SignInPrompt text={t('lt.mine.signin')} />
      ) : (
        <DataView remote={remote} testId="my-letter">
          {(data) => {
            const current = letter && letter.trackingNo === data.trackingNo ? letter : data;
            return (
              <>
                <LetterDetail letter={current} loadPhoto={downloadMyLetterPhoto} />
                <LetterFeedback letter={current} onChanged={setLetter} />
              </>
            );
          }}
        </DataView>
      )}
    </PageShell>
  );
}
