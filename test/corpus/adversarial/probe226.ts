// Red-team round 226: cloud email services anyone can rent, and the published cloud blocks
// (lib/relay/published-hosting.ts, hosting-ranges-data.ts, HOSTING_RANGES, the order in
// lib/relay/classify.ts classifyParsed: ESP ranges/ASN, then curated ranges, AS hosting, published
// blocks; SHARED_PLATFORMS / sharedSpfPass in lib/findings/auth-state.ts; hosted-server.ts).
// Earlier rounds already cover: ACS's genuine custom-domain and managed-domain mail (realworld59,
// realworld9), DirectMail's and Tencent SES's genuine mail (realworld157, pending), QQ/Aliyun relay
// names on Tencent/Alibaba VMs (probe187), Oracle blocks under Cox, AWS ESC/China, DO/Linode/Vultr
// (probe224), DO and Tencent IPv6 (probe222). New here:
// 1. Azure Communication Services' managed domains: anyone with an Azure subscription provisions
//    `<guid>.azurecomm.net` (SPF, DKIM selector1-azurecomm-prod-net and DMARC preset by Azure) and
//    picks the sender's display name. The attacker names it after Microsoft itself ("Microsoft
//    account team", SharePoint, Teams, OneDrive), a built-in brand (PayPal), the reader's own desk
//    (with his organisation named), online and offline, Gmail, Outlook, a Postfix box; and one
//    tenant's signature and envelope for another tenant's managed address (relaxed alignment under
//    the shared azurecomm.net).
// 2. The attacker's own VMs on these clouds spelling the services' relay names in HELO or in the
//    reverse name the reader's provider prints (ACS's internal `acs-emailservice-prod-*`, EOP's
//    outbound name on an Azure VM, Oracle Email Delivery's `*.oracleemaildelivery.com` on an OCI
//    VM, DirectMail's `out…dm.aliyun.com` on an Alibaba ECS, Tencent SES's `smtpbg….qcloudmail.com`
//    on a Tencent CVM, SES's `smtp-out.<region>.amazonses.com` on an EC2 address in an AWS block the
//    AS data has no row for), replaying the bank's genuine signed notice.
// 3. Cloud IPv6 and AWS blocks with no AS row: Azure's and Oracle's VM IPv6 (controls), AWS
//    13.150.0.0 and 15.145.0.0 blocks (answered only by the published blocks).
// 4. A shared SPF pass through services SHARED_PLATFORMS does not name: a shop whose record is
//    `include:qcloudmail.com` (Tencent Cloud SES) or `include:_spf.tem.scaleway.com` (Scaleway TEM);
//    DirectMail's `include:spf1.dm.aliyun.com` as the control the Alibaba row covers.
// 5. Cloudflare Email Routing: the reader's own domain forwards to Gmail (and the reader trusts
//    Cloudflare's network as his forwarder); the attacker replays the bank's signed notice from a
//    VM to the reader's routed address, so Gmail's entry names Cloudflare (AS13335, not hosting)
//    and only Cloudflare's own Received line names the VM. The bank's genuine notice through the
//    same routing is the control. (Without the trust, a replay through any forwarder the reader
//    has not named is read as that forwarder's own mail: README's gateway design, not tested.)
// Where the layouts were learnt:
// - ACS managed domains: `find_string` "azurecomm.net" (code corpus): `DoNotReply@<guid>.azurecomm
//   .net` senders in apps (file ids 37457263517, 590292527, 61427685092: `az communication email
//   domain show … --name "AzureManagedDomain"`, sender username created with `--display-name
//   "Calendar Sync"`), an ARM mock answering `"mailFromSenderDomain": "abc.azurecomm.net"` and a
//   sender username with `"displayName": "Log Monitor"` (id 53327703227), SMTP relay
//   smtp.azurecomm.net:587 (ids 8719767212, 22541951282, 55809573377). ACS's internal hop
//   `acs-emailservice-prod-northeurope (20.105.210.21)`, EOP's outbound EUR host and the DKIM
//   selector: realworld59.ts (rw59-acs-managed-domain-to-gmail), as it cites them.
// - Cloudflare Email Routing: realworld125.ts's layout (its line `by mx.cloudflare.net (Cloudflare
//   Email Routing)`, d=email.cloudflare.net s=cf2024-1, 104.30.0.0/20, as it cites
//   developers.cloudflare.com/email-routing/postmaster); `find_string` "by mx.cloudflare.net": Workers test fixtures with
//   `Received: from mail.sender.example by mx.cloudflare.net with ESMTPS id X` and
//   `ARC-Authentication-Results: i=1; mx.cloudflare.net; dkim=pass header.d=… dmarc=pass
//   header.from=… spf=pass smtp.mailfrom=…` (ids 71509893677, 69512732653), a setup guide naming
//   the inbound MX hosts `linda.mx.cloudflare.net`, `amir.mx.cloudflare.net` (id 28497256389), a
//   note that Cloudflare documents its original-sender results in ARC-Authentication-Results (id
//   61669076525).
// - DirectMail's and Tencent SES's includes, relay names and addresses: realworld157.ts (modelled
//   there, NOT confirmed). Scaleway TEM's relay name, address (modelled in Scaleway's 51.159.0.0/16)
//   and the record behind its include: NOT confirmed.
// - The networks' answers: `npx tsx lib/cli/main.ts classify …` on this checkout (20.105.210.0
//   Azure AS8075; 2603:1020:201:10:: Azure; 2603:c020:8000:: and 150.136.0.0/16 Oracle AS31898;
//   47.246.136.0 Alibaba AS45102; 43.135.106.0 Tencent AS132203; 51.159.0.0 Scaleway AS12876;
//   13.150.0.0 and 15.145.0.0 "AS? unknown organisation", hosting only through the published AWS
//   blocks; 104.30.0.0 Cloudflare AS13335, not hosting). Oracle's published list: read_file
//   lord-alfred/ipranges oracle/ipv4_merged.txt (id 7457721008; every OCI block probed reads Oracle
//   Cloud in the tables).
// - Postfix's entry line, Gmail's entry and results, EOP's delivery: the kit (messages.ts received,
//   receivers.ts gmailDelivery / eopDelivery) as probe222.ts cites them.
// - Scaleway TEM's `include:_spf.tem.scaleway.com`: `find_string` "_spf.tem.scaleway.com": Terraform
//   records "v=spf1 include:_spf.mx.cloudflare.net include:_spf.tem.scaleway.com ~all" (ids
//   55372491424, 29526159028), an SPF-provider table citing Scaleway's TEM docs (id 2983730097), a
//   note that TEM's DKIM selector is one per Scaleway project (id 57450892422).
// NOT confirmed: Cloudflare's exact SRS form (modelled as SRS0=…@email.cloudflare.net); that ACS
// lets a message's From header differ from its sender address (pending A); that Gmail prints an unconfirmed reverse name; that OCI
// or Alibaba Cloud would set a PTR under the service's zone (they would not: the name is the
// printed HELO, or the reader's provider's view offline); that Tencent SES or Scaleway TEM let a
// customer write another domain's envelope (section 4 asks only what an SPF-only pass through such
// a shared include is read as, as Oracle's already is); that GCP VMs can send on port 25 (they
// cannot: no GCP case replays directly). Names and addresses are documentation ones except the
// providers' real hosts and networks.
import type { CaseExpectation } from '../../helpers/corpus';
import {
  ATTACKER_IP,
  authenticZone,
  BANK,
  BANK_KEY,
  type CorpusCase,
  emitCase,
  GMAIL,
  genuineBankNotice,
  KEY,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  SIGNED_NO_REPLY_TO,
  signAll,
} from '../kit';
import { sealCorpus } from '../list-shapes';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import {
  eopDelivery,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
  yahooResults,
} from '../receivers';
import { probeCorpus } from '../rounds-kit';

const BOX = ['--authserv-id', RECEIVER, '--recipient-domain', 'reader.example'];
const YAHOO = ['--webmail', 'yahoo'];
const ENV = 'bounce@attacker.example';
/** A replay of the bank's signed notice from a rented server: the hosted server must be shown. */
const REPLAY: CaseExpectation = { notVerdict: ['authenticated'], findings: ['hosted-server-relay'] };
/** A rented sender dressed in a brand's name: never "authenticated". */
const NOT_AUTH: CaseExpectation = { notVerdict: ['authenticated'] };

/** DNS for a replay from `ip`: the bank, the attacker's envelope domain passing SPF at `ip`. */
function replayZone(ip: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const term = ip.includes(':') ? `ip6:${ip}` : `ip4:${ip}`;
  return {
    ...BANK,
    ...BANK_KEY,
    ...authenticZone('attacker.example', ATTACKER_IP),
    'attacker.example': { TXT: [`v=spf1 ${term} ip4:${ATTACKER_IP} -all`] },
    ...extra,
  };
}

/** The reader's Postfix line for a client at `ip`, its reverse name `rdns` (unknown without). */
const boxEntry = (helo: string, ip: string, rdns?: string, id = '4Zr226a1') =>
  received({ helo, ip, by: RECEIVER, id, for: 'robin@reader.example', ...(rdns ? { rdns } : {}) });

/** Gmail's record of the bank's notice replayed from `ip` with the attacker's envelope. */
const gmailReplayResults = (ip: string) =>
  `${gmailDkim('northbank.example', 'nb1')}\r\n       ${gmailSpf(ENV, ip)}\r\n       ${gmailDmarc('northbank.example')}`;

// ---- ACS ----
/** Exchange Online's outbound EUR host ACS's mail leaves through (realworld59). */
const EOP_OUT_EUR: Relay = {
  helo: 'EUR05-DB8-obe.outbound.protection.outlook.com',
  rdns: 'mail-db8eur05on2113.outbound.protection.outlook.com',
  ip: '40.107.20.113',
};
const ACS_HOP =
  'Received: from acs-emailservice-prod-northeurope (20.105.210.21) by\r\n DB9PR83MB0611.EURPRD83.prod.outlook.com with Microsoft SMTP Server\r\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.20;\r\n Fri, 20 Nov 2026 10:00:02 +0000';
const ACS_SELECTOR = 'selector1-azurecomm-prod-net';

/** The attacker's ACS managed-domain message, as ACS signs it, with `display` as the sender's name. */
async function acsManaged(guid: string, display: string, subject: string, to: string): Promise<string> {
  const domain = `${guid}.azurecomm.net`;
  return signAll(
    onTop(
      submitted({
        from: `${display} <DoNotReply@${domain}>`,
        to,
        subject,
        messageId: `<${guid.slice(0, 8)}-226a-4b3c-9d2e-1f0a9b8c7d6e@${domain}>`,
        extraHeaders: [`X-ACS-Email-Operation-Id: ${guid.slice(0, 8)}-5e4f-4a3b-8c2d-1e0f9a8b7c6d`],
        body: 'Unusual sign-in activity was detected on your account. Review it at https://account-review.attacker.example/\r\n',
      }),
      ACS_HOP,
    ),
    [[domain, ACS_SELECTOR]],
    SIGNED_NO_REPLY_TO,
  );
}

function acsZone(guid: string): Record<string, unknown> {
  const domain = `${guid}.azurecomm.net`;
  return {
    ...M365_SPF_ZONE,
    [domain]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
    '_dmarc.azurecomm.net': { TXT: ['v=DMARC1; p=none'] },
    [`${ACS_SELECTOR}._domainkey.${domain}`]: KEY(),
    ...ptr(EOP_OUT_EUR.ip, EOP_OUT_EUR.rdns),
  };
}

async function acsCases(emit: (c: CorpusCase) => void): Promise<void> {
  const acs: Array<{
    name: string;
    guid: string;
    display: string;
    reader: 'gmail' | 'outlook' | 'box';
    twin?: boolean;
  }> = [
    {
      name: 'r226-gmail-acs-managed-domain-named-microsoft-account-team',
      guid: '3f2a9c10-226b-4e58-9c16-3d8e2f5b7a11',
      display: 'Microsoft account team',
      reader: 'gmail',
      twin: true,
    },
    {
      name: 'r226-outlook-acs-managed-domain-named-microsoft-365-security',
      guid: '7b1e4d22-226c-4f6a-8d27-4e9f3a6c8b22',
      display: 'Microsoft 365 Security',
      reader: 'outlook',
    },
    {
      name: 'r226-box-acs-managed-domain-named-microsoft-account-team',
      guid: 'c5d8e633-226d-4a7b-9e38-5fa04b7d9c33',
      display: 'Microsoft account team',
      reader: 'box',
    },
    {
      name: 'r226-gmail-acs-managed-domain-named-paypal',
      guid: 'e9a0f744-226e-4b8c-8f49-60b15c8ead44',
      display: 'PayPal',
      reader: 'gmail',
    },
    {
      name: 'r226-gmail-acs-managed-domain-named-sharepoint-online',
      guid: '1c2d3e66-2270-4dae-8b6b-82d37eaacf66',
      display: 'SharePoint Online',
      reader: 'gmail',
    },
    {
      name: 'r226-outlook-acs-managed-domain-named-microsoft-teams',
      guid: '2d3e4f77-2271-4ebf-9c7c-93e48fbbd077',
      display: 'Microsoft Teams',
      reader: 'outlook',
    },
    {
      name: 'r226-gmail-acs-managed-domain-named-onedrive',
      guid: '3e4f5088-2272-4fc0-8d8d-a4f590cce188',
      display: 'OneDrive',
      reader: 'gmail',
    },
    {
      name: 'r226-gmail-acs-managed-domain-named-bank-address-in-display',
      guid: '4f506199-2273-40d1-9e9e-b506a1ddf299',
      display: '"security@northbank.example"',
      reader: 'gmail',
    },
    {
      name: 'r226-box-acs-managed-domain-named-reader-it-service-desk',
      guid: '5a6172aa-2274-41e2-8fa0-c617b2ee03aa',
      display: 'Reader IT Service Desk',
      reader: 'box',
    },
    {
      name: 'r226-box-acs-managed-domain-named-reader-domain-helpdesk',
      guid: '6b7283bb-2275-42f3-90b1-d728c3ff14bb',
      display: 'helpdesk@reader.example',
      reader: 'box',
    },
    {
      name: 'r226-gmail-acs-managed-domain-named-azure-billing',
      guid: '0a1b2c55-226f-4c9d-9a5a-71c26d9fbe55',
      display: 'Microsoft Azure Billing',
      reader: 'gmail',
    },
  ];
  for (const a of acs) {
    const domain = `${a.guid}.azurecomm.net`;
    const to = a.reader === 'gmail' ? 'robin.reader@gmail.com' : 'Robin Reader <robin@reader.example>';
    const raw = await acsManaged(a.guid, a.display, 'Unusual sign-in activity on your account', to);
    const eml =
      a.reader === 'gmail'
        ? gmailDelivery(raw, {
            relay: EOP_OUT_EUR,
            envelope: `DoNotReply@${domain}`,
            ids: ['x226csp1102201pxa', 'a226si1201qtb.21'],
            spf: 'pass',
            deliveredTo: true,
            results: `${gmailDkim(domain, ACS_SELECTOR)}\r\n       ${gmailSpf(`DoNotReply@${domain}`, EOP_OUT_EUR.ip)}\r\n       ${gmailDmarc(domain, 'NONE')}`,
          })
        : a.reader === 'outlook'
          ? eopDelivery(raw, {
              ip: EOP_OUT_EUR.ip,
              helo: EOP_OUT_EUR.helo,
              ar: `spf=pass (sender IP is ${EOP_OUT_EUR.ip})\r\n smtp.mailfrom=${domain}; dkim=pass (signature was verified)\r\n header.d=${domain};dmarc=pass action=none\r\n header.from=${domain};compauth=pass reason=100`,
              spf: `Pass (protection.outlook.com: domain of ${domain} designates\r\n ${EOP_OUT_EUR.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${EOP_OUT_EUR.ip}; helo=${EOP_OUT_EUR.helo}; pr=C`,
              returnPath: `DoNotReply@${domain}`,
              frontend: 'DB5PEPF00014B26',
            })
          : onTop(
              raw,
              `Return-Path: <DoNotReply@${domain}>`,
              boxEntry(EOP_OUT_EUR.helo, EOP_OUT_EUR.ip, EOP_OUT_EUR.rdns, '4Zr226b1'),
            );
    emit({
      name: a.name,
      class: 'brand-impersonation',
      about: `Attack: the attacker provisions Azure Communication Services Email with a free Azure managed domain (DoNotReply@${domain}; SPF, DKIM ${ACS_SELECTOR} and DMARC preset by Azure, no ownership of anything proven) and sets the sender's display name to "${a.display}", then sends a sign-in lure. ACS hands it out through Exchange Online's outbound hosts, so every check passes for the azurecomm.net subdomain${a.reader === 'box' ? " (read online on the reader's Postfix box)" : a.reader === 'outlook' ? " (read offline in another tenant's Outlook)" : ' (read offline in Gmail)'}. azurecomm.net is Microsoft's own zone, but each <guid> label is whatever tenant rented it. Wanted: never authenticated as ${a.display}.`,
      eml,
      zone: a.reader === 'box' ? acsZone(a.guid) : undefined,
      args: a.reader === 'gmail' ? GMAIL : a.reader === 'outlook' ? OUTLOOK : BOX,
      expect: NOT_AUTH,
      ...(a.twin ? { twin: true } : {}),
    });
  }
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: CorpusCase) => emitCase(write, c);
  await acsCases(emit);

  // ---- 1b. One ACS tenant's signature for another tenant's address (relaxed alignment) ----
  {
    const clinic = 'a41f0c9e-7b2d-4e58-9c16-3d8e2f5b7a10.azurecomm.net';
    const mine = 'd4e5f6a7-2276-4b58-9c16-3d8e2f5b7a77.azurecomm.net';
    const raw = await signAll(
      onTop(
        submitted({
          from: `Fabrikam Clinic Reminders <DoNotReply@${clinic}>`,
          to: 'robin.reader@gmail.com',
          subject: 'Action needed: confirm your appointment payment',
          messageId: `<0c1d2e3f-2276-4b3c-9d2e-1f0a9b8c7d6e@${mine}>`,
          extraHeaders: ['X-ACS-Email-Operation-Id: 1a2b3c4d-2276-4a3b-8c2d-1e0f9a8b7c6d'],
          body: 'Your appointment is on hold until the deposit is paid: https://clinic-pay.attacker.example/\r\n',
        }),
        ACS_HOP,
      ),
      [[mine, ACS_SELECTOR]],
      SIGNED_NO_REPLY_TO,
    );
    const about = (where: string) =>
      `Attack: the clinic of realworld59 sends its reminders from its ACS managed domain DoNotReply@${clinic}. The attacker's own ACS resource has ${mine}; his message carries the clinic's address in From while ACS signs it d=${mine} and its envelope is DoNotReply@${mine} (NOT confirmed that ACS lets the From header differ from the sender address; the same signature and envelope on a message the attacker sends himself hold no more than this). Every <guid>.azurecomm.net shares the organisational domain azurecomm.net (not a public suffix), so relaxed DMARC passes for the clinic's From on the attacker's tenant's signature and SPF. ${where} Wanted: not authenticated as the clinic (each guid label is its own tenant, as <tenant>.onmicrosoft.com is).`;
    emit({
      name: 'r226-gmail-acs-tenant-signs-for-another-tenants-managed-address',
      class: 'shared-platform',
      about: about("Read offline in Gmail (dkim=pass for the attacker's guid, dmarc=pass for the clinic's)."),
      eml: gmailDelivery(raw, {
        relay: EOP_OUT_EUR,
        envelope: `DoNotReply@${mine}`,
        ids: ['x226csp7pxa', 'a226si7qtb'],
        spf: 'pass',
        deliveredTo: true,
        results: `${gmailDkim(mine, ACS_SELECTOR)}\r\n       ${gmailSpf(`DoNotReply@${mine}`, EOP_OUT_EUR.ip)}\r\n       ${gmailDmarc(clinic, 'NONE')}`,
      }),
      args: GMAIL,
      expect: NOT_AUTH,
      twin: true,
    });
    emit({
      name: 'r226-box-acs-tenant-signs-for-another-tenants-managed-address',
      class: 'shared-platform',
      about: about("Read online on the reader's Postfix box, which re-checks DMARC itself."),
      eml: onTop(
        raw,
        `Return-Path: <DoNotReply@${mine}>`,
        boxEntry(EOP_OUT_EUR.helo, EOP_OUT_EUR.ip, EOP_OUT_EUR.rdns, '4Zr226c1'),
      ),
      zone: {
        ...M365_SPF_ZONE,
        [mine]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
        [clinic]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
        '_dmarc.azurecomm.net': { TXT: ['v=DMARC1; p=none'] },
        [`${ACS_SELECTOR}._domainkey.${mine}`]: KEY(),
        [`${ACS_SELECTOR}._domainkey.${clinic}`]: KEY(),
        ...ptr(EOP_OUT_EUR.ip, EOP_OUT_EUR.rdns),
      },
      args: BOX,
      expect: NOT_AUTH,
    });
  }
  const notice = await genuineBankNotice();
  const replay = (line: string) => onTop(notice, `Return-Path: <${ENV}>`, line);

  // ---- 2. The services' relay names on the attacker's own VMs ----
  const named: Array<{
    name: string;
    ip: string;
    helo: string;
    where: string;
    reader: 'gmail' | 'box' | 'yahoo';
    twin?: boolean;
  }> = [
    {
      name: 'r226-gmail-azure-vm-helo-acs-emailservice-replay-offline',
      ip: '20.105.210.226',
      helo: 'acs-emailservice-prod-northeurope',
      where:
        "an Azure VM in North Europe (20.105.210.0, beside ACS's own internal host 20.105.210.21; AS8075) saying HELO acs-emailservice-prod-northeurope, ACS's internal host name",
      reader: 'gmail',
    },
    {
      name: 'r226-box-azure-vm-helo-eop-outbound-name-replays-bank-notice',
      ip: '20.105.210.227',
      helo: 'mail-db8eur05on2113.outbound.protection.outlook.com',
      where:
        "an Azure VM (20.105.210.227, AS8075; Azure sets a reverse name only to one that resolves back to the VM, so Postfix prints 'unknown') saying HELO mail-db8eur05on2113.outbound.protection.outlook.com, Exchange Online's outbound name",
      reader: 'box',
      twin: true,
    },
    {
      name: 'r226-gmail-oci-vm-named-oracle-email-delivery-replay-offline',
      ip: '150.136.44.226',
      helo: 'aib29ajh226.iad1.oracleemaildelivery.com',
      where:
        "an Oracle Cloud compute instance in Ashburn (150.136.0.0/16, AS31898) whose HELO, printed by Gmail as the name it saw, is aib29ajh226.iad1.oracleemaildelivery.com, the form of Oracle Email Delivery's relays",
      reader: 'gmail',
    },
    {
      name: 'r226-gmail-alibaba-ecs-named-directmail-relay-replay-offline',
      ip: '47.246.136.226',
      helo: 'out246-226.dm.aliyun.com',
      where:
        "an Alibaba Cloud ECS instance (47.246.136.226, AS45102) named out246-226.dm.aliyun.com, the form realworld157 modelled for DirectMail's relays",
      reader: 'gmail',
    },
    {
      name: 'r226-yahoo-tencent-cvm-named-qcloudmail-relay-replay-offline',
      ip: '43.135.106.226',
      helo: 'smtpbg226.qcloudmail.com',
      where:
        "a Tencent Cloud CVM (43.135.106.226, AS132203) named smtpbg226.qcloudmail.com, the form realworld157 modelled for Tencent Cloud SES's relays",
      reader: 'yahoo',
    },
    {
      name: 'r226-gmail-aws-no-as-row-ec2-named-amazonses-eusc-replay-offline',
      ip: '13.150.0.26',
      helo: 'e226-26.smtp-out.eusc-de-east-1.amazonses.com',
      where:
        "an EC2 address in 13.150.0.0 (an AWS block the AS data has no row for: 'AS? unknown organisation', hosting only through the published AWS blocks) named e226-26.smtp-out.eusc-de-east-1.amazonses.com, SES's relay form with the European Sovereign Cloud's region",
      reader: 'gmail',
      twin: true,
    },
    {
      name: 'r226-box-aws-no-as-row-15-145-ec2-replays-bank-notice',
      ip: '15.145.0.26',
      helo: 'ec2-15-145-0-26.compute.amazonaws.com',
      where:
        "an EC2 address in 15.145.0.0 (an AWS block with no AS row in the data, hosting only through the published AWS blocks; Postfix prints 'unknown', no zone names it)",
      reader: 'box',
    },
    {
      name: 'r226-box-azure-vm-ipv6-replays-bank-notice-control',
      ip: '2603:1020:201:10::226',
      helo: 'vm226.attacker.example',
      where: 'an Azure VM over IPv6 (2603:1020:201:10::/64, AS8075; a control)',
      reader: 'box',
    },
    {
      name: 'r226-gmail-oci-vm-ipv6-replay-offline-control',
      ip: '2603:c020:8000:1a::226',
      helo: 'vm226.attacker.example',
      where: 'an Oracle Cloud instance over IPv6 (2603:c020::/?, AS31898; a control)',
      reader: 'gmail',
    },
  ];
  for (const o of named) {
    const relay = { helo: o.helo, rdns: o.helo, ip: o.ip };
    const eml =
      o.reader === 'gmail'
        ? gmailDelivery(notice, {
            relay,
            envelope: ENV,
            ids: ['x226csp2pxa', 'a226si2qtb'],
            spf: 'pass',
            results: gmailReplayResults(o.ip),
          })
        : o.reader === 'yahoo'
          ? yahooDelivery(notice, {
              relay,
              envelope: ENV,
              results: yahooResults(
                [['northbank.example', 'nb1']],
                'attacker.example',
                'dmarc=pass(p=REJECT) header.from=northbank.example;',
              ),
            })
          : replay(boxEntry(o.helo, o.ip));
    emit({
      name: o.name,
      class: 'hosted-server',
      about: `Attack: the attacker, a Northbank customer, replays the bank's genuine signed notice (d=northbank.example, unchanged) from ${o.where}, envelope ${ENV} passing its own SPF. DKIM and DMARC pass for the bank; ${o.reader === 'box' ? "read online on the reader's Postfix box" : `read offline in ${o.reader === 'gmail' ? 'Gmail' : 'Yahoo'}, whose entry line prints the name`}. Only the network (and no confirmed relay name) tells the replay from the bank's own mail. Wanted: not authenticated, the hosted server shown, the service not named as the sender.`,
      eml,
      zone: o.reader === 'box' ? replayZone(o.ip) : undefined,
      args: o.reader === 'gmail' ? GMAIL : o.reader === 'yahoo' ? YAHOO : BOX,
      expect: REPLAY,
      ...(o.twin ? { twin: true } : {}),
    });
  }

  // ---- 4. SPF-only passes through cloud email services' shared includes ----
  const shared: Array<{
    name: string;
    include: string;
    record: string;
    relay: Relay;
    service: string;
    more?: Record<string, unknown>;
  }> = [
    {
      name: 'r226-box-shop-spf-include-qcloudmail-unsigned-shared-pass',
      include: 'qcloudmail.com',
      record: 'v=spf1 ip4:43.135.0.0/16 ip4:162.62.52.0/24 -all',
      relay: { helo: 'smtpbg226.qcloudmail.com', rdns: 'smtpbg226.qcloudmail.com', ip: '43.135.106.227' },
      service: 'Tencent Cloud SES',
    },
    {
      name: 'r226-box-shop-spf-include-scaleway-tem-unsigned-shared-pass',
      include: '_spf.tem.scaleway.com',
      record: 'v=spf1 ip4:51.159.70.0/24 ip4:51.159.71.0/24 -all',
      relay: { helo: 'tem-226.scw-tem.cloud', rdns: 'tem-226.scw-tem.cloud', ip: '51.159.70.226' },
      service: 'Scaleway Transactional Email',
    },
    {
      name: 'r226-box-shop-spf-include-dm-aliyun-unsigned-shared-pass-control',
      include: 'spf1.dm.aliyun.com',
      record: 'v=spf1 ip4:47.246.0.0/16 ip4:115.124.28.0/22 -all',
      relay: { helo: 'out246-227.dm.aliyun.com', rdns: 'out246-227.dm.aliyun.com', ip: '47.246.136.227' },
      service: 'Alibaba Cloud DirectMail',
    },
  ];
  for (const s of shared) {
    const shop = 'lanternshop.example';
    const raw = submitted({
      from: `Lantern Shop Payments <payments@${shop}>`,
      subject: 'Payment failed: update your card within 24 hours',
      body: 'Your last payment failed. Update your card at https://lanternshop.example.attacker.example/pay\r\n',
    });
    emit({
      name: s.name,
      class: 'shared-spf',
      about: `Attack: a shop (${shop}, p=reject) sends its receipts through ${s.service} and publishes "v=spf1 include:${s.include} -all" as the service asks; it does not sign with its own key. The attacker, another customer of ${s.service}, sends an unsigned payment lure as payments@${shop} with the shop's envelope out of the service's shared relay ${s.relay.rdns} [${s.relay.ip}] (NOT confirmed that the service accepts another domain's envelope: the case asks what an SPF-only pass through a shared include reads as). SPF passes aligned; no signature. Wanted: not authenticated (a pass any customer of the service can produce).`,
      eml: onTop(raw, `Return-Path: <bounce@${shop}>`, boxEntry(s.relay.helo, s.relay.ip, s.relay.rdns)),
      zone: {
        ...ptr(s.relay.ip, s.relay.rdns),
        [shop]: { TXT: [`v=spf1 include:${s.include} -all`] },
        [`_dmarc.${shop}`]: { TXT: ['v=DMARC1; p=reject'] },
        [s.include]: { TXT: [s.record] },
      },
      args: BOX,
      expect: NOT_AUTH,
    });
  }

  // ---- 5. Cloudflare Email Routing: the reader's own domain forwarding to Gmail ----
  // realworld125's layout: Cloudflare's line `by mx.cloudflare.net (Cloudflare Email Routing)`, its
  // ARC seal and signature d=email.cloudflare.net s=cf2024-1, its envelope under
  // email.cloudflare.net, delivery from 104.30.0.0/20 with no reverse name. The reader told
  // HeaderLens that Cloudflare forwards his mail (--trust-gateway 104.30.0.0/20: Cloudflare's
  // routing network, not hosting space, so a network entry counts).
  const CF: Relay = { helo: 'mx.cloudflare.net', rdns: 'unknown', ip: '104.30.8.52' };
  const CF_TRUST = [...GMAIL, '--trust-gateway', '104.30.0.0/20'];
  const cfForward = async (raw: string, client: Relay, env: string, tag: string) => {
    const inCf = onTop(
      raw,
      `Received: from ${client.helo} (${client.rdns} [${client.ip}]) by mx.cloudflare.net (Cloudflare Email Routing) with ESMTPS id 226${tag}cf for <robin@family.example>; Fri, 20 Nov 2026 10:00:03 +0000`,
    );
    const sealed = await sealCorpus(inCf, {
      domain: 'email.cloudflare.net',
      selector: 'cf2024-1',
      cv: 'none',
      authResults: `mx.cloudflare.net; dkim=pass header.d=northbank.example; spf=pass smtp.mailfrom=${env}; dmarc=pass header.from=northbank.example`,
    });
    const signed = await signAll(sealed, [['email.cloudflare.net', 'cf2024-1']]);
    const srs = `SRS0=x${tag}Kq=TX=${env.split('@')[1]}=${env.split('@')[0]}@email.cloudflare.net`;
    return gmailDelivery(signed, {
      relay: CF,
      envelope: srs,
      ids: [`x226csp${tag}pxa`, `a226si${tag}qtb`],
      spf: 'pass',
      to: 'robin.reader@gmail.com',
      results: `${gmailDkim('northbank.example', 'nb1')}\r\n       ${gmailDkim('email.cloudflare.net', 'cf2024-1')}\r\n       arc=pass (i=1 spf=pass spfdomain=${env.split('@')[1]} dkim=pass dkdomain=northbank.example dmarc=pass fromdomain=northbank.example);\r\n       ${gmailSpf(srs, CF.ip)}\r\n       ${gmailDmarc('northbank.example')}`,
    });
  };
  const VM: Relay = { helo: 'vm226.attacker.example', rdns: 'vm226.attacker.example', ip: '188.245.10.226' };
  emit({
    name: 'r226-gmail-cloudflare-routing-trusted-forwards-bank-replay-from-vm',
    class: 'hosted-server',
    about: `Attack: the reader's own domain (family.example) uses Cloudflare Email Routing to forward robin@family.example to Gmail, and the reader told HeaderLens so (--trust-gateway 104.30.0.0/20). The attacker replays the bank's genuine signed notice from a Hetzner VM (${VM.ip}, envelope ${ENV}) to robin@family.example. Cloudflare's own Received line names the VM; it seals ARC and signs d=email.cloudflare.net, and forwards from ${CF.ip} (AS13335) with an envelope under email.cloudflare.net. Gmail records dkim=pass and dmarc=pass for the bank. Offline. Wanted: not authenticated, the VM below the trusted forward shown as a hosted server.`,
    eml: await cfForward(notice, VM, ENV, '5'),
    args: CF_TRUST,
    expect: REPLAY,
  });
  emit({
    name: 'r226-gmail-cloudflare-routing-trusted-forwards-bank-own-notice-control',
    class: 'forwarded',
    about: `Genuine control: the bank's own notice from its own server (mail.northbank.example [192.0.2.10], envelope bounces@northbank.example) to robin@family.example, forwarded by Cloudflare Email Routing to Gmail as above, Cloudflare trusted. Wanted: authenticated (the bank's intact signature, its own server below the forward).`,
    eml: await cfForward(
      notice,
      { helo: 'mail.northbank.example', rdns: 'mail.northbank.example', ip: '192.0.2.10' },
      'bounces@northbank.example',
      '6',
    ),
    args: CF_TRUST,
    expect: { verdict: ['authenticated'] },
  });
}

// Pending A (3 cases, a forgery read AUTHENTICATED as another ACS tenant):
//   r226-gmail-acs-tenant-signs-for-another-tenants-managed-address (and -no-options),
//   r226-box-acs-tenant-signs-for-another-tenants-managed-address.
//   Read now: authenticated, only dmarc-policy-none: DMARC passes for From
//   DoNotReply@<clinic-guid>.azurecomm.net on the attacker's d=<his-guid>.azurecomm.net signature
//   and SPF pass (Gmail's dmarc=pass offline; our own re-check online).
//   Should read: not authenticated (unverified or suspicious): each <guid>.azurecomm.net is an
//   Azure subscription's own managed domain, as <tenant>.onmicrosoft.com is a tenant's.
//   At fault: lib/dns/registrable.ts USER_ZONES has no 'azurecomm.net', so userZoneOf /
//   registrableDomain(…, { privateSuffixes: true }) file every managed domain under the one
//   organisation azurecomm.net (tldts: azurecomm.net is not on the PSL), and lib/auth/dmarc.ts
//   (orgDomain, line 24; `own`, line 160) aligns the attacker's d= and envelope with the clinic's
//   From. The same organisation also makes the sender memory (lib/memory senderKey) file every
//   ACS customer as one known sender.
//   Smallest fix: add 'azurecomm.net' to USER_ZONES (one holder per label under it, like
//   onmicrosoft.com), so a guid's signature aligns only with its own guid; Gmail's offline
//   dmarc=pass for another guid is then re-judged as for onmicrosoft.com tenants.
//   Could hurt: realworld59's genuine managed-domain reminder (d= and From the same guid: still
//   aligned) and realworld9's custom-domain ACS mail (not under azurecomm.net): neither should move.
// Pending B (1 case, AUTHENTICATED): r226-box-acs-managed-domain-named-reader-it-service-desk.
//   Read now: authenticated, only dmarc-policy-none; the reader named his organisation
//   (--recipient-domain reader.example) and the From's name is "Reader IT Service Desk" on a
//   managed domain anyone provisions.
//   Should read: suspicious with display-name-reader-org (as the same name on a free mailbox or on
//   <tenant>.onmicrosoft.com does).
//   At fault: lib/findings/reader-org.ts outsidersName returns null: signUpDomain
//   (lib/findings/freemail.ts computeSignUpDomain) knows no 'azurecomm.net' in TENANT_PARENTS, and
//   azurecomm.net is neither in CUSTOMERS_PLATFORMS nor a brand domain, so the name is never read
//   as an outsider's chosen name.
//   Smallest fix: add 'azurecomm.net' to TENANT_PARENTS (sign-up tenants: its provider is Azure's
//   managed-domain zone), together with the USER_ZONES entry of pending A.
//   Could hurt: brand-freemail.ts reads a brand's name on a sign-up tenant more harshly
//   (r226-*-named-microsoft-* already read suspicious; a genuine ACS app named after its own
//   product, e.g. "Contoso Bookings", is no brand and stays as it is); the memory would file each
//   guid as its own sender (wanted).
// Lead, 2026-12-08: all four fixed the same night (azurecomm.net in USER_ZONES, lib/dns/registrable.ts,
// and in TENANT_PARENTS, lib/findings/freemail.ts: each managed domain is its own holder's).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
