// A mailing list changed the message, or someone replayed a signature over a message of their own?
// mailauth stops at a body-hash mismatch without checking b= (dkim-verifier.js: the key is never
// fetched), so "body hash did not verify" proves nothing: anyone can write a DKIM-Signature with
// d=bank.example, any bh= and any b=. The only proof that the From domain signed this message
// before a list changed it is the signature verifying in full on the message as it was. So we
// rebuild it: undo what lists do (a `[tag] ` at the start of Subject, oversigned list header
// fields, a footer appended to the body or added as a last MIME part) and run the very same
// verifier on the result. When the signature then passes (b= and bh=), the From domain signed
// every byte still in the message except what was undone, and what was undone is shown to the
// reader as the list's, never as the sender's.
import { Buffer } from 'buffer';
import { listservAddress, lyrisAddress } from '../message/listserv';
import type { DkimCheck, ListRestore, Resolver } from '../types';
import { limitSignatures, toDkimChecks, verifyMessage } from './dkim';
import { footerDisguisedLinks, footerLinkHosts, footerLure } from './footer-markup';
import { bodyCandidates, type Field, splitFields, unwrappedMixed } from './list-footer';
import { gatewayTag, withoutTag } from './subject-tag';

export interface ListRestoreOptions {
  resolver: Resolver;
  now?: Date;
  /**
   * When the receiver took the message (its entry line's date), if before `now`: a signature that
   * failed only as expired is restored as of then (lib/analyze.ts withExpiryAtEntry's reasoning: a
   * replay sent after the expiry is also received after it).
   */
  entryAt?: Date;
  fromDomain: string | null;
  /** Signature verifications the restore may spend on this message (default RESTORE_BUDGET). */
  budget?: number;
  /** Told of each verifier pass the restore runs, with the signatures it verifies (tests count them). */
  onVerify?: (signatures: number) => void;
}

/**
 * DKIM signature verifications the whole restore may spend on one message.
 *
 * Without it the worst case is: MAX_DKIM_SIGNATURES (20) failing aligned signatures, each tried
 * under up to 34 header variants (the Subject as it stands and up to 16 untagged forms, see
 * encodedForms and withoutTag's MAX_FORMS, each with and without the list fields; twice that, 68,
 * when Reply-To holds the list's address: withoutListAddress) on the one body its bh= matched. The
 * variants are not multiplied by the body candidates: bodyCandidates returns the first of its up
 * to 160 cuts that hashes to bh= (up to 161 body hashes per signature, not verifications). But
 * every re-check is a whole verifier pass over every signature in the message: 20 x 34 = 680
 * passes x 20 = 13,600 signature verifications (an RSA or Ed25519 check each; the body hashed
 * once per pass per c=/a=). The passes saw every DKIM-Signature field the message held, past the
 * first 20 too, until limitSignatures was applied here. Reusing a pass made for another signature
 * helps only when they share a body: a hostile message gives each signature a different cut's bh=.
 *
 * Genuine mail needs far less. In the corpus (all 87 cases that reach a re-check: Mailman,
 * Sympa, Google Groups, gateway and spam-filter tags, re-encoded Subjects) the most any message
 * spent up to its last restore is 14 (rw22-gateway-tag-reencoded-over-iso-8859-1-subject, a
 * gateway's tag over a Latin-1 Subject re-encoded as UTF-8), and the most any spent in all is 16.
 * 340 is a full sweep of all 34 variants for one signature in a message of ten signatures (or
 * two such signatures on different bodies with five), about 24 times the corpus's most, and a
 * fortieth of the hostile worst case. Once spent, the restore stops: the signatures not yet tried
 * keep their failure, as without the restore; those already restored were verified in full.
 */
export const RESTORE_BUDGET = 340;

/**
 * Header fields lists add (RFC 2369, RFC 2919, Mailman, LISTSERV, Google Groups). A signer that
 * oversigns one (names it in h= without having it, to forbid adding it) breaks when the list adds
 * it; removing them rebuilds what was signed.
 */
const LIST_FIELDS = new Set([
  'list-id',
  'list-post',
  'list-unsubscribe',
  'list-unsubscribe-post',
  'list-subscribe',
  'list-help',
  'list-archive',
  'list-owner',
  'sender',
  'errors-to',
  'precedence',
  'x-beenthere',
  'x-mailman-version',
]);

function tagOf(line: string, name: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=([^;]*)`).exec(line);
  return m ? m[1]!.replace(/\s+/g, '') : null;
}

interface HeaderVariant {
  head: string;
  subjectTag: string | null;
  removedHeaders: string[];
}

/** The message taken apart for rebuilding, the verifier passes made so far and the budget left. */
interface Rebuild {
  head: HeaderVariant[];
  blank: string;
  body: string;
  contentType: string;
  /** The Content-Type field as written ('' without one). */
  contentTypeField: string;
  perPass: number;
  /** Checks by rebuilt body, then by header variant. */
  passes: Map<string, Map<number, DkimCheck[]>>;
  budget: { left: number };
}

function headerVariants(fields: Field[]): HeaderVariant[] {
  const out: HeaderVariant[] = [];
  const subjectAt = fields.findIndex((f) => f.key === 'subject');
  const value = (key: string) => {
    const f = fields.find((x) => x.key === key);
    return f ? f.text.slice(f.text.indexOf(':') + 1).replace(/\r?\n(?=[ \t])/g, '') : null;
  };
  const listAddresses = [
    /mailto:([^>?\s]{1,255})/i.exec(value('list-post') ?? '')?.[1],
    /[^<>\s]+@[^<>\s]+/.exec(value('x-beenthere') ?? '')?.[0],
    listservAddress(value('sender'), value('return-path')),
    lyrisAddress(value('return-path'), value('list-unsubscribe')),
  ].filter((x): x is string => !!x);
  // A tag undone is a gateway's or spam filter's words, or, on a message that carries a list's
  // fields, any bracket. Asking the bracket to name the list (listTag) turned seven genuine lists'
  // own prefixes "spoofed" (realworld26: `[ANN]`, `[SECURITY]`, an acronym, `[Mitglieder]` on
  // members@, `[Séminaire]`, groups.io's `[HTC]`), and stopped no replayer, who writes List-Id too
  // (probe23): a lure in brackets over a replayed notice dressed as a list reads "unverified", never
  // authenticated (README, "What still fools").
  const listed = [listId(value('list-id')), ...listAddresses].some((x) => /[\p{L}\p{N}]/u.test(x ?? ''));
  const untagged =
    subjectAt >= 0
      ? withoutTag(fields[subjectAt]!.text).filter((u) => u.tags.every((t) => gatewayTag(t) || listed))
      : [];
  const listAdded = fields.filter((f) => LIST_FIELDS.has(f.key));
  const replyAt = fields.findLastIndex((f) => f.key === 'reply-to');
  // undefined: Reply-To as it stands; else as it was before the list added its address (null: none).
  const replies: Array<string | null | undefined> = [undefined];
  const authorReply = replyAt >= 0 ? withoutListAddress(fields[replyAt]!.text, listAddresses) : undefined;
  if (authorReply !== undefined) replies.push(authorReply);
  // null: the Subject as it stands; else one of the forms it may have had before the tags.
  const subjects = [null, ...untagged];
  for (const subject of subjects) {
    for (const strip of listAdded.length > 0 ? [false, true] : [false]) {
      for (const reply of replies) {
        const kept = fields
          .map((f, i) => (subject !== null && i === subjectAt ? { ...f, text: subject.text } : f))
          .map((f, i) => (reply !== undefined && i === replyAt ? { ...f, text: reply ?? '' } : f))
          .filter((f) => !(strip && LIST_FIELDS.has(f.key)) && f.text !== '');
        const removed = strip ? [...new Set(listAdded.map((f) => f.key))] : [];
        out.push({
          head: kept.map((f) => f.text).join(''),
          // One tag as written (`[Devel] `); several by their words (`[Devel] [EXTERNAL]`).
          subjectTag: subject
            ? subject.tags.length === 1
              ? subject.tags[0]!
              : subject.tags.map((t) => t.trim()).join(' ')
            : null,
          // A Reply-To the list wrote or added to is not the one signed (dkim-tags.ts coversField).
          removedHeaders: reply !== undefined ? [...removed, 'reply-to'] : removed,
        });
      }
    }
  }
  return out;
}

/**
 * The Reply-To field as the author's mailer wrote it, when the list put its own posting address
 * (List-Post's, or Mailman's X-BeenThere) in it: null when that address is all it holds (Mailman's
 * reply_goes_to_list, Sympa's reply_to_header, over a signer that oversigns Reply-To as rspamd does
 * by default: rw24-mailman2-reply-goes-to-list-rspamd-oversigned-reply-to), else the field with
 * the list's address taken out (Mailman 2.1 with first_strip_reply_to = No joins the author's
 * Reply-To and its own with ", ": rw24-mailman2-reply-to-list-and-author-first-strip-no);
 * undefined when the list's address is not in it. Only the list's own address is taken away, and
 * the author's Reply-To must then verify as signed.
 */
function withoutListAddress(field: string, listAddresses: string[]): string | null | undefined {
  const colon = field.indexOf(':') + 1;
  const end = /\r?\n$/.exec(field)?.[0] ?? '';
  const entries = field.slice(colon, field.length - end.length).split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  const isList = (entry: string) => {
    const address = (/<([^<>\s]+)>/.exec(entry)?.[1] ?? entry).trim().toLowerCase();
    return listAddresses.some((l) => l.toLowerCase() === address);
  };
  const kept = entries.filter((e) => !isList(e));
  if (kept.length === entries.length) return undefined;
  if (kept.length === 0) return null;
  return `${field.slice(0, colon)}${kept.join(',')}${end}`;
}

/**
 * For each failing signature aligned with From whose failure a list could cause (a changed body,
 * or a changed signed header), tries to verify it on the message as it was before the list's
 * changes, and records what had to be undone. Never throws; other checks pass through.
 */
export async function withListRestore(
  raw: Uint8Array | string,
  dkim: DkimCheck[],
  opts: ListRestoreOptions,
): Promise<DkimCheck[]> {
  const candidates = dkim.filter(
    (d) =>
      d.aligned &&
      d.line &&
      d.result !== 'pass' &&
      // l= signatures already pass when text is only appended (the dkim-body-length finding); one
      // whose body hash holds but whose header hash broke was changed in its header, as a list's
      // subject tag does (real-mail round 151: a post signed only with l=, tagged by Mailman).
      (d.cause === 'signature-mismatch' ||
        (d.cause === 'body-hash-mismatch' && !d.bodyLength) ||
        (d.cause === 'expired' && expiredSinceEntry(opts))),
  );
  if (candidates.length === 0) return dkim;
  try {
    // The first MAX_DKIM_SIGNATURES signatures only, as checkDkim verified them: the input keeps
    // every DKIM-Signature field, and each re-check would otherwise verify all of them.
    const input = limitSignatures(raw).input;
    const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input);
    const text = bytes.toString('latin1');
    const sep = /\r?\n\r?\n/.exec(text);
    if (!sep) return dkim;
    const headEnd = sep.index + (sep[0].startsWith('\r\n') ? 2 : 1);
    const head = text.slice(0, headEnd);
    const blank = text.slice(headEnd, sep.index + sep[0].length);
    const body = text.slice(sep.index + sep[0].length);
    const fields = splitFields(head);
    const ct = fields.find((f) => f.key === 'content-type')?.text ?? '';
    const msg: Rebuild = {
      head: headerVariants(fields),
      blank,
      body,
      contentType: ct.slice(ct.indexOf(':') + 1).replace(/\r?\n(?=[ \t])/g, ''),
      contentTypeField: ct,
      // What one re-check costs: every signature in the message is verified (at least one).
      perPass: Math.max(1, fields.filter((f) => f.key === 'dkim-signature').length),
      passes: new Map(),
      budget: { left: opts.budget ?? RESTORE_BUDGET },
    };
    const out = [...dkim];
    // The expired ones are re-checked as of the entry, each pass its own (the budget is shared).
    const atEntry: Rebuild = { ...msg, passes: new Map() };
    const entryOpts = { ...opts, now: opts.entryAt };
    for (const d of candidates) {
      const expired = d.cause === 'expired';
      let restore = await restoreOne(d, expired ? atEntry : msg, expired ? entryOpts : opts);
      // Restored, it may verify but for an x= passed since the entry (a tagged post read months
      // later: real-mail round 151): as of the entry, then.
      if (restore === null && !expired && expiredSinceEntry(opts) && tagOf(d.line!, 'x'))
        restore = await restoreOne(d, atEntry, entryOpts);
      // Budget spent: nothing more is restored; what was proven so far stands (each verified in full).
      if (restore === 'spent') break;
      if (restore) out[dkim.indexOf(d)] = { ...d, listRestore: restore };
    }
    return out;
  } catch {
    return dkim;
  }
}

function expiredSinceEntry(opts: ListRestoreOptions): boolean {
  return opts.entryAt !== undefined && opts.entryAt.getTime() < (opts.now ?? new Date()).getTime();
}

async function restoreOne(
  d: DkimCheck,
  msg: Rebuild,
  opts: ListRestoreOptions,
): Promise<ListRestore | null | 'spent'> {
  const line = d.line!;
  const bh = tagOf(line, 'bh');
  const b = tagOf(line, 'b');
  if (!bh || !b) return null;
  const canon = (tagOf(line, 'c') ?? 'simple/simple').toLowerCase();
  const algo = (tagOf(line, 'a') ?? 'rsa-sha256').toLowerCase();
  const signs = (tagOf(line.slice(line.indexOf(':') + 1), 'h') ?? '').toLowerCase().split(':');
  const mime = { contentType: msg.contentType, signed: signs.includes('content-type') };
  const original =
    bodyCandidates(msg.body, { hash: bh, canon, algo }, mime) ??
    unwrappedMixed(msg.body, { hash: bh, canon, algo }, mime);
  if (!original) return null;
  for (const [i, v] of msg.head.entries()) {
    // Nothing undone is no restore: the failure was something else.
    if (!v.subjectTag && v.removedHeaders.length === 0 && !original.removed) continue;
    const checks = await recheck(msg, i, original, opts);
    if (checks === 'spent') return 'spent';
    const same = checks.find(
      (c) => c.domain === d.domain && c.selector === d.selector && c.line && tagOf(c.line, 'b') === b,
    );
    if (same?.result === 'pass') {
      return {
        subjectTag: v.subjectTag,
        removedHeaders: v.removedHeaders,
        footerBytes: Buffer.byteLength(original.removed, 'latin1'),
        // A footer part is shown by its text, not by its delimiter and part header.
        footerPreview: Buffer.from(original.removed.slice(original.partHead), 'latin1')
          .toString('utf8')
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, 160),
        footerHosts: original.removed ? footerLinkHosts(original.removed) : [],
        footerDisguisedLinks: original.removed ? footerDisguisedLinks(original.removed) : [],
        ...lureOf(original.removed),
      };
    }
  }
  return null;
}

/** The footer's account scare, as ListRestore keeps it (nothing when there is none). */
function lureOf(removed: string): Pick<ListRestore, 'footerLure'> {
  const lure = removed ? footerLure(removed) : null;
  return lure ? { footerLure: lure } : {};
}

/**
 * The checks of the message rebuilt from header variant `at` and `body`. One verifier pass
 * verifies every signature, so a pass already made for another candidate signature (the same
 * rebuilt message) is reused rather than run and paid for again.
 */
async function recheck(
  msg: Rebuild,
  at: number,
  original: { body: string; contentType?: string },
  opts: ListRestoreOptions,
): Promise<DkimCheck[] | 'spent'> {
  const { body, contentType } = original;
  // A Content-Type put back (unwrappedMixed) makes other messages than the same body otherwise.
  const key = contentType ? `${contentType}\u0000${body}` : body;
  const byHead = msg.passes.get(key) ?? new Map<number, DkimCheck[]>();
  msg.passes.set(key, byHead);
  const known = byHead.get(at);
  if (known) return known;
  if (msg.budget.left < msg.perPass) return 'spent';
  msg.budget.left -= msg.perPass;
  opts.onVerify?.(msg.perPass);
  const head = msg.head[at]!.head;
  const rebuiltHead =
    contentType && msg.contentTypeField ? head.replace(msg.contentTypeField, () => contentType) : head;
  const rebuilt = Buffer.from(rebuiltHead + msg.blank + body, 'latin1');
  const checks = toDkimChecks(await verifyMessage(rebuilt, opts), opts.fromDomain);
  byHead.set(at, checks);
  return checks;
}

/** A List-Id's identifier (RFC 2919: the angle-bracketed part, else the whole value). */
function listId(value: string | null): string | null {
  return value ? (/<([^<>\s]{1,255})>\s*$/.exec(value)?.[1] ?? value) : null;
}
