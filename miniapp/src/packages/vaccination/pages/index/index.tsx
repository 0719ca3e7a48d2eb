import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import type { CityId, FamilyMember } from '@portal/shared';
import { ActionButton } from '../../../../components/ActionButton';
import { DataView } from '../../../../components/DataView';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { SignInPrompt } from '../../../../components/SignInPrompt';
import { useI18n } from '../../../../hooks/use-i18n';
import { useRemote } from '../../../../hooks/use-remote';
import { ROUTES } from '../../../../routes';
import { errorCode } from '../../../../services/error-words';
import { fetchFamily } from '../../../../services/me';
import { fetchVaccinationRecords } from '../../../../services/vaccination';
import { useSignedIn } from '../../../../session/use-session';
import { usePreferences } from '../../../../store/preferences';
import { Choices } from '../../components/Choices';
import { IdentityNeeded } from '../../components/IdentityNeeded';
import { personLabel } from '../../person';
import '../../vaccination.scss';

function Records({ city, family }: { city: CityId; family: FamilyMember[] }) {
  const { t } = useI18n();
  const [person, setPerson] = useState('self');
  const records = useRemote(() => fetchVaccinationRecords(city, person), [city, person]);
  const people = ['self', ...family.map((m) => m.id)];
  if (records.status === 'error' && ['IDENTITY_NOT_VERIFIED', 'PRIVACY_NOT_ACCEPTED'].includes(errorCode(records.error) ?? '')) return <IdentityNeeded />;
  return (
    <>
      <Choices
        id="vx-person"
        testId="vx-records-person"
        heading={t('vx.records.whose')}
        choices={people.map((p) => ({ value: p, label: personLabel(p, family, t) }))}
        value={person}
        onChange={setPerson}
      />
      <View className="portal-section">
        <Heading level={2}>{t('vx.records.heading', { person: personLabel(person, family, t) })}</Heading>
        <DataView
          remote={records}
          testId="vx-records"
          isEmpty={(d) => d.records.length === 0}
          empty={<Text className="portal-text">{t('vx.records.empty')}</Text>}
        >
          {(data) => (
            <View role="list" data-testid="vx-records">
              {data.records.map((r, i) => (
                <View role="listitem" key={`${r.vaccineCode}-${r.dose}-${i}`} className="vx-record" data-testid="vx-record">
                  <Text className="vx-record-title">{t('vx.record.title', { name: r.vaccineName, dose: r.dose })}</Text>
                  <Text className="portal-text-secondary">{t('vx.record.detail', { date: r.date, clinic: r.clinicName })}</Text>
                </View>
              ))}
            </View>
          )}
        </DataView>
      </View>
    </>
  );
}

export default function VaccinationPage() {
  const { t } = useI18n();
  const signedIn = useSignedIn();
  const { city } = usePreferences();
  const family = useRemote(() => (signedIn ? fetchFamily() : undefined), [signedIn]);
  return (
    <PageShell title={t('vx.title')} testId="page-vaccination">
      <View className="portal-section">
        <Heading level={1}>{t('vx.title')}</Heading>
        <View className="portal-actions">
          <ActionButton type="primary" size="large" block data-testid="vx-book-open" onClick={() => void Taro.navigateTo({ url: ROUTES.vaccinationBook })}>
            {t('vx.book.open')}
          </ActionButton>
          <ActionButton size="large" block data-testid="vx-appointments-open" onClick={() => void Taro.navigateTo({ url: ROUTES.myAppointments })}>
            {t('vx.appointments.title')}
          </ActionButton>
        </View>
      </View>
      {!signedIn ? (
        <SignInPrompt text={t('vx.signin')} />
      ) : family.status === 'error' && ['IDENTITY_NOT_VERIFIED', 'PRIVACY_NOT_ACCEPTED'].includes(errorCode(family.error) ?? '') ? (
        <IdentityNeeded />
      ) : (
        <DataView remote={family} testId="vx-family">
          {(data) => <Records key={city} city={city} family={data.members} />}
        </DataView>
      )}
    </PageShell>
  );
}
