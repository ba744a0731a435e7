// Real-world delivery shapes, hundred-and-sixteenth round: self-hosted receivers whose filter or
// relay runs on one of the big clouds and is named the way the cloud's own documentation says, read
// on the firm's own mail store (the receiver: --authserv-id its host, --recipient-domain its
// domain). Probed: lib/engine/origin-walk.ts unconfirmedHandOffs / staysInside, which since round
// 115 refuses a hand-off from hosting space under the receiver's name when that name reaches the
// address through a CNAME out of the receiver's domain (a taken-over dangling CNAME looks the same).
// The layouts:
// - a law firm's Postfix/rspamd filter on an Azure VM, MX `mx.<firm>` a CNAME to the public IP's
//   DNS label `<label>.westeurope.cloudapp.azure.com`, the reverse FQDN set to `mx.<firm>` (Azure
//   accepts a reverse FQDN only when it resolves to the IP or to a cloudapp name of the same
//   subscription: the CNAME is the documented form), handing on to the firm's on-premises store;
// - an engineering firm's two filter VMs behind an Azure Standard Load Balancer whose outbound
//   rule SNATs to the frontend addresses: IPv4 static under an A record, IPv6 dynamic under a CNAME
//   to the frontend's cloudapp label (Azure's DNS docs: "Create a CNAME record for an IPv6
//   address"), the store on Hetzner;
// - a university's central mail relay on Google Compute Engine, named by a CNAME to the VM's
//   default external name `<reversed ip>.bc.googleusercontent.com` (custom PTR after domain
//   verification), and a merged university whose old domain's host names CNAME to the new one's;
// - a shipping firm's relay on EC2 with an Elastic IP, named by a CNAME to the instance's public
//   DNS name `ec2-<ip>.eu-west-1.compute.amazonaws.com` (its DNS at the registrar, which has no
//   ALIAS), and the same firm's name as a Route 53 ALIAS record (answered as A);
// - whole zones hosted at the cloud's DNS: an Azure DNS alias record set to the public IP resource,
//   Oracle Cloud DNS and OVH's rDNS panel (both with A records: the hoster checks the forward name);
// - the settings a reader of such a setup sets: `--trust-gateway mx.<firm>` (the filter by its own
//   name, forward-confirmed), or its single address `/32`.
// Attack twins (makeTwins, for an adversarial module: a legit module promises never to read
// spoofed): a dangling name of the same firm (`legacy-mx.<firm>` CNAME to a deleted VM's cloudapp
// label) claimed by a forger, the bank's notice written below it.
// Where the layouts were learnt (`search`, pages and docs): Microsoft Learn "Configure reverse DNS
// for services hosted in Azure" (the validation rule: the forward lookup must resolve to the same
// public IP or to names defined in the subscription, checked only when set, never revalidated) and
// the Azure blog "Announcing reverse DNS for Azure Cloud Services" (a vanity name that "forward
// resolves to the name or IP of the Cloud Service"); Microsoft Learn "How Azure DNS works with other
// Azure services" (Load Balancer front-end IP: A or CNAME, CNAME for a dynamic IPv6 address; alias
// records for a zone apex); AWS's "Using reverse DNS for email applications" as the Pulumi/Terraform
// `aws.ec2.EipDomainName` docs quote it (a forward record that points at the Elastic IP first) and
// the rgeyer-rs-cookbooks/mail_postfix README (an EIP for the relay, the MX on an A record);
// Google Cloud's internal-DNS and Cloud DNS overviews (PTR records in Google's reverse zones).
// Recalled, not confirmed here: GCE's `bc.googleusercontent.com` default names, EC2's public DNS
// names, OVH's forward check before a reverse is accepted. Postfix's line prints a client's name only
// when it leads back (getaddrinfo follows the CNAME). Names and addresses are documentation ones
// except the clouds' own zones and ranges (Azure West Europe 20.76.0.0/16 and 2603:1020::/32, GCE
// europe-west2 34.89.0.0/16, AWS eu-west-1 52.49.0.0/16, Oracle Frankfurt 130.61.0.0/16, OVH
// 51.75.0.0/16, Hetzner 116.203.0.0/16); every key is the corpus key.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { BANK, BANK_KEY, emitCase, KEY, legitCorpus, NOT_TRUSTED, ptr, ptr6, type Relay } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { dovecotLmtp } from '../receivers';
import { BANK_ENVELOPE, BANK_RELAY, bankNotice } from '../rounds-kit';

/** Genuine mail whose sender's own check passes past the firm's own relay: authenticated. */
const PASSES: CaseExpectation = {
  verdict: 'authenticated',
  notVerdict: ['spoofed', 'suspicious'],
  fields: { 'dmarc.result': 'pass' },
};
/** The same, with the origin at the sender's own server (the walk went past the firm's relay). */
const passesAt = (ip: string): CaseExpectation => ({
  ...PASSES,
  fields: { 'dmarc.result': 'pass', 'origin.ip': ip },
});

const DATE = 'Fri, 20 Nov 2026 10:00:05 +0000';
const ENTERED = 'Fri, 20 Nov 2026 10:00:03 +0000';
const r = (helo: string, ip: string, rdns = helo): Relay => ({ helo, rdns, ip });
const rev4 = (ip: string) => `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
const H = ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'];

/** Postfix's line about a client whose reverse name led back (TLS, as between two Postfix hosts). */
const pf = (from: Relay, by: string, id: string, rcpt: string, date = DATE) =>
  `Received: from ${from.helo} (${from.rdns} [${from.ip.includes(':') ? `IPv6:${from.ip}` : from.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${by} (Postfix) with ESMTPS id ${id}\r\n\tfor <${rcpt}>; ${date}`;

// ---- The outside senders ---------------------------------------------------------------------
/** A supplier's own Postfix, SPF only (no DKIM), DMARC p=quarantine: the mail a walk must reach. */
const SUPPLIER = r('mail.harbour-supplies.example', '198.51.100.40');
const SUPPLIER_ENV = 'accounts@harbour-supplies.example';
const SUPPLIER_ZONE = {
  ...ptr(SUPPLIER.ip, SUPPLIER.rdns),
  'harbour-supplies.example': { TXT: ['v=spf1 ip4:198.51.100.40 -all'] },
  '_dmarc.harbour-supplies.example': {
    TXT: ['v=DMARC1; p=quarantine; rua=mailto:dmarc@harbour-supplies.example'],
  },
};
const invoice = (to: string, n: string) =>
  submitted({
    from: 'Harbour Supplies Accounts <accounts@harbour-supplies.example>',
    to,
    subject: `Invoice HS-2116${n} (November)`,
    date: 'Fri, 20 Nov 2026 09:59:50 +0000',
    messageId: `<hs-2116${n}.116@harbour-supplies.example>`,
    body: `Hello,\r\n\r\nplease find invoice HS-2116${n} for November attached, payable within 30 days to our usual account.\r\n\r\nHarbour Supplies Accounts\r\n`,
  });

/** A publisher's own relay, signing, at p=reject. */
const PRESS = r('out2.harlow-press.example', '192.0.2.61');
const PRESS_ENV = 'bounces@harlow-press.example';
const PRESS_ZONE = {
  ...ptr(PRESS.ip, PRESS.rdns),
  'harlow-press.example': { TXT: ['v=spf1 ip4:192.0.2.60/30 -all'] },
  'hp1._domainkey.harlow-press.example': KEY(),
  '_dmarc.harlow-press.example': { TXT: ['v=DMARC1; p=reject'] },
};
const proofs = (to: string, n: string) =>
  signCorpus(
    submitted({
      from: 'Harlow Press Journals <journals@harlow-press.example>',
      to,
      subject: 'Your proofs are ready for review',
      date: 'Fri, 20 Nov 2026 09:59:40 +0000',
      messageId: `<proofs-116${n}@harlow-press.example>`,
      body: 'Dear author,\r\n\r\nthe proofs of your article are ready in the author centre.\r\n\r\nHarlow Press\r\n',
    }),
    { domain: 'harlow-press.example', selector: 'hp1', headerList: H },
  );

// ---- The firms ----------------------------------------------------------------------------------
interface Firm {
  domain: string;
  /** The mail store: the receiver whose authserv-id the reader trusts. */
  store: string;
  /** The firm's relay the store receives from: filter, gateway or central relay. */
  relay: Relay;
  reader: string;
  zone: Record<string, unknown>;
}

/** The firm's domain records: MX, SPF, DMARC, the store's own name. */
const firmDns = (domain: string, store: string, storeIp: string, mx: string, spf: string) => ({
  [domain]: { MX: [{ priority: 10, exchange: mx }], TXT: [spf] },
  [`_dmarc.${domain}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`dkim._domainkey.${domain}`]: KEY(),
  [store]: { A: [storeIp] },
});

/** A name published as a CNAME to the cloud's name for the address (the reverse name pointing at it). */
const cnamed = (name: string, cloud: string, ip: string) => ({
  ...(ip.includes(':') ? ptr6(ip, cloud) : ptr(ip, cloud)),
  [ip.includes(':') ? Object.keys(ptr6(ip, cloud))[0]! : rev4(ip)]: { PTR: [name] },
  [name]: { CNAME: [cloud] },
});

// Azure: a law firm's filter VM, MX by CNAME to the public IP's DNS label; the store on premises.
const QW = 'quaywright.example';
const QW_FILTER = r(`mx.${QW}`, '20.76.201.30');
const QW_LABEL = 'qw-mx01.westeurope.cloudapp.azure.com';
const QUAYWRIGHT: Firm = {
  domain: QW,
  store: `mail.${QW}`,
  relay: QW_FILTER,
  reader: `e.marsh@${QW}`,
  zone: {
    ...firmDns(QW, `mail.${QW}`, '203.0.113.40', QW_FILTER.rdns, 'v=spf1 mx ip4:203.0.113.40 -all'),
    ...cnamed(QW_FILTER.rdns, QW_LABEL, QW_FILTER.ip),
  },
};

// Azure Standard Load Balancer: two filter VMs behind it, outbound SNAT to its frontends; the
// IPv4 frontend static (A record), the IPv6 one dynamic (CNAME, as Azure's DNS docs ask).
const BF = 'brackenfold.example';
const BF_V4 = r(`gw.${BF}`, '20.76.202.10');
const BF_V6 = r(`gw6.${BF}`, '2603:1020:203:3::12');
const BF_LABEL6 = 'bf-gw-lb-v6.westeurope.cloudapp.azure.com';
const BF_STORE = `mail.${BF}`;
const bfZone = {
  ...firmDns(BF, BF_STORE, '116.203.45.90', BF_V4.rdns, `v=spf1 a:${BF_V4.rdns} a:${BF_STORE} -all`),
  ...ptr(BF_V4.ip, BF_V4.rdns),
  ...cnamed(BF_V6.rdns, BF_LABEL6, BF_V6.ip),
};
const BRACKENFOLD_V6: Firm = {
  domain: BF,
  store: BF_STORE,
  relay: BF_V6,
  reader: `k.ashby@${BF}`,
  zone: bfZone,
};
const BRACKENFOLD_V4: Firm = { ...BRACKENFOLD_V6, relay: BF_V4 };

// Google Compute Engine: a university's central relay named by a CNAME to the VM's default name.
const OU = 'ostvale-uni.example';
const OU_RELAY = r(`mailrelay.${OU}`, '34.89.71.20');
const OU_GCE = '20.71.89.34.bc.googleusercontent.com';
const OSTVALE: Firm = {
  domain: OU,
  store: `imap.${OU}`,
  relay: OU_RELAY,
  reader: `a.novak@${OU}`,
  zone: {
    ...firmDns(OU, `imap.${OU}`, '34.89.71.30', OU_RELAY.rdns, `v=spf1 a:${OU_RELAY.rdns} -all`),
    ...cnamed(OU_RELAY.rdns, OU_GCE, OU_RELAY.ip),
  },
};

// A merged university: its old domain's host names are CNAMEs to the new domain's (one zone, two
// registrable domains), the relay on GCE under the new name.
const WX = 'wexcombe-uni.example';
const WX_NEW = 'wexcombe.example';
const WX_RELAY = r(`relay.${WX}`, '34.89.72.14');
const WEXCOMBE: Firm = {
  domain: WX,
  store: `mbox.${WX}`,
  relay: WX_RELAY,
  reader: `h.oduya@${WX}`,
  zone: {
    ...firmDns(WX, `mbox.${WX}`, '34.89.72.40', WX_RELAY.rdns, `v=spf1 include:_spf.${WX_NEW} -all`),
    ...cnamed(WX_RELAY.rdns, `relay.${WX_NEW}`, WX_RELAY.ip),
    [`_spf.${WX_NEW}`]: { TXT: ['v=spf1 ip4:34.89.72.0/24 -all'] },
  },
};

// EC2 with an Elastic IP: the relay named by a CNAME to the instance's public DNS name (the firm's
// DNS at its registrar), and the same relay under a Route 53 ALIAS record (answered as A).
const HS = 'halvorsen-shipping.example';
const HS_RELAY = r(`smtp.${HS}`, '52.49.77.20');
const HS_EC2 = 'ec2-52-49-77-20.eu-west-1.compute.amazonaws.com';
const HS_STORE = `mail.${HS}`;
const HALVORSEN_CNAME: Firm = {
  domain: HS,
  store: HS_STORE,
  relay: HS_RELAY,
  reader: `i.berg@${HS}`,
  zone: {
    ...firmDns(HS, HS_STORE, '52.49.77.40', HS_RELAY.rdns, `v=spf1 a:${HS_RELAY.rdns} -all`),
    ...cnamed(HS_RELAY.rdns, HS_EC2, HS_RELAY.ip),
  },
};
const HALVORSEN_ALIAS: Firm = {
  ...HALVORSEN_CNAME,
  zone: {
    ...firmDns(HS, HS_STORE, '52.49.77.40', HS_RELAY.rdns, `v=spf1 a:${HS_RELAY.rdns} -all`),
    ...ptr(HS_RELAY.ip, HS_RELAY.rdns),
  },
};

// Whole zones at the cloud's DNS: an Azure DNS alias record set (answers A), Oracle Cloud DNS, OVH.
const TB = 'tarnbeck.example';
const TARNBECK: Firm = {
  domain: TB,
  store: `mail.${TB}`,
  relay: r(`mx.${TB}`, '20.76.203.44'),
  reader: `s.quayle@${TB}`,
  zone: {
    ...firmDns(TB, `mail.${TB}`, '20.76.203.60', `mx.${TB}`, 'v=spf1 mx -all'),
    ...ptr('20.76.203.44', `mx.${TB}`),
  },
};
const LM = 'lindmoor.example';
const LINDMOOR: Firm = {
  domain: LM,
  store: `mail.${LM}`,
  relay: r(`mx1.${LM}`, '130.61.44.22'),
  reader: `p.vance@${LM}`,
  zone: {
    ...firmDns(LM, `mail.${LM}`, '130.61.44.30', `mx1.${LM}`, 'v=spf1 mx -all'),
    ...ptr('130.61.44.22', `mx1.${LM}`),
  },
};
const CR = 'corveline.example';
const CORVELINE: Firm = {
  domain: CR,
  store: `mail.${CR}`,
  relay: r(`relay.${CR}`, '51.75.120.3'),
  reader: `m.roux@${CR}`,
  zone: {
    ...firmDns(CR, `mail.${CR}`, '51.75.120.9', `relay.${CR}`, 'v=spf1 mx -all'),
    ...ptr('51.75.120.3', `relay.${CR}`),
  },
};

/** The firm's store delivering what its relay handed on: Dovecot on top, then the two Postfix lines. */
const inbound = (firm: Firm, raw: string, envelope: string, sender: Relay, tag: string) =>
  onTop(
    raw,
    `Return-Path: <${envelope}>`,
    `Delivered-To: ${firm.reader}`,
    dovecotLmtp(firm.store, envelope, firm.reader, `kQ116${tag}Zx1mZ2ZUAAw`, DATE),
    pf(firm.relay, firm.store, `4Rw116${tag}2`, firm.reader),
    pf(sender, firm.relay.rdns, `4Rw116${tag}1`, firm.reader, ENTERED),
  );
const argsOf = (firm: Firm, ...more: string[]) => [
  '--authserv-id',
  firm.store,
  '--recipient-domain',
  firm.domain,
  ...more,
];

// ---- The attack twin's pieces ---------------------------------------------------------------------
/** A dangling name of the firm's (CNAME to a deleted VM's label) whose label the forger now rents. */
const takeover = (firm: Firm, name: string, label: string, ip: string) => ({
  ...firm.zone,
  ...BANK,
  ...BANK_KEY,
  ...ptr(BANK_RELAY.ip, BANK_RELAY.rdns),
  ...cnamed(name, label, ip),
});

type Mode = 'genuine' | 'twins' | 'all';

// Fixed at 22:03 on 2026-12-05 (lib/engine/origin-walk.ts unconfirmedHandOffs, primaryMx): a hosted
// hand-off whose name leaves the receiver's domain by a CNAME still passes when it is one of the
// domain's lowest-preference MX hosts (or they hold its address): a primary MX cannot dangle
// unnoticed, the firm's mail would not arrive. A backup MX, an `a:` term or any other name still
// needs A/AAAA records of the receiver's own (probe114, probe115 and the twins stay caught).
// Kept out by choice (the lead, 22:03): the Azure load balancer's IPv6 frontend named by a CNAME
// (realworld116-azure-lb-ipv6-frontend-cname-*: no MX vouches for it, and the DNS shape is the
// takeover's) and the no-options readings of the CNAME-named filter (no receiver named: the topmost
// public hop is the origin by design, as the README's tallies count). A reader of such a setup sets
// `--trust-gateway` with the relay's name or address, which the cases above confirm.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'realworld116-azure-filter-mx-cname-spf-only-supplier-box-no-options',
  'realworld116-azure-lb-ipv6-frontend-cname-spf-only-box',
  'realworld116-azure-lb-ipv6-frontend-cname-spf-only-box-no-options',
  'realworld116-azure-lb-ipv6-frontend-cname-signed-box',
]);

/** The genuine shapes only (a legit module promises never to read "spoofed"). */
export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus((w) => writeCases(w, 'genuine'), PENDING_ENGINE_FIX, write);
}

/** Every case, genuine and twins. */
export async function makeAll(write: CaseWriter): Promise<void> {
  return writeCases(write, 'all');
}

/** The attack twins alone, for an adversarial module. */
export async function makeTwins(write: CaseWriter): Promise<void> {
  return writeCases(write, 'twins');
}

async function writeCases(write: CaseWriter, mode: Mode): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1], twin = false) => {
    if (twin ? mode !== 'genuine' : mode !== 'twins') emitCase(write, c);
  };
  const supplierVia = (firm: Firm, tag: string) =>
    inbound(firm, invoice(firm.reader, tag), SUPPLIER_ENV, SUPPLIER, tag);
  const pressVia = async (firm: Firm, tag: string) =>
    inbound(firm, await proofs(firm.reader, tag), PRESS_ENV, PRESS, tag);

  // ---- Azure filter VM, MX by CNAME to its cloudapp label
  const qwWhy = `${QW}'s filter ${QW_FILTER.rdns} is an Azure VM [${QW_FILTER.ip}]; the MX name is a CNAME to the public IP's DNS label ${QW_LABEL} and the reverse FQDN is ${QW_FILTER.rdns}, exactly as Microsoft's "Configure reverse DNS for services hosted in Azure" has it (Azure accepts that reverse name only because it resolves to a cloudapp name of the same subscription). The filter hands on to the firm's on-premises store ${QUAYWRIGHT.store}`;
  emit({
    name: 'realworld116-azure-filter-mx-cname-spf-only-supplier-box',
    about: `${qwWhy}. A supplier's unsigned, SPF-only invoice (harbour-supplies.example, p=quarantine) from its own server ${SUPPLIER.ip}. A demanding reader accepts it as authenticated: the filter is the firm's own MX, forward-confirmed, and SPF passes, aligned, at the supplier's address behind it. The reasonable setting is none beyond --authserv-id/--recipient-domain (the filter is the receiver's own relay); --trust-gateway ${QW_FILTER.rdns} is what the reader adds if this stays unread. Never spoofed.`,
    class: 'realworld116-azure-cname',
    args: argsOf(QUAYWRIGHT),
    eml: supplierVia(QUAYWRIGHT, 'a1'),
    zone: { ...QUAYWRIGHT.zone, ...SUPPLIER_ZONE },
    expect: passesAt(SUPPLIER.ip),
    twin: true,
  });
  emit({
    name: 'realworld116-azure-filter-mx-cname-signed-publisher-box',
    about: `${qwWhy}. A publisher's signed notice (harlow-press.example, p=reject) from its own relay. Wanted: authenticated at the publisher's address (the firm's own filter is no "hosted server" concern).`,
    class: 'realworld116-azure-cname',
    args: argsOf(QUAYWRIGHT),
    eml: await pressVia(QUAYWRIGHT, 'a2'),
    zone: { ...QUAYWRIGHT.zone, ...PRESS_ZONE },
    expect: passesAt(PRESS.ip),
  });
  emit({
    name: 'realworld116-azure-filter-mx-cname-trust-gateway-name-box',
    about: `${qwWhy}. The supplier's SPF-only invoice again, read with --trust-gateway ${QW_FILTER.rdns}: the setting a reader of this setup would reasonably add, naming the filter by its own host name (forward-confirmed through the CNAME). Wanted: authenticated at the supplier's address.`,
    class: 'realworld116-azure-cname',
    args: argsOf(QUAYWRIGHT, '--trust-gateway', QW_FILTER.rdns),
    eml: supplierVia(QUAYWRIGHT, 'a3'),
    zone: { ...QUAYWRIGHT.zone, ...SUPPLIER_ZONE },
    expect: passesAt(SUPPLIER.ip),
  });
  emit({
    name: 'realworld116-azure-filter-mx-cname-trust-gateway-32-box',
    about: `${qwWhy}. The supplier's SPF-only invoice, read with --trust-gateway ${QW_FILTER.ip}/32 (the filter's own static address, which README's trusted-gateway section names as the way to trust a filter in cloud space). Wanted: authenticated at the supplier's address.`,
    class: 'realworld116-azure-cname',
    args: argsOf(QUAYWRIGHT, '--trust-gateway', `${QW_FILTER.ip}/32`),
    eml: supplierVia(QUAYWRIGHT, 'a4'),
    zone: { ...QUAYWRIGHT.zone, ...SUPPLIER_ZONE },
    expect: passesAt(SUPPLIER.ip),
  });
  const QW_LEGACY = r(`legacy-mx.${QW}`, '20.76.201.77');
  emit(
    {
      name: 'realworld116-azure-dangling-legacy-mx-forged-bank-box',
      about: `Attack twin: ${QW} left legacy-mx.${QW} as a CNAME to a deleted VM's label (qw-mx-old.westeurope.cloudapp.azure.com); the forger rents that label, sets his VM's reverse FQDN to legacy-mx.${QW} (Azure accepts it: the name resolves to his own label) and connects straight to the firm's store (its port 25 is open to the internet, as an on-premises store's often is), writing the bank's line below his own. The same DNS shape as the genuine filter above. Wanted: not trusted (spoofed: the bank's p=reject fails at ${QW_LEGACY.ip}).`,
      class: 'spoofing',
      args: argsOf(QUAYWRIGHT),
      eml: inbound(
        { ...QUAYWRIGHT, relay: QW_LEGACY },
        bankNotice(QUAYWRIGHT.reader),
        BANK_ENVELOPE,
        BANK_RELAY,
        't1',
      ),
      zone: takeover(QUAYWRIGHT, QW_LEGACY.rdns, 'qw-mx-old.westeurope.cloudapp.azure.com', QW_LEGACY.ip),
      expect: NOT_TRUSTED,
    },
    true,
  );

  // ---- Azure Load Balancer: outbound SNAT to its frontends
  const bfWhy = `${BF}'s two Postfix filter VMs sit behind an Azure Standard Load Balancer whose outbound rule SNATs to its frontend addresses; they hand on to the store ${BF_STORE} (Hetzner)`;
  emit({
    name: 'realworld116-azure-lb-ipv6-frontend-cname-spf-only-box',
    about: `${bfWhy} over IPv6 from the frontend ${BF_V6.ip}, whose reverse FQDN ${BF_V6.rdns} is a CNAME to the frontend's label ${BF_LABEL6}: a dynamic IPv6 frontend can only be named that way (Microsoft Learn "How Azure DNS works with other Azure services": "Create a CNAME record for an IPv6 address"). The supplier's SPF-only invoice (p=quarantine). Wanted: authenticated at the supplier's address; a reader who sees otherwise adds --trust-gateway ${BF_V6.rdns}.`,
    class: 'realworld116-azure-lb',
    args: argsOf(BRACKENFOLD_V6),
    eml: supplierVia(BRACKENFOLD_V6, 'b1'),
    zone: { ...BRACKENFOLD_V6.zone, ...SUPPLIER_ZONE },
    expect: passesAt(SUPPLIER.ip),
    twin: true,
  });
  emit({
    name: 'realworld116-azure-lb-ipv6-frontend-cname-signed-box',
    about: `${bfWhy} over IPv6 from the CNAME-named frontend ${BF_V6.rdns}. The publisher's signed notice (p=reject). Wanted: authenticated at the publisher's address.`,
    class: 'realworld116-azure-lb',
    args: argsOf(BRACKENFOLD_V6),
    eml: await pressVia(BRACKENFOLD_V6, 'b2'),
    zone: { ...BRACKENFOLD_V6.zone, ...PRESS_ZONE },
    expect: passesAt(PRESS.ip),
  });
  emit({
    name: 'realworld116-azure-lb-ipv6-frontend-cname-trust-gateway-name-box',
    about: `${bfWhy} over IPv6 from ${BF_V6.rdns} (CNAME to ${BF_LABEL6}). The supplier's SPF-only invoice, read with --trust-gateway ${BF_V6.rdns}: the frontend is no MX host of ${BF}, so the reader names it. Wanted: authenticated at the supplier's address.`,
    class: 'realworld116-azure-lb',
    args: argsOf(BRACKENFOLD_V6, '--trust-gateway', BF_V6.rdns),
    eml: supplierVia(BRACKENFOLD_V6, 'b4'),
    zone: { ...BRACKENFOLD_V6.zone, ...SUPPLIER_ZONE },
    expect: passesAt(SUPPLIER.ip),
  });
  emit({
    name: 'realworld116-azure-lb-ipv4-frontend-a-record-spf-only-box',
    about: `Control: ${bfWhy} over IPv4 from the static frontend ${BF_V4.ip}, named ${BF_V4.rdns} by an A record. The supplier's SPF-only invoice. Wanted: authenticated at the supplier's address.`,
    class: 'realworld116-azure-lb',
    args: argsOf(BRACKENFOLD_V4),
    eml: supplierVia(BRACKENFOLD_V4, 'b3'),
    zone: { ...BRACKENFOLD_V4.zone, ...SUPPLIER_ZONE },
    expect: passesAt(SUPPLIER.ip),
  });

  // ---- Google Compute Engine: a university's central relay
  emit({
    name: 'realworld116-gce-uni-relay-cname-default-name-spf-only-box',
    about: `${OU}'s central mail relay is a GCE VM [${OU_RELAY.ip}] whose custom PTR ${OU_RELAY.rdns} (domain verified) is a CNAME, in the university's own DNS, to the VM's default external name ${OU_GCE}; it is the MX and hands on to the mail store imap.${OU}. The supplier's SPF-only invoice. Wanted: authenticated at the supplier's address.`,
    class: 'realworld116-gce',
    args: argsOf(OSTVALE),
    eml: supplierVia(OSTVALE, 'c1'),
    zone: { ...OSTVALE.zone, ...SUPPLIER_ZONE },
    expect: passesAt(SUPPLIER.ip),
  });
  emit({
    name: 'realworld116-gce-merged-uni-relay-cname-new-domain-spf-only-box',
    about: `A merged university: the old domain ${WX} keeps its mailboxes, but central IT names every host under the new ${WX_NEW} and keeps the old names as CNAMEs (relay.${WX} → relay.${WX_NEW}, a GCE VM [${WX_RELAY.ip}], PTR relay.${WX}). The relay is ${WX}'s MX and hands on to mbox.${WX}. The supplier's SPF-only invoice. Wanted: authenticated at the supplier's address (the CNAME leaves the receiver's registrable domain, but into the university's own other one).`,
    class: 'realworld116-gce',
    args: argsOf(WEXCOMBE),
    eml: supplierVia(WEXCOMBE, 'c2'),
    zone: { ...WEXCOMBE.zone, ...SUPPLIER_ZONE },
    expect: passesAt(SUPPLIER.ip),
  });

  // ---- AWS: relay with an Elastic IP
  emit({
    name: 'realworld116-ec2-relay-cname-public-dns-spf-only-box',
    about: `${HS}'s relay is an EC2 instance with an Elastic IP [${HS_RELAY.ip}]; the firm's DNS is at its registrar (no ALIAS records), so ${HS_RELAY.rdns} is a CNAME to the instance's public DNS name ${HS_EC2}, and the Elastic IP's reverse DNS is ${HS_RELAY.rdns} (AWS's check resolves it to the address). The relay is the MX and hands on to ${HS_STORE}. The supplier's SPF-only invoice. Wanted: authenticated at the supplier's address.`,
    class: 'realworld116-aws',
    args: argsOf(HALVORSEN_CNAME),
    eml: supplierVia(HALVORSEN_CNAME, 'd1'),
    zone: { ...HALVORSEN_CNAME.zone, ...SUPPLIER_ZONE },
    expect: passesAt(SUPPLIER.ip),
  });
  emit({
    name: 'realworld116-ec2-relay-route53-alias-spf-only-box',
    about: `Control: the same relay after the firm moved its zone to Route 53 and made ${HS_RELAY.rdns} an ALIAS record (answered as A ${HS_RELAY.ip}, no CNAME visible). The supplier's SPF-only invoice. Wanted: authenticated at the supplier's address.`,
    class: 'realworld116-aws',
    args: argsOf(HALVORSEN_ALIAS),
    eml: supplierVia(HALVORSEN_ALIAS, 'd2'),
    zone: { ...HALVORSEN_ALIAS.zone, ...SUPPLIER_ZONE },
    expect: passesAt(SUPPLIER.ip),
  });
  const HS_STALE = r(`smtp-old.${HS}`, '52.49.77.99');
  emit(
    {
      name: 'realworld116-ec2-dangling-public-dns-forged-bank-box',
      about: `Attack twin: ${HS} kept smtp-old.${HS} as a CNAME to a released instance's public DNS name (ec2-52-49-77-99.eu-west-1.compute.amazonaws.com); the forger allocates Elastic IPs until he draws that address back from the pool (the "IP sniping" of dangling-DNS hunts; EC2's public DNS name follows the address), sets its reverse DNS to smtp-old.${HS} (it resolves to his address) and writes the bank's line below his own. Wanted: not trusted.`,
      class: 'spoofing',
      args: argsOf(HALVORSEN_CNAME),
      eml: inbound(
        { ...HALVORSEN_CNAME, relay: HS_STALE },
        bankNotice(HALVORSEN_CNAME.reader),
        BANK_ENVELOPE,
        BANK_RELAY,
        't2',
      ),
      zone: takeover(
        HALVORSEN_CNAME,
        HS_STALE.rdns,
        'ec2-52-49-77-99.eu-west-1.compute.amazonaws.com',
        HS_STALE.ip,
      ),
      expect: NOT_TRUSTED,
    },
    true,
  );

  // ---- Whole zones at the cloud's DNS, A records (controls)
  emit({
    name: 'realworld116-azure-dns-alias-record-spf-only-box',
    about: `Control: ${TB}'s whole zone is in Azure DNS and mx.${TB} is an alias record set to the filter VM's public IP resource (answered as A 20.76.203.44); the filter hands on to mail.${TB}, another Azure VM. The supplier's SPF-only invoice. Wanted: authenticated at the supplier's address.`,
    class: 'realworld116-cloud-zone',
    args: argsOf(TARNBECK),
    eml: supplierVia(TARNBECK, 'e1'),
    zone: { ...TARNBECK.zone, ...SUPPLIER_ZONE },
    expect: passesAt(SUPPLIER.ip),
  });
  emit({
    name: 'realworld116-oci-dns-a-record-signed-box',
    about: `Control: ${LM}'s zone in Oracle Cloud DNS, its filter mx1.${LM} an OCI compute instance [130.61.44.22, Frankfurt] named by an A record, handing on to mail.${LM}. The publisher's signed notice. Wanted: authenticated at the publisher's address.`,
    class: 'realworld116-cloud-zone',
    args: argsOf(LINDMOOR),
    eml: await pressVia(LINDMOOR, 'e2'),
    zone: { ...LINDMOOR.zone, ...PRESS_ZONE },
    expect: passesAt(PRESS.ip),
  });
  emit({
    name: 'realworld116-ovh-rdns-panel-a-record-spf-only-box',
    about: `Control: ${CR}'s relay on an OVH VPS [51.75.120.3], its reverse set in OVH's panel (which checks that relay.${CR} resolves to the address first: an A record), handing on to mail.${CR}. The supplier's SPF-only invoice. Wanted: authenticated at the supplier's address.`,
    class: 'realworld116-cloud-zone',
    args: argsOf(CORVELINE),
    eml: supplierVia(CORVELINE, 'e3'),
    zone: { ...CORVELINE.zone, ...SUPPLIER_ZONE },
    expect: passesAt(SUPPLIER.ip),
  });
}
