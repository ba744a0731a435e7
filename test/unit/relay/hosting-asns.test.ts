// The hosting ASNs (lib/relay/providers-hosting.ts) against the organisation names the bundled
// routing data gives them. A mistyped AS number would brand some bank's or ISP's mail servers a
// "hosted server", the warning that makes a message look spoofed; this keeps every number tied to
// the company it is listed under.
import { beforeAll, describe, expect, it } from 'vitest';
import { HOSTING_PROVIDERS } from '../../../lib/relay/providers-hosting';
import { asnOfIndex, type IpTables } from '../../../lib/relay/tables';
import { loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';

/** Providers whose networks are registered under another company's name. */
const OPERATED_BY: Record<string, RegExp> = {
  'Amazon Web Services': /^"?Amazon/,
  'Microsoft Azure': /^Microsoft/,
  'Google Cloud': /^Google/,
  'Akamai Cloud (Linode)': /^"?(Akamai|Linode)/,
  // Vultr's operating company.
  Vultr: /^"?The Constant Company/,
  // 37963 is registered to Alibaba's Hangzhou advertising arm.
  'Alibaba Cloud': /Alibaba/,
  'Tencent Cloud': /Tencent/,
  OVHcloud: /^OVH /,
  Exoscale: /^Akenes/,
};

/** Generic rule: the organisation name contains a distinctive word of the provider's name. */
function namesProvider(provider: string, org: string): boolean {
  const words = provider
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3 && !['cloud', 'labs', 'networks', 'the', 'com'].includes(w));
  const o = org.toLowerCase();
  return words.some((w) => o.includes(w));
}

let orgOf: Map<number, string>;
beforeAll(async () => {
  const tables: IpTables = await loadIpTablesFromDisk();
  orgOf = new Map();
  for (let i = 0; i < tables.nAsns; i++) {
    const { asn, org } = asnOfIndex(tables, i)!;
    orgOf.set(asn, org);
  }
});

describe('hosting ASNs belong to the providers they are listed under', () => {
  it.each(HOSTING_PROVIDERS.map((p) => [p.name, p] as const))('%s', (name, provider) => {
    for (const asn of provider.asns) {
      const org = orgOf.get(asn);
      expect(org, `AS${asn} is not in the routing data`).toBeDefined();
      const rule = OPERATED_BY[name];
      expect(rule ? rule.test(org!) : namesProvider(name, org!), `AS${asn} is registered to ${org}`).toBe(
        true,
      );
    }
  });

  it('no AS number is listed under two providers', () => {
    const all = HOSTING_PROVIDERS.flatMap((p) => p.asns);
    expect(all.length).toBe(new Set(all).size);
  });
});
