import { Module } from '@nestjs/common';
import { ShanghaiEducationClient } from './clients/shanghai-education.client';
import { SchoolEnrollmentController } from './school-enrollment.controller';
import { SchoolEnrollmentService } from './school-enrollment.service';
import { SCHOOL_ENROLLMENT_UPSTREAMS, type SchoolEnrollmentUpstream } from './school-enrollment.upstream';

@Module({
  controllers: [SchoolEnrollmentController],
  providers: [
    ShanghaiEducationClient,
    {
      provide: SCHOOL_ENROLLMENT_UPSTREAMS,
      useFactory: (...clients: SchoolEnrollmentUpstream[]) => new Map(clients.map((c) => [c.service, c])),
      inject: [ShanghaiEducationClient],
    },
    SchoolEnrollmentService,
  ],
})
export class SchoolEnrollmentModule {}
