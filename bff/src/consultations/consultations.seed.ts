import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { addWorkingDays, chinaDate } from '@portal/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { inTransaction } from '../database/transactions';
import { isUniqueViolation } from '../database/unique-violation';
import { PersonalDataCipher } from '../personal-data/personal-data.cipher';
import { ConsultationAnswerEntity } from './consultation-answer.entity';
import { ConsultationResponseEntity } from './consultation-response.entity';
import { ConsultationEntity } from './consultation.entity';
import { DEMO_CONSULTATIONS, DEMO_TEXTS, type DemoConsultation, type DemoWindow } from './demo-consultations';

const DAY_MS = 24 * 60 * 60 * 1000;
const day = (from: Date, days: number) => chinaDate(new Date(from.getTime() + days * DAY_MS));
const at = (date: string, time: string) => new Date(`${date}T${time}+08:00`);

/** Opening and closing times relative to the day of seeding, so a fresh database always has all three. */
function windowOf(window: DemoWindow, now: Date): { opensAt: Date; closesAt: Date; adoptionAt: Date | null } {
  switch (window) {
    case 'open':
      return { opensAt: at(day(now, -10), '09:00:00'), closesAt: at(day(now, 20), '17:00:00'), adoptionAt: null };
    case 'closed': {
      const closed = day(now, -30);
      return { opensAt: at(day(now, -60), '09:00:00'), closesAt: at(closed, '17:00:00'), adoptionAt: at(addWorkingDays(closed, 10), '10:00:00') };
    }
    case 'upcoming':
      return { opensAt: at(day(now, 7), '09:00:00'), closesAt: at(day(now, 37), '17:00:00'), adoptionAt: null };
  }
}

/**
 * Demo consultations for every city, outside production only: idempotent (an existing id is left
 * alone; two processes seeding at once leave one copy), refused in production.
 */
@Injectable()
export class ConsultationsSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(ConsultationsSeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.env === 'production') return;
    const seeded = await this.seed();
    if (seeded > 0) this.logger.log({ seeded }, 'Demo consultations seeded');
  }

  /** Answers how many were added. */
  async seed(now = new Date()): Promise<number> {
    if (this.config.env === 'production') throw new Error('Demo consultations are never seeded in production.');
    let added = 0;
    for (const demo of DEMO_CONSULTATIONS) {
      if (await this.dataSource.getRepository(ConsultationEntity).existsBy({ id: demo.id })) continue;
      try {
        await inTransaction(this.dataSource, (manager) => this.insert(manager, demo, now));
        added += 1;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
    return added;
  }

  private async insert(manager: EntityManager, demo: DemoConsultation, now: Date): Promise<void> {
    const { opensAt, closesAt, adoptionAt } = windowOf(demo.window, now);
    await manager.insert(ConsultationEntity, {
      id: demo.id,
      city: demo.city,
      departmentId: demo.departmentId,
      title: demo.title,
      summary: demo.summary,
      questions: JSON.stringify(demo.questions),
      opensAt,
      closesAt,
      adoptionText: demo.adoption ?? null,
      adoptionPublishedAt: demo.adoption ? adoptionAt : null,
      adoptionStaffId: null,
      createdAt: opensAt,
    });
    const responses: ConsultationResponseEntity[] = [];
    const answers: ConsultationAnswerEntity[] = [];
    for (let n = 0; n < (demo.responses ?? 0); n++) {
      const responseId = randomUUID();
      // Anonymous (no citizen) and spread over the window, with a fixed pattern of answers.
      const createdAt = new Date(opensAt.getTime() + Math.floor(((closesAt.getTime() - opensAt.getTime()) * (n + 1)) / ((demo.responses ?? 0) + 2) / 1000) * 1000);
      responses.push(Object.assign(new ConsultationResponseEntity(), { id: responseId, consultationId: demo.id, userId: null, idempotencyKey: null, requestHash: 'demo', createdAt }));
      for (const question of demo.questions) {
        const base = { responseId, consultationId: demo.id, questionId: question.id };
        if (question.kind === 'text') {
          if (n % 4 === 0) answers.push(Object.assign(new ConsultationAnswerEntity(), { ...base, id: randomUUID(), optionId: null, textEnc: this.cipher.encrypt(DEMO_TEXTS[n % DEMO_TEXTS.length]!) }));
          continue;
        }
        const options = question.options.length;
        const first = [0, 0, 0, 1, 1, 2, 0, 3][n % 8]! % options;
        const chosen = question.kind === 'single' ? [first] : [first, (first + 1 + (n % 3)) % options].slice(0, question.maxChoices ?? 2);
        for (const index of new Set(chosen)) {
          answers.push(Object.assign(new ConsultationAnswerEntity(), { ...base, id: randomUUID(), optionId: question.options[index]!.id, textEnc: null }));
        }
      }
    }
    for (let i = 0; i < responses.length; i += 200) await manager.insert(ConsultationResponseEntity, responses.slice(i, i + 200));
    for (let i = 0; i < answers.length; i += 200) await manager.insert(ConsultationAnswerEntity, answers.slice(i, i + 200));
  }
}
