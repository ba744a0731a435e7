// The curated ESP ranges (lib/relay/providers-esp.ts) against the bundled routing data: every
// address of a listed range must be announced by the provider itself or by a network it is known
// to send from. A range copied wrongly (a /22 where the record says /27) would otherwise label a
// stranger's server as, say, Fastmail, and an ESP label switches off the hosted-server warning.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bigIntFromWords,
  type Cidr,
  formatIp,
  type IpAddress,
  parseCidr,
  wordsFromBigInt,
} from '../../../lib/relay/address';
import { type Classifier, createClassifier } from '../../../lib/relay/classify';
import { EMAIL_PROVIDERS } from '../../../lib/relay/providers-esp';
import { loadIpTablesFromDisk } from '../../../scripts/ip-tables-node';

/** Who may announce each provider's listed ranges (organisation names in @ip-location-db/asn). */
const NETWORK_OWNERS: Record<string, RegExp> = {
  'Amazon SES': /^"?Amazon/,
  'Microsoft 365': /^Microsoft/,
  // Power Automate's approval senders, Azure addresses (KB 4559558).
  'Microsoft Power Automate': /^Microsoft/,
  'Google Workspace / Gmail': /^Google/,
  // sendgrid.net's /16s include slivers announced by its parent Twilio and by Amazon.
  SendGrid: /SendGrid|Twilio|^"?Amazon/,
  // Mailgun began inside Rackspace; Mailgun and Mailjet are one company (Sinch).
  Mailgun: /Mailgun|Rackspace|MAILJET/,
  'Mailchimp / Mandrill': /^MailChimp$/,
  // Postmark's servers are in DEFT's data centres (AS 23352).
  Postmark: /^DEFT/,
  // spf.smtp2go.com's ranges: DEFT's data centres as Postmark's, two small blocks at Leaseweb, and
  // its Asia-Pacific /22s announced by Arelion (transit) and Servers Australia.
  SMTP2GO: /^DEFT|^Leaseweb|^Arelion|^Servers Australia/,
  // Atlassian's email hosts on EC2.
  'Atlassian Cloud': /^"?Amazon/,
  // CleverReach's own blocks (announced by Amazon and its own AS) and its slivers at PlusServer, Hetzner and OVH.
  CleverReach: /^"?Amazon|CleverReach|Hetzner|OVH|PlusServer/,
  Finalsite: /^"?Amazon/,
  // icloud.com's SPF lists eight /29 relays inside Chinese carriers' networks.
  'iCloud Mail': /^Apple|China/,
  // _spf2.protonmail.ch names four single servers at UpCloud and OVH.
  'Proton Mail': /^Proton|^UpCloud|^OVH/,
  Fastmail: /^Fastmail|^NYI$/,
  // STRATO's mail relays are in its own AS 6724.
  'STRATO Mail': /^Strato AG$/,
  // Barracuda's gateway range is announced by Barracuda or, in the bundled data, by Amazon.
  Barracuda: /Barracuda|^"?Amazon/,
};

/** The first and last address of a range and 14 evenly spaced between them. */
function samples(c: Cidr): IpAddress[] {
  if (c.v === 4) {
    const span = c.last - c.first;
    return Array.from({ length: 16 }, (_, k) => ({ v: 4, n: c.first + Math.floor((span * k) / 15) }));
  }
  const first = bigIntFromWords(c.first);
  const span = bigIntFromWords(c.last) - first;
  return Array.from({ length: 16 }, (_, k) => ({
    v: 6,
    w: wordsFromBigInt(first + (span * BigInt(k)) / 15n),
  }));
}

let classify: Classifier;
beforeAll(async () => {
  classify = createClassifier(await loadIpTablesFromDisk());
});

const listed = EMAIL_PROVIDERS.filter((p) => p.ranges.length > 0);

describe('ESP ranges lie in their providers’ networks', () => {
  it('every provider with ranges names the networks that may announce them', () => {
    expect(listed.map((p) => p.name).filter((name) => !(name in NETWORK_OWNERS))).toEqual([]);
  });

  it.each(listed.map((p) => [p.name, p] as const))('%s', (name, provider) => {
    const owners = NETWORK_OWNERS[name]!;
    const strangers: string[] = [];
    for (const range of provider.ranges) {
      const cidr = parseCidr(range);
      expect(cidr, range).not.toBeNull();
      for (const ip of samples(cidr!)) {
        const c = classify.classifyParsed(ip);
        expect(c.esp, `${formatIp(ip)} in ${range}`).toBe(name);
        // Unannounced space (asn null) is no one else's.
        if (c.org !== null && !owners.test(c.org))
          strangers.push(`${formatIp(ip)} in ${range}: AS${c.asn} ${c.org}`);
      }
    }
    expect(strangers).toEqual([]);
  });
});
