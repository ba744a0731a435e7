// Sender memory on message sequences (issue 21): real messages analysed one after another, each
// with the memory as it stood before it, then learnt — as the extension and `--memory` do.
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyMemory, type LearnOutcome, learn, type SenderMemory, snapshotOf } from '../../../lib/memory';
import type { Analysis } from '../../../lib/types';
import { analyse, message, type Spec } from './sequence';

const START = new Date('2026-11-21T08:00:00Z');

/** Analyses each message with the memory so far and learns from it; returns the last analysis. */
async function run(specs: Spec[], memory = emptyMemory(START)) {
  let last: Analysis | null = null;
  const outcomes: LearnOutcome[] = [];
  let minute = 0;
  for (const s of specs) {
    last = await analyse(await message(s), snapshotOf(memory), minute++);
    const r = learn(memory, last);
    memory = r.memory;
    outcomes.push(r.outcome);
  }
  return { memory, last: last!, outcomes };
}

const ids = (a: Analysis) => a.findings.map((f) => `${f.id}:${f.severity}`);
const byId = (a: Analysis, id: string) => a.findings.find((f) => f.id === id);
const sendgrid = (from: number, to: number, extra: Partial<Spec> = {}): Spec[] =>
  Array.from({ length: to - from }, (_, i) => ({ n: from + i, ...extra }));

let twenty: SenderMemory;
beforeAll(async () => {
  const r = await run(sendgrid(1, 21));
  twenty = r.memory;
  expect(r.outcomes.every((o) => o === 'learnt')).toBe(true);
}, 60_000);

describe('sender memory: message sequences', () => {
  it('20 messages via SendGrid, then one via AWS passing SPF through a broad include: new-infrastructure (medium)', async () => {
    const aws = await analyse(await message({ n: 21, via: 'aws', selector: null }), snapshotOf(twenty));
    expect(aws.dmarc.result).toBe('pass');
    expect(aws.origin.hosting?.provider).toBe('Amazon Web Services');
    const f = byId(aws, 'new-infrastructure');
    expect(f?.severity).toBe('medium');
    expect(f?.title).toBe(
      'northbank.example has never sent you mail from Amazon Web Services before; its last 20 messages came from SendGrid',
    );
    expect(f?.evidence[0]).toContain(AWS_IP_TEXT);
    // It used to be signed by its own domain; this one carries no signature at all.
    expect(byId(aws, 'dkim-domain-changed')?.severity).toBe('medium');
    expect(aws.verdict).toBe('suspicious');
    expect(aws.memory?.known?.count).toBe(20);
  });

  it('the 21st SendGrid message is usual: no memory finding, still authenticated', async () => {
    const usual = await analyse(await message({ n: 21 }), snapshotOf(twenty));
    expect(ids(usual).filter((i) => /infrastructure|dkim-.*changed|first-contact/.test(i))).toEqual([]);
    expect(usual.verdict).toBe('authenticated');
    expect(usual.memory?.known?.infra[0]).toMatchObject({ name: 'SendGrid', count: 20 });
  });

  it('a spoof that fails DMARC never enters the memory, and the next outlier is still new', async () => {
    const spoof = await analyse(await message({ n: 99, via: 'forger', selector: null }), snapshotOf(twenty));
    expect(spoof.dmarc.result).toBe('fail');
    expect(spoof.verdict).toBe('spoofed');
    const r = learn(twenty, spoof);
    expect(r.outcome).toBe('spoofed');
    expect(r.memory).toBe(twenty);
    // Memory findings never speak for or against a message that fails DMARC.
    expect(ids(spoof).filter((i) => i.startsWith('new-infrastructure'))).toEqual([]);
  });

  it('a spoof the user marks as known good still does not teach', async () => {
    const spoof = await analyse(await message({ n: 98, via: 'forger', selector: null }), snapshotOf(twenty));
    expect(learn(twenty, spoof, { knownGood: true }).outcome).toBe('spoofed');
  });

  it('selector rotation: dkim-selector-changed (low), the verdict stays authenticated', async () => {
    const rotated = await analyse(await message({ n: 30, selector: 's2' }), snapshotOf(twenty));
    const f = byId(rotated, 'dkim-selector-changed');
    expect(f?.severity).toBe('low');
    expect(f?.title).toContain('selector s2');
    expect(f?.title).toContain('earlier: s1');
    expect(byId(rotated, 'new-infrastructure')).toBeUndefined();
    expect(rotated.verdict).toBe('authenticated');
  });

  it('a third-party signer where the domain signed its own mail: dkim-domain-changed (medium)', async () => {
    const third = await analyse(
      await message({ n: 31, selector: 's1', signDomain: 'shopco.example' }),
      snapshotOf(twenty),
    );
    // DMARC still passes through the aligned SPF of the SendGrid envelope.
    expect(third.dmarc.result).toBe('pass');
    const f = byId(third, 'dkim-domain-changed');
    expect(f?.severity).toBe('medium');
    expect(f?.title).toBe(
      "northbank.example's mail was signed by northbank.example before; this message is signed by shopco.example",
    );
  });

  it('a look-alike of a remembered domain: first-contact (medium), and it cannot teach itself familiar', async () => {
    const spec: Spec = { n: 40, from: 'Northbank Billing <billing@northbank-secure.example>', via: 'aws' };
    let memory = twenty;
    for (const round of [1, 2, 3]) {
      const a = await analyse(await message({ ...spec, n: 40 + round }), snapshotOf(memory));
      expect(a.dmarc.result).toBe('pass');
      const f = byId(a, 'first-contact');
      expect(f?.severity).toBe('medium');
      expect(f?.title).toBe(
        'First message from northbank-secure.example, which looks like northbank.example, a sender you know',
      );
      expect(a.verdict).toBe('suspicious');
      const r = learn(memory, a);
      expect(r.outcome).toBe('lookalike');
      memory = r.memory;
    }
    expect(memory.domains.map((d) => d.domain)).toEqual(['northbank.example']);
  });

  it('a domain never seen: first-contact (info), which does not change the verdict', async () => {
    const a = await analyse(
      await message({ n: 50, from: 'ShopCo <news@shopco.example>' }),
      snapshotOf(twenty),
    );
    expect(byId(a, 'first-contact')?.severity).toBe('info');
    expect(a.verdict).toBe('authenticated');
  });

  it('the same message analysed twice is counted once, and does not vouch for itself', async () => {
    const raw = await message({ n: 60, via: 'aws', selector: null });
    const first = await analyse(raw, snapshotOf(twenty));
    // From an EC2 server the message is "suspicious" and teaches nothing by itself; the reader
    // marked the sender known good.
    expect(learn(twenty, first).outcome).toBe('not-authenticated');
    const once = learn(twenty, first, { knownGood: true });
    expect(once.outcome).toBe('learnt');
    // The inbox badge learnt it; opening it analyses it again with that memory.
    const again = await analyse(raw, snapshotOf(once.memory));
    expect(again.memory?.current.alreadyCounted).toBe(true);
    expect(byId(again, 'new-infrastructure')?.title).toBe(byId(first, 'new-infrastructure')?.title);
    expect(learn(once.memory, again, { knownGood: true }).outcome).toBe('counted-before');
    expect(once.memory.domains[0]!.count).toBe(21);
  });

  it('a message claiming an old Date does not move first-seen into the past', async () => {
    const { memory } = await run([{ n: 70, date: 'Mon, 01 Jan 2001 00:00:00 +0000' }], emptyMemory(START));
    expect(memory.domains[0]!.firstSeen).toBe('2026-11-21T09:00:00.000Z');
    // Nor an analysis clock earlier than the memory's start (a machine with a wrong date).
    const early = await analyse(await message({ n: 71 }));
    const r = learn(emptyMemory(new Date('2027-01-01T00:00:00Z')), early);
    expect(r.memory.domains[0]!.firstSeen).toBe('2027-01-01T00:00:00.000Z');
  });

  it('keeps no subject, address or Message-ID', () => {
    const text = JSON.stringify(twenty);
    expect(text).not.toContain('Statement');
    expect(text).not.toContain('billing@');
    expect(text).not.toContain('stmt-');
  });
});

const AWS_IP_TEXT = '3.85.17.42';
