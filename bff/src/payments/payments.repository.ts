import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { isUniqueViolation } from '../database/unique-violation';
import { PaymentEntity } from './payment.entity';

@Injectable()
export class PaymentsRepository {
  constructor(@InjectRepository(PaymentEntity) private readonly payments: Repository<PaymentEntity>) {}

  findByKey(userId: string, idempotencyKey: string): Promise<PaymentEntity | null> {
    return this.payments.findOneBy({ userId, idempotencyKey });
  }

  /** Answers false when the citizen already has a payment with this key (the database decides). */
  async createPending(payment: Omit<PaymentEntity, 'createdAt' | 'user' | 'status' | 'tradeNo' | 'paidAt'>): Promise<boolean> {
    try {
      await this.payments.insert({ ...payment, status: 'pending', tradeNo: null, paidAt: null });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async markPaid(id: string, tradeNo: string, paidAt: Date): Promise<void> {
    await this.payments.update({ id }, { status: 'paid', tradeNo, paidAt });
  }

  countPaidForPurpose(userId: string, purpose: string): Promise<number> {
    return this.payments.countBy({ userId, purpose, status: 'paid' });
  }
}
