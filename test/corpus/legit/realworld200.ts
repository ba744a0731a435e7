// Real-world delivery shapes, two-hundredth round (against 2fff76d7): genuine mail whose shapes the
// lead's changes of this afternoon could misread, online (a zone) and offline (no zone), in Gmail,
// Outlook, Yahoo and on a Postfix/Dovecot box (`--authserv-id`):
// - b573131c (lib/auth/dkim.ts toDkimChecks / hashedLine / lineTag: each mailauth result takes the
//   DKIM-Signature line its canonicalized header ends with; tags read after the colon, last of
//   repeated): DKIM-Signature fields as real signers write them, byte for byte, signed here by
//   hand (signField below) since mailauth's signer writes one tag order only: Mailgun's `a=` first
//   with `q=dns/txt; ` and a spaced h=; Yandex 360's bh= before h=; Zoho's q= before c=, s= before
//   d=, i=, an oversigned h= naming Message-ID and Message-Id; OpenDKIM's simple/simple with its
//   `\t `-folded b=; Exchange Online's h= with X-MS-Exchange-SenderADCheck; Cisco Secure Email's
//   i=@domain and x=. Several signatures on one message (the customer's and the ESP's).
// - b573131c (arc-record.ts spfIdentity: an empty envelope's SPF pass is judged by its HELO) and
//   211a16fc (spfAtEntry, Cisco Secure Email known by AS16417): bounces and auto-replies with
//   MAIL FROM:<> (an Exchange Online NDR, a firm's out-of-office) read directly and after a Microsoft
//   365 tenant behind Cisco Secure Email, or a Workspace tenant, forwarded them (ARC).
// - 211a16fc (hosted-server.ts listServerOwner, verdict.ts listOwnServer; python.org a list host):
//   groups.io and mail.python.org posts with no signature of the author's.
// - b573131c (reply-to.ts nameSpellings): Entra B2B invitations "on behalf of" firms whose names
//   carry legal forms and letters a domain writes otherwise (Sørensen & Søn ApS, Müller & Söhne GmbH &
//   Co. KG, Crédit Maritime Coopératif S.A.); the Danish "og" for "&" in a domain is modelled.
// - Gmail's own field: `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=gmail.com;
//   s=20230601; t=…; x=…; darn=vger.kernel.org;\n        h=to:subject:message-id:date:from:mime-version:
//   from:to:cc:subject\n         :date:message-id:reply-to;\n        bh=…;\n        b=…` under `Received: by
//   mail-il1-f174.google.com with SMTP id …` (find_string "d=gmail.com; s=20230601; t=", ids
//   47443933469, 37548858044, 69560370479). Outlook.com's consumer host (olkn, 40.92.18.40) and its
//   d=outlook.com s=selector1 field are recalled, NOT confirmed.
// Where the layouts were learnt (find_string unless said; file ids are the index's):
// - Mailgun: `DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=mg.codeaurora.org;\n q=dns/txt; \n
//   s=smtp; t=…; h=Message-ID: References: In-Reply-To: Subject:\n Cc: To: From: Date: Content-
//   Transfer-Encoding: Content-Type:\n MIME-Version: Sender; bh=…;\n b=…` with b= folded in 76-character
//   runs after one space, from `so254-9.mailgun.net [198.61.254.9]` (ids 27132196085, 16532793260,
//   "DKIM-Signature: a=rsa-sha256; v=1; c=relaxed"). The From at the parent domain (relaxed
//   alignment with d=mg.…) and Mailgun's `Sender: user=domain@mg.…` are recalled from those posts,
//   not re-read.
// - Yandex: `Received: from mail-nwsmtp-smtp-production-main-36.iva.yp-c.yandex.net (… [IPv6:2a02:6b8:
//   c0c:2a06:0:640:53c4:0]) by forward100c.mail.yandex.net (Yandex) with ESMTP id …`, `Received: by
//   mail-nwsmtp-… (smtp/Yandex) with ESMTPSA id …`, `X-Yandex-Fwd: 1`, then `DKIM-Signature: v=1;
//   a=rsa-sha256; c=relaxed/relaxed; d=yandex.ru; s=mail; t=…;\n        bh=…;\n        h=Message-ID:
//   Date:Cc:Subject:To:From;\n        b=…` (b= folded after nine spaces), then `Authentication-Results:
//   mail-nwsmtp-…; dkim=pass header.i=@yandex.ru` (id 7274386617; also ids 13475802642, 7018302913).
//   The entry `forward100c.mail.yandex.net [IPv6:2a02:6b8:c03:500:1:45:d181:d100]`: the same copy.
//   Yandex 360 signing a customer's domain with s=mail like its own is NOT confirmed (modelled).
// - Zoho: `Received: from sender4-op-o12.zoho.com (sender4-op-o12.zoho.com [136.143.188.12])`, Zoho's
//   `ARC-Seal: i=1; … d=zohomail.com; s=zohoarc;` with `ARC-Authentication-Results: i=1;
//   mx.zohomail.com;\n\tdkim=pass  header.i=…;\n\tspf=pass  smtp.mailfrom=…;\n\tdmarc=pass header.from=<…>`,
//   and the customer's `DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/relaxed; t=…;\n\ts=zmail2;
//   d=icenowy.me; i=uwu@icenowy.me;\n\th=Message-ID:Subject:Subject:From:From:To:To:Cc:Cc:Date:Date:
//   In-Reply-To:References:Content-Type:Content-Transfer-Encoding:MIME-Version:Message-Id:Reply-To;\n\tbh=…;
//   \n\tb=…` (64-character runs after a tab) above `Received: by mx.zohomail.com with SMTPS id …` (id
//   65748386999, "a=rsa-sha256; t=17"; also id 253835534).
// - OpenDKIM: `DKIM-Filter: OpenDKIM Filter v2.11.0 alsa0.perex.cz 982B21670` over `DKIM-Signature:
//   v=1; a=rsa-sha256; c=relaxed/simple; d=alsa-project.org;\n\ts=default; t=…;\n\tbh=…;\n\th=From:To:
//   Subject:…:From;\n\tb=…\n\t …` (search code "DKIM-Signature … yandex.ru", hit 4: linux-mailinglist-
//   archives/alsa-devel.alsa-project.org.0). OpenDKIM's default c=simple/simple is its documented
//   Canonicalization default (recalled).
// - Cisco Secure Email: `esa3.fenmore.iphmx.com [216.71.153.146]` (AS16417) and `X-IronPort-AV`, as
//   realworld198.ts learnt them (ids 31269972964, 4810914455). Its outbound DKIM field (`i=@domain;
//   q=dns/txt; s=iport; t=…; x=…`) is recalled from IronPort's signing profiles, NOT confirmed.
// - Exchange Online: outbound EUR02-DB5-obe / 40.107.21.95 and NAM11-CO1-obe / 40.107.220.121, the
//   tenant's i=1 record and SRS envelope (realworld192.ts, realworld193.ts); its field's h= with
//   X-MS-Exchange-SenderADCheck is recalled, NOT confirmed here; the NDR From `Microsoft Outlook
//   <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@…>` sent to outside addresses: find_string
//   "Microsoft Outlook <MicrosoftExchange329e71ec88ae" (ids 28274113430, 71062447454, 68719072862). Gmail's `smtp.helo=` for an empty
//   envelope (RFC 7208 §2.4) is recalled; Exchange Online keeping the empty envelope on an inbox
//   rule's forward of a bounce is NOT confirmed (modelled).
// - groups.io and mail.python.org (Mailman 3): realworld199.ts (ids 5007062370, 14351998041,
//   6250865890). Entra B2B invitations: realworld193.ts (id 639499409).
// - Gmail, Outlook (EOP), Yahoo and the Postfix box: receivers.ts, realworld199.ts's box layout.
// Names and addresses are documentation ones except the providers' own hosts and ranges; every key
// is the corpus test key.
import { createHash, createSign } from 'node:crypto';
import type { CaseExpectation } from '../../helpers/corpus';
import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import { sealAs } from '../gateway-layouts';
import { emitCase, GMAIL_OUT, legitCorpus, ptr, RECEIVER, type Relay } from '../kit';
import { keyZone } from '../list-shapes';
import { eopEntry, M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop } from '../messages';
import { eopDelivery, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf, yahooDelivery } from '../receivers';

const BOX_ARGS = ['--authserv-id', RECEIVER, '--recipient-domain', 'reader.example'];
const GMAIL_ARGS = ['--webmail', 'gmail'];
const OUTLOOK_ARGS = ['--webmail', 'outlook'];
const YAHOO_ARGS = ['--webmail', 'yahoo'];

/** Genuine mail the user should trust. */
const TRUSTED: CaseExpectation = { verdict: ['authenticated', 'unverified'], notVerdict: ['spoofed'] };
/** Genuine SPF-only mail forwarded: reading worse is the expected cost, never spoofed. */
const SPF_ONLY: CaseExpectation = {
  verdict: ['authenticated', 'unverified', 'suspicious'],
  notVerdict: ['spoofed'],
};

// ---- A DKIM signer that writes the field exactly as a real signer lays it out (RFC 6376 §3.4, §3.7) ----

type Canon = 'relaxed' | 'simple';

/** Header fields of `head` (the block without its blank line), each as written with its folds. */
function fieldsOf(head: string): string[] {
  const out: string[] = [];
  for (const line of head.split('\r\n')) {
    if (/^[ \t]/.test(line) && out.length) out[out.length - 1] += `\r\n${line}`;
    else out.push(line);
  }
  return out;
}

/** RFC 6376 §3.4.2 relaxed header canonicalization (no CRLF), or §3.4.1 simple (as written). */
function canonHeader(field: string, c: Canon): string {
  if (c === 'simple') return field;
  const at = field.indexOf(':');
  const value = field
    .slice(at + 1)
    .replace(/\r\n/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
  return `${field.slice(0, at).trim().toLowerCase()}:${value}`;
}

/** RFC 6376 §3.4.3 simple / §3.4.4 relaxed body canonicalization. */
function canonBody(body: string, c: Canon): string {
  let lines = body.split('\r\n');
  if (c === 'relaxed') lines = lines.map((l) => l.replace(/[ \t]+/g, ' ').replace(/ $/, ''));
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  if (!lines.length) return c === 'simple' ? '\r\n' : '';
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Signs `raw` with the corpus RSA key, the field written by `layout(bh)` (the whole field up to and
 * including its final `b=`, folded as the signer folds it) and the signature folded by `fold`.
 * `h` names the signed fields as the layout writes them (bottom-most instance first, RFC 6376
 * §5.4.2; a name beyond the instances present signs nothing).
 */
function signField(
  raw: string,
  o: { c: `${Canon}/${Canon}`; h: string[]; layout: (bh: string) => string; fold: (b: string) => string },
): string {
  const [hc, bc] = o.c.split('/') as [Canon, Canon];
  const split = raw.indexOf('\r\n\r\n');
  const fields = fieldsOf(raw.slice(0, split));
  const bh = createHash('sha256')
    .update(canonBody(raw.slice(split + 4), bc))
    .digest('base64');
  const used = new Set<number>();
  let data = '';
  for (const name of o.h) {
    for (let i = fields.length - 1; i >= 0; i--) {
      if (used.has(i)) continue;
      if (fields[i]!.slice(0, fields[i]!.indexOf(':')).trim().toLowerCase() !== name.trim().toLowerCase())
        continue;
      used.add(i);
      data += `${canonHeader(fields[i]!, hc)}\r\n`;
      break;
    }
  }
  const template = o.layout(bh);
  data += canonHeader(template, hc);
  const b = createSign('RSA-SHA256').update(data).sign(corpusKeys().rsaPem, 'base64');
  return `${template}${o.fold(b)}\r\n${raw}`;
}

/** `b` in runs of `n` characters joined by `sep` (the signer's fold). */
const runs = (b: string, n: number, sep: string) => (b.match(new RegExp(`.{1,${n}}`, 'g')) ?? []).join(sep);

// ---- The readers' deliveries ----

const boxDelivery = (raw: string, r: Relay, env: string, rows: string[], id: string) =>
  onTop(
    raw,
    `Return-Path: <${env}>`,
    'Delivered-To: robin@reader.example',
    `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid sL9xM2w1PWf0cQAA${id}\r\n\t(envelope-from <${env}>)\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:06 +0000`,
    `Authentication-Results: ${RECEIVER};\r\n\t${rows.join(';\r\n\t')}`,
    `Received: from ${r.helo} (${r.rdns} [${r.ip.includes(':') ? `IPv6:${r.ip}` : r.ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id ${id}\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
  );

const toGmail = (raw: string, r: Relay, env: string, rows: string[], n: number, spf = true) =>
  gmailDelivery(raw, {
    relay: r,
    envelope: env,
    results: rows.join('\r\n       '),
    ids: [`x200csp${n}pxa`, `a200si${n}qtb.${n}`],
    ...(spf ? { spf: 'pass' as const } : {}),
    deliveredTo: true,
  });

const eopDkim = (domains: string[]) =>
  domains.length
    ? domains.map((d) => `dkim=pass (signature was verified)\r\n header.d=${d}`).join(';')
    : 'dkim=none (message not signed)\r\n header.d=none';
const toOutlook = (raw: string, r: Relay, mailfrom: string, dkim: string[], from: string, env: string) =>
  eopDelivery(raw, {
    ip: r.ip,
    helo: r.helo,
    ar: `spf=pass (sender IP is ${r.ip})\r\n smtp.mailfrom=${mailfrom}; ${eopDkim(dkim)};dmarc=pass action=none\r\n header.from=${from};compauth=pass reason=100`,
    spf: `Pass (protection.outlook.com: domain of ${mailfrom} designates\r\n ${r.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${r.ip}; helo=${r.helo}; pr=C`,
    returnPath: env,
  });

// ---- Senders, relays and DNS ----

const MAILGUN: Relay = { helo: 'so254-9.mailgun.net', rdns: 'so254-9.mailgun.net', ip: '198.61.254.9' };
const YANDEX: Relay = {
  helo: 'forward100c.mail.yandex.net',
  rdns: 'forward100c.mail.yandex.net',
  ip: '2a02:6b8:c03:500:1:45:d181:d100',
};
const ZOHO: Relay = {
  helo: 'sender4-op-o12.zoho.com',
  rdns: 'sender4-op-o12.zoho.com',
  ip: '136.143.188.12',
};
const CISCO: Relay = {
  helo: 'esa3.fenmore.iphmx.com',
  rdns: 'esa3.fenmore.iphmx.com',
  ip: '216.71.153.146',
};
const EUR: Relay = {
  helo: 'EUR02-DB5-obe.outbound.protection.outlook.com',
  rdns: 'mail-db5eur02on2095.outbound.protection.outlook.com',
  ip: '40.107.21.95',
};
const NAM: Relay = {
  helo: 'NAM11-CO1-obe.outbound.protection.outlook.com',
  rdns: 'mail-co1nam11on2121.outbound.protection.outlook.com',
  ip: '40.107.220.121',
};
/** Gmail's outbound host for a personal account's mail (the kernel-list copies' mail-il1-f174). */
const GMAIL_SUBMIT: Relay = {
  helo: 'mail-il1-f174.google.com',
  rdns: 'mail-il1-f174.google.com',
  ip: '209.85.166.174',
};
/** Outlook.com's consumer outbound (olkn hosts in 40.92.0.0/15): modelled, NOT confirmed. */
const OLKN: Relay = {
  helo: 'EUR05-AM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-am6eur05olkn2040.outbound.protection.outlook.com',
  ip: '40.92.18.40',
};
const PYTHON: Relay = { helo: 'mail.python.org', rdns: 'mail.python.org', ip: '188.166.95.178' };
const GROUPS: Relay = { helo: 'mail02.groups.io', rdns: 'mail02.groups.io', ip: '66.175.222.108' };

const TALLIS = 'tallis-robotics.example'; // Mailgun customer (mg. subdomain signs)
const VOLKOVA = 'volkova-design.example'; // Yandex 360
const KESTREL = 'kestrel-audit.example'; // Zoho Mail
const BRANDT = 'brandt-kanzlei.example'; // self-hosted Postfix + OpenDKIM
const BRANDT_IP = '203.0.113.60';
const BRANDT_HOST: Relay = { helo: `mail.${BRANDT}`, rdns: `mail.${BRANDT}`, ip: BRANDT_IP };
const HALDEN = 'halden-soenn.example'; // Microsoft 365 tenant signing its custom domain
const FENMORE = 'fenmore-legal.example'; // Cisco Secure Email customer on Microsoft 365
const ARDEN = 'arden-design.example'; // Workspace tenant
const MAREN = 'maren-consult.example'; // python.org list author (p=none, unsigned)
const TESS = 'tessellate-labs.example'; // groups.io author (p=none)

const ZONE: Record<string, unknown> = {
  ...M365_SPF_ZONE,
  ...ptr(MAILGUN.ip, MAILGUN.rdns),
  ...ptr(YANDEX.ip, YANDEX.rdns),
  ...ptr(ZOHO.ip, ZOHO.rdns),
  ...ptr(CISCO.ip, CISCO.rdns),
  ...ptr(EUR.ip, EUR.rdns),
  ...ptr(NAM.ip, NAM.rdns),
  ...ptr(PYTHON.ip, PYTHON.rdns),
  ...ptr(GROUPS.ip, GROUPS.rdns),
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  ...ptr(BRANDT_IP, BRANDT_HOST.rdns),
  ...keyZone([
    `smtp._domainkey.mg.${TALLIS}`,
    `mail._domainkey.${VOLKOVA}`,
    `zmail2._domainkey.${KESTREL}`,
    'zohoarc._domainkey.zohomail.com',
    `mail._domainkey.${BRANDT}`,
    `selector1._domainkey.${HALDEN}`,
    `iport._domainkey.${FENMORE}`,
    `selector1._domainkey.${FENMORE}`,
    'selector2._domainkey.microsoft.com',
    'arcselector10001._domainkey.microsoft.com',
    'arc-20240605._domainkey.google.com',
    '20140610._domainkey.groups.io',
    '200901._domainkey.python.org',
    '20230601._domainkey.gmail.com',
    'selector1._domainkey.outlook.com',
  ]),
  ...ptr(GMAIL_SUBMIT.ip, GMAIL_SUBMIT.rdns),
  ...ptr(OLKN.ip, OLKN.rdns),
  'mailgun.org': { TXT: ['v=spf1 ip4:198.61.254.0/23 ip4:69.72.32.0/20 ip4:104.130.96.0/19 ~all'] },
  [`mg.${TALLIS}`]: { TXT: ['v=spf1 include:mailgun.org ~all'] },
  [TALLIS]: { TXT: ['v=spf1 include:mailgun.org -all'] },
  [`_dmarc.${TALLIS}`]: { TXT: ['v=DMARC1; p=quarantine; rua=mailto:dmarc@tallis-robotics.example'] },
  '_spf.yandex.net': { TXT: ['v=spf1 ip4:77.88.0.0/18 ip4:5.45.192.0/18 ip6:2a02:6b8::/32 ~all'] },
  [VOLKOVA]: { TXT: ['v=spf1 redirect=_spf.yandex.net'] },
  [`_dmarc.${VOLKOVA}`]: { TXT: ['v=DMARC1; p=reject'] },
  'zohomail.com': { TXT: ['v=spf1 ip4:136.143.188.0/24 ip4:136.143.184.0/24 ip4:204.141.32.0/23 ~all'] },
  [KESTREL]: { TXT: ['v=spf1 include:zohomail.com ~all'] },
  [`_dmarc.${KESTREL}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [BRANDT]: { TXT: [`v=spf1 ip4:${BRANDT_IP} -all`] },
  [`mail.${BRANDT}`]: { TXT: ['v=spf1 a -all'], A: [BRANDT_IP] },
  [`_dmarc.${BRANDT}`]: { TXT: ['v=DMARC1; p=reject; adkim=r; aspf=r'] },
  [HALDEN]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [`_dmarc.${HALDEN}`]: { TXT: ['v=DMARC1; p=reject'] },
  [FENMORE]: { TXT: ['v=spf1 ip4:216.71.153.144/30 include:spf.protection.outlook.com -all'] },
  [`_dmarc.${FENMORE}`]: { TXT: ['v=DMARC1; p=reject'] },
  [ARDEN]: { TXT: ['v=spf1 include:_spf.google.com ~all'] },
  [`_dmarc.${ARDEN}`]: { TXT: ['v=DMARC1; p=none'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  'gmail.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
  '_dmarc.gmail.com': { TXT: ['v=DMARC1; p=none; sp=quarantine'] },
  'outlook.com': { TXT: ['v=spf1 include:spf2.outlook.com -all'] },
  'spf2.outlook.com': { TXT: ['v=spf1 ip4:40.92.0.0/15 ip4:52.100.0.0/15 ip6:2a01:111:f400::/48 -all'] },
  '_dmarc.outlook.com': { TXT: ['v=DMARC1; p=none; pct=100'] },
  'microsoft.com': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  '_dmarc.microsoft.com': { TXT: ['v=DMARC1; p=reject'] },
  'outbound.protection.outlook.com': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [EUR.helo]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  'python.org': { TXT: ['v=spf1 mx a:mail.python.org ip4:188.166.95.178 ~all'] },
  '_dmarc.python.org': { TXT: ['v=DMARC1; p=none'] },
  [MAREN]: { TXT: ['v=spf1 ip4:198.51.100.74 -all'] },
  [`_dmarc.${MAREN}`]: { TXT: ['v=DMARC1; p=none'] },
  'groups.io': { TXT: ['v=spf1 ip4:66.175.222.0/24 ip4:45.79.81.0/24 -all'] },
  [TESS]: { TXT: ['v=spf1 ip4:198.51.100.71 -all'] },
  [`_dmarc.${TESS}`]: { TXT: ['v=DMARC1; p=none'] },
};

/** The message as the sender's client hands it over (header lines as given, then the body). */
const msg = (lines: string[], body: string) => `${lines.join('\r\n')}\r\n\r\n${body}`;

// ---- The signers' layouts ----

/** Mailgun: a= first, `q=dns/txt; ` on a line of its own, h= spaced, b= in 76-character runs. */
const mailgunSign = (raw: string, d: string, t: number) => {
  const h = [
    'Message-ID',
    'References',
    'In-Reply-To',
    'Subject',
    'Cc',
    'To',
    'From',
    'Date',
    'Content-Transfer-Encoding',
    'Content-Type',
    'MIME-Version',
    'Sender',
  ];
  return signField(raw, {
    c: 'relaxed/relaxed',
    h,
    layout: (bh) =>
      `DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=${d};\r\n q=dns/txt; \r\n s=smtp; t=${t}; h=Message-ID: References: In-Reply-To: Subject:\r\n Cc: To: From: Date: Content-Transfer-Encoding: Content-Type:\r\n MIME-Version: Sender; bh=${bh};\r\n b=`,
    fold: (b) => runs(b, 76, '\r\n '),
  });
};

/** Yandex: bh= before h=, eight-space folds, b= in 65-character runs after nine spaces. */
const yandexSign = (raw: string, d: string, t: number) =>
  signField(raw, {
    c: 'relaxed/relaxed',
    h: ['Message-ID', 'Date', 'Cc', 'Subject', 'To', 'From'],
    layout: (bh) =>
      `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=${d}; s=mail; t=${t};\r\n        bh=${bh};\r\n        h=Message-ID:Date:Cc:Subject:To:From;\r\n        b=`,
    fold: (b) => runs(b, 65, '\r\n         '),
  });

/** Zoho: q= before c=, s= before d=, i=, oversigned h= (Message-ID and Message-Id), tab folds. */
const zohoSign = (raw: string, d: string, i: string, t: number) => {
  const h =
    'Message-ID:Subject:Subject:From:From:To:To:Cc:Cc:Date:Date:In-Reply-To:References:Content-Type:Content-Transfer-Encoding:MIME-Version:Message-Id:Reply-To';
  return signField(raw, {
    c: 'relaxed/relaxed',
    h: h.split(':'),
    layout: (bh) =>
      `DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/relaxed; t=${t};\r\n\ts=zmail2; d=${d}; i=${i};\r\n\th=${h};\r\n\tbh=${bh};\r\n\tb=`,
    fold: (b) => runs(b, 64, '\r\n\t'),
  });
};

/** OpenDKIM (its default simple/simple): tab folds, an oversigned From, b= continued by "\t ". */
const openDkimSign = (raw: string, d: string, s: string, t: number, c: 'simple/simple' | 'relaxed/simple') =>
  signField(raw, {
    c,
    h: ['From', 'To', 'Subject', 'Date', 'Message-ID', 'From'],
    layout: (bh) =>
      `DKIM-Signature: v=1; a=rsa-sha256; c=${c}; d=${d};\r\n\ts=${s}; t=${t};\r\n\tbh=${bh};\r\n\th=From:To:Subject:Date:Message-ID:From;\r\n\tb=`,
    fold: (b) => runs(b, 65, '\r\n\t '),
  });

/** Exchange Online: d= and s= on their own lines, h= ending in X-MS-Exchange-SenderADCheck. */
const exoSign = (raw: string, d: string) =>
  signField(raw, {
    c: 'relaxed/relaxed',
    h: [
      'From',
      'Date',
      'Subject',
      'Message-ID',
      'Content-Type',
      'MIME-Version',
      'X-MS-Exchange-SenderADCheck',
    ],
    layout: (bh) =>
      `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=${d};\r\n s=selector1;\r\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\r\n bh=${bh};\r\n b=`,
    fold: (b) => runs(b, 78, '\r\n '),
  });

/** Cisco Secure Email (IronPort): i=@domain, q=, t= and x=, lower-case h=, two-space folds. */
const ciscoSign = (raw: string, d: string, t: number) =>
  signField(raw, {
    c: 'relaxed/relaxed',
    h: ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'],
    layout: (bh) =>
      `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n  d=${d}; i=@${d}; q=dns/txt; s=iport;\r\n  t=${t}; x=${t + 315360000};\r\n  h=from:to:subject:date:message-id:mime-version:content-type;\r\n  bh=${bh};\r\n  b=`,
    fold: (b) => runs(b, 64, '\r\n  '),
  });

/** Gmail: d= on the second line with t=, x= and darn=, h= folded before a colon ("\n         :date"). */
const gmailSign = (raw: string, t: number, darn: string) => {
  const h = 'to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to';
  return signField(raw, {
    c: 'relaxed/relaxed',
    h: h.split(':'),
    layout: (bh) =>
      `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n        d=gmail.com; s=20230601; t=${t}; x=${t + 604800}; darn=${darn};\r\n        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject\r\n         :date:message-id:reply-to;\r\n        bh=${bh};\r\n        b=`,
    fold: (b) => runs(b, 70, '\r\n         '),
  });
};

const T = 1795168800; // Fri, 20 Nov 2026 10:00:00 +0000

export async function makeAll(write: CaseWriter): Promise<void> {
  /** Online and (no zone) offline; Outlook offline reads no Exchange Online pass by design. */
  const both = (c: Parameters<typeof emitCase>[1]) => {
    emitCase(write, c);
    const { zone: _z, twin: _t, ...offline } = c;
    emitCase(write, { ...offline, name: `${c.name}-offline` });
  };

  // ---- 1. Mailgun: a= first, the customer's mg. subdomain signs, From at the parent ----
  {
    const env = `bounce+8c1f3a.w200-robin.reader=gmail.com@mg.${TALLIS}`;
    const raw = mailgunSign(
      msg(
        [
          `Sender: orders=${TALLIS}@mg.${TALLIS}`,
          'MIME-Version: 1.0',
          'Content-Type: text/plain; charset="utf-8"',
          'Content-Transfer-Encoding: 7bit',
          `From: Tallis Robotics <orders@${TALLIS}>`,
          'To: robin.reader@gmail.com',
          'Subject: Your order TR-30417 has shipped',
          'Date: Fri, 20 Nov 2026 09:59:58 +0000',
          `Message-ID: <20261120095958.1.W200MG@mg.${TALLIS}>`,
        ],
        'Hello Robin,\r\n\r\nyour order TR-30417 (two servo kits) left our warehouse today.\r\n\r\nTallis Robotics\r\n',
      ),
      `mg.${TALLIS}`,
      T,
    );
    const about = `Genuine: a shop's shipping notice sent through Mailgun from ${MAILGUN.helo} [${MAILGUN.ip}], signed d=mg.${TALLIS} (relaxed alignment with the From's ${TALLIS}, p=quarantine) in Mailgun's layout: a= first, "q=dns/txt; " alone on a line, h= with a space after each colon, b= folded in 76-character runs; envelope bounce+…@mg.${TALLIS}; Mailgun's Sender "orders=${TALLIS}@mg.${TALLIS}"`;
    both({
      name: 'w200-gmail-mailgun-a-first-spaced-h-subdomain-signer',
      class: 'esp',
      about: `${about}. Gmail: dkim=pass header.i=@mg.${TALLIS}, spf=pass, dmarc=pass. Wanted: authenticated or unverified.`,
      args: GMAIL_ARGS,
      eml: toGmail(
        raw,
        MAILGUN,
        env,
        [gmailDkim(`mg.${TALLIS}`, 'smtp'), gmailSpf(env, MAILGUN.ip), gmailDmarc(TALLIS, 'QUARANTINE')],
        1,
      ),
      zone: ZONE,
      expect: TRUSTED,
      twin: true,
    });
    both({
      name: 'w200-outlook-mailgun-a-first-spaced-h-subdomain-signer',
      class: 'esp',
      about: `${about}. Outlook: EOP's id-less spf=pass (mg.${TALLIS}), dkim=pass header.d=mg.${TALLIS}, dmarc=pass, compauth=pass. Wanted: authenticated or unverified.`,
      args: OUTLOOK_ARGS,
      eml: toOutlook(raw, MAILGUN, `mg.${TALLIS}`, [`mg.${TALLIS}`], TALLIS, env),
      zone: ZONE,
      expect: TRUSTED,
    });
  }

  // ---- 2. Yandex 360: bh= before h=, Yandex's own unkeyed Authentication-Results under the field ----
  {
    const env = `anna@${VOLKOVA}`;
    const inner = onTop(
      msg(
        [
          `From: Anna Volkova <anna@${VOLKOVA}>`,
          'To: Robin Reader <robin@reader.example>',
          'Subject: Logo drafts, second round',
          'Date: Fri, 20 Nov 2026 12:59:47 +0300',
          `Message-ID: <20261120095947.w200ya@${VOLKOVA}>`,
          'MIME-Version: 1.0',
          'Content-Type: text/plain; charset=utf-8',
          'Content-Transfer-Encoding: 8bit',
        ],
        'Hello Robin,\r\n\r\nthe second round of logo drafts is in the shared folder; tell me which two to refine.\r\n\r\nAnna\r\n',
      ),
      `Authentication-Results: mail-nwsmtp-smtp-production-main-36.iva.yp-c.yandex.net; dkim=pass header.i=@${VOLKOVA}`,
    );
    const signed = yandexSign(inner, VOLKOVA, T - 13);
    const raw = onTop(
      signed,
      'Received: from mail-nwsmtp-smtp-production-main-36.iva.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-36.iva.yp-c.yandex.net [IPv6:2a02:6b8:c0c:2a06:0:640:53c4:0])\r\n        by forward100c.mail.yandex.net (Yandex) with ESMTP id W200C60058;\r\n        Fri, 20 Nov 2026 12:59:48 +0300 (MSK)',
      'Received: by mail-nwsmtp-smtp-production-main-36.iva.yp-c.yandex.net (smtp/Yandex) with ESMTPSA id w200d7FDVKo0-dMtFhvFc;\r\n        Fri, 20 Nov 2026 12:59:48 +0300',
      'X-Yandex-Fwd: 1',
    );
    const about = `Genuine: a designer on Yandex 360 (p=reject) writes from forward100c.mail.yandex.net [IPv6 ${YANDEX.ip}], her field in Yandex's layout (bh= before h=, eight-space folds, b= after nine spaces) under Yandex's internal Received lines and X-Yandex-Fwd, with Yandex's own unkeyed "Authentication-Results: mail-nwsmtp-…; dkim=pass" under it`;
    both({
      name: 'w200-gmail-yandex360-bh-before-h-ipv6-entry',
      class: 'provider',
      about: `${about}. Gmail: dkim=pass, spf=pass, dmarc=pass. Wanted: authenticated or unverified.`,
      args: GMAIL_ARGS,
      eml: toGmail(
        raw,
        YANDEX,
        env,
        [gmailDkim(VOLKOVA, 'mail'), gmailSpf(env, YANDEX.ip), gmailDmarc(VOLKOVA)],
        2,
      ),
      zone: ZONE,
      expect: TRUSTED,
    });
    both({
      name: 'w200-box-yandex360-bh-before-h-ipv6-entry',
      class: 'provider',
      about: `${about}. The reader's Postfix box (OpenDKIM, OpenDMARC, policyd-spf): all pass. Wanted: authenticated or unverified.`,
      args: BOX_ARGS,
      eml: boxDelivery(
        raw,
        YANDEX,
        env,
        [
          `dkim=pass (2048-bit key) header.d=${VOLKOVA} header.i=@${VOLKOVA}`,
          `spf=pass smtp.mailfrom=${env}`,
          `dmarc=pass (p=reject dis=none) header.from=${VOLKOVA}`,
        ],
        '4Zw200y2',
      ),
      zone: ZONE,
      expect: TRUSTED,
    });
  }

  // ---- 3. Zoho Mail: q= before c=, s= before d=, oversigned h=, Zoho's own ARC i=1 ----
  {
    const env = `mira@${KESTREL}`;
    const signed = zohoSign(
      msg(
        [
          'Message-ID: <w200.19a3c1e55f2.zoho@kestrel-audit.example>',
          'Subject: Audit fieldwork dates',
          `From: Mira Castell <mira@${KESTREL}>`,
          'To: robin.reader@gmail.com',
          'Date: Fri, 20 Nov 2026 10:59:50 +0100',
          'Content-Type: text/plain; charset="UTF-8"',
          'Content-Transfer-Encoding: 7bit',
          'MIME-Version: 1.0',
          'User-Agent: Zoho Mail',
          'X-Mailer: Zoho Mail',
        ],
        'Dear Robin,\r\n\r\nour fieldwork is planned for 7 to 9 December; please confirm the meeting room.\r\n\r\nMira Castell\r\nKestrel Audit\r\n',
      ),
      KESTREL,
      env,
      T - 3,
    );
    // Zoho's own hop sits under the field (the copy's order).
    const withZohoHop = signed.replace(
      /\r\nMessage-ID: /,
      '\r\nReceived: by mx.zohomail.com with SMTPS id 1795168797845509.8994376356200;\r\n\tFri, 20 Nov 2026 01:59:57 -0800 (PST)\r\nMessage-ID: ',
    );
    const sealed = await sealAs(withZohoHop, {
      domain: 'zohomail.com',
      selector: 'zohoarc',
      cv: 'none',
      authResults: `mx.zohomail.com;\r\n\tdkim=pass  header.i=${KESTREL};\r\n\tspf=pass  smtp.mailfrom=${env};\r\n\tdmarc=pass header.from=<${env}>`,
    });
    const about = `Genuine: an auditor on Zoho Mail (p=quarantine) writes from ${ZOHO.helo} [${ZOHO.ip}], her field in Zoho's layout (q= before c=, t= then s= before d=, i=, h= oversigning Subject, From, To, Cc, Date and naming both Message-ID and Message-Id, tab-folded b=) above Zoho's "Received: by mx.zohomail.com with SMTPS", and Zoho's own ARC i=1 (d=zohomail.com s=zohoarc, its record "mx.zohomail.com; dkim=pass  header.i=…")`;
    both({
      name: 'w200-gmail-zoho-s-before-d-oversigned-h-zoho-arc',
      class: 'provider',
      about: `${about}. Gmail: dkim=pass header.i=${env}, spf=pass, dmarc=pass, arc=pass. Wanted: authenticated or unverified.`,
      args: GMAIL_ARGS,
      eml: toGmail(
        sealed,
        ZOHO,
        env,
        [
          `dkim=pass header.i=${env} header.s=zmail2 header.b=Q29ycHVz;`,
          'arc=pass (i=1);',
          gmailSpf(env, ZOHO.ip),
          gmailDmarc(KESTREL, 'QUARANTINE'),
        ],
        3,
      ),
      zone: ZONE,
      expect: TRUSTED,
      twin: true,
    });
    both({
      name: 'w200-yahoo-zoho-s-before-d-oversigned-h-zoho-arc',
      class: 'provider',
      about: `${about}. Yahoo: dkim=pass, spf=pass, dmarc=pass. Wanted: authenticated or unverified.`,
      args: YAHOO_ARGS,
      eml: yahooDelivery(sealed, {
        relay: ZOHO,
        envelope: env,
        results: `dkim=pass header.i=@${KESTREL} header.s=zmail2;\r\n spf=pass smtp.mailfrom=${KESTREL};\r\n dmarc=pass(p=QUARANTINE) header.from=${KESTREL};`,
      }),
      zone: ZONE,
      expect: TRUSTED,
    });
  }

  // ---- 4. A firm's own Postfix with OpenDKIM, simple/simple ----
  {
    const env = `kanzlei@${BRANDT}`;
    const letter = (to: string) =>
      openDkimSign(
        msg(
          [
            `From: Kanzlei Brandt <kanzlei@${BRANDT}>`,
            `To: ${to}`,
            'Subject: Termin zur Vertragsbesprechung',
            'Date: Fri, 20 Nov 2026 10:59:40 +0100',
            `Message-ID: <w200.4Zw200B1@mail.${BRANDT}>`,
            'MIME-Version: 1.0',
            'Content-Type: text/plain; charset=UTF-8; format=flowed',
            'Content-Transfer-Encoding: 8bit',
            'User-Agent: Mozilla Thunderbird',
          ],
          'Sehr geehrte Frau Reader,\r\n\r\nwir bestätigen den Termin am Dienstag um 10 Uhr.\r\n\r\nMit freundlichen Grüßen\r\nKanzlei Brandt\r\n',
        ),
        BRANDT,
        'mail',
        T - 20,
        'simple/simple',
      );
    const viaOwnPostfix = (signed: string) =>
      onTop(
        signed,
        `Received: from [192.168.20.31] (unknown [198.51.100.88])\r\n\t(Authenticated sender: kanzlei@${BRANDT})\r\n\tby mail.${BRANDT} (Postfix) with ESMTPSA id 4Zw200B1;\r\n\tFri, 20 Nov 2026 10:59:41 +0100 (CET)`,
      ).replace(
        /^(Received: [\s\S]*?\(CET\))\r\n/,
        `$1\r\nDKIM-Filter: OpenDKIM Filter v2.11.0 mail.${BRANDT} 4Zw200B1\r\n`,
      );
    const raw = viaOwnPostfix(letter('Robin Reader <robin.reader@gmail.com>'));
    const about = `Genuine: a law firm's own Postfix with OpenDKIM at its default c=simple/simple (tab folds, From oversigned, b= continued by tab-space), DKIM-Filter line, p=reject, sent from ${BRANDT_HOST.helo} [${BRANDT_IP}]`;
    both({
      name: 'w200-gmail-opendkim-simple-simple-own-postfix',
      class: 'self-hosted',
      about: `${about}. Gmail: dkim=pass, spf=pass, dmarc=pass. Wanted: authenticated or unverified.`,
      args: GMAIL_ARGS,
      eml: toGmail(
        raw,
        BRANDT_HOST,
        env,
        [gmailDkim(BRANDT, 'mail'), gmailSpf(env, BRANDT_IP), gmailDmarc(BRANDT)],
        4,
      ),
      zone: ZONE,
      expect: TRUSTED,
    });
    emitCase(write, {
      name: 'w200-outlook-opendkim-simple-simple-own-postfix',
      class: 'self-hosted',
      about: `${about}. Outlook: EOP's id-less spf/dkim/dmarc pass. Wanted: authenticated or unverified.`,
      args: OUTLOOK_ARGS,
      eml: toOutlook(
        viaOwnPostfix(letter('Robin Reader <robin@reader.example>')),
        BRANDT_HOST,
        BRANDT,
        [BRANDT],
        BRANDT,
        env,
      ),
      zone: ZONE,
      expect: TRUSTED,
    });
  }

  // ---- 5. Exchange Online's own field (custom domain, selector1) ----
  {
    const env = `lars@${HALDEN}`;
    const raw = exoSign(
      msg(
        [
          `From: Lars Halden <lars@${HALDEN}>`,
          'To: Robin Reader <robin@reader.example>',
          'Subject: Quote for the harbour crane service',
          'Thread-Topic: Quote for the harbour crane service',
          'Thread-Index: AQHbW200aQ2e3K4x5Y6z7A8b9C0d1E2f3Gg==',
          'Date: Fri, 20 Nov 2026 09:59:52 +0000',
          `Message-ID: <DB9PR02MB6950W200A1B2C3D4E5F6@DB9PR02MB6950.eurprd02.prod.outlook.com>`,
          'Accept-Language: nb-NO, en-US',
          'Content-Language: nb-NO',
          'X-MS-Has-Attach:',
          'X-MS-TNEF-Correlator:',
          'x-ms-exchange-senderadcheck: 1',
          'Content-Type: text/plain; charset="iso-8859-1"',
          'Content-Transfer-Encoding: quoted-printable',
          'MIME-Version: 1.0',
        ],
        'Hello Robin,\r\n\r\nplease find our quote for the crane service below; it is valid for thirty days.\r\n\r\nLars Halden\r\n',
      ),
      HALDEN,
    );
    emitCase(write, {
      name: 'w200-box-exchange-online-selector1-senderadcheck',
      class: 'm365',
      about: `Genuine: a Microsoft 365 tenant's mail signed with its custom domain (s=selector1, h= ending in X-MS-Exchange-SenderADCheck, p=reject) from ${EUR.helo} [${EUR.ip}], to the reader's Postfix box: all pass. Wanted: authenticated or unverified.`,
      args: BOX_ARGS,
      eml: boxDelivery(
        raw,
        EUR,
        env,
        [
          `dkim=pass (2048-bit key) header.d=${HALDEN} header.i=@${HALDEN}`,
          `spf=pass smtp.mailfrom=${env}`,
          `dmarc=pass (p=reject dis=none) header.from=${HALDEN}`,
        ],
        '4Zw200e5',
      ),
      zone: ZONE,
      expect: TRUSTED,
      twin: true,
    });
  }

  // ---- 6. Cisco Secure Email outbound (iphmx.com, AS16417) with its own field layout ----
  const fenmoreMail = (to: string, subject: string, id: string) =>
    ciscoSign(
      onTop(
        msg(
          [
            `From: Owen Fenmore <owen.fenmore@${FENMORE}>`,
            `To: ${to}`,
            `Subject: ${subject}`,
            'Date: Fri, 20 Nov 2026 09:58:10 +0000',
            `Message-ID: <${id}@AM9PR02MB7195.eurprd02.prod.outlook.com>`,
            'MIME-Version: 1.0',
            'Content-Type: text/plain; charset="us-ascii"',
          ],
          'Dear Robin,\r\n\r\nthe signed engagement letter is in your client folder; no action is needed before Monday.\r\n\r\nOwen Fenmore\r\nFenmore Legal LLP\r\n',
        ),
        `Received: from AM9PR02MB7195.eurprd02.prod.outlook.com (2603:10a6:20b:3c1::12) by\r\n DB9PR02MB6950.eurprd02.prod.outlook.com (2603:10a6:10:217::9) with Microsoft SMTP\r\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.20.8158.24; Fri, 20 Nov 2026 09:58:12 +0000`,
      ),
      FENMORE,
      T - 100,
    );
  const ciscoTop = (raw: string) =>
    onTop(
      raw,
      `IronPort-SDR: 673ee1a2_W200kQ3ZPMXH4B7DL2YVRNCE6TJAFUOSw200`,
      `X-IronPort-AV: E=Sophos;i="6.19,200,1763600000"; \r\n   d="scan'208";a="200330417"`,
      `Received: from mail-db5eur02on2095.outbound.protection.outlook.com (HELO EUR02-DB5-obe.outbound.protection.outlook.com) ([${EUR.ip}])\r\n  by esa3.fenmore.iphmx.com with ESMTP/TLS/ECDHE-RSA-AES256-GCM-SHA384; 20 Nov 2026 09:58:14 +0000`,
    );
  {
    const env = `owen.fenmore@${FENMORE}`;
    const raw = ciscoTop(fenmoreMail('robin.reader@gmail.com', 'Engagement letter signed', 'W200C1'));
    const about = `Genuine: a law firm on Microsoft 365 sending out through its Cisco Secure Email gateway (Exchange Online's outbound connector to ${CISCO.helo} [${CISCO.ip}], AS16417), which signs with the firm's key in IronPort's layout (i=@${FENMORE}, q=, t=, x=, lower-case h=, two-space folds) and adds IronPort-SDR / X-IronPort-AV; SPF lists the firm's iphmx addresses; p=reject`;
    both({
      name: 'w200-gmail-cisco-secure-email-outbound-ironport-field',
      class: 'gateway',
      about: `${about}. Gmail: dkim=pass, spf=pass, dmarc=pass. Wanted: authenticated or unverified.`,
      args: GMAIL_ARGS,
      eml: toGmail(
        raw,
        CISCO,
        env,
        [gmailDkim(FENMORE, 'iport'), gmailSpf(env, CISCO.ip), gmailDmarc(FENMORE)],
        6,
      ),
      zone: ZONE,
      expect: TRUSTED,
      twin: true,
    });
    const rawO = ciscoTop(
      fenmoreMail('Robin Reader <robin@reader.example>', 'Engagement letter signed', 'W200C2'),
    );
    both({
      name: 'w200-outlook-cisco-secure-email-outbound-ironport-field',
      class: 'gateway',
      about: `${about}. Outlook (another tenant): EOP's id-less spf/dkim/dmarc pass. Wanted: authenticated or unverified.`,
      args: OUTLOOK_ARGS,
      eml: toOutlook(rawO, CISCO, FENMORE, [FENMORE], FENMORE, env),
      zone: ZONE,
      expect: TRUSTED,
    });
    // Gmail forwarding of the same letter to the reader's box: Google seals i=1, the field survives.
    const atGmail = toGmail(
      ciscoTop(fenmoreMail('robin.reader@gmail.com', 'Engagement letter signed (copy)', 'W200C3')),
      CISCO,
      env,
      [gmailDkim(FENMORE, 'iport'), gmailSpf(env, CISCO.ip), gmailDmarc(FENMORE)],
      7,
    );
    const gmailRows = `mx.google.com;\r\n       ${gmailDkim(FENMORE, 'iport')}\r\n       ${gmailSpf(env, CISCO.ip)}\r\n       ${gmailDmarc(FENMORE)}`;
    const fwd = onTop(
      await sealAs(atGmail, {
        domain: 'google.com',
        selector: 'arc-20240605',
        cv: 'none',
        authResults: gmailRows,
      }),
      'X-Forwarded-To: robin@reader.example',
      'X-Forwarded-For: robin.reader@gmail.com robin@reader.example',
    );
    const caf = 'robin.reader+caf_=robin=reader.example@gmail.com';
    both({
      name: 'w200-box-cisco-secure-email-via-gmail-forwarding',
      class: 'gateway',
      about: `${about}; the reader's Gmail forwards it (Google's ARC i=1, +caf_ envelope from ${GMAIL_OUT.helo}) to her Postfix box, where the firm's field still verifies. Wanted: authenticated or unverified.`,
      args: BOX_ARGS,
      eml: boxDelivery(
        fwd,
        GMAIL_OUT,
        caf,
        [
          `dkim=pass (2048-bit key) header.d=${FENMORE} header.i=@${FENMORE}`,
          'arc=pass (i=1)',
          `spf=pass smtp.mailfrom=${caf}`,
          `dmarc=pass (p=reject dis=none) header.from=${FENMORE}`,
        ],
        '4Zw200c7',
      ),
      zone: ZONE,
      expect: TRUSTED,
    });
  }

  // ---- 7. An Exchange Online NDR (MAIL FROM:<>), read directly in Gmail ----
  const ndr = (to: string, id: string) =>
    exoSign(
      msg(
        [
          `From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@${HALDEN}>`,
          `To: ${to}`,
          'Subject: Undeliverable: Crane service schedule',
          'Date: Fri, 20 Nov 2026 09:59:55 +0000',
          `Message-ID: <${id}@DB9PR02MB6950.eurprd02.prod.outlook.com>`,
          'Content-Language: en-US',
          'X-MS-Exchange-Message-Is-Ndr:',
          'Auto-Submitted: auto-replied',
          'x-ms-exchange-senderadcheck: 1',
          'Content-Type: text/plain; charset="us-ascii"',
          'MIME-Version: 1.0',
        ],
        `Your message to pier4@${HALDEN} couldn't be delivered.\r\n\r\npier4 wasn't found at ${HALDEN}.\r\n\r\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\r\n`,
      ),
      HALDEN,
    );
  const heloSpf = (r: Relay) =>
    `spf=pass (google.com: domain of postmaster@${r.helo} designates ${r.ip} as permitted sender) smtp.helo=${r.helo};`;
  both({
    name: 'w200-gmail-exchange-online-ndr-empty-envelope',
    class: 'bounce',
    about: `Genuine: an Exchange Online NDR ("Undeliverable: …", From "Microsoft Outlook <MicrosoftExchange…@${HALDEN}>", MAIL FROM:<>) signed with the tenant's custom domain (selector1), from ${EUR.helo} [${EUR.ip}] to the Gmail user whose mail bounced. Gmail: dkim=pass, spf=pass for the HELO (smtp.helo=), dmarc=pass by DKIM. Wanted: authenticated or unverified.`,
    args: GMAIL_ARGS,
    eml: toGmail(
      ndr('robin.reader@gmail.com', 'W200N1'),
      EUR,
      '',
      [gmailDkim(HALDEN, 'selector1'), heloSpf(EUR), gmailDmarc(HALDEN)],
      8,
      false,
    ),
    zone: ZONE,
    expect: TRUSTED,
    twin: true,
  });

  // ---- 8. An out-of-office (MAIL FROM:<>) into a Microsoft 365 tenant behind Cisco, inbox-rule forward ----
  const ooo = (signed: boolean) => {
    const raw = msg(
      [
        `From: Kanzlei Brandt <kanzlei@${BRANDT}>`,
        `To: Owen Fenmore <owen.fenmore@${FENMORE}>`,
        'Subject: Abwesenheitsnotiz: Engagement letter signed',
        'Date: Fri, 20 Nov 2026 10:58:30 +0100',
        `Message-ID: <w200.ooo${signed ? 's' : 'u'}@mail.${BRANDT}>`,
        'Auto-Submitted: auto-replied',
        'X-Autoreply: yes',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=UTF-8',
      ],
      'Ich bin bis zum 30. November nicht im Büro. In dringenden Fällen wenden Sie sich bitte an unser Sekretariat.\r\n',
    );
    return signed ? openDkimSign(raw, BRANDT, 'mail', T - 90, 'relaxed/simple') : raw;
  };
  /** Through the lawyer's tenant, behind its Cisco gateway (`cisco`) or straight into EOP. */
  const viaFenmoreTenant = async (signed: boolean, cisco = true) => {
    const user = `owen.fenmore@${FENMORE}`;
    let raw = ooo(signed);
    if (cisco) {
      raw = onTop(
        raw,
        `X-IronPort-AV: E=Sophos;i="6.19,200,1763600000"; \r\n   d="scan'208";a="200330418"`,
        `Received: from mail.${BRANDT} (HELO mail.${BRANDT}) ([${BRANDT_IP}])\r\n  by esa3.fenmore.iphmx.com with ESMTP/TLS/ECDHE-RSA-AES256-GCM-SHA384; 20 Nov 2026 09:58:31 +0000`,
      );
    }
    const entry = cisco ? CISCO : BRANDT_HOST;
    const dkimRow = signed
      ? `dkim=pass (signature was verified)\r\n header.d=${BRANDT}`
      : 'dkim=none (message not signed)\r\n header.d=none';
    raw = onTop(
      raw,
      `Received: from AM9PR02MB7195.eurprd02.prod.outlook.com (2603:10a6:20b:3c1::12)\r\n by DB9PR02MB6950.eurprd02.prod.outlook.com (2603:10a6:10:217::9) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; Fri, 20 Nov 2026 09:58:40 +0000`,
      `Authentication-Results: spf=pass (sender IP is ${BRANDT_IP})\r\n smtp.helo=mail.${BRANDT}; ${dkimRow};dmarc=pass action=none\r\n header.from=${BRANDT};compauth=pass reason=100`,
      eopEntry(entry.helo, entry.ip, 'DB5PEPF00014B95'),
    );
    return sealAs(raw, {
      domain: 'microsoft.com',
      selector: 'arcselector10001',
      cv: 'none',
      authResults: `mx.microsoft.com 1; spf=pass (sender ip is ${BRANDT_IP}) smtp.rcpttodomain=gmail.com smtp.helo=mail.${BRANDT}; dmarc=pass (p=reject sp=reject pct=100) action=none header.from=${BRANDT}; ${signed ? `dkim=pass header.d=${BRANDT}` : 'dkim=none (message not signed)'}; arc=none`,
    }).then((s) => ({ sealed: s, user }));
  };
  {
    const { sealed } = await viaFenmoreTenant(true);
    both({
      name: 'w200-gmail-ooo-empty-envelope-m365-behind-cisco-inbox-rule-signed',
      class: 'arc-forwarder',
      about: `Genuine: a firm's out-of-office (MAIL FROM:<>, HELO mail.${BRANDT}, its own relaxed/simple field) to a lawyer whose Microsoft 365 tenant sits behind Cisco Secure Email (skip-listed: EOP checks SPF for the HELO at ${BRANDT_IP}, the address Cisco's line names); his inbox rule forwards it to his Gmail with the empty envelope kept, Exchange Online sealing i=1 (spf=pass smtp.helo=…, dkim=pass, dmarc=pass). The firm's field still verifies at Gmail. Wanted: authenticated or unverified.`,
      args: GMAIL_ARGS,
      eml: toGmail(
        sealed,
        EUR,
        '',
        [
          `arc=pass (i=1 spf=pass spfdomain=mail.${BRANDT} dkim=pass dkdomain=${BRANDT} dmarc=pass fromdomain=${BRANDT});`,
          gmailDkim(BRANDT, 'mail'),
          heloSpf(EUR),
          gmailDmarc(BRANDT),
        ],
        9,
        false,
      ),
      zone: ZONE,
      expect: TRUSTED,
    });
    const u = await viaFenmoreTenant(false);
    both({
      name: 'w200-gmail-ooo-empty-envelope-m365-behind-cisco-inbox-rule-unsigned',
      class: 'arc-forwarder',
      about: `Genuine: the same out-of-office unsigned (SPF only: DMARC passes at the tenant only by the HELO's SPF, RFC 7489 §4.1), forwarded the same way: Gmail records dmarc=fail with arc=pass; Microsoft's seal holds an SPF pass for the HELO at ${BRANDT_IP}, which Cisco Secure Email's own line (AS16417, known since 211a16fc) names under EOP's entry. Expected cost: unverified or suspicious; never spoofed.`,
      args: GMAIL_ARGS,
      eml: toGmail(
        u.sealed,
        EUR,
        '',
        [
          `arc=pass (i=1 spf=pass spfdomain=mail.${BRANDT} dmarc=pass fromdomain=${BRANDT});`,
          heloSpf(EUR),
          `dmarc=fail (p=REJECT sp=REJECT dis=NONE arc=pass) header.from=${BRANDT}`,
        ],
        10,
        false,
      ),
      zone: ZONE,
      expect: SPF_ONLY,
    });
    const direct = await viaFenmoreTenant(false, false);
    both({
      name: 'w200-gmail-ooo-empty-envelope-m365-direct-inbox-rule-unsigned',
      class: 'arc-forwarder',
      about: `Genuine: the unsigned out-of-office (MAIL FROM:<>) straight from mail.${BRANDT} [${BRANDT_IP}] into the lawyer's tenant (no gateway): EOP's entry line names ${BRANDT_IP}, the very client Microsoft's i=1 SPF pass for the HELO names (spfAtEntry since 211a16fc, HELO as the identity since b573131c); the inbox rule forwards to Gmail (dmarc=fail, arc=pass). Expected: unverified (suspicious tolerated); never spoofed.`,
      args: GMAIL_ARGS,
      eml: toGmail(
        direct.sealed,
        EUR,
        '',
        [
          `arc=pass (i=1 spf=pass spfdomain=mail.${BRANDT} dmarc=pass fromdomain=${BRANDT});`,
          heloSpf(EUR),
          `dmarc=fail (p=REJECT sp=REJECT dis=NONE arc=pass) header.from=${BRANDT}`,
        ],
        11,
        false,
      ),
      zone: ZONE,
      expect: SPF_ONLY,
    });
  }

  // ---- 9. The NDR into a Workspace tenant, Gmail forwarding to Yahoo ----
  {
    const user = `lena@${ARDEN}`;
    const to = 'robin.reader@yahoo.com';
    const rows = [gmailDkim(HALDEN, 'selector1'), heloSpf(EUR), gmailDmarc(HALDEN)];
    const inGoogle = onTop(
      ndr(`Lena Arden <${user}>`, 'W200N2'),
      'Return-Path: <>',
      `Received: from ${EUR.helo} (${EUR.rdns}. [${EUR.ip}])\r\n        by mx.google.com with ESMTPS id a200si11qtb.11\r\n        for <${user}>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        Fri, 20 Nov 2026 01:59:56 -0800 (PST)`,
      `Authentication-Results: mx.google.com;\r\n       ${rows.join('\r\n       ')}`,
    );
    const sealed = await sealAs(inGoogle, {
      domain: 'google.com',
      selector: 'arc-20240605',
      cv: 'none',
      authResults: `mx.google.com;\r\n       ${rows.join('\r\n       ')}`,
    });
    const fwd = onTop(
      sealed,
      `X-Forwarded-To: ${to}`,
      `X-Forwarded-For: ${user} ${to}`,
      `Delivered-To: ${user}`,
    );
    both({
      name: 'w200-yahoo-exchange-ndr-workspace-gmail-forwarding',
      class: 'bounce',
      about: `Genuine: the Exchange Online NDR (MAIL FROM:<>, the tenant's own field) to a Workspace user, whose Gmail forwarding sends it on to Yahoo (Google's ARC i=1, +caf_ envelope from ${GMAIL_OUT.helo}); the NDR's field still verifies. Wanted: authenticated or unverified.`,
      args: YAHOO_ARGS,
      eml: yahooDelivery(fwd, {
        relay: GMAIL_OUT,
        envelope: `lena+caf_=${to.replace('@', '=')}@${ARDEN}`,
        results: `dkim=pass header.i=@${HALDEN} header.s=selector1;\r\n spf=pass smtp.mailfrom=${ARDEN};\r\n dmarc=pass(p=REJECT) header.from=${HALDEN};`,
      }),
      zone: ZONE,
      expect: TRUSTED,
    });
  }

  // ---- 10. Mailman 3 on mail.python.org: an author with no signature (p=none) ----
  {
    const env = 'python-ideas-bounces+robin.reader=gmail.com@python.org';
    const post = msg(
      [
        `From: Maren Holt <maren@${MAREN}>`,
        'To: python-ideas@python.org',
        'Subject: [Python-ideas] A context manager for temporary umask',
        'Date: Fri, 20 Nov 2026 10:57:12 +0100',
        `Message-ID: <w200.umask@${MAREN}>`,
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset="utf-8"',
        'Content-Transfer-Encoding: 7bit',
        'Message-ID-Hash: W200KQ3ZPMXH4B7DL2YVRNCE6TJAFUOS',
        'X-Message-ID-Hash: W200KQ3ZPMXH4B7DL2YVRNCE6TJAFUOS',
        `X-MailFrom: maren@${MAREN}`,
        'X-Mailman-Version: 3.3.9',
        'Precedence: list',
        'List-Id: Python-ideas <python-ideas.python.org>',
        'Archived-At: <https://mail.python.org/archives/list/python-ideas@python.org/message/W200KQ3ZPMXH4B7DL2YVRNCE6TJAFUOS/>',
        'List-Archive: <https://mail.python.org/archives/list/python-ideas@python.org/>',
        'List-Help: <mailto:python-ideas-request@python.org?subject=help>',
        'List-Owner: <mailto:python-ideas-owner@python.org>',
        'List-Post: <mailto:python-ideas@python.org>',
        'List-Subscribe: <mailto:python-ideas-join@python.org>',
        'List-Unsubscribe: <mailto:python-ideas-leave@python.org>',
      ],
      'Would a contextlib.umask() be welcome? A sketch is below.\r\n\r\n_______________________________________________\r\nPython-ideas mailing list -- python-ideas@python.org\r\nTo unsubscribe send an email to python-ideas-leave@python.org\r\nhttps://mail.python.org/mailman3/lists/python-ideas.python.org/\r\n',
    );
    // The list host signs what it sends: its field sits above its own entry line.
    const raw = await signCorpus(
      onTop(
        post,
        `Received: from mail.${MAREN} (mail.${MAREN} [198.51.100.74])\r\n\tby mail.python.org (Postfix) with ESMTPS id 4Zw200P1\r\n\tfor <python-ideas@python.org>; Fri, 20 Nov 2026 09:57:13 +0000 (UTC)`,
      ),
      {
        domain: 'python.org',
        selector: '200901',
        canonicalization: 'relaxed/simple',
        headerList: ['from', 'to', 'subject', 'date', 'message-id', 'list-id', 'from'],
      },
    );
    const about = `Genuine: a Mailman 3 post on python-ideas@python.org by an author whose domain signs nothing (p=none, From not munged): mail.python.org [${PYTHON.ip}, DigitalOcean] adds its footer and list fields and signs d=python.org s=200901 (relaxed/simple, From oversigned)`;
    both({
      name: 'w200-gmail-python-org-mailman3-author-unsigned',
      class: 'mailing-list',
      about: `${about}. Gmail: dkim=pass python.org, spf=pass for the list's bounce envelope, dmarc=fail (p=NONE). Wanted: unverified (a list post; nothing forged), authenticated tolerated.`,
      args: GMAIL_ARGS,
      eml: toGmail(
        raw,
        PYTHON,
        env,
        [gmailDkim('python.org', '200901'), gmailSpf(env, PYTHON.ip), gmailDmarc(MAREN, 'NONE', 'fail')],
        12,
      ),
      zone: ZONE,
      expect: TRUSTED,
    });
  }

  // ---- 11. groups.io: the author's field removed, groups.io's own, read in Outlook and Yahoo ----
  {
    const env = 'bounce+16102+413+1808289+3934443@groups.io';
    const post = [
      `From: "Nadia Okonkwo" <nadia@${TESS}>`,
      'Date: Fri, 20 Nov 2026 10:58:26 +0100',
      'Subject: [rp2040-hackers] Carrier board rev C is in',
      'MIME-Version: 1.0',
      `Message-Id: <20261120-revc-w200@${TESS}>`,
      'To: rp2040-hackers@groups.io',
      'Precedence: Bulk',
      'List-Unsubscribe: <mailto:rp2040-hackers+unsubscribe@groups.io>',
      'Sender: rp2040-hackers@groups.io',
      'List-Id: <rp2040-hackers.groups.io>',
      'Mailing-List: list rp2040-hackers@groups.io; contact rp2040-hackers+owner@groups.io',
      'Delivered-To: mailing list rp2040-hackers@groups.io',
      `Reply-To: rp2040-hackers@groups.io,nadia@${TESS}`,
      'Content-Type: text/plain; charset="utf-8"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Rev C boards arrived; the USB fix works.\r\n\r\n\r\n-=3D-=3D-=3D-=3D-=3D-=3D-=3D-=3D-=3D-=3D-=3D-\r\nGroups.io Links: You receive all messages sent to this group.\r\nView/Reply Online (#413): https://groups.io/g/rp2040-hackers/message/413\r\n-=3D-=3D-=3D-=3D-=3D-=3D-=3D-=3D-=3D-=3D-=3D-\r\n',
    ].join('\r\n');
    const signed = await signCorpus(post, {
      domain: 'groups.io',
      selector: '20140610',
      canonicalization: 'relaxed/simple',
      headerList: ['cc', 'content-type', 'date', 'from', 'reply-to', 'subject', 'to'],
    });
    const at = signed.indexOf('\r\nFrom: ');
    const raw = onTop(
      appendHeaders(signed.slice(at + 2), signed.slice(0, at)),
      'X-Received: by 127.0.0.2 with SMTP id pdNeYY1809624xHw200Ff3FJ; Fri, 20 Nov 2026 01:58:39 -0800',
      `X-Received: from mail.${TESS} (mail.${TESS} [198.51.100.71])\r\n by mx.groups.io with SMTP id smtpd.web10.19018.1795168719280548518\r\n for <rp2040-hackers@groups.io>;\r\n Fri, 20 Nov 2026 01:58:39 -0800`,
    );
    const about = `Genuine groups.io post by an author at a p=none domain: groups.io removed her field, added its list fields, footer and Reply-To "list,author", and signed d=groups.io as its last header; From left as hers; sent from ${GROUPS.helo} [${GROUPS.ip}]`;
    both({
      name: 'w200-outlook-groups-io-author-signature-removed',
      class: 'mailing-list',
      about: `${about}. Outlook: EOP's spf=pass (groups.io), dkim=pass header.d=groups.io, dmarc=fail action=none (p=none), compauth=softpass. Wanted: unverified (authenticated tolerated).`,
      args: OUTLOOK_ARGS,
      eml: eopDelivery(raw, {
        ip: GROUPS.ip,
        helo: GROUPS.helo,
        ar: `spf=pass (sender IP is ${GROUPS.ip})\r\n smtp.mailfrom=groups.io; dkim=pass (signature was verified)\r\n header.d=groups.io;dmarc=fail action=none\r\n header.from=${TESS};compauth=softpass reason=201`,
        spf: `Pass (protection.outlook.com: domain of groups.io designates\r\n ${GROUPS.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${GROUPS.ip}; helo=${GROUPS.helo}; pr=C`,
        returnPath: env,
      }),
      zone: ZONE,
      expect: TRUSTED,
    });
    both({
      name: 'w200-yahoo-groups-io-author-signature-removed',
      class: 'mailing-list',
      about: `${about}. Yahoo: dkim=pass groups.io, spf=pass, dmarc=fail(p=NONE). Wanted: unverified (authenticated tolerated).`,
      args: YAHOO_ARGS,
      eml: yahooDelivery(raw, {
        relay: GROUPS,
        envelope: env,
        results: `dkim=pass header.i=@groups.io header.s=20140610;\r\n spf=pass smtp.mailfrom=groups.io;\r\n dmarc=fail(p=NONE) header.from=${TESS};`,
      }),
      zone: ZONE,
      expect: TRUSTED,
    });
  }

  // ---- 12. Entra B2B invitations on behalf of firms with legal forms and accents ----
  {
    const invite = (firm: string, inviter: string, to: string, id: string) =>
      signCorpus(
        msg(
          [
            `From: Microsoft Invitations on behalf of ${firm} <invites@microsoft.com>`,
            `To: ${to}`,
            `Reply-To: ${inviter}`,
            `Subject: ${inviter.replace(/ <.*$/, '')} invited you to access applications within their organization`,
            'Date: Fri, 20 Nov 2026 09:59:41 +0000',
            `Message-ID: <${id}@SN7PR21MB4031.namprd21.prod.outlook.com>`,
            'MIME-Version: 1.0',
            'Content-Type: text/plain; charset="utf-8"',
            'Content-Transfer-Encoding: 8bit',
          ],
          `Please only act on this invitation if you trust the individual and organization represented below.\r\n\r\n${inviter} invited you to access applications within their organization ${firm}.\r\n\r\nAccept invitation: https://invitations.microsoft.com/redeem/?tenant=7c1e2a94-3b5d-4f6e-8a71-0d2c9b4e5f18\r\n`,
        ),
        {
          domain: 'microsoft.com',
          selector: 'selector2',
          headerList: [
            'from',
            'to',
            'reply-to',
            'subject',
            'date',
            'message-id',
            'mime-version',
            'content-type',
          ],
        },
      );
    const env = 'invites@microsoft.com';
    const firms: Array<[string, string, string, string]> = [
      [
        'sorensen-ogsoen',
        'Sørensen & Søn ApS',
        'Ida Sørensen <ida@sorensen-og-son.example>',
        'sorensen-og-son.example',
      ],
      [
        'mueller-soehne',
        'Müller & Söhne GmbH & Co. KG',
        'Jonas Müller <jonas.mueller@mueller-soehne.example>',
        'mueller-soehne.example',
      ],
      [
        'credit-maritime',
        'Crédit Maritime Coopératif S.A.',
        'Élise Caron <elise.caron@creditmaritimecooperatif.example>',
        'creditmaritimecooperatif.example',
      ],
    ];
    let n = 20;
    for (const [key, firm, inviter] of firms) {
      n++;
      const raw = await invite(firm, inviter, 'robin.reader@gmail.com', `W200B${n}`);
      both({
        name: `w200-gmail-b2b-invitation-on-behalf-of-${key}`,
        class: 'm365-service',
        about: `Genuine: an Entra B2B guest invitation, From "Microsoft Invitations on behalf of ${firm}" <invites@microsoft.com>, Reply-To the inviter at the firm's own domain (written as domains write the name: legal forms dropped, "&" dropped or "og/und", letters plain or long), signed d=microsoft.com, from Exchange Online (${NAM.ip}). Gmail: dkim/spf/dmarc pass. Wanted: authenticated or unverified; never suspicious for that Reply-To.`,
        args: GMAIL_ARGS,
        eml: toGmail(
          raw,
          NAM,
          env,
          [gmailDkim('microsoft.com', 'selector2'), gmailSpf(env, NAM.ip), gmailDmarc('microsoft.com')],
          n,
        ),
        zone: ZONE,
        expect: TRUSTED,
      });
    }
    const raw = await invite(
      'Sørensen & Søn ApS',
      'Ida Sørensen <ida@sorensen-og-son.example>',
      'Robin Reader <robin@reader.example>',
      'W200B30',
    );
    both({
      name: 'w200-outlook-b2b-invitation-on-behalf-of-sorensen-ogsoen',
      class: 'm365-service',
      about: `Genuine: the Sørensen & Søn ApS invitation to a guest on Microsoft 365, read in Outlook: EOP's spf/dkim/dmarc pass for microsoft.com. Wanted: authenticated or unverified.`,
      args: OUTLOOK_ARGS,
      eml: toOutlook(raw, NAM, 'microsoft.com', ['microsoft.com'], 'microsoft.com', env),
      zone: ZONE,
      expect: TRUSTED,
    });
  }

  // ---- 13. Gmail's own field (h= folded before a colon, x=, darn=) to a box and to Outlook ----
  {
    const env = 'tomas.reyes.w200@gmail.com';
    const note = (to: string, darn: string) =>
      onTop(
        gmailSign(
          msg(
            [
              'MIME-Version: 1.0',
              `From: Tomas Reyes <${env}>`,
              'Date: Fri, 20 Nov 2026 10:59:30 +0100',
              'Message-ID: <CAw200Hq7d1xZb3T0vY2kQ@mail.gmail.com>',
              'Subject: Tickets for Saturday',
              `To: ${to}`,
              'Content-Type: text/plain; charset="UTF-8"',
            ],
            'Hi Robin,\r\n\r\nI have the two tickets for Saturday; meet at the north gate at seven?\r\n\r\nTomas\r\n',
          ),
          T - 30,
          darn,
        ),
        `Received: by mail-il1-f174.google.com with SMTP id e9e14a558f8ab-364f791a428so542835ab.3\r\n        for <${to.replace(/^.*<|>$/g, '')}>; Fri, 20 Nov 2026 01:59:31 -0800 (PST)`,
      ).replace(
        /\r\nMIME-Version: 1\.0\r\n/,
        '\r\nX-Gm-Message-State: AOJu0YzW200kQ3ZPMXH4B7DL2YVRNCE6TJAFUOSw200abcdEFGH\r\nX-Google-Smtp-Source: AGHT+IHw200QkR1Mz2Yc0xT4aS1bX9pLmN8oKjIhGfEdCbA\r\nX-Received: by 2002:a05:6e02:1c2a:b0:364:f791:a428 with SMTP id m10mr200il.3; Fri, 20 Nov 2026 01:59:31 -0800 (PST)\r\nMIME-Version: 1.0\r\n',
      );
    const about = `Genuine: a friend's personal Gmail message, Gmail's field as Gmail writes it (d= on a second line with t=, x= a week later and darn=, h= oversigned and folded before a colon: "…:subject\\r\\n         :date:message-id:reply-to"), from ${GMAIL_SUBMIT.helo} [${GMAIL_SUBMIT.ip}]; gmail.com's DMARC is p=none`;
    both({
      name: 'w200-box-gmail-personal-field-folded-before-colon',
      class: 'provider',
      about: `${about}. The reader's Postfix box: dkim, spf, dmarc pass. Wanted: authenticated or unverified.`,
      args: BOX_ARGS,
      eml: boxDelivery(
        note('Robin Reader <robin@reader.example>', 'reader.example'),
        GMAIL_SUBMIT,
        env,
        [
          'dkim=pass (2048-bit key) header.d=gmail.com header.i=@gmail.com',
          `spf=pass smtp.mailfrom=${env}`,
          'dmarc=pass (p=none dis=none) header.from=gmail.com',
        ],
        '4Zw200g1',
      ),
      zone: ZONE,
      expect: TRUSTED,
      twin: true,
    });
    emitCase(write, {
      name: 'w200-outlook-gmail-personal-field-folded-before-colon',
      class: 'provider',
      about: `${about}. Outlook: EOP's id-less spf/dkim/dmarc pass for gmail.com. Wanted: authenticated or unverified.`,
      args: OUTLOOK_ARGS,
      eml: toOutlook(
        note('Robin Reader <robin@reader.example>', 'reader.example'),
        GMAIL_SUBMIT,
        'gmail.com',
        ['gmail.com'],
        'gmail.com',
        env,
      ),
      zone: ZONE,
      expect: TRUSTED,
    });
  }

  // ---- 14. Outlook.com's consumer field (d=outlook.com s=selector1) to Gmail ----
  {
    const env = 'ingrid.vale.w200@outlook.com';
    const raw = exoSign(
      msg(
        [
          `From: Ingrid Vale <${env}>`,
          'To: "robin.reader@gmail.com" <robin.reader@gmail.com>',
          'Subject: Book club on Thursday',
          'Thread-Topic: Book club on Thursday',
          'Thread-Index: AQHbW200b3Vrb2Nsd2IyMDBmb3JvYmlu',
          'Date: Fri, 20 Nov 2026 09:59:20 +0000',
          'Message-ID: <AM6PR05MB7200W200B7C1D2E3F4@AM6PR05MB7200.eurprd05.prod.outlook.com>',
          'Accept-Language: en-GB, en-US',
          'Content-Language: en-GB',
          'X-MS-Has-Attach:',
          'X-MS-TNEF-Correlator:',
          'x-ms-exchange-senderadcheck: 1',
          'Content-Type: text/plain; charset="us-ascii"',
          'MIME-Version: 1.0',
        ],
        'Hi Robin,\r\n\r\nbook club moves to Thursday this week, same place.\r\n\r\nIngrid\r\n',
      ),
      'outlook.com',
    );
    both({
      name: 'w200-gmail-outlook-com-consumer-field-senderadcheck',
      class: 'provider',
      about: `Genuine: an Outlook.com user's message, signed d=outlook.com s=selector1 in Exchange Online's layout (h= ending in X-MS-Exchange-SenderADCheck), from Outlook.com's consumer outbound ${OLKN.rdns} [${OLKN.ip}]. Gmail: dkim, spf, dmarc pass (p=none). Wanted: authenticated or unverified.`,
      args: GMAIL_ARGS,
      eml: toGmail(
        raw,
        OLKN,
        env,
        [gmailDkim('outlook.com', 'selector1'), gmailSpf(env, OLKN.ip), gmailDmarc('outlook.com', 'NONE')],
        14,
      ),
      zone: ZONE,
      expect: TRUSTED,
    });
  }

  // ---- 15. Two fields of one domain: Exchange Online's selector1 under Cisco's iport ----
  {
    const env = `owen.fenmore@${FENMORE}`;
    const raw = ciscoTop(
      ciscoSign(
        exoSign(
          msg(
            [
              `From: Owen Fenmore <owen.fenmore@${FENMORE}>`,
              'To: Robin Reader <robin@reader.example>',
              'Subject: Completion documents',
              'Date: Fri, 20 Nov 2026 09:58:10 +0000',
              `Message-ID: <W200C9@AM9PR02MB7195.eurprd02.prod.outlook.com>`,
              'x-ms-exchange-senderadcheck: 1',
              'MIME-Version: 1.0',
              'Content-Type: text/plain; charset="us-ascii"',
            ],
            'Dear Robin,\r\n\r\nthe completion documents are ready for signature at our office.\r\n\r\nOwen Fenmore\r\n',
          ),
          FENMORE,
        ),
        FENMORE,
        T - 100,
      ),
    );
    const about = `Genuine: the firm's Microsoft 365 tenant signs with selector1 (Exchange Online's layout), then its Cisco Secure Email gateway signs again with iport (IronPort's layout): two fields of one d=, different tags and folds, sent from ${CISCO.helo} [${CISCO.ip}]`;
    both({
      name: 'w200-box-cisco-outbound-exchange-and-ironport-fields',
      class: 'gateway',
      about: `${about}. The reader's Postfix box records both dkim=pass. Wanted: authenticated or unverified.`,
      args: BOX_ARGS,
      eml: boxDelivery(
        raw,
        CISCO,
        env,
        [
          `dkim=pass (2048-bit key) header.d=${FENMORE} header.i=@${FENMORE} header.s=iport`,
          `dkim=pass (2048-bit key) header.d=${FENMORE} header.i=@${FENMORE} header.s=selector1`,
          `spf=pass smtp.mailfrom=${env}`,
          `dmarc=pass (p=reject dis=none) header.from=${FENMORE}`,
        ],
        '4Zw200c9',
      ),
      zone: ZONE,
      expect: TRUSTED,
    });
  }
}

// Pending (8), worst first; none reads spoofed.
//
// A. Exchange Online's non-delivery report read outside the tenant (5): w200-gmail-exchange-online-
// ndr-empty-envelope (online, -no-options, -offline), w200-yahoo-exchange-ndr-workspace-gmail-
// forwarding (online, -offline).
// Read now: suspicious, on display-name-brand (medium: "Microsoft Outlook" names Microsoft, the From
// is MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@halden-soenn.example) beside a full pass
// (dkim=pass d=halden-soenn.example aligned, SPF for the HELO of Exchange Online's outbound host,
// dmarc=pass); offline the same.
// Should read: authenticated (or unverified): the tenant's own domain signed it, and "Microsoft
// Outlook" <MicrosoftExchange329e…@tenant> is the name Exchange Online gives every tenant's NDRs,
// which go to outside senders as well (find_string "Microsoft Outlook <MicrosoftExchange329e71ec88ae":
// ids 28274113430 "…@cityofsunnyvale.onmicrosoft.com" to cert@sunnyvale.ca.gov, 71062447454 and
// 68719072862, bounce-parser test data of NDRs returned to outside addresses).
// At fault: lib/findings/display-name.ts displayNameRule, the `!exchangeSystemMailbox(ctx, …)` guard:
// exchangeSystemMailbox holds only where `ctx.analysis.origin.insideReceiver === true` and the
// profile is 'outlook' (real-mail round 147); the same system mailbox writing to an outside reader
// falls through to brandClaimed → display-name-brand (medium) → verdict.ts row 7 (a medium
// IMPERSONATION_IDS finding beside a pass reads suspicious).
// Smallest fix: in exchangeSystemMailbox, also accept the exact local part when the message is a
// delivery report of Exchange Online's (empty envelope: Return-Path <>, and X-MS-Exchange-Message-
// Is-Ndr or Auto-Submitted: auto-replied) AND the From's own organisation authenticates it by an
// aligned DKIM pass (ctx.analysis.dkim some d.aligned && d.result === 'pass'). Or, less: keep the
// finding but at 'low' in that case, so the verdict follows the authentication.
// Could hurt: rounds 60/62 chose to read a sibling tenant's bounce and an attacker's tenant printing
// the same name both suspicious. With the fix an attacker who signs with his OWN domain and writes
// "Microsoft Outlook" <MicrosoftExchange329e…@attacker.example> with MAIL FROM:<> reads authenticated
// as attacker.example (the address shown is his, so nothing about the sender is false), and a
// backscatter NDR from his own tenant carrying his text in the returned part reads the same. The
// onmicrosoft.com form (brand-on-freemail) is untouched by this.
//
// B. Entra B2B invitation "on behalf of Sørensen & Søn ApS", Reply-To ida@sorensen-og-son.example
// (3): w200-gmail-b2b-invitation-on-behalf-of-sorensen-ogsoen (online, -offline), w200-outlook-b2b-
// invitation-on-behalf-of-sorensen-ogsoen (online; offline reads unverified, within expectation).
// Read now: suspicious on reply-to-other-org (medium) beside microsoft.com's full pass. The two
// siblings (Müller & Söhne GmbH & Co. KG → mueller-soehne; Crédit Maritime Coopératif S.A. →
// creditmaritimecooperatif) read authenticated.
// Should read: authenticated or unverified: the Reply-To is the firm's own name as Danish and
// Norwegian write "&" in a domain ("og"; Swedish "och").
// At fault: lib/findings/reply-to.ts nameSpellings / AND: the "and" words are
// `& | and | und | et | y | en` (and the loop's ['', 'and', 'und', 'et', 'y', 'en']); "og" and "och"
// are missing, so no spelling of "Sørensen & Søn ApS" is `sorensenogson` and firmsDomain fails.
// Smallest fix: add 'og' and 'och' to both AND and the loop's list (Italian/Portuguese 'e' and
// Polish 'i' only if the lead wants them: one-letter words widen more).
// Could hurt: only a Reply-To whose domain spells the very name the From writes for; an attacker who
// names his own tenant "Sørensen & Søn ApS" can already register sorensenson.example, which passes
// today, so no new forgery reads better.
//
// Learnt this round and passing: every hand-written field layout verifies and is read as its line
// (Mailgun a= first with a spaced h=, Yandex bh= before h=, Zoho's oversigned h= with both Message-ID
// spellings, OpenDKIM simple/simple, Gmail's h= folded before a colon with x= and darn=, Exchange
// Online and Outlook.com selector1, IronPort's i=@/x=, Exchange's and Cisco's fields of one domain on
// one message); an out-of-office with MAIL FROM:<> forwarded by a tenant behind Cisco Secure Email
// or straight into Exchange Online reads unverified (SPF for the HELO at the entry or past Cisco,
// since b573131c and 211a16fc); python.org and groups.io posts without the author's signature read
// unverified online and offline.
// Lead, 2026-12-07: fixed B (reply-to.ts: og, och). Left pending: A, a design call: a genuine
// Exchange Online non-delivery report read outside the tenant keeps "Microsoft Outlook" as a brand
// name (medium): the attacker's own tenant sends real NDRs too (backscatter to a victim named as the
// envelope sender, quoting the attacker's text), so the exact address and NDR headers prove nothing.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'w200-gmail-exchange-online-ndr-empty-envelope',
  'w200-gmail-exchange-online-ndr-empty-envelope-no-options',
  'w200-gmail-exchange-online-ndr-empty-envelope-offline',
  'w200-yahoo-exchange-ndr-workspace-gmail-forwarding',
  'w200-yahoo-exchange-ndr-workspace-gmail-forwarding-offline',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
