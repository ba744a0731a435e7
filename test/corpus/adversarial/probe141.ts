// Red-team round 141: the well-known gateways' OUTBOUND side (lib/relay/gateways.ts KNOWN_GATEWAYS,
// lib/findings/gateway.ts, lib/engine/gateways.ts). The attacker is a paying customer of the same
// gateway the reader uses (or that hands mail to the reader's Gmail): its genuine outbound relay
// carries the spoof, so the entry hop (and, for a reader who trusts the gateway, every hop down to
// the attacker's own server) is the gateway's. Tried: a "gateway record" of a pass written below
// the gateway's real lines; a genuine Mimecast ARC seal (the bank's notice received into the
// attacker's own Mimecast tenant) under the attacker's newer seal over a new body; a seal as
// d=mimecast.com from the attacker's own host; a header the attacker's Proofpoint tenant adds on
// its outbound (PPS firewall rule "add header") that lands between the reader's entry and the
// origin; the Hornetsecurity trust the popup offers (the relay's domain, antispameurope.com) while
// Hornetsecurity's gateway writes its Received under hornetsecurity.com. Each beside its genuine
// control: the same gateway delivering a real supplier's (or the bank's) mail inbound.
// Where the layouts were learnt:
// - Mimecast outbound: redhat.com mail in public list archives (test/corpus/gateway-layouts.ts):
//   `Received: from <client> (<client> [<ip>]) by relay.mimecast.com with ESMTP with STARTTLS …
//   id us-mta-…`, `X-MC-Unique`, delivery from `us-smtp-delivery-124.mimecast.com [170.10.133.124]`;
//   Mimecast's ARC `d=mimecast.com s=arc-2018` (Microsoft Learn, "Configure trusted ARC sealers",
//   as lib/relay/gateways.ts cites). Mimecast's outbound relays only internal (registered) envelope
//   domains (recalled, not re-read): so the attacker's envelope is its own domain.
// - Proofpoint on Demand: `mx0a-<id>.pphosted.com` hosts in 148.163.128.0/19 and the `(PPS) with
//   ESMTPS` wording (recalled from delivered headers; not re-read); the PPS "add header" firewall
//   disposition: recalled, UNCONFIRMED here. Exchange Online's rows: test/corpus/receivers.ts.
// - Hornetsecurity: support.hornetsecurity.com "Understanding message headers" as realworld139
//   used it (relay mx-relay10-hz2.antispameurope.com, gateway lines `by mx-gate10-hz2.hornetsecurity.com`,
//   X-cloud-security-* rows); its delivery range 94.100.132.0/22: assumed, as there.
// - Gmail's rows: test/corpus/receivers.ts (gmailDelivery).
// Names and addresses are documentation ones except the gateways' and Google's.
import type { CaseExpectation } from '../../helpers/corpus';
import { corpusKeys } from '../../helpers/corpus';
import { mimecastReceived, sealAs } from '../gateway-layouts';
import {
  ARGS,
  ATTACKER_IP,
  AUTHENTICATED,
  BANK,
  BANK_IP,
  BANK_KEY,
  type CorpusCase,
  emitCase,
  GMAIL,
  genuineBankNotice,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  SPOOFED,
  withAttackerText,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import {
  eopDelivery,
  GMAIL_TO,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  MIMECAST,
} from '../receivers';
import { bankNotice, probeCorpus } from '../rounds-kit';

const TRUST_MC = [...ARGS, '--trust-gateway', 'mimecast.com'];

/** Mimecast's US delivery host (the attacker's tenant, the bank's) and the reader's EU one. */
const MC_US: Relay = {
  helo: 'us-smtp-delivery-124.mimecast.com',
  rdns: 'us-smtp-delivery-124.mimecast.com',
  ip: '170.10.133.124',
};
const ATTACKER: Relay = { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: ATTACKER_IP };
const SUPPLIER: Relay = {
  helo: 'mail.harbour-supplies.example',
  rdns: 'mail.harbour-supplies.example',
  ip: '198.51.100.40',
};
const SUPPLIER_ZONE = {
  ...ptr(SUPPLIER.ip, SUPPLIER.rdns),
  'harbour-supplies.example': { TXT: [`v=spf1 ip4:${SUPPLIER.ip} -all`] },
  '_dmarc.harbour-supplies.example': { TXT: ['v=DMARC1; p=quarantine'] },
};
const invoice = (n: string, to = 'Robin Reader <robin@reader.example>') =>
  submitted({
    from: 'Harbour Supplies Accounts <accounts@harbour-supplies.example>',
    to,
    subject: `Invoice HS-141${n} for November`,
    messageId: `<inv-141${n}@mail.harbour-supplies.example>`,
    body: `Dear Robin,\r\n\r\nplease find invoice HS-141${n} (EUR 412.00) in the customer portal.\r\n\r\nHarbour Supplies\r\n`,
  });

const WORLD = {
  ...BANK,
  ...BANK_KEY,
  ...ptr(ATTACKER.ip, ATTACKER.rdns),
  'attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} include:_netblocks.mimecast.com -all`] },
  '_netblocks.mimecast.com': { TXT: ['v=spf1 ip4:170.10.128.0/18 ip4:185.58.84.0/22 -all'] },
  's1._domainkey.attacker.example': KEY(),
  'arc1._domainkey.attacker.example': KEY(),
  '_dmarc.attacker.example': { TXT: ['v=DMARC1; p=reject'] },
  'arc-2018._domainkey.mimecast.com': { TXT: [corpusKeys().rsaTxt] },
  ...ptr(MC_US.ip, MC_US.rdns),
  ...ptr(MIMECAST.ip, MIMECAST.rdns),
  'reader.example': { MX: [{ priority: 10, exchange: MIMECAST.rdns }] },
};

const MC_DATE = 'Fri, 20 Nov 2026 05:00:03 -0500';
/** The reader's Mimecast inbound: the line for the server that handed it the message, its rows on top. */
const mcIn = (raw: string, from: Relay, id: string) =>
  onTop(
    raw,
    'X-Mimecast-Spam-Score: 1',
    `X-MC-Unique: ${id}`,
    `Received: from ${from.helo} (${from.rdns} [${from.ip}]) by relay.mimecast.com with ESMTP with STARTTLS\r\n (version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id\r\n eu-mta-51-${id}; ${MC_DATE}`,
  );
/** The attacker's (or the bank's) Mimecast outbound: its line for the tenant's own server. */
const mcOut = (raw: string, from: Relay, id: string) =>
  onTop(
    raw,
    'X-Mimecast-MFC-AGG-ID: 5b2f1e4a9c3d',
    mimecastReceived({ helo: from.helo, ip: from.ip, id: `us-mta-632-${id}-1` }),
  );
/** The reader's box taking Mimecast's delivery. */
const toBox = (raw: string, envelope: string) =>
  onTop(
    raw,
    `Return-Path: <${envelope}>`,
    received({ ...MIMECAST, by: RECEIVER, for: 'robin@reader.example' }),
  );

const PASS_AAR =
  'relay.mimecast.com; dkim=pass header.d=northbank.example header.s=nb1; spf=pass smtp.mailfrom=security@northbank.example; dmarc=pass (policy=reject) header.from=northbank.example';

/**
 * The bank's genuine notice as it reached the attacker's own Mimecast tenant (sealed i=1 by
 * mimecast.com with its honest pass), then edited (the attacker's link in the body) and resealed
 * i=2 by the attacker's own host with cv=pass: only the newest AMS is checked, every AS verifies.
 */
async function replayUnderNewerSeal(): Promise<string> {
  const genuine = await genuineBankNotice();
  const inbound = mcIn(
    genuine.replace('To: Robin Reader <robin@reader.example>', 'To: ops@attacker.example'),
    {
      helo: 'mail.northbank.example',
      rdns: 'mail.northbank.example',
      ip: BANK_IP,
    },
    'Tq3rB1aXNQ2mL0c7-1',
  );
  const sealed = await sealAs(inbound, {
    domain: 'mimecast.com',
    selector: 'arc-2018',
    cv: 'none',
    authResults: PASS_AAR,
  });
  return sealAs(withAttackerText(sealed), {
    domain: 'attacker.example',
    selector: 'arc1',
    cv: 'pass',
    authResults:
      'mail.attacker.example; arc=pass (i=1 d=mimecast.com); dmarc=pass header.from=northbank.example',
  });
}

/** Hornetsecurity: its relay (the reader's delivery) and its gateway's own line. */
const HORNET: Relay = {
  helo: 'mx-relay10-hz2.antispameurope.com',
  rdns: 'mx-relay10-hz2.antispameurope.com',
  ip: '94.100.132.10',
};
const HORNET_OUT: Relay = {
  helo: 'mx-relay42-hz1.antispameurope.com',
  rdns: 'mx-relay42-hz1.antispameurope.com',
  ip: '94.100.133.42',
};
const hornetIn = (raw: string, from: Relay, id: string, rcpt = GMAIL_TO) =>
  onTop(
    raw,
    'X-cloud-security-Virusscan: CLEAN',
    'X-cloud-security-disclaimer: This E-Mail was scanned by E-Mailservice on mx-gate10-hz2 with 4Qx141',
    `Received: from ${from.helo} (${from.rdns} [${from.ip}]) by mx-gate10-hz2.hornetsecurity.com\r\n with ESMTPS id ${id} for <${rcpt}>; Fri, 20 Nov 2026 11:00:03 +0100`,
  );
const hornetOut = (raw: string, from: Relay, id: string) =>
  onTop(
    raw,
    'X-cloud-security-sender: ops@attacker.example',
    `Received: from ${from.helo} (${from.rdns} [${from.ip}]) by mx-gate42-hz1.hornetsecurity.com\r\n with ESMTPS id ${id}; Fri, 20 Nov 2026 11:00:01 +0100`,
  );
const HORNET_ZONE = {
  ...ptr(HORNET.ip, HORNET.rdns),
  ...ptr(HORNET_OUT.ip, HORNET_OUT.rdns),
};

/** Proofpoint on Demand: the reader's inbound cluster and the attacker's tenant's outbound one. */
const PP_READER: Relay = {
  helo: 'mx0a-00rdr141.pphosted.com',
  rdns: 'mx0a-00rdr141.pphosted.com',
  ip: '148.163.156.141',
};
const PP_ATTACKER: Relay = {
  helo: 'mx0b-00atk141.pphosted.com',
  rdns: 'mx0b-00atk141.pphosted.com',
  ip: '148.163.158.41',
};
const pps = (raw: string, from: Relay, by: string, id: string, ...above: string[]) =>
  onTop(
    raw,
    ...above,
    `Received: from ${from.helo} (${from.rdns} [${from.ip}])\r\n\tby ${by} (PPS) with ESMTPS id ${id}\r\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT);\r\n\tFri, 20 Nov 2026 10:00:03 +0000`,
  );
const PP_ZONE = { ...ptr(PP_READER.ip, PP_READER.rdns), ...ptr(PP_ATTACKER.ip, PP_ATTACKER.rdns) };
const TRUST_PP = [...OUTLOOK, '--trust-gateway', 'pphosted.com', '--recipient-domain', 'reader.example'];

/**
 * A replay under the attacker's newer ARC seal: never trusted, and never the gateway's standing.
 * Suspicious, not spoofed: the attacker's own seal records a pass, and an unknown forwarder's
 * record of a pass keeps a DMARC fail from reading spoofed (README verdict table, row 5).
 */
const NEWER_SEAL: CaseExpectation = { ...NOT_TRUSTED, absentFindings: ['gateway-recorded-pass'] };

/** A spoof that must read spoofed, and must not borrow the gateway's standing. */
const SPOOFED_NO_RELIEF: CaseExpectation = {
  ...SPOOFED,
  absentFindings: ['gateway-recorded-pass'],
};

// ---- Fixed at 06:32 on 2026-12-06 -----------------------------------------------------------------
// probe141-gmail-mimecast-outbound-arc-newer-seal (and -no-options) read "unverified"
// (gateway-recorded-pass: Mimecast's i=1 record, of its inbound check for the attacker's tenant,
// under the attacker's own newer seal i=2), and probe141-box-trusted-mimecast-customer-outbound-
// arc-newer-seal read "suspicious" with "This message really comes from northbank.example" (the
// same record taken as the reader's trusted gateway's). A gateway's record no longer counts where
// anyone but a mailbox provider sealed after the gateway's newest seal (lib/auth/gateway-results.ts
// sealedAfterGateway, sealedGatewayResults; lib/engine/gateways.ts describeGateway). Both read
// suspicious now, not spoofed: the attacker's seal is an unknown forwarder's record of a pass
// (verdict row 5), so the expectation is NEWER_SEAL (not trusted, no gateway-recorded-pass).
// probe141-gmail-hornetsecurity-trusted-as-offered-supplier-control read "spoofed" with
// --trust-gateway antispameurope.com (the domain the popup offers for Hornetsecurity's relay),
// whose line below is written by mx-gate10-hz2.hornetsecurity.com. A well-known gateway trusted by
// one of its domains is now trusted by all of them (lib/engine/gateways.ts trustedGatewayHints).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: CorpusCase) => emitCase(write, c);

  // ---- A reader's box behind Mimecast, trusting mimecast.com ----
  emit({
    name: 'probe141-box-trusted-mimecast-supplier-control',
    class: 'gateway-outbound-control',
    about:
      "Genuine control: the SPF-only supplier's invoice through the reader's Mimecast inbound (relay.mimecast.com's line for the supplier's server) delivered by eu-smtp-delivery-151.mimecast.com to the reader's box; --trust-gateway mimecast.com. Wanted: authenticated (SPF pass at the supplier's address, below the gateway).",
    eml: toBox(mcIn(invoice('a'), SUPPLIER, 'Sp1aXNQ2mL0c7a-1'), 'accounts@harbour-supplies.example'),
    zone: { ...WORLD, ...SUPPLIER_ZONE },
    args: TRUST_MC,
    expect: { ...AUTHENTICATED, fields: { 'origin.ip': SUPPLIER.ip } },
  });
  emit({
    name: 'probe141-box-trusted-mimecast-customer-outbound-forged-pass-below',
    class: 'gateway-outbound',
    about:
      "Attack: the attacker, a Mimecast customer, sends the bank's lure from its own server through its tenant's Mimecast outbound (relay.mimecast.com's genuine line for 198.51.100.66), which delivers it from us-smtp-delivery-124.mimecast.com to the reader's Mimecast inbound and on to the box (--trust-gateway mimecast.com). Below Mimecast's real outbound line the attacker wrote \"Authentication-Results: relay.mimecast.com; … dmarc=pass header.from=northbank.example\" and a Received from the bank's server by relay.mimecast.com. Wanted: spoofed (the walk stops at the attacker's address, the record below is the sender's text).",
    eml: toBox(
      mcIn(
        mcOut(
          onTop(
            bankNotice('Robin Reader <robin@reader.example>'),
            `Authentication-Results: ${PASS_AAR}`,
            mimecastReceived({ helo: 'mail.northbank.example', ip: BANK_IP, id: 'us-mta-17-Fk9xQ0aaaa-1' }),
          ),
          ATTACKER,
          'Ak41xQ0b',
        ),
        MC_US,
        'Rd41xQ0b-1',
      ),
      'bounce@attacker.example',
    ),
    zone: WORLD,
    args: TRUST_MC,
    expect: SPOOFED,
  });
  emit({
    name: 'probe141-box-trusted-mimecast-bank-sealed-link-rewrite-control',
    class: 'gateway-outbound-control',
    about:
      "Genuine control: the bank's signed notice through the reader's Mimecast inbound, which seals i=1 (d=mimecast.com, its honest pass) and then rewrites the link (URL Protect: the bank's body hash no longer verifies), to the box; --trust-gateway mimecast.com. Wanted: authenticated (the trusted gateway's sealed record).",
    eml: toBox(
      await (async () => {
        const genuine = await genuineBankNotice();
        const sealed = await sealAs(
          mcIn(
            genuine,
            { helo: 'mail.northbank.example', rdns: 'mail.northbank.example', ip: BANK_IP },
            'Bk41xQ0c-1',
          ),
          { domain: 'mimecast.com', selector: 'arc-2018', cv: 'none', authResults: PASS_AAR },
        );
        return sealed.replace(
          'Your November statement is ready in online banking.',
          'Your November statement is ready in online banking (https://protect-eu.mimecast.com/s/Xk41).',
        );
      })(),
      'security@northbank.example',
    ),
    zone: { ...WORLD, ...ptr(BANK_IP, 'mail.northbank.example') },
    args: TRUST_MC,
    expect: AUTHENTICATED,
  });
  const replay = await replayUnderNewerSeal();
  emit({
    name: 'probe141-box-trusted-mimecast-customer-outbound-arc-newer-seal',
    class: 'gateway-outbound',
    about:
      "Attack: the bank's genuine notice, received into the attacker's own Mimecast tenant (sealed i=1 by mimecast.com with dmarc=pass for northbank.example), given the attacker's link and resealed i=2 by the attacker's host (cv=pass; every AS verifies, only the newest AMS is checked), then sent through the attacker's Mimecast outbound to the reader's Mimecast inbound (which does not seal) and the box; --trust-gateway mimecast.com. Wanted: spoofed (the newest Mimecast-domain seal is not the reader's gateway's; our DMARC fails at the attacker's address, the bank's body hash fails).",
    eml: toBox(mcIn(mcOut(replay, ATTACKER, 'Ak41xQ0d'), MC_US, 'Rd41xQ0d-1'), 'bounce@attacker.example'),
    zone: WORLD,
    args: TRUST_MC,
    expect: NEWER_SEAL,
  });

  // ---- Gmail, Mimecast not trusted (the gateway at the entry is the attacker's outbound) ----
  const gmailMc = (raw: string, envelope: string, results: string, ids: [string, string]) =>
    gmailDelivery(raw, { relay: MC_US, envelope, results, ids, spf: 'pass' });
  emit({
    name: 'probe141-gmail-mimecast-outbound-arc-newer-seal',
    class: 'gateway-outbound',
    about:
      "Attack: the same replay under the attacker's newer seal, sent through the attacker's Mimecast outbound straight to a Gmail reader (Mimecast is at the entry hop, recognised, not trusted). Gmail: SPF pass for the attacker's envelope at Mimecast (its _netblocks include), the bank's DKIM body hash fails, DMARC fail, arc=pass. Wanted: spoofed, with no gateway-recorded-pass (Mimecast's i=1 record is of its inbound for the attacker's tenant, not of this hand-off).",
    eml: gmailMc(
      replay,
      'bounce@attacker.example',
      `${gmailDkim('northbank.example', 'nb1', 'neutral (body hash did not verify)')}\r\n       arc=pass (i=2 spf=pass spfdomain=attacker.example);\r\n       ${gmailSpf('bounce@attacker.example', MC_US.ip)}\r\n       ${gmailDmarc('northbank.example', 'REJECT', 'fail')}`,
      ['x141csp1a', 'a141si1a'],
    ),
    zone: WORLD,
    args: GMAIL,
    expect: NEWER_SEAL,
    twin: true,
  });
  emit({
    name: 'probe141-gmail-mimecast-outbound-record-below-its-line',
    class: 'gateway-outbound',
    about:
      'Attack: the unsigned lure through the attacker\'s Mimecast outbound to Gmail, with "Authentication-Results: relay.mimecast.com; … dmarc=pass" and an ARC-Authentication-Results i=1 of the same written by the attacker below Mimecast\'s real Received (where Mimecast writes its own auth=pass row too). Wanted: spoofed, no gateway-recorded-pass.',
    eml: gmailMc(
      mcOut(
        onTop(
          bankNotice(`Robin Reader <${GMAIL_TO}>`),
          `ARC-Authentication-Results: i=1; ${PASS_AAR}`,
          `Authentication-Results: ${PASS_AAR}`,
        ),
        ATTACKER,
        'Ak41xQ0e',
      ),
      'bounce@attacker.example',
      `${gmailSpf('bounce@attacker.example', MC_US.ip)}\r\n       ${gmailDmarc('northbank.example', 'REJECT', 'fail')}`,
      ['x141csp1b', 'a141si1b'],
    ),
    zone: WORLD,
    args: GMAIL,
    expect: SPOOFED_NO_RELIEF,
    twin: true,
  });
  emit({
    name: 'probe141-gmail-mimecast-outbound-seal-as-mimecast-own-key',
    class: 'gateway-outbound',
    about:
      "Attack: the lure sealed i=1 as d=mimecast.com from the attacker's own host (selector arc-2026, which mimecast.com does not publish: the attacker has no Mimecast key), dmarc=pass in its record, then sent through the attacker's Mimecast outbound to Gmail (arc=fail). Wanted: spoofed, no gateway-recorded-pass.",
    eml: gmailMc(
      mcOut(
        await sealAs(bankNotice(`Robin Reader <${GMAIL_TO}>`), {
          domain: 'mimecast.com',
          selector: 'arc-2026',
          cv: 'none',
          authResults: PASS_AAR,
        }),
        ATTACKER,
        'Ak41xQ0f',
      ),
      'bounce@attacker.example',
      `arc=fail (signature failed);\r\n       ${gmailSpf('bounce@attacker.example', MC_US.ip)}\r\n       ${gmailDmarc('northbank.example', 'REJECT', 'fail')}`,
      ['x141csp1c', 'a141si1c'],
    ),
    zone: WORLD,
    args: GMAIL,
    expect: SPOOFED_NO_RELIEF,
  });
  // The genuine control: a Workspace reader behind its own Mimecast inbound (Gmail profile).
  const bankViaReaderMimecast = async () => {
    const genuine = await genuineBankNotice();
    const sealed = await sealAs(
      mcIn(
        genuine.replace('To: Robin Reader <robin@reader.example>', `To: Robin Reader <${GMAIL_TO}>`),
        { helo: 'mail.northbank.example', rdns: 'mail.northbank.example', ip: BANK_IP },
        'Bk41xQ0g-1',
      ),
      { domain: 'mimecast.com', selector: 'arc-2018', cv: 'none', authResults: PASS_AAR },
    );
    return gmailDelivery(
      sealed.replace(
        'Your November statement is ready in online banking.',
        'Your November statement is ready in online banking (https://protect-eu.mimecast.com/s/Xk41).',
      ),
      {
        relay: MIMECAST,
        envelope: 'security@northbank.example',
        results: `${gmailDkim('northbank.example', 'nb1', 'neutral (body hash did not verify)')}\r\n       arc=pass (i=1 spf=pass spfdomain=northbank.example dkim=pass dkdomain=northbank.example dmarc=pass fromdomain=northbank.example);\r\n       ${gmailSpf('security@northbank.example', MIMECAST.ip, 'fail')}\r\n       ${gmailDmarc('northbank.example', 'REJECT', 'fail')}`,
        ids: ['x141csp1d', 'a141si1d'],
        spf: 'fail',
      },
    );
  };
  const bankGmail = await bankViaReaderMimecast();
  emit({
    name: 'probe141-gmail-workspace-own-mimecast-bank-sealed-control',
    class: 'gateway-outbound-control',
    about:
      "Genuine control: the bank's notice through the Workspace reader's own Mimecast inbound (sealed i=1, link rewritten) into Gmail, which fails DMARC at Mimecast's address; the reader has not trusted Mimecast. Wanted: never spoofed; unverified is the honest answer (gateway-recorded-pass, row 13).",
    eml: bankGmail,
    zone: { ...WORLD, ...ptr(BANK_IP, 'mail.northbank.example') },
    args: GMAIL,
    expect: { verdict: 'unverified', findings: ['gateway-recorded-pass'] },
  });
  emit({
    name: 'probe141-gmail-workspace-own-mimecast-bank-sealed-trusted-control',
    class: 'gateway-outbound-control',
    about:
      "Genuine control: the same, the reader trusting its gateway (--trust-gateway mimecast.com). Wanted: authenticated (the trusted gateway's sealed record).",
    eml: bankGmail,
    zone: { ...WORLD, ...ptr(BANK_IP, 'mail.northbank.example') },
    args: [...GMAIL, '--trust-gateway', 'mimecast.com'],
    expect: AUTHENTICATED,
  });

  // ---- Exchange Online behind Proofpoint on Demand, trusting pphosted.com ----
  const eopFromPp = (raw: string, envelope: string, fromDomain: string) =>
    eopDelivery(raw, {
      ip: PP_READER.ip,
      helo: PP_READER.helo,
      ar: `spf=fail (sender IP is ${PP_READER.ip})\r\n smtp.mailfrom=${envelope.split('@')[1]}; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=none\r\n header.from=${fromDomain};compauth=none reason=405`,
      spf: `Fail (protection.outlook.com: domain of ${envelope.split('@')[1]} does not\r\n designate ${PP_READER.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${PP_READER.ip}; helo=${PP_READER.helo};`,
      returnPath: envelope,
    });
  emit({
    name: 'probe141-outlook-trusted-proofpoint-supplier-control',
    class: 'gateway-outbound-control',
    about:
      "Genuine control: the SPF-only supplier's invoice through the reader's Proofpoint on Demand inbound (mx0a-00rdr141.pphosted.com, which writes no Authentication-Results of its own) into Exchange Online, which fails SPF/DMARC at Proofpoint's address (compauth=none: the bypass rule). Outlook profile, --trust-gateway pphosted.com. Wanted: authenticated (SPF pass at the supplier's address below the gateway).",
    eml: eopFromPp(
      pps(
        invoice('h'),
        SUPPLIER,
        PP_READER.rdns,
        '4x141ppa0-1',
        'X-Proofpoint-Spam-Details: rule=inbound_notspam policy=inbound score=0',
      ),
      'accounts@harbour-supplies.example',
      'harbour-supplies.example',
    ),
    zone: { ...WORLD, ...PP_ZONE, ...SUPPLIER_ZONE },
    args: TRUST_PP,
    expect: { ...AUTHENTICATED, fields: { 'origin.ip': SUPPLIER.ip } },
  });
  emit({
    name: 'probe141-outlook-trusted-pp-customer-outbound-added-header',
    class: 'gateway-outbound',
    about:
      "Attack: the attacker, a Proofpoint on Demand customer, sends the lure from its own server through its tenant's outbound cluster (mx0b-00atk141.pphosted.com), where a firewall rule of its own adds \"Authentication-Results: mx0b-00atk141.pphosted.com; spf=pass … dmarc=pass header.from=northbank.example\" above Proofpoint's line; Proofpoint delivers it to the reader's PoD inbound and on to Exchange Online. Outlook, --trust-gateway pphosted.com. The walk goes, rightly, through both pphosted.com hops to the attacker's address; the added header sits between the reader's entry and that origin, under a pphosted.com authserv-id. Wanted: spoofed (a gateway header written on the SENDER's tenant is the sender's word).",
    eml: eopFromPp(
      pps(
        pps(
          bankNotice('Robin Reader <robin@reader.example>'),
          ATTACKER,
          PP_ATTACKER.rdns,
          '4x141ppb0-1',
          `Authentication-Results: ${PP_ATTACKER.rdns};\r\n\tspf=pass smtp.mailfrom=security@northbank.example;\r\n\tdkim=pass header.d=northbank.example header.s=nb1;\r\n\tdmarc=pass (p=reject) header.from=northbank.example`,
        ),
        PP_ATTACKER,
        PP_READER.rdns,
        '4x141ppb1-1',
        'X-Proofpoint-Spam-Details: rule=inbound_notspam policy=inbound score=0',
      ),
      'bounce@attacker.example',
      'northbank.example',
    ),
    zone: { ...WORLD, ...PP_ZONE },
    args: TRUST_PP,
    expect: SPOOFED,
    twin: true,
  });

  // ---- Gmail behind Hornetsecurity, trusting what the popup offers ----
  const gmailHornet = (raw: string, envelope: string, from: string, ids: [string, string]) =>
    gmailDelivery(raw, {
      relay: HORNET,
      envelope,
      results: `${gmailSpf(envelope, HORNET.ip, 'fail')}\r\n       ${gmailDmarc(from, from === 'northbank.example' ? 'REJECT' : 'QUARANTINE', 'fail')}`,
      ids,
      spf: 'fail',
    });
  emit({
    name: 'probe141-gmail-hornetsecurity-trusted-as-offered-supplier-control',
    class: 'gateway-outbound-control',
    about:
      "Genuine control: the SPF-only supplier's invoice through the Workspace reader's Hornetsecurity (gateway line by mx-gate10-hz2.hornetsecurity.com, relay mx-relay10-hz2.antispameurope.com) into Gmail (no Workspace inbound-gateway setting: SPF/DMARC fail at the relay). The reader trusts the domain the popup offers for that relay: --trust-gateway antispameurope.com. Wanted: authenticated (SPF at the supplier's address below the gateway).",
    eml: gmailHornet(
      hornetIn(invoice('j', `Robin Reader <${GMAIL_TO}>`), SUPPLIER, '4Qx141J0'),
      'accounts@harbour-supplies.example',
      'harbour-supplies.example',
      ['x141csp1j', 'a141si1j'],
    ),
    zone: { ...WORLD, ...HORNET_ZONE, ...SUPPLIER_ZONE },
    args: [...GMAIL, '--trust-gateway', 'antispameurope.com'],
    expect: { ...AUTHENTICATED, fields: { 'origin.ip': SUPPLIER.ip } },
  });
  emit({
    name: 'probe141-gmail-hornetsecurity-trusted-both-names-supplier-control',
    class: 'gateway-outbound-control',
    about:
      'Genuine control: the same invoice, the reader trusting both Hornetsecurity domains (--trust-gateway antispameurope.com --trust-gateway hornetsecurity.com). Wanted: authenticated.',
    eml: gmailHornet(
      hornetIn(invoice('k', `Robin Reader <${GMAIL_TO}>`), SUPPLIER, '4Qx141K0'),
      'accounts@harbour-supplies.example',
      'harbour-supplies.example',
      ['x141csp1k', 'a141si1k'],
    ),
    zone: { ...WORLD, ...HORNET_ZONE, ...SUPPLIER_ZONE },
    args: [...GMAIL, '--trust-gateway', 'antispameurope.com', '--trust-gateway', 'hornetsecurity.com'],
    expect: { ...AUTHENTICATED, fields: { 'origin.ip': SUPPLIER.ip } },
  });
  emit({
    name: 'probe141-gmail-hornet-trusted-customer-outbound-forged-bank-hop',
    class: 'gateway-outbound',
    about:
      "Attack: the attacker, a Hornetsecurity customer, sends the lure through its tenant's Hornetsecurity outbound (mx-gate42-hz1.hornetsecurity.com's line for 198.51.100.66, relayed by mx-relay42-hz1.antispameurope.com) to the reader's Hornetsecurity inbound and Gmail; below Hornetsecurity's real outbound line it wrote a Received from the bank's server by mx-gate42-hz1.hornetsecurity.com. The reader trusts both Hornetsecurity domains. Wanted: spoofed (the walk stops at the attacker's address).",
    eml: gmailHornet(
      hornetIn(
        hornetOut(
          onTop(
            bankNotice(`Robin Reader <${GMAIL_TO}>`),
            `Received: from mail.northbank.example (mail.northbank.example [${BANK_IP}]) by mx-gate42-hz1.hornetsecurity.com\r\n with ESMTPS id 4Qx141L9; Fri, 20 Nov 2026 11:00:00 +0100`,
          ),
          ATTACKER,
          '4Qx141L1',
        ),
        HORNET_OUT,
        '4Qx141L0',
      ),
      'bounce@attacker.example',
      'northbank.example',
      ['x141csp1l', 'a141si1l'],
    ),
    zone: { ...WORLD, ...HORNET_ZONE },
    args: [...GMAIL, '--trust-gateway', 'antispameurope.com', '--trust-gateway', 'hornetsecurity.com'],
    expect: SPOOFED,
    twin: true,
  });
  emit({
    name: 'probe141-gmail-hornetsecurity-untrusted-customer-outbound',
    class: 'gateway-outbound',
    about:
      'Attack: the same lure through the attacker\'s Hornetsecurity outbound straight to a Gmail reader who does not use Hornetsecurity (the relay at the entry is recognised, untrusted); a forged "Authentication-Results: mx-gate42-hz1.hornetsecurity.com; dmarc=pass" below Hornetsecurity\'s line. Wanted: spoofed, no gateway-recorded-pass.',
    eml: gmailDelivery(
      hornetOut(
        onTop(
          bankNotice(`Robin Reader <${GMAIL_TO}>`),
          'Authentication-Results: mx-gate42-hz1.hornetsecurity.com; spf=pass smtp.mailfrom=security@northbank.example; dmarc=pass header.from=northbank.example',
        ),
        ATTACKER,
        '4Qx141M1',
      ),
      {
        relay: HORNET_OUT,
        envelope: 'bounce@attacker.example',
        results: `${gmailSpf('bounce@attacker.example', HORNET_OUT.ip, 'fail')}\r\n       ${gmailDmarc('northbank.example', 'REJECT', 'fail')}`,
        ids: ['x141csp1m', 'a141si1m'],
        spf: 'fail',
      },
    ),
    zone: { ...WORLD, ...HORNET_ZONE },
    args: GMAIL,
    expect: SPOOFED_NO_RELIEF,
  });
}
