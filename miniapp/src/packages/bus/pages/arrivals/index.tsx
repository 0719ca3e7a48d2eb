import { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import type { BusArrival, BusDirection } from '@portal/shared';
import { DataView } from '../../../../components/DataView';
import { FreshnessNote } from '../../../../components/FreshnessNote';
import { PageShell } from '../../../../components/PageShell';
import { useI18n } from '../../../../hooks/use-i18n';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRemote } from '../../../../hooks/use-remote';
import { formatDistance } from '../../../../lib/format';
import { fetchBusArrivals } from '../../../../services/bus';
import { usePreferences } from '../../../../store/preferences';
import { Heading } from '../../../../components/Heading';
import { ActionButton } from '../../../../components/ActionButton';
import '../bus.scss';

function ArrivalItem({ arrival, index }: { arrival: BusArrival; index: number }) {
  const { t } = useI18n();
  const when = arrival.minutes <= 0 ? t('bus.arrivals.arriving') : t('bus.arrivals.minutes', { minutes: arrival.minutes });
  const details = [
    t('bus.arrivals.stopsAway', { count: arrival.stopsAway }),
    t('bus.arrivals.distance', { distance: formatDistance(arrival.distanceMeters, t) }),
  ];
  return (
    <View role="listitem" data-testid="bus-arrival" className="portal-arrival">
      <Cell
        title={
          <View>
            <Text className="portal-text-secondary">{t('bus.arrivals.next', { n: index + 1 })}</Text>
            <Text className="portal-arrival-minutes">{when}</Text>
          </View>
        }
        description={
          <View>
            {details.map((d) => (
              <Text key={d} className="portal-text">
                {d}
              </Text>
            ))}
            {arrival.plate ? <Text className="portal-text-secondary">{t('bus.arrivals.plate', { plate: arrival.plate })}</Text> : null}
          </View>
        }
      />
    </View>
  );
}

export default function BusArrivalsPage() {
  const { t } = useI18n();
  const { city } = usePreferences();
  const { params } = useRouter();
  const lineId = decodeURIComponent(params.lineId ?? '');
  const stopId = decodeURIComponent(params.stopId ?? '');
  const direction: BusDirection = params.direction === '1' ? 1 : 0;
  const remote = useRemote(() => fetchBusArrivals(city, { lineId, stopId, direction }), [city, lineId, stopId, direction]);
  usePullRefresh(remote.reload);

  return (
    <PageShell title={t('bus.arrivals.title')} testId="page-bus-arrivals">
      <DataView remote={remote} testId="bus-arrivals">
        {(data) => (
          <View>
            <View className="portal-section">
              <Heading level={1} className="portal-title" testId="bus-arrivals-stop">
                {t('bus.arrivals.at', { stop: data.stopName })}
              </Heading>
              <Text className="portal-text">{data.lineName}</Text>
              <FreshnessNote freshness={data} />
              <View className="portal-actions">
                <ActionButton
                  type="primary"
                  size="large"
                  block
                  loading={remote.refreshing}
                  onClick={() => void remote.reload()}
                  data-testid="bus-arrivals-refresh"
                >
                  {t('state.refresh')}
                </ActionButton>
              </View>
            </View>
            <View className="portal-section portal-arrivals">
              <Heading level={2} className="portal-heading">
                {t('bus.arrivals.title')}
              </Heading>
              {data.arrivals.length === 0 ? (
                <Text className="portal-note" data-testid="bus-arrivals-empty">
                  {t('bus.arrivals.empty')}
                </Text>
              ) : (
                <View role="list" data-testid="bus-arrivals-list">
                  {data.arrivals.map((arrival, index) => (
                    <ArrivalItem key={`${index}-${arrival.plate ?? ''}`} arrival={arrival} index={index} />
                  ))}
                </View>
              )}
            </View>
          </View>
        )}
      </DataView>
    </PageShell>
  );
}
