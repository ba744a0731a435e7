// Red-team probes, round 136 (December 2026): the newest lift, Exchange Online's own record
// (id-less or `mx.microsoft.com` Authentication-Results above its entry Received line) of the
// From's aligned signature and DMARC passing, now read AUTHENTICATED when the signature fails here
// after the reader's own rule tagged the message (lib/findings/receiver-record.ts entryVouched /
// signedBeforeChange, lib/findings/eop-record.ts eopSignedBeforeChange and eopEntryCandidates,
// lib/findings/verdict.ts row dmarc-pass, lib/findings/auth-state.ts sharedSpfPlatform).
// Attacks: a HELO carrying CRLF that plants an internal-looking Received line and an id-less pass
// record inside EOP's Received-SPF, so the "Received line above the entry" becomes the planted one
// and EOP's real record (above it) is no longer between; the attacker's own Microsoft 365 tenant
// re-sending an edited genuine notice with its own tenant's genuine EOP record and ARC set below;
// the classic cross-tenant forgery (Microsoft's shared SPF include, a copied signature) with a
// sender-written pass record; Mimecast in front of Exchange Online with a sender-written EOP block
// under Mimecast's line; and the same sender-written records read in Gmail. Controls: the same
// senders' genuine mail tagged "[EXTERNAL]" by the reader's tenant (SES with the bank's DKIM; a
// bank on Microsoft 365 with its own DKIM; EOP naming the domains in another case; a subdomain
// signer; Mimecast in front of Exchange Online).
// Where the layouts were learnt: realworld135 (tenant tag and banner after EOP's record, SES
// a7-12.smtp-out.eu-west-1.amazonses.com 54.240.7.12, Microsoft 365 outbound 40.107.x); m365-
// shapes.ts / receivers.ts eopDelivery (README-m365.md: Microsoft Learn "Anti-spam message headers"
// for the id-less record, compauth and Received-SPF); probe5 for EOP's Received-SPF carrying the
// client's HELO raw; gateway-layouts.ts for Mimecast (us-smtp-delivery-124.mimecast.com
// [170.10.133.124], relay.mimecast.com Received, X-MC-Unique, ARC d=mimecast.com s=arc-2018);
// Gmail's `dkim=neutral (body hash did not verify)` as realworld130 recalls it. Names and
// addresses are documentation ones except Microsoft's, Amazon's, Mimecast's and Google's hosts and
// ranges; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, KEY, NOT_TRUSTED, ptr, type Relay, SPOOFED, signAll } from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { eopDelivery, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const DATE = 'Fri, 20 Nov 2026 10:00:04 +0000';
const TW = 'tidewater.example';
const ROBIN = `robin.reader@${TW}`;
const OUT = ['--webmail', 'outlook', '--recipient-domain', TW];
const GMAIL = ['--webmail', 'gmail'];

const PASSES: CaseExpectation = { verdict: 'authenticated' };

const relay = (name: string, ip: string, helo = name): Relay => ({ helo, rdns: name, ip });
const SES = relay('a7-12.smtp-out.eu-west-1.amazonses.com', '54.240.7.12');
const NB_EXO = relay(
  'mail-dm6nam10on2136.outbound.protection.outlook.com',
  '40.107.93.136',
  'NAM10-DM6-obe.outbound.protection.outlook.com',
);
const ATK_EXO = relay(
  'mail-mw2nam12on2136.outbound.protection.outlook.com',
  '40.107.220.136',
  'NAM12-MW2-obe.outbound.protection.outlook.com',
);
const MIMECAST = relay('us-smtp-delivery-124.mimecast.com', '170.10.133.124');
const VPS = relay('mail.northbank-secure.example', '203.0.113.136');

/** A bank on SES with its own DKIM (envelope SES's, unaligned). */
const NB = 'northbank.example';
/** A bank on Microsoft 365 with its own DKIM (Microsoft's shared SPF include). */
const HL = 'harbourline.example';
const SES_SEL = 'nb136a7q2k';

const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const ZONE = {
  ...M365_SPF_ZONE,
  ...[SES, NB_EXO, ATK_EXO, MIMECAST, VPS].reduce((z, r) => Object.assign(z, ptr(r.ip, r.rdns)), {}),
  ...txt('eu-west-1.amazonses.com', 'v=spf1 ip4:54.240.0.0/18 ip4:69.169.224.0/20 -all'),
  ...txt(NB, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...txt(`_dmarc.${NB}`, 'v=DMARC1; p=reject'),
  ...key(NB, SES_SEL),
  ...key(`mail.${NB}`, SES_SEL),
  ...txt(HL, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...txt(`_dmarc.${HL}`, 'v=DMARC1; p=reject'),
  ...key(HL, 'selector1'),
  ...txt('northbank-secure.example', 'v=spf1 ip4:203.0.113.136 -all'),
  ...txt(TW, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...txt(`_dmarc.${TW}`, 'v=DMARC1; p=quarantine'),
};

const BANNER =
  'CAUTION: This email originated from outside of Tidewater. Do not click links or open attachments unless you recognize the sender and know the content is safe.\r\n\r\n';

/** The reader's tenant's transport rule after EOP's record: "[EXTERNAL]" Subject tag and banner. */
function tagged(raw: string): string {
  const at = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, at).replace(/\r\nSubject: /, '\r\nSubject: [EXTERNAL] ');
  if (head === raw.slice(0, at)) throw new Error('no Subject to tag');
  return `${head}\r\n\r\n${BANNER}${raw.slice(at + 4)}`;
}

const GENUINE_BODY =
  'Dear customer,\r\n\r\nyour statement for November is ready in online banking.\r\nPayments to Northbank remain due to IBAN GB29 NWBK 6016 1331 9268 19.\r\n\r\nNorthbank Customer Service\r\n';
/** The attacker's change before delivery: new bank details. */
const edit = (raw: string) => raw.replace('GB29 NWBK 6016 1331 9268 19', 'GB94 BARC 2003 1870 4427 10');

async function bankNotice(from: string, signers: [string, string][], subject = 'Your November statement') {
  return signAll(
    submitted({
      from,
      to: `Robin Reader <${ROBIN}>`,
      subject,
      date: SENT,
      messageId: `<0102019360a1b2c3-${from.length}-136@eu-west-1.amazonses.com>`,
      body: GENUINE_BODY,
    }),
    signers,
  );
}

/** EOP's id-less record of a pass for `from` signed by `d` (as EOP writes it). */
const eopPass = (ip: string, mailfrom: string, d: string, from: string) =>
  `spf=pass (sender IP is ${ip})\r\n smtp.mailfrom=${mailfrom}; dkim=pass (signature was verified)\r\n header.d=${d};dmarc=pass action=none\r\n header.from=${from};compauth=pass reason=100`;
/** EOP's id-less record of a broken signature and DMARC failing for `from`. */
const eopFail = (ip: string, mailfrom: string, d: string, from: string, spf = 'fail') =>
  `spf=${spf} (sender IP is ${ip})\r\n smtp.mailfrom=${mailfrom}; dkim=fail (body hash did not verify)\r\n header.d=${d};dmarc=fail action=oreject\r\n header.from=${from};compauth=fail reason=000`;
const receivedSpf = (result: string, mailfrom: string, r: Relay, helo = r.helo) =>
  `${result} (protection.outlook.com: domain of ${mailfrom} ${result === 'Pass' ? 'designates' : 'does not designate'}\r\n ${r.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${r.ip}; helo=${helo}; pr=C`;

/** A sender-written copy of an EOP record of a pass and an EOP entry line under it. */
const forgedEopBlock = (ip: string, helo: string, id = '') => [
  `Authentication-Results: ${id ? `${id};\r\n ` : ''}${eopPass(ip, `bounce.${NB}`, NB, NB)}`,
  `Received: from ${helo} (${ip}) by\r\n DM6NAM10FT036.mail.protection.outlook.com (10.13.152.175) with Microsoft\r\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.14\r\n via Frontend Transport; Fri, 20 Nov 2026 10:00:02 +0000`,
];

const SES_ENV = '0102019360a1b2c3-9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d-000000@eu-west-1.amazonses.com';

// Fixed at 05:57 on 2026-12-06 (lib/findings/eop-record.ts entryCandidates):
// probe136-helo-planted-hop-and-record read "authenticated" (changed-after-entry low: "Exchange
// Online verified its signature when the message arrived") on a pass record planted, with an
// internal-looking hop above it, inside EOP's Received-SPF (a HELO with line breaks, the premise of
// probe5's received-spf-helo case). EOP writes its Received-SPF right above its entry, below the
// Received line above: with none in that gap but one further up, the gap now reaches the Received
// line above that Received-SPF, so EOP's own fail record is a candidate beside the planted pass and
// nothing vouches. It reads spoofed.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const nbFrom = `Northbank <statements@${NB}>`;
  const nb = await bankNotice(nbFrom, [[NB, SES_SEL]]);

  // --- Controls: the bank's genuine notice, tagged by the reader's tenant after EOP's record.
  const sesGenuine = eopDelivery(nb, {
    ip: SES.ip,
    helo: SES.helo,
    ar: eopPass(SES.ip, 'eu-west-1.amazonses.com', NB, NB),
    spf: receivedSpf('Pass', 'eu-west-1.amazonses.com', SES),
    returnPath: SES_ENV,
    frontend: 'MW2PEPF00001360',
  });
  emitCase(write, {
    name: 'probe136-ses-bank-tagged-genuine',
    class: 'probe136-control',
    about: `Genuine control: ${NB}'s statement notice from Amazon SES (${SES.rdns}, SES's default MAIL FROM, unaligned) signed d=${NB}; EOP records dkim=pass and dmarc=pass above its entry, then the reader's rule tags "[EXTERNAL]" and adds a banner, so the signature fails here. Wanted: authenticated (changed-after-entry on EOP's record).`,
    args: OUT,
    eml: tagged(sesGenuine),
    zone: ZONE,
    expect: PASSES,
  });

  const hlRaw = await bankNotice(`Harbourline Treasury <treasury@${HL}>`, [[HL, 'selector1']]);
  const hlGenuine = eopDelivery(hlRaw, {
    ip: NB_EXO.ip,
    helo: NB_EXO.helo,
    ar: eopPass(NB_EXO.ip, HL, HL, HL),
    spf: receivedSpf('Pass', HL, NB_EXO),
    returnPath: `treasury@${HL}`,
    frontend: 'MW2PEPF00001361',
  });
  emitCase(write, {
    name: 'probe136-m365-bank-tagged-genuine',
    class: 'probe136-control',
    about: `Genuine control: ${HL} on Microsoft 365 (SPF include:spf.protection.outlook.com, its own DKIM selector1) from ${NB_EXO.rdns}; EOP records dkim=pass dmarc=pass, then the reader's rule tags it. Our DMARC passes only on Microsoft's shared SPF; EOP's record of the aligned signature lifts that (signed-before-change). Wanted: authenticated.`,
    args: OUT,
    eml: tagged(hlGenuine),
    zone: ZONE,
    expect: PASSES,
    twin: true,
  });

  // EOP prints header.d / header.from as the message spells them (here in capitals).
  const nbCaps = await bankNotice(`Northbank <statements@NorthBank.Example>`, [
    ['NorthBank.Example', SES_SEL],
  ]);
  const capsGenuine = eopDelivery(nbCaps, {
    ip: SES.ip,
    helo: SES.helo,
    ar: eopPass(SES.ip, 'eu-west-1.amazonses.com', 'NorthBank.Example', 'NorthBank.Example'),
    spf: receivedSpf('Pass', 'eu-west-1.amazonses.com', SES),
    returnPath: SES_ENV,
    frontend: 'MW2PEPF00001362',
  });
  emitCase(write, {
    name: 'probe136-mixed-case-record-tagged-genuine',
    class: 'probe136-control',
    about: `Genuine control: the same SES notice with the From and the signature's d= written "NorthBank.Example" (a template that capitalises the domain); EOP's record repeats that spelling, then the reader's rule tags it. Domain names compare without case. Wanted: authenticated.`,
    args: OUT,
    eml: tagged(capsGenuine),
    zone: ZONE,
    expect: PASSES,
  });

  const nbSub = await bankNotice(nbFrom, [[`mail.${NB}`, SES_SEL]]);
  const subGenuine = eopDelivery(nbSub, {
    ip: SES.ip,
    helo: SES.helo,
    ar: eopPass(SES.ip, 'eu-west-1.amazonses.com', `mail.${NB}`, NB),
    spf: receivedSpf('Pass', 'eu-west-1.amazonses.com', SES),
    returnPath: SES_ENV,
    frontend: 'MW2PEPF00001363',
  });
  emitCase(write, {
    name: 'probe136-subdomain-signer-tagged-genuine',
    class: 'probe136-control',
    about: `Genuine control: the SES notice signed d=mail.${NB} (relaxed alignment with From ${NB}); EOP records dkim=pass header.d=mail.${NB} and dmarc=pass header.from=${NB}, then the reader's rule tags it. Wanted: authenticated.`,
    args: OUT,
    eml: tagged(subGenuine),
    zone: ZONE,
    expect: PASSES,
  });

  // --- Attack 1: a HELO with CRLF plants an internal-looking Received line and an id-less pass
  // record inside EOP's Received-SPF: the Received line "above the entry" is then the planted one,
  // EOP's own fail record is above it, and the planted record is the only one between.
  const forged = edit(nb);
  const planted = `x\r\nReceived: from MW2PEPF00000999.namprd02.prod.outlook.com\r\n (2603:10b6:208:2b9:cafe::bb) by BL1PR13CA0104.outlook.office365.com\r\n (2603:10b6:208:2b9::19) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8182.13 via Frontend\r\n Transport; ${DATE}\r\nAuthentication-Results: ${eopPass(SES.ip, 'eu-west-1.amazonses.com', NB, NB)}`;
  const heloPlant = eopDelivery(forged, {
    ip: VPS.ip,
    helo: 'x',
    ar: eopFail(VPS.ip, 'northbank-secure.example', NB, NB),
    spf: receivedSpf('Fail', 'northbank-secure.example', VPS, planted),
    returnPath: 'bounce@northbank-secure.example',
    frontend: 'MW2PEPF00001364',
  });
  emitCase(write, {
    name: 'probe136-helo-planted-hop-and-record',
    class: 'probe136-eop-record',
    about: `Attack: a replayed ${NB} signature over new bank details from ${VPS.ip}. EOP records dkim=fail and dmarc=fail; the client's HELO carried CRLF, and EOP's Received-SPF (helo=…) holds a planted "Received: from …prod.outlook.com by …outlook.office365.com … via Frontend Transport" and an id-less pass record under it, right above the entry. Only one id-less header sits between the entry and the Received line above it — the planted one. Wanted: spoofed (EOP's own fail stands).`,
    args: OUT,
    eml: tagged(heloPlant),
    zone: ZONE,
    expect: { ...NOT_TRUSTED, absentFindings: ['changed-after-entry'] },
  });

  // --- Attack 2: the attacker's own Microsoft 365 tenant. It received the bank's genuine notice
  // (its EOP recorded the pass, its ARC set copies it), edits the body and redirects it on.
  const atkTenantBlock = [
    'ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass (sender ip is\r\n 54.240.7.12) smtp.rcpttodomain=fabrikam-atk.example\r\n smtp.mailfrom=eu-west-1.amazonses.com; dmarc=pass (p=reject sp=reject pct=100)\r\n action=none header.from=northbank.example; dkim=pass (signature was verified)\r\n header.d=northbank.example; arc=none (0)',
    `Authentication-Results: ${eopPass(SES.ip, 'eu-west-1.amazonses.com', NB, NB)}`,
    `Received: from ${SES.helo} (${SES.ip}) by\r\n CO1PEPF000044F0.mail.protection.outlook.com (10.167.241.70) with Microsoft\r\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.14\r\n via Frontend Transport; Fri, 20 Nov 2026 10:00:02 +0000`,
  ];
  const redirected = eopDelivery(onTop(forged, ...atkTenantBlock), {
    ip: ATK_EXO.ip,
    helo: ATK_EXO.helo,
    ar: eopFail(ATK_EXO.ip, 'fabrikam-atk.example', NB, NB, 'none'),
    spf: `None (protection.outlook.com: fabrikam-atk.example does not designate\r\n permitted sender hosts)`,
    returnPath: 'bounces+SRS=k9Zq1=XY@fabrikam-atk.example',
    frontend: 'MW2PEPF00001365',
  });
  emitCase(write, {
    name: 'probe136-attacker-tenant-edited-redirect',
    class: 'probe136-eop-record',
    about: `Attack: the attacker's own Microsoft 365 tenant got ${NB}'s genuine notice (its EOP's genuine id-less pass record and ARC-Authentication-Results stay in the header block below), edited the IBAN and redirected it to the reader from ${ATK_EXO.rdns}. The reader's EOP (top) records dkim=fail, dmarc=fail; the lower record is another tenant's, of the message before the edit. Wanted: not trusted.`,
    args: OUT,
    eml: tagged(redirected),
    zone: ZONE,
    expect: { ...NOT_TRUSTED, absentFindings: ['changed-after-entry', 'signed-before-change'] },
  });

  // --- Attack 3: the cross-tenant forgery of a bank on Microsoft 365: the attacker's tenant sends
  // as the bank (Microsoft's shared SPF passes, DMARC with it), with the bank's signature copied
  // over new text and a sender-written "EOP" pass record with its entry line below.
  const hlForged = edit(hlRaw);
  const crossTenant = eopDelivery(onTop(hlForged, ...forgedEopBlock(NB_EXO.ip, NB_EXO.helo)), {
    ip: ATK_EXO.ip,
    helo: ATK_EXO.helo,
    ar: `spf=pass (sender IP is ${ATK_EXO.ip})\r\n smtp.mailfrom=${HL}; dkim=fail (body hash did not verify)\r\n header.d=${HL};dmarc=pass action=none\r\n header.from=${HL};compauth=pass reason=100`,
    spf: receivedSpf('Pass', HL, ATK_EXO),
    returnPath: `treasury@${HL}`,
    frontend: 'MW2PEPF00001366',
  });
  emitCase(write, {
    name: 'probe136-cross-tenant-copied-signature-forged-record',
    class: 'probe136-eop-record',
    about: `Attack: another Microsoft 365 tenant sends as ${HL} (SPF include:spf.protection.outlook.com passes for every tenant) with ${HL}'s signature copied over new bank details; below its own hops a sender-written id-less pass record and a "by …mail.protection.outlook.com" line. The reader's EOP records dkim=fail, dmarc=pass (on the shared SPF); the tenant tags it. Wanted: not trusted — the shared include is no proof, and the lower record is the sender's.`,
    args: OUT,
    eml: tagged(crossTenant),
    zone: ZONE,
    expect: { ...NOT_TRUSTED, absentFindings: ['signed-before-change'] },
    twin: true,
  });

  // --- Mimecast in front of Exchange Online: genuine, and a forgery with an EOP block below.
  const mcGenuine = eopDelivery(
    onTop(
      nb,
      `Received: from ${SES.helo} (${SES.helo} [${SES.ip}]) by relay.mimecast.com with ESMTP with STARTTLS\r\n (version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id\r\n us-mta-136-Xq1Zr9kLPa2bXc3dYe4fG5; Fri, 20 Nov 2026 05:00:03 -0500\r\nX-MC-Unique: Xq1Zr9kLPa2bXc3dYe4fG5`,
    ),
    {
      ip: MIMECAST.ip,
      helo: MIMECAST.helo,
      ar: `spf=fail (sender IP is ${MIMECAST.ip})\r\n smtp.mailfrom=eu-west-1.amazonses.com; dkim=pass (signature was verified)\r\n header.d=${NB};dmarc=pass action=none\r\n header.from=${NB};compauth=pass reason=100`,
      spf: receivedSpf('Fail', 'eu-west-1.amazonses.com', MIMECAST),
      returnPath: SES_ENV,
      frontend: 'MW2PEPF00001367',
    },
  );
  emitCase(write, {
    name: 'probe136-mimecast-front-tagged-genuine',
    class: 'probe136-control',
    about: `Genuine control: the SES notice through the reader's Mimecast (${MIMECAST.rdns}) in front of Exchange Online; EOP checks SPF at Mimecast's address (fail) but records dkim=pass and dmarc=pass on ${NB}'s signature, then the reader's rule tags it. Wanted: authenticated, or at worst unverified — never a warning.`,
    args: OUT,
    eml: tagged(mcGenuine),
    zone: ZONE,
    expect: { notVerdict: ['suspicious', 'spoofed'] },
  });
  const mcForged = eopDelivery(
    onTop(
      forged,
      `Received: from ${VPS.helo} (${VPS.helo} [${VPS.ip}]) by relay.mimecast.com with ESMTP with STARTTLS\r\n (version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id\r\n us-mta-136-Rt7Uv8wXy9Za0Bc1De2Fg3; Fri, 20 Nov 2026 05:00:03 -0500\r\nX-MC-Unique: Rt7Uv8wXy9Za0Bc1De2Fg3`,
      ...forgedEopBlock(SES.ip, SES.helo),
    ),
    {
      ip: MIMECAST.ip,
      helo: MIMECAST.helo,
      ar: eopFail(MIMECAST.ip, 'northbank-secure.example', NB, NB),
      spf: receivedSpf('Fail', 'northbank-secure.example', MIMECAST),
      returnPath: 'bounce@northbank-secure.example',
      frontend: 'MW2PEPF00001368',
    },
  );
  emitCase(write, {
    name: 'probe136-mimecast-front-forged-eop-block',
    class: 'probe136-eop-record',
    about: `Attack: the replayed ${NB} signature over new bank details from ${VPS.ip}, through the reader's Mimecast to Exchange Online; under Mimecast's line the sender wrote an id-less pass record and a "by …mail.protection.outlook.com" line from SES's address. The reader's EOP records dkim=fail, dmarc=fail. Wanted: not trusted.`,
    args: OUT,
    eml: tagged(mcForged),
    zone: ZONE,
    expect: { ...NOT_TRUSTED, absentFindings: ['changed-after-entry', 'signed-before-change'] },
  });

  // --- Outlook with the record EOP names `mx.microsoft.com`, and the same forgery read in Gmail.
  const idForged = eopDelivery(onTop(forged, ...forgedEopBlock(SES.ip, SES.helo, 'mx.microsoft.com')), {
    ip: VPS.ip,
    helo: VPS.helo,
    ar: eopFail(VPS.ip, 'northbank-secure.example', NB, NB),
    spf: receivedSpf('Fail', 'northbank-secure.example', VPS),
    returnPath: 'bounce@northbank-secure.example',
    frontend: 'MW2PEPF00001369',
  });
  emitCase(write, {
    name: 'probe136-mx-microsoft-record-below-entry',
    class: 'probe136-eop-record',
    about: `Attack: the replayed ${NB} signature over new bank details sent straight from ${VPS.ip}, with a sender-written "mx.microsoft.com" pass record and EOP entry line below the reader's real entry; the reader's EOP records dkim=fail, dmarc=fail and its rule tags it. Wanted: spoofed.`,
    args: OUT,
    eml: tagged(idForged),
    zone: ZONE,
    expect: { ...SPOOFED, absentFindings: ['changed-after-entry', 'signed-before-change'] },
  });

  const gmailGenuine = gmailDelivery(nb, {
    relay: SES,
    envelope: SES_ENV,
    results: `${gmailDkim(NB, SES_SEL)}\r\n       ${gmailSpf(SES_ENV, SES.ip)}\r\n       ${gmailDmarc(NB)}`,
    ids: ['x136csp1360pxa', 'a1si1360qtb.136'],
  });
  emitCase(write, {
    name: 'probe136-gmail-ses-bank-genuine',
    class: 'probe136-control',
    about: `Genuine control: ${NB}'s SES notice delivered to Gmail, untouched after Gmail's record. Wanted: authenticated.`,
    args: GMAIL,
    eml: gmailGenuine,
    zone: ZONE,
    expect: PASSES,
  });
  const gmailForged = gmailDelivery(onTop(forged, ...forgedEopBlock(SES.ip, SES.helo)), {
    relay: VPS,
    envelope: 'bounce@northbank-secure.example',
    results: `dkim=neutral (body hash did not verify) header.i=@${NB} header.s=${SES_SEL} header.b=Q29ycHVz;\r\n       ${gmailSpf('bounce@northbank-secure.example', VPS.ip)}\r\n       ${gmailDmarc(NB, 'REJECT', 'fail')}`,
    ids: ['x136csp1361pxa', 'a1si1361qtb.136'],
  });
  emitCase(write, {
    name: 'probe136-gmail-forged-eop-block',
    class: 'probe136-eop-record',
    about: `Attack in Gmail: the replayed ${NB} signature over new bank details with a sender-written id-less Exchange Online pass record and entry line under Gmail's entry (no EOP rule applies in Gmail); Gmail records dkim=neutral (body hash did not verify) and dmarc=fail. Wanted: spoofed.`,
    args: GMAIL,
    eml: gmailForged,
    zone: ZONE,
    expect: { ...SPOOFED, absentFindings: ['changed-after-entry', 'signed-before-change'] },
    twin: true,
  });
}
