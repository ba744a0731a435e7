// Real mail behind an organisation's inbound gateway (issue 17 item 4): the gateway checks the
// sender, rewrites links (breaking the sender's DKIM body hash) and hands the message to the
// organisation's own server. Trusted with --trust-gateway, the origin is the real sender; left
// untrusted, a well-known gateway's sealed record of a pass keeps it from being called spoofed.
// Layouts and their sources: test/corpus/gateway-layouts.ts.
import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { mimecastReceived, ptrName, RECEIVER, rewriteBody, sealAs } from '../gateway-layouts';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';

const NORTHBANK_ZONE = {
  'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  'sel1._domainkey.northbank.example': { TXT: [corpusKeys().rsaTxt] },
  '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
  'mail.northbank.example': { A: ['192.0.2.10'] },
  [ptrName('192.0.2.10')]: { PTR: ['mail.northbank.example'] },
};

/** Northbank's statement through the reader's Mimecast, which rewrote the link and sealed what it saw. */
async function mimecastInbound(): Promise<{ eml: string; zone: Record<string, unknown> }> {
  const signed = await signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      subject: 'Your November statement',
      body: 'Hello,\r\n\r\nYour statement is ready: https://northbank.example/statements/2026-11\r\n',
    }),
    { domain: 'northbank.example', selector: 'sel1' },
  );
  const atGateway = onTop(
    signed,
    mimecastReceived({ helo: 'mail.northbank.example', ip: '192.0.2.10', id: 'eu-mta-12-Xq1bN4pDMkOcz-1' }),
  );
  const rewritten = rewriteBody(
    atGateway,
    'https://northbank.example/statements/2026-11',
    'https://url.uk.m.mimecastprotect.com/s/Xq1bN4pDMk?domain=northbank.example',
  );
  const sealed = await sealAs(rewritten, {
    domain: 'mimecast.com',
    selector: 'arc-2018',
    cv: 'none',
    authResults:
      'relay.mimecast.com; dkim=pass header.d=northbank.example header.s=sel1; spf=pass (relay.mimecast.com: domain of bounce@northbank.example designates 192.0.2.10 as permitted sender) smtp.mailfrom=bounce@northbank.example; dmarc=pass (policy=reject) header.from=northbank.example',
  });
  const eml = onTop(
    sealed,
    'Return-Path: <bounce@northbank.example>',
    `Authentication-Results: ${RECEIVER}; spf=fail smtp.mailfrom=northbank.example; dkim=fail (body hash did not verify) header.d=northbank.example; dmarc=fail (p=REJECT) header.from=northbank.example; arc=pass`,
    received({
      helo: 'eu-smtp-delivery-151.mimecast.com',
      rdns: 'eu-smtp-delivery-151.mimecast.com',
      ip: '198.51.100.151',
      by: RECEIVER,
    }),
  );
  return {
    eml,
    zone: {
      ...NORTHBANK_ZONE,
      'arc-2018._domainkey.mimecast.com': { TXT: [corpusKeys().rsaTxt] },
      'eu-smtp-delivery-151.mimecast.com': { A: ['198.51.100.151'] },
      [ptrName('198.51.100.151')]: { PTR: ['eu-smtp-delivery-151.mimecast.com'] },
    },
  };
}

export async function make(write: CaseWriter): Promise<void> {
  const mimecast = await mimecastInbound();
  write('gw-mimecast-links-trusted', {
    ...mimecast,
    meta: {
      about:
        "The reader's organisation receives through Mimecast, which rewrote the statement's link (the bank's DKIM body hash breaks) and sealed its record of the bank's SPF/DKIM/DMARC pass; the user trusts mimecast.com as its gateway",
      class: 'inbound-gateway',
      args: ['--authserv-id', RECEIVER, '--trust-gateway', 'mimecast.com'],
      expect: {
        verdict: 'authenticated',
        findings: ['gateway-trusted'],
        absentFindings: ['arc-untrusted-sealer'],
        fields: {
          'origin.ip': '192.0.2.10',
          'spf.result': 'pass',
          'gateway.trusted': true,
          'gateway.name': 'Mimecast',
          'provider.dmarc.result': 'pass',
        },
      },
    },
  });
  // Decision (documented in the report): untrusted, a well-known gateway's own sealed record of a
  // DMARC pass is not "authenticated" (the user has not said it is theirs), but it explains the
  // failure the way a trusted ARC seal does: never "spoofed".
  write('gw-mimecast-links-untrusted', {
    ...mimecast,
    meta: {
      about:
        'The same Mimecast-rewritten statement, but the user has not (yet) trusted Mimecast: the popup asks, and meanwhile the gateway’s sealed record of a pass keeps it from being called spoofed',
      class: 'inbound-gateway',
      args: ['--authserv-id', RECEIVER],
      expect: {
        notVerdict: ['spoofed', 'authenticated'],
        findings: ['gateway-untrusted', 'gateway-recorded-pass'],
        fields: {
          'origin.ip': '198.51.100.151',
          'gateway.trusted': false,
          'gateway.name': 'Mimecast',
          'gateway.offer': 'mimecast.com',
        },
      },
    },
  });

  // Proofpoint (PPS/PoD): trusted by its network, URL Defense rewrote the link, d=pphosted.com seal.
  const supply = await signCorpus(
    submitted({
      from: 'SupplyCo Billing <billing@supplyco.example>',
      subject: 'Invoice 4471',
      body: 'Hello,\r\n\r\nInvoice 4471 is at https://portal.supplyco.example/inv/4471\r\n',
    }),
    { domain: 'supplyco.example', selector: 's2026' },
  );
  const atPps = onTop(
    supply,
    'Received: from mail.supplyco.example (mail.supplyco.example [192.0.2.20])\r\n\tby mx0b-00123401.pphosted.com (PPS) with ESMTPS id 4abcd12345-1\r\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT)\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:03 +0000',
  );
  const ppsSealed = await sealAs(
    rewriteBody(
      atPps,
      'https://portal.supplyco.example/inv/4471',
      'https://urldefense.com/v3/__https://portal.supplyco.example/inv/4471__;!!ABC123!xyz$',
    ),
    {
      domain: 'pphosted.com',
      selector: 'arcselector',
      cv: 'none',
      authResults:
        'mx0b-00123401.pphosted.com; dkim=pass header.d=supplyco.example header.s=s2026; spf=pass smtp.mailfrom=billing@supplyco.example; dmarc=pass header.from=supplyco.example',
    },
  );
  write('gw-proofpoint-network-trusted', {
    eml: onTop(
      ppsSealed,
      'Return-Path: <billing@supplyco.example>',
      received({ helo: 'mx0b-00123401.pphosted.com', ip: '198.51.100.34', by: RECEIVER }),
    ),
    zone: {
      'supplyco.example': { TXT: ['v=spf1 ip4:192.0.2.20 -all'] },
      's2026._domainkey.supplyco.example': { TXT: [corpusKeys().rsaTxt] },
      '_dmarc.supplyco.example': { TXT: ['v=DMARC1; p=quarantine'] },
      'arcselector._domainkey.pphosted.com': { TXT: [corpusKeys().rsaTxt] },
    },
    meta: {
      about:
        "An invoice through the reader's Proofpoint (PPS), trusted by the network it connects from; URL Defense rewrote the link after Proofpoint checked the sender",
      class: 'inbound-gateway',
      args: ['--authserv-id', RECEIVER, '--trust-gateway', '198.51.100.0/26'],
      expect: {
        verdict: 'authenticated',
        findings: ['gateway-trusted'],
        fields: { 'origin.ip': '192.0.2.20', 'spf.result': 'pass', 'gateway.trusted': true },
      },
    },
  });

  // Barracuda Email Gateway Defense: from its published 209.222.80.0/21, the receiver recorded no
  // confirmed name; Barracuda left the body alone, so the sender's own DKIM and SPF both pass.
  const vendor = await signCorpus(
    submitted({ from: 'Vendor Support <support@vendor.example>', subject: 'Ticket 2291 updated' }),
    { domain: 'vendor.example', selector: 'k1' },
  );
  write('gw-barracuda-range-trusted', {
    eml: onTop(
      vendor,
      'Return-Path: <support@vendor.example>',
      received({ helo: 'd209-222-82-10.ess.barracudanetworks.com', ip: '209.222.82.10', by: RECEIVER }),
      'X-Barracuda-Spam-Score: 0.00',
      'Received: from mail.vendor.example (mail.vendor.example [192.0.2.30]) by mx1.ess.barracudanetworks.com with ESMTP id Vw3TtQ9uX1; Fri, 20 Nov 2026 10:00:02 +0000 (UTC)',
    ),
    zone: {
      'vendor.example': { TXT: ['v=spf1 ip4:192.0.2.30 -all'] },
      'k1._domainkey.vendor.example': { TXT: [corpusKeys().rsaTxt] },
      '_dmarc.vendor.example': { TXT: ['v=DMARC1; p=reject'] },
    },
    meta: {
      about:
        "A vendor's ticket update through the reader's Barracuda, trusted by Barracuda's published range 209.222.80.0/21",
      class: 'inbound-gateway',
      args: ['--authserv-id', RECEIVER, '--trust-gateway', '209.222.80.0/21'],
      expect: {
        verdict: 'authenticated',
        fields: { 'origin.ip': '192.0.2.30', 'gateway.trusted': true, 'gateway.name': 'Barracuda' },
      },
    },
  });

  // Cisco Secure Email Cloud Gateway (esa…iphmx.com): trusted by domain (forward-confirmed name).
  // The newsletter goes out through an ESP (envelope at the ESP: SPF unaligned), DKIM is the
  // only aligned identifier and Cisco's URL rewriting broke it after Cisco recorded the pass, in a
  // header placed above its own Received (placement: UNCONFIRMED from public material).
  const news = await signCorpus(
    submitted({
      from: 'Museum News <news@museum.example>',
      subject: 'Winter exhibitions',
      body: 'Hello,\r\n\r\nSee what is on: https://museum.example/winter\r\n',
    }),
    { domain: 'museum.example', selector: 'esp1' },
  );
  const atCisco = onTop(
    news,
    'Received: from o1.esp-mail.example (o1.esp-mail.example [192.0.2.40]) by esa3.hc1234-56.iphmx.com with ESMTP; 20 Nov 2026 10:00:03 +0000',
  );
  const ciscoOut = rewriteBody(
    atCisco,
    'https://museum.example/winter',
    'https://secure-web.cisco.com/1AbCdEf/https%3A%2F%2Fmuseum.example%2Fwinter',
  );
  write('gw-cisco-domain-trusted', {
    eml: onTop(
      ciscoOut,
      'Return-Path: <bounces+1234@esp-mail.example>',
      received({
        helo: 'esa3.hc1234-56.iphmx.com',
        rdns: 'esa3.hc1234-56.iphmx.com',
        ip: '198.51.100.77',
        by: RECEIVER,
      }),
      'Authentication-Results: esa3.hc1234-56.iphmx.com; spf=Pass smtp.mailfrom=bounces+1234@esp-mail.example; dkim=pass (signature verified) header.i=@museum.example; dmarc=pass (p=quarantine dis=none) d=museum.example header.from=museum.example',
      'X-IronPort-RemoteIP: 192.0.2.40',
    ),
    zone: {
      'esp-mail.example': { TXT: ['v=spf1 ip4:192.0.2.40 -all'] },
      'esp1._domainkey.museum.example': { TXT: [corpusKeys().rsaTxt] },
      '_dmarc.museum.example': { TXT: ['v=DMARC1; p=quarantine'] },
      'esa3.hc1234-56.iphmx.com': { A: ['198.51.100.77'] },
      [ptrName('198.51.100.77')]: { PTR: ['esa3.hc1234-56.iphmx.com'] },
    },
    meta: {
      about:
        'A museum newsletter sent through an ESP (DKIM the only aligned identifier) to an organisation behind Cisco Secure Email, whose link rewriting broke the signature after Cisco recorded dmarc=pass',
      class: 'inbound-gateway',
      args: ['--authserv-id', RECEIVER, '--trust-gateway', 'iphmx.com'],
      expect: {
        verdict: 'authenticated',
        findings: ['gateway-trusted'],
        fields: {
          'origin.ip': '192.0.2.40',
          'gateway.trusted': true,
          'provider.dmarc.result': 'pass',
          'dmarc.result': 'fail',
        },
      },
    },
  });
}
