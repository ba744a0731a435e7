// Real-world delivery shapes, hundred-and-fifty-eighth round: genuine public-sector, health and
// school mail. GOV.UK Notify on Amazon SES (a council-tax service with the council's Reply-To),
// login.gov's transactional mail on Amazon SES, NHSmail (Exchange Online) from a clinician to a
// council and from a pharmacy's shared mailbox to a patient, a school district's mail sent by
// Finalsite's own servers under the district's own DKIM key, a university department's subdomain on
// Google Workspace under the university's p=none record, a county on Microsoft 365 GCC High, a city
// council on Microsoft 365 GCC replying with the resident's "[EXTERNAL]" tag kept in the subject, and
// a hospital's MyChart notice through Proofpoint on Demand outbound. Read in Gmail, Outlook on the
// web (Exchange Online), Yahoo and a self-hosted Postfix box. Attack twins: a "Login.gov" look-alike
// on SES, a look-alike district domain on a rented AWS server, a look-alike of the reader's
// university on Workspace.
// Where the layouts were learnt (`search`, pages corpus):
// - login.gov: handbook.login.gov "Email Routing" (platform-email): "Login.gov uses GMail for
//   organizational email and AWS SES for outbound transactional email to users"; federal .gov
//   domains must publish DMARC p=reject under BOD 18-01 (GSA/data.gov wiki "Email"). The From
//   address no-reply@login.gov, SES region us-west-2, the default (unaligned) SES envelope and the
//   selector were NOT confirmed (assumed; the SES relay name as realworld109's public sample).
// - NHSmail: england.nhs.uk "NHS mail" (2022): hosted in Microsoft Exchange Online since the 2020
//   refresh; archive.psnc.org.uk "NHSmail": pharmacy shared mailboxes pharmacy.<ODScode>@nhs.net
//   with display name "Pharmacy.<ODScode> (Pharmacy name, Town)", personal firstname.surname@nhs.net.
//   The "SURNAME, Firstname (ORGANISATION)" display form is recalled from NHSmail's directory, NOT
//   confirmed here; nhs.net's DMARC policy and DKIM selector NOT confirmed (modelled p=reject,
//   selector1).
// - Finalsite: cesupport.finalsite.com "Improve email delivery rates": Finalsite sends on behalf of
//   district personnel "designed to appear to come directly from your organization", with the
//   district's SPF, DKIM and DMARC, from 69.196.242.0/24 and 192.230.230.0/24 (both classify here as
//   "hosted server on Amazon Web Services"). Finalsite's relay names and selector NOT confirmed
//   (modelled mta242-21.finalsite.net, forward-confirmed; s=fs1).
// - Granicus govDelivery (support.granicus.com "DKIM", "Managing your From addresses") was read but
//   NOT modelled: its sending addresses sit behind a support-portal login.
// - GOV.UK Notify on SES eu-west-1 as realworld36/104 (alphagov/govuk-developer-docs); Notify's own
//   DMARC record NOT confirmed (modelled p=reject at notifications.service.gov.uk).
// - GCC High's outbound (USG02-CY1-obe, mail-cy1usg02on0084.outbound.protection.office365.us,
//   23.103.208.0/22) as lib/relay/providers-esp.ts records it (real-mail round 33); GCC's relays on
//   the commercial outbound.protection.outlook.com (a "GCC02-…-obe" HELO is recalled, NOT confirmed).
// - Proofpoint on Demand outbound as realworld148 (mx0b-<id>.pphosted.com, 148.163.128.0/19).
// Names and addresses are documentation ones except the providers' and the public services' own
// (login.gov, nhs.net, notifications.service.gov.uk); every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, KEY, legitCorpus, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
  yahooResults,
} from '../receivers';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const ENTERED = 'Fri, 20 Nov 2026 10:00:03 +0000';
const BOXED = 'Fri, 20 Nov 2026 10:00:04 +0000';

/** DMARC passed for the From domain: authenticated. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const domainOf = (addr: string) => addr.slice(addr.lastIndexOf('@') + 1).replace(/>$/, '');

// --- Relays -----------------------------------------------------------------------------------
const SES_EU: Relay = {
  helo: 'a7-18.smtp-out.eu-west-1.amazonses.com',
  rdns: 'a7-18.smtp-out.eu-west-1.amazonses.com',
  ip: '54.240.7.18',
};
const SES_US: Relay = {
  helo: 'a27-41.smtp-out.us-west-2.amazonses.com',
  rdns: 'a27-41.smtp-out.us-west-2.amazonses.com',
  ip: '54.240.27.41',
};
const EXO_UK: Relay = {
  helo: 'GBR01-LO2-obe.outbound.protection.outlook.com',
  rdns: 'mail-lo2gbr01on2112.outbound.protection.outlook.com',
  ip: '40.107.21.112',
};
const EXO_GCC: Relay = {
  helo: 'GCC02-DM3-obe.outbound.protection.outlook.com',
  rdns: 'mail-dm3gcc02on2101.outbound.protection.outlook.com',
  ip: '40.107.91.101',
};
const GCC_HIGH: Relay = {
  helo: 'USG02-CY1-obe.outbound.protection.office365.us',
  rdns: 'mail-cy1usg02on0084.outbound.protection.office365.us',
  ip: '23.103.208.84',
};
const FINALSITE: Relay = {
  helo: 'mta242-21.finalsite.net',
  rdns: 'mta242-21.finalsite.net',
  ip: '69.196.242.21',
};
const WORKSPACE: Relay = {
  helo: 'mail-pj1-f45.google.com',
  rdns: 'mail-pj1-f45.google.com',
  ip: '209.85.216.45',
};
const PROOFPOINT: Relay = {
  helo: 'mx0b-00318501.pphosted.com',
  rdns: 'mx0b-00318501.pphosted.com',
  ip: '148.163.158.5',
};
/** A rented EC2 instance under AWS's default name. */
const EC2: Relay = {
  helo: 'mail.tidewater-schools.example',
  rdns: 'ec2-3-120-1-58.eu-central-1.compute.amazonaws.com',
  ip: '3.120.1.58',
};

// --- The senders and readers ------------------------------------------------------------------
const COUNCIL = 'tidewater-council.example';
const COUNTY = 'tidewater-county.example';
const DISTRICT = 'tidewaterschools.example';
const UNI = 'northfield.example';
const HOSPITAL = 'harbourhealth.example';
const CONTRACTOR = 'harbourline.example';

const ZONE = {
  ...M365_SPF_ZONE,
  ...ptr(SES_EU.ip, SES_EU.rdns),
  ...ptr(SES_US.ip, SES_US.rdns),
  ...ptr(EXO_UK.ip, EXO_UK.rdns),
  ...ptr(EXO_GCC.ip, EXO_GCC.rdns),
  ...ptr(GCC_HIGH.ip, GCC_HIGH.rdns),
  ...ptr(FINALSITE.ip, FINALSITE.rdns),
  ...ptr(WORKSPACE.ip, WORKSPACE.rdns),
  ...ptr(PROOFPOINT.ip, PROOFPOINT.rdns),
  ...ptr(EC2.ip, EC2.rdns),
  // Amazon SES
  ...txt('amazonses.com', 'v=spf1 ip4:54.240.0.0/18 ip4:69.169.224.0/20 ~all'),
  ...txt('eu-west-1.amazonses.com', 'v=spf1 include:amazonses.com ~all'),
  ...txt('us-west-2.amazonses.com', 'v=spf1 include:amazonses.com ~all'),
  ...key('amazonses.com', 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn'),
  // GOV.UK Notify
  ...key('notifications.service.gov.uk', 'notify2026'),
  ...dmarc('notifications.service.gov.uk', 'reject'),
  ...txt(COUNCIL, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...dmarc(COUNCIL, 'quarantine'),
  // login.gov and its look-alike
  ...key('login.gov', 'lg2026'),
  ...dmarc('login.gov', 'reject'),
  ...key('login-gov-verify.example', 'ses1'),
  ...dmarc('login-gov-verify.example', 'reject'),
  // NHSmail
  ...txt('nhs.net', 'v=spf1 include:spf.protection.outlook.com -all'),
  ...key('nhs.net', 'selector1'),
  ...dmarc('nhs.net', 'reject'),
  // Finalsite for the district; the look-alike on EC2
  ...txt(DISTRICT, 'v=spf1 include:_spf.google.com ip4:69.196.242.0/24 ip4:192.230.230.0/24 ~all'),
  ...key(DISTRICT, 'fs1'),
  ...dmarc(DISTRICT, 'none'),
  ...txt('tidewater-schools.example', `v=spf1 ip4:${EC2.ip} -all`),
  ...key('tidewater-schools.example', 's1'),
  ...dmarc('tidewater-schools.example', 'reject'),
  // Google Workspace: the university, its department subdomain, the look-alike
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 -all'),
  ...txt(`chem.${UNI}`, 'v=spf1 include:_spf.google.com ~all'),
  ...key(`chem.${UNI}`, 'google'),
  ...txt(UNI, 'v=spf1 include:_spf.google.com ~all'),
  ...dmarc(UNI, 'none'),
  ...txt('northfieid.example', 'v=spf1 include:_spf.google.com -all'),
  ...key('northfieid.example', 'google'),
  ...dmarc('northfieid.example', 'none'),
  // Microsoft 365 GCC High and GCC
  ...txt('spf.protection.office365.us', 'v=spf1 ip4:23.103.199.0/24 ip4:23.103.208.0/22 -all'),
  ...txt(COUNTY, 'v=spf1 include:spf.protection.office365.us -all'),
  ...key(COUNTY, 'selector1'),
  ...dmarc(COUNTY, 'none'),
  ...key(COUNCIL, 'selector1'),
  // The hospital on Proofpoint on Demand
  ...txt(HOSPITAL, 'v=spf1 include:%{ir}.%{v}.%{d}.spf.has.pphosted.com -all'),
  ...txt(`5.158.163.148.in-addr.${HOSPITAL}.spf.has.pphosted.com`, `v=spf1 ip4:${PROOFPOINT.ip} -all`),
  ...key(HOSPITAL, 'pps2026'),
  ...dmarc(HOSPITAL, 'quarantine'),
  // The readers' organisations
  ...txt(CONTRACTOR, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...dmarc(CONTRACTOR, 'reject'),
};

const RESIDENT = 'robin.reader@gmail.com';
const BOX = 'mail.reader-home.example';

interface Sent {
  from: string;
  envelope: string;
  relay: Relay;
  signers: [string, string][];
  policy: string;
  subject: string;
  body: string;
  messageId: string;
  extra?: string[];
  to?: string;
  rcpt?: string;
}

type Reader = 'gmail' | 'outlook' | 'yahoo' | 'box';

async function deliver(s: Sent, reader: Reader, n: string): Promise<string> {
  const rcpt = s.rcpt ?? RESIDENT;
  const raw = await signAll(
    submitted({
      from: s.from,
      to: s.to ?? rcpt,
      subject: s.subject,
      date: SENT,
      messageId: s.messageId,
      extraHeaders: s.extra ?? [],
      body: s.body,
    }),
    s.signers,
  );
  const d = s.signers[0]?.[0] ?? '';
  const fromDomain = domainOf(s.from);
  const envDomain = domainOf(s.envelope);
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: [
        ...s.signers.map(([sd, ss]) => gmailDkim(sd, ss)),
        gmailSpf(s.envelope, s.relay.ip),
        gmailDmarc(fromDomain, s.policy),
      ].join('\r\n       '),
      ids: [`x158csp${n}pxb`, `a158si${n}qtc.158`],
      spf: 'pass',
      deliveredTo: true,
      to: rcpt,
    });
  if (reader === 'outlook')
    return eopDelivery(raw, {
      ...eopPass(
        s.relay,
        envDomain,
        `dkim=pass (signature was verified)\r\n header.d=${d || 'none'}`,
        fromDomain,
      ),
      returnPath: s.envelope,
    });
  if (reader === 'yahoo')
    return yahooDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: yahooResults(
        s.signers,
        envDomain,
        `dmarc=pass(p=${s.policy} sp=${s.policy.toLowerCase()} dis=none) header.from=${fromDomain};`,
      ),
    });
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    dovecotLmtp(BOX, s.envelope, rcpt, `kB158${n}dE3fG4hI5jK6lM7n`, BOXED),
    `Authentication-Results: ${BOX}; dmarc=pass (p=${s.policy.toLowerCase()} dis=none) header.from=${fromDomain}`,
    ...s.signers.map(
      ([sd, ss]) =>
        `Authentication-Results: ${BOX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${sd} header.i=@${sd} header.a=rsa-sha256 header.s=${ss} header.b=Q29ycHVz;\r\n\tdkim-atps=neutral`,
    ),
    `Authentication-Results: ${BOX}; spf=pass smtp.mailfrom=${s.envelope}`,
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${s.relay.ip}; helo=${s.relay.helo}; envelope-from=${s.envelope}; receiver=<UNKNOWN>`,
    `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw158${n}a2\r\n\tfor <${rcpt}>; ${ENTERED}`,
  );
}

const argsFor = (reader: Reader, org?: string) => [
  ...(reader === 'gmail'
    ? ['--webmail', 'gmail']
    : reader === 'outlook'
      ? ['--webmail', 'outlook']
      : reader === 'yahoo'
        ? ['--webmail', 'yahoo']
        : ['--authserv-id', BOX]),
  ...(org ? ['--recipient-domain', org] : []),
];

// --- Senders' shapes --------------------------------------------------------------------------
const SES_KEY: [string, string] = ['amazonses.com', 'ihchhvubuqgjsxyuhssfvqohv7z3u4hn'];

const notify = (
  service: string,
  slug: string,
  replyTo: string,
  subject: string,
  body: string,
  n: string,
): Sent => ({
  from: `"${service}" <${slug}@notifications.service.gov.uk>`,
  envelope: `0102019b158${n}a7e21-3f1a2b3c-4d5e-4f60-8a71-b2c3d4e5f6${n}7-000000@eu-west-1.amazonses.com`,
  relay: SES_EU,
  signers: [['notifications.service.gov.uk', 'notify2026'], SES_KEY],
  policy: 'REJECT',
  subject,
  body,
  messageId: `<0102019b158${n}a7e21-3f1a2b3c-4d5e-4f60-8a71-b2c3d4e5f6${n}7-000000@eu-west-1.amazonses.com>`,
  extra: [
    `Reply-To: ${replyTo}`,
    'X-SES-Outgoing: 2026.11.20-54.240.7.18',
    'Feedback-ID: 1.eu-west-1.Nt158=:AmazonSES',
  ],
});

const sesUs = (
  from: string,
  domain: string,
  selector: string,
  subject: string,
  body: string,
  n: string,
): Sent => ({
  from,
  envelope: `0101019b158${n}c2d-4e5f-6a7b-8c9d-0e1f2a3b4c5${n}-000000@us-west-2.amazonses.com`,
  relay: SES_US,
  signers: [[domain, selector], SES_KEY],
  policy: 'REJECT',
  subject,
  body,
  messageId: `<0101019b158${n}c2d-4e5f-6a7b-8c9d-0e1f2a3b4c5${n}-000000@email.amazonses.com>`,
  extra: ['X-SES-Outgoing: 2026.11.20-54.240.27.41', 'Feedback-ID: 1.us-west-2.Lg158=:AmazonSES'],
});

const nhsmail = (from: string, to: string, rcpt: string, subject: string, body: string, n: string): Sent => ({
  from,
  envelope: from.replace(/^.*<|>$/g, ''),
  relay: EXO_UK,
  signers: [['nhs.net', 'selector1']],
  policy: 'REJECT',
  subject,
  body,
  messageId: `<LO2P265MB158${n}A1B2C3D4E5F6A7B8C9D0E1F2@LO2P265MB158${n}.GBRP265.PROD.OUTLOOK.COM>`,
  extra: ['X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: ', 'Content-Language: en-GB'],
  to,
  rcpt,
});

const finalsite = (
  fromName: string,
  addr: string,
  subject: string,
  body: string,
  n: string,
  rcpt = RESIDENT,
): Sent => ({
  from: `"${fromName}" <${addr}>`,
  envelope: `bounce-158${n}-7741@${DISTRICT}`,
  relay: FINALSITE,
  signers: [[DISTRICT, 'fs1']],
  policy: 'NONE',
  subject,
  body,
  messageId: `<158${n}.20261120100001.fsmsg.7741@finalsite.net>`,
  extra: [`List-Unsubscribe: <https://tidewaterschools.example/fs/unsubscribe?m=158${n}>`],
  rcpt,
});

// Pending: the district's own mail through Finalsite reads suspicious ("sent from a rented server on
// Amazon Web Services (69.196.242.21)", hosted-server-relay medium beside a DMARC pass with the
// district's own aligned signature and aligned SPF). Should read authenticated: Finalsite is an ESP
// that publishes 69.196.242.0/24 and 192.230.230.0/24 as its sending ranges for customers' SPF
// (cesupport.finalsite.com), but lib/relay (providers-esp.ts) knows no Finalsite entry, so the
// bundled routing data files those blocks under Amazon (AS14618/AS16509) as hosting and
// lib/findings/hosted-server.ts hostedServerRule fires (ownServerEvidence lowers it only for a PTR
// inside the From domain's organisation). Fix: a Finalsite entry in lib/relay/providers-esp.ts with
// networks 69.196.242.0/24 and 192.230.230.0/24 (and rdnsSuffixes once its PTR form is known).
// Fixed at 11:28 (lib/relay/providers-esp.ts "Finalsite", its two published ranges).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

interface One {
  name: string;
  about: string;
  cls: string;
  eml: string;
  args: string[];
  expect: CaseExpectation;
  twin?: boolean;
}
const emit = (write: CaseWriter, c: One) =>
  emitCase(write, { ...c, zone: ZONE, class: `realworld158-${c.cls}` });

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- GOV.UK Notify: a council-tax service, Reply-To the council's own mailbox ----
  emit(write, {
    name: 'realworld158-gmail-govuk-notify-council-tax-reply-to-council',
    cls: 'govuk-notify',
    about: `Genuine: a council's council-tax service on GOV.UK Notify e-mails a resident's Gmail: "Tidewater Council Tax" <tidewater.council.tax@notifications.service.gov.uk>, Reply-To counciltax@${COUNCIL} (the service's reply-to address the council set in Notify), envelope on SES's eu-west-1.amazonses.com (unaligned), d=notifications.service.gov.uk beside d=amazonses.com, every pass. Gmail, no --recipient-domain. Wanted: authenticated.`,
    eml: await deliver(
      notify(
        'Tidewater Council Tax',
        'tidewater.council.tax',
        `counciltax@${COUNCIL}`,
        'Your council tax bill for 2027 to 2028',
        'Dear Robin Reader,\r\n\r\nYour council tax bill for 2027 to 2028 is ready. Account reference: 5012 3456.\r\n\r\nView your bill: https://www.tidewater-council.example/council-tax/bill\r\n\r\nTidewater Council\r\n',
        'a',
      ),
      'gmail',
      'a',
    ),
    args: argsFor('gmail'),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld158-outlook-govuk-notify-council-tax-to-council-staff',
    cls: 'govuk-notify',
    about: `Genuine: the same Notify service's test send to a council officer's own Exchange Online mailbox (--recipient-domain ${COUNCIL}): "Tidewater Council Tax" <tidewater.council.tax@notifications.service.gov.uk>, Reply-To counciltax@${COUNCIL}, every pass. Wanted: authenticated (a service named after the reader's council, its Reply-To the council's own mailbox, its From Notify's: the council's own service).`,
    eml: await deliver(
      {
        ...notify(
          'Tidewater Council Tax',
          'tidewater.council.tax',
          `counciltax@${COUNCIL}`,
          'Your council tax bill for 2027 to 2028',
          'Dear Sam Officer,\r\n\r\nYour council tax bill for 2027 to 2028 is ready. Account reference: 5012 9999.\r\n\r\nTidewater Council\r\n',
          'b',
        ),
        rcpt: `sam.officer@${COUNCIL}`,
      },
      'outlook',
      'b',
    ),
    args: argsFor('outlook', COUNCIL),
    expect: PASSES,
  });

  // ---- login.gov on Amazon SES, into Yahoo ----
  emit(write, {
    name: 'realworld158-yahoo-login-gov-new-device-sign-in',
    cls: 'login-gov',
    about: `Genuine: login.gov's "new device" notice to a Yahoo user: "Login.gov" <no-reply@login.gov>, envelope on SES's us-west-2.amazonses.com (unaligned), d=login.gov beside d=amazonses.com, DMARC p=reject reached by DKIM (handbook.login.gov: SES for transactional mail; BOD 18-01: p=reject). Yahoo. Wanted: authenticated (the domain in the name is the From domain).`,
    eml: await deliver(
      {
        ...sesUs(
          '"Login.gov" <no-reply@login.gov>',
          'login.gov',
          'lg2026',
          'New device sign in',
          'Your Login.gov account was just used to sign in on a new device.\r\n\r\nIf you did not do this, reset your password at https://secure.login.gov/\r\n\r\nLogin.gov\r\n',
          'c',
        ),
        rcpt: 'robin.reader@yahoo.com',
      },
      'yahoo',
      'c',
    ),
    args: argsFor('yahoo'),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld158-yahoo-login-gov-lookalike-ses-attack-twin',
    cls: 'login-gov-attack-twin',
    about: `Attack twin: the same notice from an SES account the attacker verified for login-gov-verify.example: "Login.gov" <no-reply@login-gov-verify.example>, d=login-gov-verify.example beside d=amazonses.com, every pass. Yahoo. Wanted: not trusted (the name is a domain that is not the From's).`,
    eml: await deliver(
      {
        ...sesUs(
          '"Login.gov" <no-reply@login-gov-verify.example>',
          'login-gov-verify.example',
          'ses1',
          'New device sign in',
          'Your Login.gov account was just used to sign in on a new device.\r\n\r\nIf you did not do this, secure your account at https://login-gov-verify.example/\r\n\r\nLogin.gov\r\n',
          'd',
        ),
        rcpt: 'robin.reader@yahoo.com',
      },
      'yahoo',
      'd',
    ),
    args: argsFor('yahoo'),
    expect: NOT_TRUSTED,
  });

  // ---- NHSmail (Exchange Online) ----
  emit(write, {
    name: 'realworld158-outlook-nhsmail-clinician-to-council-social-care',
    cls: 'nhsmail',
    about: `Genuine: a hospital discharge co-ordinator on NHSmail writes to the council's adult social care team (Exchange Online, --recipient-domain ${COUNCIL}): "SMITH, Jane (NORTH TIDEWATER HEALTHCARE NHS FOUNDATION TRUST)" <jane.smith12@nhs.net> (NHSmail's directory form, a comma in the quoted name), out of Exchange Online's UK outbound, d=nhs.net selector1, every pass. Wanted: authenticated.`,
    eml: await deliver(
      nhsmail(
        '"SMITH, Jane (NORTH TIDEWATER HEALTHCARE NHS FOUNDATION TRUST)" <jane.smith12@nhs.net>',
        `Adult Social Care <asc.referrals@${COUNCIL}>`,
        `asc.referrals@${COUNCIL}`,
        'Discharge to assess referral - ward 7',
        'Good afternoon,\r\n\r\nPlease find the discharge to assess referral for the patient discussed this morning; the care package should start on Monday.\r\n\r\nKind regards\r\nJane Smith\r\nDischarge Co-ordinator\r\n',
        'e',
      ),
      'outlook',
      'e',
    ),
    args: argsFor('outlook', COUNCIL),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld158-gmail-nhsmail-pharmacy-shared-mailbox-to-patient',
    cls: 'nhsmail',
    about: `Genuine: a community pharmacy's NHSmail shared mailbox tells a patient in Gmail that a prescription is ready: "Pharmacy.FX123 (Harbour Pharmacy, Tidewater)" <pharmacy.fx123@nhs.net> (the naming convention archive.psnc.org.uk documents; "Pharmacy.FX123" is not a domain), d=nhs.net selector1 out of Exchange Online, every pass. Gmail. Wanted: authenticated.`,
    eml: await deliver(
      nhsmail(
        '"Pharmacy.FX123 (Harbour Pharmacy, Tidewater)" <pharmacy.fx123@nhs.net>',
        `Robin Reader <${RESIDENT}>`,
        RESIDENT,
        'Your prescription is ready to collect',
        'Hello,\r\n\r\nYour repeat prescription is ready to collect from Harbour Pharmacy, 4 Quay Street.\r\n\r\nHarbour Pharmacy\r\n',
        'f',
      ),
      'gmail',
      'f',
    ),
    args: argsFor('gmail'),
    expect: PASSES,
    twin: true,
  });

  // ---- Finalsite: the district's mail from Finalsite's own servers, signed by the district ----
  emit(write, {
    name: 'realworld158-gmail-finalsite-district-principal-newsletter',
    cls: 'finalsite-district',
    about: `Genuine: a principal's weekly message to families through the district's Finalsite Messages: "Principal Ana Lee (Tidewater Elementary)" <a.lee@${DISTRICT}>, from Finalsite's ${FINALSITE.rdns} [${FINALSITE.ip}] (in 69.196.242.0/24, the range Finalsite publishes for the district's SPF), envelope bounce-…@${DISTRICT} (SPF pass, aligned), d=${DISTRICT} s=fs1 (the district's own key, aligned), DMARC p=none. A parent's Gmail. Wanted: authenticated (the district's own signature and SPF; Finalsite is an ESP, its servers merely sit in AWS address space).`,
    eml: await deliver(
      finalsite(
        'Principal Ana Lee (Tidewater Elementary)',
        `a.lee@${DISTRICT}`,
        'Tidewater Elementary: this week',
        'Dear families,\r\n\r\nPicture day is Thursday; the book fair opens Monday in the library.\r\n\r\nAna Lee, Principal\r\n',
        'g',
      ),
      'gmail',
      'g',
    ),
    args: argsFor('gmail'),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld158-box-finalsite-district-closure-alert',
    cls: 'finalsite-district',
    about: `Genuine: the district's weather closure alert through Finalsite to a parent's self-hosted Postfix box (--authserv-id ${BOX}): "Tidewater Public Schools" <alerts@${DISTRICT}>, Finalsite's ${FINALSITE.ip}, SPF and d=${DISTRICT} aligned, p=none. Wanted: authenticated.`,
    eml: await deliver(
      finalsite(
        'Tidewater Public Schools',
        `alerts@${DISTRICT}`,
        'All schools closed Friday 20 November (weather)',
        'All Tidewater Public Schools are closed today because of the storm. No virtual instruction.\r\n',
        'h',
        'robin@reader-home.example',
      ),
      'box',
      'h',
    ),
    args: argsFor('box'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld158-gmail-finalsite-district-lookalike-ec2-attack-twin',
    cls: 'finalsite-attack-twin',
    about: `Attack twin: "Tidewater Public Schools" <alerts@tidewater-schools.example> (a look-alike the attacker registered) from a rented EC2 instance under AWS's default name, SPF and DKIM pass for the look-alike, "Update your child's lunch account". Gmail. Wanted: not trusted.`,
    eml: await deliver(
      {
        from: '"Tidewater Public Schools" <alerts@tidewater-schools.example>',
        envelope: 'bounce@tidewater-schools.example',
        relay: EC2,
        signers: [['tidewater-schools.example', 's1']],
        policy: 'REJECT',
        subject: "Update your child's lunch account",
        body: "Your child's lunch account is overdrawn. Pay now: https://tidewater-schools.example/pay\r\n",
        messageId: '<158i.lure@tidewater-schools.example>',
      },
      'gmail',
      'i',
    ),
    args: argsFor('gmail'),
    expect: NOT_TRUSTED,
  });

  // ---- University on Google Workspace: a department's subdomain ----
  emit(write, {
    name: 'realworld158-gmail-workspace-university-department-subdomain',
    cls: 'university-subdomain',
    about: `Genuine: the chemistry department's office, a secondary domain chem.${UNI} in the university's Google Workspace with its own DKIM key (s=google), writes to a student (${`r.reader@${UNI}`}, Gmail, --recipient-domain ${UNI}): "Department of Chemistry" <chem-office@chem.${UNI}>, from Google's ${WORKSPACE.rdns}, SPF and DKIM aligned with the subdomain, DMARC from the organisational record p=none (no record of the subdomain's own). Wanted: authenticated.`,
    eml: await deliver(
      {
        from: `"Department of Chemistry" <chem-office@chem.${UNI}>`,
        envelope: `chem-office@chem.${UNI}`,
        relay: WORKSPACE,
        signers: [[`chem.${UNI}`, 'google']],
        policy: 'NONE',
        subject: 'Lab safety induction: book your slot',
        body: 'Dear student,\r\n\r\nAll first-year students must attend a lab safety induction before 4 December. Book a slot on the department intranet.\r\n\r\nDepartment of Chemistry\r\n',
        messageId: `<CAH158j+chemOffice0a1b2c3d@mail.gmail.com>`,
        rcpt: `r.reader@${UNI}`,
      },
      'gmail',
      'j',
    ),
    args: argsFor('gmail', UNI),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld158-gmail-workspace-university-lookalike-attack-twin',
    cls: 'university-attack-twin',
    about: `Attack twin: an outsider's Workspace on northfieid.example (l→i, a look-alike of the reader's ${UNI}) writes as "Department of Chemistry" <chem-office@northfieid.example>, every pass, p=none. Gmail, --recipient-domain ${UNI}. Wanted: not trusted.`,
    eml: await deliver(
      {
        from: '"Department of Chemistry" <chem-office@northfieid.example>',
        envelope: 'chem-office@northfieid.example',
        relay: WORKSPACE,
        signers: [['northfieid.example', 'google']],
        policy: 'NONE',
        subject: 'Lab safety induction: confirm your student login',
        body: 'Confirm your student login before 4 December: https://northfieid.example/sso\r\n',
        messageId: '<CAH158k+lure0a1b2c3d@mail.gmail.com>',
        rcpt: `r.reader@${UNI}`,
      },
      'gmail',
      'k',
    ),
    args: argsFor('gmail', UNI),
    expect: NOT_TRUSTED,
  });

  // ---- Microsoft 365 government clouds ----
  emit(write, {
    name: 'realworld158-outlook-gcc-high-county-to-contractor',
    cls: 'm365-gov',
    about: `Genuine: a county's procurement officer on Microsoft 365 GCC High writes to a contractor (Exchange Online, --recipient-domain ${CONTRACTOR}): "Lopez, Maria (Procurement)" <maria.lopez@${COUNTY}>, out of GCC High's ${GCC_HIGH.rdns} [${GCC_HIGH.ip}], SPF include:spf.protection.office365.us, d=${COUNTY} selector1, DMARC p=none. Wanted: authenticated.`,
    eml: await deliver(
      {
        from: `"Lopez, Maria (Procurement)" <maria.lopez@${COUNTY}>`,
        envelope: `maria.lopez@${COUNTY}`,
        relay: GCC_HIGH,
        signers: [[COUNTY, 'selector1']],
        policy: 'NONE',
        subject: 'RFP 2026-118: addendum 2',
        body: 'Good morning,\r\n\r\nAddendum 2 to RFP 2026-118 is posted on the county portal; the closing date is unchanged.\r\n\r\nMaria Lopez\r\nProcurement, Tidewater County\r\n',
        messageId: `<SJ0P110MB158l0A1B2C3D4E5F6@SJ0P110MB158l.NAMP110.PROD.OUTLOOK.COM>`,
        rcpt: `bids@${CONTRACTOR}`,
      },
      'outlook',
      'l',
    ),
    args: argsFor('outlook', CONTRACTOR),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld158-gmail-gcc-council-reply-keeps-external-tag',
    cls: 'm365-gov',
    about: `Genuine: a city council officer on Microsoft 365 GCC replies to a resident's Gmail; the council's transport rule had tagged the resident's mail "[EXTERNAL]" on arrival and the reply keeps it: Subject "RE: [EXTERNAL] Missed bin collection - 12 Quay Street", "Waste Services" <waste.services@${COUNCIL}>, out of ${EXO_GCC.rdns}, d=${COUNCIL} selector1, DMARC p=quarantine. Gmail. Wanted: authenticated (the tag is the council's own leftover, not a warning).`,
    eml: await deliver(
      {
        from: `"Waste Services" <waste.services@${COUNCIL}>`,
        envelope: `waste.services@${COUNCIL}`,
        relay: EXO_GCC,
        signers: [[COUNCIL, 'selector1']],
        policy: 'QUARANTINE',
        subject: 'RE: [EXTERNAL] Missed bin collection - 12 Quay Street',
        body: 'Dear Robin,\r\n\r\nThank you for reporting this. The crew will return tomorrow morning.\r\n\r\nWaste Services\r\nTidewater Council\r\n\r\n-----Original Message-----\r\nFrom: Robin Reader <robin.reader@gmail.com>\r\nSubject: Missed bin collection - 12 Quay Street\r\n',
        messageId: '<BN0P110MB158m0A1B2C3D4E5F6@BN0P110MB158m.NAMP110.PROD.OUTLOOK.COM>',
        extra: ['In-Reply-To: <CAH158m+bins@mail.gmail.com>', 'References: <CAH158m+bins@mail.gmail.com>'],
      },
      'gmail',
      'm',
    ),
    args: argsFor('gmail'),
    expect: PASSES,
    twin: true,
  });

  // ---- A hospital's MyChart notice through Proofpoint on Demand outbound ----
  emit(write, {
    name: 'realworld158-gmail-mychart-hospital-proofpoint-outbound',
    cls: 'mychart-hospital',
    about: `Genuine: a hospital's Epic MyChart "new message" notice leaves through the hospital's Proofpoint on Demand outbound: "Harbour Health MyChart" <mychart@${HOSPITAL}>, ${PROOFPOINT.rdns} [${PROOFPOINT.ip}], SPF through the per-IP pphosted.com macro, d=${HOSPITAL} s=pps2026, DMARC p=quarantine. A patient's Gmail. Wanted: authenticated ("MyChart" is Epic's product name used by the hospital itself, not a brand claim on another domain).`,
    eml: await deliver(
      {
        from: `"Harbour Health MyChart" <mychart@${HOSPITAL}>`,
        envelope: `mychart@${HOSPITAL}`,
        relay: PROOFPOINT,
        signers: [[HOSPITAL, 'pps2026']],
        policy: 'QUARANTINE',
        subject: 'You have a new message in MyChart',
        body: 'You have a new message from your care team. To view it, log in to MyChart at https://mychart.harbourhealth.example/\r\n\r\nPlease do not reply to this e-mail.\r\n',
        messageId: `<158n.mychart.20261120@${HOSPITAL}>`,
      },
      'gmail',
      'n',
    ),
    args: argsFor('gmail'),
    expect: PASSES,
    twin: true,
  });
}
