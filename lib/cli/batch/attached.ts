// `--attached`: the original message a "report phishing" button or a forward-as-attachment
// carries, as the bytes it was sent with. postal-mime finds such parts, but hands their content
// back with CRLF turned into LF and the line break before the next boundary included
// (RFC 2046 §5.1.1 gives that break to the boundary): the attached message's DKIM body hash would
// then fail and a genuine message could read as spoofed. So the MIME tree is walked here over
// the raw bytes, and a part's body is sliced out exactly (decoded only when it was sent base64 or
// quoted-printable, which RFC 2046 §5.2.1 forbids for message/rfc822 but mailers still do).

const MAX_DEPTH = 8;
const ATTACHED_TYPES = new Set(['message/rfc822', 'message/global']);
/**
 * Types under which report tools attach an original as a file: a report built through EWS or
 * Graph attaches "….eml" as application/octet-stream, base64 (php-ews issue 238; Microsoft's
 * reporting mailbox takes "an uncompressed .EML or .MSG attachment"), PHPMailer's workaround as
 * text/plain. Taken only when the part is named `*.eml` and its bytes begin with a header block
 * holding a From field (red-team round 173).
 */
const EML_FILE_TYPES = new Set(['application/octet-stream', 'text/plain', 'application/eml']);

interface Part {
  /** Header block, unfolded, as latin1 text. */
  headers: string;
  /** Offset of the body in the message bytes. */
  bodyStart: number;
  bodyEnd: number;
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  return new TextDecoder('latin1').decode(bytes.subarray(start, end));
}

/** Splits [start, end) into header block and body at the first empty line. */
function part(bytes: Uint8Array, start: number, end: number): Part {
  const text = latin1(bytes, start, Math.min(end, start + 256 * 1024));
  const m = /\r?\n\r?\n/.exec(text);
  if (!m) return { headers: text, bodyStart: end, bodyEnd: end };
  return { headers: text.slice(0, m.index), bodyStart: start + m.index + m[0].length, bodyEnd: end };
}

function header(headers: string, name: string): string | null {
  const unfolded = headers.replace(/\r?\n[ \t]+/g, ' ');
  const m = new RegExp(`^${name}[ \\t]*:(.*)$`, 'im').exec(unfolded);
  return m ? m[1]!.trim() : null;
}

function contentType(headers: string): { type: string; boundary: string | null } {
  const v = header(headers, 'content-type') ?? 'text/plain';
  const type = (v.split(';')[0] ?? '').trim().toLowerCase();
  const b = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(v);
  return { type, boundary: b ? (b[1] ?? b[2] ?? null) : null };
}

/** The part's file name (Content-Disposition filename, else Content-Type name), lower-cased. */
function fileName(headers: string): string {
  const of = (field: string, param: string) => {
    const v = header(headers, field);
    const m = v ? new RegExp(`;\\s*${param}\\*?\\s*=\\s*(?:"([^"]*)"|([^\\s;]+))`, 'i').exec(v) : null;
    return m ? (m[1] ?? m[2] ?? '') : '';
  };
  return (of('content-disposition', 'filename') || of('content-type', 'name')).trim().toLowerCase();
}

/** Bytes that start with a header block holding a From field: a message, not any file. */
function startsAsMessage(bytes: Uint8Array): boolean {
  const text = latin1(bytes, 0, Math.min(bytes.length, 64 * 1024));
  const end = /\r?\n\r?\n/.exec(text);
  if (!end) return false;
  const lines = text.slice(0, end.index).split(/\r?\n/);
  return (
    lines.every((l) => /^[\t ]/.test(l) || /^[!-9;-~]+[\t ]*:/.test(l)) &&
    lines.some((l) => /^from[\t ]*:/i.test(l))
  );
}

/** The bodies of a multipart's parts, between "--boundary" lines (RFC 2046 §5.1.1). */
function children(bytes: Uint8Array, p: Part, boundary: string): Array<[number, number]> {
  const text = latin1(bytes, p.bodyStart, p.bodyEnd);
  const delim = `--${boundary}`;
  const out: Array<[number, number]> = [];
  let partStart: number | null = null;
  let at = 0;
  while (at <= text.length) {
    const idx = text.indexOf(delim, at);
    if (idx === -1) break;
    const lineStart = idx === 0 || text[idx - 1] === '\n';
    if (!lineStart) {
      at = idx + delim.length;
      continue;
    }
    // The CRLF before the delimiter belongs to it.
    const breakLen = idx >= 2 && text[idx - 2] === '\r' ? 2 : idx >= 1 ? 1 : 0;
    if (partStart !== null) out.push([p.bodyStart + partStart, p.bodyStart + idx - breakLen]);
    const closing = text.startsWith('--', idx + delim.length);
    const eol = text.indexOf('\n', idx);
    if (closing || eol === -1) return out;
    partStart = eol + 1;
    at = eol + 1;
  }
  return out;
}

function decode(body: Uint8Array, encoding: string | null): Uint8Array {
  const enc = (encoding ?? '').toLowerCase();
  if (enc === 'base64') return new Uint8Array(Buffer.from(new TextDecoder('latin1').decode(body), 'base64'));
  if (enc === 'quoted-printable') {
    const text = new TextDecoder('latin1').decode(body).replace(/=\r?\n/g, '');
    return new Uint8Array(
      Buffer.from(
        text.replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
        'latin1',
      ),
    );
  }
  // 7bit, 8bit, binary: the bytes as they are.
  return body.slice();
}

/** Attached messages taken from one report, at most: a report is a person's, not a mailbox. */
const MAX_ATTACHED = 50;

/** Every attached message under [start, end), in order, not looking inside them. */
function find(bytes: Uint8Array, start: number, end: number, depth: number, out: Uint8Array[]): void {
  if (depth > MAX_DEPTH || out.length >= MAX_ATTACHED) return;
  const p = part(bytes, start, end);
  const ct = contentType(p.headers);
  // The top level is the report itself, whatever its type; a part of an attached type is an original.
  if (depth > 0 && ATTACHED_TYPES.has(ct.type)) {
    out.push(decode(bytes.subarray(p.bodyStart, p.bodyEnd), header(p.headers, 'content-transfer-encoding')));
    return;
  }
  if (depth > 0 && EML_FILE_TYPES.has(ct.type) && fileName(p.headers).endsWith('.eml')) {
    const file = decode(
      bytes.subarray(p.bodyStart, p.bodyEnd),
      header(p.headers, 'content-transfer-encoding'),
    );
    if (startsAsMessage(file)) out.push(file);
    return;
  }
  if (!ct.type.startsWith('multipart/') || !ct.boundary) return;
  for (const [s, e] of children(bytes, p, ct.boundary)) find(bytes, s, e, depth + 1, out);
}

/**
 * The attached messages (message/rfc822 or message/global parts, or `.eml` files) of `raw`, in
 * order: a colleague who selects several messages and forwards them as attachments reports each of
 * them (red-team round 157: the phish second behind a genuine notice was never read). Not those
 * inside them.
 */
export function attachedMessages(raw: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  find(raw, 0, raw.length, 0, out);
  return out;
}

/**
 * True when `raw` is a multipart whose closing delimiter never comes: a report cut off (by a
 * size limit, or by an mbox split inside it), said so when it yields no attached message.
 */
export function cutOff(raw: Uint8Array): boolean {
  const p = part(raw, 0, raw.length);
  const ct = contentType(p.headers);
  if (!ct.type.startsWith('multipart/') || !ct.boundary) return false;
  const text = latin1(raw, p.bodyStart, p.bodyEnd);
  const close = `--${ct.boundary}--`;
  for (let at = text.indexOf(close); at !== -1; at = text.indexOf(close, at + 1))
    if (at === 0 || text[at - 1] === '\n') return false;
  return true;
}
