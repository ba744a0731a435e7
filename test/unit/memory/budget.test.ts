// Red team 36's fixes to what `learn` keeps: the signatures of a message (the From's own plus at
// most two others, names within 100 / 63 characters), the whole memory's byte budget
// (lib/memory/budget.ts) and an email-service move proven by a selector new to the domain.
import { describe, expect, it } from 'vitest';
import { TENANT_PARENTS } from '../../../lib/findings/freemail';
import {
  DEFAULT_LIMITS,
  emptyMemory,
  learn,
  MAX_MEMORY_BYTES,
  parseMemory,
  type SenderMemory,
  senderKey,
  serializeMemory,
} from '../../../lib/memory';
import { recordBytes } from '../../../lib/memory/budget';
import { MAX_LEARNT_SELECTOR, MAX_OTHER_SIGNERS, MAX_SIGNER_NAME } from '../../../lib/memory/learn';
import type { Analysis, Finding } from '../../../lib/types';
import { authenticatedFrom } from './authenticated';

const START = new Date('2026-11-01T00:00:00Z');
const AT = '2026-11-02T00:00:00.000Z';
const BANK = 'northbank.example';

/** `domain`'s message `n`, signed by `signers` (d=, s=), each verified. */
function signedBy(domain: string, n: number, signers: Array<[string, string]>): Analysis {
  const a = authenticatedFrom(domain, n, AT);
  const base = a.dkim[0]!;
  return {
    ...a,
    dkim: signers.map(([d, s], k) => ({ ...base, domain: d, selector: s, aligned: k === 0 })),
  };
}

function teach(m: SenderMemory, ...as: Analysis[]): SenderMemory {
  for (const a of as) {
    const r = learn(m, a);
    expect(r.outcome).toBe('learnt');
    m = r.memory;
  }
  return m;
}

describe('signatures kept per message', () => {
  it('keeps every signer of the From’s organisation and at most two others, in dkim and recent', () => {
    const a = signedBy(BANK, 1, [
      [BANK, 's1'],
      [`mail.${BANK}`, 's2'],
      ['esp-one.example', 'k1'],
      ['esp-two.example', 'k1'],
      ['esp-three.example', 'k1'],
      [`news.${BANK}`, 's3'],
    ]);
    const d = teach(emptyMemory(START), a).domains[0]!;
    expect(d.dkim.map((s) => s.domain)).toEqual([
      BANK,
      `mail.${BANK}`,
      'esp-one.example',
      'esp-two.example',
      `news.${BANK}`,
    ]);
    expect(d.recent[0]!.d).toEqual([
      `${BANK}/s1`,
      `mail.${BANK}/s2`,
      'esp-one.example/k1',
      'esp-two.example/k1',
      `news.${BANK}/s3`,
    ]);
    expect(MAX_OTHER_SIGNERS).toBe(2);
  });

  it('leaves out, never cuts, a signer name over 100 or a selector over 63 characters', () => {
    const long = `${'a'.repeat(41)}.${'a'.repeat(MAX_SIGNER_NAME - BANK.length - 43)}.${BANK}`;
    const longer = `b${long}`;
    const sel = 'x'.repeat(MAX_LEARNT_SELECTOR);
    const a = signedBy(BANK, 2, [
      [long, sel],
      [longer, 's1'],
      [BANK, `${sel}y`],
      [BANK, 's1'],
    ]);
    expect(long).toHaveLength(100);
    const d = teach(emptyMemory(START), a).domains[0]!;
    expect(d.recent[0]!.d).toEqual([`${long}/${sel}`, `${BANK}/s1`]);
    expect(d.dkim.map((s) => [s.domain, s.selectors.map((x) => x.selector)])).toEqual([
      [long, [sel]],
      [BANK, ['s1']],
    ]);
  });
});

describe('the whole memory’s byte budget', () => {
  /** A domain of the attacker's: 16 signatures a message, each name as long as learn keeps. */
  function bloated(domain: string, n: number): Analysis {
    const signers = Array.from({ length: 16 }, (_, k): [string, string] => {
      const head = `${String(k).padStart(2, '0')}${'a'.repeat(40)}.${'a'.repeat(MAX_SIGNER_NAME - domain.length - 44)}`;
      return [`${head}.${domain}`, `${'s'.repeat(MAX_LEARNT_SELECTOR - 2)}${n % 8}${k % 8}`];
    });
    const a = signedBy(domain, n, signers);
    expect(a.dkim.every((s) => s.domain.length === MAX_SIGNER_NAME)).toBe(true);
    return a;
  }

  it('counts each record as JSON.stringify writes it (exact for ASCII names)', () => {
    let m = emptyMemory(START);
    for (let n = 0; n < 30; n++)
      m = teach(m, signedBy(BANK, n, [[BANK, `s${n % 3}`]]), bloated('evil.example', n));
    for (const d of m.domains) expect(recordBytes(d)).toBe(JSON.stringify(d).length + 1);
    const named = { ...m.domains[0]!, infra: [{ ...m.domains[0]!.infra[0]!, name: 'Telefónica "Ω" \\ 😀' }] };
    expect(recordBytes(named)).toBeGreaterThanOrEqual(
      new TextEncoder().encode(JSON.stringify(named)).length + 1,
    );
  });

  it('a flood of oversized domains evicts its own records, not the bank, and stays within the budget', () => {
    const bytes = 200_000;
    const limits = { ...DEFAULT_LIMITS, bytes };
    let m = emptyMemory(START);
    for (let n = 0; n < 20; n++) m = learn(m, signedBy(BANK, n, [[BANK, 's1']]), { limits }).memory;
    for (let d = 0; d < 12; d++)
      for (let n = 0; n < 24; n++) {
        const r = learn(m, bloated(`evil${d}.example`, n), { limits });
        expect(r.outcome).toBe('learnt');
        m = r.memory;
        expect(serializeMemory(m).length).toBeLessThanOrEqual(bytes + 200);
      }
    expect(m.domains.map((d) => d.domain)).toContain(BANK);
    expect(m.domains.find((d) => d.domain === BANK)!.count).toBe(20);
    expect(m.domains.length).toBeLessThan(13);
  });

  it('whatever the attacker’s names, the default budget keeps the file the import reads back', () => {
    let m = emptyMemory(START);
    for (let n = 0; n < 20; n++) m = teach(m, signedBy(BANK, n, [[BANK, 's1']]));
    for (let d = 0; d < 140; d++) for (let n = 0; n < 24; n++) m = teach(m, bloated(`evil${d}.example`, n));
    const text = serializeMemory(m);
    expect(text.length).toBeLessThanOrEqual(MAX_MEMORY_BYTES);
    expect(parseMemory(text).ok).toBe(true);
    expect(m.domains.some((d) => d.domain === BANK)).toBe(true);
    // The worst record learn can now write (reported as the bytes-per-domain figure).
    const worst = Math.max(...m.domains.map((d) => recordBytes(d)));
    // 140 such domains are more than the budget holds: some went.
    expect(m.domains.length).toBeLessThan(141);
    expect(worst).toBeLessThan(70_000);
  }, 120_000);
});

describe('an email-service move is proven by the new service’s selector', () => {
  const newEsp: Finding = {
    id: 'new-infrastructure',
    severity: 'medium',
    title: '',
    detail: '',
    evidence: [],
  };
  function moved(n: number, selector: string): Analysis {
    const a = signedBy(BANK, n, [[BANK, selector]]);
    return {
      ...a,
      verdict: 'suspicious',
      findings: [newEsp],
      origin: { ...a.origin, ip: '203.0.113.9', asn: null, org: null, esp: 'Example Mail' },
    };
  }
  const history = () => {
    let m = emptyMemory(START);
    for (let n = 0; n < 5; n++) m = teach(m, signedBy(BANK, n, [[BANK, 's1']]));
    return m;
  };

  it('a signature with a selector new to the domain files the new service', () => {
    const d = teach(history(), moved(10, 'k1')).domains[0]!;
    expect(d.infra.map((i) => i.key)).toEqual(['as:64500', 'esp:Example Mail']);
    expect(d.recent[d.recent.length - 1]!.i).toBe('esp:Example Mail');
  });

  it('a remembered selector alone (a replay) is counted without its network; a mark files it', () => {
    const d = teach(history(), moved(11, 's1')).domains[0]!;
    expect(d.count).toBe(6);
    expect(d.infra.map((i) => i.key)).toEqual(['as:64500']);
    expect(d.recent[d.recent.length - 1]!.i).toBeNull();
    const marked = learn(history(), moved(11, 's1'), { knownGood: true }).memory.domains[0]!;
    expect(marked.infra.map((i) => i.key)).toEqual(['as:64500', 'esp:Example Mail']);
  });
});

describe('tenant platforms', () => {
  it('one list, longest first, for the sign-up check and the memory', () => {
    for (let k = 1; k < TENANT_PARENTS.length; k++)
      expect(TENANT_PARENTS[k - 1]!.length).toBeGreaterThanOrEqual(TENANT_PARENTS[k]!.length);
    const key = (domain: string) => senderKey({ from: { address: `a@${domain}`, domain, displayName: '' } });
    expect(key('northbank.zendesk.com')).toBe('northbank.zendesk.com');
    expect(key('help.northbank.freshdesk.com')).toBe('northbank.freshdesk.com');
    expect(key('northbank.atlassian.net')).toBe('northbank.atlassian.net');
    expect(key('contoso.mail.onmicrosoft.com')).toBe('contoso.mail.onmicrosoft.com');
    expect(key('contoso.onmicrosoft.us')).toBe('contoso.onmicrosoft.us');
    expect(key('contoso.mail.onmicrosoft.us')).toBe('contoso.mail.onmicrosoft.us');
    expect(key('fabrikam.mail.onmicrosoft.us')).not.toBe(key('contoso.mail.onmicrosoft.us'));
    expect(key('contoso.partner.onmschina.cn')).toBe('contoso.partner.onmschina.cn');
    expect(key('zendesk.com')).toBe('zendesk.com');
  });
});
