import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { LetterEntity } from './letter.entity';

/**
 * MEDIUMBLOB (16 MB) on MySQL/MariaDB, where BLOB stops at 64 KB; SQLite has one BLOB. Chosen from
 * DATABASE_URL, the same variable the configuration reads, because TypeORM fixes column types when
 * the entity is declared (the migration chooses by the connection's engine).
 */
const PHOTO_BYTES_TYPE = process.env.DATABASE_URL ? 'mediumblob' : 'blob';

/** A photo re-encoded on upload (its EXIF and GPS metadata gone), the uploader's until a letter uses it. */
@Entity({ name: 'letter_photos' })
@Index('idx_letter_photos_citizen', ['citizenId'])
@Index('idx_letter_photos_letter', ['letterId'])
export class LetterPhotoEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'citizen_id', type: 'varchar', length: 36 })
  citizenId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'citizen_id', foreignKeyConstraintName: 'fk_letter_photos_citizen' })
  citizen?: UserEntity;

  @Column({ name: 'letter_id', type: 'varchar', length: 36, nullable: true })
  letterId: string | null;

  @ManyToOne(() => LetterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'letter_id', foreignKeyConstraintName: 'fk_letter_photos_letter' })
  letter?: LetterEntity;

  @Column({ type: 'varchar', length: 20 })
  mime: string;

  @Column({ type: PHOTO_BYTES_TYPE })
  bytes: Buffer;

  @Column({ type: 'integer' })
  width: number;

  @Column({ type: 'integer' })
  height: number;

  @Column({ name: 'created_at', type: 'datetime', precision: null, default: () => 'CURRENT_TIMESTAMP' })
  createdAt: Date;
}
