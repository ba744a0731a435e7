// Red-team probes, round 111 (December 2026): the day's lib/ changes (990311de..HEAD) read by an
// attacker who has read lib/, each attack beside its genuine control.
// - lib/findings/reply-to.ts uploadersOwn / mailboxLures: a WeTransfer uploader's confirmed Gmail
//   is a low note unless its folded name holds a desk, bank or payment stem or the reader's name.
//   The stems hold no brand and no bank's own name: a "docusign.envelopes" uploader, or one named
//   after the reader's bank ("northbank.carddesk"). WeTransfer's layout (noreply@wetransfer.com
//   through SendGrid, em4417.wetransfer.com return path, uploader as Reply-To and in the Subject)
//   as realworld101 learnt it (help.wetransfer.com, Sublime's "Brand Impersonation: WeTransfer").
// - lib/findings/platforms.ts addressUsersName: Google Calendar's calendar-notification@google.com
//   carries the organiser's whole name unless it is exactly the product's, "Google Calendar". A
//   Workspace admin names his own user "Google Calendar" (Workspace lets the admin set any first
//   and last name), so the organiser's name reads as Google's product's. Calendar's layout as
//   probe108/probe109 (realworld48, realworld62): From the organiser's name at
//   calendar-notification@google.com, Sender Google Calendar, Reply-To the organiser.
// - lib/findings/domains.ts BRANDS: Facebook now owns fb.com and the "meta compliance" phrase;
//   MetaCompliance (a security-awareness vendor whose name is one glued word) and the American
//   Farm Bureau Federation (fb.org) are real senders whose own mail must not read as Meta's.
// Names and addresses are documentation ones except Google's, SendGrid's, WeTransfer's,
// MetaCompliance's and the Farm Bureau's own names and hosts; every key is the corpus key.
import type { CaseExpectation } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, GMAIL, KEY, NOT_TRUSTED, OUTLOOK, ptr, type Relay, signAll } from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const ORG = 'tidewater.example';
const TIDEWATER = ['--recipient-domain', ORG];
const READER = `Robin Reader <robin.reader@${ORG}>`;

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const domainOf = (addr: string) => addr.slice(addr.lastIndexOf('@') + 1).replace(/>$/, '');

interface Sent {
  from: string;
  envelope: string;
  relay: Relay;
  signers: [string, string][];
  subject: string;
  body: string;
  messageId: string;
  extra?: string[];
}

function signed(s: Sent): Promise<string> {
  return signAll(
    submitted({
      from: s.from,
      to: READER,
      subject: s.subject,
      date: SENT,
      messageId: s.messageId,
      extraHeaders: s.extra ?? [],
      body: s.body,
    }),
    s.signers,
  );
}

// Google's outbound for its own service mail (209.85.128.0/17).
const GOOGLE: Relay = {
  helo: 'mail-sor-f69.google.com',
  rdns: 'mail-sor-f69.google.com',
  ip: '209.85.220.69',
};
// WeTransfer's SendGrid IP with its branded reverse name (realworld101).
const SENDGRID: Relay = {
  helo: 'o101.ptr4417.wetransfer.com',
  rdns: 'o101.ptr4417.wetransfer.com',
  ip: '149.72.101.17',
};
const WT_ENV = 'bounces+2114455-8c1f-robin.reader=tidewater.example@em4417.wetransfer.com';
const MC: Relay = {
  helo: 'mail-out2.metacompliance.com',
  rdns: 'mail-out2.metacompliance.com',
  ip: '198.51.100.111',
};
const FB: Relay = { helo: 'mta1.fb.org', rdns: 'mta1.fb.org', ip: '203.0.113.111' };

const ZONE = {
  ...ptr(GOOGLE.ip, GOOGLE.rdns),
  ...ptr(SENDGRID.ip, SENDGRID.rdns),
  ...ptr(MC.ip, MC.rdns),
  ...ptr(FB.ip, FB.rdns),
  ...M365_SPF_ZONE,
  ...key('google.com', '20230601'),
  ...dmarc('google.com', 'reject'),
  ...txt('calendar-server.bounces.google.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 -all'),
  ...txt('em4417.wetransfer.com', 'v=spf1 include:sendgrid.net -all'),
  ...txt('sendgrid.net', 'v=spf1 ip4:149.72.0.0/16 ip4:167.89.0.0/17 ~all'),
  ...txt('wetransfer.com', 'v=spf1 include:sendgrid.net include:_spf.google.com -all'),
  ...dmarc('wetransfer.com', 'reject'),
  ...key('wetransfer.com', 's1'),
  ...txt('metacompliance.com', `v=spf1 ip4:${MC.ip} include:spf.protection.outlook.com -all`),
  ...key('metacompliance.com', 'mc1'),
  ...dmarc('metacompliance.com', 'reject'),
  ...txt('fb.org', `v=spf1 ip4:${FB.ip} -all`),
  ...key('fb.org', 'afbf'),
  ...dmarc('fb.org', 'quarantine'),
  ...dmarc(ORG, 'quarantine'),
  ...txt(ORG, 'v=spf1 include:_spf.google.com -all'),
  ...txt('calendar-ops.example', 'v=spf1 include:_spf.google.com -all'),
  ...dmarc('calendar-ops.example', 'none'),
  ...txt('harbourline.example', 'v=spf1 include:_spf.google.com -all'),
  ...dmarc('harbourline.example', 'reject'),
};

async function atGmail(s: Sent, n: string): Promise<string> {
  const [d, sel] = s.signers[0] ?? ['', ''];
  return gmailDelivery(await signed(s), {
    relay: s.relay,
    envelope: s.envelope,
    results: [
      gmailDkim(d, sel),
      gmailSpf(s.envelope, s.relay.ip),
      gmailDmarc(domainOf(s.from), 'REJECT'),
    ].join('\r\n       '),
    ids: [`x111csp${n}pxa`, `a111si${n}qtb.111`],
    spf: 'pass',
    deliveredTo: true,
    to: `robin.reader@${ORG}`,
  });
}

async function atOutlook(s: Sent): Promise<string> {
  return eopDelivery(await signed(s), {
    ...eopPass(
      s.relay,
      domainOf(s.envelope),
      `dkim=pass (signature was verified)\r\n header.d=${s.signers[0]?.[0] ?? 'none'}`,
      domainOf(s.from),
    ),
    returnPath: s.envelope,
  });
}

const wetransfer = (uploader: string, file: string, n: string): Sent => ({
  from: 'WeTransfer <noreply@wetransfer.com>',
  envelope: WT_ENV,
  relay: SENDGRID,
  signers: [['wetransfer.com', 's1']],
  subject: `${uploader} sent you some files`,
  body: `${uploader} sent you some files\r\n\r\n1 file, 212 KB in total - Will be deleted on 28 November 2026\r\n\r\n${file}\r\n\r\nDownload link: https://we.tl/t-example111${n}\r\n`,
  messageId: `<111${n}.wt.Q8xR2@wetransfer.com>`,
  extra: [`Reply-To: ${uploader}`],
});

const CAL = 'calendar-notification@google.com';
const calendar = (who: string, organiser: string, title: string, desc: string, n: string): Sent => ({
  from: `"${who}" <${CAL}>`,
  envelope: `3Qp111${n}ZDgsXfUbXhM-SaXhZTgNThZ.PbZ@calendar-server.bounces.google.com`,
  relay: GOOGLE,
  signers: [['google.com', '20230601']],
  subject: `Invitation: ${title} @ Mon 23 Nov 2026 09:00 - 09:30 (GMT)`,
  body: `${who} has invited you to a meeting.\r\n\r\n${title}\r\nMonday 23 Nov 2026 09:00 - 09:30 (GMT)\r\n\r\n${desc}\r\n\r\nOrganizer: ${organiser}\r\nInvitation from Google Calendar\r\n`,
  messageId: `<calendar-111${n}c1e9a4-3b7d-4f2a-9e8c-1d6b5a4f3e${n}0@google.com>`,
  extra: ['Sender: Google Calendar <calendar-notification@google.com>', `Reply-To: "${who}" <${organiser}>`],
});

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed.
 */
// Fixed at 20:04 on 2026-12-05 (lib/findings/reply-to.ts mailboxLures): a WeTransfer uploader's
// Gmail naming a brand, digits glued or not (microsoft365.sharedfiles), or a desk
// (northbank.carddesk), keeps the Reply-To medium: suspicious.
// Fixed at 20:04 on 2026-12-05 (lib/findings/platforms.ts addressUsersName, display-name.ts
// brandClaimed, reader-org.ts outsidersName with repliesOutside): an invitation whose organiser
// named himself "Google Calendar" and answers at his own address is his name, not Google's
// (probe111-*-calendar-organiser-named-google-calendar: display-name-brand, suspicious).
// Fixed at 20:04 on 2026-12-05 (lib/findings/domains.ts Facebook): fb.com is not listed among
// Meta's domains, so the American Farm Bureau's own fb.org is no look-alike of it
// (probe111-gmail-farm-bureau-fb-org-genuine reads authenticated).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
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
const emit = (write: CaseWriter, c: One) => emitCase(write, { ...c, zone: ZONE, class: `probe111-${c.cls}` });

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- WeTransfer: the uploader's confirmed Gmail, named after a brand or the reader's bank ----
  const uploads: Array<[string, string, string, string, 'gmail' | 'outlook']> = [
    ['docusign-uploader', 'docusign.envelopes@gmail.com', 'Completed_Agreement_DocuSign.html', 'a', 'gmail'],
    [
      'microsoft365-uploader',
      'microsoft365.sharedfiles@gmail.com',
      'Shared_Document_OneDrive.html',
      'b',
      'outlook',
    ],
    ['bank-carddesk-uploader', 'northbank.carddesk@gmail.com', 'Card_Reactivation_Form.html', 'c', 'gmail'],
  ];
  for (const [slug, uploader, file, n, reader] of uploads) {
    const s = wetransfer(uploader, file, n);
    emit(write, {
      name: `probe111-${reader}-wetransfer-${slug}`,
      cls: 'wetransfer-uploader',
      about: `A genuine WeTransfer transfer whose uploader confirmed his own Gmail, ${uploader}: "${uploader} sent you some files" (${file}), Reply-To the uploader, signed d=wetransfer.com through SendGrid, every pass. The uploader's mailbox names a brand or the reader's bank's card desk, a name mailboxLures' stems (desk, bank and payment words) do not hold. Online, ${reader}, --recipient-domain ${ORG}. Wanted: not trusted (a brand's or a bank's desk answering at a free mailbox is the lure, whatever WeTransfer confirmed).`,
      eml: reader === 'gmail' ? await atGmail(s, n) : await atOutlook(s),
      args: [...(reader === 'gmail' ? GMAIL : OUTLOOK), ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }
  emit(write, {
    name: 'probe111-gmail-wetransfer-photographer-control',
    cls: 'control',
    about: `Control for the WeTransfer probes: a photographer sends drawings, "dana.whitfield@gmail.com sent you some files", Reply-To the uploader, signed d=wetransfer.com through SendGrid. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated (the Reply-To a low note).`,
    eml: await atGmail(wetransfer('dana.whitfield@gmail.com', 'Harbour_shoot_selects.zip', 'd'), 'd'),
    args: [...GMAIL, ...TIDEWATER],
    expect: AUTHENTICATED,
    twin: true,
  });

  // ---- Google Calendar: the organiser named exactly like the product ----
  for (const [reader, n] of [
    ['gmail', 'e'],
    ['outlook', 'f'],
  ] as const) {
    const s = calendar(
      'Google Calendar',
      'calendar@calendar-ops.example',
      'Action required: calendar storage full',
      'Your calendar storage is full and new events will be declined. Restore access: https://calendar-restore.notice-relay.example',
      n,
    );
    emit(write, {
      name: `probe111-${reader}-calendar-organiser-named-google-calendar`,
      cls: 'calendar-brand',
      about: `The attacker's Workspace admin names his own user (calendar@calendar-ops.example, a domain of his on Google) "Google Calendar" and invites the reader to "Action required: calendar storage full": "Google Calendar" <${CAL}>, Sender Google Calendar, Reply-To "Google Calendar" <calendar@calendar-ops.example> (the organiser, as Calendar writes it), signed d=google.com, DMARC pass. addressUsersName takes exactly "google calendar" for the product's own name, so the organiser's choice reads as Google's. Online, ${reader}, --recipient-domain ${ORG}. Wanted: not trusted (an invitation's organiser outside Google answering under Google's product name).`,
      eml: reader === 'gmail' ? await atGmail(s, n) : await atOutlook(s),
      args: [...(reader === 'gmail' ? GMAIL : OUTLOOK), ...TIDEWATER],
      expect: NOT_TRUSTED,
    });
  }
  emit(write, {
    name: 'probe111-gmail-calendar-own-notification-control',
    cls: 'control',
    about: `Control: Google Calendar's own event reminder, "Google Calendar" <${CAL}>, "Notification: Q1 planning @ Mon 23 Nov 2026 09:00 - 09:30 (GMT)", no Reply-To, signed d=google.com, DMARC pass. Online, gmail. Wanted: authenticated (Google's product on Google's domain).`,
    eml: await atGmail(
      {
        from: `"Google Calendar" <${CAL}>`,
        envelope: '3Qp111gZDgsXfUbXhM-SaXhZTgNThZ.PbZ@calendar-server.bounces.google.com',
        relay: GOOGLE,
        signers: [['google.com', '20230601']],
        subject: 'Notification: Q1 planning @ Mon 23 Nov 2026 09:00 - 09:30 (GMT)',
        body: 'This is a notification for:\r\n\r\nQ1 planning\r\nMonday 23 Nov 2026 09:00 - 09:30 (GMT)\r\n\r\nInvitation from Google Calendar\r\n',
        messageId: '<calendar-111g-notify@google.com>',
      },
      'g',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe111-gmail-calendar-partner-invite-control',
    cls: 'control',
    about: `Control: a partner's employee invites the reader, "Dana Whitfield" <${CAL}>, Reply-To dana.whitfield@harbourline.example, signed d=google.com, DMARC pass. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await atGmail(
      calendar(
        'Dana Whitfield',
        'dana.whitfield@harbourline.example',
        'Q1 logistics planning',
        'Agenda in the event.',
        'h',
      ),
      'h',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: AUTHENTICATED,
  });

  // ---- Meta's new words and fb.com: real senders whose names are near them ----
  emit(write, {
    name: 'probe111-outlook-metacompliance-training-genuine',
    cls: 'meta-words',
    about: `Genuine: MetaCompliance, a security-awareness vendor, sends a tenant's staff their training reminder: "MetaCompliance" <no-reply@metacompliance.com>, signed d=metacompliance.com, out of its own server, every pass, delivered through EOP. Online, outlook. Wanted: authenticated (the vendor's one-word name on its own domain; Facebook's "meta compliance" phrase must not claim it).`,
    eml: await atOutlook({
      from: '"MetaCompliance" <no-reply@metacompliance.com>',
      envelope: 'bounces@metacompliance.com',
      relay: MC,
      signers: [['metacompliance.com', 'mc1']],
      subject: 'Reminder: complete your Information Security Awareness course',
      body: 'Hello Robin,\r\n\r\nyour organisation has assigned you "Information Security Awareness 2026". Please complete it by 30 November.\r\n\r\nMetaCompliance Ltd\r\n',
      messageId: '<111i.mc.reminder@metacompliance.com>',
    }),
    args: [...OUTLOOK],
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe111-gmail-farm-bureau-fb-org-genuine',
    cls: 'meta-words',
    about: `Genuine: the American Farm Bureau Federation's member newsletter from its own domain fb.org: "American Farm Bureau" <news@fb.org>, signed d=fb.org, every pass. fb.com is now Facebook's in BRANDS; fb.org is another organisation's two-letter name, not a look-alike. Online, gmail. Wanted: authenticated (no look-alike of fb.com).`,
    eml: await atGmail(
      {
        from: '"American Farm Bureau" <news@fb.org>',
        envelope: 'news@fb.org',
        relay: FB,
        signers: [['fb.org', 'afbf']],
        subject: 'Farm Bureau Market Intel: November outlook',
        body: 'This week: the November WASDE and what it means for corn and soybeans.\r\n\r\nAmerican Farm Bureau Federation\r\n',
        messageId: '<111j.afbf.news@fb.org>',
      },
      'j',
    ),
    args: [...GMAIL],
    expect: AUTHENTICATED,
  });
}
