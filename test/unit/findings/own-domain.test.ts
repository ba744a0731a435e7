// own-domain-unauthenticated (red-team round 85): a forgery of the reader's own organisation where
// its DMARC asks nothing and no provider records a composite check.
import { describe, expect, it } from 'vitest';
import { baseCtx, ids, noAuth, setFrom, setHeader, verdictOf } from './build';

function forgery(opts: { readers?: string[]; envelope?: string } = {}) {
  const ctx = baseCtx();
  setFrom(ctx, 'Marcus Hale', 'ceo@tidewater.example');
  noAuth(ctx);
  ctx.analysis.spf.result = 'fail';
  ctx.analysis.spf.domain = opts.envelope ?? 'tidewater.example';
  ctx.options.recipientDomains = opts.readers ?? ['tidewater.example'];
  return ctx;
}

describe('own-domain-unauthenticated', () => {
  it('reads a forgery of the organisation the reader named, at no DMARC record, suspicious', () => {
    const ctx = forgery();
    expect(ids(ctx)).toContain('own-domain-unauthenticated');
    const v = verdictOf(ctx);
    expect(v.verdict).toBe('suspicious');
    expect(v.rule).toBe('own-domain-unauthenticated');
  });
  it('needs the reader to have named the organisation and our own SPF fail for its own envelope', () => {
    expect(ids(forgery({ readers: [] }))).not.toContain('own-domain-unauthenticated');
    expect(ids(forgery({ readers: ['other.example'] }))).not.toContain('own-domain-unauthenticated');
    expect(ids(forgery({ envelope: 'bounce.mailer.example' }))).not.toContain('own-domain-unauthenticated');
    // List fields anyone writes excuse nothing (a real list's envelope is its own: above).
    const list = forgery();
    setHeader(list, 'List-Id', '<staff.lists.example>');
    expect(ids(list)).toContain('own-domain-unauthenticated');
    const inside = forgery();
    inside.analysis.origin.insideReceiver = true;
    expect(ids(inside)).not.toContain('own-domain-unauthenticated');
    const soft = forgery();
    soft.analysis.spf.result = 'softfail';
    expect(ids(soft)).not.toContain('own-domain-unauthenticated');
  });
});
