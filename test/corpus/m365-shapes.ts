// Exchange Online, Gmail and Yahoo header shapes for the m365-* corpus cases, copied in form (not
// in content) from real, public deliveries; sources in test/fixtures/legit/README-m365.md.
// Microsoft's own host names and addresses are kept where the case is about them (its outbound
// 40.107.x.x and 52.103.x.x, its internal 2603:10b6:… and 10.167.x.x); senders use documentation
// names and addresses.
import { corpusKeys } from '../helpers/corpus';

const DATE = 'Fri, 20 Nov 2026 10:00:05 +0000';

/**
 * The recipient tenant's own hops, top down, above the EOP frontend `frontend` (its mailbox
 * server over HTTPS, the transport hop, the frontend handing on inside 2603:10b6::/32), as in a
 * Microsoft 365 delivery of Nov 2024 (README-m365.md, source 1).
 */
export function exchangeMailboxHops(frontend = 'BL02EPF00029927'): string[] {
  return [
    `Received: from DS0PR11MB8134.namprd11.prod.outlook.com (2603:10b6:8:15a::9) by\r\n PH7PR11MB8600.namprd11.prod.outlook.com with HTTPS; ${DATE}`,
    `Received: from BL1PR13CA0103.namprd13.prod.outlook.com (2603:10b6:208:2b9::18)\r\n by DS0PR11MB8134.namprd11.prod.outlook.com (2603:10b6:8:15a::9) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.19; ${DATE}`,
    `Received: from ${frontend}.namprd02.prod.outlook.com\r\n (2603:10b6:208:2b9:cafe::aa) by BL1PR13CA0103.outlook.office365.com\r\n (2603:10b6:208:2b9::18) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8182.13 via Frontend\r\n Transport; ${DATE}`,
  ];
}

/** EOP's Authentication-Results (no authserv-id) and Received-SPF, written right above the entry. */
export function eopResults(r: {
  ip: string;
  mailfrom: string;
  spf: string;
  dkim: string;
  dmarc: string;
  from: string;
  compauth: string;
}): string[] {
  return [
    `Authentication-Results: spf=${r.spf} (sender IP is ${r.ip})\r\n smtp.mailfrom=${r.mailfrom}; ${r.dkim};dmarc=${r.dmarc} action=none\r\n header.from=${r.from};compauth=${r.compauth}`,
    `Received-SPF: ${r.spf === 'pass' ? 'Pass' : 'Fail'} (protection.outlook.com: domain of ${r.mailfrom} ${r.spf === 'pass' ? 'designates' : 'does not designate'}\r\n ${r.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${r.ip}; helo=${r.mailfrom}; pr=C`,
  ];
}

/** The entry: the EOP inbound frontend `frontend` takes the message from `helo` at `ip`. */
export function eopEntry(helo: string, ip: string, frontend = 'BL02EPF00029927'): string {
  return `Received: from ${helo} (${ip}) by\r\n ${frontend}.mail.protection.outlook.com (10.167.249.52) with Microsoft\r\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.14\r\n via Frontend Transport; ${DATE}`;
}

/** A sending tenant's own hops below its outbound hand-off (mailbox submission over MAPI). */
export function senderTenantHops(mailbox = 'DM6PR08MB5580'): string[] {
  return [
    `Received: from ${mailbox}.namprd08.prod.outlook.com (2603:10b6:5:10f::27)\r\n by BN0PR08MB7535.namprd08.prod.outlook.com (2603:10b6:408:15b::22) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; Fri, 20 Nov 2026 10:00:02 +0000`,
    `Received: from ${mailbox}.namprd08.prod.outlook.com\r\n ([fe80::6b83:cde9:52cc:3a38]) by ${mailbox}.namprd08.prod.outlook.com\r\n ([fe80::6b83:cde9:52cc:3a38%6]) with mapi id 15.20.8158.023; Fri, 20 Nov 2026\r\n 10:00:01 +0000`,
  ];
}

/**
 * The organisation headers Exchange appends at the bottom of the header block, below the
 * sender's own (so they are added to the submitted message's extra headers, not on top).
 * `entity` is where Exchange says the message came from (`Internet`; `HybridOnPrem` behind an on-premises Exchange).
 */
export function exchangeOrgHeaders(authSource: string, entity = 'Internet'): string[] {
  return [
    'X-MS-Exchange-Organization-MessageDirectionality: Incoming',
    'X-MS-PublicTrafficType: Email',
    `X-MS-Exchange-Organization-AuthSource: ${authSource}`,
    'X-MS-Exchange-Organization-AuthAs: Anonymous',
    `X-MS-Exchange-CrossTenant-FromEntityHeader: ${entity}`,
  ];
}

/**
 * Microsoft 365's SPF include, simplified: the real spf.protection.outlook.com includes further
 * records (spfa/spfb…); the case only needs the public mail ranges it authorises.
 */
export const M365_SPF_ZONE = {
  'spf.protection.outlook.com': {
    TXT: [
      'v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip4:52.100.0.0/15 ip4:52.102.0.0/16 ip4:104.47.0.0/17 ip6:2a01:111:f400::/48 ip6:2a01:111:f403::/48 -all',
    ],
  },
};

/** DKIM key record under a tenant's onmicrosoft.com domain (`selector1-<domain>._domainkey.<tenant>`). */
export function tenantKey(tenant: string, selector: string): Record<string, { TXT: string[] }> {
  return { [`${selector}._domainkey.${tenant}.onmicrosoft.com`]: { TXT: [corpusKeys().rsaTxt] } };
}
