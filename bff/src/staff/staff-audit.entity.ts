import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { StaffAccountEntity } from './staff-account.entity';

/**
 * Who did what, when, from where: every staff sign-in (good, bad, locked), every view of a letter's
 * personal data and every action on a letter. Append-only: the code only ever inserts rows.
 */
@Entity({ name: 'staff_audit_log' })
@Index('idx_staff_audit_department_time', ['departmentId', 'id'])
@Index('idx_staff_audit_letter', ['letterId'])
export class StaffAuditEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'datetime', precision: null, default: () => 'CURRENT_TIMESTAMP' })
  at: Date;

  /** Null for a failed sign-in with an unknown username. */
  @Column({ name: 'staff_id', type: 'varchar', length: 36, nullable: true })
  staffId: string | null;

  @ManyToOne(() => StaffAccountEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'fk_staff_audit_staff' })
  staff?: StaffAccountEntity;

  /** The staff member's department at the time (the supervisor's view filters on it). */
  @Column({ name: 'department_id', type: 'varchar', length: 40, nullable: true })
  departmentId: string | null;

  /** e.g. `login.success`, `login.failure`, `login.locked`, `letter.view`, `letter.accept`. */
  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Column({ name: 'letter_id', type: 'varchar', length: 36, nullable: true })
  letterId: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  detail: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @Column({ name: 'client_ip', type: 'varchar', length: 45, nullable: true })
  clientIp: string | null;
}
