import { View } from '@tarojs/components';
import { DataView } from '../../../../components/DataView';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { SignInPrompt } from '../../../../components/SignInPrompt';
import { useMe } from '../../../../hooks/use-me';
import { useI18n } from '../../../../hooks/use-i18n';
import { PrivacyNotice } from '../../components/PrivacyNotice';
import '../../account.scss';

/** The privacy notice on its own: what is collected and why, and "accept" until the current version is accepted. */
export default function PrivacyPage() {
  const { t } = useI18n();
  const { signedIn, me } = useMe();
  return (
    <PageShell title={t('privacy.title')} testId="page-privacy">
      <View className="portal-section">
        <Heading level={1}>{t('privacy.title')}</Heading>
      </View>
      {!signedIn ? (
        <SignInPrompt />
      ) : (
        <DataView remote={me} testId="privacy">
          {(data) => <PrivacyNotice me={data} onAccepted={() => void me.reload()} />}
        </DataView>
      )}
    </PageShell>
  );
}
