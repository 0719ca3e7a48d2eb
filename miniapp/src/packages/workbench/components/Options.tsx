import { View, Text } from '@tarojs/components';
import { FOCUSABLE } from '../../../components/a11y';

export interface Option {
  value: string;
  label: string;
  note?: string;
  disabled?: boolean;
}

interface OptionGroupProps {
  /** Where the error summary's link moves focus (the group's label). */
  id: string;
  testId: string;
  label: string;
  hint?: string;
  error?: string;
  /** Checkboxes (several) or radio buttons (one). */
  multiple?: boolean;
  options: Option[];
  selected: readonly string[];
  onToggle: (value: string) => void;
}

interface KeyLike {
  key?: string;
  preventDefault?: () => void;
}

/**
 * A question answered by choosing: radio buttons (role=radio in a radiogroup) or checkboxes
 * (role=checkbox), each a full-width row with its words and a mark that is a shape, not only a
 * colour (○ ● / ☐ ☑). Same in WeChat and H5; in H5 each row is a tab stop toggled by Space/Enter.
 */
export function OptionGroup({ id, testId, label, hint, error, multiple, options, selected, onToggle }: OptionGroupProps) {
  const h5 = process.env.TARO_ENV === 'h5';
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <View className={error ? 'portal-field portal-field-invalid' : 'portal-field'} data-testid={`${testId}-field`}>
      <View className="portal-field-label" id={id} {...FOCUSABLE}>
        {label}
      </View>
      {hint ? (
        <Text className="portal-text-secondary" id={`${id}-hint`}>
          {hint}
        </Text>
      ) : null}
      {error ? (
        <Text className="portal-field-message" id={`${id}-error`} data-testid={`${testId}-error`}>
          {error}
        </Text>
      ) : null}
      <View className="opt-group" role={multiple ? 'group' : 'radiogroup'} aria-labelledby={id} aria-describedby={describedBy} data-testid={testId}>
        {options.map((option) => {
          const checked = selected.includes(option.value);
          const toggle = () => {
            if (!option.disabled) onToggle(option.value);
          };
          const keys = h5
            ? {
                tabIndex: option.disabled ? -1 : 0,
                onKeyDown: (event: KeyLike) => {
                  if (event.key === ' ' || event.key === 'Enter') {
                    event.preventDefault?.();
                    toggle();
                  }
                },
              }
            : {};
          return (
            <View
              key={option.value}
              className={`opt-row${checked ? ' opt-row-checked' : ''}${option.disabled ? ' opt-row-disabled' : ''}`}
              role={multiple ? 'checkbox' : 'radio'}
              aria-checked={checked ? 'true' : 'false'}
              aria-disabled={option.disabled ? 'true' : undefined}
              data-testid={`${testId}-option`}
              data-value={option.value}
              data-checked={checked ? 'true' : 'false'}
              onClick={toggle}
              {...keys}
            >
              <Text className="opt-mark" aria-hidden="true">
                {multiple ? (checked ? '☑' : '☐') : checked ? '●' : '○'}
              </Text>
              <View className="opt-words">
                <Text className="opt-label">{option.label}</Text>
                {option.note ? <Text className="opt-note">{option.note}</Text> : null}
              </View>
            </View>
          );
        })}
      </View>
    </View>
  );
}
