// A footer a list appended to the body or added as a last MIME part: the bodies the signer may
// have signed (bodyCandidates), each a block of lines cut at the end, kept only when its body hash
// is the signature's bh= and the block is of a list's kind (listFooterBlock). The signature must
// still verify in full on the result (lib/auth/list-restore.ts).
import { Buffer } from 'buffer';
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

/** A parameter of a header field's value (RFC 2045 §5.1), quoted or not. */
function param(value: string, name: string): string | null {
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"\\r\\n]{1,200})"|([^\\s;"]{1,200}))`, 'i').exec(value);
  return m ? (m[1] ?? m[2]!) : null;
}

/**
 * Whether a removed block may be a list's footer: null when not, else how many of its characters
 * are a footer part's delimiter line and header (0 for plain text). Without a MIME delimiter line in it, it is text
 * appended to the body or to its last part. With one, it is a part of its own, and a list adds
 * only an inline text/plain part to a multipart/mixed (Mailman's msg_footer, Sympa's footer part;
 * any other multipart they wrap in a new multipart/mixed, which changes the signed Content-Type).
 * Anything else there is what a reader would see in place of the signed text: a new last
 * alternative of multipart/alternative, the one mail apps show (probe20-list-footer-new-html-
 * alternative), an attachment (probe20-list-footer-new-attachment-part), or, under a signature
 * that leaves Content-Type out of h=, a part that turns the whole signed text into an unshown
 * preamble (probe20-list-footer-unsigned-content-type-preamble).
 */
function listFooterBlock(removed: string, body: string, mime: MimeFrame, atClosing: boolean): number | null {
  const declared = [
    ...`${mime.contentType}\n${body}`.matchAll(
      /;\s*boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))/gi,
    ),
  ].map((m) => m[1] ?? m[2]!);
  const lines = removed.split(/\r?\n/).map((l) => l.replace(/[ \t]+$/, ''));
  const delimiters = lines.filter((l) => declared.some((b) => l === `--${b}` || l === `--${b}--`));
  if (delimiters.length === 0) return 0;
  const top = param(mime.contentType, 'boundary');
  if (!mime.signed || !top || !/^\s*multipart\/mixed\s*;/i.test(mime.contentType)) return null;
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
  const footerPart =
    type.length <= 1 &&
    disposition.length <= 1 &&
    (type.length === 0 ||
      (/^\s*text\/plain\s*(?:;|$)/i.test(type[0]!.value) && !param(type[0]!.value, 'name'))) &&
    (disposition.length === 0 ||
      (/^\s*inline\s*(?:;|$)/i.test(disposition[0]!.value) && !param(disposition[0]!.value, 'filename')));
  return footerPart ? blank.index + blank[0].length : null;
}

/**
 * The bodies the signer may have signed: this one, or this one without a block of lines that
 * ends at the end of the body (a footer) or at the closing MIME boundary (a footer part, or a
 * footer added to the last part), newest cut first; a block holding a MIME delimiter only as a
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
  let tried = 0;
  for (const end of ends) {
    const starts = lineStarts(body, Math.max(0, end - FOOTER_WINDOW), end).reverse();
    for (const start of starts) {
      if (start === end) continue;
      if (++tried > MAX_CANDIDATES) return null;
      const candidate = body.slice(0, start) + body.slice(end);
      if (hash(candidate) !== signed.hash) continue;
      const removed = body.slice(start, end);
      const partHead = listFooterBlock(removed, body, mime, end === closingAt);
      return partHead === null ? null : { body: candidate, removed, partHead };
    }
  }
  return null;
}
