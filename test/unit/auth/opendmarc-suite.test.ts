// The DMARC record parse table of OpenDMARC (test/fixtures/opendmarc/README.md): the 19 records of
// its libopendmarc/tests/test_dmarc_parse.c and the one of test_parse_to_buf.c, each with the status
// opendmarc_policy_parse_dmarc() must return for it. Each record is served as the one TXT string of
// `_dmarc.abuse.net` (the domain the C test parses them for) and HeaderLens is asked what it does
// with mail From abuse.net under it: checkDmarc for a message without an aligned pass, with an
// aligned DKIM pass and with an aligned SPF pass (both from mail.abuse.net, so relaxed alignment,
// the default every record here leaves in place, is what aligns them), and analyzeMessage on an
// unsigned message delivered from outside (the reader's view: "spoofed" only under an enforced p=).
//
// OpenDMARC's statuses read as results the way its milter writes them (opendmarc/opendmarc.c):
// DMARC_PARSE_OKAY is a record whose p= applies (its parser takes any left match of "none",
// "quarantine", "reject": p=n is none); BAD_VERSION, BAD_VALUE and NO_REQUIRED_P become
// `dmarc=permerror` with no policy; EMPTY is no record (none).
//
// Eleven of the twenty differ, and RFC 7489 decides each for HeaderLens (see `rfc`): a bad value
// in any tag but p= / sp= is discarded and its default applies (§6.3), so the record still applies
// with p=none; a record with no valid p= or an invalid sp= and no valid rua= gets no DMARC
// processing at all (§6.6.3 step 6; RFC 9989 §4.10.1), and one that does not start with
// v=DMARC1 is no DMARC record (§6.6.3 steps 2 and 4): none, never enforced.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { checkDmarc } from '../../../lib/auth/dmarc';
import { ZoneResolver } from '../../../lib/dns/zone';
import type { DkimCheck, DmarcCheck, SpfCheck } from '../../../lib/types';

const dir = join(__dirname, '../../fixtures/opendmarc');
const NOW = new Date('2026-01-02T00:00:00Z');

type Outcome =
  | 'DMARC_PARSE_OKAY'
  | 'DMARC_PARSE_ERROR_EMPTY'
  | 'DMARC_PARSE_ERROR_BAD_VERSION'
  | 'DMARC_PARSE_ERROR_BAD_VALUE'
  | 'DMARC_PARSE_ERROR_NO_REQUIRED_P';

interface SuiteCase {
  n: number;
  source: string;
  record: string;
  outcome: Outcome;
}

const SUITE = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as {
  domain: string;
  cases: SuiteCase[];
};
const DOMAIN = SUITE.domain;

type Policy = DmarcCheck['policy'];

/** What HeaderLens answers for a message without an aligned pass, where it is not OpenDMARC's. */
interface Rfc {
  result: DmarcCheck['result'];
  policy: Policy;
  why: string;
}

/** OpenDMARC's p= for an OKAY record: any left match of a policy word (opendmarc_policy.c). */
const OKAY_POLICY: Record<number, Policy> = { 3: 'reject', 4: 'quarantine' };

const IGNORED_TAG = (tag: string, def: string) =>
  `${tag} has a value outside its grammar; RFC 7489 §6.3: "Syntax errors in the remainder of the record ` +
  `SHOULD be discarded in favor of default values (if any) or ignored outright", so ${tag} takes its default ` +
  `(${def}) and the record applies with p=none: an unaligned message fails under policy none (OpenDMARC ` +
  'rejects the whole record: permerror)';
const NO_PROCESSING = (what: string) =>
  `${what} and no rua=; RFC 7489 §6.6.3 step 6 (RFC 9989 §4.10.1): a record that "does not contain a valid ` +
  '"p" tag, or contains an "sp" tag that is not valid" acts as p=none only when a rua= tag holds a ' +
  'syntactically valid reporting URI; otherwise the receiver applies no DMARC processing to the message: ' +
  'none, no policy';

const RFC: Record<number, Rfc> = {
  5: {
    result: 'none',
    policy: null,
    why: NO_PROCESSING(
      'p=n is no policy: RFC 7489 §6.3 allows "none", "quarantine" and "reject" only (OpenDMARC takes any ' +
        'left match and applies p=none)',
    ),
  },
  7: {
    result: 'none',
    policy: null,
    why:
      '"V=BOB" does not start with v=DMARC1; RFC 7489 §6.6.3 steps 2 and 4: "Records that do not start with a "v=" ' +
      'tag that identifies the current version of DMARC are discarded", so there is no record: none ' +
      '(OpenDMARC: permerror)',
  },
  8: { result: 'none', policy: null, why: NO_PROCESSING('p=bob is no valid p= (OpenDMARC: permerror)') },
  9: {
    result: 'none',
    policy: null,
    why: NO_PROCESSING('sp=bob "contains an "sp" tag that is not valid" (OpenDMARC: permerror)'),
  },
  10: { result: 'fail', policy: 'none', why: IGNORED_TAG('adkim=bob', 'adkim=r') },
  11: { result: 'fail', policy: 'none', why: IGNORED_TAG('aspf=bob', 'aspf=r') },
  12: {
    result: 'fail',
    policy: 'none',
    why: IGNORED_TAG('rf=bob', 'rf=afrf; RFC 9989 drops rf= and §4.7 ignores unknown tags'),
  },
  13: { result: 'fail', policy: 'none', why: IGNORED_TAG('ri=bob', 'ri=86400') },
  14: {
    result: 'fail',
    policy: 'none',
    why: IGNORED_TAG(
      'pct=500',
      'pct=100: §6.3 allows an "integer between 0 and 100, inclusive"; RFC 9989 drops pct=',
    ),
  },
  15: { result: 'none', policy: null, why: NO_PROCESSING('no p= at all (OpenDMARC: permerror)') },
  19: {
    result: 'fail',
    policy: 'none',
    why: IGNORED_TAG('rf=000000000000000000000000000000000', 'rf=afrf; RFC 9989 drops rf='),
  },
};

/** OpenDMARC's answer for a message without an aligned pass, as its milter writes it. */
function openDmarcAnswer(c: SuiteCase): { result: DmarcCheck['result']; policy: Policy } {
  switch (c.outcome) {
    case 'DMARC_PARSE_OKAY':
      return { result: 'fail', policy: OKAY_POLICY[c.n] ?? 'none' };
    case 'DMARC_PARSE_ERROR_EMPTY':
      return { result: 'none', policy: null };
    default:
      return { result: 'permerror', policy: null };
  }
}

const NO_SPF: SpfCheck = {
  result: 'none',
  domain: '',
  aligned: false,
  ip: null,
  helo: null,
  envelopeFrom: null,
  mechanism: null,
  explanation: null,
  lookups: 0,
  info: null,
};
const SPF_PASS: SpfCheck = { ...NO_SPF, result: 'pass', domain: `mail.${DOMAIN}` };
const DKIM_PASS: DkimCheck = {
  result: 'pass',
  domain: `mail.${DOMAIN}`,
  selector: 's1',
  aligned: false,
  algorithm: null,
  keyBits: null,
  identity: null,
  cause: null,
  info: null,
  line: null,
};

/** An unsigned message From the suite's domain, handed over by an outside host. */
const MESSAGE = new TextEncoder().encode(
  [
    'Received: from mail.sender.example (mail.sender.example [192.0.2.25]) by mx.receiver.example',
    ' with ESMTPS id 1; Thu, 01 Jan 2026 00:00:05 +0000',
    `From: Abuse Desk <abuse@${DOMAIN}>`,
    'To: you@receiver.example',
    'Subject: parse case',
    'Date: Thu, 01 Jan 2026 00:00:00 +0000',
    `Message-ID: <case@${DOMAIN}>`,
    '',
    'Hello',
    '',
  ].join('\r\n'),
);

const counts = { agreed: 0, rfc: 0 };

describe('OpenDMARC DMARC record parse table (libopendmarc/tests/test_dmarc_parse.c)', () => {
  it('has every record of the table, and the one of test_parse_to_buf.c', () => {
    expect(SUITE.cases).toHaveLength(20);
    expect(
      SUITE.cases.filter((c) => c.source.startsWith('libopendmarc/tests/test_dmarc_parse.c')),
    ).toHaveLength(19);
    expect(SUITE.cases.map((c) => c.n)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  for (const c of SUITE.cases) {
    it(`${c.n}: ${JSON.stringify(c.record)} (${c.outcome})`, async () => {
      const resolver = new ZoneResolver({
        [`_dmarc.${DOMAIN}`]: { TXT: [c.record] },
        [DOMAIN]: { A: ['192.0.2.1'] },
      });
      const theirs = openDmarcAnswer(c);
      const rfc = RFC[c.n];
      const want = rfc ?? theirs;
      // Where the table and we differ, the difference is the point of `rfc`: never a restatement.
      if (rfc) expect([rfc.result, rfc.policy]).not.toEqual([theirs.result, theirs.policy]);
      const applies = want.result === 'fail';

      const check = (spf: SpfCheck, dkim: DkimCheck[]) =>
        checkDmarc({ fromDomain: DOMAIN, spf, dkim, resolver });
      const failed = await check(NO_SPF, []);
      const why = `${c.n}: ${failed.result} ${failed.policy} — ${failed.info}`;
      expect(failed.result, why).toBe(want.result);
      expect(failed.policy, why).toBe(want.policy);
      if (applies) {
        expect(failed.record, why).toBe(c.record);
        expect(failed.domain, why).toBe(DOMAIN);
        // Every record here leaves pct= at 100 (pct=500 is out of range, §6.3) and alignment relaxed.
        expect(failed.pct, why).toBe(100);
        expect(failed.alignment, why).toEqual({ spf: 'r', dkim: 'r' });
      } else {
        // No valid p=: never a policy, never enforced.
        expect(failed.policy, why).toBeNull();
      }

      // An aligned pass (relaxed: mail.abuse.net) passes wherever the record applies.
      for (const [label, spf, dkim, by] of [
        ['dkim', NO_SPF, [DKIM_PASS], 'dkim'],
        ['spf', SPF_PASS, [], 'spf'],
      ] as const) {
        const passed = await check(spf, [...dkim]);
        const whyPass = `${c.n} (${label} pass): ${passed.result} ${passed.policy} — ${passed.info}`;
        expect(passed.result, whyPass).toBe(applies ? 'pass' : 'none');
        expect(passed.policy, whyPass).toBe(want.policy);
        expect(passed.passedBy, whyPass).toEqual(applies ? [by] : []);
      }

      // The reader's view of an unaligned message: enforced only under quarantine or reject.
      const a = await analyzeMessage(MESSAGE, { resolver, now: NOW });
      expect(a.dmarc.result, a.summary).toBe(want.result);
      expect(a.dmarc.policy, a.summary).toBe(want.policy);
      const enforced = want.policy === 'quarantine' || want.policy === 'reject';
      if (enforced) expect(a.verdict, a.summary).toBe('spoofed');
      else expect(a.verdict, a.summary).not.toBe('spoofed');

      if (rfc) counts.rfc++;
      else counts.agreed++;
    });
  }
});

afterAll(() => {
  const rfc = Object.entries(RFC).map(([n, r]) => `${n}: ${r.why}`);
  console.log(
    `OpenDMARC parse table: ${counts.agreed} records read as OpenDMARC reads them, ${counts.rfc} per ` +
      `RFC 7489 over OpenDMARC:\n  ${rfc.join('\n  ')}`,
  );
});
