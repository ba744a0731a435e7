// A footer a list appended to the body or added as a last MIME part: the bodies the signer may
// have signed (bodyCandidates), each a block of lines cut at the end, kept only when its body hash
// is the signature's bh= and the block is of a list's kind (listFooterBlock). The signature must
// still verify in full on the result (lib/auth/list-restore.ts).
import { Buffer } from 'buffer';
import { hidesSignedText } from './footer-markup';
import { dkimBody } from './mailauth';

/** Bodies larger than this are not searched for a footer (each candidate is hashed in full). */
const MAX_BODY = 256 * 1024;
/** A footer starts within this many bytes of the end it was added at. */
const FOOTER_WINDOW = 4096;
/** Body candidates hashed per signature, at most. */
const MAX_CANDIDATES = 160;

export interface Field {
  key: string;
  text: string;
}

/** Header fields as written (latin1, folding and line ends kept); a footer part's header too. */
export function splitFields(head: string): Field[] {
  const out: Field[] = [];
  for (const text of head.split(/(?<=\n)/)) {
    const prev = out[out.length - 1];
    if (/^[ \t]/.test(text) && prev) prev.text += text;
    else if (text) out.push({ key: (/^([^:\s]+)\s*:/.exec(text)?.[1] ?? '').toLowerCase(), text });
  }
  return out;
}

interface BodyVariant {
  body: string;
  removed: string;
  /** Characters of `removed` that are a footer part's delimiter line and header (0 for text). */
  partHead: number;
  /** The message's Content-Type field as signed, when the list replaced it (unwrappedMixed). */
  contentType?: string;
}

/** Line starts in body[from, to]. */
function lineStarts(body: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) if (i === 0 || body[i - 1] === '\n') out.push(i);
  return out;
}

/** What the message's own header says of its MIME structure, and whether the signature covers it. */
interface MimeFrame {
  /** The message's own Content-Type, unfolded ('' without one). */
  contentType: string;
  /** Whether the signature's h= names Content-Type. */
  signed: boolean;
}

/**
 * A parameter of a header field's value (RFC 2045 §5.1), quoted or not, in any of RFC 2231's
 * spellings too: `name*=utf-8''…` (§4, charset and language) and `name*0=` / `name*0*=` (§3,
 * continuations; the first segment is returned). Mail apps honour them all, so a part named only
 * by `filename*=` is listed as an attachment (probe21-list-footer-part-rfc2231-filename-html).
 */
function param(value: string, name: string): string | null {
  const m = new RegExp(
    `;\\s*${name}(?:\\*0\\*?|\\*)?\\s*=\\s*(?:"([^"\\r\\n]{1,200})"|([^\\s;"]{1,200}))`,
    'i',
  ).exec(value);
  return m ? (m[1] ?? m[2]!) : null;
}

/**
 * Under a signature that leaves Content-Type out of h= (Yahoo's and AOL's webmail sign
 * Date:From:To:Subject:References:Reply-To), whether the signed body was already the multipart
 * the current Content-Type declares: it holds that boundary's delimiter line and, after it, its
 * closing delimiter, with no more before the first delimiter than a mailer's one-line preamble
 * ("This is a multi-part message in MIME format."). The preamble attack
 * (probe20-list-footer-unsigned-content-type-preamble) changes a signed single part into a
 * multipart: its signed body holds no delimiter of the new boundary, and its signed text is the
 * preamble. rw24-mailman2-footer-part-webmail-content-type-unsigned is the genuine shape.
 * An attacker can still change an unsigned multipart/alternative into multipart/mixed (every
 * alternative then shown, the footer part after them): what it adds is shown after the signed
 * text, as a text footer would be.
 */
function signedMultipart(signedBody: string, boundary: string): boolean {
  const lines = signedBody.split(/\r?\n/).map((l) => l.replace(/[ \t]+$/, ''));
  const first = lines.indexOf(`--${boundary}`);
  const closing = lines.lastIndexOf(`--${boundary}--`);
  if (first < 0 || closing < first) return false;
  const preamble = lines.slice(0, first).join('\n').trim();
  return preamble.length <= 100 && !preamble.includes('\n');
}

/**
 * Whether a removed block may be a list's footer: null when not, else how many of its characters
 * are a footer part's delimiter line and header (0 for plain text). Without a MIME delimiter line
 * in it, it is text appended to the body or to its last part. With one, it is a part of its own,
 * and a list adds only an inline part to a multipart/mixed: Mailman's msg_footer (text/plain),
 * Sympa's footer part (message_footer.mime, whatever its type: text/html in
 * rw24-sympa-mime-html-footer-part); any other multipart they wrap in a new multipart/mixed, which
 * changes the signed Content-Type. Anything else there is what a reader would see in place of the
 * signed text: a new last alternative of multipart/alternative, the one mail apps show
 * (probe20-list-footer-new-html-alternative), an attachment (probe20-list-footer-new-attachment-
 * part, probe21-list-footer-part-rfc2231-filename-html), or, under a signature that leaves
 * Content-Type out of h=, a part that turns the whole signed text into an unshown preamble
 * (probe20-list-footer-unsigned-content-type-preamble; signedMultipart).
 */
function listFooterBlock(
  removed: string,
  body: string,
  signedBody: string,
  mime: MimeFrame,
  atClosing: boolean,
): number | null {
  const declared = [
    ...`${mime.contentType}\n${body}`.matchAll(
      /;\s*boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))/gi,
    ),
  ].map((m) => m[1] ?? m[2]!);
  const lines = removed.split(/\r?\n/).map((l) => l.replace(/[ \t]+$/, ''));
  const delimiters = lines.filter((l) => declared.some((b) => l === `--${b}` || l === `--${b}--`));
  if (delimiters.length === 0) return 0;
  const top = param(mime.contentType, 'boundary');
  if (!top || !/^\s*multipart\/mixed\s*;/i.test(mime.contentType)) return null;
  if (!mime.signed && !signedMultipart(signedBody, top)) return null;
  // One part, starting with the message's own delimiter and ending where its closing one stands.
  if (!atClosing || delimiters.length !== 1 || lines[0] !== `--${top}`) return null;
  const blank = /\r?\n\r?\n/.exec(removed);
  if (!blank) return null;
  const partHead = removed.slice(0, blank.index);
  const afterDelimiter = partHead.search(/\r?\n/);
  const fields = splitFields(afterDelimiter < 0 ? '' : `${partHead.slice(afterDelimiter + 1)}\n`).map(
    (f) => ({
      key: f.key,
      value: f.text.slice(f.text.indexOf(':') + 1).replace(/\r?\n[ \t]/g, ' '),
    }),
  );
  const type = fields.filter((f) => f.key === 'content-type');
  const disposition = fields.filter((f) => f.key === 'content-disposition');
  // RFC 2046 §5.1.1: a part without Content-Type is text/plain; a name or filename is an attachment's.
  // text/html too, for Sympa's HTML footer. What an attacker gains by it over a text footer: an
  // HTML part (styled text, a link) shown after the signed parts of a multipart/mixed, never in
  // place of them (mixed parts are shown in order, and the part is the last). Bounded: it starts
  // within FOOTER_WINDOW of the closing delimiter, is inline and unnamed (an attachment is refused),
  // and the finding shows its text (footerPreview) as the list's, never as the sender's.
  const footerPart =
    type.length <= 1 &&
    disposition.length <= 1 &&
    (type.length === 0 ||
      (/^\s*text\/(?:plain|html)\s*(?:;|$)/i.test(type[0]!.value) && !param(type[0]!.value, 'name'))) &&
    (disposition.length === 0 ||
      (/^\s*inline\s*(?:;|$)/i.test(disposition[0]!.value) && !param(disposition[0]!.value, 'filename')));
  return footerPart ? blank.index + blank[0].length : null;
}

/**
 * The bodies the signer may have signed: this one, or this one without a block of lines that
 * ends at the end of the body (a footer), at the closing MIME boundary (a footer part, or a
 * footer added to the last part) or at one of the first two delimiters of a multipart/mixed (a
 * footer added to the first part), newest cut first; a block holding a MIME delimiter only as a
 * list's footer part (listFooterBlock).
 */
export function bodyCandidates(
  body: string,
  signed: { hash: string; canon: string; algo: string },
  mime: MimeFrame,
): BodyVariant | null {
  const hash = (b: string) => {
    const h = dkimBody(signed.canon, signed.algo);
    h.update(Buffer.from(b, 'latin1'));
    return h.digest('base64');
  };
  if (hash(body) === signed.hash) return { body, removed: '', partHead: 0 };
  if (body.length > MAX_BODY) return null;
  const ends = [body.length];
  const closing = [...body.matchAll(/(?:^|\n)(--[^\r\n]{1,200}--)[ \t]*(?:\r?\n|$)/g)].pop();
  const closingAt = closing ? closing.index + (closing[0].startsWith('\n') ? 1 : 0) : -1;
  if (closing) ends.push(closingAt);
  // Sympa's footer_type append on a multipart/mixed appends to the FIRST part, before the
  // attachments (Message.pm _append_parts): a block ending at a delimiter line of the message's
  // own boundary, text only (listFooterBlock refuses one holding a delimiter there). The first two
  // delimiters only: the end of the preamble and of the first part.
  const top = param(mime.contentType, 'boundary');
  if (top && /^\s*multipart\/mixed\s*;/i.test(mime.contentType)) {
    const delimiter = `--${top}`;
    for (let at = body.indexOf(delimiter), n = 0; at >= 0 && n < 2; at = body.indexOf(delimiter, at + 1)) {
      const line = body.slice(at, body.indexOf('\n', at) < 0 ? body.length : body.indexOf('\n', at));
      if ((at === 0 || body[at - 1] === '\n') && line.replace(/[ \t\r]+$/, '') === delimiter) {
        n++;
        if (!ends.includes(at)) ends.push(at);
      }
    }
  }
  let tried = 0;
  for (const end of ends) {
    const starts = lineStarts(body, Math.max(0, end - FOOTER_WINDOW), end).reverse();
    for (const start of starts) {
      if (start === end) continue;
      if (++tried > MAX_CANDIDATES) return null;
      const candidate = body.slice(0, start) + body.slice(end);
      if (hash(candidate) !== signed.hash) continue;
      const removed = body.slice(start, end);
      // A footer informs; one that styles, scripts or positions can hide the signed text above it
      // and show its own in its place (probe23: a full-screen fixed <div> over a hidden notice).
      if (hidesSignedText(removed)) return null;
      const partHead = listFooterBlock(removed, body, candidate, mime, end === closingAt);
      return partHead === null ? null : { body: candidate, removed, partHead };
    }
  }
  return null;
}

/**
 * The post as signed when a list wrapped it in a new multipart/mixed to add its footer part:
 * Sympa (footer_type mime: make_multipart("mixed", Force => 1)) and Mailman 2.1 do so to any
 * multipart but mixed (rw24-sympa-wraps-alternative-into-mixed). The new top has a one-line
 * preamble at most and exactly two parts: the first holds only a Content-Type of multipart/*,
 * whose body hashes to bh= as it stands; the second is a list's footer part (listFooterBlock).
 * The signature must then verify with that Content-Type back in the header. What an attacker
 * gains by wrapping a signed post so: an inline part shown after it, which is a footer.
 */
export function unwrappedMixed(
  body: string,
  signed: { hash: string; canon: string; algo: string },
  mime: MimeFrame,
): BodyVariant | null {
  const outer = param(mime.contentType, 'boundary');
  if (!outer || !/^\s*multipart\/mixed\s*;/i.test(mime.contentType) || body.length > MAX_BODY) return null;
  const lines = [...body.matchAll(/[^\n]*(?:\n|$)/g)].map((m) => ({ at: m.index, text: m[0] }));
  const bare = (t: string) => t.replace(/[ \t\r\n]+$/, '');
  const delimiters = lines.filter((l) => bare(l.text) === `--${outer}`);
  const closing = lines.filter((l) => bare(l.text) === `--${outer}--`);
  if (delimiters.length !== 2 || closing.length !== 1) return null;
  const [first, second] = delimiters as [(typeof lines)[0], (typeof lines)[0]];
  const close = closing[0]!;
  if (close.at < second.at || body.slice(close.at + close.text.length).trim() !== '') return null;
  const preamble = body.slice(0, first.at).trim();
  if (preamble.length > 100 || preamble.includes('\n')) return null;
  // The first part: one Content-Type field of multipart/*, a blank line, the signed body. The line
  // end before the next delimiter is the delimiter's (RFC 2046 §5.1.1).
  const part = body.slice(first.at + first.text.length, second.at);
  const blank = /\r?\n\r?\n/.exec(part);
  if (!blank) return null;
  const fields = splitFields(`${part.slice(0, blank.index)}\n`);
  if (fields.length !== 1 || fields[0]!.key !== 'content-type') return null;
  if (!/^content-type\s*:\s*multipart\/[a-z0-9.+-]+\s*;/i.test(fields[0]!.text)) return null;
  const inner = part.slice(blank.index + blank[0].length).replace(/\r?\n$/, '');
  const removed = body.slice(second.at, close.at);
  const partHead = listFooterBlock(removed, body, inner, { ...mime, signed: true }, true);
  if (partHead === null || hidesSignedText(removed)) return null;
  const h = dkimBody(signed.canon, signed.algo);
  h.update(Buffer.from(inner, 'latin1'));
  if (h.digest('base64') !== signed.hash) return null;
  const end = /\r?\n$/.exec(first.text)?.[0] ?? '\r\n';
  return { body: inner, removed, partHead, contentType: `${fields[0]!.text.replace(/\r?\n$/, '')}${end}` };
}
