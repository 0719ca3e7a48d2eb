import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  BAD_REVIEW_MAX_LEVEL,
  FOLLOW_UP_WORKING_DAYS,
  addWorkingDays,
  chinaDate,
  type CityId,
  type RateServiceRequest,
  type RatedService,
  type RatingLevel,
  type ServiceRating,
} from '@portal/shared';
import { In, type Repository } from 'typeorm';
import { AppException } from '../common/app-exception';
import { requireCity } from '../common/city';
import { inTransaction } from '../database/transactions';
import { isUniqueViolation } from '../database/unique-violation';
import { PaymentEntity } from '../payments/payment.entity';
import { AppointmentEntity } from '../vaccination/appointment.entity';
import { AGENCIES, responsibleAgency } from './agencies';
import { RatingFollowUpEntity } from './rating-follow-up.entity';
import { ServiceRatingEntity } from './rating.entity';

/**
 * Service rating ("good and bad reviews"): one rating per case; a bad review (levels 1 and 2) must
 * say why and opens a follow-up for the responsible agency, due in 15 working days.
 */
@Injectable()
export class RatingsService {
  constructor(
    @InjectRepository(ServiceRatingEntity) private readonly ratings: Repository<ServiceRatingEntity>,
    @InjectRepository(RatingFollowUpEntity) private readonly followUps: Repository<RatingFollowUpEntity>,
    @InjectRepository(PaymentEntity) private readonly payments: Repository<PaymentEntity>,
    @InjectRepository(AppointmentEntity) private readonly appointments: Repository<AppointmentEntity>,
  ) {}

  async rate(cityId: string, userId: string, request: RateServiceRequest): Promise<ServiceRating> {
    const city = requireCity(cityId).id;
    await this.requireCompletedCase(city, userId, request.service, request.subjectId);
    const bad = request.level <= BAD_REVIEW_MAX_LEVEL;
    const reason = request.reason?.trim() || null;
    if (bad && !reason) throw AppException.field('reason', 'requiredForBadReview', 'Please tell us what went wrong, so the agency can put it right.');
    const agency = responsibleAgency(request.service, city);
    // Whole seconds: what the database keeps, so the answer now and the list later agree.
    const createdAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    const rating = this.ratings.create({ id: randomUUID(), userId, city, service: request.service, subjectId: request.subjectId, level: request.level, reason, createdAt });
    const followUp =
      bad && agency
        ? this.followUps.create({ id: randomUUID(), ratingId: rating.id, agency, dueDate: addWorkingDays(chinaDate(), FOLLOW_UP_WORKING_DAYS), status: 'open', resolution: null, resolvedAt: null })
        : null;
    try {
      await inTransaction(this.ratings.manager.connection, async (manager) => {
        await manager.insert(ServiceRatingEntity, rating);
        if (followUp) await manager.insert(RatingFollowUpEntity, followUp);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppException(409, 'ALREADY_RATED', 'You have already rated this service. Each case is rated once.');
      throw error;
    }
    return this.toRating(rating, followUp);
  }

  async listMine(userId: string): Promise<ServiceRating[]> {
    const rows = await this.ratings.find({ where: { userId }, order: { createdAt: 'DESC' } });
    const followUps = rows.length ? await this.followUps.findBy({ ratingId: In(rows.map((r) => r.id)) }) : [];
    const byRating = new Map(followUps.map((f) => [f.ratingId, f]));
    return rows.map((r) => this.toRating(r, byRating.get(r.id) ?? null));
  }

  /** Only the citizen's own completed case in this city can be rated; anything else is "not found". */
  private async requireCompletedCase(city: CityId, userId: string, service: RatedService, subjectId: string): Promise<void> {
    let found: boolean;
    if (service === 'resident-medical-payment') {
      const payment = await this.payments.findOneBy({ id: subjectId, userId, status: 'paid' });
      found = !!payment && payment.purpose.startsWith(`resident-medical:${city}:`);
    } else {
      const appointment = await this.appointments.findOne({ where: { id: subjectId, userId }, relations: { slot: true } });
      found = appointment?.slot?.city === city;
    }
    if (!found) throw AppException.notFound('NOT_FOUND', 'There is no completed service of yours with this id to rate.');
  }

  private toRating(r: ServiceRatingEntity, f: RatingFollowUpEntity | null): ServiceRating {
    return {
      id: r.id,
      city: r.city as CityId,
      service: r.service as RatedService,
      subjectId: r.subjectId,
      level: r.level as RatingLevel,
      reason: r.reason,
      createdAt: r.createdAt.toISOString(),
      followUp: f
        ? { agency: AGENCIES[f.agency]!, dueDate: f.dueDate, status: f.status, resolution: f.resolution, resolvedAt: f.resolvedAt ? f.resolvedAt.toISOString() : null }
        : null,
    };
  }
}
