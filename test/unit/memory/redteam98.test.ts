// Red team round 98 of the sender memory (README "Sender memory", lib/memory/*, lib/findings/memory.ts):
// sequences read against today's verdict rules. Each test is one attack: what HeaderLens reads and
// what it should. A hole it has today is an `it.fails` with the rule and a proposed fix; a path that
// holds is an ordinary `it`. Hand-made analyses (authenticated.ts) where only the From domain and
// signer matter; real messages (redteam-msgs.ts) where relay, SPF and DKIM facts matter.
import { describe, expect, it } from 'vitest';
import { memoryRule } from '../../../lib/findings/memory';
import {
  emptyMemory,
  learn,
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

const START = new Date('2026-11-01T00:00:00Z');
const BANK = 'northbank.example';
const AT = '2026-11-02T00:00:00.000Z';

const memoryIds = (a: Pick<Analysis, 'findings'>) =>
  a.findings
    .filter((f) =>
      /^(new-infrastructure|dkim-selector-changed|dkim-domain-changed|first-contact|lookalike-of-known)$/.test(
        f.id,
      ),
    )
    .map((f) => `${f.id}:${f.severity}`);

/** A memory that has learnt `count` authenticated messages from each domain. */
function taught(domains: Array<[string, number]>): SenderMemory {
  let m = emptyMemory(START);
  let n = 0;
  for (const [d, count] of domains)
    for (let i = 0; i < count; i++) m = learn(m, authenticatedFrom(d, n++, AT)).memory;
  return m;
}

/** The memory's findings for one hand-made authenticated message from `sender`, against `m`. */
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

describe('round 98: a look-alike’s first contact', () => {
  const bank = () => taught([[BANK, 12]]);

  // Holds: a help-desk trial named after the bank is filed apart and named as a look-alike.
  it('a Freshservice trial named after the bank is a first contact at medium', () => {
    const r = memoryFindings(bank(), 'northbank.freshservice.com', 1000);
    expect(r.domain).toBe('northbank.freshservice.com');
    expect(memoryIds(r)).toEqual(['first-contact:medium']);
  });

  // The attack: a vendor's Shopify store (acme-store.myshopify.com) mails the reader its
  // receipts, DMARC passing on the platform's keys; the memory files it under `myshopify.com`
  // (lib/memory/model.ts keyOfDomain: orgDomain reads the public suffix list's ICANN part only,
  // and TENANT_PARENTS lists no myshopify.com). The attacker opens a store named after the bank
  // (northbank.myshopify.com). Reads: the record myshopify.com, known, no first contact, no
  // look-alike: only dkim-domain-changed at low (the store's signer is not acme-store's). Should: a store of its own, a first contact at
  // medium as a look-alike of northbank.example, as northbank.zendesk.com reads. Fix: add
  // 'myshopify.com' to TENANT_PARENTS (lib/findings/freemail.ts). Risk: a store's mail learnt
  // under myshopify.com in existing memories is no longer found (each store starts anew with one
  // info first-contact); freemail.ts's other readers of TENANT_PARENTS (reader-org, look-alike)
  // would also treat store names as tenants, which is what they are.
  // Fixed at 17:36 on 2026-12-05 (lib/findings/freemail.ts TENANT_PARENTS): myshopify.com added.
  it('a Shopify store named after the bank, after a vendor’s store, is a first contact at medium', () => {
    const m = taught([
      [BANK, 12],
      ['acme-store.myshopify.com', 6],
    ]);
    const r = memoryFindings(m, 'northbank.myshopify.com', 1001);
    expect(r.domain).toBe('northbank.myshopify.com');
    expect(memoryIds(r)).toEqual(['first-contact:medium']);
  });

  it('a word glued on the bank’s name (northbanksecure) is a first contact at medium', () => {
    expect(memoryIds(memoryFindings(bank(), 'northbanksecure.example', 1002))).toEqual([
      'first-contact:medium',
    ]);
    expect(memoryIds(memoryFindings(bank(), 'securenorthbank.example', 1003))).toEqual([
      'first-contact:medium',
    ]);
  });

  it('the bank’s whole domain in front of the attacker’s (northbank.example.evil.test) is medium', () => {
    expect(memoryIds(memoryFindings(bank(), 'northbank.example.login-evil.test', 1004))).toEqual([
      'first-contact:medium',
    ]);
  });

  it('an IDN look-alike (Cyrillic о in northbank) is a first contact at medium', () => {
    const r = memoryFindings(bank(), 'n\u043erthbank.example', 1005);
    expect(memoryIds(r)).toEqual(['first-contact:medium']);
  });

  it('a hyphenated look-alike (northbank-docs.example) is a first contact at medium', () => {
    expect(memoryIds(memoryFindings(bank(), 'northbank-docs.example', 1006))).toEqual([
      'first-contact:medium',
    ]);
  });
});

describe('round 98: a short vendor name', () => {
  // A vendor whose label is short (acme.example, four letters) and the attacker's glued name.
  // The attacker registers acmepay.example (DMARC passing) and asks for the invoice to be paid
  // to new bank details. Reads: first-contact at info, as any new sender. Should: medium, a
  // look-alike of acme.example. Rule: lib/findings/memory.ts imitable looks for a glued word only
  // in labels of six letters or more (`hidden`, Math.max(6, …)), and lookalike.ts reads a name in
  // front of another only from six letters on. Fix: for a remembered label of 4-5 letters, accept
  // it glued to a dictionary word (pay, billing, secure, invoice, login…) only. Risk: genuine
  // first contacts whose name starts with a short remembered one (acmeprint.example after
  // acme.example) read medium: a louder first contact, never a spoofed verdict.
  const vendor = () => taught([['acme.example', 12]]);
  it.fails('acmepay.example after acme.example: first contact at medium', () => {
    expect(memoryIds(memoryFindings(vendor(), 'acmepay.example', 1100))).toEqual(['first-contact:medium']);
  });
});

describe('round 98: flooding the memory', () => {
  // The attacker's many throwaway domains (each DMARC-passing, once) must evict domains seen once
  // before the vendor the reader hears from every week.
  it('1,100 one-message domains do not evict a vendor seen twelve times', () => {
    let m = taught([[BANK, 12]]);
    for (let d = 0; d < 1100; d++) m = learn(m, authenticatedFrom(`flood${d}.example`, 5000 + d, AT)).memory;
    expect(m.domains.length).toBeLessThanOrEqual(1000);
    expect(m.domains.some((d) => d.domain === BANK)).toBe(true);
    expect(memoryIds(memoryFindings(m, 'northbanksecure.example', 1200))).toEqual(['first-contact:medium']);
  }, 120_000);
});

describe('round 98: flooding with free tenants', () => {
  // Tenants are filed apart (TENANT_PARENTS), so free help-desk trials are a cheap supply of
  // DMARC-passing senders: 1,100 of them, three messages each, must still not push out a vendor
  // heard from more often.
  it('1,100 help-desk tenants seen three times each do not evict a vendor seen twelve times', () => {
    let m = taught([[BANK, 12]]);
    let n = 9000;
    for (let d = 0; d < 1100; d++)
      for (let k = 0; k < 3; k++) m = learn(m, authenticatedFrom(`t${d}.zendesk.com`, n++, AT)).memory;
    expect(m.domains.length).toBeLessThanOrEqual(1000);
    expect(m.domains.some((d) => d.domain === BANK)).toBe(true);
    expect(memoryIds(memoryFindings(m, 'northbank.zendesk.com', 1300))).toEqual(['first-contact:medium']);
  }, 120_000);
});

describe('round 98: the import file', () => {
  // A memory file handed to the reader ("import your old history") that files the bank under a
  // second, upper-case spelling with a forger's network: the import must not keep two records.
  it('an import with the bank filed twice (case-folded) is refused or merged', () => {
    const m = taught([[BANK, 4]]);
    const obj = JSON.parse(serializeMemory(m)) as { domains: Array<{ domain: string }> };
    const twin = { ...obj.domains[0]!, domain: 'NorthBank.Example' };
    obj.domains.push(twin);
    const read = parseMemory(JSON.stringify(obj));
    if (read.ok) {
      const names = read.memory.domains.map((d) => d.domain.toLowerCase());
      expect(new Set(names).size).toBe(names.length);
    } else expect(read.ok).toBe(false);
  });
});

describe('round 98: teaching through today’s authenticated readings', () => {
  // The bank's usual SendGrid mail, then an EC2 server that passes SPF through the bank's broad
  // include: suspicious (new network, no own signature), never learnt, so a later one stays new.
  it('an EC2 server inside the bank’s broad include never becomes usual', async () => {
    let m = emptyMemory(new Date('2026-11-21T08:00:00Z'));
    const usual = (n: number): Msg => ({ n, envelope: `bounces+4532@em1847.${BANK}` });
    for (let i = 0; i < 8; i++) {
      const a = await analyseMsg(await build(usual(i)), { memory: snapshotOf(m), minute: i });
      m = learn(m, a).memory;
    }
    for (let i = 0; i < 3; i++) {
      const a = await analyseMsg(await build({ n: 100 + i, relay: RELAYS.aws, selector: null }), {
        memory: snapshotOf(m),
        minute: 20 + i,
      });
      expect(learn(m, a).outcome).not.toBe('learnt');
      m = learn(m, a).memory;
    }
    const last = await analyseMsg(await build({ n: 200, relay: RELAYS.aws, selector: null }), {
      memory: snapshotOf(m),
      minute: 40,
    });
    expect(last.verdict).not.toBe('authenticated');
    expect(memoryIds(last).some((x) => x.endsWith(':medium') || x.endsWith(':high'))).toBe(true);
  }, 60_000);
});
