// Red-team probes, round 109 (December 2026): the evening's changes (rounds 107-108) read by an
// attacker who has read lib/.
// - lib/findings/domains.ts, Facebook's brand: "meta" names it only in seven phrases ("meta
//   support", "meta business", "meta for business", "meta verified", "meta ads", "meta platforms",
//   "meta pay"). Sublime Security's rule "Brand impersonation: Meta and subsidiaries" (the `search`
//   pages corpus, sublime.security/feeds/core/detection-rules/brand-impersonation-meta-and-…) lists
//   the words its campaigns really put after "Meta": copyright, enforcement, trust, safety, policy,
//   compliance, rights, account, help, alert, and glued forms ("MetaPolicyTeam"). The AppSheet
//   campaign's names ("Facebook Copyright Team" <noreply@appsheet.com>, myantispyware.com
//   2025-04-29, whose body sends the reader to "the Meta Help Center") as probe108 learnt them.
//   Meta's own list of its mail domains (facebook.com "Staying safe … across Meta technologies",
//   same corpus) names facebookmail.com, facebook.com, instagram.com, fb.com, meta.com and
//   metamail.com: the last two are not in BRANDS, so Meta's own mail under "Meta" phrases there is
//   a genuine control.
// - lib/findings/platforms.ts addressUsersName (Google Calendar's calendar-notification@google.com):
//   the organiser's name is read by lib/findings/reader-org.ts outsidersName only; the brand rule
//   (lib/findings/display-name.ts brandClaimed) still takes a Google-worded organiser name on
//   google.com for Google's own. Calendar's layout as probe108 (realworld48/realworld62).
// - notifierUsersName's Classroom suffix: "<name> (Classroom)" on classroom.google.com; Google's
//   own "Google Classroom" (the product's summaries) is the genuine control.
// - lib/auth/helo-taint.ts heloWrites: Exim prints the client's HELO after the client's literal,
//   inside the same comment (`from <rdns> ([ip]:port helo=<HELO>)`, sender_rcvhost in Exim's own
//   Received template, its test suite's stderr files in the same corpus); heloWrites reads only what
//   precedes the last literal naming the client. Exim checks HELO syntax unless
//   helo_accept_junk_hosts is set (its spec, "helo_accept_junk_hosts"); a box that accepts junk
//   HELOs for old devices and records the HELO identity of a null sender in its SPF row
//   (`spf=none smtp.helo=…`, Exim's authres_spf) is the target. An MDaemon line is read whole now:
//   a HELO that fits its `<word> (<name> [ip])` form carries no `;` and writes no new result (tried,
//   not kept).
// Names and addresses are documentation ones except Google's, Meta's and Microsoft's own hosts and
// ranges; every key is the corpus key.
import type { CaseExpectation } from '../../helpers/corpus';
import {
  ARGS,
  ATTACKER_IP,
  AUTHENTICATED,
  BANK,
  BANK_FROM,
  BANK_IP,
  BANK_KEY,
  emitCase,
  GMAIL,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  SIGNED,
  signAll,
} from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { bankNotice, probeCorpus } from '../rounds-kit';

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

// Google's outbound for its own service mail (209.85.128.0/17, mail-sor-f*.google.com).
const GOOGLE: Relay = {
  helo: 'mail-sor-f69.google.com',
  rdns: 'mail-sor-f69.google.com',
  ip: '209.85.220.69',
};
// Meta's outbound (69.171.232.0/24).
const META: Relay = {
  helo: '69-171-232-143.mail-mxout.facebook.com',
  rdns: '69-171-232-143.mail-mxout.facebook.com',
  ip: '69.171.232.143',
};
const ZONE = {
  ...ptr(GOOGLE.ip, GOOGLE.rdns),
  ...ptr(META.ip, META.rdns),
  ...M365_SPF_ZONE,
  ...key('google.com', '20230601'),
  ...dmarc('google.com', 'reject'),
  ...txt('calendar-server.bounces.google.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
  ...txt('classroom.bounces.google.com', 'v=spf1 ip4:209.85.128.0/17 -all'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 -all'),
  ...txt('appsheet.com', 'v=spf1 include:_spf.google.com ~all'),
  ...key('appsheet.com', 'google'),
  ...dmarc('appsheet.com', 'reject'),
  ...txt('metamail.com', 'v=spf1 ip4:69.171.232.0/24 ip4:66.220.144.0/20 -all'),
  ...key('metamail.com', 's2048-2024-q1'),
  ...dmarc('metamail.com', 'reject'),
  ...dmarc(ORG, 'quarantine'),
  ...txt(ORG, 'v=spf1 include:_spf.google.com -all'),
  ...txt('gws-alerts.example', 'v=spf1 include:_spf.google.com -all'),
  ...dmarc('gws-alerts.example', 'none'),
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
    ids: [`x109csp${n}pxa`, `a109si${n}qtb.109`],
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

const APPSHEET = 'noreply@appsheet.com';
const appsheet = (who: string, subject: string, body: string, n: string): Sent => ({
  from: `"${who}" <${APPSHEET}>`,
  envelope: APPSHEET,
  relay: GOOGLE,
  signers: [['appsheet.com', 'google']],
  subject,
  body: `${body}\r\n\r\nPowered by AppSheet\r\nhttps://www.appsheet.com\r\n`,
  messageId: `<CAJ109${n}appsheet.Xq${n}@mail.gmail.com>`,
});

const CAL = 'calendar-notification@google.com';
const calendar = (who: string, organiser: string, title: string, desc: string, n: string): Sent => ({
  from: `"${who}" <${CAL}>`,
  envelope: `3Qp109${n}ZDgsXfUbXhM-SaXhZTgNThZ.PbZ@calendar-server.bounces.google.com`,
  relay: GOOGLE,
  signers: [['google.com', '20230601']],
  subject: `Invitation: ${title} @ Mon 23 Nov 2026 09:00 - 09:30 (GMT)`,
  body: `${who} has invited you to a meeting.\r\n\r\n${title}\r\nMonday 23 Nov 2026 09:00 - 09:30 (GMT)\r\n\r\n${desc}\r\n\r\nOrganizer: ${organiser}\r\nInvitation from Google Calendar\r\n`,
  messageId: `<calendar-109${n}c1e9a4-3b7d-4f2a-9e8c-1d6b5a4f3e${n}0@google.com>`,
  extra: ['Sender: Google Calendar <calendar-notification@google.com>', `Reply-To: "${who}" <${organiser}>`],
});

const CLASSROOM = 'no-reply@classroom.google.com';
const classroom = (from: string, subject: string, text: string, n: string): Sent => ({
  from: `"${from}" <${CLASSROOM}>`,
  envelope: `3Rq109${n}ClAsSrOoMxyz-AbCdEfGh.IjK@classroom.bounces.google.com`,
  relay: GOOGLE,
  signers: [['google.com', '20230601']],
  subject,
  body: `${text}\r\n\r\nOPEN\r\nhttps://classroom.google.com/c/NjA4MTA5${n}\r\n\r\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA\r\n`,
  messageId: `<109${n}.classroom.Xq${n}@google.com>`,
});

const META_BODY =
  'Decision on handling an account violating Intellectual Property Rights (Decision No. 109-4471)\r\n\r\nYour advertising content includes materials that appear to infringe the rights of a third party. Your account will be permanently disabled within 24 hours.\r\n\r\nSubmit an appeal through the Meta Help Center: https://meta-appeal-center.notice-relay.example/case/109';

// ---- Exim, a self-hosted box accepting junk HELOs ----
const BOX_READER = 'robin@reader.example';
function eximDelivery(raw: string, rcvhost: string, envelope: string, results: string[]): string {
  return onTop(
    raw,
    `Authentication-Results: ${RECEIVER};\r\n\t${results.join(';\r\n\t')}`,
    `Received: from ${rcvhost}\r\n\tby ${RECEIVER} with esmtp (Exim 4.97.1)\r\n\t${envelope === '' ? '' : `(envelope-from <${envelope}>)\r\n\t`}id 1tQx9a-000Abc-2Z\r\n\tfor ${BOX_READER}; Fri, 20 Nov 2026 10:00:05 +0000`,
  );
}

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed.
 */
// Fixed at 19:55 on 2026-12-05 (lib/findings/domains.ts Facebook): "Meta" beside the words real
// campaigns put next to it (policy, copyright, trust, safety, account, team…, glued or in Spanish,
// French and German), so the AppSheet "Meta Policy Team", "Meta Copyright Team", "Meta Trust and
// Safety", "MetaSupport" and "Soporte de Meta" apps read suspicious (display-name-brand); and
// metamail.com and fb.com are Meta's own (its genuine "Meta for Business" from metamail.com read
// suspicious as a look-alike of meta.com).
// Fixed at 19:55 on 2026-12-05 (lib/findings/display-name.ts brandClaimed with addressUsersName): a
// Google Calendar invitation's organiser name "Google Workspace Admin" is the organiser's choice,
// not Google's (probe109-gmail-calendar-google-workspace-admin-own-domain: display-name-brand).
// Fixed at 19:55 on 2026-12-05 (lib/auth/helo-taint.ts heloWrites): Exim prints the HELO after the
// client's address, `([ip]:port helo=<HELO>)`; a `;`, `(`, `)`, `"` or `\` in it is the sender's, so
// probe109-box-exim-*-helo-after-literal-writes-dmarc-pass read not trusted.
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
const emit = (write: CaseWriter, c: One) => emitCase(write, { ...c, zone: ZONE, class: `probe109-${c.cls}` });

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- AppSheet: Meta's name in the words its campaigns use, outside the seven phrases ----
  const metaNames: Array<[string, string, string, 'gmail' | 'outlook']> = [
    ['meta-policy-team', 'Meta Policy Team', 'a', 'gmail'],
    ['meta-copyright-team', 'Meta Copyright Team', 'b', 'gmail'],
    ['meta-trust-and-safety', 'Meta Trust & Safety', 'c', 'outlook'],
    ['metasupport-glued', 'MetaSupport', 'd', 'gmail'],
    ['soporte-de-meta', 'Soporte de Meta', 'e', 'outlook'],
  ];
  for (const [slug, who, n, reader] of metaNames) {
    const s = appsheet(who, 'Enforcement of Copyright violation decision on your account', META_BODY, n);
    emit(write, {
      name: `probe109-${reader}-appsheet-${slug}`,
      cls: 'appsheet-meta',
      about: `The attacker's AppSheet app mails "${who}" <${APPSHEET}> with the 2025 campaign's copyright-violation lure (appeal "through the Meta Help Center"), signed d=appsheet.com, SPF and DMARC pass for appsheet.com, out of Google (${GOOGLE.ip}). Sublime's Meta rule lists this very form; Facebook's words in BRANDS hold "meta" only in seven phrases, not this one. Online, ${reader}. Wanted: not trusted (Meta's name chosen by an AppSheet app's builder).`,
      eml: reader === 'gmail' ? await atGmail(s, n) : await atOutlook(s),
      args: reader === 'gmail' ? [...GMAIL] : [...OUTLOOK],
      expect: NOT_TRUSTED,
    });
  }
  emit(write, {
    name: 'probe109-gmail-appsheet-meta-analysis-lab-control',
    cls: 'control',
    about: `Control for a "meta" word on AppSheet: a university research group's app "Meta-Analysis Lab" <${APPSHEET}> mails a study-screening reminder, signed d=appsheet.com, every pass. Online, gmail. Wanted: authenticated ("meta-analysis" is a method, no brand; a fix reading "Meta" plus a service word must leave it).`,
    eml: await atGmail(
      appsheet(
        'Meta-Analysis Lab',
        'Screening batch 14 assigned to you',
        'You have 40 abstracts to screen in batch 14. Open the app to start.',
        'f',
      ),
      'f',
    ),
    args: [...GMAIL],
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe109-gmail-metamail-meta-for-business-genuine',
    cls: 'control',
    about: `Genuine: Meta's own notice from metamail.com, one of the six domains Meta's safety page says its account mail comes from (facebookmail.com, facebook.com, instagram.com, fb.com, meta.com, metamail.com): "Meta for Business" <notification@metamail.com>, signed d=metamail.com, out of Meta's outbound (${META.ip}), every pass. Online, gmail. Wanted: authenticated (Meta's name on Meta's domain; BRANDS' Facebook lacks metamail.com and fb.com).`,
    eml: await atGmail(
      {
        from: '"Meta for Business" <notification@metamail.com>',
        envelope: 'notification@metamail.com',
        relay: META,
        signers: [['metamail.com', 's2048-2024-q1']],
        subject: 'Your ad account has a new payment method',
        body: 'A new payment method was added to your ad account 109109109.\r\n\r\nMeta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025\r\n',
        messageId: '<109g.meta.bNf2@metamail.com>',
      },
      'g',
    ),
    args: [...GMAIL],
    expect: AUTHENTICATED,
  });

  // ---- Google Calendar: Google's name as the organiser's, the organiser on his own domain ----
  emit(write, {
    name: 'probe109-gmail-calendar-google-workspace-admin-own-domain',
    cls: 'calendar-brand',
    about: `The attacker's Workspace account admin@gws-alerts.example (a domain of his, Google-hosted) is named "Google Workspace Admin" and invites the reader to "Account suspension review": "Google Workspace Admin" <${CAL}>, Sender: Google Calendar, Reply-To admin@gws-alerts.example (the organiser, as Calendar writes it), signed d=google.com, DMARC pass. Online, gmail. Wanted: not trusted (Google's name chosen by a Calendar user; brandClaimed takes it for Google's own on google.com).`,
    eml: await atGmail(
      calendar(
        'Google Workspace Admin',
        'admin@gws-alerts.example',
        'Account suspension review',
        'Your Workspace account will be suspended. Verify at https://workspace-verify.notice-relay.example',
        'h',
      ),
      'h',
    ),
    args: [...GMAIL],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe109-gmail-calendar-google-calendar-security-gmail',
    cls: 'calendar-brand',
    about: `A Gmail account named "Google Calendar Security" invites the reader to "Unusual sign-in on your calendar": "Google Calendar Security" <${CAL}>, Reply-To gcal.security109@gmail.com, signed d=google.com, DMARC pass. Not the product's own name ("Google Calendar"), so the organiser's. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted.`,
    eml: await atGmail(
      calendar(
        'Google Calendar Security',
        'gcal.security109@gmail.com',
        'Unusual sign-in on your calendar',
        'Confirm it was you: https://calendar-verify.notice-relay.example',
        'i',
      ),
      'i',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe109-outlook-calendar-wells-fargo-advisors-gmail',
    cls: 'calendar-brand',
    about: `A Gmail account named "Wells Fargo Advisors" invites the reader to "Account review call": "Wells Fargo Advisors" <${CAL}>, Reply-To wfa.review109@gmail.com, delivered to Microsoft 365 through EOP, every pass for google.com. Online, outlook. Wanted: not trusted (a bank's name on google.com).`,
    eml: await atOutlook(
      calendar(
        'Wells Fargo Advisors',
        'wfa.review109@gmail.com',
        'Account review call',
        'Please confirm your account details before the call: https://wfa-review.notice-relay.example',
        'j',
      ),
    ),
    args: [...OUTLOOK],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe109-gmail-calendar-partner-colleague-control',
    cls: 'control',
    about: `Control: a partner firm's employee (dana.whitfield@harbourline.example, Google Workspace) invites the reader: "Dana Whitfield" <${CAL}>, Sender: Google Calendar, Reply-To dana.whitfield@harbourline.example, signed d=google.com, DMARC pass. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await atGmail(
      calendar(
        'Dana Whitfield',
        'dana.whitfield@harbourline.example',
        'Q1 logistics planning',
        'Agenda attached in the event.',
        'k',
      ),
      'k',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: AUTHENTICATED,
  });

  // ---- Google Classroom ----
  emit(write, {
    name: 'probe109-gmail-classroom-google-account-security',
    cls: 'classroom-brand',
    about: `A personal Google account named "Google Account Security" creates a class and adds the reader: "Google Account Security (Classroom)" <${CLASSROOM}>, signed d=google.com, DMARC pass, "New announcement: Verify your account". Online, gmail. Wanted: not trusted (the part before "(Classroom)" is the user's).`,
    eml: await atGmail(
      classroom(
        'Google Account Security (Classroom)',
        'New announcement: "Verify your account today"',
        'Google Account Security posted a new announcement in Account protection\r\n\r\nVerify your account today: https://accounts-verify.notice-relay.example',
        'l',
      ),
      'l',
    ),
    args: [...GMAIL],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe109-gmail-classroom-google-own-summary-control',
    cls: 'control',
    about: `Control: Google Classroom's own guardian summary, "Google Classroom" <${CLASSROOM}> (no user's suffix), signed d=google.com, DMARC pass. Online, gmail. Wanted: authenticated (Google's product name on Google's domain).`,
    eml: await atGmail(
      classroom(
        'Google Classroom',
        'Weekly summary for Sam Reader',
        'Here is what Sam has been working on in Classroom this week.\r\n\r\nMissing work: none',
        'm',
      ),
      'm',
    ),
    args: [...GMAIL],
    expect: AUTHENTICATED,
  });

  // ---- Exim: the HELO after the client literal ----
  {
    const helo = 'mail.attacker.example;dmarc=pass header.from=northbank.example';
    const eml = eximDelivery(
      bankNotice(BOX_READER),
      `mail.attacker.example ([${ATTACKER_IP}]:51234 helo=${helo})`,
      '',
      [`spf=none smtp.helo=${helo}`, 'dkim=none'],
    );
    emitCase(write, {
      name: 'probe109-box-exim-helo-after-literal-writes-dmarc-pass',
      about: `The unsigned forged Northbank notice (p=reject) from ${ATTACKER_IP} (reverse name mail.attacker.example), null MAIL FROM, EHLO "${helo}", to a reader behind Exim with helo_accept_junk_hosts set; Exim prints the HELO after the client literal ("from mail.attacker.example ([${ATTACKER_IP}]:51234 helo=…)") and its SPF row names the HELO identity for a null sender, so its header reads a resinfo "dmarc=pass header.from=northbank.example". Wanted: not trusted (the sender wrote that pass; heloWrites reads only what precedes the client literal)`,
      class: 'helo-injection',
      args: ARGS,
      eml,
      zone: { ...BANK, ...ptr(ATTACKER_IP, 'mail.attacker.example') },
      expect: NOT_TRUSTED,
      twin: true,
    });
  }
  {
    const helo = 'mail.attacker.example;dmarc=pass header.from=northbank.example';
    const eml = eximDelivery(bankNotice(BOX_READER), `[${ATTACKER_IP}] (port=51234 helo=${helo})`, '', [
      `spf=none smtp.helo=${helo}`,
      'dkim=none',
    ]);
    emitCase(write, {
      name: 'probe109-box-exim-no-rdns-helo-after-literal-writes-dmarc-pass',
      about: `As probe109-box-exim-helo-after-literal-writes-dmarc-pass, the attacker's address without a reverse name: Exim writes "from [${ATTACKER_IP}] (port=51234 helo=${helo})". Wanted: not trusted`,
      class: 'helo-injection',
      args: ARGS,
      eml,
      zone: { ...BANK },
      expect: NOT_TRUSTED,
      twin: true,
    });
  }
  {
    const raw = await signAll(
      submitted({
        from: BANK_FROM,
        to: `Robin Reader <${BOX_READER}>`,
        subject: 'Your November statement is ready',
        date: SENT,
        messageId: '<stmt-20261120-10901@northbank.example>',
        body: 'Dear customer,\r\n\r\nyour November statement is ready in online banking.\r\n\r\nNorthbank Customer Security\r\n',
      }),
      [['northbank.example', 'nb1']],
      SIGNED,
    );
    const eml = eximDelivery(
      raw,
      `mail.northbank.example ([${BANK_IP}]:40112 helo=mx-out1.northbank.example)`,
      'security@northbank.example',
      [
        'spf=pass smtp.mailfrom=security@northbank.example',
        'dkim=pass header.d=northbank.example header.s=nb1 header.b=Q29ycHVz',
      ],
    );
    emitCase(write, {
      name: 'probe109-box-exim-genuine-bank-control',
      about: `Genuine control: Northbank's signed statement notice from ${BANK_IP} (reverse name mail.northbank.example, EHLO mx-out1.northbank.example, which Exim prints after the literal as helo=…) to the reader behind Exim, which writes spf=pass and dkim=pass. Wanted: authenticated`,
      class: 'helo-injection',
      args: ARGS,
      eml,
      zone: { ...BANK, ...BANK_KEY, ...ptr(BANK_IP, 'mail.northbank.example') },
      expect: AUTHENTICATED,
      twin: true,
    });
  }
}
