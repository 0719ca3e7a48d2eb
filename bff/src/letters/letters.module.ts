import { Module } from '@nestjs/common';
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
import { TrackingNumbers } from './tracking-numbers';

/**
 * Letters to the government: the citizen's side (controllers here) and the domain services the staff
 * workbench builds on (LetterWorkflowService, LetterPhotosService, LetterStore, LettersClock exported).
 */
@Module({
  imports: [AuthModule, IdentityModule, DepartmentsModule, PremierModule, NotificationsModule],
  controllers: [CityLettersController, LetterInquiryController, MyLettersController],
  providers: [TrackingNumbers, LettersClock, LetterStore, LettersService, LetterWorkflowService, PublicLettersService, LetterPhotosService, PremierForwardingService],
  exports: [LettersClock, LetterStore, LettersService, LetterWorkflowService, LetterPhotosService, PremierForwardingService],
})
export class LettersModule {}
