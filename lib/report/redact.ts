// Redaction for sharing a report: recipient addresses, Subject and Message-ID are masked everywhere
// they appear (fields, evidence, raw header lines); domains and IPs stay, because they are the
// evidence. The DNS log is left exactly as recorded so a redacted JSON report still replays.
import type { Analysis } from '../types';

export const REDACTED = '[redacted]';

const ADDR = /[^\s<>"'(),;:@]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,}|[A-Za-z0-9-]+)/g;
// Headers whose whole value identifies the message or its recipients.
const OPAQUE_HEADERS = /^(subject|thread-topic|message-id|in-reply-to|references)\s*:/i;
const RECIPIENT_HEADERS =
  /^(to|cc|bcc|delivered-to|x-original-to|envelope-to|x-envelope-to|x-forwarded-to|resent-to)\s*:/i;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function maskAddress(addr: string): string {
  const at = addr.lastIndexOf('@');
  return at < 0 ? REDACTED : `${REDACTED}${addr.slice(at)}`;
}

// VERP (a mailing list's per-recipient bounce address): the recipient rides in the local part as
// `local=domain` after a `+` or `-`, e.g. bounces+bob=victim.example@list.example.
const VERP_LOCAL = /(^|[+-])[^+\-=@\s]+=[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

/** An address with a VERP-encoded recipient in its local part masked (others unchanged). */
function maskVerp(addr: string): string {
  const at = addr.lastIndexOf('@');
  if (at < 0) return addr;
  const local = addr.slice(0, at).replace(VERP_LOCAL, `$1${REDACTED}`);
  return local + addr.slice(at);
}

function recipients(a: Analysis): string[] {
  const out = new Set<string>();
  for (const m of a.to) if (m.address) out.add(m.address.toLowerCase());
  for (const h of a.hops) {
    if (h.for) for (const m of h.for.match(ADDR) ?? []) out.add(m.toLowerCase());
    for (const m of h.line.matchAll(/\bfor\s+<?([^\s<>;]+@[^\s<>;]+)>?/gi))
      if (m[1]) out.add(m[1].toLowerCase());
  }
  return [...out];
}

function makeMasker(a: Analysis): (s: string) => string {
  const addrs = recipients(a);
  const secrets: string[] = [];
  if (a.subject && a.subject.trim().length >= 3) secrets.push(a.subject.trim());
  if (a.messageId) {
    const inner = a.messageId.replace(/^<|>$/g, '').trim();
    if (inner) secrets.push(inner);
  }
  const addrRe = addrs.length ? new RegExp(addrs.map(escapeRe).join('|'), 'gi') : null;
  const secretRe = secrets.length ? new RegExp(secrets.map(escapeRe).join('|'), 'gi') : null;
  return (s: string): string => {
    if (OPAQUE_HEADERS.test(s)) return `${s.slice(0, s.indexOf(':'))}: ${REDACTED}`;
    let out = s;
    if (RECIPIENT_HEADERS.test(out)) {
      const colon = out.indexOf(':');
      // Display names of recipients go too: keep only the masked addresses.
      const masked = (out.slice(colon + 1).match(ADDR) ?? []).map((m) => `<${maskAddress(m)}>`);
      out = `${out.slice(0, colon)}: ${masked.join(', ') || REDACTED}`;
    }
    out = out.replace(
      /\bfor\s+<?([^\s<>;]+@[^\s<>;]+?)>?(?=[\s;]|$)/gi,
      (_m, addr: string) => `for <${maskAddress(addr)}>`,
    );
    if (addrRe) out = out.replace(addrRe, (m) => maskAddress(m));
    out = out.replace(ADDR, (m) => maskVerp(m));
    if (secretRe) out = out.replace(secretRe, REDACTED);
    return out;
  };
}

function deepMap<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v) => deepMap(v, f)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = deepMap(v, f);
    return out as T;
  }
  return value;
}

/** A masked copy; the input is not changed. */
export function redactAnalysis(a: Analysis): Analysis {
  const mask = makeMasker(a);
  const { dns, ...rest } = a;
  const out = deepMap(rest, mask) as Omit<Analysis, 'dns'>;
  return {
    ...out,
    subject: a.subject === null ? null : REDACTED,
    messageId: a.messageId === null ? null : REDACTED,
    to: a.to.map((m) => ({
      ...m,
      address: maskAddress(m.address),
      displayName: m.displayName ? REDACTED : '',
    })),
    hops: out.hops.map((h) => ({
      ...h,
      for: h.for === null ? null : (h.for.match(ADDR) ?? []).map(maskAddress).join(', ') || REDACTED,
    })),
    dns: JSON.parse(JSON.stringify(dns)) as Analysis['dns'],
  };
}
