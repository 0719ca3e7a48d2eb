import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A consultation. Its questions are one JSON document (`questions`) rather than a table: they are
 * written with the consultation, read whole with it, never queried or changed one by one, and their
 * ids are what answers refer to (answers are rows of their own, which is what results count).
 */
@Entity({ name: 'consultations' })
@Index('idx_consultations_city', ['city', 'closesAt'])
export class ConsultationEntity {
  /** Stable and readable, e.g. `chengdu-park-city-regulation-2026`. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  city: string;

  @Column({ name: 'department_id', type: 'varchar', length: 60 })
  departmentId: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  /** JSON: ConsultationQuestion[]. */
  @Column({ type: 'text' })
  questions: string;

  @Column({ name: 'opens_at', type: 'datetime', precision: null })
  opensAt: Date;

  @Column({ name: 'closes_at', type: 'datetime', precision: null })
  closesAt: Date;

  /** 采纳情况: the department's account of what it adopted, published after closing. */
  @Column({ name: 'adoption_text', type: 'text', nullable: true })
  adoptionText: string | null;

  @Column({ name: 'adoption_published_at', type: 'datetime', precision: null, nullable: true })
  adoptionPublishedAt: Date | null;

  /** The staff member who published it (their audit log has the rest). */
  @Column({ name: 'adoption_staff_id', type: 'varchar', length: 36, nullable: true })
  adoptionStaffId: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: null, default: () => 'CURRENT_TIMESTAMP' })
  createdAt: Date;
}
