// Red-team round 186: the rules added between 01:30 and 02:15, attacked by one who has read them.
//
// A. Owners under shared parents (lib/dns/registrable.ts userZoneOf / MAIL_TENANT_PARENTS;
//    lib/findings/auth-state.ts alignsWithFrom, providerPassUnfounded, providerPassOutsideOwner).
//    Offline, a provider's dmarc=pass for a tenant's From is now void when every SPF or DKIM pass
//    the provider lists is another holder's; one listed pass of the tenant's own keeps it. The
//    attacker's tenant keeps the victim tenant's address as the envelope: Exchange Online's relay
//    connector sends it, SPF passes for the victim's own name through include:spf.protection
//    .outlook.com, which every tenant passes (probe185 case 4 online; here offline, in Gmail, Yahoo
//    and a Postfix box). Also the hybrid coexistence names (<tenant>.mail.onmicrosoft.com, now an
//    owner apart from <tenant>.onmicrosoft.com) and upper case.
// B. Offline relay names (lib/findings/hosted-server.ts offlineMailRelay, lib/relay/esp-evidence.ts
//    mailRelayName): offline, hosted-server-relay drops to low when the reverse name the reader's
//    provider printed fits a built-in service's relay pattern and the provider recorded dmarc=pass
//    and an aligned DKIM pass. The rule never asks whether the address is on that service's network:
//    a VM on any cloud whose PTR imitates a relay name gets the same reading. Who prints a PTR it did
//    not forward-confirm: Postfix prints "unknown" (smtpd's verified client name), Yahoo and EOP
//    print the EHLO only; Gmail prints "(name. [ip])" from its own lookup, forward-confirmed or not
//    is NOT confirmed (the round-176 note says the same): the Gmail cases below assume the worst.
//    Controls from the real-mail round's notes: a stranger's Tencent Cloud VM replaying a signed
//    qq.com message, another Exmail customer sending unsigned as an Exmail firm, a Yandex Cloud VM
//    replaying a Yandex 360 firm's signed mail.
// C. Brand readings (lib/findings/domains.ts brandOnSomeReading / onlyDeskBesides /
//    SPLIT_AT_INNER_CAPITAL; lib/findings/display-name.ts gluedBrand / brandInCamelCase): a
//    separator-joined brand now counts only beside desk words, so the brand's own product words
//    ("Teams", "365", "Outlook", "Envelope", "Messages", "Order"), desk words in another language
//    ("Sicherheitsteam") or the reader's own name beside it hide it; CamelCase misses DocuSign; a
//    Latin brand glued to a Cyrillic word then a space is missed.
//
// Layouts: Gmail's entry, Received-SPF and one header, Yahoo's, EOP's and Dovecot's as
// test/corpus/receivers.ts (public deliveries, test/fixtures/legit/README-m365.md); Exchange Online's
// outbound hosts and addresses, tenant default keys `selector1-<tenant>-onmicrosoft-com` and
// `_dmarc.onmicrosoft.com` p=none as probe185.ts (zkemail/email-wallet#80, publicsuffix/list#1485);
// the hybrid coexistence name <tenant>.mail.onmicrosoft.com from MicrosoftDocs/office-docs-
// powershell PR #8022 ("the default coexistence domain in hybrid: <tenant_domain>.mail.onmicrosoft
// .com") and the PowerShell Gallery's DLConversionV2 get-mailOnMicrosoftComDomain.ps1 (which also
// names the legacy *.microsoftonline.com routing domains); QQ Mail's, Exmail's and Yandex's own
// lines and relays as realworld176.ts / realworld51.ts (kernel list copies); Postfix's
// "from helo (unknown [ip])" for an unconfirmed client as test/corpus/messages.ts received().
// Networks checked with `npx tsx lib/cli/main.ts classify`: 43.154.100.25 Tencent Cloud AS132203,
// 51.250.10.20 Yandex.Cloud AS200350, 65.21.100.20 Hetzner AS24940 (all "hosted server").
// Names and other addresses are documentation ones.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { emitCase, GMAIL, KEY, NOT_TRUSTED, OUTLOOK, ptr, RECEIVER, type Relay, signAll } from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import {
  dovecotLmtp,
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
} from '../receivers';
import { ATTACKER_RELAY, PROBE_ZONE, probeCorpus } from '../rounds-kit';

const NOT_AUTH: CaseExpectation = { notVerdict: ['authenticated'] };
const word = (s: string) => `=?utf-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });

// --- A. Tenants ----------------------------------------------------------------------------------

const VICTIM = 'harlowfinance.onmicrosoft.com';
const VICTIM_SEL = 'selector1-harlowfinance-onmicrosoft-com';
const ATT = 'm365trial90417.onmicrosoft.com';
const ATT_SEL = 'selector1-m365trial90417-onmicrosoft-com';
const EXO_OUT: Relay = {
  helo: 'EUR02-DB5-obe.outbound.protection.outlook.com',
  rdns: 'mail-db5eur02on2095.outbound.protection.outlook.com',
  ip: '40.107.21.95',
};
const BOX = 'mail.reader.example';
type Reader = 'gmail' | 'yahoo' | 'box' | 'outlook';
const RCPT: Record<Reader, string> = {
  gmail: 'robin.reader@gmail.com',
  yahoo: 'robin.reader@yahoo.com',
  box: 'robin@reader.example',
  outlook: 'robin@harbourline.example',
};
const READER_ARGS: Record<Reader, string[]> = {
  gmail: GMAIL,
  yahoo: ['--webmail', 'yahoo'],
  box: ['--authserv-id', BOX],
  outlook: OUTLOOK,
};

const tenantZone = {
  ...M365_SPF_ZONE,
  ...ptr(EXO_OUT.ip, EXO_OUT.rdns),
  ...txt('_dmarc.onmicrosoft.com', 'v=DMARC1; p=none'),
  ...txt(VICTIM, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...txt(ATT, 'v=spf1 include:spf.protection.outlook.com -all'),
  [`${VICTIM_SEL}._domainkey.${VICTIM}`]: KEY(),
  [`${ATT_SEL}._domainkey.${ATT}`]: KEY(),
};

let serial = 0;

/** Exchange Online's outbound of a tenant message, as each reader's provider records it. */
async function tenantMail(o: {
  reader: Reader;
  from: string;
  /** header.from as the provider prints it. */
  fromDomain: string;
  signer: [string, string];
  envelope: string;
  dmarc?: 'pass' | 'fail';
  genuine?: boolean;
}): Promise<string> {
  serial++;
  const rcpt = RCPT[o.reader];
  const raw = await signAll(
    submitted({
      from: o.from,
      to: rcpt,
      subject: o.genuine
        ? 'Statement of account – November'
        : 'Updated remittance details – invoice HF-31186',
      date: 'Fri, 20 Nov 2026 09:59:10 +0000',
      messageId: `<DB9PR02MB6950186${serial}A1B2C3@DB9PR02MB6950.eurprd02.prod.outlook.com>`,
      body: o.genuine
        ? 'Hello Robin,\r\n\r\nyour November statement is on the portal as usual.\r\n\r\nHarlow Finance Accounts\r\n'
        : 'Hello Robin,\r\n\r\nour bank details have changed. Please pay invoice HF-31186 (EUR 21,400.00) today to IBAN XX00 0000 3118 6186 00.\r\n\r\nHarlow Finance Accounts\r\n',
    }),
    [o.signer],
  );
  const env = o.envelope.slice(o.envelope.lastIndexOf('@') + 1);
  const dmarc = o.dmarc ?? 'pass';
  if (o.reader === 'gmail')
    return gmailDelivery(raw, {
      relay: EXO_OUT,
      envelope: o.envelope,
      results: [
        gmailDkim(o.signer[0], o.signer[1]),
        gmailSpf(o.envelope, EXO_OUT.ip),
        gmailDmarc(o.fromDomain, 'NONE', dmarc),
      ].join('\r\n       '),
      ids: [`x186csp${serial}pxa`, `a186si${serial}qtb.186`],
      spf: 'pass',
      deliveredTo: true,
      to: rcpt,
    });
  if (o.reader === 'yahoo')
    return yahooDelivery(raw, {
      relay: EXO_OUT,
      envelope: o.envelope,
      results: `dkim=pass header.i=@${o.signer[0]} header.s=${o.signer[1]};\r\n spf=pass smtp.mailfrom=${env};\r\n dmarc=${dmarc}(p=NONE) header.from=${o.fromDomain};`,
    });
  if (o.reader === 'outlook')
    return eopDelivery(raw, {
      ...eopPass(
        EXO_OUT,
        env,
        `dkim=pass (signature was verified)\r\n header.d=${o.signer[0]}`,
        o.fromDomain,
      ),
      returnPath: o.envelope,
    });
  return onTop(
    raw,
    `Return-Path: <${o.envelope}>`,
    dovecotLmtp(BOX, o.envelope, rcpt, `kB186${serial}dE3fG4hI5jK6lM7n`, 'Fri, 20 Nov 2026 10:00:04 +0000'),
    `Authentication-Results: ${BOX}; dmarc=${dmarc} (p=none dis=none) header.from=${o.fromDomain}`,
    `Authentication-Results: ${BOX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${o.signer[0]} header.i=@${o.signer[0]} header.a=rsa-sha256 header.s=${o.signer[1]} header.b=Q29ycHVz`,
    `Authentication-Results: ${BOX}; spf=pass smtp.mailfrom=${o.envelope}`,
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${EXO_OUT.ip}; helo=${EXO_OUT.helo}; envelope-from=${o.envelope}; receiver=<UNKNOWN>`,
    `Received: from ${EXO_OUT.helo} (${EXO_OUT.rdns} [${EXO_OUT.ip}])\r\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw186${serial}a2\r\n\tfor <${rcpt}>; Fri, 20 Nov 2026 10:00:03 +0000`,
  );
}

async function tenants(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, c);
  const ATTACKER: [string, string] = [ATT, ATT_SEL];

  // A1. The victim tenant's own address as envelope (SPF passes for it through the include every
  // tenant shares) beside the attacker tenant's signature: offline, the provider's row lists a pass
  // "of the tenant's own name", so providerPassOutsideOwner keeps dmarc=pass.
  for (const reader of ['gmail', 'yahoo', 'box'] as const)
    emit({
      name: `r186-${reader}-tenant-envelope-shared-spf-foreign-tenant-dkim-offline`,
      class: 'cross-tenant-alignment',
      about: `Attack: the attacker's trial tenant ${ATT} sends "Harlow Finance Accounts" <ap@${VICTIM}> through its relay connector, keeping the envelope ap@${VICTIM}: Exchange Online signs with the attacker tenant's default key (d=${ATT}); SPF passes for ${VICTIM} only through include:spf.protection.outlook.com, which every tenant passes. The provider records spf=pass for the victim tenant's name, dkim=pass for the attacker's and dmarc=pass (relaxed, through onmicrosoft.com). Offline (${reader}): the round-185 rule (providerPassOutsideOwner) sees one listed pass of the tenant's own name and keeps the provider's pass. Online this reads right (probe185's victim-envelope case). Wanted: never authenticated (the only own-name pass is the shared include's: unverified at best).`,
      eml: await tenantMail({
        reader,
        from: `Harlow Finance Accounts <ap@${VICTIM}>`,
        fromDomain: VICTIM,
        signer: ATTACKER,
        envelope: `ap@${VICTIM}`,
      }),
      args: READER_ARGS[reader],
      expect: NOT_AUTH,
    });

  // A2. Upper case in the From and the provider's header.from.
  emit({
    name: 'r186-gmail-tenant-from-upper-case-foreign-tenant-dkim-offline',
    class: 'cross-tenant-alignment',
    about: `Attack: the cross-tenant spoof of probe185 with the From written "ap@HarlowFinance.OnMicrosoft.COM" and Gmail's header.from as written; signed d=${ATT}, envelope the attacker's. Offline, Gmail. Wanted: never authenticated (the owner comparison must ignore case).`,
    eml: await tenantMail({
      reader: 'gmail',
      from: 'Harlow Finance Accounts <ap@HarlowFinance.OnMicrosoft.COM>',
      fromDomain: 'HarlowFinance.OnMicrosoft.COM',
      signer: ATTACKER,
      envelope: `ap@${ATT}`,
    }),
    args: GMAIL,
    expect: NOT_AUTH,
  });

  // A3. The hybrid coexistence name: another holder's signature (attack) and the tenant's own (genuine).
  const HYBRID = 'harlowfinance.mail.onmicrosoft.com';
  emit({
    name: 'r186-gmail-hybrid-coexistence-from-foreign-tenant-dkim-offline',
    class: 'cross-tenant-alignment',
    about: `Attack: From ap@${HYBRID} (the victim's hybrid coexistence name, a proxy address of every hybrid mailbox), sent by the attacker's tenant signed d=${ATT}, envelope the attacker's; Gmail records dmarc=pass (one organisation under the PSL). Offline. Wanted: never authenticated.`,
    eml: await tenantMail({
      reader: 'gmail',
      from: `Harlow Finance Accounts <ap@${HYBRID}>`,
      fromDomain: HYBRID,
      signer: ATTACKER,
      envelope: `ap@${ATT}`,
    }),
    args: GMAIL,
    expect: NOT_AUTH,
  });
  emit({
    name: 'r186-gmail-hybrid-coexistence-from-own-tenant-key-genuine-offline',
    class: 'cross-tenant-alignment',
    about: `Genuine: a hybrid mailbox of Harlow Finance's tenant whose reply goes out with its coexistence address ap@${HYBRID} as From (a mailbox whose primary address was left at the routing name after a migration), signed by the tenant's own default key d=${VICTIM}, envelope ap@${VICTIM}. Gmail records dkim=pass, spf=pass, dmarc=pass. Offline. Both names are the same tenant's: Wanted: never spoofed (authenticated or unverified).`,
    eml: await tenantMail({
      reader: 'gmail',
      from: `Harlow Finance Accounts <ap@${HYBRID}>`,
      fromDomain: HYBRID,
      signer: [VICTIM, VICTIM_SEL],
      envelope: `ap@${VICTIM}`,
      genuine: true,
    }),
    args: GMAIL,
    expect: { verdict: 'authenticated', notVerdict: ['spoofed', 'suspicious'] },
  });
  emit({
    name: 'r186-gmail-hybrid-coexistence-from-own-tenant-key-genuine-online',
    class: 'cross-tenant-alignment',
    about: `Genuine: the same hybrid mailbox's reply (From ap@${HYBRID}, signed d=${VICTIM}), online with the tenants' zone (no record of its own at _dmarc.${HYBRID}: onmicrosoft.com's p=none). Wanted: authenticated; never spoofed or suspicious.`,
    eml: await tenantMail({
      reader: 'gmail',
      from: `Harlow Finance Accounts <ap@${HYBRID}>`,
      fromDomain: HYBRID,
      signer: [VICTIM, VICTIM_SEL],
      envelope: `ap@${VICTIM}`,
      genuine: true,
    }),
    args: GMAIL,
    zone: { ...tenantZone, ...txt(HYBRID, 'v=spf1 include:spf.protection.outlook.com -all') },
    expect: { verdict: 'authenticated', notVerdict: ['spoofed', 'suspicious'] },
  });
}

// --- B. Relay names offline ----------------------------------------------------------------------

const QQ_H = ['from', 'to', 'cc', 'subject', 'date', 'in-reply-to', 'references'];
const YANDEX_H = ['from', 'in-reply-to', 'cc', 'date', 'references', 'to', 'subject', 'message-id'];
const Y360_FIRM = 'ladoga-freight.example';
const EXMAIL_FIRM = 'hengda-trading.example';

/** A signed Yandex 360 firm's booking confirmation as Yandex's submission host wrote it (realworld176). */
async function yandexFirmMessage(rcpt: string): Promise<string> {
  serial++;
  const id = `Zx186${serial}aKmQ0`;
  const raw = onTop(
    submitted({
      from: `Ladoga Freight <booking@${Y360_FIRM}>`,
      to: rcpt,
      subject: 'Booking confirmed: container LFX-186042',
      date: 'Fri, 20 Nov 2026 12:59:57 +0300',
      messageId: `<186${serial}1795168797@mail.yandex.ru>`,
      body: 'Hello,\r\n\r\nyour booking LFX-186042 is confirmed. Invoice follows separately.\r\n\r\nLadoga Freight\r\n',
    }),
    `Received: by mail-nwsmtp-smtp-production-main-59.iva.yp-c.yandex.net (smtp/Yandex)\r\n\twith ESMTPSA id ${id}-186q2kd8;\r\n\tFri, 20 Nov 2026 12:59:58 +0300`,
  );
  return signAll(raw, [[Y360_FIRM, 'mail']], YANDEX_H);
}

/** A qq.com account's signed message as QQ's submission host wrote it (realworld176). */
async function qqMessage(rcpt: string): Promise<string> {
  serial++;
  const raw = onTop(
    submitted({
      from: `${word('陈静')} <3185274906@qq.com>`,
      to: rcpt,
      subject: word('下周的样品寄出了'),
      date: 'Fri, 20 Nov 2026 17:59:57 +0800',
      messageId: `<tencent_7B2E1C0D2E5B49A8C6D1F0E2B3A4C5D6E186${serial}@qq.com>`,
      extraHeaders: ['X-Mailer: QQMail 2.x'],
      body: 'Robin 你好，\r\n\r\n样品已经寄出，快递单号稍后发你。\r\n\r\n陈静\r\n',
    }),
    'Received: from [192.168.1.7] ([203.0.113.57])\r\n\tby newxmesmtplogicsvrszc13-0.qq.com (NewEsmtp) with SMTP\r\n\tid 3CEB186F; Fri, 20 Nov 2026 17:59:59 +0800',
    'X-QQ-mid: xmsmtpt1795168799t186hv03j0',
  );
  return signAll(raw, [['qq.com', 's201512']], QQ_H);
}

/** Exmail's unsigned submission for `from` (realworld176's Exmail lines). */
function exmailMessage(from: string, rcpt: string): string {
  serial++;
  return onTop(
    submitted({
      from,
      to: rcpt,
      subject: 'Re: PI for order 176-0042 – new bank account',
      date: 'Fri, 20 Nov 2026 17:59:57 +0800',
      messageId: `<2026112017595701862${serial}@${EXMAIL_FIRM}>`,
      extraHeaders: ['X-QQ-SENDSIZE: 520', `Feedback-ID: bizesmtp:${EXMAIL_FIRM}:qybglogicsvr:qybglogicsvr4`],
      body: 'Dear Robin,\r\n\r\nplease note our new account for the deposit of order 176-0042: XX00 0000 1760 0420 186.\r\n\r\nWang Fang\r\n',
    }),
    'X-QQ-mid: bizesmtp81t1795168798t186y8f4',
    'Received: from WF-PC ( [198.51.100.88])\r\n by bizesmtp.qq.com (ESMTP) with \r\n id ; Fri, 20 Nov 2026 17:59:59 +0800 (CST)',
  );
}

type Box = 'gmail' | 'box' | 'yahoo';
/** The reader's provider's delivery of `raw` from `relay`, with its recorded results. */
function relayDelivery(
  raw: string,
  reader: Box,
  relay: Relay,
  r: { envelope: string; from: string; signer: [string, string] | null; policy: string; spf?: string },
  /** What Postfix prints for the client (its verified name, or unknown). */
  boxName?: string,
): string {
  serial++;
  const rcpt = RCPT[reader];
  const spf = r.spf ?? 'pass';
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay,
      envelope: r.envelope,
      results: [
        ...(r.signer ? [gmailDkim(r.signer[0], r.signer[1])] : []),
        gmailSpf(r.envelope, relay.ip, spf),
        gmailDmarc(r.from, r.policy.toUpperCase()),
      ].join('\r\n       '),
      ids: [`x186csp${serial}pxa`, `a186si${serial}qtb.186`],
      spf: spf === 'pass' ? 'pass' : 'softfail',
      deliveredTo: true,
      to: rcpt,
    });
  const env = r.envelope.slice(r.envelope.lastIndexOf('@') + 1);
  if (reader === 'yahoo')
    return yahooDelivery(raw, {
      relay,
      envelope: r.envelope,
      results: `${r.signer ? `dkim=pass header.i=@${r.signer[0]} header.s=${r.signer[1]};\r\n ` : ''}spf=${spf} smtp.mailfrom=${env};\r\n dmarc=pass(p=${r.policy.toUpperCase()}) header.from=${r.from};`,
    });
  const dkim = r.signer
    ? `dkim=pass (2048-bit key; unprotected) header.d=${r.signer[0]} header.i=@${r.signer[0]} header.s=${r.signer[1]} header.b=Q29ycHVz`
    : 'dkim=none';
  return onTop(
    raw,
    `Return-Path: <${r.envelope}>`,
    `Authentication-Results: ${RECEIVER};\r\n\t${dkim};\r\n\tspf=${spf} (${RECEIVER}: domain of ${r.envelope} designates ${relay.ip} as permitted sender) smtp.mailfrom=${r.envelope};\r\n\tdmarc=pass (p=${r.policy} dis=none) header.from=${r.from}`,
    received({
      helo: relay.helo,
      ...(boxName === 'unknown' ? {} : { rdns: boxName ?? relay.rdns }),
      ip: relay.ip,
      by: RECEIVER,
      id: `4Zr186${serial}x`,
      for: RCPT.box,
    }),
  );
}
const BOX_ARGS = ['--authserv-id', RECEIVER, '--recipient-domain', 'reader.example'];
const RELAY_ARGS: Record<Box, string[]> = { gmail: GMAIL, box: BOX_ARGS, yahoo: READER_ARGS.yahoo };

/** Stays a warning: a rented server's hand-over, medium. */
const STAYS_MEDIUM: CaseExpectation = { notVerdict: ['authenticated'], findings: ['hosted-server-relay'] };

const YANDEX_SPF = txt(
  '_spf.yandex.net',
  'v=spf1 ip4:178.154.239.0/24 ip4:77.88.28.0/24 ip4:5.45.198.0/24 ip6:2a02:6b8:c02:900::/64 ~all',
);
const y360Zone = {
  ...YANDEX_SPF,
  ...txt(Y360_FIRM, 'v=spf1 redirect=_spf.yandex.net'),
  ...txt(`_dmarc.${Y360_FIRM}`, 'v=DMARC1; p=quarantine'),
  [`mail._domainkey.${Y360_FIRM}`]: KEY(),
};
const reverseOnly = (ip: string, name: string) => ({
  [`${ip.split('.').reverse().join('.')}.in-addr.arpa`]: { PTR: [name] },
});

async function relays(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, c);
  const OPS = 'relay-ops.example';
  const envelope = `bounce@${OPS}`;
  const opsZone = (ip: string) => ({
    ...txt(OPS, `v=spf1 ip4:${ip} -all`),
    ...txt(`_dmarc.${OPS}`, 'v=DMARC1; p=none'),
  });

  // B1. Control: a stranger's Tencent Cloud VM replays a signed qq.com message.
  const CVM: Relay = { helo: 'VM-4-12-ubuntu', rdns: `vm-4-12.${OPS}`, ip: '43.154.100.25' };
  for (const mode of ['online', 'offline'] as const) {
    const eml = relayDelivery(await qqMessage(RCPT.gmail), 'gmail', CVM, {
      envelope,
      from: 'qq.com',
      signer: ['qq.com', 's201512'],
      policy: 'quarantine',
    });
    emit({
      name: `r186-gmail-tencent-cloud-vm-replays-signed-qq-message-${mode}`,
      class: 'hosted-server-relay',
      about: `Control (round 176's note): a stranger's Tencent Cloud VM (${CVM.ip}, AS132203, the same network as QQ Mail's relays) with a reverse name of its own (${CVM.rdns}; Tencent's default naming NOT confirmed) replays a genuine signed qq.com message to Gmail, envelope ${envelope}. Gmail records dkim=pass for qq.com and dmarc=pass. ${mode === 'online' ? 'Online' : 'Offline'}. Wanted: hosted-server-relay stays medium, never authenticated.`,
      eml,
      args: GMAIL,
      ...(mode === 'online'
        ? {
            zone: {
              ...ptr(CVM.ip, CVM.rdns),
              ...opsZone(CVM.ip),
              ...txt('_dmarc.qq.com', 'v=DMARC1; p=quarantine'),
              's201512._domainkey.qq.com': KEY(),
            },
          }
        : {}),
      expect: STAYS_MEDIUM,
    });
  }

  // B2. Control: another Exmail customer sends unsigned as an Exmail firm through Exmail's relay.
  const EXMAIL_OUT: Relay = {
    helo: 'smtpbg.qq.com',
    rdns: 'biz-43-154-54-12.mail.qq.com',
    ip: '43.154.54.12',
  };
  for (const reader of ['gmail', 'box'] as const) {
    const eml = relayDelivery(
      exmailMessage(`${word('王芳')} <wang.fang@${EXMAIL_FIRM}>`, RCPT[reader]),
      reader,
      EXMAIL_OUT,
      { envelope: `wang.fang@${EXMAIL_FIRM}`, from: EXMAIL_FIRM, signer: null, policy: 'none' },
    );
    emit({
      name: `r186-${reader}-exmail-co-customer-unsigned-as-exmail-firm-offline`,
      class: 'shared-platform',
      about: `Control (round 176's note): another Tencent Exmail customer writes as wang.fang@${EXMAIL_FIRM} (an Exmail firm that never turned DKIM on), unsigned, through smtpbg.qq.com (${EXMAIL_OUT.rdns} [${EXMAIL_OUT.ip}]); SPF passes through include:spf.mail.qq.com, which every Exmail customer shares, and the provider records dmarc=pass on SPF alone. Offline, ${reader === 'gmail' ? 'Gmail' : "the reader's Postfix box"}. Wanted: unverified or worse, never authenticated.`,
      eml,
      args: RELAY_ARGS[reader],
      expect: NOT_AUTH,
    });
  }

  // B3. Control: a Yandex Cloud VM outside Yandex's mail ranges, PTR under the attacker's domain,
  // HELO imitating Yandex's forward host, replays a Yandex 360 firm's signed mail.
  const YVM: Relay = { helo: 'forward101d.mail.yandex.net', rdns: `cl1-vm7.${OPS}`, ip: '51.250.10.20' };
  const plainReplay = {
    envelope,
    from: Y360_FIRM,
    signer: [Y360_FIRM, 'mail'] as [string, string],
    policy: 'quarantine',
  };
  for (const [reader, mode] of [
    ['gmail', 'online'],
    ['gmail', 'offline'],
    ['box', 'offline'],
  ] as const) {
    const eml = relayDelivery(await yandexFirmMessage(RCPT[reader]), reader, YVM, plainReplay);
    emit({
      name: `r186-${reader}-yandex-cloud-vm-replays-y360-firm-own-ptr-${mode}`,
      class: 'hosted-server-relay',
      about: `Control (round 176's note): a Yandex Cloud VM (${YVM.ip}, AS200350, outside _spf.yandex.net's ranges) whose PTR is ${YVM.rdns} and whose HELO imitates Yandex's forward host (${YVM.helo}) replays a Yandex 360 firm's signed booking confirmation (d=${Y360_FIRM} s=mail), envelope ${envelope}. ${reader === 'gmail' ? 'Gmail prints the HELO, then its own reverse name' : 'Postfix prints the HELO, then the verified name'}. ${mode === 'online' ? 'Online' : 'Offline'}. Wanted: hosted-server-relay medium, never authenticated (the HELO is the client's word).`,
      eml,
      args: RELAY_ARGS[reader],
      ...(mode === 'online' ? { zone: { ...y360Zone, ...ptr(YVM.ip, YVM.rdns), ...opsZone(YVM.ip) } } : {}),
      expect: STAYS_MEDIUM,
    });
  }

  // B4. The same VM with a PTR imitating Yandex's forward hosts (no forward record holds it).
  const FAKE_Y: Relay = {
    helo: 'forward999z.mail.yandex.net',
    rdns: 'forward999z.mail.yandex.net',
    ip: '51.250.10.20',
  };
  for (const [reader, mode] of [
    ['gmail', 'offline'],
    ['gmail', 'online'],
    ['box', 'offline'],
    ['yahoo', 'offline'],
  ] as const) {
    const eml = relayDelivery(
      await yandexFirmMessage(RCPT[reader]),
      reader,
      FAKE_Y,
      plainReplay,
      reader === 'box' ? 'unknown' : undefined,
    );
    const printed =
      reader === 'gmail'
        ? `Gmail prints "(${FAKE_Y.rdns}. [${FAKE_Y.ip}])" (whether Gmail prints a PTR it could not forward-confirm is NOT confirmed; assumed it does)`
        : reader === 'box'
          ? `Postfix prints "(unknown [${FAKE_Y.ip}])": the name does not forward-confirm`
          : `Yahoo prints "from 127.0.0.1 (EHLO ${FAKE_Y.helo}) (${FAKE_Y.ip})": the EHLO only`;
    emit({
      name: `r186-${reader}-yandex-cloud-vm-ptr-imitates-forward-host-replays-y360-${mode}`,
      class: 'hosted-server-relay',
      about: `Attack: the Yandex Cloud VM (${FAKE_Y.ip}, outside _spf.yandex.net) sets its PTR to ${FAKE_Y.rdns}, which fits Yandex Mail's relay pattern (no A record holds it), and replays the Yandex 360 firm's signed booking confirmation (d=${Y360_FIRM}) with envelope ${envelope}. ${printed}. ${mode === 'online' ? 'Online: the PTR fails forward confirmation' : "Offline: offlineMailRelay takes the printed name with the provider's aligned DKIM pass as Yandex's relay"}. Wanted: hosted-server-relay stays medium, never authenticated (a replay from a rented VM).`,
      eml,
      args: RELAY_ARGS[reader],
      ...(mode === 'online'
        ? { zone: { ...y360Zone, ...reverseOnly(FAKE_Y.ip, FAKE_Y.rdns), ...opsZone(FAKE_Y.ip) } }
        : {}),
      expect: STAYS_MEDIUM,
    });
  }

  // B5. A Hetzner VM (any PTR its renter writes, no forward check) named after QQ Mail's relays,
  // replaying the Yandex 360 firm's mail: the service the name claims is not the signer's, nor is
  // the address on its network.
  const HZ: Relay = {
    helo: 'out43-154-54-99.mail.qq.com',
    rdns: 'out43-154-54-99.mail.qq.com',
    ip: '65.21.100.20',
  };
  for (const reader of ['gmail'] as const)
    emit({
      name: `r186-${reader}-hetzner-vm-ptr-imitates-qq-relay-replays-y360-offline`,
      class: 'hosted-server-relay',
      about: `Attack: a Hetzner VM (${HZ.ip}, AS24940; Hetzner lets the renter write any PTR) names itself ${HZ.rdns} (QQ Mail's relay pattern) and replays a Yandex 360 firm's signed booking confirmation (d=${Y360_FIRM}), envelope ${envelope}. Gmail prints that name. Offline: offlineMailRelay asks only whether the name fits some built-in service's pattern, not whether that service is the signer's provider or the address is on its network. Wanted: hosted-server-relay medium, never authenticated.`,
      eml: relayDelivery(await yandexFirmMessage(RCPT[reader]), reader, HZ, plainReplay),
      args: RELAY_ARGS[reader],
      expect: STAYS_MEDIUM,
    });

  // B6. The same Hetzner VM named after Yandex's forward hosts, replaying a signed qq.com message.
  const HZ2: Relay = {
    helo: 'forward102b.mail.yandex.net',
    rdns: 'forward102b.mail.yandex.net',
    ip: '65.21.100.20',
  };
  emit({
    name: 'r186-gmail-hetzner-vm-ptr-imitates-yandex-forward-replays-qq-offline',
    class: 'hosted-server-relay',
    about: `Attack: the Hetzner VM (${HZ2.ip}) names itself ${HZ2.rdns} (Yandex's relay pattern) and replays a signed qq.com message; Gmail records dkim=pass for qq.com, dmarc=pass. Offline. QQ Mail's relays are on Tencent Cloud, Yandex's on Yandex Cloud: a Yandex name on Hetzner is no relay of either. Wanted: hosted-server-relay medium, never authenticated.`,
    eml: relayDelivery(await qqMessage(RCPT.gmail), 'gmail', HZ2, {
      envelope,
      from: 'qq.com',
      signer: ['qq.com', 's201512'],
      policy: 'quarantine',
    }),
    args: GMAIL,
    expect: STAYS_MEDIUM,
  });

  // B7. A suffix pattern, not only the regional providers' numbered ones: the Hetzner VM names
  // itself like Gmail's outbound hosts (rdnsSuffixes '.google.com').
  const HZ3: Relay = { helo: 'mail-sor-f41.google.com', rdns: 'mail-sor-f41.google.com', ip: '65.21.100.20' };
  emit({
    name: 'r186-gmail-hetzner-vm-ptr-imitates-google-outbound-replays-y360-offline',
    class: 'hosted-server-relay',
    about: `Attack: the Hetzner VM (${HZ3.ip}) writes its PTR as ${HZ3.rdns} (any name ending .google.com fits Google Workspace's relay suffix) and replays the Yandex 360 firm's signed booking confirmation; Gmail prints that name. Offline. Wanted: hosted-server-relay medium, never authenticated (Google's relays are not on Hetzner).`,
    eml: relayDelivery(await yandexFirmMessage(RCPT.gmail), 'gmail', HZ3, plainReplay),
    args: GMAIL,
    expect: STAYS_MEDIUM,
  });
}

// --- C. Brand readings ---------------------------------------------------------------------------

const LURE =
  'Dear customer,\r\n\r\nyour mailbox will be suspended today. Confirm your account at\r\nhttps://account-review.attacker.example/confirm to keep it.\r\n';
const WITH_SENDER = ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type', 'sender'];
const phrase = (name: string) =>
  /^[\x20-\x7e]*$/.test(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : word(name);

async function attackerNamed(
  reader: 'gmail' | 'outlook',
  o: { from: string; sender?: string },
): Promise<string> {
  serial++;
  const relay = ATTACKER_RELAY;
  const raw = await signCorpus(
    submitted({
      from: o.from,
      to:
        reader === 'gmail'
          ? 'Robin Reader <robin.reader@gmail.com>'
          : 'Robin Reader <robin@harbourline.example>',
      subject: 'Action required: your account',
      extraHeaders: o.sender ? [`Sender: ${o.sender}`] : [],
      messageId: `<r186.${serial}@${relay.rdns}>`,
      body: LURE,
    }),
    { domain: 'attacker.example', selector: 's1', headerList: WITH_SENDER },
  );
  const envelope = 'bounce@attacker.example';
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay,
      envelope,
      results: [
        gmailDkim('attacker.example', 's1'),
        gmailSpf(envelope, relay.ip),
        gmailDmarc('attacker.example'),
      ].join('\r\n       '),
      ids: [`x186csp${serial}pxa`, `a186si${serial}qtb.186`],
      spf: 'pass',
      deliveredTo: true,
    });
  return eopDelivery(raw, {
    ...eopPass(relay, 'attacker.example', 'dkim=pass (signature was verified)\r\n header.d=attacker.example'),
    returnPath: envelope,
  });
}

const FROM_MISSED: Array<[slug: string, name: string, reader: 'gmail' | 'outlook', what: string]> = [
  [
    'hyphen-teams-voicemail',
    'Micro-soft Teams Voicemail',
    'outlook',
    'the brand hyphenated, beside its own product "Teams"',
  ],
  [
    'hyphen-365-renewal',
    'Micro-soft 365 Renewal',
    'gmail',
    'the brand hyphenated, beside "365" and "Renewal"',
  ],
  ['hyphen-outlook', 'Micro-soft Outlook', 'outlook', 'the brand hyphenated, beside its own product name'],
  [
    'hyphen-reader-name',
    'Micro-soft Account Team (Robin Reader)',
    'gmail',
    "desk words, then the reader's own name",
  ],
  ['hyphen-german-desk', 'Micro-soft Sicherheitsteam', 'outlook', 'a German desk word ("security team")'],
  [
    'hyphen-docusign-envelope',
    'Docu-Sign Envelope Notification',
    'gmail',
    'DocuSign hyphenated at its inner capital, beside its own word "Envelope"',
  ],
  ['hyphen-linkedin-messages', 'Linked-In Messages', 'gmail', 'LinkedIn hyphenated at its inner capital'],
  ['hyphen-amazon-order', 'Amaz-on Order Update', 'outlook', 'Amazon hyphenated, beside "Order Update"'],
  [
    'camelcase-docusign',
    'DocuSignEnvelopeService',
    'gmail',
    'CamelCase with DocuSign, split at its own inner capital',
  ],
  [
    'camelcase-linkedin-product',
    'LinkedInSalesNavigator',
    'outlook',
    "CamelCase with LinkedIn and its product's name",
  ],
  [
    'glued-cyrillic-then-space',
    'PayPalСлужба поддержки',
    'outlook',
    'the brand glued to a Cyrillic word, then a space ("support service")',
  ],
];
const FROM_HELD: Array<[slug: string, name: string, reader: 'gmail' | 'outlook', what: string]> = [
  ['hyphen-account-team', 'Micro-soft Account Team', 'outlook', 'hyphenated, desk words only'],
  ['camelcase-outlook-web', 'MicrosoftOutlookWebAccess', 'gmail', 'CamelCase with words of its own'],
  ['glued-cyrillic', 'PayPalСлужбаПоддержки', 'gmail', 'glued to Cyrillic words throughout'],
];

async function brands(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, { ...c, zone: c.zone ?? PROBE_ZONE });
  for (const [slug, name, reader, what] of FROM_MISSED)
    emit({
      name: `r186-${reader}-from-${slug}`,
      class: 'display-name-brand',
      about: `Attack: From "${name}" <service@attacker.example> (${what}); the attacker's own domain passes SPF, DKIM and DMARC. ${reader === 'gmail' ? 'Gmail' : 'Outlook'} draws the name as written; a reader reads the brand. Wanted: display-name-brand, not trusted.`,
      args: reader === 'gmail' ? GMAIL : OUTLOOK,
      eml: await attackerNamed(reader, { from: `${phrase(name)} <service@attacker.example>` }),
      expect: { ...NOT_TRUSTED, findings: ['display-name-brand'] },
    });
  for (const [slug, name, reader, what] of FROM_HELD)
    emit({
      name: `r186-${reader}-from-${slug}-held`,
      class: 'display-name-brand',
      about: `Held: From "${name}" <service@attacker.example> (${what}), the attacker's domain passing. Reads right today. Wanted: display-name-brand, not trusted.`,
      args: reader === 'gmail' ? GMAIL : OUTLOOK,
      eml: await attackerNamed(reader, { from: `${phrase(name)} <service@attacker.example>` }),
      expect: { ...NOT_TRUSTED, findings: ['display-name-brand'] },
    });
  for (const [slug, name] of [
    ['hyphen-teams-voicemail', 'Micro-soft Teams Voicemail'],
    ['camelcase-docusign', 'DocuSignEnvelopeService'],
  ] as const)
    emit({
      name: `r186-outlook-sender-${slug}`,
      class: 'sender-display',
      about: `Attack: From "Jane Doe" <jane@attacker.example>, Sender "${name}" <service@attacker.example>; Outlook shows "${name} <service@attacker.example> on behalf of Jane Doe". The attacker's domain passes. Wanted: sender-display-name, not trusted.`,
      args: OUTLOOK,
      eml: await attackerNamed('outlook', {
        from: 'Jane Doe <jane@attacker.example>',
        sender: `${phrase(name)} <service@attacker.example>`,
      }),
      expect: { ...NOT_TRUSTED, findings: ['sender-display-name'] },
    });
  // Genuine: an everyday name a wider reading must leave alone.
  const FURN = 'harbourside-furnishings.example';
  const FURN_RELAY: Relay = { helo: `mail.${FURN}`, rdns: `mail.${FURN}`, ip: '192.0.2.186' };
  serial++;
  const furn = await signCorpus(
    submitted({
      from: `"Micro-Soft Furnishings Ltd" <orders@${FURN}>`,
      to: 'Robin Reader <robin.reader@gmail.com>',
      subject: 'Your sofa cover order 18602 has shipped',
      messageId: `<r186.${serial}@${FURN}>`,
      body: 'Hello Robin,\r\n\r\nyour microfibre sofa cover (order 18602) left our warehouse today.\r\n\r\nMicro-Soft Furnishings\r\n',
    }),
    { domain: FURN, selector: 's1', headerList: WITH_SENDER },
  );
  emit({
    name: 'r186-gmail-genuine-micro-soft-furnishings',
    class: 'display-name-brand',
    about: `Genuine: a soft-furnishings shop named "Micro-Soft Furnishings Ltd" (microfibre covers) writes from its own domain ${FURN}, signed and passing. Any wider reading of a hyphenated "Micro-soft" (product words, other languages) must leave an everyday name with words of its own alone. Wanted: authenticated, no brand finding.`,
    args: GMAIL,
    eml: gmailDelivery(furn, {
      relay: FURN_RELAY,
      envelope: `bounce@${FURN}`,
      results: [gmailDkim(FURN, 's1'), gmailSpf(`bounce@${FURN}`, FURN_RELAY.ip), gmailDmarc(FURN)].join(
        '\r\n       ',
      ),
      ids: [`x186csp${serial}pxa`, `a186si${serial}qtb.186`],
      spf: 'pass',
      deliveredTo: true,
    }),
    zone: {
      ...PROBE_ZONE,
      ...ptr(FURN_RELAY.ip, FURN_RELAY.rdns),
      ...txt(FURN, `v=spf1 ip4:${FURN_RELAY.ip} -all`),
      ...txt(`_dmarc.${FURN}`, 'v=DMARC1; p=reject'),
      [`s1._domainkey.${FURN}`]: KEY(),
    },
    expect: { verdict: 'authenticated', absentFindings: ['display-name-brand'] },
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await tenants(write);
  await relays(write);
  await brands(write);
}

// Pending (22 of 38). Checked with scripts/scratch/pend.ts (ALL=1) on rt-r186 at 173a26cc.
// A1 (3): r186-{gmail,yahoo,box}-tenant-envelope-shared-spf-foreign-tenant-dkim-offline read
//   AUTHENTICATED (only offline-mode:info; "sent through Microsoft 365"). Should: unverified at best.
//   At fault: lib/findings/auth-state.ts providerPassOutsideOwner: the provider's spf=pass
//   smtp.mailfrom=ap@<victim tenant> counts as "a listed pass of the holder's own name", so the
//   provider's dmarc=pass stands; the shared-include rule that catches it online (sharedSpfPass) is
//   online-only. Smallest fix: for a From under MAIL_TENANT_PARENTS count only DKIM passes as the
//   holder's own there (Microsoft manages every initial domain's SPF: include:spf.protection
//   .outlook.com, passed by every tenant). Genuine mail it could hurt: none that Exchange Online
//   sends (it always signs a tenant name with the tenant's default key); a tenant message whose
//   signature a forwarder broke reads unverified offline instead of authenticated.
// A3 (2): r186-gmail-hybrid-coexistence-from-own-tenant-key-genuine-{offline,online}: genuine, read
//   UNVERIFIED with dmarc-fail:medium (online also provider-disagreement:low): Gmail says pass.
//   At fault: lib/dns/registrable.ts userZoneOf: <t>.mail.onmicrosoft.com is made an owner apart
//   from <t>.onmicrosoft.com, though Microsoft derives the one from the other for the same tenant.
//   Fix: under mail.onmicrosoft.com / mail.onmicrosoft.us return `<t>.onmicrosoft.com` / `.us` as
//   the owner (the hybrid-from-foreign-tenant case still fails: another tenant's name differs).
//   While there: 21Vianet's parents list only partner.onmschina.cn, so userZoneOf makes
//   `mail.partner.onmschina.cn` ONE owner for every <t>.mail.partner.onmschina.cn name (whether
//   21Vianet's hybrid uses that name is NOT confirmed); list it beside mail.onmicrosoft.com.
// B (4): r186-gmail-yandex-cloud-vm-ptr-imitates-forward-host-replays-y360-offline,
//   r186-gmail-hetzner-vm-ptr-imitates-{qq-relay-replays-y360,yandex-forward-replays-qq,
//   google-outbound-replays-y360}-offline read AUTHENTICATED with hosted-server-relay:low. Should:
//   hosted-server-relay medium (suspicious), as the same replays read online and in the Postfix box
//   (which prints "unknown" for an unconfirmed PTR) and Yahoo (EHLO only). At fault:
//   lib/findings/hosted-server.ts offlineMailRelay: mailRelayName(o.rdns) is any built-in
//   service's pattern or suffix (Google's '.google.com' too), with no tie between that service, the
//   origin's network and the signer. Smallest fix: count the printed name only when the origin's
//   network is that service's own (a per-provider ASN list in lib/relay/providers-esp.ts: QQ/Exmail
//   AS132203, Alibaba AS37963/AS45102, Yandex AS200350/AS13238, Aruba AS31034; Google's own AS15169 is
//   no hosting network and never reaches this rule). That fixes the three Hetzner cases; the Yandex
//   Cloud VM (same ASN as Yandex's relays) stays open unless Gmail is shown to forward-confirm the
//   name it prints or the check also asks that the address lie in the service's published SPF
//   ranges (not known offline). Genuine mail it could hurt: none of realworld176's (each relay is on
//   its service's own network); a service that moves its relays to another cloud reads medium again.
// C (13): the brand cases read AUTHENTICATED with no finding. Should: display-name-brand high
//   (sender-display-name for the two Sender cases), as their held twins read.
//   - r186-{outlook-from-hyphen-teams-voicemail, gmail-from-hyphen-365-renewal,
//     outlook-from-hyphen-outlook, gmail-from-hyphen-reader-name, outlook-from-hyphen-german-desk,
//     gmail-from-hyphen-docusign-envelope, gmail-from-hyphen-linkedin-messages,
//     outlook-from-hyphen-amazon-order, outlook-sender-hyphen-teams-voicemail}: lib/findings/
//     domains.ts brandOnSomeReading / onlyDeskBesides: a separator-joined brand counts only beside
//     SERVICE_WORDS; the brand's own products ("Teams", "365", "Outlook", "Envelope", "Messages",
//     "Order"), another language's desk words ("Sicherheitsteam") and the reader's name hide it.
//     Fix: (1) brands split at their OWN inner capital by a separator (Docu-Sign, Linked-In, and
//     halves that are no words: "Amaz-on") read anywhere, as PayPal/YouTube do in
//     SPLIT_AT_INNER_CAPITAL; (2) onlyDeskBesides also accepts numbers, a per-brand product list
//     (Microsoft: teams, outlook, 365, office, defender, azure, entra, exchange; DocuSign:
//     envelope; LinkedIn: messages, sales, navigator; Amazon: order, prime) and the desk words'
//     German/French/Spanish forms, and ignores a trailing parenthesised name. Genuine mail it could
//     hurt: an everyday hyphenated name with product-like words ("Drop-Box Storage Orders");
//     r186-gmail-genuine-micro-soft-furnishings must stay clean (words of its own).
//   - r186-{gmail-from-camelcase-docusign, outlook-from-camelcase-linkedin-product,
//     outlook-sender-camelcase-docusign}: lib/findings/display-name.ts brandInCamelCase:
//     INNER_CAPITAL_SPELLINGS is a hand list (PayPal, YouTube, iCloud, iTunes, OneDrive, SharePoint,
//     eBay) without DocuSign and LinkedIn, so "DocuSignEnvelopeService" splits to "Docu Sign …". Fix:
//     build it from BRANDS' words that carry an inner capital (DocuSign, LinkedIn, FedEx…).
//     "LinkedInfluence" stays apart (no boundary after "In").
//   - r186-outlook-from-glued-cyrillic-then-space: lib/findings/domains.ts LATIN_BESIDE_CJK splits a
//     Latin brand from Han/kana/Hangul only; "PayPalСлужба поддержки" (glued to Cyrillic, then a
//     space, so gluedBrand's one-word reading does not apply) is missed. Fix: split at any change
//     between Latin and another letter script (Cyrillic, Greek, Arabic, Hebrew, Thai); the skeleton
//     readings (mixed-script look-alikes) run before it, so nothing read today is lost.
// Fixed on 2026-12-07 at 02:4x: A1 (offline, a tenant's SPF pass through Microsoft's include is
// not the tenant's own: auth-state.ts providerPassOutsideOwner counts only its signature), A3 (a
// tenant's hybrid name is its tenant's: registrable.ts HYBRID_PARENTS; 21Vianet's hybrid parent
// added), B for other networks (offlineMailRelay counts a printed relay name only from the
// service's own networks: providers-esp.ts relayAsns), C (DocuSign, LinkedIn and FedEx split at
// their inner capital read anywhere; a separator-joined brand beside notice words, product names,
// numbers, German/French/Spanish desk words or a parenthesised name; the CamelCase spellings taken
// from BRANDS; a Latin brand glued to Cyrillic or Greek read apart).
// Fixed at 02:5x too (round 187): B on the service's own cloud, as offlineMailRelay also asks
// the provider's SPF pass for the message's own envelope, which a replay keeps or fails.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
