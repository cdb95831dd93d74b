import { Low } from 'lowdb';
import type { z } from 'zod';
import { DurableJsonFile } from './durable-file';
import type { FileLedger } from './file-ledger';
import type { WriteGate } from './write-gate';

/** What a data folder gives each of its files: the ledger of content hashes, the gate writes wait at. */
export interface StoreHooks {
  ledger?: FileLedger;
  gate?: WriteGate | null;
}

/**
 * One lowdb file owned by the services (never two `Low` per file). Changes are made on a copy,
 * validated, written, and only then become the live data, so a refused or failed write leaves
 * memory and disk as they were. Writes are queued so two requests never interleave.
 */
export class Store<T> {
  private queue: Promise<unknown> = Promise.resolve();
  private pending = 0;
  /** Bumped by every successful write: a preview made at version N is stale at N + 1. */
  version = 0;

  private constructor(
    private readonly db: Low<T>,
    private readonly adapter: DurableJsonFile<T>,
    private readonly schema: z.ZodType<T>,
    private readonly gate: WriteGate | null,
  ) {}

  /** Opens an existing file (recovering from `.bak` if needed); null when it was never written. */
  static async open<T>(file: string, schema: z.ZodType<T>, { ledger, gate = null }: StoreHooks = {}): Promise<Store<T> | null> {
    const adapter = new DurableJsonFile(file, schema, undefined, ledger);
    const data = await adapter.read();
    if (data === null) return null;
    return new Store(new Low<T>(adapter, data), adapter, schema, gate);
  }

  static async create<T>(file: string, schema: z.ZodType<T>, data: T, { ledger, gate = null }: StoreHooks = {}): Promise<Store<T>> {
    const adapter = new DurableJsonFile(file, schema, undefined, ledger);
    const valid = schema.parse(data);
    await gate?.wait();
    await adapter.write(valid);
    return new Store(new Low<T>(adapter, valid), adapter, schema, gate);
  }

  /** A file not written yet: held in memory until its first update writes it (reading never writes). */
  static unwritten<T>(file: string, schema: z.ZodType<T>, data: T, { ledger, gate = null }: StoreHooks = {}): Store<T> {
    const adapter = new DurableJsonFile(file, schema, undefined, ledger);
    return new Store(new Low<T>(adapter, schema.parse(data)), adapter, schema, gate);
  }

  /** A notice when the file had to be recovered from its .bak copy. */
  get recovery(): string | null {
    return this.adapter.recovery;
  }

  get file(): string {
    return this.adapter.file;
  }

  /** The live data. Callers must not mutate it; use update(). */
  get data(): T {
    return this.db.data;
  }

  /** Whether a write is queued or running. */
  get busy(): boolean {
    return this.pending > 0;
  }

  update<R>(change: (draft: T) => R): Promise<R> {
    return this.write(change, true);
  }

  /**
   * Like update(), for a change that only replaces, adds or removes items of the file's top-level
   * lists (one 工作纪实, one 评鉴), never editing an item in place, and validates those items
   * itself: the draft is a copy of the lists, not of every item, and the rest of the file is not
   * validated again — on a unit's 0.2 MB slice of a period that is most of what a save costs
   * beyond the disk.
   */
  updateValidated<R>(change: (draft: T) => R): Promise<R> {
    return this.write(change, false);
  }

  private write<R>(change: (draft: T) => R, validateAll: boolean): Promise<R> {
    this.pending++;
    const run = this.queue.then(async () => {
      await this.gate?.wait();
      const previous = this.db.data;
      const draft = validateAll ? structuredClone(previous) : copyLists(previous);
      const result = change(draft);
      this.db.data = validateAll ? this.schema.parse(draft) : draft;
      try {
        await this.db.write();
      } catch (e) {
        this.db.data = previous;
        throw e;
      }
      this.version++;
      return result;
    });
    this.queue = run.catch(() => undefined).finally(() => this.pending--);
    return run;
  }

  /** Waits for queued writes (before closing or snapshotting). */
  async flush(): Promise<void> {
    await this.queue;
  }
}

/** A copy of an object whose top-level lists are copied too (their items are shared). */
function copyLists<T>(data: T): T {
  const out = { ...data } as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) if (Array.isArray(v)) out[k] = [...v];
  return out as T;
}
