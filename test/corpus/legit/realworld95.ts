// Real-world delivery shapes, ninety-fifth round: mailing lists and forwarders as a Microsoft 365
// reader at tidewater.example gets them in Outlook on the web (--webmail outlook), online (the
// senders' DNS served), with and without --recipient-domain tidewater.example. Genuine list and
// forwarded mail must never read spoofed, nor suspicious without a reason a reader accepts.
// Rules crossed: lib/findings/eop-record.ts and arc.ts (EOP's compauth=pass reason=130 with
// arc=pass vouching for a chain), lib/findings/list.ts (list From kept, footer, From munged for
// p=reject/quarantine authors), the recipient-domain reading of a colleague's own domain failing
// DMARC after an outside list changed the post.
// Layouts: EOP's id-less Authentication-Results, Received-SPF and entry (receivers.ts eopDelivery,
// m365-shapes.ts); "compauth=pass reason=130" with "arc=pass (0 oda=1 ltdi=1 spf=[1,1,…]
// dkim=[1,1,…] dmarc=[1,1,…])" as a Gmail-forwarded copy reaches a tenant with Gmail configured
// as a trusted ARC sealer (Microsoft Learn Q&A 2336905 "With configured ARC sealers domain…",
// found with `search` pages; Microsoft Learn "Configure trusted ARC sealers": "look for
// compauth=pass and reason=130 in the last Authentication-Results header"); Mailman 3 footer and
// DMARC mitigation (munge From for p=reject authors, original in Reply-To) and Google Groups'
// "'Name' via Group" <group@googlegroups.com> with ARC d=google.com as list-shapes.ts; groups.io's
// "Name via groups.io" munging as realworld69; Sympa and LISTSERV fields as list-shapes.ts and
// realworld64/68; Gmail's +caf_ forwarding envelope as list-shapes.ts; Exchange Online's SRS
// envelope and Microsoft's ARC i=1 (d=microsoft.com arcselector10001) as realworld69. Names and
// addresses are documentation ones except Google's, Microsoft's and groups.io's; every key is the
// corpus test key.
import { type CaseExpectation, signCorpus } from '../../helpers/corpus';
import { emitCase, KEY, legitCorpus, OUTLOOK, ptr, type Relay, SIGNED_NO_REPLY_TO } from '../kit';
import { sealCorpus } from '../list-shapes';
import { eopEntry, M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { eopDelivery } from '../receivers';

/** DMARC passed for the From domain: authenticated. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** Genuine mail whose From nothing aligned proves after the list's change: no warning. */
const NOT_WARNED: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['spoofed', 'suspicious'],
};

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule, the fix and its risk.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Fixed at 17:36 on 2026-12-05 (lib/findings/arc.ts, arcRule): an unknown sealer's recorded pass
  // is a note (low) where the From domain asks nothing of a failure (p=none): it excuses nothing the
  // verdict holds, and a list's own seal made a post read worse than unsealed
  // (rw95-outlook-mm3-standards-list-from-kept-pnone-author-footer and its rd twin read unverified).
  // Fixed at 17:40 on 2026-12-05 (lib/findings/arc.ts, sealedBelowEntry): a seal of the provider's
  // organisation below the receiver's entry line was sealed before the receiver took the message, by
  // a forwarder (a partner tenant's Exchange Online transport rule seals as microsoft.com): only a
  // seal above the entry is the provider's own
  // (rw95-outlook-partner-exchange-transport-rule-forward-disclaimer-reason130 and its rd twin read
  // unverified/authenticated, not spoofed).
  // Fixed at 17:33 on 2026-12-05 (lib/auth/subject-tag.ts tagCuts, REPLY_PREFIX): a list's tag
  // written after a reply's "Re: " (Mailman's old-style prefixing, "Re: [QUIC] …") is undone too, so
  // the colleague's signature verifies restored: rw95-outlook-rd-colleague-outside-mm3-list-pnone-
  // org-from-kept reads unverified (list-modified), and the p=quarantine colleague's post through
  // the same list (rw95-outlook-colleague-outside-list-pquarantine-org-arc-reason130 and its rd twin)
  // is excused by the restore, as it would be by the tenant's trust of the list's seal.
  // Left pending (the lead, 17:44 on 2026-12-05; not done this stop): EOP's reason=130 online, as
  // the helper proposes below, needs care with which sealer the tenant trusts; until then the two
  // left (the alumni forwarder's re-encoding, which no restore undoes) read suspicious (arc-untrusted-sealer), never spoofed, and --trust-forwarder clears them.
  // Read suspicious (arc-untrusted-sealer) though EOP's single record above its entry says
  // compauth=pass reason=130 with arc=pass: the tenant itself trusts this sealer (Microsoft Learn,
  // "Configure trusted ARC sealers"). Online, eopVouchesArc (lib/findings/eop-record.ts) is offline
  // only, so the tenant's trust is ignored. Should read unverified. Fix: online in Outlook, when
  // EOP's entry record (eopEntryResults, one header, none smuggled) has compauth=pass reason=130 and
  // the chain verifies, count the newest forwarder's sealer as trusted (as userTrusts in arc.ts),
  // keeping trustedForwarderRecordedNoPass. Risk: a spoof through a sealer the tenant trusts reads
  // unverified, which is the tenant's own choice and EOP's delivery decision.
  'rw95-outlook-alumni-forwarder-srs-arc-reencoded-reason130',
  'rw95-outlook-rd-alumni-forwarder-srs-arc-reencoded-reason130',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const TW = 'tidewater.example';
const RCPT = `morgan.lee@${TW}`;
const at = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;

interface Author {
  from: string;
  domain: string;
  selector: string;
  policy: 'none' | 'quarantine' | 'reject';
  relay: Relay;
}

interface Path {
  slug: string;
  story: string;
  author: Author;
  to: string;
  subject: string;
  body: string;
  /** What the list or forwarder does to the signed post. */
  change: (signed: string) => string;
  /** The partner's own inbound record, in place of the list's Postfix line. */
  intoHops?: string[];
  /** Who re-signs after the change, if anyone. */
  resign?: [string, string];
  /** ARC i=1 the list or forwarder seals: domain, selector, what it recorded. */
  seal?: { domain: string; selector: string; aar: string };
  /** The hop that hands it to EOP, and the envelope there. */
  relay: Relay;
  envelope: string;
  /** EOP's record: its Authentication-Results body. */
  eop: string;
  zone: Record<string, unknown>;
  expect: CaseExpectation;
  /** Also read with --recipient-domain tidewater.example (and only with it when 'only'). */
  rd: 'both' | 'only' | 'none';
  wanted: string;
}

const authorZone = (a: Author) => ({
  ...ptr(a.relay.ip, a.relay.rdns),
  [a.domain]: { TXT: [`v=spf1 ip4:${a.relay.ip} -all`] },
  [`_dmarc.${a.domain}`]: { TXT: [`v=DMARC1; p=${a.policy}`] },
  [`${a.selector}._domainkey.${a.domain}`]: KEY(),
});
const relay = (host: string, ip: string): Relay => ({ helo: host, rdns: host, ip });
const into = (a: Author, by: string, rcpt: string, id: string) =>
  `Received: from ${a.relay.helo} (${a.relay.rdns} [${a.relay.ip}])\r\n\tby ${by} (Postfix) with ESMTPS id ${id}\r\n\tfor <${rcpt}>; ${at(1)}`;
const sub = (raw: string, from: string, to: string) => raw.replace(from, to);
const eopAr = (o: {
  ip: string;
  mailfrom: string;
  spf: string;
  dkim: string;
  dmarc: string;
  action: string;
  from: string;
  compauth: string;
  arc?: string;
}) =>
  `spf=${o.spf} (sender IP is ${o.ip})\r\n smtp.mailfrom=${o.mailfrom}; ${o.dkim};dmarc=${o.dmarc} action=${o.action}\r\n header.from=${o.from};compauth=${o.compauth}${o.arc ? `;arc=${o.arc}` : ''}`;
const arcPass = (spfDom: string, d: string) =>
  `pass (0 oda=1 ltdi=1\r\n spf=[1,1,smtp.mailfrom=${spfDom}] dkim=[1,1,header.d=${d}]\r\n dmarc=[1,1,header.from=${d}])`;

// --- Authors ----------------------------------------------------------------------------------
const KELP: Author = {
  from: 'Priya Raman <priya@kelpworks.example>',
  domain: 'kelpworks.example',
  selector: 's1',
  policy: 'none',
  relay: relay('mail.kelpworks.example', '192.0.2.95'),
};
const STRICT: Author = {
  from: 'Tomas Varga <tomas.varga@harbourline.example>',
  domain: 'harbourline.example',
  selector: 'hl1',
  policy: 'reject',
  relay: relay('smtp.harbourline.example', '198.51.100.95'),
};
const QUAR: Author = {
  from: 'Aiko Sato <aiko.sato@saltmarsh-lab.example>',
  domain: 'saltmarsh-lab.example',
  selector: 'sm1',
  policy: 'quarantine',
  relay: relay('out.saltmarsh-lab.example', '203.0.113.95'),
};
// A colleague at the reader's own organisation, sending from its own outbound server.
const colleague = (policy: 'none' | 'quarantine'): Author => ({
  from: `Jordan Pike <jordan.pike@${TW}>`,
  domain: TW,
  selector: 'tw1',
  policy,
  relay: relay(`smtp.${TW}`, '192.0.2.195'),
});

// --- Lists and forwarders ---------------------------------------------------------------------
const MM3_HOST = 'lists.standards-wg.example';
const MM3 = relay('mailman.standards-wg.example', '198.51.100.96');
const MM3_ZONE = {
  ...ptr(MM3.ip, MM3.rdns),
  [MM3_HOST]: { TXT: [`v=spf1 ip4:${MM3.ip} -all`] },
  [`_dmarc.${MM3_HOST}`]: { TXT: ['v=DMARC1; p=none'] },
  [`mm3._domainkey.${MM3_HOST}`]: KEY(),
  [`arc._domainkey.${MM3_HOST}`]: KEY(),
};
const mm3Fields = (list: string) =>
  [
    `List-Id: "${list} working group" <${list}.${MM3_HOST}>`,
    `List-Archive: <https://mailarchive.standards-wg.example/arch/browse/${list}/>`,
    `List-Post: <mailto:${list}@${MM3_HOST}>`,
    `List-Unsubscribe: <mailto:${list}-leave@${MM3_HOST}>`,
    `List-Help: <mailto:${list}-request@${MM3_HOST}?subject=help>`,
    'X-Mailman-Version: 3.3.10',
    'Precedence: list',
  ] as const;
const mm3Footer = (list: string) =>
  `_______________________________________________\r\n${list} mailing list -- ${list}@${MM3_HOST}\r\nTo unsubscribe send an email to ${list}-leave@${MM3_HOST}\r\n`;

const GG = relay('mail-sor-f69.google.com', '209.85.220.69');
const GG_ZONE = {
  ...ptr(GG.ip, GG.rdns),
  'googlegroups.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  '_dmarc.googlegroups.com': { TXT: ['v=DMARC1; p=none'] },
  '20230601._domainkey.googlegroups.com': KEY(),
  'arc-20240605._domainkey.google.com': KEY(),
};

const GIO = relay('mail02.groups.io', '66.175.222.12');
const GIO_ZONE = {
  ...ptr(GIO.ip, GIO.rdns),
  'groups.io': { TXT: [`v=spf1 ip4:${GIO.ip} -all`] },
  '_dmarc.groups.io': { TXT: ['v=DMARC1; p=none'] },
  'ss._domainkey.groups.io': KEY(),
  'arc._domainkey.groups.io': KEY(),
};

const UNI = 'marisund-univ.example';
const SYMPA = relay(`sympa.${UNI}`, '203.0.113.96');
const SYMPA_ZONE = {
  ...ptr(SYMPA.ip, SYMPA.rdns),
  [`listes.${UNI}`]: { TXT: [`v=spf1 ip4:${SYMPA.ip} -all`] },
  [UNI]: { TXT: [`v=spf1 ip4:${SYMPA.ip} -all`] },
  [`_dmarc.${UNI}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [`sympa._domainkey.${UNI}`]: KEY(),
};

const LSV_HOST = 'LISTSERV.COASTAL-SOC.EXAMPLE';
const LSV = relay('listserv.coastal-soc.example', '198.51.100.97');
const LSV_ZONE = {
  ...ptr(LSV.ip, LSV.rdns),
  'listserv.coastal-soc.example': { TXT: [`v=spf1 ip4:${LSV.ip} -all`] },
  'coastal-soc.example': { TXT: [`v=spf1 ip4:${LSV.ip} -all`] },
};

const ALUMNI = 'alumni.northport-univ.example';
const ALU = relay('fwd.alumni.northport-univ.example', '192.0.2.97');
const ALU_ZONE = {
  ...ptr(ALU.ip, ALU.rdns),
  [ALUMNI]: { TXT: [`v=spf1 ip4:${ALU.ip} -all`] },
  [`arc._domainkey.${ALUMNI}`]: KEY(),
};

const GMAILFWD = relay('mail-sor-f41.google.com', '209.85.220.41');
const GMAIL_ZONE = {
  ...ptr(GMAILFWD.ip, GMAILFWD.rdns),
  'gmail.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  'arc-20240605._domainkey.google.com': KEY(),
};

const PARTNER = 'brightquay.example';
const EUR = {
  helo: 'EUR02-DB5-obe.outbound.protection.outlook.com',
  rdns: 'mail-db5eur02on2095.outbound.protection.outlook.com',
  ip: '40.107.21.95',
};
const MS_ZONE = {
  ...M365_SPF_ZONE,
  ...ptr(EUR.ip, EUR.rdns),
  [PARTNER]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  'arcselector10001._domainkey.microsoft.com': KEY(),
};

const BASE = (a: Author) => ({ ...authorZone(a) });

const PATHS: Path[] = [
  {
    slug: 'mm3-standards-list-from-kept-pnone-author-footer',
    story: `An engineer (${KELP.domain}, signed s1, DMARC p=none) posts to a standards working group's Mailman 3 list (quic@${MM3_HOST}). Mailman keeps From (DMARC mitigation only for p=reject/quarantine authors), tags the subject "[QUIC]", appends its footer (the author's signature breaks), signs d=${MM3_HOST} and seals ARC i=1. The tenant does not trust the list as an ARC sealer: EOP records spf=pass for the list's envelope, the author's dkim=fail and the list's dkim=pass, dmarc=fail action=none, compauth=softpass reason=201.`,
    author: KELP,
    to: `quic@${MM3_HOST}`,
    subject: 'Re: ack frequency draft, section 4',
    body: 'Hi all,\r\n\r\nI think section 4 should say SHOULD, not MUST.\r\n\r\nPriya\r\n',
    change: (s) =>
      onTop(
        `${s.replace('Subject: Re: ack', 'Subject: Re: [QUIC] ack')}${mm3Footer('quic')}`,
        ...mm3Fields('quic'),
      ),
    resign: [MM3_HOST, 'mm3'],
    seal: {
      domain: MM3_HOST,
      selector: 'arc',
      aar: `${MM3_HOST}; dkim=pass header.d=${KELP.domain}; spf=pass smtp.mailfrom=${KELP.domain}; dmarc=pass header.from=${KELP.domain}`,
    },
    relay: MM3,
    envelope: `quic-bounces@${MM3_HOST}`,
    eop: eopAr({
      ip: MM3.ip,
      mailfrom: MM3_HOST,
      spf: 'pass',
      dkim: `dkim=fail (body hash did not verify)\r\n header.d=${KELP.domain};dkim=pass (signature was verified)\r\n header.d=${MM3_HOST}`,
      dmarc: 'fail',
      action: 'none',
      from: KELP.domain,
      compauth: 'softpass reason=201',
    }),
    zone: { ...BASE(KELP), ...MM3_ZONE },
    expect: NOT_WARNED,
    rd: 'both',
    wanted:
      "no warning: a p=none author's post through a standards list that says what it changed (List-Id, tag, footer) and signs; unverified is honest",
  },
  {
    slug: 'mm3-standards-list-from-munged-preject-author',
    story: `An engineer at ${STRICT.domain} (signed hl1, DMARC p=reject) posts to the same Mailman 3 list (quic@${MM3_HOST}). Mailman's DMARC mitigation munges From to "Tomas Varga via QUIC" <quic@${MM3_HOST}>, puts the author in Reply-To and Cc, tags, appends its footer and signs d=${MM3_HOST}. EOP records dmarc=pass for the list's own domain, compauth=pass reason=100.`,
    author: STRICT,
    to: `quic@${MM3_HOST}`,
    subject: 'Interop results from Tuesday',
    body: 'All,\r\n\r\nthe interop matrix is on the wiki; two new failures on key update.\r\n\r\nTomas\r\n',
    change: (s) =>
      onTop(
        `${sub(
          sub(s, `From: ${STRICT.from}`, `From: "Tomas Varga via QUIC" <quic@${MM3_HOST}>`),
          'Subject: Interop',
          'Subject: [QUIC] Interop',
        )}${mm3Footer('quic')}`,
        `Reply-To: ${STRICT.from}`,
        `Cc: ${STRICT.from}`,
        ...mm3Fields('quic'),
      ),
    resign: [MM3_HOST, 'mm3'],
    relay: MM3,
    envelope: `quic-bounces@${MM3_HOST}`,
    eop: eopAr({
      ip: MM3.ip,
      mailfrom: MM3_HOST,
      spf: 'pass',
      dkim: `dkim=fail (body hash did not verify)\r\n header.d=${STRICT.domain};dkim=pass (signature was verified)\r\n header.d=${MM3_HOST}`,
      dmarc: 'pass',
      action: 'none',
      from: MM3_HOST,
      compauth: 'pass reason=100',
    }),
    zone: { ...BASE(STRICT), ...MM3_ZONE },
    expect: PASSES,
    rd: 'both',
    wanted: "authenticated at the list's own address, which signed and passes",
  },
  {
    slug: 'google-group-association-via-munged-arc-google',
    story: `A member of an outside association (${QUAR.domain}, DMARC p=quarantine) posts to its Google Group (board@googlegroups.com). Google rewrites From to "'Aiko Sato' via Board" <board@googlegroups.com> with Reply-To and X-Original-From the author, signs d=googlegroups.com, seals ARC i=1 (d=google.com) recording the author's pass, and resends from ${GG.helo} with the envelope board+bncBD…@googlegroups.com. EOP: dmarc=pass header.from=googlegroups.com, compauth=pass reason=100.`,
    author: QUAR,
    to: 'board@googlegroups.com',
    subject: 'Minutes of the November board meeting',
    body: 'Dear all,\r\n\r\nthe minutes are attached for approval on Thursday.\r\n\r\nAiko\r\n',
    change: (s) =>
      onTop(
        `${sub(s, `From: ${QUAR.from}`, `From: "'Aiko Sato' via Board" <board@googlegroups.com>`)}\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "Board" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to board+unsubscribe@googlegroups.com.\r\n`,
        `Reply-To: ${QUAR.from}`,
        `X-Original-From: ${QUAR.from}`,
        'Mailing-list: list board@googlegroups.com; contact board+owners@googlegroups.com',
        'List-ID: <board.googlegroups.com>',
        'List-Post: <https://groups.google.com/group/board/post>, <mailto:board@googlegroups.com>',
        'Precedence: list',
      ),
    resign: ['googlegroups.com', '20230601'],
    seal: {
      domain: 'google.com',
      selector: 'arc-20240605',
      aar: `gmr-mx.google.com; dkim=pass header.i=@${QUAR.domain} header.s=sm1; spf=pass (google.com: domain of aiko.sato@${QUAR.domain} designates ${QUAR.relay.ip} as permitted sender) smtp.mailfrom=aiko.sato@${QUAR.domain}; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${QUAR.domain}`,
    },
    relay: GG,
    envelope: 'board+bncBDX95AAAAAAAAAAAAAAAA@googlegroups.com',
    eop: eopAr({
      ip: GG.ip,
      mailfrom: 'googlegroups.com',
      spf: 'pass',
      dkim: `dkim=fail (body hash did not verify)\r\n header.d=${QUAR.domain};dkim=pass (signature was verified)\r\n header.d=googlegroups.com`,
      dmarc: 'pass',
      action: 'none',
      from: 'googlegroups.com',
      compauth: 'pass reason=100',
    }),
    zone: { ...BASE(QUAR), ...GG_ZONE },
    expect: PASSES,
    rd: 'none',
    wanted: 'authenticated at googlegroups.com, which signed and passes; the author is named, not claimed',
  },
  {
    slug: 'groupsio-munged-preject-author-arc',
    story: `A ${STRICT.domain} member (p=reject) posts to a sailing association on groups.io; groups.io rewrites From to "Tomas Varga via groups.io" <tomas.varga=${STRICT.domain}@groups.io>, appends its "Groups.io Links" block, signs d=groups.io, seals ARC and resends from ${GIO.helo} (${GIO.ip}). EOP: dmarc=pass header.from=groups.io.`,
    author: STRICT,
    to: 'main@tidewater-sailing.groups.io',
    subject: 'Haul-out weekend',
    body: 'Hi,\r\n\r\nhaul-out is on the 5th; bring your own stands.\r\n\r\nTomas\r\n',
    change: (s) =>
      onTop(
        `${sub(s, `From: ${STRICT.from}`, `From: "Tomas Varga via groups.io" <tomas.varga=${STRICT.domain}@groups.io>`)}\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\nGroups.io Links: You receive all messages sent to this group.\r\nView/Reply Online (#951): https://tidewater-sailing.groups.io/g/main/message/951\r\nGroup Owner: main+owner@tidewater-sailing.groups.io\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\n`,
        'Reply-To: main@tidewater-sailing.groups.io',
        'Sender: main@tidewater-sailing.groups.io',
        'List-Id: <main.tidewater-sailing.groups.io>',
        'List-Post: <mailto:main@tidewater-sailing.groups.io>',
        `X-Original-From: ${STRICT.from}`,
        'Precedence: Bulk',
      ),
    resign: ['groups.io', 'ss'],
    seal: {
      domain: 'groups.io',
      selector: 'arc',
      aar: `groups.io; dkim=pass header.d=${STRICT.domain}; spf=pass smtp.mailfrom=${STRICT.domain}; dmarc=pass header.from=${STRICT.domain}`,
    },
    relay: GIO,
    envelope: 'bounce+a2f1c9+951+4756192+8111111@groups.io',
    eop: eopAr({
      ip: GIO.ip,
      mailfrom: 'groups.io',
      spf: 'pass',
      dkim: 'dkim=pass (signature was verified)\r\n header.d=groups.io',
      dmarc: 'pass',
      action: 'none',
      from: 'groups.io',
      compauth: 'pass reason=100',
    }),
    zone: { ...BASE(STRICT), ...GIO_ZONE },
    expect: PASSES,
    rd: 'none',
    wanted: "authenticated at groups.io's address",
  },
  {
    slug: 'sympa-university-list-from-kept-pnone-author',
    story: `A researcher (${KELP.domain}, p=none) posts to a university's Sympa list (ocean-seminar@listes.${UNI}). Sympa keeps From, tags "[ocean-seminar]", appends its footer, signs d=${UNI} and resends with the envelope ocean-seminar-owner@listes.${UNI}. EOP: the author's dkim fails, dmarc=fail action=none, compauth=softpass reason=201.`,
    author: KELP,
    to: `ocean-seminar@listes.${UNI}`,
    subject: 'Seminar 3 December: tidal mixing',
    body: 'Dear colleagues,\r\n\r\nthe next seminar is on 3 December, room B12.\r\n\r\nPriya\r\n',
    change: (s) =>
      onTop(
        `${sub(s, 'Subject: Seminar', 'Subject: [ocean-seminar] Seminar')}\r\n---\r\nTo unsubscribe: https://listes.${UNI}/sympa/sigrequest/ocean-seminar\r\n`,
        `List-Id: <ocean-seminar.listes.${UNI}>`,
        `List-Archive: <https://listes.${UNI}/sympa/arc/ocean-seminar>`,
        `List-Post: <mailto:ocean-seminar@listes.${UNI}>`,
        `List-Owner: <mailto:ocean-seminar-request@listes.${UNI}>`,
        'Precedence: list',
      ),
    resign: [UNI, 'sympa'],
    relay: SYMPA,
    envelope: `ocean-seminar-owner@listes.${UNI}`,
    eop: eopAr({
      ip: SYMPA.ip,
      mailfrom: `listes.${UNI}`,
      spf: 'pass',
      dkim: `dkim=fail (body hash did not verify)\r\n header.d=${KELP.domain};dkim=pass (signature was verified)\r\n header.d=${UNI}`,
      dmarc: 'fail',
      action: 'none',
      from: KELP.domain,
      compauth: 'softpass reason=201',
    }),
    zone: { ...BASE(KELP), ...SYMPA_ZONE },
    expect: NOT_WARNED,
    rd: 'none',
    wanted: 'no warning: a university list that signs for itself and says so in its fields',
  },
  {
    slug: 'listserv-society-list-from-kept-unsigned',
    story: `A member (${KELP.domain}, p=none) posts to a learned society's L-Soft LISTSERV list (COASTAL-L@${LSV_HOST}). LISTSERV keeps From, sets Sender to the list, appends its footer, does not sign, and resends with the envelope owner-COASTAL-L@${LSV_HOST}. EOP: spf=pass for the list host, the author's dkim=fail, dmarc=fail action=none, compauth=softpass reason=201.`,
    author: KELP,
    to: `COASTAL-L@${LSV_HOST}`,
    subject: 'Call for abstracts: 2027 symposium',
    body: 'Dear members,\r\n\r\nabstracts are due 15 January.\r\n\r\nPriya Raman\r\n',
    change: (s) =>
      onTop(
        `${s}\r\n########################################################################\r\n\r\nTo unsubscribe from the COASTAL-L list, click the following link:\r\nhttps://listserv.coastal-soc.example/scripts/wa.exe?SUBED1=COASTAL-L&A=1\r\n`,
        `Sender: Coastal Society discussion list <COASTAL-L@${LSV_HOST}>`,
        `Reply-To: Coastal Society discussion list <COASTAL-L@${LSV_HOST}>`,
        `List-Id: <COASTAL-L.${LSV_HOST}>`,
        'Precedence: list',
      ),
    relay: LSV,
    envelope: `owner-COASTAL-L@${LSV_HOST}`,
    eop: eopAr({
      ip: LSV.ip,
      mailfrom: 'LISTSERV.COASTAL-SOC.EXAMPLE',
      spf: 'pass',
      dkim: `dkim=fail (body hash did not verify)\r\n header.d=${KELP.domain}`,
      dmarc: 'fail',
      action: 'none',
      from: KELP.domain,
      compauth: 'softpass reason=201',
    }),
    zone: { ...BASE(KELP), ...LSV_ZONE },
    expect: NOT_WARNED,
    rd: 'none',
    wanted: 'no warning: a p=none author through a list that keeps From and names itself in Sender',
  },
  {
    slug: 'colleague-outside-mm3-list-pnone-org-from-kept',
    story: `A colleague at the reader's own organisation (${TW}, signed tw1, DMARC p=none) posts to the outside Mailman 3 list (quic@${MM3_HOST}) the reader is also on; the list keeps From, tags and appends its footer (the colleague's signature breaks), signs d=${MM3_HOST} and returns it to the tenant. EOP: dmarc=fail action=none header.from=${TW}, compauth=softpass reason=201.`,
    author: colleague('none'),
    to: `quic@${MM3_HOST}`,
    subject: 'Re: ack frequency draft, section 4',
    body: 'Agree with Priya; SHOULD is enough.\r\n\r\nJordan\r\n',
    change: (s) =>
      onTop(
        `${s.replace('Subject: Re: ack', 'Subject: Re: [QUIC] ack')}${mm3Footer('quic')}`,
        ...mm3Fields('quic'),
      ),
    resign: [MM3_HOST, 'mm3'],
    relay: MM3,
    envelope: `quic-bounces@${MM3_HOST}`,
    eop: eopAr({
      ip: MM3.ip,
      mailfrom: MM3_HOST,
      spf: 'pass',
      dkim: `dkim=fail (body hash did not verify)\r\n header.d=${TW};dkim=pass (signature was verified)\r\n header.d=${MM3_HOST}`,
      dmarc: 'fail',
      action: 'none',
      from: TW,
      compauth: 'softpass reason=201',
    }),
    zone: { ...BASE(colleague('none')), ...MM3_ZONE },
    expect: NOT_WARNED,
    rd: 'both',
    wanted:
      "no warning: the reader's own colleague, visibly through an outside list; a p=none organisation's own domain failing after a list's footer is no impersonation of it",
  },
  {
    slug: 'colleague-outside-list-pquarantine-org-arc-reason130',
    story: `The same colleague, the organisation now at DMARC p=quarantine, posts to the outside Mailman 3 list; the list keeps From (its mitigation set to "none"), tags, appends its footer, signs d=${MM3_HOST} and seals ARC i=1 recording the colleague's pass. The tenant lists ${MM3_HOST} as a trusted ARC sealer, so EOP records dmarc=fail action=oquarantine, compauth=pass reason=130, arc=pass.`,
    author: colleague('quarantine'),
    to: `quic@${MM3_HOST}`,
    subject: 'Re: interop results from Tuesday',
    body: 'Our stack fixed the key update failure this morning.\r\n\r\nJordan\r\n',
    change: (s) =>
      onTop(
        `${s.replace('Subject: Re: interop', 'Subject: Re: [QUIC] interop')}${mm3Footer('quic')}`,
        ...mm3Fields('quic'),
      ),
    resign: [MM3_HOST, 'mm3'],
    seal: {
      domain: MM3_HOST,
      selector: 'arc',
      aar: `${MM3_HOST}; dkim=pass header.d=${TW} header.s=tw1; spf=pass smtp.mailfrom=${TW}; dmarc=pass header.from=${TW}`,
    },
    relay: MM3,
    envelope: `quic-bounces@${MM3_HOST}`,
    eop: eopAr({
      ip: MM3.ip,
      mailfrom: MM3_HOST,
      spf: 'pass',
      dkim: `dkim=fail (body hash did not verify)\r\n header.d=${TW};dkim=pass (signature was verified)\r\n header.d=${MM3_HOST}`,
      dmarc: 'fail',
      action: 'oquarantine',
      from: TW,
      compauth: 'pass reason=130',
      arc: arcPass(TW, TW),
    }),
    zone: { ...BASE(colleague('quarantine')), ...MM3_ZONE },
    expect: NOT_WARNED,
    rd: 'both',
    wanted:
      "no warning: EOP's trusted-sealer override (reason=130) vouches for the colleague's pass before the list's footer",
  },
  {
    slug: 'alumni-forwarder-srs-no-arc-unchanged',
    story: `A partner (${STRICT.domain}, p=reject) writes to the reader's university alumni address (morgan.lee@${ALUMNI}), which forwards it unchanged to ${RCPT} with an SRS envelope (SRS0=…=harbourline.example=tomas.varga@${ALUMNI}) and no ARC. The partner's signature survives: EOP records spf=pass for the forwarder, dkim=pass, dmarc=pass, compauth=pass reason=100.`,
    author: STRICT,
    to: `Morgan Lee <morgan.lee@${ALUMNI}>`,
    subject: 'Berth allocation for January',
    body: 'Morgan,\r\n\r\nthe January allocation is attached; please confirm by Friday.\r\n\r\nTomas\r\n',
    change: (s) => s,
    relay: ALU,
    envelope: `SRS0=Hx7q=TT=${STRICT.domain}=tomas.varga@${ALUMNI}`,
    eop: eopAr({
      ip: ALU.ip,
      mailfrom: ALUMNI,
      spf: 'pass',
      dkim: `dkim=pass (signature was verified)\r\n header.d=${STRICT.domain}`,
      dmarc: 'pass',
      action: 'none',
      from: STRICT.domain,
      compauth: 'pass reason=100',
    }),
    zone: { ...BASE(STRICT), ...ALU_ZONE },
    expect: PASSES,
    rd: 'both',
    wanted: "authenticated: the partner's own aligned signature survives the forward",
  },
  {
    slug: 'alumni-forwarder-srs-arc-reencoded-reason130',
    story: `The same partner mail through the alumni forwarder, which this time re-encodes the 8-bit body as quoted-printable (the partner's signature breaks) and seals ARC i=1 (d=${ALUMNI}) recording the partner's pass; the tenant trusts ${ALUMNI} as an ARC sealer. EOP: spf=pass for the forwarder, dkim=fail, dmarc=fail action=oreject, compauth=pass reason=130, arc=pass.`,
    author: STRICT,
    to: `Morgan Lee <morgan.lee@${ALUMNI}>`,
    subject: 'Berth allocation for January',
    body: 'Morgan,\r\n\r\nthe January allocation is attached; please confirm by Friday.\r\n\r\nTomas\r\n',
    change: (s) => s.replace('please confirm by Friday.', 'please confirm by Friday=2E'),
    seal: {
      domain: ALUMNI,
      selector: 'arc',
      aar: `${ALUMNI}; dkim=pass header.d=${STRICT.domain} header.s=hl1; spf=pass smtp.mailfrom=${STRICT.domain}; dmarc=pass header.from=${STRICT.domain}`,
    },
    relay: ALU,
    envelope: `SRS0=Hx7q=TT=${STRICT.domain}=tomas.varga@${ALUMNI}`,
    eop: eopAr({
      ip: ALU.ip,
      mailfrom: ALUMNI,
      spf: 'pass',
      dkim: `dkim=fail (body hash did not verify)\r\n header.d=${STRICT.domain}`,
      dmarc: 'fail',
      action: 'oreject',
      from: STRICT.domain,
      compauth: 'pass reason=130',
      arc: arcPass(STRICT.domain, STRICT.domain),
    }),
    zone: { ...BASE(STRICT), ...ALU_ZONE },
    expect: NOT_WARNED,
    rd: 'both',
    wanted: "no warning: EOP's reason=130 override for a sealer the tenant trusts; the forward is visible",
  },
  {
    slug: 'gmail-account-forward-caf-arc-google',
    story: `A partner (${QUAR.domain}, p=quarantine) writes to the reader's personal Gmail account, which forwards everything to ${RCPT}: Gmail keeps the message, seals ARC i=1 (d=google.com) and resends from ${GMAILFWD.helo} with the envelope morgan.lee.home+caf_=morgan.lee=${TW}@gmail.com. EOP: spf=pass for gmail.com, the partner's dkim=pass, dmarc=pass, compauth=pass reason=100.`,
    author: QUAR,
    to: 'morgan.lee.home@gmail.com',
    subject: 'Sample results, batch 14',
    body: 'Hi Morgan,\r\n\r\nbatch 14 is in; salinity is within range.\r\n\r\nAiko\r\n',
    change: (s) => s,
    seal: {
      domain: 'google.com',
      selector: 'arc-20240605',
      aar: `mx.google.com; dkim=pass header.i=@${QUAR.domain} header.s=sm1; spf=pass (google.com: domain of aiko.sato@${QUAR.domain} designates ${QUAR.relay.ip} as permitted sender) smtp.mailfrom=aiko.sato@${QUAR.domain}; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${QUAR.domain}`,
    },
    relay: GMAILFWD,
    envelope: `morgan.lee.home+caf_=morgan.lee=${TW}@gmail.com`,
    eop: eopAr({
      ip: GMAILFWD.ip,
      mailfrom: 'gmail.com',
      spf: 'pass',
      dkim: `dkim=pass (signature was verified)\r\n header.d=${QUAR.domain}`,
      dmarc: 'pass',
      action: 'none',
      from: QUAR.domain,
      compauth: 'pass reason=100',
    }),
    zone: { ...BASE(QUAR), ...GMAIL_ZONE },
    expect: PASSES,
    rd: 'both',
    wanted: "authenticated: the partner's signature survives Gmail's forward",
  },
  {
    slug: 'partner-exchange-transport-rule-forward-disclaimer-reason130',
    story: `A supplier (${STRICT.domain}, p=reject) writes to a shared mailbox at a partner on Microsoft 365 (orders@${PARTNER}); the partner's Exchange transport rule appends its disclaimer (the supplier's signature breaks) and redirects a copy to ${RCPT}: SRS envelope under ${PARTNER}, Microsoft's ARC i=1 (d=microsoft.com arcselector10001) recording the supplier's pass, out through ${EUR.helo} (${EUR.ip}). EOP: spf=pass for ${PARTNER}, dkim=fail, dmarc=fail action=oreject, compauth=pass reason=130, arc=pass.`,
    author: STRICT,
    to: `orders@${PARTNER}`,
    subject: 'Order 44817 shipped',
    body: 'Hello,\r\n\r\norder 44817 left the yard this morning.\r\n\r\nTomas\r\n',
    // The partner's EOP takes it in from the supplier and records the pass (id-less, as realworld69).
    intoHops: [
      `Authentication-Results: spf=pass (sender IP is ${STRICT.relay.ip})\r\n smtp.mailfrom=${STRICT.domain}; dkim=pass (signature was verified)\r\n header.d=${STRICT.domain};dmarc=pass action=none\r\n header.from=${STRICT.domain};compauth=pass reason=100`,
      `Received-SPF: Pass (protection.outlook.com: domain of ${STRICT.domain} designates\r\n ${STRICT.relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${STRICT.relay.ip}; helo=${STRICT.relay.helo}; pr=C`,
      eopEntry(STRICT.relay.helo, STRICT.relay.ip, 'DB5PEPF00014B95'),
    ],
    change: (s) =>
      onTop(
        `${s}\r\nBrightquay Ltd - This message was scanned and forwarded under our records policy.\r\n`,
        `Received: from AM9PR02MB7195.eurprd02.prod.outlook.com (2603:10a6:20b:3c1::12)\r\n by DB9PR02MB6950.eurprd02.prod.outlook.com (2603:10a6:10:217::9) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; ${at(2)}`,
      ),
    seal: {
      domain: 'microsoft.com',
      selector: 'arcselector10001',
      aar: `mx.microsoft.com 1; spf=pass (sender ip is ${STRICT.relay.ip}) smtp.rcpttodomain=${TW} smtp.mailfrom=${STRICT.domain}; dmarc=pass (p=reject sp=reject pct=100) action=none header.from=${STRICT.domain}; dkim=pass (signature was verified) header.d=${STRICT.domain}; arc=none`,
    },
    relay: EUR,
    envelope: `bounces+SRS=Qw95k=TT=${STRICT.domain}=tomas.varga@${PARTNER}`,
    eop: eopAr({
      ip: EUR.ip,
      mailfrom: PARTNER,
      spf: 'pass',
      dkim: `dkim=fail (body hash did not verify)\r\n header.d=${STRICT.domain}`,
      dmarc: 'fail',
      action: 'oreject',
      from: STRICT.domain,
      compauth: 'pass reason=130',
      arc: arcPass(STRICT.domain, STRICT.domain),
    }),
    zone: { ...BASE(STRICT), ...MS_ZONE },
    expect: NOT_WARNED,
    rd: 'both',
    wanted: "no warning: Microsoft, a sealer EOP trusts, recorded the supplier's pass before the disclaimer",
  },
];

export async function makeAll(write: CaseWriter): Promise<void> {
  let n = 0;
  for (const p of PATHS) {
    n += 1;
    const signed = await signCorpus(
      submitted({
        from: p.author.from,
        to: p.to,
        subject: p.subject,
        date: at(0),
        messageId: `<w95.${n}.${p.slug.slice(0, 12)}@${p.author.domain}>`,
        body: p.body,
      }),
      { domain: p.author.domain, selector: p.author.selector, headerList: SIGNED_NO_REPLY_TO },
    );
    const addr = p.to.replace(/^.*<|>$/g, '');
    let raw = p.change(
      onTop(signed, ...(p.intoHops ?? [into(p.author, p.relay.rdns, addr, `4Zw95L${n}a01`)])),
    );
    if (p.resign) raw = await signCorpus(raw, { domain: p.resign[0], selector: p.resign[1] });
    if (p.seal)
      raw = await sealCorpus(raw, {
        domain: p.seal.domain,
        selector: p.seal.selector,
        cv: 'none',
        authResults: p.seal.aar,
      });
    const eml = eopDelivery(raw, {
      ip: p.relay.ip,
      helo: p.relay.helo,
      ar: p.eop,
      spf: `Pass (protection.outlook.com: domain of ${p.envelope.replace(/^.*@/, '')} designates\r\n ${p.relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${p.relay.ip}; helo=${p.relay.helo}; pr=C`,
      returnPath: `<${p.envelope}>`,
    });
    const variants: Array<[string, string[]]> = [];
    if (p.rd !== 'only') variants.push(['outlook', OUTLOOK]);
    if (p.rd !== 'none') variants.push(['outlook-rd', [...OUTLOOK, '--recipient-domain', TW]]);
    for (const [tag, args] of variants) {
      emitCase(write, {
        name: `rw95-${tag}-${p.slug}`,
        about: `${p.story} Read by ${RCPT} in Outlook on the web (--webmail outlook${tag === 'outlook-rd' ? `, --recipient-domain ${TW}` : ''}), online (the senders' DNS served). Wanted: ${p.wanted}.`,
        class: p.slug.includes('forward') ? 'forwarder' : 'mailing-list',
        args,
        eml,
        zone: p.zone,
        expect: p.expect,
      });
    }
  }
}
