import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { maskIdentityNumber, maskName, type AddFamilyMemberRequest, type FamilyMember, type FamilyRelation } from '@portal/shared';
import type { Repository } from 'typeorm';
import { AppException } from '../common/app-exception';
import { IdentityVerificationService } from '../identity/identity-verification.service';
import { PersonalDataCipher } from '../personal-data/personal-data.cipher';
import { FamilyMemberEntity } from './family-member.entity';

export const FAMILY_MAX_MEMBERS = 10;

/** Family members a citizen acts for, each verified like the citizen; always scoped to their owner. */
@Injectable()
export class FamilyService {
  constructor(
    @InjectRepository(FamilyMemberEntity) private readonly members: Repository<FamilyMemberEntity>,
    private readonly identity: IdentityVerificationService,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async list(userId: string): Promise<FamilyMember[]> {
    const rows = await this.members.find({ where: { userId }, order: { createdAt: 'ASC' } });
    return rows.map((row) => this.toMember(row));
  }

  async add(userId: string, request: AddFamilyMemberRequest, requestId?: string): Promise<FamilyMember> {
    if ((await this.members.countBy({ userId })) >= FAMILY_MAX_MEMBERS) {
      throw AppException.field('relation', 'maxMembers', `At most ${FAMILY_MAX_MEMBERS} family members can be added.`);
    }
    if (await this.members.existsBy({ userId, identityNumberHash: this.identity.numberHash(request.idNumber) })) {
      throw new AppException(409, 'IDENTITY_ALREADY_BOUND', 'This person is already one of your family members.');
    }
    const sealed = await this.identity.verifyAndSeal(request.name, request.idNumber, requestId);
    const row = this.members.create({
      id: randomUUID(),
      userId,
      relation: request.relation,
      nameEnc: sealed.nameEnc,
      identityNumberEnc: sealed.numberEnc,
      identityNumberHash: sealed.numberHash,
      verifiedAt: sealed.verifiedAt,
    });
    await this.members.insert(row);
    return this.toMember(row);
  }

  /** A member's identity number, for services queried by it; someone else's member is "not found". */
  async requireMemberIdentityNumber(userId: string, memberId: string): Promise<string> {
    const member = await this.members.findOneBy({ id: memberId, userId });
    if (!member) throw AppException.field('person', 'isFamilyMember', 'Choose yourself or one of your family members.');
    return this.cipher.decrypt(member.identityNumberEnc);
  }

  /** Someone else's member is "not found", exactly like one that does not exist. */
  async remove(userId: string, memberId: string): Promise<void> {
    const result = await this.members.delete({ id: memberId, userId });
    if (!result.affected) throw AppException.notFound('NOT_FOUND', 'There is no such family member.');
  }

  private toMember(row: FamilyMemberEntity): FamilyMember {
    return {
      id: row.id,
      relation: row.relation as FamilyRelation,
      identity: {
        name: maskName(this.cipher.decrypt(row.nameEnc)),
        idNumber: maskIdentityNumber(this.cipher.decrypt(row.identityNumberEnc)),
        verifiedAt: row.verifiedAt.toISOString(),
      },
    };
  }
}
