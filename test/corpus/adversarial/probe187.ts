// Red-team round 187: the rules added at 02:40 (commit 5e777567), attacked by one who has read
// them, with genuine controls (r187-*-genuine-*: authenticated or unverified, never spoofed).
//
// A. Brand readings (lib/findings/domains.ts brandOnSomeReading / onlyDeskBesides / NOTICE_WORDS /
//    SPLIT_AT_INNER_CAPITAL). A separator-joined brand ("Micro-soft") now counts beside desk,
//    notice and product words, numbers, German/French/Spanish desk words and a parenthesised name.
//    Attacks: desk words in Italian, Portuguese, Dutch, Polish, Japanese katakana, French and Spanish
//    phrasings outside the list ("Service Client", "Atención al Cliente"), a word of the attacker's
//    own ("Europe"). Genuine: everyday hyphenated names ("Ama-Zone", AMAZONE the farm-machinery maker;
//    "Face-Book Binding"; "Micro-Tech Office Supplies"; real-mail round 175's "One-Drive Driving
//    School" and "Drop-Box Self Storage" sending a notice); "Fed Ex" joined anywhere ("Well Fed
//    Ex-Pats Supper Club").
// B. Tenants (lib/dns/registrable.ts userZoneOf / HYBRID_PARENTS; lib/findings/auth-state.ts
//    providerPassOutsideOwner): the bare `mail.onmicrosoft.com` as a From (a tenant labelled
//    "mail"), the hybrid name in upper case with the victim's envelope, and genuine hybrid mail
//    offline in Yahoo and a Postfix box (round 186 had Gmail only).
// C. Offline relay names (lib/relay/providers-esp.ts relayAsns, lib/relay/esp-evidence.ts
//    mailRelayName, lib/findings/hosted-server.ts offlineMailRelay): the listed ASNs are public
//    clouds' (Tencent Cloud AS132203, Alibaba Cloud international AS45102): a VM in them whose PTR
//    imitates the service's relay; an IPv4-mapped address of a Hetzner VM; a forged Received line
//    below Gmail's entry naming a real QQ relay. Genuine: Yandex's forward hosts over IPv6
//    (AS13238, not a hosting network).
//
// Layouts: Gmail's entry ("from helo (name. [ip])", IPv6 bare in brackets), Received-SPF and one
// Authentication-Results, EOP's and Dovecot/Postfix's as test/corpus/receivers.ts and probe186.ts
// (public deliveries, test/fixtures/legit/README-m365.md); Exchange Online's outbound host and the
// tenant default key selector1-<tenant>-onmicrosoft-com as probe185/186 (zkemail/email-wallet#80);
// the hybrid coexistence name from MicrosoftDocs/office-docs-powershell PR #8022; QQ's submission
// lines, Aliyun's (smtp.aliyun-inc.com, X-Alimail-AntiSpam, d=aliyun.com s=s1024) and Yandex's
// (mail-nwsmtp-smtp-production… [IPv6:2a02:6b8:c0c:…], forwardNNN.mail.yandex.net, _spf.yandex.net
// with ip6:2a02:6b8:c02:900::/64) as realworld176.ts (kernel list copies on lore/ozlabs).
// Networks checked with `npx tsx lib/cli/main.ts classify`: 43.154.100.25 Tencent Cloud AS132203,
// 47.88.44.36 Alibaba (US) AS45102 (hosted server), 65.21.100.20 and ::ffff:65.21.100.20 Hetzner
// AS24940, 2a02:6b8:c02:900::/64 Yandex AS13238 (not a hosting network). Other names and
// addresses are documentation ones.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { emitCase, GMAIL, KEY, NOT_TRUSTED, OUTLOOK, ptr, RECEIVER, type Relay, signAll } from '../kit';
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
const GENUINE: CaseExpectation = { verdict: 'authenticated', notVerdict: ['spoofed', 'suspicious'] };
const word = (s: string) => `=?utf-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const phrase = (name: string) =>
  /^[\x20-\x7e]*$/.test(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : word(name);
let serial = 0;
const ids = (): [string, string] => [`x187csp${serial}pxa`, `a187si${serial}qtb.187`];

// --- A. Brand readings ---------------------------------------------------------------------------

const LURE =
  'Dear customer,\r\n\r\nyour mailbox will be suspended today. Confirm your account at\r\nhttps://account-review.attacker.example/confirm to keep it.\r\n';
const WITH_SENDER = ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type', 'sender'];

/** A message from `domain`'s own relay, signed and passing, as Gmail or Exchange Online delivers it. */
async function ownDomainMail(
  reader: 'gmail' | 'outlook',
  domain: string,
  relay: Relay,
  from: string,
  subject: string,
  body: string,
): Promise<string> {
  serial++;
  const raw = await signCorpus(
    submitted({
      from,
      to:
        reader === 'gmail'
          ? 'Robin Reader <robin.reader@gmail.com>'
          : 'Robin Reader <robin@harbourline.example>',
      subject,
      messageId: `<r187.${serial}@${relay.rdns}>`,
      body,
    }),
    { domain, selector: 's1', headerList: WITH_SENDER },
  );
  const envelope = `bounce@${domain}`;
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay,
      envelope,
      results: [gmailDkim(domain, 's1'), gmailSpf(envelope, relay.ip), gmailDmarc(domain)].join(
        '\r\n       ',
      ),
      ids: ids(),
      spf: 'pass',
      deliveredTo: true,
    });
  return eopDelivery(raw, {
    ...eopPass(relay, domain, `dkim=pass (signature was verified)\r\n header.d=${domain}`),
    returnPath: envelope,
  });
}

const ATTACK_NAMES: Array<[slug: string, name: string, reader: 'gmail' | 'outlook', what: string]> = [
  ['hyphen-italian-desk', 'Micro-soft Servizio Clienti', 'outlook', 'an Italian desk ("customer service")'],
  [
    'hyphen-portuguese-desk',
    'Micro-soft Suporte ao Cliente',
    'gmail',
    'a Portuguese desk ("customer support")',
  ],
  ['hyphen-dutch-desk', 'Micro-soft Klantenservice', 'outlook', 'a Dutch desk ("customer service")'],
  ['hyphen-polish-desk', 'Micro-soft Obsługa Klienta', 'gmail', 'a Polish desk ("customer service")'],
  [
    'hyphen-katakana-desk',
    'Micro-soft サポートセンター',
    'gmail',
    'a Japanese katakana desk after a space ("support center")',
  ],
  [
    'hyphen-french-service-client',
    'Micro-soft Service Client',
    'outlook',
    'French "Service Client" (client, not clientèle)',
  ],
  [
    'hyphen-spanish-atencion-al-cliente',
    'Amaz-on Atención al Cliente',
    'outlook',
    'Spanish "Atención al Cliente" ("al" is in no list)',
  ],
  ['hyphen-attacker-word-europe', 'Micro-soft Europe', 'gmail', "a word of the attacker's own, a region"],
  [
    'hyphen-italian-amazon-order',
    'Amaz-on Ordine Spedito',
    'gmail',
    'Italian notice words ("order shipped")',
  ],
  [
    'capital-half-teams-voicemail-held',
    'Micro-Soft Teams Voicemail',
    'outlook',
    'the second half capitalised as a firm writes it, beside product and notice words (reads right today: a guard for any fix that spares capitalised halves)',
  ],
];

/** Genuine hyphenated names, each the firm's own domain passing. */
const GENUINE_NAMES: Array<[slug: string, name: string, domain: string, subject: string, what: string]> = [
  [
    'ama-zone-order-update',
    'Ama-Zone Order Update',
    'ama-zone-parts.example',
    'Your spare parts order 18701 has shipped',
    'a dealer in AMAZONE farm-machinery parts trading as "Ama-Zone"',
  ],
  [
    'face-book-binding-update',
    'Face-Book Binding Update',
    'harbourbindery.example',
    'Your thesis binding is ready for collection',
    'a bookbinder named "Face-Book Binding"',
  ],
  [
    'micro-tech-office-supplies',
    'Micro-Tech Office Supplies',
    'micro-tech-supplies.example',
    'Invoice 18703 for toner cartridges',
    'an office supplier "Micro-Tech"',
  ],
  [
    'one-drive-invoice',
    'One-Drive Invoice',
    'harbourdriving.example',
    'Invoice for your driving lessons (November)',
    'real-mail round 175\'s "One-Drive Driving School" sending its invoices under a notice name',
  ],
  [
    'drop-box-order-update',
    'Drop-Box Order Update',
    'harbourstorage.example',
    'Your storage unit booking 18705 is confirmed',
    'real-mail round 175\'s "Drop-Box Self Storage" sending a booking notice',
  ],
  [
    'micro-soft-order-confirmation',
    'Micro-Soft Order Confirmation',
    'harbourside-furnishings.example',
    'Your sofa cover order 18706 is confirmed',
    'round 186\'s "Micro-Soft Furnishings Ltd" sending its order notices',
  ],
  [
    'well-fed-ex-pats-supper-club',
    'Well Fed Ex-Pats Supper Club',
    'wellfed-expats.example',
    'Supper club: December menu',
    'an expatriates\' supper club; "Fed Ex" then "-Pats" fits SPLIT_AT_INNER_CAPITAL',
  ],
];

async function brands(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, { ...c, zone: c.zone ?? PROBE_ZONE });
  for (const [slug, name, reader, what] of ATTACK_NAMES)
    emit({
      name: `r187-${reader}-from-${slug}`,
      class: 'display-name-brand',
      about: `Attack: From "${name}" <service@attacker.example> (${what}); the attacker's own domain passes SPF, DKIM and DMARC. ${reader === 'gmail' ? 'Gmail' : 'Outlook'} draws the name as written; the reader reads the brand. onlyDeskBesides knows English, German, French and Spanish desk words only. Wanted: display-name-brand, not trusted.`,
      args: reader === 'gmail' ? GMAIL : OUTLOOK,
      eml: await ownDomainMail(
        reader,
        'attacker.example',
        ATTACKER_RELAY,
        `${phrase(name)} <service@attacker.example>`,
        'Action required: your account',
        LURE,
      ),
      expect: { ...NOT_TRUSTED, findings: ['display-name-brand'] },
    });
  for (const [slug, name, domain, subject, what] of GENUINE_NAMES) {
    const relay: Relay = {
      helo: `mail.${domain}`,
      rdns: `mail.${domain}`,
      ip: `192.0.2.${180 + (serial % 60)}`,
    };
    emit({
      name: `r187-gmail-genuine-${slug}`,
      class: 'display-name-brand',
      about: `Genuine: ${what} writes as "${name}" from its own domain ${domain}, signed and passing (p=reject). A name of its own beside a notice word; wanted: authenticated, no brand finding (a low note at most).`,
      args: GMAIL,
      eml: await ownDomainMail(
        'gmail',
        domain,
        relay,
        `${phrase(name)} <notices@${domain}>`,
        subject,
        `Hello Robin,\r\n\r\n${subject}.\r\n\r\n${name}\r\n`,
      ),
      zone: {
        ...PROBE_ZONE,
        ...ptr(relay.ip, relay.rdns),
        ...txt(domain, `v=spf1 ip4:${relay.ip} -all`),
        ...txt(`_dmarc.${domain}`, 'v=DMARC1; p=reject'),
        [`s1._domainkey.${domain}`]: KEY(),
      },
      expect: { ...GENUINE, absentFindings: ['display-name-brand'] },
    });
  }
}

// --- B. Tenants ----------------------------------------------------------------------------------

const VICTIM = 'harlowfinance.onmicrosoft.com';
const VICTIM_SEL = 'selector1-harlowfinance-onmicrosoft-com';
const HYBRID = 'harlowfinance.mail.onmicrosoft.com';
const ATT = 'm365trial90417.onmicrosoft.com';
const ATT_SEL = 'selector1-m365trial90417-onmicrosoft-com';
const EXO_OUT: Relay = {
  helo: 'EUR02-DB5-obe.outbound.protection.outlook.com',
  rdns: 'mail-db5eur02on2095.outbound.protection.outlook.com',
  ip: '40.107.21.95',
};
const BOX = 'mail.reader.example';
type Reader = 'gmail' | 'yahoo' | 'box';
const RCPT: Record<Reader, string> = {
  gmail: 'robin.reader@gmail.com',
  yahoo: 'robin.reader@yahoo.com',
  box: 'robin@reader.example',
};
const READER_ARGS: Record<Reader, string[]> = {
  gmail: GMAIL,
  yahoo: ['--webmail', 'yahoo'],
  box: ['--authserv-id', BOX],
};

/** Exchange Online's outbound of a tenant message, as each reader's provider records it (probe186). */
async function tenantMail(o: {
  reader: Reader;
  from: string;
  fromDomain: string;
  signer: [string, string];
  envelope: string;
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
        : 'Updated remittance details – invoice HF-31187',
      date: 'Fri, 20 Nov 2026 09:59:10 +0000',
      messageId: `<DB9PR02MB6950187${serial}A1B2C3@DB9PR02MB6950.eurprd02.prod.outlook.com>`,
      body: o.genuine
        ? 'Hello Robin,\r\n\r\nyour November statement is on the portal as usual.\r\n\r\nHarlow Finance Accounts\r\n'
        : 'Hello Robin,\r\n\r\nour bank details have changed. Please pay invoice HF-31187 (EUR 21,400.00) today to IBAN XX00 0000 3118 7187 00.\r\n\r\nHarlow Finance Accounts\r\n',
    }),
    [o.signer],
  );
  const env = o.envelope.slice(o.envelope.lastIndexOf('@') + 1);
  if (o.reader === 'gmail')
    return gmailDelivery(raw, {
      relay: EXO_OUT,
      envelope: o.envelope,
      results: [
        gmailDkim(o.signer[0], o.signer[1]),
        gmailSpf(o.envelope, EXO_OUT.ip),
        gmailDmarc(o.fromDomain, 'NONE'),
      ].join('\r\n       '),
      ids: ids(),
      spf: 'pass',
      deliveredTo: true,
      to: rcpt,
    });
  if (o.reader === 'yahoo')
    return yahooDelivery(raw, {
      relay: EXO_OUT,
      envelope: o.envelope,
      results: `dkim=pass header.i=@${o.signer[0]} header.s=${o.signer[1]};\r\n spf=pass smtp.mailfrom=${env};\r\n dmarc=pass(p=NONE) header.from=${o.fromDomain};`,
    });
  return onTop(
    raw,
    `Return-Path: <${o.envelope}>`,
    dovecotLmtp(BOX, o.envelope, rcpt, `kB187${serial}dE3fG4hI5jK6lM7n`, 'Fri, 20 Nov 2026 10:00:04 +0000'),
    `Authentication-Results: ${BOX}; dmarc=pass (p=none dis=none) header.from=${o.fromDomain}`,
    `Authentication-Results: ${BOX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${o.signer[0]} header.i=@${o.signer[0]} header.a=rsa-sha256 header.s=${o.signer[1]} header.b=Q29ycHVz`,
    `Authentication-Results: ${BOX}; spf=pass smtp.mailfrom=${o.envelope}`,
    `Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=${EXO_OUT.ip}; helo=${EXO_OUT.helo}; envelope-from=${o.envelope}; receiver=<UNKNOWN>`,
    `Received: from ${EXO_OUT.helo} (${EXO_OUT.rdns} [${EXO_OUT.ip}])\r\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw187${serial}a2\r\n\tfor <${rcpt}>; Fri, 20 Nov 2026 10:00:03 +0000`,
  );
}

async function tenants(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, c);
  const ATTACKER: [string, string] = [ATT, ATT_SEL];
  // B1. The bare routing parent as a From: a tenant labelled "mail" would own it; userZoneOf calls
  // it a zone (null), so whose owner is it?
  for (const reader of ['gmail', 'box'] as const)
    emit({
      name: `r187-${reader}-tenant-from-bare-mail-onmicrosoft-foreign-tenant-dkim-offline`,
      class: 'cross-tenant-alignment',
      about: `Attack: "Microsoft 365 Message Center" <admin@mail.onmicrosoft.com> (the hybrid routing parent itself; whether a tenant labelled "mail" exists is NOT known) sent by the attacker's trial tenant, signed d=${ATT}, envelope admin@mail.onmicrosoft.com (SPF passes through Microsoft's include, if any record). The provider records dmarc=pass (as if relaxed through onmicrosoft.com). Offline (${reader}). Wanted: never authenticated (the attacker's signature is not the From's owner's).`,
      eml: await tenantMail({
        reader,
        from: '"Microsoft 365 Message Center" <admin@mail.onmicrosoft.com>',
        fromDomain: 'mail.onmicrosoft.com',
        signer: ATTACKER,
        envelope: 'admin@mail.onmicrosoft.com',
      }),
      args: READER_ARGS[reader],
      expect: NOT_AUTH,
    });
  // B2. The hybrid name in upper case, with the victim's hybrid name as the envelope.
  emit({
    name: 'r187-yahoo-tenant-hybrid-upper-case-victim-envelope-foreign-dkim-offline',
    class: 'cross-tenant-alignment',
    about: `Attack: From ap@HarlowFinance.MAIL.OnMicrosoft.com (the victim's hybrid name in mixed case), envelope ap@${HYBRID} (SPF passes through the include every tenant shares), signed by the attacker tenant d=${ATT}; Yahoo records dmarc=pass. Offline. providerPassOutsideOwner's tenant test (f.endsWith) must see the name whatever its case. Wanted: never authenticated.`,
    eml: await tenantMail({
      reader: 'yahoo',
      from: 'Harlow Finance Accounts <ap@HarlowFinance.MAIL.OnMicrosoft.com>',
      fromDomain: 'HarlowFinance.MAIL.OnMicrosoft.com',
      signer: ATTACKER,
      envelope: `ap@${HYBRID}`,
    }),
    args: READER_ARGS.yahoo,
    expect: NOT_AUTH,
  });
  // B3. Genuine hybrid replies offline in Yahoo and the Postfix box (round 186: Gmail only).
  for (const reader of ['yahoo', 'box'] as const)
    emit({
      name: `r187-${reader}-genuine-hybrid-coexistence-own-tenant-key-offline`,
      class: 'cross-tenant-alignment',
      about: `Genuine: a hybrid mailbox of Harlow Finance's tenant replies with its coexistence address ap@${HYBRID} as From, signed by the tenant's own default key d=${VICTIM}, envelope ap@${VICTIM}; the provider records dkim, spf and dmarc pass. Offline (${reader}). Both names are one tenant's (HYBRID_PARENTS). Wanted: authenticated.`,
      eml: await tenantMail({
        reader,
        from: `Harlow Finance Accounts <ap@${HYBRID}>`,
        fromDomain: HYBRID,
        signer: [VICTIM, VICTIM_SEL],
        envelope: `ap@${VICTIM}`,
        genuine: true,
      }),
      args: READER_ARGS[reader],
      expect: GENUINE,
    });
}

// --- C. Relay names offline ----------------------------------------------------------------------

const QQ_H = ['from', 'to', 'cc', 'subject', 'date', 'in-reply-to', 'references'];
const YANDEX_H = ['from', 'in-reply-to', 'cc', 'date', 'references', 'to', 'subject', 'message-id'];
const Y360_FIRM = 'ladoga-freight.example';

async function qqMessage(rcpt: string): Promise<string> {
  serial++;
  const raw = onTop(
    submitted({
      from: `${word('陈静')} <3185274906@qq.com>`,
      to: rcpt,
      subject: word('新的收款账户'),
      date: 'Fri, 20 Nov 2026 17:59:57 +0800',
      messageId: `<tencent_7B2E1C0D2E5B49A8C6D1F0E2B3A4C5D6E187${serial}@qq.com>`,
      extraHeaders: ['X-Mailer: QQMail 2.x'],
      body: 'Robin 你好，\r\n\r\n样品已经寄出，快递单号稍后发你。\r\n\r\n陈静\r\n',
    }),
    'Received: from [192.168.1.7] ([203.0.113.57])\r\n\tby newxmesmtplogicsvrszc13-0.qq.com (NewEsmtp) with SMTP\r\n\tid 3CEB187F; Fri, 20 Nov 2026 17:59:59 +0800',
    'X-QQ-mid: xmsmtpt1795168799t187hv03j0',
  );
  return signAll(raw, [['qq.com', 's201512']], QQ_H);
}

async function aliyunMessage(rcpt: string): Promise<string> {
  serial++;
  const raw = onTop(
    submitted({
      from: `${word('李桂明')} <li.guiming@aliyun.com>`,
      to: rcpt,
      subject: 'Re: quotation 187-22',
      date: 'Fri, 20 Nov 2026 17:59:57 +0800',
      messageId: `<20d517a9-187b-d5e3-f3ba-687a31fb0${serial}@aliyun.com>`,
      body: 'Dear Robin,\r\n\r\nthe quotation is attached.\r\n\r\nLi Guiming\r\n',
    }),
    'X-Alimail-AntiSpam: AC=CONTINUE; BC=0.2507601|-1; CH=green; DM=|CONTINUE|false|;\r\n DS=CONTINUE|ham_enroll_verification|0.0543826-0.00365727-0.94196;\r\n FP=0|0|0|0|0|-1|-1|-1; HT=e01e04423; MF=li.guiming@aliyun.com; NM=1; PH=DS;\r\n RN=1; RT=1; SR=0; TI=SMTPD_---0W187xAA_1795168798;',
    'Received: from 192.168.3.32(mailfrom:li.guiming@aliyun.com\r\n fp:SMTPD_---0W187xAA_1795168798) by smtp.aliyun-inc.com(127.0.0.1);\r\n Fri, 20 Nov 2026 17:59:58 +0800',
  );
  return signAll(raw, [['aliyun.com', 's1024']]);
}

async function yandexFirmMessage(rcpt: string): Promise<string> {
  serial++;
  const raw = onTop(
    submitted({
      from: `Ladoga Freight <booking@${Y360_FIRM}>`,
      to: rcpt,
      subject: 'Booking confirmed: container LFX-187042',
      date: 'Fri, 20 Nov 2026 12:59:57 +0300',
      messageId: `<187${serial}1795168797@mail.yandex.ru>`,
      body: 'Hello,\r\n\r\nyour booking LFX-187042 is confirmed. Invoice follows separately.\r\n\r\nLadoga Freight\r\n',
    }),
    `Received: by mail-nwsmtp-smtp-production-main-59.iva.yp-c.yandex.net (smtp/Yandex)\r\n\twith ESMTPSA id Zx187${serial}aKmQ0-187q2kd8;\r\n\tFri, 20 Nov 2026 12:59:58 +0300`,
  );
  return signAll(raw, [[Y360_FIRM, 'mail']], YANDEX_H);
}

function gmailRelay(
  raw: string,
  relay: Relay,
  r: { envelope: string; from: string; signer: [string, string]; policy: string; spf?: 'pass' | 'softfail' },
): string {
  serial++;
  const spf = r.spf ?? 'pass';
  return gmailDelivery(raw, {
    relay,
    envelope: r.envelope,
    results: [
      gmailDkim(r.signer[0], r.signer[1]),
      gmailSpf(r.envelope, relay.ip, spf),
      gmailDmarc(r.from, r.policy),
    ].join('\r\n       '),
    ids: ids(),
    spf,
    deliveredTo: true,
    to: RCPT.gmail,
  });
}

const STAYS_MEDIUM: CaseExpectation = { notVerdict: ['authenticated'], findings: ['hosted-server-relay'] };

async function relays(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, c);
  const envelope = 'bounce@relay-ops.example';
  const qqReplay = {
    envelope,
    from: 'qq.com',
    signer: ['qq.com', 's201512'] as [string, string],
    policy: 'QUARANTINE',
  };

  // C1. A Tencent Cloud VM (QQ Mail's own listed AS) whose PTR imitates QQ's relay names.
  const CVM: Relay = {
    helo: 'out43-154-100-25.mail.qq.com',
    rdns: 'out43-154-100-25.mail.qq.com',
    ip: '43.154.100.25',
  };
  emit({
    name: 'r187-gmail-tencent-cloud-vm-ptr-imitates-qq-relay-replays-qq-offline',
    class: 'hosted-server-relay',
    about: `Attack: a stranger's Tencent Cloud VM (${CVM.ip}, AS132203: the network relayAsns lists for QQ Mail, which rents to anyone) sets its PTR to ${CVM.rdns} (QQ's relay pattern; whether Tencent Cloud lets a customer set such a PTR is NOT confirmed) and replays a genuine signed qq.com message to Gmail with envelope ${envelope}. Gmail prints the name, records dkim=pass for qq.com and dmarc=pass. Offline. Wanted: hosted-server-relay medium, never authenticated.`,
    eml: gmailRelay(await qqMessage(RCPT.gmail), CVM, qqReplay),
    args: GMAIL,
    expect: STAYS_MEDIUM,
  });

  emit({
    name: 'r187-gmail-tencent-cloud-vm-ptr-imitates-qq-relay-keeps-qq-envelope-offline',
    class: 'hosted-server-relay',
    about: `Attack: the same Tencent Cloud VM (${CVM.ip}, PTR ${CVM.rdns}) replays the signed qq.com message keeping its qq.com envelope; Gmail records spf=softfail (the VM is outside spf.mail.qq.com), dkim=pass for qq.com, dmarc=pass on the signature. Offline. A genuine QQ relay passes SPF for the author's own envelope; this one cannot. Wanted: hosted-server-relay medium, never authenticated.`,
    eml: gmailRelay(await qqMessage(RCPT.gmail), CVM, {
      ...qqReplay,
      envelope: '3185274906@qq.com',
      spf: 'softfail',
    }),
    args: GMAIL,
    expect: STAYS_MEDIUM,
  });

  // C2. An Alibaba Cloud international VM (AS45102, listed for Alibaba Mail) imitating Aliyun's relays.
  const AVM: Relay = {
    helo: 'out30-99.freemail.mail.aliyun.com',
    rdns: 'out30-99.freemail.mail.aliyun.com',
    ip: '47.88.44.36',
  };
  emit({
    name: 'r187-gmail-alibaba-cloud-intl-vm-ptr-imitates-aliyun-relay-replays-offline',
    class: 'hosted-server-relay',
    about: `Attack: an Alibaba Cloud international ECS instance (${AVM.ip}, AS45102 "Alibaba (US) Technology", a hosted server; relayAsns lists it for Alibaba Mail, whose freemail relays sit in 115.124.30.x, AS37963) with the PTR ${AVM.rdns} (NOT confirmed that Alibaba Cloud grants such a PTR) replays a signed aliyun.com message (d=aliyun.com s=s1024). Gmail prints the name, dkim=pass, dmarc=pass. Offline. Wanted: hosted-server-relay medium, never authenticated.`,
    eml: gmailRelay(await aliyunMessage(RCPT.gmail), AVM, {
      envelope,
      from: 'aliyun.com',
      signer: ['aliyun.com', 's1024'],
      policy: 'QUARANTINE',
    }),
    args: GMAIL,
    expect: STAYS_MEDIUM,
  });

  // C3. A Hetzner VM written in the IPv4-mapped IPv6 form, PTR imitating QQ.
  const MAPPED: Relay = {
    helo: 'out162-62-58-99.mail.qq.com',
    rdns: 'out162-62-58-99.mail.qq.com',
    ip: '::ffff:65.21.100.20',
  };
  emit({
    name: 'r187-gmail-hetzner-vm-ipv4-mapped-ptr-imitates-qq-replays-offline',
    class: 'hosted-server-relay',
    about: `Attack: the Hetzner VM of round 186 (65.21.100.20, AS24940) as the IPv4-mapped address ${MAPPED.ip} in Gmail's entry line, PTR imitating QQ's relays (${MAPPED.rdns}), replaying a signed qq.com message. Offline. The mapped form must classify as the IPv4 host (lib/relay/address.ts). Wanted: hosted-server-relay medium, never authenticated.`,
    eml: gmailRelay(await qqMessage(RCPT.gmail), MAPPED, qqReplay),
    args: GMAIL,
    expect: STAYS_MEDIUM,
  });

  // C4. A forged Received line below Gmail's entry naming a real QQ relay (Tencent's 162.62.x).
  const HZ: Relay = {
    helo: 'mail.relay-ops.example',
    rdns: 'static.20.100.21.65.clients.your-server.de',
    ip: '65.21.100.20',
  };
  {
    const signed = await qqMessage(RCPT.gmail);
    const forged = onTop(
      signed,
      'Received: from out162-62-58-211.mail.qq.com (out162-62-58-211.mail.qq.com [162.62.58.211])\r\n\tby mail.relay-ops.example (Postfix) with ESMTPS id 4Zr187aa\r\n\tfor <robin.reader@gmail.com>; Fri, 20 Nov 2026 10:00:01 +0000',
    );
    emit({
      name: 'r187-gmail-hetzner-vm-forged-qq-received-below-entry-offline',
      class: 'hosted-server-relay',
      about: `Attack: the Hetzner VM (${HZ.ip}, PTR Hetzner's own ${HZ.rdns}) replays a signed qq.com message, with a forged Received line below Gmail's entry saying it came from QQ's relay out162-62-58-211.mail.qq.com [162.62.58.211] (Tencent's AS132203). The walk must stop at the entry (Gmail's own record of the Hetzner address). Offline. Wanted: hosted-server-relay medium, never authenticated.`,
      eml: gmailRelay(forged, HZ, qqReplay),
      args: GMAIL,
      expect: STAYS_MEDIUM,
    });
  }

  // C5. Genuine: Yandex's forward hosts over IPv6 (AS13238, in _spf.yandex.net's ip6 range).
  const Y6: Relay = {
    helo: 'forward500b.mail.yandex.net',
    rdns: 'forward500b.mail.yandex.net',
    ip: '2a02:6b8:c02:900:1:45:d181:d500',
  };
  const y360 = {
    envelope: `booking@${Y360_FIRM}`,
    from: Y360_FIRM,
    signer: [Y360_FIRM, 'mail'] as [string, string],
    policy: 'QUARANTINE',
  };
  emit({
    name: 'r187-gmail-genuine-yandex-forward-ipv6-y360-firm-offline',
    class: 'hosted-server-relay',
    about: `Genuine: a Yandex 360 firm's signed booking confirmation handed to Gmail by Yandex's forward host over IPv6 (${Y6.rdns} [${Y6.ip}], AS13238, inside _spf.yandex.net's ip6:2a02:6b8:c02:900::/64), envelope its own. Gmail records dkim, spf, dmarc pass. Offline. Wanted: authenticated.`,
    eml: gmailRelay(await yandexFirmMessage(RCPT.gmail), Y6, y360),
    args: GMAIL,
    expect: GENUINE,
  });
  {
    serial++;
    const raw = await yandexFirmMessage(RCPT.box);
    emit({
      name: 'r187-box-genuine-yandex-forward-ipv6-y360-firm-offline',
      class: 'hosted-server-relay',
      about: `Genuine: the same Yandex 360 firm's mail to the reader's Postfix box over IPv6 (Postfix prints "[IPv6:…]" and the verified name), the box's results dkim, spf, dmarc pass. Offline. Wanted: authenticated.`,
      eml: onTop(
        raw,
        `Return-Path: <booking@${Y360_FIRM}>`,
        `Authentication-Results: ${RECEIVER};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${Y360_FIRM} header.i=@${Y360_FIRM} header.s=mail header.b=Q29ycHVz;\r\n\tspf=pass (${RECEIVER}: domain of booking@${Y360_FIRM} designates ${Y6.ip} as permitted sender) smtp.mailfrom=booking@${Y360_FIRM};\r\n\tdmarc=pass (p=quarantine dis=none) header.from=${Y360_FIRM}`,
        received({
          helo: Y6.helo,
          rdns: Y6.rdns,
          ip: Y6.ip,
          by: RECEIVER,
          id: `4Zr187${serial}x`,
          for: RCPT.box,
        }),
      ),
      args: ['--authserv-id', RECEIVER, '--recipient-domain', 'reader.example'],
      expect: GENUINE,
    });
  }
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await brands(write);
  await tenants(write);
  await relays(write);
}

// Pending (16 of 29). Checked with scripts/scratch/pend.ts (ALL=1) on rt-r187 at 5e777567.
// A-attacks (9): r187-{outlook-from-hyphen-italian-desk, gmail-from-hyphen-portuguese-desk,
//   outlook-from-hyphen-dutch-desk, gmail-from-hyphen-polish-desk, gmail-from-hyphen-katakana-desk,
//   outlook-from-hyphen-french-service-client, outlook-from-hyphen-spanish-atencion-al-cliente,
//   gmail-from-hyphen-attacker-word-europe, gmail-from-hyphen-italian-amazon-order} read
//   AUTHENTICATED with no finding. Should: display-name-brand high (not trusted).
// A-genuine (4): r187-gmail-genuine-{one-drive-invoice, drop-box-order-update,
//   micro-soft-order-confirmation, well-fed-ex-pats-supper-club} read SUSPICIOUS with
//   display-name-brand high. Should: authenticated (a firm's own name beside a notice word).
//   At fault: lib/findings/domains.ts onlyDeskBesides / NOTICE_WORDS: a word list can never be
//   complete (every language's desk words, any word of the attacker's own) and, being a list of
//   notice words, it also takes a firm whose own name is a hyphenated compound ("Drop-Box",
//   "One-Drive", "Micro-Soft") beside "Order Update" or "Invoice". The two differ in how the
//   brand's word is cut: the attacks break ONE word ("Micro-soft", "Amaz-on": the part after the
//   separator continues in lower case), the everyday names join two capitalised words.
//   Smallest fix: in brandOnSomeReading, when the rejoined brand word was cut with a lower-case
//   continuation (/\p{L}[\p{Pd}\u2212._·]\p{Ll}/ inside the brand's span) read it anywhere, as
//   SPLIT_AT_INNER_CAPITAL does; when every part is capitalised keep onlyDeskBesides, but without
//   NOTICE_WORDS' notice words (order, update, invoice, renewal, confirmation…), keeping products,
//   numbers and the parenthesised name. Hurts: "Micro-Soft Teams Voicemail" style forgeries with
//   capitalised halves and notice words (r187-outlook-from-capital-half-teams-voicemail-held reads
//   right today through "teams"/"voicemail"; keep products and "voicemail" so it stays caught); a
//   genuine firm writing its name with a lower-case half ("Drop-box Lockers") beside any word.
//   well-fed-ex-pats: SPLIT_AT_INNER_CAPITAL's tail guard (?![\p{L}\p{N}]) lets "Ex-Pats" pass
//   as "Ex": fix by also refusing a separator then a letter after the second half
//   (?![\p{L}\p{N}]|[\p{Pd}\u2212._][\p{L}]); no attack here needs "FedEx-…" glued onward.
// C (3): r187-gmail-tencent-cloud-vm-ptr-imitates-qq-relay-{replays-qq,keeps-qq-envelope}-offline,
//   r187-gmail-alibaba-cloud-intl-vm-ptr-imitates-aliyun-relay-replays-offline read AUTHENTICATED
//   with hosted-server-relay:low. Should: hosted-server-relay medium (suspicious), as the Hetzner
//   forms now read. At fault: lib/findings/hosted-server.ts offlineMailRelay with
//   lib/relay/providers-esp.ts relayAsns: the listed ASNs (Tencent Cloud 132203, Alibaba 45102,
//   Yandex Cloud 200350) are public clouds renting to anyone, so an ASN match plus a printed,
//   unconfirmed PTR plus a replayable aligned signature is all a renter needs (round 186's Yandex
//   Cloud residual, now on two more providers; AS45102 is Alibaba's international cloud, not
//   where Aliyun's freemail relays sit, 115.124.30.x AS37963). Smallest fix: offline, also require
//   the provider's own spf=pass for an envelope in the From's organisation (or the service's own
//   domain): a genuine relay of the service passes SPF for the author's envelope (all of
//   realworld176's cases: envelope the author's own address), a replay from a VM either keeps
//   the attacker's envelope (return-path-differs) or fails SPF for the author's. Drop 45102 unless
//   a real Alibaba Mail relay there is shown. Hurts: a service's relay mail whose envelope is a
//   bounce domain of the service (a VERP under the provider's domain: accept the service's own
//   domains then), and SRS-rewritten mail, which is not a relay of the service anyway.
// Reads right: genuine Ama-Zone / Face-Book Binding / Micro-Tech names; the bare
// mail.onmicrosoft.com From signed by another tenant (spoofed, Gmail and the box); the hybrid
// name in mixed case with the victim's envelope (unverified); genuine hybrid mail offline in
// Yahoo and the box (authenticated); the IPv4-mapped Hetzner address and a forged QQ Received
// line below Gmail's entry (suspicious); Yandex's forward hosts over IPv6, Gmail and the box
// (authenticated: AS13238 is no hosting network, the rule never fires).
// Fixed on 2026-12-07 at 02:5x, as proposed: (1, 2) a word broken before a small letter
// ("Micro-soft", "Amaz-on") reads joined beside any words (BROKEN_WORDS); two capitalised words
// joined by a separator name a brand only beside desk and product words, numbers or a name in
// parentheses, no longer beside a notice's words a firm writes by its own name ("Drop-Box Order
// Update"); the split at FedEx's inner capital is not part of a longer hyphenated word. (3)
// offlineMailRelay also asks the provider's SPF pass for the message's own envelope.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
