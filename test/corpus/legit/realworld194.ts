// Real-world delivery shapes, hundred-and-ninety-fourth round: mailing lists the corpus had not read
// yet, taken from public raw copies, delivered straight and through a university alias, read in
// Gmail, Outlook, Yahoo and a Postfix/Dovecot box (`--authserv-id mx.reader.example`), online and
// offline:
// - other.debian.org (Debian's SmartList-style lists outside lists.debian.org, e.g. nbd@): bendel's
//   QMQP hand-off, X-Mailbox-Line and Old-Return-Path, its SpamAssassin and amavisd-new rows in the
//   middle, the list rows (Resent-From, X-Mailing-List, X-Loop, List-*, Resent-Sender, List-Archive,
//   Resent-Date) appended at the bottom, no footer and no subject tag, an envelope at
//   other.debian.org that publishes NO SPF record, over IPv4 or IPv6; an author with no SPF, DKIM or
//   DMARC at all, read by a box whose only record is rspamd's X-Spamd-Result (no
//   Authentication-Results at all).
// - lists.infradead.org (Mailman 2.1 on bombadil): the footer breaks the author's signature, the
//   list re-signs as d=lists.infradead.org s=bombadil.20170209 over its own fields and From, Exim's
//   two Received lines, the CRM114 and SpamAssassin report rows, Sender/Errors-To last, the
//   subscriber-encoded VERP envelope, delivered over IPv6; a gmail.com author (p=none sp=quarantine).
// - ASF's ezmlm (users@spamassassin.apache.org): qmail's "invoked by uid" lines, `Mailing-List:
//   contact …; run by ezmlm`, lower-case list-help/list-unsubscribe, `Delivered-To: mailing list …`,
//   the ASF's own internal Authentication-Results (`apache.org; auth=none` and
//   `spamproc1-he-fi.apache.org (amavisd-new); dkim=neutral reason="invalid (unsupported algorithm
//   ed25519-sha256)" …; dkim=pass …`) in the middle, policyd-spf's Received-SPF at the list's MX,
//   the author's two signatures (Ed25519 and RSA, the same h= with From over-signed) untouched;
//   and, for contrast, an ASF committer's own apache.org mail from the same Hetzner servers, direct
//   and through the list (mailrelay1-he-de's ESMTPSA line, d=apache.org s=mail).
// - The both-ways shape: each of those posts, sent to a member's university alumni address that a
//   Postfix forwarder passes on to Gmail, Outlook or Yahoo, with postsrsd's SRS0 envelope under the
//   alumni domain or with the list's envelope kept (no SRS).
// Where the layouts were learnt (`find_string`, code corpus; ids are read_file ids):
// - other.debian.org: lfdr.de list copies of nbd@other.debian.org (id 55723335838, 2026: the whole
//   header block above, Dovecot's `by lfdr with LMTP` line, rspamd's X-Spamd-Result with
//   `R_SPF_NA(0.00)[no SPF record]`, `DMARC_NA`, `R_DKIM_NA`, `FORGED_SENDER_MAILLIST` and no
//   Authentication-Results; ids 37844682028, 37828665448: bendel over IPv6
//   2001:41b8:202:deb:216:36ff:fe40:4002, DKIM_VALID_AU authors; id 38001719203: the IPv4
//   82.195.75.100 delivery).
// - lists.infradead.org: lfdr.de copies of linux-nvme (id 898490224: the list's DKIM-Signature
//   d=lists.infradead.org s=bombadil.20170209 and its h= list, `Received: from localhost ([127.0.0.1]
//   helo=bombadil.infradead.org) by bombadil.infradead.org with esmtp (Exim … #2 (Red Hat Linux))`,
//   the author's entry line, X-CRM114-*, X-Spam-Report, X-BeenThere, X-Mailman-Version, the List-*
//   set, Sender "Linux-nvme" <linux-nvme-bounces@…>, Errors-To the VERP address, and the footer;
//   bombadil at IPv6 2607:7c80:54:e::133; ids 170756704, 41581607914: the same on other posts).
// - ASF: a DKIM verifier's live test message of users@spamassassin.apache.org (id 30724450266: the
//   header block from mxout1-he-de.apache.org down to the author's Postfix, both signatures); the
//   kernel lists' copies for mxout1-he-de.apache.org [95.216.194.37] and mailroute1-lw-us.apache.org
//   [207.244.88.153] (ids 33582851610, 25958446043); a committer's own mail through them (id
//   57634473880, 2026: mailgw-he-de's IPv6 hand-off, qpsmtpd's `apache.org; auth=none`, the
//   ESMTPSA line on mailrelay1-he-de.apache.org [116.203.21.61], the d=apache.org signature).
// - Gmail's, Yahoo's and EOP's layouts: receivers.ts. Gmail's `dkim=neutral (body hash did not
//   verify)` for a broken signature and `spf=none (google.com: … does not designate permitted sender
//   hosts)`: recalled from Gmail's "Show original", NOT re-read here. OpenDKIM/OpenDMARC/policyd-spf
//   rows on the box: realworld189/191's citations (policyd-spf's `Pass (mailfrom) identity=mailfrom`
//   form re-read in id 30724450266).
// NOT confirmed: apache.org's SPF record (made up to pass for the hosts above; its DMARC p=none is
// as subspace recorded it in id 57634473880), ezmlm's return-path form (`users-return-<n>-<member>=<domain>@…`, recalled from
// ezmlm-idx), the SPF records of lists.infradead.org and spamassassin.apache.org (made up to pass
// for the hosts above), postsrsd's hash and timestamp (made up), and the university forwarder (a
// documentation host).
// Names and addresses are documentation ones except the lists' own hosts and Google's, Microsoft's
// and Yahoo's; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import { emitCase, KEY, legitCorpus, ptr, RECEIVER, type Relay } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { dovecotLmtp, eopDelivery, gmailDelivery, yahooDelivery } from '../receivers';

const BOX = ['--authserv-id', RECEIVER];
const GMAIL = ['--webmail', 'gmail'];
const OUTLOOK = ['--webmail', 'outlook'];
const YAHOO = ['--webmail', 'yahoo'];
const GMAIL_TO = 'robin.reader@gmail.com';
const BOX_TO = 'robin@reader.example';

/** The author's own signature reached the reader intact: the list changed nothing it signed. */
const INTACT: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['suspicious', 'spoofed'],
};
/** A list broke the author's signature (footer) or nothing was signed: nothing proves the author. */
const LISTED: CaseExpectation = {
  verdict: ['unverified', 'authenticated'],
  notVerdict: ['suspicious', 'spoofed'],
};

// ---- The hosts ----
const BENDEL4: Relay = { helo: 'bendel.debian.org', rdns: 'bendel.debian.org', ip: '82.195.75.100' };
const BENDEL6: Relay = {
  helo: 'bendel.debian.org',
  rdns: 'bendel.debian.org',
  ip: '2001:41b8:202:deb:216:36ff:fe40:4002',
};
const BOMBADIL: Relay = {
  helo: 'bombadil.infradead.org',
  rdns: 'bombadil.infradead.org',
  ip: '2607:7c80:54:e::133',
};
const ASF_OUT: Relay = {
  helo: 'mxout1-he-de.apache.org',
  rdns: 'mxout1-he-de.apache.org',
  ip: '95.216.194.37',
};
/** The university's alumni forwarder (Postfix, optionally postsrsd). */
const ALUMNI = 'alumni.univ.example';
const FWD: Relay = { helo: `fwd1.${ALUMNI}`, rdns: `fwd1.${ALUMNI}`, ip: '192.0.2.140' };
/** Gmail's sender for a gmail.com author. */
const GMAIL_SENDER: Relay = {
  helo: 'mail-wm1-f44.google.com',
  rdns: 'mail-wm1-f44.google.com',
  ip: '209.85.128.44',
};

// ---- The authors ----
/** A Debian developer's own server, DKIM s1, p=quarantine. */
const WEBER = 'weber-it.example';
const WEBER_IP = '198.51.100.44';
/** An author with no SPF, no DKIM, no DMARC, sending from a dynamic address. */
const FERRI = 'ferri-lab.example';
const FERRI_IP = '198.51.100.77';
/** An ASF user signing with Ed25519 and RSA (p=quarantine). */
const BRANDT = 'brandt-net.example';
const BRANDT_IP = '198.51.100.91';

const key = (name: string) => ({ [name]: KEY() });
const edKey = (name: string) => ({ [name]: { TXT: [corpusKeys().ed25519Txt] } });

const BASE_ZONE: Record<string, unknown> = {
  ...ptr(BENDEL4.ip, BENDEL4.rdns),
  ...ptr(BENDEL6.ip, BENDEL6.rdns),
  ...ptr(BOMBADIL.ip, BOMBADIL.rdns),
  ...ptr(ASF_OUT.ip, ASF_OUT.rdns),
  ...ptr(FWD.ip, FWD.rdns),
  // other.debian.org publishes no SPF record (rspamd's R_SPF_NA in id 55723335838).
  'debian.org': { TXT: ['v=spf1 ip4:82.195.75.100 ip6:2001:41b8:202:deb::/64 ~all'] },
  'lists.infradead.org': { TXT: ['v=spf1 ip4:198.137.202.133 ip6:2607:7c80:54:e::133 ~all'] },
  ...key('bombadil.20170209._domainkey.lists.infradead.org'),
  'spamassassin.apache.org': { TXT: ['v=spf1 ip4:95.216.194.37 ip4:207.244.88.153 ~all'] },
  'apache.org': { TXT: ['v=spf1 ip4:95.216.194.37 ip4:116.203.21.61 ip4:207.244.88.153 ~all'] },
  '_dmarc.apache.org': { TXT: ['v=DMARC1; p=none'] },
  ...key('mail._domainkey.apache.org'),
  [ALUMNI]: { TXT: [`v=spf1 ip4:${FWD.ip} -all`] },
  [`_dmarc.${ALUMNI}`]: { TXT: ['v=DMARC1; p=none'] },
  // The authors.
  ...ptr(WEBER_IP, `mail.${WEBER}`),
  [WEBER]: { TXT: [`v=spf1 ip4:${WEBER_IP} -all`] },
  [`_dmarc.${WEBER}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  ...key(`s1._domainkey.${WEBER}`),
  ...ptr(BRANDT_IP, `mail.${BRANDT}`),
  [BRANDT]: { TXT: [`v=spf1 ip4:${BRANDT_IP} -all`] },
  [`_dmarc.${BRANDT}`]: { TXT: ['v=DMARC1; p=quarantine; adkim=s'] },
  ...key(`rsa.2026._domainkey.${BRANDT}`),
  ...edKey(`ed25519.2026._domainkey.${BRANDT}`),
  ...ptr(GMAIL_SENDER.ip, GMAIL_SENDER.rdns),
  'gmail.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  '_dmarc.gmail.com': { TXT: ['v=DMARC1; p=none; sp=quarantine; rua=mailto:mailauth-reports@google.com'] },
  ...key('20230601._domainkey.gmail.com'),
  ...ptr('209.85.220.41', 'mail-sor-f41.google.com'),
};

const b = (s: string) => `header.b=${s}`;

// =============================================================================================
// other.debian.org: nbd@ (SmartList-style, no change to the body)
// =============================================================================================

/** The author's post as it reached bendel, with bendel's own processing lines on top. */
function debianPost(o: { author: 'weber' | 'ferri'; subject: string; signed: string }): string {
  const w = o.author === 'weber';
  const host = w ? `mail.${WEBER}` : `host-${FERRI_IP.replace(/\./g, '-')}.dyn.isp.example`;
  const ip = w ? WEBER_IP : FERRI_IP;
  const envelope = w ? `jonas@${WEBER}` : `luca@${FERRI}`;
  const raw = o.signed;
  const withList = appendHeaders(
    raw,
    'X-Rc-Spam: 2008-11-04_01',
    'X-Rc-Virus: 2007-09-13_01',
    'X-Rc-Spam: 2008-11-04_01',
    'Resent-Message-ID: <w194Kd2W1jI.A.bUvH.j-RspB@bendel>',
    'Resent-From: nbd@other.debian.org',
    'X-Mailing-List: <nbd@other.debian.org> archive/latest/3594',
    'X-Loop: nbd@other.debian.org',
    'List-Id: <nbd.other.debian.org>',
    'List-URL: <https://lists.debian.org/nbd/>',
    'List-Post: <mailto:nbd@other.debian.org>',
    'List-Help: <mailto:nbd-request@other.debian.org?subject=help>',
    'List-Subscribe: <mailto:nbd-request@other.debian.org?subject=subscribe>',
    'List-Unsubscribe: <mailto:nbd-request@other.debian.org?subject=unsubscribe>',
    'Precedence: list',
    'Resent-Sender: nbd-request@other.debian.org',
    `List-Archive: https://lists.debian.org/msgid-search/${o.subject.length}.w194@${w ? WEBER : FERRI}`,
    'Resent-Date: Fri, 20 Nov 2026 09:59:58 +0000 (UTC)',
  );
  return onTop(
    withList,
    'Received: from localhost (localhost [127.0.0.1])\r\n\tby bendel.debian.org (Postfix) with QMQP\r\n\tid 47W194F475; Fri, 20 Nov 2026 09:59:58 +0000 (UTC)',
    'X-Mailbox-Line: From nbd-request@other.debian.org  Fri Nov 20 09:59:58 2026',
    `Old-Return-Path: <${envelope}>`,
    'X-Spam-Checker-Version: SpamAssassin 3.4.6 (2021-04-09) on bendel.debian.org',
    `X-Spam-Level: ${w ? '' : '**'}`,
    w
      ? 'X-Spam-Status: No, score=-7.2 required=4.0 tests=DKIM_SIGNED,DKIM_VALID,\r\n\tDKIM_VALID_AU,DKIM_VALID_EF,LDOSUBSCRIBER,RCVD_IN_DNSWL_LOW\r\n\tautolearn=unavailable autolearn_force=no version=3.4.6'
      : 'X-Spam-Status: No, score=2.5 required=4.0 tests=KHOP_HELO_FCRDNS,\r\n\tRDNS_DYNAMIC autolearn=no autolearn_force=no version=3.4.6',
    'X-Original-To: lists-other-nbd@bendel.debian.org',
    'Delivered-To: lists-other-nbd@bendel.debian.org',
    'Received: from localhost (localhost [127.0.0.1])\r\n\tby bendel.debian.org (Postfix) with ESMTP id 89W19420466\r\n\tfor <lists-other-nbd@bendel.debian.org>; Fri, 20 Nov 2026 09:59:41 +0000 (UTC)',
    'X-Virus-Scanned: at lists.debian.org with policy bank en-lt',
    'X-Amavis-Spam-Status: No, score=-3.18 tagged_above=-10000 required=5.3\r\n\ttests=[BAYES_00=-2, DKIM_SIGNED=0.1, DKIM_VALID=-0.1]\r\n\tautolearn=no autolearn_force=no',
    'Received: from bendel.debian.org ([127.0.0.1])\r\n\tby localhost (lists.debian.org [127.0.0.1]) (amavisd-new, port 2525)\r\n\twith ESMTP id 3_w194jgq1U7 for <lists-other-nbd@bendel.debian.org>;\r\n\tFri, 20 Nov 2026 09:59:34 +0000 (UTC)',
    'X-policyd-weight: using cached result; rate: -4.6',
    `Received: from ${host} (${host} [${ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA512)\r\n\t(Client did not present a certificate)\r\n\tby bendel.debian.org (Postfix) with ESMTPS id A2W19420437\r\n\tfor <nbd@other.debian.org>; Fri, 20 Nov 2026 09:59:33 +0000 (UTC)`,
  );
}

async function debianAuthorMail(author: 'weber' | 'ferri', subject: string, body: string): Promise<string> {
  const w = author === 'weber';
  const raw = submitted({
    from: w ? `Jonas Weber <jonas@${WEBER}>` : `"Luca Ferri" <luca@${FERRI}>`,
    to: 'nbd@other.debian.org',
    subject,
    date: 'Fri, 20 Nov 2026 10:59:30 +0100',
    messageId: `<${subject.length}.w194@${w ? WEBER : FERRI}>`,
    extraHeaders: w ? ['User-Agent: Mutt/2.2.13 (2024-03-09)'] : ['X-Mailer: aerc 0.21.0'],
    body,
  });
  return w
    ? signCorpus(raw, {
        domain: WEBER,
        selector: 's1',
        headerList: ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'],
      })
    : raw;
}

/** The box that records nothing but rspamd's symbols (mailcow-like), Dovecot LMTP on top. */
function rspamdBox(raw: string, relay: Relay, envelope: string, symbols: string[]): string {
  const client = relay.ip.includes(':') ? `IPv6:${relay.ip}` : relay.ip;
  return appendHeaders(
    onTop(
      raw,
      `Return-Path: <${envelope}>`,
      `Delivered-To: ${BOX_TO}`,
      dovecotLmtp(RECEIVER, envelope, BOX_TO, 'wJG/w194MfsWnkrAIAu9opvQ', 'Fri, 20 Nov 2026 11:00:05 +0100'),
      `X-Original-To: ${BOX_TO}`,
      `Received: from ${relay.helo} (${relay.rdns} [${client}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 8859W194E3FF\r\n\tfor <${BOX_TO}>; Fri, 20 Nov 2026 11:00:05 +0100 (CET)`,
    ),
    'X-Rspamd-Queue-Id: 8859W194E3FF',
    'X-Rspamd-Server: mx',
    `X-Spamd-Result: default: False [1.09 / 15.00];\r\n\t${symbols.join(';\r\n\t')}`,
    'X-Rspamd-Action: no action',
  );
}

/** OpenDKIM, OpenDMARC and policyd-spf on a Postfix box, Dovecot LMTP on top. */
function postfixBox(
  raw: string,
  relay: Relay,
  envelope: string,
  rows: { dkim: string[]; dmarc: string; spf: 'Pass' | 'None' | 'Softfail' },
): string {
  const client = relay.ip.includes(':') ? `IPv6:${relay.ip}` : relay.ip;
  return onTop(
    raw,
    `Return-Path: <${envelope}>`,
    `Delivered-To: ${BOX_TO}`,
    dovecotLmtp(RECEIVER, envelope, BOX_TO, 'kQ2Lw194aWnkrAIAu9opvQ', 'Fri, 20 Nov 2026 10:00:06 +0000'),
    `Authentication-Results: ${RECEIVER}; dmarc=${rows.dmarc}`,
    `Authentication-Results: ${RECEIVER};\r\n\t${rows.dkim.join(';\r\n\t')}`,
    `Received-SPF: ${rows.spf} (mailfrom) identity=mailfrom; client-ip=${relay.ip}; helo=${relay.helo}; envelope-from=${envelope}; receiver=<UNKNOWN>`,
    `Received: from ${relay.helo} (${relay.rdns} [${client}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Zw194Tq0bz9sWm\r\n\tfor <${BOX_TO}>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
  );
}

/** The debian envelope for a member. */
const debianEnvelope = (member: string) => `bounce-nbd=${member.replace('@', '=')}@other.debian.org`;

// =============================================================================================
// lists.infradead.org: Mailman 2.1 on bombadil (footer, the list's own signature)
// =============================================================================================

const INFRA_ENTRY_ID = '1tW194-00027d-Pb';

async function infradeadPost(member: string): Promise<string> {
  const author = 'maya.lindgren@gmail.com';
  const signed = await signCorpus(
    onTop(
      submitted({
        from: `Maya Lindgren <${author}>`,
        to: 'linux-nvme@lists.infradead.org',
        subject: 'Re: [PATCH v3 2/4] nvmet: free sgls on rdma map failure',
        date: 'Fri, 20 Nov 2026 10:59:12 +0100',
        messageId: '<CAw194qGq9kYt3pLmZ0xV7bN2RcH8Uu1sJfKdE4wTn6oP@mail.gmail.com>',
        extraHeaders: ['In-Reply-To: <20261120085511.w194.sagi@grimberg.example>'],
        body: 'On Fri, Nov 20, 2026 at 09:55, Sagi wrote:\r\n> Looks good to me.\r\n\r\nTested on two targets, the leak is gone.\r\n\r\nTested-by: Maya Lindgren <maya.lindgren@gmail.com>\r\n',
      }),
      `Received: by mail-wm1-f44.google.com with SMTP id 5b1f17b1804b1-43w194a0f2so1234567f8f.2\r\n        for <linux-nvme@lists.infradead.org>; Fri, 20 Nov 2026 01:59:13 -0800 (PST)`,
    ),
    {
      domain: 'gmail.com',
      selector: '20230601',
      headerList: [
        'from',
        'to',
        'subject',
        'date',
        'message-id',
        'in-reply-to',
        'mime-version',
        'content-type',
      ],
    },
  );
  const listed = appendHeaders(
    onTop(
      signed,
      'Received: from localhost ([127.0.0.1] helo=bombadil.infradead.org)\r\n\tby bombadil.infradead.org with esmtp (Exim 4.98 #2 (Red Hat Linux))\r\n\tid 1tW194n-00027w-31; Fri, 20 Nov 2026 09:59:17 +0000',
      `Received: from ${GMAIL_SENDER.helo} ([${GMAIL_SENDER.ip}])\r\n by bombadil.infradead.org with esmtps (Exim 4.98 #2 (Red Hat Linux))\r\n id ${INFRA_ENTRY_ID}\r\n for linux-nvme@lists.infradead.org; Fri, 20 Nov 2026 09:59:14 +0000`,
    ),
    'X-CRM114-Version: 20100106-BlameMichelson ( TRE 0.8.0 (BSD) ) MR-646709E3 ',
    'X-CRM114-CacheID: sfid-20261120_015914_882626_0091EC90 ',
    'X-CRM114-Status: GOOD (  12.41  )',
    'X-Spam-Score: -2.1 (--)',
    "X-Spam-Report: SpamAssassin version 3.4.6 on bombadil.infradead.org summary:\r\n Content analysis details:   (-2.1 points)\r\n pts rule name              description\r\n ---- ---------------------- --------------------------------------------------\r\n -0.1 DKIM_VALID_AU          Message has a valid DKIM or DK signature from\r\n author's domain\r\n -0.0 SPF_PASS               SPF: sender matches SPF record\r\n 0.1 DKIM_SIGNED            Message has a DKIM or DK signature, not necessarily\r\n valid",
    'X-BeenThere: linux-nvme@lists.infradead.org',
    'X-Mailman-Version: 2.1.34',
    'Precedence: list',
    'List-Id: <linux-nvme.lists.infradead.org>',
    'List-Unsubscribe: <http://lists.infradead.org/mailman/options/linux-nvme>,\r\n <mailto:linux-nvme-request@lists.infradead.org?subject=unsubscribe>',
    'List-Archive: <http://lists.infradead.org/pipermail/linux-nvme/>',
    'List-Post: <mailto:linux-nvme@lists.infradead.org>',
    'List-Help: <mailto:linux-nvme-request@lists.infradead.org?subject=help>',
    'List-Subscribe: <http://lists.infradead.org/mailman/listinfo/linux-nvme>,\r\n <mailto:linux-nvme-request@lists.infradead.org?subject=subscribe>',
    'Sender: "Linux-nvme" <linux-nvme-bounces@lists.infradead.org>',
    `Errors-To: ${infraEnvelope(member)}`,
  );
  const footed = `${listed}\r\n_______________________________________________\r\nLinux-nvme mailing list\r\nLinux-nvme@lists.infradead.org\r\nhttp://lists.infradead.org/mailman/listinfo/linux-nvme\r\n`;
  return signCorpus(footed, {
    domain: 'lists.infradead.org',
    selector: 'bombadil.20170209',
    headerList: [
      'sender',
      'content-type',
      'list-subscribe',
      'list-help',
      'list-post',
      'list-archive',
      'list-unsubscribe',
      'list-id',
      'in-reply-to',
      'mime-version',
      'message-id',
      'subject',
      'to',
      'from',
      'date',
      'reply-to',
    ],
  });
}

const infraEnvelope = (member: string) =>
  `linux-nvme-bounces+${member.replace('@', '=')}@lists.infradead.org`;

// =============================================================================================
// users@spamassassin.apache.org: ezmlm, the author's Ed25519 and RSA signatures untouched
// =============================================================================================

async function asfPost(member: string): Promise<string> {
  const hl = ['in-reply-to', 'references', 'message-id', 'subject', 'to', 'from', 'date', 'from'];
  const raw = onTop(
    submitted({
      from: `Dana Brandt <dana@${BRANDT}>`,
      to: 'users@spamassassin.apache.org',
      subject: 'Re: authres missing when run from spamass-milter',
      date: 'Fri, 20 Nov 2026 10:59:41 +0100',
      messageId: `<Zw194CSNkQm3m9WII@${BRANDT}>`,
      extraHeaders: [
        'Mail-Followup-To: users@spamassassin.apache.org',
        `References: <Zw194BSf+hfKW7lUu@milter.example>`,
        'In-Reply-To: <Zw194BSf+hfKW7lUu@milter.example>',
      ],
      body: 'Have you tried setting\r\n\r\nauthres_trusted_authserv mx.milter.example\r\n\r\nIt should work without changing the milter.\r\n',
    }),
    `Received: from solo (unknown [IPv6:2001:db8:1a9a:2d00::724])\r\n\tby mail.${BRANDT} (Postfix) with ESMTPSA id 5CW194\r\n\tfor <users@spamassassin.apache.org>; Fri, 20 Nov 2026 10:59:43 +0100 (CET)`,
  );
  const rsa = await signCorpus(raw, { domain: BRANDT, selector: 'rsa.2026', headerList: hl });
  const signed = await signCorpus(rsa, {
    domain: BRANDT,
    selector: 'ed25519.2026',
    algorithm: 'ed25519-sha256',
    headerList: hl,
  });
  return onTop(
    signed,
    'Received: from mail.apache.org (mailroute1-lw-us.apache.org [207.244.88.153])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby mxout1-he-de.apache.org (ASF Mail Server at mxout1-he-de.apache.org) with ESMTPS id 02W19464231\r\n\tfor <' +
      member +
      '>; Fri, 20 Nov 2026 09:59:52 +0000 (UTC)',
    'Received: (qmail 2935341 invoked by uid 998); 20 Nov 2026 09:59:47 -0000',
    'Mailing-List: contact users-help@spamassassin.apache.org; run by ezmlm',
    'Precedence: bulk',
    'list-help: <mailto:users-help@spamassassin.apache.org>',
    'list-unsubscribe: <mailto:users-unsubscribe@spamassassin.apache.org>',
    'List-Post: <mailto:users@spamassassin.apache.org>',
    'List-Id: <users.spamassassin.apache.org>',
    'Delivered-To: mailing list users@spamassassin.apache.org',
    'Received: (qmail 2935322 invoked by uid 116); 20 Nov 2026 09:59:46 -0000',
    'Received: from spamproc1-he-fi.apache.org (HELO spamproc1-he-fi.apache.org) (95.217.134.168)\r\n by apache.org (qpsmtpd/0.94) with ESMTP; Fri, 20 Nov 2026 09:59:46 +0000',
    'Authentication-Results: apache.org; auth=none',
    'Received: from localhost (localhost [127.0.0.1])\r\n\tby spamproc1-he-fi.apache.org (ASF Mail Server at spamproc1-he-fi.apache.org) with ESMTP id 90W194C07D1\r\n\tfor <users@spamassassin.apache.org>; Fri, 20 Nov 2026 09:59:46 +0000 (UTC)',
    'X-Virus-Scanned: Debian amavisd-new at spamproc1-he-fi.apache.org',
    `Authentication-Results: spamproc1-he-fi.apache.org (amavisd-new); dkim=neutral\r\n\treason="invalid (unsupported algorithm ed25519-sha256)"\r\n\theader.d=${BRANDT} header.b=Lvl3jVXe; dkim=pass (2048-bit key)\r\n\theader.d=${BRANDT} header.b=TqDPQwlg`,
    'Received: from mx1-ec2-va.apache.org ([116.203.227.195])\r\n\tby localhost (spamproc1-he-fi.apache.org [95.217.134.168]) (amavisd-new, port 10024)\r\n\twith ESMTP id oeW194wxylUM for <users@spamassassin.apache.org>;\r\n\tFri, 20 Nov 2026 09:59:45 +0000 (UTC)',
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${BRANDT_IP}; helo=mail.${BRANDT}; envelope-from=dana@${BRANDT}; receiver=<UNKNOWN> `,
    `Received: from mail.${BRANDT} (mail.${BRANDT} [${BRANDT_IP}])\r\n\tby mx1-ec2-va.apache.org (ASF Mail Server at mx1-ec2-va.apache.org) with ESMTPS id 83W194BCB5\r\n\tfor <users@spamassassin.apache.org>; Fri, 20 Nov 2026 09:59:44 +0000 (UTC)`,
  );
}

/**
 * An ASF committer's own mail (From at apache.org): submitted on mailrelay1-he-de.apache.org with
 * ESMTPSA, signed d=apache.org s=mail over To:Cc:From:Subject:Date:From, handed out through
 * mxout1-he-de.apache.org (layout of id 57634473880, 2026); through the ezmlm list when `list`.
 */
async function committerMail(to: string, list: boolean): Promise<string> {
  const raw = submitted({
    from: 'Chris Darrow <chrisd@apache.org>',
    to: list ? 'users@spamassassin.apache.org' : to,
    subject: list
      ? 'Re: authres missing when run from spamass-milter'
      : 'pre-push hooks and stdout regression',
    date: 'Fri, 20 Nov 2026 01:59:42 -0800',
    messageId: `<ab57w194-891e-edcc-12a6-8b10${list ? '1' : '0'}30d1bacb@apache.org>`,
    extraHeaders: [
      'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:60.0) Gecko/20100101\r\n Firefox/60.0 SeaMonkey/2.53.7.1',
    ],
    body: 'Hello --\r\n\r\n   The 4.0.2 rules update is out; sa-update picks it up tonight.\r\n\r\nChris.\r\n',
  });
  const signed = await signCorpus(raw, {
    domain: 'apache.org',
    selector: 'mail',
    headerList: ['to', 'cc', 'from', 'subject', 'date', 'from'],
  });
  const relayed = onTop(
    signed,
    'Received: (qmail 132187 invoked by uid 116); 20 Nov 2026 09:59:44 -0000',
    'Received: from mailrelay1-he-de.apache.org (HELO mailrelay1-he-de.apache.org) (116.203.21.61)\r\n by apache.org (qpsmtpd/0.94) with ESMTP; Fri, 20 Nov 2026 09:59:44 +0000',
    'Authentication-Results: apache.org; auth=none',
    'Received: from [IPv6:2001:db8:bef2:d200::fc0] (unknown [IPv6:2001:db8:bef2:d200::fc0])\r\n\tby mailrelay1-he-de.apache.org (ASF Mail Server at mailrelay1-he-de.apache.org) with ESMTPSA id 0AW19442698;\r\n\tFri, 20 Nov 2026 09:59:43 +0000 (UTC)',
  );
  const out = list
    ? onTop(
        relayed,
        'Received: (qmail 2935341 invoked by uid 998); 20 Nov 2026 09:59:47 -0000',
        'Mailing-List: contact users-help@spamassassin.apache.org; run by ezmlm',
        'Precedence: bulk',
        'list-help: <mailto:users-help@spamassassin.apache.org>',
        'list-unsubscribe: <mailto:users-unsubscribe@spamassassin.apache.org>',
        'List-Post: <mailto:users@spamassassin.apache.org>',
        'List-Id: <users.spamassassin.apache.org>',
        'Delivered-To: mailing list users@spamassassin.apache.org',
      )
    : relayed;
  return onTop(
    out,
    `Received: from mail.apache.org (mailgw-he-de.apache.org [IPv6:2a01:4f8:c2c:d4aa::1])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby mxout1-he-de.apache.org (ASF Mail Server at mxout1-he-de.apache.org) with ESMTPS id 4BW194655C2\r\n\tfor <${to}>; Fri, 20 Nov 2026 09:59:52 +0000 (UTC)`,
  );
}

const asfEnvelope = (member: string) =>
  `users-return-84213-${member.replace('@', '=')}@spamassassin.apache.org`;

// =============================================================================================
// The university alumni forwarder (Postfix, postsrsd or none)
// =============================================================================================

const ALUMNI_MEMBER = `r.reader@${ALUMNI}`;

/** The forwarder's line and the envelope it sends with (SRS0 under the alumni domain, or kept). */
function viaAlumni(
  raw: string,
  from: Relay,
  envelope: string,
  srs: boolean,
): { raw: string; envelope: string } {
  const client = from.ip.includes(':') ? `IPv6:${from.ip}` : from.ip;
  const at = envelope.lastIndexOf('@');
  const out = srs ? `SRS0=Xj2H=TZ=${envelope.slice(at + 1)}=${envelope.slice(0, at)}@${ALUMNI}` : envelope;
  return {
    raw: onTop(
      raw,
      `Received: from ${from.helo} (${from.rdns} [${client}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby fwd1.${ALUMNI} (Postfix) with ESMTPS id 4ZW194Kp3Hz1xQv\r\n\tfor <${ALUMNI_MEMBER}>; Fri, 20 Nov 2026 10:00:02 +0000 (UTC)`,
    ),
    envelope: out,
  };
}

const gSpf = (env: string, ip: string, result: 'pass' | 'softfail' | 'none', domain?: string) =>
  result === 'none'
    ? `spf=none (google.com: ${domain} does not designate permitted sender hosts) smtp.mailfrom="${env}";`
    : `spf=${result} (google.com: domain of ${env} ${result === 'pass' ? 'designates' : 'does not designate'} ${ip} as permitted sender) smtp.mailfrom="${env}";`;

export async function makeAll(write: CaseWriter): Promise<void> {
  const both = (c: Parameters<typeof emitCase>[1]) => {
    emitCase(write, c);
    const { zone: _z, twin: _t, ...offline } = c;
    emitCase(write, { ...offline, name: `${c.name}-offline` });
  };
  const cls = 'mailing-list';

  // ---- other.debian.org ----
  const ferri = await debianAuthorMail(
    'ferri',
    'Re: blktests failures with v7.3-rc1 kernel',
    'Maybe the problem is in nvmet_rdma_map_sgl_keyed(): it does not free the sgls on failure.\r\n\r\nLuca\r\n',
  );
  const weber = await debianAuthorMail(
    'weber',
    'nbd-server 3.27 uploaded to unstable',
    'Hi,\r\n\r\nnbd 1:3.27-1 is in unstable now; the systemd units moved to /usr/lib.\r\n\r\nJonas\r\n',
  );
  const ferriPost = debianPost({ author: 'ferri', subject: 'x'.repeat(42), signed: ferri });
  both({
    name: 'w194-debian-other-unsigned-author-rspamd-only-box',
    about:
      "Genuine: a post to nbd@other.debian.org by an author whose domain has no SPF, no DKIM and no DMARC (sent from a dynamic address), delivered by bendel.debian.org [82.195.75.100] with the envelope bounce-nbd=…@other.debian.org (no SPF record either); the box records nothing but rspamd's X-Spamd-Result at the bottom (R_SPF_NA, R_DKIM_NA, DMARC_NA, FORGED_SENDER_MAILLIST) and Dovecot's LMTP line, no Authentication-Results. Layout as an lfdr.de copy of the same list (id 55723335838). Nothing proves the author, nothing claims otherwise: unverified",
    class: cls,
    args: BOX,
    eml: rspamdBox(ferriPost, BENDEL4, debianEnvelope(BOX_TO), [
      'AUTH_NA(1.00)[]',
      'MAILLIST(-0.20)[generic]',
      'RWL_MAILSPIKE_GOOD(-0.10)[82.195.75.100:from]',
      'MIME_GOOD(-0.10)[text/plain]',
      'HAS_LIST_UNSUB(-0.01)[]',
      'DMARC_NA(0.00)[ferri-lab.example]',
      'FORWARDED(0.00)[lists-other-nbd@bendel.debian.org]',
      'FORGED_SENDER(0.00)[luca@ferri-lab.example,bounce-nbd=robin@other.debian.org]',
      'R_SPF_NA(0.00)[no SPF record]',
      'ASN(0.00)[asn:8365, ipnet:82.195.64.0/19, country:DE]',
      'ARC_NA(0.00)[]',
      'R_DKIM_NA(0.00)[]',
      'FROM_NEQ_ENVFROM(0.00)[luca@ferri-lab.example,bounce-nbd=robin@other.debian.org]',
      'FORGED_SENDER_MAILLIST(0.00)[]',
    ]),
    zone: BASE_ZONE,
    expect: LISTED,
  });

  const weberBox = debianPost({ author: 'weber', subject: 'y'.repeat(36), signed: weber });
  both({
    name: 'w194-debian-other-signed-author-ipv6-postfix-box',
    about:
      "Genuine: a Debian developer's post (his own server, DKIM s1 aligned, p=quarantine) to nbd@other.debian.org, which tags nothing and adds no footer, delivered by bendel.debian.org over IPv6 (2001:41b8:202:deb:216:36ff:fe40:4002) to a Postfix box whose OpenDKIM records the author's pass, OpenDMARC dmarc=pass and policyd-spf None for other.debian.org (no SPF record). Layout: lfdr.de copies (ids 37844682028, 55723335838). The author's own signature proves him",
    class: cls,
    args: BOX,
    eml: postfixBox(weberBox, BENDEL6, debianEnvelope(BOX_TO), {
      dkim: [
        `dkim=pass (2048-bit key; unprotected) header.d=${WEBER} header.i=@${WEBER} header.a=rsa-sha256 header.s=s1 ${b('"Q29ycHVz"')}`,
      ],
      dmarc: `pass (p=quarantine dis=none) header.from=${WEBER}`,
      spf: 'None',
    }),
    zone: BASE_ZONE,
    expect: INTACT,
  });

  const weberGmail = debianPost({ author: 'weber', subject: 'z'.repeat(36), signed: weber });
  emitCase(write, {
    name: 'w194-debian-other-signed-author-gmail',
    about:
      "Genuine: the same Debian developer's post to nbd@other.debian.org read in Gmail: bendel.debian.org [82.195.75.100] hands it over, Gmail records the author's dkim=pass, spf=none for other.debian.org (no SPF record) and dmarc=pass. Authenticated by the author's own signature",
    class: cls,
    args: GMAIL,
    eml: gmailDelivery(weberGmail, {
      relay: BENDEL4,
      envelope: debianEnvelope(GMAIL_TO),
      ids: ['x194csp1201pxa', 'a194si4qtb.11'],
      results: [
        `dkim=pass header.i=@${WEBER} header.s=s1 header.b=Q29ycHVz;`,
        gSpf(debianEnvelope(GMAIL_TO), BENDEL4.ip, 'none', 'other.debian.org'),
        `dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${WEBER}`,
      ].join('\r\n       '),
    }),
    zone: BASE_ZONE,
    expect: INTACT,
    twin: true,
  });

  const weberOutlook = debianPost({ author: 'weber', subject: 'q'.repeat(36), signed: weber });
  both({
    name: 'w194-debian-other-signed-author-ipv6-outlook',
    about:
      "Genuine: the Debian developer's post delivered by bendel.debian.org over IPv6 to Exchange Online: EOP records spf=none for other.debian.org, the author's dkim=pass and dmarc=pass (compauth=pass reason=100). Read in Outlook",
    class: cls,
    args: OUTLOOK,
    eml: eopDelivery(weberOutlook, {
      ip: BENDEL6.ip,
      helo: BENDEL6.helo,
      ar: `spf=none (sender IP is ${BENDEL6.ip})\r\n smtp.mailfrom=other.debian.org; dkim=pass (signature was verified)\r\n header.d=${WEBER};dmarc=pass action=none\r\n header.from=${WEBER};compauth=pass reason=100`,
      spf: `None (protection.outlook.com: other.debian.org does not designate\r\n permitted sender hosts)`,
      returnPath: debianEnvelope('robin@contoso-reader.example'),
    }),
    zone: BASE_ZONE,
    expect: INTACT,
  });

  // ---- lists.infradead.org ----
  const infraGmail = await infradeadPost(GMAIL_TO);
  emitCase(write, {
    name: 'w194-infradead-mailman-footer-gmail-author-gmail',
    about:
      "Genuine: a gmail.com member's reply to linux-nvme@lists.infradead.org (Mailman 2.1 on bombadil): the footer breaks Gmail's signature, the list re-signs as d=lists.infradead.org s=bombadil.20170209 and delivers over IPv6 (2607:7c80:54:e::133) with the VERP envelope linux-nvme-bounces+member@; Gmail records the list's dkim=pass, gmail.com's neutral (body hash), spf=pass for the list and dmarc=fail (p=NONE sp=QUARANTINE). Layout: lfdr.de copies (id 898490224). A list post: unverified, never spoofed",
    class: cls,
    args: GMAIL,
    eml: gmailDelivery(infraGmail, {
      relay: BOMBADIL,
      envelope: infraEnvelope(GMAIL_TO),
      ids: ['x194csp1202pxa', 'a194si4qtb.12'],
      spf: 'pass',
      results: [
        'dkim=pass header.i=@lists.infradead.org header.s=bombadil.20170209 header.b=Q29ycHVz;',
        'dkim=neutral (body hash did not verify) header.i=@gmail.com header.s=20230601 header.b=Q29ycHVz;',
        gSpf(infraEnvelope(GMAIL_TO), BOMBADIL.ip, 'pass'),
        'dmarc=fail (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com',
      ].join('\r\n       '),
    }),
    zone: BASE_ZONE,
    expect: LISTED,
    twin: true,
  });

  const infraBox = await infradeadPost(BOX_TO);
  both({
    name: 'w194-infradead-mailman-footer-gmail-author-postfix-box',
    about:
      "Genuine: the same linux-nvme post to a Postfix box: OpenDKIM records the list's pass and gmail.com's fail (the footer), OpenDMARC dmarc=fail (p=none), policyd-spf Pass for lists.infradead.org from bombadil over IPv6. A list post: unverified",
    class: cls,
    args: BOX,
    eml: postfixBox(infraBox, BOMBADIL, infraEnvelope(BOX_TO), {
      dkim: [
        `dkim=pass (2048-bit key; unprotected) header.d=lists.infradead.org header.i=@lists.infradead.org header.a=rsa-sha256 header.s=bombadil.20170209 ${b('"Q29ycHVz"')}`,
        `dkim=fail reason="signature verification failed" (2048-bit key; unprotected) header.d=gmail.com header.i=@gmail.com header.a=rsa-sha256 header.s=20230601 ${b('"Q29ycHVz"')}`,
      ],
      dmarc: 'fail (p=none dis=none) header.from=gmail.com',
      spf: 'Pass',
    }),
    zone: BASE_ZONE,
    expect: LISTED,
  });

  const infraYahoo = await infradeadPost('robin.reader@yahoo.com');
  both({
    name: 'w194-infradead-mailman-footer-gmail-author-yahoo',
    about:
      "Genuine: the same linux-nvme post read in Yahoo: Yahoo records the list's dkim=pass, gmail.com's dkim=perm_fail, spf=pass for lists.infradead.org and dmarc=fail(p=NONE). A list post: unverified",
    class: cls,
    args: YAHOO,
    eml: yahooDelivery(infraYahoo, {
      relay: BOMBADIL,
      envelope: infraEnvelope('robin.reader@yahoo.com'),
      results:
        'dkim=pass header.i=@lists.infradead.org header.s=bombadil.20170209;\r\n dkim=perm_fail header.i=@gmail.com header.s=20230601;\r\n spf=pass smtp.mailfrom=lists.infradead.org;\r\n dmarc=fail(p=NONE,sp=QUARANTINE) header.from=gmail.com;',
    }),
    zone: BASE_ZONE,
    expect: LISTED,
  });

  // ---- ASF ezmlm ----
  const asfGmail = await asfPost(GMAIL_TO);
  emitCase(write, {
    name: 'w194-asf-ezmlm-ed25519-rsa-author-gmail',
    about:
      "Genuine: a user's reply to users@spamassassin.apache.org (ezmlm): the author signs twice (Ed25519 and RSA, the same h= with From over-signed), ezmlm adds its fields on top and changes nothing signed; the ASF's own internal Authentication-Results (apache.org; auth=none, and amavisd-new's dkim=neutral for the Ed25519 key it cannot check) ride in the middle. Gmail records both passes, spf=pass for the ezmlm return path and dmarc=pass. Layout: id 30724450266. Authenticated by the author's signatures; the internal records are not the reader's",
    class: cls,
    args: GMAIL,
    eml: gmailDelivery(asfGmail, {
      relay: ASF_OUT,
      envelope: asfEnvelope(GMAIL_TO),
      ids: ['x194csp1203pxa', 'a194si4qtb.13'],
      spf: 'pass',
      results: [
        `dkim=pass header.i=@${BRANDT} header.s=ed25519.2026 header.b=Lvl3jVXe;`,
        `dkim=pass header.i=@${BRANDT} header.s=rsa.2026 header.b=TqDPQwlg;`,
        gSpf(asfEnvelope(GMAIL_TO), ASF_OUT.ip, 'pass'),
        `dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${BRANDT}`,
      ].join('\r\n       '),
    }),
    zone: BASE_ZONE,
    expect: INTACT,
    twin: true,
  });

  const asfBox = await asfPost(BOX_TO);
  both({
    name: 'w194-asf-ezmlm-ed25519-rsa-author-postfix-box',
    about:
      "Genuine: the same ASF post to a Postfix box: OpenDKIM records both of the author's passes, OpenDMARC dmarc=pass, policyd-spf Pass for spamassassin.apache.org from mxout1-he-de.apache.org [95.216.194.37]; the ASF's internal records (apache.org, spamproc1-he-fi.apache.org) are below and untrusted. Authenticated",
    class: cls,
    args: BOX,
    eml: postfixBox(asfBox, ASF_OUT, asfEnvelope(BOX_TO), {
      dkim: [
        `dkim=pass (256-bit key; unprotected) header.d=${BRANDT} header.i=@${BRANDT} header.a=ed25519-sha256 header.s=ed25519.2026 header.b="Lvl3jVXe"`,
        `dkim=pass (2048-bit key; unprotected) header.d=${BRANDT} header.i=@${BRANDT} header.a=rsa-sha256 header.s=rsa.2026 header.b="TqDPQwlg"`,
      ],
      dmarc: `pass (p=quarantine dis=none) header.from=${BRANDT}`,
      spf: 'Pass',
    }),
    zone: BASE_ZONE,
    expect: INTACT,
  });

  // ---- The ASF's own mail from the same Hetzner servers, a committer's From at apache.org ----
  emitCase(write, {
    name: 'w194-asf-committer-own-mail-hetzner-gmail',
    about:
      "Genuine: an ASF committer writes from chrisd@apache.org: submitted on mailrelay1-he-de.apache.org, signed d=apache.org s=mail (h=To:Cc:From:Subject:Date:From), handed to Gmail by mxout1-he-de.apache.org [95.216.194.37] (Hetzner) with an envelope at apache.org; Gmail records dkim=pass, spf=pass and dmarc=pass (p=NONE). Layout: id 57634473880 (2026). The ASF's own server on a cloud, its name under the From's domain: authenticated",
    class: cls,
    args: GMAIL,
    eml: gmailDelivery(await committerMail(GMAIL_TO, false), {
      relay: ASF_OUT,
      envelope: 'chrisd@apache.org',
      ids: ['x194csp1207pxa', 'a194si4qtb.17'],
      spf: 'pass',
      results: [
        'dkim=pass header.i=@apache.org header.s=mail header.b=NhCPY61U;',
        gSpf('chrisd@apache.org', ASF_OUT.ip, 'pass'),
        'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=apache.org',
      ].join('\r\n       '),
    }),
    zone: BASE_ZONE,
    expect: INTACT,
    twin: true,
  });
  emitCase(write, {
    name: 'w194-asf-ezmlm-committer-post-hetzner-gmail',
    about:
      "Genuine: the same committer's post to users@spamassassin.apache.org (ezmlm, nothing signed changed) read in Gmail: mxout1-he-de.apache.org hands it over with the ezmlm return path, Gmail records apache.org's dkim=pass, spf=pass for spamassassin.apache.org and dmarc=pass. The list server is under the From's own domain: authenticated (the contrast to the pending brandt-net.example posts)",
    class: cls,
    args: GMAIL,
    eml: gmailDelivery(await committerMail(GMAIL_TO, true), {
      relay: ASF_OUT,
      envelope: asfEnvelope(GMAIL_TO),
      ids: ['x194csp1208pxa', 'a194si4qtb.18'],
      spf: 'pass',
      results: [
        'dkim=pass header.i=@apache.org header.s=mail header.b=NhCPY61U;',
        gSpf(asfEnvelope(GMAIL_TO), ASF_OUT.ip, 'pass'),
        'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=apache.org',
      ].join('\r\n       '),
    }),
    zone: BASE_ZONE,
    expect: INTACT,
  });

  // ---- Both: a list post forwarded by a university alumni alias ----
  {
    const post = await infradeadPost(ALUMNI_MEMBER);
    const f = viaAlumni(post, BOMBADIL, infraEnvelope(ALUMNI_MEMBER), true);
    both({
      name: 'w194-infradead-post-via-alumni-postsrsd-gmail',
      about:
        "Genuine: a linux-nvme post (footer, list re-signed, gmail.com author) sent to a member's alumni address, whose Postfix forwarder (postsrsd) passes it to Gmail with an SRS0 envelope under the alumni domain: Gmail records spf=pass for the SRS address, the list's dkim=pass, gmail.com's neutral and dmarc=fail (p=NONE). Two hops of honest mail: unverified",
      class: cls,
      args: GMAIL,
      eml: gmailDelivery(f.raw, {
        relay: FWD,
        envelope: f.envelope,
        ids: ['x194csp1204pxa', 'a194si4qtb.14'],
        spf: 'pass',
        results: [
          'dkim=pass header.i=@lists.infradead.org header.s=bombadil.20170209 header.b=Q29ycHVz;',
          'dkim=neutral (body hash did not verify) header.i=@gmail.com header.s=20230601 header.b=Q29ycHVz;',
          gSpf(f.envelope, FWD.ip, 'pass'),
          'dmarc=fail (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com',
        ].join('\r\n       '),
      }),
      zone: BASE_ZONE,
      expect: LISTED,
    });
  }
  {
    const post = await infradeadPost(ALUMNI_MEMBER);
    const f = viaAlumni(post, BOMBADIL, infraEnvelope(ALUMNI_MEMBER), false);
    both({
      name: 'w194-infradead-post-via-alumni-no-srs-gmail',
      about:
        "Genuine: the same linux-nvme post through an alumni forwarder without SRS: the list's envelope is kept, so Gmail records spf=softfail for lists.infradead.org from the forwarder, the list's dkim=pass, gmail.com's neutral and dmarc=fail (p=NONE). Unverified, never spoofed",
      class: cls,
      args: GMAIL,
      eml: gmailDelivery(f.raw, {
        relay: FWD,
        envelope: f.envelope,
        ids: ['x194csp1205pxa', 'a194si4qtb.15'],
        spf: 'softfail',
        results: [
          'dkim=pass header.i=@lists.infradead.org header.s=bombadil.20170209 header.b=Q29ycHVz;',
          'dkim=neutral (body hash did not verify) header.i=@gmail.com header.s=20230601 header.b=Q29ycHVz;',
          gSpf(f.envelope, FWD.ip, 'softfail'),
          'dmarc=fail (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com',
        ].join('\r\n       '),
      }),
      zone: BASE_ZONE,
      expect: LISTED,
    });
  }
  {
    const post = debianPost({ author: 'weber', subject: 'w'.repeat(36), signed: weber });
    const f = viaAlumni(post, BENDEL6, debianEnvelope(ALUMNI_MEMBER), false);
    both({
      name: 'w194-debian-post-via-alumni-no-srs-gmail',
      about:
        "Genuine: the Debian developer's signed post to nbd@other.debian.org, sent to his reader's alumni address and forwarded to Gmail without SRS: the envelope stays at other.debian.org (no SPF record: spf=none), the author's dkim=pass survives both hops and Gmail records dmarc=pass. Authenticated by the author's signature",
      class: cls,
      args: GMAIL,
      eml: gmailDelivery(f.raw, {
        relay: FWD,
        envelope: f.envelope,
        ids: ['x194csp1206pxa', 'a194si4qtb.16'],
        results: [
          `dkim=pass header.i=@${WEBER} header.s=s1 header.b=Q29ycHVz;`,
          gSpf(f.envelope, FWD.ip, 'none', 'other.debian.org'),
          `dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${WEBER}`,
        ].join('\r\n       '),
      }),
      zone: BASE_ZONE,
      expect: INTACT,
    });
  }
  {
    const post = debianPost({ author: 'ferri', subject: 'v'.repeat(42), signed: ferri });
    const f = viaAlumni(post, BENDEL4, debianEnvelope(ALUMNI_MEMBER), true);
    both({
      name: 'w194-debian-unsigned-post-via-alumni-postsrsd-outlook',
      about:
        "Genuine: the unsigned Debian list post (author without SPF, DKIM or DMARC) forwarded by the alumni alias with postsrsd to Exchange Online: EOP records spf=pass for the SRS0 envelope under the alumni domain, dkim=none, and, as the From domain has no DMARC record, dmarc=none action=none with compauth=softpass reason=201 (EOP's reason code recalled, not re-read). Nothing proves the author: unverified, never a warning",
      class: cls,
      args: OUTLOOK,
      eml: eopDelivery(f.raw, {
        ip: FWD.ip,
        helo: FWD.helo,
        ar: `spf=pass (sender IP is ${FWD.ip})\r\n smtp.mailfrom=${ALUMNI}; dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none\r\n header.from=${FERRI};compauth=softpass reason=201`,
        spf: `Pass (protection.outlook.com: domain of ${ALUMNI} designates\r\n ${FWD.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${FWD.ip}; helo=${FWD.helo}; pr=C`,
        returnPath: f.envelope,
      }),
      zone: BASE_ZONE,
      expect: LISTED,
    });
  }
  {
    const post = await asfPost(ALUMNI_MEMBER);
    const f = viaAlumni(post, ASF_OUT, asfEnvelope(ALUMNI_MEMBER), true);
    both({
      name: 'w194-asf-post-via-alumni-postsrsd-yahoo',
      about:
        "Genuine: the ASF ezmlm post (Ed25519 and RSA signatures) sent to an alumni address and forwarded with postsrsd to Yahoo: Yahoo records both author passes, spf=pass for the alumni domain and dmarc=pass. Authenticated by the author's signatures",
      class: cls,
      args: YAHOO,
      eml: yahooDelivery(f.raw, {
        relay: FWD,
        envelope: f.envelope,
        results: `dkim=pass header.i=@${BRANDT} header.s=ed25519.2026;\r\n dkim=pass header.i=@${BRANDT} header.s=rsa.2026;\r\n spf=pass smtp.mailfrom=${ALUMNI};\r\n dmarc=pass(p=QUARANTINE) header.from=${BRANDT};`,
      }),
      zone: BASE_ZONE,
      expect: INTACT,
    });
  }
}

// The ASF's lists on Hetzner (4 cases, online and offline, Gmail and the box): the worst of the round,
// genuine mail with the author's aligned DKIM and DMARC passing reads SUSPICIOUS.
// Read now: suspicious (row authenticated-with-concerns) on hosted-server-relay MEDIUM for
//   mxout1-he-de.apache.org [95.216.194.37] (AS24940 Hetzner), beside dmarc=pass by the author's
//   own Ed25519 and RSA signatures (both verify: ezmlm changes nothing signed) and an SPF pass for
//   the ezmlm return path at spamassassin.apache.org.
// Should read: authenticated (or unverified), never a warning: the server is the ASF's own list
//   server, forward-confirmed, handing over a post its author signed.
// At fault: lib/findings/hosted-server.ts ownServerEvidence. Online its first branch needs the
//   origin's reverse name in the From's organisation (apache.org is not brandt-net.example); its
//   list branch (listServerOwner) needs BOTH a list hosting service in LIST_HOSTS (apache.org is
//   not one) AND an aligned signature that verified only after undoing the list's changes
//   (`d.listRestore`): ezmlm makes none, so an untouched post never qualifies. Offline,
//   offlineListServer has the same LIST_HOSTS gate. The medium finding then sits in `serious` in
//   lib/findings/verdict.ts (`authenticates && besidePass.length > 0` →
//   authenticated-with-concerns).
// Smallest fix: in listServerOwner, accept a post whose author's aligned signature passes as sent
//   (no listRestore needed) when the list's own domain (List-Id / Mailing-List host) passed SPF for
//   the envelope and the origin's reverse name is forward-confirmed under that same list domain;
//   and add the ASF's list domain (apache.org) beside python.org/linaro.org to a list of
//   self-hosted list servers on clouds, as LIST_HOSTS does for groups.io.
// Could hurt: the replay the medium finding exists for: an attacker's own "list" on a rented VM
//   (his own domain in List-Id, his SPF, his confirmed PTR) replaying a bank's signed notice
//   unchanged (probe69-gmail-own-list-on-aws-vm-*). Without a list of known list domains the
//   loosening lets that replay read authenticated, so the known-list gate must stay.
// Fixed on 2026-12-07 at 13:4x (online): apache.org is a known list host (lib/findings/hosted-server.ts
// LIST_HOSTS) and listServerOwner takes an unchanged post (the author's aligned signature passing as
// sent) when the host's own envelope passed SPF. Offline on the box it stays pending, as python.org's
// lists do (round 187): the box records no signature of the host's.
// Lead, 2026-12-07: the ASF post offline on a Postfix box reads authenticated since the list and
// offline readings of real-mail rounds 204-206.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
