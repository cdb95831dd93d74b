/**
 * Long operations (reading a large workbook, a batch of forms …) register here so the screen can
 * show progress and the clerk can cancel. The renderer polls jobs:progress with an id it chose.
 * One list per open data folder (the desk context).
 */
export interface JobProgress {
  phase: string;
  percent: number;
  done: boolean;
}

interface Job extends JobProgress {
  cancel: (() => void) | null;
  cancelled: boolean;
}

const KEEP = 50;

export class Cancelled extends Error {}

export interface JobHandle {
  /** Moves to the next phase; throws Cancelled when the clerk has cancelled. */
  step(phase: string, percent: number): void;
  /** What to do to stop the current phase (terminate a worker …). */
  onCancel(fn: (() => void) | null): void;
  finish(): void;
  readonly cancelled: boolean;
}

export class Jobs {
  private readonly jobs = new Map<string, Job>();

  /** A job nobody watches (no id): progress is kept nowhere. */
  static untracked(): JobHandle {
    return new Jobs().start(undefined);
  }

  start(id: string | undefined): JobHandle {
    // A cancel that arrived before the job started still counts.
    const early = id ? this.jobs.get(id)?.cancelled === true : false;
    const job: Job = { phase: '准备', percent: 0, done: false, cancel: null, cancelled: early };
    if (id) {
      this.jobs.set(id, job);
      while (this.jobs.size > KEEP) this.jobs.delete(this.jobs.keys().next().value!);
    }
    return {
      step(phase, percent) {
        if (job.cancelled) throw new Cancelled();
        Object.assign(job, { phase, percent });
      },
      onCancel(fn) {
        job.cancel = fn;
      },
      finish() {
        Object.assign(job, { phase: '完成', percent: 100, done: true, cancel: null });
      },
      get cancelled() {
        return job.cancelled;
      },
    };
  }

  progress(id: string): JobProgress {
    const job = this.jobs.get(id);
    return job ? { phase: job.phase, percent: job.percent, done: job.done } : { phase: '未开始', percent: 0, done: false };
  }

  cancel(id: string): { cancelled: boolean } {
    const job = this.jobs.get(id);
    if (!job) {
      this.jobs.set(id, { phase: '已取消', percent: 0, done: false, cancel: null, cancelled: true });
      return { cancelled: true };
    }
    if (job.done) return { cancelled: false };
    job.cancelled = true;
    job.cancel?.();
    return { cancelled: true };
  }
}
