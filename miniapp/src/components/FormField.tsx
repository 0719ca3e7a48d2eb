import { View, Text } from '@tarojs/components';
import type { ReactNode } from 'react';

/** The ids a field's control points at with aria-describedby: its hint, its error, then anything after it. */
export function describedBy(id: string, parts: { hint?: unknown; error?: unknown; after?: string }): string {
  return [parts.hint ? `${id}-hint` : '', parts.error ? `${id}-error` : '', parts.after ?? ''].filter(Boolean).join(' ');
}

/**
 * The frame every form field shares (GOV.UK order: label, hint, its own error, then the control),
 * used by the account TextField and the letters and workbench text areas. The field's look is the
 * caller's (`fieldClass`, `labelClass`), so each subpackage keeps its styles; the control comes as
 * children and reaches the label, hint and error through aria attributes in H5.
 */
export function FormField({
  id,
  testId,
  label,
  hint,
  error,
  fieldClass = 'portal-field',
  labelClass = 'portal-field-label',
  children,
}: {
  id: string;
  testId: string;
  label: string;
  hint?: string;
  error?: string;
  fieldClass?: string;
  labelClass?: string;
  children: ReactNode;
}) {
  return (
    <View className={error ? `${fieldClass} portal-field-invalid` : fieldClass} data-testid={`${testId}-field`}>
      <Text className={labelClass} id={`${id}-label`}>
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
      {children}
    </View>
  );
}
