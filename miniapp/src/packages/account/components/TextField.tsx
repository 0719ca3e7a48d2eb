import { View, Input } from '@tarojs/components';
import { describedBy, FormField } from '../../../components/FormField';
import type { ReactNode } from 'react';

interface TextFieldProps {
  /** The <input>'s id (H5), the target of the error summary's link. */
  id: string;
  testId: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  /** WeChat keyboard; H5 always gets a text input (with inputMode where it helps). */
  keyboard?: 'text' | 'number' | 'idcard';
  maxLength?: number;
  autoComplete?: string;
  /** Next to the input, e.g. the "send code" button. */
  action?: ReactNode;
  onConfirm?: () => void;
}

/**
 * A labelled input with its hint and its own error message (GOV.UK order: label, hint, error,
 * input). In H5 the label, hint and error reach the real <input> through aria attributes.
 */
export function TextField({ id, testId, label, hint, error, value, onChange, keyboard = 'text', maxLength, autoComplete, action, onConfirm }: TextFieldProps) {
  const h5 = process.env.TARO_ENV === 'h5';
  const described = describedBy(id, { hint, error });
  return (
    <FormField id={id} testId={testId} label={label} hint={hint} error={error}>
      <View className="portal-field-row">
        <Input
          className="portal-input"
          value={value}
          type={h5 ? 'text' : keyboard}
          maxlength={maxLength ?? 140}
          confirmType="done"
          onInput={(event) => onChange(event.detail.value)}
          onConfirm={onConfirm ? () => onConfirm() : undefined}
          nativeProps={{
            id,
            'aria-label': label,
            'aria-describedby': described || undefined,
            'aria-invalid': error ? 'true' : 'false',
            'data-testid': testId,
            inputMode: keyboard === 'number' ? 'numeric' : undefined,
            autoComplete,
            name: id,
          }}
        />
        {action}
      </View>
    </FormField>
  );
}
