import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { ActionButton } from './ActionButton';
import { Heading } from './Heading';
import { useI18n } from '../hooks/use-i18n';
import { ROUTES } from '../routes';

/** A personal service needs the verified real name first: says why, and opens the binding page. `testId` prefixes the page's ids. */
export function IdentityNeeded({ text, testId }: { text: string; testId: string }) {
  const { t } = useI18n();
  return (
    <View className="portal-section" data-testid={`${testId}-identity-needed`}>
      <Heading level={2}>{t('si.identity.heading')}</Heading>
      <Text className="portal-text">{text}</Text>
      <View className="portal-actions">
        <ActionButton type="primary" size="large" block data-testid={`${testId}-identity-open`} onClick={() => void Taro.navigateTo({ url: ROUTES.accountIdentity })}>
          {t('si.identity.open')}
        </ActionButton>
      </View>
    </View>
  );
}
