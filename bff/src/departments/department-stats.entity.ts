import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A department's figures for one month (China time), kept up to date in the same transaction as the
 * case event that changes them, so the public figures sum at most 12 rows and never scan letters.
 */
@Entity({ name: 'department_stats_monthly' })
export class DepartmentStatsMonthlyEntity {
  @PrimaryColumn({ name: 'department_id', type: 'varchar', length: 60 })
  departmentId: string;

  /** `YYYY-MM` */
  @PrimaryColumn({ type: 'varchar', length: 7 })
  month: string;

  @Column({ type: 'integer' })
  received: number;

  @Column({ type: 'integer' })
  answered: number;

  @Column({ name: 'answered_on_time', type: 'integer' })
  answeredOnTime: number;

  @Column({ name: 'rating_count', type: 'integer' })
  ratingCount: number;

  @Column({ name: 'rating_sum', type: 'integer' })
  ratingSum: number;
}

/** How many letters a department answered in a month after so many days: the median without the letters. */
@Entity({ name: 'department_answer_days' })
export class DepartmentAnswerDaysEntity {
  @PrimaryColumn({ name: 'department_id', type: 'varchar', length: 60 })
  departmentId: string;

  @PrimaryColumn({ type: 'varchar', length: 7 })
  month: string;

  @PrimaryColumn({ type: 'integer' })
  days: number;

  @Column({ type: 'integer' })
  count: number;
}
