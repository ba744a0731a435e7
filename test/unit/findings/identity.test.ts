// Issue 16 items 5–8: From tricks, display names read as drawn, brands on sign-up domains, and
// the same name under another public suffix. Each rule: the attack, and the legitimate mail
// that must stay clean.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns/zone';
import {
  BRANDS,
  brandGluedInMailbox,
  brandInLocalPart,
  brandInName,
  isBrandDomain,
} from '../../../lib/findings/domains';
import { signUpDomain } from '../../../lib/findings/freemail';
import { hiddenCharacters, shownVariants, visualOrder } from '../../../lib/findings/visible-text';
import { baseCtx, findings, ids, noAuth, setFrom, setHeader, verdictOf } from './build';

const byId = (ctx: ReturnType<typeof baseCtx>, id: string) => findings(ctx).filter((f) => f.id === id);

const RECEIVER = 'mx.reader.example';

/**
 * A message delivered at mx.reader.example, whose trusted Authentication-Results say everything
 * passed for `authDomain`: offline, the provider's word is all there is. The From line is raw.
 */
function delivered(fromLine: string, authDomain = 'evil.example', extra: string[] = []): string {
  return [
    ...extra,
    `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=${authDomain}; dkim=pass header.d=${authDomain} header.s=s1; dmarc=pass (p=REJECT) header.from=${authDomain}`,
    `Received: from mail.${authDomain} (mail.${authDomain} [192.0.2.66]) by ${RECEIVER} (Postfix) with ESMTPS id 4Qx1; Fri, 20 Nov 2026 10:00:05 +0000`,
    `Return-Path: <bounce@${authDomain}>`,
    `From: ${fromLine}`,
    'To: Robin Reader <robin@reader.example>',
    'Subject: Account notice',
    'Date: Fri, 20 Nov 2026 10:00:00 +0000',
    '',
    'Hello',
    '',
  ].join('\r\n');
}

async function inspect(fromLine: string, authDomain?: string, extra?: string[], recipientDomains?: string[]) {
  return analyzeMessage(delivered(fromLine, authDomain, extra), {
    trustedAuthservIds: [RECEIVER],
    now: new Date('2026-11-20T12:00:00Z'),
    recipientDomains,
  });
}

const idsOf = (a: { findings: Array<{ id: string }> }) => a.findings.map((f) => f.id);

describe('item 5: a From that gives no single author address', () => {
  it.each([
    ['=?utf-8?q?security=40bank.example?=', 'names no sender address', 'security@bank.example'],
    ['PayPal <service>', 'has no domain', 'PayPal'],
    ['a@bank.example@evil.example', 'more than one @', 'a@bank.example'],
    ['"Bank" <a@bank.example@evil.example>', 'more than one @', 'a@bank.example'],
    ['PayPal Security: a@evil.example;', 'is a group', 'PayPal Security'],
    ['Undisclosed:;', 'names no sender address', 'Undisclosed'],
    ['<>', 'names no sender address', ''],
    ['root@[192.0.2.66]', 'no valid domain name', ''],
  ])('%s → from-unparseable (high), never authenticated', async (from, why, shown) => {
    // The provider's pass is for evil.example: a result whose header.from names another domain
    // than From does not count (issue 16.1), so an address literal that does parse to a "domain"
    // is unauthenticated impersonation, the others have no domain to check at all.
    const expected = from === 'root@[192.0.2.66]' ? 'spoofed' : 'suspicious';
    const a = await inspect(from);
    const f = a.findings.find((x) => x.id === 'from-unparseable');
    expect(f?.severity).toBe('high');
    expect(f?.title).toContain(why);
    if (shown) expect(f?.detail).toContain(`"${shown}"`);
    expect(a.verdict).toBe(expected);
    if (expected === 'suspicious') expect(a.summary).toMatch(/^HeaderLens cannot tell who sent this message/);
  });

  it('a message without any From header is from-unparseable too', async () => {
    const raw = delivered('x@evil.example').replace(/^From: .*\r\n/m, '');
    const a = await analyzeMessage(raw, { trustedAuthservIds: [RECEIVER] });
    expect(idsOf(a)).toContain('from-unparseable');
    expect(a.verdict).toBe('suspicious');
  });

  it('several addresses: multiple-from is high and the verdict is never authenticated', async () => {
    const a = await inspect('ceo@evil.example, security@bank.example');
    expect(a.findings.find((f) => f.id === 'multiple-from')?.severity).toBe('high');
    expect(a.verdict).toBe('suspicious');
    // The checks used the first address (documented in README).
    expect(a.from?.domain).toBe('evil.example');
  });

  it('online, several author domains are each checked and the strictest failing one decides (RFC 7489 §6.6.1)', async () => {
    const raw = delivered('Alerts <alerts@evil.example>, Northbank <security@northbank.example>').replace(
      /^Authentication-Results: .*\r\n/m,
      '',
    );
    const resolver = new ZoneResolver({
      'evil.example': { TXT: ['v=spf1 ip4:192.0.2.66 -all'] },
      '_dmarc.evil.example': { TXT: ['v=DMARC1; p=none'] },
      'northbank.example': { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
      '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
    });
    const a = await analyzeMessage(raw, { resolver, trustedAuthservIds: [RECEIVER] });
    expect(a.from?.address).toBe('security@northbank.example');
    expect(a.dmarc).toMatchObject({ result: 'fail', policy: 'reject' });
    expect(a.verdict).toBe('spoofed');
    // One address: the first is the author, as before.
    const one = await analyzeMessage(
      delivered('Alerts <alerts@evil.example>').replace(/^Authentication-Results: .*\r\n/m, ''),
      {
        resolver,
        trustedAuthservIds: [RECEIVER],
      },
    );
    expect(one.from?.domain).toBe('evil.example');
    expect(one.dmarc.result).toBe('pass');
  });

  it('an address inside a quoted local part is an impersonation finding; the domain checked is after the last @', async () => {
    for (const from of [
      '"security@bank.example"@evil.example',
      'Security <"security@bank.example"@evil.example>',
    ]) {
      const a = await inspect(from);
      expect(a.from?.domain).toBe('evil.example');
      const f = a.findings.find((x) => x.id === 'from-local-part-address');
      expect(f?.severity).toBe('high');
      expect(f?.title).toContain('security@bank.example');
      expect(idsOf(a)).not.toContain('from-unparseable');
      expect(a.verdict).toBe('suspicious'); // authenticated for evil.example, but it shows the bank
    }
  });

  it('an address in an encoded-word local part (Mailsploit) is an impersonation finding too', async () => {
    for (const from of [
      'Northbank <=?utf-8?q?security=40bank.example?=@evil.example>',
      // The 2017 form: base64, with a NUL after the shown address for apps that stop at it.
      `=?utf-8?b?${Buffer.from('security@bank.example\0').toString('base64')}?=@evil.example`,
    ]) {
      const a = await inspect(from);
      expect(a.from?.domain).toBe('evil.example');
      const f = a.findings.find((x) => x.id === 'from-local-part-address');
      expect(f?.severity).toBe('high');
      expect(f?.title).toContain('security@bank.example');
      expect(a.verdict).toBe('suspicious');
    }
  });

  it('unauthenticated, the two-@ From is spoofed', async () => {
    const raw = delivered('a@bank.example@evil.example')
      .replace(
        /dkim=pass header.d=evil.example header.s=s1; dmarc=pass \(p=REJECT\)/,
        'dkim=none; dmarc=none',
      )
      .replace('spf=pass', 'spf=none');
    const a = await analyzeMessage(raw, { trustedAuthservIds: [RECEIVER] });
    expect(idsOf(a)).toContain('from-unparseable');
    expect(a.verdict).not.toBe('authenticated');
  });

  it.each([
    'Northbank Alerts <alerts@northbank.example>',
    'alerts@northbank.example',
    '"Doe, Jane" <jane.doe@northbank.example>',
    'jane@northbank.example (Jane Doe)',
    '=?utf-8?q?J=C3=B6rg_M=C3=BCller?= <joerg@northbank.example>',
    '"jane+news"@northbank.example',
  ])('legit: %s gives no From finding', async (from) => {
    const a = await inspect(from, 'northbank.example');
    expect(idsOf(a).filter((id) => id.startsWith('from-') || id === 'multiple-from')).toEqual([]);
    expect(a.verdict).toBe('authenticated');
  });
});

describe('item 6: display names are read as drawn', () => {
  it.each([
    ['security@bank\u200b.example', 'display-name-address'], // zero-width space
    ['security@bank\u2060.example', 'display-name-address'], // word joiner
    ['\u202emoc.lapyap', 'display-name-brand'], // right-to-left override: shows "paypal.com"
    ['ＰａｙＰａｌ', 'display-name-brand'], // full-width
    ['Рауpal Support', 'display-name-brand'], // Cyrillic Р, а, у
    ['Ｍіcrоsоft 365', 'display-name-brand'], // full-width + Cyrillic і, о
    ['Pay\u00adPal', 'display-name-brand'], // soft hyphen
    ['PayPa1 Service', 'display-name-brand'], // digit for a letter
    ['𝐏𝐚𝐲𝐏𝐚𝐥', 'display-name-brand'], // mathematical bold
  ])('%s is caught (%s)', (name, id) => {
    const ctx = baseCtx();
    setFrom(ctx, name, 'x@random.example');
    expect(ids(ctx)).toContain(id);
  });

  it('a brand found only once the name is read as drawn is disguised: high, and spoofed when nothing authenticates', () => {
    const plain = baseCtx();
    setFrom(plain, 'PayPal Support', 'x@random.example');
    expect(byId(plain, 'display-name-brand')[0]?.severity).toBe('medium');
    const disguised = baseCtx();
    setFrom(disguised, 'Рауpal Support', 'x@random.example');
    const [f] = byId(disguised, 'display-name-brand');
    expect(f?.severity).toBe('high');
    expect(f?.detail).toContain('disguised');
    expect(verdictOf(disguised).verdict).toBe('suspicious');
    noAuth(disguised);
    expect(verdictOf(disguised).verdict).toBe('spoofed');
  });

  it('the RLO name reads in drawn order', () => {
    expect(visualOrder('\u202emoc.lapyap')).toBe('paypal.com');
    expect(shownVariants('\u202emoc.lapyap')).toEqual(['moc.lapyap', 'paypal.com']);
  });

  it('bidi controls in a Latin display name are a high finding of their own; zero-width ones medium', () => {
    const ctx = baseCtx();
    setFrom(ctx, '\u202emoc.lapyap', 'x@random.example');
    const [bidi] = byId(ctx, 'invisible-characters');
    expect(bidi?.severity).toBe('high');
    expect(bidi?.title).toContain('U+202E');
    const ctx2 = baseCtx();
    setFrom(ctx2, 'North\u200bbank Alerts', 'alerts@northbank.example');
    const [zw] = byId(ctx2, 'invisible-characters');
    expect(zw?.severity).toBe('medium');
    expect(zw?.title).toContain('U+200B');
    // Authenticated, but a hidden character stands: not "authenticated".
    expect(verdictOf(ctx2).verdict).toBe('suspicious');
  });

  it('invisible characters in the local part are flagged, whatever the script', () => {
    const ctx = baseCtx();
    setFrom(ctx, 'Northbank', 'ale\u200brts@northbank.example');
    expect(byId(ctx, 'invisible-characters')[0]?.title).toContain("sender's address");
  });

  it.each([
    ['Иван Петров'], // Cyrillic name
    ['محمد علي\u200f'], // Arabic name with a right-to-left mark
    ['\u202bשרה כהן\u202c'], // Hebrew name in an embedding a mail app may add
    ['می\u200cخواهم'], // Persian with a zero-width non-joiner
    ['👨\u200d👩\u200d👧 Family Newsletter'], // emoji ZWJ sequence
    ['Jörg Müller'],
    ['山田太郎'],
  ])('legit: %s raises no brand, address or high hidden-character finding', (name) => {
    const ctx = baseCtx();
    setFrom(ctx, name, 'alerts@northbank.example');
    const found = findings(ctx);
    expect(found.map((f) => f.id)).not.toContain('display-name-brand');
    expect(found.map((f) => f.id)).not.toContain('display-name-address');
    expect(found.filter((f) => f.id === 'invisible-characters' && f.severity === 'high')).toEqual([]);
    if (!/[\u202b]/.test(name)) expect(verdictOf(ctx).verdict).toBe('authenticated');
  });

  it('hiddenCharacters accepts a closed right-to-left embedding around right-to-left text only (realworld104)', () => {
    expect(hiddenCharacters('\u202Bבנק הפועלים\u202C')).toEqual([]);
    expect(hiddenCharacters('\u2067בנק הפועלים\u2069')).toEqual([]);
    // Unbalanced, around Latin text or an address, or an override: still reported.
    expect(hiddenCharacters('\u202Bבנק הפועלים\u2069').map((c) => c.code)).toEqual(['U+202B', 'U+2069']);
    expect(hiddenCharacters('\u202Bpaypal\u202C').map((c) => c.code)).toEqual(['U+202B', 'U+202C']);
    expect(hiddenCharacters('\u202Bבנק@הפועלים\u202C').map((c) => c.code)).toEqual(['U+202B', 'U+202C']);
    expect(hiddenCharacters('\u202Eבנק\u202C').map((c) => c.code)).toEqual(['U+202E', 'U+202C']);
    expect(hiddenCharacters('\u202Bבנק\u202C', { local: true }).map((c) => c.code)).toEqual([
      'U+202B',
      'U+202C',
    ]);
    // An isolate holding only a mark of the script, no letter (probe107): still reported.
    expect(hiddenCharacters('Pay\u2067\u061C\u2069Pal').map((c) => c.code)).toContain('U+2067');
  });

  it('hiddenCharacters accepts joiners only where the script needs them', () => {
    expect(hiddenCharacters('Pay\u200cPal').map((c) => c.code)).toEqual(['U+200C']);
    expect(hiddenCharacters('می\u200cخواهم')).toEqual([]);
    expect(hiddenCharacters('می\u200cخواهم', { local: true }).map((c) => c.code)).toEqual(['U+200C']);
  });
});

describe('item 7: brands on sign-up-anywhere domains', () => {
  it.each([
    ['Microsoft account team', 'account-security@outlook.com', 'Microsoft'],
    ['Google Accounts', 'accounts.team@gmail.com', 'Google'],
    ['Apple Support', 'support.desk@icloud.com', 'Apple'],
    ['Microsoft 365 Security', 'security@contoso-sec.onmicrosoft.com', 'Microsoft'],
    ['PayPal Service', 'paypal.service@hotmail.co.uk', 'PayPal'],
    ['Ρaypal', 'service@yahoo.co.jp', 'PayPal'], // Greek Ρ on a regional Yahoo domain
    ['Security Team', 'microsoft-security@outlook.com', 'Microsoft'], // brand in the mailbox name
    ['', 'paypal-resolution@proton.me', 'PayPal'],
    ['Helpdesk', 'docusign.notice@zohomail.com', 'DocuSign'],
  ])('"%s" <%s>, fully authenticated → brand-on-freemail (high), suspicious', (name, address, brand) => {
    const ctx = baseCtx();
    setFrom(ctx, name, address);
    const [f] = byId(ctx, 'brand-on-freemail');
    expect(f?.severity).toBe('high');
    expect(f?.title).toContain(brand);
    expect(ids(ctx)).not.toContain('display-name-brand');
    expect(verdictOf(ctx)).toMatchObject({ verdict: 'suspicious', rule: 'authenticated-with-concerns' });
  });

  it('a tenant’s own mail that never left its Exchange Online organisation: no brand-on-freemail', () => {
    // rw59-exo-ndr-inside-own-tenant-outlook: Exchange's bounce inside the reader's own tenant.
    const ctx = baseCtx();
    setFrom(
      ctx,
      'Microsoft Outlook',
      'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@harbourdental.onmicrosoft.com',
    );
    noAuth(ctx);
    ctx.analysis.origin = { ...ctx.analysis.origin, ip: null, hopIndex: null, insideReceiver: true };
    expect(ids(ctx)).not.toContain('brand-on-freemail');
    expect(verdictOf(ctx).verdict).not.toBe('spoofed');
    // The same From handed over by a server (another tenant, through the inbound entry): the
    // finding stands, and never reads authenticated.
    const outside = baseCtx();
    setFrom(
      outside,
      'Microsoft Outlook',
      'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso-sec.onmicrosoft.com',
    );
    noAuth(outside);
    expect(byId(outside, 'brand-on-freemail')[0]?.severity).toBe('high');
    expect(verdictOf(outside).verdict).not.toBe('authenticated');
  });

  it('offline with no provider results, a brand on a sign-up tenant is suspicious, never spoofed', () => {
    // rw60-second-tenant-ndr-from-onmicrosoft-system-mailbox-outlook-offline: a sibling tenant's
    // genuine bounce, and probe62's look-alike from an attacker's tenant, print the same: nothing
    // was checked offline (row impersonation-unchecked).
    const ctx = baseCtx();
    setFrom(
      ctx,
      'Microsoft Outlook',
      'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kestrelecologyus.onmicrosoft.com',
    );
    noAuth(ctx);
    ctx.analysis.mode = 'offline';
    ctx.analysis.provider = null;
    expect(byId(ctx, 'brand-on-freemail')[0]?.severity).toBe('high');
    expect(verdictOf(ctx)).toMatchObject({ verdict: 'suspicious', rule: 'impersonation-unchecked' });
  });

  it('unauthenticated, a brand on a free mailbox is spoofed', () => {
    const ctx = baseCtx();
    setFrom(ctx, 'Microsoft account team', 'account-security@outlook.com');
    noAuth(ctx);
    expect(verdictOf(ctx).verdict).toBe('spoofed');
  });

  it('no brand counts a free-mail or tenant domain as its own', () => {
    for (const b of BRANDS) for (const d of b.domains) expect(signUpDomain(d)).toBeNull();
    const microsoft = BRANDS.find((b) => b.name === 'Microsoft')!;
    expect(isBrandDomain(microsoft, 'outlook.com')).toBe(false);
    expect(isBrandDomain(microsoft, 'x.onmicrosoft.com')).toBe(false);
    expect(isBrandDomain(BRANDS.find((b) => b.name === 'Google')!, 'gmail.com')).toBe(false);
    expect(isBrandDomain(BRANDS.find((b) => b.name === 'Apple')!, 'icloud.com')).toBe(false);
  });

  it('signUpDomain knows the families and tenants', () => {
    expect(signUpDomain('hotmail.fr')).toMatchObject({ kind: 'freemail' });
    expect(signUpDomain('mail.yahoo.co.jp')).toMatchObject({ kind: 'freemail' });
    expect(signUpDomain('gmx.net')).toMatchObject({ kind: 'freemail' });
    expect(signUpDomain('contoso.onmicrosoft.com')).toMatchObject({
      kind: 'tenant',
      provider: 'onmicrosoft.com',
    });
    expect(signUpDomain('onmicrosoft.com')).toBeNull(); // the apex is Microsoft's, not a tenant
    expect(signUpDomain('northbank.example')).toBeNull();
    expect(signUpDomain('microsoft.com')).toBeNull();
  });

  it.each([
    ['Jordan Apple', 'jordan.apple@gmail.com'], // a surname that is a brand's name
    ['Acme Plumbing', 'acmeplumbing@gmail.com'], // a small business on gmail.com
    ["'Alice Smith' via Cloud Users", 'cloud-users@googlegroups.com'], // Google Groups rewrite
    ['Amelia Dhlamini', 'amelia.dhlamini@outlook.com'], // "dhl" inside a word is no brand
    ['Иван Петров', 'ivan.petrov@mail.ru'],
    ['Ana Aws', 'aws.ana@gmail.com'], // initials in the mailbox name
  ])('legit: "%s" <%s> stays authenticated', (name, address) => {
    const ctx = baseCtx();
    setFrom(ctx, name, address);
    expect(ids(ctx)).not.toContain('brand-on-freemail');
    expect(verdictOf(ctx).verdict).toBe('authenticated');
  });

  it('a list named after a brand on googlegroups.com is only a low note', () => {
    const ctx = baseCtx();
    setFrom(ctx, "'Alice Smith' via Google Cloud Developers", 'gcd@googlegroups.com');
    expect(byId(ctx, 'brand-on-freemail').map((f) => f.severity)).toEqual(['low']);
    expect(verdictOf(ctx).verdict).toBe('authenticated');
    // …but the author part naming the brand is the claim, and is high.
    const ctx2 = baseCtx();
    setFrom(ctx2, "'Google Security' via Alerts", 'alerts@googlegroups.com');
    expect(byId(ctx2, 'brand-on-freemail')[0]?.severity).toBe('high');
  });

  // Red-team round 158: "Yahoo" beside a desk's word is Yahoo's account desk; "Yahoo" alone is
  // also Yahoo Japan's and its stores' name.
  it('Yahoo: named with a desk word on a free yahoo.com mailbox, not by its name alone', () => {
    const ctx = baseCtx();
    setFrom(ctx, 'Yahoo Account Security', 'yahoo.account.security.alerts@yahoo.com');
    expect(byId(ctx, 'brand-on-freemail')[0]?.severity).toBe('high');
    expect(brandInName('Yahoo! Mail Team')?.name).toBe('Yahoo');
    expect(brandInName('Yahoo!ショッピング店')).toBeNull();
    expect(brandInName('Yahoo! JAPAN')).toBeNull();
    // A free Yahoo Japan mailbox is anyone's too; only its desk's own host is Yahoo Japan's.
    const jp = baseCtx();
    setFrom(jp, 'Yahoo Account Security', 'yahoo.security.desk@yahoo.co.jp');
    expect(byId(jp, 'brand-on-freemail')[0]?.severity).toBe('high');
    const plain = baseCtx();
    setFrom(plain, 'Yahoo Fan Club', 'fanclub2026@yahoo.com');
    expect(byId(plain, 'brand-on-freemail')).toEqual([]);
  });

  it('brandInName / brandInLocalPart', () => {
    expect(brandInName('Ｐａｙ\u200bＰａｌ')?.name).toBe('PayPal');
    expect(brandInName('Apple Valley Farm')).toBeNull();
    expect(brandInLocalPart('microsoft-security')?.name).toBe('Microsoft');
    expect(brandInLocalPart('bank.of.america')?.name).toBe('Bank of America');
    expect(brandInLocalPart('jordan.apple')).toBeNull();
  });

  // Red-team round 8: a reply mailbox that glues a brand to another word, or splits it with
  // Gmail's ignored dots, named no brand for the spelled-mailbox exception of reply-to.ts.
  it('brandGluedInMailbox: glued at either end, dotted, look-alike digits; not inside other words', () => {
    for (const local of [
      'paypalsupport',
      'supportpaypal',
      'pay.pal',
      'p.a.y.p.a.l',
      'paypa1help',
      'microsoftteam',
    ])
      expect(brandGluedInMailbox(local)?.name, local).toBeDefined();
    for (const local of [
      'mypaypalhelp',
      'fedexdelivery',
      'fedexdelivery.support',
      'ebay.help2026',
      'dhl-support',
    ])
      expect(brandGluedInMailbox(local)?.name, local).toBeDefined();
    for (const local of ['purchase', 'robin.reader', 'applefan', 'jordan.apple', 'chasebrown', 'fedexfan'])
      expect(brandGluedInMailbox(local), local).toBeNull();
  });
});

describe('item 8: the same name under another public suffix', () => {
  it('paypal.com.co, authenticated, imitates paypal.com (high)', () => {
    const ctx = baseCtx();
    setFrom(ctx, 'PayPal', 'service@paypal.com.co');
    const [f] = byId(ctx, 'lookalike-domain');
    expect(f?.severity).toBe('high');
    expect(f?.title).toContain('imitates paypal.com');
    expect(f?.detail).toContain('same name under another ending');
    expect(verdictOf(ctx).verdict).toBe('suspicious');
  });

  it.each(['service@paypal.de', 'service@paypal.co.uk', 'store-news@amazon.co.jp', 'x@ebay.de'])(
    "legit: the brand's own country domain %s is no look-alike",
    (address) => {
      const ctx = baseCtx();
      setFrom(ctx, '', address);
      expect(ids(ctx)).not.toContain('lookalike-domain');
    },
  );

  it("acme-corp.co against a reader at acme-corp.com is high; a far-off suffix is medium; the reader's own is clean", () => {
    const check = (address: string) => {
      const ctx = baseCtx();
      ctx.options.recipientDomains = ['acme-corp.com'];
      setFrom(ctx, 'Finance', address);
      return byId(ctx, 'lookalike-domain')[0];
    };
    expect(check('cfo@acme-corp.co')?.severity).toBe('high');
    expect(check('cfo@acme-corp.com.co')?.severity).toBe('high');
    expect(check('cfo@acme-corp.cm')?.severity).toBe('high');
    const sister = check('cfo@acme-corp.co.uk');
    expect(sister?.severity).toBe('medium');
    expect(sister?.detail).toContain('sister domain');
    expect(check('cfo@acme-corp.com')).toBeUndefined();
    expect(check('cfo@mail.acme-corp.com')).toBeUndefined();
  });

  it('a sister domain that authenticates is suspicious, never spoofed', () => {
    const ctx = baseCtx();
    ctx.options.recipientDomains = ['acme-corp.com'];
    setFrom(ctx, 'Finance', 'cfo@acme-corp.co.uk');
    expect(verdictOf(ctx).verdict).toBe('suspicious');
  });

  it("reads the reader's domain from Delivered-To, X-Original-To and the top Received `for`", async () => {
    const top = ['Delivered-To: robin@acme-corp.com'];
    const a = await inspect('Finance <cfo@acme-corp.co>', 'acme-corp.co', top);
    expect(a.findings.find((f) => f.id === 'lookalike-domain')?.title).toBe(
      'The From domain acme-corp.co imitates acme-corp.com',
    );
    const b = await inspect('Finance <cfo@acme-corp.co>', 'acme-corp.co', [
      'X-Original-To: robin@acme-corp.com',
    ]);
    expect(idsOf(b)).toContain('lookalike-domain');
    // From the reader's own domain: no look-alike of itself.
    const own = await inspect('Finance <cfo@acme-corp.com>', 'acme-corp.com', top);
    expect(idsOf(own)).not.toContain('lookalike-domain');
    expect(own.verdict).toBe('authenticated');
  });

  it('the top Received `for <…>` names the reader', () => {
    const ctx = baseCtx();
    ctx.options.recipientDomains = [];
    ctx.analysis.hops[0]!.for = 'jane@acme-corp.com';
    setFrom(ctx, 'Finance', 'cfo@acme-corp.co');
    expect(byId(ctx, 'lookalike-domain')[0]?.title).toContain('imitates acme-corp.com');
  });

  it('a Delivered-To written by the sender (below the receiver’s Received) is not read', async () => {
    const raw = delivered('Finance <cfo@acme-corp.co>', 'acme-corp.co').replace(
      'Return-Path:',
      'Delivered-To: robin@acme-corp.com\r\nReturn-Path:',
    );
    const a = await analyzeMessage(raw, { trustedAuthservIds: [RECEIVER] });
    expect(idsOf(a)).not.toContain('lookalike-domain');
  });

  it("a forged Delivered-To naming the attacker's look-alike does not whitelist it", async () => {
    const a = await inspect('PayPal <service@paypa1.com>', 'paypa1.com', ['Delivered-To: robin@paypa1.com']);
    expect(a.findings.find((f) => f.id === 'lookalike-domain')?.title).toContain('imitates paypal.com');
  });

  it('a reader at a free mailbox has no organisation to imitate (hotmail.fr vs hotmail.com)', async () => {
    const a = await inspect('Marie <marie@hotmail.fr>', 'hotmail.fr', ['Delivered-To: robin@hotmail.com']);
    expect(idsOf(a)).not.toContain('lookalike-domain');
    expect(a.verdict).toBe('authenticated');
  });

  it('the CLI option still works alongside', async () => {
    const a = await inspect('Finance <cfo@acme-corp.co>', 'acme-corp.co', [], ['acme-corp.com']);
    expect(idsOf(a)).toContain('lookalike-domain');
  });
});

describe('finding text stays text', () => {
  it('a display name full of markup is quoted, never interpreted (the views render text nodes)', () => {
    const ctx = baseCtx();
    setFrom(ctx, '<img src=x onerror=alert(1)> PayPal', 'x@gmail.com');
    setHeader(ctx, 'From', '"<img src=x onerror=alert(1)> PayPal" <x@gmail.com>');
    const f = byId(ctx, 'brand-on-freemail')[0];
    expect(f).toBeDefined();
    // The rule does not build markup; it never strips or re-encodes either: the renderers escape.
    expect(f?.title).not.toContain('<img');
  });
});

describe('property: random display-name obfuscations of a brand or an address are always caught', () => {
  const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e', '\u034f'];
  // Latin → Cyrillic / Greek / Armenian look-alikes (Unicode confusables.txt prototypes).
  const CONFUSABLE: Record<string, string[]> = {
    a: ['\u0430', '\u0251'],
    c: ['\u0441', '\u03f2'],
    d: ['\u0501'],
    e: ['\u0435'],
    h: ['\u04bb'],
    i: ['\u0456', '\u03b9'],
    j: ['\u0458'],
    l: ['\u04cf', '\u0049'],
    n: ['\u0578'],
    o: ['\u043e', '\u03bf', '\u0585'],
    p: ['\u0440', '\u03c1'],
    s: ['\u0455'],
    u: ['\u057d'],
    v: ['\u03bd'],
    x: ['\u0445'],
    y: ['\u0443'],
    A: ['\u0410', '\u0391'],
    B: ['\u0412', '\u0392'],
    C: ['\u0421'],
    D: ['\u13a0'],
    E: ['\u0415', '\u0395'],
    F: ['\u03dc'],
    H: ['\u041d'],
    K: ['\u041a'],
    L: ['\u13de'],
    M: ['\u041c', '\u039c'],
    N: ['\u039d'],
    O: ['\u041e'],
    P: ['\u0420', '\u03a1'],
    S: ['\u0405'],
    T: ['\u0422'],
    X: ['\u0425'],
  };
  const fullWidth = (c: string) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c);

  type Op = 'keep' | 'zw' | 'full' | 'confusable';
  const obfuscate = (text: string, ops: Op[], picks: number[], bidi: boolean): string => {
    let out = '';
    [...text].forEach((c, i) => {
      const op = ops[i % ops.length]!;
      const pick = picks[i % picks.length]!;
      if (op === 'zw') out += c + ZERO_WIDTH[pick % ZERO_WIDTH.length];
      else if (op === 'full') out += fullWidth(c);
      else if (op === 'confusable' && CONFUSABLE[c]) out += CONFUSABLE[c]![pick % CONFUSABLE[c]!.length];
      else out += c;
    });
    // An override drawing the reversed text right to left shows the original again.
    return bidi ? `\u202e${[...out].reverse().join('')}` : out;
  };

  const target = fc.oneof(
    fc.record({
      kind: fc.constant('brand' as const),
      text: fc.constantFrom('PayPal', 'Microsoft', 'DocuSign', 'Netflix', 'Coinbase', 'Dropbox', 'LinkedIn'),
    }),
    fc.record({
      kind: fc.constant('address' as const),
      text: fc.constantFrom('security@bank.example', 'service@paypal.com', 'it-desk@northbank.example'),
    }),
  );
  const arbitrary = fc.record({
    target,
    ops: fc.array(fc.constantFrom<Op>('keep', 'zw', 'full', 'confusable'), { minLength: 1, maxLength: 12 }),
    picks: fc.array(fc.nat(7), { minLength: 1, maxLength: 12 }),
    bidi: fc.boolean(),
    suffix: fc.constantFrom('', ' Support', ' Security Team', ' (billing)'),
    sender: fc.constantFrom(
      'x@random.example',
      'x@gmail.com',
      'x@tenant-7.onmicrosoft.com',
      'x@mail.attacker.example',
    ),
  });

  it('is flagged medium or high, and the verdict is never "authenticated"', () => {
    fc.assert(
      fc.property(arbitrary, ({ target, ops, picks, bidi, suffix, sender }) => {
        const shown = obfuscate(target.text, ops, picks, bidi);
        const name = bidi || target.kind === 'address' ? shown : `${shown}${suffix}`;
        const ctx = baseCtx();
        setFrom(ctx, name, sender);
        const found = findings(ctx).filter(
          (f) =>
            (f.severity === 'high' || f.severity === 'medium') &&
            ['display-name-brand', 'display-name-address', 'brand-on-freemail'].includes(f.id),
        );
        expect(found.length, `not caught: ${JSON.stringify(name)} from ${sender}`).toBeGreaterThan(0);
        expect(verdictOf(ctx).verdict).not.toBe('authenticated');
      }),
      { numRuns: 600 },
    );
  });
});
