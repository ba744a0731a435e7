// One test (or more) per row of VERDICT_RULES, in table order.
import { describe, expect, it } from 'vitest';
import { decideVerdict, VERDICT_RULES } from '../../../lib/findings/verdict';
import type { Finding } from '../../../lib/types';
import { baseCtx, failAuth, noAuth, setFrom, verdictOf } from './build';

function hostedEc2(ctx: ReturnType<typeof baseCtx>) {
  Object.assign(ctx.analysis.origin, {
    ip: '3.85.17.200',
    asn: 14618,
    org: 'AMAZON-AES',
    hosting: { provider: 'Amazon EC2' },
    esp: null,
    hostedServer: true,
  });
}
const medium: Finding = {
  id: 'broad-spf',
  severity: 'medium',
  title: 'SPF allows a whole cloud',
  detail: 'd',
  evidence: [],
};

describe('verdict table', () => {
  it('has the eight documented rows in order', () => {
    expect(VERDICT_RULES.map((r) => `${r.id}:${r.verdict}`)).toEqual([
      'dmarc-fail:spoofed',
      'impersonation-unauthenticated:spoofed',
      'impersonation-unchecked:suspicious',
      'from-unusable:suspicious',
      'authenticated-with-concerns:suspicious',
      'unauthenticated-hosted-server:suspicious',
      'dmarc-pass:authenticated',
      'otherwise:unverified',
    ]);
  });

  describe('row 1: DMARC fail → spoofed', () => {
    it('with the summary naming the hosted server', () => {
      const ctx = baseCtx();
      failAuth(ctx);
      hostedEc2(ctx);
      const v = verdictOf(ctx);
      expect(v).toMatchObject({ verdict: 'spoofed', rule: 'dmarc-fail' });
      expect(v.summary).toBe(
        'This message claims to come from northbank.example, but it was sent from an Amazon EC2 server (3.85.17.200) that northbank.example does not authorise, and it carries no valid signature from northbank.example.',
      );
    });
    it('even with p=none', () => {
      const ctx = baseCtx();
      failAuth(ctx);
      ctx.analysis.dmarc.policy = 'none';
      expect(verdictOf(ctx).verdict).toBe('spoofed');
    });
    it("offline, from the provider's trusted result", () => {
      const ctx = baseCtx();
      ctx.analysis.mode = 'offline';
      ctx.analysis.provider!.dmarc = { result: 'fail', policy: 'reject', domain: 'northbank.example' };
      expect(verdictOf(ctx).verdict).toBe('spoofed');
    });
    it('not when the failure comes from a copy that is not byte-exact', () => {
      const ctx = baseCtx();
      failAuth(ctx);
      ctx.analysis.meta.notByteExact = true;
      expect(verdictOf(ctx).verdict).toBe('unverified');
      expect(verdictOf(ctx).summary).toContain('not byte-exact');
    });
    it('not when a trusted ARC chain explains it (mailing list)', () => {
      const ctx = baseCtx();
      failAuth(ctx);
      ctx.analysis.arc = {
        result: 'pass',
        instances: 2,
        sealers: ['googlegroups.com', 'mailhost.test'],
        originalAuth: null,
        info: null,
      };
      const v = verdictOf(ctx);
      expect(v.verdict).toBe('unverified');
      expect(v.summary).toContain('forwarded');
    });
    it('still spoofed when the chain is intact but sealed by anyone else (the sender can seal its own)', () => {
      const ctx = baseCtx();
      failAuth(ctx);
      ctx.analysis.arc = {
        result: 'pass',
        instances: 2,
        sealers: ['evil.example', 'mailhost.test'],
        originalAuth: 'evil.example; dkim=pass header.d=northbank.example',
        info: null,
      };
      expect(verdictOf(ctx).verdict).toBe('spoofed');
      // The provider's own delivery seal is no forward either.
      ctx.analysis.arc.sealers = ['mailhost.test'];
      expect(verdictOf(ctx).verdict).toBe('spoofed');
    });
    it('not when the provider passed it at delivery (keys rotated since)', () => {
      const ctx = baseCtx();
      ctx.analysis.dmarc.result = 'fail';
      ctx.analysis.dkim[0]!.result = 'fail';
      ctx.analysis.dkim[0]!.cause = 'key-missing';
      ctx.analysis.spf.result = 'fail';
      const v = verdictOf(ctx);
      expect(v.verdict).toBe('authenticated');
      expect(v.summary).toContain("according to your provider's checks");
    });
  });

  describe('row 2: no working authentication + strong impersonation → spoofed', () => {
    it('look-alike From domain without DMARC', () => {
      const ctx = baseCtx();
      noAuth(ctx);
      setFrom(ctx, 'PayPal', 'service@paypa1.com');
      const v = verdictOf(ctx);
      expect(v).toMatchObject({ verdict: 'spoofed', rule: 'impersonation-unauthenticated' });
      expect(v.summary).toContain('imitates paypal.com');
    });
    it('an address in the display name, nothing authenticates', () => {
      const ctx = baseCtx();
      noAuth(ctx);
      setFrom(ctx, 'security@northbank.example', 'x@mailer.example');
      expect(verdictOf(ctx).verdict).toBe('spoofed');
    });
  });

  describe('row 2b: strong impersonation but DNS kept the check from finishing → suspicious, never spoofed', () => {
    it('look-alike From domain with DMARC temperror', () => {
      const ctx = baseCtx();
      noAuth(ctx);
      setFrom(ctx, 'PayPal', 'service@paypa1.com');
      ctx.analysis.dmarc = { ...ctx.analysis.dmarc, result: 'temperror' };
      ctx.analysis.spf = { ...ctx.analysis.spf, result: 'temperror' };
      const v = verdictOf(ctx);
      expect(v).toMatchObject({ verdict: 'suspicious', rule: 'impersonation-unchecked' });
      expect(v.summary).toContain('DNS lookups failed');
    });
  });

  describe('row 3: authenticates but a medium/high finding stands → suspicious', () => {
    it('look-alike domain that passes DMARC for itself', () => {
      const ctx = baseCtx();
      setFrom(ctx, '', 'service@paypa1.com');
      const v = verdictOf(ctx);
      expect(v).toMatchObject({ verdict: 'suspicious', rule: 'authenticated-with-concerns' });
      expect(v.summary).toBe(
        'This message really comes from paypa1.com, but take care: the From domain paypa1.com imitates paypal.com.',
      );
    });
    it('broad SPF on a hosted server (relay-intelligence finding)', () => {
      const ctx = baseCtx();
      hostedEc2(ctx);
      expect(decideVerdict(ctx.analysis, [medium]).verdict).toBe('suspicious');
    });
    it('DMARC passes but the relay is an unapproved hosted server (hosted-server-relay)', () => {
      const ctx = baseCtx();
      hostedEc2(ctx);
      const v = verdictOf(ctx);
      expect(v.verdict).toBe('suspicious');
      expect(v.summary).toBe(
        'This message really comes from northbank.example, but take care: sent from a rented server on Amazon EC2 (3.85.17.200).',
      );
    });
    it('display-name brand with aligned SPF but no DMARC record', () => {
      const ctx = baseCtx();
      noAuth(ctx);
      ctx.analysis.spf.result = 'pass';
      ctx.analysis.spf.aligned = true;
      setFrom(ctx, 'PayPal Support', 'alerts@northbank.example');
      expect(verdictOf(ctx).verdict).toBe('suspicious');
    });
  });

  describe('row 4: nothing authenticates + hosted server → suspicious', () => {
    it('no DMARC, sent from EC2', () => {
      const ctx = baseCtx();
      noAuth(ctx);
      hostedEc2(ctx);
      const v = verdictOf(ctx);
      expect(v).toMatchObject({ verdict: 'suspicious', rule: 'unauthenticated-hosted-server' });
      expect(v.summary).toBe(
        'Nothing proves this message comes from northbank.example, and it was sent from an Amazon EC2 server (3.85.17.200) rather than from an email service.',
      );
    });
    it('not when the user approved the server', () => {
      const ctx = baseCtx();
      noAuth(ctx);
      hostedEc2(ctx);
      ctx.analysis.origin.hostedServer = false;
      ctx.analysis.origin.approved = true;
      expect(verdictOf(ctx).verdict).toBe('unverified');
    });
  });

  describe('row 5: DMARC pass and nothing above low → authenticated', () => {
    it('clean mail', () => {
      const v = verdictOf(baseCtx());
      expect(v).toMatchObject({ verdict: 'authenticated', rule: 'dmarc-pass' });
      expect(v.summary).toBe(
        'This message really comes from northbank.example: it carries a valid signature from northbank.example and was sent from a server northbank.example authorises.',
      );
    });
    it('low findings do not spoil it', () => {
      const ctx = baseCtx();
      ctx.analysis.returnPath = 'b@bounce.mailer.example';
      ctx.analysis.spf.result = 'softfail';
      expect(verdictOf(ctx).verdict).toBe('authenticated');
    });
    it('names the ESP', () => {
      const ctx = baseCtx();
      ctx.analysis.origin.esp = 'SendGrid';
      expect(verdictOf(ctx).summary).toContain('sent through SendGrid');
    });
  });

  describe('row 6: otherwise → unverified', () => {
    it('no DMARC record', () => {
      const ctx = baseCtx();
      noAuth(ctx);
      const v = verdictOf(ctx);
      expect(v).toMatchObject({ verdict: 'unverified', rule: 'otherwise' });
      expect(v.summary).toBe(
        'There is no DMARC policy for northbank.example, so HeaderLens cannot confirm that this message really comes from northbank.example.',
      );
    });
    it('a DNS error is never spoofed, even with SPF and DKIM down', () => {
      const ctx = baseCtx();
      ctx.analysis.provider = null;
      ctx.analysis.dmarc.result = 'temperror';
      ctx.analysis.spf.result = 'temperror';
      ctx.analysis.dkim[0]!.result = 'temperror';
      hostedEc2(ctx);
      ctx.analysis.origin.hostedServer = false;
      const v = verdictOf(ctx);
      expect(v.verdict).toBe('unverified');
      expect(v.summary).toContain('DNS lookup failed');
    });
    it('offline without provider results', () => {
      const ctx = baseCtx();
      ctx.analysis.mode = 'offline';
      ctx.analysis.provider = null;
      expect(verdictOf(ctx).summary).toContain('offline');
    });
    it('DMARC neutral/none with a medium finding stays unverified but mentions it', () => {
      const ctx = baseCtx();
      noAuth(ctx);
      setFrom(ctx, 'PayPal Support', 'x@random.example');
      const v = verdictOf(ctx);
      expect(v.verdict).toBe('unverified');
      expect(v.summary).toContain('also, the name says PayPal');
    });
    it('no From address', () => {
      const ctx = baseCtx();
      ctx.analysis.from = null;
      expect(verdictOf(ctx)).toMatchObject({ verdict: 'unverified' });
    });
  });
});
