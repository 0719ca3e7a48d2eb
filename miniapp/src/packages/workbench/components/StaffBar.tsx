import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import type { StaffProfile } from '@portal/shared';
import { ActionButton } from '../../../components/ActionButton';
import { useDomainI18n } from '../../../i18n/use-domain-i18n';
import { WORKBENCH_MESSAGES } from '../../../i18n/domains/workbench';
import { ROUTES } from '../../../routes';
import { staffSignOut } from '../../../services/staff';

/** Who is signed in to the workbench, and the way out. */
export function StaffBar({ staff }: { staff: StaffProfile }) {
  const { t, locale } = useDomainI18n(WORKBENCH_MESSAGES);
  const [busy, setBusy] = useState(false);
  const signOut = async () => {
    setBusy(true);
    await staffSignOut();
    setBusy(false);
    // A fresh stack: no page of the signed-out staff member stays behind.
    void Taro.reLaunch({ url: `${ROUTES.staffSignIn}?signedOut=1` });
  };
  return (
    <View className="wb-bar" data-testid="wb-staff">
      <Text className="portal-text" data-testid="wb-staff-name" data-role={staff.role}>
        {t('wb.signedInAs', {
          name: staff.displayName,
          role: t(staff.role === 'supervisor' ? 'wb.role.supervisor' : 'wb.role.handler'),
          department: staff.department.name[locale] || staff.department.name.zh,
        })}
      </Text>
      <ActionButton size="large" fill="outline" loading={busy} disabled={busy} data-testid="wb-signout" onClick={() => void signOut()}>
        {t('wb.signout')}
      </ActionButton>
    </View>
  );
}
