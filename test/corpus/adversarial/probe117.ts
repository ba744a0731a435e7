// Red-team probes, round 117 (December 2026): a sweep of the day's lib/ changes (30427a6b..HEAD),
// newest first, each attack beside its genuine control.
// - lib/engine/origin-walk.ts staysInside: in hosting space a hand-off under the receiver's name
//   passes when that name leads to the address without a CNAME out of the receiver's domain. The
//   takeovers that need no CNAME: a dangling A record to a released cloud address (the attacker
//   rents addresses until he holds it, then asks the cloud for the reverse name, which AWS grants
//   once the forward record points at the address), and a subdomain whose NS delegation to a
//   cloud DNS service was left behind (the attacker creates the zone there and writes plain A
//   records). Also the CNAME that stays inside one step before it leaves, and IPv6. The genuine
//   layouts the rule must keep: a backup MX reached through an in-domain CNAME, a firm's IPv6 VPS.
// - lib/engine/login-submission.ts boxRelay: a login below a chain of relays (submission host →
//   MX → store) is a colleague's. The attacker writes no line above the entry, so the chain is
//   his only where the walk passes his relay: the A-record takeover with a forged ESMTPSA login.
// - lib/findings/platforms.ts WHOLE_NAME_PLATFORMS / CUSTOMERS_PLATFORMS: Square invoices and
//   Calendly bookings under the account's chosen name; SurveyMonkey's "via" name with the reader's
//   organisation written apart before an HR desk's two-word name (joinedName, ORG_DESK_PHRASES).
// Where the layouts were learnt (search tool): dangling A records to released cloud addresses
// from domainprotect.cloud "Vulnerable A records", AWS re:Post "Route 53 record pointing to
// released AWS public IP" and the sentasity "Route53 Dangling IP Subdomain Takeover" check ("pages");
// the CNAME takeover and Azure's reverse-name rule as probe114/probe115 learnt them (Microsoft
// Learn "Prevent dangling DNS entries"); Square's senders (receipts@ and invoicing@
// messaging.squareup.com under the seller's name) from tips4tech's "Who Authorized This Email?"
// and public mail-filter rules ("pages", "code"). Square's and Calendly's relays are modelled as
// SendGrid's branded reverse names (an assumption; their SPF includes SendGrid in this zone only).
// Names and addresses are documentation ones except AWS's, Azure's and Hetzner's addresses and
// zones, SendGrid's range and the platforms' own domains; every key is the corpus key.

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
/** An AWS eu-central-1 address (AS16509), once the reader's EC2 relay's, now the attacker's. */
const AWS_IP = '3.121.47.203';
const AZURE_IP = '20.76.201.14';
const AZURE_V6 = '2603:1020:206:3::1f';
const HETZNER_IP = '116.203.41.17';
const HETZNER_V6 = '2a01:4f8:c17:8a2b::1';
const TO = `Robin Reader <robin@${READER_DOMAIN}>`;
const rev = (ip: string) => `${ip.split('.').reverse().join('.')}.in-addr.arpa`;

const readerDns = (spf: string, mx: Array<[number, string]>) => ({
  ...ptr('203.0.113.25', RECEIVER),
  [READER_DOMAIN]: {
    TXT: [spf],
    MX: mx.map(([priority, exchange]) => ({ priority, exchange })),
  },
  [`dkim._domainkey.${READER_DOMAIN}`]: KEY(),
  [`_dmarc.${READER_DOMAIN}`]: { TXT: ['v=DMARC1; p=quarantine'] },
});
const BOX_DNS = readerDns('v=spf1 ip4:203.0.113.25 -all', [[10, RECEIVER]]);
const BANK_ZONE = { ...BANK, ...BANK_KEY, ...ptr(BANK_IP, BANK_RELAY.rdns) };

/** Two lines: the sender's hop into the (claimed) relay, then the relay into the box. */
const twoHops = (inner: Relay, relay: Relay, ids: [string, string], envelope: string) =>
  `Return-Path: <${envelope}>\r\n${received({ ...relay, by: RECEIVER, id: ids[1], for: `robin@${READER_DOMAIN}`, date: 'Fri, 20 Nov 2026 10:00:07 +0000' })}\r\n${received({ ...inner, by: relay.helo, id: ids[0], for: `robin@${READER_DOMAIN}` })}\r\n`;

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
    subject: 'Invoice HS-21170 (November)',
    date: 'Fri, 20 Nov 2026 09:50:00 +0000',
    messageId: '<hs-21170.117@harbour-supplies.example>',
    body: 'Dear Robin,\r\n\r\nplease find invoice HS-21170 for November attached, payable within 30 days to our usual account.\r\n\r\nHarbour Supplies Accounts\r\n',
  });

const ceoRequest = () =>
  submitted({
    from: `Morgan Hale <morgan.hale@${READER_DOMAIN}>`,
    to: TO,
    subject: 'Urgent: supplier payment before 3pm',
    date: 'Fri, 20 Nov 2026 09:58:00 +0000',
    messageId: `<c117-ceo-8f2a@${READER_DOMAIN}>`,
    body: 'Robin,\r\n\r\nplease release a payment of EUR 48,600 to the new account of our Rotterdam supplier before 3pm today; details attached. I am in meetings all day, reply by mail only.\r\n\r\nMorgan\r\n',
  });

/** The box's line from a relay, above a login line the relay's host wrote (or the attacker did). */
const loginBelow = (relay: Relay, user: string, ids: [string, string]) =>
  `Return-Path: <${user}>\r\n${received({ ...relay, by: RECEIVER, id: ids[1], for: `robin@${READER_DOMAIN}`, date: 'Fri, 20 Nov 2026 09:58:12 +0000' })}\r\nReceived: from [192.168.1.23] (office.reader.example [198.51.100.23])\r\n\t(Authenticated sender: ${user})\r\n\tby ${relay.helo} (Postfix) with ESMTPSA id ${ids[0]}\r\n\tfor <robin@${READER_DOMAIN}>; Fri, 20 Nov 2026 09:58:10 +0000\r\n`;

const LEGACY = 'relay-old.reader.example';
const MX2 = 'mx2.reader.example';
const MX2_INNER = 'mx2-eu.reader.example';
const MX2_CLOUD = 'rx-backup-mx.westeurope.cloudapp.azure.com';
const DELEGATED = 'relay.cloudmail.reader.example';

async function boxCases(write: CaseWriter): Promise<void> {
  const forged = bankNotice(TO);
  const legacy: Relay = { helo: LEGACY, rdns: LEGACY, ip: AWS_IP };
  // The reader's old EC2 relay, deleted; its A record stayed. The attacker rented addresses in
  // eu-central-1 until he got it, then had AWS set its reverse name (granted: the name's A record
  // points at the address).
  const danglingA = {
    [rev(AWS_IP)]: { PTR: [LEGACY] },
    [LEGACY]: { A: [AWS_IP] },
  };

  emitCase(write, {
    name: 'probe117-dangling-a-record-released-ip-bank-box',
    about: `The reader's DNS still holds "${LEGACY} A ${AWS_IP}", the address of an EC2 relay deleted last year, which AWS gave back to its pool. The attacker holds that address now and has AWS set its reverse name to ${LEGACY} (AWS grants it: the forward record points at the address), so the name leads back to the IP with no CNAME at all. He hands the box an unsigned bank notice under a forged line "from mail.northbank.example [192.0.2.10] by ${LEGACY}". Wanted: spoofed (the bank's p=reject fails at ${AWS_IP}).`,
    class: 'probe117-hand-off',
    args: ARGS,
    eml: `${twoHops(BANK_RELAY, legacy, ['4T117a0', '4T117a1'], BANK_ENVELOPE)}${forged}`,
    zone: { ...BANK_ZONE, ...BOX_DNS, ...danglingA },
    expect: SPOOFED,
    twin: true,
  });
  emitCase(write, {
    name: 'probe117-dangling-a-record-released-ip-ceo-login-box',
    about: `The same released address: the attacker writes one line under the box's, a login "from [192.168.1.23] (Authenticated sender: morgan.hale@${READER_DOMAIN}) by ${LEGACY} with ESMTPSA", and sends the CEO's urgent payment request, unsigned. The walk passes his VM as the receiver's relay and boxRelay takes the login below it for a colleague's. Wanted: not trusted (SPF fails for reader.example at ${AWS_IP}; no login the receiver saw).`,
    class: 'probe117-login-chain',
    args: ARGS,
    eml: `${loginBelow(legacy, `morgan.hale@${READER_DOMAIN}`, ['4T117b0', '4T117b1'])}${ceoRequest()}`,
    zone: { ...BOX_DNS, ...danglingA, ...ptr('198.51.100.23', 'office.reader.example') },
    expect: NOT_TRUSTED,
  });

  // A CNAME that stays inside for one step, then leaves into Azure's zone.
  const mx2: Relay = { helo: MX2, rdns: MX2, ip: AZURE_IP };
  emitCase(write, {
    name: 'probe117-cname-inside-then-azure-bank-box',
    about: `The backup MX ${MX2} is a CNAME to ${MX2_INNER} (inside the domain), itself a CNAME to a deleted Azure VM's ${MX2_CLOUD}, now the attacker's, who set the reverse name of ${AZURE_IP} to ${MX2}. Forged line "from mail.northbank.example [192.0.2.10] by ${MX2}" under an unsigned bank notice. Wanted: spoofed.`,
    class: 'probe117-hand-off',
    args: ARGS,
    eml: `${twoHops(BANK_RELAY, mx2, ['4T117c0', '4T117c1'], BANK_ENVELOPE)}${forged}`,
    zone: {
      ...BANK_ZONE,
      ...readerDns('v=spf1 ip4:203.0.113.25 -all', [
        [10, RECEIVER],
        [20, MX2],
      ]),
      [rev(AZURE_IP)]: { PTR: [MX2] },
      [MX2]: { CNAME: [MX2_INNER] },
      [MX2_INNER]: { CNAME: [MX2_CLOUD] },
      [MX2_CLOUD]: { A: [AZURE_IP] },
    },
    expect: SPOOFED,
  });

  // IPv6: the dangling CNAME leads to the cloud name's AAAA.
  const v6: Relay = { helo: LEGACY, rdns: LEGACY, ip: AZURE_V6 };
  emitCase(write, {
    name: 'probe117-dangling-cname-ipv6-bank-box',
    about: `The same takeover over IPv6: ${LEGACY} CNAME ${MX2_CLOUD}, whose AAAA is the attacker's VM ${AZURE_V6} (Azure's West Europe IPv6 space), reverse name ${LEGACY}; the box records the hand-off from [IPv6:${AZURE_V6}]. Wanted: spoofed.`,
    class: 'probe117-hand-off',
    args: ARGS,
    eml: `${twoHops(BANK_RELAY, v6, ['4T117d0', '4T117d1'], BANK_ENVELOPE)}${forged}`,
    zone: {
      ...BANK_ZONE,
      ...BOX_DNS,
      ...ptr(AZURE_V6, LEGACY),
      [LEGACY]: { CNAME: [MX2_CLOUD] },
      [MX2_CLOUD]: { AAAA: [AZURE_V6] },
    },
    expect: SPOOFED,
  });

  // A subdomain delegated to Azure DNS whose zone was deleted: the attacker creates it there.
  const delegated: Relay = { helo: DELEGATED, rdns: DELEGATED, ip: AZURE_IP };
  emitCase(write, {
    name: 'probe117-ns-delegated-subdomain-bank-box',
    about: `cloudmail.reader.example is delegated to Azure DNS (NS ns1-05.azure-dns.com.) for a mail pilot whose zone was deleted; the attacker creates the zone in his own subscription on the same name servers and writes "relay.cloudmail.reader.example A ${AZURE_IP}" (his VM), whose reverse name Azure then grants. The name holds the address by a plain A record under the reader's registrable domain. Forged bank line below, unsigned notice. Wanted: spoofed.`,
    class: 'probe117-hand-off',
    args: ARGS,
    eml: `${twoHops(BANK_RELAY, delegated, ['4T117e0', '4T117e1'], BANK_ENVELOPE)}${forged}`,
    zone: {
      ...BANK_ZONE,
      ...BOX_DNS,
      ...ptr(AZURE_IP, DELEGATED),
    },
    expect: SPOOFED,
  });

  // Genuine: the backup MX on the firm's Hetzner VPS, reached through an in-domain CNAME.
  const hetznerMx2: Relay = { helo: MX2, rdns: MX2, ip: HETZNER_IP };
  emitCase(write, {
    name: 'probe117-backup-mx-inside-cname-vps-genuine-box',
    about: `Genuine: the firm's backup MX ${MX2} is a CNAME to ${MX2_INNER}, whose A record is its own Hetzner VPS ${HETZNER_IP} (reverse name ${MX2}); the primary was down, the supplier's SPF-only invoice went through the backup, which relayed it to ${RECEIVER}. Wanted: authenticated (SPF and DMARC pass at the supplier's address).`,
    class: 'probe117-control',
    args: ARGS,
    eml: `${twoHops(SUPPLIER, hetznerMx2, ['4T117f0', '4T117f1'], 'accounts@harbour-supplies.example')}${supplierInvoice()}`,
    zone: {
      ...SUPPLIER_ZONE,
      ...readerDns('v=spf1 ip4:203.0.113.25 -all', [
        [10, RECEIVER],
        [20, MX2],
      ]),
      [rev(HETZNER_IP)]: { PTR: [MX2] },
      [MX2]: { CNAME: [MX2_INNER] },
      [MX2_INNER]: { A: [HETZNER_IP] },
    },
    expect: AUTHENTICATED,
  });
  emitCase(write, {
    name: 'probe117-backup-mx-ipv6-vps-genuine-box',
    about: `Genuine: the firm's backup MX ${MX2} on its Hetzner VPS over IPv6 (${HETZNER_V6}, AAAA and reverse name its own), relaying the bank's signed notice to ${RECEIVER}. Wanted: authenticated.`,
    class: 'probe117-control',
    args: ARGS,
    eml: `${twoHops(BANK_RELAY, { helo: MX2, rdns: MX2, ip: HETZNER_V6 }, ['4T117g0', '4T117g1'], BANK_ENVELOPE)}${await signCorpus(forged, { domain: 'northbank.example', selector: 'nb1' })}`,
    zone: {
      ...BANK_ZONE,
      ...readerDns('v=spf1 ip4:203.0.113.25 -all', [
        [10, RECEIVER],
        [20, MX2],
      ]),
      ...ptr(HETZNER_V6, MX2),
    },
    expect: AUTHENTICATED,
  });

  // Genuine: the chain boxRelay now follows: submission host → MX gateway → mail store.
  const SMTP = 'smtp.reader.example';
  const STORE = 'store.reader.example';
  const chain = `Return-Path: <dana.whitfield@${READER_DOMAIN}>\r\n${received({ helo: RECEIVER, rdns: RECEIVER, ip: '203.0.113.25', by: STORE, id: '4T117h2', for: `robin@${READER_DOMAIN}`, date: 'Fri, 20 Nov 2026 09:58:14 +0000' })}\r\n${received({ helo: SMTP, rdns: SMTP, ip: HETZNER_IP, by: RECEIVER, id: '4T117h1', for: `robin@${READER_DOMAIN}`, date: 'Fri, 20 Nov 2026 09:58:12 +0000' })}\r\nReceived: from [192.168.1.23] (office.reader.example [198.51.100.23])\r\n\t(Authenticated sender: dana.whitfield@${READER_DOMAIN})\r\n\tby ${SMTP} (Postfix) with ESMTPSA id 4T117h0\r\n\tfor <robin@${READER_DOMAIN}>; Fri, 20 Nov 2026 09:58:10 +0000\r\n`;
  emitCase(write, {
    name: 'probe117-login-submission-mx-store-chain-genuine-box',
    about: `Genuine: a colleague's internal mail submitted with a login on the firm's own submission host ${SMTP} (Hetzner VPS, A record and reverse name its own), handed to the MX gateway ${RECEIVER}, which hands it to the mail store ${STORE}; unsigned. --authserv-id ${STORE}. Wanted: not suspicious ("unverified" is honest, "spoofed" is not).`,
    class: 'probe117-control',
    args: ['--authserv-id', STORE],
    eml: `${chain}${submitted({
      from: `Dana Whitfield <dana.whitfield@${READER_DOMAIN}>`,
      to: TO,
      subject: 'Board pack for Monday',
      date: 'Fri, 20 Nov 2026 09:58:00 +0000',
      messageId: `<c117-5d2a@${READER_DOMAIN}>`,
      body: 'Robin,\r\n\r\nthe board pack is on the shared drive under 2026/11; please check the cash-flow page before Monday.\r\n\r\nDana\r\n',
    })}`,
    zone: {
      ...BOX_DNS,
      ...ptr('203.0.113.26', STORE),
      ...ptr(HETZNER_IP, SMTP),
      ...ptr('198.51.100.23', 'office.reader.example'),
    },
    expect: NOT_SPOOFED,
  });
}

// ---------------------------------------------------------------- the platforms (webmail)
const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const ORG = 'tidewater.example';
const READER = `Robin Reader <robin.reader@${ORG}>`;
const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const domainOf = (addr: string) => addr.slice(addr.lastIndexOf('@') + 1).replace(/>$/, '');
const SENDGRID_SPF = 'v=spf1 ip4:149.72.0.0/16 ip4:167.89.0.0/17 ip4:168.245.0.0/17 -all';

const SQUARE: Relay = {
  helo: 'o117.ptr3391.messaging.squareup.com',
  rdns: 'o117.ptr3391.messaging.squareup.com',
  ip: '149.72.117.33',
};
const CALENDLY: Relay = {
  helo: 'o17.ptr8823.calendly.com',
  rdns: 'o17.ptr8823.calendly.com',
  ip: '167.89.117.88',
};
const SURVEYMONKEY: Relay = {
  helo: 'o4.ptr1170.surveymonkeyuser.com',
  rdns: 'o4.ptr1170.surveymonkeyuser.com',
  ip: '168.245.117.4',
};

const ZONE = {
  ...ptr(SQUARE.ip, SQUARE.rdns),
  ...ptr(CALENDLY.ip, CALENDLY.rdns),
  ...ptr(SURVEYMONKEY.ip, SURVEYMONKEY.rdns),
  ...txt('sendgrid.net', SENDGRID_SPF),
  ...txt('em3391.messaging.squareup.com', 'v=spf1 include:sendgrid.net -all'),
  ...key('squareup.com', 's1'),
  ...dmarc('squareup.com', 'reject'),
  ...txt('em8823.calendly.com', 'v=spf1 include:sendgrid.net -all'),
  ...key('calendly.com', 's1'),
  ...dmarc('calendly.com', 'reject'),
  ...txt('em1170.surveymonkeyuser.com', 'v=spf1 include:sendgrid.net -all'),
  ...key('surveymonkeyuser.com', 's1'),
  ...dmarc('surveymonkeyuser.com', 'reject'),
  ...dmarc(ORG, 'quarantine'),
  ...txt(ORG, 'v=spf1 include:_spf.google.com -all'),
};

interface Sent {
  from: string;
  envelope: string;
  relay: Relay;
  signer: [string, string];
  subject: string;
  body: string;
  messageId: string;
  replyTo?: string;
}

const signed = (s: Sent) =>
  signAll(
    submitted({
      from: s.from,
      to: READER,
      subject: s.subject,
      date: SENT,
      messageId: s.messageId,
      extraHeaders: s.replyTo ? [`Reply-To: ${s.replyTo}`] : [],
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
        gmailDmarc(domainOf(s.from), 'REJECT'),
      ].join('\r\n       '),
      ids: [`x117csp${n}pxa`, `a117si${n}qtb.117`],
      spf: 'pass',
      deliveredTo: true,
      to: `robin.reader@${ORG}`,
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

const squareInvoice = (seller: string, n: string): Sent => ({
  from: `"${seller}" <invoicing@messaging.squareup.com>`,
  envelope: `bounces+3391117-${n}a1-robin.reader=tidewater.example@em3391.messaging.squareup.com`,
  relay: SQUARE,
  signer: ['squareup.com', 's1'],
  subject: `Invoice from ${seller}`,
  body: `${seller} sent you an invoice for $4,860.00\r\n\r\nInvoice #001174\r\nDue on Nov 23, 2026\r\n\r\nPay Invoice: https://squareup.com/pay-invoice/inv:0-117${n}example\r\n\r\nSquare\r\n`,
  messageId: `<117${n}.inv.Hq3@messaging.squareup.com>`,
});

const STAFF = 'staff-benefits-portal.example';
interface One {
  name: string;
  about: string;
  cls: string;
  eml: string;
  args: string[];
  expect: CaseExpectation;
  twin?: boolean;
}
const emit = (write: CaseWriter, c: One) => emitCase(write, { ...c, zone: ZONE, class: `probe117-${c.cls}` });
const readerArgs = (reader: 'gmail' | 'outlook') => [
  ...(reader === 'gmail' ? GMAIL : OUTLOOK),
  '--recipient-domain',
  ORG,
];

async function platformCases(write: CaseWriter): Promise<void> {
  emit(write, {
    name: 'probe117-gmail-square-invoice-tidewater-accounts-payable',
    cls: 'whole-name',
    about: `The attacker's Square seller account named "Tidewater Accounts Payable" invoices the reader at ${ORG} for $4,860 ("Invoice from Tidewater Accounts Payable", invoicing@messaging.squareup.com, every pass). Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted (the reader's organisation beside a desk, chosen by a platform's customer).`,
    eml: await deliver(squareInvoice('Tidewater Accounts Payable', 'a'), 'gmail', 'a'),
    args: readerArgs('gmail'),
    expect: NOT_TRUSTED,
    twin: true,
  });
  emit(write, {
    name: 'probe117-outlook-square-invoice-paypal-billing',
    cls: 'whole-name',
    about: `The attacker's Square seller named "PayPal Billing Department" sends an overdue invoice through Square, delivered through EOP, every pass. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted (a brand's name chosen by a platform's customer).`,
    eml: await deliver(squareInvoice('PayPal Billing Department', 'b'), 'outlook', 'b'),
    args: readerArgs('outlook'),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe117-gmail-square-invoice-bakery-genuine',
    cls: 'control',
    about: `Genuine: the bakery that caters the reader's office, "Harbour Bakery & Catering", invoices through Square. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await deliver(squareInvoice('Harbour Bakery & Catering', 'c'), 'gmail', 'c'),
    args: readerArgs('gmail'),
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe117-gmail-calendly-tidewater-it-service-desk',
    cls: 'whole-name',
    about: `The attacker's Calendly account named "Tidewater IT Service Desk" confirms a "Mandatory MFA re-enrollment" slot booked in the reader's name ("Tidewater IT Service Desk" <notifications@calendly.com>, Reply-To the account's own address at ${STAFF}). Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted.`,
    eml: await deliver(
      {
        from: '"Tidewater IT Service Desk" <notifications@calendly.com>',
        envelope: 'bounces+8823117-d4-robin.reader=tidewater.example@em8823.calendly.com',
        relay: CALENDLY,
        signer: ['calendly.com', 's1'],
        subject: 'New Event: Robin Reader - 09:00 Mon, 23 Nov 2026 - Mandatory MFA re-enrollment',
        body: 'Hi Robin Reader,\r\n\r\nA new event has been scheduled.\r\n\r\nEvent Type: Mandatory MFA re-enrollment\r\nInvitee: Robin Reader\r\nEvent Date/Time: 09:00 - Monday, 23 November 2026 (GMT)\r\n\r\nPrepare your device before the call: https://calendly.com/tidewater-it/mfa?prep=117d\r\n\r\nCalendly\r\n',
        messageId: '<117d.cal.Wx8@calendly.com>',
        replyTo: `"Tidewater IT Service Desk" <itdesk@${STAFF}>`,
      },
      'gmail',
      'd',
    ),
    args: readerArgs('gmail'),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe117-outlook-surveymonkey-tide-water-people-operations',
    cls: 'joined-name',
    about: `The attacker's SurveyMonkey account named "Tide Water People Operations" (the reader's organisation written apart, then an HR desk's two-word name) sends "2027 Benefits Enrollment: confirm your dependants" ("Tide Water People Operations via SurveyMonkey" <member@surveymonkeyuser.com>, every pass), delivered through EOP. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted.`,
    eml: await deliver(
      {
        from: '"Tide Water People Operations via SurveyMonkey" <member@surveymonkeyuser.com>',
        envelope: 'bounces+1170117-e5-robin.reader=tidewater.example@em1170.surveymonkeyuser.com',
        relay: SURVEYMONKEY,
        signer: ['surveymonkeyuser.com', 's1'],
        subject: '2027 Benefits Enrollment: confirm your dependants',
        body: 'Hello,\r\n\r\nTide Water People Operations invites you to complete "2027 Benefits Enrollment".\r\n\r\nBegin Survey: https://www.surveymonkey.com/r/117eXmpl\r\n\r\nPlease do not forward this email, as its survey link is unique to you.\r\n',
        messageId: '<117e.sm.Lp2@surveymonkeyuser.com>',
        replyTo: `"Tide Water People Operations" <people@${STAFF}>`,
      },
      'outlook',
      'e',
    ),
    args: readerArgs('outlook'),
    expect: NOT_TRUSTED,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await boxCases(write);
  await platformCases(write);
}

// Kept out by choice (the lead, 21:56 on 2026-12-05), in the README's "What still fools": a hand-off
// from hosting space whose name is the receiver's own A record (a released cloud address taken back
// by the attacker) or lies in a delegated subdomain whose cloud DNS zone lapsed is walked past as
// the receiver's own relay. Asking the receiver's MX or SPF instead (tried at 21:34) let a forgotten
// backup MX or `a:` term through and read a firm's own VPS submission host, named by an A record and
// not in its SPF, as a forger (probe115); the name leading to the address inside the receiver's
// domain is the line drawn. A reader with hosts in the cloud names them (`--trust-gateway` with
// their addresses), which a taken-back address or lapsed zone does not get.
/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed.
 */
// The released-address and lapsed-delegation takeovers (probe117-dangling-a-record-released-ip-bank-box,
// probe117-ns-delegated-subdomain-bank-box): the box reads "authenticated" (the bank's SPF and DMARC
// pass at the forged 192.0.2.10), should read spoofed. lib/engine/origin-walk.ts
// unconfirmedHandOffs/staysInside: in hosting space a name held by a plain A record under the
// receiver's domain passes, but whoever holds a released cloud address (or a zone re-created on a
// cloud DNS's name servers) can make such a name lead back to it. Hosting-space hand-offs need
// something the attacker cannot rent: the receiver's own word (a listed --receiver-network /
// trusted relay), or at the least the hand-off's address named literally by the receiver's SPF
// (ip4:/ip6:) or MX; a name alone, however it resolves, proves nothing there.
// probe117-dangling-a-record-released-ip-ceo-login-box: reads "unverified" (login submission to
// relay-old.reader.example), should read not trusted: the same walk passes the VM, then
// lib/engine/login-submission.ts loginLine/boxRelay takes the attacker's own line for the box's
// login. Fixed with the walk; until then boxRelay could refuse a relay in hosting space that the
// receiver did not name as its own.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe117-dangling-a-record-released-ip-bank-box',
  'probe117-dangling-a-record-released-ip-ceo-login-box',
  'probe117-ns-delegated-subdomain-bank-box',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
