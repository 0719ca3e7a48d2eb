import Taro, { useDidShow } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useRef, useState } from 'react';
import { LETTER_TYPE_LABELS, type StaffInboxItem, type StaffProfile } from '@portal/shared';
import { ActionButton } from '../../../../components/ActionButton';
import { pressable } from '../../../../components/a11y';
import { DataView } from '../../../../components/DataView';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { useRemote } from '../../../../hooks/use-remote';
import { dateWords } from '../../../../i18n/domain';
import { WORKBENCH_MESSAGES } from '../../../../i18n/domains/workbench';
import { useDomainI18n } from '../../../../i18n/use-domain-i18n';
import { ROUTES, withQuery } from '../../../../routes';
import { fetchStaffInbox } from '../../../../services/workbench';
import { inboxOrder, inboxQuery, inboxTabs, type InboxFilter } from '../../case-actions';
import { StaffBar } from '../../components/StaffBar';
import { StaffGate } from '../../components/StaffGate';
import { chinaDate, filterLabel } from '../../labels';
import '../../workbench.scss';

function InboxItem({ item }: { item: StaffInboxItem }) {
  const { t, locale } = useDomainI18n(WORKBENCH_MESSAGES);
  const open = () => void Taro.navigateTo({ url: withQuery(ROUTES.staffCase, { id: item.id }) });
  const status = filterLabel(item.status, t, locale);
  return (
    <View className="wb-item" role="listitem" data-testid="wb-inbox-item" data-id={item.id} data-tracking-no={item.trackingNo} data-overdue={item.overdue ? 'true' : 'false'} data-status={item.status}>
      <View className="wb-item-title" {...pressable(open)} role="link" aria-label={`${t('wb.inbox.open', { trackingNo: item.trackingNo })}：${item.title}`} onClick={open} data-testid="wb-inbox-open">
        {item.title}
      </View>
      <View className="wb-flags">
        {item.overdue ? (
          <Text className="wb-flag wb-flag-overdue" data-testid="wb-flag-overdue">
            {t('wb.inbox.overdue')}
          </Text>
        ) : null}
        {item.escalated ? (
          <Text className="wb-flag wb-flag-escalated" data-testid="wb-flag-escalated">
            {t('wb.inbox.escalated')}
          </Text>
        ) : null}
        <Text className="wb-flag wb-flag-status">{status}</Text>
      </View>
      <Text className="wb-meta">
        {item.trackingNo} · {LETTER_TYPE_LABELS[item.type][locale]}
      </Text>
      <Text className="wb-meta">{t('wb.inbox.submitted', { date: dateWords(chinaDate(item.submittedAt), locale) })}</Text>
      {item.dueBy ? <Text className={item.overdue ? 'portal-field-message' : 'wb-meta'}>{t('wb.inbox.due', { date: dateWords(item.dueBy, locale) })}</Text> : null}
    </View>
  );
}

function Inbox({ staff }: { staff: StaffProfile }) {
  const { t, locale } = useDomainI18n(WORKBENCH_MESSAGES);
  const [filter, setFilter] = useState<InboxFilter>('open');
  const all = useRemote(() => fetchStaffInbox(), [staff.id]);
  const filtered = useRemote(() => (filter === 'open' ? undefined : fetchStaffInbox(inboxQuery(filter))), [staff.id, filter]);
  const remote = filter === 'open' ? all : filtered;

  // Back from a case: the counts and the list may have changed.
  const shown = useRef(false);
  useDidShow(() => {
    if (!shown.current) {
      shown.current = true;
      return;
    }
    void all.reload();
    if (filter !== 'open') void filtered.reload();
  });

  const department = staff.department.name[locale] || staff.department.name.zh;
  return (
    <>
      <StaffBar staff={staff} />
      <View className="portal-section">
        <Heading level={1}>{t('wb.inbox.heading', { department })}</Heading>
        {staff.role === 'supervisor' ? (
          <ActionButton size="large" fill="outline" data-testid="wb-audit-open" onClick={() => void Taro.navigateTo({ url: ROUTES.staffAudit })}>
            {t('wb.audit.open')}
          </ActionButton>
        ) : null}
        <ActionButton size="large" fill="outline" data-testid="wb-consultations-open" onClick={() => void Taro.navigateTo({ url: ROUTES.staffConsultations })}>
          {t('wb.cs.open')}
        </ActionButton>
        {all.data ? (
          <View role="group" aria-label={t('wb.inbox.filter')} className="wb-tabs" data-testid="wb-tabs">
            {inboxTabs(all.data.counts).map((tab) => {
              const selected = tab.filter === filter;
              return (
                <ActionButton
                  key={tab.filter}
                  className="wb-tab"
                  size="large"
                  type={selected ? 'primary' : 'default'}
                  fill={selected ? 'solid' : 'outline'}
                  aria-pressed={selected}
                  data-testid={`wb-tab-${tab.filter}`}
                  data-count={tab.count}
                  data-selected={selected ? 'true' : 'false'}
                  onClick={() => setFilter(tab.filter)}
                >
                  {`${selected ? '✓ ' : ''}${t('wb.filter.count', { label: filterLabel(tab.filter, t, locale), count: tab.count })}`}
                </ActionButton>
              );
            })}
          </View>
        ) : null}
      </View>
      <View className="portal-section">
        <DataView
          remote={remote}
          testId="wb-inbox"
          isEmpty={(data) => data.items.length === 0}
          empty={<Text className="portal-text">{t('wb.inbox.empty')}</Text>}
        >
          {(data) => (
            <View role="list" data-testid="wb-inbox">
              {inboxOrder(data.items).map((item) => (
                <InboxItem key={item.id} item={item} />
              ))}
            </View>
          )}
        </DataView>
      </View>
    </>
  );
}

export default function StaffInboxPage() {
  const { t } = useDomainI18n(WORKBENCH_MESSAGES);
  return (
    <PageShell title={t('wb.inbox.title')} testId="page-staff-inbox">
      <StaffGate>{(staff) => <Inbox staff={staff} />}</StaffGate>
    </PageShell>
  );
}
