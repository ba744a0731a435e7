// Our header-end scan (lib/auth/header-end.ts) against mailauth's MessageParser.processChunk it
// stands in for: for any bytes cut into any chunks, the same header chunks, the same pieces
// handed to emitHeaders and nextChunk, and the same state left behind.
import fc from 'fast-check';
import { MessageParser } from 'mailauth/lib/dkim/message-parser';
import { describe, expect, it } from 'vitest';
import { processChunkFast } from '../../../lib/auth/header-end';
import { lineEndingChunks } from '../../helpers/message-arbitraries';

interface Trace {
  calls: string[];
  state: string;
  stateBytes: number[];
  headerBytes: number;
  headerChunks: string[];
}

const text = (b: Uint8Array | undefined) => (b ? Buffer.from(b).toString('latin1') : '<none>');

/** Runs the chunks through a parser whose emitHeaders/nextChunk only record what they got. */
async function run(chunks: Buffer[], ours: boolean): Promise<Trace> {
  const p = new MessageParser();
  const calls: string[] = [];
  p.emitHeaders = async (chunk?: Uint8Array) => {
    calls.push(`headers ${text(chunk)} after ${p.headerChunks.map(text).join('|')}`);
    p.state = 'body';
  };
  p.nextChunk = async (chunk: Uint8Array) => {
    calls.push(`body ${text(chunk)}`);
  };
  for (const c of chunks) {
    if (ours) await processChunkFast(p, c);
    else await p.processChunk(c);
    calls.push(`state ${p.state} ${p.headerBytes} [${p.stateBytes.join(',')}]`);
  }
  return {
    calls,
    state: p.state,
    stateBytes: [...p.stateBytes],
    headerBytes: p.headerBytes,
    headerChunks: p.headerChunks.map(text),
  };
}

const chunked = lineEndingChunks(48, 8);

describe('end of the header block', () => {
  it('is found where mailauth finds it, for any bytes in any chunks', async () => {
    await fc.assert(
      fc.asyncProperty(chunked, async (chunks) => {
        expect(await run(chunks, true)).toEqual(await run(chunks, false));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['an empty line first (no headers)', ['\r\nbody']],
    ['a bare LF first', ['\nbody']],
    ['CRLF CRLF split across chunks', ['a: b\r', '\n', '\r', '\nbody']],
    ['LF LF at the end of a chunk', ['a: b\n\n']],
    ['no empty line at all', ['a: b\r\n', 'c: d\r\n']],
    ['one byte a chunk', [...'a: b\r\n\r\nx']],
    ['empty chunks', ['', 'a: b\n', '', '\nx']],
  ])('%s', async (_, parts) => {
    const chunks = parts.map((p) => Buffer.from(p, 'latin1'));
    expect(await run(chunks, true)).toEqual(await run(chunks, false));
  });
});
