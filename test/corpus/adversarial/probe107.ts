// Red-team probes, round 107 (December 2026): the evening's changes read by an attacker.
// - lib/auth/helo-taint.ts heloWrites: a Received line without the client's address literal is now
//   read only up to the HELO's first space or `(`. MDaemon PRO prints the client's HELO raw and no
//   address at all (`from <HELO> by <itself> (MDaemon PRO vX) with ESMTP id md5….msg`; the address
//   goes in its X-MDRemoteIP row), and a HELO with blanks is printed whole (probe16). So on MDaemon a
//   HELO `mail.attacker.example ;dmarc=pass header.from=northbank.example` (null MAIL FROM, so the
//   receiver's SPF row names the HELO identity and copies it after smtp.helo=, as probe47's
//   policyd-spf box does) is read only up to its first blank. A second variant writes the
//   attacker's own address as a literal inside the HELO: on MDaemon's line every literal is the
//   sender's, but heloWrites takes it for the receiver's record and reads only what precedes it.
// - lib/findings/visible-text.ts RTL_EMBEDDING / RTL_ONLY: an isolate holding only U+061C ARABIC
//   LETTER MARK (Script=Arabic, so it is "right-to-left text") is accepted, and its Arabic script
//   turns JOINING_CONTEXT on for the whole name: ZWJ/ZWNJ/LRM/RLM in Latin text are then no hidden
//   characters either. Genuine control: a Hebrew name wrapped in RLI…PDI by the sender's client.
// - lib/findings/reply-to.ts mailboxLures (WeTransfer uploader's Gmail): desk words the stem list
//   lacks (escrow, closing, wire, treasury, remit without "-tance", "invoicing" which does not hold
//   "invoice").
// Layouts, and where they were learnt: MDaemon's line and rows as probe13/probe16 learnt them (a
// v10.1.1 delivery archived on lists.sourceforge.net; the `search` pages corpus gave MDaemon's own
// SPF help pages, help.mdaemon.com "SPF Verification" and altn.com KBA-02058: it checks the MAIL
// value and can insert Received-SPF; the smtp.helo= copy for a null sender is modelled on
// policyd-spf's, probe47). WeTransfer's notice, relay and signature as probe105/realworld101.
// Names and addresses are documentation ones except providers' own; every key is the corpus key.
import type { CaseExpectation } from '../../helpers/corpus';
import {
  ARGS,
  ATTACKER_IP,
  AUTHENTICATED,
  BANK,
  BANK_FROM,
  BANK_IP,
  BANK_KEY,
  emitCase,
  GMAIL,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  SIGNED,
  signAll,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { bankNotice, probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed.
 */
// Fixed at 19:45 on 2026-12-05 (lib/auth/helo-taint.ts heloWrites): on MDaemon's line (its last by
// clause `by <host> (MDaemon …)`) every byte before that clause is the sender's, an address literal
// or a comment included; on any other line without the client's address the HELO runs to the
// client comment's `(` or the line's last `;` (the receiver's, before its date), not to the first
// space. So the HELOs `mail.attacker.example ;dmarc=pass …` and `mail.attacker.example
// ([198.51.100.66]);dmarc=pass …` on an MDaemon box (probe107-box-mdaemon-helo-*) write into no
// pass that is taken: not trusted.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const READER = 'robin@reader.example';
const at = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;

// ---- MDaemon ----
/** MDaemon PRO's line (HELO only) and the rows it writes under it, as probe13/probe16. */
function mdaemonDelivery(raw: string, helo: string, ip: string, envelope: string, results: string[]): string {
  return onTop(
    raw,
    `Authentication-Results: ${RECEIVER};\r\n\t${results.join(';\r\n\t')}`,
    `Received: from ${helo} by ${RECEIVER} (MDaemon PRO v23.5.2)\r\n with ESMTP id md50001071234.msg\r\n for <${READER}>; ${at(5)}`,
    'X-Spam-Processed: mx.reader.example, Fri, 20 Nov 2026 10:00:05 +0000',
    `X-MDRemoteIP: ${ip}`,
    `X-Return-Path: ${envelope}`,
    `X-Envelope-From: ${envelope}`,
    `X-MDaemon-Deliver-To: ${READER}`,
  );
}

const ATT_ZONE = { ...ptr(ATTACKER_IP, 'mail.attacker.example') };
const BANK_PTR = ptr(BANK_IP, 'mail.northbank.example');

// ---- WeTransfer (as probe105) ----
const SENDGRID: Relay = {
  helo: 'o101.ptr4417.wetransfer.com',
  rdns: 'o101.ptr4417.wetransfer.com',
  ip: '149.72.101.17',
};
const WT_ZONE = {
  ...ptr(SENDGRID.ip, SENDGRID.rdns),
  'em4417.wetransfer.com': { TXT: ['v=spf1 include:sendgrid.net -all'] },
  'sendgrid.net': { TXT: ['v=spf1 ip4:149.72.0.0/16 ip4:167.89.0.0/17 ~all'] },
  'wetransfer.com': { TXT: ['v=spf1 include:sendgrid.net include:_spf.google.com -all'] },
  '_dmarc.wetransfer.com': { TXT: ['v=DMARC1; p=reject'] },
  's1._domainkey.wetransfer.com': KEY(),
};
const TW = 'tidewater.example';
const wtEnvelope = (rcpt: string) => `bounces+2114455-8c1f-${rcpt.replace('@', '=')}@em4417.wetransfer.com`;
const transfer = (uploader: string, files: string, note: string, link: string) =>
  `${uploader} sent you some files\r\n\r\n${files} - Will be deleted on 12 December 2026\r\n\r\n${note}\r\n\r\nDownload link: https://we.tl/${link}\r\n`;

async function wetransfer(
  uploader: string,
  to: string,
  n: number,
  files: string,
  note: string,
  reader: 'gmail' | 'outlook',
): Promise<string> {
  const signed = await signAll(
    submitted({
      from: 'WeTransfer <noreply@wetransfer.com>',
      to,
      subject: `${uploader} sent you some files`,
      date: at(0),
      messageId: `<p107.${n}.wt@wetransfer.com>`,
      body: transfer(uploader, files, note, `t-p107x${n}`),
      extraHeaders: [`Reply-To: ${uploader}`],
    }),
    [['wetransfer.com', 's1']],
    SIGNED,
  );
  const env = wtEnvelope(to);
  if (reader === 'gmail')
    return gmailDelivery(signed, {
      relay: SENDGRID,
      envelope: env,
      to,
      ids: [`x107csp${n}pxa`, `a107si${n}qtb.107`],
      spf: 'pass',
      deliveredTo: true,
      results: `${gmailDkim('wetransfer.com', 's1')}\r\n       ${gmailSpf(env, SENDGRID.ip)}\r\n       ${gmailDmarc('wetransfer.com', 'REJECT')}`,
    });
  return eopDelivery(signed, {
    ...eopPass(
      SENDGRID,
      'em4417.wetransfer.com',
      'dkim=pass (signature was verified)\r\n header.d=wetransfer.com',
      'wetransfer.com',
    ),
    returnPath: `<${env}>`,
  });
}

// ---- A sender's own authenticated domain, for the display-name cases ----
const OWN_IP = '203.0.113.77';
function ownZone(domain: string): Record<string, unknown> {
  return {
    ...ptr(OWN_IP, `mail.${domain}`),
    [domain]: { TXT: [`v=spf1 ip4:${OWN_IP} -all`] },
    [`s1._domainkey.${domain}`]: KEY(),
    [`_dmarc.${domain}`]: { TXT: ['v=DMARC1; p=reject'] },
  };
}
async function ownDomainMail(from: string, domain: string, subject: string, body: string, n: number) {
  const signed = await signAll(
    submitted({
      from,
      to: `Robin Reader <${READER}>`,
      subject,
      date: at(0),
      messageId: `<p107.${n}@${domain}>`,
      body,
    }),
    [[domain, 's1']],
    SIGNED,
  );
  return onTop(
    signed,
    `Return-Path: <bounce@${domain}>`,
    `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass header.d=${domain} header.s=s1 header.b=Q29ycHVz;\r\n\tspf=pass smtp.mailfrom=bounce@${domain};\r\n\tdmarc=pass (p=reject dis=none) header.from=${domain}`,
    `Received: from mail.${domain} (mail.${domain} [${OWN_IP}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Zy107R${n}q\r\n\tfor <${READER}>; ${at(5)}`,
  );
}

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- 1. MDaemon: a HELO with blanks writing a DMARC pass into the receiver's SPF row ----
  {
    const helo = 'mail.attacker.example ;dmarc=pass header.from=northbank.example';
    const eml = mdaemonDelivery(bankNotice(READER), helo, ATTACKER_IP, '<>', [
      `spf=none smtp.helo=${helo}`,
      'dkim=none (message not signed)',
    ]);
    emitCase(write, {
      name: 'probe107-box-mdaemon-helo-blank-writes-dmarc-pass',
      about: `The unsigned forged Northbank notice (p=reject) sent from ${ATTACKER_IP} with a null MAIL FROM and EHLO "${helo}" to a reader behind MDaemon PRO (DMARC verification off), which prints the HELO raw and no client address ("from <HELO> by ${RECEIVER} (MDaemon PRO v23.5.2)", X-MDRemoteIP ${ATTACKER_IP} below) and copies the HELO after smtp.helo= in its SPF result, so its header reads a resinfo "dmarc=pass header.from=northbank.example". Wanted: not trusted (the sender wrote that pass; heloWrites must read MDaemon's whole HELO)`,
      class: 'helo-injection',
      args: ARGS,
      eml,
      zone: { ...BANK, ...ATT_ZONE },
      expect: NOT_TRUSTED,
      twin: true,
    });
  }
  // ---- 2. MDaemon: the attacker's own address as a literal inside the HELO ----
  {
    const helo = `mail.attacker.example ([${ATTACKER_IP}]);dmarc=pass header.from=northbank.example`;
    const eml = mdaemonDelivery(bankNotice(READER), helo, ATTACKER_IP, '<>', [
      `spf=none smtp.helo=${helo}`,
      'dkim=none (message not signed)',
    ]);
    emitCase(write, {
      name: 'probe107-box-mdaemon-helo-own-literal-writes-dmarc-pass',
      about: `As probe107-box-mdaemon-helo-blank-writes-dmarc-pass, the EHLO "${helo}" writing the attacker's own address (${ATTACKER_IP}, the X-MDRemoteIP MDaemon records) as a literal: on MDaemon's line no literal is the receiver's, yet it is the "client literal" heloWrites reads up to. Wanted: not trusted`,
      class: 'helo-injection',
      args: ARGS,
      eml,
      zone: { ...BANK, ...ATT_ZONE },
      expect: NOT_TRUSTED,
      twin: true,
    });
  }
  // ---- 3. MDaemon: genuine control ----
  {
    const signed = await signAll(
      submitted({
        from: BANK_FROM,
        to: `Robin Reader <${READER}>`,
        subject: 'Your November statement is ready',
        date: at(0),
        messageId: '<stmt-20261120-10701@northbank.example>',
        body: 'Dear customer,\r\n\r\nyour November statement is ready in online banking.\r\n\r\nNorthbank Customer Security\r\n',
      }),
      [['northbank.example', 'nb1']],
      SIGNED,
    );
    const eml = mdaemonDelivery(signed, 'mail.northbank.example', BANK_IP, 'security@northbank.example', [
      'spf=pass smtp.mailfrom=security@northbank.example',
      'dkim=pass header.d=northbank.example header.s=nb1 header.b=Q29ycHVz',
    ]);
    emitCase(write, {
      name: 'probe107-box-mdaemon-genuine-bank-control',
      about: `Genuine control: Northbank's signed statement notice from ${BANK_IP} (EHLO mail.northbank.example) to the reader behind MDaemon PRO, which writes spf=pass and dkim=pass (DMARC verification off). Wanted: authenticated`,
      class: 'helo-injection',
      args: ARGS,
      eml,
      zone: { ...BANK, ...BANK_KEY, ...BANK_PTR },
      expect: AUTHENTICATED,
      twin: true,
    });
  }
  // ---- 4. MDaemon: a genuine sender with a null MAIL FROM (a bounce) and a plain HELO ----
  {
    const signed = await signAll(
      submitted({
        from: 'Mail Delivery Subsystem <mailer-daemon@northbank.example>',
        to: `Robin Reader <${READER}>`,
        subject: 'Undelivered Mail Returned to Sender',
        date: at(0),
        messageId: '<dsn-20261120-10702@northbank.example>',
        body: 'This is the mail system at host mail.northbank.example.\r\n\r\nYour message could not be delivered to one or more recipients.\r\n',
      }),
      [['northbank.example', 'nb1']],
      SIGNED,
    );
    const eml = mdaemonDelivery(signed, 'mail.northbank.example', BANK_IP, '<>', [
      'spf=pass smtp.helo=mail.northbank.example',
      'dkim=pass header.d=northbank.example header.s=nb1 header.b=Q29ycHVz',
    ]);
    emitCase(write, {
      name: 'probe107-box-mdaemon-genuine-bounce-null-sender-control',
      about: `Genuine control: the bank's signed bounce (null MAIL FROM, EHLO mail.northbank.example) from ${BANK_IP} to the reader behind MDaemon PRO, which checks the HELO identity (spf=pass smtp.helo=…) and writes dkim=pass. Wanted: authenticated`,
      class: 'helo-injection',
      args: ARGS,
      eml,
      zone: {
        ...BANK,
        ...BANK_KEY,
        ...BANK_PTR,
        'mail.northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
      },
      expect: AUTHENTICATED,
    });
  }

  // ---- 5. RTL isolate holding only an Arabic letter mark, in a Latin name ----
  {
    const domain = 'pp-resolution.example';
    const eml = await ownDomainMail(
      `"Pay\u2067\u061C\u2069Pal Resolution Center" <service@${domain}>`,
      domain,
      'Your account access has been limited',
      'Hello,\r\n\r\nwe noticed unusual activity. Confirm your details within 24 hours:\r\nhttps://pp-resolution.example/confirm\r\n',
      1,
    );
    emitCase(write, {
      name: 'probe107-box-rtl-isolate-arabic-mark-only-in-brand',
      about: `The attacker's own authenticated domain ${domain} (SPF, DKIM, p=reject) sends as "Pay<RLI><ALM><PDI>Pal Resolution Center": the isolate holds only U+061C ARABIC LETTER MARK, which RTL_ONLY takes for right-to-left text, so no hidden character is counted, and the name shows "PayPal Resolution Center". Wanted: not trusted (a brand's name from a stranger's domain; the invisible isolate reverses nothing a reader can see but hides nothing either)`,
      class: 'display-name-bidi',
      args: ARGS,
      eml,
      zone: ownZone(domain),
      expect: NOT_TRUSTED,
    });
  }
  // ---- 6. The same ALM isolate switching joiners on for a Latin name: ZWJ inside a brand ----
  {
    const domain = 'dhl-parcel-desk.example';
    const eml = await ownDomainMail(
      `"D\u200DH\u200DL Express\u2067\u061C\u2069" <notice@${domain}>`,
      domain,
      'Your parcel is held: customs fee due',
      'Hello,\r\n\r\nyour parcel is held at customs. Pay the fee of EUR 2.99 today:\r\nhttps://dhl-parcel-desk.example/pay\r\n',
      2,
    );
    emitCase(write, {
      name: 'probe107-box-rtl-isolate-arabic-mark-turns-on-joiners',
      about: `From the attacker's own authenticated ${domain}: "D<ZWJ>H<ZWJ>L Express<RLI><ALM><PDI>". The accepted isolate's Arabic letter mark puts the whole name in JOINING_CONTEXT, so the zero-width joiners between Latin capitals are read as shaping aids, not hidden characters. Wanted: not trusted (a carrier's name from a stranger's domain)`,
      class: 'display-name-bidi',
      args: ARGS,
      eml,
      zone: ownZone(domain),
      expect: NOT_TRUSTED,
    });
  }
  // ---- 7. RLE around RTL letters and digits next to a Latin brand and a dot ----
  {
    const domain = 'nb-notices.example';
    const eml = await ownDomainMail(
      `"security@northbank\u202B\u05D0\u202C.example" <alerts@${domain}>`,
      domain,
      'Card payment declined',
      'Dear customer,\r\n\r\na card payment was declined. Verify it here:\r\nhttps://nb-notices.example/verify\r\n',
      3,
    );
    emitCase(write, {
      name: 'probe107-box-rle-hebrew-letter-inside-bank-address',
      about: `From the attacker's own authenticated ${domain}: a display name spelling the bank's address with a closed RLE…PDF around one Hebrew letter before the dot ("security@northbank<RLE>א<PDF>.example"): the embedding is accepted as right-to-left text, and the address search must still see security@northbank….example. Wanted: not trusted (display-name address of another domain)`,
      class: 'display-name-bidi',
      args: ARGS,
      eml,
      zone: ownZone(domain),
      expect: NOT_TRUSTED,
    });
  }
  // ---- 8. Genuine control: a Hebrew name wrapped by the sender's client ----
  {
    const domain = 'studio-cohen.example';
    const eml = await ownDomainMail(
      `"\u2067\u05D3\u05E0\u05D4 \u05DB\u05D4\u05DF\u2069" <dana@${domain}>`,
      domain,
      'Brochure proofs',
      'Hi Robin,\r\n\r\nproofs for the brochure are attached.\r\n\r\nDana\r\n',
      4,
    );
    emitCase(write, {
      name: 'probe107-box-rli-hebrew-name-genuine-control',
      about: `Genuine control: a design studio's owner writes with her Hebrew name wrapped in RLI…PDI by her mail client ("<RLI>דנה כהן<PDI>" <dana@${domain}>), her own authenticated domain. Wanted: authenticated, no invisible-characters finding`,
      class: 'display-name-bidi',
      args: ARGS,
      eml,
      zone: ownZone(domain),
      expect: { verdict: 'authenticated', absentFindings: ['invisible-characters'] },
    });
  }

  // ---- 9. WeTransfer: desk words the stem list lacks ----
  const wt: Array<{
    slug: string;
    uploader: string;
    files: string;
    note: string;
    reader: 'gmail' | 'outlook';
    expect: CaseExpectation;
    story: string;
  }> = [
    {
      slug: 'escrow-closing-desk-gmail',
      uploader: 'escrow.closing.desk@gmail.com',
      files: '1 file, 212 KB in total',
      note: 'Final closing statement and updated wire instructions for Friday. Reply to confirm receipt.',
      reader: 'gmail',
      expect: NOT_TRUSTED,
      story:
        'Attack (real-estate wire fraud): escrow.closing.desk@gmail.com, confirmed on WeTransfer, sends a home buyer "Closing_Statement_Wire_Instructions.pdf". Neither escrow, closing nor wire is a stem of MAILBOX_LURE_STEMS.',
    },
    {
      slug: 'remit-ap-team-gmail',
      uploader: 'tw.remit.ap.team@gmail.com',
      files: '1 file, 88 KB in total',
      note: 'Remittance advice and new bank details for your open invoices.',
      reader: 'outlook',
      expect: NOT_TRUSTED,
      story:
        'Attack on tidewater.example\'s accounts desk: tw.remit.ap.team@gmail.com ("remit", not "remittance"; "ap", and "tw" for the reader\'s firm) sends "Remittance_Advice.pdf".',
    },
    {
      slug: 'invoicing-treasury-gmail',
      uploader: 'invoicing.treasury.dept@gmail.com',
      files: '1 file, 140 KB in total',
      note: 'Outstanding invoices and our new settlement account attached.',
      reader: 'outlook',
      expect: NOT_TRUSTED,
      story:
        'Attack: invoicing.treasury.dept@gmail.com sends "Statement_of_Account.pdf"; "invoicing" does not hold the stem "invoice", and "treasury" is no stem.',
    },
    {
      slug: 'architect-gmail-control',
      uploader: 'omar.haddad.arch@gmail.com',
      files: '6 files, 740 MB in total',
      note: 'Revised floor plans, rev C.',
      reader: 'outlook',
      expect: AUTHENTICATED,
      story:
        "Genuine control: an architect's personal Gmail (omar.haddad.arch@gmail.com) sends plans through WeTransfer.",
    },
  ];
  let n = 10;
  for (const c of wt) {
    n += 1;
    const to = c.reader === 'gmail' ? 'robin.reader@gmail.com' : `ap@${TW}`;
    const eml = await wetransfer(c.uploader, to, n, c.files, c.note, c.reader);
    const args = c.reader === 'gmail' ? GMAIL : [...OUTLOOK, '--recipient-domain', TW];
    emitCase(write, {
      name: `probe107-${c.reader}-wt-${c.slug}`,
      about: `${c.story} From "WeTransfer" <noreply@wetransfer.com>, Reply-To the uploader's address, Subject "${c.uploader} sent you some files", signed d=wetransfer.com through SendGrid; read with ${args.join(' ')}. Wanted: ${c.expect === AUTHENTICATED ? 'authenticated, the Reply-To a low note' : "not trusted: a desk's mailbox at a free provider is the invoice fraud, however WeTransfer confirmed it"}`,
      class: c.expect === AUTHENTICATED ? 'invoice-platform-genuine' : 'invoice-platform-abuse',
      args,
      eml,
      zone: WT_ZONE,
      expect: c.expect,
    });
  }
}
