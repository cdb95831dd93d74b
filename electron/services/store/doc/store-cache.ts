import type { Store } from './store';

/**
 * The open stores of past and present periods, most recently used last. Ten years hold 2,400
 * unit files: keeping every one read since start would grow without end, so beyond `capacity`
 * the least recently used store is dropped (its file is read again when needed). Dropping is
 * safe at any time: a commit writes a file before it is acknowledged.
 */
export class StoreCache<T> {
  private readonly stores = new Map<string, Store<T>>();

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
    for (const k of this.stores.keys()) {
      if (this.stores.size <= this.capacity) break;
      this.stores.delete(k);
    }
  }
}
