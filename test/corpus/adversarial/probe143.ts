// Red-team probes, round 143 (December 2026): DKIM signature edge cases around the engine's own
// rules (lib/auth/dkim.ts, lib/auth/dkim-strict.ts, lib/findings/dkim.ts), read on the reader's
// own box (Postfix at mx.reader.example, `--authserv-id`), in Gmail and with no options.
// - Two From fields, both covered by the attacker's own signature (h=from:from), the bank's on top.
// - A genuine bank notice replayed with an unsigned Subject added above the signed one, also
//   written `Subject :` (white space before the colon, RFC 5322 §4.5.3 obsolete syntax).
// - `l=` notices with MIME parts appended, under a new Content-Type added on top (the signed one
//   left below it) or replacing an unsigned Content-Type (a signer whose h= omits it).
// - i= of the bank on the attacker's d=; a key with t=y (testing) whose signature broke.
// - Ed25519 beside RSA where the Ed25519 signer's h= leaves Subject out and the RSA one fails.
// - d= the parent domain, From a subdomain, under adkim=s.
// - x= expiry: a notice signed with a 7-day x= (Broadcom Messaging Gateway sets one), received in
//   time and read later, and the same notice replayed after it expired.
// Where the layouts were learnt: Broadcom's knowledge base (search corpus "pages": "DKIM
// signatures missing signature expiration" for Messaging Gateway's x= and its h= list, and the
// Email Security.Cloud outbound-DKIM FAQ for i=@domain and keys with t=s / t=y); Gmail's and
// Postfix's headers as kit.ts, messages.ts and receivers.ts write them. Names and addresses are
// documentation ones except Google's hosts; every key is the corpus key (RSA or Ed25519).

import { dkimSign } from 'mailauth/lib/dkim/sign';
import type { CaseExpectation } from '../../helpers/corpus';
import { corpusKeys } from '../../helpers/corpus';
import {
  ARGS,
  ATTACKER_IP,
  AUTHENTICATED,
  BANK,
  BANK_FROM,
  BANK_IP,
  emitCase,
  GMAIL,
  KEY,
  NOT_TRUSTED,
  ptr,
  RECEIVER,
  type Relay,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { ATTACKER_RELAY, BANK_RELAY, probeCorpus } from '../rounds-kit';

const READER = 'Robin Reader <robin@reader.example>';
const RCPT = 'robin@reader.example';
const GMAIL_RCPT = 'robin.reader@gmail.com';
const BANK_D = 'northbank.example';
const FULL_H = ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'];
/** Broadcom Messaging Gateway's h= (its knowledge base's sample), trimmed to what the notice has. */
const SMG_H = ['from', 'reply-to', 'subject', 'date', 'message-id', 'to', 'mime-version', 'content-type'];

interface Sig {
  d: string;
  s: string;
  alg?: 'rsa-sha256' | 'ed25519-sha256';
  h?: string[];
  l?: number;
  x?: Date;
  i?: string;
}

/** Signs `raw` (the corpus keys), with x=, i=, l= as asked; the signature on top. */
async function sign(raw: string, sig: Sig): Promise<string> {
  const keys = corpusKeys();
  const alg = sig.alg ?? 'rsa-sha256';
  const res = await dkimSign(raw, {
    canonicalization: 'relaxed/relaxed',
    signTime: new Date('2026-11-20T09:58:00Z'),
    ...(sig.x ? { expires: sig.x } : {}),
    signatureData: [
      {
        signingDomain: sig.d,
        selector: sig.s,
        privateKey: alg === 'ed25519-sha256' ? keys.ed25519Pem : keys.rsaPem,
        algorithm: alg,
        headerList: sig.h ?? FULL_H,
        ...(sig.l !== undefined ? { maxBodyLength: sig.l } : {}),
        ...(sig.i ? { identity: sig.i } : {}),
      },
    ],
  } as never);
  const out = (res as { signatures: string }).signatures;
  if (!out) throw new Error(`signing failed: ${JSON.stringify((res as { errors?: unknown }).errors)}`);
  return out + raw;
}

const NOTICE_BODY =
  'Dear customer,\r\n\r\nyour November statement is ready in online banking:\r\nhttps://www.northbank.example/statements\r\n\r\nNorthbank Customer Service\r\n';

/** The bank's genuine notice (before signing). */
const notice = (o: { from?: string; subject?: string; extra?: string[]; body?: string } = {}) =>
  submitted({
    from: o.from ?? BANK_FROM,
    to: READER,
    subject: o.subject ?? 'Your November statement is ready',
    date: 'Fri, 20 Nov 2026 09:58:00 +0000',
    messageId: '<stmt-20261120-55107@northbank.example>',
    extraHeaders: o.extra ?? [],
    body: o.body ?? NOTICE_BODY,
  });

const bodyLength = (raw: string) => raw.length - raw.indexOf('\r\n\r\n') - 4;

/** The reader's box taking the message from `relay` (envelope in Return-Path). */
const atBox = (raw: string, relay: Relay, envelope: string, date = 'Fri, 20 Nov 2026 10:00:05 +0000') =>
  onTop(raw, `Return-Path: <${envelope}>`, received({ ...relay, by: RECEIVER, for: RCPT, date }));

/** The reader's old alumni address, forwarded with SRS to the box: SPF passes only for the forwarder. */
const FORWARDER: Relay = {
  helo: 'mx1.alumni-forward.example',
  rdns: 'mx1.alumni-forward.example',
  ip: '198.51.100.20',
};
const SRS = 'SRS0=hA3k=ZK=northbank.example=security@alumni-forward.example';
const forwarded = (raw: string) =>
  onTop(
    raw,
    `Return-Path: <${SRS}>`,
    received({ ...FORWARDER, by: RECEIVER, for: RCPT }),
    received({
      ...BANK_RELAY,
      by: 'mx1.alumni-forward.example',
      id: '4Qx0Fw1nb',
      for: 'robin@alumni-forward.example',
      date: 'Fri, 20 Nov 2026 10:00:02 +0000',
    }),
  );

const rsaTxt = () => corpusKeys().rsaTxt;
const ZONE = {
  ...BANK,
  ...ptr(BANK_IP, 'mail.northbank.example'),
  ...ptr(ATTACKER_IP, 'mail.attacker.example'),
  ...ptr(FORWARDER.ip, FORWARDER.rdns),
  'nb1._domainkey.northbank.example': KEY(),
  'nbed._domainkey.northbank.example': { TXT: [corpusKeys().ed25519Txt] },
  'smg._domainkey.northbank.example': KEY(),
  'test._domainkey.northbank.example': { TXT: [rsaTxt().replace('k=rsa;', 'k=rsa; t=y;')] },
  'attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
  's1._domainkey.attacker.example': KEY(),
  '_dmarc.attacker.example': { TXT: ['v=DMARC1; p=reject'] },
  'alumni-forward.example': { TXT: [`v=spf1 ip4:${FORWARDER.ip} -all`] },
  '_dmarc.reader.example': { TXT: ['v=DMARC1; p=quarantine'] },
};
/** The bank under adkim=s / aspf=s, its alerts from a subdomain with its own SPF. */
const STRICT_ZONE = {
  ...ZONE,
  '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject; adkim=s; aspf=s'] },
  'secure.northbank.example': { TXT: [`v=spf1 ip4:${BANK_IP} -all`] },
};

const SPOOF: CaseExpectation = NOT_TRUSTED;
const X_EXPIRY = new Date('2026-11-27T09:58:00Z');

export async function makeAll(write: CaseWriter): Promise<void> {
  const box = (name: string, about: string, cls: string, eml: string, expect: CaseExpectation, zone = ZONE) =>
    emitCase(write, { name, about, class: cls, args: ARGS, eml, zone, expect, twin: true });

  // --- genuine control: the bank's own signed notice from its own server.
  const genuine = await sign(notice(), { d: BANK_D, s: 'nb1' });
  box(
    'probe143-control-bank-notice',
    'Control: the bank’s signed statement notice from its own server to the reader’s box.',
    'dkim-control',
    atBox(genuine, BANK_RELAY, 'security@northbank.example'),
    AUTHENTICATED,
  );

  // --- two From fields, the attacker's signature covering both (h=from:from).
  const twoFrom = await sign(
    notice({ from: 'Northbank Security <security@attacker.example>' }).replace(
      /^From: /,
      `From: ${BANK_FROM}\r\nFrom: `,
    ),
    { d: 'attacker.example', s: 's1', h: ['from', 'from', ...FULL_H.slice(1)] },
  );
  box(
    'probe143-two-from-oversigned-by-attacker',
    'Attack: two From fields, the bank’s on top (what webmail shows), the attacker’s below; the attacker’s own aligned-looking signature covers both (h=from:from), so no field is “added after signing”; SPF passes for attacker.example.',
    'dkim-two-from',
    atBox(twoFrom, ATTACKER_RELAY, 'bounce@attacker.example'),
    SPOOF,
  );

  // --- a header signed once and present twice: an unsigned Subject added above the signed one.
  const lure = 'Payment failed: update your card within 24 hours';
  box(
    'probe143-replay-added-subject',
    'Attack: the bank’s genuine notice replayed from the attacker’s server with a second, unsigned Subject on top (webmail shows the top one).',
    'dkim-added-field',
    atBox(onTop(genuine, `Subject: ${lure}`), ATTACKER_RELAY, 'bounce@attacker.example'),
    SPOOF,
  );
  box(
    'probe143-replay-added-subject-space-before-colon',
    'Attack: as probe143-replay-added-subject, the added field written `Subject :` (obsolete syntax, RFC 5322 §4.5.3) so that a verifier keying fields by their exact name does not count it.',
    'dkim-added-field',
    atBox(onTop(genuine, `Subject : ${lure}`), ATTACKER_RELAY, 'bounce@attacker.example'),
    SPOOF,
  );

  // --- l= with appended MIME parts.
  const lNotice = notice();
  const lSigned = await sign(lNotice, { d: BANK_D, s: 'nb1', l: bodyLength(lNotice) });
  box(
    'probe143-control-l-notice-intact',
    'Control: the bank signs with l= over the whole body (some gateways do), delivered unchanged from its own server.',
    'dkim-control',
    atBox(lSigned, BANK_RELAY, 'security@northbank.example'),
    AUTHENTICATED,
  );
  const appended = [
    '',
    '--nb-upd-7',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>Your direct debit failed. <a href="https://northbank-secure.example/update">Update your card</a> today.</p>',
    '--nb-upd-7--',
    '',
  ].join('\r\n');
  box(
    'probe143-l-replay-content-type-added-on-top',
    'Attack: an l= notice replayed with a new `Content-Type: multipart/mixed; boundary=nb-upd-7` added above the signed one and an HTML part appended: the signed text becomes the invisible preamble, the lure is all the reader sees.',
    'dkim-body-length',
    atBox(
      onTop(lSigned, 'Content-Type: multipart/mixed; boundary="nb-upd-7"') + appended,
      ATTACKER_RELAY,
      'bounce@attacker.example',
    ),
    SPOOF,
  );
  const noCt = await sign(lNotice, {
    d: BANK_D,
    s: 'nb1',
    l: bodyLength(lNotice),
    h: ['from', 'to', 'subject', 'date', 'message-id'],
  });
  box(
    'probe143-l-replay-content-type-unsigned-replaced',
    'Attack: the bank’s l= signature does not cover Content-Type; the attacker replaces it with multipart/mixed and appends an HTML part after the signed text (now its preamble).',
    'dkim-body-length',
    atBox(
      noCt.replace(
        'Content-Type: text/plain; charset=utf-8',
        'Content-Type: multipart/mixed; boundary="nb-upd-7"',
      ) + appended,
      ATTACKER_RELAY,
      'bounce@attacker.example',
    ),
    SPOOF,
  );

  // --- i= of another domain than d=.
  try {
    const iOther = await sign(
      notice({
        body: 'Dear customer,\r\n\r\nplease confirm your card: https://northbank-secure.example/update\r\n',
      }),
      {
        d: 'attacker.example',
        s: 's1',
        i: 'security@northbank.example',
      },
    );
    box(
      'probe143-i-bank-on-attacker-d',
      'Attack: the attacker’s signature d=attacker.example with i=security@northbank.example (a reader showing “signed by” from i= names the bank); SPF passes for attacker.example.',
      'dkim-identity',
      atBox(iOther, ATTACKER_RELAY, 'bounce@attacker.example'),
      SPOOF,
    );
  } catch {
    // mailauth refused to write i= outside d=.
  }

  // --- t=y (testing mode): a pass forwarded (DKIM decides), and a broken one replayed.
  const testing = await sign(notice(), { d: BANK_D, s: 'test' });
  box(
    'probe143-control-ty-key-forwarded',
    'Control: the bank signs with a key published t=y (testing, as Email Security.Cloud lets a customer start); forwarded by the reader’s alumni forwarder (SRS), so only the signature can align. RFC 6376 §3.6.1 makes a testing signer no different from an unsigned one; unverified is honest, never spoofed.',
    'dkim-control',
    forwarded(testing),
    { notVerdict: ['spoofed', 'suspicious'] },
  );
  box(
    'probe143-ty-key-broken-replay',
    'Attack: the testing-mode signature replayed over the attacker’s new body from the attacker’s server: the broken t=y signature must not excuse the DMARC fail.',
    'dkim-testing-key',
    atBox(
      testing.replace(
        'https://www.northbank.example/statements',
        'https://northbank-secure.example/statements',
      ),
      ATTACKER_RELAY,
      'bounce@attacker.example',
    ),
    SPOOF,
  );

  // --- Ed25519 beside RSA.
  const dualBase = notice();
  const dual = await sign(await sign(dualBase, { d: BANK_D, s: 'nb1' }), {
    d: BANK_D,
    s: 'nbed',
    alg: 'ed25519-sha256',
    h: ['from', 'to', 'date', 'message-id'],
  });
  box(
    'probe143-control-dual-ed25519-rsa-forwarded',
    'Control: the bank signs twice (RSA over its full list, Ed25519 over From, To, Date, Message-ID), forwarded by the alumni forwarder: both verify.',
    'dkim-control',
    forwarded(dual),
    AUTHENTICATED,
  );
  box(
    'probe143-dual-ed25519-short-h-subject-swapped',
    'Attack: the dual-signed notice replayed with its Subject rewritten to a payment lure: the bank’s RSA signature (which covers Subject) now fails on its header hash, the Ed25519 one (which does not) still passes and carries DMARC.',
    'dkim-partial-headers',
    atBox(
      dual.replace('Subject: Your November statement is ready', `Subject: ${lure}`),
      ATTACKER_RELAY,
      'bounce@attacker.example',
    ),
    SPOOF,
  );

  // --- d= the parent, From a subdomain, adkim=s.
  const alerts = 'Northbank Alerts <alerts@secure.northbank.example>';
  const sub = await sign(notice({ from: alerts }), { d: BANK_D, s: 'nb1' });
  box(
    'probe143-control-adkim-s-subdomain-own-server',
    'Control: the bank’s alert from secure.northbank.example, signed d=northbank.example, from its own server with envelope alerts@secure.northbank.example (SPF passes for the exact From domain, aspf=s).',
    'dkim-control',
    atBox(sub, BANK_RELAY, 'alerts@secure.northbank.example'),
    AUTHENTICATED,
    STRICT_ZONE,
  );
  box(
    'probe143-adkim-s-parent-signature-replay',
    'Attack: the same alert replayed from the attacker’s server: d=northbank.example is not the From domain secure.northbank.example, and the bank publishes adkim=s, so DMARC fails at p=reject.',
    'dkim-strict-alignment',
    atBox(sub, ATTACKER_RELAY, 'bounce@attacker.example'),
    { verdict: 'spoofed' },
    STRICT_ZONE,
  );

  // --- x= expiry.
  const smg = await sign(notice({ extra: ['Reply-To: Northbank Service <service@northbank.example>'] }), {
    d: BANK_D,
    s: 'smg',
    h: SMG_H,
    x: X_EXPIRY,
  });
  box(
    'probe143-control-x-signed-forwarded-read-later',
    'Control: a notice from the bank’s Broadcom Messaging Gateway with a 7-day x=, received and forwarded on 20 November and read on 1 December: it verified when it arrived; only its age is past x=.',
    'dkim-expiry',
    forwarded(smg),
    { notVerdict: ['spoofed', 'suspicious'] },
  );
  emitCase(write, {
    name: 'probe143-control-x-signed-gmail-read-later',
    about:
      'Control: the same x= notice delivered to Gmail on 20 November (Gmail recorded dkim=pass, dmarc=pass) and read on 1 December, from the bank’s own server.',
    class: 'dkim-expiry',
    args: GMAIL,
    eml: gmailDelivery(smg, {
      relay: BANK_RELAY,
      envelope: 'security@northbank.example',
      results: [
        gmailDkim(BANK_D, 'smg'),
        gmailSpf('security@northbank.example', BANK_IP),
        gmailDmarc(BANK_D),
      ].join('\r\n       '),
      ids: ['x143csp4412pxa', 'a143si8812qtb.143'],
      spf: 'pass',
      deliveredTo: true,
      to: GMAIL_RCPT,
    }),
    zone: ZONE,
    expect: AUTHENTICATED,
    twin: true,
  });
  box(
    'probe143-x-expired-replay',
    'Attack: the x= notice replayed from the attacker’s server on 30 November, after its signature expired.',
    'dkim-expiry',
    atBox(smg, ATTACKER_RELAY, 'bounce@attacker.example', 'Mon, 30 Nov 2026 08:00:05 +0000'),
    SPOOF,
  );
}

// Fixed at 06:53 on 2026-12-06:
// - probe143-dual-ed25519-short-h-subject-swapped (and -no-options) read authenticated with
//   subject-unsigned:low: the bank's thin Ed25519 signature (From, To, Date, Message-ID) carried
//   DMARC under the attacker's Subject while its RSA signature over Subject failed on its header hash
//   with the body hash intact. Another signature of the same signer over Subject failing so now
//   keeps subject-unsigned medium whatever the signed To says (lib/findings/subject.ts): suspicious.
// - probe143-control-x-signed-forwarded-read-later (and -no-options), genuine, read spoofed: a
//   7-day x= signature, forwarded (only DKIM aligns), read eleven days later. A signature that
//   failed only because it expired is checked again at the time of the receiver's own entry line
//   (lib/analyze.ts withExpiryAtEntry): authenticated; the replay sent after the expiry stays spoofed.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter) {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
