// dkimpy's tests (the Python DKIM/ARC library; test/fixtures/dkimpy/README.md): every verification of
// dkim/tests/test_dkim.py, test_dkim_ed25519.py, test_dkim_tlsrpt.py and test_arc.py at the copied
// commit, run through checkDkimAndArc (the path analyzeMessage uses) with the DNS of the test's own
// dnsfunc (test/fixtures/dkimpy/dns.json), asserting dkimpy's answer: its True is our pass, its False
// a non-pass (fail, permerror, neutral or policy; never temperror, since every answer is in the
// zone). Each dkimpy loop iteration (header × body canonicalization) is one case.
//
// Most of those tests sign first and then verify what they signed. Here mailauth's signer signs
// (dkimSign, as test/helpers/corpus.ts does), with dkimpy's keys from the copied files and each
// test's selector, domain, canonicalization (dkimpy's default is relaxed/simple), algorithm, header
// list, l= and a fixed signing time (T). mailauth makes other choices than dkimpy's DKIM.sign: its
// own default header list, each field named in h= as often as the message has it (dkimpy names
// From once more), no i=, its own folding and tag order. Where a test's point needs what only
// dkimpy makes, the case verifies dkimpy's own DKIM-Signature, kept as data
// (test/fixtures/dkimpy/signed-by-dkimpy.json, made by dkimpy itself), and says so:
// test_simple_signature (h= naming fields the message does not have) and
// test_badly_encoded_domain_fails (an 0xE9 octet in d=, which mailauth would write as an A-label).
// Two points are kept with small edits of mailauth's field, made by this test: LF line ends
// (test_verifies_lflinesep) and white space put into b= after signing
// (test_dkim_signature_canonicalization). test_multiple_from_fails keeps its point with mailauth's
// field by another rule (RFC 6376 §8.15, see multipleFrom); dkimpy's own field for it, From named
// twice, is checked apart (DKIMPY_OWN).
//
// Where dkimpy's answer is not the RFC's, the RFC's is asserted and `rfc` says why (as the
// Mail::DKIM suite does). test_dkim_tlsrpt.py verifies in two modes HeaderLens has no use for
// (tlsrpt=True / 'strict': RFC 8460 SMTP TLS reports); those cases assert the answer for an email
// (RFC 6376 §3.6.1 s=, l= honoured) and `notModelled` says so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dkimSign } from 'mailauth/lib/dkim/sign';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { checkDkimAndArc } from '../../../lib/auth/arc';
import { type ZoneData, ZoneResolver } from '../../../lib/dns/zone';
import type { DkimCheck, DkimFailureCause } from '../../../lib/types';

const dir = join(__dirname, '../../fixtures/dkimpy');
const NOW = new Date('2026-01-01T00:00:00Z');
/** t= of the signatures made here: a minute before NOW (also the t= of dkimpy's, below). */
const T = NOW.getTime() / 1000 - 60;
/** A copied file, as bytes in a latin1 string (one character per octet). */
const data = (file: string) => readFileSync(join(dir, file), 'latin1');

interface DnsTable {
  usedBy: string[];
  records: Record<string, string | { file: string }>;
}
const DNS = JSON.parse(readFileSync(join(dir, 'dns.json'), 'utf8')) as { dnsfunc: Record<string, DnsTable> };
const EMBEDDED = JSON.parse(readFileSync(join(dir, 'embedded.json'), 'utf8')) as Record<
  string,
  { lines?: string[]; pem?: string; text?: string; seed?: string }
>;
/** DKIM-Signature fields dkimpy's DKIM.sign made (with t=T), for the points mailauth's signer cannot make. */
const SIGNED_BY_DKIMPY = JSON.parse(readFileSync(join(dir, 'signed-by-dkimpy.json'), 'utf8')) as Record<
  string,
  { from?: string; call?: string; text?: string }
>;
function dkimpyMade(name: string): string {
  const text = SIGNED_BY_DKIMPY[name]?.text;
  if (!text) throw new Error(`no field ${name} in signed-by-dkimpy.json`);
  if (!text.includes(`; t=${T};`)) throw new Error(`${name}: not made at t=${T}`);
  return text;
}

/**
 * One dnsfunc of dkimpy's tests as zone data: a record from a file is the file without its final
 * line end (dkimpy's tag parser strips it; a TXT string would not hold it); '' is a name with no TXT.
 */
function zoneOf(dnsfunc: string): ZoneData {
  const table = DNS.dnsfunc[dnsfunc];
  if (!table) throw new Error(`no dnsfunc ${dnsfunc}`);
  const zone: ZoneData = {};
  for (const [name, rec] of Object.entries(table.records)) {
    const text = typeof rec === 'string' ? rec : data(rec.file).replace(/\r?\n$/, '');
    zone[name.replace(/\.$/, '').toLowerCase()] = text === '' ? {} : { TXT: [text] };
  }
  return zone;
}
const DKIM_DNS = 'test_dkim.py TestSignAndVerify.dnsfunc';
const ED_DNS = 'test_dkim_ed25519.py TestSignAndVerify.dnsfunc';
const TLSRPT_DNS = 'test_dkim_tlsrpt.py TestSignAndVerify.dnsfunc';
const TLSRPT_DNS6 = 'test_dkim_tlsrpt.py TestSignAndVerify.dnsfunc6';

// dkimpy's keys: PEM (PKCS#1) RSA, and Ed25519 as the base64 of the 32-octet seed (PyNaCl's
// SigningKey), which mailauth's signer takes as it is (a 32-octet key is a raw Ed25519 seed to it).
const RSA_KEY = data('test.private');
const RSA512_KEY = EMBEDDED.rsa512PrivateKey!.pem!;
const edSeed = (seed: string) => Buffer.from(seed.trim(), 'base64');
const ED_KEY = edSeed(data('ed25519test.key'));
const RFC8032_KEY = edSeed(data('rfc8032_7_1.key'));
const ED_CANON_KEY = edSeed(EMBEDDED.ed25519CanonicalizationKey!.seed!);

// ---- Signing, with mailauth's signer ----
type Canon = 'simple' | 'relaxed';
type Algo = 'rsa-sha256' | 'ed25519-sha256';

interface SignOptions {
  selector: string;
  domain: string;
  key: string | Buffer;
  algorithm: Algo;
  /** header/body; dkimpy's default (DKIM.sign canonicalize=) is relaxed/simple. */
  canonicalize?: [Canon, Canon];
  /** The header fields to sign (mailauth's default list otherwise). */
  headerList?: string[];
  /** dkimpy's length=True: l= over the whole canonicalized body. */
  length?: boolean;
}

/** The DKIM-Signature field (CRLF line ends) mailauth's signer makes for `message`, at t=T. */
async function sign(message: string, o: SignOptions): Promise<string> {
  const res = await dkimSign(Buffer.from(message, 'latin1'), {
    canonicalization: (o.canonicalize ?? ['relaxed', 'simple']).join('/'),
    signTime: new Date(T * 1000),
    signatureData: [
      {
        signingDomain: o.domain,
        selector: o.selector,
        privateKey: o.key,
        algorithm: o.algorithm,
        ...(o.headerList ? { headerList: o.headerList } : {}),
        // l= is the count mailauth hashed: with no limit below the body's size, all of it.
        ...(o.length ? { maxBodyLength: Number.MAX_SAFE_INTEGER } : {}),
      },
    ],
  } as never);
  const sig = (res as { signatures: string }).signatures;
  if (!sig) throw new Error(`signing failed: ${JSON.stringify((res as { errors?: unknown }).errors)}`);
  return sig;
}

// ---- The cases ----

const CANONS: Array<[Canon, Canon]> = [
  ['simple', 'simple'],
  ['simple', 'relaxed'],
  ['relaxed', 'simple'],
  ['relaxed', 'relaxed'],
];

interface Expect {
  result: 'pass' | 'non-pass';
  word?: DkimCheck['result'];
  cause?: DkimFailureCause;
  info?: RegExp;
  /** l= with content added after the signed part (DkimCheck.unsignedBytes > 0). */
  unsigned?: boolean;
}
interface Case {
  /** file, test method and, for a loop, its canonicalization (header/body) or round. */
  name: string;
  /** What the dkimpy test asserts: dkim.verify's (or arc_verify's cv == CV_Pass) True or False. */
  dkimpy: boolean;
  dnsfunc: string;
  /** The message as verified (a promise where it is signed first). */
  raw: () => string | Promise<string>;
  /** Our answer, one entry per DKIM-Signature in header order. */
  expect: Expect[];
  /** ARC: the chain's result. */
  arc?: 'pass' | 'fail';
  /** Where the RFC's answer (which we assert) is not dkimpy's, and why. */
  rfc?: string;
  /** What of dkimpy's case is not HeaderLens's question, and what is asserted instead. */
  notModelled?: string;
  /** HeaderLens disagrees with dkimpy and the RFC: kept as it.fails until the engine changes. */
  bug?: string;
}

const MSG = data('test.message');
const M3 = data('rfc6376.msg');
const M4 = data('rfc6376.signed.msg');
const MBOX = data('message.mbox');
const ED_MSG = data('ed25519test.msg');
const HFROM = EMBEDDED.extraFrom!.text!;

const PASS: Expect = { result: 'pass' };
const BODY_CHANGED: Expect = { result: 'non-pass', word: 'fail', cause: 'body-hash-mismatch' };
const NO_KEY: Expect = { result: 'non-pass', cause: 'key-missing' };
/** Another From, where h= names From once: more From fields than signed ones (RFC 6376 §8.15). */
const FROM_UNSIGNED: Expect = { result: 'non-pass', word: 'permerror', info: /2 from header fields/ };
/** Another From, where h= names From twice (dkimpy's signature): the signature no longer verifies. */
const FROM_ADDED: Expect = { result: 'non-pass', word: 'fail', cause: 'signature-mismatch' };
/** RFC 6376 §3.6.1 s=: a verifier of email MUST ignore a key record whose s= does not list email. */
const NOT_FOR_EMAIL: Expect = { result: 'non-pass', info: /key not for email/ };
const BAD_DOMAIN: Expect = {
  result: 'non-pass',
  word: 'permerror',
  cause: 'malformed',
  info: /valid DNS name/,
};

const RSA_512 =
  'RFC 8301 §3.2: verifiers MUST NOT consider signatures using RSA keys of less than 1024 bits as ' +
  'valid; dkimpy passes this 512-bit key because the test lowers its minkey to 512 (its default is ' +
  "1024). The test's point, white space added inside b= (a tab in the last fold) being ignored, is " +
  'asserted on the same message signed with the 1024-bit test key (below)';
const TLSRPT_MODE =
  'verified by dkimpy as an RFC 8460 TLS report (tlsrpt=True or "strict"), a mode HeaderLens has no ' +
  'use for (it reads email): the answer for an email is asserted instead';
const NOT_ASKED =
  "the other DKIM-Signature, which dkimpy's verify (idx=0) never reaches: its key is not in this test's DNS";

const signRsa = (msg: string, o: Partial<SignOptions> = {}) =>
  sign(msg, { selector: 'test', domain: 'example.com', key: RSA_KEY, algorithm: 'rsa-sha256', ...o });
const signEd = (msg: string, o: Partial<SignOptions> = {}) =>
  sign(msg, { selector: 'test', domain: 'example.net', key: ED_KEY, algorithm: 'ed25519-sha256', ...o });
/** The message with mailauth's signature on top, as dkimpy's tests verify `sig + message`. */
const signedRsa = async (msg: string, o: Partial<SignOptions> = {}) => (await signRsa(msg, o)) + msg;
const signedEd = async (msg: string, o: Partial<SignOptions> = {}) => (await signEd(msg, o)) + msg;
/**
 * test_add_body_length: dkimpy's test checks that its field says `; l=25` (the whole body, "This is
 * a test message." and its line end, canonicalized); mailauth's field must say the same.
 */
async function withL25(sig: Promise<string>, msg: string): Promise<string> {
  const field = await sig;
  if (!/;\s*l=25;/.test(field)) throw new Error(`l= is not the whole body: ${field}`);
  return field + msg;
}
/**
 * test_extra_headers signs message.mbox with every field it has (d.all_sign_headers()) but
 * Return-Path and DKIM-Signature (should_not_sign, from which the test removes Received). mailauth's
 * signer names a field in h= as often as the message has it: Received six times, Delivered-To twice.
 */
const MBOX_FIELDS = [
  ...new Set(
    MBOX.slice(0, MBOX.indexOf('\n\n'))
      .split('\n')
      .filter((line) => /^[^\s:]+:/.test(line))
      .map((line) => line.slice(0, line.indexOf(':'))),
  ),
].filter((name) => !/^(?:return-path|dkim-signature)$/i.test(name));
const each = (make: (c: [Canon, Canon], n: number) => Case) => CANONS.map(make);

/**
 * test_multiple_from_fails: one signature, three messages (its loop repeats them unchanged).
 * dkimpy's signature names From twice (once more than the message has it), so any From added
 * breaks its hash; mailauth's names it once. The point holds either way: with mailauth's field a
 * From added below or above leaves two From fields where the signature covers one, which RFC 6376
 * §8.15 says not to trust (a permerror here, before any hash). dkimpy's own field, with a From
 * added above, is checked further down (DKIMPY_OWN: signature-mismatch).
 */
function multipleFrom(
  file: string,
  sign: (m: string) => Promise<string>,
  dnsfunc: string,
  msg: string,
): Case[] {
  const at = msg.indexOf('\n\n');
  const h = msg.slice(0, at);
  const b = msg.slice(at + 2);
  const join = async (head: string) => `${await sign(msg)}${head}\n\n${b}`;
  const name = `${file} test_multiple_from_fails`;
  return [
    {
      name: `${name}: an X-Foo field added`,
      dkimpy: true,
      dnsfunc,
      raw: () => join(`${h}\r\nX-Foo: bar`),
      expect: [PASS],
    },
    {
      name: `${name}: a From added after the signed one`,
      dkimpy: false,
      dnsfunc,
      raw: () => join(`${h}\r\n${HFROM.trim()}`),
      expect: [FROM_UNSIGNED],
    },
    {
      name: `${name}: a From added before the signed one`,
      dkimpy: false,
      dnsfunc,
      raw: () => join(`${HFROM}${h}`),
      expect: [FROM_UNSIGNED],
    },
  ];
}

/**
 * test_dkim_signature_canonicalization: white space put into b= after signing, which every
 * canonicalization must ignore (RFC 6376 §3.5 b=: FWS in the value is ignored; §3.7 strips the
 * value). dkimpy folds its field again (dkim.fold, which only has b= left to break); here a fold
 * (CRLF SP) goes 16 characters into b=, then (round 2) the field's last fold, in b= since b= is
 * the last tag, becomes CRLF TAB.
 */
function fwsInB(sig: string, round: number): string {
  const m = /[;\s]b=[A-Za-z0-9+/]{16}/.exec(sig);
  if (!m) throw new Error(`no b= to fold: ${sig}`);
  const at = m.index + m[0].length;
  const folded = `${sig.slice(0, at)}\r\n ${sig.slice(at)}`;
  if (round === 0) return folded;
  const pos = folded.lastIndexOf('\r\n ');
  if (pos < m.index) throw new Error('the last fold is not in b=');
  return `${folded.slice(0, pos)}\r\n\t${folded.slice(pos + 3)}`;
}
function canonicalizationCases(
  file: string,
  msg: string,
  sign: (m: string, hc: Canon) => Promise<string>,
  dnsfunc: string,
  expect: Expect[],
  rfc?: string,
  dkimpy = true,
): Case[] {
  // for header_mode in [dkim.Relaxed, dkim.Simple], body relaxed.
  return (['relaxed', 'simple'] as const).flatMap((hc) =>
    [0, 1].map(
      (n): Case => ({
        name: `${file} test_dkim_signature_canonicalization ${hc}/relaxed, ${n ? 'last fold a tab' : 'folded again'}`,
        dkimpy,
        dnsfunc,
        raw: async () => fwsInB(await sign(msg, hc), n) + msg,
        expect,
        ...(rfc ? { rfc } : {}),
      }),
    ),
  );
}

const TEST_DKIM: Case[] = [
  ...each((c) => ({
    name: `test_dkim.py test_verifies ${c.join('/')}`,
    dkimpy: true,
    dnsfunc: DKIM_DNS,
    raw: () => signedRsa(MSG, { canonicalize: c }),
    expect: [PASS],
  })),
  ...each((c) => ({
    name: `test_dkim.py test_double_verifies ${c.join('/')}`,
    dkimpy: true,
    dnsfunc: 'test_dkim.py TestSignAndVerify.dnsfunc5',
    raw: () => signedRsa(M3, { domain: 'football.example.com', canonicalize: c }),
    expect: [PASS],
  })),
  {
    // Its loop signs and throws the signature away, then verifies rfc6376.signed.msg unchanged.
    name: 'test_dkim.py test_double_previous_verifies (rfc6376.signed.msg: Ed25519 and RSA signatures)',
    dkimpy: true,
    dnsfunc: 'test_dkim.py TestSignAndVerify.dnsfunc5',
    raw: () => M4,
    // dkimpy verifies the first (Ed25519); the second (rsa-sha256, the test key) passes too.
    expect: [PASS, PASS],
  },
  ...each((c) => ({
    name: `test_dkim.py test_verifies_lflinesep ${c.join('/')}`,
    dkimpy: true,
    dnsfunc: DKIM_DNS,
    // dkimpy folds its field with linesep; mailauth folds with CRLF, made LF here (the field's
    // only line ends), as the message's own are.
    raw: async () => {
      const sig = (await signRsa(MSG, { canonicalize: c })).replace(/\r\n/g, '\n');
      if (sig.includes('\r') || !sig.includes('\n ')) throw new Error('not an LF-folded field');
      return sig + MSG;
    },
    expect: [PASS],
  })),
  ...each((c) => ({
    name: `test_dkim.py test_implicit_k ${c.join('/')}`,
    dkimpy: true,
    dnsfunc: 'test_dkim.py TestSignAndVerify.dnsfunc2',
    raw: () => signedRsa(MSG, { canonicalize: c }),
    expect: [PASS],
  })),
  ...each((c) => ({
    name: `test_dkim.py test_bad_version ${c.join('/')} (key "v=DKIM1: g=*; …")`,
    dkimpy: false,
    dnsfunc: 'test_dkim.py TestSignAndVerify.dnsfunc3',
    raw: () => signedRsa(MSG, { canonicalize: c }),
    // RFC 6376 §3.6.1: v= of a key record, when there, MUST be exactly DKIM1 (here "DKIM1: g=*").
    expect: [{ result: 'non-pass', cause: 'malformed', info: /unknown key version/ }],
  })),
  ...each((c) => ({
    name: `test_dkim.py test_unknown_k ${c.join('/')} (key k=ed25519-sha256)`,
    dkimpy: false,
    dnsfunc: 'test_dkim.py TestSignAndVerify.dnsfunc4',
    raw: () => signedRsa(MSG, { canonicalize: c }),
    // RFC 6376 §3.6.1 k=: an unknown key type; RFC 6376 §6.1.2 PERMFAIL (inappropriate key algorithm).
    expect: [{ result: 'non-pass', cause: 'malformed', info: /unknown key type/ }],
  })),
  ...each((c) => ({
    name: `test_dkim.py test_simple_signature ${c.join('/')} (h= every SHOULD field)`,
    dkimpy: true,
    dnsfunc: DKIM_DNS,
    // dkimpy's field (signed-by-dkimpy.json): its h= names the 28 fields of DKIM.SHOULD, most of
    // which test.message lacks (each then signs as a null string, RFC 6376 §5.4). mailauth's signer
    // names only fields the message has, so the test's point needs dkimpy's field.
    raw: () => dkimpyMade(`rsaShould ${c.join('/')}`) + MSG,
    expect: [PASS],
  })),
  ...each((c) => ({
    name: `test_dkim.py test_string_include ${c.join('/')} (h=from)`,
    dkimpy: true,
    dnsfunc: DKIM_DNS,
    raw: () => signedRsa(MSG, { canonicalize: c, headerList: ['from'] }),
    expect: [PASS],
  })),
  {
    name: 'test_dkim.py test_add_body_length (l= the whole body)',
    dkimpy: true,
    dnsfunc: DKIM_DNS,
    raw: () => withL25(signRsa(MSG, { length: true }), MSG),
    expect: [{ result: 'pass', unsigned: false }],
  },
  {
    // Its loop does not pass the canonicalization on: one case, repeated four times.
    name: 'test_dkim.py test_altered_body_fails ("foo" added)',
    dkimpy: false,
    dnsfunc: DKIM_DNS,
    raw: async () => `${await signRsa(MSG)}${MSG}foo`,
    expect: [BODY_CHANGED],
  },
  // self.message grows by a line each round: round n signs n-1 added lines, verifies with n.
  // RFC 6376 §3.5 l= agrees with dkimpy: the signed part verifies; we also count what was added.
  ...each((c, n) => ({
    name: `test_dkim.py test_l_verify ${c.join('/')} (l=, round ${n + 1})`,
    dkimpy: true,
    dnsfunc: DKIM_DNS,
    raw: async () => {
      const before = MSG + 'added more text\n'.repeat(n);
      return `${await signRsa(before, { canonicalize: c, length: true })}${before}added more text\n`;
    },
    expect: [{ result: 'pass', unsigned: true }],
  })),
  {
    name: 'test_dkim.py test_badly_encoded_domain_fails (d=example.com\\xe9)',
    dkimpy: false,
    dnsfunc: DKIM_DNS,
    // dkimpy's field: d=example.com and an 0xE9 octet. mailauth's signer writes a non-ASCII d= as
    // its A-label (example.xn--com-dma), a well-formed name with no key: not the test's point.
    raw: () => dkimpyMade('rsaBadDomain') + MSG,
    expect: [BAD_DOMAIN],
  },
  ...canonicalizationCases(
    'test_dkim.py',
    EMBEDDED.canonicalizationMessage!.text!,
    (m, hc) =>
      sign(m, {
        selector: 'example',
        domain: 'canonical.com',
        key: RSA512_KEY,
        algorithm: 'rsa-sha256',
        canonicalize: [hc, 'relaxed'],
      }),
    DKIM_DNS,
    [{ result: 'non-pass', word: 'policy', cause: 'key-too-short' }],
    RSA_512,
  ),
  {
    name: 'test_dkim.py test_degenerate_folding (test2.message, Gmail 2013)',
    dkimpy: true,
    dnsfunc: DKIM_DNS,
    raw: () => data('test2.message'),
    expect: [PASS],
  },
  ...each((c) => ({
    name: `test_dkim.py test_extra_headers ${c.join('/')} (message.mbox, h= every field, Received too)`,
    dkimpy: true,
    dnsfunc: DKIM_DNS,
    raw: () => signedRsa(MBOX, { canonicalize: c, headerList: MBOX_FIELDS }),
    expect: [PASS, NO_KEY],
    notModelled: NOT_ASKED,
  })),
  ...multipleFrom('test_dkim.py', (m) => signRsa(m), DKIM_DNS, MSG),
];

const TEST_ED25519: Case[] = [
  ...each((c) => ({
    name: `test_dkim_ed25519.py test_verifies ${c.join('/')}`,
    dkimpy: true,
    dnsfunc: ED_DNS,
    raw: () => signedEd(ED_MSG, { canonicalize: c }),
    expect: [PASS],
  })),
  ...each((c) => ({
    name: `test_dkim_ed25519.py test_rfc8032_verifies ${c.join('/')} (RFC 8032 §7.1 key)`,
    dkimpy: true,
    dnsfunc: ED_DNS,
    raw: () =>
      signedEd(M3, {
        selector: 'brisbane',
        domain: 'football.example.com',
        key: RFC8032_KEY,
        canonicalize: c,
      }),
    expect: [PASS],
  })),
  {
    name: 'test_dkim_ed25519.py test_rfc8032_previous_verifies (rfc6376.signed.msg)',
    dkimpy: true,
    dnsfunc: ED_DNS,
    raw: () => M4,
    expect: [PASS, NO_KEY],
    notModelled: NOT_ASKED,
  },
  ...each((c) => ({
    name: `test_dkim_ed25519.py test_simple_signature ${c.join('/')} (h= every SHOULD field)`,
    dkimpy: true,
    dnsfunc: ED_DNS,
    // dkimpy's field, as in test_dkim.py test_simple_signature.
    raw: () => dkimpyMade(`ed25519Should ${c.join('/')}`) + ED_MSG,
    expect: [PASS],
  })),
  {
    name: 'test_dkim_ed25519.py test_verify_third_party (ed25519test2.msg, Exim prototype)',
    dkimpy: true,
    dnsfunc: ED_DNS,
    raw: () => data('ed25519test2.msg'),
    expect: [PASS],
  },
  {
    name: 'test_dkim_ed25519.py test_add_body_length (l= the whole body)',
    dkimpy: true,
    dnsfunc: ED_DNS,
    raw: () => withL25(signEd(ED_MSG, { length: true }), ED_MSG),
    expect: [{ result: 'pass', unsigned: false }],
  },
  {
    name: 'test_dkim_ed25519.py test_altered_body_fails ("foo" added)',
    dkimpy: false,
    dnsfunc: ED_DNS,
    raw: async () => `${await signEd(ED_MSG)}${ED_MSG}foo`,
    expect: [BODY_CHANGED],
  },
  {
    name: 'test_dkim_ed25519.py test_badly_encoded_domain_fails (d=example.net\\xe9)',
    dkimpy: false,
    dnsfunc: ED_DNS,
    // dkimpy's field (d=example.net and an 0xE9 octet), as in test_dkim.py.
    raw: () => dkimpyMade('ed25519BadDomain') + ED_MSG,
    expect: [BAD_DOMAIN],
  },
  ...canonicalizationCases(
    'test_dkim_ed25519.py',
    EMBEDDED.canonicalizationMessageEd25519!.text!,
    (m, hc) =>
      signEd(m, {
        selector: 'example',
        domain: 'canonical.com',
        key: ED_CANON_KEY,
        canonicalize: [hc, 'relaxed'],
      }),
    ED_DNS,
    [PASS],
  ),
  ...each((c) => ({
    name: `test_dkim_ed25519.py test_extra_headers ${c.join('/')} (message.mbox, h= every field, Received too)`,
    dkimpy: true,
    dnsfunc: ED_DNS,
    raw: () => signedEd(MBOX, { canonicalize: c, headerList: MBOX_FIELDS }),
    expect: [PASS, NO_KEY],
    notModelled: NOT_ASKED,
  })),
  ...multipleFrom('test_dkim_ed25519.py', (m) => signEd(m), ED_DNS, ED_MSG),
];

const TEST_TLSRPT: Case[] = [
  ...each((c) => ({
    name: `test_dkim_tlsrpt.py test_ignores_tlsrptsvc ${c.join('/')} (key s=tlsrpt, an email)`,
    dkimpy: false,
    dnsfunc: TLSRPT_DNS6,
    raw: () => signedRsa(MSG, { canonicalize: c }),
    expect: [NOT_FOR_EMAIL],
  })),
  ...(['strict', 'True'] as const).flatMap((mode) =>
    each(
      (c): Case => ({
        name: `test_dkim_tlsrpt.py test_tlsrpt_with_${mode === 'strict' ? 'strict_' : ''}tlsrptsvc ${c.join('/')} (key s=tlsrpt, tlsrpt=${mode === 'strict' ? "'strict'" : 'True'})`,
        dkimpy: true,
        dnsfunc: TLSRPT_DNS6,
        raw: () => signedRsa(MSG, { canonicalize: c }),
        expect: [NOT_FOR_EMAIL],
        notModelled: TLSRPT_MODE,
      }),
    ),
  ),
  ...each((c) => ({
    name: `test_dkim_tlsrpt.py test_tlsrpt_with_strict_no_tlsrptsvc ${c.join('/')} (key without s=, tlsrpt='strict')`,
    dkimpy: false,
    dnsfunc: TLSRPT_DNS,
    raw: () => signedRsa(MSG, { canonicalize: c }),
    // A key without s= serves every service (RFC 6376 §3.6.1, default "*"): an email passes.
    expect: [PASS],
    notModelled: TLSRPT_MODE,
  })),
  ...each((c) => ({
    name: `test_dkim_tlsrpt.py test_tlsrpt_with_no_tlsrptsvc ${c.join('/')} (key without s=, tlsrpt=True)`,
    dkimpy: true,
    dnsfunc: TLSRPT_DNS,
    raw: () => signedRsa(MSG, { canonicalize: c }),
    expect: [PASS],
  })),
  // As test_l_verify, with 'added more text' (no line end) added each round: only round 1 keeps
  // the l= octets as signed (round 2 signed "…text" + CRLF, now "…textadded…").
  ...each((c, n) => ({
    name: `test_dkim_tlsrpt.py test_tlsrpt_ignore_l_verify ${c.join('/')} (l=, tlsrpt=True, round ${n + 1})`,
    dkimpy: false,
    dnsfunc: TLSRPT_DNS,
    raw: async () => {
      const before = MSG + 'added more text'.repeat(n);
      return `${await signRsa(before, { canonicalize: c, length: true })}${before}added more text`;
    },
    expect: [n === 0 ? { result: 'pass', unsigned: true } : BODY_CHANGED],
    notModelled: `${TLSRPT_MODE}: as an email, l= is honoured (RFC 6376 §3.5), so round 1 passes with its added text counted`,
  })),
  ...each((c, n) => ({
    name: `test_dkim_tlsrpt.py test_tlsrpt_ignore_l_sign ${c.join('/')} (signed tlsrpt=True: no l=; round ${n + 1})`,
    dkimpy: false,
    dnsfunc: TLSRPT_DNS,
    // dkimpy's sign with tlsrpt=True leaves l= out whatever length= says: signed here without l=.
    raw: async () => {
      const before = MSG + 'added more text'.repeat(n);
      const sig = await signRsa(before, { canonicalize: c });
      if (/\bl=/.test(sig)) throw new Error('tlsrpt signature with l=');
      return `${sig}${before}added more text`;
    },
    expect: [BODY_CHANGED],
  })),
];

const ARC_DNS = 'test_arc.py TestSignAndVerify.dnsfunc';
const TEST_ARC: Case[] = [
  {
    name: 'test_arc.py test_signs_and_verifies (the ARC set dkimpy signs, cv=pass)',
    dkimpy: true,
    dnsfunc: ARC_DNS,
    raw: () => EMBEDDED.arcSignedHeaders!.lines!.join('') + MSG,
    expect: [],
    arc: 'pass',
  },
  {
    name: 'test_arc.py test_fails_h_in_as (ARC-Seal with h=, cv=fail)',
    dkimpy: false,
    dnsfunc: ARC_DNS,
    raw: () => EMBEDDED.arcSealWithH!.lines!.join('') + MSG,
    expect: [],
    arc: 'fail',
  },
];

const CASES: Case[] = [...TEST_DKIM, ...TEST_ED25519, ...TEST_TLSRPT, ...TEST_ARC];

/** The domain of the (first) From address, as the engine's DMARC check would use it. */
function fromDomainOf(raw: string): string | null {
  const from = /^From:([^\n]*(?:\n[ \t][^\n]*)*)/im.exec(raw)?.[1] ?? '';
  return /@([A-Za-z0-9.-]+)>?\s*$/.exec(from.trim())?.[1]?.toLowerCase() ?? null;
}
const bytes = (raw: string) => new Uint8Array(Buffer.from(raw, 'latin1'));

async function check(raw: string, dnsfunc: string) {
  return checkDkimAndArc(bytes(raw), {
    resolver: new ZoneResolver(zoneOf(dnsfunc)),
    fromDomain: fromDomainOf(raw),
    now: NOW,
  });
}

function assertDkim(name: string, dkim: DkimCheck[], expected: Expect[]) {
  expect(
    dkim.map((d) => d.result),
    `${name}: ${dkim.map((d) => `${d.result} ${d.cause ?? ''} ${d.info ?? ''}`).join('; ')}`,
  ).toHaveLength(expected.length);
  expected.forEach((e, n) => {
    const d = dkim[n]!;
    const why = `${name} #${n}: ${d.result} ${d.cause ?? ''} ${d.info ?? ''}`;
    if (e.result === 'pass') expect(d.result, why).toBe('pass');
    else expect(['fail', 'permerror', 'neutral', 'policy'], why).toContain(d.result);
    if (e.word) expect(d.result, why).toBe(e.word);
    if (e.cause) expect(d.cause, why).toBe(e.cause);
    if (e.info) expect(d.info ?? '', why).toMatch(e.info);
    if (e.unsigned !== undefined) expect((d.unsignedBytes ?? 0) > 0, why).toBe(e.unsigned);
  });
}

const counts = { cases: 0, agreed: 0, rfc: 0, otherMode: 0, bugs: 0, variants: 0 };

/**
 * dkimpy's own fields (signed-by-dkimpy.json) besides the cases that need one: its default
 * signature of test.message and ed25519test.msg (h= with From twice, i=, folded at column 72), one
 * folded with LF (linesep), one with l=; and the default ones with test_multiple_from_fails's From
 * added above the signed one, which their second h=from catches.
 */
const fromAbove = (msg: string) => HFROM + msg;
const DKIMPY_OWN: Array<[string, string, string, string, Expect]> = [
  ['relaxed/simple (the default)', 'rsaDefault', MSG, DKIM_DNS, PASS],
  ['simple/relaxed, linesep=\\n', 'rsaLfLinesep', MSG, DKIM_DNS, PASS],
  ['simple/simple, length=True (l=25)', 'rsaLength', MSG, DKIM_DNS, { result: 'pass', unsigned: false }],
  ['the default, a From added above', 'rsaDefault', fromAbove(MSG), DKIM_DNS, FROM_ADDED],
  ['Ed25519, the default', 'ed25519Default', ED_MSG, ED_DNS, PASS],
  ['Ed25519, the default, a From added above', 'ed25519Default', fromAbove(ED_MSG), ED_DNS, FROM_ADDED],
];

describe("dkimpy's own signatures", () => {
  for (const [name, field, msg, dnsfunc, e] of DKIMPY_OWN)
    it(name, async () => {
      const { dkim } = await check(dkimpyMade(field) + msg, dnsfunc);
      assertDkim(name, dkim, [e]);
    });
});

describe("dkimpy's tests (test_dkim.py, test_dkim_ed25519.py, test_dkim_tlsrpt.py, test_arc.py)", () => {
  it("the names are unique, and every answer other than dkimpy's says why", () => {
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
    for (const c of CASES) {
      const ours = c.arc ? c.arc === 'pass' : c.expect[0]?.result === 'pass';
      if (ours !== c.dkimpy) expect(c.rfc ?? c.notModelled ?? c.bug, c.name).toBeTruthy();
    }
  });
  for (const c of CASES) {
    // Our answer for what dkimpy checks: the first signature, or the ARC chain.
    const ours = c.arc ? c.arc === 'pass' : c.expect[0]?.result === 'pass';
    counts.cases++;
    if (c.bug) counts.bugs++;
    else if (c.rfc) counts.rfc++;
    else if (ours !== c.dkimpy) counts.otherMode++;
    else counts.agreed++;
    const run = async () => {
      const { dkim, arc } = await check(await c.raw(), c.dnsfunc);
      assertDkim(c.name, dkim, c.expect);
      if (c.arc) expect(arc.result, `${c.name}: ${arc.info ?? ''}`).toBe(c.arc);
    };
    if (c.bug) it.fails(`${c.name} — BUG: ${c.bug}`, run);
    else it(c.name, run);
  }
});

describe('test_dkim_signature_canonicalization on the 1024-bit test key (its point past RFC 8301 §3.2)', () => {
  // Same procedure and message as the dkimpy test, signed with test.private as example.com/test.
  const variants = canonicalizationCases(
    'test_dkim.py',
    EMBEDDED.canonicalizationMessage!.text!,
    (m, hc) => signRsa(m, { canonicalize: [hc, 'relaxed'] }),
    DKIM_DNS,
    [PASS],
  );
  for (const v of variants) {
    it(`${v.name}, signed again with the 1024-bit test key`, async () => {
      const { dkim } = await check(await v.raw(), v.dnsfunc);
      assertDkim(v.name, dkim, v.expect);
      counts.variants++;
    });
  }
});

describe("dkimpy's cases through the whole engine", () => {
  it('analyzeMessage never throws, never says temperror, and never authenticates what does not pass', async () => {
    for (const c of CASES) {
      const raw = await c.raw();
      const a = await analyzeMessage(bytes(raw), { resolver: new ZoneResolver(zoneOf(c.dnsfunc)), now: NOW });
      expect(['authenticated', 'suspicious', 'spoofed', 'unverified'], c.name).toContain(a.verdict);
      expect(
        a.dkim.some((d) => d.result === 'temperror'),
        c.name,
      ).toBe(false);
      if (!c.expect.some((e) => e.result === 'pass') && c.arc !== 'pass')
        expect(a.verdict, c.name).not.toBe('authenticated');
    }
  });
});

afterAll(() => {
  const lines = CASES.filter((c) => c.bug || c.rfc || c.notModelled).map(
    (c) => `${c.name}: ${c.bug ? `BUG: ${c.bug}` : (c.rfc ?? c.notModelled)}`,
  );
  console.log(
    `dkimpy suite: ${counts.cases} cases: ${counts.agreed} as dkimpy says, ${counts.rfc} per the RFC over ` +
      `dkimpy, ${counts.otherMode} answered for an email where dkimpy verified a TLS report, ` +
      `${counts.bugs} bugs (it.fails); ${counts.variants} signed again:\n  ${lines.join('\n  ')}`,
  );
});
