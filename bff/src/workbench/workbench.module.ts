import { Module } from '@nestjs/common';
import { LettersModule } from '../letters/letters.module';
import { StaffModule } from '../staff/staff.module';
import { OverdueEscalationJob } from './overdue-escalation.job';
import { WorkbenchController } from './workbench.controller';
import { WorkbenchService } from './workbench.service';

/** The staff workbench: the department's inbox and actions on letters, audited; the overdue escalation timer. */
@Module({
  imports: [StaffModule, LettersModule],
  controllers: [WorkbenchController],
  providers: [WorkbenchService, OverdueEscalationJob],
  exports: [OverdueEscalationJob],
})
export class WorkbenchModule {}
