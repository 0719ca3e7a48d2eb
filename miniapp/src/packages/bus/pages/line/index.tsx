import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';

import { useState } from 'react';
import type { BusDirection, BusLineDirection, BusLineResponse } from '@portal/shared';
import { DataView } from '../../../../components/DataView';
import { FreshnessNote } from '../../../../components/FreshnessNote';
import { PageShell } from '../../../../components/PageShell';
import { useI18n } from '../../../../hooks/use-i18n';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRemote } from '../../../../hooks/use-remote';
import { ROUTES, withQuery } from '../../../../routes';
import { fetchBusLine } from '../../../../services/bus';
import { usePreferences } from '../../../../store/preferences';
import { Heading } from '../../../../components/Heading';
import { ActionButton } from '../../../../components/ActionButton';
import '../bus.scss';

function StopDiagram({ line, direction }: { line: BusLineResponse; direction: BusLineDirection }) {
  const { t } = useI18n();
  const count = direction.stops.length;
  const open = (stopId: string) =>
    void Taro.navigateTo({
      url: withQuery(ROUTES.busArrivals, { lineId: line.id, stopId, direction: direction.direction }),
    });
  return (
    <View className="portal-section">
      <Heading level={2} className="portal-heading">
        {t('bus.line.stops', { count })}
      </Heading>
      <Text className="portal-text-secondary">{t('bus.line.stopHint')}</Text>
      <View className="portal-stops" role="list" data-testid="bus-stops">
        {direction.stops.map((stop, index) => {
          const classes = ['portal-stop', index === 0 ? 'portal-stop-first' : '', index === count - 1 ? 'portal-stop-last' : '']
            .filter(Boolean)
            .join(' ');
          return (
            <View key={stop.id} className={classes} role="listitem">
              <View className="portal-stop-rail" aria-hidden="true">
                <View className="portal-stop-dot" />
              </View>
              <ActionButton
                fill="outline"
                size="large"
                data-testid={`bus-stop-${stop.seq}`}
                data-stop-id={stop.id}
                onClick={() => open(stop.id)}
              >
                <Text className="portal-stop-seq">{t('bus.stop.seq', { seq: stop.seq })}</Text>
                <Text>{stop.name}</Text>
              </ActionButton>
            </View>
          );
        })}
      </View>
    </View>
  );
}

function LineView({ line }: { line: BusLineResponse }) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<BusDirection>(0);
  const direction = line.directions.find((d) => d.direction === chosen) ?? line.directions[0];
  if (!direction) return null;
  return (
    <View>
      <View className="portal-section portal-line-header">
        <Heading level={1} className="portal-title" testId="bus-line-name">
          {line.name}
        </Heading>
        <Text className="portal-text">{t('bus.line.route', { from: direction.from, to: direction.to })}</Text>
        <Text className="portal-text-secondary">
          {t('bus.line.hours', { first: direction.firstBus, last: direction.lastBus })}
        </Text>
        <FreshnessNote freshness={line} />
      </View>
      {line.directions.length > 1 ? (
        <View className="portal-section" role="group" aria-label={t('bus.line.direction')}>
          <Heading level={2} className="portal-heading">
            {t('bus.line.direction')}
          </Heading>
          <View className="portal-direction-options">
            {line.directions.map((d) => {
              const selected = d.direction === direction.direction;
              return (
                <ActionButton
                  key={d.direction}
                  type={selected ? 'primary' : 'default'}
                  fill={selected ? 'solid' : 'outline'}
                  size="large"
                  block
                  aria-pressed={selected}
                  data-testid={`bus-direction-${d.direction}`}
                  onClick={() => setChosen(d.direction)}
                >
                  {t('bus.line.towards', { to: d.to })}
                </ActionButton>
              );
            })}
          </View>
        </View>
      ) : null}
      <StopDiagram line={line} direction={direction} />
    </View>
  );
}

export default function BusLinePage() {
  const { t } = useI18n();
  const { city } = usePreferences();
  const { params } = useRouter();
  const lineId = decodeURIComponent(params.lineId ?? '');
  const remote = useRemote(() => fetchBusLine(city, lineId), [city, lineId]);
  usePullRefresh(remote.reload);
  const name = remote.data?.name ?? (params.name ? decodeURIComponent(params.name) : '');

  return (
    <PageShell title={name || t('bus.line.title')} testId="page-bus-line">
      <DataView remote={remote} testId="bus-line" isEmpty={(data) => data.directions.length === 0}>
        {(line) => <LineView line={line} />}
      </DataView>
    </PageShell>
  );
}
