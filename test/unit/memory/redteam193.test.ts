// Red team round 193 of the sender memory, after perf helper p12 (33969832, 3f0579fc): a record's
// size kept by its index in the lineage (Float64Array), the eviction order kept as a binary
// min-heap (key, then name), and the byte budget (lib/memory/budget.ts withinBudget). The attacker
// reads lib/memory and sends authenticated mail from domains he owns, and only those.
//  1. evicting a remembered supplier (northbank.example, 23 messages via SendGrid: sequence.ts)
//     so that an EC2 spoof passing SPF through the domain's broad include reads as a first contact;
//  2. the caches shared by one message's recall and learning (messageKey, senderKey);
//  3. the look-alike prefilter (mayHideLabel's table of six-character hashes) and the candidates
//     pass, against remembered names the table or the shapes file as written, not as read.
// Messages: northbank's are test/unit/memory/sequence.ts's (SendGrid's outbound host
// s.wrqvtzvf.outbound-mail.sendgrid.net at 149.72.126.143, its bounces+NNN@emNNNN.<domain>
// envelope, d=<domain> s=s1: the layout of SendGrid's domain authentication as its docs describe
// it, already cited there); the attacker's floods are the hand-made authenticated analyses of
// authenticated.ts, as in redteam160/168.
import { beforeAll, describe, expect, it } from 'vitest';
import { lookalikeAmong } from '../../../lib/findings/lookalike';
import { memoryRule } from '../../../lib/findings/memory';
import {
  emptyMemory,
  forgetDomain,
  type LearnOptions,
  learn,
  type MemoryLimits,
  messageKey,
  parseMemory,
  recallSender,
  type SenderMemory,
  type SenderRecall,
  serializeMemory,
  snapshotOf,
} from '../../../lib/memory';
import { DEFAULT_LIMITS } from '../../../lib/memory/learn';
import { evictsBefore, firstToEvict } from '../../../lib/memory/lineage';
import type { Analysis, Finding } from '../../../lib/types';
import { baseCtx } from '../findings/build';
import { authenticatedFrom } from './authenticated';
import { analyse, message, type Spec } from './sequence';

const START = new Date('2026-11-01T00:00:00Z');
const SEQ_START = new Date('2026-11-21T08:00:00Z');
const BANK = 'northbank.example';
const AT = '2026-11-02T00:00:00.000Z';
const LATER = '2026-11-03T00:00:00.000Z';
/** After northbank's last message (sequence.ts analyses from 2026-11-21T09:00Z). */
const FLOOD_AT = '2026-11-22T00:00:00.000Z';

const memoryIds = (findings: Finding[]) =>
  findings
    .filter((f) =>
      /^(new-infrastructure|dkim-selector-changed|dkim-domain-changed|first-contact|lookalike-of-known)$/.test(
        f.id,
      ),
    )
    .map((f) => `${f.id}:${f.severity}`);

/** An authenticated message from `address` (its domain signs it), learnt at `at`. */
function from(address: string, n: number, at = AT): Analysis {
  const domain = address.replace(/.*@/, '');
  const a = authenticatedFrom(domain, n, at);
  return { ...a, from: { address, domain, displayName: '' } };
}

function read(m: SenderMemory, a: Analysis): { recall: SenderRecall | null; findings: Finding[] } {
  const snapshot = snapshotOf(m);
  const recall = recallSender(snapshot, a);
  const findings = memoryRule({
    ...baseCtx(),
    analysis: { ...a, memory: recall },
    options: { senderMemory: snapshot },
  });
  return { recall, findings };
}

function teach(m: SenderMemory, a: Analysis, opts: LearnOptions = {}): SenderMemory {
  const { findings } = read(m, a);
  return learn(m, { ...a, findings }, opts).memory;
}

function taught(list: Array<[string, number]>, start = 0, at = AT, opts: LearnOptions = {}): SenderMemory {
  let m = emptyMemory(START);
  let n = start;
  for (const [address, count] of list)
    for (let i = 0; i < count; i++) m = teach(m, from(address, n++, at), opts);
  return m;
}

/** Learns `count` messages from each of `domains` into `m`. */
function flood(
  m: SenderMemory,
  domains: string[],
  count: number,
  opts: LearnOptions,
  n0 = 5000,
): SenderMemory {
  let n = n0;
  for (const d of domains)
    for (let i = 0; i < count; i++) m = teach(m, from(`billing@${d}`, n++, FLOOD_AT), opts);
  return m;
}

const has = (m: SenderMemory, domain: string) => m.domains.some((d) => d.domain === domain);
const size = (m: SenderMemory, domain: string) =>
  JSON.stringify(m.domains.find((d) => d.domain === domain)).length + 1;

/** The index the eviction order puts first, by a plain sort (what the heap must agree with). */
function walkFirst(m: SenderMemory): number {
  let first = -1;
  m.domains.forEach((d, i) => {
    if (first < 0 || evictsBefore(d, m.domains[first]!) < 0) first = i;
  });
  return first;
}

/** northbank.example's 23 messages via SendGrid, analysed and learnt one after another. */
async function northbank(last: LearnOptions = {}): Promise<SenderMemory> {
  let m = emptyMemory(SEQ_START);
  for (let n = 1; n <= 23; n++) {
    const a = await analyse(await message({ n } as Spec), snapshotOf(m), n);
    m = learn(m, a, n === 23 ? last : {}).memory;
  }
  return m;
}

/** northbank.example's messages `first` to `last` learnt into `m` with `limits`, each checked within them. */
async function northbankMore(m: SenderMemory, first: number, last: number, limits: MemoryLimits) {
  for (let n = first; n <= last; n++) {
    const a = await analyse(await message({ n } as Spec), snapshotOf(m), n + 100);
    m = learn(m, a, { limits }).memory;
    expect(JSON.stringify(m.domains).length).toBeLessThanOrEqual(limits.bytes ?? Number.POSITIVE_INFINITY);
  }
  return m;
}

/** The EC2 spoof passing SPF through northbank's broad include, unsigned (sequence.ts). */
async function awsSpoof(m: SenderMemory, extra: Partial<Spec> = {}): Promise<Analysis> {
  return analyse(await message({ n: 90, via: 'aws', selector: null, ...extra }), snapshotOf(m), 120);
}

let bank: SenderMemory;
let bankGood: SenderMemory;
beforeAll(async () => {
  bank = await northbank();
  bankGood = await northbank({ knownGood: true });
  expect(bank.domains.find((d) => d.domain === BANK)?.count).toBe(23);
}, 120_000);

/**
 * `k` of the attacker's own domains, unlike each other and any remembered name (names one edit
 * apart would be look-alikes of each other, and refused): letters from a fixed pseudo-random run,
 * each name starting with `z` (sorting after the supplier's, so equal keys go its way).
 */
function attackers(k: number, seed = 193): string[] {
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < k; i++) {
    let name = 'z';
    for (let j = 0; j < 11; j++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      name += String.fromCharCode(97 + ((x >>> 16) % 26));
    }
    out.push(`${name}.example`);
  }
  return out;
}

describe('round 193, 1: evicting the remembered supplier', () => {
  const eight: MemoryLimits = { ...DEFAULT_LIMITS, domains: 8 };

  // Controls (read right): first contacts go first, whatever their names; a flood one tier below
  // the supplier's (8 messages a domain against 23) does not reach it; the spoof is then new.
  it('a flood of one-message first contacts, named to sort after it, never evicts it', async () => {
    const m = flood(bank, attackers(30), 1, { limits: eight });
    expect(has(m, BANK)).toBe(true);
    const spoof = await awsSpoof(m);
    expect(spoof.findings.find((f) => f.id === 'new-infrastructure')?.severity).toBe('medium');
  });

  it('a flood of domains one tier below (8 messages each) leaves it', () => {
    expect(has(flood(bank, attackers(12), 8, { limits: eight }), BANK)).toBe(true);
  });

  // The designed cost, documented: a flood in the supplier's own tier (16 messages a domain for a
  // sender of 16-31), seen later, evicts it (least recently seen first among equals).
  it('a flood in its own tier, seen later, evicts it (16 messages a domain: the tiers’ price)', () => {
    expect(has(flood(bank, attackers(8), 16, { limits: eight }), BANK)).toBe(false);
  });

  // Budget's edge. Reads now: when a learnt first contact takes the list over the byte budget,
  // withinBudget's first pass drops "records larger than their share" (budget ÷ domain limit) in
  // the eviction order, and the only such record is the supplier's (its 23 latest messages):
  // northbank.example (23 messages, and marked known good in the second case) is evicted before
  // any of the attacker's one-message domains, and the EC2 spoof then draws first-contact:info
  // instead of new-infrastructure:medium. Should: a one-message domain leaves before a record
  // of a higher tier; size alone should not outrank the tiers, nor the user's known-good mark.
  // At fault: lib/memory/budget.ts withinBudget (the `pass` loop, `recordBytes(d) <= share`).
  // The attacker cannot make his records over share without their going first, so he keeps
  // them at or under it and lets the victim be the one that is: at the default limits the
  // share is about 8.4 KB, reached by a genuine record with many signers, selectors and
  // networks (a known-good platform sender); the test scales the budget (8 domains, 8 × the
  // attacker's record) to reach it with the 23-message SendGrid record. Smallest fix: in the
  // first pass skip known-good records and records of a higher tier (rank) than the lowest
  // tier among the records not yet dropped; let the second pass order the rest. It could
  // hurt: a genuine sender whose record really is bloated (a long-lived platform sender with
  // every list full) would stay and push out several one-message first contacts instead.
  it('a list pushed over the byte budget by small first contacts evicts them, not the supplier', async () => {
    const probe = teach(emptyMemory(START), from(`billing@${attackers(1)[0]}`, 1, FLOOD_AT));
    const a = size(probe, attackers(1)[0]!) + 8;
    expect(size(bank, BANK)).toBeGreaterThan(a + 16);
    const limits: MemoryLimits = { ...DEFAULT_LIMITS, domains: 8, bytes: 8 * (a + 1) };
    const m = flood(bank, attackers(7), 1, { limits });
    expect(has(m, BANK)).toBe(true);
    const spoof = await awsSpoof(m);
    expect(memoryIds(spoof.findings)).toContain('new-infrastructure:medium');
  });

  it('the same, with the supplier marked known good', () => {
    const probe = teach(emptyMemory(START), from(`billing@${attackers(1)[0]}`, 1, FLOOD_AT));
    const a = size(probe, attackers(1)[0]!) + 8;
    const limits: MemoryLimits = { ...DEFAULT_LIMITS, domains: 8, bytes: 8 * (a + 1) };
    expect(bankGood.domains.find((d) => d.domain === BANK)?.knownGood).toBe(true);
    expect(has(flood(bankGood, attackers(7), 1, { limits }), BANK)).toBe(true);
  });

  // Controls of the fix (withinBudget's first pass now keeps to the lowest tier still kept and
  // skips known-good records): a first contact bloated with signatures (over its share, named to
  // sort after the others, seen at the same instant) still leaves before the small ones of its
  // tier; and keeping the supplier, plain or known good, never lets the list outgrow its budget,
  // the first contacts going instead at every step, nor when the supplier itself grows.
  it('a bloated first contact still leaves first, and the list never outgrows the budget', async () => {
    const probe = teach(emptyMemory(START), from(`billing@${attackers(1)[0]}`, 1, FLOOD_AT));
    const a = size(probe, attackers(1)[0]!) + 8;
    const bytes = 8 * (a + 1);
    const limits: MemoryLimits = { ...DEFAULT_LIMITS, domains: 8, bytes };
    const within = (x: SenderMemory) => expect(JSON.stringify(x.domains).length).toBeLessThanOrEqual(bytes);
    const bloated = 'zzzzzzzzbloat.example';
    const signed = (d: string, n: number, k: number): Analysis => {
      const x = from(`billing@${d}`, n, FLOOD_AT);
      const extra = Array.from({ length: k }, (_, i) => ({
        ...x.dkim[0]!,
        domain: `${'s'.repeat(20 + i)}.${d}`,
        selector: `k${i}${'q'.repeat(30)}`,
      }));
      return { ...x, dkim: [...x.dkim, ...extra] };
    };
    for (const start of [bank, bankGood]) {
      const names = attackers(9, 11);
      let m = flood(start, names.slice(0, 2), 1, { limits }, 7000);
      m = teach(m, signed(bloated, 7100, 4), { limits });
      within(m);
      expect(size(m, bloated)).toBeGreaterThan(bytes / 8);
      expect(has(m, bloated)).toBe(true);
      let n = 7200;
      for (const d of names.slice(2)) {
        m = teach(m, from(`billing@${d}`, n++, FLOOD_AT), { limits });
        within(m);
        expect(has(m, BANK)).toBe(true);
      }
      expect(has(m, bloated)).toBe(false);
      expect(has(m, names[names.length - 1]!)).toBe(true);
      // The supplier's own next messages: the list still holds within the budget.
      const more = await northbankMore(m, 24, 26, limits);
      within(more);
      expect(has(more, BANK)).toBe(true);
    }
  });

  // Control: with a budget the list stays within, the same seven first contacts leave it.
  it('the same seven first contacts within the budget leave it', () => {
    const m = flood(bank, attackers(7), 1, { limits: eight });
    expect(has(m, BANK)).toBe(true);
  });

  // The heap against a plain sort after every step an attacker or a user can cause: equal keys
  // (one analysis instant for a whole flood, so the name decides), names sorting before and
  // after, a record updated between two learns, a forget, an export/import round trip, learning
  // on from an older memory (a second branch), a limit lowered. Reads right.
  it('the heap names the same first-to-go as a sort after forget, import, branches and equal keys', () => {
    const limits: MemoryLimits = { ...DEFAULT_LIMITS, domains: 10 };
    let m = taught([[`billing@${BANK}`, 5]], 0, AT, { limits });
    const check = (x: SenderMemory) => expect(firstToEvict(x.domains)).toBe(walkFirst(x));
    const names = ['aa-first', 'zz-last', 'northbank-secure', 'mm-mid', 'a', 'zzzz'];
    let n = 100;
    for (let round = 0; round < 4; round++) {
      for (const nm of names) {
        m = teach(m, from(`x@${nm}${round}.example`, n++, LATER), { limits });
        check(m);
        // The same domain again at the same instant (its key moves up a tier, its name unchanged).
        if (round % 2 === 0) m = teach(m, from(`x@${nm}${round}.example`, n++, LATER), { limits });
        check(m);
      }
      m = forgetDomain(m, `mm-mid${round}.example`);
      check(m);
      const back = parseMemory(serializeMemory(m));
      expect(back.ok).toBe(true);
      if (back.ok) m = back.memory;
      check(m);
      // A second branch learnt from the same older memory, then the first branch goes on.
      const older = m;
      const branch = teach(older, from(`x@branch${round}.example`, n++, LATER), { limits });
      check(branch);
      m = teach(older, from(`x@trunk${round}.example`, n++, LATER), { limits });
      check(m);
      check(branch);
    }
    const lowered = teach(m, from('x@after-lowering.example', n++, LATER), {
      limits: { ...limits, domains: 4 },
    });
    expect(lowered.domains.length).toBe(4);
    check(lowered);
    expect(has(m, BANK)).toBe(true);
  });
  // The kept sizes (per index in the lineage, per list, per latest-messages list) against the
  // text itself, over what the attacker steers: records that grow (more signatures a message),
  // evictions into a slot, a domain replacing itself, learning on from an older memory, a forget.
  // A size kept too small would let the list outgrow the import's limit, and the next load would
  // refuse the whole file (every sender forgotten). Reads right.
  it('the list never outgrows its byte budget, whatever the records’ sizes and the branches', () => {
    const limits: MemoryLimits = { ...DEFAULT_LIMITS, domains: 6, bytes: 9000 };
    const names = attackers(14, 7);
    const signed = (d: string, n: number, k: number): Analysis => {
      const a = from(`x@${d}`, n, LATER);
      const extra = Array.from({ length: k }, (_, i) => ({
        ...a.dkim[0]!,
        domain: `${'s'.repeat(20 + i)}.${d}`,
        selector: `k${i}${'q'.repeat(30)}`,
      }));
      return { ...a, dkim: [...a.dkim, ...extra] };
    };
    let m = taught([[`billing@${BANK}`, 5]], 0, AT, { limits });
    let older = m;
    let n = 300;
    let peak = 0;
    let underLimit = 0;
    for (let step = 0; step < 120; step++) {
      const d = names[(step * 5) % names.length]!;
      const base = step % 9 === 0 ? older : m;
      const next = teach(base, signed(d, n++, (step % 5) * 3), { limits });
      const text = JSON.stringify(next.domains).length;
      expect(text).toBeLessThanOrEqual(9000);
      peak = Math.max(peak, text);
      // The budget, not the domain limit, made room (fewer than six domains kept).
      if (next.domains.length < 6 && base.domains.length >= 5) underLimit++;
      if (step % 9 === 0) older = next;
      else m = next;
      if (step % 17 === 16) m = forgetDomain(m, names[step % names.length]!);
    }
    expect(peak).toBeGreaterThan(8000);
    expect(underLimit).toBeGreaterThan(0);
  });
});

describe('round 193, 2: caches shared by one message’s recall and learning', () => {
  // A spoof carrying a Message-ID the supplier really used (a newsletter's, sent to many): the
  // recall takes it for a message already counted and leaves that message's contribution out;
  // the EC2 network is still new and the verdict is not authenticated. Reads right.
  it('an EC2 spoof reusing a remembered Message-ID is still new infrastructure', async () => {
    const spoof = await awsSpoof(bank, { messageId: '<stmt-5.northbank.example@mail.example>' });
    expect(spoof.memory?.current.alreadyCounted).toBe(true);
    expect(memoryIds(spoof.findings)).toContain('new-infrastructure:medium');
    expect(spoof.verdict).not.toBe('authenticated');
    expect(learn(bank, spoof).outcome).not.toBe('learnt');
  });

  // A spoof analysed (not learnt), then a genuine message: the genuine one is filed under its own
  // key, network and SPF term, none of the spoof's. Reads right.
  it('a spoof analysed just before leaves nothing in the genuine message’s learning', async () => {
    const spoof = await awsSpoof(bank);
    expect(learn(bank, spoof).outcome).not.toBe('learnt');
    const genuine = await analyse(await message({ n: 24 }), snapshotOf(bank), 121);
    const r = learn(bank, genuine);
    expect(r.outcome).toBe('learnt');
    const rec = r.memory.domains.find((d) => d.domain === BANK)!;
    const last = rec.recent[rec.recent.length - 1]!;
    expect(last.h).not.toBe(messageKey(spoof));
    expect(last.i).toBe('esp:SendGrid');
    expect(last.m).toBe(genuine.spf.mechanism?.toLowerCase() ?? null);
    expect(rec.infra.map((i) => i.key)).toEqual(['esp:SendGrid']);
  });

  // Same From, no Message-ID, two Dates (and the reverse order of asking): two keys.
  it('two messages without a Message-ID from one From at two Dates are two messages', () => {
    const f = { address: `billing@${BANK}`, domain: BANK, displayName: '' };
    const a = { messageId: null, date: '2026-11-20T10:00:00.000Z', from: f } as unknown as Analysis;
    const b = { messageId: null, date: '2026-11-20T11:00:00.000Z', from: f } as unknown as Analysis;
    const ka = messageKey(a);
    const kb = messageKey(b);
    expect(ka).not.toBe(kb);
    expect(messageKey(a)).toBe(ka);
  });

  // The genuine control: a real rotation of ESP (the supplier's own key with a new selector, via
  // another service) is learnt with its note once; the same message analysed again counts once.
  it('a genuine rotation learnt once, counted once on a second look', async () => {
    const moved = await analyse(await message({ n: 30, selector: 's2' }), snapshotOf(bank), 130);
    const r = learn(bank, moved);
    expect(r.outcome).toBe('learnt');
    const again = await analyse(await message({ n: 30, selector: 's2' }), snapshotOf(r.memory), 131);
    expect(again.memory?.current.alreadyCounted).toBe(true);
    expect(learn(r.memory, again).outcome).toBe('counted-before');
  });
});

describe('round 193, 3: the look-alike prefilter and remembered names filed as written', () => {
  // Controls (read right): digits for letters glued on, a name learnt through an import, a
  // new subsidiary under the supplier's own domain.
  it('n0rthbanksecure is a look-alike first contact', () => {
    const m = taught([[`security@${BANK}`, 4]]);
    expect(memoryIds(read(m, from('a@n0rthbanksecure.example', 900, LATER)).findings)).toEqual([
      'first-contact:medium',
    ]);
  });

  it('a remembered name that came in through an import is found glued', () => {
    const back = parseMemory(serializeMemory(taught([[`security@${BANK}`, 4]])));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(memoryIds(read(back.memory, from('a@northbankalerts.example', 901, LATER)).findings)).toEqual([
      'first-contact:medium',
    ]);
  });

  it('the supplier’s new subsidiary under its own name is no first contact', () => {
    const m = taught([[`security@${BANK}`, 4]]);
    const ids = memoryIds(read(m, from(`a@payments.${BANK}`, 902, LATER)).findings);
    expect(ids.filter((i) => i.startsWith('first-contact'))).toEqual([]);
  });

  it('comerstone.example (rn written m) is a look-alike of cornerstone.example', () => {
    const m = taught([['news@cornerstone.example', 4]]);
    expect(memoryIds(read(m, from('a@comerstone.example', 903, LATER)).findings)).toEqual([
      'first-contact:medium',
    ]);
  });

  // Reads now: first-contact:info for comerstonebilling.example and comerstone-billing.example
  // when cornerstone.example (4 messages) is remembered. Should: first-contact:medium, as
  // cornerstonebilling reads (the remembered name with a word glued on, written with m for rn).
  // At fault, twice: the judge, lib/findings/lookalike.ts reasonRead, compares the sender's
  // label and its skeleton with the remembered label as written (`glued(skel, t.label)`,
  // `readParts.includes(t.label)`), never with the remembered label's own skeleton ("comerstone");
  // lookalikeAmong('comerstonebilling.example', ['cornerstone.example']) is null. And the
  // prefilter before it, lib/findings/memory.ts imitable: mayHideLabel's table and withLabel
  // (lib/memory/lineage.ts) hold the remembered label as written ("corner…"), which the name
  // never contains. Smallest fix: in reasonRead also test glued/held/parts against
  // skeleton(t.label) for kind 'remembered'; in the lineage, file a remembered label's skeleton
  // beside it (a second `starts` hash and run entry) when it differs, and let withLabel match
  // either. Could hurt: a genuine first contact whose name differs from a remembered one only by
  // rn/m, vv/w, cl/d and that glues a word on (a remembered "modembank" beside a new
  // "modernbankgroup") would draw the medium note and not be learnt on its first message.
  it.each(['comerstonebilling.example', 'comerstone-billing.example'])(
    '%s hides cornerstone as read (rn written m)',
    (domain) => {
      const m = taught([['news@cornerstone.example', 4]]);
      expect(memoryIds(read(m, from(`a@${domain}`, 904, LATER)).findings)).toEqual(['first-contact:medium']);
    },
  );

  it('cornerstonebilling.example (as written) is one', () => {
    const m = taught([['news@cornerstone.example', 4]]);
    expect(memoryIds(read(m, from('a@cornerstonebilling.example', 905, LATER)).findings)).toEqual([
      'first-contact:medium',
    ]);
  });

  // Reads now: first-contact:info for each, when bücherstube.example (an IDN From domain, filed
  // as xn--bcherstube-9db.example) is remembered. Should: first-contact:medium (the name with a
  // word glued on, hyphenated, or written without its umlaut). The judge finds each when given
  // the remembered name in Unicode (lookalikeAmong(…, ['bücherstube.example']): "borrows the
  // name of", "is one or two letters away from") and none given it as filed. At fault:
  // lib/findings/memory.ts imitation passes `d.domain` (A-labels) to lookalikeAmong, and
  // imitable compares `firstLabel(remembered)` ("xn--bcherstube-9db") with the sender's
  // Unicode label; before that, the lineage's shapes, runs and `starts` (lib/memory/lineage.ts
  // setShape, addLabel) are the A-label's, so candidates and mayHideLabel never offer it.
  // Smallest fix: for a remembered domain with an xn-- label, always offer it as a candidate
  // (keep their indices in the lineage: few memories hold any) and judge it by
  // unicodeDomain(d.domain), mapping the hit back through memoryHost for byDomain.get. Could
  // hurt: a genuine ASCII sender whose name is a remembered IDN's without its accents
  // (buecherstube beside bücherstube, often the same firm's second domain) would be noted
  // medium on its first message.
  it.each(['bücherstubekonto.example', 'bücherstube-konto.example', 'bucherstube.example'])(
    '%s is a look-alike of the remembered bücherstube.example',
    (domain) => {
      const m = taught([['news@bücherstube.example', 4]]);
      expect(m.domains[0]?.domain.startsWith('xn--')).toBe(true);
      expect(memoryIds(read(m, from(`a@${domain}`, 906, LATER)).findings)).toEqual(['first-contact:medium']);
    },
  );

  // Controls of the fixes: first contacts that neither glue nor hyphenate a remembered name as
  // read, nor misspell it, stay plain first contacts beside cornerstone and bücherstube (every
  // first contact now reaches the judge when an IDN domain is remembered, which must still clear
  // them); and the judge reads remembered names so only for the memory: the list and Reply-To
  // rules' lookalikeAmong (and the pinned corpus) judge as before.
  it.each(['stonecorner.example', 'comet-billing.example', 'gartenhaus.example', 'buchhandel.example'])(
    '%s is a plain first contact beside cornerstone and bücherstube',
    (domain) => {
      const m = taught([
        ['news@cornerstone.example', 4],
        ['news@bücherstube.example', 4],
      ]);
      expect(memoryIds(read(m, from(`a@${domain}`, 907, LATER)).findings)).toEqual(['first-contact:info']);
    },
  );

  it('the remembered name as read is the memory’s judging only', () => {
    const ctx = baseCtx();
    expect(lookalikeAmong('comerstonebilling.example', ['cornerstone.example'], ctx)).toBeNull();
    expect(lookalikeAmong('comerstonebilling.example', ['cornerstone.example'], ctx, true)?.why).toBe(
      'borrows the name of',
    );
  });

  // The designed cost, documented: the remembered IDN's name spelt out without its umlaut
  // (often the same firm's second domain) is noted on its first message.
  it('buecherstube.example beside bücherstube is a look-alike (the price of group 3)', () => {
    const m = taught([['news@bücherstube.example', 4]]);
    expect(memoryIds(read(m, from('a@buecherstube.example', 908, LATER)).findings)).toEqual([
      'first-contact:medium',
    ]);
  });
});
