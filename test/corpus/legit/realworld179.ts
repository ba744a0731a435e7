// Real-world delivery shapes, hundred-and-seventy-ninth round: genuine mail read in Yahoo Mail and
// AOL (`--webmail yahoo`), online (a zone) and offline (Yahoo's own header alone), and the display
// names the rules of 04:30 (commit e170ae53, lib/findings/domains.ts ODD_SPACE_IN_WORD, BROKEN_WORDS
// with a digit before the dash or a space after it, more DESK_AND_PRODUCT_WORDS) read.
// 1. Delivery shapes into Yahoo/AOL not modelled by rounds 53, 70, 132 and 163: a Microsoft 365
//    tenant leaving through Mimecast and through Proofpoint, a hybrid tenant (on-premises Exchange
//    above EOP's outbound hand-off), a Mailman 3 list and groups.io rewriting From, a Sympa list
//    keeping From (author's p=none signature broken by the subject tag), a university alias
//    (postsrsd), Gmail forwarding (ARC by google.com), iCloud Hide My Email, Firefox Relay (From
//    rewritten to the mask, author in the display name), SES, SendGrid, Mailchimp, Brevo,
//    Yahoo-to-Yahoo and AOL-to-Yahoo, groups.io's notice to a group imported from Yahoo Groups.
// 2. Display names the new readings could turn into brands: typeset spaces before a small letter
//    (French, German), a digit before a hyphen, a hyphen then a space, Chinese shop names starting
//    贝宝 / 网飞 beside desk words, and everyday names beside the new product words (a courier's
//    "Messenger", a person named Alexa): the last two are the misreads (see PENDING_ENGINE_FIX).
// Where the layouts were learnt:
// - Yahoo omega / AOL atlas: test/corpus/receivers.ts yahooOmega / aolAtlas and
//   lib/message/yahoo-layout.ts (public raw messages of 2025 to yahoo.com, 2021 to aol.com);
//   arc_overridden_status after each result and `dmarc=pass(p=…)` with no space as realworld132
//   (github.com/pimlie/authres_status issues #39/#41). Yahoo's and AOL's sonic hosts, s2048/a2048
//   and Yahoo's ptr SPF: realworld132 (github.com/postalsys/mailauth issue #25; aol.com's recalled).
// - Microsoft 365 outbound (EUR05-DB8-obe…, 40.107.22.89), the sender tenant's MAPI hops and
//   selector1: test/corpus/m365-shapes.ts, test/fixtures/legit/README-m365.md. Mimecast's US
//   delivery host us-smtp-delivery-162.mimecast.com [205.139.110.162] and Proofpoint's
//   mx0b-00123401.pphosted.com [148.163.158.5]: the hosts earlier rounds used (realworld15/16,
//   gateway-layouts.ts, Red Hat list copies); that Mimecast also signs with its own selector is
//   recalled, NOT confirmed (modelled: the tenant's own signature only).
// - Mailman 3 / Sympa / groups.io fields: test/corpus/list-shapes.ts and realworld73/154
//   and realworld163 (lfdr.de copies of groups.io posts: `from mail01.groups.io (web01.groups.io
//   [66.175.222.12])`, s=20140610); Mailman's DMARC mitigation
//   "<name> via <list>" From as the Mailman 3 documentation names dmarc_mitigate_action
//   munge_from (recalled). Sympa's `[list]` subject tag recalled.
// - Gmail forwarding (`+caf_=` envelope, X-Forwarded-To/-For, ARC i=1 d=google.com
//   s=arc-20240605 from mail-sor-f41.google.com): realworld98/163. postsrsd's SRS0 envelope:
//   realworld132.
// - iCloud Hide My Email (st43p00im-zteg10061901.me.com [17.58.63.168], To keeps the alias):
//   realworld161 (atelierhsn.com, 2022); the SRS0 envelope at icloud.com modelled as there.
// - Firefox Relay: mozilla/fx-private-relay docs (code corpus: "Relay uses AWS SES via HTTPS",
//   SendRawEmail in us-west-2; ADR "Use the Relay mask address as From: address for forwarded
//   emails", 2023). The display name form `"<sender> [via Relay]"` and d=mozmail.com recalled, NOT
//   confirmed. SimpleLogin's forward (simple-login/app email_handler docstring: envelope from an
//   SRS address at the service, From kept, To the alias, Reply-To a reverse alias) is NOT modelled:
//   its outbound hosts and addresses could not be confirmed here.
// - SES (a27-104.smtp-out.us-west-2.amazonses.com), SendGrid (rounds-kit), Mailchimp
//   (mail59.atl101.mcsv.net, k1 with mcdlv.net), Brevo (mail185-28.suw21.brevo.com, brevo1 with
//   sendinblue.com `mail`, sender-sib.com envelope): realworld178, realworld163, realworld17.
// - The names: real spellings (French typography's no-break space, U+202F in German typesetting,
//   "3-in-One Oil", "7-Eleven", "Pre- and Post-Sales" as written in job titles), firms modelled.
// Names and addresses are documentation ones except the providers' own hosts and ranges; every key
// is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { tagSubject } from '../edits';
import { emitCase, KEY, legitCorpus, ptr, type Relay, signAll } from '../kit';
import { mailmanFooter, sealCorpus } from '../list-shapes';
import { M365_SPF_ZONE, senderTenantHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { aolAtlas, yahooOmega } from '../receivers';
import { SENDGRID_OUT, sendgridSigners, sendgridZone } from '../rounds-kit';

type Reader = 'yahoo' | 'aol';
const RCPT: Record<Reader, string> = { yahoo: 'robin.reader@yahoo.com', aol: 'robin.reader@aol.com' };
const YAHOO = ['--webmail', 'yahoo'];
const SENT = 'Fri, 20 Nov 2026 09:59:40 +0000';

const dom = (a: string) => a.slice(a.lastIndexOf('@') + 1).replace(/>.*$/, '');
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const dmarc = (d: string, p: string) => txt(`_dmarc.${d}`, `v=DMARC1; p=${p}`);
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

/** One Yahoo result with the arc_overridden_status Yahoo appends to each (2025). */
const y = (r: string) => `${r} arc_overridden_status=NOT_OVERRIDDEN;`;
const yDkim = (d: string, s: string, result = 'pass') => y(`dkim=${result} header.i=@${d} header.s=${s}`);
const ySpf = (envDomain: string, result = 'pass') => y(`spf=${result} smtp.mailfrom=${envDomain}`);
const yDmarc = (from: string, p: string, result = 'pass') => y(`dmarc=${result}(p=${p}) header.from=${from}`);

interface Sample {
  slug: string;
  cls: string;
  about: string;
  /** The message as it leaves its last sender's relay (signed, its own hops on top). */
  build: (rcpt: string) => Promise<string>;
  relay: Relay;
  envelope: (rcpt: string) => string;
  /** Yahoo's results, one per line. */
  ar: string[];
  zone: Record<string, unknown>;
  reads: Array<[Reader, boolean]>;
  want: (reader: Reader, online: boolean) => CaseExpectation;
}

const AUTH: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
const authed = () => AUTH;
/** Genuine mail whose From domain's own DMARC failed in transit: never spoofed. */
const NOT_SPOOFED: CaseExpectation = { notVerdict: ['spoofed'] };
const ALL: Array<[Reader, boolean]> = [
  ['yahoo', true],
  ['yahoo', false],
  ['aol', true],
  ['aol', false],
];
const SOME: Array<[Reader, boolean]> = [
  ['yahoo', true],
  ['yahoo', false],
  ['aol', false],
];

function deliver(s: Sample, raw: string, reader: Reader, n: number): string {
  const env = s.envelope(RCPT[reader]);
  const o = {
    ip: s.relay.ip,
    helo: s.relay.helo,
    envelope: env,
    spf: `pass (domain of ${dom(env)} designates ${s.relay.ip} as permitted sender)`,
    ar: s.ar.join('\r\n '),
  };
  return reader === 'yahoo'
    ? yahooOmega(raw, o, { tag: 'Rw179', pod: `7d9c5b4f8-${n}w${n}kq`, inner: `10.217.179.${10 + n}` })
    : aolAtlas(raw, o, { inner: `10.253.179.${10 + n}` });
}

/** A plain submitted message signed by `signers` (last on top), with `inside` lines under the signatures' hop. */
const compose =
  (o: {
    from: string;
    subject: string;
    body: string;
    id: string;
    extra?: string[];
    to?: string;
    signers: Array<[string, string]>;
    inside?: string[];
    after?: (raw: string) => Promise<string> | string;
  }) =>
  async (rcpt: string) => {
    const raw = submitted({
      from: o.from,
      to: o.to ?? rcpt,
      subject: o.subject,
      date: SENT,
      messageId: `<${o.id}>`,
      extraHeaders: o.extra ?? [],
      body: o.body,
    });
    const inner = o.inside?.length ? onTop(raw, ...o.inside) : raw;
    const signed = await signAll(inner, o.signers);
    return o.after ? o.after(signed) : signed;
  };

// --- Relays -------------------------------------------------------------------------------------
const EOP_OUT: Relay = {
  helo: 'EUR05-DB8-obe.outbound.protection.outlook.com',
  rdns: 'mail-db8eur05on2089.outbound.protection.outlook.com',
  ip: '40.107.22.89',
};
const MIMECAST_US: Relay = {
  helo: 'us-smtp-delivery-162.mimecast.com',
  rdns: 'us-smtp-delivery-162.mimecast.com',
  ip: '205.139.110.162',
};
const PROOFPOINT: Relay = {
  helo: 'mx0b-00123401.pphosted.com',
  rdns: 'mx0b-00123401.pphosted.com',
  ip: '148.163.158.5',
};
const GROUPS_IO: Relay = { helo: 'mail01.groups.io', rdns: 'web01.groups.io', ip: '66.175.222.12' };
const GMAIL_FWD: Relay = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};
const IC_FWD: Relay = {
  helo: 'st43p00im-zteg10061901.me.com',
  rdns: 'st43p00im-zteg10061901.me.com',
  ip: '17.58.63.168',
};
const SES: Relay = {
  helo: 'a27-104.smtp-out.us-west-2.amazonses.com',
  rdns: 'a27-104.smtp-out.us-west-2.amazonses.com',
  ip: '54.240.27.104',
};
const MAILCHIMP: Relay = {
  helo: 'mail59.atl101.mcsv.net',
  rdns: 'mail59.atl101.mcsv.net',
  ip: '198.2.139.59',
};
const BREVO: Relay = {
  helo: 'mail185-28.suw21.brevo.com',
  rdns: 'mail185-28.suw21.brevo.com',
  ip: '185.41.28.109',
};
const YAHOO_OUT: Relay = {
  helo: 'sonic317-22.consmr.mail.ne1.yahoo.com',
  rdns: 'sonic317-22.consmr.mail.ne1.yahoo.com',
  ip: '66.163.188.148',
};
const AOL_OUT: Relay = {
  helo: 'sonic309-24.consmr.mail.ne1.yahoo.com',
  rdns: 'sonic309-24.consmr.mail.ne1.yahoo.com',
  ip: '66.163.187.157',
};
/** Own boxes (documentation addresses). */
const LIST_BOX: Relay = {
  helo: 'mail.lists.openriver.example',
  rdns: 'mail.lists.openriver.example',
  ip: '192.0.2.179',
};
const SYMPA_BOX: Relay = {
  helo: 'listes.univ-rhone.example',
  rdns: 'listes.univ-rhone.example',
  ip: '198.51.100.179',
};
const ALUMNI: Relay = {
  helo: 'mx1.alumni.coastal-univ.example',
  rdns: 'mx1.alumni.coastal-univ.example',
  ip: '203.0.113.179',
};

const SES_ZONE = {
  ...txt('us-west-2.amazonses.com', 'v=spf1 ip4:54.240.0.0/18 ip4:69.169.224.0/20 -all'),
  ...key('amazonses.com', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'),
  [SES.rdns]: { A: [SES.ip] },
};
const YAHOO_SPF = 'v=spf1 ptr:yahoo.com ptr:yahoo.net ip4:66.163.184.0/21 ip4:98.137.64.0/21 ?all';

const ZONE: Record<string, unknown> = {
  ...[
    EOP_OUT,
    MIMECAST_US,
    PROOFPOINT,
    GROUPS_IO,
    GMAIL_FWD,
    IC_FWD,
    SES,
    MAILCHIMP,
    BREVO,
    YAHOO_OUT,
    AOL_OUT,
    LIST_BOX,
    SYMPA_BOX,
    ALUMNI,
    SENDGRID_OUT,
  ].reduce((z, r) => Object.assign(z, ptr(r.ip, r.rdns)), {} as Record<string, unknown>),
  ...M365_SPF_ZONE,
  ...SES_ZONE,
  ...txt(
    '_netblocks.mimecast.com',
    'v=spf1 ip4:205.139.110.0/24 ip4:207.211.30.0/24 ip4:185.58.84.0/22 ~all',
  ),
  ...txt('groups.io', 'v=spf1 ip4:66.175.222.0/24 ~all'),
  ...dmarc('groups.io', 'none'),
  ...key('groups.io', '20140610'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ~all'),
  ...txt('gmail.com', 'v=spf1 redirect=_spf.google.com'),
  ...key('google.com', 'arc-20240605'),
  ...txt('icloud.com', 'v=spf1 ip4:17.57.155.0/24 ip4:17.58.0.0/16 ~all'),
  ...dmarc('icloud.com', 'quarantine'),
  ...txt('mcsv.net', 'v=spf1 ip4:198.2.128.0/18 ?all'),
  ...key('mcdlv.net', 'k1'),
  ...txt('a185-28.sender-sib.com', 'v=spf1 ip4:185.41.28.0/24 ~all'),
  ...key('sendinblue.com', 'mail'),
  ...txt('yahoo.com', 'v=spf1 redirect=_spf.mail.yahoo.com'),
  ...txt('_spf.mail.yahoo.com', YAHOO_SPF),
  ...key('yahoo.com', 's2048'),
  ...dmarc('yahoo.com', 'reject'),
  ...txt('aol.com', 'v=spf1 include:_spf.mail.yahoo.com ~all'),
  ...key('aol.com', 'a2048'),
  ...dmarc('aol.com', 'reject'),
  ...txt('mozmail.com', 'v=spf1 include:amazonses.com ~all'),
  ...txt('amazonses.com', 'v=spf1 ip4:54.240.0.0/18 ip4:69.169.224.0/20 ~all'),
  ...dmarc('mozmail.com', 'quarantine'),
  ...key('mozmail.com', 'dvsdkim1'),
};

// --- Senders' domains ---------------------------------------------------------------------------
const TENANT_MC = 'corran-marine.example';
const TENANT_PP = 'halvard-insurance.example';
const HYBRID = 'ostwick-council.example';
const LIST = 'lists.openriver.example';
const AUTHOR = 'quarkfield.example';
const SYMPA = 'listes.univ-rhone.example';
const ALUMNI_D = 'alumni.coastal-univ.example';
const BANK = 'northbank.example';
const SHOP = 'fernhill-books.example';
const SEND = 'tidewater-energy.example';
const MUSEUM = 'harbour-museum.example';
const CLINIC = 'larkspur-vets.example';
Object.assign(
  ZONE,
  txt(TENANT_MC, 'v=spf1 include:spf.protection.outlook.com include:_netblocks.mimecast.com -all'),
  dmarc(TENANT_MC, 'quarantine'),
  key(TENANT_MC, 'selector1'),
  txt(TENANT_PP, 'v=spf1 include:spf.protection.outlook.com ip4:148.163.158.0/24 -all'),
  dmarc(TENANT_PP, 'reject'),
  key(TENANT_PP, 'selector1'),
  txt(HYBRID, 'v=spf1 include:spf.protection.outlook.com ip4:192.0.2.0/28 -all'),
  dmarc(HYBRID, 'quarantine'),
  key(HYBRID, 'selector2'),
  txt(LIST, `v=spf1 ip4:${LIST_BOX.ip} -all`),
  dmarc(LIST, 'none'),
  key(LIST, 'mm3'),
  txt(AUTHOR, 'v=spf1 include:_spf.google.com -all'),
  dmarc(AUTHOR, 'reject'),
  key(AUTHOR, 'google'),
  txt(SYMPA, `v=spf1 ip4:${SYMPA_BOX.ip} -all`),
  dmarc(SYMPA, 'none'),
  key(SYMPA, 'sympa'),
  txt('labo-ecologie.example', 'v=spf1 mx -all'),
  dmarc('labo-ecologie.example', 'none'),
  key('labo-ecologie.example', 'lab1'),
  txt(ALUMNI_D, `v=spf1 ip4:${ALUMNI.ip} -all`),
  txt(BANK, 'v=spf1 ip4:192.0.2.161 -all'),
  dmarc(BANK, 'reject'),
  key(BANK, 'nb1'),
  txt(SHOP, 'v=spf1 include:amazonses.com -all'),
  dmarc(SHOP, 'quarantine'),
  key(SHOP, 'mail2026'),
  sendgridZone(SENDGRID_OUT, SEND, `em1179.${SEND}`),
  dmarc(MUSEUM, 'none'),
  key(MUSEUM, 'k1'),
  txt(CLINIC, 'v=spf1 include:spf.brevo.com ~all'),
  dmarc(CLINIC, 'quarantine'),
  key(CLINIC, 'brevo1'),
);

const exo = (date: string) => [
  'X-MS-Exchange-Organization-SCL: 1',
  `X-MS-Exchange-CrossTenant-OriginalArrivalTime: ${date}`,
];

// --- 1. Delivery shapes ---------------------------------------------------------------------------
function shapes(): Sample[] {
  return [
    {
      slug: 'm365-through-mimecast',
      cls: 'm365-gateway-outbound',
      about: `Genuine: a marine firm on Microsoft 365 (its own selector1 DKIM for ${TENANT_MC}, p=quarantine) whose outbound connector sends through Mimecast: the tenant's MAPI hops and EOP's outbound hand-off below Mimecast's US delivery host ${MIMECAST_US.helo} [${MIMECAST_US.ip}], SPF including _netblocks.mimecast.com. Yahoo records dkim, spf and dmarc pass.`,
      build: compose({
        from: `Alex Corran <alex@${TENANT_MC}>`,
        subject: 'Mooring refit: quote attached',
        body: 'Hi Robin,\r\n\r\nthe refit quote is attached.\r\n\r\nAlex\r\n',
        id: 'DM6PR08MB5580179A0B1C2D3E4F@DM6PR08MB5580.namprd08.prod.outlook.com',
        extra: exo('20 Nov 2026 10:00:01.0000 (UTC)'),
        signers: [[TENANT_MC, 'selector1']],
        inside: senderTenantHops(),
        after: (raw) =>
          onTop(
            raw,
            `Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2089.outbound.protection.outlook.com [40.107.22.89]) by relay.mimecast.com with ESMTP with STARTTLS\r\n (version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id us-mta-179-Q2xH7c; ${SENT}`,
            'X-MC-Unique: Q2xH7cRkNw-179aBcDeFgHi',
          ),
      }),
      relay: MIMECAST_US,
      envelope: () => `alex@${TENANT_MC}`,
      ar: [yDkim(TENANT_MC, 'selector1'), ySpf(TENANT_MC), yDmarc(TENANT_MC, 'QUARANTINE')],
      zone: ZONE,
      reads: ALL,
      want: authed,
    },
    {
      slug: 'm365-through-proofpoint',
      cls: 'm365-gateway-outbound',
      about: `Genuine: an insurer on Microsoft 365 (own selector1 DKIM, p=reject) sending through Proofpoint's outbound host ${PROOFPOINT.helo} [${PROOFPOINT.ip}] (its SPF names Proofpoint's block); Proofpoint's prvs= envelope tag (BATV) on the sender's address. Yahoo records all three pass.`,
      build: compose({
        from: `Halvard Claims <claims@${TENANT_PP}>`,
        subject: 'Claim 55-2026-0179: documents received',
        body: 'Dear Robin,\r\n\r\nwe have received your documents for claim 55-2026-0179.\r\n',
        id: 'PH0PR11MB4917179F@PH0PR11MB4917.namprd11.prod.outlook.com',
        signers: [[TENANT_PP, 'selector1']],
        inside: senderTenantHops('PH0PR11MB4917'),
        after: (raw) =>
          onTop(
            raw,
            `Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2089.outbound.protection.outlook.com [40.107.22.89])\r\n\tby mx0b-00123401.pphosted.com (PPS) with ESMTPS id 4b179pq1xy-1\r\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT);\r\n\t${SENT}`,
          ),
      }),
      relay: PROOFPOINT,
      envelope: () => `prvs=0179a2b3c4=claims@${TENANT_PP}`,
      ar: [yDkim(TENANT_PP, 'selector1'), ySpf(TENANT_PP), yDmarc(TENANT_PP, 'REJECT')],
      zone: ZONE,
      reads: ALL,
      want: authed,
    },
    {
      slug: 'm365-hybrid-council',
      cls: 'm365-hybrid',
      about: `Genuine: a council's on-premises Exchange 2019 sending out through its Microsoft 365 tenant (hybrid: the on-premises hop below EOP's outbound hand-off ${EOP_OUT.helo} [${EOP_OUT.ip}]), signed by the tenant's selector2 for ${HYBRID}, p=quarantine.`,
      build: compose({
        from: `Ostwick Council Planning <planning@${HYBRID}>`,
        subject: 'Planning application 26/01790: decision',
        body: 'Dear applicant,\r\n\r\nthe decision notice is attached.\r\n',
        id: '179e1f2a3b4c@EXCH02.ad.ostwick-council.example',
        signers: [[HYBRID, 'selector2']],
        inside: [
          `Received: from AM4PEPF00027A5F.eurprd04.prod.outlook.com (2603:10a6:20b:5c2::17) by DB9PR04MB8380.eurprd04.prod.outlook.com with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; Fri, 20 Nov 2026 09:59:44 +0000`,
          `Received: from EXCH02.ad.ostwick-council.example (192.0.2.5) by AM4PEPF00027A5F.mail.protection.outlook.com (10.167.16.75) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.14 via Frontend Transport; Fri, 20 Nov 2026 09:59:43 +0000`,
        ],
      }),
      relay: EOP_OUT,
      envelope: () => `planning@${HYBRID}`,
      ar: [yDkim(HYBRID, 'selector2'), ySpf(HYBRID), yDmarc(HYBRID, 'QUARANTINE')],
      zone: ZONE,
      reads: ALL,
      want: authed,
    },
    {
      slug: 'mailman3-munged-from',
      cls: 'list-from-rewritten',
      about: `Genuine: a Mailman 3 list at ${LIST} whose author's domain (${AUTHOR}) publishes p=reject, so Mailman rewrote From to "Dana Quark via Tools-dev <tools-dev@${LIST}>", Reply-To the author and list, added its footer and signed d=${LIST} (s=mm3) with an ARC set. Yahoo records the list's own dkim, spf and dmarc pass.`,
      build: compose({
        from: `Dana Quark via Tools-dev <tools-dev@${LIST}>`,
        subject: '[Tools-dev] Release 4.2 branch is open',
        body: `Hi all,\r\n\r\nthe 4.2 branch is open for fixes.\r\n\r\nDana\r\n${mailmanFooter('tools-dev', LIST, 'Tools-dev')}`,
        id: `CAF179dq0x1Yw@mail.gmail.com`,
        extra: [
          `Reply-To: Dana Quark <dana@${AUTHOR}>, tools-dev@${LIST}`,
          `Sender: tools-dev-bounces@${LIST}`,
          `List-Id: <tools-dev.${LIST}>`,
          `List-Post: <mailto:tools-dev@${LIST}>`,
          `List-Unsubscribe: <mailto:tools-dev-leave@${LIST}>`,
          'X-Mailman-Version: 3.3.9',
          'Precedence: list',
        ],
        signers: [[LIST, 'mm3']],
        after: (raw) =>
          sealCorpus(raw, {
            domain: LIST,
            cv: 'none',
            authResults: `${LIST}; dkim=pass header.d=${AUTHOR}; spf=pass smtp.mailfrom=${AUTHOR}; dmarc=pass header.from=${AUTHOR}`,
          }),
      }),
      relay: LIST_BOX,
      envelope: () => `tools-dev-bounces@${LIST}`,
      ar: [yDkim(LIST, 'mm3'), ySpf(LIST), yDmarc(LIST, 'NONE')],
      zone: { ...ZONE, ...key(LIST, 'arc') },
      reads: ALL,
      want: () => NOT_SPOOFED,
    },
    {
      slug: 'sympa-from-kept-tag-breaks-author',
      cls: 'list-from-kept',
      about: `Genuine: a Sympa list at ${SYMPA} keeping From (the author's lab, labo-ecologie.example, p=none), adding "[ecol-l]" to the subject, which breaks the author's signature; Sympa signs d=${SYMPA}. Yahoo records the author's dkim fail, the list's pass, spf pass for the list, dmarc=fail(p=NONE) for the author.`,
      build: compose({
        from: 'Camille Rousseau <camille.rousseau@labo-ecologie.example>',
        subject: 'Séminaire du 4 décembre',
        body: 'Bonjour à tous,\r\n\r\nle séminaire aura lieu salle 2.\r\n',
        id: '179c0a1b-2c3d@labo-ecologie.example',
        extra: [`List-Id: <ecol-l.${SYMPA}>`, `List-Post: <mailto:ecol-l@${SYMPA}>`, 'Precedence: list'],
        signers: [['labo-ecologie.example', 'lab1']],
        after: async (raw) => signAll(tagSubject(raw, '[ecol-l] '), [[SYMPA, 'sympa']]),
      }),
      relay: SYMPA_BOX,
      envelope: () => `ecol-l-owner@${SYMPA}`,
      ar: [
        yDkim('labo-ecologie.example', 'lab1', 'perm_fail'),
        yDkim(SYMPA, 'sympa'),
        ySpf(SYMPA),
        yDmarc('labo-ecologie.example', 'NONE', 'fail'),
      ],
      zone: ZONE,
      reads: SOME,
      want: () => NOT_SPOOFED,
    },
    {
      slug: 'groups-io-yahoo-groups-import-notice',
      cls: 'list-service-notice',
      about: `Genuine: groups.io's own notice to a member of a group imported from Yahoo Groups (groups.io is where many Yahoo Groups moved in 2019-2020), from ${GROUPS_IO.helo} [${GROUPS_IO.ip}], signed d=groups.io, envelope bounce at groups.io.`,
      build: compose({
        from: 'Groups.io <noreply@groups.io>',
        subject: 'Your group harbour-sailing has been imported from Yahoo Groups',
        body: 'Hi Robin,\r\n\r\nthe messages, files and photos of harbour-sailing have been imported.\r\n',
        id: '179.179.1790000000000000000@groups.io',
        signers: [['groups.io', '20140610']],
      }),
      relay: GROUPS_IO,
      envelope: () => 'bounce+179a0b+robin.reader=yahoo.com@groups.io',
      ar: [yDkim('groups.io', '20140610'), ySpf('groups.io'), yDmarc('groups.io', 'NONE')],
      zone: ZONE,
      reads: SOME,
      want: () => ({ notVerdict: ['spoofed', 'suspicious'] }),
    },
    {
      slug: 'groups-io-munged-from',
      cls: 'list-from-rewritten',
      about: `Genuine: a groups.io post whose author's domain (${AUTHOR}) is p=reject, so groups.io wrote From "Dana Quark via groups.io <dana=${AUTHOR}@groups.io>" and signed d=groups.io.`,
      build: compose({
        from: `"Dana Quark via groups.io" <dana=${AUTHOR}@groups.io>`,
        subject: '[harbour-sailing] Saturday race postponed',
        body: 'The race is postponed to Sunday.\r\n\r\nGroups.io Links: You receive all messages sent to this group.\r\n',
        id: `CAF179gx7Qm@mail.gmail.com`,
        extra: [
          'List-Id: <harbour-sailing.groups.io>',
          'Mailing-List: list harbour-sailing@groups.io',
          'Precedence: Bulk',
          `Reply-To: harbour-sailing@groups.io`,
        ],
        signers: [['groups.io', '20140610']],
      }),
      relay: GROUPS_IO,
      envelope: () => 'bounce+179a0c+robin.reader=yahoo.com@groups.io',
      ar: [yDkim('groups.io', '20140610'), ySpf('groups.io'), yDmarc('groups.io', 'NONE')],
      zone: ZONE,
      reads: SOME,
      want: () => ({ notVerdict: ['spoofed', 'suspicious'] }),
    },
    {
      slug: 'university-alias-srs',
      cls: 'forwarder-srs',
      about: `Genuine: a bank statement notice (d=${BANK}, p=reject) sent to the reader's university alumni alias and forwarded by the alumni server ${ALUMNI.helo} [${ALUMNI.ip}] with postsrsd's SRS0 envelope; the bank's signature survives. Yahoo: dkim pass for the bank, spf pass for the alumni domain, dmarc pass.`,
      build: compose({
        from: `Northbank <statements@${BANK}>`,
        to: `robin@${ALUMNI_D}`,
        subject: 'Your November statement is ready',
        body: 'Your statement is ready in online banking.\r\n',
        id: `179.st@${BANK}`,
        signers: [[BANK, 'nb1']],
        after: (raw) =>
          onTop(
            raw,
            `Received: from mta1.${BANK} (mta1.${BANK} [192.0.2.161])\r\n\tby ${ALUMNI.helo} (Postfix) with ESMTPS id 4Zw179a1\r\n\tfor <robin@${ALUMNI_D}>; ${SENT}`,
          ),
      }),
      relay: ALUMNI,
      envelope: () => `SRS0=x7Qa=TQ=${BANK}=statements@${ALUMNI_D}`,
      ar: [yDkim(BANK, 'nb1'), ySpf(ALUMNI_D), yDmarc(BANK, 'REJECT')],
      zone: ZONE,
      reads: ALL,
      want: authed,
    },
    {
      slug: 'gmail-forwarding',
      cls: 'forwarder-gmail',
      about: `Genuine: the bank's notice (d=${BANK}) to the reader's Gmail address, forwarded by Gmail's automatic forwarding to Yahoo from ${GMAIL_FWD.helo} [${GMAIL_FWD.ip}], envelope robin+caf_=…@gmail.com, ARC i=1 sealed by google.com; the bank's signature survives.`,
      build: compose({
        from: `Northbank <statements@${BANK}>`,
        to: 'robin.reader@gmail.com',
        subject: 'Your November statement is ready',
        body: 'Your statement is ready in online banking.\r\n',
        id: `179.gm@${BANK}`,
        signers: [[BANK, 'nb1']],
        after: async (raw) =>
          onTop(
            await sealCorpus(
              onTop(
                raw,
                'X-Forwarded-To: robin.reader@yahoo.com',
                'X-Forwarded-For: robin.reader@gmail.com robin.reader@yahoo.com',
                'Delivered-To: robin.reader@gmail.com',
              ),
              {
                domain: 'google.com',
                selector: 'arc-20240605',
                cv: 'none',
                authResults: `mx.google.com; dkim=pass header.i=@${BANK} header.s=nb1; spf=pass smtp.mailfrom=statements@${BANK}; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${BANK}`,
              },
            ),
            'Received: by 2002:a05:6a10:179:b0:2f5:1234:5678 with SMTP id x179csp1790pxa;\r\n        Fri, 20 Nov 2026 02:00:03 -0800 (PST)',
          ),
      }),
      relay: GMAIL_FWD,
      envelope: () => 'robin.reader+caf_=robin.reader=yahoo.com@gmail.com',
      ar: [yDkim(BANK, 'nb1'), ySpf('gmail.com'), yDmarc(BANK, 'REJECT')],
      zone: ZONE,
      reads: SOME,
      want: authed,
    },
    {
      slug: 'icloud-hide-my-email',
      cls: 'forwarder-icloud-hme',
      about: `Genuine: a bookshop's SES order mail (d=${SHOP}) to the reader's iCloud Hide My Email alias, forwarded by ${IC_FWD.helo} [${IC_FWD.ip}] to Yahoo, To keeping the alias, Apple's SRS0 envelope at icloud.com; the shop's signature survives.`,
      build: compose({
        from: `Fernhill Books <orders@${SHOP}>`,
        to: 'quiet_owl_7x@icloud.com',
        subject: 'Order 17942 has shipped',
        body: 'Your order 17942 has shipped.\r\n',
        id: `0101019a179c4d5e-hme@us-west-2.amazonses.com`,
        signers: [
          ['amazonses.com', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'],
          [SHOP, 'mail2026'],
        ],
        after: (raw) =>
          onTop(
            raw,
            `Received: from a27-104.smtp-out.us-west-2.amazonses.com (a27-104.smtp-out.us-west-2.amazonses.com [54.240.27.104])\r\n\tby st11p00im-smtpin027.me.com (Postfix) with ESMTPS id 4Zw179h1\r\n\tfor <quiet_owl_7x@icloud.com>; ${SENT}`,
          ),
      }),
      relay: IC_FWD,
      envelope: () => `SRS0=hM7e=TQ=${SHOP}=orders@icloud.com`,
      ar: [
        yDkim('amazonses.com', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'),
        yDkim(SHOP, 'mail2026'),
        ySpf('icloud.com'),
        yDmarc(SHOP, 'QUARANTINE'),
      ],
      zone: ZONE,
      reads: SOME,
      want: authed,
    },
    {
      slug: 'firefox-relay-mask-from',
      cls: 'forwarder-relay-mask',
      about: `Genuine: the bookshop's mail to the reader's Firefox Relay mask, re-sent by Relay through Amazon SES (${SES.helo}) with From rewritten to the mask ("orders@${SHOP} [via Relay]" <k3q9x7@mozmail.com>), signed d=mozmail.com and amazonses.com. The author's address stands in the display name.`,
      build: compose({
        from: `"orders@${SHOP} [via Relay]" <k3q9x7@mozmail.com>`,
        to: 'k3q9x7@mozmail.com',
        subject: 'Order 17943 has shipped',
        body: 'Your order 17943 has shipped.\r\n',
        id: `0101019a179c4d5f-relay@us-west-2.amazonses.com`,
        extra: [`Reply-To: "orders@${SHOP}" <replies@relay.firefox.com>`],
        signers: [
          ['mozmail.com', 'dvsdkim1'],
          ['amazonses.com', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'],
        ],
      }),
      relay: SES,
      envelope: () => '0101019a179c4d5f-relay-000000@us-west-2.amazonses.com',
      ar: [
        yDkim('mozmail.com', 'dvsdkim1'),
        yDkim('amazonses.com', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'),
        ySpf('us-west-2.amazonses.com'),
        yDmarc('mozmail.com', 'QUARANTINE'),
      ],
      zone: ZONE,
      reads: SOME,
      want: () => NOT_SPOOFED,
    },
    {
      slug: 'sendgrid-energy-bill',
      cls: 'esp-sendgrid',
      about: `Genuine: an energy supplier's bill through SendGrid (${SENDGRID_OUT.helo}), its own s1 and SendGrid's smtpapi signatures, bounce host em1179.${SEND}, p=reject.`,
      build: compose({
        from: `Tidewater Energy <billing@${SEND}>`,
        subject: 'Your bill for November',
        body: 'Your bill is ready.\r\n',
        id: `179sg.x1@geopod-ismtpd-179`,
        signers: sendgridSigners(SEND),
      }),
      relay: SENDGRID_OUT,
      envelope: () => `bounces+179-ab12-robin.reader=yahoo.com@em1179.${SEND}`,
      ar: [
        yDkim(SEND, 's1'),
        yDkim('sendgrid.info', 'smtpapi'),
        ySpf(`em1179.${SEND}`),
        yDmarc(SEND, 'REJECT'),
      ],
      zone: ZONE,
      reads: SOME,
      want: authed,
    },
    {
      slug: 'mailchimp-museum',
      cls: 'esp-mailchimp',
      about: `Genuine: a museum's Mailchimp newsletter (its k1 CNAME key and mcdlv.net's, p=none) from ${MAILCHIMP.helo} [${MAILCHIMP.ip}], bounce envelope at mcsv.net.`,
      build: compose({
        from: `Harbour Museum <hello@${MUSEUM}>`,
        subject: 'December late openings',
        body: 'The museum stays open until 21:00 on Thursdays.\r\n',
        id: '179a7c2d4e6f8091a2b3c4d5e.0123456789.20261120095958.179aa1b2c3@mail59.atl101.mcsv.net',
        extra: ['X-Mailer: Mailchimp Mailer - **CID179a7c2d4e6f80**', 'Feedback-ID: 179:179aa1b2c3:us21:mc'],
        signers: [
          [MUSEUM, 'k1'],
          ['mcdlv.net', 'k1'],
        ],
      }),
      relay: MAILCHIMP,
      envelope: (r) => `bounce-mc.us21_1790042.179aa1b2c3-${r.replace('@', '=')}@mail59.atl101.mcsv.net`,
      ar: [
        yDkim(MUSEUM, 'k1'),
        yDkim('mcdlv.net', 'k1'),
        ySpf('mail59.atl101.mcsv.net'),
        yDmarc(MUSEUM, 'NONE'),
      ],
      zone: { ...ZONE, ...txt('mail59.atl101.mcsv.net', 'v=spf1 ip4:198.2.128.0/18 ?all') },
      reads: SOME,
      want: () => ({ notVerdict: ['spoofed', 'suspicious'], fields: { 'dmarc.result': 'pass' } }),
    },
    {
      slug: 'brevo-vet-reminder',
      cls: 'esp-brevo',
      about: `Genuine: a vet clinic's vaccination reminder through Brevo (${BREVO.helo} [${BREVO.ip}]), its own brevo1 key and sendinblue.com's, Brevo's sender-sib.com envelope, p=quarantine.`,
      build: compose({
        from: `Larkspur Vets <reminders@${CLINIC}>`,
        subject: 'Bramble is due a booster',
        body: 'Bramble is due a booster in December.\r\n',
        id: `179.brevo.1@smtp-relay.mailin.fr`,
        extra: ['X-Mailin-EID: MTc5fnJvYmluQHlhaG9vLmNvbX4%3D', 'X-sib-id: TGFya3NwdXJWZXRz'],
        signers: [
          [CLINIC, 'brevo1'],
          ['sendinblue.com', 'mail'],
        ],
      }),
      relay: BREVO,
      envelope: () => 'pX179qL2mV8bZ1w@a185-28.sender-sib.com',
      ar: [
        yDkim(CLINIC, 'brevo1'),
        yDkim('sendinblue.com', 'mail'),
        ySpf('a185-28.sender-sib.com'),
        yDmarc(CLINIC, 'QUARANTINE'),
      ],
      zone: ZONE,
      reads: SOME,
      want: authed,
    },
    {
      slug: 'yahoo-to-yahoo',
      cls: 'yahoo-consumer',
      about: `Genuine: a yahoo.com user's mail to a Yahoo reader, out through ${YAHOO_OUT.helo} [${YAHOO_OUT.ip}] signed d=yahoo.com s=s2048, with Yahoo's WebService X-Mailer.`,
      build: compose({
        from: 'Sam Fairlie <sam.fairlie@yahoo.com>',
        subject: 'Photos from Sunday',
        body: 'Hi Robin, photos from Sunday attached.\r\n',
        id: '1790001.179.1763632780000@mail.yahoo.com',
        extra: ['X-Mailer: WebService/1.1.24652 YMailNorrin'],
        signers: [['yahoo.com', 's2048']],
        after: (raw) =>
          onTop(
            raw,
            `Received: from sonic.gate.mail.ne1.yahoo.com by sonic317.consmr.mail.ne1.yahoo.com with HTTP; ${SENT}`,
          ),
      }),
      relay: YAHOO_OUT,
      envelope: () => 'sam.fairlie@yahoo.com',
      ar: [yDkim('yahoo.com', 's2048'), ySpf('yahoo.com'), yDmarc('yahoo.com', 'REJECT')],
      zone: ZONE,
      reads: ALL,
      want: authed,
    },
    {
      slug: 'aol-to-yahoo',
      cls: 'yahoo-consumer',
      about: `Genuine: an aol.com user's mail to a Yahoo reader, out through the same sonic pool (${AOL_OUT.helo} [${AOL_OUT.ip}]) signed d=aol.com s=a2048.`,
      build: compose({
        from: 'Pat Mercer <pat.mercer@aol.com>',
        subject: 'Reunion list',
        body: 'Robin, here is the reunion list.\r\n',
        id: '1790002.179.1763632781000@mail.aol.com',
        extra: ['X-Mailer: WebService/1.1.24652 AolMailNorrin'],
        signers: [['aol.com', 'a2048']],
        after: (raw) =>
          onTop(
            raw,
            `Received: from sonic.gate.mail.ne1.yahoo.com by sonic309.consmr.mail.ne1.yahoo.com with HTTP; ${SENT}`,
          ),
      }),
      relay: AOL_OUT,
      envelope: () => 'pat.mercer@aol.com',
      ar: [yDkim('aol.com', 'a2048'), ySpf('aol.com'), yDmarc('aol.com', 'REJECT')],
      zone: ZONE,
      reads: ALL,
      want: authed,
    },
  ];
}

// --- 2. Names the 04:30 rules read -----------------------------------------------------------------
/** [slug, display name, firm's domain, subject, what, misread today] */
const NAMES: Array<[string, string, string, string, string]> = [
  [
    'fr-nbsp-societe',
    'Société\u00A0générale de Nettoyage',
    'sgn-nettoyage.example',
    'Votre devis',
    'a French cleaning firm, a no-break space before the small "générale" (Word pastes it so)',
  ],
  [
    'fr-nbsp-fontaine',
    'Librairie Jean\u00A0de\u00A0la Fontaine',
    'librairie-lafontaine.example',
    'Votre commande est prête',
    'a French bookshop, no-break spaces inside "Jean de la Fontaine"',
  ],
  [
    'de-nnbsp-soehne',
    'Müller\u202Fund Söhne GmbH',
    'mueller-soehne.example',
    'Ihre Bestellung',
    'a German firm typeset with a narrow no-break space (U+202F) before "und"',
  ],
  [
    'fr-nbsp-bon-coin',
    'Café Le Bon\u00A0coin',
    'cafe-bon-coin.example',
    'Réservation confirmée',
    'a café, a no-break space before the small "coin"',
  ],
  [
    'digit-3-in-one',
    '3-in-one Oil Club',
    'three-in-one-club.example',
    'Spring meet-up',
    'a digit before the hyphen and a small letter after it',
  ],
  [
    'digit-7-eleven',
    '7-eleven Franchise Owners',
    'seven-eleven-owners.example',
    'Minutes of the November meeting',
    "a digit before the hyphen (franchisees' association)",
  ],
  [
    'digit-365-day',
    '365-day Club',
    'the365dayclub.example',
    'Your December challenge',
    'a fitness club, a number before the hyphen',
  ],
  [
    'digit-web3-wallet',
    'Web3-wallet Weekly',
    'web3walletweekly.example',
    'Issue 42',
    'a newsletter, a letter-digit word before the hyphen',
  ],
  [
    'hyphen-space-pre-post',
    'Pre- and Post-Sales Team',
    'halden-tools.example',
    'Your demo booking',
    'a hyphen then a space ("Pre- and Post-Sales")',
  ],
  [
    'hyphen-space-micro-nano',
    'Micro- and Nano-fabrication Lab',
    'mnf-lab.example',
    'Cleanroom booking',
    'a hyphen then a space before "and"',
  ],
  [
    'zh-baobao-desk',
    '贝宝母婴 客服',
    'beibao-muying.example',
    '您的订单已发货',
    'a baby shop (贝宝母婴) and its service desk (客服)',
  ],
  [
    'zh-wangfei-desk',
    '网飞科技 客服中心',
    'wangfei-tech.example',
    '工单已受理',
    'an IT firm (网飞科技) and its service centre',
  ],
  [
    'drop-box-messenger',
    'Drop-Box Messenger',
    'bristol-couriers.example',
    'Your courier is on the way',
    'a bicycle courier firm: "Drop-Box" (capitalised halves) beside "Messenger", its trade',
  ],
  [
    'alexa-one-drive',
    'Alexa (One-Drive)',
    'ashgrove-driving.example',
    'Your lesson on Tuesday',
    'a driving instructor named Alexa at the One-Drive Driving School, "Name (Firm)" as many mail clients show a colleague',
  ],
];

function names(): Sample[] {
  return NAMES.map(([slug, name, domain, subject, what]) => ({
    slug: `name-${slug}`,
    cls: 'display-name-genuine',
    about: `Genuine: ${what}; display name "${name}", mail through Amazon SES (${SES.helo}) signed by its own domain ${domain} (p=quarantine) and amazonses.com. The name spells no brand and must not read as one.`,
    build: compose({
      from: `${/[()]/.test(name) ? `"${name}"` : name} <hello@${domain}>`,
      subject,
      body: 'Hello,\r\n\r\nthe details are on our website.\r\n',
      id: `0101019a179${slug.length.toString(16)}-${slug}@us-west-2.amazonses.com`,
      extra: [`Feedback-ID: ::1.us-west-2.w179${slug.replace(/-/g, '')}=:AmazonSES`],
      signers: [
        ['amazonses.com', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'],
        [domain, 'mail2026'],
      ],
    }),
    relay: SES,
    envelope: () => `0101019a179-${slug}-000000@us-west-2.amazonses.com`,
    ar: [
      yDkim('amazonses.com', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'),
      yDkim(domain, 'mail2026'),
      ySpf('us-west-2.amazonses.com'),
      yDmarc(domain, 'QUARANTINE'),
    ],
    zone: {
      ...ZONE,
      ...key(domain, 'mail2026'),
      ...txt(domain, 'v=spf1 include:amazonses.com -all'),
      ...dmarc(domain, 'quarantine'),
    },
    reads: SOME,
    want: () => ({ ...AUTH, absentFindings: ['display-name-brand'] }),
  }));
}

export async function makeAll(write: CaseWriter): Promise<void> {
  let n = 0;
  for (const s of [...shapes(), ...names()]) {
    for (const [reader, online] of s.reads) {
      const i = n++;
      const raw = await s.build(RCPT[reader]);
      emitCase(write, {
        name: `w179-${reader}-${s.slug}${online ? '' : '-offline'}`,
        class: s.cls,
        about: `${s.about} Reader: ${reader === 'aol' ? 'AOL Mail (Yahoo atlas)' : 'Yahoo Mail'}, ${online ? 'online' : 'offline'}.`,
        eml: deliver(s, raw, reader, i % 200),
        args: YAHOO,
        ...(online ? { zone: s.zone } : {}),
        expect: s.want(reader, online),
      });
    }
  }
}

// Pending (10 cases), two groups.
// A. groups.io read offline in Yahoo/AOL (4: w179-{yahoo,aol}-groups-io-yahoo-groups-import-notice-
//    offline, w179-{yahoo,aol}-groups-io-munged-from-offline). Read now: SUSPICIOUS,
//    hosted-server-relay:medium ("sent from a rented server on Akamai Cloud (Linode)
//    (66.175.222.12)"), dmarc-policy-none:low. Online the same messages read authenticated
//    (hosted-server-relay low). Should: authenticated offline too (Yahoo recorded dkim=pass
//    d=groups.io, spf=pass smtp.mailfrom=groups.io, dmarc=pass for From groups.io). At fault:
//    lib/findings/hosted-server.ts offlineListServer: it needs `a.origin.rdns`, and Yahoo's inner
//    MTA never prints a reverse name (`from 66.175.222.12 (EHLO mail01.groups.io) by 10.x`), so
//    in Yahoo/AOL it never holds (realworld163's groups.io cases were Gmail and Infomaniak, whose
//    entry lines carry the PTR); and for groups.io's own notice (no List-Id) listHostingService
//    is null, so nothing offline covers the list host writing as itself. Smallest fix: in
//    offlineListServer, with no reverse name in the entry, stand on the provider's own SPF pass for
//    an envelope under the host (p.spf pass, smtp.mailfrom sameOwner host) beside its DKIM pass of
//    the host; and take the host as the From domain itself when that is in LIST_HOSTS and the
//    provider records DMARC pass for it. Keeps probe183-188 (none uses groups.io) and
//    probe67/69/75/81/124/125 (Gmail or the box, online; a stranger's Linode VM cannot get
//    Yahoo's SPF pass for groups.io's envelope). Could hurt: nothing genuine.
// B. Everyday names beside product words round 188 added to DESK_AND_PRODUCT_WORDS (6:
//    w179-{yahoo,yahoo-…-offline,aol-…-offline} for "Drop-Box Messenger", a bicycle courier, and
//    "Alexa (One-Drive)", an instructor named Alexa at the One-Drive Driving School). Read now:
//    SUSPICIOUS, display-name-brand:high ("the name says Dropbox" / "Microsoft"). Should:
//    authenticated, as "Drop-Box Self Storage" and "One-Drive Driving School" (real-mail round 175)
//    do, and as these read before e170ae53. At fault: lib/findings/domains.ts onlyDeskBesides via
//    DESK_AND_PRODUCT_WORDS: since round 188 'messenger', 'alexa', 'kindle', 'viva' (and 'dynamics',
//    'bing') count as a desk's words for every brand, so a courier's "Messenger" or a person's given
//    name Alexa, left beside capitalised halves, makes the rejoined name the brand (onlyDeskBesides
//    also drops the parenthesis, "(One-Drive)", before reading). Smallest fix: keep the products
//    per brand (a Map brand -> product words: authenticator/entra/intune/copilot/dynamics/viva/
//    skype/xbox/bing/teams/outlook… for Microsoft, alexa/kindle for Amazon, messenger/instagram/
//    whatsapp for Facebook, gmail for Google) and count a product word in onlyDeskBesides only
//    for its own brand; the desk words (any language) stay for all. probe188's capital-half cases
//    (Micro-Soft Authenticator / Entra / 365 / desks) stay caught: their products are Microsoft's;
//    no probe183-188 name uses Messenger, Alexa, Kindle or Viva. Could hurt: "Face-Book Messenger"
//    stays caught (Messenger is Facebook's); "Drop-Box Copilot" would read everyday (no such lure known).
// Read right (no pending): Microsoft 365 through Mimecast and Proofpoint, hybrid, university SRS
// alias, Gmail forwarding, iCloud Hide My Email, SES/SendGrid/Mailchimp/Brevo, Yahoo-to-Yahoo and
// AOL-to-Yahoo (authenticated online and offline; gateway-untrusted info only); Mailman 3 munging
// From (authenticated for the list); the Sympa post keeping From with the author's p=none signature
// broken (unverified: dmarc-fail medium, list-modified low: honest, not spoofed). Suspicious by
// design: Firefox Relay online ("orders@… [via Relay]" <mask@mozmail.com>): display-name-address
// high, since maskedRelay (lib/findings/display-name.ts) needs an aligned SPF pass online (probe106's
// signing oracle) and SES's default envelope is not mozmail.com's; offline it reads authenticated
// with masked-relay-sender low. If Relay's real envelope is a mozmail.com MAIL FROM (NOT confirmed)
// it reads right online too. The 04:30 names: no-break and narrow spaces ("Société\u00A0générale
// de Nettoyage", "Jean\u00A0de\u00A0la Fontaine", "Müller\u202Fund Söhne", "Le Bon\u00A0coin"),
// digits before the hyphen ("3-in-one", "7-eleven", "365-day", "Web3-wallet"), hyphen-space ("Pre-
// and Post-Sales", "Micro- and Nano-fabrication") and 贝宝母婴 客服 / 网飞科技 客服中心 all read
// authenticated with no display-name-brand.
// Fixed on 2026-12-07 at 05:2x: A as proposed (lib/findings/hosted-server.ts offlineListServer:
// with no reverse name printed, the provider's SPF pass for an envelope under the list host beside
// its DKIM pass for the host; hostsOwnNotice for the host's own notice, its From under the host with
// the provider's dmarc=pass); B as proposed (lib/findings/domains.ts PRODUCTS_OF: Messenger, Alexa,
// Kindle, Viva… count beside their own brand only).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
