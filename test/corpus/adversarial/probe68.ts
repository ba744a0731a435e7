// Red-team probes, sixty-eighth round (December 2026): brand look-alikes after today's narrowing of
// lib/findings/lookalike.ts reasonRead. Brand labels that are everyday words (WORD_LABELS: live,
// me, mac, meta, office, aws, apple, amazon, outlook, adobe) now count as "borrowed" in a
// hyphenated name only beside a word of LURE_WORDS (account, login, support, refund, docs…). The
// attacker owns a look-alike domain outright (SPF, DKIM s1, DMARC p=reject all pass for it), so
// only the look-alike rule (and display-name-brand, where the display name names a brand word)
// stands between it and "authenticated". Probed:
// - hyphenated names whose second word the lure list misses (apple-icloud-photos,
//   meta-business-ads, office-365-mfa) beside ones it holds or that carry no word label at all
//   (amazon-refund-claim, microsoft-office-teams), pinned;
// - a homoglyph brand inside a hyphenated name (Cyrillic "а" in аpple-support), pinned;
// - the display name and a missed look-alike together ("App Store", Apple's own sender name for
//   receipts and no display-name word of Apple's, on apple-purchase-cancel);
// - read in Gmail and in Outlook (EOP's record of a full pass), online (with a zone);
// - names glued without hyphens (appleidsupport, officeverify) and a brand label as a subdomain
//   (apple.support-desk.example);
// - controls: a genuine care home in Apple Valley, California whose hyphenated name holds a brand
//   word beside a lure word (care), and a genuine rainforest charity (amazon-conservation).
// Layouts: Gmail's delivery and Authentication-Results as test/corpus/receivers.ts gmailDelivery
// (learnt from real Gmail "Show original" headers, as in probe59/probe66); EOP's entry record as
// receivers.ts eopDelivery and eopPass (as probe66). Names and addresses are documentation ones.

import { signCorpus } from '../../helpers/corpus';
import { ATTACKER_IP, AUTHENTICATED, BANK_IP, GMAIL, KEY, NOT_TRUSTED, OUTLOOK, ptr } from '../kit';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { eopDelivery, eopPass, GMAIL_TO, gmailDelivery, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

/** Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is fixed. */
// probe68-gmail-app-store-display-apple-purchase-cancel-online and
// probe68-outlook-meta-business-ads-online read "authenticated" with no finding: lib/findings/lookalike.ts
// borrowsName asks a WORD_LABEL ("apple", "meta") for a neighbour in LURE_WORDS, and "purchase",
// "cancel", "business", "ads" are not there; the display names ("App Store", "Meta for Business")
// hold no brand word (lib/findings/domains.ts BRANDS: Apple's are apple id/apple support/icloud/
// itunes, Meta's facebook/instagram), so display-name-brand is silent. Wanted: not trusted
// (lookalike-domain). Proposed fix: read a WORD_LABEL by its place: as the name's FIRST part
// (apple-…, meta-…, brand-led, as phishers write) borrowed unless the rest is a known everyday
// compound (a short exemption list: office-depot, apple-valley, amazon-conservation…); as a later
// part (go-live, meet-me, business-outlook, big-apple-tours) still only beside a LURE_WORD. Add
// purchase, cancel, business, ads, mfa, 2fa, storage-full words to LURE_WORDS meanwhile (the list
// form lags). Risk: a genuine brand-led firm name not on the exemption list (apple-orchard-farm,
// meta-analysis-lab) gets a look-alike note: suspicious, never spoofed.
// probe68-gmail-office-365-mfa-online reads "authenticated", no finding: parts are office/365/mfa;
// "office" is a WORD_LABEL with no LURE_WORD beside it, and "office365" (Microsoft's label, no
// WORD_LABEL) exists only across the hyphen. Wanted: not trusted (lookalike-domain). Proposed fix
// (reasonRead): also compare each pair of adjacent parts joined (office+365 → office365, a brand
// label that needs no lure word), or drop all-digit parts' hyphens before the part test. Risk:
// low; a genuine "office-365-…" name is a Microsoft reseller's at best, and gets a warning only.
// probe68-gmail-appleidsupport-glued-online and probe68-outlook-officeverify-glued-online read
// "authenticated", no finding: with no hyphen the part test never sees "apple"/"office", and
// reasonRead's glued() (a name with up to MAX_GLUED letters glued on) is asked of remembered
// senders only (t.kind === 'remembered'). Wanted: not trusted (lookalike-domain). Proposed fix:
// for brand targets, a label that starts or ends with the brand label and whose rest is a
// LURE_WORD or two (apple+id+support, office+verify, paypal+secure) is borrowed; split the rest
// greedily into LURE_WORDS, for WORD_LABELS and others alike. Risk: low, as only lure words count
// (officeverify, not officedepot); "applecare" (care) is Apple's own product name: a genuine
// Apple reseller's applecare-… domain would get a warning, never spoofed.
// probe68-gmail-apple-subdomain-support-desk-online reads "authenticated", no finding: a brand's
// bare label as a subdomain (apple.support-desk.example) is read for remembered senders only
// (six letters or more), a brand only as its whole domain in front (apple.com.…). Wanted: not
// trusted. Proposed fix: a brand label (WORD_LABELS only beside a lure word in the rest of the
// name, here "support") as a whole subdomain label of an organisation that is not the brand's.
// Risk: apple.example-farm.com style names of genuine firms (a product line subdomain) get a
// warning; mail from customer subdomains of ESPs (apple.mcsv.net-style) must be checked first.
// probe68-gmail-apple-valley-care-control-online (control) reads "suspicious" (lookalike-domain:
// imitates apple.com): "care" is a LURE_WORD anywhere in the name, so the place name Apple Valley
// (California) beside a care home's word is read as borrowed. Wanted: authenticated. Proposed fix
// (borrowsName): the lure word must stand next to the brand label (apple-id-support,
// amazon-refund-claim, live-login hold; apple-valley-care does not), digits skipped (office-365-
// secure). Risk: a lure with a filler between (apple-store-support) is let through; that one is
// caught if the place-based fix above is taken too.
// probe68-outlook-amazon-conservation-control-online (control) reads "suspicious"
// (display-name-brand: "the name says Amazon"): the look-alike rule rightly lets
// amazon-conservation.example pass, but the display name "Amazon Conservation" holds Amazon's word
// "amazon" (lib/findings/domains.ts BRANDS; display-name-brand). Wanted: authenticated. Proposed
// fix: where the From organisation's own label is the display name's words hyphenated
// (amazon-conservation ⇔ "Amazon Conservation") and lookalike-domain found nothing, the brand word
// is the sender's own name; or drop "amazon" alone from Amazon's words (as "Apple" and "Outlook"
// were left out) and keep "amazon.com", "amazon prime", "aws". Risk: "Amazon Deals" on
// amazon-deals.example (a lure the look-alike rule misses) would pass with the first form; with the
// second, "Amazon <x@shop.example>" loses its display-name warning. The lead may prefer to keep
// this one as a known limit.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Fixed at 06:48 on 2026-12-05 (lib/findings/lookalike.ts brandBorrowed, the brand-label-in-front
  // reading, LURE_WORDS): apple-purchase-cancel, meta-business-ads, office-365-mfa, appleidsupport,
  // officeverify and apple.support-desk read authenticated; an everyday brand word now counts with
  // a lure word right beside it (digits skipped), two parts making a brand's label count, a brand's
  // label with lure words glued on counts, and a brand's label as a whole label in front of another
  // organisation counts (an everyday word only with a lure word in the name). The control
  // apple-valley-care no longer reads as a look-alike ("care" is not beside "apple").
  // Kept by choice (the lead, 06:48): "Amazon Conservation" <…@amazon-conservation.example> reads
  // suspicious (display-name-brand: "Amazon" is Amazon's display-name word). Excusing a display
  // name that spells the From domain's own label would let "Amazon Deals" <…@amazon-deals.example>
  // through; a warning on a genuine conservation charity is the lesser wrong.
  'probe68-outlook-amazon-conservation-control-online',
]);

type Case = {
  name: string;
  about: string;
  cls: string;
  eml: string;
  zone: object;
  args: string[];
  expect: object;
};

function emit(write: CaseWriter, c: Case): void {
  write(c.name, {
    eml: c.eml,
    zone: c.zone as Record<string, unknown>,
    meta: { about: c.about, class: `probe68-${c.cls}`, args: c.args, expect: c.expect },
  });
}

const D = 'Fri, 20 Nov 2026 10:00:00 +0000';

/** The first characters of a DKIM-Signature's b= (what Gmail prints as header.b). */
const bPrefix = (sigField: string) =>
  (/\bb=([A-Za-z0-9+/]{8})/.exec(sigField.replace(/\r\n\s+/g, '')) ?? [])[1] ?? '';

/** A fully authenticated domain of its own: SPF for `ip`, DMARC p=reject, key s1. */
const ownZone = (domain: string, ip: string) => ({
  ...ptr(ip, `mail.${domain}`),
  [domain]: { TXT: [`v=spf1 ip4:${ip} -all`] },
  [`_dmarc.${domain}`]: { TXT: ['v=DMARC1; p=reject'] },
  [`s1._domainkey.${domain}`]: KEY(),
});

interface Lure {
  /** The From domain, A-label form where it is an IDN. */
  domain: string;
  from: string;
  local: string;
  subject: string;
  body: string;
  ip: string;
}

async function signed(l: Lure, to: string): Promise<string> {
  return signCorpus(
    submitted({ from: `${l.from} <${l.local}@${l.domain}>`, to, subject: l.subject, date: D, body: l.body }),
    { domain: l.domain, selector: 's1' },
  );
}

/** `l` delivered to Gmail from its own server with dkim, spf and dmarc pass. */
async function toGmail(l: Lure, id: string): Promise<string> {
  const raw = await signed(l, GMAIL_TO);
  return gmailDelivery(raw, {
    relay: { helo: `mail.${l.domain}`, rdns: `mail.${l.domain}`, ip: l.ip },
    envelope: `bounce@${l.domain}`,
    ids: [`x68csp${id}pxa`, `a68si${id}qtb.68`],
    spf: 'pass',
    results: [
      `dkim=pass header.i=@${l.domain} header.s=s1 header.b=${bPrefix(raw)};`,
      `       ${gmailSpf(`bounce@${l.domain}`, l.ip)}`,
      `       ${gmailDmarc(l.domain)}`,
    ].join('\r\n'),
  });
}

/** `l` delivered to a Microsoft 365 reader: EOP records spf, dkim, dmarc and compauth pass. */
async function toOutlook(l: Lure): Promise<string> {
  const raw = await signed(l, 'Robin Reader <robin@reader.example>');
  const relay = { ip: l.ip, helo: `mail.${l.domain}` };
  return eopDelivery(raw, {
    ...eopPass(relay, l.domain, `dkim=pass (signature was verified)\r\n header.d=${l.domain}`),
    returnPath: `bounce@${l.domain}`,
  });
}

const WANT_LOOKALIKE = { ...NOT_TRUSTED, findings: ['lookalike-domain'] };

interface Spec {
  name: string;
  cls: string;
  lure: Lure;
  outlook?: boolean;
  about: string;
  expect: object;
}

const SPECS: Spec[] = [
  {
    name: 'probe68-gmail-apple-icloud-photos-online',
    cls: 'word-label-second-brand-held',
    lure: {
      domain: 'apple-icloud-photos.example',
      from: 'Photo Library',
      local: 'noreply',
      subject: 'Your photo library is full: 2,318 photos will be deleted',
      body: 'Your storage is full. Upgrade within 48 hours or your photos and videos will be deleted.\r\nKeep my photos: https://apple-icloud-photos.example/keep\r\n',
      ip: ATTACKER_IP,
    },
    about:
      'Gmail, online. The attacker owns apple-icloud-photos.example (SPF, DKIM s1, DMARC p=reject; Gmail records all three pass) and sends the classic "storage full, photos deleted" lure as "Photo Library <noreply@apple-icloud-photos.example>" (no brand word in the display name). "apple" is a WORD_LABEL and neither "icloud" nor "photos" is a LURE_WORD, but "icloud" is itself a brand label (icloud.com, Apple\'s mailbox domain) and no WORD_LABEL: borrowed. Pins it. Wanted: not trusted (lookalike-domain: icloud.com)',
    expect: WANT_LOOKALIKE,
  },
  {
    name: 'probe68-gmail-app-store-display-apple-purchase-cancel-online',
    cls: 'display-and-lookalike',
    lure: {
      domain: 'apple-purchase-cancel.example',
      from: 'App Store',
      local: 'no_reply',
      subject: 'Your receipt from Apple: Final Cut Pro, £299.99',
      body: 'You purchased Final Cut Pro for £299.99. If you did not make this purchase, cancel it within 24 hours: https://apple-purchase-cancel.example/cancel\r\n',
      ip: ATTACKER_IP,
    },
    about:
      'Gmail, online. The fake App Store receipt: the attacker owns apple-purchase-cancel.example (SPF, DKIM s1, DMARC p=reject; Gmail records all pass) and writes as "App Store <no_reply@apple-purchase-cancel.example>", Apple\'s own sender name for receipts, which is no display-name word of Apple\'s (apple id, apple support, icloud, itunes). "apple" is a WORD_LABEL, and neither "purchase" nor "cancel" is a LURE_WORD: the display name and the look-alike together pass. Wanted: not trusted (lookalike-domain: apple.com\'s name)',
    expect: WANT_LOOKALIKE,
  },
  {
    name: 'probe68-outlook-meta-business-ads-online',
    cls: 'word-label-missed-lure',
    outlook: true,
    lure: {
      domain: 'meta-business-ads.example',
      from: 'Meta for Business',
      local: 'policy',
      subject: 'Your ad account has been restricted: appeal within 24 hours',
      body: 'Your ads violated our Advertising Standards and your Page will be unpublished.\r\nRequest a review: https://meta-business-ads.example/appeal\r\n',
      ip: ATTACKER_IP,
    },
    about:
      'Outlook (Microsoft 365 reader), online. The attacker owns meta-business-ads.example with SPF, DKIM s1 and DMARC p=reject; EOP records spf, dkim, dmarc and compauth pass. "Meta for Business <policy@meta-business-ads.example>" sends the ad-account-restricted lure that targets page owners. "meta" is a WORD_LABEL; "business" and "ads" are not LURE_WORDS; Meta\'s display-name words are only facebook and instagram, so display-name-brand stays silent too. Wanted: not trusted (lookalike-domain: meta.com\'s name)',
    expect: WANT_LOOKALIKE,
  },
  {
    name: 'probe68-gmail-office-365-mfa-online',
    cls: 'word-label-missed-lure',
    lure: {
      domain: 'office-365-mfa.example',
      from: 'IT Service Desk',
      local: 'it',
      subject: 'Action required: re-register multi-factor authentication',
      body: 'Your multi-factor authentication registration expires today.\r\nRe-register: https://office-365-mfa.example/register\r\n',
      ip: ATTACKER_IP,
    },
    about:
      'Gmail, online. The attacker owns office-365-mfa.example (full pass) and sends an MFA re-registration lure as "IT Service Desk <it@office-365-mfa.example>" (no brand word). The brand word is split by a hyphen from its digits ("office", "365", "mfa"): "office" is a WORD_LABEL and neither "365" nor "mfa" is a LURE_WORD; "office365" (a Microsoft label) appears only across the hyphen. Wanted: not trusted (lookalike-domain: office.com or office365.com)',
    expect: WANT_LOOKALIKE,
  },
  {
    name: 'probe68-outlook-cyrillic-a-apple-support-online',
    cls: 'homoglyph-in-hyphenated-held',
    outlook: true,
    lure: {
      domain: 'xn--pple-support-w9j.example',
      from: 'Support',
      local: 'support',
      subject: 'Your Apple ID has been locked',
      body: 'Your account was locked for security reasons. Unlock it: https://xn--pple-support-w9j.example/unlock\r\n',
      ip: ATTACKER_IP,
    },
    about:
      'Outlook (Microsoft 365 reader), online. The attacker registers аpple-support.example with a Cyrillic "а" (U+0430), xn--pple-support-w9j.example, full pass recorded by EOP; "Support <support@…>" (no brand word). Its hyphenated parts are split before folding ("аpple" is not "apple"); the name is read as a look-alike of apple.com all the same (its skeleton, beside the lure word "support"). Pins it. Wanted: not trusted (lookalike-domain)',
    expect: WANT_LOOKALIKE,
  },
  {
    name: 'probe68-gmail-amazon-refund-claim-online',
    cls: 'word-label-lure-held',
    lure: {
      domain: 'amazon-refund-claim.example',
      from: 'Order Refunds',
      local: 'refunds',
      subject: 'Refund of £89.99 pending: confirm your card',
      body: 'We could not process your refund. Confirm your payment card: https://amazon-refund-claim.example/claim\r\n',
      ip: ATTACKER_IP,
    },
    about:
      'Gmail, online. The attacker owns amazon-refund-claim.example (full pass) and sends "Order Refunds <refunds@…>" (no brand word). "amazon" is a WORD_LABEL, and "refund" is a LURE_WORD: borrowed. Pins the narrowing on the side it holds. Wanted: not trusted (lookalike-domain: amazon.com)',
    expect: WANT_LOOKALIKE,
  },
  {
    name: 'probe68-outlook-microsoft-office-teams-online',
    cls: 'brand-label-held',
    outlook: true,
    lure: {
      domain: 'microsoft-office-teams.example',
      from: 'Teams',
      local: 'noreply',
      subject: 'You have 3 missed messages in Teams',
      body: 'Your colleagues are trying to reach you. Open Teams: https://microsoft-office-teams.example/chat\r\n',
      ip: ATTACKER_IP,
    },
    about:
      'Outlook (Microsoft 365 reader), online. The attacker owns microsoft-office-teams.example (EOP records a full pass), "Teams <noreply@…>" (no brand word). "teams" is no LURE_WORD but "microsoft" is no WORD_LABEL: borrowed whatever its neighbours. Pins it. Wanted: not trusted (lookalike-domain: microsoft.com)',
    expect: WANT_LOOKALIKE,
  },
  {
    name: 'probe68-gmail-appleidsupport-glued-online',
    cls: 'brand-glued',
    lure: {
      domain: 'appleidsupport.example',
      from: 'Account Security',
      local: 'security',
      subject: 'Your account has been locked for security reasons',
      body: 'Your account was locked after too many sign-in attempts. Unlock it: https://appleidsupport.example/unlock\r\n',
      ip: ATTACKER_IP,
    },
    about:
      'Gmail, online. The attacker owns appleidsupport.example (full pass) and sends "Account Security <security@appleidsupport.example>" (no brand word). No hyphen: the label is "appleidsupport" whole, so the part test never sees "apple", and reasonRead\'s glued reading (a name with up to eight letters glued on) is asked of remembered senders only, never of brand targets. Wanted: not trusted (lookalike-domain: apple.com)',
    expect: WANT_LOOKALIKE,
  },
  {
    name: 'probe68-outlook-officeverify-glued-online',
    cls: 'brand-glued',
    outlook: true,
    lure: {
      domain: 'officeverify.example',
      from: 'Mailbox Administrator',
      local: 'admin',
      subject: 'Verify your mailbox to keep receiving mail',
      body: 'Your mailbox will stop receiving mail today. Verify it: https://officeverify.example/mailbox\r\n',
      ip: ATTACKER_IP,
    },
    about:
      'Outlook (Microsoft 365 reader), online. The attacker owns officeverify.example (EOP records a full pass) and sends the mailbox-verification lure as "Mailbox Administrator <admin@officeverify.example>" (no brand word). "office" glued to the LURE_WORD "verify" with no hyphen: the part test needs hyphens, and glued() is asked of remembered senders only. Wanted: not trusted (lookalike-domain: office.com)',
    expect: WANT_LOOKALIKE,
  },
  {
    name: 'probe68-gmail-apple-subdomain-support-desk-online',
    cls: 'brand-in-subdomain',
    lure: {
      domain: 'apple.support-desk.example',
      from: 'Support',
      local: 'support',
      subject: 'Your account has been locked for security reasons',
      body: 'Your account was locked. Unlock it: https://apple.support-desk.example/unlock\r\n',
      ip: ATTACKER_IP,
    },
    about:
      'Gmail, online. The attacker owns support-desk.example and mails from its subdomain apple.support-desk.example (SPF, DKIM s1 and DMARC p=reject on that name; Gmail records pass), "Support <support@apple.support-desk.example>": Gmail shows the address, which starts with "apple". reasonRead reads a brand in front only as a whole brand domain (apple.com.…) or, for remembered senders, a label; a brand\'s bare label as a subdomain is not read. Wanted: not trusted (lookalike-domain: apple.com)',
    expect: WANT_LOOKALIKE,
  },
  {
    name: 'probe68-gmail-apple-valley-care-control-online',
    cls: 'control',
    lure: {
      domain: 'apple-valley-care.example',
      from: 'Apple Valley Care Center',
      local: 'billing',
      subject: "Your mother's November statement",
      body: "Dear Robin,\r\n\r\nyour mother's November statement is attached. Questions: reply or call the front desk.\r\n\r\nApple Valley Care Center\r\n",
      ip: BANK_IP,
    },
    about:
      'Control, Gmail, online. A genuine care home in Apple Valley, California mails a family member from its own apple-valley-care.example (SPF, DKIM s1, DMARC p=reject, all its own; Gmail records pass). Its hyphenated name holds "apple" (a WORD_LABEL) beside "care" (a LURE_WORD) and "valley". Wanted: authenticated (a place name, not a borrowed brand)',
    expect: AUTHENTICATED,
  },
  {
    name: 'probe68-outlook-amazon-conservation-control-online',
    cls: 'control',
    outlook: true,
    lure: {
      domain: 'amazon-conservation.example',
      from: 'Amazon Conservation',
      local: 'donors',
      subject: 'Thank you for your gift to the rainforest',
      body: 'Dear Robin,\r\n\r\nthank you for your November gift. Your receipt is attached.\r\n\r\nAmazon Conservation\r\n',
      ip: BANK_IP,
    },
    about:
      'Control, Outlook (Microsoft 365 reader), online. A genuine rainforest charity mails a donor from its own amazon-conservation.example (full pass recorded by EOP). "amazon" is a WORD_LABEL beside "conservation" (no LURE_WORD); its display name "Amazon Conservation" holds Amazon\'s display-name word "amazon". Wanted: authenticated',
    expect: AUTHENTICATED,
  },
];

export async function makeAll(write: CaseWriter): Promise<void> {
  let n = 1;
  for (const s of SPECS) {
    const id = `680${n++}`;
    emit(write, {
      name: s.name,
      about: s.about,
      cls: s.cls,
      eml: s.outlook ? await toOutlook(s.lure) : await toGmail(s.lure, id),
      zone: ownZone(s.lure.domain, s.lure.ip),
      args: s.outlook ? OUTLOOK : GMAIL,
      expect: s.expect,
    });
  }
}

export const make = (write: CaseWriter) => probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
