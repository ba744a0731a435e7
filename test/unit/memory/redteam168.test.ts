// Red-team round 168 of the sender memory: names under a private-section suffix of the Public
// Suffix List that lib/dns/registrable.ts does not read as a registry (DigitalPlat's free us.kg
// zone, NS-delegated to each holder: publicsuffix/list #1755; Amazon's awsapps.com, whose WorkMail
// and IAM Identity Center aliases anyone creates). DMARC reads every name there as its own
// organisation; the memory's key (lib/memory/model.ts keyOfDomain, through orgDomain) reads them
// all as "us.kg" / "awsapps.com". So a supplier learnt at tidemark.us.kg makes the attacker's own,
// fully authenticated tidemark-accounts.us.kg "usual for this sender": no first contact, no
// look-alike of a remembered name.
import { describe, expect, it } from 'vitest';
import { memoryRule } from '../../../lib/findings/memory';
import {
  emptyMemory,
  learn,
  recallSender,
  type SenderMemory,
  type SenderRecall,
  snapshotOf,
} from '../../../lib/memory';
import type { Analysis, Finding } from '../../../lib/types';
import { baseCtx } from '../findings/build';
import { authenticatedFrom } from './authenticated';

const START = new Date('2026-11-01T00:00:00Z');
const AT = '2026-11-02T00:00:00.000Z';
const LATER = '2026-11-03T00:00:00.000Z';

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

function teach(m: SenderMemory, a: Analysis): SenderMemory {
  const { findings } = read(m, a);
  return learn(m, { ...a, findings }).memory;
}

function taught(list: Array<[string, number]>, start = 0): SenderMemory {
  let m = emptyMemory(START);
  let n = start;
  for (const [address, count] of list) for (let i = 0; i < count; i++) m = teach(m, from(address, n++));
  return m;
}

describe('round 168: a sibling under a private-section suffix is another sender', () => {
  // Learnt accounts@tidemark.us.kg (4 messages), the attacker's authenticated
  // accounts@tidemark-accounts.us.kg (also tidemark-billing.awsapps.com, tidemark-accounts.dpdns.org)
  // drew no memory finding at all: recalled under the key "us.kg" ("awsapps.com", "dpdns.org").
  // Fixed at 14:4x: DigitalPlat's NS-delegated zones (us.kg, dpdns.org, xx.kg, qzz.io) are
  // registries (lib/dns/registrable.ts REGISTRY_SUFFIXES) and awsapps.com a tenant platform
  // for the memory (lib/memory/model.ts MEMORY_TENANT_PARENTS): each name is a sender of its own.
  it.each([
    ['tidemark.us.kg', 'tidemark-accounts.us.kg'],
    ['tidemark.awsapps.com', 'tidemark-billing.awsapps.com'],
    ['tidemark.dpdns.org', 'tidemark-accounts.dpdns.org'],
  ])('%s learnt: %s is not recalled as it', (known, sibling) => {
    const m = taught([[`accounts@${known}`, 4]]);
    const r = read(m, from(`accounts@${sibling}`, 900, LATER));
    expect(
      memoryIds(r.findings).some((f) => f.startsWith('first-contact') || f.startsWith('lookalike-of-known')),
    ).toBe(true);
  });

  // Read dkim-domain-changed:low (a known sender with a new signer) until 14:4x, same cause.
  it('another customer of the platform, unrelated by name, is a plain first contact', () => {
    const m = taught([['accounts@tidemark.us.kg', 4]]);
    const r = read(m, from('news@riverside-choir.us.kg', 901, LATER));
    expect(memoryIds(r.findings)).toContain('first-contact:info');
  });

  // Controls: the firm's own subdomain is the firm; the registry zone (eu.org) already reads right.
  it('the same firm from its own subdomain is still recalled', () => {
    const m = taught([['accounts@tidemark.us.kg', 4]]);
    const r = read(m, from('ledger@billing.tidemark.us.kg', 902, LATER));
    expect(memoryIds(r.findings).filter((f) => f.startsWith('first-contact'))).toEqual([]);
  });

  it('under a registry zone (fr.eu.org) the sibling is already a look-alike first contact', () => {
    const m = taught([['accounts@tidemark.fr.eu.org', 4]]);
    const r = read(m, from('accounts@tidemark-accounts.fr.eu.org', 903, LATER));
    expect(memoryIds(r.findings).some((f) => f.startsWith('first-contact'))).toBe(true);
  });
});
