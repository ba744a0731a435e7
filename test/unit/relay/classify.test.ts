// classifyIp against the real bundled tables (public/ip/). Every ASN asserted here was
// checked in node_modules/@ip-location-db/asn/asn-ipv4.csv / asn-ipv6.csv (line quoted in comments).
import { beforeAll, describe, expect, it } from 'vitest';
import { type Classifier, createClassifier, isHostedServer } from '../../../lib/relay/classify';
import { loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';

let classify: Classifier;
beforeAll(async () => {
  classify = createClassifier(await loadIpTablesFromDisk());
});

describe('hosting providers: a rented server is flagged with its provider', () => {
  it.each([
    // 3.80.0.0,3.95.255.255,14618,"Amazon.com, Inc."
    ['EC2 (us-east-1)', '3.85.17.200', 14618, 'Amazon Web Services'],
    // 20.0.0.0,20.31.255.255,8075,Microsoft Corporation
    ['Azure VM', '20.1.2.3', 8075, 'Microsoft Azure'],
    ['Azure VM', '20.42.1.1', 8075, 'Microsoft Azure'],
    // GCE lives in AS 396982 "Google LLC"
    ['Google Compute Engine', '34.120.1.1', 396982, 'Google Cloud'],
    ['Google Compute Engine', '35.190.1.1', 396982, 'Google Cloud'],
    ['AWS IPv6', '2600:1f18::1', 14618, 'Amazon Web Services'],
  ])('%s %s', (_label, ip, asn, provider) => {
    const c = classify(ip)!;
    expect(c.asn).toBe(asn);
    expect(c.hosting).toEqual({ provider });
    expect(c.esp).toBeNull();
    expect(isHostedServer(c, false)).toBe(true);
    // "I recognise this server" turns the flag off.
    expect(isHostedServer(c, true)).toBe(false);
  });
});

describe('email service providers inside hosting networks are ESPs, not hosted servers', () => {
  it.each([
    // 54.240.0.0/18 is Amazon SES (amazonses.com SPF) inside AS 16509
    ['Amazon SES', '54.240.1.1', 16509, 'Amazon SES'],
    // 40.107.0.0/16 is Exchange Online Protection inside AS 8075
    ['EOP', '40.107.1.1', 8075, 'Microsoft 365'],
    ['EOP IPv6', '2a01:111:f400::1', 8075, 'Microsoft 365'],
    // Gmail outbound, 209.85.128.0/17 (_netblocks.google.com) inside AS 15169
    ['Gmail outbound', '209.85.220.41', 15169, 'Google Workspace / Gmail'],
    // Gmail over IPv6: ip6:2607:f8b0:4864::/56 in _spf.google.com
    ['Gmail outbound IPv6', '2607:f8b0:4864:20::62d', 15169, 'Google Workspace / Gmail'],
    // 167.89.0.0,167.89.127.255,11377,"SendGrid, Inc."
    ['SendGrid', '167.89.1.1', 11377, 'SendGrid'],
    // Mailgun's 166.78.68.0/22 sits in Rackspace's AS 19994
    ['Mailgun in Rackspace', '166.78.68.5', 19994, 'Mailgun'],
    // Ranges the providers' records added later, each inside a hosting ASN: before they were listed,
    // the providers' real mail from them was a "hosted server".
    // amazonses.com SPF: ip4:24.110.64.0/18 (AS 16509)
    ['Amazon SES, newer range', '24.110.64.10', 16509, 'Amazon SES'],
    // _spf.mailgun.org: ip4:104.130.122.0/23 and ip4:146.20.112.0/26 (Rackspace AS 27357)
    ['Mailgun in Rackspace AS 27357', '104.130.123.1', 27357, 'Mailgun'],
    ['Mailgun in Rackspace AS 27357', '146.20.112.63', 27357, 'Mailgun'],
    // _spf2.protonmail.ch: single servers at UpCloud (AS 202053) and OVH (AS 16276)
    ['Proton server at UpCloud', '85.9.206.169', 202053, 'Proton Mail'],
    ['Proton server at OVH', '188.165.51.139', 16276, 'Proton Mail'],
  ])('%s %s', (_label, ip, asn, esp) => {
    const c = classify(ip)!;
    expect(c.asn).toBe(asn);
    expect(c.esp).toBe(esp);
    expect(c.hosting).toBeNull();
    expect(isHostedServer(c, false)).toBe(false);
  });
});

describe('only the listed part of a provider inside a hosting network is the provider', () => {
  it('35.190.247.0/24 left _spf.google.com in December 2025: it is Google Cloud space again', () => {
    const c = classify('35.190.247.5')!;
    expect(c.asn).toBe(396982);
    expect(c.esp).toBeNull();
    expect(c.hosting).toEqual({ provider: 'Google Cloud' });
  });
  it.each([
    // The /26 ends at .63: its neighbour is another Rackspace customer.
    ['next to Mailgun in Rackspace', '146.20.112.64', 27357, 'Rackspace'],
    // _spf2.protonmail.ch lists 85.9.206.169 only; the address beside it is any UpCloud server.
    ['next to a Proton server at UpCloud', '85.9.206.170', 202053, 'UpCloud'],
  ])('%s %s', (_label, ip, asn, provider) => {
    const c = classify(ip)!;
    expect(c.asn).toBe(asn);
    expect(c.esp).toBeNull();
    expect(c.hosting).toEqual({ provider });
    expect(isHostedServer(c, false)).toBe(true);
  });
  it('Microsoft 365 sends from 2a01:111:f403:8000::/51 (spf.protection.outlook.com), not the whole /50', () => {
    expect(classify('2a01:111:f403:9fff::1')?.esp).toBe('Microsoft 365');
    expect(classify('2a01:111:f403:a000::1')?.esp).toBeNull();
  });
  it('Mailjet is recognised by its own AS 200069, which also carries _spf.eu.mailgun.org', () => {
    const c = classify('87.253.232.10')!;
    expect(c.asn).toBe(200069);
    expect(c.esp).toBe('Mailjet');
    expect(isHostedServer(c, false)).toBe(false);
  });
  it("Barracuda's gateway range 209.222.80.0/21 is an email service, not a rented server in Amazon's data", () => {
    const c = classify('209.222.82.210')!;
    expect(c.esp).toBe('Barracuda');
    expect(isHostedServer(c, false)).toBe(false);
    expect(classify('209.222.88.1')?.esp).not.toBe('Barracuda');
  });
});

describe('ordinary networks are neither', () => {
  it('a residential ISP address (73.0.0.0/8, AS 7922 Comcast)', () => {
    expect(classify('73.1.2.3')).toEqual({
      asn: 7922,
      org: 'Comcast Cable Communications, LLC',
      hosting: null,
      esp: null,
    });
  });
  it("a bank's own network (12.96.58.0/24, AS 11496 JPMorgan Chase)", () => {
    const c = classify('12.96.58.10')!;
    expect(c).toMatchObject({ asn: 11496, org: 'JPMorgan Chase & Co.', hosting: null, esp: null });
  });
  it('an address with no routing data gives asn null, not an error', () => {
    // 1.0.1.0 falls between 1.0.0.0/24 (Cloudflare) and 1.0.4.0/22 in the data.
    expect(classify('1.0.1.0')).toEqual({ asn: null, org: null, hosting: null, esp: null });
    expect(classify('0.0.0.0')).toMatchObject({ asn: null });
    expect(classify('255.255.255.255')).toMatchObject({ asn: null });
  });
});

describe('range edges', () => {
  it('first and last address of a range belong to it; the neighbours do not', () => {
    // 1.0.0.0,1.0.0.255,13335,"Cloudflare, Inc." and nothing until 1.0.4.0
    expect(classify('1.0.0.0')?.asn).toBe(13335);
    expect(classify('1.0.0.255')?.asn).toBe(13335);
    expect(classify('1.0.1.0')?.asn).toBeNull();
    // 3.80.0.0,3.95.255.255,14618 between 16509 neighbours
    expect(classify('3.79.255.255')?.asn).toBe(16509);
    expect(classify('3.80.0.0')?.asn).toBe(14618);
    expect(classify('3.95.255.255')?.asn).toBe(14618);
    expect(classify('3.96.0.0')?.asn).toBe(16509);
    // 167.89.0.0,167.89.127.255,11377 then 167.89.128.0 is another network
    expect(classify('167.89.127.255')?.esp).toBe('SendGrid');
    expect(classify('167.89.128.0')).toMatchObject({ asn: 40317, esp: null });
  });
  it('IPv6 edges: 2001::/32 is Hurricane Electric, 2001:1:: has no data', () => {
    expect(classify('2001::')?.asn).toBe(6939);
    expect(classify('2001:0:ffff:ffff:ffff:ffff:ffff:ffff')?.asn).toBe(6939);
    expect(classify('2001:1::')?.asn).toBeNull();
  });
});

describe('input forms', () => {
  it('IPv4-mapped IPv6 is the IPv4 host', () => {
    expect(classify('::ffff:3.85.17.200')).toEqual(classify('3.85.17.200'));
    expect(classify('::ffff:0355:11c8')).toEqual(classify('3.85.17.200'));
  });
  it('IPv6 case and compression do not matter', () => {
    expect(classify('2A01:111:F400:0:0:0:0:1')).toEqual(classify('2a01:111:f400::1'));
  });
  it.each([
    '',
    '1.2.3',
    '1.2.3.4.5',
    '256.1.1.1',
    '01.2.3.4',
    ' 1.2.3.4',
    '1.2.3.4/24',
    'example.com',
    '1::2::3',
    '[::1]',
    'x'.repeat(10_000),
  ])('malformed %j → null', (bad) => {
    expect(classify(bad)).toBeNull();
  });
});

describe('data provenance', () => {
  it('names its source package and version', () => {
    expect(classify.source).toMatch(/^@ip-location-db\/asn@\d+\.\d+\.\d+ \(\d{4}-\d{2}-\d{2}\)$/);
  });
  it('works without tables: curated ESP ranges still answer', () => {
    const bare = createClassifier(null);
    expect(bare('54.240.1.1')).toEqual({ asn: null, org: null, hosting: null, esp: 'Amazon SES' });
    expect(bare('3.85.17.200')).toEqual({ asn: null, org: null, hosting: null, esp: null });
  });
});
