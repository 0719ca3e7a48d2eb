import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Service ratings (one per case) and the follow-ups bad reviews open. */
export class Ratings1764480000000 implements MigrationInterface {
  name = 'Ratings1764480000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'service_ratings',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'city', type: 'varchar', length: '20' },
          { name: 'service', type: 'varchar', length: '40' },
          { name: 'subject_id', type: 'varchar', length: '36' },
          { name: 'level', type: 'integer' },
          { name: 'reason', type: 'varchar', length: '500', isNullable: true },
          { name: 'created_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
        ],
      }),
    );
    await queryRunner.createIndex('service_ratings', new TableIndex({ name: 'uq_service_ratings_case', columnNames: ['user_id', 'service', 'subject_id'], isUnique: true }));
    await queryRunner.createForeignKey(
      'service_ratings',
      new TableForeignKey({ name: 'fk_service_ratings_user', columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'rating_follow_ups',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'rating_id', type: 'varchar', length: '36' },
          { name: 'agency', type: 'varchar', length: '60' },
          { name: 'due_date', type: 'varchar', length: '10' },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'resolution', type: 'varchar', length: '1000', isNullable: true },
          { name: 'resolved_at', type: 'datetime', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex('rating_follow_ups', new TableIndex({ name: 'uq_rating_follow_ups_rating', columnNames: ['rating_id'], isUnique: true }));
    await queryRunner.createIndex('rating_follow_ups', new TableIndex({ name: 'idx_rating_follow_ups_due', columnNames: ['status', 'due_date'] }));
    await queryRunner.createForeignKey(
      'rating_follow_ups',
      new TableForeignKey({ name: 'fk_rating_follow_ups_rating', columnNames: ['rating_id'], referencedTableName: 'service_ratings', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('rating_follow_ups', true, true, true);
    await queryRunner.dropTable('service_ratings', true, true, true);
  }
}
