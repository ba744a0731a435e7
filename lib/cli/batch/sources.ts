// The command line's inputs expanded into messages, in the order given, read lazily: files,
// directories (recursively, their .eml, .emlx (Apple Mail) and .mbox files, sorted by name), Maildir folders (the
// files of cur/ and new/), mbox files and standard input ("-"), an mbox split where it is found.
// Nothing is read before the batch asks for it, so a 10,000-message mbox holds one message at a
// time; a failure to read is a source of its own ("reported in its line"), never an exception.
import {
  closeSync,
  createReadStream,
  type Dirent,
  fstatSync,
  openSync,
  readdirSync,
  readSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { notAMessage } from '../io';
import { looksLikeMbox, type MboxMessage, splitMbox } from './mbox';

/** Where a message came from: the file ("-" for standard input) and its 1-based place in an mbox. */
export interface SourceRef {
  file: string;
  /** Position in an mbox (1 = first message); null for a file that is one message. */
  index: number | null;
  /**
   * `--attached`, a report holding several attached messages: which one (1 = first). Absent when
   * it holds one.
   */
  part?: number;
}

export type SourceProblem =
  | { kind: 'read'; code: string }
  | { kind: 'not-a-message'; why: string }
  | { kind: 'no-attachment'; cutOff?: boolean }
  | { kind: 'internal'; message: string };

export type MessageSource = SourceRef & ({ bytes: Uint8Array } | { problem: SourceProblem });

/** Why a report yields no attached message, when its MIME parts never close. */
export const CUT_OFF = ': the report is cut off (its MIME parts never close)';

/** The problem as the single-file command has always said it ("cannot read x: ENOENT"). */
export function problemText(file: string, p: SourceProblem): string {
  const name = file === '-' ? 'standard input' : file;
  switch (p.kind) {
    case 'read':
      return `cannot read ${name}: ${p.code}`;
    case 'not-a-message':
      return `${name} ${p.why}`;
    case 'no-attachment':
      return `${name} has no attached message (message/rfc822) to analyse${p.cutOff ? CUT_OFF : ''}`;
    case 'internal':
      return `internal error: ${p.message}`;
  }
}

function codeOf(err: unknown): string {
  return (err as NodeJS.ErrnoException)?.code ?? (err as Error)?.message ?? String(err);
}

/**
 * A message of an mbox: checked as a file is, unless it starts inside an earlier message's open
 * multipart, where it may be that message's sender's text (lib/cli/batch/mbox.ts).
 */
function fromMbox(ref: SourceRef, m: MboxMessage): MessageSource {
  if (m.inside === null) return checked(ref, m.bytes);
  const why = `starts inside message #${m.inside}, whose MIME parts had not closed (a file that does not quote "From " lines in bodies, or a cut message): it may be that message's own text; save it on its own to analyse it`;
  return { ...ref, problem: { kind: 'not-a-message', why } };
}

/** A message's bytes checked like the single-file command checks them. */
function checked(ref: SourceRef, bytes: Uint8Array): MessageSource {
  const why = notAMessage(bytes);
  return why ? { ...ref, problem: { kind: 'not-a-message', why } } : { ...ref, bytes };
}

function chunksOf(file: string): AsyncIterable<Uint8Array> {
  return file === '-' ? (process.stdin as AsyncIterable<Uint8Array>) : createReadStream(file);
}

/**
 * Files up to this size are read in one synchronous call: a stream costs several round trips to
 * libuv's thread pool per file, which was a quarter of a 1,000-file batch's main thread.
 */
const READ_WHOLE = 32 * 2 ** 20;

/**
 * An mbox larger than this is streamed, whatever its size: read whole, its bytes stayed in memory
 * until its last message was split off (9 MB of a 10,000-message batch's peak of 184 MiB, the
 * share of its growth over 1,000 messages that the mbox's size alone makes).
 */
const MBOX_WHOLE = 2 ** 20;

/**
 * The whole file when it holds at most READ_WHOLE bytes (MBOX_WHOLE for an mbox), else null (it is
 * streamed). One open, fstat and read per file: a stat by path before readFileSync cost a fifth of
 * the reading.
 */
function readWhole(file: string): Uint8Array | null {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > READ_WHOLE || (size > MBOX_WHOLE && startsAsMbox(fd))) return null;
    // A file that grows meanwhile is read to its end, as readFileSync would.
    let buf = Buffer.allocUnsafe(size + 1);
    let got = 0;
    for (;;) {
      if (got === buf.length) {
        if (got > READ_WHOLE) return null;
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, got);
        buf = bigger;
      }
      const n = readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
    }
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/** The file's first bytes read where they lie (the file's own position stays at its start). */
function startsAsMbox(fd: number): boolean {
  const head = new Uint8Array(8);
  const n = readSync(fd, head, 0, head.length, 0);
  return looksLikeMbox(head.subarray(0, n));
}

/** One file or standard input: one message, or the messages of an mbox. */
async function* readFile(file: string): AsyncGenerator<MessageSource> {
  if (file !== '-') {
    let bytes: Uint8Array | null = null;
    try {
      bytes = readWhole(file);
    } catch (err) {
      yield { file, index: null, problem: { kind: 'read', code: codeOf(err) } };
      return;
    }
    if (bytes && !looksLikeMbox(bytes)) {
      yield checked({ file, index: null }, bytes);
      return;
    }
    if (bytes) {
      let index = 0;
      const whole = bytes;
      const one = (async function* () {
        yield whole;
      })();
      for await (const m of splitMbox(one)) yield fromMbox({ file, index: ++index }, m);
      return;
    }
  }
  const it = chunksOf(file)[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let index = 0;
  try {
    // Enough bytes to see "From " (after a byte order mark), or the end.
    let got = 0;
    while (got < 8) {
      const r = await it.next();
      if (r.done) break;
      head.push(r.value);
      got += r.value.length;
    }
    const first = concatAll(head);
    const rest: AsyncIterable<Uint8Array> = {
      async *[Symbol.asyncIterator]() {
        yield first;
        for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
      },
    };
    if (!looksLikeMbox(first)) {
      const parts: Uint8Array[] = [];
      for await (const c of rest) parts.push(c);
      yield checked({ file, index: null }, concatAll(parts));
      return;
    }
    for await (const m of splitMbox(rest)) yield fromMbox({ file, index: ++index }, m);
  } catch (err) {
    yield { file, index: index > 0 ? index + 1 : null, problem: { kind: 'read', code: codeOf(err) } };
  }
}

function concatAll(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1 && parts[0]!.byteOffset === 0) return parts[0]!;
  let size = 0;
  for (const p of parts) size += p.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function list(dir: string): Dirent[] {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
}

/** A Maildir has cur/ and new/ (tmp/ holds deliveries in progress and is not read). */
export function isMaildir(dir: string): boolean {
  try {
    return statSync(join(dir, 'cur')).isDirectory() && statSync(join(dir, 'new')).isDirectory();
  } catch {
    return false;
  }
}

async function* readDirectory(dir: string): AsyncGenerator<MessageSource> {
  let entries: Dirent[];
  try {
    entries = list(dir);
  } catch (err) {
    yield { file: dir, index: null, problem: { kind: 'read', code: codeOf(err) } };
    return;
  }
  if (isMaildir(dir)) {
    // Every file of cur/ and new/ is a message, whatever its name (dot files are not).
    for (const sub of ['cur', 'new']) {
      for (const e of list(join(dir, sub))) {
        if (e.isFile() && !e.name.startsWith('.')) yield* readFile(join(dir, sub, e.name));
      }
    }
    // Maildir++ folders (.Sent, .Archive) are Maildirs below it.
    for (const e of entries) {
      if (e.isDirectory() && !['cur', 'new', 'tmp'].includes(e.name)) yield* readDirectory(join(dir, e.name));
    }
    return;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* readDirectory(path);
    else if (e.isFile() && /\.(eml|emlx|mbox)$/i.test(e.name)) yield* readFile(path);
  }
}

/** Every message of the inputs, in order. */
export async function* expandInputs(inputs: string[]): AsyncGenerator<MessageSource> {
  for (const input of inputs) {
    if (input === '-') {
      yield* readFile(input);
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      // Reading it says why (ENOENT, EACCES), in the line of its own.
    }
    yield* isDir ? readDirectory(input) : readFile(input);
  }
}

/** True when `input` is a directory (a batch whatever it holds). */
export function isDirectory(input: string): boolean {
  try {
    return input !== '-' && statSync(input).isDirectory();
  } catch {
    return false;
  }
}
