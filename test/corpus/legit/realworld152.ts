// Real-world delivery shapes, hundred-and-fifty-second round: genuine mail from email service
// providers lib/relay/providers-esp.ts does not name, as newsletters and receipts, with and without
// the customer's own aligned DKIM, read in Gmail, Outlook on the web, Yahoo and a self-hosted box.
// What HeaderLens thinks of each relay (`npx tsx lib/cli/main.ts classify <ip>`):
// - ActiveCampaign 192.92.97.208 (s14.avl3.acemsrvc.com): "AS14618 Amazon.com, Inc., hosted server
//   on Amazon Web Services": ActiveCampaign's own block, announced from Amazon's network.
// - AWeber 204.194.222.30: "AS14618 Amazon.com, Inc., hosted server on Amazon Web Services" likewise.
// - GetResponse 188.114.81.40: AS198881 GETRESPONSE Sp.z o.o., "not a known hosting or email
//   provider" (its own network: the control of this round).
// Where the layouts were learnt (`search`, code corpus, find_string):
// - ActiveCampaign: a real delivery in a public lfdr.de copy of linux1394-devel (26 Oct 2021):
//   `Received: from s14.avl3.acemsrvc.com ([192.92.97.208])`, `Received: by s14.avl3.acemsrvc.com id
//   hf0c2k2t56g8`, envelope `bounce-2287853-12-17611-<rcpt>@s14.avl3.acemsrvc.com`, ActiveCampaign's
//   own signature `d=s14.avl3.acemsrvc.com; s=dk; i=<account>.activehosted.com@s14.avl3.acemsrvc.com`,
//   X-Sender, x-virtual-mta, `Feedback-ID: 2287853:activecampaign`, X-250ok-CID, Message-ID
//   `<…swift@<account>.activehosted.com>`; the customer had no signature of its own. The customer's
//   own DKIM (selector acdkim1, CNAME'd to ActiveCampaign) and the relay's reverse name were NOT
//   confirmed: the header shows only `s14.avl3.acemsrvc.com ([192.92.97.208])`, modelled here as
//   forward-confirmed. ActiveCampaign's SPF record was NOT read (no DNS here): 192.92.97.0/24 is the
//   block the relay sits in.
// - AWeber: 204.194.222.0/24 is AWeber's (AWeber's own API documentation uses 204.194.222.28 as a
//   subscriber address beside Chalfont, its seat); relay names (o1.aweber.com style), envelope
//   (bounce…@aweber.com) and DKIM selector (aweber_key1, CNAME'd) are from memory, NOT confirmed.
// - GetResponse: the AS198881 prefixes in the bundled ASN data; relay names, envelope domain and
//   selectors NOT confirmed.
// - MailerLite: only its DNS setup was confirmed (public DNS configs in repositories: `include:
//   _spf.mlsend.com`, DKIM `litesrv._domainkey` CNAME'd to `litesrv._domainkey.mlsend.com`); no
//   relay address was found, so it is not modelled.
// Klaviyo, Customer.io, Iterable, Braze, Loops, Elastic Email, SendPulse, CleverReach, rapidmail,
// Kit, beehiiv, Mailchimp Transactional, SendGrid EU, Mailgun EU, SparkPost EU: not modelled (no
// real Received line found with find_string for klaviyomail.com, customeriomail.com,
// elasticemail.com, mlsend.com; only tracking hosts and setup guides).
// Names and addresses are documentation ones except the providers' own names, hosts and ranges;
// every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { BANK, domainOf, emitCase, KEY, legitCorpus, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  eopDelivery,
  eopPass,
  GMAIL_TO,
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
/** Nothing aligned at p=none: honestly unverified, never suspicious or spoofed. */
const UNALIGNED_OK: CaseExpectation = { notVerdict: ['suspicious', 'spoofed'] };

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

// --- The ESPs' relays -------------------------------------------------------------------------
const AC: Relay = { helo: 's14.avl3.acemsrvc.com', rdns: 's14.avl3.acemsrvc.com', ip: '192.92.97.208' };
const AWEBER: Relay = { helo: 'o30.aweber.com', rdns: 'o30.aweber.com', ip: '204.194.222.30' };
const GETRESPONSE: Relay = { helo: 'm40.gr-mail.com', rdns: 'm40.gr-mail.com', ip: '188.114.81.40' };

// The customers (documentation names) and the reader.
const CYCLES = 'northfield-cycles.example';
const BAKERY = 'cornerloaf.example';
const STUDIO = 'lindenyoga.example';
const BOOKS = 'harbourbooks.example';
const BOX = 'mail.reader.example';
const ROBIN = 'robin.reader@reader.example';
const AC_HOST = 's14.avl3.acemsrvc.com';

const ZONE = {
  ...BANK,
  ...ptr(AC.ip, AC.rdns),
  ...ptr(AWEBER.ip, AWEBER.rdns),
  ...ptr(GETRESPONSE.ip, GETRESPONSE.rdns),
  // ActiveCampaign: SPF on the per-server bounce host, its own d=, the customer's acdkim1 CNAME.
  ...txt(AC_HOST, 'v=spf1 ip4:192.92.97.0/24 ~all'),
  ...key(AC_HOST, 'dk'),
  ...key(CYCLES, 'acdkim1'),
  ...dmarc(CYCLES, 'quarantine'),
  ...dmarc(BAKERY, 'none'),
  // AWeber
  ...txt('aweber.com', 'v=spf1 ip4:204.194.222.0/24 ~all'),
  ...key('aweber.com', 'aweber_key1'),
  ...key(STUDIO, 'aweber_key1'),
  ...dmarc(STUDIO, 'reject'),
  // GetResponse
  ...txt('gr-mail.com', 'v=spf1 ip4:188.114.80.0/22 ~all'),
  ...key('gr-mail.com', 'gr1'),
  ...key(BOOKS, 'gr1'),
  ...dmarc(BOOKS, 'quarantine'),
};

type Reader = 'gmail' | 'outlook' | 'yahoo' | 'box';

interface Sent {
  from: string;
  envelope: string;
  relay: Relay;
  signers: [string, string][];
  policy: string;
  subject: string;
  body: string;
  messageId: string;
  extra?: string[];
  /** DMARC as the receiver recorded it (default pass). */
  dmarc?: 'pass' | 'fail';
}

const rcptOf = (reader: Reader) => (reader === 'gmail' ? GMAIL_TO : ROBIN);

async function deliver(s: Sent, reader: Reader, n: string): Promise<string> {
  const rcpt = rcptOf(reader);
  const raw = await signAll(
    submitted({
      from: s.from,
      to: rcpt,
      subject: s.subject,
      date: SENT,
      messageId: s.messageId,
      extraHeaders: s.extra ?? [],
      body: s.body,
    }),
    s.signers,
  );
  const fromDomain = domainOf(s.from);
  const dm = s.dmarc ?? 'pass';
  const envDomain = domainOf(s.envelope);
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: [
        ...s.signers.map(([d, sel]) => gmailDkim(d, sel)),
        gmailSpf(s.envelope, s.relay.ip),
        gmailDmarc(fromDomain, s.policy, dm),
      ].join('\r\n       '),
      ids: [`x152csp${n}pxb`, `a152si${n}qtc.152`],
      spf: 'pass',
      deliveredTo: true,
      to: rcpt,
    });
  if (reader === 'yahoo')
    return yahooDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: yahooResults(s.signers, envDomain, `dmarc=${dm}(p=${s.policy}) header.from=${fromDomain};`),
    });
  if (reader === 'outlook') {
    const [d] = s.signers[s.signers.length - 1] ?? [''];
    const dkims = s.signers.map(([sd]) => sd).join(',');
    return eopDelivery(raw, {
      ...eopPass(
        s.relay,
        envDomain,
        `dkim=pass (signature was verified)\r\n header.d=${dkims || d}`,
        fromDomain,
      ),
      returnPath: s.envelope,
    });
  }
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    dovecotLmtp(BOX, s.envelope, rcpt, `kB152${n}dE3fG4hI5jK6lM7n`, BOXED),
    `Authentication-Results: ${BOX}; dmarc=${dm} (p=${s.policy.toLowerCase()} dis=none) header.from=${fromDomain}`,
    ...s.signers.map(
      ([sd, ss]) =>
        `Authentication-Results: ${BOX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${sd} header.i=@${sd} header.a=rsa-sha256 header.s=${ss} header.b=Q29ycHVz;\r\n\tdkim-atps=neutral`,
    ),
    `Authentication-Results: ${BOX}; spf=pass smtp.mailfrom=${s.envelope}`,
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${s.relay.ip}; helo=${s.relay.helo}; envelope-from=${s.envelope}; receiver=<UNKNOWN>`,
    `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw152${n}a2\r\n\tfor <${rcpt}>; ${ENTERED}`,
  );
}

const argsFor = (reader: Reader) => (reader === 'box' ? ['--authserv-id', BOX] : ['--webmail', reader]);

// --- Senders ----------------------------------------------------------------------------------
/** ActiveCampaign, as in the 2021 linux1394-devel copy: per-server bounce host, its own d=. */
const activeCampaign = (
  o: { from: string; account: string; own: boolean; policy: string; dmarc?: 'pass' | 'fail' },
  subject: string,
  body: string,
  n: string,
): Sent => ({
  from: o.from,
  envelope: `bounce-2287853-152${n}-17611-robin.reader=reader.example@${AC_HOST}`,
  relay: AC,
  signers: [...(o.own ? ([[domainOf(o.from), 'acdkim1']] as [string, string][]) : []), [AC_HOST, 'dk']],
  policy: o.policy,
  subject,
  body,
  messageId: `<20261120100001.6143.185792${n}.swift@${o.account}.activehosted.com>`,
  extra: [
    `X-Sender: <${o.account}.activehosted.com@${AC_HOST}>`,
    'X-Report-Abuse: Please report abuse to abuse@activecampaign.com',
    `x-virtual-mta: ${AC_HOST}`,
    'Feedback-ID: 2287853:activecampaign',
    `X-250ok-CID: 2287853-152${n}`,
    `List-Unsubscribe: <https://${o.account}.activehosted.com/proc.php?nl=1&c=152&m=16&act=unsub>`,
    'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
  ],
  dmarc: o.dmarc,
});

const CYCLES_NEWS = {
  from: `Northfield Cycles <news@${CYCLES}>`,
  account: 'northfieldcycles',
  own: true,
  policy: 'QUARANTINE',
};
const BAKERY_NEWS = {
  from: `Corner Loaf Bakery <hello@${BAKERY}>`,
  account: 'cornerloaf',
  own: false,
  policy: 'NONE',
  dmarc: 'fail' as const,
};

const aweber = (
  from: string,
  signers: [string, string][],
  subject: string,
  body: string,
  n: string,
): Sent => ({
  from,
  envelope: `bounce-152${n}-4471@aweber.com`,
  relay: AWEBER,
  signers,
  policy: 'REJECT',
  subject,
  body,
  messageId: `<152${n}.4471.1732096801@aweber.com>`,
  extra: [
    'X-Mailer: AWeber 4.0',
    `List-Unsubscribe: <https://www.aweber.com/z/r/?152${n}>`,
    'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
  ],
});

const getresponse = (reader: Reader, n: string) =>
  deliver(
    {
      from: `Harbour Books <orders@${BOOKS}>`,
      envelope: `b-152${n}.7f3a@gr-mail.com`,
      relay: GETRESPONSE,
      signers: [
        [BOOKS, 'gr1'],
        ['gr-mail.com', 'gr1'],
      ],
      policy: 'QUARANTINE',
      subject: `Your Harbour Books order HB-152${n} has shipped`,
      body: `Hi Robin,\r\n\r\nYour order HB-152${n} (2 books, EUR 31.50) left our shop today.\r\n\r\nHarbour Books\r\n`,
      messageId: `<152${n}.7f3a.gr@gr-mail.com>`,
    },
    reader,
    n,
  );

// --- Fixed at 09:27 on 2026-12-06 (lib/relay/providers-esp.ts: ActiveCampaign, AWeber) ---------
// Genuine ActiveCampaign and AWeber newsletters read "suspicious" (hosted-server-relay:medium):
// their relays sit in space announced by Amazon and neither was a known email service. Both are
// now, by name only (a forward-confirmed name under acemsrvc.com / aweber.com, their envelope or
// d=): no range was confirmed here (192.92.97.0/24 and 204.194.222.0/24 were guesses from one real
// header and an API example), so none is listed. Authenticated with the customer's own DKIM;
// unverified without it at p=none.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

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
  emitCase(write, { ...c, zone: ZONE, class: `realworld152-${c.cls}` });

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- ActiveCampaign: relays in ActiveCampaign's 192.92.97.0/24, announced by Amazon ----
  const cycles = (n: string, subject: string) =>
    activeCampaign(
      CYCLES_NEWS,
      subject,
      `Hi Robin,\r\n\r\n${subject}. See you on the road.\r\n\r\nNorthfield Cycles\r\n`,
      n,
    );
  emit(write, {
    name: 'realworld152-gmail-activecampaign-newsletter-own-dkim',
    cls: 'activecampaign-own-dkim',
    about: `Genuine: a bike shop's newsletter through ActiveCampaign: From news@${CYCLES}, envelope bounce-…@${AC_HOST} (ActiveCampaign's per-server bounce host), relay ${AC.rdns} [${AC.ip}] (ActiveCampaign's block, announced by Amazon AS14618), signed d=${CYCLES} s=acdkim1 (aligned, the customer's CNAME'd key) and d=${AC_HOST} s=dk, every pass; DMARC p=quarantine passes on the aligned signature. Gmail. Wanted: authenticated: the shop's own aligned key; an unknown ESP on Amazon-announced space is no reason to doubt it.`,
    eml: await deliver(cycles('a', 'Winter service week: 20% off tune-ups'), 'gmail', 'a'),
    args: argsFor('gmail'),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld152-outlook-activecampaign-newsletter-own-dkim',
    cls: 'activecampaign-own-dkim',
    about: `Genuine: the same bike shop's ActiveCampaign newsletter (d=${CYCLES} aligned, d=${AC_HOST}) read in Exchange Online. Wanted: authenticated.`,
    eml: await deliver(cycles('b', 'Group ride calendar for December'), 'outlook', 'b'),
    args: argsFor('outlook'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld152-yahoo-activecampaign-newsletter-own-dkim',
    cls: 'activecampaign-own-dkim',
    about: `Genuine: the same ActiveCampaign newsletter in Yahoo (d=${CYCLES} aligned). Wanted: authenticated.`,
    eml: await deliver(cycles('c', 'New gravel bikes are in'), 'yahoo', 'c'),
    args: argsFor('yahoo'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld152-box-activecampaign-newsletter-own-dkim',
    cls: 'activecampaign-own-dkim',
    about: `Genuine: the same ActiveCampaign newsletter on a self-hosted Postfix box (OpenDKIM, OpenDMARC). Wanted: authenticated.`,
    eml: await deliver(cycles('d', 'Last call: service week ends Sunday'), 'box', 'd'),
    args: argsFor('box'),
    expect: PASSES,
  });
  const bakery = (n: string) =>
    activeCampaign(
      BAKERY_NEWS,
      'This week at Corner Loaf: rye is back',
      'Hello Robin,\r\n\r\nOur seeded rye is back on Thursdays and Saturdays.\r\n\r\nCorner Loaf Bakery\r\n',
      n,
    );
  emit(write, {
    name: 'realworld152-gmail-activecampaign-newsletter-no-own-dkim',
    cls: 'activecampaign-shared',
    about: `Genuine: a bakery's newsletter through ActiveCampaign without its own DKIM, exactly the 2021 layout seen in public (From the customer's domain, envelope and signature only ${AC_HOST}): SPF and DKIM pass for ActiveCampaign, nothing aligns, the bakery's DMARC is p=none. Gmail. Wanted: unverified (nothing proves the bakery sent it) but never suspicious or spoofed: an ESP's verified own signature and SPF pass, not a rented server.`,
    eml: await deliver(bakery('e'), 'gmail', 'e'),
    args: argsFor('gmail'),
    expect: UNALIGNED_OK,
  });
  emit(write, {
    name: 'realworld152-box-activecampaign-newsletter-no-own-dkim',
    cls: 'activecampaign-shared',
    about: `Genuine: the same bakery newsletter (ActiveCampaign's own d=${AC_HOST} only, p=none) on a self-hosted box. Wanted: unverified, not suspicious.`,
    eml: await deliver(bakery('f'), 'box', 'f'),
    args: argsFor('box'),
    expect: UNALIGNED_OK,
  });

  // ---- AWeber: relays in AWeber's 204.194.222.0/24, announced by Amazon ----
  const studio = (n: string, subject: string) =>
    aweber(
      `Linden Yoga <studio@${STUDIO}>`,
      [
        [STUDIO, 'aweber_key1'],
        ['aweber.com', 'aweber_key1'],
      ],
      subject,
      `Namaste Robin,\r\n\r\n${subject}.\r\n\r\nLinden Yoga\r\n`,
      n,
    );
  emit(write, {
    name: 'realworld152-gmail-aweber-newsletter-own-dkim',
    cls: 'aweber-own-dkim',
    about: `Genuine: a yoga studio's newsletter through AWeber: From studio@${STUDIO} (p=reject), envelope on aweber.com, relay ${AWEBER.rdns} [${AWEBER.ip}] (AWeber's block, announced by Amazon AS14618), signed d=${STUDIO} (aligned) and d=aweber.com. Gmail. Wanted: authenticated.`,
    eml: await deliver(studio('g', 'The January timetable is out'), 'gmail', 'g'),
    args: argsFor('gmail'),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld152-outlook-aweber-newsletter-own-dkim',
    cls: 'aweber-own-dkim',
    about: `Genuine: the same AWeber newsletter in Exchange Online. Wanted: authenticated.`,
    eml: await deliver(studio('h', 'Workshop: breath and balance'), 'outlook', 'h'),
    args: argsFor('outlook'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld152-yahoo-aweber-newsletter-own-dkim',
    cls: 'aweber-own-dkim',
    about: `Genuine: the same AWeber newsletter in Yahoo. Wanted: authenticated.`,
    eml: await deliver(studio('i', 'Studio closed on 24 December'), 'yahoo', 'i'),
    args: argsFor('yahoo'),
    expect: PASSES,
  });

  // ---- GetResponse: its own AS198881 (control) ----
  emit(write, {
    name: 'realworld152-box-getresponse-receipt-own-dkim',
    cls: 'getresponse-own-dkim',
    about: `Genuine (control): a bookshop's shipping notice through GetResponse, relay ${GETRESPONSE.rdns} [${GETRESPONSE.ip}] in GetResponse's own AS198881, signed d=${BOOKS} (aligned) and d=gr-mail.com. Self-hosted box. Wanted: authenticated.`,
    eml: await getresponse('box', 'j'),
    args: argsFor('box'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld152-gmail-getresponse-receipt-own-dkim',
    cls: 'getresponse-own-dkim',
    about: `Genuine (control): the same GetResponse shipping notice in Gmail. Wanted: authenticated.`,
    eml: await getresponse('gmail', 'k'),
    args: argsFor('gmail'),
    expect: PASSES,
  });
}
