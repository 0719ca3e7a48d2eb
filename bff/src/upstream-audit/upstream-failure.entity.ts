import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One failed call to a municipal system (after retries): for operators and the health page. */
@Entity({ name: 'upstream_failure' })
@Index('idx_upstream_failure_service_time', ['service', 'occurredAt'])
export class UpstreamFailureEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 40 })
  service: string;

  @Column({ type: 'varchar', length: 20 })
  kind: string;

  @Column({ type: 'varchar', length: 200 })
  detail: string;

  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @Column({ name: 'occurred_at', type: 'datetime', precision: null, default: () => 'CURRENT_TIMESTAMP' })
  occurredAt: Date;
}
