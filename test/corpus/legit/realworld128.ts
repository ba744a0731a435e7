// Real-world delivery shapes, hundred-and-twenty-eighth round: genuine newsletter and
// creator-platform mail read by a reader at tidewater.example (--recipient-domain) in Gmail,
// Outlook on the web and Yahoo. Since red-team round 130 a newsletter host's publication with a
// List-Id is read like an open group's name, its maker's choice (lib/findings/reader-org.ts
// readerNamedByPlatformUser). Publications whose names hold the town's word in ordinary ways
// ("Tidewater Weekly", "The Tidewater Angler", "Tidewater Food Notes", "Tidewater Tech Jobs",
// "Tidewater Birding Notes") on Substack, Beehiiv, Buttondown, Mailchimp (the writer's own
// authenticated domain), Patreon and LinkedIn's newsletters must read authenticated; the reader's
// own firm's publications on its own domain through Beehiiv (SendGrid) and Ghost(Pro) (Mailgun)
// too. Attack twins beside them: the same platforms' accounts named after the firm's desks.
// Where the layouts were learnt (`search`, pages / code / docs corpora):
// - Substack: on.bo/esp/substack (Substack signs with its own keys, From at substack.com, a custom
//   domain is a web CNAME only) and wiredepth.com/spoofability/substack.com (DMARC p=reject, SPF
//   includes Mailgun); From/List-Id/List-Unsubscribe as realworld77/probe130. The relay's name
//   (mg-d1.substack.com) inside Mailgun's 69.72.32.0/20 is NOT confirmed from a real header: assumed.
// - Beehiiv custom domain: beehiiv support "Setting up DMARC for a custom domain" (beehiiv writes
//   SPF and DKIM as CNAME records on the creator's domain; DMARC required since February 2024) and
//   sasanova.com's deliverability guide (beehiiv DKIM by CNAME). The SendGrid layout (em<NNNN>
//   return-path subdomain, s1/s2 DKIM CNAMEs, o<N>.ptr<NNNN>.<domain> reverse names in 149.72/16)
//   from support.beamery.com "Sender Authentication Fact Sheet" (u<id>.wl<nnn>.sendgrid.net CNAMEs).
//   Beehiiv's shared host as realworld77 (mail.beehiiv.com). Beehiiv's List-Id value: assumed.
// - Ghost(Pro) with a custom sending domain: Ghost's docs (TryGhost/Docs issue 16: bulk mail goes
//   through Mailgun) and Mailgun's domain setup (a gist's SPF include:mailgun.org, the DKIM TXT at
//   <selector>._domainkey, developer.dji.com's Mailgun walkthrough recommending mg./email.
//   subdomains). That Ghost(Pro) itself sends from email.<custom domain> is NOT confirmed: assumed.
// - Mailchimp: prototypefund/BBND-unspy.email-untrack-email-analyzer
//   docs/decisions/adr-todo-headers-mailchimp.md (Message-ID @mailNN.<pod>.mcsv.net, X-Mailer,
//   X-Campaign, X-MC-User, Feedback-ID, List-ID `<u>mc list <u.N.list-id.mcsv.net>`,
//   List-Unsubscribe on list-manage.com); relay as realworld121 (mcdlv.net, 198.2.128.0/18).
// - Buttondown, Patreon and LinkedIn's newsletter layouts were NOT found in the corpora: recalled
//   (Buttondown <user>@buttondown.email, Patreon's bingo@patreon.com, LinkedIn's
//   newsletters-noreply@linkedin.com with "<Name> via LinkedIn"); their relays' names are assumed,
//   their ranges real (Postmark 104.245.209.192/26, host names mta<N>-ord.mtasv.net as realworld's Postmark cases, SendGrid 149.72.0.0/16, LinkedIn 108.174.0.0/20).
// Kit (ConvertKit) was left out: no source for its sending layout was found.
// Names and addresses are documentation ones except the providers' hosts and ranges; every key is
// the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, GMAIL, KEY, legitCorpus, NOT_TRUSTED, OUTLOOK, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import {
  eopDelivery,
  eopPass,
  GMAIL_TO,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
} from '../receivers';

const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';
const TW = 'tidewater.example';
const ROBIN = `robin.reader@${TW}`;
const YAHOO = ['--webmail', 'yahoo'];

/** DMARC passed for the From domain: authenticated. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
const WANT_READER: CaseExpectation = { ...NOT_TRUSTED, findings: ['display-name-reader-org'] };

const SUBSTACK: Relay = { helo: 'mg-d1.substack.com', rdns: 'mg-d1.substack.com', ip: '69.72.42.128' };
const BEEHIIV: Relay = {
  helo: 'o1.ptr4128.mail.beehiiv.com',
  rdns: 'o1.ptr4128.mail.beehiiv.com',
  ip: '149.72.128.28',
};
/** SendGrid's IP as Beehiiv gives a custom domain (reverse name under the customer's em subdomain). */
const BEEHIIV_CUSTOM: Relay = {
  helo: 'o2.ptr7128.em4128.tidewater.example',
  rdns: 'o2.ptr7128.em4128.tidewater.example',
  ip: '149.72.212.128',
};
const MAILGUN: Relay = { helo: 'm228-128.mailgun.net', rdns: 'm228-128.mailgun.net', ip: '159.135.228.128' };
const MC_HOST = 'mail128.suw128.mcdlv.net';
const MAILCHIMP: Relay = { helo: MC_HOST, rdns: MC_HOST, ip: '198.2.135.128' };
const POSTMARK: Relay = {
  helo: 'mta128a-ord.mtasv.net',
  rdns: 'mta128a-ord.mtasv.net',
  ip: '104.245.209.228',
};
const PATREON: Relay = { helo: 'o3.email.patreon.com', rdns: 'o3.email.patreon.com', ip: '149.72.154.128' };
const LINKEDIN: Relay = { helo: 'maile-ec.linkedin.com', rdns: 'maile-ec.linkedin.com', ip: '108.174.3.128' };

const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });

const FOOD = 'tidewaterfoodnotes.example';

const ZONE = {
  ...ptr(SUBSTACK.ip, SUBSTACK.rdns),
  ...ptr(BEEHIIV.ip, BEEHIIV.rdns),
  ...ptr(BEEHIIV_CUSTOM.ip, BEEHIIV_CUSTOM.rdns),
  ...ptr(MAILGUN.ip, MAILGUN.rdns),
  ...ptr(MAILCHIMP.ip, MAILCHIMP.rdns),
  ...ptr(POSTMARK.ip, POSTMARK.rdns),
  ...ptr(PATREON.ip, PATREON.rdns),
  ...ptr(LINKEDIN.ip, LINKEDIN.rdns),
  // Substack
  ...key('substack.com', 'smtp'),
  ...dmarc('substack.com', 'reject'),
  ...txt('mg-d1.substack.com', 'v=spf1 ip4:69.72.32.0/20 ~all'),
  // Beehiiv's shared host
  ...key('mail.beehiiv.com', 's1'),
  ...txt('mail.beehiiv.com', 'v=spf1 ip4:149.72.0.0/16 ~all'),
  ...dmarc('beehiiv.com', 'quarantine'),
  // The reader's firm: Microsoft 365 for its staff, SendGrid (Beehiiv) and Mailgun (Ghost) subdomains
  ...txt(TW, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...txt('spf.protection.outlook.com', 'v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip4:52.100.0.0/14 -all'),
  ...dmarc(TW, 'quarantine'),
  ...key(TW, 'selector1'),
  ...key(TW, 's1'),
  ...key(TW, 'pic'),
  ...txt('em4128.tidewater.example', 'v=spf1 ip4:149.72.212.128 -all'),
  ...txt('email.tidewater.example', 'v=spf1 include:mailgun.org ~all'),
  ...txt('mailgun.org', 'v=spf1 ip4:159.135.224.0/20 ip4:69.72.32.0/20 ~all'),
  // Ghost(Pro)'s own sites
  ...key('ghost.io', 'pic'),
  ...txt('email.ghost.io', 'v=spf1 include:mailgun.org ~all'),
  ...dmarc('ghost.io', 'none'),
  // Mailchimp with the writer's own authenticated domain
  ...txt(FOOD, 'v=spf1 include:servers.mcsv.net ~all'),
  ...txt('servers.mcsv.net', 'v=spf1 ip4:198.2.128.0/18 ip4:205.201.128.0/20 ~all'),
  ...txt('mail128.suw128.mcdlv.net', 'v=spf1 ip4:198.2.128.0/18 ~all'),
  ...dmarc(FOOD, 'none'),
  ...key(FOOD, 'k2'),
  ...key('mcsv.net', 'k1'),
  ...dmarc('mcsv.net', 'reject'),
  // Buttondown (Postmark)
  ...key('buttondown.email', '20240128pm'),
  ...txt('pm-bounces.buttondown.email', 'v=spf1 include:pm.mtasv.net ~all'),
  ...txt('pm.mtasv.net', 'v=spf1 ip4:50.31.156.0/24 ip4:104.245.209.192/26 ~all'),
  ...dmarc('buttondown.email', 'quarantine'),
  // Patreon (SendGrid)
  ...key('patreon.com', 's1'),
  ...txt('email.patreon.com', 'v=spf1 ip4:149.72.0.0/16 ~all'),
  ...dmarc('patreon.com', 'reject'),
  // LinkedIn
  ...key('linkedin.com', 'd2048-202308-01'),
  ...txt('bounce.linkedin.com', 'v=spf1 ip4:108.174.0.0/20 -all'),
  ...dmarc('linkedin.com', 'reject'),
};

type Reader = 'gmail' | 'outlook' | 'yahoo';

interface Letter {
  from: string;
  fromDomain: string;
  policy: string;
  signers: Array<[string, string]>;
  envelope: string;
  relay: Relay;
  subject: string;
  body: string;
  messageId: string;
  extra: string[];
  /** Read in the firm's own mailbox (Workspace-hosted Gmail view / the firm's tenant), not a private one. */
  own?: boolean;
}

async function letter(l: Letter, reader: Reader, n: string): Promise<string> {
  const to = reader === 'gmail' && !l.own ? GMAIL_TO : `Robin Reader <${ROBIN}>`;
  const raw = await signAll(
    submitted({
      from: l.from,
      to,
      subject: l.subject,
      date: SENT,
      messageId: l.messageId,
      extraHeaders: l.extra,
      body: l.body,
    }),
    l.signers,
  );
  const envDomain = l.envelope.slice(l.envelope.lastIndexOf('@') + 1);
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay: l.relay,
      envelope: l.envelope,
      results: [
        ...l.signers.map(([d, s]) => gmailDkim(d, s)),
        gmailSpf(l.envelope, l.relay.ip),
        gmailDmarc(l.fromDomain, l.policy.toUpperCase()),
      ].join('\r\n       '),
      ids: [`x128csp${n}pxa`, `a128si${n}qtb.128`],
      spf: 'pass',
      deliveredTo: true,
      to: l.own ? ROBIN : GMAIL_TO,
    });
  if (reader === 'yahoo')
    return yahooDelivery(raw, {
      relay: l.relay,
      envelope: l.envelope,
      results: `${l.signers.map(([d, s]) => `dkim=pass header.i=@${d} header.s=${s};`).join('\r\n ')}\r\n spf=pass smtp.mailfrom=${envDomain};\r\n dmarc=pass(p=${l.policy.toUpperCase()}) header.from=${l.fromDomain};`,
    });
  return eopDelivery(raw, {
    ...eopPass(
      l.relay,
      envDomain,
      l.signers.map(([d]) => `dkim=pass (signature was verified)\r\n header.d=${d}`).join(';') || undefined,
      l.fromDomain,
    ),
    returnPath: l.envelope,
  });
}

const argsOf = (reader: Reader) => [
  ...(reader === 'gmail' ? GMAIL : reader === 'outlook' ? OUTLOOK : YAHOO),
  '--recipient-domain',
  TW,
];

// --- Platform letters ------------------------------------------------------------------------

const substack = (pub: string, sub: string, subject: string, body: string, n: string): Letter => ({
  from: `"${pub}" <${sub}@substack.com>`,
  fromDomain: 'substack.com',
  policy: 'reject',
  signers: [['substack.com', 'smtp']],
  envelope: `bounce+128${n}c2e.f0a81-robin.reader=${TW}@mg-d1.substack.com`,
  relay: SUBSTACK,
  subject,
  body: `${body}\r\n\r\nRead on Substack: https://${sub}.substack.com/p/issue-128${n}\r\n\r\nUnsubscribe https://substack.com/redirect/128${n}\r\n`,
  messageId: `<20261120095958.3.128${n}c2e0a81@mg-d1.substack.com>`,
  extra: [
    `Reply-To: "${pub}" <reply+2f128${n}@substack.com>`,
    `List-Id: <${sub}.substack.com>`,
    `List-URL: <https://${sub}.substack.com/>`,
    `List-Unsubscribe: <https://${sub}.substack.com/action/disable_email?token=128${n}>, <mailto:unsubscribe+128${n}@substack.com>`,
    'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    'X-Mailgun-Tag: post',
  ],
});

const beehiivShared = (pub: string, sub: string, subject: string, body: string, n: string): Letter => ({
  from: `"${pub}" <${sub}@mail.beehiiv.com>`,
  fromDomain: 'mail.beehiiv.com',
  policy: 'quarantine',
  signers: [['mail.beehiiv.com', 's1']],
  envelope: `bounces+41128${n}-a9c2-robin.reader=gmail.com@mail.beehiiv.com`,
  relay: BEEHIIV,
  subject,
  body: `${body}\r\n\r\nRead online: https://${sub}.beehiiv.com/p/issue-128${n}\r\n\r\nUnsubscribe: https://${sub}.beehiiv.com/subscribe/unsubscribe?id=128${n}\r\n`,
  messageId: `<128${n}a9c2.${sub}@mail.beehiiv.com>`,
  extra: [
    `List-Id: <${sub}.mail.beehiiv.com>`,
    `List-Unsubscribe: <https://${sub}.beehiiv.com/subscribe/unsubscribe?id=128${n}>`,
    'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
  ],
});

const BEEHIIV_OWN: Letter = {
  from: `"Tidewater Staff Newsletter" <news@${TW}>`,
  fromDomain: TW,
  policy: 'quarantine',
  signers: [[TW, 's1']],
  envelope: `bounces+41128b-a9c2-robin.reader=${TW}@em4128.${TW}`,
  relay: BEEHIIV_CUSTOM,
  subject: 'This week at Tidewater: new parking rules and the winter party',
  body: 'Hi team,\r\n\r\nThe new car park permits start on Monday; the winter party is on 11 December at the boathouse.\r\n\r\nRead online: https://news.tidewater.example/p/week-47\r\n\r\nUnsubscribe: https://news.tidewater.example/subscribe/unsubscribe?id=128b\r\n',
  messageId: '<128ba9c2.tidewater-staff@mail.beehiiv.com>',
  extra: [
    `List-Id: <news.${TW}>`,
    'List-Unsubscribe: <https://news.tidewater.example/subscribe/unsubscribe?id=128b>',
    'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
  ],
  own: true,
};

const GHOST_OWN: Letter = {
  from: `"Tidewater Engineering" <engineering@${TW}>`,
  fromDomain: TW,
  policy: 'quarantine',
  signers: [[TW, 'pic']],
  envelope: `bounce+1f2e128.c9-robin.reader=${TW}@email.${TW}`,
  relay: MAILGUN,
  subject: 'How we moved our tide-gauge pipeline to streaming',
  body: 'A new post on Tidewater Engineering.\r\n\r\nView in browser: https://engineering.tidewater.example/streaming-tide-gauges/\r\n\r\nYou are receiving this because you are a member of Tidewater Engineering. Unsubscribe: https://engineering.tidewater.example/unsubscribe/?uuid=128c\r\n',
  messageId: `<20261120095958.1.128c@email.${TW}>`,
  extra: [
    'List-Unsubscribe: <https://engineering.tidewater.example/unsubscribe/?uuid=128c&key=9f1c>, <mailto:unsubscribe+128c@email.tidewater.example>',
    'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    'X-Mailgun-Tag: bulk-email',
    'X-Mailgun-Track-Opens: yes',
  ],
  own: true,
};

const ghostSite = (pub: string, site: string, subject: string, body: string, n: string): Letter => ({
  from: `"${pub}" <noreply@${site}.ghost.io>`,
  fromDomain: `${site}.ghost.io`,
  policy: 'none',
  signers: [['ghost.io', 'pic']],
  envelope: `bounce+128${n}.c9-robin.reader=gmail.com@email.ghost.io`,
  relay: MAILGUN,
  subject,
  body: `${body}\r\n\r\nView in browser: https://${site}.ghost.io/p/128${n}/\r\n\r\nUnsubscribe: https://${site}.ghost.io/unsubscribe/?uuid=128${n}\r\n`,
  messageId: `<20261120095958.1.128${n}@email.ghost.io>`,
  extra: [
    `List-Unsubscribe: <https://${site}.ghost.io/unsubscribe/?uuid=128${n}>`,
    'X-Mailgun-Tag: bulk-email',
  ],
});

const MC_U = 'b12861a5e4c0f3d9e8a7b6c51';
const MAILCHIMP_FOOD: Letter = {
  from: `"Tidewater Food Notes" <hello@${FOOD}>`,
  fromDomain: FOOD,
  policy: 'none',
  signers: [
    [FOOD, 'k2'],
    ['mcsv.net', 'k1'],
  ],
  envelope: `bounce-mc.us21_128611.1286128-robin.reader=gmail.com@${MC_HOST}`,
  relay: MAILCHIMP,
  subject: 'Oyster season opens, and five chowders worth the drive',
  body: 'This week: the oyster beds open on the 28th, and our five favourite chowders between the river and the bay.\r\n\r\nView this email in your browser: https://mailchi.mp/tidewaterfoodnotes/oyster-season\r\n\r\nunsubscribe from this list: https://tidewaterfoodnotes.us21.list-manage.com/unsubscribe?u=b12861a5e4c0f3d9e8a7b6c51&id=3c128e\r\n',
  messageId: `<${MC_U}.3c128e0a1f.20261120095958.a1b2c3d4e5.f0e1d2c3@mail128.suw128.mcdlv.net>`,
  extra: [
    'X-Mailer: Mailchimp Mailer - **CIDa1b2c3d4e53c128e0a1f**',
    `X-Campaign: mailchimp${MC_U}.a1b2c3d4e5`,
    `X-campaignid: mailchimp${MC_U}.a1b2c3d4e5`,
    `X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=${MC_U}&id=a1b2c3d4e5&e=3c128e0a1f`,
    `X-MC-User: ${MC_U}`,
    'Feedback-ID: 128611:128611.1286128:us21:mc',
    `List-ID: ${MC_U}mc list <${MC_U}.1286128.list-id.mcsv.net>`,
    `List-Unsubscribe: <https://tidewaterfoodnotes.us21.list-manage.com/unsubscribe?u=${MC_U}&id=3c128e&e=3c128e0a1f&c=a1b2c3d4e5>, <mailto:unsubscribe-mc.us21_${MC_U}.a1b2c3d4e5-3c128e0a1f@unsubscribe.mailchimpapp.net?subject=unsubscribe>`,
    'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
  ],
};

const buttondown = (pub: string, user: string, subject: string, body: string, n: string): Letter => ({
  from: `"${pub}" <${user}@buttondown.email>`,
  fromDomain: 'buttondown.email',
  policy: 'quarantine',
  signers: [['buttondown.email', '20240128pm']],
  envelope: 'pm_bounces@pm-bounces.buttondown.email',
  relay: POSTMARK,
  subject,
  body: `${body}\r\n\r\nView on the web: https://buttondown.com/${user}/archive/128${n}/\r\n\r\nUnsubscribe: https://buttondown.com/unsubscribe/128${n}\r\n`,
  messageId: `<128${n}e7c1.${user}@buttondown.email>`,
  extra: [
    `List-Unsubscribe: <https://buttondown.com/unsubscribe/128${n}>, <mailto:unsubscribe+128${n}@buttondown.email>`,
    'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    'X-PM-Message-Id: 5d1f128e-0c2a-4b9e-9a7d-1c2b3a4d5e6f',
  ],
});

const patreon = (creator: string, subject: string, body: string, n: string): Letter => ({
  from: `"${creator}" <bingo@patreon.com>`,
  fromDomain: 'patreon.com',
  policy: 'reject',
  signers: [['patreon.com', 's1']],
  envelope: `bounces+1128${n}-7f3a-robin.reader=gmail.com@email.patreon.com`,
  relay: PATREON,
  subject,
  body: `${body}\r\n\r\nView post on Patreon: https://www.patreon.com/posts/128${n}\r\n\r\nManage your email settings: https://www.patreon.com/settings/emails\r\n`,
  messageId: `<128${n}7f3a.post@email.patreon.com>`,
  extra: [`List-Unsubscribe: <https://www.patreon.com/settings/emails?unsubscribe=128${n}>`],
});

const linkedin = (page: string, subject: string, body: string, n: string): Letter => ({
  from: `"${page} via LinkedIn" <newsletters-noreply@linkedin.com>`,
  fromDomain: 'linkedin.com',
  policy: 'reject',
  signers: [['linkedin.com', 'd2048-202308-01']],
  envelope: `s-2ax128${n}@bounce.linkedin.com`,
  relay: LINKEDIN,
  subject,
  body: `${body}\r\n\r\nRead on LinkedIn: https://www.linkedin.com/pulse/128${n}\r\n\r\nUnsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=128${n}\r\n`,
  messageId: `<1128${n}.2ax.newsletters@linkedin.com>`,
  extra: [
    'X-LinkedIn-Class: NEWSLETTER',
    'X-LinkedIn-Template: email_series_follow_newsletter_01',
    `List-Unsubscribe: <https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=128${n}>`,
    'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
  ],
});

const MFA_BODY =
  'All staff must re-enrol their multi-factor authentication by Friday. Sign in at https://tidewater-mfa.re-enrol.example with your network password and approve the new device.';
const PAY_BODY =
  'Your December pay slip is held because your bank details failed verification. Confirm them at https://tidewater-pay.verify-details.example before Thursday.';

export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

interface One {
  name: string;
  about: string;
  l: Letter;
  reader: Reader;
  n: string;
  expect: CaseExpectation;
  twin?: boolean;
  cls: string;
}

async function emit(write: CaseWriter, c: One): Promise<void> {
  emitCase(write, {
    name: c.name,
    about: c.about,
    class: `realworld128-${c.cls}`,
    args: argsOf(c.reader),
    eml: await letter(c.l, c.reader, c.n),
    zone: ZONE,
    expect: c.expect,
    ...(c.twin ? { twin: true } : {}),
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const SS =
    'Substack writes the publication name whole from <sub>@substack.com, signs d=substack.com (p=reject), List-Id <sub.substack.com>';
  await emit(write, {
    name: 'realworld128-gmail-substack-tidewater-weekly',
    cls: 'newsletter',
    about: `A local news Substack "Tidewater Weekly" <tidewaterweekly@substack.com>, read in Gmail by a reader at ${TW}. ${SS}. The town's name with no desk word: authenticated.`,
    l: substack(
      'Tidewater Weekly',
      'tidewaterweekly',
      'Council votes on the harbour wall; ferry times change',
      'This week in Tidewater: the council votes on the harbour wall, and the winter ferry timetable starts.',
      'a',
    ),
    reader: 'gmail',
    n: 'a',
    expect: PASSES,
    twin: true,
  });
  await emit(write, {
    name: 'realworld128-outlook-substack-the-tidewater-angler',
    cls: 'newsletter',
    about: `A fishing Substack "The Tidewater Angler" <tidewaterangler@substack.com>, read in Outlook on the web. ${SS}. Authenticated.`,
    l: substack(
      'The Tidewater Angler',
      'tidewaterangler',
      'Striper run report: the creek mouths are on fire',
      'Tides, water temperatures and where the stripers were this week.',
      'b',
    ),
    reader: 'outlook',
    n: 'b',
    expect: PASSES,
  });
  await emit(write, {
    name: 'realworld128-yahoo-substack-tidewater-helpdesk-lure',
    cls: 'newsletter-twin',
    about: `Attack twin of the Substack publications: "Tidewater Helpdesk Updates" <tidewaterhelpdesk@substack.com> with the List-Id Substack writes, the MFA lure, read in Yahoo. ${SS}. Wanted: not trusted (display-name-reader-org).`,
    l: substack(
      'Tidewater Helpdesk Updates',
      'tidewaterhelpdesk',
      'Mandatory MFA re-enrolment by Friday',
      MFA_BODY,
      'c',
    ),
    reader: 'yahoo',
    n: 'c',
    expect: WANT_READER,
  });
  await emit(write, {
    name: 'realworld128-gmail-beehiiv-tidewater-tech-jobs',
    cls: 'newsletter',
    about: `A regional jobs newsletter on Beehiiv's shared host, "Tidewater Tech Jobs" <tidewatertechjobs@mail.beehiiv.com>, SendGrid relay (o1.ptr….mail.beehiiv.com), DKIM d=mail.beehiiv.com, List-Id <tidewatertechjobs.mail.beehiiv.com> (assumed). "Tech" is no desk: authenticated.`,
    l: beehiivShared(
      'Tidewater Tech Jobs',
      'tidewatertechjobs',
      '14 new roles this week: data, cloud, embedded',
      'Fourteen new tech roles in the Tidewater region this week, from junior data analyst to embedded lead.',
      'd',
    ),
    reader: 'gmail',
    n: 'd',
    expect: PASSES,
    twin: true,
  });
  await emit(write, {
    name: 'realworld128-gmail-beehiiv-tidewater-it-helpdesk-lure',
    cls: 'newsletter-twin',
    about: `Attack twin on Beehiiv's shared host: "Tidewater IT Helpdesk" <tidewaterit@mail.beehiiv.com> with a List-Id, the MFA lure to staff addresses imported by CSV. Wanted: not trusted (display-name-reader-org).`,
    l: beehiivShared(
      'Tidewater IT Helpdesk',
      'tidewaterit',
      'Mandatory MFA re-enrolment by Friday',
      MFA_BODY,
      'e',
    ),
    reader: 'gmail',
    n: 'e',
    expect: WANT_READER,
  });
  await emit(write, {
    name: 'realworld128-outlook-beehiiv-own-firm-custom-domain',
    cls: 'own-newsletter',
    about: `The firm's own internal newsletter "Tidewater Staff Newsletter" <news@${TW}> sent by Beehiiv with its custom domain: SendGrid's IP named o2.ptr7128.em4128.${TW}, envelope at em4128.${TW}, DKIM d=${TW} s=s1 (a CNAME to SendGrid in life), List-Id <news.${TW}>. Read in the firm's own tenant (Outlook on the web). The firm's own domain, DMARC pass: authenticated.`,
    l: BEEHIIV_OWN,
    reader: 'outlook',
    n: 'f',
    expect: PASSES,
    twin: true,
  });
  await emit(write, {
    name: 'realworld128-gmail-beehiiv-staff-newsletter-lure',
    cls: 'own-newsletter-twin',
    about: `Attack twin of realworld128-outlook-beehiiv-own-firm-custom-domain: an outsider's Beehiiv publication with the same name on the shared host, "Tidewater Staff Newsletter" <tidewaterstaff@mail.beehiiv.com>, carrying the pay-slip lure. "Staff" right beside the firm's name with no trade after it. Wanted: not trusted (display-name-reader-org).`,
    l: beehiivShared(
      'Tidewater Staff Newsletter',
      'tidewaterstaff',
      'Action needed: your December pay slip is on hold',
      PAY_BODY,
      'g',
    ),
    reader: 'gmail',
    n: 'g',
    expect: WANT_READER,
  });
  await emit(write, {
    name: 'realworld128-gmail-ghostpro-own-firm-custom-domain',
    cls: 'own-newsletter',
    about: `The firm's engineering blog on Ghost(Pro) with a custom sending domain: "Tidewater Engineering" <engineering@${TW}>, Mailgun relay, envelope at email.${TW}, DKIM d=${TW} s=pic, no List-Id (Ghost writes List-Unsubscribe). Read in the firm's Workspace Gmail view. Authenticated.`,
    l: GHOST_OWN,
    reader: 'gmail',
    n: 'h',
    expect: PASSES,
    twin: true,
  });
  await emit(write, {
    name: 'realworld128-yahoo-ghostpro-own-firm-custom-domain',
    cls: 'own-newsletter',
    about: `realworld128-gmail-ghostpro-own-firm-custom-domain read by a subscriber's Yahoo mailbox (the reader forwards nothing; his private address subscribed). Authenticated.`,
    l: GHOST_OWN,
    reader: 'yahoo',
    n: 'i',
    expect: PASSES,
  });
  await emit(write, {
    name: 'realworld128-outlook-ghostio-it-helpdesk-lure',
    cls: 'own-newsletter-twin',
    about: `Attack twin of the Ghost(Pro) blog: a ghost.io site "Tidewater IT Helpdesk" <noreply@tidewater-it.ghost.io>, Mailgun relay, DKIM d=ghost.io (Ghost's own signature, DMARC passes by relaxed alignment), the MFA lure. Wanted: not trusted (display-name-reader-org).`,
    l: ghostSite(
      'Tidewater IT Helpdesk',
      'tidewater-it',
      'Mandatory MFA re-enrolment by Friday',
      MFA_BODY,
      'j',
    ),
    reader: 'outlook',
    n: 'j',
    expect: WANT_READER,
  });
  await emit(write, {
    name: 'realworld128-gmail-mailchimp-tidewater-food-notes',
    cls: 'newsletter',
    about: `A food newsletter on Mailchimp with its own authenticated domain: "Tidewater Food Notes" <hello@${FOOD}>, DKIM d=${FOOD} s=k2 and d=mcsv.net s=k1, envelope at mcdlv.net, Mailchimp's List-ID/X-MC-User/Feedback-ID. The writer's domain spells the town's word beside "foodnotes" (no desk): authenticated, no look-alike warning.`,
    l: MAILCHIMP_FOOD,
    reader: 'gmail',
    n: 'k',
    expect: PASSES,
    twin: true,
  });
  await emit(write, {
    name: 'realworld128-outlook-buttondown-tidewater-birding-notes',
    cls: 'newsletter',
    about: `A birding newsletter on Buttondown, "Tidewater Birding Notes" <tidewaterbirding@buttondown.email>, Postmark relay, DKIM d=buttondown.email (layout recalled, not confirmed). Authenticated.`,
    l: buttondown(
      'Tidewater Birding Notes',
      'tidewaterbirding',
      'Snow geese are back on the marsh',
      'Snow geese arrived on the north marsh on Tuesday; the tide tables for the weekend walk are below.',
      'l',
    ),
    reader: 'outlook',
    n: 'l',
    expect: PASSES,
  });
  await emit(write, {
    name: 'realworld128-gmail-patreon-the-tidewater-angler',
    cls: 'newsletter',
    about: `A creator's Patreon post mail: "The Tidewater Angler" <bingo@patreon.com>, SendGrid relay, DKIM d=patreon.com (layout recalled). Authenticated.`,
    l: patreon(
      'The Tidewater Angler',
      'New video: fly-tying the tidal shrimp pattern',
      'A new patron-only video is up: tying the tidal shrimp pattern that worked all October.',
      'm',
    ),
    reader: 'gmail',
    n: 'm',
    expect: PASSES,
  });
  await emit(write, {
    name: 'realworld128-gmail-patreon-tidewater-payroll-lure',
    cls: 'newsletter-twin',
    about: `Attack twin on Patreon: a creator page named "Tidewater Payroll" posting the pay-slip lure to "patrons" (staff addresses added as free members). Wanted: not trusted (display-name-reader-org).`,
    l: patreon('Tidewater Payroll', 'Action needed: your December pay slip is on hold', PAY_BODY, 'n'),
    reader: 'gmail',
    n: 'n',
    expect: WANT_READER,
  });
  await emit(write, {
    name: 'realworld128-outlook-linkedin-tidewater-tech-jobs',
    cls: 'newsletter',
    about: `A LinkedIn newsletter "Tidewater Tech Jobs via LinkedIn" <newsletters-noreply@linkedin.com>, DKIM d=linkedin.com (p=reject), LinkedIn's relay (layout recalled). Authenticated.`,
    l: linkedin(
      'Tidewater Tech Jobs',
      'Tidewater Tech Jobs: 9 roles and a meetup',
      'Nine new roles and the December meetup at the maritime museum.',
      'o',
    ),
    reader: 'outlook',
    n: 'o',
    expect: PASSES,
  });
  await emit(write, {
    name: 'realworld128-outlook-linkedin-it-helpdesk-lure',
    cls: 'newsletter-twin',
    about: `Attack twin on LinkedIn: a page's newsletter named "Tidewater IT Helpdesk", "Tidewater IT Helpdesk via LinkedIn" <newsletters-noreply@linkedin.com>, the MFA lure. Wanted: not trusted (display-name-reader-org).`,
    l: linkedin('Tidewater IT Helpdesk', 'Mandatory MFA re-enrolment by Friday', MFA_BODY, 'p'),
    reader: 'outlook',
    n: 'p',
    expect: WANT_READER,
  });
}
