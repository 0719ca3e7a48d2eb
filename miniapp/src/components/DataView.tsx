import { View, Text } from '@tarojs/components';
import { Loading } from '@nutui/nutui-react-taro';
import type { ReactNode } from 'react';
import type { Remote } from '../hooks/use-remote';
import { useI18n } from '../hooks/use-i18n';
import { describeError } from '../services/error-words';
import { ActionButton } from './ActionButton';

interface DataViewProps<T> {
  remote: Remote<T>;
  /** Data that arrived but holds nothing to show. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  /** Shown while nothing is asked yet (status idle). */
  idle?: ReactNode;
  testId: string;
  children: (data: T) => ReactNode;
}

/** Loading, error (with a retry button), empty and data: the same four states on every data view. */
export function DataView<T>({ remote, isEmpty, empty, idle, testId, children }: DataViewProps<T>) {
  const { t } = useI18n();
  const { status, data, error, reload } = remote;

  if (status === 'idle') return <>{idle ?? null}</>;

  if (status === 'loading' || (status !== 'error' && data === undefined)) {
    return (
      <View className="portal-state" data-testid={`${testId}-loading`} aria-busy="true">
        <Loading direction="vertical">
          <Text className="portal-text">{t('state.loading')}</Text>
        </Loading>
      </View>
    );
  }

  if (status === 'error') {
    return (
      <View className="portal-state" data-testid={`${testId}-error`}>
        <View className="portal-error" role="alert">
          {describeError(error, t)}
        </View>
        <ActionButton type="primary" size="large" block onClick={() => void reload()} data-testid={`${testId}-retry`}>
          {t('state.retry')}
        </ActionButton>
      </View>
    );
  }

  const value = data as T;
  if (isEmpty?.(value)) {
    return (
      <View className="portal-state" data-testid={`${testId}-empty`}>
        {empty ?? <Text className="portal-text">{t('state.empty')}</Text>}
        <ActionButton size="large" block onClick={() => void reload()} data-testid={`${testId}-retry`}>
          {t('state.refresh')}
        </ActionButton>
      </View>
    );
  }
  return <>{children(value)}</>;
}
