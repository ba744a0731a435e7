// A receiver that collected the message from another mailbox over POP3 or IMAP (lib/message/
// origin-fetch.ts): the origin is the provider's entry below the fetch, never the POP server.
// Layouts: Gmail's "Check mail from other accounts" line (real-mail round 34), fetchmail's.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns';
import { findOrigin, type OriginHints } from '../../../lib/message/origin';
import { parseMessage } from '../../../lib/message/parse';
import { parseReceivedChain } from '../../../lib/message/received';

const GMAIL: OriginHints = { trustedAuthservIds: ['mx.google.com'], singleEntryHop: true };

function hops(...received: string[]) {
  const raw = [...received.map((r) => `Received: ${r}`), 'From: a@example.com', 'Subject: t', '', 'x'].join(
    '\r\n',
  );
  return parseReceivedChain(parseMessage(raw).headers);
}

const GMAIL_FETCH =
  'from pop.mailprovider.example (pop.mailprovider.example. [203.0.113.110]) by mx.google.com with POP3 id a640c23a62f3a-b76e2c1f4a1si38475613 for <robin.reader@gmail.com> (single-drop); Fri, 20 Nov 2026 02:03:11 -0800 (PST)';
const PROVIDER_ENTRY =
  'from mail.harbourview.example (mail.harbourview.example [192.0.2.44]) by mx.mailprovider.example (Postfix) with ESMTPS id 4ZrT2h0311 for <robin@mailprovider.example>; Fri, 20 Nov 2026 10:00:05 +0000';

describe('mailbox fetch', () => {
  it('Gmail’s POP3 fetch: the provider’s entry below it is the origin', () => {
    const o = findOrigin(hops(GMAIL_FETCH, PROVIDER_ENTRY), GMAIL);
    expect(o).toMatchObject({ hopIndex: 1, ip: '192.0.2.44', fetchedFrom: 0 });
  });

  it('through the provider’s own inner hand-off (a filter on loopback) to its entry', () => {
    const o = findOrigin(
      hops(
        GMAIL_FETCH,
        'from localhost (localhost [127.0.0.1]) by mx.mailprovider.example (Postfix) with ESMTP id 4ZrT2h0312; Fri, 20 Nov 2026 10:00:06 +0000',
        PROVIDER_ENTRY,
      ),
      GMAIL,
    );
    expect(o).toMatchObject({ hopIndex: 2, ip: '192.0.2.44' });
  });

  it('a line below that another organisation wrote is not followed: no sending address', () => {
    const o = findOrigin(
      hops(
        GMAIL_FETCH,
        'from mail-ed1-f44.google.com (mail-ed1-f44.google.com [209.85.208.44]) by mx.attacker.example with ESMTPS; Fri, 20 Nov 2026 10:00:05 +0000',
      ),
      GMAIL,
    );
    expect(o).toMatchObject({ hopIndex: 0, ip: null, unaddressed: true, fetchedFrom: 0 });
  });

  it('nothing below the fetch: no sending address, never the POP server’s', () => {
    const o = findOrigin(hops(GMAIL_FETCH), GMAIL);
    expect(o).toMatchObject({ hopIndex: 0, ip: null, unaddressed: true });
  });

  it('a fetch line the sender wrote below Gmail’s real entry is never reached', () => {
    const o = findOrigin(
      hops(
        'from mail.attacker.example (mail.attacker.example. [198.51.100.9]) by mx.google.com with ESMTPS id x1si; Fri, 20 Nov 2026 10:00:07 +0000',
        GMAIL_FETCH,
        PROVIDER_ENTRY,
      ),
      GMAIL,
    );
    expect(o).toMatchObject({ hopIndex: 0, ip: '198.51.100.9' });
    expect(o.fetchedFrom).toBeUndefined();
  });

  it('fetchmail on a home server (`by localhost with POP3`), no options: the provider’s entry', () => {
    const o = findOrigin(
      hops(
        'from localhost ([127.0.0.1]:39452 helo=nas.weber.lan) by nas.weber.lan with esmtp (Exim 4.96) id 1tE4aB-0001Xy-0P for familie@localhost; Fri, 20 Nov 2026 10:05:12 +0100',
        'from pop.mailprovider.example [203.0.113.110] by localhost with POP3 (fetchmail-6.4.38) for <familie@localhost> (single-drop); Fri, 20 Nov 2026 10:05:12 +0100 (CET)',
        'from mail.grundschule-am-see.example (mail.grundschule-am-see.example [192.0.2.97]) by mx02.mailprovider.example (Postfix) with ESMTPS id 4Qy3Qw2Ck7z1Sg0 for <familie@mailprovider.example>; Fri, 20 Nov 2026 10:00:05 +0100 (CET)',
      ),
    );
    expect(o).toMatchObject({ ip: '192.0.2.97' });
  });

  it('the provider’s login line or an inner address before its entry ends the walk: no address (red-team 35)', () => {
    const forged =
      'from mail.northbank.example ([192.0.2.25]) by mx.mailprovider.example with ESMTPS; Fri, 20 Nov 2026 10:00:04 +0000';
    for (const inner of [
      'from [127.0.0.1] (localhost [127.0.0.1]) by smtp.mailprovider.example with ESMTPSA id 9; Fri, 20 Nov 2026 10:00:05 +0000',
      'from mail.attacker.example (unknown [10.20.0.7]) by mx.mailprovider.example with ESMTP id 9; Fri, 20 Nov 2026 10:00:05 +0000',
    ]) {
      const o = findOrigin(hops(GMAIL_FETCH, inner, forged), GMAIL);
      expect(o).toMatchObject({ hopIndex: 0, ip: null, unaddressed: true, fetchedFrom: 0 });
    }
  });

  it('the provider’s own LMTP hand-off from an inner address is passed', () => {
    const o = findOrigin(
      hops(
        GMAIL_FETCH,
        'from mx01.mailprovider.example (mx01.mailprovider.example [10.1.0.5]) by store3.mailprovider.example with LMTP id 7; Fri, 20 Nov 2026 10:00:06 +0000',
        PROVIDER_ENTRY,
      ),
      GMAIL,
    );
    expect(o).toMatchObject({ hopIndex: 2, ip: '192.0.2.44' });
  });

  it('Microsoft’s mailbox server: the Exchange walk finds EOP’s entry below the fetch', () => {
    const o = findOrigin(
      hops(
        'from outlook.office365.com (outlook.office365.com. [52.97.146.2]) by mx.google.com with POP3 id p1si for <robin.reader@gmail.com> (single-drop); Fri, 20 Nov 2026 02:03:11 -0800 (PST)',
        'from BL1PR13CA0103.namprd13.prod.outlook.com (2603:10b6:208:2b9::18) by DS0PR11MB8134.namprd11.prod.outlook.com (2603:10b6:8:15a::9) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.19; Fri, 20 Nov 2026 10:00:06 +0000',
        'from BL02EPF00029927.namprd02.prod.outlook.com (2603:10b6:208:2b9:cafe::aa) by BL1PR13CA0103.outlook.office365.com (2603:10b6:208:2b9::18) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8182.13 via Frontend Transport; Fri, 20 Nov 2026 10:00:05 +0000',
        'from mail.harbourview.example (192.0.2.44) by BL02EPF00029927.mail.protection.outlook.com (10.167.249.52) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.14 via Frontend Transport; Fri, 20 Nov 2026 10:00:05 +0000',
      ),
      GMAIL,
    );
    expect(o).toMatchObject({ hopIndex: 3, ip: '192.0.2.44', fetchedFrom: 0 });
  });

  it('getmail’s `with POP3-SSL` is a fetch too', () => {
    const o = findOrigin(hops(GMAIL_FETCH.replace('with POP3', 'with POP3-SSL'), PROVIDER_ENTRY), GMAIL);
    expect(o).toMatchObject({ ip: '192.0.2.44', fetchedFrom: 0 });
  });
});

describe('mailbox fetch, round 37', () => {
  it('fetchmail’s line with no address the parser reads still counts as the fetch', () => {
    const o = findOrigin(
      hops(
        'from imap.comcast.net [203.0.113.196] by localhost with IMAP (fetchmail-6.4.38) for <robin@localhost> (single-drop); Fri, 20 Nov 2026 10:05:12 +0000',
        'from resimta-po-39v.sys.comcast.net ([203.0.113.197]) by resomta-po-12v.sys.comcast.net with ESMTP id Qx; Fri, 20 Nov 2026 10:00:06 +0000',
        'from mail.harbourview.example ([192.0.2.44]) by resimta-po-39v.sys.comcast.net with ESMTPS id Qy; Fri, 20 Nov 2026 10:00:05 +0000',
      ),
    );
    // Comcast's inner host, on a public address, is not taken for the sender: unknown.
    expect(o).toMatchObject({ ip: null, fetchedFrom: 0 });
  });

  it('a filtering gateway in front of the provider is not the sender either', () => {
    const o = findOrigin(
      hops(
        GMAIL_FETCH.replace(/mailprovider/g, 'smallisp'),
        'from mx1-us1.ppe-hosted.com (mx1-us1.ppe-hosted.com [67.231.154.164]) by mail.smallisp.example (Postfix) with ESMTPS id 4Z; Fri, 20 Nov 2026 10:00:06 +0000',
        'from mail.harbourview.example (unknown [192.0.2.44]) by mx1-us1.ppe-hosted.com (PPE) with ESMTPS id 8C; Fri, 20 Nov 2026 10:00:05 +0000',
      ),
      GMAIL,
    );
    expect(o).toMatchObject({ ip: null, fetchedFrom: 0 });
  });
});

describe('mailbox fetch, round 40', () => {
  const entry = (helo: string, rdns = 'mail.attacker.example') =>
    `from ${helo} (${rdns} [198.51.100.66]) by mx.mailprovider.example (Postfix) with ESMTPS id 4ZrT2h0401; Fri, 20 Nov 2026 09:28:03 +0000`;
  const forgedBelow =
    'from mail.northbank.example (mail.northbank.example [192.0.2.25]) by smtp-out2.mailprovider.example with ESMTPS id 1; Fri, 20 Nov 2026 09:28:02 +0000';

  it('a provider-named client with nothing received below it is where the message started', () => {
    for (const helo of ['smtp-out2.mailprovider.example', 'mx0a-00190b01.pphosted.com']) {
      const o = findOrigin(hops(GMAIL_FETCH, entry(helo)), GMAIL);
      expect(o).toMatchObject({ hopIndex: 1, ip: '198.51.100.66', fetchedFrom: 0 });
    }
  });

  it('with a line below: a provider HELO beside the client’s own reverse name is the entry', () => {
    const h = hops(GMAIL_FETCH, entry('smtp-out2.mailprovider.example'), forgedBelow);
    expect(findOrigin(h, GMAIL)).toMatchObject({ hopIndex: 1, ip: '198.51.100.66' });
  });

  it('with a line below: a client the provider itself names as its host is its hand-off (unknown)', () => {
    // The provider's pool name need not lead back (rw42-gmail-pop3-gmx-inner-handoff-ptr-not-back).
    const pooled = hops(
      GMAIL_FETCH,
      entry('smtp-out2.mailprovider.example', 'pool7.mailprovider.example'),
      forgedBelow,
    );
    expect(findOrigin(pooled, GMAIL)).toMatchObject({ hopIndex: 0, ip: null });
    // Named by its HELO alone (Comcast's shape): the same.
    const heloOnly = hops(
      GMAIL_FETCH,
      'from smtp-out2.mailprovider.example ([198.51.100.66]) by mx.mailprovider.example (Postfix) with ESMTPS id 4ZrT2h0401; Fri, 20 Nov 2026 09:28:03 +0000',
      forgedBelow,
    );
    expect(findOrigin(heloOnly, GMAIL)).toMatchObject({ hopIndex: 0, ip: null });
  });

  it('an unreadable provider line is the entry with no address, never walked below', () => {
    const o = findOrigin(hops(GMAIL_FETCH, entry('x (y'), forgedBelow), GMAIL);
    expect(o).toMatchObject({ hopIndex: 1, ip: null, fetchedFrom: 0 });
  });

  it('Gmail’s mailbox over IMAP: its internal `by 2002:…` line and mx.google.com entry are Gmail’s own', () => {
    const o = findOrigin(
      hops(
        'from imap.gmail.com by homebox.lan with IMAP (fetchmail-6.4.38) for <robin@localhost> (single-drop); Fri, 20 Nov 2026 11:05:02 +0100',
        'by 2002:a05:6a10:8c0b:b0:5e1:7d2a:9f3 with SMTP id x39csp1102934pxa; Fri, 20 Nov 2026 02:00:06 -0800 (PST)',
        'from mail.harbourview.example (mail.harbourview.example. [192.0.2.44]) by mx.google.com with ESMTPS id a39si4402911qtb.39; Fri, 20 Nov 2026 02:00:05 -0800 (PST)',
      ),
    );
    expect(o).toMatchObject({ hopIndex: 2, ip: '192.0.2.44', fetchedFrom: 0 });
  });
});

describe('DMARC below a fetch that names no sending server', () => {
  const zone = ZoneResolver.fromJson({
    'harbourview.example': { TXT: ['v=spf1 ip4:192.0.2.44 -all'] },
    '_dmarc.harbourview.example': { TXT: ['v=DMARC1; p=reject'] },
  } as never);
  const message = (...extra: string[]) =>
    [
      `Received: ${GMAIL_FETCH}`,
      'Received: from mail.harbourview.example (mail.harbourview.example [192.0.2.44]) by mx00.isp-mail.example (Postfix) with ESMTPS id 4Z; Fri, 20 Nov 2026 10:00:05 +0000',
      ...extra,
      'From: Harbourview Sailing Club <secretary@harbourview.example>',
      'To: robin@mailprovider.example',
      'Subject: Winter lay-up',
      'Date: Fri, 20 Nov 2026 09:59:58 +0000',
      'Message-ID: <lay-up.1@harbourview.example>',
      '',
      'Crane slots are open.',
      '',
    ].join('\r\n');

  it('unsigned: undecided (unverified), never spoofed', async () => {
    const a = await analyzeMessage(message(), { resolver: zone, webmail: 'gmail' });
    expect(a.origin.ip).toBeNull();
    expect(a.dmarc.result).toBe('temperror');
    expect(a.verdict).toBe('unverified');
    expect(a.spf.info).toMatch(/collected the message from another mailbox/);
  });

  it('the summary says why DMARC is undecided: the fetch, not a DNS fault', async () => {
    const a = await analyzeMessage(message(), { resolver: zone, webmail: 'gmail' });
    expect(a.origin.collectedFrom).toBe('pop.mailprovider.example');
    expect(a.summary).toMatch(/collected this message from another mailbox \(pop\.mailprovider\.example\)/);
    expect(a.summary).not.toMatch(/DNS/);
  });

  it('a provider-named HELO beside the client’s own reverse name: the entry, judged (spoofed)', async () => {
    // The attacker's own line below (a forged bank hand-off) is never walked into.
    const forged = message().replace(
      /Received: from mail\.harbourview\.example[^\r]*/,
      'Received: from smtp-out2.mailprovider.example (mail.attacker.example [198.51.100.66]) by mx00.mailprovider.example (Postfix) with ESMTPS id 5; Fri, 20 Nov 2026 10:00:05 +0000\r\nReceived: from mail.harbourview.example (mail.harbourview.example [192.0.2.44]) by smtp-out2.mailprovider.example with ESMTPS id 6; Fri, 20 Nov 2026 10:00:04 +0000',
    );
    const a = await analyzeMessage(forged, { resolver: zone, webmail: 'gmail' });
    expect(a.origin.ip).toBe('198.51.100.66');
    expect(a.verdict).toBe('spoofed');
  });

  it('a login the provider records for a user outside the From’s organisation: not undecided', async () => {
    const login = message().replace(
      /Received: from mail\.harbourview\.example[^\r]*/,
      'Received: from [192.168.1.20] (dsl-66.isp.example [198.51.100.66]) (Authenticated sender: mallory@mailprovider.example) by smtp.mailprovider.example (Postfix) with ESMTPSA id 4Z; Fri, 20 Nov 2026 10:00:05 +0000',
    );
    const a = await analyzeMessage(login, { resolver: zone, webmail: 'gmail' });
    expect(a.dmarc.result).toBe('fail');
    expect(a.spf.info).toMatch(/mallory@mailprovider\.example/);
    // A login of the From's own organisation still leaves DMARC undecided (probe35).
    const own = await analyzeMessage(login.replace('mallory@mailprovider', 'secretary@harbourview'), {
      resolver: zone,
      webmail: 'gmail',
    });
    expect(own.dmarc.result).toBe('temperror');
  });

  it('a signature of the From’s own domain still decides: a broken one is a fail', async () => {
    const broken =
      'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=harbourview.example; s=mail; h=from:to:subject; bh=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=; b=AAAA';
    const a = await analyzeMessage(message(broken), { resolver: zone, webmail: 'gmail' });
    expect(a.dmarc.result).toBe('fail');
  });
});
