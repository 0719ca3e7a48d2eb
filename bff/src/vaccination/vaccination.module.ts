import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { FamilyModule } from '../family/family.module';
import { IdentityModule } from '../identity/identity.module';
import { AppointmentEntity } from './appointment.entity';
import { BookingsRepository } from './bookings.repository';
import { ChengduVaccinationClient } from './clients/chengdu-vaccination.client';
import { MyAppointmentsController, VaccinationController } from './vaccination.controller';
import { VaccinationService } from './vaccination.service';
import { VACCINATION_UPSTREAMS, type VaccinationUpstream } from './vaccination.upstream';
import { VaccinationSlotEntity } from './vaccination-slot.entity';

@Module({
  imports: [TypeOrmModule.forFeature([VaccinationSlotEntity, AppointmentEntity]), AuthModule, IdentityModule, FamilyModule],
  controllers: [VaccinationController, MyAppointmentsController],
  providers: [
    BookingsRepository,
    ChengduVaccinationClient,
    {
      provide: VACCINATION_UPSTREAMS,
      useFactory: (...clients: VaccinationUpstream[]) => new Map(clients.map((c) => [c.service, c])),
      inject: [ChengduVaccinationClient],
    },
    VaccinationService,
  ],
  exports: [BookingsRepository],
})
export class VaccinationModule {}
