// Red-team round 163: lib/findings/hosted-server.ts `ownServerEvidence`, unsigned branch, as the
// last commit widened it: a server whose confirmed reverse name is inside the From domain but
// reached through a CNAME out of the organisation counts as the domain's own when the domain's own
// SPF record names that one address (`ip4:x`, `/32`, an `ip6` /128). The reasoning: a re-claimed
// cloud name comes with a new address, which such a term does not pass. That holds for a record
// the firm wrote; it does not hold for a record BUILT FROM THE CLIENT'S ADDRESS. A firm that
// publishes its SPF through a macro include under its own name (`include:%{ir}._spf.<firm>`, the
// "dynamic" / "macro-flattened" SPF that hosted-SPF services and self-run PowerDNS/Lua zones
// answer per address) gets back `v=spf1 ip4:<that address> -all` for every address of the list
// behind it: the matched term is always "one address", whatever the list holds. Behind it here: a
// vendor's Azure North Europe /16 copied in by the flattener. The attacker re-claims the firm's
// dangling `relay.<firm>` CNAME target (its Azure cloudapp label), gets a new address inside that
// /16, sets its reverse FQDN to relay.<firm> (Azure validates: the name resolves there) and sends
// an unsigned payment lure: SPF passes through the dynamic answer's `ip4:<new address>`, DMARC
// passes, and the server reads as the firm's own (hosted-server-relay low).
// Beside it: the same firm's list written flat (the wide term reads suspicious today: the engine is
// right), the genuine relay pinned by a plain `ip4:` term, by `ip4:/32` behind `redirect=` (both
// must read authenticated), and the genuine relay behind the dynamic record (same DNS as the
// attack: not spoofed, suspicious is the honest answer after a fix).
// Also SHARED_PLATFORMS' new Fastmail entry: a bank record that copies Fastmail's ranges in
// (flattened, no include) and the attacker's Fastmail account sending as the bank, beside the
// bank's own Fastmail mail signed with its CNAME-delegated fm1 key.
// Where the layouts were learnt (`search`): the Azure reverse-DNS rules and CNAME-to-cloudapp
// habit as realworld159.ts cites them (learn.microsoft.com "Configure reverse DNS for services
// hosted in Azure": validation only when the record is set); macro-built per-address SPF from
// corpus "pages": DuoCircle's AutoSPF "macro-flattening" article (`redirect=<domain>.on.autospf.email`
// → `include:%{ir}.<domain>.mcr.autospf.email -all`, "as if there were one unique SPF record per
// IP address"), dmarcguard.io's SPF macro debugger (`%{ir}.%{v}._spf.example.com`, "per-IP
// allowlisting via DNS zone") and a flattening how-to naming macros in "some self-hosted setups".
// AutoSPF's own answers sit under the vendor's zone, which `sameOwner` already refuses; the case
// here is the self-hosted (or `_spf.<firm>`-delegated) zone under the firm's own name.
// Fastmail's relays and record as probe162.ts / lib/relay/providers-esp.ts hold them. Names and
// addresses are documentation ones except Microsoft's, Azure's and Fastmail's own hosts and ranges.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, KEY, NOT_TRUSTED, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
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
const ENTERED = 'Fri, 20 Nov 2026 10:00:03 +0000';
const BOXED = 'Fri, 20 Nov 2026 10:00:04 +0000';

const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** The genuine relay whose DNS is the attack's: never spoofed; authenticated or suspicious. */
const NOT_SPOOFED: CaseExpectation = { notVerdict: ['spoofed'], fields: { 'dmarc.result': 'pass' } };

const rev = (ip: string) => `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
const dmarc = (d: string, p: string) => ({
  [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}; rua=mailto:dmarc@${d}`] },
});
const EOP_SPF = { 'spf.protection.outlook.com': { TXT: ['v=spf1 ip4:40.92.0.0/15 ip4:52.100.0.0/14 -all'] } };
const eopMx = (d: string) => [
  { priority: 0, exchange: `${d.replace(/\./g, '-')}.mail.protection.outlook.com` },
];

// ---- 1. Hollin Grain: dynamic (macro) SPF under its own name; relay label re-claimed ----
const HG = 'hollin-grain.example';
const HG_LABEL = 'hollin-relay.northeurope.cloudapp.azure.com';
const HG_ATTACK: Relay = { helo: `relay.${HG}`, rdns: `relay.${HG}`, ip: '52.169.91.77' };
// ---- 2. Ormsby Tiles: the same list written flat (a wide term), label re-claimed ----
const OT = 'ormsby-tiles.example';
const OT_LABEL = 'ormsby-relay.northeurope.cloudapp.azure.com';
const OT_ATTACK: Relay = { helo: `relay.${OT}`, rdns: `relay.${OT}`, ip: '52.169.93.18' };
// ---- 3. Penhallow Surveys: genuine relay pinned by `ip4:<addr>` (no prefix length) ----
const PS = 'penhallow-surveys.example';
const PS_LABEL = 'penhallow-lob.northeurope.cloudapp.azure.com';
const PS_RELAY: Relay = { helo: `relay.${PS}`, rdns: `relay.${PS}`, ip: '52.169.88.141' };
// ---- 4. Rookwood Dental: genuine relay pinned `ip4:<addr>/32` in `_spf.<firm>` behind redirect= ----
const RD = 'rookwood-dental.example';
const RD_LABEL = 'rookwood-ex16.westeurope.cloudapp.azure.com';
const RD_RELAY: Relay = { helo: `smtp.${RD}`, rdns: `smtp.${RD}`, ip: '20.61.98.36' };
// ---- 5. Tansley Mills: genuine live relay behind the dynamic (macro) record ----
const TM = 'tansley-mills.example';
const TM_LABEL = 'tansley-relay.northeurope.cloudapp.azure.com';
const TM_RELAY: Relay = { helo: `relay.${TM}`, rdns: `relay.${TM}`, ip: '52.169.90.12' };

/** The dynamic zone's answer for one address: what a per-address SPF service returns. */
const dynamic = (firm: string, ip: string) => ({
  [`${ip.split('.').reverse().join('.')}._spf.${firm}`]: { TXT: [`v=spf1 ip4:${ip} -all`] },
});

const ZONE: Record<string, unknown> = {
  ...EOP_SPF,
  [HG]: {
    TXT: [`v=spf1 include:%{ir}._spf.${HG} include:spf.protection.outlook.com -all`],
    MX: eopMx(HG),
  },
  ...dynamic(HG, HG_ATTACK.ip),
  [`relay.${HG}`]: { CNAME: [HG_LABEL] },
  [HG_LABEL]: { A: [HG_ATTACK.ip] },
  [rev(HG_ATTACK.ip)]: { PTR: [`relay.${HG}`] },
  ...dmarc(HG, 'reject'),
  [OT]: { TXT: ['v=spf1 ip4:52.169.0.0/16 include:spf.protection.outlook.com -all'], MX: eopMx(OT) },
  [`relay.${OT}`]: { CNAME: [OT_LABEL] },
  [OT_LABEL]: { A: [OT_ATTACK.ip] },
  [rev(OT_ATTACK.ip)]: { PTR: [`relay.${OT}`] },
  ...dmarc(OT, 'reject'),
  [PS]: { TXT: [`v=spf1 ip4:${PS_RELAY.ip} include:spf.protection.outlook.com -all`], MX: eopMx(PS) },
  [`relay.${PS}`]: { CNAME: [PS_LABEL] },
  [PS_LABEL]: { A: [PS_RELAY.ip] },
  [rev(PS_RELAY.ip)]: { PTR: [`relay.${PS}`] },
  ...dmarc(PS, 'quarantine'),
  [RD]: { TXT: [`v=spf1 redirect=_spf.${RD}`], MX: eopMx(RD) },
  [`_spf.${RD}`]: { TXT: [`v=spf1 ip4:${RD_RELAY.ip}/32 include:spf.protection.outlook.com -all`] },
  [`smtp.${RD}`]: { CNAME: [RD_LABEL] },
  [RD_LABEL]: { A: [RD_RELAY.ip] },
  [rev(RD_RELAY.ip)]: { PTR: [`smtp.${RD}`] },
  ...dmarc(RD, 'quarantine'),
  [TM]: {
    TXT: [`v=spf1 include:%{ir}._spf.${TM} include:spf.protection.outlook.com -all`],
    MX: eopMx(TM),
  },
  ...dynamic(TM, TM_RELAY.ip),
  [`relay.${TM}`]: { CNAME: [TM_LABEL] },
  [TM_LABEL]: { A: [TM_RELAY.ip] },
  [rev(TM_RELAY.ip)]: { PTR: [`relay.${TM}`] },
  ...dmarc(TM, 'quarantine'),
};

const BOX = 'mail.reader.example';
type Reader = 'gmail' | 'outlook' | 'yahoo' | 'box';
const RCPT: Record<Reader, string> = {
  gmail: 'robin.reader@gmail.com',
  outlook: 'robin.reader@outlook.example',
  yahoo: 'robin.reader@yahoo.com',
  box: 'robin@reader.example',
};

interface Sent {
  from: string;
  envelope: string;
  relay: Relay;
  policy: string;
  subject: string;
  body: string;
  messageId: string;
  inside: string[];
}

const domainOf = (addr: string) => addr.slice(addr.lastIndexOf('@') + 1).replace(/>$/, '');

/** Exchange 2016's own hops on the relay: MAPI submission and the transport hand-off. */
const exchangeHops = (server: string, ad: string, ip: string) => [
  `Received: from ${server}.${ad} (${ip}) by ${server}.${ad}\r\n (${ip}) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; ${SENT}`,
  `Received: from ${server}.${ad} ([fe80::5d3c:91a2:4b7e:10f4]) by ${server}.${ad}\r\n ([fe80::5d3c:91a2:4b7e:10f4%6]) with mapi id 15.1.2507.39; ${SENT}`,
];

function deliver(s: Sent, reader: Reader, n: string): string {
  const rcpt = RCPT[reader];
  const message = submitted({
    from: s.from,
    to: rcpt,
    subject: s.subject,
    date: SENT,
    messageId: s.messageId,
    body: s.body,
  });
  const raw = s.inside.length ? onTop(message, ...s.inside) : message;
  const from = domainOf(s.from);
  const env = domainOf(s.envelope);
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: [gmailSpf(s.envelope, s.relay.ip), gmailDmarc(from, s.policy)].join('\r\n       '),
      ids: [`x163csp${n}pxb`, `a163si${n}qtc.163`],
      spf: 'pass',
      deliveredTo: true,
      to: rcpt,
    });
  if (reader === 'outlook')
    return eopDelivery(raw, { ...eopPass(s.relay, env, EOP_UNSIGNED, from), returnPath: s.envelope });
  if (reader === 'yahoo')
    return yahooDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: `dkim=unknown;\r\n spf=pass smtp.mailfrom=${env};\r\n dmarc=pass(p=${s.policy.toLowerCase()}) header.from=${from};`,
    });
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    dovecotLmtp(BOX, s.envelope, rcpt, `kB163${n}dE3fG4hI5jK6lM7n`, BOXED),
    `Authentication-Results: ${BOX}; dmarc=pass (p=${s.policy.toLowerCase()} dis=none) header.from=${from}`,
    `Authentication-Results: ${BOX}; spf=pass smtp.mailfrom=${s.envelope}`,
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${s.relay.ip}; helo=${s.relay.helo}; envelope-from=${s.envelope}; receiver=<UNKNOWN>`,
    `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw163${n}a2\r\n\tfor <${rcpt}>; ${ENTERED}`,
  );
}

const argsFor = (reader: Reader) =>
  reader === 'gmail'
    ? ['--webmail', 'gmail']
    : reader === 'outlook'
      ? ['--webmail', 'outlook']
      : reader === 'yahoo'
        ? ['--webmail', 'yahoo']
        : ['--authserv-id', BOX, '--recipient-domain', 'reader.example'];

const lure = (firm: string, name: string, relay: Relay, n: string): Sent => ({
  from: `${name} Accounts <accounts@${firm}>`,
  envelope: `accounts@${firm}`,
  relay,
  policy: 'REJECT',
  subject: `Updated remittance details for invoice ${n.toUpperCase()}-7731`,
  body: `Dear Robin,\r\n\r\nour bank has changed. Please pay invoice ${n.toUpperCase()}-7731 (EUR 18,950.00) today to IBAN XX00 0000 7731 0042 55 and reply once done.\r\n\r\nAccounts, ${name}\r\n`,
  messageId: `<163${n}.7731@${relay.rdns}>`,
  inside: [],
});

const invoice = (firm: string, name: string, relay: Relay, n: string, ad: string): Sent => ({
  from: `${name} Accounts <accounts@${firm}>`,
  envelope: `accounts@${firm}`,
  relay,
  policy: 'QUARANTINE',
  subject: `Invoice ${n.toUpperCase()}-20931 for October`,
  body: `Dear client,\r\n\r\nyour invoice ${n.toUpperCase()}-20931 (EUR 640.00) for October is attached as usual and also on the portal.\r\nPayment by direct debit on 1 December.\r\n\r\n${name}\r\n`,
  messageId: `<163${n}.20931@LOB01.${ad}>`,
  inside: exchangeHops('LOB01', ad, '10.30.1.5'),
});

// ---- Fastmail: a bank record that copies Fastmail's ranges in (no include) ----
const BANK = 'northbank.example';
const FM: Relay = {
  helo: 'fout-a2-smtp.messagingengine.com',
  rdns: 'fout-a2-smtp.messagingengine.com',
  ip: '103.168.172.145',
};
const FM_ZONE: Record<string, unknown> = {
  ...ptr(FM.ip, FM.rdns),
  [BANK]: { TXT: ['v=spf1 ip4:66.111.4.0/24 ip4:103.168.172.128/27 -all'] },
  [`_dmarc.${BANK}`]: { TXT: ['v=DMARC1; p=reject'] },
  [`fm1._domainkey.${BANK}`]: KEY(),
  'fm2._domainkey.messagingengine.com': KEY(),
};

async function fastmail(reader: 'gmail' | 'outlook', genuine: boolean, n: string): Promise<string> {
  const rcpt = RCPT[reader];
  const raw = submitted({
    from: `Northbank Customer Care <care@${BANK}>`,
    to: rcpt,
    subject: genuine ? 'Your November statement is ready' : 'Action needed: confirm your card today',
    date: 'Fri, 20 Nov 2026 09:59:58 +0000',
    messageId: `<fastmail-${genuine ? 'g' : 'a'}-163${n}@${FM.rdns}>`,
    body: genuine
      ? 'Dear customer,\r\n\r\nyour November statement is ready in online banking.\r\n\r\nNorthbank\r\n'
      : 'Dear customer,\r\n\r\nwe could not collect your November payment. To avoid a late fee, confirm your card\r\nat https://northbank-verify.example/pay today.\r\n\r\nNorthbank Customer Care\r\n',
  });
  const signers: Array<[string, string]> = [
    ...(genuine ? ([[BANK, 'fm1']] as Array<[string, string]>) : []),
    ['messagingengine.com', 'fm2'],
  ];
  const signed = await signAll(raw, signers);
  const envelope = `care@${BANK}`;
  if (reader === 'gmail')
    return gmailDelivery(signed, {
      relay: FM,
      envelope,
      results: [
        ...signers.map(([d, s]) => gmailDkim(d, s)),
        gmailSpf(envelope, FM.ip),
        gmailDmarc(BANK, 'REJECT'),
      ].join('\r\n       '),
      ids: [`x163csp${n}pxf`, `a163si${n}qtf.163`],
      spf: 'pass',
      deliveredTo: true,
      to: rcpt,
    });
  const dkim = genuine ? `dkim=pass (signature was verified)\r\n header.d=${BANK}` : EOP_UNSIGNED;
  return eopDelivery(signed, { ...eopPass(FM, BANK, dkim, BANK), returnPath: envelope });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, { ...c, zone: c.zone ?? ZONE });

  for (const [reader, n] of [
    ['box', 'a'],
    ['gmail', 'b'],
    ['outlook', 'c'],
    ['yahoo', 'd'],
  ] as const) {
    emit({
      name: `probe163-${reader}-macro-spf-one-address-answer-reclaimed-azure-label`,
      class: 'own-server-azure-outbound',
      about: `Attack: ${HG} publishes its SPF through a per-address macro include under its own name ("include:%{ir}._spf.${HG}"), whose zone answers "v=spf1 ip4:<the asking address> -all" for every address of the flattened list behind it, which holds a vendor's Azure North Europe /16. The firm deleted its Azure relay but left relay.${HG} CNAME ${HG_LABEL}. The spoofer re-claims the label (new address ${HG_ATTACK.ip}), sets the reverse FQDN to relay.${HG} and sends an unsigned payment lure: SPF passes through the dynamic answer's single-address term, DMARC (p=reject) passes. The term names one address only because it was built from the client's own address. Wanted: not trusted (as the same list written flat reads).`,
      eml: deliver(lure(HG, 'Hollin Grain', HG_ATTACK, n), reader, n),
      args: argsFor(reader),
      expect: NOT_TRUSTED,
      twin: reader === 'box',
    });
  }
  emit({
    name: 'probe163-box-flat-wide-term-reclaimed-azure-label',
    class: 'own-server-azure-outbound',
    about: `Attack, engine right today: the same re-claimed label under ${OT}, whose record lists the vendor's Azure /16 flat ("ip4:52.169.0.0/16"). Wanted: not trusted (hosted-server-relay medium, broad term).`,
    eml: deliver(lure(OT, 'Ormsby Tiles', OT_ATTACK, 'e'), 'box', 'e'),
    args: argsFor('box'),
    expect: NOT_TRUSTED,
  });
  for (const [reader, n] of [
    ['gmail', 'f'],
    ['box', 'g'],
  ] as const)
    emit({
      name: `probe163-${reader}-genuine-relay-ip4-no-prefix-cname-to-label`,
      class: 'own-server-azure-outbound',
      about: `Genuine control: ${PS}'s live Exchange 2016 relay on Azure (relay.${PS} CNAME ${PS_LABEL}, reverse FQDN set), mailboxes in Exchange Online, its SPF pinning the relay by "ip4:${PS_RELAY.ip}" (no prefix length), unsigned invoices. Wanted: authenticated.`,
      eml: deliver(invoice(PS, 'Penhallow Surveys', PS_RELAY, n, 'penhallow.local'), reader, n),
      args: argsFor(reader),
      expect: PASSES,
      twin: reader === 'gmail',
    });
  emit({
    name: 'probe163-outlook-genuine-relay-ip4-32-behind-redirect',
    class: 'own-server-azure-outbound',
    about: `Genuine control: ${RD}'s SPF is "redirect=_spf.${RD}", that record naming its Azure relay "ip4:${RD_RELAY.ip}/32" beside Microsoft's include; smtp.${RD} CNAME ${RD_LABEL}. Outlook on the web. Wanted: authenticated (the record is the firm's own, the address written in it).`,
    eml: deliver(invoice(RD, 'Rookwood Dental', RD_RELAY, 'h', 'rookwood.local'), 'outlook', 'h'),
    args: argsFor('outlook'),
    expect: PASSES,
    twin: true,
  });
  for (const [reader, n] of [
    ['box', 'i'],
    ['yahoo', 'j'],
  ] as const)
    emit({
      name: `probe163-${reader}-genuine-live-relay-behind-macro-spf`,
      class: 'own-server-azure-outbound',
      about: `Genuine: ${TM}'s live Azure relay (relay.${TM} CNAME ${TM_LABEL}) under the same per-address macro SPF ("include:%{ir}._spf.${TM}"). Its DNS is the attack's in every way but the address, so after a fix "suspicious" is the honest answer (as the README keeps for a live VM behind a CNAME under a wider term); never spoofed.`,
      eml: deliver(invoice(TM, 'Tansley Mills', TM_RELAY, n, 'tansley.local'), reader, n),
      args: argsFor(reader),
      expect: NOT_SPOOFED,
    });

  for (const [reader, n] of [
    ['gmail', 'k'],
    ['outlook', 'l'],
  ] as const) {
    emit({
      name: `probe163-${reader}-fastmail-ranges-copied-into-bank-record-attack`,
      class: 'shared-platform',
      about: `Attack: ${BANK} (p=reject) copies Fastmail's ranges into its own record ("ip4:66.111.4.0/24 ip4:103.168.172.128/27", no include: a flattener's output). The attacker's own Fastmail account writes care@${BANK} as From and envelope; Fastmail signs only as messagingengine.com. SPF passes through the bank's own record, DMARC passes. Wanted: never authenticated; unverified is the design for a shared platform's SPF-only pass (as with the include, probe162).`,
      eml: await fastmail(reader, false, n),
      args: argsFor(reader),
      expect: { notVerdict: ['authenticated'] },
      zone: FM_ZONE,
      twin: reader === 'gmail',
    });
    emit({
      name: `probe163-${reader}-fastmail-bank-own-signed-control`,
      class: 'shared-platform',
      about: `Genuine control: the bank's own Fastmail mailbox, the same copied ranges, signed with its CNAME-delegated fm1 key (d=${BANK}) beside Fastmail's own. Wanted: authenticated.`,
      eml: await fastmail(reader, true, `${n}g`),
      args: argsFor(reader),
      expect: { verdict: 'authenticated' },
      zone: FM_ZONE,
    });
  }
}

// probe163-{box,gmail,outlook,yahoo}-macro-spf-one-address-answer-reclaimed-azure-label (+ box
// -no-options): read AUTHENTICATED (hosted-server-relay low, evidence "SPF <ir>._spf.<firm>:
// ip4:<addr>"); should read suspicious or worse, as the same list written flat does
// (probe163-box-flat-wide-term-reclaimed-azure-label). At fault: lib/findings/hosted-server.ts
// ownServerEvidence, the single-address branch: `a.spf.breadth.addresses === 1` and
// `sameOwner(b.recordDomain, from)` hold because the record's NAME was built from the client's
// address by a macro (`include:%{ir}._spf.<firm>`, lib/auth/spf-walk.ts expands it and
// spf.includePath keeps only the expanded name), so the term names whichever address asks. Fix:
// do not take the branch when any include/redirect on the path to the matched record was written
// with an address macro (`%{i}`, `%{ir}`, `%{c}`, `%{p}`): keep the unexpanded targets beside
// includePath (or mark the path "address-built") and require none. The genuine live relay behind
// such a record (probe163-*-genuine-live-relay-behind-macro-spf) then reads suspicious, which its
// expectation allows (same DNS as the attack).
// Fixed at 12:13 (lib/findings/hosted-server.ts ownServerEvidence: a record whose name holds the
// client's address, as written or reversed, is no one-address term of the firm's): the five read
// suspicious; the genuine live relay behind such a record with them (its DNS is the attack's).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
