import type { CityId } from '../cities/catalog.types.js';

/** Vaccination: records (the citizen's or a family member's), clinics, slots, appointments. */

/** `self`, or the id of one of the citizen's family members. */
export type VaccinationPerson = string;

export interface VaccinationRecord {
  vaccineCode: string;
  vaccineName: string;
  dose: number;
  /** `YYYY-MM-DD` */
  date: string;
  clinicName: string;
}

/** GET /api/v1/cities/{city}/vaccination/records?person= */
export interface VaccinationRecordsResponse {
  city: CityId;
  person: VaccinationPerson;
  records: VaccinationRecord[];
}

export interface VaccinationClinic {
  id: string;
  name: string;
  district: string;
  kind: 'children' | 'adults';
  /** 0 = Sunday. */
  openWeekdays: number[];
  vaccineCodes: string[];
}

/** GET /api/v1/cities/{city}/vaccination/clinics?district= */
export interface VaccinationClinicsResponse {
  city: CityId;
  clinics: VaccinationClinic[];
}

export interface SlotAvailability {
  /** `HH:mm-HH:mm` */
  period: string;
  capacity: number;
  remaining: number;
}

/** GET /api/v1/cities/{city}/vaccination/clinics/{clinicId}/slots?date= — tomorrow up to 14 days ahead. */
export interface VaccinationSlotsResponse {
  city: CityId;
  clinicId: string;
  date: string;
  open: boolean;
  slots: SlotAvailability[];
}

/** POST /api/v1/cities/{city}/vaccination/appointments */
export interface BookAppointmentRequest {
  clinicId: string;
  date: string;
  period: string;
  vaccineCode: string;
  person: VaccinationPerson;
}

export interface Appointment {
  id: string;
  /** To quote at the clinic. */
  reference: string;
  city: CityId;
  clinicId: string;
  date: string;
  period: string;
  vaccineCode: string;
  person: VaccinationPerson;
  status: 'booked' | 'cancelled';
  createdAt: string;
}

/** GET /api/v1/me/appointments */
export interface AppointmentsResponse {
  appointments: Appointment[];
}

/** PATCH /api/v1/me/appointments/{id} — another day or period at the same clinic. */
export interface RescheduleAppointmentRequest {
  date: string;
  period: string;
}
