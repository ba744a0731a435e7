// Real-world delivery shapes, hundred-and-fifty-ninth round: genuine UNSIGNED mail from small
// organisations' own servers on rented cloud machines, the layout lib/findings/hosted-server.ts
// `ownServerEvidence` now reads most strictly (unsigned, a confirmed name inside the From domain
// counts as the domain's own only if it reaches its address without a CNAME out of the
// organisation, or is the domain's sole primary MX; lib/analyze.ts traceOwnServerName):
// - a law firm's Exchange 2019 on an Azure VM, its sole MX `mail.<firm>` a CNAME to the VM's
//   `*.westeurope.cloudapp.azure.com` label, also the outbound server (box, Gmail, Outlook, Yahoo);
// - an accountancy whose mailboxes are in Exchange Online (MX at EOP) and whose line-of-business
//   Exchange 2016 relay on Azure sends invoices outbound only, named by a CNAME to its label, with
//   its exact address pinned in SPF as `ip4:<addr>` (PENDING, see below), and its attack twin: the
//   same relay once deleted, named in SPF by `a:` (the re-claimed label passes SPF);
// - a Postfix server on an AWS Elastic IP named by a Route 53 alias (answered as an A record), used
//   as MX and outbound, and an ERP (Odoo) relay on another Elastic IP sending outbound only beside
//   Google Workspace;
// - a Hetzner Postfix box (MX and outbound) relaying the office scanner's mail; an OVH VPS used as
//   the outbound relay of a small firm whose MX is elsewhere;
// - the equal-preference pair (two Exchange VMs on Azure, both MX 10, CNAMEs to their labels),
//   where "suspicious" is the honest answer the README keeps (red-team round 119).
// Where the layouts were learnt (`search`, pages and docs corpora):
// - Azure: learn.microsoft.com "Configure reverse DNS for services hosted in Azure" (the
//   ReverseFqdn of a public IP may be set only when the name forward-resolves to that IP or to a
//   cloudapp name of the same subscription; "validation is only done when the reverse DNS record is
//   set or modified; periodic revalidation isn't done"), the 2014 Azure blog "Announcing reverse
//   DNS for Azure Cloud Services" (vanity name inside your own domain), and the Packt/Azure
//   cookbook and blog pages telling admins to CNAME their names to the cloudapp label because the
//   VIP may change. Outbound port 25 from Azure VMs is refused except on Enterprise agreements
//   (experts-exchange.com "Azure SMTP Restrictions & Resolution with SMTP Relay Services"): these
//   firms are modelled as such (or through a support-lifted block); others relay through a
//   provider, which is other rounds' layout.
// - AWS: "Using reverse DNS for email applications" as quoted by Pulumi's aws.ec2.EipDomainName
//   docs (the Route 53 A record for the Elastic IP first, then the EIP's domain name) and the
//   rgeyer-rs-cookbooks/mail_postfix README ("Make sure your MX record points to an A record, and
//   supply your A record hostname as the reverse lookup"). A Route 53 alias answers as an A record,
//   so no CNAME shows.
// - GCP was NOT modelled: Compute Engine blocks outbound port 25 for every customer, so a GCP VM
//   never appears as the origin of direct-to-MX mail.
// - Hetzner and OVH: their panels let a customer write the PTR of his address (probe155's
//   sources); the forward A is the firm's own. Exchange's on-premises Received lines as
//   receivers.ts onPremExchangeBehind writes them (rw16); Postfix's as messages.ts.
// Names and addresses are documentation ones except Microsoft's, Amazon's, Hetzner's and OVH's
// ranges and host names; nothing here is signed (the point of the round).
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, legitCorpus, NOT_TRUSTED, ptr, type Relay } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  EOP_UNSIGNED,
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
} from '../receivers';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const ENTERED = 'Fri, 20 Nov 2026 10:00:03 +0000';
const BOXED = 'Fri, 20 Nov 2026 10:00:04 +0000';

/** DMARC passed for the From domain: authenticated. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** Unsigned from a rented server whose name proves little: suspicious is honest, never spoofed. */
const HONEST_SUSPICIOUS: CaseExpectation = {
  verdict: 'suspicious',
  notVerdict: ['spoofed'],
  findings: ['hosted-server-relay'],
  fields: { 'dmarc.result': 'pass' },
};

const rev = (ip: string) => `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
const dmarc = (d: string, p: string) => ({
  [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}; rua=mailto:dmarc@${d}`] },
});

// ---- 1. Ashgrove Legal: Exchange 2019 on Azure, sole MX via CNAME, MX and outbound ----
const AG = 'ashgrove-legal.example';
const AG_LABEL = 'ashgrove-ex01.westeurope.cloudapp.azure.com';
const AG_EX: Relay = { helo: `mail.${AG}`, rdns: `mail.${AG}`, ip: '20.61.114.27' };

// ---- 2. Penrose Accountants: mailboxes in Exchange Online, Exchange 2016 relay on Azure ----
const PA = 'penrose-accountants.example';
const PA_LABEL = 'penrose-lob-relay.northeurope.cloudapp.azure.com';
const PA_RELAY: Relay = { helo: `relay.${PA}`, rdns: `relay.${PA}`, ip: '52.169.88.140' };
/** The same kind of firm whose deleted relay is still named by `a:` in SPF (attack twin). */
const QF = 'quillfield-partners.example';
const QF_LABEL = 'quillfield-relay.northeurope.cloudapp.azure.com';
const QF_RECLAIMED: Relay = { helo: `relay.${QF}`, rdns: `relay.${QF}`, ip: '52.169.91.203' };

// ---- 3. AWS: Postfix on an Elastic IP (MX and outbound), Odoo relay outbound only ----
const BW = 'brightwater-labs.example';
const BW_MAIL: Relay = { helo: `mail.${BW}`, rdns: `mail.${BW}`, ip: '3.120.181.44' };
const BW_ERP: Relay = { helo: `erp.${BW}`, rdns: `erp.${BW}`, ip: '18.184.72.9' };

// ---- 4. Hetzner Postfix (MX and outbound, scanner relay); OVH outbound relay ----
const CM = 'corriemoor-surveyors.example';
const CM_MAIL: Relay = { helo: `mx.${CM}`, rdns: `mx.${CM}`, ip: '116.203.45.118' };
const DL = 'dunlin-freight.example';
const DL_OVH: Relay = { helo: `smtp.${DL}`, rdns: `smtp.${DL}`, ip: '51.68.133.72' };

// ---- 5. Two equal-preference Exchange VMs on Azure ----
const EV = 'evenlode-council.example';
const EV_LABEL1 = 'evenlode-ex1.uksouth.cloudapp.azure.com';
const EV_LABEL2 = 'evenlode-ex2.uksouth.cloudapp.azure.com';
const EV_EX2: Relay = { helo: `mx2.${EV}`, rdns: `mx2.${EV}`, ip: '51.132.40.17' };

const ZONE: Record<string, unknown> = {
  // Ashgrove: mail.<firm> CNAME to the VM's label; `mx` in SPF; the sole MX.
  [AG]: { TXT: ['v=spf1 mx -all'], MX: [{ priority: 10, exchange: `mail.${AG}` }] },
  [`mail.${AG}`]: { CNAME: [AG_LABEL] },
  [AG_LABEL]: { A: [AG_EX.ip] },
  [rev(AG_EX.ip)]: { PTR: [`mail.${AG}`] },
  ...dmarc(AG, 'quarantine'),
  // Penrose: MX at EOP; the relay's exact address pinned in SPF; relay.<firm> CNAME to its label.
  [PA]: {
    TXT: [`v=spf1 ip4:${PA_RELAY.ip} include:spf.protection.outlook.com -all`],
    MX: [{ priority: 0, exchange: 'penrose-accountants-example.mail.protection.outlook.com' }],
  },
  'spf.protection.outlook.com': { TXT: ['v=spf1 ip4:40.92.0.0/15 ip4:52.100.0.0/14 -all'] },
  [`relay.${PA}`]: { CNAME: [PA_LABEL] },
  [PA_LABEL]: { A: [PA_RELAY.ip] },
  [rev(PA_RELAY.ip)]: { PTR: [`relay.${PA}`] },
  ...dmarc(PA, 'quarantine'),
  // Quillfield: `a:relay.<firm>` in SPF, relay.<firm> CNAME to a label deleted and re-claimed.
  [QF]: {
    TXT: [`v=spf1 a:relay.${QF} include:spf.protection.outlook.com -all`],
    MX: [{ priority: 0, exchange: 'quillfield-partners-example.mail.protection.outlook.com' }],
  },
  [`relay.${QF}`]: { CNAME: [QF_LABEL] },
  [QF_LABEL]: { A: [QF_RECLAIMED.ip] },
  [rev(QF_RECLAIMED.ip)]: { PTR: [`relay.${QF}`] },
  ...dmarc(QF, 'reject'),
  // Brightwater: Route 53 alias answers (A records), MX its own, Workspace beside for people.
  [BW]: {
    TXT: [`v=spf1 mx ip4:${BW_ERP.ip} include:_spf.google.com -all`],
    MX: [{ priority: 10, exchange: `mail.${BW}` }],
  },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ip4:74.125.0.0/16 ~all'] },
  [`mail.${BW}`]: { A: [BW_MAIL.ip] },
  [`erp.${BW}`]: { A: [BW_ERP.ip] },
  ...ptr(BW_ERP.ip, BW_ERP.rdns),
  [rev(BW_MAIL.ip)]: { PTR: [`mail.${BW}`] },
  ...dmarc(BW, 'reject'),
  // Corriemoor: Hetzner box, `a mx` SPF.
  [CM]: { TXT: ['v=spf1 a mx -all'], MX: [{ priority: 10, exchange: `mx.${CM}` }], A: [CM_MAIL.ip] },
  [`mx.${CM}`]: { A: [CM_MAIL.ip] },
  [rev(CM_MAIL.ip)]: { PTR: [`mx.${CM}`] },
  ...dmarc(CM, 'quarantine'),
  // Dunlin: OVH VPS outbound, MX at the hosting company's mail service.
  [DL]: {
    TXT: [`v=spf1 ip4:${DL_OVH.ip} -all`],
    MX: [
      { priority: 1, exchange: 'mx1.mail.ovh.net' },
      { priority: 5, exchange: 'mx2.mail.ovh.net' },
    ],
  },
  ...ptr(DL_OVH.ip, DL_OVH.rdns),
  ...dmarc(DL, 'quarantine'),
  // Evenlode: two Exchange VMs, both MX 10, each a CNAME to its label.
  [EV]: {
    TXT: ['v=spf1 mx -all'],
    MX: [
      { priority: 10, exchange: `mx1.${EV}` },
      { priority: 10, exchange: `mx2.${EV}` },
    ],
  },
  [`mx1.${EV}`]: { CNAME: [EV_LABEL1] },
  [EV_LABEL1]: { A: ['51.132.40.16'] },
  [`mx2.${EV}`]: { CNAME: [EV_LABEL2] },
  [EV_LABEL2]: { A: [EV_EX2.ip] },
  [rev(EV_EX2.ip)]: { PTR: [`mx2.${EV}`] },
  ...dmarc(EV, 'quarantine'),
};

const BOX = 'mail.reader.example';
type Reader = 'gmail' | 'outlook' | 'yahoo' | 'box';
const RCPT: Record<Reader, string> = {
  gmail: 'robin.reader@gmail.com',
  outlook: 'robin.reader@outlook.example',
  yahoo: 'robin.reader@yahoo.com',
  box: 'robin@reader.example',
};

interface Sent {
  from: string;
  envelope: string;
  relay: Relay;
  policy: string;
  subject: string;
  body: string;
  messageId: string;
  /** The sending server's own Received lines (below the receiver's), newest first. */
  inside: string[];
  extra?: string[];
}

const domainOf = (addr: string) => addr.slice(addr.lastIndexOf('@') + 1).replace(/>$/, '');

/** Exchange 2016/2019's own hops: MAPI submission and the transport hand-off on one server. */
const exchangeHops = (server: string, ad: string, ip: string, build: string) => [
  `Received: from ${server}.${ad} (${ip}) by ${server}.${ad}\r\n (${ip}) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id ${build}; ${SENT}`,
  `Received: from ${server}.${ad} ([fe80::5d3c:91a2:4b7e:10f4]) by ${server}.${ad}\r\n ([fe80::5d3c:91a2:4b7e:10f4%6]) with mapi id ${build}; ${SENT}`,
];
/** Postfix's own hop for a client that submitted with a login (scanner, app). */
const postfixSubmit = (host: string, client: string, ip: string, id: string) =>
  `Received: from ${client} (unknown [${ip}])\r\n\tby ${host} (Postfix) with ESMTPSA id ${id}\r\n\tfor <robin@reader.example>; ${SENT}`;

async function deliver(s: Sent, reader: Reader, n: string): Promise<string> {
  const rcpt = RCPT[reader];
  const message = submitted({
    from: s.from,
    to: rcpt,
    subject: s.subject,
    date: SENT,
    messageId: s.messageId,
    extraHeaders: s.extra ?? [],
    body: s.body,
  });
  const raw = s.inside.length ? onTop(message, ...s.inside) : message;
  const from = domainOf(s.from);
  const env = domainOf(s.envelope);
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: [gmailSpf(s.envelope, s.relay.ip), gmailDmarc(from, s.policy)].join('\r\n       '),
      ids: [`x159csp${n}pxb`, `a159si${n}qtc.159`],
      spf: 'pass',
      deliveredTo: true,
      to: rcpt,
    });
  if (reader === 'outlook')
    return eopDelivery(raw, { ...eopPass(s.relay, env, EOP_UNSIGNED, from), returnPath: s.envelope });
  if (reader === 'yahoo')
    return yahooDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: `dkim=unknown;\r\n spf=pass smtp.mailfrom=${env};\r\n dmarc=pass(p=${s.policy.toLowerCase()}) header.from=${from};`,
    });
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    dovecotLmtp(BOX, s.envelope, rcpt, `kB159${n}dE3fG4hI5jK6lM7n`, BOXED),
    `Authentication-Results: ${BOX}; dmarc=pass (p=${s.policy.toLowerCase()} dis=none) header.from=${from}`,
    `Authentication-Results: ${BOX}; spf=pass smtp.mailfrom=${s.envelope}`,
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${s.relay.ip}; helo=${s.relay.helo}; envelope-from=${s.envelope}; receiver=<UNKNOWN>`,
    `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw159${n}a2\r\n\tfor <${rcpt}>; ${ENTERED}`,
  );
}

const argsFor = (reader: Reader) =>
  reader === 'gmail'
    ? ['--webmail', 'gmail']
    : reader === 'outlook'
      ? ['--webmail', 'outlook']
      : reader === 'yahoo'
        ? ['--webmail', 'yahoo']
        : ['--authserv-id', BOX, '--recipient-domain', 'reader.example'];

const ashgrove = (n: string): Sent => ({
  from: `Harriet Vale <h.vale@${AG}>`,
  envelope: `h.vale@${AG}`,
  relay: AG_EX,
  policy: 'QUARANTINE',
  subject: 'Completion statement: 14 Mill Lane',
  body: 'Dear Robin,\r\n\r\nplease find the completion statement for 14 Mill Lane on the client portal.\r\nCall me on the usual number with any question.\r\n\r\nHarriet Vale\r\nAshgrove Legal\r\n',
  messageId: `<159${n}a1b2c3d4e5f6@EX01.ashgrove.local>`,
  inside: exchangeHops('EX01', 'ashgrove.local', '10.20.0.4', '15.2.1544.11'),
});

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, { ...c, zone: ZONE });

  // ==== 1. Exchange 2019 on Azure, sole MX via CNAME ====
  for (const [reader, n] of [
    ['box', 'a'],
    ['gmail', 'b'],
    ['outlook', 'c'],
    ['yahoo', 'd'],
  ] as const) {
    emit({
      name: `realworld159-${reader}-azure-exchange2019-sole-mx-cname-unsigned`,
      class: 'own-server-azure',
      about: `Genuine: a law firm's Exchange 2019 on an Azure VM, its sole MX mail.${AG} a CNAME to the VM's label ${AG_LABEL} (as Azure's reverse-DNS page allows), reverse FQDN mail.${AG}, also the outbound server; SPF "mx", p=quarantine, no DKIM. The CNAME leaves the firm into Azure's labels, which anyone may re-claim. The name is the domain's only primary MX, but a domain that only sends may leave such an MX dangling unnoticed (red-team round 164): since 14:2x on 2026-12-06 this reads suspicious, as that attack does (its DNS is the attack's); an A record of the firm's own, or DKIM, makes it authenticated. Wanted: not spoofed.`,
      eml: await deliver(ashgrove(n), reader, n),
      args: argsFor(reader),
      expect: HONEST_SUSPICIOUS,
      twin: reader === 'gmail',
    });
  }

  // ==== 2. Exchange Online mailboxes, LOB relay on Azure (outbound only) ====
  const penrose = (n: string): Sent => ({
    from: `Penrose Accounts <accounts@${PA}>`,
    envelope: `accounts@${PA}`,
    relay: PA_RELAY,
    policy: 'QUARANTINE',
    subject: 'Invoice PA-20931 for October bookkeeping',
    body: 'Dear client,\r\n\r\nyour invoice PA-20931 (EUR 640.00) for October is attached as usual and also on the portal.\r\nPayment by direct debit on 1 December.\r\n\r\nPenrose Accountants\r\n',
    messageId: `<159${n}.pa20931@LOB01.penrose.local>`,
    inside: exchangeHops('LOB01', 'penrose.local', '10.30.1.5', '15.1.2507.39'),
  });
  emit({
    name: 'realworld159-box-azure-exchange2016-lob-relay-ip4-pinned',
    class: 'own-server-azure-outbound',
    about: `Genuine: an accountancy's mailboxes live in Exchange Online (MX at EOP); its billing software hands invoices to an Exchange 2016 relay on Azure that sends them straight out, unsigned (DKIM is set up only in Microsoft 365). relay.${PA} is a CNAME to ${PA_LABEL}; the SPF names the relay's address itself, "ip4:${PA_RELAY.ip}", beside Microsoft's include. Wanted: authenticated: the pass rests on a single address the firm wrote into its own record, which a re-claimed label (a new address) would not get: no weaker than the A record the rule accepts. PENDING: reads suspicious.`,
    eml: await deliver(penrose('e'), 'box', 'e'),
    args: argsFor('box'),
    expect: PASSES,
  });
  emit({
    name: 'realworld159-outlook-azure-exchange2016-lob-relay-ip4-pinned',
    class: 'own-server-azure-outbound',
    about: `Genuine: the same invoice read in Outlook on the web (EOP: spf=pass, dkim=none, dmarc=pass). Wanted: authenticated (as the box case). PENDING: reads suspicious.`,
    eml: await deliver(penrose('f'), 'outlook', 'f'),
    args: argsFor('outlook'),
    expect: PASSES,
    twin: true,
  });
  emit({
    name: 'realworld159-box-azure-deleted-relay-a-term-reclaimed-attack',
    class: 'own-server-azure-outbound',
    about: `Attack twin: ${QF} moved its relay into Microsoft 365 and deleted the Azure VM, but left relay.${QF} CNAME ${QF_LABEL} and "a:relay.${QF}" in SPF. The spoofer re-claims the label (new address ${QF_RECLAIMED.ip}), sets its reverse FQDN to relay.${QF} (Azure validates: the name resolves there) and sends an unsigned payment lure: SPF passes through the a: term, DMARC passes. Not an MX, CNAME out of the firm. Wanted: not trusted.`,
    eml: await deliver(
      {
        from: `Quillfield Partners <accounts@${QF}>`,
        envelope: `accounts@${QF}`,
        relay: QF_RECLAIMED,
        policy: 'REJECT',
        subject: 'Updated remittance details for invoice QF-7731',
        body: 'Dear Robin,\r\n\r\nour bank has changed. Please pay invoice QF-7731 (EUR 18,950.00) today to IBAN XX00 0000 7731 0042 55 and reply once done.\r\n\r\nAccounts, Quillfield Partners\r\n',
        messageId: `<159g.qf7731@relay.${QF}>`,
        inside: [],
      },
      'box',
      'g',
    ),
    args: argsFor('box'),
    expect: NOT_TRUSTED,
    twin: true,
  });

  // ==== 3. AWS Elastic IPs named by Route 53 (A records) ====
  emit({
    name: 'realworld159-yahoo-aws-eip-postfix-mx-and-outbound',
    class: 'own-server-aws',
    about: `Genuine: a lab's Postfix on an EC2 Elastic IP (${BW_MAIL.ip}), mail.${BW} a Route 53 alias (answered as A), the EIP's reverse DNS set to it through AWS's form; the sole MX and outbound server, SPF "mx", p=reject, unsigned. Yahoo Mail. Wanted: authenticated.`,
    eml: await deliver(
      {
        from: `Brightwater Labs Results <results@${BW}>`,
        envelope: `results@${BW}`,
        relay: BW_MAIL,
        policy: 'REJECT',
        subject: 'Sample BW-5512: analysis complete',
        body: 'Hello,\r\n\r\nthe analysis of sample BW-5512 is complete; the report is on the customer portal.\r\n\r\nBrightwater Labs\r\n',
        messageId: `<159h.bw5512@mail.${BW}>`,
        inside: [postfixSubmit(`mail.${BW}`, 'lims01.brightwater.internal', '172.31.14.20', '4Zb159H1x')],
      },
      'yahoo',
      'h',
    ),
    args: argsFor('yahoo'),
    expect: PASSES,
    twin: true,
  });
  emit({
    name: 'realworld159-gmail-aws-eip-odoo-erp-relay-outbound-only',
    class: 'own-server-aws',
    about: `Genuine: the same lab's Odoo ERP on another Elastic IP sends purchase orders itself (erp.${BW}, A record, reverse DNS set), unsigned, "ip4:${BW_ERP.ip}" in SPF beside Google Workspace's include (people's mailboxes are at Google). Not an MX, but no CNAME: the name reaches its address inside the firm. Gmail. Wanted: authenticated.`,
    eml: await deliver(
      {
        from: `Brightwater Labs Purchasing <purchasing@${BW}>`,
        envelope: `purchasing@${BW}`,
        relay: BW_ERP,
        policy: 'REJECT',
        subject: 'Brightwater Labs Purchase Order (Ref P00418)',
        body: 'Dear supplier,\r\n\r\nplease find attached our purchase order P00418.\r\nDo not hesitate to contact us if you have any questions.\r\n\r\nBrightwater Labs\r\n',
        messageId: `<159i.1732096801.417.purchase.order_418-openerp-418-purchase.order@erp.${BW}>`,
        inside: [],
      },
      'gmail',
      'i',
    ),
    args: argsFor('gmail'),
    expect: PASSES,
  });

  // ==== 4. Hetzner and OVH ====
  emit({
    name: 'realworld159-box-hetzner-postfix-scanner-relay',
    class: 'own-server-hetzner',
    about: `Genuine: a surveyors' office scanner (Konica Minolta) logs in to the firm's Postfix on a Hetzner Cloud server (mx.${CM}, A record, PTR set in Hetzner's console; the sole MX) and sends a scan, unsigned (no OpenDKIM set up), "a mx" SPF, p=quarantine. Wanted: authenticated.`,
    eml: await deliver(
      {
        from: `Scanner Corriemoor <scanner@${CM}>`,
        envelope: `scanner@${CM}`,
        relay: CM_MAIL,
        policy: 'QUARANTINE',
        subject: 'Message from KM_C300i',
        body: 'Scanned document attached (site plan, 3 pages).\r\n',
        messageId: `<159j.KM_C300i.20261120100001@mx.${CM}>`,
        inside: [postfixSubmit(`mx.${CM}`, 'KMC300I', '203.0.113.45', '4Zc159J1y')],
      },
      'box',
      'j',
    ),
    args: argsFor('box'),
    expect: PASSES,
  });
  emit({
    name: 'realworld159-gmail-hetzner-postfix-person-reply',
    class: 'own-server-hetzner',
    about: `Genuine: a surveyor's reply from the same Hetzner Postfix (Thunderbird over submission from the office), unsigned. Gmail. Wanted: authenticated.`,
    eml: await deliver(
      {
        from: `Alasdair Crane <alasdair@${CM}>`,
        envelope: `alasdair@${CM}`,
        relay: CM_MAIL,
        policy: 'QUARANTINE',
        subject: 'Re: Boundary survey, Hollins Farm',
        body: 'Hi Robin,\r\n\r\nTuesday 9:00 on site suits us. We will bring the drone.\r\n\r\nAlasdair\r\n',
        messageId: `<159k.c2f1@${CM}>`,
        inside: [postfixSubmit(`mx.${CM}`, '[192.168.1.23]', '203.0.113.45', '4Zc159K1y')],
      },
      'gmail',
      'k',
    ),
    args: argsFor('gmail'),
    expect: PASSES,
  });
  emit({
    name: 'realworld159-outlook-ovh-vps-outbound-relay-mx-elsewhere',
    class: 'own-server-ovh',
    about: `Genuine: a freight forwarder's mailboxes sit on OVH's hosted mail (MX mx1/mx2.mail.ovh.net) but its booking system sends through the firm's own Postfix on an OVH VPS (smtp.${DL}, A record, reverse set in OVH's panel), "ip4:${DL_OVH.ip} -all" only, unsigned. Outlook. Wanted: authenticated (no CNAME: the name reaches its address inside the firm).`,
    eml: await deliver(
      {
        from: `Dunlin Freight Bookings <bookings@${DL}>`,
        envelope: `bookings@${DL}`,
        relay: DL_OVH,
        policy: 'QUARANTINE',
        subject: 'Booking DF-88213 confirmed: collection Mon 23 Nov',
        body: 'Booking DF-88213 is confirmed. Collection Monday 23 November, 08:00-12:00.\r\nTrack it on our website with your booking number.\r\n\r\nDunlin Freight\r\n',
        messageId: `<159l.df88213@smtp.${DL}>`,
        inside: [postfixSubmit(`smtp.${DL}`, 'booking-app', '10.8.0.12', '4Zd159L1z')],
      },
      'outlook',
      'l',
    ),
    args: argsFor('outlook'),
    expect: PASSES,
  });

  // ==== 5. Equal-preference pair on Azure ====
  emit({
    name: 'realworld159-box-azure-exchange-equal-preference-pair',
    class: 'own-server-azure',
    about: `Genuine, honest "suspicious": a parish council's two Exchange VMs on Azure, both MX 10 (mx1/mx2.${EV}, each a CNAME to its label), SPF "mx", unsigned, sent from mx2. One of two equal MX hosts could dangle with mail still arriving through the other, so the name proves little (README, red-team round 119): suspicious (hosted-server-relay), never spoofed. Setting up DKIM, or --trust-gateway, fixes it.`,
    eml: await deliver(
      {
        from: `Evenlode Parish Council <clerk@${EV}>`,
        envelope: `clerk@${EV}`,
        relay: EV_EX2,
        policy: 'QUARANTINE',
        subject: 'Agenda: full council meeting, 2 December',
        body: 'Dear Councillor,\r\n\r\nthe agenda for the full council meeting on 2 December is on the website.\r\n\r\nThe Clerk\r\n',
        messageId: `<159m.agenda@EX2.evenlode.local>`,
        inside: exchangeHops('EX2', 'evenlode.local', '10.40.0.5', '15.2.1544.11'),
      },
      'box',
      'm',
    ),
    args: argsFor('box'),
    expect: HONEST_SUSPICIOUS,
  });
}

// PENDING (read against the worktree's lib/ at the start of round 159):
// - realworld159-{box,outlook}-azure-exchange2016-lob-relay-ip4-pinned (+ outlook -no-options):
//   read suspicious (authenticated-with-concerns: hosted-server-relay medium, "Microsoft Azure").
//   lib/findings/hosted-server.ts ownServerEvidence: unsigned, the confirmed name relay.<firm> is a
//   CNAME out of the firm (reachedInside false) and no MX (namedMailExchanger null), so the own
//   server is not counted. But SPF passed on the term `ip4:<the address>/32` in the From domain's
//   own record: the dangling-CNAME take-over the rule guards against gives the attacker a NEW
//   address behind the re-claimed label, which such a term does not pass (compare the `a:` twin,
//   which rightly stays not trusted). Holding that exact address needs what the accepted A-record
//   layout needs. Should read authenticated. Fix: in ownServerEvidence, when reachedInside fails,
//   also accept `a.spf.breadth` with kind ip4/ip6, addresses === 1, recordDomain sameOwner the
//   From domain (not via an include), and a.spf.mechanism holding o.ip; cite the term as evidence.
//   The docstring's BreakSPF objection (a shared-hosting /32 passes every customer on that server)
//   does not apply: the forward-confirmed PTR inside the firm is still required, and a shared
//   host's PTR names the host, not each customer.
// Fixed at 12:00 (lib/findings/hosted-server.ts ownServerEvidence: unsigned, a name whose CNAME
// leaves the organisation still counts when the domain's own record names this one address).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
