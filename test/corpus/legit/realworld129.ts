// Real-world delivery shapes, hundred-and-twenty-ninth round: genuine mail into a Microsoft 365
// tenant (tidewater.example, read in Outlook on the web) whose own rules change the message after
// Exchange Online recorded its results: the "[EXTERNAL]" subject tag and caution banner of a
// transport rule, a disclaimer appended to inbound mail, Defender's Safe Links rewriting URLs in the
// stored body. Senders: a partner tenant with its own DKIM (Harbourline, through Exclaimer's and
// CodeTwo's signature clouds and back too), a tenant with only the default onmicrosoft.com key,
// Gmail, a bank's ESP (SendGrid, aligned DKIM) and a mailing list that rewrites From; and the
// reader's tenant behind Mimecast (URL Protect rewriting links before EOP), with and without
// Enhanced Filtering for Connectors. Attack twins: another tenant's mail forged as Harbourline
// with a broken signature and Microsoft's shared SPF include, once with an id-less
// Authentication-Results claiming the pass written in the sender's own headers.
// Where the layouts were learnt (`search`, pages and code corpora):
// - Exclaimer's server-side signatures: Exclaimer's "Signatures for Office 365 – a technical
//   overview" (cloudsupport.exclaimer.com …/207803449): a transport rule routes outbound mail to
//   Exclaimer's regional Azure servers over a connector and it comes back to Exchange Online, which
//   then sends it (so Exchange Online's DKIM signs after the signature was added). Exclaimer's host
//   names in the Received lines (`*.smtp.exclaimer.net`) were NOT confirmed: assumed.
// - CodeTwo's cloud mode: a public wiki page (malekadema/wiki-project CodeTwo.md: "Cloud-Modus …
//   die Konfiguration von Microsoft 365-Konnektoren ist erforderlich"). Its host names and the
//   X-CodeTwoProcessed header were NOT confirmed from a real header: assumed.
// - Enhanced Filtering for Connectors (skip listing): Microsoft Learn "Enhanced Filtering for
//   Connectors in Exchange Online" (the source IP of the hop before the gateway preserved, DKIM
//   failures "intelligently recovered") and c7solutions.com "Enable EOP Enhanced Filtering for
//   Mimecast Users" (without it EOP's SPF is checked at Mimecast's address). alitajran.com's
//   article on the same shows EOP's SPF softfail without it; EOP's exact compauth reason behind a
//   gateway (130 with a trusted ARC sealer) is recalled, not re-quoted.
// - Safe Links URL form and X-MS-Exchange-AtpMessageProperties: SA|SL: realworld5's sources.
// - The tenant tag and banner after EOP's record, EOP's id-less results and the org headers:
//   realworld127 and receivers.ts eopDelivery (README-m365.md). The onmicrosoft.com default key's
//   selector (`selector1-<tenant>-onmicrosoft-com`) is recalled from delivered mail, not confirmed.
// - Mimecast's delivery host and ARC (d=mimecast.com s=arc-2018), URL Protect's link form:
//   gateway-layouts.ts and realworld125.
// Names and addresses are documentation ones except Microsoft's, Google's, SendGrid's and
// Mimecast's own hosts and ranges; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { sealAs } from '../gateway-layouts';
import { emitCase, GMAIL_OUT, KEY, legitCorpus, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { eopDelivery, MIMECAST } from '../receivers';
import { SENDGRID_OUT, sendgridSigners, sendgridZone } from '../rounds-kit';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';

const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** Genuine mail honestly "unverified": never a warning. */
const NOT_WARNED: CaseExpectation = { notVerdict: ['suspicious', 'spoofed'] };

const HL = 'harbourline.example';
const FAB = 'fabrikam-tools.example';
const FAB_TENANT = 'fabrikamtools';
const TW = 'tidewater.example';
const ROBIN = `robin.reader@${TW}`;
const OUT = ['--webmail', 'outlook', '--recipient-domain', TW];

const EXO: Relay = {
  helo: 'NAM10-DM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-dm6nam10on2129.outbound.protection.outlook.com',
  ip: '40.107.93.129',
};
/** Fabrikam's tenant's outbound. */
const FAB_EXO: Relay = {
  helo: 'EUR05-AM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-am6eur05on2129.outbound.protection.outlook.com',
  ip: '40.107.22.129',
};
/** The attacker's own (trial) tenant's outbound: Microsoft's, inside spf.protection.outlook.com. */
const ATK_EXO: Relay = {
  helo: 'NAM12-MW2-obe.outbound.protection.outlook.com',
  rdns: 'mail-mw2nam12on2088.outbound.protection.outlook.com',
  ip: '40.107.220.88',
};
const LIST: Relay = {
  helo: 'lists.toolmakers.example',
  rdns: 'lists.toolmakers.example',
  ip: '203.0.113.129',
};

const ZONE = {
  ...M365_SPF_ZONE,
  ...ptr(EXO.ip, EXO.rdns),
  ...ptr(FAB_EXO.ip, FAB_EXO.rdns),
  ...ptr(ATK_EXO.ip, ATK_EXO.rdns),
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  ...ptr(LIST.ip, LIST.rdns),
  ...ptr(MIMECAST.ip, MIMECAST.rdns),
  [HL]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [`_dmarc.${HL}`]: { TXT: ['v=DMARC1; p=reject'] },
  [`selector1._domainkey.${HL}`]: KEY(),
  [FAB]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [`_dmarc.${FAB}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`selector1-${FAB_TENANT}-onmicrosoft-com._domainkey.${FAB_TENANT}.onmicrosoft.com`]: KEY(),
  'selector1-hlbilling-onmicrosoft-com._domainkey.hlbilling.onmicrosoft.com': KEY(),
  [TW]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [`_dmarc.${TW}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  '20230601._domainkey.gmail.com': KEY(),
  '_dmarc.gmail.com': { TXT: ['v=DMARC1; p=none; sp=quarantine; rua=mailto:mailauth-reports@google.com'] },
  'gmail.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  'lists.toolmakers.example': { TXT: [`v=spf1 ip4:${LIST.ip} -all`] },
  '_dmarc.lists.toolmakers.example': { TXT: ['v=DMARC1; p=none'] },
  'toolmakers.example': { TXT: [`v=spf1 ip4:${LIST.ip} -all`] },
  '_dmarc.toolmakers.example': { TXT: ['v=DMARC1; p=none'] },
  's129._domainkey.lists.toolmakers.example': KEY(),
  'arc-2018._domainkey.mimecast.com': KEY(),
  ...sendgridZone(SENDGRID_OUT, 'northbank.example', 'em1290.northbank.example'),
};

/** The sending tenant's own hops below its outbound hand-off (MAPI submission, transport). */
const tenantHops = (mailbox: string) => [
  `Received: from ${mailbox}.namprd08.prod.outlook.com (2603:10b6:5:10f::29)\r\n by BN0PR08MB7129.namprd08.prod.outlook.com (2603:10b6:408:15b::29) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; ${SENT}`,
  `Received: from ${mailbox}.namprd08.prod.outlook.com\r\n ([fe80::6b83:cde9:52cc:3a29]) by ${mailbox}.namprd08.prod.outlook.com\r\n ([fe80::6b83:cde9:52cc:3a29%6]) with mapi id 15.20.8158.023; ${SENT}`,
];

/** A signature cloud's round trip (Exclaimer, CodeTwo) between the tenant's hops: out over a connector and back. */
const signatureCloudHops = (mailbox: string, cloud: string, ip: string, back: string) => [
  `Received: from ${cloud} (${ip}) by\r\n ${back}.mail.protection.outlook.com (10.167.241.29) with Microsoft SMTP\r\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.14 via\r\n Frontend Transport; ${SENT}`,
  `Received: from BN0PR08MB7129.namprd08.prod.outlook.com (2603:10b6:408:15b::29)\r\n by ${cloud} with ESMTPS id 1290aBcD; ${SENT}`,
  ...tenantHops(mailbox),
];

interface Msg {
  from: string;
  subject: string;
  body: string;
  id: string;
  extra?: string[];
}

const compose = (m: Msg) =>
  submitted({
    from: m.from,
    to: `Robin Reader <${ROBIN}>`,
    subject: m.subject,
    date: SENT,
    messageId: `<${m.id}@namprd08.prod.outlook.com>`,
    extraHeaders: m.extra ?? [],
    body: m.body,
  });

/** EOP's id-less results for mail from `relay` (its record above the entry line). */
interface EopRec {
  relay: Relay;
  mailfrom: string;
  spf: 'pass' | 'fail' | 'softfail';
  dkim: string;
  dmarc: 'pass' | 'fail';
  from: string;
  compauth: string;
}

function intoTenant(raw: string, r: EopRec, returnPath: string, below: string[] = [], bottom: string[] = []) {
  const spfWord = r.spf === 'pass' ? 'Pass' : r.spf === 'fail' ? 'Fail' : 'SoftFail';
  return eopDelivery(raw, {
    ip: r.relay.ip,
    helo: r.relay.helo,
    ar: `spf=${r.spf} (sender IP is ${r.relay.ip})\r\n smtp.mailfrom=${r.mailfrom}; ${r.dkim};dmarc=${r.dmarc} action=${r.dmarc === 'pass' ? 'none' : 'oreject'}\r\n header.from=${r.from};compauth=${r.compauth}`,
    spf: `${spfWord} (protection.outlook.com: domain of ${r.mailfrom} ${r.spf === 'pass' ? 'designates' : 'does not designate'}\r\n ${r.relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${r.relay.ip}; helo=${r.relay.helo}; pr=C`,
    returnPath,
    below,
    bottom: ['X-MS-Exchange-AtpMessageProperties: SA|SL', ...bottom],
    frontend: 'MW2PEPF0000129A',
  });
}

const dkimPass = (d: string) => `dkim=pass (signature was verified)\r\n header.d=${d}`;

const BANNER =
  'CAUTION: This email originated from outside of Tidewater. Do not click links or open attachments unless you recognize the sender and know the content is safe.\r\n\r\n';
const DISCLAIMER =
  '\r\n--\r\n[Received from outside Tidewater Freight. Report suspicious mail to the service desk.]\r\n';

/** The reader's tenant's rules after EOP's record: "[EXTERNAL]" tag, banner on top, (optionally) a note at the bottom. */
function tenantRules(raw: string, o: { tag?: boolean; disclaimer?: boolean } = {}): string {
  const at = raw.indexOf('\r\n\r\n');
  let head = raw.slice(0, at);
  if (o.tag !== false) head = head.replace(/\r\nSubject: /, '\r\nSubject: [EXTERNAL] ');
  let body = raw.slice(at + 4);
  if (o.tag !== false) body = BANNER + body;
  if (o.disclaimer) body += DISCLAIMER;
  return `${head}\r\n\r\n${body}`;
}

/** Safe Links' rewritten form of `url` (region eur05 here, the reader in data=). */
const safeLink = (url: string) =>
  `https://eur05.safelinks.protection.outlook.com/?url=${encodeURIComponent(url)}&data=05%7C02%7Crobin.reader%40tidewater.example%7C9c1e2a3b4d5f46a7b8c908dd1290aa01%7Ca3e9d2c471b54f088c6e0d94b1f2e5a6%7C0%7C0%7C638678016050001290%7CUnknown%7CTWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWV9%7C0%7C%7C%7C&sdata=SGVhZGVyTGVuczEyOWNvcnB1c3NhZmVsaW5rcw%3D%3D&reserved=0`;

/** Replaces `from` with `to` in the body only. */
function inBody(raw: string, from: string, to: string): string {
  const at = raw.indexOf('\r\n\r\n');
  const body = raw.slice(at);
  if (!body.includes(from)) throw new Error(`no ${from} in body`);
  return raw.slice(0, at) + body.split(from).join(to);
}

const HL_PASS = (relay = EXO): EopRec => ({
  relay,
  mailfrom: HL,
  spf: 'pass',
  dkim: dkimPass(HL),
  dmarc: 'pass',
  from: HL,
  compauth: 'pass reason=100',
});

const DANA = `Dana Whitfield <dana.whitfield@${HL}>`;

// Fixed at 03:25 on 2026-12-06 (the lead; lib/findings/dkim.ts brokenBeforeReceiver, summary
// lib/findings/summary.ts): realworld129-other-tenant-forged-broken-signature-attack-twin (and
// -no-options) and realworld129-other-tenant-forged-smuggled-eop-record-attack-twin read
// "unverified" (dkim-fail low twice). The From's own signature failing here on its hashes, which
// the reader's receiver (its trusted results, or EOP's record above its entry line) recorded
// failing too, beside a DMARC pass resting only on a shared platform's SPF, is now dkim-fail at
// medium: suspicious, the summary saying first that only the shared include vouches.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

interface Emit {
  name: string;
  cls: string;
  about: string;
  eml: string;
  args?: string[];
  expect: CaseExpectation;
  zone?: { [k: string]: unknown };
  twin?: boolean;
}
const emit = (write: CaseWriter, e: Emit) =>
  emitCase(write, {
    name: `realworld129-${e.name}`,
    class: e.cls,
    about: e.about,
    args: e.args ?? OUT,
    eml: e.eml,
    zone: { ...ZONE, ...e.zone },
    expect: e.expect,
    twin: e.twin,
  });

export async function makeAll(write: CaseWriter): Promise<void> {
  const hlSigned = async (m: Msg, hops = tenantHops('DM6PR08MB5129')) =>
    onTop(await signAll(compose(m), [[HL, 'selector1']]), ...hops);

  // ---- 1. Partner tenant, own DKIM: tag, banner and an inbound note after EOP's record ----
  emit(write, {
    name: 'tenant-own-dkim-tag-banner-inbound-note',
    cls: 'm365-tenant-rules-after-eop',
    about: `Genuine: Harbourline's tenant signs d=${HL} selector1 and sends from ${EXO.rdns}; EOP at the reader's tenant records spf=pass, dkim=pass header.d=${HL}, dmarc=pass, compauth=pass reason=100; then Tidewater's transport rules prefix "[EXTERNAL]", put a caution banner on top and append an inbound note at the bottom. The signature no longer verifies here; only spf.protection.outlook.com vouches in our own check, and EOP's record of the aligned signature lifts that (signed-before-change). Wanted: authenticated.`,
    eml: tenantRules(
      intoTenant(
        await hlSigned({
          from: DANA,
          subject: 'Berth slot for MV Corran, Tuesday',
          body: 'Robin,\r\n\r\nwe hold berth 4 from 06:00 Tuesday. Please confirm the crane booking.\r\n\r\nDana\r\n',
          id: 'DM6PR08MB5129A1',
        }),
        HL_PASS(),
        `dana.whitfield@${HL}`,
      ),
      { disclaimer: true },
    ),
    expect: { ...PASSES, findings: ['signed-before-change'] },
    twin: true,
  });

  // ---- 2. Safe Links rewrites the link, and the tag ----
  const link = `https://portal.${HL}/bookings/129`;
  emit(write, {
    name: 'tenant-own-dkim-safe-links-and-tag',
    cls: 'm365-tenant-rules-after-eop',
    about: `Genuine: Harbourline's signed mail with a link to its booking portal; at the reader's tenant Defender's Safe Links rewrites the link in the stored body (eur05.safelinks.protection.outlook.com/?url=…&reserved=0, X-MS-Exchange-AtpMessageProperties: SA|SL) and the transport rule tags it, both after EOP recorded dkim=pass header.d=${HL} and dmarc=pass. Wanted: authenticated.`,
    eml: tenantRules(
      inBody(
        intoTenant(
          await hlSigned({
            from: DANA,
            subject: 'Booking portal: your new login',
            body: `Robin,\r\n\r\nyour account on our portal is ready: ${link}\r\n\r\nDana\r\n`,
            id: 'DM6PR08MB5129B2',
          }),
          HL_PASS(),
          `dana.whitfield@${HL}`,
        ),
        link,
        safeLink(link),
      ),
    ),
    expect: PASSES,
    twin: true,
  });

  // ---- 3. Signature clouds: Exclaimer, CodeTwo (out and back before Exchange Online signs) ----
  emit(write, {
    name: 'exclaimer-round-trip-then-tag',
    cls: 'm365-signature-cloud',
    about: `Genuine: Harbourline's transport rule routes outbound mail to Exclaimer's cloud (an Azure host, here uk1.smtp.exclaimer.net 51.140.37.129 — assumed name) which adds the HTML signature and hands it back to Exchange Online over the connector; Exchange Online signs d=${HL} after that and sends from ${EXO.rdns}. At the reader's tenant EOP records every pass, then the "[EXTERNAL]" rule edits it. Wanted: authenticated.`,
    eml: tenantRules(
      intoTenant(
        await hlSigned(
          {
            from: DANA,
            subject: 'Rate card 2027',
            body: 'Robin,\r\n\r\nthe 2027 rate card is attached.\r\n\r\nDana Whitfield | Key Accounts | Harbourline Logistics\r\n+44 20 7946 0129\r\n',
            id: 'DM6PR08MB5129C3',
            extra: ['X-ExclaimerHostedSignatures-MessageProcessed: true'],
          },
          signatureCloudHops('DM6PR08MB5129', 'uk1.smtp.exclaimer.net', '51.140.37.129', 'LO1GBR01FT0129'),
        ),
        HL_PASS(),
        `dana.whitfield@${HL}`,
      ),
    ),
    expect: PASSES,
  });
  emit(write, {
    name: 'codetwo-round-trip-then-tag',
    cls: 'm365-signature-cloud',
    about: `Genuine: as the Exclaimer case through CodeTwo Email Signatures 365's cloud mode (a connector out to CodeTwo's Azure host, here eu.mail.codetwo.online 20.54.89.129 — assumed name — and back; X-CodeTwoProcessed: true assumed). Exchange Online signs d=${HL} after; the reader's tenant tags it after EOP's passes. Wanted: authenticated.`,
    eml: tenantRules(
      intoTenant(
        await hlSigned(
          {
            from: DANA,
            subject: 'Demurrage invoice query',
            body: 'Robin,\r\n\r\nthe demurrage on container HLXU 129004 is waived.\r\n\r\nDana Whitfield\r\nHarbourline Logistics\r\n',
            id: 'DM6PR08MB5129D4',
            extra: ['X-CodeTwoProcessed: true'],
          },
          signatureCloudHops('DM6PR08MB5129', 'eu.mail.codetwo.online', '20.54.89.129', 'DB1PEPF0000129B'),
        ),
        HL_PASS(),
        `dana.whitfield@${HL}`,
      ),
    ),
    expect: PASSES,
  });

  // ---- 4. A tenant with only the onmicrosoft.com default key ----
  const fabMsg = async (id: string) =>
    onTop(
      await signAll(
        compose({
          from: `Sam Okafor <sam.okafor@${FAB}>`,
          subject: 'Quote for 40 torque wrenches',
          body: 'Hi Robin,\r\n\r\nquote attached, valid 30 days.\r\n\r\nSam\r\n',
          id,
        }),
        [[`${FAB_TENANT}.onmicrosoft.com`, `selector1-${FAB_TENANT}-onmicrosoft-com`]],
      ),
      ...tenantHops('AM6PR05MB1290'),
    );
  const fabRecord: EopRec = {
    relay: FAB_EXO,
    mailfrom: FAB,
    spf: 'pass',
    dkim: dkimPass(`${FAB_TENANT}.onmicrosoft.com`),
    dmarc: 'pass',
    from: FAB,
    compauth: 'pass reason=100',
  };
  emit(write, {
    name: 'onmicrosoft-key-only-tagged',
    cls: 'm365-onmicrosoft-default-key',
    about: `Genuine: Fabrikam never set up DKIM for ${FAB}; Exchange Online signs with the tenant's default key (d=${FAB_TENANT}.onmicrosoft.com, s=selector1-${FAB_TENANT}-onmicrosoft-com). EOP records dkim=pass for that domain and dmarc=pass (SPF through spf.protection.outlook.com); the reader's rule tags it. The only aligned identifier is Microsoft's shared SPF, which any tenant passes; EOP's record is of an unaligned signature, so it must not lift the caveat (no signed-before-change). Honest reading: unverified, never a warning.`,
    eml: tenantRules(intoTenant(await fabMsg('AM6PR05MB1290E5'), fabRecord, `sam.okafor@${FAB}`)),
    expect: { ...NOT_WARNED, absentFindings: ['signed-before-change'] },
    twin: true,
  });
  emit(write, {
    name: 'onmicrosoft-key-only-untagged-control',
    cls: 'm365-onmicrosoft-default-key',
    about:
      "Control: the same Fabrikam mail without the reader tenant's rule (the onmicrosoft.com signature verifies here, unaligned). Same honest reading: unverified, never a warning; the tag must not change it either way.",
    eml: intoTenant(await fabMsg('AM6PR05MB1290E6'), fabRecord, `sam.okafor@${FAB}`),
    expect: NOT_WARNED,
  });

  // ---- 5. Gmail ----
  emit(write, {
    name: 'gmail-personal-tagged',
    cls: 'm365-tenant-rules-after-eop',
    about: `Genuine: a customer's personal Gmail (d=gmail.com s=20230601, envelope gmail.com from ${GMAIL_OUT.rdns}) into the reader's tenant; EOP records every pass (gmail.com p=none), then the "[EXTERNAL]" rule breaks Gmail's signature here. SPF for gmail.com passes at Google's own address (Google's own mail, not a customer's on a shared platform). Wanted: authenticated.`,
    eml: tenantRules(
      intoTenant(
        await signAll(
          submitted({
            from: 'Priya Natarajan <priya.natarajan1290@gmail.com>',
            to: `Robin Reader <${ROBIN}>`,
            subject: 'Missing parcel, order TW-129-0042',
            date: SENT,
            messageId: '<CAJx129nQ+ZpW0aBcDeFgHiJkLmNoPqRsTuV=1290@mail.gmail.com>',
            body: 'Hello,\r\n\r\nmy parcel has not arrived. Could you check?\r\n\r\nPriya\r\n',
          }),
          [['gmail.com', '20230601']],
        ),
        {
          relay: GMAIL_OUT,
          mailfrom: 'gmail.com',
          spf: 'pass',
          dkim: dkimPass('gmail.com'),
          dmarc: 'pass',
          from: 'gmail.com',
          compauth: 'pass reason=100',
        },
        'priya.natarajan1290@gmail.com',
      ),
    ),
    expect: PASSES,
    twin: true,
  });

  // ---- 6. The bank's ESP (SendGrid), aligned DKIM ----
  const bankLink = 'https://online.northbank.example/statements';
  emit(write, {
    name: 'bank-sendgrid-aligned-dkim-safe-links-tag',
    cls: 'm365-tenant-rules-after-eop',
    about: `Genuine: Northbank's statement notice through SendGrid (${SENDGRID_OUT.rdns}), signed d=northbank.example s1 and SendGrid's smtpapi, envelope under em1290.northbank.example (SPF aligned, relaxed, but only through SendGrid's shared ranges). EOP records dkim=pass header.d=northbank.example and dmarc=pass; Safe Links and the "[EXTERNAL]" rule change it after. EOP's record of the bank's own signature lifts the shared-SPF caveat. Wanted: authenticated.`,
    eml: tenantRules(
      inBody(
        intoTenant(
          await signAll(
            submitted({
              from: 'Northbank <alerts@northbank.example>',
              to: `Robin Reader <${ROBIN}>`,
              subject: 'Your business account statement is ready',
              date: SENT,
              messageId: '<Xq129sG1RbCkLmNoPq@geopod-ismtpd-12>',
              body: `Your November statement is ready: ${bankLink}\r\n`,
            }),
            sendgridSigners('northbank.example'),
          ),
          {
            relay: SENDGRID_OUT,
            mailfrom: 'em1290.northbank.example',
            spf: 'pass',
            dkim: dkimPass('northbank.example'),
            dmarc: 'pass',
            from: 'northbank.example',
            compauth: 'pass reason=100',
          },
          'bounces+1290-ab12-robin.reader=tidewater.example@em1290.northbank.example',
        ),
        bankLink,
        safeLink(bankLink),
      ),
    ),
    expect: PASSES,
    twin: true,
  });

  // ---- 7. A mailing list that rewrites From (DMARC mitigation) and signs as itself ----
  emit(write, {
    name: 'list-from-munged-tagged',
    cls: 'm365-tenant-rules-after-eop',
    about: `Genuine: a Mailman 3 list at lists.toolmakers.example rewrites From to "Dana Whitfield via Toolmakers" <toolmakers@lists.toolmakers.example> (Dana's domain is p=reject), signs d=lists.toolmakers.example and sends from its own server (SPF aligned, the list's own address). EOP records every pass; the tenant's tag breaks the list's signature here, its SPF still vouches. Wanted: authenticated.`,
    eml: tenantRules(
      intoTenant(
        await signAll(
          submitted({
            from: 'Dana Whitfield via Toolmakers <toolmakers@lists.toolmakers.example>',
            to: 'toolmakers@lists.toolmakers.example',
            subject: '[Toolmakers] Calibration intervals for torque tools',
            date: SENT,
            messageId: '<DM6PR08MB5129F7@namprd08.prod.outlook.com>',
            extraHeaders: [
              `Reply-To: ${DANA}`,
              'List-Id: Toolmakers <toolmakers.lists.toolmakers.example>',
              'List-Post: <mailto:toolmakers@lists.toolmakers.example>',
              'List-Unsubscribe: <mailto:toolmakers-leave@lists.toolmakers.example>',
            ],
            body: 'Does anyone calibrate every 5000 cycles rather than yearly?\r\n_______________________________________________\r\nToolmakers mailing list -- toolmakers@lists.toolmakers.example\r\n',
          }),
          [['lists.toolmakers.example', 's129']],
        ),
        {
          relay: LIST,
          mailfrom: 'lists.toolmakers.example',
          spf: 'pass',
          dkim: dkimPass('lists.toolmakers.example'),
          dmarc: 'pass',
          from: 'lists.toolmakers.example',
          compauth: 'pass reason=100',
        },
        'toolmakers-bounces@lists.toolmakers.example',
      ),
    ),
    expect: PASSES,
  });

  // ---- 8. Mimecast in front of the tenant, URL Protect rewriting before EOP ----
  const mcLink = `https://portal.${HL}/tracking/129`;
  const behindMimecast = async (id: string, efc: boolean) => {
    const signed = await hlSigned({
      from: DANA,
      subject: 'Tracking for your consignment',
      body: `Robin,\r\n\r\ntrack it here: ${mcLink}\r\n\r\nDana\r\n`,
      id,
    });
    const atMimecast = onTop(
      signed,
      'X-Mimecast-Spam-Score: 1',
      `X-MC-Unique: Tw129Mc${id.slice(-2)}-1`,
      `Received: from ${EXO.helo} (${EXO.rdns} [${EXO.ip}]) by relay.mimecast.com with ESMTP with STARTTLS\r\n (version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id\r\n eu-mta-51-Tw129Mc${id.slice(-2)}-1; ${SENT}`,
    );
    const rewritten = inBody(
      atMimecast,
      mcLink,
      `https://url.uk.m.mimecastprotect.com/s/Tw129Mc${id.slice(-2)}?domain=portal.${HL}`,
    );
    const sealed = await sealAs(rewritten, {
      domain: 'mimecast.com',
      selector: 'arc-2018',
      cv: 'none',
      authResults: `relay.mimecast.com; dkim=pass header.d=${HL} header.s=selector1 header.a=rsa-sha256; dmarc=pass (policy=reject) header.from=${HL}; spf=pass (relay.mimecast.com: domain of dana.whitfield@${HL} designates ${EXO.ip} as permitted sender) smtp.mailfrom=dana.whitfield@${HL}`,
    });
    // Without Enhanced Filtering EOP checks SPF at Mimecast's address; with it, at Harbourline's
    // outbound (the hop before Mimecast). URL Protect broke the body hash before EOP either way; EOP
    // trusts Mimecast's seal (compauth reason 130).
    return intoTenant(
      sealed,
      {
        relay: MIMECAST,
        mailfrom: HL,
        spf: efc ? 'pass' : 'fail',
        dkim: `dkim=fail (body hash did not verify)\r\n header.d=${HL}`,
        dmarc: efc ? 'pass' : 'fail',
        from: HL,
        compauth: 'pass reason=130',
      },
      `dana.whitfield@${HL}`,
    ).replace(
      `Authentication-Results: spf=${efc ? 'pass' : 'fail'} (sender IP is ${MIMECAST.ip})`,
      `Authentication-Results: spf=${efc ? 'pass' : 'fail'} (sender IP is ${efc ? EXO.ip : MIMECAST.ip})`,
    );
  };
  emit(write, {
    name: 'mimecast-url-protect-no-efc',
    cls: 'm365-gateway-in-front',
    about: `Genuine: Tidewater's MX is Mimecast; URL Protect rewrites Harbourline's link before handing the message to Exchange Online from ${MIMECAST.rdns}, sealing ARC (d=mimecast.com s=arc-2018) with its record of every pass. No Enhanced Filtering: EOP checks SPF at Mimecast's address (fail), DKIM fails (body rewritten), dmarc=fail action=oreject, compauth=pass reason=130 (trusted ARC). HeaderLens without --trust-gateway cannot see past Mimecast: unverified or better, never a warning or spoofed.`,
    eml: tenantRules(await behindMimecast('DM6PR08MB5129G8', false)),
    expect: NOT_WARNED,
    twin: true,
  });
  emit(write, {
    name: 'mimecast-url-protect-efc',
    cls: 'm365-gateway-in-front',
    about: `Genuine: as the case before with Enhanced Filtering for Connectors (skip listing) on the Mimecast connector: EOP's record names Harbourline's outbound address (spf=pass, sender IP ${EXO.ip}) and dmarc=pass; DKIM still fails (URL Protect rewrote the body before EOP). Never a warning.`,
    eml: tenantRules(await behindMimecast('DM6PR08MB5129H9', true)),
    expect: NOT_WARNED,
  });
  emit(write, {
    name: 'mimecast-url-protect-efc-trusted',
    cls: 'm365-gateway-in-front',
    about: `Genuine: the Enhanced Filtering case read by a reader who told HeaderLens to trust Mimecast (--trust-gateway mimecast.com, README "Mail gateways and forwarders you trust"): Mimecast's sealed record of Harbourline's aligned pass stands. Wanted: authenticated.`,
    eml: tenantRules(await behindMimecast('DM6PR08MB5129H0', true)),
    args: [...OUT, '--trust-gateway', 'mimecast.com'],
    expect: { verdict: 'authenticated' },
  });

  // ---- 9. Attack twins: another tenant forges Harbourline (broken signature, shared SPF) ----
  const forged = async (id: string, smuggled: boolean) => {
    const genuine = await signAll(
      compose({
        from: DANA,
        subject: 'Updated bank details for invoices',
        body: 'Robin,\r\n\r\nplease pay our open invoices to the account in the attached letter.\r\n\r\nDana\r\n',
        id,
      }),
      [[HL, 'selector1']],
    );
    // The signature copied off a genuine message, over the attacker's new text: its body hash fails
    // everywhere. A second, passing signature from the attacker's own tenant's default key.
    const broken = inBody(
      genuine,
      'please pay our open invoices to the account in the attached letter.',
      'our bank changed: pay open invoices to IBAN GB29 NWBK 6016 1331 9268 19 from today.',
    );
    const withOwn = await signAll(broken, [
      ['hlbilling.onmicrosoft.com', 'selector1-hlbilling-onmicrosoft-com'],
    ]);
    const raw = smuggled
      ? onTop(
          withOwn,
          `Authentication-Results: spf=pass (sender IP is ${EXO.ip})\r\n smtp.mailfrom=${HL}; ${dkimPass(HL)};dmarc=pass action=none\r\n header.from=${HL};compauth=pass reason=100`,
        )
      : withOwn;
    return tenantRules(
      intoTenant(
        onTop(raw, ...tenantHops('MW2PR12MB1290')),
        {
          relay: ATK_EXO,
          mailfrom: HL,
          spf: 'pass',
          dkim: `dkim=fail (body hash did not verify)\r\n header.d=${HL}`,
          dmarc: 'pass',
          from: HL,
          compauth: 'pass reason=100',
        },
        `dana.whitfield@${HL}`,
      ),
    );
  };
  emit(write, {
    name: 'other-tenant-forged-broken-signature-attack-twin',
    cls: 'm365-shared-spf-attack-twin',
    about: `Attack twin of tenant-own-dkim-tag-banner-inbound-note: the attacker's own tenant (hlbilling.onmicrosoft.com, outbound ${ATK_EXO.rdns}) sends as ${DANA} with envelope ${HL} (passes through spf.protection.outlook.com) and Harbourline's signature copied off a genuine message over new text (body hash fails at EOP too), plus its own default-key signature. EOP records dkim=fail header.d=${HL}, dmarc=pass (SPF), compauth=pass; the reader's tag follows. Nothing but Microsoft's shared SPF vouches and EOP recorded no pass of Harbourline's signature: no signed-before-change. Wanted: not trusted.`,
    eml: await forged('MW2PR12MB1290X1', false),
    expect: { ...NOT_TRUSTED, absentFindings: ['signed-before-change'] },
    twin: true,
  });
  emit(write, {
    name: 'other-tenant-forged-smuggled-eop-record-attack-twin',
    cls: 'm365-shared-spf-attack-twin',
    about: `Attack twin: as the case before, with an id-less Authentication-Results of EOP's shape claiming dkim=pass header.d=${HL} written on top of the attacker's own headers (below every Received line, so below EOP's entry line, where EOP never writes). EOP's real record (dkim=fail) is the one above the entry. Wanted: not trusted, no signed-before-change.`,
    eml: await forged('MW2PR12MB1290X2', true),
    expect: { ...NOT_TRUSTED, absentFindings: ['signed-before-change'] },
  });
}
