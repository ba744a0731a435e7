// Organisational domains (lib/dns/registrable.ts): the PSL's ICANN section, plus the second-level
// registries of its private section (REGISTRY_SUFFIXES), whose names are sold to anyone, one
// registrant each (probe58: northbank.uk.com against the reader's northbank.co.uk).
import { describe, expect, it } from 'vitest';
import {
  icannOnlyDomain,
  icannPublicSuffix,
  isRegistryZone,
  ownerDomain,
  pslDomain,
  REGISTRY_SUFFIXES,
  registrableDomain,
  registrableLabel,
  sameOwner,
  sameRegistrableDomain,
  userZoneOf,
} from '../../../lib/dns/registrable';
import { orgDomain, orgLabel, sameOrg } from '../../../lib/findings/domains';

describe('registry zones are suffixes', () => {
  it('a name under uk.com is its registrant’s own domain, named by its own label', () => {
    expect(registrableDomain('mail.northbank.uk.com')).toBe('northbank.uk.com');
    expect(registrableLabel('mail.northbank.uk.com')).toBe('northbank');
    expect(icannPublicSuffix('mail.northbank.uk.com')).toBe('uk.com');
    expect(orgDomain('NorthBank.UK.com.')).toBe('northbank.uk.com');
    expect(orgLabel('wellsfargo.us.com')).toBe('wellsfargo');
  });

  it('two registrants under one zone are two organisations', () => {
    expect(sameOrg('northbank.uk.com', 'attacker.uk.com')).toBe(false);
    expect(sameRegistrableDomain('a.northbank.uk.com', 'b.northbank.uk.com')).toBe(true);
    expect(sameOrg('bounce.northbank.uk.com', 'northbank.uk.com')).toBe(true);
  });

  it('the zone itself has no registrable domain, like any public suffix', () => {
    expect(registrableDomain('uk.com')).toBeNull();
    expect(registrableLabel('uk.com')).toBeNull();
    expect(icannPublicSuffix('uk.com')).toBeNull();
  });

  it('a zone with country zones of its own in the PSL (eu.org) takes the PSL’s answer', () => {
    expect(registrableDomain('mx.northbank.fr.eu.org')).toBe('northbank.fr.eu.org');
    expect(registrableLabel('mx.northbank.fr.eu.org')).toBe('northbank');
    expect(registrableDomain('northbank.eu.org')).toBe('northbank.eu.org');
  });

  it('hosting platforms of the private section stay their operator’s (judged as the platform)', () => {
    expect(REGISTRY_SUFFIXES.has('github.io')).toBe(false);
    expect(registrableDomain('northbank.github.io')).toBe('github.io');
    expect(registrableDomain('northbank.github.io', { privateSuffixes: true })).toBe('northbank.github.io');
  });

  it('the ICANN section is read as before', () => {
    expect(registrableDomain('mail.paypal.co.uk')).toBe('paypal.co.uk');
    expect(registrableLabel('mail.paypal.co.uk')).toBe('paypal');
    expect(icannPublicSuffix('mail.paypal.co.uk')).toBe('co.uk');
    // .com itself: uk.com is a name under com to the ICANN section, a zone to us.
    expect(registrableDomain('www.example.com')).toBe('example.com');
  });
});

describe('zones whose holders are owners of their own (red-team rounds 184 and 185)', () => {
  it('makes each Microsoft 365 tenant, FreeDNS user and Azure label an organisation', () => {
    expect(ownerDomain('harlowfinance.onmicrosoft.com')).toBe('harlowfinance.onmicrosoft.com');
    expect(sameOwner('harlowfinance.onmicrosoft.com', 'harlowfinance-billing.onmicrosoft.com')).toBe(false);
    expect(ownerDomain('contoso.mail.onmicrosoft.com')).toBe('contoso.onmicrosoft.com');
    expect(sameOwner('contoso.mail.onmicrosoft.com', 'contoso.onmicrosoft.com')).toBe(true);
    expect(sameOwner('contoso.mail.onmicrosoft.com', 'fabrikam.onmicrosoft.com')).toBe(false);
    expect(ownerDomain('x.contoso.mail.partner.onmschina.cn')).toBe('contoso.partner.onmschina.cn');
    expect(sameOwner('mail.harbor-rowing.mooo.com', 'harbor-rowing.mooo.com')).toBe(true);
    expect(sameOwner('harbor-rowing.mooo.com', 'harbor-rowing-club.mooo.com')).toBe(false);
    expect(ownerDomain('vm1.westeurope.cloudapp.azure.com')).toBe('vm1.westeurope.cloudapp.azure.com');
    expect(ownerDomain('Office.ASUSCOMM.com.')).toBe('office.asuscomm.com');
  });

  it("makes each Azure Communication Services managed domain its own holder's (red-team round 226)", () => {
    const clinic = '5f3c2a9e-7b1d-4e8a-9c0f-2d6b8e4a1c37.azurecomm.net';
    const attacker = 'a1b2c3d4-0000-4e8a-9c0f-2d6b8e4a1c99.azurecomm.net';
    expect(ownerDomain(clinic)).toBe(clinic);
    expect(sameOwner(clinic, attacker)).toBe(false);
    expect(ownerDomain('azurecomm.net')).toBeNull();
  });

  it('leaves the zones themselves without an owner and other names to the PSL', () => {
    expect(userZoneOf('onmicrosoft.com')).toBeNull();
    expect(ownerDomain('onmicrosoft.com')).toBeNull();
    expect(ownerDomain('westeurope.cloudapp.azure.com')).toBeNull();
    expect(userZoneOf('mail.example.com')).toBeUndefined();
    expect(ownerDomain('mail.example.com')).toBe('example.com');
    expect(ownerDomain('alice.github.io')).toBe('alice.github.io');
    // The ICANN view is unchanged: the look-alike and brand rules still see mooo.com.
    expect(registrableDomain('harbor-rowing.mooo.com')).toBe('mooo.com');
  });
});

describe('com.be, a registry zone the PSL does not list (real-mail round 181)', () => {
  it('each registrant is an organisation of its own; the PSL alone joins them', () => {
    expect(sameOwner('amazon.com.be', 'amazon-levering.com.be')).toBe(false);
    expect(ownerDomain('order-update.amazon.com.be')).toBe('amazon.com.be');
    expect(registrableDomain('amazon.com.be')).toBe('amazon.com.be');
    expect(pslDomain('amazon.com.be')).toBe('com.be');
    expect(pslDomain('alice.github.io')).toBe('alice.github.io');
  });
});

describe('unlisted registry zones and the ICANN-only reading (red-team round 192)', () => {
  it('the registry zones the PSL does not list, and its private second levels, are registry zones', () => {
    for (const [name, org] of [
      ['mail.northbank.co.ee', 'northbank.co.ee'],
      ['northbank.com.ne', 'northbank.com.ne'],
      ['x.northbank.com.mz', 'northbank.com.mz'],
      ['northbank.it.com', 'northbank.it.com'],
      ['a.b.ar.com', 'b.ar.com'],
    ] as const) {
      expect(registrableDomain(name), name).toBe(org);
      expect(ownerDomain(name), name).toBe(org);
    }
    expect(sameOwner('northbank.co.ee', 'northbank-secure.co.ee')).toBe(false);
    expect(sameOwner('northbank.ar.com', 'northbank-pay.ar.com')).toBe(false);
    expect(isRegistryZone('co.ee')).toBe(true);
    expect(ownerDomain('co.ee')).toBeNull();
    // A public suffix of that shape is no registrant's zone (yahoo.co.jp is Yahoo Japan's).
    expect(isRegistryZone('co.jp')).toBe(false);
    expect(registrableDomain('mail.yahoo.co.jp')).toBe('yahoo.co.jp');
    expect(isRegistryZone('google.com')).toBe(false);
    // A list, not a pattern: info.nl and net.hr are one firm's own (real-mail round 184).
    expect(registrableDomain('notifications.info.nl')).toBe('info.nl');
    expect(sameOwner('notifications.info.nl', 'info.nl')).toBe(true);
    expect(ownerDomain('mail.net.hr')).toBe('net.hr');
    expect(sameOwner('northbank.co.dk', 'northbank-pay.co.dk')).toBe(false);
  });

  it('icannOnlyDomain reads the ICANN section alone, as a DMARC check without the private section does', () => {
    expect(icannOnlyDomain('northbank.us.com')).toBe('us.com');
    expect(pslDomain('northbank.us.com')).toBe('northbank.us.com');
    expect(icannOnlyDomain('Mail.Google.com.')).toBe('google.com');
  });
});
