// Real-world delivery shapes, hundred-and-fifty-sixth round: genuine SaaS notifications sent from
// cloud address space, as the vendor itself and on behalf of the reader's own firm (Tidewater,
// tidewater.example): Jira and Confluence Cloud and Bitbucket out of Atlassian's own ranges (which
// Amazon announces: 104.192.136.0/21, 185.166.140.0/22), Jira Service Management under the firm's
// own support address, Zoom out of 170.114.0.0/16, GitHub out of its own 192.30.252.0/22, Zendesk
// with the firm's custom domain, Okta with a custom From through SendGrid. Attack twins beside them
// (an outsider's own Atlassian site and Okta trial org named as the firm's desk). Read in Gmail, Exchange Online, Yahoo and the firm's Postfix box.
// Where the layouts were learnt (`search`, pages, docs and code corpora), and what was not:
// - Atlassian ranges: ip-ranges.atlassian.com as mirrored by rezmoss/cloud-provider-ip-addresses
//   (104.192.136.0/21, 185.166.140.0/22, beside SendGrid's 167.89.0.0/17 and 168.245.0.0/17 and
//   SES's 76.223.176.0/20 for mail). Jira's "send on behalf of your domain": the project's sender
//   address is From and reply address; the Return-Path stays on Atlassian's own *.atlassian.net
//   (community.atlassian.com "DMARC might be blocking your email notifications from Jira",
//   support.atlassian.com "Configure Jira Cloud to send emails on behalf of your domain"), so DMARC
//   for the firm's domain rests on DKIM alone. NOT confirmed from real headers: Atlassian's PTR
//   names, HELO, envelope local part, DKIM selectors (modelled as s1/s2 CNAMEs under the firm's
//   domain, and d=atlassian.net / d=bitbucket.org for the vendor's own mail).
// - Zoom: _dmarc.zoom.us p=reject, SPF softfail with includes, DKIM selectors google, k1, mandrill,
//   s1, s2 (dmarctrust.com and wiredepth.com pages on zoom.us). That no-reply@zoom.us leaves from
//   170.114.0.0/16 with a zoom.us PTR was NOT confirmed (modelled).
// - GitHub: noreply@github.com out of out-N.smtp.github.com in 192.30.252.0/22, d=github.com
//   s=pf2014 (raw headers in gitgitgadget/git-mailing-list-mirror); the newer selector pf2023 is
//   assumed.
// - Zendesk: SPF include:mail.zendesk.com in firms' records (a pastebin SPF), zendesk1/zendesk2
//   DKIM selectors (a dig of zendesk1._domainkey.zendesk.com in a public gist), the CNAMEs for a
//   custom domain from Zendesk's "Digitally signing your email with DKIM" (title seen, text not).
//   Zendesk's outbound ranges and PTR form were NOT confirmed (modelled in 192.161.144.0/20).
// - Okta custom email domain through SendGrid (CNAMEs for the DKIM keys and the envelope
//   subdomain): from memory of Okta's documentation, NOT found in the corpora.
// Names and addresses are documentation ones except the vendors' own names, hosts and ranges;
// every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, KEY, legitCorpus, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  EOP_UNSIGNED,
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
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

// --- Vendors' relays --------------------------------------------------------------------------
const ATLASSIAN_US: Relay = {
  helo: 'mail-us-west-2-142-61.atlassian.net',
  rdns: 'mail-us-west-2-142-61.atlassian.net',
  ip: '104.192.142.61',
};
const ATLASSIAN_EU: Relay = {
  helo: 'mail-eu-central-1-141-138.atlassian.net',
  rdns: 'mail-eu-central-1-141-138.atlassian.net',
  ip: '185.166.141.138',
};
const ZOOM: Relay = {
  helo: 'mail-170-114-10-84.zoom.us',
  rdns: 'mail-170-114-10-84.zoom.us',
  ip: '170.114.10.84',
};
const GITHUB: Relay = {
  helo: 'out-22.smtp.github.com',
  rdns: 'out-22.smtp.github.com',
  ip: '192.30.252.205',
};
const ZENDESK: Relay = {
  helo: 'mail148-19.zendesk.com',
  rdns: 'mail148-19.zendesk.com',
  ip: '192.161.148.19',
};
const SENDGRID: Relay = {
  helo: 'xtrwkhkc.outbound-mail.sendgrid.net',
  rdns: 'xtrwkhkc.outbound-mail.sendgrid.net',
  ip: '167.89.101.77',
};
const ATLASSIAN_SPF =
  'v=spf1 ip4:104.192.136.0/21 ip4:185.166.140.0/22 include:sendgrid.net include:amazonses.com -all';
const TW = 'tidewater.example';
const ZONE = {
  ...ptr(ATLASSIAN_US.ip, ATLASSIAN_US.rdns),
  ...ptr(ATLASSIAN_EU.ip, ATLASSIAN_EU.rdns),
  ...ptr(ZOOM.ip, ZOOM.rdns),
  ...ptr(GITHUB.ip, GITHUB.rdns),
  ...ptr(ZENDESK.ip, ZENDESK.rdns),
  ...ptr(SENDGRID.ip, SENDGRID.rdns),
  ...M365_SPF_ZONE,
  ...txt('sendgrid.net', 'v=spf1 ip4:149.72.0.0/16 ip4:167.89.0.0/17 ip4:168.245.0.0/17 ~all'),
  ...txt('amazonses.com', 'v=spf1 ip4:54.240.0.0/18 ip4:76.223.176.0/20 -all'),
  // Atlassian
  ...txt('_spf.atlassian.net', ATLASSIAN_SPF),
  ...txt('bounces.atlassian.net', 'v=spf1 include:_spf.atlassian.net -all'),
  ...key('atlassian.net', 's1'),
  ...dmarc('atlassian.net', 'reject'),
  ...txt('bounces.bitbucket.org', 'v=spf1 include:_spf.atlassian.net -all'),
  ...key('bitbucket.org', 's1'),
  ...dmarc('bitbucket.org', 'reject'),
  // Zoom
  ...txt('zoom.us', 'v=spf1 ip4:170.114.0.0/16 include:_spf.google.com include:amazonses.com ~all'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 -all'),
  ...key('zoom.us', 's1'),
  ...dmarc('zoom.us', 'reject'),
  // GitHub
  ...txt('github.com', 'v=spf1 ip4:192.30.252.0/22 include:_spf.google.com include:sendgrid.net ~all'),
  ...key('github.com', 'pf2023'),
  ...dmarc('github.com', 'reject'),
  // Zendesk
  ...txt('mail.zendesk.com', 'v=spf1 ip4:192.161.144.0/20 ip4:185.12.80.0/22 ip4:216.198.0.0/18 ~all'),
  ...txt('tidewater.zendesk.com', 'v=spf1 include:mail.zendesk.com -all'),
  ...key('zendesk.com', 'zendesk1'),
  ...dmarc('zendesk.com', 'reject'),
  // Okta
  ...txt('em4156.okta.com', 'v=spf1 include:sendgrid.net -all'),
  ...key('okta.com', 's1'),
  ...dmarc('okta.com', 'reject'),
  // The reader's firm: Google Workspace, Atlassian, Zendesk and Okta's SendGrid allowed; its own
  // DKIM keys for Atlassian (s1), Zendesk (zendesk1) and Okta through SendGrid (okta1).
  ...txt(TW, 'v=spf1 include:_spf.google.com include:_spf.atlassian.net include:mail.zendesk.com -all'),
  ...dmarc(TW, 'reject'),
  ...key(TW, 's1'),
  ...key(TW, 'zendesk1'),
  ...key(TW, 'okta1'),
  ...txt(`em9156.${TW}`, 'v=spf1 include:sendgrid.net -all'),
};

const BOX = `mail.${TW}`;
const ROBIN = `robin.reader@${TW}`;
/** The reader's private Yahoo box, where GitHub and Zoom mail also reaches. */
const ROBIN_YAHOO = 'robin.reader@yahoo.example';

interface Sent {
  from: string;
  envelope: string;
  relay: Relay;
  signers: [string, string][];
  policy: string;
  subject: string;
  body: string;
  messageId: string;
  extra?: string[];
  /** Whether SPF passes for the envelope at this relay (default: yes). */
  spfFails?: boolean;
  /** DMARC's result for the From domain (default: pass). */
  dmarcResult?: 'pass' | 'fail';
}

type Reader = 'gmail' | 'outlook' | 'yahoo' | 'box';

const rcptOf = (reader: Reader) => (reader === 'yahoo' ? ROBIN_YAHOO : ROBIN);

const signed = (s: Sent, reader: Reader) =>
  signAll(
    submitted({
      from: s.from,
      to: rcptOf(reader),
      subject: s.subject,
      date: SENT,
      messageId: s.messageId,
      extraHeaders: s.extra ?? [],
      body: s.body,
    }),
    s.signers,
  );

async function deliver(s: Sent, reader: Reader, n: string): Promise<string> {
  const raw = await signed(s, reader);
  const rcpt = rcptOf(reader);
  const [d, sel] = s.signers[0] ?? ['', ''];
  const fromDomain = domainOf(s.from);
  const spf = s.spfFails ? 'fail' : 'pass';
  const dm = s.dmarcResult ?? 'pass';
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: [
        ...(d ? [gmailDkim(d, sel)] : []),
        gmailSpf(s.envelope, s.relay.ip, spf),
        gmailDmarc(fromDomain, s.policy, dm),
      ].join('\r\n       '),
      ids: [`x156csp${n}pxb`, `a156si${n}qtc.156`],
      spf,
      deliveredTo: true,
      to: rcpt,
    });
  if (reader === 'outlook')
    return eopDelivery(raw, {
      ...eopPass(
        s.relay,
        domainOf(s.envelope),
        d ? `dkim=pass (signature was verified)\r\n header.d=${d}` : EOP_UNSIGNED,
        fromDomain,
      ),
      returnPath: s.envelope,
    });
  if (reader === 'yahoo')
    return yahooDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: `${s.signers.map(([sd, ss]) => `dkim=pass header.i=@${sd} header.s=${ss};`).join('\r\n ')}\r\n spf=${spf} smtp.mailfrom=${domainOf(s.envelope)};\r\n dmarc=${dm}(p=${s.policy.toUpperCase()}) header.from=${fromDomain};`,
    });
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    dovecotLmtp(BOX, s.envelope, rcpt, `kB156${n}dE3fG4hI5jK6lM7n`, BOXED),
    `Authentication-Results: ${BOX}; dmarc=${dm} (p=${s.policy.toLowerCase()} dis=none) header.from=${fromDomain}`,
    ...s.signers.map(
      ([sd, ss]) =>
        `Authentication-Results: ${BOX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${sd} header.i=@${sd} header.a=rsa-sha256 header.s=${ss} header.b=Q29ycHVz;\r\n\tdkim-atps=neutral`,
    ),
    `Authentication-Results: ${BOX}; spf=${spf} smtp.mailfrom=${s.envelope}`,
    `Received-SPF: ${spf === 'pass' ? 'Pass' : 'Fail'} (mailfrom) identity=mailfrom; client-ip=${s.relay.ip}; helo=${s.relay.helo}; envelope-from=${s.envelope}; receiver=<UNKNOWN>`,
    `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw156${n}a2\r\n\tfor <${rcpt}>; ${ENTERED}`,
  );
}

const argsFor = (reader: Reader, org: string | null = TW) => [
  ...(reader === 'gmail'
    ? ['--webmail', 'gmail']
    : reader === 'outlook'
      ? ['--webmail', 'outlook']
      : reader === 'yahoo'
        ? ['--webmail', 'yahoo']
        : ['--authserv-id', BOX]),
  ...(org ? ['--recipient-domain', org] : []),
];

// --- Senders ----------------------------------------------------------------------------------
/** Jira Cloud's own notification from the firm's site, tidewater.atlassian.net. */
const jira = (site: string, who: string, issue: string, summary: string, relay: Relay, n: string): Sent => ({
  from: `"${who} (Jira)" <jira@${site}.atlassian.net>`,
  envelope: `bounces+jira-156${n}-${site}@bounces.atlassian.net`,
  relay,
  signers: [['atlassian.net', 's1']],
  policy: 'REJECT',
  subject: `[JIRA] (${issue}) ${summary}`,
  body: `${who} commented on ${issue}\r\n\r\nRe: ${summary}\r\n\r\nI have ordered the replacement and will update here when it ships.\r\n\r\nView issue: https://${site}.atlassian.net/browse/${issue}\r\n\r\nGet Jira notifications on your phone! Download the Jira Cloud app.\r\nThis message was sent by Atlassian Jira.\r\n`,
  messageId: `<JIRA.156${n}.1763632801000@Atlassian.JIRA>`,
  extra: [`Reply-To: "${who} (Jira)" <jira@${site}.atlassian.net>`, 'Auto-Submitted: auto-generated'],
});

const confluence = (who: string, page: string, n: string): Sent => ({
  from: `"${who} (Confluence)" <confluence@tidewater.atlassian.net>`,
  envelope: `bounces+conf-156${n}-tidewater@bounces.atlassian.net`,
  relay: ATLASSIAN_EU,
  signers: [['atlassian.net', 's1']],
  policy: 'REJECT',
  subject: `[Confluence] ${who} shared "${page}" with you`,
  body: `${who} shared a page with you\r\n\r\n${page}\r\n\r\nView page: https://tidewater.atlassian.net/wiki/spaces/IT/pages/156${n}\r\n\r\nThis message was sent by Atlassian Confluence.\r\n`,
  messageId: `<confluence.156${n}.share@Atlassian.Confluence>`,
  extra: ['Auto-Submitted: auto-generated'],
});

/** Jira Service Management under the firm's own support address (its domain claimed, DKIM CNAMEs). */
const jsm = (from: string, request: string, n: string, signedBy: [string, string] = [TW, 's1']): Sent => ({
  from,
  envelope: `bounces+jsm-156${n}-tidewater@bounces.atlassian.net`,
  relay: ATLASSIAN_US,
  signers: [signedBy],
  policy: 'REJECT',
  subject: `[ITHELP-156${n}] ${request}`,
  body: `Reply above this line.\r\n\r\nTidewater IT Help resolved your request.\r\n\r\n${request}\r\n\r\nView request: https://tidewater.atlassian.net/servicedesk/customer/portal/2/ITHELP-156${n}\r\n\r\nPowered by Jira Service Management\r\n`,
  messageId: `<JIRA.156${n}.jsm.1763632801000@Atlassian.JIRA>`,
  extra: ['Auto-Submitted: auto-generated'],
});

const bitbucket = (who: string, repo: string, n: string): Sent => ({
  from: `"${who}" <pullrequests-noreply@bitbucket.org>`,
  envelope: `bounces+bb-156${n}@bounces.bitbucket.org`,
  relay: ATLASSIAN_EU,
  signers: [['bitbucket.org', 's1']],
  policy: 'REJECT',
  subject: `[Bitbucket] Pull request #156: Bump TLS settings (${repo})`,
  body: `${who} approved your pull request #156 in ${repo}.\r\n\r\nView: https://bitbucket.org/${repo}/pull-requests/156\r\n`,
  messageId: `<pull-request-156${n}@bitbucket.org>`,
});

const zoom = (host: string, topic: string, n: string): Sent => ({
  from: `"${host}" <no-reply@zoom.us>`,
  envelope: 'no-reply@zoom.us',
  relay: ZOOM,
  signers: [['zoom.us', 's1']],
  policy: 'REJECT',
  subject: `Cloud Recording - ${topic} is now available`,
  body: `Hi Robin,\r\n\r\nYour cloud recording is now available.\r\n\r\nTopic: ${topic}\r\n\r\nShare recording with viewers: https://tidewater.zoom.us/rec/share/156${n}example\r\n\r\nThank you for choosing Zoom.\r\n`,
  messageId: `<156${n}.recording@zoom.us>`,
});

const github = (subject: string, body: string, n: string): Sent => ({
  from: 'GitHub <noreply@github.com>',
  envelope: 'noreply@github.com',
  relay: GITHUB,
  signers: [['github.com', 'pf2023']],
  policy: 'REJECT',
  subject,
  body,
  messageId: `<156${n}.notification@github.com>`,
  extra: ['X-GitHub-Reason: security_alert', 'Auto-Submitted: auto-generated'],
});

const zendesk = (from: string, ticket: string, n: string): Sent => ({
  from,
  envelope: `support+id156${n}@tidewater.zendesk.com`,
  relay: ZENDESK,
  signers: [[TW, 'zendesk1']],
  policy: 'REJECT',
  subject: `[Tidewater Help] Re: ${ticket}`,
  body: `##- Please type your reply above this line -##\r\n\r\nYour request (#156${n}) has been updated.\r\n\r\nSam (Tidewater Help)\r\n\r\nThe replacement badge is ready at reception.\r\n\r\nThis email is a service from Tidewater Help.\r\n`,
  messageId: `<ABC156${n}_sprut@zendesk.com>`,
  extra: [`Reply-To: Tidewater Help <support@${TW}>`],
});

const okta = (from: string, envelope: string, signer: [string, string], n: string): Sent => ({
  from,
  envelope,
  relay: SENDGRID,
  signers: [signer],
  policy: 'REJECT',
  subject: 'Your password will expire in 3 days',
  body: `Hi Robin,\r\n\r\nYour Tidewater password will expire in 3 days. Change it at https://tidewater.okta.com/enduser/settings\r\n\r\nThis is an automatically generated message from Okta.\r\n`,
  messageId: `<156${n}.okta.pwexpiry@okta.com>`,
});

// --- Pending ----------------------------------------------------------------------------------
// Kept out by choice (the lead, 11:31): the Bitbucket and JSM cases. Fixed at 11:12 by naming
// Atlassian's egress blocks a known service, undone at 11:31: red-team round 159 showed Bitbucket
// Pipelines builds and webhooks, code any customer runs, leave from the same blocks, and no
// delivered header showed Atlassian's mail leaving from them (Atlassian Cloud keeps its email-tagged
// EC2 hosts). Was: Bitbucket's notice and the firm's JSM mail out of Atlassian's 104.192.136.0/21 and
// 185.166.140.0/22 read "suspicious" (hosted-server-relay:medium "a rented server on Amazon Web
// Services", broad-spf:medium). The ranges are Atlassian's own, announced by AS16509 (BYOIP), not
// rentable EC2 space: lib/relay/tables.ts classes the IP by ASN (providers-hosting.ts, AWS) and
// nothing in lib/relay/providers-esp.ts carves Atlassian out, so lib/findings/hosted-server.ts
// hostedServerRule keeps medium unless the PTR is inside the From domain (ownServerEvidence: true
// for jira@<site>.atlassian.net, false for bitbucket.org and for the firm's own custom sender) and
// lib/findings/broad-spf.ts isBroad counts the /21 as hosting space (b.esp false). Should read
// authenticated. Fix: an "Atlassian Cloud" EMAIL_PROVIDERS entry with those two ranges (and the
// SES/SendGrid ranges Atlassian already publishes, which are carved out), domains atlassian.net,
// atlassian.com, bitbucket.org, trello.com; source ip-ranges.atlassian.com (egress, product mail).
//
// Kept out by choice (the lead, 11:12): the Okta case below. Okta's default sender is not
// confirmed to carry a name the org chose, and adding okta.com to CUSTOMERS_PLATFORMS would put a
// reader-org warning on the firm's own genuine Okta mail if it does not. The Okta trial org named "Tidewater IT" on noreply@okta.com reads authenticated with no finding:
// okta.com is missing from lib/findings/platforms.ts CUSTOMERS_PLATFORMS, so
// lib/findings/reader-org.ts never treats "Tidewater IT" as a name an Okta customer chose. Should
// read not trusted (display-name-reader-org). Fix: add okta.com (and okta-emea.com) to
// CUSTOMERS_PLATFORMS. Caveat: that Okta writes an org-chosen sender name on its default
// noreply@okta.com was NOT confirmed from real headers.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'realworld156-yahoo-bitbucket-pr-approved',
  'realworld156-gmail-jsm-firm-support-address-dkim-only',
  'realworld156-gmail-jsm-firm-support-address-dkim-only-no-options',
  'realworld156-box-jsm-firm-support-address-dkim-only',
  'realworld156-gmail-okta-trial-org-named-as-firm-attack-twin',
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
  emitCase(write, { ...c, zone: ZONE, class: `realworld156-${c.cls}` });

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- Atlassian as itself ----
  emit(write, {
    name: 'realworld156-gmail-jira-cloud-comment-own-site',
    cls: 'atlassian-own',
    about: `Genuine: a Jira Cloud comment on the firm's own site: "Sam Ortiz (Jira)" <jira@tidewater.atlassian.net>, envelope at bounces.atlassian.net, d=atlassian.net, from Atlassian's ${ATLASSIAN_US.ip} (104.192.136.0/21, announced by Amazon's AS16509), every pass. Gmail, --recipient-domain ${TW}. Wanted: authenticated, with no hosted-server warning that would make it read as a rented server: the range is Atlassian's own mail range, not rentable EC2.`,
    eml: await deliver(
      jira('tidewater', 'Sam Ortiz', 'ITHELP-1561', 'Laptop docking station faulty', ATLASSIAN_US, 'a'),
      'gmail',
      'a',
    ),
    args: argsFor('gmail'),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld156-outlook-confluence-page-share-eu-range',
    cls: 'atlassian-own',
    about: `Genuine: a Confluence page share from the firm's site out of Atlassian's EU range ${ATLASSIAN_EU.ip} (185.166.140.0/22): "Sam Ortiz (Confluence)" <confluence@tidewater.atlassian.net>, d=atlassian.net, every pass. Exchange Online, --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await deliver(confluence('Sam Ortiz', 'VPN setup guide', 'b'), 'outlook', 'b'),
    args: argsFor('outlook'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld156-yahoo-bitbucket-pr-approved',
    cls: 'atlassian-own',
    about: `Genuine: Bitbucket's pull-request approval to the reader's private Yahoo box: "Dana Whitfield" <pullrequests-noreply@bitbucket.org>, d=bitbucket.org, from ${ATLASSIAN_EU.ip}, every pass. Yahoo, no recipient domain. Wanted: authenticated.`,
    eml: await deliver(bitbucket('Dana Whitfield', 'tidewater/infra-config', 'c'), 'yahoo', 'c'),
    args: argsFor('yahoo', null),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld156-gmail-jira-outsider-site-named-as-firm-desk-attack-twin',
    cls: 'atlassian-attack-twin',
    about: `Attack twin: an outsider's free Jira site tidewater-support.atlassian.net, its user named "Tidewater IT Help", comments "Your mailbox will be disabled, confirm your login", the very relay and signature of the genuine case: "Tidewater IT Help (Jira)" <jira@tidewater-support.atlassian.net>, every pass. Gmail, --recipient-domain ${TW}. Wanted: not trusted (the reader's firm named by an Atlassian site that is not the firm's).`,
    eml: await deliver(
      jira(
        'tidewater-support',
        'Tidewater IT Help',
        'SUP-1562',
        'Your mailbox will be disabled, confirm your login',
        ATLASSIAN_US,
        'd',
      ),
      'gmail',
      'd',
    ),
    args: argsFor('gmail'),
    expect: NOT_TRUSTED,
  });

  // ---- Jira Service Management under the firm's own address ----
  emit(write, {
    name: 'realworld156-gmail-jsm-firm-support-address-dkim-only',
    cls: 'jsm-own-firm',
    about: `Genuine: the firm's IT desk on Jira Service Management with its custom sender "Tidewater IT Help" <it-help@${TW}> (domain claimed in Atlassian's organisation, DKIM CNAMEs s1/s2 to Atlassian's keys), signed d=${TW}; the Return-Path stays on bounces.atlassian.net (Atlassian's DMARC article), so SPF passes for Atlassian's domain only and DMARC passes through DKIM. From ${ATLASSIAN_US.ip}. Gmail, --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await deliver(
      jsm(`"Tidewater IT Help" <it-help@${TW}>`, 'Replacement docking station for Robin', 'e'),
      'gmail',
      'e',
    ),
    args: argsFor('gmail'),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld156-box-jsm-firm-support-address-dkim-only',
    cls: 'jsm-own-firm',
    about: `Genuine: the same JSM resolution into the firm's Postfix box (${BOX}), d=${TW}, SPF pass for bounces.atlassian.net at ${ATLASSIAN_US.ip}, DMARC pass. --authserv-id ${BOX}, --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await deliver(
      jsm(`"Tidewater IT Help" <it-help@${TW}>`, 'Replacement docking station for Robin', 'f'),
      'box',
      'f',
    ),
    args: argsFor('box'),
    expect: PASSES,
  });
  // ---- Zoom and GitHub as themselves ----
  emit(write, {
    name: 'realworld156-outlook-zoom-cloud-recording-ready',
    cls: 'zoom-own',
    about: `Genuine: Zoom's "cloud recording is now available" for the firm's account: "Zoom" <no-reply@zoom.us>, envelope no-reply@zoom.us, d=zoom.us, from Zoom's ${ZOOM.ip} (170.114.0.0/16), every pass. Exchange Online, --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await deliver(zoom('Zoom', 'Quarterly IT town hall', 'h'), 'outlook', 'h'),
    args: argsFor('outlook'),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld156-yahoo-github-dependabot-alert',
    cls: 'github-own',
    about: `Genuine: GitHub's security alert to the reader's private Yahoo box: GitHub <noreply@github.com>, envelope noreply@github.com, d=github.com s=pf2023, from ${GITHUB.rdns} (${GITHUB.ip}), every pass. Yahoo, no recipient domain. Wanted: authenticated.`,
    eml: await deliver(
      github(
        '[tidewater/infra-config] Dependabot alert: 1 high severity vulnerability',
        'A high severity vulnerability was found in a dependency of tidewater/infra-config.\r\n\r\nView alert: https://github.com/tidewater/infra-config/security/dependabot/156\r\n',
        'i',
      ),
      'yahoo',
      'i',
    ),
    args: argsFor('yahoo', null),
    expect: PASSES,
  });

  // ---- Zendesk with the firm's custom domain ----
  emit(write, {
    name: 'realworld156-gmail-zendesk-firm-support-custom-domain',
    cls: 'zendesk-own-firm',
    about: `Genuine: the firm's Zendesk help centre answers from "Sam (Tidewater Help)" <support@${TW}>, Reply-To the same desk, envelope on tidewater.zendesk.com, signed d=${TW} s=zendesk1 (CNAME to Zendesk's key), from ${ZENDESK.rdns}, every pass. Gmail, --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await deliver(
      zendesk(`"Sam (Tidewater Help)" <support@${TW}>`, 'Lost building badge', 'j'),
      'gmail',
      'j',
    ),
    args: argsFor('gmail'),
    expect: PASSES,
  });

  // ---- Okta ----
  emit(write, {
    name: 'realworld156-box-okta-custom-from-firm-domain',
    cls: 'okta-own-firm',
    about: `Genuine: the firm's Okta org with a custom email domain: "Tidewater IT" <noreply@${TW}>, envelope on em9156.${TW} (CNAME to SendGrid), signed d=${TW} s=okta1, SendGrid's shared ${SENDGRID.rdns}, every pass. --authserv-id ${BOX}, --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await deliver(
      okta(
        `"Tidewater IT" <noreply@${TW}>`,
        `bounces+9156k-robin.reader=${TW}@em9156.${TW}`,
        [TW, 'okta1'],
        'k',
      ),
      'box',
      'k',
    ),
    args: argsFor('box'),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld156-gmail-okta-trial-org-named-as-firm-attack-twin',
    cls: 'okta-attack-twin',
    about: `Attack twin: an outsider's Okta trial org whose display name is "Tidewater IT" and which has no custom domain: "Tidewater IT" <noreply@okta.com>, d=okta.com through SendGrid, every pass, "Your password will expire in 3 days". Gmail, --recipient-domain ${TW}. Wanted: not trusted (the reader's firm's name on a platform address nothing ties to the firm).`,
    eml: await deliver(
      okta(
        '"Tidewater IT" <noreply@okta.com>',
        'bounces+4156l-robin.reader=tidewater.example@em4156.okta.com',
        ['okta.com', 's1'],
        'l',
      ),
      'gmail',
      'l',
    ),
    args: argsFor('gmail'),
    expect: NOT_TRUSTED,
  });
}
