import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { chinaDate, type DepartmentFigures } from '@portal/shared';
import { DataSource, In, MoreThanOrEqual, type EntityManager } from 'typeorm';
import { DepartmentAnswerDaysEntity, DepartmentStatsMonthlyEntity } from './department-stats.entity';

type Counter = 'received' | 'answered' | 'answered_on_time' | 'rating_count' | 'rating_sum';

/** `YYYY-MM` of an instant, China time. */
export function monthOf(at: Date): string {
  return chinaDate(at).slice(0, 7);
}

/** The first month of the 12 that end with the month of `now`. */
export function firstOfTwelveMonths(now: Date): string {
  const [y, m] = monthOf(now).split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - 11;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The median of a histogram {value: count}: the middle value, or the mean of the two middle values. */
export function medianOf(histogram: Map<number, number>): number | null {
  const total = [...histogram.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const sorted = [...histogram.entries()].sort((a, b) => a[0] - b[0]);
  const at = (k: number): number => {
    let seen = 0;
    for (const [value, count] of sorted) {
      seen += count;
      if (k < seen) return value;
    }
    return sorted[sorted.length - 1]![0];
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

/**
 * Department figures kept incrementally: each change is an upsert of one monthly row, made with the
 * case event's own transaction manager, so figures and cases never disagree. Reading the figures
 * sums at most 12 rows per department.
 */
@Injectable()
export class DepartmentFiguresService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get mysql(): boolean {
    return this.dataSource.options.type !== 'better-sqlite3';
  }

  /**
   * On MySQL/MariaDB, makes the month's rows exist before a transaction updates them, so concurrent
   * transactions lock an existing row instead of racing to insert it (gap locks would deadlock).
   * Outside any transaction; on SQLite (writes are serialised) there is nothing to do.
   */
  async prepare(departmentId: string | null, at: Date, days?: number): Promise<void> {
    if (!departmentId || !this.mysql) return;
    const month = monthOf(at);
    await this.dataSource.query(
      'INSERT IGNORE INTO department_stats_monthly (department_id, month, received, answered, answered_on_time, rating_count, rating_sum) VALUES (?, ?, 0, 0, 0, 0, 0)',
      [departmentId, month],
    );
    if (days !== undefined) {
      await this.dataSource.query('INSERT IGNORE INTO department_answer_days (department_id, month, days, count) VALUES (?, ?, ?, 0)', [departmentId, month, days]);
    }
  }

  async recordReceived(manager: EntityManager, departmentId: string | null, at: Date): Promise<void> {
    if (departmentId) await this.add(manager, departmentId, monthOf(at), { received: 1 });
  }

  /** An answer (not a re-examination's): counted in the month it was given, with its days and whether it was on time. */
  async recordAnswered(manager: EntityManager, departmentId: string | null, at: Date, days: number, onTime: boolean): Promise<void> {
    if (!departmentId) return;
    const month = monthOf(at);
    await this.add(manager, departmentId, month, { answered: 1, answered_on_time: onTime ? 1 : 0 });
    const sql = this.mysql
      ? 'INSERT INTO department_answer_days (department_id, month, days, count) VALUES (?, ?, ?, 1) ON DUPLICATE KEY UPDATE count = count + 1'
      : 'INSERT INTO department_answer_days (department_id, month, days, count) VALUES (?, ?, ?, 1) ON CONFLICT (department_id, month, days) DO UPDATE SET count = count + 1';
    await manager.query(sql, [departmentId, month, days]);
  }

  async recordRating(manager: EntityManager, departmentId: string | null, at: Date, level: number): Promise<void> {
    if (departmentId) await this.add(manager, departmentId, monthOf(at), { rating_count: 1, rating_sum: level });
  }

  private async add(manager: EntityManager, departmentId: string, month: string, increments: Partial<Record<Counter, number>>): Promise<void> {
    const all: Counter[] = ['received', 'answered', 'answered_on_time', 'rating_count', 'rating_sum'];
    const values = all.map((c) => increments[c] ?? 0);
    const updates = Object.keys(increments).map((c) => (this.mysql ? `${c} = ${c} + VALUES(${c})` : `${c} = ${c} + excluded.${c}`));
    const sql = this.mysql
      ? `INSERT INTO department_stats_monthly (department_id, month, ${all.join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE ${updates.join(', ')}`
      : `INSERT INTO department_stats_monthly (department_id, month, ${all.join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (department_id, month) DO UPDATE SET ${updates.join(', ')}`;
    await manager.query(sql, [departmentId, month, ...values]);
  }

  /** Figures over the last 12 months (this month included) for the given departments. */
  async figures(departmentIds: string[], now: Date = new Date()): Promise<Map<string, DepartmentFigures>> {
    const since = firstOfTwelveMonths(now);
    const where = { departmentId: In(departmentIds), month: MoreThanOrEqual(since) };
    const [rows, days] = departmentIds.length
      ? await Promise.all([
          this.dataSource.getRepository(DepartmentStatsMonthlyEntity).findBy(where),
          this.dataSource.getRepository(DepartmentAnswerDaysEntity).findBy(where),
        ])
      : [[], []];
    const result = new Map<string, DepartmentFigures>();
    for (const id of departmentIds) {
      const own = rows.filter((r) => r.departmentId === id);
      const sum = (pick: (r: DepartmentStatsMonthlyEntity) => number) => own.reduce((a, r) => a + Number(pick(r)), 0);
      const answered = sum((r) => r.answered);
      const ratings = sum((r) => r.ratingCount);
      const histogram = new Map<number, number>();
      for (const d of days) if (d.departmentId === id) histogram.set(Number(d.days), (histogram.get(Number(d.days)) ?? 0) + Number(d.count));
      result.set(id, {
        received: sum((r) => r.received),
        answered,
        answeredOnTimeShare: answered ? Math.round((sum((r) => r.answeredOnTime) / answered) * 1000) / 1000 : null,
        medianDaysToAnswer: medianOf(histogram),
        satisfaction: ratings ? Math.round((sum((r) => r.ratingSum) / ratings) * 100) / 100 : null,
        ratings,
      });
    }
    return result;
  }
}
