import fc from 'fast-check';
import punycode from 'punycode.js';
import { describe, expect, it } from 'vitest';
import { embeddedAddress } from '../../../lib/findings/display-name';
import { scriptsOf, unicodeDomain } from '../../../lib/findings/lookalike';
import { baseCtx, findings, ids, setFrom, setHeader } from './build';

const byId = (ctx: ReturnType<typeof baseCtx>, id: string) => findings(ctx).filter((f) => f.id === id);

describe('display-name-address', () => {
  it.each([
    ['support@paypal.com', 'support@paypal.com'],
    ['support＠paypal.com', 'support@paypal.com'], // full-width at sign U+FF20
    ['support﹫paypal．com', 'support@paypal.com'], // small at sign U+FE6B, full-width dot
    ['support [at] paypal.com', 'support@paypal.com'],
  ])('flags %s shown as the name', (name, shown) => {
    const ctx = baseCtx();
    setFrom(ctx, name, 'x@random.example');
    const [f] = byId(ctx, 'display-name-address');
    expect(f?.severity).toBe('high');
    expect(f?.title).toContain(shown);
    expect(f?.evidence[0]).toMatch(/^From: /);
  });
  it.each([['Jane (@jane)'], ['Jane Doe @ Acme'], ['alerts@northbank.example'], ['Team @work']])(
    'does not flag %s',
    (name) => {
      const ctx = baseCtx();
      setFrom(ctx, name, 'alerts@northbank.example');
      expect(ids(ctx)).not.toContain('display-name-address');
    },
  );
  it('says when a look-alike at sign was used', () => {
    expect(embeddedAddress('billing＠bank.example')?.lookalikeAt).toBe(true);
    expect(embeddedAddress('Jane (@jane)')).toBeNull();
  });
});

describe('masked-email relays (SimpleLogin, addy.io)', () => {
  // baseCtx's DMARC passes for whatever From domain is set: the relay's own, authenticated.
  it.each([
    [
      'Larkspur Books - orders at larkspurbooks.example',
      'orders_at_larkspurbooks_example_q7x2mf@simplelogin.co',
      'SimpleLogin',
    ],
    [
      "Larkspur Books 'orders@larkspurbooks.example'",
      'shopping+orders=larkspurbooks.example@anonaddy.me',
      'addy.io',
    ],
  ])(
    'the relay naming the original sender it encodes in its own address: low, not an impersonation',
    (name, address, relay) => {
      const ctx = baseCtx();
      setFrom(ctx, name, address);
      expect(ids(ctx)).not.toContain('display-name-address');
      const [f] = byId(ctx, 'masked-relay-sender');
      expect(f?.severity).toBe('low');
      expect(f?.title).toContain(relay);
    },
  );

  it('the same name anywhere else, or naming an address the relay address does not spell, is the trick', () => {
    for (const [name, address] of [
      // Not a relay's domain, even with the relay's local-part shape.
      ['PayPal - service at paypal.com', 'service_at_paypal_com_x1@simplelogin.co.attacker.example'],
      ['PayPal - service at paypal.com', 'service_at_paypal_com_x1@attacker.example'],
      // The relay's domain, but its address spells someone else.
      ['PayPal - service at paypal.com', 'orders_at_larkspurbooks_example_x1@simplelogin.co'],
      ["PayPal 'service@paypal.com'", 'shopping+orders=larkspurbooks.example@anonaddy.me'],
    ] as const) {
      const ctx = baseCtx();
      setFrom(ctx, name, address);
      expect(byId(ctx, 'display-name-address')[0]?.severity, address).toBe('high');
      expect(ids(ctx), address).not.toContain('masked-relay-sender');
    }
  });

  it('a relay address that only starts with the spelling, or a name with a second address, is the trick', () => {
    for (const [name, address] of [
      // The sender's real address was security_at_northbank_example_q@attacker.example: SimpleLogin
      // spells it security_at_northbank_example_q_at_attacker_example_<random>, which starts with
      // the bank's spelling; the sender put the bank's address first in its own display name.
      [
        'security@northbank.example - security_at_northbank_example_q at attacker.example',
        'security_at_northbank_example_q_at_attacker_example_k3j2h1@simplelogin.co',
      ],
      // A second address in the name, the relay's spelling matching the first: the relay writes one.
      [
        'security@northbank.example - security at northbank-example.attacker.example',
        'security_at_northbank_example_k3j2h1@simplelogin.co',
      ],
      [
        "security@northbank.example 'security@northbank.example.attacker.example'",
        'a+security=northbank.example@anonaddy.me',
      ],
    ] as const) {
      const ctx = baseCtx();
      setFrom(ctx, name, address);
      expect(byId(ctx, 'display-name-address')[0]?.severity, name).toBe('high');
      expect(ids(ctx), name).not.toContain('masked-relay-sender');
    }
  });

  it('a relay naming a look-alike of the reader’s domain or of a brand is the trick, as in direct mail', () => {
    for (const [name, address] of [
      ['Chief Executive - ceo at reaader.example', 'ceo_at_reaader_example_k3j2h1@simplelogin.co'],
      [
        "Service 'service@paypal.com.account-check.example'",
        'shopping+service=paypal.com.account-check.example@anonaddy.me',
      ],
    ] as const) {
      const ctx = baseCtx();
      setFrom(ctx, name, address);
      expect(byId(ctx, 'display-name-address')[0]?.severity, name).toBe('high');
      expect(ids(ctx), name).not.toContain('masked-relay-sender');
    }
  });

  it('the relay’s own spelling named twice, or with a skeleton reading of it, is still the relay', () => {
    const ctx = baseCtx();
    setFrom(
      ctx,
      'orders@larkspurbooks.example - orders at larkspurbooks.example',
      'orders_at_larkspurbooks_example_k3j2h1@simplelogin.co',
    );
    expect(ids(ctx)).toContain('masked-relay-sender');
    expect(ids(ctx)).not.toContain('display-name-address');
  });

  it('a relay address whose DMARC fails is not the relay', () => {
    const ctx = baseCtx();
    setFrom(ctx, 'PayPal - service at paypal.com', 'service_at_paypal_com_x1@simplelogin.co');
    ctx.analysis.dmarc.result = 'fail';
    ctx.analysis.provider = null;
    expect(byId(ctx, 'display-name-address')[0]?.severity).toBe('high');
  });
});

describe('display-name-brand', () => {
  it('flags "PayPal Support" <x@random.example>', () => {
    const ctx = baseCtx();
    setFrom(ctx, 'PayPal Support', 'x@random.example');
    const [f] = byId(ctx, 'display-name-brand');
    expect(f?.severity).toBe('medium');
    expect(f?.title).toBe('The name says PayPal, but the message is from random.example');
  });
  it('does not flag the brand mailing from its own domain', () => {
    const ctx = baseCtx();
    setFrom(ctx, 'PayPal Support', 'service@mail.paypal.com');
    expect(ids(ctx)).not.toContain('display-name-brand');
  });
  it('does not flag ordinary words ("Apple Valley Farm")', () => {
    const ctx = baseCtx();
    setFrom(ctx, 'Apple Valley Farm', 'news@applevalley.example');
    expect(ids(ctx)).not.toContain('display-name-brand');
  });
});

describe('display-name-domain', () => {
  it.each([
    ['northbank.example', 'alerts@nb-kontoservice.example', 'northbank.example'], // probe73
    ['Northbank.Example Security', 'alerts@nb-kontoservice.example', 'northbank.example'],
    ['nоrthbank.example', 'alerts@nb-kontoservice.example', 'nоrthbank.example'], // Cyrillic о, shown as drawn
    ['acmebank.co.uk', 'x@gmail.com', 'acmebank.co.uk'],
    ['Academia.edu', 'noreply@academia-mail.com', 'academia.edu'], // a real sender's other domain: a concern all the same
    ['https://northbank.example', 'alerts@nb-kontoservice.example', 'northbank.example'], // probe74: a link's scheme
    ['northbank.example', 'alerts@northbank-example.test', 'northbank.example'], // probe74: not its own name
    ['northbank.finance', 'alerts@nb-kontoservice.example', 'northbank.finance'], // probe74
    ['NORTHBANK.COM', 'alerts@nb-kontoservice.example', 'northbank.com'], // capitals throughout: no acronym
    ['Northbank.COM', 'alerts@nb-kontoservice.example', 'northbank.com'], // no product's ending
    ['NORTHBANK.NET', 'alerts@nb-kontoservice.example', 'northbank.net'],
  ])('flags "%s" <%s> (shows %s)', (name, address, shown) => {
    const ctx = baseCtx();
    setFrom(ctx, name, address);
    const [f] = byId(ctx, 'display-name-domain');
    expect(f?.severity).toBe('medium');
    expect(f?.title).toContain(shown);
  });
  it.each([
    ['Booking.com', 'noreply@mailer.booking.com'], // its own organisation
    ['Dr.Web', 'news@drweb.com'], // its own name written with a dot
    ['Jane.Kim', 'jane.kim@corp.example'], // a surname that is also a newer top-level domain
    ['Mr.Green', 'promo@mrgreen.com'],
    ['St.Louis Jazz Club', 'hello@stlouisjazz.example'], // no top-level domain
    ['J.P. Doe', 'jp@corp.example'],
    ['Node.js Foundation', 'news@nodejs.example'], // .js is no top-level domain
    ['alerts@northbank.example', 'alerts@northbank.example'], // an address of its own domain
    ['Amazon.com', 'store-news@amazon.co.uk'], // one brand's sibling domain
    ['ASP.NET Team', 'aspnet@microsoft.com'], // a product's name, its last part in capitals
    ['Socket.IO', 'notifications@github.com'],
    ['Math.NET Numerics', 'news@mathdotnet.example'],
    ['汇丰·香港', 'news@hsbc-hk.example'], // a name written with a middle dot before an IDN country code
    ['価格.com', 'info@kakaku.com'], // a trading name in Japanese script
    ['CEIP Sant Roc de Sil·la', 'centre@edu.example'], // Catalan's l·l is a letter, not a dot
  ])('does not flag "%s" <%s>', (name, address) => {
    const ctx = baseCtx();
    setFrom(ctx, name, address);
    expect(ids(ctx)).not.toContain('display-name-domain');
  });
  it('on a platform that sends for its customers under their names: low, but a brand or a look-alike stays medium', () => {
    const sev = (name: string, address: string) => {
      const ctx = baseCtx();
      setFrom(ctx, name, address);
      return byId(ctx, 'display-name-domain')[0]?.severity;
    };
    expect(sev('Fly.io', 'invoice+statements@stripe.com')).toBe('low'); // real-mail round 74
    expect(sev('kestrelprints.example via PayPal', 'invoicing@paypal.com')).toBe('low');
    expect(sev('acme.io Support', 'support@acme.freshdesk.com')).toBe('low');
    expect(sev('paypa1.com', 'invoice+statements@stripe.com')).toBe('medium'); // a brand's look-alike
    expect(sev('reaader.example', 'invoice+statements@stripe.com')).toBe('medium'); // the reader's own, a letter off
    expect(sev('Fly.io', 'billing@fly-invoices.example')).toBe('medium'); // no such platform
    expect(sev('reader.example IT Service Desk', 'support@readerit.zendesk.com')).toBe('medium'); // the reader's own (probe78)
    expect(sev('trailhead.example via groups.io', 'info=trailhead.example@groups.io')).toBe('low'); // real-mail round 75
  });
  it("leaves a brand's own domain to display-name-brand", () => {
    const ctx = baseCtx();
    setFrom(ctx, 'paypal.com', 'service@random.example');
    expect(ids(ctx)).toContain('display-name-brand');
    expect(ids(ctx)).not.toContain('display-name-domain');
  });
  it('does not read a domain inside an address as the name', () => {
    for (const name of ['jane@northbank.example.attacker.example', 'Jane (jane@corp.example)']) {
      const ctx = baseCtx();
      setFrom(ctx, name, 'jane@corp.example');
      expect(ids(ctx)).not.toContain('display-name-domain');
    }
  });
});

describe('a name a platform user chose (red-team round 80)', () => {
  const brandFinding = (name: string, address: string) => {
    const ctx = baseCtx();
    setFrom(ctx, name, address);
    return byId(ctx, 'display-name-brand')[0];
  };
  it('reads a second brand behind the From\'s own ("Microsoft Billing via PayPal")', () => {
    const f = brandFinding('Microsoft Billing via PayPal', 'service@paypal.com');
    expect(f?.severity).toBe('medium');
    expect(f?.title).toContain('Microsoft');
  });
  it('reads the platform\'s own brand in the name its user chose before the platform\'s "via"', () => {
    for (const [name, address, org] of [
      ['Google Workspace Admin (via Google Docs)', 'drive-shares-dm-noreply@google.com', 'google.com'],
      ['DocuSign Security via DocuSign', 'dse_na2@docusign.net', 'docusign.net'],
      ['PayPal Security Team via PayPal', 'service@paypal.com', 'paypal.com'],
      ['Microsoft 365 Admin in Teams', 'noreply@email.teams.microsoft.com', 'microsoft.com'], // probe95
    ] as const) {
      const f = brandFinding(name, address);
      expect(f?.severity, name).toBe('medium');
      expect(f?.title, name).toContain(org);
    }
  });
  it("leaves a brand's own names and people's shares alone", () => {
    for (const [name, address] of [
      ['PayPal', 'service@paypal.com'],
      ['Google Docs', 'comments-noreply@docs.google.com'],
      ['Jane Doe (via Google Docs)', 'drive-shares-dm-noreply@google.com'],
      ['Kestrel Legal via DocuSign', 'dse_na2@docusign.net'],
      ['Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com'],
      ['Microsoft Teams', 'noreply@email.teams.microsoft.com'], // the service's own
    ] as const)
      expect(brandFinding(name, address), name).toBeUndefined();
  });
  it("reads the reader's organisation named by a platform user, unless it replies to the reader's organisation", () => {
    const readerOrg = (name: string, replyTo?: string) => {
      const ctx = baseCtx();
      ctx.options.recipientDomains = ['tidewater.example'];
      setFrom(ctx, name, 'drive-shares-dm-noreply@google.com');
      if (replyTo)
        ctx.analysis.replyTo = [{ address: replyTo, domain: replyTo.split('@')[1]!, displayName: '' }];
      return byId(ctx, 'display-name-reader-org')[0]?.severity;
    };
    expect(readerOrg('Tidewater IT Helpdesk (via Google Docs)')).toBe('medium');
    expect(readerOrg('Tidewater IT Helpdesk (via Google Docs)', 'it.desk@gmail.com')).toBe('medium');
    expect(
      readerOrg('Tidewater IT Helpdesk (via Google Docs)', 'helpdesk@tidewater.example'),
    ).toBeUndefined();
    expect(readerOrg('Dana Whitfield (via Google Docs)')).toBeUndefined();
    expect(readerOrg('Tidewaters Club (via Google Docs)')).toBeUndefined(); // a whole word only
  });
  it('reads the name glued to a desk, a free mailbox and a newsletter host, not a person named so (round 81)', () => {
    const sev = (name: string, address: string, readers = ['tidewater.example'], replyTo?: string) => {
      const ctx = baseCtx();
      ctx.options.recipientDomains = readers;
      setFrom(ctx, name, address);
      if (replyTo)
        ctx.analysis.replyTo = [{ address: replyTo, domain: replyTo.split('@')[1]!, displayName: '' }];
      return byId(ctx, 'display-name-reader-org')[0]?.severity;
    };
    expect(sev('TidewaterIT Helpdesk (via Google Docs)', 'drive-shares-dm-noreply@google.com')).toBe(
      'medium',
    );
    expect(sev('Tidewater IT Helpdesk', 'tidewaterhelpdesk@substack.com')).toBe('medium');
    expect(sev('Tidewater Payroll', 'tidewater.payroll@gmail.com')).toBe('medium');
    expect(sev('TIDEWATER-IT Service Desk', 'x@gmail.com')).toBe('medium');
    // The reader's own Gmail is no organisation of his: a Reply-To there clears nothing.
    expect(
      sev(
        'Tidewater IT (via Google Docs)',
        'drive-shares-dm-noreply@google.com',
        ['tidewater.example', 'gmail.com'],
        'tw.it@gmail.com',
      ),
    ).toBe('medium');
    expect(
      sev('Jane Hunter (via Google Docs)', 'drive-shares-dm-noreply@google.com', ['hunter.example']),
    ).toBeUndefined();
    expect(sev('Alice Tidewater', 'alice.tidewater@gmail.com')).toBeUndefined();
    // A tenant's mail handed over from outside is anyone's; the reader's own tenant's stays inside.
    expect(sev('Tidewater IT', 'it@tidewater.onmicrosoft.com')).toBe('medium');
    {
      const ctx = baseCtx();
      ctx.options.recipientDomains = ['tidewater.example'];
      setFrom(ctx, 'Tidewater IT', 'it@tidewater.onmicrosoft.com');
      ctx.analysis.origin.insideReceiver = true;
      expect(ids(ctx)).not.toContain('display-name-reader-org');
    }
    expect(sev('Tidewater IT', 'it@vendor.example')).toBeUndefined(); // a company's own domain: not an outsider's chosen name
  });
  it('reads desks in other languages, a company form glued on, look-alike letters and tenants; not a club (rounds 79 and 82)', () => {
    const sev = (name: string, address: string, readers = ['tidewater.example']) => {
      const ctx = baseCtx();
      ctx.options.recipientDomains = readers;
      setFrom(ctx, name, address);
      return byId(ctx, 'display-name-reader-org')[0]?.severity;
    };
    for (const [name, address] of [
      ['Tidewater Helpline', 'x@gmail.com'],
      ['Nómina Tidewater', 'x@yahoo.com'],
      ['Tidewater Lohnbuchhaltung', 'x@gmx.de'],
      ['TIDEWATERGROUP Payroll', 'x@gmail.com'],
      ['Tid\u0435water IT Helpdesk', 'x@gmail.com'],
      ['Tidewater IT Helpdesk', 'helpdesk@tidewaterit.onmicrosoft.com'],
      ['Tidewater IT Support', 'support@tidewater-it.zendesk.com'],
      ['Tidewater IT Service Desk', 'dev12345@service-now.com'], // a free developer instance
      ['Marcus Hale on behalf of Tidewater Finance', 'office@hale-advisory.example'],
      ['Tidewater Team', 'x@gmail.com'],
      ['Tidewater Human Resources', 'x@gmail.com'],
      ['Tidewater Служба ИТ', 'x@gmail.com'], // Russian (probe92)
      ['Бухгалтерия Tidewater', 'x@yandex.ru'],
      ['Tidewater IT Helpdesk in Teams', 'noreply@email.teams.microsoft.com'], // another tenant's chat (probe95)
      ['Tidewater Payroll', 'noreply@emeaemail.teams.microsoft.com'],
      ['Tidewater IT Helpdesk', 'no-reply@teams.mail.microsoft'], // Teams' newer sender (probe96)
      ['Tidewater Accounts Payable', 'store+93417@t.shopifyemail.com'], // a store's chosen name
    ] as const)
      expect(sev(name, address), name).toBe('medium');
    for (const [name, address] of [
      ['Tidewater Softball Team', 'x@yahoo.com'],
      ['Tidewater Workers Union Office', 'x@gmail.com'],
      ['Tidewater Retirees Club', 'x@gmail.com'],
      ['Tidewater IT Support', 'support@tidewater.zendesk.com'], // the organisation's own desk
      ['Tidewater IT Service Desk', 'tidewater@service-now.com'], // its own ServiceNow instance
      ['Helen Okafor in Teams', 'noreply@email.teams.microsoft.com'], // a colleague's chat
      ['Tidewater IT Helpdesk', 'noreply@microsoft.com'], // Microsoft's own mail is not Teams'
    ] as const)
      expect(sev(name, address), name).toBeUndefined();
  });
  it("keeps the friend's note for a namesake, not for a mailbox named after the reader's organisation", () => {
    const sev = (replyName: string, replyTo: string) => {
      const ctx = baseCtx();
      ctx.options.recipientDomains = ['tidewater.example'];
      setFrom(ctx, 'Priya Raman (via Google Docs)', 'drive-shares-dm-noreply@google.com');
      ctx.analysis.replyTo = [{ address: replyTo, domain: 'gmail.com', displayName: replyName }];
      return byId(ctx, 'reply-to-other-org')[0]?.severity;
    };
    expect(sev('Priya Raman', 'priya.raman@gmail.com')).toBe('low');
    expect(sev('Priya Raman', 'priya.raman.tidewater@gmail.com')).toBe('medium');
  });
  it('reads a brand glued to digits ("Microsoft365 Billing via PayPal")', () => {
    const ctx = baseCtx();
    setFrom(ctx, 'Microsoft365 Billing via PayPal', 'service@paypal.com');
    expect(byId(ctx, 'display-name-brand')[0]?.title).toContain('Microsoft');
  });
  it('lets a brand\'s own mail name a sister brand, and the From\'s brand stand before a second one outside a "via"', () => {
    const ctx = baseCtx();
    setFrom(ctx, 'Microsoft and LinkedIn', 'news@email.microsoft.com');
    expect(ids(ctx)).not.toContain('display-name-brand');
  });
  it("takes a free mailbox's provider for no organisation of the reader's", () => {
    const ctx = baseCtx();
    ctx.options.recipientDomains = ['outlook.com'];
    setFrom(ctx, 'Outlook Calendar Sync via DocuSign', 'dse_na2@docusign.net');
    expect(ids(ctx)).not.toContain('display-name-reader-org');
  });
});

describe('look-alikes of the reader and of the From in a business thread (red-team round 83)', () => {
  const lookalike = (from: string, readers: string[], replyTo?: string) => {
    const ctx = baseCtx();
    ctx.options.recipientDomains = readers;
    setFrom(ctx, 'Accounts', from);
    if (replyTo)
      ctx.analysis.replyTo = [{ address: replyTo, domain: replyTo.split('@')[1]!, displayName: 'Dana' }];
    return byId(ctx, 'lookalike-domain')[0]?.severity;
  };
  it("reads the reader's name in front of another domain and an outside mail tenant, not his own desk's tenant", () => {
    expect(lookalike('it-desk@tidewater.example.co', ['tidewater.example'])).toBe('high');
    expect(lookalike('ap@tidewater.onmicrosoft.com', ['tidewater.example'])).toBe('high');
    expect(lookalike('support@tidewater.zendesk.com', ['tidewater.example'])).toBeUndefined();
    expect(lookalike('kari@alderbrook.co.example', ['alderbrook.example'])).toBeUndefined(); // as alderbrook.co.uk
  });
  it("reads a Reply-To that misspells the From's own domain, not the firm's other ending", () => {
    expect(lookalike('dana@kestrel-supplies.example', [], 'dana@kestrel-suppiies.example')).toBe('medium');
    expect(lookalike('dana@kestrel-supplies.example', [], 'dana@kestrel-supplies.co.uk')).toBeUndefined();
  });
});

describe('lookalike-domain', () => {
  it.each([
    ['service@paypa1.com', 'paypal.com'], // digit for letter
    ['service@xn--pypal-4ve.com', 'paypal.com'], // Cyrillic а (punycode)
    ['info@rnicrosoft.com', 'microsoft.com'], // rn → m
    ['info@paypal-secure.example', 'paypal.com'], // brand + word
    ['info@paypal.com.account-check.example', 'paypal.com'], // brand as subdomain
    ['ceo@reaader.example', 'reader.example'], // one letter from the recipient's own domain
    ['security@acmebank.co.uk.attacker.example', 'acmebank.co.uk'], // any whole name in front
    ['security@login.acmebank.com.attacker.example', 'acmebank.com'],
  ])('%s imitates %s', (address, target) => {
    const ctx = baseCtx();
    setFrom(ctx, '', address);
    const [f] = byId(ctx, 'lookalike-domain');
    expect(f?.severity).toBe('high');
    expect(f?.title).toContain(`imitates ${target}`);
  });
  it('names a whole domain in front of the real one as another domain, in the reader’s words', () => {
    const ctx = baseCtx();
    setFrom(ctx, '', 'security@acmebank.co.uk.attacker.example');
    expect(byId(ctx, 'lookalike-domain')[0]?.detail).toMatch(
      /^acmebank\.co\.uk\.attacker\.example starts with the name of another domain \(acmebank\.co\.uk\)/,
    );
  });
  it.each([
    'news@news.info.example.com', // a single-label ending (info) is a subdomain's word, not a domain
    'a@mail.shop.example.com',
    'a@eu.mail.example.co.uk', // the labels in front name no domain
    'a@example.co.uk.example.co.uk', // the same organisation written twice
  ])('does not take the labels of %s for another domain', (address) => {
    const ctx = baseCtx();
    setFrom(ctx, '', address);
    expect(ids(ctx)).not.toContain('lookalike-domain');
  });
  it('shows the Unicode form of punycode', () => {
    const ctx = baseCtx();
    setFrom(ctx, '', 'service@xn--pypal-4ve.com');
    expect(byId(ctx, 'lookalike-domain')[0]?.title).toContain('shown as pаypal.com');
  });
  it('a Reply-To look-alike is medium', () => {
    const ctx = baseCtx();
    ctx.analysis.replyTo = [{ address: 'help@paypa1.com', domain: 'paypa1.com', displayName: '' }];
    expect(byId(ctx, 'lookalike-domain')[0]?.severity).toBe('medium');
  });
  it("a Reply-To that borrows the reader's own domain name is caught too", () => {
    const ctx = baseCtx();
    ctx.analysis.replyTo = [
      { address: 'it@reader-helpdesk.example', domain: 'reader-helpdesk.example', displayName: '' },
    ];
    expect(byId(ctx, 'lookalike-domain')[0]?.title).toBe(
      'The Reply-To domain reader-helpdesk.example imitates reader.example',
    );
  });
  it.each([
    'alerts@northbank.example',
    'news@paypal.com',
    'me@apple.com',
    'x@example.org',
    'jane@reader.example',
  ])('does not flag %s', (address) => {
    const ctx = baseCtx();
    setFrom(ctx, '', address);
    expect(ids(ctx)).not.toContain('lookalike-domain');
  });
  it('scriptsOf: the ASCII shortcut gives what the Unicode script scan gives', () => {
    const latin = /\p{Script=Latin}/u;
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 30 }), (label) => {
        expect(scriptsOf(label)).toEqual(latin.test(label) ? ['Latin'] : []);
      }),
      { numRuns: 500 },
    );
    expect(scriptsOf('pаypal')).toEqual(['Latin', 'Cyrillic']); // Cyrillic а
    expect(scriptsOf('123-')).toEqual([]);
  });
  it('unicodeDomain: the shortcut for plain ASCII gives what punycode gives', () => {
    const reference = (d: string) => {
      try {
        return punycode.toUnicode(d.toLowerCase());
      } catch {
        return d.toLowerCase();
      }
    };
    const domain = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(
        'XN--pypal-4ve.com',
        'paypal\u3002com',
        'xn--zz',
        'mail.example.org',
        'a\uff0eb',
        '@@',
        'a@xn--pypal-4ve.com',
      ),
    );
    fc.assert(
      fc.property(domain, (d) => {
        expect(unicodeDomain(d)).toBe(reference(d));
      }),
      { numRuns: 2000 },
    );
  });
  it('an honest internationalised domain is only info', () => {
    const ctx = baseCtx();
    setFrom(ctx, '', 'info@xn--mnchen-3ya.example'); // münchen.example
    const fs = findings(ctx).filter((f) => f.id === 'international-domain' || f.id === 'lookalike-domain');
    expect(fs.map((f) => [f.id, f.severity])).toEqual([['international-domain', 'info']]);
  });
});

describe('reply-to-other-org / return-path-differs', () => {
  it('Reply-To at another organisation is low, medium when it is a free mailbox', () => {
    const ctx = baseCtx();
    ctx.analysis.replyTo = [
      { address: 'desk@helpdesk.example', domain: 'helpdesk.example', displayName: '' },
    ];
    setHeader(ctx, 'Reply-To', '<desk@helpdesk.example>');
    const [f] = byId(ctx, 'reply-to-other-org');
    expect(f?.severity).toBe('low');
    expect(f?.evidence).toContain('Reply-To: <desk@helpdesk.example>');
    ctx.analysis.replyTo = [{ address: 'northbank.refunds@gmail.com', domain: 'gmail.com', displayName: '' }];
    expect(byId(ctx, 'reply-to-other-org')[0]?.severity).toBe('medium');
  });
  it('Reply-To is medium when only a signature that leaves it out vouches for the From domain (a replay)', () => {
    const ctx = baseCtx();
    ctx.analysis.replyTo = [
      { address: 'help@helpdesk.example', domain: 'helpdesk.example', displayName: '' },
    ];
    // The baseline's signature has h=from:to:subject:date, but SPF passes aligned: the domain's own server.
    expect(byId(ctx, 'reply-to-other-org')[0]?.severity).toBe('low');
    ctx.analysis.spf.result = 'fail';
    ctx.analysis.spf.aligned = false;
    const [f] = byId(ctx, 'reply-to-other-org');
    expect(f?.severity).toBe('medium');
    expect(f?.detail).toMatch(/No signature of northbank\.example covers the Reply-To field/);
    // A vouching signature that signs Reply-To: back to low.
    const sig = ctx.analysis.dkim[0];
    if (sig?.line) sig.line = sig.line.replace('h=from:to:subject:date', 'h=From:Reply-To:Subject');
    expect(byId(ctx, 'reply-to-other-org')[0]?.severity).toBe('low');
  });
  it('a brand’s service writing for a person (“Jane Doe via Docusign”) replying to that person is low', () => {
    const ctx = baseCtx();
    setFrom(ctx, 'Jane Doe via Docusign', 'dse_NA3@docusign.net');
    ctx.analysis.replyTo = [
      { address: 'jane.doe@northwind.example', domain: 'northwind.example', displayName: 'Jane Doe' },
    ];
    const [f] = byId(ctx, 'reply-to-other-org');
    expect(f?.severity).toBe('low');
    expect(f?.detail).toContain('The service writes on behalf of Jane Doe, and replies go to that person.');
    setFrom(ctx, 'Alice Martin (Google Docs)', 'comments-noreply@docs.google.com');
    ctx.analysis.replyTo = [
      { address: 'alice@quarkfield.example', domain: 'quarkfield.example', displayName: '"Alice  Martin"' },
    ];
    expect(byId(ctx, 'reply-to-other-org')[0]?.severity).toBe('low');
  });
  it("stays medium when the reply goes to someone else, to another's free mailbox, or the service does not authenticate", () => {
    const ctx = baseCtx();
    setFrom(ctx, 'Jane Doe via Docusign', 'dse_NA3@docusign.net');
    ctx.analysis.replyTo = [
      { address: 'billing@northwind.example', domain: 'northwind.example', displayName: 'Accounts' },
    ];
    expect(byId(ctx, 'reply-to-other-org')[0]?.severity).toBe('medium');
    ctx.analysis.replyTo = [
      { address: 'accounts.desk@gmail.com', domain: 'gmail.com', displayName: 'Accounts' },
    ];
    expect(byId(ctx, 'reply-to-other-org')[0]?.severity).toBe('medium');
    // The person the service writes for, at her own free mailbox: a low note (real-mail round 78).
    ctx.analysis.replyTo = [{ address: 'jane.doe@gmail.com', domain: 'gmail.com', displayName: 'Jane Doe' }];
    expect(byId(ctx, 'reply-to-other-org')[0]?.severity).toBe('low');
    ctx.analysis.replyTo = [
      { address: 'jane.doe@northwind.example', domain: 'northwind.example', displayName: 'Jane Doe' },
    ];
    ctx.analysis.dmarc.result = 'fail';
    expect(byId(ctx, 'reply-to-other-org')[0]?.severity).toBe('medium');
  });
  it('Reply-To in the same organisation is fine', () => {
    const ctx = baseCtx();
    ctx.analysis.replyTo = [
      { address: 'help@support.northbank.example', domain: 'support.northbank.example', displayName: '' },
    ];
    expect(ids(ctx)).not.toContain('reply-to-other-org');
  });
  it('Return-Path at a mailing service is info', () => {
    const ctx = baseCtx();
    ctx.analysis.returnPath = 'bounce-123@bounces.mailer.example';
    const [f] = byId(ctx, 'return-path-differs');
    expect(f?.severity).toBe('info');
    expect(f?.title).toBe('Bounces go to bounces.mailer.example, not to northbank.example');
  });
  it('the null sender <> is not flagged', () => {
    const ctx = baseCtx();
    ctx.analysis.returnPath = '';
    expect(ids(ctx)).not.toContain('return-path-differs');
  });
});

describe('reply-to-other-org with several addresses', () => {
  it('gives one finding per organisation, naming each address', () => {
    const ctx = baseCtx();
    ctx.analysis.replyTo = [
      { address: 'billing@helpdesk.example', domain: 'helpdesk.example', displayName: '' },
      { address: 'accounts@helpdesk.example', domain: 'helpdesk.example', displayName: '' },
    ];
    const fs = byId(ctx, 'reply-to-other-org');
    expect(fs).toHaveLength(1);
    expect(fs[0]?.detail).toContain('billing@helpdesk.example and accounts@helpdesk.example');
  });
});
