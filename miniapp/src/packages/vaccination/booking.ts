import type { Locale, VaccinationClinic } from '@portal/shared';
import type { MessageKey, Translate } from '../../i18n/translate';

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Tomorrow up to 14 days ahead (China time), `YYYY-MM-DD`: the days a place can be booked. */
export function bookingDates(now: Date = new Date()): string[] {
  const today = Math.floor((now.getTime() + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS;
  return Array.from({ length: 14 }, (_, i) => new Date(today + (i + 1) * DAY_MS).toISOString().slice(0, 10));
}

/** 0 = Sunday, as the clinics' `openWeekdays`. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function clinicOpenOn(clinic: Pick<VaccinationClinic, 'openWeekdays'>, date: string): boolean {
  return clinic.openWeekdays.includes(weekdayOf(date));
}

/** `2026-03-03` -> 3月3日 周二 / 3 Mar, Tue. */
export function dateLabel(date: string, t: Translate, locale: Locale): string {
  const [, m, d] = date.split('-').map(Number);
  const day = locale === 'en' ? `${d} ${MONTHS[m - 1]}` : `${m}月${d}日`;
  return `${day} ${t(`weekday.${weekdayOf(date)}` as MessageKey)}`;
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The vaccine codes the clinics use, in words (the clinic list only gives codes). */
const VACCINE_NAMES: Record<string, [string, string]> = {
  HepB: ['乙肝疫苗', 'Hepatitis B'],
  BCG: ['卡介苗', 'BCG (tuberculosis)'],
  IPV: ['脊灰灭活疫苗', 'Polio (inactivated)'],
  bOPV: ['脊灰减毒活疫苗', 'Polio (oral)'],
  DTaP: ['百白破疫苗', 'Diphtheria, tetanus, pertussis'],
  DT: ['白破疫苗', 'Diphtheria, tetanus'],
  MMR: ['麻腮风疫苗', 'Measles, mumps, rubella'],
  'JE-L': ['乙脑减毒活疫苗', 'Japanese encephalitis'],
  'MPSV-A': ['A群流脑多糖疫苗', 'Meningococcal A'],
  'MPSV-AC': ['A群C群流脑多糖疫苗', 'Meningococcal A and C'],
  'HepA-L': ['甲肝减毒活疫苗', 'Hepatitis A'],
  Flu: ['流感疫苗', 'Influenza'],
  HPV9: ['九价人乳头瘤病毒疫苗', 'HPV (9-valent)'],
  HZV: ['重组带状疱疹疫苗', 'Shingles'],
  PPV23: ['23价肺炎球菌多糖疫苗', 'Pneumococcal (23-valent)'],
  Rabies: ['人用狂犬病疫苗', 'Rabies'],
};

export function vaccineName(code: string, locale: Locale): string {
  const names = VACCINE_NAMES[code];
  return names ? names[locale === 'en' ? 1 : 0] : code;
}

/** Distinct districts of a clinic list, in list order. */
export function districtsOf(clinics: readonly Pick<VaccinationClinic, 'district'>[]): string[] {
  return [...new Set(clinics.map((c) => c.district))];
}
