// Red-team probes, sixty-ninth round (December 2026): the exemptions added today.
// - A mailing list's own cloud server is not "rented" (lib/findings/hosted-server.ts
//   listServerOwner, lib/findings/verdict.ts listOwnServer): the attacker runs his own Mailman list
//   on a VM at Amazon (AWS_IP), gives it a forward-confirmed PTR (mail.attacker.example) and SPF for
//   the list's envelope domain, and re-posts the bank's genuine signed notice with a lure in the
//   footer that imitates nothing by name (a plain link to his own site; a call-back number). Before
//   today the hosted server alone made such a post "suspicious" (unauthenticated-hosted-server).
// - Footer links to `<name>.<vanity platform>` (lib/findings/list.ts VANITY_PLATFORMS) are taken as
//   the company's own whatever list carries them: the attacker's list, not named after the bank,
//   links to northbank.my.site.com (a Salesforce Experience Cloud site, first come first served).
// - Brand look-alikes (lib/findings/lookalike.ts brandBorrowed, LURE_WORDS): an everyday brand word
//   needs a lure word right beside it. Tried: a neutral word between (outlook-web-access, the
//   Outlook Web Access lure), non-English lure words (apple-konto, amazon-kundenservice), a brand
//   glued to a word the list lacks (applestore-billing). The attacker owns each name outright
//   (SPF, DKIM s1, DMARC p=reject pass), so only the look-alike rule stands between it and
//   "authenticated".
// - Controls: a genuine customers' list named after the bank on its own cloud server (the exemption
//   must keep holding for it), and a genuine newsletter whose name holds "outlook" as a word.
// Read in Gmail (--webmail gmail) and in a self-hosted Postfix box that records nothing, online.
// Layouts: Gmail's delivery and Authentication-Results as test/corpus/receivers.ts gmailDelivery
// (learnt from real Gmail "Show original" headers, as probe59/probe66/probe67); Mailman 2.1 fields
// and footer as list-shapes.ts (Mailman's own msg_footer template). The list-post and delivery
// helpers follow probe67. Names and addresses are documentation ones, Amazon's AWS address aside
// (the point of the hosted-server cases).

import { signCorpus } from '../../helpers/corpus';
import { sealAs } from '../gateway-layouts';
import {
  ATTACKER_IP,
  AUTHENTICATED,
  AWS_IP,
  authenticZone,
  BANK,
  BANK_IP,
  BANK_KEY,
  GMAIL,
  genuineBankNotice,
  KEY,
  NOT_TRUSTED,
  ptr,
  RECEIVER,
} from '../kit';
import { keyZone, mailmanFooter, mailmanHeaders } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { GMAIL_TO, gmailDelivery, gmailDmarc, gmailSpf } from '../receivers';
import { type ProbeCase, probeCorpus, probeEmitter, READER_MX } from '../rounds-kit';

/** Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is fixed. */
// probe69-gmail-own-list-on-aws-vm-footer-plain-lure-link and
// probe69-box-own-list-on-aws-vm-footer-callback-number read "unverified" (list-modified, the
// list's changes undone; hosted-server-relay low): lib/findings/hosted-server.ts listServerOwner
// takes the attacker's VM as "the list's own server" because the List-Id's domain
// (lists.attacker.example) passed SPF and the VM's PTR (mail.attacker.example) is forward-confirmed
// on the same organisation, and lib/findings/verdict.ts listOwnServer then drops
// unauthenticated-hosted-server. All three proofs are the attacker's own records: they prove the VM
// is the list's, not that the list is anyone's the reader or the bank knows. With the PTR left
// unconfirmed the same posts read "suspicious" (checked), so today's exemption is what lets them
// in. The footers imitate nothing by name (card-check.attacker.example; a call-back number), so no
// footer rule speaks. Wanted: not trusted (suspicious, as before today). Proposed fix: grant the
// leave only to a list the reader has reason to know: a trusted sealer (built-in or
// --trust-forwarder, i.e. no arc-untrusted-sealer), a list platform on the built-in list (groups.io,
// as rw64), or a list the memory has seen carrying this From domain before; or, narrower, only where
// the undone footer holds nothing but the list's own boilerplate (the list address, links on the
// list's own host). Risk: a genuine self-run list on a cloud VM, new to the reader, reads suspicious
// again (as it did before 06:35 today), never spoofed; rw64's groups.io shape must stay exempt.
// probe69-gmail-list-not-named-after-bank-footer-salesforce-site reads "unverified" (no
// list-footer-lookalike-link): lib/findings/list.ts footerImitation skips
// northbank.my.site.com by VANITY_PLATFORMS before asking whether the list is named after the bank
// (namedAfter), so the attacker's list notices.lists.attacker.example may link to a Salesforce site
// he registered under the bank's bare name. Wanted: not trusted (list-footer-lookalike-link).
// Proposed fix: apply the vanity leave only where namedAfter holds (the List-Id carries the From
// organisation's label, as rw64's northbank-users.groups.io does) or the list itself is on that
// platform (a groups.io list linking to <name>.groups.io). Risk: a genuine list with a neutral name
// that links to the author's company's northbank.zoom.us gets a medium concern (suspicious, never
// spoofed); an attacker who names his list after the bank keeps the leave (README, "What still
// fools").
// probe69-gmail-outlook-web-access-neutral-word-between-online reads "authenticated", no finding:
// lib/findings/lookalike.ts lureBeside looks only at the nearest part ("web"), and "access" stands
// one further. Wanted: not trusted (lookalike-domain: outlook.com). Proposed fix: add the words a
// brand's web products are named by to PRODUCT_WORDS (after the brand only): web, owa, webapp,
// app, store, id; a lure one further than a product word counts. Risk: an "Outlook Web Design"
// agency at outlook-web-design.example gets a look-alike note (suspicious, never spoofed);
// apple-valley-care keeps passing (valley is no product word). The control
// probe69-gmail-business-outlook-weekly-control-online must keep reading authenticated.
// probe69-gmail-apple-konto-german-lure-word-online and
// probe69-box-amazon-kundenservice-german-lure-word-online read "authenticated", no finding:
// LURE_WORDS holds English words only, and "kundenservice" is one glued word. Wanted: not trusted
// (lookalike-domain: apple.com, amazon.com). Proposed fix: add the lure words of the languages
// HeaderLens already speaks (--lang de/fr/es) and of the big phishing markets: konto, kunden,
// kundenservice, kundendienst, rechnung, zahlung, sicherheit, anmelden, compte, facture, paiement,
// securite, cuenta, factura, pago, soporte, conta, suporte, fattura; and read a part that splits
// wholly into lure words (lureRun: kunden+service) as a lure word itself. Risk: low; a genuine
// "amazon-konto" or "apple-rechnung" name is nobody's but a phisher's; "apple-kunden-…" of a
// fruit co-operative would get a warning only.
// probe69-gmail-applestore-billing-glued-unknown-word-online reads "authenticated", no finding:
// gluedLure("applestore", "apple") fails ("store" is no LURE_WORD) and the lure word "billing"
// stands beside "applestore", not "apple". Wanted: not trusted (lookalike-domain: apple.com).
// Proposed fix: in gluedLure let the split after the brand take PRODUCT_WORDS too
// (apple+store, outlook+web, amazon+prime), and count such a part as the brand for lureBeside.
// Risk: an "Applestore" fruit shop's applestore-orders.example gets a warning (suspicious).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Fixed at 06:55 on 2026-12-05, all seven:
  // - the attacker's own list on a cloud VM (confirmed PTR, its own SPF) read unverified: a list's
  //   own server is known only for list hosting services (lib/findings/hosted-server.ts LIST_HOSTS);
  //   a list on a rented server of its own is a hosted server again (suspicious);
  // - a footer link to northbank.my.site.com from a list not named after the bank: free sites
  //   anyone opens under any name are no vanity platforms (lib/findings/list.ts VANITY_PLATFORMS);
  // - outlook-web-access, applestore-billing: a brand's product word (web, app, store) after its
  //   name is skipped to the lure word beyond it; apple-konto, amazon-kundenservice: lure words in
  //   the readers' other languages, and lure words glued together, count (lib/findings/lookalike.ts
  //   PRODUCT_NAMES, isLure, LURE_WORDS).
]);

const LIST = 'lists.attacker.example';
const GOOD_LIST = 'lists.northbank-customers.example';
/** The genuine customers' list's own VM at Amazon (a second address in the same documentation-free AWS block). */
const GOOD_AWS_IP = '3.120.1.11';
const ZONE = {
  ...BANK,
  ...BANK_KEY,
  ...authenticZone('attacker.example', ATTACKER_IP),
  ...READER_MX,
  ...keyZone([`arc._domainkey.${LIST}`, `arc._domainkey.${GOOD_LIST}`]),
  [LIST]: { TXT: [`v=spf1 ip4:${AWS_IP} ip4:${ATTACKER_IP} -all`] },
  [GOOD_LIST]: { TXT: [`v=spf1 ip4:${GOOD_AWS_IP} -all`] },
  ...ptr(AWS_IP, 'mail.attacker.example'),
  ...ptr(ATTACKER_IP, 'mail.attacker.example'),
  // both of the attacker's servers carry the one name, each forward-confirmed
  'mail.attacker.example': { A: [AWS_IP, ATTACKER_IP] },
  ...ptr(GOOD_AWS_IP, `mail.${GOOD_LIST}`),
};
const emit = probeEmitter(ZONE);

const rdnsOf = (host: string) => (host === LIST ? 'mail.attacker.example' : `mail.${host}`);

const bankInto = (by: string, id: string) =>
  `Received: from mail.northbank.example (mail.northbank.example [${BANK_IP}])\r\n\tby ${by} (Postfix) with ESMTPS id ${id};\r\n\tFri, 20 Nov 2026 10:00:02 +0000`;

/** `notice` re-posted by a Mailman list at `host`: tag, fields, `footer` appended, sealed i=1. */
async function listPost(notice: string, host: string, footer: string, id: string): Promise<string> {
  return sealAs(
    onTop(
      notice
        .replace('Subject: Your statement is ready', 'Subject: [Northbank notices] Your statement is ready')
        .concat(`\r\n${footer}`),
      ...mailmanHeaders('notices', host, 'Northbank notices'),
      bankInto(host, id),
    ),
    {
      domain: host,
      selector: 'arc',
      cv: 'none',
      authResults: `${host};\r\n       dkim=pass header.d=northbank.example header.s=nb1;\r\n       dmarc=pass header.from=northbank.example`,
    },
  );
}

/** Mailman's footer of the attacker's list with `line` in place of its listinfo URL. */
const attackerFooter = (line: string) =>
  mailmanFooter('notices', LIST, 'Northbank notices').replace(
    `https://${LIST}/mailman/listinfo/notices`,
    line,
  );

/** Gmail's delivery of a post from the list at `host` (relay `ip`), the bank's dkim broken by the footer. */
const gmailFromList = (raw: string, host: string, ip: string, n: string) =>
  gmailDelivery(raw, {
    relay: { helo: `mail.${host}`, rdns: rdnsOf(host), ip },
    envelope: `notices-bounces@${host}`,
    spf: 'pass',
    ids: [`x69csp77004${n}pxa`, `a1si77004${n}qtb.69`],
    deliveredTo: true,
    results: `dkim=fail header.i=@northbank.example header.s=nb1 header.b=Q29ycHVz;\r\n       arc=pass (i=1 dkim=pass dkdomain=northbank.example dmarc=pass fromdomain=northbank.example);\r\n       ${gmailSpf(`notices-bounces@${host}`, ip)}\r\n       ${gmailDmarc('northbank.example', 'REJECT', 'fail')} arc=pass`,
  });

/** The same post delivered to the reader's self-hosted box (Postfix, no Authentication-Results). */
const boxFromList = (raw: string, host: string, ip: string, id: string) =>
  onTop(
    raw,
    `Return-Path: <notices-bounces@${host}>`,
    `Received: from mail.${host} (${rdnsOf(host)} [${ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id ${id}\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:04 +0000`,
  );

// --- look-alikes the attacker owns outright ---------------------------------------------------------

const D = 'Fri, 20 Nov 2026 10:00:00 +0000';

/** The first characters of a DKIM-Signature's b= (what Gmail prints as header.b). */
const bPrefix = (sigField: string) =>
  (/\bb=([A-Za-z0-9+/]{8})/.exec(sigField.replace(/\r\n\s+/g, '')) ?? [])[1] ?? '';

/** A fully authenticated domain of its own: SPF for `ip`, DMARC p=reject, key s1, confirmed PTR. */
const ownZone = (domain: string, ip: string) => ({
  ...ptr(ip, `mail.${domain}`),
  [domain]: { TXT: [`v=spf1 ip4:${ip} -all`] },
  [`_dmarc.${domain}`]: { TXT: ['v=DMARC1; p=reject'] },
  [`s1._domainkey.${domain}`]: KEY(),
});

interface Lure {
  domain: string;
  from: string;
  local: string;
  subject: string;
  body: string;
  ip: string;
}

const signedLure = (l: Lure, to: string) =>
  signCorpus(
    submitted({ from: `${l.from} <${l.local}@${l.domain}>`, to, subject: l.subject, date: D, body: l.body }),
    {
      domain: l.domain,
      selector: 's1',
    },
  );

/** `l` delivered to Gmail from its own server with dkim, spf and dmarc pass. */
async function lureToGmail(l: Lure, id: string): Promise<string> {
  const raw = await signedLure(l, GMAIL_TO);
  return gmailDelivery(raw, {
    relay: { helo: `mail.${l.domain}`, rdns: `mail.${l.domain}`, ip: l.ip },
    envelope: `bounce@${l.domain}`,
    ids: [`x69csp${id}pxa`, `a69si${id}qtb.69`],
    spf: 'pass',
    results: [
      `dkim=pass header.i=@${l.domain} header.s=s1 header.b=${bPrefix(raw)};`,
      `       ${gmailSpf(`bounce@${l.domain}`, l.ip)}`,
      `       ${gmailDmarc(l.domain)}`,
    ].join('\r\n'),
  });
}

/** `l` delivered to the reader's self-hosted Postfix box, which records nothing: HeaderLens checks it all. */
async function lureToBox(l: Lure, id: string): Promise<string> {
  const raw = await signedLure(l, 'Robin Reader <robin@reader.example>');
  return onTop(
    raw,
    `Return-Path: <bounce@${l.domain}>`,
    `Received: from mail.${l.domain} (mail.${l.domain} [${l.ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id ${id}\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:04 +0000`,
  );
}

const WANT_LOOKALIKE = { ...NOT_TRUSTED, findings: ['lookalike-domain'] };

interface LureSpec {
  name: string;
  box?: boolean;
  lure: Lure;
  about: string;
  expect: ProbeCase['expect'];
}

const LURES: LureSpec[] = [
  {
    name: 'probe69-gmail-outlook-web-access-neutral-word-between-online',
    lure: {
      domain: 'outlook-web-access.example',
      from: 'Mail Administrator',
      local: 'admin',
      subject: 'Your mailbox has reached its limit: 3 messages held',
      body: 'Your mailbox is full and 3 incoming messages are held. Sign in to release them:\r\nhttps://outlook-web-access.example/owa/release\r\n',
      ip: ATTACKER_IP,
    },
    about:
      'Gmail, online. The attacker owns outlook-web-access.example (SPF, DKIM s1, DMARC p=reject; Gmail records all three pass) and sends the everyday "mailbox full, messages held" lure as "Mail Administrator <admin@outlook-web-access.example>" (Outlook Web Access, OWA, is what such lures have imitated for fifteen years). "outlook" is a WORD_LABEL; the word beside it is "web", no LURE_WORD; "access", a LURE_WORD, stands one further away. Wanted: not trusted (lookalike-domain: outlook.com)',
    expect: WANT_LOOKALIKE,
  },
  {
    name: 'probe69-gmail-apple-konto-german-lure-word-online',
    lure: {
      domain: 'apple-konto.example',
      from: 'Kundendienst',
      local: 'noreply',
      subject: 'Ihr Konto wurde vorübergehend gesperrt',
      body: 'Wir haben ungewöhnliche Aktivitäten festgestellt. Bestätigen Sie Ihre Daten innerhalb von 24 Stunden:\r\nhttps://apple-konto.example/entsperren\r\n',
      ip: ATTACKER_IP,
    },
    about:
      'Gmail, online. A German-language lure: the attacker owns apple-konto.example (full pass) and writes "Ihr Konto wurde vorübergehend gesperrt" as "Kundendienst <noreply@apple-konto.example>" (no brand word in the display name). "Konto" is German for account; LURE_WORDS holds only English words, so "apple" (a WORD_LABEL) has no lure word beside it. Wanted: not trusted (lookalike-domain: apple.com)',
    expect: WANT_LOOKALIKE,
  },
  {
    name: 'probe69-box-amazon-kundenservice-german-lure-word-online',
    box: true,
    lure: {
      domain: 'amazon-kundenservice.example',
      from: 'Kundenservice',
      local: 'service',
      subject: 'Ihre Bestellung konnte nicht zugestellt werden',
      body: 'Ihre Zahlungsmethode wurde abgelehnt. Aktualisieren Sie sie, damit wir Ihre Bestellung versenden können:\r\nhttps://amazon-kundenservice.example/zahlung\r\n',
      ip: ATTACKER_IP,
    },
    about:
      'Self-hosted Postfix box, online (HeaderLens checks SPF, DKIM and DMARC itself: all pass for the attacker\'s own amazon-kundenservice.example). "Kundenservice <service@amazon-kundenservice.example>": "Ihre Bestellung konnte nicht zugestellt werden". "Kundenservice" (customer service) is one German word: not a LURE_WORD, and the glued reading looks for lure words glued to the brand, not to each other. Wanted: not trusted (lookalike-domain: amazon.com)',
    expect: WANT_LOOKALIKE,
  },
  {
    name: 'probe69-gmail-applestore-billing-glued-unknown-word-online',
    lure: {
      domain: 'applestore-billing.example',
      from: 'Billing',
      local: 'billing',
      subject: 'Your subscription could not be renewed',
      body: 'We could not charge your card for your subscription. Update your payment details to avoid losing access:\r\nhttps://applestore-billing.example/update\r\n',
      ip: ATTACKER_IP,
    },
    about:
      'Gmail, online. The attacker owns applestore-billing.example (full pass) and sends the subscription-renewal lure as "Billing <billing@applestore-billing.example>". "applestore" is "apple" glued to "store", a word LURE_WORDS lacks, so gluedLure fails; "billing", a LURE_WORD, stands beside "applestore", not beside "apple". Wanted: not trusted (lookalike-domain: apple.com)',
    expect: WANT_LOOKALIKE,
  },
  {
    name: 'probe69-gmail-business-outlook-weekly-control-online',
    lure: {
      domain: 'business-outlook-weekly.example',
      from: 'Business Outlook Weekly',
      local: 'editors',
      subject: 'This week: rates, retail and the holiday season',
      body: 'Dear Robin,\r\n\r\nthis week: what the rate decision means for small firms, and retail before the holidays.\r\n\r\nBusiness Outlook Weekly\r\n',
      ip: BANK_IP,
    },
    about:
      'Control, Gmail, online. A genuine economics newsletter mails a subscriber from its own business-outlook-weekly.example (SPF, DKIM s1, DMARC p=reject; Gmail records pass). "outlook" is a WORD_LABEL between "business" and "weekly", neither a lure word. Wanted: authenticated (an everyday word, not a borrowed brand; must keep holding if "web"-like neutral words are skipped)',
    expect: AUTHENTICATED,
  },
];

export async function makeAll(write: CaseWriter): Promise<void> {
  const probes: ProbeCase[] = [];
  const genuine = await genuineBankNotice();

  // --- the attacker's own list on a cloud VM it names and authorises ------------------------------
  probes.push({
    name: 'probe69-gmail-own-list-on-aws-vm-footer-plain-lure-link',
    about: `The attacker runs his own Mailman list (${LIST}) on a VM at Amazon (${AWS_IP}) with a forward-confirmed PTR mail.attacker.example and SPF for the list's envelope domain, and re-posts the bank's genuine signed notice to the reader's Gmail with a footer "Card blocked? Confirm it at https://card-check.attacker.example/confirm" (a host that imitates the bank by no name). Gmail: dkim=fail (footer), arc=pass, spf=pass for ${LIST}, dmarc=fail. listServerOwner takes the VM as the list's own server (hosted-server-relay low), so the hosted server no longer counts. Read in Gmail, online. Wanted: not trusted (a cloud VM relaying the bank's mail that nothing of the bank's or any known list vouches for)`,
    class: 'probe69-list-own-server',
    args: GMAIL,
    eml: gmailFromList(
      await listPost(
        genuine,
        LIST,
        attackerFooter('Card blocked? Confirm it at https://card-check.attacker.example/confirm'),
        '4ZtR69a01',
      ),
      LIST,
      AWS_IP,
      '01',
    ),
    expect: NOT_TRUSTED,
  });
  probes.push({
    name: 'probe69-box-own-list-on-aws-vm-footer-callback-number',
    about: `As probe69-gmail-own-list-on-aws-vm-footer-plain-lure-link, delivered to the reader's self-hosted Postfix box (no Authentication-Results: HeaderLens checks SPF for ${LIST} and the bank's signature with the footer undone itself). The footer holds no link at all, a call-back lure: "Card blocked? Call Northbank card security on +1 202 555 0147 (24/7)". Read in the self-hosted box, online. Wanted: not trusted`,
    class: 'probe69-list-own-server',
    eml: boxFromList(
      await listPost(
        genuine,
        LIST,
        attackerFooter('Card blocked? Call Northbank card security on +1 202 555 0147 (24/7)'),
        '4ZtR69a02',
      ),
      LIST,
      AWS_IP,
      '4ZtR69a03',
    ),
    expect: NOT_TRUSTED,
  });
  // --- a vanity-platform page from a list not named after the bank -------------------------------
  probes.push({
    name: 'probe69-gmail-list-not-named-after-bank-footer-salesforce-site',
    about: `The attacker's own list (${LIST}, List-Id notices.${LIST}: not named after the bank) re-posts the bank's genuine signed notice with a footer "Card blocked? Confirm it at https://northbank.my.site.com/confirm", a Salesforce Experience Cloud site the attacker registered under the bank's bare name (first come, first served; such sites are a known phishing host). VANITY_PLATFORMS exempts <label>.my.site.com whatever list carries the link. Relay: the attacker's own plain server (${ATTACKER_IP}, no cloud), so only the vanity leave is tried. Read in Gmail, online. Wanted: not trusted (list-footer-lookalike-link: the leave for a company's own pages belongs to a list named after it)`,
    class: 'probe69-list-vanity',
    args: GMAIL,
    eml: gmailFromList(
      await listPost(
        genuine,
        LIST,
        attackerFooter('Card blocked? Confirm it at https://northbank.my.site.com/confirm'),
        '4ZtR69b01',
      ),
      LIST,
      ATTACKER_IP,
      '02',
    ),
    expect: NOT_TRUSTED,
  });
  // --- control: a genuine list on its own cloud server ---------------------------------------------
  probes.push({
    name: 'probe69-gmail-customers-list-own-aws-vm-control',
    about: `Control: a genuine customers' list (${GOOD_LIST}, named after the bank) on its own VM at Amazon (${GOOD_AWS_IP}, PTR mail.${GOOD_LIST} forward-confirmed, SPF for its envelope) re-posts the bank's signed notice with Mailman's ordinary footer. Gmail: dkim=fail (footer), arc=pass, dmarc=fail. Read in Gmail, online. Wanted: not spoofed and not suspicious (the list's own server, the list's changes undone). The lead (2026-12-05): suspicious by choice, as before that morning — a list run on a rented server of its own is read as a hosted server (lib/findings/hosted-server.ts LIST_HOSTS: only list hosting services' servers are known), since the attacker's own list on a VM proves the same records (probe69-gmail-own-list-on-aws-vm-footer-plain-lure-link); never spoofed`,
    class: 'probe69-list-own-server',
    args: GMAIL,
    eml: gmailFromList(
      await listPost(
        genuine,
        GOOD_LIST,
        mailmanFooter('notices', GOOD_LIST, 'Northbank notices'),
        '4ZtR69d01',
      ),
      GOOD_LIST,
      GOOD_AWS_IP,
      '03',
    ),
    expect: { verdict: 'suspicious', notVerdict: ['spoofed'] },
  });
  for (const p of probes) emit(write, p);

  let n = 1;
  for (const s of LURES) {
    const id = `690${n++}`;
    write(s.name, {
      eml: s.box ? await lureToBox(s.lure, `4ZtR69l0${n}`) : await lureToGmail(s.lure, id),
      zone: ownZone(s.lure.domain, s.lure.ip) as Record<string, unknown>,
      meta: {
        about: s.about,
        class: s.expect === AUTHENTICATED ? 'probe69-control' : 'probe69-brand-lookalike',
        args: s.box ? ['--authserv-id', RECEIVER] : GMAIL,
        expect: s.expect,
      },
    });
  }
}

export const make = (write: CaseWriter) => probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
