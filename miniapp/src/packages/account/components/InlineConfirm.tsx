import { View, Text } from '@tarojs/components';
import { ActionButton } from '../../../components/ActionButton';
import { useI18n } from '../../../hooks/use-i18n';

/** A confirmation step in the page itself: never a pop-up (the elderly mode forbids them; we use none). */
export function InlineConfirm({
  message,
  confirmText,
  confirmTestId,
  cancelTestId,
  busy,
  onConfirm,
  onCancel,
}: {
  message: string;
  confirmText: string;
  confirmTestId: string;
  cancelTestId: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <View className="portal-confirm" role="group" aria-label={message}>
      <Text className="portal-text portal-confirm-text">{message}</Text>
      <View className="portal-actions">
        <ActionButton type="danger" size="large" loading={busy} disabled={busy} data-testid={confirmTestId} onClick={onConfirm}>
          {confirmText}
        </ActionButton>
        <ActionButton size="large" disabled={busy} data-testid={cancelTestId} onClick={onCancel}>
          {t('common.cancel')}
        </ActionButton>
      </View>
    </View>
  );
}
