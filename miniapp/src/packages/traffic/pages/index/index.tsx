import { View, Text } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import type { CongestionLevel, TrafficResponse } from '@portal/shared';
import { DataView } from '../../../../components/DataView';
import { FreshnessNote } from '../../../../components/FreshnessNote';
import { PageShell } from '../../../../components/PageShell';
import { useI18n } from '../../../../hooks/use-i18n';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRemote } from '../../../../hooks/use-remote';
import { formatClock } from '../../../../lib/format';
import { fetchTraffic } from '../../../../services/traffic';
import { usePreferences } from '../../../../store/preferences';
import { Heading } from '../../../../components/Heading';
import { ActionButton } from '../../../../components/ActionButton';
import './index.scss';

/** The level as a word on its colour: colour is never the only signal. */
function Level({ level }: { level: CongestionLevel }) {
  const { t } = useI18n();
  return (
    <Text className={`portal-level portal-level-${level}`} data-level={level}>
      {t(`level.${level}`)}
    </Text>
  );
}

function TrafficView({ data, onRefresh, refreshing }: { onRefresh: () => void; refreshing: boolean; data: TrafficResponse }) {
  const { t } = useI18n();
  const { summary } = data;
  return (
    <View>
      <View className="portal-section" data-testid="traffic-summary">
        <Heading level={1} className="portal-title">
          {t('traffic.title')}
        </Heading>
        <View className="portal-traffic-overall">
          <Text className="portal-text">{t('traffic.overall', { level: '' })}</Text>
          <Level level={summary.overall} />
        </View>
        <Text className="portal-text">
          {t('traffic.counts', {
            congested: summary.congestedSections,
            total: summary.totalSections,
            incidents: summary.incidents,
          })}
        </Text>
        <FreshnessNote freshness={data} />
        <View className="portal-actions">
          <ActionButton type="primary" size="large" block loading={refreshing} onClick={onRefresh} data-testid="traffic-refresh">
            {t('state.refresh')}
          </ActionButton>
        </View>
      </View>

      <View className="portal-section">
        <Heading level={2} className="portal-heading">
          {t('traffic.sections')}
        </Heading>
        <View role="list" data-testid="traffic-sections">
          {data.sections.map((section) => (
            <View role="listitem" key={section.id} className="portal-traffic-item" data-testid="traffic-section">
              <Cell
                title={<Text className="portal-text portal-traffic-road">{section.road}</Text>}
                description={
                  <View>
                    <Text className="portal-text-secondary">{t('traffic.section.range', { from: section.from, to: section.to })}</Text>
                    {section.speedKmh !== undefined ? (
                      <Text className="portal-text-secondary">{t('traffic.section.speed', { speed: section.speedKmh })}</Text>
                    ) : null}
                  </View>
                }
                extra={<Level level={section.level} />}
              />
            </View>
          ))}
        </View>
      </View>

      <View className="portal-section">
        <Heading level={2} className="portal-heading">
          {t('traffic.incidents')}
        </Heading>
        {data.incidents.length === 0 ? (
          <Text className="portal-text-secondary">{t('traffic.incidents.none')}</Text>
        ) : (
          <View role="list" data-testid="traffic-incidents">
            {data.incidents.map((incident) => (
              <View role="listitem" key={incident.id} className="portal-traffic-item" data-testid="traffic-incident">
                <Cell
                  title={
                    <Text className="portal-text portal-traffic-road">
                      {t(`incident.${incident.kind}`)} · {incident.road}
                    </Text>
                  }
                  description={
                    <View>
                      <Text className="portal-text">{incident.description}</Text>
                      <Text className="portal-text-secondary">
                        {t('traffic.incident.since', { time: formatClock(incident.startsAt) })}
                        {incident.endsAt ? ` · ${t('traffic.incident.until', { time: formatClock(incident.endsAt) })}` : ''}
                      </Text>
                    </View>
                  }
                />
              </View>
            ))}
          </View>
        )}
      </View>
    </View>
  );
}

export default function TrafficPage() {
  const { t } = useI18n();
  const { city } = usePreferences();
  const remote = useRemote(() => fetchTraffic(city), [city]);
  usePullRefresh(remote.reload);
  return (
    <PageShell title={t('traffic.title')} testId="page-traffic">
      <DataView remote={remote} testId="traffic">
        {(data) => <TrafficView data={data} refreshing={remote.refreshing} onRefresh={() => void remote.reload()} />}
      </DataView>
    </PageShell>
  );
}
