import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PaymentClient } from './clients/payment.client';
import { PaymentEntity } from './payment.entity';
import { PaymentsRepository } from './payments.repository';

@Module({ imports: [TypeOrmModule.forFeature([PaymentEntity])], providers: [PaymentClient, PaymentsRepository], exports: [PaymentClient, PaymentsRepository] })
export class PaymentsModule {}
