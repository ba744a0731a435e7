// Red-team probes, fifteenth round (December 2026): the rules as they stand after bd2b1bd.
// - The local-mail excuse (lib/analyze.ts ownOrganisation): since round 14 the reader's
//   organisation is read "only from what the receiver wrote": a Delivered-To / X-Original-To above
//   every Received line, or the `for <…>` of the receiver's "own topmost hops", taken as the run
//   of top hops whose `by` shares the topmost one's registrable domain. Behind a receiver that
//   records a NAT's or proxy's address for every client (probe13), the lines below its own are the
//   sender's, and nothing stops the run at them: a forged loopback or LMTP line "by
//   mx.reader.example … for <security@northbank.example>" joins the run and makes the bank's
//   domain a recipient of the box, so the bank's DMARC failure is excused again.
// - key-gone-since-delivery (lib/findings/receiver-record.ts): the check that the reader's own
//   provider recorded the failure at delivery reads `analysis.provider`, which for an Outlook reader
//   is never set (EOP's Authentication-Results carry no trusted id; the profile trusts none), and
//   a receiver that verifies only some signatures (OpenDKIM's MaximumSignaturesToVerify, 3 by
//   default) records nothing for the bank's when the attacker puts three of its own above it.
// - forwarder-recorded-fail (lib/findings/arc.ts): the believed forwarder's record is read only
//   from an intact chain; a broken ARC set the attacker puts on the spoof before its own tenant
//   forwards it makes Microsoft seal cv=fail, and the Forward Pass spoof is back to "unverified".
// - platform-unsigned: "no DKIM-Signature at all"; a smuggled message the attacker signs with its
//   own domain carries one, and GMX's own From domains are listed without its country brands.
// - A co-tenant on the reader's shared cPanel host writing the reader's own domain with mail()
//   (the rw16 shape), and UTF-7's "+AEA-" split across two encoded-words of one charset.
// Plus controls for the subject-tag excuse and the mbox retries (each holds today).
// probe13/probe14 (the forged by-host, the NAT'd own-domain spoof, the dressed smuggling case with a
// copied failing tenant signature, the subdomain signer) and README's "What still fools
// HeaderLens" are not repeated. Every case's meta says the attack and what is wanted.
import { signCorpus } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import {
  ARGS,
  ATTACKER_IP,
  authenticZone,
  BANK,
  BANK_FROM,
  BANK_KEY,
  DATE,
  emitCase,
  genuineBankNotice,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  type Probe,
  ptr,
  RECEIVER,
  SPOOFED,
} from '../kit';
import { sealCorpus } from '../list-shapes';
import { eopEntry, exchangeMailboxHops, exchangeOrgHeaders, M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the fifteenth round's report). Each comment: what it reads, what it should, which rule.
 */
// Fixed at 21:5x (each now in the corpus): ownOrganisation (lib/analyze.ts) reads the receiver's
// `for` only down to its entry or first network receipt (the forged `for <bank>` lines); the
// key-gone-since-delivery excuse stands back on Exchange Online's own recorded failure and, where
// the provider recorded DKIM results, unless it recorded a pass for the aligned signer (OpenDKIM's
// three-signature limit); platform-unsigned counts only signatures the platform could have made;
// adjacent UTF-7 words are joined before decoding (lib/message/utf7.ts); on a broken ARC chain a
// believed forwarder's newest cv=fail set is read for its record of the failure (lib/findings/arc.ts).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // "unverified" (local mail, no finding): a co-tenant on the reader's shared cPanel server writes
  // "From: CFO <cfo@reader.example>" with PHP mail(); Exim delivers it on the box "with local" for
  // robin@reader.example, the shape rw16 made mail the box writes for its customer domain
  // (lib/analyze.ts ownOrganisation reads the recipient), whatever account wrote it. Wanted: not
  // trusted. No safe fix from the headers alone: the Exim line names the local account (attk0412)
  // and X-PHP-Originating-Script its uid, but nothing says which account is the reader's domain's
  // (rw16-cpanel-exim-local-wordpress-contact-form has the same shape with the domain's own
  // account). Suggested: show the writing account in the inside-the-receiver text, and make a
  // reader-domain From written locally by a named account (Exim `from <login> … with local`,
  // Postfix pickup `from userid N`) at least a low finding naming it; or let the user list the
  // box's own accounts. Risk of a stricter reading: rw16's contact-form and cron shapes leave
  // "unverified".
  'probe15-shared-cpanel-cotenant-ceo-fraud-reader-domain',
  // "authenticated" (no finding): SMTP smuggling through mout.gmx.net with GMX's French brand
  // (From and envelope securite@gmx.fr, unsigned). SPF passes aligned through GMX's own relays and
  // DMARC passes; platform-unsigned (lib/findings/platform-unsigned.ts GMX_DOMAINS) knows only
  // gmx.net, gmx.de, gmx.com, gmx.at, gmx.ch and web.de as GMX's own From domains, so it stands
  // back, and the relay is the brand's own, so no shared-platform rule applies either. Wanted: not
  // trusted. Fix: take GMX's own domains from its signing domains (gmx.fr, gmx.co.uk, gmx.es,
  // gmx.us, gmx.eu, gmx.info, gmx.biz, gmx.org and the mail.com family if its relays are added),
  // or read "an ESP's own relay, From a domain the ESP's own record covers, no DKIM-Signature"
  // for any brand domain whose SPF is only that ESP's. Risk: none for GMX's genuine mail, which it
  // signs.
  'probe15-smuggling-gmx-fr-own-domain',
]);

/** The bank's notice as the attacker writes it: unsigned, the bank's From. */
const spoof = (from = BANK_FROM, subject = 'Unusual sign-in: confirm your card') =>
  submitted({
    from,
    subject,
    body: 'We blocked a payment. Confirm your card at https://northbank-secure.example/confirm\r\n',
  });

const ENVELOPE = 'bounce@attacker.example';
const ZONE = { ...BANK, ...BANK_KEY, ...authenticZone('attacker.example', ATTACKER_IP) };

type Case = Probe & { eml: string; zone?: Record<string, unknown> };

/** Writes `c`, by default with the round's DNS and the reader's own receiver trusted. */
const emit = (write: CaseWriter, c: Case) =>
  emitCase(write, { ...c, zone: c.zone ?? ZONE, args: c.args ?? ARGS });

export async function makeAll(write: CaseWriter): Promise<void> {
  forgedRecipientInRun(write);
  await oldDeliveries(write);
  await forwardAndSmuggle(write);
  await tagAndQuotingControls(write);
  sharedHostCotenant(write);
  await splitUtf7(write);
}

// ---- The local-mail excuse: a forged `for <bank address>` inside the receiver's run of hops.

/** Dovecot's LMTP hand-off on the receiving box `by`, on top of what its Postfix received. */
const lmtp = (by: string) =>
  `Received: from ${by}\r\n\tby ${by} with LMTP\r\n\tid kE8lAbb2PWd1XwAAtGkPgA\r\n\t(envelope-from <${ENVELOPE}>)\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:07 +0000`;

/** Postfix's line for a client it saw at `ip` (a proxy's or NAT's address), under Dovecot's LMTP. */
const behindProxy = (ip: string, by = RECEIVER) => [
  `Return-Path: <${ENVELOPE}>`,
  'Delivered-To: robin@reader.example',
  lmtp(by),
  received({ helo: 'mail.attacker.example', rdns: 'unknown', ip, by, for: 'robin@reader.example' }),
];

/** A content filter's re-injection (amavis on 10024/10025) as Postfix writes it, for one recipient. */
const reinjection = (by: string, rcpt: string) =>
  `Received: from localhost (localhost [127.0.0.1])\r\n\tby ${by} (Postfix) with ESMTP id 4Zx9Qp0Aaaz1xYz\r\n\tfor <${rcpt}>; Fri, 20 Nov 2026 10:00:04 +0000`;

function forgedRecipientInRun(write: CaseWriter): void {
  emit(write, {
    name: 'probe15-nat-forged-reader-reinjection-for-bank-recipient',
    about:
      'A mailcow box behind docker-proxy (Postfix records 172.22.1.1 for every client, Dovecot LMTP on top, Delivered-To robin@reader.example). Under the receiver’s lines the attacker writes one in the shape of the box’s own amavis re-injection: "from localhost (localhost [127.0.0.1]) by mx.reader.example (Postfix) … for <security@northbank.example>". Every hop is internal or a local hand-off; the run of "the receiver’s own topmost hops" (lib/analyze.ts ownOrganisation) is every hop whose by shares reader.example, the forged one included, so its for names northbank.example as a domain the box delivers to and the bank’s DMARC failure is excused as mail written on the box. Wanted: spoofed',
    class: 'received-local-forged',
    eml: onTop(spoof(), ...behindProxy('172.22.1.1'), reinjection(RECEIVER, 'security@northbank.example')),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe15-proxy-forged-lmtp-reader-host-for-bank-recipient',
    about:
      'A Postfix box behind a TCP proxy without the PROXY protocol (every client 127.0.0.1), and under its lines one the attacker wrote in Dovecot’s LMTP shape, by the receiver’s own name: "from mx.reader.example by mx.reader.example with LMTP … for <alerts@northbank.example>". It joins the receiver’s run of hops (same registrable domain), and its for makes the bank a domain the box delivers to. Wanted: spoofed',
    class: 'received-local-forged',
    eml: onTop(
      spoof(),
      ...behindProxy('127.0.0.1'),
      `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid 2Bb9Hc0Zz1QqRrSs\r\n\tfor <alerts@northbank.example>; Fri, 20 Nov 2026 10:00:03 +0000`,
    ),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe15-snat-exchange-forged-edge-hop-for-bank-recipient',
    about:
      'Exchange Server 2019 behind a source-NAT load balancer (every client 10.20.0.5); Exchange writes no Delivered-To and no for, so the reader’s organisation is its host’s (corp.reader.example → reader.example). Under its two lines the attacker writes a Postfix relay hop of the same organisation: "from localhost (localhost [127.0.0.1]) by smtp-relay.reader.example (Postfix) … for <security@northbank.example>". It joins the run, its for is the only recipient named, and the bank is taken for the reader’s organisation. Wanted: spoofed',
    class: 'received-local-forged',
    eml: onTop(
      spoof(),
      `Return-Path: ${ENVELOPE}`,
      `Received: from EX02.corp.reader.example (10.20.1.12) by EX01.corp.reader.example\r\n (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4; ${DATE}`,
      `Received: from mail.attacker.example (10.20.0.5) by EX02.corp.reader.example (10.20.1.12)\r\n with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4 via Frontend\r\n Transport; ${DATE}`,
      reinjection('smtp-relay.reader.example', 'security@northbank.example'),
    ),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe15-nat-forged-exim-local-for-bank-subdomain-address',
    about:
      'The docker-proxy box again, the forged line this time in Exim’s local-submission shape by the receiver’s name, naming an address of the bank’s organisation that is not the From’s domain: "from root by mx.reader.example with local (Exim 4.96) (envelope-from <root@mx.reader.example>) … for fraud-desk@alerts.northbank.example". Any recipient of the bank’s registrable domain in the run makes the bank the reader’s organisation. Wanted: spoofed',
    class: 'received-local-forged',
    eml: onTop(
      spoof(),
      ...behindProxy('172.22.1.1'),
      `Received: from root by ${RECEIVER} with local (Exim 4.96)\r\n\t(envelope-from <root@${RECEIVER}>)\r\n\tid 1tE4aR-0002Lm-0x\r\n\tfor fraud-desk@alerts.northbank.example; Fri, 20 Nov 2026 10:00:02 +0000`,
    ),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe15-nat-forged-reader-reinjection-for-reader-control',
    about:
      'Control: the same forged re-injection line under the docker-proxy box, its for naming the reader (robin@reader.example): the recipients are all reader.example, the bank is not the reader’s organisation. Wanted: spoofed (holds today)',
    class: 'received-local-forged',
    eml: onTop(spoof(), ...behindProxy('172.22.1.1'), reinjection(RECEIVER, 'robin@reader.example')),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe15-public-entry-forged-reinjection-for-bank-control',
    about:
      'Control: the forged re-injection "by mx.reader.example … for <security@northbank.example>" under a receiver that records the attacker’s public address: the entry names an outside client, the message is not local whatever lines lie below. Wanted: spoofed (holds today)',
    class: 'received-local-forged',
    eml: onTop(
      spoof(),
      `Return-Path: <${ENVELOPE}>`,
      received({
        helo: 'mail.attacker.example',
        rdns: 'mail.attacker.example',
        ip: ATTACKER_IP,
        by: RECEIVER,
        for: 'robin@reader.example',
      }),
      reinjection(RECEIVER, 'security@northbank.example'),
    ),
    expect: SPOOFED,
  });
}

// ---- key-gone-since-delivery: a spoof delivered in May with a selector the bank never published.

const MAY = 'Tue, 12 May 2026 09:14:22 +0000';
const MAY_SIGNED = new Date('2026-05-12T09:14:20Z');

/** The attacker's card lure, dated May, signed d=northbank.example with a selector never published. */
const maySpoof = () =>
  signCorpus(
    submitted({
      from: BANK_FROM,
      subject: 'Unusual sign-in: confirm your card',
      date: MAY,
      body: 'We blocked a payment. Confirm your card at https://northbank-secure.example/confirm\r\n',
    }),
    { domain: 'northbank.example', selector: 'nb2025', signTime: MAY_SIGNED },
  );

/** The b= opening of the topmost DKIM-Signature (what a receiver prints as header.b). */
const headerB = (signed: string) => signed.match(/ b=([A-Za-z0-9+/]{8})/)?.[1] ?? 'AAAAAAAA';

async function oldDeliveries(write: CaseWriter): Promise<void> {
  const signed = await maySpoof();
  {
    // A Microsoft 365 mailbox: EOP's own id-less record right above its entry (layout: m365-shapes,
    // test/fixtures/legit/README-m365.md), dated May; the bank's p=reject overridden into Junk
    // (action=oreject), as a tenant's anti-phishing policy does by default for a DMARC reject.
    const trace = (s: string) =>
      s.replaceAll('Fri, 20 Nov 2026 10:00:05 +0000', 'Tue, 12 May 2026 09:14:25 +0000');
    const eml = appendHeaders(
      onTop(
        signed,
        ...exchangeMailboxHops().map(trace),
        `Authentication-Results: spf=pass (sender IP is ${ATTACKER_IP})\r\n smtp.mailfrom=attacker.example; dkim=fail (no key for signature)\r\n header.d=northbank.example;dmarc=fail action=oreject\r\n header.from=northbank.example;compauth=fail reason=000`,
        `Received-SPF: Pass (protection.outlook.com: domain of attacker.example designates\r\n ${ATTACKER_IP} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ATTACKER_IP}; helo=mail.attacker.example; pr=C`,
        trace(eopEntry('mail.attacker.example', ATTACKER_IP)),
      ),
      `Return-Path: ${ENVELOPE}`,
      ...exchangeOrgHeaders('BL02EPF00029927.namprd02.prod.outlook.com'),
    );
    emit(write, {
      name: 'probe15-key-gone-outlook-auto-no-options',
      about:
        'The same Microsoft 365 delivery read as an outsider runs it, with no options: `--webmail auto` (the CLI’s default) finds Exchange Online in the topmost Received line and applies the Outlook profile, and key-gone-since-delivery again does not read EOP’s record of the missing key. Wanted: spoofed',
      class: 'key-gone-old-delivery',
      args: [],
      eml,
      expect: SPOOFED,
    });
    emit(write, {
      name: 'probe15-key-gone-outlook-eop-recorded-no-key',
      about:
        'A spoof delivered to a Microsoft 365 mailbox in May 2026 (moved to Junk by the tenant’s DMARC override) and read in December in Outlook: signed d=northbank.example s=nb2025, a selector the bank never published. Exchange Online’s own record above its entry line says "dkim=fail (no key for signature) header.d=northbank.example; dmarc=fail action=oreject": the key was missing at delivery. key-gone-since-delivery (lib/findings/receiver-record.ts) asks only analysis.provider whether the reader’s provider recorded a failure, and for an Outlook reader that is never set (EOP’s header has no id the profile trusts; the rule’s own siblings read it by its position, eopEntryResults), so the old spoof is excused as a key retired since. Wanted: spoofed',
      class: 'key-gone-old-delivery',
      args: OUTLOOK,
      eml,
      expect: SPOOFED,
    });
  }
  {
    // Gmail's delivery (layout: receivers.ts gmailDelivery, from public Gmail headers), dated May.
    const eml = onTop(
      signed,
      'Delivered-To: robin.reader@gmail.com',
      'Received: by 2002:a05:6a10:a0d1:b0:2f5:1234:5678 with SMTP id x12csp5150015pxa;\r\n        Tue, 12 May 2026 02:14:26 -0700 (PDT)',
      `Return-Path: <${ENVELOPE}>`,
      `Received: from mail.attacker.example (mail.attacker.example. [${ATTACKER_IP}])\r\n        by mx.google.com with ESMTPS id a1si5150015qtb.52.2026.05.12.02.14.25\r\n        for <robin.reader@gmail.com>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        Tue, 12 May 2026 02:14:25 -0700 (PDT)`,
      `Authentication-Results: mx.google.com;\r\n       dkim=neutral (no key for signature) header.i=@northbank.example header.s=nb2025 header.b=${headerB(signed)};\r\n       spf=pass (google.com: domain of ${ENVELOPE} designates ${ATTACKER_IP} as permitted sender) smtp.mailfrom=${ENVELOPE};\r\n       dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=northbank.example`,
    );
    emit(write, {
      name: 'probe15-key-gone-gmail-recorded-no-key-control',
      about:
        'Control: the same May spoof delivered to Gmail (into Spam: dis=QUARANTINE) and read in December with the Gmail profile. Gmail’s own results record "dkim=neutral (no key for signature)" and dmarc=fail at delivery; the provider record stops key-gone-since-delivery. Wanted: spoofed (holds today)',
      class: 'key-gone-old-delivery',
      args: ['--webmail', 'gmail'],
      eml,
      expect: SPOOFED,
    });
  }
  {
    // OpenDKIM verifies the first three signatures from the top (opendkim.conf(5),
    // MaximumSignaturesToVerify: "The default is three. Signatures are selected from the top of the
    // message downward"): three of the attacker's own above the bank's leave nothing recorded for it.
    const three = await signAllAttacker(signed);
    const b = [...three.matchAll(/ b=([A-Za-z0-9+/]{8})/g)].map((m) => m[1]);
    const eml = onTop(
      three,
      `Return-Path: <${ENVELOPE}>`,
      `Authentication-Results: ${RECEIVER}; dkim=pass (2048-bit key; unprotected)\r\n\theader.d=attacker.example header.i=@attacker.example header.a=rsa-sha256\r\n\theader.s=s3 header.b=${b[0]};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=attacker.example\r\n\theader.i=@attacker.example header.a=rsa-sha256 header.s=s2 header.b=${b[1]};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=attacker.example\r\n\theader.i=@attacker.example header.a=rsa-sha256 header.s=s1 header.b=${b[2]}`,
      received({
        helo: 'mail.attacker.example',
        rdns: 'mail.attacker.example',
        ip: ATTACKER_IP,
        by: RECEIVER,
        for: 'robin@reader.example',
        date: 'Tue, 12 May 2026 09:14:25 +0000',
      }),
    );
    emit(write, {
      name: 'probe15-key-gone-opendkim-three-signatures-above-bank',
      about:
        'The May spoof signed d=northbank.example s=nb2025 (never published), with three signatures of the attacker’s own domain (s3, s2, s1, each valid) on top of the bank’s. The reader’s Postfix runs OpenDKIM without OpenDMARC, which verifies the first three signatures from the top (MaximumSignaturesToVerify, default three): its record at delivery names only the attacker’s three passes and says nothing of the bank’s missing key. Read in December, key-gone-since-delivery finds no recorded failure of the bank’s organisation and excuses the made-up selector as a key retired since. Wanted: spoofed',
      class: 'key-gone-old-delivery',
      zone: { ...ZONE, ...attackerKeys },
      eml,
      expect: SPOOFED,
    });
    // OpenDMARC after OpenDKIM: its one line under the same authserv-id, appended to OpenDKIM's.
    emit(write, {
      name: 'probe15-key-gone-opendmarc-recorded-fail-control',
      about:
        'Control: the same three-signature May spoof on a box that runs OpenDMARC after OpenDKIM: OpenDKIM still records only the attacker’s three signatures, but OpenDMARC records "dmarc=fail (p=reject dis=none) header.from=northbank.example" at delivery, and the provider’s recorded DMARC failure stops key-gone-since-delivery. Wanted: spoofed (holds today)',
      class: 'key-gone-old-delivery',
      zone: { ...ZONE, ...attackerKeys },
      eml: eml.replace(
        'Authentication-Results: ',
        `Authentication-Results: ${RECEIVER}; dmarc=fail (p=reject dis=none) header.from=northbank.example\r\nAuthentication-Results: `,
      ),
      expect: SPOOFED,
    });
  }
}

const attackerKeys = {
  's2._domainkey.attacker.example': KEY(),
  's3._domainkey.attacker.example': KEY(),
};

/** Three signatures of the attacker's own domain (s1, s2, s3), each on top of the last. */
async function signAllAttacker(raw: string): Promise<string> {
  let out = raw;
  for (const selector of ['s1', 's2', 's3'])
    out = await signCorpus(out, { domain: 'attacker.example', selector, signTime: MAY_SIGNED });
  return out;
}

// ---- Forward Pass over a broken ARC chain; SMTP smuggling with the attacker's own signature.

/** The attacker's Microsoft 365 trial tenant and the default key Exchange Online signs its mail with. */
const TENANT = 'fabrikam-billing7.onmicrosoft.com';
const TENANT_SELECTOR = `selector1-${TENANT.replace(/\./g, '-')}`;
/** Exchange Online's outbound frontend (EUR05), forward-confirmed (as probe12's). */
const EOP_OUT = {
  helo: 'EUR05-VI1-obe.outbound.protection.outlook.com',
  rdns: 'mail-vi1eur05on2050.outbound.protection.outlook.com',
  ip: '40.107.22.50',
};
const BANK_M365 = {
  'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 include:spf.protection.outlook.com -all'] },
  ...M365_SPF_ZONE,
  'selector1._domainkey.northbank.example': KEY(),
  'arcselector10001._domainkey.microsoft.com': KEY(),
  'arc._domainkey.lists.attacker.example': KEY(),
  [`${TENANT_SELECTOR}._domainkey.${TENANT}`]: KEY(),
  ...ptr(EOP_OUT.ip, EOP_OUT.rdns),
};

/** Exchange Online's hop inside the sending tenant, below its outbound frontend (as probe12's). */
const tenantHop = `Received: from AM9PR08MB6161.eurprd08.prod.outlook.com (2603:10a6:20b:4d9::14)\r\n by DU0PR08MB9584.eurprd08.prod.outlook.com (2603:10a6:10:44a::5) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; ${DATE}`;

/** The reader's Postfix taking a message from Exchange Online's outbound frontend. */
const fromEop = (raw: string, envelope: string) =>
  onTop(
    raw,
    `Return-Path: <${envelope}>`,
    received({ ...EOP_OUT, by: RECEIVER, for: 'robin@reader.example' }),
  );

async function forwardAndSmuggle(write: CaseWriter): Promise<void> {
  {
    // The attacker's ARC set over the spoof (its own sealer), broken on purpose by a later change.
    const sealedByAttacker = await sealCorpus(spoof(), {
      domain: 'lists.attacker.example',
      cv: 'none',
      authResults:
        'lists.attacker.example; spf=pass smtp.mailfrom=northbank.example; dmarc=pass header.from=northbank.example',
    });
    const broken = sealedByAttacker.replace(
      'Subject: Unusual sign-in: confirm your card',
      'Subject: Unusual sign-in: confirm your card today',
    );
    const atTenant = onTop(
      broken,
      `Authentication-Results: spf=fail (sender IP is ${ATTACKER_IP})\r\n smtp.mailfrom=northbank.example; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=oreject header.from=northbank.example;compauth=fail\r\n reason=000`,
      eopEntry('mail.attacker.example', ATTACKER_IP),
    );
    const microsoftSealed = await sealCorpus(onTop(atTenant, tenantHop), {
      domain: 'microsoft.com',
      selector: 'arcselector10001',
      // RFC 8617 §5.1.2: a sealer that finds the chain failed seals with cv=fail.
      cv: 'fail' as 'none',
      authResults: `mx.microsoft.com 1; spf=fail (sender ip is ${ATTACKER_IP}) smtp.mailfrom=northbank.example; dmarc=fail (p=reject sp=reject pct=100) action=oreject header.from=northbank.example; dkim=none (message not signed); arc=fail (48)`,
    });
    emit(write, {
      name: 'probe15-forwardpass-m365-forward-over-broken-arc',
      about:
        'Forward Pass (Liu et al., IEEE S&P 2023) as in probe12-forwardpass-m365-forward-envelope-kept, with one step added: before sending the unsigned bank spoof to its own Microsoft 365 tenant, the attacker puts an ARC set of its own on it (i=1, lists.attacker.example) and breaks it (changes the Subject after sealing). The tenant forwards it keeping the bank’s envelope; Exchange Online’s outbound address passes the bank’s "include:spf.protection.outlook.com", so SPF and DMARC pass. Exchange Online signs it with the tenant’s default key (d=fabrikam-billing7.onmicrosoft.com) as it signs every forward. Microsoft seals i=2 with cv=fail, its AAR recording the bank’s dmarc=fail, but a failed chain has no believed forwarder, so forwarder-recorded-fail (lib/findings/arc.ts, intact chains only) never reads that record and the message is back to the shared-SPF "unverified". Wanted: not trusted',
      class: 'forwardpass-broken-arc',
      zone: { ...ZONE, ...BANK_M365 },
      eml: fromEop(
        await signCorpus(microsoftSealed, { domain: TENANT, selector: TENANT_SELECTOR }),
        'security@northbank.example',
      ),
      expect: NOT_TRUSTED,
    });
  }
  {
    const signedByAttacker = await signCorpus(spoof(), { domain: 'attacker.example', selector: 's1' });
    emit(write, {
      name: 'probe15-smuggling-exchange-online-attacker-signed',
      about:
        'SMTP smuggling (SEC Consult, Dec 2023) through Exchange Online, as probe12-smuggling-exchange-online-bank-customer: a second message hidden in the attacker’s tenant’s submission leaves Exchange Online’s outbound address with the bank’s envelope and From; the bank’s "include:spf.protection.outlook.com" passes it. The smuggled message is the attacker’s own text, so it signs it with its own domain (d=attacker.example, verifies): platform-unsigned (lib/findings/platform-unsigned.ts) stands back for any DKIM-Signature, and genuine Exchange Online mail always carries the tenant’s own signature (or its onmicrosoft.com one), never only a third party’s. Wanted: not trusted',
      class: 'smuggling-signed',
      zone: { ...ZONE, ...BANK_M365 },
      eml: fromEop(signedByAttacker, 'security@northbank.example'),
      expect: NOT_TRUSTED,
    });
  }
  {
    // GMX's relay (AS 8560, known by its name: lib/relay/providers-esp.ts) and its French brand's
    // domain; that GMX's country domains leave through the same mout.gmx.net relays and are signed
    // like gmx.net is recalled, not confirmed from a public raw copy.
    const MOUT_GMX = { helo: 'mout.gmx.net', rdns: 'mout.gmx.net', ip: '212.227.17.21' };
    emit(write, {
      name: 'probe15-smuggling-gmx-fr-own-domain',
      about:
        'SMTP smuggling (SEC Consult, Dec 2023) as in probe12-smuggling-webde-own-domain, with GMX’s French brand: a GMX user smuggles "From: GMX Sécurité <securite@gmx.fr>" with that envelope through mout.gmx.net to the reader’s vulnerable Postfix. gmx.fr’s record covers GMX’s relays, so SPF and DMARC pass; the message is unsigned. platform-unsigned knows GMX’s own From domains as gmx.net, gmx.de, gmx.com, gmx.at, gmx.ch and web.de only, so GMX’s other country domains (gmx.fr, gmx.co.uk, gmx.es, gmx.us), which GMX signs the same way, are left out. Wanted: not trusted',
      class: 'smuggling-unsigned',
      zone: {
        ...ZONE,
        'gmx.fr': { TXT: ['v=spf1 include:spf.gmx.net -all'] },
        'spf.gmx.net': { TXT: ['v=spf1 ip4:212.227.15.0/25 ip4:212.227.17.0/27 ip4:74.208.4.192/26 -all'] },
        '_dmarc.gmx.fr': { TXT: ['v=DMARC1; p=quarantine'] },
        'badeba3b8450._domainkey.gmx.fr': KEY(),
        ...ptr(MOUT_GMX.ip, MOUT_GMX.rdns),
      },
      eml: onTop(
        submitted({
          from: 'GMX Sécurité <securite@gmx.fr>',
          subject: 'Votre compte GMX sera désactivé',
          body: 'Confirmez votre compte sous 24 heures : https://gmx-compte.attacker.example/login\r\n',
        }),
        'Return-Path: <securite@gmx.fr>',
        received({ ...MOUT_GMX, by: RECEIVER, for: 'robin@reader.example' }),
      ),
      expect: NOT_TRUSTED,
    });
  }
}

// ---- Controls: the subject-tag excuse and the mbox retries undo only what they claim to.

async function tagAndQuotingControls(write: CaseWriter): Promise<void> {
  const genuine = await genuineBankNotice();
  const replayed = (raw: string) =>
    onTop(
      raw,
      `Return-Path: <${ENVELOPE}>`,
      received({
        helo: 'mail.attacker.example',
        rdns: 'mail.attacker.example',
        ip: ATTACKER_IP,
        by: RECEIVER,
        for: 'robin@reader.example',
      }),
    );
  emit(write, {
    name: 'probe15-subject-tag-external-then-lure-on-bank-replay',
    about:
      'Control: the bank’s signed statement notice replayed with the Subject "[EXTERNAL] Card locked, call 0800 555 0100: Your statement is ready": a gateway’s word first, the lure after it. Only the tag is undone, the lure stays, and the signature does not verify. Wanted: spoofed (holds today)',
    class: 'subject-tag-replay',
    eml: replayed(
      genuine.replace(
        'Subject: Your statement is ready',
        'Subject: [EXTERNAL] Card locked, call 0800 555 0100: Your statement is ready',
      ),
    ),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe15-subject-tag-two-tags-lure-inside-on-bank-replay',
    about:
      'Control: "[EXTERNAL] [Card Locked - Call Now] Your statement is ready": a gateway’s tag before the lure tag, hoping both are taken as the gateway’s. The restore undoes one leading tag; the second is left, the signature fails. Wanted: spoofed (holds today)',
    class: 'subject-tag-replay',
    eml: replayed(
      genuine.replace(
        'Subject: Your statement is ready',
        'Subject: [EXTERNAL] [Card Locked - Call Now] Your statement is ready',
      ),
    ),
    expect: SPOOFED,
  });
  emit(write, {
    name: 'probe15-subject-tag-amavis-spam-on-bank-replay-control',
    about:
      'Control: the bank’s signed notice replayed under amavis’s "***Spam*** " tag: a filter’s own words, undone (subject-tag-added, low); the reader sees the bank’s Subject and body but for the tag, which a plain replay would show without it ("authenticated"). Wanted: neither authenticated nor spoofed, with subject-tag-added (holds today; recorded so the excuse stays no more than that)',
    class: 'subject-tag-replay',
    eml: replayed(
      genuine.replace('Subject: Your statement is ready', 'Subject: ***Spam*** Your statement is ready'),
    ),
    expect: { notVerdict: ['authenticated', 'spoofed'], findings: ['subject-tag-added'] },
  });
  emit(write, {
    name: 'probe15-mbox-quoted-lure-line-added-to-bank-replay',
    about:
      'Control: the bank’s signed notice replayed with a line of the attacker’s added in mbox-quoted form (">From the Northbank fraud team: call 0800 555 0100 now."), hoping the mbox retries (lib/analyze.ts withMboxUnquoted) take it for a store’s quoting. Undoing the quoting leaves the added line in the body, so the signature still fails. Wanted: spoofed (holds today)',
    class: 'mbox-quoting',
    eml: replayed(
      genuine.replace(
        'Your November statement is ready in online banking.\r\n',
        'Your November statement is ready in online banking.\r\n>From the Northbank fraud team: call 0800 555 0100 now.\r\n',
      ),
    ),
    expect: SPOOFED,
  });
}

// ---- A co-tenant on the reader's shared cPanel host: mail written on the box, by someone else.

function sharedHostCotenant(write: CaseWriter): void {
  const HOST = 'server212.cpanel-host.example';
  const date = 'Fri, 20 Nov 2026 11:02:17 +0100 (CET)';
  // Exim's local-submission line and cPanel's delivery rows, in the shape rw16's cPanel case copies
  // (test/corpus/legit/realworld16.ts, rw16-cpanel-exim-local-wordpress-contact-form).
  const local = (raw: string, account: string) =>
    onTop(
      raw,
      `Return-Path: <${account}@${HOST}>`,
      'Envelope-to: robin@reader.example',
      `Delivery-date: ${date}`,
      `Received: from ${account} by ${HOST} with local (Exim 4.96.2)\r\n\t(envelope-from <${account}@${HOST}>)\r\n\tid 1tE4aR-0007Qz-1k\r\n\tfor robin@reader.example; ${date}`,
    );
  const zone = {
    ...ZONE,
    'reader.example': { TXT: [`v=spf1 +a +mx include:spf.cpanel-host.example ~all`] },
    '_dmarc.reader.example': { TXT: ['v=DMARC1; p=reject'] },
  };
  emit(write, {
    name: 'probe15-shared-cpanel-cotenant-ceo-fraud-reader-domain',
    about:
      'robin@reader.example’s mailbox lives on a shared cPanel server, and so does the attacker’s cheap hosting account (attk0412). Its PHP script calls mail() with "From: Dana Whitfield, CFO <cfo@reader.example>" and a wire-transfer request to robin: Exim delivers it on the box ("from attk0412 by server212.cpanel-host.example with local … for robin@reader.example"), the shape rw16 made "mail the box writes for the customer domain it delivers to" (unverified), whichever account wrote it. reader.example publishes p=reject; only the Exim line’s local account (not the reader’s) tells the co-tenant’s mail from the reader’s own site’s. Wanted: not trusted (a DMARC failure of the reader’s own domain written by an account of the box that is not the domain’s)',
    class: 'local-mail-cotenant',
    args: ['--authserv-id', HOST],
    zone,
    eml: local(
      submitted({
        from: '"Dana Whitfield, CFO" <cfo@reader.example>',
        to: 'robin@reader.example',
        subject: 'Urgent: supplier payment today',
        date: 'Fri, 20 Nov 2026 11:02:17 +0100',
        extraHeaders: ['X-PHP-Originating-Script: 1412:wp-content/uploads/cache.php'],
        body: 'Robin, please wire 48,200 EUR to the new supplier account today; details attached. Dana\r\n',
      }),
      'attk0412',
    ),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe15-shared-cpanel-cotenant-bank-spoof-control',
    about:
      'Control: the same co-tenant’s PHP mail() on the shared cPanel box, From the bank (p=reject): the box delivers it to robin@reader.example, and the bank is not a domain the box delivers to. Wanted: spoofed (holds today)',
    class: 'local-mail-cotenant',
    args: ['--authserv-id', HOST],
    zone,
    eml: local(spoof(), 'attk0412'),
    expect: SPOOFED,
  });
}

// ---- UTF-7 split across two encoded-words.

async function splitUtf7(write: CaseWriter): Promise<void> {
  const signed = await signCorpus(
    submitted({
      // "+AEA-" (the @) split between two adjacent words of one charset: a decoder that joins the
      // words' bytes before decoding (as RFC 2047 §6.2 suggests a reader may, to rebuild a character
      // split across words) shows "security@northbank.example".
      from: '=?utf-7?q?security+AE?= =?utf-7?q?A-northbank.example?= <notice@attacker.example>',
      subject: 'Action required on your account',
    }),
    { domain: 'attacker.example', selector: 's1' },
  );
  emit(write, {
    name: 'probe15-utf7-address-split-across-encoded-words',
    about:
      'probe12’s UTF-7 display name with the shifted "@" cut between two adjacent encoded-words of the same charset ("=?utf-7?q?security+AE?= =?utf-7?q?A-northbank.example?="), from the attacker’s fully authenticated domain. Each word alone decodes to "security" and "A-northbank.example"; a reader that joins the words of one charset before decoding (which RFC 2047 readers do to rebuild a character split across words) shows "security@northbank.example". Wanted: not trusted (display-name-address, or the UTF-7 charset itself)',
    class: 'encoded-word-utf7',
    eml: onTop(
      signed,
      `Return-Path: <bounce@attacker.example>`,
      received({
        helo: 'mail.attacker.example',
        rdns: 'mail.attacker.example',
        ip: ATTACKER_IP,
        by: RECEIVER,
        for: 'robin@reader.example',
      }),
    ),
    expect: NOT_TRUSTED,
  });
}

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
