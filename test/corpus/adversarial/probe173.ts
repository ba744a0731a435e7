// Red-team round 173: the triage side, `inspect --attached` on reported phishing (lib/cli/batch/
// attached.ts attachedMessages, lib/attached.ts attachedBy/vouches). The attacker wrote the
// original and knows it will be reported: his lure itself carries a message, the bank's GENUINE
// signed notice, as an attachment (as message/rfc822, message/global, or an .eml sent as
// application/octet-stream), hoping the triage analyses that one and calls the report genuine
// bank mail. Read on the reader's Postfix/Dovecot box (Robin's Thunderbird "Forward As
// Attachment", SASL submission, vouched) and in Exchange Online (Dana's Outlook item, inside the
// tenant). Beside them, genuine controls: the bank's notice itself reported through the same
// wrappers, one of them with the attachment re-encoded base64 without its final "=" padding.
// What a corpus case cannot say (how an mbox export is split; which message of a report survives
// an export) is in test/unit/cli/redteam173.test.ts: an unquoted "From " line in a Dovecot
// (mboxcl2) or mail-merge mbox injects a whole forged bank message, read AUTHENTICATED, and in an
// exported abuse mailbox it hides the reported phish ("not analysed") behind a forged colleague
// report that vouches for a forged bank delivery (authenticated).
// Where the layouts were learnt (`search`):
// - Thunderbird's message/rfc822 part (name and filename "….eml", 7bit/8bit): searchfox
//   comm-central mailnews/test/data/multipart-message-1.eml, a Thunderbird 52 forward on
//   pastebin ftmg0VCx; Robin's box lines as realworld147.ts (it names its sources).
// - Outlook/Exchange's attached item: "Content-Type: message/rfc822" and a Content-Disposition
//   with creation-date / modification-date and no filename (roundcube/roundcubemail issue 6494,
//   mikel/mail issue 1492 with an Exchange `_012_…_` boundary); Exchange re-encoding an attached
//   .eml as base64 message/rfc822 with a Content-ID at outlook.com (PHPMailer issue 1530).
// - An .eml attached as application/octet-stream: EWS CreateAttachment of a message.eml gives
//   "Content-Type: application/octet-stream" (Garethp/php-ews issue 238); Microsoft's own advice
//   to send .eml files as APPLICATION/OCTET-STREAM (nette/mail issue 47); PHPMailer issue 2014.
// - message/global: RFC 6532 §3.7 (the SMTPUTF8 message/rfc822), as attached.ts reads it.
// - Microsoft's reporting-mailbox rules: MicrosoftDocs/defender-docs
//   submissions-user-reported-messages-custom-mailbox.md ("The user reported message is unmodified
//   and is included as an uncompressed .EML or .MSG attachment … Messages that contain multiple
//   attached messages are discarded"; third-party tools named there: KnowBe4 Phish Alert Button,
//   Cofense Report Phishing, PhishAlarm). KnowBe4's PAB manual and Technical Benefits page ("the
//   email is typically attached"), usecure's Phish Alert notification (an "EML attachment
//   containing a reproduction", Office JavaScript API or Graph). No raw KnowBe4, PhishAlarm or
//   Cofense report was found in the stored corpora: their MIME is NOT modelled here (the Exchange
//   item form above is what an add-in forwarding through the mailbox produces).
// Names and addresses are documentation ones except Microsoft's own hosts; every key is the
// corpus key.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import {
  ATTACHED_BOX,
  ATTACHED_OUTLOOK,
  ATTACKER_IP,
  BANK,
  BANK_FROM,
  BANK_KEY,
  emitCase,
  genuineBankNotice,
  RECEIVER,
  type Relay,
  SIGNED,
} from '../kit';
import type { CaseWriter } from '../make';
import { exchangeAlternative, exchangeItemMessage, onTop, received, thunderbirdWithEml } from '../messages';
import { dovecotLmtp, eopDelivery } from '../receivers';
import {
  ATTACKER_RELAY,
  BANK_ENVELOPE,
  BANK_RELAY,
  DANA_SERVER,
  exoInternal,
  HL,
  HL_TENANT,
  HL_ZONE,
  probeCorpus,
  readerZone,
  STATEMENT_SUBJECT,
} from '../rounds-kit';

const ROBIN = 'robin@reader.example';
const SECURITY = 'security@reader.example';
const BOX_IP = '203.0.113.25';
const BOX_ZONE = {
  ...readerZone('p=quarantine'),
  'reader.example': { TXT: [`v=spf1 ip4:${BOX_IP} -all`], MX: [{ priority: 10, exchange: RECEIVER }] },
  ...BANK,
  ...BANK_KEY,
  'attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
};
const BOX_ATT = [...ATTACHED_BOX, '--recipient-domain', 'reader.example'];
const DANA = `Dana Whitfield <dana.whitfield@${HL}>`;
const DANA_ADDR = `dana.whitfield@${HL}`;
const M365_ATT = [...ATTACHED_OUTLOOK, '--recipient-domain', HL];
const M365_ZONE = { ...HL_ZONE, ...BANK, ...BANK_KEY };

/** The lure analysed, not what it carries: the bank's From forged, DMARC fails. */
const LURE_READ: CaseExpectation = {
  verdict: 'spoofed',
  fields: { 'from.address': 'security@northbank.example', 'dmarc.result': 'fail' },
};
/** The bank's own notice, reported: its own verdict. */
const GENUINE_READ: CaseExpectation = {
  verdict: 'authenticated',
  fields: { 'from.address': 'alerts@northbank.example', 'dmarc.result': 'pass' },
};

/** How the lure carries the bank's genuine notice. */
type Carry = 'rfc822' | 'global' | 'octet-eml';

/**
 * The attacker's lure: the bank's From (security@), "your statement is attached", and the bank's
 * GENUINE signed notice (which he once received) attached as `carry` says.
 */
async function lure(to: string, carry: Carry, n: string): Promise<string> {
  const genuine = await genuineBankNotice();
  const b = `----=_Part_173${n}_1208745511.1795680000123`;
  const part =
    carry === 'octet-eml'
      ? [
          'Content-Type: application/octet-stream; name="statement.eml"',
          'Content-Transfer-Encoding: base64',
          'Content-Disposition: attachment; filename="statement.eml"',
          '',
          Buffer.from(genuine).toString('base64').replace(/.{76}/g, '$&\r\n'),
        ]
      : [
          `Content-Type: message/${carry}; name="statement.eml"`,
          'Content-Disposition: attachment; filename="statement.eml"',
          '',
          genuine,
        ];
  return [
    `From: ${BANK_FROM}`,
    `To: ${to}`,
    `Subject: ${STATEMENT_SUBJECT}`,
    'Date: Fri, 20 Nov 2026 09:58:00 +0000',
    `Message-ID: <stmt-173${n}@northbank.example>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Dear customer,\r\n\r\nyour November direct debit could not be collected. Your statement is attached as sent\r\nby online banking. To avoid a late fee, update your card today:\r\nhttps://northbank-secure.example/update\r\n\r\nNorthbank Customer Security',
    `--${b}`,
    ...part,
    `--${b}--`,
    '',
  ].join('\r\n');
}

/** The box's delivery of `raw` to Robin from `relay` (Postfix entry, OpenDKIM/OpenDMARC, LMTP). */
function boxToRobin(raw: string, relay: Relay, envelope: string, ar: string, n: string): string {
  return onTop(
    raw,
    `Return-Path: <${envelope}>`,
    `Delivered-To: ${ROBIN}`,
    dovecotLmtp(RECEIVER, envelope, ROBIN, `kB173${n}XmVtHwAA0J78UA`, 'Fri, 20 Nov 2026 09:58:04 +0000'),
    `Authentication-Results: ${RECEIVER};\r\n\t${ar}`,
    received({
      ...relay,
      by: RECEIVER,
      id: `4Zs173${n}0`,
      for: ROBIN,
      date: 'Fri, 20 Nov 2026 09:58:03 +0000',
    }),
  );
}

const LURE_AR =
  'dkim=none;\r\n\tspf=pass smtp.mailfrom=bounce@attacker.example;\r\n\tdmarc=fail (p=reject dis=none) header.from=northbank.example';
const GENUINE_AR =
  'dkim=pass (2048-bit key; unprotected) header.d=northbank.example header.i=@northbank.example header.b=Q29ycHVz;\r\n\tspf=pass smtp.mailfrom=security@northbank.example;\r\n\tdmarc=pass (policy=reject) header.from=northbank.example';

/**
 * Robin's Thunderbird "Forward As Attachment" of `original` to security@, OpenDKIM-signed, as the
 * box delivered it (SASL submission, LMTP); `base64Unpadded`: the .eml part re-encoded base64 with
 * its final "=" padding lost (a report add-in's or relay's re-encoding).
 */
async function robinReports(original: string, n: string, base64Unpadded = false): Promise<string> {
  let tb = thunderbirdWithEml({
    from: `Robin Reader <${ROBIN}>`,
    to: `IT Security <${SECURITY}>`,
    subject: `Fwd: ${STATEMENT_SUBJECT}`,
    date: 'Fri, 20 Nov 2026 10:30:12 +0000',
    text: 'Is this one real? Forwarded as attachment as you asked.\r\n\r\nRobin',
    original: base64Unpadded
      ? Buffer.from(original).toString('base64').replace(/=+$/, '').replace(/.{76}/g, '$&\r\n')
      : original,
    filename: 'statement.eml',
    boundary: `------------173${n}T0pQx2vR8sLmN4bK1cZ`,
    messageId: `3f1c173${n}-9b2e-4d8c-a1f0-6e5d4c3b2a19@reader.example`,
    eightBit: !base64Unpadded,
  });
  if (base64Unpadded)
    tb = tb.replace(
      'Content-Disposition: attachment; filename="statement.eml"\r\n',
      'Content-Disposition: attachment; filename="statement.eml"\r\nContent-Transfer-Encoding: base64\r\n',
    );
  const signed = await signCorpus(tb, { domain: 'reader.example', selector: 'dkim', headerList: SIGNED });
  return onTop(
    signed,
    `Return-Path: <${ROBIN}>`,
    `Delivered-To: ${SECURITY}`,
    dovecotLmtp(RECEIVER, ROBIN, SECURITY, `kP173${n}m1XmVtHwAA0J78UA`, 'Fri, 20 Nov 2026 10:30:14 +0000'),
    `Received: from [192.168.1.44] (unknown [198.51.100.147])\r\n\t(Authenticated sender: robin)\r\n\tby ${RECEIVER} (Postfix) with ESMTPSA id 4Zq173${n}1\r\n\tfor <${SECURITY}>; Fri, 20 Nov 2026 10:30:13 +0000 (UTC)`,
  );
}

/** EOP's delivery to Dana from `relay`: a pass (with the bank's DKIM) or the spoof's fail. */
function eopToDana(raw: string, relay: Relay, envelope: string, pass: boolean): string {
  const { ip } = relay;
  const mailfrom = envelope.split('@')[1]!;
  return eopDelivery(raw, {
    ip,
    helo: relay.helo,
    ar: pass
      ? `spf=pass (sender IP is ${ip})\r\n smtp.mailfrom=${mailfrom}; dkim=pass (signature was verified)\r\n header.d=northbank.example;dmarc=pass action=none\r\n header.from=northbank.example;compauth=pass reason=100`
      : `spf=pass (sender IP is ${ip})\r\n smtp.mailfrom=${mailfrom}; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=oreject\r\n header.from=northbank.example;compauth=fail reason=000`,
    spf: `Pass (protection.outlook.com: domain of ${mailfrom} designates\r\n ${ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ip}; helo=${relay.helo}; pr=C`,
    returnPath: envelope,
    bottom: [
      `X-MS-Exchange-CrossTenant-Id: ${HL_TENANT}`,
      'X-MS-Exchange-Organization-Network-Message-Id: 4c7d2e1f-173a-46d7-8e9f-0a1b2c3d4e5f',
      'X-MS-Exchange-Organization-SCL: 1',
    ],
  });
}

/** Dana's Outlook report (Exchange-internal) with `item` attached as Outlook attaches an item. */
function danaReports(item: string, id: string): string {
  const date = 'Fri, 20 Nov 2026 10:41:07 +0000';
  const text = 'Is this real?\r\n\r\nDana';
  const subject = `FW: ${STATEMENT_SUBJECT}`;
  return exoInternal(
    exchangeItemMessage({
      from: DANA,
      to: `Phish Reports <phish@${HL}>`,
      subject,
      threadTopic: STATEMENT_SUBJECT,
      threadIndex: 'AQHbWr7dQm1Xy0pK9U2nT4hRz8s173A==',
      date,
      messageId: `${id}@${DANA_SERVER}`,
      language: 'en-GB',
      mixed: `_002_${id}namp_`,
      first: exchangeAlternative(
        `_000_${id}namp_`,
        text,
        `<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dus-ascii"></head><body><div>${text.replace(/\r\n/g, '<br>')}</div></body></html>`,
      ),
      disposition:
        'attachment;\r\n\tcreation-date="Fri, 20 Nov 2026 10:41:05 GMT";\r\n\tmodification-date="Fri, 20 Nov 2026 10:41:05 GMT"',
      item,
    }),
    DANA_ADDR,
    date,
  );
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const boxLure = async (carry: Carry, n: string) =>
    robinReports(
      boxToRobin(
        await lure(`Robin Reader <${ROBIN}>`, carry, n),
        ATTACKER_RELAY,
        'bounce@attacker.example',
        LURE_AR,
        n,
      ),
      n,
    );
  const carried: Record<Carry, string> = {
    rfc822: 'message/rfc822',
    global: 'message/global (RFC 6532)',
    'octet-eml': 'application/octet-stream "statement.eml", base64 (as EWS and PHPMailer attach an .eml)',
  };
  for (const [carry, n] of [
    ['rfc822', 'a'],
    ['global', 'b'],
    ['octet-eml', 'c'],
  ] as const)
    emitCase(write, {
      name: `r173-box-report-lure-carrying-genuine-bank-${carry}`,
      class: 'attached-nested',
      about: `Attack: the spoofer's lure (From ${BANK_FROM}, unsigned, from his server ${ATTACKER_IP}; the box records dmarc=fail) says "your statement is attached" and carries the bank's GENUINE signed notice (nb1, which he once received) as ${carried[carry]}. Robin forwards the lure as an attachment to security@ (a vouched colleague's report). Which message does --attached analyse? It must be the lure Robin received, never the bank's genuine notice nested inside it. Wanted: spoofed, From security@northbank.example.`,
      eml: await boxLure(carry, n),
      zone: BOX_ZONE,
      args: BOX_ATT,
      expect: LURE_READ,
    });

  emitCase(write, {
    name: 'r173-box-report-genuine-bank-base64-unpadded-control',
    class: 'attached-nested',
    about: `Genuine control: the bank's own signed notice as the box delivered it to Robin, reported with Thunderbird's forward as attachment, the .eml part re-encoded base64 (as Exchange re-encodes an attached message) and its final "=" padding lost on the way. Decoded, its bytes are the sender's: the signature verifies. Wanted: authenticated, the notice's own verdict.`,
    eml: await robinReports(
      boxToRobin(await genuineBankNotice(), BANK_RELAY, BANK_ENVELOPE, GENUINE_AR, 'd'),
      'd',
      true,
    ),
    zone: BOX_ZONE,
    args: BOX_ATT,
    expect: GENUINE_READ,
  });

  emitCase(write, {
    name: 'r173-box-report-genuine-bank-control',
    class: 'attached-nested',
    about:
      "Genuine control: the bank's own signed notice as the box delivered it to Robin, forwarded as an attachment (8bit, bytes as delivered). Wanted: authenticated.",
    eml: await robinReports(
      boxToRobin(await genuineBankNotice(), BANK_RELAY, BANK_ENVELOPE, GENUINE_AR, 'e'),
      'e',
    ),
    zone: BOX_ZONE,
    args: BOX_ATT,
    expect: GENUINE_READ,
  });

  emitCase(write, {
    name: 'r173-m365-outlook-item-lure-carrying-genuine-bank-eml',
    class: 'attached-nested',
    about: `Attack: the same lure (the bank's genuine signed notice inside as message/rfc822) delivered by EOP to Dana at ${HL} from the spoofer's server (EOP records dmarc=fail, compauth=fail); Dana reports it with Outlook's forward of the item (message/rfc822, Content-Disposition with creation-date and no filename, as Exchange writes an attached item) to phish@, inside the tenant. Wanted: spoofed, the lure's From.`,
    eml: danaReports(
      eopToDana(
        await lure(`Dana Whitfield <${DANA_ADDR}>`, 'rfc822', 'f'),
        ATTACKER_RELAY,
        'bounce@attacker.example',
        false,
      ),
      'PH7PR11MB8600173F0A1B2C3D4E5F6A7B8C9D0E1F',
    ),
    zone: { ...M365_ZONE, 'attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] } },
    args: M365_ATT,
    expect: LURE_READ,
  });

  emitCase(write, {
    name: 'r173-m365-outlook-item-genuine-bank-control',
    class: 'attached-nested',
    about: `Genuine control: the bank's signed notice delivered by EOP to Dana (dkim, spf, dmarc pass), reported as an Outlook item (no filename, creation-date) to phish@ inside the tenant. Wanted: authenticated.`,
    eml: danaReports(
      eopToDana(await genuineBankNotice(), BANK_RELAY, BANK_ENVELOPE, true),
      'PH7PR11MB8600173G0A1B2C3D4E5F6A7B8C9D0E1F',
    ),
    zone: M365_ZONE,
    args: M365_ATT,
    expect: GENUINE_READ,
  });
}

/** Cases HeaderLens reads wrong today (none: the --attached walker stops at the first level). */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
