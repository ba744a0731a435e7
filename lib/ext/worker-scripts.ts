// The worker is three classic scripts: background.js (the listeners, lib/ext/worker-wiring.ts),
// /worker-core.js (the handlers that read settings and analyse, lib/ext/worker.ts) and /engine.js
// (mailauth and the relay classifier, lib/ext/worker-engine.ts). A wake evaluates only
// background.js; the other two are brought in when a message first needs them.
//
// MV3 service workers refuse import(), and importScripts() of a script the worker did not import
// while it was being installed. So background.js imports both in its install event, which puts them
// in the worker's script cache; on every later wake importScripts() reads them from there,
// synchronously. Firefox runs the background as an event page, where each is added as a <script>.

export const CORE_SCRIPT = '/worker-core.js';
export const ENGINE_SCRIPT = '/engine.js';

export type ScriptScope = typeof globalThis & {
  importScripts?: (...urls: string[]) => void;
};

/**
 * Brings in the classic script `url` unless `globalName` is already set, and returns what it left
 * there; rejects with a clear message if it is missing.
 */
export async function loadClassicScript<T>(
  url: string,
  globalName: string,
  what: string,
  scope: ScriptScope = globalThis as ScriptScope,
): Promise<T> {
  const slot = scope as unknown as Record<string, T | undefined>;
  if (!slot[globalName]) {
    if (typeof scope.importScripts === 'function') scope.importScripts(url);
    else if (typeof document !== 'undefined') {
      await new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.src = url;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error(`${url} could not be loaded`));
        document.head.append(script);
      });
    }
  }
  const loaded = slot[globalName];
  if (!loaded) throw new Error(`HeaderLens: ${what} did not load`);
  return loaded;
}

/** `load` run once for all callers at the same time; a failed load is tried again next time. */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= load().catch((err: unknown) => {
      loading = null;
      throw err;
    });
    return loading;
  };
}

/** Imports the later scripts in the install event, so later wakes may import them (see above). */
export function importAtInstall(urls: string[], scope: ScriptScope = globalThis as ScriptScope): void {
  if (typeof scope.importScripts !== 'function') return;
  scope.addEventListener('install', () => scope.importScripts?.(...urls));
}
