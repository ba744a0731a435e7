import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import * as parser from '../../../lib/auth/authresults-syntax';
import { runFindingRules } from '../../../lib/findings';
import type { FindingRule } from '../../../lib/findings/rule';
import { gmailDeliveredSpoof } from '../../helpers/gmail-spoof';
import { baseCtx, findings, ids, verdictOf } from './build';

/** Adds an Authentication-Results header marked forged (below the entry line) to the context. */
function pushForged(ctx: ReturnType<typeof baseCtx>, value: string): ReturnType<typeof baseCtx> {
  const parsed = parser.parseAuthResultsValue(value);
  ctx.analysis.authResults.push({
    authservId: parsed.authservId,
    version: null,
    results: parsed.results,
    index: 7,
    line: `Authentication-Results: ${value}`,
    trusted: false,
    forged: true,
    malformed: false,
  });
  return ctx;
}

const byId = (ctx: ReturnType<typeof baseCtx>, id: string) => findings(ctx).filter((f) => f.id === id);

describe('provider-disagreement', () => {
  it('provider passed, our re-check fails because the key was rotated: low, names the cause', () => {
    const ctx = baseCtx();
    const d = ctx.analysis.dkim[0]!;
    d.result = 'fail';
    d.cause = 'key-missing';
    ctx.analysis.spf.result = 'fail';
    ctx.analysis.dmarc.result = 'fail';
    const [f] = byId(ctx, 'provider-disagreement');
    expect(f?.severity).toBe('low');
    expect(f?.detail).toContain('removed or rotated in DNS since delivery');
    expect(f?.evidence[0]).toMatch(/^Authentication-Results: mx.mailhost.test/);
  });
  it('provider failed but we pass now: medium', () => {
    const ctx = baseCtx();
    ctx.analysis.provider!.dmarc = { result: 'fail', policy: 'reject', domain: 'northbank.example' };
    expect(byId(ctx, 'provider-disagreement')[0]?.severity).toBe('medium');
  });
  it('agreement raises nothing', () => {
    expect(ids(baseCtx())).not.toContain('provider-disagreement');
  });
  it('two signatures of one domain: each provider result meets ours for the same selector', () => {
    // An application's signature (s=app) broken by a relay's disclaimer, the tenant's re-signature
    // (s=sel1) intact: the provider says so per signature, and so do we.
    const ctx = baseCtx();
    const broken = {
      ...ctx.analysis.dkim[0]!,
      selector: 'app',
      result: 'fail' as const,
      cause: 'body-hash-mismatch' as const,
      aligned: true,
    };
    ctx.analysis.dkim.push(broken);
    ctx.analysis.provider!.dkim = [
      { result: 'pass', domain: 'northbank.example', selector: 'sel1' },
      { result: 'neutral', domain: 'northbank.example', selector: 'app' },
    ];
    expect(ids(ctx)).not.toContain('provider-disagreement');
    expect(verdictOf(ctx).verdict).toBe('authenticated');
    // The provider's pass for the signature that fails here is a disagreement, whatever the other.
    ctx.analysis.provider!.dkim = [{ result: 'pass', domain: 'northbank.example', selector: 'app' }];
    expect(byId(ctx, 'provider-disagreement')).toHaveLength(1);
    // A provider's failure where we pass that signature is one too.
    ctx.analysis.provider!.dkim = [{ result: 'fail', domain: 'northbank.example', selector: 'sel1' }];
    expect(byId(ctx, 'provider-disagreement')[0]?.severity).toBe('medium');
  });
});

describe('forged-auth-results', () => {
  it('a header claiming the provider below an untrusted hop', () => {
    const ctx = baseCtx();
    const line = 'Authentication-Results: mx.mailhost.test; dkim=pass header.d=paypal.com; dmarc=pass';
    ctx.analysis.authResults.push({
      authservId: 'mx.mailhost.test',
      version: null,
      results: [],
      index: 7,
      line,
      trusted: false,
      forged: true,
      malformed: false,
    });
    const [f] = byId(ctx, 'forged-auth-results');
    expect(f?.severity).toBe('medium');
    expect(f?.evidence).toEqual([line]);
  });

  // Proton Mail and Coremail write their results under their own entry line, where a forgery
  // would sit: never trusted, but when HeaderLens checked the message itself and the header states
  // only what it found, the header deceives no one.
  const below = (ctx: ReturnType<typeof baseCtx>, value: string) =>
    byId(pushForged(ctx, value), 'forged-auth-results')[0];
  const AGREES =
    'mx.mailhost.test; spf=pass smtp.mailfrom=bounce@Northbank.example; dkim=pass header.d=northbank.example; dmarc=pass header.from=northbank.example; arc=none';
  it('a header below the entry line that states only what HeaderLens found itself: low', () => {
    const f = below(baseCtx(), AGREES);
    expect(f?.severity).toBe('low');
    expect(f?.title).toContain('below the entry line');
    expect(verdictOf(pushForged(baseCtx(), AGREES)).verdict).toBe('authenticated');
  });
  it.each([
    ['a claim for another DKIM domain', `${AGREES}; dkim=pass header.d=paypal.com`],
    ['SPF for another identity', 'mx.mailhost.test; spf=pass smtp.mailfrom=paypal.com'],
    ['SPF without its identity', 'mx.mailhost.test; spf=pass'],
    ['a result HeaderLens did not find', 'mx.mailhost.test; dmarc=fail header.from=northbank.example'],
    ['DMARC for another From', 'mx.mailhost.test; dmarc=pass header.from=paypal.com'],
    ['a method HeaderLens does not check', `${AGREES}; x-verified=pass`],
    ['no result at all', 'mx.mailhost.test; none'],
  ])('%s stays medium', (_, value) => {
    expect(below(baseCtx(), value)?.severity).toBe('medium');
  });
  it('offline, with nothing of its own to compare: medium', () => {
    const ctx = baseCtx();
    ctx.analysis.mode = 'offline';
    expect(below(ctx, AGREES)?.severity).toBe('medium');
  });
  it('under the name of a gateway the reader trusts: medium, not called fake (it may be the gateway’s)', () => {
    // rw58-exchange-cisco-by-name-signed-offline: the reader's Cisco gateway, which offline nothing
    // shows handing the message over.
    const ctx = baseCtx();
    ctx.options.trustedGateways = { domains: ['*.iphmx.com'] };
    const f = below(ctx, 'esa2.hc5801-58.iphmx.com; spf=pass smtp.mailfrom=lanthorn-insurance.example');
    expect(f?.severity).toBe('medium');
    expect(f?.title).toContain('your gateway');
    expect(f?.title).not.toContain('fake');
    // Another name still reads as a fake.
    expect(below(baseCtx(), 'esa2.hc5801-58.iphmx.com; spf=pass')?.title).toContain('fake');
  });
});

describe('forged-auth-results: rows where a Postfix box’s milters write (real-mail round 169)', () => {
  // OpenDKIM, OpenDMARC and OpenARC on Postfix insert their rows under the box's entry line, where
  // the sender's headers begin: never trusted (lib/auth/authresults.ts marks them underOwnEntry),
  // graded by what they claim.
  const under = (ctx: ReturnType<typeof baseCtx>, ...values: string[]) => {
    for (const v of values) {
      pushForged(ctx, v);
      ctx.analysis.authResults.at(-1)!.underOwnEntry = true;
    }
    return byId(ctx, 'forged-auth-results');
  };
  const offline = () => {
    const ctx = baseCtx();
    ctx.analysis.mode = 'offline';
    return ctx;
  };
  const DMARC = 'mx.mailhost.test; dmarc=pass (p=quarantine dis=none) header.from=northbank.example';
  const DKIM = 'mx.mailhost.test; dkim=pass (2048-bit key) header.d=northbank.example header.b="WJwanzQJ"';
  it('online, stating only what HeaderLens found itself: no finding, still not counted', () => {
    const ctx = baseCtx();
    expect(under(ctx, DMARC, DKIM)).toEqual([]);
    expect(ctx.analysis.provider?.authservId).toBe('mx.mailhost.test');
  });
  it('online, a pass HeaderLens did not find: medium, called fake', () => {
    const [f] = under(baseCtx(), 'mx.mailhost.test; dmarc=pass header.from=paypal.com');
    expect(f?.severity).toBe('medium');
    expect(f?.title).toContain('fake');
  });
  it('online, no pass at all (a temperror at delivery): low, not called fake', () => {
    const [f] = under(baseCtx(), 'mx.mailhost.test; dkim=temperror header.d=northbank.example');
    expect(f?.severity).toBe('low');
    expect(f?.title).not.toContain('fake');
  });
  it('offline, rows that agree with each other: one low finding holding every line', () => {
    const fs = under(offline(), DMARC, DKIM);
    expect(fs).toHaveLength(1);
    expect(fs[0]?.severity).toBe('low');
    expect(fs[0]?.evidence).toEqual([`Authentication-Results: ${DMARC}`, `Authentication-Results: ${DKIM}`]);
    expect(fs[0]?.title).toContain('did not count');
  });
  it('offline, a row the box’s other row contradicts (a sender’s pass under the box’s fail): medium', () => {
    const fs = under(offline(), 'mx.mailhost.test; dmarc=fail header.from=northbank.example', DMARC);
    expect(fs.map((f) => f.severity)).toEqual(['medium', 'medium']);
    // A second copy of the sender's row does not hide the box's.
    const twice = under(
      offline(),
      'mx.mailhost.test; dmarc=fail header.from=northbank.example',
      DMARC,
      DMARC,
    );
    expect(twice.map((f) => f.severity)).toEqual(['medium', 'medium', 'medium']);
  });
  it('offline, contradicted by the box’s trusted row: medium', () => {
    const ctx = offline();
    ctx.analysis.authResults.push({
      authservId: 'mx.mailhost.test',
      version: null,
      results: parser.parseAuthResultsValue('mx.mailhost.test; dkim=fail header.d=northbank.example').results,
      index: 2,
      line: 'Authentication-Results: mx.mailhost.test; dkim=fail header.d=northbank.example',
      trusted: true,
      forged: false,
      malformed: false,
    });
    expect(under(ctx, DKIM)[0]?.severity).toBe('medium');
  });
  it('online: a dkim row whose header.i leaves its header.d agrees with nothing (round 177, A1)', () => {
    const fs = under(
      baseCtx(),
      'mx.mailhost.test; dkim=pass header.d=northbank.example header.i=@paypal.com',
    );
    expect(fs[0]?.severity).toBe('medium');
  });
  it('online: a pass word that is not spelt "pass" is a claimed pass (round 177, A2)', () => {
    expect(
      under(baseCtx(), 'mx.mailhost.test; dmarc=bestguesspass header.from=paypal.com')[0]?.severity,
    ).toBe('medium');
  });
  it('online: a pass about the From’s own organisation beside HeaderLens’s DMARC pass is low (round 177, C)', () => {
    // The supplier's SPF record changed since delivery; its aligned signature still passes.
    const ctx = baseCtx();
    ctx.analysis.spf.result = 'fail';
    expect(under(ctx, 'mx.mailhost.test; spf=pass smtp.mailfrom=bounce@northbank.example')[0]?.severity).toBe(
      'low',
    );
    expect(under(baseCtx(), 'mx.mailhost.test; spf=pass smtp.mailfrom=paypal.com')[0]?.severity).toBe(
      'medium',
    );
    // Not when HeaderLens's own DMARC fails.
    const failing = baseCtx();
    failing.analysis.spf.result = 'fail';
    failing.analysis.dmarc.result = 'fail';
    expect(
      under(failing, 'mx.mailhost.test; spf=pass smtp.mailfrom=bounce@northbank.example')[0]?.severity,
    ).toBe('medium');
  });
  it('offline: what a message holds once contradicts (round 177, B)', () => {
    const trustedNone = offline();
    trustedNone.analysis.authResults.push({
      authservId: 'mx.mailhost.test',
      version: null,
      results: parser.parseAuthResultsValue('mx.mailhost.test; dkim=none').results,
      index: 2,
      line: 'Authentication-Results: mx.mailhost.test; dkim=none',
      trusted: true,
      forged: false,
      malformed: false,
    });
    expect(under(trustedNone, DKIM)[0]?.severity).toBe('medium');
    expect(under(offline(), 'mx.mailhost.test; dmarc=pass header.from=paypal.com')[0]?.severity).toBe(
      'medium',
    );
    expect(under(offline(), 'mx.mailhost.test; spf=pass smtp.helo=mail.paypal.com')[0]?.severity).toBe(
      'medium',
    );
    // SPF by HELO beside a non-null envelope the box also wrote SPF about (round 178): that row fake.
    const helo = under(
      offline(),
      'mx.mailhost.test; spf=fail smtp.mailfrom=alerts@northbank.example',
      'mx.mailhost.test; spf=pass smtp.helo=out1.northbank.example',
    );
    expect(helo.find((f) => f.severity === 'medium')?.evidence).toEqual([
      'Authentication-Results: mx.mailhost.test; spf=pass smtp.helo=out1.northbank.example',
    ]);
    const bounce = offline();
    bounce.analysis.returnPath = null;
    expect(under(bounce, 'mx.mailhost.test; spf=pass smtp.helo=out1.northbank.example')[0]?.severity).toBe(
      'low',
    );
    // SPF for another envelope than the Return-Path; DKIM for a domain no signature names (round 178).
    expect(under(offline(), 'mx.mailhost.test; spf=pass smtp.mailfrom=bounce@paypal.com')[0]?.severity).toBe(
      'medium',
    );
    expect(
      under(offline(), 'mx.mailhost.test; spf=pass smtp.mailfrom=alerts@northbank.example')[0]?.severity,
    ).toBe('low');
    expect(under(offline(), 'mx.mailhost.test; dkim=pass header.d=paypal.com')[0]?.severity).toBe('medium');
  });
  it('offline: a DMARC pass that neither a signature nor the envelope could give (round 179, B)', () => {
    // baseCtx's message carries a d=northbank.example signature and the envelope alerts@northbank.example.
    expect(under(offline(), DMARC)[0]?.severity).toBe('low');
    const unsigned = offline();
    unsigned.message.headers = unsigned.message.headers.filter((h) => h.key !== 'dkim-signature');
    expect(under(unsigned, DMARC)[0]?.severity).toBe('low');
    const elsewhere = offline();
    elsewhere.message.headers = elsewhere.message.headers.filter((h) => h.key !== 'dkim-signature');
    elsewhere.analysis.returnPath = 'bounce@evil.example';
    expect(under(elsewhere, DMARC)[0]?.severity).toBe('medium');
    const spfFailed = offline();
    spfFailed.message.headers = spfFailed.message.headers.filter((h) => h.key !== 'dkim-signature');
    expect(
      under(spfFailed, 'mx.mailhost.test; spf=fail smtp.mailfrom=alerts@northbank.example', DMARC).map(
        (f) => f.severity,
      ),
    ).toContain('medium');
  });
  it('offline: a DMARC pass with a null envelope rests on the HELO; a signature the box found failing carries none (round 180)', () => {
    const bounce = offline();
    bounce.message.headers = bounce.message.headers.filter((h) => h.key !== 'dkim-signature');
    bounce.analysis.returnPath = '';
    expect(under(bounce, DMARC)[0]?.severity).toBe('low');
    bounce.analysis.origin.helo = 'mail.evil.example';
    expect(byId(bounce, 'forged-auth-results')[0]?.severity).toBe('medium');
    const failing = offline();
    failing.analysis.returnPath = 'bounce@evil.example';
    failing.analysis.authResults.push({
      authservId: 'mx.mailhost.test',
      version: null,
      results: parser.parseAuthResultsValue('mx.mailhost.test; dkim=fail header.d=northbank.example').results,
      index: 2,
      line: 'Authentication-Results: mx.mailhost.test; dkim=fail header.d=northbank.example',
      trusted: true,
      forged: false,
      malformed: false,
    });
    expect(under(failing, DMARC)[0]?.severity).toBe('medium');
  });
  it('SPF by HELO only: the box’s one SPF result when its check stopped at the HELO (real-mail round 171)', () => {
    // Offline: the HELO the entry shows, and no other SPF row of the box: low.
    expect(under(offline(), 'mx.mailhost.test; spf=pass smtp.helo=out1.northbank.example')[0]?.severity).toBe(
      'low',
    );
    // Online: beside HeaderLens's DMARC pass, in the From's organisation: low, not fake.
    expect(under(baseCtx(), 'mx.mailhost.test; spf=pass smtp.helo=out1.northbank.example')[0]?.severity).toBe(
      'low',
    );
    expect(under(baseCtx(), 'mx.mailhost.test; spf=pass smtp.helo=mail.paypal.com')[0]?.severity).toBe(
      'medium',
    );
  });
  it('online: the From’s own organisation counts only for what the box itself checked (round 178)', () => {
    const ctx = () => {
      const c = baseCtx();
      c.analysis.spf.result = 'fail';
      return c;
    };
    // The envelope HeaderLens checked: low; another address of the bank, a signature the message
    // does not carry, a DMARC result for a sibling of the From domain: medium.
    expect(
      under(ctx(), 'mx.mailhost.test; spf=pass smtp.mailfrom=alerts@northbank.example')[0]?.severity,
    ).toBe('low');
    expect(under(ctx(), 'mx.mailhost.test; dkim=pass header.d=mail.northbank.example')[0]?.severity).toBe(
      'medium',
    );
    expect(
      under(ctx(), 'mx.mailhost.test; dmarc=pass header.from=offers.northbank.example')[0]?.severity,
    ).toBe('medium');
  });
  it('arc=none agrees when the only ARC set is the reader’s own seal', () => {
    const ctx = baseCtx();
    ctx.options.trustedAuthservIds = ['mail.northbank.example'];
    ctx.analysis.arc = {
      result: 'pass',
      instances: 1,
      sealers: ['northbank.example'],
      originalAuth: null,
      info: null,
    };
    expect(under(ctx, 'mail.northbank.example; arc=none smtp.client-ip=192.0.2.1')).toEqual([]);
    // A set sealed by someone else: the row's arc=none is not what HeaderLens found.
    ctx.analysis.arc = { ...ctx.analysis.arc, sealers: ['forwarder.example'] };
    expect(byId(ctx, 'forged-auth-results')[0]?.severity).toBe('low');
    // A set under the reader's name that does not verify (a sender's: round 177, A3): no agreement.
    ctx.analysis.arc = { ...ctx.analysis.arc, result: 'fail', sealers: ['northbank.example'] };
    expect(byId(ctx, 'forged-auth-results')[0]?.severity).toBe('low');
  });
});

describe('second-provider-auth-results', () => {
  // A spoof of paypal.com delivered by Gmail, with a made-up Gmail header right under the real one
  // adding a DKIM pass and an ARC pass. Offline (or with DNS unreachable) only the provider's
  // results speak: merged, they made the message look like forwarded PayPal mail.
  const raw = gmailDeliveredSpoof({
    envelope: 'bounce@evil.example',
    spf: 'pass',
    sendersLines: [
      'Authentication-Results: mx.google.com; dkim=pass header.i=@paypal.com header.s=pp header.b=abc; arc=pass',
    ],
  });

  it('a made-up second Gmail header neither counts nor softens the verdict: spoofed, and it is shown as forged', async () => {
    const a = await analyzeMessage(raw, { trustedAuthservIds: ['mx.google.com'] });
    expect(a.verdict).toBe('spoofed');
    expect(a.provider?.dkim).toEqual([]);
    // Issue 16: it sits below Gmail's entry line and its own header, so the sender wrote it.
    const [f] = a.findings.filter((x) => x.id === 'forged-auth-results');
    expect(f?.severity).toBe('medium');
    expect(f?.evidence[0]).toContain('dkim=pass header.i=@paypal.com');
    expect(a.findings.map((x) => x.id)).not.toContain('second-provider-auth-results');
  });

  it('nothing the sender writes under the real Gmail header makes the offline spoof look better', async () => {
    const lines = raw.split('\r\n');
    const at = lines.findIndex((l) => l.startsWith('Authentication-Results: mx.google.com; dkim=pass'));
    const word = fc.constantFrom('pass', 'fail', 'none', 'neutral', 'softfail', 'policy', 'temperror');
    const entry = fc
      .tuple(
        fc.constantFrom('dkim', 'spf', 'dmarc', 'arc'),
        word,
        fc.constantFrom('paypal.com', 'evil.example'),
      )
      .map(([m, w, d]) =>
        m === 'dkim'
          ? `dkim=${w} header.d=${d}`
          : m === 'dmarc'
            ? `dmarc=${w} header.from=${d}`
            : `${m}=${w}`,
      );
    const header = fc
      .tuple(
        fc.constantFrom('mx.google.com', 'MX.Google.Com', 'mx.google.com.'),
        fc.array(entry, { minLength: 1, maxLength: 4 }),
      )
      .map(([id, es]) => `Authentication-Results: ${id}; ${es.join('; ')}`);
    await fc.assert(
      fc.asyncProperty(fc.array(header, { minLength: 1, maxLength: 3 }), async (made) => {
        const forged = [...lines.slice(0, at), ...made, ...lines.slice(at + 1)].join('\r\n');
        const a = await analyzeMessage(forged, { trustedAuthservIds: ['mx.google.com'] });
        return a.verdict === 'spoofed' && a.provider?.dkim.length === 0 && a.provider?.arc === null;
      }),
      { numRuns: 200 },
    );
  });
});

describe('message problems', () => {
  it.each([
    ['no header/body separator', 'no-header-separator'],
    ['NUL bytes in the message', 'nul-bytes'],
    ['header line truncated at 200000 characters', 'message-problem'],
  ])('%s → %s (low)', (problem, id) => {
    const ctx = baseCtx();
    ctx.message.problems = [problem];
    expect(byId(ctx, id)[0]?.severity).toBe('low');
  });
  it('multiple From is high (RFC 7489 §6.6.1: one author domain) and never authenticated', () => {
    const ctx = baseCtx();
    const second = { address: 'ceo@other.example', domain: 'other.example', displayName: '' };
    ctx.message.fromAll.push(second);
    expect(byId(ctx, 'multiple-from')[0]?.severity).toBe('high');
    expect(verdictOf(ctx)).toMatchObject({ verdict: 'suspicious', rule: 'from-unusable' });
  });
});

describe('offline-mode', () => {
  it('says the provider results are used', () => {
    const ctx = baseCtx();
    ctx.analysis.mode = 'offline';
    const [f] = byId(ctx, 'offline-mode');
    expect(f?.severity).toBe('info');
    expect(f?.title).toContain('mx.mailhost.test');
  });
  it('says nothing could be checked without provider results', () => {
    const ctx = baseCtx();
    ctx.analysis.mode = 'offline';
    ctx.analysis.provider = null;
    expect(byId(ctx, 'offline-mode')[0]?.title).toMatch(/^Could not check: offline/);
  });
  it('online mode has no offline finding', () => {
    expect(ids(baseCtx())).not.toContain('offline-mode');
  });
});

describe('runFindingRules', () => {
  it('sorts by severity and survives a rule that throws', () => {
    const boom: FindingRule = () => {
      throw new Error('bug');
    };
    const low: FindingRule = () => [{ id: 'x-low', severity: 'low', title: 't', detail: 'd', evidence: [] }];
    const high: FindingRule = () => [
      { id: 'x-high', severity: 'high', title: 't', detail: 'd', evidence: [] },
    ];
    const out = runFindingRules(baseCtx(), [low, boom, high]);
    expect(out.map((f) => f.id)).toEqual(['x-high', 'x-low', 'rule-error']);
  });
});
