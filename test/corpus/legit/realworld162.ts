// Real-world delivery shapes, hundred-and-sixty-second round: genuine mail from firms' OWN servers
// after the narrowing of lib/findings/hosted-server.ts `ownServerEvidence` (unsigned, a confirmed
// name inside the From domain counts only if it reaches its address with no CNAME out of the
// organisation, or is the registrable domain's sole primary MX, or the domain's own SPF names that
// one address; lib/analyze.ts traceOwnServerName). Round 159 covered small firms' Exchange/Postfix
// on Azure, AWS, Hetzner and OVH named by their MX or by an A record; this round goes where it did not:
// - two MX hosts at the SAME preference, both the firm's own, mail leaving from mx1: named by A
//   records (Hetzner + OVH), by CNAMEs to Azure labels (honestly suspicious, the DNS of red-team
//   round 119), and the same CNAME pair with each address pinned by `ip4:` in SPF;
// - the outbound host outside the MX, its reverse name not the one SPF names (`a:smtp.<firm>` while
//   the PTR says out.<firm>), and one named only by `mx:<sister domain>` through a CNAME to an Azure
//   label (honestly suspicious: the DNS of red-team round 161's dangling subdomain MX);
// - the hoster's GENERIC reverse name (OVH `vps-….vps.ovh.net`, Hetzner
//   `static.….clients.your-server.de`) with the firm's own HELO: honestly suspicious, since a
//   released cloud address comes with the same generic PTR to its next tenant (BreakSPF address
//   reuse, red-team rounds 12 and 117) and the HELO is whatever the client says;
// - IPv6 outbound servers: a Hetzner host with AAAA only and `ip6:<addr>/128`, and an OVH host whose
//   name is a CNAME to its VPS name with the single `ip6:` address pinned;
// - SPF through `include:_spf.<firm>` listing the relay's single address (authenticated), and the
//   same include listing `a:relay.<firm>` (honestly suspicious: round 159's re-claimed label);
// - MX at a hosted filter (Proofpoint Essentials, Mimecast, Exchange Online) and outbound on the
//   firm's own VM;
// - on-prem Exchange 2019 on a static BT business line (its own PTR, and BT's generic one), a
//   Synology MailPlus NAS on a Telekom business line, a QNAP NAS's alert through the firm's Postfix;
// - a Baden-Württemberg school's Postfix on BelWü and a sixth-form college's on Janet (Jisc);
// - DKIM-signed controls of every honestly suspicious layout (authenticated).
// Readers: Gmail, Outlook on the web (EOP), Yahoo, a self-hosted Postfix/Dovecot box, no options.
// Where the layouts were learnt (`search`: pages, docs, issues corpora):
// - Hetzner: docs.hetzner.com "Reverse DNS" and wiki.hetzner.de "Mailserver Hostnamen" (hostname,
//   MTA/HELO name and reverse entry should be one name, each forward-resolvable; the default reverse
//   is Hetzner's own `…your-server.de` name until the customer sets one); the default
//   `static.<d.c.b.a>.clients.your-server.de` as lib/relay/hoster-names.ts and realworld124 cite it.
// - OVH's VPS default reverse `vps-<8 hex>.vps.ovh.net`: recalled from OVH's VPS naming, NOT
//   confirmed in a fetched page this round (realworld44's `ip-…` names are OVH's dedicated ones).
// - IPv6: notes.cvladan.com "Reverse DNS on IPv6" (Gmail refuses IPv6 senders without a PTR: "does
//   not meet IPv6 sending guidelines regarding PTR records"), so an IPv6 own server has one.
// - Exchange on premises sending direct: markgossa.com "Exchange 2007-2016: Reverse DNS
//   configuration" (only the servers that send to the internet need a PTR, which need not be the
//   MX) and exchangeshell.wordpress.com "Exchange Send Connector EHLO and DNS data" (myth: "your MX
//   record needs to match your reverse DNS"); Exchange's own Received lines as realworld159 writes them.
// - Proofpoint Essentials MX pair `mx1-eu1.ppe-hosted.com` 10 / `mx2-eu1.ppe-hosted.com` 20: a
//   hosting company's set-up page in the docs corpus, and pect0ral/mail_recon's README
//   (`mx1-us1`/`mx2-us1.ppe-hosted.com`). Mimecast's `eu-smtp-inbound-1/2.mimecast.com` and
//   `eu._netblocks.mimecast.com` as earlier rounds have them.
// - Synology MailPlus: kb.synology.com "MailPlus Server: Mail Delivery" (the SMTP profile's
//   hostname "must match the IP address in the DNS server"; sending directly or through one relay
//   host) and the MailPlus Server 2.x administrator's guide (docslib.org: MX, reverse DNS "should
//   match the hostname (FQDN)"). MailPlus is Postfix underneath; its exact Received wording is NOT
//   confirmed (modelled as Postfix's, as realworld124 did). QNAP's notification-centre mail (an SMTP
//   client logging in to the firm's server) is modelled from its settings page, NOT from a header.
// - BelWü (AS553) carries Baden-Württemberg's schools, Janet (Jisc, AS786) the UK's colleges: the
//   bundled ASN data names both as research networks, not hosting. amavisd-new's X-Virus-Scanned line
//   as Postfix boxes write it.
// Names and addresses are documentation ones except the providers' ranges and hosts (Hetzner,
// OVH, Azure, netcup, BT, Deutsche Telekom, BelWü, Jisc, Microsoft, Mimecast, Proofpoint); every key
// is the corpus key.
import { parseIp, reverseName } from '../../../lib/relay/address';
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, KEY, legitCorpus, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
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

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const ENTERED = 'Fri, 20 Nov 2026 10:00:03 +0000';
const BOXED = 'Fri, 20 Nov 2026 10:00:04 +0000';

/** DMARC passed for the From domain: authenticated. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** Unsigned from a rented server whose DNS proves as little as an attack's: suspicious, never spoofed. */
const HONEST_SUSPICIOUS: CaseExpectation = {
  verdict: 'suspicious',
  notVerdict: ['spoofed'],
  findings: ['hosted-server-relay'],
  fields: { 'dmarc.result': 'pass' },
};

/** The PTR of `ip` (v4 or v6) naming `name`, without a forward record (for CNAME'd names). */
const rptr = (ip: string, name: string) => {
  const a = parseIp(ip);
  if (!a) throw new Error(ip);
  return { [reverseName(a)]: { PTR: [name] } };
};
const dmarc = (d: string, p: string) => ({
  [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}; rua=mailto:dmarc@${d}`] },
});
const key = (d: string) => ({ [`s1._domainkey.${d}`]: KEY() });
const M365_SPF = {
  'spf.protection.outlook.com': { TXT: ['v=spf1 ip4:40.92.0.0/15 ip4:52.100.0.0/14 -all'] },
};
const EOP_MX = (d: string) => [
  { priority: 0, exchange: `${d.replace(/\./g, '-')}.mail.protection.outlook.com` },
];

// ---- 1. Equal-preference pairs -------------------------------------------------------------
/** Fenwick: mx1 on Hetzner, mx2 on OVH, both MX 10, both A records of the firm's own. */
const FW = 'fenwick-engineering.example';
const FW_MX1: Relay = { helo: `mx1.${FW}`, rdns: `mx1.${FW}`, ip: '49.12.160.20' };
const FW_MX2_IP = '37.187.12.40';
/** Hollins: two Exchange VMs on Azure, both MX 10, each a CNAME to its cloudapp label. */
const HC = 'hollins-parish.example';
const HC_L1 = 'hollins-ex1.uksouth.cloudapp.azure.com';
const HC_L2 = 'hollins-ex2.uksouth.cloudapp.azure.com';
const HC_MX1: Relay = { helo: `mx1.${HC}`, rdns: `mx1.${HC}`, ip: '51.140.60.21' };
/** Marlbank: the same CNAME pair, each address pinned in SPF by ip4:. */
const MB = 'marlbank-surgery.example';
const MB_L1 = 'marlbank-ex1.northeurope.cloudapp.azure.com';
const MB_L2 = 'marlbank-ex2.northeurope.cloudapp.azure.com';
const MB_MX1: Relay = { helo: `mx1.${MB}`, rdns: `mx1.${MB}`, ip: '52.169.90.14' };

// ---- 2. Outbound host outside the MX -----------------------------------------------------
/** Greyfriars: MX mail.<firm>; outbound out.<firm> (PTR), named in SPF as a:smtp.<firm>. */
const GP = 'greyfriars-print.example';
const GP_OUT: Relay = { helo: `out.${GP}`, rdns: `out.${GP}`, ip: '5.75.210.15' };
/** Kestrel: MX at Mimecast; outbound Exchange on Azure named by mx:<sister domain>, CNAME to its label. */
const KB = 'kestrel-brewing.example';
const KB_SISTER = 'kestrel-ales.example';
const KB_LABEL = 'kestrel-ex01.northeurope.cloudapp.azure.com';
const KB_OUT: Relay = { helo: `smtp.${KB}`, rdns: `smtp.${KB}`, ip: '52.169.90.15' };

// ---- 3. The hoster's generic reverse name, the firm's own HELO --------------------------------
const LJ = 'lorton-joinery.example';
const LJ_VPS: Relay = { helo: `mail.${LJ}`, rdns: 'vps-5d2e8a1c.vps.ovh.net', ip: '51.68.133.90' };
const PT = 'pennine-tiles.example';
const PT_BOX: Relay = {
  helo: `mail.${PT}`,
  rdns: 'static.14.210.75.5.clients.your-server.de',
  ip: '5.75.210.14',
};

// ---- 4. IPv6 outbound ----------------------------------------------------------------------
/** Quayside: mailboxes in Exchange Online; the practice software's Postfix on Hetzner, AAAA only. */
const QD = 'quayside-dental.example';
const QD_V6: Relay = { helo: `mail.${QD}`, rdns: `mail.${QD}`, ip: '2a01:4f8:c17:8e21::25' };
/** Rowan: relay.<firm> a CNAME to its OVH VPS name, the one ip6: address pinned. */
const RV = 'rowan-vets.example';
const RV_VPS = 'vps-8b1f3a2e.vps.ovh.net';
const RV_V6: Relay = { helo: `relay.${RV}`, rdns: `relay.${RV}`, ip: '2001:41d0:701:1100::3c1' };

// ---- 5. include:_spf.<firm> ------------------------------------------------------------------
const SS = 'saltmarsh-survey.example';
const SS_LABEL = 'saltmarsh-relay.uksouth.cloudapp.azure.com';
const SS_RELAY: Relay = { helo: `relay.${SS}`, rdns: `relay.${SS}`, ip: '20.108.33.40' };
const TL = 'tamworth-lettings.example';
const TL_LABEL = 'tamworth-relay.uksouth.cloudapp.azure.com';
const TL_RELAY: Relay = { helo: `relay.${TL}`, rdns: `relay.${TL}`, ip: '20.108.33.41' };

// ---- 6. MX at a hosted filter, outbound on the firm's own VM ---------------------------------
const UL = 'ullswater-legal.example';
const UL_OUT: Relay = { helo: `smtp.${UL}`, rdns: `smtp.${UL}`, ip: '152.53.20.10' };

// ---- 7. On premises: static business lines, NAS appliances ------------------------------------
const VH = 'vale-hauliers.example';
const VH_EX: Relay = { helo: `mail.${VH}`, rdns: `mail.${VH}`, ip: '81.145.210.66' };
const WP = 'wyre-plumbing.example';
const WP_EX: Relay = {
  helo: `mail.${WP}`,
  rdns: 'host81-145-210-67.range81-145.btcentralplus.com',
  ip: '81.145.210.67',
};
const ZA = 'zeller-architekten.example';
const ZA_NAS: Relay = { helo: `mail.${ZA}`, rdns: `mail.${ZA}`, ip: '217.6.120.33' };
const BD = 'bramley-dental.example';
const BD_MAIL: Relay = { helo: `mail.${BD}`, rdns: `mail.${BD}`, ip: '5.75.210.16' };

// ---- 8. Schools on research networks -----------------------------------------------------
const GA = 'gymnasium-altbach.example';
const GA_MAIL: Relay = { helo: `mail.${GA}`, rdns: `mail.${GA}`, ip: '129.143.4.25' };
const HCOL = 'harcourt-college.example';
const HCOL_MAIL: Relay = { helo: `smtp.${HCOL}`, rdns: `smtp.${HCOL}`, ip: '193.62.83.20' };

const ZONE: Record<string, unknown> = {
  ...M365_SPF,
  'eu._netblocks.mimecast.com': { TXT: ['v=spf1 ip4:185.58.84.0/22 ip4:195.130.217.0/24 ~all'] },
  // 1. Fenwick: both MX 10, A records.
  [FW]: {
    TXT: ['v=spf1 mx -all'],
    MX: [
      { priority: 10, exchange: `mx1.${FW}` },
      { priority: 10, exchange: `mx2.${FW}` },
    ],
  },
  ...ptr(FW_MX1.ip, FW_MX1.rdns),
  ...ptr(FW_MX2_IP, `mx2.${FW}`),
  ...dmarc(FW, 'quarantine'),
  ...key(FW),
  // Hollins: both MX 10, CNAMEs to Azure labels; SPF "mx".
  [HC]: {
    TXT: ['v=spf1 mx -all'],
    MX: [
      { priority: 10, exchange: `mx1.${HC}` },
      { priority: 10, exchange: `mx2.${HC}` },
    ],
  },
  [`mx1.${HC}`]: { CNAME: [HC_L1] },
  [HC_L1]: { A: [HC_MX1.ip] },
  [`mx2.${HC}`]: { CNAME: [HC_L2] },
  [HC_L2]: { A: ['51.140.60.22'] },
  ...rptr(HC_MX1.ip, HC_MX1.rdns),
  ...rptr('51.140.60.22', `mx2.${HC}`),
  ...dmarc(HC, 'quarantine'),
  ...key(HC),
  // Marlbank: the same pair, each address pinned.
  [MB]: {
    TXT: [`v=spf1 ip4:${MB_MX1.ip} ip4:52.169.90.16 -all`],
    MX: [
      { priority: 10, exchange: `mx1.${MB}` },
      { priority: 10, exchange: `mx2.${MB}` },
    ],
  },
  [`mx1.${MB}`]: { CNAME: [MB_L1] },
  [MB_L1]: { A: [MB_MX1.ip] },
  [`mx2.${MB}`]: { CNAME: [MB_L2] },
  [MB_L2]: { A: ['52.169.90.16'] },
  ...rptr(MB_MX1.ip, MB_MX1.rdns),
  ...dmarc(MB, 'quarantine'),
  // 2. Greyfriars: MX its own inbound box; the outbound host under two names.
  [GP]: {
    TXT: [`v=spf1 mx a:smtp.${GP} -all`],
    MX: [{ priority: 10, exchange: `mail.${GP}` }],
  },
  [`mail.${GP}`]: { A: ['5.75.210.17'] },
  [`smtp.${GP}`]: { A: [GP_OUT.ip] },
  ...ptr(GP_OUT.ip, GP_OUT.rdns),
  ...dmarc(GP, 'reject'),
  // Kestrel: MX at Mimecast; outbound named by mx:<sister domain>, whose MX is a CNAME to a label.
  [KB]: {
    TXT: [`v=spf1 mx:${KB_SISTER} include:eu._netblocks.mimecast.com -all`],
    MX: [
      { priority: 10, exchange: 'eu-smtp-inbound-1.mimecast.com' },
      { priority: 10, exchange: 'eu-smtp-inbound-2.mimecast.com' },
    ],
  },
  [KB_SISTER]: { MX: [{ priority: 10, exchange: `smtp.${KB}` }], TXT: [`v=spf1 mx -all`] },
  [`smtp.${KB}`]: { CNAME: [KB_LABEL] },
  [KB_LABEL]: { A: [KB_OUT.ip] },
  ...rptr(KB_OUT.ip, KB_OUT.rdns),
  ...dmarc(KB, 'quarantine'),
  ...key(KB),
  // 3. Generic reverse names; the firm's own HELO name (an A record of its own).
  [LJ]: { TXT: [`v=spf1 ip4:${LJ_VPS.ip} -all`], MX: [{ priority: 10, exchange: `mail.${LJ}` }] },
  [`mail.${LJ}`]: { A: [LJ_VPS.ip] },
  ...ptr(LJ_VPS.ip, LJ_VPS.rdns),
  ...dmarc(LJ, 'quarantine'),
  ...key(LJ),
  [PT]: { TXT: [`v=spf1 a:mail.${PT} -all`], MX: [{ priority: 10, exchange: `mail.${PT}` }] },
  [`mail.${PT}`]: { A: [PT_BOX.ip] },
  ...ptr(PT_BOX.ip, PT_BOX.rdns),
  ...dmarc(PT, 'quarantine'),
  ...key(PT),
  // 4. IPv6: Quayside AAAA only, ip6:/128 beside Microsoft 365; Rowan CNAME to its VPS name.
  [QD]: {
    TXT: [`v=spf1 ip6:${QD_V6.ip}/128 include:spf.protection.outlook.com -all`],
    MX: EOP_MX(QD),
  },
  ...ptr(QD_V6.ip, QD_V6.rdns),
  ...dmarc(QD, 'quarantine'),
  [RV]: {
    TXT: [`v=spf1 ip6:${RV_V6.ip} -all`],
    MX: [
      { priority: 1, exchange: 'mx1.mail.ovh.net' },
      { priority: 5, exchange: 'mx2.mail.ovh.net' },
    ],
  },
  [`relay.${RV}`]: { CNAME: [RV_VPS] },
  [RV_VPS]: { AAAA: [RV_V6.ip], A: ['51.68.133.91'] },
  ...rptr(RV_V6.ip, RV_V6.rdns),
  ...dmarc(RV, 'quarantine'),
  // 5. include:_spf.<firm>.
  [SS]: { TXT: [`v=spf1 include:_spf.${SS} include:spf.protection.outlook.com -all`], MX: EOP_MX(SS) },
  [`_spf.${SS}`]: { TXT: [`v=spf1 ip4:${SS_RELAY.ip} -all`] },
  [`relay.${SS}`]: { CNAME: [SS_LABEL] },
  [SS_LABEL]: { A: [SS_RELAY.ip] },
  ...rptr(SS_RELAY.ip, SS_RELAY.rdns),
  ...dmarc(SS, 'quarantine'),
  [TL]: { TXT: [`v=spf1 include:_spf.${TL} include:spf.protection.outlook.com -all`], MX: EOP_MX(TL) },
  [`_spf.${TL}`]: { TXT: [`v=spf1 a:relay.${TL} -all`] },
  [`relay.${TL}`]: { CNAME: [TL_LABEL] },
  [TL_LABEL]: { A: [TL_RELAY.ip] },
  ...rptr(TL_RELAY.ip, TL_RELAY.rdns),
  ...dmarc(TL, 'reject'),
  ...key(TL),
  // 6. Proofpoint Essentials MX, outbound own VM at netcup.
  [UL]: {
    TXT: [`v=spf1 a:smtp.${UL} -all`],
    MX: [
      { priority: 10, exchange: 'mx1-eu1.ppe-hosted.com' },
      { priority: 20, exchange: 'mx2-eu1.ppe-hosted.com' },
    ],
  },
  ...ptr(UL_OUT.ip, UL_OUT.rdns),
  ...dmarc(UL, 'quarantine'),
  // 7. BT business lines, Telekom business line, QNAP's firm on Hetzner.
  [VH]: { TXT: ['v=spf1 mx -all'], MX: [{ priority: 10, exchange: `mail.${VH}` }] },
  ...ptr(VH_EX.ip, VH_EX.rdns),
  ...dmarc(VH, 'quarantine'),
  [WP]: { TXT: [`v=spf1 ip4:${WP_EX.ip} -all`], MX: [{ priority: 10, exchange: `mail.${WP}` }] },
  [`mail.${WP}`]: { A: [WP_EX.ip] },
  ...ptr(WP_EX.ip, WP_EX.rdns),
  ...dmarc(WP, 'quarantine'),
  [ZA]: { TXT: ['v=spf1 mx -all'], MX: [{ priority: 10, exchange: `mail.${ZA}` }] },
  ...ptr(ZA_NAS.ip, ZA_NAS.rdns),
  ...dmarc(ZA, 'quarantine'),
  [BD]: { TXT: ['v=spf1 mx -all'], MX: [{ priority: 10, exchange: `mail.${BD}` }] },
  ...ptr(BD_MAIL.ip, BD_MAIL.rdns),
  ...dmarc(BD, 'quarantine'),
  // 8. Schools.
  [GA]: { TXT: [`v=spf1 a:mail.${GA} -all`], MX: [{ priority: 10, exchange: `mail.${GA}` }] },
  ...ptr(GA_MAIL.ip, GA_MAIL.rdns),
  ...dmarc(GA, 'quarantine'),
  [HCOL]: {
    TXT: [`v=spf1 a:smtp.${HCOL} mx -all`],
    MX: [{ priority: 10, exchange: `mx.${HCOL}` }],
  },
  [`mx.${HCOL}`]: { A: ['193.62.83.21'] },
  ...ptr(HCOL_MAIL.ip, HCOL_MAIL.rdns),
  ...dmarc(HCOL, 'quarantine'),
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
  /** The sending server's own Received lines (below the receiver's), newest first. */
  inside: string[];
  extra?: string[];
  /** Signed d=<From domain> s=s1 on the way out (the signed controls). */
  signed?: boolean;
}

const domainOf = (addr: string) => addr.slice(addr.lastIndexOf('@') + 1).replace(/>$/, '');

/** Exchange 2016/2019's own hops: MAPI submission and the transport hand-off on one server. */
const exchangeHops = (server: string, ad: string, ip: string) => [
  `Received: from ${server}.${ad} (${ip}) by ${server}.${ad}\r\n (${ip}) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; ${SENT}`,
  `Received: from ${server}.${ad} ([fe80::8a1e:42c7:19d3:6b05]) by ${server}.${ad}\r\n ([fe80::8a1e:42c7:19d3:6b05%4]) with mapi id 15.02.1544.014; ${SENT}`,
];
/** Postfix's own hop for a client that submitted with a login. */
const postfixSubmit = (host: string, client: string, ip: string, id: string, rcpt = 'robin@reader.example') =>
  `Received: from ${client} (unknown [${ip}])\r\n\tby ${host} (Postfix) with ESMTPSA id ${id}\r\n\tfor <${rcpt}>; ${SENT}`;
/** Postfix's local pickup (a program on the server itself: sendmail(1)). */
const postfixPickup = (host: string, id: string) =>
  `Received: by ${host} (Postfix, from userid 33)\r\n\tid ${id}; ${SENT}`;

async function deliver(s: Sent, reader: Reader, n: string): Promise<string> {
  const rcpt = RCPT[reader];
  const message = submitted({
    from: s.from,
    to: rcpt,
    subject: s.subject,
    date: SENT,
    messageId: s.messageId,
    extraHeaders: s.extra ?? [],
    body: s.body,
  });
  const from = domainOf(s.from);
  const env = domainOf(s.envelope);
  const withHops = s.inside.length ? onTop(message, ...s.inside) : message;
  const raw = s.signed ? await signAll(withHops, [[from, 's1']]) : withHops;
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: [
        ...(s.signed ? [gmailDkim(from, 's1')] : []),
        gmailSpf(s.envelope, s.relay.ip),
        gmailDmarc(from, s.policy),
      ].join('\r\n       '),
      ids: [`x162csp${n}pxb`, `a162si${n}qtc.162`],
      spf: 'pass',
      deliveredTo: true,
      to: rcpt,
    });
  if (reader === 'outlook')
    return eopDelivery(raw, {
      ...eopPass(
        s.relay,
        env,
        s.signed ? `dkim=pass (signature was verified)\r\n header.d=${from}` : EOP_UNSIGNED,
        from,
      ),
      returnPath: s.envelope,
    });
  if (reader === 'yahoo')
    return yahooDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: `${s.signed ? `dkim=pass header.i=@${from} header.s=s1;` : 'dkim=unknown;'}\r\n spf=pass smtp.mailfrom=${env};\r\n dmarc=pass(p=${s.policy.toLowerCase()}) header.from=${from};`,
    });
  return onTop(
    raw,
    `Return-Path: <${s.envelope}>`,
    dovecotLmtp(BOX, s.envelope, rcpt, `kB162${n}dE3fG4hI5jK6lM7n`, BOXED),
    `Authentication-Results: ${BOX};\r\n\t${s.signed ? `dkim=pass (2048-bit key) header.d=${from} header.i=@${from} header.b=Q29ycHVz` : 'dkim=none'};\r\n\tspf=pass (${BOX}: domain of ${s.envelope} designates ${s.relay.ip} as permitted sender) smtp.mailfrom=${s.envelope};\r\n\tdmarc=pass (p=${s.policy.toLowerCase()} dis=none) header.from=${from}`,
    received({ ...s.relay, by: BOX, id: `4Zw162${n}a2`, for: rcpt, date: ENTERED }),
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

const AMAVIS = (host: string) => `X-Virus-Scanned: amavisd-new at ${host}`;

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, { ...c, zone: ZONE });

  // ==== 1. Equal-preference pairs, mail leaving from mx1 ====
  const fenwick = (n: string): Sent => ({
    from: `Fenwick Engineering <drawings@${FW}>`,
    envelope: `drawings@${FW}`,
    relay: FW_MX1,
    policy: 'QUARANTINE',
    subject: 'Drawing issue: FE-2207 rev C (general arrangement)',
    body: 'Dear Robin,\r\n\r\nrevision C of the general arrangement FE-2207 is on the project share.\r\nChanges are clouded; please mark up by Wednesday.\r\n\r\nFenwick Engineering Document Control\r\n',
    messageId: `<162${n}.fe2207c@mx1.${FW}>`,
    inside: [postfixSubmit(`mx1.${FW}`, '[10.11.0.23]', '203.0.113.81', `4Zf162${n}Q1`)],
    extra: [AMAVIS(`mx1.${FW}`)],
  });
  for (const [reader, n, twin] of [
    ['box', 'a', false],
    ['gmail', 'b', true],
    ['outlook', 'c', false],
  ] as const) {
    emit({
      name: `w162-${reader}-equal-preference-pair-a-records-hetzner-ovh-from-mx1`,
      class: 'own-server-equal-mx',
      about: `Genuine: an engineering firm runs two Postfix servers of its own, mx1.${FW} on Hetzner (${FW_MX1.ip}) and mx2.${FW} on OVH (${FW_MX2_IP}), BOTH MX 10, each an A record in the firm's zone with its PTR set in the hoster's panel; SPF "mx -all", p=quarantine, no DKIM. A drawing notice leaves from mx1. An A record inside the firm is not a cloud name anyone may re-register, so the equal preference does not matter here. Wanted: authenticated.`,
      eml: await deliver(fenwick(n), reader, n),
      args: argsFor(reader),
      expect: PASSES,
      twin,
    });
  }
  const hollins = (n: string, signed: boolean): Sent => ({
    from: `Hollins Parish Council <clerk@${HC}>`,
    envelope: `clerk@${HC}`,
    relay: HC_MX1,
    policy: 'QUARANTINE',
    subject: 'Planning committee: minutes of 17 November',
    body: 'Dear Councillor,\r\n\r\nthe draft minutes of the planning committee of 17 November are on the website.\r\n\r\nThe Clerk\r\n',
    messageId: `<162${n}.minutes@EX1.hollins.local>`,
    inside: exchangeHops('EX1', 'hollins.local', '10.50.0.4'),
    signed,
  });
  emit({
    name: 'w162-yahoo-equal-preference-pair-azure-cnames-from-mx1-honest',
    class: 'own-server-equal-mx',
    about: `Genuine, honest "suspicious": a parish council's two Exchange 2019 VMs on Azure, both MX 10, mx1/mx2.${HC} each a CNAME to its cloudapp label (${HC_L1}, ${HC_L2}), SPF "mx", unsigned; this time the mail leaves from mx1. Either of two equal MX hosts may dangle while mail still arrives through the other (RFC 5321 5.1), so the CNAME'd name proves no more than in red-team round 119's attack, whose DNS this is. Yahoo. Wanted: suspicious (hosted-server-relay), never spoofed; DKIM (the signed control) or pinning the addresses (Marlbank) fixes it.`,
    eml: await deliver(hollins('d', false), 'yahoo', 'd'),
    args: argsFor('yahoo'),
    expect: HONEST_SUSPICIOUS,
  });
  emit({
    name: 'w162-gmail-equal-preference-pair-azure-cnames-signed-control',
    class: 'own-server-equal-mx',
    about: `Signed control: the same council once it turned on DKIM signing (an Exchange transport agent signing d=${HC}). Gmail. Wanted: authenticated: the aligned signature makes the server's name moot.`,
    eml: await deliver(hollins('e', true), 'gmail', 'e'),
    args: argsFor('gmail'),
    expect: PASSES,
  });
  emit({
    name: 'w162-outlook-equal-preference-pair-azure-cnames-ip4-pinned',
    class: 'own-server-equal-mx',
    about: `Genuine: a GP surgery with the same equal-preference pair of Exchange VMs on Azure (mx1/mx2.${MB} CNAMEs to their labels), but its SPF names each VM's address itself ("ip4:${MB_MX1.ip} ip4:52.169.90.16 -all"), unsigned; mail from mx1. A re-claimed label comes with a new address, which such a term does not pass. Outlook. Wanted: authenticated.`,
    eml: await deliver(
      {
        from: `Marlbank Surgery <appointments@${MB}>`,
        envelope: `appointments@${MB}`,
        relay: MB_MX1,
        policy: 'QUARANTINE',
        subject: 'Your flu vaccination appointment',
        body: 'Dear patient,\r\n\r\nyour flu vaccination is booked for Tuesday 24 November at 10:40.\r\nTo change it, call reception.\r\n\r\nMarlbank Surgery\r\n',
        messageId: `<162f.flu@EX1.marlbank.local>`,
        inside: exchangeHops('EX1', 'marlbank.local', '10.60.0.4'),
      },
      'outlook',
      'f',
    ),
    args: argsFor('outlook'),
    expect: PASSES,
  });

  // ==== 2. Outbound host outside the MX ====
  const greyfriars = (n: string): Sent => ({
    from: `Greyfriars Print <proofs@${GP}>`,
    envelope: `proofs@${GP}`,
    relay: GP_OUT,
    policy: 'REJECT',
    subject: 'Proof ready: job 88121 (A5 leaflets, 5,000)',
    body: 'Hello Robin,\r\n\r\nyour proof for job 88121 is ready to approve in the customer area.\r\n\r\nGreyfriars Print\r\n',
    messageId: `<162${n}.job88121@out.${GP}>`,
    inside: [postfixPickup(`out.${GP}`, `4Zg162${n}R2`)],
  });
  for (const [reader, n] of [
    ['gmail', 'g'],
    ['box', 'h'],
  ] as const) {
    emit({
      name: `w162-${reader}-outbound-not-in-mx-a-term-other-name`,
      class: 'own-server-outbound',
      about: `Genuine: a print shop receives on mail.${GP} (its MX) but its web-to-print system sends from a second Hetzner server whose PTR is out.${GP} while SPF names it "a:smtp.${GP}" (both names A records of the firm, same address ${GP_OUT.ip}); unsigned, p=reject. The reverse name is not the name SPF matched and not an MX, but it reaches its address inside the firm. Wanted: authenticated.`,
      eml: await deliver(greyfriars(n), reader, n),
      args: argsFor(reader),
      expect: PASSES,
    });
  }
  const kestrel = (n: string, signed: boolean): Sent => ({
    from: `Kestrel Brewing Orders <orders@${KB}>`,
    envelope: `orders@${KB}`,
    relay: KB_OUT,
    policy: 'QUARANTINE',
    subject: 'Order KB-40817 dispatched',
    body: 'Hello,\r\n\r\nyour order KB-40817 (6 casks) left the brewery this morning.\r\n\r\nKestrel Brewing\r\n',
    messageId: `<162${n}.kb40817@EX01.kestrel.local>`,
    inside: exchangeHops('EX01', 'kestrel.local', '10.70.0.5'),
    signed,
  });
  emit({
    name: 'w162-outlook-outbound-mx-term-sister-domain-cname-honest',
    class: 'own-server-outbound',
    about: `Genuine, honest "suspicious": a brewery's inbound mail goes through Mimecast (both MX 10 at eu-smtp-inbound-1/2.mimecast.com); its Exchange 2019 on Azure sends outbound itself as smtp.${KB}, a CNAME to ${KB_LABEL}, and SPF names it only through "mx:${KB_SISTER}" (the old brand's domain, whose MX is that host). Unsigned. The name is not the firm's MX and leaves the firm by a CNAME, and the term that passed is another domain's MX that receives no one's mail: the DNS of red-team round 161's dangling subdomain MX. Outlook. Wanted: suspicious, never spoofed; DKIM or an ip4: term fixes it.`,
    eml: await deliver(kestrel('i', false), 'outlook', 'i'),
    args: argsFor('outlook'),
    expect: HONEST_SUSPICIOUS,
  });
  emit({
    name: 'w162-box-outbound-mx-term-sister-domain-signed-control',
    class: 'own-server-outbound',
    about: `Signed control: the same brewery's dispatch notice signed d=${KB}. Wanted: authenticated.`,
    eml: await deliver(kestrel('j', true), 'box', 'j'),
    args: argsFor('box'),
    expect: PASSES,
  });

  // ==== 3. Generic reverse names, own HELO ====
  const lorton = (n: string, signed: boolean): Sent => ({
    from: `Lorton Joinery <office@${LJ}>`,
    envelope: `office@${LJ}`,
    relay: LJ_VPS,
    policy: 'QUARANTINE',
    subject: 'Quote Q-3310: oak staircase',
    body: 'Dear Robin,\r\n\r\nthanks for having us round. Our quote Q-3310 for the oak staircase is attached.\r\n\r\nLorton Joinery\r\n',
    messageId: `<162${n}.q3310@mail.${LJ}>`,
    inside: [postfixSubmit(`mail.${LJ}`, '[192.168.1.10]', '203.0.113.90', `4Zh162${n}S3`)],
    signed,
  });
  emit({
    name: 'w162-box-ovh-vps-generic-ptr-own-helo-ip4-honest',
    class: 'own-server-generic-ptr',
    about: `Genuine, honest "suspicious": a joinery's Postfix on an OVH VPS greets as mail.${LJ} (an A record of the firm), but its reverse name is still OVH's default ${LJ_VPS.rdns}; SPF "ip4:${LJ_VPS.ip} -all", unsigned. Whoever holds that address after the firm lets the VPS go gets the same generic PTR, and the HELO is whatever the client says: the DNS of the released-address attacks (BreakSPF address reuse, red-team rounds 12 and 117). Wanted: suspicious (hosted-server-relay, OVHcloud), never spoofed; setting the PTR to mail.${LJ} in OVH's panel, or DKIM, fixes it.`,
    eml: await deliver(lorton('k', false), 'box', 'k'),
    args: argsFor('box'),
    expect: HONEST_SUSPICIOUS,
  });
  emit({
    name: 'w162-gmail-ovh-vps-generic-ptr-signed-control',
    class: 'own-server-generic-ptr',
    about: `Signed control: the same joinery after installing OpenDKIM (d=${LJ}). Gmail. Kept suspicious by choice (the lead, 14:0x): a whole-body signature from a server that only the SPF term ties to the firm is what a co-tenant of a shared address, or the next tenant of a released one, replays; the PTR fixes it. Never spoofed.`,
    eml: await deliver(lorton('l', true), 'gmail', 'l'),
    args: argsFor('gmail'),
    expect: HONEST_SUSPICIOUS,
  });
  const pennine = (n: string, signed: boolean): Sent => ({
    from: `Pennine Tiles <sales@${PT}>`,
    envelope: `sales@${PT}`,
    relay: PT_BOX,
    policy: 'QUARANTINE',
    subject: 'Your sample order PT-5521',
    body: 'Hello,\r\n\r\nyour five tile samples were posted today (order PT-5521).\r\n\r\nPennine Tiles\r\n',
    messageId: `<162${n}.pt5521@mail.${PT}>`,
    inside: [postfixPickup(`mail.${PT}`, `4Zi162${n}T4`)],
    signed,
  });
  emit({
    name: 'w162-yahoo-hetzner-generic-ptr-own-helo-a-term-honest',
    class: 'own-server-generic-ptr',
    about: `Genuine, honest "suspicious": a tile shop's Hetzner server greets as mail.${PT} and SPF says "a:mail.${PT}", but no one set the PTR: it is Hetzner's ${PT_BOX.rdns}. Unsigned. As the OVH case: a released address keeps that generic name for its next tenant. Yahoo. Wanted: suspicious (hosted-server-relay, Hetzner), never spoofed; the PTR in Hetzner's console, or DKIM, fixes it.`,
    eml: await deliver(pennine('m', false), 'yahoo', 'm'),
    args: argsFor('yahoo'),
    expect: HONEST_SUSPICIOUS,
  });
  emit({
    name: 'w162-outlook-hetzner-generic-ptr-signed-control',
    class: 'own-server-generic-ptr',
    about: `Signed control: the same shop signing d=${PT}. Outlook. Kept suspicious by choice (the lead, 14:0x), as the OVH signed control. Never spoofed.`,
    eml: await deliver(pennine('n', true), 'outlook', 'n'),
    args: argsFor('outlook'),
    expect: HONEST_SUSPICIOUS,
  });

  // ==== 4. IPv6 outbound ====
  const quayside = (n: string): Sent => ({
    from: `Quayside Dental <reminders@${QD}>`,
    envelope: `reminders@${QD}`,
    relay: QD_V6,
    policy: 'QUARANTINE',
    subject: 'Reminder: check-up on Monday 23 November, 09:20',
    body: 'Dear Robin,\r\n\r\na reminder of your check-up on Monday 23 November at 09:20.\r\nReply C to cancel.\r\n\r\nQuayside Dental\r\n',
    messageId: `<162${n}.recall@mail.${QD}>`,
    inside: [postfixPickup(`mail.${QD}`, `4Zj162${n}U5`)],
  });
  for (const [reader, n, twin] of [
    ['gmail', 'o', true],
    ['box', 'p', false],
  ] as const) {
    emit({
      name: `w162-${reader}-ipv6-only-hetzner-aaaa-ip6-128`,
      class: 'own-server-ipv6',
      about: `Genuine: a dental practice's mailboxes are in Exchange Online (MX at EOP), its recall software sends through its own Postfix on a Hetzner Cloud server over IPv6 only: mail.${QD} has an AAAA record (${QD_V6.ip}) and no A, its ip6.arpa PTR names it back (Gmail refuses IPv6 senders without one), SPF "ip6:${QD_V6.ip}/128 include:spf.protection.outlook.com -all", unsigned. Wanted: authenticated.`,
      eml: await deliver(quayside(n), reader, n),
      args: argsFor(reader),
      expect: PASSES,
      twin,
    });
  }
  emit({
    name: 'w162-yahoo-ipv6-ovh-cname-to-vps-name-ip6-pinned',
    class: 'own-server-ipv6',
    about: `Genuine: a vets' practice on OVH's hosted mail (MX mx1/mx2.mail.ovh.net) sends invoices from its own OVH VPS over IPv6: relay.${RV} is a CNAME to the VPS's own name ${RV_VPS} (AAAA ${RV_V6.ip}), the PTR set to relay.${RV} in OVH's panel, SPF "ip6:${RV_V6.ip} -all" (one address, no prefix), unsigned. The CNAME leaves the firm, but the domain's own record names this one address, which a re-claimed name would not get. Yahoo. Wanted: authenticated.`,
    eml: await deliver(
      {
        from: `Rowan Vets Accounts <accounts@${RV}>`,
        envelope: `accounts@${RV}`,
        relay: RV_V6,
        policy: 'QUARANTINE',
        subject: 'Invoice RV-7719 for Bramble (vaccination)',
        body: "Dear Robin,\r\n\r\nplease find invoice RV-7719 for Bramble's vaccination on the client portal.\r\n\r\nRowan Vets\r\n",
        messageId: `<162q.rv7719@relay.${RV}>`,
        inside: [postfixPickup(`relay.${RV}`, '4Zk162qV6')],
      },
      'yahoo',
      'q',
    ),
    args: argsFor('yahoo'),
    expect: PASSES,
  });

  // ==== 5. include:_spf.<firm> ====
  emit({
    name: 'w162-outlook-include-own-spf-subrecord-single-ip4',
    class: 'own-server-include',
    about: `Genuine: a surveyors' firm keeps its own senders in a sub-record: SPF "include:_spf.${SS} include:spf.protection.outlook.com -all", where _spf.${SS} is "v=spf1 ip4:${SS_RELAY.ip} -all", the address of its Exchange relay on Azure (relay.${SS}, a CNAME to ${SS_LABEL}, PTR set). Unsigned. The record that names the one address is the firm's own (not named after the client's address). Outlook. Wanted: authenticated.`,
    eml: await deliver(
      {
        from: `Saltmarsh Survey <reports@${SS}>`,
        envelope: `reports@${SS}`,
        relay: SS_RELAY,
        policy: 'QUARANTINE',
        subject: 'Survey report SS-1187: 3 Ferry Road',
        body: 'Dear Robin,\r\n\r\nthe Level 2 survey report for 3 Ferry Road is ready on the portal.\r\n\r\nSaltmarsh Survey\r\n',
        messageId: `<162r.ss1187@LOB1.saltmarsh.local>`,
        inside: exchangeHops('LOB1', 'saltmarsh.local', '10.80.0.5'),
      },
      'outlook',
      'r',
    ),
    args: argsFor('outlook'),
    expect: PASSES,
    twin: true,
  });
  const tamworth = (n: string, signed: boolean): Sent => ({
    from: `Tamworth Lettings <rent@${TL}>`,
    envelope: `rent@${TL}`,
    relay: TL_RELAY,
    policy: 'REJECT',
    subject: 'Rent statement, November',
    body: 'Dear Robin,\r\n\r\nyour November rent statement is on the tenant portal.\r\n\r\nTamworth Lettings\r\n',
    messageId: `<162${n}.rent@LOB1.tamworth.local>`,
    inside: exchangeHops('LOB1', 'tamworth.local', '10.90.0.5'),
    signed,
  });
  emit({
    name: 'w162-gmail-include-own-spf-subrecord-a-term-cname-honest',
    class: 'own-server-include',
    about: `Genuine, honest "suspicious": a letting agent's _spf.${TL} names its Azure relay by "a:relay.${TL}", which is a CNAME to ${TL_LABEL}; unsigned. An a: term passes whoever re-claims the label (a new address behind the same name): the DNS of realworld159's re-claimed-relay attack twin, one include deeper. Gmail. Wanted: suspicious, never spoofed; an ip4: term in _spf, or DKIM, fixes it.`,
    eml: await deliver(tamworth('s', false), 'gmail', 's'),
    args: argsFor('gmail'),
    expect: HONEST_SUSPICIOUS,
  });
  emit({
    name: 'w162-box-include-own-spf-subrecord-a-term-signed-control',
    class: 'own-server-include',
    about: `Signed control: the same letting agent's statement signed d=${TL}. Wanted: authenticated.`,
    eml: await deliver(tamworth('t', true), 'box', 't'),
    args: argsFor('box'),
    expect: PASSES,
  });

  // ==== 6. MX at a hosted filter (Proofpoint Essentials), outbound own VM ====
  emit({
    name: 'w162-yahoo-proofpoint-essentials-mx-own-netcup-outbound',
    class: 'own-server-filtered-mx',
    about: `Genuine: a law firm's inbound mail is filtered by Proofpoint Essentials (MX mx1-eu1.ppe-hosted.com 10, mx2-eu1 20) and delivered to its own Postfix, which sends outbound directly from a netcup VPS: smtp.${UL} (A record, PTR set in netcup's panel), SPF "a:smtp.${UL} -all", unsigned. Not the MX, but named inside the firm. Yahoo. Wanted: authenticated.`,
    eml: await deliver(
      {
        from: `Ullswater Legal <conveyancing@${UL}>`,
        envelope: `conveyancing@${UL}`,
        relay: UL_OUT,
        policy: 'QUARANTINE',
        subject: 'Your purchase of 9 Lake View: searches back',
        body: 'Dear Robin,\r\n\r\nthe local searches for 9 Lake View are back and clear. We will write with the report.\r\n\r\nUllswater Legal\r\n',
        messageId: `<162u.lakeview@smtp.${UL}>`,
        inside: [postfixSubmit(`smtp.${UL}`, '[10.0.5.14]', '203.0.113.120', '4Zl162uW7')],
      },
      'yahoo',
      'u',
    ),
    args: argsFor('yahoo'),
    expect: PASSES,
  });

  // ==== 7. On premises ====
  const vale = (n: string): Sent => ({
    from: `Vale Hauliers Traffic Office <traffic@${VH}>`,
    envelope: `traffic@${VH}`,
    relay: VH_EX,
    policy: 'QUARANTINE',
    subject: 'Collection confirmed: Tue 24 Nov, 07:30',
    body: 'Hi Robin,\r\n\r\ncollection confirmed for Tuesday 24 November, 07:30, two pallets.\r\n\r\nTraffic Office, Vale Hauliers\r\n',
    messageId: `<162${n}.collect@EXCH01.valehauliers.local>`,
    inside: exchangeHops('EXCH01', 'valehauliers.local', '192.168.10.5'),
  });
  for (const [reader, n, twin] of [
    ['outlook', 'v', true],
    ['gmail', 'w', false],
    ['yahoo', 'x', false],
  ] as const) {
    emit({
      name: `w162-${reader}-onprem-exchange2019-bt-business-static-own-ptr`,
      class: 'own-server-on-premises',
      about: `Genuine: a haulier's Exchange 2019 in its own comms room on a BT Business static line (${VH_EX.ip}, BT's network, not a cloud), mail.${VH} its sole MX and outbound host, PTR delegated by BT to that name, SPF "mx -all", unsigned. Wanted: authenticated (no hosted-server concern: a business line's address is not rented by the hour).`,
      eml: await deliver(vale(n), reader, n),
      args: argsFor(reader),
      expect: PASSES,
      twin,
    });
  }
  emit({
    name: 'w162-box-onprem-exchange-bt-generic-ptr-own-helo',
    class: 'own-server-on-premises',
    about: `Genuine: a plumbing firm's on-prem Exchange on a BT Business static line never asked BT for a reverse entry, so the PTR is BT's ${WP_EX.rdns}; the send connector greets as mail.${WP}; SPF "ip4:${WP_EX.ip} -all", unsigned. Not a cloud network. Wanted: authenticated (the generic name is an ISP's, not a hoster's, and nothing here is rented by the hour).`,
    eml: await deliver(
      {
        from: `Wyre Plumbing <jobs@${WP}>`,
        envelope: `jobs@${WP}`,
        relay: WP_EX,
        policy: 'QUARANTINE',
        subject: 'Job WP-2290: boiler service booked',
        body: 'Hello Robin,\r\n\r\nyour boiler service is booked for Thursday 26 November, morning slot.\r\n\r\nWyre Plumbing\r\n',
        messageId: `<162y.wp2290@SRV01.wyre.local>`,
        inside: exchangeHops('SRV01', 'wyre.local', '192.168.1.5'),
      },
      'box',
      'y',
    ),
    args: argsFor('box'),
    expect: PASSES,
  });
  emit({
    name: 'w162-gmail-synology-mailplus-telekom-business-line',
    class: 'own-server-appliance',
    about: `Genuine: an architects' office runs Synology MailPlus Server on its NAS, on a Deutsche Telekom business line with a static address (${ZA_NAS.ip}); the SMTP profile's hostname mail.${ZA} is the MX, the A record and the PTR (as Synology's guide asks), SPF "mx -all", unsigned (MailPlus's DKIM left off). A Thunderbird user on the LAN sends through it. Gmail. Wanted: authenticated.`,
    eml: await deliver(
      {
        from: `Lena Zeller <l.zeller@${ZA}>`,
        envelope: `l.zeller@${ZA}`,
        relay: ZA_NAS,
        policy: 'QUARANTINE',
        subject: 'Entwurf Grundriss EG / ground floor draft',
        body: 'Hallo Robin,\r\n\r\nanbei der Link zum Entwurf des Erdgeschosses.\r\n\r\nViele Gruesse\r\nLena Zeller\r\n',
        messageId: `<162z.3b1c@${ZA}>`,
        inside: [postfixSubmit(`mail.${ZA}`, '[192.168.178.34]', '192.168.178.34', '4ZmA162zX8', RCPT.gmail)],
        extra: ['User-Agent: Mozilla Thunderbird'],
      },
      'gmail',
      'z',
    ),
    args: argsFor('gmail'),
    expect: PASSES,
  });
  emit({
    name: 'w162-outlook-qnap-nas-alert-via-own-hetzner-postfix',
    class: 'own-server-appliance',
    about: `Genuine: a dental practice's QNAP NAS (notification centre, an SMTP login as nas@${BD}) sends its backup report through the practice's own Postfix on Hetzner (mail.${BD}: A record, PTR set, the sole MX), from the office's Telekom line; SPF "mx -all", unsigned. Outlook. Wanted: authenticated.`,
    eml: await deliver(
      {
        from: `NAS-Praxis <nas@${BD}>`,
        envelope: `nas@${BD}`,
        relay: BD_MAIL,
        policy: 'QUARANTINE',
        subject: '[NAS-Praxis] Hybrid Backup Sync: job "Nightly" finished',
        body: 'Server name: NAS-Praxis\r\nIP address: 192.168.2.20\r\nDate/Time: 2026/11/20 11:00:00\r\nLevel: Information\r\n[Hybrid Backup Sync] Backup job "Nightly" finished.\r\n',
        messageId: `<162aa.hbs@NAS-Praxis>`,
        inside: [postfixSubmit(`mail.${BD}`, 'NAS-Praxis', '91.12.26.45', '4ZnB162aaY9', RCPT.outlook)],
      },
      'outlook',
      'aa',
    ),
    args: argsFor('outlook'),
    expect: PASSES,
  });

  // ==== 8. Schools on research networks ====
  emit({
    name: 'w162-box-school-postfix-on-belwue',
    class: 'own-server-research-network',
    about: `Genuine: a Baden-Württemberg Gymnasium runs its own Postfix (with amavisd-new) on its BelWü connection (${GA_MAIL.ip}, the state's research and education network), mail.${GA} the MX and outbound host, PTR set by BelWü, SPF "a:mail.${GA} -all", unsigned. Wanted: authenticated.`,
    eml: await deliver(
      {
        from: `Sekretariat Gymnasium Altbach <sekretariat@${GA}>`,
        envelope: `sekretariat@${GA}`,
        relay: GA_MAIL,
        policy: 'QUARANTINE',
        subject: 'Elternabend Klasse 7b am 1. Dezember',
        body: 'Liebe Eltern,\r\n\r\nder Elternabend der Klasse 7b findet am 1. Dezember um 19 Uhr statt.\r\n\r\nSekretariat\r\n',
        messageId: `<162ab.7b@mail.${GA}>`,
        inside: [postfixSubmit(`mail.${GA}`, '[10.1.4.12]', '10.1.4.12', '4ZpC162abZ1')],
        extra: [AMAVIS(`mail.${GA}`)],
      },
      'box',
      'ab',
    ),
    args: argsFor('box'),
    expect: PASSES,
  });
  emit({
    name: 'w162-yahoo-college-postfix-on-janet-outbound-not-mx',
    class: 'own-server-research-network',
    about: `Genuine: a sixth-form college on Janet (Jisc) receives on mx.${HCOL} and sends from its outbound Postfix smtp.${HCOL} (${HCOL_MAIL.ip}, PTR set by the college's Janet allocation), SPF "a:smtp.${HCOL} mx -all", unsigned. Yahoo. Wanted: authenticated.`,
    eml: await deliver(
      {
        from: `Harcourt College Admissions <admissions@${HCOL}>`,
        envelope: `admissions@${HCOL}`,
        relay: HCOL_MAIL,
        policy: 'QUARANTINE',
        subject: 'Open evening: Thursday 3 December',
        body: 'Dear Robin,\r\n\r\nthank you for registering for our open evening on Thursday 3 December, 18:00.\r\n\r\nAdmissions, Harcourt College\r\n',
        messageId: `<162ac.open@smtp.${HCOL}>`,
        inside: [postfixPickup(`smtp.${HCOL}`, '4ZqD162acA2')],
        extra: [AMAVIS(`smtp.${HCOL}`)],
      },
      'yahoo',
      'ac',
    ),
    args: argsFor('yahoo'),
    expect: PASSES,
  });
}

// Read right today: every unsigned own-server layout that names the server inside the firm (equal
// MX pair by A records, outbound outside the MX under a second name, IPv6 AAAA-only with ip6:/128,
// an OVH CNAME with the one ip6: address pinned, include:_spf.<firm> with one ip4:, Proofpoint
// Essentials MX with a netcup VM, a QNAP alert through Hetzner): authenticated, hosted-server-relay
// low. Off the clouds (BT business lines, own PTR or BT's generic one; Telekom; BelWü; Janet) no
// hosted-server finding at all: authenticated. Honestly suspicious, as wanted (each the DNS of a
// known attack): the Azure equal-preference CNAME pair (probe119), mx:<sister domain> through a
// CNAME (red-team round 161), the generic OVH/Hetzner PTR unsigned (released-address reuse, probe12
// and probe117), include:_spf.<firm> naming a:relay through a CNAME (realworld159's re-claimed label).
// Their signed controls of the CNAME layouts read authenticated.
//
// PENDING (read against the worktree's lib/ at the start of round 162):
// - w162-gmail-ovh-vps-generic-ptr-signed-control, w162-outlook-hetzner-generic-ptr-signed-control:
//   read suspicious (authenticated-with-concerns: hosted-server-relay medium, "OVHcloud" /
//   "Hetzner"), though DKIM d=<From domain> (whole body, no l=) AND SPF pass aligned, through the
//   domain's own record ("ip4:<this address> -all"; "a:mail.<firm>", an A record inside the firm
//   naming this one address). Should read authenticated. At fault: lib/findings/hosted-server.ts
//   ownServerEvidence returns null at once when the reverse name is not inside the From domain
//   (here the hoster's default vps-….vps.ovh.net / static.….clients.your-server.de), whatever signs
//   or passes; hostedServerRule then keeps medium beside the aligned pass (the README's "another
//   tenant's DKIM replay ... looks the same"). But a replay from another tenant's server passes SPF
//   for the attacker's envelope, not the firm's; the only sender with this DNS is whoever holds the
//   address the firm's own record names (the firm, or the next tenant of a released address, who can
//   send the firm's exact signed words only, nothing of his own; unsigned he already reads
//   suspicious here, honestly). Smallest fix: in hostedServerRule, severity low also when the From
//   domain's aligned DKIM passes without l= (d.bodyLength null/undefined) AND a.spf passes aligned
//   AND a.spf.breadth is the From organisation's own record (recordDomain sameOwner the From domain,
//   not through another organisation's include, not a %{i}/%{ir} record: namesAddress) with
//   addresses === 1 (ip4/ip6 /32 or /128, or an a:/mx: name resolving to this one address); cite the
//   term and the d= as evidence. Could hurt: nothing genuine (it only lowers); the risk is a
//   co-tenant of a SHARED host whose single address is in the firm's SPF (BreakSPF) replaying a
//   genuine whole-body signed message: the replay shows the firm's own words, and shared hosts'
//   relays are platform relays (lib/relay/providers-esp.ts), not hosted servers, so this rule does
//   not see them. If the lead keeps the README's stance (signature + generic PTR = possible
//   replay), move these two to HONEST_SUSPICIOUS instead.
// Kept out by choice (the lead, 14:0x): the two read suspicious, as expected now. A whole-body
// signature proves the words, not the server: the co-tenant of a shared address the firm's SPF
// names (BreakSPF), or the next tenant of a released one, replays such a message from there, and
// DKIM replay campaigns are real (a signature over words the attacker got a firm to send). The
// reverse name the firm sets in its hoster's console is what ties the server to it.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
