// Red-team round 162: the known email services list (lib/relay/providers-esp.ts) read through
// lib/findings/auth-state.ts sharedSpfPass / SHARED_PLATFORMS and the verdict's dmarc-pass row.
// An SPF pass that rests only on a mailbox or relay service's include (`include:spf.messagingengine.com`,
// `include:_spf.protonmail.ch`, `include:icloud.com`, `include:spf.smtp2go.com`,
// `include:eu._netblocks.mimecast.com`) proves "some customer of that service sent this", exactly as
// Zoho's, one.com's, mailbox.org's or Tuta's does (real-mail round 141 put those in SHARED_PLATFORMS):
// every customer hands its mail to the same relays, and the envelope is whatever the customer's
// client or account writes. The five services picked are the ones whose evidence an attacker gets
// by signing up: Fastmail (a paid trial; its identities, "personalities" in the older Fastmail
// family UI, let the user write the SMTP MAIL FROM himself), Proton Mail and iCloud+ (custom-domain
// mailboxes on shared relays), SMTP2GO (a free tier; its relays carry every account's mail) and
// Mimecast (the attacker's own tenant, as probe153 used it). Each attack: the bank (p=reject) or the
// reader's own firm (p=quarantine) listing the service in its SPF, the attacker's account there
// sending with the victim's own address as envelope, unsigned by the victim (the service's own
// signature where it adds one); each beside its genuine control, the victim's real mail through the
// same service signed with its own (CNAME-delegated) key. Read in Gmail, Outlook, Yahoo and a box.
// Where the layouts were learnt: Fastmail's SPF include and `?all` advice (mailermonk.com's Fastmail
// SPF guide, corpus "pages"), its identities (fastmail.help article 1500000280401) and Warpmail's
// "personalities" help page naming the SMTP MAIL FROM a user may set (corpus "pages"); Fastmail's
// outbound relay names (fout-a*-smtp.messagingengine.com) as probe106/realworld49 built them;
// Proton's, iCloud's, SMTP2GO's and Mimecast's relays and ranges as lib/relay/providers-esp.ts
// records them (their SPF records quoted there). Names and addresses are documentation ones except
// the services' own hosts and ranges; every key is the corpus test key.
import {
  ARGS,
  AUTHENTICATED,
  emitCase,
  GMAIL,
  KEY,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  signAll,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import {
  EOP_UNSIGNED,
  eopDelivery,
  eopPass,
  GMAIL_TO,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooOmega,
} from '../receivers';
import { probeCorpus } from '../rounds-kit';

const BANK = 'northbank.example';
const FIRM = 'reader.example';
const ROBIN = `robin@${FIRM}`;
const YAHOO_TO = 'robin.reader@yahoo.com';
const YAHOO = ['--webmail', 'yahoo'];
const BOX_FIRM = [...ARGS, '--recipient-domain', FIRM];

const LURE =
  'Dear customer,\r\n\r\nwe could not collect your November payment. To avoid a late fee, confirm your card\r\nat https://northbank-verify.example/pay today.\r\n\r\nNorthbank Customer Care\r\n';
const FIRM_LURE =
  'Hi Robin,\r\n\r\nplease pay supplier invoice 7731 (EUR 38,400) today to the new account\r\nIBAN XX00 0000 7731 5521 90. I am in meetings, just reply once done.\r\n\r\nDana\r\n';
const PLAIN =
  'Dear customer,\r\n\r\nyour November statement is ready in online banking.\r\n\r\nNorthbank\r\n';
const FIRM_PLAIN = 'Hi Robin,\r\n\r\nthe board pack for Thursday is on the shared drive.\r\n\r\nDana\r\n';

interface Service {
  key: string;
  name: string;
  relay: Relay;
  /** The service's SPF record name and its text. */
  spfName: string;
  spf: string;
  /** The service's own signature on every message (d=, s=), when it adds one. */
  own?: [string, string];
  /** The selector the customer's CNAME-delegated key is published under. */
  selector: string;
}

const FASTMAIL: Service = {
  key: 'fastmail',
  name: 'Fastmail',
  relay: {
    helo: 'fout-a2-smtp.messagingengine.com',
    rdns: 'fout-a2-smtp.messagingengine.com',
    ip: '103.168.172.145',
  },
  spfName: 'spf.messagingengine.com',
  spf: 'v=spf1 ip4:66.111.4.0/24 ip4:103.168.172.128/27 ?all',
  own: ['messagingengine.com', 'fm2'],
  selector: 'fm1',
};
const PROTON: Service = {
  key: 'proton',
  name: 'Proton Mail',
  relay: { helo: 'mail-40131.protonmail.ch', rdns: 'mail-40131.protonmail.ch', ip: '185.70.40.131' },
  spfName: '_spf.protonmail.ch',
  spf: 'v=spf1 ip4:185.70.40.0/24 ip4:185.70.41.0/24 ip4:185.70.43.0/24 ip4:79.135.106.0/24 ip4:79.135.107.0/24 ~all',
  selector: 'protonmail',
};
const ICLOUD: Service = {
  key: 'icloud',
  name: 'iCloud Mail',
  relay: {
    helo: 'qs51p00im-qukt01080502.me.com',
    rdns: 'qs51p00im-qukt01080502.me.com',
    ip: '17.57.155.23',
  },
  spfName: 'icloud.com',
  spf: 'v=spf1 ip4:17.57.155.0/24 ip4:17.57.156.0/24 ip4:17.58.0.0/16 ip4:57.103.64.0/18 ~all',
  selector: 'sig1',
};
const SMTP2GO: Service = {
  key: 'smtp2go',
  name: 'SMTP2GO',
  relay: { helo: 'e2i340.smtp2go.com', rdns: 'e2i340.smtp2go.com', ip: '103.2.141.84' },
  spfName: 'spf.smtp2go.com',
  spf: 'v=spf1 ip4:43.228.184.0/22 ip4:103.47.204.0/22 ip4:103.2.140.0/22 ip4:203.31.36.0/22 ip4:158.120.80.0/21 ~all',
  own: ['smtpservice.net', 'maxzs8.a1-4.dyn'],
  selector: 's1024',
};
const MIMECAST: Service = {
  key: 'mimecast',
  name: 'Mimecast',
  relay: {
    helo: 'eu-smtp-delivery-151.mimecast.com',
    rdns: 'eu-smtp-delivery-151.mimecast.com',
    ip: '185.58.86.151',
  },
  spfName: 'eu._netblocks.mimecast.com',
  spf: 'v=spf1 ip4:185.58.84.0/22 ip4:195.130.217.0/24 ~all',
  selector: 'mimecast20240101',
};

/** The victim's DNS with the service's record, the relay's name and both keys. */
function zone(s: Service, victim: string, policy: string, extra: Record<string, unknown> = {}) {
  return {
    ...ptr(s.relay.ip, s.relay.rdns),
    [s.spfName]: { TXT: [s.spf] },
    [victim]: { TXT: [`v=spf1 include:${s.spfName} -all`] },
    [`_dmarc.${victim}`]: { TXT: [`v=DMARC1; ${policy}`] },
    [`${s.selector}._domainkey.${victim}`]: KEY(),
    ...(s.own ? { [`${s.own[1]}._domainkey.${s.own[0]}`]: KEY() } : {}),
    ...extra,
  };
}

/** The message as the service hands it on: the victim's key when genuine, the service's own always. */
async function sent(s: Service, from: string, to: string, subject: string, body: string, genuine: boolean) {
  const domain = from.slice(from.lastIndexOf('@') + 1).replace(/>.*$/, '');
  const raw = submitted({
    from,
    to,
    subject,
    date: 'Fri, 20 Nov 2026 09:59:58 +0000',
    messageId: `<${s.key}-${genuine ? 'g' : 'a'}-7731@${s.relay.rdns}>`,
    body,
  });
  const signers: Array<[string, string]> = [
    ...(genuine ? ([[domain, s.selector]] as Array<[string, string]>) : []),
    ...(s.own ? [s.own] : []),
  ];
  return signers.length ? signAll(raw, signers) : raw;
}

const dkimOf = (s: Service, domain: string, genuine: boolean) => [
  ...(genuine ? [[domain, s.selector] as [string, string]] : []),
  ...(s.own ? [s.own] : []),
];

function inGmail(raw: string, s: Service, envelope: string, from: string, genuine: boolean) {
  const results = [
    ...dkimOf(s, from, genuine).map(([d, sel]) => gmailDkim(d, sel)),
    gmailSpf(envelope, s.relay.ip),
    gmailDmarc(from, 'REJECT'),
  ].join('\r\n       ');
  return gmailDelivery(raw, {
    relay: s.relay,
    envelope,
    results,
    ids: ['x62csp1162pxa', `a162si${s.key.length}qtb.62`],
    spf: 'pass',
    deliveredTo: true,
    to: GMAIL_TO,
  });
}

function inOutlook(raw: string, s: Service, envelope: string, from: string, genuine: boolean) {
  const dkim = genuine ? `dkim=pass (signature was verified)\r\n header.d=${from}` : EOP_UNSIGNED;
  const p = eopPass(s.relay, envelope, dkim, from);
  return eopDelivery(raw, { ...p, returnPath: envelope });
}

function inYahoo(raw: string, s: Service, envelope: string, from: string, genuine: boolean) {
  const dkim = dkimOf(s, from, genuine)
    .map(([d, sel]) => `dkim=pass header.i=@${d} header.s=${sel};`)
    .join('\r\n ');
  return yahooOmega(
    raw,
    {
      ip: s.relay.ip,
      helo: s.relay.helo,
      envelope,
      spf: `pass (domain of ${from} designates ${s.relay.ip} as permitted sender)`,
      ar: `${dkim ? `${dkim}\r\n ` : 'dkim=unknown;\r\n '}spf=pass smtp.mailfrom=${from};\r\n dmarc=pass(p=REJECT) header.from=${from};`,
    },
    { tag: `R162${s.key}`, pod: 'x7kq2', inner: '10.217.150.37', to: YAHOO_TO },
  );
}

function inBox(raw: string, s: Service, envelope: string, from: string, genuine: boolean) {
  const dkim = dkimOf(s, from, genuine)
    .map(([d, sel]) => `dkim=pass header.d=${d} header.s=${sel} header.b=Q29ycHVz`)
    .join(';\r\n\t');
  return onTop(
    raw,
    `Return-Path: <${envelope}>`,
    `Authentication-Results: ${RECEIVER};\r\n\t${dkim ? `${dkim};\r\n\t` : 'dkim=none;\r\n\t'}spf=pass (${RECEIVER}: domain of ${envelope} designates ${s.relay.ip} as permitted sender) smtp.mailfrom=${envelope};\r\n\tdmarc=pass header.from=${from}`,
    received({
      ...s.relay,
      by: RECEIVER,
      id: `4Zr162${s.key.slice(0, 3).toUpperCase()}x`,
      for: ROBIN,
      date: 'Fri, 20 Nov 2026 10:00:05 +0000',
    }),
  );
}

type Reader = 'gmail' | 'outlook' | 'yahoo' | 'box';
const READ: Record<Reader, { args: string[]; deliver: typeof inGmail; to: string; where: string }> = {
  gmail: { args: GMAIL, deliver: inGmail, to: GMAIL_TO, where: 'Gmail' },
  outlook: {
    args: OUTLOOK,
    deliver: inOutlook,
    to: 'robin@harbourline.example',
    where: 'Outlook (Exchange Online)',
  },
  yahoo: { args: YAHOO, deliver: inYahoo, to: YAHOO_TO, where: 'Yahoo Mail' },
  box: { args: BOX_FIRM, deliver: inBox, to: ROBIN, where: "the reader's own Postfix box" },
};

async function pair(
  write: CaseWriter,
  s: Service,
  reader: Reader,
  victim: 'bank' | 'firm',
  twin = false,
): Promise<void> {
  const r = READ[reader];
  const isBank = victim === 'bank';
  const domain = isBank ? BANK : FIRM;
  const policy = isBank ? 'p=reject; rua=mailto:dmarc@northbank.example' : 'p=quarantine';
  const fromAddr = isBank ? `care@${BANK}` : `dana.finance@${FIRM}`;
  const fromHdr = isBank ? `Northbank Customer Care <${fromAddr}>` : `Dana Whitfield <${fromAddr}>`;
  const base = `probe162-${reader}-${s.key}-${victim}`;
  const who = isBank ? 'the bank (p=reject)' : "the reader's own firm (p=quarantine)";
  const z = zone(s, domain, policy);
  const attackRaw = await sent(
    s,
    fromHdr,
    r.to,
    isBank ? 'Payment failed: action needed today' : 'Urgent: supplier payment',
    isBank ? LURE : FIRM_LURE,
    false,
  );
  emitCase(write, {
    name: `${base}-shared-include-spf-only`,
    about: `Attack: ${who} lists ${s.name} in its SPF (include:${s.spfName}); the attacker's own ${s.name} account sends as ${fromAddr} with that address as envelope from ${s.relay.rdns} [${s.relay.ip}], unsigned by ${domain}${s.own ? ` (only ${s.name}'s own d=${s.own[0]} signature)` : ''}. SPF passes aligned through the service's shared include, so DMARC passes; every customer of ${s.name} passes it the same way. Read in ${r.where}: it must not read authenticated or unverified-as-fine; as Zoho's or mailbox.org's shared include, an SPF-only pass through it proves only "some customer of ${s.name}".`,
    class: 'red-team',
    args: r.args,
    eml: r.deliver(attackRaw, s, fromAddr, domain, false),
    zone: z,
    // Unverified is the reading of any SPF-only pass through a shared platform's include (Zoho's,
    // mailbox.org's): the platform proves some customer sent it, not which.
    expect: { notVerdict: ['authenticated'] },
    twin,
  });
  const genuineRaw = await sent(
    s,
    fromHdr,
    r.to,
    isBank ? 'Your November statement is ready' : 'Board pack for Thursday',
    isBank ? PLAIN : FIRM_PLAIN,
    true,
  );
  emitCase(write, {
    name: `${base}-genuine-own-key`,
    about: `Genuine control: ${who}'s own mail through its ${s.name} account from ${s.relay.rdns} [${s.relay.ip}], envelope ${fromAddr}, signed with ${domain}'s own CNAME-delegated key (s=${s.selector})${s.own ? ` beside ${s.name}'s d=${s.own[0]}` : ''}; SPF passes through include:${s.spfName}. Read in ${r.where}: authenticated.`,
    class: 'real-mail',
    args: r.args,
    eml: r.deliver(genuineRaw, s, fromAddr, domain, true),
    zone: z,
    expect: AUTHENTICATED,
    twin,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await pair(write, FASTMAIL, 'gmail', 'bank', true);
  await pair(write, FASTMAIL, 'box', 'firm');
  await pair(write, PROTON, 'outlook', 'bank');
  await pair(write, ICLOUD, 'yahoo', 'bank');
  await pair(write, SMTP2GO, 'box', 'firm');
  await pair(write, SMTP2GO, 'gmail', 'bank');
  await pair(write, MIMECAST, 'box', 'firm');
}

// Every attack reads **authenticated** today ("sent from a server <victim> authorises, sent
// through <service>"; only dkim-unaligned:info, gateway-untrusted:info for Mimecast) and should
// read unverified at best (as an SPF-only pass through Zoho's or mailbox.org's include does), the
// victim's own signature being what ties the mail to its owner; the genuine controls, signed with
// the victim's own key, already read authenticated and stay so. At fault:
// lib/findings/auth-state.ts SHARED_PLATFORMS (read by sharedSpfPass, whose `owner` the verdict's
// dmarc-pass row in lib/findings/verdict.ts refuses through sharedSpfOnly): it lists no entry for
// Fastmail (spf.messagingengine.com), Proton Mail (_spf.protonmail.ch), iCloud Mail (icloud.com),
// SMTP2GO (spf.smtp2go.com) or Mimecast (*._netblocks.mimecast.com), although
// lib/relay/providers-esp.ts knows each as a service whose relays send for every customer; so the
// innermost record of the include path is taken as the victim's own authorisation.
// Fixed at 11:59 (lib/findings/auth-state.ts SHARED_PLATFORMS: Fastmail, Proton, iCloud): those
// read unverified, as Zoho's do. Kept out by choice (the lead, 12:06): SMTP2GO, whose customers'
// genuine envelopes are their own CNAME'd bounce domains that pass through the same include
// (realworld149-box-smtp2go-receipt-return-path-only read unverified under the rule), and whose
// sending for a domain needs that domain verified first; and (11:59) Mimecast.
// Its outbound service takes only domains a customer has registered with it, and enterprises send
// through it unsigned more often than through any mailbox provider; reading every such message
// unverified is a false warning on a great deal of genuine mail, for an attack that needs a
// Mimecast account allowed to send for the victim's domain.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe162-box-smtp2go-firm-shared-include-spf-only',
  'probe162-gmail-smtp2go-bank-shared-include-spf-only',
  'probe162-box-mimecast-firm-shared-include-spf-only',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
