// Real-mail round 172: the entry lines Gmail writes and where its one Authentication-Results sits,
// now that lib/auth/authresults.ts `writesBelowEntry` admits an `mx.google.com` header right below
// the receiver's entry line only when that line's `by` host is under google.com (probe179: a Gmail
// header under a fetched hosting box's line is the sender's). Every genuine form of Gmail's entry
// line and of the lines above and below it, read with `--webmail gmail` and with `--authserv-id
// mx.google.com`, online and offline: none may read spoofed, none may lose Gmail's header
// (`provider` null) or read suspicious because of the rule.
// Modelled:
// - Mail from outside (`from <host> (<host>. [ip]) by mx.google.com with ESMTPS id … for <…>
//   (version=TLS1_3 …)`), over IPv4 and over IPv6, Gmail's internal `Received: by 2002:a05:… with
//   SMTP id …` and X-Received on top.
// - Gmail / Workspace to Gmail: `from mail-sor-f41.google.com (mail-sor-f41.google.com.
//   [209.85.220.41]) by mx.google.com with SMTPS id … (Google Transport Security);`, and under Gmail's
//   header the SENDER's own outbound ARC set (i=1, d=google.com, "mx.google.com; arc=none").
// - Workspace behind an inbound gateway (Mimecast in front of Google): Google's line from the
//   gateway, the gateway's own line below it; with and without `--trust-gateway`.
// - Gmail fetching over POP3 (`by mx.google.com with POP3 id … (single-drop)`, X-Gmail-Fetch-Info):
//   from another Gmail account (pop.gmail.com: under the fetch sits that account's own Gmail delivery
//   and header), and from a hosting box whose OpenDKIM/OpenDMARC rows sit under its Postfix entry.
// - Forwards into Gmail: Workspace → Gmail auto-forward (`+caf_=` envelope, X-Forwarded-To/For, the
//   first delivery's lines below with its header stripped), an Outlook.com/Exchange Online forward
//   (`…obe.outbound.protection.outlook.com` → mx.google.com), a university relay that keeps the
//   envelope (SPF softfail at Gmail, DKIM intact) and wrote its own Authentication-Results.
// - A Google Groups post (2026 shape: from `mail-pf1-x439.google.com [2607:f8b0:4864:20::439]`,
//   `Received: by mail-pf1-x439.google.com`, `by 2002:… -pod-prod-07-us`, the group's gmr-mx.google.com
//   entry with its Received-SPF and X-Original-Authentication-Results).
// - "Send mail as" through another SMTP server: a Gmail user's message relayed by Gmail's outbound
//   (`Received: by mail-ej1-f54.google.com`) to the custom domain's own Postfix (ESMTPSA), which
//   hands it to Gmail.
// Where the layouts were learnt (find_string / read_file on public copies of delivered mail):
// - 2026 Workspace → Gmail "Show original" pasted in a public chat export (ualberta.ca → gmail.com,
//   6 Jul 2026): Delivered-To, `Received: by 2002:a02:cc29:0:b0:… with SMTP id o9csp…jap;`,
//   X-Received by 2002:…, Gmail's ARC i=2 (arc-20260327), Return-Path, `from mail-sor-f41.google.com
//   … by mx.google.com with SMTPS id … (Google Transport Security);`, Received-SPF, Gmail's
//   Authentication-Results, then the sender's `ARC-Seal: i=1 … cv=none`, `ARC-Authentication-Results:
//   i=1; mx.google.com; arc=none`, the d=ualberta.ca s=google signature, X-Google-DKIM-Signature.
// - Workspace → Gmail forward (lfdr.de copy of a linux-wireless post, May 2020): Gmail's entry from
//   mail-sor-f41 for <mcgrof@gmail.com>, `Received-SPF: neutral … mcgrof+caf_=mcgrof=gmail.com@…`,
//   X-Forwarded-To / X-Forwarded-For, `Received: by 2002:ac2:5305:0:0:0:0:0 with SMTP id c5csp…`,
//   ARC i=1, the first delivery `from mail.kernel.org … by mx.google.com with ESMTPS` and its
//   Received-SPF, the first header gone (arc=pass (i=1 …) in the second).
// - Outlook.com / Exchange Online into Google (kvack.org copies, 2017–2019): `Received: from
//   EUR03-VE1-obe.outbound.protection.outlook.com (mail-eopbgr50070.outbound.protection.outlook.com.
//   [40.107.5.70]) by mx.google.com with ESMTPS id …`, Received-SPF, `Authentication-Results:
//   mx.google.com; dkim=pass header.i=@Mellanox.com header.s=selector2 …`.
// - Workspace forwarding to a Postfix box (lore.kernel.org copy of a linux-mm post, 3 Jul 2019):
//   `from mail-ed1-f72.google.com (… [209.85.208.72]) by kanga.kvack.org (Postfix)`, `Received: by
//   mail-ed1-f72.google.com with SMTP id`, ARC i=1, the Workspace entry `from EUR03-VE1-obe… by
//   mx.google.com with ESMTPS`, Received-SPF and `Authentication-Results: mx.google.com;` kept.
// - Google Groups (lfdr.de copy of a kasan-dev post, 6 Mar 2026): as listed above, and the old 2009
//   form with `Authentication-Results: gmr-mx.google.com;` in the post itself (msysgit, gmane copy).
// - POP3 fetch: as realworld34 / probe179 cite it ("by mx.google.com with POP3 id … (single-drop)").
// - Gateway in front of Google: Mimecast's line as receivers.ts `mimecastEntry`; Gmail's SPF judged
//   on the address before the gateway ("skip IP addresses" of Workspace's inbound gateway setting).
// - University relay: an MIT-style "exchange-forwarding" relay into mx.google.com (a public test
//   fixture: `from exchange-forwarding-east-3.mit.edu (… [18.9.21.14]) by mx.google.com with ESMTPS`).
// - "Send mail as": not seen in a public copy; modelled from Gmail's documented behaviour (the
//   message goes out through the other domain's SMTP server after Google's own outbound line).
// Names and addresses are documentation ones except Google's and Microsoft's hosts and ranges and
// Mimecast's; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, GMAIL, KEY, legitCorpus, ptr, ptr6, type Relay, signAll } from '../kit';
import { sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  dovecotLmtp,
  GMAIL_TO,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  MIMECAST,
  mimecastEntry,
} from '../receivers';
import { postfixEntry } from '../rounds-kit';

/**
 * Cases HeaderLens reads wrong today: none of this round's 32. Every genuine entry line Gmail writes
 * is `by mx.google.com` (ESMTPS/SMTPS from outside, from mail-sor-f41, from a gateway, from Outlook's
 * obe hosts, from a Groups host over IPv6); Gmail's internal `by 2002:a05:…` lines carry no client
 * and are never the entry; a POP3 fetch's entry is the fetched provider's own line, under google.com
 * only when that provider is Gmail. So `writesBelowEntry`'s google.com test never refuses a header
 * Gmail wrote. A Google header under another box's entry is genuine only as an EARLIER delivery
 * (a Workspace-forwarded copy), and there Google's outbound `Received: by mail-….google.com` line
 * sits between, so it is already out of the region as an earlier delivery, not forged.
 * Modelling note: a first draft gave the `+caf_=` forwarder's domain an SPF record including Google
 * while Gmail's header said "neutral … best guess record": it read suspicious
 * (provider-disagreement on SPF), correctly; the sample's domain has no SPF record.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const ASID = ['--authserv-id', 'mx.google.com'];
const PST = (s: number) => `Fri, 20 Nov 2026 02:00:${String(s).padStart(2, '0')} -0800 (PST)`;

/** Gmail's header trusted, DMARC passing: what every genuine case here should read. */
const GMAIL_PASS: CaseExpectation = {
  verdict: 'authenticated',
  absentFindings: ['forged-auth-results'],
  fields: { 'provider.authservId': 'mx.google.com', 'provider.dmarc.result': 'pass' },
};

// ---- senders -----------------------------------------------------------------------------------
/** A supplier on its own server, signing d=kestrel-joinery.example. */
const KJ = 'kestrel-joinery.example';
const KJ_RELAY: Relay = { helo: `mail.${KJ}`, rdns: `mail.${KJ}`, ip: '198.51.100.172' };
const KJ_V6 = '2001:db8:172::25';
const KJ_FROM = `billing@${KJ}`;
const KJ_ZONE = {
  ...ptr(KJ_RELAY.ip, KJ_RELAY.rdns),
  ...ptr6(KJ_V6, `mail6.${KJ}`),
  [KJ]: { TXT: [`v=spf1 ip4:${KJ_RELAY.ip} ip6:${KJ_V6} -all`] },
  [`_dmarc.${KJ}`]: { TXT: ['v=DMARC1; p=quarantine; rua=mailto:dmarc@kestrel-joinery.example'] },
  [`kj1._domainkey.${KJ}`]: KEY(),
};
/** A Workspace college (d=<domain> s=google, include:_spf.google.com, p=none). */
const PC = 'prairie-college.example';
const PC_FROM = `g.palmer@${PC}`;
const GOOGLE_SPF = {
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ip6:2607:f8b0:4000::/36 ~all'] },
};
const PC_ZONE = {
  ...GOOGLE_SPF,
  [PC]: { TXT: ['v=spf1 include:_spf.google.com ~all'] },
  [`_dmarc.${PC}`]: { TXT: ['v=DMARC1; p=none'] },
  [`google._domainkey.${PC}`]: KEY(),
  'arc-20240605._domainkey.google.com': KEY(),
};
const SOR: Relay = { helo: 'mail-sor-f41.google.com', rdns: 'mail-sor-f41.google.com', ip: '209.85.220.41' };

const kjNote = (n: string, to = `Robin Reader <${GMAIL_TO}>`) =>
  signAll(
    submitted({
      from: `Kestrel Joinery Accounts <${KJ_FROM}>`,
      to,
      subject: `Invoice KJ-2026-${n} for the oak worktop`,
      date: 'Fri, 20 Nov 2026 09:59:40 +0000',
      messageId: `<w172-${n}.invoice@${KJ}>`,
      body: 'Hello Robin,\r\n\r\nplease find the invoice for the oak worktop below; payment within 30 days.\r\n\r\nKestrel Joinery\r\n',
    }),
    [[KJ, 'kj1']],
  );

/** Gmail's delivery: its internal hop and X-Received on top, Return-Path, the entry, Received-SPF, its header. */
function gmailTop(
  raw: string,
  o: { n: string; envelope: string; entry: string; spf: string; ar: string; to?: string; above?: string[] },
): string {
  return onTop(
    raw,
    `Delivered-To: ${o.to ?? GMAIL_TO}`,
    `Received: by 2002:a02:cc29:0:b0:5e7:683a:5f80 with SMTP id o9csp172${o.n}jap;\r\n        ${PST(6)}`,
    `X-Received: by 2002:a05:6402:a50b:20b0:69a:360a:d099 with SMTP id 4fb4d7f45d1cf-69a8564e9efmr172${o.n}a12.2.1795169206401;\r\n        ${PST(6)}`,
    ...(o.above ?? []),
    `Return-Path: <${o.envelope}>`,
    o.entry,
    `Received-SPF: ${o.spf}`,
    `Authentication-Results: mx.google.com;\r\n       ${o.ar}`,
  );
}

/** Gmail's entry line for a client `r` (its address as Gmail prints it). */
const esmtps = (r: Relay, n: string, to = GMAIL_TO, ip = r.ip) =>
  `Received: from ${r.helo} (${r.rdns}. [${ip}])\r\n        by mx.google.com with ESMTPS id a640c23a62f3a-b7${n}si1720045366b.12.2026.11.20.02.00.05\r\n        for <${to}>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        ${PST(5)}`;
const sorEntry = (n: string, to = GMAIL_TO) =>
  `Received: from ${SOR.helo} (${SOR.rdns}. [${SOR.ip}])\r\n        by mx.google.com with SMTPS id 4fb4d7f45d1cf-69a5${n}d33sor796550a12.11.2026.11.20.02.00.05\r\n        for <${to}>\r\n        (Google Transport Security);\r\n        ${PST(5)}`;
const spfPassLine = (envelope: string, ip: string) =>
  `pass (google.com: domain of ${envelope} designates ${ip} as permitted sender) client-ip=${ip};`;

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1]) => emitCase(write, c);

  // ============ 1. From outside: `by mx.google.com with ESMTPS id`, IPv4 and IPv6 ===================
  {
    const raw = await kjNote('101');
    const ar = `${gmailDkim(KJ, 'kj1')}\r\n       ${gmailSpf(KJ_FROM, KJ_RELAY.ip)}\r\n       ${gmailDmarc(KJ, 'QUARANTINE')}`;
    const eml = gmailTop(raw, {
      n: '01',
      envelope: KJ_FROM,
      entry: esmtps(KJ_RELAY, '01'),
      spf: spfPassLine(KJ_FROM, KJ_RELAY.ip),
      ar,
    });
    const about =
      "Genuine: a joinery invoice from its own Postfix server, signed d=kestrel-joinery.example (p=quarantine), into Gmail as the 2026 layout has it: Delivered-To, `Received: by 2002:a02:cc29:… with SMTP id`, X-Received, Return-Path, `from mail.kestrel-joinery.example (…. [198.51.100.172]) by mx.google.com with ESMTPS id … (version=TLS1_3 …)`, Received-SPF, Gmail's one header (dkim, spf, dmarc pass)";
    for (const [suffix, args, zone, what] of [
      ['webmail-online', GMAIL, KJ_ZONE, '--webmail gmail, online'],
      ['webmail-offline', GMAIL, undefined, '--webmail gmail, offline'],
      ['authserv-id-online', ASID, KJ_ZONE, '--authserv-id mx.google.com, online'],
      ['authserv-id-offline', ASID, undefined, '--authserv-id mx.google.com, offline'],
    ] as const) {
      emit({
        name: `w172-outside-esmtps-signed-supplier-${suffix}`,
        class: 'receiver-layout',
        about: `${about}. ${what}. Wanted: authenticated with Gmail's header as the provider's.`,
        args: [...args],
        eml,
        ...(zone ? { zone } : {}),
        expect: GMAIL_PASS,
      });
    }
    // The same server sending over IPv6: Gmail prints the address bare in its brackets.
    const r6: Relay = { helo: `mail6.${KJ}`, rdns: `mail6.${KJ}`, ip: KJ_V6 };
    const eml6 = gmailTop(await kjNote('102'), {
      n: '02',
      envelope: KJ_FROM,
      entry: esmtps(r6, '02'),
      spf: spfPassLine(KJ_FROM, KJ_V6),
      ar: `${gmailDkim(KJ, 'kj1')}\r\n       ${gmailSpf(KJ_FROM, KJ_V6)}\r\n       ${gmailDmarc(KJ, 'QUARANTINE')}`,
    });
    for (const [suffix, zone] of [
      ['online', KJ_ZONE],
      ['offline', undefined],
    ] as const) {
      emit({
        name: `w172-outside-ipv6-client-esmtps-${suffix}`,
        class: 'receiver-layout',
        about: `Genuine: the same supplier's server handing over to Gmail over IPv6 ("from mail6.kestrel-joinery.example (mail6.kestrel-joinery.example. [${KJ_V6}]) by mx.google.com with ESMTPS"), Gmail's internal by-2002:a05 lines on top. --webmail gmail, ${suffix}. Wanted: authenticated, Gmail's header kept.`,
        args: GMAIL,
        eml: eml6,
        ...(zone ? { zone } : {}),
        expect: GMAIL_PASS,
      });
    }
  }

  // ============ 2. Workspace to Gmail: mail-sor-f41, SMTPS, the sender's own ARC i=1 below ==========
  {
    const raw = await signAll(
      submitted({
        from: `Gavin Palmer <${PC_FROM}>`,
        to: 'undisclosed-recipients:;',
        subject: 'Hiring: International House student staff',
        date: 'Fri, 20 Nov 2026 03:00:01 -0700',
        messageId: '<CAH46teW172qc32BP_gFdMDpoq1RiqayLApLRhdYoq+jUj7otzE_w@mail.gmail.com>',
        extraHeaders: ['X-Gm-Features: AVVi8Cd8M7Yw4t9KP-uMblm3BlHwmx6ZyWMG8iebU3suut6cDywPVJ3beRRi6jE'],
        body: 'Hello,\r\n\r\nour posting for the student staff is up on the careers portal until 4 December.\r\n\r\nGavin\r\n',
      }),
      [[PC, 'google']],
    );
    const sealed = await sealCorpus(raw, {
      domain: 'google.com',
      selector: 'arc-20240605',
      cv: 'none',
      authResults: 'mx.google.com; arc=none',
    });
    const eml = gmailTop(sealed, {
      n: '03',
      envelope: PC_FROM,
      entry: sorEntry('03'),
      spf: spfPassLine(PC_FROM, SOR.ip),
      ar: `${gmailDkim(PC, 'google')}\r\n       ${gmailSpf(PC_FROM, SOR.ip)}\r\n       ${gmailDmarc(PC, 'NONE')}`,
    });
    const zone = { ...PC_ZONE, ...ptr(SOR.ip, SOR.rdns) };
    const about =
      "Genuine: a Google Workspace college (d=prairie-college.example s=google, include:_spf.google.com, p=none) writes to a Gmail reader, Bcc: the ualberta.ca → gmail.com layout of July 2026: Gmail's entry `from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by mx.google.com with SMTPS id … (Google Transport Security);`, Received-SPF, Gmail's header, and UNDER it the sending side's own ARC set (ARC-Seal i=1 cv=none d=google.com, ARC-Authentication-Results: i=1; mx.google.com; arc=none) written by Google's outbound before the message left";
    for (const [suffix, args, z, what] of [
      ['webmail-online', GMAIL, zone, '--webmail gmail, online'],
      ['webmail-offline', GMAIL, undefined, '--webmail gmail, offline'],
      ['authserv-id-online', ASID, zone, '--authserv-id mx.google.com, online'],
    ] as const) {
      emit({
        name: `w172-workspace-to-gmail-sor-sender-arc-below-${suffix}`,
        class: 'receiver-layout',
        about: `${about}. ${what}. Wanted: authenticated; the i=1 ARC-Authentication-Results under Gmail's header is not an Authentication-Results and changes nothing.`,
        args: [...args],
        eml,
        ...(z ? { zone: z } : {}),
        expect: GMAIL_PASS,
      });
    }
    // The same message in an older Gmail account that Robin's Gmail collects over POP3 from
    // pop.gmail.com: the sor entry and Gmail's header of that account under the fetch.
    const old = 'robin.reader.old@gmail.com';
    const fetched = onTop(
      gmailTop(sealed, {
        n: '13',
        to: old,
        envelope: PC_FROM,
        entry: sorEntry('13', old),
        spf: spfPassLine(PC_FROM, SOR.ip),
        ar: `${gmailDkim(PC, 'google')}\r\n       ${gmailSpf(PC_FROM, SOR.ip)}\r\n       ${gmailDmarc(PC, 'NONE')}`,
      }),
      `X-Gmail-Fetch-Info: ${old} 1 pop.gmail.com 995 ${old}`,
      `Delivered-To: ${GMAIL_TO}`,
      `Received: from pop.gmail.com (pop.gmail.com. [142.250.153.108])\r\n        by mx.google.com with POP3 id a640c23a62f3a-b76e2c1f4a1si38475613175b.40.2026.11.20.02.03.11\r\n        for <${GMAIL_TO}>\r\n        (single-drop);\r\n        Fri, 20 Nov 2026 02:03:11 -0800 (PST)`,
    );
    emit({
      name: 'w172-pop3-fetch-other-gmail-account-sor-entry-offline',
      class: 'receiver-layout',
      about: `${about}, but delivered to an older Gmail account that Robin's Gmail collects over POP3 from pop.gmail.com ("by mx.google.com with POP3 id … (single-drop)", X-Gmail-Fetch-Info on top). --webmail gmail, offline. Wanted: authenticated; the header under the old account's mail-sor-f41 entry is Gmail's own.`,
      args: GMAIL,
      eml: fetched,
      expect: GMAIL_PASS,
    });
  }

  // ============ 3. Workspace behind an inbound gateway (Mimecast → Google) =========================
  {
    const to = 'robin@reader-firm.example';
    const raw = await kjNote('103', `Robin Reader <${to}>`);
    const viaGateway = mimecastEntry(raw, KJ_RELAY, 'w172Mc-AbCdEfGh01', 'Fri, 20 Nov 2026 10:00:04 +0000');
    const gwEntry = `Received: from ${MIMECAST.helo} (${MIMECAST.rdns}. [${MIMECAST.ip}])\r\n        by mx.google.com with ESMTPS id a640c23a62f3a-b7w3si1720045366b.12.2026.11.20.02.00.05\r\n        for <${to}>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        ${PST(5)}`;
    const eml = gmailTop(viaGateway, {
      n: '04',
      to,
      envelope: KJ_FROM,
      entry: gwEntry,
      spf: spfPassLine(KJ_FROM, KJ_RELAY.ip),
      ar: `${gmailDkim(KJ, 'kj1')}\r\n       ${gmailSpf(KJ_FROM, KJ_RELAY.ip)}\r\n       ${gmailDmarc(KJ, 'QUARANTINE')}`,
    });
    const zone = { ...KJ_ZONE, ...ptr(MIMECAST.ip, MIMECAST.rdns) };
    const about = `Genuine: the reader's firm runs Google Workspace behind Mimecast (MX at Mimecast, Workspace's "Inbound gateway" set to Mimecast's addresses). The supplier's invoice reaches Mimecast (its line "… by relay.mimecast.com with ESMTP with STARTTLS … id eu-mta-51-…" and X-MC-Unique below), then Google: "from eu-smtp-delivery-151.mimecast.com (…. [185.58.85.151]) by mx.google.com with ESMTPS", Received-SPF and Gmail's header judging SPF on the address before the gateway (198.51.100.172)`;
    for (const [suffix, args, z] of [
      ['online', GMAIL, zone],
      ['offline', GMAIL, undefined],
      ['trust-gateway-online', [...GMAIL, '--trust-gateway', `${MIMECAST.ip}/32`], zone],
      ['trust-gateway-offline', [...GMAIL, '--trust-gateway', `${MIMECAST.ip}/32`], undefined],
    ] as const) {
      emit({
        name: `w172-workspace-mimecast-gateway-${suffix}`,
        class: 'receiver-layout',
        about: `${about}. --webmail gmail${suffix.startsWith('trust') ? ' --trust-gateway 185.58.85.151/32' : ''}, ${suffix.endsWith('online') ? 'online' : 'offline'}. Wanted: authenticated (DKIM aligned), Gmail's header kept.`,
        args: [...args],
        eml,
        ...(z ? { zone: z } : {}),
        expect: GMAIL_PASS,
      });
    }
  }

  // ============ 4. POP3 fetches ===================================================================
  {
    // 4a. From another Gmail account: under the fetch, that account's own Gmail delivery.
    const other = 'robin.reader.old@gmail.com';
    const raw = await kjNote('104', `Robin Reader <${other}>`);
    const inner = gmailTop(raw, {
      n: '05',
      to: other,
      envelope: KJ_FROM,
      entry: esmtps(KJ_RELAY, '05', other),
      spf: spfPassLine(KJ_FROM, KJ_RELAY.ip),
      ar: `${gmailDkim(KJ, 'kj1')}\r\n       ${gmailSpf(KJ_FROM, KJ_RELAY.ip)}\r\n       ${gmailDmarc(KJ, 'QUARANTINE')}`,
    });
    const POPG = { name: 'pop.gmail.com', ip: '142.250.153.108' };
    const eml = onTop(
      inner,
      `X-Gmail-Fetch-Info: ${other} 1 ${POPG.name} 995 ${other}`,
      `Delivered-To: ${GMAIL_TO}`,
      `Received: from ${POPG.name} (${POPG.name}. [${POPG.ip}])\r\n        by mx.google.com with POP3 id a640c23a62f3a-b76e2c1f4a1si38475613172b.40.2026.11.20.02.03.11\r\n        for <${GMAIL_TO}>\r\n        (single-drop);\r\n        Fri, 20 Nov 2026 02:03:11 -0800 (PST)`,
    );
    const zone = { ...KJ_ZONE, ...ptr(POPG.ip, 'pop.gmail.com') };
    for (const [suffix, z] of [
      ['online', zone],
      ['offline', undefined],
    ] as const) {
      emit({
        name: `w172-pop3-fetch-other-gmail-account-own-header-${suffix}`,
        class: 'receiver-layout',
        about: `Genuine: Robin's Gmail collects an older Gmail account over POP3 ("from pop.gmail.com (…) by mx.google.com with POP3 id … (single-drop)", X-Gmail-Fetch-Info). Under the fetch sits that account's own delivery: Delivered-To, by-2002 lines, Return-Path, "from mail.kestrel-joinery.example … by mx.google.com with ESMTPS", Received-SPF and Gmail's header, all written by Gmail. --webmail gmail, ${suffix}. Wanted: authenticated; the header under the old account's Google entry is Gmail's own.`,
        args: GMAIL,
        eml,
        ...(z ? { zone: z } : {}),
        expect: GMAIL_PASS,
      });
    }

    // 4b. From a hosting box whose OpenDKIM/OpenDMARC rows sit under its Postfix entry.
    const HOST = 'hostbox.example';
    const HOST_MX = `mail.${HOST}`;
    const HOST_RCPT = `robin@${HOST}`;
    const POP = { name: `pop.${HOST}`, ip: '203.0.113.172' };
    const hraw = await kjNote('105', `Robin Reader <${HOST_RCPT}>`);
    const heml = onTop(
      hraw,
      `X-Gmail-Fetch-Info: ${HOST_RCPT} 1 ${POP.name} 995 ${HOST_RCPT}`,
      `Delivered-To: ${GMAIL_TO}`,
      `Received: from ${POP.name} (${POP.name}. [${POP.ip}])\r\n        by mx.google.com with POP3 id a640c23a62f3a-b76e2c1f4a1si38475613173b.40.2026.11.20.02.03.11\r\n        for <${GMAIL_TO}>\r\n        (single-drop);\r\n        Fri, 20 Nov 2026 02:03:11 -0800 (PST)`,
      `Delivered-To: ${HOST_RCPT}`,
      `Return-Path: <${KJ_FROM}>`,
      dovecotLmtp(HOST_MX, KJ_FROM, HOST_RCPT, 'gF172aB2cD3eF4gH5iJ', 'Fri, 20 Nov 2026 10:00:06 +0000'),
      postfixEntry(KJ_RELAY, HOST_MX, '4Zh172C3', HOST_RCPT, 'Fri, 20 Nov 2026 10:00:05 +0000'),
      `Authentication-Results: ${HOST_MX}; dmarc=pass (p=quarantine dis=none) header.from=${KJ}`,
      `Authentication-Results: ${HOST_MX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=${KJ} header.i=@${KJ} header.a=rsa-sha256 header.s=kj1 header.b=Q29ycHVz`,
    );
    const hzone = { ...KJ_ZONE, ...ptr(POP.ip, POP.name) };
    for (const [suffix, z, expect] of [
      [
        'online',
        hzone,
        { verdict: 'authenticated', absentFindings: ['forged-auth-results'] } as CaseExpectation,
      ],
      [
        'offline',
        undefined,
        { notVerdict: ['suspicious', 'spoofed'], absentFindings: ['forged-auth-results'] } as CaseExpectation,
      ],
    ] as const) {
      emit({
        name: `w172-pop3-fetch-hosting-box-milter-rows-${suffix}`,
        class: 'receiver-layout',
        about: `Genuine: Robin's Gmail collects robin@${HOST} over POP3; the hosting box runs Postfix with OpenDKIM and OpenDMARC, whose rows ("${HOST_MX}; dmarc=pass", "dkim=pass … header.s=kj1") sit under its Postfix entry; no Gmail header anywhere (Gmail writes none for a fetch). --webmail gmail, ${suffix}. Wanted: ${suffix === 'online' ? "authenticated by HeaderLens's own check" : "not suspicious (nothing of Gmail's to trust; the box rows are not Gmail's)"}, no forged-auth-results.`,
        args: GMAIL,
        eml: heml,
        ...(z ? { zone: z } : {}),
        expect,
      });
    }
  }

  // ============ 4c. POP3 fetch of a box that got a Workspace-forwarded copy ========================
  {
    // kvack.org's layout (lore copy, Jul 2019): Workspace forwards linux-mm@kvack.org to the Postfix
    // box kanga.kvack.org; the forwarded copy keeps the first delivery's `Authentication-Results:
    // mx.google.com` under that delivery's `by mx.google.com with ESMTPS` line, with Google's
    // outbound `Received: by mail-ed1-f72.google.com with SMTP id` right under the box's entry.
    const HOST = 'hostbox.example';
    const HOST_MX = `mail.${HOST}`;
    const HOST_RCPT = `robin@${HOST}`;
    const WS_RCPT = `robin@${PC}`;
    const POP = { name: `pop.${HOST}`, ip: '203.0.113.172' };
    const GOUT: Relay = {
      helo: 'mail-ed1-f72.google.com',
      rdns: 'mail-ed1-f72.google.com',
      ip: '209.85.208.72',
    };
    const raw = await kjNote('111', `Robin Reader <${WS_RCPT}>`);
    const eml = onTop(
      raw,
      `X-Gmail-Fetch-Info: ${HOST_RCPT} 1 ${POP.name} 995 ${HOST_RCPT}`,
      `Delivered-To: ${GMAIL_TO}`,
      `Received: from ${POP.name} (${POP.name}. [${POP.ip}])\r\n        by mx.google.com with POP3 id a640c23a62f3a-b76e2c1f4a1si38475613174b.40.2026.11.20.02.03.11\r\n        for <${GMAIL_TO}>\r\n        (single-drop);\r\n        Fri, 20 Nov 2026 02:03:11 -0800 (PST)`,
      `Delivered-To: ${HOST_RCPT}`,
      `Return-Path: <robin+caf_=robin=hostbox.example@${PC}>`,
      dovecotLmtp(
        HOST_MX,
        `robin+caf_=robin=hostbox.example@${PC}`,
        HOST_RCPT,
        'gF172kVcD3eF4gH5iJ',
        'Fri, 20 Nov 2026 10:00:06 +0000',
      ),
      postfixEntry(GOUT, HOST_MX, '4Zh172K4', HOST_RCPT, 'Fri, 20 Nov 2026 10:00:05 +0000'),
      `Received: by ${GOUT.helo} with SMTP id b33so172044edc.17\r\n        for <${HOST_RCPT}>; ${PST(4)}`,
      `X-Received: by 2002:a17:906:8048:: with SMTP id x8mr172315ejw.87.1795169204531;\r\n        ${PST(4)}`,
      `X-Forwarded-To: ${HOST_RCPT}`,
      `X-Forwarded-For: ${WS_RCPT} ${HOST_RCPT}`,
      esmtps(KJ_RELAY, '11', WS_RCPT).replace(PST(5), PST(3)),
      `Received-SPF: ${spfPassLine(KJ_FROM, KJ_RELAY.ip)}`,
      `Authentication-Results: mx.google.com;\r\n       ${gmailDkim(KJ, 'kj1')}\r\n       ${gmailSpf(KJ_FROM, KJ_RELAY.ip)}\r\n       ${gmailDmarc(KJ, 'QUARANTINE')}`,
    );
    const zone = { ...KJ_ZONE, ...PC_ZONE, ...ptr(POP.ip, POP.name), ...ptr(GOUT.ip, GOUT.rdns) };
    for (const [suffix, z, expect] of [
      [
        'online',
        zone,
        { verdict: 'authenticated', absentFindings: ['forged-auth-results'] } as CaseExpectation,
      ],
      [
        'offline',
        undefined,
        { notVerdict: ['suspicious', 'spoofed'], absentFindings: ['forged-auth-results'] } as CaseExpectation,
      ],
    ] as const) {
      emit({
        name: `w172-pop3-fetch-box-with-workspace-forwarded-copy-${suffix}`,
        class: 'forwarded',
        about: `Genuine: robin@${PC} (Workspace) forwards to robin@${HOST} (a Postfix box), which Robin's Gmail collects over POP3. Under the box's entry ("from mail-ed1-f72.google.com … by ${HOST_MX} (Postfix)") sit Google's outbound line, X-Forwarded-To/For and the Workspace delivery "from mail.kestrel-joinery.example … by mx.google.com with ESMTPS" with its Received-SPF and its Authentication-Results: mx.google.com (the kvack.org → kanga.kvack.org copies of 2019 keep it). --webmail gmail, ${suffix}. Wanted: ${suffix === 'online' ? 'authenticated by DKIM' : 'not suspicious'}; the earlier Google delivery's header is not a forgery (second-provider-auth-results at most).`,
        args: GMAIL,
        eml,
        ...(z ? { zone: z } : {}),
        expect,
      });
    }
  }

  // ============ 5. Forwards into Gmail ============================================================
  {
    // 5a. Workspace auto-forward to Gmail (the `+caf_=` envelope), the first delivery below: once
    //     from a Workspace domain with no SPF record (the sample's "best guess record", neutral), once
    //     from one whose SPF includes Google's (Gmail then says pass for the caf_ envelope).
    for (const [key, fdom, spfWord, zoneExtra] of [
      [
        'no-spf-record',
        'quiet-harbour.example',
        'neutral',
        { '_dmarc.quiet-harbour.example': { TXT: ['v=DMARC1; p=none'] } },
      ],
      ['spf-includes-google', PC, 'pass', PC_ZONE],
    ] as const) {
      const fwd = `robin@${fdom}`;
      const n = key === 'no-spf-record' ? '06' : '16';
      const raw = await kjNote(`1${n}`, `Robin Reader <${fwd}>`);
      const first = onTop(
        raw,
        `Received: by 2002:ac2:5305:0:0:0:0:0 with SMTP id c5csp172${n}lfh;\r\n        ${PST(3)}`,
        `X-Received: by 2002:a17:90a:d818:: with SMTP id a24mr172${n}pjv.75.1795169203957;\r\n        ${PST(3)}`,
        `Return-Path: <${KJ_FROM}>`,
        esmtps(KJ_RELAY, n, fwd).replace(PST(5), PST(3)),
        `Received-SPF: ${spfPassLine(KJ_FROM, KJ_RELAY.ip)}`,
      );
      const withFwd = onTop(first, `X-Forwarded-To: ${GMAIL_TO}`, `X-Forwarded-For: ${fwd} ${GMAIL_TO}`);
      const caf = `robin+caf_=robin.reader=gmail.com@${fdom}`;
      const spfText =
        spfWord === 'neutral'
          ? `(google.com: ${SOR.ip} is neither permitted nor denied by best guess record for domain of ${caf})`
          : `(google.com: domain of ${caf} designates ${SOR.ip} as permitted sender)`;
      const eml = gmailTop(withFwd, {
        n,
        envelope: caf,
        entry: sorEntry(n),
        spf: `${spfWord} ${spfText} client-ip=${SOR.ip};`,
        ar: `${gmailDkim(KJ, 'kj1')}\r\n       spf=${spfWord} ${spfText} smtp.mailfrom="${caf}";\r\n       ${gmailDmarc(KJ, 'QUARANTINE')}`,
      });
      const zone = { ...KJ_ZONE, ...GOOGLE_SPF, ...zoneExtra, ...ptr(SOR.ip, SOR.rdns) };
      for (const [suffix, z] of [
        ['online', zone],
        ['offline', undefined],
      ] as const) {
        emit({
          name: `w172-forward-workspace-to-gmail-caf-${key}-${suffix}`,
          class: 'forwarded',
          about: `Genuine: robin@${fdom} (Workspace${spfWord === 'neutral' ? ', no SPF record' : ', SPF include:_spf.google.com'}) auto-forwards to Robin's Gmail, the May 2020 do-not-panic.com → gmail.com layout: Gmail's entry from mail-sor-f41 (Google Transport Security), Received-SPF ${spfWord} for the "robin+caf_=robin.reader=gmail.com@…" envelope, Gmail's header (dkim=pass for the supplier, dmarc=pass), X-Forwarded-To/For, then the first delivery's by-2002 line, its "by mx.google.com with ESMTPS" entry and Received-SPF with its header stripped. --webmail gmail, ${suffix}. Wanted: authenticated (the supplier's signature survives).`,
          args: GMAIL,
          eml,
          ...(z ? { zone: z } : {}),
          expect: GMAIL_PASS,
        });
      }
    }

    // 5b. Outlook.com / Exchange Online forward into Gmail.
    const OL: Relay = {
      helo: 'EUR03-VE1-obe.outbound.protection.outlook.com',
      rdns: 'mail-eopbgr50070.outbound.protection.outlook.com',
      ip: '40.107.5.70',
    };
    const olRcpt = 'r.reader@outlook.example';
    const olRaw = await kjNote('107', `Robin Reader <${olRcpt}>`);
    const olInner = onTop(
      olRaw,
      `Received: from AM0PR07MB4172.eurprd07.prod.outlook.com ([fe80::5c1e:172:aa01:25]) by\r\n AM0PR07MB4172.eurprd07.prod.outlook.com ([fe80::5c1e:172:aa01:25%6]) with mapi id\r\n 15.20.8182.019; Fri, 20 Nov 2026 10:00:04 +0000`,
      `Received: from ${KJ_RELAY.helo} (${KJ_RELAY.ip}) by\r\n AM4PEPF00027A5F.mail.protection.outlook.com (10.167.16.67) with Microsoft SMTP\r\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8182.19 via Frontend\r\n Transport; Fri, 20 Nov 2026 10:00:03 +0000`,
    );
    const olEml = gmailTop(olInner, {
      n: '07',
      envelope: KJ_FROM,
      entry: esmtps(OL, '07'),
      spf: `softfail (google.com: domain of transitioning ${KJ_FROM} does not designate ${OL.ip} as permitted sender) client-ip=${OL.ip};`,
      ar: `${gmailDkim(KJ, 'kj1')}\r\n       spf=softfail (google.com: domain of transitioning ${KJ_FROM} does not designate ${OL.ip} as permitted sender) smtp.mailfrom=${KJ_FROM};\r\n       ${gmailDmarc(KJ, 'QUARANTINE')}`,
    });
    emit({
      name: 'w172-forward-exchange-online-to-gmail-online',
      class: 'forwarded',
      about: `Genuine: the reader's work mailbox (Exchange Online) forwards to Gmail: Gmail's entry "from EUR03-VE1-obe.outbound.protection.outlook.com (mail-eopbgr50070.outbound.protection.outlook.com. [40.107.5.70]) by mx.google.com with ESMTPS" (kvack.org copies, 2019), Received-SPF softfail for the unchanged envelope, Gmail's header (dkim=pass, dmarc=pass), the tenant's lines below. --webmail gmail, online. Wanted: authenticated by DKIM.`,
      args: GMAIL,
      eml: olEml,
      zone: { ...KJ_ZONE, ...ptr(OL.ip, OL.rdns) },
      expect: GMAIL_PASS,
    });

    // 5c. A university relay keeping the envelope, its own Authentication-Results above its entry.
    const UNI = 'northfield-uni.example';
    const UNI_FWD: Relay = { helo: `fwd-1.${UNI}`, rdns: `fwd-1.${UNI}`, ip: '192.0.2.172' };
    const alum = `r.reader@alumni.${UNI}`;
    const uRaw = await kjNote('108', `Robin Reader <${alum}>`);
    const uInner = onTop(
      uRaw,
      `Authentication-Results: fwd-1.${UNI};\r\n\tdkim=pass (2048-bit key) header.d=${KJ} header.i=@${KJ} header.b=Q29ycHVz;\r\n\tspf=pass smtp.mailfrom=${KJ_FROM};\r\n\tdmarc=pass (policy=quarantine) header.from=${KJ}`,
      postfixEntry(KJ_RELAY, UNI_FWD.helo, '4ZuN172Q1', alum, 'Fri, 20 Nov 2026 10:00:03 +0000'),
    );
    const uEml = gmailTop(uInner, {
      n: '08',
      envelope: KJ_FROM,
      entry: esmtps(UNI_FWD, '08'),
      spf: `fail (google.com: domain of ${KJ_FROM} does not designate ${UNI_FWD.ip} as permitted sender) client-ip=${UNI_FWD.ip};`,
      ar: `${gmailDkim(KJ, 'kj1')}\r\n       spf=fail (google.com: domain of ${KJ_FROM} does not designate ${UNI_FWD.ip} as permitted sender) smtp.mailfrom=${KJ_FROM};\r\n       ${gmailDmarc(KJ, 'QUARANTINE')}`,
    });
    const uZone = { ...KJ_ZONE, ...ptr(UNI_FWD.ip, UNI_FWD.rdns) };
    for (const [suffix, z] of [
      ['online', uZone],
      ['offline', undefined],
    ] as const) {
      emit({
        name: `w172-forward-university-relay-own-header-${suffix}`,
        class: 'forwarded',
        about: `Genuine: Robin's alumni address at a university forwards through its Postfix relay fwd-1.${UNI} (no SRS; the relay wrote its own Authentication-Results above its entry line) into Gmail: "from fwd-1.${UNI} (…. [192.0.2.172]) by mx.google.com with ESMTPS", Received-SPF fail for the supplier's envelope, Gmail's header with dkim=pass and dmarc=pass. --webmail gmail, ${suffix}. Wanted: authenticated by DKIM; the relay's header is neither Gmail's nor a forgery.`,
        args: GMAIL,
        eml: uEml,
        ...(z ? { zone: z } : {}),
        expect: { ...GMAIL_PASS, absentFindings: ['forged-auth-results'] },
      });
    }
  }

  // ============ 6. A Google Groups post (2026 shape, IPv6 entry) ==================================
  {
    const group = 'harbour-rowing@googlegroups.com';
    const post = await kjNote('109', `Harbour Rowing <${group}>`);
    const atGroup = onTop(
      post,
      `Received: by 2002:a05:6a00:26dc:b0:81e:9ac7:26a0 with SMTP id\r\n d2e1a72fcca58-82980d69e22ls1721380b3a.2.-pod-prod-07-us; Fri, 20 Nov 2026\r\n 02:00:03 -0800 (PST)`,
      `Received: from ${KJ_RELAY.helo} (${KJ_RELAY.rdns}. [${KJ_RELAY.ip}])\r\n        by gmr-mx.google.com with ESMTPS id d2e1a72fcca58-829a48b2c35si172b3a.4.2026.11.20.02.00.02\r\n        for <${group}>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n        ${PST(2)}`,
      `Received-SPF: ${spfPassLine(KJ_FROM, KJ_RELAY.ip)}`,
    );
    const listed = onTop(
      atGroup.replace(
        /\r\n\r\n/,
        `\r\nX-Original-Sender: ${KJ_FROM}\r\nX-Original-Authentication-Results: gmr-mx.google.com;       dkim=pass\r\n header.i=@${KJ} header.s=kj1 header.b=Q29ycHVz;       spf=pass (google.com: domain of ${KJ_FROM}\r\n designates ${KJ_RELAY.ip} as permitted sender) smtp.mailfrom=${KJ_FROM};\r\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${KJ}\r\nPrecedence: list\r\nMailing-list: list ${group}; contact harbour-rowing+owners@googlegroups.com\r\nList-ID: <harbour-rowing.googlegroups.com>\r\nX-Google-Group-Id: 172172172172\r\n\r\n`,
      ),
      'X-BeenThere: harbour-rowing@googlegroups.com',
    );
    const signed = await signAll(listed, [['googlegroups.com', '20230601']]);
    const GG6 = {
      helo: 'mail-pf1-x439.google.com',
      rdns: 'mail-pf1-x439.google.com',
      ip: '2607:f8b0:4864:20::439',
    };
    const envelope = 'harbour-rowing+bncBDP53XW3ZQCBBGOZVLGQMGQE172@googlegroups.com';
    const eml = gmailTop(
      onTop(
        signed,
        `Received: by ${GG6.helo} with SMTP id d2e1a72fcca58-8297d2c1e64sf172194b3a.2\r\n        for <${GMAIL_TO}>; ${PST(4)}`,
      ),
      {
        n: '09',
        envelope,
        entry: esmtps(GG6, '09'),
        spf: spfPassLine(envelope, GG6.ip),
        ar: `${gmailDkim(KJ, 'kj1')}\r\n       dkim=pass header.i=@googlegroups.com header.s=20230601 header.b=R3JvdXBz;\r\n       ${gmailSpf(envelope, GG6.ip)}\r\n       ${gmailDmarc(KJ, 'QUARANTINE')}`,
      },
    );
    const zone = {
      ...KJ_ZONE,
      ...GOOGLE_SPF,
      ...ptr6(GG6.ip, GG6.rdns),
      'googlegroups.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
      '_dmarc.googlegroups.com': { TXT: ['v=DMARC1; p=none'] },
      '20230601._domainkey.googlegroups.com': KEY(),
    };
    for (const [suffix, z] of [
      ['online', zone],
      ['offline', undefined],
    ] as const) {
      emit({
        name: `w172-google-groups-post-ipv6-entry-${suffix}`,
        class: 'mailing-list',
        about: `Genuine: the supplier posts to a Google Group Robin reads in Gmail (the group keeps From): Gmail's entry "from mail-pf1-x439.google.com (…. [2607:f8b0:4864:20::439]) by mx.google.com with ESMTPS", its header (the author's and googlegroups.com's dkim=pass, spf=pass for the bnc… envelope, dmarc=pass), then "Received: by mail-pf1-x439.google.com with SMTP id", the group's by-2002 pod line, its "by gmr-mx.google.com with ESMTPS" entry and Received-SPF, X-Original-Authentication-Results (the lfdr.de kasan-dev copy of March 2026). --webmail gmail, ${suffix}. Wanted: authenticated, Gmail's header kept.`,
        args: GMAIL,
        eml,
        ...(z ? { zone: z } : {}),
        expect: GMAIL_PASS,
      });
    }
  }

  // ============ 7. "Send mail as" through another SMTP server =====================================
  {
    const ST = 'linden-studio.example';
    const ST_SMTP: Relay = { helo: `smtp.${ST}`, rdns: `smtp.${ST}`, ip: '203.0.113.172' };
    const from = `pat@${ST}`;
    const raw = await signAll(
      submitted({
        from: `Pat Linden <${from}>`,
        to: `Robin Reader <${GMAIL_TO}>`,
        subject: 'Drawings for the extension',
        date: 'Fri, 20 Nov 2026 10:59:50 +0100',
        messageId: '<CAKw172sendAsLinden0qYxZ7Q@mail.gmail.com>',
        body: 'Hi Robin,\r\n\r\nthe revised drawings are in the shared folder.\r\n\r\nPat\r\n',
      }),
      [[ST, 'ls1']],
    );
    const relayed = onTop(
      raw,
      `Received: from mail-ej1-f54.google.com (mail-ej1-f54.google.com [209.85.218.54])\r\n\t(Authenticated sender: ${from})\r\n\tby smtp.${ST} (Postfix) with ESMTPSA id 4ZsA172Lx0\r\n\tfor <${GMAIL_TO}>; Fri, 20 Nov 2026 10:00:02 +0000 (UTC)`,
      `Received: by mail-ej1-f54.google.com with SMTP id a640c23a62f3a-b7172sf1045366b.1\r\n        for <${GMAIL_TO}>; ${PST(1)}`,
      `X-Received: by 2002:a17:907:7e94:b0:b72:1720:4a1c with SMTP id a640c23a62f3a-b72ab172mr1720466b.1.1795169201000;\r\n        ${PST(1)}`,
    );
    const eml = gmailTop(relayed, {
      n: '10',
      envelope: from,
      entry: esmtps(ST_SMTP, '10'),
      spf: spfPassLine(from, ST_SMTP.ip),
      ar: `${gmailDkim(ST, 'ls1')}\r\n       ${gmailSpf(from, ST_SMTP.ip)}\r\n       ${gmailDmarc(ST, 'REJECT')}`,
    });
    const zone = {
      ...ptr(ST_SMTP.ip, ST_SMTP.rdns),
      [ST]: { TXT: [`v=spf1 ip4:${ST_SMTP.ip} -all`] },
      [`_dmarc.${ST}`]: { TXT: ['v=DMARC1; p=reject'] },
      [`ls1._domainkey.${ST}`]: KEY(),
    };
    for (const [suffix, args, z] of [
      ['webmail-online', GMAIL, zone],
      ['webmail-offline', GMAIL, undefined],
      ['authserv-id-offline', ASID, undefined],
    ] as const) {
      emit({
        name: `w172-send-mail-as-other-smtp-${suffix}`,
        class: 'receiver-layout',
        about: `Genuine: Pat writes in Gmail with "Send mail as" pat@${ST}, set to send through the studio's own SMTP server: Google's outbound line ("Received: by mail-ej1-f54.google.com with SMTP id"), the studio Postfix's "from mail-ej1-f54.google.com … (Authenticated sender: …) by smtp.${ST} (Postfix) with ESMTPSA", its d=${ST} signature, then Robin's Gmail: "from smtp.${ST} … by mx.google.com with ESMTPS", Received-SPF, Gmail's header. ${args === ASID ? '--authserv-id mx.google.com' : '--webmail gmail'}, ${suffix.endsWith('online') ? 'online' : 'offline'}. Wanted: authenticated.`,
        args: [...args],
        eml,
        ...(z ? { zone: z } : {}),
        expect: GMAIL_PASS,
      });
    }
  }
}
