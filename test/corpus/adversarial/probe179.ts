// Red-team round 179: the milter-row rules (lib/auth/authresults.ts milterMark / milterRun /
// AUTHOR_HEADERS / underOwnEntry; lib/findings/provider.ts milterRowGrade, NO_PASS, aboutOwnPassingOrg,
// contradicted, namesSigner, dkimIdentityHolds, claimsAgree, readersOwnSealer) where they meet the
// engine's other receiver rules: Gmail's one header below its entry (BELOW_ENTRY_PROVIDERS) when the
// entry is another box's that Gmail fetched from, Plesk's product id (PRODUCT_IDS, spfOnly) beside
// the box's own id, a filter (amavis) writing the box's trusted row above the entry, a trusted
// gateway whose Postfix line is the entry, a NAT in front of the box, a Stalwart entry, and the
// Return-Path the offline SPF rule compares with. The attacker writes everything below the entry
// line and nothing above it.
// Cases:
// - Gmail fetching the reader's hosting mailbox over POP3 (`--webmail gmail`): the attacker's message
//   starts with Gmail's own one header ("mx.google.com; dkim=pass …; spf=pass …; dmarc=pass …") right
//   under the hosting box's Postfix entry line (online and offline) or its Exim entry line; the same
//   under the box's own milter rows (control).
// - Offline, a DMARC pass no identifier of the message can give: the reader's Plesk (its trusted SPF
//   row failing the bank's envelope) with a second trusted id, the box's host name, under which the
//   attacker writes dmarc=pass; a Postfix + amavis box (iRedMail's layout: amavis's DKIM row trusted
//   above the entry, no OpenDMARC) with the attacker's dmarc=pass for a From that no signature and no
//   envelope of the message aligns with; genuine counterparts (an SPF-aligned unsigned supplier, a
//   signed one) whose box rows must stay quiet.
// - Offline, the other way round: the box's own trusted dmarc=fail (OpenDMARC on the re-injection
//   pass) and, under the entry, the attacker's ALIGNED spf=pass or dkim=pass row (for a DKIM-Signature
//   he wrote himself, which offline nothing verifies): p=none, where the grade decides the verdict.
// - A trusted gateway (the organisation's own Postfix edge relay, `--trust-gateway`): the entry is
//   the gateway's line; rows under the INNER box's id below it, over a replayed bank notice whose
//   body the attacker changed (the signature is there, broken; offline nothing can tell); the same
//   rows under the box's own entry (control, graded by design).
// - Behind the reader's NAT (`--nat-address`): a genuine signed supplier whose box SPF row judged the
//   NAT's address; an attacker's spf=pass row for a p=none bank.
// - A Stalwart entry with the reader's Postfix filter above it; two Return-Path headers (the box's on
//   top, the attacker's under the entry) with the attacker's SPF row naming his own.
// - Only `--recipient-domain` (no `--authserv-id`): which id is trusted then (none).
// Where the layouts were learnt: Gmail's POP3 fetch line ("from pop.… (pop.…. [ip]) by mx.google.com
// with POP3 id … for <…> (single-drop)") and X-Gmail-Fetch-Info as realworld34 cites them
// (rw34-gmail-pop3-fetch-second-account; a public Python test fixture found with find_string "by
// mx.google.com with POP3 id" has the same "from pop.other.test by mx.google.com with POP3" hop with
// the fetched box's hop and verdict under it); Gmail's one header as receivers.ts gmailEntry has it.
// Plesk's "Authentication-Results: Plesk; spf=… (sender IP is …) smtp.mailfrom=… smtp.helo=…" under
// Postfix's entry as realworld167 cites it (lore copies via plesk.hostmyservers.fr). amavis's row and
// Received line from public copies of delivered mail (find_string "(amavisd-new); dkim=pass"):
// ietfa.amsl.com, Jan 2024: `Received: from localhost (localhost [127.0.0.1]) by ietfa.amsl.com
// (Postfix) with ESMTP id 3D696C14F609`, `X-Virus-Scanned: amavisd-new at amsl.com`, X-Spam-Flag /
// X-Spam-Score / X-Spam-Level, `Authentication-Results: ietfa.amsl.com (amavisd-new); dkim=pass
// (1024-bit key) header.d=linux.dev`, `Received: from mail.ietf.org ([50.223.129.194]) by localhost
// (ietfa.amsl.com [127.0.0.1]) (amavisd-new, port 10024) with ESMTP id RdT_8ujoIphu`, then the entry
// `… by mail.ietf.org (Postfix) with ESMTPS id …`; mail.alien8.de (2024) the same with "Debian
// amavisd-new". A filter on another host (gandi.net copies, find_string "(amavisd-new, port 10024)
// with ESMTP id": `from mfilter18-d.gandi.net (…[217.70.178.146]) by spool.mail.gandi.net (Postfix)`
// over `from spool.mail.gandi.net ([10.0.21.134]) by mfilter18-d.gandi.net (…) (amavisd-new, port
// 10024)` over the entry `by spool.mail.gandi.net (Postfix) with ESMTPS`). OpenDKIM/OpenDMARC/smf-spf
// rows under Postfix's entry as realworld169 cites them; an edge relay in front of a box as
// realworld17 trusts its appliance (--trust-gateway <ip>/32); Stalwart's line and row as
// realworld.ts / rw45 have them. Names and addresses are documentation ones; every key is the
// corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import {
  ATTACKER_IP,
  authenticZone,
  BANK,
  BANK_KEY,
  emitCase,
  GMAIL,
  genuineBankNotice,
  KEY,
  ptr,
  RECEIVER,
  type Relay,
  signAll,
  withAttackerText,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { dovecotLmtp, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { ATTACKER_RELAY, postfixEntry, probeCorpus, READER_DOMAIN, READER_MX } from '../rounds-kit';

const BOX = RECEIVER;
const RCPT = `robin@${READER_DOMAIN}`;
const ARGS = ['--authserv-id', BOX, '--recipient-domain', READER_DOMAIN];
const ENTERED = 'Fri, 20 Nov 2026 10:00:05 +0000';
const BOXED = 'Fri, 20 Nov 2026 10:00:06 +0000';

/** A p=none bank, the kit's p=reject bank, the attacker's domain. */
const EF = 'eastfield-bank.example';
const NB = 'northbank.example';
const ATT = 'attacker.example';
/** A supplier on its own server (genuine side). */
const SUP = 'tarnbrook-joinery.example';
const SUP_RELAY: Relay = { helo: `mx.${SUP}`, rdns: `mx.${SUP}`, ip: '198.51.100.179' };

const ZONE: Record<string, unknown> = {
  ...BANK,
  ...BANK_KEY,
  ...authenticZone(ATT, ATTACKER_IP),
  ...READER_MX,
  ...ptr('203.0.113.25', BOX),
  ...ptr(ATTACKER_IP, ATTACKER_RELAY.rdns),
  [EF]: { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  [`_dmarc.${EF}`]: { TXT: ['v=DMARC1; p=none; rua=mailto:dmarc@eastfield-bank.example'] },
  ...ptr(SUP_RELAY.ip, SUP_RELAY.rdns),
  [SUP]: { TXT: [`v=spf1 ip4:${SUP_RELAY.ip} -all`] },
  [`_dmarc.${SUP}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`tj1._domainkey.${SUP}`]: KEY(),
};

const ar = (results: string, id = BOX) => `Authentication-Results: ${id};\r\n\t${results}`;

/** The attacker's lure as a bank writes it, From `from`, to `to`. */
const lure = (from: string, name: string, n: string, to = `Robin Reader <${RCPT}>`) =>
  submitted({
    from: `${name} <${from}>`,
    to,
    subject: 'Your card has been suspended: confirm today',
    date: 'Fri, 20 Nov 2026 09:59:58 +0000',
    messageId: `<r179-${n}.alert@${from.replace(/^.*@/, '')}>`,
    body: `Dear customer,\r\n\r\nwe suspended your card after an unusual payment. Confirm your details today at\r\nhttps://card-check.attacker.example/confirm to avoid a fee.\r\n\r\n${name}\r\n`,
  });

/** A supplier's note, as its own mail server submits it. */
const supplierNote = (n: string, subject: string) =>
  submitted({
    from: `Hal Tarnbrook <hal@${SUP}>`,
    to: `Robin Reader <${RCPT}>`,
    subject,
    date: 'Fri, 20 Nov 2026 09:59:40 +0000',
    messageId: `<r179-${n}@${SUP}>`,
    body: 'Hello Robin,\r\n\r\nthe oak worktop is cut; we can fit it on Tuesday morning if that suits.\r\n\r\nHal\r\n',
  });

/** The reader's Postfix/Dovecot box delivering `raw`: Return-Path, Delivered-To, LMTP, [above], entry, [milter rows]. */
function boxDelivery(d: {
  raw: string;
  envelope: string;
  relay?: Relay;
  milter?: string[];
  /** Lines between the LMTP line and the entry (a filter's pass, a gateway's hand-off). */
  above?: string[];
  entry?: string;
  n: string;
  returnPath?: boolean;
}): string {
  const relay = d.relay ?? ATTACKER_RELAY;
  return onTop(
    d.raw,
    ...(d.returnPath === false ? [] : [`Return-Path: <${d.envelope}>`]),
    `Delivered-To: ${RCPT}`,
    dovecotLmtp(BOX, d.envelope, RCPT, `kB179${d.n}dE3fG4hI5jK6lM`, BOXED),
    ...(d.above ?? []),
    d.entry ?? postfixEntry(relay, BOX, `4Zq179${d.n}A1`, RCPT, ENTERED),
    ...(d.milter ?? []),
  );
}

const FAKE_ROW: CaseExpectation = { verdict: 'suspicious', findings: ['forged-auth-results'] };
/**
 * Offline with no DMARC result of the box's own to go by, the verdict is unverified whatever the rows'
 * grade (lib/findings/verdict.ts: "offline without provider results"): the grade shows only in the
 * forged-auth-results finding, which the findings list puts first (by severity) when it is medium.
 */
const MEDIUM_ROW = { 'findings.0.id': 'forged-auth-results', 'findings.0.severity': 'medium' };

// ---- Gmail fetching a hosting mailbox over POP3 ----------------------------------------------------
const HOST = 'hostbox.example';
const HOST_MX = `mail.${HOST}`;
const HOST_POP = `pop.${HOST}`;
const HOST_POP_IP = '203.0.113.179';
const HOST_RCPT = `robin@${HOST}`;
const GMAIL_RCPT = 'robin.reader@gmail.com';

/** Gmail's POP3 fetch of robin@hostbox.example, the box's LMTP line, its Postfix entry and `rows` under it. */
function gmailFetched(raw: string, envelope: string, rows: string[], n: string, entry?: string): string {
  return onTop(
    raw,
    `X-Gmail-Fetch-Info: ${HOST_RCPT} 1 ${HOST_POP} 995 ${HOST_RCPT}`,
    `Delivered-To: ${GMAIL_RCPT}`,
    `Received: from ${HOST_POP} (${HOST_POP}. [${HOST_POP_IP}])\r\n        by mx.google.com with POP3 id a640c23a62f3a-b76e2c1f4a1si38475613${n}b.40.2026.11.20.02.03.11\r\n        for <${GMAIL_RCPT}>\r\n        (single-drop);\r\n        Fri, 20 Nov 2026 02:03:11 -0800 (PST)`,
    `Delivered-To: ${HOST_RCPT}`,
    `Return-Path: <${envelope}>`,
    dovecotLmtp(HOST_MX, envelope, HOST_RCPT, `gF179${n}aB2cD3eF4gH5iJ`, BOXED),
    entry ?? postfixEntry(ATTACKER_RELAY, HOST_MX, `4Zh179${n}C3`, HOST_RCPT, ENTERED),
    ...rows,
  );
}

/** What Gmail's one header would say for the bank's own signed, SPF-passing mail. */
const GOOGLE_PASS = `Authentication-Results: mx.google.com;\r\n       ${gmailDkim(NB, 'nb1')}\r\n       ${gmailSpf(`security@${NB}`, '192.0.2.10')}\r\n       ${gmailDmarc(NB)}`;

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, c);

  // ================= Gmail's one header under a fetched box's Postfix entry =======================
  {
    const raw = onTop(lure(`security@${NB}`, 'Northbank', 'g', `Robin Reader <${HOST_RCPT}>`), GOOGLE_PASS);
    const about = `Attack: Robin's Gmail collects robin@${HOST} over POP3 ("Check mail from other accounts": "by mx.google.com with POP3 … (single-drop)", X-Gmail-Fetch-Info); that hosting box runs plain Postfix with no milter (no Authentication-Results of its own). The attacker sends the unsigned lure From security@${NB} (p=reject) from ${ATTACKER_IP} to robin@${HOST}, and his message starts with Gmail's own one header, "Authentication-Results: mx.google.com; dkim=pass header.i=@${NB} …; spf=pass … smtp.mailfrom=security@${NB}; dmarc=pass (p=REJECT …) header.from=${NB}". Gmail writes no Authentication-Results for a POP3 fetch; the entry HeaderLens finds is the hosting box's Postfix line, and the first mx.google.com header right under an entry line is what BELOW_ENTRY_PROVIDERS admits for Gmail's own delivery`;
    const eml = gmailFetched(raw, `security@${NB}`, [], 'a');
    const zone = { ...ZONE, ...ptr(HOST_POP_IP, HOST_POP) };
    emit({
      name: 'r179-gmail-pop-fetch-google-header-under-hosting-postfix-entry-offline',
      class: 'forged-auth-results',
      about: `${about}. --webmail gmail, offline. Wanted: never authenticated; the header under the hosting box's entry is no Gmail header (forged-auth-results).`,
      args: GMAIL,
      eml,
      expect: { notVerdict: ['authenticated'], findings: ['forged-auth-results'] },
    });
    emit({
      name: 'r179-gmail-pop-fetch-google-header-under-hosting-postfix-entry-online',
      class: 'forged-auth-results',
      about: `${about}. --webmail gmail, online: HeaderLens's own check fails SPF for security@${NB} at ${ATTACKER_IP}, no signature. Wanted: spoofed.`,
      args: GMAIL,
      eml,
      zone,
      expect: { verdict: 'spoofed', findings: ['forged-auth-results'] },
    });
    // The same under an Exim hosting box (no milter mark at all): the rule at fault is not the milters'.
    const exim = `Received: from ${ATTACKER_RELAY.rdns} ([${ATTACKER_IP}]:41796 helo=${ATTACKER_RELAY.helo})\r\n\tby ${HOST_MX} with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.96.2)\r\n\t(envelope-from <security@${NB}>)\r\n\tid 1tR179-000Gx1-2a\r\n\tfor ${HOST_RCPT};\r\n\t${ENTERED}`;
    emit({
      name: 'r179-gmail-pop-fetch-google-header-under-hosting-exim-entry-offline',
      class: 'forged-auth-results',
      about: `${about.replace('runs plain Postfix with no milter', 'runs Exim 4.96 (a cPanel-style host) with no filter').replace("hosting box's Postfix line", "hosting box's Exim line")}. --webmail gmail, offline. Wanted: never authenticated; forged-auth-results.`,
      args: GMAIL,
      eml: gmailFetched(raw, `security@${NB}`, [], 'c', exim),
      expect: { notVerdict: ['authenticated'], findings: ['forged-auth-results'] },
    });
    // Control: the hosting box runs OpenDMARC and smf-spf, whose rows come first under its entry.
    const boxRows = [
      ar(`dmarc=fail (p=reject dis=none) header.from=${NB}`, HOST_MX),
      ar(`spf=fail smtp.mailfrom=security@${NB}`, HOST_MX),
    ];
    emit({
      name: 'r179-gmail-pop-fetch-google-header-below-hosting-box-rows-offline',
      class: 'forged-auth-results',
      about: `Attack, control: the same fetch, the hosting box running OpenDMARC and smf-spf, whose rows ("${HOST_MX}; dmarc=fail (p=reject dis=none)", "spf=fail") sit first under its entry; the attacker's "mx.google.com; … dmarc=pass" comes after them. --webmail gmail, offline. Wanted: never authenticated, forged-auth-results.`,
      args: GMAIL,
      eml: gmailFetched(raw, `security@${NB}`, boxRows, 'b'),
      expect: { notVerdict: ['authenticated'], findings: ['forged-auth-results'] },
    });
  }

  // ================= Offline: a DMARC pass no identifier of the message can give ==================
  {
    // 1. The reader's Plesk (two trusted ids): its SPF row fails the bank's envelope; the attacker's
    //    dmarc=pass under the box's host name.
    const PK = 'plesk01.webhost.example';
    const PK_READER = 'cabinet-morel.example';
    const MOREL = `j.morel@${PK_READER}`;
    const pleskArgs = ['--authserv-id', 'Plesk', '--authserv-id', PK, '--recipient-domain', PK_READER];
    const pleskEntry = `Received: from ${ATTACKER_RELAY.helo} (${ATTACKER_RELAY.rdns} [${ATTACKER_IP}])\r\n\tby ${PK} (Postfix) with ESMTPS id 4ZsQ179A1B\r\n\tfor <${MOREL}>; Fri, 20 Nov 2026 11:00:05 +0100 (CET)`;
    const pleskRow = `Authentication-Results: Plesk;\r\n\tspf=fail (sender IP is ${ATTACKER_IP}) smtp.mailfrom=security@${NB} smtp.helo=${ATTACKER_RELAY.helo}`;
    const pleskLure = lure(`security@${NB}`, 'Northbank', 'p', `Maître Morel <${MOREL}>`);
    const pleskMail = (rows: string[]) =>
      onTop(
        rows.length > 0 ? onTop(pleskLure, ...rows) : pleskLure,
        `Return-Path: <security@${NB}>`,
        `Delivered-To: ${MOREL}`,
        pleskEntry,
        pleskRow,
      );
    emit({
      name: 'r179-plesk-two-ids-spf-fail-row-then-host-id-dmarc-pass-reject-offline',
      class: 'forged-auth-results',
      about: `Attack, offline: the reader's Plesk (${PK}) checks SPF and writes "Plesk; spf=fail (sender IP is ${ATTACKER_IP}) smtp.mailfrom=security@${NB}" under Postfix's entry (trusted: Plesk's one row, spfOnly); the reader gives --authserv-id Plesk and the box's host name ${PK} too. The unsigned lure From security@${NB} (p=reject), Return-Path security@${NB}; the attacker writes "${PK}; dmarc=pass (p=reject dis=none) header.from=${NB}" under Plesk's row, in the milter run. contradicted finds no other DMARC row and a From that matches: low, unverified. But the message carries no DKIM-Signature at all and the only envelope aligned with ${NB} is the one the box's own trusted row says failed SPF: no DMARC pass was possible. Offline without a DMARC result of the box's own the verdict stays unverified; wanted: the row called fake (forged-auth-results at medium), never authenticated.`,
      args: pleskArgs,
      eml: pleskMail([ar(`dmarc=pass (p=reject dis=none) header.from=${NB}`, PK)]),
      expect: { notVerdict: ['authenticated'], fields: MEDIUM_ROW },
    });
    emit({
      name: 'r179-plesk-two-ids-spf-fail-row-no-forged-row-control-offline',
      class: 'forged-auth-results',
      about: `Attack, control: the same Plesk delivery of the unsigned lure From security@${NB} (p=reject) with only Plesk's own trusted "spf=fail" row. Wanted: never authenticated, no forged-auth-results.`,
      args: pleskArgs,
      eml: pleskMail([]),
      expect: { notVerdict: ['authenticated'], absentFindings: ['forged-auth-results'] },
    });
  }
  {
    // 2. A Postfix + amavis box (iRedMail's layout): amavis's DKIM row trusted above the entry, no
    //    OpenDMARC. The lure is signed by the attacker's own domain; his envelope is his own.
    const amavis = (n: string, dkimRow: string) => [
      `Received: from localhost (localhost [127.0.0.1])\r\n\tby ${BOX} (Postfix) with ESMTP id 4Zr179${n}B2\r\n\tfor <${RCPT}>; ${BOXED}`,
      `X-Virus-Scanned: Debian amavisd-new at ${READER_DOMAIN}`,
      'X-Spam-Flag: NO',
      'X-Spam-Score: -0.1',
      'X-Spam-Level: ',
      `Authentication-Results: ${BOX} (amavisd-new);\r\n\t${dkimRow}`,
      `Received: from ${BOX} ([127.0.0.1])\r\n\tby localhost (${BOX} [127.0.0.1]) (amavisd-new, port 10024)\r\n\twith ESMTP id Xq179${n}pLmN for <${RCPT}>;\r\n\t${BOXED}`,
    ];
    const signed = await signAll(lure(`alerts@${EF}`, 'Eastfield Bank', 'i'), [[ATT, 's1']]);
    emit({
      name: 'r179-amavis-box-dkim-row-attacker-then-dmarc-pass-nothing-aligned-offline',
      class: 'forged-auth-results',
      about: `Attack, offline: the reader's box is Postfix with amavis on the same host (iRedMail's layout: Postfix's re-injection line from localhost, "X-Virus-Scanned: Debian amavisd-new", amavis's "${BOX} (amavisd-new); dkim=pass (2048-bit key) header.d=${ATT}" trusted above its "(amavisd-new, port 10024)" line, then the entry) and no OpenDMARC. The lure From alerts@${EF} (p=none) is signed d=${ATT} only, Return-Path bounce@${ATT}; under the entry the attacker writes "${BOX}; dmarc=pass (p=none dis=none) header.from=${EF}". contradicted: no other DMARC row, From matches: low, unverified. Neither the only signature (d=${ATT}, which the box's own trusted row names) nor the envelope (${ATT}) is aligned with ${EF}: no DMARC pass was possible (RFC 7489 §4.2), so no box wrote it. Wanted: never authenticated; the row called fake (forged-auth-results at medium; the verdict stays unverified offline without a DMARC result of the box's own).`,
      args: ARGS,
      eml: boxDelivery({
        raw: onTop(signed, ar(`dmarc=pass (p=none dis=none) header.from=${EF}`)),
        envelope: `bounce@${ATT}`,
        above: amavis('i', `dkim=pass (2048-bit key) header.d=${ATT}`),
        n: 'i',
      }),
      expect: { notVerdict: ['authenticated'], fields: MEDIUM_ROW },
    });
    // The same on a plain box with the SPF check only (smf-spf's row in the run, nothing trusted).
    emit({
      name: 'r179-plain-box-spf-row-then-dmarc-pass-nothing-aligned-offline',
      class: 'forged-auth-results',
      about: `Attack, offline: a plain Postfix box whose only milter is the SPF check ("spf=pass smtp.mailfrom=bounce@${ATT}" under the entry, no OpenDKIM, no OpenDMARC); the unsigned lure From alerts@${EF} (p=none), Return-Path bounce@${ATT}; under the box's row the attacker writes "dmarc=pass (p=none dis=none) header.from=${EF}". The message carries no DKIM-Signature and its envelope is ${ATT}: DMARC could not pass for ${EF}. Wanted: never authenticated; the row called fake (forged-auth-results at medium).`,
      args: ARGS,
      eml: boxDelivery({
        raw: onTop(
          lure(`alerts@${EF}`, 'Eastfield Bank', 'j'),
          ar(`dmarc=pass (p=none dis=none) header.from=${EF}`),
        ),
        envelope: `bounce@${ATT}`,
        milter: [ar(`spf=pass smtp.mailfrom=bounce@${ATT}`)],
        n: 'j',
      }),
      expect: { notVerdict: ['authenticated'], fields: MEDIUM_ROW },
    });
    // Genuine: the amavis box with OpenDMARC, a signed supplier; and an unsigned SPF-aligned one.
    const note = await signAll(supplierNote('k', 'Worktop fitting on Tuesday'), [[SUP, 'tj1']]);
    emit({
      name: 'r179-genuine-amavis-box-signed-supplier-opendmarc-row-offline',
      class: 'real-mail',
      about: `Genuine, offline: the joinery's note signed d=${SUP} (p=quarantine) from its own server to the reader's Postfix + amavis box, which also runs OpenDMARC and smf-spf before queue: amavis's "dkim=pass header.d=${SUP}" trusted above, "dmarc=pass (p=quarantine dis=none) header.from=${SUP}" and "spf=pass smtp.mailfrom=hal@${SUP}" under the entry (aligned both ways). Wanted: never suspicious; the rows not called fake at medium.`,
      args: ARGS,
      eml: boxDelivery({
        raw: note,
        envelope: `hal@${SUP}`,
        relay: SUP_RELAY,
        above: amavis('k', `dkim=pass (2048-bit key) header.d=${SUP}`),
        milter: [
          ar(`dmarc=pass (p=quarantine dis=none) header.from=${SUP}`),
          ar(`spf=pass smtp.mailfrom=hal@${SUP}`),
        ],
        n: 'k',
      }),
      expect: { notVerdict: ['suspicious', 'spoofed'] },
    });
    emit({
      name: 'r179-genuine-plain-box-unsigned-spf-aligned-supplier-dmarc-pass-offline',
      class: 'real-mail',
      about: `Genuine, offline: the joinery's unsigned note (SPF only, envelope hal@${SUP}, aligned) to a plain Postfix box whose OpenDMARC and smf-spf write "dmarc=pass (p=quarantine dis=none) header.from=${SUP}" and "spf=pass smtp.mailfrom=hal@${SUP}" under the entry: a DMARC pass by aligned SPF, which the box's own Return-Path allows. Wanted: never suspicious (the fix for the cases above must leave it alone).`,
      args: ARGS,
      eml: boxDelivery({
        raw: supplierNote('l', 'Worktop fitting: Tuesday confirmed'),
        envelope: `hal@${SUP}`,
        relay: SUP_RELAY,
        milter: [
          ar(`dmarc=pass (p=quarantine dis=none) header.from=${SUP}`),
          ar(`spf=pass smtp.mailfrom=hal@${SUP}`),
        ],
        n: 'l',
      }),
      expect: { notVerdict: ['suspicious', 'spoofed'] },
    });
  }

  {
    // 3. The box's own trusted dmarc=fail (OpenDMARC on the content filter's re-injection pass, no
    //    other milter): an ALIGNED pass row under the entry says what that fail rules out.
    const reinjected = (n: string) => [
      `Received: from localhost.localdomain (localhost.localdomain [127.0.0.1])\r\n\tby ${BOX} (Postfix) with ESMTP id 4Zr179${n}B2;\r\n\t${BOXED}`,
      ar(`dmarc=fail (p=none dis=none) header.from=${EF}`),
    ];
    const about = `Attack, offline: the reader's box runs OpenDMARC on its content filter's re-injection pass (its "dmarc=fail (p=none dis=none) header.from=${EF}" under the "from localhost.localdomain … [127.0.0.1] by ${BOX} (Postfix)" line, above the entry: trusted) and no other milter. The lure From alerts@${EF} (p=none) comes with the envelope alerts@${EF} (the box's Return-Path);`;
    emit({
      name: 'r179-offline-pnone-box-dmarc-fail-then-aligned-spf-pass-row-offline',
      class: 'forged-auth-results',
      about: `${about} unsigned; under the entry the attacker writes "spf=pass smtp.mailfrom=alerts@${EF}". contradicted: the Return-Path matches, no other SPF row, the trusted row is DMARC: nothing contradicts it, low, and p=none with no medium finding reads unverified, as with no row at all. But an SPF pass for an envelope aligned with From is a DMARC pass, and the box's own trusted row says DMARC failed for ${EF}: no box wrote both. Wanted: suspicious (fake, medium: policy-none beside a medium concern).`,
      args: ARGS,
      eml: boxDelivery({
        raw: onTop(lure(`alerts@${EF}`, 'Eastfield Bank', 'v'), ar(`spf=pass smtp.mailfrom=alerts@${EF}`)),
        envelope: `alerts@${EF}`,
        above: reinjected('v'),
        n: 'v',
      }),
      expect: FAKE_ROW,
    });
    // A DKIM-Signature d=<bank> the attacker wrote (offline nothing verifies it) and a dkim=pass row for it.
    const fakeSig = `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=${EF}; s=ef1;\r\n\tt=1795168798; h=from:to:subject:date:message-id;\r\n\tbh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;\r\n\tb=RWFzdGZpZWxkQmFua0FsZXJ0c1NpZ25hdHVyZU5vdFZhbGlkQXRBbGxKdXN0VGV4dA==`;
    emit({
      name: 'r179-offline-pnone-box-dmarc-fail-then-aligned-dkim-pass-row-offline',
      class: 'forged-auth-results',
      about: `${about} the attacker adds a DKIM-Signature header with d=${EF} s=ef1 and a made-up b= (offline nothing verifies it, so namesSigner finds a signature of ${EF}) and writes OpenDKIM's form "dkim=pass (2048-bit key) header.d=${EF} header.i=@${EF} header.b=\\"RWFzdGZp\\"" under the entry. contradicted: a signature of that d= is there, no other DKIM row: low, unverified. An aligned DKIM pass is a DMARC pass; the box's trusted row says DMARC failed. Wanted: suspicious (fake, medium).`,
      args: ARGS,
      eml: boxDelivery({
        raw: onTop(
          lure(`alerts@${EF}`, 'Eastfield Bank', 'w'),
          ar(`dkim=pass (2048-bit key) header.d=${EF} header.i=@${EF} header.b="RWFzdGZp"`),
          fakeSig,
        ),
        envelope: `alerts@${EF}`,
        above: reinjected('w'),
        n: 'w',
      }),
      expect: FAKE_ROW,
    });
  }

  // ================= A trusted gateway's Postfix line as the entry ================================
  {
    const GW: Relay = { helo: `gw.${READER_DOMAIN}`, rdns: `gw.${READER_DOMAIN}`, ip: '203.0.113.30' };
    const gwArgs = [
      '--authserv-id',
      BOX,
      '--authserv-id',
      GW.rdns,
      '--trust-gateway',
      `${GW.ip}/32`,
      '--recipient-domain',
      READER_DOMAIN,
    ];
    const notice = withAttackerText(await genuineBankNotice());
    const rows = [
      ar(`dkim=pass (2048-bit key) header.d=${NB} header.i=@${NB} header.b="Nb1AbCdE"`),
      ar(`dmarc=pass (p=reject dis=none) header.from=${NB}`),
    ];
    const gwEntry = `Received: from ${ATTACKER_RELAY.helo} (${ATTACKER_RELAY.rdns} [${ATTACKER_IP}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${GW.rdns} (Postfix) with ESMTPS id 4Zg179mA1\r\n\tfor <${RCPT}>; ${ENTERED}`;
    const boxFromGw = postfixEntry(GW, BOX, '4Zq179mB2', RCPT, BOXED);
    const gwRow = ar(`spf=pass smtp.mailfrom=bounce@${ATT}`, GW.rdns);
    const gwAbout = `the organisation's own Postfix edge relay ${GW.rdns} (${GW.ip}, trusted: --trust-gateway ${GW.ip}/32) takes mail from the internet and runs the SPF check (its row "${GW.rdns}; spf=pass smtp.mailfrom=bounce@${ATT}" under its own line); the inner box ${BOX} takes it from the gateway ("from ${GW.helo} (… [${GW.ip}]) by ${BOX} (Postfix)") and its OpenDKIM/OpenDMARC skip mail from the gateway (IgnoreHosts), so it writes no row. The reader trusts both ids. The bank's genuine signed notice (d=${NB}, p=reject), its text changed by the attacker (the signature is there, its body hash broken), is sent from ${ATTACKER_IP} with the envelope bounce@${ATT}; under the gateway's row the attacker writes OpenDKIM's and OpenDMARC's forms under the INNER box's id: "${BOX}; dkim=pass … header.d=${NB}" and "${BOX}; dmarc=pass (p=reject dis=none) header.from=${NB}". The entry HeaderLens reads is the gateway's Postfix line, so milterRun grades rows of ${BOX} there as the box's milters' own, though ${BOX}'s milters write under ${BOX}'s line, above the gateway's`;
    emit({
      name: 'r179-trusted-gateway-entry-inner-box-id-rows-replayed-notice-offline',
      class: 'forged-auth-results',
      about: `Attack, offline: ${gwAbout}. Offline nothing tells the broken signature from a good one: both rows read low, unverified. No milter of ${BOX} writes below the gateway's line. Wanted: never authenticated; the rows called fake (forged-auth-results at medium; the verdict stays unverified offline, nothing of the box's own says DMARC).`,
      args: gwArgs,
      eml: boxDelivery({
        raw: onTop(notice, gwRow, ...rows),
        envelope: `bounce@${ATT}`,
        above: [boxFromGw],
        entry: gwEntry,
        n: 'm',
      }),
      expect: { notVerdict: ['authenticated'], fields: MEDIUM_ROW },
    });
    emit({
      name: 'r179-trusted-gateway-entry-inner-box-id-rows-replayed-notice-online',
      class: 'forged-auth-results',
      about: `Attack, online: ${gwAbout}. HeaderLens's own check finds the bank's signature broken (body hash), DMARC fails. Wanted: spoofed.`,
      args: gwArgs,
      eml: boxDelivery({
        raw: onTop(notice, gwRow, ...rows),
        envelope: `bounce@${ATT}`,
        above: [boxFromGw],
        entry: gwEntry,
        n: 'n',
      }),
      zone: { ...ZONE, ...ptr(GW.ip, GW.rdns) },
      expect: { verdict: 'spoofed', findings: ['forged-auth-results'] },
    });
    emit({
      name: 'r179-own-entry-rows-replayed-notice-control-offline',
      class: 'forged-auth-results',
      about: `Attack, control: the same replayed notice and the same two rows straight under the box's own Postfix entry (smf-spf's row above them), no gateway: there the rows may be the box's own (graded low offline by design). Wanted: never authenticated.`,
      args: ARGS,
      eml: boxDelivery({
        raw: onTop(notice, ...rows),
        envelope: `bounce@${ATT}`,
        milter: [ar(`spf=pass smtp.mailfrom=bounce@${ATT}`)],
        n: 'o',
      }),
      expect: { notVerdict: ['authenticated'], findings: ['forged-auth-results'] },
    });
  }

  // ================= Behind the reader's NAT ========================================================
  {
    const NAT = '192.168.1.1';
    const natArgs = [...ARGS, '--nat-address', NAT];
    const natEntry = (helo: string, n: string) =>
      `Received: from ${helo} (unknown [${NAT}])\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zq179${n}N1\r\n\tfor <${RCPT}>; ${ENTERED}`;
    const note = await signAll(supplierNote('q', 'Worktop: invoice attached'), [[SUP, 'tj1']]);
    emit({
      name: 'r179-genuine-behind-nat-signed-supplier-box-spf-softfail-row-online',
      class: 'real-mail',
      about: `Genuine, online: the reader's box sits behind a router that rewrites every client to ${NAT} (--nat-address ${NAT}); Postfix records "from ${SUP_RELAY.helo} (unknown [${NAT}])". The joinery's note signed d=${SUP} (p=quarantine): the box's OpenDKIM writes dkim=pass, OpenDMARC dmarc=pass (by DKIM), smf-spf "spf=softfail smtp.mailfrom=hal@${SUP}" (it judged the NAT's address) under the entry. HeaderLens has no client address to check SPF for; DKIM and DMARC pass. Wanted: authenticated, and the box's honest SPF row not a concern.`,
      args: natArgs,
      eml: boxDelivery({
        raw: note,
        envelope: `hal@${SUP}`,
        entry: natEntry(SUP_RELAY.helo, 'q'),
        milter: [
          ar(`dmarc=pass (p=quarantine dis=none) header.from=${SUP}`),
          ar(`spf=softfail smtp.mailfrom=hal@${SUP}`),
          ar(`dkim=pass (2048-bit key) header.d=${SUP} header.i=@${SUP} header.b="AbCdEf12"`),
        ],
        n: 'q',
      }),
      zone: ZONE,
      expect: { verdict: 'authenticated' },
    });
    emit({
      name: 'r179-behind-nat-pnone-spf-pass-row-for-bank-online',
      class: 'forged-auth-results',
      about: `Attack, online, behind the same NAT: the unsigned lure From alerts@${EF} (p=none), Return-Path alerts@${EF}; HeaderLens has no address to check SPF at. Under the box's smf-spf row ("spf=softfail smtp.mailfrom=alerts@${EF}", the NAT's address) the attacker writes "spf=pass smtp.mailfrom=alerts@${EF}" and "dmarc=pass (p=none dis=none) header.from=${EF}": passes HeaderLens did not find. Wanted: suspicious (fake, medium).`,
      args: natArgs,
      eml: boxDelivery({
        raw: onTop(
          lure(`alerts@${EF}`, 'Eastfield Bank', 'r'),
          ar(`spf=pass smtp.mailfrom=alerts@${EF}`),
          ar(`dmarc=pass (p=none dis=none) header.from=${EF}`),
        ),
        envelope: `alerts@${EF}`,
        entry: natEntry(ATTACKER_RELAY.helo, 'r'),
        milter: [ar(`spf=softfail smtp.mailfrom=alerts@${EF}`)],
        n: 'r',
      }),
      zone: ZONE,
      expect: FAKE_ROW,
    });
  }

  // ================= Stalwart behind the reader's Postfix; two Return-Paths; no --authserv-id ======
  {
    const stalwart = `Received: from ${BOX} (localhost [127.0.0.1])\r\n\tby ${BOX} (Stalwart SMTP) with ESMTP id 19A4C3E2F1D0B7A6;\r\n\t${BOXED}`;
    const stalwartRow = ar(
      `dkim=none;\r\n\tspf=pass (${BOX}: domain of bounce@${ATT} designates ${ATTACKER_IP} as permitted sender) smtp.mailfrom=bounce@${ATT};\r\n\tdmarc=fail (p=NONE) header.from=${EF}`,
    );
    emit({
      name: 'r179-stalwart-behind-own-postfix-rows-under-postfix-entry-offline',
      class: 'forged-auth-results',
      about: `Attack, offline: the reader's Postfix front hands mail to Stalwart on the same host ("from ${BOX} (localhost [127.0.0.1]) by ${BOX} (Stalwart SMTP)"), whose one row under its line says "dkim=none; spf=pass … smtp.mailfrom=bounce@${ATT}; dmarc=fail (p=NONE) header.from=${EF}" (trusted, right above the Postfix entry). Under the Postfix entry the attacker writes "dmarc=pass (p=none dis=none) header.from=${EF}". A trusted row right above the entry: the run is off, the row is the sender's. Wanted: suspicious (fake, medium).`,
      args: ARGS,
      eml: boxDelivery({
        raw: onTop(
          lure(`alerts@${EF}`, 'Eastfield Bank', 's'),
          ar(`dmarc=pass (p=none dis=none) header.from=${EF}`),
        ),
        envelope: `bounce@${ATT}`,
        above: [stalwart, stalwartRow],
        n: 's',
      }),
      expect: FAKE_ROW,
    });
    emit({
      name: 'r179-two-return-paths-attacker-spf-row-names-his-own-offline',
      class: 'forged-auth-results',
      about: `Attack, offline: the box writes "Return-Path: <bounce@${ATT}>" on top; the attacker's message starts with his own "Return-Path: <alerts@${EF}>" and, above it, "spf=pass smtp.mailfrom=alerts@${EF}" and "dmarc=pass (p=none dis=none) header.from=${EF}" under the entry (the unsigned lure From alerts@${EF}, p=none). HeaderLens reads the first Return-Path, the box's: the SPF row names another envelope. Wanted: never authenticated, forged-auth-results (the SPF row at medium).`,
      args: ARGS,
      eml: boxDelivery({
        raw: onTop(
          lure(`alerts@${EF}`, 'Eastfield Bank', 't'),
          ar(`spf=pass smtp.mailfrom=alerts@${EF}`),
          ar(`dmarc=pass (p=none dis=none) header.from=${EF}`),
          `Return-Path: <alerts@${EF}>`,
        ),
        envelope: `bounce@${ATT}`,
        n: 't',
      }),
      expect: { notVerdict: ['authenticated'], findings: ['forged-auth-results'] },
    });
    emit({
      name: 'r179-recipient-domain-only-box-id-rows-pnone-online',
      class: 'forged-auth-results',
      about: `Attack, online: the reader gives only --recipient-domain ${READER_DOMAIN} (no --authserv-id; the CLI refuses --webmail roundcube). The unsigned lure From alerts@${EF} (p=none) with "${BOX}; dmarc=pass … header.from=${EF}" and "spf=pass smtp.mailfrom=alerts@${EF}" under the box's Postfix entry. No id is trusted: nothing is taken from the rows. Wanted: never authenticated.`,
      args: ['--recipient-domain', READER_DOMAIN],
      eml: boxDelivery({
        raw: onTop(
          lure(`alerts@${EF}`, 'Eastfield Bank', 'u'),
          ar(`dmarc=pass (p=none dis=none) header.from=${EF}`),
          ar(`spf=pass smtp.mailfrom=alerts@${EF}`),
        ),
        envelope: `bounce@${ATT}`,
        n: 'u',
      }),
      zone: ZONE,
      expect: { notVerdict: ['authenticated'] },
    });
  }
}

// Pending (HeaderLens today, ALL=1 V=1), four groups:
// A. lib/auth/authresults.ts parseAuthResults, BELOW_ENTRY_PROVIDERS / writesBelowEntry: the first
//    "mx.google.com" header right under the entry line is admitted whatever line the entry is. When
//    Gmail fetched the message over POP3 (origin.ts rule 5: the entry is the fetched box's own Postfix
//    line), the first header under that line is the SENDER's (Gmail writes no Authentication-Results
//    for a fetch). r179-gmail-pop-fetch-google-header-under-hosting-postfix-entry-offline and its Exim
//    twin r179-gmail-pop-fetch-google-header-under-hosting-exim-entry-offline (no milter mark at all) →
//    AUTHENTICATED ("really comes from northbank.example: according to your provider's checks", an
//    unsigned p=reject forgery); its -online twin → spoofed (right) but the forged header is Gmail's
//    trusted result there (provider-disagreement low), no forged-auth-results. Wanted: offline never
//    authenticated, both with forged-auth-results (medium). Fix: admit a below-entry header only when
//    the entry line is written by that provider: for mx.google.com, the entry hop's `by` is a Google
//    host (isReceiverHost(entryBy, ['google.com'])); for the product id Plesk, only when no mailbox
//    fetch sits above the entry (pass origin.fetchedFrom, or test the hops above for `with POP3/IMAP`).
//    Hurts no genuine mail: Gmail's own delivery always has "by mx.google.com" on its entry line
//    (receivers.ts gmailEntry, every rw Gmail case); Plesk's entry is its own Postfix line.
// B. provider.ts contradicted (offline): a DMARC result is compared only with other DMARC rows and the
//    From, never with what DMARC needs. r179-plesk-two-ids-spf-fail-row-then-host-id-dmarc-pass-
//    reject-offline, r179-amavis-box-dkim-row-attacker-then-dmarc-pass-nothing-aligned-offline,
//    r179-plain-box-spf-row-then-dmarc-pass-nothing-aligned-offline → unverified, forged-auth-results
//    LOW (the verdict is right: offline with no DMARC result of the box's own nothing else can come
//    out; wanted the row at medium, "fake"). Fix: a dmarc=pass row for From domain F contradicts when
//    no DKIM-Signature of the message has a d= aligned with F (relaxed) AND either the first
//    Return-Path (the box's) is not aligned with F or a row of the box (trusted or in the run) gives
//    a non-pass SPF result for that aligned envelope (Plesk's trusted spf=fail). Could hurt: a box
//    whose delivery writes no Return-Path (then only the DKIM half can decide: leave SPF undecided);
//    none of realworld169/170's genuine rows (aligned signature or aligned envelope each time).
// C. provider.ts contradicted (offline), the other way round: an ALIGNED pass row beside the box's own
//    trusted dmarc=fail for the same From. r179-offline-pnone-box-dmarc-fail-then-aligned-spf-pass-
//    row-offline ("spf=pass smtp.mailfrom=alerts@<bank>", the box's Return-Path) and r179-offline-pnone-
//    box-dmarc-fail-then-aligned-dkim-pass-row-offline ("dkim=pass header.d=<bank>" for a
//    DKIM-Signature the attacker wrote with a made-up b=) → unverified (dmarc-fail medium, forged-auth-
//    results low); with no row at all the same; wanted suspicious (p=none beside a medium concern).
//    Fix: an spf=pass whose smtp.mailfrom domain, or a dkim=pass whose header.d, is aligned with the
//    From domain contradicts any dmarc=fail of the box (trusted or in the run) for that From. Could
//    hurt: a box whose OpenDMARC runs only on the content filter's re-injection pass and re-checks SPF
//    there against 127.0.0.1 while smf-spf under the entry wrote spf=pass (a misconfiguration: its
//    genuine SPF-only mail would get a medium note and, at p=none, read suspicious offline); and r178's
//    amavis subject tag (a trusted dkim=fail above, dkim=pass below), already medium today.
// D. authresults.ts milterEntry / milterRun: the run is opened by whatever Postfix line the entry is,
//    and takes rows of every trusted id. Behind a trusted gateway (--trust-gateway) the entry is the
//    GATEWAY's Postfix line; rows under the inner box's id below it cannot be the inner box's milters'
//    (they write under the box's own line, above the gateway's). r179-trusted-gateway-entry-inner-box-
//    id-rows-replayed-notice-offline → unverified, forged-auth-results LOW (its -online twin reads
//    medium and spoofed: right). Wanted: medium. Fix: mark a row underOwnEntry only when its authserv-id
//    is not the `by` host of a Received line above the entry other than the entry's own host (the
//    inner box, a filter host on another machine: their milters write under their own lines). Keeps
//    the re-injection layouts (their line's `by` is the entry's own host) and the gateway's own rows.
// Read right today: a Stalwart store behind the reader's Postfix (its trusted row right above the
// entry: run off, medium); behind a NAT, a genuine signed supplier whose box SPF row judged the NAT
// (authenticated, the row low) and an spf=pass row for a p=none bank (medium, suspicious); two
// Return-Paths (HeaderLens reads the first, the box's: the attacker's SPF row for his own is medium);
// only --recipient-domain (no id trusted, nothing taken: the rows are neither trusted nor reported);
// the Gmail fetch with the hosting box's own rows first (medium); the replayed notice under the
// gateway online (spoofed); the genuine amavis and SPF-aligned suppliers (low, unverified offline).
// Fixed at 20:5x on 2026-12-06: A (lib/auth/authresults.ts writesBelowEntry) a Gmail header below
// the entry counts only under Gmail's own entry line (its by host under google.com), Plesk's only
// under a Postfix/Sendmail line: the POP3-fetch forgery reads spoofed offline and online with
// forged-auth-results; B (lib/findings/provider.ts contradicted) offline, a dmarc=pass with neither a
// DKIM-Signature nor an envelope aligned with From (or the envelope's SPF failing in the box's rows)
// contradicts; D (authresults.ts) a row under the name of another host whose own Received line is
// above the entry is not the entry box's milters'.
// Kept by choice (the lead): C, an aligned pass beside the box's own trusted dmarc=fail offline,
// reads unverified, as the same p=none spoof reads with no forged row at all; the proposed fix would
// call genuine SPF-only mail fake on a box whose OpenDMARC runs on the re-injection pass and checks
// SPF against 127.0.0.1.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'r179-offline-pnone-box-dmarc-fail-then-aligned-spf-pass-row-offline',
  'r179-offline-pnone-box-dmarc-fail-then-aligned-dkim-pass-row-offline',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
