import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { findDepartment, type CityId, type LetterEventKind } from '@portal/shared';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { AppException } from '../common/app-exception';
import { inTransaction } from '../database/transactions';
import { LetterNotifier } from '../notifications/letter-notifier';
import { LetterEventEntity } from './letter-event.entity';
import { LetterEntity } from './letter.entity';

export interface NewEvent {
  kind: LetterEventKind;
  at: Date;
  note?: string | null;
  departmentId?: string | null;
  staffId?: string | null;
}

/** MySQL/MariaDB gave up on a lock (deadlock, wait timeout): the whole transaction may be run again. */
function isLockConflict(error: unknown): boolean {
  const errno = (error as QueryFailedError & { driverError?: { errno?: number } })?.driverError?.errno;
  return error instanceof QueryFailedError && (errno === 1213 || errno === 1205);
}

/** A transaction, run again (up to 3 times) when MySQL/MariaDB chose it as a deadlock victim. */
export async function letterTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await inTransaction(dataSource, work);
    } catch (error) {
      if (attempt >= 3 || !isLockConflict(error)) throw error;
      await new Promise((r) => setTimeout(r, 10 + Math.random() * 40 * attempt));
    }
  }
}

/**
 * Reads letters and changes them: every change is one transaction that moves the row on from the
 * version it was read at (optimistic: a concurrent change makes it a 409), appends its timeline
 * event and updates the figures; after the commit, status changes go out through `afterCommit`.
 */
@Injectable()
export class LetterStore {
  private readonly logger = new Logger('Letters');

  constructor(
    @InjectDataSource() readonly dataSource: DataSource,
    private readonly notifier: LetterNotifier,
  ) {}

  byId(id: string): Promise<LetterEntity | null> {
    return this.dataSource.getRepository(LetterEntity).findOneBy({ id });
  }

  byTrackingNo(trackingNo: string): Promise<LetterEntity | null> {
    return this.dataSource.getRepository(LetterEntity).findOneBy({ trackingNo });
  }

  byCitizenKey(citizenId: string, idempotencyKey: string): Promise<LetterEntity | null> {
    return this.dataSource.getRepository(LetterEntity).findOneBy({ citizenId, idempotencyKey });
  }

  events(letterId: string): Promise<LetterEventEntity[]> {
    return this.dataSource.getRepository(LetterEventEntity).find({ where: { letterId }, order: { at: 'ASC', id: 'ASC' } });
  }

  /**
   * Moves `letter` on by `patch` with its event, in one transaction; `more` adds the figures (and
   * anything else that must commit with it). Answers the letter as it now is.
   */
  async change(
    letter: LetterEntity,
    patch: Partial<LetterEntity>,
    event: NewEvent,
    more?: (manager: EntityManager) => Promise<void>,
  ): Promise<LetterEntity> {
    const next = { ...letter, ...patch, version: letter.version + 1 } as LetterEntity;
    await letterTransaction(this.dataSource, async (manager) => {
      const { affected } = await manager.update(LetterEntity, { id: letter.id, version: letter.version }, { ...patch, version: next.version });
      if (!affected) {
        throw new AppException(409, 'LETTER_CHANGED', 'This letter was changed by someone else a moment ago. Please reload it and try again.');
      }
      await this.appendEvent(manager, letter.id, event);
      if (more) await more(manager);
    });
    this.afterCommit(next, event);
    return next;
  }

  async appendEvent(manager: EntityManager, letterId: string, event: NewEvent): Promise<void> {
    await manager.insert(LetterEventEntity, {
      letterId,
      at: event.at,
      kind: event.kind,
      note: event.note ?? null,
      departmentId: event.departmentId ?? null,
      staffId: event.staffId ?? null,
    });
  }

  /**
   * The one place a committed change of a letter goes out from: the writer is told of every change
   * they did not make themselves (the message centre, and a WeChat subscribe message where they
   * hold a credit). Nothing is sent for a change that did not commit; sending never fails the change.
   */
  afterCommit(letter: LetterEntity, event: NewEvent): void {
    this.logger.debug({ letterId: letter.id, status: letter.status, event: event.kind }, 'Letter changed');
    if (!TOLD_TO_WRITER.has(event.kind)) return;
    void this.notifier.statusChanged({
      citizenId: letter.citizenId,
      trackingNo: letter.trackingNo,
      city: letter.city as CityId,
      status: letter.status,
      note: noteForWriter(letter, event),
      at: event.at,
      title: letter.title,
    });
  }
}

/** The reason the department gave, with what changed for the writer where the status alone does not say it. */
function noteForWriter(letter: LetterEntity, event: NewEvent): string | null {
  const reason = event.note ?? null;
  if (event.kind === 'extended' && letter.extendedTo) return `答复期限延长至${letter.extendedTo}。理由：${reason ?? ''}`;
  if (event.kind === 'transferred') {
    const to = letter.departmentId ? findDepartment(letter.departmentId)?.name.zh : undefined;
    return `已转交${to ?? '其他部门'}办理。理由：${reason ?? ''}`;
  }
  return reason;
}

/** Events the writer hears about; their own acts (rating, asking for a re-examination) and internal ones (publishing, escalation) are not. */
const TOLD_TO_WRITER: ReadonlySet<LetterEventKind> = new Set<LetterEventKind>([
  'received',
  'forwarded',
  'accepted',
  'declined',
  'transferred',
  'merged',
  'extended',
  'answered',
  'reexamined',
]);
