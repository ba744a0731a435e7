// Red-team probes, round 123 (December 2026): last evening's two rules turned round, read through
// Gmail and Outlook by a reader at tidewater.example.
// - The trade-word exception (lib/findings/reader-org.ts deskBeside, lib/findings/reply-to.ts
//   namesAService): a generic word beside the firm's name (staff, office, mail, team) is a desk
//   unless a trade's or a club's word (desk-words.ts TRADE_WORDS) follows it, anywhere after it.
//   A lure needs only one such word: the mailbox-quota lure written "Mail Box" ("box" is the
//   pack-and-ship shop's word), the expenses, parking, occupational-health and equipment-return
//   lures ("travel", "car", "clinic", "equipment", "home" are trades' words) and an emoji between
//   the words (dropped as a separator: it changes nothing). Camel case with an acronym
//   ("TidewaterHRPortal": only lower-to-upper is split) and the German and Chilean names of the pay
//   and personnel desks ("Personalbüro", "Remuneraciones") are read as no desk at all.
// - Platforms writing an account's chosen name (lib/findings/platforms.ts WHOLE_NAME_PLATFORMS,
//   VERIFIED_ADDRESS_VIA; reader-org.ts verifiedSenderVia): a Jotform account named with a trade
//   word, a SurveyMonkey verified address at the attacker's look-alike domain of the reader's
//   (tidewater-home.example, "home" a trade's word), one at a help-desk platform's subdomain named
//   after the firm (tidewater.freshdesk.com) and a Gmail named as the firm's staff club.
// - A Shopify store with no domain of its own named as a bank's card desk with a trade word after
//   the generic word (namesAService), answering at a Gmail.
// Controls beside them: the pack-and-ship shop "Tidewater Mail Boxes" and the sports shop
// "Tidewater Team Sports" (real-mail rounds 115 and 117's names) on Gmail and on Jotform, a
// genuine Shopify store answering at its Gmail, and the firm's own HR desk's verified address.
// What tightening would lose: a shop or club whose trade word is followed by more words ("Tidewater
// Office Supply Orders"); a realty agency's own tidewater-home.example already reads suspicious by
// lookalike-domain, which is what catches the look-alike case here.
// Where the layouts were learnt: this round searched nothing new; it reuses layouts earlier rounds
// learnt with the search tool: Gmail's and EOP's headers as kit.ts and receivers.ts write them;
// SurveyMonkey's `"<verified address> via SurveyMonkey" <member@surveymonkeyuser.com>` through
// SparkPost's mta-81-56.sparkpostmail.com (help.surveymonkey.com, "Sender Email Address and
// Verification": probe116, probe119); Jotform's `noreply@jotform.com` with the sender name set per
// e-mail (probe116; its relay's range was not learnt, a documentation address as there); Shopify's
// store+<id>@t.shopifyemail.com from 23.227.32.0/19 with the store's contact address as Reply-To
// (help.shopify.com, "Displaying your store's sending email": probe122). Names and addresses are
// documentation ones except Google's, SparkPost's, Shopify's and the platforms' own hosts and
// ranges; every key is the corpus key.

import type { CaseExpectation } from '../../helpers/corpus';
import {
  AUTHENTICATED,
  emitCase,
  GMAIL,
  GMAIL_OUT,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  type Relay,
  signAll,
} from '../kit';
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
  replyTo?: string | null;
}

function signed(s: Sent): Promise<string> {
  return signAll(
    submitted({
      from: s.from,
      to: READER,
      subject: s.subject,
      date: SENT,
      messageId: s.messageId,
      extraHeaders: s.replyTo ? [`Reply-To: ${s.replyTo}`] : [],
      body: s.body,
    }),
    s.signers,
  );
}

// SparkPost (AS 23528), the host SurveyMonkey's invitations came from (probe116).
const SPARKPOST: Relay = {
  helo: 'mta-81-56.sparkpostmail.com',
  rdns: 'mta-81-56.sparkpostmail.com',
  ip: '192.174.81.56',
};
// Jotform's relay as probe116 modelled it (its range not learnt).
const JOTFORM: Relay = { helo: 'mail3.jotform.com', rdns: 'mail3.jotform.com', ip: '203.0.113.116' };

const ZONE = {
  ...ptr(SPARKPOST.ip, SPARKPOST.rdns),
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  ...ptr(JOTFORM.ip, JOTFORM.rdns),
  ...txt('mr.surveymonkeyuser.com', 'v=spf1 include:sparkpostmail.com -all'),
  ...txt('sparkpostmail.com', 'v=spf1 ip4:192.174.80.0/20 ip4:147.253.208.0/20 ~all'),
  ...key('surveymonkeyuser.com', 'scph1020'),
  ...dmarc('surveymonkeyuser.com', 'reject'),
  ...txt('jotform.com', `v=spf1 ip4:${JOTFORM.ip} include:_spf.google.com -all`),
  ...key('jotform.com', 'jf1'),
  ...dmarc('jotform.com', 'quarantine'),
  ...txt('gmail.com', 'v=spf1 redirect=_spf.google.com'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 ~all'),
  ...key('gmail.com', '20230601'),
  ...dmarc('gmail.com', 'none'),
  ...dmarc(ORG, 'quarantine'),
  ...txt(ORG, 'v=spf1 include:_spf.google.com -all'),
  ...dmarc('tidewater-home.example', 'none'),
};

async function atGmail(s: Sent, n: string): Promise<string> {
  const [d, sel] = s.signers[0] ?? ['', ''];
  const policy = d === 'gmail.com' ? 'NONE' : d === 'jotform.com' ? 'QUARANTINE' : 'REJECT';
  return gmailDelivery(await signed(s), {
    relay: s.relay,
    envelope: s.envelope,
    results: [gmailDkim(d, sel), gmailSpf(s.envelope, s.relay.ip), gmailDmarc(domainOf(s.from), policy)].join(
      '\r\n       ',
    ),
    ids: [`x123csp${n}pxa`, `a123si${n}qtb.123`],
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

/** A personal Gmail account's message under the name its owner chose. */
const freemail = (name: string, local: string, subject: string, body: string, n: string): Sent => ({
  from: `"${name}" <${local}@gmail.com>`,
  envelope: `${local}@gmail.com`,
  relay: GMAIL_OUT,
  signers: [['gmail.com', '20230601']],
  subject,
  body: `${body}\r\n`,
  messageId: `<CAH123${n}vR4nT8q${n}Wc2=Kp7d@mail.gmail.com>`,
});

/** SurveyMonkey's invitation: "<verified sender address> via SurveyMonkey", Reply-To that address. */
const surveymonkey = (address: string, subject: string, body: string, n: string): Sent => ({
  from: `"${address} via SurveyMonkey" <member@surveymonkeyuser.com>`,
  envelope: 'survey-noreply@mr.surveymonkeyuser.com',
  relay: SPARKPOST,
  signers: [['surveymonkeyuser.com', 'scph1020']],
  subject,
  body: `${body}\r\n\r\nBegin survey: https://www.surveymonkey.com/tr/v1/te/123${n}Qg_2FexampleToken\r\n\r\nPlease do not forward this email as its survey link is unique to you.\r\nPowered by SurveyMonkey\r\n`,
  messageId: `<5C.CA.123${n}.E5898886@i-0eaa7758290676f71.mta2vsmtp.sd.prd.sparkpost>`,
  replyTo: address,
});

/** A Jotform e-mail from noreply@jotform.com under the sender name the form's owner set. */
const jotform = (name: string, replyTo: string | null, subject: string, body: string, n: string): Sent => ({
  from: `"${name}" <noreply@jotform.com>`,
  envelope: `bounce-123${n}@jotform.com`,
  relay: JOTFORM,
  signers: [['jotform.com', 'jf1']],
  subject,
  body: `${body}\r\n\r\nThis email was sent with Jotform.\r\n`,
  messageId: `<123${n}.jotmail.7c1d4e@jotform.com>`,
  replyTo,
});

interface One {
  name: string;
  about: string;
  cls: string;
  eml: string;
  args: string[];
  expect: CaseExpectation;
  twin?: boolean;
}
const emit = (write: CaseWriter, c: One) => emitCase(write, { ...c, zone: ZONE, class: `probe123-${c.cls}` });

type Via = 'gmail' | 'outlook';
const argsOf = (via: Via) => [...(via === 'gmail' ? GMAIL : OUTLOOK), ...TIDEWATER];
const deliver = (via: Via, s: Sent, n: string) => (via === 'gmail' ? atGmail(s, n) : atOutlook(s));

async function viaFree(
  write: CaseWriter,
  via: Via,
  c: { slug: string; cls: string; name: string; local: string; subject: string; body: string; about: string },
  n: string,
  expect: CaseExpectation,
  twin = false,
): Promise<void> {
  emit(write, {
    name: `probe123-${via}-freemail-${c.slug}`,
    cls: c.cls,
    about: `${c.about} "${c.name}" <${c.local}@gmail.com>, "${c.subject}", signed d=gmail.com out of Google, every pass. Online, ${via}, --recipient-domain ${ORG}.`,
    eml: await deliver(via, freemail(c.name, c.local, c.subject, c.body, n), n),
    args: argsOf(via),
    expect,
    twin,
  });
}

async function tradeWordCases(write: CaseWriter): Promise<void> {
  await viaFree(
    write,
    'gmail',
    {
      slug: 'tidewater-mail-box-quota',
      cls: 'trade-word',
      name: 'Tidewater Mail Box Quota',
      local: 'tidewater.mailquota',
      subject: 'Your mailbox is 98% full: incoming mail will be held',
      body: 'Your Tidewater mailbox has reached 98% of its quota. Incoming mail is held from 17:00 today. Request more storage with your network login at https://tidewater-mail.quota-request.example.',
      about:
        'Wanted: not trusted. The mailbox-quota lure written as two words: "Mail" is the generic word beside the name, and "Box" is TRADE_WORDS\' "box" (the pack-and-ship shop "Tidewater Mail Boxes"), so deskBeside reads a shop. "Tidewater Mailbox Quota" is caught ("mailbox" is a desk word).',
    },
    'a',
    NOT_TRUSTED,
    true,
  );
  await viaFree(
    write,
    'outlook',
    {
      slug: 'tidewater-staff-emoji-travel-expenses',
      cls: 'trade-word',
      name: 'Tidewater Staff \u2708\uFE0F Travel Expenses',
      local: 'tidewater.staffexpenses',
      subject: 'Expense claim EXP-20417 rejected: receipts missing',
      body: 'Your travel expense claim EXP-20417 (EUR 1,284.60) was rejected: two receipts are missing. Upload them at https://tidewater-expenses.claim-fix.example with your network login before the month-end payroll run or the claim lapses.',
      about:
        'Wanted: not trusted. The expense-claim lure with an aeroplane emoji between the words (dropped as a separator); "Staff" is generic, and "Travel" is a trade\'s word, so no desk. "Tidewater Staff Expenses" without it is caught.',
    },
    'b',
    NOT_TRUSTED,
  );
  await viaFree(
    write,
    'gmail',
    {
      slug: 'tidewater-staff-health-clinic',
      cls: 'trade-word',
      name: 'Tidewater Staff Health Clinic',
      local: 'tidewater.staffclinic',
      subject: 'Book your free flu vaccination (staff only)',
      body: 'Free flu vaccinations for all Tidewater staff run 30 November to 4 December. Book your slot with your staff login at https://tidewater-clinic.flu-booking.example; slots go fast.',
      about:
        'Wanted: not trusted. The occupational-health lure: generic "Staff" beside the name, then "Health" and TRADE_WORDS\' "clinic".',
    },
    'c',
    NOT_TRUSTED,
  );
  await viaFree(
    write,
    'outlook',
    {
      slug: 'tidewater-office-equipment-return',
      cls: 'trade-word',
      name: 'Tidewater Office Equipment Return',
      local: 'tidewater.equipmentreturn',
      subject: 'Action required: book the collection of your work laptop',
      body: 'Our records show a Tidewater laptop assigned to you is due for replacement. Book its collection and confirm your home address and network login at https://tidewater-office.equipment-return.example by Friday.',
      about:
        'Wanted: not trusted. The IT asset lure: generic "Office" beside the name, then TRADE_WORDS\' "equipment" and a bait word after it.',
    },
    'd',
    NOT_TRUSTED,
  );
  await viaFree(
    write,
    'gmail',
    {
      slug: 'tidewater-staff-car-park',
      cls: 'trade-word',
      name: 'Tidewater Staff Car Park',
      local: 'tidewater.carpark',
      subject: 'Your 2027 parking permit: renew by 30 November',
      body: 'Staff parking permits expire on 31 December. Renew yours at https://tidewater-parking.permit-renew.example (EUR 12 admin fee, card payment) or lose your space.',
      about:
        'Wanted: not trusted. The parking-permit lure: generic "Staff" beside the name, then TRADE_WORDS\' "car". "Tidewater Staff Parking" is caught ("parking" is no trade word).',
    },
    'e',
    NOT_TRUSTED,
  );
  await viaFree(
    write,
    'outlook',
    {
      slug: 'tidewaterhrportal-camel-acronym',
      cls: 'camel-case',
      name: 'TidewaterHRPortal',
      local: 'tidewaterhrportal',
      subject: 'Your 2026 P60 is ready to download',
      body: 'Your 2026 end-of-year tax statement is ready on the HR portal. Sign in with your network login at https://tidewaterhrportal.doc-view.example to download it.',
      about:
        'Wanted: not trusted. Camel case with an acronym: deskBeside splits only lower-case-to-capital ("TidewaterPayrollClub" is read as "Tidewater Payroll Club"), so "TidewaterHRPortal" is "tidewater hrportal", and "hrportal" is no desk word nor a desk glued to the name.',
    },
    'f',
    NOT_TRUSTED,
  );
  await viaFree(
    write,
    'gmail',
    {
      slug: 'german-tidewater-personalbuero',
      cls: 'language',
      name: 'Tidewater Personalbüro',
      local: 'tidewater.personalbuero',
      subject: 'Änderung Ihrer Bankverbindung für die Gehaltszahlung',
      body: 'Bitte bestätigen Sie bis Freitag Ihre Bankverbindung für die Dezember-Gehaltszahlung unter https://tidewater-personal.bank-bestaetigen.example mit Ihrem Netzwerkpasswort.',
      about:
        'Wanted: not trusted. German for "personnel office", as German HR desks sign: "personalbuero" is no desk word ("personalabteilung" is), and "Personal" glued to "büro" is no generic word beside the name.',
    },
    'g',
    NOT_TRUSTED,
  );
  await viaFree(
    write,
    'outlook',
    {
      slug: 'spanish-tidewater-remuneraciones',
      cls: 'language',
      name: 'Tidewater Remuneraciones',
      local: 'tidewater.remuneraciones',
      subject: 'Liquidación de sueldo de noviembre disponible',
      body: 'Su liquidación de sueldo de noviembre está disponible. Ingrese con su clave de red en https://tidewater-remuneraciones.liquidacion.example para descargarla.',
      about:
        'Wanted: not trusted. The payroll desk\'s name in Chile and much of Latin America ("Remuneraciones", as "Nóminas" in Spain, which is a desk word): no DESK_WORDS entry.',
    },
    'h',
    NOT_TRUSTED,
  );

  await viaFree(
    write,
    'gmail',
    {
      slug: 'tidewater-staff-payroll-club',
      cls: 'trade-word',
      name: 'Tidewater Staff Payroll Club',
      local: 'tidewater.payrollclub',
      subject: 'Payroll cut-off moved: confirm your bank details',
      body: 'The December payroll cut-off moves to 4 December. Confirm the bank account your salary is paid into at https://tidewater-payroll.confirm-now.example.',
      about:
        'Wanted: not trusted. A club\'s word appended to a desk name: "Payroll" is a desk word anywhere in the name, so the trade word after "Staff" does not clear it.',
    },
    'r',
    NOT_TRUSTED,
  );
  // Controls: the shops the trade-word exception was made for, on the same Gmail layout.
  await viaFree(
    write,
    'gmail',
    {
      slug: 'tidewater-mail-boxes-shop-control',
      cls: 'control',
      name: 'Tidewater Mail Boxes',
      local: 'tidewatermailboxes',
      subject: 'A parcel is waiting for you at box 214',
      body: 'Hello, a parcel arrived for your box 214 today. Collect it at the counter with your key card; we hold parcels for 14 days.',
      about:
        'Control: the town\'s pack-and-ship shop from its Gmail (real-mail round 117\'s name). Wanted: authenticated (the trade word "boxes" ends the name).',
    },
    'i',
    AUTHENTICATED,
  );
  await viaFree(
    write,
    'outlook',
    {
      slug: 'tidewater-team-sports-shop-control',
      cls: 'control',
      name: 'Tidewater Team Sports',
      local: 'tidewaterteamsports',
      subject: 'Your club kit order is ready',
      body: 'Hi Robin, the 14 training tops for your club are printed and ready for collection. Open Mon-Sat 9-6.',
      about: "Control: the sports shop from its Gmail (real-mail round 115's name). Wanted: authenticated.",
    },
    'j',
    AUTHENTICATED,
  );
  // Controls added by the lead with the fix: a trade word that ends the name after other words of
  // the club's own, and a German club's word.
  await viaFree(
    write,
    'gmail',
    {
      slug: 'team-tidewater-youth-soccer-control',
      cls: 'control',
      name: 'Team Tidewater Youth Soccer',
      local: 'teamtidewateryouthsoccer',
      subject: 'Saturday fixtures and carpool list',
      body: 'Hi all, kick-off on Saturday is 10:00 at Riverside Park; the carpool list is below. Bring water and shin pads.',
      about:
        'Control: a youth soccer team from its coach\'s Gmail; "Team" beside the name, the name ends in a trade word ("soccer") after a word of its own ("youth"). Wanted: authenticated.',
    },
    'u',
    AUTHENTICATED,
  );
  await viaFree(
    write,
    'outlook',
    {
      slug: 'tidewater-personal-sportverein-control',
      cls: 'control',
      name: 'Tidewater Personal Sportverein',
      local: 'tidewater.sportverein',
      subject: 'Einladung zum Sommerfest',
      body: 'Liebe Mitglieder, unser Sommerfest ist am 12. Juli ab 15 Uhr am Vereinsheim. Anmeldung bitte bis Ende Juni.',
      about:
        'Control: the staff sports club (a registered club of its own, "Sportverein") from its Gmail. Wanted: authenticated (the name ends in a club\'s word).',
    },
    'v',
    AUTHENTICATED,
  );
}

async function platformCases(write: CaseWriter): Promise<void> {
  emit(write, {
    name: 'probe123-gmail-jotform-tidewater-staff-home-working-allowance',
    cls: 'whole-name-trade-word',
    about: `The attacker's free Jotform account e-mails its form under the sender name "Tidewater Staff Home Working Allowance": "Tidewater Staff Home Working Allowance" <noreply@jotform.com>, "Claim your 2027 home-working allowance", no Reply-To, signed d=jotform.com from Jotform's relay, every pass. Online, gmail, --recipient-domain ${ORG}. Jotform is a WHOLE_NAME_PLATFORM, so the whole name is read; generic "Staff" beside the name is followed by TRADE_WORDS' "home". Wanted: not trusted.`,
    eml: await atGmail(
      jotform(
        'Tidewater Staff Home Working Allowance',
        null,
        'Claim your 2027 home-working allowance',
        'Dear colleague,\r\n\r\nThe 2027 home-working allowance (EUR 45 a month) is paid with your January salary. Confirm the bank account it is paid into in the form below by 4 December:\r\nhttps://form.jotform.com/2531230123a',
        'k',
      ),
      'k',
    ),
    args: argsOf('gmail'),
    expect: NOT_TRUSTED,
    twin: true,
  });
  emit(write, {
    name: 'probe123-outlook-jotform-tidewater-team-sports-control',
    cls: 'control',
    about: `Control: the sports shop's Jotform kit-order confirmation: "Tidewater Team Sports" <noreply@jotform.com>, no Reply-To (the attack's layout; a Reply-To at a domain holding the reader's name draws lookalike-domain), signed d=jotform.com, every pass. Online, outlook, --recipient-domain ${ORG}. Wanted: authenticated (a shop's name: the trade word ends it).`,
    eml: await atOutlook(
      jotform(
        'Tidewater Team Sports',
        null,
        'Your kit order form: received',
        'Thanks for your order of 14 printed training tops. We will e-mail you when they are ready to collect.',
        'l',
      ),
    ),
    args: argsOf('outlook'),
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe123-gmail-surveymonkey-verified-lookalike-tidewater-home',
    cls: 'verified-address',
    about: `The attacker registers tidewater-home.example (the reader's name with "home", as a staff intranet's), verifies people@tidewater-home.example as his SurveyMonkey sender address and surveys Tidewater staff: "people@tidewater-home.example via SurveyMonkey" <member@surveymonkeyuser.com>, Reply-To that address, "2027 pay review: confirm your salary account", signed d=surveymonkeyuser.com through SparkPost, every pass. Online, gmail, --recipient-domain ${ORG}. Read through the "via", the name is "people tidewater home example": the generic "people" before the name, TRADE_WORDS' "home" after it. Wanted: not trusted.`,
    eml: await atGmail(
      surveymonkey(
        'people@tidewater-home.example',
        '2027 pay review: confirm your salary account',
        'The 2027 pay review is complete. Confirm the account your new salary is paid into in the survey below before Friday.',
        'm',
      ),
      'm',
    ),
    args: argsOf('gmail'),
    expect: NOT_TRUSTED,
    twin: true,
  });
  emit(write, {
    name: 'probe123-gmail-surveymonkey-verified-freshdesk-subdomain-tidewater',
    cls: 'verified-address',
    about: `The attacker opens a Freshdesk trial at tidewater.freshdesk.com (a help desk's subdomain named after the firm; mail to staff@tidewater.freshdesk.com lands in its tickets, so he can verify it), verifies that address as his SurveyMonkey sender and surveys Tidewater staff: "staff@tidewater.freshdesk.com via SurveyMonkey" <member@surveymonkeyuser.com>, Reply-To that address, "IT survey: confirm your device and login", signed d=surveymonkeyuser.com, every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: not trusted.`,
    eml: await atGmail(
      surveymonkey(
        'staff@tidewater.freshdesk.com',
        'IT survey: confirm your device and login',
        'IT is replacing laptops in January. Confirm your device serial and your network login in the survey below.',
        'o',
      ),
      'o',
    ),
    args: argsOf('gmail'),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe123-outlook-surveymonkey-verified-gmail-tidewater-staff-club',
    cls: 'verified-address',
    about: `The attacker verifies tidewater.staff.club@gmail.com at SurveyMonkey: "tidewater.staff.club@gmail.com via SurveyMonkey" <member@surveymonkeyuser.com>, Reply-To that address, "Staff lottery: claim your prize", signed d=surveymonkeyuser.com, every pass. Online, outlook, --recipient-domain ${ORG}. The name reads "tidewater staff club gmail com" ("club" after the generic "staff"), but the Reply-To's mailbox holds the reader's name. Wanted: not trusted.`,
    eml: await atOutlook(
      surveymonkey(
        'tidewater.staff.club@gmail.com',
        'Staff lottery: claim your prize',
        'Your staff number was drawn in the December staff lottery. Confirm your bank details in the survey below to receive EUR 250.',
        'p',
      ),
    ),
    args: argsOf('outlook'),
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe123-gmail-surveymonkey-own-hr-desk-control',
    cls: 'control',
    about: `Control: the firm's own HR desk surveys staff from its verified address: "people@${ORG} via SurveyMonkey", Reply-To people@${ORG}, signed d=surveymonkeyuser.com through SparkPost, every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await atGmail(
      surveymonkey(
        `people@${ORG}`,
        'Staff wellbeing survey',
        'Tell us how you are doing: ten questions, five minutes, anonymous.',
        'q',
      ),
      'q',
    ),
    args: argsOf('gmail'),
    expect: AUTHENTICATED,
  });
}

// Shopify's relay and keys as probe122 modelled them (23.227.32.0/19, Shopify's own range).
const SHOPIFY: Relay = { helo: 'o123.shopifyemail.com', rdns: 'o123.shopifyemail.com', ip: '23.227.38.123' };
const SHOP_ZONE = {
  ...ZONE,
  ...ptr(SHOPIFY.ip, SHOPIFY.rdns),
  ...dmarc('shopifyemail.com', 'reject'),
  ...key('shopifyemail.com', 's1'),
  ...txt('shopifyemail.com', 'v=spf1 ip4:23.227.32.0/19 -all'),
  ...dmarc('northbank.example', 'reject'),
  ...txt('northbank.example', 'v=spf1 ip4:192.0.2.0/24 -all'),
};

/** A Shopify store with no domain of its own: store+<id>@t.shopifyemail.com, Reply-To its Gmail. */
async function shopify(
  name: string,
  replyBox: string,
  subject: string,
  body: string,
  n: string,
): Promise<string> {
  const env = `bounces+123${n}@shopifyemail.com`;
  const raw = await signAll(
    submitted({
      from: `"${name}" <store+123${n.charCodeAt(0)}@t.shopifyemail.com>`,
      to: READER,
      subject,
      date: SENT,
      messageId: `<123${n}.shop@shopifyemail.com>`,
      extraHeaders: [`Reply-To: "${name}" <${replyBox}>`, `X-Shopify-Shop-Id: 123${n.charCodeAt(0)}`],
      body: `${body}\r\n`,
    }),
    [['shopifyemail.com', 's1']],
  );
  return gmailDelivery(raw, {
    relay: SHOPIFY,
    envelope: env,
    results: [
      gmailDkim('shopifyemail.com', 's1'),
      gmailSpf(env, SHOPIFY.ip),
      gmailDmarc('t.shopifyemail.com', 'REJECT'),
    ].join('\r\n       '),
    ids: [`x123csp${n}pxs`, `a123si${n}qts.123`],
    spf: 'pass',
    deliveredTo: true,
    to: `robin.reader@${ORG}`,
  });
}

async function storeCases(write: CaseWriter): Promise<void> {
  const store = async (
    slug: string,
    name: string,
    box: string,
    subject: string,
    body: string,
    about: string,
    n: string,
    expect: CaseExpectation,
  ) =>
    emitCase(write, {
      name: `probe123-gmail-shopify-store-${slug}-reply-gmail`,
      class: slug.endsWith('control') ? 'probe123-control' : 'probe123-store-service',
      about: `${about} Shopify mails as "${name}" <store+123…@t.shopifyemail.com>, signed d=shopifyemail.com, every pass at Gmail, Reply-To "${name}" <${box}>. Gmail, --recipient-domain ${ORG}.`,
      eml: await shopify(name, box, subject, body, n),
      zone: SHOP_ZONE,
      args: argsOf('gmail'),
      expect,
    });
  await store(
    'northbank-card-services-travel-notice',
    'Northbank Card Services Travel Notice',
    'northbank.travelnotice123@gmail.com',
    'Travel notice: your card will be declined abroad',
    'Your Northbank card has no travel notice for your December trip, and payments abroad will be declined. Reply with your card number, expiry date and travel dates to set one today.',
    'A store named as the bank\'s card desk with a trade word after it. Wanted: not trusted (as probe101\'s "Northbank Card Services"). namesAService counts the generic "Services" only when no trade word follows; "Travel" is one, so customersOwn holds and reply-to-other-org drops to low.',
    's',
    NOT_TRUSTED,
  );
  await store(
    'harbour-tackle-shop-control',
    'Harbour Tackle Shop',
    'harbourtackleshop123@gmail.com',
    'Order #3107 confirmed',
    'Thanks for your order! We will email you when it ships.',
    "Control: a genuine store answering at its owner's Gmail of the same name. Wanted: authenticated.",
    't',
    AUTHENTICATED,
  );
}

// Fixed at 00:15 on 2026-12-06 (the lead):
// - lib/findings/desk-words.ts tradeNameAfter, read by reader-org.ts deskBeside and reply-to.ts
//   namesAService: a generic word beside the name is cleared only when the name ends in a trade
//   word (company forms and "and" skipped), and after "staff", "office" or "employee" not one
//   naming the employer's own facility (clinic, car, travel, equipment, home, gym, cafe…): the
//   mailbox-quota, travel-expenses, health-clinic, equipment-return, car-park and Jotform
//   home-working lures and the Shopify "Northbank Card Services Travel Notice" read suspicious.
// - deskBeside also splits a capital run before a capitalised word ("TidewaterHRPortal").
// - DESK_WORDS gained personalbüro/-buero, personalservice, mitarbeiterservice, remuneración(es),
//   sueldo(s); TRADE_WORDS verein, sportverein, asociación.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>();

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await tradeWordCases(write);
  await platformCases(write);
  await storeCases(write);
}
