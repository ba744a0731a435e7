// Red-team probes, seventy-sixth round (December 2026): bending this morning's new rules,
// list-footer-lure (lib/findings/list.ts lureTarget, lib/auth/footer-markup.ts footerLure and
// FOOTER_LURE) and display-name-domain's new exemptions (lib/findings/display-name.ts domainInName:
// productName/PRODUCT_ENDINGS, the CJK trading-name skip, the Catalan `l·l` fold).
// - The attacker's own Mailman 3 list re-posts the bank's (northbank.example, p=reject) genuine
//   signed notice with a footer lure the new rule misses: scare words FOOTER_LURE lacks ("account on
//   hold", "unusual activity", French "compte suspendu"), words split by a soft hyphen, a target on
//   the list's own host or named in his own List-Help (so it counts as the list's own), a phone
//   number only.
// - Display names riding the exemptions over his own aligned domain: "Northbank.NET" (read as a
//   product), "北岸銀行.com" (read as a CJK trading name).
// Controls: a genuine community list with a plain Mailman footer; a Catalan name with `l·l` over
// its own authenticated domain.
// Layouts: Gmail's delivery as test/corpus/receivers.ts gmailDelivery; Mailman fields and footer as
// test/corpus/list-shapes.ts (Mailman 3's documentation, "DMARC Mitigations"), as probe75 used.
// Names and addresses are documentation ones.

import { signCorpus } from '../../helpers/corpus';
import {
  ATTACKER_IP,
  authenticZone,
  BANK,
  BANK_IP,
  BANK_KEY,
  GMAIL,
  genuineBankNotice,
  NOT_TRUSTED,
  ptr,
} from '../kit';
import { keyZone, mailmanFooter, mailmanHeaders, sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { LISTED, type ProbeCase, probeCorpus, probeEmitter, READER_MX } from '../rounds-kit';

/** Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is fixed. */
// The six own-list footer probes read "unverified" (list-modified, arc-untrusted-sealer,
// dmarc-fail; no list-footer-lure), though the same footer saying "Card blocked? Write to
// help-desk@attacker.example" reads suspicious (list-footer-lure): checked while writing.
// Wanted: not trusted. Rules: lib/auth/footer-markup.ts footerLure/FOOTER_LURE and
// lib/findings/list.ts lureTarget.
// - account-on-hold / compte-suspendu: FOOTER_LURE lacks account/hold/unusual activity/compte/
//   suspendu/Konto. Fix: add account, hold, unusual, compte, suspendu(e), konto, eingeschränkt,
//   cuenta, suspendida, conta (whole words). Risk: a genuine list footer with "account" ("Manage
//   your account at https://lists.…") reads suspicious only where its target is off the list's
//   List-* fields: stock Mailman/Google footers stay clear; a list whose help page is elsewhere hits.
// - soft-hyphen: the words are read with U+00AD (and zero-width U+200B-U+200D, U+2060, U+FEFF) kept.
//   Fix: drop those characters before FOOTER_LURE. Risk: none seen (invisible characters).
// - lure-page-on-list-host / list-help-mailto: lureTarget counts every host or address of the
//   List-* fields as the list's own, and those fields are the attacker's. Fix: count as own only
//   the exact List-* URLs (not their whole host) and only list-management addresses (the List-Post
//   address and its -request/-owner/-bounces/-join/-leave forms, Google's googlegroups-manage+…);
//   an address of another local part (card-desk@) is a target even if a List-* field names it.
//   Risk: a genuine list linking a page of
//   its own host in its footer beside a lure word ("Forgot your password? https://lists.…/
//   mailman3/accounts/password/reset") would read suspicious; keep Mailman/HyperKitty's own paths.
// - phone-number-only: footerLure returns null without an address or host. Fix: a lure word beside
//   a phone number (E.164 or national, 7+ digits) is a target. Risk: a list footer giving a phone
//   number next to "card" is rare; a charity list's "donate by card: call …" would hit (medium).
// The two display-name probes read "authenticated" (dmarc-policy-none only; "Northbank.COM" and
// "Northbank·la" read suspicious, display-name-domain, checked while writing). Rule:
// lib/findings/display-name.ts domainInName.
// - northbank-dot-net-product: productName takes any mixed-case head before .NET/.IO/.AI for a
//   product. Fix: a product only where the head is a known framework shape (an acronym, or the name
//   carries no other domain-looking word) and the head is not a domain label that resolves with
//   a DMARC record in the zone; simplest, apply the product skip only when the head is ≤ 4 letters
//   or contains a capital after its first letter (ASP, Math, Socket stay; "Northbank" would not).
//   Risk: "Dotnet.IO"-style product names from a third party would read suspicious (medium).
// - cjk-bank-dot-com: the CJK skip exempts any CJK label before any suffix. Fix: only `.com`
//   with a label of ≤ 4 characters that is no bank/finance word (銀行, 银行, 은행, 証券, 金融), or
//   only where the From domain's org is the trading name's owner (kakaku.com). Risk: another CJK
//   trading name over a sender not its own (a reseller mailing as 価格.com) reads suspicious.
// Fixed at 09:22 on 2026-12-05: FOOTER_LURE (lib/auth/footer-markup.ts) has the scare words of
// cases 1-2 (on hold, unusual, suspendu…) and reads past soft hyphens and tags inside a word; a
// List-Help or List-Owner address is no part of the list's machinery (lib/findings/list.ts
// lureTarget); a bank in CJK script (銀行) is no trading-name style (display-name.ts CJK_FINANCE).
// Kept out by choice (the lead, 09:22): a lure page on the list's own host (a genuine list's footer
// links its own pages by their host, not only the exact List-* link), a phone number alone (a
// charity's "donate by card: call …"), `Northbank.NET` (`Socket.IO`'s shape).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe76-gmail-own-list-footer-lure-page-on-list-host',
  'probe76-gmail-own-list-footer-phone-number-only',
  'probe76-gmail-own-list-name-northbank-dot-net-product',
]);

const LIST = 'lists.attacker.example';
const GOOD_LIST = 'lists.northbank-customers.example';
const GOOD_IP = '198.51.100.76';
const ZONE = {
  ...BANK,
  ...BANK_KEY,
  ...authenticZone('attacker.example', ATTACKER_IP),
  ...READER_MX,
  ...keyZone([`arc._domainkey.${LIST}`, `arc._domainkey.${GOOD_LIST}`, `s1._domainkey.${LIST}`]),
  [LIST]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
  [`_dmarc.${LIST}`]: { TXT: ['v=DMARC1; p=none'] },
  [GOOD_LIST]: { TXT: [`v=spf1 ip4:${GOOD_IP} -all`] },
  ...ptr(ATTACKER_IP, 'mail.attacker.example'),
  ...ptr(GOOD_IP, `mail.${GOOD_LIST}`),
};
const emit = probeEmitter(ZONE);

const bankInto = (by: string, id: string) =>
  `Received: from mail.northbank.example (mail.northbank.example [${BANK_IP}])\r\n\tby ${by} (Postfix) with ESMTPS id ${id};\r\n\tFri, 20 Nov 2026 10:00:02 +0000`;

/** `notice` re-posted by a Mailman 3 list at `host`: tag, fields (`fields` edits them), `footer` appended, sealed i=1. */
async function listRepost(
  notice: string,
  host: string,
  footer: string,
  id: string,
  fields: (h: string) => string = (h) => h,
): Promise<string> {
  return sealCorpus(
    onTop(
      notice
        .replace('Subject: Your statement is ready', 'Subject: [Northbank notices] Your statement is ready')
        .concat(`\r\n${footer}`),
      ...mailmanHeaders('notices', host, 'Northbank notices').map((h) =>
        fields(h.replace('X-Mailman-Version: 2.1.39', 'X-Mailman-Version: 3.3.9')),
      ),
      bankInto(host, id),
    ),
    {
      domain: host,
      cv: 'none',
      authResults: `${host};\r\n       dkim=pass header.d=northbank.example header.s=nb1;\r\n       dmarc=pass header.from=northbank.example`,
    },
  );
}

/** Gmail's delivery of a post from the list at `host` (relay `ip`), the bank's dkim broken by the footer. */
const gmailFromList = (raw: string, host: string, ip: string, n: string) =>
  gmailDelivery(raw, {
    relay: { helo: `mail.${host}`, rdns: host === LIST ? 'mail.attacker.example' : `mail.${host}`, ip },
    envelope: `notices-bounces@${host}`,
    spf: 'pass',
    ids: [`x76csp77004${n}pxa`, `a1si77004${n}qtb.76`],
    deliveredTo: true,
    results: `dkim=fail header.i=@northbank.example header.s=nb1 header.b=Q29ycHVz;\r\n       arc=pass (i=1 dkim=pass dkdomain=northbank.example dmarc=pass fromdomain=northbank.example);\r\n       ${gmailSpf(`notices-bounces@${host}`, ip)}\r\n       ${gmailDmarc('northbank.example', 'REJECT', 'fail')} arc=pass`,
  });

/** The footer Mailman writes for the attacker's list with its listinfo line replaced by `lure`. */
const lureFooter = (lure: string) =>
  mailmanFooter('notices', LIST, 'Northbank notices').replace(
    `https://${LIST}/mailman/listinfo/notices`,
    lure,
  );

/** His own list signs a post of his own (aligned, p=none) shown as `shown`, delivered to Gmail. */
async function ownPost(shown: string, n: string): Promise<string> {
  const signed = await signCorpus(
    onTop(
      submitted({
        from: `"${shown}" <alerts@${LIST}>`,
        subject: 'Your card is blocked',
        body: 'We blocked a payment on your card. Confirm it at https://secure-verify.attacker.example/confirm\r\n',
      }),
      ...mailmanHeaders('alerts', LIST, 'Alerts'),
    ),
    { domain: LIST, selector: 's1' },
  );
  return gmailDelivery(signed, {
    relay: { helo: `mail.${LIST}`, rdns: 'mail.attacker.example', ip: ATTACKER_IP },
    envelope: `alerts-bounces@${LIST}`,
    spf: 'pass',
    ids: [`x76csp99${n}pxa`, `a1si99${n}qtb.76`],
    deliveredTo: true,
    results: `${gmailDkim(LIST, 's1')}\r\n       ${gmailSpf(`alerts-bounces@${LIST}`, ATTACKER_IP)}\r\n       ${gmailDmarc(LIST, 'NONE', 'pass')}`,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const probes: ProbeCase[] = [];
  const genuine = await genuineBankNotice();
  const ownList = async (
    name: string,
    about: string,
    footer: string,
    n: string,
    fields?: (h: string) => string,
  ) =>
    probes.push({
      name,
      about,
      class: 'probe76-own-list-footer',
      args: GMAIL,
      eml: gmailFromList(
        await listRepost(genuine, LIST, footer, `4ZtR76a${n}`, fields),
        LIST,
        ATTACKER_IP,
        n,
      ),
      expect: NOT_TRUSTED,
    });

  await ownList(
    'probe76-gmail-own-list-footer-account-on-hold-unusual-activity',
    "The attacker's own Mailman 3 list (notices@lists.attacker.example) re-posts the bank's genuine signed notice to the reader's Gmail with the footer \"Account on hold after unusual activity? Write to help-desk@attacker.example\": no word of FOOTER_LURE (card, blocked, verify…), so footerLure returns nothing. Gmail: dkim=fail (footer), arc=pass, dmarc=fail. Read in Gmail, online. Wanted: not trusted (list-footer-lure)",
    lureFooter('Account on hold after unusual activity? Write to help-desk@attacker.example'),
    '01',
  );
  await ownList(
    'probe76-gmail-own-list-footer-compte-suspendu-french',
    'As probe76-gmail-own-list-footer-account-on-hold-unusual-activity for a French-speaking reader: "Compte suspendu ? Écrivez à service-client@attacker.example" (FOOTER_LURE keeps carte and bloqué, not compte or suspendu). Read in Gmail, online. Wanted: not trusted',
    lureFooter('Compte suspendu ? \u00c9crivez \u00e0 service-client@attacker.example'),
    '02',
  );
  await ownList(
    'probe76-gmail-own-list-footer-soft-hyphen-split-words',
    'The footer says "Card blocked? Write to help-desk@attacker.example" with a soft hyphen (U+00AD, invisible in a mail app) inside each lure word (Ca\u00adrd bl\u00adocked), so the whole-word FOOTER_LURE reads neither. Read in Gmail, online. Wanted: not trusted',
    lureFooter('Ca\u00adrd bl\u00adocked? Write to help-desk@attacker.example'),
    '03',
  );
  await ownList(
    'probe76-gmail-own-list-footer-lure-page-on-list-host',
    "The lure links a page on the list's own host: \"Card blocked? Unblock it at https://lists.attacker.example/card-desk\". lureTarget counts every host in the List-* fields (List-Archive gives lists.attacker.example) as the list's own, and the list is the attacker's. Read in Gmail, online. Wanted: not trusted",
    lureFooter(`Card blocked? Unblock it at https://${LIST}/card-desk`),
    '04',
  );
  await ownList(
    'probe76-gmail-own-list-help-mailto-card-desk',
    "The attacker's list sets List-Help: <mailto:card-desk@attacker.example> and its footer says \"Card blocked? Write to card-desk@attacker.example\": the lure's address is one the list's own List-* fields give, so lureTarget skips it. Read in Gmail, online. Wanted: not trusted",
    lureFooter('Card blocked? Write to card-desk@attacker.example'),
    '05',
    (h) => (h.startsWith('List-Help:') ? 'List-Help: <mailto:card-desk@attacker.example>' : h),
  );
  await ownList(
    'probe76-gmail-own-list-footer-phone-number-only',
    'The footer gives only a phone number: "Card blocked? Call the card desk on +44 20 7946 0176, 24 hours". footerLure needs an address or host name as target, so nothing is found. Read in Gmail, online. Wanted: not trusted (a call-back lure is the commonest voice-phishing path)',
    lureFooter('Card blocked? Call the card desk on +44 20 7946 0176, 24 hours'),
    '06',
  );

  // --- display names riding the new exemptions ------------------------------------------------
  probes.push({
    name: 'probe76-gmail-own-list-name-northbank-dot-net-product',
    about:
      "The attacker's own domain (lists.attacker.example, aligned, p=none) sends \"Northbank.NET\" <alerts@lists.attacker.example>: the bank's name with .NET in capitals, which productName takes for a product (ASP.NET), so display-name-domain never fires, though a reader sees a bank's domain (a bank at northbank.net would be named exactly so). Read in Gmail, online. Wanted: not trusted (display-name-domain)",
    class: 'probe76-display-name',
    args: GMAIL,
    eml: await ownPost('Northbank.NET', '01'),
    expect: NOT_TRUSTED,
  });
  probes.push({
    name: 'probe76-gmail-own-list-name-cjk-bank-dot-com',
    about:
      "The attacker's own domain sends \"北岸銀行.com\" <alerts@lists.attacker.example>: a bank's name in Chinese script with .com, which the CJK trading-name skip (価格.com) leaves alone, though for a Hong Kong or Taiwan reader it is the bank's domain (an IDN a reader can type). Read in Gmail, online. Wanted: not trusted (display-name-domain)",
    class: 'probe76-display-name',
    args: GMAIL,
    eml: await ownPost('\u5317\u5cb8\u9280\u884c.com', '02'),
    expect: NOT_TRUSTED,
  });

  // --- controls ------------------------------------------------------------------------------------
  probes.push({
    name: 'probe76-control-genuine-community-list-bank-notice',
    about:
      "Control: a genuine community list (lists.northbank-customers.example) re-posts the bank's genuine signed notice with its tag and a plain Mailman footer; it seals i=1. Gmail: dkim=fail (footer), arc=pass, dmarc=fail. Read in Gmail, online. Wanted: unverified, list-modified, no list-footer-lure",
    class: 'probe76-control',
    args: GMAIL,
    eml: gmailFromList(
      await listRepost(
        genuine,
        GOOD_LIST,
        mailmanFooter('notices', GOOD_LIST, 'Northbank notices'),
        '4ZtR76c01',
      ),
      GOOD_LIST,
      GOOD_IP,
      '90',
    ),
    expect: LISTED,
  });
  probes.push({
    name: 'probe76-control-catalan-name-l-middle-dot-l',
    about:
      'Control: a sender\'s own aligned domain shows "Col·legi de Sil·la" (Catalan l·l, no domain). Read in Gmail, online. Wanted: authenticated, no display-name-domain',
    class: 'probe76-control',
    args: GMAIL,
    eml: await ownPost('Col\u00b7legi de Sil\u00b7la', '90'),
    expect: { verdict: 'authenticated' },
  });

  for (const p of probes) emit(write, p);
}

export const make = (write: CaseWriter) => probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
