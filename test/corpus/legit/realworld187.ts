// Real-world delivery shapes, hundred-and-eighty-seventh round: mailing lists and community platforms
// as their mail arrives in 2025-2026, read online and offline in Gmail, Exchange Online (--webmail
// outlook), Yahoo Mail and a Postfix/Dovecot box (--authserv-id), after the list readings of the last
// rounds (lib/findings/hosted-server.ts LIST_HOSTS, listServerOwner, offlineListServer,
// eopListServer; lib/findings/display-name.ts groupClaimsItsHost). Modelled: Mailman 3 lists that
// munge a p=reject author's From (dmarc_mitigate_action munge_from) and that do not; Mailman 3 on
// the big clouds (python.org on DigitalOcean, lists.linaro.org on AWS: not in LIST_HOSTS);
// lists.debian.org (SmartList: no footer, no tag); lists.gnu.org (Mailman 2.1, munged); a Mailman 3
// list that ARC-seals and re-signs but keeps a p=reject author's From, whose signature its footer
// breaks (a bank employee, a yahoo.com member); Google Groups (a public group and a Workspace
// tenant's internal group named after the tenant, "Tidewater IT Helpdesk"); groups.io's munged post;
// a Topicbox group keeping a p=reject bank employee's From (a sealer on the ARC community list);
// GitHub's notification from an organisation's bot whose login names Microsoft, and a colleague's.
// Where the layouts were learnt (`find_string` / `read_file` on public list archives):
// - Mailman 3: lfdr.de copies of lists.linaro.org posts (greybus-dev, 11 Jun 2026): `Received: from
//   lists.linaro.org (lists.linaro.org [44.210.186.118])` (rspamd: asn 14618, AWS), `Received: from
//   lists.linaro.org (localhost [127.0.0.1]) by lists.linaro.org (Postfix)` above the author's entry,
//   no DKIM or ARC of the list's own, the author's signature `dkim=fail ("body hash did not verify")`
//   (a Workspace default signer, d=<org>.20251104.gappssmtp.com), Return-Path
//   `greybus-dev-bounces+<member>@lists.linaro.org`, X-MailFrom, X-Mailman-Rule-Misses (dmarc-mitigation
//   first), Message-ID-Hash, X-Mailman-Version 3.3.5, List-Id/Archived-At/List-Archive/List-Help/
//   List-Owner/List-Post/List-Subscribe (-join)/List-Unsubscribe (-leave), subject tag, and the footer
//   "_______________________________________________ / <list> mailing list -- <addr> / To unsubscribe
//   send an email to <list>-leave@<host>"; alsa-project.org's Mailman 3 copies (2023-2024) for the
//   same field order.
// - python.org: subspace.kernel.org copies (July 2024) of python.org mail: `Received: from
//   mail.python.org (mail.python.org [188.166.95.178])` (DigitalOcean), `dkim=pass (1024-bit key)
//   header.d=python.org`; d=python.org s=200901 in older copies (2010, 2020). Its DMARC record and the
//   munged From's exact wording on python-list are NOT confirmed (modelled p=none; Mailman 3's
//   "<name> via <list display name>" per docs.mailman3.org "DMARC Mitigations", list-shapes.ts).
// - lists.debian.org: bendel.debian.org [82.195.75.100] (realworld153's lfdr.de note); Resent-From,
//   X-Mailing-List, X-Loop, List-Id with the archive's `<debian-devel.lists.debian.org>`, no footer:
//   recalled from Debian list mail, NOT confirmed byte for byte.
// - lists.gnu.org: eggs.gnu.org / lists.gnu.org 209.51.188.17 and Mailman 2.1's "via" munge (realworld39
//   cites lists.gnu.org copies); whether gnu.org signs list mail is NOT confirmed (modelled: unsigned,
//   SPF for the gnu.org bounce envelope).
// - Mailman 3 ARC sealing + re-signing (ARC_SIGN in mailman.cfg) for lists.freedesktop.org: NOT
//   confirmed for freedesktop (modelled); gabe.freedesktop.org [131.252.210.177] as realworld9/41.
// - Google Groups: list-shapes.ts (kasan-dev copy, July 2025: "'<name>' via <group>", X-Original-From,
//   ARC by google.com, d=googlegroups.com) and rounds-kit googleGroupsPost; a Workspace group's post
//   signed with the tenant's own key and sealed by google.com is modelled on it (NOT confirmed).
// - groups.io: realworld180/163 (mail01.groups.io / web01.groups.io [66.175.222.12], d=groups.io
//   s=20140610, bounce+…@groups.io); the munged From `<name>=<domain>@groups.io` recalled, NOT confirmed.
// - Topicbox: realworld107 (tb-mta-b1.topicbox.com [103.168.172.107], From kept, the "Permalink /
//   Delivery options" footer, d=topicbox.com signature and ARC seal, Topicbox-* fields).
// - GitHub: realworld153 (out-21.smtp.github.com [192.30.252.204], notifications@github.com,
//   List-ID `<repo.owner.github.com>`); the bot's display name is its real login.
// - Readers: test/corpus/receivers.ts (Gmail, eopDelivery, yahooOmega, dovecotLmtp); Gmail's ARC
//   summary "arc=pass (i=1 …)" and "dmarc=fail (p=REJECT sp=REJECT dis=NONE) arc=pass" as
//   realworld21/45; EOP's `action=oreject` for a p=reject fail it delivers and compauth reason 130
//   (an ARC seal EOP trusts) from probe99/Microsoft's compauth documentation; OpenDMARC/OpenARC rows on
//   the box as realworld171.
// DMARC of the freemail domains: yahoo.com and aol.com publish p=reject; gmail.com publishes p=none
// (sp=quarantine) and outlook.com p=none as last seen (the brief's "p=reject" for them is not what they
// publish), so the p=reject authors here are at yahoo.com and the bank.
// Names and addresses are documentation ones except the platforms' own hosts and ranges; every key
// is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, KEY, legitCorpus, ptr, RECEIVER, type Relay, signAll } from '../kit';
import { sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  eopDelivery,
  GMAIL_TO,
  gmailDelivery,
  gmailDkim,
  gmailSpf,
  yahooOmega,
} from '../receivers';
import { postfixEntry } from '../rounds-kit';

type Reader = 'gmail' | 'outlook' | 'yahoo' | 'box';
const RCPT: Record<Reader, string> = {
  gmail: GMAIL_TO,
  outlook: 'robin@harbourline.example',
  yahoo: 'robin.reader@yahoo.com',
  box: 'robin@reader.example',
};
const ARGS: Record<Reader, string[]> = {
  gmail: ['--webmail', 'gmail'],
  outlook: ['--webmail', 'outlook'],
  yahoo: ['--webmail', 'yahoo'],
  box: ['--authserv-id', RECEIVER, '--recipient-domain', 'reader.example'],
};

/** A list post: never spoofed (legitCorpus adds it), never suspicious. */
const LISTED: CaseExpectation = { notVerdict: ['spoofed', 'suspicious'] };
const AUTH: CaseExpectation = { verdict: 'authenticated' };

const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const dmarc = (d: string, p: string) => txt(`_dmarc.${d}`, `v=DMARC1; p=${p}`);
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const dom = (a: string) => a.slice(a.lastIndexOf('@') + 1);

// --- Authors -------------------------------------------------------------------------------------
interface Author {
  name: string;
  addr: string;
  /** Its DMARC policy; `absent`: the domain publishes no DMARC record. */
  policy: 'reject' | 'none' | 'quarantine' | 'absent';
  signer: [string, string];
  relay: Relay;
  zone: Record<string, unknown>;
}
const YAHOO_OUT: Relay = {
  helo: 'sonic309-21.consmr.mail.ne1.yahoo.com',
  rdns: 'sonic309-21.consmr.mail.ne1.yahoo.com',
  ip: '66.163.184.147',
};
const GMAIL_SUB: Relay = {
  helo: 'mail-wr1-f47.google.com',
  rdns: 'mail-wr1-f47.google.com',
  ip: '209.85.221.47',
};
const BANK_MTA: Relay = { helo: 'mta1.northbank.example', rdns: 'mta1.northbank.example', ip: '192.0.2.161' };

const YAHOO_ANA: Author = {
  name: 'Ana Ruiz',
  addr: 'ana.ruiz1987@yahoo.com',
  policy: 'reject',
  signer: ['yahoo.com', 's2048'],
  relay: YAHOO_OUT,
  zone: {
    ...txt('yahoo.com', 'v=spf1 redirect=_spf.mail.yahoo.com'),
    ...txt('_spf.mail.yahoo.com', 'v=spf1 ip4:66.163.184.0/21 ~all'),
    ...dmarc('yahoo.com', 'reject; sp=none; pct=100'),
    ...key('yahoo.com', 's2048'),
  },
};
const GMAIL_OLA: Author = {
  name: 'Ola Nordmann',
  addr: 'ola.nordmann.dev@gmail.com',
  policy: 'none',
  signer: ['gmail.com', '20230601'],
  relay: GMAIL_SUB,
  zone: {
    ...txt('gmail.com', 'v=spf1 redirect=_spf.google.com'),
    ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ~all'),
    ...dmarc('gmail.com', 'none; sp=quarantine'),
    ...key('gmail.com', '20230601'),
  },
};
const BANK_LEE: Author = {
  name: 'Lee Okonkwo',
  addr: 'lee.okonkwo@northbank.example',
  policy: 'reject',
  signer: ['northbank.example', 'nb1'],
  relay: BANK_MTA,
  zone: {
    ...txt('northbank.example', `v=spf1 ip4:${BANK_MTA.ip} -all`),
    ...dmarc('northbank.example', 'reject'),
    ...key('northbank.example', 'nb1'),
  },
};
/** A Workspace author whose domain has no DMARC record, signed only by Google's default signer (lists.linaro.org's sample). */
const WS_RHYS: Author = {
  name: 'Rhys Halvorsen',
  addr: 'rhys@halvorsen-dev.example',
  policy: 'absent',
  signer: ['halvorsen-dev-example.20251104.gappssmtp.com', '20251104'],
  relay: GMAIL_SUB,
  zone: {
    ...txt('halvorsen-dev.example', 'v=spf1 include:_spf.google.com ~all'),
    ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ~all'),
    ...key('halvorsen-dev-example.20251104.gappssmtp.com', '20251104'),
  },
};

// --- Lists ---------------------------------------------------------------------------------------
interface List {
  /** The list's address. */
  addr: string;
  /** Its display name (used in a munged From). */
  title: string;
  relay: Relay;
  /** The list's own hop names: `by` of the author's entry. */
  host: string;
  envelope: string;
  /** The list's own signature, if it signs. */
  signer?: [string, string];
  /** The list's ARC seal (domain, selector, authserv-id), if it seals. */
  arc?: [string, string, string];
  tag?: string;
  footer?: string;
  fields: string[];
  zone: Record<string, unknown>;
  /** The munged From's display name for an author (Mailman: "<name> via <title>"). */
  via?: (a: Author) => string;
  /** The munged From's address (default: the list's). */
  viaAddr?: (a: Author) => string;
  /** Where the author goes in a munged post (Mailman 3 default: Reply-To). */
  keepAuthor?: string;
  /** The DMARC policy of the list's own From domain (for a munged post; default none). */
  policy?: Author['policy'];
}

const mm3Fields = (name: string, host: string, title: string, author: string, hash: string) => [
  `X-MailFrom: ${author}`,
  'X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; banned-address;\r\n member-moderation; nonmember-moderation; administrivia; implicit-dest;\r\n max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header',
  `Message-ID-Hash: ${hash}`,
  `X-Message-ID-Hash: ${hash}`,
  'X-Mailman-Version: 3.3.10',
  'Precedence: list',
  `List-Id: ${title} <${name}.${host}>`,
  `Archived-At: <https://${host}/archives/list/${name}@${host}/message/${hash}/>`,
  `List-Archive: <https://${host}/archives/list/${name}@${host}/>`,
  `List-Help: <mailto:${name}-request@${host}?subject=help>`,
  `List-Owner: <mailto:${name}-owner@${host}>`,
  `List-Post: <mailto:${name}@${host}>`,
  `List-Subscribe: <mailto:${name}-join@${host}>`,
  `List-Unsubscribe: <mailto:${name}-leave@${host}>`,
];
const mm3Footer = (name: string, host: string) =>
  `_______________________________________________\r\n${name} mailing list -- ${name}@${host}\r\nTo unsubscribe send an email to ${name}-leave@${host}\r\n`;

const PY_RELAY: Relay = { helo: 'mail.python.org', rdns: 'mail.python.org', ip: '188.166.95.178' };
const PYTHON: List = {
  addr: 'python-list@python.org',
  title: 'Python-list',
  relay: PY_RELAY,
  host: 'mail.python.org',
  envelope: 'python-list-bounces+robin=reader.example@python.org',
  signer: ['python.org', '200901'],
  footer: mm3Footer('python-list', 'python.org'),
  fields: mm3Fields(
    'python-list',
    'python.org',
    'General discussion of Python',
    '',
    'Q7KX3M2ZB4VNAJ5T6WUPLRYD8CHEFG2S',
  ),
  via: (a) => `${a.name} via Python-list`,
  keepAuthor: 'Reply-To',
  zone: {
    ...ptr(PY_RELAY.ip, PY_RELAY.rdns),
    ...txt('python.org', `v=spf1 ip4:${PY_RELAY.ip} ~all`),
    ...dmarc('python.org', 'none'),
    ...key('python.org', '200901'),
  },
};

const LINARO_RELAY: Relay = { helo: 'lists.linaro.org', rdns: 'lists.linaro.org', ip: '44.210.186.118' };
const LINARO: List = {
  addr: 'greybus-dev@lists.linaro.org',
  title: 'greybus-dev',
  relay: LINARO_RELAY,
  host: 'lists.linaro.org',
  envelope: 'greybus-dev-bounces+robin=reader.example@lists.linaro.org',
  tag: '[greybus-dev] ',
  footer: mm3Footer('greybus-dev', 'lists.linaro.org'),
  fields: mm3Fields(
    'greybus-dev',
    'lists.linaro.org',
    'Greybus Development Mail List',
    '',
    'CUN7MEJTCG3A22MJLOZNRL2HQAPW187X',
  ),
  via: (a) => `${a.name} via greybus-dev`,
  keepAuthor: 'Reply-To',
  zone: {
    ...ptr(LINARO_RELAY.ip, LINARO_RELAY.rdns),
    'lists.linaro.org': { A: [LINARO_RELAY.ip], TXT: [`v=spf1 ip4:${LINARO_RELAY.ip} ~all`] },
    ...dmarc('linaro.org', 'none'),
  },
};

const DEBIAN_RELAY: Relay = { helo: 'bendel.debian.org', rdns: 'bendel.debian.org', ip: '82.195.75.100' };
const DEBIAN: List = {
  addr: 'debian-devel@lists.debian.org',
  title: 'debian-devel',
  relay: DEBIAN_RELAY,
  host: 'bendel.debian.org',
  envelope: 'bounce-debian-devel=robin=reader.example@lists.debian.org',
  fields: [
    'X-Mailing-List: <debian-devel@lists.debian.org> archive/latest/187187',
    'X-Loop: debian-devel@lists.debian.org',
    'List-Id: <debian-devel.lists.debian.org>',
    'List-URL: <https://lists.debian.org/debian-devel/>',
    'List-Post: <mailto:debian-devel@lists.debian.org>',
    'List-Help: <mailto:debian-devel-request@lists.debian.org?subject=help>',
    'List-Subscribe: <mailto:debian-devel-request@lists.debian.org?subject=subscribe>',
    'List-Unsubscribe: <mailto:debian-devel-request@lists.debian.org?subject=unsubscribe>',
    'Precedence: list',
    'Resent-Message-ID: <Xq2bB187Kd.A.wPD.m7xXpB@bendel>',
    'Resent-From: debian-devel@lists.debian.org',
    'Resent-Sender: debian-devel-request@lists.debian.org',
    'Resent-Date: Fri, 20 Nov 2026 09:59:40 +0000 (UTC)',
  ],
  zone: {
    ...ptr(DEBIAN_RELAY.ip, DEBIAN_RELAY.rdns),
    ...txt('lists.debian.org', `v=spf1 ip4:${DEBIAN_RELAY.ip} -all`),
  },
};

const GNU_RELAY: Relay = { helo: 'lists.gnu.org', rdns: 'lists.gnu.org', ip: '209.51.188.17' };
const GNU: List = {
  addr: 'help-gnu-emacs@gnu.org',
  title: 'Users list for the GNU Emacs text editor',
  relay: GNU_RELAY,
  host: 'lists.gnu.org',
  envelope: 'help-gnu-emacs-bounces+robin=reader.example@gnu.org',
  footer: undefined,
  fields: [
    'X-BeenThere: help-gnu-emacs@gnu.org',
    'X-Mailman-Version: 2.1.29',
    'Precedence: list',
    'List-Id: Users list for the GNU Emacs text editor <help-gnu-emacs.gnu.org>',
    'List-Unsubscribe: <https://lists.gnu.org/mailman/options/help-gnu-emacs>,\r\n <mailto:help-gnu-emacs-request@gnu.org?subject=unsubscribe>',
    'List-Archive: <https://lists.gnu.org/archive/html/help-gnu-emacs>',
    'List-Post: <mailto:help-gnu-emacs@gnu.org>',
    'List-Help: <mailto:help-gnu-emacs-request@gnu.org?subject=help>',
    'Errors-To: help-gnu-emacs-bounces+robin=reader.example@gnu.org',
    'Sender: "help-gnu-emacs" <help-gnu-emacs-bounces+robin=reader.example@gnu.org>',
  ],
  via: (a) => `${a.name} via Users list for the GNU Emacs text editor`,
  keepAuthor: 'Reply-To',
  zone: {
    ...ptr(GNU_RELAY.ip, GNU_RELAY.rdns),
    ...txt('gnu.org', `v=spf1 ip4:209.51.188.0/24 ~all`),
    ...dmarc('gnu.org', 'none'),
  },
};

const FDO_RELAY: Relay = {
  helo: 'gabe.freedesktop.org',
  rdns: 'gabe.freedesktop.org',
  ip: '131.252.210.177',
};
const FDO: List = {
  addr: 'wayland-devel@lists.freedesktop.org',
  title: 'wayland-devel',
  relay: FDO_RELAY,
  host: 'gabe.freedesktop.org',
  envelope: 'wayland-devel-bounces+robin=reader.example@lists.freedesktop.org',
  signer: ['lists.freedesktop.org', 'fdo187'],
  arc: ['lists.freedesktop.org', 'arc187', 'gabe.freedesktop.org'],
  tag: '[wayland-devel] ',
  footer: mm3Footer('wayland-devel', 'lists.freedesktop.org'),
  fields: mm3Fields(
    'wayland-devel',
    'lists.freedesktop.org',
    'Wayland development',
    '',
    'WD3A7X2KQ9LMBZ4T6PRN5VYC8EHJFU18',
  ),
  zone: {
    ...ptr(FDO_RELAY.ip, FDO_RELAY.rdns),
    ...txt('lists.freedesktop.org', `v=spf1 ip4:${FDO_RELAY.ip} -all`),
    ...dmarc('lists.freedesktop.org', 'none'),
    ...key('lists.freedesktop.org', 'fdo187'),
    ...key('lists.freedesktop.org', 'arc187'),
  },
};

const GG_RELAY: Relay = {
  helo: 'mail-qt1-x83f.google.com',
  rdns: 'mail-qt1-x83f.google.com',
  ip: '209.85.160.63',
};
const googleGroupZone = {
  ...ptr(GG_RELAY.ip, GG_RELAY.rdns),
  ...key('google.com', 'arc-20240605'),
  ...txt('googlegroups.com', 'v=spf1 ip4:209.85.128.0/17 ~all'),
  ...dmarc('googlegroups.com', 'none'),
  ...key('googlegroups.com', '20230601'),
};
const HIKERS: List = {
  addr: 'peak-district-hikers@googlegroups.com',
  title: 'peak-district-hikers',
  relay: GG_RELAY,
  host: 'gmr-mx.google.com',
  envelope: 'peak-district-hikers+bncBDL3ZMA5BYIFBB187VTCAMGQEAB4471@googlegroups.com',
  signer: ['googlegroups.com', '20230601'],
  arc: ['google.com', 'arc-20240605', 'gmr-mx.google.com'],
  footer:
    '-- \r\nYou received this message because you are subscribed to the Google Groups "Peak District Hikers" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to peak-district-hikers+unsubscribe@googlegroups.com.\r\n',
  fields: [
    'Precedence: list',
    'Mailing-list: list peak-district-hikers@googlegroups.com; contact peak-district-hikers+owners@googlegroups.com',
    'List-ID: <peak-district-hikers.googlegroups.com>',
    'List-Post: <https://groups.google.com/group/peak-district-hikers/post>, <mailto:peak-district-hikers@googlegroups.com>',
    'List-Unsubscribe: <mailto:googlegroups-manage+187187+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/group/peak-district-hikers/subscribe>',
  ],
  via: (a) => `'${a.name}' via Peak District Hikers`,
  keepAuthor: 'Reply-To',
  zone: googleGroupZone,
};

const TIDE = 'tidewater.example';
const HELPDESK: List = {
  addr: `it-helpdesk@${TIDE}`,
  title: 'Tidewater IT Helpdesk',
  relay: { helo: 'mail-sor-f69.google.com', rdns: 'mail-sor-f69.google.com', ip: '209.85.220.69' },
  host: 'gmr-mx.google.com',
  envelope: `it-helpdesk+bncBCX7Q2LMVQHRBW187UTCAMGQE2WC4ZQY@${TIDE}`,
  signer: [TIDE, 'google'],
  arc: ['google.com', 'arc-20240605', 'gmr-mx.google.com'],
  footer:
    '-- \r\nYou received this message because you are subscribed to the Google Groups "Tidewater IT Helpdesk" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to it-helpdesk+unsubscribe@tidewater.example.\r\n',
  fields: [
    'Precedence: list',
    `Mailing-list: list it-helpdesk@${TIDE}; contact it-helpdesk+owners@${TIDE}`,
    `List-ID: <it-helpdesk.${TIDE}>`,
    `List-Post: <https://groups.google.com/a/${TIDE}/group/it-helpdesk/post>, <mailto:it-helpdesk@${TIDE}>`,
    `List-Help: <https://support.google.com/a/${TIDE}/bin/topic.py?topic=25838>,\r\n <mailto:it-helpdesk+help@${TIDE}>`,
    `List-Archive: <https://groups.google.com/a/${TIDE}/group/it-helpdesk/>`,
    `List-Unsubscribe: <mailto:googlegroups-manage+118187+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/a/${TIDE}/group/it-helpdesk/subscribe>`,
  ],
  via: (a) => `'${a.name}' via Tidewater IT Helpdesk`,
  keepAuthor: 'Reply-To',
  policy: 'quarantine',
  zone: {
    ...ptr('209.85.220.69', 'mail-sor-f69.google.com'),
    ...key('google.com', 'arc-20240605'),
    ...txt(TIDE, 'v=spf1 include:_spf.google.com ~all'),
    ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ~all'),
    ...dmarc(TIDE, 'quarantine'),
    ...key(TIDE, 'google'),
    [TIDE]: {
      TXT: ['v=spf1 include:_spf.google.com ~all'],
      MX: [{ priority: 1, exchange: 'smtp.google.com' }],
    },
  },
};

const GIO_RELAY: Relay = { helo: 'mail01.groups.io', rdns: 'web01.groups.io', ip: '66.175.222.12' };
const GIO_GROUP = 'ham-radio-nets.groups.io';
const GROUPSIO: List = {
  addr: `main@${GIO_GROUP}`,
  title: 'ham-radio-nets',
  relay: GIO_RELAY,
  host: 'mx.groups.io',
  envelope: 'bounce+64575+187+1870042+8129362@groups.io',
  signer: ['groups.io', '20140610'],
  tag: '[ham-radio-nets] ',
  footer:
    '\r\n_._,_._,_\r\n_______________________________________________\r\nGroups.io Links:\r\nYou receive all messages sent to this group.\r\nView/Reply Online (#1870): https://groups.io/g/ham-radio-nets/message/1870\r\nLeave Group: https://groups.io/g/ham-radio-nets/leave/187/1870042/1896307328/xyzzy\r\n_._,_._,_\r\n',
  fields: [
    `List-Id: <main.${GIO_GROUP}>`,
    `Mailing-List: list main@${GIO_GROUP}; contact main+owner@${GIO_GROUP}`,
    `List-Post: <mailto:main@${GIO_GROUP}>`,
    `List-Unsubscribe: <https://groups.io/g/ham-radio-nets/leave/187/1870042/1896307328/xyzzy>`,
    `Sender: main@${GIO_GROUP}`,
  ],
  via: (a) => `${a.name} via groups.io`,
  viaAddr: (a) => `${a.addr.replace('@', '=')}@groups.io`,
  keepAuthor: 'Reply-To',
  zone: {
    ...ptr(GIO_RELAY.ip, GIO_RELAY.rdns),
    ...txt('groups.io', 'v=spf1 ip4:66.175.222.0/24 ~all'),
    ...dmarc('groups.io', 'none'),
    ...key('groups.io', '20140610'),
  },
};

const TB_RELAY: Relay = {
  helo: 'tb-mta-b1.topicbox.com',
  rdns: 'tb-mta-b1.topicbox.com',
  ip: '103.168.172.107',
};
const TOPICBOX: List = {
  addr: 'treasury-ops@finforum.topicbox.com',
  title: 'Treasury Ops',
  relay: TB_RELAY,
  host: 'tb-mta-b1.topicbox.com',
  envelope: 'treasury-ops+bounces-1187@finforum.topicbox.com',
  signer: ['topicbox.com', 'tb187'],
  arc: ['topicbox.com', 'arc187', 'tb-mta-b1.topicbox.com'],
  footer:
    '------------------------------------------\r\nFinForum: Treasury Ops\r\nPermalink: https://finforum.topicbox.com/groups/treasury-ops/T3c5e7a9b1d2f4a6c-M1187\r\nDelivery options: https://finforum.topicbox.com/groups/treasury-ops/subscription\r\n',
  fields: [
    'List-Id: <treasury-ops.finforum.topicbox.com>',
    'List-Post: <mailto:treasury-ops@finforum.topicbox.com>',
    'List-Archive: <https://finforum.topicbox.com/groups/treasury-ops>',
    'List-Unsubscribe: <https://finforum.topicbox.com/groups/treasury-ops/subscription?unsubscribe=1>',
    'Topicbox-Message-UUID: 3c5e7a9b-c6f1-11f0-8e07-1d07a1b2c187',
    'Topicbox-Policy-Reasoning: allowed: sender is a member',
    'Precedence: list',
  ],
  zone: {
    ...ptr(TB_RELAY.ip, TB_RELAY.rdns),
    ...txt('finforum.topicbox.com', 'v=spf1 ip4:103.168.172.0/24 ~all'),
    ...dmarc('topicbox.com', 'none'),
    ...key('topicbox.com', 'tb187'),
    ...key('topicbox.com', 'arc187'),
  },
};

// --- Building a post ------------------------------------------------------------------------------
interface Post {
  list: List;
  author: Author;
  munge: boolean;
  subject: string;
  body: string;
  id: string;
}

/** The author's message as the list receives it, changed and signed/sealed as the list does. */
async function listPost(p: Post): Promise<{ raw: string; from: string; authorBroken: boolean }> {
  const { list, author } = p;
  const signed = await signAll(
    submitted({
      from: `${author.name} <${author.addr}>`,
      to: list.addr,
      subject: p.subject,
      date: 'Fri, 20 Nov 2026 09:58:40 +0000',
      messageId: p.id,
      body: p.body,
    }),
    [author.signer],
  );
  let raw = onTop(
    signed,
    `Received: from ${author.relay.helo} (${author.relay.rdns} [${author.relay.ip}])\r\n\tby ${list.host} (Postfix) with ESMTPS id 4Zb187${p.id.length}Kq\r\n\tfor <${list.addr}>; Fri, 20 Nov 2026 09:58:42 +0000 (UTC)`,
  );
  const head = raw.indexOf('\r\n\r\n');
  let h = raw.slice(0, head);
  let b = raw.slice(head);
  let from = dom(author.addr);
  if (p.munge && list.via) {
    const addr = list.viaAddr ? list.viaAddr(author) : list.addr;
    h = h.replace(/^From: .*$/m, `From: "${list.via(author)}" <${addr}>`);
    h += `\r\n${list.keepAuthor ?? 'Reply-To'}: ${author.name} <${author.addr}>`;
    from = dom(addr);
  }
  if (list.tag) h = h.replace(/^Subject: /m, `Subject: ${list.tag}`);
  const fields = list.fields.map((f) => (f === 'X-MailFrom: ' ? `X-MailFrom: ${author.addr}` : f));
  h += `\r\n${fields.join('\r\n')}`;
  if (list.footer) b = `${b}\r\n${list.footer}`;
  raw = `${h}${b}`;
  const authorBroken = !!list.footer || !!list.tag || p.munge;
  if (list.signer) raw = await signAll(raw, [list.signer]);
  if (list.arc) {
    const [d, s, authserv] = list.arc;
    const ar = `${authserv}; dkim=pass header.i=@${author.signer[0]} header.s=${author.signer[1]}; spf=pass smtp.mailfrom=${author.addr}; dmarc=${author.policy === 'absent' ? 'none' : `pass (p=${author.policy.toUpperCase()})`} header.from=${dom(author.addr)}`;
    raw = await sealCorpus(raw, { domain: d, selector: s, cv: 'none', authResults: ar });
  }
  raw = onTop(
    raw,
    `Received: from ${list.host} (localhost [127.0.0.1])\r\n\tby ${list.host} (Postfix) with ESMTP id 7FC9187A03\r\n\tfor <${RCPT.box}>; Fri, 20 Nov 2026 10:00:02 +0000 (UTC)`,
  );
  return { raw, from, authorBroken };
}

/** The reader's provider delivers the list's post, writing what it found. */
function deliver(
  p: Post,
  built: { raw: string; from: string; authorBroken: boolean },
  reader: Reader,
  n: number,
  rcpt = RCPT[reader],
) {
  const { list, author } = p;
  const { raw, from } = built;
  const { relay, envelope } = list;
  const env = dom(envelope);
  const authorOk = !built.authorBroken;
  const aligned = (d: string) => d === from || d.endsWith(`.${from}`) || from.endsWith(`.${d}`);
  const listSigned = !!list.signer && aligned(list.signer[0]);
  const spfAligned = aligned(env);
  const pass = (authorOk && from === dom(author.addr)) || listSigned || spfAligned;
  const policy = from === dom(author.addr) ? author.policy : (list.policy ?? 'none');
  const P = policy.toUpperCase();
  /** No DMARC record for the From domain: nothing to pass or fail. */
  const absent = policy === 'absent';
  const arc = !!list.arc;
  const ad = author.signer;
  switch (reader) {
    case 'gmail': {
      const rows = [
        gmailDkim(ad[0], ad[1], authorOk ? 'pass' : 'neutral (body hash did not verify)'),
        ...(list.signer ? [gmailDkim(list.signer[0], list.signer[1])] : []),
        ...(arc
          ? [
              `arc=pass (i=1 spf=pass spfdomain=${dom(author.addr)} dkim=pass dkdomain=${ad[0]} dmarc=pass fromdomain=${dom(author.addr)});`,
            ]
          : []),
        gmailSpf(envelope, relay.ip),
        ...(absent
          ? []
          : [
              pass
                ? `dmarc=pass (p=${P} sp=${P} dis=NONE) header.from=${from}`
                : `dmarc=fail (p=${P} sp=${P} dis=NONE)${arc ? ' arc=pass' : ''} header.from=${from}`,
            ]),
      ];
      return gmailDelivery(raw, {
        relay,
        envelope,
        to: rcpt,
        spf: 'pass',
        deliveredTo: true,
        ids: [`x${n}csp187pxa`, `a${n}si187q${n}tb.${n}`],
        results: rows.join('\r\n       '),
      });
    }
    case 'outlook': {
      const dkim = [
        `dkim=${authorOk ? 'pass (signature was verified)' : 'fail (body hash did not verify)'}\r\n header.d=${ad[0]};`,
        ...(list.signer ? [`dkim=pass (signature was verified)\r\n header.d=${list.signer[0]};`] : []),
      ].join('');
      const d = absent
        ? `dmarc=none action=none\r\n header.from=${from};compauth=none reason=405`
        : pass
          ? `dmarc=pass action=none\r\n header.from=${from};compauth=pass reason=100`
          : policy === 'none'
            ? `dmarc=fail action=none\r\n header.from=${from};compauth=${arc ? 'pass reason=130' : 'none reason=405'}`
            : `dmarc=fail action=oreject\r\n header.from=${from};compauth=${arc ? 'pass reason=130' : 'fail reason=000'}`;
      return eopDelivery(raw, {
        ip: relay.ip,
        helo: relay.helo,
        ar: `spf=pass (sender IP is ${relay.ip})\r\n smtp.mailfrom=${env}; ${dkim}${d}${arc ? ';arc=pass (as.1.lists=pass)' : ''}`,
        spf: `Pass (protection.outlook.com: domain of ${env} designates\r\n ${relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${relay.ip}; helo=${relay.helo}; pr=C`,
        returnPath: envelope,
      });
    }
    case 'yahoo': {
      const y = (r: string) =>
        `${r} arc_overridden_status=${!pass && arc ? 'OVERRIDDEN' : 'NOT_OVERRIDDEN'};`;
      return yahooOmega(
        raw,
        {
          ip: relay.ip,
          helo: relay.helo,
          envelope,
          spf: `pass (domain of ${env} designates ${relay.ip} as permitted sender)`,
          ar: [
            y(`dkim=${authorOk ? 'pass' : 'perm_fail'} header.i=@${ad[0]} header.s=${ad[1]}`),
            ...(list.signer ? [y(`dkim=pass header.i=@${list.signer[0]} header.s=${list.signer[1]}`)] : []),
            y(`spf=pass smtp.mailfrom=${env}`),
            y(
              absent
                ? `dmarc=unknown header.from=${from}`
                : `dmarc=${pass ? 'pass' : 'fail'}(p=${P}) header.from=${from}`,
            ),
          ].join('\r\n '),
        },
        { tag: 'Rw187', pod: `5c8d6b7f9-${n}w${n}kr`, inner: `10.217.187.${10 + n}`, to: RCPT.yahoo },
      );
    }
    default: {
      const date = `Fri, 20 Nov 2026 10:00:0${n % 10} +0000 (UTC)`;
      return onTop(
        raw,
        dovecotLmtp('mail.reader.example', envelope, rcpt, `Kw187${n}AbCdEf`, date),
        `Authentication-Results: ${RECEIVER};\r\n\t${[
          `dkim=${authorOk ? 'pass' : 'fail reason="signature verification failed"'} header.d=${ad[0]} header.s=${ad[1]} header.b=Q29ycHVz`,
          ...(list.signer
            ? [`dkim=pass header.d=${list.signer[0]} header.s=${list.signer[1]} header.b=TGlzdA`]
            : []),
          `spf=pass (${RECEIVER}: domain of "${envelope}" designates ${relay.ip} as permitted sender) smtp.mailfrom="${envelope}"`,
          absent
            ? `dmarc=none header.from=${from}`
            : `dmarc=${pass ? 'pass' : 'fail'} reason="" (policy=${policy}) header.from=${from}`,
          ...(arc ? [`arc=pass ("${list.arc![0]}:s=${list.arc![1]}:i=1")`] : []),
        ].join(';\r\n\t')}`,
        postfixEntry(relay, RECEIVER, `4Zw187${n}Qk`, rcpt, date),
      );
    }
  }
}

interface Sample extends Post {
  slug: string;
  about: string;
  readers: Array<[Reader, boolean]>;
  expect?: CaseExpectation;
  /** What a reader wants where it differs from `expect` (offline readings that cannot undo the list's changes). */
  want?: (reader: Reader, online: boolean) => CaseExpectation | undefined;
  /** The reader's organisation, when the reader works at the list's tenant. */
  readerDomain?: string;
}

/**
 * A post whose From stays the author's, relayed by a list on a rented cloud server of its own (not a
 * list hosting service of LIST_HOSTS), or read offline where nothing can undo the list's changes:
 * never spoofed, never authenticated. Suspicious is the reading the lead chose for a list on a
 * rented server of its own (probe69's control, 2026-12-05: an attacker's own list on a VM proves
 * the same records) and for an unknown sealer's recorded pass offline (lib/findings/arc.ts arcRule).
 */
const NOT_TRUSTED_NOT_SPOOFED: CaseExpectation = { notVerdict: ['spoofed', 'authenticated'] };
/** Offline, a list's seal recording the author's pass, the footer not undone: the list is named, never spoofed. */
const ARC_OFFLINE: CaseExpectation = {
  notVerdict: ['spoofed', 'authenticated'],
  findings: ['arc-untrusted-sealer'],
};

const PY_BODY = 'On the asyncio question: TaskGroup cancels the siblings once one task fails.\r\n\r\nAna\r\n';

const SAMPLES: Sample[] = [
  {
    slug: 'python-mm3-munged-yahoo-author',
    list: PYTHON,
    author: YAHOO_ANA,
    munge: true,
    subject: 'Re: asyncio.TaskGroup and cancellation',
    body: PY_BODY,
    id: '<1187203945.4471.1795168720000@mail.yahoo.com>',
    readers: [
      ['gmail', true],
      ['outlook', false],
      ['yahoo', false],
      ['box', true],
    ],
    about: `Genuine: a yahoo.com member (p=reject) posts to python-list@python.org; Mailman 3 munges the From (dmarc_mitigate_action munge_from: "Ana Ruiz via Python-list" <python-list@python.org>, the author in Reply-To), adds its footer, signs d=python.org s=200901 and sends from mail.python.org [188.166.95.178] (DigitalOcean). The author's yahoo.com signature is broken by the footer; python.org's own signature aligns with the From.`,
    expect: LISTED,
  },
  {
    slug: 'python-mm3-unmunged-gmail-author',
    list: PYTHON,
    author: GMAIL_OLA,
    munge: false,
    subject: 'Re: packaging a pure-Python wheel',
    body: 'pip wheel . gives you the wheel; no setup.py needed with a pyproject.toml.\r\n\r\nOla\r\n',
    id: '<CAOk187xQ7rN2pL0aT7cQ9e4Zr1Ww5Yh3Ju6Fs2Dg8Ck0Bm@mail.gmail.com>',
    readers: [
      ['gmail', true],
      ['box', true],
      ['outlook', false],
    ],
    expect: NOT_TRUSTED_NOT_SPOOFED,
    about: `Genuine: a gmail.com member (gmail.com publishes p=none, so Mailman 3 does not munge) posts to python-list@python.org; Mailman 3 adds its footer (breaking the gmail.com signature), signs d=python.org and sends from mail.python.org [188.166.95.178] on DigitalOcean. DMARC fails at p=none for gmail.com; the list's own signature is there but not aligned.`,
  },
  {
    slug: 'linaro-mm3-aws-workspace-author-no-dmarc',
    list: LINARO,
    author: WS_RHYS,
    munge: false,
    subject: '[PATCH] staging: greybus: remove unused macro',
    body: 'The macro is defined but never used. Remove it.\r\n\r\nSigned-off-by: Rhys Halvorsen <rhys@halvorsen-dev.example>\r\n---\r\n 1 file changed, 2 deletions(-)\r\n',
    id: '<20261120095840.1187803-1-rhys@halvorsen-dev.example>',
    readers: [
      ['box', true],
      ['gmail', true],
      ['gmail', false],
    ],
    expect: NOT_TRUSTED_NOT_SPOOFED,
    about: `Genuine, as lists.linaro.org's greybus-dev post of June 2026 arrived: Mailman 3 on AWS (lists.linaro.org [44.210.186.118], AS14618, not in LIST_HOSTS), no DKIM or ARC of the list's own, a subject tag and footer that break the author's only signature (Google's default signer halvorsen-dev-example.20251104.gappssmtp.com); the author's domain publishes no DMARC. Only the list's SPF for its bounce envelope passes.`,
  },
  {
    slug: 'linaro-mm3-aws-munged-yahoo-author',
    list: LINARO,
    author: YAHOO_ANA,
    munge: true,
    subject: 'Re: [PATCH] staging: greybus: remove unused macro',
    body: 'Reviewed-by: Ana Ruiz <ana.ruiz1987@yahoo.com>\r\n',
    id: '<1187203946.4472.1795168720001@mail.yahoo.com>',
    readers: [
      ['gmail', true],
      ['outlook', false],
      ['box', true],
    ],
    about: `Genuine: a yahoo.com member's reply on greybus-dev@lists.linaro.org; Mailman 3 munges the From ("Ana Ruiz via greybus-dev" <greybus-dev@lists.linaro.org>), tags and footers it, does not sign, sends from lists.linaro.org [44.210.186.118] on AWS. DMARC passes for lists.linaro.org only through SPF of its own bounce envelope (linaro.org p=none).`,
    expect: LISTED,
    // Offline in Outlook nothing of the list's own vouches (it does not sign; EOP's SPF pass is not
    // read there): an unsigned post from an AWS server, as a stranger's VM would send.
    want: (r, online) => (r === 'outlook' && !online ? NOT_TRUSTED_NOT_SPOOFED : undefined),
  },
  {
    slug: 'debian-smartlist-yahoo-author-intact',
    list: DEBIAN,
    author: YAHOO_ANA,
    munge: false,
    subject: 'Re: Bug#1187187: dpkg: trigger loop on upgrade',
    body: 'Reproduced on a clean trixie chroot; the loop ends with --force-triggers.\r\n\r\nAna\r\n',
    id: '<1187203947.4473.1795168720002@mail.yahoo.com>',
    readers: [
      ['gmail', true],
      ['yahoo', false],
      ['outlook', false],
    ],
    about: `Genuine: a yahoo.com member's post to debian-devel@lists.debian.org, which neither tags the subject nor adds a footer (SmartList: Resent-From, X-Mailing-List, X-Loop, List-Id), so the author's yahoo.com signature survives; delivered from bendel.debian.org [82.195.75.100], envelope bounce-debian-devel=…@lists.debian.org.`,
    expect: AUTH,
    // Offline in Outlook, Exchange Online's passes are not read (lib/findings/eop-record.ts): unverified by design.
    want: (r, online) => (r === 'outlook' && !online ? LISTED : undefined),
  },
  {
    slug: 'gnu-mm21-munged-yahoo-author',
    list: GNU,
    author: YAHOO_ANA,
    munge: true,
    subject: 'Re: org-agenda and time zones',
    body: 'Set org-agenda-timegrid-use-ampm to nil and the grid follows your locale.\r\n\r\nAna\r\n',
    id: '<1187203948.4474.1795168720003@mail.yahoo.com>',
    readers: [
      ['box', true],
      ['outlook', false],
      ['gmail', false],
    ],
    about: `Genuine: a yahoo.com member's post to help-gnu-emacs@gnu.org; Mailman 2.1 munges the From ("Ana Ruiz via Users list for the GNU Emacs text editor" <help-gnu-emacs@gnu.org>, the author in Reply-To), does not sign, sends from lists.gnu.org [209.51.188.17]; DMARC passes for gnu.org through SPF of its bounce envelope.`,
  },
  {
    slug: 'fdo-mm3-arc-bank-employee-unmunged',
    list: FDO,
    author: BANK_LEE,
    munge: false,
    subject: 'Re: [RFC] color-management-v2: HDR metadata',
    body: 'Our trading-floor displays need the mastering luminance; +1 to the proposal.\r\n\r\nLee Okonkwo\r\nNorthbank\r\n',
    id: '<DB9PR187MB4471E2A1B3C4D5E6F7081920@DB9PR187MB4471.eurprd01.prod.outlook.com>',
    readers: [
      ['gmail', true],
      ['gmail', false],
      ['outlook', true],
      ['outlook', false],
      ['box', true],
    ],
    about: `Genuine: an employee of a bank whose domain publishes p=reject posts to wayland-devel@lists.freedesktop.org; the list is set NOT to munge (dmarc_mitigate_action no_mitigation), tags the subject, adds its footer (breaking the bank's signature), re-signs d=lists.freedesktop.org and ARC-seals (i=1, recording the bank's dkim/spf/dmarc pass), from gabe.freedesktop.org [131.252.210.177]. The reader's provider: DMARC fail for northbank.example at p=reject, the list's seal passing (Gmail arc=pass, EOP compauth reason 130, the box's OpenARC arc=pass).`,
    expect: LISTED,
    want: (r, online) => (online ? undefined : r === 'outlook' ? LISTED : ARC_OFFLINE),
  },
  {
    slug: 'fdo-mm3-arc-yahoo-member-unmunged',
    list: FDO,
    author: YAHOO_ANA,
    munge: false,
    subject: 'Re: [PATCH weston] clients: fix a leak on resize',
    body: 'Tested on a Pinebook; the leak is gone.\r\n\r\nTested-by: Ana Ruiz <ana.ruiz1987@yahoo.com>\r\n',
    id: '<1187203949.4475.1795168720004@mail.yahoo.com>',
    readers: [
      ['yahoo', true],
      ['yahoo', false],
      ['box', false],
    ],
    about: `Genuine: a yahoo.com member (p=reject) on the same non-munging, ARC-sealing Mailman 3 list; her signature broken by the tag and footer, the list's d=lists.freedesktop.org signature and seal intact. Read in Yahoo (DMARC fail for yahoo.com recorded, arc_overridden_status=OVERRIDDEN) and on the box.`,
    expect: LISTED,
    want: (_r, online) => (online ? undefined : ARC_OFFLINE),
  },
  {
    slug: 'topicbox-arc-bank-employee-unmunged',
    list: TOPICBOX,
    author: BANK_LEE,
    munge: false,
    subject: 'Re: SEPA instant cut-over weekend',
    body: 'We move to the new gateway on the 28th; no payments between 22:00 and 02:00.\r\n\r\nLee Okonkwo\r\nNorthbank\r\n',
    id: '<DB9PR187MB4471F3B2C4D5E6F708192031@DB9PR187MB4471.eurprd01.prod.outlook.com>',
    readers: [
      ['gmail', false],
      ['outlook', false],
      ['box', true],
    ],
    about: `Genuine: the bank employee (northbank.example, p=reject) posts to a Topicbox group (Fastmail's list service); Topicbox keeps her From, appends its "Permalink / Delivery options" footer (breaking her signature), signs d=topicbox.com and ARC-seals d=topicbox.com (a sealer on the ARC community list) recording her pass, from ${TB_RELAY.rdns} [${TB_RELAY.ip}] (realworld107's layout). Gmail records dmarc=fail (p=REJECT) and arc=pass.`,
    expect: LISTED,
  },
  {
    slug: 'google-groups-public-munged-yahoo-author',
    list: HIKERS,
    author: YAHOO_ANA,
    munge: true,
    subject: 'Kinder Scout on Saturday',
    body: 'Meet at Edale station at 9:30; the Pennine Way is muddy, bring gaiters.\r\n\r\nAna\r\n',
    id: '<1187203950.4476.1795168720005@mail.yahoo.com>',
    readers: [
      ['outlook', false],
      ['outlook', true],
      ['yahoo', false],
      ['box', true],
    ],
    about: `Genuine: a yahoo.com member (p=reject) posts to a public Google Group; Groups rewrites the From ("'Ana Ruiz' via Peak District Hikers" <peak-district-hikers@googlegroups.com>, author in Reply-To), adds its footer, signs d=googlegroups.com, ARC-seals by google.com and sends from ${GG_RELAY.rdns} [${GG_RELAY.ip}].`,
    expect: LISTED,
  },
  {
    slug: 'workspace-group-tidewater-helpdesk-munged',
    list: HELPDESK,
    author: YAHOO_ANA,
    munge: true,
    subject: 'Laptop will not join the office Wi-Fi',
    body: 'Hello,\r\n\r\nmy laptop (asset TW-1187) no longer joins TIDEWATER-STAFF since the update. Can someone help?\r\n\r\nAna Ruiz\r\n',
    id: '<1187203951.4477.1795168720006@mail.yahoo.com>',
    readers: [
      ['gmail', true],
      ['gmail', false],
      ['box', true],
    ],
    readerDomain: TIDE,
    about: `Genuine: a contractor writing from yahoo.com (p=reject) to the Workspace tenant's internal group it-helpdesk@${TIDE}, named "Tidewater IT Helpdesk" after the tenant's own org; Google Groups rewrites the From ("'Ana Ruiz' via Tidewater IT Helpdesk" <it-helpdesk@${TIDE}>), signs with the tenant's key d=${TIDE}, ARC-seals by google.com and delivers from mail-sor-f69.google.com to a Tidewater staff member (the reader).`,
    expect: LISTED,
  },
  {
    slug: 'groupsio-munged-yahoo-author',
    list: GROUPSIO,
    author: YAHOO_ANA,
    munge: true,
    subject: 'Net control roster for December',
    body: 'I can take net control on the 5th and the 19th.\r\n\r\n73, Ana\r\n',
    id: '<1187203952.4478.1795168720007@mail.yahoo.com>',
    readers: [
      ['outlook', false],
      ['gmail', true],
      ['yahoo', false],
    ],
    about: `Genuine: a yahoo.com member (p=reject) posts to a groups.io group; groups.io rewrites the From to "Ana Ruiz via groups.io" <ana.ruiz1987=yahoo.com@groups.io> (author in Reply-To), tags and footers the post, signs d=groups.io and sends from ${GIO_RELAY.rdns} [${GIO_RELAY.ip}] (Linode).`,
    expect: LISTED,
  },
];

// --- GitHub: an organisation's bot whose login names the brand --------------------------------------
const GH_OUT: Relay = {
  helo: 'out-21.smtp.github.com',
  rdns: 'out-21.smtp.github.com',
  ip: '192.30.252.204',
};
const GH_ZONE = {
  ...ptr(GH_OUT.ip, GH_OUT.rdns),
  ...txt('github.com', 'v=spf1 ip4:192.30.252.0/22 ip4:140.82.112.0/20 ~all'),
  ...dmarc('github.com', 'reject'),
  ...key('github.com', 'pf2023'),
};

async function githubNotice(login: string): Promise<string> {
  return signAll(
    submitted({
      from: `"${login}" <notifications@github.com>`,
      to: 'harbourline/telemetry-agent <telemetry-agent@noreply.github.com>',
      subject: 'Re: [harbourline/telemetry-agent] Add Azure Monitor exporter (PR #187)',
      date: 'Fri, 20 Nov 2026 10:00:01 +0000',
      messageId: '<harbourline/telemetry-agent/pull/187/c2718281828@github.com>',
      body: '@robin-reader please read the following Contributor License Agreement (CLA). If you agree with the CLA, please reply with the following information.\r\n\r\n--\r\nReply to this email directly or view it on GitHub:\r\nhttps://github.com/harbourline/telemetry-agent/pull/187#issuecomment-2718281828\r\nYou are receiving this because you authored the thread.\r\n',
      extraHeaders: [
        'Reply-To: harbourline/telemetry-agent <reply+AB3CDEF187GHIJ@reply.github.com>',
        'Cc: Robin Reader <robin.reader@gmail.com>, Author <author@noreply.github.com>',
        'In-Reply-To: <harbourline/telemetry-agent/pull/187@github.com>',
        'List-ID: harbourline/telemetry-agent <telemetry-agent.harbourline.github.com>',
        'List-Archive: https://github.com/harbourline/telemetry-agent',
        'List-Unsubscribe: <mailto:unsub+AB3CDEF187GHIJ@reply.github.com>,\r\n <https://github.com/notifications/unsubscribe/AB3CDEF187GHIJ>',
        `X-GitHub-Sender: ${login}`,
        'X-GitHub-Recipient: robin-reader',
        'X-GitHub-Reason: author',
        'X-Auto-Response-Suppress: All',
      ],
    }),
    [['github.com', 'pf2023']],
  );
}

/** GitHub's delivery to the reader's Gmail. */
const githubToGmail = (raw: string, n: number) =>
  gmailDelivery(raw, {
    relay: GH_OUT,
    envelope: 'noreply@github.com',
    to: RCPT.gmail,
    spf: 'pass',
    deliveredTo: true,
    ids: [`x9${n}csp187pxa`, `a9${n}si187q9tb.9${n}`],
    results: [
      gmailDkim('github.com', 'pf2023'),
      gmailSpf('noreply@github.com', GH_OUT.ip),
      'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com',
    ].join('\r\n       '),
  });

async function githubBot(write: CaseWriter): Promise<void> {
  const bot = await githubNotice('microsoft-github-policy-service[bot]');
  const envelope = 'noreply@github.com';
  for (const online of [true, false]) {
    emitCase(write, {
      name: `w187-gmail-github-bot-login-names-microsoft-${online ? 'online' : 'offline'}`,
      about: `Genuine: GitHub's notification of a comment by the Microsoft organisation's CLA bot, whose real login is "microsoft-github-policy-service[bot]" (GitHub writes the commenter's login as the display name of notifications@github.com), on the reader's pull request; signed d=github.com, from ${GH_OUT.rdns} [${GH_OUT.ip}] (AS36459), List-ID of the repository. Gmail, ${online ? 'online' : 'offline'}. Wanted: never spoofed; the caution display-name-brand (medium, so suspicious) is right: the login is a name anyone registering an account or App chooses, and GitHub mails it verbatim under its own signature ("microsoft-security-review" would arrive the same way), so github.com's signature vouches for GitHub, not for Microsoft.`,
      class: 'real-mail',
      args: ARGS.gmail,
      eml: gmailDelivery(bot, {
        relay: GH_OUT,
        envelope,
        to: RCPT.gmail,
        spf: 'pass',
        deliveredTo: true,
        ids: ['x99csp187pxa', 'a99si187q9tb.99'],
        results: [
          gmailDkim('github.com', 'pf2023'),
          gmailSpf(envelope, GH_OUT.ip),
          'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com',
        ].join('\r\n       '),
      }),
      ...(online ? { zone: GH_ZONE } : {}),
      expect: { verdict: 'suspicious', findings: ['display-name-brand'] },
    });
  }
  // Control: a colleague's comment, her own name as the login's display name.
  emitCase(write, {
    name: 'w187-gmail-github-colleague-comment-offline',
    about: `Genuine: GitHub's notification of a colleague's review comment ("Priya Raman" <notifications@github.com>), signed d=github.com, from ${GH_OUT.rdns} [${GH_OUT.ip}], List-ID of the repository. Gmail, offline. Wanted: authenticated.`,
    class: 'real-mail',
    args: ARGS.gmail,
    eml: githubToGmail(await githubNotice('Priya Raman'), 3),
    expect: AUTH,
  });
}

/** The `about` text's account of an expectation. */
function wanted(e: CaseExpectation): string {
  if (e === AUTH) return 'authenticated';
  if (e === LISTED)
    return 'authenticated or unverified, never suspicious or spoofed (a list post the list’s own signature, seal or record vouches for)';
  if (e === ARC_OFFLINE)
    return 'never spoofed, never authenticated: offline the footer cannot be undone, and the list’s seal recording the author’s pass is an unknown sealer’s word (arc-untrusted-sealer), as an attacker’s own list’s would be';
  return 'never spoofed, never authenticated: a list on a rented server of its own, or nothing of the list’s own read, proves no more than an attacker’s own list on a VM would (probe69)';
}

export async function makeAll(write: CaseWriter): Promise<void> {
  let n = 1;
  for (const s of SAMPLES) {
    const built = await listPost(s);
    for (const [reader, online] of s.readers) {
      n++;
      const org = s.readerDomain;
      const rcpt = org ? `robin@${org}` : RCPT[reader];
      const args = org
        ? reader === 'box'
          ? ['--authserv-id', RECEIVER, '--recipient-domain', org]
          : [...ARGS[reader], '--recipient-domain', org]
        : ARGS[reader];
      emitCase(write, {
        name: `w187-${reader}-${s.slug}-${online ? 'online' : 'offline'}`,
        about: `${s.about} Read in ${reader === 'box' ? 'the reader’s Postfix/Dovecot box' : reader === 'outlook' ? 'Outlook (Exchange Online)' : reader === 'yahoo' ? 'Yahoo Mail' : 'Gmail'}, ${online ? 'online' : 'offline (only the provider’s results)'}. Wanted: ${wanted(s.want?.(reader, online) ?? s.expect ?? LISTED)}.`,
        class: 'real-mail',
        args,
        eml: deliver(s, built, reader, n, rcpt),
        ...(online ? { zone: { ...s.list.zone, ...s.author.zone } } : {}),
        expect: s.want?.(reader, online) ?? s.expect ?? LISTED,
      });
    }
  }
  await githubBot(write);
}

// What reads suspicious, and whether that is right (43 cases; 3 pending):
// - RIGHT, kept as expectations (never spoofed, never authenticated): (a) posts whose From stays the
//   author's, relayed by a Mailman 3 list on a rented cloud server of its own (python.org on
//   DigitalOcean, lists.linaro.org on AWS: hosted-server-relay medium, as the lead chose for
//   probe69's control on 2026-12-05: an attacker's own list on a VM proves the same records);
//   (b) offline, a non-munging list's seal recording a p=reject author's pass in Gmail and on the
//   box (arc-untrusted-sealer medium: the footer cannot be undone offline, and probe69's attacker
//   list seals the same way); (c) lists.linaro.org's unsigned munged post offline in Outlook
//   (nothing of the list's own is read there); (d) GitHub's notification whose display name is
//   Microsoft's bot's login (display-name-brand medium: logins are chosen by whoever registers them,
//   and GitHub mails them under its own signature).
// - WRONG, pending:
//
// 1. w187-outlook-python-mm3-munged-yahoo-author-offline and
//    w187-yahoo-python-mm3-munged-yahoo-author-offline read SUSPICIOUS (hosted-server-relay medium;
//    Yahoo: "This message really comes from python.org, but take care: sent from a rented server on
//    DigitalOcean"). Should read unverified (Outlook) / authenticated (Yahoo): a munged post whose
//    From, List-Id, signature (d=python.org) and bounce envelope are all python.org's, and the
//    provider's own record holds both python.org's DKIM pass and its SPF pass for the envelope.
//    Online both read authenticated (forward-confirmed mail.python.org). At fault:
//    lib/findings/hosted-server.ts ownServerEvidence's offline branch: offlineListServer and
//    eopListServer only know LIST_HOSTS (listHostingService / hostsOwnNotice), offlineOwnCloudServer
//    only AWS/Azure/Google Cloud with a printed reverse name, offlineMailRelay only ESP relay names.
//    Smallest fix: in listHostingService, also return the list's host when the message is a list
//    post whose List-Id host, From domain and envelope share one organisation (the list's own munged
//    post: listFromRewrite) — and for such a host outside LIST_HOSTS require, in offlineListServer as
//    eopListServer already does, both the provider's DKIM pass for the host and its SPF pass for an
//    envelope under it (not a printed reverse name: DigitalOcean names a PTR after any droplet).
//    Keeps probe190/194/196 caught: their forgeries are groups.io replays (LIST_HOSTS, untouched)
//    whose envelope the attacker keeps or fails SPF for, and own-group lures the display-name rules
//    read; a replay of python.org's post from a VM fails SPF for python.org's envelope; an
//    attacker's own list munging to its own domain reads authenticated as that domain offline, as
//    it already does online. Could hurt: nothing genuine (it only lowers a medium).
//
// 2. w187-yahoo-fdo-mm3-arc-yahoo-member-unmunged-offline reads SPOOFED (dmarc-fail high; Yahoo's
//    dmarc=fail(p=REJECT) for yahoo.com, no finding for the list's seal). Should read as the same
//    post does offline in Gmail and on the box: suspicious with arc-untrusted-sealer (never spoofed).
//    At fault: lib/auth/authresults-provider.ts (the provider's `arc` is read only from an `arc=`
//    row) and so lib/findings/arc.ts intactChainSealers, which offline takes the message's sealers
//    only on the provider's arc pass. Yahoo writes no arc= row; it marks each result
//    `arc_overridden_status=OVERRIDDEN` when an ARC chain excused the failure (modelled here: the
//    OVERRIDDEN value is NOT confirmed against a public copy, only NOT_OVERRIDDEN is). Smallest fix:
//    for a Yahoo/AOL authserv-id (atlas…yahoo.com), a dmarc=fail row carrying
//    arc_overridden_status=OVERRIDDEN counts as the provider's arc=pass. An unknown sealer's seal then
//    reads suspicious, never authenticated (arcRule), so probe69's attacker lists stay caught; could
//    hurt nothing genuine.
// Lead, 2026-12-07 10:4x: both left pending. Group 1: offline, nothing but the list's own headers
// ties the list host to its cloud server, and List-Id, From and envelope are the sender's to write:
// any domain owner on a rented server could drop hosted-server-relay offline by adding a List-Id
// (online the forward-confirmed reverse name decides, and these read authenticated). Group 2: the
// OVERRIDDEN value is unconfirmed; counting a seal nobody can verify offline would also lift a
// forger's own List-Id and ARC headers from spoofed to suspicious in Yahoo.
// Fixed on 2026-12-07 (the lead): python.org is a known list host (LIST_HOSTS, real-mail round 199),
// so both python.org cases read right offline and joined the corpus.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'w187-yahoo-fdo-mm3-arc-yahoo-member-unmunged-offline',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
