import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { StaffModule } from '../staff/staff.module';
import { ConsultationAnswerEntity } from './consultation-answer.entity';
import { ConsultationResponseEntity } from './consultation-response.entity';
import { ConsultationEntity } from './consultation.entity';
import { ConsultationsController } from './consultations.controller';
import { ConsultationsSeeder } from './consultations.seed';
import { ConsultationsService } from './consultations.service';
import { StaffConsultationsController } from './staff-consultations.controller';

@Module({
  imports: [TypeOrmModule.forFeature([ConsultationEntity, ConsultationResponseEntity, ConsultationAnswerEntity]), AuthModule, StaffModule],
  controllers: [ConsultationsController, StaffConsultationsController],
  providers: [ConsultationsService, ConsultationsSeeder],
  exports: [ConsultationsService],
})
export class ConsultationsModule {}
