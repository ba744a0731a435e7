// Issue 18 §2: hostile sizes are left out of what mailauth parses, reported, and cost linear time.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import {
  boundAuthInput,
  MAX_AUTH_FIELD_BYTES,
  MAX_HASHED_MESSAGE_BYTES,
  undecidedByUnhashedBody,
  unhashedBodies,
} from '../../../lib/auth/limits';
import { ZoneResolver } from '../../../lib/dns';
import type { DkimCheck, DmarcCheck } from '../../../lib/types';
import { foldedField, hostileMessage, manySignatures } from '../../helpers/hostile';
import { RECEIVER, scenario } from '../../helpers/scenarios';

const zone = ZoneResolver.fromJson({
  'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
});

describe('boundAuthInput', () => {
  it('leaves a real message untouched (same object, nothing reported)', async () => {
    const sc = await scenario('authenticated');
    const { input, bounds } = boundAuthInput(sc.raw);
    expect(input).toBe(sc.raw);
    expect(bounds).toMatchObject({ skipped: [], bodyHashed: true });
  });

  it('drops an oversized or white-space-stuffed signature field and keeps the rest byte for byte', () => {
    const big = foldedField('DKIM-Signature', 20_000);
    const stuffed = `ARC-Seal: i=1; a=rsa-sha256; cv=none; d=x.example; s=s; b=${' '.repeat(1000)}x`;
    const raw = hostileMessage([big, stuffed], 'body line\r\n');
    const { input, bounds } = boundAuthInput(raw);
    expect(bounds.skipped).toEqual([
      { name: 'DKIM-Signature', bytes: big.length, reason: 'too-large' },
      { name: 'ARC-Seal', bytes: stuffed.length, reason: 'white-space-run' },
    ]);
    expect(input).toBe(raw.replace(`${big}\r\n`, '').replace(`${stuffed}\r\n`, ''));
    // Same for bytes.
    const bytes = boundAuthInput(new TextEncoder().encode(raw));
    expect(new TextDecoder().decode(bytes.input as Uint8Array)).toBe(input);
  });

  it('keeps the body out when the message is over the hashing limit', () => {
    const raw = hostileMessage([], 'x'.repeat(MAX_HASHED_MESSAGE_BYTES + 10));
    const { input, bounds } = boundAuthInput(raw, undefined, MAX_HASHED_MESSAGE_BYTES);
    expect(bounds.bodyHashed).toBe(false);
    expect(input).toBe(`${raw.slice(0, raw.indexOf('\r\n\r\n'))}\r\n\r\n`);
  });

  it('is linear: a 1 MB run of folds costs no more than a scan', () => {
    const raw = hostileMessage([foldedField('DKIM-Signature', 2 ** 20)]);
    const t = performance.now();
    boundAuthInput(raw);
    // Generous: the quadratic parse this stops takes minutes at this size.
    expect(performance.now() - t).toBeLessThan(2_000);
  });
});

describe('headers-only DKIM', () => {
  const check = (over: Partial<DkimCheck>): DkimCheck => ({
    result: 'fail',
    domain: 'northbank.example',
    selector: 's1',
    aligned: true,
    algorithm: 'rsa-sha256',
    keyBits: 2048,
    cause: 'body-hash-mismatch',
    info: 'body hash did not verify',
    line: null,
    ...over,
  });
  const bounds = { skipped: [], bodyHashed: false, messageBytes: 18 * 2 ** 20 };

  it('a body hash compared with no body is "not checked", and DMARC fail becomes undecided', () => {
    const dkim = unhashedBodies([check({})], bounds);
    expect(dkim[0]).toMatchObject({
      result: 'none',
      cause: null,
      info: 'body not hashed (message is 18.0 MB)',
    });
    const dmarc = { result: 'fail', policy: 'reject' } as DmarcCheck;
    expect(undecidedByUnhashedBody(dmarc, dkim, bounds).result).toBe('temperror');
  });

  it('a signature whose header part verified (bh= taken as written) is "not checked", never a pass', () => {
    const dkim = unhashedBodies([check({ result: 'pass', cause: null, info: null })], bounds);
    expect(dkim[0]).toMatchObject({
      result: 'none',
      cause: null,
      info: 'body not hashed (message is 18.0 MB); its header signature verified',
    });
    const dmarc = { result: 'fail', policy: 'reject' } as DmarcCheck;
    expect(undecidedByUnhashedBody(dmarc, dkim, bounds).result).toBe('temperror');
  });

  it('a signature that fails on its own header hash still fails', () => {
    const dkim = unhashedBodies([check({ cause: 'signature-mismatch' })], bounds);
    expect(dkim[0]?.result).toBe('fail');
    const dmarc = { result: 'fail', policy: 'reject' } as DmarcCheck;
    expect(undecidedByUnhashedBody(dmarc, dkim, bounds).result).toBe('fail');
  });
});

describe('analyzeMessage with hostile sizes', () => {
  it('a 100 KB folded DKIM-Signature is skipped, reported, and the spoof stays spoofed — fast', async () => {
    const raw = hostileMessage([foldedField('DKIM-Signature', 100 * 1024)]);
    const t = performance.now();
    const a = await analyzeMessage(raw, { resolver: zone });
    expect(performance.now() - t).toBeLessThan(5_000);
    expect(a.verdict).toBe('spoofed');
    expect(a.findings.map((f) => f.id)).toContain('auth-field-skipped');
    expect(a.meta.bounds?.skipped[0]?.bytes).toBeGreaterThan(MAX_AUTH_FIELD_BYTES);
  });

  it('60 signatures: the first 20 checked, the rest reported', async () => {
    const a = await analyzeMessage(hostileMessage(manySignatures(60)), { resolver: zone });
    expect(a.findings.map((f) => f.id)).toContain('dkim-too-many-signatures');
    expect(a.verdict).toBe('spoofed');
  });

  // Red-team round 8: a spoof padded past the extension's hashing limit, carrying a forged
  // DKIM-Signature of the bank (its real selector, a made-up b=, or a selector that does not
  // exist), read "unverified": the body hash was never compared, so the signature was "not
  // checked" and DMARC undecided. The header hash needs no body: it is checked, and fails.
  it('a spoof padded past the limit with a forged bank signature stays spoofed', async () => {
    const sc = await scenario('authenticated', { body: `${'a'.repeat(76)}\r\n`.repeat(140_000) });
    // Sent from the attacker's server: the bank's SPF does not list it, and no receiver's header is trusted.
    const zoneOf = ZoneResolver.fromJson({ ...sc.zone, 'northbank.example': { TXT: ['v=spf1 -all'] } });
    const forged = sc.raw.replace(
      /(\bb=)([A-Za-z0-9+/]{8})/,
      (_m, tag: string, head: string) => `${tag}${[...head].reverse().join('')}`,
    );
    expect(forged).not.toBe(sc.raw);
    const noKey = sc.raw.replace('; s=sel1;', '; s=nosuchkey;');
    expect(noKey).not.toBe(sc.raw);
    for (const raw of [forged, noKey]) {
      // Read the day it arrived (a key gone from a message read months later excuses it:
      // key-gone-since-delivery).
      const a = await analyzeMessage(raw, {
        maxHashedBytes: MAX_HASHED_MESSAGE_BYTES,
        resolver: zoneOf,
        now: new Date('2026-03-03T10:05:00Z'),
      });
      expect(a.meta.bounds?.bodyHashed).toBe(false);
      expect(a.dkim[0]?.result).not.toBe('none');
      expect(a.dkim[0]?.result).not.toBe('pass');
      expect(a.dmarc.result).toBe('fail');
      expect(a.verdict).toBe('spoofed');
    }
    // The genuine header block, its body not hashed: "not checked", DMARC undecided, never spoofed.
    const genuine = await analyzeMessage(sc.raw, {
      maxHashedBytes: MAX_HASHED_MESSAGE_BYTES,
      resolver: zoneOf,
    });
    expect(genuine.dkim[0]).toMatchObject({ result: 'none' });
    expect(genuine.dkim[0]?.info).toMatch(/its header signature verified$/);
    expect(genuine.dmarc.result).toBe('temperror');
    expect(genuine.verdict).not.toBe('spoofed');
  });

  it('a real signed message over the size limit is not called spoofed, and says why', async () => {
    const sc = await scenario('authenticated', { body: `${'a'.repeat(76)}\r\n`.repeat(140_000) });
    expect(sc.raw.length).toBeGreaterThan(MAX_HASHED_MESSAGE_BYTES);
    const a = await analyzeMessage(sc.raw, {
      maxHashedBytes: MAX_HASHED_MESSAGE_BYTES,
      resolver: ZoneResolver.fromJson(sc.zone),
      trustedAuthservIds: [RECEIVER],
    });
    expect(a.verdict).not.toBe('spoofed');
    expect(a.findings.find((f) => f.id === 'body-not-hashed')?.title).toMatch(
      /^Body not hashed \(message is \d+\.\d MB\)$/,
    );
  });
});
