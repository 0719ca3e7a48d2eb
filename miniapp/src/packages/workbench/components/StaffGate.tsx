import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { StaffProfile } from '@portal/shared';
import { ActionButton } from '../../../components/ActionButton';
import { Heading } from '../../../components/Heading';
import { useDomainI18n } from '../../../i18n/use-domain-i18n';
import { WORKBENCH_MESSAGES } from '../../../i18n/domains/workbench';
import { ROUTES } from '../../../routes';
import { useStaffProfile } from '../../../session/use-staff-session';

/** Workbench pages need a signed-in staff member; anyone else sees a plain prompt to the staff sign-in. */
export function StaffGate({ children }: { children: (staff: StaffProfile) => ReactNode }) {
  const { t } = useDomainI18n(WORKBENCH_MESSAGES);
  const staff = useStaffProfile();
  if (staff) return <>{children(staff)}</>;
  return (
    <View className="portal-section" data-testid="wb-signin-prompt">
      <Heading level={1}>{t('wb.signin.title')}</Heading>
      <Text className="portal-text">{t('wb.expired')}</Text>
      <View className="portal-actions">
        <ActionButton type="primary" size="large" block data-testid="wb-signin-open" onClick={() => void Taro.redirectTo({ url: ROUTES.staffSignIn })}>
          {t('wb.signin.title')}
        </ActionButton>
      </View>
    </View>
  );
}
