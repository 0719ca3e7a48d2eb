import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PRIVACY_NOTICE_VERSION, maskIdentityNumber, maskMobilePhone, maskName, type BindIdentityRequest, type HeldRecords, type MeResponse } from '@portal/shared';
import { AppException } from '../common/app-exception';
import { ConsultationResponseEntity } from '../consultations/consultation-response.entity';
import { FamilyService } from '../family/family.service';
import { LetterEntity } from '../letters/letter.entity';
import { InboxMessageEntity } from '../notifications/inbox-message.entity';
import { PaymentEntity } from '../payments/payment.entity';
import { ServiceRatingEntity } from '../ratings/rating.entity';
import { AppointmentEntity } from '../vaccination/appointment.entity';
import { IdentityVerificationService } from '../identity/identity-verification.service';
import { PersonalDataCipher } from '../personal-data/personal-data.cipher';
import type { UserEntity } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';

/** The signed-in citizen: what is held (shown masked), the privacy notice, the real-name binding, deletion. */
@Injectable()
export class MeService {
  constructor(
    private readonly users: UsersRepository,
    private readonly family: FamilyService,
    private readonly identity: IdentityVerificationService,
    private readonly cipher: PersonalDataCipher,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async getMe(userId: string): Promise<MeResponse> {
    const user = await this.user(userId);
    return {
      id: user.id,
      phone: user.phoneEnc ? maskMobilePhone(this.cipher.decrypt(user.phoneEnc)) : null,
      wechat: user.wechatHash !== null,
      identity:
        user.identityNameEnc && user.identityNumberEnc && user.identityVerifiedAt
          ? {
              name: maskName(this.cipher.decrypt(user.identityNameEnc)),
              idNumber: maskIdentityNumber(this.cipher.decrypt(user.identityNumberEnc)),
              verifiedAt: user.identityVerifiedAt.toISOString(),
            }
          : null,
      family: await this.family.list(userId),
      privacy: {
        acceptedVersion: user.privacyVersion,
        currentVersion: PRIVACY_NOTICE_VERSION,
        acceptedAt: user.privacyAcceptedAt ? user.privacyAcceptedAt.toISOString() : null,
      },
      createdAt: user.createdAt.toISOString(),
      held: await this.held(userId),
    };
  }

  /** Counts of what each service holds for the citizen, for the "what we hold" page. */
  private async held(userId: string): Promise<HeldRecords> {
    const count = (entity: Parameters<DataSource['getRepository']>[0], where: object) => this.dataSource.getRepository(entity).countBy(where);
    const [letters, messages, consultationResponses, appointments, payments, ratings] = await Promise.all([
      count(LetterEntity, { citizenId: userId }),
      count(InboxMessageEntity, { userId }),
      count(ConsultationResponseEntity, { userId }),
      count(AppointmentEntity, { userId }),
      count(PaymentEntity, { userId }),
      count(ServiceRatingEntity, { userId }),
    ]);
    return { letters, messages, consultationResponses, appointments, payments, ratings };
  }

  async acceptPrivacy(userId: string, version: string): Promise<MeResponse> {
    if (version !== PRIVACY_NOTICE_VERSION) {
      throw AppException.field('version', 'isCurrentVersion', `Accept the current privacy notice (version ${PRIVACY_NOTICE_VERSION}).`);
    }
    await this.user(userId);
    await this.users.acceptPrivacy(userId, version, new Date());
    return this.getMe(userId);
  }

  async bindIdentity(userId: string, request: BindIdentityRequest, requestId?: string): Promise<MeResponse> {
    const user = await this.requirePrivacy(userId);
    if (user.identityNumberHash) {
      throw new AppException(409, 'IDENTITY_ALREADY_BOUND', 'Your account already has a verified identity. Delete your data to bind another.');
    }
    const owner = await this.users.findByIdentityHash(this.identity.numberHash(request.idNumber));
    if (owner) throw new AppException(409, 'IDENTITY_ALREADY_BOUND', 'This identity number is already bound to another account.');
    const sealed = await this.identity.verifyAndSeal(request.name, request.idNumber, requestId);
    await this.users.bindIdentity(userId, sealed.nameEnc, sealed.numberEnc, sealed.numberHash, sealed.verifiedAt);
    return this.getMe(userId);
  }

  /** Before personal data is used, the current privacy notice must be accepted. */
  async requirePrivacy(userId: string): Promise<UserEntity> {
    const user = await this.user(userId);
    if (user.privacyVersion !== PRIVACY_NOTICE_VERSION) {
      throw new AppException(403, 'PRIVACY_NOT_ACCEPTED', 'Please read and accept the privacy notice first.');
    }
    return user;
  }

  /** Really deletes: the citizen, with their family members, sessions, letters, messages, bookings, payments and ratings (cascade); consultation responses stay only as anonymous counts. */
  async deleteMe(userId: string): Promise<void> {
    await this.user(userId);
    await this.users.deleteById(userId);
  }

  private async user(userId: string): Promise<UserEntity> {
    const user = await this.users.findById(userId);
    if (!user) throw AppException.unauthorized('SESSION_EXPIRED');
    return user;
  }
}
