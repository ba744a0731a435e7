// Look-alikes registered under the PSL's private section (lib/findings/lookalike.ts reasonRead):
// the registry zones are suffixes everywhere (lib/dns/registrable.ts REGISTRY_SUFFIXES: uk.com,
// probe58), and any other private suffix (pp.ua, us.kg, duckdns.org: free or sold zones, probe59)
// is read as one by the look-alike rule, after the
// ICANN reading found nothing; a platform's customer zone too (awsapps.com), its own names excepted.
import { describe, expect, it } from 'vitest';
import { baseCtx, findings, ids, setFrom, verdictOf } from './build';

function from(address: string, reader = 'northbank.co.uk') {
  const ctx = baseCtx();
  ctx.options.recipientDomains = [reader];
  setFrom(ctx, 'Online Security', address);
  return ctx;
}

const lookalike = (ctx: ReturnType<typeof baseCtx>) => findings(ctx).find((f) => f.id === 'lookalike-domain');

describe('look-alikes under private suffixes', () => {
  it.each([
    'security@northbank.uk.com',
    'security@alerts.northbank.uk.com',
    'security@northbank.pp.ua',
    'security@northbank.us.kg',
    'security@northbank.duckdns.org',
    // FreeDNS's shared domains, which the PSL does not list (probe63).
    'security@northbank.mooo.com',
    'security@alerts.northbank.us.to',
    // FreeDNS's uk.to and Korea's free kro.kr (probe66).
    'security@northbank.uk.to',
    'security@northbank.kro.kr',
  ])('%s, authenticated for itself, imitates the reader’s northbank.co.uk: suspicious', (address) => {
    const ctx = from(address);
    expect(lookalike(ctx)?.title).toContain('imitates northbank.co.uk');
    expect(verdictOf(ctx).verdict).toBe('suspicious');
  });

  it('a brand under a free zone: high', () => {
    const hit = lookalike(from('service@wellsfargo.pp.ua', 'reader.example'));
    expect(hit?.severity).toBe('high');
    expect(hit?.title).toContain('imitates wellsfargo.com');
  });

  it('a brand’s whole domain in front of a free zone is still read by the first reading', () => {
    const hit = lookalike(from('service@wellsfargo.com.pp.ua', 'reader.example'));
    expect(hit?.severity).toBe('high');
    expect(hit?.title).toContain('wellsfargo.com');
  });

  it('another name under the same zones imitates nothing', () => {
    for (const address of [
      'hello@harbourline.uk.com',
      'hello@harbourline.pp.ua',
      'hello@harbourline.duckdns.org',
    ]) {
      const ctx = from(address);
      expect(ids(ctx)).not.toContain('lookalike-domain');
      expect(verdictOf(ctx).verdict).toBe('authenticated');
    }
  });

  it('the reader’s own name under its own registry zone is its own', () => {
    const ctx = from('colleague@northbank.uk.com', 'northbank.uk.com');
    expect(ids(ctx)).not.toContain('lookalike-domain');
  });
});

describe('platform tenants', () => {
  it('a known platform’s own names are its own; its customers’ names are theirs', () => {
    // The platform's own names under its private suffix stay its own (Amazon's login.awsapps.com).
    expect(lookalike(from('no-reply@login.awsapps.com', 'login.example'))).toBeUndefined();
    // A name its customer picks there is the customer's (a WorkMail alias, an S3 bucket: probe60).
    expect(lookalike(from('ap@northbank.awsapps.com'))?.title).toContain('imitates northbank.co.uk');
    expect(lookalike(from('news@northbank.s3.amazonaws.com'))?.title).toContain('imitates northbank.co.uk');
    expect(lookalike(from('news@northbank.blogspot.com'))?.title).toContain('imitates northbank.co.uk');
  });
});

describe('regional free mail and registry zones', () => {
  it('a provider’s label under a registry zone is no free mail of the provider’s (probe63)', async () => {
    const { signUpDomain } = await import('../../../lib/findings/freemail');
    expect(signUpDomain('outlook.uk.com')).toBeNull();
    expect(signUpDomain('yahoo.us.com')).toBeNull();
    expect(signUpDomain('yahoo.co.jp')).toMatchObject({ kind: 'freemail' });
    expect(signUpDomain('hotmail.fr')).toMatchObject({ kind: 'freemail' });
  });

  it('"Microsoft" over outlook.uk.com, authenticated for itself: a look-alike of Microsoft’s outlook.com', () => {
    const ctx = from('account-security@outlook.uk.com', 'reader.example');
    setFrom(ctx, 'Microsoft account team', 'account-security@outlook.uk.com');
    expect(verdictOf(ctx).verdict).toBe('suspicious');
  });
});

describe('Yahoo: a brand for its look-alikes only (probe63)', () => {
  it.each(['no-reply@yahoo.us.com', 'alerts@yahoo-security.example', 'no-reply@yah00.example'])(
    '%s imitates Yahoo: high',
    (address) => {
      const hit = lookalike(from(address, 'reader.example'));
      expect(hit?.severity).toBe('high');
      expect(hit?.title).toContain('yahoo.com');
    },
  );

  it.each([
    'no-reply@cc.yahoo-inc.com',
    'someone@yahoo.fr',
    'someone@yahoo.co.jp',
    'info@mail.yahoo-corp.jp',
    'friend@ymail.com',
    // Everyday names a letter away from Yahoo's other free mail labels, and Seznam's email.cz.
    'me@mymail.example',
    'shop@rocketmall.example',
    'jana@email.cz',
  ])('%s is Yahoo’s, Yahoo Japan’s or their free mail: no look-alike', (address) => {
    expect(lookalike(from(address, 'reader.example'))).toBeUndefined();
  });

  it('"Yahoo" in a display name names no brand (Yahoo Japan’s stores write it too)', () => {
    const ctx = baseCtx();
    setFrom(ctx, 'Yahoo!ショッピング店 Kumo Store', 'shop@kumo-store.example');
    expect(ids(ctx)).not.toContain('display-name-brand');
    setFrom(ctx, 'Yahoo! JAPAN', 'yahoo-account@mail.yahoo.co.jp');
    expect(ids(ctx)).not.toContain('brand-on-freemail');
  });
});

describe('brand labels that are everyday words (rw64-gmail-offline-kro-kr-live-jazz-busan-signed)', () => {
  it.each([
    'events@live-jazz-busan.kro.kr',
    'hello@go-live.org',
    'info@meet-me.org',
    'orders@office-depot.com',
    'tours@big-apple-tours.example',
    'news@amazon-rainforest.org',
    'desk@business-outlook.example',
    // A lure word in the name but not beside the brand word (rw65, probe68's control).
    'orders@apple-farm-orders.example',
    'care@apple-valley-care.example',
    'sales@office-furniture-delivery.example',
    // Glued to a word that lures nothing, or an everyday word of three letters.
    'info@officedepot.com',
    'fix@macsupport.example',
    // A trade's own word glued to an everyday brand word (rw66).
    'desk@officeservices.example',
    'repair@applecare.example',
    'chat@livehelp.example',
    'studio@outlook-web-design.example',
    'shop@apple-farms.example',
    // A further word of the firm's own beside the lure word (rw69).
    'info@live-sicherheit-nord.example',
    'minutes@live-compte-rendu.example',
    'hello@conta-me-historias.example',
    'club@live.jazz-club.example',
    // The brands' own second domains (rw65).
    'jobs@amazon.jobs',
    'orders@microsoftstore.com',
    'forum@paypal-community.com',
    'card@paypal-prepaid.com',
  ])('%s borrows no brand: no look-alike', (address) => {
    expect(lookalike(from(address, 'reader.example'))).toBeUndefined();
  });

  it.each([
    'alerts@live-login.example',
    'no-reply@apple-id-support.example',
    'billing@amazon-prime-billing.example',
    'notice@office-verify.example',
    'track@dhl-tracking.example',
    'seller@ebay-motors.example',
    // probe68: the lure word right beside the brand word, digits skipped; two parts making a
    // brand's label; lure words glued on; a brand's label in front of another organisation.
    'receipt@apple-purchase-cancel.example',
    'ads@meta-business-ads.example',
    'mfa@office-365-mfa.example',
    'id@appleidsupport.example',
    'it@officeverify.example',
    'help@paypalsupport.example',
    'parcel@dhltracking.example',
    'desk@apple.support-desk.example',
    'service@paypal.secure-login.example',
    'alerts@secureapple.example',
    // probe69: a product word between, the readers' other languages, lure words glued together.
    'owa@outlook-web-access.example',
    'billing@applestore-billing.example',
    'konto@apple-konto.example',
    'service@amazon-kundenservice.example',
    // probe72: a lure word's plural, and accents folded.
    'no-reply@apple-ids.example',
    // A filler of three letters or fewer, and help or a claim in another word.
    'verify@apple-id-verify-now.example',
    'claims@amazon-refund-claim.example',
    'hilfe@apple-konto-hilfe.example',
    'service@xn--amazon-scurit-ihbf.example',
  ])('%s beside an account or service word, or a brand that is no word: high', (address) => {
    expect(lookalike(from(address, 'reader.example'))?.severity).toBe('high');
  });
});
