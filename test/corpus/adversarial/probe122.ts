// Red-team probes, round 122 (December 2026): this evening's name rules (30427a6b..HEAD,
// lib/findings/), read through Gmail and Outlook by a reader at tidewater.example.
// - lib/findings/reader-org.ts deskBeside: a generic word (staff, office, team, mail, service)
//   beside the firm's name now counts only when nothing but desk words, company forms or
//   SYSTEM_WORDS follow it. That is an allow-list, and a lure need only name its bait in a word
//   outside it: "Tidewater Staff Pay Review", "Tidewater Email Password Expiry", "Team Tidewater
//   Holiday Bonus", "Tidewater 🔔 Staff Announcements" (emoji are dropped as separators, so they
//   change nothing), the French "Tidewater Service Messagerie"; plurals and singulars the lists
//   lack ("Tidewater Payslips", "Tidewater Staff Benefit Enrolment"), the German
//   "Tidewater Lohnabrechnung". A verified address written as the name ("tidewater.staff@gmail.com
//   via SurveyMonkey") is read with "gmail com via surveymonkey" after the generic word.
//   Genuine names the allow-list now misreads: SYSTEM_WORDS' "center" makes a garage
//   ("Tidewater Service Center") and a pack-and-ship shop ("Tidewater Mail Center") the firm's desk.
// - lib/findings/reply-to.ts namesAService: a generic word in a store's name counts only when
//   nothing but SERVICE_WORDS follow. A Shopify store "Northbank Card Service Center" (the bank's
//   card centre, answering at a Gmail) and "Tidewater Staff Rewards" pass as a shop's own name.
// Controls: a genuine Shopify store answering at its Gmail, a swim club's verified Gmail via
// SurveyMonkey, the staff social club's Gmail, and the firm's own HR desk's verified address.
// Where the layouts were learnt: Shopify's own help ("Displaying your store's sending email",
// help.shopify.com, search corpus "pages": a store without an authenticated domain mails as
// store+<id>@shopifyemail.com with its store name and its contact address as Reply-To) and
// Shopify's 23.227.32.0/19 as probe101/probe104 used them; SurveyMonkey's "<address> via
// SurveyMonkey" <member@surveymonkeyuser.com> through SparkPost as probe119 learnt it
// (help.surveymonkey.com, "Sender Email Address and Verification"); Gmail's and EOP's headers as
// kit.ts and receivers.ts write them. Names and addresses are documentation ones except Google's,
// Shopify's and SparkPost's hosts and ranges; every key is the corpus key.

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

const ZONE = {
  ...ptr(SPARKPOST.ip, SPARKPOST.rdns),
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  ...txt('mr.surveymonkeyuser.com', 'v=spf1 include:sparkpostmail.com -all'),
  ...txt('sparkpostmail.com', 'v=spf1 ip4:192.174.80.0/20 ip4:147.253.208.0/20 ~all'),
  ...key('surveymonkeyuser.com', 'scph1020'),
  ...dmarc('surveymonkeyuser.com', 'reject'),
  ...txt('gmail.com', 'v=spf1 redirect=_spf.google.com'),
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 ~all'),
  ...key('gmail.com', '20230601'),
  ...dmarc('gmail.com', 'none'),
  ...dmarc(ORG, 'quarantine'),
  ...txt(ORG, 'v=spf1 include:_spf.google.com -all'),
  ...dmarc('tidewater-benefits.example', 'none'),
  ...dmarc('benefits-enrol.example', 'none'),
  ...dmarc('harbourline.example', 'quarantine'),
};

async function atGmail(s: Sent, n: string): Promise<string> {
  const [d, sel] = s.signers[0] ?? ['', ''];
  return gmailDelivery(await signed(s), {
    relay: s.relay,
    envelope: s.envelope,
    results: [
      gmailDkim(d, sel),
      gmailSpf(s.envelope, s.relay.ip),
      gmailDmarc(domainOf(s.from), d === 'gmail.com' ? 'NONE' : 'REJECT'),
    ].join('\r\n       '),
    ids: [`x122csp${n}pxa`, `a122si${n}qtb.122`],
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
  messageId: `<CAH122${n}xQ7mK2p${n}Vd4=Lr9s@mail.gmail.com>`,
});

/** SurveyMonkey's invitation: "<verified sender address> via SurveyMonkey", Reply-To that address. */
const surveymonkey = (address: string, subject: string, body: string, n: string): Sent => ({
  from: `"${address} via SurveyMonkey" <member@surveymonkeyuser.com>`,
  envelope: 'survey-noreply@mr.surveymonkeyuser.com',
  relay: SPARKPOST,
  signers: [['surveymonkeyuser.com', 'scph1020']],
  subject,
  body: `${body}\r\n\r\nBegin survey: https://www.surveymonkey.com/tr/v1/te/122${n}Qg_2FexampleToken\r\n\r\nPlease do not forward this email as its survey link is unique to you.\r\nPowered by SurveyMonkey\r\n`,
  messageId: `<5C.CA.122${n}.E5898886@i-0eaa7758290676f71.mta2vsmtp.sd.prd.sparkpost>`,
  replyTo: address,
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
const emit = (write: CaseWriter, c: One) => emitCase(write, { ...c, zone: ZONE, class: `probe122-${c.cls}` });

const SHOPIFY: Relay = { helo: 'o122.shopifyemail.com', rdns: 'o122.shopifyemail.com', ip: '23.227.38.122' };
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
  const env = `bounces+122${n}@shopifyemail.com`;
  const raw = await signAll(
    submitted({
      from: `"${name}" <store+122${n.charCodeAt(0)}@t.shopifyemail.com>`,
      to: READER,
      subject,
      date: SENT,
      messageId: `<122${n}.shop@shopifyemail.com>`,
      extraHeaders: [`Reply-To: "${name}" <${replyBox}>`, `X-Shopify-Shop-Id: 122${n.charCodeAt(0)}`],
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
    ids: [`x122csp${n}pxs`, `a122si${n}qts.122`],
    spf: 'pass',
    deliveredTo: true,
    to: `robin.reader@${ORG}`,
  });
}

type Via = 'gmail' | 'outlook';
async function viaFree(
  write: CaseWriter,
  via: Via,
  c: { slug: string; cls: string; name: string; local: string; subject: string; body: string; about: string },
  n: string,
  expect: CaseExpectation,
  twin = false,
): Promise<void> {
  const s = freemail(c.name, c.local, c.subject, c.body, n);
  emit(write, {
    name: `probe122-${via}-freemail-${c.slug}`,
    cls: c.cls,
    about: `${c.about} "${c.name}" <${c.local}@gmail.com>, "${c.subject}", signed d=gmail.com out of Google, every pass. Online, ${via}, --recipient-domain ${ORG}.`,
    eml: via === 'gmail' ? await atGmail(s, n) : await atOutlook(s),
    args: [...(via === 'gmail' ? GMAIL : OUTLOOK), ...TIDEWATER],
    expect,
    twin,
  });
}

async function freemailCases(write: CaseWriter): Promise<void> {
  await viaFree(
    write,
    'gmail',
    {
      slug: 'tidewater-staff-pay-review',
      cls: 'generic-word',
      name: 'Tidewater Staff Pay Review',
      local: 'tidewater.staffpayreview',
      subject: '2027 pay review: confirm your salary account',
      body: 'Your 2027 pay review is complete. Confirm the account your new salary is paid into at https://tidewater-staff.pay-review.example before Friday.',
      about:
        'Wanted: not trusted. "Staff" is the generic word right after the firm\'s name; "Pay" and "Review" are neither desk nor SYSTEM_WORDS, so deskBeside reads a shop. Before this evening "Staff" beside the name sufficed.',
    },
    'a',
    NOT_TRUSTED,
    true,
  );
  await viaFree(
    write,
    'outlook',
    {
      slug: 'tidewater-staff-benefit-enrolment',
      cls: 'generic-word',
      name: 'Tidewater Staff Benefit Enrolment',
      local: 'tidewater.benefitenrolment',
      subject: 'Open enrolment closes today',
      body: 'Open enrolment for 2027 closes today. Sign in at https://tidewater-benefit.enrol-now.example with your network password to keep your cover.',
      about:
        'Wanted: not trusted. DESK_WORDS has "benefits" but not the singular "benefit", and "enrolment" (or "enrollment") is no desk word, so the generic "Staff" has a non-desk word after it.',
    },
    'b',
    NOT_TRUSTED,
  );
  await viaFree(
    write,
    'gmail',
    {
      slug: 'tidewater-payslips-plural',
      cls: 'plural',
      name: 'Tidewater Payslips',
      local: 'tidewater.payslips',
      subject: 'Your December payslip is ready',
      body: 'Your December payslip is ready. Sign in at https://tidewater-payslips.view-doc.example to download it.',
      about:
        'Wanted: not trusted. DESK_WORDS has "payslip", not the plural a payroll sender writes; no generic word stands beside the name, so deskBeside finds nothing.',
    },
    'c',
    NOT_TRUSTED,
  );
  await viaFree(
    write,
    'outlook',
    {
      slug: 'tidewater-email-password-expiry',
      cls: 'generic-word',
      name: 'Tidewater Email Password Expiry',
      local: 'tidewater.emailpassword',
      subject: 'Your password expires in 24 hours',
      body: 'Your Tidewater email password expires in 24 hours. Keep your current password at https://tidewater-email.keep-password.example.',
      about:
        'Wanted: not trusted. "Email" is generic, "Password" and "Expiry" are not SYSTEM_WORDS (which hold login, portal, verification but not password).',
    },
    'd',
    NOT_TRUSTED,
    true,
  );
  await viaFree(
    write,
    'gmail',
    {
      slug: 'team-tidewater-holiday-bonus',
      cls: 'generic-word',
      name: 'Team Tidewater Holiday Bonus',
      local: 'teamtidewater.bonus',
      subject: 'Claim your holiday bonus',
      body: 'Every Tidewater employee receives a holiday bonus this year. Claim yours with your staff login at https://team-tidewater.bonus-claim.example.',
      about:
        'Wanted: not trusted. "Team" before the name counts only when nothing but desk words follow it; "Holiday Bonus" are neither.',
    },
    'e',
    NOT_TRUSTED,
  );
  await viaFree(
    write,
    'outlook',
    {
      slug: 'tidewater-emoji-staff-announcements',
      cls: 'emoji',
      name: 'Tidewater \u{1F514} Staff Announcements',
      local: 'tidewater.staffnews',
      subject: 'New remote-work policy: acknowledge by Friday',
      body: 'All staff must acknowledge the new remote-work policy. Read and sign at https://tidewater-staff.policy-sign.example with your network login.',
      about:
        'Wanted: not trusted. The emoji is dropped as a separator, leaving "Tidewater Staff Announcements": the generic "Staff" with "Announcements" after it, no SYSTEM_WORD.',
    },
    'f',
    NOT_TRUSTED,
  );
  await viaFree(
    write,
    'gmail',
    {
      slug: 'french-tidewater-service-messagerie',
      cls: 'language',
      name: 'Tidewater Service Messagerie',
      local: 'tidewater.messagerie',
      subject: 'Votre boîte aux lettres est presque pleine',
      body: 'Votre boîte de messagerie Tidewater a atteint 98 % de son quota. Augmentez-la sur https://tidewater-messagerie.quota-plus.example avant ce soir.',
      about:
        'Wanted: not trusted. French for "the mail service", the name of every French firm\'s mail desk: "Service" is generic, "Messagerie" is no desk or SYSTEM word (English "mail" and "email" are generic words).',
    },
    'g',
    NOT_TRUSTED,
  );
  await viaFree(
    write,
    'outlook',
    {
      slug: 'german-tidewater-lohnabrechnung',
      cls: 'language',
      name: 'Tidewater Lohnabrechnung',
      local: 'tidewater.lohnabrechnung',
      subject: 'Ihre Lohnabrechnung Dezember',
      body: 'Ihre Lohnabrechnung für Dezember steht bereit. Melden Sie sich unter https://tidewater-lohn.abrechnung-online.example mit Ihrem Netzwerkpasswort an.',
      about:
        'Wanted: not trusted. German for "payslip/payroll", as German payroll desks sign: DESK_WORDS has "lohn", "lohnbuchhaltung" and "gehaltsabrechnung" but not "lohnabrechnung".',
    },
    'h',
    NOT_TRUSTED,
  );

  // Genuine names the SYSTEM_WORDS allow-list now reads as the firm's desk.
  await viaFree(
    write,
    'gmail',
    {
      slug: 'tidewater-service-center-garage-genuine',
      cls: 'genuine-misread',
      name: 'Tidewater Service Center',
      local: 'tidewaterservicecenter',
      subject: 'Your car is ready for collection',
      body: 'Hi Robin, your Corolla is ready: 30,000-mile service and new wiper blades. We are open until 6pm; pay at the desk.',
      about:
        'Genuine: the local garage (the region\'s name, as countless businesses there) from its Gmail. Wanted: authenticated. "Service Center" is a garage\'s trade name; SYSTEM_WORDS\' "center" after the generic "Service" makes it the firm\'s own desk.',
    },
    'i',
    AUTHENTICATED,
    true,
  );
  await viaFree(
    write,
    'outlook',
    {
      slug: 'tidewater-mail-center-shop-genuine',
      cls: 'genuine-misread',
      name: 'Tidewater Mail Center',
      local: 'tidewatermailcenter',
      subject: 'Parcel waiting in your mailbox rental',
      body: 'Hello, a parcel arrived for your box 214 today. Collect it at the counter with your key card; we hold parcels 14 days.',
      about:
        'Genuine: the town\'s pack-and-ship shop (mailbox rentals, parcels), from its Gmail. Wanted: authenticated. "Mail Center" is a shop\'s trade name, like "Office Supply".',
    },
    'j',
    AUTHENTICATED,
  );
  await viaFree(
    write,
    'gmail',
    {
      slug: 'tidewater-staff-social-club-control',
      cls: 'control',
      name: 'Tidewater Staff Social Club',
      local: 'tidewater.socialclub',
      subject: 'Quiz night, Thursday 10 December',
      body: 'Dear members, quiz night is on Thursday 10 December at the Harbour Inn from 19:00. Teams of four.',
      about: "Control: the staff social club's free mailbox. Wanted: authenticated (a club, no desk).",
    },
    'k',
    AUTHENTICATED,
  );
}

async function platformCases(write: CaseWriter): Promise<void> {
  emit(write, {
    name: 'probe122-gmail-surveymonkey-verified-gmail-tidewater-staff',
    cls: 'verified-address',
    about: `The attacker opens tidewater.staff@gmail.com, verifies it as his SurveyMonkey sender address, and surveys Tidewater staff: "tidewater.staff@gmail.com via SurveyMonkey" <member@surveymonkeyuser.com>, Reply-To tidewater.staff@gmail.com, "Staff benefits survey: confirm your bank details", signed d=surveymonkeyuser.com through SparkPost, every pass. Online, gmail, --recipient-domain ${ORG}. A Gmail named "Tidewater Staff" is caught; read through the platform's "via" the name is "tidewater staff gmail com", and "gmail com" after the generic "staff" are no desk words. Wanted: not trusted.`,
    eml: await atGmail(
      surveymonkey(
        'tidewater.staff@gmail.com',
        'Staff benefits survey: confirm your bank details',
        'Tidewater is reviewing staff benefits for 2027. Please confirm the bank details your salary is paid into in the survey below.',
        'l',
      ),
      'l',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: NOT_TRUSTED,
    twin: true,
  });
  emit(write, {
    name: 'probe122-gmail-surveymonkey-verified-gmail-swim-club-control',
    cls: 'control',
    about: `Control: the harbour swim club surveys parents from its verified Gmail: "harbourswimclub@gmail.com via SurveyMonkey", Reply-To that address, signed d=surveymonkeyuser.com through SparkPost, every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated (real-mail round 115's layout, a club's Gmail).`,
    eml: await atGmail(
      surveymonkey(
        'harbourswimclub@gmail.com',
        'Spring training times: your preferences',
        'Which evenings suit your swimmer for spring training? Three questions, two minutes.',
        'm',
      ),
      'm',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe122-outlook-surveymonkey-own-hr-desk-control',
    cls: 'control',
    about: `Control: the firm's own HR desk surveys staff from its verified address: "hr@${ORG} via SurveyMonkey", Reply-To hr@${ORG}, signed d=surveymonkeyuser.com through SparkPost, every pass. Online, outlook, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await atOutlook(
      surveymonkey(
        `hr@${ORG}`,
        'Canteen survey',
        'Tell us what you would like on the canteen menu in 2027. Five questions.',
        'n',
      ),
    ),
    args: [...OUTLOOK, ...TIDEWATER],
    expect: AUTHENTICATED,
  });

  const store = (
    slug: string,
    cls: string,
    name: string,
    box: string,
    subject: string,
    body: string,
    about: string,
    n: string,
    expect: CaseExpectation,
  ) =>
    shopify(name, box, subject, body, n).then((eml) =>
      emitCase(write, {
        name: `probe122-gmail-shopify-store-${slug}-reply-gmail`,
        class: `probe122-${cls}`,
        about: `${about} Shopify mails as "${name}" <store+122…@t.shopifyemail.com>, signed d=shopifyemail.com, every pass at Gmail, Reply-To "${name}" <${box}>. Gmail, --recipient-domain ${ORG}.`,
        eml,
        zone: SHOP_ZONE,
        args: [...GMAIL, ...TIDEWATER],
        expect,
      }),
    );
  await store(
    'northbank-card-service-center',
    'store-service',
    'Northbank Card Service Center',
    'northbank.cardcenter122@gmail.com',
    'Your card has been blocked',
    'We blocked your Northbank debit card after a suspicious payment. Reply with the card number and expiry date to unblock it today.',
    'A store named as the bank\'s card centre. Wanted: not trusted (as probe101\'s "Northbank Card Services"). namesAService counts the generic "Service" only when nothing but SERVICE_WORDS follow; "Center" is not one, so customersOwn holds and reply-to-other-org drops to low.',
    'o',
    NOT_TRUSTED,
  );
  await store(
    'tidewater-staff-rewards',
    'store-reader',
    'Tidewater Staff Rewards',
    'tidewater.staffrewards122@gmail.com',
    'Your holiday gift card: claim by Friday',
    'Every Tidewater employee gets a 150 EUR holiday gift card. Reply with your staff number and network login to claim yours.',
    'A store named as the reader\'s firm\'s staff rewards scheme. Wanted: not trusted. deskBeside reads "Staff" followed by "Rewards" (not a desk word; ORG_DESK_PHRASES has "total rewards" only), namesAService likewise.',
    'p',
    NOT_TRUSTED,
  );
  await store(
    'harbour-surf-shop-control',
    'control',
    'Harbour Surf Shop',
    'harboursurfshop122@gmail.com',
    'Order #2291 confirmed',
    'Thanks for your order! We will email you when it ships.',
    "Control: a genuine store answering at its owner's Gmail of the same name. Wanted: authenticated.",
    'q',
    AUTHENTICATED,
  );
}

// Fixed at 23:02 on 2026-12-05: a generic word beside the organisation's name counts as a desk
// unless a trade's, a club's or an institution's word follows it (lib/findings/desk-words.ts
// TRADE_WORDS, tradeWord; reader-org.ts deskBeside; reply-to.ts namesAService), instead of only when
// desk words follow, which let any other word through this evening ("Tidewater Staff Pay Review",
// "Tidewater Email Password Expiry"); plurals and the German and French pay and mail desks are desk
// words ("payslips", "Lohnabrechnung", "Service Messagerie").
// Kept out by choice (the lead, 23:02): a garage's and a pack-and-ship shop's Gmail named "Tidewater
// Service Center" and "Tidewater Mail Center" read suspicious (an IT service centre's lure is the
// same name); the Outlook password-expiry lure read with no options reads authenticated (nothing
// names the reader's organisation then; with --recipient-domain it reads suspicious).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe122-outlook-freemail-tidewater-email-password-expiry-no-options',
  'probe122-gmail-freemail-tidewater-service-center-garage-genuine',
  'probe122-gmail-freemail-tidewater-service-center-garage-genuine-no-options',
  'probe122-outlook-freemail-tidewater-mail-center-shop-genuine',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await freemailCases(write);
  await platformCases(write);
}
