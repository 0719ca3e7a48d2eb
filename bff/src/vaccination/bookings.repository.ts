import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTransaction } from '../database/transactions';
import { isUniqueViolation } from '../database/unique-violation';
import { AppointmentEntity } from './appointment.entity';
import { VaccinationSlotEntity } from './vaccination-slot.entity';

export interface SlotKey {
  city: string;
  clinicId: string;
  date: string;
  period: string;
}

/**
 * The database guarantee against overbooking: a place is taken by one conditional UPDATE
 * (`booked = booked + 1 WHERE booked < capacity`), which the database applies atomically, and the
 * appointment is written in the same transaction. It holds on SQLite and MySQL/MariaDB alike, across
 * concurrent requests and BFF instances.
 */
@Injectable()
export class BookingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The slot's row, created with the city's published capacity the first time it is booked. */
  async ensureSlot(key: SlotKey, capacity: number): Promise<VaccinationSlotEntity> {
    const slots = this.dataSource.getRepository(VaccinationSlotEntity);
    const existing = await slots.findOneBy({ ...key });
    if (existing) return existing;
    try {
      await slots.insert({ id: randomUUID(), ...key, capacity, booked: 0 });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error; // another request created it at the same moment
    }
    return slots.findOneByOrFail({ ...key });
  }

  async bookedCounts(city: string, clinicId: string, date: string): Promise<Map<string, number>> {
    const rows = await this.dataSource.getRepository(VaccinationSlotEntity).findBy({ city, clinicId, date });
    return new Map(rows.map((row) => [row.period, row.booked]));
  }

  /** Takes a place and writes the appointment, or answers 'full'. */
  async book(slotId: string, appointment: Omit<AppointmentEntity, 'slotId' | 'status' | 'createdAt' | 'user' | 'slot'>): Promise<'booked' | 'full'> {
    return inTransaction(this.dataSource, async (manager) => {
      const taken = await manager
        .createQueryBuilder()
        .update(VaccinationSlotEntity)
        .set({ booked: () => 'booked + 1' })
        .where('id = :id AND booked < capacity', { id: slotId })
        .execute();
      if (!taken.affected) return 'full';
      await manager.insert(AppointmentEntity, { ...appointment, slotId, status: 'booked' });
      return 'booked';
    });
  }

  /** Cancels one of the citizen's booked appointments and gives its place back. */
  async cancel(appointmentId: string, userId: string): Promise<boolean> {
    return inTransaction(this.dataSource, async (manager) => {
      const appointment = await manager.findOneBy(AppointmentEntity, { id: appointmentId, userId, status: 'booked' });
      if (!appointment) return false;
      const changed = await manager.update(AppointmentEntity, { id: appointmentId, status: 'booked' }, { status: 'cancelled' });
      if (!changed.affected) return false;
      await manager
        .createQueryBuilder()
        .update(VaccinationSlotEntity)
        .set({ booked: () => 'booked - 1' })
        .where('id = :id AND booked > 0', { id: appointment.slotId })
        .execute();
      return true;
    });
  }

  /**
   * Moves a booked appointment to another slot in one transaction: the new place is taken first
   * (the same conditional UPDATE), then the old one is given back. 'full' leaves everything as it was.
   */
  async reschedule(appointmentId: string, userId: string, newSlotId: string): Promise<'moved' | 'full' | 'not-found'> {
    return inTransaction(this.dataSource, async (manager) => {
      const appointment = await manager.findOneBy(AppointmentEntity, { id: appointmentId, userId, status: 'booked' });
      if (!appointment) return 'not-found';
      if (appointment.slotId === newSlotId) return 'moved';
      const taken = await manager
        .createQueryBuilder()
        .update(VaccinationSlotEntity)
        .set({ booked: () => 'booked + 1' })
        .where('id = :id AND booked < capacity', { id: newSlotId })
        .execute();
      if (!taken.affected) return 'full';
      await manager.update(AppointmentEntity, { id: appointmentId }, { slotId: newSlotId });
      await manager
        .createQueryBuilder()
        .update(VaccinationSlotEntity)
        .set({ booked: () => 'booked - 1' })
        .where('id = :id AND booked > 0', { id: appointment.slotId })
        .execute();
      return 'moved';
    });
  }

  findForUser(userId: string): Promise<AppointmentEntity[]> {
    return this.dataSource.getRepository(AppointmentEntity).find({ where: { userId }, relations: { slot: true }, order: { createdAt: 'DESC' } });
  }

  findOneForUser(id: string, userId: string): Promise<AppointmentEntity | null> {
    return this.dataSource.getRepository(AppointmentEntity).findOne({ where: { id, userId }, relations: { slot: true } });
  }
}
