// Real-world delivery shapes, hundred-and-fortieth round: genuine mail this hour's rules could hurt.
// 1. Forwarded and list mail whose trusted forwarder's sealed ARC record holds dmarc=fail for the
//    From domain beside a relaxed-aligned pass (lib/findings/arc-record.ts passFor now records no
//    pass then): a university at adkim=s/aspf=s whose own Mailman 3 list on lists.<uni> re-signs and
//    adds a footer (read direct, and after the reader's Workspace forwards it on, Google's ARC i=1
//    recording the strict fail); a p=none sender at adkim=s whose ESP signs d=mail.<domain> (the
//    author's own misconfiguration), through a Fastmail alias (ARC by messagingengine.com) and direct.
// 2. Exchange Online deliveries read in Outlook where EOP's Received-SPF for the entry does not sit
//    right above the entry line (lib/findings/eop-record.ts entryCandidates): the tenant's inbound
//    mail routed out to a third-party archiver and back in (a second EOP pass, its own Received-SPF
//    for the archiver further up), tagged "[EXTERNAL]" after entry.
// 3. Small firms on STRATO (signed and unsigned) and all-inkl (signed) read in Gmail and a box
//    (lib/relay/providers-esp.ts, Origin.platformRelay, auth-state.ts SHARED_PLATFORMS).
// Attack twins: a co-tenant at STRATO writing as the firm through the shared include, unsigned.
// Where the layouts were learnt (`search`):
// - Microsoft's ARC record holding dmarc=fail beside dkim=pass and arc=pass (oda=1 ltdi=1
//   spf=[1,3,…] dkim=[1,3,header.d=…] dmarc=[1,3,header.from=…]) for forwarded mail: a Microsoft
//   Q&A thread (learn.microsoft.com/en-us/answers/questions/2336905, pages corpus, 2025); Gmail's
//   ARC-Authentication-Results wording for forwarded mail with a foreign dkim=pass (header.i=@
//   mail.paypal.com beside spf=fail): itecnotes.com "Forwarding to Gmail doesn't work for emails
//   from Microsoft.com due to DMARC" (pages corpus). Fastmail's record wording as realworld137
//   (recalled there, NOT confirmed). That real universities publish adkim=s with a list subdomain
//   re-signing was NOT confirmed: assumed (strict alignment is uncommon but published by some).
// - Mailman 3's default (no DMARC mitigation unless set): docs.mailman3.org "DMARC Mitigations"
//   (realworld137); its footer recalled.
// - EOP's id-less Authentication-Results and Received-SPF right above its entry: m365-shapes.ts
//   (README-m365.md). The archiver loop's layout (EOP out to the archiver and back through an
//   inbound connector, a second Received-SPF for the archiver's address) is NOT confirmed from a
//   public copy: modelled on Microsoft's documented "route through a third party and back" flow.
// - STRATO: relays *.smtp.rzone.de and 85.215.255.0/24 as lib/relay/providers-esp.ts (lore.kernel.org
//   copies); its RZmta "with ESMTPSA" line and X-RZG-AUTH / X-RZG-CLASS-ID rows recalled, NOT
//   re-confirmed (the code-corpus search found only STRATO SMTP setup notes: smtp.strato.de:587);
//   selector strato-dkim-0002 recalled, NOT confirmed. all-inkl: KAS relay dd21710.kasserver.com
//   [85.13.145.180], `a mx include:spf.kasserver.com ~all` and selector kas202606070335 as probe139.
// Names and addresses are documentation ones except the providers' own; every key is the corpus key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, KEY, legitCorpus, ptr, type Relay, signAll } from '../kit';
import { sealCorpus } from '../list-shapes';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { dovecotLmtp, eopDelivery, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const BOX = 'mail.reader-box.example';
const GMAIL_RCPT = 'robin.reader@gmail.com';

/** Authenticated: DMARC passes on the sender's own signature. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** Genuine, nothing of the firm's own signs it: neither authenticated nor spoofed. */
const HONEST_UNSIGNED: CaseExpectation = { notVerdict: ['authenticated', 'spoofed'] };
/** Genuine, never spoofed. */
const NOT_SPOOFED: CaseExpectation = { notVerdict: ['spoofed'] };

const dmarc = (d: string, r: string) => ({ [`_dmarc.${d}`]: { TXT: [r] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

// ---- Hosts (real names and addresses) -------------------------------------------------------
const GOOGLE_FWD: Relay = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};
const FASTMAIL: Relay = {
  helo: 'fout-a4-smtp.messagingengine.com',
  rdns: 'fout-a4-smtp.messagingengine.com',
  ip: '103.168.172.147',
};
const STRATO: Relay = {
  helo: 'mo4-p00-ob.smtp.rzone.de',
  rdns: 'mo4-p00-ob.smtp.rzone.de',
  ip: '85.215.255.22',
};
const KAS: Relay = { helo: 'dd21710.kasserver.com', rdns: 'dd21710.kasserver.com', ip: '85.13.145.180' };
const SES: Relay = {
  helo: 'a7-12.smtp-out.eu-west-1.amazonses.com',
  rdns: 'a7-12.smtp-out.eu-west-1.amazonses.com',
  ip: '54.240.7.12',
};

// ---- Senders ---------------------------------------------------------------------------------
const UNI = 'ostmark-uni.example'; // adkim=s aspf=s p=quarantine; its list on lists.<UNI>
const LISTS: Relay = { helo: `lists.${UNI}`, rdns: `lists.${UNI}`, ip: '203.0.113.60' };
const UNI_MAIL: Relay = { helo: `mx-out.${UNI}`, rdns: `mx-out.${UNI}`, ip: '203.0.113.61' };
const SHOP = 'lindgren-outdoor.example'; // p=none, adkim=s, ESP signs d=mail.<SHOP>
const BAKERY = 'baeckerei-hollmann.example'; // STRATO
const JOINERY = 'tischlerei-brandt.example'; // all-inkl
const CO = 'schnaeppchen-markt.example'; // a STRATO co-tenant

const ZONE = {
  ...ptr(GOOGLE_FWD.ip, GOOGLE_FWD.rdns),
  ...ptr(FASTMAIL.ip, FASTMAIL.rdns),
  ...ptr(STRATO.ip, STRATO.rdns),
  ...ptr(KAS.ip, KAS.rdns),
  ...ptr(SES.ip, SES.rdns),
  ...ptr(LISTS.ip, LISTS.rdns),
  ...ptr(UNI_MAIL.ip, UNI_MAIL.rdns),
  ...M365_SPF_ZONE,
  ...txt('gmail.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
  ...txt('fastmail.com', 'v=spf1 ip4:103.168.172.0/24 ip4:66.111.4.0/24 -all'),
  ...key('google.com', 'arc'),
  ...key('messagingengine.com', 'arc'),
  ...txt('eu-west-1.amazonses.com', 'v=spf1 ip4:54.240.0.0/18 ip4:69.169.224.0/20 -all'),
  ...txt('_spf.strato.com', 'v=spf1 ip4:85.215.255.0/24 ip4:81.169.146.0/24 ~all'),
  ...txt('spf.kasserver.com', 'v=spf1 ip4:85.13.128.0/18 ~all'),
  // The university: strict alignment, its list re-signs as the list subdomain.
  ...txt(UNI, `v=spf1 ip4:${UNI_MAIL.ip} -all`),
  ...txt(`lists.${UNI}`, `v=spf1 ip4:${LISTS.ip} -all`),
  ...key(UNI, 'sel2026'),
  ...key(`lists.${UNI}`, 'mm3'),
  ...dmarc(UNI, 'v=DMARC1; p=quarantine; adkim=s; aspf=s'),
  // The outdoor shop: p=none, adkim=s, its ESP signs the subdomain.
  ...txt(SHOP, 'v=spf1 include:amazonses.com ~all'),
  ...key(`mail.${SHOP}`, 'ses1'),
  ...dmarc(SHOP, 'v=DMARC1; p=none; adkim=s; rua=mailto:dmarc@lindgren-outdoor.example'),
  // STRATO and all-inkl firms.
  ...txt(BAKERY, 'v=spf1 include:_spf.strato.com ~all'),
  ...key(BAKERY, 'strato-dkim-0002'),
  ...dmarc(BAKERY, 'v=DMARC1; p=quarantine'),
  [JOINERY]: {
    TXT: ['v=spf1 a mx include:spf.kasserver.com ~all'],
    A: [KAS.ip],
    MX: [{ priority: 10, exchange: KAS.rdns }],
  },
  ...key(JOINERY, 'kas202606070335'),
  ...dmarc(JOINERY, 'v=DMARC1; p=quarantine'),
  ...txt(CO, 'v=spf1 include:_spf.strato.com ~all'),
  ...dmarc(CO, 'v=DMARC1; p=none'),
};

const domainOf = (a: string) => a.slice(a.lastIndexOf('@') + 1).replace(/>$/, '');

// ---- 1. The university list, strict alignment --------------------------------------------------
const LIST = `seminar@lists.${UNI}`;
const LIST_ENV = `seminar-bounces@lists.${UNI}`;
async function listPost(n: string, to: string): Promise<string> {
  const signed = await signAll(
    submitted({
      from: `Prof. Jana Ostrowski <j.ostrowski@${UNI}>`,
      to: `Physics seminar <${LIST}>`,
      subject: '[Seminar] Colloquium moved to room 2.14',
      date: SENT,
      messageId: `<a1b2c3d4-140${n}-4e5f@${UNI}>`,
      body: 'Dear all,\r\n\r\nthis Thursday the colloquium takes place in room 2.14, same time.\r\n\r\nJana Ostrowski\r\n',
    }),
    [[UNI, 'sel2026']],
  );
  // Mailman 3 (no DMARC mitigation, its default): subject already tagged, list fields, footer.
  const withFooter = signed.replace(
    /\r\n$/,
    `\r\n_______________________________________________\r\nSeminar mailing list -- ${LIST}\r\nTo unsubscribe send an email to seminar-leave@lists.${UNI}\r\n`,
  );
  const listed = onTop(
    withFooter,
    `List-Id: Physics seminar <seminar.lists.${UNI}>`,
    `List-Post: <mailto:${LIST}>`,
    `List-Unsubscribe: <mailto:seminar-leave@lists.${UNI}>`,
    'X-Mailman-Version: 3.3.9',
    'Precedence: list',
    `Received: from ${UNI_MAIL.helo} (${UNI_MAIL.rdns} [${UNI_MAIL.ip}])\r\n\tby lists.${UNI} (Postfix) with ESMTPS id 4Zk140${n}L1\r\n\tfor <${LIST}>; Fri, 20 Nov 2026 10:00:02 +0000`,
  );
  const resigned = await signAll(
    listed,
    [[`lists.${UNI}`, 'mm3']],
    ['from', 'to', 'subject', 'date', 'message-id', 'list-id', 'list-post'],
  );
  return onTop(
    resigned,
    `Received: from lists.${UNI} (localhost [127.0.0.1])\r\n\tby lists.${UNI} (Postfix) with ESMTP id 4Zk140${n}L2\r\n\tfor <${to}>; Fri, 20 Nov 2026 10:00:03 +0000`,
  );
}
/** What a receiver of the list's copy records: the author's signature broken, the list's passes, DMARC fails (strict). */
const listResults = (policy = 'QUARANTINE') => [
  gmailDkim(UNI, 'sel2026', 'fail'),
  gmailDkim(`lists.${UNI}`, 'mm3'),
  gmailSpf(LIST_ENV, LISTS.ip),
  gmailDmarc(UNI, policy, 'fail'),
];

// ---- 1b. The shop's ESP mail, strict DKIM alignment, p=none -------------------------------------
const SHOP_ENV = `0102018c5e2f7a10-9b1e-4c2d-000000@eu-west-1.amazonses.com`;
const shopMail = (n: string, to: string) =>
  signAll(
    submitted({
      from: `Lindgren Outdoor <orders@${SHOP}>`,
      to: `Robin Reader <${to}>`,
      subject: 'Your order 140-77812 has shipped',
      date: SENT,
      messageId: `<0102018c5e2f7a10-140${n}-000000@eu-west-1.amazonses.com>`,
      body: 'Hello Robin,\r\n\r\nyour order 140-77812 (1 x trekking pole set) has shipped with DHL.\r\n\r\nLindgren Outdoor\r\n',
    }),
    [[`mail.${SHOP}`, 'ses1']],
  );

// ---- 3. STRATO and all-inkl --------------------------------------------------------------------
const stratoLines = (n: string, env: string) => [
  `Received: from [IPv6:2001:db8:140::${n === 'a' ? '10' : '11'}]\r\n\tby smtp.strato.de (RZmta 51.2.11 AUTH)\r\n\twith ESMTPSA id z0a1b2140${n}A9kQ\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\r\n\t(Client did not present a certificate)\r\n\tfor <${GMAIL_RCPT}>;\r\n\tFri, 20 Nov 2026 11:00:01 +0100 (CET)`,
  'X-RZG-CLASS-ID: mo00',
  `X-RZG-AUTH: ":P2EQZWCpfu+qG7CngxMFH1J+3q8wa/QXkBR9MXjAuzpIG0mv9coXAg4wqVv7FZ${n}140="`,
  `X-Envelope-From: ${env}`,
];
const kasLines = (n: string) => [
  `Received: from tischlerei-brandt.example (dd21710.kasserver.com [85.13.145.180])\r\n\tby dd21710.kasserver.com (Postfix) with ESMTPSA id 2B9F3140${n}A;\r\n\tFri, 20 Nov 2026 11:00:01 +0100 (CET)`,
  'X-Spamd-Bar: /',
];

async function hostMail(o: {
  from: string;
  env: string;
  relay: Relay;
  signers: [string, string][];
  subject: string;
  body: string;
  n: string;
  lines: string[];
}): Promise<string> {
  const signed = await signAll(
    submitted({
      from: o.from,
      to: `Robin Reader <${GMAIL_RCPT}>`,
      subject: o.subject,
      date: SENT,
      messageId: `<${o.n}140.9f3e@${domainOf(o.env)}>`,
      body: o.body,
    }),
    o.signers,
  );
  return onTop(signed, ...o.lines);
}

const gmailOf = (raw: string, relay: Relay, envelope: string, results: string[], n: string, spf?: 'pass') =>
  gmailDelivery(raw, {
    relay,
    envelope,
    results: results.join('\r\n       '),
    ids: [`x140csp${n}pxb`, `a140si${n}qtc.140`],
    ...(spf ? { spf } : {}),
    deliveredTo: true,
  });

const boxOf = (
  raw: string,
  relay: Relay,
  envelope: string,
  fromDomain: string,
  dmarcRes: string,
  policy: string,
  dkim: [string, string][],
  n: string,
) =>
  onTop(
    raw,
    `Return-Path: <${envelope}>`,
    dovecotLmtp(
      BOX,
      envelope,
      'robin@reader-box.example',
      `kB140${n}dE3fG4hI5jK6lM7n`,
      'Fri, 20 Nov 2026 10:00:04 +0000',
    ),
    `Authentication-Results: ${BOX}; dmarc=${dmarcRes} (p=${policy} dis=none) header.from=${fromDomain}`,
    ...dkim.map(
      ([d, s]) =>
        `Authentication-Results: ${BOX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${d} header.i=@${d} header.a=rsa-sha256 header.s=${s} header.b=Q29ycHVz;\r\n\tdkim-atps=neutral`,
    ),
    `Authentication-Results: ${BOX}; spf=pass smtp.mailfrom=${envelope}`,
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${relay.ip}; helo=${relay.helo}; envelope-from=${envelope}; receiver=<UNKNOWN>`,
    `Received: from ${relay.helo} (${relay.rdns} [${relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw140${n}a2\r\n\tfor <robin@reader-box.example>; Fri, 20 Nov 2026 10:00:03 +0000`,
  );

// ---- 2. Exchange Online, mail that passes EOP twice (archiver loop) -----------------------------
const PARTNER = 'fjordline-partners.example';
const PARTNER_RELAY: Relay = {
  helo: 'mail.fjordline-partners.example',
  rdns: 'mail.fjordline-partners.example',
  ip: '198.51.100.40',
};
const ARCHIVER: Relay = {
  helo: 'in.archive-vault.example',
  rdns: 'in.archive-vault.example',
  ip: '203.0.113.90',
};
const EOP_ZONE = {
  ...ptr(PARTNER_RELAY.ip, PARTNER_RELAY.rdns),
  ...ptr(ARCHIVER.ip, ARCHIVER.rdns),
  ...txt(PARTNER, `v=spf1 ip4:${PARTNER_RELAY.ip} -all`),
  ...key(PARTNER, 's1'),
  ...dmarc(PARTNER, 'v=DMARC1; p=reject'),
  ...txt('archive-vault.example', `v=spf1 ip4:${ARCHIVER.ip} -all`),
};
const DT = 'Fri, 20 Nov 2026 10:00:05 +0000';
/**
 * The partner's mail into the reader's tenant: EOP's first pass (entry, Received-SPF and results
 * right above it), out to the archiver and back in (a second entry with its own Received-SPF for
 * the archiver), then the mailbox hops. `firstSpf` false: the first pass's Received-SPF is not
 * written (a hybrid/connector entry), only the one further up.
 */
async function archiverLoop(n: string, firstSpf: boolean): Promise<string> {
  const signed = await signAll(
    submitted({
      from: `Dana Whitfield <dana@${PARTNER}>`,
      to: 'Robin Reader <robin.reader@harbourline.example>',
      subject: '[EXTERNAL] Charter agreement, signed copy',
      date: SENT,
      messageId: `<CAF140${n}x9Q+partner@mail.${PARTNER}>`,
      body: 'Hi Robin,\r\n\r\nthe signed copy is in the shared folder.\r\n\r\nDana\r\n',
    }),
    [[PARTNER, 's1']],
  );
  const eopAr = (ip: string, mailfrom: string, dkim: string, dmarcRes: string, comp: string) =>
    `Authentication-Results: spf=pass (sender IP is ${ip})\r\n smtp.mailfrom=${mailfrom}; ${dkim};dmarc=${dmarcRes} action=none\r\n header.from=${PARTNER};compauth=${comp}`;
  const rspf = (ip: string, mailfrom: string, helo: string) =>
    `Received-SPF: Pass (protection.outlook.com: domain of ${mailfrom} designates\r\n ${ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ip}; helo=${helo}; pr=C`;
  return eopDelivery(
    onTop(
      signed,
      // Back from the archiver: the archiver's own line, then EOP's outbound hop to it.
      `Received: from AM6PR02MB4711.eurprd02.prod.outlook.com (2603:10a6:20b:c0::20)\r\n by ${ARCHIVER.helo} with ESMTPS id 140${n}ArcV; ${DT}`,
      `Received: from DB8EUR05FT011.eop-eur05.prod.protection.outlook.com\r\n (2603:10a6:20b:c0:cafe::4d) by AM6PR02MB4711.eurprd02.prod.outlook.com\r\n (2603:10a6:20b:c0::20) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.19 via Frontend\r\n Transport; ${DT}`,
      eopAr(
        PARTNER_RELAY.ip,
        PARTNER,
        `dkim=pass (signature was verified)\r\n header.d=${PARTNER}`,
        'pass',
        'pass reason=100',
      ),
      ...(firstSpf ? [rspf(PARTNER_RELAY.ip, PARTNER, PARTNER_RELAY.helo)] : []),
      `Received: from ${PARTNER_RELAY.helo} (${PARTNER_RELAY.ip}) by\r\n DB8EUR05FT011.mail.protection.outlook.com (10.233.238.91) with Microsoft\r\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.14\r\n via Frontend Transport; ${DT}`,
    ),
    {
      ip: ARCHIVER.ip,
      helo: ARCHIVER.helo,
      ar: `spf=pass (sender IP is ${ARCHIVER.ip})\r\n smtp.mailfrom=${PARTNER}; dkim=pass (signature was verified)\r\n header.d=${PARTNER};dmarc=pass action=none\r\n header.from=${PARTNER};compauth=pass reason=100`,
      spf: `Pass (protection.outlook.com: domain of ${PARTNER} designates\r\n ${ARCHIVER.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ARCHIVER.ip}; helo=${ARCHIVER.helo}; pr=C`,
      returnPath: `dana@${PARTNER}`,
    },
  );
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: {
    name: string;
    cls: string;
    about: string;
    eml: string;
    args: string[];
    expect: CaseExpectation;
    zone?: Record<string, unknown>;
    twin?: boolean;
  }) =>
    emitCase(write, {
      name: c.name,
      about: c.about,
      class: `realworld140-${c.cls}`,
      eml: c.eml,
      zone: c.zone ?? ZONE,
      args: c.args,
      expect: c.expect,
      ...(c.twin ? { twin: true } : {}),
    });
  const GMAIL = ['--webmail', 'gmail'];
  const BOXARGS = ['--authserv-id', BOX];

  // ---- 1. University list, strict alignment: direct, and forwarded by Workspace (ARC google.com) ----
  emit({
    name: 'realworld140-gmail-uni-list-strict-alignment-direct',
    cls: 'list-strict',
    about: `Genuine control: Prof. Ostrowski (${UNI}: p=quarantine adkim=s aspf=s) posts to her university's own Mailman 3 list seminar@lists.${UNI} (default: no DMARC mitigation); the list adds its footer (her d=${UNI} signature breaks), re-signs d=lists.${UNI} s=mm3 and sends with envelope ${LIST_ENV}. Gmail: dkim=fail (${UNI}), dkim=pass (lists.${UNI}), spf=pass (lists.${UNI}), dmarc=fail (strict). Relaxed alignment would pass; the university's own strict policy fails it. Wanted: never spoofed (list-modified mail of the author's own organisation); unverified is the honest answer.`,
    eml: gmailOf(await listPost('a', GMAIL_RCPT), LISTS, LIST_ENV, listResults(), 'a', 'pass'),
    args: GMAIL,
    expect: NOT_SPOOFED,
  });
  {
    const env = `robin.reader+caf_=robin.reader=gmail.com@alumni-${UNI}`;
    const fwd = await sealCorpus(await listPost('b', `robin.reader@alumni-${UNI}`), {
      domain: 'google.com',
      cv: 'none',
      authResults: `mx.google.com;\r\n       ${listResults().join('\r\n       ')}`,
    });
    emit({
      name: 'realworld140-gmail-uni-list-strict-alignment-workspace-forward-arc',
      cls: 'list-strict-forward',
      about: `Genuine: the same list post reaches the reader's alumni address (Google Workspace), which forwards it to personal Gmail: ARC i=1 by google.com recording exactly what the direct Gmail copy shows (dkim=pass for lists.${UNI}, relaxed-aligned; dmarc=fail under adkim=s). Gmail: arc=pass, dmarc=fail. arc-record.ts passFor now records no pass for it. Wanted: never spoofed, and read no worse than the direct copy (the forwarder recorded what any receiver sees).`,
      eml: gmailOf(
        fwd,
        GOOGLE_FWD,
        env,
        [
          `arc=pass (i=1 spf=pass spfdomain=lists.${UNI} dkim=pass dkdomain=lists.${UNI} dmarc=fail fromdomain=${UNI});`,
          ...listResults(),
        ],
        'b',
        'pass',
      ),
      args: GMAIL,
      expect: NOT_SPOOFED,
      twin: true,
    });
  }

  // ---- 1b. p=none shop, ESP signs the subdomain under adkim=s: direct and via a Fastmail alias ----
  const shopResults = [
    gmailDkim(`mail.${SHOP}`, 'ses1'),
    gmailSpf(SHOP_ENV, SES.ip),
    gmailDmarc(SHOP, 'NONE', 'fail'),
  ];
  emit({
    name: 'realworld140-gmail-shop-strict-adkim-pnone-direct',
    cls: 'strict-pnone',
    about: `Genuine control: ${SHOP} (p=none; adkim=s, its own misconfiguration) sends order mail through Amazon SES signed d=mail.${SHOP} (the ESP's subdomain identity), envelope SES's default. Gmail: dkim=pass (mail.${SHOP}), spf=pass (amazonses.com), dmarc=fail (strict; p=NONE). Wanted: never spoofed. Reads suspicious today (dmarc-fail medium: the shop's own strict policy fails its mail), which is honest enough.`,
    eml: gmailOf(await shopMail('c', GMAIL_RCPT), SES, SHOP_ENV, shopResults, 'c', 'pass'),
    args: GMAIL,
    expect: NOT_SPOOFED,
  });
  {
    const env = `SRS0=Qk4e=TT=amazonses.com=0102018c5e2f7a10@fastmail.com`;
    const fwd = await sealCorpus(await shopMail('d', 'robin@reader-alias.example'), {
      domain: 'messagingengine.com',
      cv: 'none',
      authResults: `mx.messagingengine.com; dkim=pass header.d=mail.${SHOP} header.s=ses1; spf=pass smtp.mailfrom=${SHOP_ENV}; dmarc=fail (p=none,d=none) header.from=${SHOP}`,
    });
    emit({
      name: 'realworld140-gmail-shop-strict-adkim-pnone-fastmail-alias',
      cls: 'strict-pnone-forward',
      about: `Genuine: the same SES mail to the reader's Fastmail alias, forwarded to Gmail (SRS envelope, ARC i=1 by messagingengine.com recording dkim=pass for mail.${SHOP} and dmarc=fail); the signature is intact, Gmail records the same dmarc=fail (p=NONE). Wanted: as the direct copy (suspicious today, dmarc-fail medium): never spoofed, no worse.`,
      eml: gmailOf(
        fwd,
        FASTMAIL,
        env,
        [
          `arc=pass (i=1 spf=pass spfdomain=amazonses.com dkim=pass dkdomain=mail.${SHOP} dmarc=fail fromdomain=${SHOP});`,
          gmailDkim(`mail.${SHOP}`, 'ses1'),
          gmailSpf(env, FASTMAIL.ip),
          gmailDmarc(SHOP, 'NONE', 'fail'),
        ],
        'd',
        'pass',
      ),
      args: GMAIL,
      expect: NOT_SPOOFED,
      twin: true,
    });
  }

  // ---- 2. Exchange Online: EOP twice (archiver loop) ---------------------------------------------
  emit({
    name: 'realworld140-outlook-archiver-loop-both-received-spf',
    cls: 'eop-archiver-loop',
    about: `Genuine: the partner's signed mail (${PARTNER}, p=reject) reaches the reader's tenant: EOP's first pass (results and Received-SPF right above its entry), a transport rule tags "[EXTERNAL]", the tenant routes inbound mail to its archiver (${ARCHIVER.rdns}) and back in through a connector: EOP's second Received-SPF and results for the archiver's address, then the mailbox hops. The signature is intact. Wanted: never spoofed; authenticated is what a demanding reader accepts (dkim=pass d=${PARTNER} verifies here).`,
    eml: await archiverLoop('e', true),
    zone: { ...ZONE, ...EOP_ZONE },
    args: ['--webmail', 'outlook'],
    expect: NOT_SPOOFED,
  });
  emit({
    name: 'realworld140-outlook-archiver-loop-first-pass-no-received-spf',
    cls: 'eop-archiver-loop',
    about: `Genuine: the same loop where EOP's first pass wrote its results but no Received-SPF (connector entry); the only Received-SPF beside the entry's gap is the second pass's, further up (entryCandidates widens the gap to it). Wanted: never spoofed; the partner's signature verifies.`,
    eml: await archiverLoop('f', false),
    zone: { ...ZONE, ...EOP_ZONE },
    args: ['--webmail', 'outlook'],
    expect: NOT_SPOOFED,
  });

  // ---- 3. STRATO and all-inkl ----------------------------------------------------------------------
  const bakery = (n: string, signed: boolean) =>
    hostMail({
      from: `Bäckerei Hollmann <info@${BAKERY}>`,
      env: `info@${BAKERY}`,
      relay: STRATO,
      signers: signed ? [[BAKERY, 'strato-dkim-0002']] : [],
      subject: 'Ihre Tortenbestellung für Samstag',
      body: 'Guten Tag,\r\n\r\nIhre Torte (Schwarzwälder, 16 Stück) ist für Samstag 9 Uhr fertig.\r\n\r\nBäckerei Hollmann\r\n',
      n,
      lines: stratoLines(n, `info@${BAKERY}`),
    });
  emit({
    name: 'realworld140-gmail-strato-bakery-signed',
    cls: 'strato',
    about: `Genuine: a bakery on STRATO mail (${BAKERY}: include:_spf.strato.com, STRATO's DKIM s=strato-dkim-0002, p=quarantine) writes from Thunderbird through smtp.strato.de (RZmta ESMTPSA, X-RZG-AUTH), handed over by ${STRATO.rdns} [${STRATO.ip}]. dkim, spf, dmarc pass. Wanted: authenticated (its own aligned signature).`,
    eml: gmailOf(
      await bakery('g', true),
      STRATO,
      `info@${BAKERY}`,
      [
        gmailDkim(BAKERY, 'strato-dkim-0002'),
        gmailSpf(`info@${BAKERY}`, STRATO.ip),
        gmailDmarc(BAKERY, 'QUARANTINE'),
      ],
      'g',
      'pass',
    ),
    args: GMAIL,
    expect: PASSES,
    twin: true,
  });
  emit({
    name: 'realworld140-box-strato-bakery-signed',
    cls: 'strato',
    about: `Genuine: the same STRATO bakery mail read on a self-hosted Postfix/OpenDKIM/OpenDMARC box. Wanted: authenticated.`,
    eml: boxOf(
      await bakery('h', true),
      STRATO,
      `info@${BAKERY}`,
      BAKERY,
      'pass',
      'quarantine',
      [[BAKERY, 'strato-dkim-0002']],
      'h',
    ),
    args: BOXARGS,
    expect: PASSES,
  });
  emit({
    name: 'realworld140-gmail-strato-bakery-unsigned-shared-include',
    cls: 'strato-unsigned',
    about: `Genuine: the bakery before DKIM was switched on: SPF passes through include:_spf.strato.com and aligns (dmarc=pass at Gmail). Wanted: never spoofed, not authenticated (README: a shared include alone vouching is unverified; every STRATO customer passes it, next case).`,
    eml: gmailOf(
      await bakery('i', false),
      STRATO,
      `info@${BAKERY}`,
      [gmailSpf(`info@${BAKERY}`, STRATO.ip), gmailDmarc(BAKERY, 'QUARANTINE')],
      'i',
      'pass',
    ),
    args: GMAIL,
    expect: HONEST_UNSIGNED,
  });
  emit({
    name: 'realworld140-gmail-strato-cotenant-attack-twin',
    cls: 'strato-cotenant-attack',
    about: `Attack twin: another STRATO customer (${CO}) authenticates to smtp.strato.de with his own login and sends as info@${BAKERY} (STRATO lets an account set any envelope/From), unsigned: SPF passes through include:_spf.strato.com and aligns, Gmail records dmarc=pass. Wanted: not trusted (neither authenticated nor unverified would be ideal; unverified is the documented floor for a shared include, so: not authenticated).`,
    eml: gmailOf(
      await hostMail({
        from: `Bäckerei Hollmann <info@${BAKERY}>`,
        env: `info@${BAKERY}`,
        relay: STRATO,
        signers: [],
        subject: 'Rückerstattung Ihrer Anzahlung',
        body: 'Guten Tag,\r\n\r\nbitte bestätigen Sie Ihre Karte für die Rückerstattung: https://hollmann-erstattung.example/karte\r\n',
        n: 'j',
        lines: stratoLines('j', `info@${BAKERY}`),
      }),
      STRATO,
      `info@${BAKERY}`,
      [gmailSpf(`info@${BAKERY}`, STRATO.ip), gmailDmarc(BAKERY, 'QUARANTINE')],
      'j',
      'pass',
    ),
    args: GMAIL,
    expect: { notVerdict: ['authenticated'] },
  });
  const joinery = (n: string) =>
    hostMail({
      from: `Tischlerei Brandt <buero@${JOINERY}>`,
      env: `buero@${JOINERY}`,
      relay: KAS,
      signers: [[JOINERY, 'kas202606070335']],
      subject: 'Angebot Einbauschrank',
      body: 'Guten Tag,\r\n\r\nanbei unser Angebot für den Einbauschrank (Eiche, 2,40 m).\r\n\r\nTischlerei Brandt\r\n',
      n,
      lines: kasLines(n),
    });
  emit({
    name: 'realworld140-gmail-allinkl-joinery-signed',
    cls: 'allinkl',
    about: `Genuine: a joinery on all-inkl (${JOINERY}: a mx include:spf.kasserver.com ~all, its KAS server ${KAS.rdns} is its MX, web server and relay; DKIM s=kas202606070335; p=quarantine) sends an offer. dkim, spf, dmarc pass. Wanted: authenticated (its own aligned signature beside the host's relay).`,
    eml: gmailOf(
      await joinery('k'),
      KAS,
      `buero@${JOINERY}`,
      [
        gmailDkim(JOINERY, 'kas202606070335'),
        gmailSpf(`buero@${JOINERY}`, KAS.ip),
        gmailDmarc(JOINERY, 'QUARANTINE'),
      ],
      'k',
      'pass',
    ),
    args: GMAIL,
    expect: PASSES,
    twin: true,
  });
  emit({
    name: 'realworld140-box-allinkl-joinery-signed',
    cls: 'allinkl',
    about: `Genuine: the same all-inkl mail on a self-hosted box. Wanted: authenticated.`,
    eml: boxOf(
      await joinery('l'),
      KAS,
      `buero@${JOINERY}`,
      JOINERY,
      'pass',
      'quarantine',
      [[JOINERY, 'kas202606070335']],
      'l',
    ),
    args: BOXARGS,
    expect: PASSES,
  });
}

// None: every case reads as wanted (the strict-alignment forwards read as their direct copies).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
