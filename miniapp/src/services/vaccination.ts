import {
  apiPaths,
  type Appointment,
  type AppointmentsResponse,
  type BookAppointmentRequest,
  type CityId,
  type VaccinationClinicsResponse,
  type VaccinationPerson,
  type VaccinationRecordsResponse,
  type VaccinationSlotsResponse,
} from '@portal/shared';
import { deleteJson, getJson, postJson } from './request';

/** Vaccination records of the citizen (`self`) or one of their family members (by member id). */
export function fetchVaccinationRecords(city: CityId, person: VaccinationPerson): Promise<VaccinationRecordsResponse> {
  return getJson<VaccinationRecordsResponse>(apiPaths.vaccinationRecords(city), { person });
}

/** Clinics, all or one district's. */
export function fetchVaccinationClinics(city: CityId, district?: string): Promise<VaccinationClinicsResponse> {
  return getJson<VaccinationClinicsResponse>(apiPaths.vaccinationClinics(city), { district });
}

/** Free places per period on one day (tomorrow up to 14 days ahead; 400 on `date` otherwise). */
export function fetchVaccinationSlots(city: CityId, clinicId: string, date: string): Promise<VaccinationSlotsResponse> {
  return getJson<VaccinationSlotsResponse>(apiPaths.vaccinationSlots(city, clinicId), { date });
}

/** Books a place (409 SLOT_FULL when the period filled up meanwhile). */
export function bookVaccination(city: CityId, request: BookAppointmentRequest): Promise<Appointment> {
  return postJson<Appointment>(apiPaths.vaccinationAppointments(city), request);
}

export function fetchMyAppointments(): Promise<AppointmentsResponse> {
  return getJson<AppointmentsResponse>(apiPaths.myAppointments());
}

export function cancelAppointment(id: string): Promise<void> {
  return deleteJson(apiPaths.myAppointment(id));
}
