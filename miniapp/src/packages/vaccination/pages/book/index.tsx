import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import type { Appointment, CityId, FamilyMember, VaccinationClinic } from '@portal/shared';
import { ActionButton } from '../../../../components/ActionButton';
import { FOCUSABLE, focusById } from '../../../../components/a11y';
import { DataView } from '../../../../components/DataView';
import { Heading } from '../../../../components/Heading';
import { PageShell } from '../../../../components/PageShell';
import { RatingForm } from '../../../../components/RatingForm';
import { SignInPrompt } from '../../../../components/SignInPrompt';
import { useI18n } from '../../../../hooks/use-i18n';
import { useRemote } from '../../../../hooks/use-remote';
import { ROUTES } from '../../../../routes';
import { describeError, errorCode } from '../../../../services/error-words';
import { fetchFamily } from '../../../../services/me';
import { bookVaccination, fetchVaccinationClinics, fetchVaccinationSlots } from '../../../../services/vaccination';
import { useSignedIn } from '../../../../session/use-session';
import { usePreferences } from '../../../../store/preferences';
import { bookingDates, clinicOpenOn, dateLabel, districtsOf, vaccineName } from '../../booking';
import { Choices } from '../../components/Choices';
import { IdentityNeeded } from '../../components/IdentityNeeded';
import { personLabel } from '../../person';
import '../../vaccination.scss';

type Field = 'district' | 'clinic' | 'date' | 'period' | 'vaccine' | 'person';
const FIELDS: Field[] = ['district', 'clinic', 'date', 'period', 'vaccine', 'person'];

interface Answers {
  district?: string;
  clinic?: VaccinationClinic;
  date?: string;
  period?: string;
  vaccine?: string;
  person: string;
}

function Row({ label, value, testId, onChange }: { label: string; value: string; testId: string; onChange?: () => void }) {
  const { t } = useI18n();
  return (
    <View className="flow-row" role="listitem">
      <Text className="flow-key">{label}</Text>
      <Text className="flow-value" data-testid={testId}>
        {value}
      </Text>
      {onChange ? (
        <ActionButton className="flow-change" size="small" fill="none" data-testid={`${testId}-change`} onClick={onChange}>
          {t('identity.change')}
        </ActionButton>
      ) : null}
    </View>
  );
}

function Confirmation({ appointment, answers, family }: { appointment: Appointment; answers: Answers; family: FamilyMember[] }) {
  const { t, locale } = useI18n();
  return (
    <View className="portal-section" data-testid="vx-confirmation">
      <View className="flow-panel" id="vx-confirmation" {...FOCUSABLE}>
        <View role="heading" aria-level={2} className="flow-panel-title">
          {t('vx.done.title')}
        </View>
        <Text className="flow-panel-text">{t('vx.done.reference')}</Text>
        <Text className="flow-panel-text flow-panel-ref" data-testid="vx-reference">
          {appointment.reference}
        </Text>
      </View>
      <View className="flow-list" role="list">
        <Row label={t('vx.field.person')} value={personLabel(appointment.person, family, t)} testId="vx-done-person" />
        <Row label={t('vx.field.vaccine')} value={vaccineName(appointment.vaccineCode, locale)} testId="vx-done-vaccine" />
        <Row label={t('vx.label.clinic')} value={answers.clinic?.name ?? appointment.clinicId} testId="vx-done-clinic" />
        <Row label={t('vx.field.when')} value={`${dateLabel(appointment.date, t, locale)} ${appointment.period}`} testId="vx-done-when" />
      </View>
      <Heading level={2} className="portal-heading flow-paragraph">
        {t('rm.next.heading')}
      </Heading>
      <View role="list" data-testid="vx-next">
        <View role="listitem" className="flow-bullet">
          {t('vx.next.1')}
        </View>
        <View role="listitem" className="flow-bullet">
          {t('vx.next.2')}
        </View>
        <View role="listitem" className="flow-bullet">
          {t('vx.next.3')}
        </View>
      </View>
      <RatingForm city={appointment.city} service="vaccination-appointment" subjectId={appointment.id} />
      <View className="portal-actions">
        <ActionButton type="primary" size="large" block data-testid="vx-done-appointments" onClick={() => void Taro.redirectTo({ url: ROUTES.myAppointments })}>
          {t('vx.appointments.title')}
        </ActionButton>
      </View>
    </View>
  );
}

function Booking({ city, family }: { city: CityId; family: FamilyMember[] }) {
  const { t, locale } = useI18n();
  const [a, setA] = useState<Answers>({ person: 'self' });
  const [step, setStep] = useState<'form' | 'check'>('form');
  const [missing, setMissing] = useState<Field[]>([]);
  const [problem, setProblem] = useState<unknown>(undefined);
  const [slotFull, setSlotFull] = useState(false);
  const [busy, setBusy] = useState(false);
  const [booked, setBooked] = useState<Appointment | undefined>(undefined);

  const all = useRemote(() => fetchVaccinationClinics(city), [city]);
  const clinics = useRemote(() => (a.district ? fetchVaccinationClinics(city, a.district) : undefined), [city, a.district]);
  const slots = useRemote(() => (a.clinic && a.date ? fetchVaccinationSlots(city, a.clinic.id, a.date) : undefined), [city, a.clinic?.id, a.date]);
  const dates = bookingDates();

  const set = (patch: Partial<Answers>) => {
    setA((prev) => ({ ...prev, ...patch }));
    setMissing((prev) => prev.filter((f) => !(f in patch)));
    setProblem(undefined);
    if ('period' in patch) setSlotFull(false);
  };

  const MISSING_KEYS: Record<Field, 'vx.missing.district' | 'vx.missing.clinic' | 'vx.missing.date' | 'vx.missing.period' | 'vx.missing.vaccine' | 'vx.missing.person'> = {
    district: 'vx.missing.district',
    clinic: 'vx.missing.clinic',
    date: 'vx.missing.date',
    period: 'vx.missing.period',
    vaccine: 'vx.missing.vaccine',
    person: 'vx.missing.person',
  };

  const next = () => {
    const gaps = FIELDS.filter((f) => (f === 'clinic' ? !a.clinic : !a[f as Exclude<Field, 'clinic'>]));
    setMissing(gaps);
    setProblem(undefined);
    if (gaps.length) return focusById('vx-summary');
    setStep('check');
    focusById('vx-check');
  };

  const change = (field: Field) => {
    setStep('form');
    focusById(`vx-${field}`);
  };

  const book = async () => {
    if (busy || !a.clinic || !a.date || !a.period || !a.vaccine) return;
    setBusy(true);
    try {
      const appointment = await bookVaccination(city, { clinicId: a.clinic.id, date: a.date, period: a.period, vaccineCode: a.vaccine, person: a.person });
      setBooked(appointment);
      focusById('vx-confirmation');
    } catch (error) {
      setStep('form');
      if (errorCode(error) === 'SLOT_FULL') {
        setSlotFull(true);
        setA((prev) => ({ ...prev, period: undefined }));
        void slots.reload();
        focusById('vx-period');
      } else {
        setProblem(error);
        focusById('vx-summary');
      }
    } finally {
      setBusy(false);
    }
  };

  if (booked) return <Confirmation appointment={booked} answers={a} family={family} />;

  if (step === 'check' && a.clinic && a.date && a.period && a.vaccine) {
    return (
      <View className="portal-section" data-testid="vx-check">
        <View id="vx-check" {...FOCUSABLE}>
          <Heading level={2}>{t('vx.check.title')}</Heading>
        </View>
        <View className="flow-list" role="list">
          <Row label={t('vx.field.person')} value={personLabel(a.person, family, t)} testId="vx-check-person" onChange={() => change('person')} />
          <Row label={t('vx.field.vaccine')} value={vaccineName(a.vaccine, locale)} testId="vx-check-vaccine" onChange={() => change('vaccine')} />
          <Row label={t('vx.label.clinic')} value={`${a.clinic.name}（${a.clinic.district}）`} testId="vx-check-clinic" onChange={() => change('clinic')} />
          <Row label={t('vx.field.when')} value={`${dateLabel(a.date, t, locale)} ${a.period}`} testId="vx-check-when" onChange={() => change('date')} />
        </View>
        <Text className="portal-text-secondary flow-paragraph">{t('vx.check.hint')}</Text>
        <View className="portal-actions">
          <ActionButton type="primary" size="large" block loading={busy} disabled={busy} data-testid="vx-confirm" onClick={() => void book()}>
            {t('vx.confirm')}
          </ActionButton>
        </View>
      </View>
    );
  }

  const summary = [...missing.map((f) => t(MISSING_KEYS[f])), ...(problem ? [describeError(problem, t)] : [])];
  const clinic = a.clinic;
  return (
    <View data-testid="vx-form">
      <View id="vx-summary" {...FOCUSABLE}>
        {summary.length ? (
          <View className="portal-section">
            <View className="portal-error" role="alert" data-testid="error-summary">
              <Text className="portal-text">{t('summary.title')}</Text>
              <View role="list">
                {summary.map((line) => (
                  <View key={line} role="listitem" className="flow-bullet">
                    {line}
                  </View>
                ))}
              </View>
            </View>
          </View>
        ) : null}
      </View>
      <DataView remote={all} testId="vx-districts">
        {(data) => (
          <Choices
            id="vx-district"
            testId="vx-district"
            heading={t('vx.field.district')}
            error={missing.includes('district') ? t('vx.missing.district') : undefined}
            choices={districtsOf(data.clinics).map((d) => ({ value: d, label: d }))}
            value={a.district}
            onChange={(district) => set({ district, clinic: undefined, date: undefined, period: undefined, vaccine: undefined })}
          />
        )}
      </DataView>
      {a.district ? (
        <DataView remote={clinics} testId="vx-clinics" isEmpty={(d) => d.clinics.length === 0}>
          {(data) => (
            <Choices
              id="vx-clinic"
              testId="vx-clinic"
              wide
              heading={t('vx.field.clinic')}
              error={missing.includes('clinic') ? t('vx.missing.clinic') : undefined}
              choices={data.clinics.map((c) => ({ value: c.id, label: c.name, note: t(c.kind === 'children' ? 'vx.clinic.children' : 'vx.clinic.adults') }))}
              value={clinic?.id}
              onChange={(id) => set({ clinic: data.clinics.find((c) => c.id === id), date: undefined, period: undefined, vaccine: undefined })}
            />
          )}
        </DataView>
      ) : null}
      {clinic ? (
        <>
          <Choices
            id="vx-date"
            testId="vx-date"
            heading={t('vx.field.date')}
            error={missing.includes('date') ? t('vx.missing.date') : undefined}
            choices={dates.map((d) => ({ value: d, label: dateLabel(d, t, locale), note: clinicOpenOn(clinic, d) ? undefined : t('vx.closed'), disabled: !clinicOpenOn(clinic, d) }))}
            value={a.date}
            onChange={(date) => set({ date, period: undefined })}
          />
          {a.date ? (
            <DataView remote={slots} testId="vx-slots" isEmpty={(d) => !d.open || d.slots.length === 0} empty={<Text className="portal-text">{t('vx.slots.none')}</Text>}>
              {(data) => (
                <>
                  {slotFull ? (
                    <View className="portal-section">
                      <View className="portal-error" role="alert" data-testid="vx-slot-full">
                        {t('vx.slotFull')}
                      </View>
                    </View>
                  ) : null}
                  <Choices
                    id="vx-period"
                    testId="vx-period"
                    heading={t('vx.field.period')}
                    error={missing.includes('period') ? t('vx.missing.period') : undefined}
                    choices={data.slots.map((s) => ({
                      value: s.period,
                      label: s.period,
                      note: s.remaining > 0 ? t('vx.slot.left', { n: s.remaining }) : t('vx.slot.full'),
                      disabled: s.remaining <= 0,
                    }))}
                    value={a.period}
                    onChange={(period) => set({ period })}
                  />
                </>
              )}
            </DataView>
          ) : null}
          <Choices
            id="vx-vaccine"
            testId="vx-vaccine"
            wide
            heading={t('vx.field.vaccine')}
            error={missing.includes('vaccine') ? t('vx.missing.vaccine') : undefined}
            choices={clinic.vaccineCodes.map((code) => ({ value: code, label: vaccineName(code, locale) }))}
            value={a.vaccine}
            onChange={(vaccine) => set({ vaccine })}
          />
        </>
      ) : null}
      <Choices
        id="vx-person"
        testId="vx-person"
        heading={t('vx.field.person')}
        choices={['self', ...family.map((m) => m.id)].map((p) => ({ value: p, label: personLabel(p, family, t) }))}
        value={a.person}
        onChange={(person) => set({ person })}
      />
      <View className="portal-section">
        <ActionButton type="primary" size="large" block data-testid="vx-continue" onClick={next}>
          {t('identity.continue')}
        </ActionButton>
      </View>
    </View>
  );
}

export default function VaccinationBookPage() {
  const { t } = useI18n();
  const signedIn = useSignedIn();
  const { city } = usePreferences();
  const family = useRemote(() => (signedIn ? fetchFamily() : undefined), [signedIn]);
  return (
    <PageShell title={t('vx.book.title')} testId="page-vaccination-book">
      <View className="portal-section">
        <Heading level={1}>{t('vx.book.title')}</Heading>
        <Text className="portal-text-secondary">{t('vx.book.hint')}</Text>
      </View>
      {!signedIn ? (
        <SignInPrompt text={t('vx.signin')} />
      ) : family.status === 'error' && ['IDENTITY_NOT_VERIFIED', 'PRIVACY_NOT_ACCEPTED'].includes(errorCode(family.error) ?? '') ? (
        <IdentityNeeded />
      ) : (
        <DataView remote={family} testId="vx-family">
          {(data) => <Booking key={city} city={city} family={data.members} />}
        </DataView>
      )}
    </PageShell>
  );
}
