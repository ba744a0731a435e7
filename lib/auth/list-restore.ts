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
import { decodeWords } from 'postal-mime';
import { encodeIso2022jp } from '../message/iso2022jp';
import type { DkimCheck, ListRestore, Resolver } from '../types';
import { toDkimChecks, verifyMessage } from './dkim';
import { dkimBody } from './mailauth';

export interface ListRestoreOptions {
  resolver: Resolver;
  now?: Date;
  fromDomain: string | null;
}

/** Bodies larger than this are not searched for a footer (each candidate is hashed in full). */
const MAX_BODY = 256 * 1024;
/** A footer starts within this many bytes of the end it was added at. */
const FOOTER_WINDOW = 4096;
/** Body candidates hashed per signature, at most. */
const MAX_CANDIDATES = 160;

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

/**
 * `[devel] ` (Mailman's subject_prefix), after any Re:/Fwd: the list moved behind it; or the
 * spam filter's `***Spam*** ` (amavis's default `sa_spam_subject_tag`, SpamAssassin's
 * `*****SPAM*****`), which a receiver's own filter writes before delivering; or a gateway's
 * unbracketed `EXTERNAL: ` / `CAUTION: ` / `External Email: ` / `EXTERNAL - `, `*EXTERNAL* ` or
 * `(EXTERNAL) ` (Mimecast's and Microsoft's mail-flow rules offer such prefixes);
 * or a Japanese gateway's `【外部】` (lenticular brackets).
 */
const SUBJECT_TAG =
  /^([ \t]*)(\[[^\]\r\n]{1,64}\][ \t]?|【[^】\r\n]{1,16}】[ \t]?|\*{3,5} ?spam ?\*{3,5}[ \t]?|\*{1,2}external\*{1,2}[ \t]?|[({]external(?: e-?mail| sender)?[)}][ \t]?|(?:external|ext|caution)(?: e-?mail| sender)? ?[:-][ \t])/i;

/** Whether a Subject (as decoded) starts with a `[tag] ` that a list or a gateway may have added. */
export function subjectTagged(subject: string | null): boolean {
  return subject !== null && SUBJECT_TAG.test(subject);
}

function tagOf(line: string, name: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=([^;]*)`).exec(line);
  return m ? m[1]!.replace(/\s+/g, '') : null;
}

interface Field {
  key: string;
  text: string;
}

/** Header fields as written (latin1, folding and line ends kept). */
function splitFields(head: string): Field[] {
  const out: Field[] = [];
  for (const text of head.split(/(?<=\n)/)) {
    const prev = out[out.length - 1];
    if (/^[ \t]/.test(text) && prev) prev.text += text;
    else if (text) out.push({ key: (/^([^:\s]+)\s*:/.exec(text)?.[1] ?? '').toLowerCase(), text });
  }
  return out;
}

interface HeaderVariant {
  head: string;
  subjectTag: string | null;
  removedHeaders: string[];
}

function headerVariants(fields: Field[]): HeaderVariant[] {
  const out: HeaderVariant[] = [];
  const subjectAt = fields.findIndex((f) => f.key === 'subject');
  const untagged = subjectAt >= 0 ? withoutTag(fields[subjectAt]!.text) : null;
  const listAdded = fields.filter((f) => LIST_FIELDS.has(f.key));
  // null: the Subject as it stands; else one of the forms it may have had before the tag.
  const subjects: Array<string | null> = [null, ...(untagged?.texts ?? [])];
  for (const subjectText of subjects) {
    for (const strip of listAdded.length > 0 ? [false, true] : [false]) {
      const kept = fields
        .map((f, i) => (subjectText !== null && i === subjectAt ? { ...f, text: subjectText } : f))
        .filter((f) => !(strip && LIST_FIELDS.has(f.key)));
      out.push({
        head: kept.map((f) => f.text).join(''),
        subjectTag: subjectText !== null && untagged ? untagged.tag : null,
        removedHeaders: strip ? [...new Set(listAdded.map((f) => f.key))] : [],
      });
    }
  }
  return out;
}

/**
 * The Subject field as it may have been before a tag was put in front of it, and the tag; null
 * when it starts with none. A gateway or list that adds a tag to a Subject holding letters outside
 * ASCII (Mimecast's French `[EXTÉRIEUR] `, Mailman 3's prefix over an encoded Subject) writes
 * the whole Subject again as encoded-words (RFC 2047), so the tag is looked for in the decoded
 * text too. What follows it is taken back to the forms a sender's mailer writes: as it is when it
 * is plain ASCII, else one UTF-8 encoded-word, Q or B, or for Japanese one ISO-2022-JP B word,
 * either case of the charset label (a long Subject split over several words, or another charset,
 * cannot be rebuilt). Whatever is rebuilt
 * counts only if the signature then verifies in full.
 */
function withoutTag(field: string): { texts: string[]; tag: string } | null {
  const colon = field.indexOf(':') + 1;
  const value = field.slice(colon);
  // The field is held as latin1 (its bytes); a tag written raw in UTF-8 (`[EXTERNÍ] `, `【外部】`)
  // is looked for in the text those bytes spell, and the rest kept byte for byte.
  const text = Buffer.from(value, 'latin1').toString('utf8');
  const tag = SUBJECT_TAG.exec(text.includes('\ufffd') ? value : text);
  if (tag) {
    const cut = text.includes('\ufffd') ? tag[0].length : Buffer.byteLength(tag[0], 'utf8');
    const lead = Buffer.from(tag[1]!, 'utf8').toString('latin1');
    return { texts: [field.slice(0, colon) + lead + value.slice(cut)], tag: tag[2]! };
  }
  if (!value.includes('=?') || value.length > 4096) return null;
  const end = /\r?\n$/.exec(value)?.[0] ?? '';
  const decoded = decodeWords(value.slice(0, value.length - end.length).replace(/\r?\n(?=[ \t])/g, ''));
  const inner = SUBJECT_TAG.exec(decoded);
  if (!inner) return null;
  const rest = decoded.slice(inner[0].length);
  const head = `${field.slice(0, colon)}${inner[1]}`;
  if (/^[\x20-\x7e]*$/.test(rest))
    return rest.includes('=?') ? null : { texts: [`${head}${rest}${end}`], tag: inner[2]! };
  if (rest.length > 200) return null;
  return { texts: encodedForms(rest).map((w) => `${head}${w}${end}`), tag: inner[2]! };
}

/** `text` as one encoded-word, as mailers write it (RFC 2047 §4): UTF-8, or ISO-2022-JP for Japanese. */
function encodedForms(text: string): string[] {
  const bytes = new TextEncoder().encode(text);
  let q = '';
  for (const b of bytes) {
    if (b === 0x20) q += '_';
    else if (b > 0x20 && b < 0x7f && b !== 0x3d && b !== 0x3f && b !== 0x5f) q += String.fromCharCode(b);
    else q += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  const b64 = Buffer.from(bytes).toString('base64');
  const forms = ['UTF-8', 'utf-8'].flatMap((cs) => [`=?${cs}?Q?${q}?=`, `=?${cs}?B?${b64}?=`]);
  // Japanese mailers write ISO-2022-JP, B-encoded (a gateway's "encode in UTF-8" re-wrote it).
  const jis = /[\u3000-\u9fff\uff00-\uffef]/.test(text) ? encodeIso2022jp(text) : null;
  if (jis) {
    const j = Buffer.from(jis).toString('base64');
    forms.push(`=?ISO-2022-JP?B?${j}?=`, `=?iso-2022-jp?B?${j}?=`);
  }
  return forms;
}

interface BodyVariant {
  body: string;
  removed: string;
}

/** Line starts in body[from, to]. */
function lineStarts(body: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) if (i === 0 || body[i - 1] === '\n') out.push(i);
  return out;
}

/**
 * The bodies the signer may have signed: this one, or this one without a block of lines that
 * ends at the end of the body (a footer) or at the closing MIME boundary (a footer part, or a
 * footer added to the last part), newest cut first.
 */
function bodyCandidates(body: string, signedHash: string, canon: string, algo: string): BodyVariant | null {
  const hash = (b: string) => {
    const h = dkimBody(canon, algo);
    h.update(Buffer.from(b, 'latin1'));
    return h.digest('base64');
  };
  if (hash(body) === signedHash) return { body, removed: '' };
  if (body.length > MAX_BODY) return null;
  const ends = [body.length];
  const closing = [...body.matchAll(/(?:^|\n)(--[^\r\n]{1,200}--)[ \t]*(?:\r?\n|$)/g)].pop();
  if (closing) ends.push(closing.index + (closing[0].startsWith('\n') ? 1 : 0));
  let tried = 0;
  for (const end of ends) {
    const starts = lineStarts(body, Math.max(0, end - FOOTER_WINDOW), end).reverse();
    for (const start of starts) {
      if (start === end) continue;
      if (++tried > MAX_CANDIDATES) return null;
      const candidate = body.slice(0, start) + body.slice(end);
      if (hash(candidate) === signedHash) return { body: candidate, removed: body.slice(start, end) };
    }
  }
  return null;
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
      (d.cause === 'body-hash-mismatch' || d.cause === 'signature-mismatch') &&
      // l= signatures already pass when text is only appended (the dkim-body-length finding).
      !d.bodyLength,
  );
  if (candidates.length === 0) return dkim;
  try {
    const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : Buffer.from(raw);
    const text = bytes.toString('latin1');
    const sep = /\r?\n\r?\n/.exec(text);
    if (!sep) return dkim;
    const headEnd = sep.index + (sep[0].startsWith('\r\n') ? 2 : 1);
    const head = text.slice(0, headEnd);
    const blank = text.slice(headEnd, sep.index + sep[0].length);
    const body = text.slice(sep.index + sep[0].length);
    const variants = headerVariants(splitFields(head));
    const out = [...dkim];
    for (const d of candidates) {
      const restore = await restoreOne(d, { head: variants, blank, body }, opts);
      if (restore) out[dkim.indexOf(d)] = { ...d, listRestore: restore };
    }
    return out;
  } catch {
    return dkim;
  }
}

async function restoreOne(
  d: DkimCheck,
  msg: { head: HeaderVariant[]; blank: string; body: string },
  opts: ListRestoreOptions,
): Promise<ListRestore | null> {
  const line = d.line!;
  const bh = tagOf(line, 'bh');
  const b = tagOf(line, 'b');
  if (!bh || !b) return null;
  const canon = (tagOf(line, 'c') ?? 'simple/simple').toLowerCase();
  const algo = (tagOf(line, 'a') ?? 'rsa-sha256').toLowerCase();
  const original = bodyCandidates(msg.body, bh, canon, algo);
  if (!original) return null;
  for (const v of msg.head) {
    // Nothing undone is no restore: the failure was something else.
    if (!v.subjectTag && v.removedHeaders.length === 0 && !original.removed) continue;
    const rebuilt = Buffer.from(v.head + msg.blank + original.body, 'latin1');
    const checks = toDkimChecks(await verifyMessage(rebuilt, opts), opts.fromDomain);
    const same = checks.find(
      (c) => c.domain === d.domain && c.selector === d.selector && c.line && tagOf(c.line, 'b') === b,
    );
    if (same?.result === 'pass') {
      return {
        subjectTag: v.subjectTag,
        removedHeaders: v.removedHeaders,
        footerBytes: Buffer.byteLength(original.removed, 'latin1'),
        footerPreview: Buffer.from(original.removed, 'latin1')
          .toString('utf8')
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, 160),
      };
    }
  }
  return null;
}
