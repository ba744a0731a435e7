// Red-team probes, seventy-fourth round (December 2026): bending display-name-domain.
// - lib/findings/display-name.ts (domainInName, DOMAIN_WORD, NAME_TLDS and the own-name exemption;
//   displayNameRule's `!listAuthor` gate): the new rule (medium) reports a domain of another
//   organisation shown as the display name, so the attacker's own aligned pass at p=none reads
//   suspicious. Probed: the bank's domain written so the regex misses it while a mail app still
//   shows it (`https://northbank.example`), a look-alike letter-for-letter the own-name exemption
//   takes for the sender's own name (`"northbank.example" <alerts@northbank-example.test>`), a
//   suffix outside NAME_TLDS (`northbank.finance`), the bank's address in a list's "X at Y via Z"
//   From rewrite of the attacker's own list (the rule is skipped whenever a list author is named);
//   and, pinned as holding, a full-width dot and an encoded word split at the dot.
// - the same readings where the provider's record is all there is: Gmail (--webmail gmail) and
//   Outlook (--webmail outlook).
// Online (each case's zone). Controls: the bank's genuine signed notice to the box, Gmail, Outlook.
// Layouts: the box's Postfix + Rspamd delivery as probe73 (rounds-kit.ts forgedBoxDelivery);
// Gmail's as receivers.ts gmailDelivery and EOP's as receivers.ts eopDelivery/eopPass (learnt there
// from public Gmail and Exchange Online headers); the list headers as list-shapes.ts (RFC 2369/2919).

import {
  ARGS,
  ATTACKER_IP,
  AUTHENTICATED,
  BANK,
  BANK_IP,
  BANK_KEY,
  emitCase,
  GMAIL,
  genuineBankNotice,
  KEY,
  NOT_TRUSTED,
  RECEIVER,
  signAll,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { eopDelivery, eopPass, GMAIL_TO, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

/** Probes HeaderLens reads wrong today (see the seventy-fourth round's report). */
// probe74-box-display-name-https-url-bank-domain and probe74-gmail-display-name-https-url-bank-domain
// read authenticated (dmarc-pass for the attacker's nb-kontoservice.example at p=none; findings only
// dmarc-policy-none): "https://northbank.example" draws no display-name-domain because
// lib/findings/display-name.ts DOMAIN_WORD's look-behind `(?<![…/-])` refuses a host after a slash
// (meant for a URL path, `a/b.com`), so the host of a written link is no word. Wanted: suspicious.
// Fix (proposed): in domainInName, also read each reading with a leading or spaced
// `[a-z][a-z0-9+.-]*://` (and `www.`) removed, or let the look-behind accept `://` before the host.
// Risk: a genuine sender whose name is a link to another organisation's site would warn, as its
// bare domain already does; paths (`team/acme.com`) stay excluded.
// probe74-box-display-name-combosquat-own-name-exemption and
// probe74-outlook-display-name-combosquat-own-name-exemption read authenticated (dmarc-pass for
// northbank-example.test; only dmarc-policy-none): "northbank.example" <alerts@northbank-example.test>
// is let through by domainInName's own-name exemption (`domain.replace(/[.-]/g, '') === own`), since
// northbank.example and northbank-example both strip to northbankexample; no lookalike-domain either.
// Wanted: suspicious. Fix (proposed): do not exempt when the From's label is the shown domain with its
// dots turned into hyphens (`<label>-<suffix>`, the paypal-com.net combo-squat shape): compare with
// hyphens kept (`own === shown.replace(/\./g, '')`, so "Last.fm" <x@lastfm.com> and "Dr.Web"
// <x@drweb.com> stay exempt) and report `<label>-<suffix>` as display-name-domain. Risk: a genuine
// brand that really mails from a `brand-tld` domain under another suffix would warn (rare).
// probe74-box-display-name-suffix-outside-list-finance reads authenticated (only dmarc-policy-none):
// NAME_TLDS (lib/findings/display-name.ts) lacks .finance, so "northbank.finance" is read as a name.
// Wanted: suspicious. Fix (proposed): add the finance-sector generic suffixes a bank or broker uses
// (finance, financial, money, credit, loans, insure, capital, investments, cash, pay, fund, broker,
// bank already in) and the ESP/brand ones (`support`, `services`, `secure`, `help`). Risk: a person
// or team name with such a word after a dot ("Jane.Cash", "IT.Support") from another organisation's
// domain would warn; the own-name and sameOrg exemptions cover the sender's own.
// probe74-box-own-list-rewrite-names-bank-address reads authenticated (dmarc-pass for the attacker's
// own list domain; findings dmarc-policy-none and list-from-rewritten at info): the attacker's own
// "list" (List-Id, List-Post at his own domain, X-Original-Sender: security@northbank.example, all
// sender-written) makes lib/findings/list-evidence.ts listFromRewrite name the bank's address as the
// author, and displayNameRule (`!listAuthor`) then skips display-name-domain; the name shows
// "security at northbank.example via Northbank Alerts". Wanted: suspicious. Fix (proposed): in
// lib/findings/list.ts, raise list-from-rewritten to medium ("the author is not proven") when the
// author's domain is not a free-mail/sign-up domain and publishes p=quarantine/reject, and no ARC set
// from the list records the author's own pass. Risk: genuine Mailman 2.1 posts (no ARC) by authors at
// a company with p=reject would read suspicious; Google Groups and Mailman 3 (ARC-sealed) and
// free-mail authors stay as today.
// Fixed at 08:50 on 2026-12-05 (lib/findings/display-name.ts, domainInName): a link's scheme in front
// of the domain is read past; the own-name exemption keeps hyphens (`northbank-example` is not
// `northbank.example` written with a dot); NAME_TLDS has the finance suffixes: the https-url (box,
// Gmail), combosquat (box, Outlook) and finance cases read suspicious.
// Kept out by choice (the lead, 08:53): the own-list rewrite below. A genuine Mailman 2.1 post whose
// author's domain is at p=reject looks the same, offline exactly; the proposed medium would call
// those suspicious, and a list named "Alerts" instead of "Northbank Alerts" escapes any narrower
// rule (README, "What still fools").
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe74-box-own-list-rewrite-names-bank-address',
]);

const NB = 'northbank.example';
const OUTLOOK = ['--webmail', 'outlook'];
const ATTACKER = { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: ATTACKER_IP };
const BANK_OUT = { helo: 'mail.northbank.example', rdns: 'mail.northbank.example', ip: BANK_IP };
const BOX_TO = 'Robin Reader <robin@reader.example>';
const OUTLOOK_TO = 'Robin Reader <robin.reader@outlook.com>';

/** The attacker's own sending domain: SPF for his server, a key, p=none. */
const own = (d: string) => ({
  [d]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
  [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=none'] },
  [`s1._domainkey.${d}`]: KEY(),
});

const lure = (from: string, to: string, extraHeaders: string[] = []) =>
  submitted({
    from,
    to,
    subject: 'Card suspended: confirm your details today',
    extraHeaders,
    body: 'We could not verify a recent payment. Confirm your card within 24 hours:\r\nhttps://nb-verify.attacker.example/c\r\n',
  });

/** The box (Postfix + Rspamd): Return-Path, Delivered-To, Rspamd's header, Postfix's entry line. */
function toBox(raw: string, relay: typeof ATTACKER, envelope: string, results: string, id: string): string {
  return onTop(
    raw,
    `Return-Path: <${envelope}>`,
    'Delivered-To: robin@reader.example',
    `Authentication-Results: ${RECEIVER};\r\n\t${results}`,
    received({
      ...relay,
      by: RECEIVER,
      id,
      for: 'robin@reader.example',
      date: 'Fri, 20 Nov 2026 10:00:05 +0000',
    }),
  );
}

const boxPass = (d: string, ip: string, policy: string, selector = 's1') =>
  `dkim=pass header.d=${d} header.s=${selector} header.b=Q29ycHVz;\r\n\tspf=pass (${RECEIVER}: domain of bounce@${d} designates ${ip} as permitted sender) smtp.mailfrom=bounce@${d};\r\n\tdmarc=pass (policy=${policy}) header.from=${d}`;

/** Gmail's delivery of mail from `relay` that passes for `d` under `policy`. */
const toGmail = (
  raw: string,
  d: string,
  relay: typeof ATTACKER,
  policy: string,
  selector: string,
  n: string,
) =>
  gmailDelivery(raw, {
    relay,
    envelope: `bounce@${d}`,
    ids: [`x61csp11274${n}pxa`, `a640c23a62f3a-4b1d9f6e2c1si1188${n}b.74`],
    spf: 'pass',
    deliveredTo: true,
    results: `${gmailDkim(d, selector)}\r\n       ${gmailSpf(`bounce@${d}`, relay.ip)}\r\n       ${gmailDmarc(d, policy)}`,
  });

/** Exchange Online's delivery of mail from `relay` that passes SPF, DKIM and DMARC for `d`. */
const toOutlook = (raw: string, d: string, relay: typeof ATTACKER) =>
  eopDelivery(raw, {
    ...eopPass(relay, `bounce@${d}`, `dkim=pass (signature was verified)\r\n header.d=${d}`, d),
    returnPath: `bounce@${d}`,
  });

export async function makeAll(write: CaseWriter): Promise<void> {
  const cls = (c: string) => `probe74-${c}`;

  // 1–5. The box: the bank's domain as the name of the attacker's own aligned domain at p=none.
  const box: Array<[string, string, string, string]> = [
    [
      'https-url-bank-domain',
      'nb-kontoservice.example',
      `"https://${NB}" <alerts@nb-kontoservice.example>`,
      "the bank's address as a link, https://northbank.example, as the whole name: the domain follows a slash, which DOMAIN_WORD's look-behind takes for a URL path",
    ],
    [
      'combosquat-own-name-exemption',
      'northbank-example.test',
      `"${NB}" <alerts@northbank-example.test>`,
      "the bank's domain from the attacker's combo-squat northbank-example.test (the bank's domain with the dot made a hyphen, as paypal-com.net): with dots and hyphens removed both read northbankexample, so the own-name exemption meant for \"Dr.Web\" <news@drweb.com> lets it through",
    ],
    [
      'suffix-outside-list-finance',
      'nb-kontoservice.example',
      '"northbank.finance" <alerts@nb-kontoservice.example>',
      'a domain under .finance, a generic suffix banks and brokers really use that NAME_TLDS leaves out',
    ],
    [
      'fullwidth-dot-bank-domain',
      'nb-kontoservice.example',
      '"northbank\uFF0Eexample" <alerts@nb-kontoservice.example>',
      "the bank's domain with a full-width full stop (U+FF0E) for the dot, drawn as a dot",
    ],
    [
      'encoded-word-split-at-dot',
      'nb-kontoservice.example',
      '=?utf-8?Q?Security_northbank?= =?utf-8?Q?=2Eexample?= <alerts@nb-kontoservice.example>',
      "two Q-encoded words split at the dot, 'Security northbank' and '.example', joined with no space when decoded",
    ],
  ];
  for (const [tail, d, from, what] of box) {
    const raw = await signAll(lure(from, BOX_TO), [[d, 's1']]);
    emitCase(write, {
      name: `probe74-box-display-name-${tail}`,
      about: `The attacker's own ${d} (SPF for his server, his own key, p=none) mails From: ${from} to the reader's box; Rspamd records dkim, spf and dmarc pass for ${d}. Probed: ${what}. Only the display-name findings keep it from reading authenticated. Online, the default receiver (Roundcube). Wanted: not authenticated, not unverified`,
      class: cls('display-name'),
      eml: toBox(raw, ATTACKER, `bounce@${d}`, boxPass(d, ATTACKER_IP, 'none'), `4ZqB74${tail.length}Kd9`),
      zone: { ...BANK, ...BANK_KEY, ...own(d) },
      args: ARGS,
      expect: NOT_TRUSTED,
    });
  }

  // 6. The box: the attacker's own list, its From rewrite naming the bank's address as the author.
  const L = 'nb-kontoservice.example';
  const listRaw = await signAll(
    lure(`"security at ${NB} via Northbank Alerts" <alerts@${L}>`, BOX_TO, [
      `Reply-To: Northbank Alerts <alerts@${L}>`,
      `X-Original-Sender: security@${NB}`,
      `List-Id: Northbank Alerts <alerts.${L}>`,
      `List-Post: <mailto:alerts@${L}>`,
      `List-Unsubscribe: <mailto:alerts+unsubscribe@${L}>`,
      'Precedence: list',
    ]),
    [[L, 's1']],
  );
  emitCase(write, {
    name: 'probe74-box-own-list-rewrite-names-bank-address',
    about: `The attacker runs a list on his own ${L} (SPF, own key, p=none) and sends From: "security at ${NB} via Northbank Alerts" <alerts@${L}> with List-Id, List-Post and X-Original-Sender: security@${NB}, the shape of a list's DMARC From rewrite, so that the name shows the bank's address and the rule that reports a domain shown as the name stands aside for a list that names its author. Rspamd records dkim, spf and dmarc pass for ${L}. Online, the default receiver. Wanted: not authenticated, not unverified`,
    class: cls('list'),
    eml: toBox(listRaw, ATTACKER, `bounce@${L}`, boxPass(L, ATTACKER_IP, 'none'), '4ZqB74LsT1'),
    zone: { ...BANK, ...BANK_KEY, ...own(L) },
    args: ARGS,
    expect: NOT_TRUSTED,
  });

  // 7. Box control: the bank's genuine notice from its own server.
  emitCase(write, {
    name: 'probe74-box-genuine-bank-notice-control',
    about: `Control: the bank's signed notice (nb1) from its own server (${BANK_IP}) to the reader's box; Rspamd records dkim, spf and dmarc pass (policy=reject). Online, the default receiver. Wanted: authenticated`,
    class: cls('control'),
    eml: toBox(
      await genuineBankNotice(),
      BANK_OUT,
      `bounce@${NB}`,
      boxPass(NB, BANK_IP, 'reject', 'nb1'),
      '4ZqB74cZn5',
    ),
    zone: { ...BANK, ...BANK_KEY },
    args: ARGS,
    expect: AUTHENTICATED,
  });

  // 8. Gmail: the link form of the bank's domain as the name, Gmail's one header all there is.
  const G = 'nb-kontoservice.example';
  const gRaw = await signAll(lure(`"https://${NB}" <alerts@${G}>`, `Robin Reader <${GMAIL_TO}>`), [
    [G, 's1'],
  ]);
  emitCase(write, {
    name: 'probe74-gmail-display-name-https-url-bank-domain',
    about: `The attacker's own ${G} (SPF, own key, p=none) mails From: "https://${NB}" <alerts@${G}> to the reader's Gmail, which records dkim, spf and dmarc pass (p=NONE) for ${G}. Gmail's web view shows the name alone. Online in Gmail. Wanted: not authenticated, not unverified`,
    class: cls('display-name'),
    eml: toGmail(gRaw, G, ATTACKER, 'NONE', 's1', '101'),
    zone: { ...BANK, ...BANK_KEY, ...own(G) },
    args: GMAIL,
    expect: NOT_TRUSTED,
  });

  // 9. Gmail control.
  const gGenuine = await signAll(
    submitted({
      from: `Northbank <alerts@${NB}>`,
      to: `Robin Reader <${GMAIL_TO}>`,
      subject: 'Your statement is ready',
      body: 'Your November statement is ready in online banking.\r\n',
    }),
    [[NB, 'nb1']],
  );
  emitCase(write, {
    name: 'probe74-gmail-genuine-bank-notice-control',
    about: `Control: the bank's notice signed with its key (nb1) from its own server (${BANK_IP}) to the reader's Gmail, which records dkim, spf and dmarc pass (p=REJECT). Online in Gmail. Wanted: authenticated`,
    class: cls('control'),
    eml: toGmail(gGenuine, NB, BANK_OUT, 'REJECT', 'nb1', '102'),
    zone: { ...BANK, ...BANK_KEY },
    args: GMAIL,
    expect: AUTHENTICATED,
  });

  // 10. Outlook: the combo-squat carrying the bank's domain as its name, EOP's record all there is.
  const O = 'northbank-example.test';
  const oRaw = await signAll(lure(`"${NB}" <alerts@${O}>`, OUTLOOK_TO), [[O, 's1']]);
  emitCase(write, {
    name: 'probe74-outlook-display-name-combosquat-own-name-exemption',
    about: `The attacker's combo-squat ${O} (SPF, own key, p=none) mails From: "${NB}" <alerts@${O}> to the reader's Outlook.com mailbox; Exchange Online records spf, dkim and dmarc pass (action=none, compauth=pass) for ${O}. Outlook shows the name, the bank's domain. Online in Outlook. Wanted: not authenticated, not unverified`,
    class: cls('display-name'),
    eml: toOutlook(oRaw, O, ATTACKER),
    zone: { ...BANK, ...BANK_KEY, ...own(O) },
    args: OUTLOOK,
    expect: NOT_TRUSTED,
  });

  // 11. Outlook control.
  const oGenuine = await signAll(
    submitted({
      from: `Northbank <alerts@${NB}>`,
      to: OUTLOOK_TO,
      subject: 'Your statement is ready',
      body: 'Your November statement is ready in online banking.\r\n',
    }),
    [[NB, 'nb1']],
  );
  emitCase(write, {
    name: 'probe74-outlook-genuine-bank-notice-control',
    about: `Control: the bank's notice signed with its key (nb1) from its own server (${BANK_IP}) to the reader's Outlook.com mailbox; Exchange Online records spf, dkim and dmarc pass. Online in Outlook. Wanted: authenticated`,
    class: cls('control'),
    eml: toOutlook(oGenuine, NB, BANK_OUT),
    zone: { ...BANK, ...BANK_KEY },
    args: OUTLOOK,
    expect: AUTHENTICATED,
  });
}

export const make = (write: CaseWriter) => probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
