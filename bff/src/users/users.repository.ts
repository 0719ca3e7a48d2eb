import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { UserEntity } from './user.entity';

/** Single-purpose access to citizens. Callers pass keyed hashes, never plain identifiers. */
@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  findByPhoneHash(phoneHash: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ phoneHash });
  }

  findByWechatHash(wechatHash: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ wechatHash });
  }

  findByIdentityHash(identityNumberHash: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ identityNumberHash });
  }

  async createWithPhone(phoneHash: string, phoneEnc: string): Promise<UserEntity> {
    const user = this.users.create({ id: randomUUID(), phoneHash, phoneEnc });
    await this.users.insert(user);
    return user;
  }

  async createWithWechat(wechatHash: string): Promise<UserEntity> {
    const user = this.users.create({ id: randomUUID(), wechatHash });
    await this.users.insert(user);
    return user;
  }

  async acceptPrivacy(id: string, version: string, at: Date): Promise<void> {
    await this.users.update({ id }, { privacyVersion: version, privacyAcceptedAt: at });
  }

  async bindIdentity(id: string, nameEnc: string, numberEnc: string, numberHash: string, at: Date): Promise<void> {
    await this.users.update({ id }, { identityNameEnc: nameEnc, identityNumberEnc: numberEnc, identityNumberHash: numberHash, identityVerifiedAt: at });
  }

  /** Deletes the citizen; sessions and family members go with them (ON DELETE CASCADE). */
  async deleteById(id: string): Promise<void> {
    await this.users.delete({ id });
  }
}
