// own-domain-unauthenticated (red-team round 85): a forgery of the reader's own organisation where
// its DMARC asks nothing and no provider records a composite check.
import { describe, expect, it } from 'vitest';
import { ownDomainRule } from '../../../lib/findings/own-domain';
import { baseCtx, ids, noAuth, setFrom, setHeader, verdictOf } from './build';

const runOwn = (ctx: ReturnType<typeof baseCtx>) => ownDomainRule(ctx)[0];

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
  it('needs the reader to have named the organisation, and our own SPF fail for its own envelope or another domain’s envelope off any known ESP', () => {
    expect(ids(forgery({ readers: [] }))).not.toContain('own-domain-unauthenticated');
    expect(ids(forgery({ readers: ['other.example'] }))).not.toContain('own-domain-unauthenticated');
    // Another domain's envelope (the forger's own, probe86): from a server no known email service
    // provider runs, yes, with its own text; from a known ESP's (a SaaS sending for the
    // organisation without its signature), no.
    const foreign = forgery({ envelope: 'bounce.mailer.example' });
    foreign.analysis.spf.result = 'pass';
    foreign.analysis.origin.ip = '203.0.113.7';
    foreign.analysis.origin.esp = null;
    const found = runOwn(foreign);
    expect(found?.message?.detail?.key).toBe('finding_own_domain_unauthenticated_foreign_detail');
    expect(verdictOf(foreign).verdict).toBe('suspicious');
    const esp = forgery({ envelope: 'bounce.mailer.example' });
    esp.analysis.spf.result = 'pass';
    esp.analysis.origin.ip = '198.51.100.7';
    esp.analysis.origin.esp = 'SendGrid';
    expect(ids(esp)).not.toContain('own-domain-unauthenticated');
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
    // No record of the organisation's own (sub)domain speaks for the server (probe87).
    const unlisted = forgery({ envelope: 'news.tidewater.example' });
    unlisted.analysis.spf.result = 'none';
    expect(runOwn(unlisted)?.message?.detail?.key).toBe('finding_own_domain_unauthenticated_unlisted_detail');
    // Behind the receiver's NAT no address: nothing speaks for the server (probe92), and the
    // receiver's own proven SPF fail says it was refused (probe88); its pass, for the NAT's own
    // address, speaks for nothing (probe94).
    const natted = forgery();
    natted.analysis.spf.result = 'none';
    natted.analysis.spf.ip = null;
    natted.analysis.origin.ip = null;
    natted.analysis.origin.natAddress = '172.17.0.1';
    expect(runOwn(natted)?.message?.detail?.key).toBe('finding_own_domain_unauthenticated_nat_detail');
    expect(runOwn(natted)?.detail).toContain('172.17.0.1');
    const box = (spf: 'pass' | 'fail') => ({
      authservId: 'mail.tidewater.example',
      spf,
      dkim: [],
      dmarc: null,
      arc: null,
      lines: [],
      proven: true,
      fromMismatch: [],
    });
    natted.analysis.provider = box('fail');
    expect(runOwn(natted)?.message?.detail?.key).toBe('finding_own_domain_unauthenticated_detail');
    // The box's pass, where our check at the NAT's own address passes too, speaks for nothing
    // (probe94); where ours does not, the box learnt the client another way and its pass stands.
    natted.analysis.provider = box('pass');
    expect(ids(natted)).not.toContain('own-domain-unauthenticated');
    natted.analysis.origin.natSpfPass = true;
    expect(runOwn(natted)?.message?.detail?.key).toBe('finding_own_domain_unauthenticated_nat_detail');
    // Whatever the organisation's DMARC asks, behind the NAT its unsigned mail is not spoofed (our
    // SPF check had no address: the office printer's mail, real-mail round 92); a failing
    // signature of its own still is.
    const enforced = forgery();
    enforced.analysis.spf.result = 'none';
    enforced.analysis.spf.ip = null;
    enforced.analysis.origin.ip = null;
    enforced.analysis.origin.natAddress = '172.17.0.1';
    enforced.analysis.dmarc = { ...enforced.analysis.dmarc, result: 'fail', policy: 'reject' };
    expect(verdictOf(enforced).verdict).toBe('suspicious');
    enforced.analysis.dkim = [
      {
        ...baseCtx().analysis.dkim[0]!,
        domain: 'tidewater.example',
        aligned: true,
        result: 'fail',
        cause: 'body-hash-mismatch',
      },
    ];
    expect(verdictOf(enforced).verdict).toBe('spoofed');
    natted.analysis.provider = box('fail');
    // Offline, only on the provider's own proven record of the SPF result.
    const offline = forgery();
    offline.analysis.mode = 'offline';
    expect(ids(offline)).not.toContain('own-domain-unauthenticated');
    offline.analysis.provider = { ...natted.analysis.provider!, authservId: 'mx.google.com' };
    expect(ids(offline)).toContain('own-domain-unauthenticated');
    offline.analysis.provider = { ...natted.analysis.provider!, proven: false };
    expect(ids(offline)).not.toContain('own-domain-unauthenticated');
  });
});
