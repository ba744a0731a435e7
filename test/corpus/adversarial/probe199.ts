// Red-team round 199: the rules added at 10:00-10:35 (commits 668d4872, ee709ad5, be15e556,
// d27eec2b, 399d4ac2), attacked, with genuine controls beside them.
// 1. lib/findings/shared-host-account.ts (shared-host-other-account): reads only the LAST
//    X-Get-Message-Sender-Via login with an `@`, or the last X-Source-Dir domain. Attacked with the
//    layouts cPanel really writes where neither holds the account's domain:
//    - Newfold's cPanel (Bluehost, HostGator): no X-Get-Message-Sender-Via at all; the login is in
//      `X-Source-Auth: <mailbox>` (with X-Source-IP, X-Exim-ID, X-Source-Sender, X-Email-Count,
//      X-Org, X-Local-Domain). A co-tenant's SMTP login as a neighbour is not read.
//    - cPanel's virtual-account form `authenticated_id: user+domain/only user confirmed/virtual
//      account not confirmed` (its spaces defeat BOX_LOGIN; no `@`): the login is missed, though
//      X-Authenticated-Sender names the mailbox in full.
//    - A bare cPanel user with `/from_h` and an empty X-Source-Dir (cPanel's webmail, Horde or
//      Roundcube, run outside the account's docroot; also cron / `sendmail -t` from the home
//      directory): nothing names an account's domain, the owner's own webmail reads the same.
//    Genuine: the same layouts for the owner's own login and webmail; a Mailman list on a cPanel
//    host (`acl_c_authenticated_local_user: mailman/mailman`, the poster's own cPanel trailer above);
//    a firm whose mail program logs in with its group domain's mailbox.
//    Not attackable, checked by reading: a header written after Exim's (Exim appends its ACL headers
//    below everything the client sent: every copy below shows them last), header-name case (keys
//    are lower-cased by the parser) or a space before the colon (a field name with a space is not
//    that field to Exim either).
// 3. Microsoft Power Automate as an email service: a tenant's flow ("Send an email notification")
//    sends its own text from flow-noreply@microsoft.com through the KB 4559558 addresses; SPF
//    passes through microsoft.com's own record, DMARC (p=reject) passes.
// 4. OpenDKIM's one-header-per-signature run: a sender's forged dkim-only Authentication-Results
//    with the box's authserv-id placed right under the box's entry line, on a box that runs
//    OpenDKIM but no OpenDMARC (the engine computes DMARC offline from the run's results).
// 2 and 5 (otherDomainReading needs a real ICANN suffix, outside this corpus's names, as r196 noted;
// Purelymail's shared include is probe197's; recordedFail/recordUnread take a provider's own DNS
// fault or record-read failure, which a sender cannot cause without owning the From's DNS) are
// reported in prose only.
// Layouts (`find_string`, code corpus, public lore.kernel.org / lfdr.de list copies):
// - Newfold/HostGator trailer: amd-gfx post via gator4166.hostgator.com, 2023 (file id
//   28244099538): X-AntiAbuse rows, X-BWhitelist, X-Source-IP, X-Source-L, X-Exim-ID, X-Source,
//   X-Source-Args, X-Source-Dir (empty), X-Source-Sender, X-Source-Auth, X-Email-Count,
//   X-Org: HG=hgshared;ORG=hostgator;, X-Source-Cap, X-Local-Domain; Bluehost's hops
//   (box5620.bluehost.com, cmsmtp, progateway2, outbound-ss-820, qproxy3-pub.mail.unifiedlayer.com
//   [67.222.38.20]) as realworld126 cites them (w6rz.net, 2023).
// - The virtual-account form: vern.gendns.com / galaxy.gendns.com (lechnology.com, file ids
//   9999337598, 67607246123) and cpanel2/cpanel4.indieserve.net (crashcourse.ca, 15742406483,
//   39041338207): `authenticated_id: rpjday+crashcourse.ca/only user confirmed/virtual account not
//   confirmed` above `X-Authenticated-Sender: <host>: rpjday@crashcourse.ca`.
// - Webmail with `/from_h`: server53.web-hosting.com (Namecheap, zedlx.com, 2019, file id
//   22148510377): Horde's "with HTTPS" line, Exim's "from [::1] … with esmtpsa",
//   `authenticated_id: zedlryqc/from_h`, `X-Authenticated-Sender: <host>: <From's address>`, empty
//   X-Source/-Args/-Dir, `X-From-Rewrite: unmodified, already matched`. The relay premium237-5 as
//   realworld126.
// - Mailman on a cPanel host: lists.ettus.com on mm2.emwd.com (file ids 48352903253, 48115775618):
//   `X-Get-Message-Sender-Via: mm2.emwd.com: acl_c_authenticated_local_user: mailman/mailman`,
//   `X-Authenticated-Sender: mm2.emwd.com: mailman@lists.ettus.com`, empty X-Source rows; the
//   poster's own cPanel trailer (cloud48395.mywhc.ca, trillion01.com, file id 849534398).
// - GoDaddy's relay and hops, cPanel login rows: probe196 (its sources). Power Automate: realworld188
//   (KB 4559558, _spf1-meo.microsoft.com's addresses). The Postfix box: OpenDKIM's header per
//   signature as realworld126's box delivery writes it.
// Names and addresses are documentation ones, except the hosts', Microsoft's and Google's own.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, GMAIL, KEY, OUTLOOK, ptr, RECEIVER, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import {
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
  yahooResults,
} from '../receivers';
import { probeCorpus } from '../rounds-kit';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const NOT_AUTH: CaseExpectation = { notVerdict: ['authenticated'] };
const CO_TENANT: CaseExpectation = { notVerdict: ['authenticated'], findings: ['shared-host-other-account'] };
const GENUINE: CaseExpectation = { verdict: ['authenticated', 'unverified'] };
const OWN: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  absentFindings: ['shared-host-other-account'],
};

const host = (name: string, ip: string): Relay => ({ helo: name, rdns: name, ip });
const GODADDY = host('p3nlsmtpcp01-04.prod.phx3.secureserver.net', '184.168.200.145');
const BLUEHOST = host('qproxy3-pub.mail.unifiedlayer.com', '67.222.38.20');
const NAMECHEAP = host('premium237-5.web-hosting.com', '66.29.146.205');
const MEO: Relay = { helo: '[20.98.194.69]', rdns: 'unknown', ip: '20.98.194.69' };

const CPANEL = 'p3plcpnl1062.prod.phx3.secureserver.net';
const BH_BOX = 'box5620.bluehost.com';
const NC_BOX = 'premium237.web-hosting.com';

const VET = 'stonegate-vets.example'; // the victim on each shared server
const KILN = 'kilnbridge-pottery.example'; // the co-tenant's own account's domain
const GROUP = 'stonegate-group.example'; // the vet practice's group, its other domain
const LISTS = 'lists.fenmoor-radio.example'; // a club's Mailman on the cPanel host
const POSTER = 'marsh-telemetry.example'; // a list poster on his own cPanel host

const txt = (name: string, v: string) => ({ [name]: { TXT: [v] } });
const dmarc = (d: string, p: string) => txt(`_dmarc.${d}`, `v=DMARC1; p=${p}`);
const key = (d: string) => ({ [`default._domainkey.${d}`]: KEY() });
const MEO_SPF =
  'v=spf1 ip4:52.165.175.144 ip4:52.247.53.144 ip4:157.55.254.216 ip4:13.74.143.28 ip4:104.214.25.77 ip4:207.46.225.107 ip4:51.137.58.21 ip4:138.91.172.26 ip4:52.250.107.196 ip4:13.92.31.129 ip4:51.144.100.179 ip4:52.160.39.140 ip4:52.244.206.214 ip4:13.72.50.45 ip4:20.118.139.208/30 ip4:20.98.194.68/30 ip4:20.83.222.104/30 ip4:20.88.157.184/30 ip4:20.59.80.4/30 ip4:20.51.6.32/30 ip4:20.97.34.220/30 ip4:20.107.239.64/30 ip4:20.105.209.76/30 ip4:20.98.148.156/30 ip4:20.69.8.108/30 ~all';

const ZONE = {
  ...ptr(GODADDY.ip, GODADDY.rdns),
  ...ptr(BLUEHOST.ip, BLUEHOST.rdns),
  ...ptr(NAMECHEAP.ip, NAMECHEAP.rdns),
  ...txt('secureserver.net', 'v=spf1 ip4:184.168.200.0/24 ip4:173.201.192.0/23 ~all'),
  ...txt('bluehost.com', 'v=spf1 ip4:67.222.38.0/24 ip4:69.89.24.0/24 ip4:162.241.219.0/24 ~all'),
  ...txt('spf.web-hosting.com', 'v=spf1 ip4:66.29.146.0/24 ip4:104.219.248.0/24 ~all'),
  // The vet practice: one domain per host (the attacks are separate servers), each signed by Exim.
  ...txt(VET, 'v=spf1 include:secureserver.net include:bluehost.com include:spf.web-hosting.com -all'),
  ...key(VET),
  ...dmarc(VET, 'quarantine'),
  ...txt(GROUP, 'v=spf1 include:secureserver.net -all'),
  ...key(GROUP),
  ...dmarc(GROUP, 'quarantine'),
  ...txt(KILN, 'v=spf1 include:secureserver.net include:bluehost.com include:spf.web-hosting.com -all'),
  ...key(KILN),
  ...dmarc(KILN, 'none'),
  ...txt(LISTS, 'v=spf1 include:secureserver.net -all'),
  ...key(LISTS),
  ...dmarc(LISTS, 'none'),
  ...txt(POSTER, 'v=spf1 a mx -all'),
  ...dmarc(POSTER, 'none'),
  ...txt('microsoft.com', 'v=spf1 include:_spf1-meo.microsoft.com -all'),
  ...txt('_spf1-meo.microsoft.com', MEO_SPF),
  ...txt('_dmarc.microsoft.com', 'v=DMARC1; p=reject; pct=100'),
};

let n = 0;
const msg = (from: string, to: string, subject: string, body: string, id: string, extra: string[] = []) =>
  submitted({ from, to, subject, date: SENT, messageId: `<${id}>`, body, extraHeaders: extra });

const gmail = (raw: string, relay: Relay, envelope: string, results: string[]) => {
  n++;
  return gmailDelivery(raw, {
    relay,
    envelope,
    results: results.join('\r\n       '),
    ids: [`x199csp${n}pxa`, `a199si${n}qtb.199`],
    spf: 'pass',
    deliveredTo: true,
  });
};
const passing = (d: string, envelope: string, relay: Relay, policy = 'QUARANTINE') => [
  gmailDkim(d, 'default'),
  gmailSpf(envelope, relay.ip),
  gmailDmarc(d, policy),
];
const outlook = (raw: string, relay: Relay, envelope: string, d: string) =>
  eopDelivery(raw, {
    ...eopPass(relay, envelope.split('@')[1]!, `dkim=pass (signature was verified)\r\n header.d=${d}`, d),
    returnPath: envelope,
  });

const ANTI_ABUSE = (box: string, senderDomain: string, uid = '[47 12] / [47 12]') => [
  'X-AntiAbuse: This header was added to track abuse, please include it with any abuse report',
  `X-AntiAbuse: Primary Hostname - ${box}`,
  'X-AntiAbuse: Original Domain - gmail.com',
  `X-AntiAbuse: Originator/Caller UID/GID - ${uid}`,
  `X-AntiAbuse: Sender Address Domain - ${senderDomain}`,
];

/** Newfold's cPanel trailer for an SMTP login (gator4166's rows; X-Org as Bluehost's shared). */
const newfoldTrailer = (senderDomain: string, login: string, id: string) => [
  ...ANTI_ABUSE(BH_BOX, senderDomain),
  'X-BWhitelist: no',
  'X-Source-IP: 203.0.113.9',
  'X-Source-L: No',
  `X-Exim-ID: ${id}`,
  'X-Source: ',
  'X-Source-Args: ',
  'X-Source-Dir: ',
  'X-Source-Sender: c-203-0-113-9.example.net ([10.0.1.47]) [203.0.113.9]:49430',
  `X-Source-Auth: ${login}`,
  'X-Email-Count: 3',
  'X-Org: HG=bhshared;ORG=bluehost;',
  'X-Source-Cap: a2lsbmJyNztraWxuYnI3O2JveDU2MjAuYmx1ZWhvc3QuY29t',
  'X-Local-Domain: yes',
];
/** Bluehost's chain above the cPanel box's esmtpsa line (realworld126's layout). */
const bluehostHops = (envelope: string, id: string) => [
  `Received: from outbound-ss-820.bluehost.com (outbound-ss-820.bluehost.com [69.89.24.241])\r\n        by qproxy3.mail.unifiedlayer.com (Postfix) with ESMTP id 7CB548199${n}0A\r\n        for <robin.reader@gmail.com>; Fri, 20 Nov 2026 10:00:03 +0000 (UTC)`,
  `Received: from cmgw13.mail.unifiedlayer.com (unknown [10.0.90.128])\r\n        by progateway2.mail.pro1.eigbox.com (Postfix) with ESMTP id 92B9B199${n}4EF\r\n        for <robin.reader@gmail.com>; Fri, 20 Nov 2026 10:00:02 +0000 (UTC)`,
  `Received: from ${BH_BOX} ([162.241.219.59])\r\n        by cmsmtp with ESMTP\r\n        id OauKqYizXsBigOa199${n}; Fri, 20 Nov 2026 10:00:02 +0000`,
  `Received: from c-203-0-113-9.example.net ([203.0.113.9]:49430 helo=[10.0.1.47])\r\n        by ${BH_BOX} with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\r\n        (Exim 4.96)\r\n        (envelope-from <${envelope}>)\r\n        id ${id};\r\n        Fri, 20 Nov 2026 03:00:01 -0700`,
];

/** cPanel's login rows in its virtual-account form (gendns.com / indieserve.net copies). */
const virtualTrailer = (box: string, senderDomain: string, mailbox: string) => {
  const [user, domain] = mailbox.split('@') as [string, string];
  return [
    ...ANTI_ABUSE(box, senderDomain),
    `X-Get-Message-Sender-Via: ${box}: authenticated_id: ${user}+${domain}/only user confirmed/virtual account not confirmed`,
    `X-Authenticated-Sender: ${box}: ${mailbox}`,
    'X-Source: ',
    'X-Source-Args: ',
    'X-Source-Dir: ',
  ];
};
const godaddyLoginHops = (envelope: string) => [
  `Received: from ${CPANEL} ([10.199.64.97])\r\n\tby : HOSTING RELAY : with ESMTP\r\n\tid 2Kb199lg${n}; Fri, 20 Nov 2026 03:10:02 -0700`,
  `Received: from [198.51.100.61] (port=52144 helo=[192.168.1.20])\r\n\tby ${CPANEL} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.96.2)\r\n\t(envelope-from <${envelope}>)\r\n\tid 1tQ199-0007L${n}-1a; Fri, 20 Nov 2026 03:10:01 -0700`,
];

/** cPanel webmail (Horde/Roundcube) as the account's Unix user, `/from_h`, no directory (server53's copy). */
const webmailTrailer = (cpUser: string, fromAddr: string) => [
  'X-OutGoing-Spam-Status: No, score=-1.0',
  ...ANTI_ABUSE(NC_BOX, fromAddr.split('@')[1]!),
  `X-Get-Message-Sender-Via: ${NC_BOX}: authenticated_id: ${cpUser}/from_h`,
  `X-Authenticated-Sender: ${NC_BOX}: ${fromAddr}`,
  'X-Source: ',
  'X-Source-Args: ',
  'X-Source-Dir: ',
  'X-From-Rewrite: unmodified, already matched',
];
const webmailHops = (envelope: string) => [
  `Received: from [::1] (port=48060 helo=${NC_BOX})\r\n        by ${NC_BOX} with esmtpsa (TLSv1.2:ECDHE-RSA-AES128-GCM-SHA256:128)\r\n        (Exim 4.95)\r\n        (envelope-from <${envelope}>)\r\n        id 1i8vnz-199${n}R3-3L; Fri, 20 Nov 2026 05:00:02 -0500`,
  `Received: from [198.51.100.92] ([198.51.100.92]) by ${NC_BOX}\r\n (Horde Framework) with HTTPS; Fri, 20 Nov 2026 05:00:01 -0500`,
];

const LURE =
  'Dear client,\r\n\r\nour card terminal failed on your last visit, so the GBP 148.00 consultation fee is still open. Please settle it today at the link below to keep your pet registered with us.\r\n\r\nStonegate Vets, accounts\r\n';

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, { ...c, zone: c.zone ?? ZONE });
  const env = `accounts@${VET}`;

  // ==== 1a. Newfold (Bluehost): the login is X-Source-Auth, no X-Get-Message-Sender-Via ========
  for (const reader of ['gmail', 'outlook'] as const) {
    const id = `1qOauJ-199${reader[0]}R-2b`;
    const raw = onTop(
      await signAll(
        msg(
          `Stonegate Vets Accounts <${env}>`,
          'Robin Reader <robin.reader@gmail.com>',
          'Unpaid consultation fee',
          LURE,
          `199.bh${reader[0]}@${VET}`,
          newfoldTrailer(VET, `office@${KILN}`, id),
        ),
        [[VET, 'default']],
      ),
      ...bluehostHops(env, id),
    );
    emit({
      name: `r199-${reader}-bluehost-cotenant-login-in-x-source-auth-online`,
      class: 'shared-host-account',
      about: `Attack: a co-tenant on Bluehost's cPanel server ${BH_BOX} logs in over SMTP with his own mailbox office@${KILN} and writes From ${env}, another account's domain on the same server; Exim signs it with ${VET}'s key (a local domain) and qproxy3-pub passes ${VET}'s include:bluehost.com. Newfold's cPanel writes no X-Get-Message-Sender-Via: its trailer names the login in X-Source-Auth: office@${KILN} (X-Source-Dir empty). Online. Wanted: not authenticated, shared-host-other-account (as GoDaddy's layout reads, r196).`,
      args: reader === 'gmail' ? GMAIL : OUTLOOK,
      eml:
        reader === 'gmail'
          ? gmail(raw, BLUEHOST, env, passing(VET, env, BLUEHOST))
          : outlook(raw, BLUEHOST, env, VET),
      expect: CO_TENANT,
    });
  }
  {
    // The co-tenant writes his own X-Get-Message-Sender-Via naming the victim's mailbox: on Newfold's
    // cPanel the server writes none, so his is the last one.
    const id = '1qOauJ-199fR-4d';
    const raw = onTop(
      await signAll(
        msg(
          `Stonegate Vets Accounts <${env}>`,
          'Robin Reader <robin.reader@gmail.com>',
          'Unpaid consultation fee',
          LURE,
          `199.bhf@${VET}`,
          [
            `X-Get-Message-Sender-Via: ${BH_BOX}: authenticated_id: ${env}`,
            `X-Authenticated-Sender: ${BH_BOX}: ${env}`,
            ...newfoldTrailer(VET, `office@${KILN}`, id),
          ],
        ),
        [[VET, 'default']],
      ),
      ...bluehostHops(env, id),
    );
    emit({
      name: 'r199-gmail-bluehost-cotenant-writes-sender-via-naming-victim-online',
      class: 'shared-host-account',
      about: `Attack: as the X-Source-Auth case, and the co-tenant's mail program also writes "X-Get-Message-Sender-Via: ${BH_BOX}: authenticated_id: ${env}" among his own headers. Newfold's cPanel writes no such header, so his copy is the last one there is; the server's own trailer below it says X-Source-Auth: office@${KILN}. Online. Wanted: not authenticated, shared-host-other-account (a fix that reads X-Source-Auth only where no X-Get-Message-Sender-Via exists reads his copy instead).`,
      args: GMAIL,
      eml: gmail(raw, BLUEHOST, env, passing(VET, env, BLUEHOST)),
      expect: CO_TENANT,
    });
  }
  {
    const own = `reception@${VET}`;
    const id = '1qOauJ-199gR-9c';
    const raw = onTop(
      await signAll(
        msg(
          `Stonegate Vets Reception <${own}>`,
          'Robin Reader <robin.reader@gmail.com>',
          "Re: Bramble's vaccination",
          "Dear Robin,\r\n\r\nBramble's booster is booked for Tuesday at 16:10.\r\n\r\nReception\r\n",
          `199.bhg@${VET}`,
          newfoldTrailer(VET, own, id),
        ),
        [[VET, 'default']],
      ),
      ...bluehostHops(own, id),
    );
    emit({
      name: 'r199-gmail-bluehost-genuine-own-login-in-x-source-auth-online',
      class: 'shared-host-account',
      about: `Genuine: the practice's receptionist logs in to ${BH_BOX} with her own mailbox; Newfold's trailer names X-Source-Auth: ${own}. Online. Wanted: authenticated, no shared-host-other-account.`,
      args: GMAIL,
      eml: gmail(raw, BLUEHOST, own, passing(VET, own, BLUEHOST)),
      expect: OWN,
    });
  }

  // ==== 1b. cPanel's virtual-account form: user+domain/only user confirmed/… ======================
  {
    const raw = onTop(
      await signAll(
        msg(
          `Stonegate Vets Accounts <${env}>`,
          'Robin Reader <robin.reader@gmail.com>',
          'Unpaid consultation fee',
          LURE,
          `199.vf@${VET}`,
          virtualTrailer(CPANEL, VET, `office@${KILN}`),
        ),
        [[VET, 'default']],
      ),
      ...godaddyLoginHops(env),
    );
    emit({
      name: 'r199-gmail-godaddy-cotenant-login-virtual-account-form-online',
      class: 'shared-host-account',
      about: `Attack: the co-tenant logs in to GoDaddy's ${CPANEL} with office@${KILN} and writes From ${env}; Exim signs with ${VET}'s key. This cPanel build writes the login in its virtual-account form, "authenticated_id: office+${KILN}/only user confirmed/virtual account not confirmed" (as gendns.com's and indieserve.net's servers do), with X-Authenticated-Sender naming office@${KILN} in full. Online. Wanted: not authenticated, shared-host-other-account.`,
      args: GMAIL,
      eml: gmail(raw, GODADDY, env, passing(VET, env, GODADDY)),
      expect: CO_TENANT,
    });
    emit({
      name: 'r199-yahoo-godaddy-cotenant-login-virtual-account-form-online',
      class: 'shared-host-account',
      about: `Attack: the same co-tenant message (login office+${KILN} in cPanel's virtual-account form) read in Yahoo Mail: dkim, spf and dmarc pass for ${VET}. Online. Wanted: not authenticated, shared-host-other-account.`,
      args: ['--webmail', 'yahoo'],
      eml: yahooDelivery(raw, {
        relay: GODADDY,
        envelope: env,
        results: yahooResults([[VET, 'default']], VET, `dmarc=pass(p=QUARANTINE) header.from=${VET};`),
      }),
      expect: CO_TENANT,
    });
    const own = `reception@${VET}`;
    const ownRaw = onTop(
      await signAll(
        msg(
          `Stonegate Vets Reception <${own}>`,
          'Robin Reader <robin.reader@gmail.com>',
          "Re: Bramble's vaccination",
          "Dear Robin,\r\n\r\nBramble's booster is booked for Tuesday at 16:10.\r\n\r\nReception\r\n",
          `199.vg@${VET}`,
          virtualTrailer(CPANEL, VET, own),
        ),
        [[VET, 'default']],
      ),
      ...godaddyLoginHops(own),
    );
    emit({
      name: 'r199-gmail-godaddy-genuine-own-login-virtual-account-form-online',
      class: 'shared-host-account',
      about: `Genuine: the receptionist's own login in the same virtual-account form ("reception+${VET}/only user confirmed/…"). Online. Wanted: authenticated, no shared-host-other-account.`,
      args: GMAIL,
      eml: gmail(ownRaw, GODADDY, own, passing(VET, own, GODADDY)),
      expect: OWN,
    });
  }

  // ==== 1c. Webmail as a bare cPanel user (/from_h), X-Source-Dir empty ============================
  {
    const raw = onTop(
      await signAll(
        msg(
          `Stonegate Vets Accounts <${env}>`,
          'Robin Reader <robin.reader@gmail.com>',
          'Unpaid consultation fee',
          LURE,
          `20261120050001.Horde.Kq199a@${NC_BOX}`,
          [
            'User-Agent: Horde Application Framework 5',
            'Content-Disposition: inline',
            ...webmailTrailer('kilnbr7', env),
          ],
        ),
        [[VET, 'default']],
      ),
      ...webmailHops(env),
    );
    emit({
      name: 'r199-gmail-namecheap-cotenant-webmail-bare-user-empty-source-dir-online',
      class: 'shared-host-account',
      about: `Attack: the co-tenant (cPanel user kilnbr7, ${KILN}) opens his account's Horde webmail on Namecheap's ${NC_BOX}, sets an identity From ${env} (another account's domain on that server) and sends; Exim signs with ${VET}'s key and premium237-5 passes include:spf.web-hosting.com. cPanel's trailer: "authenticated_id: kilnbr7/from_h", X-Authenticated-Sender naming the From's own address, X-Source-Dir empty (webmail runs outside the account's docroot), as server53's copy shows for its owner. Whether cPanel lets a webmail identity name another account's local domain is a premise (round 196's for scripts), not confirmed. Online. Wanted: not authenticated; unverified is honest (nothing names whose account it was, and the owner's own webmail reads the same: next case).`,
      args: GMAIL,
      eml: gmail(raw, NAMECHEAP, env, passing(VET, env, NAMECHEAP)),
      expect: NOT_AUTH,
    });
    const own = `reception@${VET}`;
    const ownRaw = onTop(
      await signAll(
        msg(
          `Stonegate Vets Reception <${own}>`,
          'Robin Reader <robin.reader@gmail.com>',
          "Re: Bramble's vaccination",
          "Dear Robin,\r\n\r\nBramble's booster is booked for Tuesday at 16:10.\r\n\r\nReception\r\n",
          `20261120050001.Horde.Kq199g@${NC_BOX}`,
          [
            'User-Agent: Horde Application Framework 5',
            'Content-Disposition: inline',
            ...webmailTrailer('stonegv', own),
          ],
        ),
        [[VET, 'default']],
      ),
      ...webmailHops(own),
    );
    emit({
      name: 'r199-gmail-namecheap-genuine-own-webmail-bare-user-from-h-online',
      class: 'shared-host-account',
      about: `Genuine: the practice's own Horde webmail on ${NC_BOX} (cPanel user stonegv, "authenticated_id: stonegv/from_h", X-Source-Dir empty), the layout of server53.web-hosting.com's public copy. Online. Wanted: authenticated or unverified, never suspicious.`,
      args: GMAIL,
      eml: gmail(ownRaw, NAMECHEAP, own, passing(VET, own, NAMECHEAP)),
      expect: GENUINE,
    });
  }

  // ==== 1d. Genuine mail the rule could hurt ========================================================
  {
    // A club's Mailman list on the GoDaddy cPanel host, From munged to the list (the poster's
    // domain publishes DMARC), the poster's own cPanel trailer from his host kept above the list's.
    const list = `fenmoor-users@${LISTS}`;
    const bounce = `fenmoor-users-bounces@${LISTS}`;
    const raw = onTop(
      await signAll(
        msg(
          `Ellis Marsh via Fenmoor-users <${list}>`,
          `Fenmoor users <${list}>`,
          '[Fenmoor-users] Repeater on 145.650 back on air',
          'The hilltop repeater is back on air after the storm. Same CTCSS tone as before.\r\n\r\nEllis\r\n_______________________________________________\r\nFenmoor-users mailing list\r\n',
          `199.ml@${POSTER}`,
          [
            `Reply-To: Ellis Marsh <ellis@${POSTER}>`,
            ...ANTI_ABUSE('cloud48395.mywhc.ca', POSTER),
            `X-Get-Message-Sender-Via: cloud48395.mywhc.ca: authenticated_id: ellis@${POSTER}`,
            `X-Authenticated-Sender: cloud48395.mywhc.ca: ellis@${POSTER}`,
            'X-Source: ',
            'X-Source-Args: ',
            'X-Source-Dir: ',
            'X-Mailman-Version: 2.1.39',
            'Precedence: list',
            `List-Id: Fenmoor radio club users <fenmoor-users.${LISTS}>`,
            `List-Post: <mailto:${list}>`,
            `Errors-To: ${bounce}`,
            `Sender: "Fenmoor-users" <${bounce}>`,
            ...ANTI_ABUSE(CPANEL, LISTS),
            `X-Get-Message-Sender-Via: ${CPANEL}: acl_c_authenticated_local_user: mailman/mailman`,
            `X-Authenticated-Sender: ${CPANEL}: mailman@${LISTS}`,
            'X-Source: ',
            'X-Source-Args: ',
            'X-Source-Dir: ',
          ],
        ),
        [[LISTS, 'default']],
      ),
      `Received: from ${CPANEL} ([10.199.64.97])\r\n\tby : HOSTING RELAY : with ESMTP\r\n\tid 2Kb199ml; Fri, 20 Nov 2026 03:20:02 -0700`,
      `Received: from [127.0.0.1] (port=40312 helo=${CPANEL})\r\n\tby ${CPANEL} with esmtp (Exim 4.96.2)\r\n\t(envelope-from <${bounce}>)\r\n\tid 1tQ199-0007Ml-3c; Fri, 20 Nov 2026 03:20:01 -0700`,
    );
    emit({
      name: 'r199-gmail-godaddy-genuine-mailman-list-on-cpanel-host-online',
      class: 'shared-host-account',
      about: `Genuine: a radio club's Mailman 2.1 list on GoDaddy's cPanel server ${CPANEL} (lists.ettus.com's layout on mm2.emwd.com): From munged to the list, signed by Exim d=${LISTS}; cPanel's list trailer "acl_c_authenticated_local_user: mailman/mailman" at the bottom, and the poster's own cPanel trailer (his login ellis@${POSTER} on cloud48395.mywhc.ca) above it. Online. Wanted: authenticated, no shared-host-other-account (the poster's login is not the list server's).`,
      args: GMAIL,
      eml: gmail(raw, GODADDY, bounce, passing(LISTS, bounce, GODADDY, 'NONE')),
      expect: OWN,
    });
  }
  {
    // The practice's accounts program logs in with its group's mailbox (the same firm's other
    // domain, on the same cPanel account) and writes From the practice's domain.
    const login = `accounts@${GROUP}`;
    const raw = onTop(
      await signAll(
        msg(
          `Stonegate Vets Accounts <${env}>`,
          'Robin Reader <robin.reader@gmail.com>',
          'Your statement from Stonegate Vets',
          "Dear Robin,\r\n\r\nplease find your November statement attached: GBP 62.00 for Bramble's booster, paid by card on 12 November.\r\n\r\nStonegate Vets\r\n",
          `199.gr@${VET}`,
          [
            ...ANTI_ABUSE(CPANEL, VET),
            `X-Get-Message-Sender-Via: ${CPANEL}: authenticated_id: ${login}`,
            `X-Authenticated-Sender: ${CPANEL}: ${login}`,
            'X-Source: ',
            'X-Source-Args: ',
            'X-Source-Dir: ',
          ],
        ),
        [[VET, 'default']],
      ),
      ...godaddyLoginHops(env),
    );
    emit({
      name: 'r199-gmail-godaddy-genuine-practice-logs-in-with-group-domain-online',
      class: 'shared-host-account',
      about: `Genuine: the practice's accounts software logs in to ${CPANEL} with the group's mailbox ${login} (the same firm's other domain, an add-on of the same cPanel account) and sends statements From ${env}; Exim signs with ${VET}'s key. Online. Wanted: never suspicious or spoofed; unverified is the honest most (a co-tenant's login reads the same).`,
      args: GMAIL,
      eml: gmail(raw, GODADDY, env, passing(VET, env, GODADDY)),
      expect: GENUINE,
    });
  }

  // ==== 3. Power Automate: any tenant's flow text from flow-noreply@microsoft.com ================
  const flow = (subject: string, body: string, id: string) =>
    msg(
      'Microsoft Power Automate <flow-noreply@microsoft.com>',
      'Robin Reader <robin.reader@gmail.com>',
      subject,
      body,
      `${id}@microsoft.com`,
      ['X-Auto-Response-Suppress: All'],
    );
  const pa = 'flow-noreply@microsoft.com';
  for (const reader of ['gmail', 'outlook'] as const) {
    const raw = flow(
      'Microsoft 365: unusual sign-in blocked, confirm your account',
      'We blocked an unusual sign-in to your Microsoft 365 account from Lagos, Nigeria.\r\n\r\nIf this was not you, confirm your account within 24 hours at https://m365-account-review.example/confirm or your mailbox will be suspended.\r\n\r\nMicrosoft account team\r\n',
      `b199${reader[0]}0-0199-4199-a199-0199019901ff`,
    );
    emit({
      name: `r199-${reader}-power-automate-tenant-flow-microsoft-security-lure`,
      class: 'platform-text',
      about: `Attack: a stranger's Microsoft 365 trial tenant builds a flow whose "Send an email notification (V3)" step writes a sign-in lure; Power Automate sends it From Microsoft Power Automate <${pa}> from ${MEO.ip} (KB 4559558's Azure /30), unsigned; SPF passes through microsoft.com's own record, DMARC (p=reject) passes. Since be15e556 the address is an email service, so nothing warns: the text is any tenant's, and the From is Microsoft's (public reports of lures sent this way, realworld188). Wanted: not authenticated as Microsoft's word; unverified (platform mail carrying a customer's text) is the honest most, as the genuine approvals may read too.`,
      args: reader === 'gmail' ? GMAIL : OUTLOOK,
      eml:
        reader === 'gmail'
          ? gmail(raw, MEO, pa, [gmailSpf(pa, MEO.ip), gmailDmarc('microsoft.com', 'REJECT')])
          : eopDelivery(raw, { ...eopPass(MEO, 'microsoft.com'), returnPath: pa }),
      expect: NOT_AUTH,
    });
  }
  emit({
    name: 'r199-gmail-power-automate-genuine-approval-request',
    class: 'platform-text',
    about: `Genuine control: the reader's own organisation's approval flow (realworld188's layout): From Microsoft Power Automate <${pa}>, from ${MEO.ip}, unsigned, SPF and DMARC pass. Wanted: authenticated or unverified, never suspicious.`,
    args: GMAIL,
    eml: gmail(
      flow(
        'Approval request: Purchase order PO-1990 for Harbour Goods',
        'Dana Mills sent you an approval request.\r\n\r\nPurchase order PO-1990, GBP 1,990.00\r\n\r\nApprove | Reject\r\n\r\nMicrosoft Power Automate\r\n',
        'b199g0-0199-4199-a199-0199019901aa',
      ),
      MEO,
      pa,
      [gmailSpf(pa, MEO.ip), gmailDmarc('microsoft.com', 'REJECT')],
    ),
    expect: GENUINE,
  });

  {
    const raw = flow(
      'Microsoft 365: unusual sign-in blocked, confirm your account',
      'We blocked an unusual sign-in to your Microsoft 365 account from Lagos, Nigeria.\r\n\r\nIf this was not you, confirm your account within 24 hours at https://m365-account-review.example/confirm or your mailbox will be suspended.\r\n\r\nMicrosoft account team\r\n',
      'b199b0-0199-4199-a199-0199019901ff',
    );
    emit({
      name: 'r199-box-power-automate-tenant-flow-microsoft-security-lure',
      class: 'platform-text',
      about: `Attack: the same tenant flow's lure from ${MEO.ip} delivered to the reader's Postfix box (OpenDMARC: dmarc=pass p=reject; spf=pass for ${pa}). Online. Wanted: not authenticated as Microsoft's word.`,
      args: ['--authserv-id', RECEIVER, '--recipient-domain', 'reader.example'],
      eml: onTop(
        raw,
        `Return-Path: <${pa}>`,
        'Delivered-To: robin@reader.example',
        `Authentication-Results: ${RECEIVER}; dmarc=pass (p=reject dis=none) header.from=microsoft.com`,
        `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=${pa}`,
        received({ ...MEO, by: RECEIVER, id: '4Zr199pa1x', for: 'robin@reader.example', date: SENT }),
      ),
      expect: NOT_AUTH,
    });
  }

  // ==== 2b. Purelymail: the shared platform under a record that copies its relay (no include) =====
  {
    const PURELY = host('sendmail.purelymail.com', '34.202.193.197');
    const FIRM = 'tidewater-notaries.example';
    const zone = {
      ...ptr(PURELY.ip, PURELY.rdns),
      ...txt(FIRM, `v=spf1 ip4:${PURELY.ip} ~all`),
      ...txt('_spf.purelymail.com', `v=spf1 ip4:${PURELY.ip} ~all`),
      [`purelymail2._domainkey.${FIRM}`]: KEY(),
      'purelymail2._domainkey.purelymail.com': KEY(),
      ...dmarc(FIRM, 'reject'),
    };
    for (const genuine of [false, true]) {
      const signers: Array<[string, string]> = genuine
        ? [
            ['purelymail.com', 'purelymail2'],
            [FIRM, 'purelymail2'],
          ]
        : [['purelymail.com', 'purelymail2']];
      const envelope = `accounts@${FIRM}`;
      const raw = onTop(
        await signAll(
          msg(
            `"Tidewater Notaries Accounts" <${envelope}>`,
            'Robin Reader <robin.reader@gmail.com>',
            genuine ? 'Your December statement' : 'New bank details for your completion payment',
            genuine
              ? 'Dear Robin,\r\n\r\nyour December statement is attached.\r\n\r\nTidewater Notaries\r\n'
              : 'Dear Robin,\r\n\r\nplease send the completion payment of GBP 24,600.00 to our new client account, IBAN XX00 0000 1990 0042 77, today.\r\n\r\nTidewater Notaries\r\n',
            `r199pm${genuine ? 'g' : 'a'}@${FIRM}`,
          ),
          signers,
        ),
        'Feedback-ID: 99681:19707:null:purelymail',
        `Received: by smtp.purelymail.com (Purelymail SMTP) with ESMTPSA id 1219${genuine ? 'g' : 'a'}0199648;\r\n          (version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384);\r\n          Fri, 20 Nov 2026 09:59:44 +0000 (UTC)`,
      );
      emit({
        name: genuine
          ? 'r199-gmail-genuine-purelymail-customer-flattened-record-signed'
          : 'r199-gmail-purelymail-other-account-flattened-record-spf-only',
        class: 'shared-platform',
        about: genuine
          ? `Genuine control: ${FIRM}'s own Purelymail mailbox under the same copied record, signed d=${FIRM} and d=purelymail.com. Online. Wanted: authenticated.`
          : `Attack: ${FIRM} (p=reject) copies Purelymail's relay into its own record ("v=spf1 ip4:${PURELY.ip} ~all", a flattener's output, no include:_spf.purelymail.com, so the SHARED_PLATFORMS record pattern never sees Purelymail's name). The attacker's own Purelymail account writes From and envelope ${envelope}; Purelymail signs only d=purelymail.com. SPF passes through the firm's own record, DMARC passes. Online. Wanted: not authenticated (unverified, as with the include: probe197).`,
        args: GMAIL,
        eml: gmail(raw, PURELY, envelope, [
          ...signers.map(([d, sel]) => gmailDkim(d, sel)),
          gmailSpf(envelope, PURELY.ip),
          gmailDmarc(FIRM, 'REJECT'),
        ]),
        zone,
        expect: genuine ? { verdict: 'authenticated' } : NOT_AUTH,
      });
    }
  }

  // ==== 4. OpenDKIM's run: a forged dkim-only header right under the box's entry ===================
  {
    const ATT = host('mail.kiln-mailer.example', '198.51.100.199');
    const boxTo = 'robin@reader.example';
    const from = `Stonegate Vets Accounts <${env}>`;
    const forgedRun = [
      `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${VET} header.i=@${VET} header.a=rsa-sha256 header.s=default header.b=Q29ycHVz;\r\n\tdkim-atps=neutral`,
      `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${VET} header.i=@${VET} header.a=rsa-sha256 header.s=default header.b=U3RvbmU;\r\n\tdkim-atps=neutral`,
    ];
    const raw = onTop(
      await signAll(
        msg(from, `Robin Reader <${boxTo}>`, 'Unpaid consultation fee', LURE, `199.od@kiln-mailer.example`),
        [['kiln-mailer.example', 'default']],
      ),
      ...forgedRun,
    );
    for (const online of [false, true]) {
      emitCase(write, {
        name: `r199-box-opendkim-run-forged-dkim-headers-below-entry-${online ? 'online' : 'offline'}`,
        class: 'provider-results',
        about: `Attack: the reader's Postfix box runs OpenDKIM and SPF but no OpenDMARC. The sender's message carries, right under the box's entry line, two dkim-only Authentication-Results under the box's own authserv-id (${RECEIVER}) claiming dkim=pass header.d=${VET}, the shape of OpenDKIM's one header per signature; the box's own run above the entry says dkim=pass for kiln-mailer.example (the sender's real signature) and spf=pass for his envelope. ${online ? 'Online' : 'Offline'}. Wanted: not authenticated (spoofed or suspicious): the run ends at the entry line.`,
        args: ['--authserv-id', RECEIVER],
        eml: onTop(
          raw,
          `Return-Path: <bounce@kiln-mailer.example>`,
          `Delivered-To: ${boxTo}`,
          `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=kiln-mailer.example header.i=@kiln-mailer.example header.a=rsa-sha256 header.s=default header.b=S2lsbk0;\r\n\tdkim-atps=neutral`,
          `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=bounce@kiln-mailer.example`,
          received({
            ...ATT,
            by: RECEIVER,
            id: '4Zr199od1x',
            for: boxTo,
            date: 'Fri, 20 Nov 2026 10:00:05 +0000',
          }),
        ),
        zone: online
          ? {
              ...ZONE,
              ...ptr(ATT.ip, ATT.rdns),
              ...txt('kiln-mailer.example', `v=spf1 ip4:${ATT.ip} -all`),
              ...key('kiln-mailer.example'),
            }
          : undefined,
        // Offline no DMARC result can be read (the box runs no OpenDMARC): unverified beside the
        // forged header's finding is the honest most; online our own check fails DMARC.
        expect: online
          ? { verdict: 'spoofed' }
          : { notVerdict: ['authenticated'], findings: ['forged-auth-results'] },
      });
    }
  }
}

// What reads right today (ALL=1 pend.ts, 2026-12-07 10:4x): the owner's own login in Newfold's
// X-Source-Auth layout and in cPanel's virtual-account form, the owner's own Horde webmail
// (`/from_h`, empty X-Source-Dir) and a Mailman list on a cPanel host (the list's
// `acl_c_authenticated_local_user: mailman/mailman` last, the poster's own login trailer above) read
// authenticated without shared-host-other-account; the genuine Power Automate approval reads
// authenticated; another Purelymail account under a record that copies Purelymail's relay (no
// include) reads unverified ("Only Purelymail's shared SPF", via the relay's name) and the firm's
// own signed mail there authenticated; a sender's dkim-only Authentication-Results under the box's
// authserv-id below the entry line never joins OpenDKIM's run (offline: unverified with
// forged-auth-results medium, no DMARC result read; online: spoofed).
//
// Pending A, shared-host-other-account misses the login in layouts cPanel really writes
// (r199-gmail-bluehost-cotenant-login-in-x-source-auth-online, r199-outlook-…-online,
// r199-gmail-bluehost-cotenant-writes-sender-via-naming-victim-online,
// r199-gmail-godaddy-cotenant-login-virtual-account-form-online, r199-yahoo-…-online): read
// AUTHENTICATED with no finding ("sent through Bluehost Mail" / "GoDaddy Hosting Mail"). Wanted:
// not authenticated, shared-host-other-account. At fault: lib/findings/shared-host-account.ts
// otherAccount. (a) Newfold's cPanel (Bluehost, HostGator) writes no X-Get-Message-Sender-Via; its
// login is `X-Source-Auth: <mailbox>`, never read. (b) cPanel's virtual-account form
// `authenticated_id: office+kilnbridge-pottery.example/only user confirmed/virtual account not
// confirmed` fails lib/message/submission.ts BOX_LOGIN (spaces, no `@`), so boxLogin is null;
// X-Authenticated-Sender beside it names office@kilnbridge-pottery.example in full. (c) Where the
// server writes no X-Get-Message-Sender-Via (Newfold), the sender's own copy naming the victim is
// the last one: "the last is the server's" does not hold. Smallest fix: read only the server's
// trailer, the headers from the last `X-AntiAbuse: This header was added to track abuse…` down
// (cPanel writes that row first, below everything the client sent); in it take the login from
// X-Get-Message-Sender-Via (an `@`, or the `<local>+<domain>/…` form: the domain after the last
// `+` up to the first `/`), else X-Source-Auth, else X-Authenticated-Sender when the via line is
// not a `/from_h` one (there it is the From's own address); then X-Source-Dir as now. Could hurt: a
// Bluehost/HostGator customer whose program logs in with another of its own domains (reads medium,
// as on GoDaddy today: pending C), and the same parse in boxLoginUsers (login-outside-organisation
// on the reader's own box) would start reading the virtual-account form too.
//
// Pending B, webmail (or cron / `sendmail -t` outside the docroot) as a bare cPanel user
// (r199-gmail-namecheap-cotenant-webmail-bare-user-empty-source-dir-online): reads AUTHENTICATED.
// Wanted: not authenticated. Nothing in the trailer names the account (`kilnbr7/from_h`, empty
// X-Source-Dir, X-Authenticated-Sender = the From itself); the owner's own webmail
// (r199-gmail-namecheap-genuine-own-webmail-bare-user-from-h-online) is byte-for-byte the same
// shape. `/from_h` says the host took the sender from the From header, i.e. did not confirm it is
// the account's. Fix (otherAccount, same file): on a carriesScripts relay, a server trailer whose
// login is `<user>/from_h` with no X-Source-Dir domain reads "account not named": a low finding that
// caps the verdict at unverified (as a shared SPF-only pass does). Could hurt: every genuine cPanel
// webmail message on these hosts reads unverified, which its control allows; scripts with a
// directory of the From's own domain stay authenticated.
//
// Pending C, genuine: a practice whose accounts program logs in with its group's other domain
// (r199-gmail-godaddy-genuine-practice-logs-in-with-group-domain-online): reads SUSPICIOUS
// (shared-host-other-account medium), the cost 668d4872 accepted. Nothing tells it from a
// co-tenant's login. Fix if wanted: let shared-host-other-account cap the verdict at unverified
// instead of counting as a medium concern; r196's attack cases (not authenticated) still hold.
// Could hurt: a proven co-tenant forgery then reads unverified with the finding shown, not
// suspicious.
//
// Pending D, Microsoft Power Automate: any tenant's flow text from flow-noreply@microsoft.com
// (r199-{gmail,outlook,box}-power-automate-tenant-flow-microsoft-security-lure): read AUTHENTICATED
// ("This message really comes from microsoft.com … sent through Microsoft Power Automate"), a sign-in
// lure in Microsoft's name. Wanted: not authenticated. At fault: lib/findings/auth-state.ts
// SHARED_PLATFORMS (no row for the service be15e556 added), so sharedSpfPass finds no shared
// record behind the SPF-only pass through _spf1-meo.microsoft.com. Smallest fix: a row
// `{ owner: 'Microsoft Power Automate', record: /^_spf1-meo\.microsoft\.com$/, esp: 'Microsoft Power
// Automate' }` WITHOUT `brand` (with brand: 'Microsoft' the ownMail exemption would excuse
// microsoft.com's From again). Could hurt: genuine approvals (realworld188's
// w188-*-ms-power-automate-approval, this file's r199-gmail-power-automate-genuine-approval-request)
// read unverified, which both allow.
// Fixed on 2026-12-07 at 11:0x: group A (lib/findings/shared-host-account.ts otherAccount reads
// only the server's own trailer, from the last `X-AntiAbuse: This header was added…` down, and
// takes the login from X-Get-Message-Sender-Via (with `@`, or cPanel's `user+domain/…` form), else
// Newfold's X-Source-Auth, else X-Authenticated-Sender unless the login is a script's `/from_h`)
// and group D (Power Automate's _spf1-meo.microsoft.com in SHARED_PLATFORMS, no brand: a tenant's
// flow reads unverified). Left: B (a bare webmail user names no account; the premise that cPanel's
// webmail takes another account's domain is unconfirmed) and C (a design call: a firm logging in
// with another of its domains reads as a co-tenant does, as login-outside-organisation reads it on
// the reader's own box).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'r199-gmail-namecheap-cotenant-webmail-bare-user-empty-source-dir-online',
  'r199-gmail-godaddy-genuine-practice-logs-in-with-group-domain-online',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
