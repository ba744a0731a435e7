// The SPF evaluation as a tree, for the inspector's SPF picture and the reports: the checked
// domain's record, the includes and redirects it followed, each term's outcome and the §4.6.4
// counters. It is rebuilt from the recorded DNS answers (Analysis.dns) by replaying the term
// walker over them, so it asks DNS nothing, and a saved JSON report gives the same tree.
//
// Bounded for hostile records: the walk itself stops after 10 DNS-querying terms (RFC 7208
// §4.6.4), so there are at most 11 records; each lists at most MAX_TERMS terms (the evaluated
// include/redirect/matching ones are always kept) and record text is cut at MAX_RECORD_CHARS.
import { isDnsErrorCode } from '../dns/errors';
import { normaliseName, questionKey } from '../dns/name';
import { RR_TYPES } from '../dns/resolver';
import { ZoneResolver } from '../dns/zone';
import type { AuthWord, DnsLogEntry, SpfCheck } from '../types';
import { type SpfTrace, type SpfWalkResult, walkSpf } from './spf-walk';

export const SPF_LOOKUP_LIMIT = 10; // RFC 7208 §4.6.4
export const SPF_VOID_LIMIT = 2; // RFC 7208 §4.6.4
const MAX_TERMS = 40;
const MAX_TERM_CHARS = 200;
const MAX_RECORD_CHARS = 1000;

export type SpfTermOutcome = 'match' | 'no-match' | 'not-reached' | 'error' | 'skipped';

export interface SpfTreeTerm {
  /** The term as written in the record (cut at 200 characters). */
  term: string;
  /** Mechanism or modifier name, lower case (`include`, `ip4`, `redirect`, `exp`…). */
  kind: string;
  /** 1-based number of the DNS lookup this term cost (§4.6.4), null for terms that cost none. */
  lookup: number | null;
  /** `skipped`: a modifier the evaluation does not walk (`exp=`, unknown ones). */
  outcome: SpfTermOutcome;
  /** The term's query found nothing (a void lookup, §4.6.4). */
  void?: true;
  /** The record an include or redirect led to. */
  child?: SpfTreeNode;
}

export interface SpfTreeNode {
  domain: string;
  /** How the evaluation got here. */
  via: 'check' | 'include' | 'redirect';
  /** The SPF record (cut at 1,000 characters); null when the domain has none or DNS failed. */
  record: string | null;
  /** The domain is already on the way here (an include loop); the walk's lookup limit ends it. */
  loop?: true;
  terms: SpfTreeTerm[];
  /** Terms of the record not listed (beyond the first 40 and not evaluated as include/redirect/match). */
  hiddenTerms: number;
}

export interface SpfTree {
  root: SpfTreeNode;
  /** The tree walk's own result; it normally equals SpfCheck.result. */
  result: AuthWord;
  /** DNS-querying terms evaluated (limit 10) and lookups that found nothing (limit 2). */
  lookups: number;
  voids: number;
  /** Why the evaluation stopped early (`more than 10 DNS lookups`…), null when it finished. */
  stop: string | null;
}

/**
 * The tree of the SPF check `spf` from the DNS answers recorded during the analysis. Null when SPF
 * was not evaluated against DNS (no client IP, no domain, offline). Questions missing from the log
 * answer SERVFAIL, so the tree never shows a term as matching on data the engine did not see.
 */
export async function buildSpfTree(spf: SpfCheck, log: readonly DnsLogEntry[]): Promise<SpfTree | null> {
  if (!spf.ip || !spf.domain || log.length === 0) return null;
  const identity = spf.envelopeFrom ?? (spf.helo ? `postmaster@${spf.helo}` : null);
  if (!identity) return null;
  const replay = ZoneResolver.fromLog(log);
  const recorder = spfTreeRecorder();
  const walk = await walkSpf({
    ip: spf.ip,
    domain: spf.domain,
    sender: identity,
    helo: spf.helo,
    lookup: (name, type) => replay.resolve(name, type),
    trace: recorder.trace,
  });
  return recorder.finish(walk);
}

/**
 * A tree built while a walk runs (lib/auth/spf.ts's own walk, after mailauth decided), so the tree
 * costs no second walk: `trace` goes to walkSpf, `finish` takes its result.
 */
export interface SpfTreeRecorder {
  readonly trace: SpfTrace;
  finish(walk: SpfWalkResult): SpfTree | null;
  /** The tree, once finish has run. */
  tree?: SpfTree | null;
}

export function spfTreeRecorder(): SpfTreeRecorder {
  const builder = new TreeBuilder();
  const recorder: SpfTreeRecorder = {
    trace: builder,
    finish(walk) {
      const root = builder.finish(walk.reason !== null, walk.lookups, walk.voids);
      recorder.tree = root
        ? { root, result: walk.result, lookups: walk.lookups, voids: walk.voids, stop: walk.reason }
        : null;
      return recorder.tree;
    },
  };
  return recorder;
}

interface Open {
  node: SpfTreeNode;
  /** Every term of the record, for the "not reached" rows and to find term i. */
  all: string[];
  /** Index in `all` → its row in node.terms. */
  rows: Map<number, SpfTreeTerm>;
  /** The term being evaluated. */
  current: SpfTreeTerm | null;
  lookupsBefore: number;
  voidsBefore: number;
}

class TreeBuilder implements SpfTrace {
  readonly #stack: Open[] = [];
  #root: SpfTreeNode | null = null;
  #lookups = 0;
  #voids = 0;

  enter(domain: string, lookups: number): void {
    const parent = this.#stack.at(-1);
    const via: SpfTreeNode['via'] = !parent
      ? 'check'
      : parent.current?.kind === 'redirect'
        ? 'redirect'
        : 'include';
    const node: SpfTreeNode = { domain: domain.slice(0, 255), via, record: null, terms: [], hiddenTerms: 0 };
    if (this.#stack.some((o) => o.node.domain === node.domain)) node.loop = true;
    if (parent?.current) {
      parent.current.child = node;
      // The include/redirect's own query was counted just before its target was entered.
      if (lookups > parent.lookupsBefore) parent.current.lookup = lookups;
    } else if (!parent) this.#root = node;
    this.#lookups = lookups;
    this.#stack.push({
      node,
      all: [],
      rows: new Map(),
      current: null,
      lookupsBefore: lookups,
      voidsBefore: 0,
    });
  }

  record(record: string | null): void {
    const open = this.#stack.at(-1);
    if (!open) return;
    open.node.record = record === null ? null : cut(record, MAX_RECORD_CHARS);
    open.all = record === null ? [] : record.split(' ').filter(Boolean).slice(1);
    // Listed up front as "not reached"; the walk turns them into what it found.
    for (const [i, term] of open.all.slice(0, MAX_TERMS).entries()) {
      const row = newRow(term);
      open.rows.set(i, row);
      open.node.terms.push(row);
    }
    open.node.hiddenTerms = Math.max(0, open.all.length - MAX_TERMS);
    for (const row of open.node.terms)
      if (isModifier(row.term) && row.kind !== 'redirect') row.outcome = 'skipped';
  }

  term(index: number): void {
    const open = this.#stack.at(-1);
    if (!open) return;
    let row = open.rows.get(index);
    if (!row) {
      // Past the listed ones: shown only if it turns out to matter (include, redirect, match, error).
      row = newRow(open.all[index] ?? '');
      open.rows.set(index, row);
    }
    open.current = row;
    open.lookupsBefore = this.#lookups;
    open.voidsBefore = this.#voids;
  }

  outcome(matched: boolean, lookups: number, voids: number): void {
    const open = this.#stack.at(-1);
    const row = open?.current;
    if (!open || !row) return;
    row.outcome = matched ? 'match' : 'no-match';
    if (row.lookup === null && lookups > open.lookupsBefore) row.lookup = open.lookupsBefore + 1;
    if (voids > open.voidsBefore) row.void = true;
    this.#lookups = lookups;
    this.#voids = voids;
    this.#keep(open, row);
    open.current = null;
  }

  leave(): void {
    this.#stack.pop();
  }

  /** The root; terms still open when the walk stopped are where it stopped (`error`). */
  finish(stopped: boolean, lookups: number, voids: number): SpfTreeNode | null {
    if (stopped) {
      for (const open of this.#stack) {
        const row = open.current;
        if (!row) continue;
        row.outcome = 'error';
        // The term that broke a limit: its own query is the one over it.
        if (row.lookup === null && !row.child && lookups > open.lookupsBefore)
          row.lookup = open.lookupsBefore + 1;
        if (voids > open.voidsBefore && open === this.#stack.at(-1)) row.void = true;
        this.#keep(open, row);
      }
    }
    return this.#root;
  }

  #keep(open: Open, row: SpfTreeTerm): void {
    if (open.node.terms.includes(row)) return;
    if (row.outcome === 'no-match' && !row.child) return;
    open.node.terms.push(row);
    open.node.hiddenTerms = Math.max(0, open.node.hiddenTerms - 1);
  }
}

function newRow(term: string): SpfTreeTerm {
  const body = term.replace(/^[-+~?]/, '');
  const kind = (body.match(/^[a-z][a-z0-9_.-]*/i)?.[0] ?? '?').toLowerCase().slice(0, 40);
  return { term: cut(term, MAX_TERM_CHARS), kind, lookup: null, outcome: 'not-reached' };
}

function isModifier(term: string): boolean {
  return /^[a-z][a-z0-9_.-]*=/i.test(term);
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * `spf` with its tree (`spf.tree`), when one can be built from the log. `live`: the tree the SPF
 * check's own walk recorded, taken when the replay could not differ from it: every question in
 * the log asked once, so the one outcome the replay would read is the one that walk was given.
 */
export async function withSpfTree(
  spf: SpfCheck,
  log: readonly DnsLogEntry[],
  live?: SpfTreeRecorder,
): Promise<SpfCheck> {
  const tree =
    live?.tree !== undefined && spf.ip && spf.domain && log.length > 0 && eachAskedOnce(log)
      ? live.tree
      : await buildSpfTree(spf, log);
  return tree ? { ...spf, tree } : spf;
}

function eachAskedOnce(log: readonly DnsLogEntry[]): boolean {
  const seen = new Set<string>();
  for (const e of log) {
    if (!RR_TYPES.includes(e.type) || (e.answer === undefined && !isDnsErrorCode(e.error))) return false;
    let key: string;
    try {
      key = questionKey(normaliseName(e.name, e.type), e.type);
    } catch {
      return false;
    }
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}
