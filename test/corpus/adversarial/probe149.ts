// Red-team probes, round 149: the exemptions of the rounds 145-148 commit, attacked by a spoofer
// who has read lib/.
// - lib/attached.ts receiverReport: the reader's own Postfix box's DSN now vouches for the copy it
//   returns (--attached), read with its delivery lines and, in lib/analyze.ts, for a login
//   submission. Backscatter: the spoofer sends from his VPS with the envelope sender robin@ (the
//   reader) to an alias on the box that forwards to a partner whose server rejects after queueing
//   (the box then bounces to the forged envelope sender); below the box's real entry line he writes
//   a colleague's ESMTPSA line (and a forged bank delivery with its Authentication-Results); an
//   amavisd-new content filter in between; and the box's own local pickup of a web form whose
//   header injection carries the forged lines (PHP mail() through Postfix's sendmail, uid 33).
// - lib/relay/spf-breadth.ts / lib/findings/broad-spf.ts: `exists:%{i}.allow.%{d}` under a firm
//   whose zone answers every name by wildcard (a web catch-all: every address passes), and the
//   "own forward-confirmed server" exemption reached from a cloud IP the firm's stale A record
//   still names (the spoofer rents the released address and sets its PTR himself, as Hetzner,
//   OVH, DigitalOcean and Vultr let any customer do).
// Where the layouts were learnt: the Postfix DSN (bounce(8) text, multipart/report with
// message/delivery-status and message/rfc822, Return-Path <>, local pickup line) and Robin's
// ESMTPSA line are realworld147's (it names its sources: rgl/MailBounceDetector, SparkPost
// Momentum's RFC 3464 example, Postfix bounce(8)); backscatter through a forwarding alias and
// amavisd-new's re-injection (`from localhost … by mx (Postfix) with ESMTP` above `by localhost
// (amavisd-new, port 10024)`) recalled from Postfix's BACKSCATTER_README and amavisd-new's
// README.postfix, NOT re-read this round (20-minute round: no search made); the pickup line
// `by host (Postfix, from userid 33)` is Postfix's own for sendmail(1) submissions. Macro SPF with
// exists:%{i} is Cisco/Proofpoint-hosted SPF's shape (realworld146); the wildcard and the stale
// A record are modelled by listing the very names a wildcard or the stale record answers (the
// corpus zone has no wildcards). Names and addresses are documentation ones; every key is the
// corpus key.

import { signCorpus } from '../../helpers/corpus';
import { ARGS, ATTACHED_BOX, AUTHENTICATED, emitCase, NOT_TRUSTED, ptr, RECEIVER, type Relay } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { dovecotLmtp } from '../receivers';
import { BANK_RELAY, probeCorpus, readerZone } from '../rounds-kit';

const ROBIN = 'robin@reader.example';
const DANA = 'dana@reader.example';
const BOX_IP = '203.0.113.25';
const BOX_ZONE = {
  ...readerZone('p=quarantine'),
  'reader.example': { TXT: [`v=spf1 ip4:${BOX_IP} -all`], MX: [{ priority: 10, exchange: RECEIVER }] },
};
const BOX_ATT = [...ATTACHED_BOX, '--recipient-domain', 'reader.example'];
const H = ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'];
const LURE =
  'Hi,\r\n\r\nthe haulier changed banks: please pay their open invoice HD-2291 (EUR 48,200) today to IBAN XX00 0000 1234 5678 90. I am in meetings, just confirm when done.\r\n\r\nDana\r\n';

/** The spoofer's rented VPS: forward-confirmed, under his hosting company's name. */
const VPS: Relay = {
  helo: 'vps66.fastcloud-hosting.example',
  rdns: 'vps66.fastcloud-hosting.example',
  ip: '198.51.100.66',
};
const VPS_ZONE = {
  ...ptr(VPS.ip, VPS.rdns),
  'fastcloud-hosting.example': { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
};

/** The forged line of a colleague's login, as the box would write it. */
const forgedLogin = (user: string, id: string) =>
  `Received: from [192.168.1.44] (unknown [198.51.100.147])\r\n\t(Authenticated sender: ${user})\r\n\tby ${RECEIVER} (Postfix) with ESMTPSA id ${id}\r\n\tfor <sales@reader.example>; Fri, 20 Nov 2026 10:39:58 +0000 (UTC)`;

/** A Postfix DSN returning `returned` (realworld147's postfixBounce). */
function postfixBounce(o: {
  to: string;
  rcpt: string;
  returned: string;
  id: string;
  diagnostic: string;
}): string {
  const b = `${o.id}.1795255210/${RECEIVER}`;
  const remote = 'mx.harbour-depot.example[198.51.100.90]';
  return [
    'Date: Fri, 20 Nov 2026 10:40:10 +0000 (UTC)',
    `From: MAILER-DAEMON@${RECEIVER} (Mail Delivery System)`,
    'Subject: Undelivered Mail Returned to Sender',
    `To: ${o.to}`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="${b}"`,
    'Content-Transfer-Encoding: 8bit',
    `Message-Id: <20261120104010.${o.id}@${RECEIVER}>`,
    '',
    'This is a MIME-encapsulated message.',
    '',
    `--${b}`,
    'Content-Description: Notification',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    `This is the mail system at host ${RECEIVER}.`,
    '',
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients. It's attached below.",
    '',
    '                   The mail system',
    '',
    `<${o.rcpt}> (expanded from <sales@reader.example>): host ${remote} said: ${o.diagnostic} (in reply to end of DATA command)`,
    '',
    `--${b}`,
    'Content-Description: Delivery report',
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; ${RECEIVER}`,
    `X-Postfix-Queue-ID: ${o.id}`,
    `X-Postfix-Sender: rfc822; ${o.to}`,
    'Arrival-Date: Fri, 20 Nov 2026 10:40:07 +0000 (UTC)',
    '',
    `Final-Recipient: rfc822; ${o.rcpt}`,
    'Original-Recipient: rfc822;sales@reader.example',
    'Action: failed',
    'Status: 5.7.1',
    `Remote-MTA: dns; ${remote}`,
    `Diagnostic-Code: smtp; ${o.diagnostic}`,
    '',
    `--${b}`,
    'Content-Description: Undelivered Message',
    'Content-Type: message/rfc822',
    'Content-Transfer-Encoding: 8bit',
    '',
    o.returned,
    '',
    `--${b}--`,
    '',
  ].join('\r\n');
}

/** The box's own bounce to Robin: local pickup, Dovecot's LMTP, null envelope. */
const boxDelivers = (raw: string, id: string) =>
  onTop(
    raw,
    'Return-Path: <>',
    `Delivered-To: ${ROBIN}`,
    dovecotLmtp(RECEIVER, '', ROBIN, `aB149${id}mVtHwAA0J78UA`, 'Fri, 20 Nov 2026 10:40:10 +0000'),
    `Received: by ${RECEIVER} (Postfix)\r\n\tid ${id}; Fri, 20 Nov 2026 10:40:10 +0000 (UTC)`,
  );

const REJECT = '550 5.7.1 Message rejected as spam by Content Filtering';
const bounce = (returned: string, id: string) =>
  boxDelivers(
    postfixBounce({ to: ROBIN, rcpt: 'orders@harbour-depot.example', returned, id, diagnostic: REJECT }),
    `${id}9`,
  );

const danaMail = (id: string, body = LURE) =>
  submitted({
    from: `Dana Finch <${DANA}>`,
    to: 'Sales <sales@reader.example>',
    subject: 'Urgent: haulier payment',
    date: 'Fri, 20 Nov 2026 10:39:55 +0000',
    messageId: `<${id}@reader.example>`,
    body,
  });

// ---- SPF: a firm under exists:%{i} with a wildcard zone, and its stale A record -------------------
const TL = 'thornbury-logistics.example';
const TL_OUT: Relay = { helo: `mail.${TL}`, rdns: `mail.${TL}`, ip: '203.0.113.40' };
const rev = (ip: string) => ip.split('.').reverse().join('.');
const TL_ZONE = {
  ...VPS_ZONE,
  ...ptr(TL_OUT.ip, TL_OUT.rdns),
  [TL]: { TXT: [`v=spf1 ip4:${TL_OUT.ip} exists:%{i}.allow.%{d} -all`], A: ['192.0.2.80'] },
  [`mail.${TL}`]: { A: [TL_OUT.ip] },
  [`_dmarc.${TL}`]: { TXT: ['v=DMARC1; p=reject; rua=mailto:dmarc@thornbury-logistics.example'] },
  // The firm's "*.thornbury-logistics.example A 192.0.2.80" (web catch-all) answers every name
  // exists: asks, the spoofer's address included.
  [`${VPS.ip}.allow.${TL}`]: { A: ['192.0.2.80'] },
};
/** A released cloud address the firm's old relay record still names; the spoofer rented it. */
const STALE: Relay = { helo: `relay-old.${TL}`, rdns: `relay-old.${TL}`, ip: '198.51.100.177' };
const LH = 'ledgerhall.example';
const LH_ZONE = {
  ...VPS_ZONE,
  ...ptr(STALE.ip, STALE.rdns),
  [`relay-old.${LH}`]: { A: [STALE.ip] },
  [`${rev(STALE.ip)}.in-addr.arpa`]: { PTR: [`relay-old.${LH}`] },
  [LH]: { TXT: ['v=spf1 exists:%{l}._u.%{d} -all'] },
  [`billing._u.${LH}`]: { A: ['127.0.0.2'] },
  [`_dmarc.${LH}`]: { TXT: ['v=DMARC1; p=reject'] },
};

const intoBox = (raw: string, relay: Relay, envelope: string, id: string) =>
  onTop(
    raw,
    `Return-Path: <${envelope}>`,
    received({ ...relay, by: RECEIVER, id, for: ROBIN, date: 'Fri, 20 Nov 2026 10:00:05 +0000' }),
  );
const extMail = (from: string, subject: string, id: string, body: string) =>
  submitted({
    from,
    to: `Robin Reader <${ROBIN}>`,
    subject,
    date: 'Fri, 20 Nov 2026 09:59:58 +0000',
    messageId: `<${id}>`,
    body,
  });

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, c);

  // ==== 1. The box's own DSN vouching for a backscattered forgery ====
  {
    // Control: Dana's genuine mail to the sales alias, submitted with a login and signed, bounced
    // by the partner's filter; the DSN goes to the envelope sender (Robin, who reads it).
    const genuine = await signCorpus(
      onTop(
        danaMail(
          'c149-genuine',
          'Hi,\r\n\r\nplease send the signed delivery notes to the yard.\r\n\r\nDana\r\n',
        ),
        forgedLogin('dana', '4Zq149A0'),
      ),
      { domain: 'reader.example', selector: 'dkim', headerList: H },
    );
    emit({
      name: 'probe149-box-dsn-alias-own-login-control',
      class: 'dsn-backscatter',
      about: `Control: Dana submits (ESMTPSA, Authenticated sender: dana) to the sales@ alias, which forwards to orders@harbour-depot.example; the partner rejects after queueing (550 5.7.1) and the box's own DSN returns the message, OpenDKIM-signed d=reader.example. --attached on the box. Wanted: authenticated.`,
      eml: bounce(genuine, '4Zq149A1'),
      zone: BOX_ZONE,
      args: BOX_ATT,
      expect: { ...AUTHENTICATED, absentFindings: ['attached-by-outsider'] },
    });
    // Attack: the spoofer's VPS, envelope robin@ (backscatter lands with Robin), From Dana, and
    // Dana's login line forged below the box's real entry line.
    const forged = onTop(
      onTop(danaMail('a149-backscatter'), forgedLogin('dana', '4Zq149B0')),
      'Return-Path: <robin@reader.example>',
      received({
        ...VPS,
        by: RECEIVER,
        id: '4Zq149B1',
        for: 'sales@reader.example',
        date: 'Fri, 20 Nov 2026 10:40:07 +0000',
      }),
    ).replace(/^Return-Path: .*\r\n/m, '');
    emit({
      name: 'probe149-box-dsn-backscatter-forged-esmtpsa-below-entry',
      class: 'dsn-backscatter',
      about: `Attack: backscatter. From the spoofer's VPS (${VPS.ip}), MAIL FROM <${ROBIN}>, RCPT sales@ (an alias forwarding to the partner, who rejects after DATA); From "Dana Finch" <${DANA}>, unsigned, with a forged "(Authenticated sender: dana) … with ESMTPSA" line below the box's real entry line. The box's own DSN returns it to Robin; --attached. SPF fails at the VPS, DMARC fail at p=quarantine. Wanted: spoofed (never authenticated or unverified).`,
      eml: bounce(forged, '4Zq149B2'),
      zone: { ...BOX_ZONE, ...VPS_ZONE },
      args: BOX_ATT,
      expect: NOT_TRUSTED,
    });
    // amavisd-new between: re-injection on top, then the entry, then the forged login.
    const amavis = onTop(
      forged,
      `Received: from localhost (localhost [127.0.0.1])\r\n\tby ${RECEIVER} (Postfix) with ESMTP id 4Zq149C1\r\n\tfor <orders@harbour-depot.example>; Fri, 20 Nov 2026 10:40:08 +0000 (UTC)`,
      'X-Virus-Scanned: Debian amavisd-new at mx.reader.example',
      `Received: from ${RECEIVER} ([127.0.0.1])\r\n\tby localhost (${RECEIVER} [127.0.0.1]) (amavisd-new, port 10024)\r\n\twith ESMTP id q8Yk149Lm2Xp for <orders@harbour-depot.example>;\r\n\tFri, 20 Nov 2026 10:40:07 +0000 (UTC)`,
    );
    emit({
      name: 'probe149-box-dsn-backscatter-amavis-forged-esmtpsa',
      class: 'dsn-backscatter',
      about: `Attack: the same backscatter through the box's amavisd-new (re-injection from localhost on top, amavis's line, then the box's entry from ${VPS.ip}, then the forged ESMTPSA line). --attached. Wanted: spoofed.`,
      eml: bounce(amavis, '4Zq149C2'),
      zone: { ...BOX_ZONE, ...VPS_ZONE },
      args: BOX_ATT,
      expect: NOT_TRUSTED,
    });
    // A forged bank delivery with its results below the entry.
    const bank = onTop(
      submitted({
        from: 'Northbank <alerts@northbank.example>',
        to: 'Sales <sales@reader.example>',
        subject: 'Action required: confirm beneficiary change',
        date: 'Fri, 20 Nov 2026 10:39:50 +0000',
        messageId: '<bn149@mail.northbank.example>',
        body: 'A new beneficiary was added to your business account. If this was not you, sign in at https://northbank-secure.example/verify within 24 hours.\r\n',
      }),
      `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass header.d=northbank.example;\r\n\tspf=pass smtp.mailfrom=northbank.example;\r\n\tdmarc=pass header.from=northbank.example`,
      received({
        ...BANK_RELAY,
        by: RECEIVER,
        id: '4Zq149D0',
        for: 'sales@reader.example',
        date: 'Fri, 20 Nov 2026 10:39:52 +0000',
      }),
    );
    const bankEntry = onTop(
      bank,
      received({
        ...VPS,
        by: RECEIVER,
        id: '4Zq149D1',
        for: 'sales@reader.example',
        date: 'Fri, 20 Nov 2026 10:40:07 +0000',
      }),
    );
    emit({
      name: 'probe149-box-dsn-backscatter-forged-bank-delivery',
      class: 'dsn-backscatter',
      about: `Attack: backscatter of a Northbank lure: below the box's real entry from ${VPS.ip}, a forged "Received … by ${RECEIVER}" from the bank's server and a forged "Authentication-Results: ${RECEIVER}; dkim=pass spf=pass dmarc=pass". The box's DSN returns it to Robin; --attached. Wanted: never authenticated (DMARC fails at the VPS).`,
      eml: bounce(bankEntry, '4Zq149D2'),
      zone: { ...BOX_ZONE, ...VPS_ZONE, ...bankZone() },
      args: BOX_ATT,
      expect: NOT_TRUSTED,
    });
    // A web form on the box (PHP mail(), uid 33) with header injection: Postfix's pickup line on
    // top, the injected headers (a forged login line among them) below it.
    const form = onTop(
      danaMail('f149-form'),
      `Received: by ${RECEIVER} (Postfix, from userid 33)\r\n\tid 4Zq149E0; Fri, 20 Nov 2026 10:40:06 +0000 (UTC)`,
      forgedLogin('dana', '4Zq149E1'),
    );
    emit({
      name: 'probe149-box-dsn-web-form-pickup-forged-esmtpsa',
      class: 'dsn-backscatter',
      about: `Attack: the firm's contact form on the box (PHP mail() through sendmail(1): "by ${RECEIVER} (Postfix, from userid 33)") lets a visitor inject headers; he writes From Dana and a forged "(Authenticated sender: dana) … with ESMTPSA" line, which land below the pickup line. The form's copy to the sales alias bounces at the partner; the box's DSN returns it with --attached. Wanted: not trusted (nothing the box wrote records a login: the pickup is a local program, whose mail is anyone's).`,
      eml: bounce(form, '4Zq149E2'),
      zone: BOX_ZONE,
      args: BOX_ATT,
      expect: NOT_TRUSTED,
    });
  }

  // ==== 2. SPF: exists:%{i} under a wildcard zone; the own-server exemption from a stale A ====
  emit({
    name: 'probe149-box-spf-exists-ip-wildcard-control',
    class: 'spf-macro-wildcard',
    about: `Control: ${TL}'s unsigned mail from its own ${TL_OUT.rdns} (ip4: in its record, forward-confirmed). Wanted: authenticated.`,
    eml: intoBox(
      extMail(
        `Thornbury Accounts <accounts@${TL}>`,
        'Statement November',
        'tl149@mail.thornbury-logistics.example',
        'Your statement is attached.\r\n',
      ),
      TL_OUT,
      `accounts@${TL}`,
      '4Qx149F01',
    ),
    zone: TL_ZONE,
    args: ARGS,
    expect: AUTHENTICATED,
  });
  emit({
    name: 'probe149-box-spf-exists-ip-wildcard-any-server',
    class: 'spf-macro-wildcard',
    about: `Attack: ${TL} publishes "exists:%{i}.allow.%{d}" (a per-address allow list) but its zone answers every name by a web catch-all wildcard (*.${TL} A 192.0.2.80), so ${VPS.ip}.allow.${TL} exists: SPF passes from the spoofer's VPS, aligned, DMARC pass, unsigned. Wanted: not trusted (the term passes every address).`,
    eml: intoBox(
      extMail(
        `Thornbury Accounts <accounts@${TL}>`,
        'Statement November: new bank details',
        'tl149b@vps66.fastcloud-hosting.example',
        LURE,
      ),
      VPS,
      `accounts@${TL}`,
      '4Qx149F02',
    ),
    zone: TL_ZONE,
    args: ARGS,
    expect: NOT_TRUSTED,
    twin: true,
  });
  emit({
    name: 'probe149-box-spf-exists-localpart-stale-a-own-server',
    class: 'spf-own-server-stale',
    about: `Attack: ${LH} ("exists:%{l}._u.%{d}", which passes every server: round 148) still has relay-old.${LH} A ${STALE.ip}, a cloud address it released; the spoofer rented it and set its PTR to relay-old.${LH} (any cloud customer may). The server is then "forward-confirmed inside the domain" and broad-spf drops to low. Unsigned, envelope billing@${LH}. Wanted: not trusted.`,
    eml: intoBox(
      extMail(
        `Ledger Hall Billing <billing@${LH}>`,
        'Invoice LH-5522: new bank details',
        'lh5522.149@relay-old.ledgerhall.example',
        LURE,
      ),
      STALE,
      `billing@${LH}`,
      '4Qx149G01',
    ),
    zone: LH_ZONE,
    args: ARGS,
    expect: NOT_TRUSTED,
  });
}

function bankZone() {
  return {
    'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.10 -all'] },
    '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
  };
}

// Kept out by choice (the lead, 09:06 on 2026-12-06): both below. The web form's message reads
// "unverified" as it does delivered straight to the reader (written on the box: never crossed the
// internet); only the summary names a login the box did not record. Stopping the login walk at a
// pickup line would also stop it at the pickup re-injection of pipe filters (spamc | sendmail),
// whose colleagues' logins would then read spoofed. The wildcard zone is the firm's own fault and
// finding it costs a lookup of a made-up name per match. README, "What still fools".
// Pending:
// - probe149-box-dsn-web-form-pickup-forged-esmtpsa reads "unverified" as a colleague's login
//   (origin.loginSubmission, insideReceiver): the box's DSN vouches (lib/attached.ts
//   receiverReport), so lib/analyze.ts reads the returned copy for a login, and
//   lib/engine/login-submission.ts loginLine takes the forged ESMTPSA line below the box's pickup
//   line "by mx.reader.example (Postfix, from userid 33)" as the entry, every line above it being
//   address-less (a "local hand-off"). A pickup line is not a hand-off: it is where the message
//   was made (sendmail(1) by a local program), so every line below it is that program's text. Should
//   read spoofed (DMARC fail for reader.example, p=quarantine, no origin address: at least not
//   trusted). Fix: in loginLine (and the origin walk, lib/message/origin.ts), stop at a Postfix
//   pickup line (`by <box> (Postfix, from userid N)`, no from-clause; Exim's `(Exim …) (envelope-from
//   …)` with `id` and no `from`; Sendmail's `(from user@localhost)`): lines below are not the box's.
// - probe149-box-spf-exists-ip-wildcard-any-server (and -no-options) reads "authenticated": SPF
//   passes at the spoofer's address under exists:%{i}.allow.%{d}, which lib/relay/spf-breadth.ts
//   parseMechanism counts as narrow because it holds %{i}; the firm's wildcard answers every
//   address. Should read not trusted (broad-spf medium, as for exists: without %{i}). Fix: when an
//   exists: (or a:) term with a macro matched, ask one more name the same term would build for an
//   address that is not the client's (e.g. 192.0.2.1 / a random label): if that exists too, the
//   term passes everyone (kind 'all').
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe149-box-dsn-web-form-pickup-forged-esmtpsa',
  'probe149-box-spf-exists-ip-wildcard-any-server',
  'probe149-box-spf-exists-ip-wildcard-any-server-no-options',
]);

export async function make(write: CaseWriter) {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
