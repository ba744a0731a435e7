// Hosters' default reverse names. A cloud or hosting provider names every address it rents out
// under a zone of its own, and publishes the forward record too, so such a name "leads back" for
// any tenant: it says which hoster, never whose server. A trusted gateway domain that is such a
// zone (`eu-central-1.compute.amazonaws.com`, `your-server.de`) makes every tenant's VM "the
// gateway" (probe52-trusted-gateway-aws-region-zone-attacker-vm-online,
// probe52-trusted-gateway-hetzner-zone-vm-behind-real-filter-online).
import { parseIp } from './address';

/**
 * Zones under which hosters write their tenants' default reverse names (lower case). Each is the
 * hoster's own: no tenant chooses a name there beyond what the hoster generates.
 */
export const HOSTER_REVERSE_ZONES: readonly string[] = [
  // AWS EC2: ec2-a-b-c-d.<region>.compute.amazonaws.com, ec2-a-b-c-d.compute-1.amazonaws.com in
  // us-east-1 ("Amazon EC2 instance hostname types", public DNS names, docs.aws.amazon.com).
  'amazonaws.com',
  // Hetzner: static.d.c.b.a.clients.your-server.de for servers and cloud VMs (Hetzner Docs,
  // "Reverse DNS entries": the default entry until the customer sets one).
  'your-server.de',
  // Google Cloud: d.c.b.a.bc.googleusercontent.com (Compute Engine, "Creating a PTR record").
  'googleusercontent.com',
  // Linode/Akamai: liNNN-NN.members.linode.com (older), a-b-c-d.ip.linodeusercontent.com (techdocs
  // "Configure rDNS": the default reverse DNS).
  'members.linode.com',
  'linodeusercontent.com',
  // Vultr: a.b.c.d.vultrusercontent.com (docs.vultr.com, "How to set up reverse DNS": the default).
  'vultrusercontent.com',
  // Contabo: vmiNNNNNN.contaboserver.net (every VPS's default host name and PTR).
  'contaboserver.net',
  // OVHcloud: vps-xxxxxxxx.vps.ovh.net, nsNNNNNN.ip-a-b-c.eu (the ip-*.eu/.net/.us zones below).
  'ovh.net',
  // Hostwinds: hwsrv-NNNNNN.hostwindsdns.com (every VPS's default PTR).
  'hostwindsdns.com',
  // Hostinger: srvNNNNNN.hstgr.cloud, every VPS's default host name and PTR, which Hostinger's DNS
  // leads back (probe53-trusted-gateway-hostinger-zone-attacker-vps-online).
  'hstgr.cloud',
];

/** OVHcloud's per-/24 reverse zones: ip-a-b-c.eu / .net / .us (nsNNNNNN.ip-51-68-1.eu). */
const OVH_IP_ZONE = /(?:^|\.)ip-\d{1,3}-\d{1,3}-\d{1,3}\.(?:eu|net|us)$/;

function under(name: string, zone: string): boolean {
  return name === zone || name.endsWith(`.${zone}`);
}

/** The curated hoster zone `name` lies under (itself included), or null. */
export function hosterZoneOf(name: string): string | null {
  const host = name.toLowerCase().replace(/\.$/, '');
  const zone = HOSTER_REVERSE_ZONES.find((z) => under(host, z));
  if (zone) return zone;
  const ovh = OVH_IP_ZONE.exec(host);
  return ovh ? host.slice(ovh.index + (ovh[0].startsWith('.') ? 1 : 0)) : null;
}

/**
 * Whether `name` is a hoster-generated reverse name for `ip`: under a curated hoster zone, or
 * carrying the address's four octets forward or reversed, dotted or dashed (`ec2-3-120-1-10.…`,
 * `static.30.20.198.88.…`, `10.1.120.3.bc.…`), as hosters not listed write them too.
 */
export function hosterGeneratedName(name: string, ip: string): boolean {
  const host = name.toLowerCase().replace(/\.$/, '');
  if (hosterZoneOf(host) !== null) return true;
  const addr = parseIp(ip);
  if (addr?.v !== 4) return false;
  const octets = ip.split('.');
  const runs = [octets, [...octets].reverse()].flatMap((o) => [o.join('.'), o.join('-')]);
  // At token boundaries, so that 3.120.1.10 is not found in 13.120.1.109.
  return runs.some((r) => new RegExp(`(?:^|[.-])${r.replace(/\./g, '\\.')}(?:$|[.-])`).test(host));
}

/**
 * The hoster zone a trusted gateway domain entry is, or lies inside, for the warning on adding it
 * (lib/cli/trust-gateway.ts, the Options page): `amazonaws.com`, `eu-central-1.compute.amazonaws.com`,
 * `your-server.de`. Null for a gateway's own domain and for one host's own default name
 * (`static.30.20.198.88.clients.your-server.de`, trusted as itself: what the warning recommends).
 */
export function hosterZoneEntry(domain: string): string | null {
  const host = domain.toLowerCase().replace(/^\*\./, '').replace(/\.$/, '');
  const zone = hosterZoneOf(host);
  if (zone === null) return null;
  // One host's default name: four octets in it (AWS, Hetzner, GCP, Linode, Vultr) or a numbered
  // host label (Contabo's vmiNNN, Hostwinds' hwsrv-NNN, OVH's nsNNN/vps-…, Linode's liNNN-NN,
  // Hostinger's srvNNN).
  if (/(?:^|[.-])\d{1,3}[.-]\d{1,3}[.-]\d{1,3}[.-]\d{1,3}(?:$|[.-])/.test(host)) return null;
  if (host !== zone && /^(?:vmi\d+|hwsrv-\d+|ns\d+|vps-[0-9a-f]+|li\d+-\d+|srv\d+)\./.test(host)) return null;
  return zone;
}
