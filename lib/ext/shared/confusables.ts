// confusables as /worker-core.js shares it (lib/ext/worker-shared.ts); the engine build's `confusables`.
import { sharedModule } from '../worker-shared';

export const { remove } = sharedModule('confusables');
