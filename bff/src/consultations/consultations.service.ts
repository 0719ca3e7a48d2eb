import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  CONSULTATION_RULES,
  findDepartment,
  type CityId,
  type ConsultationQuestion,
  type ConsultationResponseReceipt,
  type ConsultationResults,
  type ConsultationState,
  type ConsultationSummary,
  type ConsultationView,
  type ConsultationsResponse,
  type StaffConsultationsResponse,
  type SubmitConsultationResponseRequest,
} from '@portal/shared';
import type { Repository } from 'typeorm';
import { AppException } from '../common/app-exception';
import { requireCity } from '../common/city';
import { inTransaction } from '../database/transactions';
import { isUniqueViolation } from '../database/unique-violation';
import { PersonalDataCipher } from '../personal-data/personal-data.cipher';
import { StaffAuditService } from '../staff/staff-audit.service';
import type { AuditOrigin } from '../staff/staff-principal';
import { chinaIso, chinaWords, wholeSeconds } from './china-time';
import { ConsultationAnswerEntity } from './consultation-answer.entity';
import { answersHash, checkAnswers } from './consultation-questions';
import { ConsultationResponseEntity } from './consultation-response.entity';
import { ConsultationEntity } from './consultation.entity';

const KEY_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
const ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;
const CLOSED_LISTED = 50;

/** The staff member acting, as the staff module vouches for them. */
export interface ActingStaff {
  id: string;
  departmentId: string;
}

/**
 * Public opinion collection: a department's draft open for comment between two times; one response
 * per citizen (the unique index decides); results after closing, with free text counted but never
 * shown; the department's account of what it adopted published after that.
 */
@Injectable()
export class ConsultationsService {
  constructor(
    @InjectRepository(ConsultationEntity) private readonly consultations: Repository<ConsultationEntity>,
    @InjectRepository(ConsultationResponseEntity) private readonly responses: Repository<ConsultationResponseEntity>,
    @InjectRepository(ConsultationAnswerEntity) private readonly answers: Repository<ConsultationAnswerEntity>,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: StaffAuditService,
  ) {}

  async listForCity(cityId: string, now = new Date()): Promise<ConsultationsResponse> {
    const city = requireCity(cityId).id;
    const rows = await this.consultations.find({ where: { city }, order: { closesAt: 'DESC' } });
    const summaries = rows.map((r) => this.toSummary(r, now));
    return {
      city,
      open: summaries.filter((s) => s.state === 'open').sort((a, b) => a.closesAt.localeCompare(b.closesAt)),
      upcoming: summaries.filter((s) => s.state === 'upcoming').sort((a, b) => a.opensAt.localeCompare(b.opensAt)),
      closed: summaries.filter((s) => s.state === 'closed').slice(0, CLOSED_LISTED),
    };
  }

  async view(id: string, userId: string | null): Promise<ConsultationView> {
    const row = await this.require(id);
    const responded = userId === null ? null : await this.responses.existsBy({ consultationId: row.id, userId });
    return { ...this.toSummary(row, new Date()), questions: this.questionsOf(row), responded };
  }

  async respond(id: string, userId: string, request: SubmitConsultationResponseRequest, idempotencyKey: string | undefined): Promise<ConsultationResponseReceipt> {
    if (idempotencyKey !== undefined && !KEY_PATTERN.test(idempotencyKey)) {
      throw AppException.field('Idempotency-Key', 'isIdempotencyKey', 'Send an Idempotency-Key header of 8 to 64 letters, digits, - or _, the same for every retry of this response.');
    }
    const consultation = await this.require(id);
    const { checked, errors } = checkAnswers(this.questionsOf(consultation), request.answers);
    const requestHash = answersHash(checked);
    // A retry of a response already stored answers what the first one did, even after closing.
    const earlier = await this.responses.findOneBy({ consultationId: consultation.id, userId });
    if (earlier) return this.twin(earlier, idempotencyKey, requestHash);

    const now = new Date();
    const state = this.stateOf(consultation, now);
    if (state === 'upcoming') {
      throw new AppException(409, 'CONSULTATION_NOT_OPEN', `This consultation opens on ${chinaWords(consultation.opensAt)} (China time). Please come back then.`);
    }
    if (state === 'closed') {
      throw new AppException(409, 'CONSULTATION_CLOSED', `This consultation closed on ${chinaWords(consultation.closesAt)} (China time) and takes no more responses.`);
    }
    if (errors.length > 0) throw AppException.validation(errors);

    const response = this.responses.create({
      id: randomUUID(),
      consultationId: consultation.id,
      userId,
      idempotencyKey: idempotencyKey ?? null,
      requestHash,
      createdAt: wholeSeconds(now),
    });
    const rows = checked.flatMap((a) =>
      a.text !== null
        ? [this.answers.create({ id: randomUUID(), responseId: response.id, consultationId: consultation.id, questionId: a.questionId, optionId: null, textEnc: this.cipher.encrypt(a.text) })]
        : a.choices.map((optionId) =>
            this.answers.create({ id: randomUUID(), responseId: response.id, consultationId: consultation.id, questionId: a.questionId, optionId, textEnc: null }),
          ),
    );
    try {
      await inTransaction(this.responses.manager.connection, async (manager) => {
        await manager.insert(ConsultationResponseEntity, response);
        if (rows.length > 0) await manager.insert(ConsultationAnswerEntity, rows);
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // A concurrent submit of the same citizen won: answer as its retry would be answered.
      const winner = await this.responses.findOneBy({ consultationId: consultation.id, userId });
      if (!winner) throw error;
      return this.twin(winner, idempotencyKey, requestHash);
    }
    return this.receipt(response);
  }

  async results(id: string): Promise<ConsultationResults> {
    const consultation = await this.require(id);
    if (this.stateOf(consultation, new Date()) !== 'closed') {
      throw new AppException(
        409,
        'RESULTS_NOT_PUBLISHED',
        `Results are published after the consultation closes on ${chinaWords(consultation.closesAt)} (China time).`,
      );
    }
    return this.resultsOf(consultation);
  }

  /** Staff of the responsible department, after closing; another department's consultation is "not found". */
  async publishAdoption(id: string, staff: ActingStaff, text: string, origin: AuditOrigin): Promise<ConsultationResults> {
    const consultation = await this.require(id);
    if (consultation.departmentId !== staff.departmentId) throw this.notFound();
    const trimmed = text.trim();
    const length = [...trimmed].length;
    if (length < CONSULTATION_RULES.adoptionMin || length > CONSULTATION_RULES.adoptionMax) {
      throw AppException.field('text', 'length', `Write ${CONSULTATION_RULES.adoptionMin} to ${CONSULTATION_RULES.adoptionMax} characters on what was adopted and why.`);
    }
    if (this.stateOf(consultation, new Date()) !== 'closed') {
      throw new AppException(409, 'RESULTS_NOT_PUBLISHED', `The account of what was adopted is published after the consultation closes on ${chinaWords(consultation.closesAt)} (China time).`);
    }
    const republished = consultation.adoptionPublishedAt !== null;
    consultation.adoptionText = trimmed;
    consultation.adoptionPublishedAt = wholeSeconds();
    consultation.adoptionStaffId = staff.id;
    // The change and its audit entry are one transaction: neither without the other.
    await inTransaction(this.consultations.manager.connection, async (manager) => {
      await manager.update(
        ConsultationEntity,
        { id: consultation.id },
        { adoptionText: consultation.adoptionText, adoptionPublishedAt: consultation.adoptionPublishedAt, adoptionStaffId: staff.id },
      );
      await this.audit.record(
        {
          staff: { id: staff.id, departmentId: staff.departmentId },
          action: republished ? 'consultation.adoption.revised' : 'consultation.adoption.published',
          detail: `${consultation.id}: ${trimmed}`,
          origin,
        },
        manager,
      );
    });
    return this.resultsOf(consultation);
  }

  async listForDepartment(departmentId: string): Promise<StaffConsultationsResponse> {
    const rows = await this.consultations.find({ where: { departmentId }, order: { closesAt: 'DESC' } });
    const counts = await this.responseCounts(rows.map((r) => r.id));
    const now = new Date();
    return { items: rows.map((r) => ({ ...this.toSummary(r, now), responses: counts.get(r.id) ?? 0 })) };
  }

  private async resultsOf(consultation: ConsultationEntity): Promise<ConsultationResults> {
    const questions = this.questionsOf(consultation);
    const [responses, perOption, perQuestion] = await Promise.all([
      this.responses.countBy({ consultationId: consultation.id }),
      this.answers
        .createQueryBuilder('a')
        .select('a.question_id', 'questionId')
        .addSelect('a.option_id', 'optionId')
        .addSelect('COUNT(*)', 'n')
        .where('a.consultation_id = :id', { id: consultation.id })
        .andWhere('a.option_id IS NOT NULL')
        .groupBy('a.question_id')
        .addGroupBy('a.option_id')
        .getRawMany<{ questionId: string; optionId: string; n: string | number }>(),
      this.answers
        .createQueryBuilder('a')
        .select('a.question_id', 'questionId')
        .addSelect('COUNT(DISTINCT a.response_id)', 'n')
        .where('a.consultation_id = :id', { id: consultation.id })
        .groupBy('a.question_id')
        .getRawMany<{ questionId: string; n: string | number }>(),
    ]);
    const optionCount = new Map(perOption.map((r) => [`${r.questionId}\u0000${r.optionId}`, Number(r.n)]));
    const answered = new Map(perQuestion.map((r) => [r.questionId, Number(r.n)]));
    return {
      consultation: this.toSummary(consultation, new Date()),
      responses,
      questions: questions.map((q) => ({
        questionId: q.id,
        kind: q.kind,
        prompt: q.prompt,
        answered: answered.get(q.id) ?? 0,
        options: q.options.map((o) => ({ id: o.id, label: o.label, count: optionCount.get(`${q.id}\u0000${o.id}`) ?? 0 })),
      })),
      adoption:
        consultation.adoptionText && consultation.adoptionPublishedAt
          ? { text: consultation.adoptionText, publishedAt: chinaIso(consultation.adoptionPublishedAt) }
          : null,
    };
  }

  private async responseCounts(ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = await this.responses
      .createQueryBuilder('r')
      .select('r.consultation_id', 'id')
      .addSelect('COUNT(*)', 'n')
      .where('r.consultation_id IN (:...ids)', { ids })
      .groupBy('r.consultation_id')
      .getRawMany<{ id: string; n: string | number }>();
    return new Map(rows.map((r) => [r.id, Number(r.n)]));
  }

  private twin(existing: ConsultationResponseEntity, idempotencyKey: string | undefined, requestHash: string): ConsultationResponseReceipt {
    if (idempotencyKey !== undefined && existing.idempotencyKey === idempotencyKey) {
      if (existing.requestHash !== requestHash) {
        throw new AppException(409, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was sent with different answers. Your first response is the one kept.');
      }
      return this.receipt(existing);
    }
    throw new AppException(409, 'ALREADY_RESPONDED', 'You have already responded to this consultation. Each citizen responds once.');
  }

  private receipt(response: ConsultationResponseEntity): ConsultationResponseReceipt {
    return { consultationId: response.consultationId, respondedAt: chinaIso(response.createdAt) };
  }

  private async require(id: string): Promise<ConsultationEntity> {
    const row = ID_PATTERN.test(id) ? await this.consultations.findOneBy({ id }) : null;
    if (!row) throw this.notFound();
    return row;
  }

  private notFound(): AppException {
    return AppException.notFound('NOT_FOUND', 'There is no consultation with this id.');
  }

  private stateOf(row: ConsultationEntity, now: Date): ConsultationState {
    if (now.getTime() < row.opensAt.getTime()) return 'upcoming';
    if (now.getTime() < row.closesAt.getTime()) return 'open';
    return 'closed';
  }

  private questionsOf(row: ConsultationEntity): ConsultationQuestion[] {
    return JSON.parse(row.questions) as ConsultationQuestion[];
  }

  private toSummary(row: ConsultationEntity, now: Date): ConsultationSummary {
    const department = findDepartment(row.departmentId);
    return {
      id: row.id,
      city: row.city as CityId,
      department: { id: row.departmentId, name: department?.name ?? { zh: row.departmentId, en: row.departmentId } },
      title: row.title,
      summary: row.summary,
      opensAt: chinaIso(row.opensAt),
      closesAt: chinaIso(row.closesAt),
      state: this.stateOf(row, now),
      adoptionPublished: row.adoptionPublishedAt !== null,
    };
  }
}
