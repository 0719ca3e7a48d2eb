import Taro, { useDidShow } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useRef, useState } from 'react';
import { RATING_LABELS, type Appointment, type FamilyMember, type ServiceRating, type VaccinationClinic } from '@portal/shared';
import { ActionButton } from '../../../../components/ActionButton';
import { DataView } from '../../../../components/DataView';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { RatingForm } from '../../../../components/RatingForm';
import { SignInPrompt } from '../../../../components/SignInPrompt';
import { useI18n } from '../../../../hooks/use-i18n';
import { useRemote } from '../../../../hooks/use-remote';
import { ROUTES } from '../../../../routes';
import { describeError } from '../../../../services/error-words';
import { fetchFamily } from '../../../../services/me';
import { fetchMyRatings } from '../../../../services/ratings';
import { cancelAppointment, fetchMyAppointments, fetchVaccinationClinics } from '../../../../services/vaccination';
import { useSignedIn } from '../../../../session/use-session';
import { dateLabel, vaccineName } from '../../booking';
import { personLabel } from '../../person';
import '../../vaccination.scss';

interface Loaded {
  appointments: Appointment[];
  family: FamilyMember[];
  clinics: Map<string, VaccinationClinic>;
  /** This citizen's ratings of appointments, by appointment id (a failed list only hides them). */
  ratings: Map<string, ServiceRating>;
}

/** Booked appointments, with the family's names and the clinics' names (a clinic list that fails only costs the name). */
async function loadAll(): Promise<Loaded> {
  const [list, family, rated] = await Promise.all([
    fetchMyAppointments(),
    fetchFamily().catch(() => ({ members: [] as FamilyMember[] })),
    fetchMyRatings().catch(() => ({ ratings: [] as ServiceRating[] })),
  ]);
  const booked = list.appointments.filter((x) => x.status === 'booked').sort((x, y) => `${x.date}${x.period}`.localeCompare(`${y.date}${y.period}`));
  const cities = [...new Set(booked.map((x) => x.city))];
  const lists = await Promise.all(cities.map((c) => fetchVaccinationClinics(c).catch(() => ({ clinics: [] as VaccinationClinic[] }))));
  const clinics = new Map(lists.flatMap((l) => l.clinics).map((c) => [c.id, c] as const));
  const ratings = new Map(rated.ratings.filter((r) => r.service === 'vaccination-appointment').map((r) => [r.subjectId, r] as const));
  return { appointments: booked, family: family.members, clinics, ratings };
}

function AppointmentRow({ appointment, data, onCancelled }: { appointment: Appointment; data: Loaded; onCancelled: () => void }) {
  const { t, locale, text } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [rating, setRating] = useState(false);
  const given = data.ratings.get(appointment.id);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const clinic = data.clinics.get(appointment.clinicId);
  const title = t('vx.appointment.title', { vaccine: vaccineName(appointment.vaccineCode, locale), person: personLabel(appointment.person, data.family, t) });

  const cancel = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await cancelAppointment(appointment.id);
      onCancelled();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View role="listitem" className="vx-appointment" data-testid="vx-appointment" data-reference={appointment.reference} data-appointment-id={appointment.id}>
      <Text className="vx-record-title">{title}</Text>
      <Text className="portal-text">{`${dateLabel(appointment.date, t, locale)} ${appointment.period}`}</Text>
      <Text className="portal-text">{clinic ? clinic.name : appointment.clinicId}</Text>
      <Text className="portal-text-secondary">{t('vx.appointment.reference', { reference: appointment.reference })}</Text>
      {error ? (
        <View className="portal-error" role="alert" data-testid="vx-cancel-error">
          {describeError(error, t)}
        </View>
      ) : null}
      {given ? (
        <Text className="portal-text" data-testid="vx-rated">
          {t('vx.rate.given', { level: text(RATING_LABELS[given.level]) })}
        </Text>
      ) : rating ? (
        <RatingForm city={appointment.city} service="vaccination-appointment" subjectId={appointment.id} idBase={`rating-${appointment.id}`} />
      ) : (
        <View className="portal-actions">
          <ActionButton size="large" data-testid="vx-rate-open" onClick={() => setRating(true)}>
            {t('vx.rate.open')}
          </ActionButton>
        </View>
      )}
      {confirming ? (
        <View className="portal-field-invalid" role="group" aria-label={t('vx.cancel.question')}>
          <Text className="portal-text vx-record-title">{t('vx.cancel.question')}</Text>
          <View className="portal-actions">
            <ActionButton type="danger" size="large" loading={busy} disabled={busy} data-testid="vx-cancel-confirm" onClick={() => void cancel()}>
              {t('vx.cancel.yes')}
            </ActionButton>
            <ActionButton size="large" disabled={busy} data-testid="vx-cancel-keep" onClick={() => setConfirming(false)}>
              {t('vx.cancel.keep')}
            </ActionButton>
          </View>
        </View>
      ) : (
        <View className="portal-actions">
          <ActionButton size="large" data-testid="vx-cancel" onClick={() => setConfirming(true)}>
            {t('vx.cancel')}
          </ActionButton>
        </View>
      )}
    </View>
  );
}

function Appointments() {
  const { t } = useI18n();
  const remote = useRemote(loadAll, []);
  const [note, setNote] = useState('');
  const firstShow = useRef(true);
  useDidShow(() => {
    if (firstShow.current) {
      firstShow.current = false;
      return;
    }
    void remote.reload();
  });
  return (
    <>
      {note ? (
        <View className="portal-note" role="status" data-testid="vx-cancelled">
          {note}
        </View>
      ) : null}
      <View className="portal-section">
        <DataView
          remote={remote}
          testId="vx-appointments"
          isEmpty={(d) => d.appointments.length === 0}
          empty={<Text className="portal-text">{t('vx.appointments.empty')}</Text>}
        >
          {(data) => (
            <View role="list" data-testid="vx-appointments">
              {data.appointments.map((x) => (
                <AppointmentRow
                  key={x.id}
                  appointment={x}
                  data={data}
                  onCancelled={() => {
                    setNote(t('vx.cancelled', { reference: x.reference }));
                    void remote.reload();
                  }}
                />
              ))}
            </View>
          )}
        </DataView>
      </View>
    </>
  );
}

export default function MyAppointmentsPage() {
  const { t } = useI18n();
  const signedIn = useSignedIn();
  return (
    <PageShell title={t('vx.appointments.title')} testId="page-my-appointments">
      <View className="portal-section">
        <Heading level={1}>{t('vx.appointments.title')}</Heading>
        <View className="portal-actions">
          <ActionButton size="large" block data-testid="vx-appointments-book" onClick={() => void Taro.navigateTo({ url: ROUTES.vaccinationBook })}>
            {t('vx.book.open')}
          </ActionButton>
        </View>
      </View>
      {signedIn ? <Appointments /> : <SignInPrompt />}
    </PageShell>
  );
}
