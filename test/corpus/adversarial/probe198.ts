// Red-team round 198: hostile input against the verdict and the report. A forger wants malformed
// input to push the verdict UP (a p=reject bank's spoof reading unverified or authenticated because
// something negative was cut, skipped or failed to resolve); bad input must give an honest result.
// Earlier rounds took the bounds apart field by field (probe8: 64 KB From, 1,500 fields, 21
// signatures; probe79: MAX_FIELD_BYTES and MAX_FWS_RUN at Outlook and the box; probe14/34: the
// Received cap; probe145: the relaxed-body seams; probe25/172/181: bare CR, NUL, encoded words in
// From; probe4/170: DMARC record spellings). This round goes further:
// 1. Bounds, in all four readers (Gmail, Exchange Online, Yahoo, the Postfix box), online and
//    offline: the bank's replayed signature (its body replaced) folded with a 100,000-space run
//    (lib/auth/limits.ts MAX_FWS_RUN: left out of mailauth), 1,500 filler fields between the
//    attacker's own passing signature and the bank's failing one (MAX_FIELDS_AS_IS prune), a
//    provider record listing nine DKIM results before its dmarc=fail (the n-th result), a NUL and
//    a bare CR in a field above a forged copy of the provider's own pass.
// 2. DNS that fails for one name (zone SERVFAIL/TIMEOUT entries, lib/dns/zone.ts): the bank's
//    _dmarc SERVFAIL while the provider recorded dmarc=fail; TIMEOUT while the provider recorded
//    temperror; a DMARC record with a BOM, in upper case, in lower case, without p=; two v=spf1
//    records; the attacker's own DKIM key as a 96 KB TXT.
// 3. Header values aimed at the Markdown/JSON/text report (lib/report/sanitize.ts): a display
//    name with `<img onerror>`, `](javascript:…)`, backticks and `|`, encoded-words (Q and B)
//    carrying CRLF and a forged Authentication-Results or From line, a Q-word with a raw ":" and
//    ";" (not allowed in a phrase, RFC 2047 §5(3): the field then reads as a group), a right-to-
//    left override, zero-width characters in the From domain named by the reason sentence. The
//    corpus format checks the verdict and the fields (the address checked stays the bank's, not
//    one the decoded text spells); the report text was checked by rendering every such case with
//    renderReport md/text/json in a scratch script: no raw HTML, no link outside a code span, no
//    table row with an extra cell, no raw CR/LF, control or bidi/zero-width character, valid JSON.
// Where the layouts were learnt (`search`, `find_string`, `read_file`): the providers' delivery
// lines are the kit's (test/corpus/receivers.ts, m365-shapes.ts, from public deliveries as those
// files cite). Gmail listing one `dkim=` result per signature before spf= and dmarc= in its one
// header: dinosaure/blaze test/dmarc.t (mx.google.com: dkim github.com, dkim sendgrid.info, spf,
// dmarc; corpus "code"); `dmarc=fail (p=REJECT dis=NONE)`: gist kepstin/c0eb91e7 (corpus "docs").
// EOP's `dmarc=fail action=quarantine header.from=…;compauth=fail reason=000`: pastebin neJNpgmZ
// (corpus "docs"; action=oreject is its p=reject form, as receiver-record.ts reads it). The box's
// OpenDKIM/OpenDMARC lines (`dkim=fail reason="signature verification failed"`, per-milter
// headers): mail-auth's resources/arf/004.json (docs.rs) and probe163.ts. DMARC record parsing:
// trusteddomainproject/OpenDMARC libopendmarc/opendmarc_policy.c opendmarc_policy_parse_dmarc
// (strcasecmp on "v" and "DMARC1", unknown tags skipped, no p= is NO_REQUIRED_P); RFC 7489 §6.3
// ABNF and §6.6.3. Names and addresses are documentation ones (192.0.2.0/24, 198.51.100.0/24,
// *.example); Google's, Yahoo's and Microsoft's hosts are their own.
import type { CaseExpectation } from '../../helpers/corpus';
import {
  ATTACKER_IP,
  authenticZone,
  BANK_IP,
  BANK_KEY,
  emitCase,
  KEY,
  NOT_TRUSTED,
  ptr,
  type Relay,
  signAll,
} from '../kit';
import { eopResults } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { dovecotLmtp, eopDelivery, gmailDelivery, gmailDkim, gmailSpf, yahooDelivery } from '../receivers';
import { ATTACKER_RELAY, BANK_RELAY, probeCorpus } from '../rounds-kit';

const NB = 'northbank.example';
const AT = 'attacker.example';
const BOX = 'mail.reader.example';
const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';
const BOXED = 'Fri, 20 Nov 2026 10:00:06 +0000';

type Reader = 'gmail' | 'outlook' | 'yahoo' | 'box';
const READERS: Reader[] = ['gmail', 'outlook', 'yahoo', 'box'];
const RCPT: Record<Reader, string> = {
  gmail: 'robin.reader@gmail.com',
  outlook: 'robin.reader@outlook.example',
  yahoo: 'robin.reader@yahoo.com',
  box: 'robin@reader.example',
};
const argsFor = (reader: Reader): string[] =>
  reader === 'box'
    ? ['--authserv-id', BOX, '--recipient-domain', 'reader.example']
    : ['--webmail', reader === 'outlook' ? 'outlook' : reader];

/** What the reader's provider recorded: each signature's result, SPF for the envelope, DMARC. */
interface Recorded {
  relay: Relay;
  envelope: string;
  from: string;
  dkim: Array<[string, string, string]>;
  spf: 'pass' | 'fail' | 'permerror' | 'temperror';
  dmarc: 'pass' | 'fail' | 'temperror' | 'permerror' | 'none';
  policy: 'reject' | 'none';
}

const envDomain = (env: string) => env.slice(env.lastIndexOf('@') + 1);

/** The reader's provider delivering `raw` and recording `r` in its own layout. */
function deliver(raw: string, reader: Reader, r: Recorded, n: string, above: string[] = []): string {
  const rcpt = RCPT[reader];
  const env = envDomain(r.envelope);
  const policy = r.dmarc === 'none' || r.dmarc === 'permerror' ? '' : r.policy;
  let out: string;
  if (reader === 'gmail') {
    const dmarc =
      r.dmarc === 'none'
        ? `dmarc=none header.from=${r.from}`
        : `dmarc=${r.dmarc} (p=${policy.toUpperCase()} sp=${policy.toUpperCase()} dis=${r.dmarc === 'fail' && policy === 'reject' ? 'REJECT' : 'NONE'}) header.from=${r.from}`;
    out = gmailDelivery(raw, {
      relay: r.relay,
      envelope: r.envelope,
      results: [
        ...r.dkim.map(([d, s, res]) => gmailDkim(d, s, res)),
        gmailSpf(r.envelope, r.relay.ip, r.spf),
        dmarc,
      ].join('\r\n       '),
      ids: [`x198csp${n}pxb`, `a198si${n}qtc.198`],
      ...(r.spf === 'pass' || r.spf === 'fail' ? { spf: r.spf } : {}),
      deliveredTo: true,
      to: rcpt,
    });
  } else if (reader === 'outlook') {
    const dkim = r.dkim.length
      ? r.dkim
          .map(
            ([d, , res]) =>
              `dkim=${res} (${res === 'pass' ? 'signature was verified' : 'body hash did not verify'})\r\n header.d=${d}`,
          )
          .join(';')
      : 'dkim=none (message not signed)\r\n header.d=none';
    const [ar, spf] = eopResults({
      ip: r.relay.ip,
      mailfrom: env,
      spf: r.spf,
      dkim,
      dmarc: r.dmarc,
      from: r.from,
      compauth: r.dmarc === 'pass' ? 'pass reason=100' : 'fail reason=000',
    });
    out = eopDelivery(raw, {
      ip: r.relay.ip,
      helo: r.relay.helo,
      ar: ar!
        .replace(/^Authentication-Results: /, '')
        .replace(
          'action=none',
          r.dmarc === 'fail' && r.policy === 'reject' ? 'action=oreject' : 'action=none',
        ),
      spf: spf!.replace(/^Received-SPF: /, ''),
      returnPath: r.envelope,
    });
  } else if (reader === 'yahoo') {
    const dkim = r.dkim.length
      ? r.dkim.map(([d, s, res]) => `dkim=${res} header.i=@${d} header.s=${s};`).join('\r\n ')
      : 'dkim=unknown;';
    out = yahooDelivery(raw, {
      relay: r.relay,
      envelope: r.envelope,
      results: `${dkim}\r\n spf=${r.spf} smtp.mailfrom=${env};\r\n dmarc=${r.dmarc}${policy ? `(p=${policy})` : ''} header.from=${r.from};`,
    });
  } else {
    out = onTop(
      raw,
      `Return-Path: <${r.envelope}>`,
      dovecotLmtp(BOX, r.envelope, rcpt, `kB198${n}dE3fG4hI5jK6lM7n`, BOXED),
      `Authentication-Results: ${BOX}; dmarc=${r.dmarc}${policy ? ` (p=${policy} dis=none)` : ''} header.from=${r.from}`,
      ...r.dkim.map(
        ([d, s, res]) =>
          `Authentication-Results: ${BOX};\r\n\tdkim=${res}${res === 'pass' ? ' (2048-bit key; unprotected)' : ' reason="signature verification failed"'} header.d=${d} header.i=@${d} header.a=rsa-sha256 header.s=${s} header.b=Q29ycHVz`,
      ),
      `Authentication-Results: ${BOX}; spf=${r.spf} smtp.mailfrom=${r.envelope}`,
      `Received-SPF: ${r.spf[0]!.toUpperCase()}${r.spf.slice(1)} (mailfrom) identity=mailfrom; client-ip=${r.relay.ip}; helo=${r.relay.helo}; envelope-from=${r.envelope}; receiver=<UNKNOWN>`,
      `Received: from ${r.relay.helo} (${r.relay.rdns} [${r.relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw198${n}a2\r\n\tfor <${rcpt}>; ${BOXED}`,
    );
  }
  return above.length ? onTop(out, ...above) : out;
}

// ---- DNS ----
const ATTACKER_ZONE = { ...authenticZone(AT, ATTACKER_IP), ...ptr(ATTACKER_IP, ATTACKER_RELAY.rdns) };
const bankZone = (
  dmarc: Record<string, unknown> = { TXT: ['v=DMARC1; p=reject; rua=mailto:dmarc@northbank.example'] },
  spf: string[] = ['v=spf1 ip4:192.0.2.0/24 -all'],
) => ({
  [NB]: { TXT: spf },
  [`_dmarc.${NB}`]: dmarc,
  ...BANK_KEY,
  ...ptr(BANK_IP, BANK_RELAY.rdns),
  ...ATTACKER_ZONE,
});
const ZONE = bankZone();

// ---- Messages ----
const LURE_BODY =
  'Dear customer,\r\n\r\nyour card has been blocked after an unusual payment. Confirm it within 24 hours:\r\nhttps://northbank-verify.example/confirm\r\n\r\nNorthbank Customer Security\r\n';
const NOTICE_BODY =
  'Dear customer,\r\n\r\nyour November statement is ready in online banking.\r\n\r\nNorthbank\r\n';

const lure = (n: string, from = `Northbank Security <security@${NB}>`, extra: string[] = []) =>
  submitted({
    from,
    subject: 'Your card has been blocked',
    date: SENT,
    messageId: `<198${n}.blocked@mail.attacker.example>`,
    body: LURE_BODY,
    extraHeaders: extra,
  });

/** The bank's genuine notice, signed nb1 (the corpus key), as it leaves mail.northbank.example. */
const notice = (n: string, from = `Northbank <alerts@${NB}>`, extra: string[] = []) =>
  signAll(
    submitted({
      from,
      subject: 'Your November statement is ready',
      date: SENT,
      messageId: `<stmt-198${n}@mail.northbank.example>`,
      body: NOTICE_BODY,
      extraHeaders: extra,
    }),
    [[NB, 'nb1']],
  );

/** The notice replayed with the lure's text: the bank's signature no longer verifies (body hash). */
const replayed = async (n: string) =>
  (await notice(n)).replace(NOTICE_BODY, LURE_BODY.replace('Northbank Customer Security', 'Northbank'));

/** What each provider records for the spoof from the attacker's server, envelope its own. */
const spoofRecord = (dkim: Array<[string, string, string]> = []): Recorded => ({
  relay: ATTACKER_RELAY,
  envelope: `bounce@${AT}`,
  from: NB,
  dkim,
  spf: 'pass',
  dmarc: 'fail',
  policy: 'reject',
});
const genuineRecord = (dmarc: Recorded['dmarc'] = 'pass', spf: Recorded['spf'] = 'pass'): Recorded => ({
  relay: BANK_RELAY,
  envelope: `alerts@${NB}`,
  from: NB,
  dkim: [[NB, 'nb1', 'pass']],
  spf,
  dmarc,
  policy: 'reject',
});

const SPOOFED: CaseExpectation = { verdict: 'spoofed' };
const SPOOFED_SKIPPED: CaseExpectation = { verdict: 'spoofed', findings: ['auth-field-skipped'] };
const GENUINE: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** The genuine notice whose DNS answers badly: honest (authenticated or unverified), never a warning. */
const GENUINE_HONEST: CaseExpectation = { verdict: ['authenticated', 'unverified'] };

/** A DKIM-Signature whose first fold holds a white-space run of `n` spaces (mailauth's FWS trap). */
const bloatSignature = (raw: string, n: number) =>
  raw.replace(/^(DKIM-Signature: [^\r\n]*;)/m, `$1\r\n${' '.repeat(n)}`);

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, c);
  /** The case online (with its zone) and offline (none: the provider's record alone decides). */
  const offline = (c: Parameters<typeof emitCase>[1], offlineExpect: CaseExpectation = c.expect) => {
    emit(c);
    const { zone: _zone, ...rest } = c;
    emit({ ...rest, name: `${c.name.replace(/-online$/, '')}-offline`, expect: offlineExpect });
  };

  // ---- 1. Bounds ----
  for (const [i, reader] of READERS.entries()) {
    const n = `a${i}`;
    const raw = bloatSignature(await replayed(n), 100_000);
    offline(
      {
        name: `r198-${reader}-bank-replay-sig-folded-100k-spaces-online`,
        class: 'bounds',
        about: `Attack: the bank's genuine notice (d=${NB} s=nb1) with the lure's text in place of the statement, sent from the attacker's server with its own envelope; the bank's now failing signature is folded with a 100,000-space run so the verifier leaves it out (MAX_FWS_RUN). The provider recorded the failing signature and dmarc=fail (p=reject). Wanted: spoofed, the skipped signature said (online); offline the provider's fail decides.`,
        eml: deliver(raw, reader, spoofRecord([[NB, 'nb1', 'fail']]), n),
        args: argsFor(reader),
        zone: ZONE,
        expect: SPOOFED_SKIPPED,
      },
      SPOOFED,
    );
  }
  // The attacker's own passing signature first, 1,500 filler fields, the bank's failing one last.
  const filler = Array.from(
    { length: 1500 },
    (_, k) => `X-Campaign-Trace-${k}: cid=${(k * 7919).toString(36)}; seg=${k % 17}; ts=1763632798`,
  );
  for (const [i, reader] of (['gmail', 'outlook', 'box'] as Reader[]).entries()) {
    const n = `b${i}`;
    const bankSig = /^DKIM-Signature:[^\r\n]*(?:\r\n[ \t][^\r\n]*)*/m.exec(await replayed(n))![0];
    const withBank = lure(n, `Northbank Security <security@${NB}>`, [...filler, bankSig]);
    const signed = await signAll(withBank, [[AT, 's1']]);
    offline({
      name: `r198-${reader}-bank-failing-sig-after-1500-fields-own-pass-first-online`,
      class: 'bounds',
      about: `Attack: the attacker's own fully passing signature (d=${AT}) on top, 1,500 campaign-trace fields, the bank's copied signature (now failing) last, From the bank: over MAX_FIELDS_AS_IS the verifier sees a pruned header block. The provider recorded dkim=pass for ${AT}, dkim=fail for ${NB}, dmarc=fail. Wanted: spoofed online and offline; the prune must not turn the bank's fail into nothing that helps.`,
      eml: deliver(
        signed,
        reader,
        spoofRecord([
          [AT, 's1', 'pass'],
          [NB, 'nb1', 'fail'],
        ]),
        n,
      ),
      args: argsFor(reader),
      zone: ZONE,
      expect: SPOOFED,
    });
  }
  // Gmail/Yahoo list one dkim= result per signature: nine passing signatures of the attacker's
  // throwaway domains before the provider's spf= and dmarc=fail.
  {
    const doms = Array.from({ length: 9 }, (_, k) => `s${k}.${AT}`);
    for (const [i, reader] of (['gmail', 'yahoo'] as Reader[]).entries()) {
      const n = `c${i}`;
      const signed = await signAll(
        lure(n),
        doms.map((d) => [d, 's1'] as [string, string]),
      );
      const zone = { ...ZONE, ...Object.fromEntries(doms.map((d) => [`s1._domainkey.${d}`, KEY()])) };
      offline({
        name: `r198-${reader}-nine-dkim-results-before-provider-dmarc-fail-online`,
        class: 'bounds',
        about: `Attack: the lure signed nine times by throwaway subdomains of ${AT}, so the provider's one Authentication-Results lists nine dkim=pass results before its spf= and its dmarc=fail (p=reject) for ${NB}: a reader that stops at the n-th result never sees the fail. Wanted: spoofed.`,
        eml: deliver(signed, reader, spoofRecord(doms.map((d) => [d, 's1', 'pass'])), n),
        args: argsFor(reader),
        zone,
        expect: SPOOFED,
      });
    }
  }
  // A NUL / a bare CR in a field right above a forged copy of the provider's own pass.
  for (const [k, [sep, label]] of (
    [
      ['\0', 'nul'],
      ['\r', 'bare-cr'],
    ] as const
  ).entries()) {
    for (const [i, reader] of (['gmail', 'yahoo', 'box'] as Reader[]).entries()) {
      const n = `d${k}${i}`;
      const id =
        reader === 'gmail'
          ? 'mx.google.com'
          : reader === 'yahoo'
            ? 'atlas-production.v2.mail-mta4231.mail.ne1.yahoo.com'
            : BOX;
      const forged = `X-Antivirus: clean${sep}Authentication-Results: ${id};\r\n dkim=pass header.i=@${NB} header.s=nb1;\r\n spf=pass smtp.mailfrom=${NB};\r\n dmarc=pass (p=REJECT) header.from=${NB}`;
      const raw = lure(n, `Northbank Security <security@${NB}>`, [forged]);
      emit({
        name: `r198-${reader}-forged-own-pass-after-${label}-in-field-offline`,
        class: 'bounds',
        about: `Attack: under the provider's real record (dmarc=fail, p=reject) the sender wrote "X-Antivirus: clean" then a ${label === 'nul' ? 'NUL' : 'bare CR'} and a copy of the provider's own Authentication-Results with dmarc=pass, hoping a parser that ends the field there sees a second record of the provider. Offline: only the provider's record decides. Wanted: spoofed.`,
        eml: deliver(raw, reader, spoofRecord(), n),
        args: argsFor(reader),
        expect: SPOOFED,
      });
    }
  }

  // ---- 2. DNS that fails for one name ----
  for (const [i, reader] of READERS.entries()) {
    const n = `e${i}`;
    emit({
      name: `r198-${reader}-bank-dmarc-servfail-provider-recorded-fail-online`,
      class: 'dns-failure',
      about: `Attack (luck): the lure from the attacker's server while ${NB}'s _dmarc answers SERVFAIL to HeaderLens's resolver; the provider resolved it and recorded dmarc=fail (p=reject). HeaderLens's own DMARC is temperror. Wanted: spoofed: the provider's firm fail stands, a failed lookup must not raise it.`,
      eml: deliver(lure(n), reader, spoofRecord(), n),
      args: argsFor(reader),
      zone: bankZone({ SERVFAIL: true }),
      expect: SPOOFED,
    });
  }
  // The bank's replayed signature (body replaced) while its key answers SERVFAIL / its _dmarc times out.
  for (const [i, reader] of READERS.entries()) {
    const n = `e5${i}`;
    emit({
      name: `r198-${reader}-bank-replay-key-servfail-provider-recorded-fail-online`,
      class: 'dns-failure',
      about: `Attack (luck): the bank's notice replayed with the lure's text from the attacker's server while nb1._domainkey.${NB} answers SERVFAIL to HeaderLens (the aligned signature is temperror, so its DMARC is undecided); the provider fetched the key at delivery and recorded dkim=fail, dmarc=fail (p=reject). Wanted: spoofed.`,
      eml: deliver(await replayed(n), reader, spoofRecord([[NB, 'nb1', 'fail']]), n),
      args: argsFor(reader),
      zone: { ...ZONE, [`nb1._domainkey.${NB}`]: { SERVFAIL: true } },
      expect: SPOOFED,
    });
  }
  // The bank's SPF answers SERVFAIL to HeaderLens while the lure uses the bank's own envelope: the
  // aligned SPF is temperror, so our DMARC is undecided; the provider recorded spf=fail, dmarc=fail.
  for (const [i, reader] of (['gmail', 'outlook'] as Reader[]).entries()) {
    const n = `e6${i}`;
    emit({
      name: `r198-${reader}-bank-spf-servfail-bank-envelope-provider-fail-online`,
      class: 'dns-failure',
      about: `Attack (luck): the unsigned lure with the bank's own envelope (security@${NB}) from the attacker's server while ${NB}'s SPF record answers SERVFAIL to HeaderLens; the provider resolved it at delivery and recorded spf=fail, dmarc=fail (p=reject). Wanted: spoofed.`,
      eml: deliver(lure(n), reader, { ...spoofRecord(), envelope: `security@${NB}`, spf: 'fail' }, n),
      args: argsFor(reader),
      zone: { ...ZONE, [NB]: { SERVFAIL: true } },
      expect: SPOOFED,
    });
  }
  // A long SPF record in many strings (RFC 7208 §3.3: concatenated without spaces), genuine.
  {
    const terms = Array.from({ length: 60 }, (_, k) => `ip4:198.51.100.${k * 4}/30`);
    const record = `v=spf1 ip4:192.0.2.0/24 ${terms.join(' ')} -all`;
    const chunks = record.match(/.{1,200}/g)!;
    const n = 'e7';
    emit({
      name: 'r198-yahoo-genuine-bank-spf-record-in-many-strings-signed',
      class: 'dns-failure',
      about: `Genuine: the bank's signed statement from its own server; its SPF record is ${record.length} characters published as ${chunks.length} TXT strings of 200 (split inside terms, as DNS panels do). Wanted: authenticated.`,
      eml: deliver(await notice(n), 'yahoo', genuineRecord(), n),
      args: argsFor('yahoo'),
      zone: { ...ZONE, [NB]: { TXT: [chunks] } },
      expect: GENUINE,
    });
  }
  emit({
    name: 'r198-outlook-bank-dmarc-timeout-provider-recorded-fail-online',
    class: 'dns-failure',
    about: `Attack (luck): the unsigned lure read in Outlook while _dmarc.${NB} times out for HeaderLens; EOP recorded dmarc=fail action=oreject, compauth=fail. Wanted: spoofed (as offline, where EOP's record decides).`,
    eml: deliver(lure('e8'), 'outlook', spoofRecord(), 'e8'),
    args: argsFor('outlook'),
    zone: bankZone({ TIMEOUT: true }),
    expect: SPOOFED,
  });
  emit({
    name: 'r198-outlook-genuine-bank-dmarc-servfail-signed',
    class: 'dns-failure',
    about: `Genuine: the bank's signed statement from its own server read in Outlook while HeaderLens's resolver gets SERVFAIL for _dmarc.${NB}; EOP recorded dkim=pass, dmarc=pass. Wanted: authenticated or unverified, never a warning.`,
    eml: deliver(await notice('e9'), 'outlook', genuineRecord(), 'e9'),
    args: argsFor('outlook'),
    zone: bankZone({ SERVFAIL: true }),
    expect: GENUINE_HONEST,
  });
  for (const [i, reader] of (['gmail', 'box'] as Reader[]).entries()) {
    const n = `f${i}`;
    emit({
      name: `r198-${reader}-bank-dmarc-timeout-provider-temperror-online`,
      class: 'dns-failure',
      about: `Attack (luck): ${NB}'s _dmarc times out for the provider and for HeaderLens; the provider recorded dmarc=temperror. Unsigned lure, the attacker's envelope. Wanted: never authenticated; the honest reading is that the bank's policy could not be read.`,
      eml: deliver(lure(n), reader, { ...spoofRecord(), dmarc: 'temperror' }, n),
      args: argsFor(reader),
      zone: bankZone({ TIMEOUT: true }),
      expect: { notVerdict: ['authenticated'], fields: { 'dmarc.result': 'temperror' } },
    });
    emit({
      name: `r198-${reader}-genuine-bank-dmarc-timeout-signed`,
      class: 'dns-failure',
      about: `Genuine: the bank's signed statement from its own server while its _dmarc times out (provider: dkim=pass, spf=pass, dmarc=temperror). Wanted: authenticated or unverified; never spoofed or suspicious.`,
      eml: deliver(await notice(n), reader, genuineRecord('temperror'), n),
      args: argsFor(reader),
      zone: bankZone({ TIMEOUT: true }),
      expect: GENUINE_HONEST,
    });
  }
  // DMARC records written oddly. What the provider records is what a strict parser makes of them.
  // The last member: what a careful analyst wants for the spoof. A record that is no DMARC record by
  // RFC 7489's ABNF (`%x44 %x4d %x41 %x52 %x43 %x31`: "DMARC1" in capitals) or acts as p=none
  // (§6.6.3: no valid p=, a valid rua=) leaves the bank's name unprotected: unverified is honest.
  const UNPROTECTED: CaseExpectation = { notVerdict: ['authenticated'] };
  // Per record: what Gmail (strict here: RFC 7489 §6.6.3 step 3 discards a record that does not
  // start with "v=DMARC1"; the ABNF's %x44 %x4d %x41 %x52 %x43 %x31 is case-sensitive) and what
  // OpenDMARC on the box records (libopendmarc/opendmarc_policy.c opendmarc_policy_parse_dmarc:
  // strcasecmp on the tag name "v" and on "DMARC1", an unknown first tag skipped, no p= is
  // DMARC_PARSE_ERROR_NO_REQUIRED_P: no policy, written here as dmarc=permerror), and what a careful analyst wants.
  type Odd = [
    string,
    string,
    Record<'gmail' | 'box', [Recorded['dmarc'], Recorded['policy'], CaseExpectation]>,
  ];
  const odd: Odd[] = [
    [
      'bom',
      '\uFEFFv=DMARC1; p=reject; rua=mailto:dmarc@northbank.example',
      { gmail: ['none', 'none', NOT_TRUSTED], box: ['fail', 'reject', SPOOFED] },
    ],
    [
      'upper-case',
      'V=DMARC1; P=REJECT; RUA=mailto:dmarc@northbank.example',
      { gmail: ['fail', 'reject', SPOOFED], box: ['fail', 'reject', SPOOFED] },
    ],
    [
      'lower-case-version',
      'v=dmarc1; p=reject; rua=mailto:dmarc@northbank.example',
      { gmail: ['none', 'none', UNPROTECTED], box: ['fail', 'reject', SPOOFED] },
    ],
    [
      'no-p-tag',
      'v=DMARC1; rua=mailto:dmarc@northbank.example',
      { gmail: ['fail', 'none', UNPROTECTED], box: ['permerror', 'none', UNPROTECTED] },
    ],
  ];
  const shown = (r: string) => r.replace('\uFEFF', '<U+FEFF>');
  for (const [j, [key, record, by]] of odd.entries()) {
    for (const [i, reader] of (['gmail', 'box'] as const).entries()) {
      const n = `g${j}${i}`;
      const [dmarc, policy, wanted] = by[reader];
      emit({
        name: `r198-${reader}-bank-dmarc-record-${key}-unsigned-lure-online`,
        class: 'dns-failure',
        about: `Attack: the lure from the attacker's server (its own envelope, unsigned) as ${NB}, whose DMARC record reads "${shown(record)}". The provider recorded dmarc=${dmarc}${policy === 'none' ? '' : ` (p=${policy})`}. Nothing authenticates the bank's name. Wanted: never authenticated; ${wanted === UNPROTECTED ? 'unverified is honest where neither reader finds a policy to enforce (no valid record, or RFC 7489 §6.6.3: no valid p=)' : "spoofed where a p=reject policy was read by the receiver or by HeaderLens (the receiver's firm fail stands over our none)"}.`,
        eml: deliver(lure(n), reader, { ...spoofRecord(), dmarc, policy }, n),
        args: argsFor(reader),
        zone: bankZone({ TXT: [record] }),
        expect: wanted,
      });
    }
    const n = `h${j}`;
    const gr = key === 'bom' || key === 'lower-case-version' ? 'gmail' : 'box';
    const recorded = by[gr][0];
    emit({
      name: `r198-${gr}-genuine-bank-dmarc-record-${key}-signed`,
      class: 'dns-failure',
      about: `Genuine: the bank's signed statement from its own server, its DMARC record "${shown(record)}"${key === 'bom' ? ' (saved from a Windows editor)' : ''}; the provider recorded dkim=pass for the bank and dmarc=${recorded === 'fail' ? 'pass' : recorded}. Wanted: authenticated or unverified, never a warning: the provider and HeaderLens agree the bank's signature passed.`,
      eml: deliver(await notice(n), gr, genuineRecord(recorded === 'fail' ? 'pass' : recorded), n),
      args: argsFor(gr),
      zone: bankZone({ TXT: [record] }),
      expect: GENUINE_HONEST,
    });
  }
  // Two v=spf1 records: SPF permerror for the bank's own envelope.
  const twoSpf = bankZone(undefined, [
    'v=spf1 ip4:192.0.2.0/24 -all',
    'v=spf1 include:_spf.esp.example ~all',
  ]);
  for (const [i, reader] of (['gmail', 'outlook', 'yahoo'] as Reader[]).entries()) {
    const n = `i${i}`;
    emit({
      name: `r198-${reader}-bank-two-spf-records-lure-bank-envelope-online`,
      class: 'dns-failure',
      about: `Attack: ${NB} publishes two v=spf1 records (SPF permerror, RFC 7208 §4.5); the lure uses the bank's own envelope from the attacker's server, unsigned. Provider: spf=permerror, dmarc=fail (p=reject). Wanted: spoofed.`,
      eml: deliver(lure(n), reader, { ...spoofRecord(), envelope: `security@${NB}`, spf: 'permerror' }, n),
      args: argsFor(reader),
      zone: twoSpf,
      expect: SPOOFED,
    });
  }
  emit({
    name: 'r198-outlook-genuine-bank-two-spf-records-signed',
    class: 'dns-failure',
    about: `Genuine: the bank's signed statement from its own server while it publishes two v=spf1 records (SPF permerror). DKIM aligns. Wanted: authenticated.`,
    eml: deliver(await notice('j0'), 'outlook', genuineRecord('pass', 'permerror'), 'j0'),
    args: argsFor('outlook'),
    zone: twoSpf,
    expect: GENUINE,
  });
  // The attacker's own DKIM key as a 96 KB TXT (384 strings of 250): must not stall or crash.
  {
    const huge = Array.from({ length: 384 }, (_, k) =>
      (k === 0 ? 'v=DKIM1; k=rsa; p=' : '').padEnd(250, 'A'),
    );
    for (const [i, reader] of (['gmail', 'box'] as Reader[]).entries()) {
      const n = `k${i}`;
      const signed = await signAll(lure(n), [[AT, 'big']]);
      emit({
        name: `r198-${reader}-attacker-key-96kb-txt-bank-lure-online`,
        class: 'dns-failure',
        about: `Attack: the lure as ${NB}, signed by ${AT} with selector "big" whose key record is a 96 KB TXT of 384 strings (hostile: a resolver or parser stall). Provider: dkim=permerror for ${AT}, dmarc=fail. Wanted: spoofed, no hang.`,
        eml: deliver(signed, reader, spoofRecord([[AT, 'big', 'permerror']]), n),
        args: argsFor(reader),
        zone: { ...ZONE, [`big._domainkey.${AT}`]: { TXT: [huge] } },
        expect: SPOOFED,
      });
    }
  }

  // ---- 3. Header values aimed at the report ----
  const hostile: Array<[string, string]> = [
    ['img-onerror', '"Northbank <img src=x onerror=alert(document.cookie)>"'],
    ['markdown-js-link', '"[Northbank Security](javascript:alert(1)) | `x` |"'],
    [
      'encoded-crlf-forged-results',
      '=?UTF-8?Q?Northbank_Security=0D=0AAuthentication-Results=3A_mx=2Egoogle=2Ecom=3B_dmarc=3Dpass?=',
    ],
    [
      'encoded-crlf-base64',
      '=?UTF-8?B?Tm9ydGhiYW5rIFNlY3VyaXR5DQpGcm9tOiBzZWN1cml0eUBub3J0aGJhbmsuZXhhbXBsZQ==?=',
    ],
    [
      'raw-colon-in-q-word',
      '=?UTF-8?Q?Northbank_Security=0D=0AAuthentication-Results:_mx.google.com;_dmarc=pass?=',
    ],
    ['bidi-override-name', '"Northbank \u202Eelpmaxe.knabhtron@ytiruces\u202C"'],
  ];
  for (const [j, [key, name]] of hostile.entries()) {
    for (const [i, reader] of (['gmail', 'outlook'] as Reader[]).entries()) {
      const n = `m${j}${i}`;
      offline({
        name: `r198-${reader}-bank-lure-name-${key}-online`,
        class: 'report-injection',
        about: `Attack: the lure as security@${NB} from the attacker's server with the display name ${JSON.stringify(name)}: HTML, a Markdown link, a cell-breaking pipe, a CRLF and a forged result line inside an encoded-word, or a right-to-left override, aimed at the report and the popup. Provider: dmarc=fail (p=reject). Wanted: spoofed; in the report the name stays one inert line.`,
        eml: deliver(lure(n, `${name} <security@${NB}>`), reader, spoofRecord(), n),
        args: argsFor(reader),
        zone: ZONE,
        // A raw ":" and ";" are not allowed in a Q-word in a phrase (RFC 2047 §5(3)): the field
        // then reads as a group before the bank's address (from-unparseable, suspicious).
        expect:
          key === 'raw-colon-in-q-word'
            ? NOT_TRUSTED
            : { ...SPOOFED, fields: { 'from.address': `security@${NB}`, 'from.domain': NB } },
      });
    }
  }
  // Zero-width and bidi characters inside the From domain the reason sentence names.
  const domains: Array<[string, string]> = [
    ['zwsp', `north\u200Bbank.example`],
    ['rlo', `northbank\u202E.example`],
    ['zwj', `north\u200Dbank.example`],
  ];
  for (const [j, [key, dom]] of domains.entries()) {
    const n = `p${j}`;
    emit({
      name: `r198-yahoo-bank-lure-domain-${key}-online`,
      class: 'report-injection',
      about: `Attack: the lure from security@${JSON.stringify(dom).slice(1, -1)} (the bank's name with an invisible character), sent from the attacker's server; Yahoo recorded dmarc=fail for what it read. Wanted: never trusted; the domain in the reason sentence shows the character escaped.`,
      eml: deliver(
        lure(n, `Northbank Security <security@${dom}>`),
        'yahoo',
        { ...spoofRecord(), from: dom },
        n,
      ),
      args: argsFor('yahoo'),
      zone: ZONE,
      expect: NOT_TRUSTED,
    });
  }
  // Genuine: real names with pipes, backticks and brackets.
  const names: Array<[string, string]> = [
    ['pipe-backticks', '"Northbank | Ops `prod` alerts"'],
    ['brackets-angle', '"Northbank [Statements] <no-reply>"'],
  ];
  for (const [j, [key, name]] of names.entries()) {
    for (const [i, reader] of (['box', 'yahoo'] as Reader[]).entries()) {
      const n = `q${j}${i}`;
      emit({
        name: `r198-${reader}-genuine-bank-name-${key}`,
        class: 'report-injection',
        about: `Genuine: the bank's signed statement with the display name ${name} (its alerting system's), from its own server. Wanted: authenticated.`,
        eml: deliver(await notice(n, `${name} <alerts@${NB}>`), reader, genuineRecord(), n),
        args: argsFor(reader),
        zone: ZONE,
        expect: GENUINE,
      });
    }
  }
}

// What reads wrong today (ALL=1 scripts/scratch/pend.ts: 90 cases, these 4 miss):
// 1. r198-outlook-bank-dmarc-servfail-provider-recorded-fail-online,
//    r198-outlook-bank-dmarc-timeout-provider-recorded-fail-online,
//    r198-outlook-bank-spf-servfail-bank-envelope-provider-fail-online: read UNVERIFIED
//    (dmarc-temperror info, return-path-differs / spf-temperror info); should read spoofed, as the
//    same message reads offline (receiver-recorded-fail high) and as Gmail, Yahoo and the box read
//    it online (their trusted dmarc=fail outranks our temperror in lib/findings/auth-state.ts
//    dmarcState). Outlook's profile trusts no authserv-id, so analysis.provider is null and only
//    lib/findings/receiver-record.ts recordedFail reads EOP's record; online it does so only when
//    `st.unreliable` or when the temperror comes from an unhashed body
//    (`a.meta.bounds?.bodyHashed === false`), not when a DNS lookup failed (lib/analyze.ts
//    undecidedByDnsFault: SERVFAIL/TIMEOUT of _dmarc or of the aligned SPF record). A failing
//    resolver (DoH blocked or rate-limited, a flaky authoritative server) thus lifts an Outlook
//    spoof from spoofed to unverified. (An aligned key's SERVFAIL reads right: the replayed
//    signature's body hash fails first.) Smallest fix: in recordedFail, online, count any
//    `st.result === 'temperror'` as undecided unless `a.origin.receiverMxUnknown` is set (the
//    backup-MX carve-out dmarcState keeps), and require there what offline requires (enforcedFail:
//    action=oreject/quarantine and compauth=fail). Genuine mail it could hurt: mail EOP itself
//    failed and junked at arrival (an unknown forwarder without ARC) read while our DNS fails:
//    spoofed instead of unverified, as offline already reads it. The control
//    r198-outlook-genuine-bank-dmarc-servfail-signed (EOP recorded pass) stays unverified.
// 2. r198-gmail-genuine-bank-dmarc-record-bom-signed: the bank's signed notice, its DMARC record
//    saved with a leading U+FEFF. HeaderLens reads the record (String.prototype.trim drops U+FEFF)
//    and DMARC passes; a receiver that discards it (RFC 7489 §6.6.3: a record not starting with
//    "v=DMARC1") records dmarc=none beside its own dkim=pass for the bank. Reads SUSPICIOUS
//    (provider-disagreement medium); should read authenticated (both verified the bank's aligned
//    signature; only the record's reading differs). At fault: lib/findings/provider.ts
//    providerRule `providerWorse` through RANK (none 1 < pass 2). The same record read as
//    dmarc=permerror (no RANK entry) raises nothing (r198-box-genuine-bank-dmarc-record-no-p-tag-
//    signed reads right), so the rule already treats "the provider found no usable policy" as no
//    disagreement in one spelling and as a warning in the other. Smallest fix: in diffs' DMARC
//    branch, a provider `none` beside our `pass` is no diff (or not "worse") when the provider's
//    record lists a pass for an aligned identity (dkim=pass header.d/header.i aligned with From,
//    or aligned spf=pass). It cannot lift a spoof: the provider would have to have recorded the
//    From's own aligned pass.
// Fixed on 2026-12-07 at 10:3x: pending 1 (lib/findings/receiver-record.ts recordedFail: online,
// where a DNS fault left our DMARC check at temperror and the reader's MX is known, Exchange
// Online's record decides as offline, an enforced fail only) and pending 2 (lib/findings/provider.ts:
// the provider's dmarc=none beside our pass is no worse judgement where its own results list an
// aligned signature passing: recordUnread, a low note).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
