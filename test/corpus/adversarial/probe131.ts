// Red-team probes, round 131 (December 2026): the shared web hosts and hosted-mail plans added to
// lib/findings/auth-state.ts SHARED_PLATFORMS this hour (Bluehost, Namecheap shared hosting,
// Infomaniak, Gandi) and the Bluehost / Namecheap hosting relays of lib/relay/providers-esp.ts.
// An SPF-only pass through a host every customer shares proves only "some customer of the host
// sent this": another customer's PHP script (or an attacker's account there) writing as a firm
// that publishes the host's include must not read authenticated. Each attack stands beside its
// genuine control, the firm's own mail signed with its own domain (cPanel's and the hosts' own
// DKIM), which must read authenticated. Read in Gmail, the reader at tidewater.example.
// Probed: the include itself (covered by the new records), a firm whose record copies the shared
// server's address (cPanel's default `+a +mx +ip4:<server>`: covered for Namecheap by its relay
// entry), and a firm whose record was flattened (SPF "flattening" services replace each include
// by the addresses it lists, to stay under ten look-ups): for Infomaniak and Gandi no relay entry
// knows the hosts' relays, so the copied addresses read as the firm's own.
// Where the layouts were learnt: Infomaniak's own help (infomaniak.com support FAQ, search corpus
// "pages": "Note the Infomaniak SPF v=spf1 include:spf.infomaniak.ch -all", MX mta-gw.infomaniak.ch);
// Bluehost's and Namecheap's relays as the lead's comments in lib/relay/providers-esp.ts give them
// (qproxy3-pub.mail.unifiedlayer.com [67.222.38.20], premium237-5.web-hosting.com [66.29.146.205],
// from public lore.kernel.org copies); Gandi's relayN-d.mail.gandi.net in 217.70.183.0/24 and
// Infomaniak's smtp-NNNN.mail.infomaniak.ch in 83.166.143.0/24 as recalled (NOT confirmed in the
// time: the exact host names; the ranges are the hosts' own). Gmail's headers as receivers.ts
// writes them. Names and addresses are documentation ones except the hosts' own; every key is the
// corpus key.

import type { CaseExpectation } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, GMAIL, KEY, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { submitted } from '../messages';
import { gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const ORG = 'tidewater.example';
const TIDEWATER = ['--recipient-domain', ORG];
const READER = `Robin Reader <robin.reader@${ORG}>`;
/** Another customer's (or an attacker's account's) mail through the shared host: never authenticated. */
const NOT_AUTHENTICATED: CaseExpectation = { notVerdict: ['authenticated'] };

interface Host {
  slug: string;
  label: string;
  relay: Relay;
  /** The host's shared SPF record (name, text). */
  spf: [string, string];
  /** The addresses the include lists, as a flattened record copies them. */
  flat: string;
  /** The DKIM selector the host's panel publishes for its customers. */
  selector: string;
}

const BLUEHOST: Host = {
  slug: 'bluehost',
  label: "Bluehost's outbound proxy (Unified Layer)",
  relay: {
    helo: 'qproxy3-pub.mail.unifiedlayer.com',
    rdns: 'qproxy3-pub.mail.unifiedlayer.com',
    ip: '67.222.38.20',
  },
  spf: ['bluehost.com', 'v=spf1 ip4:67.222.32.0/19 ip4:69.89.16.0/20 ip4:74.220.192.0/19 ?all'],
  flat: 'ip4:67.222.32.0/19 ip4:69.89.16.0/20 ip4:74.220.192.0/19',
  selector: 'default',
};
const NAMECHEAP: Host = {
  slug: 'namecheap-hosting',
  label: "a Namecheap shared cPanel server, which hands its customers' mail over itself",
  relay: { helo: 'premium237-5.web-hosting.com', rdns: 'premium237-5.web-hosting.com', ip: '66.29.146.205' },
  spf: ['spf.web-hosting.com', 'v=spf1 ip4:66.29.128.0/17 ip4:198.54.112.0/20 ~all'],
  flat: 'ip4:66.29.128.0/17 ip4:198.54.112.0/20',
  selector: 'default',
};
const INFOMANIAK: Host = {
  slug: 'infomaniak',
  label: "Infomaniak's mail service relay",
  relay: { helo: 'smtp-190e.mail.infomaniak.ch', rdns: 'smtp-190e.mail.infomaniak.ch', ip: '83.166.143.168' },
  spf: ['spf.infomaniak.ch', 'v=spf1 ip4:83.166.143.0/24 ip4:84.16.66.0/24 ip4:185.125.24.0/22 -all'],
  flat: 'ip4:83.166.143.0/24 ip4:84.16.66.0/24 ip4:185.125.24.0/22',
  selector: '20200707',
};
const GANDI: Host = {
  slug: 'gandi',
  label: "Gandi's hosted-mail relay",
  relay: { helo: 'relay9-d.mail.gandi.net', rdns: 'relay9-d.mail.gandi.net', ip: '217.70.183.199' },
  spf: ['_mailcust.gandi.net', 'v=spf1 ip4:217.70.176.0/20 ip6:2001:4b98:dc4::/48 ?all'],
  flat: 'ip4:217.70.176.0/20 ip6:2001:4b98:dc4::/48',
  selector: 'gm1',
};

type Record = 'include' | 'server-ip' | 'flattened';
const recordFor = (h: Host, r: Record): string =>
  r === 'include'
    ? `v=spf1 a mx include:${h.spf[0]} ~all`
    : r === 'server-ip'
      ? `v=spf1 +a +mx +ip4:${h.relay.ip} ~all`
      : `v=spf1 ${h.flat} ~all`;

interface One {
  host: Host;
  record: Record;
  signed: boolean;
  tag: string;
  attack: boolean;
  twin?: boolean;
}

async function oneCase(write: CaseWriter, c: One): Promise<void> {
  const { host, record, signed, tag } = c;
  const firm = `harbour-${host.slug}-${tag}.example`;
  const from = c.attack ? `Harbour Accounts <accounts@${firm}>` : `Dana Harbour <dana@${firm}>`;
  const envelope = c.attack ? `nobody@${firm}` : `dana@${firm}`;
  const subject = c.attack ? 'Invoice 2026-118: new bank details' : 'Invoice 2026-118';
  const body = c.attack
    ? 'Dear customer,\r\n\r\nplease note our bank has changed. Pay invoice 2026-118 (EUR 4,860) to IBAN GB00 EXMP 0000 0000 1180 00 from today; the old account is closed.\r\n\r\nHarbour Accounts\r\n'
    : 'Hello Robin,\r\n\r\ninvoice 2026-118 for the November maintenance is attached; payment to the usual account within 30 days.\r\n\r\nDana\r\n';
  const raw = submitted({
    from,
    to: READER,
    subject,
    date: SENT,
    messageId: `<131${tag}.${host.slug}@${firm}>`,
    body,
  });
  const eml = signed ? await signAll(raw, [[firm, host.selector]]) : raw;
  const results = [
    ...(signed ? [gmailDkim(firm, host.selector)] : []),
    gmailSpf(envelope, host.relay.ip),
    gmailDmarc(firm, 'QUARANTINE'),
  ].join('\r\n       ');
  const delivered = gmailDelivery(eml, {
    relay: host.relay,
    envelope,
    results,
    ids: [`x131csp${tag}pxa`, `a131si${tag}qtb.131`],
    spf: 'pass',
    deliveredTo: true,
    to: `robin.reader@${ORG}`,
  });
  const what = signed ? `signed d=${firm} s=${host.selector}` : 'not signed';
  const name = `probe131-gmail-${host.slug}-${record}-${c.attack ? 'spf-only-other-customer' : 'signed-control'}`;
  emitCase(write, {
    name,
    class: `probe131-${host.slug}`,
    about: c.attack
      ? `Attack: another customer of ${host.label} (an account the attacker rents, or a compromised WordPress site on the same platform) writes as ${firm}, a small firm whose SPF is "${recordFor(host, record)}" and DMARC p=quarantine, ${what}, sent from ${host.relay.rdns} [${host.relay.ip}]: SPF passes aligned through addresses every customer shares, nothing else. Gmail, --recipient-domain ${ORG}. Wanted: never authenticated (unverified with the shared-SPF caveat, or suspicious).`
      : `Control: the firm ${firm} (SPF "${recordFor(host, record)}", DMARC p=quarantine) mails from its hosted mailbox at ${host.label}, ${host.relay.rdns} [${host.relay.ip}], ${what} (the panel's DKIM for the firm's own domain). Gmail, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: delivered,
    zone: {
      ...ptr(host.relay.ip, host.relay.rdns),
      [host.spf[0]]: { TXT: [host.spf[1]] },
      [firm]: { TXT: [recordFor(host, record)] },
      [`_dmarc.${firm}`]: { TXT: ['v=DMARC1; p=quarantine'] },
      [`${host.selector}._domainkey.${firm}`]: KEY(),
      [`_dmarc.${ORG}`]: { TXT: ['v=DMARC1; p=quarantine'] },
    },
    args: [...GMAIL, ...TIDEWATER],
    expect: c.attack ? NOT_AUTHENTICATED : AUTHENTICATED,
    twin: c.twin,
  });
}

// Pending (found 2026-12-06, round 131):
// - *-infomaniak-flattened-spf-only-other-customer, *-gandi-flattened-spf-only-other-customer read
//   AUTHENTICATED (dmarc-pass on SPF alone: "sent from a server <firm> authorises"). The firm's
//   record lists Infomaniak's / Gandi's shared relay ranges as ip4: terms (an SPF flattener's
//   output), so spf.includePath ends at the firm's own record and sharedSpfOwner finds nothing;
//   the fallback (the origin relay's ESP, a.origin.esp) needs a relay entry, and
//   lib/relay/providers-esp.ts has none for Infomaniak or Gandi (Bluehost's and Namecheap's new
//   entries catch the same layout: their flattened twins read suspicious). Should read unverified
//   with the shared-SPF caveat, as the include does. Fault: lib/findings/auth-state.ts
//   sharedSpfPass (platform only through a.origin.esp) with no EMAIL_PROVIDERS entry. Fix: add
//   'Infomaniak Mail' (rdns /^smtp-[0-9a-f]{4}\.mail\.infomaniak\.ch$/, 83.166.143.0/24 …) and
//   'Gandi Mail' (rdns /^relay\d{1,2}-[a-z]\.mail\.gandi\.net$/, 217.70.176.0/20) relay entries
//   (carriesScripts as the other shared hosts) whose names match SHARED_PLATFORMS' esp.
// Read as expected when every pending case was run again on 2026-12-06 at 23:5x (rules added
// since made them so), and taken out of the pending set:
// probe131-gmail-infomaniak-flattened-spf-only-other-customer (unverified);
// probe131-gmail-gandi-flattened-spf-only-other-customer (unverified).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  let n = 0;
  const tag = () => String.fromCharCode(97 + n++);
  const hosts: Array<[Host, Record[]]> = [
    [BLUEHOST, ['include', 'flattened']],
    [NAMECHEAP, ['include', 'server-ip', 'flattened']],
    [INFOMANIAK, ['include', 'flattened']],
    [GANDI, ['include', 'flattened']],
  ];
  for (const [host, records] of hosts) {
    for (const record of records)
      await oneCase(write, {
        host,
        record,
        signed: false,
        tag: tag(),
        attack: true,
        twin: record === 'include',
      });
    await oneCase(write, { host, record: 'include', signed: true, tag: tag(), attack: false });
  }
}
