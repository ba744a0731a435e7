// A brand glued to its desk's words as a one-word display name (red-team round 182): read in the
// From's name as in the Sender's, not where the name is the sending domain's own.
import { describe, expect, it } from 'vitest';
import { gluedBrand } from '../../../lib/findings/display-name';
import { brandInName } from '../../../lib/findings/domains';
import { baseCtx, findings, setFrom, verdictOf } from './build';

function attackerFrom(name: string) {
  const ctx = baseCtx();
  setFrom(ctx, name, 'alerts@attacker.example');
  const a = ctx.analysis;
  a.spf.domain = 'attacker.example';
  for (const d of a.dkim) d.domain = 'attacker.example';
  a.dmarc.domain = 'attacker.example';
  return ctx;
}

describe('a brand glued into a one-word name', () => {
  it('names the brand unless the sending domain is that very word', () => {
    expect(gluedBrand('MicrosoftAccountTeam', 'attacker.example')?.name).toBe('Microsoft');
    expect(gluedBrand('PayPalSupport', 'attacker.example')?.name).toBe('PayPal');
    expect(gluedBrand('MetaCompliance', 'metacompliance.com')).toBeNull();
    expect(gluedBrand('Microsoft Account Team', 'attacker.example')).toBeNull();
  });

  it('in the From’s name, as in the Sender’s, makes the attacker’s own authenticated mail suspicious', () => {
    const ctx = attackerFrom('MicrosoftAccountTeam');
    const f = findings(ctx).find((x) => x.id === 'display-name-brand');
    expect(f?.title).toBe('The name says Microsoft, but the message is from attacker.example');
    expect(verdictOf(ctx).verdict).toBe('suspicious');
    expect(findings(attackerFrom('Jane')).some((x) => x.id === 'display-name-brand')).toBe(false);
  });
});

describe('a brand read as a reader sees it (red-team round 183)', () => {
  it('across a dash, a minus, a dot or a middle dot inside the word, beside a trade mark sign, glued to CJK desk words', () => {
    for (const name of [
      'Pay\u2011Pal Resolution Center',
      'Pay\u2013Pal Service',
      'Pay\u2212Pal Service',
      'Pay\uFF0DPal Service',
      'Pay.Pal Service',
      'Pay_Pal Service',
      'Pay\u00B7Pal Service',
      'PayPal\u2122 Service',
      'P\u00B7a\u00B7y\u00B7P\u00B7a\u00B7l',
      'PayPal\u4E8B\u52D9\u5C40',
    ])
      expect(brandInName(name)?.name, name).toBe('PayPal');
    expect(brandInName('Amazon\u30AB\u30B9\u30BF\u30DE\u30FC\u30BB\u30F3\u30BF\u30FC')?.name).toBe('Amazon');
  });

  it('not initials, a Catalan word or a Japanese name with a middle dot', () => {
    expect(brandInName('D.H.L. Morgan')).toBeNull();
    expect(brandInName('Col\u00B7legi Oficial')).toBeNull();
    expect(brandInName('\u30B8\u30E7\u30F3\u30FB\u30B9\u30DF\u30B9')).toBeNull();
  });
});

describe('a brand split at its inner capital (red-team round 183, group B)', () => {
  it('joins "Pay Pal" and "You Tube" with the brand’s capitals, whatever space stands between', () => {
    for (const name of [
      'Pay Pal Resolution Center',
      'Pay\u00A0Pal Service',
      'Pay\u3000Pal',
      'PAY  PAL BILLING',
    ])
      expect(brandInName(name)?.name, name).toBe('PayPal');
    expect(brandInName('You Tube Partner Support')?.name).toBe('Google');
  });

  it('not words without that capital, other brands’ everyday halves, or other capitals', () => {
    for (const name of [
      'Lakeside Drop Box Lockers',
      'E Bay Tennis Club',
      'One Drive Academy',
      'pay pal',
      'Pay Palace Hotel',
    ])
      expect(brandInName(name), name).toBeNull();
  });
});

describe('a brand as one word of a CamelCase name (red-team round 183, group F)', () => {
  it('names the brand where its word starts and ends at the name’s case changes', () => {
    expect(gluedBrand('PayPalBillingPlatform', 'attacker.example')?.name).toBe('PayPal');
    expect(gluedBrand('MicrosoftSecurityNotifications', 'attacker.example')?.name).toBe('Microsoft');
    expect(gluedBrand('AmazonPrimeMembership', 'attacker.example')?.name).toBe('Amazon');
    expect(gluedBrand('AWSCommunityDay', 'attacker.example')?.name).toBe('Amazon');
    expect(gluedBrand('YouTubeCreatorNews', 'attacker.example')?.name).toBe('Google');
  });

  it('not where a small letter runs on past the brand, nor the sending domain’s own name', () => {
    expect(gluedBrand('AmazonasReisen', 'attacker.example')).toBeNull();
    expect(gluedBrand('LinkedInfluence', 'attacker.example')).toBeNull();
    expect(gluedBrand('LawsOfMotion', 'attacker.example')).toBeNull();
    expect(gluedBrand('GoogleAdsExperts', 'googleadsexperts.example')).toBeNull();
    expect(gluedBrand('PayPal Billing Platform', 'attacker.example')).toBeNull();
  });
});

describe('a separator inside an everyday name (real-mail round 175)', () => {
  it('joins into a brand only beside desk words, PayPal and YouTube anywhere', () => {
    for (const name of ['Drop-Box Self Storage', 'i-Cloud Solutions Ltd', 'One-Drive Driving School'])
      expect(brandInName(name), name).toBeNull();
    expect(brandInName('i-Cloud Support')?.name).toBe('Apple');
    expect(brandInName('Micro\u2212soft Account Team')?.name).toBe('Microsoft');
    expect(brandInName('Pay-Pal Europe Payments')?.name).toBe('PayPal');
    expect(brandInName('You.Tube Creator Studio')?.name).toBe('Google');
  });
});

describe('brand spellings of red-team round 186', () => {
  it('a separator-joined brand beside notice words, products, numbers, foreign desk words or a name in parentheses', () => {
    for (const [name, brand] of <Array<[string, string]>>[
      ['Micro-soft Teams Voicemail', 'Microsoft'],
      ['Micro-soft 365 Renewal', 'Microsoft'],
      ['Micro-soft Account Team (Robin Reader)', 'Microsoft'],
      ['Micro-soft Sicherheitsteam', 'Microsoft'],
      ['Amaz-on Order Update', 'Amazon'],
      ['Docu-Sign Envelope Notification', 'DocuSign'],
      ['Linked-In Messages', 'LinkedIn'],
      [
        'PayPal\u0421\u043B\u0443\u0436\u0431\u0430 \u043F\u043E\u0434\u0434\u0435\u0440\u0436\u043A\u0438',
        'PayPal',
      ],
    ])
      expect(brandInName(name)?.name, name).toBe(brand);
    expect(brandInName('Micro-Soft Furnishings Ltd')).toBeNull();
    expect(brandInName('Drop-Box Self Storage')).toBeNull();
  });

  it('CamelCase spellings of every brand with an inner capital', () => {
    expect(gluedBrand('DocuSignEnvelopeService', 'attacker.example')?.name).toBe('DocuSign');
    expect(gluedBrand('LinkedInSalesNavigator', 'attacker.example')?.name).toBe('LinkedIn');
  });
});

describe('readings of readings end', () => {
  it('look-alike Cyrillic letters inside Latin words, set apart and joined again, return (no endless reading)', () => {
    expect(() => brandInName('\u0455e\u0441urity@b\u0430nk.\u0435x\u0430m\u0440l\u0435')).not.toThrow();
    expect(() => brandInName('\u0455 e \u0441 Security Team P\u0430y P\u0430l')).not.toThrow();
  });
});

describe('broken words and capitalised halves (round 187)', () => {
  it('a word broken before a small letter is read beside any words', () => {
    expect(brandInName('Micro-soft Servizio Clienti')?.name).toBe('Microsoft');
    expect(brandInName('Amaz-on Ordine Spedito')?.name).toBe('Amazon');
    expect(brandInName('Micro-soft Europe')?.name).toBe('Microsoft');
  });

  it('capitalised halves beside a notice’s words are a firm’s name; FedEx is not read inside "Ex-Pats"', () => {
    for (const name of [
      'Drop-Box Order Update',
      'Micro-Soft Order Confirmation',
      'One-Drive Invoice',
      'Well Fed Ex-Pats Supper Club',
    ])
      expect(brandInName(name), name).toBeNull();
    expect(brandInName('Micro-Soft Teams Voicemail')?.name).toBe('Microsoft');
  });
});

describe('round 188 and real-mail round 178', () => {
  it('a no-break or thin space, a space after the dash or a digit before it inside a broken word', () => {
    for (const name of [
      'Micro\u00A0soft Europe',
      'Micro\u2009soft Europe',
      'Micro- soft Europe',
      'Micr0-soft Europe',
    ])
      expect(brandInName(name)?.name, name).toBe('Microsoft');
  });

  it('capitalised halves beside products and desks in more languages', () => {
    for (const name of [
      'Micro-Soft Kundtjänst',
      'Micro-Soft Müşteri Hizmetleri',
      'Micro-Soft Zákaznická podpora',
      'Micro-Soft カスタマーサポート',
      'Micro-Soft Authenticator',
      'Micro-Soft Entra',
    ])
      expect(brandInName(name)?.name, name).toBe('Microsoft');
  });

  it('Chinese names that are everyday words name the brand only alone or beside a desk’s words', () => {
    expect(brandInName('贝宝客服')?.name).toBe('PayPal');
    expect(brandInName('贝宝')?.name).toBe('PayPal');
    expect(brandInName('网飞 会员中心')?.name).toBe('Netflix');
    expect(brandInName('網飛 Support')?.name).toBe('Netflix');
    expect(brandInName('贝宝母婴用品')).toBeNull();
    expect(brandInName('网飞科技')).toBeNull();
    expect(brandInName('亚马逊客服')?.name).toBe('Amazon');
    expect(brandInName('亚马逊商城')?.name).toBe('Amazon');
  });

  it('an everyday Chinese name as its own word, glued to another script or to notice words (round 189)', () => {
    for (const [name, brand] of [
      ['贝宝 安全提醒', 'PayPal'],
      ['网飞VIP会员', 'Netflix'],
      ['贝宝(中国) 客服中心', 'PayPal'],
      ['网飞会员续费提醒', 'Netflix'],
    ])
      expect(brandInName(name!)?.name, name).toBe(brand);
    expect(brandInName('贝宝母婴 客服')).toBeNull();
    expect(brandInName('网飞科技 客服中心')).toBeNull();
  });

  it('a Han run glued to the name that begins or ends with a notice’s word; not a shop’s own (round 190)', () => {
    for (const [name, brand] of [
      ['贝宝账户冻结通知', 'PayPal'],
      ['貝寶帳戶凍結通知', 'PayPal'],
      ['网飞影视会员', 'Netflix'],
      ['网飞订阅已暂停', 'Netflix'],
      ['网飞ＶＩＰ会员', 'Netflix'],
    ])
      expect(brandInName(name!)?.name, name).toBe(brand);
    for (const name of ['贝宝Baby母婴店', '贝宝·母婴用品', '贝宝母婴中心', '网飞俱乐部'])
      expect(brandInName(name), name).toBeNull();
  });

  it('a product beside its own brand only (real-mail round 179)', () => {
    expect(brandInName('Micro-Soft Authenticator')?.name).toBe('Microsoft');
    expect(brandInName('Face-Book Messenger')?.name).toBe('Facebook');
    expect(brandInName('Drop-Box Messenger')).toBeNull();
    expect(brandInName('Drop-Box Alexa')).toBeNull();
    expect(brandInName('Micro-Soft Outlook Messenger')?.name).toBe('Microsoft');
  });
});

describe('an everyday Chinese name with a Latin word of the shop’s own glued to it (real-mail round 182)', () => {
  it('is the shop’s, unless a service’s word or an account’s notice in Latin goes with it', () => {
    expect(brandInName('贝宝Pet 会员中心')).toBeNull();
    expect(brandInName('贝宝Pet Club')).toBeNull();
    expect(brandInName('贝宝Pet Security Alert')?.name).toBe('PayPal');
    expect(brandInName('贝宝 Billing Notice')?.name).toBe('PayPal');
    expect(brandInName('网飞VIP会员')?.name).toBe('Netflix');
    expect(brandInName('贝宝Pay 客服')?.name).toBe('PayPal');
  });
});

describe('a brand named by a tenant after "on behalf of", or with a joining word (red-team round 216)', () => {
  it('reads a brand of two words or more across "and" in several languages, as across "&"', () => {
    for (const name of ['Wells und Fargo Bank', 'Wells and Fargo', 'Wells & Fargo', 'Wells og Fargo Bank'])
      expect(brandInName(name)?.name, name).toBe('Wells Fargo');
    for (const name of [
      'Marks and Spencer',
      'Salt and Pepper Bistro',
      'Wells and Partners',
      'Rock and Roll Cafe',
    ])
      expect(brandInName(name), name).toBeNull();
  });

  it('names the tenant’s brand in an Entra invitation, not the service’s own', () => {
    const ctx = baseCtx();
    setFrom(ctx, 'Microsoft Invitations on behalf of Wells Fargo Bank', 'invites@microsoft.com');
    const a = ctx.analysis;
    a.spf.domain = 'microsoft.com';
    for (const d of a.dkim) d.domain = 'microsoft.com';
    a.dmarc.domain = 'microsoft.com';
    const f = findings(ctx).find((x) => x.id === 'display-name-brand');
    expect(f?.title).toBe('The name says Wells Fargo, but the message is from microsoft.com');
    setFrom(ctx, 'Microsoft Invitations on behalf of Fenwick Architects', 'invites@microsoft.com');
    expect(findings(ctx).some((x) => x.id === 'display-name-brand')).toBe(false);
  });
});
