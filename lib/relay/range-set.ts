// A labelled set of address ranges (ESP sending ranges, hosting ranges from official feeds),
// flattened into sorted, non-overlapping intervals so a lookup is one binary search.
// Overlaps: the more specific (inner) range wins, so a provider's /24 inside another's /16 keeps
// its own label. Built once; never mutated.
import {
  bigIntFromWords,
  type Cidr,
  compareWords,
  type IpAddress,
  parseCidr,
  type Words,
  wordsFromBigInt,
} from './address';

export interface LabelledRange {
  cidr: string;
  label: string;
}

export interface Segment {
  first: bigint;
  last: bigint;
  label: string;
}

export interface RangeSet {
  lookup(ip: IpAddress): string | null;
  /** The parsed entries (for overlap sums in the broad-SPF check). */
  entries: Array<{ cidr: Cidr; label: string }>;
  /** Entries that did not parse (reported, not thrown). */
  rejected: string[];
  /** The flattened, non-overlapping segments per family (for overlap sums). */
  segments: { v4: Segment[]; v6: Segment[] };
}

/**
 * Sweeps nested-or-disjoint ranges (CIDRs always are) into non-overlapping segments where the
 * innermost range's label wins, merging neighbours with the same label.
 */
function flatten(items: Segment[]): Segment[] {
  const sorted = [...items].sort((a, b) =>
    a.first !== b.first ? (a.first < b.first ? -1 : 1) : a.last > b.last ? -1 : a.last < b.last ? 1 : 0,
  );
  const out: Segment[] = [];
  const stack: Segment[] = [];
  let cursor = 0n;
  const emit = (first: bigint, last: bigint, label: string): void => {
    const prev = out[out.length - 1];
    if (prev && prev.label === label && prev.last + 1n === first) prev.last = last;
    else out.push({ first, last, label });
  };
  const emitUntil = (pos: bigint | null): void => {
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.last < cursor) {
        stack.pop();
        continue;
      }
      if (pos !== null && cursor >= pos) return;
      const end = pos !== null && pos - 1n < top.last ? pos - 1n : top.last;
      emit(cursor, end, top.label);
      cursor = end + 1n;
    }
  };
  for (const it of sorted) {
    emitUntil(it.first);
    if (stack.length === 0 || it.first > cursor) cursor = it.first;
    stack.push(it);
  }
  emitUntil(null);
  return out;
}

function search<T>(firsts: T[], x: T, le: (a: T, b: T) => boolean): number {
  let lo = 0;
  let hi = firsts.length - 1;
  let idx = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (le(firsts[mid]!, x)) {
      idx = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return idx;
}

export function buildRangeSet(ranges: LabelledRange[]): RangeSet {
  const v4: Segment[] = [];
  const v6: Segment[] = [];
  const entries: Array<{ cidr: Cidr; label: string }> = [];
  const rejected: string[] = [];
  for (const r of ranges) {
    const c = parseCidr(r.cidr);
    if (!c) {
      rejected.push(r.cidr);
      continue;
    }
    entries.push({ cidr: c, label: r.label });
    if (c.v === 4) v4.push({ first: BigInt(c.first), last: BigInt(c.last), label: r.label });
    else v6.push({ first: bigIntFromWords(c.first), last: bigIntFromWords(c.last), label: r.label });
  }
  const flat4 = flatten(v4);
  const firsts4 = flat4.map((s) => Number(s.first));
  const lasts4 = flat4.map((s) => Number(s.last));
  const flat6 = flatten(v6);
  const firsts6 = flat6.map((s) => wordsFromBigInt(s.first));
  const lasts6 = flat6.map((s) => wordsFromBigInt(s.last));
  const le6 = (a: Words, b: Words): boolean => compareWords(a, b) <= 0;
  return {
    entries,
    rejected,
    segments: { v4: flat4, v6: flat6 },
    lookup(ip) {
      if (ip.v === 4) {
        const i = search(firsts4, ip.n, (a, b) => a <= b);
        return i >= 0 && ip.n <= lasts4[i]! ? flat4[i]!.label : null;
      }
      const i = search(firsts6, ip.w, le6);
      return i >= 0 && le6(ip.w, lasts6[i]!) ? flat6[i]!.label : null;
    },
  };
}
