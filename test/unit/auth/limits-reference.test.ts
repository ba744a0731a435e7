// boundAuthInput was made cheaper (rt-p15: one native scan of the header block for a white-space
// run over MAX_FWS_RUN instead of a scan of every signature, each field's name lower-cased once):
// it must give the same input and bounds, byte for byte, as the reference copy of the code before.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundAuthInput, MAX_FWS_RUN } from '../../../lib/auth/limits';
import { boundAuthInput as referenceBound } from './limits-reference';

/** Pieces of header blocks: auth and other names, folds, long runs, bare CR/LF, 8-bit bytes. */
const PIECES = [
  'DKIM-Signature:',
  'dkim-signature :',
  ' DKIM-Signature:',
  'ARC-Seal:',
  'arc-message-signature:',
  'ARC-Authentication-Results:',
  'Received:',
  'From:',
  'Subject: x',
  'X:',
  ' v=1; a=rsa-sha256;',
  '\r\n',
  '\n',
  '\r',
  '\r\n ',
  '\r\n\t',
  '\n ',
  ' ',
  '\t',
  ':',
  'a',
  '\u00a0',
  '\u00e9',
  'From sender Mon 12:00:00 2026',
  ' '.repeat(MAX_FWS_RUN - 1),
  ' '.repeat(MAX_FWS_RUN),
  `\r\n${' '.repeat(MAX_FWS_RUN - 2)}`,
  'b'.repeat(5000),
];
const block = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((ps) => ps.join(''));
const message = fc.tuple(
  block,
  fc.constantFrom('\r\n\r\n', '\n\n', '\r\n', ''),
  fc.constantFrom('', 'body\r\n'),
);

function same(raw: string | Uint8Array, wholeBytes?: number, max?: number): void {
  const a = boundAuthInput(raw, wholeBytes, max);
  const b = referenceBound(raw, wholeBytes, max);
  expect(a.bounds).toEqual(b.bounds);
  if (typeof raw === 'string') expect(a.input).toBe(b.input);
  else expect(Array.from(a.input as Uint8Array)).toEqual(Array.from(b.input as Uint8Array));
}

describe('boundAuthInput against the reference copy', () => {
  it('gives the same input and bounds for generated messages, as text and as bytes', () => {
    fc.assert(
      fc.property(
        message,
        fc.boolean(),
        fc.constantFrom(undefined, 10, 10 ** 9),
        ([head, sep, body], asBytes, max) => {
          const text = head + sep + body;
          same(asBytes ? Buffer.from(text, 'latin1') : text, undefined, max);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('gives the same for every fixture message', () => {
    const root = join(__dirname, '../../fixtures');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name.endsWith('.eml')) files.push(join(dir, e.name));
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) same(new Uint8Array(readFileSync(f)));
  });
});
