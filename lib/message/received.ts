// Received headers (RFC 5321 §4.4) → hops. Every MTA writes them a little differently, so this
// is a tolerant tokenizer (words and parenthesised comments) plus a few shape rules, not one big
// regex: a 200 KB hostile line must cost linear time.
import type { HeaderField, Hop, IpClass } from '../types';
import { parseMailDate } from './date';
import { normalizeIp } from './ip';

/** What one Received header says by itself (no relay intelligence, no neighbours). */
export type ReceivedFields = Omit<Hop, keyof IpClass | 'index' | 'delaySeconds' | 'internal'>;

/** Real Received clauses are a few hundred characters; only this much is tokenised. */
const MAX_SCAN = 8 * 1024;
const MAX_DATE = 256;

const KEYWORDS = new Set(['from', 'by', 'via', 'with', 'id', 'for']);

type Token = { kind: 'word'; text: string } | { kind: 'comment'; text: string };

interface Clause {
  /** Words before the clause's first comment: `with Microsoft SMTP Server (…)` → 3 words,
   *  Exim's `with esmtps (TLS1.3) tls …` → just `esmtps`. */
  words: string[];
  comments: string[];
}

/** Parses one Received header: its unfolded value, a `Received: …` line, or the HeaderField. */
export function parseReceived(input: string | HeaderField): ReceivedFields {
  let line: string;
  let value: string;
  if (typeof input === 'string') {
    const m = /^received[ \t]*:/i.exec(input);
    value = (m ? input.slice(m[0].length) : input).trim();
    line = m ? input : `Received: ${value}`;
  } else {
    value = input.rawValue;
    line = input.line;
  }

  // RFC 5321 §4.4: the time stamp follows the last ";".
  let date: string | null = null;
  let clauseText = value;
  const semi = value.lastIndexOf(';');
  if (semi !== -1) {
    date = parseMailDate(value.slice(semi + 1, semi + 1 + MAX_DATE));
    clauseText = value.slice(0, semi);
  }
  const clauses = splitClauses(tokenize(clauseText.slice(0, MAX_SCAN)));
  const from = fromSide(clauses.get('from'));
  const first = (k: string) => clauses.get(k)?.words[0] ?? null;
  const withWords = clauses.get('with')?.words ?? [];

  // Fields listed rather than `...from`: V8 builds a spread followed by more properties slowly,
  // and this runs for every Received line (half the time of reading one, measured).
  return {
    helo: from.helo,
    rdns: from.rdns,
    ip: from.ip,
    by: trimHost(first('by')),
    with: withWords.length ? withWords.join(' ') : null,
    id: first('id'),
    for: stripAngles(first('for')),
    date,
    line,
  };
}

/** All Received headers in header order: index 0 is the topmost (the last hop, nearest the reader). */
export function parseReceivedChain(headers: HeaderField[]): Hop[] {
  const hops: Hop[] = headers
    .filter((h) => h.key === 'received')
    .map((h, index) => {
      // Listed, not spread: see parseReceived.
      const r = parseReceived(h);
      return {
        index,
        helo: r.helo,
        rdns: r.rdns,
        ip: r.ip,
        by: r.by,
        with: r.with,
        id: r.id,
        for: r.for,
        date: r.date,
        line: r.line,
        delaySeconds: null,
        internal: false,
        asn: null,
        org: null,
        hosting: null,
        esp: null,
      };
    });
  // Delay = this hop's time − the hop below it (which handled the message earlier). A negative
  // delay is kept: it is evidence of clock skew or a forged lower header.
  for (let i = 0; i + 1 < hops.length; i++) {
    const here = hops[i]!.date;
    const before = hops[i + 1]!.date;
    if (here && before) hops[i]!.delaySeconds = Math.round((Date.parse(here) - Date.parse(before)) / 1000);
  }
  return hops;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
    } else if (c === 40 /* ( */) {
      // Nested comments (RFC 5322 §3.2.2) are kept inside their parent's text.
      let depth = 0;
      const start = i + 1;
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 40) depth++;
        else if (d === 41 && --depth === 0) break;
      }
      tokens.push({ kind: 'comment', text: text.slice(start, Math.min(i, n)).trim() });
      i++;
    } else {
      const start = i;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 32 || d === 9 || d === 10 || d === 13 || d === 40) break;
        i++;
      }
      tokens.push({ kind: 'word', text: text.slice(start, i) });
    }
  }
  return tokens;
}

/** Groups tokens under the keyword before them. A keyword only opens a clause once the current
 *  clause has a value, so `by id.example.net` keeps `id.example.net` as the by-host. */
function splitClauses(tokens: Token[]): Map<string, Clause> {
  const clauses = new Map<string, Clause>();
  let current: Clause | null = null;
  for (const t of tokens) {
    if (t.kind === 'word') {
      const k = t.text.toLowerCase();
      if (KEYWORDS.has(k) && (current === null || current.words.length + current.comments.length > 0)) {
        current = { words: [], comments: [] };
        if (!clauses.has(k)) clauses.set(k, current);
        continue;
      }
      if (current && current.comments.length === 0) current.words.push(t.text);
    } else {
      current?.comments.push(t.text);
    }
  }
  return clauses;
}

interface FromSide {
  helo: string | null;
  rdns: string | null;
  ip: string | null;
}

/**
 * The sending side. Shapes seen in the wild:
 * - Postfix/Sendmail/Gmail: `from HELO (RDNS [IP])`, `(unknown [IP])`, `([IP])`, `[IPv6:…]`.
 * - Exim: `from RDNS ([IP]:port helo=HELO)` or `from [IP] (helo=HELO)`: the word after `from` is
 *   what the receiver saw, the helo is in the comment.
 * - qmail: `from RDNS (HELO helo) (IP)`; Microsoft: `from HELO (IP)` with a bare IP, no rDNS.
 * The IP the receiver observed (in the comment) wins over a literal the sender claimed.
 */
function fromSide(clause: Clause | undefined): FromSide {
  if (!clause) return { helo: null, rdns: null, ip: null };
  const word = clause.words[0] ?? null;
  let ip: string | null = null;
  let rdns: string | null = null;
  let commentHelo: string | null = null;
  // The receiver writes its own record of the connection, `(rdns [ip])`, AFTER the HELO name the
  // client chose. A HELO name carrying a comment of its own (`x([198.51.100.25])`, where an MTA
  // lets it through) comes first: the last comment that names an address is the receiver's.
  for (const comment of clause.comments) {
    const text = comment.slice(0, 1024);
    const helo = /(?:^|[\s(])(?:helo|ehlo)(?:=|\s+)([^\s()=]{1,255})/i.exec(text);
    if (helo && !commentHelo) commentHelo = helo[1] ?? null;
    const bracket = /\[((?:ipv6:)?[0-9a-f:.]{2,60})\]/i.exec(text);
    if (bracket) {
      const found = normalizeIp(bracket[1] ?? '');
      if (found) {
        ip = found;
        rdns = hostBefore(text.slice(0, bracket.index));
      }
      continue;
    }
    for (const piece of text.split(/[\s,;()]+/, 20)) {
      const candidate = normalizeIp(piece.replace(/^[^@]*@/, ''));
      if (candidate) {
        ip = candidate;
        rdns = null;
        break;
      }
    }
  }
  const wordIp = word ? normalizeIp(word.replace(/:\d{1,5}$/, '')) : null;
  if (commentHelo) {
    // Exim and qmail: the from-word is the receiver's view (rDNS name or IP literal).
    return {
      helo: trimHost(commentHelo),
      rdns: rdns ?? (wordIp || !word || /^unknown$/i.test(word) ? null : trimHost(word)),
      ip: ip ?? wordIp,
    };
  }
  return { helo: word ? trimHost(word) : null, rdns, ip: ip ?? wordIp };
}

/** The host name written just before `[IP]` in a comment, e.g. `mail.example.com. ` or `user@host `. */
function hostBefore(text: string): string | null {
  const words = text.trim().split(/\s+/);
  const last = (words[words.length - 1] ?? '').replace(/^[^@]*@/, '');
  if (!last || /^unknown$/i.test(last) || !/^[a-z0-9_.-]{1,255}$/i.test(last) || normalizeIp(last))
    return null;
  return trimHost(last);
}

function trimHost(host: string | null): string | null {
  if (!host) return null;
  const h = host.replace(/;$/, '').replace(/\.$/, '');
  return h || null;
}

function stripAngles(addr: string | null): string | null {
  if (!addr) return null;
  const a = addr.replace(/;$/, '').replace(/^<|>$/g, '');
  return a || null;
}
