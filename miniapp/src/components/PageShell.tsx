import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useEffect, type ReactNode } from 'react';
import { usePreferences } from '../store/preferences';

interface PageShellProps {
  /** The page's name, set as the navigation bar title (document.title in H5). */
  title: string;
  testId: string;
  children: ReactNode;
}

/**
 * The root of every page. Elderly mode is this one class (`portal-elderly`): every size below reads
 * CSS custom properties that the class redefines. `data-elderly` is the hook for e2e tests.
 */
export function PageShell({ title, testId, children }: PageShellProps) {
  const { elderly } = usePreferences();

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title }).catch(() => undefined);
  }, [title]);

  return (
    <View
      className={elderly ? 'portal-page portal-elderly' : 'portal-page'}
      data-elderly={elderly ? 'true' : 'false'}
      data-testid={testId}
    >
      {children}
    </View>
  );
}
