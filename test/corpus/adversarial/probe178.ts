// Red-team round 178: the grading of the rows under a Postfix or Sendmail box's entry line as it stands
// at 20:35 (lib/findings/provider.ts milterRowGrade, NO_PASS, aboutOwnPassingOrg, contradicted,
// identityKey, dkimIdentityHolds, claimsAgree's arc branch; lib/auth/authresults.ts milterMark,
// milterRun, underOwnEntry). The attacker writes everything below the entry line and nothing above.
// Cases:
// - Online, aboutOwnPassingOrg (HeaderLens's own DMARC passes for the From domain, so an unconfirmed
//   pass "about the From domain's organisation" is low): a subdomain of the bank the attacker took
//   over (dangling delegation) whose rows claim the APEX's DKIM signature and DMARC pass; a replay of
//   the bank's genuine signed notice from the attacker's server whose row claims SPF for the bank's
//   envelope (the message came with the attacker's); controls: a look-alike domain's rows claiming
//   the bank, and the replay without any forged row.
// - Offline (the box's OpenDKIM/OpenDMARC on its content filter's re-injection pass, trusted, its SPF
//   check under the entry), contradicted: an SPF row by HELO when the HELO on the entry line is the
//   attacker's own choice (he says "mail.<bank>"); a second From header naming the attacker's domain
//   and a dmarc=pass row for it; the attacker's own dkim=none row below a lure's box rows (what it
//   can do to mail: only to his own).
// - NO_PASS and the parser: "Pass", "pass(…)" with no space, "dmarc = pass" (controls: claimed passes).
// - Ordering of the run: rows after the sender's own first header (a milter inserts at index 1, so
//   its rows sit above every header the sender wrote); a sender's Received-SPF and ARC set between
//   rows.
// - Offline, a dkim=pass row for a signature the message does not carry, beside the box's trusted
//   dkim row for the signature it does carry.
// - Genuine, offline: a box whose milters run on both passes while amavis tags the subject between
//   them (the trusted re-injection row says dkim=fail, the row under the entry dkim=pass); an
//   SMTPUTF8 From whose U-label OpenDMARC writes as header.from. (amavis's "***SPAM*** " subject tag
//   as Debian's 20-debian_defaults sets it, and the re-injection smtpd's no_milters option: recalled,
//   not re-read.)
// - Sendmail's mark: a genuine Debian/Ubuntu Sendmail box ("by <box> (8.15.2/8.15.2/Debian-22ubuntu3)
//   with ESMTP"), whose cf version comment carries the distribution's suffix, with OpenDKIM and
//   OpenDMARC rows under its entry, online and offline; a forged dmarc=pass under the same entry.
// Not written: a Proofpoint entry (its outbound lines "by mx0a-….pphosted.com (8.18.1.2/8.18.1.2)
//   with ESMTP" match the mark, but no delivered copy of its INBOUND line with that comment was found:
//   find_string on "pphosted.com (8.18.1.2/8.18.1.2) with ESMTPS" and "(8.17.1.19/8.17.1.19) with
//   ESMTPS" found nothing).
// Where the layouts were learnt: Postfix's milter rows under the entry and the re-injection line as
// test/corpus/legit/realworld169.ts cites them (smtp.subspace.kernel.org copies; OpenDKIM issue #24,
// OpenARC PR #141, jcbf/smf-spf issue #96); Sendmail's rows under its own line as realworld170.ts
// cites them (violet.fr.zoreil.com copies); Debian/Ubuntu Sendmail's by clause from public copies of
// delivered mail found with find_string "/8.15.2/Debian-": `by secure.elehost.com
// (8.15.2/8.15.2/Debian-22ubuntu3) with ESMTPSA id 441Hdubw1468678 (version=TLSv1.2
// cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT)` (a git@vger.kernel.org post, 2024, above
// subspace's rows), `by kueppers.informatik.uni-Koeln.de (8.15.2/8.15.2/Debian-8) with ESMTP id
// x8GDPnIe018949`, `by home.paul.comp (8.15.2/8.15.2/Debian-14~deb10u1) with ESMTP id …` and its
// `by home.paul.comp (8.15.2/8.15.2/Submit) id …` local submission line; policyd-spf's Received-SPF
// form ("Pass (mailfrom) identity=mailfrom; client-ip=…; helo=…; envelope-from=…; receiver=<UNKNOWN>")
// as realworld170.ts cites it (osuosl.org's smtp4). Names and addresses are documentation ones;
// every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import {
  ATTACKER_IP,
  authenticZone,
  BANK,
  BANK_KEY,
  emitCase,
  genuineBankNotice,
  KEY,
  ptr,
  RECEIVER,
  type Relay,
  signAll,
} from '../kit';
import { sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { dovecotLmtp } from '../receivers';
import { ATTACKER_RELAY, postfixEntry, probeCorpus, READER_DOMAIN, READER_MX } from '../rounds-kit';

const BOX = RECEIVER;
const RCPT = `robin@${READER_DOMAIN}`;
const ARGS = ['--authserv-id', BOX, '--recipient-domain', READER_DOMAIN];
const ENTERED = 'Fri, 20 Nov 2026 10:00:05 +0000';
const BOXED = 'Fri, 20 Nov 2026 10:00:06 +0000';

/** A p=none bank, the kit's p=reject bank, the attacker's domain and his look-alike. */
const EF = 'eastfield-bank.example';
const NB = 'northbank.example';
const ATT = 'attacker.example';
const LOOK = 'northbank-secure.example';
/** A subdomain of the p=reject bank whose delegation dangles: the attacker answers for it. */
const SUB = `offers.${NB}`;
/** A supplier on its own server (genuine side), and the reader's Ubuntu Sendmail box. */
const SUP = 'tarnbrook-joinery.example';
const SUP_RELAY: Relay = { helo: `mx.${SUP}`, rdns: `mx.${SUP}`, ip: '198.51.100.178' };

const ZONE: Record<string, unknown> = {
  ...BANK,
  ...BANK_KEY,
  ...authenticZone(ATT, ATTACKER_IP),
  ...authenticZone(LOOK, ATTACKER_IP),
  ...READER_MX,
  ...ptr('203.0.113.25', BOX),
  ...ptr(ATTACKER_IP, ATTACKER_RELAY.rdns),
  [EF]: { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  [`_dmarc.${EF}`]: { TXT: ['v=DMARC1; p=none; rua=mailto:dmarc@eastfield-bank.example'] },
  // The taken-over subdomain: its SPF and key are the attacker's; DMARC is the bank's (p=reject).
  [SUB]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
  [`s1._domainkey.${SUB}`]: KEY(),
  ...ptr(SUP_RELAY.ip, SUP_RELAY.rdns),
  [SUP]: { TXT: [`v=spf1 ip4:${SUP_RELAY.ip} -all`] },
  [`_dmarc.${SUP}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`tj1._domainkey.${SUP}`]: KEY(),
};

const ar = (results: string) => `Authentication-Results: ${BOX};\r\n\t${results}`;

/** The attacker's lure as a bank writes it, From `from`, to the reader. */
const lure = (from: string, name: string, n: string, extra: Record<string, string> = {}) =>
  submitted({
    from: `${name} <${from}>`,
    to: `Robin Reader <${RCPT}>`,
    subject: 'Your card has been suspended: confirm today',
    date: 'Fri, 20 Nov 2026 09:59:58 +0000',
    messageId: `<r178-${n}.alert@${from.replace(/^.*@/, '')}>`,
    body: `Dear customer,\r\n\r\nwe suspended your card after an unusual payment. Confirm your details today at\r\nhttps://card-check.attacker.example/confirm to avoid a fee.\r\n\r\n${name}\r\n`,
    ...extra,
  });

/** `rows` placed after the first header line (and its folds) of `raw`: below the sender's own first header. */
function afterFirstHeader(raw: string, ...rows: string[]): string {
  const m = /^[^\r\n]*(?:\r\n[ \t][^\r\n]*)*\r\n/.exec(raw);
  const cut = m ? m[0].length : 0;
  return raw.slice(0, cut) + rows.map((r) => `${r}\r\n`).join('') + raw.slice(cut);
}

interface BoxDelivery {
  raw: string;
  envelope: string;
  relay?: Relay;
  /** The box's own rows under its entry (before-queue milters), above the sender's part. */
  milter?: string[];
  /** The box's content filter re-injection line, with its milters' rows under it (above the entry). */
  reinjected?: string[];
  entry?: string;
  n: string;
}

/** The reader's Postfix/Dovecot box delivering `raw`: Return-Path, Delivered-To, LMTP, [re-injection], entry. */
function boxDelivery(d: BoxDelivery): string {
  const relay = d.relay ?? ATTACKER_RELAY;
  return onTop(
    d.raw,
    `Return-Path: <${d.envelope}>`,
    `Delivered-To: ${RCPT}`,
    dovecotLmtp(BOX, d.envelope, RCPT, `kB178${d.n}dE3fG4hI5jK6lM`, BOXED),
    ...(d.reinjected
      ? [
          `Received: from localhost.localdomain (localhost.localdomain [127.0.0.1])\r\n\tby ${BOX} (Postfix) with ESMTP id 4Zr178${d.n}B2;\r\n\t${BOXED}`,
          ...d.reinjected,
        ]
      : []),
    d.entry ?? postfixEntry(relay, BOX, `4Zq178${d.n}A1`, RCPT, ENTERED),
    ...(d.milter ?? []),
  );
}

const FAKE_ROW: CaseExpectation = { verdict: 'suspicious', findings: ['forged-auth-results'] };

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, c);

  // ================= Online: aboutOwnPassingOrg ====================================================
  {
    // 1. A subdomain of the bank the attacker answers for; rows claim the apex's signature and DMARC.
    const signed = await signAll(lure(`alerts@${SUB}`, 'Northbank', 'a'), [[SUB, 's1']]);
    const raw = onTop(
      signed,
      ar(
        `dkim=pass (2048-bit key) header.d=${NB} header.i=@${NB} header.b="Nb1AbCdE";\r\n\tdkim-atps=neutral`,
      ),
      ar(`dmarc=pass (p=reject dis=none) header.from=${NB}`),
    );
    // The box's own milter rows sit above the sender's part, as on every delivery.
    const milter = [
      ar(`dmarc=pass (p=reject dis=none) header.from=${SUB}`),
      ar(`spf=pass smtp.mailfrom=${SUB}`),
      ar(`dkim=pass (2048-bit key) header.d=${SUB} header.i=@${SUB} header.b="AbCdEf12"`),
    ];
    emit({
      name: 'r178-subdomain-takeover-rows-claim-apex-dkim-and-dmarc-online',
      class: 'forged-auth-results',
      about: `Attack: the bank ${NB} (p=reject) left ${SUB} delegated to a host it gave up; the attacker answers for it (SPF for ${ATTACKER_IP}, a key at s1._domainkey.${SUB}) and sends the lure From alerts@${SUB}, signed d=${SUB}, envelope alerts@${SUB}: DMARC passes for ${SUB} (the bank's policy, inherited). Under the box's own rows (which state that) the attacker writes OpenDKIM's form "dkim=pass (2048-bit key) header.d=${NB} header.i=@${NB}" and OpenDMARC's "dmarc=pass header.from=${NB}": a signature by the bank's APEX that the message does not carry, and a DMARC result for a domain that is not its From. aboutOwnPassingOrg takes both as "about the From domain's organisation" (relaxed alignment) and grades them low, so the verdict is authenticated, and Roundcube's authres_status shows "signed by ${NB}". No box writes a dkim result for a signature the message lacks, nor a dmarc result for another domain than From. Wanted: suspicious (forged-auth-results medium).`,
      args: ARGS,
      eml: boxDelivery({ raw, envelope: `alerts@${SUB}`, milter, n: 'a' }),
      zone: ZONE,
      expect: FAKE_ROW,
    });
    // 1b. Control: the same From the subdomain with no forged row.
    emit({
      name: 'r178-subdomain-takeover-no-forged-row-control-online',
      class: 'forged-auth-results',
      about: `Attack, control: the same lure From alerts@${SUB} with only the box's own rows (dmarc/spf/dkim pass for ${SUB}). HeaderLens cannot know the delegation dangles: DMARC passes for ${SUB}. Wanted: authenticated (for ${SUB}), no forged-auth-results.`,
      args: ARGS,
      eml: boxDelivery({ raw: signed, envelope: `alerts@${SUB}`, milter, n: 'b' }),
      zone: ZONE,
      expect: { verdict: 'authenticated', absentFindings: ['forged-auth-results'] },
    });
  }
  {
    // 2. A look-alike of the bank: its rows claim the bank (not its organisation): control.
    const signed = await signAll(lure(`alerts@${LOOK}`, 'Northbank', 'c'), [[ATT, 's1']]);
    const raw = onTop(
      signed,
      ar(`dkim=pass (2048-bit key) header.d=${NB} header.i=@${NB} header.b="Nb1AbCdE"`),
      ar(`dmarc=pass (p=reject dis=none) header.from=${NB}`),
    );
    emit({
      name: 'r178-lookalike-from-rows-claim-real-bank-online',
      class: 'forged-auth-results',
      about: `Attack, control: the lure From alerts@${LOOK} (the attacker's look-alike, SPF for ${ATTACKER_IP}, envelope bounce@${LOOK}: DMARC passes for it) with rows claiming "dkim=pass header.d=${NB}" and "dmarc=pass header.from=${NB}": not the From domain's organisation, so aboutOwnPassingOrg does not apply. Wanted: suspicious (fake, medium).`,
      args: ARGS,
      eml: boxDelivery({ raw, envelope: `bounce@${LOOK}`, n: 'c' }),
      zone: ZONE,
      expect: FAKE_ROW,
    });
  }
  {
    // 3. A replay of the bank's genuine signed notice, with a row claiming SPF for the bank's envelope.
    const notice = await genuineBankNotice();
    const milter = [
      ar(`dmarc=pass (p=reject dis=none) header.from=${NB}`),
      ar(`spf=pass smtp.mailfrom=${ATT}`),
      ar(`dkim=pass (2048-bit key) header.d=${NB} header.i=@${NB} header.b="Nb1AbCdE"`),
    ];
    const forged = onTop(
      notice,
      ar(`spf=pass smtp.mailfrom=security@${NB}`),
      `Received: from ${`mail.${NB}`} (mail.${NB} [192.0.2.10])\r\n\tby mx.${ATT} (Postfix) with ESMTPS id 4Zp178dX1\r\n\tfor <collector@${ATT}>; Fri, 20 Nov 2026 08:12:40 +0000`,
    );
    emit({
      name: 'r178-replay-bank-notice-row-claims-bank-envelope-spf-online',
      class: 'forged-auth-results',
      about: `Attack: the bank's genuine signed notice (d=${NB}, p=reject), received at the attacker's own mailbox and replayed from his server ${ATTACKER_IP} with the envelope bounce@${ATT} (SPF passes for ${ATT}; DKIM and DMARC pass for ${NB}). The box's milters write dmarc=pass, "spf=pass smtp.mailfrom=${ATT}" and dkim=pass under the entry; below them, in the same run, the attacker's "spf=pass smtp.mailfrom=security@${NB}", which tells the reader the bank's own server handed it over. aboutOwnPassingOrg grades it low (SPF about the From domain's organisation) although the envelope the box checked is ${ATT}, and the box's own SPF row right above says so: a second SPF result for another envelope in one run is never the box's. Wanted: forged-auth-results at medium (suspicious), where the replay without the row reads as the control below.`,
      args: ARGS,
      eml: boxDelivery({ raw: forged, envelope: `bounce@${ATT}`, milter, n: 'd' }),
      zone: ZONE,
      expect: FAKE_ROW,
    });
    emit({
      name: 'r178-replay-bank-notice-no-forged-row-control-online',
      class: 'forged-auth-results',
      about: `Attack, control: the same replay with only the box's rows. Wanted: never suspicious on account of rows (no forged-auth-results); what the replay reads otherwise is the engine's replay rules' business.`,
      args: ARGS,
      eml: boxDelivery({
        raw: onTop(
          notice,
          `Received: from ${`mail.${NB}`} (mail.${NB} [192.0.2.10])\r\n\tby mx.${ATT} (Postfix) with ESMTPS id 4Zp178eX1\r\n\tfor <collector@${ATT}>; Fri, 20 Nov 2026 08:12:40 +0000`,
        ),
        envelope: `bounce@${ATT}`,
        milter,
        n: 'e',
      }),
      zone: ZONE,
      expect: { absentFindings: ['forged-auth-results'] },
    });
  }

  // ================= NO_PASS and the parser: claimed passes in odd spellings (online, p=none) ======
  const spellings: Array<[string, string, string]> = [
    [
      'r178-pnone-dmarc-row-spelt-capital-pass-online',
      `dmarc=Pass (p=none dis=none) header.from=${EF}`,
      '"dmarc=Pass"',
    ],
    [
      'r178-pnone-spf-row-pass-comment-no-space-online',
      `spf=pass(sender IP is 192.0.2.10) smtp.mailfrom=${EF}`,
      '"spf=pass(sender IP is 192.0.2.10)" (a comment glued to the word)',
    ],
    [
      'r178-pnone-dmarc-row-spaces-around-equals-online',
      `dmarc = pass (p=none dis=none) header.from=${EF}`,
      '"dmarc = pass" (CFWS around "=", which RFC 8601 allows)',
    ],
  ];
  for (const [i, [name, row, what]] of spellings.entries())
    emit({
      name,
      class: 'forged-auth-results',
      about: `Attack: the unsigned lure From ${EF} (p=none) from ${ATTACKER_IP}, envelope bounce@${ATT}, with the row ${what} under the entry. Whatever the spelling, it claims a pass HeaderLens did not find (dmarc=fail; spf fail for ${EF}). Wanted: suspicious (fake, medium).`,
      args: ARGS,
      eml: boxDelivery({
        raw: onTop(lure(`alerts@${EF}`, 'Eastfield Bank', `s${i}`), ar(row)),
        envelope: `bounce@${ATT}`,
        n: `s${i}`,
      }),
      zone: ZONE,
      expect: FAKE_ROW,
    });

  {
    // OpenDKIM's third-party authorisation word, claimed as a pass.
    const signed = await signAll(lure(`alerts@${EF}`, 'Eastfield Bank', 't'), [[ATT, 's1']]);
    emit({
      name: 'r178-pnone-dkim-atps-pass-row-claims-bank-authorised-signer-online',
      class: 'forged-auth-results',
      about: `Attack: the lure From ${EF} (p=none) signed d=${ATT} (verifies), with OpenDKIM's form "dkim=pass (2048-bit key) header.d=${ATT} header.i=@${ATT} header.b=…; dkim-atps=pass" under the entry: RFC 6541's word that the From domain authorised ${ATT} to sign for it (${EF} publishes no ATPS record). claimsAgree takes dkim-atps only as neutral or none; the dkim result agrees. Wanted: suspicious (a pass HeaderLens did not find: fake, medium).`,
      args: ARGS,
      eml: boxDelivery({
        raw: onTop(
          signed,
          ar(
            `dkim=pass (2048-bit key) header.d=${ATT} header.i=@${ATT} header.b="AbCdEf12";\r\n\tdkim-atps=pass`,
          ),
        ),
        envelope: `bounce@${ATT}`,
        n: 't',
      }),
      zone: ZONE,
      expect: FAKE_ROW,
    });
  }

  // ================= Offline: contradicted, the r177 layout ========================================
  // OpenDKIM and OpenDMARC on the content filter's re-injection pass (trusted rows above the entry),
  // the SPF check on the entry pass (its row under the entry, in the run).
  const offline = (n: string, raw: string, envelope: string, relay: Relay = ATTACKER_RELAY) =>
    boxDelivery({
      raw,
      envelope,
      relay,
      reinjected: [
        ar(`dmarc=fail (p=none dis=none) header.from=${EF}`),
        ar('dkim=none;\r\n\tdkim-atps=neutral'),
      ],
      milter: [ar(`spf=fail smtp.mailfrom=${EF}`)],
      n,
    });
  const offAbout = `Attack, offline: the reader's box runs OpenDKIM and OpenDMARC on its content filter's re-injection pass (their "dmarc=fail (p=none dis=none) header.from=${EF}" and "dkim=none" rows above the entry: trusted) and its SPF check on the entry pass ("spf=fail smtp.mailfrom=${EF}" under the entry). The unsigned lure From ${EF} (p=none), envelope alerts@${EF};`;
  {
    // 4. The HELO is the attacker's choice: he says the bank's host name, and writes an SPF row by it.
    const relay: Relay = { helo: `mail.${EF}`, rdns: ATTACKER_RELAY.rdns, ip: ATTACKER_IP };
    emit({
      name: 'r178-offline-pnone-helo-as-bank-host-spf-helo-pass-row-offline',
      class: 'forged-auth-results',
      about: `${offAbout} the attacker's server greets with "EHLO mail.${EF}" (the entry line records "from mail.${EF} (${ATTACKER_RELAY.rdns} [${ATTACKER_IP}])": the HELO is his to choose) and under the box's SPF row writes "spf=pass smtp.helo=mail.${EF}". contradicted lets an SPF-by-HELO row stand when its HELO is the entry line's, and identityKey keys it "spf mail.${EF}" against the box's "spf ${EF}". A box's SPF check writes a HELO result only for a null envelope; this envelope is not null and the box's own SPF row is by smtp.mailfrom. Wanted: suspicious (fake, medium).`,
      args: ARGS,
      eml: offline(
        'h',
        onTop(lure(`alerts@${EF}`, 'Eastfield Bank', 'h'), ar(`spf=pass smtp.helo=mail.${EF}`)),
        `alerts@${EF}`,
        relay,
      ),
      expect: FAKE_ROW,
    });
  }
  {
    // 5. A second From header naming the attacker's domain, and a dmarc=pass row for it.
    const raw = onTop(
      lure(`alerts@${EF}`, 'Eastfield Bank', 'f'),
      ar(`dmarc=pass (p=none dis=none) header.from=${ATT}`),
    ).replace(/\r\nTo: /, `\r\nFrom: Eastfield Bank <alerts@${ATT}>\r\nTo: `);
    emit({
      name: 'r178-offline-pnone-second-from-header-dmarc-pass-for-it-offline',
      class: 'forged-auth-results',
      about: `${offAbout} the lure carries a second From header, "Eastfield Bank <alerts@${ATT}>", and the attacker writes "dmarc=pass header.from=${ATT}" under the box's SPF row: a DMARC result for a domain that is a From of the message, but not the one the box's OpenDMARC judged (its trusted row says fail for ${EF}). A message has one DMARC result. Wanted: suspicious (fake, medium), never authenticated.`,
      args: ARGS,
      eml: offline('f', raw, `alerts@${EF}`),
      expect: FAKE_ROW,
    });
  }
  {
    // 6. The rows placed after the sender's own first header (Received-SPF and an ARC set between).
    const base = lure(`alerts@${EF}`, 'Eastfield Bank', 'g');
    const raw = afterFirstHeader(base, ar(`spf=pass smtp.mailfrom=${ATT}`));
    emit({
      name: 'r178-offline-pnone-row-after-senders-first-header-offline',
      class: 'forged-auth-results',
      about: `${offAbout} the attacker's row "spf=pass smtp.mailfrom=${ATT}" (an identity no box row names: nothing contradicts it) sits AFTER the first header of his own message, not above it. Milters insert at index 1, right under the MTA's line and above everything the sender wrote, so a row below the sender's first header is the sender's. milterRun runs on until a Received or another id. Wanted: suspicious (not in the box's run: fake, medium).`,
      args: ARGS,
      eml: offline('g', raw, `alerts@${EF}`),
      expect: FAKE_ROW,
    });
    const sealed = await sealCorpus(base, {
      domain: ATT,
      selector: 's1',
      cv: 'none',
      authResults: `${BOX}; dmarc=pass (p=none dis=none) header.from=${EF}; spf=pass smtp.mailfrom=${EF}`,
    });
    const raw2 = onTop(
      sealed,
      `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=192.0.2.10;\r\n\thelo=mail.${EF}; envelope-from=alerts@${EF};\r\n\treceiver=<UNKNOWN> `,
      ar(`spf=pass smtp.mailfrom=${ATT}`),
    );
    emit({
      name: 'r178-offline-pnone-received-spf-and-arc-set-between-rows-offline',
      class: 'forged-auth-results',
      about: `${offAbout} under the box's SPF row the attacker writes "spf=pass smtp.mailfrom=${ATT}", then policyd-spf's form "Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=192.0.2.10; … envelope-from=alerts@${EF}; receiver=<UNKNOWN>" (policyd-spf writes through PREPEND, ABOVE the entry, never under it), then an ARC set he sealed as d=${ATT} whose ARC-Authentication-Results names ${BOX} with dmarc=pass for ${EF}. Wanted: never authenticated; the Received-SPF under the entry not taken as the box's; forged-auth-results.`,
      args: ARGS,
      eml: offline('i', raw2, `alerts@${EF}`),
      expect: { notVerdict: ['authenticated'], findings: ['forged-auth-results'] },
    });
  }
  {
    // 7. The attacker's own dkim=none row below a lure's box rows: what it does is to his own mail.
    const signed = await signAll(lure(`alerts@${EF}`, 'Eastfield Bank', 'j'), [[ATT, 's1']]);
    const raw = onTop(signed, ar('dkim=none'));
    emit({
      name: 'r178-offline-pnone-own-dkim-none-row-under-box-dkim-pass-offline',
      class: 'forged-auth-results',
      about: `Attack, offline, plain box (every milter on the entry pass, nothing trusted): the lure From ${EF} (p=none) signed d=${ATT}; the box's own rows under the entry say "dmarc=fail (p=none dis=none) header.from=${EF}", "spf=pass smtp.mailfrom=${ATT}" and "dkim=pass header.d=${ATT}"; below them the attacker adds "dkim=none" so that one of the two DKIM rows must be a lie and the verdict rests on which. contradicted makes both medium: the sender can do this only to a message he sends, and his message is a lure. Wanted: never authenticated; forged-auth-results.`,
      args: ARGS,
      eml: boxDelivery({
        raw,
        envelope: `bounce@${ATT}`,
        milter: [
          ar(`dmarc=fail (p=none dis=none) header.from=${EF}`),
          ar(`spf=pass smtp.mailfrom=${ATT}`),
          ar(`dkim=pass (2048-bit key) header.d=${ATT} header.i=@${ATT} header.b="AbCdEf12"`),
        ],
        n: 'j',
      }),
      expect: { notVerdict: ['authenticated'], findings: ['forged-auth-results'] },
    });
  }

  {
    // 8. A dkim row for a signature the message does not carry, beside the box's trusted dkim row.
    const signed = await signAll(lure(`alerts@${EF}`, 'Eastfield Bank', 'l'), [[ATT, 's1']]);
    emit({
      name: 'r178-offline-pnone-dkim-pass-row-for-absent-signature-offline',
      class: 'forged-auth-results',
      about: `Attack, offline: the box's OpenDKIM and OpenDMARC on the re-injection pass (trusted, above the entry: "dkim=pass (2048-bit key) header.d=${ATT}" and "dmarc=fail (p=none dis=none) header.from=${EF}"), its SPF check under the entry ("spf=pass smtp.mailfrom=${ATT}"). The lure From ${EF} (p=none) signed d=${ATT} only; under the box's SPF row the attacker writes "dkim=pass (2048-bit key) header.d=${EF} header.i=@${EF}": the message carries no DKIM-Signature with d=${EF} at all (HeaderLens reads the tags offline too), and OpenDKIM writes every signature's result in its one row. identityKey keys it "dkim ${EF}" against the box's "dkim ${ATT}", both pass: nothing contradicts it, low, unverified. Wanted: suspicious (a result for a signature the message lacks is no box's: fake, medium).`,
      args: ARGS,
      eml: boxDelivery({
        raw: onTop(signed, ar(`dkim=pass (2048-bit key) header.d=${EF} header.i=@${EF} header.b="Ef1AbCdE"`)),
        envelope: `bounce@${ATT}`,
        reinjected: [
          ar(`dmarc=fail (p=none dis=none) header.from=${EF}`),
          ar(`dkim=pass (2048-bit key) header.d=${ATT} header.i=@${ATT} header.b="AbCdEf12"`),
        ],
        milter: [ar(`spf=pass smtp.mailfrom=${ATT}`)],
        n: 'l',
      }),
      expect: FAKE_ROW,
    });
  }

  // ================= Genuine: contradicted on the box's own rows =================================
  {
    // 9. amavis tags the subject between the two passes: the re-injection OpenDKIM says fail.
    const mail = await signAll(
      submitted({
        from: `Hal Tarnbrook <hal@${SUP}>`,
        to: `Robin Reader <${RCPT}>`,
        subject: 'Timber offcuts: free to collect this week',
        date: 'Fri, 20 Nov 2026 09:59:40 +0000',
        messageId: `<r178-offcuts-5513@${SUP}>`,
        body: 'Hello Robin,\r\n\r\nwe have oak and ash offcuts free to collect until Friday; bring your own bags.\r\n\r\nHal\r\n',
      }),
      [[SUP, 'tj1']],
    );
    const tagged = mail.replace('Subject: Timber', 'Subject: ***SPAM*** Timber');
    emit({
      name: 'r178-genuine-amavis-spam-tag-between-two-opendkim-passes-offline',
      class: 'real-mail',
      about: `Genuine, offline: the joinery's signed notice (d=${SUP}, p=quarantine) to the reader's Postfix box whose smtpd_milters are set in main.cf for every smtpd, the content filter's re-injection smtpd included (the amavis recipe's "-o receive_override_options=…,no_milters" left out): OpenDKIM and OpenDMARC write "dkim=pass header.d=${SUP}", "dmarc=pass" and smf-spf "spf=pass" under the entry; amavis scores the notice over its tag2 level and prefixes the subject with Debian's default "***SPAM*** " tag, and OpenDKIM on the re-injection pass writes "dkim=fail (2048-bit key) header.d=${SUP}" under the re-injection line (trusted). contradicted: the box's own dkim=pass under the entry differs from its trusted dkim=fail for the same identity, so the reader's own milter is called a forger (medium). Wanted: never suspicious on account of the box's rows (unverified: the box's trusted result is a fail it caused itself).`,
      args: ARGS,
      eml: boxDelivery({
        raw: tagged,
        envelope: `hal@${SUP}`,
        relay: SUP_RELAY,
        reinjected: [
          ar(
            `dkim=fail reason="signature verification failed" (2048-bit key) header.d=${SUP} header.i=@${SUP} header.b="AbCdEf12"`,
          ),
        ],
        milter: [
          ar(`dmarc=pass (p=quarantine dis=none) header.from=${SUP}`),
          ar(`spf=pass smtp.mailfrom=${SUP}`),
          ar(`dkim=pass (2048-bit key) header.d=${SUP} header.i=@${SUP} header.b="AbCdEf12"`),
        ],
        n: 'm',
      }),
      expect: { notVerdict: ['suspicious', 'spoofed'] },
    });
  }
  {
    // 10. An internationalised From domain (SMTPUTF8): OpenDMARC names it as the From header does.
    const IDN = 'bäckerei-lind.example';
    const ACE = 'xn--bckerei-lind-gcb.example';
    const relay: Relay = { helo: `mail.${ACE}`, rdns: `mail.${ACE}`, ip: '192.0.2.178' };
    const raw = submitted({
      from: `Bäckerei Lind <bestellung@${IDN}>`,
      to: `Robin Reader <${RCPT}>`,
      subject: 'Ihre Bestellung: Stollen zum Abholen',
      date: 'Fri, 20 Nov 2026 09:59:40 +0000',
      messageId: `<r178-stollen-88@${ACE}>`,
      body: 'Guten Tag,\r\n\r\nIhr Stollen liegt ab Samstag zur Abholung bereit.\r\n',
    });
    emit({
      name: 'r178-genuine-idn-from-opendmarc-row-u-label-offline',
      class: 'real-mail',
      about: `Genuine, offline: a bakery's order note sent with SMTPUTF8, "From: Bäckerei Lind <bestellung@${IDN}>" (the U-label in the header), unsigned, SPF passing from its own server, p=none; the reader's Postfix box's OpenDMARC writes "dmarc=pass (p=none dis=none) header.from=${IDN}" (as the From header spells it) and smf-spf "spf=pass smtp.mailfrom=${ACE}" under the entry. contradicted's "DMARC result for another domain than From" must compare the two spellings as one domain. Wanted: never suspicious; the rows at low.`,
      args: ARGS,
      eml: boxDelivery({
        raw,
        envelope: `bestellung@${ACE}`,
        relay,
        milter: [
          ar(`dmarc=pass (p=none dis=none) header.from=${IDN}`),
          ar(`spf=pass smtp.mailfrom=${ACE}`),
          ar('dkim=none'),
        ],
        n: 'n',
      }),
      expect: { notVerdict: ['suspicious', 'spoofed'] },
    });
  }

  // ================= Sendmail's mark: a Debian/Ubuntu Sendmail box (genuine) =====================
  {
    const mail = await signAll(
      submitted({
        from: `Hal Tarnbrook <hal@${SUP}>`,
        to: `Robin Reader <${RCPT}>`,
        subject: 'Workshop rota for December',
        date: 'Fri, 20 Nov 2026 09:59:40 +0000',
        messageId: `<r178-rota-5512@${SUP}>`,
        body: 'Hello Robin,\r\n\r\nthe December rota for the shared workshop is below; swap with Ann if the 12th does not suit.\r\n\r\nHal\r\n',
      }),
      [[SUP, 'tj1']],
    );
    const b = /DKIM-Signature:[\s\S]*?\bb=([A-Za-z0-9+/]{8})/.exec(mail)?.[1] ?? 'AAAAAAAA';
    const ubuntuEntry = `Received: from ${SUP_RELAY.helo} (${SUP_RELAY.rdns} [${SUP_RELAY.ip}])\r\n\tby ${BOX} (8.15.2/8.15.2/Debian-22ubuntu3) with ESMTP id 5AKA0q1x178001\r\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)\r\n\tfor <${RCPT}>; ${ENTERED}`;
    const rows = [
      `DKIM-Filter: OpenDKIM Filter v2.11.0 ${BOX} 5AKA0q1x178001`,
      ar(`dkim=pass (2048-bit key) header.d=${SUP} header.i=@${SUP} header.b="${b}"`),
      `DMARC-Filter: OpenDMARC Filter v1.4.2 ${BOX} 5AKA0q1x178001`,
      `Authentication-Results: ${BOX}; dmarc=pass (p=quarantine dis=none) header.from=${SUP}`,
      `Authentication-Results: ${BOX}; spf=pass smtp.mailfrom=hal@${SUP}`,
    ];
    const eml = onTop(mail, `Return-Path: <hal@${SUP}>`, ubuntuEntry, ...rows);
    const about = `Genuine: a joinery's rota, signed d=${SUP} (p=quarantine, SPF -all from ${SUP_RELAY.ip}), delivered to the reader's own Ubuntu Sendmail box ${BOX}, whose entry line carries Debian's cf version suffix ("by ${BOX} (8.15.2/8.15.2/Debian-22ubuntu3) with ESMTP id …", as secure.elehost.com's and kueppers.informatik.uni-Koeln.de's lines do) and whose OpenDKIM and OpenDMARC insert DKIM-Filter, dkim=pass, DMARC-Filter, dmarc=pass and spf=pass right under it (index 1, as on violet.fr.zoreil.com's 8.17.1 box). Roundcube on that box, --authserv-id ${BOX} --recipient-domain ${READER_DOMAIN}`;
    emit({
      name: 'r178-genuine-ubuntu-sendmail-debian-cf-suffix-milter-rows-online',
      class: 'real-mail',
      about: `${about}, online. Wanted: authenticated, and the box's own rows, which state what HeaderLens found, not reported (as under "(8.17.1/8.17.1)"; realworld170).`,
      args: ARGS,
      eml,
      zone: ZONE,
      expect: { verdict: 'authenticated', absentFindings: ['forged-auth-results'] },
    });
    emit({
      name: 'r178-genuine-ubuntu-sendmail-debian-cf-suffix-milter-rows-offline',
      class: 'real-mail',
      about: `${about}, offline. Wanted: never suspicious; the rows reported once, at low, not called fake by the reader's own server.`,
      args: ARGS,
      eml,
      expect: { notVerdict: ['suspicious', 'spoofed'] },
    });
    // Attack beside it: the same box, the attacker's forged dmarc=pass for the p=reject bank.
    const attackEntry = ubuntuEntry
      .replace(
        `${SUP_RELAY.helo} (${SUP_RELAY.rdns} [${SUP_RELAY.ip}])`,
        `${ATTACKER_RELAY.helo} (${ATTACKER_RELAY.rdns} [${ATTACKER_IP}])`,
      )
      .replace('5AKA0q1x178001', '5AKA0q1x178002');
    const spoof = onTop(
      lure(`security@${NB}`, 'Northbank', 'k'),
      ar(`dmarc=pass (p=reject dis=none) header.from=${NB}`),
    );
    emit({
      name: 'r178-ubuntu-sendmail-forged-dmarc-pass-reject-bank-online',
      class: 'forged-auth-results',
      about: `Attack, control: the unsigned lure From ${NB} (p=reject) from ${ATTACKER_IP} to the same Ubuntu Sendmail box, the box's rows "dmarc=fail (p=reject dis=none)" and "spf=fail" under its entry, the attacker's "dmarc=pass … header.from=${NB}" below them. Wanted: spoofed.`,
      args: ARGS,
      eml: onTop(
        spoof,
        `Return-Path: <security@${NB}>`,
        attackEntry,
        ar(`dmarc=fail (p=reject dis=none) header.from=${NB}`),
        ar(`spf=fail smtp.mailfrom=security@${NB}`),
      ),
      zone: ZONE,
      expect: { verdict: 'spoofed', findings: ['forged-auth-results'] },
    });
  }
}

// Pending (HeaderLens today, ALL=1 V=1), four groups:
// A. Online, lib/findings/provider.ts aboutOwnPassingOrg: "about the From domain's organisation" is
//    read by relaxed alignment only, so a row for an identity the box never checked passes as one it
//    did (a key rotated, an SPF record changed since delivery) and grades low.
//    r178-subdomain-takeover-rows-claim-apex-dkim-and-dmarc-online → authenticated (forged-auth-results
//    low: "dkim=pass header.d=northbank.example" for a signature the message does not carry, "dmarc=pass
//    header.from=northbank.example" for a domain that is not From); r178-replay-bank-notice-row-claims-
//    bank-envelope-spf-online → authenticated (forged-auth-results low: "spf=pass smtp.mailfrom=
//    security@northbank.example" where the envelope was bounce@attacker.example, and the box's own SPF
//    row in the same run says so). Wanted: suspicious (medium). Neither reads better than with no row
//    (the controls read authenticated too), but the rows tell a Roundcube reader "signed by the apex"
//    and "sent by the bank's server", and HeaderLens calls that a note. Fix: aboutOwnPassingOrg takes
//    only the identity the box itself would name: spf when sameDomain(mailfrom, a.spf.domain) (the
//    envelope the message came with); dkim when the message carries a signature of that d= (a.dkim
//    has one; with header.b, its b= prefix); dmarc when sameDomain(header.from, the From domain). Genuine
//    mail it could hurt: none seen: r177's supplier cases (SPF changed, key rotated) name the same
//    envelope and a signature present in the message; an ESP's bounce domain is a.spf.domain itself.
// B. Offline, provider.ts contradicted (milterRowGrade): a row about an identity no other row of the
//    box names still contradicts nothing.
//    r178-offline-pnone-helo-as-bank-host-spf-helo-pass-row-offline → unverified (dmarc-fail medium,
//    forged-auth-results low): "spf=pass smtp.helo=mail.eastfield-bank.example" stands because the
//    entry line shows that HELO, which the attacker chose; r178-offline-pnone-dkim-pass-row-for-absent-
//    signature-offline → unverified (forged-auth-results low): "dkim=pass header.d=eastfield-bank.
//    example" beside the box's trusted dkim=pass for attacker.example, though the message has no
//    DKIM-Signature with that d=. Wanted: suspicious. Fix in contradicted: (1) an SPF result by
//    smtp.helo contradicts when the envelope was not null (the Return-Path the box wrote on top names
//    one) or when another SPF row of the box is by smtp.mailfrom (SPF checks write a HELO result only
//    for a null envelope); an SPF result by smtp.mailfrom for another domain than another SPF row of
//    the box names contradicts (one envelope per message); (2) a dkim result whose header.d names no
//    DKIM-Signature in the message contradicts (HeaderLens reads the tags offline). Could hurt: a
//    bounce (null envelope) whose box writes both a HELO and a mailfrom row: not seen; a box whose
//    content filter strips signatures before the LDA: not seen (Dovecot/Sieve keep them).
// C. lib/auth/authresults.ts parseAuthResults, milterRun: the run lasts until a Received or another
//    id's row, so a row below the sender's own first header is graded as the box's.
//    r178-offline-pnone-row-after-senders-first-header-offline → unverified (forged-auth-results low).
//    Milters insert at index 1, above every header the sender wrote. Wanted: suspicious (not in the
//    run: fake, medium). Fix: end milterRun at the first header below the entry that only a message's
//    author writes (From, To, Cc, Subject, Date, Message-ID, MIME-Version, Content-*, Reply-To,
//    References, In-Reply-To, DKIM-Signature, X-Mailer); not at ARC-*, DKIM-Filter, DMARC-Filter,
//    Received-SPF or X-* headers, which other milters insert at index 1 too (milter-greylist's
//    X-Greylist, spamass-milter's X-Spam-*). Could hurt: an OpenDKIM signing inbound mail (a
//    DKIM-Signature above the rows): only on a misconfigured box.
// D. authresults.ts MILTER_MTA_BY (milterMark): Sendmail's by clause is matched only as
//    "(8.x.y/8.x.y) with"; Debian and Ubuntu build Sendmail with the cf suffix "/Debian-22ubuntu3"
//    ("(8.15.2/8.15.2/Debian-22ubuntu3) with ESMTP", public copies cited above), so the box's own rows
//    are ordinary forged rows. r178-genuine-ubuntu-sendmail-debian-cf-suffix-milter-rows-online →
//    authenticated with THREE forged-auth-results (low, one per row) where "(8.17.1/8.17.1)" gives
//    none; its -offline twin reads unverified (right) but with three forged-auth-results at MEDIUM
//    ("a fake Authentication-Results header claims to come from mx.reader.example"), which the
//    expectation language cannot refuse. Fix: accept a third part in the comment other than Submit:
//    /\(8\.\d+\.\d+(?:\.\d+)?\/8\.\d+\.\d+(?:\.\d+)?(?:\/(?!Submit\))[^()]+)?\)\s+with\s/i. Hurts
//    nothing: realworld145-box-sendmail-ipv4-mapped-literal ("(8.17.2/8.17.2/Debian-1)") has its box's
//    rows above the entry (trusted), where milterRun stays off; the /Submit line has no "with".
// Read right today: the look-alike's rows claiming the real bank (medium); "dmarc=Pass", "spf=pass(…)"
// glued, "dmarc = pass" (claimed passes, medium); "dkim-atps=pass" (medium); a second From header
// with a dmarc=pass row for it (multiple-from high, row medium); a sender's Received-SPF and his own ARC
// set between rows (not taken; unverified); the attacker's own dkim=none under the box's dkim=pass
// (both medium: only his own lure suffers); the forged dmarc=pass under the Ubuntu Sendmail entry
// (spoofed); an SMTPUTF8 From with OpenDMARC's U-label header.from (sameDomain maps IDNA: low).
// Read right by verdict, not by wording: r178-genuine-amavis-spam-tag-between-two-opendkim-passes-
// offline reads unverified, but the box's own dkim=pass row under the entry is called fake (medium)
// because its trusted re-injection row says dkim=fail after amavis tagged the subject: contradicted
// cannot know the box changed the message between its passes. Suggested: when the contradicting row
// is trusted and sits above a re-injection line, a worse result there (fail after pass) is the box's
// own doing: low.
// Fixed at 20:3x on 2026-12-06 (lib/findings/provider.ts, lib/auth/authresults.ts): A online,
// aboutOwnPassingOrg counts only what the box itself checked (SPF for the envelope HeaderLens
// checked, DKIM for a signature the message carries, DMARC for the From domain itself); B offline,
// `contradicted` also takes a DKIM result for a domain no DKIM-Signature names, SPF for another
// envelope than the Return-Path, SPF by HELO beside a non-null envelope; C parseAuthResults ends the
// milter run at the first header only an author writes (AUTHOR_HEADERS); D the Sendmail mark takes a
// distribution's tag (`/Debian-22ubuntu3`), not `/Submit`. Left as found: the amavis wording above
// (the verdict is right).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
