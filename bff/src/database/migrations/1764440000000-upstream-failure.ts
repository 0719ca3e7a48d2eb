import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The audit of upstream failures: the first data the BFF owns. Runs unchanged on SQLite and MariaDB. */
export class UpstreamFailure1764440000000 implements MigrationInterface {
  name = 'UpstreamFailure1764440000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'upstream_failure',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'service', type: 'varchar', length: '40' },
          { name: 'kind', type: 'varchar', length: '20' },
          { name: 'detail', type: 'varchar', length: '200' },
          { name: 'request_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'occurred_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'upstream_failure',
      new TableIndex({ name: 'idx_upstream_failure_service_time', columnNames: ['service', 'occurred_at'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('upstream_failure', 'idx_upstream_failure_service_time');
    await queryRunner.dropTable('upstream_failure');
  }
}
