// Red-team probes, round 121 (December 2026): the free-mail From rewrite of bulk senders. When an
// account on Mailchimp, Constant Contact or Brevo sends with a Gmail From, the platform rewrites the
// address onto a shared domain of its own, which it signs, so DMARC passes for the platform's
// domain, and keeps the display name the user chose. An attacker who has read lib/ signs up with a
// Gmail, names the account "Tidewater Payroll" or "Tidewater IT Service Desk" and sends the lure:
// lib/findings/platforms.ts knows none of these shared domains, so reader-org.ts outsidersName reads
// the name as the platform's own (no free mailbox, no CUSTOMERS_PLATFORMS, no brand) and nothing
// says an outsider chose it. Each attack beside its genuine control (a club's or a shop's real
// newsletter through the same rewrite, named as itself).
// Where the layouts were learnt (search, corpus "pages"):
// - Constant Contact: knowledgebase.constantcontact.com article 000051400 ("Why your From email
//   address is being rewritten": <carlscoffee@gmail.com> becomes
//   <carlscoffee-gmail.com@shared1.ccsend.com>, Reply-To untouched) and article 000053013
//   ("Customize the subdomain": <carl@carlscoffee.ccsend.com>, a subdomain the account chooses);
//   unspam.email's Constant Contact guide (shared1 on paid accounts, shared2 on trials, signed by
//   Constant Contact, envelope on Constant Contact's domain). The DKIM selector, the envelope host
//   (in.constantcontact.com) and the relay's name (ccm27.constantcontact.com, 208.75.123.0/24) are
//   from memory of real headers, not confirmed by a source found today.
// - Mailchimp: kb.mailchimp.com "How Free Email Providers Affect Delivery" (Mailchimp changes a free
//   From by "adding an extension", replies still go to the address entered) and Intuit's
//   "My Email From Name Shows mailchimpapp.net or mcsv.net" (envelope on mcsv.net, mcdlv.net,
//   mailchimpapp.net or rsgsv.net; Gmail and Outlook show "via"/"on behalf of mailchimpapp.net").
//   The page's example addresses were stripped: the rewritten form
//   <name.gmail.com@send.mailchimpapp.net> and the d=mailchimpapp.net signature are from memory,
//   not confirmed. Relay and envelope as realworld107 learnt them (mail107.suw101.mcdlv.net,
//   198.2.128.0/18, lib/relay/providers-esp.ts).
// - Brevo: captaindns.com's Brevo technical guide (without domain authentication mail "may arrive
//   from @brevosend.com", envelope on sender-sib.com). The rewritten local part and Brevo's
//   signature on brevosend.com are not confirmed; relay as realworld70 (mail-ab.sender-sib.com).
// - MailerLite (mailerlite.com/help/mailerlite-subdomains: a free From gets "a MailerLite subdomain")
//   and Kit were looked up, but no page gave their rewritten address: not modelled.
// Names and addresses are documentation ones except the platforms' own names, hosts and ranges;
// every key is the corpus key.
import type { CaseExpectation } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, GMAIL, KEY, NOT_TRUSTED, OUTLOOK, ptr, type Relay, signAll } from '../kit';
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
  replyTo: string;
  envelope: string;
  relay: Relay;
  signers: [string, string][];
  subject: string;
  body: string;
  messageId: string;
  extra: string[];
  policy: string;
}

function signed(s: Sent): Promise<string> {
  return signAll(
    submitted({
      from: s.from,
      to: READER,
      subject: s.subject,
      date: SENT,
      messageId: s.messageId,
      extraHeaders: [`Reply-To: ${s.replyTo}`, ...s.extra],
      body: s.body,
    }),
    s.signers,
  );
}

// Mailchimp's campaign host (realworld107), in servers.mcsv.net's 198.2.128.0/18.
const MC: Relay = { helo: 'mail107.suw101.mcdlv.net', rdns: 'mail107.suw101.mcdlv.net', ip: '198.2.179.107' };
// Constant Contact's campaign relay, in its 208.75.123.0/24.
const CC: Relay = {
  helo: 'ccm27.constantcontact.com',
  rdns: 'ccm27.constantcontact.com',
  ip: '208.75.123.162',
};
// Brevo's shared relay (realworld70).
const BREVO: Relay = { helo: 'mail-ab.sender-sib.com', rdns: 'mail-ab.sender-sib.com', ip: '77.32.148.19' };
const CC_SEL = '1000073432';

const ZONE = {
  ...ptr(MC.ip, MC.rdns),
  ...ptr(CC.ip, CC.rdns),
  ...ptr(BREVO.ip, BREVO.rdns),
  ...txt(MC.helo, 'v=spf1 ip4:198.2.128.0/18 ip4:205.201.128.0/20 -all'),
  ...key('mailchimpapp.net', 'k2'),
  ...key('mcsv.net', 'k2'),
  ...dmarc('mailchimpapp.net', 'none'),
  ...txt('in.constantcontact.com', 'v=spf1 ip4:208.75.120.0/22 -all'),
  ...key('ccsend.com', CC_SEL),
  ...dmarc('ccsend.com', 'none'),
  ...txt('sender-sib.com', 'v=spf1 ip4:77.32.148.0/24 ip4:185.41.28.0/22 -all'),
  ...key('brevosend.com', 'mail'),
  ...dmarc('brevosend.com', 'none'),
  ...dmarc(ORG, 'quarantine'),
  ...txt(ORG, 'v=spf1 include:_spf.google.com -all'),
};

async function atGmail(s: Sent, n: string): Promise<string> {
  const [d, sel] = s.signers[0] ?? ['', ''];
  return gmailDelivery(await signed(s), {
    relay: s.relay,
    envelope: s.envelope,
    results: [
      gmailDkim(d, sel),
      gmailSpf(s.envelope, s.relay.ip),
      gmailDmarc(domainOf(s.from), s.policy.toUpperCase()),
    ].join('\r\n       '),
    ids: [`x121csp${n}pxa`, `a121si${n}qtb.121`],
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

const unsub = (host: string, n: string) => [
  `List-Unsubscribe: <https://${host}/unsubscribe?u=121${n}>`,
  'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
];

/** A Mailchimp campaign from a Gmail account, its From rewritten onto send.mailchimpapp.net. */
const mailchimp = (name: string, gmail: string, subject: string, body: string, n: string): Sent => ({
  from: `"${name}" <${gmail.replace('@', '.')}@send.mailchimpapp.net>`,
  replyTo: `"${name}" <${gmail}>`,
  envelope: `bounce-mc.us21_51${n}7733.121${n}01-robin.reader=tidewater.example@${MC.helo}`,
  relay: MC,
  signers: [
    ['mailchimpapp.net', 'k2'],
    ['mcsv.net', 'k2'],
  ],
  subject,
  body: `${body}\r\n\r\nYou are receiving this email because you opted in via our website.\r\nUnsubscribe: https://us21.list-manage.com/unsubscribe?u=121${n}\r\n`,
  messageId: `<121${n}a4c9e.mc.f0e1d2c3b4@${MC.helo}>`,
  extra: [
    ...unsub('us21.list-manage.com', n),
    `List-ID: 121${n}f0e1d2c3b4a5968778695a4b3mc list <121${n}f0e1d2c3b4a5968778695a4b3.351${n}.list-id.mcsv.net>`,
    `X-MC-User: 121${n}f0e1d2c3b4a5968778695a4b3`,
  ],
  policy: 'none',
});

/** A Constant Contact campaign, its From rewritten as `<local>-gmail.com@shared1.ccsend.com` or on a chosen subdomain. */
const constantContact = (
  name: string,
  from: string,
  replyTo: string,
  subject: string,
  body: string,
  n: string,
): Sent => ({
  from: `"${name}" <${from}>`,
  replyTo: `"${name}" <${replyTo}>`,
  envelope: `rb121${n}x7kq0aa@in.constantcontact.com`,
  relay: CC,
  signers: [['ccsend.com', CC_SEL]],
  subject,
  body: `${body}\r\n\r\nUnsubscribe robin.reader@${ORG}\r\nConstant Contact Data Notice\r\nSent by ${replyTo} powered by Constant Contact\r\n`,
  messageId: `<1121${n}4455667.121${n}@ccm27.constantcontact.com>`,
  extra: unsub('visitor.constantcontact.com', n),
  policy: 'none',
});

/** A Brevo campaign from a free-mail account, its From rewritten onto brevosend.com. */
const brevo = (name: string, gmail: string, subject: string, body: string, n: string): Sent => ({
  from: `"${name}" <${gmail.replace('@', '.')}@brevosend.com>`,
  replyTo: `"${name}" <${gmail}>`,
  envelope: `bounces-121${n}-8821@sender-sib.com`,
  relay: BREVO,
  signers: [['brevosend.com', 'mail']],
  subject,
  body: `${body}\r\n\r\nUnsubscribe: https://r.sender-sib.example/unsub/121${n}\r\n`,
  messageId: `<202611200959.121${n}0044127@smtp-relay.mailin.fr>`,
  extra: unsub('r.brevosend.com', n),
  policy: 'none',
});

const PAYROLL_BODY =
  'Dear colleague,\r\n\r\nthe December payroll run moves to the new employee portal. Confirm your bank details before 25 November or your salary will be held:\r\nhttps://tidewater-payroll.portal-relay.example/confirm\r\n\r\nTidewater Payroll';
const DESK_BODY =
  'Your Tidewater password expires in 24 hours. Keep your current password:\r\nhttps://tidewater-sso.portal-relay.example/keep\r\n\r\nTidewater IT Service Desk';

// Fixed at 23:02 on 2026-12-05 (lib/findings/platforms.ts WHOLE_NAME_PLATFORMS): a newsletter
// service's rewrite of a free-mail From (Constant Contact's ccsend.com, Brevo's brevosend.com,
// Mailchimp's mailchimpapp.net) keeps the name its user chose, read as the outsider's now.
// Kept out by choice (the lead, 23:02): the Mailchimp and Brevo controls below read suspicious
// (reply-to-other-org medium: the Reply-To at the club's Gmail is not recognised as the one the
// rewritten From spells). Their local-part forms are recalled, not confirmed from a real header,
// and lib/findings/reply-to.ts spells is not widened on a guess; Constant Contact's confirmed form
// reads authenticated.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe121-gmail-mailchimp-rewrite-rowing-club-control',
  'probe121-gmail-mailchimp-rewrite-rowing-club-control-no-options',
  'probe121-outlook-mailchimp-rewrite-rowing-club-control',
  'probe121-outlook-mailchimp-rewrite-rowing-club-control-no-options',
  'probe121-gmail-mailchimp-rewrite-staff-social-club-control',
  'probe121-outlook-brevo-rewrite-candle-shop-control',
]);

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
const emit = (write: CaseWriter, c: One) => emitCase(write, { ...c, zone: ZONE, class: `probe121-${c.cls}` });

export async function makeAll(write: CaseWriter): Promise<void> {
  const at = (reader: 'gmail' | 'outlook', s: Sent, n: string) =>
    reader === 'gmail' ? atGmail(s, n) : atOutlook(s);
  const args = (reader: 'gmail' | 'outlook') => [...(reader === 'gmail' ? GMAIL : OUTLOOK), ...TIDEWATER];

  // ---- Mailchimp: a Gmail account named after the reader's payroll or IT desk ----
  const mcAttacks: Array<[string, string, string, string, string, 'gmail' | 'outlook', string]> = [
    [
      'payroll',
      'Tidewater Payroll',
      'tidewater.payroll@gmail.com',
      'Action required: confirm your bank details for December payroll',
      PAYROLL_BODY,
      'gmail',
      'a',
    ],
    [
      'payroll',
      'Tidewater Payroll',
      'tidewater.payroll@gmail.com',
      'Action required: confirm your bank details for December payroll',
      PAYROLL_BODY,
      'outlook',
      'b',
    ],
    [
      'it-service-desk',
      'Tidewater IT Service Desk',
      'tidewater.itdesk@gmail.com',
      'Your password expires today',
      DESK_BODY,
      'gmail',
      'c',
    ],
  ];
  for (const [slug, name, gmail, subject, body, reader, n] of mcAttacks) {
    const s = mailchimp(name, gmail, subject, body, n);
    emit(write, {
      name: `probe121-${reader}-mailchimp-rewrite-${slug}`,
      cls: 'mailchimp-rewrite',
      about: `The attacker signs up to Mailchimp with ${gmail}, names the audience's From "${name}" and sends "${subject}". Mailchimp rewrites the free From onto its shared domain: "${name}" <${gmail.replace('@', '.')}@send.mailchimpapp.net>, Reply-To the Gmail, signed d=mailchimpapp.net and d=mcsv.net from ${MC.helo}, every pass (DMARC aligned on mailchimpapp.net). Online, ${reader}, --recipient-domain ${ORG}. Wanted: not trusted (an outsider's chosen name holding the reader's organisation beside a desk word, as on the Gmail it rewrites).`,
      eml: await at(reader, s, n),
      args: args(reader),
      expect: NOT_TRUSTED,
    });
  }
  emit(write, {
    name: 'probe121-gmail-mailchimp-rewrite-bank-card-desk',
    cls: 'mailchimp-rewrite',
    about: `A Gmail account on Mailchimp named "Bank of America Card Services": "Bank of America Card Services" <boa.cardservices.gmail.com@send.mailchimpapp.net>, Reply-To the Gmail, "Your card has been temporarily restricted", signed d=mailchimpapp.net, every pass. Online, gmail. Wanted: not trusted (a bank's name on a newsletter platform's shared domain, chosen by its user).`,
    eml: await atGmail(
      mailchimp(
        'Bank of America Card Services',
        'boa.cardservices@gmail.com',
        'Your card has been temporarily restricted',
        'We noticed unusual activity on your card ending 4417. Verify your identity to lift the restriction:\r\nhttps://boa-cardservices.verify-relay.example/\r\n\r\nCard Services',
        'd',
      ),
      'd',
    ),
    args: [...GMAIL],
    expect: NOT_TRUSTED,
  });
  for (const [reader, n] of [
    ['gmail', 'e'],
    ['outlook', 'f'],
  ] as const) {
    emit(write, {
      name: `probe121-${reader}-mailchimp-rewrite-rowing-club-control`,
      cls: 'control',
      about: `Control: a rowing club's real newsletter, sent from its Gmail through Mailchimp: "Harbour Rowing Club" <harbourrowingclub.gmail.com@send.mailchimpapp.net>, Reply-To harbourrowingclub@gmail.com, "November news: winter training", signed d=mailchimpapp.net and d=mcsv.net, every pass. Online, ${reader}, --recipient-domain ${ORG}. Wanted: authenticated (the platform's aligned signature; the club's name names no desk of the reader's).`,
      eml: await at(
        reader,
        mailchimp(
          'Harbour Rowing Club',
          'harbourrowingclub@gmail.com',
          'November news: winter training',
          'Hello rowers,\r\n\r\nwinter training starts on 1 December, Tuesdays and Thursdays at 6 pm.\r\n\r\nHarbour Rowing Club',
          n,
        ),
        n,
      ),
      args: args(reader),
      expect: AUTHENTICATED,
      twin: true,
    });
  }
  emit(write, {
    name: 'probe121-gmail-mailchimp-rewrite-staff-social-club-control',
    cls: 'control',
    about: `Control named as itself: the reader's colleagues' own social club sends its newsletter from a Gmail through Mailchimp, "Tidewater Social Club" <tidewatersocial.gmail.com@send.mailchimpapp.net>, "Christmas quiz night: sign up", every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated (the organisation's word beside no desk word: a club, not the reader's payroll or IT).`,
    eml: await atGmail(
      mailchimp(
        'Tidewater Social Club',
        'tidewatersocial@gmail.com',
        'Christmas quiz night: sign up',
        'Hi all,\r\n\r\nquiz night is on 12 December at the Anchor. Teams of four, sign up by replying.\r\n\r\nTidewater Social Club',
        'g',
      ),
      'g',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: AUTHENTICATED,
  });

  // ---- Constant Contact: the shared1.ccsend.com rewrite and a subdomain the account chooses ----
  const ccAttacks: Array<[string, string, string, string, string, string, 'gmail' | 'outlook', string]> = [
    [
      'payroll',
      'Tidewater Payroll',
      'tidewaterpayroll-gmail.com@shared1.ccsend.com',
      'tidewaterpayroll@gmail.com',
      'Action required: confirm your bank details for December payroll',
      PAYROLL_BODY,
      'gmail',
      'h',
    ],
    [
      'it-service-desk',
      'Tidewater IT Service Desk',
      'tidewaterit-gmail.com@shared1.ccsend.com',
      'tidewaterit@gmail.com',
      'Your password expires today',
      DESK_BODY,
      'outlook',
      'i',
    ],
    [
      'chosen-subdomain-it-service-desk',
      'Tidewater IT Service Desk',
      'servicedesk@tidewater-it.ccsend.com',
      'tidewaterit@gmail.com',
      'Your password expires today',
      DESK_BODY,
      'gmail',
      'j',
    ],
    [
      'chosen-subdomain-payroll',
      'Tidewater Payroll',
      'payroll@tidewater-hr.ccsend.com',
      'tidewaterpayroll@gmail.com',
      'Action required: confirm your bank details for December payroll',
      PAYROLL_BODY,
      'outlook',
      'k',
    ],
  ];
  for (const [slug, name, from, replyTo, subject, body, reader, n] of ccAttacks) {
    emit(write, {
      name: `probe121-${reader}-constant-contact-rewrite-${slug}`,
      cls: 'constant-contact-rewrite',
      about: `The attacker's Constant Contact account, signed up with ${replyTo}, named "${name}": "${name}" <${from}> (${from.includes('shared1') ? 'the free From rewritten onto the shared domain' : 'the subdomain of ccsend.com the account chose for its rewritten From'}), Reply-To ${replyTo}, "${subject}", signed d=ccsend.com from ${CC.helo}, every pass. Online, ${reader}, --recipient-domain ${ORG}. Wanted: not trusted (an outsider's chosen name and address on a newsletter platform naming the reader's own desk).`,
      eml: await at(reader, constantContact(name, from, replyTo, subject, body, n), n),
      args: args(reader),
      expect: NOT_TRUSTED,
    });
  }
  emit(write, {
    name: 'probe121-outlook-constant-contact-rewrite-bank-card-desk',
    cls: 'constant-contact-rewrite',
    about: `A Gmail account on Constant Contact named "Bank of America Card Services": "Bank of America Card Services" <boa.cardservices-gmail.com@shared1.ccsend.com>, Reply-To boa.cardservices@gmail.com (spelled by the From, so the Reply-To is a low note), "Your card has been temporarily restricted", signed d=ccsend.com, every pass. Online, outlook. Wanted: not trusted (a bank's name chosen by a newsletter platform's user).`,
    eml: await atOutlook(
      constantContact(
        'Bank of America Card Services',
        'boa.cardservices-gmail.com@shared1.ccsend.com',
        'boa.cardservices@gmail.com',
        'Your card has been temporarily restricted',
        'We noticed unusual activity on your card ending 4417. Verify your identity to lift the restriction:\r\nhttps://boa-cardservices.verify-relay.example/\r\n\r\nCard Services',
        'p',
      ),
    ),
    args: [...OUTLOOK],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe121-gmail-constant-contact-rewrite-coffee-shop-control',
    cls: 'control',
    about: `Control: Constant Contact's own example, a coffee shop sending from its Gmail: "Carl's Coffee" <carlscoffee-gmail.com@shared1.ccsend.com>, Reply-To carlscoffee@gmail.com, "This week's roast: Ethiopia Guji", signed d=ccsend.com, every pass. Online, gmail, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await atGmail(
      constantContact(
        "Carl's Coffee",
        'carlscoffee-gmail.com@shared1.ccsend.com',
        'carlscoffee@gmail.com',
        "This week's roast: Ethiopia Guji",
        "Hello coffee friends,\r\n\r\nthis week's roast is a washed Ethiopia Guji, bright and floral.\r\n\r\nCarl's Coffee",
        'l',
      ),
      'l',
    ),
    args: [...GMAIL, ...TIDEWATER],
    expect: AUTHENTICATED,
    twin: true,
  });
  emit(write, {
    name: 'probe121-outlook-constant-contact-subdomain-yoga-control',
    cls: 'control',
    about: `Control: a yoga studio on its chosen Constant Contact subdomain (the help page's own example): "Half Moon Yoga" <marsha@halfmoonyoga.ccsend.com>, Reply-To halfmoonyoga@gmail.com, "December class schedule", signed d=ccsend.com, every pass. Online, outlook, --recipient-domain ${ORG}. Wanted: not spoofed; "suspicious" for the Reply-To is the honest answer here (the address the account chose on its subdomain does not show the Gmail the replies go to, as the shared1 rewrite does), so only spoofed would be wrong.`,
    eml: await atOutlook(
      constantContact(
        'Half Moon Yoga',
        'marsha@halfmoonyoga.ccsend.com',
        'halfmoonyoga@gmail.com',
        'December class schedule',
        'Namaste,\r\n\r\nthe December schedule is up: morning flow moves to 7:30.\r\n\r\nMarsha, Half Moon Yoga',
        'm',
      ),
    ),
    args: [...OUTLOOK, ...TIDEWATER],
    expect: { notVerdict: ['spoofed'] },
  });

  // ---- Brevo: the brevosend.com rewrite ----
  emit(write, {
    name: 'probe121-outlook-brevo-rewrite-payroll',
    cls: 'brevo-rewrite',
    about: `A Gmail account on Brevo with no domain of its own, named "Tidewater Payroll": "Tidewater Payroll" <tidewater.payroll.gmail.com@brevosend.com>, Reply-To the Gmail, signed d=brevosend.com from ${BREVO.helo}, envelope on sender-sib.com, every pass. Online, outlook, --recipient-domain ${ORG}. Wanted: not trusted.`,
    eml: await atOutlook(
      brevo(
        'Tidewater Payroll',
        'tidewater.payroll@gmail.com',
        'Action required: confirm your bank details for December payroll',
        PAYROLL_BODY,
        'n',
      ),
    ),
    args: [...OUTLOOK, ...TIDEWATER],
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe121-outlook-brevo-rewrite-candle-shop-control',
    cls: 'control',
    about: `Control: a candle shop with no domain of its own on Brevo: "Tallow & Wick" <tallowandwick.gmail.com@brevosend.com>, Reply-To tallowandwick@gmail.com, "Winter scents are here", signed d=brevosend.com, every pass. Online, outlook, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await atOutlook(
      brevo(
        'Tallow & Wick',
        'tallowandwick@gmail.com',
        'Winter scents are here',
        'Hello,\r\n\r\nour winter scents are in: cedar, clove and smoked orange.\r\n\r\nTallow & Wick',
        'o',
      ),
    ),
    args: [...OUTLOOK, ...TIDEWATER],
    expect: AUTHENTICATED,
  });
}
