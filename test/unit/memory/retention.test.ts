// The memory keeps names (the From organisation, DKIM d= and s=, the SPF mechanism), and so do the
// engine's remembered answers (lib/remember.ts: the organisational domain of a From domain…); V8
// keeps a substring as a view into the string it was cut from, so either, keeping the names as the
// analysis had them, would keep every message they came from alive (`ownString`). Here each
// analysis's names are cut from a 2 MB string of its own; after learning 40 of them and dropping
// the strings, the heap must not hold them.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../../lib/dns/name';
import { emptyMemory, learn, type SenderMemory } from '../../../lib/memory';
import type { Analysis } from '../../../lib/types';
import { authenticatedFrom } from './authenticated';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** `text` cut out of a fresh 1 MB string (a view into it, as V8 makes substrings). */
function cutFromBig(text: string, n: number): string {
  const pad = String.fromCharCode(97 + (n % 26)).repeat(1 << 20);
  const big = `${pad}${text}${pad}`;
  return big.slice(pad.length, pad.length + text.length);
}

function analysisFromBig(n: number): Analysis {
  const domain = cutFromBig(`shop${n}-retail.example`, n);
  const a = authenticatedFrom(domain, n, new Date(Date.UTC(2026, 10, 1, 0, n)).toISOString());
  return {
    ...a,
    origin: { ...a.origin, ip: '192.0.2.10', insideReceiver: false, esp: cutFromBig('SendGrid Inc.', n) },
    dkim: a.dkim.map((d) => ({ ...d, domain, selector: cutFromBig(`selector-${n}-2026`, n) })),
    spf: { ...a.spf, result: 'pass', mechanism: cutFromBig(`include:_spf.shop${n}-retail.example`, n) },
  };
}

describe('what the memory keeps', () => {
  it('does not keep the strings its names were cut from alive', () => {
    gc();
    const before = process.memoryUsage().heapUsed;
    let m: SenderMemory = emptyMemory(new Date('2026-10-01T00:00:00Z'));
    for (let n = 0; n < 40; n++) {
      const r = learn(m, analysisFromBig(n));
      expect(r.outcome).toBe('learnt');
      m = r.memory;
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(m.domains).toHaveLength(40);
    expect(m.domains[7]?.dkim[0]?.selectors[0]?.selector).toBe('selector-7-2026');
    // 40 strings of 2 MB each would be 80 MB; the memory itself is a few kilobytes.
    expect(grown).toBeLessThan(8 * 2 ** 20);
  });

  it('the DNS names the resolver normalises are kept as copies too', () => {
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let n = 0; n < 40; n++)
      expect(normaliseName(cutFromBig(`_dmarc.shop${n}.example`, n))).toBe(`_dmarc.shop${n}.example`);
    gc();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(8 * 2 ** 20);
  });
});
