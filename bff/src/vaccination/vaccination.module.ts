import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppointmentEntity } from './appointment.entity';
import { BookingsRepository } from './bookings.repository';
import { VaccinationSlotEntity } from './vaccination-slot.entity';

@Module({ imports: [TypeOrmModule.forFeature([VaccinationSlotEntity, AppointmentEntity])], providers: [BookingsRepository], exports: [BookingsRepository] })
export class VaccinationModule {}
