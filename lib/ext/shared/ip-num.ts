// ip-num as /worker-core.js shares it (lib/ext/worker-shared.ts); the engine build's `ip-num`.
import { sharedModule } from '../worker-shared';

export const { IPv6, Validator } = sharedModule('ip-num');
