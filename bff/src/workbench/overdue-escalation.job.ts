import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { LetterWorkflowService } from '../letters/letter-workflow.service';

/**
 * Escalates overdue letters to their department's supervisor on a timer
 * (STAFF_ESCALATION_INTERVAL_SECONDS, 5 minutes by default, off in tests unless set). A timer rather
 * than a check on every inbox read: deadlines pass whether or not anyone opens the workbench, the
 * read path stays a plain query, and the escalation is idempotent (each case once, optimistic
 * versions), so several BFF instances may run it side by side. The timer is unref'd: it never keeps
 * the process alive.
 */
@Injectable()
export class OverdueEscalationJob implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OverdueEscalation');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<string[]> | null = null;

  constructor(
    private readonly workflow: LetterWorkflowService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.staff.escalationIntervalSeconds;
    if (seconds <= 0) return;
    this.timer = setInterval(() => {
      this.runOnce().catch((error: unknown) => this.logger.error({ err: error }, 'escalating overdue letters failed'));
    }, seconds * 1000);
    this.timer.unref();
  }

  /** One pass (a pass already under way is joined, not doubled): the ids of the letters it escalated. */
  runOnce(): Promise<string[]> {
    if (!this.running) {
      this.running = this.workflow.escalateOverdue().finally(() => {
        this.running = null;
      });
      void this.running.then((ids) => {
        if (ids.length) this.logger.log({ count: ids.length }, 'escalated overdue letters to supervisors');
      }, () => undefined);
    }
    return this.running;
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }
}
