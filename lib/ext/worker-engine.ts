// The analysis engine (mailauth, the relay classifier, the IP tables) as the worker gets it: loaded
// when the first message needs it, not when the worker wakes. A wake for a badge, a tab event or a
// popup's state read then evaluates only the wiring in background.js; evaluating the engine's
// modules took most of a cold wake (mailauth and its Node shims alone: several times an empty
// worker's whole wake).
//
// MV3 service workers refuse import(), and importScripts() of a script the worker did not import
// while it was being installed. So the engine is a separate classic script (entrypoints/engine.ts →
// /engine.js) that the worker imports once in its install event, which puts it in the worker's
// script cache; on every later wake importScripts() reads it from there, synchronously. Firefox
// runs the background as an event page, where the same file is added as a <script>.
import type { AnalyzeDeps } from './worker-analyze';
import { ENGINE_GLOBAL, type EngineModule } from './worker-globals';

export type { EngineModule };

import { prefetchIpTables } from './worker-ip-bytes';

export const ENGINE_SCRIPT = '/engine.js';

type EngineGlobal = typeof globalThis & {
  [ENGINE_GLOBAL]?: EngineModule;
  importScripts?: (...urls: string[]) => void;
};

/** Brings in /engine.js once per worker life; rejects with a clear message if it is missing. */
export async function loadEngineScript(
  scope: EngineGlobal = globalThis as EngineGlobal,
): Promise<EngineModule> {
  if (!scope[ENGINE_GLOBAL]) {
    if (typeof scope.importScripts === 'function') scope.importScripts(ENGINE_SCRIPT);
    else if (typeof document !== 'undefined') {
      await new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.src = ENGINE_SCRIPT;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error(`${ENGINE_SCRIPT} could not be loaded`));
        document.head.append(script);
      });
    }
  }
  const engine = scope[ENGINE_GLOBAL];
  if (!engine) throw new Error('HeaderLens: the analysis engine did not load');
  return engine;
}

/**
 * Engine deps that load the engine on first use (once; a failed load is tried again next time).
 * `prepare()` starts loading without waiting, while the caller reads settings: the IP tables' fetch
 * first (I/O, which goes on while the engine's script is evaluated), then the engine and its options
 * (the relay classifier over those tables).
 */
export function lazyEngine(load: () => Promise<EngineModule>): AnalyzeDeps & { prepare(): void } {
  let loading: Promise<EngineModule> | null = null;
  const engine = (): Promise<EngineModule> => {
    loading ??= load().catch((err: unknown) => {
      loading = null;
      throw err;
    });
    return loading;
  };
  return {
    analyze: async (raw, opts) => (await engine()).analyze(raw, opts),
    engineOptions: async () => {
      prefetchIpTables();
      return (await engine()).engineOptions();
    },
    prepare() {
      prefetchIpTables();
      void engine()
        .then((e) => e.engineOptions())
        .catch(() => undefined);
    },
  };
}
