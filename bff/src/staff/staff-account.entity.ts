import type { StaffRole } from '@portal/shared';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A member of a department's staff, who answers letters from the workbench. */
@Entity({ name: 'staff_accounts' })
@Index('uq_staff_accounts_username', ['username'], { unique: true })
@Index('idx_staff_accounts_department', ['departmentId'])
export class StaffAccountEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** Lower case; what staff type to sign in. */
  @Column({ type: 'varchar', length: 60 })
  username: string;

  @Column({ name: 'display_name', type: 'varchar', length: 60 })
  displayName: string;

  /** A department id of shared/src/cities/departments.ts (e.g. `chengdu-wuhou`). */
  @Column({ name: 'department_id', type: 'varchar', length: 40 })
  departmentId: string;

  @Column({ type: 'varchar', length: 12 })
  role: StaffRole;

  /** `scrypt$cost$r$p$salt$key` (password-hasher.ts). */
  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash: string;

  /** Wrong passwords in a row since the last success or lock. */
  @Column({ name: 'failed_attempts', type: 'integer', default: 0 })
  failedAttempts: number;

  @Column({ name: 'locked_until', type: 'datetime', precision: null, nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'password_changed_at', type: 'datetime', precision: null })
  passwordChangedAt: Date;

  @Column({ name: 'created_at', type: 'datetime', precision: null, default: () => 'CURRENT_TIMESTAMP' })
  createdAt: Date;
}
