import { describe, expect, it } from 'vitest';
import { baseCtx, failAuth, findings, ids, noAuth } from './build';

const byId = (ctx: ReturnType<typeof baseCtx>, id: string) => findings(ctx).filter((f) => f.id === id);

describe('clean, authenticated mail', () => {
  it('raises no finding at all', () => {
    expect(findings(baseCtx())).toEqual([]);
  });
});

describe('dmarc-fail', () => {
  it.each([
    ['none', 'deliver spoofed mail anyway'],
    ['quarantine', 'spam folder'],
    ['reject', 'refuse mail'],
  ] as const)('explains p=%s in words', (policy, words) => {
    const ctx = baseCtx();
    failAuth(ctx);
    ctx.analysis.dmarc.policy = policy;
    const [f] = byId(ctx, 'dmarc-fail');
    // p=none: the check failed and says so, but the owner asks nobody to act on it (verdict row policy-none).
    expect(f?.severity).toBe(policy === 'none' ? 'medium' : 'high');
    if (policy === 'none') expect(f?.detail).toContain('does not ask receivers to act on failures');
    expect(f?.detail).toContain(`p=${policy}`);
    expect(f?.detail).toContain(words);
    expect(f?.evidence).toContain('From: "Northbank Alerts" <alerts@northbank.example>');
    expect(f?.evidence).toContain(
      'TXT _dmarc.northbank.example: v=DMARC1; p=reject; rua=mailto:dmarc@northbank.example',
    );
  });
  it('mentions pct below 100', () => {
    const ctx = baseCtx();
    failAuth(ctx);
    ctx.analysis.dmarc.pct = 20;
    expect(byId(ctx, 'dmarc-fail')[0]?.detail).toContain('only 20%');
  });
  it('uses the provider result offline', () => {
    const ctx = baseCtx();
    ctx.analysis.mode = 'offline';
    ctx.analysis.provider!.dmarc = { result: 'fail', policy: 'quarantine', domain: 'northbank.example' };
    const [f] = byId(ctx, 'dmarc-fail');
    expect(f?.detail).toContain('your provider (mx.mailhost.test)');
    expect(f?.evidence.some((l) => l.startsWith('Authentication-Results: mx.mailhost.test'))).toBe(true);
  });
  it('is not raised from a copy that is not byte-exact: says so instead', () => {
    const ctx = baseCtx();
    failAuth(ctx);
    ctx.options.notByteExact = true;
    expect(ids(ctx)).not.toContain('dmarc-fail');
    expect(ids(ctx)).toContain('dmarc-unchecked');
  });
});

describe('dmarc-none / dmarc-policy-none / dmarc-temperror', () => {
  it('dmarc-none when the domain has no record', () => {
    const ctx = baseCtx();
    noAuth(ctx);
    const [f] = byId(ctx, 'dmarc-none');
    expect(f?.title).toBe('northbank.example publishes no DMARC policy');
  });
  it('dmarc-policy-none for an authenticated-looking message from a domain with p=none', () => {
    const ctx = baseCtx();
    ctx.analysis.dmarc.policy = 'none';
    ctx.analysis.dmarc.record = 'v=DMARC1; p=none';
    ctx.analysis.dns[1] = { name: '_dmarc.northbank.example', type: 'TXT', answer: [['v=DMARC1; p=none']] };
    const [f] = byId(ctx, 'dmarc-policy-none');
    expect(f?.severity).toBe('low');
    expect(f?.detail).toContain('deliver spoofed mail anyway');
    expect(f?.evidence).toContain('TXT _dmarc.northbank.example: v=DMARC1; p=none');
  });
  it('a DNS failure is "could not check", never a failure', () => {
    const ctx = baseCtx();
    ctx.analysis.dmarc.result = 'temperror';
    ctx.analysis.dns.push({ name: '_dmarc.northbank.example', type: 'TXT', error: 'ESERVFAIL' });
    ctx.analysis.provider = null;
    const fs = findings(ctx);
    expect(fs.map((f) => f.id)).toEqual(['dmarc-temperror']);
    expect(fs[0]?.severity).toBe('info');
    expect(fs[0]?.title).toMatch(/^Could not check/);
    expect(fs[0]?.evidence).toContain('TXT _dmarc.northbank.example: ESERVFAIL');
  });
});

describe('spf', () => {
  it.each([
    ['fail', 'spf-fail', 'is not one of them'],
    ['softfail', 'spf-softfail', 'probably not'],
    ['permerror', 'spf-permerror', '10 DNS lookups'],
    ['temperror', 'spf-temperror', 'Could not check'],
  ] as const)('%s → %s', (result, id, words) => {
    const ctx = baseCtx();
    ctx.analysis.spf.result = result;
    const [f] = byId(ctx, id);
    expect(f?.detail).toContain(words);
    expect(f?.evidence).toContain('Return-Path: <alerts@northbank.example>');
    expect(f?.evidence).toContain('TXT northbank.example: v=spf1 ip4:198.51.100.0/24 -all');
  });
  it('spf-fail is medium alone, low when DMARC passes through DKIM', () => {
    const alone = baseCtx();
    alone.analysis.spf.result = 'fail';
    alone.analysis.dmarc.result = 'none';
    alone.analysis.provider = null;
    expect(byId(alone, 'spf-fail')[0]?.severity).toBe('medium');
    const withDkim = baseCtx();
    withDkim.analysis.spf.result = 'fail';
    expect(byId(withDkim, 'spf-fail')[0]?.severity).toBe('low');
  });
});

describe('dkim', () => {
  it.each([
    ['body-hash-mismatch', 'body was changed'],
    ['signature-mismatch', 'signed header'],
    ['key-missing', 'not published in DNS'],
    ['key-revoked', 'revoked'],
    ['expired', 'expiry time (x=)'],
    ['key-too-short', 'only 512 bits'],
    ['sha1', 'SHA-1'],
  ] as const)('dkim-fail explains %s', (cause, words) => {
    const ctx = baseCtx();
    const d = ctx.analysis.dkim[0]!;
    d.result = 'fail';
    d.cause = cause;
    d.keyBits = 512;
    const [f] = byId(ctx, 'dkim-fail');
    expect(f?.detail).toContain(words);
    expect(f?.evidence[0]).toMatch(/^DKIM-Signature: v=1; a=rsa-sha256/);
  });
  it.each([
    ['sha1', 'SHA-1'],
    ['key-too-short', 'only 512 bits'],
  ] as const)('a refused %s signature (result policy, RFC 8301) is a dkim-fail too', (cause, words) => {
    const ctx = baseCtx();
    const d = ctx.analysis.dkim[0]!;
    d.result = 'policy';
    d.cause = cause;
    d.keyBits = 512;
    const [f] = byId(ctx, 'dkim-fail');
    expect(f?.title).toContain('too weak to count');
    expect(f?.detail).toContain(words);
  });
  it('signatures past the verification limit get their own finding, not "an unknown domain"', () => {
    const ctx = baseCtx();
    ctx.analysis.dkim.push({
      ...ctx.analysis.dkim[0]!,
      result: 'neutral',
      domain: '',
      selector: '',
      cause: 'other',
      info: '4,980 more DKIM signatures were not verified.',
      line: null,
    });
    expect(byId(ctx, 'dkim-too-many-signatures')).toHaveLength(1);
    expect(findings(ctx).some((f) => f.title.includes('an unknown domain'))).toBe(false);
  });
  it('dkim-body-length when the signature covers only part of the body (l=)', () => {
    const ctx = baseCtx();
    ctx.analysis.dkim[0]!.bodyLength = 120;
    ctx.analysis.dkim[0]!.unsignedBytes = 0;
    const [f] = byId(ctx, 'dkim-body-length');
    expect(f?.title).toContain('l=120');
    expect(f?.severity).toBe('low');
  });
  it('dkim-body-length is medium when text was added after the signed part of an aligned signature', () => {
    const ctx = baseCtx();
    ctx.analysis.dkim[0]!.bodyLength = 120;
    ctx.analysis.dkim[0]!.unsignedBytes = 311;
    const [f] = byId(ctx, 'dkim-body-length');
    expect(f?.severity).toBe('medium');
    expect(f?.title).toBe('311 bytes were added to the body after northbank.example signed it (l=120)');
    // A signature that does not vouch for the From domain: only low.
    ctx.analysis.dkim[0]!.aligned = false;
    expect(byId(ctx, 'dkim-body-length')[0]?.severity).toBe('low');
  });
  it('a non-byte-exact source turns DKIM failures into "could not check"', () => {
    const ctx = baseCtx();
    ctx.analysis.dkim[0]!.result = 'fail';
    ctx.analysis.dkim[0]!.cause = 'body-hash-mismatch';
    ctx.options.notByteExact = true;
    expect(ids(ctx)).not.toContain('dkim-fail');
    expect(byId(ctx, 'dkim-not-byte-exact')[0]?.severity).toBe('info');
  });
  it('dkim-unaligned: "signed by X, but From is Y"', () => {
    const ctx = baseCtx();
    const d = ctx.analysis.dkim[0]!;
    d.domain = 'sendgrid.example';
    d.aligned = false;
    const [f] = byId(ctx, 'dkim-unaligned');
    expect(f?.title).toBe('Signed by sendgrid.example, but From is northbank.example');
  });
  it('dkim-temperror is "could not check"', () => {
    const ctx = baseCtx();
    ctx.analysis.dkim[0]!.result = 'temperror';
    ctx.analysis.dkim[0]!.cause = 'dns-error';
    expect(byId(ctx, 'dkim-temperror')[0]?.severity).toBe('info');
  });
});

describe('arc-forwarded', () => {
  function forwarded() {
    const ctx = baseCtx();
    ctx.analysis.dkim[0]!.result = 'fail';
    ctx.analysis.dkim[0]!.cause = 'body-hash-mismatch';
    ctx.analysis.dmarc.result = 'fail';
    ctx.analysis.spf = { ...ctx.analysis.spf, result: 'fail', domain: 'lists.example.org', aligned: false };
    ctx.analysis.arc = {
      result: 'pass',
      instances: 2,
      sealers: ['messagingengine.com', 'mailhost.test'],
      originalAuth: 'dkim=pass header.d=northbank.example',
      info: null,
    };
    ctx.analysis.provider = { ...ctx.analysis.provider!, arc: 'pass', dkim: [], dmarc: null, spf: 'fail' };
    ctx.message.headers.push({
      index: 80,
      name: 'ARC-Authentication-Results',
      key: 'arc-authentication-results',
      value: '',
      rawValue: 'i=1; messagingengine.com; dkim=pass header.d=northbank.example',
      line: 'ARC-Authentication-Results: i=1; messagingengine.com; dkim=pass header.d=northbank.example',
    });
    return ctx;
  }
  it('explains forwarding by a trusted ARC sealer instead of alarming', () => {
    const [f] = byId(forwarded(), 'arc-forwarded');
    expect(f?.severity).toBe('low');
    expect(f?.title).toContain('messagingengine.com');
    expect(f?.detail).toContain('not, by itself, a sign of forgery');
  });
  it('trusts a listed sealer by its exact sealing domain, not every zone under it (probe93)', () => {
    const ctx = forwarded();
    ctx.analysis.arc.sealers = ['lab93.umich.edu', 'mailhost.test'];
    expect(ids(ctx)).not.toContain('arc-forwarded');
    expect(byId(ctx, 'arc-untrusted-sealer')[0]?.title).toContain('lab93.umich.edu');
    ctx.analysis.arc.sealers = ['umich.edu', 'mailhost.test'];
    expect(ids(ctx)).toContain('arc-forwarded');
    // The user's own word covers the organisation it names.
    ctx.analysis.arc.sealers = ['lab93.umich.edu', 'mailhost.test'];
    ctx.options.trustedForwarders = ['umich.edu'];
    expect(ids(ctx)).toContain('arc-forwarded');
  });
  it('takes the word of no other sealer, however intact the chain, and says so', () => {
    const ctx = forwarded();
    ctx.analysis.arc.sealers = ['lists.example.org', 'mailhost.test'];
    expect(ids(ctx)).not.toContain('arc-forwarded');
    const [f] = byId(ctx, 'arc-untrusted-sealer');
    // It recorded a pass for the From domain: medium (verdict row forwarder-unknown), with the
    // "Trust … as a forwarder" action; a record without a pass stays low.
    expect(f?.severity).toBe('medium');
    expect(f?.title).toContain('lists.example.org');
    expect(f?.action).toEqual({ kind: 'trust-forwarder', domain: 'lists.example.org' });
    ctx.message.headers.at(-1)!.rawValue = 'i=1; lists.example.org; dkim=fail header.d=northbank.example';
    expect(byId(ctx, 'arc-untrusted-sealer')[0]?.severity).toBe('low');
    // Nor when only the provider's delivery seal is there: that is no forward.
    ctx.analysis.arc.sealers = ['mailhost.test'];
    expect(ids(ctx)).not.toContain('arc-forwarded');
    expect(ids(ctx)).not.toContain('arc-untrusted-sealer');
  });
  it('is not raised when nothing vouches for the chain', () => {
    const ctx = forwarded();
    ctx.analysis.arc = { ...ctx.analysis.arc, result: 'fail' };
    ctx.analysis.provider!.arc = null;
    expect(ids(ctx)).not.toContain('arc-forwarded');
  });
  it('offline, reads the sealers from the headers the provider validated (arc=pass)', () => {
    const ctx = forwarded();
    ctx.analysis.arc = { result: 'pass', instances: 0, sealers: [], originalAuth: null, info: null };
    const sealed = (i: number, d: string) =>
      ({
        index: 90 + i,
        name: 'ARC-Seal',
        key: 'arc-seal',
        value: '',
        rawValue: `i=${i}; a=rsa-sha256; cv=none; d=${d}; s=arc; b=x`,
        line: `ARC-Seal: i=${i}; d=${d}`,
      }) as const;
    ctx.message.headers.push(sealed(2, 'mailhost.test'), sealed(1, 'googlegroups.com'));
    expect(byId(ctx, 'arc-forwarded')[0]?.title).toContain('googlegroups.com');
    ctx.message.headers.splice(-1, 1, sealed(1, 'evil.example'));
    expect(ids(ctx)).not.toContain('arc-forwarded');
    expect(ids(ctx)).toContain('arc-untrusted-sealer');
  });
});
