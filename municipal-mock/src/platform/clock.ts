/**
 * The business clock drives timetables, arrivals, congestion and forecast dates.
 * It follows real time unless fixed (MOCK_FIXED_TIME or POST /__control/clock); a fixed
 * clock is frozen, it does not advance. Signature freshness never uses this clock.
 */
export class BusinessClock {
  private fixed: number | null;

  constructor(
    private readonly bootFixedTime: number | null = null,
    private readonly realNow: () => number = Date.now,
  ) {
    this.fixed = bootFixedTime;
  }

  now(): number {
    return this.fixed ?? this.realNow();
  }

  get fixedTime(): number | null {
    return this.fixed;
  }

  setFixed(epochMs: number | null): void {
    this.fixed = epochMs;
  }

  /** Back to the boot setting (MOCK_FIXED_TIME or real time). */
  reset(): void {
    this.fixed = this.bootFixedTime;
  }
}
