import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import { findCity, upstreamFor, CITIES, type CityHomeResponse } from '@portal/shared';
import { CitySwitch } from '../../components/CitySwitch';
import { ElderlySwitch } from '../../components/ElderlySwitch';
import { FreshnessNote } from '../../components/FreshnessNote';
import { PageShell } from '../../components/PageShell';
import { PortalGrid } from '../../components/PortalGrid';
import { useI18n } from '../../hooks/use-i18n';
import { usePullRefresh } from '../../hooks/use-pull-refresh';
import { useRemote } from '../../hooks/use-remote';
import { ROUTES } from '../../routes';
import { describeError } from '../../services/error-words';
import { fetchCityHome } from '../../services/cities';
import { setCity, usePreferences } from '../../store/preferences';
import { Heading } from '../../components/Heading';
import { ActionButton } from '../../components/ActionButton';
import './index.scss';

function WeatherCard({ home, loading }: { home: CityHomeResponse | undefined; loading: boolean }) {
  const { t } = useI18n();
  const weather = home?.weather;
  const open = () => void Taro.navigateTo({ url: ROUTES.weather });
  return (
    <View className="portal-section portal-card" data-testid="card-weather">
      <Heading level={2} className="portal-heading">
        {t('card.weather.title')}
      </Heading>
      <Cell
        className="portal-card-cell"
        onClick={open}
        title={
          weather ? (
            <Text className="portal-text">
              {t('card.weather.summary', {
                condition: t(`condition.${weather.current.condition}`),
                temperature: weather.current.temperatureC,
                humidity: weather.current.humidityPercent,
              })}
            </Text>
          ) : (
            <Text className="portal-text-secondary">{loading ? t('state.loading') : t('card.unavailable')}</Text>
          )
        }
      />
      {weather ? <FreshnessNote freshness={weather} /> : null}
      <ActionButton type="primary" size="large" block onClick={open} data-testid="card-weather-open">
        {t('card.weather.open')}
      </ActionButton>
    </View>
  );
}

function TrafficCard({ home, loading }: { home: CityHomeResponse | undefined; loading: boolean }) {
  const { t } = useI18n();
  const traffic = home?.traffic;
  const open = () => void Taro.navigateTo({ url: ROUTES.traffic });
  return (
    <View className="portal-section portal-card" data-testid="card-traffic">
      <Heading level={2} className="portal-heading">
        {t('card.traffic.title')}
      </Heading>
      <Cell
        className="portal-card-cell"
        onClick={open}
        title={
          traffic ? (
            <View>
              <Text className={`portal-level portal-level-${traffic.overall}`}>{t(`level.${traffic.overall}`)}</Text>
              <Text className="portal-text">
                {t('card.traffic.summary', {
                  level: t(`level.${traffic.overall}`),
                  congested: traffic.congestedSections,
                  total: traffic.totalSections,
                  incidents: traffic.incidents,
                })}
              </Text>
            </View>
          ) : (
            <Text className="portal-text-secondary">{loading ? t('state.loading') : t('card.unavailable')}</Text>
          )
        }
      />
      {traffic ? <FreshnessNote freshness={traffic} /> : null}
      <ActionButton type="primary" size="large" block onClick={open} data-testid="card-traffic-open">
        {t('card.traffic.open')}
      </ActionButton>
    </View>
  );
}

export default function HomePage() {
  const { t, text } = useI18n();
  const { city: cityId } = usePreferences();
  const remote = useRemote(() => fetchCityHome(cityId), [cityId]);
  usePullRefresh(remote.reload);

  const home = remote.data?.city.id === cityId ? remote.data : undefined;
  // The catalog comes with /home; until then (or if it fails) the shared catalog gives the structure.
  const city = home?.city ?? findCity(cityId) ?? CITIES[0];
  const hasWeather = upstreamFor(city.id, 'weather') !== undefined;
  const hasTraffic = upstreamFor(city.id, 'traffic') !== undefined;

  return (
    <PageShell title={t('home.title')} testId="page-home">
      <View className="portal-section portal-home-header">
        <Heading level={1} className="portal-title" testId="city-name">
          {text(city.name)}
        </Heading>
        <Text className="portal-text-secondary portal-home-tagline">{text(city.tagline)}</Text>
        <CitySwitch value={cityId} onChange={setCity} />
      </View>

      <View className="portal-section portal-home-elderly">
        <ElderlySwitch testId="elderly-switch" />
      </View>

      {remote.status === 'error' ? (
        <View className="portal-section" data-testid="home-error">
          <View className="portal-error" role="alert">
            {describeError(remote.error, t)}
          </View>
          <View className="portal-actions">
            <ActionButton type="primary" size="large" block onClick={() => void remote.reload()} data-testid="home-retry">
              {t('state.retry')}
            </ActionButton>
          </View>
        </View>
      ) : null}

      {hasWeather ? <WeatherCard home={home} loading={!home && remote.status === 'loading'} /> : null}
      {hasTraffic ? <TrafficCard home={home} loading={!home && remote.status === 'loading'} /> : null}

      <View className="portal-groups" data-testid="portal-groups">
        {city.groups.map((group) => (
          <PortalGrid key={`${city.id}-${group.id}`} group={group} />
        ))}
      </View>
    </PageShell>
  );
}
