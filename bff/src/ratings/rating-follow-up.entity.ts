import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ServiceRatingEntity } from './rating.entity';

/** A bad review's follow-up: the responsible agency calls back and fixes it by the due date. */
@Entity({ name: 'rating_follow_ups' })
@Index('uq_rating_follow_ups_rating', ['ratingId'], { unique: true })
@Index('idx_rating_follow_ups_due', ['status', 'dueDate'])
export class RatingFollowUpEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'rating_id', type: 'varchar', length: 36 })
  ratingId: string;

  // Many-to-one with a unique index rather than one-to-one: the index is ours, named in the migration.
  @ManyToOne(() => ServiceRatingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rating_id', foreignKeyConstraintName: 'fk_rating_follow_ups_rating' })
  rating?: ServiceRatingEntity;

  /** Key of the responsible agency (see agencies.ts). */
  @Column({ type: 'varchar', length: 60 })
  agency: string;

  /** `YYYY-MM-DD` */
  @Column({ name: 'due_date', type: 'varchar', length: 10 })
  dueDate: string;

  @Column({ type: 'varchar', length: 10 })
  status: 'open' | 'resolved';

  @Column({ type: 'varchar', length: 1000, nullable: true })
  resolution: string | null;

  @Column({ name: 'resolved_at', type: 'datetime', precision: null, nullable: true })
  resolvedAt: Date | null;
}
