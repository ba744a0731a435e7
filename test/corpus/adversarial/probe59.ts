// Red-team probes, fifty-ninth round (December 2026): today's three fixes, and what they opened.
// - lib/dns/registrable.ts REGISTRY_SUFFIXES: second-level registries of the PSL's private section
//   are suffixes in every organisational comparison, but only those in the list. pp.ua (a free
//   Ukrainian registry, long a phishing favourite) and us.kg (DigitalPlat's free zone, abused at
//   scale since 2024) are registries of the same kind, in the PSL's private section and not in
//   the list: read with the ICANN section, northbank.pp.ua is organisation pp.ua, label "pp", and
//   the look-alike rules never compare "northbank". Probed against the reader's own organisation
//   (BEC on an employee of northbank.co.uk, the reader's box online) and a built-in brand (Gmail
//   offline). An IDN name under uk.com (Yahoo offline), and the genuine side: a firm under uk.com
//   signing with a subdomain of its own name (relaxed alignment inside one registrant).
// - lib/engine/offline.ts offlineSignedLengths: offline, the provider's passing DKIM result is
//   matched to the message's own DKIM-Signature by d= (and s=) only. (a) A bank signing with
//   i=@alerts.northbank.example: Gmail's and Yahoo's header.i carries the i= domain, so the
//   provider names a "signer" no field has as d=, and the l= limit is never read. (b) The
//   attacker writes a copy of the genuine field with l= larger than the body above it: the first
//   field with l= is taken, nothing counts as appended, the finding drops to low. Gmail names
//   each signature by header.b, which would say which one passed.
// Controls: the firm under uk.com (box, online), the bank's genuine l= notice with i= (Gmail,
// offline), the i= replay online (our own verification counts it).
// Layouts: the reader's box as probe58.ts (rspamd above Postfix's entry); Gmail's entry and
// Authentication-Results as test/corpus/receivers.ts gmailDelivery (one dkim= result per
// signature, each with header.i, header.s and header.b, as in the public raw Gmail headers the
// earlier rounds cite); Yahoo's 2025 omega layout as probe58.ts. The PSL private section's own
// entries for pp.ua ("pp.ua : https://pp.ua/") and us.kg ("DigitalPlat"). Names and addresses are
// documentation ones, except the providers' hosts and the registry zones, which are the point.

import { dkimSign } from 'mailauth/lib/dkim/sign';
import { corpusKeys, signCorpus } from '../../helpers/corpus';
import {
  ARGS,
  ATTACKER_IP,
  AUTHENTICATED,
  BANK,
  BANK_IP,
  GMAIL,
  KEY,
  NOT_TRUSTED,
  ptr,
  RECEIVER,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { GMAIL_TO, gmailDelivery, gmailDmarc, gmailSpf, type YahooEntry, yahooOmega } from '../receivers';
import { probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the fifty-ninth round's report).
 */
// probe59-box-pp-ua-reader-lookalike-online, probe59-gmail-us-kg-brand-plain-name-offline: read
// authenticated with no finding (pp.ua / us.kg read with the ICANN section: organisation pp.ua,
// label "pp"). Wanted: lookalike-domain, suspicious. Rule: lib/dns/registrable.ts
// REGISTRY_SUFFIXES (a hand list). Fix: add the PSL private section's other registries (pp.ua,
// us.kg, co.ua, biz.ua, in.ua, co.cz, co.pl, …), or invert the list: every private-section entry
// is a suffix in the look-alike comparison (lookalike only), keeping the hand list for alignment
// and same-organisation checks. Risk: a platform suffix in look-alike reading (brand.github.io
// would then be compared as "brand" under github.io) gives more look-alike notes on genuine
// platform-hosted senders; the list form risks nothing but lags the PSL.
// probe59-gmail-dkim-l-identity-subdomain-lure-offline: authenticated, no dkim-body-length (Gmail's
// header.i=@alerts.northbank.example names a "signer" no field has as d=, so
// lib/engine/offline.ts offlineSignedLengths finds no field). Wanted: dkim-body-length medium,
// suspicious (as online). Fix: match a field whose d= equals the provider's domain or whose i=
// domain equals it (the provider's header.i is the field's i=); with header.d, d= only. Risk: none
// for genuine mail beyond today's l= notes (a field must still carry l=).
// probe59-gmail-dkim-l-forged-larger-copy-above-offline, probe59-yahoo-dkim-l-forged-larger-copy-
// above-offline: authenticated with dkim-body-length at low (the copy with l=65536 above the
// genuine field is taken; 0 bytes counted after it). Wanted: medium, suspicious. Fix in
// offlineSignedLengths: where the provider prints header.b, take the field whose b= starts with
// it; otherwise, of several fields of that d=/s= with l=, the smallest l= (the reading that counts
// the most bytes as unsigned). Risk: a genuine message carrying two signatures of one d=/s= with
// different l= (a re-signing relay) gets the stricter note: medium on genuine replays only.
// Fixed at 04:00 on 2026-12-05. (A) lib/findings/lookalike.ts reasonRead: after the ICANN reading,
// a name under a private suffix whose operator is no known platform (pp.ua, us.kg) is read as a
// registrant's: northbank.pp.ua is "northbank" under another ending (probe59-box-pp-ua-*,
// probe59-gmail-us-kg-*). (B, C) lib/engine/offline.ts offlineSignedLengths: the provider's signer
// may be the domain of i= (a subdomain of d=), and of the fields that fit, the smallest l= is read,
// so a copy above the genuine field with a larger l= (or none) hides nothing.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

type Case = {
  name: string;
  about: string;
  cls: string;
  eml: string;
  /** None: offline (no zone is served; only the headers decide). */
  zone?: object;
  args: string[];
  expect: object;
};

function emit(write: CaseWriter, c: Case): void {
  write(c.name, {
    eml: c.eml,
    ...(c.zone ? { zone: c.zone as Record<string, unknown> } : {}),
    meta: { about: c.about, class: `probe59-${c.cls}`, args: c.args, expect: c.expect },
  });
}

const D = 'Fri, 20 Nov 2026 10:00:00 +0000';
const YAHOO = ['--webmail', 'yahoo'];
const ATT_ENV = 'bounce@attacker.example';

/** Signs with an i= identity (signCorpus has no option for it). */
async function signWithIdentity(
  raw: string,
  o: { domain: string; selector: string; identity: string; l?: number },
) {
  const res = await dkimSign(raw, {
    canonicalization: 'relaxed/relaxed',
    signTime: new Date('2026-11-20T10:00:00Z'),
    signatureData: [
      {
        signingDomain: o.domain,
        selector: o.selector,
        privateKey: corpusKeys().rsaPem,
        algorithm: 'rsa-sha256',
        identity: o.identity,
        ...(o.l !== undefined ? { maxBodyLength: o.l } : {}),
      },
    ],
  } as never);
  const sig = (res as { signatures: string }).signatures;
  if (!sig) throw new Error('signing failed');
  return sig + raw;
}

/** The first characters of a DKIM-Signature's b= (what Gmail prints as header.b). */
const bPrefix = (sigField: string) =>
  (/\bb=([A-Za-z0-9+/]{8})/.exec(sigField.replace(/\r\n\s+/g, '')) ?? [])[1] ?? '';

// --- the reader's box (Roundcube, --authserv-id) ---------------------------------------------

const UK_BANK = 'northbank.co.uk';
const UK_BANK_ZONE = {
  [UK_BANK]: { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  [`_dmarc.${UK_BANK}`]: { TXT: ['v=DMARC1; p=reject'] },
};
const EMPLOYEE = `robin@${UK_BANK}`;

type BoxFacts = {
  helo: string;
  ip: string;
  envelope: string;
  rcpt: string;
  d: string;
  s: string;
  from: string;
};

function viaBox(raw: string, o: BoxFacts): string {
  const results = [
    `dkim=pass header.d=${o.d} header.s=${o.s} header.b=Q29ycHVz;`,
    `spf=pass (${RECEIVER}: domain of ${o.envelope} designates ${o.ip} as permitted sender) smtp.mailfrom=${o.envelope};`,
    `dmarc=pass (policy=reject) header.from=${o.from}`,
  ].join('\r\n\t');
  return onTop(
    raw,
    `Return-Path: <${o.envelope}>`,
    `Delivered-To: ${o.rcpt}`,
    `Authentication-Results: ${RECEIVER};\r\n\t${results}`,
    received({ helo: o.helo, rdns: o.helo, ip: o.ip, by: RECEIVER, id: '4Tz9Rn3mLqz2y7', for: o.rcpt }),
  );
}

/** An attacker's fully authenticated domain: SPF for his server, DMARC p=reject, key s1. */
const ownZone = (domain: string) => ({
  ...ptr(ATTACKER_IP, `mail.${domain}`),
  [domain]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
  [`_dmarc.${domain}`]: { TXT: ['v=DMARC1; p=reject'] },
  [`s1._domainkey.${domain}`]: KEY(),
});

async function boxCases(write: CaseWriter): Promise<void> {
  // 1. The reader's own name under pp.ua, a private-section registry not in REGISTRY_SUFFIXES.
  const PPUA = 'northbank.pp.ua';
  const lure = await signCorpus(
    submitted({
      from: `Priya Nair <priya.nair@${PPUA}>`,
      to: `Robin Hale <${EMPLOYEE}>`,
      subject: 'Re: supplier payment run 20 Nov - updated remittance details',
      date: D,
      messageId: '<CAF8qr3y0Ms1@mail.northbank.pp.ua>',
      body: "Hi Robin,\r\n\r\nplease use the updated account details attached for today's payment run; the old account is frozen during the audit.\r\n\r\nThanks,\r\nPriya Nair\r\nTreasury Operations\r\n",
    }),
    { domain: PPUA, selector: 's1' },
  );
  emit(write, {
    name: 'probe59-box-pp-ua-reader-lookalike-online',
    about: `BEC on an employee of ${UK_BANK} (the bank's own box, ${RECEIVER}; Delivered-To names the reader's domain). The attacker registers ${PPUA} under pp.ua (a free registry in the Public Suffix List's private section, as uk.com is, but not in lib/dns/registrable.ts REGISTRY_SUFFIXES), publishes SPF, DKIM (s1) and DMARC p=reject, and writes as the bank's treasury; rspamd records pass. Online. Read with the ICANN section, ${PPUA} is organisation pp.ua, label "pp". Wanted: not trusted, lookalike-domain (the reader's own name under another ending), as probe58's uk.com case`,
    cls: 'registry-not-listed',
    eml: viaBox(lure, {
      helo: `mail.${PPUA}`,
      ip: ATTACKER_IP,
      envelope: `bounce@${PPUA}`,
      rcpt: EMPLOYEE,
      d: PPUA,
      s: 's1',
      from: PPUA,
    }),
    zone: { ...UK_BANK_ZONE, ...ownZone(PPUA) },
    args: ARGS,
    expect: { ...NOT_TRUSTED, findings: ['lookalike-domain'] },
  });

  // 2. Control: a firm under uk.com whose ESP signs with a subdomain of the firm's own name.
  const FIRM = 'harbourline.uk.com';
  const SIGNER = `mail.${FIRM}`;
  const firm = await signCorpus(
    submitted({
      from: `Harbourline Accounts <accounts@${FIRM}>`,
      to: 'Robin Reader <robin@reader.example>',
      subject: 'Invoice HL-20611 for November',
      date: D,
      messageId: `<inv-20611@${SIGNER}>`,
      body: 'Dear Robin,\r\n\r\nyour invoice HL-20611 for November is attached; payment terms as agreed.\r\n\r\nHarbourline Accounts\r\n',
    }),
    { domain: SIGNER, selector: 's1' },
  );
  emit(write, {
    name: 'probe59-box-uk-com-firm-subdomain-signer-control-online',
    about: `Control: a small firm whose domain is ${FIRM} (registered under CentralNic's uk.com) sends from its server ${BANK_IP} with envelope bounce@${SIGNER}, signed d=${SIGNER} s=s1: relaxed alignment inside one registrant (RFC 7489 §3.1.1), now that uk.com is a suffix. rspamd records pass. Online. Wanted: authenticated (one registrant is one organisation)`,
    cls: 'registry-alignment',
    eml: viaBox(firm, {
      helo: `smtp.${FIRM}`,
      ip: BANK_IP,
      envelope: `bounce@${SIGNER}`,
      rcpt: 'robin@reader.example',
      d: SIGNER,
      s: 's1',
      from: FIRM,
    }),
    zone: {
      ...ptr(BANK_IP, `smtp.${FIRM}`),
      [SIGNER]: { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
      [`_dmarc.${FIRM}`]: { TXT: ['v=DMARC1; p=reject'] },
      [`s1._domainkey.${SIGNER}`]: KEY(),
    },
    args: ARGS,
    expect: AUTHENTICATED,
  });
}

// --- Gmail -----------------------------------------------------------------------------------

const gmailRelay = (ip: string, helo: string) => ({ helo, rdns: helo, ip });

/** The bank's genuine statement notice, signed with l= (its whole body then) and i=@alerts. */
const SHORT = 'Dear customer,\r\n\r\nyour monthly statement is ready in online banking.\r\n';
const LURE =
  '\r\n\r\nIMPORTANT: your card was restricted today. Restore it at https://northbank-restore.example/card within 24 hours.\r\n';
const notice = (to: string, id: string) =>
  submitted({
    from: 'Northbank <alerts@northbank.example>',
    to,
    subject: 'Your statement is ready',
    date: D,
    messageId: `<stmt-20261120-${id}@alerts.northbank.example>`,
    body: SHORT,
  });

async function gmailCases(write: CaseWriter): Promise<void> {
  // 3. A built-in brand under us.kg, another private-section registry not in the list.
  const WF = 'wellsfargo.us.kg';
  const wf = await signCorpus(
    submitted({
      from: `Online Security <alerts@${WF}>`,
      to: GMAIL_TO,
      subject: 'Unusual sign-on: confirm your identity',
      date: D,
      body: `We noticed a sign-on from a new device. If this was not you, secure your account at https://${WF}/secure\r\n`,
    }),
    { domain: WF, selector: 's1' },
  );
  emit(write, {
    name: 'probe59-gmail-us-kg-brand-plain-name-offline',
    about: `Gmail, offline. The attacker registers ${WF} under us.kg (DigitalPlat's free zone, in the Public Suffix List's private section, not in REGISTRY_SUFFIXES) and sets up SPF, DKIM (s1) and DMARC p=reject; "Online Security <alerts@${WF}>" (no brand in the display name) arrives from ${ATTACKER_IP}, Gmail records dkim, spf and dmarc pass. Read with the ICANN section, ${WF} is organisation us.kg, label "us". Wanted: not trusted (lookalike-domain: wellsfargo.com's name under another ending), as probe58-yahoo-centralnic-us-com-brand-plain-name-offline`,
    cls: 'registry-not-listed',
    eml: gmailDelivery(wf, {
      relay: gmailRelay(ATTACKER_IP, `mail.${WF}`),
      envelope: `bounce@${WF}`,
      ids: ['x59csp1101pxa', 'a59si2201qtb.61'],
      spf: 'pass',
      results: [
        `dkim=pass header.i=@${WF} header.s=s1 header.b=${bPrefix(wf)};`,
        `       ${gmailSpf(`bounce@${WF}`, ATTACKER_IP)}`,
        `       ${gmailDmarc(WF)}`,
      ].join('\r\n'),
    }),
    args: GMAIL,
    expect: { ...NOT_TRUSTED, findings: ['lookalike-domain'] },
  });

  // 4–6. The bank signs d=northbank.example with i=@alerts.northbank.example and l=.
  const signed = await signWithIdentity(notice(GMAIL_TO, '2201'), {
    domain: 'northbank.example',
    selector: 'nb1',
    identity: '@alerts.northbank.example',
    l: SHORT.length,
  });
  const replay = `${signed}${LURE}`;
  const gmailAr = (env: string, ip: string, b: string) =>
    [
      `dkim=pass header.i=@alerts.northbank.example header.s=nb1 header.b=${b};`,
      `       ${gmailSpf(env, ip)}`,
      `       ${gmailDmarc('northbank.example')}`,
    ].join('\r\n');
  const replayEml = gmailDelivery(replay, {
    relay: gmailRelay(ATTACKER_IP, 'mail.attacker.example'),
    envelope: ATT_ENV,
    ids: ['x59csp1102pxa', 'a59si2202qtb.62'],
    spf: 'pass',
    results: gmailAr(ATT_ENV, ATTACKER_IP, bPrefix(signed)),
  });
  for (const online of [true, false]) {
    emit(write, {
      name: `probe59-gmail-dkim-l-identity-subdomain-lure-${online ? 'online' : 'offline'}`,
      about: `Gmail, ${online ? 'online' : 'offline'}. The bank's genuine statement notice, signed d=northbank.example s=nb1 with i=@alerts.northbank.example (its ESP's setting) and l=${SHORT.length}, replayed by the attacker from ${ATTACKER_IP} (envelope ${ATT_ENV}) with a phishing paragraph appended after the signed length. Gmail verifies the signed part and records dkim=pass header.i=@alerts.northbank.example header.s=nb1 and dmarc=pass. ${online ? 'Online our own verification counts the appended bytes.' : 'Offline the provider names the signer by its i= domain; lib/engine/offline.ts offlineSignedLengths looks for a field whose d= is that domain, finds none, and never reads l=.'} Wanted: not trusted (dkim-body-length)`,
      cls: 'offline-l-tag',
      eml: replayEml,
      ...(online
        ? {
            zone: {
              ...BANK,
              'nb1._domainkey.northbank.example': KEY(),
              ...ptr(ATTACKER_IP, 'mail.attacker.example'),
              'attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
            },
          }
        : {}),
      args: GMAIL,
      expect: { ...NOT_TRUSTED, findings: ['dkim-body-length'] },
    });
  }
  emit(write, {
    name: 'probe59-gmail-dkim-l-identity-genuine-control-offline',
    about: `Control: the same notice (d=northbank.example, i=@alerts.northbank.example, l= the whole body) as the bank sent it, from ${BANK_IP} with envelope alerts@northbank.example; Gmail records pass. Offline. Nothing follows the signed length. Wanted: authenticated`,
    cls: 'offline-l-tag',
    eml: gmailDelivery(signed, {
      relay: gmailRelay(BANK_IP, 'mail.northbank.example'),
      envelope: 'alerts@northbank.example',
      ids: ['x59csp1103pxa', 'a59si2203qtb.63'],
      spf: 'pass',
      results: gmailAr('alerts@northbank.example', BANK_IP, bPrefix(signed)),
    }),
    args: GMAIL,
    expect: AUTHENTICATED,
  });

  // 7. A copy of the genuine field with l= larger than the body, written above it.
  const plainSigned = await signCorpus(notice(GMAIL_TO, '2204'), {
    domain: 'northbank.example',
    selector: 'nb1',
    maxBodyLength: SHORT.length,
  });
  const genuineField = plainSigned.slice(0, plainSigned.indexOf('\r\nFrom:') + 2);
  const forgedField = genuineField.replace(/\bl=\d+/, 'l=65536').replace(/\bb=[A-Za-z0-9]{4}/, 'b=Zm9y');
  const withCopy = `${forgedField}${plainSigned}${LURE}`;
  emit(write, {
    name: 'probe59-gmail-dkim-l-forged-larger-copy-above-offline',
    about: `Gmail, offline. The bank's genuine notice signed d=northbank.example s=nb1 l=${SHORT.length}, replayed from ${ATTACKER_IP} (envelope ${ATT_ENV}) with a phishing paragraph appended; above the genuine field the attacker writes a copy of it with l=65536 (larger than the whole body) and a broken b=. Gmail records one result per signature, each with its header.b: dkim=fail for the copy, dkim=pass for the genuine one, and dmarc=pass. offlineSignedLengths takes the first field of that d=/s= with l= (the copy), so nothing counts as appended and dkim-body-length drops to low. Wanted: not trusted (dkim-body-length at medium: header.b names the field that passed)`,
    cls: 'offline-l-tag',
    eml: gmailDelivery(withCopy, {
      relay: gmailRelay(ATTACKER_IP, 'mail.attacker.example'),
      envelope: ATT_ENV,
      ids: ['x59csp1104pxa', 'a59si2204qtb.64'],
      spf: 'pass',
      results: [
        `dkim=fail header.i=@northbank.example header.s=nb1 header.b=${bPrefix(forgedField)};`,
        `       dkim=pass header.i=@northbank.example header.s=nb1 header.b=${bPrefix(genuineField)};`,
        `       ${gmailSpf(ATT_ENV, ATTACKER_IP)}`,
        `       ${gmailDmarc('northbank.example')}`,
      ].join('\r\n'),
    }),
    args: GMAIL,
    expect: { ...NOT_TRUSTED, findings: ['dkim-body-length'] },
  });
}

// --- Yahoo Mail --------------------------------------------------------------------------------

const omega = (raw: string, o: YahooEntry) =>
  yahooOmega(raw, o, { tag: 'Probe59', pod: 'fb5f4cbd-4wr9p', inner: '10.253.233.87' });

async function yahooCases(write: CaseWriter): Promise<void> {
  // 8. The same forged copy, in Yahoo, which prints one dkim result without header.b.
  const YAHOO_TO = 'Robin Reader <robin.reader@yahoo.com>';
  const plainSigned = await signCorpus(notice(YAHOO_TO, '2205'), {
    domain: 'northbank.example',
    selector: 'nb1',
    maxBodyLength: SHORT.length,
  });
  const genuineField = plainSigned.slice(0, plainSigned.indexOf('\r\nFrom:') + 2);
  const forgedField = genuineField.replace(/\bl=\d+/, 'l=65536').replace(/\bb=[A-Za-z0-9]{4}/, 'b=Zm9y');
  emit(write, {
    name: 'probe59-yahoo-dkim-l-forged-larger-copy-above-offline',
    about: `Yahoo Mail (omega layout), offline. As probe59-gmail-dkim-l-forged-larger-copy-above-offline: the bank's l=${SHORT.length} signature replayed with a lure appended and a copy of its field with l=65536 above it; Yahoo records dkim=pass header.i=@northbank.example header.s=nb1 (no header.b) and dmarc=pass. A limit larger than the body cannot be the one that verified a body with text after the genuine limit: Yahoo verified the genuine field. Wanted: not trusted (dkim-body-length at medium: of two fields, the smaller limit is the one to count, or the copy whose l= exceeds the body could not have verified)`,
    cls: 'offline-l-tag',
    eml: omega(`${forgedField}${plainSigned}${LURE}`, {
      ip: ATTACKER_IP,
      helo: 'mail.attacker.example',
      envelope: ATT_ENV,
      spf: `pass (domain of attacker.example designates ${ATTACKER_IP} as permitted sender)`,
      ar: 'dkim=pass header.i=@northbank.example header.s=nb1;\r\n spf=pass smtp.mailfrom=attacker.example;\r\n dmarc=pass(p=REJECT) header.from=northbank.example;',
    }),
    args: YAHOO,
    expect: { ...NOT_TRUSTED, findings: ['dkim-body-length'] },
  });

  // 9. An IDN look-alike under uk.com: a Cyrillic "о" in a built-in brand's name.
  const IDN = 'xn--wellsfarg-82h.uk.com';
  const idn = await signCorpus(
    submitted({
      from: `Online Security <security@${IDN}>`,
      to: YAHOO_TO,
      subject: 'Your card has been restricted',
      date: D,
      body: `We restricted your card after unusual activity. Confirm it at https://${IDN}/card\r\n`,
    }),
    { domain: IDN, selector: 's1' },
  );
  emit(write, {
    name: 'probe59-yahoo-idn-under-uk-com-offline',
    about: `Yahoo Mail (omega layout), offline. The attacker registers "wellsfargо" with a Cyrillic "о" under CentralNic's uk.com (${IDN}, an internationalised name CentralNic sells) and sets up SPF, DKIM (s1) and DMARC p=reject; Yahoo records pass. The display name names no brand. The name under a registry zone is now its registrant's, label "xn--wellsfarg-82h"; it should be read for look-alike characters as the same name under .com is. Wanted: not trusted (lookalike-domain of wellsfargo.com)`,
    cls: 'registry-idn',
    eml: omega(idn, {
      ip: ATTACKER_IP,
      helo: `mail.${IDN}`,
      envelope: `bounce@${IDN}`,
      spf: `pass (domain of ${IDN} designates ${ATTACKER_IP} as permitted sender)`,
      ar: `dkim=pass header.i=@${IDN} header.s=s1;\r\n spf=pass smtp.mailfrom=${IDN};\r\n dmarc=pass(p=REJECT) header.from=${IDN};`,
    }),
    args: YAHOO,
    expect: { ...NOT_TRUSTED, findings: ['lookalike-domain'] },
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await boxCases(write);
  await gmailCases(write);
  await yahooCases(write);
}

export const make = (write: CaseWriter) => probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
