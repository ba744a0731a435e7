// A Reply-To at a free mailbox is medium (a private person, whatever the From says), except where
// the authenticated From itself spells that mailbox, as an ESP's shared sending domain writes an
// account holder's address (Constant Contact: <local>-gmail.com@shared1.ccsend.com).
import { describe, expect, it } from 'vitest';
import { baseCtx, findings, setFrom } from './build';

const replyTo = (ctx: ReturnType<typeof baseCtx>, address: string) => {
  ctx.analysis.replyTo = [{ displayName: '', address, domain: address.slice(address.lastIndexOf('@') + 1) }];
};
const severity = (ctx: ReturnType<typeof baseCtx>) =>
  findings(ctx).find((f) => f.id === 'reply-to-other-org')?.severity;

describe('reply-to-other-org: a From that spells the free mailbox it replies to', () => {
  it('low when the authenticated From names the mailbox (<local>-<domain>@…)', () => {
    const ctx = baseCtx();
    setFrom(ctx, 'Robin Baker', 'robin.baker-gmail.com@shared1.ccsend.com');
    replyTo(ctx, 'robin.baker@gmail.com');
    expect(severity(ctx)).toBe('low');
  });

  it('medium when the From spells another mailbox, or does not authenticate', () => {
    const other = baseCtx();
    setFrom(other, 'Robin Baker', 'robin.baker-gmail.com@shared1.ccsend.com');
    replyTo(other, 'refunds.desk@gmail.com');
    expect(severity(other)).toBe('medium');
    const failing = baseCtx();
    setFrom(failing, 'Robin Baker', 'robin.baker-gmail.com@shared1.ccsend.com');
    replyTo(failing, 'robin.baker@gmail.com');
    failing.analysis.dmarc.result = 'fail';
    failing.analysis.provider = null;
    expect(severity(failing)).toBe('medium');
  });

  it('medium when the spelled reply address names a brand, in its name or its mailbox', () => {
    const named = baseCtx();
    setFrom(named, 'Resolution desk', 'resolution.desk-gmail.com@attacker.example');
    named.analysis.replyTo = [
      { displayName: 'PayPal Resolution Center', address: 'resolution.desk@gmail.com', domain: 'gmail.com' },
    ];
    expect(severity(named)).toBe('medium');
    const mailbox = baseCtx();
    setFrom(mailbox, 'Account service', 'paypal-gmail.com@attacker.example');
    replyTo(mailbox, 'paypal@gmail.com');
    expect(severity(mailbox)).toBe('medium');
  });
});

describe('reply-to-other-org: a platform customer answering at its own mailbox (real-mail round 93)', () => {
  const store = (name: string, replyName: string) => {
    const ctx = baseCtx();
    setFrom(ctx, name, 'store+93417@t.shopifyemail.com');
    ctx.analysis.replyTo = [
      { displayName: replyName, address: 'hello.juniperfern@gmail.com', domain: 'gmail.com' },
    ];
    return ctx;
  };
  it('low when the store answers under its own name at a free mailbox', () => {
    expect(severity(store('Juniper & Fern', 'Juniper & Fern'))).toBe('low');
  });
  it('medium when the names differ, or the name is a brand’s or a desk’s', () => {
    expect(severity(store('Juniper & Fern', 'Refunds Desk'))).toBe('medium');
    expect(severity(store('PayPal Billing', 'PayPal Billing'))).toBe('medium');
    expect(severity(store('IT Helpdesk', 'IT Helpdesk'))).toBe('medium');
    const failing = store('Juniper & Fern', 'Juniper & Fern');
    failing.analysis.dmarc.result = 'fail';
    failing.analysis.provider = null;
    expect(severity(failing)).toBe('medium');
  });
});

describe('reply-to-other-org: an invoicing platform is not a store (invoice fraud)', () => {
  it('medium for a vendor’s name on Stripe answering at a free mailbox', () => {
    for (const address of ['invoice+statements@stripe.com']) {
      const ctx = baseCtx();
      setFrom(ctx, 'Kestrel Supplies', address);
      ctx.analysis.replyTo = [
        { displayName: 'Kestrel Supplies', address: 'kestrel.supplies@gmail.com', domain: 'gmail.com' },
      ];
      expect(severity(ctx), address).toBe('medium');
    }
  });
});
