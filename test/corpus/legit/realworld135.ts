// Real-world delivery shapes, hundred-and-thirty-fifth round: the everyday senders of a company
// inbox, read in Outlook on the web in a Microsoft 365 tenant (tidewater.example) whose transport
// rule prefixes "[EXTERNAL]" to the Subject and puts a caution banner on top of the body after
// Exchange Online recorded its results (id-less Authentication-Results above its entry line). Each
// sender twice: untagged (the signature still verifies here) and tagged (it no longer does, and
// only EOP's record of the pass is left: lib/findings/receiver-record.ts signed-before-change /
// changed-after-entry; lib/findings/auth-state.ts sharedSpfPlatform where the aligned SPF is a
// shared platform's). Senders: Salesforce with bounce management (VERP envelope under
// bnc.salesforce.com, DKIM of the customer's domain), HubSpot (connected domain's DKIM, envelope
// under hubspotemail.net), Zendesk (zendesk1 DKIM, include:mail.zendesk.com), an Amazon SES customer
// on SES's default MAIL FROM, DocuSign (dse_NA2@docusign.net), GitHub notifications, Stripe with a
// custom email domain, a Google Workspace partner (own DKIM, include:_spf.google.com), and a
// Microsoft 365 partner with its own DKIM and one with only the onmicrosoft.com default key.
// Where the layouts were learnt (`search`, pages corpus, and earlier rounds' sources):
// - Exchange Online: receivers.ts eopDelivery (README-m365.md), realworld127/129 for the tag and
//   banner; Microsoft Learn "Support for validation of DKIM signed messages" (dkim=pass (signature
//   was verified) header.d=…) and validity.com's compauth article for the id-less record's form;
//   msxfaq.de "ARC mit Exchange Online" on a relay's warning in the Subject/body breaking DKIM.
// - Salesforce: help.salesforce.com 000381292 and 000250391 (Bounce Management / "email security
//   compliance" turn the envelope into a VERP `name=domain.com__x@x.bnc.salesforce.com`, so only the
//   customer's DKIM aligns). Relay smtp07-ia4-sp3.mta.salesforce.com 13.110.74.10 as probe12; the
//   exact _spf.salesforce.com ranges and the customer's selector are NOT confirmed (assumed).
// - HubSpot: lib/relay/providers-esp.ts and realworld rounds' sources (envelope at bf87x.hubspotemail
//   .net, reverse names under it, 158.247.16.0/20); the hs1 selector of a connected domain assumed.
// - Zendesk: mxio.io "Zendesk SPF, DKIM & DMARC Setup Guide" (include:mail.zendesk.com, selectors
//   zendesk1/zendesk2 by CNAME) and support.zendesk.com 4867238761626; relay outbyoip88.smtp.zendesk
//   .com 192.161.148.88 as realworld88. That the envelope is the support address itself is NOT
//   confirmed (assumed).
// - Amazon SES: realworld36/104 (a7-12.smtp-out.eu-west-1.amazonses.com 54.240.7.12, envelope
//   `0102…@eu-west-1.amazonses.com`, the customer's Easy DKIM beside d=amazonses.com).
// - DocuSign: mailna2.docusign.net 64.207.219.84, "<name> via Docusign" <dse_NA2@docusign.net>,
//   as earlier rounds (probe82 / realworld82).
// - GitHub: out-21.smtp.github.com 192.30.252.204, notifications@github.com (realworld29/39).
// - Stripe: docs.stripe.com "Custom email domain" (DNS records incl. bounce.<domain>, CNAMEs). That
//   Stripe's custom-domain mail leaves through Amazon SES with the bounce subdomain as MAIL FROM is
//   NOT confirmed (inferred from the CNAME setup; assumed).
// - Google Workspace outbound mail-sor-f41.google.com 209.85.220.41 and the M365 partners'
//   layouts as realworld129. Atlassian, a bank's ESP and a mailing list were left to realworld129
//   and earlier rounds (not repeated here for time).
// Names and addresses are documentation ones except the providers' own hosts and ranges; every key
// is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, KEY, legitCorpus, ptr, type Relay, signAll } from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { eopDelivery } from '../receivers';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const TW = 'tidewater.example';
const ROBIN = `robin.reader@${TW}`;
const OUT = ['--webmail', 'outlook', '--recipient-domain', TW];

const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** Genuine mail honestly "unverified": never a warning. */
const NOT_WARNED: CaseExpectation = { notVerdict: ['suspicious', 'spoofed'] };

const relay = (name: string, ip: string, helo = name): Relay => ({ helo, rdns: name, ip });
const SALESFORCE = relay('smtp07-ia4-sp3.mta.salesforce.com', '13.110.74.10');
const HUBSPOT = relay('bid4567.bf87x.hubspotemail.net', '158.247.22.87');
const ZENDESK = relay('outbyoip88.smtp.zendesk.com', '192.161.148.88');
const SES = relay('a7-12.smtp-out.eu-west-1.amazonses.com', '54.240.7.12');
const DOCUSIGN = relay('mailna2.docusign.net', '64.207.219.84');
const GITHUB = relay('out-21.smtp.github.com', '192.30.252.204');
const GOOGLE = relay('mail-sor-f41.google.com', '209.85.220.41');
const EXO = relay(
  'mail-dm6nam10on2135.outbound.protection.outlook.com',
  '40.107.93.135',
  'NAM10-DM6-obe.outbound.protection.outlook.com',
);
const FAB_EXO = relay(
  'mail-am6eur05on2135.outbound.protection.outlook.com',
  '40.107.22.135',
  'EUR05-AM6-obe.outbound.protection.outlook.com',
);

const KEELSON = 'keelson-marine.example';
const LANTERN = 'lanternworks.example';
const PELICAN = 'pelican-outfitters.example';
const FERRULE = 'ferrule-analytics.example';
const CORRAN = 'corran-supply.example';
const SALTMARSH = 'saltmarsh-design.example';
const HL = 'harbourline.example';
const FAB = 'fabrikam-tools.example';
const FAB_TENANT = 'fabrikamtools';
const SES_SEL = 'x7b3k2q9m4n8p1r6t5v0w2y4z6a8c135';
const SES_AWS_SEL = 'shh3fegwg5fppqsuzphvschd53n6ihuv';

const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const dmarc = (d: string, p: string) => txt(`_dmarc.${d}`, `v=DMARC1; p=${p}`);
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

const SES_SPF = 'v=spf1 ip4:54.240.0.0/18 ip4:69.169.224.0/20 ip4:23.249.208.0/20 ip4:23.251.224.0/19 -all';
const ZONE = {
  ...M365_SPF_ZONE,
  ...[SALESFORCE, HUBSPOT, ZENDESK, SES, DOCUSIGN, GITHUB, GOOGLE, EXO, FAB_EXO].reduce(
    (z, r) => Object.assign(z, ptr(r.ip, r.rdns)),
    {},
  ),
  // Salesforce (bounce management on)
  ...txt('_spf.salesforce.com', 'v=spf1 ip4:13.110.0.0/16 ip4:13.111.0.0/16 ip4:136.147.176.0/20 -all'),
  ...txt('k1x2y3.bnc.salesforce.com', 'v=spf1 include:_spf.salesforce.com -all'),
  ...txt(KEELSON, 'v=spf1 include:spf.protection.outlook.com include:_spf.salesforce.com -all'),
  ...key(KEELSON, 'sf2026'),
  ...dmarc(KEELSON, 'reject'),
  // HubSpot
  ...txt('_spf.hubspotemail.net', 'v=spf1 ip4:158.247.16.0/20 ip4:143.244.80.0/20 -all'),
  ...txt('bf87x.hubspotemail.net', 'v=spf1 include:_spf.hubspotemail.net -all'),
  ...key('bf87x.hubspotemail.net', 'hs1'),
  ...key(LANTERN, 'hs1'),
  ...txt(LANTERN, 'v=spf1 include:_spf.google.com -all'),
  ...dmarc(LANTERN, 'quarantine'),
  // Zendesk
  ...txt('mail.zendesk.com', 'v=spf1 ip4:192.161.144.0/20 ip4:185.12.80.0/22 -all'),
  ...txt(PELICAN, 'v=spf1 include:_spf.google.com include:mail.zendesk.com -all'),
  ...key(PELICAN, 'zendesk1'),
  ...dmarc(PELICAN, 'reject'),
  // Amazon SES (default MAIL FROM) and Stripe's custom domain (bounce.<domain>)
  ...txt('eu-west-1.amazonses.com', SES_SPF),
  ...txt('amazonses.com', SES_SPF),
  ...key('amazonses.com', SES_AWS_SEL),
  ...key(FERRULE, SES_SEL),
  ...txt(FERRULE, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...dmarc(FERRULE, 'quarantine'),
  ...txt(`bounce.${CORRAN}`, 'v=spf1 include:amazonses.com -all'),
  ...key(CORRAN, 'st135a'),
  ...txt(CORRAN, 'v=spf1 include:_spf.google.com -all'),
  ...dmarc(CORRAN, 'reject'),
  // DocuSign, GitHub
  ...txt('docusign.net', 'v=spf1 ip4:64.207.216.0/21 -all'),
  ...key('docusign.net', 'mail'),
  ...dmarc('docusign.net', 'reject'),
  ...txt('github.com', 'v=spf1 ip4:192.30.252.0/22 ip4:140.82.112.0/20 -all'),
  ...key('github.com', 'pf2023'),
  ...dmarc('github.com', 'reject'),
  // Google Workspace partner
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 ~all'),
  ...txt(SALTMARSH, 'v=spf1 include:_spf.google.com -all'),
  ...key(SALTMARSH, 'google'),
  ...dmarc(SALTMARSH, 'reject'),
  // Microsoft 365 partners
  ...txt(HL, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...key(HL, 'selector1'),
  ...dmarc(HL, 'reject'),
  ...txt(FAB, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...dmarc(FAB, 'quarantine'),
  ...key(`${FAB_TENANT}.onmicrosoft.com`, `selector1-${FAB_TENANT}-onmicrosoft-com`),
  // The reader's tenant
  ...txt(TW, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...dmarc(TW, 'quarantine'),
};

const BANNER =
  'CAUTION: This email originated from outside of Tidewater. Do not click links or open attachments unless you recognize the sender and know the content is safe.\r\n\r\n';

/** The reader's tenant's transport rule after EOP's record: "[EXTERNAL]" Subject tag and banner on top. */
function tagged(raw: string): string {
  const at = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, at).replace(/\r\nSubject: /, '\r\nSubject: [EXTERNAL] ');
  if (head === raw.slice(0, at)) throw new Error('no Subject to tag');
  return `${head}\r\n\r\n${BANNER}${raw.slice(at + 4)}`;
}

interface Sender {
  /** Case-name stem. */
  stem: string;
  cls: string;
  from: string;
  envelope: string;
  relay: Relay;
  signers: [string, string][];
  /** The signer EOP names in its record (default: the first). */
  eopSigner?: string;
  subject: string;
  body: string;
  messageId: string;
  extra?: string[];
  /** Below EOP's entry (the sender's own hops). */
  below?: string[];
  /** What EOP wrote as compauth. */
  compauth?: string;
  /** Honest reading untagged / tagged (default PASSES). */
  expect?: CaseExpectation;
  expectTagged?: CaseExpectation;
  about: string;
  twin?: boolean;
}

const domainOf = (a: string) => a.slice(a.lastIndexOf('@') + 1).replace(/>.*$/, '');

async function deliver(s: Sender): Promise<string> {
  const raw = await signAll(
    submitted({
      from: s.from,
      to: `Robin Reader <${ROBIN}>`,
      subject: s.subject,
      date: SENT,
      messageId: s.messageId,
      extraHeaders: s.extra ?? [],
      body: s.body,
    }),
    s.signers,
  );
  const withHops = s.below?.length ? onTop(raw, ...s.below) : raw;
  const mailfrom = domainOf(s.envelope);
  const from = domainOf(s.from);
  const d = s.eopSigner ?? s.signers[0]![0];
  return eopDelivery(withHops, {
    ip: s.relay.ip,
    helo: s.relay.helo,
    ar: `spf=pass (sender IP is ${s.relay.ip})\r\n smtp.mailfrom=${mailfrom}; dkim=pass (signature was verified)\r\n header.d=${d};dmarc=pass action=none\r\n header.from=${from};compauth=${s.compauth ?? 'pass reason=100'}`,
    spf: `Pass (protection.outlook.com: domain of ${mailfrom} designates\r\n ${s.relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${s.relay.ip}; helo=${s.relay.helo}; pr=C`,
    returnPath: s.envelope,
    bottom: ['X-MS-Exchange-AtpMessageProperties: SA|SL'],
    frontend: 'MW2PEPF00001350',
  });
}

/** The sending tenant's own hops below its outbound hand-off (transport, MAPI submission). */
const tenantHops = (mailbox: string, region: string) => [
  `Received: from ${mailbox}.${region}.prod.outlook.com (2603:10b6:5:10f::35)\r\n by ${mailbox.replace(/MB\d+$/, 'MB7135')}.${region}.prod.outlook.com (2603:10b6:408:15b::35) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; ${SENT}`,
  `Received: from ${mailbox}.${region}.prod.outlook.com\r\n ([fe80::6b83:cde9:52cc:3a35]) by ${mailbox}.${region}.prod.outlook.com\r\n ([fe80::6b83:cde9:52cc:3a35%6]) with mapi id 15.20.8158.023; ${SENT}`,
];

const SENDERS: Sender[] = [
  {
    stem: 'salesforce-bounce-management',
    cls: 'saas-platform-tagged',
    from: `Mara Quinlan <mara.quinlan@${KEELSON}>`,
    envelope: `mara.quinlan=${KEELSON}__0-a1b2c3d4e5f6g7@k1x2y3.bnc.salesforce.com`,
    relay: SALESFORCE,
    signers: [[KEELSON, 'sf2026']],
    subject: 'Renewal quote Q-01351 for your fleet telematics',
    body: 'Hello Robin,\r\n\r\nplease find your renewal quote Q-01351. It is valid until 31 December.\r\n\r\nMara Quinlan\r\nAccount Executive, Keelson Marine\r\n',
    messageId: '<Ab1350000000000000000000000000000000000000000@sfdc.net>',
    about: `Salesforce with Bounce Management on (help.salesforce.com 000381292): envelope is a VERP under k1x2y3.bnc.salesforce.com (SPF passes through _spf.salesforce.com, not aligned with ${KEELSON}); the customer's own DKIM (d=${KEELSON} s=sf2026, assumed selector) is the only aligned identifier. Sent from ${SALESFORCE.rdns}.`,
  },
  {
    stem: 'hubspot-connected-domain',
    cls: 'saas-platform-tagged',
    from: `Lanternworks <news@${LANTERN}>`,
    envelope: '1axbtd35b0c1e2f3a4b5c6d7e8f9a0b1c2d3-robin.reader=tidewater.example@bf87x.hubspotemail.net',
    relay: HUBSPOT,
    signers: [
      [LANTERN, 'hs1'],
      ['bf87x.hubspotemail.net', 'hs1'],
    ],
    subject: 'Your December product update',
    body: 'Hi Robin,\r\n\r\nthis month: offline mode for the field app, and a new export format.\r\n\r\nThe Lanternworks team\r\n',
    messageId: '<1764000000135.d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6@bf87x.hubspotemail.net>',
    extra: ['List-Unsubscribe: <https://hs-135.s.hubspotemail.net/hs/manage-preferences/unsubscribe?d=x135>'],
    about: `HubSpot marketing mail with the connected domain's DKIM (d=${LANTERN} s=hs1, CNAME'd to HubSpot — selector assumed) and HubSpot's own (d=bf87x.hubspotemail.net); envelope under bf87x.hubspotemail.net (unaligned), from ${HUBSPOT.rdns}.`,
  },
  {
    stem: 'zendesk-own-domain',
    cls: 'saas-platform-tagged',
    from: `Pelican Outfitters Support <support@${PELICAN}>`,
    envelope: `support@${PELICAN}`,
    relay: ZENDESK,
    signers: [[PELICAN, 'zendesk1']],
    subject: 'Re: Order PO-1350 — replacement parts [#48135]',
    body: '##- Please type your reply above this line -##\r\n\r\nSam (Pelican Outfitters)\r\n\r\nThe replacement buckles ship tomorrow.\r\n',
    messageId: '<ZX1350ABCDEF_6570ab12cd34e_1a2b3c4d@zendesk.com>',
    extra: [`Reply-To: Pelican Outfitters Support <support+id48135@pelican.zendesk.com>`],
    about: `Zendesk agent reply sent as the shop's own support address: DKIM d=${PELICAN} s=zendesk1 (CNAME'd to Zendesk, mxio.io), SPF include:mail.zendesk.com in ${PELICAN}'s record (envelope at its own domain — assumed), from ${ZENDESK.rdns}.`,
  },
  {
    stem: 'ses-default-mail-from',
    cls: 'saas-platform-tagged',
    from: `Ferrule Analytics <reports@${FERRULE}>`,
    envelope: '010201935a7b8c9d-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d-000000@eu-west-1.amazonses.com',
    relay: SES,
    signers: [
      [FERRULE, SES_SEL],
      ['amazonses.com', SES_AWS_SEL],
    ],
    subject: 'Your weekly throughput report, week 47',
    body: 'Robin,\r\n\r\nthroughput at the Tidewater yard rose 4% week on week. Full report in your dashboard.\r\n',
    messageId: '<010201935a7b8c9d-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d-000000@eu-west-1.amazonses.com>',
    about: `Amazon SES customer on SES's default MAIL FROM (envelope under eu-west-1.amazonses.com, unaligned); Easy DKIM d=${FERRULE} plus d=amazonses.com, from ${SES.rdns} (realworld36's shape).`,
  },
  {
    stem: 'docusign-envelope',
    cls: 'saas-platform-tagged',
    from: '"Dana Whitfield via Docusign" <dse_NA2@docusign.net>',
    envelope: 'dse_NA2@docusign.net',
    relay: DOCUSIGN,
    signers: [['docusign.net', 'mail']],
    subject: 'Complete with Docusign: Harbourline_Tidewater_MSA_2027.pdf',
    body: 'Dana Whitfield sent you a document to review and sign.\r\n\r\nREVIEW DOCUMENT\r\n\r\nDo Not Share This Email\r\n',
    messageId: '<1a2b3c4d5e6f4a7b8c9d0e1f2a3b4135@docusign.net>',
    extra: [`Reply-To: Dana Whitfield <dana.whitfield@${HL}>`],
    about: `DocuSign's envelope notice "Dana Whitfield via Docusign" <dse_NA2@docusign.net>, Reply-To the sender, signed d=docusign.net, envelope docusign.net, from ${DOCUSIGN.rdns}: docusign.net's own SPF and DKIM, both aligned.`,
  },
  {
    stem: 'github-notification',
    cls: 'saas-platform-tagged',
    from: 'Robin Reader <notifications@github.com>',
    envelope: 'noreply@github.com',
    relay: GITHUB,
    signers: [['github.com', 'pf2023']],
    subject: 'Re: [tidewater/yard-ops] Crane scheduler double-books berth 4 (Issue #135)',
    body: 'dana-whitfield left a comment (tidewater/yard-ops#135)\r\n\r\nReproduced on main, fix in #136.\r\n\r\n--\r\nReply to this email directly or view it on GitHub.\r\n',
    messageId: '<tidewater/yard-ops/issues/135/2501351350@github.com>',
    extra: [
      'Reply-To: tidewater/yard-ops <reply+AAB135XYZ@reply.github.com>',
      'List-ID: tidewater/yard-ops <yard-ops.tidewater.github.com>',
    ],
    about: `GitHub issue notification, From the commenter's name at notifications@github.com, envelope noreply@github.com, signed d=github.com, from ${GITHUB.rdns}: github.com's own SPF and DKIM.`,
  },
  {
    stem: 'stripe-custom-domain',
    cls: 'saas-platform-tagged',
    from: `Corran Supply <billing@${CORRAN}>`,
    envelope: `010201935b135c0d-2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e-000000@bounce.${CORRAN}`,
    relay: SES,
    signers: [[CORRAN, 'st135a']],
    subject: 'Your receipt from Corran Supply #1350-4471',
    body: 'Receipt from Corran Supply\r\n\r\nAmount paid: GBP 1,350.00\r\nDate paid: 20 November 2026\r\n',
    messageId: '<010201935b135c0d-2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e-000000@email.amazonses.com>',
    about: `Stripe receipt sent from the merchant's custom email domain (docs.stripe.com "Custom email domain"): envelope under bounce.${CORRAN} (include:amazonses.com — Stripe's relay being SES is assumed), DKIM d=${CORRAN}, from ${SES.rdns}.`,
  },
  {
    stem: 'google-workspace-partner',
    cls: 'partner-tagged',
    from: `Ines Varga <ines.varga@${SALTMARSH}>`,
    envelope: `ines.varga@${SALTMARSH}`,
    relay: GOOGLE,
    signers: [[SALTMARSH, 'google']],
    subject: 'Signage drafts for the east gate',
    body: 'Robin,\r\n\r\nthree drafts attached; I prefer B.\r\n\r\nInes\r\n',
    messageId: '<CAK135xYz0aBcDeFgHiJkLmNoPqRsTuVwXyZ1350@mail.gmail.com>',
    about: `A Google Workspace partner with its own DKIM (d=${SALTMARSH} s=google) and SPF include:_spf.google.com (a shared platform's include), from ${GOOGLE.rdns}.`,
  },
  {
    stem: 'm365-partner-own-dkim',
    cls: 'partner-tagged',
    from: `Dana Whitfield <dana.whitfield@${HL}>`,
    envelope: `dana.whitfield@${HL}`,
    relay: EXO,
    signers: [[HL, 'selector1']],
    subject: 'Berth slot for MV Corran, Thursday',
    body: 'Robin,\r\n\r\nwe hold berth 4 from 06:00 Thursday.\r\n\r\nDana\r\n',
    messageId: '<DM6PR08MB5135A1@namprd08.prod.outlook.com>',
    below: tenantHops('DM6PR08MB5135', 'namprd08'),
    about: `A Microsoft 365 partner with its own DKIM (d=${HL} selector1) and SPF include:spf.protection.outlook.com (Microsoft's shared include), from ${EXO.rdns}.`,
    twin: true,
  },
  {
    stem: 'm365-partner-onmicrosoft-only',
    cls: 'partner-tagged',
    from: `Sam Okafor <sam.okafor@${FAB}>`,
    envelope: `sam.okafor@${FAB}`,
    relay: FAB_EXO,
    signers: [[`${FAB_TENANT}.onmicrosoft.com`, `selector1-${FAB_TENANT}-onmicrosoft-com`]],
    subject: 'Quote for 40 torque wrenches',
    body: 'Hi Robin,\r\n\r\nquote attached, valid 30 days.\r\n\r\nSam\r\n',
    messageId: '<AM6PR05MB1350E5@eurprd05.prod.outlook.com>',
    below: tenantHops('AM6PR05MB1350', 'eurprd05'),
    about: `A Microsoft 365 partner that never set up DKIM for ${FAB}: Exchange Online signs d=${FAB_TENANT}.onmicrosoft.com (unaligned); the only aligned identifier is Microsoft's shared SPF, which any tenant passes, so the honest reading is unverified (never a warning), tagged or not, and EOP's record of an unaligned signature must not lift that.`,
    expect: NOT_WARNED,
    expectTagged: { ...NOT_WARNED, absentFindings: ['signed-before-change'] },
    twin: true,
  },
];

// Fixed at 04:00 on 2026-12-06 (the lead; lib/findings/verdict.ts, summary.ts, dmarc.ts, dkim.ts):
// realworld135-salesforce-bounce-management-tagged, -hubspot-connected-domain-tagged and
// -ses-default-mail-from-tagged (the platform's envelope, so the From's DKIM its only aligned
// check) read "unverified" (dmarc-fail high, dkim-fail medium, changed-after-entry low), where a
// Microsoft 365 or Workspace partner's tagged mail read authenticated on the same record. Exchange
// Online's record above its entry line of the aligned signature and DMARC passing, over the whole
// body, with no concern beside it, now reads authenticated (row dmarc-pass, "Exchange Online
// verified its signature when the message arrived…"), its failures here low notes.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  for (const s of SENDERS) {
    const plain = await deliver(s);
    emitCase(write, {
      name: `realworld135-${s.stem}-untagged`,
      class: s.cls,
      about: `Genuine: ${s.about} Untagged control: Exchange Online records every pass and nothing changes the message after, so the signature still verifies here. Wanted: ${s.expect ? 'unverified, never a warning' : 'authenticated'}.`,
      args: OUT,
      eml: plain,
      zone: ZONE,
      expect: s.expect ?? PASSES,
    });
    emitCase(write, {
      name: `realworld135-${s.stem}-tagged`,
      class: s.cls,
      about: `Genuine: ${s.about} Tagged: after Exchange Online's record (dkim=pass header.d=${s.eopSigner ?? s.signers[0]![0]}, dmarc=pass, compauth=pass reason=100) the tenant's transport rule prefixes "[EXTERNAL]" and adds a caution banner, so the signature no longer verifies here; EOP's record of the aligned pass above its entry line is what is left. Wanted: ${s.expectTagged ? 'unverified, never a warning' : 'authenticated'}.`,
      args: OUT,
      eml: tagged(plain),
      zone: ZONE,
      // Our own DMARC check fails where the tag broke the only aligned check (the platform's
      // envelope): the verdict rests on Exchange Online's record, not on dmarc.result.
      expect: s.expectTagged ?? s.expect ?? { verdict: 'authenticated' },
      twin: s.twin,
    });
  }
}
