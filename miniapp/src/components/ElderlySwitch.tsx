import { View, Text } from '@tarojs/components';
import { Switch } from '@nutui/nutui-react-taro';
import { useI18n } from '../hooks/use-i18n';
import { setElderly, usePreferences } from '../store/preferences';
import { switchRole } from './a11y';

/** The elderly-mode switch, the same on the home page and in settings. */
export function ElderlySwitch({ testId }: { testId: string }) {
  const { t } = useI18n();
  const { elderly } = usePreferences();
  return (
    <View className="portal-elderly-switch">
      <View className="portal-elderly-switch-text">
        <Text className="portal-heading portal-elderly-switch-title">{t('home.elderly.label')}</Text>
        <Text className="portal-text-secondary">{t('home.elderly.hint')}</Text>
      </View>
      <Switch
        checked={elderly}
        onChange={(value) => setElderly(value)}
        activeText={t('home.elderly.on')}
        inactiveText={t('home.elderly.off')}
        ariaLabel={t('home.elderly.label')}
        aria-label={t('home.elderly.label')}
        data-testid={testId}
        data-checked={elderly ? 'true' : 'false'}
        {...switchRole(() => setElderly(!elderly))}
      />
    </View>
  );
}
