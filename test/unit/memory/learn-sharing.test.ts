// `learn` builds a domain's new record from the old one by sharing what did not change (its lists
// and their items) instead of copying everything. These runs check that sharing is invisible: no
// memory is ever changed by a later learn (every memory is frozen before the next one is learnt
// from it), and learning from a memory gives what learning from an unshared copy of it (a JSON
// round trip) gives.
import { describe, expect, it } from 'vitest';
import { emptyMemory, learn, type SenderMemory } from '../../../lib/memory';
import type { Analysis } from '../../../lib/types';
import { xorshift32 } from '../../helpers/random';
import { authenticatedFrom } from './authenticated';

const START = Date.parse('2026-11-01T00:00:00Z');

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

/** A message from one of a few domains, over a few networks, signers, selectors and SPF terms. */
function message(rnd: () => number, n: number): Analysis {
  const domain = `d${rnd() % 5}.example`;
  const a = authenticatedFrom(domain, n, new Date(START + Math.floor(n / 2) * 60_000).toISOString());
  const net = rnd() % 6;
  const signers = rnd() % 4; // 0 to 3 verified signatures, the From domain's and others'
  return {
    ...a,
    messageId: rnd() % 10 === 0 ? `<m${n - 1}@${domain}>` : a.messageId, // now and then a repeat
    origin: {
      ...a.origin,
      ip: `198.51.100.${net + 1}`,
      esp: net < 3 ? `ESP ${net}` : null,
      asn: 64500 + net,
    },
    dkim: Array.from({ length: signers }, (_, k) => ({
      ...a.dkim[0]!,
      domain: k === 0 ? domain : `signer${rnd() % 4}.example`,
      selector: `s${rnd() % 5}`,
    })),
    spf: { ...a.spf, result: 'pass', mechanism: `include:_spf${rnd() % 5}.${domain}` },
  };
}

describe('learn shares unchanged parts of a record', () => {
  it.each([1, 2, 3])('changes no earlier memory and learns as from an unshared copy (seed %i)', (seed) => {
    const rnd = xorshift32(seed);
    const limits = {
      domains: 4,
      infraPerDomain: 3,
      signersPerDomain: 2,
      selectorsPerSigner: 2,
      spfPerDomain: 3,
      recentPerDomain: 5,
    };
    let m: SenderMemory = emptyMemory(new Date(START));
    const history: Array<{ memory: SenderMemory; json: string }> = [];
    let learnt = 0;
    for (let n = 1; n <= 1500; n++) {
      deepFreeze(m);
      history.push({ memory: m, json: JSON.stringify(m) });
      const a = message(rnd, n);
      const unshared = learn(JSON.parse(JSON.stringify(m)) as SenderMemory, a, { limits });
      const r = learn(m, a, { limits });
      expect(r.outcome).toBe(unshared.outcome);
      expect(JSON.stringify(r.memory)).toBe(JSON.stringify(unshared.memory));
      if (r.outcome === 'learnt') learnt++;
      m = r.memory;
    }
    // Every memory along the way still reads as it did when it was made.
    for (const h of history) expect(JSON.stringify(h.memory)).toBe(h.json);
    expect(learnt).toBeGreaterThan(1200);
    // The lists reached their caps, so trimming was exercised.
    expect(m.domains.some((d) => d.infra.length === limits.infraPerDomain)).toBe(true);
    expect(m.domains.some((d) => d.dkim.some((s) => s.selectors.length === limits.selectorsPerSigner))).toBe(
      true,
    );
    expect(m.domains.some((d) => d.recent.length === limits.recentPerDomain)).toBe(true);
  });
});

describe('learn writes the next memory whole', () => {
  it('keeps every field of the memory it learnt from, in order, whether it made that memory or not', () => {
    const rnd = xorshift32(7);
    let m: SenderMemory = emptyMemory(new Date(START));
    for (let n = 1; n <= 400; n++) {
      // Now and then a memory learn did not make: a caller's extra field, a symbol, another order.
      const kind = rnd() % 8;
      const from: SenderMemory =
        kind === 0
          ? ({ ...m, note: `n${n}` } as SenderMemory)
          : kind === 1
            ? ({ ...m, [Symbol.for('tag')]: n } as SenderMemory)
            : kind === 2
              ? ({
                  domains: m.domains,
                  startedAt: m.startedAt,
                  version: m.version,
                  format: m.format,
                } as SenderMemory)
              : m;
      const r = learn(from, message(rnd, n));
      if (r.outcome !== 'learnt') continue;
      const spread = { ...from, domains: r.memory.domains };
      expect(Reflect.ownKeys(r.memory)).toEqual(Reflect.ownKeys(spread));
      for (const k of Reflect.ownKeys(spread))
        expect((r.memory as unknown as Record<PropertyKey, unknown>)[k]).toBe(
          (spread as unknown as Record<PropertyKey, unknown>)[k],
        );
      expect(r.memory).not.toBe(from);
      m = r.memory;
    }
  });
});
