// fast-check generators of hostile and broken messages, shared by the fuzz tests and
// `npm run fuzz`.
import fc from 'fast-check';

const BASE = [
  'Received: from mail.example.com (mail.example.com [192.0.2.10]) by mx.example.net with ESMTPS id abc123; Tue, 3 Mar 2026 10:00:05 +0000',
  'Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=example.com; dkim=pass header.d=example.com; dmarc=pass header.from=example.com',
  'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=sel; h=from:to:subject; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=AAAA',
  'From: "Example Bank" <alerts@example.com>',
  'Reply-To: help@example.org',
  'To: you@example.net',
  'Subject: =?UTF-8?B?w7xiZXIgdGVzdA==?=',
  'Date: Tue, 3 Mar 2026 10:00:00 +0000',
  'Message-ID: <1@example.com>',
  'Return-Path: <bounce@example.com>',
];

const headerName = fc.constantFrom(
  'From',
  'To',
  'Received',
  'Authentication-Results',
  'DKIM-Signature',
  'ARC-Seal',
  'ARC-Message-Signature',
  'ARC-Authentication-Results',
  'Reply-To',
  'Return-Path',
  'Date',
  'Message-ID',
  'Subject',
  'X-Greylist',
  'Sender',
);
const nasty = fc.constantFrom(
  '\u0000',
  '\r',
  '\n',
  '\r\n ',
  '\t',
  ';',
  '=?',
  '?=',
  '=?UTF-8?Q?=E2=80=AE?=',
  '<',
  '>',
  '@',
  '＠',
  '[',
  ']',
  '(',
  ')',
  '"',
  '\\',
  'IPv6:',
  '::',
  '999.999.999.999',
  'v=spf1',
  'd=',
  'b=',
  '\u202e',
  '<script>',
  'xn--',
  '%',
);
const value = fc
  .array(fc.oneof(fc.string({ maxLength: 40 }), nasty, fc.string({ unit: 'grapheme', maxLength: 10 })), {
    maxLength: 12,
  })
  .map((p) => p.join(''));
const header = fc.tuple(headerName, value).map(([n, v]) => `${n}: ${v}`);

/** Completely random header blocks and bodies. */
export const messageArbitrary = fc
  .tuple(
    fc.array(header, { maxLength: 30 }),
    fc.constantFrom('\r\n', '\n'),
    fc.string({ maxLength: 200 }),
    fc.boolean(),
  )
  .map(([headers, eol, body, separator]) => headers.join(eol) + (separator ? eol + eol : eol) + body);

/** A plausible message with lines dropped, duplicated, truncated, or spliced with junk. */
export const mutatedMessageArbitrary = fc
  .tuple(
    fc.array(
      fc.record({
        op: fc.constantFrom('drop', 'dup', 'truncate', 'inject', 'fold', 'keep'),
        at: fc.nat(BASE.length - 1),
        cut: fc.nat(200),
        junk: value,
      }),
      { maxLength: 8 },
    ),
    fc.string({ maxLength: 300 }),
  )
  .map(([ops, body]) => {
    const lines = [...BASE];
    for (const { op, at, cut, junk } of ops) {
      const line = lines[at % Math.max(lines.length, 1)] ?? '';
      if (op === 'drop') lines.splice(at % Math.max(lines.length, 1), 1);
      else if (op === 'dup') lines.splice(at, 0, line);
      else if (op === 'truncate') lines[at % Math.max(lines.length, 1)] = line.slice(0, cut);
      else if (op === 'inject')
        lines[at % Math.max(lines.length, 1)] = line.slice(0, cut) + junk + line.slice(cut);
      else if (op === 'fold')
        lines[at % Math.max(lines.length, 1)] = `${line.slice(0, cut)}\r\n\t${line.slice(cut)}`;
    }
    return `${lines.join('\r\n')}\r\n\r\n${body}`;
  });

/**
 * Bytes where line endings are the point (CR, LF, a letter, a space), at most `maxBytes` of them,
 * cut into chunks at up to `maxCuts` places: what a stream hands a line-ending scanner.
 */
export function lineEndingChunks(maxBytes: number, maxCuts: number): fc.Arbitrary<Buffer[]> {
  const bytes = fc.array(fc.constantFrom(0x0d, 0x0a, 0x61, 0x20), { maxLength: maxBytes });
  return fc.tuple(bytes, fc.array(fc.nat(maxBytes), { maxLength: maxCuts })).map(([all, cuts]) => {
    const at = [...new Set(cuts.map((c) => Math.min(c, all.length)))].sort((a, b) => a - b);
    const chunks: Buffer[] = [];
    let from = 0;
    for (const to of [...at, all.length]) {
      chunks.push(Buffer.from(all.slice(from, to)));
      from = to;
    }
    return chunks;
  });
}
