// Hosting (IaaS / VPS / cloud) providers by AS number. Anyone with a credit card can rent a server
// in these networks and send mail from it, so a message whose origin is here — and is not one of
// the provider's own email services (providers-esp.ts) — comes from a "hosted server".
//
// Source of every ASN: the org name the AS carries in the bundled @ip-location-db/asn data
// (RouteViews/NRO/DB-IP) — checked with `grep ',<asn>,' asn-ipv4.csv` when this list was written —
// plus the providers' own documentation of their networks (AWS, Azure, GCP, OCI peering pages,
// PeeringDB entries). Only ASNs that carry customer-rentable servers are listed: e.g. Microsoft's
// corporate 8068–8070 and Google's YouTube ASNs are not.
//
// These are the names shown for the big providers. The full hosting set is wider: the public
// data-centre ASN list packed with the IP data (public/ip/) by scripts/hosting-asns.ts (Datacamp, Strato
// and 800 more, shown under their AS organisation name); this list is always part of it.

export interface HostingProvider {
  /** Name shown to the user ("Amazon Web Services"). */
  name: string;
  asns: number[];
}

export const HOSTING_PROVIDERS: HostingProvider[] = [
  // AWS: 16509 (global), 14618 (us-east-1), 8987 (Ireland), 38895 (Tech Telecom), 7224.
  { name: 'Amazon Web Services', asns: [16509, 14618, 8987, 38895, 7224] },
  // Azure and Microsoft online services share 8075; EOP's mail ranges are carved out as an ESP.
  { name: 'Microsoft Azure', asns: [8075, 12076] },
  // 396982 = Google Cloud (GCE, Cloud Run); 19527 = Google Cloud (newer allocations).
  { name: 'Google Cloud', asns: [396982, 19527] },
  // 15169 = Google's main AS (App Engine, Apps Script, Gmail: _spf.google.com's ranges are an ESP).
  { name: 'Google', asns: [15169] },
  { name: 'Oracle Cloud', asns: [31898] },
  { name: 'DigitalOcean', asns: [14061, 393406, 46652] },
  { name: 'Akamai Cloud (Linode)', asns: [63949, 48337] },
  { name: 'Hetzner', asns: [24940, 213230, 212317, 215859] },
  { name: 'OVHcloud', asns: [16276, 35540] },
  // "The Constant Company, LLC" is Vultr's operating company.
  { name: 'Vultr', asns: [20473, 46407] },
  { name: 'Alibaba Cloud', asns: [45102, 134963, 37963] },
  { name: 'Tencent Cloud', asns: [132203, 45090, 133478] },
  { name: 'Contabo', asns: [51167, 40021, 141995] },
  { name: 'Scaleway', asns: [12876, 29447, 54265] },
  { name: 'IONOS', asns: [8560] },
  { name: 'Leaseweb', asns: [60781, 16265, 28753, 30633, 395954, 7203, 27411, 396190, 396362, 59253] },
  { name: 'IBM Cloud', asns: [36351] },
  { name: 'Huawei Cloud', asns: [55990, 136907] },
  // Rackspace: Mailgun's older ranges sit here (carved out as an ESP).
  { name: 'Rackspace', asns: [33070, 19994, 27357, 15395] },
  { name: 'Hostinger', asns: [47583, 204915] },
  { name: 'GoDaddy', asns: [26496, 398101] },
  { name: 'Kamatera', asns: [36007, 210329, 204548, 41436] },
  { name: 'UpCloud', asns: [202053, 25697] },
  { name: 'Fly.io', asns: [40509] },
  { name: 'netcup', asns: [197540, 214996] },
  { name: 'Hivelocity', asns: [29802, 61317] },
  { name: 'M247', asns: [9009, 16247] },
  { name: 'Namecheap', asns: [22612] },
  { name: 'HostPapa', asns: [54290, 36352] },
  { name: 'FranTech (BuyVM)', asns: [53667] },
  { name: 'Selectel', asns: [49505] },
  { name: 'Timeweb', asns: [9123] },
  { name: 'G-Core Labs', asns: [199524] },
  { name: 'Servers.com', asns: [7979] },
  { name: 'Psychz Networks', asns: [40676] },
  { name: 'QuadraNet', asns: [8100] },
  { name: 'Clouvider', asns: [62240] },
  { name: 'Aeza', asns: [210644] },
  // Exoscale's network is registered to its operating company, Akenes SA; not on the
  // data-centre list packed with the tables (scripts/hosting-asns.ts), hence curated here.
  { name: 'Exoscale', asns: [61098] },
  // Gandi's network carries its rented VPS and cloud servers (xvm-….dc0.ghst.net) beside its mail
  // relays, which lib/relay/providers-esp.ts knows by name; not on the data-centre list (red-team
  // round 139: a VPS inside the /20 a firm's flattened SPF copied from Gandi's).
  { name: 'Gandi', asns: [29169] },
  // Infomaniak's network carries its Public Cloud and VPS (rented by the hour) beside its mail
  // relays, which lib/relay/providers-esp.ts knows by name (smtp-xxxx.mail.infomaniak.ch); not on
  // the data-centre list (red-team round 222: a Public Cloud VM replaying a bank's notice).
  { name: 'Infomaniak', asns: [29222] },
];

/**
 * Cloud address blocks the bundled AS data misses or files under another network, by the
 * provider's own registration (RIR whois): always hosting, whatever the tables say (red-team round
 * 222). DigitalOcean's droplet IPv6 blocks (ARIN 2604:a880::/32, RIPE 2a03:b0c0::/32, APNIC
 * 2400:6180::/32), some of whose /48s (NYC, SFO3, LON1) have no AS row in the data; Tencent
 * Cloud's IPv6 (APNIC 2402:4e00::/32, Shenzhen Tencent Computer Systems), filed there under a
 * CHINANET AS.
 */
export const HOSTING_RANGES: ReadonlyArray<{ cidr: string; label: string }> = [
  { cidr: '2604:a880::/32', label: 'DigitalOcean' },
  { cidr: '2a03:b0c0::/32', label: 'DigitalOcean' },
  { cidr: '2400:6180::/32', label: 'DigitalOcean' },
  { cidr: '2402:4e00::/32', label: 'Tencent Cloud' },
];

/** AS number → hosting provider name. */
export const HOSTING_BY_ASN: ReadonlyMap<number, string> = new Map(
  HOSTING_PROVIDERS.flatMap((p) => p.asns.map((a) => [a, p.name] as const)),
);
