// Real-world delivery shapes, hundred-and-fifty-third round: genuine notifications from software
// companies that run their own outbound mail servers, on their own network or on a cloud network,
// and write as themselves (no ESP between): GitHub (its own AS36459 out-N.smtp.github.com), Zoom
// (a literal EC2 address in zoom.us's own SPF record) and the Wikimedia Foundation (its own
// AS14907). Each read in Gmail, Outlook on the web (Exchange Online), Yahoo Mail or a self-hosted
// Postfix box (OpenDKIM, OpenDMARC, policyd-spf, Dovecot LMTP), with attack twins: a look-alike
// brand domain from a rented EC2 host that authenticates for itself (not trusted). Forged twins of
// the real From (DMARC fail at p=reject: spoofed) cannot live in a legit module (legitCorpus adds
// notVerdict spoofed); the forgery path is kept in deliver() for a probe module to reuse.
// Where the layouts were learnt (`search` / `find_string`):
// - GitHub: public kernel.org list archives (lfdr.de / smtp.subspace.kernel.org copies, find_string
//   ".smtp.github.com (") show `Received: from out-21.smtp.github.com (out-21.smtp.github.com
//   [192.30.252.204])`, out-28 [192.30.252.211], out-23 [192.30.252.206], d=github.com; a Google
//   Groups copy shows `spf=pass … domain of noreply@github.com designates 192.30.252.194`.
//   github/docs "Email notification headers" (code corpus): From notifications@github.com, To the
//   thread's address, Cc the reason address @noreply.github.com. `classify 192.30.252.204`:
//   "AS36459 GitHub, Inc. not a known hosting or email provider". github.com's full SPF record and
//   the selector were NOT confirmed (modelled ip4:192.30.252.0/22 ip4:140.82.112.0/20, s=pf2023).
// - Zoom: dmarctrust.com's page for zoom.us (pages corpus): `_dmarc.zoom.us` p=reject; SPF
//   `v=spf1 include:…pphosted.com include:_spf.google.com include:amazonses.com ip4:52.38.191.241
//   …`, so Zoom vouches in its own record for one EC2 address. `classify 52.38.191.241`: "AS16509
//   Amazon.com, Inc. hosted server on Amazon Web Services". Which mail leaves from that address,
//   its HELO, reverse name and DKIM selector were NOT confirmed: modelled as no-reply@zoom.us mail
//   from it, EC2's default reverse name, HELO the same, s=zoom1 (assumed).
// - Wikimedia: `classify 208.80.154.76` "AS14907 Wikimedia Foundation Inc."; the host name
//   mx1001.wikimedia.org, wiki@wikimedia.org as MediaWiki's sender and wikimedia.org's DMARC
//   policy were recalled, NOT confirmed here (modelled p=quarantine, s=wikimedia).
// - NOT modelled, could not confirm: Atlassian (ip-ranges.atlassian.com, via rezmoss/cloud-provider-
//   ip-addresses in the docs corpus, lists its "email" ranges as Amazon SES's 76.223.x and
//   SendGrid's 167.89/168.245, i.e. an ESP, plus 52.82.172.0/22; its DKIM domain for
//   <site>.atlassian.net senders was not found); GitLab.com (Mailgun, realworld56); Slack, Notion,
//   Linear, Vercel, Figma, Discord, Reddit (ESPs or no real headers found); Launchpad's and
//   Dropbox's relays (own networks AS41231 / AS19679 classify as not hosted, no headers found);
//   lists.debian.org (bendel.debian.org 82.195.75.100 seen in lfdr.de copies; lists are other
//   rounds' subject).
// Names and addresses are documentation ones except the providers' own names, hosts and ranges;
// every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, KEY, legitCorpus, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
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

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const ENTERED = 'Fri, 20 Nov 2026 10:00:03 +0000';
const BOXED = 'Fri, 20 Nov 2026 10:00:04 +0000';

/** DMARC passed for the From domain: authenticated. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const domainOf = (addr: string) => addr.slice(addr.lastIndexOf('@') + 1).replace(/>$/, '');

// --- Relays -----------------------------------------------------------------------------------
const github = (n: number, last: number): Relay => ({
  helo: `out-${n}.smtp.github.com`,
  rdns: `out-${n}.smtp.github.com`,
  ip: `192.30.252.${last}`,
});
const GH21 = github(21, 204);
const GH28 = github(28, 211);
const GH23 = github(23, 206);
const ZOOM: Relay = {
  helo: 'ec2-52-38-191-241.us-west-2.compute.amazonaws.com',
  rdns: 'ec2-52-38-191-241.us-west-2.compute.amazonaws.com',
  ip: '52.38.191.241',
};
const WIKI: Relay = { helo: 'mx1001.wikimedia.org', rdns: 'mx1001.wikimedia.org', ip: '208.80.154.76' };
/** An attacker's rented EC2 host in the same region as Zoom's. */
const RENTED: Relay = {
  helo: 'ec2-52-38-14-77.us-west-2.compute.amazonaws.com',
  rdns: 'ec2-52-38-14-77.us-west-2.compute.amazonaws.com',
  ip: '52.38.14.77',
};

const ZONE = {
  ...ptr(GH21.ip, GH21.rdns),
  ...ptr(GH28.ip, GH28.rdns),
  ...ptr(GH23.ip, GH23.rdns),
  ...ptr(ZOOM.ip, ZOOM.rdns),
  ...ptr(WIKI.ip, WIKI.rdns),
  ...ptr(RENTED.ip, RENTED.rdns),
  ...M365_SPF_ZONE,
  ...txt('github.com', 'v=spf1 ip4:192.30.252.0/22 ip4:140.82.112.0/20 ~all'),
  ...key('github.com', 'pf2023'),
  ...dmarc('github.com', 'reject'),
  ...txt('zoom.us', 'v=spf1 ip4:52.38.191.241 ~all'),
  ...key('zoom.us', 'zoom1'),
  ...dmarc('zoom.us', 'reject'),
  ...txt('wikimedia.org', 'v=spf1 ip4:208.80.152.0/22 ~all'),
  ...key('wikimedia.org', 'wikimedia'),
  ...dmarc('wikimedia.org', 'quarantine'),
  // the attacker's look-alike, authenticated for itself
  ...txt('zoom-meetings.example', `v=spf1 ip4:${RENTED.ip} -all`),
  ...key('zoom-meetings.example', 's1'),
  ...dmarc('zoom-meetings.example', 'reject'),
  ...txt('github-notify.example', `v=spf1 ip4:${RENTED.ip} -all`),
  ...key('github-notify.example', 's1'),
  ...dmarc('github-notify.example', 'reject'),
  ...txt('tidewater.example', 'v=spf1 include:spf.protection.outlook.com -all'),
  ...dmarc('tidewater.example', 'quarantine'),
};

const TW = 'tidewater.example';
const BOX = `mail.${TW}`;
const WORK = `robin.reader@${TW}`;

type Reader = 'gmail' | 'outlook' | 'yahoo' | 'box';
const RCPT: Record<Reader, string> = {
  gmail: GMAIL_TO,
  outlook: WORK,
  yahoo: 'robin.reader@yahoo.com',
  box: WORK,
};

interface Sent {
  from: string;
  envelope: string;
  relay: Relay;
  /** Signers; none for a forgery. */
  signers: [string, string][];
  policy: string;
  subject: string;
  body: string;
  messageId: string;
  extra?: string[];
  to?: string;
  /** Results as the receiver finds them (default: every pass). */
  forged?: boolean;
}

async function deliver(s: Sent, reader: Reader, n: string): Promise<string> {
  const rcpt = RCPT[reader];
  const raw = await signAll(
    submitted({
      from: s.from,
      to: s.to ?? rcpt,
      subject: s.subject,
      date: SENT,
      messageId: s.messageId,
      extraHeaders: s.extra ?? [],
      body: s.body,
    }),
    s.signers,
  );
  const fromDomain = domainOf(s.from);
  const envDomain = domainOf(s.envelope);
  const [d, sel] = s.signers[0] ?? ['', ''];
  const spf = s.forged ? 'softfail' : 'pass';
  const dm = s.forged ? 'fail' : 'pass';
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: [
        ...(d ? [gmailDkim(d, sel)] : []),
        gmailSpf(s.envelope, s.relay.ip, spf),
        gmailDmarc(fromDomain, s.policy, dm),
      ].join('\r\n       '),
      ids: [`x153csp${n}pxb`, `a153si${n}qtc.153`],
      spf,
      deliveredTo: true,
      to: rcpt,
    });
  if (reader === 'outlook') {
    if (s.forged)
      return eopDelivery(raw, {
        ip: s.relay.ip,
        helo: s.relay.helo,
        ar: `spf=softfail (sender IP is ${s.relay.ip})\r\n smtp.mailfrom=${envDomain}; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=oreject header.from=${fromDomain};compauth=fail\r\n reason=000`,
        spf: `SoftFail (protection.outlook.com: domain of transitioning ${envDomain}\r\n discourages use of ${s.relay.ip} as permitted sender)`,
        returnPath: s.envelope,
      });
    return eopDelivery(raw, {
      ...eopPass(s.relay, envDomain, `dkim=pass (signature was verified)\r\n header.d=${d}`, fromDomain),
      returnPath: s.envelope,
    });
  }
  if (reader === 'yahoo')
    return yahooDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: yahooResults(s.signers, envDomain, `dmarc=${dm}(p=${s.policy}) header.from=${fromDomain};`),
    });
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    dovecotLmtp(BOX, s.envelope, rcpt, `kB153${n}dE3fG4hI5jK6lM7n`, BOXED),
    `Authentication-Results: ${BOX}; dmarc=${dm} (p=${s.policy.toLowerCase()} dis=none) header.from=${fromDomain}`,
    ...s.signers.map(
      ([sd, ss]) =>
        `Authentication-Results: ${BOX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${sd} header.i=@${sd} header.a=rsa-sha256 header.s=${ss} header.b=Q29ycHVz;\r\n\tdkim-atps=neutral`,
    ),
    `Authentication-Results: ${BOX}; spf=${spf} smtp.mailfrom=${s.envelope}`,
    `Received-SPF: ${s.forged ? 'Softfail' : 'Pass'} (mailfrom) identity=mailfrom; client-ip=${s.relay.ip}; helo=${s.relay.helo}; envelope-from=${s.envelope}; receiver=<UNKNOWN>`,
    `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw153${n}a2\r\n\tfor <${rcpt}>; ${ENTERED}`,
  );
}

const argsFor = (reader: Reader) =>
  reader === 'gmail'
    ? ['--webmail', 'gmail']
    : reader === 'outlook'
      ? ['--webmail', 'outlook', '--recipient-domain', TW]
      : reader === 'yahoo'
        ? ['--webmail', 'yahoo']
        : ['--authserv-id', BOX, '--recipient-domain', TW];

// --- Senders ----------------------------------------------------------------------------------
const ghIssue = (relay: Relay, n: string, forged = false): Sent => ({
  from: '"Dana Whitfield" <notifications@github.com>',
  envelope: 'noreply@github.com',
  relay,
  signers: forged ? [] : [['github.com', 'pf2023']],
  policy: 'REJECT',
  subject: `Re: [quarkfield/tide-tables] Harmonic constants off by one hour in BST (Issue #153${n})`,
  body: `danawhitfield left a comment (quarkfield/tide-tables#153${n})\r\n\r\nReproduced on main; the offset is applied twice when the station is in Europe/London.\r\n\r\n--\r\nReply to this email directly, view it on GitHub:\r\nhttps://github.com/quarkfield/tide-tables/issues/153${n}#issuecomment-153${n}\r\nYou are receiving this because you were mentioned.\r\n`,
  messageId: `<quarkfield/tide-tables/issues/153${n}/153${n}0042@github.com>`,
  to: 'quarkfield/tide-tables <tide-tables@noreply.github.com>',
  extra: [
    'Cc: Robin Reader <robin.reader@gmail.com>, Mention <mention@noreply.github.com>',
    `Reply-To: quarkfield/tide-tables <reply+AAB153${n}EXAMPLE@reply.github.com>`,
    'List-ID: quarkfield/tide-tables <tide-tables.quarkfield.github.com>',
    'X-GitHub-Reason: mention',
  ],
  forged,
});

const zoom = (
  relay: Relay,
  n: string,
  o: { forged?: boolean; from?: string; signer?: [string, string] } = {},
) => {
  const from = o.from ?? '"Zoom" <no-reply@zoom.us>';
  const fromDomain = domainOf(from);
  return {
    from,
    envelope: `no-reply@${fromDomain}`,
    relay,
    signers: o.forged ? [] : [o.signer ?? ['zoom.us', 'zoom1']],
    policy: 'REJECT',
    subject: 'Your cloud recording is now available',
    body: `Hi Robin,\r\n\r\nYour cloud recording of "Tide tables sync" (20 Nov 2026) is now available.\r\n\r\nShare recording with viewers: https://zoom.us/rec/share/153${n}example\r\n\r\nThank you for choosing Zoom.\r\n-The Zoom Team\r\n`,
    messageId: `<153${n}.rec.0b7c@${fromDomain}>`,
    forged: o.forged,
  } satisfies Sent;
};

const wiki = (n: string): Sent => ({
  from: '"Wikipedia" <wiki@wikimedia.org>',
  envelope: 'wiki@wikimedia.org',
  relay: WIKI,
  signers: [['wikimedia.org', 'wikimedia']],
  policy: 'QUARANTINE',
  subject: 'Password reset for Wikipedia',
  body: `Someone (probably you, from IP address 203.0.113.53) requested a reset of your password for Wikipedia (https://en.wikipedia.org/).\r\n\r\nThe temporary password expires in 7 days.\r\n\r\nIf you did not request this, ignore this message.\r\n`,
  messageId: `<wiki.153${n}.5e1f@en.wikipedia.org>`,
});

// Kept out by choice (the lead, 09:37 on 2026-12-06): Zoom's mail from an EC2 address its own SPF
// names, with EC2's default reverse name, reads suspicious (hosted-server-relay medium) beside its
// own aligned DKIM and SPF. Lowering hosted-server-relay for a narrow own SPF term beside an aligned
// signature would also lower it for a co-tenant's replay of a firm's signed message from the
// shared server its SPF lists (BreakSPF), and for a released cloud address still named in a
// record; a relay named under the sender's own domain (the usual setup, not confirmed for Zoom)
// already reads low. README, "What still fools".
// --- Pending ----------------------------------------------------------------------------------
// Zoom's own EC2 host (the address zoom.us names by a literal ip4: term, EC2's default reverse
// name): reads suspicious now, hosted-server-relay medium ("sent from a rented server on Amazon Web
// Services"), though DKIM d=zoom.us and SPF for no-reply@zoom.us both pass aligned at p=reject.
// Should read authenticated. lib/findings/hosted-server.ts ownServerEvidence lowers the finding
// only when the reverse name is inside the From domain's organisation; an aligned SPF pass is
// refused on purpose (BreakSPF: a shared-hosting address in the victim's SPF), though a cloud
// instance's dedicated address is no shared host. Fix: also lower (severity low) when DMARC passed
// with BOTH an aligned DKIM pass and an aligned SPF pass whose matching term is the From
// organisation's own ip4/ip6 term of /24 (v6 /48) or narrower, on a provider whose addresses are
// single-tenant (AWS Elastic IPs, Google Cloud, Azure: not the shared-hosting providers), so a DKIM
// replay from another rented host stays medium.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'realworld153-gmail-zoom-recording-from-own-ec2-host',
  'realworld153-gmail-zoom-recording-from-own-ec2-host-no-options',
  'realworld153-outlook-zoom-recording-from-own-ec2-host',
  'realworld153-yahoo-zoom-recording-from-own-ec2-host',
  'realworld153-box-zoom-recording-from-own-ec2-host',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

interface One {
  name: string;
  about: string;
  cls: string;
  eml: string;
  args: string[];
  expect: CaseExpectation;
  twin?: boolean;
}
const emit = (write: CaseWriter, c: One) =>
  emitCase(write, {
    name: c.name,
    about: c.about,
    class: c.cls,
    args: c.args,
    eml: c.eml,
    zone: ZONE,
    expect: c.expect,
    twin: c.twin,
  });

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- GitHub, out of its own network ----
  emit(write, {
    name: 'realworld153-gmail-github-issue-mention-own-network',
    cls: 'github-own-network',
    about: `Genuine: a GitHub issue comment mentioning the reader, from ${GH21.rdns} [${GH21.ip}] (AS36459, GitHub's own network): "Dana Whitfield" <notifications@github.com>, To the repository's thread address, Cc the reader and mention@noreply.github.com, envelope noreply@github.com, signed d=github.com, every pass. Gmail. Wanted: authenticated.`,
    eml: await deliver(ghIssue(GH21, 'a'), 'gmail', 'a'),
    args: argsFor('gmail'),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld153-outlook-github-issue-mention-own-network',
    cls: 'github-own-network',
    about: `Genuine: the same notification from ${GH28.rdns} [${GH28.ip}] into the reader's work tenant (Exchange Online), every pass. --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await deliver(ghIssue(GH28, 'b'), 'outlook', 'b'),
    args: argsFor('outlook'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld153-yahoo-github-issue-mention-own-network',
    cls: 'github-own-network',
    about: `Genuine: the same from ${GH23.rdns} [${GH23.ip}] into Yahoo Mail, every pass. Wanted: authenticated.`,
    eml: await deliver(ghIssue(GH23, 'c'), 'yahoo', 'c'),
    args: argsFor('yahoo'),
    expect: PASSES,
  });

  emit(write, {
    name: 'realworld153-outlook-github-lookalike-domain-ec2-attack-twin',
    cls: 'github-attack-twin',
    about: `Attack twin: an attacker's rented EC2 host (${RENTED.ip}) authenticates for its own look-alike: "GitHub" <notifications@github-notify.example>, signed d=github-notify.example, SPF and DMARC pass, the same issue-comment text. Exchange Online, --recipient-domain ${TW}. Wanted: not trusted. (A forged notifications@github.com fails DMARC at p=reject and reads spoofed: a legit module cannot hold that twin.)`,
    eml: await deliver(
      {
        ...ghIssue(RENTED, 'd'),
        from: '"GitHub" <notifications@github-notify.example>',
        envelope: 'noreply@github-notify.example',
        signers: [['github-notify.example', 's1']],
        messageId: '<153d.0042@github-notify.example>',
      },
      'outlook',
      'd',
    ),
    args: argsFor('outlook'),
    expect: NOT_TRUSTED,
  });

  // ---- Zoom, from the EC2 address its own SPF names ----
  emit(write, {
    name: 'realworld153-gmail-zoom-recording-from-own-ec2-host',
    cls: 'zoom-own-cloud-host',
    about: `Genuine: Zoom's "cloud recording available" from the EC2 address zoom.us's own SPF record names (${ZOOM.ip}, reverse name EC2's default ${ZOOM.rdns}): "Zoom" <no-reply@zoom.us>, envelope no-reply@zoom.us, signed d=zoom.us, SPF pass, DMARC pass at p=reject. Gmail. Wanted: authenticated: the From domain's owner signed it and named the host in its own record; that the host is rented is Zoom's choice, not a sign of forgery. (Relay identity and selector assumed: see the top comment.)`,
    eml: await deliver(zoom(ZOOM, 'e'), 'gmail', 'e'),
    args: argsFor('gmail'),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld153-outlook-zoom-recording-from-own-ec2-host',
    cls: 'zoom-own-cloud-host',
    about: `Genuine: the same Zoom notice from ${ZOOM.ip} into the reader's work tenant (Exchange Online), every pass. --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await deliver(zoom(ZOOM, 'f'), 'outlook', 'f'),
    args: argsFor('outlook'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld153-yahoo-zoom-recording-from-own-ec2-host',
    cls: 'zoom-own-cloud-host',
    about: `Genuine: the same Zoom notice from ${ZOOM.ip} into Yahoo Mail, every pass. Wanted: authenticated.`,
    eml: await deliver(zoom(ZOOM, 'g'), 'yahoo', 'g'),
    args: argsFor('yahoo'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld153-box-zoom-recording-from-own-ec2-host',
    cls: 'zoom-own-cloud-host',
    about: `Genuine: the same Zoom notice from ${ZOOM.ip} into the firm's self-hosted Postfix box (${BOX}), every pass. --authserv-id ${BOX}, --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await deliver(zoom(ZOOM, 'h'), 'box', 'h'),
    args: argsFor('box'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld153-gmail-zoom-lookalike-domain-ec2-attack-twin',
    cls: 'zoom-attack-twin',
    about: `Attack twin: the same EC2 neighbour authenticates for its own look-alike: "Zoom" <no-reply@zoom-meetings.example>, signed d=zoom-meetings.example, SPF and DMARC pass, the body pointing at zoom.us. Gmail. Wanted: not trusted (the brand's name on a domain not the brand's).`,
    eml: await deliver(
      zoom(RENTED, 'k', {
        from: '"Zoom" <no-reply@zoom-meetings.example>',
        signer: ['zoom-meetings.example', 's1'],
      }),
      'gmail',
      'k',
    ),
    args: argsFor('gmail'),
    expect: NOT_TRUSTED,
  });

  // ---- Wikimedia, its own network ----
  emit(write, {
    name: 'realworld153-box-wikipedia-password-reset-own-network',
    cls: 'wikimedia-own-network',
    about: `Genuine: Wikipedia's password-reset mail from ${WIKI.rdns} [${WIKI.ip}] (AS14907, the Foundation's own network): "Wikipedia" <wiki@wikimedia.org>, signed d=wikimedia.org, every pass at p=quarantine, into the firm's Postfix box. Wanted: authenticated.`,
    eml: await deliver(wiki('l'), 'box', 'l'),
    args: argsFor('box'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld153-outlook-wikipedia-password-reset-own-network',
    cls: 'wikimedia-own-network',
    about: `Genuine: the same password reset into the reader's work tenant (Exchange Online), every pass. --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await deliver(wiki('m'), 'outlook', 'm'),
    args: argsFor('outlook'),
    expect: PASSES,
    twin: true,
  });
}
