import { View, Text } from '@tarojs/components';
import { ActionButton } from '../../../components/ActionButton';
import { FOCUSABLE } from '../../../components/a11y';

export interface ChoiceOption<V extends string | number> {
  value: V;
  label: string;
}

/**
 * One form question answered by tapping one of its options (full-width buttons with words,
 * aria-pressed says which), with the GOV.UK message at the field. `id` is where the error
 * summary's link moves focus.
 */
export function ChoiceGroup<V extends string | number>({
  id,
  testId,
  label,
  options,
  value,
  error,
  onChange,
}: {
  id: string;
  testId: string;
  label: string;
  options: ChoiceOption<V>[];
  value: V | undefined;
  error?: string;
  onChange: (value: V) => void;
}) {
  return (
    <View className={error ? 'portal-field portal-field-invalid' : 'portal-field'} data-testid={`${testId}-field`}>
      <View className="portal-field-label" id={id} {...FOCUSABLE}>
        {label}
      </View>
      {error ? (
        <Text className="portal-field-message" id={`${id}-error`} data-testid={`${testId}-error`}>
          {error}
        </Text>
      ) : null}
      <View className="pf-choices" role="group" aria-labelledby={id}>
        {options.map((option) => {
          const selected = option.value === value;
          return (
            <ActionButton
              key={String(option.value)}
              className="pf-choice"
              size="large"
              block
              type={selected ? 'primary' : 'default'}
              fill={selected ? 'solid' : 'outline'}
              aria-pressed={selected}
              data-testid={`${testId}-${option.value}`}
              data-selected={selected ? 'true' : 'false'}
              onClick={() => onChange(option.value)}
            >
              {selected ? `✓ ${option.label}` : option.label}
            </ActionButton>
          );
        })}
      </View>
    </View>
  );
}
