// mailauth's MessageParser.processChunk (lib/dkim/message-parser.js) looks for the empty line that
// ends the header block one byte at a time, pushing each byte to an array and slicing it back to
// its last four: a new array per header byte. For a 3 KB header block that was ~340 KB of garbage
// per message, the largest allocation of a warm analysis, and the young-generation collections it
// caused. This finds the same end with the native LF search, keeps the same state (the last four
// bytes, the header byte count) and hands the same pieces on; a property test
// (test/unit/auth/header-end.test.ts) compares the two on random bytes in random chunks.

const LF = 0x0a;
const CR = 0x0d;

/** The part of mailauth's MessageParser this replaces (its own fields and methods). */
export interface HeaderScanState {
  state: string;
  stateBytes: number[];
  headerBytes: number;
  headerChunks: Uint8Array[];
  emitHeaders(chunk?: Uint8Array): Promise<void>;
  nextChunk(chunk: Uint8Array): Promise<void>;
}

/** The byte `back` places before index i of `chunk` (0 = chunk[i]), reaching into the saved bytes. */
function byteBefore(p: HeaderScanState, chunk: Uint8Array, i: number, back: number): number | false {
  const j = i - back;
  if (j >= 0) return chunk[j]!;
  // mailauth keeps at most four earlier bytes; `false` where it would have none.
  const saved = p.stateBytes;
  const k = saved.length + j;
  return k >= 0 ? saved[k]! : false;
}

/** What MessageParser.processChunk does, with the header scan done by indexOf. */
export async function processChunkFast(p: HeaderScanState, chunk: Uint8Array): Promise<void> {
  if (!chunk?.length) return;
  if (p.state === 'header') {
    const before = p.headerBytes;
    for (let i = chunk.indexOf(LF); i !== -1; i = chunk.indexOf(LF, i + 1)) {
      const seen = before + i + 1;
      const b1 = byteBefore(p, chunk, i, 1);
      const b2 = byteBefore(p, chunk, i, 2);
      if (b1 === LF || (b1 === CR && b2 === LF) || seen === 1 || (seen === 2 && b1 === CR)) {
        keepLastBytes(p, chunk, i + 1);
        p.headerBytes = seen;
        if (i === chunk.length - 1) {
          await p.emitHeaders(chunk);
          return;
        }
        await p.emitHeaders(chunk.slice(0, i + 1));
        chunk = chunk.slice(i + 1);
        break;
      }
    }
    // emitHeaders (above) sets state to 'body'; read it afresh.
    if (!inBody(p)) {
      keepLastBytes(p, chunk, chunk.length);
      p.headerBytes = before + chunk.length;
      p.headerChunks.push(chunk);
      return;
    }
  }
  await p.nextChunk(chunk);
}

function inBody(p: HeaderScanState): boolean {
  return p.state === 'body';
}

/** mailauth's stateBytes after it has pushed chunk[0..end): the last four bytes seen. */
function keepLastBytes(p: HeaderScanState, chunk: Uint8Array, end: number): void {
  if (end >= 4) {
    p.stateBytes = [chunk[end - 4]!, chunk[end - 3]!, chunk[end - 2]!, chunk[end - 1]!];
    return;
  }
  const kept = p.stateBytes.concat(Array.from(chunk.subarray(0, end)));
  p.stateBytes = kept.length > 4 ? kept.slice(-4) : kept;
}
