// The verifier corpus of the Perl module Mail::DKIM (test/fixtures/mail-dkim/README.md): every
// test_email(...) of its t/verifier.t and t/verifier_strict.t, named after the message file, run
// through checkDkimAndArc (the path analyzeMessage uses) with the DNS of its t/FAKE_DNS.dat.
// Mail::DKIM's "pass" is our pass; its "fail" and "invalid" are a permanent non-pass (fail,
// permerror, neutral or policy: never pass, never temperror).
//
// Most of the corpus dates from 2006-2009: drafts before RFC 6376 (no v=, v=0.5), rsa-sha1,
// DomainKeys. Mail::DKIM still passes them; RFC 6376 and RFC 8301 do not, and neither do we.
// Each such case asserts the RFC's answer and says why in `rfc`. DomainKeys is another protocol
// (RFC 4870, historic): HeaderLens verifies DKIM only, so those messages have no DKIM result.
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { checkDkimAndArc } from '../../../lib/auth/arc';
import { type ZoneData, ZoneResolver } from '../../../lib/dns/zone';
import type { DkimCheck, DkimFailureCause } from '../../../lib/types';

const dir = join(__dirname, '../../fixtures/mail-dkim');
const NOW = new Date('2026-01-01T00:00:00Z');

/**
 * FAKE_DNS.dat as zone data, read the way verifier.t's fake_query reads it: `name value` per line,
 * `#`/`;` comments; NXDOMAIN is a name left out; `~~text~~` is a DNS failure (a timeout or
 * SERVFAIL, as the text says); anything else is the one TXT string, as written.
 */
function fakeDns(): ZoneData {
  const zone: ZoneData = {};
  for (const line of readFileSync(join(dir, 'FAKE_DNS.dat'), 'latin1').split('\n')) {
    if (/^\s*[#;]/.test(line) || /^\s*$/.test(line)) continue;
    const [, name = '', value = ''] = /^(\S+)\s+(.*)$/.exec(line) ?? [];
    const failure = /^~~(.*)~~$/.exec(value)?.[1];
    if (failure !== undefined) {
      zone[name.toLowerCase()] = /SERVFAIL/i.test(failure) ? { SERVFAIL: true } : { TIMEOUT: true };
    } else if (value !== 'NXDOMAIN') zone[name.toLowerCase()] = { TXT: [value] };
  }
  return zone;
}
const ZONE = fakeDns();

type MailDkimWord = 'pass' | 'fail' | 'invalid';

interface Expect {
  result: 'pass' | 'non-pass';
  /** Our exact word, where it says more than "non-pass" (policy for rsa-sha1). */
  word?: DkimCheck['result'];
  cause?: DkimFailureCause;
  /** Text our reason must contain. */
  info?: RegExp;
}
interface Case {
  file: string;
  /** What Mail::DKIM's test expects of the message. */
  mailDkim: MailDkimWord;
  /** verifier_strict.t: Mail::DKIM with `Strict => 1`. */
  strict?: boolean;
  /** Our answer, one entry per DKIM-Signature in header order; [] is no DKIM result ("none"). */
  expect: Expect[];
  /** Where the RFC's answer (which we assert) is not Mail::DKIM's, and why. */
  rfc?: string;
  /** What of the original case is not asserted, and why. */
  notModelled?: string;
  /** A difference that is ours to fix: the case is skipped until the engine changes. */
  pending?: string;
}

// The RFC reasons, shared by many messages.
const NO_V =
  'pre-RFC draft signature without v=: RFC 6376 §3.5 makes v= required and §6.1.1 says PERMFAIL ' +
  '(signature missing required tag); Mail::DKIM still accepts the drafts';
const V05 =
  'pre-RFC draft signature with v=0.5: RFC 6376 §6.1.1 says PERMFAIL (incompatible version) for a ' +
  'v= other than 1; Mail::DKIM still accepts the drafts';
const SHA1 =
  'rsa-sha1: RFC 8301 §3.1 (updating RFC 6376 §3.3) says verifiers MUST NOT consider rsa-sha1 ' +
  'signatures valid; Mail::DKIM passes them unless Strict (verifier_strict.t)';
const DK =
  'a DomainKey-Signature (DomainKeys, RFC 4870, historic; not DKIM): HeaderLens verifies DKIM only, ' +
  'so the message has no DKIM result, never a pass';
const IETF00 =
  'draft-ietf-dkim-base-00 signature, which verifier.t itself skips ("older-prestandard DKIM ' +
  'signatures"): no v=, so a DKIM permerror (RFC 6376 §3.5, §6.1.1), never a pass';
const BODY_FIRST =
  'mailauth compares the body hash before it asks for the key; this body was changed after signing, ' +
  'so the key fault the case is about is never reached (signed again below). Permanent either way: ' +
  'whatever the key, this signature cannot pass';
const SHA1_FIRST = (what: string) =>
  `${what}: not reached, the rsa-sha1 veto (RFC 8301 §3.1) refuses the signature first (signed again below)`;

const noV = (n = 1): Expect[] =>
  Array.from({ length: n }, () => ({
    result: 'non-pass',
    word: 'permerror',
    cause: 'malformed',
    info: /missing v=/,
  }));
const v05: Expect[] = [
  { result: 'non-pass', word: 'permerror', cause: 'malformed', info: /v=0\.5 is not 1/ },
];
const sha1: Expect[] = [{ result: 'non-pass', word: 'policy', cause: 'sha1' }];
const bodyChanged: Expect[] = [{ result: 'non-pass', word: 'fail', cause: 'body-hash-mismatch' }];

const CASES: Case[] = [
  // verifier.t skips these ("older-prestandard DKIM signatures").
  ...[1, 2, 3, 4, 5].map(
    (n): Case => ({
      file: `good_ietf00_${n}.txt`,
      mailDkim: 'pass',
      expect: noV(),
      notModelled: IETF00,
    }),
  ),
  { file: 'mine_ietf01_1.txt', mailDkim: 'pass', expect: noV(), rfc: NO_V },
  { file: 'mine_ietf01_2.txt', mailDkim: 'pass', expect: noV(), rfc: NO_V },
  { file: 'mine_ietf01_3.txt', mailDkim: 'pass', expect: noV(), rfc: NO_V },
  { file: 'mine_ietf01_4.txt', mailDkim: 'pass', expect: noV(), rfc: NO_V },
  { file: 'mine_ietf05_1.txt', mailDkim: 'pass', expect: v05, rfc: V05 },
  { file: 'good_ietf01_1.txt', mailDkim: 'pass', expect: noV(), rfc: NO_V },
  { file: 'good_ietf01_2.txt', mailDkim: 'pass', expect: noV(), rfc: NO_V },
  // Extra tags in the signature.
  { file: 'good_rfc4871_3.txt', mailDkim: 'pass', expect: sha1, rfc: SHA1 },
  // Case-differing domain name.
  { file: 'good_rfc4871_4.txt', mailDkim: 'pass', expect: sha1, rfc: SHA1 },
  { file: 'good_1878523.txt', mailDkim: 'pass', expect: sha1, rfc: SHA1 },
  { file: 'good_83176.txt', mailDkim: 'pass', expect: sha1, rfc: SHA1 },
  { file: 'multiple_1.txt', mailDkim: 'pass', expect: noV(4), rfc: NO_V },
  {
    file: 'multiple_2.txt',
    mailDkim: 'pass',
    // verifier.t checks the first three signatures: invalid (c=foobar), pass, fail (a changed b=).
    // The second and third are rsa-sha1 (policy for us, RFC 8301 §3.1); the fourth is `synerr`.
    expect: [
      { result: 'non-pass', word: 'policy', cause: 'sha1' },
      { result: 'non-pass', word: 'policy', cause: 'sha1' },
      { result: 'non-pass', word: 'permerror', info: /c=foobar/ },
      { result: 'non-pass', word: 'permerror', cause: 'malformed' },
    ],
    rfc: SHA1,
    // Fixed: the c=foobar signature and the `synerr` field are each a permerror (RFC 6376 §6.1.1),
    // reported after the two mailauth verified.
  },
  // i= as quoted-printable (=40 and the like).
  { file: 'good_qp_1.txt', mailDkim: 'pass', expect: sha1, rfc: SHA1 },
  { file: 'good_qp_2.txt', mailDkim: 'pass', expect: sha1, rfc: SHA1 },
  { file: 'good_qp_3.txt', mailDkim: 'pass', expect: sha1, rfc: SHA1 },

  // Mail::DKIM's detail names the body, the message, RSA: draft signatures stop us earlier.
  { file: 'bad_ietf01_1.txt', mailDkim: 'fail', expect: noV() },
  { file: 'bad_ietf01_2.txt', mailDkim: 'fail', expect: noV() },
  { file: 'bad_ietf01_3.txt', mailDkim: 'fail', expect: noV() },
  { file: 'bad_1.txt', mailDkim: 'fail', expect: noV() },
  // "shouldn't die": LF line ends (the one file stored so), read as they are, as Mail::DKIM does.
  { file: 'bad_1878954.txt', mailDkim: 'fail', expect: bodyChanged },

  // DomainKeys, from Gmail and Yahoo! and hand-made variants.
  ...[
    'good_dk_gmail.txt',
    'good_dk_yahoo.txt',
    'good_dk_1.txt',
    'good_dk_2.txt',
    'good_dk_3.txt',
    'good_dk_4.txt',
    'good_dk_5.txt',
    'good_dk_6.txt',
    'good_dk_7.txt',
    'dk_headers_1.txt',
    'dk_headers_2.txt',
  ].map((file): Case => ({ file, mailDkim: 'pass', expect: [], notModelled: DK })),
  ...['bad_dk_1.txt', 'bad_dk_2.txt', 'bad_dk_3.txt', 'bad_dk_4.txt', 'bad_dk_5.txt'].map(
    (file): Case => ({
      file,
      mailDkim: 'invalid',
      expect: [],
      notModelled: file === 'bad_dk_3.txt' ? `${DK} (verifier.t skips this one too)` : DK,
    }),
  ),
  // verifier.t also checks that both of its DomainKey-Signatures pass.
  { file: 'dk_multiple_1.txt', mailDkim: 'pass', expect: [], notModelled: DK },

  // Empty or missing body, simple canonicalization.
  { file: 'no_body_1.txt', mailDkim: 'pass', expect: v05, rfc: V05 },
  { file: 'no_body_2.txt', mailDkim: 'pass', expect: v05, rfc: V05 },
  { file: 'no_body_3.txt', mailDkim: 'pass', expect: v05, rfc: V05 },

  // Problems with the signature itself.
  {
    file: 'ignore_1.txt',
    mailDkim: 'invalid',
    expect: [{ result: 'non-pass', word: 'permerror', cause: 'malformed', info: /v=5 is not 1/ }],
  },
  ...(
    [
      ['ignore_2.txt', 'a=rsa-md5'],
      ['ignore_3.txt', 'a=dsa-sha1'],
      ['ignore_4.txt', 'c=future'],
    ] as const
  ).map(
    ([file, tag]): Case => ({
      file,
      mailDkim: 'invalid',
      expect: [{ result: 'non-pass', word: 'permerror', cause: 'malformed' }],
      // RFC 6376 §6.1.1: the field is ignored and reported as a permanent error, not as unsigned.
      rfc: `${tag}: permerror (RFC 6376 §6.1.1)`,
    }),
  ),
  {
    file: 'ignore_5.txt',
    mailDkim: 'invalid',
    expect: [{ result: 'non-pass', word: 'permerror', info: /q=http/ }],
    rfc: 'q=http: no query method but dns/txt (RFC 6376 §3.5)',
  },
  {
    file: 'ignore_6.txt',
    mailDkim: 'invalid',
    expect: [{ result: 'non-pass', word: 'permerror', info: /q=dns\/special/ }],
    rfc: 'q=dns/special: no query method but dns/txt (RFC 6376 §3.5)',
  },
  { file: 'ignore_7.txt', mailDkim: 'invalid', expect: sha1, notModelled: SHA1_FIRST('the expired x=') },
  {
    file: 'ignore_8.txt',
    mailDkim: 'invalid',
    expect: [{ result: 'non-pass', word: 'permerror', info: /i=jon@example\.org is not in d=messiah\.edu/ }],
    rfc: 'i=jon@example.org outside d=messiah.edu (RFC 6376 §6.1.1)',
  },

  // Variants of the public key: fine for Mail::DKIM, and signed with rsa-sha1.
  { file: 'goodkey_1.txt', mailDkim: 'pass', expect: sha1, rfc: SHA1 },
  { file: 'goodkey_2.txt', mailDkim: 'pass', expect: sha1, rfc: SHA1 },
  { file: 'goodkey_3.txt', mailDkim: 'pass', expect: sha1, rfc: SHA1 },
  { file: 'goodkey_4.txt', mailDkim: 'pass', expect: sha1, rfc: SHA1 },

  // Problems with the public key. badkey_1 to badkey_7 are v=0.5 signatures: refused before the
  // key is read (RFC 6376 §6.1.1 comes before §6.1.2).
  ...(
    [
      ['badkey_1.txt', 'NXDOMAIN'],
      ['badkey_2.txt', 'a revoked key'],
      ['badkey_3.txt', 'the key v=DKIM3'],
      ['badkey_4.txt', 'the key syntax error'],
      ['badkey_5.txt', 'the key k=foobar'],
      ['badkey_6.txt', 'the key s=chat'],
      ['badkey_7.txt', 'the key h=bad'],
    ] as const
  ).map(
    ([file, what]): Case => ({
      file,
      mailDkim: 'invalid',
      expect: v05,
      notModelled: `${what}: not reached, the v=0.5 signature is refused first (RFC 6376 §6.1.1; signed again below)`,
    }),
  ),
  // g= was dropped from the key record by RFC 6376 (it was RFC 4871's): an unknown tag now, which
  // §3.2 says to ignore. Mail::DKIM still enforces it; the RFC would not refuse these keys.
  ...['badkey_8.txt', 'badkey_9.txt', 'badkey_12.txt', 'badkey_13.txt'].map(
    (file): Case => ({
      file,
      mailDkim: 'invalid',
      expect: sha1,
      notModelled: SHA1_FIRST("the key's g= (obsolete since RFC 6376, so no reason to refuse)"),
    }),
  ),
  { file: 'badkey_10.txt', mailDkim: 'invalid', expect: sha1, notModelled: SHA1_FIRST('the key t=s') },
  // The key's h=md5:sha1 does not list sha256: RFC 6376 §6.1.2, PERMFAIL (inappropriate hash algorithm).
  {
    file: 'badkey_11.txt',
    mailDkim: 'invalid',
    expect: [{ result: 'non-pass', cause: 'malformed', info: /inappropriate hash algorithm/ }],
  },
  {
    file: 'badkey_14.txt',
    mailDkim: 'invalid',
    expect: bodyChanged,
    notModelled: `DNS timeout: ${BODY_FIRST}`,
  },
  {
    file: 'badkey_15.txt',
    mailDkim: 'invalid',
    expect: bodyChanged,
    notModelled: `DNS SERVFAIL: ${BODY_FIRST}`,
  },

  // Ed25519 (RFC 8463).
  { file: 'goodkey_ed25519.txt', mailDkim: 'pass', expect: [{ result: 'pass' }] },
  {
    file: 'badkey1_ed25519.txt',
    mailDkim: 'invalid',
    expect: bodyChanged,
    notModelled: `a key of the wrong length: ${BODY_FIRST}`,
  },
  {
    file: 'badkey2_ed25519.txt',
    mailDkim: 'fail',
    expect: [{ result: 'non-pass', word: 'fail', cause: 'signature-mismatch' }],
  },
  { file: 'badkey3_ed25519.txt', mailDkim: 'fail', expect: bodyChanged },
  {
    file: 'badkey4_ed25519.txt',
    mailDkim: 'invalid',
    expect: bodyChanged,
    notModelled: `no key: ${BODY_FIRST}`,
  },
  {
    file: 'badkey5_ed25519.txt',
    mailDkim: 'invalid',
    expect: bodyChanged,
    notModelled: `an empty key record: ${BODY_FIRST}`,
  },

  // verifier_strict.t: Mail::DKIM with Strict => 1 refuses rsa-sha1 and RSA keys under 1024 bits.
  { file: 'good_1878523.txt', strict: true, mailDkim: 'invalid', expect: sha1 },
  // Strict refuses its 768-bit key; we refuse the missing v= before that.
  { file: 'good_ietf01_1.txt', strict: true, mailDkim: 'fail', expect: noV() },
  { file: 'good_qp_1.txt', strict: true, mailDkim: 'invalid', expect: sha1 },
  {
    file: 'mine_ietf01_3.txt',
    strict: true,
    mailDkim: 'pass',
    expect: noV(),
    rfc: `${NO_V}, even in Strict mode`,
  },
];

/** The domain of the (first) From address, as the engine's DMARC check would use it. */
function fromDomainOf(raw: string): string | null {
  const from = /^From:([^\n]*(?:\n[ \t][^\n]*)*)/im.exec(raw)?.[1] ?? '';
  return /@([A-Za-z0-9.-]+)>?\s*$/.exec(from.trim())?.[1]?.toLowerCase() ?? null;
}

/** The message as bytes, unchanged (a string would be re-encoded). */
const bytesOf = (file: string) => new Uint8Array(readFileSync(join(dir, file)));

const counts = { run: 0, agreed: 0, rfc: 0, partial: 0, pending: 0, variants: 0 };

describe('Mail::DKIM verifier corpus (t/verifier.t, t/verifier_strict.t)', () => {
  it('runs every message of the corpus', () => {
    const files = new Set(CASES.map((c) => c.file));
    expect(files.size).toBe(79);
    expect(CASES.filter((c) => !c.strict)).toHaveLength(79);
    expect(CASES.filter((c) => c.strict)).toHaveLength(4);
  });

  for (const c of CASES) {
    const name = c.strict ? `${c.file} (Strict)` : c.file;
    if (c.pending) {
      counts.pending++;
      it.skip(`${name} — PENDING_ENGINE_FIX: ${c.pending}`, () => {});
      continue;
    }
    it(name, async () => {
      counts.run++;
      const bytes = bytesOf(c.file);
      const { dkim } = await checkDkimAndArc(bytes, {
        resolver: new ZoneResolver(ZONE),
        fromDomain: fromDomainOf(new TextDecoder('latin1').decode(bytes)),
        now: NOW,
      });
      expect(
        dkim.map((d) => d.result),
        `${c.file}: ${dkim.map((d) => d.info).join('; ')}`,
      ).toHaveLength(c.expect.length);
      c.expect.forEach((e, n) => {
        const d = dkim[n]!;
        const why = `${c.file} #${n}: ${d.result} ${d.cause ?? ''} ${d.info ?? ''}`;
        if (e.result === 'pass') expect(d.result, why).toBe('pass');
        else expect(['fail', 'permerror', 'neutral', 'policy'], why).toContain(d.result);
        if (e.word) expect(d.result, why).toBe(e.word);
        if (e.cause) expect(d.cause, why).toBe(e.cause);
        if (e.info) expect(d.info ?? '', why).toMatch(e.info);
      });
      if (c.rfc) counts.rfc++;
      else if (c.notModelled) counts.partial++;
      else counts.agreed++;
    });
  }
});

describe('Mail::DKIM verifier corpus through the whole engine', () => {
  it('analyzeMessage never throws, and never authenticates what Mail::DKIM fails', async () => {
    // verifier.t's word for each file (verifier_strict.t's four files are among them).
    for (const c of CASES.filter((c) => !c.strict)) {
      const a = await analyzeMessage(bytesOf(c.file), { resolver: new ZoneResolver(ZONE), now: NOW });
      expect(['authenticated', 'suspicious', 'spoofed', 'unverified'], c.file).toContain(a.verdict);
      if (c.mailDkim !== 'pass') expect(a.verdict, c.file).not.toBe('authenticated');
      // Only the Ed25519 message has a signature RFC 6376 and RFC 8301 let pass.
      const passing = a.dkim.filter((d) => d.result === 'pass');
      expect(passing.length, c.file).toBe(c.file === 'goodkey_ed25519.txt' ? 1 : 0);
      expect(
        a.dkim.some((d) => d.result === 'temperror'),
        c.file,
      ).toBe(false);
    }
  });
});

/**
 * The corpus's refusals that RFC 8301's rsa-sha1 veto, a draft v= or a changed body hides: the
 * same d=, s=, i=, q=, t= and x= as the corpus message and the same key record from FAKE_DNS.dat,
 * with p= replaced by a key made for the test, on a message signed here with v=1 and rsa-sha256
 * (ed25519-sha256 for the Ed25519 files), c=simple/simple. What each case is about is reached.
 * A DNS fault is temperror here (DNS_FAULT), which the RFC allows.
 */
interface Variant {
  file: string;
  what: string;
  mailDkim: MailDkimWord;
  expect: Expect;
  rfc?: string;
  pending?: string;
}

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ed = generateKeyPairSync('ed25519');
const RSA_P = (rsa.publicKey.export({ type: 'spki', format: 'der' }) as Buffer).toString('base64');
const ED_SPKI = ed.publicKey.export({ type: 'spki', format: 'der' }) as Buffer;
// RFC 8463 §4.2: the record's p= is the bare 32-octet Ed25519 key; the SPKI form wraps it in ASN.1.
const ED_P = ED_SPKI.subarray(ED_SPKI.length - 32).toString('base64');

/** FAKE_DNS.dat with every key replaced by the test's (the corpus's SPKI-form Ed25519 key kept SPKI). */
function variantZone(): ZoneData {
  const zone: ZoneData = {};
  for (const [name, entry] of Object.entries(ZONE)) {
    const txt = entry.TXT?.map((t) => {
      const value = String(t);
      const p = /(?:^|;)\s*p=([^;]*)/.exec(value)?.[1]?.trim();
      if (!p) return value;
      const key = !/k=ed25519/.test(value) ? RSA_P : p.length > 44 ? ED_SPKI.toString('base64') : ED_P;
      return value.replace(p, key);
    });
    zone[name] = txt ? { ...entry, TXT: txt } : entry;
  }
  return zone;
}
const VARIANT_ZONE = variantZone();

/** The corpus message's DKIM-Signature tags (unfolded, white space removed from values). */
function signatureTags(file: string): Map<string, string> {
  const raw = new TextDecoder('latin1').decode(bytesOf(file));
  const field = /^DKIM-Signature:([^\n]*(?:\n[ \t][^\n]*)*)/im.exec(raw)?.[1] ?? '';
  const tags = new Map<string, string>();
  for (const part of field.split(';')) {
    const at = part.indexOf('=');
    if (at > 0) tags.set(part.slice(0, at).trim(), part.slice(at + 1).replace(/\s+/g, ''));
  }
  return tags;
}

/** The variant message of a corpus file, signed with the test's key. */
function variantMessage(file: string): { raw: string; fromDomain: string | null } {
  const corpus = signatureTags(file);
  const ed25519 = corpus.get('a') === 'ed25519-sha256';
  const from = /^From:[ \t]*([^\r\n]*)/im.exec(new TextDecoder('latin1').decode(bytesOf(file)))?.[1] ?? '';
  const headers = `From: ${from}\r\nSubject: ${file}, signed again\r\n`;
  const body = 'The corpus case, on a signature RFC 8301 accepts.\r\n';
  const kept = ['d', 's', 'i', 'q', 't', 'x']
    .filter((t) => corpus.has(t))
    .map((t) => `${t}=${corpus.get(t)}; `)
    .join('');
  const bh = createHash('sha256').update(body).digest('base64');
  const field = `DKIM-Signature: v=1; a=${ed25519 ? 'ed25519-sha256' : 'rsa-sha256'}; c=simple/simple; ${kept}h=from:subject; bh=${bh}; b=`;
  const data = Buffer.from(headers + field, 'latin1');
  const b = ed25519
    ? sign(null, createHash('sha256').update(data).digest(), ed.privateKey) // RFC 8463 §3
    : sign('sha256', data, rsa.privateKey);
  return {
    raw: `${field}${b.toString('base64')}\r\n${headers}\r\n${body}`,
    fromDomain: fromDomainOf(headers),
  };
}

const G_TAG =
  "RFC 6376 §3.6.1 no longer defines RFC 4871's g= (its key tags are v, h, k, n, p, s, t) and §3.2 " +
  'says unrecognized tags MUST be ignored; Mail::DKIM still enforces g=';
const DNS_FAULT =
  'RFC 6376 §6.1.2: a key query that fails to respond MAY be TEMPFAIL; we say temperror, so a DNS ' +
  'fault never reads as a forgery (it holds a DMARC fail back). Mail::DKIM says invalid';

const VARIANTS: Variant[] = [
  // Mail::DKIM passes these in the corpus; so do we once the signature is RFC 8301's.
  { file: 'goodkey_1.txt', what: 'key s=email', mailDkim: 'pass', expect: { result: 'pass' } },
  { file: 'goodkey_3.txt', what: 'key g=jl*g', mailDkim: 'pass', expect: { result: 'pass' } },
  { file: 'goodkey_4.txt', what: 'key without g=', mailDkim: 'pass', expect: { result: 'pass' } },
  { file: 'good_qp_1.txt', what: 'i= in quoted-printable', mailDkim: 'pass', expect: { result: 'pass' } },
  { file: 'good_qp_2.txt', what: 'i= in quoted-printable', mailDkim: 'pass', expect: { result: 'pass' } },
  { file: 'good_qp_3.txt', what: 'i= in quoted-printable', mailDkim: 'pass', expect: { result: 'pass' } },
  {
    file: 'good_rfc4871_4.txt',
    what: 'i= in other case than d=',
    mailDkim: 'pass',
    expect: { result: 'pass' },
  },
  { file: 'good_1878523.txt', what: 'key t=y', mailDkim: 'pass', expect: { result: 'pass' } },
  {
    file: 'good_83176.txt',
    what: 'q=foo/bar:dns/txt:exam/ple and a key t=s',
    mailDkim: 'pass',
    expect: { result: 'pass' },
  },
  // The signature itself.
  {
    file: 'ignore_5.txt',
    what: 'q=http',
    mailDkim: 'invalid',
    expect: { result: 'non-pass', word: 'permerror' },
    // Fixed 2026-12-03 (was PENDING_ENGINE_FIX): ignore_5.txt (rsa-sha256 variant) — Mail::DKIM says invalid, we say
    // pass. RFC 6376 §3.5 q=: "Unrecognized query mechanisms MUST be ignored" and dns/txt is the
    // only one defined, so a signature listing none leaves no way to the key: PERMFAIL. Differs in
    // lib/auth/dkim-strict.ts: dkimSignatureProblems (lenient mailauth only warns,
    // 'unsupported query method'; our strict layer checks grammar and required tags, not q=).
    // Suggested fix: a problem when q= is present and none of its methods is dns/txt (case-
    // insensitive, white space removed). Risk: very low; real mail writes q=dns/txt or no q=.
  },
  {
    file: 'ignore_6.txt',
    what: 'q=dns/special',
    mailDkim: 'invalid',
    expect: { result: 'non-pass' },
    // Fixed 2026-12-03 (was PENDING_ENGINE_FIX): ignore_6.txt (rsa-sha256 variant) — as ignore_5.txt: RFC 6376 §3.5 "The
    // only option defined for the "dns" query type is "txt", which MUST be included"; same place,
    // same fix (dns/special is not dns/txt), same risk.
  },
  {
    file: 'ignore_7.txt',
    what: 'x= in 2007',
    mailDkim: 'invalid',
    expect: { result: 'non-pass', cause: 'expired' },
  },
  {
    file: 'ignore_8.txt',
    what: 'i=jon@example.org with d=messiah.edu',
    mailDkim: 'invalid',
    expect: { result: 'non-pass' },
    // Fixed 2026-12-03 (was PENDING_ENGINE_FIX): ignore_8.txt (rsa-sha256 variant) — Mail::DKIM says invalid, we say pass
    // (and DkimCheck.identity keeps jon@example.org, which a reader may take as the signer).
    // RFC 6376 §6.1.1: "Verifiers MUST confirm that the domain specified in the "d=" tag is the
    // same as or a parent domain of the domain part of the "i=" tag", else PERMFAIL (domain
    // mismatch); §3.5 i= says the same. Differs in lib/auth/dkim-strict.ts: dkimSignatureProblems
    // (mailauth's lenient mode drops the i= to @d and passes). Suggested fix: a problem when the
    // i= domain (after dkim-quoted-printable decoding, lower case, trailing dot removed) is neither
    // d= nor ends with "." + d=. Risk: low; DMARC reads d=, not i=, so no verdict of a signer's
    // own mail changes; a signer writing a foreign i= now gets permerror, as from Mail::DKIM.
  },
  // The key record.
  {
    file: 'badkey_1.txt',
    what: 'no key (NXDOMAIN)',
    mailDkim: 'invalid',
    expect: { result: 'non-pass', cause: 'key-missing' },
  },
  {
    file: 'badkey_2.txt',
    what: 'revoked key (p=)',
    mailDkim: 'invalid',
    expect: { result: 'non-pass', cause: 'key-revoked' },
  },
  {
    file: 'badkey_3.txt',
    what: 'key v=DKIM3',
    mailDkim: 'invalid',
    expect: { result: 'non-pass', cause: 'malformed' },
  },
  {
    file: 'badkey_4.txt',
    what: 'key "k=rsa; t; p=…"',
    mailDkim: 'invalid',
    expect: { result: 'non-pass' },
    // PENDING_ENGINE_FIX: badkey_4.txt (rsa-sha256 variant) — Mail::DKIM says invalid (key syntax
    // error), we say pass. The record has a tag with no "=" (`t;`). RFC 6376 §3.2: tag-spec is
    // tag-name "=" tag-value; §6.1.2: a record that "does not adhere to the format" MUST be
    // ignored, PERMFAIL (key syntax error). Differs in lib/auth/dkim-strict.ts: strictDkimChecks
    // (the key record r.rr is only read for t=s; mailauth's key parser skips the bad tag).
    // Suggested fix: run parseTagList (lib/auth/tag-list.ts) on r.rr for a passing signature
    // (it already reports `tag-spec without "=": "t"` here and accepts the trailing `;` §3.2
    // allows) and make an error a permerror, cause 'malformed'. Risk: low to medium: a few real
    // domains publish sloppy records (`;;`, stray words), whose signatures would stop passing.
    pending:
      'a key record with a tag and no "=" is used (kept lenient on purpose: a sloppy key record published by a real domain must not turn its mail into a DMARC fail)',
  },
  {
    file: 'badkey_5.txt',
    what: 'key k=foobar',
    mailDkim: 'invalid',
    expect: { result: 'non-pass', cause: 'malformed' },
  },
  { file: 'badkey_6.txt', what: 'key s=chat', mailDkim: 'invalid', expect: { result: 'non-pass' } },
  {
    file: 'badkey_7.txt',
    what: 'key h=bad',
    mailDkim: 'invalid',
    expect: { result: 'non-pass', cause: 'malformed' },
  },
  ...(
    [
      ['badkey_8.txt', 'key g=*poe, i=jlong@'],
      ['badkey_9.txt', 'key with an empty g='],
      ['badkey_12.txt', 'key g=jl*g, i=JLONG@'],
      ['badkey_13.txt', 'key g=jl*g, i=foo@'],
    ] as const
  ).map(
    ([file, what]): Variant => ({ file, what, mailDkim: 'invalid', expect: { result: 'pass' }, rfc: G_TAG }),
  ),
  {
    file: 'badkey_10.txt',
    what: 'key t=s, i= in a subdomain',
    mailDkim: 'invalid',
    expect: { result: 'non-pass', word: 'permerror', info: /t=s/ },
  },
  {
    file: 'badkey_14.txt',
    what: 'DNS timeout',
    mailDkim: 'invalid',
    expect: { result: 'non-pass', word: 'temperror', cause: 'dns-error' },
    rfc: DNS_FAULT,
  },
  {
    file: 'badkey_15.txt',
    what: 'DNS SERVFAIL',
    mailDkim: 'invalid',
    expect: { result: 'non-pass', word: 'temperror', cause: 'dns-error' },
    rfc: DNS_FAULT,
  },
  {
    file: 'badkey1_ed25519.txt',
    what: 'Ed25519 key in SPKI form',
    mailDkim: 'invalid',
    expect: { result: 'non-pass' },
    // Fixed 2026-12-03 (was PENDING_ENGINE_FIX): badkey1_ed25519.txt (variant with the test's own key) — Mail::DKIM says
    // invalid (wrong key length), we say pass. RFC 8463 §4.2: the p= of a k=ed25519 record is the
    // base64 of the bare 32-octet Ed25519 public key; this one is the 44-octet SubjectPublicKeyInfo
    // that wraps it. Differs in mailauth's getPublicKey (reached through lib/auth/dkim-keys.ts:
    // lookupKey), which accepts either form. Suggested fix: in lookupKey (or strictDkimChecks, on
    // r.rr), refuse a k=ed25519 p= that does not decode to exactly 32 octets: permerror, cause
    // 'malformed'. Risk: low; publishers who pasted the SPKI form would see their Ed25519
    // signatures fail with us as with Mail::DKIM and other RFC 8463 verifiers (most of them also
    // sign with RSA, whose result is unchanged).
  },
  {
    file: 'badkey4_ed25519.txt',
    what: 'no Ed25519 key',
    mailDkim: 'invalid',
    expect: { result: 'non-pass', cause: 'key-missing' },
  },
  {
    file: 'badkey5_ed25519.txt',
    what: 'key record `""`',
    mailDkim: 'invalid',
    expect: { result: 'non-pass', cause: 'malformed' },
  },
];

describe('the corpus cases the rsa-sha1 veto, a draft v= or a changed body hides, signed again', () => {
  for (const v of VARIANTS) {
    const name = `${v.file} (${v.what}), rsa-sha256/ed25519-sha256`;
    if (v.pending) {
      counts.pending++;
      it.skip(`${name} — PENDING_ENGINE_FIX: ${v.pending}`, () => {});
      continue;
    }
    it(name, async () => {
      const { raw, fromDomain } = variantMessage(v.file);
      const { dkim } = await checkDkimAndArc(raw, {
        resolver: new ZoneResolver(VARIANT_ZONE),
        fromDomain,
        now: NOW,
      });
      expect(dkim).toHaveLength(1);
      const d = dkim[0]!;
      const why = `${v.file}: ${d.result} ${d.cause ?? ''} ${d.info ?? ''}`;
      const e = v.expect;
      if (e.result === 'pass') expect(d.result, why).toBe('pass');
      else if (!e.word) expect(['fail', 'permerror', 'neutral', 'policy'], why).toContain(d.result);
      if (e.word) expect(d.result, why).toBe(e.word);
      if (e.cause) expect(d.cause, why).toBe(e.cause);
      if (e.info) expect(d.info ?? '', why).toMatch(e.info);
      counts.variants++;
    });
  }
});

afterAll(() => {
  // One line per reason, with the files it covers.
  const byReason = new Map<string, string[]>();
  for (const c of CASES) {
    const reason = c.pending ? `PENDING_ENGINE_FIX: ${c.pending}` : (c.rfc ?? c.notModelled);
    if (reason)
      byReason.set(reason, [...(byReason.get(reason) ?? []), c.strict ? `${c.file} (Strict)` : c.file]);
  }
  for (const v of VARIANTS.filter((v) => v.pending))
    byReason.set(`PENDING_ENGINE_FIX: ${v.pending}`, [`${v.file} signed again`]);
  const lines = [...byReason].map(([reason, files]) => `${files.join(', ')}: ${reason}`);
  console.log(
    `Mail::DKIM suite: ${counts.run} corpus cases run: ${counts.agreed} as Mail::DKIM says, ${counts.rfc} per ` +
      `the RFC over Mail::DKIM, ${counts.partial} not modelled in full; ${counts.variants} cases signed again ` +
      `with RFC 8301 algorithms; ${counts.pending} pending an engine fix:\n  ${lines.join('\n  ')}`,
  );
});
