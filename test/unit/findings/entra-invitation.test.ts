// Microsoft's B2B invitation sent from the inviting tenant itself (since December 2025: "Microsoft
// Invitations on behalf of Contoso" <invites@contoso.onmicrosoft.com>): Microsoft's own words on a
// tenant, not a brand claimed by it (real-mail round 205); the tenant's own name after them is still
// judged as its claim.
import { describe, expect, it } from 'vitest';
import { baseCtx, findings, setFrom } from './build';

function tenantMail(name: string, address: string) {
  const ctx = baseCtx();
  setFrom(ctx, name, address);
  const domain = address.slice(address.indexOf('@') + 1);
  const a = ctx.analysis;
  a.spf.domain = domain;
  for (const d of a.dkim) {
    d.domain = domain;
    d.aligned = true;
    d.result = 'pass';
  }
  a.dmarc.domain = domain;
  return ctx;
}

const brandOnTenant = (name: string, address = 'invites@applevalleydental.onmicrosoft.com') =>
  findings(tenantMail(name, address)).some((f) => f.id === 'brand-on-freemail');

describe('Entra B2B invitations from the tenant', () => {
  it('the template exactly, from invites@ on a tenant that signed it, names no brand', () => {
    expect(brandOnTenant('Microsoft Invitations on behalf of Apple Valley Dental')).toBe(false);
    expect(
      brandOnTenant('Microsoft Invitations on behalf of Contoso', 'invites@contoso.onmicrosoft.us'),
    ).toBe(false);
  });

  it('a principal naming a brand (Microsoft too) or only a desk, another mailbox or wording, keeps the finding', () => {
    expect(brandOnTenant('Microsoft Invitations on behalf of Microsoft Security')).toBe(true);
    expect(brandOnTenant('Microsoft Invitations on behalf of PayPal Europe')).toBe(true);
    expect(brandOnTenant('Microsoft Invitations on behalf of Account Security')).toBe(true);
    expect(
      brandOnTenant(
        'Microsoft Invitations on behalf of Apple Valley Dental',
        'security@applevalleydental.onmicrosoft.com',
      ),
    ).toBe(true);
    expect(brandOnTenant('Microsoft Account Team on behalf of Apple Valley Dental')).toBe(true);
    expect(brandOnTenant('Microsoft Invitations')).toBe(true);
    // Red-team round 218: a mark sign, a brand run together, Microsoft's products, an internal desk.
    for (const principal of [
      'Wells Fargo™ Commercial',
      'BankofAmerica Treasury',
      'M365 Admin',
      'Outlook Team',
      'IT Helpdesk',
    ])
      expect(brandOnTenant(`Microsoft Invitations on behalf of ${principal}`), principal).toBe(true);
  });
});
