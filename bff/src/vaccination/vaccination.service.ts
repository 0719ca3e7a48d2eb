import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type {
  Appointment,
  BookAppointmentRequest,
  CityId,
  UpstreamService,
  VaccinationClinicsResponse,
  VaccinationRecordsResponse,
  VaccinationSlotsResponse,
} from '@portal/shared';
import { AppException } from '../common/app-exception';
import { requireUpstream } from '../common/city';
import { FamilyService } from '../family/family.service';
import { CitizenIdentityService } from '../identity/citizen-identity.service';
import { CachedFetcher } from '../upstream/cached-fetcher';
import { liveAnswer } from '../upstream/live-answer';
import type { AppointmentEntity } from './appointment.entity';
import { BookingsRepository } from './bookings.repository';
import { VACCINATION_UPSTREAMS, type VaccinationUpstream } from './vaccination.upstream';

const CLINICS_TTL_MS = 60 * 60_000;

/** Records (own or a family member's), clinics, free places, and appointments the BFF guards. */
@Injectable()
export class VaccinationService {
  constructor(
    @Inject(VACCINATION_UPSTREAMS) private readonly upstreams: Map<UpstreamService, VaccinationUpstream>,
    private readonly identity: CitizenIdentityService,
    private readonly family: FamilyService,
    private readonly bookings: BookingsRepository,
    private readonly cache: CachedFetcher,
  ) {}

  async getRecords(cityId: string, userId: string, person: string, requestId?: string): Promise<VaccinationRecordsResponse> {
    const { city, client } = this.resolve(cityId);
    const idNumber = await this.personIdentity(userId, person);
    return { city, person, records: await liveAnswer(() => client.getRecords(idNumber, requestId)) };
  }

  async getClinics(cityId: string, district: string | undefined, requestId?: string): Promise<VaccinationClinicsResponse> {
    const { city, client } = this.resolve(cityId);
    const r = await this.cache.fetch(`${client.service}:clinics:${district ?? '*'}`, CLINICS_TTL_MS, () => client.getClinics(district, requestId));
    return { city, clinics: r.value };
  }

  async getSlots(cityId: string, clinicId: string, date: string, requestId?: string): Promise<VaccinationSlotsResponse> {
    const { city, client } = this.resolve(cityId);
    const published = await liveAnswer(() => client.getSlots(clinicId, date, requestId));
    const booked = await this.bookings.bookedCounts(city, clinicId, date);
    return {
      city,
      clinicId,
      date,
      open: published.open,
      slots: published.slots.map((s) => ({ period: s.period, capacity: s.capacity, remaining: Math.max(0, s.capacity - (booked.get(s.period) ?? 0)) })),
    };
  }

  async book(cityId: string, userId: string, request: BookAppointmentRequest, requestId?: string): Promise<Appointment> {
    const { city, client } = this.resolve(cityId);
    await this.personIdentity(userId, request.person);
    const published = await liveAnswer(() => client.getSlots(request.clinicId, request.date, requestId));
    const slot = published.open ? published.slots.find((s) => s.period === request.period) : undefined;
    if (!slot) throw AppException.field('period', 'isPublishedSlot', 'This clinic has no such period on that day. Choose one of the free periods shown.');
    const clinics = (await this.getClinics(city, undefined, requestId)).clinics;
    const clinic = clinics.find((c) => c.id === request.clinicId);
    if (clinic && !clinic.vaccineCodes.includes(request.vaccineCode)) {
      throw AppException.field('vaccineCode', 'offeredByClinic', 'This clinic does not give that vaccine. Choose another clinic or vaccine.');
    }
    const already = (await this.bookings.findForUser(userId)).find(
      (a) => a.status === 'booked' && a.person === request.person && a.vaccineCode === request.vaccineCode && a.slot?.date === request.date,
    );
    if (already) throw new AppException(409, 'SLOT_FULL', 'This person already has an appointment for that vaccine on that day.');

    const row = await this.bookings.ensureSlot({ city, clinicId: request.clinicId, date: request.date, period: request.period }, slot.capacity);
    const appointment = {
      id: randomUUID(),
      userId,
      person: request.person,
      vaccineCode: request.vaccineCode,
      reference: `VX${randomBytes(5).toString('hex').toUpperCase()}`,
    };
    if ((await this.bookings.book(row.id, appointment)) === 'full') {
      throw new AppException(409, 'SLOT_FULL', 'This period is fully booked. Please choose another period or day.');
    }
    return this.toAppointment({ ...appointment, slotId: row.id, slot: row, status: 'booked', createdAt: new Date() });
  }

  async listMine(userId: string): Promise<Appointment[]> {
    return (await this.bookings.findForUser(userId)).map((a) => this.toAppointment(a));
  }

  /** Another day or period at the same clinic; the old place is given back only once the new one is taken. */
  async reschedule(userId: string, appointmentId: string, change: { date: string; period: string }, requestId?: string): Promise<Appointment> {
    const current = await this.bookings.findOneForUser(appointmentId, userId);
    if (!current || current.status !== 'booked' || !current.slot) throw AppException.notFound('NOT_FOUND', 'There is no such booked appointment.');
    const { city, client } = this.resolve(current.slot.city);
    const published = await liveAnswer(() => client.getSlots(current.slot!.clinicId, change.date, requestId));
    const slot = published.open ? published.slots.find((s) => s.period === change.period) : undefined;
    if (!slot) throw AppException.field('period', 'isPublishedSlot', 'This clinic has no such period on that day. Choose one of the free periods shown.');
    const row = await this.bookings.ensureSlot({ city, clinicId: current.slot.clinicId, date: change.date, period: change.period }, slot.capacity);
    const outcome = await this.bookings.reschedule(appointmentId, userId, row.id);
    if (outcome === 'not-found') throw AppException.notFound('NOT_FOUND', 'There is no such booked appointment.');
    if (outcome === 'full') throw new AppException(409, 'SLOT_FULL', 'That period is fully booked. Your appointment is unchanged; please choose another period.');
    return this.toAppointment({ ...current, slotId: row.id, slot: row });
  }

  async cancel(userId: string, appointmentId: string): Promise<void> {
    if (!(await this.bookings.cancel(appointmentId, userId))) throw AppException.notFound('NOT_FOUND', 'There is no such booked appointment.');
  }

  private toAppointment(a: AppointmentEntity): Appointment {
    return {
      id: a.id,
      reference: a.reference,
      city: a.slot!.city as CityId,
      clinicId: a.slot!.clinicId,
      date: a.slot!.date,
      period: a.slot!.period,
      vaccineCode: a.vaccineCode,
      person: a.person,
      status: a.status,
      createdAt: a.createdAt.toISOString(),
    };
  }

  private personIdentity(userId: string, person: string): Promise<string> {
    return person === 'self' ? this.identity.requireIdentityNumber(userId) : this.family.requireMemberIdentityNumber(userId, person);
  }

  private resolve(cityId: string) {
    const { city, service } = requireUpstream(cityId, 'vaccination');
    return { city, client: this.upstreams.get(service)! };
  }

}
