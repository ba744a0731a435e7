import * as confusables from 'confusables';
import * as tldts from 'tldts';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createWorkerCore } from '../lib/ext/worker';
import { lazyEngine, loadEngineScript } from '../lib/ext/worker-engine';
import { CORE_GLOBAL } from '../lib/ext/worker-globals';
import { shareModules } from '../lib/ext/worker-shared';

// The worker's handlers as one classic script (/worker-core.js): everything that reads settings,
// the analysis cache or the sender memory. background.js loads it when a message first needs it
// (lib/ext/worker-scripts.ts); the engine itself (/engine.js) comes later still, with the first
// message to analyse.
export default defineUnlistedScript(() => {
  // The engine takes these from here instead of carrying copies (lib/ext/worker-shared.ts).
  shareModules({ tldts, confusables });
  (globalThis as Record<string, unknown>)[CORE_GLOBAL] = createWorkerCore(
    lazyEngine(() => loadEngineScript()),
  );
});
