// mbox files (RFC 4155 application/mbox) split into messages as they stream in, one message in
// memory at a time. A message starts after a "From " separator line that follows an empty line
// (or starts the file); writers quote a body line "From …" as ">From …" (mboxrd also quotes
// ">From" as ">>From"), so one ">" is taken off any line that is ">"s then "From ". Without the
// un-quoting, a signed body that contains such a line fails its DKIM body hash. Writers that do not
// quote (Dovecot's mboxcl2 counts bodies instead; some exporters do neither): see Splitter.

const F = 0x46; // 'F'
const GT = 0x3e; // '>'
const LF = 0x0a;
const CR = 0x0d;
const FROM_ = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "

function startsWithFrom(line: Uint8Array, at: number): boolean {
  if (line.length < at + 5) return false;
  for (let i = 0; i < 5; i++) if (line[at + i] !== FROM_[i]) return false;
  return true;
}

/**
 * A separator line names a sender and a date ("From alice@example.com Tue Mar  3 10:00:00 2026",
 * Thunderbird's "From - …", Google Takeout's "From 1739…@xxx …"): all carry a clock time. Asking
 * for one keeps a body line "From the desk of …" after an empty line in an unquoted (mboxo) file
 * inside its message.
 */
function isSeparator(line: Uint8Array): boolean {
  if (line[0] !== F || !startsWithFrom(line, 0)) return false;
  const text = new TextDecoder('latin1').decode(line.subarray(0, 200));
  return /^From \S+ .*\d:\d\d/.test(text);
}

/** The separators of Google Takeout (`From 1739…@xxx Fri Nov 20 …`) and of Thunderbird (`From - …`). */
const TAKEOUT = /^From \d{15,20}@xxx /;
const THUNDERBIRD = /^From - /;

/** A header block with Takeout's X-GM-THRID or X-Gmail-Labels field. */
function gmailFields(header: Uint8Array[]): boolean {
  return header.some((l) => /^x-(gm-thrid|gmail-labels)[ \t]*:/i.test(head(l)));
}

/** A line's first bytes as text, for the separator forms. */
function head(line: Uint8Array): string {
  return new TextDecoder('latin1').decode(line.subarray(0, 40));
}

function isBlank(line: Uint8Array): boolean {
  return (
    line.length === 0 ||
    (line.length === 1 && line[0] === LF) ||
    (line.length === 2 && line[0] === CR && line[1] === LF)
  );
}

/** ">From " / ">>From " …: the number of leading ">" when the line is a quoted From line, else 0. */
function quoteDepth(line: Uint8Array): number {
  let i = 0;
  while (i < line.length && line[i] === GT) i++;
  return i > 0 && startsWithFrom(line, i) ? i : 0;
}

/** True when the first bytes (after a UTF-8 byte order mark) are a "From " line. */
export function looksLikeMbox(head: Uint8Array): boolean {
  const at = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  return startsWithFrom(head, at);
}

/**
 * The message of `lines`, one ">" taken off each quoted "From " line unless `unquote` is false (a
 * body counted by its Content-Length: Dovecot's mboxcl2 quotes nothing).
 */
function join(lines: Uint8Array[], unquote = true): Uint8Array {
  // The empty line before the next separator belongs to the mbox, not to the message.
  const last = lines[lines.length - 1];
  const parts = last && isBlank(last) ? lines.slice(0, -1) : lines;
  const quoted = (l: Uint8Array) => unquote && quoteDepth(l) > 0;
  let size = 0;
  for (const l of parts) size += l.length - (quoted(l) ? 1 : 0);
  // A fresh buffer of its own (never a slice of a pooled one): it may be transferred to a worker.
  const out = new Uint8Array(size);
  let at = 0;
  for (const l of parts) {
    const line = quoted(l) ? l.subarray(1) : l;
    out.set(line, at);
    at += line.length;
  }
  return out;
}

/** One message of an mbox as it was split. */
export interface MboxMessage {
  bytes: Uint8Array;
  /**
   * It starts at a "From " line inside the body of a multipart message before it whose closing
   * delimiter had not come (a file that does not quote body "From " lines, or a cut message): it
   * may be that message's text, written by its sender, and is not analysed as a message of its own.
   */
  inside: number | null;
}

/** The largest Content-Length taken (64 MiB). */
const MAX_COUNTED_BYTES = 64 * 1024 * 1024;

/** What a message's own header block says about where its body ends. */
interface BodyBounds {
  /** Content-Length (mboxcl/mboxcl2 writers, Dovecot), when one well-formed value is given. */
  length: number | null;
  /** The top-level multipart boundary, when the message is a multipart. */
  boundary: string | null;
}

function boundsOf(header: Uint8Array[]): BodyBounds {
  const text = new TextDecoder('latin1')
    .decode(join(header.slice(0, 200)).subarray(0, 64 * 1024))
    .replace(/\r?\n[ \t]+/g, ' ');
  const lengths = [...text.matchAll(/^content-length[ \t]*:[ \t]*(\d{1,12})[ \t]*\r?$/gim)];
  const ct =
    /^content-type[ \t]*:[ \t]*multipart\/[^\r\n]*?;\s*boundary\s*=\s*(?:"([^"\r\n]+)"|([^\s;"]+))/im.exec(
      text,
    );
  const length = lengths.length === 1 ? Number(lengths[0]![1]) : null;
  return {
    // A count larger than any message the batch reads is not a writer's: taking it would hold
    // the rest of the file in memory until the count proved false.
    length: length !== null && length <= MAX_COUNTED_BYTES ? length : null,
    boundary: ct ? (ct[1] ?? ct[2] ?? null) : null,
  };
}

/** Open multiparts followed across messages; past this many, more are not added (any one open marks). */
const MAX_OPEN = 64;

/** "--boundary--" at the start of `line`: the multipart's closing delimiter (RFC 2046 §5.1.1). */
function closes(line: Uint8Array, boundary: string): boolean {
  const want = `--${boundary}--`;
  if (line.length < want.length) return false;
  for (let i = 0; i < want.length; i++) if (line[i] !== want.charCodeAt(i)) return false;
  // Only transport padding (white space) may follow it (RFC 2046 §5.1.1): "--b--x" is body text.
  for (let i = want.length; i < line.length; i++) {
    const c = line[i];
    if (c !== 0x20 && c !== 0x09 && c !== CR && c !== LF) return false;
  }
  return true;
}

/**
 * Splits lines into messages. Where a message tells where its body ends, a "From " line before
 * that is the body's, not a separator: a Content-Length (Dovecot's mboxcl2 and other writers that
 * do not quote body "From " lines; at most MAX_COUNTED_BYTES) is believed when the count ends where
 * a message ends: on an empty line followed by a separator, on a line break followed by an empty
 * line and a separator, or at the end of the file; such a body is taken as it is (not un-quoted).
 * Otherwise a separator follows an empty line (RFC 4155), or, in a file Thunderbird wrote, is one
 * of its `From - …` lines; one inside a multipart whose closing delimiter has not come still splits
 * (a cut message must not swallow the rest of the file), but what follows it is marked `inside`
 * until that delimiter comes, except in a Google Takeout file, which quotes every body "From ". An
 * attacker who writes a "From " line and a whole forged delivery into his message's body must not
 * have it read as a message of its own (red-team rounds 173 and 175, real-mail round 168).
 */
class Splitter {
  /** The current message's lines, as read (un-quoted when joined). */
  private lines: Uint8Array[] = [];
  private started = false;
  private prevBlank = true;
  private inHeader = false;
  private bounds: BodyBounds = { length: null, boundary: null };
  private bodyBytes = 0;
  /** After a Content-Length's count: what may follow ('line': a separator or an empty line; 'blank': a separator). */
  private after: 'line' | 'blank' | null = null;
  /** Content-Length is not taken for the message being read again after its count proved false. */
  private noLength = false;
  /** Messages split so far (the current one's number is this plus one once started). */
  private count = 0;
  /** Multiparts still open from earlier messages, with those messages' numbers (at most MAX_OPEN). */
  private carried: Array<{ boundary: string; from: number }> = [];
  /** The current message starts inside this earlier message's open multipart. */
  private inside: number | null = null;
  /**
   * Who wrote the file, from its first separator: Google Takeout (`From 1739…@xxx …`), which quotes
   * every body "From " line, so its separators are all its own and no multipart is carried; or
   * Thunderbird (`From - …`), whose ImportExportTools NG exports may leave out the empty line
   * before the next separator (issue 329), so one of that form is taken without it.
   */
  private writer: 'takeout' | 'thunderbird' | null = null;
  /** How many messages from the file's start all ended where their counts said (-1: one did not). */
  private countedSoFar = 0;

  /** Takes one line (with its line break); the messages it completes go to `out`. */
  take(line: Uint8Array, out: MboxMessage[]): void {
    if (this.inHeader) {
      // A header field's name holds no space: in a Thunderbird file, one of its separators ends a
      // message that has no body (and no empty line after its header).
      if (this.writer === 'thunderbird' && isSeparator(line) && THUNDERBIRD.test(head(line))) {
        this.separate(out);
        return;
      }
      this.lines.push(line);
      if (isBlank(line)) this.endHeader();
      this.prevBlank = isBlank(line);
      return;
    }
    if (this.bounds.length !== null && this.after === null) {
      // Inside the counted body: no separator here.
      this.lines.push(line);
      this.closing(line);
      this.bodyBytes += line.length;
      if (this.bodyBytes === this.bounds.length) this.after = 'line';
      else if (this.bodyBytes > this.bounds.length) this.recount(out);
      this.prevBlank = isBlank(line);
      return;
    }
    if (this.after !== null) {
      // Right after the count, a separator needs an empty line before it, the count's last line or
      // one after it: a mail.local or procmail file quotes a body "From " line only after an empty
      // line, and a sender's own count that ends just above his unquoted one must not cut there.
      if ((this.after === 'blank' || this.prevBlank) && isSeparator(line)) {
        this.separate(out, true);
        return;
      }
      if (this.after === 'line' && isBlank(line)) {
        this.after = 'blank';
        this.lines.push(line);
        this.prevBlank = true;
        return;
      }
      // The count did not end where a message ends: it is not the writer's.
      this.lines.push(line);
      this.recount(out);
      return;
    }
    if (
      isSeparator(line) &&
      (this.prevBlank || (this.writer === 'thunderbird' && THUNDERBIRD.test(head(line))))
    ) {
      this.separate(out, false, line);
      return;
    }
    this.lines.push(line);
    this.closing(line);
    this.prevBlank = isBlank(line);
  }

  /** A body line that closes the message's multipart, or one carried into it. */
  private closing(line: Uint8Array): void {
    if (line[0] !== 0x2d) return;
    if (this.bounds.boundary !== null && closes(line, this.bounds.boundary)) this.bounds.boundary = null;
    if (this.carried.length > 0) this.carried = this.carried.filter((c) => !closes(line, c.boundary));
  }

  /** At the end of the input. */
  finish(out: MboxMessage[]): void {
    // A count that runs past the end of the file is not the writer's either (nor one read again).
    while (this.bounds.length !== null && this.after === null) this.recount(out);
    // The last message (an empty one after a final separator is reported as empty, not dropped).
    if (this.started || this.lines.length > 0) this.emit(out, this.after !== null);
  }

  /** `counted`: the message ended where its Content-Length said. */
  private emit(out: MboxMessage[], counted: boolean): void {
    out.push({ bytes: join(this.lines, !counted), inside: this.inside });
    this.count++;
  }

  /** A separator line: the message read so far ends (`counted`: where its Content-Length said). */
  private separate(out: MboxMessage[], counted = false, line?: Uint8Array): void {
    if (this.started || this.lines.length > 0) {
      // A multipart the message leaves open goes on below it, beside any carried into it, unless
      // the file's writer quotes every body "From ", or counts every body: this message and at
      // least two before it, all, ended where their counts said (a sender can write one count of
      // his own, even first in the file, not his neighbours').
      const own = this.bounds.boundary;
      const countedFile = counted && this.countedSoFar >= 2;
      if (
        own !== null &&
        !this.inHeader &&
        !countedFile &&
        this.writer !== 'takeout' &&
        this.carried.length < MAX_OPEN
      )
        this.carried.push({ boundary: own, from: this.count + 1 });
      this.countedSoFar = counted && this.countedSoFar >= 0 ? this.countedSoFar + 1 : -1;
      this.emit(out, counted);
    } else if (line) {
      this.writer = TAKEOUT.test(head(line))
        ? 'takeout'
        : THUNDERBIRD.test(head(line))
          ? 'thunderbird'
          : null;
    }
    this.lines = [];
    this.started = true;
    this.prevBlank = false;
    this.inside = this.carried[0]?.from ?? null;
    this.startMessage(false);
  }

  private startMessage(noLength: boolean): void {
    this.inHeader = true;
    this.bounds = { length: null, boundary: null };
    this.bodyBytes = 0;
    this.after = null;
    this.noLength = noLength;
  }

  private endHeader(): void {
    this.inHeader = false;
    this.bounds = boundsOf(this.lines);
    // Takeout's separator form alone is an envelope sender's to shape: its first message must
    // also carry Google's own fields.
    if (this.writer === 'takeout' && this.count === 0 && !gmailFields(this.lines)) this.writer = null;
    if (this.noLength) this.bounds.length = null;
    if (this.bounds.length === 0) this.after = 'line';
  }

  /** The current message read again from its header on, its Content-Length not taken. */
  private recount(out: MboxMessage[]): void {
    const lines = this.lines;
    this.lines = [];
    this.prevBlank = false;
    this.startMessage(true);
    for (const l of lines) this.take(l, out);
  }
}

/**
 * The messages of an mbox, in order. `chunks` is the file as it is read; a line split across two
 * chunks is joined. Text before the first separator (a file that is no mbox) is one message.
 */
export async function* splitMbox(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<MboxMessage> {
  const splitter = new Splitter();
  const out: MboxMessage[] = [];
  let carry: Uint8Array | null = null;
  let first = true;
  const take = (raw: Uint8Array) => {
    // BOM before the first separator.
    const line = first && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? raw.subarray(3) : raw;
    first = false;
    splitter.take(line, out);
  };
  for await (const chunk of chunks) {
    let start = 0;
    while (start < chunk.length) {
      const nl = chunk.indexOf(LF, start);
      if (nl === -1) {
        const rest = chunk.subarray(start);
        carry = carry ? concat(carry, rest) : rest.slice();
        break;
      }
      let line = chunk.subarray(start, nl + 1);
      if (carry) {
        line = concat(carry, line);
        carry = null;
      }
      start = nl + 1;
      take(line);
      while (out.length > 0) yield out.shift()!;
    }
  }
  if (carry) take(carry);
  splitter.finish(out);
  yield* out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
