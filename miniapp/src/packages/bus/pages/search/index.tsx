import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Cell, SearchBar } from '@nutui/nutui-react-taro';
import { useState } from 'react';
import { BUS_LINE_QUERY_MAX, type BusLineSummary } from '@portal/shared';
import { pressable } from '../../../../components/a11y';
import { DataView } from '../../../../components/DataView';
import { FreshnessNote } from '../../../../components/FreshnessNote';
import { PageShell } from '../../../../components/PageShell';
import { useI18n } from '../../../../hooks/use-i18n';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRemote } from '../../../../hooks/use-remote';
import { ROUTES, withQuery } from '../../../../routes';
import { searchBusLines } from '../../../../services/bus';
import { usePreferences } from '../../../../store/preferences';
import { Heading } from '../../../../components/Heading';
import { ActionButton } from '../../../../components/ActionButton';
import '../bus.scss';

function LineResult({ line }: { line: BusLineSummary }) {
  const { t, locale } = useI18n();
  const open = () => void Taro.navigateTo({ url: withQuery(ROUTES.busLine, { lineId: line.id, name: line.name }) });
  const route = t('bus.line.route', { from: line.from, to: line.to });
  const hours = t('bus.line.hours', { first: line.firstBus, last: line.lastBus });
  return (
    <View
      className="portal-result"
      role="button"
      {...pressable(open)}
      aria-label={[line.name, route, hours].join(locale === 'zh' ? '，' : ', ')}
      data-testid="bus-result"
      data-line-id={line.id}
      onClick={open}
    >
      <Cell
        title={<Text className="portal-result-name">{line.name}</Text>}
        description={
          <View>
            <Text className="portal-text">{route}</Text>
            <Text className="portal-text-secondary">{hours}</Text>
          </View>
        }
        clickable
      />
    </View>
  );
}

export default function BusSearchPage() {
  const { t } = useI18n();
  const { city } = usePreferences();
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const remote = useRemote(() => (query ? searchBusLines(city, query) : undefined), [city, query]);
  usePullRefresh(remote.reload);

  const submit = (value: string) => {
    const q = value.trim().slice(0, BUS_LINE_QUERY_MAX);
    if (q === query) void remote.reload();
    else setQuery(q);
  };

  return (
    <PageShell title={t('bus.title')} testId="page-bus-search">
      <View className="portal-section">
        <Heading level={1} className="portal-title">
          {t('bus.title')}
        </Heading>
      </View>
      <View className="portal-section portal-bus-search" role="search" data-testid="bus-search">
        <SearchBar
          value={input}
          placeholder={t('bus.search.placeholder')}
          maxLength={BUS_LINE_QUERY_MAX}
          clearable={false}
          onChange={(value) => setInput(value)}
          onSearch={(value) => submit(value)}
          inputProps={{
            nativeProps: { 'aria-label': t('bus.search.label'), 'data-testid': 'bus-search-input', id: 'bus-search-input' },
            confirmType: 'search',
          }}
          right={
            <ActionButton type="primary" size="large" onClick={() => submit(input)} data-testid="bus-search-submit">
              {t('bus.search.submit')}
            </ActionButton>
          }
        />
      </View>
      <DataView
        remote={remote}
        testId="bus-results"
        idle={<Text className="portal-note">{t('bus.search.prompt')}</Text>}
        isEmpty={(data) => data.lines.length === 0}
        empty={<Text className="portal-text">{t('bus.search.empty', { q: query })}</Text>}
      >
        {(data) => (
          <View className="portal-section" data-testid="bus-results">
            <Heading level={2} className="portal-heading">
              {t('bus.search.results', { count: data.lines.length })}
            </Heading>
            <FreshnessNote freshness={data} />
            <View role="list" className="portal-results">
              {data.lines.map((line) => (
                <View role="listitem" key={line.id}>
                  <LineResult line={line} />
                </View>
              ))}
            </View>
          </View>
        )}
      </DataView>
    </PageShell>
  );
}
