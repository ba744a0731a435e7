// A colleague's login submission to the reader's own box (rw19-mdaemon24-colleague-esmtpsa-ipv6-
// home-local-delivery): the receiver's first network receipt records an authenticated client on a
// box named under the From's own domain. SPF and DMARC judge mail between organisations; there it
// reads "unverified", never "spoofed". Each way an outsider could borrow the rule is tried too.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns';

const zone = ZoneResolver.fromJson({
  'firm.example': { TXT: ['v=spf1 ip4:192.0.2.25 -all'] },
  '_dmarc.firm.example': { TXT: ['v=DMARC1; p=reject'] },
  'gmail.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 -all'] },
  '_dmarc.gmail.com': { TXT: ['v=DMARC1; p=none'] },
} as never);

function message(
  received: string[],
  from = 'Kari Berg <kari@firm.example>',
  to = 'robin@firm.example',
): string {
  return [
    'Return-Path: <kari@firm.example>',
    ...received,
    `From: ${from}`,
    `To: ${to}`,
    'Subject: Draft accounts',
    'Date: Fri, 20 Nov 2026 09:28:02 +0000',
    'Message-ID: <draft.1@firm.example>',
    '',
    'Draft attached tomorrow.',
    '',
  ].join('\r\n');
}

const LOGIN =
  'Received: from [198.51.100.23] (cpe.home.example [198.51.100.23]) by mail.firm.example (Postfix) with ESMTPSA id 4Q1; Fri, 20 Nov 2026 09:28:03 +0000';
const LMTP =
  'Received: from mail.firm.example by mail.firm.example with LMTP id 8Kk; Fri, 20 Nov 2026 09:28:04 +0000';
const AMAVIS =
  'Received: from localhost (localhost [127.0.0.1]) by mail.firm.example (Postfix) with ESMTP id 4Q2; Fri, 20 Nov 2026 09:28:04 +0000';

describe('a login submission to the reader’s own box', () => {
  it.each([
    ['delivered on the spot', [LOGIN]],
    ['through LMTP', [LMTP, LOGIN]],
    ['through a content filter’s loopback re-injection and LMTP', [LMTP, AMAVIS, LOGIN]],
  ])('is mail from inside, %s: no SPF on the client, DMARC not applied', async (_, lines) => {
    const a = await analyzeMessage(message(lines), { resolver: zone });
    expect(a.origin).toMatchObject({ ip: '198.51.100.23', insideReceiver: true, loginSubmission: true });
    expect(a.spf.result).toBe('none');
    expect(a.dmarc.result).toBe('none');
    expect(a.verdict).toBe('unverified');
    expect(a.summary).toMatch(/logged in to your mail system/);
  });

  it('a webmail’s HTTP record under its own login to the box: the login is the entry’s hand-over', async () => {
    const webmail =
      'Received: from webmail.firm.example (unknown [172.17.0.1]) (Authenticated sender: kari@firm.example) by mail.firm.example (Postfix) with ESMTPSA id 4Q1; Fri, 20 Nov 2026 09:28:03 +0000';
    const http =
      'Received: from [198.51.100.23] (cpe.home.example [198.51.100.23]) by webmail.firm.example with HTTP (HTTP/1.1 POST); Fri, 20 Nov 2026 09:28:02 +0000';
    const a = await analyzeMessage(message([webmail, http]), { resolver: zone });
    expect(a.origin).toMatchObject({ loginSubmission: true });
    expect(a.verdict).toBe('unverified');
    // Without the login on the box's own line, the HTTP line is the sender's text: judged as usual.
    const b = await analyzeMessage(message([webmail.replace('ESMTPSA', 'ESMTPS'), http]), { resolver: zone });
    expect(b.origin.loginSubmission).toBeUndefined();
    expect(b.verdict).toBe('spoofed');
  });

  it('the box’s own LMTP delivery from an inner address (Mailcow’s container, Zimbra) is a local hand-off', async () => {
    const zimbra =
      'Received: from mail.firm.example (LHLO mail.firm.example) (10.20.0.5) by mail.firm.example with LMTP; Fri, 20 Nov 2026 09:28:05 +0000';
    expect((await analyzeMessage(message([zimbra, LOGIN]), { resolver: zone })).origin.loginSubmission).toBe(
      true,
    );
    // LMTP from an inner host greeting as another name is not the box's own delivery.
    const other = zimbra
      .replace('(LHLO mail.firm.example)', '(LHLO gw.firm.example)')
      .replace('from mail.firm.example', 'from gw.firm.example');
    expect(
      (await analyzeMessage(message([other, LOGIN]), { resolver: zone })).origin.loginSubmission,
    ).toBeUndefined();
  });

  it('a submission host apart from the MX, handing on from its public address, keeps the login', async () => {
    const login = LOGIN.replace('by mail.firm.example', 'by smtp.firm.example');
    const handOn =
      'Received: from smtp.firm.example (smtp.firm.example [192.0.2.26]) by mail.firm.example (Postfix) with ESMTPS id 4Q2; Fri, 20 Nov 2026 09:28:04 +0000';
    // The walk passes the hand-on as the receiver's own (a host of the named receiver whose name
    // leads back to its address).
    const confirmed = ZoneResolver.fromJson({
      'firm.example': { TXT: ['v=spf1 ip4:192.0.2.25 ip4:192.0.2.26 -all'] },
      '_dmarc.firm.example': { TXT: ['v=DMARC1; p=reject'] },
      '26.2.0.192.in-addr.arpa': { PTR: ['smtp.firm.example.'] },
      'smtp.firm.example': { A: ['192.0.2.26'] },
    } as never);
    const opts = { resolver: confirmed, trustedAuthservIds: ['mail.firm.example'] };
    const a = await analyzeMessage(message([handOn, login]), opts);
    expect(a.origin).toMatchObject({ ip: '198.51.100.23', loginSubmission: true });
    expect(a.verdict).toBe('unverified');
    // From an inner address (behind a NAT anyone may greet so) the login below is not taken.
    const natted = handOn.replace('[192.0.2.26]', '[10.0.0.26]');
    const b = await analyzeMessage(message([natted, login]), opts);
    expect(b.origin.loginSubmission).toBeUndefined();
  });

  it('the same line without a login (with ESMTPS) is an outsider’s hand-over: spoofed', async () => {
    const a = await analyzeMessage(message([LOGIN.replace('ESMTPSA', 'ESMTPS')]), { resolver: zone });
    expect(a.origin.loginSubmission).toBeUndefined();
    expect(a.spf.result).toBe('fail');
    expect(a.verdict).toBe('spoofed');
  });

  it('a login line the sender wrote under the receiver’s real entry is not the entry', async () => {
    const entry =
      'Received: from mail.evil.example (mail.evil.example [203.0.113.9]) by mx.firm.example (Postfix) with ESMTPS id 4Q0; Fri, 20 Nov 2026 09:28:05 +0000';
    const a = await analyzeMessage(message([entry, LOGIN]), { resolver: zone });
    expect(a.origin.ip).toBe('203.0.113.9');
    expect(a.origin.loginSubmission).toBeUndefined();
    expect(a.verdict).toBe('spoofed');
  });

  it('behind a NAT: a line the sender wrote under the receiver’s NAT-recorded line lends nothing', async () => {
    const natted =
      'Received: from mail.firm.example (unknown [10.0.0.1]) by mail.firm.example (Postfix) with ESMTP id 4Q0; Fri, 20 Nov 2026 09:28:05 +0000';
    const a = await analyzeMessage(message([natted, LOGIN]), { resolver: zone });
    expect(a.origin.loginSubmission).toBeUndefined();
    expect(a.verdict).not.toBe('authenticated');
    expect(a.dmarc.result).not.toBe('none');
  });

  it('a shared host’s login (the box is the hoster’s) lends nothing, even with --recipient-domain', async () => {
    const shared = LOGIN.replace('mail.firm.example', 'server42.hosting.example');
    for (const recipientDomains of [[], ['firm.example']]) {
      const a = await analyzeMessage(message([shared]), { resolver: zone, recipientDomains });
      expect(a.origin.loginSubmission).toBeUndefined();
      expect(a.verdict).toBe('spoofed');
    }
  });

  it('a free-mail provider’s submission hop is no colleague’s', async () => {
    const gmail = LOGIN.replace('mail.firm.example (Postfix)', 'smtp.gmail.com');
    const a = await analyzeMessage(message([gmail], 'Kari <kari.berg@gmail.com>', 'robin@gmail.com'), {
      resolver: zone,
    });
    expect(a.origin.loginSubmission).toBeUndefined();
    expect(a.spf.result).toBe('fail');
  });

  it('a From of another organisation submitted with a login on the reader’s box is judged as usual', async () => {
    const bankZone = ZoneResolver.fromJson({
      'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.80 -all'] },
      '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
    } as never);
    const a = await analyzeMessage(message([LOGIN], 'Northbank <alerts@northbank.example>'), {
      resolver: bankZone,
    });
    expect(a.origin.loginSubmission).toBeUndefined();
    expect(a.verdict).toBe('spoofed');
  });

  it('a login the receiver names for a user of another domain is no colleague’s (red-team 28)', async () => {
    const customer = LOGIN.replace(
      '(cpe.home.example [198.51.100.23])',
      '(cpe.home.example [198.51.100.23]) (Authenticated sender: orders@shop-customer.example)',
    );
    // Read as a login, not at the client's home address, with the stranger's login named: suspicious.
    const a = await analyzeMessage(message([customer], 'CEO <ceo@firm.example>'), { resolver: zone });
    expect(a.origin).toMatchObject({ loginSubmission: true, loginOutsider: 'orders@shop-customer.example' });
    expect(a.verdict).toBe('suspicious');
    expect(a.findings.map((f) => f.id)).toContain('login-outside-organisation');
    const colleague = LOGIN.replace(
      '(cpe.home.example [198.51.100.23])',
      '(cpe.home.example [198.51.100.23]) (Authenticated sender: kari@firm.example)',
    );
    expect((await analyzeMessage(message([colleague]), { resolver: zone })).origin.loginSubmission).toBe(
      true,
    );
  });

  it('cPanel’s Exim names the login in its own headers under the box’s name (red-team 32)', async () => {
    const exim =
      'Received: from [198.51.100.23] (port=51522 helo=[192.168.1.20]) by mail.firm.example with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.98) (envelope-from <kari@firm.example>) id 1tE4aB-0001Xy-0P; Fri, 20 Nov 2026 09:28:03 +0000';
    const cpanel = (box: string, user: string) => [
      exim,
      `X-Get-Message-Sender-Via: ${box}: authenticated_id: ${user}`,
      `X-Authenticated-Sender: ${box}: ${user}`,
    ];
    const ceo = 'CEO <ceo@firm.example>';
    const customer = await analyzeMessage(
      message(cpanel('mail.firm.example', 'orders@shop-customer.example'), ceo),
      {
        resolver: zone,
      },
    );
    expect(customer.origin.loginOutsider).toBe('orders@shop-customer.example');
    expect(customer.verdict).toBe('suspicious');
    const colleague = await analyzeMessage(message(cpanel('mail.firm.example', 'kari@firm.example')), {
      resolver: zone,
    });
    expect(colleague.origin.loginSubmission).toBe(true);
    expect(colleague.origin.loginOutsider).toBeUndefined();
    // Another box's record says nothing about this login.
    const elsewhere = await analyzeMessage(
      message(cpanel('mail.other.example', 'orders@shop-customer.example')),
      {
        resolver: zone,
      },
    );
    expect(elsewhere.origin.loginSubmission).toBe(true);
  });

  it('a relay that logs in to the box (a line below the login) carries anyone’s mail', async () => {
    const relayed =
      'Received: from mail.attacker.example (mail.attacker.example [203.0.113.66]) by fwd-3.forwardmail.example (Postfix) with ESMTPS id 7Rk0; Fri, 20 Nov 2026 09:28:01 +0000';
    const a = await analyzeMessage(message([LOGIN, relayed], 'CEO <ceo@firm.example>'), { resolver: zone });
    expect(a.origin.loginSubmission).toBeUndefined();
    expect(a.verdict).toBe('spoofed');
  });

  it('where the reader named the receiver, the login must be on one of its hosts', async () => {
    const bankZone = ZoneResolver.fromJson({
      'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.80 -all'] },
      '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
    } as never);
    const bankLine = LOGIN.replace('mail.firm.example', 'smtp.northbank.example');
    const raw = message([bankLine], 'Northbank <alerts@northbank.example>');
    const named = await analyzeMessage(raw, {
      resolver: bankZone,
      trustedAuthservIds: ['mx.reader.example'],
    });
    expect(named.origin.loginSubmission).toBeUndefined();
    expect(named.verdict).toBe('spoofed');
    // The reader's own box, named so, still takes its colleagues' logins.
    const own = await analyzeMessage(message([LOGIN]), {
      resolver: zone,
      trustedAuthservIds: ['mail.firm.example'],
    });
    expect(own.origin.loginSubmission).toBe(true);
  });

  it('an attached original’s login line is the attacher’s text', async () => {
    const a = await analyzeMessage(message([LOGIN]), {
      resolver: zone,
      attached: true,
      attachedBy: { insider: true, from: 'robin@firm.example', verdict: 'authenticated' },
    } as never);
    expect(a.origin.loginSubmission).toBeUndefined();
  });
});

// Exchange Server on premises writes no RFC 3848 word (rw31-login-exchange-onprem-frontend-transport):
// the login is in the organisation headers it stamps itself.
describe('a login to Exchange Server on premises', () => {
  const frontend =
    'Received: from [192.168.1.20] (198.51.100.23) by EXCH01.corp.firm.example (10.20.0.11) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4 via Frontend Transport; Fri, 20 Nov 2026 09:28:03 +0000';
  const ownHandOff =
    'Received: from EXCH01.corp.firm.example (10.20.0.11) by EXCH01.corp.firm.example (10.20.0.11) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4; Fri, 20 Nov 2026 09:28:04 +0000';
  const stamped = (authAs: string, source = 'EXCH01.corp.firm.example') => [
    ownHandOff,
    frontend,
    `X-MS-Exchange-Organization-AuthAs: ${authAs}`,
    'X-MS-Exchange-Organization-AuthMechanism: 06',
    `X-MS-Exchange-Organization-AuthSource: ${source}`,
  ];
  const opts = { resolver: zone, trustedAuthservIds: ['EXCH01.corp.firm.example'] };

  it('AuthAs Internal from the box that took it: a colleague’s login', async () => {
    const a = await analyzeMessage(message(stamped('Internal')), opts);
    expect(a.origin.loginSubmission).toBe(true);
    expect(a.verdict).toBe('unverified');
  });

  it('Anonymous, another box’s record, or two stamps: judged as usual', async () => {
    for (const lines of [
      stamped('Anonymous'),
      stamped('Internal', 'EXCH09.corp.other.example'),
      [...stamped('Internal'), 'X-MS-Exchange-Organization-AuthAs: Anonymous'],
    ]) {
      const a = await analyzeMessage(message(lines, 'CEO <ceo@firm.example>'), opts);
      expect(a.origin.loginSubmission).toBeUndefined();
      expect(a.verdict).toBe('spoofed');
    }
  });
});

describe('Exchange logins, red-team 39 and real-mail 38', () => {
  const opts = { resolver: zone, trustedAuthservIds: ['mail.firm.example'] };
  const stamps = [
    'X-MS-Exchange-Organization-AuthAs: Internal',
    'X-MS-Exchange-Organization-AuthMechanism: 06',
    'X-MS-Exchange-Organization-AuthSource: mail.firm.example',
  ];

  it('Exchange’s words in a HELO a Postfix box printed are no Exchange login', async () => {
    const postfix =
      'Received: from EXCH01 with Microsoft SMTP Server via Frontend Transport (mail.attacker.example [198.51.100.66]) by mail.firm.example (Postfix) with ESMTPS id 4Q9; Fri, 20 Nov 2026 09:28:03 +0000';
    const a = await analyzeMessage(message([postfix, ...stamps], 'CEO <ceo@firm.example>'), opts);
    expect(a.origin.loginSubmission).toBeUndefined();
    expect(a.verdict).toBe('spoofed');
  });

  it('the frontend handing on to the mailbox server over inner addresses keeps the login', async () => {
    const lines = [
      'Received: from EXCH02.corp.firm.example (10.20.0.12) by EXCH02.corp.firm.example (10.20.0.12) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4 via Mailbox Transport; Fri, 20 Nov 2026 09:28:05 +0000',
      'Received: from EXCH01.corp.firm.example (10.20.0.11) by EXCH02.corp.firm.example (10.20.0.12) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4; Fri, 20 Nov 2026 09:28:04 +0000',
      'Received: from [192.168.1.20] (198.51.100.23) by EXCH01.corp.firm.example (10.20.0.11) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4 via Frontend Transport; Fri, 20 Nov 2026 09:28:03 +0000',
      'X-MS-Exchange-Organization-AuthAs: Internal',
      'X-MS-Exchange-Organization-AuthMechanism: 06',
      'X-MS-Exchange-Organization-AuthSource: EXCH01.corp.firm.example',
    ];
    const a = await analyzeMessage(message(lines), {
      resolver: zone,
      trustedAuthservIds: ['corp.firm.example'],
    });
    expect(a.origin.loginSubmission).toBe(true);
    // The same hand-off from a public address is someone else's.
    const outside = lines.map((l) =>
      l.replace('from EXCH01.corp.firm.example (10.20.0.11)', 'from EXCH01.corp.firm.example (198.51.100.9)'),
    );
    const b = await analyzeMessage(message(outside), {
      resolver: zone,
      trustedAuthservIds: ['corp.firm.example'],
    });
    expect(b.origin.loginSubmission).toBeUndefined();
  });
});
