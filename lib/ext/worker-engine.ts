// The analysis engine (mailauth, the relay classifier, the IP tables) as the worker gets it: loaded
// when the first message needs it, not when the worker wakes — a separate classic script,
// /engine.js (entrypoints/engine.ts), imported the way lib/ext/worker-scripts.ts explains. A wake for
// a badge, a tab event or a popup's state read then never evaluates it: mailauth and its Node shims
// alone took several times an empty worker's whole wake.
import type { AnalyzeDeps } from './worker-analyze';
import { ENGINE_GLOBAL, type EngineModule } from './worker-globals';
import { prefetchIpTables } from './worker-ip-bytes';
import { ENGINE_SCRIPT, loadClassicScript, loadOnce, type ScriptScope } from './worker-scripts';

export type { EngineModule };
export { ENGINE_SCRIPT };

/** Brings in /engine.js once per worker life; rejects with a clear message if it is missing. */
export function loadEngineScript(scope?: ScriptScope): Promise<EngineModule> {
  return loadClassicScript<EngineModule>(ENGINE_SCRIPT, ENGINE_GLOBAL, 'the analysis engine', scope);
}

/**
 * Engine deps that load the engine on first use (once; a failed load is tried again next time).
 * `prepare()` starts loading without waiting, while the caller reads settings: the IP tables' fetch
 * first (I/O, which goes on while the engine's script is evaluated), then the engine and its options
 * (the relay classifier over those tables).
 */
export function lazyEngine(load: () => Promise<EngineModule>): AnalyzeDeps & { prepare(): void } {
  const engine = loadOnce(load);
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
