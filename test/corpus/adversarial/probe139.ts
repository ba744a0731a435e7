// Red-team probes, round 139 (December 2026): shared web-hosting platforms and the hosted-server
// rules, by an attacker who has read lib/findings/auth-state.ts (SHARED_PLATFORMS, sharedSpfPass),
// lib/relay/providers-esp.ts (the hosts' relay entries), lib/findings/hosted-server.ts and the
// user's approvals (AnalyzeOptions.approvedServers / approvedServerDomains, approvedFor in
// lib/engine/relay-facts.ts). Probed:
// - a shared host whose relays lib/relay/providers-esp.ts knows (STRATO: its whole 85.215.255.0/24
//   is "STRATO Mail") but that SHARED_PLATFORMS does not list: another STRATO hosting customer's
//   PHP mail (or an attacker's €1 package) writing as a firm that publishes STRATO's include, or a
//   flattened copy of its addresses, passes SPF aligned through addresses every customer shares;
// - a shared host neither list knows (all-inkl's KAS servers, dd*.kasserver.com): a co-tenant on
//   the firm's own shared server passes the firm's `a mx` terms; the firm's own signed mail from it
//   is the control;
// - a Namecheap cPanel server the reader approved for one firm, and a co-tenant on the next server
//   of the same /24 (the approval is for one address);
// - a Gandi VPS inside the /20 a firm's flattened record copies from Gandi's include, with its own
//   PTR (xvm-…dc0.ghst.net) or a PTR copying Gandi's relay name that does not resolve back.
// Each attack stands beside its genuine control (the firm's own mail from the same host, signed
// with the host's DKIM for the firm's domain). Read in Gmail, Outlook, Yahoo and a box.
// Where the layouts were learnt: STRATO's customer record "v=spf1 include:_spf.strato.com -all"
// (and `_spf.strato.de`) from public repositories' DNS notes (search corpus "code"); its relay
// mo4-p00-ob.smtp.rzone.de in 85.215.255.0/24 as lib/relay/providers-esp.ts gives it from
// lore.kernel.org copies; all-inkl's "v=spf1 a mx include:spf.kasserver.com ~all", MX
// w0186e41.kasserver.com and DKIM selector kas202606070335 from public repositories' DNS notes
// (corpus "code"), and its hand-over "from elsenbaumer.at (dd21710.kasserver.com [85.13.145.180])
// by dd21710.kasserver.com (Postfix) with ESMTPSA" from a public linux-kernel list copy (lfdr.de,
// 2022); Namecheap's premium237-5.web-hosting.com [66.29.146.205] and Gandi's relay9-d.mail.gandi.net
// as probe131 has them; Gandi's VPS reverse names (xvm-NNN-NN.dc0.ghst.net) as recalled. The
// STRATO and Gandi include texts are narrowed to the ranges named here (not the live records).
// Names and addresses are documentation ones except the hosts' own; every key is the corpus key.

import type { CaseExpectation } from '../../helpers/corpus';
import {
  AUTHENTICATED,
  emitCase,
  GMAIL,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  signAll,
} from '../kit';
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
  yahooDelivery,
} from '../receivers';
import { probeCorpus } from '../rounds-kit';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const ORG = 'tidewater.example';
const READER = `Robin Reader <robin.reader@${ORG}>`;
const YAHOO = ['--webmail', 'yahoo'];
const BOX = ['--authserv-id', RECEIVER];
/** Another customer of a shared include: never authenticated (unverified with the caveat is the host-include design). */
const NOT_AUTHENTICATED: CaseExpectation = { notVerdict: ['authenticated'] };

type Reader = 'gmail' | 'outlook' | 'yahoo' | 'box';
const ARGS: Record<Reader, string[]> = {
  gmail: [...GMAIL, '--recipient-domain', ORG],
  outlook: [...OUTLOOK, '--recipient-domain', ORG],
  yahoo: YAHOO,
  box: BOX,
};

/** A short tag per reader for the firms' names (a reader's name in a domain is a look-alike). */
const TAG: Record<Reader, string> = { gmail: 'g', outlook: 'o', yahoo: 'y', box: 'b' };

const STRATO: Relay = {
  helo: 'mo4-p00-ob.smtp.rzone.de',
  rdns: 'mo4-p00-ob.smtp.rzone.de',
  ip: '85.215.255.82',
};
const STRATO_SPF = 'v=spf1 ip4:85.215.255.0/24 ip4:81.169.146.128/25 ip6:2a01:238:20a:202::/64 ~all';
const STRATO_FLAT = 'ip4:85.215.255.0/24 ip4:81.169.146.128/25 ip6:2a01:238:20a:202::/64';
const STRATO_SEL = 'strato-dkim-0002';

const KAS: Relay = { helo: 'dd21710.kasserver.com', rdns: 'dd21710.kasserver.com', ip: '85.13.145.180' };
const KAS_SEL = 'kas202606070335';

const NAMECHEAP: Relay = {
  helo: 'premium237-5.web-hosting.com',
  rdns: 'premium237-5.web-hosting.com',
  ip: '66.29.146.205',
};
const NAMECHEAP_NEXT: Relay = {
  helo: 'premium237-4.web-hosting.com',
  rdns: 'premium237-4.web-hosting.com',
  ip: '66.29.146.204',
};
const NAMECHEAP_SPF = 'v=spf1 ip4:66.29.128.0/17 ip4:198.54.112.0/20 ~all';

const GANDI_FLAT = 'ip4:217.70.176.0/20';
const GANDI_VPS_IP = '217.70.189.112';

interface One {
  name: string;
  about: string;
  reader: Reader;
  relay: Relay;
  firm: string;
  attack: boolean;
  /** The host's selector the firm's mail is signed with, when signed. */
  selector?: string;
  zone: Record<string, unknown>;
  args?: string[];
  expect: CaseExpectation;
  twin?: boolean;
}

async function oneCase(write: CaseWriter, c: One): Promise<void> {
  const { firm, relay } = c;
  const from = c.attack ? `Harbour Accounts <accounts@${firm}>` : `Dana Harbour <dana@${firm}>`;
  const envelope = c.attack ? `wp@${firm}` : `dana@${firm}`;
  const subject = c.attack ? 'Invoice 2026-139: new bank details' : 'Invoice 2026-139';
  const body = c.attack
    ? 'Dear customer,\r\n\r\nplease note our bank has changed. Pay invoice 2026-139 (EUR 7,390) to IBAN GB00 EXMP 0000 0000 1390 00 from today; the old account is closed.\r\n\r\nHarbour Accounts\r\n'
    : 'Hello Robin,\r\n\r\ninvoice 2026-139 for the November maintenance is attached; payment to the usual account within 30 days.\r\n\r\nDana\r\n';
  const raw = submitted({
    from,
    to: READER,
    subject,
    date: SENT,
    messageId: `<${c.name.length}.${c.reader}@${firm}>`,
    body,
  });
  const sel = c.selector;
  const eml = sel ? await signAll(raw, [[firm, sel]]) : raw;
  const envDomain = envelope.split('@')[1]!;
  let delivered: string;
  if (c.reader === 'gmail') {
    const results = [
      ...(sel ? [gmailDkim(firm, sel)] : []),
      gmailSpf(envelope, relay.ip),
      gmailDmarc(firm, 'QUARANTINE'),
    ].join('\r\n       ');
    delivered = gmailDelivery(eml, {
      relay,
      envelope,
      results,
      ids: [`x139csp${c.name.length}pxa`, `a139si${c.name.length}qtb.139`],
      spf: 'pass',
      deliveredTo: true,
      to: `robin.reader@${ORG}`,
    });
  } else if (c.reader === 'outlook') {
    const dkim = sel ? `dkim=pass (signature was verified)\r\n header.d=${firm}` : EOP_UNSIGNED;
    delivered = eopDelivery(eml, { ...eopPass(relay, envDomain, dkim, firm), returnPath: envelope });
  } else if (c.reader === 'yahoo') {
    const dkim = sel ? `dkim=pass header.i=@${firm} header.s=${sel};\r\n ` : 'dkim=unknown;\r\n ';
    delivered = yahooDelivery(eml, {
      relay,
      envelope,
      results: `${dkim}spf=pass smtp.mailfrom=${envDomain};\r\n dmarc=pass(p=QUARANTINE) header.from=${firm};`,
    });
  } else {
    const dkim = sel ? `dkim=pass header.d=${firm} header.s=${sel}` : 'dkim=none';
    delivered = onTop(
      eml,
      `Return-Path: <${envelope}>`,
      `Authentication-Results: ${RECEIVER};\r\n\t${dkim};\r\n\tspf=pass (${RECEIVER}: domain of ${envelope} designates ${relay.ip} as permitted sender) smtp.mailfrom=${envelope};\r\n\tdmarc=pass (policy=quarantine) header.from=${firm}`,
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
    class: `probe139-${c.name.split('-').slice(2, 3).join('')}`,
    about: c.about,
    eml: delivered,
    zone: {
      ...c.zone,
      [`_dmarc.${firm}`]: { TXT: ['v=DMARC1; p=quarantine'] },
      ...(sel ? { [`${sel}._domainkey.${firm}`]: KEY() } : {}),
      [`_dmarc.${ORG}`]: { TXT: ['v=DMARC1; p=quarantine'] },
    },
    args: [...ARGS[c.reader], ...(c.args ?? [])],
    expect: c.expect,
    twin: c.twin,
  });
}

// ---- STRATO: relays known to lib/relay/providers-esp.ts, not a shared platform
async function strato(write: CaseWriter): Promise<void> {
  const zone = (firm: string, record: string) => ({
    ...ptr(STRATO.ip, STRATO.rdns),
    '_spf.strato.com': { TXT: [STRATO_SPF] },
    [firm]: { TXT: [record] },
  });
  const include = 'v=spf1 include:_spf.strato.com -all';
  const flat = `v=spf1 ${STRATO_FLAT} -all`;
  const attack = (reader: Reader, rec: 'include' | 'flattened', twin = false) => {
    const firm = `harbour-strato-${rec}-${TAG[reader]}.example`;
    const record = rec === 'include' ? include : flat;
    return oneCase(write, {
      name: `probe139-${reader}-strato-${rec}-spf-only-other-customer`,
      about: `Attack: another STRATO hosting customer (an attacker's own cheap web package, its PHP mail() with -f wp@${firm}) writes as ${firm}, a small firm whose SPF is "${record}" (STRATO's documented include${rec === 'flattened' ? ', flattened by an SPF flattener into its addresses' : ''}) and DMARC p=quarantine, unsigned, handed over by STRATO's relay ${STRATO.rdns} [${STRATO.ip}]: SPF passes aligned through addresses every STRATO customer shares, nothing else. Read in ${reader}. Wanted: never authenticated (unverified with the shared-SPF caveat, as for IONOS, Infomaniak and Gandi).`,
      reader,
      relay: STRATO,
      firm,
      attack: true,
      zone: zone(firm, record),
      expect: NOT_AUTHENTICATED,
      twin,
    });
  };
  await attack('gmail', 'include', true);
  await attack('outlook', 'flattened');
  await attack('yahoo', 'include');
  for (const reader of ['gmail', 'outlook'] as const) {
    const firm = `harbour-strato-signed-${TAG[reader]}.example`;
    await oneCase(write, {
      name: `probe139-${reader}-strato-signed-control`,
      about: `Control: ${firm} (SPF "${include}", DMARC p=quarantine) mails from its STRATO mailbox through ${STRATO.rdns} [${STRATO.ip}], signed d=${firm} s=${STRATO_SEL} (STRATO's DKIM for the customer's domain). Read in ${reader}. Wanted: authenticated.`,
      reader,
      relay: STRATO,
      firm,
      attack: false,
      selector: STRATO_SEL,
      zone: zone(firm, include),
      expect: AUTHENTICATED,
    });
  }
}

// ---- all-inkl (KAS): a shared host neither list knows
async function allInkl(write: CaseWriter): Promise<void> {
  const zone = (firm: string) => ({
    ...ptr(KAS.ip, KAS.rdns),
    'spf.kasserver.com': { TXT: ['v=spf1 ip4:85.13.159.116 ~all'] },
    [firm]: {
      TXT: ['v=spf1 a mx include:spf.kasserver.com ~all'],
      MX: [{ priority: 10, exchange: 'w0186e41.kasserver.com' }],
      A: ['85.13.157.92'],
    },
    'w0186e41.kasserver.com': { A: [KAS.ip] },
  });
  for (const reader of ['gmail', 'box'] as const) {
    const firm = `harbour-kas-${TAG[reader]}.example`;
    await oneCase(write, {
      name: `probe139-${reader}-allinkl-mx-spf-only-co-tenant`,
      about: `Attack: a co-tenant on all-inkl's shared server ${KAS.rdns} [${KAS.ip}] (a compromised WordPress of another KAS account on the same box) writes as ${firm}, whose SPF is all-inkl's default "v=spf1 a mx include:spf.kasserver.com ~all" and whose MX w0186e41.kasserver.com is that same box: SPF passes aligned on the firm's "mx" term, unsigned. Read in ${reader}. Wanted: not authenticated (a server every account on the box shares: "unverified" with the shared-SPF caveat, as README reads a shared host's include, since the firm's own unsigned mail from its box looks the same).`,
      reader,
      relay: KAS,
      firm,
      attack: true,
      zone: zone(firm),
      expect: NOT_AUTHENTICATED,
      twin: reader === 'gmail',
    });
  }
  for (const reader of ['gmail', 'yahoo'] as const) {
    const firm = `harbour-kas-signed-${TAG[reader]}.example`;
    await oneCase(write, {
      name: `probe139-${reader}-allinkl-signed-control`,
      about: `Control: ${firm} (all-inkl's default SPF, DMARC p=quarantine) mails from its KAS mailbox, handed over by ${KAS.rdns} [${KAS.ip}] itself, signed d=${firm} s=${KAS_SEL} (all-inkl's KAS DKIM). Read in ${reader}. Wanted: authenticated (the firm's own aligned signature; a shared web host is how small firms send).`,
      reader,
      relay: KAS,
      firm,
      attack: false,
      selector: KAS_SEL,
      zone: zone(firm),
      expect: AUTHENTICATED,
    });
  }
}

// ---- An approved Namecheap cPanel server, and its neighbour in the same /24
async function approved(write: CaseWriter): Promise<void> {
  const firm = 'harbour-nc-approved.example';
  const zone = {
    ...ptr(NAMECHEAP.ip, NAMECHEAP.rdns),
    ...ptr(NAMECHEAP_NEXT.ip, NAMECHEAP_NEXT.rdns),
    'spf.web-hosting.com': { TXT: [NAMECHEAP_SPF] },
    [firm]: { TXT: ['v=spf1 a mx include:spf.web-hosting.com ~all'] },
  };
  const approve = ['--approve-for', `${NAMECHEAP.ip}=${firm}`];
  await oneCase(write, {
    name: 'probe139-gmail-approved-namecheap-server-signed-control',
    about: `Control: the reader approved ${NAMECHEAP.rdns} [${NAMECHEAP.ip}] for ${firm} ("I recognise it"); the firm's own mail from it, signed d=${firm} s=default (cPanel's DKIM). Gmail. Wanted: authenticated.`,
    reader: 'gmail',
    relay: NAMECHEAP,
    firm,
    attack: false,
    selector: 'default',
    zone,
    args: approve,
    expect: AUTHENTICATED,
  });
  for (const reader of ['gmail', 'outlook'] as const)
    await oneCase(write, {
      name: `probe139-${reader}-approved-namecheap-neighbour-same-24-spf-only`,
      about: `Attack: the reader approved ${NAMECHEAP.ip} for ${firm}; an attacker's account on the next server of the same /24, ${NAMECHEAP_NEXT.rdns} [${NAMECHEAP_NEXT.ip}], writes as ${firm} unsigned; SPF passes aligned through Namecheap's shared include. The approval is for one address and one organisation. Read in ${reader}. Wanted: not trusted.`,
      reader,
      relay: NAMECHEAP_NEXT,
      firm,
      attack: true,
      zone,
      args: approve,
      expect: { ...NOT_TRUSTED, fields: { 'origin.approved': false } },
    });
  await oneCase(write, {
    name: 'probe139-gmail-approved-unscoped-namecheap-server-co-tenant',
    about: `Attack: the reader approved ${NAMECHEAP.ip} with no domain (the CLI's --approve, an approval stored before scopes): every message from it is approved, so no hosted-server warning. A co-tenant on that very cPanel server writes as ${firm} unsigned; SPF passes aligned through Namecheap's shared include. Gmail. Wanted: never authenticated (the approval vouches for the server, not for which of its customers wrote).`,
    reader: 'gmail',
    relay: NAMECHEAP,
    firm,
    attack: true,
    zone,
    args: ['--approve', NAMECHEAP.ip],
    expect: NOT_AUTHENTICATED,
  });
}

// ---- A Gandi VPS inside the /20 a flattened record copies from Gandi's include
async function gandiVps(write: CaseWriter): Promise<void> {
  const firm = 'harbour-gandi-flat.example';
  const base = {
    [firm]: { TXT: [`v=spf1 ${GANDI_FLAT} -all`] },
    'relay9-d.mail.gandi.net': { A: ['217.70.183.199'] },
  };
  await oneCase(write, {
    name: 'probe139-gmail-gandi-vps-in-flattened-range',
    about: `Attack: ${firm}'s SPF flattens Gandi's include into "${GANDI_FLAT}"; the attacker rents a Gandi VPS at ${GANDI_VPS_IP} (reverse name xvm-189-112.dc0.ghst.net, Gandi's own for its VPS) inside that /20 and writes as the firm unsigned: SPF passes aligned. Gmail. Wanted: not trusted (a rented server, not Gandi's relay).`,
    reader: 'gmail',
    relay: { helo: 'xvm-189-112.dc0.ghst.net', rdns: 'xvm-189-112.dc0.ghst.net', ip: GANDI_VPS_IP },
    firm,
    attack: true,
    zone: { ...base, ...ptr(GANDI_VPS_IP, 'xvm-189-112.dc0.ghst.net') },
    expect: NOT_TRUSTED,
    twin: true,
  });
  await oneCase(write, {
    name: 'probe139-outlook-gandi-vps-ptr-copies-relay-name',
    about: `Attack: as above, but the VPS's PTR is set to Gandi's relay name relay9-d.mail.gandi.net (its HELO too), which resolves to 217.70.183.199, not to ${GANDI_VPS_IP}. Outlook. Wanted: not trusted (an unconfirmed name is no relay).`,
    reader: 'outlook',
    relay: { helo: 'relay9-d.mail.gandi.net', rdns: 'relay9-d.mail.gandi.net', ip: GANDI_VPS_IP },
    firm,
    attack: true,
    zone: { ...base, '112.189.70.217.in-addr.arpa': { PTR: ['relay9-d.mail.gandi.net'] } },
    expect: NOT_TRUSTED,
  });
  await oneCase(write, {
    name: 'probe139-gmail-gandi-relay-flattened-signed-control',
    about: `Control: ${firm} (the flattened record) mails from its Gandi mailbox through relay9-d.mail.gandi.net [217.70.183.199], signed d=${firm} s=gm1. Gmail. Wanted: authenticated.`,
    reader: 'gmail',
    relay: { helo: 'relay9-d.mail.gandi.net', rdns: 'relay9-d.mail.gandi.net', ip: '217.70.183.199' },
    firm,
    attack: false,
    selector: 'gm1',
    zone: { ...base, ...ptr('217.70.183.199', 'relay9-d.mail.gandi.net') },
    expect: AUTHENTICATED,
  });
}

// Fixed at 06:14 on 2026-12-06:
// - probe139-{gmail,yahoo}-strato-include-spf-only-other-customer (and -no-options),
//   probe139-outlook-strato-flattened-spf-only-other-customer read authenticated (another STRATO
//   customer, unsigned, through _spf.strato.com or its flattened addresses): STRATO had no
//   SHARED_PLATFORMS row (lib/findings/auth-state.ts). Now unverified with the shared-SPF caveat.
// - probe139-{gmail,box}-allinkl-mx-spf-only-co-tenant (and -no-options) read authenticated: the
//   co-tenant's KAS server is the firm's own MX host, so SPF passed on its "mx" term. An 'all-inkl
//   Mail' relay (lib/relay/providers-esp.ts, carriesScripts) names the server, Origin.platformRelay
//   (lib/engine/relay-facts.ts) keeps that name where no aligned signature lets it be the ESP, and
//   sharedSpfPass reads it as all-inkl's shared platform: unverified, as the firm's own unsigned
//   mail from that box (expectation: not authenticated, as probe131's shared includes).
// - probe139-gmail-gandi-vps-in-flattened-range (and -no-options),
//   probe139-outlook-gandi-vps-ptr-copies-relay-name read authenticated: a Gandi VPS inside the
//   /20 the firm's flattened record copies. Gandi's AS 29169 is now hosting
//   (lib/relay/providers-hosting.ts): the VPS is a hosted server, suspicious.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await strato(write);
  await allInkl(write);
  await approved(write);
  await gandiVps(write);
}
