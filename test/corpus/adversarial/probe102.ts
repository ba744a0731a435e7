// Red-team probes, hundred-and-second round (December 2026): offline mode (--offline, no zone file)
// and the trust boundary in Gmail and Yahoo Mail. Offline the verdict rests on the provider's own
// Authentication-Results alone (lib/auth/authresults.ts parseAuthResults: the region above the
// entry line, Gmail's one header right under it; lib/auth/authresults-provider.ts deliveryRun; the
// one-header rule for mx.google.com and *.yahoo.com). Probed: which header the engine takes as the
// provider's when the sender writes more of them —
// - an imitation of an earlier Gmail delivery below the entry (its own `Received: … by
//   mx.google.com` and an mx.google.com header saying pass), which the engine calls an earlier
//   delivery (second-provider-auth-results) rather than forged;
// - look-alike authserv-ids: a sub-name (`mx.google.com.evil.example`), upper case with a trailing
//   dot, the id inside a comment, an RFC 2047 encoded word, an id split across a fold;
// - ARC-Authentication-Results and Authentication-Results-Original under the provider's name;
// - a whole Yahoo omega block (atlas hand-off, X-Apparently-To, X-YMailISG, the inner MTA's entry
//   from the bank's address) and Yahoo's hermes submission lines written into the message;
// - Gmail's `by 2002:a05:…` internal hop and an `mx.google.com` entry from the bank's address
//   written into the message, read online (the origin SPF is checked at must stay the attacker's);
// - an mx.google.com header inside an attached message/rfc822.
// Each attack has its genuine control: the bank's own notice, the provider's record saying pass.
// Layouts: Gmail's and Yahoo's blocks from test/corpus/receivers.ts (gmailDelivery, yahooOmega,
// yahooDelivery, learnt in earlier rounds from published raw messages), checked again this round
// against public pages (search corpus "pages": herongyang.com's Yahoo atlas sample, `from
// 10.197.33.76 by atlas206.free.mail.bf1.yahoo.com pod-id NONE with HTTPS` over `from
// 209.85.128.170 (EHLO …) by 10.197.33.76 with SMTPs`; itecnotes.com's `from 127.0.0.1 (EHLO …)
// (x.x.x.x) by mta1199.mail.gq1.yahoo.com with SMTP` beside Gmail's `by mx.google.com with ESMTP
// id …`). Yahoo's results with `arc_overridden_status=NOT_OVERRIDDEN` and `dmarc=pass(p=REJECT)` as
// in realworld53/56. The hermes submission line (`by hermes--production-gq1-…` `(Yahoo Inc. Hermes
// SMTP Server) with ESMTPA ID …`) and the sonic HTTP line are written as Yahoo-sent mail is known to
// carry them; the search found no public sample of them this round. RFC 8601 §2.2 (CFWS around the
// authserv-id), RFC 2047 for the encoded word.
// Nothing below verifies: offline nothing is re-checked, which is the point.

import type { CaseExpectation } from '../../helpers/corpus';
import { authenticZone, BANK, emitCase, GMAIL, type Relay, SPOOFED } from '../kit';
import type { CaseWriter } from '../make';
import { onTop } from '../messages';
import { gmailDelivery, gmailDkim, gmailDmarc, gmailSpf, yahooDelivery, yahooOmega } from '../receivers';
import { ATTACKER_RELAY, BANK_ENVELOPE, BANK_RELAY, bankNotice, probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function makeAll(write: CaseWriter): Promise<void> {
  cases(write);
}

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

interface One {
  name: string;
  about: string;
  cls: string;
  eml: string;
  args: string[];
  expect: CaseExpectation;
  zone?: Record<string, unknown>;
}

function emit(write: CaseWriter, c: One): void {
  emitCase(write, { ...c, class: `probe102-${c.cls}` });
}

const YAHOO = ['--webmail', 'yahoo'];
const ENV = 'bounce@attacker.example';
const NB = 'northbank.example';
const GTO = 'robin.reader@gmail.com';
const YTO = 'robin.reader@yahoo.com';
const NO = ' arc_overridden_status=NOT_OVERRIDDEN;';
const G_INDENT = '\r\n       ';

/** What the attacker copies from a genuine Gmail record of the bank: every result passing. */
const GOOGLE_PASS = [
  gmailDkim(NB, 'nb1'),
  gmailSpf(BANK_ENVELOPE, BANK_RELAY.ip),
  gmailDmarc(NB, 'REJECT'),
].join(G_INDENT);

/** Gmail's delivery of `raw` from `relay`, its record holding `results`. */
function atGmail(
  raw: string,
  n: string,
  results: string[],
  relay: Relay = ATTACKER_RELAY,
  env = ENV,
): string {
  return gmailDelivery(raw, {
    relay,
    envelope: env,
    results: results.join(G_INDENT),
    ids: [`x102csp${n}pxa`, `a102si${n}qtb.102`],
    spf: 'pass',
    deliveredTo: true,
    to: GTO,
  });
}

/** What Gmail really records for the attacker's bank notice: SPF passes for his envelope, DMARC fails. */
const gmailFail = (n: string, raw: string) =>
  atGmail(raw, n, [gmailSpf(ENV, ATTACKER_RELAY.ip), gmailDmarc(NB, 'REJECT', 'fail')]);

/** An earlier Gmail delivery as the attacker imitates it: Gmail's entry from the bank's server. */
const fakeGmailEntry = (id: string) => [
  `Received: from ${BANK_RELAY.helo} (${BANK_RELAY.rdns}. [${BANK_RELAY.ip}])\r\n        by mx.google.com with ESMTPS id ${id}.2026.11.20.01.58.02\r\n        for <${GTO}>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        Fri, 20 Nov 2026 01:58:02 -0800 (PST)`,
  `Received-SPF: pass (google.com: domain of ${BANK_ENVELOPE} designates ${BANK_RELAY.ip} as permitted sender) client-ip=${BANK_RELAY.ip};`,
  `Authentication-Results: mx.google.com;\r\n       ${GOOGLE_PASS}`,
];

const YAHOO_ATLAS = 'atlas-production.v2-mail-prod1-gq1.omega.yahoo.com';
const yahooPass = `dkim=pass header.i=@${NB} header.s=nb1;${NO}\r\n spf=pass smtp.mailfrom=${NB};${NO}\r\n dmarc=pass(p=REJECT) header.from=${NB};${NO}`;
const yahooFail = `dkim=neutral(no sig);${NO}\r\n spf=pass smtp.mailfrom=attacker.example;${NO}\r\n dmarc=fail(p=REJECT) header.from=${NB};${NO}`;

/** Yahoo's omega delivery of `raw` from `relay`, its one header holding `ar`. */
function atYahoo(
  raw: string,
  relay: Relay,
  envelope: string,
  ar: string,
  pod: string,
  inner: string,
): string {
  const domain = envelope.split('@').pop()!;
  return yahooOmega(
    raw,
    {
      ip: relay.ip,
      helo: relay.helo,
      envelope,
      spf: `pass (domain of ${domain} designates ${relay.ip} as permitted sender)`,
      ar,
    },
    { tag: 'Probe102', pod, inner, to: YTO },
  );
}

const yahooAttack = (raw: string, pod: string) =>
  atYahoo(raw, ATTACKER_RELAY, ENV, yahooFail, pod, '10.253.62.102');

/** Yahoo's whole omega block as the attacker writes it into his message: the bank's server as client. */
const fakeYahooBlock = [
  `Received: from 127.0.0.1\r\n by ${YAHOO_ATLAS} pod-id atlas--production-gq1-7c9d5b6f4-fk102.gq1.yahoo.com with HTTP; Fri, 20 Nov 2026 09:58:06 +0000`,
  `Return-Path: <${BANK_ENVELOPE}>`,
  `X-Originating-Ip: [${BANK_RELAY.ip}]`,
  `Received-SPF: pass (domain of ${NB} designates ${BANK_RELAY.ip} as permitted sender)`,
  `Authentication-Results: ${YAHOO_ATLAS};\r\n ${yahooPass}`,
  `X-Apparently-To: ${YTO}; Fri, 20 Nov 2026 09:58:06 +0000`,
  'X-YMailISG: HeaderLensProbe102.forgedByTheSender_0123456789abcdef\r\n probe102.yahoo.omega.layout_not.a.real.token--',
  `Received: from ${BANK_RELAY.ip} (EHLO ${BANK_RELAY.helo})\r\n by 10.253.62.170 with SMTPs\r\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\r\n Fri, 20 Nov 2026 09:58:05 +0000`,
];

/** A multipart notice whose second part is an attached message/rfc822 carrying Gmail's pass. */
function noticeWithAttachedPass(to: string): string {
  const notice = bankNotice(to);
  const at = notice.indexOf('\r\n\r\n');
  const head = notice
    .slice(0, at)
    .split('\r\n')
    .filter((l) => !/^content-(type|transfer-encoding):/i.test(l))
    .join('\r\n');
  const body = notice.slice(at + 4);
  const b = '----=_Part_102_attached';
  const inner = onTop(
    bankNotice(to),
    'Delivered-To: robin.reader@gmail.com',
    ...fakeGmailEntry('a102siAttqtb.102'),
  );
  return `${head}\r\nContent-Type: multipart/mixed; boundary="${b}"\r\n\r\n--${b}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n--${b}\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename="original.eml"\r\n\r\n${inner}\r\n--${b}--\r\n`;
}

function cases(write: CaseWriter): void {
  const gNotice = bankNotice(GTO);
  const yNotice = bankNotice(YTO);

  // --- Gmail ---
  emit(write, {
    name: 'probe102-gmail-offline-genuine-bank-control',
    about:
      "Control. The bank's own notice from its own server; Gmail records dkim, spf and dmarc pass (p=REJECT) in its one header under its entry line. Offline. Wanted: authenticated.",
    cls: 'control',
    eml: atGmail(gNotice, '0', [GOOGLE_PASS], BANK_RELAY, BANK_ENVELOPE),
    args: GMAIL,
    expect: { verdict: 'authenticated' },
  });

  emit(write, {
    name: 'probe102-gmail-offline-imitated-earlier-gmail-delivery',
    about:
      "Offline at Gmail. Under his own headers the attacker writes an earlier Gmail delivery: `Received: from mail.northbank.example (… [192.0.2.10]) by mx.google.com`, Received-SPF pass and `Authentication-Results: mx.google.com; dkim=pass; spf=pass; dmarc=pass`, as a message forwarded through Gmail once before would carry. The engine takes a Gmail header under a Gmail Received line below the entry for an earlier delivery (not forged). Gmail's real header records dmarc=fail (p=REJECT). Wanted: spoofed.",
    cls: 'imitated-earlier-delivery',
    eml: gmailFail('1', onTop(gNotice, ...fakeGmailEntry('a102si1xqtb.102'))),
    args: GMAIL,
    expect: SPOOFED,
  });

  emit(write, {
    name: 'probe102-gmail-offline-lookalike-authserv-ids-below-entry',
    about:
      "Offline at Gmail. Below the entry the attacker writes three pass headers under ids that imitate Gmail's: `mx.google.com.evil.example` (Gmail's id as a sub-name of his), `MX.GOOGLE.COM.` (upper case, trailing dot) and `(mx.google.com) mx.google.com` (the id also in a comment, RFC 8601 CFWS). Gmail's real header says dmarc=fail p=REJECT. Wanted: spoofed.",
    cls: 'lookalike-authserv-id',
    eml: gmailFail(
      '2',
      onTop(
        gNotice,
        `Authentication-Results: mx.google.com.evil.example;\r\n       ${GOOGLE_PASS}`,
        `Authentication-Results: MX.GOOGLE.COM.;\r\n       ${GOOGLE_PASS}`,
        `Authentication-Results: (mx.google.com) mx.google.com;\r\n       ${GOOGLE_PASS}`,
      ),
    ),
    args: GMAIL,
    expect: SPOOFED,
  });

  emit(write, {
    name: 'probe102-gmail-offline-encoded-word-and-folded-authserv-id',
    about:
      "Offline at Gmail. Below the entry: `Authentication-Results: =?utf-8?q?mx=2Egoogle=2Ecom?=; dmarc=pass …` (RFC 2047 encoded word, which a decoding reader shows as mx.google.com) and one whose id is split across a fold (`mx.google\\r\\n .com;`). Gmail's real header says dmarc=fail p=REJECT. Wanted: spoofed.",
    cls: 'encoded-authserv-id',
    eml: gmailFail(
      '3',
      onTop(
        gNotice,
        `Authentication-Results: =?utf-8?q?mx=2Egoogle=2Ecom?=;\r\n       ${GOOGLE_PASS}`,
        `Authentication-Results: mx.google\r\n .com;\r\n       ${GOOGLE_PASS}`,
      ),
    ),
    args: GMAIL,
    expect: SPOOFED,
  });

  emit(write, {
    name: 'probe102-gmail-offline-forged-aar-and-ar-original',
    about:
      "Offline at Gmail. The attacker writes `ARC-Authentication-Results: i=1; mx.google.com; … dmarc=pass` and `Authentication-Results-Original: mx.google.com; … dmarc=pass` (the field Microsoft and some gateways keep a receiver's record under) below the entry, no ARC seal. Gmail's real header says dmarc=fail p=REJECT. Neither field is an Authentication-Results. Wanted: spoofed.",
    cls: 'forged-aar',
    eml: gmailFail(
      '4',
      onTop(
        gNotice,
        `ARC-Authentication-Results: i=1; mx.google.com;\r\n       ${GOOGLE_PASS}`,
        `Authentication-Results-Original: mx.google.com;\r\n       ${GOOGLE_PASS}`,
      ),
    ),
    args: GMAIL,
    expect: SPOOFED,
  });

  emit(write, {
    name: 'probe102-gmail-offline-attached-rfc822-gmail-pass',
    about:
      "Offline at Gmail. The attacker's notice is multipart/mixed; its second part is an attached message/rfc822 (`original.eml`) whose header carries Gmail's entry from the bank's server and `Authentication-Results: mx.google.com; … dmarc=pass`. Those lines are after the body separator: never the outer message's. Gmail's real header says dmarc=fail p=REJECT. Wanted: spoofed.",
    cls: 'attached-rfc822',
    eml: gmailFail('5', noticeWithAttachedPass(GTO)),
    args: GMAIL,
    expect: SPOOFED,
  });

  const onlineZone = { ...BANK, ...authenticZone('attacker.example', ATTACKER_RELAY.ip) };
  emit(write, {
    name: 'probe102-gmail-online-imitated-internal-hop-and-entry',
    about:
      "Online at Gmail. On top of his message the attacker writes Gmail's internal hop (`Received: by 2002:a05:6a10:…` with SMTP id) over an `mx.google.com` entry from the bank's own address 192.0.2.10 and Gmail's pass header, hoping the origin walk goes past Gmail's real entry to the bank's address, so our own SPF check passes for the bank. The real entry is from 198.51.100.66; Gmail records dmarc=fail p=REJECT. Wanted: spoofed (SPF checked at the attacker's address).",
    cls: 'imitated-internal-hop',
    eml: gmailFail(
      '6',
      onTop(
        gNotice,
        'Received: by 2002:a05:6a10:a0d1:b0:2f5:1234:5678 with SMTP id x102csp6fkpxa;\r\n        Fri, 20 Nov 2026 01:58:03 -0800 (PST)',
        ...fakeGmailEntry('a102si6xqtb.102'),
      ),
    ),
    args: GMAIL,
    zone: onlineZone,
    expect: SPOOFED,
  });

  // --- Yahoo ---
  emit(write, {
    name: 'probe102-yahoo-offline-genuine-bank-control',
    about:
      "Control. The bank's own notice from its own server through Yahoo's omega layout; Yahoo's one header (atlas id) records dkim, spf and dmarc=pass(p=REJECT). Offline. Wanted: authenticated.",
    cls: 'control',
    eml: atYahoo(yNotice, BANK_RELAY, BANK_ENVELOPE, yahooPass, '7c9d5b6f4-k102a', '10.253.62.102'),
    args: YAHOO,
    expect: { verdict: 'authenticated' },
  });

  emit(write, {
    name: 'probe102-yahoo-offline-whole-omega-block-in-message',
    about:
      "Offline in Yahoo Mail. The attacker writes a whole Yahoo omega block into his message under Yahoo's real one: the atlas hand-off from 127.0.0.1 over HTTP, Return-Path, X-Originating-Ip, Received-SPF, `Authentication-Results: atlas-production…omega.yahoo.com; dkim=pass … dmarc=pass(p=REJECT)`, X-Apparently-To, X-YMailISG and the inner MTA's entry from the bank's 192.0.2.10. Yahoo's real header above its entry says dmarc=fail(p=REJECT). Wanted: spoofed.",
    cls: 'imitated-yahoo-block',
    eml: yahooAttack(onTop(yNotice, ...fakeYahooBlock), '7c9d5b6f4-k102b'),
    args: YAHOO,
    expect: SPOOFED,
  });

  emit(write, {
    name: 'probe102-yahoo-offline-hermes-submission-lines',
    about:
      "Offline in Yahoo Mail. The attacker's message carries Yahoo's own submission hops, as a Yahoo user's sent mail has them (`Received: from sonic….mail.gq1.yahoo.com by sonic….mail.gq1.yahoo.com with HTTP` over `by hermes--production-gq1-….yahoo.com (Yahoo Inc. Hermes SMTP Server) with ESMTPA`) and a yahoo.com header saying pass, so the notice reads as written inside Yahoo. Yahoo's real header says dmarc=fail(p=REJECT). Wanted: spoofed.",
    cls: 'imitated-yahoo-hops',
    eml: yahooAttack(
      onTop(
        yNotice,
        'Received: from sonic.gate.mail.gq1.yahoo.com by sonic316.consmr.mail.gq1.yahoo.com with HTTP; Fri, 20 Nov 2026 09:58:04 +0000',
        `Authentication-Results: ${YAHOO_ATLAS};\r\n ${yahooPass}`,
        'Received: by hermes--production-gq1-5c477bf8f4-m102x (Yahoo Inc. Hermes SMTP Server) with ESMTPA ID 4a1b2c3d4e5f60718293a4b5c6d7e8f9;\r\n          Fri, 20 Nov 2026 09:58:03 +0000 (UTC)',
      ),
      '7c9d5b6f4-k102c',
    ),
    args: YAHOO,
    expect: SPOOFED,
  });

  emit(write, {
    name: 'probe102-yahoo-offline-lookalike-ids-aar-original',
    about:
      "Offline in Yahoo Mail. Below the entry, pass headers under ids imitating Yahoo's: `atlas-production.v2-mail-prod1-gq1.omega.yahoo.com.evil.example`, `ATLAS-PRODUCTION.V2-MAIL-PROD1-GQ1.OMEGA.YAHOO.COM.`, the bare `yahoo.com`, an `ARC-Authentication-Results: i=1; …yahoo.com` and an `Authentication-Results-Original`. Yahoo's real header says dmarc=fail(p=REJECT). Wanted: spoofed.",
    cls: 'lookalike-authserv-id',
    eml: yahooAttack(
      onTop(
        yNotice,
        `Authentication-Results: ${YAHOO_ATLAS}.evil.example;\r\n ${yahooPass}`,
        `Authentication-Results: ${YAHOO_ATLAS.toUpperCase()}.;\r\n ${yahooPass}`,
        `Authentication-Results: yahoo.com;\r\n ${yahooPass}`,
        `ARC-Authentication-Results: i=1; ${YAHOO_ATLAS};\r\n ${yahooPass}`,
        `Authentication-Results-Original: ${YAHOO_ATLAS};\r\n ${yahooPass}`,
      ),
      '7c9d5b6f4-k102d',
    ),
    args: YAHOO,
    expect: SPOOFED,
  });

  emit(write, {
    name: 'probe102-yahoo-mta-genuine-bank-control',
    about:
      "Control. The bank's notice through Yahoo's mta layout (`Authentication-Results: atlas-production.v2.mail-mta4231.mail.ne1.yahoo.com` above `Received: from 127.0.0.1 (EHLO …) (192.0.2.10) by mta4231.mail.ne1.yahoo.com`), all passing. Offline. Wanted: authenticated.",
    cls: 'control',
    eml: yahooDelivery(yNotice, { relay: BANK_RELAY, envelope: BANK_ENVELOPE, results: yahooPass }),
    args: YAHOO,
    expect: { verdict: 'authenticated' },
  });

  emit(write, {
    name: 'probe102-yahoo-mta-offline-forged-mta-pair-in-message',
    about:
      "Offline in Yahoo Mail, mta layout. Under Yahoo's real pair the attacker writes the same pair again (`Authentication-Results: atlas-production.v2.mail-mta4231.mail.ne1.yahoo.com; … dmarc=pass` over `Received: from 127.0.0.1 (EHLO mail.northbank.example) (192.0.2.10) by mta4231.mail.ne1.yahoo.com`). Yahoo's real header says dmarc=fail(p=REJECT). Wanted: spoofed.",
    cls: 'imitated-yahoo-block',
    eml: yahooDelivery(
      onTop(
        yNotice,
        `Authentication-Results: atlas-production.v2.mail-mta4231.mail.ne1.yahoo.com;\r\n ${yahooPass}`,
        `Received: from 127.0.0.1  (EHLO ${BANK_RELAY.helo}) (${BANK_RELAY.ip})\r\n  by mta4231.mail.ne1.yahoo.com with SMTPS; Fri, 20 Nov 2026 09:58:05 +0000`,
      ),
      { relay: ATTACKER_RELAY, envelope: ENV, results: yahooFail },
    ),
    args: YAHOO,
    expect: SPOOFED,
  });

  emit(write, {
    name: 'probe102-yahoo-online-imitated-inner-entry',
    about:
      "Online in Yahoo Mail (omega layout). The attacker's message carries an inner-MTA entry line from the bank's 192.0.2.10 (`by 10.253.62.170 with SMTPs`) right under Yahoo's real entry, hoping the walk takes it for Yahoo's and checks SPF at the bank's address. Yahoo records dmarc=fail(p=REJECT). Wanted: spoofed.",
    cls: 'imitated-yahoo-hops',
    eml: yahooAttack(onTop(yNotice, fakeYahooBlock[fakeYahooBlock.length - 1]!), '7c9d5b6f4-k102e'),
    args: YAHOO,
    zone: onlineZone,
    expect: SPOOFED,
  });
}
