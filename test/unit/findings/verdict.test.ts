// One test (or more) per row of VERDICT_RULES, in table order.
import { describe, expect, it } from 'vitest';
import { decideVerdict, VERDICT_RULES } from '../../../lib/findings/verdict';
import type { Finding } from '../../../lib/types';
import { baseCtx, failAuth, findings, header, noAuth, setFrom, verdictOf } from './build';

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

/** An intact chain sealed by `sealer`, then by the provider, whose oldest record is `record`. */
function forwardedBy(sealer: string, record: string | null) {
  const ctx = baseCtx();
  failAuth(ctx);
  ctx.analysis.arc = {
    result: 'pass',
    instances: 2,
    sealers: [sealer, 'mailhost.test'],
    originalAuth: null,
    info: null,
  };
  if (record) ctx.message.headers.push(header('ARC-Authentication-Results', `i=1; ${record}`, 99));
  return ctx;
}

function addList(ctx: ReturnType<typeof baseCtx>) {
  ctx.message.headers.push(
    header('List-Id', 'Developers <devel.lists.example.org>', 97),
    header('List-Post', '<mailto:devel@lists.example.org>', 98),
  );
}

describe('verdict table', () => {
  it('has the eighteen documented rows in order', () => {
    expect(VERDICT_RULES.map((r) => `${r.id}:${r.verdict}`)).toEqual([
      'dmarc-fail:spoofed',
      'impersonation-unauthenticated:spoofed',
      'impersonation-unchecked:suspicious',
      'from-unusable:suspicious',
      'forwarder-unknown:suspicious',
      'policy-none-with-concerns:suspicious',
      'authenticated-with-concerns:suspicious',
      'unauthenticated-hosted-server:suspicious',
      'login-outside-organisation:suspicious',
      'dmarc-pass:authenticated',
      'forwarded-trusted:unverified',
      'changed-by-list:unverified',
      'gateway-recorded-pass:unverified',
      'changed-after-entry:unverified',
      'policy-none:unverified',
      'receiver-recorded-spoof:suspicious',
      'own-domain-unauthenticated:suspicious',
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
    it('not when the server that handed over is in a trusted gateway network of shared hosting space, a hand-off below it (rw42, probe41): the hosted-server row decides', () => {
      const ctx = baseCtx();
      failAuth(ctx);
      hostedEc2(ctx);
      ctx.analysis.origin.sharedGatewayNetwork = '3.85.0.0/16';
      expect(verdictOf(ctx)).toMatchObject({ verdict: 'suspicious', rule: 'unauthenticated-hosted-server' });
      const note = findings(ctx).find((f) => f.id === 'gateway-network-shared');
      expect(note).toMatchObject({
        severity: 'low',
        title: 'Your trusted gateway network 3.85.0.0/16 is shared hosting space',
      });
      expect(note?.detail).toContain('(3.85.17.200/32)');
      // The user approved that server: nothing decides, unverified.
      ctx.analysis.origin.hostedServer = false;
      ctx.analysis.origin.approved = true;
      expect(verdictOf(ctx)).toMatchObject({ verdict: 'unverified', rule: 'otherwise' });
    });
    it('with p=quarantine, and with a p=reject policy applied to only some mail (pct=20)', () => {
      const ctx = baseCtx();
      failAuth(ctx);
      ctx.analysis.dmarc.policy = 'quarantine';
      expect(verdictOf(ctx).verdict).toBe('spoofed');
      ctx.analysis.dmarc.policy = 'reject';
      ctx.analysis.dmarc.pct = 20;
      expect(verdictOf(ctx).verdict).toBe('spoofed');
    });
    it('offline, a provider that wrote p=NONE but sp=REJECT for a subdomain sender', () => {
      const ctx = baseCtx();
      ctx.analysis.mode = 'offline';
      setFrom(ctx, 'Northbank', 'alerts@secure.northbank.example');
      ctx.analysis.provider = {
        ...ctx.analysis.provider!,
        spf: 'fail',
        dkim: [],
        dmarc: { result: 'fail', policy: 'none', domain: 'secure.northbank.example' },
      };
      ctx.analysis.provider!.lines = [
        'Authentication-Results: mx.mailhost.test; dmarc=fail (p=NONE sp=REJECT dis=REJECT) header.from=secure.northbank.example',
      ];
      expect(verdictOf(ctx).verdict).toBe('spoofed');
      // The same record seen for the organisational domain itself is p=none.
      setFrom(ctx, 'Northbank', 'alerts@northbank.example');
      expect(verdictOf(ctx).rule).toBe('policy-none');
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
    it('still spoofed when a trusted forwarder recorded a failure, and the summary says what it recorded (issue 16.3)', () => {
      const ctx = forwardedBy(
        'googlegroups.com',
        'googlegroups.com; dkim=fail header.d=northbank.example; dmarc=fail header.from=northbank.example',
      );
      const v = verdictOf(ctx);
      expect(v).toMatchObject({ verdict: 'spoofed', rule: 'dmarc-fail' });
      expect(v.summary).toContain('dmarc=fail (northbank.example)');
      expect(v.summary).not.toContain('recorded a pass');
      // Nothing recorded at all excuses nothing either.
      const bare = forwardedBy('googlegroups.com', null);
      expect(verdictOf(bare).verdict).toBe('spoofed');
      // A pass recorded for another domain is no pass for this one.
      const other = forwardedBy(
        'googlegroups.com',
        'googlegroups.com; dmarc=pass header.from=evil.example; dkim=pass header.d=evil.example',
      );
      expect(verdictOf(other).verdict).toBe('spoofed');
    });
    it('still spoofed when an unknown sealer recorded no pass; the provider’s own delivery seal is no forward', () => {
      const ctx = forwardedBy('evil.example', 'evil.example; dkim=fail header.d=northbank.example');
      expect(verdictOf(ctx).verdict).toBe('spoofed');
      ctx.analysis.arc.sealers = ['mailhost.test'];
      expect(verdictOf(ctx).verdict).toBe('spoofed');
    });
    it('still spoofed with list headers but no signature restored (anyone can write List-Id)', () => {
      const ctx = baseCtx();
      failAuth(ctx);
      addList(ctx);
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

  describe('row 4: an unknown forwarder recorded a pass → suspicious, never spoofed', () => {
    it('a list sealing with its own domain, named by List-Id, with a "Trust … as a forwarder" action', () => {
      const ctx = forwardedBy(
        'lists.example.org',
        'lists.example.org; dkim=pass header.d=northbank.example; dmarc=pass header.from=northbank.example',
      );
      addList(ctx);
      const v = verdictOf(ctx);
      expect(v).toMatchObject({ verdict: 'suspicious', rule: 'forwarder-unknown' });
      expect(v.summary).toContain('lists.example.org, a forwarder you have not trusted');
      const f = findings(ctx).find((x) => x.id === 'arc-untrusted-sealer');
      expect(f?.title).toContain('devel.lists.example.org');
      expect(f?.action).toEqual({ kind: 'trust-forwarder', domain: 'lists.example.org' });
    });
    it('a sender sealing its own spoof and recording a pass for the brand: suspicious, not unverified', () => {
      const ctx = forwardedBy(
        'evil.example',
        'evil.example; dkim=pass header.d=northbank.example; spf=pass smtp.mailfrom=northbank.example',
      );
      expect(verdictOf(ctx)).toMatchObject({ verdict: 'suspicious', rule: 'forwarder-unknown' });
      expect(verdictOf(ctx).summary).toContain('not trusted');
    });
    it('once the user trusts the sealer, its record counts like a built-in one', () => {
      const ctx = forwardedBy(
        'lists.example.org',
        'lists.example.org; dmarc=pass header.from=northbank.example',
      );
      ctx.options.trustedForwarders = ['lists.example.org'];
      expect(verdictOf(ctx)).toMatchObject({ verdict: 'unverified', rule: 'forwarded-trusted' });
      // Trusted, but it recorded a failure: spoofed.
      const failed = forwardedBy(
        'lists.example.org',
        'lists.example.org; dmarc=fail header.from=northbank.example',
      );
      failed.options.trustedForwarders = ['lists.example.org'];
      expect(verdictOf(failed).verdict).toBe('spoofed');
    });
    it('trusting a list on a shared platform (a private public suffix) does not trust its neighbours', () => {
      const record = (d: string) => `${d}; dmarc=pass header.from=northbank.example`;
      const sibling = forwardedBy('attacker-lists.herokuapp.com', record('attacker-lists.herokuapp.com'));
      sibling.options.trustedForwarders = ['northbank-users.herokuapp.com'];
      expect(verdictOf(sibling)).toMatchObject({ verdict: 'suspicious', rule: 'forwarder-unknown' });
      // The list itself, and a host under its own name, are still trusted.
      for (const sealer of ['northbank-users.herokuapp.com', 'arc.northbank-users.herokuapp.com']) {
        const own = forwardedBy(sealer, record(sealer));
        own.options.trustedForwarders = ['northbank-users.herokuapp.com'];
        expect(verdictOf(own)).toMatchObject({ verdict: 'unverified', rule: 'forwarded-trusted' });
      }
    });
    it("a neighbour of the reader's own server under a private public suffix is not the provider", () => {
      const ctx = forwardedBy(
        'mx-relay.duckdns.org',
        'mx-relay.duckdns.org; dmarc=pass header.from=northbank.example',
      );
      ctx.options.trustedAuthservIds = ['robin-mail.duckdns.org'];
      ctx.analysis.arc.sealers = ['mx-relay.duckdns.org', 'robin-mail.duckdns.org'];
      expect(verdictOf(ctx)).toMatchObject({ verdict: 'suspicious', rule: 'forwarder-unknown' });
    });
  });

  describe('row 5: p=none failure with other medium/high evidence → suspicious', () => {
    it('p=none fail plus a hosted server relay', () => {
      const ctx = baseCtx();
      failAuth(ctx);
      ctx.analysis.dmarc.policy = 'none';
      hostedEc2(ctx);
      const v = verdictOf(ctx);
      expect(v).toMatchObject({ verdict: 'suspicious', rule: 'policy-none-with-concerns' });
      expect(v.summary).toContain('does not ask receivers to act on failures');
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

  describe('row 2b offline: nothing checked, a medium impersonation finding → suspicious (red-team round 190)', () => {
    it('a brand named on another’s address, offline with no results of the provider’s', () => {
      const ctx = baseCtx();
      noAuth(ctx);
      setFrom(ctx, 'PayPal Service', 'billing@shop.example');
      ctx.analysis.mode = 'offline';
      ctx.analysis.provider = null;
      const v = verdictOf(ctx);
      expect(v).toMatchObject({ verdict: 'suspicious', rule: 'impersonation-unchecked' });
      // The same without the name: nothing to say but "unverified".
      const plain = baseCtx();
      noAuth(plain);
      setFrom(plain, 'Jane Doe', 'billing@shop.example');
      plain.analysis.mode = 'offline';
      plain.analysis.provider = null;
      expect(verdictOf(plain).verdict).toBe('unverified');
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

  describe("login-outside-organisation: a login of another organisation on the reader's box → suspicious", () => {
    /** The reader's box recorded a login submission; `outsider`: the login another organisation's. */
    function login(outsider?: string, signed = false) {
      const ctx = baseCtx();
      if (!signed) {
        noAuth(ctx);
        ctx.analysis.dmarc.result = 'none';
      }
      Object.assign(ctx.analysis.origin, {
        ip: '203.0.113.50',
        insideReceiver: true,
        loginSubmission: true,
        ...(outsider ? { loginOutsider: outsider } : {}),
      });
      if (outsider)
        ctx.message.headers.push(
          header('X-Authenticated-Sender', `mail.northbank.example: ${outsider}`, 90),
          header('X-AntiAbuse', 'Primary Hostname - mail.northbank.example', 91),
        );
      return ctx;
    }
    it("names the login and its organisation, with the box's own login header as evidence", () => {
      const ctx = login('orders@shop-customer.example');
      const v = verdictOf(ctx);
      expect(v).toMatchObject({ verdict: 'suspicious', rule: 'login-outside-organisation' });
      expect(v.summary).toContain('by a login of shop-customer.example (orders@shop-customer.example)');
      const f = findings(ctx).find((x) => x.id === 'login-outside-organisation');
      expect(f?.severity).toBe('medium');
      expect(f?.title).toContain('shop-customer.example');
      expect(f?.evidence).toContain(
        'X-Authenticated-Sender: mail.northbank.example: orders@shop-customer.example',
      );
      expect(f?.evidence.some((e) => e.startsWith('X-AntiAbuse'))).toBe(false);
    });
    it('a bare login (on a box the From’s MX names) names no organisation: the same row, its own words', () => {
      // rw43-family-domain-isp-box-bare-name-login, probe45-login-mxbox-cotenant-bare-user-writes-as-bank
      const ctx = login('grandma');
      const v = verdictOf(ctx);
      expect(v).toMatchObject({ verdict: 'suspicious', rule: 'login-outside-organisation' });
      expect(v.summary).toContain('by the login “grandma”, which names no organisation');
      const f = findings(ctx).find((x) => x.id === 'login-outside-organisation');
      expect(f?.title).toBe('Sent by a login that names no organisation (“grandma”)');
      expect(f?.detail).not.toContain('belongs to');
    });
    it('a look-alike login domain is spelt in punycode too', () => {
      const v = verdictOf(login('ceo@nörthbank.example'));
      expect(v.summary).toContain('nörthbank.example (xn--nrthbank-n4a.example)');
    });
    it('signed by the box for the From domain, still not authenticated', () => {
      const ctx = login('orders@shop-customer.example', true);
      expect(ctx.analysis.dmarc.result).toBe('pass');
      expect(verdictOf(ctx).verdict).toBe('suspicious');
    });
    it("a colleague's login: unverified, no finding", () => {
      const ctx = login();
      expect(verdictOf(ctx).verdict).toBe('unverified');
      expect(findings(ctx).some((x) => x.id === 'login-outside-organisation')).toBe(false);
    });
  });

  describe('row 9: a trusted forwarder recorded a pass → unverified', () => {
    it('Google Groups sealed it and recorded a DMARC pass for the From domain', () => {
      const ctx = forwardedBy(
        'googlegroups.com',
        'googlegroups.com; dkim=pass header.d=northbank.example; dmarc=pass header.from=northbank.example',
      );
      const v = verdictOf(ctx);
      expect(v).toMatchObject({ verdict: 'unverified', rule: 'forwarded-trusted' });
      expect(v.summary).toContain('forwarded by googlegroups.com');
      expect(findings(ctx).find((f) => f.id === 'arc-forwarded')?.detail).toContain('recorded a dmarc pass');
    });
    it('an aligned DKIM or SPF pass recorded by the oldest trusted forwarder counts too', () => {
      for (const rec of [
        'googlegroups.com; dkim=pass header.d=mail.northbank.example',
        'googlegroups.com; spf=pass smtp.mailfrom=bounce@northbank.example',
      ])
        expect(verdictOf(forwardedBy('googlegroups.com', rec)).rule).toBe('forwarded-trusted');
    });
  });

  describe('row 10: a list’s changes undone, the From domain’s signature verifies → unverified', () => {
    it('says "changed by the mailing list <id>" and what the list added', () => {
      const ctx = baseCtx();
      failAuth(ctx);
      addList(ctx);
      ctx.analysis.dkim[0]!.listRestore = {
        subjectTag: '[Devel] ',
        removedHeaders: [],
        footerBytes: 120,
        footerPreview: 'Devel mailing list https://lists.example.org/',
        footerHosts: [],
        footerDisguisedLinks: [],
      };
      const v = verdictOf(ctx);
      expect(v).toMatchObject({ verdict: 'unverified', rule: 'changed-by-list' });
      expect(v.summary).toContain('changed by the mailing list devel.lists.example.org');
      const f = findings(ctx).find((x) => x.id === 'list-modified');
      expect(f?.detail).toContain('never by northbank.example');
      // The restore alone, without list evidence, excuses nothing.
      const bare = baseCtx();
      failAuth(bare);
      bare.analysis.dkim[0]!.listRestore = ctx.analysis.dkim[0]!.listRestore;
      expect(verdictOf(bare).verdict).toBe('spoofed');
    });
  });

  describe('changed after entry: the receiver recorded a pass before its own rule changed the message', () => {
    // The whole rule on real layouts: test/unit/findings/receiver-record.test.ts.
    it('a key removed since: never spoofed, never authenticated, and said in the summary', () => {
      const ctx = baseCtx();
      failAuth(ctx);
      const record = {
        id: 'key-gone-after-entry',
        severity: 'low' as const,
        title: 'The key was removed after Microsoft 365 checked it',
        detail: '',
        evidence: [],
      };
      const v = decideVerdict(ctx.analysis, [record]);
      expect(v).toMatchObject({ verdict: 'unverified', rule: 'changed-after-entry' });
      expect(decideVerdict(ctx.analysis, []).verdict).toBe('spoofed');
    });

    it('the signature changed by the reader’s own rule: authenticated on the record, said in the summary (real-mail round 135)', () => {
      const ctx = baseCtx();
      failAuth(ctx);
      const record = {
        id: 'changed-after-entry',
        severity: 'low' as const,
        title: 'Changed after Microsoft 365 checked it',
        detail: '',
        evidence: [],
      };
      const v = decideVerdict(ctx.analysis, [record]);
      expect(v).toMatchObject({ verdict: 'authenticated', rule: 'dmarc-pass' });
      expect(v.summary).toContain('before a rule in your organisation changed it');
      const concern = { ...record, id: 'reply-to-other-org', severity: 'medium' as const };
      expect(decideVerdict(ctx.analysis, [record, concern]).verdict).toBe('suspicious');
    });
  });

  describe('row 2 gives way to a record of a pass made before the message changed (rw67)', () => {
    const f = (id: string, severity: Finding['severity']): Finding => ({
      id,
      severity,
      title: id,
      detail: '',
      evidence: [],
    });
    const lookalike = f('lookalike-domain', 'high');

    it('a trusted forwarder’s or a list’s record of a pass: the look-alike is a concern beside it', () => {
      for (const excuse of [f('arc-forwarded', 'low'), f('list-modified', 'low')]) {
        const ctx = baseCtx();
        failAuth(ctx);
        expect(decideVerdict(ctx.analysis, [lookalike, excuse])).toMatchObject({
          verdict: 'suspicious',
          rule: 'authenticated-with-concerns',
        });
      }
    });

    it('an unknown forwarder’s record of a pass: its row, never spoofed', () => {
      const ctx = baseCtx();
      failAuth(ctx);
      expect(decideVerdict(ctx.analysis, [lookalike, f('arc-untrusted-sealer', 'medium')])).toMatchObject({
        verdict: 'suspicious',
        rule: 'forwarder-unknown',
      });
    });

    it('no record: spoofed, as before', () => {
      const ctx = baseCtx();
      failAuth(ctx);
      expect(decideVerdict(ctx.analysis, [lookalike]).verdict).toBe('spoofed');
    });
  });

  describe('row 11: p=none failure alone → unverified', () => {
    it('the domain owner does not ask receivers to act on failures; the check still shows as failed', () => {
      const ctx = baseCtx();
      failAuth(ctx);
      ctx.analysis.dmarc.policy = 'none';
      const v = verdictOf(ctx);
      expect(v).toMatchObject({ verdict: 'unverified', rule: 'policy-none' });
      expect(v.summary).toContain('does not ask receivers to act on failures');
      expect(findings(ctx).find((f) => f.id === 'dmarc-fail')?.severity).toBe('medium');
    });
    it('but a strong impersonation finding still makes it spoofed', () => {
      const ctx = baseCtx();
      failAuth(ctx);
      ctx.analysis.dmarc.policy = 'none';
      setFrom(ctx, 'service@paypal.com', 'x@northbank.example');
      expect(verdictOf(ctx).verdict).toBe('spoofed');
    });
  });

  describe('row 12: otherwise → unverified', () => {
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
