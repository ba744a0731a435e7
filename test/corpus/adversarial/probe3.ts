// Red-team probes, third round (December 2026), by an attacker who has read lib/ and rounds 1-2
// (probe.ts, probe2.ts): leniency the attacker can trigger (list headers and an ARC chain of its
// own, a forwarder, gateway or provider seal matched too loosely, an approved server); forged
// Microsoft 365, Gmail, Yahoo and BIMI headers below the entry; DKIM corner cases (a valid unrelated
// signature beside a broken bank one, an expired x=, a 512-bit bank key factored by the attacker,
// d= a public suffix); DNS trouble on the attacker's own names (a CNAME loop, a huge key record,
// an SPF permerror, a look-alike answering SERVFAIL everywhere); bounces and auto-replies with the
// bank's From; S/MIME and PGP wrappers. Every probe comes out as expected; none is pending.
// probe3-forwarder-trusted-private-suffix-sibling read "unverified" before lib/findings/arc.ts
// compared sealers with the private public suffixes; probe3-provider-seal-private-suffix-sibling
// read "spoofed" by luck then (the neighbour's seal, last in the chain, passed for the provider's
// own and so recorded nothing) and reads "suspicious" now, as any seal of the sender's own does.

import { createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CaseExpectation } from '../../helpers/corpus';
import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { dkimRaw } from '../../helpers/raw-sign';
import {
  ARGS,
  ATTACKER_IP,
  authenticZone,
  BANK,
  BANK_FROM,
  BANK_IP,
  fromAttacker,
  NOT_TRUSTED,
  RECEIVER,
  SPOOFED,
} from '../kit';
import { keyZone, mailmanFooter, mailmanHeaders, sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';

/** A 512-bit RSA key (test/fixtures/corpus-keys/rsa-512.pem), as a bank that never rotated may publish. */
function shortKey(): { pem: string; txt: string } {
  const here = dirname(fileURLToPath(import.meta.url));
  const pem = readFileSync(join(here, '../../fixtures/corpus-keys/rsa-512.pem'), 'utf8');
  const der = createPublicKey(createPrivateKey(pem)).export({ type: 'spki', format: 'der' });
  return { pem, txt: `v=DKIM1; k=rsa; p=${Buffer.from(der).toString('base64')}` };
}

export async function make(write: CaseWriter): Promise<void> {
  /** The bank's From, unsigned (or as `sign` leaves it), sent from the attacker's server. */
  const spoof = async (p: {
    name: string;
    about: string;
    class: string;
    expect: CaseExpectation;
    args?: string[];
    extra?: string[];
    body?: string;
    from?: string;
    envelope?: string;
    zone?: Record<string, unknown>;
    /** Header lines written between the entry hop and the message (the attacker's own). */
    below?: string[];
    sign?: (raw: string) => Promise<string> | string;
    entry?: string;
  }) => {
    let raw = submitted({
      from: p.from ?? BANK_FROM,
      subject: 'Unusual sign-in to your account',
      extraHeaders: p.extra,
      body: p.body,
    });
    if (p.sign) raw = await p.sign(raw);
    if (p.below?.length) raw = onTop(raw, ...p.below);
    write(p.name, {
      eml: onTop(
        raw,
        `Return-Path: <${p.envelope ?? 'bounce@attacker.example'}>`,
        p.entry ?? fromAttacker('attacker.example'),
      ),
      zone: { ...BANK, ...authenticZone('attacker.example', ATTACKER_IP), ...p.zone },
      meta: { about: p.about, class: p.class, args: [...ARGS, ...(p.args ?? [])], expect: p.expect },
    });
  };

  // ---- Leniency the attacker can trigger: lists, forwarders, gateways, approvals
  {
    // The reader trusts a list run on a shared platform (one name under a private public suffix,
    // here herokuapp.com): anyone can have a sibling name there and seal with it.
    const sealer = 'attacker-lists.herokuapp.com';
    const raw = submitted({ from: BANK_FROM, subject: 'Unusual sign-in to your account' });
    const sealed = await sealCorpus(raw, {
      domain: sealer,
      cv: 'none',
      authResults: `${sealer}; spf=pass smtp.mailfrom=northbank.example; dkim=pass header.d=northbank.example; dmarc=pass header.from=northbank.example`,
    });
    write('probe3-forwarder-trusted-private-suffix-sibling', {
      eml: onTop(sealed, 'Return-Path: <bounce@attacker.example>', fromAttacker('attacker.example')),
      zone: {
        ...BANK,
        ...authenticZone('attacker.example', ATTACKER_IP),
        ...keyZone([`arc._domainkey.${sealer}`]),
      },
      meta: {
        about:
          'The reader trusts the list northbank-users.herokuapp.com as a forwarder (--trust-forwarder); the attacker seals its spoof as attacker-lists.herokuapp.com, a sibling under the same private public suffix, recording dmarc=pass for the bank',
        class: 'probe3-forwarder-trust',
        args: [...ARGS, '--trust-forwarder', 'northbank-users.herokuapp.com'],
        expect: { ...NOT_TRUSTED, absentFindings: ['arc-forwarded'] },
      },
    });
  }
  {
    // A self-hosted reader whose mail server has a dynamic-DNS name (robin-mail.duckdns.org): the
    // provider's own seal is recognised by organisation, and duckdns.org is a private public
    // suffix, so a neighbour's name is not the provider.
    const reader = 'robin-mail.duckdns.org';
    const sealer = 'mx-relay.duckdns.org';
    const raw = submitted({ from: BANK_FROM, subject: 'Unusual sign-in to your account' });
    const sealed = await sealCorpus(raw, {
      domain: sealer,
      cv: 'none',
      authResults: `${reader}; spf=pass smtp.mailfrom=northbank.example; dkim=pass header.d=northbank.example; dmarc=pass header.from=northbank.example`,
    });
    write('probe3-provider-seal-private-suffix-sibling', {
      eml: onTop(sealed, 'Return-Path: <bounce@attacker.example>', fromAttacker('attacker.example', reader)),
      zone: {
        ...BANK,
        ...authenticZone('attacker.example', ATTACKER_IP),
        ...keyZone([`arc._domainkey.${sealer}`]),
      },
      meta: {
        about:
          'The reader’s own server is robin-mail.duckdns.org (--authserv-id); the attacker seals its spoof as mx-relay.duckdns.org, another customer of the same dynamic-DNS suffix, so that the seal passes for the provider’s own and its dmarc=pass record excuses the failure',
        class: 'probe3-forwarder-trust',
        args: ['--authserv-id', reader],
        expect: { ...NOT_TRUSTED, absentFindings: ['arc-forwarded'] },
      },
    });
  }
  {
    // A two-set chain: the attacker's own seal (i=1) records a pass for the bank; the message then
    // goes through a list the reader trusts, which seals (i=2) recording only what it saw itself.
    const raw = submitted({ from: BANK_FROM, subject: 'Unusual sign-in to your account' });
    const first = await sealCorpus(raw, {
      domain: 'attacker.example',
      cv: 'none',
      authResults:
        'attacker.example; spf=pass smtp.mailfrom=northbank.example; dkim=pass header.d=northbank.example; dmarc=pass header.from=northbank.example',
    });
    const second = await sealCorpus(first, {
      domain: 'lists.example.org',
      cv: 'pass',
      authResults:
        'lists.example.org; arc=pass (i=1 d=attacker.example); spf=pass smtp.mailfrom=attacker.example; dmarc=fail header.from=northbank.example',
    });
    write('probe3-arc-attacker-i1-under-trusted-i2', {
      eml: onTop(
        second,
        'Return-Path: <bounces@lists.example.org>',
        received({
          helo: 'mail.lists.example.org',
          rdns: 'mail.lists.example.org',
          ip: '203.0.113.40',
          by: RECEIVER,
        }),
      ),
      zone: {
        ...BANK,
        ...authenticZone('attacker.example', ATTACKER_IP),
        'lists.example.org': { TXT: ['v=spf1 ip4:203.0.113.40 -all'] },
        ...keyZone(['arc._domainkey.attacker.example', 'arc._domainkey.lists.example.org']),
      },
      meta: {
        about:
          'The attacker seals its spoof (i=1, d=attacker.example) recording dmarc=pass for the bank and posts it to a list the reader trusts (--trust-forwarder lists.example.org), whose seal (i=2) records dmarc=fail. Never trusted; "suspicious", not "spoofed": a list that really changed the post (i=1) and a trusted forwarder after it that then saw DMARC fail (i=2) look the same',
        class: 'probe3-forwarder-trust',
        args: [...ARGS, '--trust-forwarder', 'lists.example.org'],
        expect: { ...NOT_TRUSTED, findings: ['arc-untrusted-sealer'], absentFindings: ['arc-forwarded'] },
      },
    });
  }
  {
    // Mailman-looking list headers and footer plus the attacker's own ARC seal that records a
    // pass: every list signal at once, and still nothing the bank signed.
    const raw = submitted({
      from: BANK_FROM,
      subject: '[Northbank-users] Unusual sign-in to your account',
      extraHeaders: mailmanHeaders('northbank-users', 'lists.attacker.example', 'Northbank-users'),
      body: `Please confirm your details at the link below.\r\n${mailmanFooter('northbank-users', 'lists.attacker.example', 'Northbank-users')}`,
    });
    const sealed = await sealCorpus(raw, {
      domain: 'lists.attacker.example',
      cv: 'none',
      authResults:
        'lists.attacker.example; spf=pass smtp.mailfrom=northbank.example; dkim=pass header.d=northbank.example; dmarc=pass header.from=northbank.example',
    });
    write('probe3-list-headers-own-arc-footer', {
      eml: onTop(
        sealed,
        'Return-Path: <northbank-users-bounces@lists.attacker.example>',
        fromAttacker('attacker.example'),
      ),
      zone: {
        ...BANK,
        ...authenticZone('attacker.example', ATTACKER_IP),
        'lists.attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
        ...keyZone(['arc._domainkey.lists.attacker.example']),
      },
      meta: {
        about:
          'Mailman 2.1 list headers, a [tag] Subject and a list footer on an unsigned spoof, sealed by the attacker’s own "list" with an AAR recording dmarc=pass for the bank: hoping for changed-by-list or forwarded-trusted',
        class: 'probe3-list-leniency',
        args: ARGS,
        expect: { ...NOT_TRUSTED, absentFindings: ['list-modified', 'arc-forwarded'] },
      },
    });
  }
  await spoof({
    name: 'probe3-approved-server-sends-bank-spoof',
    about:
      'The reader once approved the attacker’s rented server (--approve 198.51.100.66) for the attacker’s own newsletters; the same server now sends the bank’s From unsigned',
    class: 'probe3-approve',
    args: ['--approve', ATTACKER_IP],
    expect: SPOOFED,
  });
  await spoof({
    name: 'probe3-gateway-trusted-name-as-prefix',
    about:
      'The reader trusts mimecast.com as its gateway; the attacker’s server (forward-confirmed) is named eu-smtp-1.mimecast.com.attacker.example and writes a Received from the bank’s own address below it',
    class: 'probe3-gateway-trust',
    args: ['--trust-gateway', 'mimecast.com'],
    entry: received({
      helo: 'eu-smtp-1.mimecast.com.attacker.example',
      rdns: 'eu-smtp-1.mimecast.com.attacker.example',
      ip: ATTACKER_IP,
      by: RECEIVER,
    }),
    below: [
      `Authentication-Results: eu-smtp-1.mimecast.com; spf=pass smtp.mailfrom=northbank.example; dkim=pass header.d=northbank.example; dmarc=pass header.from=northbank.example`,
      received({
        helo: 'mail.northbank.example',
        rdns: 'mail.northbank.example',
        ip: BANK_IP,
        by: 'eu-smtp-inbound-1.mimecast.com',
      }),
    ],
    envelope: 'security@northbank.example',
    zone: {
      'eu-smtp-1.mimecast.com.attacker.example': { A: [ATTACKER_IP] },
      '66.100.51.198.in-addr.arpa': { PTR: ['eu-smtp-1.mimecast.com.attacker.example'] },
    },
    expect: { verdict: 'spoofed', fields: { 'origin.ip': ATTACKER_IP, 'dmarc.result': 'fail' } },
  });

  // ---- Provider headers forged below the entry
  await spoof({
    name: 'probe3-m365-headers-direct-to-other-provider',
    about:
      'Sent straight to a non-Microsoft receiver with Exchange Online’s whole kit below the entry: EOP Authentication-Results with compauth=pass, X-MS-Exchange-Organization-AuthAs: Internal, CrossTenant headers, X-Forefront-Antispam-Report SCL:-1 (read with --webmail auto)',
    class: 'probe3-m365-forged',
    args: ['--webmail', 'auto'],
    below: [
      'Authentication-Results: spf=pass (sender IP is 192.0.2.10)\r\n smtp.mailfrom=northbank.example; dkim=pass (signature was verified)\r\n header.d=northbank.example;dmarc=pass action=none\r\n header.from=northbank.example;compauth=pass reason=100',
      'Received: from DM6PR08MB5580.namprd08.prod.outlook.com (2603:10b6:5:10f::27)\r\n by BN0PR08MB7535.namprd08.prod.outlook.com (2603:10b6:408:15b::22) with\r\n Microsoft SMTP Server id 15.20.8158.24; Fri, 20 Nov 2026 10:00:02 +0000',
    ],
    extra: [
      'X-MS-Exchange-Organization-AuthAs: Internal',
      'X-MS-Exchange-Organization-AuthSource: DM6PR08MB5580.namprd08.prod.outlook.com',
      'X-MS-Exchange-CrossTenant-AuthAs: Internal',
      'X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted',
      'X-MS-Exchange-CrossTenant-Id: 72f988bf-86f1-41af-91ab-2d7cd011db47',
      'X-MS-Exchange-Organization-SCL: -1',
      'X-Forefront-Antispam-Report: CIP:192.0.2.10;CTRY:;LANG:en;SCL:-1;SRV:;IPV:NLI;SFV:SKN;H:mail.northbank.example;PTR:;CAT:NONE;SFS:;DIR:INB;',
      'X-Microsoft-Antispam: BCL:0;',
    ],
    expect: SPOOFED,
  });
  await spoof({
    name: 'probe3-gmail-headers-forged',
    about:
      'Gmail’s outbound traces forged in the sender’s part: X-Google-Smtp-Source, X-Received by 2002:a05:…, X-Gm-Message-State, an unsealed ARC-Authentication-Results from mx.google.com and an X-Google-DKIM-Signature for the bank',
    class: 'probe3-gmail-forged',
    extra: [
      'X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=northbank.example; s=20230601; h=from:to:subject; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=AAAA',
      'X-Gm-Message-State: AOJu0YwVZq9m1f1x0h7fakefakefakefakefakefakefake',
      'X-Google-Smtp-Source: AGHT+IFfakefakefakefakefakefakefakefake==',
      'X-Received: by 2002:a05:6902:1505:b0:e2e:3401:ef1f with SMTP id q5csp123;\r\n Fri, 20 Nov 2026 02:00:01 -0800 (PST)',
      'ARC-Authentication-Results: i=1; mx.google.com;\r\n dkim=pass header.i=@northbank.example;\r\n spf=pass smtp.mailfrom=security@northbank.example;\r\n dmarc=pass (p=REJECT) header.from=northbank.example',
    ],
    expect: { ...SPOOFED, absentFindings: ['arc-forwarded'] },
  });
  await spoof({
    name: 'probe3-bimi-headers-forged',
    about:
      'BIMI-Location and BIMI-Indicator (the bank’s logo, as a receiver adds them after a BIMI pass) and an Authentication-Results with bimi=pass written by the attacker below the entry',
    class: 'probe3-bimi-forged',
    below: [
      'Authentication-Results: mx.reader.example; bimi=pass header.d=northbank.example header.selector=default policy.authority=pass',
    ],
    extra: [
      'BIMI-Location: v=BIMI1; l=https://bimi.northbank.example/logo.svg; a=https://bimi.northbank.example/vmc.pem',
      'BIMI-Indicator: PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=',
    ],
    expect: SPOOFED,
  });

  // ---- DKIM corner cases
  await spoof({
    name: 'probe3-dkim-valid-unrelated-plus-broken-bank',
    about:
      'Two signatures: the attacker’s own (d=attacker.example, valid) on top of one claiming d=northbank.example whose b= is garbage, hoping "a signature verified" is read as the bank’s',
    class: 'probe3-dkim-multi',
    sign: async (raw) => {
      const bankBroken = dkimRaw(
        raw,
        (bh) =>
          `v=1; a=rsa-sha256; c=relaxed/relaxed; d=northbank.example; s=s1; t=1795168800; h=from:to:subject:date; bh=${bh}; b=`,
        ['from', 'to', 'subject', 'date'],
        corpusKeys().rsaPem,
      ).replace(/b=[A-Za-z0-9+/=\s]+\r\n(?=From:)/, 'b=QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=\r\n');
      return signCorpus(bankBroken, { domain: 'attacker.example', selector: 's1' });
    },
    zone: keyZone(['s1._domainkey.northbank.example']),
    expect: SPOOFED,
  });
  await spoof({
    name: 'probe3-dkim-bank-signature-expired',
    about:
      'A genuine bank signature whose x= expired a week before delivery, replayed from the attacker’s server (the bank signs its mail with s1; the attacker kept an old message)',
    class: 'probe3-dkim-expiry',
    sign: (raw) =>
      dkimRaw(
        raw,
        (bh) =>
          `v=1; a=rsa-sha256; c=relaxed/relaxed; d=northbank.example; s=s1; t=1794564000; x=1795168000; h=from:to:subject:date:message-id; bh=${bh}; b=`,
        ['from', 'to', 'subject', 'date', 'message-id'],
        corpusKeys().rsaPem,
      ),
    zone: keyZone(['s1._domainkey.northbank.example']),
    expect: SPOOFED,
  });
  {
    const short = shortKey();
    await spoof({
      name: 'probe3-dkim-bank-512-bit-key',
      about:
        'The bank still publishes a 512-bit RSA key (s=old); the attacker factored it and signs its spoof with it, so b= and bh= verify (RFC 8301 §3.2: such keys must not be trusted)',
      class: 'probe3-dkim-short-key',
      sign: (raw) =>
        dkimRaw(
          raw,
          (bh) =>
            `v=1; a=rsa-sha256; c=relaxed/relaxed; d=northbank.example; s=old; t=1795168800; h=from:to:subject:date:message-id; bh=${bh}; b=`,
          ['from', 'to', 'subject', 'date', 'message-id'],
          short.pem,
        ),
      zone: { 'old._domainkey.northbank.example': { TXT: [short.txt] } },
      expect: SPOOFED,
    });
  }
  await spoof({
    name: 'probe3-dkim-d-public-suffix',
    about:
      'From security@northbank.co.uk (p=reject) signed with d=co.uk, the public suffix itself (a key at s1._domainkey.co.uk, as a careless registry wildcard would answer): "From is under d=" is not alignment',
    class: 'probe3-dkim-suffix',
    from: 'Northbank Security <security@northbank.co.uk>',
    sign: (raw) => signCorpus(raw, { domain: 'co.uk', selector: 's1' }),
    zone: {
      'northbank.co.uk': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
      '_dmarc.northbank.co.uk': { TXT: ['v=DMARC1; p=reject'] },
      ...keyZone(['s1._domainkey.co.uk']),
    },
    expect: SPOOFED,
  });

  // ---- DNS trouble on the attacker's own names
  await spoof({
    name: 'probe3-dns-attacker-key-cname-loop',
    about:
      'The attacker signs as d=attacker.example with a key name that is a CNAME loop, hoping the DNS error on a signature becomes a temperror that holds back the bank’s DMARC fail',
    class: 'probe3-dns-attacker',
    sign: (raw) => signCorpus(raw, { domain: 'attacker.example', selector: 'loop' }),
    zone: {
      'loop._domainkey.attacker.example': { CNAME: ['loop2._domainkey.attacker.example'] },
      'loop2._domainkey.attacker.example': { CNAME: ['loop._domainkey.attacker.example'] },
    },
    expect: SPOOFED,
  });
  await spoof({
    name: 'probe3-dns-attacker-key-huge-txt',
    about:
      'The attacker’s key record is 40 KB of TXT strings (a valid key followed by padding), hoping a bound or an error in the key reader leaves the message unverified',
    class: 'probe3-dns-attacker',
    sign: (raw) => signCorpus(raw, { domain: 'attacker.example', selector: 'huge' }),
    zone: {
      'huge._domainkey.attacker.example': { TXT: [`${corpusKeys().rsaTxt}; n=${'x'.repeat(40_000)}`] },
    },
    expect: SPOOFED,
  });
  await spoof({
    name: 'probe3-dns-attacker-spf-permerror',
    about:
      'The attacker’s envelope domain answers SPF with a record of eleven includes (a permerror), hoping an SPF error is read as "could not check" rather than no pass for the bank',
    class: 'probe3-dns-attacker',
    envelope: 'bounce@spf-broken.example',
    zone: {
      'spf-broken.example': {
        TXT: [
          `v=spf1 ${Array.from({ length: 11 }, (_, i) => `include:i${i}.spf-broken.example`).join(' ')} -all`,
        ],
      },
      ...Object.fromEntries(
        Array.from({ length: 11 }, (_, i) => [`i${i}.spf-broken.example`, { TXT: ['v=spf1 -all'] }]),
      ),
    },
    expect: SPOOFED,
  });

  {
    // A look-alike domain whose every DNS answer the attacker makes fail (SERVFAIL): the rule that
    // a DNS fault never makes a message "spoofed" must still leave it short of trusted.
    const lookalike = 'northbank-secure.example';
    const raw = await signCorpus(
      submitted({
        from: `Northbank Security <security@${lookalike}>`,
        subject: 'Unusual sign-in to your account',
      }),
      { domain: lookalike, selector: 's1' },
    );
    write('probe3-dns-lookalike-all-servfail', {
      eml: onTop(raw, `Return-Path: <bounce@${lookalike}>`, fromAttacker(lookalike)),
      zone: {
        ...BANK,
        [lookalike]: { SERVFAIL: true },
        [`s1._domainkey.${lookalike}`]: { SERVFAIL: true },
        [`_dmarc.${lookalike}`]: { SERVFAIL: true },
      },
      meta: {
        about:
          'A look-alike of the bank (northbank-secure.example) whose SPF, DKIM key and DMARC names all answer SERVFAIL from the attacker’s own nameserver, so that nothing can be checked and a DNS fault holds back the verdict',
        class: 'probe3-dns-attacker',
        args: [...ARGS, '--recipient-domain', 'northbank.example'],
        expect: { ...NOT_TRUSTED, fields: { 'dmarc.result': 'temperror' } },
      },
    });
  }
  await spoof({
    name: 'probe3-yahoo-headers-forged',
    about:
      'Yahoo’s outbound traces forged below the entry: a Received "from sonic.gate.mail.ne1.yahoo.com by sonic310-21.consmr.mail.bf2.yahoo.com with HTTP", X-Sonic-MF with the bank’s address, X-YMail-OSG, and a Yahoo-style Authentication-Results (atlas) recording dmarc=pass (read with --webmail auto)',
    class: 'probe3-yahoo-forged',
    args: ['--webmail', 'auto'],
    below: [
      'Authentication-Results: atlas220.free.mail.bf1.yahoo.com;\r\n dkim=pass header.i=@northbank.example header.s=s1;\r\n spf=pass smtp.mailfrom=northbank.example;\r\n dmarc=pass(p=REJECT) header.from=northbank.example;',
      'Received: from sonic.gate.mail.ne1.yahoo.com by sonic310-21.consmr.mail.bf2.yahoo.com with HTTP; Fri, 20 Nov 2026 10:00:01 +0000',
    ],
    extra: [
      'X-Sonic-MF: <security@northbank.example>',
      'X-YMail-OSG: fakeOSGvalue.Only.Shape',
      'X-Mailer: WebService/1.1.22906 YMailNorrin',
    ],
    expect: SPOOFED,
  });

  // ---- Bounces, auto-replies, signed wrappers
  await spoof({
    name: 'probe3-dsn-mailer-daemon-bank',
    about:
      'A fake delivery status notification: null Return-Path, From: Mail Delivery System <MAILER-DAEMON@northbank.example>, multipart/report with a "your message could not be delivered, sign in to release it" link',
    class: 'probe3-bounce',
    from: 'Mail Delivery System <MAILER-DAEMON@northbank.example>',
    envelope: '',
    extra: ['Auto-Submitted: auto-replied'],
    body: 'Your message to robin@reader.example could not be delivered.\r\nSign in at https://northbank.example.attacker.example/release to release it.\r\n',
    expect: SPOOFED,
  });
  await spoof({
    name: 'probe3-autoreply-bank-null-sender',
    about:
      'An "out of office" auto-reply with the bank’s From and a null Return-Path (Auto-Submitted: auto-replied, X-Autoreply, Precedence: auto_reply), hoping automatic mail is excused like a bounce',
    class: 'probe3-bounce',
    envelope: '',
    extra: [
      'Auto-Submitted: auto-replied',
      'X-Autoreply: yes',
      'Precedence: auto_reply',
      'X-Auto-Response-Suppress: All',
    ],
    expect: SPOOFED,
  });
  await spoof({
    name: 'probe3-smime-signed-bank',
    about:
      'The bank’s From on a multipart/signed S/MIME message (application/pkcs7-signature part with a certificate-looking blob): HeaderLens does not verify S/MIME and must not take its presence for authentication',
    class: 'probe3-signed-wrapper',
    extra: [],
    body: '',
    sign: (raw) =>
      raw.replace(
        'Content-Type: text/plain; charset=utf-8\r\n\r\n',
        'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256;\r\n boundary="sig"\r\n\r\n--sig\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease confirm your details.\r\n--sig\r\nContent-Type: application/pkcs7-signature; name="smime.p7s"\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="smime.p7s"\r\n\r\nMIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwEAAA==\r\n--sig--\r\n',
      ),
    expect: SPOOFED,
  });
  await spoof({
    name: 'probe3-pgp-signed-bank',
    about:
      'The bank’s From on a multipart/signed OpenPGP message (RFC 3156, application/pgp-signature): no mail app’s PGP badge vouches for the header From to HeaderLens',
    class: 'probe3-signed-wrapper',
    body: '',
    sign: (raw) =>
      raw.replace(
        'Content-Type: text/plain; charset=utf-8\r\n\r\n',
        'Content-Type: multipart/signed; micalg=pgp-sha256; protocol="application/pgp-signature";\r\n boundary="pgp"\r\n\r\n--pgp\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease confirm your details.\r\n--pgp\r\nContent-Type: application/pgp-signature; name="signature.asc"\r\n\r\n-----BEGIN PGP SIGNATURE-----\r\n\r\niHUEARYIAB0WIQfakefakefakefakefakefakefakefake=\r\n-----END PGP SIGNATURE-----\r\n--pgp--\r\n',
      ),
    expect: SPOOFED,
  });
}
