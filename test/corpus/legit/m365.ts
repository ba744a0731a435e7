// Real Microsoft 365 / Exchange Online, Gmail and Yahoo delivery paths that must never come out
// "spoofed", each read with its webmail profile (`--webmail`). Header layouts from public, real
// deliveries: test/fixtures/legit/README-m365.md names each source.
import { corpusKeys, signCorpus } from '../../helpers/corpus';
import {
  eopEntry,
  eopResults,
  exchangeMailboxHops,
  exchangeOrgHeaders,
  M365_SPF_ZONE,
  senderTenantHops,
  tenantKey,
} from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { gmailDelivery } from '../receivers';

const NORTHWIND_SPF = { 'northwind.example': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] } };
const NORTHWIND_DMARC = { '_dmarc.northwind.example': { TXT: ['v=DMARC1; p=reject'] } };
const NORTHBANK = {
  'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  'sel1._domainkey.northbank.example': { TXT: [corpusKeys().rsaTxt] },
  '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
};
const TO_M365 = 'Robin Reader <robin@contoso.example>';

export async function make(write: CaseWriter): Promise<void> {
  // 1. External → Microsoft 365: a bank's own server hands the message to the tenant's EOP.
  const ext = await signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      to: TO_M365,
      subject: 'Your statement is ready',
      extraHeaders: exchangeOrgHeaders('BL02EPF00029927.namprd02.prod.outlook.com'),
    }),
    { domain: 'northbank.example', selector: 'sel1' },
  );
  write('m365-external-to-m365', {
    eml: onTop(
      ext,
      ...exchangeMailboxHops(),
      ...eopResults({
        ip: '192.0.2.10',
        mailfrom: 'northbank.example',
        spf: 'pass',
        dkim: 'dkim=pass (signature was verified)\r\n header.d=northbank.example',
        dmarc: 'pass',
        from: 'northbank.example',
        compauth: 'pass reason=100',
      }),
      eopEntry('mail.northbank.example', '192.0.2.10'),
    ),
    zone: NORTHBANK,
    meta: {
      about:
        "External mail delivered by Exchange Online: the bank's server at the EOP frontend is the origin",
      class: 'm365',
      args: ['--webmail', 'auto'],
      expect: {
        verdict: 'authenticated',
        fields: { 'origin.ip': '192.0.2.10', 'meta.profile.name': 'outlook', 'meta.profile.how': 'detected' },
      },
    },
  });

  // 2. Tenant → tenant, signed only with the sending tenant's default onmicrosoft.com key.
  const t2t = await signCorpus(
    submitted({
      from: 'Dana at Northwind <dana@northwind.example>',
      to: TO_M365,
      subject: 'Order 4471 shipped',
      extraHeaders: exchangeOrgHeaders('BL02EPF00029927.namprd02.prod.outlook.com'),
    }),
    { domain: 'northwind.onmicrosoft.com', selector: 'selector1-northwind-example' },
  );
  const tenantEntry = eopEntry('NAM10-BN7-obe.outbound.protection.outlook.com', '40.107.92.55');
  write('m365-tenant-to-tenant-onmicrosoft-dkim', {
    eml: onTop(
      t2t,
      ...exchangeMailboxHops(),
      ...eopResults({
        ip: '40.107.92.55',
        mailfrom: 'northwind.example',
        spf: 'pass',
        dkim: 'dkim=pass (signature was verified)\r\n header.d=northwind.onmicrosoft.com',
        dmarc: 'pass',
        from: 'northwind.example',
        compauth: 'pass reason=100',
      }),
      tenantEntry,
      ...senderTenantHops(),
    ).replace('From: Dana', 'Return-Path: <dana@northwind.example>\r\nFrom: Dana'),
    zone: {
      ...NORTHWIND_SPF,
      ...NORTHWIND_DMARC,
      ...M365_SPF_ZONE,
      ...tenantKey('northwind', 'selector1-northwind-example'),
    },
    meta: {
      about:
        "Microsoft 365 tenant to tenant, signed only as northwind.onmicrosoft.com: SPF passes at the other tenant's 40.107.x.x outbound (once 'internal', so no origin and a false DMARC fail); Microsoft's shared SPF alone is not proof of the tenant, so unverified, never spoofed",
      class: 'm365',
      args: ['--webmail', 'auto'],
      expect: {
        verdict: 'unverified',
        fields: {
          'origin.ip': '40.107.92.55',
          'spf.result': 'pass',
          'dmarc.result': 'pass',
          'meta.profile.name': 'outlook',
        },
      },
    },
  });

  // 3. Tenant → tenant with DKIM set up for the custom domain (and the onmicrosoft.com one too).
  const custom = await signCorpus(
    await signCorpus(
      submitted({
        from: 'Dana at Northwind <dana@northwind.example>',
        to: TO_M365,
        subject: 'Invoice 2210',
        extraHeaders: exchangeOrgHeaders('BL02EPF00029927.namprd02.prod.outlook.com'),
      }),
      { domain: 'northwind.onmicrosoft.com', selector: 'selector1-northwind-example' },
    ),
    { domain: 'northwind.example', selector: 'selector1' },
  );
  write('m365-tenant-to-tenant-custom-dkim', {
    eml: onTop(
      custom,
      ...exchangeMailboxHops(),
      ...eopResults({
        ip: '40.107.92.55',
        mailfrom: 'northwind.example',
        spf: 'pass',
        dkim: 'dkim=pass (signature was verified)\r\n header.d=northwind.example;dkim=pass (signature was verified)\r\n header.d=northwind.onmicrosoft.com',
        dmarc: 'pass',
        from: 'northwind.example',
        compauth: 'pass reason=100',
      }),
      tenantEntry,
      ...senderTenantHops(),
    ).replace('From: Dana', 'Return-Path: <dana@northwind.example>\r\nFrom: Dana'),
    zone: {
      ...NORTHWIND_SPF,
      ...NORTHWIND_DMARC,
      ...M365_SPF_ZONE,
      ...tenantKey('northwind', 'selector1-northwind-example'),
      'selector1._domainkey.northwind.example': { TXT: [corpusKeys().rsaTxt] },
    },
    meta: {
      about:
        'Microsoft 365 tenant to tenant with DKIM for the custom domain (plus the onmicrosoft.com signature)',
      class: 'm365',
      args: ['--webmail', 'outlook'],
      expect: {
        verdict: 'authenticated',
        fields: { 'origin.ip': '40.107.92.55', 'meta.profile.how': 'chosen' },
      },
    },
  });

  // 4. outlook.com → Microsoft 365: outlook.com's outbound in 52.103.0.0/17, DKIM d=outlook.com.
  const consumer = await signCorpus(
    submitted({
      from: 'Alex Doe <alex.doe@outlook.com>',
      to: TO_M365,
      subject: 'Re: flat viewing on Saturday',
      extraHeaders: exchangeOrgHeaders('BL02EPF00029927.namprd02.prod.outlook.com'),
    }),
    { domain: 'outlook.com', selector: 'selector1' },
  );
  write('m365-outlookcom-to-m365', {
    eml: onTop(
      consumer,
      ...exchangeMailboxHops(),
      ...eopResults({
        ip: '52.103.66.3',
        mailfrom: 'outlook.com',
        spf: 'pass',
        dkim: 'dkim=pass (signature was verified)\r\n header.d=outlook.com',
        dmarc: 'pass',
        from: 'outlook.com',
        compauth: 'pass reason=100',
      }),
      eopEntry('OS0P286CU011.outbound.protection.outlook.com', '52.103.66.3'),
      ...senderTenantHops('TYCP286MB1234'),
    ).replace('From: Alex', 'Return-Path: <alex.doe@outlook.com>\r\nFrom: Alex'),
    zone: {
      // Simplified from outlook.com's published records (include:spf2.outlook.com, p=none).
      'outlook.com': { TXT: ['v=spf1 include:spf2.outlook.com -all'] },
      'spf2.outlook.com': { TXT: ['v=spf1 ip4:40.92.0.0/15 ip4:52.103.0.0/17 -all'] },
      'selector1._domainkey.outlook.com': { TXT: [corpusKeys().rsaTxt] },
      '_dmarc.outlook.com': { TXT: ['v=DMARC1; p=none'] },
    },
    meta: {
      about:
        "outlook.com to a Microsoft 365 tenant: outlook.com's 52.103.x.x outbound is the origin, DKIM d=outlook.com aligns",
      class: 'm365',
      args: ['--webmail', 'auto'],
      expect: { verdict: 'authenticated', fields: { 'origin.ip': '52.103.66.3', 'dkim.0.result': 'pass' } },
    },
  });

  // 5. Microsoft 365 → Gmail: Gmail's receiver takes it from a 40.107.x.x outbound host.
  const toGmail = await signCorpus(
    submitted({
      from: 'Dana at Northwind <dana@northwind.example>',
      to: 'Robin Reader <robin.reader@gmail.com>',
      subject: 'Delivery window',
    }),
    { domain: 'northwind.example', selector: 'selector1' },
  );
  write('m365-to-gmail', {
    eml: gmailDelivery(onTop(toGmail, ...senderTenantHops()), {
      relay: {
        helo: 'NAM10-BN7-obe.outbound.protection.outlook.com',
        rdns: 'mail-bn7nam10on2055.outbound.protection.outlook.com',
        ip: '40.107.92.55',
      },
      envelope: 'dana@northwind.example',
      results:
        'dkim=pass header.i=@northwind.example header.s=selector1;\r\n       spf=pass (google.com: domain of dana@northwind.example designates 40.107.92.55 as permitted sender) smtp.mailfrom=dana@northwind.example;\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=northwind.example',
      ids: ['x12csp123456pxa', 'a1si1234567qtb.45'],
      spf: 'pass',
    }),
    zone: {
      ...NORTHWIND_SPF,
      ...NORTHWIND_DMARC,
      ...M365_SPF_ZONE,
      'selector1._domainkey.northwind.example': { TXT: [corpusKeys().rsaTxt] },
    },
    meta: {
      about: "Microsoft 365 to Gmail: Microsoft's outbound address at mx.google.com is the origin",
      class: 'm365',
      args: ['--webmail', 'auto'],
      expect: {
        verdict: 'authenticated',
        fields: {
          'origin.ip': '40.107.92.55',
          'meta.profile.name': 'gmail',
          'provider.dmarc.result': 'pass',
        },
      },
    },
  });

  // 6. Hybrid: the organisation's on-premises Exchange hands mail to its Exchange Online tenant.
  write('m365-hybrid-onprem-to-eop', {
    eml: onTop(
      submitted({
        from: 'Facilities <facilities@northwind.example>',
        to: 'Dana at Northwind <dana@northwind.example>',
        subject: 'Badge office closed Friday',
        extraHeaders: exchangeOrgHeaders('BL02EPF00029927.namprd02.prod.outlook.com'),
      }),
      ...exchangeMailboxHops(),
      ...eopResults({
        ip: '192.0.2.20',
        mailfrom: 'northwind.example',
        spf: 'pass',
        dkim: 'dkim=none (message not signed)\r\n header.d=none',
        dmarc: 'pass',
        from: 'northwind.example',
        compauth: 'pass reason=100',
      }),
      eopEntry('EXCH01.northwind.example', '192.0.2.20'),
      'Received: from ws-0412.northwind.example (10.180.168.240) by EXCH01.northwind.example\r\n (10.181.40.145) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256) id 15.1.2507.39; Fri, 20 Nov 2026\r\n 10:00:01 +0000',
    ).replace('From: Facilities', 'Return-Path: <facilities@northwind.example>\r\nFrom: Facilities'),
    zone: {
      'northwind.example': { TXT: ['v=spf1 ip4:192.0.2.20 include:spf.protection.outlook.com -all'] },
      ...NORTHWIND_DMARC,
      ...M365_SPF_ZONE,
    },
    meta: {
      about:
        'Hybrid Exchange: the on-premises server at the EOP frontend is the origin, its own SPF term passes (no DKIM, as in the public sample)',
      class: 'm365',
      args: ['--webmail', 'outlook'],
      expect: {
        verdict: 'authenticated',
        fields: { 'origin.ip': '192.0.2.20', 'spf.mechanism': 'ip4:192.0.2.20' },
      },
    },
  });

  // 7. Gmail delivered, read with `auto`.
  const gmail = await signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      to: 'robin.reader@gmail.com',
      subject: 'Card payment',
    }),
    { domain: 'northbank.example', selector: 'sel1' },
  );
  write('m365-gmail-delivered-auto', {
    eml: onTop(
      gmail,
      'Received: by 2002:a05:6a10:a0d1:b0:2f5:1234:5678 with SMTP id x12csp123457pxa;\r\n        Fri, 20 Nov 2026 02:00:06 -0800 (PST)',
      'Return-Path: <bounce@northbank.example>',
      'Received: from mail.northbank.example (mail.northbank.example. [192.0.2.10])\r\n        by mx.google.com with ESMTPS id a1si1234567qtb.46.2026.11.20.02.00.05\r\n        for <robin.reader@gmail.com>; Fri, 20 Nov 2026 02:00:05 -0800 (PST)',
      'Authentication-Results: mx.google.com;\r\n       dkim=pass header.i=@northbank.example header.s=sel1;\r\n       spf=pass (google.com: domain of bounce@northbank.example designates 192.0.2.10 as permitted sender) smtp.mailfrom=bounce@northbank.example;\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=northbank.example',
    ),
    zone: NORTHBANK,
    meta: {
      about: 'A Gmail delivery read with --webmail auto: Gmail detected from its topmost Received',
      class: 'm365',
      args: ['--webmail', 'auto'],
      expect: {
        verdict: 'authenticated',
        fields: {
          'meta.profile.name': 'gmail',
          'provider.authservId': 'mx.google.com',
          'origin.ip': '192.0.2.10',
        },
      },
    },
  });

  // 8. Yahoo delivered, read with `auto` (layout of a public Yahoo delivery, 2019).
  const yahoo = await signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      to: 'robin.reader@yahoo.com',
      subject: 'Card renewal',
    }),
    { domain: 'northbank.example', selector: 'sel1' },
  );
  write('m365-yahoo-delivered-auto', {
    eml: onTop(
      yahoo,
      'Return-Path: <bounce@northbank.example>',
      'Received-SPF: pass (domain of northbank.example designates 192.0.2.10 as permitted sender)',
      'X-Originating-IP: [192.0.2.10]',
      'Authentication-Results: mta4162.mail.bf1.yahoo.com;\r\n dkim=pass header.i=@northbank.example header.s=sel1;\r\n spf=pass smtp.mailfrom=northbank.example;\r\n dmarc=pass(p=REJECT) header.from=northbank.example;',
      'Received: from 127.0.0.1  (EHLO mail.northbank.example) (192.0.2.10)\r\n  by mta4162.mail.bf1.yahoo.com with SMTPS; Fri, 20 Nov 2026 10:00:05 +0000',
    ),
    zone: NORTHBANK,
    meta: {
      about: 'A Yahoo delivery read with --webmail auto: Yahoo detected, its one header trusted',
      class: 'm365',
      args: ['--webmail', 'auto'],
      expect: {
        verdict: 'authenticated',
        fields: { 'meta.profile.name': 'yahoo', 'origin.ip': '192.0.2.10' },
      },
    },
  });

  // 10. Between two mailboxes of one organisation: submitted over MAPI, never at an EOP frontend.
  write('m365-intra-organisation', {
    eml: onTop(
      submitted({
        from: 'Dana at Northwind <dana@northwind.example>',
        to: 'Sam at Northwind <sam@northwind.example>',
        subject: 'Lunch on Friday?',
        extraHeaders: [
          'Authentication-Results: dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none header.from=northwind.example;',
          'X-MS-Exchange-Organization-AuthAs: Internal',
          'X-MS-Exchange-Organization-AuthSource: DM6PR08MB5580.namprd08.prod.outlook.com',
        ],
      }),
      exchangeMailboxHops()[0]!,
      ...senderTenantHops(),
    ),
    zone: { ...NORTHWIND_SPF, ...NORTHWIND_DMARC, ...M365_SPF_ZONE },
    meta: {
      about:
        'Mail between two mailboxes of one Microsoft 365 organisation: only Exchange Online hops, no sending server; DMARC p=reject must not make it "spoofed" (the layout of the sending side of source 1, without the outbound hand-off)',
      class: 'm365',
      args: ['--webmail', 'auto'],
      expect: {
        verdict: 'unverified',
        fields: { 'origin.ip': null, 'origin.insideReceiver': true, 'dmarc.result': 'none' },
      },
    },
  });

  // 9. A Gmail copy that is not byte-exact ("Show original" text pasted): the body was re-encoded,
  // so our DKIM check breaks; the envelope is the ESP's (SPF unaligned). Gmail's firm pass stands.
  const esp = await signCorpus(
    submitted({
      from: 'Northbank <news@northbank.example>',
      to: 'robin.reader@gmail.com',
      subject: 'Rates are changing',
      body: 'Hello,\r\n\r\nOur savings rates change on 1 December =E2=80=94 details inside.\r\n',
    }),
    { domain: 'northbank.example', selector: 'sel1' },
  );
  const reencoded = esp.replace('=E2=80=94', '\u2014');
  write('m365-gmail-copy-not-byte-exact', {
    eml: onTop(
      reencoded,
      'Received: by 2002:a05:6a10:a0d1:b0:2f5:1234:5678 with SMTP id x12csp123458pxa;\r\n        Fri, 20 Nov 2026 02:00:06 -0800 (PST)',
      'Return-Path: <bounces+123@mail.esp.example>',
      'Received: from o1.mail.esp.example (o1.mail.esp.example. [198.51.100.25])\r\n        by mx.google.com with ESMTPS id a1si1234567qtb.47.2026.11.20.02.00.05\r\n        for <robin.reader@gmail.com>; Fri, 20 Nov 2026 02:00:05 -0800 (PST)',
      'Authentication-Results: mx.google.com;\r\n       dkim=pass header.i=@northbank.example header.s=sel1;\r\n       spf=pass (google.com: domain of bounces+123@mail.esp.example designates 198.51.100.25 as permitted sender) smtp.mailfrom=bounces+123@mail.esp.example;\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=northbank.example',
    ),
    zone: {
      ...NORTHBANK,
      'mail.esp.example': { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
    },
    meta: {
      about:
        'Gmail\'s "Show original" text pasted (--not-byte-exact): our DKIM check breaks on the re-encoded body, Gmail\'s firm DMARC pass on the original is used',
      class: 'm365',
      args: ['--webmail', 'gmail', '--not-byte-exact'],
      expect: {
        verdict: ['authenticated', 'unverified'],
        fields: { 'meta.notByteExact': true, 'dkim.0.result': 'fail', 'provider.dmarc.result': 'pass' },
      },
    },
  });
}
