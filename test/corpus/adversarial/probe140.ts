// Red-team probes, round 140 (December 2026): this hour's shared-host relays
// (lib/relay/providers-esp.ts GoDaddy's cPanel relay, SiteGround's, netcup's and all-inkl's, each
// `carriesScripts`; Origin.platformRelay in lib/engine/relay-facts.ts; their SHARED_PLATFORMS rows
// in lib/findings/auth-state.ts), by an attacker who has read sharedSpfPass and espEvidence.
// - The platform's own domain: sharedSpfPass exempts "the platform's own mail" when the From's
//   organisation matches the row's `record` pattern (`ownMail`), a rule written for Microsoft's and
//   Google's own domains, whose relays do not carry strangers' scripts. On a shared web host every
//   co-tenant's PHP mail() leaves the same relay, so a co-tenant writing as the host itself
//   (`noreply@secureserver.net` "your mailbox is full", `quarantine@mailspamprotection.com` "messages
//   held for you", `kas@kasserver.com`) passes SPF aligned through the host's own record. SiteGround's
//   relay also signs every customer's mail d=antispam.mailspamprotection.com: a co-tenant writing
//   From @mailspamprotection.com gets an aligned DKIM pass from the host's own key.
// - A co-tenant's own signature (d=its own domain, or its KAS account name under kasserver.com) beside
//   the firm's `a mx` SPF pass on the all-inkl box; and a firm's genuine l= signed newsletter
//   replayed by a co-tenant through the same box with a payment notice appended.
// Each attack stands beside its genuine control: a firm's own mail signed with its own key through
// the same relay. Read in Gmail, Outlook and the reader's own box.
// Where the layouts were learnt: the relays' names and addresses as realworld138.ts and probe139.ts
// learnt them (GoDaddy's "p3nlsmtpcp01-04.prod.phx3.secureserver.net [184.168.200.145]" ": HOSTING
// RELAY :" and SiteGround's "delivery.antispam.mailspamprotection.com [185.56.87.12]" signing
// d=antispam.mailspamprotection.com s=default, from public lore.kernel.org / valla.it list copies;
// netcup's relay.yourmailgateway.de [188.68.63.162]; all-inkl's dd21710.kasserver.com
// [85.13.145.180] with the default "v=spf1 a mx include:spf.kasserver.com ~all", from public
// repositories' DNS notes, search corpus "code"). The hosts' own domains' SPF records are modelled
// (not the live ones): each lists its relay range directly, as a host's own record commonly does.
// Names and addresses are documentation ones except the hosts' own; every key is the corpus key.

import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, GMAIL, KEY, OUTLOOK, ptr, RECEIVER, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import {
  EOP_UNSIGNED,
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
} from '../receivers';
import { probeCorpus } from '../rounds-kit';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const ORG = 'tidewater.example';
const READER = `Robin Reader <robin.reader@${ORG}>`;
const BOX = ['--authserv-id', RECEIVER];
/** A co-tenant's mail: never authenticated ("unverified" with the shared-SPF caveat is the design). */
const NOT_AUTHENTICATED: CaseExpectation = { notVerdict: ['authenticated'] };

type Reader = 'gmail' | 'outlook' | 'box';
const ARGS: Record<Reader, string[]> = {
  gmail: [...GMAIL, '--recipient-domain', ORG],
  outlook: [...OUTLOOK, '--recipient-domain', ORG],
  box: BOX,
};

const GODADDY: Relay = {
  helo: 'p3nlsmtpcp01-04.prod.phx3.secureserver.net',
  rdns: 'p3nlsmtpcp01-04.prod.phx3.secureserver.net',
  ip: '184.168.200.145',
};
const SITEGROUND: Relay = {
  helo: 'delivery.antispam.mailspamprotection.com',
  rdns: 'delivery.antispam.mailspamprotection.com',
  ip: '185.56.87.12',
};
const NETCUP: Relay = {
  helo: 'relay.yourmailgateway.de',
  rdns: 'relay.yourmailgateway.de',
  ip: '188.68.63.162',
};
const KAS: Relay = { helo: 'dd21710.kasserver.com', rdns: 'dd21710.kasserver.com', ip: '85.13.145.180' };
const SG_KEY: [string, string] = ['antispam.mailspamprotection.com', 'default'];

const HOSTS = {
  ...ptr(GODADDY.ip, GODADDY.rdns),
  ...ptr(SITEGROUND.ip, SITEGROUND.rdns),
  ...ptr(NETCUP.ip, NETCUP.rdns),
  ...ptr(KAS.ip, KAS.rdns),
  'spf-1.secureserver.net': { TXT: ['v=spf1 ip4:184.168.200.0/24 ip4:188.121.52.0/22 -all'] },
  '_spf.mailspamprotection.com': { TXT: ['v=spf1 ip4:185.56.86.0/24 ip4:185.56.87.0/24 ~all'] },
  '_spf-netcup.yourmailgateway.de': { TXT: ['v=spf1 ip4:188.68.63.160/27 ip4:46.38.225.0/24 ~all'] },
  'spf.kasserver.com': { TXT: ['v=spf1 ip4:85.13.159.116 ~all'] },
  'default._domainkey.antispam.mailspamprotection.com': KEY(),
  [`_dmarc.${ORG}`]: { TXT: ['v=DMARC1; p=quarantine'] },
};

interface One {
  name: string;
  about: string;
  reader: Reader;
  relay: Relay;
  /** The From domain (the firm's, or the host's own). */
  domain: string;
  from: string;
  envelope: string;
  subject: string;
  body: string;
  signers: [string, string][];
  /** Sign with l= (this many body octets) for the first signer. */
  bodyLength?: number;
  /** Text appended after signing (a replay). */
  appended?: string;
  policy?: 'QUARANTINE' | 'REJECT' | 'NONE';
  zone: Record<string, unknown>;
  expect: CaseExpectation;
  twin?: boolean;
}

async function oneCase(write: CaseWriter, c: One): Promise<void> {
  const { domain, relay } = c;
  const raw = submitted({
    from: c.from,
    to: READER,
    subject: c.subject,
    date: SENT,
    messageId: `<${c.name.length}.${c.reader}.140@${domain}>`,
    body: c.body,
  });
  let eml: string;
  if (c.bodyLength) {
    const [d, s] = c.signers[0]!;
    eml = await signCorpus(raw, { domain: d, selector: s, maxBodyLength: c.bodyLength });
    if (c.signers.length > 1) eml = await signAll(eml, c.signers.slice(1));
  } else {
    eml = c.signers.length ? await signAll(raw, c.signers) : raw;
  }
  if (c.appended) eml = `${eml.replace(/\r\n$/, '')}\r\n${c.appended}`;
  const policy = c.policy ?? 'QUARANTINE';
  const envDomain = c.envelope.split('@')[1]!;
  const aligned = c.signers.filter(
    ([d]) => d === domain || d.endsWith(`.${domain}`) || domain.endsWith(`.${d}`),
  );
  let delivered: string;
  if (c.reader === 'gmail') {
    const results = [
      ...c.signers.map(([d, s]) => gmailDkim(d, s)),
      gmailSpf(c.envelope, relay.ip),
      gmailDmarc(domain, policy),
    ].join('\r\n       ');
    delivered = gmailDelivery(eml, {
      relay,
      envelope: c.envelope,
      results,
      ids: [`x140csp${c.name.length}pxa`, `a140si${c.name.length}qtb.140`],
      spf: 'pass',
      deliveredTo: true,
      to: `robin.reader@${ORG}`,
    });
  } else if (c.reader === 'outlook') {
    const d0 = aligned[0]?.[0] ?? c.signers[0]?.[0];
    const dkim = d0 ? `dkim=pass (signature was verified)\r\n header.d=${d0}` : EOP_UNSIGNED;
    delivered = eopDelivery(eml, { ...eopPass(relay, envDomain, dkim, domain), returnPath: c.envelope });
  } else {
    const dkim = c.signers.length
      ? c.signers.map(([d, s]) => `dkim=pass header.d=${d} header.s=${s}`).join(';\r\n\t')
      : 'dkim=none';
    delivered = onTop(
      eml,
      `Return-Path: <${c.envelope}>`,
      `Authentication-Results: ${RECEIVER};\r\n\t${dkim};\r\n\tspf=pass (${RECEIVER}: domain of ${c.envelope} designates ${relay.ip} as permitted sender) smtp.mailfrom=${c.envelope};\r\n\tdmarc=pass (policy=${policy.toLowerCase()}) header.from=${domain}`,
      received({
        helo: relay.helo,
        rdns: relay.rdns,
        ip: relay.ip,
        by: RECEIVER,
        for: `robin.reader@${ORG}`,
      }),
    );
  }
  emitCase(write, {
    name: c.name,
    class: `probe140-${c.name.split('-').slice(2, 3).join('')}`,
    about: c.about,
    eml: delivered,
    zone: {
      ...HOSTS,
      ...c.zone,
      [`_dmarc.${domain}`]: { TXT: [`v=DMARC1; p=${policy.toLowerCase()}`] },
      ...Object.fromEntries(c.signers.map(([d, s]) => [`${s}._domainkey.${d}`, KEY()])),
    },
    args: ARGS[c.reader],
    expect: c.expect,
    twin: c.twin,
  });
}

const HOST_PHISH = (host: string) =>
  `Dear customer,\r\n\r\nyour mailbox has reached 98% of its storage and incoming mail is being held. Release held messages and extend your quota here:\r\nhttps://webmail-quota.example/${host}/release\r\n\r\nYour email hosting team\r\n`;
const FIRM_NOTE =
  'Hello Robin,\r\n\r\nthe November maintenance report is attached; nothing urgent, see you at the review on Tuesday.\r\n\r\nDana\r\n';

// ---- The host's own domain, written by a co-tenant through the host's relay ----
async function hostOwnDomain(write: CaseWriter): Promise<void> {
  const hosts: Array<{
    slug: string;
    reader: Reader;
    relay: Relay;
    domain: string;
    record: string;
    local: string;
    name: string;
    signers: [string, string][];
    why: string;
  }> = [
    {
      slug: 'godaddy-secureserver',
      reader: 'gmail',
      relay: GODADDY,
      domain: 'secureserver.net',
      record: 'v=spf1 ip4:184.168.200.0/24 ip4:188.121.52.0/22 -all',
      local: 'noreply',
      name: 'Workspace Email Support',
      signers: [],
      why: "GoDaddy's cPanel HOSTING RELAY carries every cPanel account's PHP mail()",
    },
    {
      slug: 'allinkl-kasserver',
      reader: 'outlook',
      relay: KAS,
      domain: 'kasserver.com',
      record: 'v=spf1 a mx ip4:85.13.128.0/18 ~all',
      local: 'kas',
      name: 'KAS Systemnachricht',
      signers: [],
      why: 'every KAS account on the shared box dd21710 sends from it (its MX, web server and relay at once)',
    },
    {
      slug: 'netcup-yourmailgateway',
      reader: 'box',
      relay: NETCUP,
      domain: 'yourmailgateway.de',
      record: 'v=spf1 ip4:188.68.63.160/27 ip4:46.38.225.0/24 ~all',
      local: 'quarantine',
      name: 'Mail Gateway Quarantine',
      signers: [],
      why: "netcup's web-hosting relay carries every Plesk account's script mail",
    },
    {
      slug: 'siteground-host-key',
      reader: 'gmail',
      relay: SITEGROUND,
      domain: 'mailspamprotection.com',
      record: 'v=spf1 include:_spf.mailspamprotection.com ~all',
      local: 'quarantine',
      name: 'Antispam Quarantine',
      signers: [SG_KEY],
      why: "SiteGround's relay signs every account's outgoing mail d=antispam.mailspamprotection.com s=default, so the host's own key gives the co-tenant an aligned DKIM pass for mailspamprotection.com",
    },
  ];
  for (const h of hosts) {
    await oneCase(write, {
      name: `probe140-${h.reader}-${h.slug}-own-domain-co-tenant`,
      about: `Attack: a co-tenant of the shared host (an attacker's cheap hosting account, PHP mail() with -f ${h.local}@${h.domain}) writes "${h.name}" <${h.local}@${h.domain}>, the host's own domain, a mailbox-full lure, handed over by ${h.relay.rdns} [${h.relay.ip}]: ${h.why}. ${h.domain} publishes "${h.record}" (modelled) and DMARC p=reject; SPF passes aligned through the relay every customer shares. Read in ${h.reader}. Wanted: not authenticated (the relay carries strangers' scripts; the host's own domain is no safer there than a customer's). Today sharedSpfPass's ownMail exempts the host's own organisation.`,
      reader: h.reader,
      relay: h.relay,
      domain: h.domain,
      from: `"${h.name}" <${h.local}@${h.domain}>`,
      envelope: `${h.local}@${h.domain}`,
      subject: 'Action required: mailbox storage full, 14 messages held',
      body: HOST_PHISH(h.domain),
      signers: h.signers,
      policy: 'REJECT',
      zone: { [h.domain]: { TXT: [h.record] } },
      expect: NOT_AUTHENTICATED,
      twin: h.reader === 'gmail',
    });
  }
}

// ---- Controls: a firm's own signed mail through each relay ----
async function controls(write: CaseWriter): Promise<void> {
  const firms: Array<{
    slug: string;
    reader: Reader;
    relay: Relay;
    record: string;
    sel: string;
    extra?: [string, string][];
    mx?: boolean;
  }> = [
    {
      slug: 'godaddy',
      reader: 'gmail',
      relay: GODADDY,
      record: 'v=spf1 include:spf-1.secureserver.net -all',
      sel: 'default',
    },
    {
      slug: 'allinkl',
      reader: 'outlook',
      relay: KAS,
      record: 'v=spf1 a mx include:spf.kasserver.com ~all',
      sel: 'kas202606070335',
      mx: true,
    },
    {
      slug: 'netcup',
      reader: 'box',
      relay: NETCUP,
      record: 'v=spf1 mx a include:_spf-netcup.yourmailgateway.de ~all',
      sel: 'dkim',
    },
    {
      slug: 'siteground',
      reader: 'gmail',
      relay: SITEGROUND,
      record: 'v=spf1 include:_spf.mailspamprotection.com ~all',
      sel: 'default',
      extra: [SG_KEY],
    },
  ];
  for (const f of firms) {
    const firm = `harbour-${f.slug}-140.example`;
    await oneCase(write, {
      name: `probe140-${f.reader}-${f.slug}-firm-signed-control`,
      about: `Control: ${firm} (SPF "${f.record}", DMARC p=quarantine) mails from its hosting mailbox through ${f.relay.rdns} [${f.relay.ip}], signed d=${firm} s=${f.sel} (the host's DKIM for the customer's own domain)${f.extra ? ' and d=antispam.mailspamprotection.com by the relay' : ''}. Read in ${f.reader}. Wanted: authenticated.`,
      reader: f.reader,
      relay: f.relay,
      domain: firm,
      from: `Dana Harbour <dana@${firm}>`,
      envelope: `dana@${firm}`,
      subject: 'November maintenance report',
      body: FIRM_NOTE,
      signers: [[firm, f.sel], ...(f.extra ?? [])],
      zone: {
        [firm]: {
          TXT: [f.record],
          ...(f.mx
            ? { MX: [{ priority: 10, exchange: 'w0186e41.kasserver.com' }], A: ['85.13.157.92'] }
            : {}),
        },
        'w0186e41.kasserver.com': { A: [KAS.ip] },
      },
      expect: AUTHENTICATED,
    });
  }
}

// ---- all-inkl: the firm's `a mx` pass beside a co-tenant's own signature; an l= replay ----
async function kasCoTenant(write: CaseWriter): Promise<void> {
  const firmZone = (firm: string) => ({
    [firm]: {
      TXT: ['v=spf1 a mx include:spf.kasserver.com ~all'],
      MX: [{ priority: 10, exchange: 'w0186e41.kasserver.com' }],
      A: ['85.13.157.92'],
    },
    'w0186e41.kasserver.com': { A: [KAS.ip] },
  });
  const INVOICE =
    'Dear customer,\r\n\r\nplease note our bank has changed. Pay invoice 2026-140 (EUR 8,140) to IBAN GB00 EXMP 0000 0000 1400 00 from today.\r\n\r\nHarbour Accounts\r\n';
  const signersOf: Array<{ slug: string; reader: Reader; signer: [string, string]; what: string }> = [
    {
      slug: 'own-domain-signature',
      reader: 'gmail',
      signer: ['bargain-bazaar.example', 'kas202606070335'],
      what: "signed by the KAS DKIM of the co-tenant's own domain d=bargain-bazaar.example",
    },
    {
      slug: 'kas-account-signature',
      reader: 'box',
      signer: ['w0199f2c.kasserver.com', 'kas202606070335'],
      what: "signed by the KAS DKIM of the co-tenant's account name d=w0199f2c.kasserver.com (the host's own domain)",
    },
  ];
  for (const s of signersOf) {
    const firm = `harbour-kas-${s.slug.slice(0, 3)}-140.example`;
    await oneCase(write, {
      name: `probe140-${s.reader}-allinkl-co-tenant-${s.slug}`,
      about: `Attack: a co-tenant on all-inkl's shared server ${KAS.rdns} [${KAS.ip}] writes as ${firm} (all-inkl's default "v=spf1 a mx include:spf.kasserver.com ~all", its MX that same box), ${s.what}: SPF passes aligned on the firm's "mx" term, the signature verifies but is not the firm's. Read in ${s.reader}. Wanted: not authenticated (Origin.platformRelay: some account of the box).`,
      reader: s.reader,
      relay: KAS,
      domain: firm,
      from: `Harbour Accounts <accounts@${firm}>`,
      envelope: `wp@${firm}`,
      subject: 'Invoice 2026-140: new bank details',
      body: INVOICE,
      signers: [s.signer],
      zone: { ...firmZone(firm), [`_dmarc.${s.signer[0]}`]: { TXT: ['v=DMARC1; p=none'] } },
      expect: NOT_AUTHENTICATED,
      twin: s.reader === 'gmail',
    });
  }
  // The firm's genuine newsletter signed with l=, replayed by a co-tenant with a notice appended.
  const firm = 'harbour-kas-len-140.example';
  const NEWS =
    'Hello,\r\n\r\nour winter opening hours: Monday to Friday 8:00-17:00, closed 24 December to 2 January.\r\n\r\nHarbour Services\r\n';
  for (const replay of [false, true]) {
    await oneCase(write, {
      name: replay
        ? 'probe140-gmail-allinkl-l-signature-replayed-co-tenant'
        : 'probe140-gmail-allinkl-l-signature-control',
      about: replay
        ? `Attack: ${firm}'s genuine newsletter, signed by its mail client's DKIM with l= (the body length), obtained by a co-tenant on all-inkl's box ${KAS.rdns}, who resends it unchanged but for a payment notice appended below the signed body, through the same box, envelope wp@${firm}: SPF passes on the firm's "mx" term and the firm's signature still verifies (l= leaves the tail unsigned). Read in Gmail. Wanted: not authenticated (the unsigned tail is the attacker's; the relay is every account's).`
        : `Control: ${firm}'s genuine newsletter signed d=${firm} with l= (some mail clients and list tools still sign so), mailed through its all-inkl box ${KAS.rdns}. Read in Gmail. Wanted: not spoofed (authenticated; a concern about l= is acceptable).`,
      reader: 'gmail',
      relay: KAS,
      domain: firm,
      from: `Harbour Services <news@${firm}>`,
      envelope: replay ? `wp@${firm}` : `news@${firm}`,
      subject: 'Winter opening hours',
      body: NEWS,
      signers: [[firm, 'kas202606070335']],
      bodyLength: NEWS.length,
      appended: replay
        ? 'PS: from 1 December please pay all invoices to our new account IBAN GB00 EXMP 0000 0000 1400 00 (the old one is closed). Accounts\r\n'
        : undefined,
      zone: firmZone(firm),
      expect: replay ? NOT_AUTHENTICATED : { notVerdict: ['spoofed'] },
    });
  }
}

// Fixed at 06:25 on 2026-12-06 (lib/findings/auth-state.ts sharedSpfPass, sharedSpfPlatform):
// - probe140-{gmail-godaddy-secureserver,outlook-allinkl-kasserver,box-netcup-yourmailgateway}-
//   own-domain-co-tenant (and the Gmail -no-options twin) read authenticated: a co-tenant's unsigned
//   script mail From the host's own domain passed as the host's own mail (the exemption meant for
//   Microsoft's and Google's own domains). No exemption where the relay carries every account's
//   scripts (carriesScripts): unverified.
// - probe140-gmail-siteground-host-key-own-domain-co-tenant (and -no-options) read authenticated:
//   SiteGround's relay signs every account's mail d=antispam.mailspamprotection.com, which aligns
//   for a From at mailspamprotection.com. Such a host's own signature no longer lifts its shared-SPF
//   caveat (sharedSpfPass's hostSigner): unverified.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await hostOwnDomain(write);
  await controls(write);
  await kasCoTenant(write);
}
