// Real-world delivery shapes, forty-eighth round: everyday mail read by the reader who installed
// HeaderLens and changed nothing (no --authserv-id, no trusted gateway), with the webmail profile
// only, or offline (no zone: only the provider's own word can decide).
// - ESPs through Gmail, Outlook (Exchange Online: its id-less results are never trusted, so offline
//   nothing can prove the mail) and Yahoo: Mailchimp, SendGrid, Amazon SES, Brevo, HubSpot.
// - Consumer paths: Yahoo to Outlook.com, a Google Calendar invitation, a colleague
//   inside one Microsoft 365 tenant, Outlook.com's and Gmail's forwarding rules, a university list.
// - The rules of the last hours from the genuine side (lib/auth/authresults.ts heloWrites, the HELO
//   taint; the address-literal reading): real senders' odd HELOs, an address literal `[192.0.2.55]`,
//   a Windows default host name `WIN-…`, `localhost.localdomain`, each with the provider's pass.
// Layouts learnt from: Mailchimp's fields (Message-ID @mailNN.<dc>.mcsv.net, X-MC-User, Feedback-ID,
// List-Unsubscribe at list-manage.com) from prototypefund/BBND-unspy.email-untrack-email-analyzer
// docs/decisions/adr-todo-headers-mailchimp.md; Amazon SES's `aNN-NN.smtp-out.<region>.amazonses.com`
// entry, X-SES-Outgoing and Feedback-ID from qianweicheng/hello-world protocol/email/security/demo.md;
// Brevo's relay and sender-sib.com envelope as rw17; SendGrid's as rw17; Gmail's results as
// receivers.ts; Exchange Online's lines as m365-shapes.ts (README-m365.md sources). Names and
// addresses are documentation ones except the providers' own; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';

import { emitCase, GMAIL, GMAIL_OUT, KEY, legitCorpus, OUTLOOK, ptr, type Relay, signAll } from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
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
import { exoInternal, HL, HL_ZONE } from '../rounds-kit';

/** DMARC passed for the From domain: nothing should make it a warning. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** The provider's trusted word is the only proof (offline): authenticated, no warning. */
const PROVIDER_PASS: CaseExpectation = { verdict: 'authenticated', notVerdict: ['spoofed', 'suspicious'] };
/** Genuine mail nothing can fully prove (offline, or an untrusted provider): never a warning. */
const NOT_WARNED: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['spoofed', 'suspicious'],
};
const YAHOO = ['--webmail', 'yahoo'];

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule, the fix and its risk.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Reads suspicious ("replies go to gmail.com, not to google.com": reply-to-other-org) for every
  // genuine Google Calendar invitation: Calendar sends from calendar-notification@google.com with
  // the organiser's name in the display name and the organiser's address in Reply-To. Should:
  // authenticated, with the Reply-To named at low severity ("an invitation Google Calendar sent for
  // dana.whitfield@gmail.com"). Rule: the reply-to-other-org finding (lib/findings/reply-to.ts, the
  // Reply-To rule). Proposed fix: when the From is exactly calendar-notification@google.com, DMARC passes
  // for google.com, the origin is Google's outbound, and the Reply-To's address equals the one the
  // display name or body names as organiser, lower the finding to low. Risk: Google Calendar invite
  // spam is a real phishing path (any Google account can invite anyone, Reply-To its own address);
  // the lower finding would let such a lure read authenticated. If the lead prefers the warning,
  // keep this as a known limit and say so in the README.
  // Fixed at 11:21 on 2026-12-05 (lib/findings/reply-to.ts, personsOwn): kept pending at 23:3x on
  // 2026-12-04 as invite spam is a lure, but every friend's invitation and share from a personal
  // Gmail account read suspicious; a brand's service writing for the person its Reply-To names is
  // now a low note, and a name chosen to look like a brand or the reader's desk keeps its own finding.
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await esps(write);
  await consumers(write);
  await oddHelos(write);
}

const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';
const GMAIL_RCPT = 'Robin Reader <robin.reader@gmail.com>';
const M365_RCPT = 'Robin Reader <robin@contoso.example>';

interface Sent {
  from: string;
  to: string;
  subject: string;
  id: string;
  signers: Array<[string, string]>;
  extra?: string[];
  body?: string;
}

const compose = (m: Sent) =>
  signAll(
    submitted({
      from: m.from,
      to: m.to,
      subject: m.subject,
      date: SENT,
      messageId: m.id,
      extraHeaders: m.extra,
      body: m.body ?? 'Hello,\r\n\r\nthis is an everyday message.\r\n',
    }),
    m.signers,
  );

const gmailIn = (
  raw: string,
  n: number,
  relay: Relay,
  envelope: string,
  d: string,
  s: string,
  from: string,
) =>
  gmailDelivery(raw, {
    relay,
    envelope,
    ids: [`x48csp11${n}0934pxa`, `a48si${n}4402911qtb.48`],
    spf: 'pass',
    deliveredTo: true,
    results: [gmailDkim(d, s), gmailSpf(envelope, relay.ip), gmailDmarc(from)].join('\r\n       '),
  });

// ---------------------------------------------------------------------------------------------
// 1. Newsletters and notices through ESPs
// ---------------------------------------------------------------------------------------------

async function esps(write: CaseWriter): Promise<void> {
  // Mailchimp, offline in Gmail: the bakery's newsletter, signed k1 by the customer and by mcsv.net.
  const mc: Relay = { helo: 'mail135.atl221.mcsv.net', rdns: 'mail135.atl221.mcsv.net', ip: '198.2.135.221' };
  const mcEnv = 'bounce-mc.us21_51234567.2409123-9d2f1e4a7b@mail135.atl221.mcsv.net';
  const mcRaw = await compose({
    from: 'Crumb & Co Bakery <news@crumb-bakery.example>',
    to: GMAIL_RCPT,
    subject: 'Advent calendar: 24 days of pastries',
    id: '<b00ccdbb39a8456492b99ae9e.be24ad69fc.20261120095958.a8d0ad03b7.fd6563fe@mail135.atl221.mcsv.net>',
    signers: [
      ['crumb-bakery.example', 'k1'],
      ['mcsv.net', 'k2'],
    ],
    extra: [
      'X-Mailer: Mailchimp Mailer - **CIDa8d0ad03b7be24ad69fc**',
      'X-MC-User: b00ccdbb39a8456492b99ae9e',
      'Feedback-ID: 51234567:51234567.2409123:us21:mc',
      'List-Unsubscribe: <https://crumb-bakery.us21.list-manage.com/unsubscribe?u=b00ccdbb39a8456492b99ae9e&id=ede4b53575>',
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    ],
  });
  emitCase(write, {
    name: 'rw48-mailchimp-bakery-newsletter-gmail-offline',
    about:
      'A bakery’s Mailchimp newsletter (signed d=crumb-bakery.example s=k1 and d=mcsv.net, envelope bounce-mc.us21_…@mail135.atl221.mcsv.net from 198.2.135.221), read in Gmail offline: only Gmail’s dkim/spf/dmarc=pass decide. Genuine: expected authenticated on Gmail’s word, no warning',
    class: 'esp-offline',
    args: GMAIL,
    eml: gmailIn(mcRaw, 1, mc, mcEnv, 'crumb-bakery.example', 'k1', 'crumb-bakery.example'),
    expect: PROVIDER_PASS,
  });

  // SendGrid password reset read in Outlook offline: EOP's id-less results are not trusted.
  const sg: Relay = {
    helo: 'o1678917.outbound-mail.sendgrid.net',
    rdns: 'o1678917.outbound-mail.sendgrid.net',
    ip: '167.89.17.92',
  };
  const sgRaw = await compose({
    from: 'Trailhead Outfitters <no-reply@trailhead-outfitters.example>',
    to: M365_RCPT,
    subject: 'Reset your password',
    id: '<7Rk2pQm4TZCw1x9bVn3sLA@geopod-ismtpd-3-0>',
    signers: [
      ['trailhead-outfitters.example', 's1'],
      ['sendgrid.info', 'smtpapi'],
    ],
    extra: ['X-SG-EID: u001.Zq8mB2xR4tKc9pWv1nLs3dHf6gJa0yEo'],
    body: 'Hi Robin,\r\n\r\nsomeone asked to reset your password. The link expires in 30 minutes:\r\nhttps://trailhead-outfitters.example/reset?t=4f1c\r\n',
  });
  const sgEnv = 'bounces+3390217-7f1c-robin=contoso.example@em8812.trailhead-outfitters.example';
  const sgArgs = {
    ...eopPass(
      sg,
      'em8812.trailhead-outfitters.example',
      'dkim=pass (signature was verified)\r\n header.d=trailhead-outfitters.example',
      'trailhead-outfitters.example',
    ),
    returnPath: sgEnv,
  };
  emitCase(write, {
    name: 'rw48-sendgrid-password-reset-outlook-offline',
    about:
      'A shop’s password reset through SendGrid (branded bounce domain em8812.trailhead-outfitters.example, d=trailhead-outfitters.example s1 plus sendgrid.info) to a Microsoft 365 mailbox, read in Outlook offline: Exchange Online’s results carry no authserv-id and are not trusted, DNS is off. Genuine: nothing can prove it, unverified is honest; never a warning',
    class: 'esp-offline',
    args: OUTLOOK,
    eml: eopDelivery(sgRaw, sgArgs),
    expect: NOT_WARNED,
  });
  // The same read online: HeaderLens re-checks everything itself.
  emitCase(write, {
    name: 'rw48-sendgrid-password-reset-outlook-online',
    about:
      'The same SendGrid password reset read in Outlook online: HeaderLens re-checks the shop’s signature and the branded bounce domain’s SPF itself. Genuine: expected authenticated',
    class: 'esp',
    args: OUTLOOK,
    eml: eopDelivery(sgRaw, sgArgs),
    zone: {
      ...ptr(sg.ip, sg.rdns),
      's1._domainkey.trailhead-outfitters.example': KEY(),
      'smtpapi._domainkey.sendgrid.info': KEY(),
      'em8812.trailhead-outfitters.example': { TXT: ['v=spf1 ip4:167.89.0.0/17 ip4:149.72.0.0/16 -all'] },
      '_dmarc.trailhead-outfitters.example': { TXT: ['v=DMARC1; p=quarantine'] },
    },
    expect: PASSES,
  });

  // Amazon SES, a bank's statement notice with a custom MAIL FROM, read in Gmail with no options
  // twin (DNS on): Gmail's word and our own check agree.
  const ses: Relay = {
    helo: 'a7-12.smtp-out.eu-west-1.amazonses.com',
    rdns: 'a7-12.smtp-out.eu-west-1.amazonses.com',
    ip: '54.240.7.12',
  };
  const sesEnv = '0102018c3f2a1b4d-7e9a1c2b-3d4e-4f5a-8b6c-1d2e3f4a5b6c-000000@mail.harbourbank.example';
  const sesRaw = await compose({
    from: 'Harbour Bank <notices@harbourbank.example>',
    to: GMAIL_RCPT,
    subject: 'Your November statement is ready',
    id: '<0102018c3f2a1b4d-7e9a1c2b-3d4e-4f5a-8b6c-1d2e3f4a5b6c-000000@eu-west-1.amazonses.com>',
    signers: [
      ['amazonses.com', 'shh3fegwg5fppqsuzphvschd53n6ihuv'],
      ['harbourbank.example', 'hb2026'],
    ],
    extra: [
      'X-SES-Outgoing: 2026.11.20-54.240.7.12',
      'Feedback-ID: 1.eu-west-1.Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA=:AmazonSES',
    ],
    body: 'Dear customer,\r\n\r\nyour statement is ready in online banking. We never ask for your password by email.\r\n',
  });
  emitCase(write, {
    name: 'rw48-ses-bank-statement-gmail',
    about:
      'A bank’s statement notice through Amazon SES with a custom MAIL FROM (mail.harbourbank.example, SPF include of amazonses) signed d=harbourbank.example and d=amazonses.com, from a7-12.smtp-out.eu-west-1.amazonses.com, read in Gmail with DNS on; the twin reads it with no options at all (no webmail, no authserv-id: HeaderLens decides alone). Genuine: expected authenticated both ways',
    class: 'esp',
    args: GMAIL,
    twin: true,
    eml: gmailIn(sesRaw, 2, ses, sesEnv, 'harbourbank.example', 'hb2026', 'harbourbank.example'),
    zone: {
      ...ptr(ses.ip, ses.rdns),
      'hb2026._domainkey.harbourbank.example': KEY(),
      'shh3fegwg5fppqsuzphvschd53n6ihuv._domainkey.amazonses.com': KEY(),
      'mail.harbourbank.example': { TXT: ['v=spf1 include:amazonses.com ~all'] },
      'amazonses.com': { TXT: ['v=spf1 ip4:54.240.0.0/18 ip4:69.169.224.0/20 ip4:23.249.208.0/20 -all'] },
      '_dmarc.harbourbank.example': { TXT: ['v=DMARC1; p=reject'] },
    },
    expect: PASSES,
  });

  // Brevo, a shop's order confirmation read in Yahoo offline.
  const bv: Relay = {
    helo: 'mail185-28.suw21.brevo.com',
    rdns: 'mail185-28.suw21.brevo.com',
    ip: '185.41.28.109',
  };
  const bvRaw = await compose({
    from: 'Papeterie Lumen <commandes@papeterie-lumen.example>',
    to: 'Robin Reader <robin.reader@yahoo.com>',
    subject: 'Commande n° 10482 confirmée',
    id: '<202611200959.58214739105@smtp-relay.mailin.fr>',
    signers: [
      ['papeterie-lumen.example', 'brevo1'],
      ['sendinblue.com', 'mail'],
    ],
    extra: [
      'X-Mailin-EID: MTIzNDU2Nzg5fnJvYmluLnJlYWRlckB5YWhvby5jb21%2Bfjx4eHg%2BfmNsNg%3D%3D',
      'X-sib-id: UGFwZXRlcmllTHVtZW5Db21tYW5kZXM',
    ],
  });
  emitCase(write, {
    name: 'rw48-brevo-order-confirmation-yahoo-offline',
    about:
      'A French stationer’s order confirmation through Brevo (mail185-28.suw21.brevo.com, envelope at a185-28.sender-sib.com, d=papeterie-lumen.example s=brevo1 plus d=sendinblue.com), read in Yahoo Mail offline: Yahoo’s header under its mta host’s id says dkim pass for the shop and dmarc=pass. Genuine: expected authenticated on Yahoo’s word',
    class: 'esp-offline',
    args: YAHOO,
    eml: yahooDelivery(bvRaw, {
      relay: bv,
      envelope: 'pX4kT9qL2mV8bZ1w@a185-28.sender-sib.com',
      results: yahooResults(
        [
          ['papeterie-lumen.example', 'brevo1'],
          ['sendinblue.com', 'mail'],
        ],
        'a185-28.sender-sib.com',
        'dmarc=pass(p=QUARANTINE) header.from=papeterie-lumen.example;',
      ),
    }),
    expect: PROVIDER_PASS,
  });

  // HubSpot, a webinar invitation read in Gmail with DNS on.
  const hs: Relay = { helo: 'bid4a.hubspotemail.net', rdns: 'bid4a.hubspotemail.net', ip: '158.247.16.12' };
  const hsEnv = '1axbtbityq6y1wq4ymwmnn0v3yzt0yc5uq7d5r-robin.reader=gmail.com@bf04x.hubspotemail.net';
  const hsRaw = await compose({
    from: 'Lattice Analytics Events <events@lattice-analytics.example>',
    to: GMAIL_RCPT,
    subject: 'You’re invited: Forecasting with messy data (live, 3 Dec)',
    id: '<1732096798123.e0f7a1b2-c3d4-4e5f-a6b7-c8d9e0f1a2b3@bf04x.hubspotemail.net>',
    signers: [
      ['lattice-analytics.example', 'hs1'],
      ['hubspotemail.net', 'hs2'],
    ],
    extra: ['X-HS-Cid: 1axbtbityq6y1wq4ymwmnn0v3yzt0yc5uq7d5r', 'X-Report-Abuse-To: abuse@hubspot.com'],
  });
  emitCase(write, {
    name: 'rw48-hubspot-webinar-invite-gmail',
    about:
      'A B2B webinar invitation through HubSpot (bid4a.hubspotemail.net, VERP envelope at bf04x.hubspotemail.net, d=lattice-analytics.example s=hs1 plus d=hubspotemail.net), read in Gmail with DNS on: the From aligns by the customer’s signature only. Genuine: expected authenticated',
    class: 'esp',
    args: GMAIL,
    eml: gmailIn(hsRaw, 3, hs, hsEnv, 'lattice-analytics.example', 'hs1', 'lattice-analytics.example'),
    zone: {
      ...ptr(hs.ip, hs.rdns),
      'hs1._domainkey.lattice-analytics.example': KEY(),
      'hs2._domainkey.hubspotemail.net': KEY(),
      'bf04x.hubspotemail.net': { TXT: ['v=spf1 ip4:158.247.16.0/20 -all'] },
      '_dmarc.lattice-analytics.example': { TXT: ['v=DMARC1; p=none'] },
    },
    expect: PASSES,
  });
}

// ---------------------------------------------------------------------------------------------
// 2. Consumer and colleague mail
// ---------------------------------------------------------------------------------------------

async function consumers(write: CaseWriter): Promise<void> {
  // Google Calendar invitation, offline in Gmail.
  const cal = await compose({
    from: 'Dana Whitfield <calendar-notification@google.com>',
    to: GMAIL_RCPT,
    subject: 'Invitation: Quarterly review @ Thu 3 Dec 2026 14:00 - 15:00 (GMT)',
    id: '<calendar-4b1d7e2a-9c3f-4a8b-b6e1-2f7d3c9a5e10@google.com>',
    signers: [['google.com', '20230601']],
    extra: [
      'Reply-To: Dana Whitfield <dana.whitfield@gmail.com>',
      'Sender: Google Calendar <calendar-notification@google.com>',
    ],
    body: 'You have been invited by dana.whitfield@gmail.com to the following event.\r\n',
  });
  const calRelay: Relay = {
    helo: 'mail-sor-f69.google.com',
    rdns: 'mail-sor-f69.google.com',
    ip: '209.85.220.69',
  };
  emitCase(write, {
    name: 'rw48-google-calendar-invite-gmail-offline',
    about:
      'A Google Calendar invitation from a friend: From "Dana Whitfield <calendar-notification@google.com>" (Calendar puts the organiser’s name on its own address), Reply-To her gmail.com, signed d=google.com, from mail-sor-f69.google.com, read in Gmail offline. Genuine: expected authenticated on Gmail’s word; the display name and Reply-To are Calendar’s own layout, not a warning',
    class: 'consumer-offline',
    args: GMAIL,
    eml: gmailIn(
      cal,
      5,
      calRelay,
      'calendar-notification@google.com',
      'google.com',
      '20230601',
      'google.com',
    ),
    expect: PROVIDER_PASS,
  });

  // A colleague inside one Microsoft 365 tenant, read in Outlook offline.
  const colleague = await compose({
    from: `Priya Natarajan <priya.natarajan@${HL}>`,
    to: `Dana Whitfield <dana.whitfield@${HL}>`,
    subject: 'Budget sheet for Monday',
    id: `<SA1PR11MB67349C2B1D4E5F6A7B8C9D0E1F2A3B4C@SA1PR11MB6734.namprd11.prod.outlook.com>`,
    signers: [],
  });
  emitCase(write, {
    name: 'rw48-m365-colleague-same-tenant-outlook-offline',
    about:
      'A colleague’s message inside one Microsoft 365 tenant (harbourline.example): submitted over MAPI and delivered over HTTPS between the tenant’s mailbox servers, never through EOP, no DKIM (Exchange signs only outbound), read in Outlook offline. Genuine: unverified at worst, never a warning',
    class: 'm365-internal-offline',
    args: OUTLOOK,
    eml: exoInternal(colleague, `priya.natarajan@${HL}`, 'Fri, 20 Nov 2026 10:00:01 +0000'),
    expect: NOT_WARNED,
  });
  // The same online (the tenant's DNS on).
  emitCase(write, {
    name: 'rw48-m365-colleague-same-tenant-outlook-online',
    about:
      'The same colleague’s message inside one tenant read in Outlook with DNS on (p=reject, SPF include of spf.protection.outlook.com): an internal message has no outside hop to check. Genuine: unverified at worst, never a warning',
    class: 'm365-internal',
    args: OUTLOOK,
    eml: exoInternal(colleague, `priya.natarajan@${HL}`, 'Fri, 20 Nov 2026 10:00:01 +0000'),
    zone: HL_ZONE,
    expect: NOT_WARNED,
  });

  // Yahoo to Outlook.com, offline: Exchange's results untrusted.
  const yh: Relay = {
    helo: 'sonic317-20.consmr.mail.ne1.yahoo.com',
    rdns: 'sonic317-20.consmr.mail.ne1.yahoo.com',
    ip: '66.163.187.157',
  };
  const yraw = await compose({
    from: 'Marta Ruiz <marta.ruiz@yahoo.com>',
    to: 'Robin Reader <robin.reader@outlook.com>',
    subject: 'Photos from the hike',
    id: '<1283746510.4821937.1732096798123@mail.yahoo.com>',
    signers: [['yahoo.com', 's2048']],
    extra: ['X-Mailer: WebService/1.1.22806 YMailNorrin'],
  });
  const yArgs = eopPass(
    yh,
    'yahoo.com',
    'dkim=pass (signature was verified)\r\n header.d=yahoo.com',
    'yahoo.com',
  );
  emitCase(write, {
    name: 'rw48-yahoo-to-outlookcom-offline',
    about:
      'A yahoo.com friend to the reader’s outlook.com, from sonic317-20.consmr.mail.ne1.yahoo.com (66.163.187.157), signed d=yahoo.com s=s2048, read in Outlook offline: Exchange Online’s id-less results are not trusted, DNS is off. Genuine: unverified is honest, never a warning',
    class: 'consumer-offline',
    args: OUTLOOK,
    eml: eopDelivery(yraw, { ...yArgs, returnPath: 'marta.ruiz@yahoo.com' }),
    expect: NOT_WARNED,
  });

  // Outlook.com's forwarding rule to Gmail: the bank's signature survives, SRS envelope at outlook.com.
  const fwdRaw = await compose({
    from: 'Harbour Bank <notices@harbourbank.example>',
    to: 'Robin Reader <robin.reader@outlook.com>',
    subject: 'Card payment of EUR 42.10 at Bookshop',
    id: '<0102018c3f2a1b4d-aa11bb22-cc33-4d44-8e55-66ff77aa88bb-000000@eu-west-1.amazonses.com>',
    signers: [['harbourbank.example', 'hb2026']],
  });
  const olFwd: Relay = {
    helo: 'EUR05-AM6-obe.outbound.protection.outlook.com',
    rdns: 'mail-am6eur05olkn2041.outbound.protection.outlook.com',
    ip: '40.92.65.41',
  };
  const srs = 'SRS0=Kq3f=R4=harbourbank.example=notices@outlook.com';
  emitCase(write, {
    name: 'rw48-outlookcom-forward-rule-to-gmail-offline',
    about:
      'The reader’s Outlook.com forwarding rule sends the bank’s card notice on to Gmail: Outlook.com’s outbound (40.92.65.41, EUR05-AM6-obe) with an SRS envelope at outlook.com, the bank’s d=harbourbank.example signature intact; Gmail says dkim=pass, spf=pass for outlook.com, dmarc=pass by the signature. Read in Gmail offline. Genuine: expected authenticated on Gmail’s word',
    class: 'forwarded-offline',
    args: GMAIL,
    eml: gmailDelivery(fwdRaw, {
      relay: olFwd,
      envelope: srs,
      ids: ['x48csp1160934pxa', 'a48si64402911qtb.48'],
      spf: 'pass',
      deliveredTo: true,
      results: [
        gmailDkim('harbourbank.example', 'hb2026'),
        gmailSpf(srs, olFwd.ip),
        gmailDmarc('harbourbank.example'),
      ].join('\r\n       '),
    }),
    expect: PROVIDER_PASS,
  });

  // Gmail's forwarding rule to a Microsoft 365 mailbox, online.
  const gFwdEnv = 'robin.reader+caf_=robin=contoso.example@gmail.com';
  emitCase(write, {
    name: 'rw48-gmail-forward-rule-to-m365-online',
    about:
      'The reader’s Gmail forwarding rule sends the bank’s card notice on to the office Microsoft 365 mailbox: Gmail’s outbound mail-sor-f41.google.com with the "+caf_=" envelope at gmail.com, the bank’s signature intact; read in Outlook with DNS on: HeaderLens verifies the bank’s signature itself. Genuine: expected authenticated (DMARC pass by DKIM)',
    class: 'forwarded',
    args: OUTLOOK,
    eml: eopDelivery(fwdRaw, {
      ...eopPass(
        GMAIL_OUT,
        'gmail.com',
        'dkim=pass (signature was verified)\r\n header.d=harbourbank.example',
        'harbourbank.example',
      ),
      returnPath: gFwdEnv,
    }),
    zone: {
      ...M365_SPF_ZONE,
      ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
      'gmail.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
      'hb2026._domainkey.harbourbank.example': KEY(),
      'harbourbank.example': { TXT: ['v=spf1 include:amazonses.com ~all'] },
      '_dmarc.harbourbank.example': { TXT: ['v=DMARC1; p=reject'] },
    },
    expect: PASSES,
  });

  // A university Mailman 3 list with From rewritten to the list (dmarc_mitigate_action munge_from).
  const list: Relay = { helo: 'lists.example-uni.ac.uk', rdns: 'lists.example-uni.ac.uk', ip: '192.0.2.140' };
  const listRaw = await compose({
    from: 'Alice Byrne via Physics-Seminar <physics-seminar@lists.example-uni.ac.uk>',
    to: 'physics-seminar@lists.example-uni.ac.uk',
    subject: '[Physics-Seminar] Thursday talk moved to LT2',
    id: '<AM9PR02MB7361E3F4A5B6C7D8E9F0A1B2C3D4@AM9PR02MB7361.eurprd02.prod.outlook.com>',
    signers: [['lists.example-uni.ac.uk', 'list2026']],
    extra: [
      'Reply-To: Alice Byrne <alice.byrne@example-uni.ac.uk>',
      'List-Id: Physics seminar announcements <physics-seminar.lists.example-uni.ac.uk>',
      'X-Mailman-Version: 3.3.9',
      'Precedence: list',
    ],
  });
  const listEnv = 'physics-seminar-bounces+robin.reader=gmail.com@lists.example-uni.ac.uk';
  emitCase(write, {
    name: 'rw48-university-mailman-list-munged-from-gmail-offline',
    about:
      'A university seminar list on Mailman 3 rewrites the From to the list ("Alice Byrne via Physics-Seminar", Reply-To the author, because her domain publishes p=reject) and signs d=lists.example-uni.ac.uk, VERP envelope at the list host; read in Gmail offline. Genuine: expected authenticated on Gmail’s word; the "via" name and Reply-To are the list’s layout, not a warning',
    class: 'list-offline',
    args: GMAIL,
    eml: gmailIn(listRaw, 7, list, listEnv, 'lists.example-uni.ac.uk', 'list2026', 'lists.example-uni.ac.uk'),
    expect: PROVIDER_PASS,
  });
}

// ---------------------------------------------------------------------------------------------
// 3. Odd HELOs of real senders (the HELO taint and address-literal readings)
// ---------------------------------------------------------------------------------------------

async function oddHelos(write: CaseWriter): Promise<void> {
  // An address-literal HELO at Gmail: a small shop's own server.
  const shop = 'kettle-and-cog.example';
  const lit: Relay = { helo: '[192.0.2.55]', rdns: `mail.${shop}`, ip: '192.0.2.55' };
  const litRaw = await compose({
    from: `Kettle & Cog <orders@${shop}>`,
    to: GMAIL_RCPT,
    subject: 'Your order has shipped',
    id: `<20261120095958.55aa@${shop}>`,
    signers: [[shop, 'mail']],
  });
  const shopZone = {
    ...ptr(lit.ip, lit.rdns),
    [`mail._domainkey.${shop}`]: KEY(),
    [shop]: { TXT: ['v=spf1 ip4:192.0.2.55 -all'] },
    [`_dmarc.${shop}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  };
  emitCase(write, {
    name: 'rw48-address-literal-helo-shop-gmail',
    about:
      'A small shop’s own server greets with an address literal, EHLO [192.0.2.55] (RFC 5321 §4.1.3; common for PHP mailers and appliances without a host name), so Gmail writes "from [192.0.2.55] (mail.kettle-and-cog.example. [192.0.2.55])"; signed d=kettle-and-cog.example, SPF ip4; read in Gmail with DNS on, and the twin with no options. Genuine: expected authenticated; the literal is no taint (no ; ) " or \\ in it)',
    class: 'odd-helo',
    args: GMAIL,
    twin: true,
    eml: gmailIn(litRaw, 8, lit, `orders@${shop}`, shop, 'mail', shop),
    zone: shopZone,
    expect: PASSES,
  });

  // A Windows default host name as HELO, at a plain Postfix box, read with no options (DNS on).
  const clinic = 'riverside-dental.example';
  const win: Relay = { helo: 'WIN-8QK3J2L1M0P', rdns: `smtp.${clinic}`, ip: '198.51.100.23' };
  const winRaw = await compose({
    from: `Riverside Dental <reception@${clinic}>`,
    to: 'Robin Reader <robin@reader.example>',
    subject: 'Appointment reminder: Tue 24 Nov, 09:30',
    id: `<WIN-8QK3J2L1M0P.20261120095958.0042@${clinic}>`,
    signers: [[clinic, 'default']],
  });
  emitCase(write, {
    name: 'rw48-windows-default-helo-dental-reminder-no-options',
    about:
      'A dental practice’s reminder from its Windows server that still greets with its default name WIN-8QK3J2L1M0P (not a domain name), forward-confirmed smtp.riverside-dental.example, signed d=riverside-dental.example, SPF ip4; the reader’s own Postfix box writes the entry line and HeaderLens runs with no options at all (no authserv-id: it checks DNS itself). Genuine: expected authenticated; an odd HELO of a real sender is not a reason',
    class: 'odd-helo',
    args: [],
    eml: onTop(
      winRaw,
      received({ ...win, by: 'mx.reader.example', id: '4Qx48Win001', for: 'robin@reader.example' }),
    ),
    zone: {
      ...ptr(win.ip, win.rdns),
      [`default._domainkey.${clinic}`]: KEY(),
      [clinic]: { TXT: [`v=spf1 ip4:${win.ip} -all`] },
      [`_dmarc.${clinic}`]: { TXT: ['v=DMARC1; p=none'] },
    },
    expect: PASSES,
  });

  // localhost.localdomain HELO from a club's web host, read in Yahoo offline.
  const club = 'northside-rowing.example';
  const lh: Relay = { helo: 'localhost.localdomain', rdns: `web01.${club}`, ip: '203.0.113.77' };
  const lhRaw = await compose({
    from: `Northside Rowing Club <membership@${club}>`,
    to: 'Robin Reader <robin.reader@yahoo.com>',
    subject: 'Your membership renewal receipt',
    id: `<d41d8cd98f00b204e9800998ecf8427e@${club}>`,
    signers: [[club, 'web']],
    extra: ['X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'],
  });
  emitCase(write, {
    name: 'rw48-localhost-helo-club-receipt-yahoo-offline',
    about:
      'A rowing club’s website (PHPMailer on an unconfigured VPS) greets Yahoo with EHLO localhost.localdomain; signed d=northside-rowing.example, SPF ip4, Yahoo’s header says dkim/spf/dmarc pass; read in Yahoo Mail offline. Genuine: expected authenticated on Yahoo’s word; localhost as HELO is a configuration slip, not a spoof',
    class: 'odd-helo-offline',
    args: YAHOO,
    eml: yahooDelivery(lhRaw, {
      relay: lh,
      envelope: `membership@${club}`,
      results: yahooResults([[club, 'web']], club, `dmarc=pass(p=NONE) header.from=${club};`),
    }),
    expect: PROVIDER_PASS,
  });
}
