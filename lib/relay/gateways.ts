// Well-known mail gateways (inbound filtering services, which also relay their customers' outbound
// mail) and the names and ranges they are recognised by. Pure data plus one lookup.
//
// RECOGNISED, NEVER TRUSTED by itself: every customer of these services sends and receives through
// the same hosts, so "a Mimecast host handed this over" says only that the reader's organisation,
// or the sender's, uses Mimecast. The popup turns a recognised gateway at the entry hop into a
// question; only the user's answer (AnalyzeOptions.trustedGateways) makes it part of the receiver.
//
// Sources (checked November 2026; say "unconfirmed" where public material did not show it):
// - ARC sealing domains (`d=` of ARC-Seal): Microsoft Learn, "Configure trusted ARC sealers",
//   vendor table: Proofpoint `pphosted.com` (s=arcselector), Mimecast `mimecast.com` (s=arc-2018),
//   Barracuda `barracudanetworks.com` (s=arc1), Sophos `sophos.com` (s=arc). Cisco and Trend
//   Micro: no ARC domain found (unconfirmed, none listed).
// - Mimecast's own Authentication-Results (`relay.mimecast.com; auth=pass smtp.auth=…`) sit at the
//   END of the header block, below its Received (redhat.com mail in public list archives): there the
//   sender writes too, so they are never counted (lib/auth/gateway-results.ts); its seal is.
// - Mimecast: hosts under mimecast.com (its outbound SPF include is `_netblocks.mimecast.com`, per
//   Mimecast's "Implementing SPF" community page DOC-2010; per-region inbound ranges are on its
//   "Data Centers and URLs" page, whose CIDR list was not in the material we could read: no range
//   is listed here, recognition is by forward-confirmed reverse name).
// - Proofpoint Essentials: `*.ppe-hosted.com` (its setup guide tells Exchange admins to accept mail
//   from `*.ppe-hosted.com`). Proofpoint on Demand `pphosted.com` (mx0a-…pphosted.com): UNCONFIRMED
//   from public material here; kept because it is the MX target every PoD customer publishes.
// - Barracuda Email Gateway Defense (formerly Email Security Service): 209.222.80.0/21, the range
//   used as the worked example on Barracuda Campus "IP Analysis - Inbound"; names under
//   barracudanetworks.com (`ess.barracudanetworks.com`: UNCONFIRMED here).
// - Cisco Secure Email Cloud Gateway: MX hosts under iphmx.com (captaindns.com, "Cisco Secure
//   Email Cloud Gateway (CES)", 2026: "MX records redirected to iphmx.com").
// - Sophos Email: `*.prod.hydra.sophos.com` (the SANs of the TLS certificate Sophos documents in
//   "Using TLS connections", docs.sophos.com).
// - Trend Micro Email Security: `tmes.trendmicro.com` / `tmes.trendmicro.eu`… MX hosts:
//   UNCONFIRMED (Trend Micro's guides redact the FQDNs); matched as trendmicro.com/.eu hosts.
import { hostKey } from '../dns/name';
import { type IpRange, ipInRanges, parseCidr } from '../message/ip';

export interface KnownGateway {
  name: string;
  /** Host-name suffixes (a host equal to or under one matches); only trusted forward-confirmed. */
  domains: string[];
  /** Published ranges (CIDR) the service connects from. */
  networks: string[];
  /** `d=` of its ARC seals. */
  sealers: string[];
  /**
   * Its domains name one service, so trusting one trusts them all (lib/engine/gateways.ts
   * trustedGatewayHints); not set where they are one vendor's separate products.
   */
  oneService?: true;
  /**
   * Each customer administers its own instance, whose message filters can strip and insert header
   * fields (Cisco Secure Email: AsyncOS strip-header / insert-header): the lines it writes below
   * its entry are its customer's word, not the service's (red-team round 212).
   */
  customerRun?: true;
}

export const KNOWN_GATEWAYS: KnownGateway[] = [
  { name: 'Mimecast', domains: ['mimecast.com'], networks: [], sealers: ['mimecast.com'] },
  {
    name: 'Proofpoint',
    domains: ['pphosted.com', 'ppe-hosted.com'],
    networks: [],
    sealers: ['pphosted.com'],
  },
  {
    name: 'Barracuda',
    // Its inbound hosts write their own lines `by mx-inbound22-18.eu-west-2b.ess.aws.cudaops.com`
    // (public kernel-list raw copies; red-team round 205).
    // Its regional egress hosts deliver under barracuda.com (`egress-ip15b.ess.uk.barracuda.com`, on
    // AWS: a real Microsoft 365 bounce, real-mail round 198).
    domains: ['barracudanetworks.com', 'ess.aws.cudaops.com', 'barracuda.com'],
    networks: ['209.222.80.0/21'],
    sealers: ['barracudanetworks.com'],
  },
  {
    name: 'Symantec Email Security.cloud',
    domains: ['messagelabs.com', 'symcld.net'],
    networks: [],
    sealers: [],
  },
  { name: 'Cisco Secure Email', domains: ['iphmx.com'], networks: [], sealers: [], customerRun: true },
  { name: 'Sophos Email', domains: ['hydra.sophos.com'], networks: [], sealers: ['sophos.com'] },
  {
    name: 'Trend Micro Email Security',
    domains: ['tmes.trendmicro.com', 'tmes.trendmicro.eu'],
    networks: [],
    sealers: [],
  },
  // Known by a forward-confirmed reverse name only (mx-relay10-hz2.antispameurope.com): its
  // delivery ranges are not published (realworld139-gmail-hornetsecurity-no-inbound-gateway-supplier).
  {
    name: 'Hornetsecurity',
    domains: ['hornetsecurity.com', 'antispameurope.com'],
    networks: [],
    sealers: [],
    oneService: true,
  },
];

/** The well-known gateway that seals as `d=` (its ARC domain), or null. */
export function gatewayBySealer(d: string): KnownGateway | null {
  return KNOWN_GATEWAYS.find((g) => g.sealers.some((s) => hostUnder(d, s))) ?? null;
}

const RANGES: Array<{ gateway: KnownGateway; ranges: IpRange[] }> = KNOWN_GATEWAYS.map((g) => ({
  gateway: g,
  ranges: g.networks.map((c) => parseCidr(c)).filter((r): r is IpRange => r !== null),
}));

/** True when `host` is `domain` or a host under it (label boundary). */
export function hostUnder(host: string | null | undefined, domain: string): boolean {
  if (!host) return false;
  const h = hostKey(host);
  const d = hostKey(domain).replace(/^\*\./, '');
  return d.length > 0 && (h === d || h.endsWith(`.${d}`));
}

export interface GatewayMatch {
  gateway: KnownGateway;
  /** The matching published range, or the domain the (confirmed) name is under. */
  by: { network: string } | { domain: string };
}

/**
 * The well-known gateway an address or forward-confirmed reverse name belongs to, or null. A name
 * that is not confirmed is never looked at: anyone who runs reverse DNS for an address can call it
 * `mx1.mimecast.com`.
 */
export function recogniseGateway(ip: string | null, confirmedName: string | null): GatewayMatch | null {
  if (ip) {
    for (const { gateway, ranges } of RANGES) {
      const k = ranges.findIndex((r) => ipInRanges(ip, [r]));
      if (k !== -1) return { gateway, by: { network: gateway.networks[k]! } };
    }
  }
  if (confirmedName) {
    for (const gateway of KNOWN_GATEWAYS) {
      const domain = gateway.domains.find((d) => hostUnder(confirmedName, d));
      if (domain) return { gateway, by: { domain } };
    }
  }
  return null;
}
