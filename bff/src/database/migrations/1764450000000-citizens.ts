import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Citizens, their sessions and family members. Personal data only encrypted, with keyed hashes. */
export class Citizens1764450000000 implements MigrationInterface {
  name = 'Citizens1764450000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const hash = (name: string, nullable = true) => ({ name, type: 'varchar', length: '64', isNullable: nullable });
    const sealed = (name: string, nullable = true) => ({ name, type: 'varchar', length: '255', isNullable: nullable });
    const when = (name: string, nullable = true) => ({ name, type: 'datetime', isNullable: nullable });
    const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
    const createdAt = { name: 'created_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' };

    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          id,
          hash('phone_hash'),
          sealed('phone_enc'),
          hash('wechat_hash'),
          sealed('identity_name_enc'),
          sealed('identity_number_enc'),
          hash('identity_number_hash'),
          when('identity_verified_at'),
          { name: 'privacy_version', type: 'varchar', length: '20', isNullable: true },
          when('privacy_accepted_at'),
          createdAt,
        ],
      }),
    );
    await queryRunner.createIndex('users', new TableIndex({ name: 'uq_users_phone_hash', columnNames: ['phone_hash'], isUnique: true }));
    await queryRunner.createIndex('users', new TableIndex({ name: 'uq_users_wechat_hash', columnNames: ['wechat_hash'], isUnique: true }));
    await queryRunner.createIndex('users', new TableIndex({ name: 'uq_users_identity_hash', columnNames: ['identity_number_hash'], isUnique: true }));

    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          id,
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'family_id', type: 'varchar', length: '36' },
          hash('token_hash', false),
          when('expires_at', false),
          when('rotated_at'),
          when('revoked_at'),
          createdAt,
        ],
      }),
    );
    await queryRunner.createIndex('sessions', new TableIndex({ name: 'uq_sessions_token_hash', columnNames: ['token_hash'], isUnique: true }));
    await queryRunner.createIndex('sessions', new TableIndex({ name: 'idx_sessions_family', columnNames: ['family_id'] }));
    await queryRunner.createIndex('sessions', new TableIndex({ name: 'idx_sessions_user', columnNames: ['user_id'] }));
    await queryRunner.createForeignKey(
      'sessions',
      new TableForeignKey({ name: 'fk_sessions_user', columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'family_members',
        columns: [
          id,
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'relation', type: 'varchar', length: '10' },
          sealed('name_enc', false),
          sealed('identity_number_enc', false),
          hash('identity_number_hash', false),
          when('verified_at', false),
          createdAt,
        ],
      }),
    );
    await queryRunner.createIndex(
      'family_members',
      new TableIndex({ name: 'uq_family_member_identity', columnNames: ['user_id', 'identity_number_hash'], isUnique: true }),
    );
    await queryRunner.createForeignKey(
      'family_members',
      new TableForeignKey({ name: 'fk_family_members_user', columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('family_members', true, true, true);
    await queryRunner.dropTable('sessions', true, true, true);
    await queryRunner.dropTable('users', true, true, true);
  }
}
