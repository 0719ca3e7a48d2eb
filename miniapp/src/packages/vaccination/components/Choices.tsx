import { View } from '@tarojs/components';
import { ActionButton } from '../../../components/ActionButton';
import { FOCUSABLE } from '../../../components/a11y';
import { Heading } from '../../../components/Heading';

export interface Choice {
  value: string;
  label: string;
  /** Shown after the label and read with it, e.g. 余 5 / 已约满. */
  note?: string;
  disabled?: boolean;
}

/**
 * One question answered by tapping one of its options (aria-pressed says which). A disabled option
 * stays visible with its reason in words (已约满, 不开诊) — never only greyed out.
 */
export function Choices({
  id,
  heading,
  choices,
  value,
  onChange,
  testId,
  error,
  wide,
}: {
  id: string;
  heading: string;
  choices: Choice[];
  value: string | undefined;
  onChange: (value: string) => void;
  testId: string;
  error?: string;
  wide?: boolean;
}) {
  return (
    <View className={error ? 'portal-section portal-field-invalid' : 'portal-section'} data-testid={testId}>
      <View id={id} {...FOCUSABLE}>
        <Heading level={2}>{heading}</Heading>
      </View>
      {error ? (
        <View className="portal-field-message" data-testid={`${testId}-error`}>
          {error}
        </View>
      ) : null}
      <View className="flow-choices" role="group" aria-label={heading}>
        {choices.map((c) => {
          const selected = c.value === value;
          return (
            <ActionButton
              key={c.value}
              className={wide ? 'flow-choice flow-choice-wide' : 'flow-choice'}
              size="large"
              type={selected ? 'primary' : 'default'}
              fill={selected ? 'solid' : 'outline'}
              disabled={c.disabled}
              aria-pressed={selected}
              aria-disabled={c.disabled ? 'true' : undefined}
              data-testid={`${testId}-option`}
              data-value={c.value}
              data-selected={selected ? 'true' : 'false'}
              data-disabled={c.disabled ? 'true' : 'false'}
              onClick={() => {
                if (!c.disabled) onChange(c.value);
              }}
            >
              {c.note ? `${c.label}（${c.note}）` : c.label}
            </ActionButton>
          );
        })}
      </View>
    </View>
  );
}
