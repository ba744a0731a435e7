import { describe, expect, it } from 'vitest';
import { runFindingRules } from '../../../lib/findings';
import type { FindingRule } from '../../../lib/findings/rule';
import { baseCtx, findings, ids } from './build';

const byId = (ctx: ReturnType<typeof baseCtx>, id: string) => findings(ctx).filter((f) => f.id === id);

describe('provider-disagreement', () => {
  it('provider passed, our re-check fails because the key was rotated: low, names the cause', () => {
    const ctx = baseCtx();
    const d = ctx.analysis.dkim[0]!;
    d.result = 'fail';
    d.cause = 'key-missing';
    ctx.analysis.spf.result = 'fail';
    ctx.analysis.dmarc.result = 'fail';
    const [f] = byId(ctx, 'provider-disagreement');
    expect(f?.severity).toBe('low');
    expect(f?.detail).toContain('removed or rotated in DNS since delivery');
    expect(f?.evidence[0]).toMatch(/^Authentication-Results: mx.mailhost.test/);
  });
  it('provider failed but we pass now: medium', () => {
    const ctx = baseCtx();
    ctx.analysis.provider!.dmarc = { result: 'fail', policy: 'reject', domain: 'northbank.example' };
    expect(byId(ctx, 'provider-disagreement')[0]?.severity).toBe('medium');
  });
  it('agreement raises nothing', () => {
    expect(ids(baseCtx())).not.toContain('provider-disagreement');
  });
});

describe('forged-auth-results', () => {
  it('a header claiming the provider below an untrusted hop', () => {
    const ctx = baseCtx();
    const line = 'Authentication-Results: mx.mailhost.test; dkim=pass header.d=paypal.com; dmarc=pass';
    ctx.analysis.authResults.push({
      authservId: 'mx.mailhost.test',
      version: null,
      results: [],
      index: 7,
      line,
      trusted: false,
      forged: true,
      malformed: false,
    });
    const [f] = byId(ctx, 'forged-auth-results');
    expect(f?.severity).toBe('medium');
    expect(f?.evidence).toEqual([line]);
  });
});

describe('message problems', () => {
  it.each([
    ['no header/body separator', 'no-header-separator'],
    ['NUL bytes in the message', 'nul-bytes'],
    ['header line truncated at 200000 characters', 'message-problem'],
  ])('%s → %s (low)', (problem, id) => {
    const ctx = baseCtx();
    ctx.message.problems = [problem];
    expect(byId(ctx, id)[0]?.severity).toBe('low');
  });
  it('multiple From is medium', () => {
    const ctx = baseCtx();
    const second = { address: 'ceo@other.example', domain: 'other.example', displayName: '' };
    ctx.message.fromAll.push(second);
    expect(byId(ctx, 'multiple-from')[0]?.severity).toBe('medium');
  });
});

describe('offline-mode', () => {
  it('says the provider results are used', () => {
    const ctx = baseCtx();
    ctx.analysis.mode = 'offline';
    const [f] = byId(ctx, 'offline-mode');
    expect(f?.severity).toBe('info');
    expect(f?.title).toContain('mx.mailhost.test');
  });
  it('says nothing could be checked without provider results', () => {
    const ctx = baseCtx();
    ctx.analysis.mode = 'offline';
    ctx.analysis.provider = null;
    expect(byId(ctx, 'offline-mode')[0]?.title).toMatch(/^Could not check: offline/);
  });
  it('online mode has no offline finding', () => {
    expect(ids(baseCtx())).not.toContain('offline-mode');
  });
});

describe('runFindingRules', () => {
  it('sorts by severity and survives a rule that throws', () => {
    const boom: FindingRule = () => {
      throw new Error('bug');
    };
    const low: FindingRule = () => [{ id: 'x-low', severity: 'low', title: 't', detail: 'd', evidence: [] }];
    const high: FindingRule = () => [
      { id: 'x-high', severity: 'high', title: 't', detail: 'd', evidence: [] },
    ];
    const out = runFindingRules(baseCtx(), [low, boom, high]);
    expect(out.map((f) => f.id)).toEqual(['x-high', 'x-low', 'rule-error']);
  });
});
