// The memory file: bounded, validated on import (a hostile file is refused whole), LRU eviction
// that a flood of fresh domains cannot use to push out a familiar sender.
import { describe, expect, it } from 'vitest';
import { decideVerdict } from '../../../lib/findings/verdict';
import {
  DEFAULT_LIMITS,
  emptyMemory,
  forgetDomain,
  learn,
  MAX_MEMORY_BYTES,
  parseMemory,
  type SenderMemory,
  serializeMemory,
  validateMemory,
} from '../../../lib/memory';
import type { Analysis, Finding } from '../../../lib/types';
import { baseCtx } from '../findings/build';
import { authenticatedFrom } from './authenticated';

const START = new Date('2026-11-01T00:00:00Z');

function analysis(domain: string, n: number, at = '2026-11-02T00:00:00.000Z'): Analysis {
  return authenticatedFrom(domain, n, at);
}

function grown(domains: string[], times = 1): SenderMemory {
  let m = emptyMemory(START);
  let n = 0;
  for (const d of domains) for (let i = 0; i < times; i++) m = learn(m, analysis(d, n++)).memory;
  return m;
}

describe('sender memory file', () => {
  it('round-trips through its JSON form', () => {
    const m = grown(['northbank.example', 'shopco.example'], 3);
    const back = parseMemory(serializeMemory(m));
    expect(back).toEqual({ ok: true, memory: m });
  });

  it.each([
    ['not JSON', '{'],
    [
      'another format',
      JSON.stringify({ format: 'x', version: 1, startedAt: START.toISOString(), domains: [] }),
    ],
    ['a newer version', JSON.stringify({ ...emptyMemory(START), version: 2 })],
    [
      'a prototype key as a domain',
      JSON.stringify({ ...emptyMemory(START), domains: [{ domain: '__proto__' }] }),
    ],
  ])('refuses %s', (_what, text) => {
    const r = parseMemory(text);
    expect(r.ok).toBe(false);
  });

  it('refuses markup, negative counts, bad dates and duplicates, naming the reason', () => {
    const good = JSON.parse(serializeMemory(grown(['northbank.example'], 2)));
    const bend = (f: (d: Record<string, unknown>) => void) => {
      const copy = structuredClone(good);
      f(copy.domains[0]);
      return validateMemory(copy);
    };
    const cases = [
      bend((d) => {
        (d.infra as Array<Record<string, unknown>>)[0]!.name = '<img src=x onerror=alert(1)>';
      }),
      bend((d) => {
        d.domain = 'evil.example"><script>';
      }),
      bend((d) => {
        d.count = -1;
      }),
      bend((d) => {
        d.firstSeen = 'yesterday';
      }),
      bend((d) => {
        d.infra = [...(d.infra as unknown[]), ...(d.infra as unknown[])];
      }),
      bend((d) => {
        d.recent = Array.from({ length: DEFAULT_LIMITS.recentPerDomain + 1 }, () => ({
          h: '0'.repeat(16),
          i: null,
          d: [],
          m: null,
        }));
      }),
    ];
    for (const r of cases) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/^The memory file was refused: /);
    }
    expect(validateMemory(good).ok).toBe(true);
  });

  it('drops unknown fields instead of copying them', () => {
    const m = JSON.parse(serializeMemory(grown(['northbank.example'])));
    m.domains[0].extra = { evil: true };
    m.evil = 1;
    const r = validateMemory(m);
    expect(r.ok && JSON.stringify(r.memory)).not.toContain('evil');
  });

  it('refuses a file over the size bound before parsing it, and one with too many domains', () => {
    expect(parseMemory(' '.repeat(MAX_MEMORY_BYTES + 1)).ok).toBe(false);
    const many = {
      ...emptyMemory(START),
      domains: Array.from({ length: 3 }, (_, i) => grown([`d${i}.example`]).domains[0]),
    };
    expect(validateMemory(many, { ...DEFAULT_LIMITS, domains: 2 }).ok).toBe(false);
  });
});

describe('bounded memory', () => {
  it('a flood of fresh domains evicts domains seen once, never the familiar sender', () => {
    const limits = { ...DEFAULT_LIMITS, domains: 10 };
    let m = emptyMemory(START);
    for (let i = 0; i < 5; i++)
      m = learn(m, analysis('northbank.example', i, '2026-11-01T01:00:00.000Z'), { limits }).memory;
    for (let i = 0; i < 100; i++)
      m = learn(
        m,
        analysis(`flood${i}.example`, 100 + i, `2026-11-03T00:${String(i % 60).padStart(2, '0')}:00.000Z`),
        {
          limits,
        },
      ).memory;
    expect(m.domains).toHaveLength(10);
    expect(m.domains.some((d) => d.domain === 'northbank.example')).toBe(true);
  });

  it('caps the per-domain lists', () => {
    let m = emptyMemory(START);
    for (let i = 0; i < 60; i++) m = learn(m, analysis('northbank.example', i)).memory;
    expect(m.domains[0]!.count).toBe(60);
    expect(m.domains[0]!.recent).toHaveLength(DEFAULT_LIMITS.recentPerDomain);
  });

  it('forgets one domain', () => {
    const m = grown(['northbank.example', 'shopco.example']);
    expect(forgetDomain(m, 'shopco.example').domains.map((d) => d.domain)).toEqual(['northbank.example']);
  });

  it('does not learn mail without a DMARC pass unless the user marks it known good', () => {
    const a = analysis('northbank.example', 1);
    const none = { ...a, dmarc: { ...a.dmarc, result: 'none' as const } };
    expect(learn(emptyMemory(START), none).outcome).toBe('not-authenticated');
    const marked = learn(emptyMemory(START), none, { knownGood: true });
    expect(marked.outcome).toBe('learnt');
    expect(marked.memory.domains[0]).toMatchObject({
      knownGood: true,
      dmarc: [{ result: 'known-good', count: 1 }],
    });
  });
});

describe('verdict with memory findings', () => {
  const finding = (id: string): Finding => ({ id, severity: 'medium', title: '', detail: '', evidence: [] });
  it('make an authenticated message "authenticated with concerns", never spoofed', () => {
    const a = baseCtx().analysis;
    for (const id of ['new-infrastructure', 'dkim-domain-changed', 'first-contact']) {
      expect(decideVerdict(a, [finding(id)]).rule).toBe('authenticated-with-concerns');
      const unauth = {
        ...a,
        spf: { ...a.spf, result: 'none' as const },
        dkim: [],
        dmarc: { ...a.dmarc, result: 'none' as const, passedBy: [] },
      };
      expect(decideVerdict(unauth, [finding(id)]).verdict).not.toBe('spoofed');
    }
  });
});
