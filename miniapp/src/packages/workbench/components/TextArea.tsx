import { View, Text, Textarea } from '@tarojs/components';

interface TextAreaFieldProps {
  /** The <textarea>'s id (H5), the target of the error summary's link. */
  id: string;
  testId: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  /** "已填 {count} / {max} 字", in the page's words. */
  counter: (count: number, max: number) => string;
}

/**
 * A labelled multi-line text field with a character counter (GOV.UK order: label, hint, error,
 * field, counter). The browser's own limit is a little above the rule so a paste that is too long
 * is seen and named by the check, not silently cut.
 */
export function TextAreaField({ id, testId, label, hint, error, value, onChange, maxLength, counter }: TextAreaFieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', `${id}-counter`].filter(Boolean).join(' ');
  const count = Array.from(value.trim()).length;
  return (
    <View className={error ? 'portal-field portal-field-invalid' : 'portal-field'} data-testid={`${testId}-field`}>
      <Text className="portal-field-label" id={`${id}-label`}>
        {label}
      </Text>
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
      <Textarea
        className="wb-textarea"
        value={value}
        maxlength={maxLength + 200}
        autoHeight
        onInput={(event) => onChange(event.detail.value)}
        nativeProps={{
          id,
          'aria-label': label,
          'aria-describedby': describedBy,
          'aria-invalid': error ? 'true' : 'false',
          'data-testid': testId,
          name: id,
        }}
      />
      <Text className={count > maxLength ? 'portal-field-message' : 'portal-text-secondary'} id={`${id}-counter`} data-testid={`${testId}-counter`} aria-live="polite">
        {counter(count, maxLength)}
      </Text>
    </View>
  );
}
