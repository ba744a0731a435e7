// Real-world delivery shapes, two-hundred-and-first round (against e6652f6e): genuine mail with two or
// more DKIM-Signature fields and mailing-list posts, read by self-hosted boxes whose
// Authentication-Results quote `header.b` (RFC 6008) and by Gmail and Yahoo, online (a zone) and
// OFFLINE (no zone). What it models against bef0aed1 (lib/engine/offline.ts offlineSignedLengths:
// offline, a provider row's header.b narrows the fields it is about, provider.dkim[].b; lib/auth/
// dkim.ts toDkimChecks: online, each mailauth result first takes the line it hashed, then by fit):
// - ESP + customer (Mandrill on a mox box: 12 characters of b=, quoted when it holds "/", header.i
//   after header.b; Fastmail on OpenDKIM 2.11 with header.a and header.s; Amazon SES on Proton, one
//   header per method, header.b quoted).
// - Microsoft 365: the custom domain's selector1 and the tenant's onmicrosoft.com field on one
//   message (OpenDKIM without header.s; Yahoo; rspamd), a tenant that never enabled its own DKIM
//   (onmicrosoft.com only: SPF carries DMARC), a tenant's forward (SRS, Microsoft's ARC seal, the
//   original field intact) on an rspamd box.
// - Key rotation: Gmail's `dkim=neutral (no key for signature)` row for the retired selector beside
//   the new one's pass; a gateway re-signing (Proofpoint-hosted qcppdkim1-style key under the firm's
//   d= beside Workspace's s=google of a subdomain) quoted whole (RFC 6008 §4 allows the whole b=).
// - Lists: Mailman 3 munging a p=reject author's From (the author's field fails, the list host's
//   passes), Sympa's DMARC protection on a mox box, mlmmj passing a post through unchanged (author's
//   and list host's fields both pass), a Google Group on an rspamd box.
// Where the layouts were learnt (find_string unless said; ids are the index's file ids):
// - rspamd (mailcow, Mailu): `Authentication-Results: mail.lfdr.de;\n\tdkim=pass header.d=qualcomm.com
//   header.s=qcppdkim1 header.b=ZAdqmWk7;\n\tdkim=pass header.d=oss.qualcomm.com header.s=google
//   header.b=QNg6OEd+;\n\tspf=pass (mail.lfdr.de: domain of "…" designates … as permitted sender)
//   smtp.mailfrom="…";\n\tdmarc=pass (policy=reject) header.from=qualcomm.com;\n\tarc=pass
//   ("subspace.kernel.org:s=arc-20240116:i=1")` (ids 67668936900, 56620879534); header.b quoted when
//   it holds "/": `header.b="jABjZTB/"` (id 66876413100), not for "+" (`Nj+NuXqD`).
// - mox: `dkim=pass (2048 bit rsa, without dnssec) header.d=mandrillapp.com\n\theader.s=mte1
//   header.a=rsa-sha256 header.b="CfNW8cht1/v3";\n\tdkim=pass (2048 bit rsa, without dnssec)
//   header.d=letsencrypt.org\n\theader.s=mte1 header.a=rsa-sha256 header.b=F9lCi4OC77su\n\t
//   header.i=expiry@letsencrypt.org;` after `iprev=pass (without dnssec) policy.iprev=198.2.145.102;`
//   (id 35328592538; also 10978396550: one domain's two selectors, 42290390937).
// - OpenDKIM 2.11 with header.a/header.s: `Authentication-Results: alsa1.perex.cz;\n\tdkim=pass
//   (2048-bit key,\n unprotected) header.d=sakamocchi.jp header.i=@sakamocchi.jp\n header.a=rsa-sha256
//   header.s=fm1 header.b=Uojw0EDP;\n\tdkim=pass … header.d=messagingengine.com …` under `DKIM-Filter:
//   OpenDKIM Filter v2.11.0 …` (ids 13795977028, 1562855278); failing rows `dkim=fail reason="signature
//   verification failed" (2048-bit key; unprotected) … header.b=aCg/1wQy;` (ids 16177459963,
//   36783222538: lists.ozlabs.org). OpenDKIM's older rows with no header.s ("2048-bit key; unprotected
//   key", header.d, header.i, header.b): realworld191.ts, realworld199.ts. Fastmail's outbound
//   `fout-a4-smtp.messagingengine.com` 103.168.172.147: id 55827974983.
// - Proton: one header per method (`mail5i.protonmail.ch; dmarc=pass (p=quarantine dis=none)`, `…;
//   spf=pass smtp.mailfrom=…`, `…; dkim=pass (1024-bit key)\n header.d=amazon.com header.i=@amazon.com
//   header.b="eVI5Ulpc"; dkim=pass (1024-bit key)\n header.d=amazonses.com … header.b="AAODPVgR"`)
//   (id 37895559335). SES's `a48-37.smtp-out.amazonses.com [54.240.48.37]`: realworld199.ts.
// - rspamd's failing DMARC row `dmarc=fail reason="No valid SPF, No valid DKIM" header.from=ucw.cz
//   (policy=none)` (ids 7762464338, 56094128708, 24358971759).
// - amavisd-new (iRedMail, Zimbra): `Authentication-Results: mail.alien8.de (amavisd-new); dkim=pass
//   (4096-bit key)\n header.d=alien8.de` under `X-Virus-Scanned: Debian amavisd-new at …`, header.d only
//   (ids 62142229890, 22032534555, 110220750); one header per signature is recalled, NOT confirmed.
// - Fastmail as the reader's provider: `Authentication-Results: mx6.messagingengine.com;\n    x-csa=none;
//   …\n    dkim=pass (2048-bit rsa key sha256) header.d=outlook.com\n    header.i=@outlook.com
//   header.b=Qx1vn7vt header.a=rsa-sha256\n    header.s=selector1 x-bits=2048;\n    dmarc=pass
//   policy.published-domain-policy=…` (ids 15727723161, 15199756395); its Cyrus LMTP line is modelled.
// - Gmail's `dkim=neutral (no key for signature)` for a selector with no key: recalled, NOT confirmed
//   in this index; Gmail's rows and header.b (8 characters): receivers.ts and id 37819456669.
// - Yahoo's rows (header.i, header.s, no header.b): receivers.ts yahooResults.
// - Exchange Online's outbound hosts and the tenant's hops: realworld200.ts, m365-shapes.ts; its
//   onmicrosoft.com selector `selector1-<tenant>-onmicrosoft-com`: m365-shapes.ts tenantKey. Microsoft's
//   ARC seal (d=microsoft.com s=arcselector10001) on a tenant's forward and its SRS envelope
//   (`SRS0=…=TT=…@<tenant>`): realworld192.ts, realworld193.ts.
// - Mailman 3's From munging ("… via …"), Sympa's `dmarc_protection` rewriting, mlmmj's bounce
//   envelope `list+bounces-N-user=domain@`: list-shapes.ts (Mailman's docs), recalled for Sympa and
//   mlmmj (their documentation), NOT re-read here. Google Groups: rounds-kit.ts googleGroupsPost.
// NOT confirmed: which box quotes the whole b= (modelled as a Stalwart-like box; RFC 6008 §4 lets a
// verifier quote as much as it likes); rspamd's wording of a failing row (modelled `dkim=fail
// ("body hash did not verify")`); Proofpoint's outbound re-signing host and selector for a customer
// (modelled mx0b-00fenw01.pphosted.com, s=ppdkim1); Microsoft 365 signing a tenant's forward with its
// onmicrosoft.com key; Sympa's and mlmmj's header sets beyond those written here; mox's wording of a
// failing row (`dkim=fail (body hash mismatch, without dnssec)`); OpenDKIM's for a withdrawn key
// (`dkim=permerror (no key for signature)`).
// Names and addresses are documentation ones except the providers' own hosts and ranges; every key
// is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import { sealAs } from '../gateway-layouts';
import { emitCase, legitCorpus, ptr, RECEIVER, type Relay } from '../kit';
import { keyZone, mailmanFooter, mailmanHeaders } from '../list-shapes';
import { M365_SPF_ZONE, senderTenantHops } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { eopDelivery, eopPass, gmailDelivery, gmailDmarc, gmailSpf, yahooDelivery } from '../receivers';
import { googleGroupsPost } from '../rounds-kit';

const BOX_ARGS = ['--authserv-id', RECEIVER, '--recipient-domain', 'reader.example'];
const PROTON_ID = 'mailin029.protonmail.ch';
const GMAIL_ARGS = ['--webmail', 'gmail'];
const YAHOO_ARGS = ['--webmail', 'yahoo'];

/** Genuine mail the user should trust. */
const TRUSTED: CaseExpectation = { verdict: ['authenticated', 'unverified'], notVerdict: ['spoofed'] };

const BODY = (who: string) =>
  `Hello Robin,\r\n\r\nplease find the update on your request below; reply to this message with any questions.\r\n\r\n${who}\r\n`;

interface Sig {
  domain: string;
  selector: string;
  headerList?: string[];
  c?: string;
}
/** Signs in order (the last on top). */
async function sign(raw: string, sigs: Sig[]): Promise<string> {
  let out = raw;
  for (const s of sigs)
    out = await signCorpus(out, {
      domain: s.domain,
      selector: s.selector,
      headerList: s.headerList ?? [
        'from',
        'to',
        'subject',
        'date',
        'message-id',
        'mime-version',
        'content-type',
      ],
      ...(s.c ? { canonicalization: s.c } : {}),
    });
  return out;
}

/** The b= of the field with `d` and `s`, white space removed, its first `n` characters (all when n is 0). */
function bOf(raw: string, d: string, s: string, n: number): string {
  const head = raw.slice(0, raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]/g, ' ');
  for (const line of head.split('\r\n')) {
    if (!/^dkim-signature:/i.test(line)) continue;
    const tag = (t: string) => line.match(new RegExp(`[:;]\\s*${t}\\s*=([^;]*)`))?.[1]?.replace(/\s+/g, '');
    if (tag('d') !== d || tag('s') !== s) continue;
    const b = tag('b');
    if (!b) break;
    return n > 0 ? b.slice(0, n) : b;
  }
  throw new Error(`no field d=${d} s=${s}`);
}
/** rspamd and mox quote a header.b holding "/" (a value's special character, RFC 2045 tspecials). */
const quoteSlash = (b: string) => (b.includes('/') ? `"${b}"` : b);

const ar = (id: string, rows: string[]) => `Authentication-Results: ${id};\r\n\t${rows.join(';\r\n\t')}`;
/** Postfix + Dovecot box: Return-Path, Delivered-To, LMTP, the filters' headers (`results`), the entry. */
const boxDelivery = (raw: string, r: Relay, env: string, results: string[], id: string, host = RECEIVER) =>
  onTop(
    raw,
    `Return-Path: <${env}>`,
    'Delivered-To: robin@reader.example',
    `Received: from ${host}\r\n\tby ${host} with LMTP\r\n\tid wK2xP9w1PWf0cQAA${id}\r\n\t(envelope-from <${env}>)\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:06 +0000`,
    ...results,
    `Received: from ${r.helo} (${r.rdns} [${r.ip.includes(':') ? `IPv6:${r.ip}` : r.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${host} (Postfix) with ESMTPS id ${id}\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
  );
/** Proton's entry: one Authentication-Results per method (dmarc, spf, dkim, arc), then its Received. */
const protonDelivery = (
  raw: string,
  r: Relay,
  env: string,
  rows: { dmarc: string; spf: string; dkim: string[] },
) =>
  onTop(
    raw,
    `Return-Path: <${env}>`,
    'X-Original-To: robin@reader.example',
    'Delivered-To: robin@reader.example',
    `Authentication-Results: ${PROTON_ID}; ${rows.dmarc}`,
    `Authentication-Results: ${PROTON_ID}; ${rows.spf}`,
    `Authentication-Results: ${PROTON_ID}; ${rows.dkim.join('; ')}`,
    `Authentication-Results: ${PROTON_ID}; arc=none smtp.remote-ip=${r.ip}`,
    `Received: from ${r.helo} (${r.rdns} [${r.ip}]) (using TLSv1.3 with cipher\r\n TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n (No client certificate requested) by ${PROTON_ID} (Postfix) with ESMTPS id\r\n 4Zw201P7xKz9vQ3 for <robin@reader.example>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
  );

// ---- Relays ----
const MANDRILL: Relay = {
  helo: 'mail145-102.suw41.mandrillapp.com',
  rdns: 'mail145-102.suw41.mandrillapp.com',
  ip: '198.2.145.102',
};
const FASTMAIL: Relay = {
  helo: 'fout-a4-smtp.messagingengine.com',
  rdns: 'fout-a4-smtp.messagingengine.com',
  ip: '103.168.172.147',
};
const SES: Relay = {
  helo: 'a48-37.smtp-out.amazonses.com',
  rdns: 'a48-37.smtp-out.amazonses.com',
  ip: '54.240.48.37',
};
const EUR: Relay = {
  helo: 'EUR02-DB5-obe.outbound.protection.outlook.com',
  rdns: 'mail-db5eur02on2095.outbound.protection.outlook.com',
  ip: '40.107.21.95',
};
const NAM: Relay = {
  helo: 'NAM11-CO1-obe.outbound.protection.outlook.com',
  rdns: 'mail-co1nam11on2121.outbound.protection.outlook.com',
  ip: '40.107.220.121',
};
const GMAIL_RELAY: Relay = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};
const PPHOSTED: Relay = {
  helo: 'mx0b-00fenw01.pphosted.com',
  rdns: 'mx0b-00fenw01.pphosted.com',
  ip: '205.220.177.32',
};
const LISTS: Relay = { helo: 'lists.example.org', rdns: 'lists.example.org', ip: '192.0.2.80' };

// ---- Senders ----
const CERT = 'certwatch.example'; // Mandrill customer (custom return path delivery.<d>)
const FM = 'sakamoto-audio.example'; // Fastmail customer
const SHOP = 'parcelhub.example'; // Amazon SES customer
const VELD = 'veldhoven-bouw.example'; // Microsoft 365 tenant, custom DKIM (selector1) and onmicrosoft
const VELD_T = 'veldhovenbouw';
const KORA = 'kora-dental.example'; // Microsoft 365 tenant, no DKIM of its own
const KORA_T = 'koradental';
const ALDER = 'alder-freight.example'; // Workspace sender forwarded by a tenant
const FWDT = 'marlow-partners.example'; // Microsoft 365 tenant forwarding to the reader's box
const FWDT_T = 'marlowpartners';
const ROTA = 'quillon-insurance.example'; // key rotation, old key withdrawn
const FEN = 'fenwick-labs.example'; // Workspace on oss.<d>, re-signed by Proofpoint as <d>
const QUARK = 'quarkfield.example'; // list author, p=reject
const NOVA_NONE = 'orchard-notes.example'; // list author, p=none
const TILB = 'tilburg-drukwerk.example'; // SPF-only supplier, p=quarantine
const NOVA = 'novabyte.example'; // list author, p=quarantine
const LIST = 'lists.example.org';

const ZONE: Record<string, unknown> = {
  ...M365_SPF_ZONE,
  ...ptr(MANDRILL.ip, MANDRILL.rdns),
  ...ptr(FASTMAIL.ip, FASTMAIL.rdns),
  ...ptr(SES.ip, SES.rdns),
  ...ptr(EUR.ip, EUR.rdns),
  ...ptr(NAM.ip, NAM.rdns),
  ...ptr(GMAIL_RELAY.ip, GMAIL_RELAY.rdns),
  ...ptr(PPHOSTED.ip, PPHOSTED.rdns),
  ...ptr(LISTS.ip, LISTS.rdns),
  ...keyZone([
    `mte1._domainkey.${CERT}`,
    'mte1._domainkey.mandrillapp.com',
    `fm1._domainkey.${FM}`,
    'fm1._domainkey.messagingengine.com',
    `ses2025._domainkey.${SHOP}`,
    '224i4yxa5dv7c2xz3womw6peuasteono._domainkey.amazonses.com',
    `selector1._domainkey.${VELD}`,
    `selector1-${VELD_T}-onmicrosoft-com._domainkey.${VELD_T}.onmicrosoft.com`,
    `selector1-${KORA_T}-onmicrosoft-com._domainkey.${KORA_T}.onmicrosoft.com`,
    `google._domainkey.${ALDER}`,
    `selector1-${FWDT_T}-onmicrosoft-com._domainkey.${FWDT_T}.onmicrosoft.com`,
    'arcselector10001._domainkey.microsoft.com',
    `q2026._domainkey.${ROTA}`,
    `q2025._domainkey.${ROTA}`,
    `google._domainkey.oss.${FEN}`,
    `ppdkim1._domainkey.${FEN}`,
    `s1._domainkey.${QUARK}`,
    `s1._domainkey.${NOVA}`,
    `s1._domainkey.${NOVA_NONE}`,
    '20230601._domainkey.googlegroups.com',
    'arc-20240605._domainkey.google.com',
    `mm3._domainkey.${LIST}`,
  ]),
  'mandrillapp.com': { TXT: ['v=spf1 ip4:198.2.128.0/18 ip4:205.201.128.0/20 ~all'] },
  [`delivery.${CERT}`]: { TXT: ['v=spf1 include:mandrillapp.com ~all'] },
  [CERT]: { TXT: ['v=spf1 include:mandrillapp.com -all'] },
  [`_dmarc.${CERT}`]: { TXT: ['v=DMARC1; p=reject'] },
  'spf.messagingengine.com': { TXT: ['v=spf1 ip4:103.168.172.0/24 ip4:66.111.4.0/24 ~all'] },
  [FM]: { TXT: ['v=spf1 include:spf.messagingengine.com ?all'] },
  [`_dmarc.${FM}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  'amazonses.com': { TXT: ['v=spf1 ip4:54.240.0.0/18 ip4:69.169.224.0/20 -all'] },
  [`mail.${SHOP}`]: { TXT: ['v=spf1 include:amazonses.com ~all'] },
  [SHOP]: { TXT: ['v=spf1 include:amazonses.com -all'] },
  [`_dmarc.${SHOP}`]: { TXT: ['v=DMARC1; p=reject'] },
  [VELD]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [`_dmarc.${VELD}`]: { TXT: ['v=DMARC1; p=reject'] },
  [KORA]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [`_dmarc.${KORA}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  [ALDER]: { TXT: ['v=spf1 include:_spf.google.com ~all'] },
  [`_dmarc.${ALDER}`]: { TXT: ['v=DMARC1; p=reject'] },
  [FWDT]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [`_dmarc.${FWDT}`]: { TXT: ['v=DMARC1; p=reject'] },
  'microsoft.com': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [ROTA]: { TXT: ['v=spf1 include:_spf.google.com -all'] },
  [`_dmarc.${ROTA}`]: { TXT: ['v=DMARC1; p=reject'] },
  'pphosted.com': { TXT: ['v=spf1 ip4:205.220.160.0/19 ip4:148.163.128.0/19 -all'] },
  [`oss.${FEN}`]: { TXT: ['v=spf1 include:pphosted.com include:_spf.google.com -all'] },
  [FEN]: { TXT: ['v=spf1 include:pphosted.com -all'] },
  [`_dmarc.${FEN}`]: { TXT: ['v=DMARC1; p=reject'] },
  [QUARK]: { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
  [`_dmarc.${QUARK}`]: { TXT: ['v=DMARC1; p=reject'] },
  [NOVA]: { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
  [`_dmarc.${NOVA}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [LIST]: { TXT: [`v=spf1 ip4:${LISTS.ip} -all`] },
  [NOVA_NONE]: { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
  [`_dmarc.${NOVA_NONE}`]: { TXT: ['v=DMARC1; p=none'] },
  [TILB]: { TXT: ['v=spf1 ip4:198.51.100.140 -all'] },
  [`_dmarc.${TILB}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  ...ptr('198.51.100.140', 'mail.tilburg-drukwerk.example'),
  ...ptr('209.85.160.63', 'mail-qt1-x83f.google.com'),
  'googlegroups.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  '_dmarc.googlegroups.com': { TXT: ['v=DMARC1; p=none'] },
  [`_dmarc.${LIST}`]: { TXT: ['v=DMARC1; p=none'] },
};

const mail = (o: { from: string; subject: string; id: string; to?: string; extra?: string[] }) =>
  submitted({
    from: o.from,
    to: o.to ?? 'Robin Reader <robin@reader.example>',
    subject: o.subject,
    messageId: o.id,
    extraHeaders: o.extra ?? [],
    body: BODY(o.from.replace(/ <.*$/, '')),
  });

export async function makeAll(write: CaseWriter): Promise<void> {
  /** Online (the zone) and offline (no zone), each as the reader's mailbox shows it. */
  const both = (c: Parameters<typeof emitCase>[1] & { offlineExpect?: CaseExpectation }) => {
    const { offlineExpect, ...online } = c;
    emitCase(write, { ...online, zone: c.zone ?? ZONE });
    const { twin: _t, zone: _z, ...offline } = online;
    emitCase(write, { ...offline, name: `${c.name}-offline`, expect: offlineExpect ?? c.expect });
  };

  // ---- 1. Mandrill: the customer's mte1 field under mandrillapp.com's, on a mox box (12 characters) ----
  {
    const env = `bounce-md_31050260.6745a3c2.v1-9c1e4a@delivery.${CERT}`;
    const raw = await sign(
      mail({
        from: `CertWatch <expiry@${CERT}>`,
        subject: 'Your certificate for shop.reader.example expires in 10 days',
        id: `<w201.mandrill.7a1c@${CERT}>`,
        extra: ['X-Mandrill-User: md_31050260', `Reply-To: CertWatch Support <support@${CERT}>`],
      }),
      [
        {
          domain: CERT,
          selector: 'mte1',
          headerList: [
            'from',
            'reply-to',
            'subject',
            'to',
            'message-id',
            'date',
            'mime-version',
            'content-type',
          ],
        },
        {
          domain: 'mandrillapp.com',
          selector: 'mte1',
          headerList: ['from', 'subject', 'to', 'message-id', 'date'],
        },
      ],
    );
    const rows = [
      `iprev=pass (without dnssec) policy.iprev=${MANDRILL.ip}`,
      `dkim=pass (2048 bit rsa, without dnssec) header.d=mandrillapp.com\r\n\theader.s=mte1 header.a=rsa-sha256 header.b=${quoteSlash(bOf(raw, 'mandrillapp.com', 'mte1', 12))}`,
      `dkim=pass (2048 bit rsa, without dnssec) header.d=${CERT}\r\n\theader.s=mte1 header.a=rsa-sha256 header.b=${quoteSlash(bOf(raw, CERT, 'mte1', 12))}\r\n\theader.i=expiry@${CERT}`,
      `spf=pass (without dnssec) smtp.mailfrom=delivery.${CERT}`,
      `dmarc=pass (without dnssec) header.from=${CERT}`,
    ];
    both({
      name: 'w201-mox-mandrill-customer-and-esp-fields-12-char-header-b',
      class: 'esp-two-fields',
      about: `Genuine: a certificate monitor's notice through Mandrill (custom return path delivery.${CERT}), its own mte1 field (h= with Reply-To) under mandrillapp.com's. Read on a mox box whose rows quote 12 characters of each b= (quoted when they hold "/"), header.i after header.b, iprev first. Layout: mox's own Let's Encrypt delivery (id 35328592538). Wanted: authenticated.`,
      args: BOX_ARGS,
      eml: boxDelivery(raw, MANDRILL, env, [ar(RECEIVER, rows)], 'w201Mnd1'),
      expect: TRUSTED,
      twin: true,
    });
  }

  // ---- 2. Fastmail customer on OpenDKIM 2.11 (header.a, header.s, 8 characters) ----
  {
    const env = `kenji@${FM}`;
    const raw = await sign(
      mail({
        from: `Kenji Sakamoto <kenji@${FM}>`,
        subject: 'Re: mastering notes for track 4',
        id: `<w201-fm-5c0e@app.fastmail.com>`,
        extra: ['User-Agent: Cyrus-JMAP/3.13.0-alpha0-1229-g3a5bb5e3c-fm-20261117.001-g3a5bb5e3'],
      }),
      [
        { domain: FM, selector: 'fm1' },
        { domain: 'messagingengine.com', selector: 'fm1' },
      ],
    );
    const rows = [
      `dkim=pass (2048-bit key,\r\n unprotected) header.d=${FM} header.i=@${FM}\r\n header.a=rsa-sha256 header.s=fm1 header.b=${bOf(raw, FM, 'fm1', 8)}`,
      `dkim=pass (2048-bit key,\r\n unprotected) header.d=messagingengine.com header.i=@messagingengine.com\r\n header.a=rsa-sha256 header.s=fm1 header.b=${bOf(raw, 'messagingengine.com', 'fm1', 8)}`,
    ];
    const results = [
      `Authentication-Results: ${RECEIVER}; dmarc=pass (p=quarantine dis=none)\r\n header.from=${FM}`,
      `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=${FM}`,
      `DKIM-Filter: OpenDKIM Filter v2.11.0 ${RECEIVER} 5A1C21670`,
      ar(RECEIVER, rows),
    ];
    both({
      name: 'w201-box-opendkim-fastmail-customer-and-messagingengine-fields',
      class: 'esp-two-fields',
      about: `Genuine: a Fastmail customer's reply, its own fm1 field and messagingengine.com's fm1, on a Postfix box with OpenDKIM 2.11 (rows with header.a, header.s and 8 characters of b=, "(2048-bit key, unprotected)" folded as alsa1.perex.cz writes it, id 13795977028) and OpenDMARC's and the SPF filter's headers above. Wanted: authenticated.`,
      args: BOX_ARGS,
      eml: boxDelivery(raw, FASTMAIL, env, results, 'w201Fm2'),
      expect: TRUSTED,
    });
  }

  // ---- 3. Amazon SES on Proton (one header per method, header.b quoted) ----
  {
    const env = `0100019a4c2e7b1f-5d3e-w201-000000@mail.${SHOP}`;
    const raw = await sign(
      mail({
        from: `ParcelHub <shipping@${SHOP}>`,
        subject: 'Your parcel PH-44820193 is out for delivery',
        id: '<0100019a4c2e7b1f-5d3e-w201@email.amazonses.com>',
        extra: [
          'Feedback-ID: ::1.us-east-1.Zk3wR0JpQmFsYW5jZQ==:AmazonSES',
          'X-SES-Outgoing: 2026.11.20-54.240.48.37',
        ],
      }),
      [
        { domain: SHOP, selector: 'ses2025', c: 'relaxed/simple' },
        {
          domain: 'amazonses.com',
          selector: '224i4yxa5dv7c2xz3womw6peuasteono',
          c: 'relaxed/simple',
          headerList: [
            'from',
            'to',
            'subject',
            'date',
            'message-id',
            'mime-version',
            'content-type',
            'feedback-id',
          ],
        },
      ],
    );
    const q = (d: string, s: string) => `"${bOf(raw, d, s, 8)}"`;
    both({
      name: 'w201-proton-ses-customer-and-amazonses-fields-quoted-header-b',
      class: 'esp-two-fields',
      about: `Genuine: a shop's shipping notice through Amazon SES (its own field and amazonses.com's, c=relaxed/simple), read in Proton Mail: one Authentication-Results per method, the dkim one holding both rows with header.b quoted (id 37895559335). Wanted: authenticated.`,
      args: ['--authserv-id', PROTON_ID],
      eml: protonDelivery(raw, SES, env, {
        dmarc: `dmarc=pass (p=reject dis=none)\r\n header.from=${SHOP}`,
        spf: `spf=pass\r\n smtp.mailfrom=${env}`,
        dkim: [
          `dkim=pass (2048-bit key)\r\n header.d=${SHOP} header.i=@${SHOP} header.b=${q(SHOP, 'ses2025')}`,
          `dkim=pass (2048-bit key)\r\n header.d=amazonses.com header.i=@amazonses.com header.b=${q('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')}`,
        ],
      }),
      expect: TRUSTED,
    });
  }

  // ---- 4. Microsoft 365: custom domain selector1 + onmicrosoft.com, read on three boxes and Yahoo ----
  const veld = async (n: number) => {
    const own = mail({
      from: `Sanne de Wit <s.dewit@${VELD}>`,
      subject: `Offerte renovatie Dorpsstraat 1${n}`,
      id: `<AM9PR02MB7${n}41E3C1A2B9F1D0C@AM9PR02MB7${n}41.eurprd02.prod.outlook.com>`,
      extra: [
        'Thread-Topic: Offerte renovatie',
        'X-MS-Exchange-SenderADCheck: 1',
        `Reply-To: Projecten Veldhoven <projecten@${VELD}>`,
      ],
    });
    const exoH = [
      'from',
      'date',
      'subject',
      'message-id',
      'content-type',
      'mime-version',
      'x-ms-exchange-senderadcheck',
    ];
    return onTop(
      await sign(own, [
        {
          domain: `${VELD_T}.onmicrosoft.com`,
          selector: `selector1-${VELD_T}-onmicrosoft-com`,
          headerList: exoH,
        },
        { domain: VELD, selector: 'selector1', headerList: [...exoH, 'reply-to'] },
      ]),
      ...senderTenantHops('AM9PR02MB7141'),
    );
  };
  {
    const raw = await veld(1);
    const env = `s.dewit@${VELD}`;
    const rows = [
      `dkim=pass (2048-bit key; unprotected key) header.d=${VELD} header.i=@${VELD} header.b=${bOf(raw, VELD, 'selector1', 8)}`,
      `dkim=pass (2048-bit key; unprotected key) header.d=${VELD_T}.onmicrosoft.com header.i=@${VELD_T}.onmicrosoft.com header.b=${bOf(raw, `${VELD_T}.onmicrosoft.com`, `selector1-${VELD_T}-onmicrosoft-com`, 8)}`,
    ];
    both({
      name: 'w201-box-opendkim-m365-custom-and-onmicrosoft-fields-no-header-s',
      class: 'm365-two-fields',
      about: `Genuine: a Microsoft 365 tenant's quote, signed by Exchange Online with the custom domain's selector1 (h= with Reply-To) and the tenant's onmicrosoft.com key (without), from EUR02-DB5-obe. The reader's OpenDKIM writes a row per field with header.d, header.i and header.b, no header.s; OpenDMARC and the SPF filter write their own headers. Wanted: authenticated.`,
      args: BOX_ARGS,
      eml: boxDelivery(
        raw,
        EUR,
        env,
        [
          `Authentication-Results: ${RECEIVER}; dmarc=pass (p=reject dis=none) header.from=${VELD}`,
          `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=${VELD}`,
          `DKIM-Filter: OpenDKIM Filter v2.11.0 ${RECEIVER} 8B3F01670`,
          ar(RECEIVER, rows),
        ],
        'w201Veld1',
      ),
      expect: TRUSTED,
    });
  }
  {
    const raw = await veld(2);
    const env = `s.dewit@${VELD}`;
    const rows = [
      `dkim=pass header.d=${VELD} header.s=selector1 header.b=${quoteSlash(bOf(raw, VELD, 'selector1', 8))}`,
      `dkim=pass header.d=${VELD_T}.onmicrosoft.com header.s=selector1-${VELD_T}-onmicrosoft-com header.b=${quoteSlash(bOf(raw, `${VELD_T}.onmicrosoft.com`, `selector1-${VELD_T}-onmicrosoft-com`, 8))}`,
      `spf=pass (${RECEIVER}: domain of ${env} designates ${EUR.ip} as permitted sender) smtp.mailfrom=${env}`,
      `dmarc=pass (policy=reject) header.from=${VELD}`,
    ];
    both({
      name: 'w201-box-rspamd-m365-custom-and-onmicrosoft-fields',
      class: 'm365-two-fields',
      about: `Genuine: the same tenant's quote on a mailcow box (rspamd: one header, rows with header.d, header.s and 8 characters of b=, quoted when they hold "/"; mail.lfdr.de's layout, id 67668936900). Wanted: authenticated.`,
      args: BOX_ARGS,
      eml: boxDelivery(raw, EUR, env, [ar(RECEIVER, rows)], 'w201Veld2'),
      expect: TRUSTED,
      twin: true,
    });
  }
  {
    const raw = await veld(3);
    const env = `s.dewit@${VELD}`;
    both({
      name: 'w201-yahoo-m365-custom-and-onmicrosoft-fields',
      class: 'm365-two-fields',
      about: `Genuine: the tenant's quote read in Yahoo Mail (rows with header.i and header.s, no header.b). Wanted: authenticated.`,
      args: YAHOO_ARGS,
      eml: yahooDelivery(raw, {
        relay: EUR,
        envelope: env,
        results: `dkim=pass header.i=@${VELD} header.s=selector1;\r\n dkim=pass header.i=@${VELD_T}.onmicrosoft.com header.s=selector1-${VELD_T}-onmicrosoft-com;\r\n spf=pass smtp.mailfrom=${VELD};\r\n dmarc=pass(p=REJECT) header.from=${VELD};`,
      }),
      expect: TRUSTED,
    });
  }

  // ---- 5. A tenant that never enabled its own DKIM: onmicrosoft.com only, SPF carries DMARC ----
  {
    const raw = onTop(
      await sign(
        mail({
          from: `Kora Dental <afspraken@${KORA}>`,
          subject: 'Herinnering: uw afspraak op 24 november',
          id: `<DB9PR03MB8821C0D4A1E2F3B4C5@DB9PR03MB8821.eurprd03.prod.outlook.com>`,
        }),
        [
          {
            domain: `${KORA_T}.onmicrosoft.com`,
            selector: `selector1-${KORA_T}-onmicrosoft-com`,
            headerList: ['from', 'date', 'subject', 'message-id', 'content-type', 'mime-version'],
          },
        ],
      ),
      ...senderTenantHops('DB9PR03MB8821'),
    );
    const env = `afspraken@${KORA}`;
    const b = bOf(raw, `${KORA_T}.onmicrosoft.com`, `selector1-${KORA_T}-onmicrosoft-com`, 8);
    both({
      name: 'w201-box-opendkim-m365-onmicrosoft-only-spf-aligned',
      class: 'm365-ordinary',
      about: `Genuine: a dental practice on Microsoft 365 that never set up DKIM for its domain: Exchange Online signs with the tenant's onmicrosoft.com key only (unaligned); SPF passes for its own envelope through spf.protection.outlook.com, so DMARC passes on SPF. OpenDKIM's row (no header.s) quotes the onmicrosoft field's b=. Wanted: authenticated (unverified tolerated offline).`,
      args: BOX_ARGS,
      eml: boxDelivery(
        raw,
        EUR,
        env,
        [
          `Authentication-Results: ${RECEIVER}; dmarc=pass (p=quarantine dis=none) header.from=${KORA}`,
          `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=${KORA}`,
          ar(RECEIVER, [
            `dkim=pass (2048-bit key; unprotected key) header.d=${KORA_T}.onmicrosoft.com header.i=@${KORA_T}.onmicrosoft.com header.b=${b}`,
          ]),
        ],
        'w201Kora5',
      ),
      expect: TRUSTED,
    });
    both({
      name: 'w201-gmail-m365-onmicrosoft-only-spf-aligned',
      class: 'm365-ordinary',
      about: `Genuine: the same reminder read in Gmail: one dkim=pass row for the onmicrosoft.com field (header.i, header.s, header.b), spf=pass for the practice's envelope, dmarc=pass. Wanted: authenticated.`,
      args: GMAIL_ARGS,
      eml: gmailDelivery(raw, {
        relay: EUR,
        envelope: env,
        results: [
          `dkim=pass header.i=@${KORA_T}.onmicrosoft.com header.s=selector1-${KORA_T}-onmicrosoft-com header.b=${b};`,
          `arc=none (no signatures found);`,
          gmailSpf(env, EUR.ip),
          gmailDmarc(KORA, 'QUARANTINE'),
        ].join('\r\n       '),
        ids: ['x201csp51pxa', 'a201si51qtb.51'],
        spf: 'pass',
        to: 'robin.reader@gmail.com',
        deliveredTo: true,
      }),
      expect: TRUSTED,
    });
  }

  // ---- 6. A tenant's forward (inbox rule, SRS, ARC by microsoft.com) of Workspace mail to the box ----
  {
    const orig = await sign(
      mail({
        from: `Alder Freight <dispatch@${ALDER}>`,
        to: `Ops <ops@${FWDT}>`,
        subject: 'Booking AF-77120 confirmed',
        id: `<CAF7w201qZk1fN0aPc3Xq@mail.gmail.com>`,
      }),
      [{ domain: ALDER, selector: 'google' }],
    );
    const tenantAr = `i=1; mx.microsoft.com 1; spf=pass (sender ip is ${GMAIL_RELAY.ip}) smtp.rcpttodomain=reader.example smtp.mailfrom=${ALDER}; dmarc=pass (p=reject sp=reject pct=100) action=none header.from=${ALDER}; dkim=pass (signature was verified) header.d=${ALDER}; arc=none`;
    const sealed = await sealAs(
      await sign(orig, [
        {
          domain: `${FWDT_T}.onmicrosoft.com`,
          selector: `selector1-${FWDT_T}-onmicrosoft-com`,
          headerList: ['from', 'date', 'subject', 'message-id', 'content-type', 'mime-version'],
        },
      ]),
      { domain: 'microsoft.com', selector: 'arcselector10001', cv: 'none', authResults: tenantAr },
    );
    const env = `SRS0=Xk3p=TT=${ALDER}=dispatch@${FWDT}`;
    const raw = onTop(
      sealed,
      `Received: from ${GMAIL_RELAY.helo} (${GMAIL_RELAY.ip}) by\r\n AM4PEPF00027A6C.mail.protection.outlook.com (10.167.16.90) with Microsoft\r\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.14\r\n via Frontend Transport; Fri, 20 Nov 2026 10:00:02 +0000`,
    );
    const rows = [
      `dkim=pass header.d=${ALDER} header.s=google header.b=${quoteSlash(bOf(raw, ALDER, 'google', 8))}`,
      `dkim=pass header.d=${FWDT_T}.onmicrosoft.com header.s=selector1-${FWDT_T}-onmicrosoft-com header.b=${quoteSlash(bOf(raw, `${FWDT_T}.onmicrosoft.com`, `selector1-${FWDT_T}-onmicrosoft-com`, 8))}`,
      `spf=pass (${RECEIVER}: domain of "${env}" designates ${NAM.ip} as permitted sender) smtp.mailfrom="${env}"`,
      `dmarc=pass (policy=reject) header.from=${ALDER}`,
      'arc=pass ("microsoft.com:s=arcselector10001:i=1")',
    ];
    both({
      name: 'w201-box-rspamd-m365-tenant-forward-workspace-original-intact',
      class: 'm365-forward',
      about: `Genuine: a freight firm's Workspace mail to a Microsoft 365 tenant, forwarded by an inbox rule to the reader's own box: SRS envelope at the tenant, Microsoft's ARC i=1, the tenant's onmicrosoft.com field beside the original's intact s=google field. rspamd's rows quote each b=. Wanted: authenticated.`,
      args: BOX_ARGS,
      eml: boxDelivery(raw, NAM, env, [ar(RECEIVER, rows)], 'w201Fwd6'),
      expect: TRUSTED,
    });
  }

  // ---- 7. Key rotation: the retired selector's key withdrawn (Gmail: neutral, no key) ----
  {
    const oldH = ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'];
    const raw = await sign(
      mail({
        from: `Quillon Insurance <claims@${ROTA}>`,
        to: 'Robin Reader <robin.reader@gmail.com>',
        subject: 'Claim QI-2026-18840: documents received',
        id: `<CAQw201rot8k2@mail.gmail.com>`,
        extra: [`Reply-To: Quillon Claims <claims-team@${ROTA}>`],
      }),
      [
        { domain: ROTA, selector: 'q2024', headerList: oldH },
        { domain: ROTA, selector: 'q2026', headerList: [...oldH, 'reply-to'] },
      ],
    );
    const env = `claims@${ROTA}`;
    both({
      name: 'w201-gmail-key-rotation-old-selector-no-key-neutral-row',
      class: 'key-rotation',
      about: `Genuine: an insurer mid-rotation still signs with q2024 (its key already withdrawn from DNS) and the new q2026 (h= with Reply-To). Gmail writes dkim=pass for q2026 and dkim=neutral (no key for signature) for q2024, each with 8 characters of b=. Wanted: authenticated.`,
      args: GMAIL_ARGS,
      eml: gmailDelivery(raw, {
        relay: GMAIL_RELAY,
        envelope: env,
        results: [
          `dkim=pass header.i=@${ROTA} header.s=q2026 header.b=${bOf(raw, ROTA, 'q2026', 8)};`,
          `dkim=neutral (no key for signature) header.i=@${ROTA} header.s=q2024 header.b=${bOf(raw, ROTA, 'q2024', 8)};`,
          gmailSpf(env, GMAIL_RELAY.ip),
          gmailDmarc(ROTA),
        ].join('\r\n       '),
        ids: ['x201csp71pxa', 'a201si71qtb.71'],
        spf: 'pass',
        deliveredTo: true,
      }),
      expect: TRUSTED,
      twin: true,
    });
  }

  // ---- 8. Gateway re-signing: Workspace signs oss.<d>, Proofpoint re-signs as <d>; whole b= quoted ----
  {
    const raw = await sign(
      mail({
        from: `Priya Raman <priya@oss.${FEN}>`,
        subject: 'Re: [PATCH v3] board: add sensor calibration table',
        id: `<20261120095800.w201.priya@oss.${FEN}>`,
      }),
      [
        { domain: `oss.${FEN}`, selector: 'google' },
        { domain: FEN, selector: 'ppdkim1' },
      ],
    );
    const env = `priya@oss.${FEN}`;
    const rows = [
      `dkim=pass header.d=${FEN} header.s=ppdkim1 header.b=${bOf(raw, FEN, 'ppdkim1', 0)}`,
      `dkim=pass header.d=oss.${FEN} header.s=google header.b=${bOf(raw, `oss.${FEN}`, 'google', 0)}`,
      `spf=pass smtp.mailfrom=${env}`,
      `dmarc=pass header.from=oss.${FEN}`,
    ];
    both({
      name: 'w201-box-whole-header-b-gateway-resigning-parent-and-subdomain',
      class: 'gateway-resigning',
      about: `Genuine: an engineer on Workspace (d=oss.${FEN}, s=google) whose firm's Proofpoint outbound re-signs with the parent domain (s=ppdkim1), as qualcomm.com / oss.qualcomm.com mail reads on mail.lfdr.de (id 67668936900). The reader's box quotes the WHOLE b= of each field (RFC 6008 §4; which software does is NOT confirmed). Wanted: authenticated.`,
      args: BOX_ARGS,
      eml: boxDelivery(raw, PPHOSTED, env, [ar(RECEIVER, rows)], 'w201Fen8'),
      expect: TRUSTED,
    });
  }

  // ---- 9. Mailman 3: p=reject author munged "via"; author's field fails, the list host's passes ----
  {
    const signed = await sign(
      mail({
        from: `Alice Martin <alice@${QUARK}>`,
        to: `users@${LIST}`,
        subject: 'Release 4.2 build fails on arm64',
        id: `<w201.mm3.alice@${QUARK}>`,
      }),
      [{ domain: QUARK, selector: 's1' }],
    );
    const munged = appendHeaders(
      `${signed
        .replace(`From: Alice Martin <alice@${QUARK}>`, `From: Alice Martin via Users <users@${LIST}>`)
        .replace(
          'Subject: Release',
          'Subject: [Users] Release',
        )}\r\n_______________________________________________\r\nUsers mailing list -- users@${LIST}\r\nTo unsubscribe send an email to users-leave@${LIST}\r\n`,
      `Reply-To: Alice Martin <alice@${QUARK}>`,
      `X-Original-From: Alice Martin <alice@${QUARK}>`,
      `Message-ID-Hash: QK3W2017ZX4ML2YBN5RDKCOPE4FA6T7H`,
      `X-Message-ID-Hash: QK3W2017ZX4ML2YBN5RDKCOPE4FA6T7H`,
      'X-Mailman-Version: 3.3.9',
      'Precedence: list',
      `List-Id: Users <users.${LIST}>`,
      `List-Post: <mailto:users@${LIST}>`,
      `List-Unsubscribe: <mailto:users-leave@${LIST}>`,
    );
    const raw = await sign(munged, [
      {
        domain: LIST,
        selector: 'mm3',
        headerList: [
          'from',
          'to',
          'subject',
          'date',
          'message-id',
          'reply-to',
          'list-id',
          'mime-version',
          'content-type',
        ],
      },
    ]);
    const env = `users-bounces+robin=reader.example@${LIST}`;
    const rows = [
      `dkim=fail reason="signature verification failed" (2048-bit key; unprotected key) header.d=${QUARK} header.i=@${QUARK} header.b=${bOf(raw, QUARK, 's1', 8)}`,
      `dkim=pass (2048-bit key; unprotected key) header.d=${LIST} header.i=@${LIST} header.b=${bOf(raw, LIST, 'mm3', 8)}`,
    ];
    both({
      name: 'w201-box-opendkim-mailman3-munged-from-author-fails-list-passes',
      class: 'list',
      about: `Genuine: a Mailman 3 post from a p=reject author: the list munges From to "Alice Martin via Users" <users@${LIST}>, Reply-To the author, tags the Subject and adds its footer (the author's field fails), and its MTA signs as ${LIST}. OpenDKIM writes a fail row (reason="signature verification failed", as lists.ozlabs.org writes it) and a pass row, no header.s. Wanted: authenticated or unverified.`,
      args: BOX_ARGS,
      eml: boxDelivery(
        raw,
        LISTS,
        env,
        [
          `Authentication-Results: ${RECEIVER}; dmarc=pass (p=none dis=none) header.from=${LIST}`,
          `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=${LIST}`,
          ar(RECEIVER, rows),
        ],
        'w201Mm9',
      ),
      expect: TRUSTED,
    });
  }

  // ---- 10. Sympa's DMARC protection on a mox box (12 characters) ----
  {
    const signed = await sign(
      mail({
        from: `Léa Novak <lea@${NOVA}>`,
        to: `dev@${LIST}`,
        subject: 'Agenda for the December meeting',
        id: `<w201.sympa.lea@${NOVA}>`,
      }),
      [{ domain: NOVA, selector: 's1' }],
    );
    const rewritten = appendHeaders(
      `${signed
        .replace(`From: Léa Novak <lea@${NOVA}>`, `From: "Léa Novak via dev" <dev@${LIST}>`)
        .replace(
          'Subject: Agenda',
          'Subject: [dev] Agenda',
        )}\r\n-- \r\ndev mailing list: https://${LIST}/sympa/info/dev\r\n`,
      `Reply-To: Léa Novak <lea@${NOVA}>`,
      `X-Original-From: Léa Novak <lea@${NOVA}>`,
      'X-Loop: dev@lists.example.org',
      'X-Sequence: 4471',
      `Errors-To: dev-owner@${LIST}`,
      'Precedence: list',
      `List-Id: <dev.${LIST}>`,
      `List-Post: <mailto:dev@${LIST}>`,
      `List-Unsubscribe: <mailto:sympa@${LIST}?subject=unsubscribe%20dev>`,
    );
    const raw = await sign(rewritten, [
      {
        domain: LIST,
        selector: 'mm3',
        headerList: [
          'from',
          'to',
          'subject',
          'date',
          'message-id',
          'reply-to',
          'list-id',
          'mime-version',
          'content-type',
        ],
      },
    ]);
    const env = `dev-owner@${LIST}`;
    const rows = [
      `iprev=pass (without dnssec) policy.iprev=${LISTS.ip}`,
      `dkim=fail (body hash mismatch, without dnssec) header.d=${NOVA}\r\n\theader.s=s1 header.a=rsa-sha256 header.b=${quoteSlash(bOf(raw, NOVA, 's1', 12))}`,
      `dkim=pass (2048 bit rsa, without dnssec) header.d=${LIST}\r\n\theader.s=mm3 header.a=rsa-sha256 header.b=${quoteSlash(bOf(raw, LIST, 'mm3', 12))}`,
      `spf=pass (without dnssec) smtp.mailfrom=${LIST}`,
      `dmarc=pass (without dnssec) header.from=${LIST}`,
    ];
    both({
      name: 'w201-mox-sympa-dmarc-protection-author-fails-list-passes',
      class: 'list',
      about: `Genuine: a Sympa list with dmarc_protection rewrites a p=quarantine author's From to "Léa Novak via dev" <dev@${LIST}>, tags the Subject, adds a footer (the author's field fails) and signs as the list host. mox writes a fail row and a pass row, 12 characters of b= each. Wanted: authenticated or unverified.`,
      args: BOX_ARGS,
      eml: boxDelivery(raw, LISTS, env, [ar(RECEIVER, rows)], 'w201Sy10'),
      expect: TRUSTED,
    });
  }

  // ---- 11. mlmmj, post unchanged: the author's and the list host's fields both pass ----
  {
    const signed = await sign(
      mail({
        from: `Alice Martin <alice@${QUARK}>`,
        to: `dev@${LIST}`,
        subject: 'Patch review slots this week',
        id: `<w201.mlmmj.alice@${QUARK}>`,
      }),
      [{ domain: QUARK, selector: 's1' }],
    );
    const listed = appendHeaders(
      signed,
      `List-Id: <dev.${LIST}>`,
      `List-Post: <mailto:dev@${LIST}>`,
      `List-Unsubscribe: <mailto:dev+unsubscribe@${LIST}>`,
      `List-Help: <mailto:dev+help@${LIST}>`,
    );
    const raw = await sign(listed, [
      {
        domain: LIST,
        selector: 'mm3',
        headerList: ['from', 'to', 'subject', 'date', 'message-id', 'list-id'],
      },
    ]);
    const env = `dev+bounces-2211-robin=reader.example@${LIST}`;
    const rows = [
      `dkim=pass header.d=${QUARK} header.s=s1 header.b=${quoteSlash(bOf(raw, QUARK, 's1', 8))}`,
      `dkim=pass header.d=${LIST} header.s=mm3 header.b=${quoteSlash(bOf(raw, LIST, 'mm3', 8))}`,
      `spf=pass (${RECEIVER}: domain of "${env}" designates ${LISTS.ip} as permitted sender) smtp.mailfrom="${env}"`,
      `dmarc=pass (policy=reject) header.from=${QUARK}`,
    ];
    both({
      name: 'w201-box-rspamd-mlmmj-unchanged-author-and-list-fields-pass',
      class: 'list',
      about: `Genuine: an mlmmj list that passes posts through unchanged (no tag, no footer) adds its List-* fields at the bottom, and its MTA signs as the list host: the p=reject author's field still passes. rspamd's rows quote each b=. Wanted: authenticated.`,
      args: BOX_ARGS,
      eml: boxDelivery(raw, LISTS, env, [ar(RECEIVER, rows)], 'w201Ml11'),
      expect: TRUSTED,
      twin: true,
    });
  }

  // ---- 12. A Google Group on an rspamd box: the author's field broken, googlegroups.com's passes ----
  {
    const post = await googleGroupsPost({
      messageId: 'w201gg',
      tag: '[hikers]',
      title: 'Hikers',
      field: 'Reply-To: hikers@googlegroups.com',
      id: 'w201Gg12',
    });
    // The kit's post arrives at the reader's box: put the box's rows and LMTP line on top.
    // The kit's post as the box's Postfix took it (its Return-Path line dropped: written again on top).
    const raw = post.eml.slice(post.eml.indexOf('\r\n') + 2);
    const env = 'hikers+bncBDL3ZMA5BYIFBBNENVTCAMGQEAB4471@googlegroups.com';
    const rows = [
      `dkim=fail ("body hash did not verify") header.d=trailhead.example header.s=s1 header.b=${quoteSlash(bOf(raw, 'trailhead.example', 's1', 8))}`,
      `dkim=pass header.d=googlegroups.com header.s=20230601 header.b=${quoteSlash(bOf(raw, 'googlegroups.com', '20230601', 8))}`,
      `spf=pass (${RECEIVER}: domain of "${env}" designates 209.85.160.63 as permitted sender) smtp.mailfrom="${env}"`,
      'dmarc=fail reason="No valid SPF, No valid DKIM" header.from=trailhead.example (policy=none)',
      'arc=pass ("google.com:s=arc-20240605:i=1")',
    ];
    const eml = onTop(
      raw,
      `Return-Path: <${env}>`,
      'Delivered-To: robin@reader.example',
      `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid wK2xP9w1PWf0cQAAw201Gg12\r\n\t(envelope-from <${env}>)\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:06 +0000`,
      ar(RECEIVER, rows),
    );
    both({
      name: 'w201-box-rspamd-google-group-author-broken-group-field-passes',
      class: 'list',
      about: `Genuine: a Google Groups post from a p=none author (no From rewrite): the group tags the Subject and adds its footer (the author's field fails), signs as googlegroups.com and seals ARC as google.com. rspamd writes the fail and pass rows with header.b, dmarc=fail at policy none and arc=pass. Wanted: authenticated or unverified (a list post, never a warning).`,
      args: BOX_ARGS,
      eml,
      zone: { ...ZONE, ...post.zone, ...ptr('209.85.160.63', 'mail-qt1-x83f.google.com') },
      expect: TRUSTED,
    });
  }
  // ---- 13. Mailman 2.1, p=none author, no munging: tag + footer break the author's field, the host signs nothing ----
  {
    const raw0 = await sign(
      mail({
        from: `Alice Martin <alice@${NOVA_NONE}>`,
        to: `devel@${LIST}`,
        subject: 'Nightly images moved to the new mirror',
        id: `<w201.mm2.alice@${NOVA_NONE}>`,
      }),
      [{ domain: NOVA_NONE, selector: 's1' }],
    );
    const raw = appendHeaders(
      `${raw0.replace('Subject: Nightly', 'Subject: [Devel] Nightly')}\r\n${mailmanFooter('devel', LIST, 'Devel')}`,
      ...mailmanHeaders('devel', LIST, 'Devel'),
    );
    const env = `devel-bounces@${LIST}`;
    both({
      name: 'w201-box-opendkim-mailman2-author-fails-no-list-signature',
      class: 'list',
      about: `Genuine: a Mailman 2.1 post from a p=none author (no From munging): the Subject tag and footer break the author's field and the list host signs nothing. OpenDKIM's fail row (reason="signature verification failed", header.b) in its own header, OpenDMARC's dmarc=fail (p=none), SPF pass for the list's envelope. Wanted: unverified (a list post, never a warning).`,
      args: BOX_ARGS,
      eml: boxDelivery(
        raw,
        LISTS,
        env,
        [
          `Authentication-Results: ${RECEIVER}; dmarc=fail (p=none dis=none) header.from=${NOVA_NONE}`,
          `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=${LIST}`,
          ar(RECEIVER, [
            `dkim=fail reason="signature verification failed" (2048-bit key; unprotected key) header.d=${NOVA_NONE} header.i=@${NOVA_NONE} header.b=${bOf(raw, NOVA_NONE, 's1', 8)}`,
            'dkim-atps=neutral',
          ]),
        ],
        'w201Mm13',
      ),
      expect: TRUSTED,
    });
  }

  // ---- 14. Google Groups rewriting a p=reject author's From ("'X' via group") on OpenDKIM ----
  {
    const signed = await sign(
      mail({
        from: `Alice Martin <alice@${QUARK}>`,
        to: 'hikers@googlegroups.com',
        subject: 'Sunday route: Kinder Scout',
        id: `<w201.gg.alice@${QUARK}>`,
      }),
      [{ domain: QUARK, selector: 's1' }],
    );
    const grouped = appendHeaders(
      `${signed
        .replace(
          `From: Alice Martin <alice@${QUARK}>`,
          `From: "'Alice Martin' via Hikers" <hikers@googlegroups.com>`,
        )
        .replace(
          'Subject: Sunday',
          'Subject: [hikers] Sunday',
        )}\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "Hikers" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to hikers+unsubscribe@googlegroups.com.\r\n`,
      `Reply-To: Alice Martin <alice@${QUARK}>`,
      `X-Original-From: Alice Martin <alice@${QUARK}>`,
      `X-Original-Sender: alice@${QUARK}`,
      'Precedence: list',
      'Mailing-list: list hikers@googlegroups.com; contact hikers+owners@googlegroups.com',
      'List-ID: <hikers.googlegroups.com>',
      'List-Post: <https://groups.google.com/group/hikers/post>, <mailto:hikers@googlegroups.com>',
      'List-Unsubscribe: <mailto:googlegroups-manage+4471+unsubscribe@googlegroups.com>',
    );
    const groupAr = `gmr-mx.google.com; dkim=pass header.i=@${QUARK} header.s=s1; spf=pass (google.com: domain of alice@${QUARK} designates 198.51.100.20 as permitted sender) smtp.mailfrom=alice@${QUARK}; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${QUARK}`;
    const raw = await sealAs(
      await sign(grouped, [
        {
          domain: 'googlegroups.com',
          selector: '20230601',
          headerList: [
            'from',
            'to',
            'subject',
            'date',
            'message-id',
            'reply-to',
            'list-id',
            'x-original-sender',
            'mailing-list',
            'precedence',
          ],
        },
      ]),
      { domain: 'google.com', selector: 'arc-20240605', cv: 'none', authResults: groupAr },
    );
    const env = 'hikers+bncBCW201QUARKGBBVWWTCAMGQE4471@googlegroups.com';
    const gg: Relay = {
      helo: 'mail-qt1-x83f.google.com',
      rdns: 'mail-qt1-x83f.google.com',
      ip: '209.85.160.63',
    };
    both({
      name: 'w201-box-opendkim-google-group-rewrites-reject-author-from',
      class: 'list',
      about: `Genuine: a Google Group rewrites a p=reject author's From to "'Alice Martin' via Hikers" <hikers@googlegroups.com> (Reply-To and X-Original-From the author), tags the Subject, adds its footer, signs as googlegroups.com and seals ARC. OpenDKIM's rows (no header.s): the author's field fails, googlegroups.com's passes; OpenDMARC passes for googlegroups.com. Wanted: authenticated or unverified.`,
      args: BOX_ARGS,
      eml: boxDelivery(
        raw,
        gg,
        env,
        [
          `Authentication-Results: ${RECEIVER}; dmarc=pass (p=none dis=none) header.from=googlegroups.com`,
          `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=googlegroups.com`,
          ar(RECEIVER, [
            `dkim=fail reason="signature verification failed" (2048-bit key; unprotected key) header.d=${QUARK} header.i=@${QUARK} header.b=${bOf(raw, QUARK, 's1', 8)}`,
            `dkim=pass (2048-bit key; unprotected key) header.d=googlegroups.com header.i=@googlegroups.com header.b=${bOf(raw, 'googlegroups.com', '20230601', 8)}`,
            'dkim-atps=neutral',
          ]),
        ],
        'w201Gg14',
      ),
      expect: TRUSTED,
    });
  }

  // ---- 15. Key rotation on OpenDKIM, one header per signature, the old key withdrawn; Reply-To at Zendesk ----
  {
    const oldH = ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'];
    const raw = await sign(
      mail({
        from: `Quillon Insurance <claims@${ROTA}>`,
        subject: 'Claim QI-2026-18851: we need one more document',
        id: `<CAQw201rot15@mail.gmail.com>`,
        extra: ['Reply-To: Quillon Claims <claims@quillon.zendesk.com>'],
      }),
      [
        { domain: ROTA, selector: 'q2024', headerList: oldH },
        { domain: ROTA, selector: 'q2026', headerList: [...oldH, 'reply-to'] },
      ],
    );
    const env = `claims@${ROTA}`;
    both({
      name: 'w201-box-opendkim-rotation-old-key-gone-header-per-signature-zendesk',
      class: 'key-rotation',
      about: `Genuine: the insurer mid-rotation (q2024's key withdrawn, q2026 signs Reply-To at its Zendesk helpdesk) on a Postfix box whose OpenDKIM writes one header per signature, no header.s: a permerror row for q2024 and a pass row for q2026, each quoting 8 characters of b=. OpenDKIM's wording for a missing key is modelled. Wanted: authenticated.`,
      args: BOX_ARGS,
      eml: boxDelivery(
        raw,
        GMAIL_RELAY,
        env,
        [
          `Authentication-Results: ${RECEIVER}; dmarc=pass (p=reject dis=none) header.from=${ROTA}`,
          `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=${ROTA}`,
          `DKIM-Filter: OpenDKIM Filter v2.11.0 ${RECEIVER} C41E81670`,
          ar(RECEIVER, [
            `dkim=pass (2048-bit key; unprotected key) header.d=${ROTA} header.i=@${ROTA} header.b=${bOf(raw, ROTA, 'q2026', 8)}`,
            'dkim-atps=neutral',
          ]),
          ar(RECEIVER, [
            `dkim=permerror (no key for signature) header.d=${ROTA} header.i=@${ROTA} header.b=${bOf(raw, ROTA, 'q2024', 8)}`,
            'dkim-atps=neutral',
          ]),
        ],
        'w201Rot15',
      ),
      expect: TRUSTED,
      twin: true,
    });
  }

  // ---- 16. A tenant forwarding an SPF-only supplier's mail (inbox rule) to the reader's rspamd box ----
  {
    const supplier: Relay = {
      helo: 'mail.tilburg-drukwerk.example',
      rdns: 'mail.tilburg-drukwerk.example',
      ip: '198.51.100.140',
    };
    const orig = mail({
      from: `Tilburg Drukwerk <facturen@${TILB}>`,
      to: `Ops <ops@${FWDT}>`,
      subject: 'Factuur 2026-1187',
      id: `<w201.spfonly.1187@${TILB}>`,
    });
    const tenantAr = `i=1; mx.microsoft.com 1; spf=pass (sender ip is ${supplier.ip}) smtp.rcpttodomain=reader.example smtp.mailfrom=${TILB}; dmarc=pass (p=quarantine sp=quarantine pct=100) action=none header.from=${TILB}; dkim=none (message not signed); arc=none`;
    const sealed = await sealAs(
      await sign(orig, [
        {
          domain: `${FWDT_T}.onmicrosoft.com`,
          selector: `selector1-${FWDT_T}-onmicrosoft-com`,
          headerList: ['from', 'date', 'subject', 'message-id', 'content-type', 'mime-version'],
        },
      ]),
      { domain: 'microsoft.com', selector: 'arcselector10001', cv: 'none', authResults: tenantAr },
    );
    const env = `SRS0=Pq7d=TT=${TILB}=facturen@${FWDT}`;
    const raw = onTop(
      sealed,
      `Received: from ${supplier.helo} (${supplier.ip}) by\r\n AM4PEPF00027A6C.mail.protection.outlook.com (10.167.16.90) with Microsoft\r\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.14\r\n via Frontend Transport; Fri, 20 Nov 2026 10:00:02 +0000`,
    );
    const rows = [
      `dkim=pass header.d=${FWDT_T}.onmicrosoft.com header.s=selector1-${FWDT_T}-onmicrosoft-com header.b=${quoteSlash(bOf(raw, `${FWDT_T}.onmicrosoft.com`, `selector1-${FWDT_T}-onmicrosoft-com`, 8))}`,
      `spf=pass (${RECEIVER}: domain of "${env}" designates ${NAM.ip} as permitted sender) smtp.mailfrom="${env}"`,
      `dmarc=fail reason="No valid SPF, No valid DKIM" header.from=${TILB} (policy=quarantine)`,
      'arc=pass ("microsoft.com:s=arcselector10001:i=1")',
    ];
    both({
      name: 'w201-box-rspamd-m365-tenant-forward-spf-only-supplier',
      class: 'm365-forward',
      about: `Genuine: a printer's SPF-only invoice to a Microsoft 365 tenant, forwarded by an inbox rule to the reader's box: SRS envelope, the tenant's onmicrosoft.com field (unaligned), Microsoft's ARC i=1 recording the supplier's SPF and DMARC pass at the address its entry line shows. rspamd records dmarc=fail (p=quarantine) and arc=pass. Wanted: authenticated or unverified (Microsoft's seal vouches for the original); a warning is the known cost of SPF-only forwards behind unknown gateways, not of this shape.`,
      args: BOX_ARGS,
      eml: boxDelivery(raw, NAM, env, [ar(RECEIVER, rows)], 'w201Fwd16'),
      expect: TRUSTED,
    });
  }
  // ---- 17. iRedMail (Amavis): both keys of a rotation pass, rows with header.d only ----
  {
    const oldH = ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'];
    const raw = await sign(
      mail({
        from: `Quillon Insurance <claims@${ROTA}>`,
        subject: 'Claim QI-2026-18877: payment scheduled',
        id: `<CAQw201rot17@mail.gmail.com>`,
        extra: ['Reply-To: Quillon Claims <claims@quillon.zendesk.com>'],
      }),
      [
        { domain: ROTA, selector: 'q2025', headerList: oldH },
        { domain: ROTA, selector: 'q2026', headerList: [...oldH, 'reply-to'] },
      ],
    );
    const env = `claims@${ROTA}`;
    const amavis = `${RECEIVER} (amavisd-new)`;
    both({
      name: 'w201-box-amavis-rotation-both-keys-pass-rows-name-domain-only',
      class: 'key-rotation',
      about: `Genuine: the insurer mid-rotation with both keys still published (q2025 without Reply-To in h=, q2026 with it; Reply-To at its Zendesk helpdesk), read on an iRedMail box: amavisd-new writes one header per signature naming only header.d ("dkim=pass (2048-bit key) header.d=…", ids 110220750, 62142229890), no header.s, no header.b. Both rows pass and there are two fields: each passed. Wanted: authenticated (unverified tolerated).`,
      args: BOX_ARGS,
      eml: boxDelivery(
        raw,
        GMAIL_RELAY,
        env,
        [
          'X-Virus-Scanned: Debian amavisd-new at mx.reader.example',
          `Authentication-Results: ${amavis}; dkim=pass (2048-bit key)\r\n header.d=${ROTA}`,
          `Authentication-Results: ${amavis}; dkim=pass (2048-bit key)\r\n header.d=${ROTA}`,
          `Authentication-Results: ${RECEIVER}; dmarc=pass (p=reject dis=none) header.from=${ROTA}`,
          `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=${ROTA}`,
        ],
        'w201Am17',
      ),
      expect: TRUSTED,
    });
  }

  // ---- 18. Fastmail reading the tenant's quote (custom selector1 + onmicrosoft.com) ----
  {
    const raw = await veld(8);
    const env = `s.dewit@${VELD}`;
    const fm = 'mx6.messagingengine.com';
    const row = (d: string, s: string) =>
      `dkim=pass (2048-bit rsa key sha256) header.d=${d}\r\n    header.i=@${d} header.b=${bOf(raw, d, s, 8)} header.a=rsa-sha256\r\n    header.s=${s} x-bits=2048;`;
    const results = [
      `    x-csa=none;`,
      `    x-me-sender=none;`,
      `    x-ptr=pass smtp.helo=${EUR.helo}\r\n    policy.ptr=${EUR.rdns};`,
      '    bimi=skipped (DMARC Policy is not at enforcement);',
      '    arc=none (no signatures found);',
      `    ${row(VELD, 'selector1')}`,
      `    ${row(`${VELD_T}.onmicrosoft.com`, `selector1-${VELD_T}-onmicrosoft-com`)}`,
      `    dmarc=pass policy.published-domain-policy=reject\r\n    policy.applied-disposition=none policy.evaluated-disposition=none\r\n    (p=reject,d=none,d.eval=none) policy.policy-from=p\r\n    header.from=${VELD};`,
      `    iprev=pass smtp.remote-ip=${EUR.ip}\r\n    (${EUR.rdns});`,
      `    spf=pass smtp.mailfrom=${env}\r\n    smtp.helo=${EUR.helo}`,
    ].join('\r\n');
    both({
      name: 'w201-fastmail-m365-custom-and-onmicrosoft-fields',
      class: 'm365-two-fields',
      about: `Genuine: the Microsoft 365 tenant's quote read at Fastmail: its Authentication-Results (x-csa, x-me-sender, x-ptr, bimi, arc, a dkim row per field with header.b before header.a and header.s, x-bits, the long dmarc row, iprev, spf) as mx1…mx6.messagingengine.com write them (ids 15727723161, 15199756395). Wanted: authenticated.`,
      args: ['--authserv-id', fm],
      eml: onTop(
        raw,
        `Return-Path: <${env}>`,
        `Received: from compute2.internal (compute2.nyi.internal [10.202.2.42])\r\n\t by sloti41n12 (Cyrus 3.13.0-alpha0-1229-g3a5bb5e3c-fm-20261117.001-g3a5bb5e3) with LMTPA;\r\n\t Fri, 20 Nov 2026 05:00:06 -0500`,
        `Authentication-Results: ${fm};\r\n${results}`,
        `Received: from ${EUR.rdns} (${EUR.rdns} [${EUR.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\t(No client certificate requested)\r\n\tby ${fm} (Postfix) with ESMTPS id 4Zw201Fm18\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 05:00:05 -0500 (EST)`,
      ),
      expect: TRUSTED,
    });
  }
  // ---- 19. Outbound gateway re-signing the same d=: Workspace's s=google broken by a disclaimer, OpenDKIM without header.s ----
  {
    const fd = 'harwell-legal.example';
    const own = await sign(
      mail({
        from: `Tom Harwell <tom@${fd}>`,
        subject: 'Engagement letter: signed copy attached',
        id: `<CAHw201gwZq8x@mail.gmail.com>`,
        extra: [`Reply-To: Tom Harwell <tom@${fd}>`],
      }),
      [
        {
          domain: fd,
          selector: 'google',
          headerList: [
            'from',
            'reply-to',
            'to',
            'subject',
            'date',
            'message-id',
            'mime-version',
            'content-type',
          ],
        },
      ],
    );
    // The firm's outbound gateway appends its disclaimer (the google field's body hash breaks) and signs again as the firm.
    const disclaimed = `${own}\r\nThis email and any attachments are confidential and intended solely for the addressee.\r\n`;
    const raw = await sign(disclaimed, [
      {
        domain: fd,
        selector: 'mimecast20240115',
        headerList: [
          'from',
          'reply-to',
          'to',
          'subject',
          'date',
          'message-id',
          'mime-version',
          'content-type',
        ],
      },
    ]);
    const mc: Relay = {
      helo: 'eu-smtp-delivery-151.mimecast.com',
      rdns: 'eu-smtp-delivery-151.mimecast.com',
      ip: '185.58.85.151',
    };
    const env = `tom@${fd}`;
    both({
      name: 'w201-box-opendkim-gateway-resigns-same-domain-first-field-broken',
      class: 'gateway-resigning',
      about: `Genuine: a law firm on Workspace whose outbound Mimecast appends a disclaimer (Workspace's s=google field fails its body hash) and signs again with the firm's d= (s=mimecast20240115, modelled as realworld199.ts did). The reader's OpenDKIM writes a fail row and a pass row for the same header.d, no header.s, each with 8 characters of b=. Wanted: authenticated.`,
      args: BOX_ARGS,
      eml: boxDelivery(
        raw,
        mc,
        env,
        [
          `Authentication-Results: ${RECEIVER}; dmarc=pass (p=reject dis=none) header.from=${fd}`,
          `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=${fd}`,
          ar(RECEIVER, [
            `dkim=fail reason="signature verification failed" (2048-bit key; unprotected key) header.d=${fd} header.i=@${fd} header.b=${bOf(raw, fd, 'google', 8)}`,
            `dkim=pass (2048-bit key; unprotected key) header.d=${fd} header.i=@${fd} header.b=${bOf(raw, fd, 'mimecast20240115', 8)}`,
            'dkim-atps=neutral',
          ]),
        ],
        'w201Gw19',
      ),
      zone: {
        ...ZONE,
        ...ptr(mc.ip, mc.rdns),
        ...keyZone([`google._domainkey.${fd}`, `mimecast20240115._domainkey.${fd}`]),
        [fd]: { TXT: ['v=spf1 include:_spf.google.com ip4:185.58.85.0/24 -all'] },
        [`_dmarc.${fd}`]: { TXT: ['v=DMARC1; p=reject'] },
      },
      expect: TRUSTED,
    });
  }

  // ---- 20. Mailman 3, p=none author, no munging; the list host signs (unaligned) ----
  {
    const signed = await sign(
      mail({
        from: `Alice Martin <alice@${NOVA_NONE}>`,
        to: `users@${LIST}`,
        subject: 'Config reload drops the listener on 4.1',
        id: `<w201.mm3b.alice@${NOVA_NONE}>`,
      }),
      [{ domain: NOVA_NONE, selector: 's1' }],
    );
    const listed = appendHeaders(
      `${signed.replace('Subject: Config', 'Subject: [Users] Config')}\r\n_______________________________________________\r\nUsers mailing list -- users@${LIST}\r\nTo unsubscribe send an email to users-leave@${LIST}\r\n`,
      `Message-ID-Hash: 7RZQW201MM3BX4ML2YBN5RDKCOPE4FA6`,
      `X-Message-ID-Hash: 7RZQW201MM3BX4ML2YBN5RDKCOPE4FA6`,
      'X-Mailman-Version: 3.3.9',
      'Precedence: list',
      `List-Id: Users <users.${LIST}>`,
      `List-Post: <mailto:users@${LIST}>`,
      `List-Unsubscribe: <mailto:users-leave@${LIST}>`,
    );
    const raw = await sign(listed, [
      {
        domain: LIST,
        selector: 'mm3',
        headerList: [
          'from',
          'to',
          'subject',
          'date',
          'message-id',
          'list-id',
          'mime-version',
          'content-type',
        ],
      },
    ]);
    const env = `users-bounces+robin=reader.example@${LIST}`;
    both({
      name: 'w201-box-rspamd-mailman3-none-author-list-host-signs-unaligned',
      class: 'list',
      about: `Genuine: a Mailman 3 post from a p=none author, From kept: the Subject tag and footer break the author's field; the list host's MTA signs as ${LIST} (unaligned). rspamd's rows quote each b=; dmarc=fail at policy none. Wanted: unverified (a list post, never a warning).`,
      args: BOX_ARGS,
      eml: boxDelivery(
        raw,
        LISTS,
        env,
        [
          ar(RECEIVER, [
            `dkim=fail ("body hash did not verify") header.d=${NOVA_NONE} header.s=s1 header.b=${quoteSlash(bOf(raw, NOVA_NONE, 's1', 8))}`,
            `dkim=pass header.d=${LIST} header.s=mm3 header.b=${quoteSlash(bOf(raw, LIST, 'mm3', 8))}`,
            `spf=pass (${RECEIVER}: domain of "${env}" designates ${LISTS.ip} as permitted sender) smtp.mailfrom="${env}"`,
            `dmarc=fail reason="No valid SPF, No valid DKIM" header.from=${NOVA_NONE} (policy=none)`,
          ]),
        ],
        'w201Mm20',
      ),
      expect: TRUSTED,
    });
  }
  // ---- 21. Outlook: the tenant's quote to another tenant (EOP's id-less rows, header.d only) ----
  {
    const raw = await veld(9);
    const env = `s.dewit@${VELD}`;
    both({
      name: 'w201-outlook-m365-custom-and-onmicrosoft-fields',
      class: 'm365-two-fields',
      about: `Genuine: the Microsoft 365 tenant's quote to a reader on another tenant: EOP's id-less results, one dkim=pass row per field naming header.d only (no selector, no header.b), compauth=pass. Offline, Outlook reads no pass of Exchange Online's by design (no authserv-id): unverified there. Wanted: authenticated online.`,
      args: ['--webmail', 'outlook'],
      eml: eopDelivery(raw, {
        ...eopPass(
          EUR,
          VELD,
          `dkim=pass (signature was verified)\r\n header.d=${VELD};dkim=pass (signature was verified)\r\n header.d=${VELD_T}.onmicrosoft.com`,
        ),
        returnPath: env,
      }),
      expect: TRUSTED,
    });
  }
}

// Read at e6652f6e: 53 cases, 39 authenticated and 11 unverified as expected (the onmicrosoft-only
// tenant, the Mailman 2 and Mailman 3 posts of p=none authors, the SPF-only supplier's forward and
// Outlook offline read unverified: expected); 3 pending below, the worst first.
//
// 1. w201-box-rspamd-mailman3-none-author-list-host-signs-unaligned-offline (genuine, read SPOOFED).
//    Read now: spoofed: dmarc-fail HIGH ("what your provider (mx.reader.example) recorded"),
//    return-path-differs; analysis.provider.dmarc = { result: 'fail', policy: null }. Online the
//    same message reads unverified (list-modified), and the same p=none post on OpenDKIM/OpenDMARC
//    (`dmarc=fail (p=none dis=none)`, w201-box-opendkim-mailman2-author-fails-no-list-signature-offline)
//    reads unverified offline.
//    Should read: unverified: the box recorded the author's p=none.
//    At fault: lib/auth/authresults-provider.ts dmarcPolicy: the comment pattern
//    `/(?:^|[\s,;])p=([a-z]{1,16})/i` reads Gmail's and OpenDMARC's `(p=NONE …)` but not rspamd's
//    `(policy=none)`, which rspamd writes after header.from on a failure (`dmarc=fail reason="No
//    valid SPF, No valid DKIM" header.from=ucw.cz (policy=none)`, ids 7762464338, 56094128708,
//    24358971759) and before it on a pass (`dmarc=pass (policy=reject)`). policy null makes
//    lib/findings/auth-state.ts failureNotEnforced false (`st.policy !== 'none'`), so
//    lib/findings/dmarc.ts dmarcFail stays high.
//    Smallest fix: let the comment pattern take `policy=` as well as `p=`
//    (`/(?:^|[\s,;])(?:p|policy)=([a-z]{1,16})/i`). Whether rspamd prints sp= for a subdomain in
//    that comment (its applied policy) is NOT confirmed: failureNotEnforced's sp= guard reads
//    the line as before.
//    Could hurt: offline forgeries of p=none domains on rspamd boxes (probe88's `dmarc=fail
//    (policy=none)` rows, expected NOT_TRUSTED) lose the high dmarc-fail and must still read
//    suspicious on their other findings; p=quarantine/reject rows (probe37, probe47 `(policy=reject)`)
//    read as now. The comment sits in the box's own dmarc entry, after header.from (a domain: no
//    "(" a sender can write).
//
// 2. w201-box-rspamd-google-group-author-broken-group-field-passes-offline (online: unverified).
//    Read now: suspicious: dmarc-fail HIGH (cause 1: rspamd's `(policy=none)` unread) and
//    reply-to-other-org medium ("googlegroups.com is a free mailbox anyone can open") for the
//    group's own List-Post address; arc-forwarded low.
//    Should read: unverified, as online.
//    At fault: cause 1, and the offline group-address gap diagnosed in realworld199.ts (pending
//    4: lib/findings/dkim-tags.ts forwarderRecordedSignatures returns [] offline, so
//    lib/findings/reply-to.ts groupsOwn is false and isSignUpDomain makes the group's address free).
//    Smallest fix: fix 1, and realworld199.ts's fix 4 (offline, google.com's record of the author's
//    pass under an arc=pass row counts for groupsOwn, for a Reply-To equal to List-Post only).
//    Could hurt: as those two.
//
// 3. w201-box-amavis-rotation-both-keys-pass-rows-name-domain-only-offline (online: authenticated).
//    Read now: suspicious: reply-to-other-org medium ("No signature of quillon-insurance.example
//    covers the Reply-To field") for Reply-To at the firm's Zendesk. dkim[]: two pass rows, each
//    with `line` one field and `alsoFits` the other (amavisd-new names header.d only: no header.s,
//    no header.b), so lib/findings/dkim-tags.ts signsField asks both h= for reply-to and q2025's
//    has none.
//    Should read: authenticated (unverified tolerated): the box recorded TWO passes for the domain
//    and the message carries exactly two of its fields, so both passed, q2026 (with Reply-To) too.
//    At fault: lib/engine/offline.ts offlineSignedLengths: a row naming neither selector nor b=
//    keeps every field of its d= (`named`), whatever the other rows of that domain already account
//    for.
//    Smallest fix: per domain, when the provider's rows for it are all passes (no fail, neutral or
//    permerror row), and there are exactly as many of them as DKIM-Signature fields with that d=
//    (after header.s / header.b narrowing), give each row its own field (in order) and no
//    alsoFits.
//    Could hurt: a copy of the bank's field beside the genuine one (rounds 206-208) does not verify
//    at the box (any change to a hashed tag breaks b=), so the box writes one pass and one fail: no
//    change. A box running two verifiers under one authserv-id (amavisd-new and OpenDKIM) writes
//    two rows per field, a fail for the copy among them: no change. A copy differing only in white
//    space that relaxed canonicalization folds signs the same h= and t= as the genuine field.
// Lead, 2026-12-07: fixed 1 (authresults-provider.ts dmarcPolicy reads rspamd's `(policy=none)`)
// and 3 (offline.ts: rows naming the domain only, one pass for each of its fields, each take one
// field). Left pending: 2, the Google Group's own address offline (realworld199's case 4).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'w201-box-rspamd-google-group-author-broken-group-field-passes-offline',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
