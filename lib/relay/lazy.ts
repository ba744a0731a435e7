// The worker's way in: load the 2.5 MB tables only when the first message is analysed, once, and
// keep working (curated ESP ranges only) if they cannot be loaded. The caller supplies the bytes
// (fetch(runtime.getURL(...)) in the worker), so this file stays pure.
import { type Classifier, type ClassifierOptions, createClassifier } from './classify';
import { loadIpTables } from './tables';

export interface LazyClassifier {
  /** The classifier; loads the tables on first call. Never rejects. */
  get(): Promise<Classifier>;
  /** Why the tables are missing (null when loaded or not tried yet). */
  error(): string | null;
  /** Rebuild with new options (e.g. refreshed hosting feeds) without reloading the tables. */
  setOptions(options: ClassifierOptions): void;
}

export function createLazyClassifier(
  loadBytes: () => Promise<Uint8Array | ArrayBuffer>,
  initial: ClassifierOptions = {},
): LazyClassifier {
  let options = initial;
  let tablesPromise: ReturnType<typeof loadIpTables> | null = null;
  let current: Classifier | null = null;
  let lastError: string | null = null;

  const loadTables = (): ReturnType<typeof loadIpTables> => {
    tablesPromise ??= loadBytes().then(
      (bytes) => loadIpTables(bytes),
      (err: unknown) => ({ ok: false as const, error: `IP data could not be fetched: ${String(err)}` }),
    );
    return tablesPromise;
  };

  return {
    async get() {
      if (current) return current;
      const r = await loadTables();
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
