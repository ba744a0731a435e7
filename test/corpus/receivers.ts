// How the reader's provider writes a delivery, for the real-world and probe makers: Gmail's hops,
// Received-SPF and its one Authentication-Results; Yahoo Mail's header under its mta host's id above
// its entry; Exchange Online's entry, EOP's results and the organisation headers it appends at the
// bottom; mail inside one Exchange Online organisation (MAPI, HTTPS); an on-premises Exchange behind
// a gateway (Mimecast's entry); Dovecot's LMTP line. Layouts from public deliveries
// (test/fixtures/legit/README-m365.md for Microsoft 365; the rounds' `about` texts name theirs). Each round passes its own SMTP ids, so no two rounds'
// messages carry the same ones.
import { appendHeaders } from './edits';
import type { Relay } from './kit';
import { eopEntry, exchangeMailboxHops, exchangeOrgHeaders } from './m365-shapes';
import { onTop } from './messages';

/** The reader's Gmail address. */
export const GMAIL_TO = 'robin.reader@gmail.com';

/** What a provider needs to write its delivery: who handed it over, the envelope, what it found. */
export interface Delivery {
  relay: Relay;
  envelope: string;
  /** The provider's results, as folded after its authserv-id. */
  results: string;
}

export interface GmailDelivery extends Delivery {
  /** Gmail's SMTP ids: its internal hop's (`x12csp…pxa`) and its entry's (`a1si…qtb.NN`). */
  ids: [string, string];
  to?: string;
  /** The result Gmail's Received-SPF records; without it, no Received-SPF is written. */
  spf?: 'pass' | 'softfail' | 'fail';
  /** Whether Gmail's Delivered-To is written on top. */
  deliveredTo?: boolean;
}

/** Gmail's entry block: Return-Path, its Received, Received-SPF (if asked) and its Authentication-Results. */
export function gmailEntry(d: Omit<GmailDelivery, 'ids'> & { id: string }): string[] {
  const { relay, envelope } = d;
  return [
    `Return-Path: <${envelope}>`,
    `Received: from ${relay.helo} (${relay.rdns}. [${relay.ip}])\r\n        by mx.google.com with ESMTPS id ${d.id}.2026.11.20.02.00.05\r\n        for <${d.to ?? GMAIL_TO}>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        Fri, 20 Nov 2026 02:00:05 -0800 (PST)`,
    ...(d.spf
      ? [
          `Received-SPF: ${d.spf} (google.com: domain of ${envelope} ${d.spf === 'pass' ? 'designates' : 'does not designate'} ${relay.ip} as permitted sender) client-ip=${relay.ip};`,
        ]
      : []),
    `Authentication-Results: mx.google.com;\r\n       ${d.results}`,
  ];
}

/** Gmail's delivery of a message handed over by `relay`: its hops and its one header. */
export function gmailDelivery(raw: string, d: GmailDelivery): string {
  return onTop(
    raw,
    ...(d.deliveredTo ? [`Delivered-To: ${d.to ?? GMAIL_TO}`] : []),
    `Received: by 2002:a05:6a10:a0d1:b0:2f5:1234:5678 with SMTP id ${d.ids[0]};\r\n        Fri, 20 Nov 2026 02:00:06 -0800 (PST)`,
    ...gmailEntry({ ...d, id: d.ids[1] }),
  );
}

/** Gmail's DKIM result for (`domain`, `selector`), as it folds its results. */
export const gmailDkim = (domain: string, selector: string, result = 'pass') =>
  `dkim=${result} header.i=@${domain} header.s=${selector} header.b=Q29ycHVz;`;

/** Gmail's SPF result for `envelope` from `ip`. */
export const gmailSpf = (envelope: string, ip: string, result = 'pass') =>
  `spf=${result} (google.com: domain of ${envelope} ${result === 'pass' ? 'designates' : 'does not designate'} ${ip} as permitted sender) smtp.mailfrom=${envelope};`;

/** Gmail's DMARC result for the From domain `from` under policy `policy` (upper case, as Gmail prints it). */
export const gmailDmarc = (from: string, policy = 'REJECT', result = 'pass') =>
  `dmarc=${result} (p=${policy} sp=${policy} dis=NONE) header.from=${from}`;

/** Yahoo Mail's delivery: its one header under the mta host's id above its entry line. */
export function yahooDelivery(raw: string, d: Delivery & { authservId?: string }): string {
  const { relay, envelope } = d;
  return onTop(
    raw,
    `Return-Path: <${envelope}>`,
    `Received-SPF: pass (domain of ${envelope.split('@').pop()} designates ${relay.ip} as permitted sender)`,
    `X-Originating-IP: [${relay.ip}]`,
    `Authentication-Results: ${d.authservId ?? 'atlas-production.v2.mail-mta4231.mail.ne1.yahoo.com'};\r\n ${d.results}`,
    `Received: from 127.0.0.1  (EHLO ${relay.helo}) (${relay.ip})\r\n  by mta4231.mail.ne1.yahoo.com with SMTPS; Fri, 20 Nov 2026 10:00:05 +0000`,
  );
}

/** What Yahoo's inner MTA saw and its one header says, for the 2025 atlas layouts below. */
export interface YahooEntry {
  ip: string;
  helo: string;
  envelope: string;
  /** Received-SPF's value. */
  spf: string;
  /** The results after the atlas host's id, as Yahoo folds them. */
  ar: string;
}

/** The atlas layouts' fixed times: the hand-off at :06, the entry at :05. */
const yahooAt = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;

/**
 * Yahoo Mail's 2025 omega layout, as its deliveries show it: the atlas host's HTTP hand-off from
 * 127.0.0.1 on top ("pod-id …"), Return-Path, X-Originating-Ip, Received-SPF, its one header (each
 * result with arc_overridden_status), X-Apparently-To, X-YMailISG (Yahoo's opaque token; a made-up
 * value naming the round, `tag`), then the entry written by the inner MTA at `inner`.
 */
export function yahooOmega(
  raw: string,
  o: YahooEntry,
  s: { tag: string; pod: string; inner: string; dc?: string; to?: string },
): string {
  const dc = s.dc ?? 'gq1';
  const atlas = `atlas-production.v2-mail-prod1-${dc}.omega.yahoo.com`;
  return onTop(
    raw,
    `Received: from 127.0.0.1\r\n by ${atlas} pod-id atlas--production-${dc}-${s.pod}.${dc}.yahoo.com with HTTP; ${yahooAt(6)}`,
    `Return-Path: <${o.envelope}>`,
    `X-Originating-Ip: [${o.ip}]`,
    `Received-SPF: ${o.spf}`,
    `Authentication-Results: ${atlas};\r\n ${o.ar}`,
    `X-Apparently-To: ${s.to ?? 'robin.reader@yahoo.com'}; ${yahooAt(6)}`,
    `X-YMailISG: HeaderLens${s.tag}.madeUpToken_0123456789abcdefABCDEF\r\n ${s.tag.toLowerCase()}.yahoo.omega.layout_not.a.real.token--`,
    `Received: from ${o.ip} (EHLO ${o.helo})\r\n by ${s.inner} with SMTPs\r\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\r\n ${yahooAt(5)}`,
  );
}

/** AOL Mail on Yahoo's atlas hosts: the HTTPS hand-off from the inner address the entry is written by. */
export function aolAtlas(
  raw: string,
  o: YahooEntry,
  s: { atlas?: string; inner?: string; to?: string } = {},
): string {
  const atlas = s.atlas ?? 'atlas201.aol.mail.gq1.yahoo.com';
  const inner = s.inner ?? '10.253.37.223';
  return onTop(
    raw,
    `Received: from ${inner}\r\n by ${atlas} with HTTPS; ${yahooAt(6)}`,
    `Return-Path: <${o.envelope}>`,
    `X-Originating-Ip: [${o.ip}]`,
    `Received-SPF: ${o.spf}`,
    `Authentication-Results: ${atlas};\r\n ${o.ar}`,
    `X-Apparently-To: ${s.to ?? 'robin.reader@aol.com'}; ${yahooAt(6)}`,
    `Received: from ${o.ip} (EHLO ${o.helo})\r\n by ${inner} with SMTPs\r\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\r\n ${yahooAt(5)}`,
  );
}

/** Yahoo's results for passing signatures, the envelope's domain and a DMARC line, as Yahoo folds them. */
export const yahooResults = (dkim: Array<[string, string]>, envelopeDomain: string, dmarc: string) =>
  `${dkim.map(([d, s]) => `dkim=pass header.i=@${d} header.s=${s};`).join('\r\n ')}\r\n spf=pass smtp.mailfrom=${envelopeDomain};\r\n ${dmarc}`;

/**
 * An inbound Exchange Online delivery: the recipient tenant's hops, EOP's Authentication-Results
 * (`ar`, written as given: id-less in the classic layout) and Received-SPF right above the entry
 * from `helo` at `ip`, and the organisation headers Exchange appends at the bottom.
 */
export function eopDelivery(
  raw: string,
  spec: {
    ip: string;
    helo: string;
    ar: string;
    spf: string;
    returnPath: string;
    below?: string[];
    bottom?: string[];
    frontend?: string;
    entity?: string;
  },
): string {
  return appendHeaders(
    onTop(
      raw,
      ...exchangeMailboxHops(spec.frontend),
      `Authentication-Results: ${spec.ar}`,
      `Received-SPF: ${spec.spf}`,
      eopEntry(spec.helo, spec.ip, spec.frontend),
      ...(spec.below ?? []),
    ),
    `Return-Path: ${spec.returnPath}`,
    ...exchangeOrgHeaders(`${spec.frontend ?? 'BL02EPF00029927'}.namprd02.prod.outlook.com`, spec.entity),
    ...(spec.bottom ?? []),
  );
}

/**
 * Outlook's MAPI submission on an Exchange Online mailbox server (`mailbox`, its full name), the
 * link-local address written with its zone index (`fe80::…%4`) in the by clause.
 */
export function exchangeMapiHop(mailbox: string, linkLocal: string, date: string): string {
  const address = linkLocal.replace(/%\d+$/, '');
  return `Received: from ${mailbox}\r\n ([${address}]) by ${mailbox}\r\n ([${linkLocal}]) with mapi id 15.20.8182.019; ${date}`;
}

/**
 * Mail inside one Exchange Online organisation as the recipient's mailbox gets it: submitted over
 * MAPI on the sender's mailbox server and delivered over HTTPS, never through EOP (the
 * intra-organisation layout of test/corpus/legit/m365.ts `m365-intra-organisation`); EOP's id-less
 * results for internal mail and the organisation headers at the bottom.
 */
export function exchangeInternal(
  raw: string,
  o: {
    /** The sender's mailbox server (full name), its address toward `server` and its link-local one. */
    mailbox: string;
    mailboxIp: string;
    linkLocal: string;
    /** The recipient's mailbox server (full name). */
    server: string;
    date: string;
    /** The From domain EOP names in its id-less results. */
    fromDomain: string;
    tenant: string;
    returnPath: string;
  },
): string {
  return appendHeaders(
    onTop(
      raw,
      `Received: from ${o.mailbox} (${o.mailboxIp}) by\r\n ${o.server} with HTTPS; ${o.date}`,
      exchangeMapiHop(o.mailbox, o.linkLocal, o.date),
    ),
    `Authentication-Results: dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none header.from=${o.fromDomain};`,
    'X-MS-Exchange-Organization-AuthAs: Internal',
    `X-MS-Exchange-Organization-AuthSource: ${o.mailbox}`,
    'X-MS-Exchange-Organization-MessageDirectionality: Originating',
    `X-MS-Exchange-CrossTenant-Id: ${o.tenant}`,
    'X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted',
    `Return-Path: ${o.returnPath}`,
  );
}

/** Mimecast's EU delivery host, as an on-premises server behind it sees it. */
export const MIMECAST: Relay = {
  helo: 'eu-smtp-delivery-151.mimecast.com',
  rdns: 'eu-smtp-delivery-151.mimecast.com',
  ip: '185.58.85.151',
};

/**
 * A university's on-premises Exchange 2019 behind its inbound gateway `gw` (rw16's layout): the
 * frontend EXCH02 (`<net>.1.12`) and mailbox server EXCH01 (`<net>.1.11`) under `ad`, Return-Path
 * and the organisation rows right under their hops.
 */
export function onPremExchangeBehind(
  raw: string,
  gw: Relay,
  envelope: string,
  o: { ad: string; net: string; date: string },
): string {
  const at = raw.indexOf('\r\n\r\n');
  const head = onTop(
    raw.slice(0, at),
    `Received: from EXCH02.${o.ad} (${o.net}.1.12) by EXCH01.${o.ad}\r\n (${o.net}.1.11) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11 via Mailbox\r\n Transport; ${o.date}`,
    `Received: from ${gw.helo} (${gw.ip}) by\r\n EXCH02.${o.ad} (${o.net}.1.12) with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11\r\n via Frontend Transport; ${o.date}`,
  );
  return `${head}\r\nReturn-Path: ${envelope}\r\nX-MS-Exchange-Organization-AuthSource: EXCH02.${o.ad}\r\nX-MS-Exchange-Organization-AuthAs: Anonymous\r\n${raw.slice(at + 2)}`;
}

/** Mimecast's entry for mail from `relay` at `date`, its spam score and unique id (`unique`) on top. */
export const mimecastEntry = (raw: string, relay: Relay, unique: string, date: string) =>
  onTop(
    raw,
    'X-Mimecast-Spam-Score: 1',
    `X-MC-Unique: ${unique}`,
    `Received: from ${relay.helo} (${relay.rdns} [${relay.ip}]) by relay.mimecast.com with ESMTP with STARTTLS\r\n (version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id\r\n eu-mta-51-${unique}; ${date}`,
  );

/** EOP's id-less DKIM result for unsigned mail. */
export const EOP_UNSIGNED = 'dkim=none (message not signed)\r\n header.d=none';

/**
 * What EOP records for mail from `relay` that passes SPF for `mailfrom` and DMARC for `from` (DKIM
 * as `dkim` says): its Authentication-Results and Received-SPF, for eopDelivery.
 */
export const eopPass = (
  relay: { ip: string; helo: string },
  mailfrom: string,
  dkim = EOP_UNSIGNED,
  from = mailfrom,
) => ({
  ip: relay.ip,
  helo: relay.helo,
  ar: `spf=pass (sender IP is ${relay.ip})\r\n smtp.mailfrom=${mailfrom}; ${dkim};dmarc=pass action=none\r\n header.from=${from};compauth=pass reason=100`,
  spf: `Pass (protection.outlook.com: domain of ${mailfrom} designates\r\n ${relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${relay.ip}; helo=${relay.helo}; pr=C`,
});

/** Dovecot LMTP's line on the box `host` (Dovecot 2.3 form). */
export const dovecotLmtp = (host: string, envelope: string, rcpt: string, id: string, date: string) =>
  `Received: from ${host}\r\n\tby ${host} with LMTP\r\n\tid ${id}\r\n\t(envelope-from <${envelope}>)\r\n\tfor <${rcpt}>; ${date}`;
