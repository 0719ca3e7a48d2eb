import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Payments the BFF starts, one per citizen and Idempotency-Key (unique): a retry never pays twice. */
export class Payments1764460000000 implements MigrationInterface {
  name = 'Payments1764460000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'payments',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'idempotency_key', type: 'varchar', length: '64' },
          { name: 'purpose', type: 'varchar', length: '80' },
          { name: 'reference', type: 'varchar', length: '32' },
          { name: 'amount_fen', type: 'integer' },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'trade_no', type: 'varchar', length: '64', isNullable: true },
          { name: 'paid_at', type: 'datetime', isNullable: true },
          { name: 'created_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
        ],
      }),
    );
    await queryRunner.createIndex('payments', new TableIndex({ name: 'uq_payments_user_key', columnNames: ['user_id', 'idempotency_key'], isUnique: true }));
    await queryRunner.createIndex('payments', new TableIndex({ name: 'uq_payments_reference', columnNames: ['reference'], isUnique: true }));
    await queryRunner.createForeignKey(
      'payments',
      new TableForeignKey({ name: 'fk_payments_user', columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('payments', true, true, true);
  }
}
