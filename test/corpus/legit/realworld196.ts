// Real-world delivery shapes, hundred-and-ninety-sixth round: genuine mail read OFFLINE (no zone
// file: the CLI runs `--offline` and reads only the reader's provider's Authentication-Results) in
// Gmail, Yahoo, Outlook on the web and on a Postfix/Dovecot box (`--authserv-id`), against ab1d460e:
// lib/findings/dkim-tags.ts vouchingSignatures now hands the provider's recorded DKIM passes
// (matched to their DKIM-Signature lines) to the Subject, Reply-To, Sender and replay rules offline
// as our own checks are handed online. Modelled where those rules could misfire: help-desk and CRM
// mail signed by the customer's domain over the platform's envelope (Zendesk, Freshdesk, HubSpot), a
// Reply-To at the platform's reply host or at another organisation, ticket numbers in the Subject,
// signers whose h= leaves out Date, Message-ID or Reply-To (Freshdesk, HubSpot, Microsoft 365), a
// Mailgun `Sender:` ("on behalf of" in Outlook), Exchange's send-on-behalf Sender, and list posts a
// moderator approved days after the author's signature (Date signed, no t=: Microsoft 365).
// Where the layouts were learnt:
// - Zendesk: From `<agent name> <support@<account>.zendesk.com>`, Reply-To
//   `support+id177949@<account>.zendesk.com`, `X-Mailer: Zendesk Mailer`, `Auto-Submitted:
//   auto-generated`, X-Zendesk-From-Account-Id, its outbound host outbyoip2.pod13.usw2.zdsys.com
//   [192.161.151.2], smtp.mailfrom=<account>.zendesk.com (find_string "s=zendesk1": a SOC write-up
//   of a Zendesk-sent message, file id 62386451591; the Reply-To pattern also in id 53914443389);
//   the customer's own signature d=<domain> s=zendesk1 by CNAME (mxio.io/providers/zendesk, pages;
//   realworld111.ts).
// - Freshdesk: `DKIM-Signature: … d=freshdesk.com; h=from:reply-to:to:subject:mime-version:
//   content-type:content-transfer-encoding; s=s1` (no Date, no Message-ID, no t=), Message-ID
//   `<…email-sidekiq-4@outbound-email.freshdesk.com>`, `sent-on:`, `X-FD-Email-Category:` and
//   SendGrid's X-SG-EID/X-SG-ID (find_string "h=From:Reply-To:To:Subject:MIME-Version": an
//   oss-security post sent from Freshdesk, file id 68962600514): Freshdesk sends through SendGrid.
// - HubSpot: two signatures s=hs1, d=<customer> and d=mail.<customer>, `h=sender:from:reply-to:to:
//   subject:mime-version:content-type:list-unsubscribe:x-report-abuse:form-sub` (no Date, no
//   Message-ID), Return-Path and Sender a VERP address at mail.<customer>, X-HS-Cid,
//   X-Report-Abuse-To, `Received: by 172.16.62.47 with SMTP id …` above the signatures, the
//   customer's dedicated host pgg4ag.mail.<customer> [54.174.63.102] (find_string "s=hs1; d=": a
//   Toptal newsletter, file id 34378585792; sourceforge list copies ids 15246914805, 41205403046).
// - Amazon SES with the customer's Easy DKIM: `c=relaxed/simple; … h=From:Reply-To:To:Subject:
//   MIME-Version:Content-Type:Message-ID:Date` beside amazonses.com's own signature with
//   Feedback-ID, envelope `0100019d…-000000@amazonses.com` from 54.240.8.237 (same find_string: a
//   conservancy's SES newsletter, id 52714834206; Venmo's, id 10909052702; SES signs Reply-To when
//   present: id 16436341298).
// - Mailgun: `h=Content-Transfer-Encoding: Content-Type: From: From: Subject: Subject: Reply-To: To:
//   To: Date: Mime-Version: Message-Id: Sender: Sender: X-Feedback-Id` (find_string "Subject: Subject:
//   Reply-To:", id 16851016778: Typeform through Mailgun), selector `mx` (ids 1642626662,
//   640594174); the `Sender: <local>=<from domain>@<sending subdomain>` Mailgun writes when the From
//   domain is not the verified sending domain, shown by Outlook as "on behalf of" (search issues:
//   TechAndCheck/tech-and-check-alerts #166, mailgun/mailgun-java #21 quoting Mailgun's help article).
// - Microsoft 365: h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:
//   X-MS-Exchange-SenderADCheck without t= (lib/findings/dkim-tags.ts "Exchange Online never signs
//   Reply-To"; m365-shapes.ts); send on behalf: `Sender:` the delegate (realworld193.ts, ids
//   8691741316, 24684454621).
// - Mailman 3 list (no subject prefix, no footer, DMARC mitigation off: the author's signature
//   survives) and postsrsd on a university's alias forwarder: list-shapes.ts and realworld184/185.
// - Receivers: receivers.ts (Gmail, Yahoo, EOP); the box's Authentication-Results as realworld192.
// NOT confirmed: Zendesk's h= list (modelled as the kit's SIGNED, Reply-To included), the selectors
// of Freshdesk's and Mailgun's customer keys (`fd`, `mx`), Freshdesk's SendGrid bounce host
// (em.freshdesk.example-style `bounces+…@em4211.<customer>`), HubSpot's PTR for the dedicated host,
// the ticket-number Subject formats ("[#58211] …", "[Lumenboard] Re: …"), and how long Mailman 3
// moderators take (ten days is the case's choice). Names and addresses are documentation ones
// except the providers' own hosts and ranges; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { emitCase, KEY, legitCorpus, ptr, RECEIVER, type Relay, SIGNED, signAll } from '../kit';
import { M365_SPF_ZONE, senderTenantHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { eopDelivery, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf, yahooDelivery } from '../receivers';

const BOX_ARGS = ['--authserv-id', RECEIVER, '--recipient-domain', 'reader.example'];
const GMAIL_ARGS = ['--webmail', 'gmail'];
const OUTLOOK_ARGS = ['--webmail', 'outlook'];
const YAHOO_ARGS = ['--webmail', 'yahoo'];

/** Genuine mail a careful user would trust. */
const TRUSTED: CaseExpectation = { verdict: ['authenticated', 'unverified'], notVerdict: ['suspicious'] };

type Reader = 'gmail' | 'yahoo' | 'outlook' | 'box';
const ARGS: Record<Reader, string[]> = {
  gmail: GMAIL_ARGS,
  yahoo: YAHOO_ARGS,
  outlook: OUTLOOK_ARGS,
  box: BOX_ARGS,
};
const SEEN: Record<Reader, string> = {
  gmail: 'Gmail',
  yahoo: 'Yahoo Mail',
  outlook: 'Outlook on the web (another tenant)',
  box: "the reader's Postfix/Dovecot box",
};
const TO: Record<Reader, string> = {
  gmail: 'robin.reader@gmail.com',
  yahoo: 'robin.reader@yahoo.com',
  outlook: 'robin@harbourline.example',
  box: 'robin@reader.example',
};

/** What the provider recorded: the passing signatures, the envelope's SPF pass, DMARC for the From. */
interface Handover {
  relay: Relay;
  envelope: string;
  from: string;
  policy: 'none' | 'quarantine' | 'reject';
  dkim: Array<[string, string]>;
  /** Whether the provider's DMARC pass rests on an aligned signature (else on SPF alone). */
  ids: [string, string];
}

const domainOf = (a: string) => a.slice(a.lastIndexOf('@') + 1);

/** `raw` as `reader`'s provider delivers it from `h.relay`, with the provider's own results. */
function deliver(reader: Reader, raw: string, h: Handover): string {
  const env = domainOf(h.envelope);
  const P = h.policy.toUpperCase();
  switch (reader) {
    case 'gmail':
      return gmailDelivery(raw, {
        relay: h.relay,
        envelope: h.envelope,
        to: TO.gmail,
        results: [
          ...h.dkim.map(([d, s]) => gmailDkim(d, s)),
          gmailSpf(h.envelope, h.relay.ip),
          gmailDmarc(h.from, P),
        ].join('\r\n       '),
        ids: h.ids,
        spf: 'pass',
        deliveredTo: true,
      });
    case 'yahoo':
      return yahooDelivery(raw, {
        relay: h.relay,
        envelope: h.envelope,
        results: `${h.dkim.map(([d, s]) => `dkim=pass header.i=@${d} header.s=${s};`).join('\r\n ')}\r\n spf=pass smtp.mailfrom=${env};\r\n dmarc=pass(p=${P}) header.from=${h.from};`,
      });
    case 'outlook': {
      const d = h.dkim.find(([dd]) => dd === h.from || dd.endsWith(`.${h.from}`))?.[0] ?? h.dkim[0]?.[0];
      const dkim = d
        ? `dkim=pass (signature was verified)\r\n header.d=${d}`
        : 'dkim=none (message not signed)\r\n header.d=none';
      return eopDelivery(raw, {
        ip: h.relay.ip,
        helo: h.relay.helo,
        ar: `spf=pass (sender IP is ${h.relay.ip})\r\n smtp.mailfrom=${env}; ${dkim};dmarc=pass action=none\r\n header.from=${h.from};compauth=pass reason=100`,
        spf: `Pass (protection.outlook.com: domain of ${env} designates\r\n ${h.relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${h.relay.ip}; helo=${h.relay.helo}; pr=C`,
        returnPath: h.envelope,
      });
    }
    case 'box':
      return onTop(
        raw,
        `Return-Path: <${h.envelope}>`,
        `Delivered-To: ${TO.box}`,
        `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid qK3vF2w196AAxYz0Q4Xb7g\r\n\t(envelope-from <${h.envelope}>)\r\n\tfor <${TO.box}>; Fri, 20 Nov 2026 10:00:06 +0000`,
        `Authentication-Results: ${RECEIVER};\r\n\t${h.dkim.map(([d, s]) => `dkim=pass (2048-bit key; unprotected) header.d=${d} header.i=@${d} header.s=${s} header.b=Q29ycHVz`).join(';\r\n\t')};\r\n\tspf=pass (${RECEIVER}: domain of ${h.envelope} designates ${h.relay.ip} as permitted sender) smtp.mailfrom=${h.envelope};\r\n\tdmarc=pass (p=${h.policy} dis=none) header.from=${h.from}`,
        `Received: from ${h.relay.helo} (${h.relay.rdns} [${h.relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Zw196b${h.ids[0].slice(-2)}\r\n\tfor <${TO.box}>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
      );
  }
}

/** A DKIM-Signature's t= tag taken out (Exchange Online writes none; offline nothing re-verifies). */
const withoutT = (signed: string) => signed.replace(/ t=\d+;/, '');

// ---- 1. Zendesk: a software vendor's desk answering from its own domain ----
const LUMEN = 'lumenboard.example';
const ZD_OUT: Relay = {
  helo: 'outbyoip2.pod13.usw2.zdsys.com',
  rdns: 'outbyoip2.pod13.usw2.zdsys.com',
  ip: '192.161.151.2',
};
async function zendeskReply(to: string): Promise<string> {
  return signAll(
    submitted({
      from: `Priya from Lumenboard <support@${LUMEN}>`,
      to,
      subject: '[Lumenboard] Re: Export fails on projects over 2 GB',
      date: 'Fri, 20 Nov 2026 09:59:50 +0000',
      messageId: '<ZD7W1964821_5f2a@zendesk.com>',
      extraHeaders: [
        `Reply-To: Lumenboard Support <support+id48213@lumenboard.zendesk.com>`,
        'X-Mailer: Zendesk Mailer',
        'Auto-Submitted: auto-generated',
        'X-Zendesk-From-Account-Id: 7c41e2a',
        'X-Zendesk-Email-Id: 01JD196QW3X4Y5Z6A7B8C9D0E1',
      ],
      body: 'Hi Robin,\r\n\r\nthanks for the log: exports over 2 GB now stream in chunks since version 8.4.2, released this morning. Reply to this email if it still fails.\r\n\r\nPriya\r\nLumenboard Support\r\n\r\n[48213]\r\n',
    }),
    [[LUMEN, 'zendesk1']],
    SIGNED,
  );
}
const zendeskHandover = (n: string): Handover => ({
  relay: ZD_OUT,
  envelope: 'support@lumenboard.zendesk.com',
  from: LUMEN,
  policy: 'reject',
  dkim: [[LUMEN, 'zendesk1']],
  ids: [`x196csp${n}pxa`, `a196si${n}zd.196`],
});

// ---- 2. Freshdesk through SendGrid: the ticket number in the Subject, h= without Date ----
const KESTREL = 'kestrel-apps.example';
const FD_H = [
  'from',
  'reply-to',
  'to',
  'subject',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
];
const SG_OUT: Relay = {
  helo: 'o1678912.outbound-mail.sendgrid.net',
  rdns: 'o1678912.outbound-mail.sendgrid.net',
  ip: '167.89.12.34',
};
async function freshdeskReply(to: string): Promise<string> {
  return signCorpus(
    submitted({
      from: `Kestrel Apps Support <support@${KESTREL}>`,
      to,
      subject: '[#58211] Login link not arriving',
      date: 'Fri, 20 Nov 2026 09:59:52 +0000 (UTC)',
      messageId: '<6744f1e2a9c3d_1f2b4c3a1e0962118.email-sidekiq-4@outbound-email.freshdesk.com>',
      extraHeaders: [
        `Reply-To: Kestrel Apps Support <support@${KESTREL}>`,
        'Content-Transfer-Encoding: 7bit',
        'sent-on: 2026-11-20 09:59:51 +0000',
        'X-FD-Email-Category: ',
        'X-SG-EID: w196rdHGkFSrvtgEuvlLCbaw00eMQ9PrR5jaavt6mz6SKSVLxT5CbCA/26RN4EX6KL6NKC6Fah',
        'X-SG-ID: w196uxiaeVPHPf1dZH02eKYVq1iMeSsftZP6JowhJximRctFb9oPCvrDJ7dHYLU/yVO8HexKYl',
      ],
      body: 'Hello Robin,\r\n\r\nwe re-sent the sign-in link; it expires in 30 minutes. If it does not arrive, check that noreply@kestrel-apps.example is not blocked.\r\n\r\nKestrel Apps Support\r\n',
    }),
    { domain: KESTREL, selector: 'fd', headerList: FD_H },
  );
}
const freshdeskHandover = (n: string): Handover => ({
  relay: SG_OUT,
  envelope: `bounces+3318211-5c1e-robin=reader.example@em4211.${KESTREL}`,
  from: KESTREL,
  policy: 'quarantine',
  dkim: [[KESTREL, 'fd']],
  ids: [`x196csp${n}pxf`, `a196si${n}fd.196`],
});

// ---- 3. HubSpot: two hs1 signatures, Sender and Return-Path a VERP address at mail.<customer> ----
const ORBIT = 'orbitline.example';
const HS_H = [
  'sender',
  'from',
  'reply-to',
  'to',
  'subject',
  'mime-version',
  'content-type',
  'list-unsubscribe',
  'x-report-abuse',
  'form-sub',
];
const HS_OUT: Relay = { helo: `pgg4ag.mail.${ORBIT}`, rdns: `pgg4ag.mail.${ORBIT}`, ip: '54.174.63.102' };
const hsVerp = (to: string) => `1axb06mzipx5up3rzlxc81eh16nhe81h8l7omi-${to.replace('@', '=')}@mail.${ORBIT}`;
async function hubspotNewsletter(to: string, replyTo: string): Promise<string> {
  const raw = [
    `X-HS-Cid: 1axe7t3rcjxusl6j2ajxiy9nriv74kj7tc6hc6`,
    `List-Unsubscribe: <mailto:1axcxdq1nuanq1ngwg63bfoqiiso594ogfoq46-${to.replace('@', '=')}@mail.${ORBIT}?subject=unsubscribe>`,
    'Date: Fri, 20 Nov 2026 04:59:50 -0500',
    `From: Orbitline Engineering Blog <editor@${ORBIT}>`,
    `Reply-To: ${replyTo}`,
    `To: ${to}`,
    `Message-ID: <1795171190075.0d3893bc-90b5-4e61-b39a-581746f20196@mail.${ORBIT}>`,
    'Subject: Scaling our ingest pipeline to 2 million events a second',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'X-Report-Abuse-To: abuse@hubspot.com (see\r\n https://www.hubspot.com/abuse-complaints)',
    `Sender: ${hsVerp(to)}`,
    '',
    'How we rebuilt ingest around a partitioned log, and what it cost.\r\n\r\nRead it on the blog: https://blog.orbitline.example/ingest-2m\r\n\r\nUpdate your subscription preferences: https://hs-2799196.s.hubspotemail.net/hs/manage-preferences/unsubscribe\r\n',
  ].join('\r\n');
  const signed = await signAll(
    raw,
    [
      [ORBIT, 'hs1'],
      [`mail.${ORBIT}`, 'hs1'],
    ],
    HS_H,
  );
  return onTop(
    signed,
    'Received: by 172.16.62.47 with SMTP id azlpzyulybvgvw37quuv1kafb1ikena6rw196;\r\n        Fri, 20 Nov 2026 09:59:50 GMT',
  );
}
const hubspotHandover = (to: string, n: string): Handover => ({
  relay: HS_OUT,
  envelope: hsVerp(to),
  from: ORBIT,
  policy: 'quarantine',
  dkim: [
    [`mail.${ORBIT}`, 'hs1'],
    [ORBIT, 'hs1'],
  ],
  ids: [`x196csp${n}pxh`, `a196si${n}hs.196`],
});

// ---- 4. Amazon SES: a conservancy's newsletter, its Easy DKIM key and amazonses.com's ----
const VALLEY = 'valley-conservancy.example';
const SES_TOKEN = '34hmf5cgogheom62v6msoxsbnn2w196s';
const SES_OWN = 'xplzuhjr4seloozmmorg6obznvt7w196';
const SES_H = ['from', 'reply-to', 'to', 'subject', 'mime-version', 'content-type', 'message-id', 'date'];
const SES_OUT: Relay = {
  helo: 'a8-237.smtp-out.amazonses.com',
  rdns: 'a8-237.smtp-out.amazonses.com',
  ip: '54.240.8.237',
};
const SES_ENV = '0100019d6151e9e5-9b062341-4459-4727-b3e6-712f72aw1960-000000@amazonses.com';
async function sesNewsletter(to: string): Promise<string> {
  const raw = submitted({
    from: `Valley Conservancy <news@${VALLEY}>`,
    to,
    subject: 'Trail work days in December',
    date: 'Fri, 20 Nov 2026 09:59:55 +0000',
    messageId: '<0100019d6151e9e5-9b062341-4459-4727-b3e6-712f72aw1960-000000@email.amazonses.com>',
    extraHeaders: [
      // The friends' group that runs the volunteer days: its own organisation and domain.
      'Reply-To: Trail Volunteers <volunteers@friends-of-the-valley.example>',
      'Feedback-ID: 1.us-east-1.w196Ps109AbCdEfGhIjKlMnOpQrStUvWxYz0123456=:AmazonSES',
      'X-SES-Outgoing: 2026.11.20-54.240.8.237',
    ],
    body: 'Join us on 5 and 12 December to clear the Ledges trail. Reply to sign up: the volunteer coordinators answer.\r\n',
  });
  const own = await signCorpus(raw, {
    domain: VALLEY,
    selector: SES_TOKEN,
    canonicalization: 'relaxed/simple',
    headerList: SES_H,
  });
  return signCorpus(own, {
    domain: 'amazonses.com',
    selector: SES_OWN,
    canonicalization: 'relaxed/simple',
    headerList: [...SES_H, 'feedback-id'],
  });
}
const sesHandover = (n: string): Handover => ({
  relay: SES_OUT,
  envelope: SES_ENV,
  from: VALLEY,
  policy: 'none',
  dkim: [
    [VALLEY, SES_TOKEN],
    ['amazonses.com', SES_OWN],
  ],
  ids: [`x196csp${n}pxs`, `a196si${n}se.196`],
});

// ---- 5. Mailgun (a Ghost newsletter): Sender at the verified sending subdomain ----
const REVIEW = 'tidewater-review.example';
const MG_H = [
  'content-transfer-encoding',
  'content-type',
  'from',
  'from',
  'subject',
  'subject',
  'reply-to',
  'to',
  'to',
  'date',
  'mime-version',
  'message-id',
  'sender',
  'sender',
  'x-feedback-id',
];
const MG_OUT: Relay = { helo: 'm228-41.mailgun.net', rdns: 'm228-41.mailgun.net', ip: '159.135.228.41' };
const mgEnvelope = (to: string) => `bounce+2f1e3d.a1b2c-${to.replace('@', '=')}@mg.${REVIEW}`;
async function ghostNewsletter(to: string): Promise<string> {
  return signCorpus(
    submitted({
      from: `The Tidewater Review <newsletter@${REVIEW}>`,
      to,
      subject: 'Issue 41: the harbour wall, a year on',
      date: 'Fri, 20 Nov 2026 09:59:56 +0000',
      messageId: `<20261120095956.1.W196A1B2C3D4E5F6@mg.${REVIEW}>`,
      extraHeaders: [
        `Reply-To: The Tidewater Review <editor@${REVIEW}>`,
        `Sender: newsletter=${REVIEW}@mg.${REVIEW}`,
        'Content-Transfer-Encoding: quoted-printable',
        'X-Mailgun-Sid: WyI5NmUxMiIsICJyb2JpbkByZWFkZXIuZXhhbXBsZSIsICIxOTYiXQ==',
        'X-Mailgun-Tag: ghost-email',
        'X-Feedback-Id: 5f1e2d3c4b5a6978:mailgun',
      ],
      body: 'A year after the storm, the harbour wall is rebuilt. Our reporter walked it with the engineers.=\r\n\r\nReply to this email to write to the editor.\r\n',
    }),
    { domain: `mg.${REVIEW}`, selector: 'mx', headerList: MG_H },
  );
}
const ghostHandover = (to: string, n: string): Handover => ({
  relay: MG_OUT,
  envelope: mgEnvelope(to),
  from: REVIEW,
  policy: 'quarantine',
  dkim: [[`mg.${REVIEW}`, 'mx']],
  ids: [`x196csp${n}pxm`, `a196si${n}mg.196`],
});

// ---- 6. Microsoft 365: send on behalf (Sender the delegate), h= without Reply-To, no t= ----
const FENWAY = 'fenway-clinic.example';
const M365_H = [
  'from',
  'date',
  'subject',
  'message-id',
  'content-type',
  'mime-version',
  'x-ms-exchange-senderadcheck',
];
const EUR_V4: Relay = {
  helo: 'EUR05-AM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-am6eur05on2072.outbound.protection.outlook.com',
  ip: '40.107.22.72',
};
/** The university's alias forwarder (Postfix with postsrsd) that forwards to the reader's Gmail. */
const UNI_FWD: Relay = { helo: 'mx1.alumni.example', rdns: 'mx1.alumni.example', ip: '192.0.2.57' };
async function onBehalf(to: string, date = 'Fri, 20 Nov 2026 09:59:40 +0000'): Promise<string> {
  const raw = submitted({
    from: `Dr Amara Osei <amara.osei@${FENWAY}>`,
    to,
    subject: 'Your referral appointment on 3 December',
    date,
    messageId: `<DB9PR02MB69501960A1B2C3D4E5F6A7B8C9D0@DB9PR02MB6950.eurprd02.prod.outlook.com>`,
    extraHeaders: [
      `Sender: Lena Hart <lena.hart@${FENWAY}>`,
      'Thread-Topic: Your referral appointment on 3 December',
      'Thread-Index: AdtL196QkR1Mz2Yc0xT4aS1w196AAA==',
      'X-MS-Has-Attach: ',
      'X-MS-TNEF-Correlator: ',
      'X-MS-Exchange-MessageSentRepresentingType: 2',
      'X-MS-Exchange-SenderADCheck: 1',
    ],
    body: 'Dear Robin,\r\n\r\nyour referral appointment is booked for 3 December at 10:30 at the Fenway Clinic, second floor.\r\n\r\nLena Hart, on behalf of Dr Amara Osei\r\n',
  });
  const signed = withoutT(
    await signCorpus(raw, { domain: FENWAY, selector: 'selector1', headerList: M365_H }),
  );
  return onTop(signed, ...senderTenantHops('AM9PR02MB7195'));
}

// ---- 7. A Mailman 3 list post approved by its moderator days after the author sent it ----
const LISTS = 'lists.quarkfield.example';
const LIST_OUT: Relay = { helo: `mail.${LISTS}`, rdns: `mail.${LISTS}`, ip: '192.0.2.80' };
const LIST_ENV = `birders-bounces@${LISTS}`;
/** A Microsoft 365 author's post (Date signed, no t=), unchanged by the list but for its own fields. */
async function moderatedPost(
  sentDate: string,
  serial: string,
  replyToList = false,
  online = false,
): Promise<string> {
  // Online the signature must verify as signed: t= kept (the signing time, as the Date says).
  const keep = (s: string) => (online ? s : withoutT(s));
  const post = keep(
    await signCorpus(
      submitted({
        from: `Noor Haddad <noor.haddad@${FENWAY}>`,
        to: `birders@${LISTS}`,
        subject: 'Winter count: volunteers for the estuary sector',
        date: sentDate,
        messageId: `<AM9PR02MB7195${serial}@AM9PR02MB7195.eurprd02.prod.outlook.com>`,
        extraHeaders: ['X-MS-Exchange-SenderADCheck: 1'],
        body: 'Hello all,\r\n\r\nwe need three more counters for the estuary sector on the winter count. Reply to me off-list.\r\n\r\nNoor\r\n',
      }),
      { domain: FENWAY, selector: 'selector1', headerList: M365_H, signTime: new Date(sentDate) },
    ),
  );
  return onTop(
    post,
    'List-Id: Quarkfield birders <birders.lists.quarkfield.example>',
    `List-Post: <mailto:birders@${LISTS}>`,
    `List-Unsubscribe: <mailto:birders-leave@${LISTS}>`,
    `List-Help: <mailto:birders-request@${LISTS}?subject=help>`,
    `Archived-At: <https://${LISTS}/archives/list/birders@${LISTS}/message/W196${serial}/>`,
    'Precedence: list',
    // Mailman 3's reply_goes_to_list = point_to_list: the list writes Reply-To after the author signed.
    ...(replyToList ? [`Reply-To: birders@${LISTS}`] : []),
    `Received: from ${LISTS} (localhost [127.0.0.1])\r\n\tby mail.${LISTS} (Postfix) with ESMTP id 4Zw196L${serial.slice(0, 2)}\r\n\tfor <birders@${LISTS}>; Fri, 20 Nov 2026 09:59:58 +0000 (UTC)`,
  );
}

/** DNS for the online twins of the list cases: the clinic's key and policy, the list host's SPF and PTR. */
const LIST_ZONE: Record<string, unknown> = {
  ...ptr(LIST_OUT.ip, LIST_OUT.rdns),
  ...M365_SPF_ZONE,
  [FENWAY]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [`_dmarc.${FENWAY}`]: { TXT: ['v=DMARC1; p=reject'] },
  [`selector1._domainkey.${FENWAY}`]: KEY(),
  [LISTS]: { TXT: [`v=spf1 ip4:${LIST_OUT.ip} -all`] },
  [`_dmarc.${LISTS}`]: { TXT: ['v=DMARC1; p=none'] },
};

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- 1. Zendesk ----
  for (const [reader, n] of [
    ['gmail', '1'],
    ['yahoo', '2'],
    ['box', '3'],
    ['outlook', '4'],
  ] as Array<[Reader, string]>) {
    emitCase(write, {
      name: `w196-${reader}-zendesk-own-dkim-reply-to-zendesk-host-offline`,
      class: 'helpdesk-offline',
      about: `Genuine: a software vendor's Zendesk desk answers a ticket from its own support@${LUMEN} ("Priya from Lumenboard"), signed d=${LUMEN} s=zendesk1 (the CNAME'd Zendesk key) over Zendesk's envelope at lumenboard.zendesk.com, Reply-To support+id48213@lumenboard.zendesk.com (Zendesk's reply host, another organisation), Subject "[Lumenboard] Re: …", from ${ZD_OUT.helo} [${ZD_OUT.ip}]. Read offline in ${SEEN[reader]}: the provider recorded dkim, spf and dmarc pass. The signature covers Reply-To and Subject. Wanted: authenticated or unverified, never suspicious.`,
      args: ARGS[reader],
      eml: deliver(reader, await zendeskReply(TO[reader]), zendeskHandover(n)),
      expect: TRUSTED,
    });
  }

  // ---- 2. Freshdesk ----
  for (const [reader, n] of [
    ['gmail', '5'],
    ['yahoo', '6'],
    ['outlook', '7'],
  ] as Array<[Reader, string]>) {
    emitCase(write, {
      name: `w196-${reader}-freshdesk-sendgrid-ticket-subject-no-date-signed-offline`,
      class: 'helpdesk-offline',
      about: `Genuine: a Freshdesk reply "[#58211] Login link not arriving" from support@${KESTREL}, Reply-To the same desk, through SendGrid (${SG_OUT.helo} [${SG_OUT.ip}], envelope at em4211.${KESTREL}, X-SG-EID/X-SG-ID), signed d=${KESTREL} with Freshdesk's h=from:reply-to:to:subject:mime-version:content-type:content-transfer-encoding (no Date, no Message-ID). Read offline in ${SEEN[reader]}. Wanted: authenticated or unverified, never suspicious.`,
      args: ARGS[reader],
      eml: deliver(reader, await freshdeskReply(TO[reader]), freshdeskHandover(n)),
      expect: TRUSTED,
    });
  }

  // ---- 3. HubSpot ----
  for (const [reader, n] of [
    ['gmail', '8'],
    ['yahoo', '9'],
    ['outlook', '10'],
    ['box', '11'],
  ] as Array<[Reader, string]>) {
    emitCase(write, {
      name: `w196-${reader}-hubspot-two-hs1-signatures-sender-verp-offline`,
      class: 'crm-offline',
      about: `Genuine: a HubSpot blog newsletter from editor@${ORBIT} (Reply-To the same), signed twice s=hs1 (d=${ORBIT} and d=mail.${ORBIT}) over h=sender:from:reply-to:to:subject:…:form-sub (no Date), Return-Path and Sender the VERP address at mail.${ORBIT}, from the dedicated ${HS_OUT.helo} [${HS_OUT.ip}]. Read offline in ${SEEN[reader]}. Wanted: authenticated or unverified, never suspicious.`,
      args: ARGS[reader],
      eml: deliver(
        reader,
        await hubspotNewsletter(TO[reader], `editor@${ORBIT}`),
        hubspotHandover(TO[reader], n),
      ),
      expect: TRUSTED,
    });
  }
  emitCase(write, {
    name: 'w196-gmail-hubspot-webinar-reply-to-co-host-org-signed-offline',
    class: 'crm-offline',
    about: `Genuine: the same HubSpot account's webinar invitation, co-hosted with a partner firm, whose Reply-To is the partner's events desk (events@meridian-analytics.example, another organisation); both hs1 signatures cover Reply-To. Read offline in Gmail. Wanted: authenticated or unverified (a low note on the Reply-To is fair), never suspicious.`,
    args: GMAIL_ARGS,
    eml: deliver(
      'gmail',
      await hubspotNewsletter(TO.gmail, 'Meridian Events <events@meridian-analytics.example>'),
      hubspotHandover(TO.gmail, '12'),
    ),
    expect: TRUSTED,
  });

  // ---- 4. Amazon SES ----
  for (const [reader, n] of [
    ['gmail', '13'],
    ['box', '14'],
    ['yahoo', '15'],
  ] as Array<[Reader, string]>) {
    emitCase(write, {
      name: `w196-${reader}-ses-easy-dkim-reply-to-friends-group-signed-offline`,
      class: 'esp-offline',
      about: `Genuine: a conservancy's SES newsletter (p=none) from news@${VALLEY}, Reply-To its friends' group (volunteers@friends-of-the-valley.example, another organisation), signed by its Easy DKIM key and amazonses.com's (c=relaxed/simple, h=From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date[:Feedback-ID]), envelope …@amazonses.com from ${SES_OUT.helo} [${SES_OUT.ip}]. Read offline in ${SEEN[reader]}. Reply-To is signed. Wanted: authenticated or unverified, never suspicious.`,
      args: ARGS[reader],
      eml: deliver(reader, await sesNewsletter(TO[reader]), sesHandover(n)),
      expect: TRUSTED,
    });
  }

  // ---- 5. Mailgun / Ghost ----
  for (const [reader, n] of [
    ['outlook', '16'],
    ['gmail', '17'],
    ['box', '18'],
  ] as Array<[Reader, string]>) {
    emitCase(write, {
      name: `w196-${reader}-mailgun-ghost-sender-sending-subdomain-offline`,
      class: 'esp-offline',
      about: `Genuine: a Ghost newsletter through Mailgun from newsletter@${REVIEW}; Mailgun writes Sender: newsletter=${REVIEW}@mg.${REVIEW} (Outlook: "… on behalf of The Tidewater Review"), signs d=mg.${REVIEW} s=mx over h=…From: From: Subject: Subject: Reply-To: …Sender: Sender…, envelope at mg.${REVIEW}, from ${MG_OUT.helo} [${MG_OUT.ip}]. Read offline in ${SEEN[reader]}. Wanted: authenticated or unverified, never suspicious.`,
      args: ARGS[reader],
      eml: deliver(reader, await ghostNewsletter(TO[reader]), ghostHandover(TO[reader], n)),
      expect: TRUSTED,
    });
  }

  // ---- 6. Microsoft 365 send on behalf ----
  {
    const h: Handover = {
      relay: EUR_V4,
      envelope: `lena.hart@${FENWAY}`,
      from: FENWAY,
      policy: 'reject',
      dkim: [[FENWAY, 'selector1']],
      ids: ['x196csp19pxo', 'a196si19ob.196'],
    };
    for (const reader of ['gmail', 'yahoo', 'box'] as Reader[]) {
      emitCase(write, {
        name: `w196-${reader}-m365-send-on-behalf-sender-delegate-offline`,
        class: 'm365-offline',
        about: `Genuine: a clinic's receptionist sends on behalf of a doctor from Outlook (Sender: the delegate at the same domain, X-MS-Exchange-MessageSentRepresentingType: 2), Exchange Online signs d=${FENWAY} s=selector1 (no t=, no Reply-To or To in h=), out of ${EUR_V4.helo} [${EUR_V4.ip}] with the delegate's envelope (SPF aligned). Read offline in ${SEEN[reader]}. Wanted: authenticated or unverified, never suspicious.`,
        args: ARGS[reader],
        eml: deliver(reader, await onBehalf(TO[reader]), h),
        expect: TRUSTED,
      });
    }
    // Forwarded by the reader's university alias (postsrsd): the clinic's signature vouches alone.
    const fwd = await onBehalf('robin@alumni.example');
    const srs = `SRS0=Hq7T=TT=${FENWAY}=lena.hart@alumni.example`;
    const hop = `Received: from ${EUR_V4.helo} (${EUR_V4.rdns} [${EUR_V4.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\tby ${UNI_FWD.helo} (Postfix) with ESMTPS id 4Zw196F1\r\n\tfor <robin@alumni.example>; Fri, 20 Nov 2026 09:59:59 +0000 (UTC)`;
    emitCase(write, {
      name: 'w196-gmail-m365-send-on-behalf-via-alumni-srs-forward-offline',
      class: 'm365-offline',
      about: `Genuine: the clinic's send-on-behalf message to the reader's alumni address, forwarded by the university's Postfix with postsrsd (${srs}) to Gmail: Gmail records spf=pass for alumni.example and the clinic's DKIM pass, dmarc=pass on DKIM alone. The signature (Microsoft 365's h=, no t=) covers Subject and Date; the Sender is the same domain's delegate. Read offline in Gmail. Wanted: authenticated or unverified, never suspicious.`,
      args: GMAIL_ARGS,
      eml: deliver('gmail', onTop(fwd, hop), {
        relay: UNI_FWD,
        envelope: srs,
        from: FENWAY,
        policy: 'reject',
        dkim: [[FENWAY, 'selector1']],
        ids: ['x196csp20pxu', 'a196si20uf.196'],
      }),
      expect: TRUSTED,
    });
  }

  // ---- 7. Mailman 3 moderation delays ----
  for (const [days, date, serial] of [
    [4, 'Mon, 16 Nov 2026 08:12:00 +0000', '0416'],
    [10, 'Tue, 10 Nov 2026 08:12:00 +0000', '1010'],
  ] as Array<[number, string, string]>) {
    for (const [reader, online] of [
      ['gmail', false],
      ['box', false],
      ['box', true],
    ] as Array<[Reader, boolean]>) {
      emitCase(write, {
        name: `w196-${reader}-mailman3-post-approved-after-${days}-days-m365-author${online ? '' : '-offline'}`,
        class: 'list-offline',
        about: `Genuine: a Microsoft 365 author's post to a Mailman 3 birding list (no subject prefix, no footer, DMARC mitigation off: the author's signature survives), held for moderation and approved ${days} days later; the list server (${LIST_OUT.helo} [${LIST_OUT.ip}]) passes SPF for its bounce envelope, the author's d=${FENWAY} signature (Date signed ${date}, no t=) passes. Read ${online ? 'online (the zone: t= kept so it verifies)' : 'offline'} in ${SEEN[reader]}. Wanted: authenticated or unverified, never suspicious.`,
        args: ARGS[reader],
        ...(online ? { zone: LIST_ZONE } : {}),
        eml: deliver(reader, await moderatedPost(date, serial, false, online), {
          relay: LIST_OUT,
          envelope: LIST_ENV,
          from: FENWAY,
          policy: 'reject',
          dkim: [[FENWAY, 'selector1']],
          ids: [`x196csp${serial}pxl`, `a196si${serial}ml.196`],
        }),
        expect: TRUSTED,
      });
    }
  }
  // ---- 8. Mailman 3 "reply goes to list": the list's Reply-To beside the author's Microsoft 365 signature ----
  for (const [reader, n, online] of [
    ['gmail', '21', false],
    ['box', '22', false],
    ['box', '24', true],
  ] as Array<[Reader, string, boolean]>) {
    emitCase(write, {
      name: `w196-${reader}-mailman3-reply-goes-to-list-m365-author${online ? '' : '-offline'}`,
      class: 'list-offline',
      about: `Genuine: the same Microsoft 365 author's post to the Mailman 3 list, approved at once, the list set to reply_goes_to_list = point_to_list (Reply-To: birders@${LISTS}) and otherwise unchanged (no prefix, no footer): the author's signature passes as sent, and Exchange Online's h= never covers Reply-To. The list's own envelope passed SPF at its server. Read ${online ? 'online (the zone)' : 'offline'} in ${SEEN[reader]}. Wanted: authenticated or unverified (a low note on the list's Reply-To is fair), never suspicious.`,
      args: ARGS[reader],
      ...(online ? { zone: LIST_ZONE } : {}),
      eml: deliver(reader, await moderatedPost('Fri, 20 Nov 2026 09:40:00 +0000', `21${n}`, true, online), {
        relay: LIST_OUT,
        envelope: LIST_ENV,
        from: FENWAY,
        policy: 'reject',
        dkim: [[FENWAY, 'selector1']],
        ids: [`x196csp${n}pxr`, `a196si${n}rl.196`],
      }),
      expect: TRUSTED,
    });
  }

  // ---- 9. A multi-domain Microsoft 365 tenant: the delegate's address at the group's other domain ----
  {
    const raw = (await onBehalf('robin@alumni.example')).replace(
      `Sender: Lena Hart <lena.hart@${FENWAY}>`,
      'Sender: Lena Hart <lena.hart@fenway-health-group.example>',
    );
    const srs = 'SRS0=Kp2W=TT=fenway-health-group.example=lena.hart@alumni.example';
    const hop = `Received: from ${EUR_V4.helo} (${EUR_V4.rdns} [${EUR_V4.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\tby ${UNI_FWD.helo} (Postfix) with ESMTPS id 4Zw196F2\r\n\tfor <robin@alumni.example>; Fri, 20 Nov 2026 09:59:59 +0000 (UTC)`;
    emitCase(write, {
      name: 'w196-gmail-m365-send-on-behalf-delegate-group-domain-via-srs-offline',
      class: 'm365-offline',
      about: `Genuine: a clinic group's Microsoft 365 tenant holds two accepted domains; the receptionist, whose primary address is at fenway-health-group.example, sends on behalf of the doctor at ${FENWAY} (Sender the delegate, MAIL FROM the delegate: Exchange's send-on-behalf), to the reader's alumni address, forwarded with postsrsd to Gmail. Gmail records the clinic's DKIM pass and dmarc=pass; SPF passed for alumni.example. The Sender's domain is another registrable domain of the same tenant, which nothing in the message proves. Read offline in Gmail. Wanted: authenticated or unverified (a note on the Sender is fair); suspicious tolerated only if the lead judges the other domain a stranger's.`,
      args: GMAIL_ARGS,
      eml: deliver('gmail', onTop(raw, hop), {
        relay: UNI_FWD,
        envelope: srs,
        from: FENWAY,
        policy: 'reject',
        dkim: [[FENWAY, 'selector1']],
        ids: ['x196csp23pxg', 'a196si23gd.196'],
      }),
      expect: { verdict: ['authenticated', 'unverified', 'suspicious'], notVerdict: ['spoofed'] },
    });
  }
}

// Pending (9 of 32). None reads spoofed; each genuine message reads SUSPICIOUS. Groups C and D read
// the same against 41a73120 (not caused by ab1d460e). Not pending, by its wider expectation:
// w196-gmail-m365-send-on-behalf-delegate-group-domain-via-srs-offline reads suspicious
// (sender-other-org medium: the delegate's address at the tenant's other registrable domain, which
// nothing authenticates once forwarded); the same online and before ab1d460e (sender.ts asks the
// DMARC pass, not the vouching signatures, for that severity). Whether a tenant's second domain is
// "another organisation" to the reader is the lead's call.
//
// Group A (3): a Mailman 3 list set to "reply goes to list" (Reply-To: the List-Post address) that
// changes nothing else, beside a Microsoft 365 author's signature that passes as sent:
// w196-gmail-mailman3-reply-goes-to-list-m365-author-offline, w196-box-…-offline and the online
// twin w196-box-mailman3-reply-goes-to-list-m365-author. NEW offline since ab1d460e: run against
// 41a73120 (HEAD~1) the two offline cases read authenticated (vouchingSignatures returned [] offline,
// the finding stayed low); the online twin read suspicious there too.
// Read now: suspicious; reply-to-other-org MEDIUM ("Replies go to quarkfield.example … not signed")
//   beside dmarc=pass by the author's d=fenway-clinic.example signature.
// Should read: authenticated (a low reply-to-other-org is fair): the Reply-To is the list's own
//   posting address, written by the list whose envelope passed SPF at its own server.
// At fault: lib/findings/reply-to.ts replyElsewhere, `listsOwn = unsigned === 'restored' &&
//   (toListPost || toListHost)`: replyToUnsigned returns `true`, not 'restored', because the
//   author's signature verifies without undoing anything (the list added only Reply-To and List-*
//   fields, none in Exchange Online's h=), so the list's own Reply-To counts as a replayer's.
//   toListPost and toListHost (envelopeListHost: envelope and SPF pass at the List-Id host) both hold.
// Smallest fix: let listsOwn also hold for `unsigned === true` when toListHost holds (the list host's
//   own envelope passed SPF) AND the host is a known list host (hosted-server.ts LIST_HOSTS /
//   listHostingService), keeping asList (no Reply-To name speaking as the From).
// Could hurt: red-team round 21's list dress (rounds-kit viaAttackerList: List-Id, List-Post,
//   envelope and SPF all at lists.attacker.example) replaying a bank notice signed without Reply-To
//   and adding Reply-To at the attacker's list host: without the known-host gate that replay drops
//   to a low note. With the gate lists.quarkfield.example (a university's own Mailman) stays pending:
//   the honest alternative is to accept it as the cost.
//
// Group B (3): a Mailman 3 post held for moderation and approved 10 days after the author's Microsoft
// 365 client sent it (Date signed, no t=): w196-gmail-mailman3-post-approved-after-10-days-m365-
// author-offline, w196-box-…-offline (authenticated against 41a73120: new offline since ab1d460e) and
// the online twin w196-box-mailman3-post-approved-after-10-days-m365-author (suspicious there too).
// The 4-day twins pass (date-mismatch low: "dated 4 days before it was first relayed").
// Read now: suspicious; date-mismatch MEDIUM "The only signature vouching for fenway-clinic.example
//   was made 10 days before the message arrived".
// Should read: authenticated or unverified: the list host's own envelope passed SPF at its own
//   server, and moderation queues on quiet lists run longer than a week.
// At fault: lib/findings/timing.ts replayedSignature: REPLAY_S (7 days) for every vouching
//   signature, the list's own relaying not considered ("a week leaves room for its moderation
//   queue").
// Smallest fix: when list evidence names a List-Id host whose envelope passed SPF (reply-to.ts
//   envelopeListHost's test) and that host is a known list host (LIST_HOSTS), read the gap against
//   a longer window (30 days) or lower the finding to low.
// Could hurt: probe21-style replays dressed as a list post from the attacker's own list host (an old
//   signed notice re-sent with List-Id at lists.attacker.example): the known-host gate keeps them,
//   and again leaves this self-hosted list pending. A design call for the lead.
//
// Group C (1): w196-yahoo-hubspot-two-hs1-signatures-sender-verp-offline. HubSpot's dedicated host
// pgg4ag.mail.orbitline.example [54.174.63.102] is on Amazon's network.
// Read now: suspicious; hosted-server-relay MEDIUM (Amazon Web Services) beside Yahoo's dkim=pass for
//   both hs1 signatures, spf=pass for mail.orbitline.example (aligned) and dmarc=pass. Gmail and the
//   box read authenticated (hosted-server-relay low): their entry lines print the reverse name.
// Should read: authenticated.
// At fault: lib/findings/hosted-server.ts offlineOwnCloudServer: `!o.rdns` returns null, and
//   Yahoo's entry line (`from 127.0.0.1 (EHLO …) (ip)` in receivers.ts yahooDelivery) never prints a
//   reverse name, so the own-server reading cannot hold in Yahoo.
// Smallest fix: for a provider that prints no reverse name (Yahoo, AOL), accept the HELO inside the
//   From's organisation when the provider also recorded an SPF pass for an envelope in the From's
//   organisation (providerSpfPass with sameOwner(env, from)) beside providerSignedPass.
// Could hurt: the HELO is the sender's text; the aligned SPF pass is what ties the AWS address to the
//   domain, so a domain whose SPF names a broad cloud range (an `ip4:` /16 of EC2) would excuse any
//   renter there: ask SPF breadth where known (online only), accept the risk offline.
//
// Group D (2): Outlook on the web offline, the known gap of real-mail rounds 176 and 180 (EOP's
// id-less passes are not read offline: "no results from your provider were found"):
// w196-outlook-zendesk-own-dkim-reply-to-zendesk-host-offline (Zendesk's outbyoip2.pod13.usw2.
// zdsys.com [192.161.151.2] is AWS BYOIP space in the bundled data; with no provider the HELO names
// no ESP, origin.esp null) and w196-outlook-hubspot-two-hs1-signatures-sender-verp-offline.
// Read now: suspicious on hosted-server-relay MEDIUM with nothing checked. Should read: unverified.
// At fault: lib/findings/hosted-server.ts hostedServerRule with a.provider null offline (no excuse
//   can hold), and the verdict counting a medium finding when nothing was checked. Smallest fix: as
//   rounds 176/180 propose, read EOP's id-less passes offline for the own-server and ESP readings,
//   or keep hosted-server-relay low when nothing at all was checked (verdict: unverified).
// Could hurt: a replay from a rented VM read in Outlook offline would say unverified, not
//   suspicious: nothing there was checked either way.
// Lead, 2026-12-07 14:1x: kept as they are. Offline now reads as online does (the provider's recorded
// passes vouch as ours would), so a list's own Reply-To and a ten-day moderation delay cost offline
// what they already cost online: a list post's changes and delays cannot be told from a replay's
// without knowing the list (the known-host gate, LIST_HOSTS, is the fix's shape for both), and the
// offline replay with the attacker's Reply-To (probe203) read authenticated before.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'w196-gmail-mailman3-reply-goes-to-list-m365-author-offline',
  'w196-box-mailman3-reply-goes-to-list-m365-author-offline',
  'w196-box-mailman3-reply-goes-to-list-m365-author',
  'w196-gmail-mailman3-post-approved-after-10-days-m365-author-offline',
  'w196-box-mailman3-post-approved-after-10-days-m365-author-offline',
  'w196-box-mailman3-post-approved-after-10-days-m365-author',
  'w196-yahoo-hubspot-two-hs1-signatures-sender-verp-offline',
  'w196-outlook-zendesk-own-dkim-reply-to-zendesk-host-offline',
  'w196-outlook-hubspot-two-hs1-signatures-sender-verp-offline',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
