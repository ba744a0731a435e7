// Property tests: random and mutated messages through the whole engine never throw, always give a
// verdict, and never say "spoofed" because DNS failed. CI runs a few thousand cases;
// `npm run fuzz` runs 100k (scripts/fuzz.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { DnsError } from '../../../lib/dns';
import type { Resolver } from '../../../lib/types';
import { messageArbitrary, mutatedMessageArbitrary } from '../../helpers/message-arbitraries';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);

/** Every query fails temporarily: whatever the message, the verdict must not be "spoofed". */
const brokenDns: Resolver = {
  resolve: async () => {
    throw new DnsError('ESERVFAIL', 'any.example', 'TXT');
  },
};
/** Every name is empty. */
const emptyDns: Resolver = {
  resolve: async () => {
    throw new DnsError('ENOTFOUND', 'any.example', 'TXT');
  },
};

describe('engine fuzzing', () => {
  it('never throws and always returns a verdict on random messages (offline)', async () => {
    await fc.assert(
      fc.asyncProperty(messageArbitrary, async (raw) => {
        const a = await analyzeMessage(raw, { trustedAuthservIds: ['mx.example.net'] });
        expect(['authenticated', 'suspicious', 'spoofed', 'unverified']).toContain(a.verdict);
        expect(typeof a.summary).toBe('string');
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on mutated real-looking messages with empty DNS', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedMessageArbitrary, async (raw) => {
        const a = await analyzeMessage(raw, { resolver: emptyDns });
        expect(a.verdict).toBeTruthy();
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('never says "spoofed" because DNS failed', async () => {
    // A DNS fault must not TURN a verdict into spoofed: a message spoofed while DNS fails must be
    // spoofed with definite answers too (every name empty), e.g. for a look-alike, invalid From
    // domain whose DKIM body hash fails before any lookup.
    await fc.assert(
      fc.asyncProperty(mutatedMessageArbitrary, async (raw) => {
        const a = await analyzeMessage(raw, { resolver: brokenDns });
        expect(a.spf.result).not.toBe('fail');
        expect(a.dmarc.result).not.toBe('fail');
        if (a.verdict === 'spoofed') {
          expect((await analyzeMessage(raw, { resolver: emptyDns })).verdict).toBe('spoofed');
        }
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});
