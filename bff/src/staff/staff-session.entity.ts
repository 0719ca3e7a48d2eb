import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StaffAccountEntity } from './staff-account.entity';

/** One staff sign-in: its access token names it, and logging out ends it before the token expires. */
@Entity({ name: 'staff_sessions' })
@Index('idx_staff_sessions_staff', ['staffId'])
export class StaffSessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'staff_id', type: 'varchar', length: 36 })
  staffId: string;

  @ManyToOne(() => StaffAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'fk_staff_sessions_staff' })
  staff?: StaffAccountEntity;

  @Column({ name: 'expires_at', type: 'datetime', precision: null })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'datetime', precision: null, nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'created_at', type: 'datetime', precision: null, default: () => 'CURRENT_TIMESTAMP' })
  createdAt: Date;
}
