// Red-team round 172: the published attack families, checked for gaps. Earlier rounds wrote the
// families mostly against the reader's own box (--authserv-id) and Gmail: espoofer.ts (espoofer's
// server_a1…a19 / client_a1…a3, Mailsploit), probe.ts, probe2.ts, probe4.ts, probe58.ts, probe79.ts
// (From shapes), probe143.ts (h=from:from), probe45/99/141/142/147/166.ts (ARC), probe24b/26/27.ts
// (cloud replay). `grep -rlF` of each trait below over test/corpus at the round's start found the
// trait, but almost never in a Yahoo Mail delivery (the 2025 omega layout) and seldom in Exchange
// Online's: this round writes each family's variants that no round wrote, in Gmail's, Exchange
// Online's and Yahoo's layouts, each provider's record "fooled" the way the paper found receivers
// fooled (it names the domain IT parsed), online (a zone: HeaderLens re-checks everything).
// 1. Ambiguous From (Chen et al., "Composition Kills", USENIX Security 2020, §5; espoofer
//    testcases.py server_a8…a19; Mailsploit 2017): two From fields with TAB before the first one's
//    colon (probe4 wrote one such field alone), a group holding the bank's address before the
//    attacker's mailbox (new), an RFC 2047 encoded word hiding the bank's address and a comma
//    (`=2C`, new), a two-hop route `<@bank,@mail.bank:x@attacker>` (espoofer's a16 routes the other
//    way), an encoded NUL after the bank's address (Mailsploit; box only before), a lone CR
//    splitting one From into two lines (box only before), a raw UTF-8 homograph domain (SMTPUTF8)
//    with its A-label registered. Controls: the bank's own notice with an encoded-word display name
//    and a folded, commented one.
// 2. Ambiguous identifiers (Shen et al., "Weak Links in Authentication Chains", USENIX Security
//    2021; espoofer server_a5): MAIL FROM with a parenthesis read by Yahoo as the bank's (Yahoo new);
//    controls: an empty MAIL FROM checked on the HELO name (bounces, RFC 7208 §2.4), `d=` in upper
//    case, From oversigned.
// 3. Replay (the "DKIM replay" write-ups; Shen et al. §5.2): the bank's genuine notice, From signed
//    once, re-sent from an EC2 host in eu-central-1 with a second From, a second Subject, or a new To
//    added above the signed ones.
// 4. ARC: a forged set claiming Google as sealer (its key is not the seal's), and a cv=pass chain of
//    the attacker's own sealer whose first hop's ARC-Authentication-Results say the bank passed.
// Layouts (learnt by earlier rounds from public raw messages, reused through receivers.ts):
// Gmail's entry and one header (gmailDelivery); Exchange Online's entry, EOP's id-less results and
// organisation rows (eopDelivery, test/fixtures/legit/README-m365.md); Yahoo's 2025 omega block
// with `arc_overridden_status=NOT_OVERRIDDEN` after each result and `dmarc=pass(p=REJECT)` (as
// probe102.ts / realworld53 / realworld56 record them: herongyang.com's atlas sample, itecnotes.com's
// mta sample, search corpus "pages"). EC2's reverse names `ec2-a-b-c-d.<region>.compute.amazonaws.com`
// (AWS's documentation). Names and addresses: documentation ones, except Google's, Microsoft's,
// Yahoo's and Amazon's own hosts and ranges (3.120.0.0/14 is AWS eu-central-1).
import { domainToASCII } from 'node:url';
import type { CaseExpectation } from '../../helpers/corpus';
import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { dkimRaw } from '../../helpers/raw-sign';
import {
  ATTACKER_IP,
  authenticZone,
  BANK,
  BANK_IP,
  BANK_KEY,
  emitCase,
  KEY,
  NOT_TRUSTED,
  ptr,
  type Relay,
  SIGNED,
} from '../kit';
import { sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { eopDelivery, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf, yahooOmega } from '../receivers';
import { ATTACKER_RELAY, BANK_RELAY, probeCorpus } from '../rounds-kit';

const NB = 'northbank.example';
const ATT = 'attacker.example';
const HOMO = 'nоrthbank.example'; // Cyrillic о (U+043E)
const HOMO_A = domainToASCII(HOMO); // xn--nrthbank-nbh.example
const EC2: Relay = {
  helo: 'ec2-3-120-1-10.eu-central-1.compute.amazonaws.com',
  rdns: 'ec2-3-120-1-10.eu-central-1.compute.amazonaws.com',
  ip: '3.120.1.10',
};
const CLOUD_ENV = `bounce@cloud.${ATT}`;

const ZONE: Record<string, unknown> = {
  ...BANK,
  ...BANK_KEY,
  ...ptr(BANK_IP, BANK_RELAY.rdns),
  ...ptr(ATTACKER_IP, ATTACKER_RELAY.rdns),
  ...ptr(EC2.ip, EC2.rdns),
  ...authenticZone(ATT, ATTACKER_IP),
  ...authenticZone(HOMO_A, ATTACKER_IP),
  [`cloud.${ATT}`]: { TXT: [`v=spf1 ip4:${EC2.ip} -all`] },
  // The bank's own bounces leave with MAIL FROM:<> and HELO mail.northbank.example (RFC 7208 §2.3).
  [BANK_RELAY.helo]: { A: [BANK_IP], TXT: ['v=spf1 a -all'] },
  // The attacker's own ARC sealer (its key published: its seals verify).
  [`arc._domainkey.lists.${ATT}`]: KEY(),
};

type Reader = 'gmail' | 'outlook' | 'yahoo';
const READERS: Reader[] = ['gmail', 'outlook', 'yahoo'];
const RCPT: Record<Reader, string> = {
  gmail: 'robin.reader@gmail.com',
  outlook: 'robin.reader@outlook.example',
  yahoo: 'robin.reader@yahoo.com',
};
const ARGS: Record<Reader, string[]> = {
  gmail: ['--webmail', 'gmail'],
  outlook: ['--webmail', 'outlook'],
  yahoo: ['--webmail', 'yahoo'],
};
const AUTHENTICATED: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
const NOT_AUTHENTICATED: CaseExpectation = { notVerdict: ['authenticated'] };

/** What the provider recorded: each signature's result, SPF for the envelope, DMARC for `from`. */
interface Record172 {
  dkim: Array<[string, string, string]>;
  spf: string;
  from: string;
  dmarc: string;
  policy?: string;
  arc?: string;
}

const NO = ' arc_overridden_status=NOT_OVERRIDDEN;';
const envDomain = (env: string) => (env === '' ? BANK_RELAY.helo : env.slice(env.lastIndexOf('@') + 1));

/** `raw` as `reader`'s provider delivers it from `relay` with MAIL FROM `env`, its record `r`. */
function deliver(reader: Reader, raw: string, relay: Relay, env: string, r: Record172, n: string): string {
  const policy = r.policy ?? 'REJECT';
  const md = envDomain(env);
  if (reader === 'gmail') {
    const spfLine =
      env === ''
        ? `spf=${r.spf} (google.com: domain of postmaster@${md} designates ${relay.ip} as permitted sender) smtp.helo=${md};`
        : gmailSpf(env, relay.ip, r.spf);
    return gmailDelivery(raw, {
      relay,
      envelope: env,
      results: [
        ...r.dkim.map(([d, s, res]) => gmailDkim(d, s, res)),
        ...(r.arc ? [r.arc] : []),
        spfLine,
        gmailDmarc(r.from, policy, r.dmarc),
      ].join('\r\n       '),
      ids: [`x172csp${n}pxa`, `a172si${n}qtb.172`],
      spf: r.spf === 'pass' ? 'pass' : 'softfail',
      deliveredTo: true,
      to: RCPT.gmail,
    });
  }
  if (reader === 'outlook') {
    const dkim = r.dkim.length
      ? r.dkim.map(([d, , res]) => `dkim=${res} (signature was verified)\r\n header.d=${d}`).join(';')
      : 'dkim=none (message not signed)\r\n header.d=none';
    const ok = r.dmarc === 'pass';
    return eopDelivery(raw, {
      ip: relay.ip,
      helo: relay.helo,
      ar: `spf=${r.spf} (sender IP is ${relay.ip})\r\n smtp.${env === '' ? 'helo' : 'mailfrom'}=${md}; ${dkim};${r.arc ? ` ${r.arc};` : ''}dmarc=${r.dmarc} action=${ok ? 'none' : 'oreject'}\r\n header.from=${r.from};compauth=${ok ? 'pass reason=100' : 'fail reason=000'}`,
      spf: `${r.spf === 'pass' ? 'Pass' : 'Fail'} (protection.outlook.com: domain of ${md} ${r.spf === 'pass' ? 'designates' : 'does not designate'}\r\n ${relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${relay.ip}; helo=${relay.helo}; pr=C`,
      returnPath: env === '' ? '<>' : env,
    });
  }
  const dkim = r.dkim.length
    ? r.dkim.map(([d, s, res]) => `dkim=${res} header.i=@${d} header.s=${s};${NO}`)
    : [`dkim=neutral(no sig);${NO}`];
  return yahooOmega(
    raw,
    {
      ip: relay.ip,
      helo: relay.helo,
      envelope: env,
      spf: `${r.spf} (domain of ${md} designates ${relay.ip} as permitted sender)`,
      ar: [
        ...dkim,
        `spf=${r.spf} smtp.${env === '' ? 'helo' : 'mailfrom'}=${md};${NO}`,
        ...(r.arc ? [`${r.arc};${NO}`] : []),
        `dmarc=${r.dmarc}(p=${policy}) header.from=${r.from};${NO}`,
      ].join('\r\n '),
    },
    { tag: 'Probe172', pod: `dc172${n}`, inner: '10.253.62.172', to: RCPT.yahoo },
  );
}

/** A message whose From field is written as `fromLines` (one or more raw header lines). */
function withFrom(fromLines: string[], to: string, subject: string, body: string, id: string): string {
  const raw = submitted({ from: 'X <x@x.example>', to, subject, body, messageId: `<${id}@mail.${ATT}>` });
  return raw.replace('From: X <x@x.example>', fromLines.join('\r\n'));
}

const LURE_SUBJECT = 'Unusual sign-in: confirm your card today';
const LURE_BODY =
  'Dear customer,\r\n\r\nwe blocked a card payment. Confirm your card at https://northbank-secure.example/confirm\r\ntoday to avoid suspension.\r\n\r\nNorthbank Security\r\n';

interface FromVariant {
  key: string;
  lines: string[];
  about: string;
  /** The domain the fooled provider names (DMARC passes for it). */
  parsed?: string;
  signer?: string;
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

const FROM_VARIANTS: FromVariant[] = [
  {
    key: 'tab-colon-bank-field-then-attacker-field',
    lines: [`From\t: Northbank Security <security@${NB}>`, `From: <alerts@${ATT}>`],
    about: `two From fields: the first written "From<TAB>:" (RFC 5322 obs-optional, §4.5.5 "From" WSP ":"), naming the bank, the second the attacker's aligned address. A provider that only knows "From:" sees one From, the attacker's (DMARC passes for ${ATT}); a client that strips white space before the colon shows the first, the bank's`,
  },
  {
    key: 'group-holding-bank-then-attacker-mailbox',
    lines: [`From: Northbank Security: security@${NB};, <alerts@${ATT}>`],
    about: `an RFC 5322 group "Northbank Security: security@${NB};" (not allowed in From, §3.6.2) before the attacker's mailbox in one field: a parser that skips groups reads ${ATT} (DMARC passes), a display that prints the group shows the bank's name and address`,
  },
  {
    key: 'encoded-word-hides-bank-address-and-comma',
    lines: [`From: =?utf-8?Q?security=40northbank=2Eexample=2C?= <alerts@${ATT}>`],
    about: `an RFC 2047 Q encoded word whose text decodes to "security@${NB}," (the "@", "." and a comma all encoded, =40 =2E =2C), then the attacker's address: the decoded field looks like a list whose first address is the bank's; DMARC reads ${ATT} (passes)`,
  },
  {
    key: 'two-hop-route-bank-then-attacker-mailbox',
    lines: [`From: Northbank Security <@${NB},@mail.${NB}:alerts@${ATT}>`],
    about: `an RFC 5322 §4.4 obs-route with two hops, "<@${NB},@mail.${NB}:alerts@${ATT}>" (espoofer's a16 routes the attacker before the bank's mailbox; this is the reverse): the bank's names come first, the mailbox is the attacker's (DMARC passes for ${ATT})`,
  },
  {
    key: 'encoded-nul-after-bank-address',
    lines: [`From: =?utf-8?b?${b64(`security@${NB}\u0000`)}?= <alerts@${ATT}>`],
    about: `Mailsploit's form: an RFC 2047 B encoded word decoding to "security@${NB}" followed by NUL, so a C-string display stops there and shows only the bank's address; the mailbox is the attacker's (DMARC passes for ${ATT})`,
  },
  {
    key: 'lone-cr-splits-bank-and-attacker',
    lines: [`From: Northbank Security <security@${NB}>\rFrom: <alerts@${ATT}>`],
    about: `one From field holding a lone CR (no LF): "Northbank Security <security@${NB}>" CR "From: <alerts@${ATT}>". A parser that ends lines on CR sees two From fields, one that ends them on CRLF sees one field; the provider's record names ${ATT} (DMARC pass)`,
  },
  {
    key: 'raw-utf8-homograph-domain',
    lines: [`From: Northbank Security <security@${HOMO}>`],
    about: `a raw UTF-8 (SMTPUTF8) From domain "${HOMO}" with a Cyrillic "о", whose A-label ${HOMO_A} the attacker registered and authenticates (SPF, DKIM, DMARC pass)`,
    parsed: HOMO_A,
    signer: HOMO_A,
  },
];

/** Genuine bank notice, signed nb1, From as `fromLine`; `headerList` what is signed. */
const bankNotice = (fromLine: string, to: string, serial: string, headerList = SIGNED) =>
  signCorpus(
    submitted({
      from: fromLine,
      to,
      subject: 'Your statement is ready',
      messageId: `<stmt-20261120-${serial}@${NB}>`,
      body: 'Dear customer,\r\n\r\nyour November statement is ready in online banking.\r\n\r\nNorthbank\r\n',
    }),
    { domain: NB, selector: 'nb1', headerList },
  );

const BANK_PASS: Record172 = { dkim: [[NB, 'nb1', 'pass']], spf: 'pass', from: NB, dmarc: 'pass' };

/** Puts `lines` above the first header field of the signed message (below its signature). */
const aboveSigned = (signed: string, ...lines: string[]) => {
  const at = signed.search(/^From: /m);
  return `${signed.slice(0, at)}${lines.map((l) => `${l}\r\n`).join('')}${signed.slice(at)}`;
};

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, { ...c, zone: c.zone ?? ZONE });
  /** The same case online and offline (no zone: only the provider's record is read). */
  const both = (c: Parameters<typeof emitCase>[1], offline = c.expect) => {
    emit(c);
    emitCase(write, {
      ...c,
      name: `${c.name}-offline`,
      about: `${c.about} Offline (no DNS): the provider's record alone.`,
      expect: offline,
    });
  };
  let i = 0;
  const n = () => (i++).toString(36);

  // ---- 1. Ambiguous From, the provider fooled into DMARC for the attacker's parse ----
  for (const v of FROM_VARIANTS)
    for (const reader of READERS) {
      const signer = v.signer ?? ATT;
      const parsed = v.parsed ?? ATT;
      const raw = await signCorpus(
        withFrom(v.lines, RCPT[reader], LURE_SUBJECT, LURE_BODY, `172-${v.key}-${reader}`),
        { domain: signer, selector: 's1', headerList: SIGNED },
      );
      const relay = ATTACKER_RELAY;
      const env = `bounce@${signer}`;
      both({
        name: `r172-${reader}-from-${v.key}`,
        class: 'ambiguous-from',
        about: `Attack, read in ${reader}: ${v.about}. Sent from the attacker's own server (${relay.ip}), signed d=${signer}, MAIL FROM ${env}; the provider's record says dkim, spf and dmarc pass for ${parsed}. Wanted: never authenticated or unverified: the reader may be shown the bank, and nothing passes for the bank.`,
        eml: deliver(
          reader,
          raw,
          relay,
          env,
          { dkim: [[signer, 's1', 'pass']], spf: 'pass', from: parsed, dmarc: 'pass' },
          n(),
        ),
        args: ARGS[reader],
        expect: NOT_TRUSTED,
      });
    }

  // Controls: the bank's own notice, From written in legal but unusual forms.
  const FROM_CONTROLS: Array<[string, string, string]> = [
    [
      'encoded-word-display-name',
      `=?UTF-8?Q?Northbank_S=C3=A9curit=C3=A9_=28alertes=29?= <security@${NB}>`,
      'an RFC 2047 Q encoded display name ("Northbank Sécurité (alertes)") as the bank’s French notices write it',
    ],
    [
      'folded-commented-display-name',
      `"Northbank,\r\n Customer Security" (alerts desk)\r\n <security@${NB}>`,
      'a quoted display name with a comma, folded twice, and a comment before the address (Outlook-era clients fold long From fields)',
    ],
  ];
  for (const [key, from, what] of FROM_CONTROLS)
    for (const reader of READERS)
      both(
        {
          name: `r172-${reader}-control-bank-from-${key}`,
          class: 'ambiguous-from-control',
          about: `Genuine control, read in ${reader}: the bank's own notice from its server ${BANK_IP}, signed d=${NB} (nb1), MAIL FROM security@${NB}, its From ${what}. Wanted: authenticated.`,
          eml: deliver(
            reader,
            await bankNotice(from, RCPT[reader], `172${key.slice(0, 3)}${reader}`),
            BANK_RELAY,
            `security@${NB}`,
            BANK_PASS,
            n(),
          ),
          args: ARGS[reader],
          expect: AUTHENTICATED,
        },
        // Offline in Outlook, Exchange Online's pass is not taken (the design): unverified.
        reader === 'outlook' ? { verdict: 'unverified' } : AUTHENTICATED,
      );

  // ---- 2. Ambiguous identifiers ----
  {
    const raw = submitted({
      from: `Northbank Security <security@${NB}>`,
      to: RCPT.yahoo,
      subject: LURE_SUBJECT,
      body: LURE_BODY,
      messageId: `<172-paren-mailfrom@mail.${ATT}>`,
    });
    const env = `any@${NB}(.${ATT}`;
    emit({
      name: 'r172-yahoo-mailfrom-paren-read-as-bank',
      class: 'ambiguous-identifier',
      about: `Attack, read in Yahoo Mail (espoofer server_a5, Chen et al. §4.3): MAIL FROM <${env}>, unsigned, from the attacker's server. An SPF module queries the whole "${NB}(.${ATT}", which the attacker's DNS answers under ${ATT} (pass), while a DMARC module that cuts the domain at "(" aligns it with the From, ${NB}: Yahoo's record, as the paper found receivers writing it, says spf=pass smtp.mailfrom=${NB} and dmarc=pass. Wanted: spoofed (re-checked, SPF does not pass for the bank from ${ATTACKER_IP}, nothing aligned passes).`,
      eml: deliver(
        'yahoo',
        raw,
        ATTACKER_RELAY,
        env,
        { dkim: [], spf: 'pass', from: NB, dmarc: 'pass' },
        n(),
      ).replace(`smtp.mailfrom=${envDomain(env)}`, `smtp.mailfrom=${NB}`),
      args: ARGS.yahoo,
      expect: NOT_TRUSTED,
    });
  }
  for (const reader of ['outlook', 'yahoo'] as const)
    emit({
      name: `r172-${reader}-control-bank-bounce-empty-mailfrom-helo-spf`,
      class: 'ambiguous-identifier-control',
      about: `Genuine control, read in ${reader === 'outlook' ? 'Outlook' : 'Yahoo Mail'}: the bank's own notice sent as an auto-reply with MAIL FROM:<> (RFC 5321 §4.5.5) from mail.${NB}, whose HELO name publishes SPF ("v=spf1 a -all"; RFC 7208 §2.3, the HELO identity stands in for the empty MAIL FROM) and signed d=${NB}. Wanted: authenticated (DKIM aligned; the HELO pass is the bank's too).`,
      eml: deliver(
        reader,
        await bankNotice(`Northbank <noreply@${NB}>`, RCPT[reader], `172mt${reader}`),
        BANK_RELAY,
        '',
        { ...BANK_PASS },
        n(),
      ),
      args: ARGS[reader],
      expect: AUTHENTICATED,
    });
  for (const reader of ['gmail', 'outlook'] as const) {
    const signed = await signCorpus(
      submitted({
        from: `Northbank <alerts@${NB}>`,
        to: RCPT[reader],
        subject: 'Your statement is ready',
        messageId: `<stmt-20261120-172uc${reader}@${NB}>`,
        body: 'Your November statement is ready in online banking.\r\n',
      }),
      { domain: 'NorthBank.Example', selector: 'nb1', headerList: SIGNED },
    );
    emit({
      name: `r172-${reader}-control-bank-signature-d-upper-case`,
      class: 'ambiguous-identifier-control',
      about: `Genuine control, read in ${reader === 'gmail' ? 'Gmail' : 'Outlook'}: the bank's signer writes its domain as configured, "d=NorthBank.Example" (RFC 6376 §3.5: compared without regard to case), the From in lower case. Wanted: authenticated (aligned: DMARC compares domains case-insensitively).`,
      eml: deliver(
        reader,
        signed,
        BANK_RELAY,
        `alerts@${NB}`,
        { ...BANK_PASS, dkim: [['NorthBank.Example', 'nb1', 'pass']] },
        n(),
      ),
      args: ARGS[reader],
      expect: AUTHENTICATED,
    });
  }
  // Oversigned by hand (mailauth's signer lists each field once): h=from:from:…:subject:subject.
  const OVERSIGNED = [
    'from',
    'from',
    'to',
    'subject',
    'subject',
    'date',
    'message-id',
    'mime-version',
    'content-type',
  ];
  const oversigned = dkimRaw(
    submitted({
      from: `Northbank <alerts@${NB}>`,
      to: RCPT.yahoo,
      subject: 'Your statement is ready',
      messageId: `<stmt-20261120-172ovy@${NB}>`,
      body: 'Your November statement is ready in online banking.\r\n',
    }),
    (bh) =>
      `v=1; a=rsa-sha256; c=relaxed/relaxed; d=${NB}; s=nb1; t=1795168800; h=${OVERSIGNED.join(':')}; bh=${bh}; b=`,
    OVERSIGNED,
    corpusKeys().rsaPem,
  );
  emit({
    name: 'r172-yahoo-control-bank-from-oversigned',
    class: 'ambiguous-identifier-control',
    about: `Genuine control, read in Yahoo Mail: the bank oversigns From and Subject (h=from:from:…:subject:subject, RFC 6376 §8.15: no field of either name may be added). Wanted: authenticated.`,
    eml: deliver('yahoo', oversigned, BANK_RELAY, `alerts@${NB}`, BANK_PASS, n()),
    args: ARGS.yahoo,
    expect: AUTHENTICATED,
  });
  emit({
    name: 'r172-yahoo-replay-ec2-from-added-above-oversigned',
    class: 'dkim-replay',
    about: `Attack, read in Yahoo Mail: the same oversigned notice replayed from EC2 (${EC2.ip}) with a second From, "Northbank Fraud Team <fraud-desk@${ATT}>", added above: oversigning makes the bank's signature fail (the added From is covered by the second "from" of h=). Yahoo's record: dkim=fail, dmarc=fail. Wanted: spoofed.`,
    eml: deliver(
      'yahoo',
      aboveSigned(oversigned, `From: Northbank Fraud Team <fraud-desk@${ATT}>`),
      EC2,
      CLOUD_ENV,
      { dkim: [[NB, 'nb1', 'fail']], spf: 'pass', from: NB, dmarc: 'fail' },
      n(),
    ),
    args: ARGS.yahoo,
    expect: { verdict: 'spoofed' },
  });

  // ---- 3. Replay from EC2 with fields added above the signed ones ----
  const replay = async (
    reader: Reader,
    key: string,
    added: (to: string) => string[],
    what: string,
    signedTo = 'Jordan Mills <jordan.mills@customer.example>',
  ) => {
    const genuine = await bankNotice(
      `Northbank <alerts@${NB}>`,
      signedTo,
      `172rp${key.slice(0, 4)}${reader}`,
    );
    emit({
      name: `r172-${reader}-replay-ec2-${key}`,
      class: 'dkim-replay',
      about: `Attack, read in ${reader}: the bank's genuine notice (signed d=${NB}, h= naming From, To and Subject once each), which the attacker received at his own account, re-sent from an EC2 host (${EC2.ip}, eu-central-1) with MAIL FROM ${CLOUD_ENV} (SPF passes for the attacker's domain); ${what}. The bank's signature still verifies (DKIM reads the bottom-most instance of each field) and DMARC passes on it. Wanted: never authenticated.`,
      eml: deliver(
        reader,
        aboveSigned(genuine, ...added(RCPT[reader])),
        EC2,
        CLOUD_ENV,
        { dkim: [[NB, 'nb1', 'pass']], spf: 'pass', from: NB, dmarc: 'pass' },
        n(),
      ),
      args: ARGS[reader],
      expect: NOT_AUTHENTICATED,
    });
  };
  for (const reader of READERS)
    await replay(
      reader,
      'second-from-above',
      () => [`From: Northbank Fraud Team <fraud-desk@${ATT}>`],
      `a second From, "Northbank Fraud Team <fraud-desk@${ATT}>", added ABOVE the signed one (From is not oversigned); clients show the top one, the one replies go to`,
    );
  for (const reader of ['gmail', 'yahoo'] as const)
    await replay(
      reader,
      'second-from-above-same-address',
      () => [`From: "Northbank Fraud Team: call +44 20 7946 0991" <alerts@${NB}>`],
      `a second From with the bank's SAME address but a display name carrying a call-back number, added above the signed one: every address shown is the bank's, the words are the attacker's`,
    );
  for (const reader of ['outlook', 'yahoo'] as const)
    await replay(
      reader,
      'second-subject-above',
      () => ['Subject: Action needed: your card is blocked, call +44 20 7946 0991'],
      'a second Subject added above the signed one, carrying a call-back lure; the webmail shows the top Subject',
    );
  for (const reader of ['gmail', 'yahoo'] as const)
    await replay(
      reader,
      'new-to-above',
      (to) => [`To: ${to}`],
      'a To naming the reader added above the signed To (another customer, Jordan Mills), so the list of recipients shows the reader',
    );

  {
    const genuine = await bankNotice(`Northbank <alerts@${NB}>`, RCPT.yahoo, '172twosig');
    const edited = genuine.replace(
      'your November statement is ready in online banking.',
      'your card is blocked. Confirm it at https://northbank-secure.example/confirm today.',
    );
    emit({
      name: 'r172-yahoo-replay-edited-bank-sig-broken-attacker-sig-verifies',
      class: 'dkim-replay',
      about: `Attack, read in Yahoo Mail: the bank's genuine signed notice with its text replaced by a lure (the bank's body hash now fails), then signed again by the attacker (d=${ATT}, which verifies) and sent from EC2 with MAIL FROM ${CLOUD_ENV}. Two DKIM-Signatures: the one that verifies is not aligned, the aligned one fails. Yahoo's record: dkim=pass for ${ATT}, dkim=perm_fail for ${NB}, dmarc=fail. Wanted: spoofed.`,
      eml: deliver(
        'yahoo',
        await signCorpus(edited, { domain: ATT, selector: 's1', headerList: SIGNED }),
        EC2,
        CLOUD_ENV,
        {
          dkim: [
            [ATT, 's1', 'pass'],
            [NB, 'nb1', 'perm_fail'],
          ],
          spf: 'pass',
          from: NB,
          dmarc: 'fail',
        },
        n(),
      ),
      args: ARGS.yahoo,
      expect: { verdict: 'spoofed' },
    });
  }

  // ---- 4. ARC ----
  const lure = (to: string, id: string) =>
    submitted({
      from: `Northbank Security <security@${NB}>`,
      to,
      subject: LURE_SUBJECT,
      body: LURE_BODY,
      messageId: `<${id}@mail.${ATT}>`,
    });
  for (const reader of ['yahoo', 'outlook'] as const) {
    const sealed = await sealCorpus(lure(RCPT[reader], `172-arc-google-${reader}`), {
      domain: 'google.com',
      selector: 'arc-20240605',
      cv: 'none',
      authResults: `mx.google.com;\r\n       dkim=pass header.i=@${NB} header.s=nb1 header.b=Q29ycHVz;\r\n       spf=pass (google.com: domain of security@${NB} designates ${BANK_IP} as permitted sender) smtp.mailfrom=security@${NB};\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${NB}`,
    });
    emit({
      name: `r172-${reader}-arc-forged-google-sealer-unsigned-lure`,
      class: 'arc-forged',
      about: `Attack, read in ${reader === 'yahoo' ? 'Yahoo Mail' : 'Outlook'}: an unsigned bank lure from the attacker's server carrying an ARC set i=1 that claims d=google.com s=arc-20240605 (a sealer both providers trust) and whose ARC-Authentication-Results say Gmail saw dkim, spf and dmarc pass for ${NB}; the seal is made with the attacker's key, not Google's. The provider's record: arc=fail, dmarc=fail. Wanted: spoofed.`,
      eml: deliver(
        reader,
        sealed,
        ATTACKER_RELAY,
        `bounce@${ATT}`,
        { dkim: [], spf: 'pass', from: NB, dmarc: 'fail', arc: 'arc=fail (signature failed)' },
        n(),
      ),
      args: ARGS[reader],
      expect: { verdict: 'spoofed' },
    });
  }
  for (const reader of ['gmail', 'yahoo', 'outlook'] as const) {
    const aar = `lists.${ATT};\r\n dkim=pass header.d=${NB} header.s=nb1;\r\n spf=pass smtp.mailfrom=${NB};\r\n dmarc=pass header.from=${NB}`;
    const first = await sealCorpus(lure(RCPT[reader], `172-arc-chain-${reader}`), {
      domain: `lists.${ATT}`,
      cv: 'none',
      authResults: aar,
    });
    const second = await sealCorpus(first, {
      domain: `lists.${ATT}`,
      cv: 'pass',
      authResults: `lists.${ATT};\r\n arc=pass (i=1)`,
    });
    emit({
      name: `r172-${reader}-arc-cv-pass-chain-own-sealer-first-hop-says-pass`,
      class: 'arc-forged',
      about: `Attack, read in ${reader}: two ARC sets by the attacker's own sealer lists.${ATT} (its key published, so both seals verify and i=2 says cv=pass), the first hop's ARC-Authentication-Results saying dkim, spf and dmarc passed for ${NB}; the message itself is an unsigned bank lure that fails DMARC now. The provider's record: arc=pass, dmarc=fail. Wanted: not trusted (a valid chain only proves who sealed; an unknown sealer's word is no pass for the bank; suspicious is the design, as a genuine list of the same shape reads).`,
      eml: deliver(
        reader,
        second,
        ATTACKER_RELAY,
        `bounce@${ATT}`,
        {
          dkim: [],
          spf: 'pass',
          from: NB,
          dmarc: 'fail',
          arc: `arc=pass (i=2 spf=pass spfdomain=${NB} dkim=pass dkdomain=${NB} dmarc=pass fromdomain=${NB})`,
        },
        n(),
      ),
      args: ARGS[reader],
      expect: NOT_TRUSTED,
    });
  }
}

export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
