// The tables loaded on first use, once, with the classifier kept working (curated ESP ranges only)
// if they cannot be loaded. The caller supplies the file reader (fetch in the worker, the disk in
// Node), so this file stays pure. Only the index is read here; shards load per lookup or prepare().
import { type Classifier, type ClassifierOptions, createClassifier } from './classify';
import { type IpFileSource, loadIpTables } from './tables';

export interface LazyClassifier {
  /** The classifier; loads the index on first call. Never rejects. */
  get(): Promise<Classifier>;
  /** Why the tables are missing (null when loaded or not tried yet). */
  error(): string | null;
  /** Rebuild with new options (e.g. refreshed hosting feeds) without reloading the tables. */
  setOptions(options: ClassifierOptions): void;
}

export function createLazyClassifier(source: IpFileSource, initial: ClassifierOptions = {}): LazyClassifier {
  let options = initial;
  let tablesPromise: ReturnType<typeof loadIpTables> | null = null;
  let current: Classifier | null = null;
  let lastError: string | null = null;

  return {
    async get() {
      if (current) return current;
      tablesPromise ??= loadIpTables(source);
      const r = await tablesPromise;
      if (!r.ok) {
        lastError = r.error;
        tablesPromise = null; // try again next time (e.g. the worker was starting up)
        return createClassifier(null, options);
      }
      lastError = null;
      current = createClassifier(r.tables, options);
      return current;
    },
    error: () => lastError,
    setOptions(next) {
      options = next;
      if (current) current = createClassifier(current.tables, options);
    },
  };
}
