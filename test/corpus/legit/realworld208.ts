// Real-world delivery shapes, two-hundred-and-eighth round: genuine mail after the brand-reading
// changes of red-team rounds 216-218 (a brand of two words read across "and/und/et/og/och/en/y/e/n";
// "BankofAmerica" run together; the organisation after "on behalf of" read for brands). Modelled:
// the brands' own everyday account and security notices from their own domains and ESPs (Bank of
// America through Salesforce Marketing Cloud, Wells Fargo's alerts, PayPal, Amazon through SES,
// Microsoft's account protection, Apple), firms whose names hold brand words or joining words
// ("Marks and Spencer", "Procter & Gamble", "Barnes & Noble", "Wells and Sons", a "Bank and Trust",
// "Pérez y Asociados", "Rossi e Figli", "Jansen en Zonen", "Berg og Sønn", "Martin et Fils"), and
// Microsoft 365's "on behalf of" shapes: a shared mailbox's send on behalf (Sender: the delegate,
// X-MS-Exchange-MessageSentRepresentingType: 2), send as (type 1), Entra B2B invitations from the
// inviting tenant naming firms with joining words, and a Workspace delegate (Sender: the delegate).
// Read in Gmail, Outlook (another tenant's EOP), Yahoo and boxes running rspamd, OpenDKIM and
// amavisd-new, online (zone) and offline (no zone).
// Where the layouts were learnt:
// - Bank of America's alert addresses: `onlinebanking@ealerts.bankofamerica.com`,
//   `onlinebanking_ealerts@bankofamerica.com` (find_string "ealerts.bankofamerica.com", file id
//   53654912933: "both legitimate"), `Bank of America <customerservice@ealerts.bankofamerica.com>`
//   (file id 16064108348), and a Message-ID `<…@xtnvs5mta401.xt.local>` (file id 34139859818:
//   ExactTarget, i.e. Salesforce Marketing Cloud's MTA naming).
// - Bank of America's marketing: `Bank of America <bankofamerica@emcom.bankofamerica.com>`, subject
//   "Checking in, <NAME>, please review your BankAmeriDeals®" (find_string "@emcom.bankofamerica.com",
//   file id 49631333504; 67147529785 for customerservice@emcom…).
// - Mailchimp Transactional (Mandrill) on an unauthenticated domain adds a Sender header, which
//   Outlook draws as "… on behalf of <From>" and Gmail as "via" (search pages:
//   help.mandrill.com/entries/21801641; Intuit's and Campaign Monitor's notes on "on behalf of
//   mcsv.net"). Entra's email one-time passcode "Microsoft on behalf of <tenant>"
//   <msonlineservicesteam@microsoftonline.com>: realworld193.ts (find_string id 58307448301).
// - Wells Fargo: `Wells Fargo <alerts@notify.wellsfargo.com>` (find_string "notify.wellsfargo.com",
//   file ids 67183370530, 13388305349). Chase `no.reply.alerts@chase.com`, PayPal
//   `service@paypal.com` (file ids 55231330251, 13388305349).
// - Send on behalf vs send as: X-MS-Exchange-MessageSentRepresentingType 2 vs 1 (search pages:
//   readke.com/c/741214.html; MS-OXOMSG sent-on-behalf, msdn ff849792), with the header order of
//   public Exchange Online copies as realworld193.ts learnt it (find_string ids 8691741316,
//   24684454621): `Sender:` the delegate above the representing type.
// - Entra B2B invitations from the inviting tenant, "Microsoft Invitations on behalf of <tenant>"
//   <invites@<tenant>.onmicrosoft.com> since December 2025 (lib/findings/brand-freemail.ts's note,
//   learnt in real-mail round 205 from Microsoft Learn "B2B invitation email elements").
// - Exchange Online outbound, EOP's entry and results, Gmail's/Yahoo's rows: the kit (m365-shapes.ts,
//   receivers.ts) and realworld193.ts's outbound. Rspamd's, OpenDKIM's and amavisd-new's rows as the
//   kit's box rounds write them (the amavisd-new `(amavisd-new, port 10024)` hand-off and
//   `X-Virus-Scanned: Debian amavisd-new at …`).
// NOT confirmed: the brands' relay names and addresses (modelled inside their known networks:
// Salesforce Marketing Cloud 13.111.0.0/16, Amazon SES 54.240.0.0/18, Apple 17.0.0.0/8, PayPal
// 173.0.80.0/20, Wells Fargo 159.45.0.0/16, Chase 159.53.0.0/16), their DKIM selectors, SPF records
// (simplified to the relay's range), DMARC policies (modelled p=reject); Gmail delegation's exact
// Sender line; Mandrill's exact Sender value (modelled as its bounce address) and relay names; the
// exact form of the brands' display names beside those cited; whether the real firms' tenants are
// named as modelled (jnj, pgcorp). Not written: a firm whose name read across its "and" spells one of
// Facebook's brand+desk phrases ("Meta and Trust" → 'meta trust'): no real such firm was found. Names and addresses
// are documentation ones except the brands' own domains and the providers' hosts and ranges.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, KEY, legitCorpus, ptr, RECEIVER, type Relay, signAll } from '../kit';
import { keyZone, sealCorpus } from '../list-shapes';
import { M365_SPF_ZONE, senderTenantHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, yahooDelivery } from '../receivers';

const BOX_ARGS = ['--authserv-id', RECEIVER, '--recipient-domain', 'reader.example'];
const GMAIL_ARGS = ['--webmail', 'gmail'];
const OUTLOOK_ARGS = ['--webmail', 'outlook'];
const YAHOO_ARGS = ['--webmail', 'yahoo'];

/** Genuine mail a user should trust. */
const TRUSTED: CaseExpectation = { verdict: ['authenticated', 'unverified'], notVerdict: ['spoofed'] };
/** Genuine, but a brand's name on a domain that is not the brand's: a warning is the honest cost. */
const BRAND_ELSEWHERE: CaseExpectation = {
  verdict: ['authenticated', 'unverified', 'suspicious'],
  notVerdict: ['spoofed'],
};

// ---- Senders ----
interface Sender {
  /** From's display name and address. */
  name: string;
  address: string;
  /** The envelope (Return-Path). */
  envelope: string;
  relay: Relay;
  /** Signers, the From's own first (ESP's last, on top). */
  signers: Array<[string, string]>;
  /** The organisational domains' DMARC policies. */
  dmarc: Record<string, string>;
  /** SPF by domain. */
  spf: Record<string, string>;
}

const senderZone = (s: Sender): Record<string, unknown> => ({
  ...ptr(s.relay.ip, s.relay.rdns),
  ...Object.fromEntries(s.signers.map(([d, sel]) => [`${sel}._domainkey.${d}`, KEY()])),
  ...Object.fromEntries(
    Object.entries(s.dmarc).map(([d, p]) => [`_dmarc.${d}`, { TXT: [`v=DMARC1; p=${p}`] }]),
  ),
  ...Object.fromEntries(Object.entries(s.spf).map(([d, r]) => [d, { TXT: [r] }])),
});

const dom = (a: string) => a.slice(a.indexOf('@') + 1);

const BOFA: Sender = {
  name: 'Bank of America',
  address: 'onlinebanking@ealerts.bankofamerica.com',
  envelope: 'bounce-50_HTML-81726354-1193-7244108-77@bounce.ealerts.bankofamerica.com',
  relay: {
    helo: 'mta401.ealerts.bankofamerica.com',
    rdns: 'mta401.ealerts.bankofamerica.com',
    ip: '13.111.48.201',
  },
  signers: [['ealerts.bankofamerica.com', '200608']],
  dmarc: { 'bankofamerica.com': 'reject' },
  spf: {
    'bounce.ealerts.bankofamerica.com': 'v=spf1 include:cust-spf.exacttarget.com -all',
    'cust-spf.exacttarget.com': 'v=spf1 ip4:13.111.0.0/16 ip4:136.147.128.0/20 -all',
  },
};
const WF: Sender = {
  name: 'Wells Fargo Online',
  address: 'alerts@notify.wellsfargo.com',
  envelope: 'alerts@notify.wellsfargo.com',
  relay: {
    helo: 'mta-out2.notify.wellsfargo.com',
    rdns: 'mta-out2.notify.wellsfargo.com',
    ip: '159.45.132.40',
  },
  signers: [['notify.wellsfargo.com', 'wf2026']],
  dmarc: { 'wellsfargo.com': 'reject' },
  spf: { 'notify.wellsfargo.com': 'v=spf1 ip4:159.45.0.0/16 -all' },
};
const CHASE: Sender = {
  name: 'Chase',
  address: 'no.reply.alerts@chase.com',
  envelope: 'no.reply.alerts@chase.com',
  relay: { helo: 'mail2.chase.com', rdns: 'mail2.chase.com', ip: '159.53.110.12' },
  signers: [['chase.com', 'd4815']],
  dmarc: { 'chase.com': 'reject' },
  spf: { 'chase.com': 'v=spf1 ip4:159.53.0.0/16 -all' },
};
const PAYPAL: Sender = {
  name: 'PayPal',
  address: 'service@paypal.com',
  envelope: 'service@paypal.com',
  relay: { helo: 'mx2.slc.paypal.com', rdns: 'mx2.slc.paypal.com', ip: '173.0.84.225' },
  signers: [['paypal.com', 'pp-dkim1']],
  dmarc: { 'paypal.com': 'reject' },
  spf: { 'paypal.com': 'v=spf1 ip4:173.0.80.0/20 -all' },
};
const SES_OUT: Relay = {
  helo: 'a8-31.smtp-out.amazonses.com',
  rdns: 'a8-31.smtp-out.amazonses.com',
  ip: '54.240.8.31',
};
const AMAZON: Sender = {
  name: 'Amazon.com',
  address: 'account-update@amazon.com',
  envelope: '0100019a3b7c1d2e-5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c-000000@email.amazonses.com',
  relay: SES_OUT,
  signers: [
    ['amazon.com', 'yg4mwqurec7fkhzutopddd3ytuaqrsuc'],
    ['amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono'],
  ],
  dmarc: { 'amazon.com': 'quarantine' },
  spf: { 'email.amazonses.com': 'v=spf1 ip4:54.240.0.0/18 ip4:69.169.224.0/20 -all' },
};
const MSA_OUT: Relay = {
  helo: 'NAM12-MW2-obe.outbound.protection.outlook.com',
  rdns: 'mail-mw2nam12on2101.outbound.protection.outlook.com',
  ip: '40.107.244.101',
};
const MSA: Sender = {
  name: 'Microsoft account team',
  address: 'account-security-noreply@accountprotection.microsoft.com',
  envelope: 'account-security-noreply@accountprotection.microsoft.com',
  relay: MSA_OUT,
  signers: [['accountprotection.microsoft.com', 'selector1']],
  dmarc: { 'microsoft.com': 'reject' },
  spf: { 'accountprotection.microsoft.com': 'v=spf1 include:spf.protection.outlook.com -all' },
};
const APPLE: Sender = {
  name: 'Apple',
  address: 'no_reply@email.apple.com',
  envelope: 'no_reply@email.apple.com',
  relay: {
    helo: 'rn2-txn-msbadger06105.apple.com',
    rdns: 'rn2-txn-msbadger06105.apple.com',
    ip: '17.111.110.118',
  },
  signers: [['email.apple.com', 'email0517']],
  dmarc: { 'apple.com': 'quarantine' },
  spf: { 'email.apple.com': 'v=spf1 ip4:17.0.0.0/8 -all' },
};

/** A firm on its own server with its own key (s1), p=reject or quarantine. */
const firm = (name: string, local: string, domain: string, ip: string, policy = 'reject'): Sender => ({
  name,
  address: `${local}@${domain}`,
  envelope: `${local}@${domain}`,
  relay: { helo: `mail.${domain}`, rdns: `mail.${domain}`, ip },
  signers: [[domain, 's1']],
  dmarc: { [domain]: policy },
  spf: { [domain]: `v=spf1 ip4:${ip} -all` },
});

/** The message as the sender writes it, signed as it signs. */
function mail(s: Sender, o: { to: string; subject: string; body: string; id: string; extra?: string[] }) {
  return signAll(
    submitted({
      from: `${s.name.includes(',') || /[&.()]/.test(s.name) ? `"${s.name}"` : s.name} <${s.address}>`,
      to: o.to,
      subject: o.subject,
      messageId: `<${o.id}>`,
      extraHeaders: o.extra,
      body: o.body,
    }),
    s.signers,
  );
}

// ---- Readers' providers ----
let n = 0;
const toGmail = (raw: string, s: Sender, policy: string) => {
  n += 1;
  const from = dom(s.address);
  const rows = [
    ...s.signers
      .slice()
      .reverse()
      .map(([d, sel]) => `dkim=pass header.i=@${d} header.s=${sel} header.b=Q29ycHVz;`),
    `spf=pass (google.com: domain of ${s.envelope} designates ${s.relay.ip} as permitted sender) smtp.mailfrom=${s.envelope};`,
    `dmarc=pass (p=${policy.toUpperCase()} sp=${policy.toUpperCase()} dis=NONE) header.from=${from}`,
  ];
  return gmailDelivery(raw, {
    relay: s.relay,
    envelope: s.envelope,
    results: rows.join('\r\n       '),
    ids: [`x208csp${n}pxa`, `a208si${n}qtb.${200 + n}`],
    spf: 'pass',
    deliveredTo: true,
  });
};

const toYahoo = (raw: string, s: Sender, policy: string) =>
  yahooDelivery(raw, {
    relay: s.relay,
    envelope: s.envelope,
    results: `${s.signers
      .slice()
      .reverse()
      .map(([d, sel]) => `dkim=pass header.i=@${d} header.s=${sel};`)
      .join(
        '\r\n ',
      )}\r\n spf=pass smtp.mailfrom=${dom(s.envelope)};\r\n dmarc=pass(p=${policy.toUpperCase()}) header.from=${dom(s.address)};`,
  });

const toTenant = (raw: string, s: Sender) =>
  eopDelivery(raw, {
    ...eopPass(
      s.relay,
      dom(s.envelope),
      s.signers.map(([d]) => `dkim=pass (signature was verified)\r\n header.d=${d}`).join(';'),
      dom(s.address),
    ),
    returnPath: s.envelope,
    bottom: [
      'X-MS-Exchange-Organization-SCL: 1',
      'X-MS-Exchange-CrossTenant-Id: 5b2f1e4a-9c3d-4e8b-a7f6-2d1c0b9e8a73',
    ],
  });

/** A box with rspamd: one header, rspamd's layout (dkim, spf with its comment, dmarc with policy). */
const toRspamd = (raw: string, s: Sender, policy: string, id: string) =>
  onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass header.d=${s.signers[0]?.[0]} header.s=${s.signers[0]?.[1]} header.b=Q29ycHVz;\r\n\tspf=pass (${RECEIVER}: domain of "${s.envelope}" designates ${s.relay.ip} as permitted sender) smtp.mailfrom="${s.envelope}";\r\n\tdmarc=pass (policy=${policy}) header.from=${dom(s.address)}`,
    `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id ${id}\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
  );

/** A box with OpenDKIM/OpenDMARC behind amavisd-new (Debian's layout). */
const toAmavis = (raw: string, s: Sender, policy: string, id: string) =>
  onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    'X-Virus-Scanned: Debian amavisd-new at reader.example',
    `Received: from ${RECEIVER} ([127.0.0.1])\r\n\tby localhost (${RECEIVER} [127.0.0.1]) (amavisd-new, port 10024)\r\n\twith ESMTP id w208${id}; Fri, 20 Nov 2026 10:00:06 +0000 (UTC)`,
    `Authentication-Results: ${RECEIVER}; dmarc=pass (p=${policy} dis=none) header.from=${dom(s.address)}`,
    `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${s.signers[0]?.[0]} header.i=@${s.signers[0]?.[0]} header.a=rsa-sha256 header.s=${s.signers[0]?.[1]} header.b=Q29ycHVz`,
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${s.relay.ip}; helo=${s.relay.helo}; envelope-from=${s.envelope}; receiver=<UNKNOWN>`,
    `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id ${id}\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
  );

// ---- Microsoft 365 tenants (send on behalf, send as, B2B invitations) ----
const NAM_V4: Relay = {
  helo: 'NAM11-CO1-obe.outbound.protection.outlook.com',
  rdns: 'mail-co1nam11on2121.outbound.protection.outlook.com',
  ip: '40.107.220.121',
};
const EUR_V4: Relay = {
  helo: 'EUR05-AM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-am6eur05on2072.outbound.protection.outlook.com',
  ip: '40.107.22.72',
};
interface Tenant {
  domain: string;
  om: string;
  policy: string;
}
const selectorOf = (t: Tenant) => `selector1-${t.domain.replace(/\./g, '-')}`;
const tenantZone = (t: Tenant): Record<string, unknown> => ({
  [t.domain]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [`_dmarc.${t.domain}`]: { TXT: [`v=DMARC1; p=${t.policy}`] },
  [`${selectorOf(t)}._domainkey.${t.om}.onmicrosoft.com`]: KEY(),
  [`selector1._domainkey.${t.domain}`]: { CNAME: [`${selectorOf(t)}._domainkey.${t.om}.onmicrosoft.com`] },
});
const MS: Tenant = { domain: 'marksandspencer.example', om: 'marksandspencerex', policy: 'reject' };
const PEREZ: Tenant = { domain: 'perezyasociados.example', om: 'perezyasociados', policy: 'quarantine' };
const WFT: Tenant = { domain: 'wellsfargo.com', om: 'wellsfargo', policy: 'reject' };

const M365_ZONE: Record<string, unknown> = {
  ...M365_SPF_ZONE,
  ...ptr(NAM_V4.ip, NAM_V4.rdns),
  ...ptr(EUR_V4.ip, EUR_V4.rdns),
  ...keyZone(['arcselector10001._domainkey.microsoft.com']),
  'onmicrosoft.com': { TXT: ['v=spf1 -all'] },
  '_dmarc.onmicrosoft.com': { TXT: ['v=DMARC1; p=none'] },
};

/** The header block Exchange Online writes for an Outlook submission. */
function exoMessage(m: {
  from: string;
  to: string;
  subject: string;
  mbx: string;
  id: string;
  extra?: string[];
  representing: 1 | 2;
  body: string;
}): string {
  return [
    `From: ${m.from}`,
    `To: ${m.to}`,
    `Subject: ${m.subject}`,
    `Thread-Topic: ${m.subject}`,
    `Thread-Index: AQHbW208${m.id.slice(0, 12)}==`,
    'Date: Fri, 20 Nov 2026 09:59:58 +0000',
    `Message-ID: <${m.mbx}${m.id}@${m.mbx}.namprd08.prod.outlook.com>`,
    'Accept-Language: en-GB, en-US',
    'Content-Language: en-GB',
    'X-MS-Has-Attach:',
    'X-MS-TNEF-Correlator:',
    ...(m.extra ?? []),
    `x-ms-exchange-messagesentrepresentingtype: ${m.representing}`,
    'x-ms-publictraffictype: Email',
    `x-ms-traffictypediagnostic: ${m.mbx}:EE_|BN0PR08MB7535:EE_`,
    'x-ms-exchange-senderadcheck: 1',
    'x-microsoft-antispam: BCL:0;ARA:13230040|366016|376014|1800799024;',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="us-ascii"',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    m.body,
  ].join('\r\n');
}

/** Signed by `signer`, microsoft.com's ARC i=1 on the way out, the tenant's hops below. */
async function outbound(raw: string, mbx: string, signer: [string, string], from: string, mailfrom: string) {
  const signed = await signAll(onTop(raw, ...senderTenantHops(mbx)), [signer]);
  return sealCorpus(signed, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: 'none',
    authResults: `mx.microsoft.com 1; spf=pass smtp.mailfrom=${mailfrom}; dmarc=pass action=none header.from=${from}; dkim=pass header.d=${signer[0]}; arc=none`,
  });
}

/** A tenant seen as a Sender for the providers' rows: envelope and From at the tenant. */
const tenantSender = (_t: Tenant, address: string, relay: Relay, signer: [string, string]): Sender => ({
  name: '',
  address,
  envelope: address,
  relay,
  signers: [signer],
  dmarc: {},
  spf: {},
});

export async function makeAll(write: CaseWriter): Promise<void> {
  const both = (c: Parameters<typeof emitCase>[1]) => {
    emitCase(write, c);
    const { zone: _z, twin: _t, ...offline } = c;
    emitCase(write, { ...offline, name: `${c.name}-offline` });
  };

  // ---- A. The brands' own notices ----
  {
    const s = BOFA;
    const raw = await mail(s, {
      to: 'robin.reader@gmail.com',
      subject: 'Activity Alert: Electronic or Online Withdrawal Over Your Chosen Alert Limit',
      id: '3f1c9a7e-2b4d-4e6f-8a1b-208c5d7e9f01@xtnvs5mta401.xt.local',
      body: 'Robin, a withdrawal of $512.40 from your account ending in 4417 exceeded the alert limit you set.\r\n\r\nBank of America\r\n',
    });
    both({
      name: 'w208-gmail-bofa-ealerts-marketing-cloud-withdrawal-alert',
      class: 'brand-own',
      about: `Genuine: Bank of America's account alert "Bank of America" <${s.address}> (the address public mail filters name), sent through Salesforce Marketing Cloud (Message-ID @xtnvs5mta401.xt.local, ${s.relay.ip}), signed d=ealerts.bankofamerica.com, bounce envelope under bounce.ealerts.bankofamerica.com; Gmail: dkim/spf/dmarc pass. Wanted: authenticated.`,
      args: GMAIL_ARGS,
      eml: toGmail(raw, s, 'reject'),
      zone: senderZone(s),
      expect: TRUSTED,
      twin: true,
    });
  }
  {
    // "BankofAmerica" run together, the brand's own mail (red-team round 218 read it as the brand).
    const s: Sender = {
      ...BOFA,
      name: 'BankofAmerica Alerts',
      address: 'customerservice@ealerts.bankofamerica.com',
    };
    const raw = await mail(s, {
      to: 'robin@reader.example',
      subject: 'Robin, you received $250.00 with Zelle',
      id: '9a2b7c41-6d3e-4f58-b1a2-208c5d7e9f02@xtnvs5mta401.xt.local',
      body: 'Robin, you received $250.00 from Sam Lee with Zelle. The money is available now.\r\n\r\nBank of America\r\n',
    });
    both({
      name: 'w208-rspamd-bofa-run-together-name-zelle-received',
      class: 'brand-own',
      about: `Genuine: Bank of America's Zelle notice from ${s.address}, its name written run together ("BankofAmerica Alerts"), through Salesforce Marketing Cloud to a box running rspamd (dkim, spf and dmarc pass in its one header). The brand named run together is its own domain's. Wanted: authenticated.`,
      args: BOX_ARGS,
      eml: toRspamd(raw, s, 'reject', '4Zw208a2'),
      zone: senderZone(s),
      expect: TRUSTED,
    });
  }
  {
    // Bank of America's marketing from emcom.bankofamerica.com ("BankAmeriDeals"), to Yahoo.
    const s: Sender = {
      ...BOFA,
      address: 'bankofamerica@emcom.bankofamerica.com',
      envelope: 'bounce-50_HTML-81726354-1208-7244108-12@bounce.emcom.bankofamerica.com',
      signers: [['emcom.bankofamerica.com', '200608']],
      spf: {
        'bounce.emcom.bankofamerica.com': 'v=spf1 include:cust-spf.exacttarget.com -all',
        'cust-spf.exacttarget.com': 'v=spf1 ip4:13.111.0.0/16 ip4:136.147.128.0/20 -all',
      },
    };
    const raw = await mail(s, {
      to: 'robin.reader@yahoo.com',
      subject: 'Checking in, ROBIN, please review your BankAmeriDeals®',
      id: '7d3e9f12-4a5b-4c6d-8e7f-208c5d7e9f03@xtnvs5mta401.xt.local',
      body: 'You have new BankAmeriDeals offers available. Review and activate them in the mobile app.\r\n\r\nBank of America\r\n',
    });
    both({
      name: 'w208-yahoo-bofa-emcom-bankamerideals-marketing',
      class: 'brand-own',
      about: `Genuine: Bank of America's marketing "Bank of America" <${s.address}> (the sender public filters name, find_string "@emcom.bankofamerica.com" file id 49631333504, with this subject), through Salesforce Marketing Cloud (${s.relay.ip}), signed d=emcom.bankofamerica.com, to Yahoo: all pass. Wanted: authenticated.`,
      args: YAHOO_ARGS,
      eml: toYahoo(raw, s, 'reject'),
      zone: senderZone(s),
      expect: TRUSTED,
    });
  }
  {
    const s = WF;
    const raw = await mail(s, {
      to: 'robin.reader@yahoo.com',
      subject: 'Card purchase exceeded your alert amount',
      id: 'WF.208.4417.20261120095958@notify.wellsfargo.com',
      body: 'You asked us to notify you when a purchase over $1.00 posts. Amount: $45.23 Card ending in 1234.\r\n\r\nWells Fargo Online\r\n',
    });
    both({
      name: 'w208-yahoo-wellsfargo-notify-card-purchase-alert',
      class: 'brand-own',
      about: `Genuine: Wells Fargo's card alert from ${s.address} (public parsers' samples), signed d=notify.wellsfargo.com, from Wells Fargo's own network to Yahoo: dkim/spf/dmarc pass. Wanted: authenticated.`,
      args: YAHOO_ARGS,
      eml: toYahoo(raw, s, 'reject'),
      zone: senderZone(s),
      expect: TRUSTED,
    });
  }
  {
    const s = CHASE;
    const raw = await mail(s, {
      to: 'robin.reader@gmail.com',
      subject: 'You sent $40.00 to Sam Lee',
      id: '208.chase.alert.7244108@chase.com',
      body: 'You sent $40.00 with Zelle to Sam Lee from your account ending in 9921.\r\n\r\nChase\r\n',
    });
    emitCase(write, {
      name: 'w208-gmail-chase-no-reply-alerts-zelle-sent',
      class: 'brand-own',
      about: `Genuine: Chase's Zelle alert from ${s.address}, signed d=chase.com, Gmail: all pass. Wanted: authenticated.`,
      args: GMAIL_ARGS,
      eml: toGmail(raw, s, 'reject'),
      zone: senderZone(s),
      expect: TRUSTED,
    });
  }
  {
    const s = PAYPAL;
    const raw = await mail(s, {
      to: 'Robin Reader <robin@reader.example>',
      subject: "You've got money",
      id: '208.paypal.4e1f7a2b9c3d@paypal.com',
      body: 'Hello Robin,\r\n\r\nSam Lee sent you $25.00 USD. It may take a moment for this transaction to appear in your account.\r\n\r\nPayPal\r\n',
    });
    both({
      name: 'w208-outlook-paypal-service-money-received',
      class: 'brand-own',
      about: `Genuine: PayPal's "You've got money" from ${s.address} (PayPal's everyday sender), signed d=paypal.com, from its own network to a reader on Microsoft 365: EOP records spf/dkim/dmarc pass, compauth=pass. Wanted: authenticated.`,
      args: OUTLOOK_ARGS,
      eml: toTenant(raw, s),
      zone: senderZone(s),
      expect: TRUSTED,
    });
  }
  {
    const s = AMAZON;
    const raw = await mail(s, {
      to: 'robin@reader.example',
      subject: 'Amazon security alert: Sign-in on a new device',
      id: '0100019a3b7c1d2e-208a-4f1a-8b2c-3d4e5f6a7b8c-000000@email.amazonses.com',
      body: 'Hello Robin,\r\n\r\nsomeone signed in to your Amazon account from a new device. If this was you, no action is needed.\r\n\r\nAmazon.com\r\n',
    });
    both({
      name: 'w208-rspamd-amazon-account-update-ses-new-device',
      class: 'brand-own',
      about: `Genuine: Amazon's sign-in alert "Amazon.com" <${s.address}> sent through SES (${s.relay.ip}, envelope @email.amazonses.com), signed d=amazon.com and d=amazonses.com, to a box running rspamd: dkim for amazon.com, spf for the SES envelope, dmarc pass by DKIM. Wanted: authenticated.`,
      args: BOX_ARGS,
      eml: toRspamd(raw, s, 'quarantine', '4Zw208a6'),
      zone: senderZone(s),
      expect: TRUSTED,
    });
  }
  {
    const s = MSA;
    const raw = await mail(s, {
      to: 'robin.reader@gmail.com',
      subject: 'Microsoft account security alert',
      id: '208.msa.9f3b2c1d@accountprotection.microsoft.com',
      body: 'Microsoft account\r\n\r\nWe detected a new sign-in to the Microsoft account ro*****@gmail.com. If this was you, you can ignore this message.\r\n\r\nThe Microsoft account team\r\n',
    });
    both({
      name: 'w208-gmail-microsoft-account-team-security-alert',
      class: 'brand-own',
      about: `Genuine: "Microsoft account team" <${s.address}>, signed d=accountprotection.microsoft.com, out of Exchange Online (${s.relay.ip}) to Gmail: all pass. Wanted: authenticated.`,
      args: GMAIL_ARGS,
      eml: toGmail(raw, s, 'reject'),
      zone: { ...M365_SPF_ZONE, ...senderZone(s) },
      expect: TRUSTED,
    });
  }
  {
    const s = { ...APPLE, name: 'Apple' };
    const raw = await mail(s, {
      to: 'robin@reader.example',
      subject: 'Your Apple ID was used to sign in to iCloud via a web browser',
      id: '208.apple.0A1B2C3D4E5F@email.apple.com',
      body: 'Dear Robin,\r\n\r\nYour Apple ID (robin@reader.example) was used to sign in to iCloud via a web browser.\r\n\r\nApple Support\r\n',
    });
    both({
      name: 'w208-amavis-apple-id-icloud-sign-in-notice',
      class: 'brand-own',
      about: `Genuine: Apple's sign-in notice from ${s.address}, signed d=email.apple.com, from Apple's network (17.0.0.0/8) to a Postfix box with OpenDKIM, OpenDMARC and amavisd-new (its hand-off on top). Wanted: authenticated.`,
      args: BOX_ARGS,
      eml: toAmavis(raw, s, 'quarantine', '4Zw208a8'),
      zone: senderZone(s),
      expect: TRUSTED,
    });
  }

  // ---- B. Firms whose names hold joining words or a brand's words ----
  const firms: Array<{
    key: string;
    s: Sender;
    subject: string;
    body: string;
    reader: 'gmail' | 'yahoo' | 'rspamd' | 'amavis' | 'outlook';
    about: string;
    expect?: CaseExpectation;
  }> = [
    {
      key: 'marks-and-spencer-order-dispatched',
      s: firm('Marks and Spencer', 'orders', 'marksandspencer.example', '203.0.113.81'),
      subject: 'Your order 208-55120 is on its way',
      body: 'Hello Robin,\r\n\r\ngood news: your order 208-55120 has been dispatched.\r\n\r\nMarks and Spencer\r\n',
      reader: 'gmail',
      about: '"Marks and Spencer": two words joined by "and", neither a brand',
    },
    {
      key: 'procter-and-gamble-careers',
      s: firm('Procter & Gamble Careers', 'careers', 'pg-careers.example', '203.0.113.82'),
      subject: 'Thank you for applying: Supply Planner',
      body: 'Dear Robin,\r\n\r\nthank you for applying for the Supply Planner role. We will be in touch.\r\n\r\nProcter & Gamble Careers\r\n',
      reader: 'yahoo',
      about: '"Procter & Gamble Careers": an ampersand between two surnames',
    },
    {
      key: 'barnes-and-noble-membership',
      s: firm('Barnes & Noble', 'membership', 'bn-mail.example', '203.0.113.83', 'quarantine'),
      subject: 'Your Premium Membership renews on 1 December',
      body: 'Hello Robin,\r\n\r\nyour Premium Membership renews on 1 December.\r\n\r\nBarnes & Noble\r\n',
      reader: 'outlook',
      about: '"Barnes & Noble"',
    },
    {
      key: 'att-bill-ready',
      s: firm('AT&T', 'att-services.cs', 'att-mail.example', '203.0.113.84'),
      subject: 'Your AT&T bill is ready',
      body: 'Your AT&T bill for November is ready: $71.40 due 12 December.\r\n\r\nAT&T\r\n',
      reader: 'rspamd',
      about: '"AT&T": an ampersand inside a one-word brand of letters',
    },
    {
      key: 'wells-and-sons-plumbing-invoice',
      s: firm('Wells and Sons Plumbing', 'office', 'wellsandsons.example', '203.0.113.85', 'quarantine'),
      subject: 'Invoice 2208 for the boiler service',
      body: "Hi Robin,\r\n\r\ninvoice 2208 for Tuesday's boiler service is attached; thanks for your custom.\r\n\r\nWells and Sons Plumbing\r\n",
      reader: 'gmail',
      about: '"Wells and Sons Plumbing": the first word of a two-word brand (Wells Fargo), joined to another',
    },
    {
      key: 'fargo-bank-and-trust-statement',
      s: firm('Fargo Bank and Trust', 'statements', 'fargobankandtrust.example', '203.0.113.86'),
      subject: 'Your November e-statement is ready',
      body: 'Dear Robin,\r\n\r\nyour November e-statement is ready in online banking.\r\n\r\nFargo Bank and Trust\r\n',
      reader: 'amavis',
      about:
        '"Fargo Bank and Trust": a community bank named after its town, the second word of a two-word brand and "Bank and Trust"',
    },
    {
      key: 'wells-county-bank-and-trust-alert',
      s: firm('Wells County Bank and Trust', 'alerts', 'wellscountybank.example', '203.0.113.87'),
      subject: 'Low balance alert for account ending 3301',
      body: 'Your checking account ending 3301 fell below $100.00.\r\n\r\nWells County Bank and Trust\r\n',
      reader: 'yahoo',
      about:
        '"Wells County Bank and Trust": a county bank (Wells County) whose name begins with a brand\'s word',
    },
    {
      key: 'perez-y-asociados-factura',
      s: firm('Pérez y Asociados', 'despacho', 'perezyasociados.example', '203.0.113.88', 'quarantine'),
      subject: 'Factura F-2208 de noviembre',
      body: 'Estimado Robin:\r\n\r\nle adjuntamos la factura F-2208 correspondiente a noviembre.\r\n\r\nPérez y Asociados\r\n',
      reader: 'gmail',
      about: '"Pérez y Asociados": Spanish "y"',
    },
    {
      key: 'rossi-e-figli-preventivo',
      s: firm('Rossi e Figli S.r.l.', 'info', 'rossiefigli.example', '203.0.113.89'),
      subject: 'Preventivo n. 208 per la ristrutturazione',
      body: 'Gentile Robin,\r\n\r\nin allegato il preventivo n. 208 per la ristrutturazione.\r\n\r\nRossi e Figli S.r.l.\r\n',
      reader: 'rspamd',
      about: '"Rossi e Figli S.r.l.": Italian "e" with a legal form',
    },
    {
      key: 'silva-e-filhos-encomenda',
      s: firm('Silva e Filhos, Lda.', 'geral', 'silvaefilhos.example', '203.0.113.90'),
      subject: 'Encomenda 208 expedida',
      body: 'Caro Robin,\r\n\r\na sua encomenda 208 foi expedida hoje.\r\n\r\nSilva e Filhos, Lda.\r\n',
      reader: 'outlook',
      about: '"Silva e Filhos, Lda.": Portuguese "e"',
    },
    {
      key: 'jansen-en-zonen-offerte',
      s: firm('Jansen en Zonen B.V.', 'info', 'jansenenzonen.example', '203.0.113.91'),
      subject: 'Offerte 208 voor het dakwerk',
      body: 'Beste Robin,\r\n\r\nhierbij onze offerte 208 voor het dakwerk.\r\n\r\nJansen en Zonen B.V.\r\n',
      reader: 'amavis',
      about: '"Jansen en Zonen B.V.": Dutch "en"',
    },
    {
      key: 'berg-og-sonn-faktura',
      s: firm('Berg og Sønn AS', 'post', 'bergogsonn.example', '203.0.113.92'),
      subject: 'Faktura 208 for november',
      body: 'Hei Robin,\r\n\r\nvedlagt er faktura 208 for november.\r\n\r\nBerg og Sønn AS\r\n',
      reader: 'yahoo',
      about: '"Berg og Sønn AS": Norwegian "og"',
    },
    {
      key: 'martin-et-fils-devis',
      s: firm('Martin et Fils', 'contact', 'martinetfils.example', '203.0.113.93'),
      subject: 'Votre devis n° 208',
      body: 'Bonjour Robin,\r\n\r\nveuillez trouver votre devis n° 208.\r\n\r\nMartin et Fils\r\n',
      reader: 'gmail',
      about: '"Martin et Fils": French "et"',
    },
  ];
  for (const f of firms) {
    const s = f.s;
    const policy = Object.values(s.dmarc)[0] ?? 'reject';
    const to =
      f.reader === 'gmail'
        ? 'robin.reader@gmail.com'
        : f.reader === 'yahoo'
          ? 'robin.reader@yahoo.com'
          : 'Robin Reader <robin@reader.example>';
    const raw = await mail(s, {
      to,
      subject: f.subject,
      body: f.body,
      id: `${f.key.slice(0, 20)}.w208@${dom(s.address)}`,
    });
    const eml =
      f.reader === 'gmail'
        ? toGmail(raw, s, policy)
        : f.reader === 'yahoo'
          ? toYahoo(raw, s, policy)
          : f.reader === 'outlook'
            ? toTenant(raw, s)
            : f.reader === 'rspamd'
              ? toRspamd(raw, s, policy, `4Zw208${f.key.slice(0, 4)}`)
              : toAmavis(raw, s, policy, `4Zw208${f.key.slice(0, 4)}`);
    const args =
      f.reader === 'gmail'
        ? GMAIL_ARGS
        : f.reader === 'yahoo'
          ? YAHOO_ARGS
          : f.reader === 'outlook'
            ? OUTLOOK_ARGS
            : BOX_ARGS;
    both({
      name: `w208-${f.reader}-firm-${f.key}`,
      class: 'firm-joining-words',
      about: `Genuine: ${f.about}, from its own server (${s.relay.ip}) with its own key (p=${policy}): every check passes. No brand is named. Wanted: authenticated.`,
      args,
      eml,
      zone: senderZone(s),
      expect: f.expect ?? TRUSTED,
    });
  }

  // ---- B2. A sponsor's brand in an event's own name, from the event's domain ----
  {
    const s = firm('Bank of America Chicago Marathon', 'info', 'chicagomarathon.example', '203.0.113.95');
    const raw = await mail(s, {
      to: 'robin.reader@gmail.com',
      subject: 'Your bib number and packet pickup',
      id: 'bib.w208@chicagomarathon.example',
      body: 'Hi Robin,\r\n\r\nyour bib number is 20814. Packet pickup opens Thursday at the Health & Fitness Expo.\r\n\r\nBank of America Chicago Marathon\r\n',
    });
    both({
      name: 'w208-gmail-sponsor-named-event-bank-of-america-marathon',
      class: 'brand-elsewhere',
      about:
        "Genuine: a sponsored event named after its sponsor (\"Bank of America Chicago Marathon\", the real race's name) writes from the event's own domain, signed and aligned. The brand's name on a domain that is not the brand's is exactly what a forger writes: a warning is the honest cost (never spoofed).",
      args: GMAIL_ARGS,
      eml: toGmail(raw, s, 'reject'),
      zone: senderZone(s),
      expect: BRAND_ELSEWHERE,
    });
  }

  // ---- C. Microsoft 365 "on behalf of": send on behalf, send as, B2B invitations ----
  {
    // C1. A firm's shared mailbox, send on behalf (Outlook shows "Priya Shah on behalf of Marks and Spencer Supplier Desk").
    const t = MS;
    const signer: [string, string] = [t.domain, 'selector1'];
    const mk = (to: string, id: string) =>
      outbound(
        exoMessage({
          from: `Marks and Spencer Supplier Desk <supplierdesk@${t.domain}>`,
          to,
          subject: 'Purchase order PO-208-7731 confirmed',
          mbx: 'DM6PR08MB5580',
          id,
          extra: [`Sender: Priya Shah <priya.shah@${t.domain}>`],
          representing: 2,
          body: 'Hello,\r\n\r\npurchase order PO-208-7731 is confirmed for delivery in week 49.\r\n\r\nPriya Shah\r\nSupplier Desk\r\n',
        }),
        'DM6PR08MB5580',
        signer,
        t.domain,
        t.domain,
      );
    const s = tenantSender(t, `supplierdesk@${t.domain}`, NAM_V4, signer);
    const zone = { ...M365_ZONE, ...tenantZone(t) };
    both({
      name: 'w208-outlook-m365-send-on-behalf-marks-and-spencer-supplier-desk',
      class: 'm365-delegate',
      about: `Genuine: a buyer answers from her firm's shared mailbox with send-on-behalf rights: From "Marks and Spencer Supplier Desk" <supplierdesk@${t.domain}>, Sender: the buyer (same domain), representing type 2, the firm's own DKIM; a supplier's Outlook draws "Priya Shah on behalf of Marks and Spencer Supplier Desk". EOP: all pass. Wanted: authenticated.`,
      args: OUTLOOK_ARGS,
      eml: toTenant(await mk('Robin Reader <robin@reader.example>', 'A1B2C3D4E5F60718293A4B5C6D7E8F90'), s),
      zone,
      expect: TRUSTED,
    });
    both({
      name: 'w208-gmail-m365-send-on-behalf-marks-and-spencer-supplier-desk',
      class: 'm365-delegate',
      about: `Genuine: the same send-on-behalf message to a supplier on Gmail: dkim=pass for ${t.domain}, arc=pass, spf/dmarc pass. Wanted: authenticated.`,
      args: GMAIL_ARGS,
      eml: toGmail(await mk('robin.reader@gmail.com', 'B2C3D4E5F60718293A4B5C6D7E8F9A01'), s, t.policy),
      zone,
      expect: TRUSTED,
    });
  }
  {
    // C2. The brand's own shared mailbox, send on behalf, inside Wells Fargo's own domain.
    const t = WFT;
    const signer: [string, string] = [t.domain, 'selector1'];
    const raw = await outbound(
      exoMessage({
        from: `Wells Fargo Commercial Banking <commercial.banking@${t.domain}>`,
        to: 'Robin Reader <robin@reader.example>',
        subject: 'Treasury management onboarding: next steps',
        mbx: 'SA1PR08MB7425',
        id: 'C3D4E5F60718293A4B5C6D7E8F9A0B12',
        extra: [`Sender: Dana Whitfield <dana.whitfield@${t.domain}>`],
        representing: 2,
        body: 'Hello Robin,\r\n\r\nthank you for the signed agreement; your onboarding call is booked for Tuesday.\r\n\r\nDana Whitfield\r\nCommercial Banking\r\n',
      }),
      'SA1PR08MB7425',
      signer,
      t.domain,
      t.domain,
    );
    both({
      name: 'w208-outlook-m365-send-on-behalf-wells-fargo-own-shared-mailbox',
      class: 'm365-delegate',
      about: `Genuine: a relationship manager sends on behalf of her bank's shared mailbox, both at ${t.domain} (modelled on Microsoft 365 with selector1: Wells Fargo's own outbound is NOT confirmed). Outlook shows "Dana Whitfield on behalf of Wells Fargo Commercial Banking"; EOP: all pass for wellsfargo.com. The brand's own domain names the brand. Wanted: authenticated.`,
      args: OUTLOOK_ARGS,
      eml: toTenant(raw, tenantSender(t, `commercial.banking@${t.domain}`, NAM_V4, signer)),
      zone: { ...M365_ZONE, ...tenantZone(t) },
      expect: TRUSTED,
    });
  }
  {
    // C3. Send as (type 1): a Spanish firm's shared mailbox, no Sender.
    const t = PEREZ;
    const signer: [string, string] = [t.domain, 'selector1'];
    const raw = await outbound(
      exoMessage({
        from: `"Pérez y Asociados - Administración" <administracion@${t.domain}>`,
        to: 'robin.reader@yahoo.com',
        subject: 'Recordatorio: documentación pendiente',
        mbx: 'DB9PR04MB8417',
        id: 'D4E5F60718293A4B5C6D7E8F9A0B1C23',
        representing: 1,
        body: 'Estimado Robin:\r\n\r\nle recordamos que falta la documentación del expediente 208.\r\n\r\nAdministración\r\n',
      }),
      'DB9PR04MB8417',
      signer,
      t.domain,
      t.domain,
    );
    both({
      name: 'w208-yahoo-m365-send-as-perez-y-asociados-shared-mailbox',
      class: 'm365-delegate',
      about: `Genuine: a Spanish practice's shared mailbox with send-as (representing type 1, no Sender), "Pérez y Asociados - Administración", its own DKIM, out of Exchange Online (${EUR_V4.ip}) to Yahoo. Wanted: authenticated.`,
      args: YAHOO_ARGS,
      eml: toYahoo(raw, tenantSender(t, `administracion@${t.domain}`, EUR_V4, signer), t.policy),
      zone: { ...M365_ZONE, ...tenantZone(t) },
      expect: TRUSTED,
    });
  }
  {
    // C4. Entra B2B invitations from the inviting tenant naming firms with joining words.
    const invite = async (org: string, om: string, inviter: string, to: string) => {
      const signer: [string, string] = [`${om}.onmicrosoft.com`, `selector1-${om}-onmicrosoft-com`];
      const raw = await outbound(
        exoMessage({
          from: `Microsoft Invitations on behalf of ${org} <invites@${om}.onmicrosoft.com>`,
          to,
          subject: `${inviter.split('@')[0]?.replace('.', ' ')} invited you to access applications within their organization`,
          mbx: 'PH7PR11MB8600',
          id: `E5F60718293A4B5C6D7E8F9A0B1C${om.slice(0, 4).toUpperCase()}`,
          extra: [`Reply-To: ${inviter}`],
          representing: 1,
          body: `Please only act on this email if you trust the individual and organization represented below.\r\n\r\n${org} invited you to access applications within their organization.\r\n\r\nAccept invitation\r\n`,
        }),
        'PH7PR11MB8600',
        signer,
        `${om}.onmicrosoft.com`,
        `${om}.onmicrosoft.com`,
      );
      const zone = {
        ...M365_ZONE,
        [`${om}.onmicrosoft.com`]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
        [`${signer[1]}._domainkey.${signer[0]}`]: KEY(),
      };
      return { raw, signer, zone };
    };
    const jj = await invite(
      'Johnson and Johnson',
      'jnj',
      'maria.lopez@jnj.example',
      'robin.reader@gmail.com',
    );
    both({
      name: 'w208-gmail-b2b-invitation-on-behalf-of-johnson-and-johnson',
      class: 'm365-b2b',
      about:
        'Genuine: an Entra B2B invitation from the inviting tenant, "Microsoft Invitations on behalf of Johnson and Johnson" <invites@jnj.onmicrosoft.com> (the December 2025 form), Reply-To the inviter at the firm\'s own initials domain (jnj.example, as the real firm writes jnj.com), signed by the tenant\'s onmicrosoft.com default signer, out of Exchange Online to Gmail. The organisation after "on behalf of" holds "and" but names no brand. Wanted: authenticated or unverified.',
      args: GMAIL_ARGS,
      eml: toGmail(jj.raw, tenantSender(MS, 'invites@jnj.onmicrosoft.com', NAM_V4, jj.signer), 'none'),
      zone: jj.zone,
      expect: TRUSTED,
    });
    const rf = await invite(
      'Rossi e Figli',
      'rossiefigli',
      'giulia.bianchi@rossiefigli.example',
      'Robin Reader <robin@reader.example>',
    );
    both({
      name: 'w208-outlook-b2b-invitation-on-behalf-of-rossi-e-figli',
      class: 'm365-b2b',
      about:
        'Genuine: the same invitation from an Italian firm\'s tenant ("Microsoft Invitations on behalf of Rossi e Figli" <invites@rossiefigli.onmicrosoft.com>) to a partner on Microsoft 365: EOP records all pass for the onmicrosoft.com name. Wanted: authenticated or unverified.',
      args: OUTLOOK_ARGS,
      eml: toTenant(rf.raw, tenantSender(MS, 'invites@rossiefigli.onmicrosoft.com', NAM_V4, rf.signer)),
      zone: rf.zone,
      expect: TRUSTED,
    });
    const pg = await invite('Procter & Gamble', 'pgcorp', 'sam.ortiz@pg.example', 'robin.reader@yahoo.com');
    emitCase(write, {
      name: 'w208-yahoo-b2b-invitation-on-behalf-of-procter-and-gamble',
      class: 'm365-b2b',
      about:
        'Genuine: "Microsoft Invitations on behalf of Procter & Gamble" <invites@pgcorp.onmicrosoft.com>, Reply-To the inviter at the firm\'s initials domain (pg.example, as the real firm writes pg.com), to Yahoo; an ampersand in the tenant\'s name. Wanted: authenticated or unverified.',
      args: YAHOO_ARGS,
      eml: toYahoo(pg.raw, tenantSender(MS, 'invites@pgcorp.onmicrosoft.com', NAM_V4, pg.signer), 'none'),
      zone: pg.zone,
      expect: TRUSTED,
    });
    const wf = await invite(
      'Wells Fargo',
      'wellsfargo',
      'dana.whitfield@wellsfargo.com',
      'robin.reader@gmail.com',
    );
    emitCase(write, {
      name: 'w208-gmail-b2b-invitation-on-behalf-of-wells-fargo-own-tenant',
      class: 'm365-b2b',
      about:
        'Genuine: the brand\'s own tenant invites a vendor: "Microsoft Invitations on behalf of Wells Fargo" <invites@wellsfargo.onmicrosoft.com>, Reply-To the inviter at wellsfargo.com. Nothing in the message proves the tenant is the bank\'s (anyone can name a tenant "Wells Fargo"; the onmicrosoft.com label is first come): a warning is the honest cost, never spoofed.',
      args: GMAIL_ARGS,
      eml: toGmail(wf.raw, tenantSender(MS, 'invites@wellsfargo.onmicrosoft.com', NAM_V4, wf.signer), 'none'),
      zone: { ...wf.zone, '_dmarc.wellsfargo.com': { TXT: ['v=DMARC1; p=reject'] } },
      expect: BRAND_ELSEWHERE,
    });
  }
  {
    // C6. Entra B2B email one-time passcode, "Microsoft on behalf of <tenant>": a firm with "and", and the brand's own tenant.
    const otp = (org: string): Sender => ({
      name: `Microsoft on behalf of ${org}`,
      address: 'msonlineservicesteam@microsoftonline.com',
      envelope: 'msonlineservicesteam@microsoftonline.com',
      relay: NAM_V4,
      signers: [['microsoftonline.com', 'selector1']],
      dmarc: { 'microsoftonline.com': 'reject' },
      spf: { 'microsoftonline.com': 'v=spf1 include:spf.protection.outlook.com -all' },
    });
    const code = async (s: Sender, id: string, org: string) =>
      mail(s, {
        to: 'robin.reader@gmail.com',
        subject: `Your ${org} verification code`,
        id,
        body: `Account verification\r\n\r\nYou're accessing ${org}. Your code is: 20848163\r\n\r\nThis code expires 30 minutes after the original email was sent.\r\n`,
      });
    const ms = otp('Marks and Spencer');
    both({
      name: 'w208-gmail-b2b-email-otp-microsoft-on-behalf-of-marks-and-spencer',
      class: 'm365-b2b',
      about:
        'Genuine: a guest\'s email one-time passcode, "Microsoft on behalf of Marks and Spencer" <msonlineservicesteam@microsoftonline.com> (the form realworld193 learnt, find_string file id 58307448301), signed d=microsoftonline.com (modelled), out of Exchange Online to Gmail. The organisation after "on behalf of" holds "and" and no brand. Wanted: authenticated.',
      args: GMAIL_ARGS,
      eml: toGmail(
        await code(ms, '208.otp.ms.7c1e2a94@microsoftonline.com', 'Marks and Spencer'),
        ms,
        'reject',
      ),
      zone: { ...M365_SPF_ZONE, ...senderZone(ms) },
      expect: TRUSTED,
    });
    const boa = otp('Bank of America');
    emitCase(write, {
      name: 'w208-gmail-b2b-email-otp-microsoft-on-behalf-of-bank-of-america',
      class: 'm365-b2b',
      about:
        "Genuine: the same passcode for a vendor invited by the bank's own tenant, \"Microsoft on behalf of Bank of America\". Microsoft writes the tenant's chosen name; any tenant may choose the bank's, and Microsoft then sends this very message for it. A warning is the honest cost (never spoofed).",
      args: GMAIL_ARGS,
      eml: toGmail(
        await code(boa, '208.otp.boa.2e9b7d41@microsoftonline.com', 'Bank of America'),
        boa,
        'reject',
      ),
      zone: { ...M365_SPF_ZONE, ...senderZone(boa) },
      expect: BRAND_ELSEWHERE,
    });
  }
  {
    // C7. Mailchimp Transactional (Mandrill) for a community bank that never authenticated its
    // domain: Mandrill signs as itself and adds a Sender header, so Outlook draws "… on behalf of
    // Fargo Bank and Trust" and Gmail "via mandrillapp.com" (help.mandrill.com 21801641).
    const MANDRILL: Relay = {
      helo: 'mail132-5.atl131.mandrillapp.com',
      rdns: 'mail132-5.atl131.mandrillapp.com',
      ip: '198.2.132.5',
    };
    const env = 'bounce-md_31050260.6745a1b2.v1-4f1a8b2c3d4e5f6a7b8c9d0e1f2a3b4c@mandrillapp.com';
    const s: Sender = {
      name: 'Fargo Bank and Trust',
      address: 'notices@fargobankandtrust.example',
      envelope: env,
      relay: MANDRILL,
      signers: [['mandrillapp.com', 'mandrill']],
      dmarc: { 'fargobankandtrust.example': 'none' },
      spf: { 'mandrillapp.com': 'v=spf1 ip4:198.2.128.0/18 ip4:205.201.128.0/20 -all' },
    };
    const notice = (to: string, id: string) =>
      mail(s, {
        to,
        subject: 'Branch hours over the Thanksgiving holiday',
        id: `${id}@mandrillapp.com`,
        extra: [`Sender: <${env}>`, 'X-Mandrill-User: md_31050260'],
        body: 'Dear customer,\r\n\r\nour branches close at noon on 26 November and reopen on 28 November.\r\n\r\nFargo Bank and Trust\r\n',
      });
    both({
      name: 'w208-outlook-mandrill-sender-on-behalf-of-bank-and-trust-p-none',
      class: 'esp-on-behalf',
      about: `Genuine: a community bank's holiday notice through Mailchimp Transactional without domain authentication: From the bank (p=none), Sender: Mandrill's bounce address, d=mandrillapp.com only, envelope @mandrillapp.com, from ${MANDRILL.ip}. Outlook shows "${env} on behalf of Fargo Bank and Trust"; EOP: spf/dkim pass for mandrillapp.com, dmarc=fail action=none (p=none), compauth=softpass. Nothing proves the bank sent it: unverified, never spoofed.`,
      args: OUTLOOK_ARGS,
      eml: eopDelivery(await notice('Robin Reader <robin@reader.example>', '208.md.a1'), {
        ip: MANDRILL.ip,
        helo: MANDRILL.helo,
        ar: `spf=pass (sender IP is ${MANDRILL.ip})\r\n smtp.mailfrom=mandrillapp.com; dkim=pass (signature was verified)\r\n header.d=mandrillapp.com;dmarc=fail action=none\r\n header.from=fargobankandtrust.example;compauth=softpass reason=201`,
        spf: `Pass (protection.outlook.com: domain of mandrillapp.com designates\r\n ${MANDRILL.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${MANDRILL.ip}; helo=${MANDRILL.helo}; pr=C`,
        returnPath: env,
      }),
      zone: senderZone(s),
      expect: { verdict: ['unverified', 'authenticated'], notVerdict: ['spoofed'] },
    });
    both({
      name: 'w208-gmail-mandrill-via-bank-and-trust-p-none',
      class: 'esp-on-behalf',
      about: `Genuine: the same notice to Gmail ("via mandrillapp.com"): dkim=pass for mandrillapp.com, spf=pass for its envelope, dmarc=fail (p=NONE). Unverified, never spoofed.`,
      args: GMAIL_ARGS,
      eml: gmailDelivery(await notice('robin.reader@gmail.com', '208.md.a2'), {
        relay: MANDRILL,
        envelope: env,
        results: [
          'dkim=pass header.i=@mandrillapp.com header.s=mandrill header.b=Q29ycHVz;',
          `spf=pass (google.com: domain of ${env} designates ${MANDRILL.ip} as permitted sender) smtp.mailfrom=${env};`,
          'dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=fargobankandtrust.example',
        ].join('\r\n       '),
        ids: ['x208csp90pxa', 'a208si90qtb.290'],
        spf: 'pass',
        deliveredTo: true,
      }),
      zone: senderZone(s),
      expect: { verdict: ['unverified', 'authenticated'], notVerdict: ['spoofed'] },
    });
  }
  {
    // C5. Google Workspace delegation: the owner's From, Sender the delegate (same domain).
    const WS_OUT: Relay = {
      helo: 'mail-sor-f69.google.com',
      rdns: 'mail-sor-f69.google.com',
      ip: '209.85.220.69',
    };
    const d = 'rossiefigli.example';
    const s: Sender = {
      name: 'Marco Rossi',
      address: `marco@${d}`,
      envelope: `giulia@${d}`,
      relay: WS_OUT,
      signers: [[d, 'google']],
      dmarc: { [d]: 'quarantine' },
      spf: {
        [d]: 'v=spf1 include:_spf.google.com ~all',
        '_spf.google.com': 'v=spf1 ip4:209.85.128.0/17 ~all',
      },
    };
    const raw = await mail(s, {
      to: 'Robin Reader <robin@reader.example>',
      subject: 'Re: Preventivo n. 208',
      id: 'CAF208rossiQkR1Mz2Yc0xT4aS1@mail.gmail.com',
      extra: [`Sender: giulia@${d}`],
      body: 'Gentile Robin,\r\n\r\nconfermo i lavori per lunedì.\r\n\r\nMarco Rossi\r\nRossi e Figli S.r.l.\r\n',
    });
    both({
      name: 'w208-rspamd-workspace-delegate-sender-rossi-e-figli',
      class: 'workspace-delegate',
      about: `Genuine: a Workspace delegate (Giulia) answers from the owner's mailbox: From Marco Rossi <marco@${d}>, Sender: giulia@${d} (Gmail's delegation; recipients see "sent by"), envelope the delegate, signed d=${d} s=google from Google's outbound to a box running rspamd. Wanted: authenticated.`,
      args: BOX_ARGS,
      eml: toRspamd(raw, s, 'quarantine', '4Zw208c5'),
      zone: senderZone(s),
      expect: TRUSTED,
    });
  }
}

// Pending (4 of 69). Everything else reads as wanted: the brands' own notices (Bank of America
// through Marketing Cloud, its name run together too, Wells Fargo, Chase, PayPal, Amazon over SES,
// Microsoft's account team, Apple) authenticated online and offline (Outlook offline: unverified,
// nothing checked); the fourteen firms with "and/&/y/e/en/og/et" names authenticated; send on
// behalf / send as (Marks and Spencer, Wells Fargo's own shared mailbox, Pérez y Asociados),
// "Microsoft on behalf of Marks and Spencer", the Workspace delegate and Mandrill's Sender for a
// p=none "Bank and Trust" (unverified) as wanted. Read suspicious by design (BRAND_ELSEWHERE, not
// pending): the "Bank of America Chicago Marathon" from the event's domain, "Microsoft on behalf of
// Bank of America" (the email passcode) and "Microsoft Invitations on behalf of Wells Fargo" from
// wellsfargo.onmicrosoft.com: display-name-brand / brand-on-freemail, a tenant's chosen name
// proves nothing, and each is what a forger gets for free.
//
// Group 1 (3): Entra B2B invitations from a firm whose domain writes its "X & Y" name as initials,
// Reply-To the inviter there: w208-gmail-b2b-invitation-on-behalf-of-johnson-and-johnson (+ -offline:
// "Johnson and Johnson", invites@jnj.onmicrosoft.com, Reply-To @jnj.example) and
// w208-yahoo-b2b-invitation-on-behalf-of-procter-and-gamble ("Procter & Gamble", Reply-To @pg.example).
// Read now: suspicious on reply-to-other-org (medium) "your reply goes to maria.lopez@jnj.example at
// a different organisation", with dmarc-policy-none (low). The same shape for "Rossi e Figli" with
// Reply-To @rossiefigli.example reads authenticated (the finding is low there).
// Should read: authenticated or unverified: the real firms write exactly so (jnj.com, pg.com, att.com).
// At fault: lib/findings/reply-to.ts replyElsewhere: for an "on behalf of" organisation (behalfOrg)
// `named = firms`, i.e. firmsDomain(principal, org), whose nameSpellings only runs the name
// together ("johnsonandjohnson", "johnsonjohnson", "procterandgamble"…), never its initials; so
// forPrincipal is false, `onBehalf` false, and the reply reads as going elsewhere (medium).
// Smallest fix: in nameSpellings, for a name of two or more words joined by "&" or a joining word
// (AND), also the initials of its words with the legal form dropped, the joining word written as
// "n" or left out ("jnj", "jj"; "pg", "png"; "ms", "mns"), at least two letters. Only for such
// "X & Y" names, so a person's initials ("Dana Whitfield" → dw) stay unmatched.
// Could hurt: an attacker's tenant named "Procter & Gamble" answering at a pg.<tld> he registered:
// no worse than procterandgamble.<tld>, which the spelled name already accepts; a two-letter label
// is more often someone else's already (not the attacker's to read). Red-team round 206's Gmail
// Reply-To stays caught (a sign-up domain never counts).
//
// Group 2 (1): w208-outlook-b2b-invitation-on-behalf-of-rossi-e-figli-offline: the same invitation
// read offline in Outlook, where no Authentication-Results is trusted (EOP writes no authserv-id).
// Read now: suspicious on brand-on-freemail (high) "rossiefigli.onmicrosoft.com is a tenant domain
// …" (online: authenticated; offline in Gmail: authenticated by Gmail's rows).
// Should read: unverified, as every other sender does there with nothing checked (PayPal's own
// service@paypal.com reads unverified in the same place).
// At fault: lib/findings/brand-freemail.ts entraInvitation: `hasAlignedPass(ctx)` (auth-state.ts)
// is false when nothing was checked (offline, no trusted provider), so Microsoft's own template
// words are read as "Microsoft" on a tenant.
// Smallest fix: in entraInvitation, accept `a.mode === 'offline' && a.provider === null` (nothing
// checked) in place of the aligned pass; the template, invites@ and the principal's brand/desk
// checks still apply.
// Could hurt: a forged template from a server that is not the tenant's, read offline in Outlook,
// reads unverified instead of suspicious: what any forged From reads there already; online and
// with a provider's rows the aligned pass is still required.
// Lead, 2026-12-07: left pending: firms' initials as their domains (jnj, pg) and Outlook offline,
// where nothing vouches for the tenant's signature.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'w208-gmail-b2b-invitation-on-behalf-of-johnson-and-johnson',
  'w208-gmail-b2b-invitation-on-behalf-of-johnson-and-johnson-offline',
  'w208-yahoo-b2b-invitation-on-behalf-of-procter-and-gamble',
  'w208-outlook-b2b-invitation-on-behalf-of-rossi-e-figli-offline',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
