import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { analyzeMessage } from '../lib/analyze';
import { ENGINE_GLOBAL, type EngineModule } from '../lib/ext/worker-globals';
import { relayOptions } from '../lib/ext/worker-relay';

// The analysis engine as one classic script (/engine.js), loaded by the worker when a message first
// needs it (lib/ext/worker-engine.ts says why it is not part of background.js).
export default defineUnlistedScript(() => {
  const engine: EngineModule = { analyze: analyzeMessage, engineOptions: relayOptions };
  (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = engine;
});
