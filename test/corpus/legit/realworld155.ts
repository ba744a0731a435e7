// Real-world delivery shapes, hundred-and-fifty-fifth round: genuine marketing and lifecycle mail
// from email platforms HeaderLens does not name in lib/relay/providers-esp.ts (Customer.io,
// Klaviyo, Adobe Marketo Engage, Salesforce Marketing Cloud / ExactTarget) and from newsletter
// platforms riding a named one (Substack and a Ghost site over Mailgun), read in Gmail, Outlook on
// the web, Yahoo and a self-hosted Postfix box (OpenDKIM, OpenDMARC, policyd-spf, Dovecot LMTP).
// Attack twins beside them: a look-alike shop on a rented EC2 server, and a look-alike of a shop
// sent through Klaviyo's shared sending domain.
// Where the layouts were learnt (`search`, pages and code corpora), and what was NOT confirmed:
// - Customer.io: on.bo/esp/customer-io (DNS a customer publishes: `cio<id>._domainkey` CNAME to
//   dkim.customeriomail.com, `bounces` CNAME to bounce.customeriomail.com, SPF include
//   mail.customeriomail.com on the sending subdomain); docs.customer.io "Set Custom Email Headers"
//   (Received and Return-Path are written by Customer.io's servers; Reply-To settable). Its outbound
//   addresses and PTR names were NOT confirmed: modelled as AWS us-east-1 space (52.204.x) under a
//   forward-confirmed `*.customeriomail.com` name, the cloud-hosted case the brief asks about.
// - Klaviyo: help.klaviyo.com "Understand the domains that play a role in email deliverability"
//   (shared sending domain shows "via klaviyomail.com"; a branded sending domain removes it);
//   suped.com on Klaviyo SPF/DKIM (return path `kl.<brand>`, DKIM published under `send.<brand>`).
//   Klaviyo's relays: o1366.shared.klaviyomail.com [149.72.183.195] (SendGrid's space) in a
//   delivered message of a googlegroups archive (the helper first modelled AWS space, unconfirmed;
//   the lead corrected it); the selector `kl` and the second d=klaviyomail.com signature are assumed.
// - Marketo: `mktomail.com` as Marketo's own domain (public SaaS-sender tables found with
//   find_string, e.g. `S('marketo', 'Adobe Marketo Engage', … owns: ['mktomail.com'])`); its
//   192.28.144.0/20 sending block, `mail…mktomail.com` PTRs, the munchkin-id Return-Path and the
//   selector `m1` are from memory, NOT confirmed.
// - Salesforce Marketing Cloud: `exacttarget.com` in public ESP include lists (find_string); the
//   Sender Authentication Package layout (PTR `mta…<sap domain>`, bounce.<sap domain> envelope,
//   selector 200608, 13.111.0.0/16) is from memory, NOT confirmed. dmarcwise/dmarc-wiki
//   salesforce.svelte.md (Salesforce core's `bnc.salesforce.com` VERP) is the other Salesforce.
// - Substack and Ghost over Mailgun: Mailgun's `m…mailgun.net` PTRs and 159.135.x as realworld
//   rounds before; Substack's `mg….substack.com` envelope and Ghost's custom Mailgun sending domain
//   assumed (NOT confirmed from real headers).
// Names and addresses are documentation ones except the platforms' own names, hosts and ranges;
// every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, KEY, legitCorpus, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
  yahooResults,
} from '../receivers';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const ENTERED = 'Fri, 20 Nov 2026 10:00:03 +0000';
const BOXED = 'Fri, 20 Nov 2026 10:00:04 +0000';

/** DMARC passed for the From domain: authenticated. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const domainOf = (addr: string) => addr.slice(addr.lastIndexOf('@') + 1).replace(/>$/, '');

// --- Platforms' relays ------------------------------------------------------------------------
const CUSTOMERIO: Relay = {
  helo: 'mta-52-204-8-16.customeriomail.com',
  rdns: 'mta-52-204-8-16.customeriomail.com',
  ip: '52.204.8.16',
};
// Klaviyo's relays as delivered mail shows them (lead's correction, 11:1x): a googlegroups archive
// holds `Received: from o1366.shared.klaviyomail.com (o1366.shared.klaviyomail.com.
// [149.72.183.195]) by gmr-mx.google.com` with the envelope at send.ksd2.klaviyomail.com, and a
// scan report names o1340.shared.klaviyomail.com for 167.89.109.112: SendGrid's space.
const KLAVIYO: Relay = {
  helo: 'o1366.shared.klaviyomail.com',
  rdns: 'o1366.shared.klaviyomail.com',
  ip: '149.72.183.195',
};
const MARKETO: Relay = {
  helo: 'mail192-28-150-24.mktomail.com',
  rdns: 'mail192-28-150-24.mktomail.com',
  ip: '192.28.150.24',
};
const SFMC: Relay = { helo: 'mta3.e.lumenair.example', rdns: 'mta3.e.lumenair.example', ip: '13.111.64.20' };
const MAILGUN: Relay = { helo: 'm228-5.mailgun.net', rdns: 'm228-5.mailgun.net', ip: '159.135.228.5' };
/** The look-alike shop's own rented EC2 server (its default name). */
const EC2: Relay = {
  helo: 'mail.fernleaf-app.example',
  rdns: 'ec2-3-120-5-20.eu-central-1.compute.amazonaws.com',
  ip: '3.120.5.20',
};

const ZONE = {
  ...ptr(CUSTOMERIO.ip, CUSTOMERIO.rdns),
  ...ptr(KLAVIYO.ip, KLAVIYO.rdns),
  ...ptr(MARKETO.ip, MARKETO.rdns),
  ...ptr(SFMC.ip, SFMC.rdns),
  ...ptr(MAILGUN.ip, MAILGUN.rdns),
  ...ptr(EC2.ip, EC2.rdns),
  // Customer.io for Fernleaf (a meal-kit app): bounces.fernleaf.example CNAMEd, cio selector
  ...txt('mail.customeriomail.com', 'v=spf1 ip4:52.204.8.0/24 ip4:52.204.9.0/24 -all'),
  ...txt('bounces.fernleaf.example', 'v=spf1 include:mail.customeriomail.com -all'),
  ...key('fernleaf.example', 'cio1551'),
  ...dmarc('fernleaf.example', 'reject'),
  // Klaviyo for Oakhollow (a shop): kl.oakhollow.example return path, send.oakhollow.example DKIM
  ...txt('_spf.klaviyomail.com', 'v=spf1 ip4:149.72.0.0/16 ip4:167.89.0.0/17 -all'),
  ...txt('kl.oakhollow.example', 'v=spf1 include:_spf.klaviyomail.com -all'),
  ...txt('send.klaviyomail.com', 'v=spf1 include:_spf.klaviyomail.com -all'),
  ...key('send.oakhollow.example', 'kl'),
  ...key('klaviyomail.com', 'kl2'),
  ...dmarc('oakhollow.example', 'quarantine'),
  ...dmarc('klaviyomail.com', 'reject'),
  // A small shop on Klaviyo's shared domain, and the bank
  ...dmarc('pinecrate.example', 'none'),
  ...txt('pinecrate.example', 'v=spf1 include:_spf.google.com -all'),
  ...dmarc('oakhollow-outlet.example', 'none'),
  // Marketo for Harbour Analytics
  ...txt('mktomail.com', 'v=spf1 ip4:192.28.144.0/20 ip4:199.15.212.0/22 -all'),
  ...key('harbour-analytics.example', 'm1'),
  ...key('mktomail.com', 'mkto'),
  ...dmarc('harbour-analytics.example', 'reject'),
  // Salesforce Marketing Cloud for LumenAir (SAP on e.lumenair.example)
  ...txt('bounce.e.lumenair.example', 'v=spf1 ip4:13.111.64.0/24 -all'),
  ...key('e.lumenair.example', '200608'),
  ...dmarc('lumenair.example', 'reject'),
  // Mailgun, Substack, a Ghost site
  ...txt('mailgun.org', 'v=spf1 ip4:159.135.224.0/20 ip4:69.72.32.0/20 ~all'),
  ...txt('mg1.substack.com', 'v=spf1 include:mailgun.org ~all'),
  ...key('substack.com', 'mg'),
  ...key('mailgun.org', 'mg'),
  ...dmarc('substack.com', 'reject'),
  ...txt('email.fieldnotes.example', 'v=spf1 include:mailgun.org ~all'),
  ...key('fieldnotes.example', 'pic'),
  ...dmarc('fieldnotes.example', 'quarantine'),
  // The look-alike shop on its own EC2 server
  ...txt('fernleaf-app.example', `v=spf1 ip4:${EC2.ip} -all`),
  ...key('fernleaf-app.example', 's1'),
  ...dmarc('fernleaf-app.example', 'reject'),
};

const BOX = 'mail.reader.example';
const ROBIN_BOX = 'robin@reader.example';
const ROBIN_GMAIL = 'robin.reader@gmail.com';
const ROBIN_YAHOO = 'robin.reader@yahoo.com';
const ROBIN_OUTLOOK = 'robin.reader@outlook.example';

interface Sent {
  from: string;
  envelope: string;
  relay: Relay;
  /** Signers, the From's own first (Gmail's results name it). */
  signers: [string, string][];
  policy: string;
  subject: string;
  body: string;
  messageId: string;
  extra?: string[];
}

type Reader = 'gmail' | 'outlook' | 'yahoo' | 'box';
const RCPT: Record<Reader, string> = {
  gmail: ROBIN_GMAIL,
  outlook: ROBIN_OUTLOOK,
  yahoo: ROBIN_YAHOO,
  box: ROBIN_BOX,
};

const signed = (s: Sent, rcpt: string) =>
  signAll(
    submitted({
      from: s.from,
      to: rcpt,
      subject: s.subject,
      date: SENT,
      messageId: s.messageId,
      extraHeaders: s.extra ?? [],
      body: s.body,
    }),
    [...s.signers].reverse(),
  );

/** `dmarcFail`: the box's OpenDMARC recorded a fail (the Klaviyo shared-domain cases). */
async function deliver(s: Sent, reader: Reader, n: string, dmarcFail = false): Promise<string> {
  const rcpt = RCPT[reader];
  const raw = await signed(s, rcpt);
  const d = s.signers[0]?.[0] ?? '';
  const fromDomain = domainOf(s.from);
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: [
        ...s.signers.map(([sd, ss]) => gmailDkim(sd, ss)),
        gmailSpf(s.envelope, s.relay.ip),
        gmailDmarc(fromDomain, s.policy),
      ].join('\r\n       '),
      ids: [`x155csp${n}pxb`, `a155si${n}qtc.155`],
      spf: 'pass',
      deliveredTo: true,
      to: rcpt,
    });
  if (reader === 'outlook')
    return eopDelivery(raw, {
      ...eopPass(
        s.relay,
        domainOf(s.envelope),
        `dkim=pass (signature was verified)\r\n header.d=${d}`,
        fromDomain,
      ),
      returnPath: s.envelope,
    });
  if (reader === 'yahoo')
    return yahooDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: yahooResults(
        s.signers,
        domainOf(s.envelope),
        `dmarc=pass(p=${s.policy.toLowerCase()} sp=${s.policy.toLowerCase()}) header.from=${fromDomain};`,
      ),
    });
  const policy = s.policy.toLowerCase();
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    dovecotLmtp(BOX, s.envelope, rcpt, `kB155${n}dE3fG4hI5jK6lM7n`, BOXED),
    `Authentication-Results: ${BOX}; dmarc=${dmarcFail ? 'fail' : 'pass'} (p=${policy} dis=none) header.from=${fromDomain}`,
    ...s.signers.map(
      ([sd, ss]) =>
        `Authentication-Results: ${BOX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${sd} header.i=@${sd} header.a=rsa-sha256 header.s=${ss} header.b=Q29ycHVz;\r\n\tdkim-atps=neutral`,
    ),
    `Authentication-Results: ${BOX}; spf=pass smtp.mailfrom=${s.envelope}`,
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${s.relay.ip}; helo=${s.relay.helo}; envelope-from=${s.envelope}; receiver=<UNKNOWN>`,
    `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw155${n}a2\r\n\tfor <${rcpt}>; ${ENTERED}`,
  );
}

const argsFor = (reader: Reader) =>
  reader === 'gmail'
    ? ['--webmail', 'gmail']
    : reader === 'outlook'
      ? ['--webmail', 'outlook']
      : reader === 'yahoo'
        ? ['--webmail', 'yahoo']
        : ['--authserv-id', BOX];

const unsub = (url: string) => [
  `List-Unsubscribe: <${url}>`,
  'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
];

// --- Senders ----------------------------------------------------------------------------------
const customerio = (n: string): Sent => ({
  from: '"Fernleaf" <hello@fernleaf.example>',
  envelope: `bounces+155${n}.aGVsbG8@bounces.fernleaf.example`,
  relay: CUSTOMERIO,
  signers: [['fernleaf.example', 'cio1551']],
  policy: 'REJECT',
  subject: 'Your box ships Monday: pick 3 more recipes',
  body: 'Hi Robin,\r\n\r\nYour next Fernleaf box ships Monday. You still have 3 recipes to choose.\r\n\r\nChoose recipes: https://e.customeriomail.com/e/c/eyJlbWFpbF9pZCI6IjE1NSJ9/155\r\n\r\nFernleaf, 1 Example Row\r\n',
  messageId: `<155${n}.cio.0a1b2c3d@fernleaf.example>`,
  extra: [
    'Reply-To: Fernleaf Support <support@fernleaf.example>',
    ...unsub(`https://e.customeriomail.com/unsubscribe/155${n}`),
  ],
});

const klaviyo = (n: string): Sent => ({
  from: '"Oakhollow Outfitters" <news@oakhollow.example>',
  envelope: `bounce-155${n}-4RtYq@kl.oakhollow.example`,
  relay: KLAVIYO,
  signers: [
    ['send.oakhollow.example', 'kl'],
    ['klaviyomail.com', 'kl2'],
  ],
  policy: 'QUARANTINE',
  subject: 'Winter boots are back in stock',
  body: 'The Ridge boot is back in every size.\r\n\r\nShop now: https://trk.klclick.com/ls/click?upn=155example\r\n\r\nOakhollow Outfitters, 2 Example Lane\r\nUnsubscribe: https://manage.kmail-lists.com/subscriptions/unsubscribe?a=155\r\n',
  messageId: `<155${n}.01HF.kl@klaviyomail.com>`,
  extra: unsub(`https://manage.kmail-lists.com/subscriptions/unsubscribe?a=155${n}`),
});

/** Klaviyo's shared sending domain: the account's From address, Klaviyo's own envelope and d=. */
const klaviyoShared = (from: string, policy: string, subject: string, body: string, n: string): Sent => ({
  from,
  envelope: `bounce-155${n}-Zq7@send.klaviyomail.com`,
  relay: KLAVIYO,
  signers: [['klaviyomail.com', 'kl2']],
  policy,
  subject,
  body,
  messageId: `<155${n}.01HF.kl@klaviyomail.com>`,
  extra: unsub(`https://manage.kmail-lists.com/subscriptions/unsubscribe?a=155${n}`),
});

const marketo = (n: string): Sent => ({
  from: '"Harbour Analytics Events" <events@harbour-analytics.example>',
  envelope: `155-HAR-${n}10.0.4417.0.0.2211.9.15500${n}@mktomail.com`,
  relay: MARKETO,
  signers: [
    ['harbour-analytics.example', 'm1'],
    ['mktomail.com', 'mkto'],
  ],
  policy: 'REJECT',
  subject: 'Your seat at Data Day 2026 is confirmed',
  body: 'Hi Robin,\r\n\r\nThanks for registering for Data Day 2026 (online, 3 December, 15:00 GMT).\r\n\r\nAdd to calendar: https://go.harbour-analytics.example/dc/155example\r\n\r\nHarbour Analytics\r\n',
  messageId: `<155${n}.1234567890123.mkto@sj-mas.mktomail.com>`,
  extra: ['X-Mailfrom: events@harbour-analytics.example', 'X-PVIQ: 155-HAR-410'],
});

const sfmc = (n: string): Sent => ({
  from: '"LumenAir" <news@e.lumenair.example>',
  envelope: `bounce-12_HTML-155${n}-1234-7654321-12@bounce.e.lumenair.example`,
  relay: SFMC,
  signers: [['e.lumenair.example', '200608']],
  policy: 'REJECT',
  subject: 'Robin, your winter fare alert: 3 routes under £60',
  body: 'Fares you are watching dropped.\r\n\r\nSee fares: https://click.e.lumenair.example/?qs=155example\r\n\r\nLumenAir, 3 Example Way. Update preferences: https://cloud.e.lumenair.example/prefs\r\n',
  messageId: `<155${n}-a1b2-4c3d-9e8f-000000000155@ind1s06mta1234.xt.local>`,
  extra: [
    'x-job: 7654321_155',
    ...unsub(`https://click.e.lumenair.example/subscription_center.aspx?jwt=155${n}`),
  ],
});

const substack = (n: string): Sent => ({
  from: '"The Tideline" <thetideline@substack.com>',
  envelope: `bounce+155${n}a.2b1c-robin.reader=yahoo.com@mg1.substack.com`,
  relay: MAILGUN,
  signers: [
    ['substack.com', 'mg'],
    ['mailgun.org', 'mg'],
  ],
  policy: 'REJECT',
  subject: 'The week in coastal policy',
  body: 'Read in app: https://thetideline.substack.com/p/the-week-155\r\n\r\nYou are a free subscriber to The Tideline.\r\nUnsubscribe: https://substack.com/redirect/155example\r\n',
  messageId: `<20261120100001.155${n}.40117@substack.com>`,
  extra: [
    'Reply-To: "The Tideline" <reply+2b1c155@substack.com>',
    'List-Id: <thetideline.substack.com>',
    ...unsub(`https://thetideline.substack.com/action/disable_email?token=155${n}`),
  ],
});

const ghost = (n: string): Sent => ({
  from: '"Field Notes" <noreply@fieldnotes.example>',
  envelope: `bounce+155${n}b.3c2d-robin.reader=gmail.com@email.fieldnotes.example`,
  relay: MAILGUN,
  signers: [
    ['fieldnotes.example', 'pic'],
    ['mailgun.org', 'mg'],
  ],
  policy: 'QUARANTINE',
  subject: 'Field Notes #155: salt marsh birds in November',
  body: 'This week: the marsh at low tide.\r\n\r\nRead online: https://fieldnotes.example/155-salt-marsh/\r\n\r\nField Notes, a Ghost publication. Unsubscribe: https://fieldnotes.example/unsubscribe/?uuid=155\r\n',
  messageId: `<20261120100001.155${n}.ghost@fieldnotes.example>`,
  extra: [
    'Reply-To: "Field Notes" <editor@fieldnotes.example>',
    ...unsub(`https://fieldnotes.example/unsubscribe/?uuid=155${n}`),
  ],
});

// --- Pending --------------------------------------------------------------------------------
// Kept out by choice (the lead, 11:1x): Customer.io's relay layout is modelled, not confirmed (no
// delivered header of customeriomail.com was found; Klaviyo's, modelled the same way, turned out to
// be SendGrid's and reads authenticated). Naming a platform known by its reverse name alone on
// cloud space needs its real names first.
// Customer.io's own relays in AWS space, forward-confirmed under customeriomail.com /
// klaviyomail.com, carrying the customer's aligned DKIM and an SPF pass through the platform's own
// /24: HeaderLens reads "suspicious" (hosted-server-relay medium: "sent from a rented server on
// Amazon Web Services"); it should read authenticated. At fault: lib/relay/providers-esp.ts
// EMAIL_PROVIDERS names neither platform, so lib/relay/esp-evidence.ts espEvidence finds no ESP for
// the confirmed reverse name and the origin stays origin.hostedServer; lib/findings/hosted-server.ts
// hostedServerRule then raises medium (ownServerEvidence only lowers it for a name in the From's
// own organisation). Fix: add Customer.io (rdns suffix customeriomail.com, domains
// customeriomail.com) and Klaviyo (rdns suffix klaviyomail.com, domains klaviyomail.com) as
// providers, known on hosting space by the forward-confirmed name only (as Titan on AWS).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'realworld155-gmail-customerio-fernleaf-branded',
  'realworld155-gmail-customerio-fernleaf-branded-no-options',
  'realworld155-outlook-customerio-fernleaf-branded',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

interface One {
  name: string;
  about: string;
  cls: string;
  eml: string;
  args: string[];
  expect: CaseExpectation;
  twin?: boolean;
}
const emit = (write: CaseWriter, c: One) =>
  emitCase(write, { ...c, zone: ZONE, class: `realworld155-${c.cls}` });

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- Customer.io: a meal-kit app's lifecycle mail, platform relay in AWS space ----
  emit(write, {
    name: 'realworld155-gmail-customerio-fernleaf-branded',
    cls: 'customerio-branded',
    about: `Genuine: Fernleaf's lifecycle reminder from Customer.io with its own sending domain: "Fernleaf" <hello@fernleaf.example>, envelope at bounces.fernleaf.example (CNAME to bounce.customeriomail.com, SPF include:mail.customeriomail.com), signed d=fernleaf.example s=cio1551, handed over by ${CUSTOMERIO.rdns} [${CUSTOMERIO.ip}] (AWS space, forward-confirmed), every pass. Gmail. Wanted: authenticated: the From domain's own aligned signature and an SPF pass through its platform's /24, from a server named by the platform; a hosted-server warning here is a false warning.`,
    eml: await deliver(customerio('a'), 'gmail', 'a'),
    args: argsFor('gmail'),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld155-outlook-customerio-fernleaf-branded',
    cls: 'customerio-branded',
    about: `Genuine: the same Customer.io reminder read in Outlook on the web (EOP: spf=pass smtp.mailfrom=bounces.fernleaf.example, dkim=pass header.d=fernleaf.example, dmarc=pass). Wanted: authenticated.`,
    eml: await deliver(customerio('b'), 'outlook', 'b'),
    args: argsFor('outlook'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld155-gmail-customerio-lookalike-ec2-attack-twin',
    cls: 'customerio-attack-twin',
    about: `Attack twin: the same reminder text ("your box ships Monday") from a look-alike shop, fernleaf-app.example, sent from its own rented EC2 server (${EC2.rdns} [${EC2.ip}]) with its own SPF (ip4 /32), DKIM and DMARC p=reject, every pass. Gmail. Wanted: not trusted (a rented cloud server of a domain no platform names).`,
    eml: await deliver(
      {
        ...customerio('c'),
        from: '"Fernleaf" <hello@fernleaf-app.example>',
        envelope: 'bounces@fernleaf-app.example',
        relay: EC2,
        signers: [['fernleaf-app.example', 's1']],
        messageId: '<155c.0a1b2c3d@fernleaf-app.example>',
        extra: ['Reply-To: Fernleaf Support <support@fernleaf-app.example>'],
      },
      'gmail',
      'c',
    ),
    args: argsFor('gmail'),
    expect: NOT_TRUSTED,
  });

  // ---- Klaviyo: a shop's branded sending domain, and the shared one ----
  emit(write, {
    name: 'realworld155-gmail-klaviyo-oakhollow-branded',
    cls: 'klaviyo-branded',
    about: `Genuine: Oakhollow's campaign from Klaviyo with a branded sending domain: "Oakhollow Outfitters" <news@oakhollow.example>, envelope at kl.oakhollow.example (SPF through Klaviyo's /24), signed d=send.oakhollow.example s=kl (relaxed alignment) and d=klaviyomail.com, handed over by ${KLAVIYO.rdns} [${KLAVIYO.ip}] (AWS space, forward-confirmed), every pass. Gmail. Wanted: authenticated.`,
    eml: await deliver(klaviyo('d'), 'gmail', 'd'),
    args: argsFor('gmail'),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld155-yahoo-klaviyo-oakhollow-branded',
    cls: 'klaviyo-branded',
    about: `Genuine: the same Klaviyo campaign read in Yahoo Mail (dkim=pass for both signers, spf=pass smtp.mailfrom=kl.oakhollow.example, dmarc=pass). Wanted: authenticated.`,
    eml: await deliver(klaviyo('e'), 'yahoo', 'e'),
    args: argsFor('yahoo'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld155-box-klaviyo-shared-domain-small-shop-p-none',
    cls: 'klaviyo-shared',
    about: `Genuine: a small shop that never set up a branded domain sends from Klaviyo's shared domain ("via klaviyomail.com" in Gmail): "Pinecrate" <hello@pinecrate.example>, envelope at send.klaviyomail.com, signed d=klaviyomail.com only; pinecrate.example publishes p=none, so DMARC fails unaligned and the box's OpenDMARC records dmarc=fail (p=none). Wanted: never spoofed; not authenticated is honest (nothing of pinecrate.example is proven; any Klaviyo account may type that From address).`,
    eml: await deliver(
      klaviyoShared(
        '"Pinecrate" <hello@pinecrate.example>',
        'NONE',
        'New: cedar crates, 20% off this week',
        'Our cedar crates are here.\r\n\r\nShop: https://trk.klclick.com/ls/click?upn=155f\r\n\r\nPinecrate\r\n',
        'f',
      ),
      'box',
      'f',
      true,
    ),
    args: argsFor('box'),
    expect: { notVerdict: ['spoofed', 'authenticated'] },
  });
  emit(write, {
    name: 'realworld155-box-klaviyo-shared-domain-lookalike-attack-twin',
    cls: 'klaviyo-shared-attack-twin',
    about: `Attack twin: a Klaviyo trial account on the shared domain sends as a look-alike of the branded shop, "Oakhollow Outfitters" <orders@oakhollow-outlet.example> (p=none), envelope at send.klaviyomail.com, d=klaviyomail.com only, from Klaviyo's real relay; the box records dmarc=fail (p=none). Wanted: not authenticated and not spoofed (the look-alike asks nothing of failures; nothing ties oakhollow-outlet.example to the branded shop without the reader's sender memory, so "unverified" is the honest reading since Klaviyo's relay is SendGrid's, a known service).`,
    eml: await deliver(
      klaviyoShared(
        '"Oakhollow Outfitters" <orders@oakhollow-outlet.example>',
        'NONE',
        'Your order is on hold: confirm your card',
        'We could not charge your card for order #155.\r\n\r\nConfirm: https://trk.klclick.com/ls/click?upn=155g\r\n',
        'g',
      ),
      'box',
      'g',
      true,
    ),
    args: argsFor('box'),
    expect: { notVerdict: ['spoofed', 'authenticated'] },
  });

  // ---- Marketo ----
  emit(write, {
    name: 'realworld155-gmail-marketo-event-confirmation',
    cls: 'marketo',
    about: `Genuine: a B2B webinar confirmation from Adobe Marketo Engage: "Harbour Analytics Events" <events@harbour-analytics.example>, munchkin-id envelope at mktomail.com (SPF pass, not aligned), signed d=harbour-analytics.example s=m1 and d=mktomail.com, from ${MARKETO.rdns} [${MARKETO.ip}], every pass. Gmail. Wanted: authenticated (aligned DKIM).`,
    eml: await deliver(marketo('h'), 'gmail', 'h'),
    args: argsFor('gmail'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld155-outlook-marketo-event-confirmation',
    cls: 'marketo',
    about: `Genuine: the same Marketo confirmation in Outlook on the web (EOP: spf=pass smtp.mailfrom=mktomail.com, dkim=pass header.d=harbour-analytics.example, dmarc=pass). Wanted: authenticated.`,
    eml: await deliver(marketo('i'), 'outlook', 'i'),
    args: argsFor('outlook'),
    expect: PASSES,
    twin: true,
  });

  // ---- Salesforce Marketing Cloud with a Sender Authentication Package ----
  emit(write, {
    name: 'realworld155-gmail-sfmc-sap-fare-alert',
    cls: 'sfmc',
    about: `Genuine: an airline's fare alert from Salesforce Marketing Cloud with a Sender Authentication Package: "LumenAir" <news@e.lumenair.example>, envelope at bounce.e.lumenair.example, signed d=e.lumenair.example s=200608, from its dedicated IP ${SFMC.ip} named ${SFMC.rdns} (a name in the customer's own domain), every pass. Gmail. Wanted: authenticated.`,
    eml: await deliver(sfmc('j'), 'gmail', 'j'),
    args: argsFor('gmail'),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld155-box-sfmc-sap-fare-alert',
    cls: 'sfmc',
    about: `Genuine: the same Marketing Cloud alert on the reader's Postfix box. Wanted: authenticated.`,
    eml: await deliver(sfmc('k'), 'box', 'k'),
    args: argsFor('box'),
    expect: PASSES,
  });

  // ---- Newsletters over Mailgun ----
  emit(write, {
    name: 'realworld155-yahoo-substack-free-post',
    cls: 'substack',
    about: `Genuine: a Substack post to a free subscriber: "The Tideline" <thetideline@substack.com>, Reply-To reply+…@substack.com, envelope at mg1.substack.com, signed d=substack.com and d=mailgun.org, from Mailgun's ${MAILGUN.rdns}, every pass. Yahoo Mail. Wanted: authenticated.`,
    eml: await deliver(substack('l'), 'yahoo', 'l'),
    args: argsFor('yahoo'),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld155-gmail-ghost-newsletter-custom-domain',
    cls: 'ghost',
    about: `Genuine: a Ghost site's newsletter over its own Mailgun sending domain: "Field Notes" <noreply@fieldnotes.example>, Reply-To editor@fieldnotes.example, envelope at email.fieldnotes.example, signed d=fieldnotes.example s=pic and d=mailgun.org, from ${MAILGUN.rdns}, every pass. Gmail. Wanted: authenticated.`,
    eml: await deliver(ghost('m'), 'gmail', 'm'),
    args: argsFor('gmail'),
    expect: PASSES,
  });
}
