// `npm run fuzz`: 100,000 random and mutated messages through the engine (offline, empty DNS and
// failing DNS). Prints the count, failures and the slowest case. CI runs a few thousand of the
// same properties in test/unit/engine/fuzz.test.ts.
import fc from 'fast-check';
import { analyzeMessage } from '../lib/analyze';
import { DnsError } from '../lib/dns';
import type { Resolver } from '../lib/types';
import { messageArbitrary, mutatedMessageArbitrary } from '../test/helpers/message-arbitraries';

const TOTAL = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 100_000);
const down: Resolver = { resolve: async (n, t) => Promise.reject(new DnsError('ESERVFAIL', n, t)) };
const empty: Resolver = { resolve: async (n, t) => Promise.reject(new DnsError('ENOTFOUND', n, t)) };

let slowest = { ms: 0, raw: '' };
let count = 0;
const started = performance.now();
const check = (resolver: Resolver | undefined, dnsFault: boolean) => async (raw: string) => {
  const t = performance.now();
  const a = await analyzeMessage(raw, { resolver, trustedAuthservIds: ['mx.example.net'] });
  const ms = performance.now() - t;
  count++;
  if (ms > slowest.ms) slowest = { ms, raw };
  if (!a.verdict) throw new Error('no verdict');
  // A DNS fault must not turn a verdict into spoofed: compare with definite empty answers.
  if (
    dnsFault &&
    a.verdict === 'spoofed' &&
    (await analyzeMessage(raw, { resolver: empty })).verdict !== 'spoofed'
  ) {
    throw new Error('spoofed because DNS failed');
  }
};

const third = Math.floor(TOTAL / 3);
await fc.assert(fc.asyncProperty(messageArbitrary, check(undefined, false)), { numRuns: TOTAL - 2 * third });
await fc.assert(fc.asyncProperty(mutatedMessageArbitrary, check(empty, false)), { numRuns: third });
await fc.assert(fc.asyncProperty(mutatedMessageArbitrary, check(down, true)), { numRuns: third });
const secs = (performance.now() - started) / 1000;
console.log(`${count} messages analysed in ${secs.toFixed(1)} s, 0 failures`);
console.log(`slowest: ${slowest.ms.toFixed(1)} ms for a ${slowest.raw.length}-character message:`);
console.log(JSON.stringify(slowest.raw.slice(0, 400)));
