import { View, Text } from '@tarojs/components';

import { CITIES, type CityId } from '@portal/shared';
import { useI18n } from '../hooks/use-i18n';
import { ActionButton } from './ActionButton';

/** The three cities as a row of buttons; the chosen one is filled and says so to screen readers. */
export function CitySwitch({ value, onChange }: { value: CityId; onChange: (city: CityId) => void }) {
  const { t, text } = useI18n();
  return (
    <View className="portal-city-switch" role="group" aria-label={t('home.city.label')} data-testid="city-switch">
      <Text className="portal-text-secondary portal-city-switch-label">{t('home.city.label')}</Text>
      <View className="portal-city-switch-options">
        {CITIES.map((city) => {
          const selected = city.id === value;
          return (
            <ActionButton
              key={city.id}
              className="portal-city-option"
              type={selected ? 'primary' : 'default'}
              fill={selected ? 'solid' : 'outline'}
              size="large"
              aria-pressed={selected}
              data-testid={`city-option-${city.id}`}
              data-selected={selected ? 'true' : 'false'}
              onClick={() => onChange(city.id)}
            >
              {text(city.name)}
            </ActionButton>
          );
        })}
      </View>
    </View>
  );
}
