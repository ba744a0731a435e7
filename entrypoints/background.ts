import { defineBackground } from 'wxt/utils/define-background';
import { startWorker } from '../lib/ext/worker';
import { ENGINE_SCRIPT, lazyEngine, loadEngineScript } from '../lib/ext/worker-engine';

// Thin on purpose: the worker's wiring lives in lib/ext/worker.ts; the engine is loaded on first
// use (lib/ext/worker-engine.ts). Listeners are registered synchronously here, as MV3 requires.
export default defineBackground(() => {
  // The engine's script must be imported during installation to be importable on later wakes.
  const scope = globalThis as { importScripts?: (url: string) => void };
  if (typeof scope.importScripts === 'function') {
    self.addEventListener('install', () => scope.importScripts?.(ENGINE_SCRIPT));
  }
  startWorker(lazyEngine(() => loadEngineScript()));
});
