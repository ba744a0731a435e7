// IPv6 forms that embed an IPv4 host (RFC 6052 NAT64, RFC 8215 local-use NAT64, RFC 3056 6to4,
// RFC 4380 Teredo): the classifier looks up the public IPv4 host, never a private one; broad SPF
// measures a term inside those prefixes by the IPv4 space it embeds (probe24b). 3.80.1.2 is EC2
// us-east-1 (asn-ipv4.csv: 3.80.0.0,3.95.255.255,14618,"Amazon.com, Inc.").
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIp, parseCidr, parseIp } from '../../../lib/relay/address';
import { type Classifier, createClassifier } from '../../../lib/relay/classify';
import {
  embeddedIpv4,
  embeddedIpv4Block,
  isPublicIpv4,
  publicEmbeddedIpv4,
} from '../../../lib/relay/embedded-v4';
import { spfBreadth } from '../../../lib/relay/spf-breadth';
import { loadIpTables } from '../../../lib/relay/tables';
import { IP_DATA_DIR, loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';
import { baseCtx } from '../findings/build';

let classify: Classifier;
beforeAll(async () => {
  classify = createClassifier(await loadIpTablesFromDisk());
});

const v6 = (s: string) => {
  const ip = parseIp(s);
  if (ip?.v !== 6) throw new Error(`not IPv6: ${s}`);
  return ip.w;
};
const v4 = (n: number) => formatIp({ v: 4, n });

/** 3.80.1.2 in each form (the Teredo one: server 65.54.227.120, flags 8000, port 40000). */
const FORMS = [
  ['NAT64 well-known prefix, RFC 6052 §2.1', '64:ff9b::350:102', 'nat64'],
  ['NAT64 well-known prefix, dotted tail', '64:ff9b::3.80.1.2', 'nat64'],
  ['NAT64 local-use /96, RFC 8215', '64:ff9b:1::350:102', 'nat64-local'],
  ['6to4, RFC 3056 §2', '2002:350:102::1', '6to4'],
  ['6to4, another host of the site', '2002:0350:0102:7:abcd::25', '6to4'],
  ['Teredo, RFC 4380 §4 (client inverted)', '2001:0:4136:e378:8000:63bf:fcaf:fefd', 'teredo'],
  ['IPv4-compatible, RFC 4291 §2.5.5.1 (deprecated; probe26)', '::3.80.1.2', 'ipv4-compatible'],
] as const;

describe('embeddedIpv4: the host inside the address', () => {
  it.each(FORMS)('%s: %s', (_label, ip, via) => {
    const e = embeddedIpv4(v6(ip));
    expect(e?.via).toBe(via);
    expect(v4(e!.n)).toBe('3.80.1.2');
  });

  it.each([
    ['native AWS IPv6', '2600:1f18::1'],
    ['documentation 2001:db8::/32 (not Teredo)', '2001:db8::350:102'],
    ['64:ff9b:1:: with bits 48-95 set: an operator layout, not read', '64:ff9b:1:5::350:102'],
    ['64:ff9b:: with the u octet set (RFC 6052 §2.2)', '64:ff9b::100:0:350:102'],
    ['other NAT64 network-specific prefix', '2001:db8:64::350:102'],
  ])('none in %s (%s)', (_label, ip) => {
    expect(embeddedIpv4(v6(ip))).toBeNull();
  });

  it('the unspecified and loopback addresses carry no public host', () => {
    expect(publicEmbeddedIpv4(parseIp('::')!)).toBeNull();
    expect(publicEmbeddedIpv4(parseIp('::1')!)).toBeNull();
  });

  it('public IPv4 space: not private, CGNAT, loopback, link-local, multicast or reserved', () => {
    for (const ip of ['3.80.1.2', '8.8.8.8', '192.0.2.1', '198.51.100.7', '203.0.113.9', '223.255.255.255']) {
      const p = parseIp(ip);
      expect(p?.v === 4 && isPublicIpv4(p.n), ip).toBe(true);
    }
    for (const ip of [
      '0.1.2.3',
      '10.5.1.1',
      '100.64.0.1',
      '127.0.0.1',
      '169.254.1.1',
      '172.31.255.255',
      '192.0.0.8',
      '192.88.99.1',
      '192.168.1.1',
      '198.19.0.1',
      '224.0.0.5',
      '255.255.255.255',
    ]) {
      const p = parseIp(ip);
      expect(p?.v === 4 && isPublicIpv4(p.n), ip).toBe(false);
    }
  });
});

describe('the classifier looks the public embedded host up', () => {
  it.each(FORMS)('%s: %s is Amazon’s 3.80.1.2', (_label, ip, via) => {
    const c = classify(ip)!;
    expect(c.asn).toBe(14618);
    expect(c.hosting).toEqual({ provider: 'Amazon Web Services' });
    expect(c.esp).toBeNull();
    expect(c.embeddedIpv4).toEqual({ ip: '3.80.1.2', via });
  });

  it('an ESP range matches through the embedding: Amazon SES 54.240.1.1 over 6to4', () => {
    const c = classify('2002:36f0:101::1')!;
    expect(c.esp).toBe('Amazon SES');
    expect(c.hosting).toBeNull();
    expect(c.embeddedIpv4).toEqual({ ip: '54.240.1.1', via: '6to4' });
  });

  it('the plain IPv4 and IPv4-mapped forms carry no embedding note (unchanged)', () => {
    expect(classify('3.80.1.2')!.embeddedIpv4).toBeUndefined();
    expect(classify('::ffff:3.80.1.2')!.embeddedIpv4).toBeUndefined();
  });

  // Gmail's internal hops (`Received: by 2002:a05:6a10:…`) are the 6to4 form of 10.5.x.x: as today,
  // Hurricane Electric's 2002::/16, never "internal" and never the private host.
  it.each([
    ['Gmail internal hop (10.5.106.16)', '2002:a05:6a10:a0d1:b0:2f5:1234:5678', 6939],
    ['6to4 of 192.168.1.1', '2002:c0a8:101::1', 6939],
    ['6to4 of 0.3.0.0', '2002:3::1', 6939],
    ['Teredo client 10.0.1.1', '2001:0:4136:e378:8000:63bf:f5ff:fefe', 6939],
    ['NAT64 of 10.0.0.1 (RFC 6052 §3.1 forbids it)', '64:ff9b::a00:1', null],
    ['NAT64 local-use of 172.16.0.1', '64:ff9b:1::ac10:1', null],
  ])('a private embedded host is not looked up: %s', (_label, ip, asn) => {
    const c = classify(ip)!;
    expect(c.asn).toBe(asn);
    expect(c.hosting).toBeNull();
    expect(c.embeddedIpv4).toBeUndefined();
  });

  it('prepare() loads the embedded host’s shard (the worker reads asynchronously)', async () => {
    const r = await loadIpTables({ read: (name) => readFile(join(IP_DATA_DIR, name)) });
    if (!r.ok) throw new Error(r.error);
    const worker = createClassifier(r.tables);
    expect(await worker.prepare(['2002:350:102::1', '64:ff9b::350:102'])).toBe(true);
    expect(worker('2002:350:102::1')).toEqual(classify('2002:350:102::1'));
    expect(worker('64:ff9b::350:102')?.hosting).toEqual({ provider: 'Amazon Web Services' });
  });
});

describe('embeddedIpv4Block: the IPv4 space an SPF term inside an embedding prefix authorises', () => {
  it.each([
    ['2002::/16', '0.0.0.0/0'],
    ['2002:350:102::/48', '3.80.1.2/32'],
    ['2002:350:102:1::/64', '3.80.1.2/32'],
    ['2002:350::/32', '3.80.0.0/16'],
    ['64:ff9b::/96', '0.0.0.0/0'],
    ['64:ff9b::350:0/112', '3.80.0.0/16'],
    ['64:ff9b::350:102/128', '3.80.1.2/32'],
    ['64:ff9b:1::/48', '0.0.0.0/0'],
    ['64:ff9b:1::/96', '0.0.0.0/0'],
    ['64:ff9b:1::350:100/120', '3.80.1.0/24'],
    ['2001::/32', '0.0.0.0/0'],
    ['2001:0:4136:e378::/64', '0.0.0.0/0'],
    // Teredo inverts the client: fcaf:fe00/120 holds ~0350:01ff … ~0350:0100, i.e. 3.80.1.0/24.
    ['2001:0:4136:e378:8000:63bf:fcaf:fe00/120', '3.80.1.0/24'],
    // Holding a whole embedding prefix without lying inside one: every IPv4 host passes through it.
    ['64:ff9b::/64', '0.0.0.0/0'],
    ['2001::/31', '0.0.0.0/0'],
    ['2000::/3', '0.0.0.0/0'],
  ])('%s → %s', (term, space) => {
    const b = embeddedIpv4Block(parseCidr(term)!);
    expect(b && `${v4(b.first as number)}/${b.bits}`).toBe(space);
  });

  it.each(['2600:1f18::/32', '2001:db8::/32', '64:ff9b:1:5::/64', '2001:db8::/31', '3.80.0.0/16'])(
    '%s is measured as it is',
    (term) => {
      expect(embeddedIpv4Block(parseCidr(term)!)).toBeNull();
    },
  );
});

describe('SPF breadth of terms inside an embedding prefix', () => {
  const breadth = (mechanism: string, ip: string) =>
    spfBreadth({ ...baseCtx().analysis.spf, ip, mechanism, domain: 'northbank.example' }, [], classify)!;

  it('ip6:2002::/16 is every IPv4 host (2^32 addresses, counted as IPv4)', () => {
    const b = breadth('ip6:2002::/16', '2002:350:102::1');
    expect(b.blocks).toEqual(['0.0.0.0/0']);
    expect(b.addresses).toBe(2 ** 32);
    expect(b.hosting.some((h) => h.provider === 'Amazon Web Services')).toBe(true);
  });

  it('a site’s own 6to4 /48 is one IPv4 host: narrow', () => {
    const b = breadth('ip6:2002:c000:201::/48', '2002:c000:201::1');
    expect(b.blocks).toEqual(['192.0.2.1/32']);
    expect(b.addresses).toBe(1);
    expect(b.hosting).toEqual([]);
  });

  it('native IPv6 terms are measured as before', () => {
    const b = breadth('ip6:2600:1f18::/32', '2600:1f18::1');
    expect(b.blocks).toEqual(['2600:1f18::/32']);
    expect(b.addresses).toBe(2 ** 96);
  });
});
