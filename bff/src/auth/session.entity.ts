import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/**
 * One refresh token. Using it rotates it (a new row in the same family); using a rotated one again
 * means it was stolen, and the whole family is revoked. Only a hash of the token is kept.
 */
@Entity({ name: 'sessions' })
@Index('uq_sessions_token_hash', ['tokenHash'], { unique: true })
@Index('idx_sessions_family', ['familyId'])
@Index('idx_sessions_user', ['userId'])
export class SessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_sessions_user' })
  user?: UserEntity;

  @Column({ name: 'family_id', type: 'varchar', length: 36 })
  familyId: string;

  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'datetime', precision: null })
  expiresAt: Date;

  @Column({ name: 'rotated_at', type: 'datetime', precision: null, nullable: true })
  rotatedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'datetime', precision: null, nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'created_at', type: 'datetime', precision: null, default: () => 'CURRENT_TIMESTAMP' })
  createdAt: Date;
}
