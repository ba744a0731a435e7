// Red-team probes, round 144 (December 2026): the last commit (e1d3ef95), read by a reader on his
// own box (Postfix at mx.reader.example, `--authserv-id`), in Gmail and with no options.
// - lib/analyze.ts withExpiryAtEntry: a DKIM signature that failed only on its x= expiry is checked
//   again at the date of the origin hop's Received line. A replay sent after the expiry, carrying
//   the notice's own (genuine, 20 November) lines and a forged line of the attacker's "forwarder"
//   dated before the expiry; a HELO carrying `; <date before expiry>`; an entry line in a time
//   zone far west of UTC on the day of the expiry; the same replay at Gmail.
// - lib/findings/subject.ts: subject-unsigned stays medium only beside a signature of the same
//   signer over Subject that fails on its header hash (cause signature-mismatch). The attacker who
//   swapped the Subject of a dual-signed notice need not leave that witness: he deletes the broken
//   RSA signature, or edits its s= so that it finds no key, or its h= so it no longer names Subject.
// Where the layouts were learnt: as probe143 (Broadcom's knowledge base, search corpus "pages":
// "DKIM signatures missing signature expiration" for Messaging Gateway's 7-day x= and its h=
// list); RFC 6376 §3.5 (x=, judged at verification) and §6.1.1 (a verifier ignores a signature it
// cannot use); Gmail's and Postfix's headers as kit.ts, messages.ts and receivers.ts write them.
// Names and addresses are documentation ones except Google's hosts; every key is the corpus key.

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
const X_EXPIRY = new Date('2026-11-27T09:58:00Z');

interface Sig {
  d: string;
  s: string;
  alg?: 'rsa-sha256' | 'ed25519-sha256';
  h?: string[];
  x?: Date;
}

/** Signs `raw` with the corpus keys (x= as asked); the signature on top. */
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
      },
    ],
  } as never);
  const out = (res as { signatures: string }).signatures;
  if (!out) throw new Error(`signing failed: ${JSON.stringify((res as { errors?: unknown }).errors)}`);
  return out + raw;
}

const NOTICE_BODY =
  'Dear customer,\r\n\r\nyour November statement is ready in online banking:\r\nhttps://www.northbank.example/statements\r\n\r\nNorthbank Customer Service\r\n';

const notice = (extra: string[] = []) =>
  submitted({
    from: BANK_FROM,
    to: READER,
    subject: 'Your November statement is ready',
    date: 'Fri, 20 Nov 2026 09:58:00 +0000',
    messageId: '<stmt-20261120-66144@northbank.example>',
    extraHeaders: extra,
    body: NOTICE_BODY,
  });

/** The bank's own outbound hand-off inside its network, as its gateway writes it (genuine, 20 Nov). */
const bankInner = (raw: string) =>
  onTop(
    raw,
    received({
      helo: 'app7.int.northbank.example',
      rdns: 'app7.int.northbank.example',
      ip: '10.20.0.7',
      by: 'mail.northbank.example',
      id: '4Qb7Nn2x0',
      date: 'Fri, 20 Nov 2026 09:58:01 +0000',
    }),
  );

/** The reader's box taking the message from `relay` (envelope in Return-Path). */
const atBox = (raw: string, relay: Relay, envelope: string, date = 'Fri, 20 Nov 2026 10:00:05 +0000') =>
  onTop(raw, `Return-Path: <${envelope}>`, received({ ...relay, by: RECEIVER, for: RCPT, date }));

const REPLAY_DATE = 'Mon, 30 Nov 2026 08:00:05 +0000';
const LURE = 'Payment failed: update your card within 24 hours';

const ZONE = {
  ...BANK,
  ...ptr(BANK_IP, 'mail.northbank.example'),
  ...ptr(ATTACKER_IP, 'mail.attacker.example'),
  'nb1._domainkey.northbank.example': KEY(),
  'nbed._domainkey.northbank.example': { TXT: [corpusKeys().ed25519Txt] },
  'smg._domainkey.northbank.example': KEY(),
  'attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
  '_dmarc.attacker.example': { TXT: ['v=DMARC1; p=reject'] },
  '_dmarc.reader.example': { TXT: ['v=DMARC1; p=quarantine'] },
};

const SPOOF: CaseExpectation = NOT_TRUSTED;

export async function makeAll(write: CaseWriter): Promise<void> {
  const box = (name: string, about: string, cls: string, eml: string, expect: CaseExpectation) =>
    emitCase(write, { name, about, class: cls, args: ARGS, eml, zone: ZONE, expect, twin: true });

  // ---------------------------------------------------------------- x= expiry at the entry date
  const smg = bankInner(
    await sign(notice(['Reply-To: Northbank Service <service@northbank.example>']), {
      d: BANK_D,
      s: 'smg',
      h: SMG_H,
      x: X_EXPIRY,
    }),
  );
  box(
    'probe144-control-x-notice-at-box-read-later',
    'Control: the bank’s Broadcom Messaging Gateway notice with a 7-day x=, from the bank’s own server to the reader’s box on 20 November, read on 6 December (SPF and DKIM-at-entry both align).',
    'x-expiry-control',
    atBox(smg, BANK_RELAY, 'security@northbank.example'),
    AUTHENTICATED,
  );
  // The attacker, a customer of the bank, kept his own copy: his mailbox's line about the bank's
  // relay (genuine, 20 November) sits below, and he adds a forwarder's line dated before the expiry.
  const kept = onTop(
    smg,
    received({
      ...BANK_RELAY,
      by: 'mx.attacker.example',
      id: '4QkEpT9c1',
      for: 'victim-copy@attacker.example',
      date: 'Fri, 20 Nov 2026 10:00:02 +0000',
    }),
  );
  box(
    'probe144-x-expired-replay-own-copy-lines-below',
    'Attack: the expired x= notice replayed on 30 November from the attacker’s server; below the box’s line sit the attacker mailbox’s genuine line about the bank’s relay (20 November) and a forged hand-off “by relay.alumni-forward.example” dated 21 November: an entry read from either would be before x=.',
    'x-expiry-replay',
    atBox(
      onTop(
        kept,
        received({
          helo: 'mx.attacker.example',
          rdns: 'mx.attacker.example',
          ip: '203.0.113.40',
          by: 'relay.alumni-forward.example',
          id: '4QkFw0zz2',
          for: RCPT,
          date: 'Sat, 21 Nov 2026 07:12:44 +0000',
        }),
      ),
      ATTACKER_RELAY,
      'bounce@attacker.example',
      REPLAY_DATE,
    ),
    SPOOF,
  );
  box(
    'probe144-x-expired-replay-helo-carries-date',
    'Attack: the expired replay from a server whose EHLO is `mail.attacker.example; Fri, 20 Nov 2026 10:00:05 +0000` (Postfix prints the HELO as given), so the box’s own line holds a second “; <date before x=>” before its real time stamp.',
    'x-expiry-replay',
    atBox(
      kept,
      { ...ATTACKER_RELAY, helo: 'mail.attacker.example; Fri, 20 Nov 2026 10:00:05 +0000' },
      'bounce@attacker.example',
      REPLAY_DATE,
    ),
    SPOOF,
  );
  box(
    'probe144-x-expired-replay-entry-no-semicolon-helo-date',
    'Attack: the expired replay from a server whose EHLO is a bare date before x= (`20 Nov 2026 10:00 +0000`, no “;”): the box’s own time stamp after the last “;” must be the one read.',
    'x-expiry-replay',
    atBox(
      kept,
      { ...ATTACKER_RELAY, helo: '20 Nov 2026 10:00 +0000' },
      'bounce@attacker.example',
      REPLAY_DATE,
    ),
    SPOOF,
  );
  box(
    'probe144-x-expired-replay-entry-west-zone',
    'Attack: the replay taken by the box at 23:30 on 26 November in a −1100 zone (10:30 UTC on the 27th, 32 minutes after x=): the zone must be applied, not the local wall time.',
    'x-expiry-replay',
    atBox(kept, ATTACKER_RELAY, 'bounce@attacker.example', 'Thu, 26 Nov 2026 23:30:00 -1100'),
    SPOOF,
  );
  box(
    'probe144-control-x-notice-entry-east-zone',
    'Control: the genuine notice taken by the box at 08:30 on 27 November in a +0300 zone (05:30 UTC, before x=), from the bank’s own server, read on 6 December.',
    'x-expiry-control',
    atBox(smg, BANK_RELAY, 'security@northbank.example', 'Fri, 27 Nov 2026 08:30:00 +0300'),
    AUTHENTICATED,
  );
  // Gmail: the replay with the attacker's forged lines below Gmail's entry.
  const atGmail = (raw: string, relay: Relay, envelope: string, results: string[], ids: [string, string]) =>
    gmailDelivery(raw, {
      relay,
      envelope,
      results: results.join('\r\n       '),
      ids,
      spf: relay === BANK_RELAY ? 'pass' : 'fail',
      deliveredTo: true,
      to: GMAIL_RCPT,
    });
  emitCase(write, {
    name: 'probe144-control-x-notice-gmail-read-later',
    about: 'Control: the x= notice from the bank’s server to Gmail on 20 November, read on 6 December.',
    class: 'x-expiry-control',
    args: GMAIL,
    eml: atGmail(
      smg,
      BANK_RELAY,
      'security@northbank.example',
      [gmailDkim(BANK_D, 'smg'), gmailSpf('security@northbank.example', BANK_IP), gmailDmarc(BANK_D)],
      ['x144csp4412pxa', 'a144si8812qtb.144'],
    ),
    zone: ZONE,
    expect: AUTHENTICATED,
    twin: true,
  });
  emitCase(write, {
    name: 'probe144-x-expired-replay-gmail-lines-below',
    about:
      'Attack: the expired notice replayed to Gmail on 30 November (Gmail’s lines are the real delivery), the attacker’s own copy’s line about the bank’s relay (20 November) below Gmail’s entry.',
    class: 'x-expiry-replay',
    args: GMAIL,
    eml: atGmail(
      kept,
      ATTACKER_RELAY,
      'bounce@attacker.example',
      [
        gmailDkim(BANK_D, 'smg', 'neutral (signature expired)'),
        gmailSpf('bounce@attacker.example', ATTACKER_IP),
        gmailDmarc(BANK_D, 'REJECT', 'fail'),
      ],
      ['x144csp5512pxa', 'a144si9912qtb.144'],
    ).replace(/Fri, 20 Nov 2026 10:00:0[56] [^\r\n]*/g, (m) => m.replace('Fri, 20 Nov', 'Mon, 30 Nov')),
    zone: ZONE,
    expect: SPOOF,
    twin: true,
  });

  // ---------------------------------------------------------------- Subject swapped, witness gone
  const dual = await sign(await sign(notice(), { d: BANK_D, s: 'nb1' }), {
    d: BANK_D,
    s: 'nbed',
    alg: 'ed25519-sha256',
    h: ['from', 'to', 'date', 'message-id'],
  });
  box(
    'probe144-control-dual-signed-notice',
    'Control: the bank signs twice (RSA over its full list, Ed25519 over From, To, Date, Message-ID), from its own server to the box.',
    'subject-control',
    atBox(dual, BANK_RELAY, 'security@northbank.example'),
    AUTHENTICATED,
  );
  const swapped = dual.replace('Subject: Your November statement is ready', `Subject: ${LURE}`);
  // The RSA signature is the first DKIM-Signature field (the Ed25519 one sits above it).
  const rsaField = /DKIM-Signature: v=1; a=rsa-sha256;[\s\S]*?\r\n(?=[^ \t])/;
  const rsa = rsaField.exec(swapped)?.[0] ?? '';
  if (!rsa) throw new Error('probe144: no RSA signature found');
  box(
    'probe144-subject-swapped-rsa-signature-deleted',
    'Attack: the dual-signed notice replayed with its Subject rewritten to a payment lure and the bank’s RSA signature (which covered Subject and now fails) deleted; only the thin Ed25519 one (no Subject) remains, passing, aligned, its h= covering the reader’s own To.',
    'subject-unsigned',
    atBox(swapped.replace(rsa, ''), ATTACKER_RELAY, 'bounce@attacker.example'),
    SPOOF,
  );
  box(
    'probe144-subject-swapped-rsa-selector-edited',
    'Attack: as above, the broken RSA signature kept but its s= edited to a selector the bank does not publish: it now fails for want of a key, not on its header hash.',
    'subject-unsigned',
    atBox(swapped.replace(rsa, rsa.replace('s=nb1;', 's=nb9;')), ATTACKER_RELAY, 'bounce@attacker.example'),
    SPOOF,
  );
  box(
    'probe144-subject-swapped-rsa-h-edited',
    'Attack: as above, the broken RSA signature’s h= edited to leave Subject out: it still fails on its header hash, but no longer “covers Subject”.',
    'subject-unsigned',
    atBox(
      swapped.replace(rsa, rsa.replace(/h=([^;]*?)subject:/i, 'h=$1')),
      ATTACKER_RELAY,
      'bounce@attacker.example',
    ),
    SPOOF,
  );
}

// Fixed at 07:06 on 2026-12-06 (lib/findings/subject.ts): the Subject of the bank's dual-signed
// notice swapped to a lure, its thin Ed25519 signature (From, To, Date, Message-ID) carrying DMARC,
// read authenticated (subject-unsigned:low) when the attacker deleted the broken RSA signature,
// edited its s= to an unpublished selector, or edited its h= to drop subject: the round-143 rule
// asked for a signature-mismatch over Subject, evidence the attacker removes. Now any failing
// signature of the same signer (other than a vouching one) keeps subject-unsigned medium, and an
// Ed25519 signature alone earns no "To is signed" excuse (signers sign RSA beside it, RFC 8463):
// all suspicious.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter) {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
