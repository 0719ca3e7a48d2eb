import { birthDateOf } from '../identity/id-number.js';
import { findPersona, type Persona } from '../identity/personas.js';
import { intBetween, seededRng } from '../platform/seeded.js';
import { addDays, shanghaiMidnight, toShanghaiTime } from '../platform/time.js';
import { CLINICS, PERIODS, VACCINES, vaccineByCode, type Clinic } from './data.js';

export interface VaccinationRecord {
  vaccineCode: string;
  vaccineName: string;
  dose: number;
  /** yyyy-MM-dd */
  date: string;
  clinicId: string;
  clinicName: string;
  batch: string;
}

/** Adds months to a yyyy-MM-dd date (clamped to the month's last day). */
function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function clinicFor(persona: Persona, kind: 'child' | 'adult'): Clinic {
  const local = CLINICS.filter((c) => c.city === persona.city && c.kind === kind);
  return local.find((c) => c.district === persona.district) ?? local[0]!;
}

function batch(rng: () => number, date: string): string {
  return `${date.slice(0, 4)}${String(intBetween(rng, 10000, 99999))}`;
}

/** Records up to (excluding) the business date, oldest first. Null for unknown people. */
export function vaccinationRecords(idNumber: string, today: string): VaccinationRecord[] | null {
  const persona = findPersona(idNumber);
  if (!persona) return null;
  const birth = birthDateOf(persona.idNumber);
  const rng = seededRng('vaccine', persona.idNumber);
  const records: VaccinationRecord[] = [];
  const push = (code: string, dose: number, date: string, clinic: Clinic | null) => {
    if (date >= today) return;
    const vaccine = vaccineByCode.get(code)!;
    records.push({
      vaccineCode: code,
      vaccineName: vaccine.name,
      dose,
      date,
      clinicId: clinic?.id ?? '',
      clinicName: clinic?.name ?? `${persona.city === 'shanghai' ? '上海市' : '成都市'}妇幼保健院产科`,
      batch: batch(rng, date),
    });
  };
  if (persona.kind === 'child') {
    const clinic = clinicFor(persona, 'child');
    for (const vaccine of VACCINES) {
      vaccine.schedule?.forEach((months, i) => {
        // Birth doses at the maternity ward; others a few days after the due date.
        const due = addMonths(birth, months);
        const date = months === 0 ? birth : addDays(due, intBetween(rng, 0, 10));
        push(vaccine.code, i + 1, date, months === 0 ? null : clinic);
      });
    }
    // Flu every autumn from 6 months old.
    for (let year = Number(birth.slice(0, 4)); year <= Number(today.slice(0, 4)); year++) {
      const date = `${year}-10-${String(intBetween(rng, 10, 28)).padStart(2, '0')}`;
      if (date > addMonths(birth, 6)) push('Flu', 1, date, clinic);
    }
  } else {
    const clinic = clinicFor(persona, 'adult');
    for (const year of [2023, 2024, 2025]) {
      if (rng() < 0.5) push('Flu', 1, `${year}-11-${String(intBetween(rng, 1, 28)).padStart(2, '0')}`, clinic);
    }
    const age = Number(today.slice(0, 4)) - Number(birth.slice(0, 4));
    if (persona.idNumber === '310115199211030028') {
      push('HPV9', 1, '2024-04-12', clinic);
      push('HPV9', 2, '2024-06-14', clinic);
      push('HPV9', 3, '2024-10-18', clinic);
    }
    if (age >= 60) push('PPV23', 1, `${Number(birth.slice(0, 4)) + 60}-09-20`, clinic);
    if (age >= 50 && rng() < 0.6) push('HZV', 1, '2025-03-11', clinic);
  }
  return records.sort((a, b) => (a.date === b.date ? a.vaccineCode.localeCompare(b.vaccineCode) : a.date.localeCompare(b.date)));
}

export interface Slot {
  start: string;
  end: string;
  capacity: number;
}

/** Slots of a clinic on a date: none when closed. Capacity seeded per clinic, date and period. */
export function slotsFor(clinic: Clinic, date: string): { open: boolean; slots: Slot[] } {
  const weekday = toShanghaiTime(shanghaiMidnight(date)).weekday;
  if (!clinic.openWeekdays.includes(weekday)) return { open: false, slots: [] };
  const rng = seededRng('slots', clinic.id, date);
  return {
    open: true,
    slots: PERIODS.map(([start, end]) => ({ start, end, capacity: intBetween(rng, 2, 6) * 5 })),
  };
}

/** Bookable window: tomorrow to 14 days ahead of the business date. */
export const BOOKING_WINDOW_DAYS = 14;
