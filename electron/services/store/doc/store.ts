import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { DurableJsonFile } from '../file/durable-file';
import type { FileLedger } from '../file/file-ledger';

/**
 * One lowdb file of the data folder (never two `Low` per file): its live data and how it is read.
 * The live data is replaced only by a commit of the folder's transaction (adopt), never edited in
 * place: a reader holding it keeps a consistent value.
 */
export class Store<T> {
  private constructor(
    private readonly db: Low<T>,
    private readonly adapter: DurableJsonFile<T>,
    readonly schema: z.ZodType<T>,
    /** False until a commit first writes the file (a unit with no inputs yet). */
    public written: boolean,
  ) {}

  /** Opens an existing file (recovering from `.bak` if needed); null when it was never written. */
  static async open<T>(file: string, schema: z.ZodType<T>, ledger?: FileLedger): Promise<Store<T> | null> {
    const adapter = new DurableJsonFile(file, schema, undefined, ledger);
    const data = await adapter.read();
    if (data === null) return null;
    return new Store(new Low<T>(adapter, data), adapter, schema, true);
  }

  /** A file not written yet: held in memory until a commit writes it (reading never writes). */
  static unwritten<T>(file: string, schema: z.ZodType<T>, data: T, ledger?: FileLedger): Store<T> {
    const adapter = new DurableJsonFile(file, schema, undefined, ledger);
    return new Store(new Low<T>(adapter, schema.parse(data)), adapter, schema, false);
  }

  /**
   * Writes `data` at once, durably, outside any journal — only for filling a folder nobody uses yet
   * (demo data, before meta.json marks it set up) and for migrations.
   */
  static async seed<T>(file: string, schema: z.ZodType<T>, data: T, ledger?: FileLedger): Promise<Store<T>> {
    const store = Store.unwritten(file, schema, data, ledger);
    await store.adapter.write(store.data);
    store.written = true;
    return store;
  }

  /** A notice when the file had to be recovered from its .bak copy. */
  get recovery(): string | null {
    return this.adapter.recovery;
  }

  get file(): string {
    return this.adapter.file;
  }

  /** The live data. Never mutate it: changes go through a transaction. */
  get data(): T {
    return this.db.data;
  }

  /** A commit made `data` the file's content. */
  adopt(data: T): void {
    this.db.data = data;
    this.written = true;
  }

  /** Writes the live data at once, durably (seeding; see seed()). */
  async writeNow(): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    await this.adapter.write(this.db.data);
    this.written = true;
  }
}
