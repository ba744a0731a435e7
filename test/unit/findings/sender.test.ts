// sender-other-org: a Sender field naming an organisation that neither SPF nor DKIM speaks for
// (Outlook leads with it: "Northbank Security on behalf of Alerts").
import { describe, expect, it } from 'vitest';
import { baseCtx, failAuth, findings, header, ids, setFrom, setHeader, verdictOf } from './build';

const senderFindings = (ctx: ReturnType<typeof baseCtx>) =>
  findings(ctx).filter((f) => f.id === 'sender-other-org');

/** An attacker's own domain that authenticates (the baseline's passes, moved to attacker.example). */
function attackerAuthenticates() {
  const ctx = baseCtx();
  setFrom(ctx, 'Alerts', 'alerts@attacker.example');
  const a = ctx.analysis;
  a.spf.domain = 'attacker.example';
  for (const d of a.dkim) d.domain = 'attacker.example';
  a.dmarc.domain = 'attacker.example';
  return ctx;
}

describe('sender-other-org', () => {
  it('a Sender naming the bank on authenticated attacker mail is medium and makes it suspicious', () => {
    const ctx = attackerAuthenticates();
    expect(verdictOf(ctx).verdict).toBe('authenticated');
    setHeader(ctx, 'Sender', 'Northbank Security <security@northbank.example>');
    const [f] = senderFindings(ctx);
    expect(f?.severity).toBe('medium');
    expect(f?.title).toBe(
      'The Sender field names northbank.example, which nothing in the message authenticates',
    );
    expect(f?.detail).toContain('security@northbank.example');
    expect(f?.evidence).toEqual([
      'Sender: Northbank Security <security@northbank.example>',
      'From: "Alerts" <alerts@attacker.example>',
    ]);
    expect(verdictOf(ctx).verdict).toBe('suspicious');
  });

  it('a mailing list’s Sender is vouched for by the list’s SPF or DKIM pass', () => {
    const ctx = attackerAuthenticates();
    setHeader(ctx, 'Sender', 'devel <devel-bounces@lists.example>');
    ctx.analysis.spf.domain = 'lists.example';
    expect(ids(ctx)).not.toContain('sender-other-org');
    ctx.analysis.spf.domain = 'attacker.example';
    ctx.analysis.dkim.push({ ...ctx.analysis.dkim[0]!, domain: 'mail.lists.example', aligned: false });
    expect(ids(ctx)).not.toContain('sender-other-org');
    // A failing signature of the list vouches for nothing.
    ctx.analysis.dkim[ctx.analysis.dkim.length - 1]!.result = 'fail';
    expect(ids(ctx)).toContain('sender-other-org');
  });

  it('a delegate in the same organisation is not flagged', () => {
    const ctx = baseCtx();
    setHeader(ctx, 'Sender', 'Assistant <assistant@mail.northbank.example>');
    expect(ids(ctx)).not.toContain('sender-other-org');
  });

  it('is low where the From domain does not authenticate (the DMARC findings speak there)', () => {
    const ctx = baseCtx();
    failAuth(ctx);
    setHeader(ctx, 'Sender', '<security@otherbank.example>');
    expect(senderFindings(ctx)[0]?.severity).toBe('low');
  });

  it.each([
    ['a second mailbox', ['Alerts <alerts@attacker.example>, Northbank <security@northbank.example>']],
    ['a second field', ['Alerts <alerts@attacker.example>', 'security@northbank.example']],
    ['an address spelt in the name', ['security@northbank.example <alerts@attacker.example>']],
  ])('reads every address a Sender shows: %s', (_, values) => {
    const ctx = attackerAuthenticates();
    for (const v of values) ctx.message.headers.push(header('Sender', v, ctx.message.headers.length));
    const [f] = senderFindings(ctx);
    expect(f?.severity).toBe('medium');
    expect(f?.detail).toContain('security@northbank.example');
    expect(f?.evidence.filter((l) => l.startsWith('Sender:'))).toHaveLength(values.length);
  });

  it('a Sender in the attacker’s own organisation that starts with a whole domain is a look-alike', () => {
    // SPF and DKIM pass for attacker.example, so sender-other-org has nothing to say; Outlook still
    // leads with "security@northbank.co.uk.attacker.example on behalf of Alerts".
    const ctx = attackerAuthenticates();
    setHeader(ctx, 'Sender', 'Northbank <security@northbank.co.uk.attacker.example>');
    expect(ids(ctx)).not.toContain('sender-other-org');
    const f = findings(ctx).find((x) => x.id === 'lookalike-domain');
    expect(f?.severity).toBe('medium');
    expect(f?.title).toBe('The Sender domain northbank.co.uk.attacker.example imitates northbank.co.uk');
    expect(f?.evidence).toEqual(['Sender: Northbank <security@northbank.co.uk.attacker.example>']);
    expect(verdictOf(ctx).verdict).toBe('suspicious');
  });

  it('an ordinary list Sender is no look-alike', () => {
    const ctx = attackerAuthenticates();
    setHeader(ctx, 'Sender', 'devel <devel-bounces@lists.attacker.example>');
    expect(ids(ctx)).not.toContain('lookalike-domain');
    expect(verdictOf(ctx).verdict).toBe('authenticated');
  });

  it('ignores a Sender without an address', () => {
    const ctx = attackerAuthenticates();
    setHeader(ctx, 'Sender', 'Northbank Security');
    expect(ids(ctx)).not.toContain('sender-other-org');
  });
});

describe('sender-display-name: what the Sender field’s name claims (red-team round 181)', () => {
  const named = (ctx: ReturnType<typeof baseCtx>) =>
    findings(ctx).filter((f) => f.id === 'sender-display-name');

  it('a brand as the Sender’s name beside the attacker’s own authenticated From is medium', () => {
    const ctx = attackerAuthenticates();
    setFrom(ctx, 'Jane Doe', 'jane@attacker.example');
    setHeader(ctx, 'Sender', '"PayPal Service" <service@attacker.example>');
    const [f] = named(ctx);
    expect(f?.severity).toBe('medium');
    expect(f?.title).toBe("The Sender field's name says PayPal, but its address is at attacker.example");
    expect(f?.detail).toContain('"PayPal Service"');
    expect(f?.evidence[0]).toBe('Sender: "PayPal Service" <service@attacker.example>');
    expect(verdictOf(ctx).verdict).toBe('suspicious');
  });

  it('a domain as the Sender’s name is medium, and low where the From does not authenticate', () => {
    const ctx = attackerAuthenticates();
    setFrom(ctx, 'Jane Doe', 'jane@attacker.example');
    setHeader(ctx, 'Sender', '"northbank.example" <alerts@attacker.example>');
    expect(named(ctx)[0]?.title).toBe(
      "The Sender field's name says northbank.example, but its address is at attacker.example",
    );
    expect(named(ctx)[0]?.severity).toBe('medium');
    failAuth(ctx);
    expect(named(ctx)[0]?.severity).toBe('low');
  });

  it('a Sender named after its own domain’s brand, or the From’s, claims nothing', () => {
    const ctx = attackerAuthenticates();
    setHeader(ctx, 'Sender', 'Google Calendar <calendar-notification@google.com>');
    expect(named(ctx)).toEqual([]);
    const own = baseCtx();
    setHeader(own, 'Sender', '"northbank.example" <bounces@mailer.example>');
    expect(named(own)).toEqual([]);
    const delegate = attackerAuthenticates();
    setHeader(delegate, 'Sender', 'Jane Doe <jane.doe@attacker.example>');
    expect(named(delegate)).toEqual([]);
  });

  it('a list’s own Sender named after a brand, at a host outside the From’s organisation, stays low', () => {
    const ctx = attackerAuthenticates();
    setHeader(ctx, 'Sender', '"Microsoft Support" <microsoft-support-bounces@lists.example.org>');
    const list = (host: string) => {
      ctx.message.headers = ctx.message.headers.filter((h) => h.key !== 'list-id' && h.key !== 'list-post');
      ctx.message.headers.push(header('List-Id', `<microsoft-support.${host}>`, ctx.message.headers.length));
      ctx.message.headers.push(
        header('List-Post', `<mailto:microsoft-support@${host}>`, ctx.message.headers.length),
      );
    };
    list('lists.example.org');
    expect(named(ctx)[0]?.severity).toBe('low');
    // The forger's own list fields at his own host beside his own From excuse nothing (round 182).
    setHeader(ctx, 'Sender', '"Microsoft Support" <microsoft-support-bounces@lists.attacker.example>');
    list('lists.attacker.example');
    expect(named(ctx)[0]?.severity).toBe('medium');
  });

  it('is medium for a brand’s desk, and a low note for a name of its own beside the brand’s', () => {
    const severityOf = (name: string) => {
      const ctx = attackerAuthenticates();
      setFrom(ctx, 'Jane Doe', 'jane@attacker.example');
      setHeader(ctx, 'Sender', `"${name}" <group@attacker.example>`);
      return named(ctx)[0]?.severity;
    };
    expect(severityOf('PayPal Resolution Center')).toBe('medium');
    expect(severityOf('Microsoft Admin Center')).toBe('medium');
    expect(severityOf('Pay-Pal Resolution Center')).toBe('medium');
    expect(severityOf('MicrosoftAccountTeam')).toBe('medium');
    // Cyrillic а and р: disguised.
    expect(severityOf('\u0420\u0430yPal Billing Platform')).toBe('medium');
    expect(severityOf('AWS Platform Team')).toBe('low');
    expect(severityOf('Microsoft 365 Champions')).toBe('low');
    expect(severityOf('Amazon Landscaping Office')).toBe('low');
  });

  it('reads a Sender with the From’s own address when it carries another name', () => {
    const ctx = attackerAuthenticates();
    setFrom(ctx, 'Jane Doe', 'jane@attacker.example');
    setHeader(ctx, 'Sender', '"PayPal Resolution Center" <jane@attacker.example>');
    expect(named(ctx)[0]?.severity).toBe('medium');
    setHeader(ctx, 'Sender', '"Jane Doe" <jane@attacker.example>');
    expect(named(ctx)).toEqual([]);
  });
});
