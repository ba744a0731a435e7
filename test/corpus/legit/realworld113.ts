// Real-world delivery shapes, hundred-and-thirteenth round: self-hosted organisations on rented
// servers, read on their own boxes (the firm's own mail store is the receiver) and in Gmail and
// Outlook on the web. Online, a hand-off from hosting space under the receiver's name must now be
// an MX host's address or one the receiver's SPF passes (lib/engine/origin-walk.ts namedForMail);
// these are the genuine layouts that rule meets:
// - a university department (cs.ostvale-uni.example) running its own Postfix gateway, submission
//   host and mail store on Google Compute Engine, while the university's registered domain has its
//   MX and SPF at Exchange Online: the receiver's domain is a subdomain with MX and SPF of its own;
// - mailcow on Hetzner Cloud behind a Proxmox Mail Gateway VM that hands on over IPv6, the domain's
//   MX name published with an A record only and SPF `mx` (an IPv6 gateway no MX record names);
// - Zimbra on Linode (MTA + mailbox server), the MX name a CNAME to Linode's own host name;
// - Mail-in-a-Box on DigitalOcean with a web application server submitting to it (ESMTPSA), SPF
//   `mx -all` (Mail-in-a-Box's default), DKIM selector `mail`;
// - iRedMail on AWS EC2, a submission host apart from the MX/store, SPF only through an `include:`
//   of the managing IT provider's record.
// Each genuine message must never read spoofed; the one attack twin (makeTwins: a forged colleague
// from an Azure VM whose reverse name is a taken-over name of the department) must stay untrusted.
// Where the layouts were learnt (`search`): Zimbra's admin guide, "Zimbra MTA" (zimbra.com docs
// 5.0/7.2.3/8.0.2 and github Zimbra/adminguide mta.adoc: the MTA takes SMTP and hands on to the
// mailbox server over LMTP; web-client mail, also to users of the same server, goes through the
// MTA; OpenDKIM signs on the MTA); mailcow-dockerized PR #358 (rspamd writes Authentication-Results
// on the box); the dokuwiki.nausch.org SPF chapter (`v=spf1 ip4:… mx -all`, a Hetzner
// 88.198.0.0/16 MX). Recalled, not confirmed here: Proxmox Mail Gateway's `(Proxmox)` by-clause,
// Mail-in-a-Box's `box.<domain>` host name, `v=spf1 mx -all` and selector `mail`, Zimbra's LMTP line
// "from HOST (LHLO HOST) (IP) by HOST with LMTP", iRedMail's Amavis header, Linode's
// `li<n>-<m>.members.linode.com` names, GCE's custom PTR records (domain verification required),
// and the providers' address blocks (Hetzner 116.203.0.0/16 and 2a01:4f8::/32, GCE europe-west2
// 34.89.0.0/16, Linode 172.105.0.0/16, DigitalOcean 164.92.0.0/16, AWS eu-west-1 52.49.0.0/16).
// Names and addresses are documentation ones except the providers'; every key is the corpus key.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { emitCase, GMAIL, KEY, legitCorpus, NOT_TRUSTED, OUTLOOK, ptr, type Relay } from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
} from '../receivers';

/** Genuine mail a demanding reader accepts as authenticated. */
const PASSES: CaseExpectation = { verdict: 'authenticated', notVerdict: ['spoofed', 'suspicious'] };
/**
 * Genuine mail that only SPF at its true entry vouches for, from a domain at p=none or without
 * DMARC: no warning (authenticated or unverified is the honest answer).
 */
const NOT_WARNED: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['spoofed', 'suspicious'],
};

// Fixed at 21:46 on 2026-12-05: the hand-off rule for hosting space no longer asks the receiver's
// MX or SPF (lib/engine/origin-walk.ts staysInside: the name must lead to its address without a
// CNAME out of the receiver's domain), so the department's gateway on Google Cloud and the
// Proxmox gateway's IPv6 hand-off are walked past; and a colleague's login behind a submission
// host and a gateway apart from the mail store is a login (lib/engine/login-submission.ts
// boxRelay follows every relay the message passed, not only the login's box).
// Kept out by choice (the lead, 21:46): realworld113-linode-zimbra-mx-cname-spf-only-sender-box.
// Zimbra's mailbox server writes its LMTP line "from zmta… (LHLO zmta…) (172.105.66.18) by zmail…
// with LMTP" with no reverse name, and an LHLO is whatever the client says, so the walk stops there
// (suspicious: hosted-server-relay at Linode, spf-fail). The reader names his MTA as the boundary
// the engine cannot see: `--trust-gateway 172.105.66.18/32` reads it authenticated (the
// README's trusted-gateway setting).
// Read as expected when every pending case was run again on 2026-12-06 at 23:5x (rules added
// since made them so), and taken out of the pending set:
// realworld113-linode-zimbra-mx-cname-spf-only-sender-box (authenticated).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

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

const DATE = 'Fri, 20 Nov 2026 10:00:05 +0000';
const pf = (from: Relay, by: string, id: string, rcpt: string, proto = 'ESMTPS', date = DATE) =>
  `Received: from ${from.helo} (${from.rdns} [${from.ip.includes(':') ? `IPv6:${from.ip}` : from.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${by} (Postfix) with ${proto} id ${id}\r\n\tfor <${rcpt}>; ${date}`;
const login = (client: string, ip: string, user: string, by: string, id: string, rcpt: string) =>
  `Received: from ${client} (unknown [${ip}])\r\n\t(Authenticated sender: ${user})\r\n\tby ${by} (Postfix) with ESMTPSA id ${id}\r\n\tfor <${rcpt}>; Fri, 20 Nov 2026 10:00:01 +0000`;
const r = (helo: string, ip: string, rdns = helo): Relay => ({ helo, rdns, ip });
const H = ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'];
const sign = (raw: string, d: string, s: string) =>
  signCorpus(raw, { domain: d, selector: s, headerList: H });

/** An outside sender with its own server and SPF only (no DKIM), DMARC p=none: a workshop's VPS. */
const WORKSHOP = r('mail.eurosec-workshop.example', '198.51.100.47');
const WORKSHOP_ZONE = {
  ...ptr(WORKSHOP.ip, WORKSHOP.rdns),
  'eurosec-workshop.example': { TXT: ['v=spf1 ip4:198.51.100.47 -all'] },
  '_dmarc.eurosec-workshop.example': { TXT: ['v=DMARC1; p=none; rua=mailto:dmarc@eurosec-workshop.example'] },
};
const workshopMail = (to: string) =>
  submitted({
    from: 'EuroSec Workshop Committee <committee@eurosec-workshop.example>',
    to,
    subject: 'Notification of acceptance: paper #113',
    date: 'Fri, 20 Nov 2026 09:59:50 +0000',
    messageId: '<20261120095950.113a@eurosec-workshop.example>',
    body: 'Dear author,\r\n\r\nwe are pleased to inform you that your paper has been accepted.\r\n\r\nThe programme committee\r\n',
  });

/** An outside sender that signs, at p=reject: a publisher's own relay. */
const PRESS = r('out2.harlow-press.example', '192.0.2.61');
const PRESS_ZONE = {
  ...ptr(PRESS.ip, PRESS.rdns),
  'harlow-press.example': { TXT: ['v=spf1 ip4:192.0.2.60/30 -all'] },
  'hp1._domainkey.harlow-press.example': KEY(),
  '_dmarc.harlow-press.example': { TXT: ['v=DMARC1; p=reject'] },
};
const pressMail = (to: string) =>
  sign(
    submitted({
      from: 'Harlow Press Journals <journals@harlow-press.example>',
      to,
      subject: 'Your proofs are ready for review',
      date: 'Fri, 20 Nov 2026 09:59:40 +0000',
      messageId: '<proofs-113.77@harlow-press.example>',
      body: 'Dear author,\r\n\r\nthe proofs of your article are ready in the author centre.\r\n',
    }),
    'harlow-press.example',
    'hp1',
  );

// --- University department on Google Compute Engine: a subdomain with its own MX and SPF --------
const UNI = 'ostvale-uni.example';
const CS = `cs.${UNI}`;
const CS_GW = r(`mx.${CS}`, '34.89.71.20');
const CS_SMTP = r(`smtp.${CS}`, '34.89.71.21');
const CS_STORE = `imap.${CS}`;
const CS_READER = `a.novak@${CS}`;
const CS_ZONE = {
  ...M365_SPF_ZONE,
  ...ptr(CS_GW.ip, CS_GW.rdns),
  ...ptr(CS_SMTP.ip, CS_SMTP.rdns),
  [CS_STORE]: { A: ['34.89.71.30'] },
  [CS]: { MX: [{ exchange: CS_GW.rdns, priority: 10 }], TXT: [`v=spf1 a:${CS_SMTP.rdns} -all`] },
  [UNI]: {
    MX: [{ exchange: 'ostvaleuni-example.mail.protection.outlook.com', priority: 0 }],
    TXT: ['v=spf1 include:spf.protection.outlook.com -all'],
  },
  'ostvaleuni-example.mail.protection.outlook.com': { A: ['52.101.68.19'] },
  [`_dmarc.${UNI}`]: { TXT: [`v=DMARC1; p=quarantine; rua=mailto:dmarc@${UNI}`] },
};
/** The department gateway's hand-off to its mail store, and Dovecot's delivery on top. */
const csInbound = (raw: string, envelope: string, entry: Relay, tag: string) =>
  onTop(
    raw,
    `Return-Path: <${envelope}>`,
    `Delivered-To: ${CS_READER}`,
    dovecotLmtp(CS_STORE, envelope, CS_READER, `kD3${tag}Zx1mZ2ZUAAw`, DATE),
    pf(CS_GW, CS_STORE, `4Qc${tag}7`, CS_READER),
    pf(entry, CS_GW.rdns, `4Qc${tag}1`, CS_READER, 'ESMTPS', 'Fri, 20 Nov 2026 10:00:03 +0000'),
  );
const CS_ARGS = ['--authserv-id', CS_GW.rdns, '--recipient-domain', CS];

// --- mailcow on Hetzner behind a Proxmox Mail Gateway handing on over IPv6 ----------------------
const FW = 'fernwerk.example';
const FW_PMG = r(`mx1.${FW}`, '2a01:4f8:c2c:1a2b::1');
const FW_PMG_V4 = '116.203.45.67';
const FW_BOX = `mail.${FW}`;
const FW_READER = `j.brandt@${FW}`;
const FW_ZONE = {
  ...ptr(FW_PMG.ip, FW_PMG.rdns),
  [`${FW_PMG_V4.split('.').reverse().join('.')}.in-addr.arpa`]: { PTR: [FW_PMG.rdns] },
  [FW_PMG.rdns]: { A: [FW_PMG_V4], AAAA: [FW_PMG.ip] },
  // The MX name is the one users and partners know; its admin published it with an A record only.
  [`mxin.${FW}`]: { A: [FW_PMG_V4] },
  [FW_BOX]: { A: ['116.203.45.90'], AAAA: ['2a01:4f8:c2c:9e10::1'] },
  [FW]: { MX: [{ exchange: `mxin.${FW}`, priority: 10 }], TXT: ['v=spf1 mx a:mail.fernwerk.example -all'] },
  'dkim._domainkey.fernwerk.example': KEY(),
  [`_dmarc.${FW}`]: { TXT: ['v=DMARC1; p=reject'] },
};
const fwInbound = (raw: string, envelope: string, entry: Relay, tag: string) =>
  onTop(
    raw,
    `Return-Path: <${envelope}>`,
    `Delivered-To: ${FW_READER}`,
    `Received: from ${FW_BOX} ([172.22.1.253])\r\n\tby ${FW_BOX} with LMTPS\r\n\tid mC${tag}aZ2ZlAAAw\r\n\t(envelope-from <${envelope}>)\r\n\tfor <${FW_READER}>; ${DATE}`,
    pf(FW_PMG, FW_BOX, `4Fw${tag}9`, FW_READER),
    `Received: from ${FW_PMG.rdns} (localhost.localdomain [127.0.0.1])\r\n\tby ${FW_PMG.rdns} (Proxmox) with ESMTP id 1F2E${tag}A7C;\r\n\tFri, 20 Nov 2026 10:00:04 +0000 (UTC)`,
    `Received: from ${entry.helo} (${entry.rdns} [${entry.ip}])\r\n\tby ${FW_PMG.rdns} (Proxmox) with ESMTPS id 7B1C${tag}D2E\r\n\tfor <${FW_READER}>; Fri, 20 Nov 2026 10:00:03 +0000 (UTC)`,
  );
const FW_ARGS = ['--authserv-id', FW_BOX, '--recipient-domain', FW];

// --- Zimbra on Linode, MX name a CNAME to Linode's host name --------------------------------------
const BW = 'brisewood.example';
const BW_MTA = r(`zmta.${BW}`, '172.105.66.18');
const BW_STORE = r(`zmail.${BW}`, '172.105.66.40');
const BW_READER = `p.okafor@${BW}`;
const BW_ZONE = {
  ...ptr(BW_MTA.ip, BW_MTA.rdns),
  ...ptr(BW_STORE.ip, BW_STORE.rdns),
  [`mx.${BW}`]: { CNAME: ['li2047-18.members.linode.com'] },
  'li2047-18.members.linode.com': { A: [BW_MTA.ip] },
  [BW]: { MX: [{ exchange: `mx.${BW}`, priority: 10 }], TXT: ['v=spf1 mx -all'] },
  [`zm2026._domainkey.${BW}`]: KEY(),
  [`_dmarc.${BW}`]: { TXT: ['v=DMARC1; p=quarantine'] },
};

// --- Mail-in-a-Box on DigitalOcean, a web application server submitting to it -------------------
const TM = 'tallowmere.example';
const TM_BOX = r(`box.${TM}`, '164.92.181.20');
const TM_APP = r(`app.${TM}`, '164.92.190.33');
const TM_READER = `ops@${TM}`;
const TM_ZONE = {
  ...ptr(TM_BOX.ip, TM_BOX.rdns),
  ...ptr(TM_APP.ip, TM_APP.rdns),
  [TM]: { MX: [{ exchange: TM_BOX.rdns, priority: 10 }], TXT: ['v=spf1 mx -all'] },
  [`mail._domainkey.${TM}`]: KEY(),
  [`_dmarc.${TM}`]: { TXT: ['v=DMARC1; p=quarantine;'] },
};
const tmNotice = (to: string) =>
  sign(
    submitted({
      from: `Tallowmere Orders <noreply@${TM}>`,
      to,
      subject: 'Order #113-2046 has shipped',
      date: 'Fri, 20 Nov 2026 09:59:58 +0000',
      messageId: `<order-113-2046.shipped@${TM}>`,
      body: 'Order #113-2046 has shipped with tracking number 113204620.\r\n',
    }),
    TM,
    'mail',
  );

// --- iRedMail on AWS EC2, submission host apart from the MX/store, SPF by include: ---------------
const HV = 'halvard.example';
const HV_SMTP = r(`smtp.${HV}`, '52.49.77.10');
const HV_MX = r(`mx.${HV}`, '52.49.77.20');
const HV_READER = `m.lind@${HV}`;
const HV_ZONE = {
  ...ptr(HV_SMTP.ip, HV_SMTP.rdns),
  ...ptr(HV_MX.ip, HV_MX.rdns),
  [HV]: { MX: [{ exchange: HV_MX.rdns, priority: 10 }], TXT: ['v=spf1 include:spf.nordlys-it.example -all'] },
  'spf.nordlys-it.example': { TXT: ['v=spf1 ip4:52.49.77.0/28 ip4:192.0.2.128/27 -all'] },
  [`_dmarc.${HV}`]: { TXT: ['v=DMARC1; p=quarantine'] },
};

type Mode = 'genuine' | 'twins' | 'all';

async function writeCases(write: CaseWriter, mode: Mode): Promise<void> {
  const genuine = mode !== 'twins';
  const twins = mode !== 'genuine';
  const emit = (c: Parameters<typeof emitCase>[1], twin: boolean) => {
    if (twin ? twins : genuine) emitCase(write, c);
  };

  // ---- university department, subdomain receiver
  emit(
    {
      name: 'realworld113-uni-subdomain-gateway-spf-only-sender-box',
      about: `A workshop committee's acceptance notice, unsigned, SPF-only (eurosec-workshop.example, p=none), entering the CS department's own Postfix gateway ${CS_GW.rdns} [${CS_GW.ip}, Google Compute Engine] and handed on to the department's mail store ${CS_STORE}. ${CS} has its own MX (the gateway) and SPF; the university's registered domain ${UNI} has its MX and SPF at Exchange Online. The walk must go past the department's gateway (named by ${CS}'s MX) to the workshop's server, where SPF passes. Wanted: not suspicious (unverified or authenticated: SPF-only mail at p=none)`,
      class: 'realworld113-subdomain',
      args: CS_ARGS,
      eml: csInbound(workshopMail(CS_READER), 'committee@eurosec-workshop.example', WORKSHOP, 'A1'),
      zone: { ...CS_ZONE, ...WORKSHOP_ZONE },
      expect: NOT_WARNED,
    },
    false,
  );
  emit(
    {
      name: 'realworld113-uni-subdomain-gateway-signed-sender-box',
      about: `Control: a publisher's signed mail (harlow-press.example, p=reject) through the same department gateway ${CS_GW.rdns} to ${CS_STORE}. The signature decides whatever the walk does. Wanted: authenticated`,
      class: 'realworld113-subdomain',
      args: CS_ARGS,
      eml: csInbound(await pressMail(CS_READER), 'bounces@harlow-press.example', PRESS, 'A2'),
      zone: { ...CS_ZONE, ...PRESS_ZONE },
      expect: PASSES,
    },
    false,
  );
  const csColleague = submitted({
    from: `Tomas Berger <t.berger@${CS}>`,
    to: CS_READER,
    subject: 'Exam board minutes',
    date: 'Fri, 20 Nov 2026 10:00:00 +0000',
    messageId: `<b7e1c113-0a2f@${CS}>`,
    body: 'Anna,\r\n\r\nthe minutes of yesterday’s exam board are below.\r\n\r\nTomas\r\n',
  });
  const csColleagueInbound = (raw: string) =>
    csInbound(
      onTop(
        raw,
        login('[192.168.20.14]', '203.0.113.113', `t.berger@${CS}`, CS_SMTP.rdns, '4Qc0B1', CS_READER),
      ),
      `t.berger@${CS}`,
      CS_SMTP,
      'B1',
    );
  emit(
    {
      name: 'realworld113-uni-subdomain-colleague-unsigned-box',
      about: `A colleague's mail inside the CS department, unsigned (the department's Postfix does not sign): his mail program logs in to the submission host ${CS_SMTP.rdns} [${CS_SMTP.ip}, GCE] (ESMTPSA, Authenticated sender t.berger@${CS}), which delivers to ${CS}'s MX, the gateway ${CS_GW.rdns}, which hands on to ${CS_STORE}. ${CS}'s SPF passes the submission host, its MX names the gateway; the registered domain ${UNI} (Exchange Online) names neither. Wanted: not suspicious and never spoofed (a colleague's login submission: unverified, or authenticated by SPF at the submission host)`,
      class: 'realworld113-subdomain',
      args: CS_ARGS,
      eml: csColleagueInbound(csColleague),
      zone: CS_ZONE,
      expect: NOT_WARNED,
    },
    false,
  );
  const AZ = r(`lab-old.${CS}`, '20.76.201.15');
  emit(
    {
      name: 'realworld113-uni-subdomain-takeover-forged-colleague-box',
      about: `Attack twin: the same colleague's From, forged from the attacker's Azure VM ${AZ.ip}, whose reverse name ${AZ.rdns} is a dangling CNAME of the department's he claimed (cs-lab-old.westeurope.cloudapp.azure.com); he delivers to the department's gateway and writes an ESMTPSA login line of "his" below. Neither ${CS}'s MX nor its SPF names the VM. Wanted: not trusted (a fix that asks ${CS}'s own MX/SPF must still stop at the VM)`,
      class: 'spoofing',
      args: CS_ARGS,
      eml: csInbound(
        onTop(
          csColleague,
          login('[10.0.0.4]', '203.0.113.113', `t.berger@${CS}`, AZ.rdns, '4Qc0C1', CS_READER),
        ),
        `t.berger@${CS}`,
        AZ,
        'C1',
      ),
      zone: {
        ...CS_ZONE,
        [`${AZ.ip.split('.').reverse().join('.')}.in-addr.arpa`]: { PTR: [AZ.rdns] },
        [AZ.rdns]: { CNAME: ['cs-lab-old.westeurope.cloudapp.azure.com'] },
        'cs-lab-old.westeurope.cloudapp.azure.com': { A: [AZ.ip] },
      },
      expect: NOT_TRUSTED,
      twin: true,
    },
    true,
  );
  emit(
    {
      name: 'realworld113-uni-subdomain-colleague-to-gmail',
      about: `The department colleague's unsigned mail to a co-author at Gmail: submitted on ${CS_SMTP.rdns}, handed to Gmail from ${CS_SMTP.ip}; Gmail records SPF pass for ${CS} and DMARC pass (p=QUARANTINE inherited from ${UNI}). Wanted: authenticated`,
      class: 'realworld113-subdomain',
      args: GMAIL,
      eml: gmailDelivery(
        onTop(
          csColleague.replace(CS_READER, 'robin.reader@gmail.com'),
          login(
            '[192.168.20.14]',
            '203.0.113.113',
            `t.berger@${CS}`,
            CS_SMTP.rdns,
            '4Qc0D1',
            'robin.reader@gmail.com',
          ),
        ),
        {
          relay: CS_SMTP,
          envelope: `t.berger@${CS}`,
          results: `${gmailSpf(`t.berger@${CS}`, CS_SMTP.ip)}\r\n       ${gmailDmarc(CS, 'QUARANTINE')}`,
          ids: ['x113csp1130pxa', 'a113si1131qtb.13'],
          spf: 'pass',
          deliveredTo: true,
        },
      ),
      zone: CS_ZONE,
      expect: PASSES,
    },
    false,
  );

  // ---- mailcow behind Proxmox Mail Gateway, hand-off over IPv6
  emit(
    {
      name: 'realworld113-hetzner-pmg-ipv6-handoff-spf-only-sender-box',
      about: `The workshop's unsigned, SPF-only notice (p=none) enters ${FW}'s Proxmox Mail Gateway ${FW_PMG.rdns} (Hetzner Cloud, ${FW_PMG_V4} and ${FW_PMG.ip}), which hands on to the mailcow box ${FW_BOX} over IPv6. ${FW}'s MX is mxin.${FW}, published with an A record only (the gateway's IPv4), and SPF is "mx a:${FW_BOX} -all": the gateway's IPv6 address is named by neither, though its reverse name leads back to it and its IPv4 address is the MX. Wanted: not suspicious (the walk reaches the workshop's server, where SPF passes)`,
      class: 'realworld113-ipv6-gateway',
      args: FW_ARGS,
      eml: fwInbound(workshopMail(FW_READER), 'committee@eurosec-workshop.example', WORKSHOP, 'E1'),
      zone: { ...FW_ZONE, ...WORKSHOP_ZONE },
      expect: NOT_WARNED,
    },
    false,
  );
  emit(
    {
      name: 'realworld113-hetzner-pmg-ipv6-handoff-signed-sender-box',
      about: `Control: the publisher's signed proofs notice (p=reject) through the same IPv6 hand-off from the Proxmox gateway to mailcow. Wanted: authenticated`,
      class: 'realworld113-ipv6-gateway',
      args: FW_ARGS,
      eml: fwInbound(await pressMail(FW_READER), 'bounces@harlow-press.example', PRESS, 'E2'),
      zone: { ...FW_ZONE, ...PRESS_ZONE },
      expect: PASSES,
    },
    false,
  );

  // ---- Zimbra on Linode: MTA → mailbox server over LMTP, MX through a CNAME
  const bwMail = workshopMail(BW_READER);
  emit(
    {
      name: 'realworld113-linode-zimbra-mx-cname-spf-only-sender-box',
      about: `The workshop's unsigned, SPF-only notice (p=none) enters ${BW}'s Zimbra MTA ${BW_MTA.rdns} [${BW_MTA.ip}, Linode], which hands on to the mailbox server ${BW_STORE.rdns} over LMTP. ${BW}'s MX is mx.${BW}, a CNAME to li2047-18.members.linode.com (the MTA's address). Wanted: not suspicious`,
      class: 'realworld113-mx-cname',
      args: ['--authserv-id', BW_MTA.rdns, '--recipient-domain', BW],
      eml: onTop(
        bwMail,
        'Return-Path: committee@eurosec-workshop.example',
        `Received: from ${BW_MTA.rdns} (LHLO ${BW_MTA.rdns}) (${BW_MTA.ip}) by ${BW_STORE.rdns}\r\n with LMTP; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
        `Received: from ${BW_MTA.rdns} (localhost [127.0.0.1])\r\n\tby ${BW_MTA.rdns} (Postfix) with ESMTP id 4BwF1a2;\r\n\tFri, 20 Nov 2026 10:00:04 +0000 (UTC)`,
        `X-Virus-Scanned: amavisd-new at ${BW_MTA.rdns}`,
        `Received: from ${BW_MTA.rdns} ([127.0.0.1])\r\n\tby localhost (${BW_MTA.rdns} [127.0.0.1]) (amavisd-new, port 10032)\r\n\twith ESMTP id 9bw113xYz; Fri, 20 Nov 2026 10:00:04 +0000 (UTC)`,
        `Received: from ${WORKSHOP.helo} (${WORKSHOP.rdns} [${WORKSHOP.ip}])\r\n\tby ${BW_MTA.rdns} (Postfix) with ESMTPS id 4BwF0z1\r\n\tfor <${BW_READER}>; Fri, 20 Nov 2026 10:00:03 +0000 (UTC)`,
      ),
      zone: { ...BW_ZONE, ...WORKSHOP_ZONE },
      expect: NOT_WARNED,
    },
    false,
  );
  const bwOut = await sign(
    submitted({
      from: `Precious Okafor <${BW_READER}>`,
      to: 'robin.reader@gmail.com',
      subject: 'Site visit on Monday',
      date: 'Fri, 20 Nov 2026 10:00:00 +0000',
      messageId: `<1736551130.113.1795168800000.JavaMail.zimbra@${BW}>`,
      extraHeaders: [
        'X-Mailer: Zimbra 10.0.9_GA_4684 (ZimbraWebClient - FF132 (Linux)/10.0.9_GA_4684)',
        'Thread-Index: ZCsvT113aBcDeFgHiJ',
      ],
      body: 'Hi Robin,\r\n\r\nMonday 9:00 at the north gate works for us.\r\n\r\nPrecious\r\n',
    }),
    BW,
    'zm2026',
  );
  emit(
    {
      name: 'realworld113-linode-zimbra-webclient-to-gmail',
      about: `A Zimbra web-client message from ${BW} to Gmail: the mailbox server ${BW_STORE.rdns} hands to the MTA ${BW_MTA.rdns}, whose OpenDKIM signs (s=zm2026) and which delivers to Gmail from ${BW_MTA.ip} (SPF "mx" passes through the MX name's CNAME). Wanted: authenticated`,
      class: 'realworld113-mx-cname',
      args: GMAIL,
      eml: gmailDelivery(
        onTop(
          bwOut,
          `Received: from ${BW_STORE.rdns} (${BW_STORE.rdns} [${BW_STORE.ip}])\r\n\tby ${BW_MTA.rdns} (Postfix) with ESMTP id 4BwG1b3\r\n\tfor <robin.reader@gmail.com>; Fri, 20 Nov 2026 10:00:01 +0000 (UTC)`,
        ),
        {
          relay: BW_MTA,
          envelope: BW_READER,
          results: `${gmailDkim(BW, 'zm2026')}\r\n       ${gmailSpf(BW_READER, BW_MTA.ip)}\r\n       ${gmailDmarc(BW, 'QUARANTINE')}`,
          ids: ['x113csp1140pxa', 'a113si1141qtb.14'],
          spf: 'pass',
        },
      ),
      zone: BW_ZONE,
      expect: PASSES,
    },
    false,
  );

  // ---- Mail-in-a-Box on DigitalOcean with an application server
  const appLine = (rcpt: string) =>
    `Received: from ${TM_APP.helo} (${TM_APP.rdns} [${TM_APP.ip}])\r\n\t(Authenticated sender: noreply@${TM})\r\n\tby ${TM_BOX.rdns} (Postfix) with ESMTPSA id 4TmA1c2\r\n\tfor <${rcpt}>; Fri, 20 Nov 2026 10:00:01 +0000 (UTC)`;
  emit(
    {
      name: 'realworld113-do-miab-app-server-esmtpsa-box',
      about: `The firm's shop (${TM_APP.rdns}, a DigitalOcean droplet) logs in to its Mail-in-a-Box ${TM_BOX.rdns} as noreply@${TM} (ESMTPSA) and sends an order notice to the operations mailbox on the same box; OpenDKIM signs d=${TM} s=mail. SPF is Mail-in-a-Box's "v=spf1 mx -all" (the box only); the app server is neither MX nor in SPF. Wanted: authenticated (the box's own signature)`,
      class: 'realworld113-app-server',
      args: ['--authserv-id', TM_BOX.rdns, '--recipient-domain', TM],
      eml: onTop(
        await tmNotice(TM_READER),
        `Return-Path: <noreply@${TM}>`,
        `Delivered-To: ${TM_READER}`,
        dovecotLmtp(TM_BOX.rdns, `noreply@${TM}`, TM_READER, 'xTm113aZ2ZlAAAw', DATE),
        appLine(TM_READER),
      ),
      zone: TM_ZONE,
      expect: PASSES,
      twin: true,
    },
    false,
  );
  const tmOut = onTop(await tmNotice('Robin Reader <robin@reader.example>'), appLine('robin@reader.example'));
  emit(
    {
      name: 'realworld113-do-miab-app-server-to-outlook',
      about: `The same shop notice to a customer in Outlook on the web: the box relays it from ${TM_BOX.ip}; EOP records SPF, DKIM and DMARC pass for ${TM}. Wanted: authenticated`,
      class: 'realworld113-app-server',
      args: OUTLOOK,
      eml: eopDelivery(tmOut, {
        ...eopPass(TM_BOX, TM, `dkim=pass (signature was verified)\r\n header.d=${TM}`),
        returnPath: `noreply@${TM}`,
      }),
      zone: TM_ZONE,
      expect: PASSES,
    },
    false,
  );

  // ---- iRedMail on EC2: submission host apart from the MX, SPF by a provider's include
  const hvColleague = submitted({
    from: `Sofia Haug <s.haug@${HV}>`,
    to: HV_READER,
    subject: 'Quarterly figures',
    date: 'Fri, 20 Nov 2026 10:00:00 +0000',
    messageId: `<e2a1-113-hv@${HV}>`,
    body: 'Magnus,\r\n\r\nthe quarterly figures are on the shared drive.\r\n\r\nSofia\r\n',
  });
  emit(
    {
      name: 'realworld113-ec2-iredmail-submission-host-include-spf-box',
      about: `A colleague's unsigned mail at ${HV}: her mail program logs in to the submission host ${HV_SMTP.rdns} [${HV_SMTP.ip}, AWS EC2], which hands to the MX/mail store ${HV_MX.rdns} (iRedMail; its Amavis signs only mail leaving for other domains). ${HV}'s SPF names the submission host only through "include:spf.nordlys-it.example", the managing IT provider's record. Wanted: not suspicious and never spoofed (a colleague's login submission)`,
      class: 'realworld113-split-submission',
      args: ['--authserv-id', HV_MX.rdns, '--recipient-domain', HV],
      eml: onTop(
        hvColleague,
        `Return-Path: <s.haug@${HV}>`,
        `Delivered-To: ${HV_READER}`,
        dovecotLmtp(HV_MX.rdns, `s.haug@${HV}`, HV_READER, 'yHv113aZ2ZlAAAw', DATE),
        `X-Virus-Scanned: Debian amavis at ${HV_MX.rdns}`,
        pf(HV_SMTP, HV_MX.rdns, '4HvB2d9', HV_READER),
        login('[192.168.1.23]', '203.0.113.80', `s.haug@${HV}`, HV_SMTP.rdns, '4HvA1c1', HV_READER),
      ),
      zone: HV_ZONE,
      expect: NOT_WARNED,
      twin: true,
    },
    false,
  );
}
