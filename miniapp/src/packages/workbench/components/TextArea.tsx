import { Text, Textarea } from '@tarojs/components';
import { describedBy, FormField } from '../../../components/FormField';

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
  const described = describedBy(id, { hint, error, after: `${id}-counter` });
  const count = Array.from(value.trim()).length;
  return (
    <FormField id={id} testId={testId} label={label} hint={hint} error={error}>
      <Textarea
        className="wb-textarea"
        value={value}
        maxlength={maxLength + 200}
        autoHeight
        onInput={(event) => onChange(event.detail.value)}
        nativeProps={{
          id,
          'aria-label': label,
          'aria-describedby': described,
          'aria-invalid': error ? 'true' : 'false',
          'data-testid': testId,
          name: id,
        }}
      />
      <Text className={count > maxLength ? 'portal-field-message' : 'portal-text-secondary'} id={`${id}-counter`} data-testid={`${testId}-counter`} aria-live="polite">
        {counter(count, maxLength)}
      </Text>
    </FormField>
  );
}
