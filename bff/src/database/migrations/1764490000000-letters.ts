import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

const str = (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable });
const time = (name: string, isNullable = true): TableColumnOptions => ({ name, type: 'datetime', isNullable });
const text = (name: string, isNullable = true): TableColumnOptions => ({ name, type: 'text', isNullable });
const int = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable });
const bool = (name: string): TableColumnOptions => ({ name, type: 'boolean' });

/**
 * Letters to the government, their timelines and photos, and each department's monthly figures
 * (kept incrementally with the events that change them).
 */
export class Letters1764490000000 implements MigrationInterface {
  name = 'Letters1764490000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.options.type === 'better-sqlite3';
    await queryRunner.createTable(
      new Table({
        name: 'letters',
        columns: [
          { ...str('id', 36), isPrimary: true },
          str('tracking_no', 16),
          str('query_code_hash', 64),
          str('city', 20),
          str('channel', 10),
          str('type', 20),
          str('topic', 30),
          str('department_id', 60, true),
          str('citizen_id', 36),
          str('idempotency_key', 64),
          str('request_hash', 64),
          str('writer_name_enc', 255),
          str('contact_phone_enc', 255),
          str('title', 50),
          text('content', false),
          text('location'),
          text('photo_ids', false),
          bool('publishable'),
          bool('anonymous_in_public'),
          str('status', 12),
          time('submitted_at', false),
          time('accepted_at'),
          time('answered_at'),
          time('closed_at'),
          str('accept_by', 10),
          str('answer_by', 10),
          str('extended_to', 10, true),
          str('reexamination_by', 10, true),
          bool('extension_used'),
          bool('escalated'),
          str('merged_into', 16, true),
          str('answer_outcome', 20, true),
          text('answer_text'),
          str('answer_department_id', 60, true),
          time('answer_at'),
          str('reexamination_reason', 500, true),
          time('reexamination_requested_at'),
          str('reexamination_outcome', 20, true),
          text('reexamination_answer'),
          time('reexamination_answered_at'),
          int('rating_level', true),
          str('rating_comment', 500, true),
          time('rated_at'),
          time('published_at'),
          str('public_title', 50, true),
          text('public_content'),
          text('public_answer'),
          str('public_writer', 20, true),
          str('upstream_ref', 40, true),
          str('upstream_status', 10, true),
          int('version'),
        ],
      }),
    );
    const letterIndexes: [string, string[], boolean?][] = [
      ['uq_letters_tracking_no', ['tracking_no'], true],
      ['uq_letters_citizen_key', ['citizen_id', 'idempotency_key'], true],
      ['idx_letters_board', ['city', 'published_at', 'id']],
      ['idx_letters_board_department', ['city', 'department_id', 'published_at', 'id']],
      ['idx_letters_board_topic', ['city', 'topic', 'published_at', 'id']],
      ['idx_letters_inbox', ['department_id', 'status']],
      ['idx_letters_mine', ['citizen_id', 'submitted_at']],
      ['idx_letters_forwarding', ['channel', 'upstream_ref']],
    ];
    for (const [name, columnNames, isUnique] of letterIndexes) {
      await queryRunner.createIndex('letters', new TableIndex({ name, columnNames, isUnique: !!isUnique }));
    }
    await queryRunner.createForeignKey(
      'letters',
      new TableForeignKey({ name: 'fk_letters_citizen', columnNames: ['citizen_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'letter_events',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          str('letter_id', 36),
          time('at', false),
          str('kind', 30),
          str('note', 500, true),
          str('department_id', 60, true),
          str('staff_id', 36, true),
        ],
      }),
    );
    await queryRunner.createIndex('letter_events', new TableIndex({ name: 'idx_letter_events_letter', columnNames: ['letter_id', 'at'] }));
    await queryRunner.createForeignKey(
      'letter_events',
      new TableForeignKey({ name: 'fk_letter_events_letter', columnNames: ['letter_id'], referencedTableName: 'letters', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'letter_photos',
        columns: [
          { ...str('id', 36), isPrimary: true },
          str('citizen_id', 36),
          str('letter_id', 36, true),
          str('mime', 20),
          // BLOB stops at 64 KB on MySQL/MariaDB.
          { name: 'bytes', type: sqlite ? 'blob' : 'mediumblob' },
          int('width'),
          int('height'),
          { name: 'created_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
        ],
      }),
    );
    await queryRunner.createIndex('letter_photos', new TableIndex({ name: 'idx_letter_photos_citizen', columnNames: ['citizen_id'] }));
    await queryRunner.createIndex('letter_photos', new TableIndex({ name: 'idx_letter_photos_letter', columnNames: ['letter_id'] }));
    await queryRunner.createForeignKey(
      'letter_photos',
      new TableForeignKey({ name: 'fk_letter_photos_citizen', columnNames: ['citizen_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }),
    );
    await queryRunner.createForeignKey(
      'letter_photos',
      new TableForeignKey({ name: 'fk_letter_photos_letter', columnNames: ['letter_id'], referencedTableName: 'letters', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'department_stats_monthly',
        columns: [
          { ...str('department_id', 60), isPrimary: true },
          { ...str('month', 7), isPrimary: true },
          int('received'),
          int('answered'),
          int('answered_on_time'),
          int('rating_count'),
          int('rating_sum'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'department_answer_days',
        columns: [{ ...str('department_id', 60), isPrimary: true }, { ...str('month', 7), isPrimary: true }, { ...int('days'), isPrimary: true }, int('count')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('department_answer_days', true);
    await queryRunner.dropTable('department_stats_monthly', true);
    await queryRunner.dropTable('letter_photos', true, true, true);
    await queryRunner.dropTable('letter_events', true, true, true);
    await queryRunner.dropTable('letters', true, true, true);
  }
}
