// Brands' own sending domains (lib/findings/domains.ts): Microsoft's SharePoint Online notices and
// its `.microsoft` brand TLD are Microsoft's, while the same words on anyone else's domain still
// draw display-name-brand (legit corpus rw-sharepoint-system-notification, rw-teams-mail-microsoft-tld).
import { describe, expect, it } from 'vitest';
import { BRANDS, brandOfDomain, isBrandDomain, sameOrg } from '../../../lib/findings/domains';
import { baseCtx, ids, setFrom, verdictOf } from './build';

const microsoft = BRANDS.find((b) => b.name === 'Microsoft')!;

describe("Microsoft's own domains", () => {
  it.each([
    ['SharePoint Online', 'no-reply@sharepointonline.com'],
    ['Microsoft Teams', 'no-reply@teams.mail.microsoft'],
    ['Microsoft 365', 'notice@mail.microsoft'],
  ])('"%s" <%s>, authenticated → no display-name-brand', (name, address) => {
    const ctx = baseCtx();
    setFrom(ctx, name, address);
    expect(ids(ctx)).not.toContain('display-name-brand');
    expect(verdictOf(ctx).verdict).toBe('authenticated');
  });

  it.each([
    ['Microsoft Teams', 'no-reply@teams.mail-microsoft.example'], // the TLD as a label of another name
    ['Microsoft Teams', 'no-reply@mail.microsoft.evil.example'], // .microsoft as a subdomain
    ['Microsoft Teams', 'no-reply@microsoft.example'], // the brand word as a registrable label elsewhere
    ['SharePoint Online', 'no-reply@sharepointonline.com.evil.example'],
    ['SharePoint Online', 'no-reply@sharepoint-online.example'],
  ])('"%s" <%s> is still display-name-brand', (name, address) => {
    const ctx = baseCtx();
    setFrom(ctx, name, address);
    expect(ids(ctx)).toContain('display-name-brand');
    expect(verdictOf(ctx).verdict).not.toBe('authenticated');
  });

  it('a registrable domain under .microsoft is Microsoft; the bare TLD and look-alike names are not', () => {
    expect(isBrandDomain(microsoft, 'teams.mail.microsoft')).toBe(true);
    expect(isBrandDomain(microsoft, 'MAIL.Microsoft.')).toBe(true);
    expect(brandOfDomain('x.y.microsoft')?.name).toBe('Microsoft');
    expect(isBrandDomain(microsoft, 'microsoft')).toBe(false);
    expect(isBrandDomain(microsoft, 'mail.microsoft.evil.example')).toBe(false);
    expect(brandOfDomain('mail.microsoft.evil.example')).toBeNull();
    expect(isBrandDomain(BRANDS.find((b) => b.name === 'PayPal')!, 'mail.microsoft')).toBe(false);
  });
});

describe('sameOrg compares internationalised names as A-labels (RFC 8616 §4)', () => {
  it('a UTF-8 From and an A-label Reply-To, envelope or d= are one organisation', () => {
    expect(sameOrg('bücherstube.example', 'xn--bcherstube-9db.example')).toBe(true);
    expect(sameOrg('shop.xn--bcherstube-9db.example', 'BÜCHERSTUBE.example.')).toBe(true);
    expect(sameOrg('pаypal.com', 'paypal.com')).toBe(false); // Cyrillic а: another name
  });
  it('an IDN Reply-To in the other spelling draws no reply-to-other-org', () => {
    const ctx = baseCtx();
    setFrom(ctx, 'Bücherstube', 'info@bücherstube.example');
    ctx.analysis.replyTo = [
      { address: 'b@xn--bcherstube-9db.example', domain: 'xn--bcherstube-9db.example', displayName: '' },
    ];
    expect(ids(ctx)).not.toContain('reply-to-other-org');
    ctx.analysis.replyTo = [{ address: 'b@other.example', domain: 'other.example', displayName: '' }];
    expect(ids(ctx)).toContain('reply-to-other-org');
  });
});

describe('brands’ secondary and country domains (seventh real-mail round)', () => {
  it.each([
    ['Amazon Web Services', 'no-reply@signin.aws'],
    ['AWS IAM Identity Center', 'no-reply@login.awsapps.com'],
    ['Amazon.ae', 'auto-confirm@amazon.ae'],
    ['PayPal', 'service@paypal.be'],
    ['Microsoft OneDrive', 'no-reply@mail.onedrive.com'],
    ['Adobe Acrobat Sign', 'adobesign@adobesign.com'],
    ['Dropbox Sign', 'noreply@mail.hellosign.com'],
  ])('"%s" <%s>, authenticated → no brand or look-alike finding', (name, address) => {
    const ctx = baseCtx();
    setFrom(ctx, name, address);
    expect(ids(ctx)).not.toContain('display-name-brand');
    expect(ids(ctx)).not.toContain('lookalike-domain');
    expect(verdictOf(ctx).verdict).toBe('authenticated');
  });

  it.each([
    ['Amazon Web Services', 'no-reply@signin.aws.evil.example'], // .aws as a subdomain
    ['Amazon Web Services', 'no-reply@signin-aws.example'],
    ['Microsoft OneDrive', 'no-reply@onedrive.com.evil.example'],
    ['Dropbox Sign', 'noreply@hellosign.example'], // the same name under another ending
    // awsapps.com is a private public suffix: any customer's alias is its own organisation.
    ['AWS IAM Identity Center', 'no-reply@northbank-sso.awsapps.com'],
  ])('"%s" <%s> is still flagged', (name, address) => {
    const ctx = baseCtx();
    setFrom(ctx, name, address);
    const found = ids(ctx);
    expect(found.includes('display-name-brand') || found.includes('lookalike-domain'), address).toBe(true);
    expect(verdictOf(ctx).verdict).not.toBe('authenticated');
  });
});

describe("eBay's country sites", () => {
  it.each(['ebay@ebay.ch', 'ebay@ebay.at', 'ebay@ebay.nl', 'ebay@ebay.com.sg'])(
    '"eBay" <%s>, authenticated → its own: no look-alike, no display-name-brand (rw62)',
    (address) => {
      const ctx = baseCtx();
      setFrom(ctx, 'eBay', address);
      expect(ids(ctx)).not.toContain('lookalike-domain');
      expect(ids(ctx)).not.toContain('display-name-brand');
      expect(verdictOf(ctx).verdict).toBe('authenticated');
    },
  );

  it('a country eBay does not send from is still a look-alike of ebay.com', () => {
    const ctx = baseCtx();
    setFrom(ctx, 'eBay', 'ebay@ebay.com.co');
    expect(ids(ctx)).toContain('lookalike-domain');
  });
});
