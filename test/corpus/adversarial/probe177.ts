// Red-team round 177: rows under a Postfix box's entry line, graded since 19:46 (lib/auth/
// authresults.ts parseAuthResults `postfixMark` / `milterRun` / `underOwnEntry`; lib/findings/
// provider.ts `milterRowGrade`, `identityKey`, `claimsAgree`, `readersOwnSealer`). The rows under the
// reader's own id in the run right under `by <box> (Postfix)` are never trusted but no longer called
// fake: online no finding when they agree with HeaderLens, low when they state no pass it did not
// find, medium otherwise; offline one low finding unless another row of the box (trusted, or in the
// same run) states a different result for the same method and identity. The attacker writes
// everything below the entry line and nothing above it. Where the verdict moves on such a grade:
// a p=none bank (policy-none with a medium concern reads suspicious, without one unverified), and
// offline a box whose own rows above the entry (its content filter's re-injection pass) are trusted.
// Cases:
// - Online, p=none bank: a dkim row whose header.d is the attacker's own signature and whose
//   header.i names the bank (claimsAgree reads header.d, the reader reads "@bank"), on the box and
//   on Proton; the plain dmarc=pass row (control); header.i alone; a "pass" word that is not "pass"
//   (Microsoft's dmarc=bestguesspass); an ARC set the attacker seals under the reader's own domain
//   (unverifiable) beside an OpenARC-style "arc=none" row; a forged re-injection line below the
//   entry; an Exim entry whose envelope-from comment carries "by <box> (Postfix)".
// - Online, p=reject bank with its DMARC lookup timing out (temperror) and a claimed pass; a bank
//   with no DMARC record whose SPF says neutral and a claimed spf=pass; the plain p=reject spoof.
// - Offline, a box that runs OpenDKIM and OpenDMARC on its content filter's re-injection pass
//   (trusted rows above the entry, dmarc=fail p=none) and the SPF check on the entry pass (under
//   the entry): the attacker's rows that contradict nothing by identityKey (the dkim row beside the
//   box's identity-less "dkim=none", spf by smtp.helo against the box's smtp.mailfrom, a quoted or
//   upper-case trailing-dot header.from, a dmarc row naming another domain), and the plain one.
// - Genuine, online: a supplier whose SPF record changed since delivery (DKIM still passes, DMARC
//   passes) and one whose DKIM key was rotated since (SPF aligned, DMARC passes): the box's own
//   rows state the pass HeaderLens no longer finds.
// Where the layouts were learnt: the Postfix milter rows under the entry line, the re-injection line
// "from localhost.localdomain (localhost.localdomain [127.0.0.1]) by <box> (Postfix) with ESMTP" and
// OpenDKIM's / OpenDMARC's / OpenARC's row forms as test/corpus/legit/realworld169.ts cites them
// (smtp.subspace.kernel.org copies of vger.kernel.org posts, lfdr.de copy; OpenDKIM issue #24,
// OpenARC PR #141, jcbf/smf-spf issue #96); smf-spf's row "spf=fail smtp.mailfrom=…" as that issue
// quotes it; Proton's rows under its `by mailin.protonmail.ch (Postfix)` entry as
// test/corpus/legit/realworld.ts (rw-proton-results-below-entry) has them; Exim's Received line with
// "(envelope-from <…>)" after its by clause as probe52 and Exim's spec (received_header_text) give
// it; Microsoft's "dmarc=bestguesspass" as EOP writes it (test/fixtures/legit/README-m365.md).
// Names and addresses are documentation ones; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import {
  ATTACKER_IP,
  authenticZone,
  BANK,
  BANK_KEY,
  emitCase,
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

/** A p=none bank, a p=reject bank (the kit's), one with no DMARC record (SPF ?all). */
const EF = 'eastfield-bank.example';
const NB = 'northbank.example';
const WM = 'westmere-savings.example';
const ATT = 'attacker.example';
/** A supplier on its own server (genuine side). */
const SUP = 'tarnbrook-joinery.example';
const SUP_RELAY: Relay = { helo: `mx.${SUP}`, rdns: `mx.${SUP}`, ip: '198.51.100.177' };

const ZONE: Record<string, unknown> = {
  ...BANK,
  ...BANK_KEY,
  ...authenticZone(ATT, ATTACKER_IP),
  ...READER_MX,
  ...ptr('203.0.113.25', BOX),
  ...ptr(ATTACKER_IP, ATTACKER_RELAY.rdns),
  [EF]: { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  [`_dmarc.${EF}`]: { TXT: ['v=DMARC1; p=none; rua=mailto:dmarc@eastfield-bank.example'] },
  [`ef1._domainkey.${EF}`]: KEY(),
  [WM]: { TXT: ['v=spf1 ip4:192.0.2.0/24 ?all'] },
  ...ptr(SUP_RELAY.ip, SUP_RELAY.rdns),
  [SUP]: { TXT: [`v=spf1 ip4:${SUP_RELAY.ip} -all`] },
  [`_dmarc.${SUP}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`tj1._domainkey.${SUP}`]: KEY(),
};
/** The p=reject bank's DMARC lookup times out. */
const TIMEOUT_ZONE: Record<string, unknown> = { ...ZONE, [`_dmarc.${NB}`]: { TIMEOUT: true } };

const ar = (results: string) => `Authentication-Results: ${BOX};\r\n\t${results}`;

/** The attacker's lure as a bank writes it, From the bank, to the reader. */
const lure = (domain: string, name: string, n: string) =>
  submitted({
    from: `${name} <alerts@${domain}>`,
    to: `Robin Reader <${RCPT}>`,
    subject: 'Your card has been suspended: confirm today',
    date: 'Fri, 20 Nov 2026 09:59:58 +0000',
    messageId: `<r177-${n}.alert@${domain}>`,
    body: `Dear customer,\r\n\r\nwe suspended your card after an unusual payment. Confirm your details today at\r\nhttps://${domain.split('.')[0]}-secure.example/confirm to avoid a fee.\r\n\r\n${name}\r\n`,
  });

interface BoxDelivery {
  /** The sender's part: everything under the entry line, the attacker's rows on top of it. */
  raw: string;
  envelope: string;
  relay?: Relay;
  /** The box's own rows under its entry (its before-queue milters), above the sender's part. */
  milter?: string[];
  /** The box's content filter re-injection line, with its milters' rows under it (above the entry). */
  reinjected?: string[];
  /** Another entry line in place of Postfix's. */
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
    dovecotLmtp(BOX, d.envelope, RCPT, `kB177${d.n}dE3fG4hI5jK6lM`, BOXED),
    ...(d.reinjected
      ? [
          `Received: from localhost.localdomain (localhost.localdomain [127.0.0.1])\r\n\tby ${BOX} (Postfix) with ESMTP id 4Zr177${d.n}B2;\r\n\t${BOXED}`,
          ...d.reinjected,
        ]
      : []),
    d.entry ?? postfixEntry(relay, BOX, `4Zq177${d.n}A1`, RCPT, ENTERED),
    ...(d.milter ?? []),
  );
}

const FAKE_ROW: CaseExpectation = { verdict: 'suspicious', findings: ['forged-auth-results'] };

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, c);
  const attackerSigned = async (domain: string, name: string, n: string) =>
    signAll(lure(domain, name, n), [[ATT, 's1']]);

  // ================= Online, p=none bank: the rows' grade decides suspicious / unverified =========
  {
    // 1. Control: the plain forged dmarc=pass under the entry.
    const raw = onTop(
      lure(EF, 'Eastfield Bank', 'a'),
      ar(`dmarc=pass (p=none dis=none) header.from=${EF}`),
      ar(`spf=pass smtp.mailfrom=${EF}`),
    );
    emit({
      name: 'r177-pnone-forged-dmarc-pass-row-under-entry-online',
      class: 'forged-auth-results',
      about: `Attack, control: an unsigned lure From ${EF} (p=none) from the attacker's server ${ATTACKER_IP}, envelope bounce@${ATT}; under the box's Postfix entry line the attacker writes "${BOX}; dmarc=pass (p=none dis=none) header.from=${EF}" and "spf=pass smtp.mailfrom=${EF}" where OpenDMARC and smf-spf would write theirs. HeaderLens finds dmarc=fail, spf=pass for ${ATT}. Wanted: suspicious (a pass HeaderLens did not find: fake, medium).`,
      args: ARGS,
      eml: boxDelivery({ raw, envelope: `bounce@${ATT}`, n: 'a' }),
      zone: ZONE,
      expect: FAKE_ROW,
    });
  }
  {
    // 2. The dkim row whose header.d is the attacker's (verifies) and whose header.i names the bank.
    const signed = await attackerSigned(EF, 'Eastfield Bank', 'b');
    const raw = onTop(
      signed,
      ar(
        `dkim=pass (2048-bit key) header.d=${ATT} header.i=@${EF} header.b="AbCdEf12";\r\n\tdkim-atps=neutral`,
      ),
    );
    const eml = boxDelivery({ raw, envelope: `bounce@${ATT}`, n: 'b' });
    emit({
      name: 'r177-pnone-dkim-row-header-d-attacker-header-i-bank-online',
      class: 'forged-auth-results',
      about: `Attack: the lure From ${EF} (p=none) signed by the attacker's own domain (d=${ATT}, which verifies); under the entry line the attacker writes OpenDKIM's form "${BOX}; dkim=pass (2048-bit key) header.d=${ATT} header.i=@${EF} header.b=…; dkim-atps=neutral". claimsAgree reads header.d (a signature of ${ATT} that passes: agrees), the reader (and Roundcube's authres_status plugin) reads "@${EF}". No OpenDKIM writes an i= outside its d= (RFC 6376 §3.5: i= must be d= or a subdomain), so the row is not the box's. Wanted: suspicious, forged-auth-results.`,
      args: ARGS,
      eml,
      zone: ZONE,
      expect: FAKE_ROW,
    });
    // 3. header.i alone, naming the bank.
    const raw3 = onTop(signed, ar(`dkim=pass (2048-bit key) header.i=@${EF} header.b="AbCdEf12"`));
    emit({
      name: 'r177-pnone-dkim-row-header-i-bank-no-header-d-online',
      class: 'forged-auth-results',
      about: `Attack: the same signed lure with the row "${BOX}; dkim=pass header.i=@${EF}" (no header.d): dkimDomain falls back to header.i, ${EF}, which has no signature here. Wanted: suspicious (fake, medium).`,
      args: ARGS,
      eml: boxDelivery({ raw: raw3, envelope: `bounce@${ATT}`, n: 'c' }),
      zone: ZONE,
      expect: FAKE_ROW,
    });
  }
  {
    // 4. A pass that is not spelt "pass": Microsoft's bestguesspass.
    const raw = onTop(
      lure(EF, 'Eastfield Bank', 'd'),
      ar(`dmarc=bestguesspass action=none header.from=${EF}`),
    );
    emit({
      name: 'r177-pnone-dmarc-bestguesspass-row-not-spelt-pass-online',
      class: 'forged-auth-results',
      about: `Attack: the unsigned lure From ${EF} (p=none) with the row "${BOX}; dmarc=bestguesspass action=none header.from=${EF}" (Microsoft's word for "would have passed") under the entry: milterRowGrade counts only results spelt "pass", so the row "states no pass" and reads low, though every reader takes it for one and the box's OpenDMARC never writes it. Wanted: suspicious (fake, medium).`,
      args: ARGS,
      eml: boxDelivery({ raw, envelope: `bounce@${ATT}`, n: 'd' }),
      zone: ZONE,
      expect: FAKE_ROW,
    });
  }
  {
    // 5. An ARC set the attacker seals under the reader's domain (unverifiable), an "arc=none" row.
    const base = lure(EF, 'Eastfield Bank', 'e');
    const sealed = await sealCorpus(base, {
      domain: READER_DOMAIN,
      selector: 'arc-2026',
      cv: 'none',
      authResults: `${BOX}; dmarc=pass (p=none dis=none) header.from=${EF}; spf=pass smtp.mailfrom=${EF}; dkim=none; arc=none smtp.client-ip=192.0.2.10`,
    });
    const raw = onTop(sealed, ar(`arc=none smtp.client-ip=${ATTACKER_IP}`));
    emit({
      name: 'r177-pnone-attacker-arc-seal-reader-domain-arc-none-row-online',
      class: 'forged-auth-results',
      about: `Attack: the unsigned lure From ${EF} (p=none) carries an ARC set i=1 the attacker sealed as d=${READER_DOMAIN} s=arc-2026 (the reader publishes no such key: it cannot verify), its ARC-Authentication-Results under ${BOX} recording dmarc=pass for ${EF}, and above it OpenARC's row "${BOX}; arc=none smtp.client-ip=…". claimsAgree took arc=none as agreeing when the only ARC set is sealed by the reader's domain, whether or not that seal verifies. Wanted (the lead, 20:1x): the arc=none row beside a failing set is no agreement, and is reported (low: it claims no pass); never authenticated. The verdict is the p=none spoof's without any row (unverified: dmarc-fail at p=none), since rows that claim no pass win the sender nothing.`,
      args: ARGS,
      eml: boxDelivery({ raw, envelope: `bounce@${ATT}`, n: 'e' }),
      zone: ZONE,
      expect: {
        notVerdict: ['authenticated'],
        findings: ['forged-auth-results'],
        fields: { 'arc.result': 'fail' },
      },
    });
  }
  {
    // 6. A forged re-injection line below the entry, the rows under it.
    const raw = onTop(
      lure(EF, 'Eastfield Bank', 'f'),
      `Received: from localhost.localdomain (localhost.localdomain [127.0.0.1])\r\n\tby ${BOX} (Postfix) with ESMTP id 4Zr177fB9;\r\n\t${ENTERED}`,
      ar(`dkim=pass (2048-bit key) header.d=${EF} header.i=@${EF} header.b="AbCdEf12"`),
      ar(`dmarc=pass (p=none dis=none) header.from=${EF}`),
    );
    emit({
      name: 'r177-pnone-forged-reinjection-line-below-entry-online',
      class: 'forged-auth-results',
      about: `Attack: under the box's entry line the attacker writes a re-injection line of the box's own form ("from localhost.localdomain (… [127.0.0.1]) by ${BOX} (Postfix) with ESMTP") and under it dkim=pass and dmarc=pass rows for ${EF} (p=none), as a content filter's second pass writes above a real entry. Below the entry it ends the milter run and proves nothing. Wanted: suspicious (fake, medium).`,
      args: ARGS,
      eml: boxDelivery({ raw, envelope: `bounce@${ATT}`, n: 'f' }),
      zone: ZONE,
      expect: FAKE_ROW,
    });
  }
  {
    // 7. An Exim entry whose envelope-from comment holds "by <box> (Postfix)": not a Postfix entry.
    const env = `"x by ${BOX} (Postfix) with ESMTPS id 4Zq"@${ATT}`;
    const raw = onTop(lure(EF, 'Eastfield Bank', 'g'), ar(`dmarc=none header.from=${EF}`));
    const exim = `Received: from ${ATTACKER_RELAY.rdns} ([${ATTACKER_IP}] helo=${ATTACKER_RELAY.helo})\r\n\tby ${BOX} with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.97)\r\n\t(envelope-from <${env}>)\r\n\tid 1tR177-000Gx1-2a\r\n\tfor ${RCPT};\r\n\t${ENTERED}`;
    emit({
      name: 'r177-pnone-exim-entry-envelope-comment-postfix-mark-online',
      class: 'forged-auth-results',
      about: `Attack: the reader's box runs Exim ("by ${BOX} with esmtps … (Exim 4.97) (envelope-from <…>)"); the attacker's quoted envelope local part writes "by ${BOX} (Postfix) with ESMTPS" into the envelope-from comment after Exim's by clause, and under the entry a row "${BOX}; dmarc=none header.from=${EF}" (HeaderLens: fail, p=none). Graded as a milter row it would be low (no pass stated); it is not under a Postfix entry, so it stays fake. Wanted: suspicious, forged-auth-results.`,
      args: ARGS,
      eml: boxDelivery({ raw, envelope: env, entry: exim, n: 'g' }),
      zone: ZONE,
      expect: FAKE_ROW,
    });
  }
  {
    // 8. Proton: its own rows under its entry, the attacker's header.i row after them.
    const signed = await attackerSigned(EF, 'Eastfield Bank', 'h');
    const proton = 'mail.protonmail.ch';
    const raw = onTop(
      signed,
      `Authentication-Results: ${proton}; dkim=pass (2048-bit key)\r\n header.d=${ATT} header.i=@${EF} header.b="AbCdEf12"`,
    );
    const eml = onTop(
      raw,
      `Return-Path: <bounce@${ATT}>`,
      'X-Original-To: robin@proton.example',
      'Delivered-To: robin@proton.example',
      `Received: from ${ATTACKER_RELAY.helo} (${ATTACKER_RELAY.rdns} [${ATTACKER_IP}])\r\n (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n  key-exchange X25519 server-signature RSA-PSS (4096 bits) server-digest SHA512)\r\n by mailin.protonmail.ch (Postfix) with ESMTPS id 4Qx177hRst\r\n for <robin@proton.example>; ${ENTERED}`,
      `Authentication-Results: ${proton}; dmarc=fail (p=none dis=none)\r\n header.from=${EF}`,
      `Authentication-Results: ${proton}; spf=pass smtp.mailfrom=${ATT}`,
      `Authentication-Results: ${proton}; dkim=pass (2048-bit key)\r\n header.d=${ATT} header.i=@${ATT} header.b="AbCdEf12"`,
    );
    emit({
      name: 'r177-proton-pnone-dkim-row-header-i-bank-after-proton-rows-online',
      class: 'forged-auth-results',
      about: `Attack on a Proton reader (--authserv-id ${proton}): Proton writes its dmarc=fail (p=none), spf=pass (${ATT}) and dkim=pass (d=${ATT}) rows under its "by mailin.protonmail.ch (Postfix)" entry; right after them, in the same run, the attacker's own row "${proton}; dkim=pass header.d=${ATT} header.i=@${EF}". Wanted: suspicious (a Proton row never names an i= outside its d=; fake, medium).`,
      args: ['--authserv-id', proton],
      eml,
      zone: ZONE,
      expect: FAKE_ROW,
    });
  }

  // ================= Online, checks HeaderLens could not complete, and p=reject =================
  {
    const raw = onTop(
      lure(NB, 'Northbank', 'i'),
      ar(`dmarc=pass (p=reject dis=none) header.from=${NB}`),
      ar(`spf=pass smtp.mailfrom=${NB}`),
    );
    const eml = boxDelivery({ raw, envelope: `alerts@${NB}`, n: 'i' });
    emit({
      name: 'r177-reject-dmarc-lookup-timeout-row-claims-pass-online',
      class: 'forged-auth-results',
      about: `Attack: the unsigned lure From ${NB} (p=reject) from ${ATTACKER_IP}, envelope alerts@${NB} (SPF fails), rows "dmarc=pass (p=reject dis=none) header.from=${NB}" and "spf=pass smtp.mailfrom=${NB}" under the entry; the bank's _dmarc lookup times out, so HeaderLens's DMARC is temperror. A temperror is no agreement with a claimed pass. Wanted: never authenticated; the rows fake (medium), DMARC temperror. (Unverified is the verdict table's answer for a DNS fault, 'otherwise'; the medium rows and the SPF fail are shown beside it.)`,
      args: ARGS,
      eml,
      zone: TIMEOUT_ZONE,
      expect: {
        notVerdict: ['authenticated'],
        findings: ['forged-auth-results', 'spf-fail'],
        fields: { 'dmarc.result': 'temperror' },
      },
    });
    emit({
      name: 'r177-reject-forged-pass-rows-under-entry-online',
      class: 'forged-auth-results',
      about: `Attack, control: the same message with the bank's DMARC record answering (p=reject). Wanted: spoofed.`,
      args: ARGS,
      eml,
      zone: ZONE,
      expect: { verdict: 'spoofed', findings: ['forged-auth-results'] },
    });
  }
  {
    const raw = onTop(
      lure(WM, 'Westmere Savings', 'j'),
      ar(`spf=pass smtp.mailfrom=${WM}`),
      ar(`dkim=pass (2048-bit key) header.d=${WM} header.i=@${WM} header.b="AbCdEf12"`),
    );
    emit({
      name: 'r177-nodmarc-spf-neutral-rows-claim-spf-dkim-pass-online',
      class: 'forged-auth-results',
      about: `Attack: the unsigned lure From ${WM} (no DMARC record; SPF "?all", so HeaderLens's SPF for the attacker's address is neutral), envelope alerts@${WM}, rows "spf=pass smtp.mailfrom=${WM}" and "dkim=pass header.d=${WM}" under the entry. Wanted: never authenticated; the rows fake (forged-auth-results).`,
      args: ARGS,
      eml: boxDelivery({ raw, envelope: `alerts@${WM}`, n: 'j' }),
      zone: ZONE,
      expect: { notVerdict: ['authenticated'], findings: ['forged-auth-results'] },
    });
  }

  // ================= Offline: the box's re-injection rows trusted, the entry pass's SPF row below ==
  // OpenDKIM and OpenDMARC on the content filter's re-injection smtpd (their rows under its line,
  // above the entry: trusted), smf-spf on the entry smtpd (its row under the entry). The lure comes
  // with the bank's envelope, so the box's SPF row is a fail for the bank.
  const offline = (n: string, domain: string, policy: 'none' | 'reject', sender: string[]) =>
    boxDelivery({
      raw: onTop(lure(domain, domain === EF ? 'Eastfield Bank' : 'Northbank', n), ...sender),
      envelope: `alerts@${domain}`,
      reinjected: [
        ar(`dmarc=fail (p=${policy} dis=none) header.from=${domain}`),
        ar('dkim=none;\r\n\tdkim-atps=neutral'),
      ],
      milter: [ar(`spf=fail smtp.mailfrom=${domain}`)],
      n,
    });
  const offAbout = (what: string) =>
    `Attack, offline: the reader's box runs OpenDKIM and OpenDMARC on its content filter's re-injection pass (their rows "dmarc=fail (p=none dis=none) header.from=${EF}" and "dkim=none; dkim-atps=neutral" under the "from localhost.localdomain … [127.0.0.1] by ${BOX} (Postfix)" line, above the entry: trusted) and its SPF check on the entry pass ("spf=fail smtp.mailfrom=${EF}" under the entry). The unsigned lure From ${EF} (p=none), envelope alerts@${EF}; right under the box's SPF row, in the same run, ${what}`;
  const offCases: Array<[string, string[], string]> = [
    [
      'r177-offline-pnone-forged-dkim-pass-beside-box-dkim-none-offline',
      [ar(`dkim=pass (2048-bit key) header.d=${EF} header.i=@${EF} header.b="AbCdEf12"`)],
      `the attacker writes "dkim=pass header.d=${EF}". The box's own "dkim=none" names no domain, so identityKey finds no row of the same identity to contradict it: one low note, and policy-none reads unverified. The box's OpenDKIM already said this message has no signature. Wanted: suspicious (the row contradicts the box's own trusted dkim=none: fake, medium).`,
    ],
    [
      'r177-offline-pnone-forged-spf-pass-by-helo-beside-box-mailfrom-offline',
      [ar(`spf=pass smtp.helo=mail.${EF}`)],
      `the attacker writes "spf=pass smtp.helo=mail.${EF}": identityKey reads "spf mail.${EF}" against the box's "spf ${EF}" (smtp.mailfrom) and sees no contradiction. The box checked one client, and its SPF row says fail. Wanted: suspicious (fake, medium).`,
    ],
    [
      'r177-offline-pnone-forged-dmarc-pass-quoted-from-offline',
      [ar(`dmarc=pass (p=none dis=none) header.from="${EF}"`)],
      `the attacker writes "dmarc=pass header.from=\\"${EF}\\"" (a quoted value, RFC 8601 allows one). Wanted: suspicious: it contradicts the box's trusted dmarc=fail for the same domain (fake, medium).`,
    ],
    [
      'r177-offline-pnone-forged-dmarc-pass-upper-trailing-dot-offline',
      [ar(`dmarc=pass (p=none dis=none) header.from=EASTFIELD-BANK.EXAMPLE.`)],
      `the attacker writes "dmarc=pass header.from=EASTFIELD-BANK.EXAMPLE." (upper case, trailing dot). Wanted: suspicious (contradicts the box's trusted dmarc=fail: fake, medium).`,
    ],
    [
      'r177-offline-pnone-forged-dmarc-pass-other-domain-offline',
      [ar(`dmarc=pass (p=none dis=none) header.from=${ATT}`)],
      `the attacker writes "dmarc=pass header.from=${ATT}", a domain the message's From does not name: it contradicts nothing, since no other row speaks of ${ATT}. OpenDMARC names the From domain it checked; the box already recorded that check (fail). Wanted: suspicious (a second DMARC result for one message, for a domain it is not From: fake, medium).`,
    ],
    [
      'r177-offline-pnone-forged-dmarc-pass-same-identity-offline',
      [ar(`dmarc=pass (p=none dis=none) header.from=${EF}`)],
      `the attacker writes "dmarc=pass header.from=${EF}", contradicting the box's trusted dmarc=fail outright. Control. Wanted: suspicious (fake, medium).`,
    ],
  ];
  for (const [i, [name, sender, what]] of offCases.entries())
    emit({
      name,
      class: 'forged-auth-results',
      about: offAbout(what),
      args: ARGS,
      eml: offline(`o${i}`, EF, 'none', sender),
      expect: FAKE_ROW,
    });
  emit({
    name: 'r177-offline-reject-reinjected-dmarc-fail-forged-pass-offline',
    class: 'forged-auth-results',
    about: `Attack, offline, control: the same box and layout for the lure From ${NB} (p=reject): trusted dmarc=fail (p=reject) above the entry, the attacker's "dmarc=pass header.from=${NB}" below. Wanted: spoofed.`,
    args: ARGS,
    eml: offline('kk', NB, 'reject', [ar(`dmarc=pass (p=reject dis=none) header.from=${NB}`)]),
    expect: { verdict: 'spoofed', findings: ['forged-auth-results'] },
  });
  emit({
    name: 'r177-offline-plain-box-milter-fail-then-forged-pass-offline',
    class: 'forged-auth-results',
    about: `Attack, offline, control: a box whose milters all run on the entry pass (OpenDMARC's "dmarc=fail (p=reject dis=none) header.from=${NB}" and smf-spf's "spf=fail" under the entry), then the attacker's "dmarc=pass … header.from=${NB}" in the same run. Nothing is trusted offline: unverified by design, never authenticated; the attacker's row contradicts the box's in the same run: fake.`,
    args: ARGS,
    eml: boxDelivery({
      raw: onTop(lure(NB, 'Northbank', 'l'), ar(`dmarc=pass (p=reject dis=none) header.from=${NB}`)),
      envelope: `alerts@${NB}`,
      milter: [ar(`dmarc=fail (p=reject dis=none) header.from=${NB}`), ar(`spf=fail smtp.mailfrom=${NB}`)],
      n: 'l',
    }),
    expect: { notVerdict: ['authenticated'], findings: ['forged-auth-results'] },
  });

  // ================= Genuine: the box's own rows state a pass HeaderLens no longer finds =========
  {
    const mail = await signAll(
      submitted({
        from: `Hal Tarnbrook <hal@${SUP}>`,
        to: `Robin Reader <${RCPT}>`,
        subject: 'Kitchen fitting: revised drawings',
        date: 'Fri, 20 Nov 2026 09:59:40 +0000',
        messageId: `<r177-drawings-2231@${SUP}>`,
        body: 'Hello Robin,\r\n\r\nthe revised drawings for the kitchen are on the portal; fitting starts on the 7th.\r\n\r\nHal\r\n',
      }),
      [[SUP, 'tj1']],
    );
    const rows = [
      ar(`dmarc=pass (p=quarantine dis=none) header.from=${SUP}`),
      ar(`spf=pass smtp.mailfrom=${SUP}`),
      ar(`dkim=pass (2048-bit key) header.d=${SUP} header.i=@${SUP} header.b="AbCdEf12"`),
    ];
    const eml = boxDelivery({ raw: mail, envelope: `hal@${SUP}`, relay: SUP_RELAY, milter: rows, n: 'm' });
    emit({
      name: 'r177-genuine-supplier-spf-record-changed-since-box-rows-online',
      class: 'real-mail',
      about: `Genuine: a joinery's mail from its own server ${SUP_RELAY.ip}, signed d=${SUP} (p=quarantine), to the reader's box, whose OpenDMARC, smf-spf and OpenDKIM rows under the entry say dmarc=pass, spf=pass, dkim=pass. Since then the joinery moved its mail and its SPF record no longer names ${SUP_RELAY.ip} (HeaderLens: spf=fail, DKIM and DMARC pass). The box's spf=pass is a pass HeaderLens does not find today. Wanted: authenticated (DMARC passes on HeaderLens's own check; the box's row states what the DNS said at delivery), never suspicious.`,
      args: ARGS,
      eml,
      zone: {
        ...ZONE,
        [SUP]: { TXT: ['v=spf1 include:spf.mailhost.example -all'] },
        'spf.mailhost.example': { TXT: ['v=spf1 ip4:203.0.113.200 -all'] },
      },
      expect: { verdict: 'authenticated' },
    });
    emit({
      name: 'r177-genuine-supplier-dkim-key-rotated-since-box-rows-online',
      class: 'real-mail',
      about: `Genuine: the same delivery, the joinery's SPF unchanged (aligned pass) but its tj1 key removed since (rotated to tj2): HeaderLens finds dkim=fail (no key), DMARC pass by SPF. The box's OpenDKIM row says dkim=pass. Wanted: authenticated (or at worst unverified), never suspicious or spoofed.`,
      args: ARGS,
      eml,
      zone: { ...ZONE, [`tj1._domainkey.${SUP}`]: { TXT: ['v=DKIM1; p='] } },
      expect: { notVerdict: ['suspicious', 'spoofed'] },
    });
  }
}

// Pending (HeaderLens today, ALL=1 V=1), four groups:
// A. Online rows whose claim claimsAgree misreads (lib/findings/provider.ts claimsAgree and
//    milterRowGrade). Before 19:46 groups A2-A3 read suspicious (forged-auth-results medium); A1 read
//    unverified already (the row "agreed": low), now with no finding at all.
//  A1 r177-pnone-dkim-row-header-d-attacker-header-i-bank-online, r177-proton-pnone-dkim-row-header-
//    i-bank-after-proton-rows-online → unverified (dmarc-fail medium, dkim-unaligned low; no
//    forged-auth-results): claimsAgree's dkim branch takes dkimDomain (header.d = the attacker's,
//    passes) and ignores header.i=@bank. Fix: in claimsAgree, a dkim result whose header.i domain is
//    neither header.d nor under it (RFC 6376 §3.5: no verifier passes such a signature) agrees with
//    nothing. Hurts no genuine mail: OpenDKIM, Proton and every verifier copy i= from a signature
//    that had to satisfy that rule to pass.
//  A2 r177-pnone-dmarc-bestguesspass-row-not-spelt-pass-online → unverified (forged-auth-results
//    low): milterRowGrade counts as passes only results spelt "pass". Fix: count every result that
//    is not one of RFC 8601's non-pass words (fail, softfail, hardfail, none, neutral, policy,
//    temperror, permerror) as a claimed pass, as parseAuthResults's taint filter already does with
//    endsWith('pass'). Hurts nothing: OpenDKIM/OpenDMARC/OpenARC/smf-spf write only RFC words.
//  A3 r177-pnone-attacker-arc-seal-reader-domain-arc-none-row-online → unverified (no finding at all;
//    arc.result fail): claimsAgree's arc branch lets "arc=none" agree when the only ARC set names the
//    reader's domain, though that set fails (the attacker sealed it under a selector the reader
//    never published). Fix: require a.arc.result === 'pass' (the reader's own seal verifies) before
//    arc=none agrees. Hurts nothing: the reader's own OpenARC seal verifies against its published key
//    (realworld169 w169-postfix-openarc-* keep reading right).
// B. Offline contradiction check (provider.ts milterRowGrade / identityKey): a sender's row that
//    names a different identity from the box's own rows contradicts nothing, so it reads low and
//    policy-none stays unverified; before 19:46 each read suspicious (medium).
//    r177-offline-pnone-forged-dkim-pass-beside-box-dkim-none-offline (the box's trusted "dkim=none"
//    keys as "dkim " and the forged "dkim=pass header.d=bank" as "dkim bank");
//    r177-offline-pnone-forged-spf-pass-by-helo-beside-box-mailfrom-offline ("spf mail.bank" against
//    the box's "spf bank"); r177-offline-pnone-forged-dmarc-pass-other-domain-offline (dmarc for a
//    domain no other row names) → unverified, forged-auth-results low; wanted suspicious. Fix, in
//    milterRowGrade offline: (1) a dkim result other than none contradicts any dkim=none of the box
//    (trusted or in the run: the box found no signature); (2) a dmarc result whose header.from is
//    not the message's From domain, or that differs from any other dmarc row of the box, is a
//    contradiction (a message has one DMARC result); (3) an spf result by smtp.helo whose domain is
//    not the HELO the entry line records, or that differs from the box's smtp.mailfrom result when
//    the envelope is null, contradicts. Genuine mail it could hurt: a box whose content filter
//    strips signatures between its passes (dkim=none above, dkim=pass below): not seen.
// C. Genuine, online (provider.ts milterRowGrade): r177-genuine-supplier-spf-record-changed-since-
//    box-rows-online and r177-genuine-supplier-dkim-key-rotated-since-box-rows-online → suspicious
//    (authenticated-with-concerns: forged-auth-results medium, "fake … mx.reader.example"): the box's
//    own spf=pass / dkim=pass from delivery time is "a pass HeaderLens did not find". Already so
//    before 19:46 (claimsAgree false → medium). Wanted authenticated / never suspicious. Fix: online,
//    when HeaderLens's own DMARC passes for the From domain, a milter row's unconfirmed pass about
//    the From domain's organisation (spf smtp.mailfrom, dkim header.d aligned, dmarc header.from) is
//    low, not medium: only that domain's own mail passes DMARC, and such a row can win it nothing.
//    Could hurt: a replay of a genuine signed notice with a forged row beside it, which reads
//    authenticated by design anyway; the row would now be low instead of its only concern.
// Read right today: the plain forged dmarc=pass (online, offline, p=reject, plain box), header.i
// alone, a quoted or upper-case trailing-dot header.from (parsed and hostKey'd alike), a forged
// re-injection line below the entry (ends the run: medium), an Exim entry with "by <box> (Postfix)"
// in its envelope-from comment (postfixMark skips comments and quotes: medium), a DMARC lookup
// timeout with a claimed pass (medium, no agreement), no DMARC with SPF neutral (medium).
// Fixed at 20:1x on 2026-12-06 (lib/findings/provider.ts): A1 claimsAgree takes no dkim result whose
// header.i is outside its header.d (dkimIdentityHolds); A2 every result word that is not one of RFC
// 8601's non-pass words is a claimed pass (NO_PASS); A3 arc=none agrees with the reader's own seal
// only when the ARC chain passes; the case now reads unverified with the row at low, which is the
// p=none spoof's verdict without any row (the lead changed its expectation: rows that claim no pass
// win the sender nothing); B offline, `contradicted`: a dkim=none of the box against any other DKIM
// result, a DMARC result for another domain than From or differing from any other DMARC row, an
// SPF result by a HELO the entry line does not show; C online, an unconfirmed pass about the From
// domain's organisation when HeaderLens's own DMARC passes is low (aboutOwnPassingOrg).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
