import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { PaymentEntity } from '../payments/payment.entity';
import { AppointmentEntity } from '../vaccination/appointment.entity';
import { RatingFollowUpEntity } from './rating-follow-up.entity';
import { ServiceRatingEntity } from './rating.entity';
import { RatingsController } from './ratings.controller';
import { RatingsService } from './ratings.service';

@Module({
  imports: [TypeOrmModule.forFeature([ServiceRatingEntity, RatingFollowUpEntity, PaymentEntity, AppointmentEntity]), AuthModule],
  controllers: [RatingsController],
  providers: [RatingsService],
})
export class RatingsModule {}
