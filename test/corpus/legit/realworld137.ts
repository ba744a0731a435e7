// Real-world delivery shapes, hundred-and-thirty-seventh round: genuine forwarded and mailing-list
// mail read in Gmail, Yahoo Mail and a self-hosted box (Postfix, OpenDKIM/OpenDMARC, Dovecot LMTP).
// Forwarders: a university alumni address on Postfix virtual aliases with postsrsd (SRS0), a
// department's Exim `.forward` that keeps the original envelope, a Pigeonhole Sieve `redirect` on an
// old employer's box, a Microsoft 365 mailbox forwarding to Gmail whose tenant's disclaimer rule
// broke the author's signature (ARC by microsoft.com), Fastmail alias forwarding (ARC by
// messagingengine.com), Gmail's own forward-to-another-address of an SPF-only sender (ARC by
// google.com). Lists: Mailman 3 with subject tag and footer, DMARC munging off (author at p=none)
// and on (author at p=reject), Sympa's DMARC protection, groups.io's From rewrite, a Discourse
// forum in mailing-list mode. One honest "unverified": an unsealed forwarder that tagged the
// subject of a p=none author's mail (nothing vouches). Attack twins: a spoofer sealing ARC with
// his own "forwarder" domain, a spoofer dressed as a Mailman list (tag, footer, List-Id, a
// signature that never verifies), a spoofer writing Gmail's forwarding envelope and headers.
// Where the layouts were learnt (`search`):
// - postsrsd's envelope `SRS0=<hash>=<tt>=<domain>=<local>@<forwarder>` and a Postfix forwarder's
//   LMTP line: github.com/trusteddomainproject/OpenARC issue #129 (issues corpus: a Postfix box
//   with postsrsd forwarding to Gmail, its Return-Path SRS0=oHsH=3G=…); issue #124 the milter order.
// - Microsoft 365's SRS (`bounces+SRS=…` envelope for mailbox/SMTP forwarding, From unchanged):
//   learn.microsoft.com "Sender Rewriting Scheme (SRS) in Microsoft 365" (pages corpus). Its ARC
//   seal as microsoft.com (selector arcselector10001) and Gmail's `arc=pass (i=1 …)` wording:
//   realworld119 and the Gmail headers quoted in OpenARC issue #119.
// - Mailman 3's DMARC mitigations (munge From, original From in Reply-To/Cc; applied only for
//   p=quarantine/reject authors unless unconditional): docs.mailman3.org "DMARC Mitigations"
//   (docs corpus). Mailman 3's footer ("… mailing list -- list@host / To unsubscribe send an
//   email to list-leave@host") and its X-Mailman-Version 3.3 headers recalled, NOT confirmed.
// - Sympa's "Name via list" From rewrite (dmarc_protection), groups.io's
//   `local=domain@groups.io` rewrite and its Linode outbound range, Discourse's "<user> via
//   <forum>" From, Fastmail's outbound host and ARC selector: recalled, NOT confirmed from real
//   headers in the corpora. iCloud's and Proton's forwarding were NOT modelled (no real headers
//   found for their envelope or seal).
// Names and addresses are documentation ones except Google's, Microsoft's, Fastmail's and
// groups.io's own names and hosts; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import {
  emitCase,
  GMAIL_OUT,
  KEY,
  legitCorpus,
  NOT_TRUSTED,
  ptr,
  type Relay,
  SPOOFED,
  signAll,
} from '../kit';
import { sealCorpus } from '../list-shapes';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { dovecotLmtp, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf, yahooOmega } from '../receivers';
import { probeCorpus } from '../rounds-kit';

const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };
/** A forward a trusted sealer vouched for: never better than unverified, never a warning. */
const FORWARDED: CaseExpectation = { verdict: 'unverified' };
const UNVERIFIED: CaseExpectation = { verdict: 'unverified' };

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

// --- Hosts ------------------------------------------------------------------------------------
const WORKSPACE: Relay = {
  helo: 'mail-yw1-f170.google.com',
  rdns: 'mail-yw1-f170.google.com',
  ip: '209.85.128.170',
};
const ALUMNI: Relay = { helo: 'mx1.alumni.uni.example', rdns: 'mx1.alumni.uni.example', ip: '203.0.113.25' };
const CS: Relay = { helo: 'mail.cs.uni.example', rdns: 'mail.cs.uni.example', ip: '203.0.113.40' };
const OLDJOB: Relay = { helo: 'mail.oldjob.example', rdns: 'mail.oldjob.example', ip: '198.51.100.30' };
const EXO: Relay = {
  helo: 'NAM10-DM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-dm6nam10on2137.outbound.protection.outlook.com',
  ip: '40.107.93.137',
};
const FASTMAIL: Relay = {
  helo: 'fout-a4-smtp.messagingengine.com',
  rdns: 'fout-a4-smtp.messagingengine.com',
  ip: '103.168.172.147',
};
const LISTS: Relay = { helo: 'lists.uni.example', rdns: 'lists.uni.example', ip: '203.0.113.60' };
const SYMPA: Relay = { helo: 'sympa.uni.example', rdns: 'sympa.uni.example', ip: '203.0.113.70' };
const GROUPSIO: Relay = { helo: 'mail02.groups.io', rdns: 'mail02.groups.io', ip: '66.175.222.12' };
const FORUM: Relay = { helo: 'forum.rowing.example', rdns: 'forum.rowing.example', ip: '192.0.2.90' };
const KESTREL: Relay = {
  helo: 'mail.kestrel-joinery.example',
  rdns: 'mail.kestrel-joinery.example',
  ip: '192.0.2.44',
};
const FENWICK: Relay = {
  helo: 'smtp.fenwick-rowing.example',
  rdns: 'smtp.fenwick-rowing.example',
  ip: '192.0.2.80',
};
const ATTACKER = (name: string): Relay => ({ helo: name, rdns: name, ip: '198.51.100.66' });

const HL = 'harbourline.example';
const DANA = `dana.whitfield@${HL}`;
const KESTREL_FROM = 'accounts@kestrel-joinery.example';
const FENWICK_FROM = 'sam.okafor@fenwick-rowing.example';
const BOX = 'mail.reader-home.example';
const GMAIL_RCPT = 'robin.reader@gmail.com';
const BOX_RCPT = `robin@reader-home.example`;

const ZONE = {
  ...ptr(WORKSPACE.ip, WORKSPACE.rdns),
  ...ptr(ALUMNI.ip, ALUMNI.rdns),
  ...ptr(CS.ip, CS.rdns),
  ...ptr(OLDJOB.ip, OLDJOB.rdns),
  ...ptr(EXO.ip, EXO.rdns),
  ...ptr(FASTMAIL.ip, FASTMAIL.rdns),
  ...ptr(LISTS.ip, LISTS.rdns),
  ...ptr(SYMPA.ip, SYMPA.rdns),
  ...ptr(GROUPSIO.ip, GROUPSIO.rdns),
  ...ptr(FORUM.ip, FORUM.rdns),
  ...ptr(KESTREL.ip, KESTREL.rdns),
  ...ptr(FENWICK.ip, FENWICK.rdns),
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  ...ptr('198.51.100.66', 'mx.fwd-relay.example'),
  ...M365_SPF_ZONE,
  ...txt('_spf.google.com', 'v=spf1 ip4:209.85.128.0/17 ip4:35.190.247.0/24 -all'),
  ...txt('gmail.com', 'v=spf1 redirect=_spf.google.com'),
  ...dmarc('gmail.com', 'none'),
  // The author's firm on Google Workspace, its own key, p=reject
  ...txt(HL, 'v=spf1 include:_spf.google.com -all'),
  ...key(HL, 'google'),
  ...dmarc(HL, 'reject'),
  // An SPF-only small firm at p=quarantine; a rowing club signing itself at p=none
  ...txt('kestrel-joinery.example', `v=spf1 ip4:${KESTREL.ip} -all`),
  ...dmarc('kestrel-joinery.example', 'quarantine'),
  ...txt('fenwick-rowing.example', `v=spf1 ip4:${FENWICK.ip} -all`),
  ...key('fenwick-rowing.example', 's1'),
  ...dmarc('fenwick-rowing.example', 'none'),
  // Forwarders
  ...txt('alumni.uni.example', `v=spf1 ip4:${ALUMNI.ip} -all`),
  ...txt('cs.uni.example', `v=spf1 ip4:${CS.ip} -all`),
  ...txt('oldjob.example', `v=spf1 ip4:${OLDJOB.ip} -all`),
  ...txt('alumni-uni.example', 'v=spf1 include:spf.protection.outlook.com -all'),
  ...dmarc('alumni-uni.example', 'reject'),
  ...key('microsoft.com', 'arcselector10001'),
  ...dmarc('microsoft.com', 'reject'),
  ...txt('fastmail.com', 'v=spf1 ip4:103.168.172.0/24 ip4:66.111.4.0/24 -all'),
  ...key('messagingengine.com', 'fm2'),
  ...key('google.com', 'arc-20240605'),
  // Lists
  ...txt('lists.uni.example', `v=spf1 ip4:${LISTS.ip} -all`),
  ...key('lists.uni.example', 'ml'),
  ...txt('sympa.uni.example', `v=spf1 ip4:${SYMPA.ip} -all`),
  ...key('sympa.uni.example', 'sy1'),
  ...dmarc('uni.example', 'quarantine'),
  ...txt('groups.io', 'v=spf1 ip4:66.175.222.0/24 -all'),
  ...key('groups.io', '20240206'),
  ...dmarc('groups.io', 'none'),
  ...txt('forum.rowing.example', `v=spf1 ip4:${FORUM.ip} -all`),
  ...key('forum.rowing.example', 'dc1'),
  ...dmarc('rowing.example', 'reject'),
  // The spoofers' own domains (every check of theirs passes)
  ...txt('fwd-relay.example', 'v=spf1 ip4:198.51.100.66 -all'),
  ...key('fwd-relay.example', 'arc'),
  ...dmarc('fwd-relay.example', 'none'),
  ...txt('lists-uni.example', 'v=spf1 ip4:198.51.100.66 -all'),
};

type Reader = 'gmail' | 'yahoo' | 'box';
const argsFor = (r: Reader) =>
  r === 'gmail' ? ['--webmail', 'gmail'] : r === 'yahoo' ? ['--webmail', 'yahoo'] : ['--authserv-id', BOX];

/** Dana's mail from Google Workspace, signed d=harbourline.example s=google. */
const danaMail = (to: string, subject: string, body: string, n: string) =>
  signAll(
    submitted({
      from: `Dana Whitfield <${DANA}>`,
      to,
      subject,
      date: 'Fri, 20 Nov 2026 09:59:58 +0000',
      messageId: `<CAF137${n}+kq3Zp0w=Hx@mail.gmail.com>`,
      body,
    }),
    [[HL, 'google']],
  );

/** The entry of a first hop into a forwarder or list (its Postfix line). */
const into = (raw: string, from: Relay, by: string, rcpt: string, id: string) =>
  onTop(raw, received({ ...from, by, id, for: rcpt, date: 'Fri, 20 Nov 2026 10:00:00 +0000' }));

interface Final {
  relay: Relay;
  envelope: string;
  /** Gmail's / Yahoo's / the box's results (Gmail and Yahoo folded; the box one per header). */
  results: string[];
  spf: 'pass' | 'softfail' | 'fail';
}

function deliver(raw: string, r: Reader, f: Final, n: string): string {
  if (r === 'gmail')
    return gmailDelivery(raw, {
      relay: f.relay,
      envelope: f.envelope,
      results: f.results.join('\r\n       '),
      ids: [`x137csp${n}pxb`, `a137si${n}qtc.137`],
      spf: f.spf,
      deliveredTo: true,
      to: GMAIL_RCPT,
    });
  if (r === 'yahoo')
    return yahooOmega(
      raw,
      {
        ip: f.relay.ip,
        helo: f.relay.helo,
        envelope: f.envelope,
        spf: `${f.spf} (domain of ${f.envelope.split('@').pop()} ${f.spf === 'pass' ? 'designates' : 'does not designate'} ${f.relay.ip} as permitted sender)`,
        ar: f.results.join('\r\n '),
      },
      { tag: `RW137${n}`, pod: `5f7d9c${n}b-q2xkz`, inner: '10.253.233.86' },
    );
  return onTop(
    raw,
    `Return-Path: <${f.envelope}>`,
    dovecotLmtp(BOX, f.envelope, BOX_RCPT, `kB137${n}dE3fG4hI5jK6lM7n`, 'Fri, 20 Nov 2026 10:00:07 +0000'),
    ...f.results.map((x) => `Authentication-Results: ${BOX};\r\n\t${x}`),
    `Received: from ${f.relay.helo} (${f.relay.rdns} [${f.relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw137${n}a2\r\n\tfor <${BOX_RCPT}>; Fri, 20 Nov 2026 10:00:06 +0000`,
  );
}

const yDkim = (d: string, s: string, res = 'pass') => `dkim=${res} header.i=@${d} header.s=${s};`;
const ySpf = (env: string, res = 'pass') => `spf=${res} smtp.mailfrom=${env.split('@').pop()};`;
const yDmarc = (d: string, p: string, res = 'pass') => `dmarc=${res}(p=${p}) header.from=${d};`;
const bDkim = (d: string, s: string, res = 'pass') =>
  `dkim=${res} (2048-bit key; unprotected) header.d=${d} header.i=@${d} header.a=rsa-sha256 header.s=${s} header.b=Q29ycHVz`;

/** Mailman 3's list headers for `name`@`host` (3.3 layout, recalled). */
const mm3Headers = (name: string, host: string, n: string) => [
  `List-Id: "${name} alumni rowers" <${name}.${host}>`,
  `Archived-At: <https://${host}/archives/list/${name}@${host}/message/Q137${n}ZK4V7XPDL2/>`,
  `List-Archive: <https://${host}/archives/list/${name}@${host}/>`,
  `List-Help: <mailto:${name}-request@${host}?subject=help>`,
  `List-Owner: <mailto:${name}-owner@${host}>`,
  `List-Post: <mailto:${name}@${host}>`,
  `List-Subscribe: <mailto:${name}-join@${host}>`,
  `List-Unsubscribe: <mailto:${name}-leave@${host}>`,
  `X-MailFrom: ${FENWICK_FROM}`,
  `X-Mailman-Version: 3.3.9`,
  'Precedence: list',
];
const mm3Footer = (name: string, host: string) =>
  `_______________________________________________\r\n${name} mailing list -- ${name}@${host}\r\nTo unsubscribe send an email to ${name}-leave@${host}\r\n`;

/** A list's changes: `[tag] ` on Subject, a footer at the end, its headers on top. */
const listChanges = (raw: string, tag: string, footer: string, headers: string[]) =>
  onTop(raw.replace(/\r\nSubject: /, `\r\nSubject: [${tag}] `).replace(/\r\n$/, `\r\n${footer}`), ...headers);

export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

/** Every genuine case, pending ones included (the attack twins are makeTwins'). */
export async function makeAll(write: CaseWriter): Promise<void> {
  return writeCases(write, 'genuine');
}

/** The attack twins, pending ones left out, for an adversarial module (realworld137-twins.ts). */
export async function makeTwins(write: CaseWriter): Promise<void> {
  return probeCorpus((w) => writeCases(w, 'twins'), PENDING_ENGINE_FIX, write);
}

/** The attack twins, pending ones included. */
export async function makeAllTwins(write: CaseWriter): Promise<void> {
  return writeCases(write, 'twins');
}

interface One {
  /** An attack twin: written only by the twins' maker (a legit module holds genuine shapes). */
  attack?: boolean;
  name: string;
  about: string;
  cls: string;
  eml: string;
  args: string[];
  expect: CaseExpectation;
  twin?: boolean;
}
type Mode = 'genuine' | 'twins';
const emit = (write: CaseWriter, mode: Mode, { attack, ...c }: One) => {
  if (Boolean(attack) === (mode === 'twins'))
    emitCase(write, { ...c, zone: ZONE, class: `realworld137-${c.cls}` });
};

async function writeCases(write: CaseWriter, mode: Mode): Promise<void> {
  const regatta =
    'Hello,\r\n\r\nThe regatta boat trailer leaves the boathouse at 07:00 on Saturday. Please confirm your seat by Thursday.\r\n\r\nDana\r\n';

  // ---- 1. Alumni address: Postfix virtual alias with postsrsd, Dana's signature intact ----
  {
    const env = `SRS0=oK3q=TT=${HL}=dana.whitfield@alumni.uni.example`;
    const raw = into(
      await danaMail('robin.reader@alumni.uni.example', 'Regatta trailer, Saturday', regatta, 'a'),
      WORKSPACE,
      ALUMNI.helo,
      'robin.reader@alumni.uni.example',
      '4Q137aXz1',
    );
    emit(write, mode, {
      name: 'realworld137-gmail-alumni-postsrsd-forward-signature-intact',
      cls: 'srs-forward',
      about: `Genuine: Dana (${DANA}, Google Workspace with its own key, p=reject) writes to the reader's alumni address; the university's Postfix (${ALUMNI.rdns}) resolves the virtual alias to Gmail and postsrsd rewrites the envelope to ${env}. No ARC. Gmail: SPF passes for alumni.uni.example, Dana's DKIM verifies (body untouched), DMARC passes. Wanted: authenticated.`,
      eml: deliver(
        raw,
        'gmail',
        {
          relay: ALUMNI,
          envelope: env,
          spf: 'pass',
          results: [gmailDkim(HL, 'google'), gmailSpf(env, ALUMNI.ip), gmailDmarc(HL, 'REJECT')],
        },
        'a',
      ),
      args: argsFor('gmail'),
      expect: PASSES,
      twin: true,
    });
  }

  // ---- 2. Exim .forward without SRS, read in Yahoo ----
  {
    const raw = into(
      await danaMail(
        'robin.reader@cs.uni.example',
        'Seminar slides',
        'Hi Robin,\r\n\r\nSlides from Tuesday are on the shared drive.\r\n\r\nDana\r\n',
        'b',
      ),
      WORKSPACE,
      CS.helo,
      'robin.reader@cs.uni.example',
      '4Q137bXz2',
    );
    emit(write, mode, {
      name: 'realworld137-yahoo-exim-dot-forward-no-srs-signature-intact',
      cls: 'plain-forward',
      about: `Genuine: the reader's old department account's Exim runs a \`.forward\` to Yahoo without rewriting the envelope: Dana's own envelope ${DANA} arrives from ${CS.rdns}, so Yahoo's SPF fails for ${HL}; her DKIM signature verifies and DMARC passes on it. Wanted: authenticated (an SPF fail beside an aligned DKIM pass is a forward, not a spoof).`,
      eml: deliver(
        raw,
        'yahoo',
        {
          relay: CS,
          envelope: DANA,
          spf: 'fail',
          results: [yDkim(HL, 'google'), ySpf(DANA, 'fail'), yDmarc(HL, 'REJECT')],
        },
        'b',
      ),
      args: argsFor('yahoo'),
      expect: PASSES,
    });
  }

  // ---- 3. Sieve redirect on an old employer's box into the reader's own box ----
  {
    const raw = into(
      await danaMail(
        'robin@oldjob.example',
        'Reference letter',
        'Robin,\r\n\r\nThe reference letter is attached as agreed.\r\n\r\nDana\r\n',
        'c',
      ),
      WORKSPACE,
      OLDJOB.helo,
      'robin@oldjob.example',
      '4Q137cXz3',
    );
    emit(write, mode, {
      name: 'realworld137-box-sieve-redirect-keeps-envelope-signature-intact',
      cls: 'plain-forward',
      about: `Genuine: the reader's old employer's Dovecot runs a Pigeonhole Sieve \`redirect "${BOX_RCPT}"\` (envelope kept, the default) into the reader's own Postfix box (${BOX}, OpenDKIM/OpenDMARC, policyd-spf): SPF fails for ${HL} from ${OLDJOB.rdns}, Dana's signature verifies, OpenDMARC records dmarc=pass. --authserv-id ${BOX}. Wanted: authenticated.`,
      eml: deliver(
        raw,
        'box',
        {
          relay: OLDJOB,
          envelope: DANA,
          spf: 'fail',
          results: [
            `dmarc=pass (p=reject dis=none) header.from=${HL}`,
            bDkim(HL, 'google'),
            `spf=fail smtp.mailfrom=${DANA}`,
          ],
        },
        'c',
      ),
      args: argsFor('box'),
      expect: PASSES,
    });
  }

  // ---- 4. Microsoft 365 mailbox forwarding with the tenant's disclaimer; ARC by microsoft.com ----
  const m365Env = `bounces+SRS=Vx7q2=TT=${HL}=dana.whitfield@alumni-uni.example`;
  const m365Forward = async (sealer: string, selector: string, n: string) => {
    const signed = into(
      await danaMail('robin.reader@alumni-uni.example', 'Mentoring evening, 3 December', regatta, n),
      WORKSPACE,
      'DM6NAM10FT027.mail.protection.outlook.com',
      'robin.reader@alumni-uni.example',
      `137${n}Zq`,
    );
    const changed = signed.replace(
      /\r\n$/,
      '\r\n\r\nThis e-mail was forwarded from the alumni office. The alumni office cannot be held responsible for its content.\r\n',
    );
    return sealCorpus(changed, {
      domain: sealer,
      selector,
      cv: 'none',
      authResults: `mx.microsoft.com 1; spf=pass (sender ip is ${WORKSPACE.ip}) smtp.rcpttodomain=alumni-uni.example smtp.mailfrom=${HL}; dmarc=pass (p=reject sp=reject pct=100) action=none header.from=${HL}; dkim=pass (signature was verified) header.d=${HL}; arc=none (0)`,
    });
  };
  emit(write, mode, {
    name: 'realworld137-gmail-m365-forward-disclaimer-arc-microsoft',
    cls: 'm365-forward-arc',
    about: `Genuine: the reader's alumni mailbox (alumni-uni.example, Microsoft 365) forwards to Gmail; the tenant's transport rule appends a disclaimer to mail leaving the organisation, which breaks Dana's body hash. Exchange Online rewrites the envelope (${m365Env}, learn.microsoft.com SRS) and seals ARC i=1 as microsoft.com recording her spf/dkim/dmarc pass. Gmail: arc=pass, dkim=fail, SPF passes for alumni-uni.example, dmarc=fail overridden. Wanted: unverified (forwarded-trusted): Microsoft, a built-in sealer, vouches; nothing of Dana's can be checked now, so "authenticated" would be more than anyone can know.`,
    eml: deliver(
      await m365Forward('microsoft.com', 'arcselector10001', 'd'),
      'gmail',
      {
        relay: EXO,
        envelope: m365Env,
        spf: 'pass',
        results: [
          `arc=pass (i=1 spf=pass spfdomain=${HL} dkim=pass dkdomain=${HL} dmarc=pass fromdomain=${HL});`,
          gmailDkim(HL, 'google', 'fail'),
          gmailSpf(m365Env, EXO.ip),
          gmailDmarc(HL, 'REJECT', 'fail'),
        ],
      },
      'd',
    ),
    args: argsFor('gmail'),
    expect: FORWARDED,
    twin: true,
  });
  {
    const env = `SRS0=Vx7q=TT=${HL}=dana.whitfield@fwd-relay.example`;
    emit(write, mode, {
      attack: true,
      name: 'realworld137-gmail-self-sealed-forwarder-attack-twin',
      cls: 'forwarder-attack-twin',
      about: `Attack twin: the same bytes (disclaimer, Dana's broken signature over new text) from a spoofer's "forwarder" mx.fwd-relay.example, sealed ARC i=1 with his own domain fwd-relay.example recording Dana's pass, SRS-looking envelope ${env} passing SPF for his domain. Gmail: arc=pass (the chain is intact), dkim=fail, dmarc=fail. Wanted: not trusted (an unknown sealer's word excuses nothing: forwarder-unknown at best).`,
      eml: deliver(
        await m365Forward('fwd-relay.example', 'arc', 'e'),
        'gmail',
        {
          relay: ATTACKER('mx.fwd-relay.example'),
          envelope: env,
          spf: 'pass',
          results: [
            `arc=pass (i=1 spf=pass spfdomain=${HL} dkim=pass dkdomain=${HL} dmarc=pass fromdomain=${HL});`,
            gmailDkim(HL, 'google', 'fail'),
            gmailSpf(env, '198.51.100.66'),
            gmailDmarc(HL, 'REJECT', 'fail'),
          ],
        },
        'e',
      ),
      args: argsFor('gmail'),
      expect: NOT_TRUSTED,
    });
  }

  // ---- 5. Fastmail alias forwarding, ARC by messagingengine.com, signature intact ----
  {
    const env = `srs0=Hq2k=TT=${HL}=dana.whitfield@fastmail.com`;
    const raw = await sealCorpus(
      into(
        await danaMail(
          'robin@reader-alias.example',
          'Kit order',
          'Robin,\r\n\r\nKit order closes Friday; sizes to me please.\r\n\r\nDana\r\n',
          'f',
        ),
        WORKSPACE,
        'mx.messagingengine.com',
        'robin@reader-alias.example',
        'Fm137fQ',
      ),
      {
        domain: 'messagingengine.com',
        selector: 'fm2',
        cv: 'none',
        authResults: `mx.messagingengine.com; dkim=pass header.d=${HL} header.s=google; spf=pass smtp.mailfrom=${DANA}; dmarc=pass (p=reject) header.from=${HL}`,
      },
    );
    emit(write, mode, {
      name: 'realworld137-yahoo-fastmail-alias-forward-arc-signature-intact',
      cls: 'fastmail-forward',
      about: `Genuine: the reader's own domain reader-alias.example is hosted at Fastmail, which forwards to Yahoo: SRS envelope ${env} (Fastmail's form recalled, NOT confirmed), sent from ${FASTMAIL.rdns}, ARC i=1 sealed by messagingengine.com (an ARC Community Sealer). Dana's signature is intact. Wanted: authenticated.`,
      eml: deliver(
        raw,
        'yahoo',
        {
          relay: FASTMAIL,
          envelope: env,
          spf: 'pass',
          results: [yDkim(HL, 'google'), ySpf(env), yDmarc(HL, 'REJECT')],
        },
        'f',
      ),
      args: argsFor('yahoo'),
      expect: PASSES,
    });
  }

  // ---- 6. Gmail's own forwarding of an SPF-only sender into the reader's box ----
  const kestrelSubmitted = () =>
    submitted({
      from: `Kestrel Joinery <${KESTREL_FROM}>`,
      to: 'robin.reader.old@gmail.com',
      subject: 'Invoice 2026-137 for the window frames',
      date: 'Fri, 20 Nov 2026 09:59:50 +0000',
      messageId: '<20261120095950.137g@kestrel-joinery.example>',
      body: 'Dear Robin,\r\n\r\nPlease find invoice 2026-137 for the two window frames fitted on 12 November.\r\n\r\nKestrel Joinery\r\n',
    });
  const kestrel = () =>
    onTop(
      kestrelSubmitted(),
      `Received: from ${KESTREL.helo} (${KESTREL.rdns}. [${KESTREL.ip}])\r\n        by mx.google.com with ESMTPS id a137si7gqt.137.2026.11.20.01.59.51\r\n        for <robin.reader.old@gmail.com>; Fri, 20 Nov 2026 01:59:51 -0800 (PST)`,
    );
  {
    const env = `robin.reader.old+caf_=robin=reader-home.example@gmail.com`;
    const raw = await sealCorpus(kestrel(), {
      domain: 'google.com',
      selector: 'arc-20240605',
      cv: 'none',
      authResults: `mx.google.com; spf=pass (google.com: domain of ${KESTREL_FROM} designates ${KESTREL.ip} as permitted sender) smtp.mailfrom=${KESTREL_FROM}; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=kestrel-joinery.example`,
    });
    emit(write, mode, {
      name: 'realworld137-box-gmail-forwarding-spf-only-sender-arc-google',
      cls: 'gmail-forward-arc',
      about: `Genuine: a joiner's own server (kestrel-joinery.example, SPF only, no DKIM, p=quarantine) sends an invoice to the reader's old Gmail address, which forwards to the reader's own box: envelope ${env} (Gmail's +caf_ form, list-shapes.ts), from ${GMAIL_OUT.rdns}, ARC i=1 by google.com recording spf=pass and dmarc=pass. The box: SPF passes only for gmail.com, no signature, OpenDMARC dmarc=fail, OpenARC arc=pass. Wanted: unverified (forwarded-trusted): Google, a built-in sealer, saw the joiner's SPF pass; nothing of the joiner's survives to check now.`,
      eml: deliver(
        raw,
        'box',
        {
          relay: GMAIL_OUT,
          envelope: env,
          spf: 'pass',
          results: [
            'arc=pass smtp.remote-ip=209.85.220.41',
            'dmarc=fail (p=quarantine dis=none) header.from=kestrel-joinery.example',
            `spf=pass smtp.mailfrom=${env}`,
          ],
        },
        'g',
      ),
      args: argsFor('box'),
      expect: FORWARDED,
    });
  }
  {
    const env = `robin.reader.old+caf_=robin=reader-home.example@gmail.com`;
    const raw = onTop(
      kestrelSubmitted().replace(
        'Please find invoice',
        'Our bank has changed: pay to IBAN XX00 0000 0000 1370 only. Please find invoice',
      ),
      'X-Forwarded-To: robin@reader-home.example',
      'X-Forwarded-For: robin.reader.old@gmail.com robin@reader-home.example',
      `Received: from ${KESTREL.helo} (${KESTREL.rdns}. [${KESTREL.ip}])\r\n        by mx.google.com with ESMTPS id a137si8gqt.137.2026.11.20.01.59.51\r\n        for <robin.reader.old@gmail.com>; Fri, 20 Nov 2026 01:59:51 -0800 (PST)`,
    );
    emit(write, mode, {
      attack: true,
      name: 'realworld137-box-fake-gmail-forward-no-seal-attack-twin',
      cls: 'gmail-forward-attack-twin',
      about: `Attack twin: a spoofer writes the joiner's invoice with new bank details and dresses it as Gmail's forward: envelope ${env}, X-Forwarded-For/-To, a forged mx.google.com Received line, but no ARC seal (he cannot seal as google.com) and sent from his own server mx.fwd-relay.example. The box: SPF fails for gmail.com, no signature, dmarc=fail (p=quarantine). Wanted: spoofed.`,
      eml: deliver(
        raw,
        'box',
        {
          relay: ATTACKER('mx.fwd-relay.example'),
          envelope: env,
          spf: 'fail',
          results: [
            'dmarc=fail (p=quarantine dis=quarantine) header.from=kestrel-joinery.example',
            `spf=softfail smtp.mailfrom=${env}`,
          ],
        },
        'h',
      ),
      args: argsFor('box'),
      expect: SPOOFED,
    });
  }

  // ---- 7. Mailman 3, munging off (author at p=none), tag and footer ----
  const samPost = (n: string) =>
    signAll(
      submitted({
        from: `Sam Okafor <${FENWICK_FROM}>`,
        to: 'alumni-rowing@lists.uni.example',
        subject: 'Erg challenge results',
        date: 'Fri, 20 Nov 2026 09:59:40 +0000',
        messageId: `<137${n}.erg@fenwick-rowing.example>`,
        body: 'Hi all,\r\n\r\nNovember erg challenge: 412 km rowed between us. Thanks everyone.\r\n\r\nSam\r\n',
      }),
      [['fenwick-rowing.example', 's1']],
    );
  const mm3 = async (n: string) =>
    signAll(
      listChanges(
        into(await samPost(n), FENWICK, LISTS.helo, 'alumni-rowing@lists.uni.example', `4Q137${n}L`),
        'Alumni-Rowing',
        mm3Footer('alumni-rowing', 'lists.uni.example'),
        mm3Headers('alumni-rowing', 'lists.uni.example', n),
      ),
      [['lists.uni.example', 'ml']],
      ['from', 'to', 'subject', 'date', 'message-id', 'list-id', 'list-post'],
    );
  {
    const env = 'alumni-rowing-bounces+robin.reader=gmail.com@lists.uni.example';
    emit(write, mode, {
      name: 'realworld137-gmail-mailman3-tag-footer-author-p-none',
      cls: 'mailman3-no-munge',
      about: `Genuine: Sam (${FENWICK_FROM}, signs with his club's key, p=none) posts to a Mailman 3 list at lists.uni.example, which adds "[Alumni-Rowing]" and its footer and does not munge From (Mailman 3 munges only for p=quarantine/reject authors: docs.mailman3.org "DMARC Mitigations"); the list host signs d=lists.uni.example; no ARC. Gmail: Sam's signature fails, the list's passes (unaligned), SPF passes for the list, dmarc=fail (p=NONE). Wanted: unverified: the list's changes undone, Sam's signature verifies (changed-by-list), and his policy asks nothing anyway.`,
      eml: deliver(
        await mm3('i'),
        'gmail',
        {
          relay: LISTS,
          envelope: env,
          spf: 'pass',
          results: [
            gmailDkim('fenwick-rowing.example', 's1', 'fail'),
            gmailDkim('lists.uni.example', 'ml'),
            gmailSpf(env, LISTS.ip),
            gmailDmarc('fenwick-rowing.example', 'NONE', 'fail'),
          ],
        },
        'i',
      ),
      args: argsFor('gmail'),
      expect: UNVERIFIED,
      twin: true,
    });
  }

  // ---- 8. Unsealed forwarder that tagged the subject, author at p=none: nothing vouches ----
  {
    const env = `SRS0=Tg9e=TT=fenwick-rowing.example=sam.okafor@alumni.uni.example`;
    const raw = into(
      await samPost('j'),
      FENWICK,
      ALUMNI.helo,
      'robin.reader@alumni.uni.example',
      '4Q137jXz9',
    ).replace(/\r\nSubject: /, '\r\nSubject: [EXTERNAL] ');
    emit(write, mode, {
      name: 'realworld137-yahoo-unsealed-forwarder-tagged-subject-author-p-none',
      cls: 'broken-forward-p-none',
      about: `Genuine, and honestly unverified: Sam's post (p=none, signed by his club) reaches the reader's alumni address, whose Postfix tags the subject "[EXTERNAL] " before forwarding to Yahoo with postsrsd (${env}); it seals nothing. Yahoo: Sam's signature fails (the signed Subject changed), SPF passes only for alumni.uni.example, dmarc=fail (p=NONE). Nothing vouches for Sam any more; his p=none asks receivers to do nothing. Wanted: unverified (policy-none), never spoofed: nobody can tell this from a forgery, and "unverified" says exactly that.`,
      eml: deliver(
        raw,
        'yahoo',
        {
          relay: ALUMNI,
          envelope: env,
          spf: 'pass',
          results: [
            yDkim('fenwick-rowing.example', 's1', 'perm_fail'),
            ySpf(env),
            yDmarc('fenwick-rowing.example', 'NONE', 'fail'),
          ],
        },
        'j',
      ),
      args: argsFor('yahoo'),
      expect: UNVERIFIED,
    });
  }

  // ---- 9. Mailman 3, munging on (Dana at p=reject) ----
  {
    const env = 'alumni-rowing-bounces+robin=reader-home.example@lists.uni.example';
    const post = into(
      await danaMail('alumni-rowing@lists.uni.example', 'Boathouse key rota', regatta, 'k'),
      WORKSPACE,
      LISTS.helo,
      'alumni-rowing@lists.uni.example',
      '4Q137kL',
    )
      .replace(
        `From: Dana Whitfield <${DANA}>`,
        'From: Dana Whitfield via Alumni-Rowing <alumni-rowing@lists.uni.example>',
      )
      .replace(/\r\nMIME-Version: /, `\r\nReply-To: Dana Whitfield <${DANA}>\r\nMIME-Version: `);
    const raw = await signAll(
      listChanges(
        post,
        'Alumni-Rowing',
        mm3Footer('alumni-rowing', 'lists.uni.example'),
        mm3Headers('alumni-rowing', 'lists.uni.example', 'k').map((h) =>
          h.startsWith('X-MailFrom') ? `X-MailFrom: ${DANA}` : h,
        ),
      ),
      [['lists.uni.example', 'ml']],
    );
    emit(write, mode, {
      name: 'realworld137-box-mailman3-munged-from-author-p-reject',
      cls: 'mailman3-munge',
      about: `Genuine: Dana (p=reject) posts to the same Mailman 3 list, which munges From to "Dana Whitfield via Alumni-Rowing" <alumni-rowing@lists.uni.example>, puts her in Reply-To (docs.mailman3.org), tags and footers, and its host signs d=lists.uni.example (uni.example p=quarantine). Into the reader's box: SPF and DKIM pass for the list, dmarc=pass for uni.example. --authserv-id ${BOX}. Wanted: authenticated (the list is who the From says).`,
      eml: deliver(
        raw,
        'box',
        {
          relay: LISTS,
          envelope: env,
          spf: 'pass',
          results: [
            'dmarc=pass (p=quarantine dis=none) header.from=lists.uni.example',
            bDkim('lists.uni.example', 'ml'),
            `spf=pass smtp.mailfrom=${env}`,
          ],
        },
        'k',
      ),
      args: argsFor('box'),
      expect: PASSES,
    });
  }

  // ---- 10. A spoofer dressed as the Mailman 3 list ----
  {
    const env = 'alumni-rowing-bounces+robin.reader=gmail.com@lists-uni.example';
    const genuine = await danaMail('alumni-rowing@lists.uni.example', 'Boathouse key rota', regatta, 'l');
    const forged = genuine.replace(
      'The regatta boat trailer leaves the boathouse at 07:00 on Saturday. Please confirm your seat by Thursday.',
      'Boathouse fees for 2027 are due now: pay by card at https://lists-uni.example/alumni-rowing/pay before Friday.',
    );
    const raw = listChanges(
      into(
        forged,
        ATTACKER('mx.lists-uni.example'),
        'mx.lists-uni.example',
        'alumni-rowing@lists.uni.example',
        '4Q137lL',
      ),
      'Alumni-Rowing',
      mm3Footer('alumni-rowing', 'lists.uni.example'),
      mm3Headers('alumni-rowing', 'lists.uni.example', 'l').map((h) =>
        h.startsWith('X-MailFrom') ? `X-MailFrom: ${DANA}` : h,
      ),
    );
    emit(write, mode, {
      attack: true,
      name: 'realworld137-gmail-fake-mailman3-list-replayed-signature-attack-twin',
      cls: 'mailman3-attack-twin',
      about: `Attack twin: a spoofer takes Dana's genuine signed post (she is on the list), swaps in a fee-payment link, and dresses it as the Mailman 3 list: "[Alumni-Rowing]" tag, Mailman 3's footer, its List-Id/List-Post naming lists.uni.example, envelope ${env} at his look-alike lists-uni.example (SPF passes there), sent from his own server. Gmail: Dana's signature fails on its body hash, dmarc=fail (p=REJECT). Wanted: spoofed (undoing the tag and footer leaves a body her signature does not cover).`,
      eml: deliver(
        raw,
        'gmail',
        {
          relay: ATTACKER('mx.lists-uni.example'),
          envelope: env,
          spf: 'pass',
          results: [
            gmailDkim(HL, 'google', 'fail'),
            gmailSpf(env, '198.51.100.66'),
            gmailDmarc(HL, 'REJECT', 'fail'),
          ],
        },
        'l',
      ),
      args: argsFor('gmail'),
      expect: SPOOFED,
    });
  }

  // ---- 11. Sympa with DMARC protection, into Yahoo ----
  {
    const env = 'rowing-owner@sympa.uni.example';
    const post = into(
      await danaMail('rowing@sympa.uni.example', 'Coaching course dates', regatta, 'm'),
      WORKSPACE,
      SYMPA.helo,
      'rowing@sympa.uni.example',
      '4Q137mS',
    )
      .replace(`From: Dana Whitfield <${DANA}>`, '"Dana Whitfield via rowing" <rowing@sympa.uni.example>')
      .replace('"Dana Whitfield via rowing"', 'From: "Dana Whitfield via rowing"')
      .replace(/\r\nMIME-Version: /, `\r\nReply-To: Dana Whitfield <${DANA}>\r\nMIME-Version: `);
    const raw = await signAll(
      onTop(
        post,
        'List-Id: <rowing.sympa.uni.example>',
        'List-Post: <mailto:rowing@sympa.uni.example>',
        'List-Unsubscribe: <mailto:sympa@sympa.uni.example?subject=unsubscribe%20rowing>',
        'X-Loop: rowing@sympa.uni.example',
        'X-Sympa-To: rowing@sympa.uni.example',
        'Precedence: list',
      ),
      [['sympa.uni.example', 'sy1']],
    );
    emit(write, mode, {
      name: 'realworld137-yahoo-sympa-dmarc-protection-from-rewritten',
      cls: 'sympa-munge',
      about: `Genuine: Dana (p=reject) posts to a Sympa list whose dmarc_protection rewrites From to "Dana Whitfield via rowing" <rowing@sympa.uni.example> (layout recalled, NOT confirmed), envelope ${env}, signed d=sympa.uni.example. Yahoo: DKIM and SPF pass for the list host, dmarc=pass for uni.example. Wanted: authenticated.`,
      eml: deliver(
        raw,
        'yahoo',
        {
          relay: SYMPA,
          envelope: env,
          spf: 'pass',
          results: [yDkim('sympa.uni.example', 'sy1'), ySpf(env), yDmarc('sympa.uni.example', 'QUARANTINE')],
        },
        'm',
      ),
      args: argsFor('yahoo'),
      expect: PASSES,
    });
  }

  // ---- 12. groups.io rewrite, into Gmail ----
  {
    const env = 'bounce+37d1c2+137+4471902+9012345@groups.io';
    const post = into(
      await danaMail('main@rowing-alumni.groups.io', 'Lost and found: blue kit bag', regatta, 'n'),
      WORKSPACE,
      GROUPSIO.helo,
      'main@rowing-alumni.groups.io',
      '4Q137nG',
    ).replace(
      `From: Dana Whitfield <${DANA}>`,
      `From: "Dana Whitfield via groups.io" <dana.whitfield=${HL}@groups.io>`,
    );
    const raw = await signAll(
      onTop(
        post,
        'Sender: main@rowing-alumni.groups.io',
        'List-Id: <main.rowing-alumni.groups.io>',
        'List-Post: <mailto:main@rowing-alumni.groups.io>',
        'List-Unsubscribe: <mailto:main+unsubscribe@rowing-alumni.groups.io>',
        'Mailing-List: list main@rowing-alumni.groups.io; contact main+owner@rowing-alumni.groups.io',
        'Precedence: Bulk',
        `Reply-To: main@rowing-alumni.groups.io`,
      ),
      [['groups.io', '20240206']],
    );
    emit(write, mode, {
      name: 'realworld137-gmail-groups-io-from-rewritten',
      cls: 'groupsio-munge',
      about: `Genuine: Dana (p=reject) posts to a groups.io group; groups.io rewrites From to "Dana Whitfield via groups.io" <dana.whitfield=${HL}@groups.io>, signs d=groups.io and sends from its own host (range and selector recalled, NOT confirmed). Gmail: DKIM and SPF pass for groups.io, dmarc=pass. Wanted: authenticated.`,
      eml: deliver(
        raw,
        'gmail',
        {
          relay: GROUPSIO,
          envelope: env,
          spf: 'pass',
          results: [
            gmailDkim('groups.io', '20240206'),
            gmailSpf(env, GROUPSIO.ip),
            gmailDmarc('groups.io', 'NONE'),
          ],
        },
        'n',
      ),
      args: argsFor('gmail'),
      expect: PASSES,
    });
  }

  // ---- 13. Discourse in mailing-list mode, into the box ----
  {
    const env = 'reply+137o9f2c@forum.rowing.example';
    const raw = await signAll(
      submitted({
        from: '"dana_w via Rowing Alumni Forum" <forum@forum.rowing.example>',
        to: 'robin@reader-home.example',
        subject: '[Rowing Alumni Forum] [Regattas] Trailer seats for Saturday',
        date: 'Fri, 20 Nov 2026 10:00:00 +0000',
        messageId: '<discourse/post/137o@forum.rowing.example>',
        extraHeaders: [
          'Reply-To: "Rowing Alumni Forum" <reply+137o9f2c@forum.rowing.example>',
          'List-Unsubscribe: <https://forum.rowing.example/email/unsubscribe/137o>',
          'List-ID: Rowing Alumni Forum | Regattas <regattas.forum.rowing.example>',
          'List-Archive: https://forum.rowing.example/t/trailer-seats/137',
          'Precedence: list',
          'Auto-Submitted: auto-generated',
        ],
        body: `${regatta}\r\n---\r\nVisit Topic: https://forum.rowing.example/t/trailer-seats/137\r\n`,
      }),
      [['forum.rowing.example', 'dc1']],
    );
    emit(write, mode, {
      name: 'realworld137-box-discourse-mailing-list-mode',
      cls: 'discourse',
      about: `Genuine: the rowing club's self-hosted Discourse in mailing-list mode sends Dana's forum post as "dana_w via Rowing Alumni Forum" <forum@forum.rowing.example> (layout recalled, NOT confirmed), envelope ${env}, signed d=forum.rowing.example (rowing.example p=reject). The box: every pass. Wanted: authenticated.`,
      eml: deliver(
        raw,
        'box',
        {
          relay: FORUM,
          envelope: env,
          spf: 'pass',
          results: [
            'dmarc=pass (p=reject dis=none) header.from=forum.rowing.example',
            bDkim('forum.rowing.example', 'dc1'),
            `spf=pass smtp.mailfrom=${env}`,
          ],
        },
        'o',
      ),
      args: argsFor('box'),
      expect: PASSES,
    });
  }
}
