import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const fk = (name: string, column: string, table: string, onDelete: 'CASCADE' | 'SET NULL') =>
  new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete, onUpdate: 'NO ACTION' });

/**
 * Public opinion collection (consultations, one response per citizen, answers counted by option)
 * and the message centre (in-app messages, WeChat one-time subscription credits).
 */
export class Consultations1764497000000 implements MigrationInterface {
  name = 'Consultations1764497000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'consultations',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'city', type: 'varchar', length: '20' },
          { name: 'department_id', type: 'varchar', length: '60' },
          { name: 'title', type: 'varchar', length: '100' },
          { name: 'summary', type: 'text' },
          { name: 'questions', type: 'text' },
          { name: 'opens_at', type: 'datetime' },
          { name: 'closes_at', type: 'datetime' },
          { name: 'adoption_text', type: 'text', isNullable: true },
          { name: 'adoption_published_at', type: 'datetime', isNullable: true },
          { name: 'adoption_staff_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
        ],
      }),
    );
    await queryRunner.createIndex('consultations', new TableIndex({ name: 'idx_consultations_city', columnNames: ['city', 'closes_at'] }));

    await queryRunner.createTable(
      new Table({
        name: 'consultation_responses',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'consultation_id', type: 'varchar', length: '64' },
          { name: 'user_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'idempotency_key', type: 'varchar', length: '64', isNullable: true },
          { name: 'request_hash', type: 'varchar', length: '64' },
          { name: 'created_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'consultation_responses',
      new TableIndex({ name: 'uq_consultation_responses_citizen', columnNames: ['consultation_id', 'user_id'], isUnique: true }),
    );
    await queryRunner.createIndex('consultation_responses', new TableIndex({ name: 'idx_consultation_responses_user', columnNames: ['user_id'] }));
    await queryRunner.createForeignKey('consultation_responses', fk('fk_consultation_responses_consultation', 'consultation_id', 'consultations', 'CASCADE'));
    await queryRunner.createForeignKey('consultation_responses', fk('fk_consultation_responses_user', 'user_id', 'users', 'SET NULL'));

    await queryRunner.createTable(
      new Table({
        name: 'consultation_answers',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'response_id', type: 'varchar', length: '36' },
          { name: 'consultation_id', type: 'varchar', length: '64' },
          { name: 'question_id', type: 'varchar', length: '20' },
          { name: 'option_id', type: 'varchar', length: '20', isNullable: true },
          { name: 'text_enc', type: 'text', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex(
      'consultation_answers',
      new TableIndex({ name: 'idx_consultation_answers_count', columnNames: ['consultation_id', 'question_id', 'option_id'] }),
    );
    await queryRunner.createIndex('consultation_answers', new TableIndex({ name: 'idx_consultation_answers_response', columnNames: ['response_id'] }));
    await queryRunner.createForeignKey('consultation_answers', fk('fk_consultation_answers_response', 'response_id', 'consultation_responses', 'CASCADE'));

    await queryRunner.createTable(
      new Table({
        name: 'inbox_messages',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'title', type: 'varchar', length: '100' },
          { name: 'body', type: 'varchar', length: '1000' },
          { name: 'tracking_no', type: 'varchar', length: '20', isNullable: true },
          { name: 'read_at', type: 'datetime', isNullable: true },
          { name: 'created_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
          { name: 'wechat_status', type: 'varchar', length: '20', isNullable: true },
          { name: 'wechat_detail', type: 'varchar', length: '200', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex('inbox_messages', new TableIndex({ name: 'idx_inbox_messages_citizen', columnNames: ['user_id', 'created_at'] }));
    await queryRunner.createForeignKey('inbox_messages', fk('fk_inbox_messages_user', 'user_id', 'users', 'CASCADE'));

    await queryRunner.createTable(
      new Table({
        name: 'wechat_subscriptions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'template_id', type: 'varchar', length: '64' },
          { name: 'remaining', type: 'integer', default: 0 },
          { name: 'openid_enc', type: 'varchar', length: '255' },
          { name: 'updated_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'wechat_subscriptions',
      new TableIndex({ name: 'uq_wechat_subscriptions_template', columnNames: ['user_id', 'template_id'], isUnique: true }),
    );
    await queryRunner.createForeignKey('wechat_subscriptions', fk('fk_wechat_subscriptions_user', 'user_id', 'users', 'CASCADE'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('wechat_subscriptions', true, true, true);
    await queryRunner.dropTable('inbox_messages', true, true, true);
    await queryRunner.dropTable('consultation_answers', true, true, true);
    await queryRunner.dropTable('consultation_responses', true, true, true);
    await queryRunner.dropTable('consultations', true, true, true);
  }
}
