// mbox files (RFC 4155 application/mbox) split into messages as they stream in, one message in
// memory at a time. A message starts after a "From " separator line that follows an empty line
// (or starts the file); writers quote a body line "From …" as ">From …" (mboxrd also quotes
// ">From" as ">>From"), so one ">" is taken off any line that is ">"s then "From ". Without the
// un-quoting, a signed body that contains such a line fails its DKIM body hash.

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

function join(lines: Uint8Array[]): Uint8Array {
  // The empty line before the next separator belongs to the mbox, not to the message.
  const last = lines[lines.length - 1];
  const parts = last && isBlank(last) ? lines.slice(0, -1) : lines;
  let size = 0;
  for (const l of parts) size += l.length;
  // A fresh buffer of its own (never a slice of a pooled one): it may be transferred to a worker.
  const out = new Uint8Array(size);
  let at = 0;
  for (const l of parts) {
    out.set(l, at);
    at += l.length;
  }
  return out;
}

/**
 * The messages of an mbox, in order. `chunks` is the file as it is read; a line split across two
 * chunks is joined. Text before the first separator (a file that is no mbox) is one message.
 */
export async function* splitMbox(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let lines: Uint8Array[] = [];
  let carry: Uint8Array | null = null;
  let prevBlank = true;
  let started = false;
  const take = (raw: Uint8Array): Uint8Array | null => {
    // BOM before the first separator.
    const line = !started && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? raw.subarray(3) : raw;
    if (prevBlank && isSeparator(line)) {
      const done = started || lines.length > 0 ? join(lines) : null;
      lines = [];
      started = true;
      prevBlank = false;
      return done;
    }
    lines.push(quoteDepth(line) > 0 ? line.subarray(1) : line);
    prevBlank = isBlank(line);
    return null;
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
      const done = take(line);
      if (done) yield done;
    }
  }
  if (carry) {
    const done = take(carry);
    if (done) yield done;
  }
  // The last message (an empty one after a final separator is reported as empty, not dropped).
  if (started || lines.length > 0) yield join(lines);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
