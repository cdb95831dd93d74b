import type { Store } from './store';

/**
 * The open stores of past and present periods, most recently used last. Ten years hold 2,400
 * unit files: keeping every one read since start would grow without end, so beyond `capacity`
 * the least recently used idle store is dropped (its file is read again when needed).
 */
export class StoreCache<T> {
  private readonly stores = new Map<string, Store<T>>();
  /** Versions of dropped stores, so the change count never goes back. */
  private retired = 0;

  constructor(private readonly capacity: number) {}

  get(key: string): Store<T> | undefined {
    const store = this.stores.get(key);
    if (store) {
      this.stores.delete(key);
      this.stores.set(key, store);
    }
    return store;
  }

  set(key: string, store: Store<T>): void {
    this.stores.delete(key);
    this.stores.set(key, store);
    for (const [k, s] of this.stores) {
      if (this.stores.size <= this.capacity) break;
      if (s.busy) continue;
      this.retired += s.version;
      this.stores.delete(k);
    }
  }

  values(): IterableIterator<Store<T>> {
    return this.stores.values();
  }

  changeCount(): number {
    let n = this.retired;
    for (const s of this.stores.values()) n += s.version;
    return n;
  }
}
