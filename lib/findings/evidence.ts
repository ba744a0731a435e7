// Evidence helpers: findings quote the exact header lines (unfolded `Name: value`) or the DNS
// answer (`TXT _dmarc.example.com: v=DMARC1; …`) they rest on, so a reader can check them.
import { txtRecords } from '../dns/txt';
import type { DnsLogEntry, ParsedMessage } from '../types';
import type { RuleContext } from './rule';

/** Every header line with this (case-insensitive) name, top to bottom. */
export function headerLines(message: ParsedMessage, name: string): string[] {
  const key = name.toLowerCase();
  return message.headers.filter((h) => h.key === key).map((h) => h.line);
}

export function firstHeaderLine(message: ParsedMessage, name: string): string[] {
  const key = name.toLowerCase();
  for (const h of message.headers) if (h.key === key) return [h.line];
  return [];
}

/** The TXT record at `name` that starts with `prefix` (e.g. `v=spf1`), as evidence text. */
export function txtEvidence(dns: DnsLogEntry[], name: string, prefix: string): string | null {
  const want = name.toLowerCase();
  for (const entry of dns) {
    if (entry.type !== 'TXT' || entry.name.toLowerCase() !== want) continue;
    const rec = txtRecords(entry.answer).find((t) => t.toLowerCase().startsWith(prefix.toLowerCase()));
    if (rec) return `TXT ${want}: ${rec}`;
  }
  return null;
}

/** A DNS failure recorded for `name`, as evidence text (`TXT x: ESERVFAIL`). */
export function dnsErrorEvidence(dns: DnsLogEntry[], name?: string): string[] {
  const temporary = new Set(['ETIMEOUT', 'ESERVFAIL', 'EREFUSED', 'ECONNREFUSED']);
  return dns
    .filter(
      (e) => e.error && temporary.has(e.error) && (!name || e.name.toLowerCase() === name.toLowerCase()),
    )
    .map((e) => `${e.type} ${e.name}: ${e.error}`);
}

/** The Received line of the hop the origin was taken from. */
export function originHopLine(ctx: RuleContext): string[] {
  const idx = ctx.analysis.origin.hopIndex;
  const hop = idx === null ? undefined : ctx.analysis.hops.find((h) => h.index === idx);
  return hop ? [hop.line] : [];
}

/**
 * The place in the header block (HeaderField.index) of the receiver's entry Received line, the hop
 * the origin was taken from: fields above it are the receiver's to write (its Received-SPF).
 */
export function entryFieldIndex(ctx: RuleContext): number | undefined {
  const k = ctx.analysis.origin.hopIndex;
  if (k === null) return undefined;
  let seen = 0;
  for (const h of ctx.message.headers) if (h.key === 'received' && seen++ === k) return h.index;
  return undefined;
}

export function providerLines(ctx: RuleContext): string[] {
  return ctx.analysis.provider?.lines ?? [];
}

/** De-duplicate while keeping order. */
export function uniq(lines: Array<string | null | undefined>): string[] {
  const seen = new Set<string>();
  for (const l of lines) if (l) seen.add(l);
  return [...seen];
}

/**
 * The `d=` of every DKIM-Signature header on the message, valid or not (lower case, no trailing
 * dot): who signed it or claims to, read from the headers, whatever our check or offline mode made of them.
 */
export function dkimSignerDomains(message: ParsedMessage): string[] {
  const out: string[] = [];
  for (const h of message.headers) {
    if (h.key !== 'dkim-signature') continue;
    const d = /(?:^|;)\s*d\s*=\s*([^;\s]+)/i.exec(h.rawValue)?.[1]?.toLowerCase().replace(/\.$/, '');
    if (d !== undefined) out.push(d);
  }
  return out;
}
