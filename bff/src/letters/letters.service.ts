import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  LETTER_RULES,
  findDepartment,
  type LocalizedText,
  type LetterView,
  type MyLettersResponse,
  type RateLetterRequest,
  type ReexaminationRequest,
  type SubmitLetterRequest,
  type SubmitLetterResponse,
} from '@portal/shared';
import { In, IsNull } from 'typeorm';
import { AppException } from '../common/app-exception';
import { requireCity } from '../common/city';
import { isUniqueViolation } from '../database/unique-violation';
import { DepartmentFiguresService } from '../departments/department-figures.service';
import { CitizenIdentityService } from '../identity/citizen-identity.service';
import { PersonalDataCipher } from '../personal-data/personal-data.cipher';
import { acceptBy, answerBy, dayOf, reexaminationAnswerBy } from './deadlines';
import { LetterPhotoEntity } from './letter-photo.entity';
import { LetterStore, letterTransaction } from './letter-store';
import { canRate, canRequestReexamination, departmentRef, toLetterView, toSummary } from './letter-views';
import { LetterEntity } from './letter.entity';
import { isTrackingNoClash, TrackingNumbers } from './tracking-numbers';
import { LettersClock } from './letters.clock';
import { PremierForwardingService } from './premier-forwarding.service';

const KEY_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/** How long a double tap waits for the first tap's letter to be stored. */
const WAIT_FOR_TWIN_MS = 5_000;

const NOT_FOUND = 'There is no letter with this tracking number and query code. Check both and try again.';
const NOT_YOURS = 'You have no letter with this tracking number.';

/** The citizen's side of letters: write one, follow it, rate the answer, ask for a re-examination. */
@Injectable()
export class LettersService {
  constructor(
    private readonly store: LetterStore,
    private readonly identity: CitizenIdentityService,
    private readonly cipher: PersonalDataCipher,
    private readonly figures: DepartmentFiguresService,
    private readonly premier: PremierForwardingService,
    private readonly clock: LettersClock,
    private readonly trackingNumbers: TrackingNumbers,
  ) {}

  async submit(cityId: string, citizenId: string, request: SubmitLetterRequest, idempotencyKey: string | undefined): Promise<SubmitLetterResponse> {
    if (!idempotencyKey || !KEY_PATTERN.test(idempotencyKey)) {
      throw AppException.field('Idempotency-Key', 'isIdempotencyKey', 'Send an Idempotency-Key header of 8 to 64 letters, digits, - or _, the same for every retry of this letter.');
    }
    const city = requireCity(cityId).id;
    const channel = request.channel ?? 'city';
    const requestHash = createHash('sha256').update(JSON.stringify([city, canonical(request)])).digest('hex');

    const earlier = await this.store.byCitizenKey(citizenId, idempotencyKey);
    if (earlier) return this.sameLetter(earlier, requestHash);

    let departmentId: string | null = null;
    if (channel === 'city') {
      const department = request.departmentId ? findDepartment(request.departmentId) : undefined;
      if (!department || department.city !== city) {
        throw AppException.field('departmentId', 'isDepartmentOfCity', `Choose a department of ${requireCity(city).name.en} from its directory.`);
      }
      departmentId = department.id;
    } else if (request.departmentId) {
      throw AppException.field('departmentId', 'notForPremier', 'A letter to the Premier goes to the national channel: leave the department out.');
    }
    if (request.location && (request.location.latitude == null) !== (request.location.longitude == null)) {
      const missing = request.location.latitude == null ? 'latitude' : 'longitude';
      throw AppException.field(`location.${missing}`, 'isCoordinatePair', 'A place from the map has both latitude and longitude; a typed place has neither.');
    }
    const { name } = await this.identity.requireIdentity(citizenId);
    const photoIds = [...new Set(request.photoIds ?? [])];
    if (photoIds.length) {
      const usable = await this.store.dataSource.getRepository(LetterPhotoEntity).count({ where: { id: In(photoIds), citizenId, letterId: IsNull() } });
      if (usable !== photoIds.length) throw AppException.field('photoIds', 'isOwnUnusedPhoto', 'Each photo must be one you uploaded for this letter and not yet sent with another.');
    }

    const now = this.clock.now();
    const today = dayOf(now);
    await this.figures.prepare(departmentId, now);
    for (let attempt = 1; ; attempt++) {
      const id = randomUUID();
      const trackingNo = this.trackingNumbers.next(city, today);
      const letter: LetterEntity = {
        id,
        trackingNo,
        queryCodeHash: this.cipher.lookupHash('letter-query-code', `${trackingNo}:${this.queryCode(id)}`),
        city,
        channel,
        type: request.type,
        topic: request.topic,
        departmentId,
        citizenId,
        idempotencyKey,
        requestHash,
        writerNameEnc: this.cipher.encrypt(name),
        contactPhoneEnc: this.cipher.encrypt(request.contactPhone),
        title: request.title,
        content: request.content,
        location: request.location
          ? { latitude: request.location.latitude ?? null, longitude: request.location.longitude ?? null, address: request.location.address }
          : null,
        photoIds,
        publishable: request.publishable,
        anonymousInPublic: request.anonymousInPublic,
        status: 'received',
        submittedAt: now,
        acceptedAt: null,
        answeredAt: null,
        closedAt: null,
        acceptBy: acceptBy(today),
        answerBy: answerBy(today),
        extendedTo: null,
        reexaminationBy: null,
        extensionUsed: false,
        escalated: false,
        mergedInto: null,
        answerOutcome: null,
        answerText: null,
        answerDepartmentId: null,
        answerAt: null,
        reexaminationReason: null,
        reexaminationRequestedAt: null,
        reexaminationOutcome: null,
        reexaminationAnswer: null,
        reexaminationAnsweredAt: null,
        ratingLevel: null,
        ratingComment: null,
        ratedAt: null,
        publishedAt: null,
        publicTitle: null,
        publicContent: null,
        publicAnswer: null,
        publicWriter: null,
        upstreamRef: null,
        upstreamStatus: null,
        version: 1,
      };
      const event = { kind: 'received' as const, at: now, departmentId };
      try {
        await letterTransaction(this.store.dataSource, async (manager) => {
          await manager.insert(LetterEntity, letter);
          await this.store.appendEvent(manager, id, event);
          if (photoIds.length) {
            const { affected } = await manager.update(LetterPhotoEntity, { id: In(photoIds), citizenId, letterId: IsNull() }, { letterId: id });
            if (affected !== photoIds.length) throw AppException.field('photoIds', 'isOwnUnusedPhoto', 'A photo was just sent with another letter. Upload it again for this one.');
          }
          await this.figures.recordReceived(manager, departmentId, now);
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // The tracking number was taken earlier today: draw another at once.
        if (isTrackingNoClash(error)) {
          if (attempt >= 8) throw error;
          continue;
        }
        // A twin with the same key (a double tap) got there first: answer that letter.
        const twin = await this.awaitTwin(citizenId, idempotencyKey);
        if (twin) return this.sameLetter(twin, requestHash);
        if (attempt >= 5) throw error;
        continue;
      }
      this.store.afterCommit(letter, event);
      if (channel === 'premier') this.premier.forwardSoon(id);
      return this.confirmation(letter);
    }
  }

  /** Without signing in: the tracking number and its query code, or the same 404 for anything wrong. */
  async inquire(trackingNo: string, code: string | undefined, requestId?: string): Promise<LetterView> {
    const letter = await this.store.byTrackingNo(trackingNo);
    if (!letter || !code || !this.codeMatches(letter, code.trim().toUpperCase())) throw AppException.notFound('NOT_FOUND', NOT_FOUND);
    return this.view(await this.premier.refresh(letter, requestId), false);
  }

  async listMine(citizenId: string): Promise<MyLettersResponse> {
    const rows = await this.store.dataSource.getRepository(LetterEntity).find({ where: { citizenId }, order: { submittedAt: 'DESC', id: 'DESC' }, take: 200 });
    const today = dayOf(this.clock.now());
    return { letters: rows.map((l) => toSummary(l, today)) };
  }

  async getMine(citizenId: string, trackingNo: string, requestId?: string): Promise<LetterView> {
    const letter = await this.premier.refresh(await this.requireOwn(citizenId, trackingNo), requestId);
    return this.view(letter, true);
  }

  /** Once, of an answer: five levels; closes an answered letter and counts in the department's figures. */
  async rate(citizenId: string, trackingNo: string, request: RateLetterRequest): Promise<LetterView> {
    const letter = await this.requireOwn(citizenId, trackingNo);
    if (letter.ratingLevel !== null) throw new AppException(409, 'ALREADY_RATED', 'You have already rated the answer to this letter. Each letter is rated once.');
    if (!canRate(letter)) throw new AppException(409, 'LETTER_STATE_CONFLICT', 'This letter can be rated once it has been answered.');
    const now = this.clock.now();
    const department = letter.answerDepartmentId ?? letter.departmentId;
    await this.figures.prepare(department, now);
    const comment = request.comment?.trim() || null;
    const next = await this.store.change(
      letter,
      { ratingLevel: request.level, ratingComment: comment, ratedAt: now, ...(letter.status === 'answered' ? { status: 'closed' as const, closedAt: now } : {}) },
      { kind: 'rated', at: now, note: null, departmentId: department },
      (manager) => this.figures.recordRating(manager, department, now, request.level),
    );
    return this.view(next, true);
  }

  /** Once, within 30 working days of the answer, with a reason; the department answers it within 30 more. */
  async requestReexamination(citizenId: string, trackingNo: string, request: ReexaminationRequest): Promise<LetterView> {
    const letter = await this.requireOwn(citizenId, trackingNo);
    const now = this.clock.now();
    const today = dayOf(now);
    if (letter.reexaminationRequestedAt !== null) throw new AppException(409, 'LETTER_STATE_CONFLICT', 'A re-examination of this letter was already asked for. It can be asked once.');
    if (!canRequestReexamination(letter, today)) {
      throw new AppException(
        409,
        'LETTER_STATE_CONFLICT',
        letter.answerAt
          ? 'A re-examination can no longer be asked for: it must be asked within 30 working days of the answer.'
          : 'A re-examination can be asked for once the letter has been answered.',
      );
    }
    const reason = request.reason.trim();
    if ([...reason].length < LETTER_RULES.reasonMin) throw AppException.field('reason', 'minLength', `Please say in at least ${LETTER_RULES.reasonMin} characters why the answer should be examined again.`);
    const next = await this.store.change(
      letter,
      { status: 'reexamining', reexaminationReason: reason, reexaminationRequestedAt: now, reexaminationBy: reexaminationAnswerBy(today), closedAt: null },
      { kind: 'reexamination-requested', at: now, note: reason, departmentId: letter.departmentId },
    );
    return this.view(next, true);
  }

  /** The query code is derived from the letter's id with the keyed hash: the same on a retry, never stored. */
  private queryCode(letterId: string): string {
    const digest = Buffer.from(this.cipher.lookupHash('letter-query-code', `code:${letterId}`), 'hex');
    return [...digest.subarray(0, 6)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
  }

  private codeMatches(letter: LetterEntity, code: string): boolean {
    const given = Buffer.from(this.cipher.lookupHash('letter-query-code', `${letter.trackingNo}:${code}`), 'hex');
    const stored = Buffer.from(letter.queryCodeHash, 'hex');
    return given.length === stored.length && timingSafeEqual(given, stored);
  }

  private sameLetter(letter: LetterEntity, requestHash: string): SubmitLetterResponse {
    if (letter.requestHash !== requestHash) {
      throw new AppException(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different letter. Use a new key for a new letter.', [
        { field: 'Idempotency-Key', rule: 'sameRequest', message: 'This key was used for a different letter.' },
      ]);
    }
    return this.confirmation(letter);
  }

  private async awaitTwin(citizenId: string, key: string): Promise<LetterEntity | null> {
    const deadline = Date.now() + WAIT_FOR_TWIN_MS;
    for (;;) {
      const twin = await this.store.byCitizenKey(citizenId, key);
      if (twin || Date.now() >= deadline) return twin;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  private async requireOwn(citizenId: string, trackingNo: string): Promise<LetterEntity> {
    const letter = await this.store.byTrackingNo(trackingNo);
    if (!letter || letter.citizenId !== citizenId) throw AppException.notFound('NOT_FOUND', NOT_YOURS);
    return letter;
  }

  private async view(letter: LetterEntity, forWriter: boolean): Promise<LetterView> {
    const events = await this.store.events(letter.id);
    return toLetterView(letter, events, this.cipher.decrypt(letter.contactPhoneEnc), dayOf(this.clock.now()), forWriter);
  }

  private confirmation(letter: LetterEntity): SubmitLetterResponse {
    const department = departmentRef(letter.departmentId);
    return {
      trackingNo: letter.trackingNo,
      queryCode: this.queryCode(letter.id),
      status: letter.status,
      submittedAt: letter.submittedAt.toISOString(),
      department,
      deadlines: { acceptBy: letter.acceptBy, answerBy: letter.answerBy, extendedTo: letter.extendedTo, reexaminationBy: letter.reexaminationBy },
      nextSteps: nextSteps(letter, department?.name ?? null),
    };
  }
}

/** What happens next, in plain words with the dates. */
function nextSteps(letter: LetterEntity, department: LocalizedText | null): LocalizedText[] {
  const keep: LocalizedText = {
    zh: `请保存跟踪号 ${letter.trackingNo} 和查询码：凭这两项无需登录即可随时查看办理进度。`,
    en: `Keep the tracking number ${letter.trackingNo} and the query code: with both you can follow the letter at any time without signing in.`,
  };
  if (letter.channel === 'premier') {
    return [
      { zh: '您的留言将转交国务院“我向总理说句话”留言渠道，转交后时间线上会显示“已转交”。', en: 'Your message goes to the State Council’s national message channel; the timeline shows when it has been forwarded.' },
      { zh: '全国渠道转办、答复后，这里会显示其状态和答复。', en: 'When the national channel passes it on or answers it, its status and answer appear here.' },
      keep,
    ];
  }
  const zh = department?.zh ?? '承办部门';
  const en = department?.en ?? 'The department';
  return [
    { zh: `${zh}将在 ${letter.acceptBy} 前告诉您是否受理。`, en: `${en} will tell you by ${letter.acceptBy} whether it accepts your letter.` },
    {
      zh: `受理后 60 个工作日内给您书面答复（今天受理则不晚于 ${letter.answerBy}）；情况复杂的可延长一次，最多 30 个工作日，并会告诉您原因。`,
      en: `Once accepted, it answers you in writing within 60 working days (by ${letter.answerBy} if accepted today); a complex case may be extended once, by at most 30 working days, and you will be told why.`,
    },
    { zh: '收到答复后，您可以评价；如不满意，可在 30 个工作日内申请一次复查。', en: 'When you have the answer you can rate it; if you are not satisfied, you can ask once for a re-examination within 30 working days.' },
    keep,
  ];
}

/** The request with its keys in a fixed order, for comparing a retry with the first try. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
