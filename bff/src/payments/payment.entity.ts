import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/**
 * A payment the BFF started, keyed by the citizen's Idempotency-Key: a retry or a double tap finds
 * this row instead of paying again. `reference` is the out_trade_no sent to the payment service, so
 * resuming a half-done payment is idempotent there too.
 */
@Entity({ name: 'payments' })
@Index('uq_payments_user_key', ['userId', 'idempotencyKey'], { unique: true })
@Index('uq_payments_reference', ['reference'], { unique: true })
export class PaymentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_payments_user' })
  user?: UserEntity;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 64 })
  idempotencyKey: string;

  /** What is paid, e.g. `resident-medical:shanghai:2026`: the same key for something else is refused. */
  @Column({ type: 'varchar', length: 80 })
  purpose: string;

  @Column({ type: 'varchar', length: 32 })
  reference: string;

  @Column({ name: 'amount_fen', type: 'integer' })
  amountFen: number;

  @Column({ type: 'varchar', length: 10 })
  status: 'pending' | 'paid';

  @Column({ name: 'trade_no', type: 'varchar', length: 64, nullable: true })
  tradeNo: string | null;

  @Column({ name: 'paid_at', type: 'datetime', precision: null, nullable: true })
  paidAt: Date | null;

  @Column({ name: 'created_at', type: 'datetime', precision: null, default: () => 'CURRENT_TIMESTAMP' })
  createdAt: Date;
}
