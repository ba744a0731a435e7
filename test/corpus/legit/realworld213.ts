// Real-world delivery shapes, two-hundred-and-thirteenth round: genuine mail whose hand-off address
// lies inside the cloud providers' published blocks (lib/relay/published-hosting.ts,
// hosting-ranges-data.ts: AWS, Linode, Vultr, DigitalOcean, Oracle) or the curated HOSTING_RANGES
// (DigitalOcean's 2604:a880::/32 where it has no AS row, Tencent Cloud's IPv6), beside the ESPs that live
// inside those clouds and must stay ESPs: Amazon SES in regions round 211 did not model
// (ap-southeast-2, ap-northeast-1, ap-south-1, ca-central-1, sa-east-1, eu-north-1; Slack's), Azure Communication
// Services Email (leaving through Exchange Online Protection's outbound), Forward Email's outbound
// SMTP (smtp.forwardemail.net on Vultr and DigitalOcean); self-hosted community servers (Matrix
// Synapse, Mastodon, Discourse, GitLab, Gitea) on Linode, Vultr, DigitalOcean, Oracle Cloud and
// Tencent Cloud; and, for contrast, GitHub's own notification relays (its own AS, no cloud),
// Fastmail and Proton as senders. Readers: Gmail, Outlook (Exchange Online), Yahoo and a
// Postfix/Dovecot box with OpenDKIM/OpenDMARC/rspamd results (`--authserv-id`), online (a zone)
// and offline (no zone).
// Expectation: never spoofed; `['authenticated','unverified']` for mail a user should trust. By the
// product brief a hosted server that is not a known ESP is what a spoofer rents, so a self-hosted
// server on a cloud reads well only when it signs aligned AND its name is forward-confirmed under
// the From domain (online) or printed there by a cloud that checks reverse names (offline, AWS,
// Azure, Google Cloud and Linode: lib/findings/hosted-server.ts CONFIRMING_CLOUDS). Where that
// is missing a warning is by design, said per case: an unsigned SPF-only community server, a
// signed server under the cloud's default reverse name, offline servers on Vultr, DigitalOcean,
// Oracle and Tencent (which set whatever name a customer types).
// Where the layouts were learnt (`find_string` / `read_file` over the code corpus; ids are
// read_file ids):
// - Which provider each address falls in: `npx tsx lib/cli/main.ts classify` on this checkout
//   (69.169.232.12, 23.251.234.4, 76.223.180.116, 23.249.208.13, 54.240.1.2: "email service
//   provider: Amazon SES"; 149.28.215.223 and 207.246.76.47 Vultr; 164.92.70.200 DigitalOcean;
//   2604:a880:400:… DigitalOcean with no AS row; 240d:c000:… Tencent Cloud; 129.146.x Oracle Cloud;
//   172.104.x, 2a01:7e00:… Linode; 192.30.252.204 "not a known hosting or email provider").
// - SES ap-southeast-2 with a custom MAIL FROM: `Received: from b232-12.smtp-out.ap-southeast-2.
//   amazonses.com (… [69.169.232.12])`, dkim=pass for the author's domain (s=tm32yyds…, h=From:To:
//   Cc:Subject:Date:Message-ID:…) and amazonses.com (s=ulrbq2zjesb42hdt6rpnifgor3epinsy),
//   spf=pass smtp.mailfrom=bounce.<domain>, Message-ID rewritten to `<0108…-000000@ap-southeast-2.
//   amazonses.com>`, Feedback-ID `::1.ap-southeast-2.…:AmazonSES`, X-SES-Outgoing (id 61643376709,
//   a kernel-list copy through mail.lfdr.de's rspamd); SES's own envelope `0108…@ap-southeast-2.
//   amazonses.com` to Gmail (id 16436341298).
// - SES ap-northeast-1: `e234-4.smtp-out.ap-northeast-1.amazonses.com [23.251.234.4]` (id 46842839662),
//   envelope `0106…-000000@send.<domain>` (id 71278809034).
// - SES ap-south-1: `c180-116.smtp-out.ap-south-1.amazonses.com. [76.223.180.116]` by mx.google.com,
//   Return-Path `0109…-000000@ap-south-1.amazonses.com`, dmarc=pass (p=QUARANTINE …) (id 27701084663).
// - SES ca-central-1 and sa-east-1: only the relay names `d208-13.smtp-out.ca-central-1.amazonses.com`
//   (id 20532857824) and `a1-2.smtp-out.sa-east-1.amazonses.com` (id 69397592311); their addresses
//   are inferred from SES's naming (a=54.240, b=69.169, c=76.223, d=23.249, e=23.251, then the third
//   and fourth octets, as every copy above shows) and lie in amazonses.com's SPF ranges (ids
//   58039337415, 60174356608).
// - Azure Communication Services Email on a custom (sub)domain: `Received-SPF: Pass … envelope-from=
//   donotreply@mail.notemd.co.uk; helo=cwxp265cu009.outbound.protection.outlook.com`, dkim=pass
//   header.d=mail.notemd.co.uk header.s=selector1-azurecomm-prod-net (id 71288098458); the domain's
//   SPF `include:spf.protection.outlook.com -all` and the CNAME selector1-azurecomm-prod-net.
//   _domainkey → …azurecomm.net (ids 1642323642, 16986396374; Microsoft Learn, "Email domains and
//   sender authentication for Azure Communication Services").
// - Forward Email's outbound SMTP: `Received: from smtp.forwardemail.net (smtp.forwardemail.net
//   [149.28.215.223])`, also 207.246.76.47, 164.92.70.200, 121.127.44.x; DKIM d=<user's domain>
//   s=fe-<hex> over Content-Transfer-Encoding:Content-Type:…:Message-ID; spf=pass smtp.mailfrom=
//   fe-bounces.<domain>; X-ForwardEmail-Version/-Sender/-ID and X-Report-Abuse headers (ids
//   13832183824, 5095809440, 1390209559).
// - GitHub's notification relays `out-21.smtp.github.com [192.30.252.204]`, d=github.com s=pf2014,
//   envelope noreply@github.com (ids 1602315386, 8394266681).
// - Fastmail `fout-a8-smtp.messagingengine.com [103.168.172.151]` with d=<own domain> and
//   d=messagingengine.com (id 26554305910); Proton `mail-4317.protonmail.ch [185.70.43.17]` with the
//   customer's own d= (ids 39869732187, 3114101907).
// - SES eu-north-1: `e240-2.smtp-out.eu-north-1.amazonses.com [23.251.240.2]`, the author's stale
//   first signature (dkim=fail "key not found in DNS") under SES's two passes (id 53757876799).
// - Slack through SES: d=slack.com and d=amazonses.com, envelope `0101…-000000@mail.slack.com`,
//   69.169.237.184 and 54.240.37.228, dmarc=pass (p=REJECT) (ids 8706954522, 7929618778); the relay
//   name b237-184.smtp-out.amazonses.com is inferred from SES's naming.
// - Multi-domain self-hosted servers (Mailcow, Mail-in-a-Box): modelled (one server's confirmed name
//   under the operator's domain, the second domain's MX and `mx -all` SPF pointing at it).
// - Gmail's, Yahoo's, Exchange Online's and the box's entry and results: test/corpus/receivers.ts,
//   as realworld211.ts writes them (its `deliver`, copied here).
// NOT confirmed (modelled): the SES ca-central-1 and sa-east-1 addresses (inferred as said); Azure
// Communication Services' hand-off address (only its HELO is in the copy: an address in EOP's
// published 52.100.0.0/15 is modelled, with a reverse name of EOP's pattern); the self-hosted
// community servers' layouts (a plain Postfix with OpenDKIM, as any; Synapse, Mastodon, Discourse,
// GitLab and Gitea each hand their mail to the local Postfix by SMTP on 127.0.0.1 when so set up);
// Linode's default reverse name `li…members.linode.com` on a 45.79.x address; Atlassian, Slack,
// Zoom and Stripe sending through SES (a public copy showed Atlassian's Confluence through
// SendGrid, id 15117997903, so no case claims AWS for them); Amazon WorkMail (round 211 has it).
// Every SPF record, DMARC policy and customer address is made up to fit (documentation names)
// except the providers' hosts and ranges and github.com; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, KEY, legitCorpus, ptr, RECEIVER, type Relay } from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { type Found, type Reader, readerDelivery, signInOrder } from '../reader-delivery';

const BOX = ['--authserv-id', RECEIVER];
const GMAIL = ['--webmail', 'gmail'];
const OUTLOOK = ['--webmail', 'outlook'];
const YAHOO = ['--webmail', 'yahoo'];

/** Genuine mail under the From domain's own passing signature through an ESP: trust, no warning. */
const TRUSTED: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['spoofed', 'suspicious'],
};
/**
 * A self-hosted server on a cloud that signs aligned under a name the reader cannot confirm (the
 * cloud's default name, or offline a cloud that checks nothing): the brief's "what spoofers rent";
 * a warning is the expected cost, never spoofed.
 */
const RENTED_SIGNED: CaseExpectation = {
  verdict: ['authenticated', 'unverified', 'suspicious'],
  notVerdict: ['spoofed'],
};
/** An unsigned SPF-only server on a cloud: a warning is by design; never spoofed. */
const SPF_ONLY_CLOUD: CaseExpectation = {
  verdict: ['unverified', 'suspicious', 'authenticated'],
  notVerdict: ['spoofed'],
};

let deliver = readerDelivery({ round: '213', lmtp: 'vP4aQ5z3RYh2eSBB' });

interface Shape {
  name: string;
  about: string;
  class: string;
  reader: Reader;
  raw: string;
  relay: Relay;
  env: string;
  found: Found;
  zone: Record<string, unknown>;
  expect: CaseExpectation;
  /** Also written without a zone (`<name>-offline`). */
  offline?: boolean;
  offlineExpect?: CaseExpectation;
  twin?: boolean;
}

const READER_ARGS: Record<Reader, string[]> = { gmail: GMAIL, box: BOX, yahoo: YAHOO, outlook: OUTLOOK };

/** What OpenDKIM (a self-hosted Postfix) signs by default, roughly. */
const OWN_H = ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'];
/** SES's list in the ap-southeast-2 copy (From:To:Cc:Subject:Date:Message-ID:…:MIME-Version). */
const SES_H = ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'];
/** Forward Email's (Content-Type:…:From:…:To:Subject:MIME-Version:Date:Message-ID). */
const FE_H = ['content-type', 'from', 'to', 'subject', 'mime-version', 'date', 'message-id'];
const key = (...names: string[]) => Object.fromEntries(names.map((n) => [n, KEY()]));
const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, record: string) => ({ [d]: { TXT: [record] } });
const pass = (from: string, policy: string | null): Found['dmarc'] => ({ from, policy, result: 'pass' });
/** A self-hosted app handing its mail to the local Postfix (below the server's hand-off). */
const localHop = (host: string, id: string, at = '09:59:58') =>
  `Received: from localhost (localhost [127.0.0.1])\r\n\tby ${host} (Postfix) with ESMTP id ${id}\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 ${at} +0000 (UTC)`;
const mail = (from: string, subject: string, body: string, msgHost: string, extra: string[] = []) =>
  submitted({
    from,
    subject,
    messageId: `<${subject.length}.w213.${Buffer.from(subject).toString('hex').slice(0, 10)}@${msgHost}>`,
    body,
    extraHeaders: extra,
  });

// =============================================================================================
// 1. Amazon SES in the regions round 211 did not model (must stay an ESP)
// =============================================================================================
const SES_SPF =
  'v=spf1 ip4:199.255.192.0/22 ip4:199.127.232.0/22 ip4:54.240.0.0/18 ip4:69.169.224.0/20 ip4:23.249.208.0/20 ip4:23.251.224.0/19 ip4:76.223.176.0/20 ip4:54.240.64.0/18 ip4:76.223.128.0/19 ip4:216.221.160.0/19 ip4:206.55.144.0/20 ip4:24.110.64.0/18 -all';
const sesRelay = (name: string, ip: string): Relay => ({ helo: name, rdns: name, ip });
const SES_SYD = sesRelay('b232-12.smtp-out.ap-southeast-2.amazonses.com', '69.169.232.12');
const SES_TYO = sesRelay('e234-4.smtp-out.ap-northeast-1.amazonses.com', '23.251.234.4');
const SES_BOM = sesRelay('c180-116.smtp-out.ap-south-1.amazonses.com', '76.223.180.116');
const SES_YUL = sesRelay('d208-13.smtp-out.ca-central-1.amazonses.com', '23.249.208.13');
const SES_GRU = sesRelay('a1-2.smtp-out.sa-east-1.amazonses.com', '54.240.1.2');
const SES_SLACK = sesRelay('b237-184.smtp-out.amazonses.com', '69.169.237.184');
const SES_LEGACY = sesRelay('a54-12.smtp-out.amazonses.com', '54.240.54.12');
const SES_ARN = sesRelay('e240-2.smtp-out.eu-north-1.amazonses.com', '23.251.240.2');
const SES_SEL = 'ulrbq2zjesb42hdt6rpnifgor3epinsy';
const SES_ZONE = {
  ...Object.assign({}, ...[SES_SYD, SES_TYO, SES_BOM, SES_YUL, SES_GRU].map((r) => ptr(r.ip, r.rdns))),
  ...txt('amazonses.com', SES_SPF),
  ...Object.fromEntries(
    ['ap-southeast-2', 'ap-northeast-1', 'ap-south-1', 'ca-central-1', 'sa-east-1'].map((r) => [
      `${r}.amazonses.com`,
      { TXT: [SES_SPF] },
    ]),
  ),
  ...key(`${SES_SEL}._domainkey.amazonses.com`),
};
/** SES's own headers: Feedback-ID and X-SES-Outgoing (the ap-southeast-2 copy). */
const sesHeaders = (region: string, ip: string) => [
  `Feedback-ID: ::1.${region}.Bo07if0thBjjxfhnG0PllidpkDb4AFgWjQ4XZlpgJDk=:AmazonSES`,
  `X-SES-Outgoing: 2026.11.20-${ip}`,
];
/** The SES-rewritten Message-ID (the copy's `<0108…-000000@ap-southeast-2.amazonses.com>`). */
const sesId = (region: string, n: number) =>
  `<010${n}019f32a3c2c3-6c45997f-be66-4ea6-86a3-e6d8bc5493c${n}-000000@${region}.amazonses.com>`;

async function sesCases(emit: (s: Shape) => void): Promise<void> {
  // ap-southeast-2, custom MAIL FROM bounce.<domain> (the kernel-list copy, id 61643376709).
  const syd = await signInOrder(
    submitted({
      from: 'Ellis Grant <mail@ellisgrant.example>',
      subject: 'Re: quote for the garden studio build',
      messageId: sesId('ap-southeast-2', 8),
      body: 'Hi Robin,\r\n\r\nthanks, the revised quote works for us; we can start on the 7th.\r\n\r\nEllis\r\n',
      extraHeaders: sesHeaders('ap-southeast-2', SES_SYD.ip),
    }),
    [
      { d: 'ellisgrant.example', s: 'tm32yydslvviquw2x2q4ycbntmmm3paz', h: SES_H, c: 'relaxed/simple' },
      { d: 'amazonses.com', s: SES_SEL, h: [...SES_H, 'feedback-id'], c: 'relaxed/simple' },
    ],
  );
  const sydFound: Found = {
    dkim: [
      { d: 'ellisgrant.example', s: 'tm32yydslvviquw2x2q4ycbntmmm3paz', r: 'pass' },
      { d: 'amazonses.com', s: SES_SEL, r: 'pass' },
    ],
    spf: 'pass',
    dmarc: pass('ellisgrant.example', 'none'),
  };
  const sydZone = {
    ...SES_ZONE,
    ...txt('bounce.ellisgrant.example', 'v=spf1 include:amazonses.com ~all'),
    ...dmarc('ellisgrant.example', 'none'),
    ...key('tm32yydslvviquw2x2q4ycbntmmm3paz._domainkey.ellisgrant.example'),
  };
  emit({
    name: 'w213-box-ses-ap-southeast-2-custom-mail-from-own-key',
    about:
      "Genuine: a one-person business in Sydney writes through Amazon SES's ap-southeast-2 relays (b232-12.smtp-out.ap-southeast-2.amazonses.com, 69.169.232.12) with its own Easy DKIM key and SES's, a custom MAIL FROM bounce.ellisgrant.example, SES's rewritten Message-ID, Feedback-ID and X-SES-Outgoing (a public kernel-list copy's layout). The box: both signatures pass, spf=pass, dmarc=pass (p=none). SES is an ESP inside AWS: trust, no rented-server warning.",
    class: 'ses',
    reader: 'box',
    raw: syd,
    relay: SES_SYD,
    env: '0108019f32a3c2c3-6c45997f-be66-4ea6-86a3-e6d8bc5493c8-000000@bounce.ellisgrant.example',
    found: sydFound,
    zone: sydZone,
    expect: TRUSTED,
    offline: true,
    twin: true,
  });
  emit({
    name: 'w213-gmail-ses-ap-southeast-2-custom-mail-from-own-key',
    about:
      'Genuine: the same Sydney message through SES ap-southeast-2 read in Gmail: dkim=pass for ellisgrant.example and amazonses.com, spf=pass for bounce.ellisgrant.example, dmarc=pass. Trust.',
    class: 'ses',
    reader: 'gmail',
    raw: syd,
    relay: SES_SYD,
    env: '0108019f32a3c2c3-6c45997f-be66-4ea6-86a3-e6d8bc5493c8-000000@bounce.ellisgrant.example',
    found: sydFound,
    zone: sydZone,
    expect: TRUSTED,
  });

  // ap-northeast-1, envelope under send.<domain> (ids 46842839662, 71278809034).
  const tyo = await signInOrder(
    submitted({
      from: 'Tsubame Cloud <no-reply@tsubame-cloud.example>',
      subject: 'Your invoice for November is ready',
      messageId: sesId('ap-northeast-1', 6),
      body: 'Hello Robin,\r\n\r\nyour November invoice (JPY 4,180) is ready in the console; it will be charged on 1 December.\r\n\r\nTsubame Cloud\r\n',
      extraHeaders: sesHeaders('ap-northeast-1', SES_TYO.ip),
    }),
    [
      { d: 'tsubame-cloud.example', s: 'zh4gjftm6etwoq6afzugpky45synznly', h: SES_H, c: 'relaxed/simple' },
      { d: 'amazonses.com', s: SES_SEL, h: [...SES_H, 'feedback-id'], c: 'relaxed/simple' },
    ],
  );
  emit({
    name: 'w213-gmail-ses-ap-northeast-1-send-subdomain-envelope',
    about:
      "Genuine: a Japanese SaaS's invoice notice through SES ap-northeast-1 (e234-4.smtp-out.ap-northeast-1.amazonses.com, 23.251.234.4), its own key and SES's, envelope under send.tsubame-cloud.example (custom MAIL FROM), p=quarantine. Gmail: all pass. SES stays an ESP: trust.",
    class: 'ses',
    reader: 'gmail',
    raw: tyo,
    relay: SES_TYO,
    env: '010601a107bea22f-9cee5436-f371-4073-8da4-445909e3c621-000000@send.tsubame-cloud.example',
    found: {
      dkim: [
        { d: 'tsubame-cloud.example', s: 'zh4gjftm6etwoq6afzugpky45synznly', r: 'pass' },
        { d: 'amazonses.com', s: SES_SEL, r: 'pass' },
      ],
      spf: 'pass',
      dmarc: pass('tsubame-cloud.example', 'quarantine'),
    },
    zone: {
      ...SES_ZONE,
      ...txt('send.tsubame-cloud.example', 'v=spf1 include:amazonses.com ~all'),
      ...dmarc('tsubame-cloud.example', 'quarantine'),
      ...key('zh4gjftm6etwoq6afzugpky45synznly._domainkey.tsubame-cloud.example'),
    },
    expect: TRUSTED,
    offline: true,
  });

  // ap-south-1, SES's own envelope (id 27701084663).
  const bom = await signInOrder(
    submitted({
      from: 'PaisaLedger <alerts@paisaledger.example>',
      subject: 'SIP of Rs 5,000 processed',
      messageId: sesId('ap-south-1', 9),
      body: 'Dear Robin,\r\n\r\nyour monthly SIP of Rs 5,000 into the Index Fund was processed today.\r\n\r\nPaisaLedger\r\n',
      extraHeaders: sesHeaders('ap-south-1', SES_BOM.ip),
    }),
    [
      { d: 'paisaledger.example', s: 'k3v7p2qj6wzt4xh5n8rb2mfy9dce1sla', h: SES_H, c: 'relaxed/simple' },
      { d: 'amazonses.com', s: SES_SEL, h: [...SES_H, 'feedback-id'], c: 'relaxed/simple' },
    ],
  );
  emit({
    name: 'w213-yahoo-ses-ap-south-1-ses-envelope-quarantine',
    about:
      "Genuine: an Indian investment app's notice through SES ap-south-1 (c180-116.smtp-out.ap-south-1.amazonses.com, 76.223.180.116), SES's own envelope 0109…@ap-south-1.amazonses.com, its own key and SES's, p=quarantine (dmarc passes by DKIM). Yahoo: all pass. Trust.",
    class: 'ses',
    reader: 'yahoo',
    raw: bom,
    relay: SES_BOM,
    env: '0109019547ae2991-63e9864b-2b1e-4f66-a19f-9b3936896b7c-000000@ap-south-1.amazonses.com',
    found: {
      dkim: [
        { d: 'paisaledger.example', s: 'k3v7p2qj6wzt4xh5n8rb2mfy9dce1sla', r: 'pass' },
        { d: 'amazonses.com', s: SES_SEL, r: 'pass' },
      ],
      spf: 'pass',
      dmarc: pass('paisaledger.example', 'quarantine'),
    },
    zone: {
      ...SES_ZONE,
      ...dmarc('paisaledger.example', 'quarantine'),
      ...key('k3v7p2qj6wzt4xh5n8rb2mfy9dce1sla._domainkey.paisaledger.example'),
    },
    expect: TRUSTED,
    offline: true,
  });

  // ca-central-1 (address inferred from the relay name).
  const yul = await signInOrder(
    submitted({
      from: 'Maple Care Clinics <appointments@maplecare.example>',
      subject: 'Reminder: appointment Tuesday 09:40',
      messageId: sesId('ca-central-1', 4),
      body: 'Hello Robin,\r\n\r\na reminder of your appointment on Tuesday at 09:40 at our Bank Street clinic.\r\n\r\nMaple Care\r\n',
      extraHeaders: sesHeaders('ca-central-1', SES_YUL.ip),
    }),
    [
      { d: 'maplecare.example', s: 'r5t2w8y4u6i1o3p7a9s2d4f6g8h1j3k5', h: SES_H, c: 'relaxed/simple' },
      { d: 'amazonses.com', s: SES_SEL, h: [...SES_H, 'feedback-id'], c: 'relaxed/simple' },
    ],
  );
  emit({
    name: 'w213-outlook-ses-ca-central-1-clinic-reminder-mail-from',
    about:
      "Genuine: a Canadian clinic's reminder through SES ca-central-1 (d208-13.smtp-out.ca-central-1.amazonses.com; 23.249.208.13 inferred from SES's naming), custom MAIL FROM mail.maplecare.example, its own key and SES's, p=reject. Exchange Online: all pass, compauth=pass. Trust.",
    class: 'ses',
    reader: 'outlook',
    raw: yul,
    relay: SES_YUL,
    env: '0104019f2a1b3c4d-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9-000000@mail.maplecare.example',
    found: {
      dkim: [
        { d: 'maplecare.example', s: 'r5t2w8y4u6i1o3p7a9s2d4f6g8h1j3k5', r: 'pass' },
        { d: 'amazonses.com', s: SES_SEL, r: 'pass' },
      ],
      spf: 'pass',
      dmarc: pass('maplecare.example', 'reject'),
    },
    zone: {
      ...SES_ZONE,
      ...txt('mail.maplecare.example', 'v=spf1 include:amazonses.com -all'),
      ...dmarc('maplecare.example', 'reject'),
      ...key('r5t2w8y4u6i1o3p7a9s2d4f6g8h1j3k5._domainkey.maplecare.example'),
    },
    expect: TRUSTED,
  });

  // sa-east-1 (address inferred), SES's envelope; the box.
  const gru = await signInOrder(
    submitted({
      from: 'Loja Aurora <pedidos@lojaaurora.example>',
      subject: 'Pedido 88213 enviado',
      messageId: sesId('sa-east-1', 2),
      body: 'Ola Robin,\r\n\r\nseu pedido 88213 foi enviado; o codigo de rastreio chega em seguida.\r\n\r\nLoja Aurora\r\n',
      extraHeaders: sesHeaders('sa-east-1', SES_GRU.ip),
    }),
    [
      { d: 'lojaaurora.example', s: 'b7n3m5k2j8h4g6f1d9s3a5p7o2i4u6y8', h: SES_H, c: 'relaxed/simple' },
      { d: 'amazonses.com', s: SES_SEL, h: [...SES_H, 'feedback-id'], c: 'relaxed/simple' },
    ],
  );
  emit({
    name: 'w213-box-ses-sa-east-1-shop-ses-envelope',
    about:
      "Genuine: a Brazilian shop's shipping notice through SES sa-east-1 (a1-2.smtp-out.sa-east-1.amazonses.com; 54.240.1.2 inferred), SES's envelope …@sa-east-1.amazonses.com, its own key and SES's, p=quarantine. The box: all pass. Trust.",
    class: 'ses',
    reader: 'box',
    raw: gru,
    relay: SES_GRU,
    env: '0103019f2a1b3c4d-aa6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b2-000000@sa-east-1.amazonses.com',
    found: {
      dkim: [
        { d: 'lojaaurora.example', s: 'b7n3m5k2j8h4g6f1d9s3a5p7o2i4u6y8', r: 'pass' },
        { d: 'amazonses.com', s: SES_SEL, r: 'pass' },
      ],
      spf: 'pass',
      dmarc: pass('lojaaurora.example', 'quarantine'),
    },
    zone: {
      ...SES_ZONE,
      ...dmarc('lojaaurora.example', 'quarantine'),
      ...key('b7n3m5k2j8h4g6f1d9s3a5p7o2i4u6y8._domainkey.lojaaurora.example'),
    },
    expect: TRUSTED,
    offline: true,
  });
  // eu-north-1: the author's own provider signed first (its key since removed from DNS), then SES
  // re-signed with his Easy DKIM key and amazonses.com (id 53757876799: dkim=fail "key not found in
  // DNS" beside two passes, spf=pass smtp.mailfrom=eu-north-1.amazonses.com, dmarc=pass p=reject).
  const arn = await signInOrder(
    submitted({
      from: 'Martin Palm <martin@polarkant.example>',
      subject: '[PATCH v3] usb: scan all MDIO addresses on the external PHY',
      messageId: sesId('eu-north-1', 0),
      body: 'The external PHY sits at MDIO address 10; scan all 32 addresses.\r\n\r\nSigned-off-by: Martin Palm <martin@polarkant.example>\r\n',
      extraHeaders: [...sesHeaders('eu-north-1', SES_ARN.ip), 'X-Mailer: b4 0.14.3'],
    }),
    [
      { d: 'polarkant.example', s: '20230429', h: [...OWN_H, 'from', 'subject'] },
      { d: 'polarkant.example', s: 'n6aiayff3zq3manwyovyvpolm4pou2ef', h: SES_H, c: 'relaxed/simple' },
      { d: 'amazonses.com', s: SES_SEL, h: [...SES_H, 'feedback-id'], c: 'relaxed/simple' },
    ],
  );
  emit({
    name: 'w213-box-ses-eu-north-1-stale-first-signature-two-passes',
    about:
      "Genuine: a developer's patch sent with b4 through SES eu-north-1 (e240-2.smtp-out.eu-north-1.amazonses.com, 23.251.240.2): his old provider's signature (s=20230429, key since removed) fails beside SES's Easy DKIM pass for polarkant.example and amazonses.com's pass; SES's envelope @eu-north-1.amazonses.com, p=reject. The box: dkim fail + pass + pass, spf=pass, dmarc=pass. An aligned pass stands: trust; the stale signature is no sign of forgery.",
    class: 'ses',
    reader: 'box',
    raw: arn,
    relay: SES_ARN,
    env: '0110019c6f388aff-98d99cf0-4425-4fff-b16b-dea5ad8fafe0-000000@eu-north-1.amazonses.com',
    found: {
      dkim: [
        { d: 'polarkant.example', s: 'n6aiayff3zq3manwyovyvpolm4pou2ef', r: 'pass' },
        { d: 'amazonses.com', s: SES_SEL, r: 'pass' },
        { d: 'polarkant.example', s: '20230429', r: 'fail' },
      ],
      spf: 'pass',
      dmarc: pass('polarkant.example', 'reject'),
    },
    zone: {
      ...SES_ZONE,
      ...ptr(SES_ARN.ip, SES_ARN.rdns),
      ...txt('eu-north-1.amazonses.com', SES_SPF),
      ...dmarc('polarkant.example', 'reject'),
      ...key('n6aiayff3zq3manwyovyvpolm4pou2ef._domainkey.polarkant.example'),
    },
    expect: TRUSTED,
    offline: true,
  });
  // Slack's notifications through SES (ids 8706954522, 7929618778: d=slack.com and d=amazonses.com,
  // envelope 0101…-000000@mail.slack.com, 69.169.237.184 and 54.240.37.228, dmarc=pass p=REJECT).
  const slack = await signInOrder(
    submitted({
      from: 'Slack <feedback@slack.com>',
      to: 'robin@reader.example',
      subject: '[Slack] New messages from Marta in #hardware',
      messageId: '<0101019f2a7c5e31-3c2d9a1e-77b0-4e8f-9c55-1f0a2b3c4d5e-000000@email.amazonses.com>',
      body: 'Hi Robin,\r\n\r\nyou have a new mention from Marta in #hardware at Gitnook:\r\n"@robin the router patch is ready for review"\r\n\r\nThe Slack team\r\n',
      extraHeaders: sesHeaders('us-east-1', SES_SLACK.ip),
    }),
    [
      { d: 'slack.com', s: 'uwk3bwvqdj7skisaka6vhyomezh2btzz', h: SES_H },
      { d: 'amazonses.com', s: SES_SEL, h: [...SES_H, 'feedback-id'] },
    ],
  );
  const slackFound: Found = {
    dkim: [
      { d: 'slack.com', s: 'uwk3bwvqdj7skisaka6vhyomezh2btzz', r: 'pass' },
      { d: 'amazonses.com', s: SES_SEL, r: 'pass' },
    ],
    spf: 'pass',
    dmarc: pass('slack.com', 'reject'),
  };
  const slackZone = {
    ...SES_ZONE,
    ...ptr(SES_SLACK.ip, SES_SLACK.rdns),
    ...txt('mail.slack.com', 'v=spf1 include:amazonses.com -all'),
    ...dmarc('slack.com', 'reject'),
    ...key('uwk3bwvqdj7skisaka6vhyomezh2btzz._domainkey.slack.com'),
  };
  const slackEnv = '01010175b1758008-a5c3cccf-f630-4771-9a1f-5ecdbeaa73b1-000000@mail.slack.com';
  emit({
    name: 'w213-gmail-slack-notification-through-ses',
    about:
      "Genuine: Slack's mention notice leaving through SES (b237-184.smtp-out.amazonses.com, 69.169.237.184), signed d=slack.com and d=amazonses.com, envelope 0101…@mail.slack.com (custom MAIL FROM), slack.com p=reject. Gmail: all pass (a public copy's results). A SaaS running its outbound on AWS's ESP: trust.",
    class: 'saas-on-ses',
    reader: 'gmail',
    raw: slack,
    relay: SES_SLACK,
    env: slackEnv,
    found: slackFound,
    zone: slackZone,
    expect: TRUSTED,
    offline: true,
  });
  emit({
    name: 'w213-outlook-slack-notification-through-ses',
    about:
      'Genuine: the same Slack notice read in Exchange Online: dkim pass for slack.com and amazonses.com, spf=pass mail.slack.com, dmarc=pass, compauth=pass. Trust.',
    class: 'saas-on-ses',
    reader: 'outlook',
    raw: slack,
    relay: SES_SLACK,
    env: slackEnv,
    found: slackFound,
    zone: slackZone,
    expect: TRUSTED,
  });

  // A legacy SES identity: verified by TXT only, no Easy DKIM, no custom MAIL FROM; only
  // amazonses.com signs, so DMARC fails unaligned (p=none: delivered).
  const legacy = await signInOrder(
    submitted({
      from: 'Riverside Rowing Club <secretary@riverside-rowing.example>',
      subject: 'Regatta entries close Friday',
      messageId: '<0100019f2a7c5e31-8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d-000000@email.amazonses.com>',
      body: 'Hello members,\r\n\r\nentries for the winter regatta close on Friday; sign up on the noticeboard.\r\n\r\nThe Secretary\r\n',
      extraHeaders: sesHeaders('us-east-1', SES_LEGACY.ip),
    }),
    [{ d: 'amazonses.com', s: SES_SEL, h: [...SES_H, 'feedback-id'] }],
  );
  emit({
    name: 'w213-gmail-ses-legacy-identity-amazonses-only-dmarc-none',
    about:
      "Genuine but unauthenticated: a rowing club's old SES identity (verified by TXT, no Easy DKIM, SES's own envelope) sends from a54-12.smtp-out.amazonses.com (54.240.54.12): only amazonses.com signs, spf=pass for amazonses.com, dmarc=fail (p=none). Nothing vouches for the club's domain: unverified, a warning tolerated; never spoofed (p=none, a real ESP's relay).",
    class: 'ses',
    reader: 'gmail',
    raw: legacy,
    relay: SES_LEGACY,
    env: '0100019f2a7c5e31-8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d-000000@amazonses.com',
    found: {
      dkim: [{ d: 'amazonses.com', s: SES_SEL, r: 'pass' }],
      spf: 'pass',
      dmarc: { from: 'riverside-rowing.example', policy: 'none', result: 'fail' },
    },
    zone: {
      ...SES_ZONE,
      ...ptr(SES_LEGACY.ip, SES_LEGACY.rdns),
      ...dmarc('riverside-rowing.example', 'none'),
    },
    expect: { verdict: ['unverified', 'suspicious'], notVerdict: ['spoofed'] },
    offline: true,
  });
}

// =============================================================================================
// 2. Azure Communication Services Email (custom subdomain; out through EOP's outbound)
// =============================================================================================
const ACS: Relay = {
  helo: 'CWXP265CU009.outbound.protection.outlook.com',
  rdns: 'mail-cwxp265cu00901.outbound.protection.outlook.com',
  ip: '52.101.195.12',
};
const ACS_ZONE = {
  ...M365_SPF_ZONE,
  ...ptr(ACS.ip, ACS.rdns),
  ...txt('mail.notewell-health.example', 'v=spf1 include:spf.protection.outlook.com -all'),
  ...dmarc('notewell-health.example', 'quarantine'),
  ...key('selector1-azurecomm-prod-net._domainkey.mail.notewell-health.example'),
};

async function acsCases(emit: (s: Shape) => void): Promise<void> {
  const raw = await signInOrder(
    mail(
      'DoNotReply <DoNotReply@mail.notewell-health.example>',
      'Your clinic letter is ready to view',
      'Hello Robin,\r\n\r\nyour clinic letter from 18 November is ready to view in the Notewell app.\r\n\r\nNotewell Health\r\n',
      'mail.notewell-health.example',
    ),
    [
      {
        d: 'mail.notewell-health.example',
        s: 'selector1-azurecomm-prod-net',
        h: ['from', 'date', 'subject', 'message-id', 'content-type', 'mime-version'],
      },
    ],
  );
  const found: Found = {
    dkim: [{ d: 'mail.notewell-health.example', s: 'selector1-azurecomm-prod-net', r: 'pass' }],
    spf: 'pass',
    dmarc: pass('mail.notewell-health.example', 'quarantine'),
  };
  emit({
    name: 'w213-gmail-acs-custom-subdomain-selector1-azurecomm',
    about:
      "Genuine: a health app's notice through Azure Communication Services Email on its verified subdomain mail.notewell-health.example (SPF include:spf.protection.outlook.com -all, DKIM s=selector1-azurecomm-prod-net CNAMEd to azurecomm.net), envelope DoNotReply@ that subdomain, handed off by CWXP265CU009.outbound.protection.outlook.com (EOP's outbound; address modelled in 52.100.0.0/15); DMARC inherited from the organisation (p=quarantine). Gmail: all pass. Trust.",
    class: 'azure-communication-services',
    reader: 'gmail',
    raw,
    relay: ACS,
    env: 'DoNotReply@mail.notewell-health.example',
    found,
    zone: ACS_ZONE,
    expect: TRUSTED,
    offline: true,
    twin: true,
  });
  emit({
    name: 'w213-box-acs-custom-subdomain-selector1-azurecomm',
    about:
      'Genuine: the same Azure Communication Services notice read on a Postfix box: dkim=pass mail.notewell-health.example, spf=pass, dmarc=pass (organisational p=quarantine). Trust.',
    class: 'azure-communication-services',
    reader: 'box',
    raw,
    relay: ACS,
    env: 'DoNotReply@mail.notewell-health.example',
    found,
    zone: ACS_ZONE,
    expect: TRUSTED,
    offline: true,
  });
}

// =============================================================================================
// 3. Forward Email's outbound SMTP (smtp.forwardemail.net on Vultr and DigitalOcean)
// =============================================================================================
const FE_VULTR: Relay = {
  helo: 'smtp.forwardemail.net',
  rdns: 'smtp.forwardemail.net',
  ip: '149.28.215.223',
};
const FE_DO: Relay = { helo: 'smtp.forwardemail.net', rdns: 'smtp.forwardemail.net', ip: '164.92.70.200' };
const FE_SPF = 'v=spf1 ip4:149.28.215.223 ip4:207.246.76.47 ip4:164.92.70.200 ip4:121.127.44.0/24 -all';
const feHeaders = (ip: string, who: string) => [
  'X-Report-Abuse-To: abuse@forwardemail.net',
  'X-Report-Abuse: abuse@forwardemail.net',
  'X-Complaints-To: abuse@forwardemail.net',
  'X-ForwardEmail-Version: 1.2.4',
  `X-ForwardEmail-Sender: rfc822; ${who}, smtp.forwardemail.net,\r\n ${ip}`,
  'X-ForwardEmail-ID: 6733d89e9402f7538d213676',
];

async function forwardEmailCases(emit: (s: Shape) => void): Promise<void> {
  const who = 'jonas@karlsvik.example';
  const raw = await signInOrder(
    mail(
      `Jonas Karlsvik <${who}>`,
      'Re: board bring-up notes',
      'Hi Robin,\r\n\r\nthe io-domain needs to be probed before the mmc driver; my notes are below.\r\n\r\nJonas\r\n',
      'karlsvik.example',
      feHeaders(FE_VULTR.ip, who),
    ),
    [{ d: 'karlsvik.example', s: 'fe-e1b5cab7be', h: FE_H }],
  );
  const zone = {
    ...ptr(FE_VULTR.ip, FE_VULTR.rdns),
    ...txt('spf.forwardemail.net', FE_SPF),
    ...txt('fe-bounces.karlsvik.example', 'v=spf1 include:spf.forwardemail.net -all'),
    ...dmarc('karlsvik.example', 'none'),
    ...key('fe-e1b5cab7be._domainkey.karlsvik.example'),
  };
  emit({
    name: 'w213-box-forwardemail-outbound-vultr-own-key',
    about:
      "Genuine: a developer sends from his own domain through Forward Email's outbound SMTP (smtp.forwardemail.net, 149.28.215.223 on Vultr, forward-confirmed), signed d=karlsvik.example s=fe-e1b5cab7be, envelope under fe-bounces.karlsvik.example, X-ForwardEmail-* headers (public kernel-list copies' layout). The box: dkim/spf/dmarc pass. Forward Email is an ESP (by its confirmed name): trust.",
    class: 'forwardemail-outbound',
    reader: 'box',
    raw,
    relay: FE_VULTR,
    env: 'bounces@fe-bounces.karlsvik.example',
    found: {
      dkim: [{ d: 'karlsvik.example', s: 'fe-e1b5cab7be', r: 'pass' }],
      spf: 'pass',
      dmarc: pass('karlsvik.example', 'none'),
    },
    zone,
    expect: TRUSTED,
    offline: true,
    offlineExpect: RENTED_SIGNED,
  });

  const who2 = 'hello@pinecone-studio.example';
  const raw2 = await signInOrder(
    mail(
      `Pinecone Studio <${who2}>`,
      'Proofs for your wedding album',
      'Hi Robin,\r\n\r\nthe proofs for your album are up in the gallery; pick your favourite 40 by Friday.\r\n\r\nPinecone Studio\r\n',
      'pinecone-studio.example',
      feHeaders(FE_DO.ip, who2),
    ),
    [{ d: 'pinecone-studio.example', s: 'fe-7a2c91d04e', h: FE_H }],
  );
  emit({
    name: 'w213-gmail-forwardemail-outbound-digitalocean-own-key',
    about:
      "Genuine: a photo studio sends through Forward Email's outbound SMTP from 164.92.70.200 (DigitalOcean, forward-confirmed smtp.forwardemail.net), signed with its own fe- key, envelope fe-bounces.pinecone-studio.example, p=quarantine. Gmail: all pass. Trust.",
    class: 'forwardemail-outbound',
    reader: 'gmail',
    raw: raw2,
    relay: FE_DO,
    env: 'bounces@fe-bounces.pinecone-studio.example',
    found: {
      dkim: [{ d: 'pinecone-studio.example', s: 'fe-7a2c91d04e', r: 'pass' }],
      spf: 'pass',
      dmarc: pass('pinecone-studio.example', 'quarantine'),
    },
    zone: {
      ...ptr(FE_DO.ip, FE_DO.rdns),
      ...txt('spf.forwardemail.net', FE_SPF),
      ...txt('fe-bounces.pinecone-studio.example', 'v=spf1 include:spf.forwardemail.net -all'),
      ...dmarc('pinecone-studio.example', 'quarantine'),
      ...key('fe-7a2c91d04e._domainkey.pinecone-studio.example'),
    },
    expect: TRUSTED,
    offline: true,
    offlineExpect: RENTED_SIGNED,
  });
}

// =============================================================================================
// 4. Self-hosted community servers on Linode, Vultr, DigitalOcean, Oracle Cloud, Tencent Cloud
// =============================================================================================
interface SelfHosted {
  name: string;
  about: string;
  reader: Reader;
  relay: Relay;
  from: string;
  domain: string;
  subject: string;
  body: string;
  /** Selector when it signs; none: SPF-only. */
  selector?: string;
  policy: string;
  spf: string;
  extra?: string[];
  expect: CaseExpectation;
  offline?: boolean;
  offlineExpect?: CaseExpectation;
}

async function selfHosted(emit: (s: Shape) => void, h: SelfHosted): Promise<void> {
  let raw = mail(h.from, h.subject, h.body, h.relay.helo, h.extra ?? []);
  if (h.selector) raw = await signInOrder(raw, [{ d: h.domain, s: h.selector, h: OWN_H }]);
  raw = onTop(raw, localHop(h.relay.helo, `4Zw213${h.name.length}a`));
  const env = `${h.from.replace(/^.*<|>.*$/g, '').split('@')[0]}@${h.domain}`;
  emit({
    name: h.name,
    about: h.about,
    class: h.selector ? 'cloud-self-hosted' : 'cloud-spf-only',
    reader: h.reader,
    raw,
    relay: h.relay,
    env,
    found: {
      dkim: h.selector ? [{ d: h.domain, s: h.selector, r: 'pass' }] : [],
      spf: 'pass',
      dmarc: pass(h.domain, h.policy),
    },
    zone: {
      ...ptr(h.relay.ip, h.relay.rdns),
      ...txt(h.domain, h.spf),
      ...dmarc(h.domain, h.policy),
      ...(h.selector ? key(`${h.selector}._domainkey.${h.domain}`) : {}),
    },
    expect: h.expect,
    ...(h.offline ? { offline: true } : {}),
    ...(h.offlineExpect ? { offlineExpect: h.offlineExpect } : {}),
  });
}

async function selfHostedCases(emit: (s: Shape) => void): Promise<void> {
  // Linode (checks reverse names: CONFIRMING_CLOUDS since round 211): signed, confirmed.
  await selfHosted(emit, {
    name: 'w213-box-linode-ipv6-matrix-synapse-notification-signed',
    about:
      'Genuine: a community Matrix homeserver (Synapse) on a Linode in London over IPv6 (2a01:7e00::f03c:94ff:fe3a:1c2d), Synapse handing its missed-message notice to the local Postfix, OpenDKIM d=matrix-cafe.example, forward-confirmed mail.matrix-cafe.example, SPF naming that address, p=quarantine. The box: all pass. Signed, aligned, confirmed: trust.',
    reader: 'box',
    relay: {
      helo: 'mail.matrix-cafe.example',
      rdns: 'mail.matrix-cafe.example',
      ip: '2a01:7e00::f03c:94ff:fe3a:1c2d',
    },
    from: 'Matrix Cafe <notifications@matrix-cafe.example>',
    domain: 'matrix-cafe.example',
    subject: '[Matrix Cafe] You have 3 unread messages',
    body: 'You have 3 unread messages in #general:matrix-cafe.example.\r\n\r\nOpen Element to read them.\r\n',
    selector: 'synapse1',
    policy: 'quarantine',
    spf: 'v=spf1 ip6:2a01:7e00::f03c:94ff:fe3a:1c2d -all',
    expect: TRUSTED,
    offline: true,
  });
  await selfHosted(emit, {
    name: 'w213-gmail-linode-mastodon-instance-notification-signed',
    about:
      'Genuine: a Mastodon instance on a Linode (172.104.150.40, AS63949) sending its new-follower notice through its own Postfix, signed d=toot-harbour.example, forward-confirmed mail.toot-harbour.example, p=reject. Gmail: all pass. Trust.',
    reader: 'gmail',
    relay: { helo: 'mail.toot-harbour.example', rdns: 'mail.toot-harbour.example', ip: '172.104.150.40' },
    from: 'Toot Harbour <notifications@toot-harbour.example>',
    domain: 'toot-harbour.example',
    subject: 'robin, you have a new follower!',
    body: 'Hi robin,\r\n\r\n@kestrel@toot-harbour.example is now following you.\r\n\r\nToot Harbour\r\n',
    selector: 'mastodon',
    policy: 'reject',
    spf: 'v=spf1 a:mail.toot-harbour.example -all',
    expect: TRUSTED,
    offline: true,
  });
  // Linode's default reverse name on an older 45.79.x Linode (not under the forum's domain).
  await selfHosted(emit, {
    name: 'w213-yahoo-linode-discourse-default-rdns-signed',
    about:
      "Genuine but rented-looking: a hobby Discourse forum on a Linode (45.79.112.203) under Linode's default reverse name li1180-203.members.linode.com, HELO forum.knitcircle.example, signed d=knitcircle.example, SPF naming that address, p=none. Yahoo: all pass. Signed and aligned, but no name of its own: the brief's rented-server case; a warning is tolerated, never spoofed.",
    reader: 'yahoo',
    relay: {
      helo: 'forum.knitcircle.example',
      rdns: 'li1180-203.members.linode.com',
      ip: '45.79.112.203',
    },
    from: 'Knit Circle <noreply@knitcircle.example>',
    domain: 'knitcircle.example',
    subject: '[Knit Circle] Summary since your last visit',
    body: 'Here is what you missed on Knit Circle this week: 12 new topics, 48 replies.\r\n',
    selector: 'discourse',
    policy: 'none',
    spf: 'v=spf1 ip4:45.79.112.203 -all',
    expect: RENTED_SIGNED,
  });
  await selfHosted(emit, {
    name: 'w213-outlook-linode-gitlab-unsigned-spf-only',
    about:
      'Genuine but weak: a self-managed GitLab on a Linode (139.162.201.17) mails pipeline failures unsigned through its Postfix, forward-confirmed gitlab.quillforge.example, SPF `a` of that name, p=none. Exchange Online: spf=pass, dmarc=pass by SPF. Only an SPF pass from a rented server: by design a warning; never spoofed.',
    reader: 'outlook',
    relay: { helo: 'gitlab.quillforge.example', rdns: 'gitlab.quillforge.example', ip: '139.162.201.17' },
    from: 'GitLab <gitlab@quillforge.example>',
    domain: 'quillforge.example',
    subject: 'Failed pipeline for main | quillforge/api | 4f2a1c0d',
    body: 'Pipeline #8812 has failed!\r\n\r\nProject: quillforge/api\r\nBranch: main\r\n',
    policy: 'none',
    spf: 'v=spf1 a:gitlab.quillforge.example -all',
    expect: SPF_ONLY_CLOUD,
    offline: true,
  });

  // Vultr (sets any reverse name a customer types): online confirmed; offline a warning tolerated.
  await selfHosted(emit, {
    name: 'w213-outlook-vultr-ipv6-accountants-own-postfix-signed',
    about:
      "Genuine: a small accounting firm's own Postfix on Vultr over IPv6 (2001:19f0:5001:2c4a::25), forward-confirmed mail.brightwell-accounts.example, signed d=brightwell-accounts.example, SPF ip6 of that address, p=reject. Exchange Online: all pass. Signed, aligned, confirmed: trust online; offline (Vultr checks no name) a warning is tolerated.",
    reader: 'outlook',
    relay: {
      helo: 'mail.brightwell-accounts.example',
      rdns: 'mail.brightwell-accounts.example',
      ip: '2001:19f0:5001:2c4a::25',
    },
    from: 'Brightwell Accounts <office@brightwell-accounts.example>',
    domain: 'brightwell-accounts.example',
    subject: 'Your year-end pack is ready to sign',
    body: 'Dear Robin,\r\n\r\nyour year-end accounts pack is ready to sign in the portal.\r\n\r\nBrightwell Accounts\r\n',
    selector: 'mail',
    policy: 'reject',
    spf: 'v=spf1 ip6:2001:19f0:5001:2c4a::25 -all',
    expect: TRUSTED,
    offline: true,
    offlineExpect: RENTED_SIGNED,
  });
  await selfHosted(emit, {
    name: 'w213-gmail-vultr-gitea-signed-confirmed',
    about:
      'Genuine: a Gitea instance on Vultr (45.32.180.61) sends issue notifications through its Postfix, signed d=gitnook.example, forward-confirmed git.gitnook.example, p=quarantine. Gmail: all pass. Trust online; offline tolerated.',
    reader: 'gmail',
    relay: { helo: 'git.gitnook.example', rdns: 'git.gitnook.example', ip: '45.32.180.61' },
    from: 'Gitnook <gitea@gitnook.example>',
    domain: 'gitnook.example',
    subject: '[gitnook/router] New issue #41: DHCP lease not renewed',
    body: '@marta opened issue #41: DHCP lease not renewed after 24h.\r\n',
    selector: 'gitea',
    policy: 'quarantine',
    spf: 'v=spf1 a:git.gitnook.example -all',
    expect: TRUSTED,
    offline: true,
    offlineExpect: RENTED_SIGNED,
  });

  // DigitalOcean: its own AS (2a03:b0c0) and the curated 2604:a880::/32 with no AS row.
  await selfHosted(emit, {
    name: 'w213-yahoo-digitalocean-ipv6-bakery-shop-signed',
    about:
      "Genuine: a bakery's WooCommerce shop on a DigitalOcean droplet in Frankfurt over IPv6 (2a03:b0c0:3:d0::1a2b:3001), its own Postfix, signed d=hearth-bakery.example, forward-confirmed shop.hearth-bakery.example, p=quarantine. Yahoo: all pass. Trust online.",
    reader: 'yahoo',
    relay: {
      helo: 'shop.hearth-bakery.example',
      rdns: 'shop.hearth-bakery.example',
      ip: '2a03:b0c0:3:d0::1a2b:3001',
    },
    from: 'Hearth Bakery <orders@hearth-bakery.example>',
    domain: 'hearth-bakery.example',
    subject: 'Order #2291 confirmed',
    body: 'Hello Robin,\r\n\r\norder #2291 (one rye loaf, six cinnamon buns) is confirmed for Saturday pickup.\r\n\r\nHearth Bakery\r\n',
    selector: 'shop',
    policy: 'quarantine',
    spf: 'v=spf1 ip6:2a03:b0c0:3:d0::1a2b:3001 -all',
    expect: TRUSTED,
  });
  await selfHosted(emit, {
    name: 'w213-box-digitalocean-2604-a880-gitea-unsigned-spf-only',
    about:
      'Genuine but weak: a Gitea instance on a DigitalOcean droplet in New York (NYC1) over IPv6 (2604:a880:400:d0::7c1:6001, the curated block with no AS row) mails unsigned, forward-confirmed git.tinkerhaus.example, SPF ip6 of that address, p=none. The box: spf=pass, dmarc=pass by SPF. A warning is by design; never spoofed.',
    reader: 'box',
    relay: {
      helo: 'git.tinkerhaus.example',
      rdns: 'git.tinkerhaus.example',
      ip: '2604:a880:400:d0::7c1:6001',
    },
    from: 'Tinkerhaus Git <git@tinkerhaus.example>',
    domain: 'tinkerhaus.example',
    subject: '[tinkerhaus/firmware] Pull request #17 merged',
    body: '@otto merged pull request #17 into main.\r\n',
    policy: 'none',
    spf: 'v=spf1 ip6:2604:a880:400:d0::7c1:6001 -all',
    expect: SPF_ONLY_CLOUD,
    offline: true,
  });

  // Oracle Cloud's Always Free VM (AS31898).
  await selfHosted(emit, {
    name: 'w213-box-oracle-cloud-free-tier-gitea-signed',
    about:
      "Genuine: a hobbyist's Gitea on an Oracle Cloud Always Free VM (129.146.88.140, AS31898) with its own Postfix, signed d=oakfern.example, forward-confirmed git.oakfern.example, p=quarantine. The box: all pass. Trust online; offline (Oracle's reverse names unchecked) a warning is tolerated.",
    reader: 'box',
    relay: { helo: 'git.oakfern.example', rdns: 'git.oakfern.example', ip: '129.146.88.140' },
    from: 'Oakfern Git <git@oakfern.example>',
    domain: 'oakfern.example',
    subject: '[oakfern/dotfiles] Release v2.3.0 published',
    body: 'Release v2.3.0 of oakfern/dotfiles was published.\r\n',
    selector: 'git',
    policy: 'quarantine',
    spf: 'v=spf1 ip4:129.146.88.140 -all',
    expect: TRUSTED,
    offline: true,
    offlineExpect: RENTED_SIGNED,
  });

  // Tencent Cloud IPv6 (HOSTING_RANGES since round 222).
  await selfHosted(emit, {
    name: 'w213-gmail-tencent-cloud-ipv6-trading-firm-signed',
    about:
      "Genuine: a Shenzhen trading firm's own Postfix on Tencent Cloud over IPv6 (240d:c000:2010:1a58::25), forward-confirmed mail.lianfeng-trade.example, signed d=lianfeng-trade.example, SPF ip6 of that address, p=reject. Gmail: all pass. Trust online; offline (Tencent checks no name) a warning is tolerated.",
    reader: 'gmail',
    relay: {
      helo: 'mail.lianfeng-trade.example',
      rdns: 'mail.lianfeng-trade.example',
      ip: '240d:c000:2010:1a58::25',
    },
    from: 'Lianfeng Trade <sales@lianfeng-trade.example>',
    domain: 'lianfeng-trade.example',
    subject: 'Proforma invoice PI-26-1187',
    body: 'Dear Robin,\r\n\r\nplease find proforma invoice PI-26-1187 for the 400 valve bodies summarised below.\r\n\r\nLianfeng Trade\r\n',
    selector: 'default',
    policy: 'reject',
    spf: 'v=spf1 ip6:240d:c000:2010:1a58::25 -all',
    expect: TRUSTED,
    offline: true,
    offlineExpect: RENTED_SIGNED,
  });
  // One self-hosted server for several domains (Mailcow / Mail-in-a-Box): its name is under the
  // operator's main domain, the other domains' MX and SPF point at it, each domain has its own key.
  const multi = async (o: {
    name: string;
    about: string;
    reader: Reader;
    relay: Relay;
    from: string;
    domain: string;
    selector: string;
    spf: string;
    subject: string;
    body: string;
    offlineExpect: CaseExpectation;
  }) => {
    const raw = onTop(
      await signInOrder(mail(o.from, o.subject, o.body, o.relay.helo), [
        { d: o.domain, s: o.selector, h: OWN_H },
      ]),
      `Received: from [192.168.1.23] (dsl-203-0-113-88.isp.example [203.0.113.88])\r\n\t(Authenticated sender: ${o.from.replace(/^.*<|>.*$/g, '')})\r\n\tby ${o.relay.helo} (Postfix) with ESMTPSA id 4Zw213m${o.name.length}\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 09:59:57 +0000 (UTC)`,
    );
    emit({
      name: o.name,
      about: o.about,
      class: 'cloud-multi-domain-server',
      reader: o.reader,
      raw,
      relay: o.relay,
      env: o.from.replace(/^.*<|>.*$/g, ''),
      found: {
        dkim: [{ d: o.domain, s: o.selector, r: 'pass' }],
        spf: 'pass',
        dmarc: pass(o.domain, 'quarantine'),
      },
      zone: {
        ...ptr(o.relay.ip, o.relay.rdns),
        [o.domain]: { MX: [{ priority: 10, exchange: o.relay.rdns }], TXT: [o.spf] },
        ...dmarc(o.domain, 'quarantine'),
        ...key(`${o.selector}._domainkey.${o.domain}`),
      },
      expect: TRUSTED,
      offline: true,
      offlineExpect: o.offlineExpect,
    });
  };
  await multi({
    name: 'w213-box-vultr-mailcow-second-domain-mx-spf-signed',
    about:
      "Genuine: a Mailcow server on Vultr (45.77.140.18, forward-confirmed mail.northquay.example) hosts the owner's second domain rowan-pottery.example too: its MX is that server, its SPF `mx -all`, its own DKIM key (Mailcow's per-domain key, s=dkim), p=quarantine; the potter sends from her laptop by authenticated submission. The box: dkim/spf/dmarc pass. Signed aligned, SPF aligned through the domain's own primary MX, name forward-confirmed (under the operator's domain, not the From's): trust. Offline Vultr names are unchecked: a warning tolerated.",
    reader: 'box',
    relay: { helo: 'mail.northquay.example', rdns: 'mail.northquay.example', ip: '45.77.140.18' },
    from: 'Rowan Pottery <studio@rowan-pottery.example>',
    domain: 'rowan-pottery.example',
    selector: 'dkim',
    spf: 'v=spf1 mx -all',
    subject: 'Your mugs are out of the kiln',
    body: 'Hi Robin,\r\n\r\nyour four mugs came out of the glaze firing today; collect them any afternoon.\r\n\r\nRowan\r\n',
    offlineExpect: RENTED_SIGNED,
  });
  await multi({
    name: 'w213-gmail-linode-mail-in-a-box-second-domain-mx-spf-signed',
    about:
      "Genuine: a Mail-in-a-Box server on Linode (172.105.88.40, forward-confirmed box.fenwick-family.example) also serves the family's club domain fenwick-chess.example: MX is the box, SPF `mx -all`, its own key (s=mail), p=quarantine. Gmail: all pass. Signed aligned, SPF through the domain's own primary MX, forward-confirmed name under the operator's domain: trust. Offline Gmail prints the name and Linode confirms names, but the name is not the From domain's: a warning tolerated.",
    reader: 'gmail',
    relay: {
      helo: 'box.fenwick-family.example',
      rdns: 'box.fenwick-family.example',
      ip: '172.105.88.40',
    },
    from: 'Fenwick Chess Club <club@fenwick-chess.example>',
    domain: 'fenwick-chess.example',
    selector: 'mail',
    spf: 'v=spf1 mx -all',
    subject: 'Club night moved to Thursday',
    body: 'Hello all,\r\n\r\nclub night moves to Thursday this week; same room, 19:30.\r\n\r\nFenwick Chess Club\r\n',
    offlineExpect: RENTED_SIGNED,
  });
}

// =============================================================================================
// 5. Contrast: GitHub's own relays (no cloud), Fastmail and Proton as senders
// =============================================================================================
async function contrastCases(emit: (s: Shape) => void): Promise<void> {
  const GH: Relay = { helo: 'out-21.smtp.github.com', rdns: 'out-21.smtp.github.com', ip: '192.30.252.204' };
  const gh = await signInOrder(
    mail(
      'Marta Lind <notifications@github.com>',
      'Re: [gitnook/router] DHCP lease not renewed (Issue #41)',
      'marta left a comment (gitnook/router#41)\r\n\r\nReproduced on 2.4.1; a patch follows.\r\n\r\nReply to this email directly or view it on GitHub.\r\n',
      'github.com',
      [
        'Reply-To: gitnook/router <reply+AB3X7@reply.github.com>',
        'List-ID: gitnook/router <router.gitnook.github.com>',
      ],
    ),
    [{ d: 'github.com', s: 'pf2014', h: OWN_H }],
  );
  emit({
    name: 'w213-gmail-github-notification-own-relay',
    about:
      "Genuine contrast: a GitHub issue notification from out-21.smtp.github.com (192.30.252.204, GitHub's own AS 36459, no cloud), d=github.com s=pf2014, envelope noreply@github.com, p=reject. Gmail: all pass. Trust.",
    class: 'contrast',
    reader: 'gmail',
    raw: gh,
    relay: GH,
    env: 'noreply@github.com',
    found: {
      dkim: [{ d: 'github.com', s: 'pf2014', r: 'pass' }],
      spf: 'pass',
      dmarc: pass('github.com', 'reject'),
    },
    zone: {
      ...ptr(GH.ip, GH.rdns),
      ...txt('github.com', 'v=spf1 ip4:192.30.252.0/22 -all'),
      ...dmarc('github.com', 'reject'),
      ...key('pf2014._domainkey.github.com'),
    },
    expect: TRUSTED,
    offline: true,
  });

  const FM: Relay = {
    helo: 'fout-a8-smtp.messagingengine.com',
    rdns: 'fout-a8-smtp.messagingengine.com',
    ip: '103.168.172.151',
  };
  const fm = await signInOrder(
    mail(
      'Dana Hale <dana@halefamily.example>',
      'Dinner on Sunday?',
      'Hi Robin,\r\n\r\nare you free for dinner on Sunday? We are thinking 6pm.\r\n\r\nDana\r\n',
      'app.fastmail.com',
    ),
    [
      { d: 'halefamily.example', s: 'fm3', h: OWN_H },
      { d: 'messagingengine.com', s: 'fm3', h: OWN_H },
    ],
  );
  emit({
    name: 'w213-box-fastmail-custom-domain-contrast',
    about:
      'Genuine contrast: a family domain hosted at Fastmail (fout-a8-smtp.messagingengine.com, 103.168.172.151), signed d=halefamily.example and d=messagingengine.com, envelope on the own domain, p=none. The box: all pass. Trust.',
    class: 'contrast',
    reader: 'box',
    raw: fm,
    relay: FM,
    env: 'dana@halefamily.example',
    found: {
      dkim: [
        { d: 'halefamily.example', s: 'fm3', r: 'pass' },
        { d: 'messagingengine.com', s: 'fm3', r: 'pass' },
      ],
      spf: 'pass',
      dmarc: pass('halefamily.example', 'none'),
    },
    zone: {
      ...ptr(FM.ip, FM.rdns),
      ...txt('halefamily.example', 'v=spf1 include:spf.messagingengine.com ?all'),
      ...txt('spf.messagingengine.com', 'v=spf1 ip4:103.168.172.128/27 ip4:66.111.4.0/24 -all'),
      ...dmarc('halefamily.example', 'none'),
      ...key('fm3._domainkey.halefamily.example', 'fm3._domainkey.messagingengine.com'),
    },
    expect: TRUSTED,
    offline: true,
  });

  const PM: Relay = { helo: 'mail-4317.protonmail.ch', rdns: 'mail-4317.protonmail.ch', ip: '185.70.43.17' };
  const pm = await signInOrder(
    mail(
      'Ines Varga <ines@varga-legal.example>',
      'Signed engagement letter',
      'Dear Robin,\r\n\r\nthank you; I attach nothing here, the signed letter is in our shared folder.\r\n\r\nInes Varga\r\n',
      'varga-legal.example',
    ),
    [{ d: 'varga-legal.example', s: 'protonmail', h: OWN_H }],
  );
  emit({
    name: 'w213-outlook-proton-custom-domain-contrast',
    about:
      "Genuine contrast: a lawyer's own domain on Proton Mail (mail-4317.protonmail.ch, 185.70.43.17), signed d=varga-legal.example s=protonmail, envelope on the own domain, p=quarantine. Exchange Online: all pass. Trust.",
    class: 'contrast',
    reader: 'outlook',
    raw: pm,
    relay: PM,
    env: 'ines@varga-legal.example',
    found: {
      dkim: [{ d: 'varga-legal.example', s: 'protonmail', r: 'pass' }],
      spf: 'pass',
      dmarc: pass('varga-legal.example', 'quarantine'),
    },
    zone: {
      ...ptr(PM.ip, PM.rdns),
      ...txt('varga-legal.example', 'v=spf1 include:_spf.protonmail.ch -all'),
      ...txt('_spf.protonmail.ch', 'v=spf1 ip4:185.70.40.0/24 ip4:185.70.43.0/24 -all'),
      ...dmarc('varga-legal.example', 'quarantine'),
      ...key('protonmail._domainkey.varga-legal.example'),
    },
    expect: TRUSTED,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  deliver = readerDelivery({ round: '213', lmtp: 'vP4aQ5z3RYh2eSBB' });
  const emit = (s: Shape) => {
    const eml = deliver(s.reader, s.raw, s.relay, s.env, s.found);
    emitCase(write, {
      name: s.name,
      about: s.about,
      class: s.class,
      args: READER_ARGS[s.reader],
      eml,
      zone: s.zone,
      expect: s.expect,
      ...(s.twin ? { twin: true } : {}),
    });
    if (s.offline) {
      emitCase(write, {
        name: `${s.name}-offline`,
        about: `${s.about} Offline (no DNS).`,
        class: s.class,
        args: READER_ARGS[s.reader],
        eml,
        expect: s.offlineExpect ?? s.expect,
      });
    }
  };
  await sesCases(emit);
  await acsCases(emit);
  await forwardEmailCases(emit);
  await selfHostedCases(emit);
  await contrastCases(emit);
}

// What read wrong (54 cases written, 2 pending; none read spoofed).
// 1. Genuine signed mail read SUSPICIOUS online: one self-hosted server (Mailcow, Mail-in-a-Box) on
//    a cloud that serves a second domain, whose name is under the operator's main domain:
//    w213-box-vultr-mailcow-second-domain-mx-spf-signed,
//    w213-gmail-linode-mail-in-a-box-second-domain-mx-spf-signed.
//    Read now: suspicious (authenticated-with-concerns): hosted-server-relay medium ("Sent from a
//    rented server on Vultr (45.77.140.18)" / "… on Akamai Cloud (Linode) (172.105.88.40)") beside
//    dmarc=pass, the From domain's own aligned dkim=pass, and an aligned spf=pass by `mx` (breadth
//    kind mx, addresses 1, recordDomain = the From domain), the From domain's single primary MX
//    being the forward-confirmed hand-off name (mail.northquay.example / box.fenwick-family.example;
//    the MX answer is in the analysis's DNS log).
//    Should read: authenticated (the rented-server note low, as for a server under the From's name).
//    At fault: lib/findings/hosted-server.ts ownServerEvidence (online): the one branch that can
//    lift the note requires `sameOwner(o.rdns, from)`; namedMailExchanger (which already accepts
//    "the organisation's own primary MX is this name") is only reached inside that branch, so a
//    confirmed name under another domain returns null (line `if (a.dmarc.result === 'pass' &&
//    sameOwner(a.dmarc.domain, from) && sameOwner(o.rdns, from))`, then listServerOwner fails).
//    Smallest fix: after that branch, return evidence when DMARC passed for the From, an aligned
//    DKIM pass of the From AND a.spf.aligned with result pass, forwardConfirmed(a.dns, o.ip, o.rdns)
//    holds, and namedMailExchanger(ctx, o.rdns) names it (the From organisation's own single primary
//    MX is this very server): [...confirmed, ...mx].
//    Could hurt: a From domain whose primary MX is a shared host's server (a web host's
//    mx.sharedhost that receives for thousands of domains and also relays their outgoing mail):
//    a co-tenant there could send as the domain only with its DKIM key, and a replay of the
//    domain's signed mail from that host needs the host itself; a stranger's rented VM has neither
//    the MX nor the aligned SPF pass. Red-team rounds 155/159/161/164 (dangling or re-claimed MX
//    names) stay caught: they are unsigned, and this path requires the aligned DKIM pass.
//    Offline these cases are RENTED_SIGNED (the MX and the record are unseen) and pass as such.
// By design, not pending (said in the cases): an unsigned SPF-only GitLab/Gitea reads
// authenticated online (its own confirmed name and a one-address record: ownServerEvidence's
// single-address path) and suspicious offline; the Discourse forum under Linode's default name
// reads suspicious (no name of its own, the brief's rented server); Forward Email's outbound on
// Vultr/DigitalOcean and the self-hosted servers on Vultr, DigitalOcean, Oracle and Tencent read
// suspicious offline (a printed name on a cloud that sets any name a customer types is no evidence;
// Forward Email names no relayAsns, and its relays share rentable networks, so none could be given).
// Lead, 2026-12-08: fixed that night (ownServerEvidence took the From domain's own primary MX naming
// the forward-confirmed server, beside its aligned signature and aligned SPF pass), then taken out
// again: red-team round 227 sent a shared cPanel server's co-tenant the same way (cPanel's Exim signs
// with the key of the domain the envelope names), and its headers are these. Pending by choice.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'w213-box-vultr-mailcow-second-domain-mx-spf-signed',
  'w213-gmail-linode-mail-in-a-box-second-domain-mx-spf-signed',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
