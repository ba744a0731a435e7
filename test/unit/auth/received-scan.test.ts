// The Received-line scanners made cheaper in place (lib/auth/helo-taint.ts heloWrites, which now
// keeps its last answer and finds the last match without arrays; lib/auth/authresults.ts's by-clause
// scanner, which keeps the last line's clauses and reads characters by code): property-tested
// against the code they replaced (as it stood at bf0287a5, copied below), on lines built from the
// pieces these readers react to.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastByHost, milterMark, stalwartMark } from '../../../lib/auth/authresults';
import { heloWrites } from '../../../lib/auth/helo-taint';
import { normalizeIp } from '../../../lib/message/ip';

const PIECES = [
  'from ',
  'FROM ',
  ' by ',
  'by ',
  'By\t',
  ' bY',
  'by',
  'b',
  'y',
  ' ',
  '\t',
  '\r\n ',
  '\u00a0',
  '\u2028',
  '(',
  ')',
  '"',
  '\\',
  ';',
  '[',
  ']',
  'x',
  'mail.northbank.example',
  'mx.google.com',
  '.',
  '[192.0.2.10]',
  '(192.0.2.10)',
  '[IPv6:2001:db8::25]',
  '[2001:db8::25]',
  '(::ffff:192.0.2.10)',
  ' helo=',
  'helo=a;b',
  '(HELO x)',
  '(EHLO mail.example)',
  '(HELO a;b)',
  ' (MDaemon PRO v23)',
  '(MDaemon',
  'MDaemon',
  ' (Stalwart SMTP)',
  '(Stalwart SMTP)',
  ' (Postfix)',
  ' (Postfix) with ',
  ' (8.17.1/8.17.1) with ',
  ' (8.15.2/8.15.2/Debian-22ubuntu3) with ',
  ' (8.17.1/8.17.1/Submit) with ',
  ' with ESMTPS id q1',
  '; Tue, 3 Mar 2026 10:00:05 +0000',
];
const line = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    ),
    { maxLength: 24 },
  )
  .map((ps) => ps.join(''));
const ip = fc.constantFrom(null, '192.0.2.10', '2001:db8::25', '::ffff:192.0.2.10', 'not an ip');
const RUNS = { numRuns: 20_000 };

describe('Received-line scanners, as cheap as one scan per line, read as before', () => {
  it('heloWrites, asked once or again of the same line', () => {
    fc.assert(
      fc.property(line, ip, (l, a) => {
        const want = oldHeloWrites(l, a);
        expect(heloWrites(l, a)).toBe(want);
        expect(heloWrites(l, a)).toBe(want);
      }),
      RUNS,
    );
  });

  it('stalwartMark, milterMark and lastByHost, on one line in turn and on lines in alternation', () => {
    fc.assert(
      fc.property(line, line, (l, other) => {
        for (const v of [l, other, l]) {
          expect(stalwartMark(v)).toBe(oldStalwartMark(v));
          expect(milterMark(v)).toBe(oldMilterMark(v));
          expect(lastByHost(v)).toBe(oldLastByHost(v));
        }
      }),
      RUNS,
    );
  });

  it('lines longer than the 4,000 characters read', () => {
    const long = `from a by b${' x'.repeat(2500)} by mx.example.com (Postfix) with ESMTP`;
    expect([stalwartMark(long), milterMark(long), lastByHost(long)]).toEqual([
      oldStalwartMark(long),
      oldMilterMark(long),
      oldLastByHost(long),
    ]);
  });
});

// ---- The code as it stood at bf0287a5 ----

const MDAEMON_BY = /\sby\s+[^\s()]+\s+\(MDaemon\b/gi;
const MDAEMON_FROM = /^[^\s;()"\\]+(?:\s+\([^\s;()"\\[\]]*\s*\[(?:IPv6:)?[0-9A-Fa-f:.]+\]\))?$/;

function oldHeloWrites(received: string, ip: string | null): boolean {
  const m = /^\s*from\s+/i.exec(received);
  if (!m) return false;
  const rest = received.slice(m[0].length);
  const at = ip ? clientLiteralAt(rest, ip) : -1;
  const mdaemon = [...rest.matchAll(MDAEMON_BY)].pop();
  const lastBy = [...rest.matchAll(/\sby\s/gi)].pop();
  if (mdaemon && lastBy && mdaemon.index === lastBy.index)
    return !MDAEMON_FROM.test(rest.slice(0, mdaemon.index).trim());
  if (at < 0) {
    const open = rest.indexOf('(');
    const semi = rest.lastIndexOf(';');
    const end = Math.min(open < 0 ? rest.length : open, semi < 0 ? rest.length : semi);
    return /[;)"\\]/.test(rest.slice(0, end));
  }
  const before = rest.slice(0, at).replace(/\((?:EHLO|HELO) [^\s()";\\]*\)/gi, ' ');
  if (/[;)"\\]/.test(before) || before.indexOf('(') !== before.lastIndexOf('(')) return true;
  const after = rest.slice(at);
  const by = [...after.matchAll(/\sby\s/gi)].pop()?.index ?? after.length;
  const helo = after.slice(0, by).search(/\bhelo=/i);
  if (helo < 0) return false;
  const value = after.slice(helo + 5, after.slice(0, by).lastIndexOf(')'));
  return /[;()"\\]/.test(value);
}

function clientLiteralAt(text: string, ip: string): number {
  const want = normalizeIp(ip);
  if (want === null) return -1;
  let at = -1;
  for (const m of text.matchAll(/\[(?:IPv6:)?([0-9A-Fa-f:.]{2,60})\]|\(([0-9A-Fa-f:.]{2,60})\)/gi))
    if (normalizeIp(m[1] ?? m[2]!) === want) at = m.index;
  return at;
}

const STALWART_BY = /^by\s+[^\s()"]+\s+\(Stalwart SMTP\)/i;
const MILTER_MTA_BY =
  /^by\s+[^\s()"]+\s+\((?:Postfix\)|8\.\d+\.\d+(?:\.\d+)?\/8\.\d+\.\d+(?:\.\d+)?(?:\/(?!Submit\))[^()/]+)?\)\s+with\s)/i;

function oldStalwartMark(value: string): boolean {
  return ownByClause(value, STALWART_BY);
}

function oldMilterMark(value: string): boolean {
  return ownByClause(value, MILTER_MTA_BY);
}

function oldLastByHost(value: string): string | null {
  const line = value.length > 4000 ? value.slice(0, 4000) : value;
  const at = byClauses(line).at(-1);
  if (at === undefined) return null;
  const host = /^by\s+([^\s;()"]+)/i.exec(line.slice(at, at + 300))?.[1];
  return host ? host.toLowerCase().replace(/\.$/, '') : null;
}

function ownByClause(value: string, mark: RegExp): boolean {
  const line = value.length > 4000 ? value.slice(0, 4000) : value;
  const first = byClauses(line)[0];
  return first !== undefined && mark.test(line.slice(first, first + 300));
}

function byClauses(line: string): number[] {
  const out: number[] = [];
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (quoted) {
      if (c === '"') quoted = false;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (
      depth === 0 &&
      (c === 'b' || c === 'B') &&
      (i === 0 || /\s/.test(line[i - 1]!)) &&
      /^by\s/i.test(line.slice(i, i + 3))
    )
      out.push(i);
  }
  return out;
}
