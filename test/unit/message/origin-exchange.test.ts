// The Exchange Online entry rule (lib/message/origin-exchange.ts) on hop layouts taken from real,
// public Exchange Online deliveries (sources in test/fixtures/legit/README-m365.md); names and
// Microsoft's own addresses kept, senders' addresses replaced by documentation ones where the
// test does not need the real one.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analyze';
import { ZoneResolver } from '../../../lib/dns';
import { findOrigin, type OriginHints } from '../../../lib/message/origin';
import { exchangeOrgRows } from '../../../lib/message/origin-exchange';
import { parseMessage } from '../../../lib/message/parse';
import { parseReceivedChain } from '../../../lib/message/received';
import { WEBMAIL_PROFILES } from '../../../lib/webmail/profiles';

const OUTLOOK: OriginHints = {
  receiverNetworks: [...WEBMAIL_PROFILES.outlook.receiverNetworks],
  entryRule: 'exchange-online',
};

function hops(...received: string[]) {
  const raw = [...received.map((r) => `Received: ${r}`), 'From: a@example.com', 'Subject: t', '', 'x'].join(
    '\r\n',
  );
  return parseReceivedChain(parseMessage(raw).headers);
}

// The recipient tenant's hops above the entry (a Microsoft 365 mailbox in North America, 2024).
const MAILBOX = [
  'from DS0PR11MB8134.namprd11.prod.outlook.com (2603:10b6:8:15a::9) by PH7PR11MB8600.namprd11.prod.outlook.com with HTTPS; Mon, 18 Nov 2024 20:09:03 +0000',
  'from BL1PR13CA0103.namprd13.prod.outlook.com (2603:10b6:208:2b9::18) by DS0PR11MB8134.namprd11.prod.outlook.com (2603:10b6:8:15a::9) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.19; Mon, 18 Nov 2024 20:08:58 +0000',
  'from BL02EPF00029927.namprd02.prod.outlook.com (2603:10b6:208:2b9:cafe::aa) by BL1PR13CA0103.outlook.office365.com (2603:10b6:208:2b9::18) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8182.13 via Frontend Transport; Mon, 18 Nov 2024 20:08:57 +0000',
];
const entryFrom = (helo: string, ip: string) =>
  `from ${helo} (${ip}) by BL02EPF00029927.mail.protection.outlook.com (10.167.249.52) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.14 via Frontend Transport; Mon, 18 Nov 2024 20:08:57 +0000`;
// The sending tenant's own hops (what another Microsoft 365 tenant's mail carries below the entry).
const SENDER_TENANT = [
  'from DM6PR08MB5580.namprd08.prod.outlook.com (2603:10b6:5:10f::27) by BN0PR08MB7535.namprd08.prod.outlook.com (2603:10b6:408:15b::22) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; Mon, 18 Nov 2024 20:08:52 +0000',
  'from DM6PR08MB5580.namprd08.prod.outlook.com ([fe80::6b83:cde9:52cc:3a38]) by DM6PR08MB5580.namprd08.prod.outlook.com ([fe80::6b83:cde9:52cc:3a38%6]) with mapi id 15.20.8158.023; Mon, 18 Nov 2024 20:08:52 +0000',
];

describe('Exchange Online entry rule', () => {
  it('external → Microsoft 365: the address that handed the message to the EOP frontend', () => {
    const h = hops(...MAILBOX, entryFrom('mail-lj1-f170.google.com', '209.85.208.170'));
    expect(findOrigin(h, OUTLOOK)).toMatchObject({ hopIndex: 3, ip: '209.85.208.170' });
    expect(h.map((x) => x.internal)).toEqual([true, true, true, false]);
  });

  it('Microsoft 365 tenant → tenant: the other tenant’s outbound address is the origin, not "internal"', () => {
    const h = hops(
      ...MAILBOX,
      entryFrom('NAM10-BN7-obe.outbound.protection.outlook.com', '40.107.92.55'),
      ...SENDER_TENANT,
    );
    expect(findOrigin(h, OUTLOOK)).toMatchObject({
      hopIndex: 3,
      ip: '40.107.92.55',
      helo: 'NAM10-BN7-obe.outbound.protection.outlook.com',
    });
    // Before issue 17 the adapter counted 40.107.0.0/16 as the receiver's: no origin at all.
    expect(
      findOrigin(hops(...MAILBOX, entryFrom('x.outbound.protection.outlook.com', '40.107.92.55')), {
        receiverNetworks: ['40.107.0.0/16', '2603:1080::/25'],
      }).ip,
    ).toBeNull();
  });

  it('outlook.com → Microsoft 365: its 52.103.x.x outbound address', () => {
    const h = hops(...MAILBOX, entryFrom('OS0P286CU011.outbound.protection.outlook.com', '52.103.66.3'));
    expect(findOrigin(h, OUTLOOK).ip).toBe('52.103.66.3');
  });

  it('hybrid: the on-premises Exchange server that handed over, not its private hops below', () => {
    const h = hops(
      ...MAILBOX,
      entryFrom('SATLEXMB04.amd.com', '165.204.84.17'),
      'from bmoger-ubuntu.amd.com (10.180.168.240) by SATLEXMB04.amd.com (10.181.40.145) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256) id 15.1.2507.39; Tue, 6 Aug 2024 17:02:13 -0500',
    );
    expect(findOrigin(h, OUTLOOK)).toMatchObject({ hopIndex: 3, ip: '165.204.84.17' });
  });

  it('older layout: EOP hands on inside from 2a01:111:f400:…, still above the entry', () => {
    const h = hops(
      'from BL2NAM02FT056.eop-nam02.prod.protection.outlook.com (2a01:111:f400:7e46::201) by SN4PR0201CA0055.outlook.office365.com (2603:10b6:803:20::17) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.2729.31 via Frontend Transport; Wed, 19 Feb 2020 12:29:16 +0000',
      'from xsj-pvapsmtpgw01 (149.199.60.83) by BL2NAM02FT056.mail.protection.outlook.com (10.152.77.221) with Microsoft SMTP Server (version=TLS1_0, cipher=TLS_RSA_WITH_AES_256_CBC_SHA) id 15.20.2729.22 via Frontend Transport; Wed, 19 Feb 2020 12:29:16 +0000',
    );
    expect(findOrigin(h, OUTLOOK).ip).toBe('149.199.60.83');
  });

  it('a spoof from a cloud VM: its own address, whatever Microsoft-looking lines it wrote below', () => {
    const h = hops(
      ...MAILBOX,
      entryFrom('ec2-3-85-17-200.compute-1.amazonaws.com', '3.85.17.200'),
      // The sender's invention: a hand-off from Microsoft's outbound, to make SPF judge 40.107.x.x.
      'from NAM11-CO1-obe.outbound.protection.outlook.com (40.107.220.100) by CO1NAM11FT010.mail.protection.outlook.com (10.13.175.88) with Microsoft SMTP Server id 15.20.6178.10 via Frontend Transport; Mon, 18 Nov 2024 20:08:50 +0000',
    );
    expect(findOrigin(h, OUTLOOK)).toMatchObject({ hopIndex: 3, ip: '3.85.17.200' });
  });

  it('never passes a line it cannot vouch for: a non-Microsoft receiver on top ends the walk', () => {
    // Read with the Outlook profile, but delivered by someone else: the top hop is theirs.
    const h = hops(
      'from mail.attacker.example (mail.attacker.example [198.51.100.66]) by mx.reader.example (Postfix) with ESMTPS id 1; Mon, 18 Nov 2024 20:09:00 +0000',
      entryFrom('NAM11-CO1-obe.outbound.protection.outlook.com', '40.107.220.100'),
    );
    expect(findOrigin(h, OUTLOOK).ip).toBe('198.51.100.66');
  });

  it('a Microsoft-named hop from a public address that is not Microsoft’s ends the walk', () => {
    const h = hops(
      'from [10.7.18.5] (176.125.230.9) by MRXP264CA0039.FRAP264.PROD.OUTLOOK.COM (2603:10a6:500:14::27) with Microsoft SMTP Server id 15.20.4242.16 via Frontend Transport; Mon, 21 Jun 2021 04:20:25 +0000',
      entryFrom('mail.example.net', '203.0.113.25'),
    );
    // No entry reachable from the top: the general rule, with only the internal block as the receiver's.
    expect(findOrigin(h, OUTLOOK).ip).toBe('176.125.230.9');
  });

  it('mail within one organisation (only Exchange Online hops): no origin, marked inside the receiver', () => {
    const h = hops(MAILBOX[0]!, ...SENDER_TENANT);
    expect(findOrigin(h, OUTLOOK)).toEqual({
      hopIndex: null,
      ip: null,
      helo: null,
      rdns: null,
      insideReceiver: true,
    });
    expect(h.every((x) => x.internal)).toBe(true);
    // The same chain with the entry of outside mail under the mailbox hops is not "inside".
    expect(
      findOrigin(hops(...MAILBOX, entryFrom('mail.example.net', '203.0.113.25'), ...SENDER_TENANT), OUTLOOK)
        .ip,
    ).toBe('203.0.113.25');
  });

  it('without an EOP frontend hop (a Sent-folder copy): the general rule, Microsoft’s outbound not internal', () => {
    const h = hops(
      ...SENDER_TENANT,
      'from [192.0.2.5] (198.51.100.9) by DM6PR08MB5580.namprd08.prod.outlook.com (2603:10b6:5:10f::27) with Microsoft SMTP Server id 15.20.1; Mon, 18 Nov 2024 20:08:51 +0000',
    );
    expect(findOrigin(h, OUTLOOK).ip).toBe('198.51.100.9');
  });

  // Red-team round 5: an EHLO printed as sent, "a (helo=b)", reads like Exim's record with an
  // address after helo= (unreadable, no IP); the walk took it for Microsoft's own hand-off and
  // went on to the sender's forged EOP entry from the bank's address.
  it('an unreadable EOP entry line is the entry, with no address: the walk never goes below it', () => {
    const forged = entryFrom('mail.northbank.example', '192.0.2.10').replace(
      'BL02EPF00029927',
      'DM6PR08CA0001',
    );
    const h = hops(...MAILBOX, entryFrom('a (helo=b)', '198.51.100.66'), forged);
    expect(h[3]!.unreadable).toBe(true);
    expect(findOrigin(h, OUTLOOK)).toMatchObject({ hopIndex: 3, ip: null });
    // Alone, it is still an entry from outside, not mail inside the organisation.
    const alone = findOrigin(hops(...MAILBOX, entryFrom('a (helo=b)', '198.51.100.66')), OUTLOOK);
    expect(alone).toMatchObject({ hopIndex: 3, ip: null });
    expect(alone.insideReceiver).toBeUndefined();
  });
});

// Microsoft's sovereign clouds (real-mail round 33): GCC High / DoD (office365.us; hops as in public
// copies, 2020–2025: frontends *.mail.protection.office365.us, mailbox servers *.NAMP110.PROD.OUTLOOK.COM
// in 2001:489a::/32) and 21Vianet (partner.outlook.cn, 2406:e500::/32).
describe('Exchange Online entry rule in the sovereign clouds', () => {
  const GCC_MAILBOX = [
    'from SN1P110CA0028.NAMP110.PROD.OUTLOOK.COM (2001:489a:200:61::18) by CY1P110MB0358.NAMP110.PROD.OUTLOOK.COM (2001:489a:200:401::16) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.30; Fri, 20 Nov 2026 10:00:05 +0000',
    'from CY1USG02FT007.eop-usg02.itar.protection.office365.us (2001:489a:2202:d::631) by SN1P110CA0028.office365.us (2001:489a:200:61::18) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.30 via Frontend Transport; Fri, 20 Nov 2026 10:00:05 +0000',
  ];
  const gccEntry = (helo: string, ip: string) =>
    `from ${helo} (${ip}) by CY1USG02FT007.mail.protection.office365.us (10.97.26.110) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.30 via Frontend Transport; Fri, 20 Nov 2026 10:00:04 +0000`;

  it('GCC High: the address that handed the message to the office365.us frontend', () => {
    const h = hops(...GCC_MAILBOX, gccEntry('mail.partner.example', '198.51.100.40'));
    expect(findOrigin(h, OUTLOOK)).toMatchObject({ hopIndex: 2, ip: '198.51.100.40' });
  });

  it('GCC High: mail between two of its mailboxes never left it', () => {
    const h = hops(
      'from CY1P110MB0412.NAMP110.PROD.OUTLOOK.COM (2001:489a:200:401::22) by CY1P110MB0358.NAMP110.PROD.OUTLOOK.COM with HTTPS; Fri, 20 Nov 2026 10:00:02 +0000',
      'from CY1P110MB0412.NAMP110.PROD.OUTLOOK.COM ([fe80::5d1c:8a1e:7b2f:c3d4]) by CY1P110MB0412.NAMP110.PROD.OUTLOOK.COM ([fe80::5d1c:8a1e:7b2f:c3d4%5]) with mapi id 15.20.8158.023; Fri, 20 Nov 2026 10:00:01 +0000',
    );
    expect(findOrigin(h, OUTLOOK)).toMatchObject({ ip: null });
    expect(h.every((x) => x.internal)).toBe(true);
  });

  it('21Vianet: the address that handed the message to the partner.outlook.cn frontend', () => {
    const h = hops(
      'from ZQ0PR01CA0042.CHNPR01.prod.partner.outlook.cn (2406:e500:c520:7::13) by ZQ2PR01MB1276.CHNPR01.prod.partner.outlook.cn (2406:e500:c550:10::7) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9913.10; Fri, 20 Nov 2026 10:00:05 +0000',
      'from SH0CHN01FT012.eop-CHN01.prod.protection.partner.outlook.cn (2406:e500:4400:d::207) by ZQ0PR01CA0042.partner.outlook.cn (2406:e500:c520:7::13) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9913.10 via Frontend Transport; Fri, 20 Nov 2026 10:00:05 +0000',
      'from mail.partner.example (198.51.100.40) by SH0CHN01FT012.mail.protection.partner.outlook.cn (10.43.110.84) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9913.10 via Frontend Transport; Fri, 20 Nov 2026 10:00:04 +0000',
    );
    expect(findOrigin(h, OUTLOOK)).toMatchObject({ hopIndex: 2, ip: '198.51.100.40' });
  });

  it('a GCC High inner address outside a Microsoft host is no hand-off: the walk stops there', () => {
    // The sender's own line naming a host of its own from GCC High's block: not a Microsoft host.
    const h = hops(
      ...GCC_MAILBOX.slice(0, 1),
      'from mail.attacker.example (2001:489a:200:61::99) by relay.attacker.example with ESMTP; Fri, 20 Nov 2026 10:00:04 +0000',
    );
    expect(findOrigin(h, OUTLOOK).hopIndex).not.toBe(1);
  });
});

// Exchange hybrid, the reader's mailbox on Exchange Server on premises, MX at EOP
// (rw39-hybrid-onprem-mailbox-reader-via-eop): the on-premises box's lines on top, its frontend's
// hop from Exchange Online's outbound host, then the tenant's own lines down to EOP's entry.
describe('Exchange hybrid, mailbox on premises (hybridOnPremisesHandOff)', () => {
  const BOX = [
    'from EXCH02.corp.reader.example (10.20.1.12) by EXCH01.corp.reader.example (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11 via Mailbox Transport; Mon, 18 Nov 2024 20:09:05 +0000',
  ];
  const handOff = (helo = 'NAM12-MW2-obe.outbound.protection.outlook.com', ip = '40.107.92.57') =>
    `from ${helo} (${ip}) by EXCH02.corp.reader.example (10.20.1.12) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11 via Frontend Transport; Mon, 18 Nov 2024 20:09:04 +0000`;
  // The tenant's transport and frontend above EOP's entry (as in MAILBOX, without the HTTPS hop).
  const TENANT = MAILBOX.slice(1);
  const INTERNAL_ROWS = [
    'X-MS-Exchange-Organization-AuthSource: EXCH02.corp.reader.example',
    'X-MS-Exchange-Organization-AuthAs: Internal',
    'X-MS-Exchange-Organization-AuthMechanism: 10',
  ];
  const ANONYMOUS_ROWS = [
    'X-MS-Exchange-Organization-AuthSource: EXCH02.corp.reader.example',
    'X-MS-Exchange-Organization-AuthAs: Anonymous',
  ];
  /** findOrigin as lib/analyze.ts calls it in the Outlook profile: the rows read from the header block. */
  function origin(received: string[], rows: string[]) {
    const raw = [
      ...received.map((r) => `Received: ${r}`),
      'From: a@riverside-rowing.example',
      'Subject: t',
      ...rows,
      '',
      'x',
    ].join('\r\n');
    const headers = parseMessage(raw).headers;
    const h = parseReceivedChain(headers);
    return { o: findOrigin(h, { ...OUTLOOK, exchangeOrgRows: exchangeOrgRows(headers) }), h };
  }
  const CLUB = entryFrom('mail.riverside-rowing.example', '198.51.100.25');

  it('the organisation’s own connector (AuthAs Internal, mechanism 10, AuthSource the frontend): EOP’s entry', () => {
    const { o, h } = origin([...BOX, handOff(), ...TENANT, CLUB], INTERNAL_ROWS);
    expect(o).toMatchObject({ hopIndex: 4, ip: '198.51.100.25' });
    expect(h.map((x) => x.internal)).toEqual([true, true, true, true, false]);
  });

  it('another tenant delivering straight to the on-premises box (stamped Anonymous): its outbound address', () => {
    const { o } = origin([...BOX, handOff(), ...TENANT, CLUB], ANONYMOUS_ROWS);
    expect(o).toMatchObject({ hopIndex: 1, ip: '40.107.92.57' });
  });

  it('a sender’s forged Internal rows beside the box’s own stamp are two copies: no step over the box', () => {
    const { o } = origin([...BOX, handOff(), ...TENANT, CLUB], [...INTERNAL_ROWS, ...ANONYMOUS_ROWS]);
    expect(o).toMatchObject({ hopIndex: 1, ip: '40.107.92.57' });
  });

  it('Internal by another mechanism, or AuthSource naming another box: no step over the box', () => {
    const other = INTERNAL_ROWS.map((r) => r.replace(': 10', ': 04'));
    expect(origin([...BOX, handOff(), ...TENANT, CLUB], other).o).toMatchObject({ hopIndex: 1 });
    const elsewhere = INTERNAL_ROWS.map((r) => r.replace('EXCH02', 'EXCH01'));
    expect(origin([...BOX, handOff(), ...TENANT, CLUB], elsewhere).o).toMatchObject({ hopIndex: 1 });
  });

  it('the hand-off must come from Exchange Online’s outbound host in its public networks', () => {
    // A VM greeting with Microsoft's outbound name, and Microsoft's address greeting otherwise.
    const vm = origin([...BOX, handOff(undefined, '203.0.113.9'), ...TENANT, CLUB], INTERNAL_ROWS).o;
    expect(vm).toMatchObject({ hopIndex: 1, ip: '203.0.113.9' });
    const helo = origin([...BOX, handOff('mail.attacker.example'), ...TENANT, CLUB], INTERNAL_ROWS).o;
    expect(helo).toMatchObject({ hopIndex: 1, ip: '40.107.92.57' });
  });

  it('only Exchange lines between the organisation’s internal addresses above the hand-off', () => {
    const postfix =
      'from EXCH02.corp.reader.example (unknown [10.20.1.12]) by mx.corp.reader.example (Postfix) with ESMTPS id 4XyZ1; Mon, 18 Nov 2024 20:09:06 +0000';
    expect(origin([postfix, handOff(), ...TENANT, CLUB], INTERNAL_ROWS).o.hopIndex).not.toBe(3);
  });

  it('below the hand-off, only Exchange Online’s own lines down to an EOP entry: else the hand-off stays the origin', () => {
    // A line the sender wrote right below the hand-off (no Exchange Online host): the walk stops.
    const forged = `from mail.attacker.example (198.51.100.66) by BL02EPF00029927.mail.protection.outlook.com (10.167.249.52) with Microsoft SMTP Server id 15.20.8158.14 via Frontend Transport; Mon, 18 Nov 2024 20:09:00 +0000`;
    const fake =
      'from x.attacker.example (203.0.113.50) by relay.attacker.example with ESMTP; Mon, 18 Nov 2024 20:09:01 +0000';
    expect(origin([...BOX, handOff(), fake, forged], INTERNAL_ROWS).o).toMatchObject({ hopIndex: 1 });
    // A colleague's cloud mailbox (no EOP entry at all): as before, the hand-off.
    expect(origin([...BOX, handOff(), ...SENDER_TENANT], INTERNAL_ROWS).o).toMatchObject({ hopIndex: 1 });
  });

  // An Edge Transport server between Exchange Online and the mailbox server
  // (rw41-hybrid-edge-transport-onprem-mailbox): the Edge has no frontend service, so its line
  // from EXO's outbound host carries no "via"; it hands on to the mailbox server above.
  describe('through an Edge Transport server', () => {
    const EDGE = 'EDGE01.corp.reader.example';
    const edgeToMbx = `from ${EDGE} (172.16.10.5) by EXCH01.corp.reader.example (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; Mon, 18 Nov 2024 20:09:05 +0000`;
    const exoToEdge = (via = '') =>
      `from NAM12-MW2-obe.outbound.protection.outlook.com (40.107.92.57) by ${EDGE} (172.16.10.5) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11${via}; Mon, 18 Nov 2024 20:09:04 +0000`;
    const MBX =
      'from EXCH01.corp.reader.example (10.20.1.11) by EXCH01.corp.reader.example (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11 via Mailbox Transport; Mon, 18 Nov 2024 20:09:06 +0000';
    const rows = (authAs = 'Internal') => [
      `X-MS-Exchange-Organization-AuthSource: ${EDGE}`,
      `X-MS-Exchange-Organization-AuthAs: ${authAs}`,
      'X-MS-Exchange-Organization-AuthMechanism: 10',
    ];

    it('genuine: the Edge the rows name (Internal, mechanism 10) hands on to the mailbox server: EOP’s entry', () => {
      const { o } = origin([MBX, edgeToMbx, exoToEdge(), ...TENANT, CLUB], rows());
      expect(o).toMatchObject({ hopIndex: 5, ip: '198.51.100.25' });
    });

    it('another tenant reaching the Edge from the same 40.107.x (stamped Anonymous): its outbound address', () => {
      const { o } = origin([MBX, edgeToMbx, exoToEdge(), ...TENANT, CLUB], rows('Anonymous'));
      expect(o).toMatchObject({ hopIndex: 2, ip: '40.107.92.57' });
    });

    it('no "via" but nothing above the box hands on from it (a box that would hold the mailbox): refused', () => {
      // The hop from EXO on top: no hand-off from the AuthSource above it.
      expect(origin([exoToEdge(), ...TENANT, CLUB], rows()).o).toMatchObject({ hopIndex: 0 });
      // The line above hands on from another box than the AuthSource.
      const other = edgeToMbx.replace(`from ${EDGE}`, 'from EDGE02.corp.reader.example');
      expect(origin([MBX, other, exoToEdge(), ...TENANT, CLUB], rows()).o).toMatchObject({ hopIndex: 2 });
    });

    it('a "via" other than Frontend Transport on the hop from EXO: refused', () => {
      const { o } = origin([MBX, edgeToMbx, exoToEdge(' via Mailbox Transport'), ...TENANT, CLUB], rows());
      expect(o).toMatchObject({ hopIndex: 2 });
    });

    it('an Edge on a public perimeter address (the box the rows name): EOP’s entry; another tenant there: refused', () => {
      const pub = (line: string) => line.replaceAll(`${EDGE} (172.16.10.5)`, `${EDGE} (203.0.113.25)`);
      const chain = [MBX, pub(edgeToMbx), pub(exoToEdge()), ...TENANT, CLUB];
      expect(origin(chain, rows()).o).toMatchObject({ hopIndex: 5, ip: '198.51.100.25' });
      // Another tenant: the rows refuse, and the generic walk stops at the first public address, the
      // Edge's own (as before the Edge rule): never the lines below.
      expect(origin(chain, rows('Anonymous')).o).toMatchObject({ hopIndex: 1, ip: '203.0.113.25' });
      // Only the box the rows name may print a public address: another box on one stops the walk.
      const otherPublic = MBX.replaceAll(
        'EXCH01.corp.reader.example (10.20.1.11)',
        'EXCH01.corp.reader.example (203.0.113.26)',
      );
      expect(
        origin([otherPublic, pub(edgeToMbx), pub(exoToEdge()), ...TENANT, CLUB], rows()).o?.hopIndex,
      ).not.toBe(5);
    });

    it('the sender’s own lines right below the Edge’s hop: the hand-off stays the origin', () => {
      const fake =
        'from x.attacker.example (203.0.113.50) by relay.attacker.example with ESMTP; Mon, 18 Nov 2024 20:09:01 +0000';
      const { o } = origin([MBX, edgeToMbx, exoToEdge(), fake, CLUB], rows());
      expect(o).toMatchObject({ hopIndex: 2, ip: '40.107.92.57' });
    });
  });

  it('without the Outlook profile the rows are not read: the hand-off, as before', () => {
    const raw = [...BOX, handOff(), ...TENANT, CLUB].map((r) => `Received: ${r}`).join('\r\n');
    const h = parseReceivedChain(parseMessage(`${raw}\r\n${INTERNAL_ROWS.join('\r\n')}\r\n\r\nx`).headers);
    expect(findOrigin(h).hopIndex).toBe(1);
  });
});

describe('Exchange hybrid, mailbox on premises, through analyzeMessage', () => {
  const zone = ZoneResolver.fromJson({
    'riverside-rowing.example': { TXT: ['v=spf1 ip4:198.51.100.25 -all'] },
    '_dmarc.riverside-rowing.example': { TXT: ['v=DMARC1; p=reject'] },
  });
  const message = (rows: string[]) =>
    [
      'Received: from EXCH02.corp.reader.example (10.20.1.12) by EXCH01.corp.reader.example (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11 via Mailbox Transport; Mon, 18 Nov 2024 20:09:05 +0000',
      'Received: from NAM12-MW2-obe.outbound.protection.outlook.com (40.107.92.57) by EXCH02.corp.reader.example (10.20.1.12) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11 via Frontend Transport; Mon, 18 Nov 2024 20:09:04 +0000',
      ...MAILBOX.slice(1).map((r) => `Received: ${r}`),
      'Authentication-Results: spf=pass (sender IP is 198.51.100.25) smtp.mailfrom=riverside-rowing.example; dkim=none (message not signed) header.d=none;dmarc=pass action=none header.from=riverside-rowing.example;compauth=pass reason=100',
      `Received: ${entryFrom('mail.riverside-rowing.example', '198.51.100.25')}`,
      'Return-Path: <news@riverside-rowing.example>',
      'From: Riverside Rowing <news@riverside-rowing.example>',
      'To: robin@reader.example',
      'Subject: Regatta',
      'Date: Mon, 18 Nov 2024 20:08:50 +0000',
      'Message-ID: <r1@riverside-rowing.example>',
      ...rows,
      '',
      'Hello',
      '',
    ].join('\r\n');

  it('genuine: the organisation’s own tenant handed it over, EOP’s entry names the club’s server', async () => {
    const a = await analyzeMessage(
      message([
        'X-MS-Exchange-Organization-AuthSource: EXCH02.corp.reader.example',
        'X-MS-Exchange-Organization-AuthAs: Internal',
        'X-MS-Exchange-Organization-AuthMechanism: 10',
      ]),
      { resolver: zone, webmail: 'outlook' },
    );
    expect(a.origin.ip).toBe('198.51.100.25');
    expect(a.verdict).toBe('authenticated');
  });

  it('another tenant’s delivery to the box (Anonymous), the same lines forged below it: spoofed', async () => {
    const a = await analyzeMessage(
      message([
        'X-MS-Exchange-Organization-AuthSource: EXCH02.corp.reader.example',
        'X-MS-Exchange-Organization-AuthAs: Anonymous',
      ]),
      { resolver: zone, webmail: 'outlook' },
    );
    expect(a.origin.ip).toBe('40.107.92.57');
    expect(a.verdict).toBe('spoofed');
  });
});
