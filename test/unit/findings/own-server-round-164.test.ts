// The From domain's own server after red-team round 164 (lib/findings/hosted-server.ts
// ownServerEvidence): organisations are told apart with the PSL's private section (a CNAME from
// relay.<firm>.co.pl into smtp.<vendor>.co.pl leaves the firm), and a sole primary MX whose CNAME
// leads into a zone where anyone may take a name no longer proves the server (a domain that only
// sends may leave it dangling).
import { describe, expect, it } from 'vitest';
import { ownerDomain, registrableDomain } from '../../../lib/dns/registrable';
import { orgDomain } from '../../../lib/findings/domains';
import { inOpenZone } from '../../../lib/message/receiver-hosts';
import { analyseNamed } from '../../helpers/pinned-corpus';

const hosted = (findings: Array<{ id: string; severity: string }>) =>
  findings.filter((f) => f.id === 'hosted-server-relay').map((f) => f.severity);

describe('owners under registry zones of the PSL’s private section', () => {
  it('two registrants under co.pl, pp.ua, msk.ru are two owners', () => {
    for (const zone of ['co.pl', 'pp.ua', 'msk.ru']) {
      expect(ownerDomain(`relay.firm.${zone}`)).toBe(`firm.${zone}`);
      expect(ownerDomain(`smtp.vendor.${zone}`)).not.toBe(ownerDomain(`relay.firm.${zone}`));
    }
    expect(ownerDomain('Mail.Firm.Example.')).toBe('firm.example');
    // And every rule that compares organisations without the private section (orgDomain) tells
    // them apart too: they are registries (REGISTRY_SUFFIXES), as CentralNic's uk.com is.
    for (const zone of ['co.pl', 'pp.ua', 'msk.ru', 'com.ru', 'spb.su']) {
      expect(orgDomain(`mail.firm.${zone}`)).toBe(`firm.${zone}`);
      expect(registrableDomain(zone)).toBeNull();
    }
    expect(ownerDomain('co.pl')).toBeNull();
  });

  it('zones where anyone takes a name are open; a firm’s own name is not', () => {
    expect(inOpenZone('hl164-vm.westeurope.cloudapp.azure.com')).toBe(true);
    expect(inOpenZone('legacy.cloudapp.net')).toBe(true);
    expect(inOpenZone('myhome.duckdns.org')).toBe(true);
    // A registry's zone is like a top-level domain: a name there is registered, not taken.
    expect(inOpenZone('smtp.vendor.co.pl')).toBe(false);
    expect(inOpenZone('mail.firm.example')).toBe(false);
    expect(inOpenZone('vps-1a2b3c4d.vps.ovh.net')).toBe(
      registrableDomain('vps-1a2b3c4d.vps.ovh.net') !== ownerDomain('vps-1a2b3c4d.vps.ovh.net'),
    );
    expect(inOpenZone('ec2-3-120-1-2.eu-central-1.compute.amazonaws.com')).toBe(
      registrableDomain('ec2-3-120-1-2.eu-central-1.compute.amazonaws.com') !==
        ownerDomain('ec2-3-120-1-2.eu-central-1.compute.amazonaws.com'),
    );
  });
});

describe('the forgeries round 164 built, beside their controls', () => {
  it('a relay CNAMEd to a lapsed vendor’s re-registered co.pl / pp.ua / msk.ru name is not the firm’s', async () => {
    for (const name of [
      'adversarial/r164-box-co-pl-relay-cname-to-lapsed-vendor-domain-reregistered',
      'adversarial/r164-gmail-pp-ua-relay-cname-to-lapsed-vendor-domain-reregistered',
      'adversarial/r164-outlook-msk-ru-relay-cname-to-lapsed-vendor-domain-reregistered',
    ]) {
      const a = await analyseNamed(name);
      expect(a.verdict, name).toBe('suspicious');
      expect(hosted(a.findings), name).toEqual(['medium']);
    }
    const own = await analyseNamed('adversarial/r164-box-co-pl-relay-own-a-record-control');
    expect(own.verdict).toBe('authenticated');
    expect(hosted(own.findings)).toEqual(['low']);
  });

  it('a send-only domain’s sole MX into a re-claimed Azure label proves nothing, nor does a live one', async () => {
    const attack = await analyseNamed(
      'adversarial/r164-box-send-only-billing-domain-sole-mx-dangling-azure-label',
    );
    expect(attack.verdict).toBe('suspicious');
    expect(hosted(attack.findings)).toEqual(['medium']);
    const genuine = await analyseNamed('legit/realworld159-box-azure-exchange2019-sole-mx-cname-unsigned');
    expect(genuine.verdict).toBe('suspicious');
    expect(genuine.dmarc.result).toBe('pass');
  });
});

describe('offline, a list hosting service’s own server (real-mail round 163)', () => {
  it('is low on the provider’s record of the list host’s signature, medium without it', async () => {
    const { hostedServerRule } = await import('../../../lib/findings/hosted-server');
    const { parseMessage } = await import('../../../lib/message/parse');
    const { readFileSync } = await import('node:fs');
    const name = 'legit/w163-gmail-groupsio-author-signature-stripped-pnone-linode-relay';
    const a = await analyseNamed(name);
    expect(a.mode).toBe('offline');
    expect(a.verdict).toBe('unverified');
    const eml = readFileSync(new URL(`../../fixtures/${name}/message.eml`, import.meta.url));
    const severity = (x: typeof a) =>
      hostedServerRule({ analysis: x, message: parseMessage(eml), options: {} }).map((f) => f.severity);
    expect(severity(a)).toEqual(['low']);
    const unsigned = { ...a, provider: { ...a.provider!, dkim: [] } };
    expect(severity(unsigned)).toEqual(['medium']);
    const elsewhere = { ...a, origin: { ...a.origin, rdns: 'vps-12.linode-customer.example' } };
    expect(severity(elsewhere)).toEqual(['medium']);
  });
});
