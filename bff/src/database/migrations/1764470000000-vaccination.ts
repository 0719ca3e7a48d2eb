import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Vaccination slots (capacity and how many are booked) and appointments. */
export class Vaccination1764470000000 implements MigrationInterface {
  name = 'Vaccination1764470000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'vaccination_slots',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'city', type: 'varchar', length: '20' },
          { name: 'clinic_id', type: 'varchar', length: '40' },
          { name: 'date', type: 'varchar', length: '10' },
          { name: 'period', type: 'varchar', length: '11' },
          { name: 'capacity', type: 'integer' },
          { name: 'booked', type: 'integer', default: 0 },
        ],
      }),
    );
    await queryRunner.createIndex(
      'vaccination_slots',
      new TableIndex({ name: 'uq_vaccination_slot', columnNames: ['city', 'clinic_id', 'date', 'period'], isUnique: true }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'appointments',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'slot_id', type: 'varchar', length: '36' },
          { name: 'person', type: 'varchar', length: '36' },
          { name: 'vaccine_code', type: 'varchar', length: '20' },
          { name: 'reference', type: 'varchar', length: '20' },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'created_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
        ],
      }),
    );
    await queryRunner.createIndex('appointments', new TableIndex({ name: 'idx_appointments_user', columnNames: ['user_id'] }));
    await queryRunner.createIndex('appointments', new TableIndex({ name: 'idx_appointments_slot', columnNames: ['slot_id'] }));
    await queryRunner.createForeignKey(
      'appointments',
      new TableForeignKey({ name: 'fk_appointments_user', columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }),
    );
    await queryRunner.createForeignKey(
      'appointments',
      new TableForeignKey({ name: 'fk_appointments_slot', columnNames: ['slot_id'], referencedTableName: 'vaccination_slots', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('appointments', true, true, true);
    await queryRunner.dropTable('vaccination_slots', true, true, true);
  }
}
