// Red-team round 182: the two rules added at 22:50.
//
// 1. lib/findings/hosted-server.ts offlineOwnCloudServer (realworld173's Zoom cases): offline, a
//    hosted-server-relay on AWS, Azure or Google Cloud drops to low when the reverse name the
//    provider printed (origin.rdns) is inside the From's organisation (sameOwner) and the provider's
//    own results record dmarc=pass for the From domain and a DKIM pass of its organisation.
//    Read first: where origin.rdns comes from (lib/message/received.ts fromSide). Gmail prints the
//    forward-confirmed PTR in its entry line and refuses mail from addresses without one (550-5.7.25,
//    mail-in-a-box/mailinabox#1746 and #2211, docker-mailserver#2991, corpus "issues"); Exchange
//    Online's `from HELO (IP)` and Yahoo's `from IP (EHLO x)` carry no reverse name (rdns null, the
//    rule never fires); Postfix writes `unknown` without a confirmed name. So a HELO of
//    mail.northbank.example never becomes origin.rdns (held below). What the attacker CAN own is a
//    cloud name the organisation check does not split: the tldts PSL bundled here has no entry for
//    `cloudapp.azure.com` (ownerDomain('x.westeurope.cloudapp.azure.com') is `azure.com`, as for
//    `*.bc.googleusercontent.com` → googleusercontent.com), and every Azure customer may set his
//    public IP's reverse FQDN to his own domainNameLabel under it. azure.com itself sends mail a
//    stranger controls: Azure API Management's notification sender is `apimgmt-noreply@azure.com`
//    (public Bicep/ARM templates, `notificationSenderEmail: 'apimgmt-noreply@azure.com'`, corpus
//    "code" via find_string), and the owner of an APIM instance edits its notification templates.
//    So the instance owner's own signed notice, replayed from his Azure VM named under
//    cloudapp.azure.com, is "the From domain's own server" offline (and online: the PTR and the
//    label's A record are his). NOT confirmed: the selector azure.com signs APIM mail with and
//    azure.com's DMARC policy (modelled s1, p=reject); the real PSL's current Azure entries.
//    Tried and read right (not written or held): Gmail/Yahoo/EOP/Postfix entry lines whose from-word
//    or EHLO is the bank's name; a stranger's EC2 default name (realworld173's twin); compute
//    names under `*.compute-1.amazonaws.com` (a public suffix in the PSL: no owner at all).
//
// 2. lib/findings/sender.ts senderNameClaim (probe181): a Sender other than the From whose NAME
//    claims a brand or shows a domain outside the From's organisation.
//    - Roundcube prints the Sender row whenever the raw Sender differs from the raw From
//      (roundcube/roundcubemail program/actions/mail/show.php message_headers: `if ($value !=
//      $headers['from'])`, corpus "code"): a Sender with the From's ADDRESS but another NAME is drawn,
//      and senderNameClaim skips it (`box.address === fromAddress`).
//    - brandInName misses spellings Outlook still shows as the brand: a hyphen inside the word
//      ("Pay-Pal"), words glued to the brand ("MicrosoftAccountTeam"), and Microsoft's product
//      names without the word Microsoft ("Outlook", "M365", "Windows Defender").
//    - The list exemption (listsSender, low) is the attacker's to take: List-Id and List-Post at his
//      own list host beside his own From domain.
//    - Genuine: Google Calendar's `Sender: Google Calendar <calendar-notification@google.com>` over an
//      organiser's From (public fixtures: a Go package's calendarInviteFixture, a TS test with
//      `dkim=pass header.i=@google.com`, and the kasan-dev Google Groups archive, corpus "code" via
//      find_string "Sender: Google Calendar"); a small firm whose own name holds a brand word
//      ("Amazon Landscaping"), its office sending on behalf of the owner (Outlook delegates,
//      MS-OXCMAIL as probe181 cites).
// Layouts: receivers.ts gmailDelivery / eopDelivery, kit.ts and messages.ts (received, submitted),
// as earlier rounds learnt them. Names and addresses are documentation ones except Azure's and
// Amazon's own ranges (20.61.12.0/24 as probe159 uses it; kit.ts AWS_IP); every key is the corpus key.
import { signCorpus } from '../../helpers/corpus';
import {
  AUTHENTICATED,
  AWS_IP,
  authenticZone,
  emitCase,
  GMAIL,
  genuineBankNotice,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  SIGNED,
  signAll,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { ATTACKER_RELAY, PROBE_ZONE, probeCorpus } from '../rounds-kit';

const READER = 'Robin Reader <robin@reader.example>';
const BOX = ['--authserv-id', RECEIVER];
const WITH_SENDER = [...SIGNED, 'sender'];
const LURE =
  'Dear customer,\r\n\r\nwe could not collect your November payment. To avoid a late fee, confirm your card\r\nat https://northbank-verify.example/pay today.\r\n';

// ---- Part 1: the offline own-cloud-server rule ----------------------------------------------------

/** The APIM instance owner's Azure VM, its reverse FQDN set to its own domainNameLabel. */
const AZ_VM: Relay = {
  helo: 'apim-notify.westeurope.cloudapp.azure.com',
  rdns: 'apim-notify.westeurope.cloudapp.azure.com',
  ip: '20.61.12.50',
};
const AZ_ZONE = {
  'azure.com': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  'spf.protection.outlook.com': { TXT: ['v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 -all'] },
  '_dmarc.azure.com': { TXT: ['v=DMARC1; p=reject'] },
  's1._domainkey.azure.com': KEY(),
  ...ptr(AZ_VM.ip, AZ_VM.rdns),
  [AZ_VM.rdns]: { A: [AZ_VM.ip] },
};
/**
 * The notice APIM sent the instance owner, its template rewritten by him and his instance's
 * publisher name as From's name (no brand word), signed d=azure.com.
 */
const apimNotice = () =>
  signCorpus(
    submitted({
      from: 'Northbank Billing <apimgmt-noreply@azure.com>',
      to: 'dev-owner@attacker.example',
      subject: 'Action required: your Azure subscription payment failed',
      body: 'Your Azure subscription was suspended: the last payment failed.\r\nRestore it at https://azure-billing-restore.example/pay within 24 hours.\r\n',
      messageId: '<apim-182-0001@azure.com>',
    }),
    { domain: 'azure.com', selector: 's1', headerList: SIGNED },
  );

/** The attacker's EC2 in Amazon's network, its HELO the bank's name, EC2's default reverse name. */
const EC2_HELO_BANK: Relay = {
  helo: 'mail.northbank.example',
  rdns: 'ec2-3-120-1-10.eu-central-1.compute.amazonaws.com',
  ip: AWS_IP,
};

// ---- Part 2: the Sender's name ---------------------------------------------------------------------

const attackerSigned = (from: string, extra: string[]) =>
  signCorpus(
    submitted({
      from,
      to: READER,
      subject: 'Your account: payment could not be collected',
      extraHeaders: extra,
      body: LURE,
    }),
    { domain: 'attacker.example', selector: 's1', headerList: WITH_SENDER },
  );

const outlookAttacker = (raw: string) =>
  eopDelivery(raw, {
    ...eopPass(
      ATTACKER_RELAY,
      'bounce@attacker.example',
      'dkim=pass (signature was verified)\r\n header.d=attacker.example',
      'attacker.example',
    ),
    returnPath: 'bounce@attacker.example',
  });
const boxOf = (raw: string, relay: Relay, envelope: string) =>
  onTop(raw, `Return-Path: <${envelope}>`, received({ ...relay, by: RECEIVER, for: 'robin@reader.example' }));

/** A firm on Google Workspace: its organiser's calendar invitation, Sender Google Calendar. */
const QF = 'quayfield-consulting.example';
const WS_OUT: Relay = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};
const QF_ZONE = {
  [QF]: { TXT: ['v=spf1 include:_spf.google.com -all'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  [`_dmarc.${QF}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`google._domainkey.${QF}`]: KEY(),
  '20251104._domainkey.google.com': KEY(),
  ...ptr(WS_OUT.ip, WS_OUT.rdns),
};

/** A small firm whose own name holds a brand word: its office sends on behalf of the owner. */
const AL = 'amazon-landscaping.example';
const AL_RELAY: Relay = { helo: `mail.${AL}`, rdns: `mail.${AL}`, ip: '203.0.113.82' };
const AL_ZONE = { ...authenticZone(AL, AL_RELAY.ip), ...ptr(AL_RELAY.ip, AL_RELAY.rdns) };

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, c);

  // ---- 1a. azure.com's own signed mail from a stranger's VM named under cloudapp.azure.com ----
  const apim = await apimNotice();
  const apimGmail = gmailDelivery(apim, {
    relay: AZ_VM,
    envelope: 'bounce@attacker.example',
    results: [
      gmailDkim('azure.com', 's1'),
      gmailSpf('bounce@attacker.example', AZ_VM.ip, 'none'),
      gmailDmarc('azure.com'),
    ].join('\r\n       '),
    ids: ['x182csp1pxa', 'a182si1qtb.182'],
    spf: undefined,
    deliveredTo: true,
  });
  for (const [sfx, zone] of [
    ['offline', undefined],
    ['online', { ...AZ_ZONE, ...PROBE_ZONE }],
  ] as const)
    emit({
      name: `r182-gmail-${sfx}-azure-com-apim-notice-replayed-from-cloudapp-named-vm`,
      class: 'hosted-server',
      about: `Attack: the owner of an Azure API Management instance rewrites its notification template into a billing lure; APIM sends it to him From apimgmt-noreply@azure.com, signed d=azure.com. He replays it from his own Azure VM (${AZ_VM.ip}) whose reverse FQDN he set to his own label ${AZ_VM.rdns}. Gmail prints that name in its entry line and records dkim=pass and dmarc=pass for azure.com. The organisation check (sameOwner) gives the label the owner azure.com: the PSL bundled has no cloudapp.azure.com entry. ${sfx === 'offline' ? 'Offline' : 'Online (the label resolves to his address: forward-confirmed)'}. Wanted: hosted-server-relay stays medium and not authenticated: a reverse name under a cloud's customer zone is the customer's, not the From domain's.`,
      args: GMAIL,
      eml: apimGmail,
      ...(zone ? { zone } : {}),
      expect: { ...NOT_TRUSTED, findings: ['hosted-server-relay'] },
    });

  // ---- 1b. Held: the bank's name as HELO only (Gmail prints the PTR; the box prints unknown) ----
  const notice = await genuineBankNotice();
  emit({
    name: 'r182-gmail-offline-bank-replay-from-ec2-helo-bank-held',
    class: 'hosted-server',
    about: `Held: the bank's genuine signed notice replayed from an EC2 instance (${AWS_IP}) that says EHLO mail.northbank.example; Gmail prints EC2's own reverse name beside it and records dkim=pass and dmarc=pass for northbank.example. origin.rdns is EC2's name, not the HELO, so offlineOwnCloudServer does not lower it. Wanted: hosted-server-relay, not authenticated.`,
    args: GMAIL,
    eml: gmailDelivery(notice, {
      relay: EC2_HELO_BANK,
      envelope: 'bounce@attacker.example',
      results: [
        gmailDkim('northbank.example', 'nb1'),
        gmailSpf('bounce@attacker.example', AWS_IP, 'none'),
        gmailDmarc('northbank.example'),
      ].join('\r\n       '),
      ids: ['x182csp2pxa', 'a182si2qtb.182'],
      deliveredTo: true,
    }),
    expect: { ...NOT_TRUSTED, findings: ['hosted-server-relay'] },
  });
  emit({
    name: 'r182-box-offline-bank-replay-from-ec2-helo-bank-unknown-held',
    class: 'hosted-server',
    about: `Held: the same replay into the reader's Postfix box, which writes \`from mail.northbank.example (unknown [${AWS_IP}])\` and its own OpenDKIM/OpenDMARC passes for northbank.example above its entry. No reverse name: the rule cannot fire. Wanted: hosted-server-relay, not authenticated.`,
    args: BOX,
    eml: onTop(
      notice,
      'Return-Path: <bounce@attacker.example>',
      `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass (2048-bit key) header.d=northbank.example header.i=@northbank.example header.b=Q29ycHVz;\r\n\tdmarc=pass (p=reject dis=none) header.from=northbank.example`,
      received({
        helo: 'mail.northbank.example',
        rdns: 'unknown',
        ip: AWS_IP,
        by: RECEIVER,
        for: 'robin@reader.example',
      }),
    ),
    expect: { ...NOT_TRUSTED, findings: ['hosted-server-relay'] },
  });

  // ---- 2a. The From's own address under a brand's name: Roundcube draws it, the rule skips it ----
  emit({
    name: 'r182-box-sender-same-address-as-from-brand-name',
    class: 'sender-display',
    about:
      'Attack: From "Jane Doe" <jane@attacker.example>, Sender "PayPal Resolution Center" <jane@attacker.example> (the same address, another name); the attacker\'s domain signs and passes. Roundcube prints the Sender row because the raw fields differ (show.php: `$value != $headers[\'from\']`): "Sender: PayPal Resolution Center". senderNameClaim skips a Sender whose address equals the From\'s. Wanted: sender-display-name, not trusted.',
    args: BOX,
    eml: boxOf(
      await attackerSigned('Jane Doe <jane@attacker.example>', [
        'Sender: "PayPal Resolution Center" <jane@attacker.example>',
      ]),
      ATTACKER_RELAY,
      'bounce@attacker.example',
    ),
    zone: PROBE_ZONE,
    expect: { ...NOT_TRUSTED, findings: ['sender-display-name'] },
  });

  // ---- 2b. Brand spellings brandInName misses, in Outlook's "X on behalf of Y" ----
  const spellings: Array<[string, string, string]> = [
    ['hyphen-in-brand', 'Pay-Pal Resolution Center', 'PayPal with a hyphen inside the word'],
    ['glued-words', 'MicrosoftAccountTeam', 'Microsoft glued to the desk words'],
    ['product-name-outlook', 'Outlook Security Team', "Microsoft's mail product, without the word Microsoft"],
    ['product-name-m365', 'M365 Admin Center', "Microsoft 365's short name"],
  ];
  for (const [slug, name, what] of spellings)
    emit({
      name: `r182-outlook-sender-name-${slug}-online`,
      class: 'sender-display',
      about: `Attack: From "Jane Doe" <jane@attacker.example>, Sender "${name}" <service@attacker.example> (${what}); the attacker's domain passes SPF, DKIM and DMARC at Exchange Online. Outlook shows "${name} <service@attacker.example> on behalf of Jane Doe". brandInName reads no brand in the name. Wanted: sender-display-name, not trusted.`,
      args: OUTLOOK,
      eml: outlookAttacker(
        await attackerSigned('Jane Doe <jane@attacker.example>', [
          `Sender: "${name}" <service@attacker.example>`,
        ]),
      ),
      zone: PROBE_ZONE,
      expect: { ...NOT_TRUSTED, findings: ['sender-display-name'] },
    });

  // ---- 2c. Forged list fields take the list exemption (low) ----
  emit({
    name: 'r182-outlook-sender-brand-name-forged-list-fields-online',
    class: 'sender-display',
    about:
      'Attack: From "Jane Doe" <jane@attacker.example>; Sender "PayPal Resolution Center" <resolution-bounces@lists.attacker.example>; List-Id <resolution.lists.attacker.example> and List-Post <mailto:resolution@lists.attacker.example> written by the attacker, at his own host, in the From\'s own organisation. listsSender takes it for a list\'s own Sender and the finding drops to low. Outlook shows "PayPal Resolution Center on behalf of Jane Doe". Wanted: sender-display-name at medium, not trusted.',
    args: OUTLOOK,
    eml: outlookAttacker(
      await attackerSigned('Jane Doe <jane@attacker.example>', [
        'Sender: "PayPal Resolution Center" <resolution-bounces@lists.attacker.example>',
        'List-Id: <resolution.lists.attacker.example>',
        'List-Post: <mailto:resolution@lists.attacker.example>',
        'Precedence: list',
      ]),
    ),
    zone: PROBE_ZONE,
    expect: { ...NOT_TRUSTED, findings: ['sender-display-name'] },
  });

  // ---- 2d. Held: encoded-word and comment forms of the Sender's name ----
  for (const [slug, sender] of [
    ['encoded-word', '=?utf-8?B?UGF5UGFsIFNlcnZpY2U=?= <service@attacker.example>'],
    ['comment-name', 'service@attacker.example (PayPal Service)'],
  ] as const)
    emit({
      name: `r182-outlook-sender-name-${slug}-held`,
      class: 'sender-display',
      about: `Held: Sender ${sender} (the name PayPal Service as ${slug === 'encoded-word' ? 'an RFC 2047 encoded-word' : 'an RFC 5322 comment'}) over From "Jane Doe" <jane@attacker.example>, the attacker's domain passing. parseMailboxes decodes both. Wanted: sender-display-name, not trusted.`,
      args: OUTLOOK,
      eml: outlookAttacker(await attackerSigned('Jane Doe <jane@attacker.example>', [`Sender: ${sender}`])),
      zone: PROBE_ZONE,
      expect: { ...NOT_TRUSTED, findings: ['sender-display-name'] },
    });

  // ---- 2e. Genuine: Google Calendar's Sender over a Workspace organiser ----
  const invite = await signAll(
    submitted({
      from: `Tim Staton <tim@${QF}>`,
      to: READER,
      subject: 'Invitation: Harbour review @ Mon 30 Nov 2026 16:00 - 16:30 (GMT)',
      extraHeaders: [
        `Reply-To: Tim Staton <tim@${QF}>`,
        'Sender: Google Calendar <calendar-notification@google.com>',
      ],
      messageId: '<calendar-7c3801a1-182a-40ee-8e9a-afc199ab1b85@google.com>',
      body: 'You have been invited to the following event.\r\n\r\nHarbour review\r\nMonday 30 Nov 2026 16:00 - 16:30 (GMT)\r\n',
    }),
    [
      [QF, 'google'],
      ['google.com', '20251104'],
    ],
    WITH_SENDER,
  );
  for (const [sfx, zone] of [
    ['online', QF_ZONE],
    ['offline', undefined],
  ] as const)
    emit({
      name: `r182-gmail-${sfx}-genuine-google-calendar-sender-over-organiser`,
      class: 'sender-display',
      about: `Genuine: a Workspace user's calendar invitation: From Tim Staton <tim@${QF}>, Sender Google Calendar <calendar-notification@google.com>, signed d=${QF} and d=google.com (the public fixture's dkim=pass header.i=@google.com), sent from Google's ${WS_OUT.rdns}. The Sender names its own domain's brand. Wanted: authenticated, no sender-display-name.`,
      args: GMAIL,
      eml: gmailDelivery(invite, {
        relay: WS_OUT,
        envelope: `tim@${QF}`,
        results: [
          gmailDkim(QF, 'google'),
          gmailDkim('google.com', '20251104'),
          gmailSpf(`tim@${QF}`, WS_OUT.ip),
          gmailDmarc(QF, 'QUARANTINE'),
        ].join('\r\n       '),
        ids: ['x182csp3pxa', 'a182si3qtb.182'],
        spf: 'pass',
        deliveredTo: true,
      }),
      ...(zone ? { zone } : {}),
      expect: { ...AUTHENTICATED, absentFindings: ['sender-display-name'] },
    });

  // ---- 2f. Genuine: a firm named after a brand word, its office on behalf of the owner ----
  const office = await signCorpus(
    submitted({
      from: `Marta Reyes <marta@${AL}>`,
      to: READER,
      subject: 'Quote 2026-118 for the spring planting',
      extraHeaders: [`Sender: "Amazon Landscaping Office" <office@${AL}>`],
      body: 'Hello Robin,\r\n\r\nattached is the quote for the spring planting we discussed.\r\n\r\nMarta\r\n',
    }),
    { domain: AL, selector: 's1', headerList: WITH_SENDER },
  );
  emit({
    name: 'r182-outlook-genuine-firm-named-after-brand-word-delegate-online',
    class: 'sender-display',
    about: `Genuine: Amazon Landscaping (${AL}), a small firm whose name holds a brand word; its office mailbox sends on behalf of the owner: Sender "Amazon Landscaping Office" <office@${AL}>, From Marta Reyes <marta@${AL}>, signed by ${AL}. Outlook shows "Amazon Landscaping Office on behalf of Marta Reyes". The brand word is the firm's own domain label. Wanted: authenticated.`,
    args: OUTLOOK,
    eml: eopDelivery(office, {
      ...eopPass(AL_RELAY, `office@${AL}`, `dkim=pass (signature was verified)\r\n header.d=${AL}`, AL),
      returnPath: `office@${AL}`,
    }),
    zone: AL_ZONE,
    expect: AUTHENTICATED,
  });
}

// Found pending (read wrong on 2026-12-06, after the 22:50 rules); A, B, D, E and C but for Outlook
// fixed at 23:1x the same evening (what follows is the diagnosis as found, then the fixes):
// A. r182-gmail-{offline,online}-azure-com-apim-notice-replayed-from-cloudapp-named-vm read
//    AUTHENTICATED (hosted-server-relay:low): a stranger's Azure VM named under cloudapp.azure.com
//    counts as azure.com's own server. lib/findings/hosted-server.ts offlineOwnCloudServer (and the
//    online branch of ownServerEvidence) ask sameOwner(o.rdns, from), and the bundled PSL has no
//    cloudapp.azure.com entry, so the customer's label is "inside" azure.com; Azure then confirms
//    the name for whoever holds the label. Should read suspicious (hosted-server-relay medium).
//    Smallest fix: in both branches, no lowering when inOpenZone(o.rdns) (lib/message/receiver-hosts:
//    already true for *.cloudapp.azure.com; add *.bc.googleusercontent.com, which ownerDomain gives
//    to googleusercontent.com). Could hurt: a platform's own relay named under its cloud's customer
//    zone with its From at the platform's domain (none found; Microsoft's own mail leaves through
//    EOP, an ESP).
// B. r182-box-sender-same-address-as-from-brand-name reads AUTHENTICATED with no finding: Roundcube
//    draws the Sender row (raw fields differ) but lib/findings/sender.ts senderNameClaim skips a
//    Sender whose address is the From's. Fix: skip it only when its name is the From's name too
//    (or empty). Could hurt: a client that writes Sender = From with another name (none found).
// C. r182-outlook-sender-name-{hyphen-in-brand,glued-words,product-name-outlook,product-name-m365}-online
//    read AUTHENTICATED with no finding: lib/findings/domains.ts brandInName reads no brand in
//    "Pay-Pal …", "MicrosoftAccountTeam", "Outlook Security Team", "M365 Admin Center". The same
//    names in From's name are missed alike (display-name rules share brandInName). Fix: read the
//    name once more with hyphens inside a word dropped and with camel-case humps split, and add
//    Microsoft's product words (outlook, m365, o365, microsoft 365 / windows defender) to its words,
//    with outlook.com, live.com, hotmail.com as its domains. Could hurt: a person or firm named
//    "Outlook" ("Outlook Travel"), already a risk the brand list takes for every word.
// D. r182-outlook-sender-brand-name-forged-list-fields-online reads AUTHENTICATED with
//    sender-display-name:low: listsSender believes List-Id and List-Post the attacker writes at his
//    own host. Fix: keep the list's low only where the list host is outside the From's organisation
//    (a list relaying someone else's post) or its own signature verifies as the list host AND the
//    Sender's name is the list's name (List-Id's phrase or first label). Could hurt: a firm's own
//    Mailman list named after a product, From not munged (reads medium then; a munged From already
//    carries the same name in From's own name).
// E. r182-outlook-genuine-firm-named-after-brand-word-delegate-online reads SUSPICIOUS
//    (sender-display-name:medium) for a genuine delegate of "Amazon Landscaping": senderNameClaim
//    asks only whether the brand is the Sender's or From's brand domain. Fix: no claim when the
//    Sender is in the From's organisation and the brand word is part of that organisation's label
//    (amazon-landscaping.example holds "amazon"); an attacker's look-alike domain is the look-alike
//    rules' business. Could hurt: nothing found.
// Fixed: A, lib/findings/hosted-server.ts ownServerEvidence (online and offline): a reverse name in
// an open zone (inOpenZone: an Azure region's cloudapp.azure.com labels, and now Google Cloud's
// bc.googleusercontent.com names) is never the From domain's own server. B, lib/findings/sender.ts
// senderNameClaim: a Sender with the From's address is passed over only under the From's own name.
// D: a list's own Sender excuses the name only at a list host outside the From's organisation.
// E (and real-mail round 174's Microsoft 365 groups named "AWS Platform Team", "Microsoft 365
// Champions"): the finding is medium only where the name is the brand's desk and nothing else
// ("PayPal Resolution Center"), disguised, glued into one word or a domain; a name with words of its
// own beside the brand's is a low note. C: a hyphen inside a brand's word is read joined
// (brandOnSomeReading, lib/findings/domains.ts: From names too), a one-word Sender name is read for
// a brand glued to desk words (brandGluedInMailbox).
// Still pending: "Outlook Security Team" (r182-outlook-sender-name-product-name-outlook-online):
// "outlook" is an English word ("Weekly Market Outlook"), and as a brand word it would flag
// newsletters' From names everywhere; kept out. "M365 Admin Center"
// (r182-outlook-sender-name-product-name-m365-online): "m365" as Microsoft's word was tried and
// taken back the same hour, as it made a genuine university list "campus-m365", munging its author's
// From to "IT Service Desk via campus-m365", read suspicious (rw13-list-munged-author-microsoft-
// support-at-university-gmail: display-name-brand on the From). Teams and lists name themselves
// after the product they run.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'r182-outlook-sender-name-product-name-outlook-online',
  'r182-outlook-sender-name-product-name-m365-online',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
