// Red-team probes, thirty-seventh round (December 2026): which Authentication-Results HeaderLens
// trusts, attacked from inside the trusted header itself.
// - Gmail writes the envelope-from whole inside its SPF comment ("(google.com: domain of X
//   designates …)"). A quoted local part (RFC 5321 §4.1.2) may hold ")", ";" and "(": RFC 5322
//   comments do not honour quoted strings, so lib/auth/authresults-syntax.ts splitSegments closes
//   the comment at the sender's ")" and splits at the sender's ";". The sender's
//   "dmarc=pass header.from=northbank.example" becomes a resinfo of Gmail's own, trusted header,
//   ahead of Gmail's real "dmarc=fail" (Gmail orders dkim, spf, dmarc), and
//   lib/auth/authresults-provider.ts providerResults takes the first dmarc= it meets.
// - Offline mode (lib/engine/offline.ts) reads nothing but that header, so the injected pass is the
//   verdict there; online, the same header is shown as the provider's.
// - A second header under the trusted id, below Gmail's own (odd case, trailing dot, comment,
//   version), and Yahoo's wildcard with a look-alike suffix.
// Controls: the same lure with a plain envelope; rspamd's layout (dmarc before spf) carrying the
// same envelope; Yahoo's layout (smtp.mailfrom names the domain only).
// Layouts: Gmail's entry block as test/corpus/receivers.ts gmailEntry (from Gmail's delivered
// mail); rspamd's header as rspamd's milter headers module writes it. Names and addresses are
// documentation ones.

import { ATTACKER_IP, GMAIL, RECEIVER } from '../kit';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { gmailDelivery, gmailDmarc, gmailSpf, yahooDelivery } from '../receivers';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the thirty-seventh round's report).
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Fixed at 17:3x on 2026-12-04: lib/auth/authresults-provider.ts takes the least favourable of
  // two dmarc= (or arc=) results in the receiver's header (the sender can add one through a quoted
  // local part that closes the receiver's SPF comment, never remove the receiver's), and
  // lib/findings/auth-state.ts providerPassUnfounded treats a pass read only from malformed headers
  // as unfounded, so it never outranks our own fail. All three cases now read spoofed.
]);

const ATTACKER = 'attacker.example';
const ATTACKER_ZONE = {
  [ATTACKER]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
  'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
};
const RELAY = { helo: `mail.${ATTACKER}`, rdns: `mail.${ATTACKER}`, ip: ATTACKER_IP };
/**
 * The envelope whose quoted local part closes Gmail's comment and writes a resinfo of its own. No
 * space in it (some MTAs refuse one even quoted): the "(p=REJECT)" comment separates like one.
 */
const INJECTING = `"x);dmarc=pass(p=REJECT)header.from=northbank.example;("@${ATTACKER}`;
const PLAIN = `bounce@${ATTACKER}`;
const OFFLINE: string[] = [...GMAIL];

const lure = () =>
  submitted({
    from: 'Northbank <alerts@northbank.example>',
    to: 'Robin Reader <robin.reader@gmail.com>',
    subject: 'Unusual sign-in: confirm your card',
    body: 'We blocked a payment. Confirm your card at https://northbank-secure.example/confirm\r\n',
  });

/** Gmail's delivery of the unsigned lure from the attacker's server, envelope `envelope`. */
const viaGmail = (envelope: string, raw = lure(), spf: 'pass' | 'softfail' = 'pass') =>
  gmailDelivery(raw, {
    relay: RELAY,
    envelope,
    spf,
    ids: ['x12csp1234567pxa', 'a1si3847561366qtb.37'],
    deliveredTo: true,
    results: `${gmailSpf(envelope, ATTACKER_IP, spf)}\r\n       ${gmailDmarc('northbank.example', 'REJECT', 'fail')}`,
  });

/** The lure carrying the attacker's own header under `id`, below the Gmail block. */
const withOwnHeader = (id: string) =>
  submitted({
    from: 'Northbank <alerts@northbank.example>',
    to: 'Robin Reader <robin.reader@gmail.com>',
    subject: 'Unusual sign-in: confirm your card',
    extraHeaders: [
      `Authentication-Results: ${id};\r\n       dkim=pass header.i=@northbank.example header.s=nb1;\r\n       spf=pass smtp.mailfrom=alerts@northbank.example;\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=northbank.example`,
    ],
    body: 'We blocked a payment. Confirm your card at https://northbank-secure.example/confirm\r\n',
  });

const RSPAMD = (envelope: string) =>
  `Authentication-Results: ${RECEIVER};\r\n\tdkim=none;\r\n\tdmarc=fail reason="No valid SPF, No valid DKIM" header.from=northbank.example (policy=reject);\r\n\tspf=pass (${RECEIVER}: domain of ${envelope} designates ${ATTACKER_IP} as permitted sender) smtp.mailfrom=${envelope}`;
const postfixEntry = (envelope: string) => [
  `Return-Path: <${envelope}>`,
  'Delivered-To: robin@reader.example',
  RSPAMD(envelope),
  `Received: from mail.${ATTACKER} (mail.${ATTACKER} [${ATTACKER_IP}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4ZrT2h0537\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000`,
];

type Case = {
  name: string;
  about: string;
  eml: string;
  zone?: Record<string, unknown>;
  args: string[];
  expect: object;
};

function emit(write: CaseWriter, c: Case): void {
  const cls = c.name.includes('comment') ? 'probe37-ar-comment-injection' : 'probe37-ar-placement';
  write(c.name, {
    eml: c.eml,
    ...(c.zone ? { zone: c.zone } : {}),
    meta: { about: c.about, class: cls, args: c.args, expect: c.expect },
  });
}

const onTopRaw = (raw: string, ...headers: string[]) => [...headers, raw].join('\r\n');

export async function makeAll(write: CaseWriter): Promise<void> {
  // --- Gmail's SPF comment ------------------------------------------------------------------
  emit(write, {
    name: 'probe37-gmail-spf-comment-quoted-localpart-dmarc-pass-offline',
    about: `Plain bank forgery from ${ATTACKER_IP} (SPF passes for ${ATTACKER}), MAIL FROM <${INJECTING}>. Gmail writes it in its SPF comment; the parser closes the comment at the sender's ")" and splits at ";", so Gmail's own header reads "spf=pass; dmarc=pass header.from=northbank.example; … dmarc=fail". Offline, the provider's header is the verdict. Wanted: spoofed (Gmail's real result is dmarc=fail p=REJECT)`,
    eml: viaGmail(INJECTING),
    args: OFFLINE,
    expect: { notVerdict: ['authenticated', 'unverified'] },
  });
  emit(write, {
    name: 'probe37-gmail-spf-comment-quoted-localpart-dmarc-pass-online',
    about: `As above with DNS: our own DMARC check fails, but the provider's header is read and shown as "Gmail says dmarc=pass". Wanted: spoofed, the provider's dmarc read as fail`,
    eml: viaGmail(INJECTING),
    zone: ATTACKER_ZONE,
    args: GMAIL,
    expect: { verdict: 'spoofed' },
  });
  emit(write, {
    name: 'probe37-gmail-spf-comment-softfail-quoted-localpart-offline',
    about: `As the first case from a domain without SPF for ${ATTACKER_IP}: Gmail's comment says "does not designate", the envelope is in it all the same. Offline. Wanted: spoofed`,
    eml: viaGmail(INJECTING, lure(), 'softfail'),
    args: OFFLINE,
    expect: { notVerdict: ['authenticated', 'unverified'] },
  });
  emit(write, {
    name: 'probe37-gmail-plain-envelope-offline-control',
    about: `Control: the same forgery with MAIL FROM <${PLAIN}>, offline. Wanted: spoofed (Gmail's dmarc=fail p=REJECT)`,
    eml: viaGmail(PLAIN),
    args: OFFLINE,
    expect: { notVerdict: ['authenticated', 'unverified'] },
  });
  emit(write, {
    name: 'probe37-rspamd-spf-comment-quoted-localpart-control',
    about: `Control: rspamd on the reader's Postfix box writes the same envelope in its SPF comment, but after its dmarc=fail; the first dmarc= is the real one. Offline. Wanted: not authenticated`,
    eml: onTopRaw(lure(), ...postfixEntry(INJECTING)),
    args: ['--authserv-id', RECEIVER],
    expect: { notVerdict: ['authenticated', 'unverified'] },
  });
  // --- a second header under the trusted id ---------------------------------------------------
  for (const [tag, id] of [
    ['upper-trailing-dot', 'MX.GOOGLE.COM.'],
    ['comment-version', 'mx.google.com (Google Transport Security) 1'],
  ] as const) {
    emit(write, {
      name: `probe37-gmail-second-header-${tag}-offline`,
      about: `The forgery carries its own "Authentication-Results: ${id}; … dmarc=pass header.from=northbank.example" below Gmail's real block (Gmail's header says dmarc=fail). Gmail writes one header per delivery; the sender's is the second. Offline. Wanted: spoofed`,
      eml: viaGmail(PLAIN, withOwnHeader(id)),
      args: OFFLINE,
      expect: { notVerdict: ['authenticated', 'unverified'] },
    });
  }
  // --- Yahoo's family wildcard ----------------------------------------------------------------
  emit(write, {
    name: 'probe37-yahoo-lookalike-suffix-header-offline',
    about: `Yahoo delivery (Yahoo's header: dmarc=fail); the forgery carries "Authentication-Results: atlas-production.v2-mail-prod1-gq1.omega.yahoo.com.${ATTACKER}; dmarc=pass …". Offline. Wanted: spoofed`,
    eml: yahooDelivery(withOwnHeader(`atlas-production.v2-mail-prod1-gq1.omega.yahoo.com.${ATTACKER}`), {
      relay: RELAY,
      envelope: INJECTING,
      results: `spf=pass smtp.mailfrom=${ATTACKER};\r\n dmarc=fail(p=REJECT) header.from=northbank.example;`,
    }),
    args: ['--webmail', 'yahoo'],
    expect: { notVerdict: ['authenticated', 'unverified'] },
  });
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
