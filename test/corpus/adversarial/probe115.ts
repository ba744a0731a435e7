// Red-team probes, round 115 (December 2026): a sweep of the day's lib/ changes.
// - lib/engine/origin-walk.ts unconfirmedHandOffs / namedForMail: a hand-off from hosting space
//   under the receiver's name is passed only where the receiver domain's MX or SPF names the
//   address. A dangling name is often the very one the domain's DNS still names for mail: an old
//   relay kept as `a:legacy-relay.reader.example` in SPF, a backup MX left as
//   `mx2.reader.example CNAME <deleted VM>.cloudapp.azure.com`. The attacker who claims the cloud
//   name holds a confirmed, "named for mail" host and writes the Received line below it, picking
//   the address SPF checks (a forged bank notice "from mail.northbank.example [192.0.2.10]"). The
//   genuine layouts the rule must keep: a backup MX on a VPS relaying an SPF-only supplier's mail,
//   a firm's submission host on a VPS handing its staff's mail to its own MX.
// - lib/findings/desk-words.ts ORG_DESK_PHRASES and lib/findings/reader-org.ts joinedName: the HR
//   desks' names the list still lacks ("People & Culture", "Talent Acquisition", "People Team"),
//   and a genuine organisation whose name holds the reader's written apart (a reader at
//   sanjose.example and San Jose State University's payroll office).
// - lib/findings/platforms.ts pandadoc.net among CUSTOMERS_PLATFORMS: a brand's name before
//   "via PandaDoc".
// Where the layouts were learnt (search tool, "pages" corpus): dangling SPF and CNAME takeovers
// from dmarc.cc "Subdomain Takeovers and Your DMARC Policy" (2026), dmarcian "Dangling DNS CNAME
// records" and Guardio's SubdoMailing write-up as retold on dev.to; Azure's reverse FQDN rule and
// the takeover itself as probe114 (Microsoft Learn "Prevent dangling DNS entries"). The platforms'
// senders as probe113 learnt them (PandaDoc's docs@email.pandadoc.net on SendGrid, Dropbox Sign's
// noreply@mail.hellosign.com, DocuSign's dse_na2@docusign.net from mailna2.docusign.net). A backup
// MX relaying to its primary and a Postfix submission host handing to the MX are the classic
// Postfix layouts (relay_domains / smtpd_sasl on port 587). Names and addresses are documentation
// ones except Azure's cloudapp zone and West Europe address, a Hetzner address (116.203.0.0/16)
// and the platforms' own hosts and ranges; every key is the corpus key.

import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import {
  ARGS,
  AUTHENTICATED,
  BANK,
  BANK_IP,
  BANK_KEY,
  emitCase,
  GMAIL,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  SPOOFED,
  signAll,
} from '../kit';
import type { CaseWriter } from '../make';
import { received, submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { BANK_ENVELOPE, BANK_RELAY, bankNotice, probeCorpus, READER_DOMAIN } from '../rounds-kit';

// ---------------------------------------------------------------- the self-hosted box
/** Genuine mail a demanding reader may leave unverified, never call forged. */
const NOT_SPOOFED: CaseExpectation = { notVerdict: ['spoofed', 'suspicious'] };
const AZURE_IP = '20.76.201.14';
const HETZNER_IP = '116.203.41.17';
const TO = `Robin Reader <robin@${READER_DOMAIN}>`;
const rev = (ip: string) => `${ip.split('.').reverse().join('.')}.in-addr.arpa`;

/** A name of the reader's that its DNS still names for mail, CNAMEd to a deleted Azure VM now the attacker's. */
const takeover = (name: string, cloud: string) => ({
  [rev(AZURE_IP)]: { PTR: [name] },
  [name]: { CNAME: [cloud] },
  [cloud]: { A: [AZURE_IP] },
});

const readerDns = (spf: string, mx: Array<[number, string]>) => ({
  ...ptr('203.0.113.25', RECEIVER),
  [READER_DOMAIN]: {
    TXT: [spf],
    MX: mx.map(([priority, exchange]) => ({ priority, exchange })),
  },
  [`dkim._domainkey.${READER_DOMAIN}`]: KEY(),
  [`_dmarc.${READER_DOMAIN}`]: { TXT: ['v=DMARC1; p=quarantine'] },
});

const LEGACY = 'legacy-relay.reader.example';
const LEGACY_CLOUD = 'rx-legacy-relay.westeurope.cloudapp.azure.com';
const MX2 = 'mx2.reader.example';
const MX2_CLOUD = 'rx-backup-mx.westeurope.cloudapp.azure.com';

const BANK_ZONE = { ...BANK, ...BANK_KEY, ...ptr(BANK_IP, BANK_RELAY.rdns) };

// An SPF-only supplier (no DKIM), as many small firms' own servers send.
const SUPPLIER: Relay = {
  helo: 'mail.harbour-supplies.example',
  rdns: 'mail.harbour-supplies.example',
  ip: '198.51.100.40',
};
const SUPPLIER_ZONE = {
  'harbour-supplies.example': { TXT: ['v=spf1 ip4:198.51.100.40 -all'] },
  '_dmarc.harbour-supplies.example': { TXT: ['v=DMARC1; p=quarantine'] },
  ...ptr(SUPPLIER.ip, SUPPLIER.rdns),
};
const supplierInvoice = () =>
  submitted({
    from: 'Harbour Supplies Accounts <accounts@harbour-supplies.example>',
    to: TO,
    subject: 'Invoice HS-20931 (November)',
    date: 'Fri, 20 Nov 2026 09:50:00 +0000',
    messageId: '<hs-20931.115@harbour-supplies.example>',
    body: 'Dear Robin,\r\n\r\nplease find invoice HS-20931 for November attached, payable within 30 days to our usual account.\r\n\r\nHarbour Supplies Accounts\r\n',
  });

/** Two lines: the sender's hop into the (claimed) relay, then the relay into the box. */
const twoHops = (inner: Relay, relay: Relay, ids: [string, string], envelope: string) =>
  `Return-Path: <${envelope}>\r\n${received({ ...relay, by: RECEIVER, id: ids[1], for: `robin@${READER_DOMAIN}`, date: 'Fri, 20 Nov 2026 10:00:07 +0000' })}\r\n${received({ ...inner, by: relay.helo, id: ids[0], for: `robin@${READER_DOMAIN}` })}\r\n`;

async function boxCases(write: CaseWriter): Promise<void> {
  const forged = bankNotice(TO);
  const legacy: Relay = { helo: LEGACY, rdns: LEGACY, ip: AZURE_IP };
  const mx2: Relay = { helo: MX2, rdns: MX2, ip: AZURE_IP };

  emitCase(write, {
    name: 'probe115-spf-dangling-a-relay-bank-box',
    about: `The reader's SPF still names an old relay, "v=spf1 ip4:203.0.113.25 a:${LEGACY} -all", whose name is a dangling CNAME to a deleted Azure VM (${LEGACY_CLOUD}). The attacker claims the cloud name, sets his VM's reverse name to ${LEGACY} (forward-confirmed, and SPF-passed for reader.example: namedForMail true), and hands the box an unsigned bank notice under a forged line "from mail.northbank.example [192.0.2.10] by ${LEGACY}", so the walk passes his VM and checks the bank's SPF at 192.0.2.10. Wanted: spoofed (the bank's p=reject fails at ${AZURE_IP}).`,
    class: 'probe115-hand-off',
    args: ARGS,
    eml: `${twoHops(BANK_RELAY, legacy, ['4T115a0', '4T115a1'], BANK_ENVELOPE)}${forged}`,
    zone: {
      ...BANK_ZONE,
      ...readerDns(`v=spf1 ip4:203.0.113.25 a:${LEGACY} -all`, [[10, RECEIVER]]),
      ...takeover(LEGACY, LEGACY_CLOUD),
    },
    expect: SPOOFED,
    twin: true,
  });
  emitCase(write, {
    name: 'probe115-dangling-backup-mx-bank-box',
    about: `The reader's backup MX (MX 20 ${MX2}) is a CNAME to a deleted Azure VM (${MX2_CLOUD}). The attacker claims it: his VM is now an address of one of the domain's MX hosts (namedForMail true by MX), and hands the box an unsigned bank notice under a forged line "from mail.northbank.example [192.0.2.10] by ${MX2}". Wanted: spoofed.`,
    class: 'probe115-hand-off',
    args: ARGS,
    eml: `${twoHops(BANK_RELAY, mx2, ['4T115b0', '4T115b1'], BANK_ENVELOPE)}${forged}`,
    zone: {
      ...BANK_ZONE,
      ...readerDns('v=spf1 ip4:203.0.113.25 -all', [
        [10, RECEIVER],
        [20, MX2],
      ]),
      ...takeover(MX2, MX2_CLOUD),
    },
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe115-dangling-backup-mx-supplier-box',
    about: `The same taken-over backup MX, the forgery an unsigned SPF-only supplier's invoice (harbour-supplies.example, p=quarantine) with a forged line "from mail.harbour-supplies.example [198.51.100.40] by ${MX2}": an invoice-fraud lure whose sender has no DKIM to stand on. Wanted: not trusted (SPF fails at the VM's address).`,
    class: 'probe115-hand-off',
    args: ARGS,
    eml: `${twoHops(SUPPLIER, mx2, ['4T115c0', '4T115c1'], 'accounts@harbour-supplies.example')}${supplierInvoice()}`,
    zone: {
      ...SUPPLIER_ZONE,
      ...readerDns('v=spf1 ip4:203.0.113.25 -all', [
        [10, RECEIVER],
        [20, MX2],
      ]),
      ...takeover(MX2, MX2_CLOUD),
    },
    expect: NOT_TRUSTED,
  });

  // Genuine: the backup MX is the firm's own Hetzner VPS, relaying to the primary.
  const hetznerMx2: Relay = { helo: MX2, rdns: MX2, ip: HETZNER_IP };
  const ownMx2 = {
    ...ptr(HETZNER_IP, MX2),
    ...readerDns('v=spf1 ip4:203.0.113.25 -all', [
      [10, RECEIVER],
      [20, MX2],
    ]),
  };
  emitCase(write, {
    name: 'probe115-backup-mx-vps-supplier-genuine-box',
    about: `Genuine: the primary was briefly down, so the supplier's server delivered to the firm's own backup MX ${MX2} (a Hetzner VPS, ${HETZNER_IP}, its MX 20 and reverse name the firm's), which relayed to ${RECEIVER} when it came back. The supplier's mail is unsigned, SPF-only at 198.51.100.40. Wanted: authenticated (SPF and DMARC pass at the supplier's address).`,
    class: 'probe115-control',
    args: ARGS,
    eml: `${twoHops(SUPPLIER, hetznerMx2, ['4T115d0', '4T115d1'], 'accounts@harbour-supplies.example')}${supplierInvoice()}`,
    zone: { ...SUPPLIER_ZONE, ...ownMx2 },
    expect: AUTHENTICATED,
  });
  emitCase(write, {
    name: 'probe115-backup-mx-vps-bank-genuine-box',
    about: `Genuine: the bank's signed notice delivered through the firm's own backup MX on Hetzner (${MX2}, ${HETZNER_IP}). Wanted: authenticated.`,
    class: 'probe115-control',
    args: ARGS,
    eml: `${twoHops(BANK_RELAY, hetznerMx2, ['4T115e0', '4T115e1'], BANK_ENVELOPE)}${await signCorpus(forged, { domain: 'northbank.example', selector: 'nb1' })}`,
    zone: { ...BANK_ZONE, ...ownMx2 },
    expect: AUTHENTICATED,
  });

  // Genuine: the firm's submission host is its own VPS (smtp.reader.example on Hetzner), which takes
  // its staff's logins on 587 and hands internal mail straight to the MX; outbound mail leaves
  // through a smart host (SMTP2GO) that signs, so SPF names only the smart host and the box.
  const SMTP = 'smtp.reader.example';
  const colleague = submitted({
    from: `Dana Whitfield <dana.whitfield@${READER_DOMAIN}>`,
    to: TO,
    subject: 'Board pack for Monday',
    date: 'Fri, 20 Nov 2026 09:58:00 +0000',
    messageId: `<c115-5d2a@${READER_DOMAIN}>`,
    body: 'Robin,\r\n\r\nthe board pack is on the shared drive under 2026/11; please check the cash-flow page before Monday.\r\n\r\nDana\r\n',
  });
  const submission = `Return-Path: <dana.whitfield@${READER_DOMAIN}>\r\n${received({ helo: SMTP, rdns: SMTP, ip: HETZNER_IP, by: RECEIVER, id: '4T115f1', for: `robin@${READER_DOMAIN}`, date: 'Fri, 20 Nov 2026 09:58:12 +0000' })}\r\nReceived: from [192.168.1.23] (office.reader.example [198.51.100.23])\r\n\t(Authenticated sender: dana.whitfield@${READER_DOMAIN})\r\n\tby ${SMTP} (Postfix) with ESMTPSA id 4T115f0\r\n\tfor <robin@${READER_DOMAIN}>; Fri, 20 Nov 2026 09:58:10 +0000\r\n`;
  emitCase(write, {
    name: 'probe115-submission-vps-hands-to-mx-genuine-box',
    about: `Genuine: a colleague's internal mail, submitted with a login on the firm's own submission host ${SMTP} (a Hetzner VPS, reverse name forward-confirmed) and handed straight to its MX ${RECEIVER}, unsigned (the smart host that signs sees only outbound mail). SPF is "include:spf.smtp2go.example ip4:203.0.113.25 -all", so the submission host is named neither by MX nor by SPF. Wanted: not suspicious (the firm's own confirmed host; "unverified" is honest, "spoofed" is not).`,
    class: 'probe115-control',
    args: ARGS,
    eml: `${submission}${colleague}`,
    zone: {
      ...readerDns('v=spf1 include:spf.smtp2go.example ip4:203.0.113.25 -all', [[10, RECEIVER]]),
      'spf.smtp2go.example': { TXT: ['v=spf1 ip4:203.0.113.128/25 -all'] },
      ...ptr(HETZNER_IP, SMTP),
      ...ptr('198.51.100.23', 'office.reader.example'),
    },
    expect: NOT_SPOOFED,
  });
}

// ---------------------------------------------------------------- the platforms (webmail)
const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const ORG = 'tidewater.example';
const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const domainOf = (addr: string) => addr.slice(addr.lastIndexOf('@') + 1).replace(/>$/, '');

const PANDADOC: Relay = {
  helo: 'o113.ptr2291.email.pandadoc.net',
  rdns: 'o113.ptr2291.email.pandadoc.net',
  ip: '149.72.113.41',
};
const HELLOSIGN: Relay = {
  helo: 'o1.ptr4521.sendgrid.net',
  rdns: 'o1.ptr4521.sendgrid.net',
  ip: '149.72.154.87',
};
const DSE: Relay = { helo: 'mailna2.docusign.net', rdns: 'mailna2.docusign.net', ip: '64.207.219.84' };
const SENDGRID_SPF = 'v=spf1 ip4:149.72.0.0/16 ip4:167.89.0.0/17 ip4:168.245.0.0/17 -all';

const ZONE = {
  ...ptr(PANDADOC.ip, PANDADOC.rdns),
  ...ptr(HELLOSIGN.ip, HELLOSIGN.rdns),
  ...ptr(DSE.ip, DSE.rdns),
  ...txt('sendgrid.net', SENDGRID_SPF),
  ...txt('em2291.email.pandadoc.net', 'v=spf1 include:sendgrid.net -all'),
  ...key('pandadoc.net', 's1'),
  ...dmarc('pandadoc.net', 'quarantine'),
  ...txt('em.mail.hellosign.com', SENDGRID_SPF),
  ...key('mail.hellosign.com', 's1'),
  ...dmarc('hellosign.com', 'quarantine'),
  ...txt('docusign.net', 'v=spf1 ip4:64.207.219.0/24 ip4:64.207.216.0/22 -all'),
  ...key('docusign.net', 's1'),
  ...dmarc('docusign.net', 'reject'),
  ...dmarc(ORG, 'quarantine'),
  ...txt(ORG, 'v=spf1 include:_spf.google.com -all'),
  ...dmarc('sanjose.example', 'quarantine'),
  ...txt('sanjose.example', 'v=spf1 include:spf.protection.outlook.com -all'),
};

interface Sent {
  from: string;
  to: string;
  envelope: string;
  relay: Relay;
  signer: [string, string];
  policy: string;
  subject: string;
  body: string;
  messageId: string;
  replyTo: string;
}

const signed = (s: Sent) =>
  signAll(
    submitted({
      from: s.from,
      to: s.to,
      subject: s.subject,
      date: SENT,
      messageId: s.messageId,
      extraHeaders: [`Reply-To: ${s.replyTo}`],
      body: s.body,
    }),
    [s.signer],
  );

async function deliver(s: Sent, reader: 'gmail' | 'outlook', n: string): Promise<string> {
  if (reader === 'gmail')
    return gmailDelivery(await signed(s), {
      relay: s.relay,
      envelope: s.envelope,
      results: [
        gmailDkim(s.signer[0], s.signer[1]),
        gmailSpf(s.envelope, s.relay.ip),
        gmailDmarc(domainOf(s.from), s.policy),
      ].join('\r\n       '),
      ids: [`x115csp${n}pxa`, `a115si${n}qtb.115`],
      spf: 'pass',
      deliveredTo: true,
      to: s.to.replace(/^.*<|>$/g, ''),
    });
  return eopDelivery(await signed(s), {
    ...eopPass(
      s.relay,
      domainOf(s.envelope),
      `dkim=pass (signature was verified)\r\n header.d=${s.signer[0]}`,
      domainOf(s.from),
    ),
    returnPath: s.envelope,
  });
}

const TIDEWATER_READER = `Robin Reader <robin.reader@${ORG}>`;

const dropboxSign = (name: string, replyTo: string, doc: string, n: string, to = TIDEWATER_READER): Sent => ({
  from: `${name} via Dropbox Sign <noreply@mail.hellosign.com>`,
  to,
  envelope: `bounces+3141592-${n}b15-robin.reader=tidewater.example@em.mail.hellosign.com`,
  relay: HELLOSIGN,
  signer: ['mail.hellosign.com', 's1'],
  policy: 'QUARANTINE',
  subject: `${name} has requested your signature on ${doc}`,
  body: `${name} has requested your signature on ${doc}.\r\n\r\nReview & Sign: https://app.hellosign.com/sign/115${n}example\r\n\r\nDropbox Sign\r\n`,
  messageId: `<115${n}.ds.9pQ@mail.hellosign.com>`,
  replyTo,
});

const docusign = (name: string, replyTo: string, doc: string, n: string, to = TIDEWATER_READER): Sent => ({
  from: `"${name} via Docusign" <dse_na2@docusign.net>`,
  to,
  envelope: 'dse_na2@docusign.net',
  relay: DSE,
  signer: ['docusign.net', 's1'],
  policy: 'REJECT',
  subject: `Complete with Docusign: ${doc}`,
  body: `${name} sent you a document to review and sign.\r\n\r\nREVIEW DOCUMENT: https://na2.docusign.net/Signing/EmailStart.aspx?a=115${n}example\r\n\r\nPowered by Docusign\r\n`,
  messageId: `<115${n}c0de@docusign.net>`,
  replyTo,
});

const pandadoc = (name: string, replyTo: string, doc: string, n: string): Sent => ({
  from: `"${name} via PandaDoc" <docs@email.pandadoc.net>`,
  to: TIDEWATER_READER,
  envelope: `bounces+2291115-${n}f0-robin.reader=tidewater.example@em2291.email.pandadoc.net`,
  relay: PANDADOC,
  signer: ['pandadoc.net', 's1'],
  policy: 'QUARANTINE',
  subject: `${name} sent you "${doc}"`,
  body: `${name} has sent you a document to review and sign.\r\n\r\n${doc}\r\n\r\nOpen the document: https://app.pandadoc.com/document/v2?token=115${n}example\r\n\r\nPowered by PandaDoc\r\n`,
  messageId: `<115${n}.pd.Yk2W@email.pandadoc.net>`,
  replyTo,
});

const STAFFDOCS = 'staffdocs-portal.example';
const attackerReply = (name: string, local: string) => `"${name}" <${local}@${STAFFDOCS}>`;

interface One {
  name: string;
  about: string;
  cls: string;
  eml: string;
  args: string[];
  expect: CaseExpectation;
  twin?: boolean;
}
const emit = (write: CaseWriter, c: One) => emitCase(write, { ...c, zone: ZONE, class: `probe115-${c.cls}` });
const readerArgs = (reader: 'gmail' | 'outlook', org = ORG) => [
  ...(reader === 'gmail' ? GMAIL : OUTLOOK),
  '--recipient-domain',
  org,
];

async function platformCases(write: CaseWriter): Promise<void> {
  emit(write, {
    name: 'probe115-gmail-dropbox-sign-tidewater-people-culture',
    cls: 'desk-words',
    about: `The attacker's Dropbox Sign account named "Tidewater People & Culture" (the HR desk's usual name in Australia and at many startups) asks for a signature on "Updated Remote Work Policy and Direct Deposit Form", Reply-To the account's own address at ${STAFFDOCS}, every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (the reader's organisation beside its HR desk, on an outsider's account).`,
    eml: await deliver(
      dropboxSign(
        'Tidewater People & Culture',
        attackerReply('Tidewater People & Culture', 'people'),
        'Updated Remote Work Policy and Direct Deposit Form',
        'a',
      ),
      'gmail',
      'a',
    ),
    args: readerArgs('gmail'),
    expect: NOT_TRUSTED,
    twin: true,
  });
  emit(write, {
    name: 'probe115-outlook-docusign-tidewater-talent-acquisition',
    cls: 'desk-words',
    about: `The attacker's DocuSign trial named "Tidewater Talent Acquisition" sends an internal-transfer offer letter to sign, Reply-To the account's own address at ${STAFFDOCS}, signed d=docusign.net from DocuSign's relay, delivered through EOP. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted.`,
    eml: await deliver(
      docusign(
        'Tidewater Talent Acquisition',
        attackerReply('Tidewater Talent Acquisition', 'talent'),
        'Internal Transfer Offer Letter - Senior Analyst',
        'b',
      ),
      'outlook',
      'b',
    ),
    args: readerArgs('outlook'),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe115-gmail-docusign-tidewater-people-team',
    cls: 'desk-words',
    about: `The attacker's DocuSign trial named "Tidewater People Team" ("People Team" is HR at many firms, and "team" sits beside "people", not beside the organisation's name) sends "2027 Payroll Calendar and Direct Deposit Confirmation". Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted.`,
    eml: await deliver(
      docusign(
        'Tidewater People Team',
        attackerReply('Tidewater People Team', 'peopleteam'),
        '2027 Payroll Calendar and Direct Deposit Confirmation',
        'c',
      ),
      'gmail',
      'c',
    ),
    args: readerArgs('gmail'),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe115-gmail-dropbox-sign-partner-people-culture-control',
    cls: 'control',
    about: `Control: a partner firm's own People & Culture team, "Harbourline People & Culture via Dropbox Sign", Reply-To people@harbourline.example, every pass, to a reader at ${ORG}. Online, gmail. Wanted: authenticated.`,
    eml: await deliver(
      dropboxSign(
        'Harbourline People & Culture',
        '"Harbourline People & Culture" <people@harbourline.example>',
        'Secondee Code of Conduct Acknowledgement',
        'd',
      ),
      'gmail',
      'd',
    ),
    args: readerArgs('gmail'),
    expect: AUTHENTICATED,
  });

  // joinedName: a genuine organisation whose own name holds the reader's written apart.
  const SJ_READER = 'Robin Reader <robin.reader@sanjose.example>';
  emit(write, {
    name: 'probe115-gmail-docusign-san-jose-state-payroll-genuine',
    cls: 'joined-name',
    about: `Genuine: a reader at the City of San José (sanjose.example, the place name glued in its domain as cities' domains are) teaches a night class at San José State University, whose payroll office sends his adjunct contract through DocuSign: "San Jose State University Payroll via Docusign" <dse_na2@docusign.net>, Reply-To payroll@sjsu.example, every pass. Online, gmail, --recipient-domain sanjose.example. Wanted: authenticated (another organisation's own full name, in which the city's name stands apart as it is always written; not the reader's organisation beside a desk).`,
    eml: await deliver(
      docusign(
        'San Jose State University Payroll',
        '"San Jose State University Payroll" <payroll@sjsu.example>',
        'Adjunct Faculty Appointment Spring 2027',
        'e',
        SJ_READER,
      ),
      'gmail',
      'e',
    ),
    args: readerArgs('gmail', 'sanjose.example'),
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe115-gmail-docusign-san-jose-payroll-attack',
    cls: 'joined-name',
    about: `The attack twin: the attacker's DocuSign trial named "San Jose Payroll" to the reader at sanjose.example, Reply-To the account's own address at ${STAFFDOCS}. Online, gmail, --recipient-domain sanjose.example. Wanted: not trusted.`,
    eml: await deliver(
      docusign(
        'San Jose Payroll',
        attackerReply('San Jose Payroll', 'payroll'),
        'Direct Deposit Change Authorization',
        'f',
        SJ_READER,
      ),
      'gmail',
      'f',
    ),
    args: readerArgs('gmail', 'sanjose.example'),
    expect: NOT_TRUSTED,
  });

  // pandadoc.net now reads the name before "via" as the user's: a brand's name there.
  emit(write, {
    name: 'probe115-outlook-pandadoc-paypal-billing',
    cls: 'pandadoc',
    about: `The attacker's PandaDoc trial named "PayPal Billing Department" sends "Invoice INV-115-0042: payment overdue", Reply-To the account's own address at ${STAFFDOCS}, signed d=pandadoc.net through SendGrid, every pass, delivered through EOP. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted (a brand's name chosen by a platform's user).`,
    eml: await deliver(
      pandadoc(
        'PayPal Billing Department',
        attackerReply('PayPal Billing Department', 'billing'),
        'Invoice INV-115-0042: payment overdue',
        'g',
      ),
      'outlook',
      'g',
    ),
    args: readerArgs('outlook'),
    expect: NOT_TRUSTED,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await boxCases(write);
  await platformCases(write);
}

// Fixed at 21:48 on 2026-12-05: the taken-over backup MX, `a:` term and the firm's own VPS
// (lib/engine/origin-walk.ts staysInside replaced the MX/SPF test: in hosting space a hand-off
// name must lead to its address without a CNAME out of the receiver's domain); "talent
// acquisition", "employee relations", "human capital" are HR desks' names beside the organisation's
// (lib/findings/desk-words.ts ORG_DESK_PHRASES); a name found only by joining words counts only when
// every other word is a desk's (lib/findings/reader-org.ts deskBeside). The San José case's
// Reply-To was written with DocuSign's own form (the sender's name in both fields).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
