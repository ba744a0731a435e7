// Sender memory (issue 21): a pure model shared by the extension and the CLI.
export {
  DEFAULT_LIMITS,
  forgetDomain,
  type LearnOptions,
  type LearnOutcome,
  learn,
  type MemoryLimits,
  refusal,
  releaseMemoryCaches,
} from './learn';
export {
  emptyMemory,
  infraOf,
  type MemoryFacts,
  messageKey,
  recallSender,
  senderKey,
  snapshotOf,
} from './model';
export { MemorySession } from './session';
export * from './types';
export { MAX_MEMORY_BYTES, type MemoryRead, parseMemory, serializeMemory, validateMemory } from './validate';
