/**
 * One queue per data folder: changes run one at a time (exclusive), reads run side by side
 * (shared) but never while a change is being made, so a read never sees half of one. First come,
 * first served: a change waits for the reads already running, and reads that come after a waiting
 * change wait for it, so a stream of reads cannot starve a save.
 */
export class RwLock {
  private readers = 0;
  private writing = false;
  private readonly waiting: { exclusive: boolean; start: () => void }[] = [];

  shared<R>(work: () => Promise<R>): Promise<R> {
    return this.run(false, work);
  }

  exclusive<R>(work: () => Promise<R>): Promise<R> {
    return this.run(true, work);
  }

  /** Whether a change is running or waiting (the folder's flush waits for none to be). */
  get idle(): boolean {
    return !this.writing && this.readers === 0 && this.waiting.length === 0;
  }

  private run<R>(exclusive: boolean, work: () => Promise<R>): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const start = () => {
        if (exclusive) this.writing = true;
        else this.readers++;
        work()
          .then(resolve, reject)
          .finally(() => {
            if (exclusive) this.writing = false;
            else this.readers--;
            this.pump();
          });
      };
      this.waiting.push({ exclusive, start });
      this.pump();
    });
  }

  private pump(): void {
    while (this.waiting.length && !this.writing) {
      const next = this.waiting[0];
      if (next.exclusive && this.readers > 0) return;
      this.waiting.shift();
      next.start();
      if (next.exclusive) return;
    }
  }
}
