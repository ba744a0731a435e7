// Red-team round 224: how the bundled IP tables classify the clouds' sending addresses, IPv6 above
// all (lib/relay/classify.ts, lib/relay/providers-hosting.ts HOSTING_PROVIDERS / HOSTING_RANGES, the
// packed AS data). Round 222 found DigitalOcean's droplet IPv6 /48s with no AS row and Tencent
// Cloud's IPv6 under a CHINANET AS (now HOSTING_RANGES). Here every prefix of the clouds' own
// published lists was sampled (network+0x10, a middle address, the end) and run through
// `npx tsx lib/cli/main.ts classify` on this checkout; each block answered "not a known hosting or
// email provider" is attacked: a VM there replays a bank's genuine signed notice (d=northbank.example,
// unchanged) with the attacker's own envelope passing SPF, so DKIM and DMARC pass for the bank and
// only the hosted server tells the replay apart. Online (the reader's Postfix box, zone) and offline
// (Gmail's entry line and results). Wanted: not authenticated, hosted-server-relay shown.
// Blocks found missed or misnamed (the published list they come from, the tables' answer now):
// - AWS European Sovereign Cloud (eusc-de-east-1) IPv6 2001:3fc3::/32 … 2001:3fc7::/32 (e.g.
//   2001:3fc3:800::/40, 2001:3fc7:800::/40): "AS214101 Amazon Data Services European Sovereign
//   Cloud GmbH", an AS neither list names.
// - AWS China, Beijing (cn-north-1, operated by Sinnet): IPv4 140.179.0.0/16, 43.195.0.0/20 and
//   IPv6 2400:7fc0::/32 under "AS55960 Beijing Guanghuan Xinwang Digital"; 240f:8000::/24 ranges
//   (240f:80a0:4000::/40 …) under "AS135630 Amazon Connection Technology Services (Beijing)".
// - AWS China, Ningxia (cn-northwest-1, operated by NWCD): IPv4 161.189.0.0/16, 43.192.0.0/16,
//   43.193.0.0/18 and IPv6 2404:c2c0::/32 under "AS135629 Ningxia West Cloud Data Technology".
// - Akamai Cloud (Linode): IPv6 2600:3c1c::/32 and 2600:3c1e::/32 and IPv4 45.79.234.0/24 have no AS
//   row ("AS? unknown organisation"); parts of 2600:3c12:800::/37 too.
// - DigitalOcean: IPv4 168.144.208.0/20 and 168.144.240.0/20 (no AS row), 24.144.74.0/23 and
//   129.212.172.0/23 under "AS394996 47-2339071" (an AS the tables do not know as DigitalOcean).
// - Vultr: IPv4 64.177.0.0/20, 64.177.32.0/21, 64.177.64.0/18 (no AS row).
// - Azure operated by 21Vianet (China): IPv4 139.217.0.0/16, 139.219.0.0/16, 143.64.0.0/16,
//   159.27.0.0/16, 103.9.8.0/22 and IPv6 2404:7940::/32, 2406:e500:2000::/48-ish under "AS58593
//   Shanghai Blue Cloud Technology Co.,Ltd" (21Vianet's Azure operator), not hosting.
// - Oracle Cloud: IPv4 158.247.96.0/22 … 158.247.114.128/25 filed under "AS22773 Cox
//   Communications", 130.210.0.0/17, 129.225.0.0/16 parts and 137.23.0.0/18 with no AS row,
//   207.127.68.0/22 (and 164.152.96.0/22, 130.110.31.0/24) under "AS14544 Oracle Corporation".
// Networks checked and found right (no case): AWS's 2600:1f00::/24, 2a05:d000::/25, 2406:da00::/24;
// Azure's 2603:1020/1030/1040/1061; GCP's 2600:1900::/28; OCI's 2603:c020–c030; Linode's
// 2600:3c00–3c0f, 2a01:7e00–7e04, 2400:8900–8907; Vultr 2001:19f0, 2401:c080, 2a05:f480; Hetzner
// 2a01:4f8/4f9/4ff (US and Singapore ASNs too); OVH 2001:41d0, 2607:5300, 2402:1f00, 2604:2dc0;
// Scaleway 2001:bc8; Contabo 2a02:c202–c207, 2605:a140/a141, 2407:3640; Alibaba 2401:b180,
// 2408:4000–4009; Huawei 2407:c080; IBM 2607:f0d0; UpCloud 2a04:3540–3546, 2605:7380; Hostinger
// 2a02:4780; netcup 2a03:4000, 2a0a:4cc0; IONOS 2a01:239, 2001:8d8, 2a02:247a; Fly.io 2a09:8280.
// ESP carve-outs inside clouds (controls, below): Amazon SES's 54.240.0.0/18, EOP's
// 2a01:111:f403::/48, Gmail's 2a00:1450:4000::/36 answer as their ESP, not as hosting.
// Where the ranges were learnt:
// - `fetch` github:lord-alfred/ipranges (commit 14dd971b18758c856dd47b2fc51c9376d2413c6a, 2026-08-22):
//   amazon/ipv{4,6}_merged.txt (its downloader.sh takes ip-ranges.amazonaws.com/ip-ranges.json),
//   linode/ (geoip.linode.com, Linode's geofeed), digitalocean/ (digitalocean.com/geo/google.csv),
//   vultr/ (geofeed.constant.com), oracle/ipv4_merged.txt (docs.oracle.com public_ip_ranges.json),
//   microsoft/ (Azure service tags, public, US Gov, Germany and China clouds, + msft-public-ips),
//   google/ (goog.txt + cloud.json).
// - Oracle's file and its tags: `search` (code) cpauliat/my-oci-scripts OCI_get_public_ip_ranges.sh,
//   jacklty/oci_doc_crawler iaas/Content/General/Concepts/addressranges.md.
// - AWS European Sovereign Cloud's region name and EC2 in it: `find_string` "eusc-de-east-1" (an SSM
//   agent config with Ec2 endpoint ec2messages.eusc-de-east-1.amazonaws.eu, id 63180885062).
// - The other providers' IPv6 blocks (the "found right" list): their well-known allocations, checked
//   with `classify` only, not against a published file.
// - Postfix's entry line, Gmail's entry and results: the kit (messages.ts received, receivers.ts
//   gmailDelivery), as rounds 186/222 cite them. SES's a48-112.smtp-out.amazonses.com layout: probe201.
// NOT confirmed: the lord-alfred copy keeps no service tag, so which of the AWS China / ESC prefixes
// are EC2 (rather than another service's) is not confirmed; nor which Oracle blocks carry the "OCI"
// tag (VCN public IPs) rather than "OSN"/"OBJECT_STORAGE"; nor that each sampled address is routed
// today (an "AS? unknown" row can be an unannounced block: the Linode, DigitalOcean and Vultr ones
// come from the providers' geofeeds, which list only blocks in use). Port 25: AWS, Vultr,
// DigitalOcean and Linode block it for new accounts and open it on request; the attacker uses an
// account they opened it for. Names are documentation ones except the providers' real networks.
import type { CaseExpectation } from '../../helpers/corpus';
import {
  ATTACKER_IP,
  authenticZone,
  BANK_KEY,
  type CorpusCase,
  emitCase,
  GMAIL,
  genuineBankNotice,
  KEY,
  ptr,
  ptr6,
  RECEIVER,
  type Relay,
  signAll,
} from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

const BOX = ['--authserv-id', RECEIVER, '--recipient-domain', 'reader.example'];
const ENV = 'bounce@attacker.example';
/** A replay of the bank's signed notice from a rented server: the hosted server must be shown. */
const REPLAY: CaseExpectation = { notVerdict: ['authenticated'], findings: ['hosted-server-relay'] };
/** The bank's own notice through its ESP inside a cloud: never a hosted server, never a warning. */
const ESP_GENUINE: CaseExpectation = {
  notVerdict: ['spoofed', 'suspicious'],
  absentFindings: ['hosted-server-relay'],
};

/** The bank's DNS: its own /24 and its ESPs (SES by its MAIL FROM subdomain, Microsoft 365, Google). */
const BANK_ESP = {
  'northbank.example': {
    TXT: ['v=spf1 ip4:192.0.2.0/24 include:spf.protection.outlook.com include:_spf.google.com -all'],
  },
  '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
  'bounce.northbank.example': { TXT: ['v=spf1 include:amazonses.com -all'] },
  'amazonses.com': { TXT: ['v=spf1 ip4:54.240.0.0/18 ip4:23.249.208.0/20 -all'] },
  '_spf.google.com': {
    TXT: ['v=spf1 ip4:209.85.128.0/17 ip6:2a00:1450:4000::/36 ip6:2607:f8b0:4000::/36 ~all'],
  },
  ...M365_SPF_ZONE,
};

/** DNS for a replay from `ip`: the bank, the attacker's envelope domain passing SPF at `ip`. */
function replayZone(ip: string): Record<string, unknown> {
  const term = ip.includes(':') ? `ip6:${ip}` : `ip4:${ip}`;
  return {
    'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
    '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
    ...BANK_KEY,
    ...authenticZone('attacker.example', ATTACKER_IP),
    'attacker.example': { TXT: [`v=spf1 ${term} ip4:${ATTACKER_IP} -all`] },
  };
}

/** The reader's Postfix line for a client at `ip` (IPv6 printed `IPv6:`), no reverse name. */
const boxEntry = (helo: string, ip: string, rdns?: string, id = '4Zr224a1') =>
  received({ helo, ip, by: RECEIVER, id, for: 'robin@reader.example', ...(rdns ? { rdns } : {}) });

/** Gmail's record of the bank's notice replayed from `ip` with the attacker's envelope. */
const gmailReplayResults = (ip: string) =>
  `${gmailDkim('northbank.example', 'nb1')}\r\n       ${gmailSpf(ENV, ip)}\r\n       ${gmailDmarc('northbank.example')}`;

interface Miss {
  name: string;
  ip: string;
  /** Where the address is and what the tables answer for it now. */
  where: string;
  reader: 'box' | 'gmail';
  twin?: boolean;
}

const MISSES: Miss[] = [
  // ---- AWS European Sovereign Cloud (AS214101) ----
  {
    name: 'r224-box-aws-european-sovereign-cloud-ipv6-ec2-replays-bank-notice',
    ip: '2001:3fc3:800::224',
    where:
      "an EC2 instance in AWS's European Sovereign Cloud (eusc-de-east-1, Brandenburg) over IPv6, in 2001:3fc3:800::/40 from AWS's ip-ranges.json; the tables answer 'AS214101 Amazon Data Services European Sovereign Cloud GmbH', not hosting",
    reader: 'box',
    twin: true,
  },
  {
    name: 'r224-gmail-aws-european-sovereign-cloud-ipv6-ec2-replay-offline',
    ip: '2001:3fc7:800::224',
    where: "an EC2 instance in AWS's European Sovereign Cloud over IPv6 (2001:3fc7:800::/40, AS214101)",
    reader: 'gmail',
  },
  // ---- AWS China ----
  {
    name: 'r224-box-aws-china-beijing-ipv6-ec2-replays-bank-notice',
    ip: '2400:7fc0:8000::224',
    where:
      "an EC2 instance in AWS China's Beijing region (cn-north-1, run by Sinnet) over IPv6, 2400:7fc0:8000::/36 from AWS's ip-ranges.json; the tables answer 'AS55960 Beijing Guanghuan Xinwang Digital', not hosting",
    reader: 'box',
    twin: true,
  },
  {
    name: 'r224-box-aws-china-beijing-ipv4-ec2-replays-bank-notice',
    ip: '140.179.88.224',
    where:
      "an EC2 instance in AWS China's Beijing region over IPv4 (140.179.0.0/16, AWS's ip-ranges.json; the tables answer AS55960 Beijing Guanghuan Xinwang Digital)",
    reader: 'box',
  },
  {
    name: 'r224-box-aws-china-beijing-240f-ipv6-replays-bank-notice',
    ip: '240f:80a0:4000::224',
    where:
      "an AWS China Beijing address over IPv6 (240f:80a0:4000::/40 from AWS's ip-ranges.json; the tables answer 'AS135630 Amazon Connection Technology Services (Beijing)', not hosting)",
    reader: 'box',
  },
  {
    name: 'r224-box-aws-china-ningxia-ipv6-ec2-replays-bank-notice',
    ip: '2404:c2c0:2a00::224',
    where:
      "an EC2 instance in AWS China's Ningxia region (cn-northwest-1, run by NWCD) over IPv6, 2404:c2c0:2a00::/40 from AWS's ip-ranges.json; the tables answer no AS or 'AS135629 Ningxia West Cloud Data Technology', not hosting",
    reader: 'box',
  },
  {
    name: 'r224-gmail-aws-china-ningxia-ipv4-ec2-replay-offline',
    ip: '161.189.40.224',
    where: "an EC2 instance in AWS China's Ningxia region over IPv4 (161.189.0.0/16, AS135629 NWCD)",
    reader: 'gmail',
  },
  // ---- Akamai Cloud (Linode) ----
  {
    name: 'r224-box-linode-2600-3c1c-ipv6-replays-bank-notice',
    ip: '2600:3c1c::f03c:95ff:fe24:2240',
    where:
      "an Akamai Cloud (Linode) instance over IPv6 in 2600:3c1c::/32 (Linode's geofeed lists it; the tables answer 'AS? unknown organisation')",
    reader: 'box',
    twin: true,
  },
  {
    name: 'r224-gmail-linode-2600-3c1e-ipv6-replay-offline',
    ip: '2600:3c1e::f03c:95ff:fe24:2241',
    where: "an Akamai Cloud (Linode) instance over IPv6 in 2600:3c1e::/32 (Linode's geofeed; no AS row)",
    reader: 'gmail',
  },
  {
    name: 'r224-box-linode-45-79-234-ipv4-replays-bank-notice',
    ip: '45.79.234.224',
    where:
      "a Linode instance in 45.79.234.0/24 (Linode's geofeed; the tables answer 'AS? unknown organisation')",
    reader: 'box',
  },
  // ---- DigitalOcean ----
  {
    name: 'r224-box-digitalocean-168-144-208-droplet-replays-bank-notice',
    ip: '168.144.208.224',
    where:
      "a DigitalOcean droplet in 168.144.208.0/20 (DigitalOcean's geo CSV; the tables answer 'AS? unknown organisation')",
    reader: 'box',
    twin: true,
  },
  {
    name: 'r224-gmail-digitalocean-168-144-240-droplet-replay-offline',
    ip: '168.144.240.224',
    where: "a DigitalOcean droplet in 168.144.240.0/20 (DigitalOcean's geo CSV; no AS row)",
    reader: 'gmail',
  },
  {
    name: 'r224-box-digitalocean-as394996-droplet-replays-bank-notice',
    ip: '24.144.74.224',
    where:
      "a DigitalOcean droplet in 24.144.74.0/23 (DigitalOcean's geo CSV; the tables answer 'AS394996 47-2339071', an AS they do not know as DigitalOcean)",
    reader: 'box',
  },
  // ---- Vultr ----
  {
    name: 'r224-box-vultr-64-177-64-instance-replays-bank-notice',
    ip: '64.177.88.224',
    where:
      "a Vultr instance in 64.177.64.0/18 (Vultr's geofeed at geofeed.constant.com; the tables answer 'AS? unknown organisation')",
    reader: 'box',
    twin: true,
  },
  {
    name: 'r224-gmail-vultr-64-177-0-instance-replay-offline',
    ip: '64.177.8.224',
    where: "a Vultr instance in 64.177.0.0/20 (Vultr's geofeed; no AS row)",
    reader: 'gmail',
  },
  // ---- Azure operated by 21Vianet (Azure China) ----
  {
    name: 'r224-box-azure-china-21vianet-ipv6-vm-replays-bank-notice',
    ip: '2404:7940:100::224',
    where:
      "an Azure China VM (operated by 21Vianet) over IPv6 in 2404:7940:100::/47 (Microsoft's China service tags; the tables answer 'AS58593 Shanghai Blue Cloud Technology', not hosting)",
    reader: 'box',
  },
  {
    name: 'r224-gmail-azure-china-21vianet-ipv4-vm-replay-offline',
    ip: '139.217.40.224',
    where:
      "an Azure China VM in 139.217.0.0/16 (Microsoft's China service tags; AS58593 Shanghai Blue Cloud Technology)",
    reader: 'gmail',
  },
  // ---- Oracle Cloud ----
  {
    name: 'r224-box-oracle-cloud-158-247-filed-under-cox-replays-bank-notice',
    ip: '158.247.96.224',
    where:
      "an Oracle Cloud instance in 158.247.96.0/22 (Oracle's public_ip_ranges.json; the tables file it under 'AS22773 Cox Communications Inc.', a cable ISP)",
    reader: 'box',
    twin: true,
  },
  {
    name: 'r224-box-oracle-cloud-130-210-no-as-row-replays-bank-notice',
    ip: '130.210.40.224',
    where:
      "an Oracle Cloud instance in 130.210.0.0/17 (Oracle's public_ip_ranges.json; the tables answer 'AS? unknown organisation')",
    reader: 'box',
  },
  {
    name: 'r224-gmail-oracle-cloud-as14544-replay-offline',
    ip: '207.127.68.224',
    where:
      "an Oracle Cloud address in 207.127.68.0/22 (Oracle's public_ip_ranges.json; the tables answer 'AS14544 Oracle Corporation', not hosting)",
    reader: 'gmail',
  },
];

/** The bank's own ESP relays inside clouds (controls). */
const SES: Relay = {
  helo: 'a8-30.smtp-out.amazonses.com',
  rdns: 'a8-30.smtp-out.amazonses.com',
  ip: '54.240.8.30',
};
const EOP: Relay = {
  helo: 'EUR05-DB8-obe.outbound.protection.outlook.com',
  rdns: 'mail-db8eur05on20700.outbound.protection.outlook.com',
  ip: '2a01:111:f403:2612::700',
};
const GWS: Relay = {
  helo: 'mail-wm1-x32a.google.com',
  rdns: 'mail-wm1-x32a.google.com',
  ip: '2a00:1450:4864:20::32a',
};

/** The bank's genuine notice as its ESP sends it, signed by the bank (and SES's own key for SES). */
const espNotice = (signers: Array<[string, string]>) =>
  signAll(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      subject: 'Your statement is ready',
      body: 'Your November statement is ready in online banking.\r\n',
    }),
    signers,
  );

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: CorpusCase) => emitCase(write, c);
  const notice = await genuineBankNotice();

  for (const m of MISSES) {
    const about = `Attack: the attacker, a Northbank customer, replays the bank's genuine signed notice (d=northbank.example, unchanged) from ${m.where}, envelope ${ENV} passing its own SPF at that address. DKIM and DMARC pass for the bank: only the hosted server tells the replay from the bank's own mail. ${m.reader === 'box' ? "Online, the reader's Postfix box (no reverse name: 'unknown')." : "Offline in Gmail: Gmail records dkim=pass for the bank, spf=pass for the attacker's envelope, dmarc=pass."} Wanted: not authenticated, the hosted server shown.`;
    if (m.reader === 'box') {
      emit({
        name: m.name,
        class: 'hosted-server',
        about,
        eml: onTop(notice, `Return-Path: <${ENV}>`, boxEntry('vm224.attacker.example', m.ip)),
        zone: replayZone(m.ip),
        args: BOX,
        expect: REPLAY,
        ...(m.twin ? { twin: true } : {}),
      });
    } else {
      emit({
        name: m.name,
        class: 'hosted-server',
        about,
        eml: gmailDelivery(notice, {
          relay: { helo: 'vm224.attacker.example', rdns: 'vm224.attacker.example', ip: m.ip },
          envelope: ENV,
          ids: ['x224csp1pxa', 'a224si1qtb'],
          spf: 'pass',
          results: gmailReplayResults(m.ip),
        }),
        args: GMAIL,
        expect: REPLAY,
      });
    }
  }

  // ---- ESP carve-outs inside clouds: the bank's own mail through SES, EOP and Google ----
  const sesMail = await espNotice([
    ['northbank.example', 'nb1'],
    ['amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'],
  ]);
  const sesEnv = '0100019a2b3c4d5e-224a7a8b-9c0d-4e1f-a2b3-c4d5e6f7a224-000000@bounce.northbank.example';
  const sesZone = {
    ...BANK_ESP,
    ...BANK_KEY,
    'ug7nbtf4gccmlpwj322ax3p6ow6yfsug._domainkey.amazonses.com': KEY(),
    ...ptr(SES.ip, SES.rdns),
  };
  emit({
    name: 'r224-box-bank-notice-via-amazon-ses-genuine-control',
    class: 'esp-in-cloud',
    about: `Control: the bank's own notice sent through its Amazon SES account (custom MAIL FROM bounce.northbank.example, SPF include:amazonses.com; Easy DKIM d=northbank.example plus SES's d=amazonses.com) from ${SES.rdns} [${SES.ip}], inside AWS's AS14618. Online, the reader's Postfix box. Wanted: SES, not a hosted server; no warning.`,
    eml: onTop(sesMail, `Return-Path: <${sesEnv}>`, boxEntry(SES.helo, SES.ip, SES.rdns, '4Zr224s1')),
    zone: sesZone,
    args: BOX,
    expect: ESP_GENUINE,
    twin: true,
  });
  emit({
    name: 'r224-gmail-bank-notice-via-amazon-ses-genuine-control-offline',
    class: 'esp-in-cloud',
    about: `Control: the same SES-sent notice read offline in Gmail: dkim=pass for northbank.example and amazonses.com, spf=pass for SES's bounce address at bounce.northbank.example, dmarc=pass. Wanted: SES, not a hosted server; no warning.`,
    eml: gmailDelivery(sesMail, {
      relay: SES,
      envelope: sesEnv,
      ids: ['x224csp2pxa', 'a224si2qtb'],
      spf: 'pass',
      results: `${gmailDkim('northbank.example', 'nb1')}\r\n       ${gmailDkim('amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug')}\r\n       ${gmailSpf(sesEnv, SES.ip)}\r\n       ${gmailDmarc('northbank.example')}`,
    }),
    args: GMAIL,
    expect: ESP_GENUINE,
  });
  const eopMail = await espNotice([['northbank.example', 'nb1']]);
  emit({
    name: 'r224-box-bank-notice-via-m365-eop-ipv6-genuine-control',
    class: 'esp-in-cloud',
    about: `Control: the bank's own notice sent from its Microsoft 365 tenant through EOP over IPv6 (${EOP.rdns} [${EOP.ip}], 2a01:111:f403::/48, inside Microsoft's AS8075 that is Azure's too), signed d=northbank.example, envelope alerts@northbank.example (SPF include:spf.protection.outlook.com). Online, the reader's Postfix box. Wanted: Microsoft 365, not a hosted server on Azure; no warning.`,
    eml: onTop(
      eopMail,
      'Return-Path: <alerts@northbank.example>',
      boxEntry(EOP.helo, EOP.ip, EOP.rdns, '4Zr224e1'),
    ),
    zone: { ...BANK_ESP, ...BANK_KEY, ...ptr6(EOP.ip, EOP.rdns) },
    args: BOX,
    expect: ESP_GENUINE,
    twin: true,
  });
  const gwsMail = await espNotice([['northbank.example', 'nb1']]);
  emit({
    name: 'r224-box-bank-notice-via-google-workspace-ipv6-genuine-control',
    class: 'esp-in-cloud',
    about: `Control: the bank's own notice sent from its Google Workspace over IPv6 (${GWS.rdns} [${GWS.ip}], 2a00:1450:4000::/36 in _spf.google.com, inside Google's AS15169 that App Engine shares), signed d=northbank.example, envelope alerts@northbank.example (SPF include:_spf.google.com). Online, the reader's Postfix box. Wanted: Google Workspace, not a hosted server on Google; no warning.`,
    eml: onTop(
      gwsMail,
      'Return-Path: <alerts@northbank.example>',
      boxEntry(GWS.helo, GWS.ip, GWS.rdns, '4Zr224g1'),
    ),
    zone: { ...BANK_ESP, ...BANK_KEY, ...ptr6(GWS.ip, GWS.rdns) },
    args: BOX,
    expect: ESP_GENUINE,
  });
  emit({
    name: 'r224-gmail-bank-notice-via-google-workspace-ipv6-control-offline',
    class: 'esp-in-cloud',
    about: `Control: the same Workspace-sent notice read offline in Gmail (dkim, spf and dmarc pass for northbank.example, entry from ${GWS.rdns} [${GWS.ip}]). Wanted: Google Workspace, not a hosted server; no warning.`,
    eml: gmailDelivery(gwsMail, {
      relay: GWS,
      envelope: 'alerts@northbank.example',
      ids: ['x224csp3pxa', 'a224si3qtb'],
      spf: 'pass',
      results: `${gmailDkim('northbank.example', 'nb1')}\r\n       ${gmailSpf('alerts@northbank.example', GWS.ip)}\r\n       ${gmailDmarc('northbank.example')}`,
    }),
    args: GMAIL,
    expect: ESP_GENUINE,
  });
}

// Pending (every forgery here, 26 cases with twins: replays of the bank's signed notice read
// AUTHENTICATED, online and offline). One cause, three shapes:
//   Read now: authenticated, findings [return-path-differs] (offline also offline-mode); the origin
//   class says hosting null: `classify` answers "not a known hosting or email provider".
//   Should read: not authenticated, hosted-server-relay (as from any EC2/droplet/Linode address the
//   tables know: r222's controls, AWS 2600:1f18::, Linode 2600:3c00::).
//   At fault: lib/relay/classify.ts createClassifier → classifyParsed: hostingName is
//   `hostingRanges.lookup(ip) ?? hostingInChunk(chunk, i, espAsn)`, and
//   (a) the AS exists but is neither in HOSTING_BY_ASN (lib/relay/providers-hosting.ts
//       HOSTING_PROVIDERS) nor flagged on the packed data-centre list (c.hosting[i] === 0):
//       AS214101 (AWS European Sovereign Cloud), AS55960 (Sinnet, AWS Beijing), AS135629 (NWCD,
//       AWS Ningxia), AS135630 (Amazon Connection Technology Services Beijing), AS58593 (21Vianet's
//       Azure), AS394996 (DigitalOcean's newer blocks), AS14544 (Oracle), and Cox's AS22773 for
//       Oracle's 158.247.96.0/20-ish blocks (misfiled);
//   (b) lookupAsnIndex finds no row (idx -1, "AS? unknown organisation") and HOSTING_RANGES has no
//       entry: Linode 2600:3c1c::/32, 2600:3c1e::/32, 45.79.234.0/24; DigitalOcean 168.144.208.0/20,
//       168.144.240.0/20; Vultr 64.177.0.0/20, 64.177.32.0/21, 64.177.64.0/18; AWS Ningxia parts
//       of 2404:c2c0::/32; Oracle 130.210.0.0/17.
//   Smallest fix: (a) add AS214101, AS135630 to 'Amazon Web Services', AS135629 and AS55960 as
//   'Amazon Web Services China (NWCD / Sinnet)' (or HOSTING_RANGES for AWS China's published
//   prefixes if Sinnet's whole AS is too wide: 2400:7fc0::/32, 2404:c2c0::/32, 240f:8000::/20-ish,
//   140.179.0.0/16, 161.189.0.0/16, 52.80.0.0/14-ish, 54.222.0.0/15, 43.192.0.0/14-ish,
//   68.79.0.0/16, 69.230.0.0/15, 69.234.0.0/15, 71.131.0.0/16, 71.132.0.0/16, 71.136.0.0/15),
//   AS58593 as 'Microsoft Azure (21Vianet)', AS394996 to 'DigitalOcean'; (b) and the Cox-filed and
//   AS14544 Oracle blocks as HOSTING_RANGES rows (label = provider) with the list in the report.
//   The extension's optional feeds (lib/relay/feeds.ts: AWS EC2, GCP, OCI tag "OCI", DigitalOcean)
//   would cover the AWS, Oracle and DigitalOcean blocks when the user turns them on; Linode, Vultr
//   and Azure China have no feed, and the CLI and the default extension load none.
//   Could hurt: genuine mail a firm sends from its own server in these blocks gets the hosted note
//   unless ownServerEvidence (lib/findings/hosted-server.ts) holds, exactly as on EC2 elsewhere;
//   AS55960 is also Sinnet's colocation IDC (hosting too, but wider than AWS: prefer the ranges).
//   AS14544 may be Oracle's corporate/SaaS network as well as OCI: confirm by the "OCI" tag first.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Lead, 2026-12-07: the AWS, DigitalOcean, Linode, Vultr and Oracle blocks are hosting since
  // (lib/relay/published-hosting.ts, generated by scripts/hosting-ranges.ts from the providers' own
  // lists). Azure China (21Vianet's AS58593) stays: Office 365 operated by 21Vianet sends from the
  // same network, and its mail ranges are not known here.
  'r224-box-azure-china-21vianet-ipv6-vm-replays-bank-notice',
  'r224-gmail-azure-china-21vianet-ipv4-vm-replay-offline',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
