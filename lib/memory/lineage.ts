// Lookups in the memory's domain list without walking it (issue 21: the memory's share of a
// message must stay under 5 % of a warm analysis). A walk over 1,000 domain records after an
// analysis is mostly cache misses: it cost more than the rest of the memory's work together.
//
// A lineage is the line of lists `learn` derives one from another. It keeps, for its newest list
// only (`current`), where each domain sits and, per position, the record's place in the eviction
// order and the shape of its name (typed arrays: a scan reads a few kilobytes, no records), and
// `learn` updates them in place when it derives the next list from the current one. Any other
// list (an older snapshot still in use, an imported or edited memory) is answered by a plain walk,
// or gets a lineage of its own on first use: the answers never depend on which path was taken
// (test/unit/memory/lineage.test.ts checks them against the walk).
import { mayReadOtherwise, readingOfLabel } from '../findings/lookalike';
import { ownString } from '../remember';
import type { DomainMemory } from './types';

type Domains = ReadonlyArray<Readonly<DomainMemory>>;

interface Lineage {
  current: Domains;
  /** Domain → index in `current`, for every domain of `current` (and nothing else). */
  slot: Map<string, number>;
  /** Per index of `current`: its eviction key (`evictionKey`), for `firstToEvict`. */
  key: Float64Array;
  /**
   * The indices of `current` as a binary min-heap in the eviction order (`evictsBefore`: the key,
   * then the name), and per index its position in it: the first to go is `heap[0]`, and a learnt
   * message moves one index up or down (about ten steps), where `firstToEvict` read every key of
   * the memory for each new domain (issue 21).
   */
  heap: Int32Array;
  place: Int32Array;
  /** Per index of `current`: its first label's length (capped at 255), to find it in `byLength`. */
  length: Uint8Array;
  /**
   * Per label length 0-255 (255: 255 or more), the labels of `current` that have it, in no
   * particular order: `candidates` reads only the lengths a match can have (about a third of a
   * memory), each in one run of 8 bytes per label.
   */
  byLength: Run[];
  /** Per index of `current`: where it sits in its run of `byLength` (dropped from it in one step). */
  inRun: Int32Array;
  /** Per index of `current`: its latest messages in brief (`RecentSummary`), made on first use. */
  recent: Array<RecentSummary | undefined>;
  /**
   * Per index of `current`: its record's serialised size (lib/memory/budget.ts), -1 until known.
   * Kept here, not in a WeakMap by record: a new domain's size was filed there and the evicted
   * one's looked up, two hash-table operations per first contact after an analysis (issue 21).
   */
  bytes: Float64Array;
  /**
   * Per hash of HIDDEN_MIN characters (`startHash`), how many first labels of `current` at least
   * that long start with characters of that hash (stuck at 255 once there: never back to none
   * while one is left), for `mayHideLabel`. A table of counts, not a Map of strings: kept up on
   * every learnt domain without cutting or hashing a string.
   */
  starts: Uint8Array;
  /**
   * Per index of `current` whose first label reads otherwise than it is written (`readingOf`:
   * `cornerstone` read as `comerstone`), that reading; its first HIDDEN_MIN characters are counted
   * in `starts` too, and its length in `readLength`, so that a name hiding the label as read
   * (comerstonebilling) is cut and asked of `withReading` (red-team round 193). Few labels have one.
   */
  readAs: Map<number, string>;
  /** Per reading length 0-255 (255: 255 or more), how many of `readAs` have it. */
  readLength: Int32Array;
  /**
   * The indices of `current` whose domain has an `xn--` label: `candidates` offers them whatever
   * their shape (the judge reads them in Unicode, which the shapes of their A-labels do not tell;
   * red-team round 193). Few memories hold any.
   */
  idn: Set<number>;
}

/**
 * A domain's latest messages (`DomainMemory.recent`) as the recall reads them, without visiting
 * each message's record (after an analysis each is a cache miss: two dozen records cost more than
 * the rest of the recall): their keys end to end, and the infrastructure of the newest with the
 * number of messages in a row that share it.
 */
export interface RecentSummary {
  /** The messages' keys (`h`, 16 characters each) end to end, oldest first; null when one is not 16 long. */
  keys: string | null;
  /** The newest message's infrastructure key (null when unknown or when there is no message). */
  newest: string | null;
  /** How many of the latest messages in a row share `newest` (0 when there is none). */
  run: number;
}

/** The summary of `recent`, read message by message. */
export function summaryOf(recent: Readonly<DomainMemory>['recent']): RecentSummary {
  let keys: string | null = '';
  for (const r of recent) keys = keys !== null && r.h.length === 16 ? keys + r.h : null;
  const last = recent[recent.length - 1];
  let run = 0;
  for (let k = recent.length - 1; k >= 0 && recent[k]!.i === last?.i; k--) run++;
  return { keys, newest: last?.i ?? null, run };
}

/** The summary of `domains[index]`'s latest messages (kept by the lineage, or read anew). */
export function recentOf(domains: Domains, index: number): RecentSummary {
  const l = lineageOf(domains);
  if (!l) return summaryOf(domains[index]!.recent);
  let known = l.recent[index];
  if (!known) {
    known = summaryOf(domains[index]!.recent);
    l.recent[index] = known;
  }
  return known;
}

/**
 * Where the message keyed `h` is among `domains[index]`'s latest (its index in `recent`), or -1:
 * found in the summary's keys end to end (each at a multiple of 16), without visiting each
 * message's record (the recall and the learning ask it of every message, right after an analysis).
 */
export function recentIndexOf(domains: Domains, index: number, h: string): number {
  const summary = recentOf(domains, index);
  if (summary.keys === null) {
    const recent = domains[index]!.recent;
    for (let k = 0; k < recent.length; k++) if (recent[k]!.h === h) return k;
    return -1;
  }
  for (let at = summary.keys.indexOf(h); at >= 0; at = summary.keys.indexOf(h, at + 1))
    if (at % 16 === 0) return at / 16;
  return -1;
}

/**
 * The summary after `learn` added one message to a domain's record (`entry.recent` is the old
 * list, its oldest dropped when full, and the new message last), from the old summary: only the
 * new message is read.
 */
function summaryAfter(prev: RecentSummary, entry: Readonly<DomainMemory>): RecentSummary {
  const recent = entry.recent;
  const added = recent[recent.length - 1];
  if (!added || prev.keys === null || added.h.length !== 16) return summaryOf(recent);
  const keys = prev.keys + added.h;
  const extra = keys.length / 16 - recent.length;
  // Not the old list plus one (never written so by learn): read it whole.
  if (extra < 0) return summaryOf(recent);
  const run = prev.run > 0 && added.i === prev.newest ? Math.min(prev.run + 1, recent.length) : 1;
  return { keys: extra > 0 ? keys.slice(extra * 16) : keys, newest: added.i, run };
}

/**
 * The labels of one length: `letters` and `pairs` hold each one's shape, `index` its index in the
 * list (read only for the few that pass). After an analysis the scan is mostly cache misses: it
 * reads the letters, one 32-bit word per label, and the pairs only of the few whose letters may
 * pass (most labels of a length differ from a name in more letters than two edits make).
 */
interface Run {
  size: number;
  letters: Uint32Array;
  pairs: Uint32Array;
  index: Int32Array;
}

function emptyRun(): Run {
  return { size: 0, letters: new Uint32Array(0), pairs: new Uint32Array(0), index: new Int32Array(0) };
}

function pushRun(l: Lineage, run: Run, at: number, letters: number, pairs: number): void {
  if (run.size === run.index.length) {
    const room = run.size * 2 + 8;
    run.letters = grown(run.letters, room);
    run.pairs = grown(run.pairs, room);
    run.index = grown(run.index, room);
  }
  run.letters[run.size] = letters;
  run.pairs[run.size] = pairs;
  run.index[run.size] = at;
  l.inRun[at] = run.size;
  run.size++;
}

/**
 * Out of the run: its last label takes the place of the one at index `at` of the list, found where
 * `inRun` says (after an analysis, scanning a run for it was a cache miss every 16 labels).
 */
function dropFromRun(l: Lineage, run: Run, at: number): void {
  let k = l.inRun[at]!;
  if (k >= run.size || run.index[k] !== at) {
    k = 0;
    while (k < run.size && run.index[k] !== at) k++;
    if (k === run.size) return;
  }
  const last = run.size - 1;
  const moved = run.index[last]!;
  run.index[k] = moved;
  run.letters[k] = run.letters[last]!;
  run.pairs[k] = run.pairs[last]!;
  l.inRun[moved] = k;
  run.size = last;
}

/**
 * Lineages by a list they were started on or moved on from. A list that was a lineage's newest and
 * no longer is (`learn` derived another from it) is answered by walks, as is any list whose
 * lineage cannot say (`lineageOf` returns null when `current` is not the list asked about).
 */
const lineages = new WeakMap<Domains, Lineage>();
/**
 * The lineage last asked for or moved on, checked before `lineages`, which holds it under its
 * newest list only once another lineage takes its place (`makeLatest`): a message asks the same
 * list a dozen times (the recall, the look-alike pass, the learning) and learning moves the lineage
 * on once, and after an analysis each WeakMap lookup, and above all each insertion (about 2 µs),
 * is cache misses. It holds its newest list (one memory) until another lineage is asked for.
 */
let latest: Lineage | null = null;

/** Drops the lineage held as `latest` (and so the list it holds): "forget" leaves nothing in RAM. */
export function releaseLatestLineage(): void {
  latest = null;
  lastIndexOf.list = null;
  lastIndexOf.domain = '';
}

function makeLatest(l: Lineage): void {
  if (latest !== null && latest !== l) lineages.set(latest.current, latest);
  latest = l;
}

function walk(domains: Domains, domain: string): number {
  for (let i = 0; i < domains.length; i++) if (domains[i]!.domain === domain) return i;
  return -1;
}

/** The lineage whose newest list is `domains`; started when the list has none (one walk). */
function lineageOf(domains: Domains): Lineage | null {
  if (latest !== null && latest.current === domains) return latest;
  const known = lineages.get(domains);
  if (known) {
    if (known.current !== domains) return null;
    makeLatest(known);
    return known;
  }
  const slot = new Map<string, number>();
  for (let i = 0; i < domains.length; i++) slot.set(domains[i]!.domain, i);
  // Duplicate names (never written by learn; a hand-edited import might): walks answer those.
  if (slot.size !== domains.length) return null;
  const room = Math.max(16, domains.length * 2);
  const l: Lineage = {
    current: domains,
    slot,
    key: new Float64Array(room),
    heap: new Int32Array(room),
    place: new Int32Array(room),
    length: new Uint8Array(room),
    byLength: Array.from({ length: 256 }, emptyRun),
    inRun: new Int32Array(room),
    recent: [],
    bytes: new Float64Array(room).fill(-1),
    starts: new Uint8Array(STARTS),
    readAs: new Map(),
    readLength: new Int32Array(256),
    idn: new Set(),
  };
  for (let i = 0; i < domains.length; i++) {
    setShape(l, i, domains[i]!, true);
    addLabel(l, i, domains[i]!.domain);
    l.heap[i] = i;
    l.place[i] = i;
  }
  for (let p = (domains.length >> 1) - 1; p >= 0; p--) siftDown(l, domains, p);
  lineages.set(domains, l);
  makeLatest(l);
  return l;
}

function labelOf(domain: string): string {
  return domain.slice(0, labelLength(domain));
}

// A first label is found by its length and shape (`byLength`, `withLabel`), not through a Map of
// labels: that Map's lookups, deletions and insertions were a tenth of learning a new domain.
function addLabel(l: Lineage, at: number, domain: string): void {
  if (labelLength(domain) >= HIDDEN_MIN) countStart(l, domain, 1);
  const read = readingOf(domain);
  if (read !== null) {
    l.readAs.set(at, read);
    l.readLength[Math.min(read.length, 255)]!++;
    if (read.length >= HIDDEN_MIN) countStart(l, read, 1);
  }
  if (domain.includes('xn--')) l.idn.add(at);
}

function dropLabel(l: Lineage, at: number, domain: string): void {
  if (labelLength(domain) >= HIDDEN_MIN) countStart(l, domain, -1);
  const read = l.readAs.size > 0 ? l.readAs.get(at) : undefined;
  if (read !== undefined) {
    l.readAs.delete(at);
    l.readLength[Math.min(read.length, 255)]!--;
    if (read.length >= HIDDEN_MIN) countStart(l, read, -1);
  }
  if (l.idn.size > 0) l.idn.delete(at);
}

/** Counts `s`'s first HIDDEN_MIN characters in `starts` (`by` 1) or no longer (-1). */
function countStart(l: Lineage, s: string, by: 1 | -1): void {
  const h = startHash(s, 0);
  if (l.starts[h]! < 255) l.starts[h]! += by;
}

/**
 * How `domain`'s first label reads when it differs from how it is written: its look-alike skeleton
 * (lib/findings/lookalike.ts `skeleton`: `rn` read as `m`, `vv` as `w`, `0` as `o`…), else null.
 * A label the memory files (lower-case ASCII) reads otherwise only when it holds one of those
 * pairs or digits: the others are not asked (one scan of the label, no table lookup, for each
 * domain learnt). An `xn--` label has none: `candidates` offers it whole.
 */
export function readingOf(domain: string): string | null {
  const n = labelLength(domain);
  if (domain.startsWith('xn--') || !mayReadOtherwise(domain, n)) return null;
  const label = domain.slice(0, n);
  const read = readingOfLabel(label);
  return read === label ? null : read;
}

/** The shortest remembered label `mayHideLabel` looks for (the look-alike pass asks for no shorter). */
export const HIDDEN_MIN = 6;
/** Entries of `Lineage.starts`: with a thousand labels, about one in seventy is taken. */
const STARTS = 1 << 16;

/** A hash of `s[at, at + HIDDEN_MIN)` in 0 to STARTS - 1 (UTF-16 code units, as `slice` cuts them). */
function startHash(s: string, at: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < at + HIDDEN_MIN; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 16)) & (STARTS - 1);
}

/**
 * Whether some remembered first label of HIDDEN_MIN characters or more may be written somewhere in
 * `name`: false only when none is (no HIDDEN_MIN characters of `name` in a row hash as one starts;
 * true now and then when none is, which costs only the lookups it spares), so that
 * every `withLabel` question about a piece of `name` that long would find nothing. The look-alike
 * pass asks it before cutting a first contact's name into the pieces a remembered name could hide
 * as (glued words, lure words around it): most names hide none, and are not cut (issue 21). A list
 * without a lineage answers true (its lookups walk).
 */
export function mayHideLabel(domains: Domains, name: string): boolean {
  const l = lineageOf(domains);
  if (!l) return true;
  for (let i = 0; i + HIDDEN_MIN <= name.length; i++) if (l.starts[startHash(name, i)] !== 0) return true;
  return false;
}

/**
 * Whether `name.slice(at, at + length)` may be a remembered first label: false only when no
 * remembered label has that length or starts with its first HIDDEN_MIN characters, so that
 * `withLabel` would find nothing for it. The look-alike pass asks it of each piece before cutting
 * it (most pieces of a name that may hide a label are none). Pieces shorter than HIDDEN_MIN, and a
 * list without a lineage, answer true.
 */
export function mayHoldLabelAt(domains: Domains, name: string, at: number, length: number): boolean {
  if (length < HIDDEN_MIN || at < 0 || at + length > name.length) return true;
  const l = lineageOf(domains);
  if (!l) return true;
  const n = Math.min(length, 255);
  return l.starts[startHash(name, at)] !== 0 && (l.byLength[n]!.size > 0 || l.readLength[n]! > 0);
}

/**
 * The remembered domains whose first label reads as `reading` though written otherwise
 * (`readingOf`: `comerstone` → cornerstone.example), in list order: the look-alike pass asks it
 * for the same pieces as `withLabel` (red-team round 193). Most memories hold few such labels.
 */
export function withReading(domains: Domains, reading: string): Array<Readonly<DomainMemory>> {
  const l = lineageOf(domains);
  if (!l) return domains.filter((d) => readingOf(d.domain) === reading);
  if (l.readAs.size === 0) return [];
  const found: number[] = [];
  for (const [i, read] of l.readAs) if (read === reading) found.push(i);
  if (found.length > 1) found.sort((x, y) => x - y);
  return found.map((i) => domains[i]!);
}

/**
 * The remembered domains whose first label is `label` (`northbank` → northbank.example,
 * northbank.co.uk), in list order: the look-alike pass asks it for the labels a sender's name
 * may hide one in (lib/findings/memory.ts). The newest list of a lineage reads the labels of that
 * length (`byLength`) and compares the names of those of the same shape only.
 */
export function withLabel(domains: Domains, label: string): Array<Readonly<DomainMemory>> {
  const l = lineageOf(domains);
  if (!l) return domains.filter((d) => labelOf(d.domain) === label);
  const n = Math.min(label.length, 255);
  const run = l.byLength[n]!;
  const size = run.size;
  if (size === 0) return [];
  const letters = lettersOf(label, n);
  const pairs = pairsOf(label, n);
  const found: number[] = [];
  const index = run.index;
  for (let k = 0; k < size; k++)
    if (run.letters[k] === letters && run.pairs[k] === pairs) {
      const i = index[k]!;
      if (labelOf(domains[i]!.domain) === label) found.push(i);
    }
  if (found.length > 1) found.sort((x, y) => x - y);
  return found.map((i) => domains[i]!);
}

/** The registrable label of an organisational domain: what precedes its first dot. */
function labelLength(org: string): number {
  const dot = org.indexOf('.');
  return dot < 0 ? org.length : dot;
}

/**
 * The set of characters in `s[0, end)` as 32 bits: a–z (either case) one bit each, then digits,
 * `-`, `.` and everything else one bit per group. One edit changes at most two bits.
 */
export function lettersOf(s: string, end = s.length): number {
  let m = 0;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    const lower = c | 0x20;
    if (lower >= 97 && lower <= 122 && c < 128) m |= 1 << (lower - 97);
    else if (c >= 48 && c <= 57) m |= 1 << 26;
    else if (c === 45) m |= 1 << 27;
    else if (c === 46) m |= 1 << 28;
    else m |= 1 << 29;
  }
  return m;
}

/**
 * The set of adjacent character pairs in `s[0, end)`, hashed into 32 bits. One edit removes at
 * most two pairs and adds at most two: it changes at most four bits.
 */
export function pairsOf(s: string, end = s.length): number {
  let m = 0;
  for (let i = 1; i < end; i++)
    m |= 1 << ((Math.imul(s.charCodeAt(i - 1), 0x9e3779b1) ^ Math.imul(s.charCodeAt(i), 0x85ebca6b)) >>> 27);
  return m >>> 0;
}

/** `a` copied into a larger array of its kind. */
function grown<T extends Float64Array | Uint8Array | Uint32Array | Int32Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/** Records `record`'s shape at index `at`; `fresh` when the index held nothing before. */
function setShape(l: Lineage, at: number, record: Readonly<DomainMemory>, fresh: boolean): void {
  if (at >= l.length.length) {
    const size = at * 2 + 16;
    l.key = grown(l.key, size);
    l.heap = grown(l.heap, size);
    l.place = grown(l.place, size);
    const known = l.bytes.length;
    l.bytes = grown(l.bytes, size);
    l.bytes.fill(-1, known);
    l.length = grown(l.length, size);
    l.inRun = grown(l.inRun, size);
  }
  const domain = record.domain;
  l.key[at] = evictionKey(record);
  const n = Math.min(labelLength(domain), 255);
  if (!fresh) dropFromRun(l, l.byLength[l.length[at]!]!, at);
  pushRun(l, l.byLength[n]!, at, lettersOf(domain, n), pairsOf(domain, n));
  l.length[at] = n;
}

/** Set bits of a 32-bit number. */
function bits(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** A name a remembered label may be near: its length, letters (`lettersOf`) and pairs (`pairsOf`). */
export interface Shape {
  length: number;
  letters: number;
  pairs: number;
}

export function shapeOf(name: string): Shape {
  return { length: name.length, letters: lettersOf(name), pairs: pairsOf(name) };
}

/**
 * Whether a remembered label of `length`, `letters` and `pairs` may be what the look-alike judge
 * (lib/findings/lookalike.ts) calls close to `n` (the sender's name or its skeleton): the same
 * name, or at least five letters long and one edit away (two from eight letters on). Each edit
 * changes the length by at most one, at most two letter bits and at most four pair bits.
 */
function nearMatch(length: number, letters: number, pairs: number, n: Shape): boolean {
  const d = n.length > length ? n.length - length : length - n.length;
  if (d === 0 && (n.letters ^ letters) === 0 && (n.pairs ^ pairs) === 0) return true;
  const most = length >= 8 ? 2 : 1;
  return (
    d <= most &&
    n.length >= 5 &&
    length >= 5 &&
    bits(n.letters ^ letters) <= 2 * most &&
    bits(n.pairs ^ pairs) <= 4 * most
  );
}

/** What `candidates` compares remembered labels with (lib/findings/memory.ts: the sender's name). */
export interface Near {
  name: Shape;
  skeleton: Shape;
  inside: Shape;
}

// Which tests a remembered label can pass, by its length (`testsByLength`).
const ANY = 1;
const INSIDE = 2;
const NAME = 4;
const SKELETON = 8;

/**
 * Per label length 0-255 (255 meaning "255 or more"), the tests a label of that length can pass:
 * any (always a candidate), written inside `near.inside` (at least three long, no longer than it),
 * near the name, near the skeleton (when it differs from the name), by `nearMatch`'s rule on
 * lengths: equal, or both at least 5 and one apart (two from 8 letters on). Most lengths can pass
 * none: such a label is ruled out by one load, without a call; the skeleton is not tested again when
 * it has the name's shape.
 */
function testsByLength(near: Near, tests: Uint8Array): void {
  const { name, skeleton, inside } = near;
  tests.fill(0);
  tests[255] = ANY;
  for (let n = 3; n <= Math.min(inside.length, 254); n++) tests[n] = INSIDE;
  mark(tests, name.length, NAME);
  const sameShape =
    skeleton.length === name.length && skeleton.letters === name.letters && skeleton.pairs === name.pairs;
  if (!sameShape) mark(tests, skeleton.length, SKELETON);
}

function mark(tests: Uint8Array, of: number, bit: number): void {
  if (of <= 254) tests[of]! |= bit;
  if (of < 5) return;
  for (let n = Math.max(5, of - 2); n <= Math.min(of + 2, 254); n++)
    if (Math.abs(n - of) <= (n >= 8 ? 2 : 1)) tests[n]! |= bit;
}

/** `testsByLength`'s table, filled anew by each `candidates` call (one call at a time). */
const byLengthTable = new Uint8Array(256);

/**
 * Whether a remembered label of `length` (capped at 255), `letters` and `pairs` passes one of the
 * `tests` its length allows: it `nearMatch`es the sender's name or skeleton, or its letters are all
 * among those of the name it may be written inside.
 */
function passes(tests: number, length: number, letters: number, pairs: number, near: Near): boolean {
  return (
    (tests & ANY) !== 0 ||
    ((tests & INSIDE) !== 0 && (letters & ~near.inside.letters) === 0) ||
    ((tests & NAME) !== 0 && nearMatch(length, letters, pairs, near.name)) ||
    ((tests & SKELETON) !== 0 && nearMatch(length, letters, pairs, near.skeleton))
  );
}

/**
 * Whether a label of `length` and `letters` may pass (`passes`) whatever its pairs: false only
 * when it cannot, so the scan reads a label's pairs only when its letters leave it a chance.
 */
function mayPass(tests: number, length: number, letters: number, near: Near): boolean {
  return (
    (tests & (ANY | INSIDE)) !== 0 ||
    ((tests & NAME) !== 0 && mayNearMatch(length, letters, near.name)) ||
    ((tests & SKELETON) !== 0 && mayNearMatch(length, letters, near.skeleton))
  );
}

/** `nearMatch`'s tests on the length and letters alone (it holds whenever nearMatch does). */
function mayNearMatch(length: number, letters: number, n: Shape): boolean {
  const d = n.length > length ? n.length - length : length - n.length;
  if (d === 0 && n.letters === letters) return true;
  const most = length >= 8 ? 2 : 1;
  return d <= most && n.length >= 5 && length >= 5 && bits(n.letters ^ letters) <= 2 * most;
}

/**
 * The domains whose first label `passes`, and those with an `xn--` label, in list order. The newest
 * list of a lineage answers from its typed arrays without touching its records; any other list is
 * walked.
 */
export function candidates(domains: Domains, near: Near): Array<Readonly<DomainMemory>> {
  const out: Array<Readonly<DomainMemory>> = [];
  const byLength = byLengthTable;
  testsByLength(near, byLength);
  const l = lineageOf(domains);
  if (!l) {
    for (const d of domains) {
      const n = Math.min(labelLength(d.domain), 255);
      const t = byLength[n]!;
      if (
        (t !== 0 && passes(t, n, lettersOf(d.domain, n), pairsOf(d.domain, n), near)) ||
        d.domain.includes('xn--')
      )
        out.push(d);
    }
    return out;
  }
  const found: number[] = [];
  for (let n = 0; n < 256; n++) {
    const t = byLength[n]!;
    if (t === 0) continue;
    const { letters, pairs, index, size } = l.byLength[n]!;
    for (let k = 0; k < size; k++) {
      const x = letters[k]!;
      if (mayPass(t, n, x, near) && passes(t, n, x, pairs[k]!, near)) found.push(index[k]!);
    }
  }
  // A remembered IDN domain whatever its A-label's shape (`idn`), once.
  if (l.idn.size > 0) for (const i of l.idn) if (!found.includes(i)) found.push(i);
  // In list order, as the walk gives them (which remembered domain a finding names may depend on it).
  if (found.length > 1) found.sort((x, y) => x - y);
  for (const i of found) out.push(domains[i]!);
  return out;
}

/** Where `domain` is in the list, or -1. */
export function domainIndex(domains: Domains, domain: string): number {
  // The recall (inside the analysis) and the learning (right after it) ask the same list about the
  // same domain: the second answer is the first, a comparison instead of a Map lookup, which after
  // an analysis is cache misses (for a first contact, a lookup that misses; issue 21). A list is
  // never changed in place (learn derives a new one), so its answer for a name never changes.
  if (domains === lastIndexOf.list && domain === lastIndexOf.domain) return lastIndexOf.index;
  const l = lineageOf(domains);
  const index = l ? (l.slot.get(domain) ?? -1) : walk(domains, domain);
  lastIndexOf.list = domains;
  lastIndexOf.domain = ownString(domain);
  lastIndexOf.index = index;
  return index;
}

/**
 * domainIndex's last question (the name a copy that stands alone) and answer. It holds one list (the memory's newest, which the
 * lineage holds too) until another is asked about; `releaseLatestLineage` lets go of it.
 */
const lastIndexOf: { list: Domains | null; domain: string; index: number } = {
  list: null,
  domain: '',
  index: -1,
};

/**
 * The memory's eviction order: by how many messages a domain sent, in tiers that double (1, 2-3,
 * 4-7, … up to 2^19), a known-good one last; the least recently seen first among equals, and the
 * name decides a tie (so the order is one whatever positions the records hold). Tiers, not "once
 * or more": a flood of a thousand domains that each send twice must not push out a bank seen
 * twenty times (sender-memory red team).
 */
const KNOWN_GOOD_RANK = 21;

/** A record's tier in the eviction order (`evictsBefore`): 0 for one message, 21 for known good. */
export function evictionRank(d: Readonly<DomainMemory>): number {
  if (d.knownGood) return KNOWN_GOOD_RANK;
  return d.count <= 1 ? 0 : Math.min(20, 31 - Math.clz32(d.count));
}

export function evictsBefore(x: Readonly<DomainMemory>, y: Readonly<DomainMemory>): number {
  const kx = evictionKey(x);
  const ky = evictionKey(y);
  return kx < ky ? -1 : kx > ky ? 1 : x.domain < y.domain ? -1 : x.domain > y.domain ? 1 : 0;
}

/** `evictsBefore` up to the name, as one number: the rank, then the time last seen. */
function evictionKey(d: Readonly<DomainMemory>): number {
  // Times kept within 0 to 2^44 ms (1970 to 2527; learn writes its own clock): 22 ranks of 2^44
  // stay exact in a double, and never overlap.
  const t = Math.min(Math.max(instantMillis(d.lastSeen) || 0, 0), 2 ** 44 - 1);
  return evictionRank(d) * 2 ** 44 + t;
}

/** `YYYY-MM-DDTHH:MM:SS.sssZ`, as toISOString writes it (whose text order is its time order). */
export function isCanonicalInstant(s: string): boolean {
  if (s.length !== 24) return false;
  for (let i = 0; i < 24; i++) {
    const c = s.charCodeAt(i);
    const want = CANONICAL.charCodeAt(i);
    if (want === 48 ? c < 48 || c > 57 : c !== want) return false;
  }
  return true;
}
const CANONICAL = '0000-00-00T00:00:00.000Z';

/**
 * The last canonical instant read and its time: learning reads the message's time twice (when it is
 * learnt at, then as the record's last seen, its eviction key), right after an analysis.
 */
let lastInstant: string | null = null;
let lastInstantMillis = 0;

/** Date.parse, read by hand for a canonical instant (in range) without calling into the runtime. */
export function instantMillis(s: string): number {
  if (s === lastInstant) return lastInstantMillis;
  return isCanonicalInstant(s) ? canonicalMillis(s) : Date.parse(s);
}

/** instantMillis of a canonical instant; NaN for any other text. */
export function canonicalInstantMillis(s: string): number {
  if (s === lastInstant) return lastInstantMillis;
  return isCanonicalInstant(s) ? canonicalMillis(s) : Number.NaN;
}

/** instantMillis of a canonical instant (`isCanonicalInstant`), kept as the last one read. */
function canonicalMillis(s: string): number {
  const t = readCanonical(s);
  lastInstant = s;
  lastInstantMillis = t;
  return t;
}

function readCanonical(s: string): number {
  const y = decimalAt(s, 0, 4);
  const m = decimalAt(s, 5, 7);
  const d = decimalAt(s, 8, 10);
  const hh = decimalAt(s, 11, 13);
  const mm = decimalAt(s, 14, 16);
  const ss = decimalAt(s, 17, 19);
  if (m < 1 || m > 12 || d < 1 || d > 31 || hh > 23 || mm > 59 || ss > 59) return Date.parse(s);
  // Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const days = era * 146097 + doe - 719468;
  // A day past the month's end (2026-02-30) is invalid to Date.parse: let it say so.
  if (d > 28 && new Date(days * 86_400_000).getUTCDate() !== d) return Date.parse(s);
  return ((days * 24 + hh) * 60 + mm) * 60_000 + ss * 1000 + decimalAt(s, 20, 23);
}

/**
 * The decimal number written in `s[from, to)` (digits only). A function of its own, not a closure
 * made per call: run once per learnt message, after an analysis.
 */
function decimalAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}

/** The index of the domain the memory evicts first, or -1 for an empty list. */
export function firstToEvict(domains: Domains): number {
  const l = lineageOf(domains);
  if (l) return domains.length > 0 ? l.heap[0]! : -1;
  let first = -1;
  for (let i = 0; i < domains.length; i++)
    if (first < 0 || evictsBefore(domains[i]!, domains[first]!) < 0) first = i;
  return first;
}

/** Whether index `i` of `list` goes before index `j` (`evictsBefore`, from the kept keys). */
function goesBefore(l: Lineage, list: Domains, i: number, j: number): boolean {
  const a = l.key[i]!;
  const b = l.key[j]!;
  // Equal keys (same rank, same millisecond): the name decides, as in evictsBefore.
  return a < b || (a === b && list[i]!.domain < list[j]!.domain);
}

function siftUp(l: Lineage, list: Domains, from: number): void {
  const { heap, place } = l;
  const i = heap[from]!;
  let p = from;
  while (p > 0) {
    const q = (p - 1) >> 1;
    const j = heap[q]!;
    if (!goesBefore(l, list, i, j)) break;
    heap[p] = j;
    place[j] = p;
    p = q;
  }
  heap[p] = i;
  place[i] = p;
}

function siftDown(l: Lineage, list: Domains, from: number): void {
  const { heap, place } = l;
  const n = list.length;
  const i = heap[from]!;
  let p = from;
  for (;;) {
    let c = 2 * p + 1;
    if (c >= n) break;
    if (c + 1 < n && goesBefore(l, list, heap[c + 1]!, heap[c]!)) c++;
    const j = heap[c]!;
    if (!goesBefore(l, list, j, i)) break;
    heap[p] = j;
    place[j] = p;
    p = c;
  }
  heap[p] = i;
  place[i] = p;
}

/** Index `at` of `list` changed its key (or its record, or joined the heap last): back in order. */
function reorder(l: Lineage, list: Domains, at: number): void {
  siftUp(l, list, l.place[at]!);
  siftDown(l, list, l.place[at]!);
}

/** The serialised size kept for `domains[at]` (lib/memory/budget.ts), or -1 when none is. */
export function slotBytes(domains: Domains, at: number): number {
  const l = latest !== null && latest.current === domains ? latest : lineages.get(domains);
  if (!l || l.current !== domains || at < 0 || at >= domains.length) return -1;
  return l.bytes[at]!;
}

/** Keeps `bytes` as the size of `domains[at]` when `domains` is its lineage's newest list. */
export function keepSlotBytes(domains: Domains, at: number, bytes: number): void {
  const l = latest !== null && latest.current === domains ? latest : lineages.get(domains);
  if (l && l.current === domains && at >= 0 && at < domains.length) l.bytes[at] = bytes;
}

/**
 * `learn` derived `after` from `before` by putting `entry` at index `at` (a domain's new record,
 * or a new domain in the slot of the one it evicted) or, with `at` = before.length, by appending it.
 * When `before` is its lineage's newest list, the lineage moves on to `after`.
 */
export function derived(before: Domains, after: Domains, at: number, entry: Readonly<DomainMemory>): void {
  const l = latest !== null && latest.current === before ? latest : lineages.get(before);
  if (!l || l.current !== before) return;
  const out = before[at];
  if (out && out.domain === entry.domain) {
    // The same domain's new record: the same name and place, only its eviction key and its
    // latest messages change.
    l.key[at] = evictionKey(entry);
    reorder(l, after, at);
    l.bytes[at] = -1;
    const prev = l.recent[at];
    l.recent[at] = prev ? summaryAfter(prev, entry) : undefined;
    l.current = after;
    makeLatest(l);
    return;
  }
  if (out) {
    l.slot.delete(out.domain);
    dropLabel(l, at, out.domain);
  }
  l.slot.set(entry.domain, at);
  addLabel(l, at, entry.domain);
  setShape(l, at, entry, at === before.length);
  l.bytes[at] = -1;
  l.recent[at] = undefined;
  if (l.slot.size !== after.length) {
    lineages.delete(before);
    if (latest === l) latest = null;
    return;
  }
  if (at === before.length) {
    l.heap[at] = at;
    l.place[at] = at;
  }
  reorder(l, after, at);
  l.current = after;
  makeLatest(l);
}
