import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { ConsultationEntity } from './consultation.entity';

/**
 * One citizen's response to one consultation: the unique index decides, so concurrent submits give
 * one row. A citizen who deletes their account leaves an anonymous response (user SET NULL), so
 * published counts do not change after closing; several NULLs never collide in a unique index.
 */
@Entity({ name: 'consultation_responses' })
@Index('uq_consultation_responses_citizen', ['consultationId', 'userId'], { unique: true })
@Index('idx_consultation_responses_user', ['userId'])
export class ConsultationResponseEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'consultation_id', type: 'varchar', length: 64 })
  consultationId: string;

  @ManyToOne(() => ConsultationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id', foreignKeyConstraintName: 'fk_consultation_responses_consultation' })
  consultation?: ConsultationEntity;

  @Column({ name: 'user_id', type: 'varchar', length: 36, nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_consultation_responses_user' })
  user?: UserEntity;

  /** The Idempotency-Key it was sent with: a retry with the same key answers the same receipt. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 64, nullable: true })
  idempotencyKey: string | null;

  /** SHA-256 of the answers as sent, to tell a retry from a different response under the same key. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ name: 'created_at', type: 'datetime', precision: null, default: () => 'CURRENT_TIMESTAMP' })
  createdAt: Date;
}
