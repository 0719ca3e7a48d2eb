import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useI18n } from '../hooks/use-i18n';
import { ROUTES } from '../routes';
import { ActionButton } from './ActionButton';
import { Heading } from './Heading';

/** Shown where a signed-in person is needed and nobody is (or the session could not be renewed). */
export function SignInPrompt({ text, heading }: { text?: string; heading?: string }) {
  const { t } = useI18n();
  return (
    <View className="portal-section" data-testid="signin-prompt">
      {heading ? <Heading level={2}>{heading}</Heading> : null}
      <Text className="portal-text">{text ?? t('auth.required')}</Text>
      <View className="portal-actions">
        <ActionButton type="primary" size="large" block data-testid="signin-open" onClick={() => void Taro.navigateTo({ url: ROUTES.signIn })}>
          {t('auth.signIn')}
        </ActionButton>
      </View>
    </View>
  );
}
