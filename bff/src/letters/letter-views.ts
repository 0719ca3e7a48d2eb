import {
  findDepartment,
  maskMobilePhone,
  type CityId,
  type DepartmentRef,
  type LetterDeadlines,
  type LetterEvent,
  type LetterSummary,
  type LetterView,
  type PublicLetter,
  type RatingLevel,
  type StaffInboxItem,
} from '@portal/shared';
import { dayOf, dueBy, isOverdue, isPast, reexaminationRequestBy } from './deadlines';
import type { LetterEventEntity } from './letter-event.entity';
import type { LetterEntity } from './letter.entity';

/** Plain mappers from rows to the shared contract shapes; no I/O. */

export function departmentRef(id: string | null): DepartmentRef | null {
  const d = id ? findDepartment(id) : undefined;
  return d ? { id: d.id, name: d.name } : null;
}

export function deadlinesOf(l: LetterEntity): LetterDeadlines {
  return { acceptBy: l.acceptBy, answerBy: l.answerBy, extendedTo: l.extendedTo, reexaminationBy: l.reexaminationBy };
}

export function overdue(l: LetterEntity, today: string): boolean {
  return isOverdue(l.status, deadlinesOf(l), today);
}

/** The writer may rate once: an answered letter, or a closed one whose re-examination was answered. */
export function canRate(l: LetterEntity): boolean {
  if (l.ratingLevel !== null) return false;
  return l.status === 'answered' || (l.status === 'closed' && l.reexaminationAnsweredAt !== null);
}

/**
 * A re-examination is asked once, within 30 working days of the answer: of an answered letter, or
 * of one closed by a bad rating (the writer said they were dissatisfied).
 */
export function canRequestReexamination(l: LetterEntity, today: string): boolean {
  if (l.channel !== 'city' || l.reexaminationRequestedAt !== null || !l.answerAt) return false;
  const open = l.status === 'answered' || (l.status === 'closed' && l.ratingLevel !== null && l.ratingLevel <= 2 && l.reexaminationAnsweredAt === null);
  return open && !isPast(reexaminationRequestBy(dayOf(l.answerAt)), today);
}

export function toEvent(e: LetterEventEntity): LetterEvent {
  return { at: e.at.toISOString(), kind: e.kind, note: e.note, department: departmentRef(e.departmentId) };
}

export function toSummary(l: LetterEntity, today: string): LetterSummary {
  return {
    trackingNo: l.trackingNo,
    city: l.city as CityId,
    channel: l.channel,
    type: l.type,
    title: l.title,
    department: departmentRef(l.departmentId),
    status: l.status,
    submittedAt: l.submittedAt.toISOString(),
    overdue: overdue(l, today),
  };
}

export function toInboxItem(l: LetterEntity, today: string): StaffInboxItem {
  return { ...toSummary(l, today), id: l.id, dueBy: dueBy(l.status, deadlinesOf(l)), escalated: l.escalated };
}

/** `contactPhone` is the decrypted number; it is masked here. `forWriter` adds what only the writer may do. */
export function toLetterView(l: LetterEntity, events: LetterEventEntity[], contactPhone: string, today: string, forWriter: boolean): LetterView {
  return {
    trackingNo: l.trackingNo,
    city: l.city as CityId,
    channel: l.channel,
    type: l.type,
    topic: l.topic,
    department: departmentRef(l.departmentId),
    title: l.title,
    content: l.content,
    location: l.location ?? null,
    photoIds: l.photoIds ?? [],
    contactPhone: maskMobilePhone(contactPhone),
    publishable: !!l.publishable,
    anonymousInPublic: !!l.anonymousInPublic,
    status: l.status,
    submittedAt: l.submittedAt.toISOString(),
    deadlines: deadlinesOf(l),
    overdue: overdue(l, today),
    timeline: events.map(toEvent),
    answer:
      l.answerOutcome && l.answerText !== null && l.answerAt
        ? { outcome: l.answerOutcome, text: l.answerText, answeredAt: l.answerAt.toISOString(), department: departmentRef(l.answerDepartmentId) }
        : null,
    reexaminationAnswer:
      l.reexaminationOutcome && l.reexaminationAnswer !== null && l.reexaminationAnsweredAt
        ? { outcome: l.reexaminationOutcome, text: l.reexaminationAnswer, answeredAt: l.reexaminationAnsweredAt.toISOString(), department: departmentRef(l.departmentId) }
        : null,
    mergedInto: l.mergedInto,
    rating: l.ratingLevel !== null && l.ratedAt ? { level: l.ratingLevel as RatingLevel, comment: l.ratingComment, ratedAt: l.ratedAt.toISOString() } : null,
    canRate: forWriter && canRate(l),
    canRequestReexamination: forWriter && canRequestReexamination(l, today),
  };
}

export function toPublicLetter(l: LetterEntity): PublicLetter {
  return {
    trackingNo: l.trackingNo,
    type: l.type,
    topic: l.topic,
    department: departmentRef(l.departmentId),
    title: l.publicTitle ?? '',
    content: l.publicContent ?? '',
    writer: l.publicWriter ?? '匿名',
    submittedAt: l.submittedAt.toISOString(),
    answer:
      l.answerOutcome && l.answerAt
        ? { outcome: l.answerOutcome, text: l.publicAnswer ?? '', answeredAt: l.answerAt.toISOString(), department: departmentRef(l.answerDepartmentId) }
        : null,
    publishedAt: l.publishedAt!.toISOString(),
  };
}

/** 张* for 张伟: the family name only. */
export function publicWriterName(name: string, anonymous: boolean): string {
  if (anonymous) return '匿名';
  const first = [...name.trim()][0];
  return first ? `${first}*` : '匿名';
}
