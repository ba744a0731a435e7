// mailauth's RelaxedHash.update (lib/dkim/body/relaxed.js) reads a body one byte at a time,
// looking for the lines that relaxed canonicalisation changes (a tab, two spaces in a row, a space
// before the line break, a bare LF), and hands every other line to the hash unchanged. For a
// 50 KB body that loop was the largest single cost of a warm analysis (about a tenth). Most bodies
// have no such line in most chunks: this finds that out four bytes at a time (and the LFs by native
// search) and, when a chunk
// (with the partial line kept from the last one) has none, does what the loop does for it: hash
// the complete lines, keep the rest. Any chunk with one, an empty chunk and the final call go to
// mailauth's own loop. A property test (test/unit/auth/relaxed-body.test.ts) compares the two
// hashers' digests and counts on random bytes in random chunks.

import { Buffer } from 'buffer';

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

/** The word scan below reads bytes in little-endian order (every browser and Node platform here). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The part of mailauth's RelaxedHash this reads and writes (its own fields and methods). */
export interface RelaxedHashState {
  remainder: Uint8Array | false;
  byteLength: number;
  update(chunk: Uint8Array | null, final?: boolean): void;
  _pushBodyHash(chunk: Uint8Array): void;
}

/** 0x80 in each byte of `x` that is zero, nothing elsewhere (exact: no carry crosses a byte). */
function zeroBytes(x: number): number {
  return ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x | 0x7f7f7f7f) & 0x80808080;
}

/** A tab, or a space followed by a space or a CR, at or after byte `from`, one byte at a time. */
function wspByBytes(c: Uint8Array, from: number, to: number, spaceBefore: boolean): boolean {
  let space = spaceBefore;
  for (let i = from; i < to; i++) {
    const x = c[i]!;
    if (x === TAB || (space && (x === SPACE || x === CR))) return true;
    space = x === SPACE;
  }
  return false;
}

/**
 * Whether `c` holds a tab, two spaces in a row or a space before a CR, four bytes at a time (one
 * word: which of its bytes are spaces, CRs, tabs). A multi-byte Buffer.indexOf is no faster in
 * Node and a byte-at-a-time loop in the worker's Buffer; mailauth's own loop reads byte by byte.
 */
function hasWspToFix(c: Uint8Array): boolean {
  const head = Math.min(c.length, (4 - (c.byteOffset & 3)) & 3);
  if (wspByBytes(c, 0, head, false)) return true;
  const words = (c.length - head) >> 2;
  let carry = head > 0 && c[head - 1] === SPACE ? 0x80 : 0;
  if (words > 0) {
    const w = new Uint32Array(c.buffer, c.byteOffset + head, words);
    for (let k = 0; k < words; k++) {
      const v = w[k]!;
      const spaces = zeroBytes(v ^ 0x20202020);
      const after = spaces | zeroBytes(v ^ 0x0d0d0d0d);
      if (zeroBytes(v ^ 0x09090909) !== 0 || ((spaces << 8) & after) !== 0 || (carry & after & 0x80) !== 0)
        return true;
      carry = (spaces >>> 31) << 7;
    }
  }
  const tail = head + words * 4;
  return wspByBytes(c, tail, c.length, tail > 0 && c[tail - 1] === SPACE);
}

/**
 * Whether mailauth's loop would hash every complete line of `c` as it stands: no tab, no two
 * spaces in a row, no space before a CR (so none before a line break), and every LF preceded by a
 * CR. A false "no" only sends the chunk to mailauth's loop.
 */
function needsNoFixing(c: Uint8Array): boolean {
  if (!LITTLE_ENDIAN || hasWspToFix(c)) return false;
  for (let i = c.indexOf(LF); i !== -1; i = c.indexOf(LF, i + 1))
    if (i === 0 || c[i - 1] !== CR) return false;
  return true;
}

/** Makes `hasher.update` take the native-search path for chunks that need no fixing. */
export function speedUpRelaxedHash(hasher: RelaxedHashState): void {
  const slow = hasher.update.bind(hasher);
  hasher.update = (chunk, final) => {
    if (final || !chunk?.length) {
      slow(chunk, final);
      return;
    }
    const rest = hasher.remainder;
    const c = rest !== false && rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
    if (!needsNoFixing(c)) {
      slow(chunk, final);
      return;
    }
    hasher.byteLength += chunk.length;
    const lastLf = c.lastIndexOf(LF);
    if (lastLf >= 0) hasher._pushBodyHash(c.subarray(0, lastLf + 1));
    hasher.remainder = lastLf + 1 < c.length ? c.subarray(lastLf + 1) : false;
  };
}

/** mailauth's relaxed body hasher, told apart from its simple one by the fields this reads. */
export function isRelaxedHash(hasher: unknown): hasher is RelaxedHashState {
  if (!hasher || typeof hasher !== 'object') return false;
  const h = hasher as Record<string, unknown>;
  return (
    typeof h.update === 'function' &&
    typeof h._pushBodyHash === 'function' &&
    typeof h.fixLineBuffer === 'function' &&
    'remainder' in h &&
    typeof h.byteLength === 'number'
  );
}
