// Received parsing as it was before normalizeIp skipped host names and fromSide stopped asking the
// same words twice (rt-p14), kept as the reference the property test holds the new one to. Not used by lib/.
// Received headers (RFC 5321 §4.4) → hops. Every MTA writes them a little differently, so this
// is a tolerant tokenizer (words and parenthesised comments) plus a few shape rules, not one big
// regex: a 200 KB hostile line must cost linear time.

import { parseMailDate } from '../../../lib/message/date';
import { isInternalIp } from '../../../lib/message/ip';
import { innerAddressSmtpLine } from '../../../lib/message/yahoo-layout';
import type { HeaderField, Hop, IpClass } from '../../../lib/types';
import { normalizeIp } from './ip-reference';

/** What one Received header says by itself (no relay intelligence, no neighbours). */
export type ReceivedFields = Omit<Hop, keyof IpClass | 'index' | 'delaySeconds' | 'internal'> & {
  /** MDaemon's line: it names the client by its HELO alone and writes its address in X-MDRemoteIP. */
  remoteIpRow?: true;
};

/** Real Received clauses are a few hundred characters; only this much is tokenised. */
const MAX_SCAN = 8 * 1024;
const MAX_DATE = 256;

/** A date-time (RFC 5322 §3.3, day name optional; or Go's `2018-04-22 02:54:17.028704749 +0000
 *  UTC`, SendGrid's filter relays) closing a line that has no ";" before it. Every part is bounded
 *  and the tail it runs on is MAX_DATE long: no backtracking blow-up. */
const UNSEPARATED_DATE =
  /(?:^|\s)((?:[a-z]{3,9},?\s{1,9})?\d{1,2}\s{1,9}[a-z]{3}\s{1,9}\d{2,4}\s{1,9}\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,9})?(?:\s{1,9}(?:[+-]\d{4}|[a-z]{1,5}))?(?:\s{0,9}\([^()]{0,40}\))?|\d{4}-\d{2}-\d{2}\s\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?\s[+-]\d{4}(?:\s[a-z]{1,5})?)\s*$/i;

const KEYWORDS = new Set(['from', 'by', 'via', 'with', 'id', 'for']);

type Token =
  /** `spaced`: white space (or the start) comes before it; a keyword glued to a `)` is not one. */
  { kind: 'word'; text: string; spaced: boolean } | { kind: 'comment'; text: string; closed: boolean };

interface Clause {
  /** Words before the clause's first comment: `with Microsoft SMTP Server (…)` → 3 words,
   *  Exim's `with esmtps (TLS1.3) tls …` → just `esmtps`. */
  words: string[];
  comments: string[];
  /** A comment in the clause never closed: it swallowed the rest of the line (see fromSide). */
  unclosed: boolean;
  /** A word holding a `)` after the clause's first comment: text that closed a comment the
   *  client began (the receiver's literal outside its own comment). */
  strayClose: boolean;
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
  } else {
    // SendGrid's relays (`… with ESMTP id X\n Mon, 26 Mar 2018 13:35:36.102 +0000 (UTC)`) leave
    // out the ";": a date-time that ends the line is still the time stamp (MHA's sendGrid2 case).
    const tail = value.slice(-MAX_DATE);
    const m = UNSEPARATED_DATE.exec(tail);
    // A match at the cut of a longer line must not start inside a word (`x12 Mar …`).
    const cutMidWord = tail.length < value.length && !/\s/.test(value[value.length - tail.length - 1]!);
    if (m && !(m.index === 0 && cutMidWord && !/^\s/.test(tail))) {
      date = parseMailDate(m[1]!);
      if (date) clauseText = value.slice(0, value.length - tail.length + m.index);
    }
  }
  const { clauses, order } = splitClauses(tokenize(clauseText.slice(0, MAX_SCAN)));
  const heloOnly = heloOnlyReceiver(clauses.get('by'));
  const communigate = clauses.get('by')?.comments.some((c) => /\bCommuniGate Pro\b/i.test(c)) ?? false;
  const first = (k: string) => clauses.get(k)?.words[0] ?? null;
  const withWords = clauses.get('with')?.words ?? [];
  const withText = withWords.length ? withWords.join(' ') : null;
  // A line whose clauses the client shaped gives no address at all, as an unclosed HELO comment.
  const from = clientShapedClauses(clauses, order)
    ? { ...NO_SIDE, helo: trimHost(clauses.get('from')?.words[0] ?? null), unreadable: true }
    : fromSide(
        clauses.get('from'),
        heloOnly,
        communigate,
        innerAddressSmtpLine(trimHost(first('by')), withText),
      );

  // Fields listed rather than `...from`: V8 builds a spread followed by more properties slowly,
  // and this runs for every Received line (half the time of reading one, measured).
  const fields: ReceivedFields = {
    helo: from.helo,
    rdns: from.rdns,
    ip: from.ip,
    by: trimHost(first('by')),
    with: withText,
    id: first('id'),
    for: forAddress(clauses.get('for')?.words ?? []),
    date,
    line,
  };
  // RFC 5321 §4.4: every receiver names itself ("by"). A line that records a sending side and no
  // "by" was cut short: a HELO carrying CRLF, recorded raw, ends the receiver's line there, and the
  // lines under it (a whole "Received: … by <your receiver>" with the bank's address, say) are the
  // sender's text. Unreadable: the walk for the entry hop stops here, with no IP.
  // MDaemon's own row names the client whatever its line shows (a HELO with blanks can put an
  // address comment of its own there: probe16), and its v21 line has no from clause at all.
  if (heloOnly && !from.unreadable) fields.remoteIpRow = true;
  if (from.unreadable) fields.unreadable = true;
  else if (fields.by === null && (from.helo !== null || from.ip !== null)) {
    fields.unreadable = true;
    fields.noBy = true;
  }
  return fields;
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
        ip: r.remoteIpRow ? (remoteIpRow(headers, h) ?? r.ip) : r.ip,
        by: r.by,
        with: r.with,
        id: r.id,
        for: r.for,
        date: r.date,
        line: r.line,
        ...(r.unreadable ? { unreadable: true as const } : {}),
        ...(r.noBy ? { noBy: true as const } : {}),
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

/**
 * The address in the X-MDRemoteIP row MDaemon writes with its Received line: the first such row
 * under that line and before the rows that end MDaemon's own block (X-Return-Path, X-Envelope-From,
 * X-MDaemon-Deliver-To; every public copy from 2006 to v26 has the address row before them) or
 * the next Received line. A row the sender wrote comes after MDaemon's block; when MDaemon wrote
 * none (some copies of v10 have none), that row is not read (probe16).
 */
const MDAEMON_BLOCK_END = new Set(['received', 'x-return-path', 'x-envelope-from', 'x-mdaemon-deliver-to']);

function remoteIpRow(headers: HeaderField[], received: HeaderField): string | null {
  // The field's own index (not indexOf: 30,000 forged MDaemon lines would make that quadratic).
  const at = headers[received.index] === received ? received.index : -1;
  if (at === -1) return null;
  for (let i = at + 1; i < headers.length; i++) {
    const h = headers[i]!;
    if (h.key === 'x-mdremoteip') return normalizeIp(h.rawValue.trim());
    if (MDAEMON_BLOCK_END.has(h.key)) return null;
  }
  return null;
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
      tokens.push({ kind: 'comment', text: text.slice(start, Math.min(i, n)).trim(), closed: i < n });
      i++;
    } else {
      const start = i;
      const before = i === 0 ? 32 : text.charCodeAt(i - 1);
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 32 || d === 9 || d === 10 || d === 13 || d === 40) break;
        i++;
      }
      tokens.push({ kind: 'word', text: text.slice(start, i), spaced: before !== 41 /* ) */ });
    }
  }
  return tokens;
}

/**
 * RFC 5321 §4.4: a receiver writes `from <name> (<its record of the client>) by <itself>`, its
 * record last in the from clause, right before `by`. Some receivers print the client's HELO name
 * or reverse name as given, and either may hold `)` and a keyword: a PTR record of
 * "x [192.0.2.10]) with y (" turns `(x [IP])` into a from clause ending in the bank's address and
 * a `with` clause holding the receiver's record; "x) by mx.you (" adds a second `by`; "x)" leaves
 * the receiver's literal outside any comment; a HELO "[10.0.0.1] by mx.you (" opens a comment
 * that swallows the receiver's record and its real `by`. Which part is whose is then a guess: a
 * clause between `from` and `by`, a second `from` or `by`, a stray `)` in the from clause, or a
 * comment the by clause never closed makes the line unreadable. (Mimecast writes `with ESMTP with
 * STARTTLS` after `by`: repeated clauses after `by` are left alone.)
 */
function clientShapedClauses(clauses: Map<string, Clause>, order: string[]): boolean {
  const from = order.indexOf('from');
  if (from === -1) return false;
  const by = order.indexOf('by');
  if (by > from + 1) return true;
  if (order.filter((k) => k === 'from' || k === 'by').length > 2) return true;
  if (clauses.get('from')?.strayClose) return true;
  return by !== -1 && clauses.get('by')?.unclosed === true;
}

/** Groups tokens under the keyword before them. A keyword only opens a clause once the current
 *  clause has a value, so `by id.example.net` keeps `id.example.net` as the by-host. `order`
 *  lists every clause opened, repeats included (the map keeps each keyword's first). */
function splitClauses(tokens: Token[]): { clauses: Map<string, Clause>; order: string[] } {
  const clauses = new Map<string, Clause>();
  const order: string[] = [];
  let current: Clause | null = null;
  for (const t of tokens) {
    if (t.kind === 'word') {
      const k = t.text.toLowerCase();
      // `x([198.51.100.25])with` is one HELO name, not a comment and a `with` clause.
      if (
        KEYWORDS.has(k) &&
        t.spaced &&
        (current === null || current.words.length + current.comments.length > 0)
      ) {
        current = { words: [], comments: [], unclosed: false, strayClose: false };
        order.push(k);
        if (!clauses.has(k)) clauses.set(k, current);
        continue;
      }
      // A `)` in the client's own name before any comment closes nothing the receiver wrote.
      if (current && current.comments.length > 0 && t.text.includes(')')) current.strayClose = true;
      if (current && current.comments.length === 0) current.words.push(t.text);
    } else if (current) {
      current.comments.push(t.text);
      if (!t.closed) current.unclosed = true;
    }
  }
  return { clauses, order };
}

interface FromSide {
  helo: string | null;
  rdns: string | null;
  ip: string | null;
  /** The line cannot be read without guessing which part the receiver wrote: no IP is taken. */
  unreadable: boolean;
}

const NO_SIDE: FromSide = { helo: null, rdns: null, ip: null, unreadable: false };

/**
 * The sending side. Shapes seen in the wild:
 * - Postfix/Sendmail/Gmail: `from HELO (RDNS [IP])`, `(unknown [IP])`, `([IP])`, `[IPv6:…]`.
 * - Exim: `from RDNS ([IP]:port helo=HELO)` or `from [IP] (helo=HELO)`: the word after `from` is
 *   what the receiver saw, the helo is in the comment.
 * - qmail: `from RDNS (HELO helo) (IP)`; Microsoft: `from HELO (IP)` with a bare IP, no rDNS.
 *
 * The client chooses its HELO name, and some MTAs print it as sent, brackets and parentheses
 * included. The address must therefore come only from what the receiver wrote: its TCP-info
 * comment, which it appends AFTER the HELO name (Postfix, Sendmail, Gmail, qmail, Microsoft), so
 * the last comment of the from clause that has that shape. Exim is the exception: it prints the
 * HELO name at the end of its own comment, so any address-bearing comment after an Exim `helo=`
 * comment came from the HELO name. A comment the HELO name opened and never closed swallows the
 * receiver's comment and its `by`: that line cannot be read without guessing (`unreadable`), and
 * no address is taken from it (the hop gets no IP rather than one the sender chose).
 */
/**
 * MDaemon writes `from <HELO> by <itself> (MDaemon …) with ESMTP` (the client's address goes in an
 * X-MDRemoteIP row): its from-word is the client's word, an address literal included
 * (probe13-noaddr-mdaemon-helo-bank-address-literal: HELO `[192.0.2.10]`, the bank's address).
 */
function heloOnlyReceiver(by: Clause | undefined): boolean {
  return by?.comments.some((c) => /\bMDaemon\b/i.test(c)) ?? false;
}

function fromSide(
  clause: Clause | undefined,
  heloOnly = false,
  communigate = false,
  addressFirst = false,
): FromSide {
  if (!clause) return NO_SIDE;
  const word = clause.words[0] ?? null;
  if (clause.unclosed) return { ...NO_SIDE, helo: word ? trimHost(word) : null, unreadable: true };
  // A port is stripped only where the word is no address as it stands: an IPv6 address whose last
  // group is all digits (Microsoft's 2a01:111:f403:2c12::853) lost that group and read as none
  // (rw53-yahoo-omega-outlookcom-ipv6-online: Yahoo's entry line then had no client).
  const wordIp = word ? (normalizeIp(word) ?? normalizeIp(word.replace(/:\d{1,5}$/, ''))) : null;
  const comments = clause.comments.map((c) => c.slice(0, 1024));
  // CommuniGate Pro writes the client's address as the from-word, always (`from [IP] (HELO name)`,
  // `from [IP] (account user [IP] verified)`, `from [IP] (account user HELO name)`), and the
  // client's HELO after it: a comment the HELO closed and opened again (`HELO x) ([192.0.2.10]`)
  // is the client's text, never the receiver's record (probe20).
  if (communigate && word?.startsWith('[') && wordIp) {
    const helo = comments.map((c) => CGP_HELO.exec(c)?.[1]).find(Boolean) ?? null;
    return { helo: trimHost(helo), rdns: null, ip: wordIp, unreadable: false };
  }
  // Yahoo's entry line (`by` its inner MTA's bare internal address, `with SMTPs`:
  // lib/message/yahoo-layout.ts) prints the client's address as the from-word and its EHLO
  // argument after it, as sent: `from 198.51.100.66 (EHLO x) ([192.0.2.10])` is a HELO
  // `x) ([192.0.2.10]`, the client 198.51.100.66 (probe52-aol-atlas-helo-closes-ehlo-comment-
  // quarantine-online). Whatever that first comment holds (`helo=`, parentheses) is the client's.
  // Only there: Postfix prints the HELO as the from-word, joining its words, so its `from 192.0.2.10
  // (EHLO x) (unknown [IP])` is the client's text before its own record. A loopback or internal
  // from-word (Yahoo's 2019 `from 127.0.0.1 (EHLO name) (IP)`) is not the client: the last comment
  // stays the record.
  // (The comment is trimmed: a HELO that closes it at once leaves `EHLO` alone.)
  const ehlo = /^(?:helo|ehlo)(?:\s+|$)/i.exec(comments[0] ?? '');
  if (
    addressFirst &&
    ehlo &&
    word !== null &&
    !word.startsWith('[') &&
    wordIp !== null &&
    !isInternalIp(wordIp)
  ) {
    const helo = QMAIL_HELO.exec(comments[0]!)?.[1] ?? comments[0]!.slice(ehlo[0].length);
    return { helo: trimHost(helo.trim()), rdns: null, ip: wordIp, unreadable: false };
  }
  const infos = comments.map(tcpInfo);
  const exim = comments.findIndex((c) => EXIM_HELO.test(c));
  if (exim !== -1) {
    // Exim: `([IP]:port helo=HELO)`; what follows `helo=` is the client's.
    if (infos.slice(exim + 1).some((x) => x !== null)) return { ...NO_SIDE, unreadable: true };
    const own = comments[exim]!;
    // Exim ends its comment with the HELO name, which it accepts only without blanks. An address
    // literal after it is another MTA's record ending a comment that a reverse name printed raw
    // opened with "helo=" (`from [192.0.2.10] (x helo=y [IP])`): which part is whose is a guess.
    const afterHelo = own.slice(own.search(EXIM_HELO)).split(/\s+/).slice(1);
    if (afterHelo.some((w) => addressWord(w.replace(/[,;]$/, ''), true)))
      return { ...NO_SIDE, unreadable: true };
    const helo = EXIM_HELO.exec(own)?.[1] || null;
    const info = tcpInfo(own.slice(0, own.search(EXIM_HELO)));
    return {
      helo: trimHost(helo),
      rdns: info?.rdns ?? (wordIp || !word || /^unknown$/i.test(word) ? null : trimHost(word)),
      ip: info?.ip ?? wordIp,
      unreadable: false,
    };
  }
  let last: { ip: string; rdns: string | null } | null = null;
  // A `(HELO [192.0.2.10])` comment is the client's own word, never the receiver's record of it
  // (probe17: CommuniGate Pro and qmail print the HELO there).
  for (let k = 0; k < infos.length; k++) if (infos[k] && !QMAIL_HELO.test(comments[k]!)) last = infos[k]!;
  // qmail: `(HELO name)` is the client's name; the word after `from` is the receiver's view: its
  // address in a later comment, or, for CommuniGate Pro's unresolved client (`from [IP] (HELO
  // name)`), the from-word itself.
  const qmailHelo = comments.map((c) => QMAIL_HELO.exec(c)?.[1]).find(Boolean) ?? null;
  if (qmailHelo) {
    return {
      helo: trimHost(qmailHelo),
      rdns: last?.rdns ?? (wordIp || !word || /^unknown$/i.test(word) ? null : trimHost(word)),
      ip: last?.ip ?? (heloOnly ? null : wordIp),
      unreadable: false,
    };
  }
  // A from-word address counts only when the receiver wrote no comment at all after it
  // (`from [IP] by …`): next to a comment, the from-word is the client's HELO literal.
  return {
    helo: word ? trimHost(word) : null,
    rdns: last?.rdns ?? null,
    ip: last?.ip ?? (comments.length === 0 && !heloOnly ? wordIp : null),
    unreadable: false,
  };
}

const EXIM_HELO = /(?:^|\s)helo=([^\s()=]{0,255})/i;
const QMAIL_HELO = /^(?:helo|ehlo)\s+([^\s()]{1,255})/i;
const CGP_HELO = /(?:^|\s)HELO\s+([^\s()]{1,255})/i;

/**
 * A receiver's record of the connection, when the comment has that shape: an address as its
 * first or second word — `[IP]`, `[IP]:port`, `IP`, `user@IP`, `RDNS [IP]`, `user@RDNS [IP]` —
 * or, when a bracketed address follows that one, the last bracketed address.
 */
function tcpInfo(comment: string): { ip: string; rdns: string | null } | null {
  // (No `[`, nothing for SPACED_LITERAL to join: the common `(unknown)`, `(HELO x)`, `(IP)`.)
  const words = (comment.includes('[') ? comment.replace(SPACED_LITERAL, '[$1]') : comment)
    .split(/\s+/)
    .map(withoutTrailingPunctuation);
  const first = addressWord(words[0] ?? '');
  const second = first ? null : addressWord(words[1] ?? '', true);
  if (!first && !second) return null;
  // The receiver writes its record of the address last, after the client's reverse name, which
  // some MTAs print as the PTR record gave it — and a PTR record may hold any bytes: "[192.0.2.10]",
  // "mail.bank.example [192.0.2.10]". A bracketed address after the one found is the receiver's.
  for (let i = words.length - 1; i > (first ? 0 : 1); i--) {
    const later = addressWord(words[i]!, true);
    if (later) return { ip: later, rdns: null };
  }
  return first ? { ip: first, rdns: null } : { ip: second!, rdns: hostBefore(words[0] ?? '') };
}

/**
 * Haraka prints its record as `(rdns [192.0.2.141 ])`, a space inside the brackets: blanks
 * around an address literal's characters are dropped before the comment is split into words.
 * Only spaces and tabs, and only where the bracket holds nothing but address characters, so no
 * other text (`[192.0.2.1 evil]`, `[192.0 .2.1]`) is joined into an address; the result still has
 * to be a valid address (normalizeIp).
 */
const SPACED_LITERAL = /\[[ \t]*((?:ipv6:)?[0-9a-f:.]{2,60})[ \t]*\]/gi;

/** `w` without one `,` or `;` at its end (a comment's words as `(a.example [192.0.2.1], b)`). */
function withoutTrailingPunctuation(w: string): string {
  const last = w.charCodeAt(w.length - 1);
  return last === 44 /* , */ || last === 59 /* ; */ ? w.slice(0, -1) : w;
}

/** `[IP]`, `[IPv6:…]`, `[IP]:port`, or (not after a host name) a bare `IP` / `user@IP`. */
function addressWord(w: string, bracketedOnly = false): string | null {
  // The literal's pattern starts with `[`: without one, no need to run it.
  const bracket = w.charCodeAt(0) === 91 /* [ */ ? BRACKETED.exec(w) : null;
  if (bracket) return normalizeIp(bracket[1] ?? '');
  if (bracketedOnly) return null;
  return normalizeIp(w.replace(/^[^@]*@/, ''));
}

const BRACKETED = /^\[((?:ipv6:)?[0-9a-f:.]{2,60})\](?::\d{1,5})?$/i;

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

/**
 * The `for` clause's address as an addr-spec: up to its closing `>`, a quoted local part with
 * blanks kept whole. Postfix writes a quoted RCPT TO as it came (`for <"robin+ref@northbank.example
 * case-4471"@reader.example>`): its first word would end at the bank's domain (probe16).
 */
function forAddress(words: string[]): string | null {
  if (words.length === 0) return null;
  const text = words.join(' ');
  if (!text.startsWith('<') || !text.includes('"')) return stripAngles(words[0]!);
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') quoted = !quoted;
    else if (c === '>' && !quoted) return text.slice(1, i) || null;
  }
  return null;
}

function stripAngles(addr: string | null): string | null {
  if (!addr) return null;
  const a = addr.replace(/;$/, '').replace(/^<|>$/g, '');
  return a || null;
}
