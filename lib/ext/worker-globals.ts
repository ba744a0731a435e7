// What background.js, /worker-core.js and /engine.js share: three bundles, one worker global
// object. Nothing here imports the engine or the 10 MB table file, so each bundle takes only what
// it uses.
import type { AnalyzeDeps } from './worker-analyze';

/** What /engine.js leaves on the global object (lib/ext/worker-engine.ts). */
export type EngineModule = Required<Pick<AnalyzeDeps, 'analyze' | 'engineOptions'>>;
export const ENGINE_GLOBAL = '__headerlensEngine';

/** Where /worker-core.js leaves the worker's core (lib/ext/worker-wiring.ts, WorkerCore). */
export const CORE_GLOBAL = '__headerlensCore';

/** The fetch of the IP tables the worker started before the engine loaded (./worker-ip-bytes.ts). */
export const IP_BYTES_GLOBAL = '__headerlensIpBytes';

/** The table bytes being fetched; rejects when it started no fetch. */
export function ipTableBytes(): Promise<ArrayBuffer> {
  const p = (globalThis as Record<string, unknown>)[IP_BYTES_GLOBAL] as Promise<ArrayBuffer> | undefined;
  return p ?? Promise.reject(new Error('the IP tables were not fetched'));
}
