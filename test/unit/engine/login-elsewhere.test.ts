// A login on a box the reader named under another name than the From's (lib/engine/login-elsewhere.ts):
// a firm's box holding its second domain, which that domain's own MX names
// (rw41-postfix-two-firm-domains-notary-own-login), and a shared host's record of a login of another
// organisation (rw41-cpanel-shared-host-one-customer-two-domains-quarantine). Each way a co-tenant
// of the box would borrow it is tried beside the genuine shape.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns';
import { corpusKeys, signCorpus } from '../../helpers/corpus';

const FIRM = 'harbor-legal.example';
const NOTARY = 'harbor-notary.example';
const BOX = `mail.${FIRM}`;

const zone = (notaryMx = BOX, policy = 'quarantine') =>
  ZoneResolver.fromJson({
    [FIRM]: { TXT: ['v=spf1 mx -all'], MX: [{ priority: 10, exchange: BOX }] },
    [NOTARY]: { TXT: ['v=spf1 mx -all'], MX: [{ priority: 10, exchange: notaryMx }] },
    [BOX]: { A: ['192.0.2.171'] },
    [`_dmarc.${FIRM}`]: { TXT: ['v=DMARC1; p=quarantine'] },
    [`_dmarc.${NOTARY}`]: { TXT: [`v=DMARC1; p=${policy}`] },
  } as never);

const login = (user: string | null, helo = '[192.168.1.34]', box = BOX) =>
  `Received: from ${helo} (unknown [198.51.100.41])${user ? ` (Authenticated sender: ${user})` : ''} by ${box} (Postfix) with ESMTPSA id 4Zr41L0c03 for <robin@${FIRM}>; Fri, 20 Nov 2026 10:00:05 +0000`;

function message(received: string[], from = `Mira Okafor <mira@${NOTARY}>`, extra: string[] = []): string {
  return [
    `Return-Path: <mira@${NOTARY}>`,
    `Received: from ${BOX} by ${BOX} with LMTP id kP2x; Fri, 20 Nov 2026 10:00:06 +0000`,
    ...received,
    ...extra,
    `From: ${from}`,
    `To: Robin Reader <robin@${FIRM}>`,
    'Subject: Deed ready for signing',
    'Date: Fri, 20 Nov 2026 09:59:58 +0000',
    `Message-ID: <deed.41@${NOTARY}>`,
    '',
    'The deed is ready for signing on Thursday.',
    '',
  ].join('\r\n');
}

const NAMED = { trustedAuthservIds: [BOX] };

describe('a login on the firm’s box for its second domain, which that domain’s MX names', () => {
  it('the colleague’s own login, named by the box: mail from inside (unverified), the MX asked and logged', async () => {
    const a = await analyzeMessage(message([login(`mira@${NOTARY}`)]), { resolver: zone(), ...NAMED });
    expect(a.origin).toMatchObject({ loginSubmission: true, insideReceiver: true });
    expect(a.origin.loginOutsider).toBeUndefined();
    expect(a.verdict).toBe('unverified');
    expect(a.dns.some((q) => q.name === NOTARY && q.type === 'MX')).toBe(true);
  });

  it('a login of another organisation on that box: suspicious, the login named', async () => {
    const a = await analyzeMessage(message([login('orders@shop-customer.example')]), {
      resolver: zone(),
      ...NAMED,
    });
    expect(a.origin.loginOutsider).toBe('orders@shop-customer.example');
    expect(a.verdict).toBe('suspicious');
    expect(a.findings.map((f) => f.id)).toContain('login-outside-organisation');
  });

  it.each([
    ['the box names no login', login(null)],
    [
      'a colleague’s name in the HELO, the box naming none',
      login(null, `x (Authenticated sender: mira@${NOTARY})`),
    ],
  ])('%s proves no colleague, nor a stranger: the login row, unrecorded (suspicious)', async (_, line) => {
    const a = await analyzeMessage(message([line]), { resolver: zone(), ...NAMED });
    expect(a.origin).toMatchObject({ loginSubmission: true, loginUnrecorded: true });
    expect(a.origin.loginOutsider).toBeUndefined();
    expect(a.verdict).toBe('suspicious');
    const f = a.findings.find((x) => x.id === 'login-outside-organisation');
    expect(f?.severity).toBe('medium');
    expect(f?.title).toBe('Sent by a login your mail server did not record by name');
    // Only the box's line is the evidence: a colleague's name in the HELO is not repeated as one.
    expect(f?.evidence).toEqual([line]);
    expect(a.summary).toContain('by a login the server did not record by name');
    expect(a.summary).toContain(NOTARY);
  });

  it('a login the box records no user for, signed by the From’s own key after it: authenticated, no login note', async () => {
    // Mail-in-a-Box signs its domains' mail after the login (rw50-mailinabox-cohosted-domain-login-hidden).
    const { rsaTxt } = corpusKeys();
    const [lmtp, ...rest] = message([login(null)]).split('\r\n');
    const signed = await signCorpus(rest.join('\r\n'), { domain: NOTARY, selector: 'mail' });
    const resolver = ZoneResolver.fromJson({
      [NOTARY]: { TXT: ['v=spf1 mx -all'], MX: [{ priority: 10, exchange: BOX }] },
      [BOX]: { A: ['192.0.2.171'] },
      [`_dmarc.${NOTARY}`]: { TXT: ['v=DMARC1; p=quarantine'] },
      [`mail._domainkey.${NOTARY}`]: { TXT: [rsaTxt] },
    } as never);
    const a = await analyzeMessage(`${lmtp}\r\n${signed}`, { resolver, ...NAMED });
    expect(a.origin.loginUnrecorded).toBe(true);
    expect(a.findings.map((f) => f.id)).not.toContain('login-outside-organisation');
    expect(a.verdict).toBe('authenticated');
  });

  it('a login the box records no user for, at p=none: judged as usual (unverified)', async () => {
    const a = await analyzeMessage(message([login(null)]), { resolver: zone(BOX, 'none'), ...NAMED });
    expect(a.origin.loginSubmission).toBeUndefined();
    expect(a.verdict).toBe('unverified');
  });

  it('no login at all (the client sent without logging in): judged as usual (spoofed)', async () => {
    const plain = login(null).replace('with ESMTPSA', 'with ESMTPS');
    const a = await analyzeMessage(message([plain]), { resolver: zone(), ...NAMED });
    expect(a.origin.loginSubmission).toBeUndefined();
    expect(a.verdict).toBe('spoofed');
  });

  // rw43-family-domain-isp-box-bare-name-login (grandma on the family's ISP box) and
  // probe45-login-mxbox-cotenant-bare-user-writes-as-bank (the bank hoster's co-tenant) print the
  // same line: a bare name names no organisation, so neither a colleague's login nor spoofed by SPF
  // at the client's home address.
  it.each([
    ['a bare user name', login('shopadm'), []],
    [
      'a colleague’s name in the HELO beside a bare login',
      login('shopadm', `x (unknown [198.51.100.41]) (Authenticated sender: mira@${NOTARY})`),
      [],
    ],
    [
      'a colleague’s name in a header the sender wrote beside a bare login (probe35)',
      login('shopadm'),
      [`X-Authenticated-Sender: ${BOX}: mira@${NOTARY}`],
    ],
  ])('%s the box records, p=quarantine: suspicious, naming the bare login', async (_, line, extra) => {
    const a = await analyzeMessage(message([line], undefined, extra), { resolver: zone(), ...NAMED });
    expect(a.origin).toMatchObject({ loginSubmission: true, loginOutsider: 'shopadm' });
    expect(a.verdict).toBe('suspicious');
    const f = a.findings.find((x) => x.id === 'login-outside-organisation');
    expect(f?.title).toBe('Sent by a login that names no organisation (“shopadm”)');
    expect(f?.detail).toContain(`Your mail server ${BOX}, the one ${NOTARY}’s MX names`);
    expect(a.summary).toContain('by the login “shopadm”, which names no organisation');
  });

  it('a login at a sub-domain of the From’s organisation: not a colleague’s by name, suspicious, naming it (probe49)', async () => {
    const a = await analyzeMessage(message([login(`billing@pay.${NOTARY}`)]), { resolver: zone(), ...NAMED });
    expect(a.origin).toMatchObject({ loginSubmission: true, loginOutsider: `billing@pay.${NOTARY}` });
    expect(a.verdict).toBe('suspicious');
    const f = a.findings.find((x) => x.id === 'login-outside-organisation');
    expect(f?.title).toBe(
      `Sent by a login at a sub-domain (“billing@pay.${NOTARY}”), not at the sender’s own domain`,
    );
    expect(a.summary).toContain(`at the sub-domain pay.${NOTARY}`);
  });

  it('a bare login at p=none: judged as usual (the failure is not enforced: unverified)', async () => {
    const a = await analyzeMessage(message([login('shopadm')]), { resolver: zone(BOX, 'none'), ...NAMED });
    expect(a.origin.loginSubmission).toBeUndefined();
    expect(a.verdict).toBe('unverified');
  });

  it('a bare login beside a login of another organisation the box names: that login is named', async () => {
    const a = await analyzeMessage(
      message([login('shopadm')], undefined, [
        `X-Authenticated-Sender: ${BOX}: orders@shop-customer.example`,
      ]),
      { resolver: zone(), ...NAMED },
    );
    expect(a.origin.loginOutsider).toBe('orders@shop-customer.example');
    expect(a.verdict).toBe('suspicious');
  });

  it('where the From’s MX names another server, the box is a shared host: a colleague’s name lends nothing', async () => {
    const a = await analyzeMessage(message([login(`mira@${NOTARY}`)]), {
      resolver: zone(`mx.${NOTARY}`),
      ...NAMED,
    });
    expect(a.origin.loginSubmission).toBeUndefined();
    expect(a.verdict).toBe('spoofed');
  });

  it('where the reader named no receiver, or another one, or offline: judged as usual', async () => {
    const line = login(`mira@${NOTARY}`);
    for (const opts of [{}, { trustedAuthservIds: ['mx.reader.example'] }]) {
      const a = await analyzeMessage(message([line]), { resolver: zone(), ...opts });
      expect(a.origin.loginSubmission).toBeUndefined();
      expect(a.verdict).toBe('spoofed');
    }
    const offline = await analyzeMessage(message([line]), NAMED);
    expect(offline.origin.loginSubmission).toBeUndefined();
  });
});

describe('a login on a shared host the reader named (rw41)', () => {
  const HOST = 's42.webhost-eu.example';
  const SHOP = 'copperkettle-bakery.example';
  const hostZone = (policy: string) =>
    ZoneResolver.fromJson({
      [HOST]: { A: ['192.0.2.172'] },
      [SHOP]: { TXT: ['v=spf1 +a +mx ~all'], A: ['192.0.2.172'], MX: [{ priority: 0, exchange: SHOP }] },
      [`_dmarc.${SHOP}`]: { TXT: [`v=DMARC1; p=${policy}`] },
    } as never);
  const exim = `Received: from [198.51.100.42] (port=50311 helo=[192.168.1.20]) by ${HOST} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.97.1) (envelope-from <hello@${SHOP}>) id 1tQx41-0009zY-1a for sam@${SHOP}; Fri, 20 Nov 2026 10:00:03 +0000`;
  const cpanel = (user: string) => [
    `X-Get-Message-Sender-Via: ${HOST}: authenticated_id: ${user}`,
    `X-Authenticated-Sender: ${HOST}: ${user}`,
  ];
  const shopMessage = (extra: string[]) =>
    [
      `Return-Path: <hello@${SHOP}>`,
      exim,
      ...extra,
      `From: Copper Kettle Bakery <hello@${SHOP}>`,
      `To: Sam Baker <sam@${SHOP}>`,
      'Subject: Saturday order list',
      'Date: Fri, 20 Nov 2026 09:59:58 +0000',
      `Message-ID: <b41@${SHOP}>`,
      '',
      'The Saturday order list is attached.',
      '',
    ].join('\r\n');
  const opts = (policy: string) => ({
    resolver: hostZone(policy),
    trustedAuthservIds: [HOST],
    recipientDomains: [SHOP],
  });

  it.each(['quarantine', 'reject'])(
    'the box names a login of another organisation, p=%s: suspicious, naming it, not spoofed',
    async (policy) => {
      const a = await analyzeMessage(shopMessage(cpanel('orders@copperkettle-orders.example')), opts(policy));
      expect(a.origin.loginOutsider).toBe('orders@copperkettle-orders.example');
      expect(a.verdict).toBe('suspicious');
      expect(a.findings.map((f) => f.id)).toContain('login-outside-organisation');
    },
  );

  it('at p=none the failure is not enforced: unchanged (unverified, no login read)', async () => {
    const a = await analyzeMessage(shopMessage(cpanel('orders@copperkettle-orders.example')), opts('none'));
    expect(a.origin.loginSubmission).toBeUndefined();
    expect(a.verdict).toBe('unverified');
  });

  // The shop's MX is the domain itself, of the box's address: the MX path by address is taken, but
  // cPanel's headers alone (the sender can write them; a plain Exim box adds none) name no
  // colleague, and Exim's line names no user: a colleague (rw43-cpanel-colleague-to-colleague-same-
  // box-own-login) and a co-tenant print the same, the login row, unrecorded.
  it('a colleague’s login, or none named, never makes a shared host’s login a colleague’s: suspicious, unrecorded', async () => {
    for (const extra of [cpanel(`office@${SHOP}`), []]) {
      const a = await analyzeMessage(shopMessage(extra), opts('quarantine'));
      expect(a.origin).toMatchObject({ loginSubmission: true, loginUnrecorded: true });
      expect(a.origin.loginOutsider).toBeUndefined();
      expect(a.verdict).toBe('suspicious');
      // cPanel's headers naming the colleague are not shown as the box's record.
      expect(a.findings.find((f) => f.id === 'login-outside-organisation')?.evidence).toEqual([exim]);
    }
  });

  it('another box’s record names nobody on this one: suspicious, unrecorded', async () => {
    const other = cpanel('orders@copperkettle-orders.example').map((h) =>
      h.replace(HOST, 'mail.other.example'),
    );
    const a = await analyzeMessage(shopMessage(other), opts('quarantine'));
    expect(a.origin.loginUnrecorded).toBe(true);
    expect(a.verdict).toBe('suspicious');
  });
});

// rw43-plesk-provider-named-box-mx-alias-colleague-login: Plesk makes the domain's MX mail.<domain>,
// a name of the box's address, while the box prints the provider's name for the server.
describe('the From’s MX names the box by another name of its address (Plesk, cPanel)', () => {
  const aliasZone = (mx: Array<[number, string]>, addresses: Record<string, string>, policy = 'quarantine') =>
    ZoneResolver.fromJson({
      [NOTARY]: {
        TXT: ['v=spf1 mx -all'],
        MX: mx.map(([priority, exchange]) => ({ priority, exchange })),
      },
      ...Object.fromEntries(Object.entries(addresses).map(([name, ip]) => [name, { A: [ip] }])),
      [`_dmarc.${NOTARY}`]: { TXT: [`v=DMARC1; p=${policy}`] },
    } as never);
  const ALIAS = `mail.${NOTARY}`;

  it('a colleague’s own login: mail from inside (unverified), the addresses asked and logged', async () => {
    const a = await analyzeMessage(message([login(`mira@${NOTARY}`)]), {
      resolver: aliasZone([[10, ALIAS]], { [BOX]: '192.0.2.171', [ALIAS]: '192.0.2.171' }),
      ...NAMED,
    });
    expect(a.origin).toMatchObject({ loginSubmission: true, insideReceiver: true });
    expect(a.origin.loginOutsider).toBeUndefined();
    expect(a.verdict).toBe('unverified');
    expect(a.dns.some((q) => q.name === BOX && q.type === 'A')).toBe(true);
  });

  it('a bare login there: suspicious, naming it, as on a box the MX names by name', async () => {
    const a = await analyzeMessage(message([login('shopadm')]), {
      resolver: aliasZone([[10, ALIAS]], { [BOX]: '192.0.2.171', [ALIAS]: '192.0.2.171' }),
      ...NAMED,
    });
    expect(a.origin.loginOutsider).toBe('shopadm');
    expect(a.verdict).toBe('suspicious');
  });

  it.each([
    ['an MX host of another address', [[10, ALIAS]], { [BOX]: '192.0.2.171', [ALIAS]: '192.0.2.99' }],
    ['an inner address both names share', [[10, ALIAS]], { [BOX]: '10.0.0.5', [ALIAS]: '10.0.0.5' }],
    [
      'the box’s address only behind the third MX host',
      [
        [10, `mx1.${NOTARY}`],
        [20, `mx2.${NOTARY}`],
        [30, ALIAS],
      ],
      {
        [BOX]: '192.0.2.171',
        [`mx1.${NOTARY}`]: '192.0.2.98',
        [`mx2.${NOTARY}`]: '192.0.2.99',
        [ALIAS]: '192.0.2.171',
      },
    ],
  ] as Array<[string, Array<[number, string]>, Record<string, string>]>)(
    '%s: not the domain’s box, a colleague’s name lends nothing (spoofed)',
    async (_, mx, addresses) => {
      const a = await analyzeMessage(message([login(`mira@${NOTARY}`)]), {
        resolver: aliasZone(mx, addresses),
        ...NAMED,
      });
      expect(a.origin.loginSubmission).toBeUndefined();
      expect(a.verdict).toBe('spoofed');
    },
  );

  it('a login of another organisation keeps the shared-host reading: at p=none unverified, no login read', async () => {
    const a = await analyzeMessage(message([login('orders@shop-customer.example')]), {
      resolver: aliasZone([[10, ALIAS]], { [BOX]: '192.0.2.171', [ALIAS]: '192.0.2.171' }, 'none'),
      ...NAMED,
    });
    expect(a.origin.loginSubmission).toBeUndefined();
    expect(a.verdict).toBe('unverified');
  });

  it('a login the box records no user for there: suspicious, unrecorded, as on a box the MX names by name', async () => {
    const a = await analyzeMessage(message([login(null)]), {
      resolver: aliasZone([[10, ALIAS]], { [BOX]: '192.0.2.171', [ALIAS]: '192.0.2.171' }),
      ...NAMED,
    });
    expect(a.origin.loginUnrecorded).toBe(true);
    expect(a.verdict).toBe('suspicious');
  });

  it('no login line: the addresses are not asked', async () => {
    const a = await analyzeMessage(message([login(null).replace('with ESMTPSA', 'with ESMTPS')]), {
      resolver: aliasZone([[10, ALIAS]], { [BOX]: '192.0.2.171', [ALIAS]: '192.0.2.171' }),
      ...NAMED,
    });
    expect(a.verdict).toBe('spoofed');
    // (SPF's `mx` asks the MX host's A; only this rule asks the box's name.)
    expect(a.dns.some((q) => q.name === BOX)).toBe(false);
  });
});
