// Red-team probes, round 145 (December 2026): the newest code, read by a reader on his own box
// (Postfix at mx.reader.example, `--authserv-id`) and with no options.
// - lib/auth/relaxed-body.ts speedUpRelaxedHash: the fast path that hashes whole chunks of a
//   relaxed body itself. A scratch fuzzer (scripts/scratch/fuzz145.ts, untracked: 200,000 bodies of
//   bare CR, CR/LF and space/CR split across chunks, NUL, 0x0B, 0x0C, 0x85, 0xA0, trailing empty and
//   white-space-only lines, views at odd byteOffsets, l= inside a line, a final call with and
//   without a chunk, 1 MB single chunks, fed raw and through lib/auth/line-breaks.ts crlfPieces as
//   the verifier feeds them) found no digest or count differing from mailauth's RelaxedHash. The
//   verifier's body reaches the hasher from writeToStream in 64 KiB slices (mailauth/lib/tools.js),
//   the first one cut again after the header block (lib/auth/header-end.ts) and at every bare LF
//   (crlfPieces): the cases below put a CR/LF, a space/CR and a tampered byte on the 64 KiB seam of
//   a 70 KB notice, each beside its genuine control.
// - lib/findings/subject.ts headersChanged / toSigned (round 144): a bank signing with two RSA
//   keys (a thin h= of the application server's OpenDKIM, From/To/Date/Message-ID, and its
//   gateway's full list): the Subject swapped and the full signature deleted.
// Where the layouts were learnt: as probe144 (Broadcom Messaging Gateway's h= from its knowledge
// base, search corpus "pages"); Zimbra's bundled OpenDKIM h= (From, To, Date, Message-ID) as
// lib/findings/subject.ts and realworld10.ts record it; mailauth's own writeToStream and message
// parser for how the body is cut. Names and addresses are documentation ones; every key is the
// corpus key.

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
  KEY,
  NOT_TRUSTED,
  ptr,
  RECEIVER,
  type Relay,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { ATTACKER_RELAY, BANK_RELAY, probeCorpus } from '../rounds-kit';

const READER = 'Robin Reader <robin@reader.example>';
const RCPT = 'robin@reader.example';
const BANK_D = 'northbank.example';
const FULL_H = ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'];
const THIN_H = ['from', 'to', 'date', 'message-id'];
const SEAM = 64 * 1024;

async function sign(raw: string, d: string, s: string, h = FULL_H): Promise<string> {
  const res = await dkimSign(raw, {
    canonicalization: 'relaxed/relaxed',
    signTime: new Date('2026-11-20T09:58:00Z'),
    signatureData: [
      {
        signingDomain: d,
        selector: s,
        privateKey: corpusKeys().rsaPem,
        algorithm: 'rsa-sha256',
        headerList: h,
      },
    ],
  } as never);
  const out = (res as { signatures: string }).signatures;
  if (!out) throw new Error(`signing failed: ${JSON.stringify((res as { errors?: unknown }).errors)}`);
  return out + raw;
}

const atBox = (raw: string, relay: Relay, envelope: string) =>
  onTop(
    raw,
    `Return-Path: <${envelope}>`,
    received({ ...relay, by: RECEIVER, for: RCPT, date: 'Fri, 20 Nov 2026 10:00:05 +0000' }),
  );

const ZONE = {
  ...BANK,
  ...ptr(BANK_IP, 'mail.northbank.example'),
  ...ptr(ATTACKER_IP, 'mail.attacker.example'),
  'nb1._domainkey.northbank.example': KEY(),
  'zm1._domainkey.northbank.example': KEY(),
  'attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
  '_dmarc.attacker.example': { TXT: ['v=DMARC1; p=reject'] },
  '_dmarc.reader.example': { TXT: ['v=DMARC1; p=quarantine'] },
};

/** A long statement (transaction rows); `seamLine` is the line whose line break the seam should split. */
const statementBody = (pad: number, seamLine: string) => {
  const rows: string[] = ['Dear customer,', '', 'your November statement (transactions below):', ''];
  for (let i = 1; i <= 900; i++)
    rows.push(
      `2026-11-${String((i % 28) + 1).padStart(2, '0')} CARD PURCHASE REF ${String(100000 + i)} EUR ${String((i * 37) % 500)}.${String(i % 100).padStart(2, '0')}`,
    );
  rows.push(`Padding ${'x'.repeat(pad)}`);
  rows.push(seamLine);
  rows.push(
    'Pay your balance at https://www.northbank.example/statements',
    '',
    'Northbank Customer Service',
    '',
  );
  return rows.join('\r\n');
};

const statement = (pad: number, seamLine: string) =>
  submitted({
    from: BANK_FROM,
    to: READER,
    subject: 'Your November statement is ready',
    date: 'Fri, 20 Nov 2026 09:58:00 +0000',
    messageId: '<stmt-20261120-66145@northbank.example>',
    body: statementBody(pad, seamLine),
  });

const SEAM_LINE = 'Closing balance EUR 1,204.50';

/** The genuine statement, signed and delivered by the bank, its seam line's CR the last byte of the first 64 KiB slice. */
async function seamStatement(): Promise<{ eml: string; signed: string }> {
  let pad = 10;
  for (let k = 0; k < 4; k++) {
    const signed = await sign(statement(pad, SEAM_LINE), BANK_D, 'nb1');
    const eml = atBox(signed, BANK_RELAY, 'security@northbank.example');
    const cr = eml.indexOf(`${SEAM_LINE}\r\n`) + SEAM_LINE.length;
    if (cr === SEAM - 1) return { eml, signed };
    pad += SEAM - 1 - cr;
  }
  throw new Error('probe145: could not place the seam');
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const box = (name: string, about: string, cls: string, eml: string, expect: CaseExpectation) =>
    emitCase(write, { name, about, class: cls, args: ARGS, eml, zone: ZONE, expect, twin: true });

  // ------------------------------------------------------------ relaxed body across the 64 KiB seam
  const { eml: seamEml, signed } = await seamStatement();
  box(
    'probe145-control-long-statement-crlf-on-seam',
    'Control: the bank’s 70 KB statement, relaxed/relaxed, from its own server; the CR of a line break is the last byte of the first 64 KiB slice the verifier reads, its LF the first of the next.',
    'relaxed-body-control',
    seamEml,
    AUTHENTICATED,
  );
  const replay = (raw: string) => atBox(raw, ATTACKER_RELAY, 'bounce@attacker.example');
  box(
    'probe145-control-long-statement-replay-relaxed-whitespace',
    'Control (attack that relaxed canonicalisation allows): the genuine statement replayed with a space before the seam line’s CR and two spaces in a row in it: the relaxed body hash still matches, so DKIM passes and DMARC aligns (RFC 6376 §3.4.4); reads authenticated by design, as mailauth reads it.',
    'relaxed-body-control',
    replay(signed.replace(`${SEAM_LINE}\r\n`, 'Closing balance  EUR 1,204.50 \r\n')),
    AUTHENTICATED,
  );
  box(
    'probe145-long-statement-bare-cr-on-seam',
    'Attack: the statement replayed with a second CR before the seam line’s CRLF (`\\r\\r\\n` split as `…\\r` | `\\r\\n…` across the 64 KiB slices) and the pay link changed: relaxed keeps a bare CR as content, so the body hash must fail.',
    'relaxed-body-seam',
    replay(
      signed
        .replace(`${SEAM_LINE}\r\n`, `${SEAM_LINE}\r\r\n`)
        .replace('https://www.northbank.example/statements', 'https://northbank-statements.example/pay'),
    ),
    NOT_TRUSTED,
  );
  box(
    'probe145-long-statement-nbsp-for-space-on-seam',
    'Attack: the statement replayed with the seam line’s spaces turned into 0xA0 (no-break space, not WSP for relaxed) and the balance changed: the body hash must fail.',
    'relaxed-body-seam',
    replay(signed.replace(`${SEAM_LINE}\r\n`, 'Closing\u00a0balance\u00a0EUR\u00a09,204.50\r\n')),
    NOT_TRUSTED,
  );
  box(
    'probe145-long-statement-tab-and-lf-only-after-seam',
    'Attack: the statement replayed with LF-only line ends after the seam (the verifier rewrites them to CRLF, crlfPieces), a tab in a row and one digit changed in a transaction row: the body hash must fail.',
    'relaxed-body-seam',
    replay(
      (() => {
        const at = signed.indexOf(SEAM_LINE);
        const tail = signed
          .slice(at)
          .replace(/\r\n/g, '\n')
          .replace('Pay your balance at', 'Pay\tyour balance today at');
        return signed.slice(0, at) + tail;
      })(),
    ),
    NOT_TRUSTED,
  );

  // ------------------------------------------------------------ two RSA signatures, the full one deleted
  const notice = submitted({
    from: BANK_FROM,
    to: READER,
    subject: 'Your November statement is ready',
    date: 'Fri, 20 Nov 2026 09:58:00 +0000',
    messageId: '<stmt-20261120-77145@northbank.example>',
    body: 'Dear customer,\r\n\r\nyour November statement is ready in online banking:\r\nhttps://www.northbank.example/statements\r\n\r\nNorthbank Customer Service\r\n',
  });
  const thin = await sign(notice, BANK_D, 'zm1', THIN_H);
  const dual = await sign(thin, BANK_D, 'nb1');
  box(
    'probe145-control-dual-rsa-thin-and-full',
    'Control: the bank’s Zimbra signs with its bundled OpenDKIM (From, To, Date, Message-ID, selector zm1) and its gateway signs again over the full list (nb1); from the bank’s own server.',
    'subject-control',
    atBox(dual, BANK_RELAY, 'security@northbank.example'),
    AUTHENTICATED,
  );
  const LURE = 'Payment failed: update your card within 24 hours';
  const swapped = dual.replace('Subject: Your November statement is ready', `Subject: ${LURE}`);
  // The gateway's signature is the top DKIM-Signature field (added last).
  const fullSig2 = /^DKIM-Signature:[\s\S]*?\r\n(?=[^ \t])/m.exec(swapped)?.[0] ?? '';
  if (!fullSig2.includes('s=nb1')) throw new Error('probe145: full signature not found');
  box(
    'probe145-subject-swapped-full-rsa-deleted-thin-rsa-kept',
    'Attack: the dual-signed notice replayed with a lure Subject and the gateway’s full RSA signature deleted; only the Zimbra OpenDKIM one (RSA, no Subject, To naming the reader) remains, passing and aligned.',
    'subject-unsigned',
    replay(swapped.replace(fullSig2, '')),
    NOT_TRUSTED,
  );
}

// Kept out by choice (the lead, 08:31 on 2026-12-06): the message left is byte for byte a genuine
// thin Zimbra signature (To naming the reader) that reached the reader other than from the bank's
// own servers, which lists and plain forwards also deliver (realworld10.ts); dropping the signed-To
// excuse for every hand-off outside the signer's SPF would read those suspicious. The attacker must
// hold a genuine message addressed to the reader and keeps its body; README, "What still fools".
// probe145-subject-swapped-full-rsa-deleted-thin-rsa-kept: reads authenticated
// (subject-unsigned:low). Should read not trusted (subject-unsigned medium). lib/findings/subject.ts
// subjectRule: toSigned excuses a thin RSA signature whose h= covers To, and headersChanged needs a
// failing signature of the signer still present; the attacker deletes the gateway's full RSA
// signature (as probe144 deleted the RSA twin of an Ed25519 one), so neither witness remains. The
// round-144 Ed25519 exclusion does not reach two RSA keys. The delivery came from a host outside
// the bank's SPF (no aligned SPF, no list, no ARC forwarder): the signed-To excuse was learnt for
// Zimbra posts through lists and forwarders (realworld10.ts), not for a direct hand-off from a
// stranger's server.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe145-subject-swapped-full-rsa-deleted-thin-rsa-kept',
  'probe145-subject-swapped-full-rsa-deleted-thin-rsa-kept-no-options',
]);

export async function make(write: CaseWriter) {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
