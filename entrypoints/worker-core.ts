import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createWorkerCore } from '../lib/ext/worker';
import { lazyEngine, loadEngineScript } from '../lib/ext/worker-engine';
import { CORE_GLOBAL } from '../lib/ext/worker-globals';

// The worker's handlers as one classic script (/worker-core.js): everything that reads settings,
// the analysis cache or the sender memory. background.js loads it when a message first needs it
// (lib/ext/worker-scripts.ts); the engine itself (/engine.js) comes later still, with the first
// message to analyse.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CORE_GLOBAL] = createWorkerCore(
    lazyEngine(() => loadEngineScript()),
  );
});
