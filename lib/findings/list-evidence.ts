// Is this a mailing-list message, and did the list rewrite From? Every header read here can be
// written by the sender (RFC 2369/2919 fields are plain text): list evidence only ever names and
// explains, it never proves anything. What proves that the From domain sent the message is
// elsewhere (a signature restored in lib/auth/list-restore.ts, a trusted ARC record).

import { headerFieldValue, parseTagList, signedFields } from '../auth/tag-list';
import { parseMailboxes } from '../message/addresses';
import { listservAddress, lyrisAddress } from '../message/listserv';
import type { DkimCheck, Mailbox, ParsedMessage } from '../types';
import { sameOrg } from './domains';
import { headerLines } from './evidence';

export interface ListEvidence {
  /** The list identifier of List-Id (RFC 2919 §2: `<devel.lists.example.org>`), lower-case. */
  id: string;
  /** The phrase before it ("Developers"), or the id when there is none. */
  name: string;
  /** The list's posting address from List-Post (`mailto:`), lower-case, when given. */
  postAddress: string | null;
  /** Which signs besides List-Id were seen (header names, `envelope sender`). */
  signs: string[];
  /** The header lines it rests on. */
  lines: string[];
}

function first(message: ParsedMessage, key: string): string | null {
  return message.headers.find((h) => h.key === key)?.value ?? null;
}

/**
 * Envelope senders of list software: Mailman `devel-bounces[+…]@`, LISTSERV/Majordomo `owner-devel@`
 * and `devel-owner@`, ezmlm `devel-return-…@`, Sympa `devel-request@`, Google Groups `devel+bnc…@`.
 */
const LIST_BOUNCE = /(?:-bounces(?:\+[^@]*)?|^owner-[^@]+|-owner|-request|-return-[^@]*|\+bnc[^@]*)@/i;

/**
 * Mailman with include_rfc2369_headers = No writes no List-Id (rfc_2369.py returns first), but
 * still its own fields: X-BeenThere (the list's posting address) and X-Mailman-Version, and the
 * envelope sender `<name>-bounces[+…]@host` of that very list
 * (rw24-mailman2-reply-goes-to-list-no-rfc2369-headers). All three, agreeing, stand for List-Id
 * plus one more sign: as forgeable as List-Id, and as with it, only a signature that verifies in
 * full once the list's changes are undone makes the message "changed by the list".
 */
function mailmanEvidence(message: ParsedMessage): ListEvidence | null {
  const beenThere = first(message, 'x-beenthere');
  const address = /^\s*<?([a-z0-9._+-]{1,64})@([a-z0-9.-]{1,190})>?\s*$/i.exec(beenThere ?? '');
  if (!address || !first(message, 'x-mailman-version') || !message.returnPath) return null;
  const [, local, host] = address;
  const envelope = message.returnPath
    .trim()
    .replace(/^<(.*)>$/, '$1')
    .toLowerCase();
  const bounces = new RegExp(`^${local!.replace(/[.+]/g, '\\$&')}-bounces(?:\\+[^@]*)?@(.+)$`, 'i').exec(
    envelope,
  );
  if (bounces?.[1] !== host!.toLowerCase()) return null;
  const postAddress = `${local}@${host}`.toLowerCase();
  return {
    id: `${local}.${host}`.toLowerCase(),
    name: postAddress,
    postAddress,
    signs: ['X-BeenThere', 'X-Mailman-Version', 'envelope sender'],
    lines: [...headerLines(message, 'x-beenthere'), ...headerLines(message, 'x-mailman-version')].slice(0, 3),
  };
}

/**
 * LISTSERV's "Full" and "Subject" header styles write no List-Id: the list names itself in Sender,
 * sent from its own `owner-<list>@` envelope; Majordomo 1.94's Sender is that `owner-<list>@`
 * envelope itself (lib/message/listserv.ts). The two agreeing stand for List-Id plus one more
 * sign, with the same weight: they name a list, they prove nothing.
 */
function listservEvidence(message: ParsedMessage): ListEvidence | null {
  const sender = first(message, 'sender');
  const postAddress = listservAddress(sender, message.returnPath);
  if (!postAddress || !sender) return null;
  const phrase = /^\s*"?([^"<]{1,200}?)"?\s*</.exec(sender)?.[1]?.trim();
  const signs = ['Sender', 'envelope sender'];
  if (first(message, 'list-unsubscribe')) signs.push('List-Unsubscribe');
  return {
    id: postAddress.replace('@', '.'),
    name: phrase || postAddress,
    postAddress,
    signs,
    lines: [...headerLines(message, 'sender'), ...headerLines(message, 'list-unsubscribe')].slice(0, 3),
  };
}

/**
 * Lyris ListManager writes no List-Id and no list Sender: its per-member envelope
 * `bounce-<list>-<n>@host` and List-Unsubscribe `<mailto:leave-<list>-<n>X@host>` at the same host
 * name the list (lib/message/listserv.ts lyrisAddress). The two agreeing stand for List-Id plus one
 * more sign, with the same weight: they name a list, they prove nothing.
 */
function lyrisEvidence(message: ParsedMessage): ListEvidence | null {
  const postAddress = lyrisAddress(message.returnPath, first(message, 'list-unsubscribe'));
  if (!postAddress) return null;
  return {
    id: postAddress.replace('@', '.'),
    name: postAddress,
    postAddress,
    signs: ['envelope sender', 'List-Unsubscribe'],
    lines: [...headerLines(message, 'return-path'), ...headerLines(message, 'list-unsubscribe')].slice(0, 3),
  };
}

/** The host a list's identifier names: the List-Id itself, or the domain of the list's address. */
export function listHost(list: Pick<ListEvidence, 'id'>): string {
  return list.id.slice(list.id.lastIndexOf('@') + 1);
}

/** groups.io's own bounce envelope (`bounce+<n>+…@`), which names no list. */
const GROUPS_IO_ENVELOPE = /^bounce\+\d+\+[^@]*@/;

/**
 * A list server's own bounce envelope and the list it names: Mailman `<list>-bounces[+…]@`, ezmlm
 * `<list>-return-…@`, LISTSERV/Majordomo `owner-<list>@`, Sympa `<list>-owner@`/`-request@`,
 * mlmmj and vger `<list>+bounces-…@`, SmartList `bounce-<list>=…@` (lists.debian.org), Lyris
 * `bounce-<list>-<n>@`, groups.io `bounce+<n>+…@`, Google Groups `<group>+bnc…@`.
 */
const LIST_ENVELOPES: ReadonlyArray<RegExp> = [
  /^([^@+]+)-bounces(?:\+[^@]*)?@/,
  /^([^@]+?)-return-[^@]*@/,
  /^owner-([^@]+)@/,
  /^([^@]+)-(?:owner|request)@/,
  /^([^@+]+)\+bounces-[^@]*@/,
  /^bounce-([^@=]+?)(?:=[^@]*|-\d{1,20})?@/,
  GROUPS_IO_ENVELOPE,
  /^([^@+]+)\+bnc[^@]*@/,
];

/** An envelope as written in Return-Path or SMTP, bare and lower-cased. */
function bareEnvelope(envelope: string): string {
  return envelope.trim().replace(/^<|>$/g, '').toLowerCase();
}

/**
 * The list `envelope` is the bounce address of (`<list>@<host>`, or `@<host>` when it names none),
 * or null; `groupsIo` when it is groups.io's own `bounce+<n>+` form.
 */
function envelopeList(envelope: string): { address: string; host: string; groupsIo: boolean } | null {
  const e = bareEnvelope(envelope);
  const at = e.lastIndexOf('@');
  const host = e.slice(at + 1);
  if (at < 1 || !/^[a-z0-9.-]{1,253}$/.test(host)) return null;
  for (const re of LIST_ENVELOPES) {
    const m = re.exec(e);
    if (m)
      return { address: m[1] ? `${m[1]}@${host}` : `@${host}`, host, groupsIo: re === GROUPS_IO_ENVELOPE };
  }
  return null;
}

/**
 * A list's bounce envelope as the summary names it, without the recipient its VERP local part
 * carries (`python-dev-bounces+jane=reader.example@` → `python-dev-bounces@`, ezmlm's
 * `dev-return-123-jane=reader.example@` → `dev-return@`).
 */
export function listEnvelopeShown(envelope: string): string {
  const e = bareEnvelope(envelope);
  const at = e.lastIndexOf('@');
  const local = e
    .slice(0, at)
    .replace(/\+.*$/, '')
    .replace(/-return-.*$/, '-return')
    .replace(/^(bounce-[^=]*)=.*$/, '$1');
  return `${local}${e.slice(at)}`;
}

/**
 * The list whose own bounce address the envelope is (`python-dev-bounces+…@python.org`,
 * `dev-return-…@spark.apache.org`, `owner-freebsd-hackers@freebsd.org`,
 * `bounce-debian-devel=…@lists.debian.org`), on a message that names a list: the list's posting
 * address (or its identifier). The envelope is written by the list's server as it hands on every
 * subscriber's post, so an SPF pass for it proves that someone posted to the list, not who
 * (Origin.listRelay; red-team round 221). The list is the one the envelope names, whatever List-Id
 * the sender wrote (a LISTSERV list writes none of its own: red-team round 223).
 */
export function listBounceEnvelope(message: ParsedMessage, envelope: string | null): string | null {
  if (!envelope || envelope.length > 1000) return null;
  const named = envelopeList(envelope);
  if (!named) return null;
  const list = listEvidence(message);
  if (!list) return null;
  const own = sameOrg(named.host, listHost(list));
  const post = own ? (list.postAddress ?? list.id) : named.address;
  // The list's own word: a From the list rewrote to itself, its posting address (Mailman's, Sympa's
  // and Google Groups' DMARC rewrites, "X via List" or "List (on behalf of X)"), groups.io's
  // `<author>=<domain>@` at its own host, LISTSERV's `<hex>-dmarc-request@` on its `owner-` envelope
  // (real-mail rounds 4, 39, 107, 187). A subscriber may post as the list's address itself on an
  // open list (red-team round 223): the reader is then told the list sent it, which it did.
  // The posting address compared is the one the envelope names where it names one: a List-Post
  // the sender wrote on a list that writes none of its own (LISTSERV's) names nothing (red-team
  // round 225). groups.io's form only on groups.io's own `bounce+<n>+` envelope.
  const from = message.from?.address.toLowerCase() ?? '';
  const fromHost = from.slice(from.lastIndexOf('@') + 1);
  const listAddress = named.address.startsWith('@') ? post : named.address;
  if (from === listAddress) return null;
  if (named.groupsIo) {
    // On groups.io's own envelope, an address at the group's own host (`main+digest@allotments.groups.io`,
    // `main@…`): the group's robot, which no member's address is (real-mail round 180's digests and
    // munged posts).
    const listDomain = list.postAddress
      ? list.postAddress.slice(list.postAddress.lastIndexOf('@') + 1)
      : list.id.slice(list.id.indexOf('.') + 1);
    // And at groups.io itself: its `noreply@` "X via groups.io" and a member's rewritten
    // `<author>=<domain>@`, which only groups.io writes.
    if (fromHost === listDomain || fromHost === named.host) return null;
  }
  if (
    /^[0-9a-f]{8,32}-dmarc-request@/.test(from) &&
    fromHost === named.host &&
    /^<?owner-/i.test(envelope.trim())
  )
    return null;
  return post;
}

/** List hosting services that record a post's intake as X-Received at their own hosts. */
const INTAKE_HOSTS = /(?:^|\.)groups\.io$/i;

/** The fields a list's server writes on a post (RFC 2369, RFC 2919, Mailman's, ezmlm's, vger's). */
// Not List-Unsubscribe and the like: an email service adds them to a sender's newsletter before the
// sender's own signature covers them.
const LIST_WRITTEN = new Set([
  'list-id',
  'list-post',
  'list-archive',
  'x-beenthere',
  'x-mailman-version',
  'mailing-list',
  'x-mailing-list',
]);

/**
 * Signatures made by the list's own server after it took the post (Origin.listRelay, the list's
 * address `listRelay`): a passing signature whose h= covers a field the list wrote (List-Id…) that
 * the message carries was made after the list added it; the author's, made before, would fail on that field. Offline, a
 * provider's pass that also fits such a field (DkimCheck.alsoFits) may be the list's as well. On a
 * list under the From's own domain the list signs as that domain (mail.python.org's d=python.org),
 * which is the list's word, not the author's (red-team round 221).
 */
export function markListSigned(dkim: DkimCheck[], message: ParsedMessage, listRelay: string): DkimCheck[] {
  const present = new Set(message.headers.filter((h) => LIST_WRITTEN.has(h.key)).map((h) => h.key));
  // Or written above the line on which the list's host took the post: the oldest Received line
  // whose `by` names a server of the list's organisation. A field above it was added there or
  // later, whatever its h= (an ezmlm host signing without the list's fields: red-team round 221);
  // the author's own signature was on the post when it arrived, below that line. A sender's line
  // below it naming the host only moves the mark down, past no signature of his that verifies.
  const org = listRelay.slice(listRelay.lastIndexOf('@') + 1);
  let taken = -1;
  for (const h of message.headers) {
    // Not an author's own login to his organisation's submission server (`with ESMTPSA`): the list's
    // host takes a post from outside without one (red-team round 223: an ASF committer's
    // mailrelay1 signature, a staffer's signature at smtp.univ.example, read as the list's).
    if (
      (h.key !== 'received' && h.key !== 'x-received') ||
      /\bwith\s+(?:E?SMTPS?A|LMTPS?A|UTF8SMTPS?A)\b|\bauthenticated sender\b/i.test(h.value)
    )
      continue;
    const by = /\bby\s+([A-Za-z0-9.-]{1,253})/i.exec(h.value)?.[1];
    // groups.io takes a customer-domain group's post at its own host and says so in X-Received
    // (red-team round 225: its signature as the group's domain covers no list field).
    if (by && (sameOrg(by, org) || (h.key === 'x-received' && INTAKE_HOSTS.test(by))))
      taken = Math.max(taken, h.index);
  }
  const above = (line: string) => {
    const field = message.headers.find((h) => h.key === 'dkim-signature' && h.line === line);
    return field !== undefined && field.index < taken;
  };
  const covers = (line: string) =>
    above(line) || signedFields(parseTagList(headerFieldValue(line))).some((f) => present.has(f));
  return dkim.map((d) =>
    d.result === 'pass' && [d.line ?? '', ...(d.alsoFits ?? [])].some((l) => l !== '' && covers(l))
      ? { ...d, listSigned: true as const }
      : d,
  );
}

/** List-Id plus one more sign of a list (List-Post, List-Unsubscribe, a list envelope sender, Sender). */
export function listEvidence(message: ParsedMessage): ListEvidence | null {
  let known = evidenceFor.get(message);
  if (known === undefined) {
    known = listEvidenceOf(message);
    evidenceFor.set(message, known);
  }
  return known;
}

/**
 * listEvidence and listFromRewrite per message: a dozen rules ask them of each message (5-6 and 3
 * times an analysis), and a message without List-Id is scanned for Mailman's, LISTSERV's and
 * Lyris' fields each time. Pure functions of the parsed message, which nothing changes once parsed;
 * callers copy what they keep (`[...list.lines, …]`).
 */
const evidenceFor = new WeakMap<ParsedMessage, ListEvidence | null>();
const rewriteFor = new WeakMap<ParsedMessage, FromRewrite | null>();

/**
 * The fields each reading needs besides the envelope: List-Id; Mailman's X-BeenThere; LISTSERV's
 * Sender; Lyris' List-Unsubscribe. A message with none of them (most mail) names no list, and is
 * answered in one pass over its fields.
 */
const LIST_FIELDS = new Set(['list-id', 'x-beenthere', 'sender', 'list-unsubscribe']);

function listEvidenceOf(message: ParsedMessage): ListEvidence | null {
  if (!message.headers.some((h) => LIST_FIELDS.has(h.key))) return null;
  const listId = first(message, 'list-id');
  if (!listId) return mailmanEvidence(message) ?? listservEvidence(message) ?? lyrisEvidence(message);
  const m = /^(.*?)<([^<>\s]{1,255})>\s*$/.exec(listId);
  const id = (m?.[2] ?? listId.trim()).toLowerCase();
  if (!/^[a-z0-9._-]{1,255}$/i.test(id)) return null;
  const phrase = (m?.[1] ?? '')
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();
  const post = first(message, 'list-post');
  const postAddress = /<mailto:([^>?\s]{1,255})/i.exec(post ?? '')?.[1]?.toLowerCase() ?? null;
  const signs: string[] = [];
  if (post) signs.push('List-Post');
  if (first(message, 'list-unsubscribe')) signs.push('List-Unsubscribe');
  if (message.returnPath && LIST_BOUNCE.test(message.returnPath)) signs.push('envelope sender');
  if (first(message, 'sender')) signs.push('Sender');
  if (signs.length === 0) return null;
  return {
    id,
    name: phrase || id,
    postAddress,
    signs,
    lines: [
      ...headerLines(message, 'list-id'),
      ...headerLines(message, 'list-post'),
      ...headerLines(message, 'sender'),
    ].slice(0, 3),
  };
}

export interface FromRewrite {
  /** The author as the list names them ("Alice Example", or "alice at example.com"). */
  author: string;
  /** The author's address, from Reply-To or Cc (where the list put it), when found. */
  authorAddress: string | null;
  /** The list name after "via". */
  listName: string;
  list: ListEvidence;
}

/** "alice at example.com" (Mailman 2 without a name) → alice@example.com. */
function spelledAddress(name: string): string | null {
  const m = /^([^\s@]+)(?:@|\s+at\s+)([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i.exec(name.trim());
  return m ? `${m[1]}@${m[2]}`.toLowerCase() : null;
}

/**
 * Mailman's DMARC mitigation (from_is_list / dmarc_moderation_action "Munge From": `"Alice via
 * Devel" <devel@lists.example.org>`, the author in Reply-To or Cc) and Google Groups'
 * (`"'Alice' via Devel" <devel@googlegroups.com>`). Recognised only when From is the list's own
 * address (List-Post's, or in the List-Id's organisation) and the named author is in Reply-To/Cc:
 * a From that names someone else without the list's own address is not a list rewrite.
 */
export function listFromRewrite(message: ParsedMessage): FromRewrite | null {
  let known = rewriteFor.get(message);
  if (known === undefined) {
    known = listFromRewriteOf(message);
    rewriteFor.set(message, known);
  }
  return known;
}

function listFromRewriteOf(message: ParsedMessage): FromRewrite | null {
  const from = message.from;
  if (!from?.domain) return null;
  // The name first: most From names hold no "via", and then no list is read.
  const via = /^(.+?)\s+via\s+(.+)$/i.exec(from.displayName.trim());
  if (!via) return encodedAuthorRewrite(message, from);
  const list = listEvidence(message);
  if (!list) return null;
  const author = via[1]!
    .trim()
    .replace(/^'(.*)'$/, '$1')
    .trim();
  const ownAddress =
    (list.postAddress !== null && list.postAddress === from.address.toLowerCase()) ||
    sameOrg(list.id, from.domain);
  if (!author || !ownAddress) return null;
  const spelled = spelledAddress(author);
  const named = (mb: Mailbox) =>
    mb.address.toLowerCase() === spelled ||
    (mb.displayName.trim() !== '' && mb.displayName.trim().toLowerCase() === author.toLowerCase()) ||
    mb.address.toLowerCase() === author.toLowerCase();
  // Google Groups also names the author in X-Original-Sender (sender-written, like Reply-To).
  // With its display name: a group set to "reply to the group" names the author nowhere else
  // (probe9-google-group-reply-to-group).
  const original = ['x-original-sender', 'x-original-from'].flatMap((k) => {
    const value = first(message, k);
    return value
      ? parseMailboxes(value)
          .filter((mb) => mb.address.includes('@'))
          .slice(0, 1)
      : [];
  });
  const holder = [...message.replyTo, ...message.cc, ...original].find(named);
  if (!holder) return null;
  return { author, authorAddress: holder.address.toLowerCase(), listName: via[2]!.trim(), list };
}

/**
 * The IETF's DMARC rewrite (its Mailman, 2024 captures: `X-Mailman-Version: 2.1.39`): the author's
 * name kept, the address spelled in the local part under dmarc.ietf.org
 * (`"Fred Lindqvist" <fred.lindqvist=40firm.example@dmarc.ietf.org>`), the author in
 * X-Original-From, Reply-To or Cc. Read as the list's rewrite only on the IETF's own lists (List-Id
 * and From under ietf.org) and when the spelled address is one the message names there (real-mail
 * rounds 212 and 214). Any other list's `=40` form is its operator's own text: on the attacker's
 * own list it excused a Reply-To to the bank he named (red-team round 227).
 */
function encodedAuthorRewrite(message: ParsedMessage, from: Mailbox): FromRewrite | null {
  if (!sameOrg(from.domain, 'ietf.org')) return null;
  const at = from.address.lastIndexOf('@');
  const m = /^(.{1,64})=40([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})$/i.exec(from.address.slice(0, at));
  if (!m) return null;
  const list = listEvidence(message);
  if (!list || !sameOrg(list.id, from.domain)) return null;
  const spelled = `${m[1]}@${m[2]}`.toLowerCase();
  const original = ['x-original-from', 'x-original-sender'].flatMap((k) => {
    const value = first(message, k);
    return value ? parseMailboxes(value).slice(0, 1) : [];
  });
  const holder = [...message.replyTo, ...message.cc, ...original].find(
    (mb) => mb.address.toLowerCase() === spelled,
  );
  // A name holding an address is not the author's name the list kept: it would excuse
  // `"security@bank.example" <security=40bank.example@dmarc.lists.evil.example>` (display-name.ts).
  const name = from.displayName.trim();
  if (!holder || name.includes('@')) return null;
  return { author: name || spelled, authorAddress: spelled, listName: list.name, list };
}
