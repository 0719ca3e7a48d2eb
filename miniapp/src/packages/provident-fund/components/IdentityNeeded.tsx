import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { ActionButton } from '../../../components/ActionButton';
import { Heading } from '../../../components/Heading';
import { useI18n } from '../../../hooks/use-i18n';
import { ROUTES } from '../../../routes';

/** As in social insurance: one's own account needs the verified real name first. */
export function IdentityNeeded({ text }: { text: string }) {
  const { t } = useI18n();
  return (
    <View className="portal-section" data-testid="pf-identity-needed">
      <Heading level={2}>{t('si.identity.heading')}</Heading>
      <Text className="portal-text">{text}</Text>
      <View className="portal-actions">
        <ActionButton type="primary" size="large" block data-testid="pf-identity-open" onClick={() => void Taro.navigateTo({ url: ROUTES.accountIdentity })}>
          {t('si.identity.open')}
        </ActionButton>
      </View>
    </View>
  );
}
