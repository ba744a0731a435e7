// Libraries /worker-core.js and /engine.js both use, bundled once. The engine is only ever loaded
// by the core (lib/ext/worker-engine.ts), so the core puts these modules on the worker's global
// object and the engine's build resolves their imports to lib/ext/shared/*.ts, which read them
// from there (wxt.config.ts, SHARED_IN_ENGINE). Each copy the two bundles carried was read again
// at every wake: a worker that imported its scripts at install gets all of them streamed in when
// it starts, and the wake's cost grew with their size (README, "Start-up").
import type * as Confusables from 'confusables';
import type * as Tldts from 'tldts';

export const SHARED_GLOBAL = '__headerlensShared';

export interface SharedModules {
  tldts: typeof Tldts;
  confusables: typeof Confusables;
}

/** The engine's side: one shared module, as the core left it. */
export function sharedModule<K extends keyof SharedModules>(name: K): SharedModules[K] {
  const shared = (globalThis as Record<string, unknown>)[SHARED_GLOBAL] as SharedModules | undefined;
  if (!shared) throw new Error(`HeaderLens: /engine.js needs /worker-core.js, which shares ${name}`);
  return shared[name];
}

/** The core's side: called before the core can load the engine. */
export function shareModules(modules: SharedModules): void {
  (globalThis as Record<string, unknown>)[SHARED_GLOBAL] = modules;
}
