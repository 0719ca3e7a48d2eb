import { View } from '@tarojs/components';
import type { ReactNode } from 'react';

/** A heading that screen readers announce as one (role=heading with its level) in H5 and WeChat. */
export function Heading({ level, className, testId, children }: { level: 1 | 2 | 3; className?: string; testId?: string; children: ReactNode }) {
  return (
    <View className={className ?? (level === 1 ? 'portal-title' : 'portal-heading')} role="heading" aria-level={level} data-testid={testId}>
      {children}
    </View>
  );
}
