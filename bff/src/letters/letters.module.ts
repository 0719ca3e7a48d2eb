import multipart from '@fastify/multipart';
import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { LETTER_RULES } from '@portal/shared';
import type { FastifyInstance } from 'fastify';
import { AuthModule } from '../auth/auth.module';
import { DepartmentsModule } from '../departments/departments.module';
import { IdentityModule } from '../identity/identity.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PremierModule } from '../premier/premier.module';
import { LetterPhotosService } from './letter-photos.service';
import { LetterStore } from './letter-store';
import { LetterWorkflowService } from './letter-workflow.service';
import { CityLettersController, LetterInquiryController, MyLettersController } from './letters.controller';
import { LettersClock } from './letters.clock';
import { LettersService } from './letters.service';
import { PremierForwardingService } from './premier-forwarding.service';
import { PublicLettersService } from './public-letters.service';

/**
 * Letters to the government: the citizen's side (controllers here) and the domain services the staff
 * workbench builds on (LetterWorkflowService, LetterPhotosService, LetterStore, LettersClock exported).
 */
@Module({
  imports: [AuthModule, IdentityModule, DepartmentsModule, PremierModule, NotificationsModule],
  controllers: [CityLettersController, LetterInquiryController, MyLettersController],
  providers: [LettersClock, LetterStore, LettersService, LetterWorkflowService, PublicLettersService, LetterPhotosService, PremierForwardingService],
  exports: [LettersClock, LetterStore, LettersService, LetterWorkflowService, LetterPhotosService, PremierForwardingService],
})
export class LettersModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** Multipart bodies (photo uploads) are read only by the routes that ask for them, up to the photo limit. */
  async onModuleInit(): Promise<void> {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify || fastify.hasContentTypeParser('multipart/form-data')) return;
    await fastify.register(multipart, { limits: { fileSize: LETTER_RULES.maxPhotoBytes, files: 1, fields: 0, parts: 2 } });
  }
}
