import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ConsultationResponseEntity } from './consultation-response.entity';

/**
 * One chosen option (a row per option) or one free-text answer (`option_id` NULL, the text
 * encrypted: it may hold personal data and is never published, only counted). The consultation id
 * is repeated here so results are one GROUP BY over an index.
 */
@Entity({ name: 'consultation_answers' })
@Index('idx_consultation_answers_count', ['consultationId', 'questionId', 'optionId'])
@Index('idx_consultation_answers_response', ['responseId'])
export class ConsultationAnswerEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'response_id', type: 'varchar', length: 36 })
  responseId: string;

  @ManyToOne(() => ConsultationResponseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id', foreignKeyConstraintName: 'fk_consultation_answers_response' })
  response?: ConsultationResponseEntity;

  @Column({ name: 'consultation_id', type: 'varchar', length: 64 })
  consultationId: string;

  @Column({ name: 'question_id', type: 'varchar', length: 20 })
  questionId: string;

  @Column({ name: 'option_id', type: 'varchar', length: 20, nullable: true })
  optionId: string | null;

  @Column({ name: 'text_enc', type: 'text', nullable: true })
  textEnc: string | null;
}
