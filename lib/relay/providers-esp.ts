// Email service providers: their published sending ranges, the ASNs that carry nothing but their
// mail, their reverse-name suffixes and the envelope / DKIM d= domains they sign with.
// A provider's mail ranges inside a hosting ASN (SES in Amazon's, EOP in Microsoft's, Gmail in
// Google's, Mailgun in Rackspace's) are an ESP, not a hosted server: this list is checked first.
//
// Ranges are the providers' SPF records as published (the TXT record named in each comment; re-check
// with `dig +short txt <name>` when refreshing) and ASNs were checked against the org names in the
// bundled @ip-location-db/asn data. Last compared with public dig/nslookup snapshots of the records
// in November 2026; a range a record added that sits in a hosting ASN (SES's 24.110.64.0/18 in
// Amazon's, Mailgun's /23 in Rackspace's) otherwise made that provider's real mail a "hosted server".

export interface EmailProvider {
  name: string;
  /** Published sending ranges (CIDR). */
  ranges: string[];
  /** ASNs that carry only this provider's mail systems. */
  asns: number[];
  /**
   * Reverse names (only trusted when forward-confirmed): `.example.net` matches every name under
   * it; a name without the leading dot (`mout.kundenserver.de`) matches only itself, for a
   * provider whose relays all answer to one name while its other hosts serve customers.
   */
  rdnsSuffixes: string[];
  /** Reverse names matched whole (forward-confirmed too), where neither a suffix nor one name fits. */
  rdnsPatterns?: RegExp[];
  /** Envelope (Return-Path) and DKIM d= domains; a subdomain matches too. */
  domains: string[];
  /**
   * Parents under which the provider names a customer's own signing domain (a Microsoft 365
   * tenant's `<tenant>.onmicrosoft.com`, a Mailgun sandbox's `sandbox<hex>.mailgun.org`): such a
   * d= is the customer's, who can have any message signed and send it from anywhere (probe24b), so
   * it is no evidence that the provider sent it.
   */
  customerDomains?: string[];
  /**
   * Its named relays also carry its web-hosting customers' script mail (PHP mail() from any
   * account, under any envelope the script writes): a confirmed name then counts only beside an
   * aligned DKIM pass, which such a script cannot produce for someone else's domain
   * (probe10-shared-spf-ovh-web-hosting-include). Without one the relay stays what the network
   * says, a hosted server.
   */
  carriesScripts?: boolean;
  /**
   * The networks its named relays sit in, where those are a cloud's that rents to anyone (QQ Mail
   * on Tencent Cloud's AS 132203): offline, where no forward lookup confirms a printed name, the
   * name counts only from an address in one of them (red-team round 186: a Hetzner VM whose PTR
   * imitated `out…mail.qq.com` replayed a signed message). None listed: never offline.
   */
  relayAsns?: number[];
}

export const EMAIL_PROVIDERS: EmailProvider[] = [
  {
    name: 'Amazon SES',
    // amazonses.com SPF TXT (SES's documented sending ranges, inside AWS's AS 16509, 14618 and
    // 8987; the record writes 54.240.64.0/18, listed here as its two /19 halves).
    ranges: [
      '199.255.192.0/22',
      '199.127.232.0/22',
      '54.240.0.0/18',
      '54.240.64.0/19',
      '54.240.96.0/19',
      '69.169.224.0/20',
      '23.249.208.0/20',
      '23.251.224.0/19',
      '76.223.176.0/20',
      '76.223.128.0/19',
      '216.221.160.0/19',
      '206.55.144.0/20',
      '24.110.64.0/18',
    ],
    asns: [],
    rdnsSuffixes: ['.amazonses.com'],
    domains: ['amazonses.com'],
  },
  {
    name: 'Microsoft 365',
    // spf.protection.outlook.com TXT: Exchange Online Protection's outbound ranges (inside AS 8075).
    ranges: [
      '40.92.0.0/15',
      '40.107.0.0/16',
      '52.100.0.0/15',
      '52.102.0.0/16',
      '52.103.0.0/17',
      '104.47.0.0/17',
      '2a01:111:f400::/48',
      '2a01:111:f403::/49',
      '2a01:111:f403:8000::/51',
      '2a01:111:f403:c000::/51',
      '2a01:111:f403:f000::/52',
      // GCC High / DoD's outbound (spf.protection.office365.us): the blocks its relays were seen
      // sending from in public copies, 2020–2026 (23.103.199.146–180, 23.103.208.43–125,
      // 23.103.209.68–89). Filed under Azure's AS 8075 in the routing data, so without them a GCC
      // High tenant read as a rented server (real-mail round 33).
      '23.103.199.0/24',
      '23.103.208.0/22',
    ],
    asns: [],
    rdnsSuffixes: [
      '.outbound.protection.outlook.com',
      '.protection.outlook.com',
      // GCC High / DoD's outbound relays (USG02-CY1-obe, forward-confirmed as
      // mail-cy1usg02on0084.outbound.protection.office365.us). 21Vianet's (CHN02-SH0-obe, 139.219.x)
      // sit on no hosting network and are left as they are read (real-mail round 33).
      '.outbound.protection.office365.us',
    ],
    domains: ['onmicrosoft.com', 'onmicrosoft.us', 'partner.onmschina.cn', 'outlook.com', 'hotmail.com'],
    customerDomains: ['onmicrosoft.com', 'onmicrosoft.us', 'partner.onmschina.cn'],
  },
  {
    name: 'Google Workspace / Gmail',
    // _spf.google.com TXT, flattened in December 2025 from the _netblocks includes to these eight
    // terms. The retired netblocks are left out on purpose: Google no longer sends mail from them
    // (every Workspace domain's SPF would fail), and one of them, 35.190.247.0/24, sits in Google
    // Cloud's AS 396982, where a rented server could end up. Gmail outside these ranges is still
    // recognised by a forward-confirmed *.google.com name or a verified google.com DKIM signature.
    ranges: [
      '74.125.0.0/16',
      '209.85.128.0/17',
      '2001:4860:4864::/56',
      '2404:6800:4864::/56',
      '2607:f8b0:4864::/56',
      '2800:3f0:4864::/56',
      '2a00:1450:4864::/56',
      '2c0f:fb50:4864::/56',
    ],
    asns: [],
    rdnsSuffixes: ['.google.com', '.googlemail.com'],
    domains: ['gmail.com', 'googlemail.com', 'google.com'],
  },
  {
    name: 'SendGrid',
    // sendgrid.net SPF TXT; AS 11377 is SendGrid's own.
    ranges: [
      '167.89.0.0/17',
      '208.117.48.0/20',
      '50.31.32.0/19',
      '198.37.144.0/20',
      '198.21.0.0/21',
      '192.254.112.0/20',
      '168.245.0.0/17',
      '149.72.0.0/16',
      '159.183.0.0/16',
    ],
    asns: [11377],
    rdnsSuffixes: ['.sendgrid.net'],
    domains: ['sendgrid.net', 'sendgrid.com'],
  },
  {
    name: 'Mailgun',
    // _spf.mailgun.org TXT (since 2026 split into _spf1/_spf2.mailgun.org) and _spf.eu.mailgun.org
    // (its Rackspace part; the rest is Mailjet's AS 200069). Older ranges sit in Rackspace's AS 19994,
    // 27357 and 39921; AS 396479 is Mailgun's own.
    ranges: [
      '209.61.151.0/24',
      '166.78.68.0/22',
      '198.61.254.0/23',
      '192.237.158.0/23',
      '23.253.182.0/23',
      '104.130.96.0/28',
      '146.20.113.0/24',
      '146.20.191.0/24',
      '159.135.224.0/20',
      '69.72.32.0/20',
      '104.130.122.0/23',
      '146.20.112.0/26',
      '161.38.192.0/20',
      '143.55.224.0/21',
      '143.55.232.0/22',
      '159.112.240.0/20',
      '198.244.48.0/20',
      '159.135.140.80/29',
      '159.135.132.128/25',
    ],
    asns: [396479],
    rdnsSuffixes: ['.mailgun.net', '.mailgun.info'],
    domains: ['mailgun.org', 'mailgun.net', 'mailgun.info'],
    customerDomains: ['mailgun.org'],
  },
  {
    name: 'Mailjet',
    // AS 200069 "MAILJET SAS": Mailjet's own network, which also carries _spf.eu.mailgun.org (both Sinch).
    ranges: [],
    asns: [200069],
    rdnsSuffixes: ['.mailjet.com'],
    domains: ['mailjet.com'],
  },
  {
    name: 'SparkPost',
    // AS 23528 "Sparkpost"; sparkpostmail.com return paths.
    ranges: [],
    asns: [23528],
    rdnsSuffixes: ['.sparkpostmail.com'],
    domains: ['sparkpostmail.com', 'sparkpost.com'],
  },
  {
    name: 'Mailchimp / Mandrill',
    // servers.mcsv.net and spf.mandrillapp.com TXT; AS 14782 "MailChimp".
    ranges: ['205.201.128.0/20', '198.2.128.0/18', '148.105.8.0/21'],
    asns: [14782],
    rdnsSuffixes: ['.mcsv.net', '.mandrillapp.com', '.rsgsv.net', '.mcdlv.net'],
    domains: ['mcsv.net', 'mandrillapp.com', 'rsgsv.net', 'mcdlv.net', 'mailchimpapp.net'],
  },
  {
    name: 'Postmark',
    // spf.mtasv.net TXT (Postmark's network sits in AS 23352, not a hosting ASN listed here).
    ranges: ['50.31.156.96/27', '104.245.209.192/26', '50.31.205.0/24'],
    asns: [],
    rdnsSuffixes: ['.mtasv.net'],
    domains: ['mtasv.net', 'postmarkapp.com'],
  },
  {
    name: 'SMTP2GO',
    // spf.smtp2go.com TXT (as a public SPF dump of twitter.com's includes lists it); its relays
    // (e2i340.smtp2go.com, a4i956.smtp2go.com) sit in AS 23352 beside Postmark's. Bounces go to
    // em<account>.<customer> CNAMEs into return.smtp2go.net, its own signature is d=smtpservice.net
    // (real-mail round 149).
    ranges: [
      '207.58.147.64/28',
      '216.22.15.224/27',
      '43.228.184.0/22',
      '103.47.204.0/22',
      '103.2.140.0/22',
      '203.31.36.0/22',
      '170.10.68.0/22',
      '158.120.80.0/21',
    ],
    asns: [],
    rdnsSuffixes: ['.smtp2go.com'],
    domains: ['smtp2go.com', 'smtpservice.net', 'smtpcorp.com', 'smtp2go.net'],
  },
  {
    name: 'ActiveCampaign',
    // Known by name only: its relays (s14.avl3.acemsrvc.com) sit in space announced by Amazon, and
    // no published range was confirmed here; a forward-confirmed name under acemsrvc.com, its
    // bounce envelope there or its d= says it (a real delivery to a public list, 2021; real-mail
    // round 152).
    ranges: [],
    asns: [],
    rdnsSuffixes: ['.acemsrvc.com'],
    domains: ['acemsrvc.com'],
  },
  {
    name: 'AWeber',
    // Known by name only, as ActiveCampaign: its relays are named under aweber.com.
    ranges: [],
    asns: [],
    rdnsSuffixes: ['.aweber.com'],
    domains: ['aweber.com'],
  },
  {
    name: 'Atlassian Cloud',
    // The addresses Atlassian's published list (ip-ranges.atlassian.com, as mirrored by
    // rezmoss/cloud-provider-ip-addresses) tags "email" that are its own EC2 hosts (the rest of
    // that tag is Amazon SES's and SendGrid's, listed under them). Not its product egress blocks
    // 104.192.136.0/21 and 185.166.140.0/22: Bitbucket Pipelines builds and webhooks, code any
    // customer runs, leave from them too (red-team round 159), and no delivered header showed
    // Atlassian's mail leaving from them.
    ranges: [
      '34.209.119.136/32',
      '34.212.5.76/32',
      '34.213.22.229/32',
      '34.249.70.175/32',
      '34.251.56.38/32',
      '34.252.236.245/32',
      '34.253.57.155/32',
      '34.253.110.0/32',
      '35.167.7.36/32',
      '35.167.157.209/32',
      '52.19.227.102/32',
      '52.24.176.31/32',
      '52.51.22.205/32',
      '54.72.24.111/32',
      '54.72.208.111/32',
      '54.77.2.231/32',
      '54.187.228.111/32',
    ],
    asns: [],
    rdnsSuffixes: [],
    domains: ['atlassian.net', 'atlassian.com', 'bitbucket.org', 'trello.com'],
  },
  {
    name: 'CleverReach',
    // The ranges spf.crsend.com expands to (real-mail round 157, from a script's expansion of the
    // record): its own /23 (announced by Amazon), a /26 at PlusServer, and small blocks at Hetzner
    // and OVH.
    // Its signatures are the customer's and crsend.com's.
    ranges: ['194.42.96.0/23', '178.77.121.128/26', '46.4.238.128/29', '158.69.163.48/29'],
    asns: [],
    rdnsSuffixes: [],
    domains: ['crsend.com', 'cleverreach.com'],
  },
  {
    name: 'Finalsite',
    // Schools' and districts' mail platform: the sending ranges its support site gives customers
    // for their SPF records (cesupport.finalsite.com, "Improve email delivery rates"; real-mail
    // round 158), announced by Amazon. It sends as the district's staff, signed with the
    // district's key.
    ranges: ['69.196.242.0/24', '192.230.230.0/24'],
    asns: [],
    rdnsSuffixes: [],
    domains: [],
  },
  {
    name: 'Brevo (Sendinblue)',
    // spf.sendinblue.com TXT; AS 200484 "Sendinblue SAS".
    ranges: [],
    asns: [200484],
    rdnsSuffixes: ['.sendinblue.com', '.brevo.com'],
    domains: ['sendinblue.com', 'brevo.com', 'sender-sib.com'],
  },
  {
    name: 'Zoho Mail',
    // zoho.com SPF; AS 2639 "ZOHO" and its regional ASNs.
    ranges: [],
    asns: [2639, 56201, 205111, 139006, 397849, 401636, 141757, 135102],
    // Zoho Campaigns sends with envelopes under zcsend.net ("uses zcsend.net as the Envelope From
    // domain", help.zoho.com on SPF/DKIM alignment failures; real-mail round 85).
    rdnsSuffixes: ['.zoho.com', '.zoho.eu', '.zohomail.com', '.zcsend.net'],
    domains: ['zoho.com', 'zoho.eu', 'zohomail.com', 'zohomail.eu', 'zcsend.net'],
  },
  {
    name: 'Yahoo Mail',
    // _spf.mail.yahoo.com; Yahoo / Oath ASNs.
    ranges: [],
    asns: [7233, 10310, 36646, 36647, 26101, 34010, 56173, 10229, 24506],
    rdnsSuffixes: ['.yahoo.com', '.yahoo.net', '.aol.com'],
    domains: ['yahoo.com', 'aol.com', 'yahoo.co.uk', 'ymail.com'],
  },
  {
    name: 'iCloud Mail',
    // icloud.com SPF TXT (Apple's 17.0.0.0/8 blocks, 57.103.64.0/18, 144.178.36-38.0/24, relays in
    // China and seven IPv6 /56s); Apple's AS 714 / 6185.
    ranges: [
      '17.0.0.0/8',
      '57.103.64.0/18',
      '144.178.36.0/24',
      '144.178.38.0/24',
      '112.19.199.64/29',
      '112.19.242.64/29',
      '222.73.195.64/29',
      '157.255.1.64/29',
      '106.39.212.64/29',
      '123.126.78.64/29',
      '183.240.219.64/29',
      '39.156.163.64/29',
      '2a01:b747:3000:200::/56',
      '2a01:b747:3001:200::/56',
      '2a01:b747:3002:200::/56',
      '2a01:b747:3003:200::/56',
      '2a01:b747:3004:200::/56',
      '2a01:b747:3005:200::/56',
      '2a01:b747:3006:200::/56',
    ],
    asns: [714, 6185],
    rdnsSuffixes: ['.icloud.com', '.apple.com', '.me.com'],
    domains: ['icloud.com', 'me.com', 'mac.com'],
  },
  {
    name: 'Proton Mail',
    // _spf.protonmail.ch TXT and the four servers of _spf2.protonmail.ch (at UpCloud and OVH, so
    // they need listing); Proton AG's ASNs cover the rest.
    ranges: [
      '185.70.40.0/22',
      '79.135.106.0/24',
      '79.135.107.0/24',
      '109.224.244.0/24',
      '85.9.206.169/32',
      '85.9.210.45/32',
      '188.165.51.139/32',
      '57.129.93.249/32',
    ],
    asns: [62371, 208172, 199218, 209103],
    rdnsSuffixes: ['.protonmail.ch', '.protonmail.com', '.proton.ch'],
    domains: ['protonmail.ch', 'protonmail.com', 'proton.me', 'pm.me'],
  },
  {
    name: 'Fastmail',
    // spf.messagingengine.com TXT (66.111.4.0/24 is in NYI's AS 11403; mail seen in 2025 matched
    // 103.168.172.128/27); AS 151847 "Fastmail" announces the rest of 103.168.172.0/24. The /22 once
    // listed here also took in an Indian and a Thai network.
    ranges: ['66.111.4.0/24', '103.168.172.128/27'],
    asns: [151847],
    rdnsSuffixes: ['.messagingengine.com', '.fastmail.com'],
    domains: ['messagingengine.com', 'fastmail.com', 'fastmail.fm'],
  },
  {
    name: 'STRATO Mail',
    // STRATO's outbound relays for its hosting customers' mail (mo4-p00-ob.smtp.rzone.de and
    // siblings) sit in STRATO's AS 6724, which the data-centre list counts as hosting. Received
    // lines in public list archives (lore.kernel.org, 2019–2023) show them at 85.215.255.20–101
    // (a /24 STRATO announces on its own), 81.169.146.176 and 2a01:238:20a:202:5302::11; the older
    // and IPv6 ones are recognised by their forward-confirmed *.smtp.rzone.de name. STRATO's VPS and
    // dedicated servers have *.stratoserver.net names, so a rented server cannot pass for a relay.
    ranges: ['85.215.255.0/24'],
    asns: [],
    rdnsSuffixes: ['.smtp.rzone.de'],
    domains: [],
  },
  {
    name: 'Mimecast',
    // Mimecast's own ASNs (a mail security gateway: relays its customers' mail).
    ranges: [],
    asns: [30031, 42427, 39588, 60492, 136792, 397726, 37235, 33538],
    rdnsSuffixes: ['.mimecast.com', '.mimecast-offshore.com'],
    domains: ['mimecast.com'],
  },
  {
    name: 'Cisco Secure Email',
    // Cisco's cloud email gateway (formerly IronPort CES): its own AS16417 ("Cisco Systems Ironport
    // Division" in the bundled ASN data), hosts under iphmx.com. Known by address, as Mimecast's
    // and Proofpoint's are, so a tenant behind it forwarding SPF-only mail names its real client
    // (real-mail round 198: Exchange Online's entry line prints no reverse name).
    ranges: [],
    asns: [16417],
    rdnsSuffixes: ['.iphmx.com'],
    domains: [],
  },
  {
    name: 'Proofpoint',
    // Proofpoint's own ASNs (gateway and Proofpoint Essentials outbound).
    ranges: [],
    asns: [52129, 26211, 22843, 13916],
    rdnsSuffixes: ['.pphosted.com', '.ppe-hosted.com'],
    domains: ['pphosted.com', 'ppe-hosted.com'],
  },
  {
    name: 'Barracuda',
    // Barracuda Email Gateway Defense (formerly Email Security Service), inbound filtering and its
    // customers' outbound relay: 209.222.80.0/21, the range Barracuda Campus "IP Analysis -
    // Inbound" uses as its worked example (also lib/relay/gateways.ts). The bundled ASN data files
    // it under Amazon's network, so Microsoft 365 mail sent out through Barracuda read as a rented
    // AWS server ("suspicious"); recognising it is no more trust than SendGrid's or Mimecast's.
    ranges: ['209.222.80.0/21'],
    asns: [],
    rdnsSuffixes: ['.barracudanetworks.com'],
    domains: [],
  },
  // Outbound relays of mail security gateways and list hosts that sit in hosting networks: listed
  // by their forward-confirmed reverse names only (only the operator can make a name under its own
  // domain lead back to the address), as seen in public deliveries (lore.kernel.org copies of
  // mail sent through each, 2025-2026); no range is listed, none could be checked here. DMARC
  // still decides: a customer of the gateway sending for someone else fails it there.
  {
    name: 'Sophos Email',
    // mfod-euc1.prod.hydra.sophos.com and the like, in Amazon's network.
    ranges: [],
    asns: [],
    rdnsSuffixes: ['.prod.hydra.sophos.com'],
    domains: [],
  },
  {
    name: 'Trend Micro Email Security',
    // refb01.tmes.trendmicro.eu and the like, in Amazon's network.
    ranges: [],
    asns: [],
    rdnsSuffixes: ['.tmes.trendmicro.eu', '.tmes.trendmicro.com'],
    domains: [],
  },
  {
    name: 'Hornetsecurity',
    // mx-relay10-hz2.antispameurope.com and the like, partly in a hosting network.
    ranges: [],
    asns: [],
    rdnsSuffixes: ['.antispameurope.com', '.hornetsecurity.com'],
    domains: [],
  },
  {
    name: 'kernel.org lists',
    // relay.kernel.org hands vger.kernel.org list mail on from Amazon's network.
    ranges: [],
    asns: [],
    rdnsSuffixes: ['.kernel.org'],
    domains: [],
  },
  {
    name: 'Forward Email',
    // forwardemail.net's forwarding servers (mx1/mx2.forwardemail.net), on DigitalOcean: it
    // forwards its users' mail unchanged under its own ARC seal. Known by its confirmed names only.
    ranges: [],
    asns: [],
    rdnsSuffixes: ['.forwardemail.net'],
    domains: [],
  },
  {
    name: 'HubSpot',
    // HubSpot's marketing and sales mail: envelope senders at subdomains of hubspotemail.net
    // (bf01x.hubspotemail.net…), its own DKIM signature under the same names, reverse names under
    // it. Its sending ranges sit in Amazon's network in the bundled ASN data; no range is listed
    // here, as none could be checked against the live _spf.hubspotemail.net record: HubSpot is
    // recognised only by evidence no one else can produce (an SPF or DKIM pass for
    // hubspotemail.net, or a forward-confirmed reverse name under it). DMARC still decides.
    ranges: [],
    asns: [],
    rdnsSuffixes: ['.hubspotemail.net'],
    domains: ['hubspotemail.net'],
  },
  // Help desks and business tools that send as their customer's own address with their own
  // envelope (real-mail round 85: the reader's organisation's SaaS mail at p=none without its own
  // signature read "no known email service" and so suspicious). Like HubSpot, known only by evidence
  // no one else can produce: an SPF or DKIM pass for the tool's own domain, or a forward-confirmed
  // reverse name under it; no ranges. A free trial of any of them sends as anyone at p=none, as a
  // free SendGrid account does; DMARC still decides.
  {
    name: 'Freshdesk',
    // SPF include:email.freshdesk.com (mxio.io's provider page for Freshdesk).
    ranges: [],
    asns: [],
    rdnsSuffixes: ['.freshdesk.com'],
    domains: ['freshdesk.com'],
  },
  {
    name: 'Freshservice',
    // Freshworks' IT service desk; SPF include:email.freshservice.com (its help article on SPF, and
    // customers' published records).
    ranges: [],
    asns: [],
    rdnsSuffixes: ['.freshservice.com'],
    domains: ['freshservice.com'],
  },
  {
    name: 'Zendesk',
    // SPF include:mail.zendesk.com (support.zendesk.com, article 115015746187); envelopes under
    // <account>.zendesk.com.
    ranges: [],
    asns: [],
    rdnsSuffixes: ['.zendesk.com'],
    domains: ['zendesk.com'],
  },
  {
    name: 'Salesforce',
    // Bounce management's envelopes `…@…bnc.salesforce.com`, _spf.salesforce.com
    // (help.salesforce.com articles 000250391 and 000381292). Only the bounce domain: the rest of
    // salesforce.com is no evidence of its mail.
    ranges: [],
    asns: [],
    rdnsSuffixes: ['.mta.salesforce.com'],
    domains: ['bnc.salesforce.com'],
  },
  {
    name: 'Shopify',
    // Shopify's notification mail under shopifyemail.com.
    ranges: [],
    asns: [],
    rdnsSuffixes: ['.shopifyemail.com'],
    domains: ['shopifyemail.com'],
  },
  // Hosting companies' own mail relays and mail services on cloud networks, which sit in hosting
  // ASNs and read as rented servers (realworld9.ts). Known by forward-confirmed names only, each
  // as narrow as the relays' names allow: the same companies' hosting servers, where any customer
  // can run a script that sends mail, have other names. Their SPF includes are shared by every
  // customer: an SPF-only pass through one is "unverified" (sharedSpfOnly in
  // lib/findings/auth-state.ts), as Microsoft 365's and Google Workspace's are.
  {
    name: 'Oracle Cloud Email Delivery',
    // aib29aghNNN.zrh1.oracleemaildelivery.com and the like, in Oracle Cloud's AS 31898; envelopes
    // and its own signature under <region>.rp.oracleemaildelivery.com.
    ranges: [],
    asns: [],
    rdnsSuffixes: ['.oracleemaildelivery.com'],
    domains: ['rp.oracleemaildelivery.com'],
  },
  {
    name: 'IONOS Mail',
    // IONOS's (1&1) outbound relays all answer to mout.kundenserver.de (mout.perfora.net in the
    // US; mout-xforward.kundenserver.de for forwarded mail), in its AS 8560; its web and VPS hosts
    // have other names.
    ranges: [],
    asns: [],
    rdnsSuffixes: ['mout.kundenserver.de', 'mout-xforward.kundenserver.de', 'mout.perfora.net'],
    domains: [],
  },
  {
    name: 'GMX / WEB.DE',
    // United Internet's free-mail services, whose relays (mout.gmx.net, mout-xforward.gmx.net and
    // the web.de ones) sit in IONOS's AS 8560 (realworld10.ts). Known by those names, and by their
    // own signatures and envelopes.
    ranges: [],
    asns: [],
    rdnsSuffixes: ['mout.gmx.net', 'mout-xforward.gmx.net', 'mout.web.de', 'mout-xforward.web.de'],
    domains: ['gmx.net', 'gmx.de', 'gmx.com', 'web.de'],
  },
  {
    name: 'GoDaddy Mail',
    // GoDaddy's outbound mail relays, p3plsmtpout001.prod.phx3.secureserver.net and the like, in
    // its AS 26496 (and Host Europe's in Europe), its authenticated-submission relays
    // (sxb1plsmtpa01-02…) and its webmail's outbound hosts (sxb1plwbeout05…); its cPanel hosting
    // servers (p3plcpnl…, sxb1plzcpnl….secureserver.net) are not among them.
    ranges: [],
    asns: [],
    rdnsSuffixes: [],
    rdnsPatterns: [/^[a-z0-9]+(?:smtpout|smtpa|wbeout)\d+(?:-\d+)?\.prod\.[a-z0-9]+\.secureserver\.net$/],
    domains: [],
  },
  // Mailbox providers whose own outbound relays sit in their cloud or hosting network (real-mail
  // round 51, realworld51.ts): known by forward-confirmed names only, each pattern as narrow as the
  // names seen in public deliveries (lore.kernel.org and osuosl.org list copies, 2022-2026); no
  // range is listed, the live records could not be read here. A VM rented in the same network
  // cannot take a confirmed name under the providers' zones. Their SPF includes are shared by
  // every customer (SHARED_PLATFORMS in lib/findings/auth-state.ts): DMARC and the shared-include
  // rule decide what a relay carries for another customer.
  {
    name: 'QQ Mail / Tencent Exmail',
    // QQ Mail and Foxmail hand over from out162-62-58-211.mail.qq.com, out162-62-57-252… and
    // out203-205-221-153… (Tencent Cloud's AS 132203 for the 162.62.x ones), and xmbghk7.mail.qq.com
    // (43.163.128.49); Tencent Exmail from "smtpbg.qq.com (biz-43-154-54-12.mail.qq.com)" and
    // biz-43-154-221-58. Customers publish include:spf.mail.qq.com (Exmail's documented record).
    // Exmail's overseas relays sit on AWS: smtpbguseast1/3.qq.com (54.204.34.129, 54.243.244.52,
    // AS 14618) and smtpbgsg1.qq.com (54.254.200.92, AS 16509), in kernel-list copies 2019-2026
    // (real-mail round 178). AWS sets a customer's reverse name only when its forward record holds
    // the address, so no stranger's EC2 address carries a name under qq.com.
    ranges: [],
    asns: [],
    rdnsSuffixes: [],
    rdnsPatterns: [
      /^out\d{1,3}(?:-\d{1,3}){3}\.mail\.qq\.com$/,
      /^biz(?:-\d{1,3}){4}\.mail\.qq\.com$/,
      /^xmbg[a-z]{0,4}\d{1,3}\.mail\.qq\.com$/,
      /^smtpbg(?:useast|sg)\d{1,2}\.qq\.com$/,
    ],
    relayAsns: [132203, 14618, 16509],
    domains: [],
  },
  {
    name: 'Yandex Mail',
    // forward101b/101d/103a/103d/201b/205a/500b/501c/502a/502c.mail.yandex.net, at 178.154.239.x in
    // Yandex.Cloud's AS 200350 (their IPv6 sits in AS 13238 YANDEX); only the forward hosts, so
    // whatever else Yandex Cloud runs under mail.yandex.net (Postbox, unchecked) is not counted.
    // Yandex 360 customers publish redirect=_spf.yandex.net.
    ranges: [],
    asns: [],
    rdnsSuffixes: [],
    rdnsPatterns: [/^forward\d{1,4}[a-z]?\.mail\.yandex\.net$/],
    relayAsns: [200350, 13238],
    domains: [],
  },
  {
    name: 'OVHcloud Mail',
    // MX Plan's outbound relays, 19.mo584.mail-out.ovh.net and the like, in OVH's AS 16276. The
    // same mo*.mail-out.ovh.net relays carry web-hosting scripts' mail (probe10): counted only
    // beside an aligned signature. OVH documents "v=spf1 include:mx.ovh.com ~all" for MX Plan,
    // E-mail Pro and Hosted Exchange (docs.ovh.com, "Adding an SPF record").
    ranges: [],
    asns: [],
    rdnsSuffixes: [],
    rdnsPatterns: [/^(?:\d{1,4}\.)?mo\d{1,4}\.mail-out\.ovh\.net$/],
    domains: [],
    carriesScripts: true,
  },
  {
    name: 'Aruba Mail',
    // Aruba's authenticated outbound ("by Aruba Outgoing Smtp with ESMTPSA"), handed over by
    // smtpcmd0641/0642/0987/02101/11120/12131/15176.aruba.it (62.149.156.x, 62.149.158.x, in
    // Aruba's AS 31034). Its other relays (smtpdh…) are not counted: what they carry is unchecked.
    ranges: [],
    asns: [],
    rdnsSuffixes: [],
    rdnsPatterns: [/^smtpcmd\d{1,6}\.aruba\.it$/],
    relayAsns: [31034],
    domains: [],
  },
  // Hosted mail services and mail security gateways whose relays sit in cloud or hosting networks
  // (real-mail rounds 99 and 100, realworld99.ts and realworld100.ts): known by forward-confirmed
  // names only, each as narrow as the names seen in public deliveries (kernel.org, lfdr.de and
  // other list archives); no range is listed, the live records could not be read here. Their SPF
  // includes are shared by every customer (SHARED_PLATFORMS in lib/findings/auth-state.ts).
  {
    name: 'Symantec Email Security.cloud',
    // Broadcom's (ex-MessageLabs) delivery relays, mail1.bemta33.messagelabs.com [67.219.247.2]
    // and mail1.bemta25.messagelabs.com [195.245.230.3], announced from Google Cloud's AS 396982
    // in the bundled data; its scanning towers (server-N.tower-M.messagelabs.com) and AWS-hosted
    // hops (server-N.bemta.az-a.eu-west-1.aws.symcld.net) hand over inside the service.
    ranges: [],
    asns: [],
    rdnsSuffixes: ['.messagelabs.com', '.symcld.net'],
    domains: [],
  },
  {
    name: 'Rackspace Email',
    // smtp66.iad3a.emailsrvr.com and the like, in Rackspace's network; customers publish
    // include:emailsrvr.com.
    ranges: [],
    asns: [],
    rdnsSuffixes: [],
    rdnsPatterns: [/^smtp\d{1,4}\.(?:relay\.)?[a-z]{3}\d[a-z]\.emailsrvr\.com$/],
    domains: [],
  },
  {
    name: 'Namecheap Private Email',
    // out-10.pe-a.jellyfish.systems [198.54.127.74] and h5.fbrelay.privateemail.com
    // [162.0.218.228], in Namecheap's AS 22612; customers publish include:spf.privateemail.com
    // (Namecheap KB 1262). Its shared-hosting servers have other names.
    ranges: [],
    asns: [],
    rdnsSuffixes: [],
    rdnsPatterns: [/^out-\d{1,4}\.pe-[a-z]\.jellyfish\.systems$/, /^h\d{1,4}\.fbrelay\.privateemail\.com$/],
    domains: [],
  },
  {
    name: 'Titan Email',
    // mail63.out.titan.email [34.202.218.147], in Amazon's network; customers publish
    // include:spf.titan.email.
    ranges: [],
    asns: [],
    rdnsSuffixes: [],
    rdnsPatterns: [/^mail\d{1,4}\.out\.titan\.email$/],
    domains: [],
  },
  {
    name: 'Purelymail',
    // sendmail.purelymail.com [34.202.193.197], in Amazon's network (real-mail round 177, list
    // copies of 2026); it signs twice, d=<customer> and d=purelymail.com, selector purelymail2. A
    // mailbox service: no customer scripts. Its one relay name, matched whole.
    ranges: [],
    asns: [],
    rdnsSuffixes: ['sendmail.purelymail.com'],
    // On AWS, which sets a reverse name only once its forward record holds the address.
    relayAsns: [14618, 16509],
    domains: ['purelymail.com'],
  },
  {
    name: 'Tuta Mail',
    // Tuta (Tutanota) for custom domains (include:spf.tutanota.de, a shared platform in
    // lib/findings/auth-state.ts): its relay mail.w13.tutanota.de [185.205.69.213] in its own AS
    // 210909 ("Tutao GmbH"), and its older w1-w4.tutanota.de [81.3.6.162-165] in kyberio's hosting
    // network, AS 24679 (public list copies of 2023: red-team round 204), known there only by a
    // forward-confirmed name: offline, a kyberio VM whose PTR imitates them would pass (round 207).
    // A mailbox service.
    ranges: [],
    asns: [210909],
    rdnsSuffixes: ['.tutanota.de'],
    domains: ['tutanota.de', 'tutanota.com', 'tuta.com', 'tuta.io'],
  },
  {
    name: 'Migadu',
    // A hosted-mail service for custom domains (include:spf.migadu.com, a shared platform in
    // lib/findings/auth-state.ts); its relays (out-172.mta0.migadu.com [91.218.175.172], public list
    // copies: red-team rounds 204 and 206) sit in its own AS 202172, "Migadu-Mail GmbH" in the
    // bundled data. A mailbox service: no customer scripts.
    ranges: [],
    asns: [202172],
    rdnsSuffixes: ['.migadu.com'],
    domains: ['migadu.com'],
  },
  {
    name: 'Microsoft Power Automate',
    // Its approval mail (flow-noreply@microsoft.com), unsigned, from Azure addresses Microsoft lists
    // one by one in _spf1-meo.microsoft.com, which microsoft.com's SPF includes (Microsoft Learn,
    // "Power Automate approval email delivery information", KB 4559558; real-mail round 188). No
    // names, no domains: DMARC still decides whose mail it is.
    ranges: [
      '52.165.175.144/32',
      '52.247.53.144/32',
      '157.55.254.216/32',
      '13.74.143.28/32',
      '104.214.25.77/32',
      '207.46.225.107/32',
      '51.137.58.21/32',
      '138.91.172.26/32',
      '52.250.107.196/32',
      '13.92.31.129/32',
      '51.144.100.179/32',
      '52.160.39.140/32',
      '52.244.206.214/32',
      '13.72.50.45/32',
      '20.118.139.208/30',
      '20.98.194.68/30',
      '20.83.222.104/30',
      '20.88.157.184/30',
      '20.59.80.4/30',
      '20.51.6.32/30',
      '20.97.34.220/30',
      '20.107.239.64/30',
      '20.105.209.76/30',
      '20.98.148.156/30',
      '20.69.8.108/30',
    ],
    asns: [],
    rdnsSuffixes: [],
    domains: [],
  },
  {
    name: 'Alibaba Mail',
    // out30-98.freemail.mail.aliyun.com [115.124.30.98], in Alibaba Cloud's network; Alibaba Mail
    // (Qiye) customers publish include:spf.mxhichina.com.
    ranges: [],
    asns: [],
    rdnsSuffixes: [],
    // Alibaba Mail's business relays too: out4436.biz.mail.alibaba.com [47.88.44.36] (real-mail
    // round 112, list archives of 2019-2021).
    rdnsPatterns: [
      /^out\d{1,3}-\d{1,3}\.(?:freemail\.)?mail\.aliyun\.com$/,
      /^out\d{1,5}\.biz\.mail\.alibaba\.com$/,
    ],
    relayAsns: [37963, 45102],
    domains: [],
  },
  {
    name: 'HostGator Mail',
    // HostGator's outbound gateways, gateway21.websitewelcome.com [192.185.45.147] (shown as
    // Network Solutions' in the bundled data), which carry every cPanel customer's mail, PHP
    // scripts' too: counted only beside an aligned signature (probe10). Customers publish
    // include:websitewelcome.com.
    ranges: [],
    asns: [],
    rdnsSuffixes: [],
    rdnsPatterns: [/^gateway\d{1,4}\.websitewelcome\.com$/],
    domains: [],
    carriesScripts: true,
  },
  {
    name: 'Bluehost Mail',
    // Bluehost's (Newfold's Unified Layer) outbound proxies, qproxy3-pub.mail.unifiedlayer.com
    // [67.222.38.20] and gproxyN-pub, fed by outbound-ss-N.bluehost.com, in AS 46606 (classed
    // hosting), which carry every cPanel account's mail, PHP scripts' too: counted only beside an
    // aligned signature, as HostGator's (real-mail round 126; layout from a public lore.kernel.org
    // copy, 2023). Customers publish include:bluehost.com.
    ranges: [],
    asns: [],
    rdnsSuffixes: [],
    rdnsPatterns: [/^[gq]proxy\d{1,4}-pub\.mail\.unifiedlayer\.com$/, /^outbound-ss-\d{1,5}\.bluehost\.com$/],
    domains: [],
    carriesScripts: true,
  },
  {
    name: 'Namecheap Hosting Mail',
    // Namecheap's shared cPanel servers hand their mail over themselves, premium237-5.web-hosting.com
    // [66.29.146.205] (AS 22612), scripts' mail too: counted only beside an aligned signature (real-
    // mail round 126; layout from a public lore.kernel.org copy, 2022). Customers publish
    // include:spf.web-hosting.com.
    ranges: [],
    asns: [],
    rdnsSuffixes: [],
    rdnsPatterns: [/^(?:premium|server|business|host)\d{1,4}(?:-\d{1,3})?\.web-hosting\.com$/],
    domains: [],
    carriesScripts: true,
  },
  {
    name: 'Infomaniak Mail',
    // Infomaniak's outbound relays, smtp-190d.mail.infomaniak.ch and the like (AS 29222), which
    // send every customer's mail, web hosting's PHP mail() too. Named so, an SPF-only pass through
    // them is another customer's as much as the domain's (SHARED_PLATFORMS), also where the
    // customer's record copies their addresses instead of include:spf.infomaniak.ch (red-team
    // round 131: a flattened record). Relay names from public lore.kernel.org copies, 2023-2026.
    ranges: [],
    asns: [],
    rdnsSuffixes: [],
    rdnsPatterns: [/^smtp-[0-9a-f]{4}\.mail\.infomaniak\.ch$/],
    domains: [],
  },
  {
    name: 'Gandi Mail',
    // Gandi's outbound relays, relay5-d.mail.gandi.net [217.70.183.197] (AS 29169): every Gandi
    // Mail customer's, as Infomaniak's (red-team round 131). Names from lore copies, 2022-2026.
    ranges: [],
    asns: [],
    rdnsSuffixes: [],
    rdnsPatterns: [/^relay\d{1,2}-[a-z]\.mail\.gandi\.net$/],
    domains: [],
  },
  // Shared web hosts whose one outbound relay carries every hosting account's mail, PHP mail()
  // too (real-mail round 138, red-team round 139): counted by name only beside an aligned
  // signature; without one, an SPF pass through them is "some customer of the host"
  // (lib/findings/auth-state.ts SHARED_PLATFORMS, Origin.platformRelay). Layouts from public
  // lore.kernel.org / lfdr.de list copies, 2021-2026.
  {
    name: 'GoDaddy Hosting Mail',
    // GoDaddy cPanel's ": HOSTING RELAY :", handed over by p3nlsmtpcp01-04.prod.phx3.secureserver.net
    // [184.168.200.145] (AS 26496).
    ranges: [],
    asns: [],
    rdnsSuffixes: [],
    rdnsPatterns: [/^[a-z0-9]+smtpcp\d+(?:-\d+)?\.prod\.[a-z0-9]+\.secureserver\.net$/],
    domains: [],
    carriesScripts: true,
  },
  {
    name: 'SiteGround Mail',
    // delivery.antispam.mailspamprotection.com [185.56.87.12] (in Google Cloud's AS 396982), after
    // the account's esm19.siteground.biz; customers publish include:_spf.mailspamprotection.com.
    ranges: [],
    asns: [],
    // Google Cloud sets a reverse name only for a verified domain (CONFIRMING_CLOUDS): offline the
    // printed name is SiteGround's (real-mail round 186).
    relayAsns: [396982],
    rdnsSuffixes: [],
    rdnsPatterns: [/^delivery\d{0,3}\.antispam\.mailspamprotection\.com$/],
    domains: [],
    carriesScripts: true,
  },
  {
    name: 'netcup Hosting Mail',
    // netcup's web hosting (Plesk, mx2e12.netcup.net) hands over through relay.yourmailgateway.de
    // [188.68.63.162] (AS 197540).
    ranges: [],
    asns: [],
    rdnsSuffixes: [],
    rdnsPatterns: [/^relay\d{0,3}\.yourmailgateway\.de$/],
    domains: [],
    carriesScripts: true,
  },
  {
    name: 'all-inkl Mail',
    // all-inkl.com's KAS servers (dd21710.kasserver.com [85.13.145.180], AS 34788) are each
    // account's MX, web server and outbound relay at once: the default record `a mx
    // include:spf.kasserver.com ~all` passes every account of the server.
    ranges: [],
    asns: [],
    rdnsSuffixes: [],
    rdnsPatterns: [/^dd\d{3,6}\.kasserver\.com$/],
    domains: [],
    carriesScripts: true,
  },
  {
    name: 'MailChannels',
    // The outbound relay of many shared hosts (DreamHost among them): <word>.<word>.relay.mailchannels.net,
    // in AS 63213 (23.83.208.0/20; the bundled data names the network "Astute Hosting"). No
    // relayAsns: that network, IONOS's 8560 and GoDaddy's 26496 rent servers whose reverse name
    // the customer sets, so a printed relay name there proves nothing offline (red-team round 196).
    ranges: [],
    asns: [],
    rdnsSuffixes: ['.relay.mailchannels.net'],
    domains: [],
  },
];
