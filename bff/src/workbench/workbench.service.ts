import { Injectable } from '@nestjs/common';
import type { AuditEntry, LetterStatus, StaffInboxResponse, StaffLetterView } from '@portal/shared';
import { AppException } from '../common/app-exception';
import type { LetterPhotoEntity } from '../letters/letter-photo.entity';
import { LetterPhotosService } from '../letters/letter-photos.service';
import { LetterWorkflowService, type StaffActor } from '../letters/letter-workflow.service';
import { StaffAuditService } from '../staff/staff-audit.service';
import type { AuditOrigin, StaffPrincipal } from '../staff/staff-principal';
import type { AnswerLetterRequestDto, ExtendLetterRequestDto, MergeLetterRequestDto, PublishLetterRequestDto, TransferLetterRequestDto } from './workbench.dto';

export type LetterAction = 'view' | 'accept' | 'decline' | 'transfer' | 'merge' | 'answer' | 'extend' | 'publish';

const AUDIT_PAGE = 200;

/**
 * The staff workbench on top of the letters workflow: every call is scoped to the staff member's
 * own department (another department's letter is a 404, exactly like one that does not exist) and
 * audited with its outcome — `letter.<action>` when it was done (in the same transaction as the
 * change), `letter.<action>.refused` with the status and code when it was not. A refused attempt on a letter outside the department names no
 * letter in the log: the given id is only kept in the detail.
 */
@Injectable()
export class WorkbenchService {
  constructor(
    private readonly workflow: LetterWorkflowService,
    private readonly audit: StaffAuditService,
    private readonly photos: LetterPhotosService,
  ) {}

  inbox(staff: StaffPrincipal, filter: { status?: LetterStatus; overdue?: boolean }): Promise<StaffInboxResponse> {
    return this.workflow.inbox(staff, filter);
  }

  view(staff: StaffPrincipal, letterId: string, origin: AuditOrigin): Promise<StaffLetterView> {
    return this.audited(staff, origin, 'view', letterId, "shown with the writer's name and phone", (actor) => this.workflow.view(letterId, actor));
  }

  accept(staff: StaffPrincipal, letterId: string, origin: AuditOrigin): Promise<StaffLetterView> {
    return this.audited(staff, origin, 'accept', letterId, null, (actor) => this.workflow.accept(letterId, actor));
  }

  decline(staff: StaffPrincipal, letterId: string, reason: string, origin: AuditOrigin): Promise<StaffLetterView> {
    return this.audited(staff, origin, 'decline', letterId, `reason: ${reason}`, (actor) => this.workflow.decline(letterId, actor, reason));
  }

  transfer(staff: StaffPrincipal, letterId: string, body: TransferLetterRequestDto, origin: AuditOrigin): Promise<StaffLetterView> {
    return this.audited(staff, origin, 'transfer', letterId, `to ${body.departmentId}; reason: ${body.reason}`, (actor) =>
      this.workflow.transfer(letterId, actor, body.departmentId, body.reason),
    );
  }

  merge(staff: StaffPrincipal, letterId: string, body: MergeLetterRequestDto, origin: AuditOrigin): Promise<StaffLetterView> {
    return this.audited(staff, origin, 'merge', letterId, `into ${body.intoTrackingNo}${body.reason ? `; reason: ${body.reason}` : ''}`, (actor) =>
      this.workflow.merge(letterId, actor, body.intoTrackingNo, body.reason),
    );
  }

  answer(staff: StaffPrincipal, letterId: string, body: AnswerLetterRequestDto, origin: AuditOrigin): Promise<StaffLetterView> {
    return this.audited(staff, origin, 'answer', letterId, `outcome: ${body.outcome}`, (actor) => this.workflow.answer(letterId, actor, body.outcome, body.text));
  }

  extend(staff: StaffPrincipal, letterId: string, body: ExtendLetterRequestDto, origin: AuditOrigin): Promise<StaffLetterView> {
    return this.audited(staff, origin, 'extend', letterId, `${body.workingDays} working days; reason: ${body.reason}`, (actor) =>
      this.workflow.extend(letterId, actor, body.workingDays, body.reason),
    );
  }

  publish(staff: StaffPrincipal, letterId: string, body: PublishLetterRequestDto, origin: AuditOrigin): Promise<StaffLetterView> {
    return this.audited(staff, origin, 'publish', letterId, `title: ${body.title}`, (actor) => this.workflow.publish(letterId, actor, body));
  }

  /** A photo of a letter of the department (another department's, or another letter's, is the same 404); each view audited. */
  async photo(staff: StaffPrincipal, letterId: string, photoId: string, origin: AuditOrigin): Promise<LetterPhotoEntity> {
    const photo = await this.photos.forDepartment(staff.departmentId, photoId);
    if (photo.letterId !== letterId) throw AppException.notFound('NOT_FOUND', 'There is no such photo.');
    await this.audit.record({ staff: { id: staff.id, departmentId: staff.departmentId }, action: 'letter.photo.view', letterId, detail: `photo ${photoId}`, origin });
    return photo;
  }

  /** The supervisor's view of the audit log: their department's entries, newest first. */
  auditLog(staff: StaffPrincipal, letterId?: string): Promise<AuditEntry[]> {
    return this.audit.listForDepartment(staff.departmentId, { limit: AUDIT_PAGE, letterId });
  }

  /**
   * Runs an action and audits it with its outcome. A change is audited in the transaction that makes
   * it (the workflow runs `inTransaction` inside its own), so there is never a change without its
   * entry nor an entry without its change; a view or a refused attempt is audited after it.
   */
  private async audited(
    staff: StaffPrincipal,
    origin: AuditOrigin,
    action: LetterAction,
    letterId: string,
    detail: string | null,
    work: (actor: StaffActor) => Promise<StaffLetterView>,
  ): Promise<StaffLetterView> {
    const who = { id: staff.id, departmentId: staff.departmentId };
    const done = { staff: who, action: `letter.${action}`, letterId, detail, origin };
    const actor: StaffActor = { id: staff.id, departmentId: staff.departmentId };
    if (action !== 'view') actor.inTransaction = (manager) => this.audit.record(done, manager);
    let result: StaffLetterView;
    try {
      result = await work(actor);
    } catch (error) {
      if (error instanceof AppException && error.status < 500) {
        // Only a 409 comes after the letter was found in this department: anything else names no letter.
        const inDepartment = error.status === 409;
        await this.audit.record({
          staff: who,
          action: `letter.${action}.refused`,
          letterId: inDepartment ? letterId : null,
          detail: `${error.status} ${error.code}${inDepartment ? '' : `; letter id given: ${letterId.slice(0, 40)}`}`,
          origin,
        });
      }
      throw error;
    }
    if (action === 'view') await this.audit.record({ ...done, letterId: result.id });
    return result;
  }
}
