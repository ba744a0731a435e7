// Real-world delivery shapes, sixty-fifth round: genuine companies whose names hold a brand's name
// or lie a letter from one, and brands' own second domains, read in Gmail (--webmail gmail) and
// the reader's own Postfix box, online (with a zone). Rules crossed:
// - lib/findings/lookalike.ts reasonRead against the built-in brands (BRANDS in
//   lib/findings/domains.ts): closeEnough (a label one or two letters from a brand's: `apply`,
//   `netflex`, `goggle`, `coinbank`), the same label under another ending (`amazon.jobs`), and a
//   hyphenated part (`paypal-prepaid`, `ebay-motors-club`, `dhl-parts`); WORD_LABELS and LURE_WORDS
//   (commits bf17b6a0, 1f2123d4): brand labels that are everyday words (live, office, apple,
//   amazon, meta…) are borrowed only beside an account or service word, and the lure words now
//   include `orders` and `delivery`, words genuine shops put in their names too
//   (`apple-farm-orders`, `office-furniture-delivery`).
// - lib/findings/verdict.ts: a high look-alike where nothing aligned authenticates the From reads
//   spoofed. Each sender is read three ways: DMARC passing (its own aligned signature, p=reject),
//   DMARC p=none with no signature and an ESP's unaligned bounce domain (dmarc=fail, p=none), and
//   no DMARC record at all (SPF passes for its own envelope, nothing else).
// Real senders: Amazon's recruiting mail and candidate accounts are amazon.jobs's own
// (www.amazon.jobs/zh/faqs, "I already have an amazon.jobs account"; `search` corpus pages);
// the PayPal Prepaid Mastercard (issued by The Bancorp Bank, run by Netspend) has its own site and
// cardholder mail at paypal-prepaid.com (paypal-prepaid.com/faq.shtml); aboutamazon.com is Amazon's
// corporate news site. The third-party companies are kinds that exist (a job board named "Apply",
// a coworking firm "Netflex", an eyewear shop "Goggle", a coin dealer "Coinbank", a farm shop, an
// office-furniture supplier, an eBay Motors enthusiasts' club, an auto-parts dealer, a ticket
// agent, a rainforest charity, a research journal), under documentation names (.example).
// Layouts: Gmail's one Authentication-Results (spf=pass (google.com: domain of … designates …),
// dkim=pass header.i=@…, dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=…) as in
// peermesh/knowledge-graph-lab docs/…/VERIFY-AUTHENTICATION.md and dinosaure/blaze test/dmarc.t
// (Gmail writes no dmarc= clause for a domain without a record: blaze's janestreet.com sample),
// via receivers.ts; the Postfix box as realworld56/63/64 (postfixEntry, Dovecot LMTP, no results
// written: HeaderLens checks SPF, DKIM and DMARC itself). Every key is the corpus test key.
import { type CaseExpectation, signCorpus } from '../../helpers/corpus';
import { emitCase, GMAIL, KEY, legitCorpus, ptr, RECEIVER, type Relay, SIGNED_NO_REPLY_TO } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { dovecotLmtp, GMAIL_TO, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { postfixEntry } from '../rounds-kit';

/** DMARC passed for the From domain: nothing should make it a warning. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** Genuine mail nothing can prove, under a name that merely holds a brand's word: no warning at all. */
const NOT_WARNED: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['spoofed', 'suspicious'],
};
/**
 * Genuine mail nothing can prove, under a name a letter from a brand's: a reader would accept a
 * caution (it does look like the brand), never "spoofed".
 */
const NEVER_SPOOFED: CaseExpectation = { notVerdict: ['spoofed'] };

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule, the fix and its risk.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Fixed at 06:48 on 2026-12-05: amazon.jobs, aboutamazon.com (and amazondelivers.jobs) are
  // Amazon's, paypal-prepaid.com PayPal's (lib/findings/domains.ts BRANDS); apple-farm-orders and
  // office-furniture-delivery are no look-alikes (lib/findings/lookalike.ts brandBorrowed: an
  // everyday brand word counts only with a lure word right beside it).
  // Kept by choice (the lead, 06:48): the two cases below. A From domain one letter from a brand's
  // (netflex, for netflix) or holding a brand that is no everyday word (dhl-parts), whose own DMARC
  // fails at p=none with nothing aligned, reads spoofed (impersonation-unauthenticated): from the
  // headers it is the same as a phisher's look-alike sent through an ESP unsigned, and reading
  // those "suspicious" would weaken every look-alike that does not bother to authenticate.
  // netflex.example and dhl-parts.example sending through an ESP, unsigned, DMARC p=none, read
  // spoofed (impersonation-unauthenticated: lookalike-domain high, nothing aligned passes); the
  // same kind of name with no DMARC record at all (goggle, coinbank, ebay-motors-club, below)
  // reads suspicious because SPF passes for its own envelope. Wanted: never spoofed; suspicious is
  // a caution a reader would accept for a name a letter from netflix or holding "dhl". Rule:
  // lib/findings/verdict.ts impersonation-unauthenticated. Fix: when the only high impersonation
  // finding is lookalike-domain, the From domain publishes its own DMARC record at p=none and no
  // signature for it failed (unsigned, not dkim=fail), read policy-none-with-concerns
  // (suspicious): the domain is the sender's own, not a forged one. Risk: a phisher's own typo
  // domain at p=none sent unsigned reads suspicious rather than spoofed, still a warning naming
  // the brand imitated; a forged From on a real brand's domain is untouched (that fails the
  // brand's DMARC, not a look-alike's).
  'rw65-gmail-netflex-coworking-p-none',
  'rw65-box-dhl-parts-p-none',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const at = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;
const BOX = ['--authserv-id', RECEIVER];
const BOX_RCPT = 'robin@reader.example';

/** The ESP whose bounce domain a p=none sender's mail goes out with (SPF passes there, unaligned). */
const ESP_BOUNCE = 'bounces.sendhub-esp.example';
const ESP_RELAY: Relay = {
  helo: 'o12.out.sendhub-esp.example',
  rdns: 'o12.out.sendhub-esp.example',
  ip: '203.0.113.120',
};

type Auth = 'dmarc-pass' | 'p-none-unsigned' | 'no-dmarc';

interface Company {
  slug: string;
  story: string;
  domain: string;
  from: string;
  auth: Auth;
  where: 'gmail' | 'box';
  subject: string;
  relay: Relay;
  expect: CaseExpectation;
}

const own = (host: string, ip: string): Relay => ({ helo: host, rdns: host, ip });

const COMPANIES: Company[] = [
  // --- brands' own second domains, DMARC passing ---
  {
    slug: 'amazon-jobs-recruiter',
    story:
      'Amazon\'s recruiting team writes a candidate from its own top-level domain amazon.jobs (the careers site candidates sign in to): "Your interview for Software Development Engineer II is confirmed", signed d=amazon.jobs with p=reject. "amazon" under another ending than amazon.com, and Amazon\'s own.',
    domain: 'amazon.jobs',
    from: 'Amazon Recruiting <no-reply@amazon.jobs>',
    auth: 'dmarc-pass',
    where: 'gmail',
    subject: 'Your interview for Software Development Engineer II is confirmed',
    relay: own('a48-91.smtp-out.amazonses.com', '54.240.48.91'),
    expect: PASSES,
  },
  {
    slug: 'paypal-prepaid-cardholder',
    story:
      'The PayPal Prepaid Mastercard\'s program (issued by The Bancorp Bank, run by Netspend) mails a cardholder from its own site\'s domain paypal-prepaid.com: "Your direct deposit has arrived", signed d=paypal-prepaid.com, p=reject. The name holds "paypal" beside "prepaid", licensed, not borrowed.',
    domain: 'paypal-prepaid.com',
    from: 'PayPal Prepaid <alerts@paypal-prepaid.com>',
    auth: 'dmarc-pass',
    where: 'box',
    subject: 'Your direct deposit of $1,240.00 has arrived',
    relay: own('mta2.paypal-prepaid.com', '198.51.100.140'),
    expect: PASSES,
  },
  {
    slug: 'aboutamazon-newsletter',
    story:
      'Amazon\'s corporate news site aboutamazon.com sends its weekly "About Amazon" digest, signed d=aboutamazon.com, p=reject: a brand\'s own other name with the brand glued to a word.',
    domain: 'aboutamazon.com',
    from: 'About Amazon <news@aboutamazon.com>',
    auth: 'dmarc-pass',
    where: 'gmail',
    subject: 'This week at Amazon: new delivery stations in three states',
    relay: own('a48-92.smtp-out.amazonses.com', '54.240.48.92'),
    expect: PASSES,
  },
  // --- third parties a letter from a brand ---
  {
    slug: 'apply-job-board-alert',
    story:
      'A job board trading as "Apply" (apply.example) mails its weekly job alert, signed d=apply.example, p=reject. "apply" is one letter from "apple": a typosquat authenticates its own mail just as easily, so "really comes from apply.example, but take care" (suspicious) is an answer a reader would accept; spoofed is not.',
    domain: 'apply.example',
    from: 'Apply Job Alerts <alerts@apply.example>',
    auth: 'dmarc-pass',
    where: 'gmail',
    subject: '12 new jobs for "data analyst" near Leeds',
    relay: own('mail.apply.example', '192.0.2.150'),
    expect: NEVER_SPOOFED,
  },
  {
    slug: 'netflex-coworking-p-none',
    story:
      'A coworking company "Netflex" (netflex.example, flexible desks) sends its members\' invoice reminder through an ESP: no DKIM signature of its own, the ESP\'s bounce domain in the envelope (SPF passes there, unaligned), DMARC p=none. "netflex" is one letter from "netflix".',
    domain: 'netflex.example',
    from: 'Netflex Workspaces <billing@netflex.example>',
    auth: 'p-none-unsigned',
    where: 'gmail',
    subject: 'Your December hot-desk plan renews on 1 December',
    relay: ESP_RELAY,
    expect: NEVER_SPOOFED,
  },
  {
    slug: 'goggle-eyewear-no-dmarc',
    story:
      'A ski and swim eyewear shop "Goggle" (goggle.example) runs its own Postfix: SPF for its own envelope and nothing else, no signature, no DMARC record. It confirms an order to the reader\'s own box. "goggle" is one letter from "google".',
    domain: 'goggle.example',
    from: 'Goggle Eyewear <shop@goggle.example>',
    auth: 'no-dmarc',
    where: 'box',
    subject: 'Order #20817 confirmed: Aqua Pro mirrored goggles',
    relay: own('mail.goggle.example', '198.51.100.151'),
    expect: NEVER_SPOOFED,
  },
  {
    slug: 'coinbank-dealer-no-dmarc',
    story:
      'A coin and bullion dealer "Coinbank" (coinbank.example) mails its auction catalogue from its own server: SPF only, no DKIM, no DMARC record. "coinbank" is two letters from "coinbase".',
    domain: 'coinbank.example',
    from: 'Coinbank Numismatics <auctions@coinbank.example>',
    auth: 'no-dmarc',
    where: 'gmail',
    subject: 'Winter auction catalogue: 1,400 lots of world coins',
    relay: own('mx1.coinbank.example', '203.0.113.152'),
    expect: NEVER_SPOOFED,
  },
  // --- third parties whose hyphenated names hold a brand's word ---
  {
    slug: 'apple-farm-orders-signed',
    story:
      'An orchard\'s farm shop takes box orders at apple-farm-orders.example and confirms them, signed d=apple-farm-orders.example, p=reject. "apple" sits beside "orders", a lure word since 1f2123d4.',
    domain: 'apple-farm-orders.example',
    from: 'Hillside Apple Farm <orders@apple-farm-orders.example>',
    auth: 'dmarc-pass',
    where: 'gmail',
    subject: 'Your apple box order: 2 x Cox, 1 x Bramley, collection Saturday',
    relay: own('mail.apple-farm-orders.example', '192.0.2.153'),
    expect: PASSES,
  },
  {
    slug: 'office-furniture-delivery-p-none',
    story:
      'An office-furniture supplier (office-furniture-delivery.example) books a delivery slot through an ESP: unsigned, the ESP\'s bounce domain in the envelope, DMARC p=none. "office" sits beside "delivery", a lure word.',
    domain: 'office-furniture-delivery.example',
    from: 'Office Furniture Delivery <bookings@office-furniture-delivery.example>',
    auth: 'p-none-unsigned',
    where: 'gmail',
    subject: 'Delivery slot for your 6 sit-stand desks: Tuesday 8:00-12:00',
    relay: ESP_RELAY,
    expect: NOT_WARNED,
  },
  {
    slug: 'office-furniture-delivery-no-dmarc',
    story:
      'The same office-furniture supplier (office-furniture-delivery.example) writing from its own Postfix: SPF for its own envelope, no signature, no DMARC record, to the reader\'s own box. "office" beside "delivery".',
    domain: 'office-furniture-delivery.example',
    from: 'Office Furniture Delivery <bookings@office-furniture-delivery.example>',
    auth: 'no-dmarc',
    where: 'box',
    subject: 'Delivery slot for your 6 sit-stand desks: Tuesday 8:00-12:00',
    relay: own('mail.office-furniture-delivery.example', '198.51.100.154'),
    expect: NOT_WARNED,
  },
  {
    slug: 'ebay-motors-club-no-dmarc',
    story:
      'An enthusiasts\' club for buyers of classic cars on eBay Motors (ebay-motors-club.example) mails its members\' newsletter from a hosted Postfix: SPF only, no DMARC record. "ebay" is a hyphenated part, and not an everyday word.',
    domain: 'ebay-motors-club.example',
    from: 'eBay Motors Club <newsletter@ebay-motors-club.example>',
    auth: 'no-dmarc',
    where: 'gmail',
    subject: 'Club newsletter: spring meet at Brooklands',
    relay: own('mail.ebay-motors-club.example', '203.0.113.155'),
    expect: NEVER_SPOOFED,
  },
  {
    slug: 'dhl-parts-p-none',
    story:
      'An independent dealer in used DHL-liveried van parts (dhl-parts.example) sends a quote through an ESP: unsigned, the ESP\'s bounce domain, DMARC p=none. "dhl" is a hyphenated part.',
    domain: 'dhl-parts.example',
    from: 'DHL Parts <sales@dhl-parts.example>',
    auth: 'p-none-unsigned',
    where: 'box',
    subject: 'Quote 4471: sliding door rail, Sprinter 906',
    relay: ESP_RELAY,
    expect: NEVER_SPOOFED,
  },
  {
    slug: 'live-nation-tickets-no-dmarc',
    story:
      'A ticket agent (live-nation-tickets.example) sends e-tickets from its own server: SPF only, no signature, no DMARC record, to the reader\'s own box. "live" beside "nation" and "tickets", no lure word.',
    domain: 'live-nation-tickets.example',
    from: 'Live Nation Tickets <tickets@live-nation-tickets.example>',
    auth: 'no-dmarc',
    where: 'box',
    subject: 'Your e-tickets: Saturday 28 November, doors 19:00',
    relay: own('mail.live-nation-tickets.example', '198.51.100.156'),
    expect: NOT_WARNED,
  },
  {
    slug: 'meta-analysis-journal-no-dmarc',
    story:
      'A research journal (meta-analysis-review.example) tells an author their manuscript went to review, from its editorial system\'s server: SPF only, no DMARC record. "meta" beside "analysis".',
    domain: 'meta-analysis-review.example',
    from: 'Meta-Analysis Review <editorial@meta-analysis-review.example>',
    auth: 'no-dmarc',
    where: 'gmail',
    subject: 'MAR-2026-0418: your manuscript has been sent for review',
    relay: own('ojs.meta-analysis-review.example', '192.0.2.157'),
    expect: NOT_WARNED,
  },
];

const AUTH_TEXT: Record<Auth, string> = {
  'dmarc-pass': 'its own aligned signature (selector s1) and SPF pass, DMARC p=reject',
  'p-none-unsigned': `no signature, the envelope at the ESP's ${ESP_BOUNCE} (SPF passes there, unaligned), DMARC p=none: dmarc=fail`,
  'no-dmarc': 'SPF passes for its own envelope; no signature, no DMARC record',
};

export async function makeAll(write: CaseWriter): Promise<void> {
  let n = 10;
  for (const c of COMPANIES) {
    n += 1;
    const gmail = c.where === 'gmail';
    const to = gmail ? GMAIL_TO : BOX_RCPT;
    const plain = submitted({
      from: c.from,
      to,
      subject: c.subject,
      date: at(0),
      messageId: `<${n}.20261120100000.${c.slug.slice(0, 10)}@${c.domain}>`,
      body: 'Hello,\r\n\r\nThe details are below; reply to this address with any questions.\r\n',
    });
    const signed = c.auth === 'dmarc-pass';
    const raw = signed
      ? await signCorpus(plain, { domain: c.domain, selector: 's1', headerList: SIGNED_NO_REPLY_TO })
      : plain;
    const envelope = c.auth === 'p-none-unsigned' ? `b.${n}x7f@${ESP_BOUNCE}` : `bounce@${c.domain}`;
    const envDomain = envelope.slice(envelope.indexOf('@') + 1);
    const zone: Record<string, unknown> = {
      ...ptr(c.relay.ip, c.relay.rdns),
      [envDomain]: { TXT: [`v=spf1 ip4:${c.relay.ip} -all`] },
      ...(signed ? { [`s1._domainkey.${c.domain}`]: KEY() } : {}),
      ...(c.auth === 'dmarc-pass' ? { [`_dmarc.${c.domain}`]: { TXT: ['v=DMARC1; p=reject'] } } : {}),
      ...(c.auth === 'p-none-unsigned'
        ? {
            [`_dmarc.${c.domain}`]: { TXT: [`v=DMARC1; p=none; rua=mailto:dmarc@${c.domain}`] },
            [c.domain]: { TXT: [`v=spf1 include:spf.sendhub-esp.example -all`] },
          }
        : {}),
    };
    let eml: string;
    if (gmail) {
      const results = [
        ...(signed ? [gmailDkim(c.domain, 's1')] : []),
        gmailSpf(envelope, c.relay.ip),
        ...(c.auth === 'dmarc-pass' ? [gmailDmarc(c.domain, 'REJECT', 'pass')] : []),
        ...(c.auth === 'p-none-unsigned' ? [gmailDmarc(c.domain, 'NONE', 'fail')] : []),
      ].join('\r\n       ');
      eml = gmailDelivery(raw, {
        relay: c.relay,
        envelope,
        spf: 'pass',
        ids: [`x65csp${n}41pxa`, `a1si${n}41qtb.65`],
        deliveredTo: true,
        results,
      });
    } else {
      eml = onTop(
        raw,
        `Return-Path: <${envelope}>`,
        `Delivered-To: ${BOX_RCPT}`,
        dovecotLmtp(RECEIVER, envelope, BOX_RCPT, `4Zq65E${n}xLmtpQAAqVw1Bg`, at(7)),
        postfixEntry(c.relay, RECEIVER, `4Zq65E${n}x`, BOX_RCPT, at(5)),
      );
    }
    const reader = gmail
      ? "Gmail (--webmail gmail), online: Gmail's results and the sender's DNS served"
      : `the reader's self-hosted Postfix box (--authserv-id ${RECEIVER}), which writes no results: HeaderLens checks SPF, DKIM and DMARC itself, online`;
    const wanted =
      c.expect === PASSES
        ? "authenticated: its own aligned signature passes DMARC; a name holding or near a brand's is no imitation once the sender is proven"
        : c.auth === 'dmarc-pass'
          ? 'never spoofed: it is proven, and a name a letter from a brand\'s earns the caution "really comes from …, but take care" (suspicious)'
          : c.expect === NOT_WARNED
            ? 'not a warning: nothing aligned proves it, so an honest unverified; a brand word beside ordinary words is no look-alike'
            : "never spoofed: nothing aligned proves it and the name does look like a brand's, so a caution a reader would accept, but nothing says the mail is forged";
    emitCase(write, {
      name: `rw65-${c.where}-${c.slug}`,
      about: `${c.story} Sent with ${AUTH_TEXT[c.auth]}. Read in ${reader}. Wanted: ${wanted}.`,
      class: 'brand-word-name',
      args: gmail ? GMAIL : BOX,
      eml,
      zone,
      expect: c.expect,
    });
  }
}
