/**
 * Holds back the data folder's writes while something must see it unchanged (the start-up
 * snapshot runs after the roster is shown; a clerk's first save waits for it instead).
 */
export class WriteGate {
  private held: Promise<unknown> = Promise.resolve();

  /** Writes wait until `work` has settled (its failure is the caller's to report). */
  hold(work: Promise<unknown>): void {
    const before = this.held;
    this.held = Promise.all([before, work.catch(() => undefined)]);
  }

  wait(): Promise<unknown> {
    return this.held;
  }
}
