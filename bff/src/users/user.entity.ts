import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A citizen. Personal data is held only encrypted (`*_enc`) with keyed hashes (`*_hash`) for
 * look-ups; nothing here is readable without the configured keys.
 */
@Entity({ name: 'users' })
@Index('uq_users_phone_hash', ['phoneHash'], { unique: true })
@Index('uq_users_wechat_hash', ['wechatHash'], { unique: true })
@Index('uq_users_identity_hash', ['identityNumberHash'], { unique: true })
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'phone_hash', type: 'varchar', length: 64, nullable: true })
  phoneHash: string | null;

  @Column({ name: 'phone_enc', type: 'varchar', length: 255, nullable: true })
  phoneEnc: string | null;

  @Column({ name: 'wechat_hash', type: 'varchar', length: 64, nullable: true })
  wechatHash: string | null;

  @Column({ name: 'identity_name_enc', type: 'varchar', length: 255, nullable: true })
  identityNameEnc: string | null;

  @Column({ name: 'identity_number_enc', type: 'varchar', length: 255, nullable: true })
  identityNumberEnc: string | null;

  @Column({ name: 'identity_number_hash', type: 'varchar', length: 64, nullable: true })
  identityNumberHash: string | null;

  @Column({ name: 'identity_verified_at', type: 'datetime', precision: null, nullable: true })
  identityVerifiedAt: Date | null;

  @Column({ name: 'privacy_version', type: 'varchar', length: 20, nullable: true })
  privacyVersion: string | null;

  @Column({ name: 'privacy_accepted_at', type: 'datetime', precision: null, nullable: true })
  privacyAcceptedAt: Date | null;

  @Column({ name: 'created_at', type: 'datetime', precision: null, default: () => 'CURRENT_TIMESTAMP' })
  createdAt: Date;
}
