// RFC 7489 §3.1.1: under adkim=s / aspf=s only the exact From domain aligns. When a valid
// signature or SPF pass for a sibling domain is what strict mode set aside, the DMARC reason says
// so: a DKIM "pass" next to "Spoofed" is otherwise read as a contradiction (issue 20.4).
import { describe, expect, it } from 'vitest';
import { baseCtx, failAuth, findings } from './build';

function strictCtx(mode: { spf: 'r' | 's'; dkim: 'r' | 's' }) {
  const ctx = baseCtx();
  failAuth(ctx);
  const a = ctx.analysis;
  a.dmarc.alignment = mode;
  a.dkim[0]!.domain = 'mail.northbank.example';
  a.dkim[0]!.result = 'pass';
  a.dkim[0]!.cause = null;
  a.dkim[0]!.aligned = false;
  return ctx;
}
const detail = (ctx: ReturnType<typeof baseCtx>) =>
  findings(ctx).find((f) => f.id === 'dmarc-fail')?.detail ?? '';

describe('dmarc-fail explains strict alignment when it decided', () => {
  it('adkim=s: a valid signature from a subdomain does not count, and the reason says why', () => {
    const ctx = strictCtx({ spf: 'r', dkim: 's' });
    expect(detail(ctx)).toContain(
      "A DKIM signature from mail.northbank.example is valid, but northbank.example's DMARC record asks for strict alignment (adkim=s)",
    );
  });
  it('aspf=s: an SPF pass for a subdomain is explained the same way', () => {
    const ctx = strictCtx({ spf: 's', dkim: 'r' });
    ctx.analysis.dkim[0]!.result = 'fail';
    ctx.analysis.spf.result = 'pass';
    ctx.analysis.spf.domain = 'bounce.northbank.example';
    expect(detail(ctx)).toContain('SPF passed for bounce.northbank.example');
    expect(detail(ctx)).toContain('(aspf=s)');
    expect(detail(ctx)).not.toContain('adkim=s');
  });
  it('says nothing about strictness in relaxed mode or for another organisation’s signature', () => {
    expect(detail(strictCtx({ spf: 'r', dkim: 'r' }))).not.toContain('strict alignment');
    const other = strictCtx({ spf: 's', dkim: 's' });
    other.analysis.dkim[0]!.domain = 'esp.example';
    expect(detail(other)).not.toContain('strict alignment');
  });
});
