import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AuditEntry } from '@portal/shared';
import type { EntityManager, Repository } from 'typeorm';
import { StaffAccountEntity } from './staff-account.entity';
import { StaffAuditEntity } from './staff-audit.entity';
import type { AuditOrigin } from './staff-principal';

export interface AuditRecord {
  /** Who; null for a failed sign-in with an unknown username. */
  staff: { id: string; departmentId: string } | null;
  action: string;
  letterId?: string | null;
  detail?: string | null;
  origin: AuditOrigin;
}

const DETAIL_MAX = 1000;

/**
 * The staff audit log. Append-only: this service only inserts, and nothing in the code base updates
 * or deletes a row. Pass the entity manager of a transaction to write the entry with the change it records.
 */
@Injectable()
export class StaffAuditService {
  constructor(@InjectRepository(StaffAuditEntity) private readonly log: Repository<StaffAuditEntity>) {}

  async record(entry: AuditRecord, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(StaffAuditEntity) : this.log;
    const detail = entry.detail == null ? null : entry.detail.length > DETAIL_MAX ? `${entry.detail.slice(0, DETAIL_MAX - 1)}…` : entry.detail;
    await repository.insert({
      at: new Date(Math.floor(Date.now() / 1000) * 1000),
      staffId: entry.staff?.id ?? null,
      departmentId: entry.staff?.departmentId ?? null,
      action: entry.action,
      letterId: entry.letterId ?? null,
      detail,
      requestId: entry.origin.requestId?.slice(0, 64) ?? null,
      clientIp: entry.origin.clientIp?.slice(0, 45) ?? null,
    });
  }

  /** A department's entries, newest first. */
  async listForDepartment(departmentId: string, options: { limit: number; letterId?: string }): Promise<AuditEntry[]> {
    const query = this.log
      .createQueryBuilder('entry')
      .leftJoin(StaffAccountEntity, 'staff', 'staff.id = entry.staff_id')
      .select(['entry.id AS id', 'entry.at AS at', 'entry.staff_id AS staffId', 'staff.display_name AS staffName', 'entry.action AS action', 'entry.letter_id AS letterId', 'entry.detail AS detail'])
      .where('entry.department_id = :departmentId', { departmentId })
      .orderBy('entry.id', 'DESC')
      .limit(options.limit);
    if (options.letterId) query.andWhere('entry.letter_id = :letterId', { letterId: options.letterId });
    const rows = await query.getRawMany<{ at: Date | string; staffId: string | null; staffName: string | null; action: string; letterId: string | null; detail: string | null }>();
    return rows.map((row) => ({
      at: toIso(row.at),
      staffId: row.staffId ?? '',
      staffName: row.staffName ?? '',
      action: row.action,
      letterId: row.letterId,
      detail: row.detail,
    }));
  }
}

/** SQLite answers raw datetimes as `YYYY-MM-DD HH:MM:SS` (UTC); MariaDB as Date. */
function toIso(value: Date | string): string {
  if (value instanceof Date) return value.toISOString();
  return new Date(`${value.replace(' ', 'T')}${/Z|[+-]\d\d:?\d\d$/.test(value) ? '' : 'Z'}`).toISOString();
}
