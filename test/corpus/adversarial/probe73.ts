// Red-team probes, seventy-third round (December 2026): Yahoo Mail and the self-hosted Roundcube box.
// - lib/auth/authresults.ts (deliveryRun, ONE_HEADER_PROVIDERS, the `*.yahoo.com` trust entry):
//   Yahoo writes one header per delivery above its entry line; everything below is the sender's.
//   Probed: a Yahoo-like authserv-id (`…yahoo.co`) under a forged Yahoo hop below the real entry,
//   and an Authentication-Results-Original recording the bank's pass under Yahoo's honest fail.
// - the default receiver (Postfix + Rspamd under Roundcube, mx.reader.example): a Received line and
//   a header under the box's own id forged by the attacker's relay below the box's real entry, so
//   that the trust boundary would fall on the attacker's relay if the forged hop were believed.
// - lib/engine/author.ts and the display-name findings: the bank's address or name in the display
//   name of the attacker's own aligned domain (Cyrillic confusable, bidi override, a bare quoted
//   domain, a Q-encoded word), and a look-alike From with a Reply-To to a free-mail box.
// Online (each case's zone). Controls: the bank's genuine signed notice to Yahoo and to the box.
// Layouts: Yahoo's as test/corpus/receivers.ts yahooDelivery (learnt there from Yahoo deliveries);
// the box's Postfix line as messages.ts received and Rspamd's results as rounds-kit.ts
// forgedBoxDelivery / probe12 (Rspamd milter_headers authentication-results).

import {
  ARGS,
  ATTACKER_IP,
  AUTHENTICATED,
  BANK,
  BANK_IP,
  BANK_KEY,
  emitCase,
  genuineBankNotice,
  KEY,
  NOT_TRUSTED,
  RECEIVER,
  SPOOFED,
  signAll,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { yahooDelivery } from '../receivers';
import { probeCorpus } from '../rounds-kit';

/** Probes HeaderLens reads wrong today (see the seventy-third round's report). */
// probe73-box-display-name-quoted-bank-domain reads authenticated (dmarc-pass for the attacker's
// nb-kontoservice.example; findings only dmarc-policy-none): "northbank.example" <alerts@…> draws no
// display-name-address because lib/findings/display-name.ts displayNameRule only looks for
// embedded addresses (local@domain), and no display-name-brand because northbank.example is no
// built-in brand. Wanted: suspicious (authenticated-with-concerns). Fix (proposed): in
// displayNameRule, also report a display name that is, or contains as a token, a bare host name
// with a public suffix of another organisation (not sameOrg with the From) as display-name-domain
// (severity medium, so the aligned pass turns suspicious). Risk: genuine mail whose name is its
// brand's domain sent from another organisation's domain ("Booking.com" <x@mailer.other.example>,
// a shop's name on an ESP's shared From) would warn; sameOrg keeps the common case (its own domain).
// Fixed at 08:37 on 2026-12-05 (lib/findings/display-name.ts, domainInName): a domain of another
// organisation shown as the display name is display-name-domain (medium), so the attacker's own
// aligned pass at p=none reads suspicious: probe73-box-display-name-quoted-bank-domain.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

const NB = 'northbank.example';
const YAHOO = ['--webmail', 'yahoo'];
const ATTACKER = { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: ATTACKER_IP };
const BANK_OUT = { helo: 'mail.northbank.example', rdns: 'mail.northbank.example', ip: BANK_IP };
const YAHOO_TO = 'Robin Reader <robin.reader@yahoo.com>';
const BOX_TO = 'Robin Reader <robin@reader.example>';

/** The attacker's own sending domain: SPF for his server, a key, p=none. */
const own = (d: string) => ({
  [d]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
  [`_dmarc.${d}`]: { TXT: ['v=DMARC1; p=none'] },
  [`s1._domainkey.${d}`]: KEY(),
});
const ATTACKER_ZONE = { 'attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] } };

const lure = (from: string, to: string, extraHeaders: string[] = []) =>
  submitted({
    from,
    to,
    subject: 'Card suspended: confirm your details today',
    extraHeaders,
    body: 'We could not verify a recent payment. Confirm your card within 24 hours:\r\nhttps://nb-verify.attacker.example/c\r\n',
  });

/** Yahoo's honest results for the attacker's own aligned domain. */
const yahooOwnPass = (d: string) =>
  `dkim=pass header.i=@${d} header.s=s1;\r\n spf=pass smtp.mailfrom=${d};\r\n dmarc=pass(p=NONE) header.from=${d};`;

/** Yahoo's honest results for the bank's From sent from the attacker's server. */
const yahooBankFail = `dkim=unknown;\r\n spf=pass smtp.mailfrom=attacker.example;\r\n dmarc=fail(p=REJECT) header.from=${NB};`;

const toYahoo = (raw: string, envelope: string, results: string, relay = ATTACKER) =>
  yahooDelivery(raw, { relay, envelope, results });

/** The box (Postfix + Rspamd): Return-Path, Delivered-To, Rspamd's header, Postfix's entry line. */
function toBox(raw: string, relay: typeof ATTACKER, envelope: string, results: string, id: string): string {
  const date = 'Fri, 20 Nov 2026 10:00:05 +0000';
  return onTop(
    raw,
    `Return-Path: <${envelope}>`,
    'Delivered-To: robin@reader.example',
    `Authentication-Results: ${RECEIVER};\r\n\t${results}`,
    received({ ...relay, by: RECEIVER, id, for: 'robin@reader.example', date }),
  );
}

const boxOwnPass = (d: string, ip = ATTACKER_IP) =>
  `dkim=pass header.d=${d} header.s=s1 header.b=Q29ycHVz;\r\n\tspf=pass (${RECEIVER}: domain of bounce@${d} designates ${ip} as permitted sender) smtp.mailfrom=bounce@${d};\r\n\tdmarc=pass (policy=none) header.from=${d}`;

export async function makeAll(write: CaseWriter): Promise<void> {
  const cls = (c: string) => `probe73-${c}`;

  // 1. Yahoo: a forged Yahoo hop and a header under a Yahoo-like id (`.yahoo.co`), below the entry.
  const forgedYahoo = onTop(
    lure(`Northbank Security <security@${NB}>`, YAHOO_TO),
    `Authentication-Results: atlas-production.v2.mail-mta4231.mail.ne1.yahoo.co;\r\n dkim=pass header.i=@${NB} header.s=nb1;\r\n spf=pass smtp.mailfrom=${NB};\r\n dmarc=pass(p=REJECT) header.from=${NB};`,
    `Received: from 127.0.0.1  (EHLO ${BANK_OUT.helo}) (${BANK_IP})\r\n  by mta4231.mail.ne1.yahoo.co with SMTPS; Fri, 20 Nov 2026 09:59:58 +0000`,
  );
  emitCase(write, {
    name: 'probe73-yahoo-lookalike-authserv-id-forged-hop-below-entry',
    about: `The attacker's relay writes a Yahoo-looking hop ("by mta4231.mail.ne1.yahoo.co" from the bank's address) and a header under the id atlas-production.v2.mail-mta4231.mail.ne1.yahoo.co recording dkim, spf and dmarc pass for ${NB}, then hands the lure to Yahoo, whose own header above its entry records dmarc=fail(p=REJECT). The look-alike id ends in .yahoo.co, not .yahoo.com, and sits below Yahoo's entry. Online in Yahoo. Wanted: spoofed`,
    class: cls('forged-results'),
    eml: toYahoo(forgedYahoo, 'bounce@attacker.example', yahooBankFail),
    zone: { ...BANK, ...BANK_KEY, ...ATTACKER_ZONE },
    args: YAHOO,
    expect: SPOOFED,
  });

  // 2. Yahoo: Authentication-Results-Original (as Exchange renames a header) recording the bank's pass.
  const arOriginal = lure(`Northbank Security <security@${NB}>`, YAHOO_TO, [
    `Authentication-Results-Original: atlas-production.v2-mail-prod1-ne1.omega.yahoo.com;\r\n dkim=pass header.i=@${NB} header.s=nb1;\r\n spf=pass smtp.mailfrom=${NB};\r\n dmarc=pass(p=REJECT) header.from=${NB};`,
  ]);
  emitCase(write, {
    name: 'probe73-yahoo-authentication-results-original-bank-pass',
    about: `The lure carries an Authentication-Results-Original under a genuine-looking Yahoo omega id recording the bank's pass (as if an Exchange hop had renamed Yahoo's header), sent from the attacker's server; Yahoo's one header records dmarc=fail(p=REJECT) for ${NB}. A renamed header is no result of the reader's provider. Online in Yahoo. Wanted: spoofed`,
    class: cls('forged-results'),
    eml: toYahoo(arOriginal, 'bounce@attacker.example', yahooBankFail),
    zone: { ...BANK, ...BANK_KEY, ...ATTACKER_ZONE },
    args: YAHOO,
    expect: SPOOFED,
  });

  // 3–4. Yahoo: the bank's address in the display name of the attacker's own aligned domain.
  const dnCases: Array<[string, string, string, string]> = [
    [
      'cyrillic-o-bank-address',
      'nb-kundenservice.example',
      `"security@n\u043erthbank.example" <alerts@nb-kundenservice.example>`,
      "the bank's address with a Cyrillic о (U+043E) for the first o, in quotes as the display name",
    ],
    [
      'q-encoded-bank-name-and-address',
      'nb-kundenservice.example',
      '=?utf-8?Q?Northbank_Security_=3Csecurity=40northbank=2Eexample=3E?= <alerts@nb-kundenservice.example>',
      "a Q-encoded word that decodes to 'Northbank Security <security@northbank.example>'",
    ],
  ];
  for (const [tail, d, from, what] of dnCases) {
    const raw = await signAll(lure(from, YAHOO_TO), [[d, 's1']]);
    emitCase(write, {
      name: `probe73-yahoo-display-name-${tail}`,
      about: `The attacker registers ${d} (SPF for his server, his own key, p=none) and mails From: ${from} to the reader's Yahoo; Yahoo records dkim, spf and dmarc pass for ${d}. Probed: ${what}. Only the display-name findings keep it from reading authenticated. Online in Yahoo. Wanted: not authenticated, not unverified`,
      class: cls('display-name'),
      eml: toYahoo(raw, `bounce@${d}`, yahooOwnPass(d)),
      zone: { ...BANK, ...BANK_KEY, ...own(d) },
      args: YAHOO,
      expect: NOT_TRUSTED,
    });
  }

  // 5. Yahoo: an authenticated look-alike From and a Reply-To to a free-mail box.
  const LA = 'northbank-secure.example';
  const rt = await signAll(
    lure(`Northbank Security <security@${LA}>`, YAHOO_TO, ['Reply-To: <northbank.kundendienst@gmail.com>']),
    [[LA, 's1']],
  );
  emitCase(write, {
    name: 'probe73-yahoo-lookalike-from-reply-to-freemail',
    about: `The attacker's look-alike ${LA} (aligned SPF and DKIM, p=none) sends as "Northbank Security" with Reply-To: northbank.kundendienst@gmail.com, so answers go to a free-mail box; Yahoo records dkim, spf and dmarc pass for ${LA}. Online in Yahoo. Wanted: not authenticated, not unverified (a look-alike beside a free-mail Reply-To)`,
    class: cls('reply-to'),
    eml: toYahoo(rt, `bounce@${LA}`, yahooOwnPass(LA)),
    zone: { ...BANK, ...BANK_KEY, ...own(LA) },
    args: YAHOO,
    expect: NOT_TRUSTED,
  });

  // 6. Yahoo control: the bank's genuine notice, signed, from the bank's own server.
  const genuineY = await signAll(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      to: YAHOO_TO,
      subject: 'Your statement is ready',
      body: 'Your November statement is ready in online banking.\r\n',
    }),
    [[NB, 'nb1']],
  );
  emitCase(write, {
    name: 'probe73-yahoo-genuine-bank-notice-control',
    about: `Control: the bank's notice signed with its key (nb1), sent from its own server (${BANK_IP}) to the reader's Yahoo, which records dkim, spf and dmarc pass(p=REJECT). Online in Yahoo. Wanted: authenticated`,
    class: cls('control'),
    eml: toYahoo(
      genuineY,
      `bounce@${NB}`,
      `dkim=pass header.i=@${NB} header.s=nb1;\r\n spf=pass smtp.mailfrom=${NB};\r\n dmarc=pass(p=REJECT) header.from=${NB};`,
      BANK_OUT,
    ),
    zone: { ...BANK, ...BANK_KEY },
    args: YAHOO,
    expect: AUTHENTICATED,
  });

  // 7. Box: the attacker's relay forges the box's own entry and Rspamd's header below the real entry.
  const forgedBox = onTop(
    lure(`Northbank Security <security@${NB}>`, BOX_TO),
    `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass header.d=${NB} header.s=nb1 header.b=Q29ycHVz;\r\n\tspf=pass (${RECEIVER}: domain of security@${NB} designates ${BANK_IP} as permitted sender) smtp.mailfrom=security@${NB};\r\n\tdmarc=pass (policy=reject) header.from=${NB}`,
    received({
      ...BANK_OUT,
      by: RECEIVER,
      id: '4ZqB73aXk3z2vWc',
      for: 'robin@reader.example',
      date: 'Fri, 20 Nov 2026 09:59:58 +0000',
    }),
  );
  emitCase(write, {
    name: 'probe73-box-forged-own-entry-and-rspamd-results-below-real-entry',
    about: `The attacker's relay writes, below what the box will add, a Postfix line "from mail.northbank.example [${BANK_IP}] by ${RECEIVER}" and an Rspamd-shaped header under ${RECEIVER} recording the bank's pass, so that the trust boundary would fall on the forged hop. The box's real entry (from the attacker's server) and its own header record dmarc=fail (policy=reject). Online, the default receiver. Wanted: spoofed`,
    class: cls('forged-results'),
    eml: toBox(
      forgedBox,
      ATTACKER,
      'bounce@attacker.example',
      `dkim=none;\r\n\tspf=pass (${RECEIVER}: domain of bounce@attacker.example designates ${ATTACKER_IP} as permitted sender) smtp.mailfrom=bounce@attacker.example;\r\n\tdmarc=fail reason="No valid SPF, No valid DKIM" header.from=${NB} (policy=reject)`,
      '4ZqB73bYm4a3wXd',
    ),
    zone: { ...BANK, ...BANK_KEY, ...ATTACKER_ZONE },
    args: ARGS,
    expect: SPOOFED,
  });

  // 8–9. Box: display names (bidi override; the bank's bare domain in quotes) over an aligned own domain.
  const boxDn: Array<[string, string, string, string]> = [
    [
      'bidi-rlo-reversed-bank-address',
      'nb-kontoservice.example',
      `"\u202Eelpmaxe.knabhtron@ytiruces\u202C" <alerts@nb-kontoservice.example>`,
      "a right-to-left override (U+202E) that shows the reversed text as 'security@northbank.example'",
    ],
    [
      'quoted-bank-domain',
      'nb-kontoservice.example',
      `"${NB}" <alerts@nb-kontoservice.example>`,
      "the bank's bare domain as the whole display name",
    ],
  ];
  for (const [tail, d, from, what] of boxDn) {
    const raw = await signAll(lure(from, BOX_TO), [[d, 's1']]);
    emitCase(write, {
      name: `probe73-box-display-name-${tail}`,
      about: `The attacker's own ${d} (SPF, own key, p=none) mails From: ${from} to the reader's box; Rspamd records dkim, spf and dmarc pass for ${d}. Probed: ${what}. Online, the default receiver (Roundcube). Wanted: not authenticated, not unverified`,
      class: cls('display-name'),
      eml: toBox(raw, ATTACKER, `bounce@${d}`, boxOwnPass(d), `4ZqB73${tail.length}Kd9`),
      zone: { ...BANK, ...BANK_KEY, ...own(d) },
      args: ARGS,
      expect: NOT_TRUSTED,
    });
  }

  // 10. Box control: the bank's genuine notice from its own server.
  const genuineB = await genuineBankNotice();
  emitCase(write, {
    name: 'probe73-box-genuine-bank-notice-control',
    about: `Control: the bank's signed notice (nb1) from its own server (${BANK_IP}) to the reader's box; Rspamd records dkim, spf and dmarc pass (policy=reject). Online, the default receiver. Wanted: authenticated`,
    class: cls('control'),
    eml: toBox(
      genuineB,
      BANK_OUT,
      `bounce@${NB}`,
      `dkim=pass header.d=${NB} header.s=nb1 header.b=Q29ycHVz;\r\n\tspf=pass (${RECEIVER}: domain of bounce@${NB} designates ${BANK_IP} as permitted sender) smtp.mailfrom=bounce@${NB};\r\n\tdmarc=pass (policy=reject) header.from=${NB}`,
      '4ZqB73cZn5b4xYe',
    ),
    zone: { ...BANK, ...BANK_KEY },
    args: ARGS,
    expect: AUTHENTICATED,
  });
}

export const make = (write: CaseWriter) => probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
