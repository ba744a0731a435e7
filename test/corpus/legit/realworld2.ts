// Real-world delivery shapes, second round: what the red-team's second round (adversarial/probe2.ts)
// could make HeaderLens misread in ordinary mail. A whole message carried as message/rfc822 (Mailman
// 3's wrap_message DMARC mitigation, a user forwarding a notice as an attachment), oversigned DKIM
// headers (rspamd), Sender fields of services that send for a person (Google Calendar, Gmail's
// "Send mail as"), Sympa's DMARC protection, and ESPs sending under their own envelope with two
// signatures (Amazon SES without a custom MAIL FROM, Postmark with a custom Return-Path).
// Shapes (not contents) from public material; each case's `about` names its source. Names and
// addresses are documentation ones (RFC 2606, RFC 5737) except a provider's own hosts and ranges;
// every key is the corpus test key.
import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { dkimRaw } from '../../helpers/raw-sign';
import { sealAs } from '../gateway-layouts';
import { ARGS, KEY, legitCorpus, ptr, RECEIVER, SIGNED, SIGNED_NO_REPLY_TO } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { gmailDelivery } from '../receivers';

const entry = (helo: string, ip: string) =>
  received({ helo, rdns: helo, ip, by: RECEIVER, id: '4Qx2A00abc', for: 'robin@reader.example' });

/**
 * Shapes that HeaderLens gets wrong today: written out by `makeAll` only, with what they should
 * give once the engine is fixed. Take a name out of this list when its fix lands.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

/** The corpus: every shape that comes out right, each also promising never to be "spoofed". */
export function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

/** Every shape, the pending ones included. */
export async function makeAll(write: CaseWriter): Promise<void> {
  await wrapped(write);
  await signing(write);
  await onBehalf(write);
  await esps(write);
  await records(write);
}

/** A whole message carried as message/rfc822. */
async function wrapped(write: CaseWriter): Promise<void> {
  // Mailman 3 wrap_message: the author's signed post inside, an outer message From the list.
  const post = await signCorpus(
    submitted({
      from: 'Anne Person <anne@quarkfield.example>',
      to: 'ant@lists.example',
      subject: 'Meeting notes',
      body: 'Notes from Tuesday are on the wiki.\r\n',
    }),
    { domain: 'quarkfield.example', selector: 's1', headerList: SIGNED },
  );
  const boundary = '===============4316247859102938476==';
  const outer = await signCorpus(
    [
      'From: Anne Person via Ant <ant@lists.example>',
      'To: ant@lists.example',
      'Subject: Meeting notes',
      'Date: Fri, 20 Nov 2026 10:00:02 +0000',
      'Message-ID: <160587600203.4711.1234567890@lists.example>',
      'Reply-To: Anne Person <anne@quarkfield.example>',
      'MIME-Version: 1.0',
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      'List-Id: Ant <ant.lists.example>',
      'List-Post: <mailto:ant@lists.example>',
      'List-Unsubscribe: <mailto:ant-leave@lists.example>',
      'X-Mailman-Version: 3.3.9',
      'Precedence: list',
      '',
      `--${boundary}`,
      'Content-Type: text/plain; charset="us-ascii"',
      'MIME-Version: 1.0',
      'Content-Transfer-Encoding: 7bit',
      'Content-Disposition: inline',
      '',
      'The original message is attached.',
      `--${boundary}`,
      'Content-Type: message/rfc822',
      'MIME-Version: 1.0',
      'Content-Disposition: inline',
      '',
      post,
      `--${boundary}--`,
      '',
    ].join('\r\n'),
    { domain: 'lists.example', selector: 'ml1', headerList: SIGNED },
  );
  write('rw2-mailman3-wrap-message', {
    eml: onTop(
      outer,
      'Return-Path: <ant-bounces+robin=reader.example@lists.example>',
      entry('mail.lists.example', '198.51.100.80'),
    ),
    zone: {
      'lists.example': { TXT: ['v=spf1 ip4:198.51.100.80 -all'] },
      'ml1._domainkey.lists.example': KEY(),
      '_dmarc.lists.example': { TXT: ['v=DMARC1; p=none'] },
      's1._domainkey.quarkfield.example': KEY(),
      '_dmarc.quarkfield.example': { TXT: ['v=DMARC1; p=reject'] },
      ...ptr('198.51.100.80', 'mail.lists.example'),
    },
    meta: {
      about:
        'A Mailman 3 post by a p=reject author under the wrap_message DMARC mitigation: outer From "Anne Person via Ant" <ant@lists.example>, Reply-To the author, the original (signed) post as a message/rfc822 part after "The original message is attached." (Mailman 3 source docs, handlers/docs/dmarc-mitigations.rst, as mirrored in masomel/py-import-analysis)',
      class: 'mailing-list',
      args: ARGS,
      expect: { verdict: ['authenticated', 'unverified'] },
    },
  });

  // Forward as attachment: a user sends a suspicious-looking notice to the security desk.
  const notice = await signCorpus(
    submitted({ from: 'Northbank <alerts@northbank.example>', subject: 'Your card has been blocked' }),
    { domain: 'northbank.example', selector: 'sel1', headerList: SIGNED },
  );
  const fwdBoundary = '_004_AM9P193MB1234EURP_';
  const forward = await signCorpus(
    [
      'From: Dana Clerk <dana@northwind.example>',
      'To: Security Desk <security@reader.example>',
      'Subject: FW: Your card has been blocked',
      'Date: Fri, 20 Nov 2026 10:00:01 +0000',
      'Message-ID: <AM9P193MB1234ABCD@AM9P193MB1234.EURP193.PROD.OUTLOOK.COM>',
      'MIME-Version: 1.0',
      `Content-Type: multipart/mixed; boundary="${fwdBoundary}"`,
      '',
      `--${fwdBoundary}`,
      'Content-Type: text/plain; charset="us-ascii"',
      '',
      'Is this one genuine? Forwarded as an attachment so you get the headers.',
      `--${fwdBoundary}`,
      'Content-Type: message/rfc822',
      'Content-Disposition: attachment; filename="Your card has been blocked.eml"',
      '',
      notice,
      `--${fwdBoundary}--`,
      '',
    ].join('\r\n'),
    { domain: 'northwind.example', selector: 'selector1', headerList: SIGNED },
  );
  write('rw2-forward-as-attachment', {
    eml: onTop(
      forward,
      'Return-Path: <dana@northwind.example>',
      entry('mail.northwind.example', '198.51.100.90'),
    ),
    zone: {
      'northwind.example': { TXT: ['v=spf1 ip4:198.51.100.90 -all'] },
      'selector1._domainkey.northwind.example': KEY(),
      '_dmarc.northwind.example': { TXT: ['v=DMARC1; p=reject'] },
      'sel1._domainkey.northbank.example': KEY(),
      'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
      '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
    },
    meta: {
      about:
        'A user forwarding a bank notice to the security desk "as attachment" (Outlook: More actions → Forward as attachment, the notice as an .eml message/rfc822 part): the outer message is the user’s own, authenticated; the attached notice’s headers must not be read as the outer one’s (Microsoft Support, "Forward an email as an attachment")',
      class: 'forward-attachment',
      args: ARGS,
      expect: { verdict: 'authenticated', fields: { 'from.domain': 'northwind.example' } },
    },
  });
}

/** DKIM signatures as other signers make them. */
async function signing(write: CaseWriter): Promise<void> {
  // rspamd's dkim_signing oversigns: each of From, To, Subject… is listed once more than present.
  const raw = submitted({
    from: 'Lakeside Club <news@lakeside.example>',
    subject: 'Winter opening hours',
    extraHeaders: ['Reply-To: Lakeside Club <office@lakeside.example>'],
  });
  const names = [
    'from',
    'from',
    'reply-to',
    'reply-to',
    'subject',
    'subject',
    'date',
    'date',
    'to',
    'to',
    'message-id',
    'mime-version',
    'content-type',
  ];
  const signedRaw = dkimRaw(
    raw,
    (bh) =>
      `v=1; a=rsa-sha256; c=relaxed/relaxed; d=lakeside.example; s=dkim; t=1795168800; h=${names.join(':')}; bh=${bh}; b=`,
    names,
    corpusKeys().rsaPem,
  );
  write('rw2-rspamd-oversigned', {
    eml: onTop(
      signedRaw,
      'Return-Path: <news@lakeside.example>',
      entry('mail.lakeside.example', '198.51.100.30'),
    ),
    zone: {
      'lakeside.example': { TXT: ['v=spf1 ip4:198.51.100.30 -all'] },
      'dkim._domainkey.lakeside.example': KEY(),
      '_dmarc.lakeside.example': { TXT: ['v=DMARC1; p=quarantine'] },
    },
    meta: {
      about:
        'A club newsletter signed by rspamd with its default oversigning (h= names From, Reply-To, Subject, Date and To twice, so no second copy can be added): the signature verifies with one of each (rspamd docs, "DKIM signing module": sign_headers with "(o)" oversigned headers; RFC 6376 §8.15)',
      class: 'dkim-signer',
      args: ARGS,
      expect: { verdict: 'authenticated' },
    },
  });
}

/** Services that send for a person and say so in Sender. */
async function onBehalf(write: CaseWriter): Promise<void> {
  // Google Calendar invitation from a Google Workspace user.
  const invite = await signCorpus(
    await signCorpus(
      submitted({
        from: 'Alice Martin <alice@quarkfield.example>',
        subject: 'Invitation: Q4 review @ Tue 1 Dec 2026 10am - 11am (GMT) (robin@reader.example)',
        extraHeaders: [
          'Sender: Google Calendar <calendar-notification@google.com>',
          'Reply-To: Alice Martin <alice@quarkfield.example>',
        ],
      }),
      { domain: 'quarkfield.example', selector: 'google', headerList: [...SIGNED, 'sender'] },
    ),
    { domain: 'google.com', selector: '20230601', headerList: [...SIGNED, 'sender'] },
  );
  write('rw2-google-calendar-invite', {
    eml: onTop(
      invite,
      'Return-Path: <3abcDEFghIJklmnop.qrstuvwx@calendar-server.bounces.google.com>',
      entry('mail-sor-f73.google.com', '209.85.220.73'),
    ),
    zone: {
      'calendar-server.bounces.google.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
      '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
      '20230601._domainkey.google.com': KEY(),
      '_dmarc.google.com': { TXT: ['v=DMARC1; p=reject'] },
      'google._domainkey.quarkfield.example': KEY(),
      '_dmarc.quarkfield.example': { TXT: ['v=DMARC1; p=reject'] },
      ...ptr('209.85.220.73', 'mail-sor-f73.google.com'),
    },
    meta: {
      about:
        'A Google Calendar invitation from a Google Workspace user: From the organiser, Sender "Google Calendar" <calendar-notification@google.com>, envelope at calendar-server.bounces.google.com, signed by the Workspace domain and by google.com (Google Calendar Help, "Invitations sent from calendar-notification@google.com"; header layout as in public invitation samples, not confirmed byte for byte)',
      class: 'on-behalf',
      args: ARGS,
      expect: { verdict: 'authenticated', absentFindings: ['sender-other-org', 'lookalike-domain'] },
    },
  });

  // Gmail "Send mail as" a custom address without the domain's own SMTP server.
  const alias = await signCorpus(
    submitted({
      from: 'Sam Okafor <sam@okafor-design.example>',
      subject: 'Quote for the logo work',
      extraHeaders: ['Sender: sam.okafor.design@gmail.com'],
    }),
    { domain: 'gmail.com', selector: '20230601', headerList: [...SIGNED, 'sender'] },
  );
  write('rw2-gmail-send-as-alias-pnone', {
    eml: onTop(
      alias,
      'Return-Path: <sam.okafor.design@gmail.com>',
      entry('mail-sor-f41.google.com', '209.85.220.41'),
    ),
    zone: {
      'gmail.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
      '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
      '20230601._domainkey.gmail.com': KEY(),
      '_dmarc.gmail.com': { TXT: ['v=DMARC1; p=none; sp=quarantine'] },
      'okafor-design.example': { TXT: ['v=spf1 include:_spf.google.com ~all'] },
      '_dmarc.okafor-design.example': { TXT: ['v=DMARC1; p=none'] },
      ...ptr('209.85.220.41', 'mail-sor-f41.google.com'),
    },
    meta: {
      about:
        'A freelancer sending from a custom address through Gmail’s "Send mail as" without the domain’s own SMTP server: Sender the gmail.com account (Outlook shows "on behalf of"), DKIM d=gmail.com, envelope at gmail.com; the custom domain publishes p=none (Gmail Help, "Send emails from a different address or alias")',
      class: 'on-behalf',
      args: ARGS,
      expect: { verdict: 'unverified' },
    },
  });

  // Sympa with DMARC protection: From rewritten to the list, the author's name kept.
  const sympa = await signCorpus(
    submitted({
      from: '"Alice Martin (via hikers)" <hikers@lists.example>',
      to: 'hikers@lists.example',
      subject: '[hikers] Saturday route',
      extraHeaders: [
        'Reply-To: hikers@lists.example',
        'X-Original-From: Alice Martin <alice.martin@yahoo.com>',
        'List-Id: <hikers.lists.example>',
        'List-Post: <mailto:hikers@lists.example>',
        'List-Unsubscribe: <mailto:sympa@lists.example?subject=unsubscribe%20hikers>',
        'X-Loop: hikers@lists.example',
        'X-Sequence: 4711',
        'Precedence: list',
        'Sender: hikers-request@lists.example',
      ],
      body: 'We start at 9 from the station.\r\n',
    }),
    { domain: 'lists.example', selector: 'sympa', headerList: [...SIGNED, 'sender', 'list-id'] },
  );
  write('rw2-sympa-dmarc-protection', {
    eml: onTop(
      sympa,
      'Return-Path: <hikers-owner@lists.example>',
      entry('sympa.lists.example', '198.51.100.81'),
    ),
    zone: {
      'lists.example': { TXT: ['v=spf1 ip4:198.51.100.80/31 -all'] },
      'sympa._domainkey.lists.example': KEY(),
      '_dmarc.lists.example': { TXT: ['v=DMARC1; p=none'] },
      ...ptr('198.51.100.81', 'sympa.lists.example'),
    },
    meta: {
      about:
        'A Sympa 6.2 list post with DMARC protection (dmarc_protection.mode dmarc_reject, phrase name_via_list): From rewritten to the list address with the author’s name, X-Original-From the author, Sender the list’s -request address, envelope -owner, DKIM by the list (Sympa docs, sympa.conf(5) dmarc_protection_*; header names as Sympa writes them, phrase not confirmed byte for byte)',
      class: 'mailing-list',
      args: ARGS,
      expect: { verdict: 'authenticated' },
    },
  });
}

/** ESPs under their own envelope, with the customer's and their own signature. */
async function esps(write: CaseWriter): Promise<void> {
  // Amazon SES without a custom MAIL FROM: envelope at amazonses.com, Easy DKIM + amazonses.com.
  const ses = await signCorpus(
    await signCorpus(
      submitted({
        from: 'ShopCo <orders@shopco.example>',
        subject: 'Your order has shipped',
        messageId: '<0101018b1a2b3c4d-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9-000000@us-west-2.amazonses.com>',
        extraHeaders: [
          'X-SES-Outgoing: 2026.11.20-54.240.27.38',
          'Feedback-ID: 1.us-west-2.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789ABCDEFG=:AmazonSES',
        ],
      }),
      { domain: 'shopco.example', selector: 'x7k2m4p6q8r0s2t4v6w8y0z2a4b6c8d0', headerList: SIGNED },
    ),
    { domain: 'amazonses.com', selector: 'gdwg2y3kokkkj5a55z2ilkup5wp5hhxx', headerList: SIGNED },
  );
  write('rw2-ses-shared-mail-from', {
    eml: onTop(
      ses,
      'Return-Path: <0101018b1a2b3c4d-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9-000000@us-west-2.amazonses.com>',
      entry('a27-38.smtp-out.us-west-2.amazonses.com', '54.240.27.38'),
    ),
    zone: {
      'us-west-2.amazonses.com': { TXT: ['v=spf1 ip4:54.240.0.0/18 ip4:69.169.224.0/20 -all'] },
      'gdwg2y3kokkkj5a55z2ilkup5wp5hhxx._domainkey.amazonses.com': KEY(),
      'x7k2m4p6q8r0s2t4v6w8y0z2a4b6c8d0._domainkey.shopco.example': {
        CNAME: ['x7k2m4p6q8r0s2t4v6w8y0z2a4b6c8d0.dkim.amazonses.com'],
      },
      'x7k2m4p6q8r0s2t4v6w8y0z2a4b6c8d0.dkim.amazonses.com': KEY(),
      '_dmarc.shopco.example': { TXT: ['v=DMARC1; p=quarantine'] },
      ...ptr('54.240.27.38', 'a27-38.smtp-out.us-west-2.amazonses.com'),
    },
    meta: {
      about:
        'A shop’s notice through Amazon SES without a custom MAIL FROM domain: envelope and Message-ID at us-west-2.amazonses.com, X-SES-Outgoing and Feedback-ID, Easy DKIM (selector CNAMEd to dkim.amazonses.com) plus SES’s own d=amazonses.com signature, from a27-38.smtp-out.us-west-2.amazonses.com (layout of a public SES delivery in qianweicheng/hello-world protocol/email/security/demo.md; AWS SES Developer Guide, "Easy DKIM")',
      class: 'esp',
      args: ARGS,
      expect: { verdict: 'authenticated' },
    },
  });

  // Postmark with a custom Return-Path (pm-bounces CNAME) and its own pm.mtasv.net signature.
  const pm = await signCorpus(
    await signCorpus(
      submitted({
        from: 'Forge Alerts <alerts@forge.example>',
        subject: 'Build #4471 failed',
        extraHeaders: [
          'X-PM-Message-Id: 5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
          'X-PM-RCPT: |bTB8MTIzNDU2fDU2Nzg5MA==|',
        ],
      }),
      { domain: 'forge.example', selector: '20240101pm', headerList: SIGNED },
    ),
    { domain: 'pm.mtasv.net', selector: 'pm', headerList: SIGNED },
  );
  write('rw2-postmark-custom-return-path', {
    eml: onTop(
      pm,
      'Return-Path: <pm_bounces@pm-bounces.forge.example>',
      entry('sc-ord-mta117.mtasv.net', '50.31.156.117'),
    ),
    zone: {
      'pm-bounces.forge.example': { CNAME: ['pm.mtasv.net'] },
      'pm.mtasv.net': { TXT: ['v=spf1 ip4:50.31.156.0/24 ip4:104.245.209.192/26 ~all'] },
      'pm._domainkey.pm.mtasv.net': KEY(),
      '20240101pm._domainkey.forge.example': KEY(),
      '_dmarc.forge.example': { TXT: ['v=DMARC1; p=reject'] },
      ...ptr('50.31.156.117', 'sc-ord-mta117.mtasv.net'),
    },
    meta: {
      about:
        'A CI notification through Postmark: custom Return-Path pm_bounces@pm-bounces.forge.example (CNAME to pm.mtasv.net), the customer’s DKIM (selector NNNNNNNNpm) and Postmark’s own pm.mtasv.net signature, X-PM-Message-Id (Postmark support, "How do I set up a custom Return-Path?" and "DKIM")',
      class: 'esp',
      args: ARGS,
      expect: { verdict: 'authenticated' },
    },
  });
}

/** DNS records and envelopes as real domains write them. */
async function records(write: CaseWriter): Promise<void> {
  // Google Workspace before the admin set up DKIM: Google signs as <domain>.<date>.gappssmtp.com.
  const gapps = await signCorpus(
    submitted({ from: 'Alice Martin <alice@quarkfield.example>', subject: 'Draft contract attached' }),
    { domain: 'quarkfield-example.20230601.gappssmtp.com', selector: '20230601', headerList: SIGNED },
  );
  write('rw2-workspace-default-gappssmtp-dkim', {
    eml: onTop(
      gapps,
      'Return-Path: <alice@quarkfield.example>',
      entry('mail-sor-f65.google.com', '209.85.220.65'),
    ),
    zone: {
      'quarkfield.example': { TXT: ['v=spf1 include:_spf.google.com ~all'] },
      '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ip6:2001:4860:4000::/36 ~all'] },
      '20230601._domainkey.quarkfield-example.20230601.gappssmtp.com': KEY(),
      '_dmarc.quarkfield.example': { TXT: ['v=DMARC1; p=quarantine'] },
      ...ptr('209.85.220.65', 'mail-sor-f65.google.com'),
    },
    meta: {
      about:
        'A Google Workspace user whose admin never set up DKIM: Google signs with its default key, d=quarkfield-example.20230601.gappssmtp.com (unaligned), and DMARC passes on aligned SPF through include:_spf.google.com (Google Workspace Admin Help, "Set up DKIM": messages are signed with a default DKIM key until you set up your own)',
      class: 'provider',
      args: ARGS,
      expect: { verdict: 'authenticated' },
    },
  });

  // An IDN shop: From in UTF-8 (SMTPUTF8), Reply-To and Sender written by its shop software in
  // A-labels, signed without Reply-To (as Microsoft 365 signs), sent through its ESP's envelope.
  const idn = await signCorpus(
    submitted({
      from: 'Bücherstube Korn <info@bücherstube.example>',
      subject: 'Ihre Bestellung 4471',
      extraHeaders: [
        'Reply-To: Bestellungen <bestellung@xn--bcherstube-9db.example>',
        'Sender: shop@xn--bcherstube-9db.example',
      ],
      body: 'Guten Tag,\r\n\r\nIhre Bestellung ist eingegangen.\r\n',
    }),
    {
      domain: 'xn--bcherstube-9db.example',
      selector: 's1',
      headerList: SIGNED_NO_REPLY_TO,
    },
  );
  write('rw2-idn-reply-to-a-label', {
    eml: onTop(
      idn,
      'Return-Path: <bounces+4471@esp-mail.example>',
      entry('o1.esp-mail.example', '198.51.100.120'),
    ),
    zone: {
      'esp-mail.example': { TXT: ['v=spf1 ip4:198.51.100.120 -all'] },
      's1._domainkey.xn--bcherstube-9db.example': KEY(),
      '_dmarc.xn--bcherstube-9db.example': { TXT: ['v=DMARC1; p=reject'] },
      ...ptr('198.51.100.120', 'o1.esp-mail.example'),
    },
    meta: {
      about:
        'A shop with an IDN domain: From in UTF-8 (RFC 6532), Reply-To and Sender in A-labels as its shop software writes them, DKIM d= in A-labels without Reply-To in h=, the envelope its ESP’s: the two spellings are one domain (RFC 8616 §4; RFC 5890 §2.3.2.1)',
      class: 'idn',
      args: ARGS,
      expect: {
        verdict: 'authenticated',
        absentFindings: ['reply-to-other-org', 'sender-other-org'],
      },
    },
  });

  // An SPF record longer than one string, split where its publisher's DNS host split it.
  write('rw2-spf-split-strings-unsigned', {
    eml: onTop(
      submitted({
        from: 'Hilltop Dental <reception@hilltop-dental.example>',
        subject: 'Appointment reminder',
      }),
      'Return-Path: <reception@hilltop-dental.example>',
      entry('mail.hilltop-dental.example', '192.0.2.77'),
    ),
    zone: {
      'hilltop-dental.example': {
        TXT: [['v=spf1 ip4:198.51.100.0/24 include:_spf.mailhost.example ', 'ip4:192.0.2.64/26 -all']],
      },
      '_spf.mailhost.example': { TXT: ['v=spf1 ip4:203.0.113.0/24 -all'] },
      '_dmarc.hilltop-dental.example': { TXT: ['v=DMARC1; p=quarantine'] },
      ...ptr('192.0.2.77', 'mail.hilltop-dental.example'),
    },
    meta: {
      about:
        'A small practice’s unsigned mail that authenticates by aligned SPF alone, its record published as two character-strings in one TXT record with the sending network in the second (RFC 7208 §3.3: joined without adding spaces; long records are split this way by DNS hosts such as Route 53 and Cloudflare)',
      class: 'dns-record',
      args: ARGS,
      expect: { verdict: 'authenticated', fields: { 'spf.result': 'pass' } },
    },
  });

  // Microsoft 365 forwarding a message out with SRS, read in Gmail.
  const notice = await signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      to: 'robin@contoso.example',
      subject: 'Your statement is ready',
    }),
    { domain: 'northbank.example', selector: 'sel1', headerList: SIGNED },
  );
  const sealed = await sealAs(
    onTop(
      notice,
      'Received: from DS0PR11MB8134.namprd11.prod.outlook.com (2603:10b6:8:15a::9) by\r\n PH7PR11MB8600.namprd11.prod.outlook.com with HTTPS; Fri, 20 Nov 2026 10:00:03 +0000',
    ),
    {
      domain: 'microsoft.com',
      selector: 'arcselector10001',
      cv: 'none',
      authResults:
        'mx.microsoft.com 1; spf=pass (sender ip is 192.0.2.10) smtp.rcpttodomain=contoso.example smtp.mailfrom=northbank.example; dmarc=pass (p=reject sp=reject pct=100) action=none header.from=northbank.example; dkim=pass (signature was verified) header.d=northbank.example; arc=none',
    },
  );
  write('rw2-m365-srs-forward-to-gmail', {
    eml: gmailDelivery(sealed, {
      relay: {
        helo: 'NAM10-BN7-obe.outbound.protection.outlook.com',
        rdns: 'mail-bn7nam10on2061.outbound.protection.outlook.com',
        ip: '40.107.92.61',
      },
      envelope: 'bounces+SRS=Hx7qT=TZ@contoso.example',
      results:
        'dkim=pass header.i=@northbank.example header.s=sel1;\r\n       arc=pass (i=1 spf=pass spfdomain=northbank.example dkim=pass dkdomain=northbank.example dmarc=pass fromdomain=northbank.example);\r\n       spf=pass (google.com: domain of bounces+SRS=Hx7qT=TZ@contoso.example designates 40.107.92.61 as permitted sender) smtp.mailfrom="bounces+SRS=Hx7qT=TZ@contoso.example";\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=northbank.example',
      ids: ['x12csp123470pxa', 'a1si1234567qtb.60'],
    }),
    zone: {
      'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
      'sel1._domainkey.northbank.example': KEY(),
      '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
      'contoso.example': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
      'spf.protection.outlook.com': {
        TXT: ['v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip4:52.100.0.0/15 -all'],
      },
      'arcselector10001._domainkey.microsoft.com': KEY(),
    },
    meta: {
      about:
        'A bank notice auto-forwarded by a Microsoft 365 mailbox to Gmail: Exchange Online rewrites the envelope with SRS (bounces+SRS=<hash>=<time>@contoso.example), seals ARC i=1 as microsoft.com, the bank’s DKIM intact (Microsoft Learn, "Sender Rewriting Scheme (SRS) in Microsoft 365"; SRS address form as documented there, the rest of the layout as in README-m365.md)',
      class: 'forwarding',
      args: ['--webmail', 'gmail'],
      expect: { verdict: 'authenticated' },
    },
  });
}
