// Real-world delivery shapes, fifty-third round: genuine mail through the last hour's rules (git log
// --since=1.hours -- lib/), from the side of the ordinary sender and reader: never "spoofed", and
// "suspicious" only for a reason the reader would accept.
// - lib/message/yahoo-layout.ts atlasHandOffEntry (with lib/message/received.ts's reading of
//   Yahoo's `from <client ip> (EHLO <name>)` entry): Yahoo Mail's omega clusters (free mail, the
//   2025 `from 127.0.0.1 by atlas-production.v2-mail-prod1-<dc>.omega.yahoo.com pod-id … with
//   HTTP` hand-off) and AOL on Yahoo's atlas hosts (`from 10.x by atlas….aol.mail.gq1.yahoo.com with
//   HTTPS`), receiving Gmail (online and offline), an ESP signing twice (Postmark), Outlook.com and a
//   Microsoft 365 tenant over IPv6, a Mailman list that rewrites From, a university forwarder with
//   SRS, and Yahoo-to-AOL (Yahoo's own outbound below the atlas host's entry).
// - lib/engine/offline.ts offlineAtTrustedGateway: offline, behind a trusted filter. A filter that
//   writes no results, its box checking SPF at the filter's address (SPF-only sender: the box's fail
//   names the filter, honest "unverified"; signed sender: the aligned signature decides); a box that
//   skips SPF (no spf row at all); a filter that writes its own results above the box's.
// - lib/message/origin.ts walkGateways (the greeting rule, 02:01) and ownRelayGateways: filters
//   named under the reader's own domain, trusted by that domain, by address (PTR an ISP's name), and
//   by exact name while greeting and writing its own line under an internal host name.
// Layouts learnt from (search tool, `code` corpus): Yahoo's omega layout from a Go DKIM package's
// testdata (Gmail to yahoo.com, June 2025: "from 209.85.128.175 (EHLO mail-yw1-f175.google.com) by
// 10.253.62.170 with SMTPs (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256)", Yahoo's results each
// followed by arc_overridden_status=NOT_OVERRIDDEN, "dmarc=pass(p=NONE,sp=QUARANTINE)") and a
// public notes file with a Postmark message to yahoo.com (August 2025: two dkim=pass rows,
// "dmarc=pass(p=REJECT)", Postmark's "Received: by mta200a-ord.mtasv.net id … for <…>;
// … (envelope-from <…>)" under the entry); a January 2024 bf1 cluster sample (pod-id
// atlas--production-bf1-…); AOL's atlas201 hand-off as probe52 learnt it (December 2021). Exchange
// Online's outbound HELO names (…-obe.outbound.protection.outlook.com) and Mailman 3's DMARC
// munging ("Name via List <list@…>", Reply-To the author) are recalled from their documentation;
// Postfix + rspamd lines as realworld52 wrote them. Names and addresses are documentation ones
// except the providers' own (Google, Microsoft, Yahoo, Postmark); every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, KEY, legitCorpus, ptr, ptr6, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { aolAtlas, dovecotLmtp, yahooOmega } from '../receivers';

const passesAt = (ip: string): CaseExpectation => ({
  verdict: 'authenticated',
  fields: { 'dmarc.result': 'pass', 'origin.ip': ip },
});
const YAHOO = ['--webmail', 'yahoo'];
const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';
const at = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;
const TLS13 =
  '(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\t(No client certificate requested)';
const NO = ' arc_overridden_status=NOT_OVERRIDDEN;';

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule, the fix and its risk.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Reads suspicious (forged-auth-results, entry-behind-nat, dmarc-policy-none; origin.ip null):
  // Yahoo's entry "from 2a01:111:f403:2c12::853 (EHLO …) by 10.253.62.170 with SMTPs" is not read
  // as the entry, so Yahoo's own header below the atlas hand-off is called forged. Cause:
  // lib/message/received.ts fromSide strips a ":port" from the from-word before normalizeIp
  // (`word.replace(/:\d{1,5}$/, '')`), which cuts an IPv6 address whose last group is all decimal
  // digits (::853 becomes "2a01:111:f403:2c12:", no address); the hop gets no IP and
  // lib/message/yahoo-layout.ts atlasHandOffEntry (below.ip === null) declines. Checked on a scratch
  // copy: the same message from …::85d reads authenticated at that address (and
  // rw53-yahoo-omega-gmail-ipv6-hex-tail-online pins it). Wanted: authenticated at Microsoft's
  // address. Proposed fix: take the word as an address first and strip a port only when it is not
  // one (`normalizeIp(word) ?? normalizeIp(word.replace(/:\d{1,5}$/, ''))`). Risk: on Yahoo's line
  // the from-word is Yahoo's record, not the sender's; elsewhere a record in a comment (tcpInfo)
  // still wins over the from-word, and no MTA prints a bare IPv6 with a port unbracketed. No spoof
  // found; genuine IPv6 mail (most of Microsoft's and Google's) only gains.
  // Reads authenticated (the tenant's signature) but origin.ip null with provider-disagreement: the
  // same from-word cut as above (…::112) on AOL's atlas entry; the hand-off there is from the inner
  // address itself, so the walk ends without a client. Wanted: authenticated at Microsoft's address,
  // no disagreement. Rule and fix as above (lib/message/received.ts fromSide).
  // Fixed at 02:3x on 2026-12-05 (lib/message/received.ts fromSide): a port is stripped from the
  // from-word only where it is no address as it stands; rw53-yahoo-omega-outlookcom-ipv6-online
  // and rw53-aol-atlas-m365-tenant-ipv6-online now read authenticated at the sender's address.
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await yahooAol(write);
  await offlineFilters(write);
  await ownDomainFilters(write);
}

// ---------------------------------------------------------------------------------------------
// 1. Yahoo Mail (omega clusters) and AOL (atlas hosts), 2024–2026
// ---------------------------------------------------------------------------------------------

interface YahooIn {
  ip: string;
  helo: string;
  envelope: string;
  spf: string;
  ar: string;
  to: string;
}

/** Yahoo's 2025 omega layout (test/corpus/receivers.ts) with this round's ids. */
const omega = (raw: string, o: YahooIn, dc?: string) =>
  yahooOmega(raw, o, { tag: 'Rw53', pod: '7c9d5b6f4-q2xkz', inner: '10.253.62.170', to: o.to, dc });

/** AOL on Yahoo's atlas hosts (test/corpus/receivers.ts). */
const aol = (raw: string, o: YahooIn) =>
  aolAtlas(raw, o, { atlas: 'atlas206.aol.mail.ne1.yahoo.com', inner: '10.217.150.12', to: o.to });

const spfPass = (d: string, ip: string) => `pass (domain of ${d} designates ${ip} as permitted sender)`;
const yDkim = (d: string, s: string) => `dkim=pass header.i=@${d} header.s=${s}${NO}`;
const ySpf = (d: string) => `spf=pass smtp.mailfrom=${d}${NO}`;
const yDmarc = (policy: string, from: string) => `dmarc=pass(${policy}) header.from=${from}${NO}`;

const GMAIL_Y: Relay = {
  helo: 'mail-yw1-f175.google.com',
  rdns: 'mail-yw1-f175.google.com',
  ip: '209.85.128.175',
};
const gmailZone = {
  ...ptr(GMAIL_Y.ip, GMAIL_Y.rdns),
  'gmail.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ip6:2a00:1450:4000::/36 ~all'] },
  '_dmarc.gmail.com': { TXT: ['v=DMARC1; p=none; sp=quarantine; rua=mailto:mailauth-reports@google.com'] },
  '20230601._domainkey.gmail.com': KEY(),
};
const MS_SPF = {
  'spf.protection.outlook.com': {
    TXT: [
      'v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip4:52.100.0.0/14 ip6:2a01:111:f400::/48 ip6:2a01:111:f403::/49 -all',
    ],
  },
};

async function yahooAol(write: CaseWriter): Promise<void> {
  const yTo = 'robin.reader@yahoo.com';
  const env = 'jo.marsh.1987@gmail.com';
  const gmailToYahoo = onTop(
    await signAll(
      submitted({
        from: `Jo Marsh <${env}>`,
        to: `Robin Reader <${yTo}>`,
        subject: 'Bake sale Saturday',
        date: SENT,
        messageId: '<CAJ8x2kF9q3mZ1r5Tn7vW0bYc4dE6fG8hJ2kL4mN6pQ8rS53@mail.gmail.com>',
        body: 'Robin,\r\n\r\ncan you bring the lemon bars on Saturday?\r\n\r\nJo\r\n',
      }),
      [['gmail.com', '20230601']],
    ),
    `Received: by ${GMAIL_Y.helo} with SMTP id 00721157ae682-70e4043c5b7so2098266b3.53\r\n        for <${yTo}>; Fri, 20 Nov 2026 01:59:59 -0800 (PST)`,
  );
  const gmailIn: YahooIn = {
    ip: GMAIL_Y.ip,
    helo: GMAIL_Y.helo,
    envelope: env,
    to: yTo,
    spf: spfPass('gmail.com', GMAIL_Y.ip),
    ar: [yDkim('gmail.com', '20230601'), ySpf('gmail.com'), yDmarc('p=NONE,sp=QUARANTINE', 'gmail.com')].join(
      '\r\n ',
    ),
  };
  const omegaLayout =
    'Yahoo’s 2025 omega layout ("from 127.0.0.1 by atlas-production.v2-mail-prod1-gq1.omega.yahoo.com pod-id … with HTTP" on top, Return-Path, X-Originating-Ip, Received-SPF, Yahoo’s one Authentication-Results with arc_overridden_status on each row, X-Apparently-To, X-YMailISG, then the entry "from <client ip> (EHLO <name>) by 10.253.62.170 with SMTPs")';
  emitCase(write, {
    name: 'rw53-yahoo-omega-gmail-signed-online',
    about: `A friend at Gmail writes to a Yahoo Mail reader; Google hands over from ${GMAIL_Y.ip} (${GMAIL_Y.helo}), Gmail’s own "Received: by mail-yw1-f175.google.com with SMTP id …" below the entry, in ${omegaLayout}. Yahoo records dkim=pass (gmail.com, 20230601), spf=pass, dmarc=pass(p=NONE,sp=QUARANTINE). Read online (--webmail yahoo). Wanted: authenticated at Google’s address`,
    class: 'yahoo-layout',
    args: YAHOO,
    eml: omega(gmailToYahoo, gmailIn),
    zone: gmailZone,
    expect: passesAt(GMAIL_Y.ip),
  });
  emitCase(write, {
    name: 'rw53-yahoo-omega-gmail-signed-offline',
    about: `The same Gmail message in ${omegaLayout}, read offline (--webmail yahoo): Yahoo’s header is all there is. Wanted: authenticated (Yahoo’s own record of Gmail’s aligned signature)`,
    class: 'yahoo-layout',
    args: YAHOO,
    eml: omega(gmailToYahoo, gmailIn),
    expect: { verdict: 'authenticated' },
  });

  // Gmail over IPv6 (an address whose last group has a hex letter), online.
  {
    const g: Relay = {
      helo: 'mail-ej1-x62b.google.com',
      rdns: 'mail-ej1-x62b.google.com',
      ip: '2a00:1450:4864:20::62b',
    };
    emitCase(write, {
      name: 'rw53-yahoo-omega-gmail-ipv6-hex-tail-online',
      about: `The same Gmail message handed to Yahoo over IPv6 (${g.ip}, EHLO ${g.helo}, PTR leads back): Yahoo prints the IPv6 client as the entry’s from-word in ${omegaLayout}. Read online (--webmail yahoo). Wanted: authenticated at Google’s IPv6 address (pins the IPv6 from-word; see the pending Outlook.com case for one whose last group is all digits)`,
      class: 'yahoo-layout',
      args: YAHOO,
      eml: omega(gmailToYahoo, { ...gmailIn, ip: g.ip, helo: g.helo, spf: spfPass('gmail.com', g.ip) }),
      zone: { ...gmailZone, ...ptr6(g.ip, g.rdns) },
      expect: passesAt(g.ip),
    });
  }

  // An ESP signing twice (its own d=pm.mtasv.net and the customer's), bf1 cluster, offline.
  {
    const d = 'mail.tidepool-app.example';
    const bounce = `pm_bounces@pm-bounces.${d}`;
    const pm: Relay = { helo: 'mta201a-ord.mtasv.net', rdns: 'mta201a-ord.mtasv.net', ip: '104.245.209.201' };
    const raw = onTop(
      await signAll(
        submitted({
          from: `Tidepool <noreply@${d}>`,
          to: yTo,
          subject: 'Your sign-in link',
          date: SENT,
          messageId: '<4e1f0c2a-53b7-4d19-9a0e-7c5b2d8e1f53@mtasv.net>',
          extraHeaders: [
            'X-PM-Message-Id: 4e1f0c2a-53b7-4d19-9a0e-7c5b2d8e1f53',
            'X-PM-MTA-Pool: transactional-3',
          ],
          body: 'Use the link below to sign in. It expires in ten minutes.\r\n',
        }),
        [
          [d, '20240920183138pm'],
          ['pm.mtasv.net', 'pm20250324'],
        ],
      ),
      `Received: by ${pm.helo} id hif6qm3b84k5 for <${yTo}>; Fri, 20 Nov 2026 04:59:59 -0500 (envelope-from <${bounce}>)`,
    );
    emitCase(write, {
      name: 'rw53-yahoo-omega-bf1-postmark-two-signatures-offline',
      about: `An app’s sign-in link through Postmark (${pm.helo}, ${pm.ip}; envelope ${bounce}), signed by Postmark (d=pm.mtasv.net) and by the customer (d=${d}, p=reject), to Yahoo’s bf1 cluster in ${omegaLayout.replace(/gq1/g, 'bf1')}; Postmark’s "Received: by … id … (envelope-from <…>)" below the entry. Yahoo records two dkim=pass rows, spf=pass for pm-bounces.${d}, dmarc=pass(p=REJECT). Read offline. Wanted: authenticated`,
      class: 'yahoo-layout',
      args: YAHOO,
      eml: omega(
        raw,
        {
          ip: pm.ip,
          helo: pm.helo,
          envelope: bounce,
          to: yTo,
          spf: spfPass(`pm-bounces.${d}`, pm.ip),
          ar: [
            yDkim('pm.mtasv.net', 'pm20250324'),
            yDkim(d, '20240920183138pm'),
            ySpf(`pm-bounces.${d}`),
            yDmarc('p=REJECT', d),
          ].join('\r\n '),
        },
        'bf1',
      ),
      expect: { verdict: 'authenticated' },
    });
  }

  // Outlook.com over IPv6 to Yahoo, online.
  {
    const o: Relay = {
      helo: 'EUR05-AM6-obe.outbound.protection.outlook.com',
      rdns: 'mail-am6eur05olkn2053.outbound.protection.outlook.com',
      ip: '2a01:111:f403:2c12::853',
    };
    const from = 'sam.okafor@outlook.com';
    const raw = await signAll(
      submitted({
        from: `Sam Okafor <${from}>`,
        to: yTo,
        subject: 'Photos from the trip',
        date: SENT,
        messageId: '<AM6PR02MB4321A1B2C3D4E5F6A7B8C9D0E1F2A@AM6PR02MB4321.eurprd02.prod.outlook.com>',
        body: 'Robin,\r\n\r\nthe photos are in the shared album.\r\n\r\nSam\r\n',
      }),
      [['outlook.com', 'selector1']],
    );
    emitCase(write, {
      name: 'rw53-yahoo-omega-outlookcom-ipv6-online',
      about: `A friend on Outlook.com writes to a Yahoo reader; Exchange Online’s consumer outbound hands over over IPv6 (${o.ip}, EHLO ${o.helo}, PTR ${o.rdns}), and Yahoo prints the IPv6 client address as the entry’s from-word in ${omegaLayout}. Yahoo records dkim=pass (outlook.com, selector1), spf=pass, dmarc=pass(p=NONE). Read online (--webmail yahoo): our own SPF at the IPv6 address through spf.protection.outlook.com. Wanted: authenticated at Microsoft’s IPv6 address`,
      class: 'yahoo-layout',
      args: YAHOO,
      eml: omega(raw, {
        ip: o.ip,
        helo: o.helo,
        envelope: from,
        to: yTo,
        spf: spfPass('outlook.com', o.ip),
        ar: [yDkim('outlook.com', 'selector1'), ySpf('outlook.com'), yDmarc('p=NONE', 'outlook.com')].join(
          '\r\n ',
        ),
      }),
      zone: {
        ...ptr6(o.ip, o.rdns),
        'outlook.com': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
        '_dmarc.outlook.com': { TXT: ['v=DMARC1; p=none; pct=100'] },
        'selector1._domainkey.outlook.com': KEY(),
        ...MS_SPF,
      },
      expect: passesAt(o.ip),
    });
  }

  // A Microsoft 365 tenant over IPv6 to AOL, online.
  {
    const d = 'brightlake-accounts.example';
    const o: Relay = {
      helo: 'NAM12-DM6-obe.outbound.protection.outlook.com',
      rdns: 'mail-dm6nam12on2112.outbound.protection.outlook.com',
      ip: '2a01:111:f403:c000::112',
    };
    const aTo = 'robin.reader@aol.com';
    const env = `payroll@${d}`;
    const raw = await signAll(
      submitted({
        from: `Brightlake Payroll <${env}>`,
        to: aTo,
        subject: 'Your November payslip',
        date: SENT,
        messageId: `<DM6PR12MB5533F1E2D3C4B5A69788@DM6PR12MB5533.namprd12.prod.outlook.com>`,
        extraHeaders: ['X-MS-Exchange-Organization-AuthAs: Internal', 'X-MS-Has-Attach: yes'],
        body: 'Hello,\r\n\r\nyour November payslip is attached.\r\n',
      }),
      [[d, 'selector1']],
    );
    emitCase(write, {
      name: 'rw53-aol-atlas-m365-tenant-ipv6-online',
      about: `An accounting firm on Microsoft 365 (${d}: include:spf.protection.outlook.com, DKIM selector1 through the tenant’s CNAME, p=quarantine) sends a payslip to an AOL reader; Exchange Online hands over over IPv6 (${o.ip}, EHLO ${o.helo}). AOL on Yahoo’s atlas hosts: "from 10.217.150.12 by atlas206.aol.mail.ne1.yahoo.com with HTTPS" on top, Yahoo’s header, the entry "from ${o.ip} (EHLO …) by 10.217.150.12 with SMTPs". AOL records dkim, spf and dmarc pass. Read online (--webmail yahoo). Wanted: authenticated at Microsoft’s address`,
      class: 'yahoo-layout',
      args: YAHOO,
      eml: aol(raw, {
        ip: o.ip,
        helo: o.helo,
        envelope: env,
        to: aTo,
        spf: spfPass(d, o.ip),
        ar: [yDkim(d, 'selector1'), ySpf(d), yDmarc('p=QUARANTINE', d)].join('\r\n '),
      }),
      zone: {
        ...ptr6(o.ip, o.rdns),
        [d]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
        [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=quarantine'] },
        [`selector1._domainkey.${d}`]: KEY(),
        ...MS_SPF,
      },
      expect: passesAt(o.ip),
    });
  }

  // Yahoo to AOL: Yahoo's own outbound (sonic) below the atlas entry, offline.
  {
    const from = 'dana.whitfield@yahoo.com';
    const aTo = 'robin.reader@aol.com';
    const sonic: Relay = {
      helo: 'sonic314-26.consmr.mail.ne1.yahoo.com',
      rdns: 'sonic314-26.consmr.mail.ne1.yahoo.com',
      ip: '66.163.189.152',
    };
    const raw = onTop(
      await signAll(
        submitted({
          from: `Dana Whitfield <${from}>`,
          to: aTo,
          subject: 'Thanksgiving plans',
          date: SENT,
          messageId: '<1453876291.2207431.1763632798123@mail.yahoo.com>',
          extraHeaders: ['X-Mailer: WebService/1.1.24794 YMailNorrin'],
          body: 'Robin,\r\n\r\nare you still coming on Thursday?\r\n\r\nDana\r\n',
        }),
        [['yahoo.com', 's2048']],
      ),
      `Received: from sonic.gate.mail.ne1.yahoo.com by ${sonic.helo} with HTTP; ${at(4)}`,
    );
    emitCase(write, {
      name: 'rw53-aol-atlas-from-yahoo-sonic-offline',
      about: `Yahoo-to-AOL: a Yahoo user writes from Yahoo’s web client; Yahoo’s outbound ${sonic.helo} (${sonic.ip}) writes "from sonic.gate.mail.ne1.yahoo.com by ${sonic.helo} with HTTP" and signs (d=yahoo.com s=s2048, p=reject), then hands to AOL on Yahoo’s atlas hosts ("from 10.217.150.12 by atlas206.aol.mail.ne1.yahoo.com with HTTPS", the entry "from ${sonic.ip} (EHLO ${sonic.helo}) by 10.217.150.12 with SMTPs"). AOL records dkim, spf, dmarc pass. Read offline (--webmail yahoo). Wanted: authenticated (Yahoo’s outbound is under Yahoo’s own domain, but below the entry it is the sender, not a forged receiver line)`,
      class: 'yahoo-layout',
      args: YAHOO,
      eml: aol(raw, {
        ip: sonic.ip,
        helo: sonic.helo,
        envelope: from,
        to: aTo,
        spf: spfPass('yahoo.com', sonic.ip),
        ar: [yDkim('yahoo.com', 's2048'), ySpf('yahoo.com'), yDmarc('p=REJECT', 'yahoo.com')].join('\r\n '),
      }),
      expect: { verdict: 'authenticated' },
    });
  }

  // A Mailman 3 list rewriting From (DMARC mitigation), to Yahoo, online.
  {
    const list = 'lists.riverside-choir.example';
    const lr: Relay = { helo: `mail.${list}`, rdns: `mail.${list}`, ip: '203.0.113.153' };
    const bounce = `choir-bounces+robin.reader=yahoo.com@${list}`;
    const raw = onTop(
      await signAll(
        submitted({
          from: `Priya Shah via Choir <choir@${list}>`,
          to: `choir@${list}`,
          subject: '[Choir] Rehearsal moved to 7pm',
          date: SENT,
          messageId: '<CAK2mZ7p53xYq1r5Tn7vW0bYc4dE6fG8hJ2kL4mN6pQ8rS0t@mail.gmail.com>',
          extraHeaders: [
            'Reply-To: Priya Shah <priya.shah.sings@gmail.com>',
            `List-Id: Riverside Choir <choir.${list}>`,
            `List-Unsubscribe: <mailto:choir-leave@${list}>`,
            'Precedence: list',
            `Sender: choir-bounces@${list}`,
          ],
          body: 'Hi all,\r\n\r\nrehearsal on Thursday starts at 7pm.\r\n\r\nPriya\r\n',
        }),
        [[list, 'mm3']],
      ),
      `Received: from mail.${list} (localhost [127.0.0.1])\r\n\tby mail.${list} (Postfix) with ESMTP id 4ZrW53a1b2\r\n\tfor <robin.reader@yahoo.com>; ${at(3)}`,
    );
    emitCase(write, {
      name: 'rw53-yahoo-omega-mailman3-from-munged-list-signed-online',
      about: `A choir’s Mailman 3 list (${list}, ${lr.ip}) relays a Gmail member’s post to a Yahoo reader: Gmail is p=none but the list munges From anyway ("Priya Shah via Choir <choir@${list}>", Reply-To the author), signs as ${list} (s=mm3, p=none) and sends with a VERP bounce envelope, its Postfix localhost line below the entry, in ${omegaLayout}. Yahoo records dkim=pass for the list, spf=pass, dmarc=pass. Read online. Wanted: authenticated (the list speaks for itself, as the From says)`,
      class: 'mailing-list',
      args: YAHOO,
      eml: omega(raw, {
        ip: lr.ip,
        helo: lr.helo,
        envelope: bounce,
        to: yTo,
        spf: spfPass(list, lr.ip),
        ar: [yDkim(list, 'mm3'), ySpf(list), yDmarc('p=NONE', list)].join('\r\n '),
      }),
      zone: {
        ...ptr(lr.ip, lr.rdns),
        [list]: { TXT: [`v=spf1 ip4:${lr.ip} -all`] },
        [`_dmarc.${list}`]: { TXT: ['v=DMARC1; p=none'] },
        [`mm3._domainkey.${list}`]: KEY(),
      },
      expect: passesAt(lr.ip),
    });
  }

  // A university alumni forwarder (SRS) to Yahoo: the author's signature survives, offline.
  {
    const fw: Relay = {
      helo: 'mx-fwd2.alumni.ashford-uni.example',
      rdns: 'mx-fwd2.alumni.ashford-uni.example',
      ip: '198.51.100.212',
    };
    const author = 'l.mendes@tallis-architects.example';
    const srs = 'SRS0=Hk3q=53=tallis-architects.example=l.mendes@alumni.ashford-uni.example';
    const raw = onTop(
      await signAll(
        submitted({
          from: `Luisa Mendes <${author}>`,
          to: 'Robin Reader <robin.reader@alumni.ashford-uni.example>',
          subject: 'Reunion venue',
          date: SENT,
          messageId: '<f53e2d1c-0b9a-4876-8543-210fedcba987@tallis-architects.example>',
          body: 'Robin,\r\n\r\nthe reunion venue is confirmed.\r\n\r\nLuisa\r\n',
        }),
        [['tallis-architects.example', 's1']],
      ),
      `Received: from mail.tallis-architects.example (mail.tallis-architects.example [192.0.2.88])\r\n\t${TLS13}\r\n\tby ${fw.helo} (Postfix) with ESMTPS id 4ZrW53c3d4\r\n\tfor <robin.reader@alumni.ashford-uni.example>; ${at(3)}`,
    );
    emitCase(write, {
      name: 'rw53-yahoo-omega-alumni-forwarder-srs-dkim-survives-offline',
      about: `An architect (tallis-architects.example, signed s1, p=quarantine) writes to Robin’s university alumni address, which forwards to Yahoo through ${fw.helo} (${fw.ip}) with an SRS envelope (${srs}); the forwarder’s Postfix line for the author’s hand-off sits below Yahoo’s entry, in ${omegaLayout}. Yahoo records dkim=pass for the author, spf=pass for alumni.ashford-uni.example (not aligned), dmarc=pass(p=QUARANTINE) by the signature. Read offline. Wanted: authenticated (the aligned signature survived the forward)`,
      class: 'forwarding',
      args: YAHOO,
      eml: omega(raw, {
        ip: fw.ip,
        helo: fw.helo,
        envelope: srs,
        to: yTo,
        spf: spfPass('alumni.ashford-uni.example', fw.ip),
        ar: [
          yDkim('tallis-architects.example', 's1'),
          ySpf('alumni.ashford-uni.example'),
          yDmarc('p=QUARANTINE', 'tallis-architects.example'),
        ].join('\r\n '),
      }),
      expect: { verdict: 'authenticated' },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Offline behind a trusted filter (lib/engine/offline.ts offlineAtTrustedGateway)
// ---------------------------------------------------------------------------------------------

const NURSERY = 'oakhollow-nursery.example';
const NURSERY_MX: Relay = { helo: `mail.${NURSERY}`, rdns: `mail.${NURSERY}`, ip: '198.51.100.181' };
const nurseryZone = (signed: boolean) => ({
  ...ptr(NURSERY_MX.ip, NURSERY_MX.rdns),
  [NURSERY]: { TXT: [`v=spf1 ip4:${NURSERY_MX.ip} -all`] },
  [`_dmarc.${NURSERY}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  ...(signed ? { [`k1._domainkey.${NURSERY}`]: KEY() } : {}),
});
const ENV = `orders@${NURSERY}`;

async function order(rcpt: string, n: number, signed: boolean): Promise<string> {
  const raw = submitted({
    from: `Oak Hollow Nursery <${ENV}>`,
    to: `Robin Reader <${rcpt}>`,
    subject: `Delivery slot for order OH-53${n}`,
    date: SENT,
    messageId: `<53${n}.20261120.orders@${NURSERY}>`,
    body: 'Hello,\r\n\r\nyour hedging plants arrive on Tuesday between 8 and 12.\r\n',
  });
  return signed ? signAll(raw, [[NURSERY, 'k1']]) : raw;
}

/**
 * A Postfix + rspamd box behind a filter. `boxAr`: the box's own results (or none); `filterAr`:
 * results the filter wrote under its own name (or none).
 */
async function viaFilter(o: {
  box: string;
  rcpt: string;
  filter: Relay;
  n: number;
  signed: boolean;
  boxAr: string | null;
  filterAr?: string;
}): Promise<string> {
  const f = o.filter;
  const client = f.ip.includes(':') ? `IPv6:${f.ip}` : f.ip;
  return onTop(
    await order(o.rcpt, o.n, o.signed),
    `Return-Path: <${ENV}>`,
    `Delivered-To: ${o.rcpt}`,
    dovecotLmtp(o.box, ENV, o.rcpt, `rW53nMHm1XWf${o.n}CQAAqVw1Bg`, at(7)),
    ...(o.boxAr ? [o.boxAr, 'X-Rspamd-Server: mx', `X-Rspamd-Queue-Id: 4ZrW5t0d5${o.n}`] : []),
    `Received: from ${f.helo} (${f.rdns} [${client}])\r\n\t${TLS13}\r\n\tby ${o.box} (Postfix) with ESMTPS id 4ZrW5t0d5${o.n}\r\n\tfor <${o.rcpt}>; ${at(6)}`,
    ...(o.filterAr ? [o.filterAr] : []),
    `Received: from ${NURSERY_MX.helo} (${NURSERY_MX.rdns} [${NURSERY_MX.ip}])\r\n\t${TLS13}\r\n\tby ${f.helo} (Postfix) with ESMTPS id 4ZrW5q0a5${o.n}\r\n\tfor <${o.rcpt}>; ${at(5)}`,
  );
}

const boxSpfFailAtFilter = (box: string, f: Relay, signed: boolean) =>
  signed
    ? `Authentication-Results: ${box};\r\n\tdkim=pass header.d=${NURSERY} header.s=k1 header.b=Q29ycHVz;\r\n\tspf=fail (${box}: domain of ${ENV} does not designate ${f.ip} as permitted sender) smtp.mailfrom=${ENV};\r\n\tdmarc=pass (policy=quarantine) header.from=${NURSERY}`
    : `Authentication-Results: ${box};\r\n\tdkim=none;\r\n\tspf=fail (${box}: domain of ${ENV} does not designate ${f.ip} as permitted sender) smtp.mailfrom=${ENV};\r\n\tdmarc=fail reason="SPF not aligned (relaxed), No valid DKIM" header.from=${NURSERY} (policy=quarantine)`;

async function offlineFilters(write: CaseWriter): Promise<void> {
  const box = 'mx.willowbrook-clinic.example';
  const rcpt = 'robin@willowbrook-clinic.example';
  const f: Relay = {
    helo: 'spamgw.willowbrook-clinic.example',
    rdns: 'spamgw.willowbrook-clinic.example',
    ip: '203.0.113.158',
  };
  const args = ['--authserv-id', box, '--trust-gateway', `${f.ip}/32`];
  emitCase(write, {
    name: 'rw53-offline-filter-no-results-box-spf-at-filter-spf-only',
    about: `A clinic’s spam filter (${f.helo}, ${f.ip}, trusted by address) writes no results and hands to its Postfix + rspamd box (${box}), which checks SPF at the filter’s address: the nursery’s SPF-only order (${NURSERY_MX.ip}, p=quarantine) gets spf=fail and dmarc=fail naming ${f.ip}. Read with --authserv-id ${box}, offline. Wanted: an honest unverified (the box judged the filter, not the sender: dmarc.atTrustedGateway), never spoofed`,
    class: 'inbound-gateway-offline',
    args,
    eml: await viaFilter({
      box,
      rcpt,
      filter: f,
      n: 1,
      signed: false,
      boxAr: boxSpfFailAtFilter(box, f, false),
    }),
    // Pinned: unverified, the box's fail judged at the filter (dmarc.atTrustedGateway), not spoofed.
    expect: { verdict: 'unverified', fields: { 'origin.ip': NURSERY_MX.ip, 'dmarc.atTrustedGateway': f.ip } },
  });
  emitCase(write, {
    name: 'rw53-offline-filter-no-results-box-spf-at-filter-signed',
    about: `The same clinic filter and box; the nursery’s order is signed (d=${NURSERY} s=k1): the box records dkim=pass, spf=fail at the filter’s address, dmarc=pass. Read with --authserv-id ${box}, offline. Wanted: authenticated (the box’s aligned signature pass stands; the SPF fail at its own filter is a note)`,
    class: 'inbound-gateway-offline',
    args,
    eml: await viaFilter({
      box,
      rcpt,
      filter: f,
      n: 2,
      signed: true,
      boxAr: boxSpfFailAtFilter(box, f, true),
    }),
    expect: { verdict: 'authenticated', fields: { 'origin.ip': NURSERY_MX.ip } },
  });
  {
    const box2 = 'mx.kingsmead-library.example';
    const f2: Relay = {
      helo: 'gw.kingsmead-library.example',
      rdns: 'gw.kingsmead-library.example',
      ip: '203.0.113.159',
    };
    const boxAr = `Authentication-Results: ${box2};\r\n\tdkim=pass header.d=${NURSERY} header.s=k1 header.b=Q29ycHVz;\r\n\tdmarc=pass (policy=quarantine) header.from=${NURSERY}`;
    emitCase(write, {
      name: 'rw53-offline-filter-no-results-box-skips-spf-signed',
      about: `A library’s box (${box2}) sits behind its filter (${f2.helo}, ${f2.ip}, trusted by address) and, told it is behind a relay, skips SPF altogether (rspamd’s SPF module off): its results carry dkim and dmarc rows only. The nursery’s signed order. Read with --authserv-id ${box2}, offline. Wanted: authenticated from the box’s signature and DMARC pass (a missing spf row is no taint)`,
      class: 'inbound-gateway-offline',
      args: ['--authserv-id', box2, '--trust-gateway', `${f2.ip}/32`],
      eml: await viaFilter({
        box: box2,
        rcpt: 'robin@kingsmead-library.example',
        filter: f2,
        n: 3,
        signed: true,
        boxAr,
      }),
      expect: { verdict: 'authenticated' },
    });
  }
  {
    const box3 = 'mx.pennant-farm.example';
    const f3: Relay = {
      helo: 'pmg.pennant-farm.example',
      rdns: 'pmg.pennant-farm.example',
      ip: '203.0.113.160',
    };
    const filterAr = `Authentication-Results: ${f3.helo};\r\n\tspf=pass (${f3.helo}: domain of ${ENV} designates ${NURSERY_MX.ip} as permitted sender) smtp.mailfrom=${ENV};\r\n\tdkim=none;\r\n\tdmarc=pass (policy=quarantine) header.from=${NURSERY}`;
    emitCase(write, {
      name: 'rw53-offline-filter-writes-own-results-spf-only-box-silent',
      about: `A farm’s Proxmox Mail Gateway-style filter (${f3.helo}, ${f3.ip}, trusted by name) checks the nursery’s SPF-only order at the sender’s address and writes its own Authentication-Results (spf=pass at ${NURSERY_MX.ip}, dmarc=pass) under its name; the box (${box3}) behind it writes none. Read with --authserv-id ${f3.helo}, offline. Wanted: authenticated at the nursery’s address (the trusted filter’s own record, written at the sender’s hand-off)`,
      class: 'inbound-gateway-offline',
      args: ['--authserv-id', f3.helo, '--trust-gateway', f3.helo],
      eml: await viaFilter({
        box: box3,
        rcpt: 'robin@pennant-farm.example',
        filter: f3,
        n: 4,
        signed: false,
        boxAr: null,
        filterAr,
      }),
      expect: { verdict: 'authenticated', fields: { 'origin.ip': NURSERY_MX.ip } },
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Filters named under the reader's own domain, trusted by domain, by address, by exact name
// ---------------------------------------------------------------------------------------------

async function ownDomainFilters(write: CaseWriter): Promise<void> {
  {
    const box = 'mx.heronsgate.example';
    const f: Relay = {
      helo: 'filter2.heronsgate.example',
      rdns: 'filter2.heronsgate.example',
      ip: '2001:db8:53::25',
    };
    emitCase(write, {
      name: 'rw53-own-domain-filter-ipv6-trusted-by-domain-spf-only-online',
      about: `A housing association’s filter is named under its own domain (${f.helo}, ${f.ip} over IPv6, PTR leads back), trusted by that domain (--trust-gateway heronsgate.example), in front of its Postfix + rspamd box (${box}), which checks SPF at the filter and records spf=fail, dmarc=fail for the nursery’s SPF-only order. Read with --authserv-id ${box}, online. Wanted: authenticated at the nursery’s address (our own SPF at the sender’s hand-off below the filter)`,
      class: 'inbound-gateway-own-domain',
      args: ['--authserv-id', box, '--trust-gateway', 'heronsgate.example'],
      eml: await viaFilter({
        box,
        rcpt: 'robin@heronsgate.example',
        filter: f,
        n: 5,
        signed: false,
        boxAr: boxSpfFailAtFilter(box, f, false),
      }),
      zone: { ...nurseryZone(false), ...ptr6(f.ip, f.rdns) },
      expect: passesAt(NURSERY_MX.ip),
    });
  }
  {
    const box = 'mx.copperbeech.example';
    const f: Relay = {
      helo: 'relay.copperbeech.example',
      rdns: 'host-203-0-113-161.static.isp-net.example',
      ip: '203.0.113.161',
    };
    emitCase(write, {
      name: 'rw53-own-domain-filter-trusted-by-address-isp-ptr-signed-online',
      about: `A school’s filter greets as ${f.helo} and writes its own line under that name, but its address (${f.ip}, a business line) keeps the ISP’s PTR ${f.rdns}; the reader trusts it by address (--trust-gateway ${f.ip}/32). The box (${box}) records dkim=pass, spf=fail at the filter, dmarc=pass for the nursery’s signed order. Read with --authserv-id ${box}, online. Wanted: authenticated at the nursery’s address`,
      class: 'inbound-gateway-own-domain',
      args: ['--authserv-id', box, '--trust-gateway', `${f.ip}/32`],
      eml: await viaFilter({
        box,
        rcpt: 'robin@copperbeech.example',
        filter: f,
        n: 6,
        signed: true,
        boxAr: boxSpfFailAtFilter(box, f, true),
      }),
      zone: { ...nurseryZone(true), ...ptr(f.ip, f.rdns) },
      expect: passesAt(NURSERY_MX.ip),
    });
  }
  {
    const box = 'mx.ferncliff-law.example';
    const f: Relay = {
      helo: 'smtpgw01.corp.ferncliff-law.example',
      rdns: 'gw.ferncliff-law.example',
      ip: '203.0.113.162',
    };
    emitCase(write, {
      name: 'rw53-own-domain-filter-exact-name-greets-internal-name-spf-only-online',
      about: `A law firm trusts its filter by its exact public name (--trust-gateway ${f.rdns}, the PTR of ${f.ip}, which leads back); the filter greets the box and writes its own Received under its internal host name ${f.helo} (the greeting rule of lib/message/origin.ts walkGateways, 02:01). The box (${box}) checks SPF at the filter: spf=fail, dmarc=fail for the nursery’s SPF-only order. Read with --authserv-id ${box}, online. Wanted: authenticated at the nursery’s address`,
      class: 'inbound-gateway-own-domain',
      args: ['--authserv-id', box, '--trust-gateway', f.rdns],
      eml: await viaFilter({
        box,
        rcpt: 'robin@ferncliff-law.example',
        filter: f,
        n: 7,
        signed: false,
        boxAr: boxSpfFailAtFilter(box, f, false),
      }),
      zone: { ...nurseryZone(false), ...ptr(f.ip, f.rdns) },
      expect: passesAt(NURSERY_MX.ip),
    });
  }
}
