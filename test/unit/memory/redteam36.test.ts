// Red team round 36 of the sender memory (README "Sender memory", lib/memory/*): sequences the
// corpus cannot express (a corpus case is one message, read without a memory). Each test is the
// attack, what HeaderLens reads and what it should read. The five it read wrong (once `it.fails`)
// are fixed and assert the right reading (learn.ts, model.ts, budget.ts). Real messages (redteam-msgs.ts) where
// relay, SPF and DKIM facts matter; hand-made analyses (authenticated.ts) where only the From
// domain or the signature names do.
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryRule } from '../../../lib/findings/memory';
import {
  emptyMemory,
  learn,
  MAX_MEMORY_BYTES,
  parseMemory,
  recallSender,
  type SenderMemory,
  serializeMemory,
  snapshotOf,
} from '../../../lib/memory';
import type { Analysis, Finding } from '../../../lib/types';
import { baseCtx } from '../findings/build';
import { authenticatedFrom } from './authenticated';
import { analyseMsg, build, type Msg, RELAYS } from './redteam-msgs';

const START = new Date('2026-11-21T08:00:00Z');
const BANK = 'northbank.example';

async function run(msgs: Msg[], memory: SenderMemory = emptyMemory(START), first = 0) {
  const analyses: Analysis[] = [];
  const outcomes: string[] = [];
  let minute = first;
  for (const m of msgs) {
    const a = await analyseMsg(await build(m), { memory: snapshotOf(memory), minute: minute++ });
    const r = learn(memory, a);
    memory = r.memory;
    analyses.push(a);
    outcomes.push(r.outcome);
  }
  return { memory, analyses, outcomes, last: analyses[analyses.length - 1]! };
}

const memoryIds = (a: Pick<Analysis, 'findings'>) =>
  a.findings
    .filter((f) =>
      /^(new-infrastructure|dkim-selector-changed|dkim-domain-changed|first-contact|lookalike-of-known)$/.test(
        f.id,
      ),
    )
    .map((f) => `${f.id}:${f.severity}`);
const usual = (n: number): Msg => ({ n, envelope: `bounces+4532@em1847.${BANK}` });
const series = (from: number, count: number, m: (n: number) => Msg = usual) =>
  Array.from({ length: count }, (_, i) => m(from + i));

/** The memory's findings for one hand-made message from `sender`, against `m`. */
function memoryFindings(m: SenderMemory, sender: string, n: number): { domain: string; findings: Finding[] } {
  const facts = authenticatedFrom(sender, n, '2026-11-03T00:00:00.000Z');
  const snapshot = snapshotOf(m);
  const recall = recallSender(snapshot, facts);
  const findings = memoryRule({
    ...baseCtx(),
    analysis: { ...facts, memory: recall },
    options: { senderMemory: snapshot },
  });
  return { domain: recall?.domain ?? '', findings };
}

describe('round 36 (a): poisoning the bank’s record', () => {
  let bank: SenderMemory;
  beforeAll(async () => {
    bank = (await run(series(1, 20))).memory;
  }, 60_000);
  const claim =
    'Authentication-Results: mx.reader.example; spf=pass smtp.mailfrom=northbank.example; dkim=none; dmarc=pass header.from=northbank.example';

  it('holds: a replay of a bank newsletter from an EC2 server in the broad include teaches nothing', async () => {
    const replay = await analyseMsg(await build({ ...usual(500), relay: RELAYS.aws }), {
      memory: snapshotOf(bank),
      minute: 30,
    });
    expect(replay.dmarc.result).toBe('pass');
    expect(learn(bank, replay).outcome).toBe('not-authenticated');
  }, 60_000);

  // The attack: the attacker subscribes to the bank's newsletter, and relays one genuine copy
  // (its own Message-ID, the bank's signature s1 intact) through its own Microsoft 365 tenant to
  // the reader. DMARC passes on the bank's key; the only concern is the memory's note that the
  // bank now uses an email service new to it, which learn.ts onlyNewEspNoted accepts (a vendor
  // moving its mail): Microsoft 365 is filed as the bank's, whatever the history's length. Then
  // the forger sends its own unsigned text from any tenant, passing SPF through the bank's
  // `include:spf.protection.outlook.com`; the reader's provider wrote the results (read offline).
  // Read: no memory finding (the verdict is "unverified" for the shared platform alone). Fixed
  // (learn.ts networkMayJoin): a move proven only by a selector the bank already used is learnt
  // without its network, so the forger gets new-infrastructure at medium, as without the replay.
  it('a newsletter relayed through the attacker’s Microsoft 365 tenant does not make a later unsigned M365 forger usual (offline)', async () => {
    const replay = await analyseMsg(
      await build({ ...usual(501), relay: RELAYS.m365, envelope: 'bounce@attacker.example' }),
      { memory: snapshotOf(bank), minute: 30 },
    );
    expect(replay.dmarc.result).toBe('pass');
    const poisoned = learn(bank, replay);
    expect(poisoned.outcome).toBe('learnt');
    // Counted, its network not filed as the bank's.
    const record = poisoned.memory.domains.find((d) => d.domain === BANK)!;
    expect(record.count).toBe(21);
    expect(record.infra.map((i) => i.key)).toEqual(
      bank.domains.find((d) => d.domain === BANK)!.infra.map((i) => i.key),
    );
    expect(record.recent[record.recent.length - 1]!.i).toBeNull();
    const later = await run(series(21, 5), poisoned.memory, 40);
    const forger = await analyseMsg(
      await build({ n: 900, relay: RELAYS.m365, selector: null, receiverAdded: [claim] }),
      { memory: snapshotOf(later.memory), offline: true, minute: 60 },
    );
    expect(forger.dmarc.result).toBe('pass');
    // The same forger against the history without the replay: the memory speaks.
    const clean = await run(series(21, 5), bank, 40);
    const control = await analyseMsg(
      await build({ n: 900, relay: RELAYS.m365, selector: null, receiverAdded: [claim] }),
      { memory: snapshotOf(clean.memory), offline: true, minute: 60 },
    );
    expect(memoryIds(control)).toContain('new-infrastructure:medium');
    expect(memoryIds(forger)).toContain('new-infrastructure:medium');
  }, 60_000);

  // Holds: online, the forger's missing signature is still seen (dkim-domain-changed, unsigned).
  it('online, the same poisoned history still flags the unsigned M365 forger', async () => {
    const replay = await analyseMsg(
      await build({ ...usual(501), relay: RELAYS.m365, envelope: 'bounce@attacker.example' }),
      { memory: snapshotOf(bank), minute: 30 },
    );
    const later = await run(series(21, 5), learn(bank, replay).memory, 40);
    const forger = await analyseMsg(await build({ n: 901, relay: RELAYS.m365, selector: null }), {
      memory: snapshotOf(later.memory),
      minute: 60,
    });
    expect(forger.dmarc.result).toBe('pass');
    expect(memoryIds(forger).some((x) => x.endsWith(':medium'))).toBe(true);
  }, 60_000);
});

describe('round 36 (b): a help-desk tenant is filed under the help desk', () => {
  // lib/findings/freemail.ts names zendesk.com, freshdesk.com and atlassian.net as platforms where
  // every subdomain is a customer's tenant; lib/memory/model.ts senderKey files only Microsoft's
  // tenants apart. A vendor's help desk (acme.zendesk.com) teaches the record `zendesk.com`; the
  // attacker opens a free trial named after the bank (northbank.zendesk.com) and writes "your
  // account is blocked". Reads: the record zendesk.com, known, no first-contact, no look-alike.
  // Should: a tenant of its own, first contact, at medium as a look-alike of northbank.example
  // (the label in front, as northbank.onmicrosoft.com already reads).
  function memoryWithDesk(): SenderMemory {
    let m = emptyMemory(new Date('2026-11-01T00:00:00Z'));
    for (let i = 0; i < 6; i++) m = learn(m, authenticatedFrom(BANK, i, '2026-11-02T00:00:00.000Z')).memory;
    for (let i = 0; i < 6; i++)
      m = learn(m, authenticatedFrom('acme.zendesk.com', 100 + i, '2026-11-02T00:00:00.000Z')).memory;
    return m;
  }

  it('northbank.zendesk.com after a vendor’s acme.zendesk.com: first contact, a look-alike of the bank', () => {
    const m = memoryWithDesk();
    const r = memoryFindings(m, 'northbank.zendesk.com', 1000);
    expect(r.domain).toBe('northbank.zendesk.com');
    expect(memoryIds(r)).toEqual(['first-contact:medium']);
  });

  // A new sender now. Info, not medium: the look-alike judge (lib/findings/lookalike.ts) reads a
  // name in front of another organisation only from six letters on, and `acme` has four.
  it('any other tenant of the same help desk is a new sender, not the vendor (invoice fraud)', () => {
    const m = memoryWithDesk();
    expect(m.domains.map((d) => d.domain)).toEqual([BANK, 'acme.zendesk.com']);
    const r = memoryFindings(m, 'acme-billing.zendesk.com', 1001);
    expect(r.domain).toBe('acme-billing.zendesk.com');
    expect(memoryIds(r)).toEqual(['first-contact:info']);
  });

  it('the help desk writing as itself is filed under its own name', () => {
    const m = memoryWithDesk();
    expect(memoryFindings(m, 'zendesk.com', 1003).domain).toBe('zendesk.com');
    expect(memoryFindings(m, 'support.acme.zendesk.com', 1004).domain).toBe('acme.zendesk.com');
  });

  it('control: the Microsoft 365 tenant of the same name is already its own sender', () => {
    const m = memoryWithDesk();
    const r = memoryFindings(m, 'northbank.onmicrosoft.com', 1002);
    expect(r.domain).toBe('northbank.onmicrosoft.com');
    expect(memoryIds(r)).toEqual(['first-contact:medium']);
  });
});

describe('round 36 (c): the memory file', () => {
  // The attacker's own domains, each DMARC-passing, sign every message 16 times (the most
  // recent[].d keeps) with long but DNS-legal signer names and selectors (selector._domainkey.d
  // is 247 characters). verifiedSigners keeps any verified signature, aligned or not, and names
  // up to 253 + 253 characters each, so one domain's record grows to about 98 KB, not README's
  // "5.7 KB with every list full". Some 90 such domains (24 messages each) make the memory larger
  // than MAX_MEMORY_BYTES: `--memory FILE` then refuses the file it wrote itself ("Move it away to
  // start a new memory": every sender's history lost), and the extension's copy passes Chrome's
  // 10 MB storage.local quota (no unlimitedStorage), so it is never stored again and the history
  // learnt since is lost at the next service-worker restart. Should: what learn keeps stays
  // inside what the import accepts.
  function hostile(domain: string, n: number): Analysis {
    const a = authenticatedFrom(domain, n, '2026-11-02T00:00:00.000Z');
    const base = a.dkim[0]!;
    const dkim = Array.from({ length: 16 }, (_, k) => ({
      ...base,
      result: 'pass' as const,
      aligned: k === 0,
      domain: `${'a'.repeat(60)}.${'b'.repeat(58)}${String(k).padStart(2, '0')}.${domain}`,
      selector: `${'x'.repeat(50)}.${'y'.repeat(48)}${n % 8}`,
    }));
    return { ...a, dkim };
  }

  // Fixed (learn.ts keptSigners, budget.ts withinBudget): these names are over the caps (signer
  // 100, selector 63) and are not learnt; names within them, sixteen of the From's own a message,
  // are held by the byte budget (below).
  it('90 hostile domains make a memory file that --memory reads back', () => {
    let m = emptyMemory(new Date('2026-11-01T00:00:00Z'));
    for (let d = 0; d < 90; d++)
      for (let n = 0; n < 24; n++) {
        const r = learn(m, hostile(`evil${d}.example`, n));
        expect(r.outcome).toBe('learnt');
        m = r.memory;
      }
    const text = serializeMemory(m);
    // Was about 98 KB a domain (8.78 MB for 90).
    expect(text.length / 90).toBeLessThan(6_000);
    expect(m.domains.every((d) => d.dkim.length === 0)).toBe(true);
    expect(text.length).toBeLessThanOrEqual(MAX_MEMORY_BYTES);
    expect(parseMemory(text).ok).toBe(true);
  }, 120_000);
});

describe('round 36: the "known good" mark', () => {
  // README: the mark is "offered only when the message neither fails DMARC nor reads spoofed; the
  // worker checks that again". lib/memory/learn.ts refusal lets a known-good mark through a DMARC
  // fail whenever the verdict is not "spoofed" (a p=none domain), and the worker
  // (lib/ext/worker-memory.ts, mark-known-good) relies on learn alone. A forger's message for a
  // p=none vendor, marked (a popup of an older version, a script that sends the worker message),
  // files the forger's network as the vendor's, pinned. Reads: learnt. Should: refused.
  it('a DMARC fail that the verdict does not call spoofed cannot be marked known good', async () => {
    const forged = await analyseMsg(
      await build({
        n: 1,
        from: 'Contoso <billing@contoso.onmicrosoft.com>',
        relay: { ip: '203.0.113.66', helo: 'mail.forger.example' },
        selector: null,
      }),
    );
    expect(forged.dmarc.result).toBe('fail');
    expect(forged.verdict).not.toBe('spoofed');
    expect(learn(emptyMemory(START), forged, { knownGood: true }).outcome).toBe('spoofed');
    expect(learn(emptyMemory(START), forged).outcome).toBe('spoofed');
  }, 60_000);
});
