import { View, Textarea } from '@tarojs/components';
import { describedBy, FormField } from '../../../components/FormField';
import type { ReactNode } from 'react';

/**
 * A labelled multi-line field (GOV.UK order: label, hint, error, box), with what follows it
 * (a live counter) announced politely. Text is React text throughout: markup stays text.
 */
export function TextArea({
  id,
  testId,
  label,
  hint,
  error,
  value,
  onChange,
  maxLength,
  footer,
  tall,
}: {
  id: string;
  testId: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  /** The box accepts a little more than the rule so the counter can say “too long” rather than cut. */
  maxLength: number;
  footer?: ReactNode;
  tall?: boolean;
}) {
  const h5 = process.env.TARO_ENV === 'h5';
  const described = describedBy(id, { hint, error, after: footer ? `${id}-footer` : '' });
  return (
    <FormField id={id} testId={testId} label={label} hint={hint} error={error} fieldClass="lt-field" labelClass="lt-label">
      <Textarea
        className={tall ? 'lt-textarea lt-textarea-tall' : 'lt-textarea'}
        value={value}
        maxlength={maxLength}
        autoHeight={!h5}
        onInput={(event) => onChange(event.detail.value)}
        nativeProps={{
          id,
          'aria-label': label,
          'aria-describedby': described || undefined,
          'aria-invalid': error ? 'true' : 'false',
          'data-testid': testId,
          name: id,
        }}
      />
      {footer ? (
        <View id={`${id}-footer`} aria-live="polite">
          {footer}
        </View>
      ) : null}
    </FormField>
  );
}
