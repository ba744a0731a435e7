// DNS for the engine: one Resolver contract (mailauth's), several sources behind it.
export {
  type CacheEntry,
  type CacheStore,
  CachingResolver,
  type CachingResolverOptions,
  MemoryCacheStore,
} from './cache';
export { DOH_PRESETS, type DohPreset, DohResolver, type DohResolverOptions, type FetchLike } from './doh';
export { DnsError, errorCodeOf, isAnsweredNo, isDnsErrorCode, isNegative, toDnsError } from './errors';
export { normaliseName, questionKey } from './name';
export { RecordingResolver, type RecordingResolverOptions } from './recording';
export { cloneAnswer, DEFAULT_TTL, hasTtl, RR_TYPES, type TtlAnswer, type TtlResolver } from './resolver';
export { formatTxtData, parseTxtData, splitTxt } from './txt';
export { type ZoneData, type ZoneEntry, ZoneResolver, type ZoneResolverOptions } from './zone';
