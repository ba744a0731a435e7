// hosted-server-relay and broad-spf, driven by the real classifier over a hand-made analysis
// (test/unit/findings/build.ts): a supplier whose SPF lists a whole Azure /11.
import { beforeAll, describe, expect, it } from 'vitest';
import { broadSpfRule } from '../../../lib/findings/broad-spf';
import { hostedServerRule } from '../../../lib/findings/hosted-server';
import { type Classifier, createClassifier, isHostedServer } from '../../../lib/relay/classify';
import { spfBreadth } from '../../../lib/relay/spf-breadth';
import { loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';
import { baseCtx, type Ctx, failAuth, header, setFrom, verdictOf } from '../findings/build';

let classify: Classifier;
beforeAll(async () => {
  classify = createClassifier(await loadIpTablesFromDisk());
});

const RECORD = 'v=spf1 ip4:20.0.0.0/11 include:spf.protection.outlook.com -all';

/** The supplier's message, sent from `ip`, SPF matched by `mechanism`. */
function supplierMail(ip: string, mechanism: string, approved = false): Ctx {
  const ctx = baseCtx();
  const a = ctx.analysis;
  const line = `Received: from vm-7 (unknown [${ip}]) by mx1.mailhost.test with ESMTPS id x1; Mon, 2 Mar 2026 10:00:05 +0000`;
  a.hops[0] = { ...a.hops[0]!, ip, line, rdns: null, helo: 'vm-7' };
  const cls = classify(ip)!;
  a.origin = {
    ...a.origin,
    ...cls,
    ip,
    helo: 'vm-7',
    rdns: null,
    approved,
    hostedServer: isHostedServer(cls, approved),
  };
  a.spf = { ...a.spf, domain: 'supplyco.example', ip, mechanism, includePath: ['supplyco.example'] };
  a.dns = [{ name: 'supplyco.example', type: 'TXT', answer: [[RECORD]] }];
  a.spf.breadth = spfBreadth(a.spf, a.dns, classify);
  return ctx;
}

describe('hosted-server-relay', () => {
  it('names the provider, the exact IP and the ASN, quoting the Received line', () => {
    const ctx = supplierMail('20.1.2.3', 'ip4:20.0.0.0/11');
    const [f] = hostedServerRule(ctx);
    expect(f).toBeDefined();
    expect(f!.id).toBe('hosted-server-relay');
    expect(f!.severity).toBe('medium');
    expect(f!.title).toContain('Microsoft Azure');
    expect(f!.title).toContain('20.1.2.3');
    expect(f!.detail).toContain('AS8075');
    expect(f!.evidence).toEqual([ctx.analysis.hops[0]!.line]);
  });
  it('is silent for an approved server', () => {
    expect(hostedServerRule(supplierMail('20.1.2.3', 'ip4:20.0.0.0/11', true))).toEqual([]);
  });
  it('is silent for an ESP inside a cloud (EOP in Azure) and for an ordinary network', () => {
    expect(hostedServerRule(supplierMail('40.107.1.1', 'ip4:40.107.0.0/16'))).toEqual([]);
    expect(hostedServerRule(supplierMail('12.96.58.10', 'ip4:12.96.58.0/24'))).toEqual([]);
  });
});

/**
 * The From domain's own server on a cloud (legit corpus rw-groupsio-munged-from: groups.io's list
 * servers on Linode). `rdns` is the name the receiver recorded; `ptr` and `forward` what DNS said.
 */
function ownServer(
  rdns: string,
  dns: { ptr?: string; forward?: string } = { ptr: rdns, forward: '20.1.2.3' },
  mechanism = 'ip4:20.1.2.3',
): Ctx {
  const ctx = supplierMail('20.1.2.3', mechanism);
  const a = ctx.analysis;
  a.origin = { ...a.origin, rdns };
  a.spf = { ...a.spf, domain: 'northbank.example', result: 'pass', aligned: true };
  a.dns = [
    ...(dns.ptr ? [{ name: '3.2.1.20.in-addr.arpa', type: 'PTR' as const, answer: [dns.ptr] }] : []),
    ...(dns.forward ? [{ name: rdns, type: 'A' as const, answer: [dns.forward] }] : []),
  ];
  return ctx;
}

describe('hosted-server-relay: the From domain’s own server', () => {
  it('DMARC passes for the From domain and the server’s forward-confirmed name is inside it: low', () => {
    const [f] = hostedServerRule(ownServer('mail02.northbank.example'));
    expect(f!.severity).toBe('low');
    expect(f!.evidence).toContain('PTR 3.2.1.20.in-addr.arpa: mail02.northbank.example');
    expect(f!.evidence).toContain('A mail02.northbank.example: 20.1.2.3');
  });

  it.each([
    [
      'a PTR naming the bank whose A record is elsewhere',
      () => ownServer('mail.northbank.example', { ptr: 'mail.northbank.example', forward: '192.0.2.1' }),
    ],
    [
      'a name only the Received line gives (no PTR answer)',
      () => ownServer('mail.northbank.example', { forward: '20.1.2.3' }),
    ],
    [
      'a PTR that names another host',
      () => ownServer('mail.northbank.example', { ptr: 'vm-7.cloud.example', forward: '20.1.2.3' }),
    ],
    [
      'the attacker’s own confirmed name, the bank’s DMARC passing through a broad SPF',
      () => ownServer('vm.evil.example', undefined, 'ip4:20.0.0.0/11'),
    ],
  ])('%s: medium', (_, make) => {
    expect(hostedServerRule(make())[0]!.severity).toBe('medium');
  });

  it('a narrow SPF term alone (one shared-hosting address) does not lower it', () => {
    const ctx = ownServer('server17.sharedhost.example', undefined, 'ip4:20.1.2.3');
    expect(hostedServerRule(ctx)[0]!.severity).toBe('medium');
  });

  it('DMARC not passing, or offline: medium even with the domain’s own confirmed name', () => {
    const fail = ownServer('mail02.northbank.example');
    fail.analysis.dmarc.result = 'fail';
    expect(hostedServerRule(fail)[0]!.severity).toBe('medium');
    const offline = ownServer('mail02.northbank.example');
    offline.analysis.mode = 'offline';
    // On a cloud that sets a reverse name only once its forward record holds the address, beside the
    // provider's own dmarc=pass and aligned DKIM pass, the provider's printed name is the domain's
    // (real-mail round 173, Zoom); without either, or on a hoster that sets any name, medium stays.
    const cloud = (provider: string) => ({ ...offline.analysis.origin.hosting!, provider });
    offline.analysis.origin = { ...offline.analysis.origin, hosting: cloud('Amazon Web Services') };
    expect(hostedServerRule(offline)[0]!.severity).toBe('low');
    offline.analysis.origin = { ...offline.analysis.origin, hosting: cloud('DigitalOcean') };
    expect(hostedServerRule(offline)[0]!.severity).toBe('medium');
    offline.analysis.origin = { ...offline.analysis.origin, hosting: cloud('Microsoft Azure') };
    offline.analysis.provider = { ...offline.analysis.provider!, dmarc: null };
    expect(hostedServerRule(offline)[0]!.severity).toBe('medium');
  });

  it('a sibling under a private public suffix is another organisation', () => {
    const ctx = ownServer('vm.bob.github.io');
    setFrom(ctx, 'Alice', 'alice@alice.github.io');
    expect(hostedServerRule(ctx)[0]!.severity).toBe('medium');
    const own = ownServer('mx.alice.github.io');
    setFrom(own, 'Alice', 'alice@alice.github.io');
    expect(hostedServerRule(own)[0]!.severity).toBe('low');
  });
});

describe('hosted-server-relay: a mailing list’s own server (rw64, groups.io on Linode)', () => {
  /** The author's post through a list whose changes were undone; the list's server `rdns`. */
  function listPost(rdns: string, id = 'main.northbank-users.groups.io', envelope = 'groups.io') {
    const ctx = ownServer(rdns);
    const a = ctx.analysis;
    failAuth(ctx);
    a.spf = { ...a.spf, domain: envelope, result: 'pass', aligned: false };
    a.dkim[0] = {
      ...a.dkim[0]!,
      result: 'fail',
      aligned: true,
      listRestore: {
        subjectTag: '[main] ',
        removedHeaders: [],
        footerBytes: 80,
        footerPreview: 'Group links',
        footerHosts: [],
        footerDisguisedLinks: [],
      },
    };
    ctx.message.headers.push(
      header('List-Id', `<${id}>`, 97),
      header('List-Post', `<mailto:main@${id.split('.').slice(1).join('.')}>`, 98),
    );
    return ctx;
  }

  it('a list hosting service’s domain passed SPF and the server’s confirmed name is its: low, not rented', () => {
    const ctx = listPost('mail02.groups.io');
    expect(hostedServerRule(ctx)[0]!.severity).toBe('low');
    expect(verdictOf(ctx)).toMatchObject({ verdict: 'unverified', rule: 'changed-by-list' });
  });

  it('a server named elsewhere, the list’s domain not authenticated, or no list changes undone: medium', () => {
    const elsewhere = listPost('vm-7.cloud.example');
    expect(hostedServerRule(elsewhere)[0]!.severity).toBe('medium');
    expect(verdictOf(elsewhere).verdict).toBe('suspicious');
    const other = listPost('mail02.groups.io', 'main.northbank-users.groups.io', 'bounces.other.example');
    expect(hostedServerRule(other)[0]!.severity).toBe('medium');
    // A list on a rented server of its own proves only records its runner wrote (probe69).
    const own = listPost(
      'mail.lists.attacker.example',
      'notices.lists.attacker.example',
      'lists.attacker.example',
    );
    expect(hostedServerRule(own)[0]!.severity).toBe('medium');
    expect(verdictOf(own).verdict).toBe('suspicious');
    const plain = listPost('mail02.groups.io');
    plain.analysis.dkim[0]!.listRestore = undefined;
    expect(hostedServerRule(plain)[0]!.severity).toBe('medium');
  });
});

describe('broad-spf', () => {
  it('a /11 of Azure: 2,097,152 addresses, medium when the mail came from a VM there', () => {
    const ctx = supplierMail('20.1.2.3', 'ip4:20.0.0.0/11');
    expect(ctx.analysis.spf.breadth).toMatchObject({
      addresses: 2_097_152,
      hosting: [{ provider: 'Microsoft Azure', addresses: 2_097_152 }],
      esp: null,
    });
    const [f] = broadSpfRule(ctx);
    expect(f!.id).toBe('broad-spf');
    expect(f!.severity).toBe('medium');
    expect(f!.title).toBe(
      'SPF for supplyco.example authorises 2,097,152 Microsoft Azure addresses; anyone renting a server there passes',
    );
    expect(f!.detail).toContain('20.1.2.3');
    expect(f!.evidence).toContain(`TXT supplyco.example: ${RECORD}`);
  });
  it('says the counts are floors when the worker did not load the IP data for all of the space', () => {
    const ctx = supplierMail('20.1.2.3', 'ip4:20.0.0.0/11');
    const complete = broadSpfRule(ctx)[0]!;
    expect(complete.detail).not.toContain('only part');
    ctx.analysis.spf.breadth!.hostingIncomplete = true;
    const [f] = broadSpfRule(ctx);
    expect(f!.title).toBe(complete.title);
    expect(f!.detail).toContain(
      'These counts cover only part of the authorised space: HeaderLens did not load the network data for the rest',
    );
    expect(f!.message?.detail).toBeDefined();
    // +all counts nothing, so it has nothing to call a floor.
    const all = supplierMail('73.1.2.3', 'all');
    all.analysis.spf.breadth!.hostingIncomplete = true;
    expect(broadSpfRule(all)[0]!.detail).not.toContain('only part');
  });
  it('low when the origin in that space is a server the user approved', () => {
    const [f] = broadSpfRule(supplierMail('20.1.2.3', 'ip4:20.0.0.0/11', true));
    expect(f!.severity).toBe('low');
  });
  it("an ESP's own range (EOP 40.107.0.0/16) is not broad", () => {
    const ctx = supplierMail('40.107.1.1', 'ip4:40.107.0.0/16');
    expect(ctx.analysis.spf.breadth?.esp).toBe('Microsoft 365');
    expect(broadSpfRule(ctx)).toEqual([]);
  });
  it('one server of your own on a cloud (a /32) is not broad', () => {
    expect(broadSpfRule(supplierMail('3.85.17.200', 'ip4:3.85.17.200'))).toEqual([]);
  });
  /** The same mail with no signature: SPF alone vouches. */
  const unsigned = (ctx: Ctx): Ctx => {
    ctx.analysis.dkim = [];
    return ctx;
  };
  it('+all lets everyone pass', () => {
    const [f] = broadSpfRule(unsigned(supplierMail('73.1.2.3', 'all')));
    expect(f!.severity).toBe('medium');
    expect(f!.title).toContain('every server');
    // Beside the domain's own aligned signature from a server that is not rented, the breadth does
    // not bear on the message (realworld148): low; from a rented server it still let it in.
    expect(broadSpfRule(supplierMail('73.1.2.3', 'all'))[0]!.severity).toBe('low');
    expect(broadSpfRule(supplierMail('20.1.2.3', 'all'))[0]!.severity).toBe('medium');
  });
  it('a term wider than any one network (ip4:0.0.0.0/1) is medium like +all, from any origin', () => {
    // The bank's record "ip4:0.0.0.0/1 ip4:128.0.0.0/1 -all" lets every server pass without +all.
    const ctx = unsigned(supplierMail('73.1.2.3', 'ip4:0.0.0.0/1'));
    const [f] = broadSpfRule(ctx);
    expect(f!.severity).toBe('medium');
    expect(f!.title).toBe(
      'SPF for supplyco.example authorises 2,147,483,648 addresses (ip4:0.0.0.0/1): almost any server passes',
    );
    // The worker loads only part of the hosting data for such a term: same finding, same words.
    ctx.analysis.spf.breadth = { ...ctx.analysis.spf.breadth!, hosting: [], hostingIncomplete: true };
    expect(broadSpfRule(ctx)).toEqual([f]);
    // A /11 of Azure seen from an ordinary network stays low: one cloud's block, not everyone.
    expect(broadSpfRule(supplierMail('73.1.2.3', 'ip4:20.0.0.0/11'))[0]!.severity).toBe('low');
  });
  it('nothing when SPF did not pass', () => {
    const ctx = supplierMail('20.1.2.3', 'ip4:20.0.0.0/11');
    ctx.analysis.spf.result = 'fail';
    expect(broadSpfRule(ctx)).toEqual([]);
  });
});

describe('spf breadth of a/mx terms reads the DNS log', () => {
  it('mx/24 with two MX hosts on EC2 counts two /24 blocks of AWS space', () => {
    const b = spfBreadth(
      {
        ...baseCtx().analysis.spf,
        domain: 'supplyco.example',
        ip: '3.85.17.200',
        mechanism: 'mx/24',
        includePath: ['supplyco.example'],
      },
      [
        {
          name: 'supplyco.example',
          type: 'MX',
          answer: [
            { exchange: 'mx1.supplyco.example', priority: 10 },
            { exchange: 'mx2.supplyco.example', priority: 20 },
          ],
        },
        { name: 'mx1.supplyco.example', type: 'A', answer: ['3.85.17.200'] },
        { name: 'mx2.supplyco.example', type: 'A', answer: ['3.85.18.9'] },
      ],
      classify,
    );
    expect(b).toMatchObject({
      kind: 'mx',
      blocks: ['3.85.17.0/24', '3.85.18.0/24'],
      addresses: 512,
      hosting: [{ provider: 'Amazon Web Services', addresses: 512 }],
    });
  });
  it('a term whose answers are not in the log has unknown breadth', () => {
    const b = spfBreadth({ ...baseCtx().analysis.spf, mechanism: 'a:gone.example' }, [], classify);
    expect(b).toMatchObject({ kind: 'a', addresses: null, blocks: [] });
  });
  it('an IPv6 /32 of AWS', () => {
    const b = spfBreadth(
      { ...baseCtx().analysis.spf, ip: '2600:1f18::1', mechanism: 'ip6:2600:1f18::/32' },
      [],
      classify,
    );
    expect(b?.addresses).toBe(2 ** 96);
    expect(b?.hosting[0]?.provider).toBe('Amazon Web Services');
  });
});
