import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Staff accounts of the departments, their sign-in sessions, and the append-only audit log of what staff did. */
export class Staff1764495000000 implements MigrationInterface {
  name = 'Staff1764495000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
    const when = (name: string, nullable = true) => ({ name, type: 'datetime', isNullable: nullable });
    const createdAt = { name: 'created_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' };

    await queryRunner.createTable(
      new Table({
        name: 'staff_accounts',
        columns: [
          id,
          { name: 'username', type: 'varchar', length: '60' },
          { name: 'display_name', type: 'varchar', length: '60' },
          { name: 'department_id', type: 'varchar', length: '40' },
          { name: 'role', type: 'varchar', length: '12' },
          { name: 'password_hash', type: 'varchar', length: '200' },
          { name: 'failed_attempts', type: 'integer', default: 0 },
          when('locked_until'),
          when('password_changed_at', false),
          createdAt,
        ],
      }),
    );
    await queryRunner.createIndex('staff_accounts', new TableIndex({ name: 'uq_staff_accounts_username', columnNames: ['username'], isUnique: true }));
    await queryRunner.createIndex('staff_accounts', new TableIndex({ name: 'idx_staff_accounts_department', columnNames: ['department_id'] }));

    await queryRunner.createTable(
      new Table({
        name: 'staff_sessions',
        columns: [id, { name: 'staff_id', type: 'varchar', length: '36' }, when('expires_at', false), when('revoked_at'), createdAt],
      }),
    );
    await queryRunner.createIndex('staff_sessions', new TableIndex({ name: 'idx_staff_sessions_staff', columnNames: ['staff_id'] }));
    await queryRunner.createForeignKey(
      'staff_sessions',
      new TableForeignKey({ name: 'fk_staff_sessions_staff', columnNames: ['staff_id'], referencedTableName: 'staff_accounts', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'staff_audit_log',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
          { name: 'staff_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'department_id', type: 'varchar', length: '40', isNullable: true },
          { name: 'action', type: 'varchar', length: '40' },
          { name: 'letter_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'detail', type: 'varchar', length: '1000', isNullable: true },
          { name: 'request_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'client_ip', type: 'varchar', length: '45', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex('staff_audit_log', new TableIndex({ name: 'idx_staff_audit_department_time', columnNames: ['department_id', 'id'] }));
    await queryRunner.createIndex('staff_audit_log', new TableIndex({ name: 'idx_staff_audit_letter', columnNames: ['letter_id'] }));
    await queryRunner.createForeignKey(
      'staff_audit_log',
      new TableForeignKey({ name: 'fk_staff_audit_staff', columnNames: ['staff_id'], referencedTableName: 'staff_accounts', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('staff_audit_log', true, true, true);
    await queryRunner.dropTable('staff_sessions', true, true, true);
    await queryRunner.dropTable('staff_accounts', true, true, true);
  }
}
