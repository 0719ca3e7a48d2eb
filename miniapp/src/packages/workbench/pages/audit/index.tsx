import { View, Text } from '@tarojs/components';
import type { StaffProfile } from '@portal/shared';
import { DataView } from '../../../../components/DataView';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { useRemote } from '../../../../hooks/use-remote';
import { WORKBENCH_MESSAGES } from '../../../../i18n/domains/workbench';
import { useDomainI18n } from '../../../../i18n/use-domain-i18n';
import { fetchStaffAudit } from '../../../../services/workbench';
import { StaffBar } from '../../components/StaffBar';
import { StaffGate } from '../../components/StaffGate';
import { auditActionWords, chinaDateTime } from '../../labels';
import '../../workbench.scss';

function Audit({ staff }: { staff: StaffProfile }) {
  const { t } = useDomainI18n(WORKBENCH_MESSAGES);
  const remote = useRemote(() => (staff.role === 'supervisor' ? fetchStaffAudit() : undefined), [staff.id, staff.role]);
  return (
    <>
      <StaffBar staff={staff} />
      <View className="portal-section">
        <Heading level={1}>{t('wb.audit.title')}</Heading>
        <Text className="portal-text">{t('wb.audit.intro')}</Text>
      </View>
      <View className="portal-section">
        {staff.role !== 'supervisor' ? (
          <Text className="portal-text" data-testid="wb-audit-forbidden">
            {t('wb.audit.forbidden')}
          </Text>
        ) : (
          <DataView remote={remote} testId="wb-audit" isEmpty={(data) => data.entries.length === 0} empty={<Text className="portal-text">{t('wb.audit.empty')}</Text>}>
            {(data) => (
              <View role="list" data-testid="wb-audit">
                {data.entries.map((entry, index) => (
                  <View key={`${entry.at}-${index}`} className="wb-event" role="listitem" data-testid="wb-audit-entry" data-action={entry.action}>
                    <Text className="wb-meta">{chinaDateTime(entry.at)}</Text>
                    <Text className="portal-text">
                      {entry.staffName} · {auditActionWords(entry.action, t)}
                    </Text>
                    {entry.letterId ? <Text className="wb-meta">{t('wb.audit.letter', { id: entry.letterId })}</Text> : null}
                    {entry.detail ? <Text className="wb-prose">{entry.detail}</Text> : null}
                  </View>
                ))}
              </View>
            )}
          </DataView>
        )}
      </View>
    </>
  );
}

export default function StaffAuditPage() {
  const { t } = useDomainI18n(WORKBENCH_MESSAGES);
  return (
    <PageShell title={t('wb.audit.title')} testId="page-staff-audit">
      <StaffGate>{(staff) => <Audit staff={staff} />}</StaffGate>
    </PageShell>
  );
}
