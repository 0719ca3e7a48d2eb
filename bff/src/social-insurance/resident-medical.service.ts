import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { CityId, PaymentReceipt, ResidentMedicalStatus, UpstreamService } from '@portal/shared';
import { AppException } from '../common/app-exception';
import { requireUpstream } from '../common/city';
import { CitizenIdentityService } from '../identity/citizen-identity.service';
import { PaymentClient } from '../payments/clients/payment.client';
import type { PaymentEntity } from '../payments/payment.entity';
import { PaymentsRepository } from '../payments/payments.repository';
import { liveAnswer } from '../upstream/live-answer';
import { SOCIAL_INSURANCE_UPSTREAMS, type SocialInsuranceUpstream } from './social-insurance.upstream';

const KEY_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
/** How long a double tap waits for the first tap's payment to finish. */
const WAIT_FOR_TWIN_MS = 5_000;

/**
 * Paying the year's resident medical insurance: idempotent by the citizen's Idempotency-Key (a
 * retry or a double tap pays once and answers the same receipt), resumable (a payment cut off
 * half-way is finished by the retry with the same key, idempotent at the payment service too).
 */
@Injectable()
export class ResidentMedicalService {
  constructor(
    @Inject(SOCIAL_INSURANCE_UPSTREAMS) private readonly upstreams: Map<UpstreamService, SocialInsuranceUpstream>,
    private readonly identity: CitizenIdentityService,
    private readonly payments: PaymentsRepository,
    private readonly paymentService: PaymentClient,
  ) {}

  async getStatus(cityId: string, userId: string, year: number, requestId?: string): Promise<ResidentMedicalStatus> {
    const { city, client, idNumber } = await this.resolve(cityId, userId);
    const record = await liveAnswer(() => client.getResidentMedical(idNumber, year, requestId));
    return { city, year, category: record.category, amountDue: record.amountDue, status: record.paid ? 'paid' : 'unpaid', paidAt: record.paidAt };
  }

  async pay(cityId: string, userId: string, year: number, idempotencyKey: string | undefined, requestId?: string): Promise<PaymentReceipt> {
    if (!idempotencyKey || !KEY_PATTERN.test(idempotencyKey)) {
      throw AppException.field('Idempotency-Key', 'isIdempotencyKey', 'Send an Idempotency-Key header of 8 to 64 letters, digits, - or _, the same for every retry of this payment.');
    }
    const { city, client, idNumber } = await this.resolve(cityId, userId);
    const purpose = `resident-medical:${city}:${year}`;

    const earlier = await this.payments.findByKey(userId, idempotencyKey);
    if (earlier) return this.resume(earlier, purpose, city, year, client, idNumber, requestId);

    const record = await liveAnswer(() => client.getResidentMedical(idNumber, year, requestId));
    if (record.paid) throw new AppException(409, 'ALREADY_PAID', `The ${year} resident medical insurance is already paid.`);
    const payment = {
      id: randomUUID(),
      userId,
      idempotencyKey,
      purpose,
      reference: `RM${year}${randomBytes(10).toString('hex').toUpperCase()}`,
      amountFen: Math.round(record.amountDue * 100),
    };
    if (!(await this.payments.createPending(payment))) {
      // A twin request (double tap) with the same key got there first: answer what it does.
      return this.awaitTwin(userId, idempotencyKey, purpose, city, year);
    }
    return this.complete({ ...payment, status: 'pending', tradeNo: null, paidAt: null, createdAt: new Date() }, city, year, client, idNumber, requestId);
  }

  private async resume(
    payment: PaymentEntity,
    purpose: string,
    city: CityId,
    year: number,
    client: SocialInsuranceUpstream,
    idNumber: string,
    requestId?: string,
  ): Promise<PaymentReceipt> {
    if (payment.purpose !== purpose) {
      throw new AppException(409, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different payment. Use a new key for a new payment.');
    }
    if (payment.status === 'paid') return this.receipt(payment, city, year);
    return this.complete(payment, city, year, client, idNumber, requestId);
  }

  private async complete(
    payment: PaymentEntity,
    city: CityId,
    year: number,
    client: SocialInsuranceUpstream,
    idNumber: string,
    requestId?: string,
  ): Promise<PaymentReceipt> {
    const description = `${year}年度城乡居民基本医疗保险`;
    const order = await liveAnswer(() => this.paymentService.pay(payment.reference, payment.amountFen, description, payment.userId, requestId));
    await liveAnswer(() => client.recordResidentPayment(idNumber, year, order.tradeNo, payment.amountFen / 100, requestId));
    const paidAt = new Date(order.paidAt);
    await this.payments.markPaid(payment.id, order.tradeNo, paidAt);
    return this.receipt({ ...payment, status: 'paid', tradeNo: order.tradeNo, paidAt }, city, year);
  }

  private async awaitTwin(userId: string, key: string, purpose: string, city: CityId, year: number): Promise<PaymentReceipt> {
    const deadline = Date.now() + WAIT_FOR_TWIN_MS;
    while (Date.now() < deadline) {
      const twin = await this.payments.findByKey(userId, key);
      if (twin && twin.purpose !== purpose) throw new AppException(409, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different payment.');
      if (twin?.status === 'paid') return this.receipt(twin, city, year);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new AppException(409, 'PAYMENT_IN_PROGRESS', 'This payment is still being processed. Please check again in a moment with the same key.');
  }

  private receipt(payment: PaymentEntity, city: CityId, year: number): PaymentReceipt {
    return {
      paymentId: payment.id,
      reference: payment.reference,
      tradeNo: payment.tradeNo!,
      city,
      year,
      amount: payment.amountFen / 100,
      paidAt: payment.paidAt!.toISOString(),
      description: `${year}年度城乡居民基本医疗保险`,
    };
  }

  private async resolve(cityId: string, userId: string) {
    const { city, service } = requireUpstream(cityId, 'social-insurance');
    const client = this.upstreams.get(service)!;
    return { city, client, idNumber: await this.identity.requireIdentityNumber(userId) };
  }

}
