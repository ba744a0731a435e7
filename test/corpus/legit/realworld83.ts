// Real-world delivery shapes, eighty-third round: genuine mail against the newest reader-organisation
// rules, read with --recipient-domain tidewater.example in Gmail. Rules read: lib/findings/own-domain.ts
// own-domain-unauthenticated (the organisation's own From, our SPF check failing for its own
// envelope, nothing aligned), lib/findings/display-name.ts display-name-reader-org and
// INSTANCE_PLATFORMS (a supplier's own ServiceNow / Workday instance), lib/findings/reply-to.ts
// personsOwn / firmsDomain (a vendor's billing domain, a regional domain, a club secretary's Gmail),
// lib/findings/lookalike.ts readerNameInFront (a separate firm whose name begins with the reader's).
// Paths: the organisation's colleague reaching the reader through an alumni .forward that keeps the
// envelope (signed, and unsigned from an on-premises server), the firm's scanner through its own
// smart host, the firm's newsletter through Mailchimp without custom-domain DKIM (p=none), a
// supplier's ServiceNow desk, a recruiter's Workday tenant, a customer's Zendesk reply, vendor
// Reply-To variants, a rowing club's Mailchimp newsletter, a partner named Tidewater Logistics.
// Sources: the layouts are realworld82's (Gmail's entry from test/corpus/receivers.ts); a .forward
// keeps the envelope and re-sends from the forwarder's own address (Postfix local(8), recalled);
// ServiceNow's instance@service-now.com default (docs.servicenow.com "Basic email setup", cited in
// realworld82); Zendesk's support@<subdomain>.zendesk.com default address (recalled); Mailchimp's
// mcdlv.net envelope and mcsv.net DKIM when no custom domain is authenticated (recalled). No new
// `search` was made this round (15-minute limit). Made up: every person, firm, relay address
// (documentation ranges; Google's 209.85.220.x and Mailchimp's 198.2.x where the provider is the
// point) and envelope. Every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, KEY, legitCorpus, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';

// Pending (pend.ts ALL=1, 2026-12-05):
// - rw83-gmail-alumni-forward-unsigned-onprem-colleague-online reads suspicious
//   (own-domain-unauthenticated: SPF fails for tidewater.example from the alumni forwarder, nothing
//   signed, p=none). Wanted: unverified. Rule: lib/findings/own-domain.ts ownDomainRule, which names
//   this path its accepted cost. Proposed fix: none safe from the message alone: the forwarder's own
//   Received line and the "for <alias>" are what a rented server writes too. What can be done is
//   the reader's: "Trust <forwarder> as a forwarder" without an ARC seal (a trusted forwarder's
//   hand-off IP, as gateways are trusted by network). Risk of excusing it generically: the red-team
//   round 85 forgery (the CEO from a rented server, p=none) reads unverified again.
// - rw83-gmail-club-mailchimp-newsletter-reply-to-secretary-gmail-online reads suspicious
//   (reply-to-other-org medium: Reply-To at gmail.com, a sign-up domain, and personsOwn needs an
//   "on behalf" display name, "X via Y"). Wanted: authenticated with the low finding. Rule:
//   lib/findings/reply-to.ts, personsOwn. Proposed fix: take the Reply-To as a person's own where
//   the From is a bulk sender's authenticated own domain (aligned DKIM, List-Unsubscribe) and the
//   Reply-To's display name is a person's name (two words, no brand, no From name, no reader org).
//   Risk: a hijacked small-sender Mailchimp account, or an authenticated vendor domain with an
//   attacker's Gmail under a person's name (BEC: "Jane Secretary" could be "Tom Hale, Accounts")
//   goes from suspicious to authenticated. I would keep today's reading unless the lead sees a
//   narrower signal; "replies go to gmail.com" is a reason a reader accepts.
// Kept out by choice (the lead, 13:50 on 2026-12-05), both pending:
// - rw83-gmail-alumni-forward-unsigned-onprem-colleague-online reads suspicious
//   (own-domain-unauthenticated, lib/findings/own-domain.ts): an unsigned colleague's mail through a
//   .forward that keeps the firm's envelope is, in every header the receiver wrote, the rented
//   server of red-team round 85 forging the CEO at p=none. The way out is the firm's: sign its mail.
// - rw83-gmail-club-mailchimp-newsletter-reply-to-secretary-gmail-online reads suspicious
//   (reply-to-other-org medium, lib/findings/reply-to.ts): an authenticated sender whose answers go
//   to a person's Gmail is the invoice-fraud shape of a hijacked account; "replies go to gmail.com,
//   not harbourrowing.example" is a caution a club's member accepts.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'rw83-gmail-alumni-forward-unsigned-onprem-colleague-online',
  'rw83-gmail-club-mailchimp-newsletter-reply-to-secretary-gmail-online',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const SENT = 'Fri, 20 Nov 2026 09:59:50 +0000';
const ROBIN = 'robin@tidewater.example';
const TIDEWATER = ['--recipient-domain', 'tidewater.example'];

interface Sent {
  from: string;
  envelope: string;
  /** Who handed it to Gmail. */
  relay: Relay;
  /** The signer, or none (an unsigned on-premises server, a scanner). */
  signer?: [string, string];
  subject: string;
  body: string;
  messageId: string;
  extraHeaders?: string[];
  policy: string;
  zone: Record<string, unknown>;
  to?: string;
  /** A forwarder between sender and Gmail: the hop it wrote on receipt. */
  forwardedBy?: { from: Relay; by: string };
  /** What Gmail records. */
  spf: 'pass' | 'fail' | 'softfail';
  dmarc: 'pass' | 'fail';
}

const fromDomain = (s: Sent) => s.from.slice(s.from.lastIndexOf('@') + 1, -1);
const domainOf = (a: string) => a.slice(a.lastIndexOf('@') + 1);
const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

/** The reader organisation's own records: its on-premises relay, Microsoft's and Google's ranges. */
const ORGS = {
  ...dmarc('tidewater.example', 'quarantine'),
  ...txt('tidewater.example', 'v=spf1 ip4:198.51.100.83 ip4:40.107.0.0/16 ip4:209.85.128.0/17 -all'),
};

async function eml(s: Sent, n: number): Promise<string> {
  const raw = submitted({
    from: s.from,
    to: s.to ?? ROBIN,
    subject: s.subject,
    date: SENT,
    messageId: s.messageId,
    extraHeaders: s.extraHeaders,
    body: s.body,
  });
  let msg = s.signer ? await signAll(raw, [s.signer]) : raw;
  if (s.forwardedBy) {
    msg = onTop(
      msg,
      received({
        helo: s.forwardedBy.from.helo,
        rdns: s.forwardedBy.from.rdns,
        ip: s.forwardedBy.from.ip,
        by: s.forwardedBy.by,
        id: `4Rw83F${n}`,
        for: s.to ?? ROBIN,
        date: 'Fri, 20 Nov 2026 10:00:01 +0000',
      }),
    );
  }
  const results = [
    s.signer ? gmailDkim(s.signer[0], s.signer[1]) : 'dkim=none',
    gmailSpf(s.envelope, s.relay.ip, s.spf),
    gmailDmarc(fromDomain(s), s.policy.toUpperCase(), s.dmarc),
  ].join('\r\n       ');
  return gmailDelivery(msg, {
    relay: s.relay,
    envelope: s.envelope,
    results,
    ids: [`x83csp${n}01pxa`, `a83si${n}01qtb.83`],
    spf: s.spf,
    deliveredTo: true,
    to: 'robin.reader@gmail.com',
  });
}

interface One {
  name: string;
  about: string;
  s: Sent;
  expect: CaseExpectation;
  offline?: boolean;
}

async function emit(write: CaseWriter, c: One): Promise<void> {
  emitCase(write, {
    name: c.name,
    about: c.about,
    class: 'display-name',
    args: ['--webmail', 'gmail', ...TIDEWATER],
    eml: await eml(c.s, c.name.length),
    zone: c.offline ? undefined : c.s.zone,
    expect: c.expect,
  });
}

/** One outside sender's own signed path, SPF and DMARC passing. */
function sender(
  p: { from: string; envelope: string; rdns: string; ip: string; d: string; sel: string; policy: string },
  rest: Pick<Sent, 'subject' | 'body' | 'messageId' | 'extraHeaders'>,
): Sent {
  const relay: Relay = { helo: p.rdns, rdns: p.rdns, ip: p.ip };
  return {
    from: p.from,
    envelope: p.envelope,
    relay,
    signer: [p.d, p.sel],
    policy: p.policy,
    spf: 'pass',
    dmarc: 'pass',
    zone: {
      ...ptr(relay.ip, relay.rdns),
      ...key(p.d, p.sel),
      ...dmarc(p.d, p.policy),
      ...txt(domainOf(p.envelope), `v=spf1 ip4:${relay.ip} -all`),
      ...ORGS,
    },
    ...rest,
  };
}

const ALUMNI: Relay = {
  helo: 'mx1.alumni.harbour-uni.example',
  rdns: 'mx1.alumni.harbour-uni.example',
  ip: '192.0.2.183',
};
const GOOGLE_OUT: Relay = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};
const ONPREM: Relay = { helo: 'smtp.tidewater.example', rdns: 'smtp.tidewater.example', ip: '198.51.100.83' };

/** A colleague's note to Robin's alumni alias, which a .forward sends on to Gmail keeping the envelope. */
function forwardedColleague(signed: boolean): Sent {
  const origin = signed ? GOOGLE_OUT : ONPREM;
  return {
    from: '"Priya Nair" <priya.nair@tidewater.example>',
    envelope: 'priya.nair@tidewater.example',
    relay: ALUMNI,
    signer: signed ? ['tidewater.example', 'google'] : undefined,
    policy: signed ? 'quarantine' : 'none',
    spf: 'fail',
    dmarc: signed ? 'pass' : 'fail',
    forwardedBy: { from: origin, by: 'mx1.alumni.harbour-uni.example' },
    to: 'robin.reader@alumni.harbour-uni.example',
    subject: 'Harbour reunion - are you coming?',
    body: 'Robin,\r\n\r\nSending to your alumni address as you asked. The reunion is on the 12th; shall I book for two?\r\n\r\nPriya\r\n',
    messageId: signed ? '<CAF83reunion+Priya@mail.gmail.com>' : '<83a1b2c3@smtp.tidewater.example>',
    zone: {
      ...ptr(ALUMNI.ip, ALUMNI.rdns),
      ...key('tidewater.example', 'google'),
      ...ORGS,
      ...(signed ? {} : dmarc('tidewater.example', 'none')),
    },
  };
}

/** Mailchimp's relay and its own key, the organisation at p=none (before it enforced DMARC). */
const NEWS_ZONE = {
  ...ptr('198.2.179.241', 'mail241.suw91.mcdlv.net'),
  ...key('mcsv.net', 'k3'),
  ...txt('mail241.suw91.mcdlv.net', 'v=spf1 ip4:198.2.179.241 -all'),
  ...ORGS,
  ...dmarc('tidewater.example', 'none'),
};

export async function makeAll(write: CaseWriter): Promise<void> {
  // 1. A colleague's signed Workspace mail through an alumni .forward (no SRS): SPF fails, DKIM holds.
  for (const offline of [false, true]) {
    await emit(write, {
      name: `rw83-gmail-alumni-forward-signed-colleague-spf-fail-${offline ? 'offline' : 'online'}`,
      about: `A colleague (priya.nair@tidewater.example, Google Workspace, d=tidewater.example) writes to Robin's university alumni alias; the alumni server's .forward re-sends it to Robin's Gmail from 192.0.2.183 keeping the envelope (no SRS), so Gmail's SPF fails for tidewater.example, while DKIM survives and DMARC passes. Read in Gmail with --recipient-domain tidewater.example${offline ? ', offline' : ''}. Wanted: authenticated, no own-domain-unauthenticated (the aligned signature is the organisation's own word).`,
      s: forwardedColleague(true),
      offline,
      expect: { verdict: 'authenticated', absentFindings: ['own-domain-unauthenticated'] },
    });
  }

  // 2. The same forward of an unsigned on-premises colleague, organisation at p=none.
  await emit(write, {
    name: 'rw83-gmail-alumni-forward-unsigned-onprem-colleague-online',
    about:
      'The organisation still runs on-premises Exchange that signs nothing (DMARC p=none). A colleague writes from smtp.tidewater.example to Robin\u2019s alumni alias; the alumni .forward re-sends it to Gmail keeping the envelope, so SPF fails for tidewater.example from 192.0.2.183 and nothing aligned passes. Read in Gmail with --recipient-domain tidewater.example. Wanted: unverified (nothing proves it, nothing disproves it); today suspicious, own-domain.ts names this path its accepted cost.',
    s: forwardedColleague(false),
    expect: { verdict: 'unverified' },
  });

  // 3. The office scanner through the firm's own smart host, unsigned.
  await emit(write, {
    name: 'rw83-gmail-office-scanner-own-smart-host-unsigned-online',
    about:
      'The office multifunction printer ("Tidewater Scanner" <scanner@tidewater.example>) sends a scan to Robin\u2019s Gmail through the firm\u2019s own smart host smtp.tidewater.example (198.51.100.83, in the SPF record), unsigned; SPF passes and aligns, DMARC passes. Read with --recipient-domain tidewater.example. Wanted: authenticated, no own-domain-unauthenticated.',
    s: {
      from: '"Tidewater Scanner" <scanner@tidewater.example>',
      envelope: 'scanner@tidewater.example',
      relay: ONPREM,
      policy: 'quarantine',
      spf: 'pass',
      dmarc: 'pass',
      to: 'robin.reader@gmail.com',
      subject: 'Scanned from TW-MFP-3F',
      body: 'Scanned document attached (scan_20261120_095950.pdf).\r\nDevice: TW-MFP-3F, 3rd floor\r\n',
      messageId: '<83.scan.20261120095950@TW-MFP-3F>',
      zone: { ...ptr(ONPREM.ip, ONPREM.rdns), ...ORGS },
    },
    expect: { verdict: 'authenticated', absentFindings: ['own-domain-unauthenticated'] },
  });

  // 4. The firm's newsletter through Mailchimp with no custom-domain DKIM, organisation at p=none.
  await emit(write, {
    name: 'rw83-gmail-own-newsletter-mailchimp-no-custom-dkim-p-none-online',
    about:
      'Before the firm authenticated its domain in Mailchimp, its newsletter goes out with From news@tidewater.example, Mailchimp\u2019s envelope (mcdlv.net) and only Mailchimp\u2019s own signature (d=mcsv.net); the organisation publishes p=none. SPF passes for mcdlv.net, DMARC fails for tidewater.example. Read with --recipient-domain tidewater.example. Wanted: not spoofed (p=none asks nothing), no own-domain-unauthenticated (the envelope is not the organisation\u2019s).',
    s: {
      ...sender(
        {
          from: '"Tidewater News" <news@tidewater.example>',
          envelope: 'bounce-mc.us21_58213.8301-robin.reader=gmail.com@mail241.suw91.mcdlv.net',
          rdns: 'mail241.suw91.mcdlv.net',
          ip: '198.2.179.241',
          d: 'mcsv.net',
          sel: 'k3',
          policy: 'none',
        },
        {
          subject: 'Tidewater Weekly: Rotterdam terminal opens',
          body: 'Tidewater Weekly\r\n\r\nThe Rotterdam terminal is live.\r\n\r\nUnsubscribe: https://tidewater.us21.list-manage.com/unsubscribe?u=83&id=b2\r\n',
          messageId: '<83b2.mc.us21@mail241.suw91.mcdlv.net>',
          extraHeaders: ['List-Unsubscribe: <https://tidewater.us21.list-manage.com/unsubscribe?u=83&id=b2>'],
        },
      ),
      dmarc: 'fail',
      to: 'robin.reader@gmail.com',
      zone: NEWS_ZONE,
    },
    expect: { verdict: 'unverified', absentFindings: ['own-domain-unauthenticated'] },
  });

  // 5. A supplier's ServiceNow instance writing as its own desk.
  await emit(write, {
    name: 'rw83-gmail-supplier-servicenow-instance-own-desk-online',
    about:
      'A supplier\u2019s ServiceNow instance (kestrel.service-now.com) answers Robin\u2019s ticket from its default address: "Kestrel IT Support" <kestrel@service-now.com>, ServiceNow\u2019s relay, d=service-now.com, SPF and DMARC pass. The display name is the supplier\u2019s, not the reader\u2019s organisation. Wanted: authenticated, no display-name-reader-org.',
    s: sender(
      {
        from: '"Kestrel IT Support" <kestrel@service-now.com>',
        envelope: 'kestrel@service-now.com',
        rdns: 'outbound-83.service-now.com',
        ip: '203.0.113.83',
        d: 'service-now.com',
        sel: 'snc83',
        policy: 'reject',
      },
      {
        subject: 'Case CS0083211 updated - EDI feed for Tidewater',
        body: 'Case CS0083211 has been updated.\r\n\r\nView: https://kestrel.service-now.com/csm?id=csm_ticket&sys_id=83a\r\n\r\nRef:MSG8321102\r\n',
        messageId: '<-83211.JavaMail.glide@app83.service-now.com>',
      },
    ),
    expect: { verdict: 'authenticated', absentFindings: ['display-name-reader-org', 'lookalike-domain'] },
  });

  // 6. A recruiter's Workday tenant.
  await emit(write, {
    name: 'rw83-gmail-recruiter-workday-tenant-application-online',
    about:
      'Another company\u2019s Workday tenant ("Harborline Careers" <harborline@myworkday.com>, Workday\u2019s relay, d=myworkday.com, SPF and DMARC pass) acknowledges Robin\u2019s job application. Read with --recipient-domain tidewater.example. Wanted: authenticated, no reader-organisation finding (the tenant is Harborline\u2019s).',
    s: sender(
      {
        from: '"Harborline Careers" <harborline@myworkday.com>',
        envelope: 'harborline@myworkday.com',
        rdns: 'mta83.myworkday.com',
        ip: '203.0.113.183',
        d: 'myworkday.com',
        sel: 'wd83',
        policy: 'reject',
      },
      {
        subject: 'Thank you for applying: Operations Analyst (R-08321)',
        body: 'Thank you for your application. Track it at https://harborline.wd3.myworkday.com/careers\r\n',
        messageId: '<wd.83.application@myworkday.com>',
      },
    ),
    expect: { verdict: 'authenticated', absentFindings: ['display-name-reader-org', 'lookalike-domain'] },
  });

  // 7. A customer's Zendesk reply.
  await emit(write, {
    name: 'rw83-gmail-customer-zendesk-reply-default-address-online',
    about:
      'A customer answers through its Zendesk default address ("Marlin Foods Support" <support@marlinfoods.zendesk.com>, Zendesk\u2019s relay, d=zendesk.com, SPF and DMARC pass, Reply-To the same). Read with --recipient-domain tidewater.example. Wanted: authenticated.',
    s: sender(
      {
        from: '"Marlin Foods Support" <support@marlinfoods.zendesk.com>',
        envelope: 'bounces+83@marlinfoods.zendesk.com',
        rdns: 'out83.smtp.zendesk.com',
        ip: '203.0.113.84',
        d: 'zendesk.com',
        sel: 'zendesk1',
        policy: 'reject',
      },
      {
        subject: '[Marlin Foods] Re: Reefer container temperature log (#83214)',
        body: '##- Please type your reply above this line -##\r\n\r\nThe log for container TWXU 830214 is attached.\r\n',
        messageId: '<83214.zendesk@marlinfoods.zendesk.com>',
        extraHeaders: ['Reply-To: Marlin Foods Support <support@marlinfoods.zendesk.com>'],
      },
    ),
    expect: { verdict: 'authenticated', absentFindings: ['display-name-reader-org'] },
  });

  // 8. A vendor's invoices with Reply-To at its separate billing domain.
  await emit(write, {
    name: 'rw83-gmail-vendor-invoice-reply-to-billing-domain-online',
    about:
      'A vendor ("Kestrel Accounts" <invoices@kestrel.example>, its own relay, d=kestrel.example, SPF and DMARC pass) sends an invoice with Reply-To billing@kestrel-invoices.example, the billing platform domain it really uses. Read with --recipient-domain tidewater.example. Wanted: not spoofed; authenticated if no Reply-To finding lowers it.',
    s: sender(
      {
        from: '"Kestrel Accounts" <invoices@kestrel.example>',
        envelope: 'invoices@kestrel.example',
        rdns: 'mail.kestrel.example',
        ip: '198.51.100.183',
        d: 'kestrel.example',
        sel: 'k83',
        policy: 'reject',
      },
      {
        subject: 'Invoice KST-08321 for Tidewater',
        body: 'Dear customer,\r\n\r\nInvoice KST-08321 (EUR 4,830.00) is due on 20 December 2026. Our bank details are unchanged.\r\n\r\nKestrel Accounts\r\n',
        messageId: '<inv.KST-08321@kestrel.example>',
        extraHeaders: ['Reply-To: Kestrel Billing <billing@kestrel-invoices.example>'],
      },
    ),
    expect: { verdict: 'authenticated' },
  });

  // 9. A vendor's UK office answering with Reply-To at its regional domain.
  await emit(write, {
    name: 'rw83-gmail-vendor-reply-to-regional-co-uk-online',
    about:
      'The same vendor\u2019s account manager writes from kestrel.example (signed, SPF and DMARC pass) with Reply-To at the UK office\u2019s own domain (tom.hale@kestrel.co.uk, here kestrel.co.example). Wanted: authenticated; a regional domain of the same name is no impostor.',
    s: sender(
      {
        from: '"Tom Hale" <tom.hale@kestrel.example>',
        envelope: 'tom.hale@kestrel.example',
        rdns: 'mail.kestrel.example',
        ip: '198.51.100.183',
        d: 'kestrel.example',
        sel: 'k83',
        policy: 'reject',
      },
      {
        subject: 'Renewal quote for the UK depot',
        body: 'Hi Robin,\r\n\r\nThe renewal quote is attached; reply to my UK address, I am based in Felixstowe this quarter.\r\n\r\nTom\r\n',
        messageId: '<83uk.quote@kestrel.example>',
        extraHeaders: ['Reply-To: Tom Hale <tom.hale@kestrel.co.example>'],
      },
    ),
    expect: { verdict: 'authenticated' },
  });

  // 10. A rowing club's Mailchimp newsletter with the secretary's own Gmail as Reply-To.
  await emit(write, {
    name: 'rw83-gmail-club-mailchimp-newsletter-reply-to-secretary-gmail-online',
    about:
      'A rowing club\u2019s newsletter ("Harbour Rowing Club" <news@harbourrowing.example>) through Mailchimp with the club\u2019s authenticated domain (d=harbourrowing.example, envelope mcdlv.net, SPF and DMARC pass), Reply-To the volunteer secretary\u2019s own Gmail (jane.secretary.hrc@gmail.com). Wanted: authenticated; a person\u2019s own mailbox as a club\u2019s Reply-To is ordinary.',
    s: sender(
      {
        from: '"Harbour Rowing Club" <news@harbourrowing.example>',
        envelope: 'bounce-mc.us14_8301.8302-robin.reader=gmail.com@mail83.atl11.mcdlv.net',
        rdns: 'mail83.atl11.mcdlv.net',
        ip: '198.2.131.83',
        d: 'harbourrowing.example',
        sel: 'k2',
        policy: 'none',
      },
      {
        subject: 'HRC News: winter training, AGM on 5 December',
        body: 'Winter training starts Saturday. The AGM is on 5 December; replies go to Jane, our secretary.\r\n\r\nUnsubscribe: https://harbourrowing.us14.list-manage.com/unsubscribe\r\n',
        messageId: '<83hrc.mc.us14@mail83.atl11.mcdlv.net>',
        extraHeaders: [
          'Reply-To: Jane Secretary <jane.secretary.hrc@gmail.com>',
          'List-Unsubscribe: <https://harbourrowing.us14.list-manage.com/unsubscribe?u=83&id=c3>',
        ],
      },
    ),
    expect: { verdict: 'authenticated' },
  });

  // 11. A separate partner firm whose name begins with the reader's organisation's name.
  await emit(write, {
    name: 'rw83-gmail-partner-tidewaterlogistics-own-domain-online',
    about:
      'Tidewater Logistics, a separate haulage company the reader works with, writes from its own domain ("Tidewater Logistics Accounts" <accounts@tidewaterlogistics.example>, its own relay, d=tidewaterlogistics.example, SPF and DMARC pass). Read with --recipient-domain tidewater.example. Wanted: not spoofed; authenticated would be right for a firm with its own long-standing name, though a reader would accept a caution that the domain merely begins with the organisation\u2019s name.',
    s: sender(
      {
        from: '"Tidewater Logistics Accounts" <accounts@tidewaterlogistics.example>',
        envelope: 'accounts@tidewaterlogistics.example',
        rdns: 'mail.tidewaterlogistics.example',
        ip: '203.0.113.185',
        d: 'tidewaterlogistics.example',
        sel: 'twl83',
        policy: 'reject',
      },
      {
        subject: 'Haulage statement November 2026',
        body: 'Please find our November haulage statement attached. Payment terms as per contract TWL-2019-083.\r\n',
        messageId: '<stmt.83@tidewaterlogistics.example>',
      },
    ),
    expect: { verdict: 'authenticated' },
  });
}
