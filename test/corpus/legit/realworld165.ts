// Real-world delivery shapes, hundred-and-sixty-fifth round: genuine mail of Polish, Russian and
// Ukrainian small firms and schools whose names sit under second-level registries of the PSL's
// private section (co.pl, msk.ru, spb.ru, com.ru, net.ru, org.ru, pp.ua, co.ua, biz.ua; CentralNic's
// uk.com and eu.org), now that lib/dns/registrable.ts REGISTRY_SUFFIXES counts those zones as
// registries and the own-server rules compare owners with the private section (ownerDomain:
// lib/findings/hosted-server.ts, lib/engine/origin-walk.ts staysInside / primaryMx, lib/analyze.ts
// traceOwnServerName). Modelled: firms' own servers on rented VPSs (Timeweb, OVH Poland, Hostinger)
// named by A records of their own; Yandex 360, Mail.ru for Business, Google Workspace and Microsoft
// 365 hosting such domains; Russian shared hosters' mail servers (Beget, REG.RU); a reader whose own
// box is under msk.ru (`--authserv-id mail.<firm>.msk.ru --recipient-domain <firm>.msk.ru`: the
// box's own hand-off from its MX front, direct and through a CNAME to its IT contractor's host under
// the same zone, and a colleague's login); a supplier under the same zone as the reader (co.pl: two
// organisations, over SMTP and as a login on the shared host both rent mailboxes on); the same for
// zones of the PSL's private section NOT in REGISTRY_SUFFIXES (cc.ua, ltd.ua); a Yandex 360
// mailbox read with no options (Yandex is not a supported webmail).
// Where the layouts were learnt (`find_string` / `read_file` / `search`):
// - Yandex inbound (a Yandex 360 domain's mailbox, 2026, a public fixture of a Belarusian ticket
//   desk): `Received: from <client> by mail-nwsmtp-mxfront-production-main-80.iva.yp-c.yandex.net
//   (mxfront) with ESMTPS id …`, then `X-Yandex-Fwd: 1`, `Authentication-Results:
//   mail-nwsmtp-mxfront-…; spf=pass (mail-nwsmtp-mxfront-…: domain of X designates IP as permitted
//   sender, rule=[ip4:…]) smtp.mail=…; dkim=pass header.i=@…`, `X-Yandex-Spam: 1`, the hand-off to
//   `postback1a.mail.yandex.net (Yandex) with ESMTPS`, then `notsolitesrv … with LMTPS`.
// - Yandex outbound (forward hosts, `smtp/Yandex` submission), Mail.ru (`by smtp61.i.mail.ru with
//   esmtpa`, Exim's fallback hop), OVH: realworld51's layouts (list archives), reused as written.
// - Beget: `include:beget.com`, MX mx1.beget.com, SMTP smtp.beget.com (public project notes found by
//   find_string). Timeweb: MX mx1/mx2.timeweb.ru, SPF and DKIM "created automatically when a mailbox
//   is created" (a public Timeweb how-to note). REG.RU: mail.hosting.reg.ru and server208.hosting.
//   reg.ru as SMTP hosts of ISPmanager sites (public configs). NOT confirmed: the outbound host
//   names and Received lines of Beget and REG.RU (modelled as an Exim line on the named server, as
//   ISPmanager/cPanel hosts write it), their selectors (beget, mail), and all of nazwa.pl's layout.
// - Google Workspace outbound (`mail-ej1-f53.google.com`), EOP and Gmail/Yahoo deliveries:
//   test/corpus/receivers.ts and m365-shapes.ts as earlier rounds learnt them.
// - The private-section zones: tldts' PSL copy (cc.ua, ltd.ua, inf.ua are private and not in
//   REGISTRY_SUFFIXES; checked with tldts parse on this commit).
// Addresses: the hosters' real networks (checked with `headerlens classify`: Timeweb AS9123, OVH
// AS16276, Hostinger AS47583 are "hosted server"; Beget AS198610, REG.RU AS197695 and VK AS47764
// are not), documentation ones for homes and the reader. The labels under the registry zones carry
// "hl165" so no real registrant is named. Every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, GMAIL, KEY, legitCorpus, OUTLOOK, ptr, type Relay, signAll } from '../kit';
import { M365_SPF_ZONE, senderTenantHops, tenantKey } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  eopDelivery,
  eopPass,
  GMAIL_TO,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooOmega,
} from '../receivers';
import { postfixEntry } from '../rounds-kit';

const YAHOO = ['--webmail', 'yahoo'];
const YAHOO_TO = 'robin.reader@yahoo.com';
const OUTLOOK_TO = 'robin@harbourline.example';
const SENT = 'Fri, 20 Nov 2026 12:59:58 +0300';
const at = (s: number) => `Fri, 20 Nov 2026 13:00:0${s} +0300`;

const AUTH: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** Mail from inside the reader's organisation: no warning. */
const INSIDE: CaseExpectation = { notVerdict: ['suspicious', 'spoofed'] };

const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const dmarc = (d: string, p: string) => txt(`_dmarc.${d}`, `v=DMARC1; ${p}`);
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });
/** A domain's SPF and MX at one name. */
const apex = (d: string, spf: string, ...hosts: Array<[number, string]>) => ({
  [d]: {
    TXT: [spf],
    ...(hosts.length ? { MX: hosts.map(([priority, exchange]) => ({ priority, exchange })) } : {}),
  },
});

const mail = (o: {
  from: string;
  to: string;
  subject: string;
  id: string;
  body: string;
  extra?: string[];
  date?: string;
}) =>
  submitted({
    from: o.from,
    to: o.to,
    subject: o.subject,
    date: o.date ?? SENT,
    messageId: o.id,
    body: o.body,
    extraHeaders: o.extra,
  });

/** A self-hosted box's delivery: Dovecot LMTP on top, the box's results, its Postfix entry. */
function intoBox(
  raw: string,
  o: { box: string; relay: Relay; envelope: string; rcpt: string; results: string; id: string },
): string {
  return onTop(
    raw,
    `Return-Path: <${o.envelope}>`,
    `Delivered-To: ${o.rcpt}`,
    dovecotLmtp(o.box, o.envelope, o.rcpt, `${o.id}Lm`, at(6)),
    `Authentication-Results: ${o.box};\r\n\t${o.results}`,
    postfixEntry(o.relay, o.box, o.id, o.rcpt, at(5)),
  );
}

/** rspamd's results on a box for an SPF pass at `ip`, DKIM as given, DMARC pass. */
const boxResults = (box: string, envelope: string, ip: string, from: string, dkim = 'dkim=none') =>
  `${dkim};\r\n\tspf=pass (${box}: domain of ${envelope} designates ${ip} as permitted sender) smtp.mailfrom=${envelope};\r\n\tdmarc=pass (policy=none) header.from=${from}`;

// --- Yandex, Mail.ru, Google, Microsoft, hosters ------------------------------------------------
const YANDEX_FWD: Relay = {
  helo: 'forward101d.mail.yandex.net',
  rdns: 'forward101d.mail.yandex.net',
  ip: '178.154.239.212',
};
const YANDEX_SPF = txt(
  '_spf.yandex.net',
  'v=spf1 ip4:178.154.239.0/24 ip4:77.88.28.0/24 ip4:5.45.198.0/24 ip6:2a02:6b8:c02:900::/64 ~all',
);
const yandexOut = (id: string) => [
  `Received: from mail-nwsmtp-smtp-production-main-59.iva.yp-c.yandex.net\r\n (mail-nwsmtp-smtp-production-main-59.iva.yp-c.yandex.net\r\n [IPv6:2a02:6b8:c0c:1e05:0:640:3290:0])\r\n\tby ${YANDEX_FWD.helo} (Yandex) with ESMTPS id ${id};\r\n\t${at(2)} (MSK)`,
  `Received: by mail-nwsmtp-smtp-production-main-59.iva.yp-c.yandex.net (smtp/Yandex)\r\n\twith ESMTPSA id ${id}-3m5p74q2;\r\n\t${at(1)}`,
  'X-Yandex-Fwd: 1',
];
const YANDEX_H = ['from', 'in-reply-to', 'cc', 'date', 'references', 'to', 'subject', 'message-id'];

const MAILRU: Relay = { helo: 'fallback20.i.mail.ru', rdns: 'fallback20.i.mail.ru', ip: '79.137.243.76' };
const GOOGLE_OUT: Relay = {
  helo: 'mail-ej1-f53.google.com',
  rdns: 'mail-ej1-f53.google.com',
  ip: '209.85.218.53',
};
const GOOGLE_SPF = txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:74.125.0.0/16 ~all');
const googleOut = (id: string) =>
  `Received: by mail-ej1-f53.google.com with SMTP id ${id}\r\n        for <…>; Fri, 20 Nov 2026 02:00:01 -0800 (PST)`;
const EOP_OUT: Relay = {
  helo: 'EUR05-AM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-am6eur05on2095.outbound.protection.outlook.com',
  ip: '40.107.22.95',
};
const BEGET: Relay = { helo: 'smtp31.beget.com', rdns: 'smtp31.beget.com', ip: '87.236.16.31' };
const REGRU: Relay = {
  helo: 'server208.hosting.reg.ru',
  rdns: 'server208.hosting.reg.ru',
  ip: '31.31.196.10',
};

// --- The reader's box under msk.ru ---------------------------------------------------------------
const FIRM_RU = 'hl165-severtrans.msk.ru';
const RU_BOX = `mail.${FIRM_RU}`;
const RU_STORE = `imap.${FIRM_RU}`;
const RU_BOX_IP = '92.53.116.44';
const RU_STORE_IP = '92.53.96.31';
const RU_ARGS = ['--authserv-id', RU_BOX, '--recipient-domain', FIRM_RU];
const RU_ROBIN = `robin@${FIRM_RU}`;
/** The IT contractor under the same zone that names its clients' VMs under its own domain. */
const RU_CONTRACTOR_HOST = 'vps-0412.hl165-itservis.msk.ru';

/** The reader's DNS: the MX/filter VPS (`mail.`, an A record of its own or a CNAME to the contractor's name) and the mail store. */
const ruBoxZone = (viaContractor: boolean) => ({
  ...apex(FIRM_RU, `v=spf1 a:${RU_BOX} -all`, [10, RU_BOX]),
  ...dmarc(FIRM_RU, 'p=quarantine'),
  ...key(FIRM_RU, 'dkim'),
  ...(viaContractor
    ? {
        [RU_BOX]: { CNAME: [RU_CONTRACTOR_HOST] },
        [RU_CONTRACTOR_HOST]: { A: [RU_BOX_IP] },
        [`${RU_BOX_IP.split('.').reverse().join('.')}.in-addr.arpa`]: { PTR: [RU_BOX] },
      }
    : ptr(RU_BOX_IP, RU_BOX)),
  ...ptr(RU_STORE_IP, RU_STORE),
});

/** The box's delivery: the store's LMTP, the filter's hand-off to the store, its results, its entry. */
function intoRuBox(raw: string, relay: Relay, envelope: string, results: string, id: string): string {
  return onTop(
    raw,
    `Return-Path: <${envelope}>`,
    `Delivered-To: ${RU_ROBIN}`,
    dovecotLmtp(RU_STORE, envelope, RU_ROBIN, `${id}Lm`, at(7)),
    `Received: from ${RU_BOX} (${RU_BOX} [${RU_BOX_IP}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\tby ${RU_STORE} (Postfix) with ESMTPS id ${id}St\r\n\tfor <${RU_ROBIN}>; ${at(6)}`,
    `Authentication-Results: ${RU_BOX};\r\n\t${results}`,
    postfixEntry(relay, RU_BOX, id, RU_ROBIN, at(5)),
  );
}

// --- Senders -------------------------------------------------------------------------------------
/** A supplier under msk.ru on its own Timeweb VPS (A record, `a:` SPF term), unsigned. */
const VENDOR_RU = 'hl165-metallsnab.msk.ru';
const VENDOR_RU_MTA: Relay = { helo: `mail.${VENDOR_RU}`, rdns: `mail.${VENDOR_RU}`, ip: '92.53.97.120' };
/** A timber firm in St Petersburg on Yandex 360 for Business. */
const YA_FIRM = 'hl165-lesprom.spb.ru';
/** A car-parts firm on Mail.ru for Business (biz.mail.ru). */
const MR_FIRM = 'hl165-avtodetal.com.ru';
/** A bakery's site and mailboxes on Beget shared hosting. */
const BG_FIRM = 'hl165-pekarnya.net.ru';
/** A school's site and mailboxes on REG.RU's ISPmanager hosting. */
const RG_SCHOOL = 'hl165-gimnaziya5.org.ru';

// Polish: the reader's joinery and its timber supplier, both under co.pl.
const FIRM_PL = 'hl165-stolarnia-wisla.co.pl';
const PL_BOX = `poczta.${FIRM_PL}`;
const PL_ARGS = ['--authserv-id', PL_BOX, '--recipient-domain', FIRM_PL];
const VENDOR_PL = 'hl165-drewpol.co.pl';
const VENDOR_PL_MTA: Relay = { helo: `mail.${VENDOR_PL}`, rdns: `mail.${VENDOR_PL}`, ip: '51.68.11.20' };
/** A window maker on Google Workspace. */
const GW_PL = 'hl165-okna-baltyk.co.pl';
/** nazwa.pl-style shared mail server both Polish firms rent mailboxes on (layout NOT confirmed). */
const PL_SHARED = 'serwer1865432.nazwa.pl';

// Ukrainian.
const GW_SCHOOL_UA = 'hl165-licej-kvitka.pp.ua';
const M365_UA = 'hl165-agroservis.co.ua';
const M365_UA_TENANT = 'agroservisua';
const HS_UA = 'hl165-zerno.co.ua';
const HS_UA_MTA: Relay = { helo: `mail.${HS_UA}`, rdns: `mail.${HS_UA}`, ip: '89.116.146.10' };
/** Two firms under cc.ua (private section, NOT in REGISTRY_SUFFIXES) on one shared host. */
const CC_FIRM = 'hl165-teplodim.cc.ua';
const CC_VENDOR = 'hl165-budmarket.cc.ua';
const UA_SHARED = 's12.hl165-hosting.com.ua';
const UA_SHARED_IP = '185.68.16.10';

// CentralNic-style.
const UKCOM = 'hl165-brightwell.uk.com';
const EUORG = 'hl165-nodeclub.eu.org';
const EUORG_MTA: Relay = { helo: `mx.${EUORG}`, rdns: `mx.${EUORG}`, ip: '54.38.48.10' };

const HOME = '203.0.113.88';

export async function makeAll(write: CaseWriter): Promise<void> {
  // ==== 1. The reader's box under msk.ru ========================================================
  {
    // 1a. A supplier under the same zone, from its own Timeweb VPS, SPF only.
    const env = `zakaz@${VENDOR_RU}`;
    const raw = mail({
      from: `Metallsnab <${env}>`,
      to: `Robin <${RU_ROBIN}>`,
      subject: 'Schet 165-214 na armaturu',
      id: `<20261120125958.165214@${VENDOR_RU}>`,
      body: 'Robin, dobryj den,\r\n\r\nschet 165-214 na armaturu vo vlozhenii, otgruzka v ponedelnik.\r\n\r\nMetallsnab\r\n',
    });
    emitCase(write, {
      name: 'w165-box-msk-ru-reader-supplier-same-zone-own-timeweb-vps-spf-only',
      about: `Genuine: the steel supplier ${VENDOR_RU} runs Postfix on its own Timeweb VPS (mail.${VENDOR_RU} [${VENDOR_RU_MTA.ip}], AS9123, an A record of its own, PTR set in Timeweb's panel; SPF "a:mail.${VENDOR_RU} -all", p=none, unsigned) and writes to the reader at ${FIRM_RU}, whose own box (MX/filter ${RU_BOX} on one Timeweb VPS, the mail store ${RU_STORE} on another) records spf=pass, dmarc=pass. Two registrants under msk.ru: the walk must pass the box's own hand-off (filter to store, both Timeweb) and stop at the supplier's server, named inside its own domain. Read on the box. Wanted: authenticated (the supplier's own server, hosted-server note low at most), not the reader's organisation.`,
      class: 'real-mail',
      args: RU_ARGS,
      eml: intoRuBox(
        raw,
        VENDOR_RU_MTA,
        env,
        boxResults(RU_BOX, env, VENDOR_RU_MTA.ip, VENDOR_RU),
        '4ZrW165a01',
      ),
      zone: {
        ...ruBoxZone(false),
        ...ptr(VENDOR_RU_MTA.ip, VENDOR_RU_MTA.rdns),
        ...apex(VENDOR_RU, `v=spf1 a:mail.${VENDOR_RU} -all`, [10, `mail.${VENDOR_RU}`]),
        ...dmarc(VENDOR_RU, 'p=none'),
      },
      expect: { ...AUTH, fields: { ...AUTH.fields, 'origin.ip': VENDOR_RU_MTA.ip } },
    });
  }
  for (const viaContractor of [false, true]) {
    // 1b/1c. A Yandex 360 firm (spb.ru) writes to the box; its front named directly or through a
    // CNAME to its IT contractor's host under msk.ru (the front is its sole primary MX).
    const env = `snab@${YA_FIRM}`;
    const signed = await signAll(
      mail({
        from: `Lesprom <${env}>`,
        to: `Robin <${RU_ROBIN}>`,
        subject: 'Otgruzka pilomateriala 23.11',
        id: `<1795168798.${viaContractor ? 'c' : 'd'}165@${YA_FIRM}>`,
        body: 'Robin,\r\n\r\notgruzka pilomateriala perenosim na 23.11, mashina budet k 10:00.\r\n\r\nLesprom\r\n',
      }),
      [[YA_FIRM, 'mail']],
      YANDEX_H,
    );
    emitCase(write, {
      name: viaContractor
        ? 'w165-box-msk-ru-reader-front-cname-to-contractor-same-zone-yandex360-sender'
        : 'w165-box-msk-ru-reader-yandex360-spb-ru-sender-signed',
      about: `Genuine: the timber firm ${YA_FIRM} on Yandex 360 for Business (redirect=_spf.yandex.net, its own key s=mail, p=quarantine) writes to the reader at ${FIRM_RU}; handed over by ${YANDEX_FWD.rdns} [${YANDEX_FWD.ip}] (Yandex.Cloud, AS200350) to the reader's MX/filter ${RU_BOX}, which writes its results and hands on to the store ${RU_STORE} (both Timeweb VPSs). ${viaContractor ? `The filter's name is a CNAME to the IT contractor's host ${RU_CONTRACTOR_HOST} (another registrant under msk.ru), and it is the firm's sole primary MX: staysInside says no, primaryMx must say yes, comparing owners with the private section.` : 'The filter is an A record of the firm\u2019s own.'} Read on the box. Wanted: authenticated.`,
      class: 'real-mail',
      args: RU_ARGS,
      eml: intoRuBox(
        onTop(signed, ...yandexOut(viaContractor ? '165C02D3C' : '165C02D3D')),
        YANDEX_FWD,
        env,
        boxResults(
          RU_BOX,
          env,
          YANDEX_FWD.ip,
          YA_FIRM,
          `dkim=pass header.d=${YA_FIRM} header.s=mail header.b=Q29ycHVz`,
        ),
        viaContractor ? '4ZrW165b02' : '4ZrW165b03',
      ),
      zone: {
        ...ruBoxZone(viaContractor),
        ...ptr(YANDEX_FWD.ip, YANDEX_FWD.rdns),
        ...YANDEX_SPF,
        ...apex(YA_FIRM, 'v=spf1 redirect=_spf.yandex.net', [10, 'mx.yandex.net']),
        ...dmarc(YA_FIRM, 'p=quarantine'),
        ...key(YA_FIRM, 'mail'),
      },
      expect: AUTH,
    });
  }
  {
    // 1d. A colleague logs in on the box from home and writes to Robin.
    const env = `buhgalteriya@${FIRM_RU}`;
    const raw = mail({
      from: `Buhgalteriya <${env}>`,
      to: `Robin <${RU_ROBIN}>`,
      subject: 'Akt sverki za oktyabr',
      id: `<7c1e2a90-165d-4b1e-9a0f-3c5d7e9f1a2b@${FIRM_RU}>`,
      body: 'Robin,\r\n\r\nakt sverki za oktyabr gotov, podpishite do pyatnicy.\r\n\r\nBuhgalteriya\r\n',
      extra: ['User-Agent: Mozilla Thunderbird'],
    });
    emitCase(write, {
      name: 'w165-box-msk-ru-reader-colleague-login-esmtpsa-from-home',
      about: `Genuine: the accountant of ${FIRM_RU} logs in on the firm's own box ${RU_BOX} from home (ESMTPSA, "Authenticated sender: ${env}") and writes to Robin; the filter hands on to ${RU_STORE}. The firm is a registrant under msk.ru: the login, the From and --recipient-domain are one organisation. Read on the box. Wanted: mail from inside (unverified or better, never a warning).`,
      class: 'real-mail',
      args: RU_ARGS,
      eml: onTop(
        raw,
        `Return-Path: <${env}>`,
        `Delivered-To: ${RU_ROBIN}`,
        dovecotLmtp(RU_STORE, env, RU_ROBIN, '4ZrW165d04Lm', at(7)),
        `Received: from ${RU_BOX} (${RU_BOX} [${RU_BOX_IP}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\tby ${RU_STORE} (Postfix) with ESMTPS id 4ZrW165d04St\r\n\tfor <${RU_ROBIN}>; ${at(6)}`,
        `Received: from [192.168.0.14] (unknown [${HOME}])\r\n\t(Authenticated sender: ${env})\r\n\tby ${RU_BOX} (Postfix) with ESMTPSA id 4ZrW165d04\r\n\tfor <${RU_ROBIN}>; ${at(5)}`,
      ),
      zone: ruBoxZone(false),
      expect: INSIDE,
    });
  }

  // ==== 2. Polish firms under co.pl ================================================================
  {
    // 2a. The supplier's own OVH Poland VPS to the reader's own box: two organisations.
    const env = `biuro@${VENDOR_PL}`;
    const raw = mail({
      from: `Drewpol Biuro <${env}>`,
      to: `Robin <robin@${FIRM_PL}>`,
      subject: 'Faktura FV/165/11/2026',
      id: `<20261120105958.4F2A165@${VENDOR_PL}>`,
      body: 'Dzien dobry,\r\n\r\nw zalaczeniu faktura FV/165/11/2026 za deski debowe.\r\n\r\nDrewpol\r\n',
      date: 'Fri, 20 Nov 2026 10:59:58 +0100',
    });
    emitCase(write, {
      name: 'w165-box-co-pl-supplier-same-zone-own-ovh-vps-to-firm-box',
      about: `Genuine: the timber supplier ${VENDOR_PL} runs its own Postfix on an OVH Poland VPS (mail.${VENDOR_PL} [${VENDOR_PL_MTA.ip}], AS16276, A record and PTR of its own; SPF "mx a:mail.${VENDOR_PL} -all", p=none, unsigned) and sends an invoice to the joinery ${FIRM_PL}, whose own box ${PL_BOX} records spf=pass, dmarc=pass. Both are registrants under co.pl: two organisations, the supplier's server its own. Read on the box. Wanted: authenticated, not read as the reader's own mail.`,
      class: 'real-mail',
      args: PL_ARGS,
      eml: intoBox(raw, {
        box: PL_BOX,
        relay: VENDOR_PL_MTA,
        envelope: env,
        rcpt: `robin@${FIRM_PL}`,
        results: boxResults(PL_BOX, env, VENDOR_PL_MTA.ip, VENDOR_PL),
        id: '4ZrP165a01',
      }),
      zone: {
        ...ptr(VENDOR_PL_MTA.ip, VENDOR_PL_MTA.rdns),
        ...apex(VENDOR_PL, `v=spf1 mx a:mail.${VENDOR_PL} -all`, [10, `mail.${VENDOR_PL}`]),
        ...dmarc(VENDOR_PL, 'p=none'),
        ...apex(FIRM_PL, `v=spf1 a:${PL_BOX} -all`, [10, PL_BOX]),
        ...dmarc(FIRM_PL, 'p=quarantine'),
        ...ptr('198.51.100.165', PL_BOX),
      },
      expect: { ...AUTH, absentFindings: ['login-outside-organisation'] },
    });
  }
  for (const [zoneName, firm, vendor, host, ip, args] of [
    ['co-pl', FIRM_PL, VENDOR_PL, PL_SHARED, '85.128.130.10', 'pl'],
    ['cc-ua', CC_FIRM, CC_VENDOR, UA_SHARED, UA_SHARED_IP, 'ua'],
  ] as const) {
    // 2b/5b. Both firms rent mailboxes on one shared mail server; the supplier's employee logs
    // in there with her own account and writes to the reader: a login of ANOTHER organisation.
    const env = `ewa@${vendor}`;
    const raw = mail({
      from: `Ewa Nowak <${env}>`,
      to: `Robin <robin@${firm}>`,
      subject: args === 'pl' ? 'Termin dostawy desek' : 'Termin postavky',
      id: `<b3f1c0de-165${args}-4e2a-9d1f-0c2b3a4d5e6f@${vendor}>`,
      body: 'Dzien dobry Robin,\r\n\r\ndostawa w przyszly wtorek, jak ustalalismy.\r\n\r\nEwa\r\n',
      extra: ['User-Agent: Mozilla Thunderbird'],
      date: 'Fri, 20 Nov 2026 10:59:58 +0100',
    });
    emitCase(write, {
      name: `w165-shared-host-${zoneName}-supplier-login-writes-to-firm-on-same-host`,
      about: `Genuine: the supplier ${vendor} and the reader's firm ${firm} both rent mailboxes on the same shared mail server ${host} [${ip}]${args === 'ua' ? ' (cc.ua is a registry zone of the PSL\u2019s private section NOT in REGISTRY_SUFFIXES)' : ''}. Ewa logs in there with her own account (ESMTPSA, "Authenticated sender: ${env}") and writes to Robin; the server delivers on the spot (Dovecot LMTP). Read with --authserv-id ${host} --recipient-domain ${firm}. Two organisations under one zone: not mail from inside the reader's organisation (no own-organisation reading, and no colleague's login); the login is the From's own account, recorded by the reader's provider. Wanted: never spoofed, not authenticated as inside mail: unverified or a named login (login-outside-organisation) is honest.`,
      class: 'real-mail',
      args: ['--authserv-id', host, '--recipient-domain', firm],
      eml: onTop(
        raw,
        `Return-Path: <${env}>`,
        `Delivered-To: robin@${firm}`,
        dovecotLmtp(host, env, `robin@${firm}`, `165${args}LmTp`, 'Fri, 20 Nov 2026 11:00:06 +0100'),
        `Received: from [192.168.1.20] (unknown [${HOME}])\r\n\t(Authenticated sender: ${env})\r\n\tby ${host} (Postfix) with ESMTPSA id 4ZrS165${args}\r\n\tfor <robin@${firm}>; Fri, 20 Nov 2026 11:00:05 +0100`,
      ),
      zone: {
        ...ptr(ip, host),
        ...apex(firm, `v=spf1 a:${host} -all`, [10, host]),
        ...apex(vendor, `v=spf1 a:${host} -all`, [10, host]),
        ...dmarc(firm, 'p=none'),
        ...dmarc(vendor, 'p=none'),
      },
      expect: { notVerdict: ['authenticated', 'spoofed'] },
    });
  }
  {
    // 2c. A co.pl firm on Google Workspace writes to the reader's Gmail.
    const env = `handlowy@${GW_PL}`;
    const signed = await signAll(
      mail({
        from: `Okna Baltyk <${env}>`,
        to: GMAIL_TO,
        subject: 'Oferta na okna do warsztatu',
        id: `<CAH165x9Qm2+Okna=Baltyk7Zr1Ww5Yh3Ju6Fs@mail.gmail.com>`,
        body: 'Dzien dobry,\r\n\r\nprzesylamy oferte na okna do warsztatu, wazna 30 dni.\r\n\r\nOkna Baltyk\r\n',
        date: 'Fri, 20 Nov 2026 10:59:58 +0100',
      }),
      [[GW_PL, 'google']],
    );
    emitCase(write, {
      name: 'w165-gmail-co-pl-google-workspace-sender-signed',
      about: `Genuine: the window maker ${GW_PL} on Google Workspace (include:_spf.google.com ~all, its own key s=google, p=quarantine) sends an offer to the reader's Gmail from ${GOOGLE_OUT.rdns} [${GOOGLE_OUT.ip}]. Gmail records dkim, spf and dmarc pass. Read in Gmail (and with no options). Wanted: authenticated.`,
      class: 'real-mail',
      args: GMAIL,
      eml: gmailDelivery(onTop(signed, googleOut('a640c23a62f3a-165b7c71c165so702')), {
        relay: GOOGLE_OUT,
        envelope: env,
        ids: ['x165csp1102953pxa', 'a165si1511406qtb.65'],
        spf: 'pass',
        deliveredTo: true,
        results: [
          gmailDkim(GW_PL, 'google'),
          gmailSpf(env, GOOGLE_OUT.ip),
          gmailDmarc(GW_PL, 'QUARANTINE'),
        ].join('\r\n       '),
      }),
      zone: {
        ...ptr(GOOGLE_OUT.ip, GOOGLE_OUT.rdns),
        ...GOOGLE_SPF,
        ...apex(GW_PL, 'v=spf1 include:_spf.google.com ~all', [1, 'smtp.google.com']),
        ...dmarc(GW_PL, 'p=quarantine'),
        ...key(GW_PL, 'google'),
      },
      expect: AUTH,
      twin: true,
    });
  }

  // ==== 3. Russian hosters and mailbox providers ====================================================
  {
    // 3a. Mail.ru for Business (com.ru) to Yahoo.
    const env = `prodazhi@${MR_FIRM}`;
    const signed = await signAll(
      onTop(
        mail({
          from: `Avtodetal <${env}>`,
          to: YAHOO_TO,
          subject: 'Vash zakaz 165-0912 gotov k vydache',
          id: `<1795168797.165091277@f511.i.mail.ru>`,
          body: 'Zdravstvujte!\r\n\r\nVash zakaz 165-0912 gotov k vydache na sklade.\r\n\r\nAvtodetal\r\n',
          extra: ['X-Mailer: Mail.Ru Mailer 1.0', 'X-Mailru-Src: smtp'],
        }),
        `Received: by smtp61.i.mail.ru with esmtpa (envelope-from <${env}>)\r\n\tid 1sOOO4-0000000H165-0WN6; ${at(1)}`,
      ),
      [[MR_FIRM, 'mailru']],
    );
    const raw = onTop(
      signed,
      `Received: from [10.12.4.37] (port=53694 helo=smtp61.i.mail.ru)\r\n\tby fallback20.i.mail.ru with esmtp (envelope-from <${env}>)\r\n\tid 1sOOOJ-00D165-2e; ${at(2)}`,
    );
    emitCase(write, {
      name: 'w165-yahoo-com-ru-mail-ru-for-business-signed',
      about: `Genuine: the car-parts shop ${MR_FIRM} on Mail.ru for Business (include:_spf.mail.ru, its own key s=mailru, p=none) tells a customer at Yahoo the order is ready: Mail.ru's "by smtp61.i.mail.ru with esmtpa" and Exim's fallback hop (realworld51's layout), handed over by ${MAILRU.rdns} [${MAILRU.ip}] (AS47764 VK). Yahoo records dkim, spf and dmarc pass. Read in Yahoo Mail. Wanted: authenticated.`,
      class: 'real-mail',
      args: YAHOO,
      eml: yahooOmega(
        raw,
        {
          ip: MAILRU.ip,
          helo: MAILRU.helo,
          envelope: env,
          spf: `pass (domain of ${MR_FIRM} designates ${MAILRU.ip} as permitted sender)`,
          ar: `dkim=pass header.i=@${MR_FIRM} header.s=mailru;\r\n spf=pass smtp.mailfrom=${MR_FIRM};\r\n dmarc=pass(p=NONE) header.from=${MR_FIRM};`,
        },
        { tag: 'R165m', pod: 'k4mq7', inner: '10.217.151.65', to: YAHOO_TO },
      ),
      zone: {
        ...ptr(MAILRU.ip, MAILRU.rdns),
        ...txt('_spf.mail.ru', 'v=spf1 ip4:79.137.243.0/24 ip4:94.100.177.0/24 ~all'),
        ...apex(MR_FIRM, 'v=spf1 include:_spf.mail.ru ~all', [10, 'emx.mail.ru']),
        ...dmarc(MR_FIRM, 'p=none'),
        ...key(MR_FIRM, 'mailru'),
      },
      expect: AUTH,
    });
  }
  {
    // 3b. Beget shared hosting (net.ru): the bakery's mailbox through smtp.beget.com.
    const env = `zakazy@${BG_FIRM}`;
    const signed = await signAll(
      onTop(
        mail({
          from: `Pekarnya <${env}>`,
          to: YAHOO_TO,
          subject: 'Zakaz torta na 28.11 prinyat',
          id: `<165a9b3c4d5e6f70@${BG_FIRM}>`,
          body: 'Zdravstvujte!\r\n\r\nzakaz torta na 28.11 prinyat, zhdem vas k 12:00.\r\n\r\nPekarnya\r\n',
        }),
        `Received: from [${HOME}] (helo=[192.168.0.5])\r\n\tby ${BEGET.helo} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.96)\r\n\t(envelope-from <${env}>)\r\n\tid 1tB165-000Kx2-1a\r\n\tfor ${YAHOO_TO}; ${at(1)}`,
      ),
      [[BG_FIRM, 'beget']],
    );
    emitCase(write, {
      name: 'w165-yahoo-net-ru-beget-shared-hosting-mailbox-signed',
      about: `Genuine: a bakery (${BG_FIRM}) hosts its site and mailboxes at Beget (MX mx1.beget.com, "v=spf1 include:beget.com ~all", Beget's DKIM for the domain, modelled s=beget; p=none). The owner sends from a mail program through Beget's SMTP: Exim's "by ${BEGET.helo} with esmtpsa" (NOT confirmed, modelled), handed to Yahoo by ${BEGET.rdns} [${BEGET.ip}] (AS198610 Beget). Read in Yahoo Mail. Wanted: authenticated (the domain's own key).`,
      class: 'real-mail',
      args: YAHOO,
      eml: yahooOmega(
        signed,
        {
          ip: BEGET.ip,
          helo: BEGET.helo,
          envelope: env,
          spf: `pass (domain of ${BG_FIRM} designates ${BEGET.ip} as permitted sender)`,
          ar: `dkim=pass header.i=@${BG_FIRM} header.s=beget;\r\n spf=pass smtp.mailfrom=${BG_FIRM};\r\n dmarc=pass(p=NONE) header.from=${BG_FIRM};`,
        },
        { tag: 'R165b', pod: 'k4mq8', inner: '10.217.151.66', to: YAHOO_TO },
      ),
      zone: {
        ...ptr(BEGET.ip, BEGET.rdns),
        ...txt('beget.com', 'v=spf1 ip4:87.236.16.0/22 ip4:5.101.152.0/21 ~all'),
        ...apex(BG_FIRM, 'v=spf1 include:beget.com ~all', [10, 'mx1.beget.com'], [20, 'mx2.beget.com']),
        ...dmarc(BG_FIRM, 'p=none'),
        ...key(BG_FIRM, 'beget'),
      },
      expect: AUTH,
    });
  }
  {
    // 3c. A school (org.ru) on REG.RU's ISPmanager hosting to a parent at Outlook.
    const env = `priemnaya@${RG_SCHOOL}`;
    const signed = await signAll(
      onTop(
        mail({
          from: `Gimnaziya No 5 <${env}>`,
          to: `Robin <${OUTLOOK_TO}>`,
          subject: 'Roditelskoe sobranie 26 noyabrya',
          id: `<165e0f1a2b3c4d5e@${RG_SCHOOL}>`,
          body: 'Uvazhaemye roditeli!\r\n\r\nroditelskoe sobranie sostoitsya 26 noyabrya v 18:30.\r\n\r\nAdministraciya\r\n',
        }),
        `Received: from [${HOME}] (port=51822 helo=[192.168.1.7])\r\n\tby ${REGRU.helo} with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.97.1)\r\n\t(envelope-from <${env}>)\r\n\tid 1tR165-0004Lq-2b\r\n\tfor ${OUTLOOK_TO}; ${at(1)}`,
      ),
      [[RG_SCHOOL, 'mail']],
    );
    emitCase(write, {
      name: 'w165-outlook-org-ru-school-reg-ru-hosting-signed',
      about: `Genuine: a gymnasium (${RG_SCHOOL}) keeps its site and mailboxes on REG.RU's ISPmanager hosting (${REGRU.rdns} [${REGRU.ip}], AS197695; "v=spf1 include:_spf.hosting.reg.ru ~all", DKIM s=mail from the panel, p=none). The secretary writes to a parent at Outlook from Thunderbird through the server's SMTP (Exim's esmtpsa line, modelled). EOP records spf, dkim and dmarc pass. Read in Outlook on the web. Wanted: authenticated.`,
      class: 'real-mail',
      args: OUTLOOK,
      eml: eopDelivery(signed, {
        ...eopPass(
          REGRU,
          RG_SCHOOL,
          `dkim=pass (signature was verified)\r\n header.d=${RG_SCHOOL}`,
          RG_SCHOOL,
        ),
        returnPath: env,
      }),
      zone: {
        ...ptr(REGRU.ip, REGRU.rdns),
        ...txt('_spf.hosting.reg.ru', 'v=spf1 ip4:31.31.196.0/22 ip4:37.140.192.0/22 ~all'),
        ...apex(RG_SCHOOL, 'v=spf1 include:_spf.hosting.reg.ru ~all', [10, 'mx1.hosting.reg.ru']),
        ...dmarc(RG_SCHOOL, 'p=none'),
        ...key(RG_SCHOOL, 'mail'),
      },
      expect: AUTH,
    });
  }
  {
    // 3d. The Yandex 360 firm's own mailbox at Yandex, read with no options: Google Workspace sender.
    const env = `handlowy@${GW_PL}`;
    const rcpt = `direktor@${YA_FIRM}`;
    const signed = await signAll(
      mail({
        from: `Okna Baltyk <${env}>`,
        to: rcpt,
        subject: 'Okna dla tartaku / okna dlya lesopilki',
        id: '<CAH165yAndexQm2+Okna=Baltyk7Zr1Ww5Yh3Ju6F@mail.gmail.com>',
        body: 'Dzien dobry,\r\n\r\nprzesylamy oferte na okna dla tartaku.\r\n\r\nOkna Baltyk\r\n',
        date: 'Fri, 20 Nov 2026 10:59:58 +0100',
      }),
      [[GW_PL, 'google']],
    );
    const front = 'mail-nwsmtp-mxfront-production-main-80.iva.yp-c.yandex.net';
    const eml = onTop(
      signed,
      `Received: from postback1a.mail.yandex.net (postback1a.mail.yandex.net [2a02:6b8:c0e:500:1:45:d181:da01])\r\n\tby mail-notsolitesrv-production-main-25.vla.yp-c.yandex.net (notsolitesrv) with LMTPS id Kq165fzltabX8-Z1Bu9pAf\r\n\tfor <${rcpt}>; ${at(8)}`,
      `Received: from ${front} (${front} [IPv6:2a02:6b8:c0c:d10c:0:640:b29a:0])\r\n\tby postback1a.mail.yandex.net (Yandex) with ESMTPS id 36CF165F5\r\n\tfor <${rcpt}>; ${at(7)} (MSK)`,
      `Received: from ${GOOGLE_OUT.helo} (${GOOGLE_OUT.rdns} [${GOOGLE_OUT.ip}])\r\n\tby ${front} (mxfront) with ESMTPS id RHZ165LE8c0-p1YeqryX;\r\n\t${at(6)}`,
      'X-Yandex-Fwd: 1',
      `Authentication-Results: ${front}; spf=pass (${front}: domain of ${GW_PL} designates ${GOOGLE_OUT.ip} as permitted sender, rule=[ip4:209.85.128.0/17]) smtp.mail=${env}; dkim=pass header.i=@${GW_PL}`,
      'X-Yandex-Spam: 1',
      `Received: by mail-ej1-f53.google.com with SMTP id a640c23a62f3a-165b7c71c165so703\r\n        for <${rcpt}>; Fri, 20 Nov 2026 02:00:01 -0800 (PST)`,
    );
    emitCase(write, {
      name: 'w165-no-options-yandex360-spb-ru-mailbox-google-workspace-co-pl-sender',
      about: `Genuine: the Polish window maker ${GW_PL} (Google Workspace, s=google, p=quarantine) writes to the director of ${YA_FIRM}, whose mailbox is at Yandex 360: Yandex's mxfront entry from ${GOOGLE_OUT.rdns}, X-Yandex-Fwd, its Authentication-Results (spf=pass … rule=[ip4:…], dkim=pass header.i=@${GW_PL}), X-Yandex-Spam, the hand-off to postback1a and notsolitesrv's LMTPS (as a Yandex 360 domain's 2026 mail shows). Yandex is not a supported webmail: read with no options, online. Wanted: authenticated (the sender's aligned signature checked by HeaderLens itself).`,
      class: 'real-mail',
      args: [],
      eml,
      zone: {
        ...ptr(GOOGLE_OUT.ip, GOOGLE_OUT.rdns),
        ...GOOGLE_SPF,
        ...apex(GW_PL, 'v=spf1 include:_spf.google.com ~all', [1, 'smtp.google.com']),
        ...dmarc(GW_PL, 'p=quarantine'),
        ...key(GW_PL, 'google'),
        ...apex(YA_FIRM, 'v=spf1 redirect=_spf.yandex.net', [10, 'mx.yandex.net']),
      },
      expect: AUTH,
    });
  }

  // ==== 4. Ukrainian =================================================================================
  {
    // 4a. A lyceum (pp.ua) on Google Workspace for Education to a parent's Gmail.
    const env = `info@${GW_SCHOOL_UA}`;
    const signed = await signAll(
      mail({
        from: `Licej Kvitka <${env}>`,
        to: GMAIL_TO,
        subject: 'Batkivski zbory 27.11',
        id: '<CAK165pQ4Kvitka+Licej=Zb0ry27xWw5Yh3Ju6Fs@mail.gmail.com>',
        body: 'Shanovni batky!\r\n\r\nbatkivski zbory vidbudutsya 27.11 o 18:00.\r\n\r\nAdministraciya liceyu\r\n',
        date: 'Fri, 20 Nov 2026 11:59:58 +0200',
      }),
      [[GW_SCHOOL_UA, 'google']],
    );
    emitCase(write, {
      name: 'w165-gmail-pp-ua-school-google-workspace-signed',
      about: `Genuine: a lyceum on a pp.ua name (${GW_SCHOOL_UA}) uses Google Workspace for Education (include:_spf.google.com ~all, s=google, p=none) and writes to a parent's Gmail from ${GOOGLE_OUT.rdns}. Read in Gmail. Wanted: authenticated.`,
      class: 'real-mail',
      args: GMAIL,
      eml: gmailDelivery(onTop(signed, googleOut('a640c23a62f3a-165b7c71c165so704')), {
        relay: GOOGLE_OUT,
        envelope: env,
        ids: ['x165csp2202953pxa', 'a165si2511406qtb.65'],
        spf: 'pass',
        deliveredTo: true,
        results: [
          gmailDkim(GW_SCHOOL_UA, 'google'),
          gmailSpf(env, GOOGLE_OUT.ip),
          gmailDmarc(GW_SCHOOL_UA, 'NONE'),
        ].join('\r\n       '),
      }),
      zone: {
        ...ptr(GOOGLE_OUT.ip, GOOGLE_OUT.rdns),
        ...GOOGLE_SPF,
        ...apex(GW_SCHOOL_UA, 'v=spf1 include:_spf.google.com ~all', [1, 'smtp.google.com']),
        ...dmarc(GW_SCHOOL_UA, 'p=none'),
        ...key(GW_SCHOOL_UA, 'google'),
      },
      expect: AUTH,
    });
  }
  {
    // 4b. An agricultural firm (co.ua) on Microsoft 365 to the reader's Outlook.
    const env = `office@${M365_UA}`;
    const selector = `selector1-${M365_UA.replace(/\./g, '-')}`;
    const signed = await signAll(
      onTop(
        mail({
          from: `Agroservis <${env}>`,
          to: `Robin <${OUTLOOK_TO}>`,
          subject: 'Dogovir postavky 165/26',
          id: `<DM6PR08MB5580165A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D@DM6PR08MB5580.namprd08.prod.outlook.com>`,
          body: 'Dobryj den,\r\n\r\nnadsylayemo dogovir postavky 165/26 na pidpys.\r\n\r\nAgroservis\r\n',
          date: 'Fri, 20 Nov 2026 11:59:58 +0200',
        }),
        ...senderTenantHops(),
      ),
      [[M365_UA, 'selector1']],
    );
    emitCase(write, {
      name: 'w165-outlook-co-ua-microsoft-365-sender-signed',
      about: `Genuine: ${M365_UA} on Microsoft 365 (include:spf.protection.outlook.com -all, DKIM enabled: ${selector}._domainkey CNAMEd into its tenant ${M365_UA_TENANT}.onmicrosoft.com, modelled as the key at selector1; p=quarantine) sends a contract from its mailbox (MAPI submission, the tenant's hops) out of ${EOP_OUT.rdns} [${EOP_OUT.ip}] to the reader's Exchange Online. Read in Outlook on the web. Wanted: authenticated.`,
      class: 'real-mail',
      args: OUTLOOK,
      eml: eopDelivery(signed, {
        ...eopPass(EOP_OUT, M365_UA, `dkim=pass (signature was verified)\r\n header.d=${M365_UA}`, M365_UA),
        returnPath: env,
      }),
      zone: {
        ...M365_SPF_ZONE,
        ...ptr(EOP_OUT.ip, EOP_OUT.rdns),
        ...apex(M365_UA, 'v=spf1 include:spf.protection.outlook.com -all', [
          0,
          `${M365_UA.replace(/\./g, '-')}.mail.protection.outlook.com`,
        ]),
        ...dmarc(M365_UA, 'p=quarantine'),
        ...key(M365_UA, 'selector1'),
        ...tenantKey(M365_UA_TENANT, selector),
      },
      expect: AUTH,
    });
  }
  {
    // 4c. A grain trader (co.ua) on its own Hostinger VPS, signing with OpenDKIM, to Yahoo.
    const env = `trade@${HS_UA}`;
    const signed = await signAll(
      mail({
        from: `Zerno Trade <${env}>`,
        to: YAHOO_TO,
        subject: 'Cina na pshenycyu 3 klasu',
        id: `<165f1e2d3c4b5a69@${HS_UA}>`,
        body: 'Dobryj den,\r\n\r\naktualna cina na pshenycyu 3 klasu u vkladenni.\r\n\r\nZerno Trade\r\n',
        date: 'Fri, 20 Nov 2026 11:59:58 +0200',
      }),
      [[HS_UA, 'dkim']],
    );
    emitCase(write, {
      name: 'w165-yahoo-co-ua-own-hostinger-vps-opendkim-signed',
      about: `Genuine: ${HS_UA} runs Postfix + OpenDKIM on its own Hostinger VPS (mail.${HS_UA} [${HS_UA_MTA.ip}], AS47583; PTR set in hPanel, A record of its own, MX; "v=spf1 mx -all", s=dkim, p=quarantine). Read in Yahoo Mail. Wanted: authenticated (its own signature; the server named inside the domain).`,
      class: 'real-mail',
      args: YAHOO,
      eml: yahooOmega(
        signed,
        {
          ip: HS_UA_MTA.ip,
          helo: HS_UA_MTA.helo,
          envelope: env,
          spf: `pass (domain of ${HS_UA} designates ${HS_UA_MTA.ip} as permitted sender)`,
          ar: `dkim=pass header.i=@${HS_UA} header.s=dkim;\r\n spf=pass smtp.mailfrom=${HS_UA};\r\n dmarc=pass(p=QUARANTINE) header.from=${HS_UA};`,
        },
        { tag: 'R165h', pod: 'k4mq9', inner: '10.217.151.67', to: YAHOO_TO },
      ),
      zone: {
        ...ptr(HS_UA_MTA.ip, HS_UA_MTA.rdns),
        ...apex(HS_UA, 'v=spf1 mx -all', [10, `mail.${HS_UA}`]),
        ...dmarc(HS_UA, 'p=quarantine'),
        ...key(HS_UA, 'dkim'),
      },
      expect: AUTH,
    });
  }

  // ==== 5. CentralNic-style names ===================================================================
  {
    // 5a. uk.com firm on Google Workspace to Outlook.
    const env = `accounts@${UKCOM}`;
    const signed = await signAll(
      onTop(
        mail({
          from: `Brightwell Accounts <${env}>`,
          to: `Robin <${OUTLOOK_TO}>`,
          subject: 'Remittance advice 165-118',
          id: '<CAJ165uKc0m+Brightwell=Rem1ttance118Yh3Ju6@mail.gmail.com>',
          body: 'Hello Robin,\r\n\r\nplease find our remittance advice for invoice 165-118.\r\n\r\nBrightwell Accounts\r\n',
          date: 'Fri, 20 Nov 2026 09:59:58 +0000',
        }),
        googleOut('a640c23a62f3a-165b7c71c165so705'),
      ),
      [[UKCOM, 'google']],
    );
    emitCase(write, {
      name: 'w165-outlook-uk-com-google-workspace-signed',
      about: `Genuine: ${UKCOM} (a CentralNic uk.com name) on Google Workspace (include:_spf.google.com ~all, s=google, p=reject) sends a remittance advice to the reader's Exchange Online from ${GOOGLE_OUT.rdns}. Read in Outlook on the web (and with no options). Wanted: authenticated.`,
      class: 'real-mail',
      args: OUTLOOK,
      eml: eopDelivery(signed, {
        ...eopPass(GOOGLE_OUT, UKCOM, `dkim=pass (signature was verified)\r\n header.d=${UKCOM}`, UKCOM),
        returnPath: env,
      }),
      zone: {
        ...ptr(GOOGLE_OUT.ip, GOOGLE_OUT.rdns),
        ...GOOGLE_SPF,
        ...apex(UKCOM, 'v=spf1 include:_spf.google.com ~all', [1, 'smtp.google.com']),
        ...dmarc(UKCOM, 'p=reject'),
        ...key(UKCOM, 'google'),
      },
      expect: AUTH,
      twin: true,
    });
  }
  {
    // 5b. eu.org club on its own OVH VPS (Postfix + OpenDKIM) to Gmail.
    const env = `board@${EUORG}`;
    const signed = await signAll(
      mail({
        from: `Nodeclub Board <${env}>`,
        to: GMAIL_TO,
        subject: 'Members meeting, 3 December',
        id: `<165c1d2e3f4a5b6c@${EUORG}>`,
        body: 'Hello Robin,\r\n\r\nthe members meeting is on 3 December at 19:00.\r\n\r\nThe board\r\n',
        date: 'Fri, 20 Nov 2026 10:59:58 +0100',
      }),
      [[EUORG, 'mail']],
    );
    emitCase(write, {
      name: 'w165-gmail-eu-org-club-own-ovh-vps-signed',
      about: `Genuine: a hobby club on a free eu.org name (${EUORG}) runs Postfix + OpenDKIM on its own OVH VPS (mx.${EUORG} [${EUORG_MTA.ip}], AS16276; "v=spf1 mx -all", s=mail, p=quarantine) and writes to a member's Gmail. Read in Gmail. Wanted: authenticated.`,
      class: 'real-mail',
      args: GMAIL,
      eml: gmailDelivery(signed, {
        relay: EUORG_MTA,
        envelope: env,
        ids: ['x165csp3302953pxa', 'a165si3511406qtb.65'],
        spf: 'pass',
        deliveredTo: true,
        results: [
          gmailDkim(EUORG, 'mail'),
          gmailSpf(env, EUORG_MTA.ip),
          gmailDmarc(EUORG, 'QUARANTINE'),
        ].join('\r\n       '),
      }),
      zone: {
        ...ptr(EUORG_MTA.ip, EUORG_MTA.rdns),
        ...apex(EUORG, 'v=spf1 mx -all', [10, `mx.${EUORG}`]),
        ...dmarc(EUORG, 'p=quarantine'),
        ...key(EUORG, 'mail'),
      },
      expect: AUTH,
    });
  }
}

// Nothing pending: every case reads as wanted on this commit (cf840f11).
// Not written as cases, by choice: the box cases read with no options. Without --authserv-id only
// the store's own top line is trusted, so the filter VPS (92.53.116.44, Timeweb) is the origin:
// the SPF-only supplier reads suspicious (spf-fail, dmarc-fail, hosted-server-relay medium) and the
// Yandex 360 sender suspicious (hosted-server-relay medium), under msk.ru exactly as under
// *.example (checked by renaming the reader's domain): the two-tier box's usual no-options
// reading, not a registry-zone one; the reader must name the box.
// Gap seen, not a misread today: cc.ua (like ltd.ua, inf.ua, and gda.pl / krakow.pl, edu.ru,
// ac.ru, int.ru) is in the PSL's private section but not in REGISTRY_SUFFIXES, so
// registrableDomain('x.hl165-teplodim.cc.ua') is 'cc.ua' and lib/analyze.ts ownOrganisation files
// every cc.ua registrant as the reader's organisation. The shared-host login case reads unverified
// under cc.ua exactly as under co.pl, so nothing here fails on it.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
