import { Text } from '@tarojs/components';
import type { Freshness } from '@portal/shared';
import { useI18n } from '../hooks/use-i18n';
import { formatClock } from '../lib/format';

/** Stale data says so in words: "data as of HH:mm, the city's system is not answering". */
export function FreshnessNote({ freshness }: { freshness: Freshness }) {
  const { t } = useI18n();
  const time = formatClock(freshness.updatedAt);
  if (freshness.stale) {
    return (
      <Text className="portal-note" data-testid="stale-note">
        {t('state.stale', { time })}
      </Text>
    );
  }
  if (!time) return null;
  return <Text className="portal-text-secondary portal-updated">{t('state.updatedAt', { time })}</Text>;
}
