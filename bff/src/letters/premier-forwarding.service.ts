import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { PersonalDataCipher } from '../personal-data/personal-data.cipher';
import { NationalGovMessageClient, PremierRejected } from '../premier/national-gov-message.client';
import { UpstreamFailure } from '../upstream/upstream-failure';
import { answerBy as answerDeadline, dayOf } from './deadlines';
import { LetterStore } from './letter-store';
import { LetterEntity } from './letter.entity';
import { LettersClock } from './letters.clock';

/** Retries of one letter after a failed forward: 1 s, 2 s, 4 s … at most a minute apart. */
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 60_000;
/** Every letter still waiting (after a restart too) is tried again this often. */
const SWEEP_MS = 60_000;

/**
 * "I Say a Word to the Premier": the letter is stored first (never lost), forwarded to the national
 * channel after the commit, and sent again until the channel took it (idempotent there by our
 * tracking number). It stays `received` with a `forwarded` event; when the writer looks it up, its
 * status follows the channel's.
 */
@Injectable()
export class PremierForwardingService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('PremierForwarding');
  private readonly retries = new Map<string, NodeJS.Timeout>();
  private sweeper: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly store: LetterStore,
    private readonly cipher: PersonalDataCipher,
    private readonly channel: NationalGovMessageClient,
    private readonly clock: LettersClock,
  ) {}

  onModuleInit(): void {
    this.sweeper = setInterval(() => void this.retryPending(), SWEEP_MS);
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    if (this.sweeper) clearInterval(this.sweeper);
    for (const timer of this.retries.values()) clearTimeout(timer);
    this.retries.clear();
  }

  /** After the letter's commit: forward now, and keep trying in the background until it went through. */
  forwardSoon(letterId: string, delayMs = 0, attempt = 0): void {
    if (this.stopped || (this.retries.has(letterId) && delayMs > 0)) return;
    const timer = setTimeout(() => {
      this.retries.delete(letterId);
      void this.forward(letterId).then((done) => {
        if (!done) this.forwardSoon(letterId, Math.min(FIRST_RETRY_MS * 2 ** attempt, MAX_RETRY_MS), attempt + 1);
      });
    }, delayMs);
    timer.unref();
    this.retries.set(letterId, timer);
  }

  /** Every premier letter not yet forwarded (e.g. after a restart), tried once now. Answers how many went through. */
  async retryPending(): Promise<number> {
    const waiting = await this.store.dataSource.getRepository(LetterEntity).find({ select: { id: true }, where: { channel: 'premier', upstreamRef: IsNull() }, take: 100 });
    let done = 0;
    for (const { id } of waiting) if (await this.forward(id)) done += 1;
    return done;
  }

  /** True once the channel has the letter. Failures are logged and left for a retry, never thrown. */
  async forward(letterId: string): Promise<boolean> {
    if (this.stopped) return false;
    try {
      const letter = await this.store.byId(letterId);
      if (!letter || letter.channel !== 'premier') return true;
      if (letter.upstreamRef) return true;
      const state = await this.channel.submit({
        trackingNo: letter.trackingNo,
        name: this.cipher.decrypt(letter.writerNameEnc),
        phone: this.cipher.decrypt(letter.contactPhoneEnc),
        title: letter.title,
        content: letter.content,
        type: letter.type,
        publishable: letter.publishable,
      });
      await this.store.change(letter, { upstreamRef: state.ref, upstreamStatus: state.code }, { kind: 'forwarded', at: this.clock.now(), note: null });
      return true;
    } catch (error) {
      if (error instanceof PremierRejected) {
        this.logger.error({ letterId, err: error.message }, 'The national channel refused a letter; it will not be sent again');
        return true;
      }
      if (!(error instanceof UpstreamFailure)) this.logger.warn({ letterId, err: (error as Error).message }, 'Forwarding a letter failed; will retry');
      return false;
    }
  }

  /**
   * The channel's status, when the writer looks the letter up: transferred → accepted (being handled),
   * answered → answered with its reply. A channel that does not answer leaves what we know.
   */
  async refresh(letter: LetterEntity, requestId?: string): Promise<LetterEntity> {
    if (letter.channel !== 'premier' || !letter.upstreamRef || !['received', 'accepted'].includes(letter.status)) return letter;
    try {
      const state = await this.channel.status(letter.upstreamRef, requestId);
      const now = this.clock.now();
      if (state.status === 'transferred' && letter.status === 'received') {
        return await this.store.change(
          letter,
          { status: 'accepted', acceptedAt: now, answerBy: answerDeadline(dayOf(now)), upstreamStatus: state.code },
          { kind: 'accepted', at: now, note: state.transferredTo },
        );
      }
      if (state.status === 'answered' && state.answer) {
        const at = new Date(Math.floor(state.answer.at.getTime() / 1000) * 1000);
        return await this.store.change(
          letter,
          { status: 'answered', acceptedAt: letter.acceptedAt ?? at, answeredAt: at, answerAt: at, answerOutcome: 'explained', answerText: state.answer.text, upstreamStatus: state.code },
          { kind: 'answered', at, note: state.answer.unit || null },
        );
      }
      return letter;
    } catch (error) {
      if (error instanceof UpstreamFailure) return letter;
      if ((error as { code?: string }).code === 'LETTER_CHANGED') return (await this.store.byId(letter.id)) ?? letter;
      throw error;
    }
  }
}
