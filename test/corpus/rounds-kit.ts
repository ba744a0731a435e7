import { type CaseExpectation, signCorpus } from '../helpers/corpus';
import { appendHeaders, tagSubject } from './edits';
import {
  ARGS,
  ATTACKER_IP,
  attackerMail,
  authenticZone,
  BANK,
  BANK_FROM,
  BANK_IP,
  BANK_KEY,
  type CorpusCase,
  emitCase,
  fromAttacker,
  KEY,
  NOT_SUSPICIOUS,
  NOT_TRUSTED,
  type Probe,
  ptr,
  RECEIVER,
  type Relay,
  SIGNED_NO_REPLY_TO,
  senderZone,
  signAll,
} from './kit';
import { keyZone, sealCorpus } from './list-shapes';
import { M365_SPF_ZONE } from './m365-shapes';
import type { CaseWriter } from './make';
import { onTop, received, submitted } from './messages';
import { eopDelivery, eopPass, exchangeInternal } from './receivers';
/** The bank's envelope, its own server as a relay, and the attacker's server as one. */
export const BANK_ENVELOPE = 'security@northbank.example';
export const BANK_RELAY: Relay = {
  helo: 'mail.northbank.example',
  rdns: 'mail.northbank.example',
  ip: BANK_IP,
};
export const ATTACKER_RELAY: Relay = {
  helo: 'mail.attacker.example',
  rdns: 'mail.attacker.example',
  ip: ATTACKER_IP,
};
export const STATEMENT_SUBJECT = 'Your November statement: payment could not be collected';

/** The bank's notice as the attacker writes it: the bank's From, unsigned, the attacker's link. */
export const bankNotice = (to: string) =>
  submitted({
    from: BANK_FROM,
    to,
    subject: STATEMENT_SUBJECT,
    date: 'Fri, 20 Nov 2026 09:58:00 +0000',
    messageId: '<stmt-20261120-88412@northbank.example>',
    body: 'Dear customer,\r\n\r\nyour November direct debit could not be collected. To avoid a late fee, update your card today:\r\nhttps://northbank-secure.example/update\r\n\r\nNorthbank Customer Security\r\n',
  });

/** The reader's organisation (the domain of its own receiver, mx.reader.example). */
export const READER_DOMAIN = 'reader.example';

/** The reader's self-hosted box (Postfix + Dovecot on mx.reader.example, 203.0.113.25), signing with OpenDKIM. */
export const readerZone = (policy: string) => ({
  ...ptr('203.0.113.25', RECEIVER),
  [READER_DOMAIN]: { TXT: ['v=spf1 ip4:203.0.113.25 -all'] },
  [`dkim._domainkey.${READER_DOMAIN}`]: KEY(),
  [`_dmarc.${READER_DOMAIN}`]: { TXT: [`v=DMARC1; ${policy}`] },
});

/** Harbourline, one Exchange Online organisation: its domain, tenant id (X-MS-Exchange-CrossTenant-Id) and DNS. */
export const HL = 'harbourline.example';
export const HL_TENANT = '5b2f1e4a-9c3d-4e8b-a7f6-2d1c0b9e8a73';
export const HL_ZONE = {
  ...M365_SPF_ZONE,
  [HL]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [`_dmarc.${HL}`]: { TXT: ['v=DMARC1; p=reject'] },
};
/** The employee's mailbox server at Harbourline: it received the original and submits the report. */
export const DANA_MBX = 'PH7PR11MB8600';
export const DANA_SERVER = `${DANA_MBX}.namprd11.prod.outlook.com`;
/** Its link-local address with the zone index Exchange writes in the MAPI hop's by clause. */
export const DANA_LINK_LOCAL = 'fe80::8d2c:61f4:3b9a:e705%4';

/**
 * The report as Harbourline's reporting mailbox gets it from the employee (Return-Path `from`):
 * submitted over MAPI on her mailbox server and delivered over HTTPS, never through EOP
 * (receivers.ts exchangeInternal).
 */
export const exoInternal = (report: string, from: string, date: string) =>
  exchangeInternal(report, {
    mailbox: DANA_SERVER,
    mailboxIp: '2603:10b6:510:1d5::12',
    linkLocal: DANA_LINK_LOCAL,
    server: 'SA1PR11MB6734.namprd11.prod.outlook.com',
    date,
    fromDomain: HL,
    tenant: HL_TENANT,
    returnPath: from,
  });

/**
 * The forged original a form at Harbourline relays: the bank's notice to `rcpt` as the tenant would
 * have delivered it (EOP's results above its frontend's entry line from 192.0.2.10, spf=pass,
 * dmarc=pass, compauth=pass; the organisation rows at the bottom).
 */
export function forgedHarbourlineDelivery(rcpt: string): string {
  return eopDelivery(bankNotice(`Jordan Mills <${rcpt}>`), {
    ...eopPass(BANK_RELAY, 'northbank.example'),
    returnPath: BANK_ENVELOPE,
    bottom: [`X-MS-Exchange-CrossTenant-Id: ${HL_TENANT}`, 'X-MS-Exchange-Organization-SCL: 1'],
  });
}

/**
 * A red-team round's `make`: every probe `makeAll` writes but the pending ones (those HeaderLens
 * still reads wrong; each round's PENDING_ENGINE_FIX says why).
 */
export async function probeCorpus(
  makeAll: (write: CaseWriter) => Promise<void>,
  pending: ReadonlySet<string>,
  write: CaseWriter,
): Promise<void> {
  await makeAll((name, c) => {
    if (!pending.has(name)) write(name, c);
  });
}

/** The bank's notice as the reader's own Postfix box "delivered" it: every line the attacker's. */
export function forgedBoxDelivery(rcpt: string): string {
  const date = 'Fri, 20 Nov 2026 09:58:04 +0000';
  return onTop(
    bankNotice(rcpt),
    `Return-Path: <${BANK_ENVELOPE}>`,
    `Delivered-To: ${rcpt}`,
    `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid mC4nEe1vPWf0cQAAq2Xb7g\r\n\t(envelope-from <${BANK_ENVELOPE}>)\r\n\tfor <${rcpt}>; ${date}`,
    `Authentication-Results: ${RECEIVER};\r\n\tdkim=none;\r\n\tspf=pass (${RECEIVER}: domain of ${BANK_ENVELOPE} designates ${BANK_IP} as permitted sender) smtp.mailfrom=${BANK_ENVELOPE};\r\n\tdmarc=pass (policy=reject) header.from=northbank.example`,
    received({ ...BANK_RELAY, by: RECEIVER, id: '4ZqB7n1Xk3z2vWc', for: rcpt, date }),
  );
}

/** SPF of SendGrid's bounce domains (its outbound ranges). */
export const SENDGRID_SPF = 'v=spf1 ip4:167.89.0.0/17 ip4:149.72.0.0/16 -all';

/** The signatures on a customer's mail through SendGrid: its own (`selector`), SendGrid's (smtpapi) on top. */
export const sendgridSigners = (domain: string, selector = 's1'): Array<[string, string]> => [
  [domain, selector],
  ['sendgrid.info', 'smtpapi'],
];

/**
 * DNS of a customer sending through SendGrid's host `relay`: its key and SendGrid's, DMARC at
 * p=reject, SPF including SendGrid, and SendGrid's SPF for the bounce host `bounceHost`.
 */
export const sendgridZone = (relay: Relay, domain: string, bounceHost: string, selector = 's1') =>
  senderZone(
    relay,
    sendgridSigners(domain, selector),
    { [domain]: 'v=DMARC1; p=reject' },
    { [domain]: 'v=spf1 include:sendgrid.net -all', [bounceHost]: SENDGRID_SPF },
  );

/** A gateway's Subject tag, the case that carries it, and what its `about` says of the tag. */
export interface GatewayTag {
  name: string;
  tag: string;
  about: string;
}

/**
 * One case per tag: a publisher's notice through SendGrid (`notice(n)`, signed), tagged by a
 * university's Mimecast after its checks and delivered by `deliver` (its Exchange 2019), read with
 * no options; `layouts` names the rounds whose layouts these are. Genuine: never a warning.
 */
export async function emitGatewayTags(
  write: CaseWriter,
  tags: GatewayTag[],
  o: {
    notice: (n: number) => Promise<string>;
    deliver: (raw: string) => string;
    zone: Record<string, unknown>;
    layouts: string;
  },
): Promise<void> {
  let n = 0;
  for (const t of tags) {
    emitCase(write, {
      name: t.name,
      about: `A publisher’s proof notice (its aligned DKIM and SendGrid’s, SendGrid’s bounce domain: SPF unaligned, p=reject) tagged by the university’s Mimecast after its checks, then its Exchange 2019, read with no options. ${t.about}. Mimecast and Exchange layouts as ${o.layouts}`,
      class: 'gateway-tag',
      args: [],
      eml: o.deliver(tagSubject(await o.notice(n++), t.tag)),
      zone: o.zone,
      expect: NOT_SUSPICIOUS,
    });
  }
}

/** A SendGrid outbound host (o1678912.outbound-mail.sendgrid.net), as several rounds' senders use it. */
export const SENDGRID_OUT: Relay = {
  helo: 'o1678912.outbound-mail.sendgrid.net',
  rdns: 'o1678912.outbound-mail.sendgrid.net',
  ip: '167.89.12.34',
};

/**
 * An organisation `org` on its own Postfix/Dovecot box (`mail.<org>` at `boxIp`, signing with the
 * corpus key as `dkim`, p=quarantine) and a supplier (`supplierDomain`, SPF-only from `supplier`,
 * p=none) whose invoice the box received.
 */
export const boxOrgZone = (org: string, boxIp: string, supplier: Relay, supplierDomain: string) => ({
  ...ptr(boxIp, `mail.${org}`),
  ...ptr(supplier.ip, supplier.rdns),
  [org]: { TXT: [`v=spf1 mx ip4:${boxIp} -all`] },
  [`dkim._domainkey.${org}`]: KEY(),
  [`_dmarc.${org}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [supplierDomain]: { TXT: [`v=spf1 ip4:${supplier.ip} -all`] },
  [`_dmarc.${supplierDomain}`]: { TXT: ['v=DMARC1; p=none'] },
});

/** Harbourline's website mailbox server (website@), which a form app's Graph sendMail submits through. */
export const WEB_MBX = 'SA1PR11MB7425';

/**
 * A form's mail as Harbourline's phish@ gets it from website@: Graph's sendMail submits in the
 * mailbox (the mapi hop, as any Outlook client's), then HTTPS delivery; EOP's id-less results for
 * internal mail at the bottom (receivers.ts exchangeInternal).
 */
export const fromWebsiteMailbox = (form: string, date: string) =>
  exchangeInternal(form, {
    mailbox: `${WEB_MBX}.namprd11.prod.outlook.com`,
    mailboxIp: '2603:10b6:806:3a1::9',
    linkLocal: 'fe80::5b7e:2c19:d4a8:9f31%6',
    server: 'SA1PR11MB6734.namprd11.prod.outlook.com',
    date,
    fromDomain: HL,
    tenant: HL_TENANT,
    returnPath: `website@${HL}`,
  });

// =============================================================================================
// Red-team rounds (probe21–probe23): the bank's lure, the reader's MX, list dress, the case writer
// =============================================================================================

/** The reader's own MX (lib/engine/origin-walk.ts innerHosts asks whether a line's host is one). */
export const READER_MX = { [READER_DOMAIN]: { MX: [{ priority: 10, exchange: RECEIVER }] } };

/** The rounds' DNS: the bank (SPF, DMARC, its key), the attacker's authentic domain, the reader's MX. */
export const PROBE_ZONE = {
  ...BANK,
  ...BANK_KEY,
  ...authenticZone('attacker.example', ATTACKER_IP),
  ...READER_MX,
};

/** A probe with its message and, where it is not the round's, its DNS. */
export type ProbeCase = Probe & { eml: string; zone?: Record<string, unknown> };

/** A round's case writer: `zone` unless the case has its own, the reader's box's options unless it says. */
export const probeEmitter =
  (zone: Record<string, unknown>) =>
  (write: CaseWriter, c: ProbeCase): void => {
    write(c.name, {
      eml: c.eml,
      zone: c.zone ?? zone,
      meta: { about: c.about, class: c.class, args: c.args ?? ARGS, expect: c.expect },
    });
  };

/** The bank's sign-in lure as the attacker writes it: unsigned, the bank's From. */
export const signInLure = () =>
  submitted({
    from: BANK_FROM,
    subject: 'Unusual sign-in: confirm your card',
    body: 'We blocked a payment. Confirm your card at https://northbank-secure.example/confirm\r\n',
  });

/** The line the attacker writes under the entry: the bank's own server handing to `by`. */
export const forgedBankHop = (helo = 'mail.northbank.example', by = RECEIVER) =>
  received({
    helo,
    rdns: 'mail.northbank.example',
    ip: BANK_IP,
    by,
    id: '4Zz0Aa1Bbcz1abc',
    date: 'Fri, 20 Nov 2026 10:00:03 +0000',
  });

/** The bank's genuine notice of 20 November (`serial` ends its Message-ID), signed with Reply-To out of h=. */
export const statementReady = (serial: string) =>
  signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      subject: 'Your statement is ready',
      messageId: `<stmt-20261120-${serial}@northbank.example>`,
      body: 'Your November statement is ready in online banking.\r\n',
    }),
    { domain: 'northbank.example', selector: 'nb1', headerList: SIGNED_NO_REPLY_TO },
  );

/** The bank's genuine September notice, signed (t=) on 1 October 2026 and dated so; `headerList` signed if given. */
export const oldStatement = (headerList?: string[]) =>
  signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      subject: 'Your statement is ready',
      date: 'Thu, 01 Oct 2026 09:00:00 +0000',
      messageId: '<stmt-20261001-61204@northbank.example>',
      body: 'Your September statement is ready in online banking.\r\n',
    }),
    {
      domain: 'northbank.example',
      selector: 'nb1',
      signTime: new Date('2026-10-01T09:00:00Z'),
      ...(headerList ? { headerList } : {}),
    },
  );

/** The first part of the bank's statement mail: a line of plain text. */
export const STATEMENT_PLAIN = [
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Your November statement is attached.',
];

/** The header of the bank's notice of 20 November (`serial` ends its Message-ID), its body `contentType`. */
const statementHead = (serial: string, contentType: string) => [
  'From: Northbank <alerts@northbank.example>',
  'To: Robin Reader <robin@reader.example>',
  'Subject: Your statement is ready',
  'Date: Fri, 20 Nov 2026 10:00:00 +0000',
  `Message-ID: <stmt-20261120-${serial}@northbank.example>`,
  'MIME-Version: 1.0',
  `Content-Type: ${contentType}`,
];

/**
 * The bank's genuine notice of 20 November with its statement PDF attached (multipart/mixed with
 * `boundary`, `first` its first part, `serial` ending its Message-ID), signed over Content-Type.
 */
export const statementWithPdf = (boundary: string, serial: string, first = STATEMENT_PLAIN) =>
  signCorpus(
    [
      ...statementHead(serial, `multipart/mixed; boundary="${boundary}"`),
      '',
      `--${boundary}`,
      ...first,
      '',
      `--${boundary}`,
      'Content-Type: application/pdf; name="statement-2026-11.pdf"',
      'Content-Disposition: attachment; filename="statement-2026-11.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      'JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8PC9S',
      'b290IDEgMCBSPj4KJSVFT0YK',
      '',
      `--${boundary}--`,
      '',
    ].join('\r\n'),
    { domain: 'northbank.example', selector: 'nb1' },
  );

/** The list fields an attacker dresses a replay in (its own list host, the bank's name). */
export const LIST_DRESS = [
  'List-Id: Northbank customers <customers.lists.attacker.example>',
  'List-Post: <mailto:customers@lists.attacker.example>',
  'List-Unsubscribe: <mailto:customers-leave@lists.attacker.example>',
];
/** `raw` delivered from the attacker's server as its list's post. */
export const viaAttackerList = (raw: string, dress = LIST_DRESS) =>
  onTop(
    raw,
    'Return-Path: <customers-bounces@lists.attacker.example>',
    fromAttacker('attacker.example'),
    ...dress,
  );
/** `raw` delivered from the attacker's server, `extra` fields on top. */
export const fromAttackerDirect = (raw: string, ...extra: string[]) =>
  onTop(raw, 'Return-Path: <bounce@attacker.example>', fromAttacker('attacker.example'), ...extra);
/** The attacker's list footer. */
export const ATTACKER_FOOTER = '-- \r\nCustomers list: https://lists.attacker.example/customers\r\n';

// =============================================================================================
// Multi-tier receivers (realworld23, realworld25): senders, expectations, Postfix and Exchange lines
// =============================================================================================

/** SPF-only mail whose real client the receiver's chain shows: SPF passes there, so DMARC does. */
export const spfPass = (ip: string): CaseExpectation => ({
  verdict: 'authenticated',
  fields: { 'origin.ip': ip, 'spf.result': 'pass', 'dmarc.result': 'pass' },
});
/** Signed mail: the sender's aligned signature decides, whatever the chain shows. */
export const DKIM_PASS: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };

export interface Sender {
  relay: Relay;
  envelope: string;
  raw: string;
  zone: Record<string, unknown>;
}

/** The submission time of the rounds' senders. */
const SENT = 'Fri, 20 Nov 2026 09:59:58 +0100';

/** A sender that signs nothing and authenticates by SPF alone (its own server in ip4:, p=reject). */
export function spfOnly(o: {
  relay: Relay;
  from: string;
  envelope: string;
  to: string;
  subject: string;
  body?: string;
}): Sender {
  const domain = o.envelope.slice(o.envelope.indexOf('@') + 1);
  return {
    relay: o.relay,
    envelope: o.envelope,
    raw: submitted({
      from: o.from,
      to: o.to,
      subject: o.subject,
      date: SENT,
      ...(o.body ? { body: o.body } : {}),
    }),
    zone: {
      ...ptr(o.relay.ip, o.relay.rdns),
      [domain]: { TXT: [`v=spf1 ip4:${o.relay.ip} -all`] },
      [`_dmarc.${domain}`]: { TXT: [`v=DMARC1; p=reject; rua=mailto:dmarc@${domain}`] },
    },
  };
}

/** A sender that signs with its own domain (selector s1) from a bulk host with an unaligned bounce domain. */
export async function signedSender(o: {
  relay: Relay;
  domain: string;
  from: string;
  envelope: string;
  to: string;
  subject: string;
}): Promise<Sender> {
  const envDomain = o.envelope.slice(o.envelope.indexOf('@') + 1);
  return {
    relay: o.relay,
    envelope: o.envelope,
    raw: await signAll(submitted({ from: o.from, to: o.to, subject: o.subject, date: SENT }), [
      [o.domain, 's1'],
    ]),
    zone: senderZone(
      o.relay,
      [[o.domain, 's1']],
      { [o.domain]: 'v=DMARC1; p=quarantine' },
      { [envDomain]: `v=spf1 ip4:${o.relay.ip} -all` },
    ),
  };
}

/** The rounds' receiving minute, less its last second digit: `${TEN_O}7 +0100` is 10:00:07. */
export const TEN_O = 'Fri, 20 Nov 2026 10:00:0';

/** Postfix's entry line for an outside client. */
export const postfixEntry = (r: Relay, by: string, id: string, rcpt: string, date: string) =>
  `Received: from ${r.helo} (${r.rdns} [${r.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${by} (Postfix) with ESMTPS id ${id}\r\n\tfor <${rcpt}>; ${date}`;

/** An on-premises Exchange 2016/2019 line. */
export function exchangeLine(o: {
  helo: string;
  ip: string;
  by: string;
  byIp: string;
  via?: 'Frontend Transport' | 'Mailbox Transport';
  date: string;
}): string {
  const via = o.via ? ` via\r\n ${o.via}` : '';
  return `Received: from ${o.helo} (${o.ip}) by\r\n ${o.by} (${o.byIp}) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14${via}; ${o.date}`;
}

/** The organisation rows on-premises Exchange writes at the bottom of the header block. */
export function exchangeBottom(raw: string, rows: string[]): string {
  const at = raw.indexOf('\r\n\r\n');
  return `${raw.slice(0, at)}\r\n${rows.join('\r\n')}${raw.slice(at)}`;
}

/** Those rows for anonymous mail from outside: the envelope and where it was authenticated. */
export const exoRows = (envelope: string, authSource: string) => [
  `Return-Path: ${envelope}`,
  `X-MS-Exchange-Organization-AuthSource: ${authSource}`,
  'X-MS-Exchange-Organization-AuthAs: Anonymous',
];

/** Mailbox server hop plus the gateway's delivery into it: the two lines every Exchange case tops with. */
export function exchangeTop(o: { gwHelo: string; gwIp: string; hub: string; hubIp: string }): string[] {
  return [
    exchangeLine({
      helo: o.hub,
      ip: o.hubIp,
      by: o.hub,
      byIp: o.hubIp,
      via: 'Mailbox Transport',
      date: `${TEN_O}8 +0100`,
    }),
    exchangeLine({
      helo: o.gwHelo,
      ip: o.gwIp,
      by: o.hub,
      byIp: o.hubIp,
      via: 'Frontend Transport',
      date: `${TEN_O}7 +0100`,
    }),
  ];
}

/**
 * An Exchange Edge (`edgeHelo` at `edgeIp`, its internet connector named `site`) in front of the
 * Mailbox server `mbx` (`mbxIp`): Mailbox Transport, the Edge's delivery into it, the Edge's entry
 * line for the sender's relay `r`.
 */
export const edgeTiers = (
  r: Relay,
  o: { mbx: string; mbxIp: string; edgeHelo: string; edgeIp: string; site: string },
) => [
  exchangeLine({
    helo: o.mbx,
    ip: o.mbxIp,
    by: o.mbx,
    byIp: o.mbxIp,
    via: 'Mailbox Transport',
    date: `${TEN_O}8 +0100`,
  }),
  exchangeLine({ helo: o.edgeHelo, ip: o.edgeIp, by: o.mbx, byIp: o.mbxIp, date: `${TEN_O}7 +0100` }),
  exchangeLine({ helo: r.helo, ip: r.ip, by: o.site, byIp: o.edgeIp, date: `${TEN_O}5 +0100` }),
];

/** A gateway's delivery into Exchange: `s`'s message under `tiers`' two lines and `below`, the organisation rows at the bottom. */
export const behindExchange = (
  s: Sender,
  tiers: { gwHelo: string; gwIp: string; hub: string; hubIp: string },
  ...below: string[]
) => exchangeBottom(onTop(s.raw, ...exchangeTop(tiers), ...below), exoRows(s.envelope, tiers.hub));

/** Writes a case of mail from `s`, in its DNS; SPF pass at its server unless `expect` says otherwise. */
export function emitSender(
  write: CaseWriter,
  s: Sender,
  c: Omit<CorpusCase, 'zone' | 'expect'> & { expect?: CaseExpectation },
): void {
  emitCase(write, { ...c, zone: s.zone, expect: c.expect ?? spfPass(s.relay.ip) });
}

// =============================================================================================
// List rounds (realworld24, realworld26): the list's host, its author, their DNS
// =============================================================================================

/** A list's change undone: unverified, the list named. */
export const LISTED: CaseExpectation = { verdict: 'unverified', findings: ['list-modified'] };

export const LIST_HOST = 'lists.example.org';
export const LIST_IP = '192.0.2.80';
/** The author's domain (Alice Martin). */
export const LIST_AUTHOR = 'quarkfield.example';

/** The list server's delivery to the reader's box. */
export const fromListHost = (id: string, date?: string) =>
  received({
    helo: `mail.${LIST_HOST}`,
    rdns: `mail.${LIST_HOST}`,
    ip: LIST_IP,
    by: RECEIVER,
    id,
    ...(date ? { date } : {}),
  });

export const LIST_ZONE = {
  ...ptr(LIST_IP, `mail.${LIST_HOST}`),
  [LIST_HOST]: { TXT: [`v=spf1 ip4:${LIST_IP} -all`] },
  [`_dmarc.${LIST_HOST}`]: { TXT: ['v=DMARC1; p=none'] },
};

/** An author's domain: its own server in SPF, the corpus key as `selector`, DMARC `policy`. */
export const authorZone = (domain: string, policy: string, selector = 's1') => ({
  ...keyZone([`${selector}._domainkey.${domain}`]),
  [domain]: { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
  [`_dmarc.${domain}`]: { TXT: [`v=DMARC1; ${policy}`] },
});

/** Alice's post to a list (its Message-ID made of the subject's and the To's lengths). */
export const listPost = (
  subject: string,
  to: string,
  body: string,
  date = 'Fri, 20 Nov 2026 09:58:00 +0000',
) =>
  submitted({
    from: `Alice Martin <alice@${LIST_AUTHOR}>`,
    to,
    subject,
    date,
    messageId: `<${subject.length}.${to.length}.alice@${LIST_AUTHOR}>`,
    body,
  });

/**
 * A Google Groups post from a p=none author (Sam at trailhead.example, no From rewrite) to hikers@:
 * the owner's subject `tag`, Google's footer naming the group `title`, one group field (`field`:
 * Reply-To or Sender the group), googlegroups.com's signature, ARC by google.com recording the
 * author's pass; delivered from Google's server (queue `id`), with its DNS (layout as lists.ts
 * list-google-groups-rewrite). `messageId` names the post.
 */
export async function googleGroupsPost(o: {
  messageId: string;
  tag: string;
  title: string;
  field: string;
  id: string;
}): Promise<{ eml: string; zone: Record<string, unknown> }> {
  const author = 'trailhead.example';
  const signed = await signCorpus(
    submitted({
      from: `Sam Okafor <sam@${author}>`,
      to: 'hikers@googlegroups.com',
      subject: 'Saturday walk moved to 10:00',
      date: 'Fri, 20 Nov 2026 09:58:00 +0000',
      messageId: `<${o.messageId}.2026.11.20@${author}>`,
      body: 'Meet at the station car park.\r\n\r\nSam\r\n',
    }),
    { domain: author, selector: 's1' },
  );
  const grouped = appendHeaders(
    `${tagSubject(signed, o.tag)}\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "${o.title}" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to hikers+unsubscribe@googlegroups.com.\r\n`,
    o.field,
    'X-Original-Sender: sam@trailhead.example',
    'Precedence: list',
    'Mailing-list: list hikers@googlegroups.com; contact hikers+owners@googlegroups.com',
    'List-ID: <hikers.googlegroups.com>',
    'List-Post: <https://groups.google.com/group/hikers/post>, <mailto:hikers@googlegroups.com>',
    'List-Unsubscribe: <mailto:googlegroups-manage+4471+unsubscribe@googlegroups.com>',
  );
  const groupAr = `gmr-mx.google.com; dkim=pass header.i=@${author} header.s=s1; spf=pass (google.com: domain of sam@${author} designates 198.51.100.20 as permitted sender) smtp.mailfrom=sam@${author}; dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=${author}`;
  const sealed = await sealCorpus(
    await signCorpus(grouped, { domain: 'googlegroups.com', selector: '20230601' }),
    { domain: 'google.com', selector: 'arc-20240605', cv: 'none', authResults: groupAr },
  );
  return {
    eml: onTop(
      sealed,
      'Return-Path: <hikers+bncBDL3ZMA5BYIFBBNENVTCAMGQEAB4471@googlegroups.com>',
      received({
        helo: 'mail-qt1-x83f.google.com',
        rdns: 'mail-qt1-x83f.google.com',
        ip: '209.85.160.63',
        by: RECEIVER,
        id: o.id,
      }),
    ),
    zone: {
      ...authorZone(author, 'p=none'),
      ...keyZone(['arc-20240605._domainkey.google.com', '20230601._domainkey.googlegroups.com']),
      'googlegroups.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
    },
  };
}

// =============================================================================================
// Rounds probe24–probe26: the rented cloud server, the bank's HTML notice, homograph lists
// =============================================================================================

/** A rented server on Amazon's network (AS14618, us-east-1, in the bundled data). */
export const CLOUD_V4 = '3.80.1.2';

/** Suspicious, the hosted finding naming Amazon: a bank notice replayed from the rented server. */
export const HOSTED_REPLAY_AWS = {
  verdict: 'suspicious',
  findings: ['hosted-server-relay'],
  fields: { 'dmarc.result': 'pass', 'origin.hosting.provider': 'Amazon Web Services' },
};

/** The receiver's (Postfix) line for the rented server at `ip`, in the form its stack recorded. */
export const cloudEntry = (ip: string, helo = 'ec2-3-80-1-2.compute-1.amazonaws.com', rdns?: string) =>
  received({ helo, rdns, ip, by: RECEIVER });

/** `raw` delivered by `line`, its envelope `envelope`. */
export const cloudReplay = (raw: string, line: string, envelope = 'bounce@attacker.example') =>
  onTop(raw, `Return-Path: <${envelope}>`, line);

/** The lure an HTML "footer" shows over the bank's notice. */
export const CARD_LURE_HTML =
  'Northbank: your card is blocked. Confirm it at <a href="https://northbank-secure.example/confirm">online banking</a>.';

/** The bank's genuine text/html notice of 20 November (`serial` ends its Message-ID), signed with Reply-To out of h=. */
export const statementHtml = (serial: string) =>
  signCorpus(
    [
      ...statementHead(serial, 'text/html; charset=utf-8'),
      '',
      '<html><body>',
      '<p>Your November statement is ready in online banking.</p>',
      '</body></html>',
      '',
    ].join('\r\n'),
    { domain: 'northbank.example', selector: 'nb1', headerList: SIGNED_NO_REPLY_TO },
  );

/** A homograph (or look-alike display name) probe: From as written, the IDN `domain` it registers. */
export interface Homograph {
  name: string;
  from: string;
  about: string;
  domain?: string;
  expect?: Probe['expect'];
}

/** Writes each of `list` as mail authenticated for the attacker's domain, class `cls`, not trusted unless it says. */
export async function authenticatedHomographs(
  write: CaseWriter,
  cls: string,
  list: readonly Homograph[],
): Promise<void> {
  const { authenticated } = attackerMail(write);
  for (const c of list) {
    await authenticated({
      name: c.name,
      about: c.about,
      class: cls,
      from: c.from,
      domain: c.domain,
      expect: c.expect ?? NOT_TRUSTED,
    });
  }
}
