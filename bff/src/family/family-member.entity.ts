import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** A family member a citizen acts for (a child, for vaccination), bound and verified like the citizen. */
@Entity({ name: 'family_members' })
@Index('uq_family_member_identity', ['userId', 'identityNumberHash'], { unique: true })
export class FamilyMemberEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_family_members_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 10 })
  relation: string;

  @Column({ name: 'name_enc', type: 'varchar', length: 255 })
  nameEnc: string;

  @Column({ name: 'identity_number_enc', type: 'varchar', length: 255 })
  identityNumberEnc: string;

  @Column({ name: 'identity_number_hash', type: 'varchar', length: 64 })
  identityNumberHash: string;

  @Column({ name: 'verified_at', type: 'datetime', precision: null })
  verifiedAt: Date;

  @Column({ name: 'created_at', type: 'datetime', precision: null, default: () => 'CURRENT_TIMESTAMP' })
  createdAt: Date;
}
