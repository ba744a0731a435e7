// Red-team round 223: the list reading of the evening of 2026-12-07 (Origin.listRelay,
// DkimCheck.listSigned, sharedSpfPass's list case, list-restore on such posts), attacked in both
// directions. Forgeries: the attacker subscribes to an organisation's own list (or posts to an
// open one) and steps around each exemption of lib/findings/list-evidence.ts listBounceEnvelope:
// (1) his From is the list's own posting address (`from === post`), with a desk's display name,
// through ezmlm (which checks the envelope sender, not the From) and through Mailman 3 (whose
// membership test reads the envelope sender among its sender headers, so a subscriber's envelope
// carries any From); (2) his From is a LISTSERV-looking `<hex>-dmarc-request@` address at the
// envelope's own domain, on a list that is not LISTSERV at all (ezmlm); (3) on a list whose
// software writes no List-Post and no List-Id (LISTSERV 16.5's header style), he writes
// `List-Post: NO` himself, or a List-Id naming another organisation: both fields are sender-written
// and the list leaves them; (4) he posts from a private campus address straight to the list host,
// so no hop below the hand-off is public (lib/analyze.ts `posted`). Controls: the attacker's own
// `List-Post: NO` below ezmlm's (first() reads ezmlm's), and his own List-Post: NO on Mailman 3,
// which deletes senders' List-* fields. Genuine direction: the list host's organisation's own
// outbound relay signs the author's submission before the list takes it (an ASF committer through
// mailrelay1-he-de.apache.org, a university staffer through smtp.univ.example): markListSigned's
// "above the oldest Received whose `by` is the list's organisation" puts that submission's
// signature above the submission relay's own line, so the author's intact signature reads as the
// list's.
// Findings: 21 of 27 forgeries read AUTHENTICATED (pending A-F), through every exemption tried:
// the list's posting address as From (ezmlm, Mailman 3 signing), a LISTSERV-shaped
// `-dmarc-request@` From on ezmlm, a sender-written `List-Post: NO` or List-Id on LISTSERV, a
// private campus client, mlmmj's `+bounces-` envelope (not in LIST_BOUNCE), and a replayed staff
// post whose attacker-written addendum list-restore cuts away unshown (online and offline). Held:
// the ezmlm and Mailman 3 controls (their own List-Post first / the sender's deleted), Google
// Groups on a Workspace domain (Google's shared SPF, no tenant signature), and the ezmlm forgeries
// offline (suspicious: Hetzner hosting). Genuine: both own-organisation submission relays' intact
// signatures read unverified (pending G, 5 cases).
// Where the layouts were learnt:
// - ezmlm at the ASF, python.org's Mailman 3, the university's Sympa and the attacker's VM: copied
//   from probe221.ts (its header cites find_string ids 30724450266 for mxout1-he-de's ezmlm
//   layout, 57634473880 / 68759939985 / 68572869537 for mailrelay1-he-de.apache.org's
//   `d=apache.org; s=mail` signature on a committer's ESMTPSA submission with `Authentication-
//   Results: apache.org; auth=none`, 14351998041 / 28235070287 for python.org's s=200901).
// - Mailman deletes senders' List-* fields before writing its own: `search` (code) "mlmmj
//   customheaders delheaders List-Post" returned Launchpad's Mailman handler ("Start by deleting
//   any existing such headers in the message already. for header in ('list-id', 'list-help',
//   'list-post', …): del msg[header]") and Mailman 3's cookheaders/rfc-2369 doctests.
// - LISTSERV 16.5's fields (Sender the list, envelope owner-LIST@, List-Help/-Subscribe/
//   -Unsubscribe/-Archive, no List-Id, no List-Post) and its `<16 hex>-dmarc-request@NODE`:
//   realworld4.ts (rw4-listserv-dmarc-rewrite, from L-Soft's manual).
// - Mailman 3 reads `sender_headers: from from_ reply-to sender` (from_ the envelope) for
//   membership: recalled from mailman/config/schema.cfg, NOT re-read this round.
// NOT confirmed: that ezmlm at the ASF and python-dev accept a subscriber's post whose From is the
// list's own address (ezmlm-issubn reads the envelope; Mailman 3's loop rule reads List-Post, not
// From); that LISTSERV keeps a sender's List-Post / List-Id fields (it writes none of its own in
// the 16.5 style modelled; whether it strips others' was not found); that a campus network routes
// eduroam's 10.0.0.0/8 clients to the list host without NAT (many do, some NAT everything); that
// the ASF's mailrelay1 still signs committers' submissions (2026 capture above; a 2022 one has no
// signature).
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import { ATTACKER_IP, authenticZone, emitCase, ptr, RECEIVER, type Relay } from '../kit';
import { keyZone } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { GMAIL_TO, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

const P = 'r223-';
const GMAIL_ARGS = ['--webmail', 'gmail'];
const BOX_ARGS = ['--authserv-id', RECEIVER, '--recipient-domain', 'reader.example'];
const NOT_AUTH: CaseExpectation = { notVerdict: ['authenticated'] };
/** Genuine mail whose author's own signature verifies intact: authenticated is the honest reading. */
const OWN_SIGNED: CaseExpectation = { verdict: ['authenticated'], notVerdict: ['spoofed'] };
const BOX_TO = 'robin@reader.example';

const VPS: Relay = { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: ATTACKER_IP };
const ATTACKER_ZONE = { ...authenticZone('attacker.example', ATTACKER_IP), ...ptr(VPS.ip, VPS.rdns) };

/** The first 8 characters of the first DKIM-Signature's b= (OpenDKIM's header.b). */
const b8 = (raw: string) =>
  (/^DKIM-Signature:.*?;\s*b=([^;\r]+)/im.exec(raw.replace(/\r\n[ \t]+/g, ' '))?.[1] ?? '')
    .replace(/\s+/g, '')
    .slice(0, 8);

/** The reader's Postfix box taking the list's hand-off from `relay`: OpenDKIM, policyd-spf, OpenDMARC rows. */
function boxDelivery(raw: string, relay: Relay, env: string, rows: string[], id: string): string {
  return onTop(
    raw,
    `Return-Path: <${env}>`,
    `Delivered-To: ${BOX_TO}`,
    `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid kR223x${id}vPWf0cQAAq2Xb7g\r\n\t(envelope-from <${env}>)\r\n\tfor <${BOX_TO}>; Fri, 20 Nov 2026 10:00:09 +0000`,
    `Authentication-Results: ${RECEIVER};\r\n\t${rows.join(';\r\n\t')}`,
    `Received: from ${relay.helo} (${relay.rdns} [${relay.ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Zr223Xk${id}z2vWc\r\n\tfor <${BOX_TO}>; Fri, 20 Nov 2026 10:00:08 +0000`,
  );
}
const boxSpf = (env: string, ip: string) =>
  `spf=pass (${RECEIVER}: domain of ${env} designates ${ip} as permitted sender) smtp.mailfrom=${env}`;
const boxDkim = (d: string, b: string) =>
  `dkim=pass (2048-bit key; unprotected key) header.d=${d} header.i=@${d} header.a=rsa-sha256 header.b=${b}`;
const boxDmarc = (from: string, p: string) => `dmarc=pass (p=${p} dis=none) header.from=${from}`;

// ==== apache.org: ezmlm on dev@spark.apache.org, unsigned hand-off from mxout1-he-de ====
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

/** A post to dev@spark.apache.org through ezmlm as mxout1-he-de hands it on (ezmlm changes nothing). */
function viaEzmlm(post: string, client: Relay, envFrom: string, rcpt: string, n: number): string {
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
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${client.ip}; helo=${client.helo}; envelope-from=${envFrom}; receiver=<UNKNOWN>`,
    `Received: from ${client.helo} (${client.rdns} [${client.ip}])\r\n\tby mx1-he-de.apache.org (ASF Mail Server at mx1-he-de.apache.org) with ESMTPS id 83B${n}\r\n\tfor <dev@spark.apache.org>; Fri, 20 Nov 2026 10:00:02 +0000 (UTC)`,
  );
  return onTop(
    listed,
    `Received: from mail.apache.org (mailroute1-lw-us.apache.org [207.244.88.153])\r\n\tby mxout1-he-de.apache.org (ASF Mail Server at mxout1-he-de.apache.org) with ESMTPS id 02D${n}\r\n\tfor <${rcpt}>; Fri, 20 Nov 2026 10:00:04 +0000 (UTC)`,
  );
}
const asfPost = (from: string, subject: string, body: string, n: string, extra: string[] = []) =>
  submitted({
    from,
    to: 'dev@spark.apache.org',
    subject,
    messageId: `<r223.${n}@mail.attacker.example>`,
    body,
    extraHeaders: extra,
  });
const asfGmail = (raw: string, n: number, dkim: string[] = [], from = 'spark.apache.org') => {
  const env = ASF_ENV(n, GMAIL_TO);
  return gmailDelivery(raw, {
    relay: ASF_OUT,
    envelope: env,
    spf: 'pass',
    ids: [`x223csp${n}pxa`, `a223si${n}qtb.${n % 100}`],
    results: [...dkim, gmailSpf(env, ASF_OUT.ip), gmailDmarc(from, 'NONE')].join('\r\n       '),
  });
};

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
const PY_LIST = (hash: string) => [
  `Message-ID-Hash: ${hash}`,
  `X-Message-ID-Hash: ${hash}`,
  'X-MailFrom: bounce@attacker.example',
  'X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header',
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

/** A subscriber's post to python-dev as mail.python.org hands it on (Mailman deletes the sender's List-* first). */
async function viaPython(post: string, hash: string, rcpt: string): Promise<string> {
  let listed = post
    .replace(/^List-[A-Za-z]+: .*\r\n/gim, '')
    .replace(/^Subject: /m, 'Subject: [Python-Dev] ')
    .replace(/\r\n$/, `\r\n${PY_FOOTER}`);
  listed = appendHeaders(listed, ...PY_LIST(hash));
  const withTrace = onTop(
    listed,
    `Authentication-Results: mail.python.org;\r\n\tdkim=none;\r\n\tspf=pass (mail.python.org: domain of bounce@attacker.example designates ${VPS.ip} as permitted sender) smtp.mailfrom=bounce@attacker.example`,
    `Received: from ${VPS.helo} (${VPS.rdns} [${VPS.ip}])\r\n\tby mail.python.org (Postfix) with ESMTPS id 4Zr223${hash.slice(0, 6)}\r\n\tfor <python-dev@python.org>; Fri, 20 Nov 2026 10:00:02 +0000 (UTC)`,
  );
  const signed = await signCorpus(withTrace, {
    domain: 'python.org',
    selector: '200901',
    canonicalization: 'relaxed/simple',
    headerList: PY_H,
  });
  return onTop(
    signed,
    `Received: from mail.python.org (localhost [127.0.0.1])\r\n\tby mail.python.org (Postfix) with ESMTP id 4Zr223Lo${hash.slice(0, 4)}\r\n\tfor <${rcpt}>; Fri, 20 Nov 2026 10:00:04 +0000 (UTC)`,
  );
}
const pyGmail = (raw: string, n: string) => {
  const env = PY_ENV(GMAIL_TO);
  return gmailDelivery(raw, {
    relay: PY,
    envelope: env,
    spf: 'pass',
    ids: [`x223csp${n}pxa`, `a223si${n}qtb.3`],
    results: [gmailDkim('python.org', '200901'), gmailSpf(env, PY.ip), gmailDmarc('python.org', 'NONE')].join(
      '\r\n       ',
    ),
  });
};

// ==== A university: LISTSERV 16.5 (unsigned), Sympa (unsigned), the staff's submission relay ====
const LSV: Relay = { helo: 'listserv.univ.example', rdns: 'listserv.univ.example', ip: '203.0.113.26' };
const LSV_NODE = 'LISTSERV.UNIV.EXAMPLE';
const LSV_ENV = `owner-ALLSTAFF-L@${LSV_NODE}`;
const SYMPA: Relay = { helo: 'lists.univ.example', rdns: 'lists.univ.example', ip: '203.0.113.25' };
const SYMPA_ENV = 'all-staff-owner@lists.univ.example';
const UNIV_SMTP: Relay = { helo: 'smtp.univ.example', rdns: 'smtp.univ.example', ip: '203.0.113.5' };
const UNIV_ZONE: Record<string, unknown> = {
  ...ATTACKER_ZONE,
  ...ptr(LSV.ip, LSV.rdns),
  ...ptr(SYMPA.ip, SYMPA.rdns),
  ...ptr(UNIV_SMTP.ip, UNIV_SMTP.rdns),
  ...keyZone(['s2026._domainkey.univ.example']),
  'listserv.univ.example': { TXT: ['v=spf1 ip4:203.0.113.26 -all'] },
  'lists.univ.example': { TXT: ['v=spf1 ip4:203.0.113.25 -all'] },
  'univ.example': { TXT: ['v=spf1 ip4:203.0.113.0/28 -all'] },
  '_dmarc.univ.example': { TXT: ['v=DMARC1; p=none; rua=mailto:dmarc@univ.example'] },
};

/** LISTSERV 16.5's fields on a post to ALLSTAFF-L (no List-Id, no List-Post: realworld4.ts). */
const LSV_FIELDS = [
  `Sender: University staff announcements <ALLSTAFF-L@${LSV_NODE}>`,
  'Precedence: list',
  `List-Help: <https://listserv.univ.example/cgi-bin/wa?LIST=ALLSTAFF-L>,\r\n <mailto:LISTSERV@${LSV_NODE}?body=INFO%20ALLSTAFF-L>`,
  `List-Subscribe: <mailto:ALLSTAFF-L-subscribe-request@${LSV_NODE}>`,
  `List-Unsubscribe: <mailto:ALLSTAFF-L-unsubscribe-request@${LSV_NODE}>`,
  'List-Archive: <https://listserv.univ.example/cgi-bin/wa?LIST=ALLSTAFF-L>',
];
const LSV_FOOTER =
  '\r\n########################################################################\r\n\r\nTo unsubscribe from the ALLSTAFF-L list, click the following link:\r\nhttps://listserv.univ.example/cgi-bin/wa?SUBED1=ALLSTAFF-L&A=1\r\n';

/** The attacker's post through LISTSERV (a Send= Public list, or he is subscribed), handed to Gmail. */
function viaListserv(post: string, n: number): string {
  const listed = onTop(
    appendHeaders(post.replace(/\r\n$/, `\r\n${LSV_FOOTER}`), ...LSV_FIELDS),
    `Received: from ${VPS.helo} (${VPS.rdns} [${VPS.ip}])\r\n\tby listserv.univ.example (Postfix) with ESMTPS id 4Zr223Ls${n}\r\n\tfor <ALLSTAFF-L@${LSV_NODE}>; Fri, 20 Nov 2026 10:00:02 +0000`,
  );
  return gmailDelivery(
    onTop(
      listed,
      `Received: from listserv.univ.example (LISTSERV-TCP/IP release 16.5) by LISTSERV.UNIV.EXAMPLE\r\n\t(LISTSERV-TCP/IP release 16.5) with spool id 2231${n} for ALLSTAFF-L@LISTSERV.UNIV.EXAMPLE;\r\n\tFri, 20 Nov 2026 10:00:03 +0000`,
    ),
    {
      relay: LSV,
      envelope: LSV_ENV,
      spf: 'pass',
      ids: [`x223csp${n}pxa`, `a223si${n}qtb.${n}`],
      results: [gmailSpf(LSV_ENV, LSV.ip), gmailDmarc('univ.example', 'NONE')].join('\r\n       '),
    },
  );
}

/** Sympa's fields on a post to all-staff@lists.univ.example (probe221's layout). */
const SYMPA_FIELDS = [
  'List-Id: <all-staff.lists.univ.example>',
  'List-Post: <mailto:all-staff@lists.univ.example>',
  'List-Owner: <mailto:all-staff-request@lists.univ.example>',
  'List-Unsubscribe: <mailto:sympa@lists.univ.example?subject=unsubscribe%20all-staff>',
  'Precedence: list',
  'X-Loop: all-staff@lists.univ.example',
  'X-Sequence: 2231',
];
/** Sympa's hand-off: its own queue line on top (sendmail from the sympa user), then to `rcpt`. */
const sympaOut = (raw: string, id: string) =>
  onTop(
    appendHeaders(raw, ...SYMPA_FIELDS),
    `Received: by lists.univ.example (Postfix, from userid 116)\r\n\tid 4Zr223Sq${id}; Fri, 20 Nov 2026 10:00:04 +0000`,
  );
const sympaGmail = (raw: string, n: number, dkim: string[] = []) =>
  gmailDelivery(raw, {
    relay: SYMPA,
    envelope: SYMPA_ENV,
    spf: 'pass',
    ids: [`x223csp${n}pxa`, `a223si${n}qtb.${n}`],
    results: [...dkim, gmailSpf(SYMPA_ENV, SYMPA.ip), gmailDmarc('univ.example', 'NONE')].join('\r\n       '),
  });

// ==== A firm's mlmmj list (envelope `<list>+bounces-<n>-<rcpt>@`, as vger's mlmmj writes it) ====
const FIRM_LISTS: Relay = { helo: 'lists.firm.example', rdns: 'lists.firm.example', ip: '198.51.100.80' };
const MLMMJ_ENV = (rcpt: string) => `allstaff+bounces-1207-${rcpt.replace('@', '=')}@lists.firm.example`;
const FIRM_ZONE: Record<string, unknown> = {
  ...ATTACKER_ZONE,
  ...ptr(FIRM_LISTS.ip, FIRM_LISTS.rdns),
  'lists.firm.example': { TXT: ['v=spf1 ip4:198.51.100.80 -all'] },
  'firm.example': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  '_dmarc.firm.example': { TXT: ['v=DMARC1; p=reject'] },
};
const MLMMJ_FIELDS = [
  'List-Id: <allstaff.lists.firm.example>',
  'List-Post: <mailto:allstaff@lists.firm.example>',
  'List-Help: <mailto:allstaff+help@lists.firm.example>',
  'List-Subscribe: <mailto:allstaff+subscribe@lists.firm.example>',
  'List-Unsubscribe: <mailto:allstaff+unsubscribe@lists.firm.example>',
];

// ==== Google Groups on a Workspace domain (the layout of find_string id 33946489896) ====
const MF = 'meridian-freight.example';
const GROUPS_OUT: Relay = {
  helo: 'mail-yb1-f200.google.com',
  rdns: 'mail-yb1-f200.google.com',
  ip: '209.85.219.200',
};
const MF_ENV = `partners+bncBCLPHQH4XEIRBHWR4SYAMGQEFU4YXLA@${MF}`;
const MF_ZONE: Record<string, unknown> = {
  ...ATTACKER_ZONE,
  ...ptr(GROUPS_OUT.ip, GROUPS_OUT.rdns),
  [MF]: { TXT: ['v=spf1 include:_spf.google.com ~all'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 ~all'] },
  [`_dmarc.${MF}`]: { TXT: ['v=DMARC1; p=none'] },
};

export async function makeAll(write: CaseWriter): Promise<void> {
  const gmail = (
    name: string,
    eml: string,
    zone: Record<string, unknown>,
    about: string,
    expect: CaseExpectation,
    o: { twin?: boolean; offline?: boolean } = {},
  ) => {
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
    if (o.offline)
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
  ) =>
    emitCase(write, {
      name: `${P}box-${name}`,
      class: 'list-own-domain',
      about: `${about} Read on the reader's Postfix box.`,
      args: BOX_ARGS,
      eml,
      zone,
      expect,
    });

  // ==== 1. From = the list's own posting address (exemption `from === post`) ====
  {
    const post = asfPost(
      'Apache Spark PMC <dev@spark.apache.org>',
      'Action required: committers must re-enrol in the new ASF SSO by Nov 27',
      'Hi all,\r\n\r\nThe ASF is moving id.apache.org to a new single sign-on. Committers not\r\nre-enrolled by November 27 lose write access to apache/spark. Re-enrol at\r\nhttps://id-apache.attacker.example/enrol\r\n\r\n-- \r\nApache Spark PMC\r\n',
      'a1',
    );
    gmail(
      'asf-ezmlm-from-list-posting-address-unsigned',
      asfGmail(viaEzmlm(post, VPS, 'bounce@attacker.example', GMAIL_TO, 48201), 48201),
      ASF_ZONE,
      'Attack: the attacker subscribes bounce@attacker.example to dev@spark.apache.org (ezmlm-issubn checks the envelope sender, not the From) and posts from his VM, unsigned, as "Apache Spark PMC" <dev@spark.apache.org>, the list\'s own posting address, an SSO phish. ezmlm hands it on unchanged under dev-return-…@spark.apache.org: SPF passes aligned with spark.apache.org. listBounceEnvelope leaves a From equal to the list\'s posting address as "the list\'s own word" (meant for Mailman\'s munged "X via list" From), so no listRelay. Wanted: not authenticated.',
      NOT_AUTH,
      { twin: true, offline: true },
    );
    const b = viaEzmlm(post, VPS, 'bounce@attacker.example', BOX_TO, 48202);
    const benv = ASF_ENV(48202, BOX_TO);
    box(
      'asf-ezmlm-from-list-posting-address-unsigned',
      boxDelivery(
        b,
        ASF_OUT,
        benv,
        ['dkim=none', boxSpf(benv, ASF_OUT.ip), boxDmarc('spark.apache.org', 'none')],
        'a1',
      ),
      ASF_ZONE,
      'Attack: as above, "Apache Spark PMC" <dev@spark.apache.org> through ezmlm, unsigned.',
      NOT_AUTH,
    );
  }
  {
    const post = submitted({
      from: 'Python Security Response Team <python-dev@python.org>',
      to: 'python-dev@python.org',
      subject: 'Action required: rotate your PyPI API tokens before Nov 27',
      messageId: '<r223.p1@mail.attacker.example>',
      body: 'Hello core developers,\r\n\r\nEvery PyPI API token issued before November 2026 is revoked on\r\nNovember 27. Re-issue yours at https://pypi-tokens.attacker.example/rotate\r\n\r\n-- \r\nPython Security Response Team\r\n',
    });
    const g = await viaPython(post, 'R223PSRTLISTADDR2LM6XWHB3NCVJ5TE', GMAIL_TO);
    gmail(
      'python-dev-from-list-posting-address-list-signs',
      pyGmail(g, '31'),
      PY_ZONE,
      "Attack: a python-dev subscriber (envelope bounce@attacker.example, a member: Mailman 3 reads the envelope among its sender headers) posts as \"Python Security Response Team\" <python-dev@python.org>, the list's own posting address. Mailman 3 (python.org p=none: no munging) adds prefix, footer and List fields and signs d=python.org s=200901 with h= over List-Id; envelope python-dev-bounces+…@python.org. The From equals List-Post, so listBounceEnvelope reads it as the list's own word: no listRelay, the list's signature counts as the author's. Wanted: not authenticated.",
      NOT_AUTH,
      { offline: true },
    );
  }

  // ==== 2. A `<hex>-dmarc-request@` From on a list that is not LISTSERV ====
  {
    const post = asfPost(
      'ASF Infrastructure <00000003f16b4808-dmarc-request@spark.apache.org>',
      'Mandatory: GitHub 2FA re-verification for apache/spark committers',
      'Hi committers,\r\n\r\nGitHub write access to apache/* now requires re-verifying your 2FA through\r\nthe ASF. Do it before November 27 at https://gitbox-apache.attacker.example/2fa\r\n\r\n-- \r\nASF Infrastructure Team\r\n',
      'a2',
    );
    gmail(
      'asf-ezmlm-dmarc-request-lookalike-from-unsigned',
      asfGmail(viaEzmlm(post, VPS, 'bounce@attacker.example', GMAIL_TO, 48211), 48211),
      ASF_ZONE,
      'Attack: a subscriber\'s post to dev@spark.apache.org (ezmlm) as "ASF Infrastructure" <00000003f16b4808-dmarc-request@spark.apache.org>: LISTSERV\'s DMARC-rewrite address form at the envelope\'s own domain, on a list that is ezmlm, not LISTSERV, and on a From the list never rewrote. listBounceEnvelope exempts any `<8-32 hex>-dmarc-request@<envelope domain>` From, so the unsigned post stands on ezmlm\'s aligned envelope alone. Gmail shows the name "ASF Infrastructure". Wanted: not authenticated.',
      NOT_AUTH,
      { twin: true, offline: true },
    );
  }

  // ==== 3. Sender-written List-Post: NO / List-Id on a list that writes neither (LISTSERV 16.5) ====
  {
    const post = submitted({
      from: 'IT Service Desk <it-servicedesk@univ.example>',
      to: `ALLSTAFF-L@${LSV_NODE}`,
      subject: 'Mailbox migration: confirm your account by Friday',
      messageId: '<r223.l1@mail.attacker.example>',
      body: 'Dear colleagues,\r\n\r\nStaff mailboxes move to the new platform this weekend. Confirm your\r\naccount at https://univ-sso.attacker.example/migrate before Friday.\r\n\r\nIT Service Desk\r\n',
      extraHeaders: ['List-Post: NO'],
    });
    gmail(
      'listserv-sender-written-list-post-no-unsigned',
      viaListserv(post, 41),
      UNIV_ZONE,
      'Attack: the attacker posts to ALLSTAFF-L@LISTSERV.UNIV.EXAMPLE (Send= Public, or he is subscribed) from his VM, unsigned, as "IT Service Desk" <it-servicedesk@univ.example> (univ.example p=none: LISTSERV does not rewrite the From), and writes `List-Post: NO` himself. LISTSERV 16.5 writes no List-Post (nor List-Id), so his is the only one; its envelope owner-ALLSTAFF-L@LISTSERV.UNIV.EXAMPLE passes SPF aligned with univ.example. listBounceEnvelope reads the sender\'s `List-Post: NO` as an announce-only list\'s and drops listRelay. Wanted: not authenticated.',
      NOT_AUTH,
      { twin: true, offline: true },
    );
  }
  {
    const post = submitted({
      from: 'IT Service Desk <it-servicedesk@univ.example>',
      to: `ALLSTAFF-L@${LSV_NODE}`,
      subject: 'Mailbox migration: confirm your account by Friday',
      messageId: '<r223.l2@mail.attacker.example>',
      body: 'Dear colleagues,\r\n\r\nStaff mailboxes move to the new platform this weekend. Confirm your\r\naccount at https://univ-sso.attacker.example/migrate before Friday.\r\n\r\nIT Service Desk\r\n',
      extraHeaders: ['List-Id: IT notices <it-notices.attacker.example>'],
    });
    gmail(
      'listserv-sender-written-list-id-other-org-unsigned',
      viaListserv(post, 42),
      UNIV_ZONE,
      "Attack: as above, but the attacker writes `List-Id: IT notices <it-notices.attacker.example>` instead: LISTSERV writes no List-Id, so listEvidence reads his (with LISTSERV's List-Unsubscribe, Sender and owner- envelope as the other signs), whose host is not the envelope's organisation, and listBounceEnvelope returns null. Wanted: not authenticated.",
      NOT_AUTH,
      { offline: true },
    );
  }
  {
    // Control: the same field on ezmlm, which writes its own List-Post above the post's.
    const post = asfPost(
      'ASF Infrastructure <infrastructure@apache.org>',
      'Mandatory: GitHub 2FA re-verification for apache/spark committers',
      'Re-verify before November 27 at https://gitbox-apache.attacker.example/2fa\r\n',
      'a3',
      ['List-Post: NO'],
    );
    gmail(
      'control-asf-ezmlm-sender-list-post-no-below-ezmlms',
      asfGmail(viaEzmlm(post, VPS, 'bounce@attacker.example', GMAIL_TO, 48221), 48221, [], 'apache.org'),
      ASF_ZONE,
      "Control: a subscriber's unsigned post to dev@spark.apache.org as infrastructure@apache.org carrying his own `List-Post: NO`; ezmlm prepends its own List-Post above it. Wanted: not authenticated.",
      NOT_AUTH,
    );
  }
  {
    // Control: Mailman 3 deletes the sender's List-* fields (and their List-Post: NO) before writing its own.
    const post = submitted({
      from: 'Python Security Response Team <security@python.org>',
      to: 'python-dev@python.org',
      subject: 'Action required: rotate your PyPI API tokens before Nov 27',
      messageId: '<r223.p2@mail.attacker.example>',
      body: 'Re-issue your tokens at https://pypi-tokens.attacker.example/rotate\r\n',
      extraHeaders: ['List-Post: NO'],
    });
    const g = await viaPython(post, 'R223PSRTLISTPOSTNO6XWHB3NCVJ5TEY', GMAIL_TO);
    gmail(
      'control-python-dev-sender-list-post-no-deleted-by-mailman',
      pyGmail(g, '32'),
      PY_ZONE,
      "Control: a subscriber's post to python-dev as security@python.org with his own `List-Post: NO`, which Mailman deletes before writing its own List-* fields; the list signs d=python.org. Wanted: not authenticated.",
      NOT_AUTH,
    );
  }

  // ==== 4. No public hop below the hand-off: a campus client straight to the list host ====
  {
    const post = submitted({
      from: 'IT Service Desk <it-servicedesk@univ.example>',
      to: 'all-staff@lists.univ.example',
      subject: 'Mailbox migration: confirm your account by Friday',
      messageId: '<r223.s1@laptop-7f2a.eduroam.univ.example>',
      body: 'Dear colleagues,\r\n\r\nStaff mailboxes move to the new platform this weekend. Confirm your\r\naccount at https://univ-sso.attacker.example/migrate before Friday.\r\n\r\nIT Service Desk\r\n',
    });
    const entered = onTop(
      post,
      'Received: from laptop-7f2a (unknown [10.31.4.17])\r\n\tby lists.univ.example (Postfix) with ESMTP id 4Zr223Ca1\r\n\tfor <all-staff@lists.univ.example>; Fri, 20 Nov 2026 10:00:02 +0000',
    );
    const out = sympaOut(entered, 'c1');
    gmail(
      'sympa-campus-private-client-no-public-hop-unsigned',
      sympaGmail(out, 51),
      UNIV_ZONE,
      "Attack: a student (subscribed to all-staff@lists.univ.example, or the list takes posts from campus) on eduroam (10.31.4.17, routed to the campus servers without NAT) speaks SMTP straight to the list host's port 25 as \"IT Service Desk\" <it-servicedesk@univ.example>, unsigned. Sympa hands it on under all-staff-owner@lists.univ.example (SPF aligned with univ.example). No hop below the hand-off is at a public address, so lib/analyze.ts `posted` is false and listRelay is not set: the list's envelope reads as the university's own pass. Wanted: not authenticated.",
      NOT_AUTH,
      { twin: true, offline: true },
    );
    box(
      'sympa-campus-private-client-no-public-hop-unsigned',
      boxDelivery(
        sympaOut(entered, 'c2'),
        SYMPA,
        SYMPA_ENV,
        ['dkim=none', boxSpf(SYMPA_ENV, SYMPA.ip), boxDmarc('univ.example', 'none')],
        's1',
      ),
      UNIV_ZONE,
      'Attack: as above (a campus client straight to the Sympa host as it-servicedesk@univ.example).',
      NOT_AUTH,
    );
  }

  // ==== 6. Bounce envelopes the reading does not know: mlmmj's `+bounces-` ====
  {
    const post = submitted({
      from: 'Payroll <payroll@firm.example>',
      to: 'allstaff@lists.firm.example',
      subject: 'December payslips: confirm your bank details',
      messageId: '<r223.m1@mail.attacker.example>',
      body: 'Confirm your bank details for the December run at https://firm-payroll.attacker.example/\r\n',
    });
    const listed = onTop(
      appendHeaders(post, ...MLMMJ_FIELDS),
      `Received: from ${VPS.helo} (${VPS.rdns} [${VPS.ip}])\r\n\tby lists.firm.example (Postfix) with ESMTPS id 4Zr223Mj1\r\n\tfor <allstaff@lists.firm.example>; Fri, 20 Nov 2026 10:00:02 +0000`,
    );
    const env = MLMMJ_ENV(GMAIL_TO);
    gmail(
      'mlmmj-plus-bounces-envelope-payroll-at-firm-unsigned',
      gmailDelivery(listed, {
        relay: FIRM_LISTS,
        envelope: env,
        spf: 'pass',
        ids: ['x223csp71pxa', 'a223si71qtb.71'],
        results: [gmailSpf(env, FIRM_LISTS.ip), gmailDmarc('firm.example', 'REJECT')].join('\r\n       '),
      }),
      FIRM_ZONE,
      "Attack: probe221's firm forgery (Payroll <payroll@firm.example>, p=reject, the firm's people on Microsoft 365) through the firm's own list, run by mlmmj instead of Mailman: the list hands it on under mlmmj's VERP envelope allstaff+bounces-1207-<rcpt>@lists.firm.example (aligned relaxed with firm.example). LIST_BOUNCE knows `-bounces`, `-return-`, `owner-`, `+bnc` but not `+bounces-`, so no listRelay. Wanted: not authenticated.",
      NOT_AUTH,
      { twin: true, offline: true },
    );
    const benv = MLMMJ_ENV(BOX_TO);
    box(
      'mlmmj-plus-bounces-envelope-payroll-at-firm-unsigned',
      boxDelivery(
        listed,
        FIRM_LISTS,
        benv,
        ['dkim=none', boxSpf(benv, FIRM_LISTS.ip), boxDmarc('firm.example', 'reject')],
        'm1',
      ),
      FIRM_ZONE,
      "Attack: as above (Payroll <payroll@firm.example> through the firm's mlmmj list, unsigned).",
      NOT_AUTH,
    );
  }

  // ==== 7. Google Groups on a Workspace domain: the group's envelope under the firm's own domain ====
  {
    const post = submitted({
      from: 'Meridian Freight Accounts <accounts@meridian-freight.example>',
      to: `partners@${MF}`,
      subject: 'Change of remittance account from December 1',
      messageId: '<r223.g7@mail.attacker.example>',
      body: 'Dear partner,\r\n\r\nFrom December 1 please remit all invoices to our new account; details at\r\nhttps://meridian-remit.attacker.example/\r\n\r\nMeridian Freight Accounts\r\n',
    });
    const grouped = appendHeaders(
      post.replace(
        /\r\n$/,
        `\r\n\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to partners+unsubscribe@${MF}.\r\n`,
      ),
      `X-Original-Sender: accounts@${MF}`,
      `X-Original-Authentication-Results: mx.google.com;       spf=pass (google.com: domain of bounce@attacker.example designates ${VPS.ip} as permitted sender) smtp.mailfrom=bounce@attacker.example;       dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=${MF}`,
      'Precedence: list',
      `Mailing-list: list partners@${MF}; contact partners+owners@${MF}`,
      `List-ID: <partners.${MF}>`,
      `X-Spam-Checked-In-Group: partners@${MF}`,
      'X-Google-Group-Id: 304886998223',
      `List-Post: <https://groups.google.com/a/${MF}/group/partners/post>, <mailto:partners@${MF}>`,
      `List-Help: <https://support.google.com/a/${MF}/bin/topic.py?topic=25838>, <mailto:partners+help@${MF}>`,
      `List-Archive: <https://groups.google.com/a/${MF}/group/partners/>`,
      `List-Unsubscribe: <mailto:googlegroups-manage+304886998223+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/a/${MF}/group/partners/subscribe>`,
    );
    const raw = onTop(
      grouped,
      `Received: by ${GROUPS_OUT.helo} with SMTP id 3f1490d57ef6-dc64f63d768sf2231.2\r\n        for <${GMAIL_TO}>; Fri, 20 Nov 2026 02:00:04 -0800 (PST)`,
      'X-BeenThere: partners@meridian-freight.example',
      `Received: from ${VPS.helo} (${VPS.rdns}. [${VPS.ip}])\r\n        by mx.google.com with ESMTPS id v12-20020a0ccd8c000000b0069b4adf0929si2231.466.2026.11.20.02.00.02\r\n        for <partners@${MF}>; Fri, 20 Nov 2026 02:00:02 -0800 (PST)`,
    );
    gmail(
      'google-groups-workspace-accounts-at-own-domain-unsigned',
      gmailDelivery(raw, {
        relay: GROUPS_OUT,
        envelope: MF_ENV,
        spf: 'pass',
        ids: ['x223csp81pxa', 'a223si81qtb.81'],
        results: [gmailSpf(MF_ENV, GROUPS_OUT.ip), gmailDmarc(MF, 'NONE')].join('\r\n       '),
      }),
      MF_ZONE,
      'Attack: a freight firm\'s Workspace group partners@meridian-freight.example takes posts from anyone (its customers write to it); the attacker posts from his VM as "Meridian Freight Accounts" <accounts@meridian-freight.example> (p=none: Groups leaves the From) a change of remittance account. Groups hands it on from Google under partners+bnc…@meridian-freight.example, whose SPF (include:_spf.google.com) passes aligned; like the redhat.com group of the capture, no DKIM-Signature of the firm. Wanted: not authenticated (Google\'s own X-Original-Authentication-Results records dmarc=fail).',
      NOT_AUTH,
      { offline: true },
    );
  }

  // ==== 8. A replay of a genuine signed post, restored by list-restore, with the attacker's "footer" ====
  {
    // Deb's genuine post as she sent it (her d=python.org signature, relaxed/simple, as probe221's
    // staff control): the attacker, a subscriber, strips the list's prefix, fields and footer from
    // his copy and her signature verifies again; he re-posts it with a short addendum under a
    // footer-like rule, and the list appends its own footer below.
    const original = await signCorpus(
      submitted({
        from: 'Deb Nicholson <deb@python.org>',
        to: 'python-dev@python.org',
        subject: 'PSF grants: Q1 2027 call for proposals',
        messageId: '<r223.g8@python.org>',
        body: 'The Q1 2027 grants round opens on December 1; details on python.org/psf/grants.\r\n',
      }),
      {
        domain: 'python.org',
        selector: '200901',
        canonicalization: 'relaxed/simple',
        headerList: ['from', 'to', 'subject', 'date', 'message-id', 'from'],
      },
    );
    const replayed = original.replace(
      /\r\n$/,
      '\r\n_______________________________________________\r\nUpdate: applications now go through https://psf-grants.attacker.example/apply\r\n',
    );
    const g = await viaPython(replayed, 'R223PSFREPLAYLM6XWHB3NCVJ5TEYAQ2', GMAIL_TO);
    gmail(
      'python-dev-replayed-staff-post-addendum-above-list-footer',
      gmailDelivery(g, {
        relay: PY,
        envelope: PY_ENV(GMAIL_TO),
        spf: 'pass',
        ids: ['x223csp91pxa', 'a223si91qtb.91'],
        results: [
          'dkim=neutral (body hash did not verify) header.i=@python.org header.s=200901 header.b=Q29ycHVz;',
          gmailDkim('python.org', '200901'),
          gmailSpf(PY_ENV(GMAIL_TO), PY.ip),
          gmailDmarc('python.org', 'NONE'),
        ].join('\r\n       '),
      }),
      PY_ZONE,
      "Attack: a subscriber replays a PSF staffer's genuine signed post (d=python.org, restored from his list copy) to python-dev with an addendum under a Mailman-like rule pointing at his grant form; Mailman adds its footer under it and signs. list-restore (now tried on listRelay posts) cuts the addendum and the list's footer together and her signature verifies. Wanted: not authenticated (the link is not hers), or a footer finding that says so.",
      NOT_AUTH,
    );
  }

  // ==== 5. Genuine: the organisation's own submission relay signs the author's post ====
  {
    // An ASF committer's post from home through mailrelay1-he-de (ESMTPSA, signs d=apache.org s=mail,
    // h= without list fields: find_string ids 57634473880, 68759939985); ezmlm changes nothing, so the
    // signature verifies intact at Gmail.
    const sub = submitted({
      from: 'Hyukjin Park <hpark@apache.org>',
      to: 'dev@spark.apache.org',
      subject: '[VOTE] Release Spark 4.1.2 (RC1)',
      messageId: '<CAr223.vote.rc1@apache.org>',
      body: 'Please vote on releasing the following candidate as Apache Spark version 4.1.2.\r\n\r\nThe vote is open until November 23 and passes if a majority of at least\r\nthree +1 PMC votes are cast.\r\n\r\n[ ] +1 Release this package as Apache Spark 4.1.2\r\n[ ] -1 Do not release this package because ...\r\n',
    });
    const submittedLine = onTop(
      sub,
      'Authentication-Results: apache.org; auth=none',
      'Received: from [192.168.1.23] (dsl-192-0-2-77.isp.example [192.0.2.77])\r\n\t(Authenticated sender: hpark)\r\n\tby mailrelay1-he-de.apache.org (ASF Mail Server at mailrelay1-he-de.apache.org) with ESMTPSA id 3F2A1\r\n\tfor <dev@spark.apache.org>; Fri, 20 Nov 2026 10:00:01 +0000 (UTC)',
    );
    const signed = await signCorpus(submittedLine, {
      domain: 'apache.org',
      selector: 'mail',
      headerList: [
        'from',
        'reply-to',
        'subject',
        'date',
        'message-id',
        'to',
        'cc',
        'mime-version',
        'content-type',
        'from',
      ],
    });
    const g = viaEzmlm(signed, ASF_RELAY, 'hpark@apache.org', GMAIL_TO, 48231);
    gmail(
      'genuine-asf-committer-signed-by-mailrelay1-intact',
      asfGmail(g, 48231, [gmailDkim('apache.org', 'mail')], 'apache.org'),
      ASF_ZONE,
      "Genuine: an ASF committer's release vote from home, submitted through the ASF's own mailrelay1-he-de.apache.org (ESMTPSA), which signs it d=apache.org s=mail above its own Received line; ezmlm changes nothing, so the author's signature verifies intact at Gmail beside ezmlm's aligned envelope. markListSigned takes the oldest Received whose `by` is apache.org (mailrelay1's submission line, below mx1-he-de's list entry) as the list's intake, so the committer's own signature reads as the list's. Wanted: authenticated.",
      OWN_SIGNED,
      { offline: true },
    );
    const b = viaEzmlm(signed, ASF_RELAY, 'hpark@apache.org', BOX_TO, 48232);
    const benv = ASF_ENV(48232, BOX_TO);
    box(
      'genuine-asf-committer-signed-by-mailrelay1-intact',
      boxDelivery(
        b,
        ASF_OUT,
        benv,
        [boxDkim('apache.org', b8(b)), boxSpf(benv, ASF_OUT.ip), boxDmarc('apache.org', 'none')],
        'g1',
      ),
      ASF_ZONE,
      "Genuine: as above (the committer's d=apache.org signature from mailrelay1, intact through ezmlm).",
      OWN_SIGNED,
    );
  }
  {
    // A university staffer at home: her client submits to smtp.univ.example (ESMTPSA, OpenDKIM
    // signs d=univ.example s=s2026), which relays to the Sympa host; this list adds no tag and no
    // footer, so her signature verifies intact.
    const sub = submitted({
      from: 'Dr Maria Lindqvist <m.lindqvist@univ.example>',
      to: 'all-staff@lists.univ.example',
      subject: 'Library opening hours over the winter break',
      messageId: '<r223.g2.5f1c@univ.example>',
      body: 'Dear colleagues,\r\n\r\nThe main library closes at 17:00 from December 21 to January 4.\r\n\r\nMaria Lindqvist\r\nUniversity Librarian\r\n',
    });
    const atSmtp = onTop(
      sub,
      'Received: from [192.168.1.40] (dsl-192-0-2-88.isp.example [192.0.2.88])\r\n\t(Authenticated sender: m.lindqvist)\r\n\tby smtp.univ.example (Postfix) with ESMTPSA id 4Zr223Su1\r\n\tfor <all-staff@lists.univ.example>; Fri, 20 Nov 2026 10:00:01 +0000',
    );
    const signed = await signCorpus(atSmtp, {
      domain: 'univ.example',
      selector: 's2026',
      headerList: ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'],
    });
    const relayed = onTop(
      signed,
      'Received: from smtp.univ.example (smtp.univ.example [203.0.113.5])\r\n\tby lists.univ.example (Postfix) with ESMTPS id 4Zr223Lu1\r\n\tfor <all-staff@lists.univ.example>; Fri, 20 Nov 2026 10:00:02 +0000',
    );
    gmail(
      'genuine-univ-staff-signed-by-smtp-relay-sympa-intact',
      sympaGmail(sympaOut(relayed, 'g2'), 61, [gmailDkim('univ.example', 's2026')]),
      UNIV_ZONE,
      "Genuine: the University Librarian's post to all-staff@lists.univ.example from home, submitted through smtp.univ.example (ESMTPSA, OpenDKIM signs d=univ.example), relayed to the Sympa host, which adds its List fields but no tag or footer: her signature verifies intact at Gmail. markListSigned's oldest Received `by` univ.example is smtp.univ.example's submission line, so her signature (above it) reads as the list's. Wanted: authenticated.",
      OWN_SIGNED,
      { offline: true },
    );
  }
}

// ---- Pending ----
// Every diagnosis below was checked with `inspect --json` (origin.listRelay, dkim[].listSigned /
// listRestore, findings) on the case as written.
//
// A. From = the list's own posting address (forgery read AUTHENTICATED, online and box; offline the
// ezmlm one reads suspicious only for Hetzner): r223-gmail-asf-ezmlm-from-list-posting-address-
// unsigned (+ -no-options), r223-box-asf-ezmlm-from-list-posting-address-unsigned,
// r223-gmail-python-dev-from-list-posting-address-list-signs (+ -offline).
// Read now: authenticated, dmarc passedBy [spf] (ezmlm) or [spf, dkim] (the list's d=python.org
// signature, not marked listSigned), origin.listRelay absent; findings only hosted-server-relay LOW
// (+ dmarc-policy-none).
// Should read: unverified ("only the list's envelope vouches"), as probe221's security@python.org.
// At fault: lib/findings/list-evidence.ts listBounceEnvelope, `if (from === post || …) return
// null`: meant for Mailman's munged "X via List" <list@host> From, it exempts any From that is the
// list's address, which a subscriber writes freely (ezmlm-issubn checks the envelope; Mailman 3's
// membership test takes the envelope among its sender headers).
// Smallest fix: exempt `from === post` only when listFromRewrite(message) holds (the "via" name with
// the author named in Reply-To/Cc/X-Original-*), or drop it: the `posted` test already keeps the
// list's own digests and notices (no public hop below) out of listRelay.
// Could hurt: genuine munged posts of p=reject authors ("Alice via Devel" <devel@…>) if the
// exemption is dropped outright (keep it through listFromRewrite); a list's own announcement From
// the posting address without "via" would read unverified (not spoofed).
//
// B. A `<hex>-dmarc-request@` From on a list that is not LISTSERV (AUTHENTICATED online):
// r223-gmail-asf-ezmlm-dmarc-request-lookalike-from-unsigned (+ -no-options).
// Read now: authenticated on ezmlm's aligned envelope alone; listRelay absent.
// Should read: unverified, as any subscriber's post under the organisation.
// At fault: listBounceEnvelope, `/^[0-9a-f]{8,32}-dmarc-request@/.test(from) &&
// from.endsWith(`@${domain}`)`: any list software, any sender-written From of that shape.
// Smallest fix: require the list to be LISTSERV's (listservAddress(Sender, Return-Path) non-null,
// the From at the list's node), as real-mail rounds 4 and 39 model it.
// Could hurt: nothing on record: LISTSERV's own rewrites carry Sender = the list and owner-LIST@.
//
// C. Sender-written List-Post: NO / List-Id on a list that writes neither (LISTSERV 16.5;
// AUTHENTICATED online and offline): r223-gmail-listserv-sender-written-list-post-no-unsigned
// (+ -no-options, -offline), r223-gmail-listserv-sender-written-list-id-other-org-unsigned
// (+ -offline).
// Read now: authenticated, dmarc passedBy [spf] (owner-ALLSTAFF-L@LISTSERV.UNIV.EXAMPLE aligned
// with univ.example), no finding; listRelay absent.
// Should read: unverified.
// At fault: listBounceEnvelope: `first(message, 'list-post')?.trim().toUpperCase() === 'NO'`
// believes a field the sender wrote; and `!sameOrg(domain, listHost(list))` returns null when
// listEvidence read the sender's own List-Id (listEvidenceOf prefers any List-Id to
// listservEvidence).
// Smallest fix: (1) when the envelope's list and the List-Id disagree, fall back to the list the
// envelope itself names (owner-<list>@, <list>-bounces@…: listservEvidence's or the local part's)
// rather than to null: an aligned pass on an organisation's list-bounce envelope is that list's,
// whatever List-Id says; (2) honour `List-Post: NO` only from software known to write its own and
// drop or precede senders' (Mailman: X-Mailman-Version; ezmlm: Mailing-List "run by ezmlm"), not
// where the list writes no List-Post (LISTSERV, Lyris).
// Could hurt: a genuine LISTSERV/Sympa announce list saying NO itself would read unverified unless
// its author's signature survives or restores (never spoofed).
//
// D. No public hop below the hand-off (AUTHENTICATED online, offline, box):
// r223-gmail-sympa-campus-private-client-no-public-hop-unsigned (+ -no-options, -offline),
// r223-box-sympa-campus-private-client-no-public-hop-unsigned.
// Read now: authenticated, dmarc passedBy [spf] (all-staff-owner@lists.univ.example); listRelay
// absent because the only client below lists.univ.example is 10.31.4.17.
// Should read: unverified.
// At fault: lib/analyze.ts `posted`: `relay.hops.some((h) => h.index > originHop.hopIndex! &&
// !!h.ip && !h.internal)`: a private client is "no poster".
// Smallest fix: count any hop below the hand-off whose client is not loopback (127.0.0.0/8, ::1)
// and not named as the list host itself; the list's own digests and notices (Mailman's `from
// mail.python.org (localhost [127.0.0.1])`, Sympa's `by … (Postfix, from userid 116)` with no
// client) stay out.
// Could hurt: a list whose engine runs on another internal machine than its MTA (Mailman core on
// 10.x submitting to the MTA) would have its notices read unverified (not spoofed).
//
// E. mlmmj's `<list>+bounces-<n>-<rcpt>@` envelope (AUTHENTICATED online, offline, box):
// r223-gmail-mlmmj-plus-bounces-envelope-payroll-at-firm-unsigned (+ -no-options, -offline),
// r223-box-mlmmj-plus-bounces-envelope-payroll-at-firm-unsigned.
// Read now: authenticated, passedBy [spf] (lists.firm.example aligned with firm.example, p=reject).
// At fault: list-evidence.ts LIST_BOUNCE has `-bounces(+…)`, `-return-`, `+bnc` but not mlmmj's
// `+bounces-` (vger's shape, find_string "+bounces-" ids 48789712006, 42665683921; vger itself is
// caught only by SHARED_PLATFORMS' fixed pattern).
// Smallest fix: add `\+bounces-[^@]*` to LIST_BOUNCE (and `bounce\+` for Sympa's VERP, not built
// here).
// Could hurt: nothing seen; vger's reading is unchanged (SHARED_PLATFORMS decides first).
//
// F. A replayed staff post with the attacker's addendum, restored (AUTHENTICATED online):
// r223-gmail-python-dev-replayed-staff-post-addendum-above-list-footer.
// Read now: authenticated; dkim[1] (deb's d=python.org) listRestore with footerHosts
// [psf-grants.attacker.example, mail.python.org] and the addendum in footerPreview, but no
// list-modified, no footer finding: the reader is never told that text is not the author's.
// Should read: unverified with list-modified naming the removed text (as LISTED on the DMARC-fail
// path), and list-footer-lure / -lookalike-link where they apply.
// At fault: lib/findings/list.ts listRule: every restored-signature finding is gated on
// `dmarcState(ctx).result === 'fail'`; the restore now runs on listRelay posts whose DMARC passes
// on the list's envelope and signature, and its result is then silent.
// Smallest fix: also emit them where `a.origin.listRelay` is set and no aligned passing signature
// is unmarked (`!a.dkim.some((d) => d.aligned && d.result === 'pass' && !d.listSigned)`).
// Could hurt: genuine posts to an own-organisation list whose author signature only restores
// (probe221's PSF staff control, TRUSTED) read unverified/changed-by-list instead of authenticated.
//
// G. Genuine: the organisation's own submission relay signs the author's post before the list takes
// it (read UNVERIFIED; the author's signature verifies intact): r223-gmail-genuine-asf-committer-
// signed-by-mailrelay1-intact (+ -offline), r223-box-genuine-asf-committer-signed-by-mailrelay1-
// intact, r223-gmail-genuine-univ-staff-signed-by-smtp-relay-sympa-intact (+ -offline).
// Read now: unverified, dkim [{d=apache.org / univ.example, pass, aligned, listSigned: true}],
// summary "… the message carries no valid DKIM signature of apache.org" (false: it carries one).
// Should read: authenticated.
// At fault: list-evidence.ts markListSigned: `taken` is the OLDEST Received whose `by` is the
// list's organisation (`taken = Math.max(taken, h.index)`), here the author's own ESMTPSA
// submission line at mailrelay1-he-de.apache.org / smtp.univ.example, so the signature that relay
// added above it counts as "added at or after the list's intake".
// Smallest fix: skip authenticated submissions when choosing `taken` (a line `with ESMTPA` /
// `ESMTPSA` / `(Authenticated sender: …)`): the list's intake is then mx1-he-de's / the Sympa
// host's line, and the submission signature sits below it. A forger cannot write the intake line;
// lines he forges below it only move the mark down.
// Could hurt: a list host taking its members' posts by authenticated submission on itself and
// signing there: that signature would then count as the author's, which it is (the organisation
// authenticated the member).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Lead, 2026-12-07 (A, by choice): a post whose From is the list's own posting address reads as
  // the list's word, as every list's DMARC rewrite does (Sympa's "(via list)", LISTSERV's, Mailman's
  // "X via List"; realworld107, rw9, w207 read unverified when this was tried): the reader is told
  // the list sent it, which it did. B-E and G are fixed; F stays (a restored signature beside a
  // list's post whose body the attacker added above the footer).
  'r223-gmail-asf-ezmlm-from-list-posting-address-unsigned',
  'r223-gmail-asf-ezmlm-from-list-posting-address-unsigned-no-options',
  'r223-box-asf-ezmlm-from-list-posting-address-unsigned',
  'r223-gmail-python-dev-from-list-posting-address-list-signs',
  'r223-gmail-python-dev-from-list-posting-address-list-signs-offline',
  // A
  // B
  // C
  // D
  // E
  // F
  'r223-gmail-python-dev-replayed-staff-post-addendum-above-list-footer',
  // G
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
