import { View, Text } from '@tarojs/components';
import { FOCUSABLE, focusById, pressable } from '../../../components/a11y';
import { useI18n } from '../../../hooks/use-i18n';

export interface SummaryItem {
  message: string;
  /** The id of the field's input; the item links to it. */
  fieldId?: string;
}

export const ERROR_SUMMARY_ID = 'error-summary';

/**
 * GOV.UK's error summary: at the top of the form, announced (role=alert), focusable so focus can
 * move here after a failed submit, each problem a link to its field.
 */
export function ErrorSummary({ items }: { items: SummaryItem[] }) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  return (
    <View className="portal-error-summary" role="alert" id={ERROR_SUMMARY_ID} {...FOCUSABLE} data-testid="error-summary">
      <Text className="portal-error-summary-title">{t('summary.title')}</Text>
      <View role="list">
        {items.map((item, index) =>
          item.fieldId ? (
            <View role="listitem" key={`${item.fieldId}-${index}`}>
              <View
                className="portal-error-summary-link"
                {...pressable(() => focusById(item.fieldId!))}
                role="link"
                data-testid={`error-summary-${item.fieldId}`}
                onClick={() => focusById(item.fieldId!)}
              >
                {item.message}
              </View>
            </View>
          ) : (
            <View role="listitem" key={`general-${index}`}>
              <Text className="portal-error-summary-item">{item.message}</Text>
            </View>
          ),
        )}
      </View>
    </View>
  );
}
