import { tagSubject } from './edits';
import {
  ATTACKER_IP,
  BANK_FROM,
  BANK_IP,
  emitCase,
  KEY,
  NOT_SUSPICIOUS,
  ptr,
  RECEIVER,
  type Relay,
  senderZone,
} from './kit';
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
