// Red-team round 221: mailing lists an organisation runs under its own domain, whose envelope (the
// list's bounce address) aligns with any From under that domain. The attacker subscribes his own
// address (or posts to an open list) with a forged From under the organisation itself
// (security@python.org, infrastructure@apache.org, security-officer@freebsd.org, it-helpdesk@
// univ.example, payroll@firm.example); the real list server relays it under its own envelope
// (`<list>-bounces+…@`, `<list>-return-…@`, `bounce-<list>=…@`, `owner-<list>@`, `<list>-owner@`),
// so SPF passes aligned with the From and DMARC passes with no author signature at all; where the
// list host signs its posts (d= the organisation, or the lists' subdomain, which aligns relaxed),
// the forgery also carries an aligned DKIM pass that the list made. Neither proves more than
// "someone posted to the organisation's list". Also: the list's own administrative addresses as
// From (python-dev-owner@, mailman@, dev-owner@), the author's own (copied) signature broken by the
// list beside the list's signature, and vger (kernel.org) as the control, read suspicious/unverified
// since round 219 (SHARED_PLATFORMS 'kernel.org lists', lib/findings/auth-state.ts). Readers: Gmail
// online and offline, the reader's Postfix box (OpenDKIM/OpenDMARC/policyd-spf rows) online and
// offline. Expectation for every forgery: not authenticated.
// Findings: 30 of 32 forgeries read AUTHENTICATED (pending A): every list relaying a poster's From
// under its own organisation, signed by the list (python.org; apache.org and a Sympa as modelled) or
// not (ezmlm, lists.debian.org, FreeBSD, a university's Sympa, a firm's Mailman), in Gmail, Outlook,
// Yahoo and on the box, online and offline (the ASF's unsigned post offline reads suspicious).
// Held: vger, the control (suspicious online and offline); the genuine ASF committer's signed post and
// the genuine PSF staffer's post read authenticated.
// Where the layouts were learnt:
// - python.org: mail.python.org (188.166.95.178, DigitalOcean) signs its list posts d=python.org
//   s=200901 c=relaxed/simple, h= ending in an oversigned From (realworld199.ts section 10, from
//   find_string "d=python.org; s=200901", ids 14351998041, 28235070287, 1410694458); python.org
//   publishes DMARC p=none: subspace's rows on python.org's own mail `dmarc=pass (p=none dis=none)
//   header.from=python.org; spf=pass smtp.mailfrom=python.org; dkim=pass (1024-bit key)
//   header.d=python.org … smtp.client-ip=188.166.95.178` (find_string "header.from=python.org",
//   ids 6118083708, 5835952294, 6250865890, 5778700249). So Mailman 3's DMARC mitigation (which
//   munges only p=reject/quarantine Froms unless set unconditionally) leaves a python.org From as
//   written. Mailman 3 list fields, envelope python-dev-bounces+…@python.org: realworld199.ts.
// - apache.org: ezmlm posts leave mxout1-he-de.apache.org (95.216.194.37) after `Received: (qmail …
//   invoked by uid 998)`, `Mailing-List: contact users-help@spamassassin.apache.org; run by ezmlm`,
//   `Delivered-To: mailing list …`, and carry only the author's own signatures, none of apache.org's
//   (find_string "mxout1-he-de.apache.org", id 30724450266: a users@spamassassin.apache.org post of
//   May 2023 whose two DKIM-Signature fields are both d=gluet.ch). The ASF's own relay does sign
//   its committers' submissions d=apache.org s=mail, h= ending in an oversigned From, with
//   `Authentication-Results: apache.org; auth=none` (find_string "d=apache.org; s=", ids
//   57634473880 (mailrelay1-he-de.apache.org, ESMTPSA, Jan 2026), 68759939985, 68572869537), while
//   a 2022 committer post through the same relay carried none (id 33351953582). ezmlm checks the
//   SMTP envelope sender for subscription, not the From (ezmlm-issubn), which is what lets a
//   subscriber write any From. ezmlm's envelope `<list>-return-<n>-<rcpt>@<project>.apache.org` and
//   apache.org's SPF and DMARC p=none as modelled since realworld194.ts / probe206.ts.
// - lists.debian.org: envelope `bounce-debian-devel=<rcpt>@lists.debian.org`, `X-Mailing-List:
//   <debian-devel@lists.debian.org> archive/latest/…`, delivered from liszt.debian.org
//   (82.195.75.100) after its `(Postfix) with QMQP` line (find_string "bounce-debian-", ids
//   6371664774, 31607055507, 7796301891: 2002–2010 copies). find_string "d=lists.debian.org"
//   finds nothing: modelled unsigned.
// - FreeBSD: its lists' `Sender: owner-freebsd-hackers@FreeBSD.ORG` (find_string "owner-freebsd-",
//   ids 39069768590 and the Handbook's procmail recipe 46131375547); FreeBSD's own mail leaves
//   mx2.freebsd.org (96.47.72.81) signed d=freebsd.org s=dkim, and freebsd.org's DMARC is p=none
//   (subspace's row `dmarc=pass (p=none dis=none) header.from=FreeBSD.org`, find_string
//   "d=freebsd.org", ids 61285933640, 20680136110, 14781933138).
// - vger: probe219.ts (subspace's seal, lore's relay, vger's SPF, kernel.org p=none).
// - A university's Sympa and a firm's Mailman 2.1: documentation names; Sympa's `<list>-owner@`
//   envelope and its optional DKIM signing with the list's domain, Mailman 2.1's fields
//   (list-shapes.ts mailmanHeaders) and its unsigned posts.
// The attacker rents a VM (198.51.100.66, his own domain attacker.example with SPF/DKIM) and a
// subscription.
// NOT confirmed: that mail.python.org's python-dev (or any python.org list) accepts a non-member's
// post, or that its moderators would approve one (Mailman 3 holds non-members by default; some
// lists accept them); that the ASF's inbound MX does not refuse an outside post with an apache.org
// From (apache.org's p=none would not make it); that mxout signs ezmlm posts d=apache.org today
// (the 2023 capture carries none; the "list signs" case models that it does); Debian's and
// FreeBSD's current list hosts, envelopes and whether their lists sign (FreeBSD moved its lists to
// mlmmj in 2021; modelled unsigned with the owner- envelope); debian.org's DMARC record (modelled
// p=none: without one, DMARC passes nothing); lists.gnu.org, sourceware.org and
// lists.freedesktop.org are not built here (sourceware seals ARC d=sourceware.org s=key at its
// entry, find_string "d=sourceware.org", ids 47827722294, 47992461849; whether it signs posts was
// not found).
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import { sealAs } from '../gateway-layouts';
import { ATTACKER_IP, authenticZone, emitCase, OUTLOOK, ptr, RECEIVER, type Relay } from '../kit';
import { keyZone, mailmanFooter, mailmanHeaders } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
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
import { probeCorpus } from '../rounds-kit';

const P = 'r221-';
const GMAIL_ARGS = ['--webmail', 'gmail'];
const BOX_ARGS = ['--authserv-id', RECEIVER, '--recipient-domain', 'reader.example'];
const NOT_AUTH: CaseExpectation = { notVerdict: ['authenticated'] };
const TRUSTED: CaseExpectation = { verdict: ['authenticated', 'unverified'], notVerdict: ['spoofed'] };
const BOX_TO = 'robin@reader.example';

const VPS: Relay = { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: ATTACKER_IP };
const ATTACKER_ZONE = { ...authenticZone('attacker.example', ATTACKER_IP), ...ptr(VPS.ip, VPS.rdns) };

/** The first 8 characters of the `n`th DKIM-Signature's b= (OpenDKIM's header.b). */
const b8 = (raw: string, n = 0) => {
  const all = [...raw.replace(/\r\n[ \t]+/g, ' ').matchAll(/^DKIM-Signature:.*?;\s*b=([^;\r]+)/gim)];
  return (all[n]?.[1] ?? '').replace(/\s+/g, '').slice(0, 8);
};

/** The reader's Postfix box taking the list's hand-off from `relay`: OpenDKIM, policyd-spf, OpenDMARC rows. */
function boxDelivery(raw: string, relay: Relay, env: string, rows: string[], id: string): string {
  return onTop(
    raw,
    `Return-Path: <${env}>`,
    `Delivered-To: ${BOX_TO}`,
    `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid kR221x${id}vPWf0cQAAq2Xb7g\r\n\t(envelope-from <${env}>)\r\n\tfor <${BOX_TO}>; Fri, 20 Nov 2026 10:00:09 +0000`,
    `Authentication-Results: ${RECEIVER};\r\n\t${rows.join(';\r\n\t')}`,
    `Received: from ${relay.helo} (${relay.rdns} [${relay.ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Zr221Xk${id}z2vWc\r\n\tfor <${BOX_TO}>; Fri, 20 Nov 2026 10:00:08 +0000`,
  );
}
const boxSpf = (env: string, ip: string, r = 'pass') =>
  `spf=${r} (${RECEIVER}: domain of ${env} ${r === 'pass' ? 'designates' : 'does not designate'} ${ip} as permitted sender) smtp.mailfrom=${env}`;
const boxDkim = (d: string, b: string, r = 'pass') =>
  `dkim=${r} (${r === 'pass' ? '2048-bit key; unprotected key' : 'bad signature'}) header.d=${d} header.i=@${d} header.a=rsa-sha256 header.b=${b}`;
const boxDmarc = (from: string, p: string, r = 'pass') => `dmarc=${r} (p=${p} dis=none) header.from=${from}`;

/** The attacker's submission as the list host's MX writes it (Postfix). */
const fromVps = (by: string, id: string, rcpt: string) =>
  `Received: from ${VPS.helo} (${VPS.rdns} [${VPS.ip}])\r\n\tby ${by} (Postfix) with ESMTPS id ${id}\r\n\tfor <${rcpt}>; Fri, 20 Nov 2026 10:00:02 +0000 (UTC)`;

// ==== python.org: Mailman 3 on mail.python.org, signs d=python.org s=200901 ====
const PY: Relay = { helo: 'mail.python.org', rdns: 'mail.python.org', ip: '188.166.95.178' };
const PY_ENV = (rcpt: string) => `python-dev-bounces+${rcpt.replace('@', '=')}@python.org`;
const PY_ZONE: Record<string, unknown> = {
  ...ATTACKER_ZONE,
  ...ptr(PY.ip, PY.rdns),
  ...keyZone(['200901._domainkey.python.org']),
  'python.org': { TXT: ['v=spf1 mx a:mail.python.org ip4:188.166.95.178 -all'] },
  '_dmarc.python.org': { TXT: ['v=DMARC1; p=none'] },
};
const PY_LIST = (hash: string, mailFrom: string) => [
  `Message-ID-Hash: ${hash}`,
  `X-Message-ID-Hash: ${hash}`,
  `X-MailFrom: ${mailFrom}`,
  'X-Mailman-Rule-Hits: nonmember-moderation',
  'X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation',
  'X-Mailman-Version: 3.3.9',
  'Precedence: list',
  'List-Id: Python-Dev <python-dev.python.org>',
  `Archived-At: <https://mail.python.org/archives/list/python-dev@python.org/message/${hash}/>`,
  'List-Archive: <https://mail.python.org/archives/list/python-dev@python.org/>',
  'List-Help: <mailto:python-dev-request@python.org?subject=help>',
  'List-Owner: <mailto:python-dev-owner@python.org>',
  'List-Post: <mailto:python-dev@python.org>',
  'List-Subscribe: <mailto:python-dev-join@python.org>',
  'List-Unsubscribe: <mailto:python-dev-leave@python.org>',
];
const PY_FOOTER =
  '_______________________________________________\r\nPython-Dev mailing list -- python-dev@python.org\r\nTo unsubscribe send an email to python-dev-leave@python.org\r\nhttps://mail.python.org/mailman3/lists/python-dev.python.org/\r\n';
const PY_H = [
  'from',
  'to',
  'cc',
  'subject',
  'date',
  'list-id',
  'list-archive',
  'list-help',
  'list-post',
  'list-subscribe',
  'list-unsubscribe',
  'from',
];

/** A post to python-dev as mail.python.org hands it on: prefix, footer, list fields, its signature. */
async function viaPython(post: string, hash: string, rcpt: string): Promise<string> {
  let listed = post.replace(/^Subject: /m, 'Subject: [Python-Dev] ').replace(/\r\n$/, `\r\n${PY_FOOTER}`);
  listed = appendHeaders(listed, ...PY_LIST(hash, 'bounce@attacker.example'));
  const withTrace = onTop(
    listed,
    `Authentication-Results: mail.python.org;\r\n\tdkim=none;\r\n\tspf=pass (mail.python.org: domain of bounce@attacker.example designates ${VPS.ip} as permitted sender) smtp.mailfrom=bounce@attacker.example`,
    fromVps('mail.python.org', `4Zr221${hash.slice(0, 6)}`, 'python-dev@python.org'),
  );
  const signed = await signCorpus(withTrace, {
    domain: 'python.org',
    selector: '200901',
    canonicalization: 'relaxed/simple',
    headerList: PY_H,
  });
  return onTop(
    signed,
    `Received: from mail.python.org (localhost [127.0.0.1])\r\n\tby mail.python.org (Postfix) with ESMTP id 4Zr221Lo${hash.slice(0, 4)}\r\n\tfor <${rcpt}>; Fri, 20 Nov 2026 10:00:04 +0000 (UTC)`,
  );
}
const pyPost = (from: string, subject: string, body: string, n: string, extra: string[] = []) =>
  submitted({
    from,
    to: 'python-dev@python.org',
    subject,
    messageId: `<r221.${n}@python.org>`,
    body,
    extraHeaders: extra,
  });

// ==== apache.org: ezmlm, unsigned posts from mxout1-he-de.apache.org ====
const ASF_OUT: Relay = {
  helo: 'mxout1-he-de.apache.org',
  rdns: 'mxout1-he-de.apache.org',
  ip: '95.216.194.37',
};
const ASF_RELAY: Relay = {
  helo: 'mailrelay1-he-de.apache.org',
  rdns: 'mailrelay1-he-de.apache.org',
  ip: '116.203.21.61',
};
const ASF_ENV = (n: number, rcpt: string) => `dev-return-${n}-${rcpt.replace('@', '=')}@spark.apache.org`;
const ASF_ZONE: Record<string, unknown> = {
  ...ATTACKER_ZONE,
  ...ptr(ASF_OUT.ip, ASF_OUT.rdns),
  ...ptr(ASF_RELAY.ip, ASF_RELAY.rdns),
  ...keyZone(['mail._domainkey.apache.org']),
  'spark.apache.org': { TXT: ['v=spf1 ip4:95.216.194.37 ip4:207.244.88.153 -all'] },
  'apache.org': { TXT: ['v=spf1 ip4:95.216.194.37 ip4:116.203.21.61 ip4:207.244.88.153 ~all'] },
  '_dmarc.apache.org': { TXT: ['v=DMARC1; p=none'] },
};

/** A post to dev@spark.apache.org through ezmlm, as mxout1-he-de hands it on (nothing changed). */
function viaEzmlm(post: string, client: Relay, rcpt: string, n: number): string {
  const listed = onTop(
    post,
    `Received: (qmail ${n} invoked by uid 998); 20 Nov 2026 10:00:03 -0000`,
    'Mailing-List: contact dev-help@spark.apache.org; run by ezmlm',
    'Precedence: bulk',
    'list-help: <mailto:dev-help@spark.apache.org>',
    'list-unsubscribe: <mailto:dev-unsubscribe@spark.apache.org>',
    'List-Post: <mailto:dev@spark.apache.org>',
    'List-Id: <dev.spark.apache.org>',
    'Delivered-To: mailing list dev@spark.apache.org',
    `Received: (qmail ${n - 19} invoked by uid 116); 20 Nov 2026 10:00:03 -0000`,
    'Authentication-Results: apache.org; auth=none',
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${client.ip}; helo=${client.helo}; envelope-from=bounce@attacker.example; receiver=<UNKNOWN>`,
    `Received: from ${client.helo} (${client.rdns} [${client.ip}])\r\n\tby mx1-he-de.apache.org (ASF Mail Server at mx1-he-de.apache.org) with ESMTPS id 83B${n}\r\n\tfor <dev@spark.apache.org>; Fri, 20 Nov 2026 10:00:02 +0000 (UTC)`,
  );
  return onTop(
    listed,
    `Received: from mail.apache.org (mailroute1-lw-us.apache.org [207.244.88.153])\r\n\tby mxout1-he-de.apache.org (ASF Mail Server at mxout1-he-de.apache.org) with ESMTPS id 02D${n}\r\n\tfor <${rcpt}>; Fri, 20 Nov 2026 10:00:04 +0000 (UTC)`,
  );
}
const asfPost = (from: string, subject: string, body: string, n: string) =>
  submitted({ from, to: 'dev@spark.apache.org', subject, messageId: `<r221.${n}@apache.org>`, body });

// ==== lists.debian.org and FreeBSD (unsigned as modelled) ====
const LISZT: Relay = { helo: 'liszt.debian.org', rdns: 'liszt.debian.org', ip: '82.195.75.100' };
const DEB_ENV = (rcpt: string) => `bounce-debian-devel=${rcpt.replace('@', '=')}@lists.debian.org`;
const DEB_ZONE: Record<string, unknown> = {
  ...ATTACKER_ZONE,
  ...ptr(LISZT.ip, LISZT.rdns),
  'lists.debian.org': { TXT: ['v=spf1 ip4:82.195.75.100 ~all'] },
  '_dmarc.debian.org': { TXT: ['v=DMARC1; p=none'] },
};
const FBSD: Relay = { helo: 'mx2.freebsd.org', rdns: 'mx2.freebsd.org', ip: '96.47.72.81' };
const FBSD_ENV = 'owner-freebsd-hackers@freebsd.org';
const FBSD_ZONE: Record<string, unknown> = {
  ...ATTACKER_ZONE,
  ...ptr(FBSD.ip, FBSD.rdns),
  ...keyZone(['dkim._domainkey.freebsd.org']),
  'freebsd.org': { TXT: ['v=spf1 ip4:96.47.72.80/29 ~all'] },
  '_dmarc.freebsd.org': { TXT: ['v=DMARC1; p=none'] },
};

// ==== A university's Sympa, a firm's Mailman 2.1 (documentation names, their own servers) ====
const SYMPA: Relay = { helo: 'lists.univ.example', rdns: 'lists.univ.example', ip: '203.0.113.25' };
const SYMPA_ENV = 'all-staff-owner@lists.univ.example';
const SYMPA_ZONE: Record<string, unknown> = {
  ...ATTACKER_ZONE,
  ...ptr(SYMPA.ip, SYMPA.rdns),
  ...keyZone(['sympa._domainkey.lists.univ.example', 's2026._domainkey.univ.example']),
  'lists.univ.example': { TXT: ['v=spf1 ip4:203.0.113.25 -all'] },
  'univ.example': { TXT: ['v=spf1 ip4:203.0.113.0/28 -all'] },
  '_dmarc.univ.example': { TXT: ['v=DMARC1; p=quarantine'] },
};
const FIRM_LISTS: Relay = { helo: 'lists.firm.example', rdns: 'lists.firm.example', ip: '198.51.100.80' };
const FIRM_ENV = 'allstaff-bounces+robin=reader.example@lists.firm.example';
const FIRM_ZONE: Record<string, unknown> = {
  ...ATTACKER_ZONE,
  ...ptr(FIRM_LISTS.ip, FIRM_LISTS.rdns),
  'lists.firm.example': { TXT: ['v=spf1 ip4:198.51.100.80 -all'] },
  'firm.example': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  '_dmarc.firm.example': { TXT: ['v=DMARC1; p=reject'] },
};

// ==== vger (control, probe219's shape) ====
const LORE: Relay = { helo: 'tor.lore.kernel.org', rdns: 'tor.lore.kernel.org', ip: '172.105.105.114' };
const KERNEL_ZONE: Record<string, unknown> = {
  ...ATTACKER_ZONE,
  ...ptr(LORE.ip, LORE.rdns),
  'vger.kernel.org': {
    TXT: ['v=spf1 ip4:172.105.105.114 ip4:172.232.135.74 ip6:2600:3c0a:e001:db::/64 ~all'],
  },
  'kernel.org': { TXT: ['v=spf1 ip4:192.0.2.150 ~all'] },
  '_dmarc.kernel.org': { TXT: ['v=DMARC1; p=none'] },
  ...keyZone(['arc-20240116._domainkey.subspace.kernel.org']),
};

export async function makeAll(write: CaseWriter): Promise<void> {
  /** Gmail online (with `zone`) and offline; `offlineOnly` / `onlineOnly` to write one. */
  const gmail = (
    name: string,
    eml: string,
    zone: Record<string, unknown>,
    about: string,
    expect: CaseExpectation,
    o: { twin?: boolean; online?: boolean; offline?: boolean } = { online: true, offline: true },
  ) => {
    if (o.online !== false)
      emitCase(write, {
        name: `${P}gmail-${name}`,
        class: 'list-own-domain',
        about: `${about} Read in Gmail.`,
        args: GMAIL_ARGS,
        eml,
        zone,
        expect,
        twin: o.twin,
      });
    if (o.offline !== false)
      emitCase(write, {
        name: `${P}gmail-${name}-offline`,
        class: 'list-own-domain',
        about: `${about} Read in Gmail, offline.`,
        args: GMAIL_ARGS,
        eml,
        expect,
      });
  };
  const box = (
    name: string,
    eml: string,
    zone: Record<string, unknown>,
    about: string,
    expect: CaseExpectation,
    offline = true,
  ) => {
    emitCase(write, {
      name: `${P}box-${name}`,
      class: 'list-own-domain',
      about: `${about} Read on the reader's Postfix box.`,
      args: BOX_ARGS,
      eml,
      zone,
      expect,
    });
    if (offline)
      emitCase(write, {
        name: `${P}box-${name}-offline`,
        class: 'list-own-domain',
        about: `${about} Read on the reader's Postfix box, offline.`,
        args: BOX_ARGS,
        eml,
        expect,
      });
  };

  // ==== 1. python.org: the list signs d=python.org, so the forgery carries an aligned pass ====
  {
    const post = pyPost(
      'Python Security Response Team <security@python.org>',
      'Action required: rotate your PyPI API tokens before Nov 27',
      'Hello core developers,\r\n\r\nFollowing the incident disclosed today, every PyPI API token issued before\r\nNovember 2026 is revoked on November 27. Re-issue yours at\r\nhttps://pypi-tokens.attacker.example/rotate\r\n\r\n-- \r\nPython Security Response Team\r\n',
      'p1',
    );
    const g = await viaPython(post, 'R221PSRT7ZQ4KD2LM6XWHB3NCVJ5TEYA', GMAIL_TO);
    const env = PY_ENV(GMAIL_TO);
    gmail(
      'python-dev-security-at-python-org-list-signs',
      gmailDelivery(g, {
        relay: PY,
        envelope: env,
        spf: 'pass',
        ids: ['x221csp1pxa', 'a221si1qtb.1'],
        results: [
          gmailDkim('python.org', '200901'),
          gmailSpf(env, PY.ip),
          gmailDmarc('python.org', 'NONE'),
        ].join('\r\n       '),
      }),
      PY_ZONE,
      `Attack: the attacker posts to python-dev@python.org (accepted as a non-member's post: NOT confirmed) from his VM, unsigned, as "Python Security Response Team" <security@python.org>, a token-rotation phish. Mailman 3 on mail.python.org (python.org p=none: no From munging) adds its prefix, footer and List fields and signs d=python.org s=200901; its envelope python-dev-bounces+…@python.org passes SPF. DKIM, SPF and DMARC all pass aligned with python.org without a word from the PSF. Wanted: not authenticated.`,
      NOT_AUTH,
      { twin: true },
    );
    const b = await viaPython(post, 'R221PSRT7ZQ4KD2LM6XWHB3NCVJ5TEYB', BOX_TO);
    const benv = PY_ENV(BOX_TO);
    box(
      'python-dev-security-at-python-org-list-signs',
      boxDelivery(
        b,
        PY,
        benv,
        [boxDkim('python.org', b8(b)), boxSpf(benv, PY.ip), boxDmarc('python.org', 'none')],
        'py1',
      ),
      PY_ZONE,
      'Attack: as above (security@python.org through python-dev, signed by the list d=python.org).',
      NOT_AUTH,
    );
  }
  for (const [slug, from, subject, body] of [
    [
      'list-owner-address-as-from',
      'Python-Dev list owners <python-dev-owner@python.org>',
      'Your python-dev subscription will be suspended',
      'Hello,\r\n\r\nYour address bounced 5 list messages. Confirm your subscription within\r\n48 hours at https://mail-python.attacker.example/confirm or it is removed.\r\n',
    ],
    [
      'mailman-address-as-from',
      'Mailman <mailman@python.org>',
      'Moderation request: 1 held message awaits your approval',
      'A message to python-dev is held for your approval.\r\nReview it at https://mail-python.attacker.example/admindb\r\n',
    ],
  ] as const) {
    const post = pyPost(from, subject, body, slug.slice(0, 6));
    const g = await viaPython(post, `R221${slug.toUpperCase().replace(/-/g, '').slice(0, 28)}`, GMAIL_TO);
    const env = PY_ENV(GMAIL_TO);
    gmail(
      `python-dev-${slug}`,
      gmailDelivery(g, {
        relay: PY,
        envelope: env,
        spf: 'pass',
        ids: [`x221csp${slug.length}pxa`, `a221si${slug.length}qtb.2`],
        results: [
          gmailDkim('python.org', '200901'),
          gmailSpf(env, PY.ip),
          gmailDmarc('python.org', 'NONE'),
        ].join('\r\n       '),
      }),
      PY_ZONE,
      `Attack: a post to python-dev whose From is the list's own administrative address (${from}), an account-suspension or moderation lure; relayed and signed d=python.org by mail.python.org like any post. Wanted: not authenticated.`,
      NOT_AUTH,
    );
  }
  {
    // The author's own (copied) signature broken by the list, beside the list's own.
    const fake = pyPost(
      'Python Software Foundation <psf@python.org>',
      'PSF board election: confirm your voting eligibility',
      'Confirm your eligibility to vote in the PSF board election at\r\nhttps://psf-vote.attacker.example/\r\n',
      'p4',
    );
    // He pastes the DKIM-Signature of a genuine psf@python.org message (d=python.org s=200901) on
    // top of his own text: it fails its body hash, as the genuine author's does once the list adds
    // its footer.
    const genuine = await signCorpus(
      pyPost(
        'Python Software Foundation <psf@python.org>',
        'PSF board election: confirm your voting eligibility',
        'The election opens on Dec 1.\r\n',
        'p4',
      ),
      {
        domain: 'python.org',
        selector: '200901',
        canonicalization: 'relaxed/simple',
        headerList: ['from', 'to', 'subject', 'date', 'message-id', 'from'],
      },
    );
    const copied = onTop(fake, genuine.slice(0, genuine.indexOf('\r\nFrom: ')));
    const g = await viaPython(copied, 'R221PSFVOTE4KD2LM6XWHB3NCVJ5TEYA', GMAIL_TO);
    const env = PY_ENV(GMAIL_TO);
    gmail(
      'python-dev-psf-copied-signature-broken-list-signs',
      gmailDelivery(g, {
        relay: PY,
        envelope: env,
        spf: 'pass',
        ids: ['x221csp4pxa', 'a221si4qtb.4'],
        results: [
          'dkim=neutral (body hash did not verify) header.i=@python.org header.s=200901 header.b=Q29ycHVz;',
          gmailDkim('python.org', '200901'),
          gmailSpf(env, PY.ip),
          gmailDmarc('python.org', 'NONE'),
        ].join('\r\n       '),
      }),
      PY_ZONE,
      "Attack: a post to python-dev as psf@python.org carrying a genuine PSF message's DKIM-Signature copied on top (it fails its body hash, as a genuine author's does under the list's footer); the list signs d=python.org over it. Wanted: not authenticated.",
      NOT_AUTH,
    );
  }

  {
    // Genuine control: a PSF staffer's own post to python-dev from her python.org mailbox, her
    // submission signed d=python.org, the signature broken by the list's prefix and footer, the
    // list's own d=python.org signature on top. Its shape is the forgery's but for the broken field.
    const staff = await signCorpus(
      pyPost(
        'Deb Nicholson <deb@python.org>',
        'PSF grants: Q1 2027 call for proposals',
        'The Q1 2027 grants round opens on December 1; details on python.org/psf/grants.\r\n',
        'g2',
      ),
      {
        domain: 'python.org',
        selector: '200901',
        canonicalization: 'relaxed/simple',
        headerList: ['from', 'to', 'subject', 'date', 'message-id', 'from'],
      },
    );
    const g = await viaPython(staff, 'R221PSFGRANTSD2LM6XWHB3NCVJ5TEYA', GMAIL_TO);
    const env = PY_ENV(GMAIL_TO);
    gmail(
      'genuine-python-dev-psf-staff-post-own-signature-broken',
      gmailDelivery(g, {
        relay: PY,
        envelope: env,
        spf: 'pass',
        ids: ['x221csp14pxa', 'a221si14qtb.14'],
        results: [
          'dkim=neutral (body hash did not verify) header.i=@python.org header.s=200901 header.b=Q29ycHVz;',
          gmailDkim('python.org', '200901'),
          gmailSpf(env, PY.ip),
          gmailDmarc('python.org', 'NONE'),
        ].join('\r\n       '),
      }),
      PY_ZONE,
      "Genuine: a PSF staffer's announcement to python-dev from her python.org mailbox (signed d=python.org on submission; the list's prefix and footer break it) and the list's own d=python.org signature on top. Wanted: authenticated or unverified (unverified is the honest reading: it has the forgery's shape).",
      TRUSTED,
    );
  }

  // ==== 2. apache.org: ezmlm relays unsigned; its envelope aligns with any apache.org From ====
  {
    const post = asfPost(
      'ASF Infrastructure <infrastructure@apache.org>',
      'Mandatory: re-enrol your ASF LDAP account in the new SSO by Nov 27',
      'Hi committers,\r\n\r\nThe ASF is moving id.apache.org to a new single sign-on. Accounts not\r\nre-enrolled by November 27 lose commit access. Re-enrol at\r\nhttps://id-apache.attacker.example/enrol\r\n\r\n-- \r\nASF Infrastructure Team\r\n',
      'a1',
    );
    const g = viaEzmlm(post, VPS, GMAIL_TO, 48112);
    const env = ASF_ENV(48112, GMAIL_TO);
    gmail(
      'asf-ezmlm-infrastructure-at-apache-org-unsigned',
      gmailDelivery(g, {
        relay: ASF_OUT,
        envelope: env,
        spf: 'pass',
        ids: ['x221csp5pxa', 'a221si5qtb.5'],
        results: [gmailSpf(env, ASF_OUT.ip), gmailDmarc('apache.org', 'NONE')].join('\r\n       '),
      }),
      ASF_ZONE,
      'Attack: the attacker subscribes bounce@attacker.example to dev@spark.apache.org (ezmlm checks the envelope sender, not the From) and posts from his VM, unsigned, as "ASF Infrastructure" <infrastructure@apache.org>, an SSO phish. ezmlm changes nothing and mxout1-he-de.apache.org hands it on with its envelope dev-return-…@spark.apache.org: SPF passes and aligns (relaxed) with apache.org, so DMARC passes on SPF alone; no signature anywhere. Wanted: not authenticated.',
      NOT_AUTH,
      { twin: true },
    );
    const b = viaEzmlm(post, VPS, BOX_TO, 48113);
    const benv = ASF_ENV(48113, BOX_TO);
    box(
      'asf-ezmlm-infrastructure-at-apache-org-unsigned',
      boxDelivery(
        b,
        ASF_OUT,
        benv,
        ['dkim=none', boxSpf(benv, ASF_OUT.ip), boxDmarc('apache.org', 'none')],
        'asf1',
      ),
      ASF_ZONE,
      'Attack: as above (infrastructure@apache.org through dev@spark.apache.org, unsigned).',
      NOT_AUTH,
    );
    // The same forgery if mxout signed list posts d=apache.org s=mail (NOT confirmed for posts).
    const signed = await signCorpus(viaEzmlm(post, VPS, GMAIL_TO, 48114), {
      domain: 'apache.org',
      selector: 'mail',
      headerList: ['from', 'date', 'subject', 'to', 'from'],
    });
    const senv = ASF_ENV(48114, GMAIL_TO);
    gmail(
      'asf-ezmlm-infrastructure-at-apache-org-list-signs',
      gmailDelivery(signed, {
        relay: ASF_OUT,
        envelope: senv,
        spf: 'pass',
        ids: ['x221csp6pxa', 'a221si6qtb.6'],
        results: [
          gmailDkim('apache.org', 'mail'),
          gmailSpf(senv, ASF_OUT.ip),
          gmailDmarc('apache.org', 'NONE'),
        ].join('\r\n       '),
      }),
      ASF_ZONE,
      "Attack: as above, where the ASF's outbound signs the list's post d=apache.org s=mail (h=From:Date:Subject:To:From, as its relay signs committers' mail; that it signs ezmlm posts is NOT confirmed): an aligned DKIM pass made by the ASF for the attacker's text. Wanted: not authenticated.",
      NOT_AUTH,
    );
    const owner = viaEzmlm(
      asfPost(
        'dev-owner@spark.apache.org',
        'dev@spark.apache.org: your subscription is suspended (bounces)',
        'Messages to you from the dev mailing list have been bouncing.\r\nConfirm your address at https://lists-apache.attacker.example/confirm\r\n',
        'a2',
      ),
      VPS,
      GMAIL_TO,
      48115,
    );
    const oenv = ASF_ENV(48115, GMAIL_TO);
    gmail(
      'asf-ezmlm-list-owner-address-as-from-unsigned',
      gmailDelivery(owner, {
        relay: ASF_OUT,
        envelope: oenv,
        spf: 'pass',
        ids: ['x221csp7pxa', 'a221si7qtb.7'],
        results: [gmailSpf(oenv, ASF_OUT.ip), gmailDmarc('spark.apache.org', 'NONE')].join('\r\n       '),
      }),
      ASF_ZONE,
      "Attack: a post to dev@spark.apache.org whose From is the list's own owner address (dev-owner@spark.apache.org), ezmlm's bounce-warning wording with his link; relayed unsigned, SPF for ezmlm's envelope under spark.apache.org, DMARC pass. Wanted: not authenticated.",
      NOT_AUTH,
      { online: true, offline: false },
    );
  }
  {
    // Genuine control: a committer's post through the ASF relay (signed d=apache.org s=mail), unchanged by ezmlm.
    const raw0 = asfPost(
      'Wen Li <wenli@apache.org>',
      '[VOTE] Release Apache Spark 4.1.2 (RC1)',
      'Please vote on releasing the following candidate as Apache Spark 4.1.2.\r\n\r\n[ ] +1 Release\r\n[ ] -1 Do not release\r\n',
      'g1',
    );
    const signedPost = await signCorpus(
      onTop(
        raw0,
        'Authentication-Results: apache.org; auth=none',
        `Received: from [192.0.2.77] (unknown [192.0.2.77])\r\n\tby ${ASF_RELAY.helo} (ASF Mail Server at ${ASF_RELAY.helo}) with ESMTPSA id 0A2EE42698;\r\n\tFri, 20 Nov 2026 10:00:00 +0000 (UTC)`,
      ),
      { domain: 'apache.org', selector: 'mail', headerList: ['to', 'cc', 'from', 'subject', 'date', 'from'] },
    );
    const g = viaEzmlm(signedPost, ASF_RELAY, GMAIL_TO, 48116).replace(
      /envelope-from=bounce@attacker\.example/,
      'envelope-from=wenli@apache.org',
    );
    const env = ASF_ENV(48116, GMAIL_TO);
    gmail(
      'genuine-asf-committer-signed-post-via-ezmlm',
      gmailDelivery(g, {
        relay: ASF_OUT,
        envelope: env,
        spf: 'pass',
        ids: ['x221csp8pxa', 'a221si8qtb.8'],
        results: [
          gmailDkim('apache.org', 'mail'),
          gmailSpf(env, ASF_OUT.ip),
          gmailDmarc('apache.org', 'NONE'),
        ].join('\r\n       '),
      }),
      ASF_ZONE,
      "Genuine: a committer's release vote submitted through mailrelay1-he-de.apache.org (ESMTPSA, signed d=apache.org s=mail over To:Cc:From:Subject:Date:From, as id 57634473880 shows), unchanged by ezmlm, delivered by mxout1-he-de. Wanted: authenticated or unverified.",
      TRUSTED,
    );
  }

  // ==== 2b. The same two forgeries in Outlook (Exchange Online) and Yahoo, online ====
  {
    const py = await viaPython(
      pyPost(
        'Python Security Response Team <security@python.org>',
        'Action required: rotate your PyPI API tokens before Nov 27',
        'Re-issue your PyPI API tokens at https://pypi-tokens.attacker.example/rotate\r\n',
        'p5',
      ),
      'R221PSRTOUTLOOKD2LM6XWHB3NCVJ5TE',
      'robin@reader.example',
    );
    const env = PY_ENV('robin@reader.example');
    emitCase(write, {
      name: `${P}outlook-python-dev-security-at-python-org-list-signs`,
      class: 'list-own-domain',
      about:
        'Attack: security@python.org through python-dev, signed by the list d=python.org (section 1). EOP: spf=pass for the list envelope, dkim=pass header.d=python.org, dmarc=pass, compauth=pass. Read in Outlook. Wanted: not authenticated.',
      args: OUTLOOK,
      eml: eopDelivery(py, {
        ...eopPass(
          PY,
          'python.org',
          'dkim=pass (signature was verified)\r\n header.d=python.org',
          'python.org',
        ),
        returnPath: `<${env}>`,
      }),
      zone: PY_ZONE,
      expect: NOT_AUTH,
    });
    const yenv = PY_ENV('robin.reader@yahoo.com');
    const ypy = await viaPython(
      pyPost(
        'Python Security Response Team <security@python.org>',
        'Action required: rotate your PyPI API tokens before Nov 27',
        'Re-issue your PyPI API tokens at https://pypi-tokens.attacker.example/rotate\r\n',
        'p6',
      ),
      'R221PSRTYAHOOKD2LM6XWHB3NCVJ5TEY',
      'robin.reader@yahoo.com',
    );
    emitCase(write, {
      name: `${P}yahoo-python-dev-security-at-python-org-list-signs`,
      class: 'list-own-domain',
      about:
        'Attack: security@python.org through python-dev, signed by the list d=python.org (section 1). Yahoo: dkim=pass python.org, spf=pass python.org, dmarc=pass. Read in Yahoo Mail. Wanted: not authenticated.',
      args: ['--webmail', 'yahoo'],
      eml: yahooDelivery(ypy, {
        relay: PY,
        envelope: yenv,
        results: yahooResults(
          [['python.org', '200901']],
          'python.org',
          'dmarc=pass(p=NONE) header.from=python.org;',
        ),
      }),
      zone: PY_ZONE,
      expect: NOT_AUTH,
    });
    const asf = viaEzmlm(
      asfPost(
        'ASF Infrastructure <infrastructure@apache.org>',
        'Mandatory: re-enrol your ASF LDAP account in the new SSO by Nov 27',
        'Re-enrol at https://id-apache.attacker.example/enrol\r\n',
        'a5',
      ),
      VPS,
      'robin@reader.example',
      48117,
    );
    const aenv = ASF_ENV(48117, 'robin@reader.example');
    emitCase(write, {
      name: `${P}outlook-asf-ezmlm-infrastructure-at-apache-org-unsigned`,
      class: 'list-own-domain',
      about:
        "Attack: infrastructure@apache.org through dev@spark.apache.org, unsigned (section 2). EOP: spf=pass for ezmlm's envelope under spark.apache.org, dkim=none, dmarc=pass, compauth=pass. Read in Outlook. Wanted: not authenticated.",
      args: OUTLOOK,
      eml: eopDelivery(asf, {
        ...eopPass(
          ASF_OUT,
          'spark.apache.org',
          'dkim=none (message not signed)\r\n header.d=none',
          'apache.org',
        ),
        returnPath: `<${aenv}>`,
      }),
      zone: ASF_ZONE,
      expect: NOT_AUTH,
      twin: true,
    });
  }

  // ==== 3. lists.debian.org and FreeBSD: unsigned list posts as the project's own addresses ====
  {
    const post = submitted({
      from: 'Debian Security Team <security@debian.org>',
      to: 'debian-devel@lists.debian.org',
      subject: 'Compromised signing keys: re-upload your OpenPGP key by Nov 27',
      messageId: '<r221.d1@debian.org>',
      body: 'All uploading DDs must re-register their keys at https://keyring-debian.attacker.example/\r\n',
      extraHeaders: [],
    });
    const env = DEB_ENV(GMAIL_TO);
    const listed = onTop(
      appendHeaders(
        post,
        'X-Mailing-List: <debian-devel@lists.debian.org> archive/latest/262144',
        'X-Loop: debian-devel@lists.debian.org',
        'List-Id: <debian-devel.lists.debian.org>',
        'List-Post: <mailto:debian-devel@lists.debian.org>',
        'Precedence: list',
        'Resent-Sender: debian-devel-request@lists.debian.org',
      ),
      `Received: from localhost (localhost [127.0.0.1])\r\n\tby liszt.debian.org (Postfix) with QMQP\r\n\tid 5586F2D0D24; Fri, 20 Nov 2026 10:00:04 +0000 (UTC)`,
      fromVps('bendel.debian.org', '4Zr221DeB', 'debian-devel@lists.debian.org'),
    );
    gmail(
      'debian-devel-security-at-debian-org-unsigned',
      gmailDelivery(listed, {
        relay: LISZT,
        envelope: env,
        spf: 'pass',
        ids: ['x221csp9pxa', 'a221si9qtb.9'],
        results: [gmailSpf(env, LISZT.ip), gmailDmarc('debian.org', 'NONE')].join('\r\n       '),
      }),
      DEB_ZONE,
      "Attack: an unsigned post to debian-devel (open to non-subscribers) as security@debian.org; lists.debian.org hands it on with its envelope bounce-debian-devel=…@lists.debian.org, which aligns relaxed with debian.org (debian.org's DMARC record modelled p=none: NOT confirmed). Wanted: not authenticated.",
      NOT_AUTH,
    );
  }
  {
    const post = submitted({
      from: 'FreeBSD Security Officer <security-officer@freebsd.org>',
      to: 'freebsd-hackers@freebsd.org',
      subject: 'FreeBSD-SA-26:19.openssh: install the out-of-band patch',
      messageId: '<r221.f1@freebsd.org>',
      body: 'Fetch and apply https://security-freebsd.attacker.example/SA-26-19.patch now.\r\n',
    });
    const listed = onTop(
      appendHeaders(
        post,
        'List-Id: Technical discussions relating to FreeBSD <freebsd-hackers.freebsd.org>',
        'List-Post: <mailto:freebsd-hackers@freebsd.org>',
        'Sender: owner-freebsd-hackers@FreeBSD.org',
        'Precedence: list',
      ),
      fromVps('mx1.freebsd.org', '4Zr221FbSd', 'freebsd-hackers@freebsd.org'),
    );
    gmail(
      'freebsd-hackers-security-officer-unsigned',
      gmailDelivery(listed, {
        relay: FBSD,
        envelope: FBSD_ENV,
        spf: 'pass',
        ids: ['x221csp10pxa', 'a221si10qtb.10'],
        results: [gmailSpf(FBSD_ENV, FBSD.ip), gmailDmarc('freebsd.org', 'NONE')].join('\r\n       '),
      }),
      FBSD_ZONE,
      "Attack: an unsigned post to freebsd-hackers as security-officer@freebsd.org with a patch link; the list hands it on from mx2.freebsd.org with envelope owner-freebsd-hackers@freebsd.org (aligned; freebsd.org p=none). Whether FreeBSD's list server signs posts is NOT confirmed (modelled unsigned). Wanted: not authenticated.",
      NOT_AUTH,
    );
  }

  // ==== 4. A university's Sympa (signing d=lists.univ.example, or not) and a firm's Mailman 2.1 ====
  for (const signs of [true, false]) {
    const post = submitted({
      from: 'IT Helpdesk <it-helpdesk@univ.example>',
      to: 'all-staff@lists.univ.example',
      subject: 'Mailbox quota: verify your account to keep receiving mail',
      messageId: `<r221.s${signs ? 1 : 0}@univ.example>`,
      body: 'Your university mailbox is over quota. Verify at https://univ-sso.attacker.example/verify\r\n',
    });
    let listed = onTop(
      appendHeaders(
        post,
        'List-Id: <all-staff.lists.univ.example>',
        'List-Post: <mailto:all-staff@lists.univ.example>',
        'List-Owner: <mailto:all-staff-request@lists.univ.example>',
        'List-Unsubscribe: <mailto:sympa@lists.univ.example?subject=unsubscribe%20all-staff>',
        'Precedence: list',
        'X-Loop: all-staff@lists.univ.example',
        'X-Sequence: 2211',
      ),
      fromVps('lists.univ.example', `4Zr221Sy${signs ? 1 : 0}`, 'all-staff@lists.univ.example'),
    );
    if (signs)
      listed = await signCorpus(listed, {
        domain: 'lists.univ.example',
        selector: 'sympa',
        headerList: ['from', 'to', 'subject', 'date', 'message-id', 'list-id'],
      });
    const name = `sympa-it-helpdesk-at-univ-${signs ? 'list-signs-lists-subdomain' : 'unsigned'}`;
    gmail(
      name,
      gmailDelivery(listed, {
        relay: SYMPA,
        envelope: SYMPA_ENV,
        spf: 'pass',
        ids: [`x221csp1${signs ? 1 : 2}pxa`, `a221si1${signs ? 1 : 2}qtb.11`],
        results: [
          ...(signs ? [gmailDkim('lists.univ.example', 'sympa')] : []),
          gmailSpf(SYMPA_ENV, SYMPA.ip),
          gmailDmarc('univ.example', 'QUARANTINE'),
        ].join('\r\n       '),
      }),
      SYMPA_ZONE,
      `Attack: the attacker, a subscriber of all-staff@lists.univ.example (or the list is open to outsiders), posts from his VM as "IT Helpdesk" <it-helpdesk@univ.example> (p=quarantine). The university's own Sympa hands it on with its envelope all-staff-owner@lists.univ.example (aligned relaxed with univ.example)${signs ? ' and signs d=lists.univ.example s=sympa (aligned relaxed)' : ', unsigned'}. Wanted: not authenticated.`,
      NOT_AUTH,
      { online: true, offline: signs },
    );
  }
  {
    const post = submitted({
      from: 'Payroll <payroll@firm.example>',
      to: 'allstaff@lists.firm.example',
      subject: '[Allstaff] December payslips: confirm your bank details',
      messageId: '<r221.m1@firm.example>',
      body: `Confirm your bank details for the December run at https://firm-payroll.attacker.example/\r\n${mailmanFooter('allstaff', 'lists.firm.example', 'Allstaff')}`,
    });
    const listed = onTop(
      appendHeaders(post, ...mailmanHeaders('allstaff', 'lists.firm.example', 'Allstaff')),
      fromVps('lists.firm.example', '4Zr221Mm', 'allstaff@lists.firm.example'),
    );
    box(
      'firm-mailman-payroll-at-firm-unsigned',
      boxDelivery(
        listed,
        FIRM_LISTS,
        FIRM_ENV,
        ['dkim=none', boxSpf(FIRM_ENV, FIRM_LISTS.ip), boxDmarc('firm.example', 'reject')],
        'fm1',
      ),
      FIRM_ZONE,
      "Attack: the firm's own Mailman 2.1 (lists.firm.example) accepts a post to allstaff from outside (or from a subscriber the attacker controls) as Payroll <payroll@firm.example> (p=reject; the firm's people send from Microsoft 365). Mailman's envelope allstaff-bounces+…@lists.firm.example aligns relaxed with firm.example: SPF pass, DMARC pass, no signature. Wanted: not authenticated.",
      NOT_AUTH,
    );
  }

  // ==== 5. vger, the control (probe219's shape; suspicious since round 219) ====
  {
    const post = submitted({
      from: 'kernel.org helpdesk <helpdesk@kernel.org>',
      to: 'linux-kernel@vger.kernel.org',
      subject: 'kernel.org accounts: 2FA re-enrolment required by Nov 27',
      messageId: '<r221.k1@kernel.org>',
      body: 'Re-enrol at https://accounts-kernel.attacker.example/2fa\r\n',
    });
    const listed = appendHeaders(
      post,
      'Precedence: bulk',
      'X-Mailing-List: linux-kernel@vger.kernel.org',
      'List-Id: <linux-kernel.vger.kernel.org>',
      'List-Subscribe: <mailto:linux-kernel+subscribe@vger.kernel.org>',
      'List-Unsubscribe: <mailto:linux-kernel+unsubscribe@vger.kernel.org>',
    );
    const sealed = await sealAs(listed, {
      domain: 'subspace.kernel.org',
      selector: 'arc-20240116',
      cv: 'none',
      authResults: `smtp.subspace.kernel.org; dkim=none; spf=pass smtp.mailfrom=attacker.example; dmarc=fail (p=none dis=none) header.from=kernel.org; arc=none smtp.client-ip=${VPS.ip}`,
    });
    const raw = onTop(
      sealed,
      `Received: from smtp.subspace.kernel.org (conduit.subspace.kernel.org [100.90.174.1])\r\n\tby ${LORE.helo} (Postfix) with ESMTP id 998E9306K1\r\n\tfor <${GMAIL_TO}>; Fri, 20 Nov 2026 10:00:07 +0000 (UTC)`,
      `Received: from ${VPS.helo} (${VPS.rdns} [${VPS.ip}])\r\n\tby smtp.subspace.kernel.org (Postfix) with ESMTPS id A38K1;\r\n\tFri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
    );
    const env = `linux-kernel+bounces-70221-${GMAIL_TO.replace('@', '=')}@vger.kernel.org`;
    gmail(
      'control-vger-helpdesk-at-kernel-org-unsigned',
      gmailDelivery(raw, {
        relay: LORE,
        envelope: env,
        spf: 'pass',
        ids: ['x221csp13pxa', 'a221si13qtb.13'],
        results: [
          'arc=pass (i=1 spf=pass spfdomain=attacker.example dmarc=fail fromdomain=kernel.org);',
          gmailSpf(env, LORE.ip),
          gmailDmarc('kernel.org', 'NONE'),
        ].join('\r\n       '),
      }),
      KERNEL_ZONE,
      "Control: round 219's unsigned post to linux-kernel@vger as helpdesk@kernel.org (vger's envelope aligned, subspace's seal recording dmarc=fail). Wanted: not authenticated.",
      NOT_AUTH,
    );
  }
}

// ---- Pending ----
// Lead, 2026-12-07: all 30 fixed the same evening. A list's post handed on by the list's own server
// under its own bounce envelope (`<list>-bounces+…@`, `<list>-return-…@`, `owner-<list>@`,
// `bounce-<list>=…@`…) whose host is the envelope's organisation is `Origin.listRelay`
// (lib/findings/list-evidence.ts listBounceEnvelope; only where a server below the hand-off, at a
// public address, handed the post in: the list's own digests and notices stay its word, as do a From
// rewritten to the list and an announce-only list). Its SPF pass is then a list's shared pass
// (lib/findings/auth-state.ts sharedSpfPass, summary "Only the envelope of the mailing list …"), and
// a passing signature the list's host made is the list's (`DkimCheck.listSigned`: its h= covers a
// field the list wrote, or it sits above the oldest Received line whose `by` is the list's
// organisation), so it vouches for no author. The author's own signature, passing or verifying once
// the list's changes are undone (now also tried on such posts), keeps authenticated. The diagnosis
// above is kept as written.
// A. A list post relayed by the From organisation's own list server, its only aligned passes the
// list's own (forgeries read AUTHENTICATED online and offline, in Gmail, Outlook, Yahoo and on the
// box). Two shapes, one root:
// A1 (the list signs: the harder case) r221-gmail-python-dev-security-at-python-org-list-signs
// (+ -no-options, -offline), r221-box-python-dev-security-at-python-org-list-signs (+ -offline),
// r221-outlook-…, r221-yahoo-python-dev-security-at-python-org-list-signs,
// r221-gmail-python-dev-list-owner-address-as-from (+ -offline), r221-gmail-python-dev-mailman-
// address-as-from (+ -offline), r221-gmail-python-dev-psf-copied-signature-broken-list-signs
// (+ -offline), r221-gmail-asf-ezmlm-infrastructure-at-apache-org-list-signs (+ -offline),
// r221-gmail-sympa-it-helpdesk-at-univ-list-signs-lists-subdomain (+ -offline).
// Read now: authenticated (verdict row dmarc-pass); findings only dmarc-policy-none and
// hosted-server-relay LOW (python.org, apache.org: listServerOwner takes mail.python.org /
// mxout1-he-de as the LIST_HOSTS host's own server, which is true and beside the point), dkim-fail
// for the copied PSF field. Our DMARC pass: passedBy [spf, dkim], alignedDomains {spf: python.org,
// dkim: python.org}; the one passing signature is the list's (d=python.org s=200901, h= with List-Id,
// List-Archive…, the field above the list's own Received/Authentication-Results lines).
// A2 (unsigned list, SPF only) r221-gmail-asf-ezmlm-infrastructure-at-apache-org-unsigned
// (+ -no-options), r221-box-asf-ezmlm-infrastructure-at-apache-org-unsigned, r221-outlook-asf-ezmlm-
// infrastructure-at-apache-org-unsigned (+ -no-options), r221-gmail-asf-ezmlm-list-owner-address-as-
// from-unsigned, r221-gmail-debian-devel-security-at-debian-org-unsigned (+ -offline),
// r221-gmail-freebsd-hackers-security-officer-unsigned (+ -offline), r221-gmail-sympa-it-helpdesk-
// at-univ-unsigned, r221-box-firm-mailman-payroll-at-firm-unsigned (+ -offline).
// Read now: authenticated, dmarc passedBy [spf] only (alignedDomains.spf spark.apache.org /
// lists.debian.org / freebsd.org / lists.univ.example / lists.firm.example), no DKIM at all; no
// finding for Debian, FreeBSD, Sympa, the firm (not cloud hosts). (The ASF offline cases read
// suspicious already: offlineListServer finds no provider DKIM pass for apache.org and
// unsignedListServer no author signature, so hosted-server-relay stays medium.)
// Should read: unverified at best ("someone posted to <organisation>'s list"), as round 219 made
// vger read: the list hands every accepted post on under its own envelope (and, where it signs, its
// own signature), so the pass proves the list relayed it, not that the organisation wrote it.
// At fault: lib/findings/verdict.ts, the row `if (st.result === 'pass' && serious.length === 0 &&
// !sharedSpfOnly(ctx, findings)) return decide('dmarc-pass')`: lib/findings/auth-state.ts
// sharedSpfPass knows a list envelope only through SHARED_PLATFORMS' fixed regex for
// vger.kernel.org, and sharedSpfPlatform returns null as soon as any aligned DKIM pass exists
// (`a.dkim.some((d) => d.result === 'pass' && d.aligned && !hostSigned(d.domain))`), so the list's
// own signature (A1) counts as the author's. Offline the same through providerAlignedSpfPass /
// the provider's dkim rows. Nothing asks whether the aligned pass was made by the list's hand-off.
// Smallest fix: a predicate ownListRelay(ctx) in lib/findings/ (beside listServerOwner): the
// message is a list post (listEvidence) whose listHost is the From's organisation (sameOwner), the
// From is not the list's posting address (Mailman/Sympa "via" rewrites, Google Groups and groups.io
// munging keep reading as now), and every aligned pass is the list's: the aligned SPF domain is the
// list envelope's (its domain under the list host, or its local part the list's bounce form:
// `<list>-bounces`, `<list>-return-`, `bounce-<list>=`, `owner-<list>`, `<list>-owner`,
// `<list>+bounces-`), and every aligned passing signature was made after the list's fields were
// added (its h= names List-Id / List-Post / List-Archive, or its field sits above the list's first
// field). When it holds, decide as for a shared platform's SPF (unverified, with a finding naming
// the list), and drop 'kernel.org lists' from SHARED_PLATFORMS (it becomes one instance). An aligned
// author signature that survives below the list's fields (the ASF committer's d=apache.org s=mail
// here, vger's maintainers' k20201202) keeps authenticated.
// Could hurt (legit corpus, From under the list's organisation, not the list's address, list
// software fields; 20 cases found by a scan of test/fixtures/legit): realworld56.ts
// rw56-roundcube-sympa-same-university-spf-aligned-online expects AUTHENTICATED for a genuine staff
// post aligned only by the university Sympa's envelope: it is this forgery's exact twin and would
// read unverified (its expectation must widen, by choice); realworld26.ts rw26-mailman2-mime-digest-
// control (From devel-request@, the list's own digest, list-signed) and realworld47.ts
// rw47-listserv-dmarc-request-behind-cisco-esa (LISTSERV's own `-dmarc-request@` From) expect
// authenticated: mail the list server writes itself. To keep them, require a poster handed the
// message in from outside: the list host's own entry line (the Received just below the list's
// fields, `by` under the list host) names a client outside the organisation (here the attacker's
// VM); that also separates the admin-address forgeries (python-dev-owner@, mailman@, dev-owner@)
// from genuine digests and notices. Unaffected: w194/w206 ASF committer posts (their own
// d=apache.org signature below ezmlm's fields), realworld154's university lists (already
// unverified), vger's signed maintainers; the munged "X via List <list@host>" posts (From is the
// list's address) if the exclusion above is kept.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
