import { Injectable } from '@nestjs/common';

/**
 * The time the letters workflow runs on: the machine's, in whole seconds (what the database keeps,
 * so what is answered now and read back later agree). Tests move it with `set` to a fixed time
 * (the harness's FIXED_TIME, the mock's business clock) and walk it past deadlines.
 */
@Injectable()
export class LettersClock {
  private fixed: Date | null = null;

  now(): Date {
    const ms = this.fixed ? this.fixed.getTime() : Date.now();
    return new Date(Math.floor(ms / 1000) * 1000);
  }

  /** Tests only: answer this instant from now on (null: the machine's time again). */
  set(at: Date | null): void {
    this.fixed = at;
  }
}
