// Red-team probes, round 157: the security team's triage of reported phishing (`inspect
// --attached`, lib/cli/batch/attached.ts attachedMessage, lib/attached.ts attachedBy/vouches) on
// the reader's own Postfix/Dovecot box (mx.reader.example, OpenDKIM/OpenDMARC), read as a SOC
// would: --attached --authserv-id mx.reader.example --recipient-domain reader.example.
// Probed, each beside its genuine control:
// - a colleague's real report (Thunderbird "Forward As Attachment", SASL login, OpenDKIM-signed) of
//   a phish whose own header carries, below the box's true entry line, an Authentication-Results
//   with the firm's authserv-id and a valid ARC set (sealed by the attacker's domain) recording
//   dmarc=pass for the bank under the firm's authserv-id, and a forged bank entry line;
// - the attacker reporting his own phish (outer layer his: authenticated for attacker.example) with
//   the same forged firm delivery and ARC set inside;
// - the original re-encoded base64 (Outlook for Mac, Apple Mail) and quoted-printable (report
//   add-ins that rebuild the MIME) around the forgery and around the genuine notice;
// - an ARF `multipart/report; report-type=feedback-report` (RFC 5965: text/plain,
//   message/feedback-report, message/rfc822) written by the attacker, and a genuine one from a
//   partner's feedback loop carrying the bank's signed notice;
// - a colleague's forward of two selected messages as attachments (Thunderbird forwards a
//   selection as several message/rfc822 parts): the genuine notice first, the phish second.
// Where the layouts were learnt: the Thunderbird forward, Dovecot LMTP and ESMTPSA lines are
// realworld147's (it names its sources); ARF per RFC 5965 / RFC 6650 (pages corpus: 2rfc.net/6650,
// the shaftek.org feedback-report drafts: multipart/report with message/feedback-report then the
// original as message/rfc822 or text/rfc822-headers); report add-ins that forward "as an
// attachment" (PhishReporter Outlook Add-In, github.com/N1029676/PhishReporter-Outlook-Add-In;
// an Apple Mail report script, kyannik/applescript-phishing-report, "one report email per selected
// phishing message, each with a single .eml attachment"). Microsoft's own report format (Graph
// message-reportmessage, learn.microsoft.com) sends the report to Microsoft, not as a report mail:
// the reporting-mailbox layout is realworld147's, not repeated here. Multi-selection forward as
// attachments in Thunderbird recalled, not confirmed from a stored raw message. Names and
// addresses are documentation ones; every key is the corpus key.
import { signCorpus } from '../../helpers/corpus';
import {
  ATTACHED_BOX,
  AUTHENTICATED,
  BANK,
  BANK_KEY,
  type CorpusCase,
  emitCase,
  KEY,
  NOT_TRUSTED,
  ptr,
  RECEIVER,
} from '../kit';
import { sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted, thunderbirdWithEml } from '../messages';
import { dovecotLmtp } from '../receivers';
import {
  ATTACKER_RELAY,
  BANK_ENVELOPE,
  BANK_RELAY,
  bankNotice,
  forgedBoxDelivery,
  probeCorpus,
  readerZone,
} from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed.
 *
 * Fixed at 11:33 in the CLI (lib/cli/batch/attached.ts attachedMessages, lib/cli/batch/analyse.ts:
 * each attached message is analysed, a result each); the case stays out of the corpus, whose cases
 * hold one analysis (test/unit/cli/batch.test.ts covers it).
 * probe157-colleague-two-eml-genuine-first-phish-second: reads authenticated (the first attached
 * part, the bank's genuine notice, vouched by Robin's report; no finding names the second part).
 * Should read not trusted, or at least say that the report carries more than one message and only
 * the first was judged: the phish Robin meant to report (second part, a forged bank delivery)
 * is never read, and a batch line "authenticated Northbank" closes the ticket. At fault:
 * lib/cli/batch/attached.ts attachedMessage() / find() return the first message/rfc822 part and
 * drop the rest silently; lib/cli/inspect.ts and lib/cli/batch/analyse.ts analyse that one only.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe157-colleague-two-eml-genuine-first-phish-second',
  // The phish first: since 11:33 both parts are analysed, a result each, which a corpus case (one
  // analysis) cannot hold; the phish's own result is the one it had. (Its in-process reading meets
  // the expectation, but through the CLI the case prints two JSON results, which the corpus test
  // cannot parse as one: kept here, as before; test/unit/cli/batch.test.ts holds the two results.)
  'probe157-colleague-two-eml-phish-first-genuine-second',
]);

export async function makeAll(write: CaseWriter): Promise<void> {
  for (const c of await cases()) emitCase(write, c);
}

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const ROBIN = 'robin@reader.example';
const SECURITY = 'security@reader.example';
const BOX_IP = '203.0.113.25';
const H = ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'];
const BOX_ZONE = {
  ...readerZone('p=quarantine'),
  'reader.example': { TXT: [`v=spf1 ip4:${BOX_IP} -all`], MX: [{ priority: 10, exchange: RECEIVER }] },
};
const BANK_ZONE = { ...BANK, ...BANK_KEY, ...ptr(BANK_RELAY.ip, BANK_RELAY.rdns) };
const ATTACKER_ZONE = {
  ...ptr(ATTACKER_RELAY.ip, ATTACKER_RELAY.rdns),
  'attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_RELAY.ip} -all`] },
  's1._domainkey.attacker.example': KEY(),
  'arc._domainkey.attacker.example': KEY(),
  '_dmarc.attacker.example': { TXT: ['v=DMARC1; p=reject'] },
};
const PARTNER = 'partner-feedback.example';
const PARTNER_RELAY = { helo: `fbl.${PARTNER}`, rdns: `fbl.${PARTNER}`, ip: '198.51.100.20' };
const PARTNER_ZONE = {
  ...ptr(PARTNER_RELAY.ip, PARTNER_RELAY.rdns),
  [PARTNER]: { TXT: [`v=spf1 ip4:${PARTNER_RELAY.ip} -all`] },
  [`s1._domainkey.${PARTNER}`]: KEY(),
  [`_dmarc.${PARTNER}`]: { TXT: ['v=DMARC1; p=reject'] },
};
const ZONE = { ...BOX_ZONE, ...BANK_ZONE, ...ATTACKER_ZONE, ...PARTNER_ZONE };
const SOC = [...ATTACHED_BOX, '--recipient-domain', 'reader.example'];
/** DMARC fails; the untrusted sealer's claim of a pass makes it "suspicious" rather than "spoofed". */
const ARC_CLAIM = { ...NOT_TRUSTED, fields: { 'dmarc.result': 'fail' } };
const boxAr = (body: string) => `Authentication-Results: ${RECEIVER};\r\n\t${body}`;

/** The bank's genuine signed statement to `to`. */
const statement = (to: string, id: string) =>
  signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      to,
      subject: 'Your November statement is ready',
      date: 'Fri, 20 Nov 2026 08:00:00 +0000',
      messageId: `<stmt-${id}@mail.northbank.example>`,
      body: 'Dear customer,\r\n\r\nyour November statement is ready in online banking. We never ask for your card number by e-mail.\r\n\r\nNorthbank\r\n',
    }),
    { domain: 'northbank.example', selector: 'nb1', headerList: H },
  );

/** The statement as the box delivered it to Robin (OpenDKIM/OpenDMARC pass, Dovecot LMTP). */
async function genuineAtRobin(id: string): Promise<string> {
  return onTop(
    await statement(`Robin Reader <${ROBIN}>`, id),
    `Return-Path: <${BANK_ENVELOPE}>`,
    `Delivered-To: ${ROBIN}`,
    dovecotLmtp(
      RECEIVER,
      BANK_ENVELOPE,
      ROBIN,
      `kP157${id}XmVtHwAA0J78UA`,
      'Fri, 20 Nov 2026 08:00:04 +0000',
    ),
    boxAr(
      `dkim=pass (2048-bit key; unprotected) header.d=northbank.example header.i=@northbank.example header.b=Q29ycHVz;\r\n\tspf=pass smtp.mailfrom=${BANK_ENVELOPE};\r\n\tdmarc=pass (policy=reject) header.from=northbank.example`,
    ),
    received({
      ...BANK_RELAY,
      by: RECEIVER,
      id: `4Zq157${id}`,
      for: ROBIN,
      date: 'Fri, 20 Nov 2026 08:00:03 +0000',
    }),
  );
}

/**
 * The attacker's lines under the box's true entry: the firm's own authserv-id recording a pass for
 * the bank, an ARC set his own domain sealed (cv=none, valid) whose AAR names the firm's
 * authserv-id with dmarc=pass, and a bank entry line "by" the firm's box.
 */
async function seededPhish(rcpt: string): Promise<string> {
  const claim = `${RECEIVER};\r\n\tdkim=pass header.d=northbank.example;\r\n\tspf=pass smtp.mailfrom=${BANK_ENVELOPE};\r\n\tdmarc=pass (policy=reject) header.from=northbank.example`;
  const base = onTop(
    bankNotice(`Robin Reader <${rcpt}>`),
    boxAr(
      `dkim=pass header.d=northbank.example;\r\n\tspf=pass smtp.mailfrom=${BANK_ENVELOPE};\r\n\tdmarc=pass (policy=reject) header.from=northbank.example`,
    ),
    received({
      ...BANK_RELAY,
      by: RECEIVER,
      id: '4Zq157F0',
      for: rcpt,
      date: 'Fri, 20 Nov 2026 09:58:03 +0000',
    }),
  );
  return sealCorpus(base, { domain: 'attacker.example', cv: 'none', authResults: claim });
}

/** The phish as the box truly delivered it to Robin: its entry from the attacker's server on top. */
async function phishAtRobin(): Promise<string> {
  return onTop(
    await seededPhish(ROBIN),
    'Return-Path: <bounce@attacker.example>',
    `Delivered-To: ${ROBIN}`,
    dovecotLmtp(
      RECEIVER,
      'bounce@attacker.example',
      ROBIN,
      'kP157PhXmVtHwAA0J78UA',
      'Fri, 20 Nov 2026 09:58:06 +0000',
    ),
    boxAr(
      'dkim=none;\r\n\tspf=pass smtp.mailfrom=bounce@attacker.example;\r\n\tdmarc=fail reason="SPF not aligned (relaxed), No valid DKIM" (policy=reject) header.from=northbank.example',
    ),
    received({
      ...ATTACKER_RELAY,
      by: RECEIVER,
      id: '4Zq157P0',
      for: ROBIN,
      date: 'Fri, 20 Nov 2026 09:58:05 +0000',
    }),
  );
}

/** Robin's report to security@ as the box delivered it: SASL login, OpenDKIM-signed, LMTP. */
async function robinReports(tb: string, id: string): Promise<string> {
  const signed = await signCorpus(tb, { domain: 'reader.example', selector: 'dkim', headerList: H });
  return onTop(
    signed,
    `Return-Path: <${ROBIN}>`,
    `Delivered-To: ${SECURITY}`,
    dovecotLmtp(RECEIVER, ROBIN, SECURITY, `kP157${id}RmVtHwAA0J78UA`, 'Fri, 20 Nov 2026 10:30:14 +0000'),
    `Received: from [192.168.1.44] (unknown [198.51.100.147])\r\n\t(Authenticated sender: robin)\r\n\tby ${RECEIVER} (Postfix) with ESMTPSA id 4Zq157${id}\r\n\tfor <${SECURITY}>; Fri, 20 Nov 2026 10:30:13 +0000 (UTC)`,
  );
}

/** An outsider's report as the box delivered it (its sender's domain authenticates in full). */
async function outsiderReports(
  raw: string,
  domain: string,
  relay: { helo: string; rdns: string; ip: string },
  id: string,
): Promise<string> {
  const signed = await signCorpus(raw, { domain, selector: 's1', headerList: H });
  return onTop(
    signed,
    `Return-Path: <abuse@${domain}>`,
    `Delivered-To: ${SECURITY}`,
    dovecotLmtp(
      RECEIVER,
      `abuse@${domain}`,
      SECURITY,
      `kP157${id}OmVtHwAA0J78UA`,
      'Fri, 20 Nov 2026 10:40:04 +0000',
    ),
    boxAr(
      `dkim=pass (2048-bit key) header.d=${domain};\r\n\tspf=pass smtp.mailfrom=abuse@${domain};\r\n\tdmarc=pass (policy=reject) header.from=${domain}`,
    ),
    received({
      ...relay,
      by: RECEIVER,
      id: `4Zq157${id}`,
      for: SECURITY,
      date: 'Fri, 20 Nov 2026 10:40:03 +0000',
    }),
  );
}

/** Thunderbird's forward as attachment of `original` (encoded as `cte` when given). */
function tbForward(original: string, id: string, cte?: 'base64' | 'quoted-printable'): string {
  const tb = thunderbirdWithEml({
    from: `Robin Reader <${ROBIN}>`,
    to: `IT Security <${SECURITY}>`,
    subject: 'Fwd: Your November statement',
    date: 'Fri, 20 Nov 2026 10:30:12 +0000',
    text: 'Is this one real? Forwarded as attachment as you asked.\r\n\r\nRobin',
    original: cte ? encode(original, cte) : original,
    filename: 'statement.eml',
    boundary: `------------157${id}T0pQx2vR8sLmN4bK1cZ`,
    messageId: `3f1c157${id}-9b2e-4d8c-a1f0-6e5d4c3b2a19@reader.example`,
    eightBit: !cte,
  });
  return cte
    ? tb.replace(
        'Content-Disposition: attachment; filename="statement.eml"\r\n',
        `Content-Disposition: attachment; filename="statement.eml"\r\nContent-Transfer-Encoding: ${cte}\r\n`,
      )
    : tb;
}

/** Base64 at 76 columns, or quoted-printable (RFC 2045 §6.7: `=` escaped, soft breaks, CRLF kept). */
function encode(raw: string, cte: 'base64' | 'quoted-printable'): string {
  if (cte === 'base64')
    return (
      Buffer.from(raw, 'latin1')
        .toString('base64')
        .match(/.{1,76}/g) ?? []
    ).join('\r\n');
  return raw
    .split('\r\n')
    .map((line) => {
      const esc = line.replace(/=/g, '=3D').replace(/\t$/, '=09').replace(/ $/, '=20');
      const out: string[] = [];
      let rest = esc;
      while (rest.length > 75) {
        let cut = 75;
        const eq = rest.lastIndexOf('=', cut - 1);
        if (eq > cut - 3) cut = eq;
        out.push(`${rest.slice(0, cut)}=`);
        rest = rest.slice(cut);
      }
      out.push(rest);
      return out.join('\r\n');
    })
    .join('\r\n');
}

/** An ARF report (RFC 5965) from `domain` about `original`. */
function arf(original: string, domain: string, id: string): string {
  const b = `arf157${id}_boundary`;
  return [
    `From: Abuse Desk <abuse@${domain}>`,
    `To: ${SECURITY}`,
    'Subject: FW: Abuse report: phishing impersonating Northbank',
    'Date: Fri, 20 Nov 2026 10:40:00 +0000',
    `Message-ID: <arf-157${id}@${domain}>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=feedback-report;\r\n\tboundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset="US-ASCII"',
    'Content-Transfer-Encoding: 7bit',
    '',
    'This is an email abuse report for an email message received from IP 198.51.100.66 on Fri, 20 Nov 2026.',
    '',
    `--${b}`,
    'Content-Type: message/feedback-report',
    '',
    'Feedback-Type: abuse',
    `User-Agent: ${domain}-FBL/1.0`,
    'Version: 1',
    'Original-Mail-From: <security@northbank.example>',
    `Original-Rcpt-To: <${ROBIN}>`,
    `Reported-Domain: northbank.example`,
    `Arrival-Date: Fri, 20 Nov 2026 09:58:05 +0000`,
    '',
    `--${b}`,
    'Content-Type: message/rfc822',
    'Content-Disposition: inline',
    '',
    original,
    '',
    `--${b}--`,
    '',
  ].join('\r\n');
}

/** Thunderbird's forward of a selection: several message/rfc822 parts in selection order. */
function tbForwardMany(originals: string[]): string {
  const b = '------------157mT0pQx2vR8sLmN4bK1cZ';
  return [
    `Content-Type: multipart/mixed; boundary="${b}"`,
    '<message-id-placeholder>',
    'Date: Fri, 20 Nov 2026 10:30:12 +0000',
    'MIME-Version: 1.0',
    'User-Agent: Mozilla Thunderbird',
    'Content-Language: en-GB',
    `To: IT Security <${SECURITY}>`,
    `From: Robin Reader <${ROBIN}>`,
    'Subject: Fwd: two Northbank mails, the second one asks for my card',
    '',
    'This is a multi-part message in MIME format.',
    `--${b}`,
    'Content-Type: text/plain; charset=UTF-8; format=flowed',
    'Content-Transfer-Encoding: 7bit',
    '',
    'The first is the usual statement, the second looks off. Both attached.\r\n\r\nRobin',
    '',
    ...originals.flatMap((o, i) => [
      `--${b}`,
      `Content-Type: message/rfc822; name="northbank-${i + 1}.eml"`,
      `Content-Disposition: attachment; filename="northbank-${i + 1}.eml"`,
      'Content-Transfer-Encoding: 8bit',
      '',
      o,
      '',
    ]),
    `--${b}--`,
    '',
  ]
    .join('\r\n')
    .replace('<message-id-placeholder>', 'Message-ID: <9a2c157m-1b2e-4d8c-a1f0-6e5d4c3b2a19@reader.example>');
}

async function cases(): Promise<CorpusCase[]> {
  const out: CorpusCase[] = [];
  const base = { class: 'attached-report', args: SOC, zone: ZONE } as const;
  const genuine = await genuineAtRobin('g');
  const phish = await phishAtRobin();
  const forgedFirm = await sealCorpus(forgedBoxDelivery(ROBIN), {
    domain: 'attacker.example',
    cv: 'none',
    authResults: `${RECEIVER};\r\n\tdkim=pass header.d=northbank.example;\r\n\tspf=pass smtp.mailfrom=${BANK_ENVELOPE};\r\n\tdmarc=pass (policy=reject) header.from=northbank.example`,
  });
  const outsiderSubmitted = (original: string, n: string) =>
    thunderbirdWithEml({
      from: 'Abuse Desk <abuse@attacker.example>',
      to: `IT Security <${SECURITY}>`,
      subject: 'Phishing in your name? Original attached',
      date: 'Fri, 20 Nov 2026 10:40:00 +0000',
      text: 'One of your staff received this; we think it is genuine, please confirm.',
      original,
      filename: 'reported.eml',
      boundary: `------------157${n}A0pQx2vR8sLmN4bK1cZ`,
      messageId: `5e2d157${n}-9b2e-4d8c-a1f0-6e5d4c3b2a19@attacker.example`,
      eightBit: true,
    });

  // ---- Colleague's report: seeded firm authserv-id and ARC below the box's true entry ----------
  out.push({
    ...base,
    name: 'probe157-colleague-genuine-bank-control',
    about: `Genuine control: Robin's Thunderbird forward as attachment (SASL, OpenDKIM) of the bank's signed statement the box delivered (OpenDMARC pass). --attached as a SOC runs it. Wanted: authenticated.`,
    eml: await robinReports(tbForward(genuine, 'g'), 'g'),
    expect: { verdict: 'authenticated', absentFindings: ['attached-by-outsider'] },
    twin: false,
  });
  out.push({
    ...base,
    name: 'probe157-colleague-phish-seeded-firm-ar-and-arc',
    about: `Attack: Robin's genuine report of a phish whose header, below the box's true entry line from ${ATTACKER_RELAY.ip} (dmarc=fail), carries the attacker's Authentication-Results "${RECEIVER}; dmarc=pass" for the bank, a valid ARC set sealed by attacker.example whose AAR names ${RECEIVER} with dmarc=pass, and a forged bank entry line. Wanted: not trusted, DMARC failing (the box's own record is the topmost; the untrusted ARC claim makes it suspicious).`,
    eml: await robinReports(tbForward(phish, 'p'), 'p'),
    expect: ARC_CLAIM,
  });

  // ---- The attacker reports his own phish ---------------------------------------------------
  out.push({
    ...base,
    name: 'probe157-own-report-forged-firm-entry-with-arc',
    about: `Attack: the attacker reports his own phish to security@ (his report authenticates for attacker.example). Inside: the bank's notice "delivered" by ${RECEIVER} (LMTP, Authentication-Results ${RECEIVER} dmarc=pass, entry from 192.0.2.10), topped by a valid ARC set attacker.example sealed recording dmarc=pass under ${RECEIVER}. Wanted: not trusted, DMARC failing (an outsider's attachment: only signatures count).`,
    eml: await outsiderReports(outsiderSubmitted(forgedFirm, 'o'), 'attacker.example', ATTACKER_RELAY, 'o'),
    expect: ARC_CLAIM,
  });
  out.push({
    ...base,
    name: 'probe157-outsider-report-genuine-bank-control',
    about:
      "Genuine control: an outsider (a partner's abuse desk, authenticated for its own domain) reports the bank's statement as Robin received it. Read without its delivery lines, the bank's own DKIM signature still verifies: authenticated.",
    eml: await outsiderReports(
      outsiderSubmitted(genuine, 'c').replace(/attacker\.example/g, PARTNER),
      PARTNER,
      PARTNER_RELAY,
      'c',
    ),
    expect: AUTHENTICATED,
  });

  // ---- Encodings --------------------------------------------------------------------------------
  out.push({
    ...base,
    name: 'probe157-colleague-base64-genuine-control',
    about:
      "Genuine control: Robin's report with the statement attached base64-encoded (as Apple Mail and Outlook for Mac attach .eml). Decoded, the bank's signature verifies. Wanted: authenticated.",
    eml: await robinReports(tbForward(genuine, 'b', 'base64'), 'b'),
    expect: AUTHENTICATED,
  });
  out.push({
    ...base,
    name: 'probe157-colleague-base64-phish-seeded-arc',
    about:
      "Attack: the seeded phish (firm authserv-id and ARC below the true entry) in Robin's report, attached base64. Wanted: not trusted, DMARC failing.",
    eml: await robinReports(tbForward(phish, 'q', 'base64'), 'q'),
    expect: ARC_CLAIM,
  });
  out.push({
    ...base,
    name: 'probe157-colleague-qp-genuine-control',
    about:
      'Genuine control: Robin\'s report with the statement attached quoted-printable (a report add-in re-encoding the part; long header lines soft-broken, "=" escaped). Decoded byte for byte, the bank\'s signature verifies. Wanted: authenticated.',
    eml: await robinReports(tbForward(genuine, 'r', 'quoted-printable'), 'r'),
    expect: AUTHENTICATED,
  });
  out.push({
    ...base,
    name: 'probe157-own-report-qp-forged-firm-entry',
    about:
      "Attack: the attacker's own report with the forged firm delivery and ARC set attached quoted-printable. Wanted: not trusted, DMARC failing.",
    eml: await outsiderReports(
      outsiderSubmitted(encode(forgedFirm, 'quoted-printable'), 's').replace(
        'Content-Transfer-Encoding: 8bit',
        'Content-Transfer-Encoding: quoted-printable',
      ),
      'attacker.example',
      ATTACKER_RELAY,
      's',
    ),
    expect: ARC_CLAIM,
  });

  // ---- ARF feedback reports ---------------------------------------------------------------------
  out.push({
    ...base,
    name: 'probe157-arf-attacker-forged-firm-entry',
    about:
      'Attack: an ARF (multipart/report; report-type=feedback-report) the attacker writes as an "abuse desk" (authenticated for attacker.example), its message/rfc822 part the forged firm delivery with the attacker-sealed ARC set. Wanted: not trusted, DMARC failing.',
    eml: await outsiderReports(
      arf(forgedFirm, 'attacker.example', 'a'),
      'attacker.example',
      ATTACKER_RELAY,
      'a',
    ),
    expect: ARC_CLAIM,
  });
  out.push({
    ...base,
    name: 'probe157-arf-partner-fbl-genuine-control',
    about:
      "Genuine control: a partner's feedback loop sends an ARF whose message/rfc822 part is the bank's signed statement as delivered. Only the signatures count (an outsider attached it); the bank's DKIM verifies: authenticated.",
    eml: await outsiderReports(arf(genuine, PARTNER, 'f'), PARTNER, PARTNER_RELAY, 'f'),
    expect: AUTHENTICATED,
  });
  out.push({
    ...base,
    name: 'probe157-colleague-arf-forwarded-phish',
    about:
      'Attack: Robin forwards (as attachment) a "feedback report" he received from the attacker; its own message/rfc822 part is the forged firm delivery. The SOC reads the first attached message: the attacker\'s ARF (authenticated for attacker.example, naming no bank). Wanted: not trusted as the bank in any case; the ARF itself is the attacker\'s own honest mail.',
    eml: await robinReports(
      tbForward(
        onTop(
          await signCorpus(arf(forgedFirm, 'attacker.example', 'n'), {
            domain: 'attacker.example',
            selector: 's1',
            headerList: H,
          }),
          'Return-Path: <abuse@attacker.example>',
          `Delivered-To: ${ROBIN}`,
          received({ ...ATTACKER_RELAY, by: RECEIVER, id: '4Zq157N0', for: ROBIN }),
        ),
        'n',
      ),
      'n',
    ),
    expect: { notVerdict: ['spoofed'], fields: { 'from.domain': 'attacker.example' } },
  });

  // ---- Several originals in one report --------------------------------------------------------
  out.push({
    ...base,
    name: 'probe157-colleague-two-eml-genuine-first-phish-second',
    about:
      "Attack (triage miss): Robin forwards two selected messages as attachments, the bank's genuine statement first and the phish (seeded firm authserv-id and ARC) second. --attached judges only the first. Wanted: not trusted, or a finding that a second original was not read.",
    eml: await robinReports(tbForwardMany([genuine, phish]), 'm'),
    expect: NOT_TRUSTED,
  });
  out.push({
    ...base,
    name: 'probe157-colleague-two-eml-phish-first-genuine-second',
    about:
      'Attack: the same forward of two messages with the phish first. Wanted: not trusted, DMARC failing (the first attached original is the phish, its true entry from the attacker).',
    eml: await robinReports(tbForwardMany([phish, genuine]), 'k'),
    expect: ARC_CLAIM,
  });
  return out;
}
