// Attacks on the trusted-gateway rule (issue 17 item 4), by a sender who has read lib/: the user
// trusts mimecast.com as the organisation's gateway, and the attacker wants the origin walk to go
// below its own hop, or a result it wrote (or forged) to count like the gateway's.
// Layouts and their sources: test/corpus/gateway-layouts.ts.
import { corpusKeys } from '../../helpers/corpus';
import { mimecastReceived, ptrName, RECEIVER, sealAs } from '../gateway-layouts';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';

const TRUST = ['--authserv-id', RECEIVER, '--trust-gateway', 'mimecast.com'];

const NORTHBANK = {
  'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
  'arc-2018._domainkey.mimecast.com': { TXT: [corpusKeys().rsaTxt] },
};

const PASS_RECORD =
  'relay.mimecast.com; dkim=pass header.d=northbank.example header.s=sel1; spf=pass smtp.mailfrom=bounce@northbank.example; dmarc=pass (policy=reject) header.from=northbank.example';

const phish = (subject: string) =>
  submitted({
    from: 'Northbank Security <security@northbank.example>',
    subject,
    body: 'Hello,\r\n\r\nConfirm your details at https://northbank-verify.example/login\r\n',
  });

export async function make(write: CaseWriter): Promise<void> {
  // 1. Direct to the organisation's server (skipping its MX), with a Mimecast hop written below.
  write('gw-fake-mimecast-hops-below-entry', {
    eml: onTop(
      phish('Unusual sign-in'),
      'Return-Path: <bounce@northbank.example>',
      `Authentication-Results: ${RECEIVER}; spf=fail smtp.mailfrom=northbank.example; dmarc=fail (p=REJECT) header.from=northbank.example`,
      received({ helo: 'vps-2291.cloudhost.example', ip: '203.0.113.50', by: RECEIVER }),
      `Authentication-Results: ${PASS_RECORD}`,
      mimecastReceived({ helo: 'mail.northbank.example', ip: '192.0.2.10', id: 'eu-mta-7-Fake0000001-1' }),
      received({
        helo: 'us-smtp-delivery-1.mimecast.com',
        rdns: 'us-smtp-delivery-1.mimecast.com',
        ip: '198.51.100.151',
        by: 'relay.mimecast.com',
      }),
    ),
    zone: NORTHBANK,
    meta: {
      about:
        "Deliver straight to the organisation's server and write, below its entry hop, a Mimecast hop from the bank's real server plus a Mimecast Authentication-Results claiming dmarc=pass, hoping the walk follows the gateway name down to 192.0.2.10",
      class: 'gateway-forged-hops',
      args: TRUST,
      expect: {
        verdict: 'spoofed',
        absentFindings: ['gateway-trusted', 'gateway-recorded-pass'],
        fields: { 'origin.ip': '203.0.113.50', gateway: null, 'provider.dmarc.result': 'fail' },
      },
    },
  });

  // 2. A spoof that really went through the user's trusted Mimecast: its sealed record says fail.
  const viaGateway = onTop(
    phish('Card blocked'),
    mimecastReceived({
      helo: 'vps-2291.cloudhost.example',
      ip: '203.0.113.50',
      id: 'eu-mta-9-Real0000002-1',
    }),
  );
  const sealedFail = await sealAs(viaGateway, {
    domain: 'mimecast.com',
    selector: 'arc-2018',
    cv: 'none',
    authResults:
      'relay.mimecast.com; dkim=none; spf=fail (relay.mimecast.com: domain of bounce@northbank.example does not designate 203.0.113.50 as permitted sender) smtp.mailfrom=bounce@northbank.example; dmarc=fail (policy=reject) header.from=northbank.example',
  });
  write('gw-spoof-through-trusted-gateway', {
    eml: onTop(
      sealedFail,
      'Return-Path: <bounce@northbank.example>',
      received({
        helo: 'eu-smtp-delivery-151.mimecast.com',
        rdns: 'eu-smtp-delivery-151.mimecast.com',
        ip: '198.51.100.151',
        by: RECEIVER,
      }),
    ),
    zone: {
      ...NORTHBANK,
      'eu-smtp-delivery-151.mimecast.com': { A: ['198.51.100.151'] },
      [ptrName('198.51.100.151')]: { PTR: ['eu-smtp-delivery-151.mimecast.com'] },
    },
    meta: {
      about:
        "Send the spoof through the victim organisation's own (trusted) Mimecast from a rented server: the gateway is trusted, so the walk goes below it to the attacker's server, and the gateway's sealed record says dmarc=fail",
      class: 'gateway-trusted-spoof',
      args: TRUST,
      expect: {
        verdict: 'spoofed',
        findings: ['gateway-trusted'],
        fields: {
          'origin.ip': '203.0.113.50',
          'gateway.trusted': true,
          'gateway.recordedDmarc': 'fail',
          'provider.dmarc.result': 'fail',
        },
      },
    },
  });

  // 3. A PTR under mimecast.com that does not lead back (a receiver that prints PTRs unconfirmed).
  write('gw-unconfirmed-mimecast-ptr', {
    eml: onTop(
      phish('Verify your account'),
      'Return-Path: <bounce@northbank.example>',
      received({
        helo: 'relay-7.mimecast.com',
        rdns: 'relay-7.mimecast.com',
        ip: '203.0.113.66',
        by: RECEIVER,
      }),
      `Authentication-Results: ${PASS_RECORD}`,
      mimecastReceived({ helo: 'mail.northbank.example', ip: '192.0.2.10', id: 'eu-mta-3-Fake0000003-1' }),
    ),
    zone: {
      ...NORTHBANK,
      [ptrName('203.0.113.66')]: { PTR: ['relay-7.mimecast.com'] },
      'relay-7.mimecast.com': { A: ['198.51.100.7'] },
    },
    meta: {
      about:
        'Set the PTR of a rented address to relay-7.mimecast.com (its forward record points elsewhere), then write a Mimecast hop from the bank’s real server and a placed dmarc=pass record below it',
      class: 'gateway-unconfirmed-name',
      args: TRUST,
      expect: {
        verdict: 'spoofed',
        absentFindings: ['gateway-trusted', 'gateway-untrusted', 'gateway-recorded-pass'],
        fields: { 'origin.ip': '203.0.113.66', gateway: null },
      },
    },
  });

  // 4. A seal claiming d=mimecast.com whose record was edited (dmarc=fail → pass): broken seal,
  //    delivered through the real trusted Mimecast, which seals i=2 with cv=fail.
  const forged = await sealAs(
    onTop(
      phish('Payment stopped'),
      mimecastReceived({
        helo: 'vps-2291.cloudhost.example',
        ip: '203.0.113.50',
        id: 'eu-mta-5-Mine0000004-1',
      }),
    ),
    {
      domain: 'mimecast.com',
      selector: 'arc-2018',
      cv: 'none',
      authResults:
        'relay.mimecast.com; spf=fail smtp.mailfrom=bounce@northbank.example; dmarc=fail header.from=northbank.example',
    },
  );
  const edited = forged.replace(
    /dmarc=fail header\.from=northbank\.example/,
    'dmarc=pass header.from=northbank.example',
  );
  const atGateway = onTop(
    edited,
    mimecastReceived({
      helo: 'vps-2291.cloudhost.example',
      ip: '203.0.113.50',
      id: 'eu-mta-9-Real0000004-1',
    }),
  );
  const resealed = await sealAs(atGateway, {
    domain: 'mimecast.com',
    selector: 'arc-2018',
    cv: 'fail',
    authResults:
      'relay.mimecast.com; dkim=none; spf=fail smtp.mailfrom=bounce@northbank.example; dmarc=fail (policy=reject) header.from=northbank.example; arc=fail',
  });
  write('gw-broken-mimecast-seal', {
    eml: onTop(
      resealed,
      'Return-Path: <bounce@northbank.example>',
      received({
        helo: 'eu-smtp-delivery-151.mimecast.com',
        rdns: 'eu-smtp-delivery-151.mimecast.com',
        ip: '198.51.100.151',
        by: RECEIVER,
      }),
    ),
    zone: {
      ...NORTHBANK,
      'eu-smtp-delivery-151.mimecast.com': { A: ['198.51.100.151'] },
      [ptrName('198.51.100.151')]: { PTR: ['eu-smtp-delivery-151.mimecast.com'] },
    },
    meta: {
      about:
        'Carry an earlier ARC set claiming d=mimecast.com whose record was edited to dmarc=pass (so its seal no longer verifies), and send it through the victim’s trusted Mimecast hoping the trusted sealer’s name carries the forged pass',
      class: 'gateway-forged-seal',
      args: TRUST,
      expect: {
        verdict: 'spoofed',
        absentFindings: ['arc-forwarded'],
        fields: { 'origin.ip': '203.0.113.50', 'gateway.trusted': true, 'arc.result': 'fail' },
      },
    },
  });

  // 5. The sender's OWN outbound Mimecast at the entry hop, untrusted: a spoof it relayed keeps
  //    Mimecast's sealed dmarc=fail, so recognising the gateway must not soften the verdict.
  const outbound = await sealAs(
    onTop(
      phish('Account review'),
      mimecastReceived({
        helo: 'vps-2291.cloudhost.example',
        ip: '203.0.113.50',
        id: 'us-mta-632-Out0000005-1',
      }),
    ),
    {
      domain: 'mimecast.com',
      selector: 'arc-2018',
      cv: 'none',
      authResults:
        'relay.mimecast.com; spf=fail smtp.mailfrom=bounce@northbank.example; dmarc=fail header.from=northbank.example',
    },
  );
  write('gw-untrusted-gateway-recorded-fail', {
    eml: onTop(
      outbound,
      'Return-Path: <bounce@northbank.example>',
      received({
        helo: 'us-smtp-delivery-124.mimecast.com',
        rdns: 'us-smtp-delivery-124.mimecast.com',
        ip: '198.51.100.124',
        by: RECEIVER,
      }),
    ),
    zone: {
      ...NORTHBANK,
      'us-smtp-delivery-124.mimecast.com': { A: ['198.51.100.124'] },
      [ptrName('198.51.100.124')]: { PTR: ['us-smtp-delivery-124.mimecast.com'] },
    },
    meta: {
      about:
        'Relay a spoof through a Mimecast account of ones own (an outbound gateway is also the entry hop) to a reader who has not trusted Mimecast, hoping the well-known gateway name softens the verdict',
      class: 'gateway-untrusted-fail',
      args: ['--authserv-id', RECEIVER],
      expect: {
        verdict: 'spoofed',
        findings: ['gateway-untrusted'],
        absentFindings: ['gateway-recorded-pass'],
        fields: { 'gateway.trusted': false, 'gateway.recordedDmarc': 'fail' },
      },
    },
  });
}
