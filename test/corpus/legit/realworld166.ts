// Real-world delivery shapes, hundred-and-sixty-sixth round: people and small firms on free
// mailboxes, now that brand-on-freemail (lib/findings/brand-freemail.ts, HIGH) reads more: more
// Yahoo phrases ('yahoo inc', 'yahoo member', 'yahoo service', …), single letters set apart read
// joined for every brand (lib/findings/domains.ts brandOnSomeReading: "Y a h o o", "P.a.y.P.a.l"),
// a brand glued into the mailbox name beside a desk's name (brandGluedInMailbox + namesDesk), and
// Yahoo Japan's desk-host exemption only with an aligned pass (red-team round 165). Modelled: a
// person whose initials are set apart (J. R. R.; D.H.L. and D H L, which join to "DHL"), the same
// person posting to a Google group that rewrites From to "'<name>' via <group>", a landscaper
// "A.W.S.", marketplace sellers and shops on Gmail whose mailbox glues a brand (amazonsellerjoe,
// applefixshop, ebayseller2015, dhlpaket24, fedexroute114, amazonteam12 for a girls' team called
// the Amazons), a Google Workspace reseller, "Yahoo" in a family restaurant's name and a nickname,
// a Yahoo alumni network on Gmail and as a Google group, a Japanese Yahoo!メール user who puts
// "Yahoo!メール" in her name, and Yahoo Japan's own desk mail (reg-master@, directoffer-master@).
// Read in Gmail, Outlook on the web (Exchange Online), Yahoo Mail, the reader's own Postfix box,
// and with no options.
// Where the layouts were learnt (`search` pages and `find_string` over public list archives):
// - Yahoo Mail web submission: "Received: from sonic.gate.mail.ne1.yahoo.com by
//   sonic312.consmr.mail.gq1.yahoo.com with HTTP", X-Sonic-MF, X-Sonic-ID, handed over by
//   sonic312-25.consmr.mail.gq1.yahoo.com [98.137.69.206] (xen-devel via inumbo, June 2022; git@vger,
//   August 2025, X-Sonic-MF <ken.englander@yahoo.com>); d=yahoo.com s=s2048 and p=reject as probe165.
// - Gmail's personal relay mail-sor-f41.google.com [209.85.220.41], d=gmail.com s=20230601, p=none
//   (realworld114/117/120); Outlook.com's out of *.outbound.protection.outlook.com in 40.92.0.0/15,
//   d=outlook.com s=selector1 (realworld120: host and selector modelled, NOT confirmed).
// - Google Groups' From rewrite for a p=reject author ("'<name>' via <group>", X-Original-From and
//   Reply-To the author, ARC i=1 by google.com, d=googlegroups.com, the "You received this message
//   because you are subscribed to the Google Groups" footer): test/corpus/list-shapes.ts (a
//   kasan-dev raw copy) and rounds-kit.ts googleGroupsPost; the group's relay mail-pj1-f62.google.com.
// - Yahoo Japan desk senders: `Yahoo! JAPAN Member Service <reg-master@mail.yahoo.co.jp>` (subject
//   "Yahoo! JAPAN - 登録情報ご確認のお願い", body signed "発行:ヤフー株式会社"; fireflyframer.blog.jp
//   19064068 and asaiyamania.com, whose author asked Yahoo and was told it was genuine),
//   `Yahoo!ダイレクトオファー <directoffer-master@mail.yahoo.co.jp>` (a mail parser's test fixture in
//   the code corpus); Yahoo Japan's relay and signature as probe159/probe165 (mta522.mail.kks.yahoo.co.jp
//   [182.22.12.118], d=mail.yahoo.co.jp s=yj20110701, yahoo.co.jp p=none) and a user's mail as
//   realworld112 (sonicconh5002-vm0.mail.kks.yahoo.co.jp [114.110.61.27], d=yahoo.co.jp, the
//   JavaMail.yahoo@mail.yahoo.co.jp Message-ID). NOT confirmed: which key signs reg-master@'s mail.
// - Amazon's sellers: Seller Central's Buyer-Seller Messaging pages (sellercentral.amazon.com
//   200383320, sellercentral.amazon.sg 200389080) say a seller writes "via Seller Central or your
//   personal or business email"; a seller's own Gmail reaches a supplier or a returning customer
//   directly, as modelled. eBay, DHL Paketshop, FedEx contractor and team mailbox names are from
//   general knowledge, not from `search`.
// Names and addresses are documentation ones except the providers' own hosts and ranges; every key
// is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, KEY, legitCorpus, ptr, RECEIVER, type Relay, signAll } from '../kit';
import { sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import {
  eopDelivery,
  eopPass,
  GMAIL_TO,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooOmega,
} from '../receivers';

const ROBIN = 'robin@reader.example';
const YAHOO_TO = 'robin.reader@yahoo.com';
const OUTLOOK_TO = 'robin@harbourline.example';
const GMAIL = ['--webmail', 'gmail'];
const OUTLOOK = ['--webmail', 'outlook'];
const YAHOO = ['--webmail', 'yahoo'];
const BOX = ['--authserv-id', RECEIVER];
const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';

/**
 * Genuine, and the warning is fair: the brand glued into a free mailbox under a desk's name is the
 * attack's very shape (brand-on-freemail stays; never spoofed, DMARC passes).
 */
const WARNING_FAIR: CaseExpectation = {
  notVerdict: ['spoofed'],
  findings: ['brand-on-freemail'],
  fields: { 'dmarc.result': 'pass' },
};
/** Genuine, a brand in a list's name at most (low): authenticated. */
const NO_WARNING: CaseExpectation = { ...AUTHENTICATED, notVerdict: ['suspicious', 'spoofed'] };
/** Genuine, and no brand is named: authenticated, without the brand finding. */
const CLEAN: CaseExpectation = { ...AUTHENTICATED, absentFindings: ['brand-on-freemail'] };

const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const dmarc = (d: string, p: string) => txt(`_dmarc.${d}`, `v=DMARC1; ${p}`);
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

// --- The providers' relays and records ------------------------------------------------------------
const GMAIL_OUT: Relay = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};
const GROUPS_OUT: Relay = {
  helo: 'mail-pj1-f62.google.com',
  rdns: 'mail-pj1-f62.google.com',
  ip: '209.85.216.62',
};
const YAHOO_OUT: Relay = {
  helo: 'sonic312-25.consmr.mail.gq1.yahoo.com',
  rdns: 'sonic312-25.consmr.mail.gq1.yahoo.com',
  ip: '98.137.69.206',
};
const OLC: Relay = {
  helo: 'EUR05-AM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-am6eur05olkn2166.outbound.protection.outlook.com',
  ip: '40.92.18.66',
};
const YJ_DESK: Relay = {
  helo: 'mta522.mail.kks.yahoo.co.jp',
  rdns: 'mta522.mail.kks.yahoo.co.jp',
  ip: '182.22.12.118',
};
const YJ_USER: Relay = {
  helo: 'sonicconh5002-vm0.mail.kks.yahoo.co.jp',
  rdns: 'sonicconh5002-vm0.mail.kks.yahoo.co.jp',
  ip: '114.110.61.27',
};

const ZONE = {
  ...[GMAIL_OUT, GROUPS_OUT, YAHOO_OUT, OLC, YJ_DESK, YJ_USER].reduce(
    (z, r) => Object.assign(z, ptr(r.ip, r.rdns)),
    {} as Record<string, unknown>,
  ),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 -all'),
  ...txt('gmail.com', 'v=spf1 redirect=_spf.google.com'),
  ...key('gmail.com', '20230601'),
  ...dmarc('gmail.com', 'p=none; sp=quarantine; rua=mailto:mailauth-reports@google.com'),
  ...txt('googlegroups.com', 'v=spf1 ip4:209.85.128.0/17 ~all'),
  ...key('googlegroups.com', '20230601'),
  ...key('google.com', 'arc-20240605'),
  ...dmarc('googlegroups.com', 'p=none'),
  ...txt('yahoo.com', 'v=spf1 ip4:98.137.64.0/21 ~all'),
  ...key('yahoo.com', 's2048'),
  ...dmarc('yahoo.com', 'p=reject; pct=100; rua=mailto:d@rua.agari.com'),
  ...txt('spf.protection.outlook.com', 'v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip4:52.100.0.0/14 -all'),
  ...txt('outlook.com', 'v=spf1 include:spf.protection.outlook.com -all'),
  ...key('outlook.com', 'selector1'),
  ...dmarc('outlook.com', 'p=none; sp=quarantine'),
  ...txt('yahoo.co.jp', 'v=spf1 include:spf.yahoo.co.jp ~all'),
  ...txt('mail.yahoo.co.jp', 'v=spf1 include:spf.yahoo.co.jp ~all'),
  ...txt('spf.yahoo.co.jp', 'v=spf1 ip4:114.110.61.0/24 ip4:182.22.0.0/16 ~all'),
  ...key('yahoo.co.jp', 'yj20110701'),
  ...key('mail.yahoo.co.jp', 'yj20110701'),
  ...dmarc('yahoo.co.jp', 'p=none; rua=mailto:dmarc_rua@dmarc.yahoo.co.jp'),
};

type Reader = 'gmail' | 'outlook' | 'yahoo' | 'box';
const ARGS: Record<Reader, string[]> = { gmail: GMAIL, outlook: OUTLOOK, yahoo: YAHOO, box: BOX };

/** What a sender's provider put on the message before handing it over. */
interface Out {
  raw: string;
  relay: Relay;
  envelope: string;
  fromDomain: string;
  signers: Array<[string, string]>;
  /** DMARC policy as Gmail prints it. */
  policy: string;
}

const domainOf = (a: string) => a.slice(a.lastIndexOf('@') + 1);

/** The reader's provider's delivery of `o`. */
function deliver(o: Out, reader: Reader, tag: string): string {
  const envDomain = domainOf(o.envelope);
  if (reader === 'gmail')
    return gmailDelivery(o.raw, {
      relay: o.relay,
      envelope: o.envelope,
      results: [
        ...o.signers.map(([d, s]) => gmailDkim(d, s)),
        gmailSpf(o.envelope, o.relay.ip),
        gmailDmarc(o.fromDomain, o.policy),
      ].join('\r\n       '),
      ids: [`x166csp${tag}pxa`, `a166si${tag}qtb.166`],
      spf: 'pass',
      deliveredTo: true,
      to: GMAIL_TO,
    });
  if (reader === 'outlook') {
    const d = o.signers.find(([sd]) => sd === o.fromDomain)?.[0] ?? o.signers[0]?.[0] ?? 'none';
    return eopDelivery(o.raw, {
      ...eopPass(o.relay, envDomain, `dkim=pass (signature was verified)\r\n header.d=${d}`, o.fromDomain),
      returnPath: o.envelope,
    });
  }
  if (reader === 'yahoo') {
    const dkim = o.signers.map(([d, s]) => `dkim=pass header.i=@${d} header.s=${s};`).join('\r\n ');
    return yahooOmega(
      o.raw,
      {
        ip: o.relay.ip,
        helo: o.relay.helo,
        envelope: o.envelope,
        spf: `pass (domain of ${envDomain} designates ${o.relay.ip} as permitted sender)`,
        ar: `${dkim}\r\n spf=pass smtp.mailfrom=${envDomain};\r\n dmarc=pass(p=${o.policy.toUpperCase()}) header.from=${o.fromDomain};`,
      },
      { tag: `W166${tag}`, pod: 'm6q2x', inner: '10.217.151.166', to: YAHOO_TO },
    );
  }
  const dkim = o.signers
    .map(([d, s]) => `dkim=pass header.d=${d} header.s=${s} header.b=Q29ycHVz`)
    .join(';\r\n\t');
  return onTop(
    o.raw,
    `Return-Path: <${o.envelope}>`,
    `Authentication-Results: ${RECEIVER};\r\n\t${dkim};\r\n\tspf=pass (${RECEIVER}: domain of ${o.envelope} designates ${o.relay.ip} as permitted sender) smtp.mailfrom=${o.envelope};\r\n\tdmarc=pass header.from=${o.fromDomain}`,
    received({
      ...o.relay,
      by: RECEIVER,
      id: `4Zr166${tag}x`,
      for: ROBIN,
      date: 'Fri, 20 Nov 2026 10:00:05 +0000',
    }),
  );
}

interface Letter {
  name: string;
  local: string;
  subject: string;
  body: string;
  to: string;
  n: string;
}

/** A personal Gmail account's message, signed d=gmail.com. */
async function fromGmail(m: Letter): Promise<Out> {
  const envelope = `${m.local}@gmail.com`;
  const raw = submitted({
    from: `"${m.name}" <${envelope}>`,
    to: m.to,
    subject: m.subject,
    date: SENT,
    messageId: `<CAF166${m.n}kQ7vZp2mW+Lr9_cXe4tB8yN3@mail.gmail.com>`,
    body: m.body,
  });
  return {
    raw: await signAll(raw, [['gmail.com', '20230601']]),
    relay: GMAIL_OUT,
    envelope,
    fromDomain: 'gmail.com',
    signers: [['gmail.com', '20230601']],
    policy: 'NONE',
  };
}

/** A Yahoo Mail (web) message: Yahoo's submission hop and X-Sonic fields, then its signature. */
async function fromYahoo(m: Letter): Promise<Out> {
  const envelope = `${m.local}@yahoo.com`;
  const raw = onTop(
    submitted({
      from: `"${m.name}" <${envelope}>`,
      to: m.to,
      subject: m.subject,
      date: SENT,
      messageId: `<166${m.n}2041.3318206.1795168798${m.n}@mail.yahoo.com>`,
      body: m.body,
    }),
    `X-Sonic-MF: <${envelope}>`,
    `X-Sonic-ID: 7c1e4b2a-166${m.n}-4d0e-9a3f-2b6c8d1e0f4a`,
    'Received: from sonic.gate.mail.ne1.yahoo.com by\r\n sonic312.consmr.mail.gq1.yahoo.com with HTTP; Fri, 20 Nov 2026 09:59:59 +0000',
  );
  return {
    raw: await signAll(raw, [['yahoo.com', 's2048']]),
    relay: YAHOO_OUT,
    envelope,
    fromDomain: 'yahoo.com',
    signers: [['yahoo.com', 's2048']],
    policy: 'REJECT',
  };
}

/** An Outlook.com (consumer) message, signed d=outlook.com. */
async function fromOutlookCom(m: Letter): Promise<Out> {
  const envelope = `${m.local}@outlook.com`;
  const raw = submitted({
    from: `${m.name} <${envelope}>`,
    to: m.to,
    subject: m.subject,
    date: SENT,
    messageId: `<AM6P195MB0166${m.n}A1B2C3D4E5F60718293A@AM6P195MB0166.EURP195.PROD.OUTLOOK.COM>`,
    body: m.body,
  });
  return {
    raw: await signAll(raw, [['outlook.com', 'selector1']]),
    relay: OLC,
    envelope,
    fromDomain: 'outlook.com',
    signers: [['outlook.com', 'selector1']],
    policy: 'NONE',
  };
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, c);

  // ==== 1. Initials set apart ====================================================================
  {
    const o = await fromGmail({
      name: 'J. R. R. Smith',
      local: 'jrr.smith.1954',
      subject: 'Parish hall booking for the 5th',
      body: 'Dear Robin,\r\n\r\nthe hall is yours from 2 pm on the 5th; the key is with the verger.\r\n\r\nJ. R. R. Smith\r\n',
      to: `Robin Reader <${GMAIL_TO}>`,
      n: 'a',
    });
    emit({
      name: 'w166-gmail-person-initials-j-r-r-dotted-spaced',
      about: `Genuine: a retired churchwarden's Gmail under "J. R. R. Smith", initials with a dot and a space each (the run reader joins only letters one space OR one dot apart, and J.R.R. names no brand). Signed d=gmail.com from ${GMAIL_OUT.rdns}. Gmail. Wanted: authenticated, no brand.`,
      class: 'real-mail',
      args: GMAIL,
      eml: deliver(o, 'gmail', 'a'),
      zone: ZONE,
      expect: CLEAN,
      twin: true,
    });
  }
  {
    const o = await fromGmail({
      name: 'D.H.L. Morgan',
      local: 'dmorgan.chambers',
      subject: 'Re: lease renewal, 14 Quay Street',
      body: 'Robin,\r\n\r\nI have marked up clause 7; the rest is fine. Can we speak on Tuesday?\r\n\r\nD.H.L. Morgan\r\nBarrister\r\n',
      to: `Robin <${OUTLOOK_TO}>`,
      n: 'b',
    });
    emit({
      name: 'w166-outlook-person-initials-d-h-l-dotted-on-gmail',
      about: `Genuine: a barrister who signs with three initials, "D.H.L. Morgan" <dmorgan.chambers@gmail.com>, writes about a lease. Signed d=gmail.com from ${GMAIL_OUT.rdns}, read in Outlook on the web. The letters joined read "DHL Morgan", which names DHL. Wanted: authenticated: initials before a surname, no desk, nothing of a courier.`,
      class: 'real-mail',
      args: OUTLOOK,
      eml: deliver(o, 'outlook', 'b'),
      zone: ZONE,
      expect: CLEAN,
    });
  }
  {
    const o = await fromYahoo({
      name: 'D H L Morgan',
      local: 'dhl_morgan61',
      subject: 'Allotment committee minutes',
      body: 'Hello all,\r\n\r\nminutes of Thursday attached as text below. Next meeting 3 December.\r\n\r\nD H L Morgan (secretary)\r\n',
      to: `Robin Reader <${YAHOO_TO}>`,
      n: 'c',
    });
    emit({
      name: 'w166-yahoo-person-initials-d-h-l-spaced-no-dots-on-yahoo',
      about: `Genuine: the allotment society's secretary on Yahoo Mail, written the British formal way without dots, "D H L Morgan" <dhl_morgan61@yahoo.com> (the mailbox holds his initials too, whole-word "dhl": that half of the brand reading is older than round 165). Yahoo Mail web submission (sonic.gate → sonic312, X-Sonic-MF), signed d=yahoo.com, out from ${YAHOO_OUT.rdns} [${YAHOO_OUT.ip}], read in Yahoo Mail. Wanted: authenticated.`,
      class: 'real-mail',
      args: YAHOO,
      eml: deliver(o, 'yahoo', 'c'),
      zone: ZONE,
      expect: CLEAN,
    });
  }
  {
    const o = await fromYahoo({
      name: 'D H L Morgan',
      local: 'morgan.allotments',
      subject: 'Allotment committee minutes',
      body: 'Hello all,\r\n\r\nminutes of Thursday below. Next meeting 3 December.\r\n\r\nD H L Morgan (secretary)\r\n',
      to: `Robin Reader <${ROBIN}>`,
      n: 'd',
    });
    emit({
      name: 'w166-box-person-initials-d-h-l-spaced-mailbox-without-initials',
      about: `Genuine: the same secretary from a second Yahoo mailbox without his initials in it ("D H L Morgan" <morgan.allotments@yahoo.com>), so only the joined-letters reading of the name can name DHL. Signed d=yahoo.com, into the reader's Postfix box (spf, dkim, dmarc pass). Wanted: authenticated.`,
      class: 'real-mail',
      args: BOX,
      eml: deliver(o, 'box', 'd'),
      zone: ZONE,
      expect: CLEAN,
      twin: true,
    });
  }
  {
    const o = await fromGmail({
      name: 'A.W.S. Landscaping',
      local: 'aws.landscaping.co',
      subject: 'Quote: front garden and hedge',
      body: 'Hi Robin,\r\n\r\nfor the front garden and the hedge: GBP 640 all in, two days, start 1 December.\r\n\r\nAndy (A.W.S. Landscaping)\r\n',
      to: `Robin Reader <${ROBIN}>`,
      n: 'e',
    });
    emit({
      name: 'w166-box-firm-initials-a-w-s-landscaping-on-gmail',
      about: `Genuine control: a landscaper named after its owner's initials, "A.W.S. Landscaping" <aws.landscaping.co@gmail.com>: the joined reading "AWS Landscaping" names Amazon's word "aws", which a personal (free) mailbox does not count (PERSONAL_NAME_WORDS). Signed d=gmail.com, the reader's box. Wanted: authenticated.`,
      class: 'real-mail',
      args: BOX,
      eml: deliver(o, 'box', 'e'),
      zone: ZONE,
      expect: CLEAN,
    });
  }

  // ==== 2. A Google group that rewrites its authors' From ========================================
  for (const [slug, author, local, group, title, expect, why] of [
    [
      'author-initials-d-h-l',
      'D.H.L. Morgan',
      'morgan.allotments',
      'riverside-chess',
      'Riverside Chess Club',
      CLEAN,
      'The author part, "D.H.L. Morgan", is what brand-on-freemail reads; joined it names DHL. Wanted: authenticated (a person\'s initials)',
    ],
    [
      'list-name-yahoo-inc-alumni',
      'Pat Lee',
      'patlee.sv',
      'yahoo-alumni-bayarea',
      'Yahoo Inc Alumni Bay Area',
      NO_WARNING,
      'The list\'s own name holds "Yahoo Inc", a phrase added in round 165: brand-on-freemail\'s list branch may say so at low, the author is a person. Wanted: authenticated',
    ],
  ] as const) {
    const envelope = `${local}@yahoo.com`;
    const posted = onTop(
      submitted({
        from: `"${author}" <${envelope}>`,
        to: `${group}@googlegroups.com`,
        subject: slug.startsWith('author') ? 'Ladder results, November' : 'Holiday meet-up, 12 December',
        date: 'Fri, 20 Nov 2026 09:58:00 +0000',
        messageId: `<166${slug.length}2041.3318206.1795168798000@mail.yahoo.com>`,
        body: slug.startsWith('author')
          ? 'Hello all,\r\n\r\nthe November ladder is up on the noticeboard.\r\n\r\nD.H.L. Morgan\r\n'
          : 'Hi everyone,\r\n\r\nthe holiday meet-up is at the usual place on 12 December, 6 pm.\r\n\r\nPat\r\n',
      }),
      `X-Sonic-MF: <${envelope}>`,
      'Received: from sonic.gate.mail.ne1.yahoo.com by\r\n sonic312.consmr.mail.gq1.yahoo.com with HTTP; Fri, 20 Nov 2026 09:58:01 +0000',
    );
    const signed = await signAll(posted, [['yahoo.com', 's2048']]);
    // Google Groups rewrites the From of a p=reject author and keeps the author in Reply-To and
    // X-Original-From (list-shapes.ts); it re-signs d=googlegroups.com and seals ARC as google.com.
    const rewritten = signed.replace(
      `From: "${author}" <${envelope}>`,
      `From: "'${author}' via ${title}" <${group}@googlegroups.com>`,
    );
    const grouped = onTop(
      `${rewritten}\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "${title}" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to ${group}+unsubscribe@googlegroups.com.\r\n`,
      `Reply-To: "${author}" <${envelope}>`,
      `X-Original-From: "${author}" <${envelope}>`,
      `X-Original-Sender: ${envelope}`,
      'Precedence: list',
      `Mailing-list: list ${group}@googlegroups.com; contact ${group}+owners@googlegroups.com`,
      `List-ID: <${group}.googlegroups.com>`,
      `List-Post: <https://groups.google.com/group/${group}/post>, <mailto:${group}@googlegroups.com>`,
      `List-Unsubscribe: <mailto:googlegroups-manage+166${slug.length}+unsubscribe@googlegroups.com>`,
    );
    const ar = `gmr-mx.google.com; dkim=pass header.i=@yahoo.com header.s=s2048; spf=pass (google.com: domain of ${envelope} designates ${YAHOO_OUT.ip} as permitted sender) smtp.mailfrom=${envelope}; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=yahoo.com`;
    const sealed = await sealCorpus(await signAll(grouped, [['googlegroups.com', '20230601']]), {
      domain: 'google.com',
      selector: 'arc-20240605',
      cv: 'none',
      authResults: ar,
    });
    const gEnv = `${group}+bncBDL3ZMA5BYIFBB166AVTCAMGQE${slug.length}@googlegroups.com`;
    emit({
      name: `w166-box-google-group-from-rewrite-${slug}`,
      about: `Genuine: a Yahoo Mail user (p=reject) posts to the Google group ${group}@googlegroups.com, which rewrites From to "'${author}' via ${title}" <${group}@googlegroups.com>, keeps the author in Reply-To and X-Original-From, re-signs d=googlegroups.com and seals ARC i=1 as google.com; handed over by ${GROUPS_OUT.rdns} into the reader's box. ${why}.`,
      class: 'real-mail',
      args: BOX,
      eml: onTop(
        sealed,
        `Return-Path: <${gEnv}>`,
        `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass header.d=googlegroups.com header.s=20230601 header.b=Q29ycHVz;\r\n\tspf=pass (${RECEIVER}: domain of ${gEnv} designates ${GROUPS_OUT.ip} as permitted sender) smtp.mailfrom=${gEnv};\r\n\tdmarc=pass header.from=googlegroups.com`,
        received({ ...GROUPS_OUT, by: RECEIVER, id: `4Zr166g${slug.length}x`, for: ROBIN }),
      ),
      zone: ZONE,
      expect,
    });
  }

  // ==== 3. Sellers and shops on free mailboxes: a brand glued into the mailbox name ===============
  {
    const o = await fromGmail({
      name: 'Customer Service',
      local: 'amazonsellerjoe',
      subject: 'Re: reorder of 40 phone stands',
      body: "Hi Robin,\r\n\r\nthanks for the pallet quote. We would like 40 stands again for December;\r\nsame invoice address as last time.\r\n\r\nJoe\r\nJoe's Gadget Deals (Amazon seller)\r\n",
      to: `Robin Reader <${GMAIL_TO}>`,
      n: 'f',
    });
    emit({
      name: 'w166-gmail-amazon-seller-customer-service-own-word-after-brand',
      about: `Genuine: a small Amazon third-party seller writes to its wholesaler (the reader) from the seller's own Gmail, "Customer Service" <amazonsellerjoe@gmail.com> (Seller Central lets sellers write "via Seller Central or your personal or business email"). The mailbox glues amazon + seller + the owner's own name, which brandGluedInMailbox does not read (a word of the sender's own after the service words). Gmail. Wanted: authenticated, no brand.`,
      class: 'real-mail',
      args: GMAIL,
      eml: deliver(o, 'gmail', 'f'),
      zone: ZONE,
      expect: CLEAN,
      twin: true,
    });
  }
  {
    const o = await fromGmail({
      name: 'iPhone Repair Service',
      local: 'applefixshop',
      subject: 'Your iPhone 13 is ready for collection',
      body: 'Hi Robin,\r\n\r\nthe screen and battery are done; the phone is ready to collect until 6 pm. GBP 119, card or cash.\r\n\r\nMarco, iPhone Repair Service, 22 Mill Lane\r\n',
      to: `Robin Reader <${YAHOO_TO}>`,
      n: 'g',
    });
    emit({
      name: 'w166-yahoo-iphone-repair-service-applefixshop-on-gmail',
      about: `Genuine: an independent phone repair shop, "iPhone Repair Service" <applefixshop@gmail.com>, tells a customer the phone is ready. "Apple" alone is no brand word (only "Apple ID", "Apple Support", iCloud, iTunes) and "iPhone" none, so neither reading names Apple. Signed d=gmail.com, read in Yahoo Mail. Wanted: authenticated.`,
      class: 'real-mail',
      args: YAHOO,
      eml: deliver(o, 'yahoo', 'g'),
      zone: ZONE,
      expect: CLEAN,
    });
  }
  {
    const o = await fromGmail({
      name: 'Customer Service',
      local: 'ebayseller2015',
      subject: 'Re: item 2366 - combined postage',
      body: 'Hello,\r\n\r\nyes, I can combine postage for the two lenses; I will send an updated invoice through eBay tonight.\r\n\r\nRegards, Tom\r\n',
      to: `Robin <${OUTLOOK_TO}>`,
      n: 'h',
    });
    emit({
      name: 'w166-outlook-ebay-seller-customer-service-ebayseller2015',
      about: `Genuine: a camera-lens seller answers a buyer who had written to his listed address, "Customer Service" <ebayseller2015@gmail.com>. The mailbox is eBay's word with a desk's word and a year, the name a desk's: exactly the shape of red-team round 165's "Account Security" <yahoosecurityteam@yahoo.com>. Signed d=gmail.com, read in Outlook on the web. Wanted: never spoofed; brand-on-freemail is a fair warning (a careful analyst would not call it a false alarm: nothing in the header tells this seller from a phisher; only the body does).`,
      class: 'real-mail',
      args: OUTLOOK,
      eml: deliver(o, 'outlook', 'h'),
      zone: ZONE,
      expect: WARNING_FAIR,
    });
  }
  {
    const o = await fromGmail({
      name: 'Paketshop Team',
      local: 'dhlpaket24',
      subject: 'Ihr Paket liegt zur Abholung bereit',
      body: 'Hallo Robin,\r\n\r\nIhr Paket liegt bei uns im Kiosk am Markt, Abholung bis 19 Uhr mit Ausweis.\r\n\r\nKiosk am Markt (DHL Paketshop)\r\n',
      to: `Robin Reader <${ROBIN}>`,
      n: 'i',
    });
    emit({
      name: 'w166-box-dhl-paketshop-kiosk-paketshop-team-dhlpaket24',
      about: `Genuine: a newsagent that runs a DHL Paketshop counter writes from its own Gmail, "Paketshop Team" <dhlpaket24@gmail.com>, that a parcel waits. The mailbox glues dhl + paket + digits under a name with a desk's word (team). Signed d=gmail.com, the reader's box. Wanted: never spoofed; a warning is fair (a DHL parcel notice from a free mailbox is the commonest courier lure), and so is none ("Paketshop" is the shop's own word, not a desk's).`,
      class: 'real-mail',
      args: BOX,
      eml: deliver(o, 'box', 'i'),
      zone: ZONE,
      expect: { notVerdict: ['spoofed'], fields: { 'dmarc.result': 'pass' } },
    });
  }
  {
    const o = await fromGmail({
      name: 'Dispatch Team',
      local: 'fedexroute114',
      subject: 'Delivery window change on Friday',
      body: 'Hi Robin,\r\n\r\nas agreed with your front desk, Friday pickups move to 3-4 pm for the holiday.\r\n\r\nDispatch, Route 114 contractor\r\n',
      to: `Robin Reader <${GMAIL_TO}>`,
      n: 'j',
    });
    emit({
      name: 'w166-gmail-fedex-route-contractor-dispatch-team-fedexroute114',
      about: `Genuine: a FedEx Ground route contractor's dispatcher writes to a business customer from "Dispatch Team" <fedexroute114@gmail.com>. "route" is no service word, so the glued reading stops at it. Signed d=gmail.com, Gmail. Wanted: authenticated, no brand.`,
      class: 'real-mail',
      args: GMAIL,
      eml: deliver(o, 'gmail', 'j'),
      zone: ZONE,
      expect: CLEAN,
    });
  }
  {
    const o = await fromGmail({
      name: 'Lakeside Amazons U12 Team',
      local: 'amazonteam12',
      subject: 'Saturday fixture moved to 10:30',
      body: "Hi parents,\r\n\r\nSaturday's match against Harbour Hawks is now 10:30 on pitch 3. Orange slices rota attached.\r\n\r\nCoach Priya, Lakeside Amazons\r\n",
      to: `Robin Reader <${ROBIN}>`,
      n: 'k',
    });
    emit({
      name: 'w166-box-girls-football-team-amazons-amazonteam12',
      about: `Genuine: a girls' under-12 football team called the Amazons (a common team name) mails parents from its team mailbox "Lakeside Amazons U12 Team" <amazonteam12@gmail.com>. The name says "Amazons" (no brand word) and "Team"; the mailbox glues amazon + team + the age group, which brandGluedInMailbox reads as Amazon beside a desk's name. Signed d=gmail.com, the reader's box. Wanted: authenticated: a careful analyst calls a warning here a false alarm (the name says whose team it is, and the word it shares with the brand is the team's own).`,
      class: 'real-mail',
      args: BOX,
      eml: deliver(o, 'box', 'k'),
      zone: ZONE,
      expect: CLEAN,
      twin: true,
    });
  }
  {
    const o = await fromOutlookCom({
      name: 'Workspace Setup Help',
      local: 'googlepartner.mk',
      subject: 'Your Google Workspace migration: Saturday plan',
      body: 'Hi Robin,\r\n\r\nSaturday: MX switch at 8 am, mailbox import overnight. Please keep the old server on until Monday.\r\n\r\nMaya Kovacs, IT consultant\r\n',
      to: `Robin Reader <${GMAIL_TO}>`,
      n: 'l',
    });
    emit({
      name: 'w166-gmail-google-workspace-consultant-on-outlook-com',
      about: `Genuine: a freelance Google Workspace consultant writes from Outlook.com, "Workspace Setup Help" <googlepartner.mk@outlook.com> (a desk's word in the name; the mailbox is "googlepartner" and her initials, no service word glued to the brand). Signed d=outlook.com, out of ${OLC.helo} [${OLC.ip}], read in Gmail. Wanted: authenticated, no brand.`,
      class: 'real-mail',
      args: GMAIL,
      eml: deliver(o, 'gmail', 'l'),
      zone: ZONE,
      expect: CLEAN,
    });
  }

  // ==== 4. "Yahoo" in people's and firms' names ==================================================
  {
    const o = await fromYahoo({
      name: 'Yahoo Family Restaurant',
      local: 'yahoofamilyrestaurant',
      subject: 'Your table for 8 on Saturday',
      body: 'Dear Robin,\r\n\r\nyour table for 8 people on Saturday at 7 pm is confirmed.\r\n\r\nYahoo Family Restaurant\r\n',
      to: `Robin Reader <${YAHOO_TO}>`,
      n: 'm',
    });
    emit({
      name: 'w166-yahoo-family-restaurant-named-yahoo-on-yahoo-com',
      about: `Genuine: a family restaurant whose name is "Yahoo" confirms a booking from "Yahoo Family Restaurant" <yahoofamilyrestaurant@yahoo.com>. "Yahoo" beside "Family" is no listed phrase, and "family" no service word in the mailbox. Yahoo Mail web submission, signed d=yahoo.com, read in Yahoo Mail. Wanted: authenticated.`,
      class: 'real-mail',
      args: YAHOO,
      eml: deliver(o, 'yahoo', 'm'),
      zone: ZONE,
      expect: CLEAN,
      twin: true,
    });
  }
  {
    const o = await fromGmail({
      name: 'Yahoo Inc Alumni',
      local: 'yahooalumni.bayarea',
      subject: 'Holiday meet-up, 12 December',
      body: 'Hi all,\r\n\r\nformer Yahoos, partners welcome: 12 December, 6 pm, the usual place. RSVP by reply.\r\n\r\nPat Lee, for the organisers\r\n',
      to: `Robin Reader <${GMAIL_TO}>`,
      n: 'n',
    });
    emit({
      name: 'w166-gmail-yahoo-inc-alumni-network-on-gmail',
      about: `Genuine: a volunteer-run network of former Yahoo staff invites members from "Yahoo Inc Alumni" <yahooalumni.bayarea@gmail.com>. "yahoo inc" became a brand phrase in round 165 (phishers sign "Yahoo Inc."), so brand-on-freemail names Yahoo. Signed d=gmail.com, Gmail. Wanted: never spoofed; the warning is fair (the header says "Yahoo Inc" on a Gmail mailbox; only the reader knows the network).`,
      class: 'real-mail',
      args: GMAIL,
      eml: deliver(o, 'gmail', 'n'),
      zone: ZONE,
      expect: WARNING_FAIR,
    });
  }
  {
    const o = await fromOutlookCom({
      name: 'Kenji "Yahoo" Mori',
      local: 'kenji.mori.jp',
      subject: 'Photos from the reunion',
      body: 'Robin,\r\n\r\nthe reunion photos are in the shared album; the link is in the group chat.\r\n\r\nKenji\r\n',
      to: `Robin <${OUTLOOK_TO}>`,
      n: 'o',
    });
    emit({
      name: 'w166-outlook-person-nicknamed-yahoo-on-outlook-com',
      about: `Genuine: a man known since school as "Yahoo" writes from Outlook.com as Kenji "Yahoo" Mori <kenji.mori.jp@outlook.com>. The nickname alone names nothing. Signed d=outlook.com, read in Outlook on the web. Wanted: authenticated.`,
      class: 'real-mail',
      args: OUTLOOK,
      eml: deliver(o, 'outlook', 'o'),
      zone: ZONE,
      expect: CLEAN,
    });
  }

  // ==== 5. Yahoo! JAPAN: a user's Yahoo!メール, and its own desks =================================
  {
    const envelope = 'hanako_yamada166@yahoo.co.jp';
    // 山田 花子 (Yahoo!メール), UTF-8 B-encoded as Yahoo!メール writes a name.
    const name = `=?UTF-8?B?${Buffer.from('山田 花子 (Yahoo!メール)').toString('base64')}?=`;
    const raw = onTop(
      submitted({
        from: `${name} <${envelope}>`,
        to: `Robin Reader <${GMAIL_TO}>`,
        subject: `=?UTF-8?B?${Buffer.from('来週の打ち合わせについて').toString('base64')}?=`,
        date: 'Fri, 20 Nov 2026 18:59:58 +0900 (JST)',
        messageId: '<1446166833.679148.1795168800166.JavaMail.yahoo@mail.yahoo.co.jp>',
        body: 'ロビン様\r\n\r\n来週の打ち合わせは火曜日の午後でいかがでしょうか。\r\n\r\n山田\r\n',
      }),
      'Received: from sonicgw.mail.yahoo.co.jp by sonicconh5002.mail.kks.yahoo.co.jp\r\n with HTTP; Fri, 20 Nov 2026 09:59:59 +0000',
    );
    const o: Out = {
      raw: await signAll(raw, [['yahoo.co.jp', 'yj20110701']]),
      relay: YJ_USER,
      envelope,
      fromDomain: 'yahoo.co.jp',
      signers: [['yahoo.co.jp', 'yj20110701']],
      policy: 'NONE',
    };
    emit({
      name: 'w166-gmail-yahoo-japan-user-name-with-yahoo-mail-katakana',
      about: `Genuine: a Yahoo! JAPAN user who writes her mail program into her name, "山田 花子 (Yahoo!メール)" <${envelope}>, through Yahoo!メール (sonicgw → sonicconh5002 with HTTP, d=yahoo.co.jp s=yj20110701, ${YJ_USER.rdns} [${YJ_USER.ip}]; yahoo.co.jp p=none). "Yahoo!メール" is not the listed "yahoo mail" (katakana メール). Gmail. Wanted: authenticated.`,
      class: 'real-mail',
      args: GMAIL,
      eml: deliver(o, 'gmail', 'p'),
      zone: ZONE,
      expect: CLEAN,
      twin: true,
    });
  }
  for (const [slug, from, subject, body, reader, n] of [
    [
      'member-service-reg-master',
      'Yahoo! JAPAN Member Service <reg-master@mail.yahoo.co.jp>',
      'Yahoo! JAPAN - 登録情報ご確認のお願い',
      '本メールはYahoo! JAPAN IDで一定期間ログインされていなかったお客様へお送りしています。\r\n登録情報に誤りがないか、ご確認ください。\r\n□発行:ヤフー株式会社\r\n',
      'gmail',
      'q',
    ],
    [
      'direct-offer-directoffer-master',
      'Yahoo!ダイレクトオファー <directoffer-master@mail.yahoo.co.jp>',
      'Yahoo!ダイレクトオファー 配信設定のお知らせ',
      'Yahoo!ダイレクトオファーの配信設定を変更しました。\r\n□発行:LINEヤフー株式会社\r\n',
      'box',
      'r',
    ],
  ] as const) {
    const address = from.slice(from.indexOf('<') + 1, -1);
    const encodedFrom = from.replace(
      /^(.*) </,
      (_m, nm: string) => `=?UTF-8?B?${Buffer.from(nm).toString('base64')}?= <`,
    );
    const raw = submitted({
      from: encodedFrom,
      to: `Robin Reader <${reader === 'gmail' ? GMAIL_TO : ROBIN}>`,
      subject: `=?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`,
      date: 'Fri, 20 Nov 2026 18:59:58 +0900 (JST)',
      messageId: `<20261120185958.166${n}.${slug.split('-').pop()}@mail.yahoo.co.jp>`,
      body,
    });
    const o: Out = {
      raw: await signAll(raw, [['mail.yahoo.co.jp', 'yj20110701']]),
      relay: YJ_DESK,
      envelope: address,
      fromDomain: 'mail.yahoo.co.jp',
      signers: [['mail.yahoo.co.jp', 'yj20110701']],
      policy: 'NONE',
    };
    emit({
      name: `w166-${reader}-yahoo-japan-own-desk-${slug}`,
      about: `Genuine: Yahoo! JAPAN's own desk, ${from} (a real sender: ${slug.startsWith('member') ? 'its "登録情報ご確認のお願い" notice, which its recipients took for a phish until Yahoo confirmed it' : 'its direct-offer list'}), through its relay ${YJ_DESK.rdns} [${YJ_DESK.ip}], signed d=mail.yahoo.co.jp (aligned; yahoo.co.jp p=none). ${slug.startsWith('member') ? '"Member Service" is a desk\'s name beside "Yahoo! JAPAN", not the listed "yahoo member". ' : ''}Read in ${reader === 'gmail' ? 'Gmail' : "the reader's box"}. Wanted: authenticated (Yahoo Japan's own mail; the aligned pass the exemption now asks for is there).`,
      class: 'real-mail',
      args: ARGS[reader],
      eml: deliver(o, reader, n),
      zone: ZONE,
      expect: CLEAN,
      twin: reader === 'gmail',
    });
  }
}

// Pending (read on rt-w166 with `ALL=1 scripts/scratch/pend.ts`; 27 cases, 7 read wrong):
// A. Initials set apart, joined into "DHL" (round 165's reading of single letters):
//    w166-outlook-person-initials-d-h-l-dotted-on-gmail ("D.H.L. Morgan"),
//    w166-box-person-initials-d-h-l-spaced-mailbox-without-initials (+ -no-options, "D H L Morgan")
//    and w166-box-google-group-from-rewrite-author-initials-d-h-l ("'D.H.L. Morgan' via Riverside
//    Chess Club" <…@googlegroups.com>) read SUSPICIOUS: brand-on-freemail:high "the name says DHL"
//    (the group case also reply-to-other-org:medium: lib/findings/reply-to.ts reads the Reply-To's
//    "D.H.L. Morgan" with brandInName too). Should read authenticated: a person's initials before a
//    surname, no desk's word, nothing of a courier; a careful analyst calls it a false alarm.
//    At fault: lib/findings/domains.ts brandOnSomeReading, which joins every run of three or more
//    single letters (SPACED_LETTERS / SPACED_RUN) for every brand, so three initials that happen to
//    spell DHL name the brand. Smallest fix: join a run of exactly three letters only when the name
//    names a desk (namesDesk(displayName)); runs of four or more letters always (nobody has four
//    initials in a row that spell a brand). probe165's "Y a h o o Account Security" (five letters, and
//    a desk) stays caught; so would "D H L Express" or "D.H.L. Delivery Service" (express, delivery,
//    service are desk words). It costs a three-letter brand spelt apart with no desk word beside it
//    ("D.H.L." alone), which no round has shown. It touches every rule that calls brandInName
//    (display-name.ts, dmarc.ts, reply-to.ts, reader-org.ts), each for the better here.
// B. w166-yahoo-person-initials-d-h-l-spaced-no-dots-on-yahoo ("D H L Morgan" <dhl_morgan61@yahoo.com>)
//    reads SUSPICIOUS for the same name, and would still after fix A: its mailbox holds "dhl" as a
//    whole word, which lib/findings/domains.ts brandInLocalPart has read as DHL since long before
//    round 165 (brand-freemail.ts asks it before the glued reading). Kept as the older cost of a
//    three-letter brand word in a mailbox; a fix (not proposed for now: `dhl.express@gmail.com` is a
//    real lure) would skip a three-letter brand word in the mailbox when the display name spells the
//    same letters as initials before another word.
// C. w166-box-girls-football-team-amazons-amazonteam12 (+ -no-options): "Lakeside Amazons U12 Team"
//    <amazonteam12@gmail.com> reads SUSPICIOUS (brand-on-freemail:high "the address says Amazon").
//    Should read authenticated: the team's own name is the Amazons, and "Team" is not a desk here.
//    At fault: lib/findings/brand-freemail.ts brandFreemailRule, which takes brandGluedInMailbox(local)
//    whenever namesDesk(author) finds one service word anywhere in the name. Smallest fix: take the
//    glued reading only when the name is a desk's name alone: every word of it a SERVICE_WORDS word
//    (or "the", "your", "and", "&", "of"). probe165's "Account Security" <yahoosecurityteam@yahoo.com>
//    stays caught, and so does "Customer Service" <ebayseller2015@gmail.com> here (a fair warning);
//    "Paketshop Team" <dhlpaket24@gmail.com> would lose its warning (either reading is acceptable for
//    it, so its expectation asks neither). An attacker who adds a word of his own to the desk's name
//    ("Lakeside Account Security") gives up the name that made the lure.
// Read right, and fair: the eBay seller's "Customer Service" <ebayseller2015@gmail.com> and "Yahoo Inc
// Alumni" <yahooalumni.bayarea@gmail.com> read suspicious (brand-on-freemail:high), which a careful
// analyst would not call false alarms: the header alone cannot tell them from round 165's lures.
// Fixed at 15:0x (lib/findings/domains.ts brandOnSomeReading: a run of three single letters is
// joined only beside a desk's name; brand-freemail.ts: a brand glued into the mailbox counts only
// beside a name that is nothing but a desk's, namesOnlyDesk): the D.H.L. initials and the Amazons
// team read authenticated. Still pending: "D H L Morgan" <dhl_morgan61@yahoo.com> (the brand as a
// whole word in the mailbox, read so long before round 165; dhl.express@gmail.com is a real lure).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'w166-yahoo-person-initials-d-h-l-spaced-no-dots-on-yahoo',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
