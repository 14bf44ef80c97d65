/**
 * How many times something may be done within a sliding window. Putting the panel back is
 * rationed so a page that takes it away on every change cannot make TaskLens loop with it.
 */
export class RestoreBudget {
  private times: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Spends one use if one is left in the window. */
  take(): boolean {
    const now = this.now();
    this.times = this.times.filter((t) => now - t < this.windowMs);
    if (this.times.length >= this.limit) return false;
    this.times.push(now);
    return true;
  }

  /** Milliseconds until the oldest use leaves the window. */
  waitMs(): number {
    const oldest = this.times[0];
    return oldest === undefined ? 0 : Math.max(0, oldest + this.windowMs - this.now());
  }
}
