// Red-team round 30: an SPF term holding a cloud region's block is passed by every tenant there,
// so as evidence of who sent (a platform's own space, a look-alike's twin) only a narrow term counts.
import { describe, expect, it } from 'vitest';
import { espEvidence } from '../../../lib/relay/esp-evidence';
import { narrowAddressTerm, widenedHostTerm } from '../../../lib/relay/narrow-term';

describe('narrowAddressTerm', () => {
  it.each([
    'ip4:192.0.2.7',
    '+ip4:192.0.2.0/24',
    'ip4:192.0.2.8/29',
    'ip6:2001:db8::1',
    '~ip6:2001:db8:5::/48',
    'ip6:2001:db8::/64',
  ])('%s is narrow', (t) => expect(narrowAddressTerm(t)).toBe(true));
  it.each([
    'ip4:3.120.0.0/14',
    'ip4:209.85.128.0/17',
    'ip4:0.0.0.0/0',
    'ip6:2001:db8::/32',
    'ip6:2002::/16',
    'ip4:192.0.2.0/33',
    'a',
    'mx',
    'include:_spf.example.com',
    `ip4:${'1'.repeat(100)}`,
  ])('%s is not', (t) => expect(narrowAddressTerm(t)).toBe(false));
});

describe('widenedHostTerm (probe31: a/mx with a prefix, RFC 7208 §5.6 dual-cidr)', () => {
  it.each(['a/14', 'a:out.hubspotemail.net/14', 'mx/14//48', '+mx:example.com/16', 'a//32', 'mx/24//40'])(
    '%s widens its hosts',
    (t) => expect(widenedHostTerm(t)).toBe(true),
  );
  it.each([
    'a',
    'mx',
    'a:out.hubspotemail.net',
    'a/24',
    'mx/28//64',
    'a:host.example/32//128',
    'ip4:3.120.0.0/14',
    'include:x.example',
  ])('%s does not', (t) => expect(widenedHostTerm(t)).toBe(false));
  it('a platform’s record widening a host over the cloud names no platform for a VM there', () => {
    expect(
      espEvidence({
        rdns: null,
        rdnsConfirmed: false,
        dkimDomains: ['northbank.example', 'hubspotemail.net'],
        hostingNetwork: true,
        fromDomain: 'northbank.example',
        envelopeDomain: 'hs-bounces.northbank.example',
        spfTerm: { record: '_spf.hubspotemail.net', mechanism: 'a:out.hubspotemail.net/14' },
      }),
    ).toBeNull();
  });
});

describe('espEvidence on a hosting network with a broad SPF pass (probe30)', () => {
  const replay = {
    rdns: null,
    rdnsConfirmed: false,
    dkimDomains: ['northbank.example', 'hubspotemail.net'],
    hostingNetwork: true,
    fromDomain: 'northbank.example',
  };
  it('the bank’s own bounce domain passed through a /14 of the cloud: no ESP, the VM stays hosted', () => {
    const ev = {
      ...replay,
      envelopeDomain: 'hs-bounces.northbank.example',
      spfTerm: { record: '_spf.hubspotemail.net', mechanism: 'ip4:3.120.0.0/14' },
    };
    expect(espEvidence(ev)).toBeNull();
    // The same through a /24 the platform lists is the platform's.
    expect(espEvidence({ ...ev, spfTerm: { ...ev.spfTerm, mechanism: 'ip4:3.120.1.0/24' } })).toEqual({
      esp: 'HubSpot',
      via: 'dkim',
    });
  });
  it('an envelope at the platform’s own domain passed through a broad block names no ESP either', () => {
    const ev = {
      ...replay,
      envelopeDomain: 'bounce.hubspotemail.net',
      spfTerm: { record: '_spf.hubspotemail.net', mechanism: 'ip4:3.120.0.0/14' },
    };
    expect(espEvidence(ev)).toBeNull();
    expect(espEvidence({ ...ev, hostingNetwork: false })).toEqual({ esp: 'HubSpot', via: 'envelope' });
  });
});
