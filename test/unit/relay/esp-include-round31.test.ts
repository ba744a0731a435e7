// Round 31 (test/corpus/legit/realworld31.ts): on a hosting network a platform's own signature also
// names the platform when SPF passed for the envelope through that platform's own record (an
// agency's or a group's bounce domain CNAME'd to HubSpot or Postmark); the matched term must be in
// the platform's record and be its own address space, not a replayer's ip4 beside the include.
import { describe, expect, it } from 'vitest';
import { relayFacts } from '../../../lib/engine/relay-facts';
import { espEvidence } from '../../../lib/relay/esp-evidence';
import type { AnalyzeOptions, DkimCheck, SpfCheck } from '../../../lib/types';

const onCloud = {
  rdns: null,
  rdnsConfirmed: false,
  dkimDomains: ['orchard-foods.example', 'hubspotemail.net'],
  hostingNetwork: true,
  fromDomain: 'orchard-foods.example',
  envelopeDomain: 'hs-bounces.brightline-agency.example',
};
const term = (record: string, mechanism: string) => ({ spfTerm: { record, mechanism } });

describe('espEvidence: an envelope passed by the platform’s own SPF record (rw31)', () => {
  it.each([
    ['HubSpot', '_spf.hubspotemail.net', 'ip4:3.120.1.0/24', 'hubspotemail.net'],
    ['Postmark', 'spf.mtasv.net', 'ip4:34.141.20.0/24', 'pm.mtasv.net'],
    ['Mailchimp / Mandrill', 'spf.mandrillapp.com', 'ip6:2001:db8:5::/48', 'mandrillapp.com'],
    ['Amazon SES', 'amazonses.com', '+ip4:54.240.8.0/24', 'amazonses.com'],
    ['HubSpot', '_spf.hubspotemail.net', 'a', 'hubspotemail.net'],
    ['HubSpot', '_spf.hubspotemail.net', 'a:out.hubspotemail.net/24', 'hubspotemail.net'],
    ['HubSpot', '_spf.hubspotemail.net', 'mx//64', 'hubspotemail.net'],
  ])('%s: %s %s names the platform', (esp, record, mechanism, d) => {
    expect(
      espEvidence({ ...onCloud, dkimDomains: ['orchard-foods.example', d], ...term(record, mechanism) }),
    ).toEqual({
      esp,
      via: 'dkim',
    });
  });

  it.each([
    ['the replayer’s own ip4 beside the include', 'attacker.example', 'ip4:3.80.1.2'],
    [
      'a cloud region’s block in the platform’s record (probe30)',
      '_spf.hubspotemail.net',
      'ip4:3.120.0.0/14',
    ],
    ['a whole /32 of IPv6 in the platform’s record', 'spf.mandrillapp.com', 'ip6:2001:db8::/32'],
    ['the agency’s own ip4', 'hs-bounces.brightline-agency.example', 'ip4:3.120.1.41'],
    ['an include term (no address space)', '_spf.hubspotemail.net', 'include:x.example'],
    ['all in the platform’s record', '_spf.hubspotemail.net', '+all'],
    ['exists: in the platform’s record', '_spf.hubspotemail.net', 'exists:%{i}.x.hubspotemail.net'],
    ['a: naming another owner’s host', '_spf.hubspotemail.net', 'a:vm.attacker.example'],
    ['a: with a macro', '_spf.hubspotemail.net', 'a:%{i}.hubspotemail.net'],
    ['a record no provider names', 'spf.hubspotemail.net.attacker.example', 'ip4:3.80.1.0/24'],
    ['a customer-named parent (Mailgun sandbox)', 'sandbox1f2e.mailgun.org', 'ip4:3.80.1.0/24'],
  ])('%s: no ESP evidence', (_, record, mechanism) => {
    expect(espEvidence({ ...onCloud, ...term(record, mechanism) })).toBeNull();
  });

  it('another platform’s record vouches for no one else’s signature', () => {
    expect(espEvidence({ ...onCloud, ...term('spf.mtasv.net', 'ip4:34.141.20.0/24') })).toBeNull();
  });

  it('without an SPF-passing envelope the term counts for nothing', () => {
    expect(
      espEvidence({ ...onCloud, envelopeDomain: null, ...term('_spf.hubspotemail.net', 'ip4:3.120.1.0/24') }),
    ).toBeNull();
  });

  it('a customer’s own d= under the platform is still no evidence', () => {
    expect(
      espEvidence({
        ...onCloud,
        dkimDomains: ['sandbox1f2e.mailgun.org'],
        ...term('_spf.mailgun.org', 'ip4:3.120.1.0/24'),
      }),
    ).toBeNull();
  });

  it('odd inputs are no evidence, never a TypeError', () => {
    for (const spfTerm of [
      null,
      { record: 5, mechanism: 'ip4:1.2.3.4' },
      { record: 'amazonses.com', mechanism: null },
    ])
      expect(espEvidence({ ...onCloud, spfTerm } as never)).toBeNull();
  });
});

describe('relayFacts: the include path decides (rw31 agency bounce domain vs probe27 replay)', () => {
  const ip = '3.120.1.41';
  const opts = {
    classifyIp: (x: string) =>
      x === ip ? { asn: 16509, org: 'Amazon', hosting: 'Amazon Web Services', esp: null } : null,
  } as unknown as AnalyzeOptions;
  const facts = (includePath: string[], mechanism: string | null) =>
    relayFacts({
      hops: [],
      originHop: { hopIndex: null, ip, helo: 'brightline-agency.hubspotemail.example', rdns: null },
      opts,
      reverse: { name: null, confirmed: false },
      spf: {
        result: 'pass',
        domain: includePath[0],
        envelopeFrom: `1bxq@${includePath[0]}`,
        mechanism,
        includePath,
      } as SpfCheck,
      dkim: [
        { result: 'pass', domain: 'orchard-foods.example' },
        { result: 'pass', domain: 'hubspotemail.net' },
      ] as DkimCheck[],
      fromDomain: 'orchard-foods.example',
    }).origin;

  it('through _spf.hubspotemail.net’s own ip4: HubSpot, no hosted server', () => {
    expect(
      facts(['hs-bounces.brightline-agency.example', '_spf.hubspotemail.net'], 'ip4:3.120.1.0/24'),
    ).toMatchObject({ esp: 'HubSpot', hostedServer: false });
  });
  it('the replayer’s record including the platform, matched on his own ip4: hosted', () => {
    expect(facts(['attacker.example'], 'ip4:3.120.1.41')).toMatchObject({ esp: null, hostedServer: true });
  });
  it('an unknown term: hosted', () => {
    expect(facts(['hs-bounces.brightline-agency.example', '_spf.hubspotemail.net'], null)).toMatchObject({
      esp: null,
      hostedServer: true,
    });
  });
});
