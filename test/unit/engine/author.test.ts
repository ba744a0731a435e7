// strictestAuthor (RFC 7489 §6.6.1): every author domain of a From with several addresses is
// checked, so a failing bank address cannot hide behind addresses of the sender's own domain.
import { describe, expect, it } from 'vitest';
import { strictestAuthor } from '../../../lib/engine/author';
import type { DmarcCheck, Mailbox } from '../../../lib/types';

const box = (address: string): Mailbox => ({
  address,
  domain: address.slice(address.indexOf('@') + 1),
  displayName: '',
});
const pass = { result: 'pass', policy: 'reject' } as DmarcCheck;
const failReject = { result: 'fail', policy: 'reject' } as DmarcCheck;

async function run(addresses: string[]) {
  const asked: string[] = [];
  const r = await strictestAuthor(addresses.map(box), pass, async (domain) => {
    asked.push(domain);
    return domain === 'northbank.example' ? failReject : pass;
  });
  return { author: r?.author.address ?? null, asked };
}

describe('strictestAuthor', () => {
  it('reaches the bank behind four addresses of the sender’s own domain', async () => {
    const r = await run([
      'accounts@attacker.example',
      'a@attacker.example',
      'b@attacker.example',
      'c@attacker.example',
      'security@northbank.example',
    ]);
    expect(r.author).toBe('security@northbank.example');
    expect(r.asked).toEqual(['northbank.example']);
  });

  it('asks each other domain once, and no more than twenty of them', async () => {
    const fillers = (n: number) => Array.from({ length: n }, (_, i) => `x@filler${i}.example`);
    // Ninth, behind seven of the attacker's other domains (red-team round 159): still reached.
    const ninth = await run([
      'a@attacker.example',
      'b@filler0.example',
      ...fillers(7),
      'security@northbank.example',
    ]);
    expect(ninth.asked).toEqual([
      ...Array.from({ length: 7 }, (_, i) => `filler${i}.example`),
      'northbank.example',
    ]);
    expect(ninth.author).toBe('security@northbank.example');
    // More other domains than are asked (red-team round 165: the sender's own subdomains cost him
    // nothing): the first left out counts as failing, with no policy of its own, and nothing is
    // looked up.
    const r = await run(['a@attacker.example', ...fillers(22), 'security@northbank.example']);
    expect(r.asked).toEqual([]);
    expect(r.author).toBe('x@filler20.example');
    const full = await strictestAuthor(
      ['a@attacker.example', ...fillers(22)].map(box),
      pass,
      async () => pass,
    );
    expect(full?.dmarc.result).toBe('fail');
    expect(full?.dmarc.policy).toBeNull();
    expect(full?.dmarc.info).toMatch(/23 author domains/);
    // Exactly twenty others: all asked, none beyond.
    const twenty = await run(['a@attacker.example', ...fillers(19), 'security@northbank.example']);
    expect(twenty.asked).toHaveLength(20);
    expect(twenty.author).toBe('security@northbank.example');
  });

  it('counts a domain once however it is spelt (case, trailing dot, U-label or A-label)', async () => {
    const r = await run([
      'a@attacker.example',
      ...Array.from({ length: 10 }, (_, i) => `x@bänk${i}.example`),
      ...Array.from({ length: 10 }, (_, i) => `x@${new URL(`http://bänk${i}.example/`).hostname}`),
      'b@ATTACKER.example.',
      'security@northbank.example',
    ]);
    expect(r.asked).toHaveLength(11);
    expect(r.author).toBe('security@northbank.example');
  });

  it('one author, or co-authors that pass: the first address stays the author', async () => {
    expect((await run(['alerts@attacker.example'])).author).toBeNull();
    expect((await run(['alerts@attacker.example', 'info@partner.example'])).author).toBeNull();
  });
});
