// provider-disagreement behind a mail gateway the reader trusts (lib/findings/provider.ts,
// gatewayJudged, shared with the offline reading from lib/auth/authresults-provider.ts): the receiver's own box checked SPF at the gateway's address, we checked the
// server that handed the message to the gateway (real-mail round 40, Trend Micro in front of a
// Postfix box: rw40-trend-micro-tmes-postfix-link-rewrite-trusted).
import { describe, expect, it } from 'vitest';
import { baseCtx, type Ctx, findings, verdictOf } from './build';

const GATEWAY_IP = '198.51.100.172';
const GATEWAY_HOST = 'mx-eu1-dlv.tmes.trendmicro.eu';
const BOX_AR =
  'Authentication-Results: mx.mailhost.test; dkim=fail reason="signature verification failed" header.d=northbank.example header.s=sel1; spf=fail (mx.mailhost.test: domain of alerts@northbank.example does not designate 198.51.100.172 as permitted sender) smtp.mailfrom=alerts@northbank.example; dmarc=fail (policy=reject) header.from=northbank.example';

/**
 * The genuine shape: the message came from out1.northbank.example (198.51.100.7, SPF passes there)
 * through the trusted gateway, which rewrote a link (DKIM body hash fails for both). The box
 * behind it recorded spf=fail at the gateway's address and the dmarc=fail that follows.
 */
function behindTrustedGateway(): Ctx {
  const ctx = baseCtx();
  const a = ctx.analysis;
  a.gateway = {
    trusted: true,
    name: 'Trend Micro Email Security',
    ip: GATEWAY_IP,
    host: GATEWAY_HOST,
    hopIndexes: [0],
    offer: null,
    resultsLines: [],
    recordedDmarc: null,
  };
  a.dkim[0]!.result = 'fail';
  a.dkim[0]!.cause = 'body-hash-mismatch';
  a.dmarc.passedBy = ['spf'];
  a.provider = {
    ...a.provider!,
    spf: 'fail',
    dkim: [{ result: 'fail', domain: 'northbank.example', selector: 'sel1' }],
    dmarc: { result: 'fail', policy: 'reject', domain: 'northbank.example' },
    lines: [BOX_AR],
    proven: false,
  };
  return ctx;
}

const disagreement = (ctx: Ctx) => findings(ctx).find((f) => f.id === 'provider-disagreement');

describe('provider-disagreement behind a trusted gateway', () => {
  it('the box behind the gateway failed SPF and DMARC at the gateway’s address: a low note, authenticated', () => {
    const ctx = behindTrustedGateway();
    const f = disagreement(ctx);
    expect(f?.severity).toBe('low');
    expect(f?.title).toContain('SPF, DMARC');
    expect(f?.detail).toContain('checked your gateway');
    expect(f?.detail).toContain(`${GATEWAY_HOST} is a gateway you trust`);
    expect(f?.detail).not.toContain('its failure counts');
    expect(verdictOf(ctx).verdict).toBe('authenticated');
  });

  it('without the gateway trusted, the provider’s failure counts as before: medium, suspicious', () => {
    const ctx = behindTrustedGateway();
    ctx.analysis.gateway = null;
    expect(disagreement(ctx)?.severity).toBe('medium');
    expect(verdictOf(ctx).verdict).toBe('suspicious');
    // A well-known gateway the reader has not trusted: the same.
    const untrusted = behindTrustedGateway();
    untrusted.analysis.gateway = { ...untrusted.analysis.gateway!, trusted: false, offer: 'trendmicro.eu' };
    expect(disagreement(untrusted)?.severity).toBe('medium');
  });

  it('the gateway’s own record is the provider’s: it checked the sender, its failure counts', () => {
    const ctx = behindTrustedGateway();
    ctx.analysis.gateway!.resultsLines = [BOX_AR];
    expect(disagreement(ctx)?.severity).toBe('medium');
  });

  it('a receiver that looked past the gateway itself (it names the sender’s address) counts', () => {
    // Exchange Online's Enhanced Filtering: "sender IP is <the sender's>", the server we check too.
    const ctx = behindTrustedGateway();
    ctx.analysis.provider!.lines = [
      'Authentication-Results: spf=fail (sender IP is 198.51.100.7) smtp.mailfrom=northbank.example; dkim=fail header.d=northbank.example;dmarc=fail action=oreject header.from=northbank.example',
    ];
    expect(disagreement(ctx)?.severity).toBe('medium');
    // A longer address that only starts with the origin's is not it.
    ctx.analysis.provider!.lines = [BOX_AR.replace(GATEWAY_IP, '198.51.100.71')];
    expect(disagreement(ctx)?.severity).toBe('low');
  });

  it('the sender’s address in a value the box copies (smtp.helo) is not the box looking past the gateway: low', () => {
    // The genuine sender greets with its address literal; the box prints it after smtp.helo=, but
    // in its own words it checked the gateway's address (the offline reading shares this:
    // gatewayJudged in lib/auth/authresults-provider.ts).
    const ctx = behindTrustedGateway();
    ctx.analysis.provider!.lines = [
      BOX_AR.replace('smtp.mailfrom=', 'smtp.helo=[198.51.100.7] smtp.mailfrom='),
    ];
    expect(disagreement(ctx)?.severity).toBe('low');
    expect(verdictOf(ctx).verdict).toBe('authenticated');
    // In the box's own words, the sender's address is the box looking past the gateway: it counts.
    ctx.analysis.provider!.lines = [BOX_AR.replace(GATEWAY_IP, '198.51.100.7')];
    expect(disagreement(ctx)?.severity).toBe('medium');
  });

  it('the provider’s DMARC fail beside an aligned DKIM pass is not the gateway’s doing: medium', () => {
    // Its own DKIM pass for the From domain: its DMARC fail does not rest on SPF alone.
    const theirs = behindTrustedGateway();
    theirs.analysis.provider!.dkim = [{ result: 'pass', domain: 'northbank.example', selector: 'sel1' }];
    const f = disagreement(theirs);
    expect(f?.severity).toBe('medium');
    expect(f?.detail).toContain('DMARC: your provider said fail');
    expect(f?.detail).toContain('its failure counts');
    // Our DKIM pass where the provider says fail: a DKIM difference, never excused by the gateway.
    const ours = behindTrustedGateway();
    ours.analysis.dkim[0]!.result = 'pass';
    ours.analysis.dkim[0]!.cause = null;
    ours.analysis.dmarc.passedBy = ['dkim', 'spf'];
    expect(disagreement(ours)?.severity).toBe('medium');
    expect(verdictOf(ours).verdict).toBe('suspicious');
  });

  it('a provider’s DMARC fail beside its own SPF pass is not explained by the gateway: medium', () => {
    const ctx = behindTrustedGateway();
    ctx.analysis.provider!.spf = 'pass';
    expect(disagreement(ctx)?.severity).toBe('medium');
  });

  it('a spoof through the trusted gateway is judged at the real origin: SPF fails there, spoofed', () => {
    // The attacker's server handed the forgery to the reader's gateway: our SPF check at its
    // address fails like the box's at the gateway's, nothing disagrees, nothing is excused.
    const ctx = behindTrustedGateway();
    const a = ctx.analysis;
    a.origin = { ...a.origin, ip: '203.0.113.66', helo: 'mail.attacker.example', rdns: null };
    a.spf = { ...a.spf, result: 'fail', ip: '203.0.113.66', aligned: false };
    a.dmarc = { ...a.dmarc, result: 'fail', passedBy: [] };
    expect(disagreement(ctx)).toBeUndefined();
    expect(verdictOf(ctx).verdict).toBe('spoofed');
  });
});

// rw46-stalwart-behind-own-postfix-filter: no gateway trusted, but the box checked SPF at the inner
// address of its own filter, a hop the walk passed above the entry (lib/findings/provider.ts
// ownRelayJudged): that fail judged the reader's own relay, never the sender.
describe('provider-disagreement at the reader’s own relay', () => {
  const FILTER_IP = '10.46.0.2';
  const boxAr = (named: string, helo = 'out1.northbank.example') =>
    `Authentication-Results: mail.home.test; dkim=pass header.d=northbank.example header.s=sel1; spf=fail (mail.home.test: domain of alerts@northbank.example does not designate ${named} as permitted sender) smtp.mailfrom=alerts@northbank.example smtp.helo=${helo}; dmarc=pass header.from=northbank.example`;
  function behindOwnFilter(line: string): Ctx {
    const ctx = baseCtx();
    const a = ctx.analysis;
    const [entry, inner] = a.hops;
    a.hops = [
      {
        ...entry!,
        index: 0,
        helo: 'mx.home.test',
        rdns: 'mx.home.test',
        ip: FILTER_IP,
        by: 'mail.home.test',
        internal: true,
        line: `Received: from mx.home.test (mx.home.test [${FILTER_IP}]) by mail.home.test (Stalwart SMTP) with ESMTP id 1; Mon, 2 Mar 2026 10:00:06 +0000`,
      },
      { ...entry!, index: 1 },
      { ...inner!, index: 2 },
    ];
    a.origin = { ...a.origin, hopIndex: 1 };
    a.provider = {
      ...a.provider!,
      spf: 'fail',
      dkim: [{ result: 'pass', domain: 'northbank.example', selector: 'sel1' }],
      dmarc: { result: 'pass', policy: 'reject', domain: 'northbank.example' },
      lines: [line],
      proven: true,
    };
    return ctx;
  }

  it('the box’s SPF fail names its own filter’s inner address: a low note in its own words, authenticated', () => {
    const ctx = behindOwnFilter(boxAr(FILTER_IP));
    const f = disagreement(ctx);
    expect(f?.severity).toBe('low');
    expect(f?.detail).toContain('mx.home.test is a relay of your own mail system');
    expect(verdictOf(ctx).verdict).toBe('authenticated');
  });

  it.each([
    ['it names the origin’s address too', boxAr(`${FILTER_IP} or 198.51.100.7`)],
    ['the inner address only in the HELO the sender gave', boxAr('192.0.2.99', `[${FILTER_IP}]`)],
    ['the inner address of the sender’s own hop below the origin', boxAr('10.0.0.5')],
  ])('not where %s: the provider’s worse SPF counts (medium)', (_, line) => {
    expect(disagreement(behindOwnFilter(line))?.severity).toBe('medium');
  });
});
