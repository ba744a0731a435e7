// Red-team probes, seventy-seventh round (December 2026): display-name-domain
// (lib/findings/display-name.ts domainInName: DOMAIN_WORD, NAME_TLDS, the Latin-only country-code
// rule, productName, CJK_FINANCE) read offline, where only the provider's record is there:
// Outlook on the web (EOP's id-less Authentication-Results with compauth) and Gmail (mx.google.com).
// The attacker owns nb-kontoservice.example (SPF for his server, his own key, p=none), so the
// provider records an aligned DMARC pass and only the display-name findings stand between his lure
// and "authenticated". Probed: the bank's (northbank.example, p=reject) domain shown
// - in another script or form: a Cyrillic country code after the bank's Latin label
//   (`northbank.рф`), a Greek omicron in `nοrthbank.example`;
// - under a two-level suffix banks use (`.bank.in`, the suffix India's banks moved to in 2025);
// - glued to a word with an underscore (`northbank.example_Security`) or a colon
//   (`northbank.example:Alerts`);
// - in the Sender field (Outlook shows "<Sender name> on behalf of <From name>") rather than From.
// Controls: the bank's genuine notice in Outlook, and a German shop whose name is its own IDN
// (`bücher.example` over xn--bcher-kva.example), both aligned and read authenticated.
// Offline: no zone (the runner resolves nothing), as probe70's offline cases.
// Layouts: EOP's delivery and results as test/corpus/receivers.ts eopDelivery/eopPass (learnt
// there from Exchange Online deliveries, test/corpus/m365-shapes.ts); Gmail's as gmailDelivery.
// Names and addresses are documentation ones.

import { ATTACKER_IP, AUTHENTICATED, BANK_IP, emitCase, GMAIL, NOT_TRUSTED, OUTLOOK, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';

/** Probes HeaderLens reads wrong today (see the seventy-seventh round's report). */
// (A) gmail-offline-name-cyrillic-country-code reads authenticated (dmarc-policy-none only):
// domainInName skips a suffix whose TLD is not in NAME_TLDS nor two Latin letters (the 汇丰·香港
// rule), so `northbank.рф` is no domain. Fix: skip a non-Latin IDN country code only when the label
// before it is in the same script (Han before 香港/中国, Cyrillic before рф); a Latin label under
// a non-Latin TLD (or the reverse) is a domain shown. Risk: a Latin brand written with a middle dot
// before a CJK place name (`HSBC·香港`) would warn as display-name-domain (medium) where it is not
// its own domain.
// (B) outlook-offline-name-underscore-glued-word (no finding) and
// gmail-offline-name-cyrillic-o-after-underscore (authenticated): DOMAIN_WORD's lookbehind and
// lookahead count `_` as part of the word, so `northbank.example_Security` and
// `Security_nоrthbank.example` show no domain word (a colon is read: gmail-…-colon-glued-word
// holds). Fix: treat `_` as a boundary in DOMAIN_WORD (drop it from both classes). Risk: a
// snake_case identifier holding a dotted name (`config.example_v2` in an automated sender's name)
// would warn; host names cannot contain `_` in their last label, so the domain read stays exact.
// (C) outlook-offline-sender-field-bank-domain (no finding, unverified): displayNameRule reads only
// From; Outlook shows "<Sender name> on behalf of <From name>". Fix: run domainInName (and the
// embedded-address check) on the Sender's display name too, against the Sender's domain, when
// Sender differs from From. Risk: a list or a delegate whose Sender name is another domain
// ("lists.other.example on behalf of …") would warn (medium); lists set Sender to their own address.
// (D) outlook-offline-name-greek-omicron and outlook-offline-name-two-level-bank-in read unverified
// with display-name-domain found: offline in Outlook EOP's record proves nothing, and a medium
// finding does not lift unverified (lib/findings/verdict.ts, README row 3, lifts only a high impersonation
// finding: impersonation-unchecked). Wanted: suspicious. Fix: offline with nothing checked, count
// display-name-domain (a domain not the From's, shown as the name) among the findings that make
// impersonation-unchecked. Risk: a genuine third-party sender naming its client's domain
// ("Booking.com" from an ESP's own domain) reads suspicious offline in Outlook, as it already does
// online.
// (E) gmail-offline-idn-shop-own-name-control reads suspicious (display-name-domain "bucher.example"):
// the name's Unicode IDN `bücher.example` (and its skeleton `bucher.example`) is compared with the
// punycode From domain. Fix: in domainInName, convert each domain read to ASCII (url.domainToASCII)
// before sameOrg, and skip the skeleton readings of a word whose as-written form is the From's own.
// Risk: none seen for spoofs (the name then shows the sender's own domain).
// Fixed at 09:33 on 2026-12-05 (lib/findings/display-name.ts, domainInName): a Latin name under
// another script's suffix is a domain shown (`northbank.рф`); an underscore joins no word to a host
// name; a skeleton reading of the sender's own IDN name is its own (`bücher.example`): the Gmail
// cases read suspicious, the IDN control authenticated.
// Kept out by choice (the lead, 09:33): offline in Outlook, EOP's record proves no pass, so these
// read unverified with the name's finding in the summary (the bank's own notice reads unverified
// there too); a domain shown as the Sender's name (`… on behalf of …`) is not read.
// Found passing on 2026-12-07 at 13:0x (a later engine change read them right; the pending
// check named them): probe77-outlook-offline-name-greek-omicron, probe77-outlook-offline-name-two-level-bank-in, probe77-outlook-offline-name-underscore-glued-word. Moved out of pending.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe77-outlook-offline-sender-field-bank-domain',
]);

const NB = 'northbank.example';
const OWN = 'nb-kontoservice.example';
const VPS = { helo: `mail.${OWN}`, rdns: 'mail.attacker.example', ip: ATTACKER_IP };
/** Offline in Outlook nothing proves a pass: the genuine notice reads unverified, honestly. */
const UNVERIFIED = { verdict: 'unverified' };
const TENANT = 'Robin Reader <robin@reader.example>';
const GMAIL_TO = 'Robin Reader <robin.reader@gmail.com>';

const lure = (from: string, to: string, extraHeaders: string[] = []) =>
  submitted({
    from,
    to,
    subject: 'Card suspended: confirm your details today',
    extraHeaders,
    body: 'We could not verify a recent payment. Confirm your card within 24 hours:\r\nhttps://nb-verify.attacker.example/c\r\n',
  });

const eopDkimPass = (d: string) => `dkim=pass (signature was verified)\r\n header.d=${d}`;

/** EOP's delivery into the reader's tenant of `raw`, signed by and aligned with `d`, from `relay`. */
const intoOutlook = (raw: string, d: string, relay = VPS) =>
  eopDelivery(raw, {
    ...eopPass(relay, d, eopDkimPass(d)),
    returnPath: `<bounce@${d}>`,
  });

/** Gmail's delivery of `raw`, signed by and aligned with `d` (p=none), from `relay`. */
const intoGmail = (raw: string, d: string, n: string, relay = VPS, policy = 'NONE') =>
  gmailDelivery(raw, {
    relay,
    envelope: `bounce@${d}`,
    spf: 'pass',
    ids: [`x77csp${n}pxa`, `a1si77${n}qtb.77`],
    deliveredTo: true,
    results: `${gmailDkim(d, 's1')}\r\n       ${gmailSpf(`bounce@${d}`, relay.ip)}\r\n       ${gmailDmarc(d, policy, 'pass')}`,
  });

export async function makeAll(write: CaseWriter): Promise<void> {
  const cls = (c: string) => `probe77-${c}`;
  const own = async (from: string, to: string, extra: string[] = []) =>
    signAll(lure(from, to, extra), [[OWN, 's1']]);

  // Outlook offline: the bank's domain shown in the From name, in several forms.
  const outlookNames: Array<[string, string, string, string]> = [
    [
      'greek-omicron',
      `"n\u03BFrthbank.example" <alerts@${OWN}>`,
      "the bank's domain with a Greek omicron (U+03BF) for its first o",
      'display-name',
    ],
    [
      'two-level-bank-in',
      `"northbank.bank.in" <alerts@${OWN}>`,
      "the bank's name under .bank.in, the two-level suffix India's banks moved to in 2025",
      'display-name',
    ],
    [
      'underscore-glued-word',
      `"${NB}_Security" <alerts@${OWN}>`,
      "the bank's domain glued to a word with an underscore (`northbank.example_Security`), as senders write a department after a domain",
      'display-name',
    ],
  ];
  for (const [tail, from, what, c] of outlookNames)
    emitCase(write, {
      name: `probe77-outlook-offline-name-${tail}`,
      about: `The attacker owns ${OWN} (SPF for his server, his own key, p=none) and mails From: ${from} to the reader's Microsoft 365 mailbox; EOP records spf, dkim and dmarc=pass action=none for ${OWN}, compauth=pass reason=100. Probed: ${what}. Offline in Outlook on the web, only EOP's record to go on. Wanted: not authenticated, not unverified (display-name-domain)`,
      class: cls(c),
      eml: intoOutlook(await own(from, TENANT), OWN),
      args: [...OUTLOOK],
      expect: NOT_TRUSTED,
    });

  // Outlook offline: the bank's domain in the Sender field: "northbank.example on behalf of Security Team".
  const senderFrom = `"Security Team" <alerts@${OWN}>`;
  emitCase(write, {
    name: 'probe77-outlook-offline-sender-field-bank-domain',
    about: `The attacker's own aligned ${OWN} (p=none) sends From: ${senderFrom} with Sender: "${NB}" <bounce@${OWN}>. Outlook on the web shows the Sender's name first, "${NB} on behalf of Security Team", so the reader sees the bank's domain as the sender; EOP records spf, dkim and dmarc=pass action=none for ${OWN}. Offline in Outlook on the web. Wanted: not authenticated, not unverified (the bank's domain shown, in Sender's name, by a sender not the bank)`,
    class: cls('sender-field'),
    eml: intoOutlook(await own(senderFrom, TENANT, [`Sender: "${NB}" <bounce@${OWN}>`]), OWN),
    args: [...OUTLOOK],
    expect: NOT_TRUSTED,
  });

  // Outlook offline control: the bank's genuine notice, signed, from its own server.
  const BANK_OUT = { helo: 'mail.northbank.example', rdns: 'mail.northbank.example', ip: BANK_IP };
  emitCase(write, {
    name: 'probe77-outlook-offline-genuine-bank-notice-control',
    about: `Control: the bank's notice From: "${NB}" <alerts@${NB}> (its own domain as its name), signed with its key and sent from its own server (${BANK_IP}); EOP records spf, dkim and dmarc=pass action=none, compauth=pass reason=100. Offline in Outlook on the web, where EOP's id-less record proves no pass (README, webmail profiles: Outlook trusts no authserv-id). Wanted: unverified, never suspicious or spoofed (the bank's own domain as its own name is no finding)`,
    class: cls('control'),
    eml: eopDelivery(
      await signAll(
        submitted({
          from: `"${NB}" <alerts@${NB}>`,
          to: TENANT,
          subject: 'Your statement is ready',
          body: 'Your November statement is ready in online banking.\r\n',
        }),
        [[NB, 'nb1']],
      ),
      { ...eopPass(BANK_OUT, NB, eopDkimPass(NB)), returnPath: `<bounce@${NB}>` },
    ),
    args: [...OUTLOOK],
    expect: UNVERIFIED,
  });

  // Gmail offline: where the provider's record makes the attacker's own pass "authenticated".
  const gmailNames: Array<[string, string, string, string]> = [
    [
      'cyrillic-country-code',
      `"northbank.\u0440\u0444" <alerts@${OWN}>`,
      "the bank's Latin label under the Cyrillic country code .рф (`northbank.рф`), as Russian banks show their .рф domains",
      '04',
    ],
    [
      'greek-omicron',
      `"n\u03BFrthbank.example" <alerts@${OWN}>`,
      "the bank's domain with a Greek omicron (U+03BF) for its first o",
      '05',
    ],
  ];
  for (const [tail, from, what, n] of gmailNames)
    emitCase(write, {
      name: `probe77-gmail-offline-name-${tail}`,
      about: `The attacker owns ${OWN} (SPF for his server, his own key, p=none) and mails From: ${from} to the reader's Gmail, which records dkim, spf and dmarc=pass (p=NONE) for ${OWN}. Probed: ${what}. Offline in Gmail, only mx.google.com's record to go on. Wanted: not authenticated, not unverified (display-name-domain)`,
      class: cls('display-name'),
      eml: intoGmail(await own(from, GMAIL_TO), OWN, n),
      args: [...GMAIL],
      expect: NOT_TRUSTED,
    });

  // Gmail offline: words glued to the domain with a colon and with an underscore.
  const colonFrom = `"${NB}:Alerts" <alerts@${OWN}>`;
  emitCase(write, {
    name: 'probe77-gmail-offline-name-colon-glued-word',
    about: `The attacker's own aligned ${OWN} (p=none) mails From: ${colonFrom} to the reader's Gmail, which records dkim, spf and dmarc=pass (p=NONE) for ${OWN}. Probed: the bank's domain glued to a word with a colon (\`${NB}:Alerts\`). Offline in Gmail. Wanted: not authenticated, not unverified (display-name-domain)`,
    class: cls('display-name'),
    eml: intoGmail(await own(colonFrom, GMAIL_TO), OWN, '01'),
    args: [...GMAIL],
    expect: NOT_TRUSTED,
  });
  const mixedFrom = `"Security_n\u043Erthbank.example" <alerts@${OWN}>`;
  emitCase(write, {
    name: 'probe77-gmail-offline-name-cyrillic-o-after-underscore',
    about: `The attacker's own aligned ${OWN} (p=none) mails From: ${mixedFrom} to the reader's Gmail (dkim, spf, dmarc=pass p=NONE for ${OWN}). Probed: a mixed-script domain (Cyrillic о, U+043E) after a word and an underscore (\`Security_nоrthbank.example\`). Offline in Gmail. Wanted: not authenticated, not unverified (display-name-domain)`,
    class: cls('display-name'),
    eml: intoGmail(await own(mixedFrom, GMAIL_TO), OWN, '02'),
    args: [...GMAIL],
    expect: NOT_TRUSTED,
  });

  // Gmail offline control: a German shop whose name is its own IDN, sent from the punycode domain.
  const SHOP = 'xn--bcher-kva.example';
  const SHOP_OUT = { helo: `mail.${SHOP}`, rdns: `mail.${SHOP}`, ip: '203.0.113.77' };
  const shopFrom = `"b\u00FCcher.example" <news@${SHOP}>`;
  emitCase(write, {
    name: 'probe77-gmail-offline-idn-shop-own-name-control',
    about: `Control: a German bookshop whose domain is the IDN bücher.example (${SHOP}) names itself "bücher.example" in From: ${shopFrom}; signed and aligned, Gmail records dkim, spf and dmarc=pass (p=NONE) for ${SHOP}. Its name is its own domain in Unicode, not another organisation's. Offline in Gmail. Wanted: authenticated`,
    class: cls('control'),
    eml: intoGmail(
      await signAll(
        submitted({
          from: shopFrom,
          to: GMAIL_TO,
          subject: 'Neu im Dezember',
          body: 'Unsere Empfehlungen für Dezember.\r\n',
        }),
        [[SHOP, 's1']],
      ),
      SHOP,
      '03',
      SHOP_OUT,
    ),
    args: [...GMAIL],
    expect: AUTHENTICATED,
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await makeAll((name, c) => {
    if (!PENDING_ENGINE_FIX.has(name)) write(name, c);
  });
}
