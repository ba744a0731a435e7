import { defineBackground } from 'wxt/utils/define-background';
import { CORE_GLOBAL } from '../lib/ext/worker-globals';
import {
  CORE_SCRIPT,
  ENGINE_SCRIPT,
  importAtInstall,
  loadClassicScript,
  loadOnce,
} from '../lib/ext/worker-scripts';
import { startWiring, type WorkerCore } from '../lib/ext/worker-wiring';

// Thin on purpose: a wake evaluates only the listeners (lib/ext/worker-wiring.ts), registered
// synchronously here as MV3 requires. The handlers that read settings and analyse
// (/worker-core.js) and the engine (/engine.js) are loaded when a message first needs them
// (lib/ext/worker-scripts.ts).
export default defineBackground(() => {
  importAtInstall([CORE_SCRIPT, ENGINE_SCRIPT]);
  startWiring(loadOnce(() => loadClassicScript<WorkerCore>(CORE_SCRIPT, CORE_GLOBAL, 'the worker core')));
});
