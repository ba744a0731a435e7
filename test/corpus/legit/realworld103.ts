// Real-world delivery shapes, hundred-and-third round: genuine mail through consumer and
// institutional forwarders, in the layouts the corpus covered least (grepped first: Gmail's +caf_
// forward was only read in Outlook (rw40) and offline (rw96); Outlook.com's, Yahoo's, iCloud's and
// Proton's own forwarding not at all; pobox only unsealed into Gmail (rw6); alumni forwarders into
// Microsoft 365 (rw40) and Yahoo (rw53)). Each original is signed (the signature survives the
// forward) or unsigned (SPF only, which the forward breaks), at p=none, quarantine and reject; read
// in Gmail, Yahoo, Outlook (EOP) and a self-hosted Postfix box, with and without the option a user
// would set (`--trust-forwarder` for a sealer not on the built-in list, `--trust-gateway` for a
// plain forwarder that seals nothing). Genuine forwarded mail must never read spoofed; signed mail
// reads authenticated; SPF-only mail under a trusted seal reads unverified (forwarded-trusted).
// Where each layout was learnt (`search` pages/code, and the corpus's own earlier rounds):
// - Gmail auto-forward: the +caf_ envelope `user+caf_=target=domain@gmail.com`, X-Forwarded-To /
//   X-Forwarded-For, ARC by d=google.com from mail-sor hosts: list-shapes.ts's notes (public raw
//   headers) and realworld40; Google's ARC i=4 d=google.com s=arc-20160816 layout seen in a public
//   question (terminal.datat.one, "Mail from Teams forwarded to Gmail marked as spam due to DMARC
//   failure", 2021); the 2024 selector arc-20240605 as rw40.
// - Outlook.com / Hotmail forwarding: dmarc.io/forwarder/outlook ("Preserves DKIM signatures? yes;
//   Uses own domain in envelope (SPF)? no": the original envelope is kept, so SPF fails at
//   Microsoft's address). Consumer outbound host names (`mail-<x>eur05olkn<n>.outbound.protection.
//   outlook.com`, 40.92.0.0/15) and the consumer ARC selector arcselector9901 are recalled.
// - Yahoo Mail forwarding: Yahoo's consumer outbound hosts (`sonic<n>-<n>.consmr.mail.<dc>.yahoo.com`,
//   66.163.184.0/21) recalled; that it keeps the original envelope and seals ARC as yahoo.com is
//   recalled, not confirmed (no header material found; the selector is made up). yahoo.com is not a
//   built-in sealer, so its record counts only once the reader trusts it.
// - iCloud Mail forwarding: iCloud's outbound hosts (`*.me.com`, 17.57.0.0/16) as realworld6/49;
//   modelled without ARC and with the original envelope kept (recalled).
// - Fastmail Masked Email (`<word>.<word><n>@fastmail.com`) and a Fastmail forwarding rule: SRS
//   envelope and ARC by messagingengine.com (fm3) as realworld40/14; the masked-address form from
//   Fastmail's own help pages as realworld6 names them.
// - pobox: pb-smtpNN.pobox.com hosts and the SRS0 envelope at pobox.com as realworld6; pobox.com is
//   an ARC Community Sealer (lib/findings/arc.ts TRUSTED_ARC_SEALERS, from the sealers list), so its
//   seal is modelled here (selector recalled).
// - A university alumni forwarder: a Postfix virtual alias with no SRS and no ARC (rw40's layout),
//   and one behind postsrsd (SRS0 under the alumni domain, rw53's layout).
// - Proton Mail forwarding (2024 feature): Proton's outbound hosts `mail-<n>.protonmail.ch`
//   (185.70.40.0/22) and proton.me's SPF `include:_spf.protonmail.ch` (domaincheckup.net/domain/
//   proton.me); the SRS envelope under proton.me is recalled, not confirmed.
// Names and addresses are documentation ones except the providers' own hosts and ranges; every key
// is the corpus test key.
import { type CaseExpectation, signCorpus } from '../../helpers/corpus';
import { emitCase, GMAIL, KEY, legitCorpus, OUTLOOK, ptr, type Relay } from '../kit';
import { sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { eopDelivery, gmailDelivery, gmailDkim, gmailSpf, yahooDelivery } from '../receivers';

/** DMARC passes on the author's surviving signature. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** DMARC fails (SPF only, broken by the forward) but a trusted forwarder's seal recorded the pass. */
const FORWARDED: CaseExpectation = { verdict: 'unverified', notVerdict: ['spoofed', 'suspicious'] };
/** Genuine, never spoofed: what a forwarder that proves nothing can honestly read. */
const NOT_SPOOFED: CaseExpectation = { notVerdict: ['spoofed'] };

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed.
 */
// Fixed at 19:38 on 2026-12-05 (lib/auth/helo-taint.ts heloWrites): a Received line with no
// client address literal is read up to its HELO word only, so Yahoo's internal
// `from 127.0.0.1 by atlas-production… with HTTP; <date>` no longer counts as a HELO writing
// into results (its `;` before the date is the receiver's); Yahoo's seal of a forwarded SPF-only
// message keeps its recorded pass: realworld103-yahoo-forward-spf-only-quarantine-to-gmail reads
// suspicious (forwarder-unknown), and unverified with --trust-forwarder yahoo.com, not spoofed.
// Kept out by choice (the lead, 19:38 on 2026-12-05): an alumni forwarder's plain Postfix forward
// (no SRS, no ARC) of SPF-only mail at p=quarantine
// (realworld103-alumni-postfix-no-srs-spf-only-quarantine-to-box) reads spoofed: DMARC truly fails
// at the reader's box, and nothing the forwarder wrote is evidence an attacker's own server could
// not write too; trusting the forwarder (--trust-gateway) reads it authenticated.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'realworld103-alumni-postfix-no-srs-spf-only-quarantine-to-box',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const at = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;
const BOX = 'mail.quillmere.example';

// --- The original senders ---------------------------------------------------------------------------
interface Author {
  d: string;
  local: string;
  name: string;
  relay: Relay;
  policy: 'none' | 'quarantine' | 'reject';
  /** The author's DKIM selector; none: SPF only. */
  selector?: string;
}
const author = (
  d: string,
  local: string,
  name: string,
  last: number,
  policy: Author['policy'],
  selector?: string,
): Author => ({
  d,
  local,
  name,
  relay: { helo: `mail.${d}`, rdns: `mail.${d}`, ip: `192.0.2.${last}` },
  policy,
  selector,
});
const envOf = (a: Author) => `${a.local}@${a.d}`;
const authorZone = (a: Author) => ({
  ...ptr(a.relay.ip, a.relay.rdns),
  [a.d]: { TXT: [`v=spf1 ip4:${a.relay.ip} -all`] },
  [`_dmarc.${a.d}`]: { TXT: [`v=DMARC1; p=${a.policy}`] },
  ...(a.selector ? { [`${a.selector}._domainkey.${a.d}`]: KEY() } : {}),
});
async function original(a: Author, to: string, subject: string, body: string, n: number): Promise<string> {
  const raw = submitted({
    from: `${a.name} <${envOf(a)}>`,
    to,
    subject,
    date: at(0),
    messageId: `<20261120100000.w103.${n}@${a.d}>`,
    body,
  });
  return a.selector ? signCorpus(raw, { domain: a.d, selector: a.selector }) : raw;
}

// --- Readers ---------------------------------------------------------------------------------------
type Reader = 'gmail' | 'yahoo' | 'box' | 'outlook';
const READER_ARGS: Record<Reader, string[]> = {
  gmail: GMAIL,
  yahoo: ['--webmail', 'yahoo'],
  box: ['--webmail', 'none', '--authserv-id', BOX],
  outlook: OUTLOOK,
};
const READER_RCPT: Record<Reader, string> = {
  gmail: 'robin.reader@gmail.com',
  yahoo: 'robin.reader@yahoo.com',
  box: 'robin@quillmere.example',
  outlook: 'robin@tidewater.example',
};

/** What the reader's provider found at its entry: the forwarder's hand-off. */
interface Seen {
  relay: Relay;
  envelope: string;
  spf: 'pass' | 'fail' | 'softfail';
  /** The author's signature verified. */
  dkim?: [string, string];
  from: string;
  policy: string;
  dmarc: 'pass' | 'fail';
  /** The forwarder's seal verified, and what it recorded (for Gmail's arc= comment). */
  arc?: { sealer: string; spfDomain?: string };
}

let ids = 0;
function deliver(raw: string, reader: Reader, s: Seen): string {
  ids += 1;
  const envDomain = s.envelope.slice(s.envelope.lastIndexOf('@') + 1);
  const P = s.policy.toUpperCase();
  if (reader === 'gmail') {
    const lines = [
      ...(s.dkim ? [gmailDkim(s.dkim[0], s.dkim[1])] : []),
      ...(s.arc
        ? [
            `arc=pass (i=1${s.arc.spfDomain ? ` spf=pass spfdomain=${s.arc.spfDomain}` : ''}${s.dkim ? ` dkim=pass dkdomain=${s.dkim[0]}` : ''} dmarc=pass fromdomain=${s.from});`,
          ]
        : []),
      gmailSpf(s.envelope, s.relay.ip, s.spf),
      `dmarc=${s.dmarc} (p=${P} sp=${P} dis=${s.dmarc === 'pass' ? 'NONE' : s.policy === 'reject' ? 'REJECT' : s.policy === 'quarantine' ? 'QUARANTINE' : 'NONE'}) header.from=${s.from}`,
    ];
    return gmailDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      ids: [`x103csp${500 + ids}pxa`, `a103si${5100 + ids}qtb.103`],
      spf: s.spf,
      deliveredTo: true,
      results: lines.join('\r\n       '),
    });
  }
  if (reader === 'yahoo') {
    return yahooDelivery(raw, {
      relay: s.relay,
      envelope: s.envelope,
      results: `${s.dkim ? `dkim=pass header.i=@${s.dkim[0]} header.s=${s.dkim[1]};\r\n ` : 'dkim=unknown;\r\n '}spf=${s.spf} smtp.mailfrom=${envDomain};\r\n dmarc=${s.dmarc}(p=${P}) header.from=${s.from};`,
    });
  }
  if (reader === 'box') {
    return onTop(
      raw,
      `Return-Path: <${s.envelope}>`,
      `Authentication-Results: ${BOX};\r\n\t${s.dkim ? `dkim=pass (2048-bit key) header.d=${s.dkim[0]} header.s=${s.dkim[1]}` : 'dkim=none'};\r\n\t${s.arc ? `arc=pass ("${s.arc.sealer}:s=arc:i=1");\r\n\t` : ''}spf=${s.spf} (${BOX}: domain of ${s.envelope} ${s.spf === 'pass' ? 'designates' : 'does not designate'} ${s.relay.ip} as permitted sender) smtp.mailfrom=${s.envelope};\r\n\tdmarc=${s.dmarc} (policy=${s.policy}) header.from=${s.from}`,
      `Received: from ${s.relay.helo} (${s.relay.rdns} [${s.relay.ip}])\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zq103K${ids}x\r\n\tfor <${READER_RCPT.box}>; ${at(6)}`,
    );
  }
  const dkim = s.dkim
    ? `dkim=pass (signature was verified)\r\n header.d=${s.dkim[0]}`
    : 'dkim=none (message not signed)\r\n header.d=none';
  const compauth = s.dmarc === 'pass' ? 'pass reason=100' : s.arc ? 'pass reason=130' : 'fail reason=000';
  const action =
    s.dmarc === 'pass'
      ? 'none'
      : s.policy === 'reject'
        ? 'oreject'
        : s.policy === 'quarantine'
          ? 'quarantine'
          : 'none';
  return eopDelivery(raw, {
    ip: s.relay.ip,
    helo: s.relay.helo,
    ar: `spf=${s.spf} (sender IP is ${s.relay.ip})\r\n smtp.mailfrom=${envDomain}; ${dkim};dmarc=${s.dmarc} action=${action}\r\n header.from=${s.from};compauth=${compauth}`,
    spf: `${s.spf === 'pass' ? 'Pass' : s.spf === 'softfail' ? 'SoftFail' : 'Fail'} (protection.outlook.com: domain of ${envDomain} ${s.spf === 'pass' ? 'designates' : 'does not designate'}\r\n ${s.relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${s.relay.ip}; helo=${s.relay.helo};${s.spf === 'pass' ? ' pr=C' : ''}`,
    returnPath: s.envelope,
    frontend: 'BN2PEPF00000103',
  });
}

/** The author's results as a forwarder's receiving host records them (one line, for an AAR). */
const recorded = (authserv: string, a: Author) =>
  `${authserv}; ${a.selector ? `dkim=pass header.d=${a.d} header.s=${a.selector}` : 'dkim=none'}; spf=pass smtp.mailfrom=${envOf(a)}; dmarc=pass (p=${a.policy}) header.from=${a.d}`;

/** What the reader's provider finds for the author once the forwarder has handed it over. */
function seen(a: Author, relay: Relay, envelope: string, spf: Seen['spf'], arc?: Seen['arc']): Seen {
  return {
    relay,
    envelope,
    spf,
    dkim: a.selector ? [a.d, a.selector] : undefined,
    from: a.d,
    policy: a.policy,
    dmarc: a.selector || (spf === 'pass' && envelope.endsWith(`@${a.d}`)) ? 'pass' : 'fail',
    arc,
  };
}

interface Case {
  name: string;
  about: string;
  reader: Reader;
  eml: string;
  zone: Record<string, unknown>;
  expect: CaseExpectation;
  extra?: string[];
  twin?: boolean;
}
const emit = (write: CaseWriter, c: Case) =>
  emitCase(write, {
    name: `realworld103-${c.name}`,
    about: c.about,
    class: 'forwarder',
    args: [...READER_ARGS[c.reader], ...(c.extra ?? [])],
    eml: c.eml,
    zone: c.zone,
    expect: c.expect,
    twin: c.twin,
  });

// --- 1. Gmail's auto-forward (+caf_, Google's ARC) into Yahoo and a self-hosted box -------------
const GOOGLE: Relay = {
  helo: 'mail-sor-f41.google.com',
  rdns: 'mail-sor-f41.google.com',
  ip: '209.85.220.41',
};
const GOOGLE_ZONE = {
  ...ptr(GOOGLE.ip, GOOGLE.rdns),
  'arc-20240605._domainkey.google.com': KEY(),
  'gmail.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ip4:74.125.0.0/16 ~all'] },
  '_dmarc.gmail.com': { TXT: ['v=DMARC1; p=none; sp=quarantine; rua=mailto:mailauth-reports@google.com'] },
};
async function viaGmail(a: Author, raw: string, target: string): Promise<{ out: string; env: string }> {
  const gResults = recorded('mx.google.com', a);
  const atGmail = onTop(
    raw,
    `X-Forwarded-To: ${target}`,
    `X-Forwarded-For: robin.old@gmail.com ${target}`,
    'Delivered-To: robin.old@gmail.com',
    'Received: by 2002:a05:6a10:a0d1:b0:2f5:1234:5678 with SMTP id x103csp3310934pxa;\r\n        Fri, 20 Nov 2026 02:00:03 -0800 (PST)',
    `Return-Path: <${envOf(a)}>`,
    `Received: from ${a.relay.helo} (${a.relay.rdns}. [${a.relay.ip}])\r\n        by mx.google.com with ESMTPS id a103si8812011qtb.81.2026.11.20.02.00.02\r\n        for <robin.old@gmail.com>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        Fri, 20 Nov 2026 02:00:02 -0800 (PST)`,
    `Authentication-Results: mx.google.com;\r\n       ${gResults.slice(gResults.indexOf(';') + 2).replace(/; /g, ';\r\n       ')}`,
  );
  const out = await sealCorpus(atGmail, {
    domain: 'google.com',
    selector: 'arc-20240605',
    cv: 'none',
    authResults: gResults,
  });
  return { out, env: `robin.old+caf_=${target.replace('@', '=')}@gmail.com` };
}

async function gmailForwards(write: CaseWriter): Promise<void> {
  // 1a. SPF-only p=reject into Yahoo.
  {
    const a = author('harrow-rowing.example', 'captain', 'Harrow Rowing Club', 31, 'reject');
    const raw = await original(
      a,
      'robin.old@gmail.com',
      'Regatta crews for Saturday',
      'Crews for Saturday are posted on the boathouse board.\r\n',
      1,
    );
    const { out, env } = await viaGmail(a, raw, READER_RCPT.yahoo);
    emit(write, {
      name: 'gmail-caf-spf-only-reject-to-yahoo',
      about: `A rowing club's unsigned notice (SPF ip4, p=reject) to an old Gmail address that auto-forwards to Yahoo: Gmail records the pass, seals ARC as google.com (arc-20240605) and forwards from ${GOOGLE.helo} with its +caf_ envelope (${env}); Yahoo records spf=pass for gmail.com, dkim none, dmarc=fail. Read in Yahoo. Wanted: unverified (forwarded-trusted: Google is a built-in sealer and recorded the aligned SPF pass), never spoofed.`,
      reader: 'yahoo',
      eml: deliver(out, 'yahoo', seen(a, GOOGLE, env, 'pass', { sealer: 'google.com', spfDomain: a.d })),
      zone: { ...authorZone(a), ...GOOGLE_ZONE },
      expect: FORWARDED,
      twin: true,
    });
  }
  // 1b. Signed p=quarantine into a self-hosted box.
  {
    const a = author('linden-surgery.example', 'appointments', 'Linden Surgery', 32, 'quarantine', 'ls1');
    const raw = await original(
      a,
      'robin.old@gmail.com',
      'Your appointment on 24 November',
      'Your appointment is on 24 November at 09:40.\r\n',
      2,
    );
    const { out, env } = await viaGmail(a, raw, READER_RCPT.box);
    emit(write, {
      name: 'gmail-caf-signed-quarantine-to-box',
      about: `A GP surgery's signed reminder (d=linden-surgery.example ls1, p=quarantine) to an old Gmail address auto-forwarding to the reader's own Postfix box (rspamd-style header under ${BOX}): Google's ARC, the +caf_ envelope; the box records dkim=pass, arc=pass, spf=pass for gmail.com, dmarc=pass. Wanted: authenticated (the author's signature survived the forward).`,
      reader: 'box',
      eml: deliver(out, 'box', seen(a, GOOGLE, env, 'pass', { sealer: 'google.com', spfDomain: a.d })),
      zone: { ...authorZone(a), ...GOOGLE_ZONE },
      expect: PASSES,
    });
  }
  // 1c. SPF-only p=quarantine into a self-hosted box.
  {
    const a = author('elmfield-parish.example', 'clerk', 'Elmfield Parish Council', 33, 'quarantine');
    const raw = await original(
      a,
      'robin.old@gmail.com',
      'Parish meeting agenda',
      'The agenda for Tuesday is attached on the website.\r\n',
      3,
    );
    const { out, env } = await viaGmail(a, raw, READER_RCPT.box);
    emit(write, {
      name: 'gmail-caf-spf-only-quarantine-to-box',
      about: `A parish council's unsigned agenda (SPF ip4, p=quarantine) through the same Gmail auto-forward into the reader's Postfix box: the box records dkim=none, arc=pass, spf=pass for gmail.com, dmarc=fail. Wanted: unverified (Google's intact seal recorded the aligned SPF pass), never spoofed.`,
      reader: 'box',
      eml: deliver(out, 'box', seen(a, GOOGLE, env, 'pass', { sealer: 'google.com', spfDomain: a.d })),
      zone: { ...authorZone(a), ...GOOGLE_ZONE },
      expect: FORWARDED,
      twin: true,
    });
  }
}

// --- 2. Outlook.com / Hotmail forwarding into Gmail (original envelope kept, Microsoft's ARC) --------
const OLK: Relay = {
  helo: 'EUR05-AM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-am6eur05olkn2108.outbound.protection.outlook.com',
  ip: '40.92.91.108',
};
const OLK_ZONE = {
  ...ptr(OLK.ip, OLK.rdns),
  'arcselector9901._domainkey.microsoft.com': KEY(),
};
async function viaOutlookCom(a: Author, raw: string): Promise<string> {
  const inbound = onTop(
    raw,
    'Received: from AM9P192MB1034.EURP192.PROD.OUTLOOK.COM (2603:10a6:20b:3a1::9) by\r\n AM9P192MB1035.EURP192.PROD.OUTLOOK.COM with HTTPS; Fri, 20 Nov 2026 10:00:03 +0000',
    `Received: from ${a.relay.helo} (${a.relay.ip}) by\r\n AM4PEPF00027A6C.mail.protection.outlook.com (10.167.16.90) with Microsoft SMTP\r\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.14 via\r\n Frontend Transport; ${at(2)}`,
  );
  return sealCorpus(inbound, {
    domain: 'microsoft.com',
    selector: 'arcselector9901',
    cv: 'none',
    authResults: `mx.microsoft.com 1; spf=pass (sender ip is ${a.relay.ip}) smtp.rcpttodomain=hotmail.com smtp.mailfrom=${a.d}; dmarc=pass (p=${a.policy} sp=${a.policy} pct=100) action=none header.from=${a.d}; ${a.selector ? `dkim=pass (signature was verified) header.d=${a.d}` : 'dkim=none (message not signed)'}; arc=none`,
  });
}
async function outlookComForwards(write: CaseWriter): Promise<void> {
  {
    const a = author('brookvale-lettings.example', 'lettings', 'Brookvale Lettings', 41, 'reject');
    const raw = await original(
      a,
      'robin.reader@hotmail.com',
      'Rent statement for November',
      'Your November rent statement is ready.\r\n',
      4,
    );
    const out = await viaOutlookCom(a, raw);
    emit(write, {
      name: 'hotmail-forward-spf-only-reject-to-gmail',
      about: `A letting agent's unsigned statement (SPF ip4, p=reject) to a Hotmail address whose forwarding rule sends everything to Gmail: Outlook.com keeps the agent's envelope (dmarc.io/forwarder/outlook: "Uses own domain in envelope? no"), seals ARC as microsoft.com and hands over from ${OLK.rdns}; Gmail records spf=fail for the agent at Microsoft's address, arc=pass, dmarc=fail. Wanted: unverified (Microsoft is a built-in sealer and recorded the aligned SPF pass); our own SPF fail at the forwarder's address is the forward's, never spoofed.`,
      reader: 'gmail',
      eml: deliver(out, 'gmail', seen(a, OLK, envOf(a), 'fail', { sealer: 'microsoft.com', spfDomain: a.d })),
      zone: { ...authorZone(a), ...OLK_ZONE },
      expect: FORWARDED,
      twin: true,
    });
  }
  {
    const a = author('corran-energy.example', 'billing', 'Corran Energy', 42, 'quarantine', 'ce1');
    const raw = await original(
      a,
      'robin.reader@hotmail.com',
      'Your energy bill',
      'Your bill for October is ready.\r\n',
      5,
    );
    const out = await viaOutlookCom(a, raw);
    emit(write, {
      name: 'hotmail-forward-signed-quarantine-to-gmail',
      about: `An energy supplier's signed bill (d=corran-energy.example ce1, p=quarantine) through the same Hotmail forward into Gmail: the envelope kept (SPF fails at Microsoft's address), the signature intact, Microsoft's ARC. Wanted: authenticated.`,
      reader: 'gmail',
      eml: deliver(out, 'gmail', seen(a, OLK, envOf(a), 'fail', { sealer: 'microsoft.com', spfDomain: a.d })),
      zone: { ...authorZone(a), ...OLK_ZONE },
      expect: PASSES,
    });
  }
}

// --- 3. Yahoo Mail forwarding into Gmail --------------------------------------------------------------
const YAHOO_OUT: Relay = {
  helo: 'sonic314-21.consmr.mail.ne1.yahoo.com',
  rdns: 'sonic314-21.consmr.mail.ne1.yahoo.com',
  ip: '66.163.186.147',
};
const YAHOO_ZONE = {
  ...ptr(YAHOO_OUT.ip, YAHOO_OUT.rdns),
  'arc-20240116._domainkey.yahoo.com': KEY(),
};
async function viaYahoo(a: Author, raw: string): Promise<string> {
  const inbound = onTop(
    raw,
    `Received: from 127.0.0.1\r\n by atlas-production.v2-mail-prod1-ne1.omega.yahoo.com pod-id atlas--production-ne1-5f8d7c6b9-x2kqz.ne1.yahoo.com with HTTP; ${at(3)}`,
    `Return-Path: <${envOf(a)}>`,
    `Received: from ${a.relay.ip} (EHLO ${a.relay.helo})\r\n by 10.197.34.12 with SMTPs\r\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\r\n ${at(2)}`,
  );
  return sealCorpus(inbound, {
    domain: 'yahoo.com',
    selector: 'arc-20240116',
    cv: 'none',
    authResults: recorded('atlas-production.v2-mail-prod1-ne1.omega.yahoo.com', a),
  });
}
async function yahooForwards(write: CaseWriter): Promise<void> {
  {
    const a = author('westmoor-library.example', 'loans', 'Westmoor Library', 51, 'quarantine', 'wl1');
    const raw = await original(
      a,
      'robin.reader@yahoo.com',
      'Items due back on Monday',
      'Two items are due back on Monday.\r\n',
      6,
    );
    const out = await viaYahoo(a, raw);
    emit(write, {
      name: 'yahoo-forward-signed-quarantine-to-gmail',
      about: `A library's signed reminder (d=westmoor-library.example wl1, p=quarantine) to a Yahoo address forwarding to Gmail from ${YAHOO_OUT.helo}: the library's envelope kept, Yahoo's ARC (yahoo.com; recalled), the signature intact. Gmail records dkim=pass, spf=fail at Yahoo's address, dmarc=pass. Wanted: authenticated.`,
      reader: 'gmail',
      eml: deliver(
        out,
        'gmail',
        seen(a, YAHOO_OUT, envOf(a), 'fail', { sealer: 'yahoo.com', spfDomain: a.d }),
      ),
      zone: { ...authorZone(a), ...YAHOO_ZONE },
      expect: PASSES,
    });
  }
  {
    const a = author('fenwick-tennis.example', 'secretary', 'Fenwick Tennis Club', 52, 'quarantine');
    const raw = await original(
      a,
      'robin.reader@yahoo.com',
      'Court resurfacing next week',
      'Courts 3 and 4 are closed next week for resurfacing.\r\n',
      7,
    );
    const out = await viaYahoo(a, raw);
    const base = {
      about: `A tennis club's unsigned notice (SPF ip4, p=quarantine) to a Yahoo address forwarding to Gmail: the club's envelope kept, so SPF fails at Yahoo's address; Yahoo's ARC seal (yahoo.com) recorded the club's SPF and DMARC pass; Gmail records arc=pass, spf=fail, dmarc=fail.`,
      reader: 'gmail' as Reader,
      eml: deliver(
        out,
        'gmail',
        seen(a, YAHOO_OUT, envOf(a), 'fail', { sealer: 'yahoo.com', spfDomain: a.d }),
      ),
      zone: { ...authorZone(a), ...YAHOO_ZONE },
    };
    emit(write, {
      ...base,
      name: 'yahoo-forward-spf-only-quarantine-to-gmail',
      about: `${base.about} Read with no forwarder trusted: yahoo.com is not a built-in sealer, so its record of the pass is an unknown forwarder's (README row 5, forwarder-unknown, the popup offering "Trust yahoo.com as a forwarder"). Wanted: never spoofed; suspicious with that offer is the honest reading.`,
      expect: NOT_SPOOFED,
    });
    emit(write, {
      ...base,
      name: 'yahoo-forward-spf-only-quarantine-to-gmail-trusted',
      about: `${base.about} Read by a user who has trusted Yahoo's seal (--trust-forwarder yahoo.com, what the popup offers). Wanted: unverified (forwarded-trusted).`,
      extra: ['--trust-forwarder', 'yahoo.com'],
      expect: FORWARDED,
    });
  }
}

// --- 4. iCloud Mail forwarding into Gmail (no ARC, envelope kept) -------------------------------------
const ICLOUD: Relay = {
  helo: 'st43p00im-ztdg10063201.me.com',
  rdns: 'st43p00im-ztdg10063201.me.com',
  ip: '17.58.63.177',
};
async function icloudForwards(write: CaseWriter): Promise<void> {
  {
    const a = author('thornbury-dental.example', 'reception', 'Thornbury Dental', 61, 'reject', 'td1');
    const raw = await original(
      a,
      'robin.reader@icloud.com',
      'Check-up reminder',
      'Your six-month check-up is due in December.\r\n',
      8,
    );
    const out = onTop(
      raw,
      `Received: from ${a.relay.helo} (${a.relay.rdns} [${a.relay.ip}])\r\n\tby mx.icloud.com (Postfix) with ESMTPS id 4Zt103A1bc\r\n\tfor <robin.reader@icloud.com>; ${at(2)}`,
    );
    emit(write, {
      name: 'icloud-forward-signed-reject-to-gmail',
      about: `A dental practice's signed reminder (d=thornbury-dental.example td1, p=reject) to an iCloud address forwarding to Gmail from ${ICLOUD.helo}: the practice's envelope kept and no ARC seal (modelled so; recalled), the signature intact. Gmail records dkim=pass, spf=fail at Apple's address, dmarc=pass. Wanted: authenticated.`,
      reader: 'gmail',
      eml: deliver(out, 'gmail', seen(a, ICLOUD, envOf(a), 'fail')),
      zone: { ...authorZone(a), ...ptr(ICLOUD.ip, ICLOUD.rdns) },
      expect: PASSES,
      twin: true,
    });
  }
}

// --- 5. Fastmail Masked Email forwarded on to Outlook; pobox into Outlook ----------------------------
const FM_OUT: Relay = {
  helo: 'fout-a4-smtp.messagingengine.com',
  rdns: 'fout-a4-smtp.messagingengine.com',
  ip: '103.168.172.147',
};
const FM_ZONE = {
  ...ptr(FM_OUT.ip, FM_OUT.rdns),
  'fm3._domainkey.messagingengine.com': KEY(),
  'fastmail.com': { TXT: ['v=spf1 include:spf.messagingengine.com ?all'] },
  'spf.messagingengine.com': { TXT: ['v=spf1 ip4:103.168.172.0/22 ip4:66.111.4.0/24 ?all'] },
};
const PB: Relay = { helo: 'pb-smtp20.pobox.com', rdns: 'pb-smtp20.pobox.com', ip: '173.228.157.50' };
const PB_ZONE = {
  ...ptr(PB.ip, PB.rdns),
  'pobox.com': { TXT: ['v=spf1 ip4:173.228.157.0/24 ip4:64.147.108.0/24 ~all'] },
  'arc._domainkey.pobox.com': KEY(),
};
async function fastmailAndPobox(write: CaseWriter): Promise<void> {
  for (const signed of [false, true]) {
    const a = signed
      ? author('kelso-cycles.example', 'orders', 'Kelso Cycles', 71, 'reject', 'kc1')
      : author('marlow-theatre.example', 'boxoffice', 'Marlow Theatre', 72, 'reject');
    const mask = 'quiet.heron4721@fastmail.com';
    const raw = await original(
      a,
      mask,
      signed ? 'Your order has shipped' : 'Your tickets for Friday',
      'Thank you for your order.\r\n',
      signed ? 10 : 9,
    );
    const fmIn = 'mx1.messagingengine.com';
    const atFm = onTop(
      raw,
      `Authentication-Results: ${fmIn};\r\n    ${a.selector ? `dkim=pass header.d=${a.d} header.s=${a.selector}` : 'dkim=none'};\r\n    dmarc=pass policy.published-domain-policy=reject header.from=${a.d};\r\n    spf=pass smtp.mailfrom=${envOf(a)} smtp.helo=${a.relay.helo}`,
      `Received: from ${a.relay.helo} (${a.relay.rdns} [${a.relay.ip}])\r\n\tby ${fmIn} (Postfix) with ESMTPS id 4Zt103Fm${signed ? 2 : 1}\r\n\tfor <${mask}>; ${at(2)}`,
    );
    const out = await sealCorpus(atFm, {
      domain: 'messagingengine.com',
      selector: 'fm3',
      cv: 'none',
      authResults: recorded(fmIn, a),
    });
    const srs = `SRS0=h3Kd=TT=${a.d}=${a.local}@fastmail.com`;
    emit(write, {
      name: signed
        ? 'fastmail-masked-email-forward-signed-reject-to-outlook'
        : 'fastmail-masked-email-forward-spf-only-reject-to-outlook',
      about: `${signed ? "A bike shop's signed shipping notice (d=kelso-cycles.example kc1" : "A theatre's unsigned ticket mail (SPF ip4"}, p=reject) to a Fastmail Masked Email address (${mask}) whose account forwards everything to the owner's Microsoft 365 mailbox: Fastmail's mx1 records the pass, seals ARC as messagingengine.com (fm3) and forwards from ${FM_OUT.helo} with an SRS envelope at fastmail.com; EOP records spf=pass for fastmail.com, ${signed ? 'dkim=pass, dmarc=pass' : 'dkim=none, dmarc=fail, compauth=pass reason=130 (ARC)'}. Read in Outlook. Wanted: ${signed ? 'authenticated' : 'unverified (messagingengine.com is a built-in sealer), never spoofed'}.`,
      reader: 'outlook',
      eml: deliver(
        out,
        'outlook',
        seen(a, FM_OUT, srs, 'pass', { sealer: 'messagingengine.com', spfDomain: a.d }),
      ),
      zone: { ...authorZone(a), ...FM_ZONE },
      expect: signed ? PASSES : FORWARDED,
      twin: !signed,
    });
  }
  {
    const a = author(
      'stcuthberts-college.example',
      'registry',
      "St Cuthbert's College Registry",
      73,
      'reject',
    );
    const raw = await original(
      a,
      'j.ellis@pobox.com',
      'Degree certificate dispatched',
      'Your degree certificate was dispatched today.\r\n',
      11,
    );
    const atPb = onTop(
      raw,
      `Received: from pb-smtp20.pobox.com (unknown [127.0.0.1])\r\n\tby pb-smtp20.pobox.com (Postfix) with ESMTP id 1A2B3C103E\r\n\tfor <${READER_RCPT.outlook}>; Fri, 20 Nov 2026 05:00:04 -0500 (EST)`,
      `Authentication-Results: pb-smtp20.pobox.com;\r\n\tdkim=none;\r\n\tspf=pass smtp.mailfrom=${envOf(a)};\r\n\tdmarc=pass (policy=reject) header.from=${a.d}`,
      `Received: from ${a.relay.helo} (${a.relay.rdns} [${a.relay.ip}])\r\n\tby mx.pobox.com (Postfix) with ESMTPS id 9F8E7D103B\r\n\tfor <j.ellis@pobox.com>; Fri, 20 Nov 2026 05:00:03 -0500 (EST)`,
    );
    const out = await sealCorpus(atPb, {
      domain: 'pobox.com',
      selector: 'arc',
      cv: 'none',
      authResults: recorded('pb-smtp20.pobox.com', a),
    });
    const srs = `SRS0=Qw9e=TT=${a.d}=${a.local}@pobox.com`;
    emit(write, {
      name: 'pobox-arc-spf-only-reject-to-outlook',
      about: `A college registry's unsigned notice (SPF ip4, p=reject) to a pobox.com lifetime address forwarded to the graduate's Microsoft 365 mailbox: pobox records the pass, seals ARC as pobox.com (an ARC Community Sealer) and forwards from ${PB.helo} with an SRS envelope at pobox.com; EOP records spf=pass for pobox.com, dmarc=fail, compauth=pass reason=130. Read in Outlook. Wanted: unverified (forwarded-trusted), never spoofed.`,
      reader: 'outlook',
      eml: deliver(out, 'outlook', seen(a, PB, srs, 'pass', { sealer: 'pobox.com', spfDomain: a.d })),
      zone: { ...authorZone(a), ...PB_ZONE },
      expect: FORWARDED,
    });
  }
}

// --- 6. A university alumni forwarder: plain Postfix (no SRS, no ARC), and behind postsrsd -------------
const ALUM: Relay = {
  helo: 'mx1.alumni.ashby-uni.example',
  rdns: 'mx1.alumni.ashby-uni.example',
  ip: '198.51.100.103',
};
const ALUM_ZONE = {
  ...ptr(ALUM.ip, ALUM.rdns),
  'alumni.ashby-uni.example': { TXT: [`v=spf1 ip4:${ALUM.ip} -all`] },
};
async function alumniForwards(write: CaseWriter): Promise<void> {
  const viaAlumni = (a: Author, raw: string) =>
    onTop(
      raw,
      received({
        ...a.relay,
        by: ALUM.helo,
        id: '4Zt103Al1x',
        for: 'r.reader@alumni.ashby-uni.example',
        date: at(2),
      }),
    );
  {
    const a = author('oakridge-vets.example', 'clinic', 'Oakridge Vets', 81, 'none');
    const out = viaAlumni(
      a,
      await original(
        a,
        'r.reader@alumni.ashby-uni.example',
        'Vaccination reminder for Biscuit',
        "Biscuit's booster is due this month.\r\n",
        12,
      ),
    );
    emit(write, {
      name: 'alumni-postfix-no-srs-spf-only-p-none-to-gmail',
      about: `A vet clinic's unsigned reminder (SPF ip4, p=none) to a university alumni alias that a Postfix virtual map forwards to Gmail with the clinic's envelope kept and no ARC: Gmail records spf=fail at the university's address, dmarc=fail under p=none. Wanted: unverified (policy-none: the owner asks nothing of failures), never spoofed or suspicious.`,
      reader: 'gmail',
      eml: deliver(out, 'gmail', seen(a, ALUM, envOf(a), 'fail')),
      zone: { ...authorZone(a), ...ALUM_ZONE },
      expect: { verdict: 'unverified', notVerdict: ['spoofed', 'suspicious'] },
    });
  }
  {
    const a = author('ashby-rugby.example', 'fixtures', 'Ashby Old Boys RFC', 82, 'quarantine');
    const out = viaAlumni(
      a,
      await original(
        a,
        'r.reader@alumni.ashby-uni.example',
        'Fixtures for December',
        'The December fixtures are on the club website.\r\n',
        13,
      ),
    );
    const base = {
      about: `A rugby club's unsigned fixtures mail (SPF ip4, p=quarantine) to a university alumni alias forwarded by a plain Postfix virtual map (no SRS, no ARC) into the reader's own Postfix box: the box records spf=fail at the university's address, dmarc=fail (policy=quarantine). The forwarder proves nothing: what the club sent is told only by the forwarder's own Received line below.`,
      reader: 'box' as Reader,
      eml: deliver(out, 'box', seen(a, ALUM, envOf(a), 'fail')),
      zone: { ...authorZone(a), ...ALUM_ZONE },
    };
    emit(write, {
      ...base,
      name: 'alumni-postfix-no-srs-spf-only-quarantine-to-box',
      about: `${base.about} Read with no option. Wanted: never spoofed; unverified is the honest reading (an untrusted forwarder that seals nothing broke SPF; nothing shows a forgery either).`,
      expect: NOT_SPOOFED,
    });
    emit(write, {
      ...base,
      name: 'alumni-postfix-no-srs-spf-only-quarantine-to-box-trusted',
      about: `${base.about} Read by a user who names the alumni forwarder as part of their mail path (--trust-gateway ${ALUM.helo}, the one option that makes HeaderLens judge the server behind a forwarder that seals nothing): the club's server passes SPF aligned at the address the forwarder recorded. Wanted: authenticated.`,
      extra: ['--trust-gateway', ALUM.helo],
      expect: PASSES,
    });
  }
  {
    const a = author('ferrier-law.example', 'office', 'Ferrier Law', 83, 'reject', 'fl1');
    const raw = await original(
      a,
      'r.reader@alumni.ashby-uni.example',
      'Completion statement',
      'Please find the completion statement on the portal.\r\n',
      14,
    );
    const out = onTop(
      raw,
      received({
        ...a.relay,
        by: ALUM.helo,
        id: '4Zt103Al3x',
        for: 'r.reader@alumni.ashby-uni.example',
        date: at(2),
      }),
    );
    const srs = `SRS0=Xy7q=TT=${a.d}=${a.local}@alumni.ashby-uni.example`;
    emit(write, {
      name: 'alumni-postsrsd-signed-reject-to-outlook',
      about: `A law firm's signed statement (d=ferrier-law.example fl1, p=reject) to the alumni alias, forwarded by Postfix behind postsrsd (SRS0 envelope under alumni.ashby-uni.example, no ARC) into the reader's Microsoft 365 mailbox: EOP records spf=pass for the alumni domain (not aligned), dkim=pass, dmarc=pass. Read in Outlook. Wanted: authenticated.`,
      reader: 'outlook',
      eml: deliver(out, 'outlook', seen(a, ALUM, srs, 'pass')),
      zone: { ...authorZone(a), ...ALUM_ZONE },
      expect: PASSES,
    });
  }
}

// --- 7. Proton Mail forwarding into Gmail --------------------------------------------------------------
const PROTON: Relay = {
  helo: 'mail-4316.protonmail.ch',
  rdns: 'mail-4316.protonmail.ch',
  ip: '185.70.43.16',
};
async function protonForwards(write: CaseWriter): Promise<void> {
  const a = author('harbour-dentistry.example', 'hello', 'Harbour Dentistry', 91, 'quarantine', 'hd1');
  const raw = await original(
    a,
    'robin.reader@proton.me',
    'Treatment plan',
    'Your treatment plan is ready to review.\r\n',
    15,
  );
  const out = onTop(
    raw,
    `Received: from ${a.relay.helo} (${a.relay.rdns} [${a.relay.ip}])\r\n\tby mailin.protonmail.ch with ESMTPS id 4Zt103Pm1x\r\n\tfor <robin.reader@proton.me>; ${at(2)}`,
  );
  const srs = `SRS0=p9Lk=TT=${a.d}=${a.local}@proton.me`;
  emit(write, {
    name: 'proton-forward-signed-quarantine-to-gmail',
    about: `A dental practice's signed plan (d=harbour-dentistry.example hd1, p=quarantine) to a Proton Mail address whose forwarding rule (unencrypted forwarding, 2024) sends it to Gmail from ${PROTON.helo}: an SRS envelope under proton.me (recalled), the signature intact. Gmail records dkim=pass, spf=pass for proton.me, dmarc=pass. Wanted: authenticated.`,
    reader: 'gmail',
    eml: deliver(out, 'gmail', seen(a, PROTON, srs, 'pass')),
    zone: {
      ...authorZone(a),
      ...ptr(PROTON.ip, PROTON.rdns),
      'proton.me': { TXT: ['v=spf1 include:_spf.protonmail.ch ~all'] },
      '_spf.protonmail.ch': { TXT: ['v=spf1 ip4:185.70.40.0/22 ip4:176.119.200.128/25 ~all'] },
      '_dmarc.proton.me': { TXT: ['v=DMARC1; p=quarantine; fo=1; aspf=s; adkim=s;'] },
    },
    expect: PASSES,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await gmailForwards(write);
  await outlookComForwards(write);
  await yahooForwards(write);
  await icloudForwards(write);
  await fastmailAndPobox(write);
  await alumniForwards(write);
  await protonForwards(write);
}
