// Which DMARC result counts (lib/findings/auth-state.ts dmarcState), for a copy that is not
// byte-exact, and the Microsoft 365 shared-SPF rule (sharedSpfOnly) behind the dmarc-pass row.
import { describe, expect, it } from 'vitest';
import { alignsWithFrom, dmarcState, sharedSpfOnly } from '../../../lib/findings/auth-state';
import { baseCtx, failAuth, verdictOf } from './build';

describe('dmarcState with a copy that is not byte-exact', () => {
  it('an aligned signature that failed on its body hash makes our fail unreliable', () => {
    const ctx = baseCtx();
    failAuth(ctx);
    ctx.options.notByteExact = true;
    expect(dmarcState(ctx)).toMatchObject({ result: 'fail', source: 'ours', unreliable: true });
  });

  it('no DKIM signature at all: re-encoding cannot explain the fail, it stands', () => {
    const ctx = baseCtx();
    failAuth(ctx);
    ctx.analysis.dkim = [];
    ctx.options.notByteExact = true;
    expect(dmarcState(ctx)).toMatchObject({ result: 'fail', unreliable: false });
    expect(verdictOf(ctx).verdict).toBe('spoofed');
  });

  it("only the sender's own unaligned signature broke: the fail stands", () => {
    const ctx = baseCtx();
    failAuth(ctx);
    ctx.analysis.dkim[0]!.domain = 'mailer.attacker.example';
    ctx.analysis.dkim[0]!.aligned = false;
    ctx.options.notByteExact = true;
    expect(dmarcState(ctx).unreliable).toBe(false);
    expect(verdictOf(ctx).verdict).toBe('spoofed');
  });

  it('an aligned key that is missing is not something re-encoding does: the fail stands', () => {
    const ctx = baseCtx();
    failAuth(ctx);
    ctx.analysis.dkim[0]!.cause = 'key-missing';
    ctx.options.notByteExact = true;
    expect(dmarcState(ctx).unreliable).toBe(false);
  });

  it("our check is unreliable, the provider's firm fail is used (it saw the original bytes)", () => {
    const ctx = baseCtx();
    failAuth(ctx);
    ctx.analysis.provider = {
      authservId: 'mx.mailhost.test',
      spf: 'fail',
      dkim: [],
      dmarc: { result: 'fail', policy: 'reject', domain: 'northbank.example' },
      arc: null,
      lines: [],
      proven: true,
      fromMismatch: [],
    };
    ctx.analysis.meta.notByteExact = true;
    expect(dmarcState(ctx)).toEqual({
      result: 'fail',
      source: 'provider',
      unreliable: false,
      policy: 'reject',
    });
    expect(verdictOf(ctx).verdict).toBe('spoofed');
  });

  it("our check is unreliable, the provider's firm pass is used", () => {
    const ctx = baseCtx();
    failAuth(ctx);
    ctx.analysis.provider = {
      authservId: 'mx.mailhost.test',
      spf: 'pass',
      dkim: [{ result: 'pass', domain: 'northbank.example', selector: 'sel1' }],
      dmarc: { result: 'pass', policy: 'reject', domain: 'northbank.example' },
      arc: null,
      lines: [],
      proven: true,
      fromMismatch: [],
    };
    ctx.options.notByteExact = true;
    expect(dmarcState(ctx)).toMatchObject({ result: 'pass', source: 'provider', unreliable: false });
  });
});

describe("sharedSpfOnly: SPF that rests on Microsoft 365's shared include", () => {
  function m365SpfOnly() {
    const ctx = baseCtx();
    const a = ctx.analysis;
    a.spf.includePath = ['northbank.example', 'spf.protection.outlook.com'];
    a.spf.mechanism = 'ip4:40.107.0.0/16';
    a.spf.ip = '40.107.92.55';
    a.dkim[0]!.domain = 'northbank.onmicrosoft.com';
    a.dkim[0]!.aligned = false;
    a.dmarc.passedBy = ['spf'];
    a.provider = null;
    return ctx;
  }

  it('a pass through spf.protection.outlook.com with only an onmicrosoft.com signature: unverified', () => {
    const ctx = m365SpfOnly();
    expect(sharedSpfOnly(ctx)).toBe('spf.protection.outlook.com');
    const v = verdictOf(ctx);
    expect(v.verdict).toBe('unverified');
    expect(v.summary).toContain("Microsoft 365's shared SPF");
  });

  it('with the domain’s own DKIM signature it is authenticated', () => {
    const ctx = m365SpfOnly();
    ctx.analysis.dkim[0]!.domain = 'northbank.example';
    ctx.analysis.dkim[0]!.aligned = true;
    expect(sharedSpfOnly(ctx)).toBeNull();
    expect(verdictOf(ctx).verdict).toBe('authenticated');
  });

  it("the domain's own SPF terms are not Microsoft's: authenticated as before", () => {
    const ctx = baseCtx();
    ctx.analysis.dkim = [];
    ctx.analysis.spf.includePath = ['northbank.example'];
    expect(sharedSpfOnly(ctx)).toBeNull();
    expect(verdictOf(ctx).verdict).toBe('authenticated');
  });
});

// Red-team round 4: Google Workspace's SMTP relay can let a tenant send for "any addresses" from
// the servers every tenant's SPF includes (probe4-google-shared-spf-other-tenant).
describe("sharedSpfOnly: SPF that rests on Google Workspace's shared include", () => {
  function googleSpfOnly(signer: string) {
    const ctx = baseCtx();
    const a = ctx.analysis;
    a.spf.includePath = ['northbank.example', '_spf.google.com'];
    a.spf.mechanism = 'ip4:209.85.128.0/17';
    a.spf.ip = '209.85.220.69';
    a.dkim[0]!.domain = signer;
    a.dkim[0]!.aligned = false;
    a.dmarc.passedBy = ['spf'];
    a.provider = null;
    return ctx;
  }

  it('another tenant’s default signature (attacker-example.….gappssmtp.com): unverified', () => {
    const ctx = googleSpfOnly('attacker-example.20230601.gappssmtp.com');
    expect(sharedSpfOnly(ctx)).toBe('_spf.google.com');
    const v = verdictOf(ctx);
    expect(v.verdict).toBe('unverified');
    expect(v.summary).toContain("Google Workspace's shared SPF");
  });

  it('through an older _netblocks record, with no signature at all: unverified', () => {
    const ctx = googleSpfOnly('x.example');
    ctx.analysis.dkim = [];
    ctx.analysis.spf.includePath = ['northbank.example', '_spf.google.com', '_netblocks2.google.com'];
    expect(sharedSpfOnly(ctx)).toBe('_netblocks2.google.com');
    expect(verdictOf(ctx).verdict).toBe('unverified');
  });

  it('the default signature of the domain’s own tenant: authenticated', () => {
    const ctx = googleSpfOnly('northbank-example.20230601.gappssmtp.com');
    expect(sharedSpfOnly(ctx)).toBeNull();
    expect(verdictOf(ctx).verdict).toBe('authenticated');
  });

  it('a subdomain From and the organisation’s tenant signature: not shared-only', () => {
    const ctx = googleSpfOnly('northbank-example.20161025.gappssmtp.com');
    ctx.analysis.from = { ...ctx.analysis.from!, domain: 'news.northbank.example' };
    expect(sharedSpfOnly(ctx)).toBeNull();
  });

  it('a look-alike of the tenant name is not the tenant', () => {
    expect(sharedSpfOnly(googleSpfOnly('northbank-example.20230601.gappssmtp.com.attacker.example'))).toBe(
      '_spf.google.com',
    );
    expect(sharedSpfOnly(googleSpfOnly('xnorthbank-example.20230601.gappssmtp.com'))).toBe('_spf.google.com');
  });

  // Red-team round 5: the tenant's name is its domain with dots as hyphens, which names one domain
  // only when there is one dot (probe5-google-default-signer-subdomain-collision, -suffix-collision).
  it('a name another registrable domain shares (mail-northbank.example, northbank-co.uk): unverified', () => {
    const sub = googleSpfOnly('mail-northbank-example.20230601.gappssmtp.com');
    sub.analysis.from = { ...sub.analysis.from!, domain: 'mail.northbank.example' };
    expect(sharedSpfOnly(sub)).toBe('_spf.google.com');
    expect(verdictOf(sub).verdict).toBe('unverified');
    const uk = googleSpfOnly('northbank-co-uk.20230601.gappssmtp.com');
    uk.analysis.from = { ...uk.analysis.from!, domain: 'northbank.co.uk' };
    expect(sharedSpfOnly(uk)).toBe('_spf.google.com');
  });
});

// Real-mail round 9: hosting companies' mail relays (GoDaddy, MailChannels, IONOS, Oracle Cloud
// Email Delivery) are recognised by their names; their SPF includes are every customer's, so an
// SPF-only pass through one is "unverified" (rw9-godaddy-secureserver-spf-only-outlook).
describe("sharedSpfOnly: SPF that rests on a hosting company's shared include", () => {
  function hostingSpfOnly(path: string[]) {
    const ctx = baseCtx();
    const a = ctx.analysis;
    a.spf.includePath = path;
    a.spf.mechanism = 'ip4:68.178.252.0/24';
    a.spf.ip = '68.178.252.20';
    a.dkim = [];
    a.dmarc.passedBy = ['spf'];
    a.provider = null;
    return ctx;
  }

  it('GoDaddy, MailChannels (through the host’s own record), IONOS, Oracle: unverified, the provider named', () => {
    for (const [path, owner] of [
      [['northbank.example', 'secureserver.net'], 'GoDaddy'],
      [['northbank.example', 'netblocks.dreamhost.com', 'relay.mailchannels.net'], 'MailChannels'],
      [['northbank.example', '_spf-eu.ionos.com'], 'IONOS'],
      [['northbank.example', 'eu.rp.oracleemaildelivery.com'], 'Oracle Cloud Email Delivery'],
      // Real-mail round 51: mailbox providers whose includes every customer shares.
      [['northbank.example', 'spf.mail.qq.com', 'spf-b.mail.qq.com'], 'Tencent'],
      [['northbank.example', '_spf.yandex.net'], 'Yandex'],
      [['northbank.example', 'mx.ovh.com'], 'OVHcloud'],
      [['northbank.example', '_spf.aruba.it'], 'Aruba'],
    ] as const) {
      const ctx = hostingSpfOnly([...path]);
      expect(sharedSpfOnly(ctx)).toBe(path[path.length - 1]);
      const v = verdictOf(ctx);
      expect(v.verdict).toBe('unverified');
      expect(v.summary).toContain(`Only ${owner}'s shared SPF`);
    }
  });

  it('the domain’s own signature ties the pass to it: authenticated', () => {
    const ctx = hostingSpfOnly(['northbank.example', 'secureserver.net']);
    ctx.analysis.dkim = baseCtx().analysis.dkim;
    expect(sharedSpfOnly(ctx)).toBeNull();
    expect(verdictOf(ctx).verdict).toBe('authenticated');
  });

  it('names that only end like the shared records are not them', () => {
    for (const name of [
      'secureserver.net.attacker.example',
      'notsecureserver.net',
      'relay.mailchannels.net.evil.example',
      'mx.ovh.com.attacker.example',
      'notqq.com',
      '_spf.aruba.it.evil.example',
    ])
      expect(sharedSpfOnly(hostingSpfOnly(['northbank.example', name]))).toBeNull();
  });
});

// Red-team round 9: the platform's addresses copied into the domain's own record (SPF flattening)
// pass for every customer as the include does; the relay says whose they are.
describe('sharedSpfOnly: a flattened record of a shared platform', () => {
  function flattened(esp: string, from = 'northbank.example') {
    const ctx = baseCtx();
    const a = ctx.analysis;
    a.from = { ...a.from!, domain: from, address: `alerts@${from}` };
    a.spf.includePath = [from];
    a.spf.domain = from;
    a.spf.mechanism = 'ip4:209.85.128.0/17';
    a.dkim = [];
    a.dmarc.passedBy = ['spf'];
    a.provider = null;
    a.origin = { ...a.origin, esp };
    return ctx;
  }

  it("Google's or Microsoft's relay passing through the domain's own ip4 terms: unverified, the platform named", () => {
    const g = flattened('Google Workspace / Gmail');
    expect(sharedSpfOnly(g)).toBe('northbank.example');
    expect(verdictOf(g).verdict).toBe('unverified');
    expect(verdictOf(g).summary).toContain("Google Workspace's shared SPF");
    expect(verdictOf(flattened('Microsoft 365')).verdict).toBe('unverified');
  });

  it("the platform's own domain (outlook.com through Exchange Online), or another ESP: not shared", () => {
    expect(sharedSpfOnly(flattened('Microsoft 365', 'outlook.com'))).toBeNull();
    // Real-mail round 51: the providers' own mail domains through their own relays.
    expect(sharedSpfOnly(flattened('QQ Mail / Tencent Exmail', 'qq.com'))).toBeNull();
    expect(sharedSpfOnly(flattened('QQ Mail / Tencent Exmail', 'foxmail.com'))).toBeNull();
    expect(sharedSpfOnly(flattened('Yandex Mail', 'yandex.ru'))).toBeNull();
    expect(sharedSpfOnly(flattened('QQ Mail / Tencent Exmail'))).toBe('northbank.example');
    expect(sharedSpfOnly(flattened('Amazon SES'))).toBeNull();
  });
});

describe('alignsWithFrom: relaxed alignment by owners (red-team rounds 184 and 185)', () => {
  it('aligns a tenant’s or a FreeDNS user’s own names, not a neighbour’s under the same parent', () => {
    expect(alignsWithFrom('harlowfinance.onmicrosoft.com', 'harlowfinance.onmicrosoft.com')).toBe(true);
    expect(alignsWithFrom('attacker.onmicrosoft.com', 'harlowfinance.onmicrosoft.com')).toBe(false);
    expect(alignsWithFrom('mail.harbor-rowing.mooo.com', 'harbor-rowing.mooo.com')).toBe(true);
    expect(alignsWithFrom('harbor-rowing-club.mooo.com', 'harbor-rowing.mooo.com')).toBe(false);
    expect(alignsWithFrom('news.northbank.example', 'northbank.example')).toBe(true);
  });

  it('aligns nothing but its own name with a From that is a shared zone itself', () => {
    expect(alignsWithFrom('afraid.org', 'afraid.org')).toBe(true);
    expect(alignsWithFrom('dns-notice.afraid.org', 'afraid.org')).toBe(false);
  });
});
