import { View, Text } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import type { WeatherResponse } from '@portal/shared';
import { DataView } from '../../../../components/DataView';
import { FreshnessNote } from '../../../../components/FreshnessNote';
import { PageShell } from '../../../../components/PageShell';
import { useI18n } from '../../../../hooks/use-i18n';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRemote } from '../../../../hooks/use-remote';
import { forecastDayLabel } from '../../../../lib/format';
import { fetchWeather } from '../../../../services/weather';
import { usePreferences } from '../../../../store/preferences';
import { Heading } from '../../../../components/Heading';
import { ActionButton } from '../../../../components/ActionButton';
import './index.scss';

function WeatherView({ data, onRefresh, refreshing }: { onRefresh: () => void; refreshing: boolean; data: WeatherResponse }) {
  const { t } = useI18n();
  const { current } = data;
  return (
    <View>
      <View className="portal-section" data-testid="weather-current">
        <Heading level={1} className="portal-title">
          {t('weather.title')}
        </Heading>
        <Text className="portal-text-secondary">{t('weather.now')}</Text>
        <View className="portal-weather-now">
          <Text className="portal-weather-temp">{t('weather.temperature', { n: current.temperatureC })}</Text>
          <Text className="portal-weather-condition">{t(`condition.${current.condition}`)}</Text>
        </View>
        <Text className="portal-text">{t('weather.humidity', { n: current.humidityPercent })}</Text>
        <Text className="portal-text">{t('weather.wind', { direction: current.windDirection, scale: current.windScale })}</Text>
        {current.aqi !== undefined ? <Text className="portal-text">{t('weather.aqi', { n: current.aqi })}</Text> : null}
        <FreshnessNote freshness={data} />
        <View className="portal-actions">
          <ActionButton type="primary" size="large" block loading={refreshing} onClick={onRefresh} data-testid="weather-refresh">
            {t('state.refresh')}
          </ActionButton>
        </View>
      </View>
      <View className="portal-section">
        <Heading level={2} className="portal-heading">
          {t('weather.forecast')}
        </Heading>
        <View role="list" data-testid="weather-forecast">
          {data.forecast.slice(0, 3).map((day) => (
            <View role="listitem" key={day.date} className="portal-weather-day" data-testid="weather-day">
              <Cell
                title={
                  <Text className="portal-text portal-weather-day-name">
                    {forecastDayLabel(day.date, t)} {day.date.slice(5)}
                  </Text>
                }
                description={<Text className="portal-text">{t(`condition.${day.condition}`)}</Text>}
                extra={<Text className="portal-text">{t('weather.range', { low: day.lowC, high: day.highC })}</Text>}
              />
            </View>
          ))}
        </View>
      </View>
    </View>
  );
}

export default function WeatherPage() {
  const { t } = useI18n();
  const { city } = usePreferences();
  const remote = useRemote(() => fetchWeather(city), [city]);
  usePullRefresh(remote.reload);
  return (
    <PageShell title={t('weather.title')} testId="page-weather">
      <DataView remote={remote} testId="weather">
        {(data) => <WeatherView data={data} refreshing={remote.refreshing} onRefresh={() => void remote.reload()} />}
      </DataView>
    </PageShell>
  );
}
