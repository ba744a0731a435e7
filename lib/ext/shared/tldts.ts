// tldts as /worker-core.js shares it (lib/ext/worker-shared.ts); the engine build's `tldts`.
import { sharedModule } from '../worker-shared';

const tldts = sharedModule('tldts');
export const { getDomain, parse } = tldts;
export default tldts;
