import { defineBackground } from 'wxt/utils/define-background';
import { startWorker } from '../lib/ext/worker';

// Thin on purpose: the worker's wiring lives in lib/ext/worker.ts.
export default defineBackground(() => {
  startWorker();
});
