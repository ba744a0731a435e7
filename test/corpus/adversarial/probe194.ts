// Red-team round 194 (both directions): the rules of 07:00-07:40 (ce747d56, a5aaed45).
// 1. lib/findings/display-name.ts groupClaimsItsHost / GROUP_SUBDOMAIN_HOSTS: a From under
//    `<group>.groups.io` whose name names groups.io is display-name-brand medium. Spellings its
//    regex misses (read with visible-text skeletonVariants, tried one by one in a scratch run):
//    glued desk words ("GroupsIOSupport", "Groups.ioSupport"), "Groups.io™" (NFKC "tm" glued),
//    "Groups·io" (middle dot), "Groups‐io" (U+2010), "Groups dot io", "Groups(dot)io", letters
//    spaced out; read right: "Groups . io", "Gröups.io", Cyrillic/Greek confusables, "[Groups.io]",
//    an encoded-word. The other hosts where anyone makes a group under the host's name: Topicbox
//    (`<org>.topicbox.com`, Fastmail's) and Google Groups (`<group>@googlegroups.com`, Google's).
//    And a genuine digest of a group whose own name begins "groupsio" ("main@groupsio-tips.groups.io
//    Digest": the lookbehind stops a dot before "groups", not an "@").
// 2. lib/findings/hosted-server.ts eopListServer (Outlook offline): EOP's record in its 2026
//    layout (authserv-id mx.microsoft.com), a pass header below the entry, a record smuggled through
//    a HELO with line breaks into EOP's folded Received-SPF, envelopes under the attacker's group /
//    a look-alike of the host / his own domain, a replay with spf=none.
// 3. lib/findings/verdict.ts impersonation-unchecked for a medium finding offline: medium findings
//    outside IMPERSONATION_IDS (display-name-reader-org, display-name-domain), a look-alike of the
//    reader's domain; genuine firms naming a brand on their own domain.
// 4. lib/dns/registrable.ts isRegistryZone / UNLISTED_REGISTRY: single DENIC registrations of the
//    pattern's shape (info.de, net.de: .de has no second levels, so each is one registrant's) read
//    as registries; the PSL's private second levels REGISTRY_SUFFIXES still lacks (co.dk, firm.ng,
//    ltd.hk, co.cz: found by a scratch sweep of tldts, private-only suffixes whose orgDomain is the
//    zone); lib/findings/auth-state.ts providerPassOutsideOwner's Return-Path fallback with a
//    Return-Path the sender wrote (folded, above the receiver's).
// Layouts: groups.io posts, List-Id and bounce envelopes as probe190.ts / realworld163 cite them
// (lfdr.de copies: `from mail01.groups.io (web01.groups.io [66.175.222.12])`, d=groups.io
// s=20140610); Topicbox's tb-mta-b1.topicbox.com [103.168.172.107] (Fastmail, AS151847) and its
// `<org>.topicbox.com` group addresses as realworld107/180; Google Groups' List-ID, Mailing-list and
// footer as probe8/probe125 and rounds-kit googleGroupsPost (a kasan-dev raw copy), its outbound
// mail-sor-f41.google.com [209.85.220.41]; Gmail's, Exchange Online's (eopDelivery, EOP's
// `mx.microsoft.com` authserv-id as probe99/trust.ts), Yahoo's omega and a Postfix/Dovecot box
// (OpenDKIM, policyd-spf, OpenDMARC) as test/corpus/receivers.ts and probe190/192 write them;
// the HELO-with-line-breaks record inside EOP's Received-SPF as probe5/probe136 planted it.
// Linode's 172.105.0.0/16 with its `a-b-c-d.ip.linodeusercontent.com` default names (probe190's
// public copies). The "GroupsIO" help group's digests are recalled, not confirmed (find_string found
// no public copy of `@GroupsIO.groups.io`): the genuine control uses a user's group name instead.
// Names and addresses are documentation ones, except groups.io's, Topicbox's, Google's, Linode's,
// Microsoft's and Yahoo's own, and the real zones info.de, co.dk, firm.ng, ltd.hk, com.be.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, KEY, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  eopDelivery,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooOmega,
} from '../receivers';
import { probeCorpus } from '../rounds-kit';

const NO = ' arc_overridden_status=NOT_OVERRIDDEN;';
const BOX = 'mail.reader.example';
const SENT = 'Mon, 07 Dec 2026 07:50:00 +0000';

type Reader = 'yahoo' | 'gmail' | 'outlook' | 'box';
const TO: Record<Reader, string> = {
  yahoo: 'robin.reader@yahoo.com',
  gmail: 'robin.reader@gmail.com',
  outlook: 'robin@tidewater.example',
  box: 'robin@tidewater.example',
};
const ARGS: Record<Reader, string[]> = {
  yahoo: ['--webmail', 'yahoo'],
  gmail: ['--webmail', 'gmail'],
  outlook: ['--webmail', 'outlook'],
  box: ['--authserv-id', BOX, '--recipient-domain', 'tidewater.example'],
};

/** What the reader's provider found: DKIM (domain, selector), SPF for the envelope, DMARC. */
interface Found {
  dkim: Array<[string, string]>;
  spf: 'pass' | 'softfail' | 'none';
  dmarc: [result: string, from: string, policy: string];
}
interface Eop {
  /** EOP's authserv-id ('' in the older layout, `mx.microsoft.com` from 2026). */
  id?: string;
  /** Replaces the HELO word EOP copies into Received-SPF (a HELO with line breaks). */
  spfHelo?: string;
}

/** The reader's provider delivering `raw` from `relay`, envelope `env`, with results `f`. */
function deliver(
  r: Reader,
  raw: string,
  relay: Relay,
  env: string,
  f: Found,
  n: string,
  o: { below?: string[]; eop?: Eop; boxSpfInAr?: boolean; returnPath?: string[] } = {},
): string {
  const envDomain = env.split('@').pop() ?? '';
  const [dr, from, pol] = f.dmarc;
  const body = o.below?.length ? onTop(raw, ...o.below) : raw;
  const spfWord = f.spf === 'pass' ? 'designates' : 'does not designate';
  if (r === 'yahoo') {
    const ar = [
      ...f.dkim.map(([d, s]) => `dkim=pass header.i=@${d} header.s=${s};${NO}`),
      `spf=${f.spf} smtp.mailfrom=${envDomain};${NO}`,
      `dmarc=${dr}(p=${pol.toUpperCase()}) header.from=${from};${NO}`,
    ].join('\r\n ');
    return yahooOmega(
      body,
      {
        ip: relay.ip,
        helo: relay.helo,
        envelope: env,
        spf: `${f.spf} (domain of ${envDomain} ${spfWord} ${relay.ip} as permitted sender)`,
        ar,
      },
      { tag: 'Probe194', pod: `5d8c7b9f6-r194${n}`, inner: '10.253.194.19', to: TO.yahoo },
    );
  }
  if (r === 'gmail')
    return gmailDelivery(body, {
      relay,
      envelope: env,
      results: [
        ...f.dkim.map(([d, s]) => gmailDkim(d, s)),
        gmailSpf(env, relay.ip, f.spf === 'none' ? 'neutral' : f.spf),
        gmailDmarc(from, pol.toUpperCase(), dr),
      ].join('\r\n       '),
      ids: [`x194csp${n}pxa`, `a194si${n}qtb.194`],
      spf: f.spf === 'pass' ? 'pass' : 'softfail',
      deliveredTo: true,
      to: TO.gmail,
    });
  if (r === 'outlook') {
    const dk = f.dkim.length
      ? f.dkim.map(([d]) => `dkim=pass (signature was verified)\r\n header.d=${d}`).join(';')
      : 'dkim=none (message not signed)\r\n header.d=none';
    const id = o.eop?.id ? `${o.eop.id}; ` : '';
    const spfName = f.spf === 'pass' ? 'Pass' : f.spf === 'none' ? 'None' : 'SoftFail';
    return eopDelivery(body, {
      ip: relay.ip,
      helo: relay.helo,
      ar: `${id}spf=${f.spf} (sender IP is ${relay.ip})\r\n smtp.mailfrom=${envDomain}; ${dk};dmarc=${dr} action=none\r\n header.from=${from};compauth=${dr === 'pass' ? 'pass reason=100' : 'fail reason=000'}`,
      spf: `${spfName} (protection.outlook.com: domain of ${envDomain} ${spfWord}\r\n ${relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${relay.ip}; helo=${o.eop?.spfHelo ?? relay.helo}; pr=C`,
      returnPath: env,
    });
  }
  const dk = f.dkim
    .map(
      ([d, s]) =>
        `dkim=pass (2048-bit key; unprotected) header.d=${d} header.i=@${d} header.s=${s} header.b=Q29ycHVz;`,
    )
    .join('\r\n\t');
  const spfPart = o.boxSpfInAr === false ? '' : `spf=${f.spf} smtp.mailfrom=${env};\r\n\t`;
  return onTop(
    body,
    ...(o.returnPath ?? [`Return-Path: <${env}>`]),
    dovecotLmtp(BOX, env, TO.box, `kB194${n}dE3fG4hI5jK6lM7n`, 'Mon, 07 Dec 2026 07:50:04 +0000'),
    `Authentication-Results: ${BOX};\r\n\t${dk ? `${dk}\r\n\t` : ''}${spfPart}dmarc=${dr} (p=${pol.toLowerCase()} dis=none) header.from=${from}`,
    `Received-SPF: ${f.spf === 'pass' ? 'Pass' : 'Softfail'} (mailfrom) identity=mailfrom; client-ip=${relay.ip}; helo=${relay.helo}; envelope-from=${env}; receiver=<UNKNOWN>`,
    `Received: from ${relay.helo} (${relay.rdns} [${relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw194${n}a2\r\n\tfor <${TO.box}>; Mon, 07 Dec 2026 07:50:03 +0000`,
  );
}

const message = (o: {
  from: string;
  to: string;
  subject: string;
  body: string;
  id: string;
  signers: Array<[string, string]>;
  extra?: string[];
}) =>
  signAll(
    submitted({
      from: o.from,
      to: o.to,
      subject: o.subject,
      date: SENT,
      messageId: `<${o.id}>`,
      body: o.body,
      ...(o.extra ? { extraHeaders: o.extra } : {}),
    }),
    o.signers,
  );

// ---- List hosts ----
const GIO: Relay = { helo: 'mail01.groups.io', rdns: 'web01.groups.io', ip: '66.175.222.12' };
const LINODE_VM: Relay = {
  helo: 'mail01.groups.io',
  rdns: '172-105-74-194.ip.linodeusercontent.com',
  ip: '172.105.74.194',
};
const TOPICBOX: Relay = {
  helo: 'tb-mta-b1.topicbox.com',
  rdns: 'tb-mta-b1.topicbox.com',
  ip: '103.168.172.107',
};
const GOOGLE: Relay = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};
const GIO_ZONE: Record<string, unknown> = {
  'groups.io': { TXT: ['v=spf1 ip4:66.175.222.0/24 ~all'] },
  '_dmarc.groups.io': { TXT: ['v=DMARC1; p=none'] },
  '20140610._domainkey.groups.io': KEY(),
  ...ptr(GIO.ip, GIO.rdns),
  ...ptr(LINODE_VM.ip, LINODE_VM.rdns),
};
const gioPass = (from: string): Found => ({
  dkim: [['groups.io', '20140610']],
  spf: 'pass',
  dmarc: ['pass', from, 'none'],
});
const listFields = (group: string) => [
  `List-Id: <main.${group}.groups.io>`,
  `Mailing-List: list main@${group}.groups.io; contact main+owner@${group}.groups.io`,
  `Sender: main@${group}.groups.io`,
  `Reply-To: main@${group}.groups.io`,
  `List-Unsubscribe: <https://groups.io/g/${group}/leave/194/1940042/1896307328/plugh>`,
  'Precedence: Bulk',
];
const GIO_LURE =
  'Hello,\r\n\r\nwe could not verify your groups.io account. Sign in within 24 hours to keep your groups:\r\nhttps://account-restore.example/groupsio\r\n\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\nLinks: You receive all messages sent to this group.\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\n';
const b64 = (s: string) => `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;

/** Display names of the attacker's group's own address that name groups.io (slug, name, what). */
const HOST_NAMES: Array<[string, string, string]> = [
  ['glued-groupsiosupport', 'GroupsIOSupport', 'one word, the desk glued to the host'],
  ['glued-groups-io-support', 'Groups.ioSupport', 'the host glued to the desk word'],
  ['trademark-sign', 'Groups.io\u2122 Support', 'a ™ after the host (NFKC reads "tm", glued)'],
  ['middle-dot', 'Groups\u00B7io Support', 'a middle dot for the dot'],
  ['unicode-hyphen', 'Groups\u2010io Billing', 'U+2010 HYPHEN between the words'],
  ['dot-spelled', 'Groups dot io Support', 'the dot spelled out'],
  ['dot-bracketed', 'Groups(dot)io Security', '"(dot)" for the dot'],
  ['letters-spaced', 'G r o u p s . i o Support', 'its letters spaced out'],
  ['encoded-word', b64('Groups.io Support'), 'the plain name as a base64 encoded-word (control)'],
  ['bracketed', '[Groups.io] Account Review', 'the host in brackets (control)'],
  ['staff-name', 'Mark Fletcher, Groups.io', 'a founder\u2019s name beside the host'],
];

// ---- Part 3 ----
const OWN_IP = '203.0.113.194';
const ownRelay = (d: string): Relay => ({ helo: `mail.${d}`, rdns: `mail.${d}`, ip: OWN_IP });
const ownPass = (d: string): Found => ({ dkim: [[d, 's1']], spf: 'pass', dmarc: ['pass', d, 'none'] });

// ---- Part 4 ----
const FIRM_IP = '192.0.2.194';
const THIEF_IP = '198.51.100.194';
const firmRelay = (d: string): Relay => ({ helo: `mail.${d}`, rdns: `mail.${d}`, ip: FIRM_IP });
const thiefRelay: Relay = { helo: 'mx.thief-host.example', rdns: 'mx.thief-host.example', ip: THIEF_IP };
const zoneOf = (d: string, relay: Relay, sel = 's1', extra: Record<string, unknown> = {}) => ({
  ...ptr(relay.ip, relay.rdns),
  [d]: { TXT: [`v=spf1 ip4:${relay.ip} -all`] },
  [`${sel}._domainkey.${d}`]: KEY(),
  [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=reject'] },
  ...extra,
});

const BRAND_CLAIM: CaseExpectation = { ...NOT_TRUSTED, findings: ['display-name-brand'] };
const NOT_SPOOFED: CaseExpectation = { verdict: ['authenticated', 'unverified'] };
const HOSTED: CaseExpectation = { ...NOT_TRUSTED, findings: ['hosted-server-relay'] };

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, c);

  // ---- 1a. The attacker's group's own address, its name spelling groups.io ----
  {
    let i = 0;
    for (const [slug, name, what] of HOST_NAMES) {
      i++;
      const group = 'account-review';
      const env = `bounce+194a${i}+robin.reader=yahoo.com@groups.io`;
      const raw = await message({
        from: `${name.startsWith('=?') ? name : `"${name}"`} <main@${group}.groups.io>`,
        to: `main@${group}.groups.io`,
        subject: `[${group}] Your groups.io account will be suspended`,
        body: GIO_LURE,
        id: `r194a${i}@groups.io`,
        signers: [['groups.io', '20140610']],
        extra: listFields(group),
      });
      emit({
        name: `r194-yahoo-own-group-name-claims-groups-io-${slug}-offline`,
        class: 'list-host-abuse',
        about: `Attack: the attacker's own group ${group}.groups.io posts as itself, display name "${name}" (${what}), through groups.io's own server ${GIO.rdns} [${GIO.ip}], signed d=groups.io, groups.io's bounce envelope; Yahoo records dkim, spf and dmarc pass. Offline. Wanted: display-name-brand (the name claims the list host, the address is a group's), not trusted.`,
        eml: deliver('yahoo', raw, GIO, env, gioPass(`${group}.groups.io`), `a${i}`),
        args: ARGS.yahoo,
        expect: BRAND_CLAIM,
      });
    }
    // The same "Groups.io™ Support" read in Gmail online and Exchange Online offline.
    for (const [r, online] of [
      ['gmail', true],
      ['outlook', false],
    ] as const) {
      const group = 'account-review';
      const env = `bounce+194b${r[0]}+robin=${TO[r].split('@')[1]}@groups.io`;
      const raw = await message({
        from: `"Groups.io\u2122 Support" <main@${group}.groups.io>`,
        to: `main@${group}.groups.io`,
        subject: `[${group}] Your groups.io account will be suspended`,
        body: GIO_LURE,
        id: `r194b${r[0]}@groups.io`,
        signers: [['groups.io', '20140610']],
        extra: listFields(group),
      });
      emit({
        name: `r194-${r}-own-group-name-claims-groups-io-trademark-sign-${online ? 'online' : 'offline'}`,
        class: 'list-host-abuse',
        about: `Attack: as r194-yahoo-own-group-name-claims-groups-io-trademark-sign-offline ("Groups.io™ Support" <main@${group}.groups.io>, groups.io's own server and signature), read in ${r === 'gmail' ? 'Gmail online' : 'Exchange Online offline'}. Wanted: display-name-brand, not trusted.`,
        eml: deliver(r, raw, GIO, env, gioPass(`${group}.groups.io`), `b${r[0]}`),
        args: ARGS[r],
        ...(online ? { zone: GIO_ZONE } : {}),
        expect: BRAND_CLAIM,
      });
    }
    // Genuine: a user's group whose own name begins with "groupsio", its digest's name.
    const group = 'groupsio-tips';
    const raw = await message({
      from: `"main@${group}.groups.io Digest" <main+digest@${group}.groups.io>`,
      to: TO.yahoo,
      subject: `[${group}] Digest Number 194`,
      body: `Topics in this digest:\r\n\r\n1. Moving a calendar between groups\r\n\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\nLinks: You receive a digest of the messages sent to this group.\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\n`,
      id: 'r194c1.digest@groups.io',
      signers: [['groups.io', '20140610']],
      extra: listFields(group),
    });
    emit({
      name: 'r194-yahoo-genuine-groupsio-named-group-digest-offline',
      class: 'list-genuine',
      about: `Genuine control: the digest of a users' group called ${group} on groups.io, its From "main@${group}.groups.io Digest" <main+digest@${group}.groups.io> as groups.io writes digests (the group's own address in the name), from groups.io's own server, signed d=groups.io. The name names the group's address, which begins with "groupsio" right after the "@". Wanted: authenticated or unverified, no display-name-brand.`,
      eml: deliver(
        'yahoo',
        raw,
        GIO,
        'bounce+194c1+robin.reader=yahoo.com@groups.io',
        gioPass(`${group}.groups.io`),
        'c1',
      ),
      args: ARGS.yahoo,
      expect: { ...NOT_SPOOFED, absentFindings: ['display-name-brand'] },
    });
  }

  // ---- 1b. The other hosts where anyone makes a group under the host's name ----
  {
    const tbZone = {
      'topicbox.com': { TXT: ['v=spf1 ip4:103.168.172.0/24 ~all'] },
      '_dmarc.topicbox.com': { TXT: ['v=DMARC1; p=none'] },
      'fm1._domainkey.topicbox.com': KEY(),
      ...ptr(TOPICBOX.ip, TOPICBOX.rdns),
    };
    for (const [slug, name, online] of [
      ['topicbox-support', 'Topicbox Support', false],
      ['topicbox-support', 'Topicbox Support', true],
      ['fastmail-billing', 'Fastmail Billing', false],
    ] as const) {
      const org = 'account-review';
      const raw = await message({
        from: `"${name}" <notices@${org}.topicbox.com>`,
        to: TO.yahoo,
        subject: 'Your Topicbox organisation will be closed',
        body: 'Your organisation\u2019s payment failed. Update your card within 24 hours:\r\nhttps://account-restore.example/topicbox\r\n',
        id: `r194d.${slug}.${online}@${org}.topicbox.com`,
        signers: [['topicbox.com', 'fm1']],
        extra: [`List-Id: <notices.${org}.topicbox.com>`, `Sender: notices@${org}.topicbox.com`],
      });
      emit({
        name: `r194-yahoo-own-topicbox-org-name-claims-${slug}-${online ? 'online' : 'offline'}`,
        class: 'list-host-abuse',
        about: `Attack: the attacker opens his own Topicbox organisation ${org}.topicbox.com (Fastmail's group host: every organisation gets a name under topicbox.com, as groups.io's groups do) and sends from its group address with the display name "${name}", through Topicbox's own ${TOPICBOX.rdns} [${TOPICBOX.ip}], signed d=topicbox.com. Yahoo records dkim, spf and dmarc pass. Wanted: display-name-brand (the name claims the host or its company), not trusted. GROUP_SUBDOMAIN_HOSTS holds groups.io only.`,
        eml: deliver(
          'yahoo',
          raw,
          TOPICBOX,
          `notices-owner+bounces-194@${org}.topicbox.com`,
          { dkim: [['topicbox.com', 'fm1']], spf: 'pass', dmarc: ['pass', `${org}.topicbox.com`, 'none'] },
          `d${slug[0]}${online ? 1 : 0}`,
        ),
        args: ARGS.yahoo,
        ...(online ? { zone: tbZone } : {}),
        expect: BRAND_CLAIM,
      });
    }
    // Google Groups: the attacker's consumer group posting as itself, named after Google.
    const group = 'account-security-team';
    const ggRaw = await message({
      from: `"Google Account Security" <${group}@googlegroups.com>`,
      to: `${group}@googlegroups.com`,
      subject: 'Critical security alert for your linked Google Account',
      body: `Someone signed in to your account from a new device. Review the activity:\r\nhttps://account-restore.example/google\r\n\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "Google Account Security" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to ${group}+unsubscribe@googlegroups.com.\r\n`,
      id: 'r194e1.google@googlegroups.com',
      signers: [['googlegroups.com', '20230601']],
      extra: [
        `Mailing-list: list ${group}@googlegroups.com; contact ${group}+owners@googlegroups.com`,
        `List-ID: <${group}.googlegroups.com>`,
        `X-Original-Sender: ${group}@googlegroups.com`,
        `List-Unsubscribe: <mailto:googlegroups-manage+194194+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/group/${group}/subscribe>`,
      ],
    });
    emit({
      name: 'r194-gmail-own-google-group-posts-as-google-account-security-offline',
      class: 'list-host-abuse',
      about: `Attack: the attacker's own consumer Google group ${group}@googlegroups.com, named "Google Account Security", posts as the group itself (no "via"); Google's outbound ${GOOGLE.rdns} [${GOOGLE.ip}] signs d=googlegroups.com; Gmail records dkim, spf and dmarc pass for googlegroups.com. The address is Google's domain but the group and its name are the attacker's. Offline. Wanted: display-name-brand (or another impersonation finding), not trusted.`,
      eml: deliver(
        'gmail',
        ggRaw,
        GOOGLE,
        `${group}+bncBAABB194AAGQEA@googlegroups.com`,
        {
          dkim: [['googlegroups.com', '20230601']],
          spf: 'pass',
          dmarc: ['pass', 'googlegroups.com', 'none'],
        },
        'e1',
      ),
      args: ARGS.gmail,
      expect: NOT_TRUSTED,
    });
  }

  // ---- 2. eopListServer: Exchange Online's record offline ----
  {
    const notice = (n: string, extra = listFields('harbour-sailing')) =>
      message({
        from: '"Dana Quark via groups.io" <dana=quark-labs.example@groups.io>',
        to: 'main@harbour-sailing.groups.io',
        subject: '[harbour-sailing] Saturday race postponed',
        body: 'The race is postponed to Sunday.\r\n\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\nLinks: You receive all messages sent to this group.\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\n',
        id: `CAF194${n}gx7Qm@mail.gmail.com`,
        signers: [['groups.io', '20140610']],
        extra,
      });
    const lure = 'Subject: Payment failed: renew your groups.io Premium group today';
    const gioEnv = 'bounce+194f+robin=tidewater.example@groups.io';
    // Genuine, EOP's 2026 layout.
    emit({
      name: 'r194-outlook-genuine-groupsio-post-eop-mx-microsoft-com-id-offline',
      class: 'list-genuine',
      about: `Genuine control: a groups.io post ("Dana Quark via groups.io") from ${GIO.rdns} [${GIO.ip}], signed d=groups.io, envelope ${gioEnv}; EOP's own record in its 2026 layout (authserv-id mx.microsoft.com) says spf=pass for groups.io and dkim=pass groups.io. Offline. Wanted: authenticated or unverified, not a hosted server.`,
      eml: deliver('outlook', await notice('f1'), GIO, gioEnv, gioPass('groups.io'), 'f1', {
        eop: { id: 'mx.microsoft.com' },
      }),
      args: ARGS.outlook,
      expect: NOT_SPOOFED,
    });
    const softfail: Found = {
      dkim: [['groups.io', '20140610']],
      spf: 'softfail',
      dmarc: ['pass', 'groups.io', 'none'],
    };
    const forged = `Authentication-Results: spf=pass (sender IP is ${GIO.ip})\r\n smtp.mailfrom=groups.io; dkim=pass (signature was verified)\r\n header.d=groups.io;dmarc=pass action=none\r\n header.from=groups.io;compauth=pass reason=100`;
    emit({
      name: 'r194-outlook-linode-replay-groupsio-softfail-pass-record-below-entry-offline',
      class: 'replay-list-host',
      about: `Attack: a Linode VM (${LINODE_VM.ip}, ${LINODE_VM.rdns}, EHLO ${LINODE_VM.helo}) replays a groups.io-signed post with a second Subject on top and groups.io's envelope; EOP records spf=softfail, dkim=pass groups.io. Below EOP's entry line the attacker wrote an id-less Authentication-Results with spf=pass for groups.io. Offline. Wanted: not trusted (a hosted server).`,
      eml: deliver('outlook', onTop(await notice('f2'), lure), LINODE_VM, gioEnv, softfail, 'f2', {
        below: [forged],
      }),
      args: ARGS.outlook,
      expect: HOSTED,
    });
    emit({
      name: 'r194-outlook-linode-replay-groupsio-record-smuggled-in-received-spf-helo-offline',
      class: 'replay-list-host',
      about: `Attack: the Linode VM's HELO carries line breaks and a whole id-less Authentication-Results (spf=pass smtp.mailfrom=groups.io, dkim=pass groups.io); EOP copies the HELO raw into its folded Received-SPF, so the planted header sits between EOP's record (spf=softfail) and the entry line. Offline. Wanted: not trusted (two id-less records: which is EOP's is a guess).`,
      eml: deliver('outlook', onTop(await notice('f3'), lure), LINODE_VM, gioEnv, softfail, 'f3', {
        eop: { spfHelo: `${LINODE_VM.helo}\r\n${forged}` },
      }),
      args: ARGS.outlook,
      expect: NOT_TRUSTED,
    });
    for (const [slug, env, spf, what] of [
      [
        'env-at-own-group-spf-none',
        'bounce@acct-notices.groups.io',
        'none',
        "an envelope under his own group's name acct-notices.groups.io (no SPF record there: spf=none)",
      ],
      [
        'env-under-lookalike-host-spf-pass',
        'bounce@groups.io.list-relay.example',
        'pass',
        'an envelope under groups.io.list-relay.example, his own name whose first labels spell the host (SPF passes for the VM)',
      ],
      [
        'env-own-domain-spf-pass',
        'bounce@list-relay.example',
        'pass',
        'his own envelope domain list-relay.example (SPF passes for the VM)',
      ],
    ] as const) {
      emit({
        name: `r194-outlook-linode-replay-gio-${slug}-offline`,
        class: 'replay-list-host',
        about: `Attack: the Linode VM (${LINODE_VM.ip}) replays a groups.io-signed post (dkim=pass groups.io at EOP) with ${what}. EOP records spf=${spf}. Offline. Wanted: not trusted: groups.io's server needs the SPF pass for an envelope under groups.io.`,
        eml: deliver(
          'outlook',
          onTop(await notice(`g${slug.length}`), lure),
          LINODE_VM,
          env,
          { dkim: [['groups.io', '20140610']], spf, dmarc: ['pass', 'groups.io', 'none'] },
          `g${slug.length}`,
        ),
        args: ARGS.outlook,
        expect: HOSTED,
      });
    }
    // The attacker's own group's genuine post naming a brand: groups.io's server, PayPal's name.
    const raw = await message({
      from: '"PayPal Service via groups.io" <service=paypal-billing.example@groups.io>',
      to: 'main@acct-notices.groups.io',
      subject: '[acct-notices] Your account has been limited',
      body: GIO_LURE,
      id: 'r194h1.paypal-billing.example@groups.io',
      signers: [['groups.io', '20140610']],
      extra: listFields('acct-notices'),
    });
    emit({
      name: 'r194-outlook-own-group-paypal-service-eop-mx-microsoft-com-id-offline',
      class: 'list-host-abuse',
      about: `Attack: the attacker's own group acct-notices.groups.io relays his "PayPal Service" post through groups.io's own server (genuinely groups.io's: EOP's mx.microsoft.com record passes SPF and DKIM for groups.io). Offline. Wanted: display-name-brand, suspicious (impersonation-unchecked), never authenticated or unverified.`,
      eml: deliver('outlook', raw, GIO, gioEnv, gioPass('groups.io'), 'h1', {
        eop: { id: 'mx.microsoft.com' },
      }),
      args: ARGS.outlook,
      expect: BRAND_CLAIM,
    });
  }

  // ---- 3. The verdict row offline: medium findings outside IMPERSONATION_IDS ----
  {
    const GG = 'googlegroups.com';
    const specs: Array<
      [slug: string, from: string, domain: string, subject: string, want: CaseExpectation, what: string]
    > = [
      [
        'reader-org-google-group-it-service-desk',
        '"Tidewater IT Service Desk" <tidewater-it-desk@googlegroups.com>',
        GG,
        'Your Tidewater mailbox password expires today',
        { ...NOT_TRUSTED, findings: ['display-name-reader-org'] },
        "the attacker's own consumer Google group named after the reader's organisation's desk, posting as itself (display-name-reader-org, medium, not in IMPERSONATION_IDS); Google's own server and signature",
      ],
      [
        'name-shows-other-domain',
        '"northbank.example Payments" <payments@nb-remit.example>',
        'nb-remit.example',
        'Action required: confirm the new beneficiary account',
        { ...NOT_TRUSTED, findings: ['display-name-domain'] },
        "his own domain nb-remit.example and a name showing another firm's domain (display-name-domain, medium, not in IMPERSONATION_IDS)",
      ],
      [
        'lookalike-of-reader-domain',
        '"IT Service Desk" <it-desk@tidevvater.example>',
        'tidevvater.example',
        'Your mailbox password expires today',
        { ...NOT_TRUSTED, findings: ['lookalike-domain'] },
        "his own look-alike of the reader's domain (tidevvater.example for tidewater.example)",
      ],
    ];
    const READER_ARGS = (r: 'outlook' | 'box') =>
      r === 'outlook' ? [...ARGS.outlook, '--recipient-domain', 'tidewater.example'] : ARGS.box;
    let k = 0;
    for (const [slug, from, domain, subject, want, what] of specs)
      for (const r of ['outlook', 'box'] as const) {
        k++;
        const gg = domain === GG;
        const group = from.slice(from.indexOf('<') + 1, from.indexOf('@'));
        const raw = await message({
          from,
          to: gg ? `${group}@${GG}` : TO[r],
          subject,
          body: 'Sign in within 24 hours to keep your access:\r\nhttps://account-restore.example/tidewater\r\n',
          id: `r194i${k}@${gg ? GG : `mail.${domain}`}`,
          signers: [[domain, gg ? '20230601' : 's1']],
          ...(gg
            ? {
                extra: [
                  `Mailing-list: list ${group}@${GG}; contact ${group}+owners@${GG}`,
                  `List-ID: <${group}.${GG}>`,
                  `X-Original-Sender: ${group}@${GG}`,
                  `List-Unsubscribe: <mailto:googlegroups-manage+194${k}+unsubscribe@${GG}>,\r\n <https://groups.google.com/group/${group}/subscribe>`,
                ],
              }
            : {}),
        });
        emit({
          name: `r194-${r}-offline-medium-${slug}`,
          class: 'verdict-offline',
          about: `Attack: ${what}; SPF, DKIM and DMARC pass for ${domain}; to robin@tidewater.example. Read offline ${r === 'outlook' ? 'in Exchange Online (no provider results are read: EOP counts only for failures; the reader gives --recipient-domain)' : "on the reader's Postfix box (its dmarc=pass read)"}. Wanted: not trusted.`,
          eml: deliver(
            r,
            raw,
            gg ? GOOGLE : ownRelay(domain),
            gg ? `${group}+bncBAABB194${k}AGQEA@${GG}` : `bounce@${domain}`,
            gg ? { dkim: [[GG, '20230601']], spf: 'pass', dmarc: ['pass', GG, 'none'] } : ownPass(domain),
            `i${k}`,
          ),
          args: READER_ARGS(r),
          expect: want,
        });
      }
    // Genuine: firms naming a brand on their own domain, read offline in Exchange Online.
    const genuine: Array<[string, string, string, string]> = [
      [
        'university-microsoft-365-support',
        '"Harbour University Microsoft 365 Support" <m365-support@harbour-uni.example>',
        'harbour-uni.example',
        "a university's own IT desk for its Microsoft 365 tenant",
      ],
      [
        'apple-authorised-repair-shop',
        '"Quayside Repairs - Apple Authorised Service Provider" <service@quayside-repairs.example>',
        'quayside-repairs.example',
        'a repair shop that is an Apple Authorised Service Provider, writing so in its name',
      ],
      [
        'own-it-service-desk',
        '"Tidewater IT Service Desk" <it-desk@tidewater.example>',
        'tidewater.example',
        "the reader's own organisation's IT desk from its own domain",
      ],
    ];
    for (const [slug, from, domain, what] of genuine) {
      k++;
      const raw = await message({
        from,
        to: TO.outlook,
        subject: 'Planned maintenance on Saturday',
        body: 'Email will be unavailable on Saturday between 06:00 and 08:00.\r\n',
        id: `r194j${k}@mail.${domain}`,
        signers: [[domain, 's1']],
      });
      emit({
        name: `r194-outlook-genuine-offline-${slug}`,
        class: 'verdict-offline-genuine',
        about: `Genuine control: ${what}, from its own server, signed d=${domain}, SPF and DMARC pass at EOP. Offline in Exchange Online. Wanted: authenticated or unverified (online this reads suspicious where display-name-brand is raised; the control shows what the new row costs offline).`,
        eml: deliver('outlook', raw, ownRelay(domain), `bounce@${domain}`, ownPass(domain), `j${k}`),
        args: ARGS.outlook,
        expect: NOT_SPOOFED,
      });
      if (slug === 'university-microsoft-365-support')
        emit({
          name: `r194-gmail-genuine-online-${slug}`,
          class: 'verdict-offline-genuine',
          about: `Genuine control: the same ${what} read in Gmail online (its own SPF, DKIM and DMARC pass): whether the brand finding reads suspicious online too.`,
          eml: deliver(
            'gmail',
            await message({
              from,
              to: TO.gmail,
              subject: 'Planned maintenance on Saturday',
              body: 'Email will be unavailable on Saturday between 06:00 and 08:00.\r\n',
              id: `r194j${k}g@mail.${domain}`,
              signers: [[domain, 's1']],
            }),
            ownRelay(domain),
            `bounce@${domain}`,
            ownPass(domain),
            `j${k}g`,
          ),
          args: ARGS.gmail,
          zone: zoneOf(domain, ownRelay(domain)),
          expect: NOT_SPOOFED,
        });
    }
  }

  // ---- 4. Registry zones ----
  {
    // 4a. The reverse mistake: info.de / net.de are single DENIC registrations (.de sells no second
    // levels), which UNLISTED_REGISTRY now reads as registries.
    for (const [zone, r, online, shape] of [
      ['info.de', 'gmail', true, 'subdomain-from-parent-signs'],
      ['info.de', 'box', false, 'subdomain-from-parent-signs'],
      ['net.de', 'gmail', true, 'apex-from-apex-signs'],
      ['net.de', 'yahoo', false, 'apex-from-apex-signs'],
    ] as const) {
      const fromDomain = shape === 'apex-from-apex-signs' ? zone : `news.${zone}`;
      const relay = firmRelay(zone);
      const raw = await message({
        from: `"Kundenservice" <service@${fromDomain}>`,
        to: TO[r],
        subject: 'Ihre Rechnung für November',
        body: 'Guten Tag,\r\n\r\nIhre Rechnung für November steht im Kundenportal bereit.\r\n',
        id: `r194k.${zone}.${r}@${relay.helo}`,
        signers: [[zone, 's1']],
      });
      emit({
        name: `r194-${r}-genuine-single-registrant-${zone.replace('.', '-')}-${shape}-${online ? 'online' : 'offline'}`,
        class: 'psl-registry-genuine',
        about: `Genuine: ${zone} is one registrant's name (DENIC sells no second levels under .de; neither the PSL nor any registry lists ${zone} as a zone of others), a firm mailing From service@${fromDomain}, signed d=${zone}, envelope bounce@${zone}, from its own server. UNLISTED_REGISTRY (/^(?:com|co|net|org|biz|ltd|plc|info)\\.[a-z]{2}$/) reads ${zone} as a registry zone whose registrants are its children. Wanted: authenticated.`,
        eml: deliver(
          r,
          raw,
          relay,
          `bounce@${zone}`,
          { dkim: [[zone, 's1']], spf: 'pass', dmarc: ['pass', fromDomain, 'reject'] },
          `k${zone[0]}${r[0]}`,
        ),
        args: ARGS[r],
        ...(online
          ? { zone: zoneOf(zone, relay, 's1', { [`_dmarc.${fromDomain}`]: { TXT: ['v=DMARC1; p=reject'] } }) }
          : {}),
        expect: { verdict: 'authenticated' },
      });
    }
    // 4b. The PSL's private second levels REGISTRY_SUFFIXES lacks: a sibling's own name.
    for (const [zone, r, online] of [
      ['co.dk', 'gmail', true],
      ['firm.ng', 'yahoo', false],
      ['ltd.hk', 'box', true],
      ['co.cz', 'gmail', true],
    ] as const) {
      const firm = `northbank.${zone}`;
      const thief = `northbank-secure.${zone}`;
      const raw = await message({
        from: `"${firm} Payments" <payments@${thief}>`,
        to: TO[r],
        subject: 'Action required: confirm the new beneficiary account',
        body: 'Our bank details change on 1 December. Confirm the new account at https://northbank-secure.example/confirm before Friday.\r\n',
        id: `r194l.${zone}@${thiefRelay.helo}`,
        signers: [[thief, 's1']],
        extra: [`Reply-To: accounts@${thief}`],
      });
      emit({
        name: `r194-${r}-${zone.replace('.', '-')}-sibling-name-shows-firm-domain-${online ? 'online' : 'offline'}`,
        class: 'psl-sibling',
        about: `Attack: ${thief} is the attacker's own name in ${zone}, a second level on the PSL's private section (anyone registers there) that REGISTRY_SUFFIXES does not hold, so orgDomain reads every registrant there as "${zone}" (a scratch sweep of tldts: co.de, co.ro, co.cz, co.dk, biz.dk, firm.dk, store.dk, biz.ng, ltd.ng, plc.ng, gen.ng, firm.ng, ltd.hk, shop.th, shop.ro, us.ci, us.cc, uk.cc). His SPF, DKIM and DMARC pass honestly; the display name shows the neighbouring firm's domain ${firm}. Wanted: display-name-domain, not trusted.`,
        eml: deliver(r, raw, thiefRelay, `bounce@${thief}`, ownPass(thief), `l${zone[0]}${r[0]}`),
        args: ARGS[r],
        ...(online ? { zone: zoneOf(thief, thiefRelay) } : {}),
        expect: { ...NOT_TRUSTED, findings: ['display-name-domain'] },
      });
    }
    // 4c. providerPassOutsideOwner's Return-Path fallback: a Return-Path the sender wrote.
    const firm = 'northbank.com.be';
    const thief = 'northbank-secure.com.be';
    for (const [slug, rp] of [
      [
        'sender-return-path-above-receivers',
        [`Return-Path: <payments@${firm}>`, `Return-Path: <bounce@${thief}>`],
      ],
      [
        'sender-return-path-folded-above',
        [`Return-Path:\r\n <payments@${firm}>`, `Return-Path: <bounce@${thief}>`],
      ],
      ['sender-return-path-only', [`Return-Path: <payments@${firm}>`]],
      ['receivers-return-path-control', [`Return-Path: <bounce@${thief}>`]],
    ] as const) {
      const raw = await message({
        from: `Northbank Payments <payments@${firm}>`,
        to: TO.box,
        subject: 'Action required: confirm the new beneficiary account',
        body: 'Our bank details change on 1 December. Confirm the new account at https://northbank-secure.example/confirm before Friday.\r\n',
        id: `r194m.${slug}@${thiefRelay.helo}`,
        signers: [],
      });
      emit({
        name: `r194-box-com-be-sibling-spf-only-${slug}-offline`,
        class: 'psl-sibling',
        about: `Attack: the stranger's ${thief} sends an unsigned lure From payments@${firm} with his own envelope bounce@${thief}, SPF passing. The box's policyd-spf writes its pass only in Received-SPF, and OpenDMARC (whose PSL does not list com.be) writes dmarc=pass for ${firm}. ${slug === 'receivers-return-path-control' ? `Control: only the Return-Path the box wrote (bounce@${thief}), the shape a5aaed45's fallback reads.` : slug === 'sender-return-path-only' ? `No Return-Path of the receiver's (a delivery that adds none); the sender's own "Return-Path: <payments@${firm}>" is the only one.` : `The sender wrote "Return-Path: <payments@${firm}>"${slug.includes('folded') ? ' (folded)' : ''}, which sits above the one the receiver wrote for ${thief} (a box whose delivery appends rather than prepends).`} providerPassOutsideOwner finds nothing listed and falls back to the first Return-Path. Offline. Wanted: not trusted.`,
        eml: deliver(
          'box',
          raw,
          thiefRelay,
          `bounce@${thief}`,
          { dkim: [], spf: 'pass', dmarc: ['pass', firm, 'reject'] },
          `m${slug.length}`,
          { boxSpfInAr: false, returnPath: [...rp] },
        ),
        args: ARGS.box,
        expect: NOT_TRUSTED,
      });
    }
  }
}

// Pending (27 names), read at 07:41 on rt-r194 (a5aaed45 in).
// A. groups.io spellings groupClaimsItsHost misses (11): r194-yahoo-own-group-name-claims-groups-io-
//    {glued-groupsiosupport, glued-groups-io-support, trademark-sign, middle-dot, unicode-hyphen,
//    dot-spelled, dot-bracketed, letters-spaced}-offline and the trademark-sign twins in Gmail online
//    and Outlook offline read AUTHENTICATED (Outlook: unverified), findings dmarc-policy-none and
//    hosted-server-relay low only; should be display-name-brand, suspicious. At fault:
//    lib/findings/display-name.ts GROUP_SUBDOMAIN_HOSTS' word for groups.io,
//    /(?<![\p{L}\p{N}.-])groups[\s._-]*[il|]o(?![\p{L}\p{N}])/u: the lookahead drops a desk word
//    glued after the host ("GroupsIOSupport", "Groups.ioSupport", "Groups.io™" whose NFKC is
//    "tm"), and the separator class lacks U+00B7, U+2010-2015, U+30FB, "/" and spelled dots
//    ("dot", "(dot)"), and spaced letters. Smallest fix: beside the regex, test the name's letters
//    only (skeleton, "dot" between the words dropped): /groups(?:dot)?[il]o(?=$|tm|support|help|team|
//    billing|security|admin|account|notice|service|staff|desk)/ on the letters-only skeleton. Hurts: a
//    group called "Study Groups Io..." glued to those words (none seen).
// A'. The reverse (1): r194-yahoo-genuine-groupsio-named-group-digest-offline, a users' group
//    called groupsio-tips, its digest "main@groupsio-tips.groups.io Digest" (groups.io's digest name
//    form, real-mail round 180) reads SUSPICIOUS (display-name-brand medium "the name says groups.io");
//    should be authenticated. At fault: the same regex's lookbehind excludes a dot before "groups"
//    but not "@"; "groupsio" right after "@" and before "-" matches. Fix: take address-shaped tokens
//    (\S+@\S+) out of the name before testing, or add "@" to the lookbehind. Hurts: nothing seen
//    (groups.io's own help group, recalled as main@GroupsIO.groups.io, is groups.io's anyway).
// B. Other group hosts (3): r194-yahoo-own-topicbox-org-name-claims-topicbox-support-{offline,online}
//    and -fastmail-billing-offline read AUTHENTICATED ("sent through Fastmail"); should be
//    display-name-brand. Topicbox gives every organisation a name under topicbox.com as groups.io does
//    (realworld180's marinelab.topicbox.com) and signs d=topicbox.com. At fault: GROUP_SUBDOMAIN_HOSTS
//    holds groups.io only. Fix: add { host: 'topicbox.com', word: /topic[\s._-]*box|fast[\s._-]*mail/ }
//    (its company's name too: "Fastmail Billing" on a Topicbox org is not Fastmail's desk). Hurts: a
//    genuine Topicbox group whose own name says Topicbox (none seen; realworld180's notices say the
//    group's name). Google Groups reads right (brand-on-freemail high: r194-gmail-own-google-group-…).
// C. The offline row stops at IMPERSONATION_IDS (2): r194-outlook-offline-medium-reader-org-google-
//    group-it-service-desk (display-name-reader-org medium) and r194-outlook-offline-medium-name-shows-
//    other-domain (display-name-domain medium) read UNVERIFIED; their Postfix-box twins read
//    suspicious (row 7, a provider pass beside a medium finding). Should be suspicious. At fault:
//    lib/findings/verdict.ts decideVerdict, the new offlineUnchecked branch asks
//    serious.some((f) => IMPERSONATION_IDS.has(f.id)). Smallest fix: there, also take the medium
//    display-name-reader-org and display-name-domain (a set of its own, IMPERSONATION_IDS unchanged).
//    Hurts: the same genuine mail row 7 already reads suspicious on the box (a community group named
//    after the firm, where reader-org raises it medium) now reads so offline in Outlook too.
// D. Genuine desks naming a product of a brand (2): r194-outlook-genuine-offline-university-
//    microsoft-365-support reads SUSPICIOUS since ce747d56 (unverified before) and its Gmail online
//    twin reads suspicious as well (display-name-brand medium "the name says Microsoft"): the new row
//    only makes offline agree with online. Should be authenticated/unverified. At fault:
//    lib/findings/display-name.ts displayNameRule: "<own organisation> Microsoft 365 Support" from the
//    organisation's own signed domain is its desk for a product it runs. Fix (not small): where the
//    words before the brand's product name the From's own registrable label (harbour-uni ~ "Harbour
//    University"), severity low. Hurts: an attacker naming his own domain after the desk
//    ("m365-support.example" as "M365 Support Microsoft 365 Support"): keep medium when the label is
//    itself a desk word. A design call for the lead; the Apple repair shop reads unverified.
// E. The reverse registry mistake, genuine mail SPOOFED (2): r194-{gmail-…-online,box-…-offline}-
//    genuine-single-registrant-info-de-subdomain-from-parent-signs read SPOOFED (dmarc-fail high; online
//    dkim-unaligned, provider-disagreement): info.de is one DENIC registrant's name (.de sells no
//    second levels), its mail From news.info.de signed d=info.de aligns under RFC 7489 relaxed
//    alignment. At fault: lib/dns/registrable.ts UNLISTED_REGISTRY
//    /^(?:com|co|net|org|biz|ltd|plc|info)\.[a-z]{2}$/ takes every unlisted name of that shape under
//    every ccTLD (a tldts sweep: net.de, org.de, info.de, biz.de, net.nl, info.nl, com.it, org.ch …)
//    as a registry; then lib/auth/dmarc.ts checkDmarc's onSuffix aligns only inside news.info.de, and
//    offline auth-state.ts providerPassOutsideOwner finds d=info.de "outside the owner". The apex
//    From (net.de signing for net.de) reads right. Smallest fix: drop the pattern for an explicit list
//    (co.ee, com.ne, com.mz into REGISTRY_SUFFIXES and USER_ZONES, as com.be), or take the pattern only
//    under a TLD whose PSL entry lists second levels of its own (ee, mz, be, it do;
//    de, nl, ch and ne do not, so com.ne would need listing, and com.it would still be taken).
//    Hurts: an unlisted registry not yet named (round 192's P0 shape) until listed.
// F. The PSL's private second levels REGISTRY_SUFFIXES still lacks (4): r194-gmail-co-dk-…-online,
//    r194-yahoo-firm-ng-…-offline, r194-box-ltd-hk-…-online, r194-gmail-co-cz-…-online (sibling-name-
//    shows-firm-domain) read AUTHENTICATED with no finding; should carry display-name-domain. At
//    fault: lib/findings/domains.ts orgDomain (through registrable.ts icannDomain) reads every
//    registrant there as the zone (co.dk, firm.ng …), so sameOrg(northbank.co.dk,
//    northbank-secure.co.dk). A tldts sweep of private-only two-label suffixes under ccTLDs still
//    outside REGISTRY_SUFFIXES: co.de, co.ro, co.cz, co.dk, biz.dk, firm.dk, store.dk, biz.ng, ltd.ng,
//    plc.ng, gen.ng, firm.ng, ltd.hk, shop.th, shop.ro, us.ci, us.cc, uk.cc. Note: probe192's
//    r192-box-co-cz-sibling-own-name-shows-firm-domain-online also reads authenticated today with
//    probe192's pending set empty (co.cz was proposed in round 192 but not added). Smallest fix: add
//    them; structurally, isRegistryZone true for a PSL private suffix of two labels under a ccTLD.
//    Hurts: nothing seen (r192's genuine firm controls guard).
// G. A Return-Path the sender wrote (3): r194-box-com-be-sibling-spf-only-sender-return-path-
//    {above-receivers,folded-above,only}-offline read AUTHENTICATED; the control with the box's own
//    Return-Path only reads spoofed. At fault: lib/findings/auth-state.ts providerPassOutsideOwner's
//    fallback reads a.returnPath, lib/message/parse.ts first('return-path'): the topmost, whoever wrote
//    it. Realism: Postfix drops a sender's Return-Path (message_drop_headers) and Dovecot prepends its
//    own, so this needs another MTA or a saved copy without the receiver's; defence in depth. Fix:
//    read every Return-Path above the receiver's entry Received line and return true when any is a
//    sibling's (not alignsWithFrom, same widest organisation); with none of the receiver's proven,
//    do not let a From-aligned one clear the provider's pass.
// Fixed on 2026-12-07 at 08:0x: A and A' (lib/findings/display-name.ts hostWord: any separator a
// reader skips, a spelt "dot", a desk word or trade mark glued on, letters spelt one by one; an
// address under one of the host's groups in the name is the group's own), B (Topicbox and Fastmail
// in GROUP_SUBDOMAIN_HOSTS), C (lib/findings/verdict.ts NAME_CLAIM_IDS count at medium offline with
// nothing checked), E and F (lib/dns/registrable.ts: the pattern of registry-like second levels
// replaced by a list, REGISTRY_SUFFIXES, with co.ee, com.ne, com.mz and the PSL's private second
// levels under country codes: co.dk, firm.ng, ltd.hk, co.cz…).
// Left pending: D (2, a design call: a desk naming a brand's product, "Harbour University
// Microsoft 365 Support", reads suspicious online and offline alike) and G (3: a Return-Path the
// sender wrote above or instead of the receiver's; Postfix and Dovecot drop the sender's and write
// their own on top, so only a copy saved elsewhere carries it: the fallback reads the topmost).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'r194-outlook-genuine-offline-university-microsoft-365-support',
  'r194-gmail-genuine-online-university-microsoft-365-support',
  'r194-box-com-be-sibling-spf-only-sender-return-path-above-receivers-offline',
  'r194-box-com-be-sibling-spf-only-sender-return-path-folded-above-offline',
  'r194-box-com-be-sibling-spf-only-sender-return-path-only-offline',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
