// Red-team round 166: offline mode (no zone file: lib/engine/offline.ts), read with the CLI's
// defaults (no options: `--webmail auto`, lib/webmail/profile-detect.ts detectProfile) beside the
// explicit profile, in every webmail. Offline only the provider's own Authentication-Results speak
// (lib/auth/authresults.ts parseAuthResults: the region above the entry Received line, Gmail's one
// header right under it; lib/auth/authresults-provider.ts deliveryRun), so the provider the engine
// believes it is reading decides which header counts. Probed:
// - a delivery in one webmail carrying, below its entry line, a whole delivery block of ANOTHER
//   webmail written by the sender (Gmail's `Received: by 2002:…` internal hop, its `by mx.google.com`
//   entry from the bank's own address, Received-SPF and `Authentication-Results: mx.google.com`
//   saying pass; Yahoo's omega hand-off `from 127.0.0.1 by atlas-…omega.yahoo.com with HTTP` over
//   its atlas header saying pass and its inner MTA's entry): detection must read the topmost
//   receiver's line only, so a Gmail delivery never reads as Yahoo's nor a Roundcube box's as
//   Gmail's, and the real provider's dmarc=fail stands;
// - the same on the reader's own Postfix/Dovecot box behind Roundcube, with `--authserv-id` and
//   without options (nothing of the box's is then known: never authenticated);
// - the box's own two headers (policyd-spf's and OpenDMARC's, one ADMD writing one method each,
//   RFC 8601 B.5) with a sender's header under the box's id spelt `MAIL.Reader.Example.` with a
//   version number and a comment below the entry, filling in a dmarc=pass;
// - Gmail's real delivery layout with its own ARC set (`ARC-Seal: i=1; … cv=none; d=google.com;
//   s=arc-20160816`, `ARC-Authentication-Results: i=1; mx.google.com; …` above Return-Path): the
//   genuine bank with it must read authenticated with and without options; a spoof whose sender
//   adds a Google-named ARC set of his own (it cannot verify: Gmail records arc=fail) must read
//   spoofed;
// - Outlook on the web read with no options, a Gmail block inside the spoof.
// Each attack beside its genuine control, offline.
// Layouts: Gmail's delivery (receivers.ts gmailDelivery, learnt from published raw messages in earlier
// rounds; powerusergu.ru/q/1082032's pasted Gmail header: `Received: by 10.79.29.73 with SMTP id …`,
// `Received: from libri.sur5r.net (libri.sur5r.net. [217.8.49.41]) by mx.google.com with ESMTPS id
// …`, Received-SPF, `Authentication-Results: mx.google.com;`), Gmail's own delivery ARC set above
// Return-Path as public fixtures show it (find_string "cv=none; d=google.com; s=arc-20160816;": a
// cactus.app inbound fixture with `ARC-Seal: i=1; a=rsa-sha256; t=…; cv=none; d=google.com;
// s=arc-20160816` and ARC-Message-Signature under X-Received, a Facebook notice's header dump with
// arc-seal/arc-message-signature after x-received, a Citibank notice's with
// `Arc-Authentication-Results: i=1; mx.google.com; dkim=pass …` under Return-Path); Yahoo's 2025
// omega layout (receivers.ts yahooOmega, as probe52/probe102 cite it); the Postfix + policyd-spf +
// OpenDMARC box with Dovecot LMTP (receivers.ts dovecotLmtp; OpenDMARC's `dmarc=fail (p=reject
// dis=none) header.from=` as probe43/probe47 write it); Exchange Online's delivery (receivers.ts
// eopDelivery, test/fixtures/legit/README-m365.md). Names and addresses are documentation ones
// except Google's, Yahoo's and Microsoft's own hosts.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, type Relay, SPOOFED } from '../kit';
import type { CaseWriter } from '../make';
import { onTop } from '../messages';
import {
  dovecotLmtp,
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooOmega,
} from '../receivers';
import { ATTACKER_RELAY, BANK_ENVELOPE, BANK_RELAY, bankNotice, probeCorpus } from '../rounds-kit';

const NB = 'northbank.example';
const ENV = 'bounce@attacker.example';
const GTO = 'robin.reader@gmail.com';
const YTO = 'robin.reader@yahoo.com';
const BOX = 'mail.reader.example';
const BTO = 'robin@reader.example';
const OTO = 'dana.whitfield@harbourline.example';
const G = '\r\n       ';
const NO = ' arc_overridden_status=NOT_OVERRIDDEN;';
const GMAIL = ['--webmail', 'gmail'];
const YAHOO = ['--webmail', 'yahoo'];
const OUTLOOK = ['--webmail', 'outlook'];
const BOX_ARGS = ['--authserv-id', BOX, '--recipient-domain', 'reader.example'];

const AUTHENTICATED: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
const NEVER_TRUSTED: CaseExpectation = { notVerdict: ['authenticated'] };
/** Offline in Outlook EOP's id-less record is read only as its record of a fail (receiver-recorded-fail). */
const EOP_SPOOFED: CaseExpectation = { verdict: 'spoofed', findings: ['receiver-recorded-fail'] };

/** What the attacker copies from a genuine Gmail record of the bank: every result passing. */
const GOOGLE_PASS = [gmailDkim(NB, 'nb1'), gmailSpf(BANK_ENVELOPE, BANK_RELAY.ip), gmailDmarc(NB, 'REJECT')];
/** Gmail's record of the attacker's spoof: his own envelope passes SPF, DMARC fails (p=REJECT). */
const GOOGLE_FAIL = [gmailSpf(ENV, ATTACKER_RELAY.ip), gmailDmarc(NB, 'REJECT', 'fail')];

/** A whole Gmail delivery block from the bank's own server, as the sender writes it into his message. */
const fakeGmailBlock = (id: string) => [
  'Received: by 2002:a05:6a10:a0d1:b0:2f5:1234:5678 with SMTP id x166csp9fkpxa;\r\n        Fri, 20 Nov 2026 01:58:04 -0800 (PST)',
  `Return-Path: <${BANK_ENVELOPE}>`,
  `Received: from ${BANK_RELAY.helo} (${BANK_RELAY.rdns}. [${BANK_RELAY.ip}])\r\n        by mx.google.com with ESMTPS id ${id}.2026.11.20.01.58.03\r\n        for <${GTO}>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        Fri, 20 Nov 2026 01:58:03 -0800 (PST)`,
  `Received-SPF: pass (google.com: domain of ${BANK_ENVELOPE} designates ${BANK_RELAY.ip} as permitted sender) client-ip=${BANK_RELAY.ip};`,
  `Authentication-Results: mx.google.com;${G}${GOOGLE_PASS.join(G)}`,
];

const YAHOO_PASS = `dkim=pass header.i=@${NB} header.s=nb1;${NO}\r\n spf=pass smtp.mailfrom=${NB};${NO}\r\n dmarc=pass(p=REJECT) header.from=${NB};${NO}`;
const YAHOO_FAIL = `dkim=neutral(no sig);${NO}\r\n spf=pass smtp.mailfrom=attacker.example;${NO}\r\n dmarc=fail(p=QUARANTINE) header.from=${NB};${NO}`;
const ATLAS = 'atlas-production.v2-mail-prod1-gq1.omega.yahoo.com';

/** A whole Yahoo omega block from the bank's own server, as the sender writes it into his message. */
const fakeYahooBlock = [
  `Received: from 127.0.0.1\r\n by ${ATLAS} pod-id atlas--production-gq1-7c9d5b6f4-f166z.gq1.yahoo.com with HTTP; Fri, 20 Nov 2026 09:58:06 +0000`,
  `Return-Path: <${BANK_ENVELOPE}>`,
  `X-Originating-Ip: [${BANK_RELAY.ip}]`,
  `Received-SPF: pass (domain of ${NB} designates ${BANK_RELAY.ip} as permitted sender)`,
  `Authentication-Results: ${ATLAS};\r\n ${YAHOO_PASS}`,
  `X-Apparently-To: ${GTO}; Fri, 20 Nov 2026 09:58:06 +0000`,
  `Received: from ${BANK_RELAY.ip} (EHLO ${BANK_RELAY.helo})\r\n by 10.253.62.166 with SMTPs\r\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\r\n Fri, 20 Nov 2026 09:58:05 +0000`,
];

/** Gmail's own delivery ARC set (its seal of what it received), above Return-Path, under X-Received. */
const googleDeliverySet = (aar: string[], cv = 'none') => [
  'X-Received: by 2002:a17:907:9409:b0:b73:1a2e:4c5d with SMTP id dt9mr166004ejc.41.1795168806214;\r\n        Fri, 20 Nov 2026 02:00:06 -0800 (PST)',
  `ARC-Seal: i=1; a=rsa-sha256; t=1795168806; cv=${cv};\r\n        d=google.com; s=arc-20160816;\r\n        b=SGVhZGVyTGVucyByb3VuZCAxNjYgbWFkZS11cCBzZWFsIHZhbHVlIG5vdCBhIHJlYWwgc2lnbmF0dXJl\r\n         QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=`,
  'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20160816;\r\n        h=message-id:subject:to:from:date:mime-version;\r\n        bh=Ym9keSBoYXNoIG1hZGUgdXAgZm9yIHJvdW5kIDE2Ng==;\r\n        b=SGVhZGVyTGVucyByb3VuZCAxNjYgbWFkZS11cCBtZXNzYWdlIHNpZ25hdHVyZQ==',
  `ARC-Authentication-Results: i=1; mx.google.com;${G}${aar.join(G)}`,
];

/** Gmail's delivery of `raw` from `relay` (its record holding `results`), with its delivery ARC set. */
function atGmail(
  raw: string,
  n: string,
  results: string[],
  relay: Relay,
  env: string,
  arcSet = false,
): string {
  const delivered = gmailDelivery(raw, {
    relay,
    envelope: env,
    results: results.join(G),
    ids: [`x166csp${n}pxa`, `a166si${n}qtb.166`],
    spf: results.some((r) => r.startsWith('spf=pass')) ? 'pass' : 'softfail',
    deliveredTo: true,
    to: GTO,
  });
  if (!arcSet) return delivered;
  // Gmail's set goes between its internal hop and Return-Path (the published layouts above).
  const at = delivered.indexOf('\r\nReturn-Path: ');
  return `${delivered.slice(0, at)}\r\n${googleDeliverySet(results).join('\r\n')}${delivered.slice(at)}`;
}

/** Yahoo's 2025 omega delivery of `raw` from `relay`. */
const atYahoo = (raw: string, relay: Relay, env: string, ar: string, pod: string) =>
  yahooOmega(
    raw,
    {
      ip: relay.ip,
      helo: relay.helo,
      envelope: env,
      spf: `pass (domain of ${env.split('@').pop()} designates ${relay.ip} as permitted sender)`,
      ar,
    },
    { tag: 'Probe166', pod, inner: '10.253.62.166', to: YTO },
  );

/**
 * The reader's own Postfix box (policyd-spf and OpenDMARC each writing a header, Dovecot's LMTP on
 * top) delivering `raw` from `relay`: `dmarc` is OpenDMARC's result.
 */
function atBox(raw: string, relay: Relay, env: string, spf: string, dmarc: string, n: string): string {
  return onTop(
    raw,
    `Return-Path: <${env}>`,
    dovecotLmtp(BOX, env, BTO, `kB166${n}dE3fG4hI5jK6lM7n`, 'Fri, 20 Nov 2026 10:00:04 +0000'),
    `Authentication-Results: ${BOX}; dmarc=${dmarc} (p=reject dis=${dmarc === 'pass' ? 'none' : 'reject'}) header.from=${NB}`,
    `Authentication-Results: ${BOX}; spf=${spf} smtp.mailfrom=${env}`,
    `Received-SPF: ${spf === 'pass' ? 'Pass' : 'Fail'} (mailfrom) identity=mailfrom; client-ip=${relay.ip}; helo=${relay.helo}; envelope-from=${env}; receiver=<UNKNOWN>`,
    `Received: from ${relay.helo} (${relay.rdns} [${relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw166${n}a2\r\n\tfor <${BTO}>; Fri, 20 Nov 2026 10:00:03 +0000`,
  );
}

const eopFail = () => ({
  ip: ATTACKER_RELAY.ip,
  helo: ATTACKER_RELAY.helo,
  ar: `spf=pass (sender IP is ${ATTACKER_RELAY.ip})\r\n smtp.mailfrom=attacker.example; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=oreject\r\n header.from=${NB};compauth=fail reason=000`,
  spf: `Pass (protection.outlook.com: domain of attacker.example designates\r\n ${ATTACKER_RELAY.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ATTACKER_RELAY.ip}; helo=${ATTACKER_RELAY.helo}; pr=C`,
});

interface One {
  name: string;
  about: string;
  cls: string;
  eml: string;
  args: string[];
  expect: CaseExpectation;
  twin?: boolean;
}

const emit = (write: CaseWriter, c: One) => emitCase(write, { ...c, class: `probe166-${c.cls}` });

export async function makeAll(write: CaseWriter): Promise<void> {
  const g = bankNotice(GTO);
  const y = bankNotice(YTO);
  const b = bankNotice(BTO);
  const o = bankNotice(OTO);

  // ---- Gmail ----
  emit(write, {
    name: 'r166-gmail-genuine-bank-google-delivery-arc-set-control',
    about:
      "Control, offline. The bank's own notice from its own server delivered by Gmail as Gmail writes it today: its internal hop, X-Received, its own delivery ARC set (i=1, d=google.com, cv=none, ARC-Authentication-Results under mx.google.com copying its record), Return-Path, its entry, Received-SPF and its one header: dkim, spf and dmarc pass (p=REJECT). Read in Gmail and with no options (detected from the topmost receiver's line). Wanted: authenticated.",
    cls: 'control',
    eml: atGmail(g, '1', GOOGLE_PASS, BANK_RELAY, BANK_ENVELOPE, true),
    args: GMAIL,
    expect: AUTHENTICATED,
    twin: true,
  });
  emit(write, {
    name: 'r166-gmail-spoof-fail-sender-writes-yahoo-omega-block',
    about:
      "Attack, offline. Gmail records the bank's spoof from the attacker's server: spf=pass for his envelope, dmarc=fail (p=REJECT), filed in Spam where the reader opens it. Below Gmail's lines the sender wrote a whole Yahoo omega delivery of the bank's notice (the atlas hand-off `from 127.0.0.1 by atlas-…omega.yahoo.com with HTTP`, Return-Path, Received-SPF, the atlas header with dkim, spf and dmarc=pass(p=REJECT), X-Apparently-To and the inner MTA's entry from the bank's address), so a detector that read any line but the topmost receiver's would apply Yahoo's rules and its header. Wanted: spoofed, in Gmail and with no options.",
    cls: 'cross-webmail-block',
    eml: atGmail(onTop(g, ...fakeYahooBlock), '2', GOOGLE_FAIL, ATTACKER_RELAY, ENV, true),
    args: GMAIL,
    expect: SPOOFED,
    twin: true,
  });
  emit(write, {
    name: 'r166-gmail-spoof-fail-sender-google-named-arc-set-aar-pass',
    about:
      "Attack, offline. Into his spoof the sender writes an ARC set of his own under Google's name (i=1, d=google.com, s=arc-20160816, cv=none; ARC-Authentication-Results `i=1; mx.google.com; dkim=pass; spf=pass; dmarc=pass` for the bank), as a message Gmail once forwarded would carry. He cannot sign as google.com: Gmail finds the chain broken and records arc=fail beside spf=pass for his envelope and dmarc=fail (p=REJECT), and seals its own delivery set i=2 with cv=fail. Wanted: spoofed, in Gmail and with no options.",
    cls: 'forged-google-arc',
    eml: (() => {
      const raw = onTop(
        g,
        'ARC-Seal: i=1; a=rsa-sha256; t=1795168700; cv=none;\r\n        d=google.com; s=arc-20160816;\r\n        b=QXR0YWNrZXIgd3JpdHRlbiBzZWFsIHVuZGVyIEdvb2dsZSBuYW1lIHJvdW5kIDE2Ng==',
        'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20160816;\r\n        h=message-id:subject:to:from:date:mime-version;\r\n        bh=YXR0YWNrZXIgYm9keSBoYXNo;\r\n        b=QXR0YWNrZXIgbWVzc2FnZSBzaWduYXR1cmU=',
        `ARC-Authentication-Results: i=1; mx.google.com;${G}${GOOGLE_PASS.join(G)}`,
      );
      const results = ['arc=fail (signature failed);', ...GOOGLE_FAIL];
      const delivered = gmailDelivery(raw, {
        relay: ATTACKER_RELAY,
        envelope: ENV,
        results: results.join(G),
        ids: ['x166csp3pxa', 'a166si3qtb.166'],
        spf: 'pass',
        deliveredTo: true,
        to: GTO,
      });
      const at = delivered.indexOf('\r\nReturn-Path: ');
      const own = googleDeliverySet(results, 'fail').map((h) => h.replace(/i=1;/, 'i=2;'));
      return `${delivered.slice(0, at)}\r\n${own.join('\r\n')}${delivered.slice(at)}`;
    })(),
    args: GMAIL,
    expect: SPOOFED,
    twin: true,
  });

  // ---- Yahoo ----
  emit(write, {
    name: 'r166-yahoo-genuine-bank-omega-control',
    about:
      "Control, offline. The bank's own notice from its own server through Yahoo's 2025 omega layout; Yahoo's one atlas header records dkim, spf and dmarc=pass(p=REJECT). Read in Yahoo Mail and with no options. Wanted: authenticated.",
    cls: 'control',
    eml: atYahoo(y, BANK_RELAY, BANK_ENVELOPE, YAHOO_PASS, '7c9d5b6f4-k166a'),
    args: YAHOO,
    expect: AUTHENTICATED,
    twin: true,
  });
  emit(write, {
    name: 'r166-yahoo-spoof-fail-sender-writes-gmail-delivery-block',
    about:
      "Attack, offline. Yahoo records the spoof from the attacker's server: dmarc=fail(p=QUARANTINE), so it is filed in Spam and opened there. Below Yahoo's inner entry the sender wrote a whole Gmail delivery of the bank's notice (Gmail's `Received: by 2002:a05:…` internal hop, Return-Path, the `by mx.google.com` entry from the bank's 192.0.2.10, Received-SPF and `Authentication-Results: mx.google.com` passing everything), so that a reader of any but the topmost receiver's line would apply Gmail's rules, under which the first header below an mx.google.com entry is Gmail's. Wanted: spoofed, in Yahoo Mail and with no options.",
    cls: 'cross-webmail-block',
    eml: atYahoo(
      onTop(y, ...fakeGmailBlock('a166si5xqtb.166')),
      ATTACKER_RELAY,
      ENV,
      YAHOO_FAIL,
      '7c9d5b6f4-k166b',
    ),
    args: YAHOO,
    expect: SPOOFED,
    twin: true,
  });

  // ---- The reader's own box (Roundcube on Postfix + Dovecot) ----
  const boxGenuine = atBox(b, BANK_RELAY, BANK_ENVELOPE, 'pass', 'pass', 'a');
  emit(write, {
    name: 'r166-box-genuine-bank-policyd-spf-opendmarc-control',
    about: `Control, offline. The bank's own notice from its own server to the reader's Postfix box (${BOX}) behind Roundcube: policyd-spf's header (spf=pass) and OpenDMARC's (dmarc=pass, p=reject) each under the box's id above its entry, Dovecot's LMTP line on top. Read with --authserv-id ${BOX}. Wanted: authenticated.`,
    cls: 'control',
    eml: boxGenuine,
    args: BOX_ARGS,
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'r166-box-genuine-bank-no-options-control',
    about:
      "Control, offline, the same genuine delivery read with no options: the topmost receiver's line is the box's, no webmail is detected, so nothing is trusted and nothing checked. Wanted: never spoofed nor suspicious (unverified).",
    cls: 'control',
    eml: boxGenuine,
    args: [],
    expect: { verdict: 'unverified' },
  });
  const boxSpoofGmail = atBox(
    onTop(b, ...fakeGmailBlock('a166si7xqtb.166')),
    ATTACKER_RELAY,
    ENV,
    'pass',
    'fail',
    'b',
  );
  emit(write, {
    name: 'r166-box-spoof-fail-sender-writes-gmail-delivery-block',
    about: `Attack, offline. The reader's box records the spoof from the attacker's server: spf=pass for his envelope, OpenDMARC's dmarc=fail (p=reject, the box set to deliver and tag). Below the box's entry the sender wrote a whole Gmail delivery of the bank's notice (internal hop, mx.google.com entry from the bank's address, Received-SPF, Gmail's pass header). Read with --authserv-id ${BOX}. Wanted: spoofed.`,
    cls: 'cross-webmail-block',
    eml: boxSpoofGmail,
    args: BOX_ARGS,
    expect: SPOOFED,
  });
  emit(write, {
    name: 'r166-box-spoof-fail-sender-gmail-block-no-options',
    about:
      "Attack, offline, the same spoof read with no options: the sender's Gmail block must not make the message read as a Gmail delivery (detection reads the topmost receiver's line, the box's LMTP line), so his mx.google.com header is never the provider's. Wanted: never authenticated.",
    cls: 'cross-webmail-block',
    eml: boxSpoofGmail,
    args: [],
    expect: NEVER_TRUSTED,
  });
  emit(write, {
    name: 'r166-box-spoof-sender-header-box-id-case-dot-version-comment',
    about: `Attack, offline. The box's own two headers record spf=fail (the bank's -all) and OpenDMARC's dmarc=fail. Below the box's entry the sender writes three headers under the box's id as RFC 8601 lets it be spelt: \`MAIL.Reader.Example. 1;\` (case, trailing dot, version), \`(box) ${BOX} (filter) 1;\` (comments round the id) and \`"${BOX}";\` (a quoted string), each with dkim, spf and dmarc=pass for the bank. Read with --authserv-id ${BOX}. Wanted: spoofed.`,
    cls: 'box-id-spellings',
    eml: atBox(
      onTop(
        b,
        `Authentication-Results: MAIL.Reader.Example. 1; dkim=pass header.d=${NB} header.s=nb1;\r\n\tspf=pass smtp.mailfrom=${BANK_ENVELOPE}; dmarc=pass (p=reject dis=none) header.from=${NB}`,
        `Authentication-Results: (box) ${BOX} (filter) 1;\r\n\tdmarc=pass (p=reject dis=none) header.from=${NB}`,
        `Authentication-Results: "${BOX}"; dkim=pass header.d=${NB} header.s=nb1`,
      ),
      ATTACKER_RELAY,
      BANK_ENVELOPE,
      'fail',
      'fail',
      'c',
    ),
    args: BOX_ARGS,
    expect: SPOOFED,
  });

  // ---- Outlook on the web ----
  emit(write, {
    name: 'r166-outlook-spoof-fail-sender-writes-gmail-block-no-options',
    about:
      "Attack, offline, read with no options. Exchange Online records the spoof: dmarc=fail action=oreject, compauth=fail (the tenant delivers to Junk). Below EOP's entry the sender wrote a whole Gmail delivery of the bank's notice (internal hop, mx.google.com entry from the bank's address, Gmail's pass header). Detection must read the topmost line (the recipient's mailbox server's), never the Gmail lines. Wanted: spoofed.",
    cls: 'cross-webmail-block',
    eml: eopDelivery(onTop(o, ...fakeGmailBlock('a166si9xqtb.166')), { ...eopFail(), returnPath: ENV }),
    args: [],
    expect: EOP_SPOOFED,
  });
  emit(write, {
    name: 'r166-outlook-spoof-fail-sender-writes-gmail-block',
    about: 'Attack, offline, the same spoof read in Outlook on the web (--webmail outlook). Wanted: spoofed.',
    cls: 'cross-webmail-block',
    eml: eopDelivery(onTop(o, ...fakeGmailBlock('a166si10xqtb.166')), { ...eopFail(), returnPath: ENV }),
    args: OUTLOOK,
    expect: EOP_SPOOFED,
  });
  emit(write, {
    name: 'r166-outlook-genuine-bank-no-options-control',
    about:
      "Control, offline, read with no options: the bank's own notice through Exchange Online, which records spf, dkim and dmarc pass and compauth=pass. Offline EOP's id-less header is only read for a fail (lib/webmail/profiles.ts), so the honest reading is unverified. Wanted: never spoofed nor suspicious.",
    cls: 'control',
    eml: eopDelivery(o, {
      ...eopPass(BANK_RELAY, NB, `dkim=pass (signature was verified)\r\n header.d=${NB}`),
      returnPath: BANK_ENVELOPE,
    }),
    args: [],
    expect: { notVerdict: ['spoofed', 'suspicious'] },
  });
}

// Nothing reads wrong today: all 18 cases meet their expectation (scripts/scratch/pend.ts, ALL=1).
// Read so by design, not pending: r166-box-spoof-fail-sender-gmail-block-no-options reads unverified.
// Without --authserv-id no webmail is detected from the box's LMTP line (profile-detect.ts
// detectProfile), so nothing is trusted and OpenDMARC's dmarc=fail above the entry is not read.
// What would change that (trusting, with no options, a header above the entry whose id is the
// topmost receiver's own `by` host) is a design question for the lead, not a bug.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
