// Real-world delivery shapes, two-hundred-and-fourteenth round: every kind of From rewrite a mailing
// list makes for its authors, after the change in lib/findings/list-evidence.ts (`listFromRewrite`,
// `encodedAuthorRewrite`: the IETF's `"Name" <local=40domain@dmarc.ietf.org>`). Genuine posts, read
// by Gmail, Outlook (Exchange Online), Yahoo and a Postfix/Dovecot box (`--authserv-id`), online
// (a zone) and offline (no zone): the IETF's Mailman 2.1 `=40` form with X-Original-From only (as
// captured), with Reply-To, with the author in Cc, in a thread (In-Reply-To), with a display name
// holding a comma and an RFC 2047 name; the IETF's unmunged post of a p=none author; Mailman 3's
// "Name via List" (author in Reply-To; author in Cc with Reply-To the list; a quoted display name);
// Mailman 2.1's "via" munge for a p=reject author beside its unmunged post of a p=none author on the
// same list (what Outlook shows as "list-bounces on behalf of Name"); Sympa's name_via_list; LISTSERV's
// `-dmarc-request@` From (Outlook's "LIST on behalf of Name, Given"); Google Groups' `'Name' via
// Group`; groups.io's `name=domain@groups.io`; Discourse's mailing-list mode.
// Expectation: never spoofed; every case is a post a user should trust as the list's relay of that
// author, so `verdict: ['authenticated','unverified']` (TRUSTED).
//
// Where the layouts were learnt (find_string / read_file; ids are read_file ids):
// - The IETF: a raw bpf@ietf.org post (id 1031102461): `Received: from mail.ietf.org
//   (mail.ietf.org [50.223.129.194])`, the list host's internal `Received: from ietfa.amsl.com
//   (localhost [IPv6:::1]) by ietfa.amsl.com (Postfix)`, two `DKIM-Signature: … d=ietf.org; s=ietf1`
//   over `From:To:Cc:Date:Subject:List-Id:…`, `X-Mailman-Version: 2.1.39`, `Errors-To:
//   bpf-bounces@ietf.org`, `Sender: "Bpf" <bpf-bounces@ietf.org>`, `X-Original-From: Dave Thaler
//   <dthaler1968@googlemail.com>`, `From: Dave Thaler <dthaler1968=40googlemail.com@dmarc.ietf.org>`
//   with NO Reply-To, subject tag `[Bpf]`, footer `-- \nBpf mailing list\nBpf@ietf.org\nhttps://www.
//   ietf.org/mailman/listinfo/bpf`, and the downstream record `dmarc=pass (p=none dis=none)
//   header.from=dmarc.ietf.org; spf=pass smtp.mailfrom=ietf.org; dkim=pass … header.d=ietf.org`.
//   The `=40` address in To/Cc of replies: ids 34242836495, 304139118, 39966178325;
//   `dthaler=40microsoft.com@dmarc.ietf.org` (a p=reject domain): id 43891952671.
// - LISTSERV: `pcds-ana-l@SLAC.STANFORD.EDU on behalf of Nelson, Silke
//   <000001b5861c978b-dmarc-request@LISTSERV.SLAC.STANFORD.EDU>` as Outlook shows it (id
//   21121402268); `Søren Lassen <000002b7c5cf1459-dmarc-request@listserv.uga.edu>` (id 22175728260).
// - LISTSERV's rewrite for p=reject/quarantine authors: "the poster's full name is left unchanged",
//   the address `[token]-dmarc-request@LISTSERV.EXAMPLE.COM`, replies to it forwarded to the author
//   (so no Reply-To the author): L-Soft's manual, lsoft.com/manuals/17.0/advancedtopics/
//   133HowdoesLISTSERVcomplywithDMAR.html and …/sitevars/DMARC_NO_REWRITE.html (pages corpus).
// - groups.io: `From: "Shahab Vahedi via groups.io" <Shahab.Vahedi=synopsys.com@groups.io>` (id
//   5174612392), `"Saravana Kannan via groups.io" <saravanak=google.com@groups.io>` (id 5536128083);
//   groups.io's hand-off host `mail01.groups.io (web01.groups.io [66.175.222.12])` as realworld210.ts.
// - Google Groups' `"'Name' via group" <group@googlegroups.com>`, X-Original-From, Reply-To,
//   googlegroups.com's signature, google.com's ARC and the `+bnc…@googlegroups.com` envelope:
//   test/corpus/list-shapes.ts (kasan-dev raw copy) and rounds-kit.ts googleGroupsPost.
// - Mailman 3's munge (From "Name via List" with the original From in Reply-To or Cc): list-shapes.ts
//   (docs.mailman3.org "DMARC Mitigations"); Mailman 2.1's fields: list-shapes.ts mailmanHeaders.
// - Discourse's fields (List-Unsubscribe-Post, X-Discourse-Post-Id/-Topic-Id, reply-by-email
//   Reply-To) and Amazon SES's relay a11-75.smtp-out.amazonses.com [54.240.11.75]: realworld204.ts,
//   realworld211.ts.
// - The readers' layouts: test/corpus/receivers.ts, with realworld211.ts's `deliver` (copied here).
// NOT confirmed (modelled): the IETF's Reply-To and Cc variants (the capture has X-Original-From
// only; Mailman 2.1's from_is_list options offer both); the IETF's SPF record and which of its posts
// it munges (every one here whose author has p=reject; a p=none author's post kept unmunged); the
// IETF host names are the real ones, the authors documentation names. Sympa's exact phrase
// (`"Name via list" <list@host>`, its dmarc_protection.phrase name_via_list, recalled) and its
// X-Original-From; no `.INVALID` author form was found in the index (no case). LISTSERV's DKIM
// signing (d= the LISTSERV host here); Mailman 3 host other than the
// IETF using `=40`: none found (no case). Discourse's "Name via Forum" display name. RFC 2047
// encoding of Mailman's and Google Groups' "via" phrases. Every SPF record and DMARC policy but the
// captured ones is made up to fit; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import { emitCase, KEY, legitCorpus, ptr, RECEIVER, type Relay } from '../kit';
import { mailmanFooter, mailmanHeaders, sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { type Dkim, type Found, type Reader, readerDelivery, signInOrder } from '../reader-delivery';

const BOX = ['--authserv-id', RECEIVER];
const GMAIL = ['--webmail', 'gmail'];
const OUTLOOK = ['--webmail', 'outlook'];
const YAHOO = ['--webmail', 'yahoo'];

/** Genuine mail under the From domain's own passing signature: a user should trust it. */
const TRUSTED: CaseExpectation = { verdict: ['authenticated', 'unverified'], notVerdict: ['spoofed'] };
/** What a firm's own Postfix with OpenDKIM signs by default, roughly. */
const OWN_H = ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'];

/**
 * A post whose From the list rewrote: trusted as the list's relay, and the reader told who the author
 * is (`list-from-rewritten`, lib/findings/list-evidence.ts listFromRewrite), which is what tonight's
 * change is for.
 */
const REWRITTEN: CaseExpectation = { ...TRUSTED, findings: ['list-from-rewritten'] };

const deliver = readerDelivery({ round: '214', lmtp: 'uN3zO4y2QXg1dRAA' });

interface Shape {
  name: string;
  about: string;
  class: string;
  reader: Reader;
  raw: string;
  relay: Relay;
  env: string;
  found: Found;
  zone: Record<string, unknown>;
  expect: CaseExpectation;
  /** Also written without a zone (`<name>-offline`). */
  offline?: boolean;
  offlineExpect?: CaseExpectation;
  twin?: boolean;
}

const READER_ARGS: Record<Reader, string[]> = { gmail: GMAIL, box: BOX, yahoo: YAHOO, outlook: OUTLOOK };

/** What OpenDKIM (a firm's own Postfix) signs by default, roughly. */

const key = (...names: string[]) => Object.fromEntries(names.map((n) => [n, KEY()]));
const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, record: string) => ({ [d]: { TXT: [record] } });

interface Author {
  /** The display name as the author's client writes it (quoted or encoded when needed). */
  display: string;
  local: string;
  domain: string;
  policy: 'reject' | 'quarantine' | 'none';
  ip: string;
}
const addr = (a: Author) => `${a.local}@${a.domain}`;
const authorZone = (a: Author) => ({
  ...key(`s1._domainkey.${a.domain}`),
  ...txt(a.domain, `v=spf1 ip4:${a.ip} -all`),
  ...dmarc(a.domain, a.policy),
});

const DANA: Author = {
  display: 'Dana Thale',
  local: 'dana.thale',
  domain: 'fernhill.example',
  policy: 'reject',
  ip: '198.51.100.21',
};
const THALE_COMMA: Author = {
  display: '"Thale, Dana"',
  local: 'dana.thale',
  domain: 'fernhill.example',
  policy: 'reject',
  ip: '198.51.100.21',
};
const BJORN: Author = {
  display: '=?utf-8?q?Bj=C3=B6rn_=C3=85kesson?=',
  local: 'bjorn.akesson',
  domain: 'nordvik.example',
  policy: 'reject',
  ip: '198.51.100.33',
};
const OPENNESS: Author = {
  display: 'Lee Marsh',
  local: 'lee',
  domain: 'openfield.example',
  policy: 'none',
  ip: '198.51.100.45',
};
const ALICE: Author = {
  display: 'Alice Martin',
  local: 'alice',
  domain: 'quarkfield.example',
  policy: 'reject',
  ip: '198.51.100.57',
};
const SAM_QUOTED: Author = {
  display: '"Sam \\"Sammy\\" O\'Brien"',
  local: 'sam.obrien',
  domain: 'kellmoor.example',
  policy: 'quarantine',
  ip: '198.51.100.61',
};
const ZOE: Author = {
  display: '=?utf-8?q?Zo=C3=AB_Marchetti?=',
  local: 'zoe',
  domain: 'vallombra.example',
  policy: 'reject',
  ip: '198.51.100.69',
};
const SILKE: Author = {
  display: '"Nelson, Silke"',
  local: 'snelson',
  domain: 'beamline.example',
  policy: 'reject',
  ip: '198.51.100.73',
};
const PRIYA: Author = {
  display: 'Priya Raman',
  local: 'priya.raman',
  domain: 'fernhill.example',
  policy: 'reject',
  ip: '198.51.100.21',
};
const JORG: Author = {
  display: '=?utf-8?q?J=C3=B6rg_Nilsson?=',
  local: 'jorg',
  domain: 'trailhead.example',
  policy: 'reject',
  ip: '198.51.100.81',
};

/** The author's name as text (RFC 2047 Q decoded, quotes removed): what lists build "via" phrases from. */
function utf8Name(a: Author): string {
  const q = /^=\?utf-8\?q\?(.*)\?=$/i.exec(a.display);
  if (q?.[1]) {
    const bytes: number[] = [];
    const t = q[1];
    for (let i = 0; i < t.length; i++) {
      if (t[i] === '_') bytes.push(0x20);
      else if (t[i] === '=') {
        bytes.push(Number.parseInt(t.slice(i + 1, i + 3), 16));
        i += 2;
      } else bytes.push(t.charCodeAt(i));
    }
    return Buffer.from(bytes).toString('utf8');
  }
  return a.display.replace(/^"|"$/g, '').replace(/\\"/g, '"');
}
/** An RFC 2047 Q-encoded phrase for `text` (UTF-8). */
const qEncode = (text: string) =>
  `=?utf-8?q?${[...Buffer.from(text, 'utf8')]
    .map((b) =>
      b === 0x20
        ? '_'
        : /[A-Za-z0-9]/.test(String.fromCharCode(b))
          ? String.fromCharCode(b)
          : `=${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('')}?=`;
/** A display phrase for `text`: Q-encoded when not ASCII, quoted when it holds specials. */
const phrase = (text: string) =>
  /[^\x20-\x7e]/.test(text)
    ? qEncode(text)
    : /[",.;:<>@()'\\]/.test(text)
      ? `"${text.replace(/(["\\])/g, '\\$1')}"`
      : text;

/** The author's post: submitted from her own server, signed with her key. */
async function authorPost(
  a: Author,
  o: { to: string; subject: string; body: string; inReplyTo?: string; cc?: string },
): Promise<string> {
  const extra = [
    ...(o.cc ? [`Cc: ${o.cc}`] : []),
    ...(o.inReplyTo ? [`In-Reply-To: ${o.inReplyTo}`, `References: ${o.inReplyTo}`] : []),
  ];
  const raw = submitted({
    from: `${a.display} <${addr(a)}>`,
    to: o.to,
    subject: o.subject,
    date: 'Fri, 20 Nov 2026 09:58:00 +0000',
    messageId: `<w214.${o.subject.length}.${a.local}@${a.domain}>`,
    extraHeaders: extra,
    body: o.body,
  });
  return signInOrder(raw, [
    { d: a.domain, s: 's1', h: [...OWN_H, ...(o.cc ? ['cc'] : []), ...(o.inReplyTo ? ['in-reply-to'] : [])] },
  ]);
}

/** Replaces the header field `name` (first occurrence, header part only) or drops it with `null`. */
function setField(raw: string, name: string, value: string | null): string {
  const end = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, end);
  const body = raw.slice(end);
  const fields = head.split(/\r\n(?![ \t])/);
  const i = fields.findIndex((f) => f.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  if (i < 0) throw new Error(`no ${name}`);
  if (value === null) fields.splice(i, 1);
  else fields[i] = `${name}: ${value}`;
  return fields.join('\r\n') + body;
}
const tag = (raw: string, t: string) => {
  const m = /\r\nSubject: (.*)\r\n/.exec(raw);
  return m ? setField(raw, 'Subject', `${t} ${m[1]}`) : raw;
};

/** The author's hand-off to the list host. */
const intoList = (a: Author, by: string, id: string, rcpt: string) =>
  `Received: from mail.${a.domain} (mail.${a.domain} [${a.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby ${by} (Postfix) with ESMTPS id ${id}\r\n\tfor <${rcpt}>; Fri, 20 Nov 2026 09:58:02 +0000 (UTC)`;

// ---- The IETF (Mailman 2.1.39 at mail.ietf.org, `=40` rewrite under dmarc.ietf.org) ----
const IETF: Relay = { helo: 'mail.ietf.org', rdns: 'mail.ietf.org', ip: '50.223.129.194' };
const IETF_ENV = 'bpf-bounces@ietf.org';
const IETF_H = [
  'from',
  'to',
  'cc',
  'date',
  'subject',
  'list-id',
  'list-unsubscribe',
  'list-archive',
  'list-post',
  'list-help',
  'list-subscribe',
];
const IETF_ZONE = {
  ...ptr(IETF.ip, IETF.rdns),
  ...txt('ietf.org', 'v=spf1 ip4:50.223.129.192/26 ip6:2001:559:c4c7::/48 ~all'),
  ...dmarc('ietf.org', 'none'),
  ...key('ietf1._domainkey.ietf.org'),
};
const encoded = (a: Author) => `${a.local}=40${a.domain}@dmarc.ietf.org`;

async function ietfPost(
  a: Author,
  o: {
    subject: string;
    body: string;
    munge: boolean;
    /** Where the author's address goes beside X-Original-From. */
    author?: 'reply-to' | 'cc';
    inReplyTo?: string;
    cc?: string;
  },
): Promise<string> {
  let raw = await authorPost(a, {
    to: 'bpf@ietf.org',
    subject: o.subject,
    body: o.body,
    inReplyTo: o.inReplyTo,
    cc: o.cc,
  });
  raw = onTop(
    raw,
    intoList(a, 'ietfa.amsl.com', '365E0C14F610', 'bpf@ietf.org').replace(
      '09:58:02 +0000 (UTC)',
      '01:58:02 -0800 (PST)',
    ),
  );
  raw = onTop(
    raw,
    'Received: from mail.ietf.org ([50.223.129.194])\r\n by localhost (ietfa.amsl.com [127.0.0.1]) (amavisd-new, port 10024)\r\n with ESMTP id w214Ca6VLd8T for <bpf@ietfa.amsl.com>;\r\n Fri, 20 Nov 2026 01:58:03 -0800 (PST)',
  );
  raw = tag(raw, '[Bpf]');
  raw = appendHeaders(
    raw,
    'Archived-At: <https://mailarchive.ietf.org/arch/msg/bpf/w214oH2tJmsrAXuRmEer6zSh9J>',
    'X-BeenThere: bpf@ietf.org',
    'X-Mailman-Version: 2.1.39',
    'Precedence: list',
    'List-Id: Discussion of BPF/eBPF standardization efforts within the IETF <bpf.ietf.org>',
    'List-Unsubscribe: <https://www.ietf.org/mailman/options/bpf>,\r\n <mailto:bpf-request@ietf.org?subject=unsubscribe>',
    'List-Archive: <https://mailarchive.ietf.org/arch/browse/bpf/>',
    'List-Post: <mailto:bpf@ietf.org>',
    'List-Help: <mailto:bpf-request@ietf.org?subject=help>',
    'List-Subscribe: <https://www.ietf.org/mailman/listinfo/bpf>,\r\n <mailto:bpf-request@ietf.org?subject=subscribe>',
    'Errors-To: bpf-bounces@ietf.org',
    'Sender: "Bpf" <bpf-bounces@ietf.org>',
  );
  raw += '\r\n-- \r\nBpf mailing list\r\nBpf@ietf.org\r\nhttps://www.ietf.org/mailman/listinfo/bpf\r\n';
  if (o.munge) {
    const orig = `${a.display} <${addr(a)}>`;
    raw = setField(raw, 'From', `${a.display} <${encoded(a)}>`);
    raw = appendHeaders(raw, `X-Original-From: ${orig}`);
    if (o.author === 'reply-to') raw = appendHeaders(raw, `Reply-To: ${orig}`);
    if (o.author === 'cc') {
      const m = /\r\nCc: (.*)\r\n/.exec(raw);
      raw = m ? setField(raw, 'Cc', `${m[1]},\r\n ${orig}`) : appendHeaders(raw, `Cc: ${orig}`);
    }
  }
  raw = await signInOrder(raw, [{ d: 'ietf.org', s: 'ietf1', h: IETF_H, c: 'relaxed/simple' }]);
  return onTop(
    raw,
    'Received: from ietfa.amsl.com (localhost [IPv6:::1])\r\n\tby ietfa.amsl.com (Postfix) with ESMTP id 8A7E2C14F708;\r\n\tFri, 20 Nov 2026 01:59:23 -0800 (PST)',
  );
}

// ---- Mailman 3 and Mailman 2.1 on a list host (documentation names) ----
const MM3: Relay = { helo: 'mail.lists.example.org', rdns: 'mail.lists.example.org', ip: '192.0.2.80' };
const MM3_ZONE = {
  ...ptr(MM3.ip, MM3.rdns),
  ...txt('lists.example.org', `v=spf1 ip4:${MM3.ip} -all`),
  ...dmarc('lists.example.org', 'none'),
  ...key('mm3._domainkey.lists.example.org'),
};
const LIST_H = [
  'from',
  'to',
  'cc',
  'subject',
  'date',
  'message-id',
  'reply-to',
  'list-id',
  'list-post',
  'sender',
];

async function mailman3Post(
  a: Author,
  o: { subject: string; body: string; authorIn: 'reply-to' | 'cc'; inReplyTo?: string },
): Promise<string> {
  let raw = await authorPost(a, {
    to: 'devel@lists.example.org',
    subject: o.subject,
    body: o.body,
    inReplyTo: o.inReplyTo,
  });
  raw = onTop(raw, intoList(a, 'mail.lists.example.org', '4Tq7Wd0mM3z', 'devel@lists.example.org'));
  raw = tag(raw, '[Devel]');
  const orig = `${a.display} <${addr(a)}>`;
  raw = setField(raw, 'From', `${phrase(`${utf8Name(a)} via Devel`)} <devel@lists.example.org>`);
  raw = appendHeaders(
    raw,
    ...(o.authorIn === 'reply-to'
      ? [`Reply-To: ${orig}`]
      : ['Reply-To: devel@lists.example.org', `Cc: ${orig}`]),
    'Message-ID-Hash: W214ZK3QJ7QYUOXMD4NCRK2L5XG5JHBA',
    'X-Message-ID-Hash: W214ZK3QJ7QYUOXMD4NCRK2L5XG5JHBA',
    `X-MailFrom: ${addr(a)}`,
    'X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; header-match-devel.lists.example.org-0; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header',
    'X-Mailman-Version: 3.3.9',
    'Precedence: list',
    'List-Id: Developers <devel.lists.example.org>',
    'Archived-At: <https://lists.example.org/archives/list/devel@lists.example.org/message/W214ZK3QJ7QYUOXMD4NCRK2L5XG5JHBA/>',
    'List-Archive: <https://lists.example.org/archives/list/devel@lists.example.org/>',
    'List-Help: <mailto:devel-request@lists.example.org?subject=help>',
    'List-Owner: <mailto:devel-owner@lists.example.org>',
    'List-Post: <mailto:devel@lists.example.org>',
    'List-Subscribe: <mailto:devel-join@lists.example.org>',
    'List-Unsubscribe: <mailto:devel-leave@lists.example.org>',
  );
  raw +=
    '\r\n_______________________________________________\r\nDevel mailing list -- devel@lists.example.org\r\nTo unsubscribe send an email to devel-leave@lists.example.org\r\n';
  raw = await signInOrder(raw, [{ d: 'lists.example.org', s: 'mm3', h: LIST_H }]);
  return onTop(
    raw,
    'Received: from mailman3.lists.example.org (localhost [127.0.0.1])\r\n\tby mail.lists.example.org (Postfix) with ESMTP id 4Tq7Wf2bM3z;\r\n\tFri, 20 Nov 2026 09:59:40 +0000 (UTC)',
  );
}

const MM2: Relay = {
  helo: 'mail.lists.tarnbrook.example',
  rdns: 'mail.lists.tarnbrook.example',
  ip: '203.0.113.80',
};
const MM2_ZONE = {
  ...ptr(MM2.ip, MM2.rdns),
  ...txt('lists.tarnbrook.example', `v=spf1 ip4:${MM2.ip} -all`),
  ...dmarc('tarnbrook.example', 'quarantine'),
  ...key('mm2._domainkey.lists.tarnbrook.example'),
};
const MM2_HOST = 'lists.tarnbrook.example';

/** Mailman 2.1 with dmarc_moderation_action "Munge From": only posts of p=reject/quarantine authors are rewritten. */
async function mailman2Post(a: Author, o: { subject: string; body: string }): Promise<string> {
  let raw = await authorPost(a, { to: `hydro@${MM2_HOST}`, subject: o.subject, body: o.body });
  raw = onTop(raw, intoList(a, `mail.${MM2_HOST}`, '4Tq8Mm2aB7x', `hydro@${MM2_HOST}`));
  raw = tag(raw, '[Hydro]');
  if (a.policy !== 'none') {
    raw = setField(raw, 'From', `${phrase(`${utf8Name(a)} via Hydro`)} <hydro@${MM2_HOST}>`);
    raw = appendHeaders(raw, `Reply-To: ${a.display} <${addr(a)}>`);
  }
  raw = appendHeaders(raw, ...mailmanHeaders('hydro', MM2_HOST, 'Hydro'));
  raw += `\r\n${mailmanFooter('hydro', MM2_HOST, 'Hydro')}`;
  raw = await signInOrder(raw, [{ d: MM2_HOST, s: 'mm2', h: LIST_H }]);
  return onTop(
    raw,
    `Received: from mail.${MM2_HOST} (localhost [127.0.0.1])\r\n\tby mail.${MM2_HOST} (Postfix) with ESMTP id 4Tq8Mm3cC9y;\r\n\tFri, 20 Nov 2026 09:59:41 +0000 (UTC)`,
  );
}

// ---- Sympa (name_via_list) at a university ----
const SYMPA_HOST = 'sympa.univ-loire.example';
const SYMPA: Relay = { helo: `smtp.${SYMPA_HOST}`, rdns: `smtp.${SYMPA_HOST}`, ip: '203.0.113.90' };
const SYMPA_ZONE = {
  ...ptr(SYMPA.ip, SYMPA.rdns),
  ...txt(SYMPA_HOST, `v=spf1 ip4:${SYMPA.ip} -all`),
  ...dmarc('univ-loire.example', 'none'),
  ...key(`sympa._domainkey.${SYMPA_HOST}`),
};
async function sympaPost(a: Author, o: { subject: string; body: string }): Promise<string> {
  let raw = await authorPost(a, { to: `geo-l@${SYMPA_HOST}`, subject: o.subject, body: o.body });
  raw = onTop(raw, intoList(a, `smtp.${SYMPA_HOST}`, '4Tq9Sy1dD2w', `geo-l@${SYMPA_HOST}`));
  raw = tag(raw, '[geo-l]');
  raw = setField(raw, 'From', `${phrase(`${utf8Name(a)} via geo-l`)} <geo-l@${SYMPA_HOST}>`);
  raw = appendHeaders(
    raw,
    `X-Original-From: ${a.display} <${addr(a)}>`,
    `Reply-To: ${a.display} <${addr(a)}>`,
    `X-Loop: geo-l@${SYMPA_HOST}`,
    'X-Sequence: 4471',
    `Errors-To: geo-l-owner@${SYMPA_HOST}`,
    'Precedence: list',
    'Precedence: bulk',
    `Sender: geo-l-request@${SYMPA_HOST}`,
    `List-Id: <geo-l.${SYMPA_HOST}>`,
    `List-Help: <mailto:sympa@${SYMPA_HOST}?subject=help>`,
    `List-Subscribe: <mailto:sympa@${SYMPA_HOST}?subject=subscribe%20geo-l>`,
    `List-Unsubscribe: <mailto:sympa@${SYMPA_HOST}?subject=unsubscribe%20geo-l>`,
    `List-Post: <mailto:geo-l@${SYMPA_HOST}>`,
    `List-Owner: <mailto:geo-l-request@${SYMPA_HOST}>`,
    `List-Archive: <https://${SYMPA_HOST}/sympa/arc/geo-l>`,
  );
  raw = await signInOrder(raw, [{ d: SYMPA_HOST, s: 'sympa', h: LIST_H }]);
  return raw;
}

// ---- LISTSERV (L-Soft) with its `-dmarc-request@` From ----
const LSV_HOST = 'LISTSERV.BEAMLAB.EXAMPLE';
const LSV: Relay = {
  helo: 'listserv.beamlab.example',
  rdns: 'listserv.beamlab.example',
  ip: '203.0.113.100',
};
const LSV_ZONE = {
  ...ptr(LSV.ip, LSV.rdns),
  ...txt('listserv.beamlab.example', `v=spf1 ip4:${LSV.ip} -all`),
  ...dmarc('beamlab.example', 'none'),
  ...key('lsv._domainkey.listserv.beamlab.example'),
};
async function listservPost(
  a: Author,
  o: { subject: string; body: string; inReplyTo?: string },
): Promise<string> {
  let raw = await authorPost(a, {
    to: `PCDS-ANA-L@${LSV_HOST}`,
    subject: o.subject,
    body: o.body,
    inReplyTo: o.inReplyTo,
  });
  raw = onTop(raw, intoList(a, 'listserv.beamlab.example', '4TqALsVb3e', `PCDS-ANA-L@${LSV_HOST}`));
  raw = setField(raw, 'From', `${a.display} <000001b5861c978b-dmarc-request@${LSV_HOST}>`);
  raw = appendHeaders(
    raw,
    `Sender: PCDS analysis <PCDS-ANA-L@${LSV_HOST}>`,
    `List-Help: <https://${LSV_HOST.toLowerCase()}/cgi-bin/wa?LIST=PCDS-ANA-L>,\r\n <mailto:LISTSERV@${LSV_HOST}?body=INFO%20PCDS-ANA-L>`,
    `List-Unsubscribe: <mailto:PCDS-ANA-L-unsubscribe-request@${LSV_HOST}>`,
    `List-Subscribe: <mailto:PCDS-ANA-L-subscribe-request@${LSV_HOST}>`,
    `List-Owner: <mailto:PCDS-ANA-L-request@${LSV_HOST}>`,
    `List-Archive: <https://${LSV_HOST.toLowerCase()}/cgi-bin/wa?LIST=PCDS-ANA-L>`,
  );
  raw += `\r\n########################################################################\r\n\r\nUse REPLY-ALL to reply to list\r\n\r\nTo unsubscribe from the PCDS-ANA-L list, click the following link:\r\nhttps://${LSV_HOST.toLowerCase()}/cgi-bin/wa?SUBED1=PCDS-ANA-L&A=1\r\n`;
  raw = await signInOrder(raw, [{ d: 'listserv.beamlab.example', s: 'lsv', h: LIST_H }]);
  return raw;
}

// ---- Google Groups ----
const GG: Relay = { helo: 'mail-qt1-x83f.google.com', rdns: 'mail-qt1-x83f.google.com', ip: '209.85.160.63' };
const GG_ENV = 'hikers+bncBDL3ZMA5BYIFBW214NVTCAMGQEAB4471@googlegroups.com';
const GG_ZONE = {
  ...ptr(GG.ip, GG.rdns),
  ...key('20230601._domainkey.googlegroups.com', 'arc-20240605._domainkey.google.com'),
  ...txt('googlegroups.com', 'v=spf1 ip4:209.85.128.0/17 ~all'),
  ...dmarc('googlegroups.com', 'none'),
};
async function googleGroupPost(a: Author, o: { subject: string; body: string }): Promise<string> {
  let raw = await authorPost(a, { to: 'hikers@googlegroups.com', subject: o.subject, body: o.body });
  const ar = `gmr-mx.google.com; dkim=pass header.i=@${a.domain} header.s=s1; spf=pass (google.com: domain of ${addr(a)} designates ${a.ip} as permitted sender) smtp.mailfrom=${addr(a)}; dmarc=pass (p=${a.policy.toUpperCase()} sp=${a.policy.toUpperCase()} dis=NONE) header.from=${a.domain}`;
  raw = setField(raw, 'From', `${phrase(`'${utf8Name(a)}' via Trail Hikers`)} <hikers@googlegroups.com>`);
  raw = appendHeaders(
    raw,
    `Reply-To: ${a.display} <${addr(a)}>`,
    `X-Original-From: ${a.display} <${addr(a)}>`,
    `X-Original-Sender: ${addr(a)}`,
    'Precedence: list',
    'Mailing-list: list hikers@googlegroups.com; contact hikers+owners@googlegroups.com',
    'List-ID: <hikers.googlegroups.com>',
    'List-Post: <https://groups.google.com/group/hikers/post>, <mailto:hikers@googlegroups.com>',
    'List-Unsubscribe: <mailto:googlegroups-manage+4471+unsubscribe@googlegroups.com>',
  );
  raw +=
    '\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "Trail Hikers" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to hikers+unsubscribe@googlegroups.com.\r\n';
  raw = await signInOrder(raw, [
    { d: 'googlegroups.com', s: '20230601', h: [...LIST_H, 'x-original-sender', 'mailing-list'] },
  ]);
  return sealCorpus(raw, { domain: 'google.com', selector: 'arc-20240605', cv: 'none', authResults: ar });
}

// ---- groups.io ----
const GIO: Relay = { helo: 'mail01.groups.io', rdns: 'web01.groups.io', ip: '66.175.222.12' };
const GIO_ENV = 'bounce+64575+4471+w214+8127@groups.io';
const GIO_ZONE = {
  ...ptr(GIO.ip, GIO.rdns),
  ...txt('groups.io', 'v=spf1 ip4:66.175.222.0/24 ~all'),
  ...dmarc('groups.io', 'none'),
  ...key('20140610._domainkey.groups.io'),
};
async function groupsIoPost(
  a: Author,
  o: { subject: string; body: string; inReplyTo?: string },
): Promise<string> {
  let raw = await authorPost(a, {
    to: 'linux-oxnas@groups.io',
    subject: o.subject,
    body: o.body,
    inReplyTo: o.inReplyTo,
  });
  raw = setField(raw, 'DKIM-Signature', null);
  raw = onTop(
    raw,
    `X-Received: from mail.${a.domain} (mail.${a.domain} [${a.ip}])\r\n by mx.groups.io with SMTP id smtpd.web10.41690.1795168799963318214\r\n for <linux-oxnas@groups.io>;\r\n Fri, 20 Nov 2026 01:59:59 -0800`,
  );
  raw = tag(raw, '[linux-oxnas]');
  raw = setField(raw, 'From', `${phrase(`${utf8Name(a)} via groups.io`)} <${a.local}=${a.domain}@groups.io>`);
  raw = appendHeaders(
    raw,
    `Reply-To: linux-oxnas@groups.io,${a.display} <${addr(a)}>`,
    'Precedence: Bulk',
    'List-Unsubscribe: <mailto:linux-oxnas+unsubscribe@groups.io>',
    'List-Subscribe: <mailto:linux-oxnas+subscribe@groups.io>',
    'List-Help: <mailto:linux-oxnas+help@groups.io>',
    'Sender: linux-oxnas@groups.io',
    'List-Id: <linux-oxnas.groups.io>',
    'Mailing-List: list linux-oxnas@groups.io; contact linux-oxnas+owner@groups.io',
    'Delivered-To: mailing list linux-oxnas@groups.io',
    `X-Original-From: ${a.display} <${addr(a)}>`,
  );
  raw +=
    '\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\nGroups.io Links: You receive all messages sent to this group.\r\nView/Reply Online (#4471): https://groups.io/g/linux-oxnas/message/4471\r\n';
  return signInOrder(raw, [
    {
      d: 'groups.io',
      s: '20140610',
      h: [
        'subject',
        'sender',
        'reply-to',
        'mime-version',
        'message-id',
        'date',
        'from',
        'to',
        'list-id',
        'mailing-list',
        'list-unsubscribe',
      ],
    },
  ]);
}

// ---- Discourse's mailing-list mode through Amazon SES ----
const SES: Relay = {
  helo: 'a11-75.smtp-out.amazonses.com',
  rdns: 'a11-75.smtp-out.amazonses.com',
  ip: '54.240.11.75',
};
const FORUM = 'discuss.tarnlabs.example';
const SES_ENV = `0100018f2d7c4a1b-w214-000000@amazonses.com`;
const SES_ZONE = {
  ...ptr(SES.ip, SES.rdns),
  ...txt('amazonses.com', 'v=spf1 ip4:54.240.0.0/18 ip4:69.169.224.0/20 -all'),
  ...dmarc('amazonses.com', 'quarantine'),
  ...dmarc('tarnlabs.example', 'none'),
  ...key(`ses1._domainkey.${FORUM}`, '224i4yxa5dv7c2xz3womw6peuasteono._domainkey.amazonses.com'),
};
async function discoursePost(a: Author, o: { subject: string; body: string }): Promise<string> {
  const raw = submitted({
    from: `${phrase(`${utf8Name(a)} via Tarn Labs Forum`)} <forum@${FORUM}>`,
    to: 'robin@reader.example',
    subject: `[Tarn Labs] ${o.subject}`,
    messageId: `<topic/4471/18230.w214@${FORUM}>`,
    extraHeaders: [
      `Reply-To: "Tarn Labs Forum" <replies+2b7f9c1e0d4a6e83w214@${FORUM}>`,
      `In-Reply-To: <topic/4471@${FORUM}>`,
      `References: <topic/4471@${FORUM}>`,
      `List-Unsubscribe: <https://${FORUM}/email/unsubscribe/6f1c2e9a7b3d>`,
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      `List-ID: Tarn Labs Forum | Hardware <hardware.${FORUM}>`,
      `List-Archive: https://${FORUM}/t/bench-supply-recall/4471`,
      'Precedence: list',
      'Auto-Submitted: auto-generated',
      'X-Auto-Response-Suppress: All',
      'X-Discourse-Post-Id: 18230',
      'X-Discourse-Topic-Id: 4471',
    ],
    body: `${o.body}\r\n---\r\nVisit Topic (https://${FORUM}/t/bench-supply-recall/4471/3) or reply to this email to respond.\r\n`,
  });
  return signInOrder(raw, [
    { d: FORUM, s: 'ses1', h: OWN_H },
    { d: 'amazonses.com', s: '224i4yxa5dv7c2xz3womw6peuasteono', h: OWN_H },
  ]);
}

const fail = (d: string, s = 's1'): Dkim => ({ d, s, r: 'fail' });
const ok = (d: string, s: string): Dkim => ({ d, s, r: 'pass' });
const pass = (from: string, policy: string): Found['dmarc'] => ({ from, policy, result: 'pass' });

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (s: Shape) => {
    const eml = deliver(s.reader, s.raw, s.relay, s.env, s.found);
    emitCase(write, {
      name: s.name,
      about: s.about,
      class: s.class,
      args: READER_ARGS[s.reader],
      eml,
      zone: s.zone,
      expect: s.expect,
      ...(s.twin ? { twin: true } : {}),
    });
    if (s.offline) {
      emitCase(write, {
        name: `${s.name}-offline`,
        about: `${s.about} Offline (no DNS).`,
        class: s.class,
        args: READER_ARGS[s.reader],
        eml,
        expect: s.offlineExpect ?? s.expect,
      });
    }
  };
  const ietfFound = (a: Author, munged = true): Found => ({
    dkim: [ok('ietf.org', 'ietf1'), fail(a.domain)],
    spf: 'pass',
    dmarc: munged ? pass('dmarc.ietf.org', 'none') : { from: a.domain, policy: a.policy, result: 'fail' },
  });
  const ietfZone = (a: Author) => ({ ...IETF_ZONE, ...authorZone(a) });
  const PATCH =
    'This revision moves the atomic instructions into their own conformance\r\ngroups, as agreed at the interim.\r\n\r\nDana\r\n';

  // 1. The IETF, as captured: `=40` From, X-Original-From only, no Reply-To.
  emit({
    name: 'w214-gmail-ietf-encoded-author-x-original-from-only-reject',
    about:
      "Genuine: a p=reject author posts to bpf@ietf.org; the IETF (Mailman 2.1.39) tags the subject, adds its footer, rewrites From to `Dana Thale <dana.thale=40fernhill.example@dmarc.ietf.org>` with X-Original-From the author and no Reply-To (as the captured post), signs d=ietf.org s=ietf1 and sends from mail.ietf.org with envelope bpf-bounces@ietf.org. Gmail: dkim=pass ietf.org, the author's fails, spf=pass, dmarc=pass for dmarc.ietf.org (relaxed to ietf.org).",
    class: 'list-from-rewrite',
    reader: 'gmail',
    raw: await ietfPost(DANA, {
      subject: '[PATCH v4] docs: split atomic conformance groups',
      body: PATCH,
      munge: true,
    }),
    relay: IETF,
    env: IETF_ENV,
    found: ietfFound(DANA),
    zone: ietfZone(DANA),
    expect: REWRITTEN,
    offline: true,
    twin: true,
  });
  // 2. With Reply-To the author (Mailman 2.1's reply_goes_to_list = poster).
  emit({
    name: 'w214-box-ietf-encoded-author-reply-to-reject',
    about:
      "Genuine: the IETF's `=40` From with the author also in Reply-To (Mailman 2.1 from_is_list munge, original From in Reply-To), read on a Postfix/OpenDKIM/OpenDMARC box: dkim=pass ietf.org, spf=pass ietf.org, dmarc=pass dmarc.ietf.org.",
    class: 'list-from-rewrite',
    reader: 'box',
    raw: await ietfPost(DANA, {
      subject: 'Re: interim minutes',
      body: 'Minutes look right to me.\r\n\r\nDana\r\n',
      munge: true,
      author: 'reply-to',
    }),
    relay: IETF,
    env: IETF_ENV,
    found: ietfFound(DANA),
    zone: ietfZone(DANA),
    expect: REWRITTEN,
    offline: true,
  });
  // 3. A reply in a thread, display name with a comma, the author in Cc.
  emit({
    name: 'w214-outlook-ietf-encoded-comma-name-cc-author-thread-reply',
    about:
      'Genuine: a reply (In-Reply-To) by "Thale, Dana" (p=reject) to bpf@ietf.org; the IETF rewrites From to `"Thale, Dana" <dana.thale=40fernhill.example@dmarc.ietf.org>` and puts the original From in Cc beside X-Original-From. Exchange Online: dkim=pass ietf.org, spf=pass, dmarc=pass, compauth=pass.',
    class: 'list-from-rewrite',
    reader: 'outlook',
    raw: await ietfPost(THALE_COMMA, {
      subject: 'Re: [PATCH v4] docs: split atomic conformance groups',
      body: 'Agreed; I will fold that into v5.\r\n',
      munge: true,
      author: 'cc',
      inReplyTo: '<w214.47.dana.thale@fernhill.example>',
      cc: 'bpf@vger.kernel.example',
    }),
    relay: IETF,
    env: IETF_ENV,
    found: ietfFound(THALE_COMMA),
    zone: ietfZone(THALE_COMMA),
    expect: REWRITTEN,
    twin: true,
  });
  // 4. A non-ASCII (RFC 2047) author name.
  emit({
    name: 'w214-yahoo-ietf-encoded-rfc2047-name-reject',
    about:
      'Genuine: Björn Åkesson (p=reject, RFC 2047 display name) posts to bpf@ietf.org; the IETF keeps the encoded name on `bjorn.akesson=40nordvik.example@dmarc.ietf.org`, X-Original-From the author. Yahoo: dkim=pass ietf.org, spf=pass, dmarc=pass.',
    class: 'list-from-rewrite',
    reader: 'yahoo',
    raw: await ietfPost(BJORN, {
      subject: 'Registry review comments',
      body: 'Two nits on the IANA section, inline below.\r\n',
      munge: true,
    }),
    relay: IETF,
    env: IETF_ENV,
    found: ietfFound(BJORN),
    zone: ietfZone(BJORN),
    expect: REWRITTEN,
    offline: true,
  });
  // 5. The IETF does not rewrite a p=none author: footer and tag break her signature, DMARC fails at p=none.
  emit({
    name: 'w214-gmail-ietf-unmunged-p-none-author-footer',
    about:
      "Genuine: a p=none author's post to bpf@ietf.org left unmunged (From her own); the subject tag and footer break her signature, ietf.org signs and its envelope passes SPF. Gmail: dkim=pass ietf.org, dkim=neutral openfield.example, spf=pass ietf.org, dmarc=fail (p=NONE).",
    class: 'list-unmunged',
    reader: 'gmail',
    raw: await ietfPost(OPENNESS, {
      subject: 'Question on signed division',
      body: 'Is SDIV by zero defined to yield zero?\r\n\r\nLee\r\n',
      munge: false,
    }),
    relay: IETF,
    env: IETF_ENV,
    found: ietfFound(OPENNESS, false),
    zone: ietfZone(OPENNESS),
    expect: TRUSTED,
    offline: true,
  });

  // Mailman 3 "Name via Devel".
  const mm3Found = (a: Author): Found => ({
    dkim: [ok('lists.example.org', 'mm3'), fail(a.domain)],
    spf: 'pass',
    dmarc: pass('lists.example.org', 'none'),
  });
  const mm3Env = 'devel-bounces+robin=reader.example@lists.example.org';
  emit({
    name: 'w214-gmail-mailman3-name-via-list-reply-to-author-reject',
    about:
      'Genuine: Mailman 3 munges a p=reject author\'s post: From "Alice Martin via Devel" <devel@lists.example.org>, Reply-To the author, subject tag and footer; the list host signs d=lists.example.org. Gmail: dkim=pass lists.example.org, spf=pass, dmarc=pass.',
    class: 'list-from-rewrite',
    reader: 'gmail',
    raw: await mailman3Post(ALICE, {
      subject: 'Release 4.2 branch is open',
      body: 'Please target fixes at release-4.2.\r\n\r\nAlice\r\n',
      authorIn: 'reply-to',
    }),
    relay: MM3,
    env: mm3Env,
    found: mm3Found(ALICE),
    zone: { ...MM3_ZONE, ...authorZone(ALICE) },
    expect: REWRITTEN,
    offline: true,
    twin: true,
  });
  emit({
    name: 'w214-box-mailman3-name-via-list-cc-author-reply-to-list',
    about:
      'Genuine: Mailman 3 with reply_goes_to_list: the munged post carries Reply-To the list and the author in Cc (docs.mailman3.org "DMARC Mitigations"); a Postfix box records dkim=pass lists.example.org, spf=pass, dmarc=pass.',
    class: 'list-from-rewrite',
    reader: 'box',
    raw: await mailman3Post(ALICE, {
      subject: 'CI runners migrated',
      body: 'All runners now on the new pool.\r\n',
      authorIn: 'cc',
    }),
    relay: MM3,
    env: mm3Env,
    found: mm3Found(ALICE),
    zone: { ...MM3_ZONE, ...authorZone(ALICE) },
    expect: REWRITTEN,
  });
  emit({
    name: 'w214-outlook-mailman3-quoted-name-via-list-thread-reply',
    about:
      'Genuine: a p=quarantine author whose display name holds quotes and an apostrophe (`"Sam \\"Sammy\\" O\'Brien"`) replies in a thread; Mailman 3 munges to `"Sam \\"Sammy\\" O\'Brien via Devel" <devel@lists.example.org>`, Reply-To the author. Exchange Online: dkim=pass lists.example.org, spf=pass, dmarc=pass, compauth=pass.',
    class: 'list-from-rewrite',
    reader: 'outlook',
    raw: await mailman3Post(SAM_QUOTED, {
      subject: 'Re: Release 4.2 branch is open',
      body: 'Backport of #881 is up.\r\n',
      authorIn: 'reply-to',
      inReplyTo: '<w214.26.alice@quarkfield.example>',
    }),
    relay: MM3,
    env: mm3Env,
    found: mm3Found(SAM_QUOTED),
    zone: { ...MM3_ZONE, ...authorZone(SAM_QUOTED) },
    expect: REWRITTEN,
  });

  // Mailman 2.1: munge only for p=reject/quarantine authors.
  const mm2Env = `hydro-bounces@${MM2_HOST}`;
  emit({
    name: 'w214-yahoo-mailman2-via-list-reject-author-munged',
    about:
      'Genuine: Mailman 2.1 with dmarc_moderation_action=Munge From rewrites a p=reject author\'s post to "Alice Martin via Hydro" <hydro@lists.tarnbrook.example>, Reply-To the author; Sender hydro-bounces; the host signs d=lists.tarnbrook.example. Yahoo: dkim=pass, spf=pass, dmarc=pass for lists.tarnbrook.example.',
    class: 'list-from-rewrite',
    reader: 'yahoo',
    raw: await mailman2Post(ALICE, {
      subject: 'Gauge readings for October',
      body: 'Spreadsheet on the wiki.\r\n',
    }),
    relay: MM2,
    env: mm2Env,
    found: {
      dkim: [ok(MM2_HOST, 'mm2'), fail(ALICE.domain)],
      spf: 'pass',
      dmarc: pass(MM2_HOST, 'quarantine'),
    },
    zone: { ...MM2_ZONE, ...authorZone(ALICE) },
    expect: REWRITTEN,
  });
  emit({
    name: 'w214-outlook-mailman2-unmunged-p-none-author-on-behalf-of',
    about:
      'Genuine: the same Mailman 2.1 list leaves a p=none author\'s post unmunged (From her own, Sender "Hydro" <hydro-bounces@…>: Outlook shows "hydro-bounces@… on behalf of Lee Marsh"); footer and tag break her signature. Exchange Online: dkim=fail openfield.example, spf=pass lists.tarnbrook.example, dmarc=fail action=none, compauth=none.',
    class: 'list-unmunged',
    reader: 'outlook',
    raw: await mailman2Post(OPENNESS, {
      subject: 'Gauge 14 offline',
      body: 'Gauge 14 has been offline since Tuesday.\r\n\r\nLee\r\n',
    }),
    relay: MM2,
    env: mm2Env,
    found: {
      dkim: [ok(MM2_HOST, 'mm2'), fail(OPENNESS.domain)],
      spf: 'pass',
      dmarc: { from: OPENNESS.domain, policy: 'none', result: 'fail' },
    },
    zone: { ...MM2_ZONE, ...authorZone(OPENNESS) },
    expect: TRUSTED,
    twin: true,
  });
  emit({
    name: 'w214-box-mailman2-via-list-rfc2047-name-reject',
    about:
      'Genuine: Zoë Marchetti (p=reject) posts to the Mailman 2.1 list; the munged From is the encoded "Zoë Marchetti via Hydro" on hydro@lists.tarnbrook.example, Reply-To the author. The box: dkim=pass lists.tarnbrook.example, spf=pass, dmarc=pass.',
    class: 'list-from-rewrite',
    reader: 'box',
    raw: await mailman2Post(ZOE, { subject: 'Field trip dates', body: 'Proposed: 4 and 5 December.\r\n' }),
    relay: MM2,
    env: mm2Env,
    found: {
      dkim: [ok(MM2_HOST, 'mm2'), fail(ZOE.domain)],
      spf: 'pass',
      dmarc: pass(MM2_HOST, 'quarantine'),
    },
    zone: { ...MM2_ZONE, ...authorZone(ZOE) },
    expect: REWRITTEN,
    offline: true,
  });

  // Sympa name_via_list.
  emit({
    name: 'w214-gmail-sympa-name-via-list-reject',
    about:
      'Genuine: a Sympa list with dmarc_protection (mode dmarc_reject, phrase name_via_list) rewrites a p=reject author\'s post to "Alice Martin via geo-l" <geo-l@sympa.univ-loire.example>, Reply-To and X-Original-From the author, Sender geo-l-request@; Sympa\'s host signs. Gmail: dkim=pass sympa.univ-loire.example, spf=pass, dmarc=pass.',
    class: 'list-from-rewrite',
    reader: 'gmail',
    raw: await sympaPost(ALICE, { subject: 'Seminar: karst hydrology, 3 Dec', body: 'Room B12, 14:00.\r\n' }),
    relay: SYMPA,
    env: `geo-l-owner@${SYMPA_HOST}`,
    found: {
      dkim: [ok(SYMPA_HOST, 'sympa'), fail(ALICE.domain)],
      spf: 'pass',
      dmarc: pass(SYMPA_HOST, 'none'),
    },
    zone: { ...SYMPA_ZONE, ...authorZone(ALICE) },
    expect: REWRITTEN,
    offline: true,
  });

  // LISTSERV -dmarc-request.
  const lsvFound = (a: Author): Found => ({
    dkim: [ok('listserv.beamlab.example', 'lsv'), fail(a.domain)],
    spf: 'pass',
    dmarc: pass(LSV_HOST.toLowerCase(), 'none'),
  });
  emit({
    name: 'w214-outlook-listserv-dmarc-request-comma-name-on-behalf-of',
    about:
      'Genuine: LISTSERV rewrites a p=reject author\'s From to `"Nelson, Silke" <000001b5861c978b-dmarc-request@LISTSERV.BEAMLAB.EXAMPLE>` with Sender the list (Outlook: "PCDS-ANA-L@… on behalf of Nelson, Silke"), no Reply-To (L-Soft forwards replies to the token address), its footer; the LISTSERV host signs. Exchange Online: dkim=pass, spf=pass listserv.beamlab.example, dmarc=pass.',
    class: 'list-from-rewrite',
    reader: 'outlook',
    raw: await listservPost(SILKE, {
      subject: 'epix10k pedestal issue',
      body: 'The pedestal is the right shape and so is the raw data.\r\n\r\nSilke\r\n',
    }),
    relay: LSV,
    env: `owner-PCDS-ANA-L@${LSV_HOST}`,
    found: lsvFound(SILKE),
    zone: { ...LSV_ZONE, ...authorZone(SILKE) },
    expect: TRUSTED,
    offline: true,
    twin: true,
  });
  emit({
    name: 'w214-gmail-listserv-dmarc-request-thread-reply',
    about:
      "Genuine: a reply (In-Reply-To) through the same LISTSERV list, From rewritten to the `-dmarc-request@` address under the author's name, no Reply-To. Gmail: dkim=pass listserv.beamlab.example, spf=pass, dmarc=pass.",
    class: 'list-from-rewrite',
    reader: 'gmail',
    raw: await listservPost(SILKE, {
      subject: 'Re: epix10k pedestal issue',
      body: 'Fixed by the new calibration run.\r\n',
      inReplyTo: '<w214.22.snelson@beamline.example>',
    }),
    relay: LSV,
    env: `owner-PCDS-ANA-L@${LSV_HOST}`,
    found: lsvFound(SILKE),
    zone: { ...LSV_ZONE, ...authorZone(SILKE) },
    expect: TRUSTED,
  });

  // Google Groups 'Name' via Group.
  const ggFound = (a: Author): Found => ({
    dkim: [ok('googlegroups.com', '20230601'), fail(a.domain)],
    spf: 'pass',
    dmarc: pass('googlegroups.com', 'none'),
  });
  emit({
    name: 'w214-gmail-google-groups-quoted-name-via-group-reject',
    about:
      "Genuine: Google Groups rewrites a p=reject author's post to `\"'Alice Martin' via Trail Hikers\" <hikers@googlegroups.com>`, Reply-To and X-Original-From the author, footer; googlegroups.com signs, google.com seals i=1 with the author's pass. Gmail: dkim=pass googlegroups.com, spf=pass, dmarc=pass.",
    class: 'list-from-rewrite',
    reader: 'gmail',
    raw: await googleGroupPost(ALICE, {
      subject: 'Saturday walk moved to 10:00',
      body: 'Meet at the station car park.\r\n',
    }),
    relay: GG,
    env: GG_ENV,
    found: ggFound(ALICE),
    zone: { ...GG_ZONE, ...authorZone(ALICE) },
    expect: REWRITTEN,
    offline: true,
  });
  emit({
    name: 'w214-yahoo-google-groups-rfc2047-name-via-group',
    about:
      'Genuine: Jörg Nilsson (p=reject, non-ASCII name) posts to a Google Group; the rewritten From is the encoded "\'Jörg Nilsson\' via Trail Hikers" on hikers@googlegroups.com. Yahoo: dkim=pass googlegroups.com, spf=pass, dmarc=pass.',
    class: 'list-from-rewrite',
    reader: 'yahoo',
    raw: await googleGroupPost(JORG, {
      subject: 'Boots left at the hut',
      body: 'Size 43, brown. Anyone?\r\n',
    }),
    relay: GG,
    env: GG_ENV,
    found: ggFound(JORG),
    zone: { ...GG_ZONE, ...authorZone(JORG) },
    expect: REWRITTEN,
  });

  // groups.io name=domain@groups.io.
  const gioFound: Found = {
    dkim: [ok('groups.io', '20140610')],
    spf: 'pass',
    dmarc: pass('groups.io', 'none'),
  };
  emit({
    name: 'w214-box-groupsio-name-equals-domain-reject',
    about:
      'Genuine: groups.io rewrites a p=reject author\'s post to `"Priya Raman via groups.io" <priya.raman=fernhill.example@groups.io>` (as the Synopsys and Google copies), drops her signature, signs d=groups.io and sends from web01.groups.io. The box: dkim=pass groups.io, spf=pass, dmarc=pass.',
    class: 'list-from-rewrite',
    reader: 'box',
    raw: await groupsIoPost(PRIYA, {
      subject: '[PATCH v3 0/2] Fix simple-bus probing',
      body: 'This series fixes two probe-order issues.\r\n',
    }),
    relay: GIO,
    env: GIO_ENV,
    found: gioFound,
    zone: { ...GIO_ZONE, ...authorZone(PRIYA) },
    expect: REWRITTEN,
    offline: true,
  });
  emit({
    name: 'w214-outlook-groupsio-name-equals-domain-thread-reply',
    about:
      'Genuine: a reply (In-Reply-To) through groups.io, From `"Priya Raman via groups.io" <priya.raman=fernhill.example@groups.io>`. Exchange Online: dkim=pass groups.io, spf=pass, dmarc=pass, compauth=pass.',
    class: 'list-from-rewrite',
    reader: 'outlook',
    raw: await groupsIoPost(PRIYA, {
      subject: 'Re: [PATCH v3 0/2] Fix simple-bus probing',
      body: 'v4 coming with the review tags.\r\n',
      inReplyTo: '<w214.38.priya.raman@fernhill.example>',
    }),
    relay: GIO,
    env: GIO_ENV,
    found: gioFound,
    zone: { ...GIO_ZONE, ...authorZone(PRIYA) },
    expect: REWRITTEN,
  });

  // Discourse mailing-list mode.
  emit({
    name: 'w214-gmail-discourse-mailing-list-mode-via-forum',
    about:
      'Genuine: a Discourse forum in mailing-list mode sends a member\'s post as "Alice Martin via Tarn Labs Forum" <forum@discuss.tarnlabs.example> through Amazon SES, signed d=discuss.tarnlabs.example and d=amazonses.com, Reply-To the reply-by-email address. Gmail: both DKIM pass, spf=pass amazonses.com, dmarc=pass (DKIM aligned).',
    class: 'list-from-rewrite',
    reader: 'gmail',
    raw: await discoursePost(ALICE, {
      subject: 'Bench supply recall',
      body: 'Check the serial range on the back label.\r\n',
    }),
    relay: SES,
    env: SES_ENV,
    found: {
      dkim: [ok(FORUM, 'ses1'), ok('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
      spf: 'pass',
      dmarc: pass(FORUM, 'none'),
    },
    zone: SES_ZONE,
    expect: TRUSTED,
    offline: true,
  });
}

// 1. The IETF's `=40` rewrite AS CAPTURED (author only in X-Original-From, no Reply-To, no Cc) is
//    not recognised as a list rewrite: no `list-from-rewritten`, so the reader is never told that
//    "Dana Thale <dana.thale=40fernhill.example@dmarc.ietf.org>" is the list's rewrite of
//    dana.thale@fernhill.example's post (5 cases, Gmail and Yahoo, online and offline).
//    Read now: unverified, findings dmarc-policy-none, dkim-fail (online) / offline-mode; summary
//    "Only the envelope of the mailing list bpf@ietf.org (bpf-bounces@ietf.org) vouches for
//    dmarc.ietf.org … no valid DKIM signature of dmarc.ietf.org". The same post with Reply-To or Cc
//    the author (w214-box-ietf-encoded-author-reply-to-reject, w214-outlook-ietf-encoded-comma-name-
//    cc-author-thread-reply) carries list-from-rewritten.
//    Should read: unverified (or authenticated) WITH list-from-rewritten naming the author.
//    At fault: lib/findings/list-evidence.ts encodedAuthorRewrite: `const holder = [...message.replyTo,
//    ...message.cc].find((mb) => mb.address.toLowerCase() === spelled)`; X-Original-From (which the
//    "via" branch, listFromRewriteOf, already reads through `original`) is not consulted. Its doc
//    comment also says "Mailman 3 at ietf.org, since 2023": the captured post (id 1031102461, Feb
//    2024) carries `X-Mailman-Version: 2.1.39` and no Reply-To.
//    Smallest fix: add the first mailbox of X-Original-From (and X-Original-Sender) to the holders in
//    encodedAuthorRewrite, as listFromRewriteOf does; the name-with-@ guard and the List-Id
//    same-organisation check stay.
//    Could hurt: a forger posting through a list he runs under his own organisation (List-Id and
//    From in his domain) who writes X-Original-From naming a bank's address: he can already write
//    Reply-To with the same address, which is accepted today, so nothing new is excused; the finding
//    is info and names the author only as the list reports it (check display-name.ts and the
//    round-212 probes that use `=40` forms stay as they read).
// Lead, 2026-12-08: 1 fixed the same night (encodedAuthorRewrite also reads X-Original-From).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
