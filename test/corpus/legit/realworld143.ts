// Real-world delivery shapes, hundred-and-forty-third round: system and notification mail, the kind
// that often misaligns (null senders, a platform's From under a user's name): delivery status
// notifications (Gmail's mailer-daemon into Exchange Online, a partner's Postfix bounce into Yahoo),
// automatic replies (a Google Workspace vacation responder into Outlook, a Microsoft 365 automatic
// reply with a null envelope into Gmail), an Outlook read receipt (multipart/report) into the firm's
// self-hosted box, a Microsoft Teams missed-message notice, DocuSign and Adobe Acrobat Sign envelopes
// from a partner's user, a Jira Cloud notification, and iCloud+ mail from a custom domain. Attack
// twins beside them: a "Microsoft Outlook" NDR and a "Microsoft Teams" notice from look-alike domains that authenticate, desk-named DocuSign,
// Adobe Sign and Jira lures. The reader works at Tidewater (tidewater.example, --recipient-domain);
// its personal Yahoo and Gmail mailboxes too.
// Where the layouts were learnt (`search`, pages corpus, and neighbouring rounds):
// - Gmail's DSN: "Mail Delivery Subsystem" <mailer-daemon@googlemail.com>, null envelope,
//   Auto-Submitted, signed d=googlemail.com (realworld96; Mithi's help centre on Gmail refusing
//   unauthenticated bounces with a blank envelope confirms why bounces must authenticate by DKIM or
//   the HELO). SPF on Google's HELO name is modelled, NOT confirmed (DMARC rests on the signature).
// - Postfix bounce: "Mail Delivery System" <MAILER-DAEMON@host>, <>, Auto-Submitted: auto-replied
//   (realworld86); SPF on the HELO for a null sender (RFC 7208 §2.4) and DMARC on it (RFC 7489 §4.1
//   note). Yahoo's header as receivers.ts.
// - Exchange automatic reply (X-MS-Exchange-Inbox-Rules-Loop, X-Auto-Response-Suppress, null
//   envelope, smtp.helo=): realworld63. Gmail's vacation responder writing the user's own envelope:
//   recalled, NOT confirmed. Read receipts as multipart/report; report-type=disposition-notification
//   (RFC 8098); Exchange's "Read:" subject recalled.
// - Teams: noreply@email.teams.microsoft.com (umatechnology.org "Is this a spam email?"; msxfaq.de
//   "Teams Termineinladung": meeting invitations come from the organiser's own mailbox). Its DKIM
//   domain and relay NOT confirmed: modelled as email.teams.microsoft.com out of Exchange Online.
// - DocuSign: dse_NA3@docusign.net among the sending addresses (support.docusign.com "Why am I not
//   getting DocuSign email notifications?"), "<name> via Docusign" and the sender's Reply-To as
//   realworld135/probe8; its relay is a documentation address, as realworld135.
// - Adobe Acrobat Sign: adobesign@adobesign.com (helpx.adobe.com "users don't receive notification
//   emails"). The "<name> via Adobe Acrobat Sign" display and the relay were NOT confirmed.
// - Jira Cloud: "<user> (Jira)" <jira@<site>.atlassian.net> recalled; relay NOT confirmed (SES-like,
//   documentation address). iCloud+ custom domain: Apple's me.com outbound hosts (17.58.0.0/16,
//   realworld103), sig1 selector at the custom domain recalled, NOT confirmed.
// A phish dressed as the firm's own postmaster bounce (null envelope, the attacker's HELO passing SPF)
// reads spoofed, as it should; a legit module cannot hold a spoofed case, so it is left out.
// Names and addresses are documentation ones except the providers' own names, hosts and ranges;
// every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { domainOf, emitCase, KEY, legitCorpus, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { dovecotLmtp, eopDelivery, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const ENTERED = 'Fri, 20 Nov 2026 10:00:03 +0000';
const BOXED = 'Fri, 20 Nov 2026 10:00:04 +0000';

/** DMARC passed for the From domain: authenticated. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

// --- Relays -----------------------------------------------------------------------------------
const GOOGLE: Relay = {
  helo: 'mail-sor-f69.google.com',
  rdns: 'mail-sor-f69.google.com',
  ip: '209.85.220.69',
};
const EXO: Relay = {
  helo: 'EUR03-DBA-obe.outbound.protection.outlook.com',
  rdns: 'mail-dbaeur03on2143.outbound.protection.outlook.com',
  ip: '40.107.104.143',
};
const DOCUSIGN: Relay = { helo: 'mail143.docusign.net', rdns: 'mail143.docusign.net', ip: '198.51.100.143' };
const ADOBESIGN: Relay = {
  helo: 'mail143.adobesign.com',
  rdns: 'mail143.adobesign.com',
  ip: '198.51.100.144',
};
const ATLASSIAN: Relay = {
  helo: 'a143-22.smtp-out.us-west-2.amazonses.com',
  rdns: 'a143-22.smtp-out.us-west-2.amazonses.com',
  ip: '54.240.27.22',
};
const ICLOUD: Relay = {
  helo: 'st43p00im-ztdg10143201.me.com',
  rdns: 'st43p00im-ztdg10143201.me.com',
  ip: '17.58.63.143',
};
const QUAYSIDE_BOX: Relay = {
  helo: 'mail.quayside-law.example',
  rdns: 'mail.quayside-law.example',
  ip: '203.0.113.43',
};
/** The attacker's rented server, its HELO name its own domain's. */
const LURE: Relay = { helo: 'mail.mx-notice.example', rdns: 'mail.mx-notice.example', ip: '198.51.100.66' };

const EXO_SPF = 'v=spf1 include:spf.protection.outlook.com -all';
const ZONE = {
  ...[GOOGLE, EXO, DOCUSIGN, ADOBESIGN, ATLASSIAN, ICLOUD, QUAYSIDE_BOX, LURE].reduce(
    (z, r) => Object.assign(z, ptr(r.ip, r.rdns)),
    {} as Record<string, unknown>,
  ),
  ...M365_SPF_ZONE,
  // Google
  ...key('googlemail.com', '20230601'),
  ...dmarc('googlemail.com', 'quarantine'),
  [GOOGLE.helo]: { A: [GOOGLE.ip], TXT: ['v=spf1 ip4:209.85.128.0/17 -all'] },
  // Exchange Online's HELO names (null-envelope automatic replies, read receipts)
  ...txt(EXO.helo, EXO_SPF),
  // Teams
  ...txt('email.teams.microsoft.com', EXO_SPF),
  ...key('email.teams.microsoft.com', 'selector1'),
  ...dmarc('microsoft.com', 'reject'),
  // DocuSign, Adobe Sign, Atlassian
  ...txt('docusign.net', `v=spf1 ip4:${DOCUSIGN.ip} -all`),
  ...key('docusign.net', 'ds143'),
  ...dmarc('docusign.net', 'reject'),
  ...txt('adobesign.com', `v=spf1 ip4:${ADOBESIGN.ip} -all`),
  ...key('adobesign.com', 'as143'),
  ...dmarc('adobesign.com', 'reject'),
  ...txt('bounces.atlassian.net', 'v=spf1 include:amazonses.com -all'),
  ...txt('amazonses.com', 'v=spf1 ip4:54.240.0.0/18 ip4:199.255.192.0/22 -all'),
  ...key('atlassian.net', 'jira143'),
  ...dmarc('atlassian.net', 'reject'),
  // iCloud+
  ...txt('icloud.com', 'v=spf1 ip4:17.58.0.0/16 ip4:17.57.155.0/24 -all'),
  // The reader's firm, its partners, a family on iCloud+
  ...txt('tidewater.example', 'v=spf1 include:spf.protection.outlook.com -all'),
  ...dmarc('tidewater.example', 'quarantine'),
  ...txt('harbourline.example', EXO_SPF),
  ...key('harbourline.example', 'selector1'),
  ...dmarc('harbourline.example', 'reject'),
  ...txt('ketchworks.example', 'v=spf1 include:_spf.google.com -all'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 -all'),
  ...key('ketchworks.example', 'google'),
  ...dmarc('ketchworks.example', 'reject'),
  [QUAYSIDE_BOX.helo]: { A: [QUAYSIDE_BOX.ip], TXT: ['v=spf1 a -all'] },
  ...txt('quayside-law.example', 'v=spf1 mx a:mail.quayside-law.example -all'),
  ...dmarc('quayside-law.example', 'reject'),
  ...txt('quinn-family.example', 'v=spf1 include:icloud.com ~all'),
  ...key('quinn-family.example', 'sig1'),
  ...dmarc('quinn-family.example', 'quarantine'),
  // The attacker's own domains
  [LURE.helo]: { A: [LURE.ip], TXT: [`v=spf1 ip4:${LURE.ip} -all`] },
  ...txt('mx-notice.example', `v=spf1 ip4:${LURE.ip} -all`),
  ...key('mx-notice.example', 's1'),
  ...dmarc('mx-notice.example', 'reject'),
  ...txt('teams-notify.example', `v=spf1 ip4:${LURE.ip} -all`),
  ...key('teams-notify.example', 's1'),
  ...dmarc('teams-notify.example', 'reject'),
};

const TW = 'tidewater.example';
const BOX = `mail.${TW}`;
const ROBIN = `robin.reader@${TW}`;
const DANA = 'dana.whitfield@harbourline.example';

interface Sent {
  from: string;
  /** The envelope sender; '' for a null sender (SPF on the HELO). */
  envelope: string;
  relay: Relay;
  signers: [string, string][];
  policy: string;
  subject: string;
  body: string;
  messageId: string;
  extra?: string[];
  rcpt?: string;
  contentType?: string;
}

type Reader = 'gmail' | 'outlook' | 'box' | 'yahoo';

const signed = async (s: Sent) => {
  let raw = submitted({
    from: s.from,
    to: s.rcpt ?? ROBIN,
    subject: s.subject,
    date: SENT,
    messageId: s.messageId,
    extraHeaders: s.extra ?? [],
    body: s.body,
  });
  if (s.contentType)
    raw = raw.replace('Content-Type: text/plain; charset=utf-8', `Content-Type: ${s.contentType}`);
  return s.signers.length ? signAll(raw, s.signers) : raw;
};

async function deliver(s: Sent, reader: Reader, n: string): Promise<string> {
  const raw = await signed(s);
  const rcpt = s.rcpt ?? ROBIN;
  const [d, sel] = s.signers[0] ?? ['', ''];
  const fromDomain = domainOf(s.from);
  const nul = s.envelope === '';
  const dmarcResult = 'pass';
  const policy = s.policy;
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: [
        ...(d ? [gmailDkim(d, sel)] : []),
        nul
          ? `spf=pass (google.com: domain of postmaster@${s.relay.helo} designates ${s.relay.ip} as permitted sender) smtp.helo=${s.relay.helo};`
          : gmailSpf(s.envelope, s.relay.ip),
        gmailDmarc(fromDomain, policy, dmarcResult),
      ].join('\r\n       '),
      ids: [`x143csp${n}pxb`, `a143si${n}qtc.143`],
      ...(nul ? {} : { spf: 'pass' as const }),
      deliveredTo: true,
      to: rcpt,
    });
  if (reader === 'outlook') {
    const spfId = nul ? `smtp.helo=${s.relay.helo}` : `smtp.mailfrom=${domainOf(s.envelope)}`;
    const dkim = d
      ? `dkim=pass (signature was verified)\r\n header.d=${d}`
      : 'dkim=none (message not signed)\r\n header.d=none';
    return eopDelivery(raw, {
      ip: s.relay.ip,
      helo: s.relay.helo,
      ar: `spf=pass (sender IP is ${s.relay.ip})\r\n ${spfId}; ${dkim};dmarc=${dmarcResult} action=none\r\n header.from=${fromDomain};compauth=pass reason=100`,
      spf: `Pass (protection.outlook.com: domain of ${nul ? s.relay.helo : domainOf(s.envelope)} designates\r\n ${s.relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${s.relay.ip}; helo=${s.relay.helo}; pr=C`,
      returnPath: nul ? '<>' : s.envelope,
    });
  }
  if (reader === 'yahoo') {
    const atlas = 'atlas-production.v2-mail-prod1-gq1.omega.yahoo.com';
    const at = (x: number) => `Fri, 20 Nov 2026 10:00:0${x} +0000`;
    const spfWord = nul ? `smtp.helo=${s.relay.helo}` : `smtp.mailfrom=${domainOf(s.envelope)}`;
    return onTop(
      raw,
      `Received: from 127.0.0.1\r\n by ${atlas} pod-id atlas--production-gq1-6c9f8b7d4-x143k.gq1.yahoo.com with HTTP; ${at(6)}`,
      `Return-Path: <${s.envelope}>`,
      `X-Originating-Ip: [${s.relay.ip}]`,
      `Received-SPF: pass (domain of ${nul ? s.relay.helo : domainOf(s.envelope)} designates ${s.relay.ip} as permitted sender)`,
      `Authentication-Results: ${atlas};\r\n ${d ? `dkim=pass header.i=@${d} header.s=${sel};\r\n ` : ''}spf=pass ${spfWord};\r\n dmarc=${dmarcResult}(p=${policy}) header.from=${fromDomain};`,
      `X-Apparently-To: ${rcpt}; ${at(6)}`,
      `Received: from ${s.relay.ip} (EHLO ${s.relay.helo})\r\n by 10.217.150.143 with SMTPs\r\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\r\n ${at(5)}`,
    );
  }
  const spfLine = nul
    ? `Authentication-Results: ${BOX}; spf=pass smtp.helo=${s.relay.helo}`
    : `Authentication-Results: ${BOX}; spf=pass smtp.mailfrom=${s.envelope}`;
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    dovecotLmtp(BOX, s.envelope, rcpt, `kB143${n}dE3fG4hI5jK6lM7n`, BOXED),
    `Authentication-Results: ${BOX}; dmarc=${dmarcResult} (p=${policy.toLowerCase()} dis=none) header.from=${fromDomain}`,
    ...s.signers.map(
      ([sd, ss]) =>
        `Authentication-Results: ${BOX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${sd} header.i=@${sd} header.a=rsa-sha256 header.s=${ss} header.b=Q29ycHVz;\r\n\tdkim-atps=neutral`,
    ),
    spfLine,
    `Received-SPF: Pass (${nul ? 'helo' : 'mailfrom'}) identity=${nul ? 'helo' : 'mailfrom'}; client-ip=${s.relay.ip}; helo=${s.relay.helo}; envelope-from=${s.envelope || '<>'}; receiver=<UNKNOWN>`,
    `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw143${n}a2\r\n\tfor <${rcpt}>; ${ENTERED}`,
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
const gmailDsn = (n: string): Sent => ({
  from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
  envelope: '',
  relay: GOOGLE,
  signers: [['googlemail.com', '20230601']],
  policy: 'QUARANTINE',
  subject: 'Delivery Status Notification (Failure)',
  body: "** Address not found **\r\n\r\nYour message wasn't delivered to sam.quinn.143@gmail.com because the address couldn't be found, or is unable to receive mail.\r\n\r\nThe response from the remote server was:\r\n550 5.1.1 The email account that you tried to reach does not exist.\r\n",
  messageId: `<143${n}.dsn.0a1b2c3d@mx.google.com>`,
  extra: [
    'Auto-Submitted: auto-replied',
    `In-Reply-To: <143${n}.orig@${TW}>`,
    `References: <143${n}.orig@${TW}>`,
  ],
});

const postfixBounce = (host: string, relay: Relay, rcpt: string, n: string, policy: string): Sent => ({
  from: `Mail Delivery System <MAILER-DAEMON@${host}>`,
  envelope: '',
  relay,
  signers: [],
  policy,
  subject: 'Undelivered Mail Returned to Sender',
  body: `This is the mail system at host ${host}.\r\n\r\nI'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients.\r\n\r\n<m.oduya@quayside-law.example>: unknown user: "m.oduya"\r\n`,
  messageId: `<20261120100001.143${n}A1B2@${host}>`,
  extra: ['Auto-Submitted: auto-replied'],
  rcpt,
});

const docusign = (who: string, replyTo: string, doc: string, n: string): Sent => ({
  from: `"${who} via Docusign" <dse_NA3@docusign.net>`,
  envelope: 'bounces+dse_NA3@docusign.net',
  relay: DOCUSIGN,
  signers: [['docusign.net', 'ds143']],
  policy: 'REJECT',
  subject: `Complete with Docusign: ${doc}`,
  body: `${who} sent you a document to review and sign.\r\n\r\nREVIEW DOCUMENT https://na3.docusign.net/Signing/EmailStart.aspx?a=143${n}\r\n\r\nDo Not Share This Email\r\n`,
  messageId: `<143${n}.ds.a1b2c3@docusign.net>`,
  extra: [`Reply-To: "${who}" <${replyTo}>`],
});

const adobeSign = (who: string, replyTo: string, doc: string, n: string, rcpt?: string): Sent => ({
  from: `"${who} via Adobe Acrobat Sign" <adobesign@adobesign.com>`,
  envelope: `bounce-143${n}@adobesign.com`,
  relay: ADOBESIGN,
  signers: [['adobesign.com', 'as143']],
  policy: 'REJECT',
  subject: `${who} is requesting your signature on ${doc}`,
  body: `${who} has sent you ${doc} to sign.\r\n\r\nReview and sign: https://secure.na1.adobesign.com/public/apiesign?pid=143${n}example\r\n\r\nPowered by Adobe Acrobat Sign\r\n`,
  messageId: `<143${n}.agreement@adobesign.com>`,
  extra: [`Reply-To: "${who}" <${replyTo}>`],
  ...(rcpt ? { rcpt } : {}),
});

const jira = (who: string, site: string, issue: string, n: string): Sent => ({
  from: `"${who} (Jira)" <jira@${site}.atlassian.net>`,
  envelope: `bounce-143${n}-jira@bounces.atlassian.net`,
  relay: ATLASSIAN,
  signers: [['atlassian.net', 'jira143']],
  policy: 'REJECT',
  subject: `[JIRA] (${issue}) Laptop refresh: confirm collection slot`,
  body: `${who} commented on ${issue}\r\n\r\nPlease confirm your collection slot by Friday.\r\n\r\nView: https://${site}.atlassian.net/browse/${issue}\r\n\r\nThis message was sent by Atlassian Jira.\r\n`,
  messageId: `<JIRA.143${n}.1795171312000@Atlassian.JIRA>`,
  extra: [`Reply-To: "${who} (Jira)" <jira@${site}.atlassian.net>`, 'Auto-Submitted: auto-generated'],
});

const teams = (fromAddr: string, relay: Relay, signer: [string, string], n: string): Sent => ({
  from: `"Microsoft Teams" <${fromAddr}>`,
  envelope: `bounces@${domainOf(fromAddr)}`,
  relay,
  signers: [signer],
  policy: 'REJECT',
  subject: 'Dana Whitfield sent you a message in Teams',
  body: 'Dana Whitfield sent a message in a chat\r\n\r\n"Can you check the berth schedule before 3?"\r\n\r\nReply in Teams: https://teams.microsoft.com/l/message/19:143example\r\n\r\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052\r\n',
  messageId: `<143${n}.teams.notification@${domainOf(fromAddr)}>`,
  extra: ['Auto-Submitted: auto-generated'],
});

// --- Pending ----------------------------------------------------------------------------------
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

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
  emitCase(write, { ...c, zone: ZONE, class: `realworld143-${c.cls}` });

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- Delivery status notifications ----
  emit(write, {
    name: 'realworld143-outlook-gmail-mailer-daemon-dsn-null-sender',
    cls: 'dsn-genuine',
    about: `Genuine: the reader (Exchange Online, --recipient-domain ${TW}) wrote to a mistyped Gmail address; Gmail answers "Delivery Status Notification (Failure)" from "Mail Delivery Subsystem" <mailer-daemon@googlemail.com>, Return-Path <>, Auto-Submitted: auto-replied, signed d=googlemail.com, from ${GOOGLE.rdns}. EOP records spf=pass smtp.helo=${GOOGLE.helo}, dkim pass, dmarc pass. Wanted: authenticated: a null sender's bounce authenticated by its own signature.`,
    eml: await deliver(gmailDsn('a'), 'outlook', 'a'),
    args: argsFor('outlook'),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld143-yahoo-partner-postfix-bounce-helo-spf-only',
    cls: 'dsn-genuine',
    about: `Genuine: the reader's personal Yahoo (robin.reader@yahoo.com) wrote to a law firm's self-hosted Postfix with a wrong user; its bounce daemon answers "Mail Delivery System" <MAILER-DAEMON@${QUAYSIDE_BOX.helo}>, Return-Path <>, unsigned. Yahoo checks SPF on the HELO (${QUAYSIDE_BOX.helo}, "v=spf1 a -all": pass) and DMARC on it (RFC 7489: with a null MAIL FROM the HELO identity is SPF's, aligned relaxed with the From host): pass under p=reject. No --recipient-domain (a free mailbox). Wanted: authenticated: the bounce reads honestly, every check its own host's.`,
    eml: await deliver(
      postfixBounce(QUAYSIDE_BOX.helo, QUAYSIDE_BOX, 'robin.reader@yahoo.com', 'b', 'REJECT'),
      'yahoo',
      'b',
    ),
    args: argsFor('yahoo', null),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld143-gmail-microsoft-outlook-ndr-lookalike-attack-twin',
    cls: 'dsn-attack-twin',
    about: `Attack twin: a phish dressed as an Exchange Online NDR ("Undeliverable: Q4 invoice", "your mailbox blocked outbound delivery, re-validate") from "Microsoft Outlook" <postmaster@mx-notice.example>, Return-Path <>, signed d=mx-notice.example, its HELO's SPF passing: every check passes for the attacker's own domain. Gmail, --recipient-domain ${TW}. Wanted: not trusted (Microsoft's product name over a domain that is not Microsoft's, as Exchange writes its NDRs from the tenant's own postmaster).`,
    eml: await deliver(
      {
        from: '"Microsoft Outlook" <postmaster@mx-notice.example>',
        envelope: '',
        relay: LURE,
        signers: [['mx-notice.example', 's1']],
        policy: 'REJECT',
        subject: 'Undeliverable: Q4 invoice',
        body: "Your message to accounts@harbourline.example couldn't be delivered.\r\n\r\nYour mailbox has been blocked from sending. Re-validate your account: https://mx-notice.example/owa/validate\r\n\r\nOffice 365\r\n",
        messageId: '<143d.ndr@mx-notice.example>',
        extra: ['Auto-Submitted: auto-replied'],
      },
      'gmail',
      'd',
    ),
    args: argsFor('gmail'),
    expect: NOT_TRUSTED,
  });

  // ---- Automatic replies and a read receipt ----
  emit(write, {
    name: 'realworld143-outlook-workspace-vacation-responder',
    cls: 'auto-reply',
    about: `Genuine: a supplier on Google Workspace (ketchworks.example) is away; Gmail's vacation responder answers the reader: "Ines Carvalho" <ines@ketchworks.example>, "Out of office: Re: Rope order 143", Auto-Submitted: auto-replied, envelope the user's own address (recalled), signed d=ketchworks.example selector google, from ${GOOGLE.rdns}. Exchange Online, --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await deliver(
      {
        from: '"Ines Carvalho" <ines@ketchworks.example>',
        envelope: 'ines@ketchworks.example',
        relay: GOOGLE,
        signers: [['ketchworks.example', 'google']],
        policy: 'REJECT',
        subject: 'Out of office: Re: Rope order 143',
        body: 'I am out of the office until 30 November with limited access to e-mail. For orders, please write to orders@ketchworks.example.\r\n',
        messageId: '<CAOOO143e+abc@mail.gmail.com>',
        extra: ['Auto-Submitted: auto-replied', `In-Reply-To: <143e.orig@${TW}>`],
      },
      'outlook',
      'e',
    ),
    args: argsFor('outlook'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld143-gmail-m365-automatic-reply-null-envelope',
    cls: 'auto-reply',
    about: `Genuine: the partner's user ${DANA} (Microsoft 365) is on leave; Exchange answers with "Automatic reply: Berth schedule", Return-Path <>, X-MS-Exchange-Inbox-Rules-Loop, X-Auto-Response-Suppress: All, signed d=harbourline.example selector1 from ${EXO.rdns}. Gmail checks SPF on the HELO ${EXO.helo} (include of Exchange Online's ranges: pass) and DMARC passes on the signature. --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await deliver(
      {
        from: `"Dana Whitfield" <${DANA}>`,
        envelope: '',
        relay: EXO,
        signers: [['harbourline.example', 'selector1']],
        policy: 'REJECT',
        subject: 'Automatic reply: Berth schedule',
        body: 'I am on leave until 1 December. For urgent berth changes call the harbour office.\r\n',
        messageId: '<DB9PR03MB7143A1B2C3@DB9PR03MB7143.eurprd03.prod.outlook.com>',
        extra: [
          'Auto-Submitted: auto-replied',
          `X-MS-Exchange-Inbox-Rules-Loop: ${DANA}`,
          'X-Auto-Response-Suppress: All',
        ],
      },
      'gmail',
      'f',
    ),
    args: argsFor('gmail'),
    expect: PASSES,
    twin: true,
  });
  emit(write, {
    name: 'realworld143-box-outlook-read-receipt-disposition-notification',
    cls: 'read-receipt',
    about: `Genuine: the reader asked for a read receipt; the partner's Outlook returns "Read: Berth schedule" as multipart/report; report-type=disposition-notification (RFC 8098), From "Dana Whitfield" <${DANA}>, envelope <> (recalled), signed d=harbourline.example, from Exchange Online into the firm's Postfix box (SPF on the HELO, OpenDKIM, OpenDMARC). --authserv-id ${BOX}, --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await deliver(
      {
        from: `"Dana Whitfield" <${DANA}>`,
        envelope: '',
        relay: EXO,
        signers: [['harbourline.example', 'selector1']],
        policy: 'REJECT',
        subject: 'Read: Berth schedule',
        contentType: 'multipart/report; report-type=disposition-notification;\r\n\tboundary="_143_mdn_"',
        body: `--_143_mdn_\r\nContent-Type: text/plain; charset="us-ascii"\r\n\r\nYour message\r\n\r\n  To: Dana Whitfield\r\n  Subject: Berth schedule\r\n  Sent: Friday, 20 November 2026 09:12:00 (UTC+00:00)\r\n\r\nwas read on Friday, 20 November 2026 10:00:00 (UTC+00:00).\r\n\r\n--_143_mdn_\r\nContent-Type: message/disposition-notification\r\n\r\nFinal-Recipient: rfc822;${DANA}\r\nOriginal-Message-ID: <143g.orig@${TW}>\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n\r\n--_143_mdn_--\r\n`,
        messageId: '<DB9PR03MB7143G1B2C3@DB9PR03MB7143.eurprd03.prod.outlook.com>',
        extra: [`In-Reply-To: <143g.orig@${TW}>`],
      },
      'box',
      'g',
    ),
    args: argsFor('box'),
    expect: PASSES,
  });

  // ---- Microsoft Teams ----
  emit(write, {
    name: 'realworld143-gmail-teams-missed-message-notice',
    cls: 'teams',
    about: `Genuine: Teams tells the reader's personal Gmail (a guest in the partner's tenant) of a chat message: "Microsoft Teams" <noreply@email.teams.microsoft.com>, signed d=email.teams.microsoft.com (assumed), out of Exchange Online. No --recipient-domain. Wanted: authenticated.`,
    eml: await deliver(
      {
        ...teams('noreply@email.teams.microsoft.com', EXO, ['email.teams.microsoft.com', 'selector1'], 'h'),
        rcpt: 'robin.reader@gmail.com',
      },
      'gmail',
      'h',
    ),
    args: argsFor('gmail', null),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld143-gmail-teams-notice-lookalike-attack-twin',
    cls: 'teams-attack-twin',
    about: `Attack twin: the same notice from "Microsoft Teams" <noreply@teams-notify.example>, every check passing for the attacker's own domain. Gmail, no --recipient-domain. Wanted: not trusted (Microsoft's product name on a domain not Microsoft's: display-name-brand).`,
    eml: await deliver(
      {
        ...teams('noreply@teams-notify.example', LURE, ['teams-notify.example', 's1'], 'i'),
        rcpt: 'robin.reader@gmail.com',
      },
      'gmail',
      'i',
    ),
    args: argsFor('gmail', null),
    expect: NOT_TRUSTED,
  });

  // ---- E-signature envelopes ----
  emit(write, {
    name: 'realworld143-outlook-docusign-partner-user-envelope',
    cls: 'esign-genuine',
    about: `Genuine: the partner's user sends a berth-hire agreement: "Dana Whitfield via Docusign" <dse_NA3@docusign.net>, Reply-To ${DANA}, signed d=docusign.net. Exchange Online, --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await deliver(docusign('Dana Whitfield', DANA, 'Berth hire agreement 2027', 'j'), 'outlook', 'j'),
    args: argsFor('outlook'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld143-outlook-docusign-payroll-desk-lure-attack-twin',
    cls: 'esign-attack-twin',
    about: `Attack twin: a DocuSign account named "Tidewater Payroll" on a Gmail sends "Complete with Docusign: 2027 salary adjustment letter": "Tidewater Payroll via Docusign" <dse_NA3@docusign.net>, Reply-To tidewater.payroll.team@gmail.com, every pass. Exchange Online, --recipient-domain ${TW}. Wanted: not trusted (display-name-reader-org).`,
    eml: await deliver(
      docusign('Tidewater Payroll', 'tidewater.payroll.team@gmail.com', '2027 salary adjustment letter', 'k'),
      'outlook',
      'k',
    ),
    args: argsFor('outlook'),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'realworld143-yahoo-adobe-sign-partner-user-agreement',
    cls: 'esign-genuine',
    about: `Genuine: the partner's user sends a mooring lease through Adobe Acrobat Sign to the reader's personal Yahoo: "Dana Whitfield via Adobe Acrobat Sign" <adobesign@adobesign.com>, Reply-To ${DANA}, signed d=adobesign.com. No --recipient-domain. Wanted: authenticated.`,
    eml: await deliver(
      adobeSign('Dana Whitfield', DANA, 'Mooring lease 2027', 'l', 'robin.reader@yahoo.com'),
      'yahoo',
      'l',
    ),
    args: argsFor('yahoo', null),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld143-gmail-adobe-sign-hr-desk-lure-attack-twin',
    cls: 'esign-attack-twin',
    about: `Attack twin: an Adobe Acrobat Sign account named "Tidewater HR" (a free trial on an outside address) sends "Tidewater HR is requesting your signature on Updated remote-work policy": "Tidewater HR via Adobe Acrobat Sign" <adobesign@adobesign.com>, Reply-To tidewater.hr.desk@gmail.com, every pass. Gmail, --recipient-domain ${TW}. Wanted: not trusted (the reader's organisation with a desk word before a platform's "via", as DocuSign's).`,
    eml: await deliver(
      adobeSign('Tidewater HR', 'tidewater.hr.desk@gmail.com', 'Updated remote-work policy', 'm'),
      'gmail',
      'm',
    ),
    args: argsFor('gmail'),
    expect: NOT_TRUSTED,
  });

  // ---- Jira Cloud ----
  emit(write, {
    name: 'realworld143-box-jira-cloud-partner-site-comment',
    cls: 'jira-genuine',
    about: `Genuine: the partner's Jira Cloud site notifies the reader of a comment: "Dana Whitfield (Jira)" <jira@harbourline.atlassian.net>, signed d=atlassian.net, envelope at bounces.atlassian.net through Amazon SES (relay assumed). The firm's Postfix box, --recipient-domain ${TW}. Wanted: authenticated.`,
    eml: await deliver(jira('Dana Whitfield', 'harbourline', 'BERTH-143', 'n'), 'box', 'n'),
    args: argsFor('box'),
    expect: PASSES,
  });
  emit(write, {
    name: 'realworld143-gmail-jira-cloud-helpdesk-lookalike-site-attack-twin',
    cls: 'jira-attack-twin',
    about: `Attack twin: an outsider's free Jira site tidewater-support.atlassian.net, its user named "Tidewater IT Helpdesk", comments "Laptop refresh: confirm collection slot": "Tidewater IT Helpdesk (Jira)" <jira@tidewater-support.atlassian.net>, every pass. Gmail, --recipient-domain ${TW}. Wanted: not trusted (a desk of the reader's organisation named on a site that is not the firm's).`,
    eml: await deliver(jira('Tidewater IT Helpdesk', 'tidewater-support', 'IT-143', 'o'), 'gmail', 'o'),
    args: argsFor('gmail'),
    expect: NOT_TRUSTED,
  });

  // ---- iCloud+ custom domain ----
  emit(write, {
    name: 'realworld143-gmail-icloud-custom-domain-family',
    cls: 'icloud-custom-domain',
    about: `Genuine: a family's iCloud+ custom domain: "Sam Quinn" <sam@quinn-family.example> through ${ICLOUD.rdns}, envelope sam@quinn-family.example (SPF include:icloud.com), signed d=quinn-family.example selector sig1 (the custom domain's own key). The reader's personal Gmail, no --recipient-domain. Wanted: authenticated (the domain's own aligned signature beside the shared include).`,
    eml: await deliver(
      {
        from: '"Sam Quinn" <sam@quinn-family.example>',
        envelope: 'sam@quinn-family.example',
        relay: ICLOUD,
        signers: [['quinn-family.example', 'sig1']],
        policy: 'QUARANTINE',
        subject: 'Sunday lunch',
        body: 'Robin, lunch at ours on Sunday, 1pm? Sam\r\n',
        messageId: '<A1B2C3D4-143P-4F2A-9E8C-1D6B5A4F3E0P@quinn-family.example>',
        rcpt: 'robin.reader@gmail.com',
      },
      'gmail',
      'p',
    ),
    args: argsFor('gmail', null),
    expect: PASSES,
  });
}
