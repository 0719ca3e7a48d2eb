import { Injectable } from '@nestjs/common';
import {
  ANSWER_OUTCOMES,
  LETTER_RULES,
  LETTER_STATUSES,
  findDepartment,
  type AnswerOutcome,
  type LetterStatus,
  type PublishLetterRequest,
  type StaffInboxResponse,
  type StaffLetterView,
} from '@portal/shared';
import { In, type EntityManager } from 'typeorm';
import { AppException } from '../common/app-exception';
import { DepartmentFiguresService } from '../departments/department-figures.service';
import { PersonalDataCipher } from '../personal-data/personal-data.cipher';
import { acceptBy, answerBy, dayOf, daysBetween, dueBy, extendedTo, isPast } from './deadlines';
import { LetterStore, type NewEvent } from './letter-store';
import { deadlinesOf, publicWriterName, toInboxItem, toLetterView } from './letter-views';
import { LetterEntity } from './letter.entity';
import { LettersClock } from './letters.clock';

/** Who acts: a staff member of one department (the staff module signs them in). */
export interface StaffActor {
  id: string;
  departmentId: string;
  /** Work committed in the same transaction as the change (the workbench's audit entry). */
  inTransaction?: (manager: EntityManager) => Promise<void>;
}

const OPEN: LetterStatus[] = ['received', 'accepted', 'reexamining'];
/** Cases shown in one inbox answer. */
const INBOX_PAGE = 500;
const NOT_FOUND = 'There is no such letter in your department.';

function conflict(message: string): AppException {
  return new AppException(409, 'LETTER_STATE_CONFLICT', message);
}

function requireText(field: string, value: string | undefined, min: number, max: number, what: string): string {
  const text = (value ?? '').trim();
  const length = [...text].length;
  if (length < min) throw AppException.field(field, 'minLength', `Please give ${what} of at least ${min} characters.`);
  if (length > max) throw AppException.field(field, 'maxLength', `${what[0]!.toUpperCase()}${what.slice(1)} may be at most ${max} characters.`);
  return text;
}

/**
 * The department's side of a letter, for the staff workbench: accept or decline, transfer, merge,
 * answer (and answer a re-examination), extend once, publish, and the escalation of overdue cases.
 * Each checks the letter belongs to the staff member's department (otherwise 404, as if it did not
 * exist), that the status allows it (409 in plain words), and changes the letter, its timeline and
 * the figures in one transaction from the version it read (409 LETTER_CHANGED when someone else
 * changed it in between).
 */
@Injectable()
export class LetterWorkflowService {
  constructor(
    private readonly store: LetterStore,
    private readonly figures: DepartmentFiguresService,
    private readonly cipher: PersonalDataCipher,
    private readonly clock: LettersClock,
  ) {}

  async accept(letterId: string, staff: StaffActor): Promise<StaffLetterView> {
    const letter = await this.requireOwn(letterId, staff);
    this.requireStatus(letter, ['received'], 'Only a letter awaiting acceptance can be accepted.');
    const now = this.clock.now();
    const next = await this.changeBy(
      staff,
      letter,
      { status: 'accepted', acceptedAt: now, answerBy: answerBy(dayOf(now)) },
      { kind: 'accepted', at: now, departmentId: staff.departmentId, staffId: staff.id },
    );
    return this.staffView(next);
  }

  async decline(letterId: string, staff: StaffActor, reason: string): Promise<StaffLetterView> {
    const text = requireText('reason', reason, LETTER_RULES.reasonMin, LETTER_RULES.reasonMax, 'a reason the writer can understand');
    const letter = await this.requireOwn(letterId, staff);
    this.requireStatus(letter, ['received'], 'Only a letter awaiting acceptance can be declined.');
    const now = this.clock.now();
    const next = await this.changeBy(
      staff,
      letter,
      { status: 'declined', closedAt: now },
      { kind: 'declined', at: now, note: text, departmentId: staff.departmentId, staffId: staff.id },
    );
    return this.staffView(next);
  }

  /** To another department of the same city; it arrives there as received, with a new acceptance deadline. */
  async transfer(letterId: string, staff: StaffActor, toDepartmentId: string, reason: string): Promise<StaffLetterView> {
    const text = requireText('reason', reason, LETTER_RULES.reasonMin, LETTER_RULES.reasonMax, 'a reason for the transfer');
    const letter = await this.requireOwn(letterId, staff);
    const target = findDepartment(toDepartmentId);
    if (!target || target.city !== letter.city) throw AppException.field('departmentId', 'isDepartmentOfCity', 'Choose a department of the same city from the directory.');
    if (target.id === letter.departmentId) throw AppException.field('departmentId', 'isOtherDepartment', 'The letter is already with this department.');
    this.requireStatus(letter, ['received'], 'Only a letter awaiting acceptance can be transferred.');
    const now = this.clock.now();
    const today = dayOf(now);
    await this.figures.prepare(target.id, now);
    const next = await this.changeBy(
      staff,
      letter,
      { departmentId: target.id, acceptBy: acceptBy(today), answerBy: answerBy(today), escalated: false },
      { kind: 'transferred', at: now, note: text, departmentId: target.id, staffId: staff.id },
      (manager) => this.figures.recordReceived(manager, target.id, now),
    );
    return this.staffView(next);
  }

  /** A duplicate joins another open case of the same department, and is followed there. */
  async merge(letterId: string, staff: StaffActor, intoTrackingNo: string, reason?: string): Promise<StaffLetterView> {
    const letter = await this.requireOwn(letterId, staff);
    const into = await this.store.byTrackingNo(intoTrackingNo);
    if (!into || into.departmentId !== staff.departmentId || into.id === letter.id) {
      throw AppException.field('intoTrackingNo', 'isOtherCaseOfDepartment', 'Give the tracking number of another case of your department.');
    }
    if (!OPEN.includes(into.status) && into.status !== 'answered') throw conflict('A letter can only be merged into a case that is still open.');
    this.requireStatus(letter, ['received', 'accepted'], 'Only a letter not yet answered can be merged.');
    const note = reason?.trim() ? requireText('reason', reason, 1, LETTER_RULES.reasonMax, 'a reason') : `并入 ${into.trackingNo} 办理`;
    const now = this.clock.now();
    const next = await this.changeBy(
      staff,
      letter,
      { status: 'merged', mergedInto: into.trackingNo, closedAt: now },
      { kind: 'merged', at: now, note, departmentId: staff.departmentId, staffId: staff.id },
    );
    return this.staffView(next);
  }

  /** Answers an accepted letter (counted in the figures), or a re-examination (which closes the case). */
  async answer(letterId: string, staff: StaffActor, outcome: AnswerOutcome, text: string): Promise<StaffLetterView> {
    if (!ANSWER_OUTCOMES.includes(outcome)) throw AppException.field('outcome', 'isIn', `outcome must be one of: ${ANSWER_OUTCOMES.join(', ')}`);
    const body = requireText('text', text, 1, LETTER_RULES.answerMax, 'the answer');
    const letter = await this.requireOwn(letterId, staff);
    this.requireStatus(letter, ['accepted', 'reexamining'], 'Only an accepted letter or one under re-examination can be answered. Accept it first.');
    const now = this.clock.now();
    const today = dayOf(now);
    if (letter.status === 'reexamining') {
      const next = await this.changeBy(
        staff,
        letter,
        { status: 'closed', reexaminationOutcome: outcome, reexaminationAnswer: body, reexaminationAnsweredAt: now, closedAt: now },
        { kind: 'reexamined', at: now, departmentId: staff.departmentId, staffId: staff.id },
      );
      return this.staffView(next);
    }
    const days = daysBetween(dayOf(letter.submittedAt), today);
    const onTime = !isPast(letter.extendedTo ?? letter.answerBy, today);
    await this.figures.prepare(staff.departmentId, now, days);
    const next = await this.changeBy(
      staff,
      letter,
      { status: 'answered', answeredAt: now, answerAt: now, answerOutcome: outcome, answerText: body, answerDepartmentId: staff.departmentId },
      { kind: 'answered', at: now, departmentId: staff.departmentId, staffId: staff.id },
      (manager) => this.figures.recordAnswered(manager, staff.departmentId, now, days, onTime),
    );
    return this.staffView(next);
  }

  /** Once, by at most 30 working days from the current deadline, with a reason the writer is told. */
  async extend(letterId: string, staff: StaffActor, workingDays: number, reason: string): Promise<StaffLetterView> {
    if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > LETTER_RULES.maxExtensionWorkingDays) {
      throw AppException.field('workingDays', 'range', `An extension is 1 to ${LETTER_RULES.maxExtensionWorkingDays} working days.`);
    }
    const text = requireText('reason', reason, LETTER_RULES.reasonMin, LETTER_RULES.reasonMax, 'a reason the writer is told');
    const letter = await this.requireOwn(letterId, staff);
    this.requireStatus(letter, ['accepted'], 'Only an accepted letter awaiting its answer can be extended.');
    if (letter.extensionUsed) throw conflict('The answer deadline of this letter was already extended. It can be extended once.');
    const now = this.clock.now();
    const to = extendedTo(letter.answerBy, workingDays);
    const next = await this.changeBy(
      staff,
      letter,
      { extendedTo: to, extensionUsed: true, escalated: false },
      { kind: 'extended', at: now, note: text, departmentId: staff.departmentId, staffId: staff.id },
    );
    return this.staffView(next);
  }

  /** The letter and its answer on the public board, as edited to remove personal data; only if the writer allowed it. */
  async publish(letterId: string, staff: StaffActor, texts: PublishLetterRequest): Promise<StaffLetterView> {
    const title = requireText('title', texts.title, LETTER_RULES.titleMin, LETTER_RULES.titleMax, 'a title');
    const content = requireText('content', texts.content, LETTER_RULES.contentMin, LETTER_RULES.contentMax, 'the letter as published');
    const answer = requireText('answer', texts.answer, 1, LETTER_RULES.answerMax, 'the answer as published');
    const letter = await this.requireOwn(letterId, staff);
    if (!letter.publishable) throw conflict('The writer did not allow this letter to be published.');
    if (!letter.answerAt || !['answered', 'reexamining', 'closed'].includes(letter.status)) throw conflict('A letter is published with its answer: answer it first.');
    const now = this.clock.now();
    const next = await this.changeBy(
      staff,
      letter,
      {
        publishedAt: letter.publishedAt ?? now,
        publicTitle: title,
        publicContent: content,
        publicAnswer: answer,
        publicWriter: publicWriterName(this.cipher.decrypt(letter.writerNameEnc), letter.anonymousInPublic),
      },
      { kind: 'published', at: now, departmentId: staff.departmentId, staffId: staff.id },
    );
    return this.staffView(next);
  }

  /**
   * Flags every open case past its deadline as escalated (to the supervisor), once, with an
   * `escalated` event. Answers the letters it flagged.
   */
  async escalateOverdue(now: Date = this.clock.now()): Promise<string[]> {
    const today = dayOf(now);
    const candidates = await this.store.dataSource
      .getRepository(LetterEntity)
      .createQueryBuilder('l')
      .where('l.escalated = :no', { no: false })
      .andWhere('l.channel = :city', { city: 'city' })
      .andWhere(
        "((l.status = 'received' AND l.accept_by < :today) OR (l.status = 'accepted' AND COALESCE(l.extended_to, l.answer_by) < :today) OR (l.status = 'reexamining' AND l.reexamination_by < :today))",
        { today },
      )
      .getMany();
    const flagged: string[] = [];
    for (const letter of candidates) {
      try {
        await this.store.change(
          letter,
          { escalated: true },
          { kind: 'escalated', at: new Date(Math.floor(now.getTime() / 1000) * 1000), note: `已超过办理期限 ${dueBy(letter.status, deadlinesOf(letter))}`, departmentId: letter.departmentId },
        );
        flagged.push(letter.id);
      } catch (error) {
        // Changed meanwhile (answered, say): the next run looks again.
        if ((error as AppException).code !== 'LETTER_CHANGED') throw error;
      }
    }
    return flagged;
  }

  /** The department's inbox: open cases first overdue, then by the deadline that applies; `status` narrows it. */
  async inbox(staff: StaffActor, filter: { status?: LetterStatus; overdue?: boolean } = {}): Promise<StaffInboxResponse> {
    if (filter.status && !LETTER_STATUSES.includes(filter.status)) throw AppException.field('status', 'isIn', `status must be one of: ${LETTER_STATUSES.join(', ')}`);
    const repo = this.store.dataSource.getRepository(LetterEntity);
    const statuses = filter.status ? [filter.status] : OPEN;
    // Open cases oldest first, so that the most urgent are within the page however many are open; finished ones newest first.
    const oldestFirst = statuses.every((st) => OPEN.includes(st));
    const rows = await repo.find({
      where: { departmentId: staff.departmentId, status: In(statuses) },
      order: { submittedAt: oldestFirst ? 'ASC' : 'DESC', id: 'ASC' },
      take: INBOX_PAGE,
    });
    const today = dayOf(this.clock.now());
    let items = rows.map((l) => toInboxItem(l, today));
    if (filter.overdue !== undefined) items = items.filter((i) => i.overdue === filter.overdue);
    items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueBy ?? '9999').localeCompare(b.dueBy ?? '9999') || a.submittedAt.localeCompare(b.submittedAt));

    const grouped: { status: LetterStatus; n: string | number }[] = await repo
      .createQueryBuilder('l')
      .select('l.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .where('l.department_id = :d', { d: staff.departmentId })
      .groupBy('l.status')
      .getRawMany();
    // Overdue cases counted in the database, whatever their number (the same rule as `overdue()`: the deadline of the status has passed).
    const [{ n: overdueCount }] = (await repo
      .createQueryBuilder('l')
      .select('COUNT(*)', 'n')
      .where('l.department_id = :d', { d: staff.departmentId })
      .andWhere(
        "((l.status = 'received' AND l.accept_by < :today) OR (l.status = 'accepted' AND COALESCE(l.extended_to, l.answer_by) < :today) OR (l.status = 'reexamining' AND l.reexamination_by < :today))",
        { today },
      )
      .getRawMany()) as { n: string | number }[];
    const counts: StaffInboxResponse['counts'] = { overdue: Number(overdueCount) };
    for (const g of grouped) counts[g.status] = Number(g.n);
    return { items, counts };
  }

  /** The whole case for the department, with the writer's name and full phone (the caller audits the view). */
  async view(letterId: string, staff: StaffActor): Promise<StaffLetterView> {
    return this.staffView(await this.requireOwn(letterId, staff));
  }

  private async staffView(letter: LetterEntity): Promise<StaffLetterView> {
    const events = await this.store.events(letter.id);
    const phone = this.cipher.decrypt(letter.contactPhoneEnc);
    return {
      ...toLetterView(letter, events, phone, dayOf(this.clock.now()), false),
      id: letter.id,
      writerName: this.cipher.decrypt(letter.writerNameEnc),
      writerPhone: phone,
      escalated: !!letter.escalated,
      public: letter.publishedAt ? { title: letter.publicTitle ?? '', content: letter.publicContent ?? '', answer: letter.publicAnswer ?? '' } : null,
    };
  }

  /** store.change, with the staff member's own work (`inTransaction`) committed in the same transaction. */
  private changeBy(staff: StaffActor, letter: LetterEntity, patch: Partial<LetterEntity>, event: NewEvent, more?: (manager: EntityManager) => Promise<void>): Promise<LetterEntity> {
    const also = staff.inTransaction;
    if (!also) return this.store.change(letter, patch, event, more);
    return this.store.change(letter, patch, event, async (manager) => {
      if (more) await more(manager);
      await also(manager);
    });
  }

  private async requireOwn(letterId: string, staff: StaffActor): Promise<LetterEntity> {
    const letter = /^[0-9a-f-]{36}$/i.test(letterId) ? await this.store.byId(letterId) : null;
    if (!letter || letter.departmentId !== staff.departmentId) throw AppException.notFound('NOT_FOUND', NOT_FOUND);
    return letter;
  }

  private requireStatus(letter: LetterEntity, allowed: LetterStatus[], message: string): void {
    if (!allowed.includes(letter.status)) throw conflict(`${message} This letter is ${letter.status}.`);
  }
}
