// Spoofs aimed at Microsoft 365 recipients and at the webmail profiles, by an attacker who has read
// lib/message/origin-exchange.ts and lib/webmail/profile-detect.ts. Exchange Online layouts as in
// test/fixtures/legit/README-m365.md.
import { signCorpus } from '../../helpers/corpus';
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
import { onTop, received, submitted } from '../messages';

/** The victim: a Microsoft 365 customer whose SPF is Microsoft's shared include, p=reject. */
const VICTIM = {
  'contoso-bank.example': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  '_dmarc.contoso-bank.example': { TXT: ['v=DMARC1; p=reject'] },
  ...M365_SPF_ZONE,
};
const TO = 'Robin Reader <robin@fabrikam.example>';
const CEO = 'Contoso Bank CEO <ceo@contoso-bank.example>';

export async function make(write: CaseWriter): Promise<void> {
  // 1. Straight from a rented VM to the victim's EOP, with a line below claiming a hand-off from
  // Microsoft's outbound (so that SPF would judge 40.107.x.x, which the victim's SPF allows).
  write('m365-cloud-vm-spoof', {
    eml: onTop(
      submitted({
        from: CEO,
        to: TO,
        subject: 'Urgent wire before noon',
        extraHeaders: [
          ...exchangeOrgHeaders('BL02EPF00029927.namprd02.prod.outlook.com'),
          'Return-Path: <ceo@contoso-bank.example>',
        ],
      }),
      ...exchangeMailboxHops(),
      ...eopResults({
        ip: '3.85.17.200',
        mailfrom: 'contoso-bank.example',
        spf: 'fail',
        dkim: 'dkim=none (message not signed)\r\n header.d=none',
        dmarc: 'fail',
        from: 'contoso-bank.example',
        compauth: 'fail reason=000',
      }),
      eopEntry('ec2-3-85-17-200.compute-1.amazonaws.com', '3.85.17.200'),
      eopEntry('NAM11-CO1-obe.outbound.protection.outlook.com', '40.107.220.100', 'CO1NAM11FT010'),
      ...senderTenantHops(),
    ),
    zone: VICTIM,
    meta: {
      about:
        "A rented EC2 server sends as a p=reject Microsoft 365 customer straight to the recipient's EOP, and writes a Microsoft outbound hand-off below the real entry so SPF would judge 40.107.x.x",
      class: 'm365-origin',
      args: ['--webmail', 'outlook'],
      expect: { verdict: 'spoofed', fields: { 'origin.ip': '3.85.17.200', 'dmarc.result': 'fail' } },
    },
  });

  // 2. Through the attacker's own Microsoft 365 trial tenant: a real Microsoft outbound address,
  // SPF passes for the tenant's onmicrosoft.com envelope, DKIM is the tenant's own — From is not.
  const trial = await signCorpus(
    submitted({
      from: CEO,
      to: TO,
      subject: 'Updated bank details for invoice 5512',
      extraHeaders: [
        ...exchangeOrgHeaders('BL02EPF00029927.namprd02.prod.outlook.com'),
        'Return-Path: <ceo@evilcorp365.onmicrosoft.com>',
      ],
    }),
    { domain: 'evilcorp365.onmicrosoft.com', selector: 'selector1-evilcorp365-onmicrosoft-com' },
  );
  write('m365-trial-tenant-spoof', {
    eml: onTop(
      trial,
      ...exchangeMailboxHops(),
      ...eopResults({
        ip: '40.107.220.100',
        mailfrom: 'evilcorp365.onmicrosoft.com',
        spf: 'pass',
        dkim: 'dkim=pass (signature was verified)\r\n header.d=evilcorp365.onmicrosoft.com',
        dmarc: 'fail',
        from: 'contoso-bank.example',
        compauth: 'fail reason=000',
      }),
      eopEntry('NAM11-CO1-obe.outbound.protection.outlook.com', '40.107.220.100'),
      ...senderTenantHops(),
    ),
    zone: {
      ...VICTIM,
      'evilcorp365.onmicrosoft.com': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
      ...tenantKey('evilcorp365', 'selector1-evilcorp365-onmicrosoft-com'),
    },
    meta: {
      about:
        "Spoof sent through the attacker's own Microsoft 365 trial tenant: Microsoft's outbound IP, SPF pass for evilcorp365.onmicrosoft.com, DKIM d=evilcorp365.onmicrosoft.com; hoping Microsoft's ranges make it look internal",
      class: 'm365-origin',
      args: ['--webmail', 'outlook'],
      expect: {
        verdict: 'spoofed',
        fields: {
          'origin.ip': '40.107.220.100',
          'spf.result': 'pass',
          'spf.aligned': false,
          'dmarc.result': 'fail',
        },
      },
    },
  });

  // 3. The same tenant, had Exchange Online let it use the victim's domain as envelope sender
  // (5.7.750 is not documented as a per-message check): SPF then passes ALIGNED through the shared
  // include, DMARC passes. It must not be "authenticated" on Microsoft's shared SPF alone.
  const aligned = await signCorpus(
    submitted({
      from: CEO,
      to: TO,
      subject: 'Board pack, confidential',
      extraHeaders: [
        ...exchangeOrgHeaders('BL02EPF00029927.namprd02.prod.outlook.com'),
        'Return-Path: <ceo@contoso-bank.example>',
      ],
    }),
    { domain: 'evilcorp365.onmicrosoft.com', selector: 'selector1-evilcorp365-onmicrosoft-com' },
  );
  write('m365-trial-tenant-aligned-envelope', {
    eml: onTop(
      aligned,
      ...exchangeMailboxHops(),
      eopEntry('NAM11-CO1-obe.outbound.protection.outlook.com', '40.107.220.100'),
      ...senderTenantHops(),
    ),
    zone: {
      ...VICTIM,
      // A victim that never set a policy: p=none / no record must not make this "authenticated".
      '_dmarc.contoso-bank.example': { TXT: ['v=DMARC1; p=none'] },
      ...tenantKey('evilcorp365', 'selector1-evilcorp365-onmicrosoft-com'),
    },
    meta: {
      about:
        "A trial tenant sends with the victim's own domain as envelope sender: SPF passes aligned through include:spf.protection.outlook.com, so DMARC passes; only the tenant's onmicrosoft.com DKIM is present",
      class: 'm365-shared-spf',
      args: ['--webmail', 'outlook'],
      expect: {
        notVerdict: ['authenticated'],
        fields: { 'origin.ip': '40.107.220.100', 'spf.result': 'pass', 'spf.aligned': true },
      },
    },
  });

  // 4. Steering `--webmail auto`: the real receiver is a self-hosted Postfix; below it the sender
  // writes an Exchange Online delivery (X-MS-Exchange-* headers, an EOP entry from Microsoft's
  // outbound, EOP's pass results) hoping to be read with the Outlook rules.
  write('m365-fake-exchange-headers-auto', {
    eml: onTop(
      submitted({
        from: CEO,
        to: 'Robin Reader <robin@reader.example>',
        subject: 'Payroll change',
        extraHeaders: [
          'X-MS-Exchange-Organization-AuthAs: Internal',
          'X-MS-Exchange-Organization-AuthSource: BL02EPF00029927.namprd02.prod.outlook.com',
          'X-MS-Exchange-Organization-MessageDirectionality: Originating',
          'X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted',
          'X-MS-PublicTrafficType: Email',
          'Return-Path: <ceo@contoso-bank.example>',
        ],
      }),
      received({ helo: 'mail.relay-host.example', ip: '198.51.100.66', by: 'mx.reader.example' }),
      ...exchangeMailboxHops(),
      ...eopResults({
        ip: '40.107.220.100',
        mailfrom: 'contoso-bank.example',
        spf: 'pass',
        dkim: 'dkim=pass (signature was verified)\r\n header.d=contoso-bank.example',
        dmarc: 'pass',
        from: 'contoso-bank.example',
        compauth: 'pass reason=100',
      }),
      eopEntry('NAM11-CO1-obe.outbound.protection.outlook.com', '40.107.220.100'),
    ),
    zone: VICTIM,
    meta: {
      about:
        'A sender writes a whole Exchange Online delivery (X-MS-Exchange-* headers, EOP pass results, a 40.107.x.x entry) under the real receiver, to steer --webmail auto into the Outlook rules',
      class: 'm365-profile-steering',
      args: ['--webmail', 'auto'],
      expect: {
        verdict: 'spoofed',
        fields: { 'meta.profile': null, 'origin.ip': '198.51.100.66', 'dmarc.result': 'fail' },
      },
    },
  });

  // 6. Dressing an outside message as mail from inside the organisation: only Exchange-internal
  // lines below the real entry (MAPI submission, fe80:: hops, AuthAs: Internal), hoping the walk
  // reads the chain as "inside" and skips DMARC.
  write('m365-fake-internal-chain', {
    eml: onTop(
      submitted({
        from: CEO,
        to: 'Robin Reader <robin@contoso-bank.example>',
        subject: 'Quick favour (internal)',
        extraHeaders: [
          'Authentication-Results: dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none header.from=contoso-bank.example;',
          'X-MS-Exchange-Organization-AuthAs: Internal',
          'X-MS-Exchange-Organization-MessageDirectionality: Originating',
          'Return-Path: <ceo@contoso-bank.example>',
        ],
      }),
      ...exchangeMailboxHops(),
      eopEntry('vps-7731.hosting.example', '203.0.113.78'),
      ...senderTenantHops(),
    ),
    zone: VICTIM,
    meta: {
      about:
        "An outside sender writes an Exchange-internal chain (MAPI submission, fe80:: hops, AuthAs: Internal) under the real EOP entry, to pass as mail from inside the recipient's organisation",
      class: 'm365-origin',
      args: ['--webmail', 'auto'],
      expect: {
        verdict: 'spoofed',
        fields: { 'origin.ip': '203.0.113.78', 'dmarc.result': 'fail' },
      },
    },
  });

  // 5. Forged EOP results below the entry of a real Exchange Online delivery.
  write('m365-forged-eop-results-below-entry', {
    eml: onTop(
      submitted({
        from: CEO,
        to: TO,
        subject: 'Sign the attached mandate',
        extraHeaders: [
          ...exchangeOrgHeaders('BL02EPF00029927.namprd02.prod.outlook.com'),
          'Return-Path: <ceo@contoso-bank.example>',
        ],
      }),
      ...exchangeMailboxHops(),
      eopEntry('vps-7731.hosting.example', '203.0.113.77'),
      // The sender's own: EOP-style results claiming a pass, and an internal-looking AuthAs.
      'Authentication-Results: spf=pass (sender IP is 40.107.220.100)\r\n smtp.mailfrom=contoso-bank.example; dkim=pass (signature was verified)\r\n header.d=contoso-bank.example;dmarc=pass action=none\r\n header.from=contoso-bank.example;compauth=pass reason=100',
      'Authentication-Results-Original: contoso-bank.example; dmarc=pass header.from=contoso-bank.example',
      'X-MS-Exchange-Organization-AuthAs: Internal',
      eopEntry('NAM11-CO1-obe.outbound.protection.outlook.com', '40.107.220.100', 'CO1NAM11FT010'),
    ),
    zone: VICTIM,
    meta: {
      about:
        'Forged EOP Authentication-Results (no authserv-id, compauth=pass) and AuthAs: Internal written below the real EOP entry, with a fake Microsoft outbound hop under them',
      class: 'm365-forged-results',
      args: ['--webmail', 'auto'],
      expect: {
        verdict: 'spoofed',
        fields: { 'origin.ip': '203.0.113.77', provider: null, 'meta.profile.name': 'outlook' },
      },
    },
  });
}
