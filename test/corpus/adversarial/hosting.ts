// Issue 16 item 9: rented servers outside the old hand-picked clouds. The attacker rents a VPS at
// Datacamp (AS60068, CDN77's network) or STRATO (AS6724), networks the curated list never named,
// and sends as a domain whose SPF authorises that space broadly. SPF and DMARC pass, so before the
// hosting set was built from a public data-centre list these read "authenticated". Real addresses
// from those networks (the corpus may use real ranges for relay intelligence); the domains are
// RFC 2606 names. Every case runs with DNS from its zone.

import { RECEIVER } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';

const AR = (spf: string, domain: string) =>
  `Authentication-Results: ${RECEIVER}; spf=${spf} smtp.mailfrom=${domain}; dkim=none; dmarc=${spf === 'pass' ? 'pass' : 'fail'} (p=REJECT) header.from=${domain}`;

/** A supplier whose mail domain has p=reject and the given SPF record. */
function supplierZone(
  domain: string,
  spf: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    [domain]: { TXT: [spf] },
    [`_dmarc.${domain}`]: { TXT: ['v=DMARC1; p=reject'] },
    ...extra,
  };
}

export async function make(write: CaseWriter): Promise<void> {
  // Datacamp: the supplier once had a server in 46.151.192.0/21 and listed the whole block.
  write('host-datacamp-ip4-block', {
    eml: onTop(
      submitted({
        from: 'Globex Accounts <accounts@globex-supply.example>',
        subject: 'Updated bank details for invoice 4471',
      }),
      'Return-Path: <accounts@globex-supply.example>',
      AR('pass', 'globex-supply.example'),
      received({ helo: 'mail.globex-supply.example', ip: '46.151.193.10', by: RECEIVER }),
    ),
    zone: supplierZone('globex-supply.example', 'v=spf1 ip4:46.151.192.0/21 -all'),
    meta: {
      about:
        'A VPS rented at Datacamp (AS60068) inside the /21 a supplier’s SPF lists: SPF and DMARC pass for the supplier',
      class: 'hosting-network',
      args: ['--authserv-id', RECEIVER],
      expect: {
        verdict: 'suspicious',
        findings: ['hosted-server-relay', 'broad-spf'],
        fields: {
          'origin.ip': '46.151.193.10',
          'origin.asn': 60068,
          'origin.hosting.provider': 'Datacamp Limited',
          'origin.hostedServer': true,
          'dmarc.result': 'pass',
        },
      },
    },
  });

  // STRATO through an include: the supplier's web agency publishes its customers' SPF and lists
  // the whole STRATO /16 its servers live in.
  write('host-strato-include-block', {
    eml: onTop(
      submitted({
        from: 'Initech Billing <billing@initech-parts.example>',
        subject: 'Overdue payment reminder',
      }),
      'Return-Path: <billing@initech-parts.example>',
      AR('pass', 'initech-parts.example'),
      received({ helo: 'h2875431.stratoserver.net', ip: '85.214.132.117', by: RECEIVER }),
    ),
    zone: supplierZone('initech-parts.example', 'v=spf1 mx include:_spf.webagency.example -all', {
      '_spf.webagency.example': { TXT: ['v=spf1 ip4:85.214.0.0/16 ~all'] },
      'initech-parts.example': {
        TXT: ['v=spf1 mx include:_spf.webagency.example -all'],
        MX: [{ exchange: 'mx.initech-parts.example', priority: 10 }],
      },
      'mx.initech-parts.example': { A: ['192.0.2.25'] },
    }),
    meta: {
      about:
        'A rented STRATO server (AS6724) inside the /16 a web agency’s included SPF lists for all its customers',
      class: 'hosting-network',
      args: ['--authserv-id', RECEIVER],
      expect: {
        verdict: 'suspicious',
        findings: ['hosted-server-relay', 'broad-spf'],
        fields: {
          'origin.asn': 6724,
          'origin.hosting.provider': 'Strato AG',
          'origin.esp': null,
          'spf.result': 'pass',
          'dmarc.result': 'pass',
        },
      },
    },
  });

  // STRATO again, against a record that ends in +all: anyone anywhere passes.
  write('host-strato-plus-all', {
    eml: onTop(
      submitted({ from: 'Hooli HR <hr@hooli-staff.example>', subject: 'Salary adjustment letter' }),
      'Return-Path: <hr@hooli-staff.example>',
      AR('pass', 'hooli-staff.example'),
      received({ helo: 'vps.hooli-staff.example', ip: '81.169.145.10', by: RECEIVER }),
    ),
    zone: supplierZone('hooli-staff.example', 'v=spf1 a mx +all'),
    meta: {
      about: 'A STRATO VPS sending for a domain whose SPF ends in +all',
      class: 'hosting-network',
      args: ['--authserv-id', RECEIVER],
      expect: {
        verdict: 'suspicious',
        findings: ['hosted-server-relay', 'broad-spf'],
        fields: { 'origin.hosting.provider': 'Strato AG', 'spf.breadth.kind': 'all' },
      },
    },
  });

  // No policy at all: nothing authenticates, and the relay is a rented Datacamp server.
  write('host-datacamp-no-policy', {
    eml: onTop(
      submitted({ from: 'Parcel Desk <desk@parcel-notice.example>', subject: 'Your parcel is on hold' }),
      'Return-Path: <desk@parcel-notice.example>',
      received({ helo: 'localhost', ip: '37.19.193.5', by: RECEIVER }),
    ),
    zone: { 'parcel-notice.example': { A: ['192.0.2.80'] } },
    meta: {
      about: 'A throwaway domain with no SPF, DKIM or DMARC, sent from a Datacamp VPS',
      class: 'hosting-network',
      args: ['--authserv-id', RECEIVER],
      expect: {
        verdict: 'suspicious',
        findings: ['hosted-server-relay'],
        fields: { 'origin.hosting.provider': 'Datacamp Limited', 'origin.hostedServer': true },
      },
    },
  });

  // The attacker read providers-esp.ts: STRATO's own relays are an ESP by their *.smtp.rzone.de
  // name. Their VPS's reverse DNS (which STRATO lets customers set) claims such a name, and the
  // receiver records it; but rzone.de's forward records do not lead back, so it is no relay.
  write('host-strato-fake-relay-name', {
    eml: onTop(
      submitted({ from: 'Globex Accounts <accounts@globex-supply.example>', subject: 'Remittance advice' }),
      'Return-Path: <accounts@globex-supply.example>',
      AR('pass', 'globex-supply.example'),
      received({
        helo: 'mo4-p09-ob.smtp.rzone.de',
        rdns: 'mo4-p09-ob.smtp.rzone.de',
        ip: '85.214.132.118',
        by: RECEIVER,
      }),
    ),
    zone: supplierZone('globex-supply.example', 'v=spf1 ip4:85.214.0.0/16 -all', {
      '118.132.214.85.in-addr.arpa': { PTR: ['mo4-p09-ob.smtp.rzone.de'] },
      'mo4-p09-ob.smtp.rzone.de': { A: ['85.215.255.59'] },
    }),
    meta: {
      about:
        'A STRATO VPS whose PTR claims to be one of STRATO’s mail relays (*.smtp.rzone.de) to pass as an email service',
      class: 'hosting-network',
      args: ['--authserv-id', RECEIVER],
      expect: {
        verdict: 'suspicious',
        findings: ['hosted-server-relay', 'broad-spf'],
        fields: { 'origin.esp': null, 'origin.hosting.provider': 'Strato AG' },
      },
    },
  });
}
