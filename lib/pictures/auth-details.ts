// The DMARC record parsed and each DKIM signature's details, for the inspector's third picture:
// what an analyst reads off `dig TXT _dmarc.example.com` and a DKIM-Signature header, built from
// the Analysis alone (the recorded DNS answers and the signature lines), so a saved JSON report
// gives the same view. Header and DNS text is attacker-controlled: values are cut, never parsed
// further than the RFC 6376 §3.2 tag-list (lib/auth/tag-list.ts, linear on any input).
import { compact, headerFieldValue, parseTagList, type Tag, tagValue } from '../auth/tag-list';
import type { Analysis, DkimCheck, DnsLogEntry } from '../types';

const MAX_TAGS = 30;
const MAX_VALUE_CHARS = 300;
const MAX_URIS = 10;
const MAX_HEADERS = 60;

/** RFC 7489 §6.3 tags (and `np`, DMARCbis), in the order analysts read them. */
const DMARC_TAGS = ['v', 'p', 'sp', 'np', 'adkim', 'aspf', 'pct', 'rua', 'ruf', 'fo', 'rf', 'ri'] as const;

export interface DmarcDetails {
  /** The DNS name the record was found at (`_dmarc.` + From domain or its organisational domain). */
  name: string | null;
  /** The record text, cut at 1,000 characters. */
  record: string;
  /** Known tags, as written (null when absent); defaults are not filled in. */
  p: string | null;
  sp: string | null;
  np: string | null;
  adkim: string | null;
  aspf: string | null;
  pct: string | null;
  fo: string | null;
  rua: string[];
  ruf: string[];
  /** Every tag in record order (at most 30), known or not. */
  tags: Array<{ name: string; value: string; known: boolean }>;
  /** Tag-list syntax problems (RFC 7489 §6.4 uses the DKIM grammar). */
  problems: string[];
}

/** The DMARC record that applied, parsed; null when none was found. */
export function dmarcDetails(a: Pick<Analysis, 'dmarc' | 'dns'>): DmarcDetails | null {
  const record = a.dmarc.record;
  if (!record) return null;
  const list = parseTagList(record);
  const value = (n: string) => cutText(tagValue(list, n));
  const uris = (n: string) =>
    (tagValue(list, n) ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean)
      .slice(0, MAX_URIS)
      .map((u) => cut(u, MAX_VALUE_CHARS));
  const candidates = [a.dmarc.domain, a.dmarc.orgDomain]
    .filter(Boolean)
    .map((d) => `_dmarc.${d!.toLowerCase()}`);
  const name =
    candidates.find((n) => txtOf(a.dns, n).some((r) => r.trim() === record.trim())) ??
    a.dns.find((e) => e.type === 'TXT' && txtOf([e], e.name).some((r) => r.trim() === record.trim()))?.name ??
    null;
  return {
    name,
    record: cut(record, 1000),
    p: value('p'),
    sp: value('sp'),
    np: value('np'),
    adkim: value('adkim'),
    aspf: value('aspf'),
    pct: value('pct'),
    fo: value('fo'),
    rua: uris('rua'),
    ruf: uris('ruf'),
    tags: shownTags(list.tags, DMARC_TAGS),
    problems: list.errors,
  };
}

export type BodyHashState =
  /** The body hash (bh=) matched: the body is as signed (with l=: the signed part is). */
  | 'match'
  /** bh= did not match: the body was changed after signing. */
  | 'mismatch'
  /** The body was not hashed (a message over the size limit, or headers only). */
  | 'not-hashed'
  /** The check stopped before the body counted (no key, bad signature syntax, DNS error). */
  | 'not-checked';

export interface DkimDetails {
  domain: string;
  selector: string;
  result: DkimCheck['result'];
  aligned: boolean;
  algorithm: string | null;
  keyBits: number | null;
  /** c= (header/body canonicalization), RFC 6376 default simple/simple when absent. */
  canonicalization: string | null;
  identity: string | null;
  /** l=: bytes of the body the signature covers; null when it covers the whole body. */
  bodyLength: number | null;
  unsignedBytes: number | null;
  /** h=: the signed header fields in order (at most 60), and how many more there are. */
  headers: string[];
  moreHeaders: number;
  /** t= and x= as ISO 8601 UTC, null when absent or not a number. */
  signedAt: string | null;
  expiresAt: string | null;
  bodyHash: BodyHashState;
  /** The key record asked (`selector._domainkey.domain`) and what came back. */
  keyName: string;
  key: DkimKeyRecord | null;
  /** Why there is no key record: the DNS error code, or null when one was found or never asked. */
  keyError: string | null;
  cause: DkimCheck['cause'];
}

export interface DkimKeyRecord {
  /** k= (rsa when absent), t= flags (`y` testing, `s` strict), h= hashes, when present. */
  keyType: string | null;
  flags: string | null;
  hashes: string | null;
  /** p= shortened for display: `MIIBIjANBgkq…IDAQAB` (empty: the key is revoked). */
  publicKey: string;
  publicKeyChars: number;
  record: string;
}

export function dkimDetails(a: Pick<Analysis, 'dkim' | 'dns' | 'meta'>): DkimDetails[] {
  return a.dkim.map((d) => {
    const sig = d.line ? parseTagList(headerFieldValue(d.line)) : { tags: [], errors: [] };
    const h = compact(tagValue(sig, 'h') ?? '')
      .split(':')
      .filter(Boolean);
    const keyName = `${d.selector}._domainkey.${d.domain}`.toLowerCase();
    const entry = a.dns.find((e) => e.type === 'TXT' && e.name.toLowerCase() === keyName);
    const keyText = entry ? txtOf([entry], entry.name)[0] : undefined;
    const l = tagValue(sig, 'l');
    return {
      domain: d.domain,
      selector: d.selector,
      result: d.result,
      aligned: d.aligned,
      algorithm: d.algorithm ?? cutText(tagValue(sig, 'a')),
      keyBits: d.keyBits,
      canonicalization: cutText(tagValue(sig, 'c')),
      identity: d.identity ?? cutText(tagValue(sig, 'i')),
      bodyLength: d.bodyLength ?? (l !== null && /^\d{1,15}$/.test(l.trim()) ? Number(l.trim()) : null),
      unsignedBytes: d.unsignedBytes ?? null,
      headers: h.slice(0, MAX_HEADERS).map((x) => cut(x, 80)),
      moreHeaders: Math.max(0, h.length - MAX_HEADERS),
      signedAt: unixDate(tagValue(sig, 't')),
      expiresAt: unixDate(tagValue(sig, 'x')),
      bodyHash: bodyHashState(d, a.meta.bounds?.bodyHashed === false),
      keyName: cut(keyName, 300),
      key: keyText === undefined ? null : keyRecord(keyText),
      keyError: entry?.error ?? null,
      cause: d.cause,
    };
  });
}

function bodyHashState(d: DkimCheck, notHashed: boolean): BodyHashState {
  if (d.cause === 'body-hash-mismatch') return 'mismatch';
  if (notHashed || /body (?:was )?not hashed/i.test(d.info ?? '')) return 'not-hashed';
  // The body hash is compared before the signature (RFC 6376 §6.1.3): a signature that failed on
  // b= or verified had a matching body.
  if (d.result === 'pass' || d.cause === 'signature-mismatch' || d.listRestore) return 'match';
  return 'not-checked';
}

function keyRecord(text: string): DkimKeyRecord {
  const list = parseTagList(text);
  const p = compact(tagValue(list, 'p') ?? '');
  return {
    keyType: cutText(tagValue(list, 'k')),
    flags: cutText(tagValue(list, 't')),
    hashes: cutText(tagValue(list, 'h')),
    publicKey: p.length > 28 ? `${p.slice(0, 16)}…${p.slice(-8)}` : p,
    publicKeyChars: p.length,
    record: cut(
      text.replace(/p=[^;]*/, (m) => (m.length > 40 ? `p=${p.slice(0, 16)}…${p.slice(-8)}` : m)),
      500,
    ),
  };
}

/** RFC 6376 §3.5 t=/x=: seconds since the epoch; at most 12 digits (year 33658) are read. */
function unixDate(v: string | null): string | null {
  if (v === null || !/^\d{1,12}$/.test(v.trim())) return null;
  const ms = Number(v.trim()) * 1000;
  const date = new Date(ms);
  return Number.isFinite(date.getTime()) ? date.toISOString() : null;
}

/** TXT answers of `name` in the log, each record's strings joined. */
function txtOf(log: readonly DnsLogEntry[], name: string): string[] {
  const out: string[] = [];
  for (const e of log) {
    if (e.type !== 'TXT' || e.name.toLowerCase() !== name.toLowerCase() || !Array.isArray(e.answer)) continue;
    for (const r of e.answer) out.push(Array.isArray(r) ? r.join('') : String(r));
  }
  return out;
}

function shownTags(tags: Tag[], known: readonly string[]) {
  return tags.slice(0, MAX_TAGS).map((t) => ({
    name: cut(t.name, 40),
    value: cut(t.value, MAX_VALUE_CHARS),
    known: known.includes(t.name.toLowerCase()),
  }));
}

function cutText(v: string | null): string | null {
  return v === null ? null : cut(v.trim(), MAX_VALUE_CHARS);
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
