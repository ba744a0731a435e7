// The memory's whole size, held within what its own import accepts (red team 36, C1). Every
// per-domain list has a cap, but names are the sender's to choose: ninety domains of signatures
// with long DNS-legal names once made a memory the CLI's next `--memory` refused ("over 8 MB") and
// the extension could no longer store (Chrome's storage.local quota is 10 MB). `learn` places
// each record through `withinBudget`, which counts the serialised size of the list as it goes
// (each record's size counted once, when it is made) and, when a record would take the list over
// the budget, evicts first the records larger than their share of it (budget ÷ domain limit:
// what only an oversized record exceeds) in the lowest tier still kept, never a known-good one,
// then in the usual eviction order.
import { evictionRank, evictsBefore, keepSlotBytes } from './lineage';
import { MAX_MEMORY_BYTES } from './names';
import type { DomainMemory } from './types';

/** The list's serialised size at most: the import's limit less room for the file's own fields. */
export const MEMORY_BUDGET = MAX_MEMORY_BYTES - 1024;

type Domains = ReadonlyArray<Readonly<DomainMemory>>;

const recordSizes = new WeakMap<Readonly<DomainMemory>, number>();
const listSizes = new WeakMap<Domains, number>();
/**
 * The size of the list `learn` placed last, kept beside `listSizes` rather than in it: the next
 * message is learnt from that list, and a WeakMap insertion per message costs about 2 µs after an
 * analysis. The list it was derived from is not kept (learning goes on from the newest); another
 * list placed in between files this one in `listSizes` first (`placed`).
 */
let lastList: Domains | null = null;
let lastBytes = 0;

function placed(list: Domains, bytes: number, from: Domains | null): void {
  if (lastList !== null && lastList !== from) listSizes.set(lastList, lastBytes);
  lastList = list;
  lastBytes = bytes;
}

function knownBytes(list: Domains): number | undefined {
  return list === lastList ? lastBytes : listSizes.get(list);
}

/**
 * The characters JSON.stringify writes for `s` (with its quotes), counted as UTF-8 bytes (what
 * Chrome's quota counts; never less than the text's length, what the import counts): a control
 * character or a lone surrogate escaped as `\uXXXX`.
 */
function text(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) n += 6;
    else if (c === 0x22 || c === 0x5c) n += 2;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        n += 4;
        i++;
      } else n += 6;
    } else if (c >= 0xd800 && c <= 0xdfff) n += 6;
    else n += 3;
  }
  return n;
}

/** A name of ASCII letters, digits and `._-/:` (host names, selectors, hashes, ISO dates). */
function plain(s: string): number {
  return s.length + 2;
}

function digits(v: number): number {
  if (!Number.isInteger(v) || v < 0) return JSON.stringify(v).length;
  let n = 1;
  for (let x = v; x >= 10; x = Math.floor(x / 10)) n++;
  return n;
}

// The fixed characters of each object, counted from its own text (a comma after each item).
const RECORD =
  '{"domain":,"count":,"firstSeen":,"lastSeen":,"infra":[],"dkim":[],"spf":[],"dmarc":[],"recent":[]},'
    .length;
const KNOWN_GOOD = ',"knownGood":'.length;
const INFRA = '{"key":,"name":,"asn":,"count":,"firstSeen":,"lastSeen":},'.length;
const SIGNER = '{"domain":,"count":,"selectors":[],"firstSeen":,"lastSeen":},'.length;
const SELECTOR = '{"selector":,"count":,"lastSeen":},'.length;
const SPF = '{"mechanism":,"count":,"lastSeen":},'.length;
const DMARC = '{"result":,"count":},'.length;
const RECENT = '{"h":,"i":,"d":[],"m":},'.length;
const NULL = 'null'.length;

function last(list: readonly unknown[]): number {
  return list.length > 0 ? 1 : 0;
}

/** One latest message's serialised size with the comma after it. */
function recentItemBytes(r: Readonly<DomainMemory>['recent'][number]): number {
  let n = RECENT + plain(r.h) + (r.i === null ? NULL : text(r.i)) + (r.m === null ? NULL : text(r.m));
  n -= last(r.d);
  for (const s of r.d) n += plain(s) + 1;
  return n;
}

type Recent = Readonly<DomainMemory>['recent'];

/** Each latest-messages list's items' sizes summed (each with its comma), kept per list. */
const recentSizes = new WeakMap<Recent, number>();
/**
 * The latest-messages list and the record sized last, kept beside their WeakMaps as `lastList` is:
 * a sender's next message replaces that very record and list, whose sizes are then read here and
 * never filed; another one sized in between files them first (`keepRecentSize`, `keepRecordSize`).
 * A remembered sender's learning inserted two WeakMap entries per message (about 2 µs each after an
 * analysis), and none now.
 */
let lastRecent: Recent | null = null;
/** The fewest latest messages whose size is filed in `recentSizes` (`keepRecentSize`). */
const FILED_RECENT = 4;
let lastRecentBytes = 0;
let lastRecord: Readonly<DomainMemory> | null = null;
let lastRecordBytes = 0;

function keepRecentSize(recent: Recent, bytes: number): void {
  // A list of a few messages (a first contact's) is counted again when asked, not filed: its items
  // cost less to read than a WeakMap insertion after an analysis (issue 21).
  if (lastRecent !== null && lastRecent !== recent && lastRecent.length >= FILED_RECENT)
    recentSizes.set(lastRecent, lastRecentBytes);
  lastRecent = recent;
  lastRecentBytes = bytes;
}

function keepRecordSize(record: Readonly<DomainMemory>, bytes: number): void {
  if (lastRecord !== null && lastRecord !== record) recordSizes.set(lastRecord, lastRecordBytes);
  lastRecord = record;
  lastRecordBytes = bytes;
}

function knownRecentBytes(recent: Recent): number | undefined {
  return recent === lastRecent ? lastRecentBytes : recentSizes.get(recent);
}

function recentBytes(recent: Recent): number {
  const known = knownRecentBytes(recent);
  if (known !== undefined) return known;
  let n = 0;
  for (const r of recent) n += recentItemBytes(r);
  keepRecentSize(recent, n);
  return n;
}

/**
 * `after`, the latest messages `learn` made from `before` by dropping its first `dropped` and
 * adding one last, gets its size from `before`'s when that is known: after an analysis, reading
 * two dozen message records and their names again was most of the learning step's cost (issue 21).
 */
export function recentDerived(before: Recent, dropped: number, after: Recent): void {
  // A new domain's first message: nothing before it (no lookup for a list made a moment ago).
  const known = before.length === 0 ? 0 : knownRecentBytes(before);
  if (known === undefined || after.length !== before.length - dropped + 1) return;
  let n = known + recentItemBytes(after[after.length - 1]!);
  for (let k = 0; k < dropped; k++) n -= recentItemBytes(before[k]!);
  // `before` belongs to the record this message replaces: not filed (an older list still holding
  // it sizes it again when asked).
  if (before === lastRecent) lastRecent = null;
  keepRecentSize(after, n);
}

/** One record's serialised size with the comma after it, an upper bound (counted once per record). */
export function recordBytes(d: Readonly<DomainMemory>): number {
  const known = d === lastRecord ? lastRecordBytes : recordSizes.get(d);
  if (known !== undefined) return known;
  const n = measured(d);
  keepRecordSize(d, n);
  return n;
}

/** `recordBytes`, counted from the record and kept nowhere (the caller keeps it). */
function measured(d: Readonly<DomainMemory>): number {
  let n = RECORD + plain(d.domain) + digits(d.count) + plain(d.firstSeen) + plain(d.lastSeen);
  if (d.knownGood !== undefined) n += KNOWN_GOOD + (d.knownGood ? 4 : 5);
  // Each item is counted with a comma after it; the last of a list has none.
  n -= last(d.infra) + last(d.dkim) + last(d.spf) + last(d.dmarc) + last(d.recent);
  for (const i of d.infra)
    n +=
      INFRA +
      text(i.key) +
      text(i.name) +
      (i.asn === null ? NULL : digits(i.asn)) +
      digits(i.count) +
      plain(i.firstSeen) +
      plain(i.lastSeen);
  for (const s of d.dkim) {
    n += SIGNER + plain(s.domain) + digits(s.count) + plain(s.firstSeen) + plain(s.lastSeen);
    n -= last(s.selectors);
    for (const x of s.selectors) n += SELECTOR + plain(x.selector) + digits(x.count) + plain(x.lastSeen);
  }
  for (const m of d.spf) n += SPF + text(m.mechanism) + digits(m.count) + plain(m.lastSeen);
  for (const x of d.dmarc) n += DMARC + plain(x.result) + digits(x.count);
  n += recentBytes(d.recent);
  return n;
}

/** The list's serialised size, an upper bound (kept per list; a list learn did not make is walked once). */
export function listBytes(domains: Domains): number {
  const known = knownBytes(domains);
  if (known !== undefined) return known;
  let n = 0;
  for (const d of domains) n += recordBytes(d);
  listSizes.set(domains, n);
  return n;
}

/**
 * `after`, made from `before` by putting `entry` in the place of `out` (null: added) at index `at`,
 * or the same list without the records it must lose to stay within `budget` (never `entry`): first
 * those over their share (`budget / max`, `max` the domain limit) while no record of a lower tier
 * is kept before them, never a known-good one, then any, each in the eviction order. `before` null: `after` was not made so, and is counted whole. `outBytes`: `out`'s size
 * when the lineage kept it (lib/memory/lineage.ts `slotBytes`), else -1. When `after` is its
 * lineage's newest list, `entry`'s size is kept there, by its index, for when it leaves the list.
 */
export function withinBudget(
  before: Domains | null,
  after: DomainMemory[],
  out: Readonly<DomainMemory> | null,
  entry: Readonly<DomainMemory>,
  budget: number,
  max: number,
  at = -1,
  outBytes = -1,
): DomainMemory[] {
  const from = before !== null ? knownBytes(before) : undefined;
  const outSize = from !== undefined && out ? (outBytes >= 0 ? outBytes : recordBytes(out)) : 0;
  // `out` leaves the list: its size is not filed (an older list still holding it sizes it again).
  if (out !== null && out === lastRecord) lastRecord = null;
  let size: number;
  if (from !== undefined && at >= 0) {
    // Kept by its index in the lineage (`keepSlotBytes`), not filed by record.
    const entrySize = measured(entry);
    keepSlotBytes(after, at, entrySize);
    size = from - outSize + entrySize;
  } else size = from !== undefined ? from - outSize + recordBytes(entry) : listBytes(after);
  if (size <= budget) {
    placed(after, size, before);
    return after;
  }
  const share = budget / Math.max(1, max);
  const order = after.filter((d) => d !== entry).sort(evictsBefore);
  const drop = new Set<Readonly<DomainMemory>>();
  let left = size;
  for (const pass of [true, false]) {
    // The first pass drops a record over its share only while no record of a lower tier is kept
    // before it, and never one the reader marked known good: size alone must not outrank the
    // tiers, or a remembered supplier with full lists would leave before the first contacts that
    // pushed the list over (red-team round 193). The second pass is the plain eviction order.
    let keptRank = Number.POSITIVE_INFINITY;
    for (const d of order) {
      if (left <= budget) break;
      if (drop.has(d)) continue;
      if (pass) {
        const r = evictionRank(d);
        if (d.knownGood || r > keptRank || recordBytes(d) <= share) {
          if (r < keptRank) keptRank = r;
          continue;
        }
      }
      drop.add(d);
      left -= recordBytes(d);
    }
  }
  const kept = after.filter((d) => !drop.has(d));
  placed(kept, left, before);
  return kept;
}
