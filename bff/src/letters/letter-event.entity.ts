import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { LetterEventKind } from '@portal/shared';
import { LetterEntity } from './letter.entity';

/** One step of a letter's timeline, written in the same transaction as the change it records. */
@Entity({ name: 'letter_events' })
@Index('idx_letter_events_letter', ['letterId', 'at'])
export class LetterEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'integer' })
  id: number;

  @Column({ name: 'letter_id', type: 'varchar', length: 36 })
  letterId: string;

  @ManyToOne(() => LetterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'letter_id', foreignKeyConstraintName: 'fk_letter_events_letter' })
  letter?: LetterEntity;

  @Column({ type: 'datetime', precision: null })
  at: Date;

  @Column({ type: 'varchar', length: 30 })
  kind: LetterEventKind;

  /** What the writer is told (a reason), or null. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ name: 'department_id', type: 'varchar', length: 60, nullable: true })
  departmentId: string | null;

  /** The staff member who acted; null for the writer's and the system's own steps. */
  @Column({ name: 'staff_id', type: 'varchar', length: 36, nullable: true })
  staffId: string | null;
}
