// Which evidence may turn a hosted server into an email service provider: a spoofer on a rented
// VM writes whatever Return-Path it likes, so the envelope domain only counts once SPF passed.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns';
import { relayFacts } from '../../../lib/engine/relay-facts';
import { type Classifier, createClassifier } from '../../../lib/relay/classify';
import type { AnalyzeOptions, DkimCheck, SpfCheck } from '../../../lib/types';
import { loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';
import { scenario } from '../../helpers/scenarios';
import { baseCtx } from '../findings/build';

let classify: Classifier;
beforeAll(async () => {
  classify = createClassifier(await loadIpTablesFromDisk());
});

const VM = '20.1.2.3'; // Microsoft Azure, not a mail range

function facts(
  spf: Partial<SpfCheck>,
  opts: AnalyzeOptions = {},
  fromDomain: string | null = null,
  dkim: DkimCheck[] = [],
  ip = VM,
) {
  const base = baseCtx().analysis;
  const hops = [{ ...base.hops[0]!, ip }];
  return relayFacts({
    hops,
    originHop: { hopIndex: 0, ip, helo: 'vm-7', rdns: null },
    opts: { classifyIp: classify, ...opts },
    reverse: { name: null, confirmed: false },
    spf: { ...base.spf, ip, ...spf },
    dkim,
    fromDomain,
  }).origin;
}

describe('relay facts: envelope evidence', () => {
  it('a Return-Path at an ESP that SPF did not pass leaves the VM a hosted server', () => {
    for (const result of ['fail', 'softfail', 'neutral', 'none', 'temperror'] as const) {
      const origin = facts({ result, domain: 'sendgrid.net', envelopeFrom: 'bounce@sendgrid.net' });
      expect(origin).toMatchObject({
        esp: null,
        hostedServer: true,
        org: expect.stringContaining('Microsoft'),
      });
    }
  });

  it('an envelope domain SPF passed for names the ESP', () => {
    const origin = facts({ result: 'pass', domain: 'sendgrid.net', envelopeFrom: 'bounce@sendgrid.net' });
    expect(origin).toMatchObject({ esp: 'SendGrid', hostedServer: false });
  });

  it('the null sender’s HELO identity is not an envelope domain', () => {
    const origin = facts({ result: 'pass', domain: 'sendgrid.net', envelopeFrom: '' });
    expect(origin).toMatchObject({ esp: null, hostedServer: true });
  });
});

describe('relay facts: DKIM evidence', () => {
  const signed = (domain: string, result: DkimCheck['result'] = 'pass') =>
    ({ domain, selector: 's1', result, aligned: false }) as DkimCheck;
  const fail = { result: 'fail' as const, domain: 'northbank.example', envelopeFrom: 'x@northbank.example' };

  it('a customer’s own name under an ESP does not make the server the ESP', () => {
    // Mailgun's free sandbox signs what its user uploads, a trial tenant's Exchange Online signs
    // what it redirects; the signed message is then sent from the attacker's VM (probe24b).
    for (const d of ['sandbox0f3a.mailgun.org', 'attackertrial.onmicrosoft.com']) {
      expect(facts(fail, {}, null, [signed(d)]), d).toMatchObject({ esp: null, hostedServer: true });
    }
  });

  it('the ESP’s own platform signature on a dedicated cloud address does (real-mail round 29)', () => {
    // HubSpot on a dedicated Amazon address, Postmark on Google Cloud: a customer's bounce domain
    // (SPF passes for the customer) and the platform's own d= beside the customer's.
    const bounce = {
      result: 'pass' as const,
      domain: 'hs-bounces.acme.example',
      envelopeFrom: 'b@hs-bounces.acme.example',
    };
    for (const [d, esp] of [
      ['hubspotemail.net', 'HubSpot'],
      ['pm.mtasv.net', 'Postmark'],
      ['sendgrid.net', 'SendGrid'],
    ] as const) {
      expect(facts(bounce, {}, 'acme.example', [signed(d)]), d).toMatchObject({ hostedServer: false });
      expect(facts(bounce, {}, 'acme.example', [signed(d)]).esp, d).toContain(esp);
    }
  });

  it('…but not beside someone else’s envelope: a platform signature replays with the message (probe27)', () => {
    // The bank's notice sent through HubSpot, resent unchanged from the VM with the replayer's own
    // SPF-passing envelope; or no passing envelope at all.
    const replayer = { result: 'pass' as const, domain: 'mailer.example', envelopeFrom: 'x@mailer.example' };
    for (const d of ['hubspotemail.net', 'pm.mtasv.net', 'amazonses.com', 'mandrillapp.com']) {
      for (const spf of [replayer, fail])
        expect(facts(spf, {}, 'northbank.example', [signed(d)]), d).toMatchObject({
          esp: null,
          hostedServer: true,
        });
    }
  });

  it('off hosting networks a verified ESP signature still names the ESP; a failed one never does', () => {
    const isp = '198.51.100.7'; // no hosting network
    expect(facts(fail, {}, null, [signed('sendgrid.net')], isp)).toMatchObject({ esp: 'SendGrid' });
    expect(facts(fail, {}, null, [signed('sendgrid.net', 'fail')], isp)).toMatchObject({ esp: null });
  });
});

describe('relay facts: what an approval covers', () => {
  const pass = { result: 'pass' as const, domain: 'vendor.example', envelopeFrom: 'billing@vendor.example' };

  it('an approval kept without domains covers every message from the IP (older approvals, the CLI)', () => {
    for (const from of ['vendor.example', 'northbank.example', null]) {
      expect(facts(pass, { approvedServers: [VM] }, from)).toMatchObject({
        approved: true,
        hostedServer: false,
      });
    }
  });

  it('an approval given on a vendor’s mail covers that organisation only', () => {
    const opts = { approvedServers: [VM], approvedServerDomains: { [VM]: ['vendor.example'] } };
    for (const from of ['vendor.example', 'billing.vendor.example', 'VENDOR.example.']) {
      expect(facts(pass, opts, from), from).toMatchObject({ approved: true, hostedServer: false });
    }
    // The same shared host or recycled cloud address sending for someone else, whose SPF lists
    // it: still a hosted server, and a message without a From domain is not covered either.
    for (const from of ['northbank.example', 'vendor.example.attacker.example', 'vendorexample.com', null]) {
      expect(facts(pass, opts, from), String(from)).toMatchObject({ approved: false, hostedServer: true });
    }
  });

  it('neighbours under a private suffix are other owners', () => {
    const opts = { approvedServers: [VM], approvedServerDomains: { [VM]: ['vendor.github.io'] } };
    expect(facts(pass, opts, 'vendor.github.io')).toMatchObject({ approved: true });
    expect(facts(pass, opts, 'attacker.github.io')).toMatchObject({ approved: false, hostedServer: true });
  });

  it('approved for several organisations; domains listed for an IP that is not approved do nothing', () => {
    const opts = {
      approvedServers: [VM],
      approvedServerDomains: { [VM]: ['vendor.example', 'shop.example'], '192.0.2.1': ['northbank.example'] },
    };
    expect(facts(pass, opts, 'shop.example')).toMatchObject({ approved: true });
    expect(
      facts(pass, { approvedServerDomains: { [VM]: ['vendor.example'] } }, 'vendor.example'),
    ).toMatchObject({
      approved: false,
    });
  });
});

describe('an approval in a whole analysis', () => {
  // SPF authorises a whole Azure /11; the message comes from a VM in it (test/helpers/scenarios.ts).
  it('covers the sender it was given on, not another sender the same server passes SPF for', async () => {
    const sc = await scenario('suspicious');
    const run = (domains: string[] | undefined) =>
      analyzeMessage(sc.raw, {
        resolver: ZoneResolver.fromJson(sc.zone),
        trustedAuthservIds: [sc.authservId],
        classifyIp: classify,
        approvedServers: ['20.1.2.3'],
        ...(domains ? { approvedServerDomains: { '20.1.2.3': domains } } : {}),
      });
    const other = await run(['othervendor.example']);
    expect(other.origin).toMatchObject({ approved: false, hostedServer: true });
    expect(other.findings.map((f) => f.id)).toContain('hosted-server-relay');
    for (const domains of [['supplyco.example'], undefined]) {
      const own = await run(domains);
      expect(own.origin).toMatchObject({ approved: true, hostedServer: false });
      expect(own.findings.map((f) => f.id)).not.toContain('hosted-server-relay');
    }
  });
});

describe('approvedFor: one address however it is written (red-team round 222)', () => {
  it('matches an approval typed in full IPv6 form, and its scope, to the origin’s short form', async () => {
    const { approvedFor } = await import('../../../lib/engine/relay-facts');
    const long = '2001:0db8:0000:0000:0000:0000:0000:0025';
    const opts: AnalyzeOptions = {
      approvedServers: [long],
      approvedServerDomains: { [long]: ['partner.example'] },
    };
    expect(approvedFor('2001:db8::25', 'mail.partner.example', opts)).toBe(true);
    expect(approvedFor('2001:db8::25', 'stranger.example', opts)).toBe(false);
    expect(approvedFor('2001:db8::26', 'partner.example', opts)).toBe(false);
    expect(approvedFor('2001:DB8::25', 'partner.example', { approvedServers: ['2001:db8::25'] })).toBe(true);
  });
});

describe('curated hosting blocks the AS data misses (HOSTING_RANGES)', () => {
  it('files DigitalOcean’s droplet IPv6 and Tencent Cloud’s IPv6 as hosting, tables or not', () => {
    const bare = createClassifier(null);
    expect(bare('2604:a880:400:d1::7a:1001')?.hosting).toEqual({ provider: 'DigitalOcean' });
    expect(bare('2a03:b0c0:1:d0::1b:6001')?.hosting).toEqual({ provider: 'DigitalOcean' });
    expect(bare('2402:4e00:1013::1')?.hosting).toEqual({ provider: 'Tencent Cloud' });
    expect(bare('2001:db8::1')?.hosting).toBeNull();
  });
});

describe('blocks the clouds publish that the AS data misses (lib/relay/published-hosting.ts)', () => {
  it('files AWS’s European Sovereign Cloud, AWS China and Oracle’s blocks under Cox as hosting, never special-purpose space', async () => {
    const { publishedHosting } = await import('../../../lib/relay/published-hosting');
    const { parseIp } = await import('../../../lib/relay/address');
    const at = (ip: string) => publishedHosting(parseIp(ip)!);
    expect(at('2001:3fc3:800::25')).toBe('Amazon Web Services');
    expect(at('140.179.10.1')).toBe('Amazon Web Services');
    expect(at('158.247.96.1')).toBe('Oracle Cloud');
    // Vultr's geofeed lists the documentation blocks; scripts/hosting-ranges.ts leaves them out.
    for (const ip of ['192.0.2.143', '198.51.100.7', '203.0.113.5', '2001:db8::25', '10.0.0.1'])
      expect(at(ip)).toBeNull();
    const bare = createClassifier(null);
    expect(bare('140.179.10.1')?.hosting).toEqual({ provider: 'Amazon Web Services' });
  });
});
