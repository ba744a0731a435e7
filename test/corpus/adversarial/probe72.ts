// Red-team probes, seventy-second round (December 2026): a final sweep of today's look-alike lists.
// - lib/findings/lookalike.ts (WORD_LABELS, LURE_WORDS, PRODUCT_NAMES, lureRun): a brand beside a
//   lure word reads as a look-alike. Probed: lure words the list lacks in the shape a real kit
//   registers them: a plural (`konten`, `ids`), an accented word registered as an IDN
//   (`amazon-sécurité` → xn--), the lure in a subdomain label of a neutral registrable domain.
//   Each domain is the attacker's own, SPF- and DKIM-aligned at p=none, so only the look-alike
//   finding stands between it and `authenticated`.
// - lib/findings/verdict.ts decideVerdict row 2 (recorded pass / forwarder-unknown no longer lets
//   it fire): probe71 covers the Google Group route; here the direct route pins that an aligned
//   pass beside a look-alike stays authenticated-with-concerns.
// Online in Gmail (`--webmail gmail`). Control: the bank's genuine notice, DKIM-signed, to Gmail.
// Layouts: Gmail's delivery and results as test/corpus/receivers.ts gmailDelivery / gmailDkim /
// gmailSpf (learnt there from Gmail's own "Show original"); the IDN form from WHATWG URL
// domainToASCII (what a registrar stores).

import {
  ATTACKER_IP,
  AUTHENTICATED,
  BANK,
  BANK_IP,
  BANK_KEY,
  emitCase,
  GMAIL,
  KEY,
  NOT_TRUSTED,
  signAll,
} from '../kit';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { gmailDelivery, gmailDkim, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

/** Probes HeaderLens reads wrong today (see the seventy-second round's report). */
// probe72-lookalike-apple-ids-plural-gmail-online reads authenticated (dmarc-pass; findings only
// dmarc-policy-none): "Apple" <no-reply@apple-ids.example> draws no lookalike-domain because 'apple'
// is a WORD_LABELS brand that counts only beside a LURE_WORDS word, and the list has 'id' but not
// 'ids'; the display name "Apple" alone draws no display-name-brand either. Wanted: suspicious
// (authenticated-with-concerns). Rule: lib/findings/lookalike.ts isLure / LURE_WORDS.
// Fix (proposed): in isLure, also accept a part that is a listed word plus a plural 's'/'es'
// (ids, logins, alerts…), and fold accents (NFKD, drop marks) before the lookup so an IDN's
// 'sécurité' meets 'securite'. Risk: genuine everyday-word firms such as apple-ids-orchard or
// office-docs… already count with the singular; a plural adds few new names (the 'apple-farm'
// kind is untouched because 'farms' is no lure word).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Fixed at 07:33 on 2026-12-05 (lib/findings/lookalike.ts isLure, foldAccents): apple-ids (a lure
  // word's plural) and amazon-sécurité (xn--amazon-scurit-ihbf, accents not folded) read
  // authenticated; plurals of lure words count and a name's accents are folded before the lure
  // words are read.
]);

const NB = 'northbank.example';
const ATTACKER = { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: ATTACKER_IP };
const BANK_OUT = { helo: 'mail.northbank.example', rdns: 'mail.northbank.example', ip: BANK_IP };

/** The attacker's own sending domain: SPF for his server, a key, p=none. */
const own = (d: string) => ({
  [d]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
  [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=none'] },
  [`s1._domainkey.${d}`]: KEY(),
});

const lure = (from: string, subject: string) =>
  submitted({
    from,
    to: 'Robin Reader <robin.reader@gmail.com>',
    subject,
    body: 'We noticed a sign-in we could not verify. Confirm your details within 24 hours:\r\nhttps://id-check.attacker.example/c\r\n',
  });

const toGmail = (raw: string, d: string, relay = ATTACKER, id = '72') =>
  gmailDelivery(raw, {
    relay,
    envelope: `bounce@${d}`,
    ids: [`x72csp${id}pxa`, `a72si${id}qtb.72`],
    spf: 'pass',
    results: `${gmailDkim(d, 's1')}\r\n       ${gmailSpf(`bounce@${d}`, relay.ip)}\r\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=${d}`,
  });

export async function makeAll(write: CaseWriter): Promise<void> {
  const cls = (c: string) => `probe72-${c}`;
  const looks: Array<[string, string, string, string]> = [
    // [case tail, domain, display name, what it probes]
    [
      'paypal-konten-plural',
      'paypal-konten.example',
      'PayPal Kundenservice',
      "a German plural ('konten') LURE_WORDS lacks ('konto' is there)",
    ],
    [
      'apple-ids-plural',
      'apple-ids.example',
      'Apple',
      "an everyday brand word (WORD_LABELS 'apple') beside a plural ('ids') LURE_WORDS lacks",
    ],
    [
      'amazon-securite-accented-idn',
      'xn--amazon-scurit-ihbf.example',
      'Amazon',
      "'amazon-sécurité' registered as an IDN: the accented lure word ('securite' is listed unaccented)",
    ],
    [
      'amazon-securite-idn-neutral-name',
      'xn--amazon-scurit-ihbf.example',
      'Service Client',
      'the same IDN under a neutral display name (no brand in the name to catch)',
    ],
    [
      'paypal-subdomain-of-neutral-domain',
      'paypal.konto-hilfe.example',
      'PayPal',
      'the brand as a subdomain label of a neutral registrable domain whose own labels are lure words',
    ],
    [
      'microsoft-sicherheitsteam-glued',
      'microsoft-sicherheitsteam.example',
      'Microsoft Konto',
      "a German compound ('sicherheitsteam' = sicherheit + team) glued",
    ],
  ];
  for (const [tail, d, name, what] of looks) {
    const raw = await signAll(lure(`${name} <no-reply@${d}>`, 'Unusual sign-in: confirm your account'), [
      [d, 's1'],
    ]);
    emitCase(write, {
      name: `probe72-lookalike-${tail}-gmail-online`,
      about: `The attacker registers ${d} (SPF for his server, his own DKIM key, DMARC p=none) and mails "${name}" <no-reply@${d}> straight to the reader's Gmail; Gmail records dkim, spf and dmarc pass for ${d}. Probed: ${what}. Only the look-alike finding keeps this from reading authenticated. Online in Gmail. Wanted: not authenticated, not unverified (authenticated-with-concerns: suspicious)`,
      class: cls('lookalike-lists'),
      eml: toGmail(raw, d, ATTACKER, tail.length.toString()),
      zone: { ...BANK, ...BANK_KEY, ...own(d) },
      args: [...GMAIL],
      expect: NOT_TRUSTED,
    });
  }

  // The bank's address as the display name of the attacker's own aligned domain, direct to Gmail.
  const DN = 'nb-kundenkonten.example';
  const dn = await signAll(lure(`"security@${NB}" <alerts@${DN}>`, 'Card suspended: verify today'), [
    [DN, 's1'],
  ]);
  emitCase(write, {
    name: 'probe72-display-name-bank-addr-own-aligned-domain-gmail-online',
    about: `"security@${NB}" <alerts@${DN}>: the bank's address as the display name of the attacker's own domain, which passes SPF, DKIM and DMARC (p=none) at Gmail. Row 2 stays out (an aligned pass); wanted: authenticated-with-concerns (suspicious), not authenticated or unverified. Online in Gmail`,
    class: cls('display-name'),
    eml: toGmail(dn, DN),
    zone: { ...BANK, ...BANK_KEY, ...own(DN) },
    args: [...GMAIL],
    expect: NOT_TRUSTED,
  });

  // Control: the bank's genuine notice, signed by the bank, to Gmail.
  const genuine = await signAll(
    submitted({
      from: `Northbank <alerts@${NB}>`,
      to: 'Robin Reader <robin.reader@gmail.com>',
      subject: 'Your December statement is ready',
      body: 'Your statement is ready in online banking.\r\n',
    }),
    [[NB, 'nb1']],
  );
  emitCase(write, {
    name: 'probe72-control-bank-statement-direct-gmail-online',
    about: `Control: ${NB}'s own statement notice, signed by ${NB} and sent from its own server (${BANK_IP}) to the reader's Gmail, which records dkim, spf and dmarc pass. Wanted: authenticated.`,
    class: cls('control'),
    eml: gmailDelivery(genuine, {
      relay: BANK_OUT,
      envelope: `bounce@${NB}`,
      ids: ['x72csp9pxa', 'a72si9qtb.72'],
      spf: 'pass',
      results: `${gmailDkim(NB, 'nb1')}\r\n       ${gmailSpf(`bounce@${NB}`, BANK_OUT.ip)}\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${NB}`,
    }),
    zone: { ...BANK, ...BANK_KEY },
    args: [...GMAIL],
    expect: AUTHENTICATED,
  });
}

export const make = (write: CaseWriter) => probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
