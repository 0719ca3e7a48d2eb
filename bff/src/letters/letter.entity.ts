import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { AnswerOutcome, LetterChannel, LetterLocation, LetterStatus, LetterTopic, LetterType } from '@portal/shared';
import { UserEntity } from '../users/user.entity';

/**
 * A letter to the government and where its case stands. The writer's name and phone are held only
 * encrypted; the query code only as a keyed hash. `version` guards every change (optimistic).
 * Indexes serve the public board (city, newest published first, by department or topic), the
 * department inbox (department, status) and "my letters" (citizen, newest first).
 */
@Entity({ name: 'letters' })
@Index('uq_letters_tracking_no', ['trackingNo'], { unique: true })
@Index('uq_letters_citizen_key', ['citizenId', 'idempotencyKey'], { unique: true })
@Index('idx_letters_board', ['city', 'publishedAt', 'id'])
@Index('idx_letters_board_department', ['city', 'departmentId', 'publishedAt', 'id'])
@Index('idx_letters_board_topic', ['city', 'topic', 'publishedAt', 'id'])
@Index('idx_letters_inbox', ['departmentId', 'status'])
@Index('idx_letters_mine', ['citizenId', 'submittedAt'])
@Index('idx_letters_forwarding', ['channel', 'upstreamRef'])
export class LetterEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'tracking_no', type: 'varchar', length: 16 })
  trackingNo: string;

  @Column({ name: 'query_code_hash', type: 'varchar', length: 64 })
  queryCodeHash: string;

  @Column({ type: 'varchar', length: 20 })
  city: string;

  @Column({ type: 'varchar', length: 10 })
  channel: LetterChannel;

  @Column({ type: 'varchar', length: 20 })
  type: LetterType;

  @Column({ type: 'varchar', length: 30 })
  topic: LetterTopic;

  /** Null for the premier channel. */
  @Column({ name: 'department_id', type: 'varchar', length: 60, nullable: true })
  departmentId: string | null;

  @Column({ name: 'citizen_id', type: 'varchar', length: 36 })
  citizenId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'citizen_id', foreignKeyConstraintName: 'fk_letters_citizen' })
  citizen?: UserEntity;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 64 })
  idempotencyKey: string;

  /** A hash of the submitted body: the same key with a different body is refused. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ name: 'writer_name_enc', type: 'varchar', length: 255 })
  writerNameEnc: string;

  @Column({ name: 'contact_phone_enc', type: 'varchar', length: 255 })
  contactPhoneEnc: string;

  @Column({ type: 'varchar', length: 50 })
  title: string;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'simple-json', nullable: true })
  location: LetterLocation | null;

  @Column({ name: 'photo_ids', type: 'simple-json' })
  photoIds: string[];

  @Column({ type: 'boolean' })
  publishable: boolean;

  @Column({ name: 'anonymous_in_public', type: 'boolean' })
  anonymousInPublic: boolean;

  @Column({ type: 'varchar', length: 12 })
  status: LetterStatus;

  @Column({ name: 'submitted_at', type: 'datetime', precision: null })
  submittedAt: Date;

  @Column({ name: 'accepted_at', type: 'datetime', precision: null, nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'answered_at', type: 'datetime', precision: null, nullable: true })
  answeredAt: Date | null;

  @Column({ name: 'closed_at', type: 'datetime', precision: null, nullable: true })
  closedAt: Date | null;

  /** Deadlines, `YYYY-MM-DD` (China). */
  @Column({ name: 'accept_by', type: 'varchar', length: 10 })
  acceptBy: string;

  @Column({ name: 'answer_by', type: 'varchar', length: 10 })
  answerBy: string;

  @Column({ name: 'extended_to', type: 'varchar', length: 10, nullable: true })
  extendedTo: string | null;

  @Column({ name: 'reexamination_by', type: 'varchar', length: 10, nullable: true })
  reexaminationBy: string | null;

  @Column({ name: 'extension_used', type: 'boolean' })
  extensionUsed: boolean;

  @Column({ type: 'boolean' })
  escalated: boolean;

  @Column({ name: 'merged_into', type: 'varchar', length: 16, nullable: true })
  mergedInto: string | null;

  @Column({ name: 'answer_outcome', type: 'varchar', length: 20, nullable: true })
  answerOutcome: AnswerOutcome | null;

  @Column({ name: 'answer_text', type: 'text', nullable: true })
  answerText: string | null;

  @Column({ name: 'answer_department_id', type: 'varchar', length: 60, nullable: true })
  answerDepartmentId: string | null;

  @Column({ name: 'answer_at', type: 'datetime', precision: null, nullable: true })
  answerAt: Date | null;

  @Column({ name: 'reexamination_reason', type: 'varchar', length: 500, nullable: true })
  reexaminationReason: string | null;

  @Column({ name: 'reexamination_requested_at', type: 'datetime', precision: null, nullable: true })
  reexaminationRequestedAt: Date | null;

  @Column({ name: 'reexamination_outcome', type: 'varchar', length: 20, nullable: true })
  reexaminationOutcome: AnswerOutcome | null;

  @Column({ name: 'reexamination_answer', type: 'text', nullable: true })
  reexaminationAnswer: string | null;

  @Column({ name: 'reexamination_answered_at', type: 'datetime', precision: null, nullable: true })
  reexaminationAnsweredAt: Date | null;

  @Column({ name: 'rating_level', type: 'integer', nullable: true })
  ratingLevel: number | null;

  @Column({ name: 'rating_comment', type: 'varchar', length: 500, nullable: true })
  ratingComment: string | null;

  @Column({ name: 'rated_at', type: 'datetime', precision: null, nullable: true })
  ratedAt: Date | null;

  @Column({ name: 'published_at', type: 'datetime', precision: null, nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'public_title', type: 'varchar', length: 50, nullable: true })
  publicTitle: string | null;

  @Column({ name: 'public_content', type: 'text', nullable: true })
  publicContent: string | null;

  @Column({ name: 'public_answer', type: 'text', nullable: true })
  publicAnswer: string | null;

  /** 张* or 匿名, fixed when published. */
  @Column({ name: 'public_writer', type: 'varchar', length: 20, nullable: true })
  publicWriter: string | null;

  /** The national message channel's number (lybh), once forwarded. */
  @Column({ name: 'upstream_ref', type: 'varchar', length: 40, nullable: true })
  upstreamRef: string | null;

  /** The national channel's status code when last looked up (01, 02, 03). */
  @Column({ name: 'upstream_status', type: 'varchar', length: 10, nullable: true })
  upstreamStatus: string | null;

  @Column({ type: 'integer' })
  version: number;
}
