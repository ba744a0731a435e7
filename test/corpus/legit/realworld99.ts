// Real-world delivery shapes, ninety-ninth round: small senders on shared hosting and hosted mail
// services the corpus did not cover yet (HostGator cPanel/Exim through websitewelcome.com's
// gateways, a cPanel VPS with a generic Unified Layer PTR, Namecheap Private Email, Rackspace
// Email, Titan Email, Alibaba Mail, AT&T's sbcglobal.net on Yahoo's servers, Salesforce Marketing
// Cloud with and without its Sender Authentication Package), each delivered into two of Gmail,
// Outlook (EOP), Yahoo and a self-hosted box, online (the senders' DNS served). Genuine mail must
// never read spoofed; a hosted-server note on shared hosting is fine where the verdict stays one a
// reader accepts (each case's `about` says which).
// Layouts learnt with `search` (find_string over public list archives, the lfdr.de and gmane
// copies of vger.kernel.org, lists.ettus.com, linux-speakup.org and bufferbloat.net posts):
// - HostGator: "Received: from [client] … by gator4166.hostgator.com with esmtpa (Exim 4.92)", the
//   cPanel DKIM (s=default, d=the customer's domain) right above it, "by cmsmtp with SMTP" from
//   the gator host, cm11.websitewelcome.com [100.42.49.5] to gateway21.websitewelcome.com
//   [192.185.45.147] (Postfix), X-AntiAbuse / X-Source-Auth rows at the bottom (a netdev post,
//   2019); SPF records `v=spf1 +a +mx +ip4:50.87.144.47 +include:websitewelcome.com ~all` with no
//   DMARC, from public DNS notes in repositories (find_string "include:websitewelcome.com").
// - Namecheap Private Email: "by mta-09.privateemail.com (Postfix) with ESMTPA", DKIM s=default
//   d=customer, handed over from out-10.pe-a.jellyfish.systems [198.54.127.74] (2025) or
//   h5.fbrelay.privateemail.com [162.0.218.228]; a Halon receiver writing "MTA-13-3.privateemail.com
//   (unknown [198.54.118.204])"; customers' SPF include:spf.privateemail.com (Namecheap KB 1262).
// - Rackspace Email: "by smtp23.relay.iad3a.emailsrvr.com (Authenticated sender: x-AT-y) with
//   ESMTPSA", X-Auth-ID, date-based selectors (s=20221208-6x11dpa4), handed over from
//   smtp66.iad3a.emailsrvr.com [173.203.187.66].
// - Titan: "by smtp-out.flockmail.com (Postfix) with ESMTPA", X-AuthUser, Feedback-ID
//   ":user:domain:flockmailId", s=titan1 signatures both as the customer's domain and as
//   t39smtp-sign001.email, handed over from mail63.out.titan.email [34.202.218.147] (Amazon).
// - Alibaba Mail: X-Alimail-AntiSpam, "Received: from <ip>(mailfrom:x fp:SMTPD_---…) by
//   smtp.aliyun-inc.com", out30-98.freemail.mail.aliyun.com [115.124.30.98].
// - AT&T (sbcglobal.net on Yahoo): "Received: by smtp414.mail.ne1.yahoo.com (Oath Hermes SMTP
//   Server) with ESMTPA", "from sonic.gate.mail.ne1.yahoo.com by sonic314.consmr… with HTTP",
//   DKIM d=sbcglobal.net s=s2048, X-YMail-OSG, handed over from sonic314-23.consmr.mail.ne1.yahoo.com
//   [66.163.189.149] (lists.ettus.com, 2019).
// - Salesforce Marketing Cloud: "by db229.mta.exacttarget.com id h3hth42fmd4p for <…>
//   (envelope-from <bounce-648_HTML-…@bounce.s7.exacttarget.com>)", from db229.mta.exacttarget.com
//   [13.111.0.229] into Gmail (a Gmail-scanning project's test notes); SAP senders' PTRs and
//   bounce domains under their own subdomain (reply.s50.exacttarget.com, ej27.mta.exacttarget.com
//   PTRs in public recon notes). The platform's own signature without SAP is modelled as
//   d=s7.exacttarget.com s=200608: no public copy of it was found.
// The providers' SPF ranges are served narrowed to the relays named above (the live records were
// not read here); every DKIM key is the corpus test key. Receivers as receivers.ts.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { emitCase, KEY, legitCorpus, OUTLOOK, ptr, type Relay, SIGNED_NO_REPLY_TO } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { eopDelivery, gmailDelivery, gmailDkim, gmailSpf, yahooDelivery } from '../receivers';

/** Aligned DKIM (and DMARC where published) pass: authenticated. */
const PASSES: CaseExpectation = { verdict: 'authenticated' };
/** Genuine mail whose only proof is a shared include, or DMARC failing at p=none: no warning. */
const NOT_WARNED: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['spoofed', 'suspicious'],
};

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule, the fix.
 */
// Fixed at 19:03 on 2026-12-05 (lib/relay/providers-esp.ts EMAIL_PROVIDERS, lib/findings/auth-state.ts
// SHARED_PLATFORMS): hosted mail services' own relays are known by their forward-confirmed names
// (Rackspace Email smtpN.<dc>.emailsrvr.com, Namecheap Private Email out-N.pe-x.jellyfish.systems
// and hN.fbrelay.privateemail.com, Titan mailN.out.titan.email, Alibaba Mail
// outNN-NN.freemail.mail.aliyun.com, HostGator's gatewayN.websitewelcome.com counted only beside an
// aligned signature), and their includes are shared platforms: the signed deliveries read
// authenticated, or unverified where the domain publishes no DMARC record (the helper expected
// authenticated there; with no record HeaderLens reads unverified for every domain, so those
// expectations were changed to "no warning"), Titan's platform-signed mail unverified.
// Kept out by choice (the lead, 19:03 on 2026-12-05):
// - HostGator unsigned through the shared gateway: the gateways carry every cPanel customer's PHP
//   mail under any envelope, so without an aligned signature the relay stays what its network says,
//   a hosted server (suspicious), as OVH's do (probe10-shared-spf-ovh-web-hosting-include).
// - Private Email's PTR-less relay: no name to confirm, so nothing tells it from a VM rented in
//   Namecheap's network (suspicious: hosted-server-relay medium).
// - A firm's own cPanel VPS with a generic PTR and its address in its own SPF, no DMARC: a rented
//   server's address in a record is passed by whoever holds it next, and only the IP's holder sets
//   a PTR under the firm's name (lib/findings/hosted-server.ts ownServerEvidence); the bundled
//   ASN data (@ip-location-db/asn) places 50.87.144.47 in AS 31898 (Oracle), which is what is shown.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'realworld99-box-hostgator-cpanel-dental-unsigned-shared-include',
  'realworld99-gmail-hostgator-cpanel-dental-unsigned-shared-include',
  'realworld99-box-namecheap-private-email-ptrless-relay',
  'realworld99-outlook-namecheap-private-email-ptrless-relay',
  'realworld99-gmail-unifiedlayer-vps-generic-ptr-own-ip-in-spf',
  'realworld99-yahoo-unifiedlayer-vps-generic-ptr-own-ip-in-spf',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const TW = 'tidewater.example';
const BOX = `mail.${TW}`;
const READER = `morgan.lee@${TW}`;
const GMAIL = ['--webmail', 'gmail'];
const YAHOO = ['--webmail', 'yahoo'];
const SELF = ['--webmail', 'none', '--authserv-id', BOX];
const at = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;
const relay = (host: string, ip: string, rdns = host): Relay => ({ helo: host, rdns, ip });

type Reader = 'gmail' | 'outlook' | 'yahoo' | 'box';
const READER_ARGS: Record<Reader, string[]> = { gmail: GMAIL, outlook: OUTLOOK, yahoo: YAHOO, box: SELF };
const READER_TO: Record<Reader, string> = {
  gmail: 'robin.reader@gmail.com',
  outlook: READER,
  yahoo: 'robin.reader@yahoo.com',
  box: READER,
};

/** What the reader's provider found, in the words each one writes. */
interface Found {
  spf: 'pass' | 'softfail' | 'none';
  /** The passing signatures (domain, selector). */
  dkim: Array<[string, string]>;
  /** DMARC: the From domain's policy (null: no record) and the result. */
  dmarc: { policy: 'none' | 'quarantine' | 'reject' | null; result: 'pass' | 'fail' | 'none' };
}

interface Sender {
  /** Slug for the case names. */
  slug: string;
  story: string;
  from: string;
  envelope: string;
  /** The signed message with the sender's own hops, for the recipient `to`. */
  build: (to: string) => Promise<string>;
  /** The host that hands the message to the reader's provider. */
  relay: Relay;
  zone: Record<string, unknown>;
  found: Found;
  deliveries: Array<{ reader: Reader; expect: CaseExpectation; wanted: string; twin?: boolean }>;
}

const fromDomain = (from: string) => from.replace(/^.*@/, '').replace(/>.*$/, '');
const envDomain = (env: string) => env.replace(/^.*@/, '');

function deliver(s: Sender, reader: Reader, raw: string, n: number): string {
  const f = s.found;
  const from = fromDomain(s.from);
  const r = s.relay;
  if (reader === 'gmail') {
    const dmarc =
      f.dmarc.policy === null
        ? ''
        : `\r\n       dmarc=${f.dmarc.result} (p=${f.dmarc.policy.toUpperCase()} sp=${f.dmarc.policy.toUpperCase()} dis=NONE) header.from=${from}`;
    return gmailDelivery(raw, {
      relay: r,
      envelope: s.envelope,
      ids: [`x99csp${n}40pxa`, `a99si${n}401qtb.99`],
      spf: f.spf === 'none' ? undefined : f.spf,
      deliveredTo: true,
      results: `${f.dkim.map(([d, sel]) => gmailDkim(d, sel)).join('\r\n       ')}${f.dkim.length ? '\r\n       ' : ''}${gmailSpf(s.envelope, r.ip, f.spf)}${dmarc}`,
    });
  }
  if (reader === 'outlook') {
    const dkim = f.dkim.length
      ? `dkim=pass (signature was verified)\r\n header.d=${f.dkim[0]?.[0]}`
      : 'dkim=none (message not signed)\r\n header.d=none';
    const action = 'none';
    const compauth =
      f.dmarc.result === 'pass'
        ? 'pass reason=100'
        : f.dmarc.result === 'none'
          ? 'pass reason=109'
          : 'softpass reason=201';
    const mailfrom = envDomain(s.envelope);
    return eopDelivery(raw, {
      ip: r.ip,
      helo: r.helo,
      returnPath: `<${s.envelope}>`,
      ar: `spf=${f.spf} (sender IP is ${r.ip})\r\n smtp.mailfrom=${mailfrom}; ${dkim};dmarc=${f.dmarc.result} action=${action}\r\n header.from=${from};compauth=${compauth}`,
      spf: `${f.spf === 'pass' ? 'Pass' : 'SoftFail'} (protection.outlook.com: domain of ${mailfrom} ${f.spf === 'pass' ? 'designates' : 'does not designate'}\r\n ${r.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${r.ip}; helo=${r.helo}; pr=C`,
    });
  }
  const dkimLines = f.dkim.map(([d, sel]) => `dkim=pass header.i=@${d} header.s=${sel};`);
  if (reader === 'yahoo') {
    return yahooDelivery(raw, {
      relay: r,
      envelope: s.envelope,
      results: `${dkimLines.join('\r\n ')}${dkimLines.length ? '\r\n ' : ''}spf=${f.spf} smtp.mailfrom=${envDomain(s.envelope)};\r\n dmarc=${f.dmarc.result}${f.dmarc.policy ? `(p=${f.dmarc.policy.toUpperCase()})` : ''} header.from=${from};`,
    });
  }
  const boxDkim = f.dkim
    .map(([d, sel]) => `\r\n\tdkim=pass (2048-bit key) header.d=${d} header.s=${sel};`)
    .join('');
  return onTop(
    raw,
    `Authentication-Results: ${BOX};${boxDkim}\r\n\tspf=${f.spf} smtp.mailfrom=${s.envelope};\r\n\tdmarc=${f.dmarc.result}${f.dmarc.policy ? ` (p=${f.dmarc.policy} dis=none)` : ''} header.from=${from}`,
    `Received: from ${r.helo} (${r.rdns === '' ? 'unknown' : r.rdns} [${r.ip}])\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zx99B${n}a0${n}\r\n\tfor <${READER}>; ${at(5)}`,
  );
}

const mail = (from: string, to: string, subject: string, body: string, id: string, extra: string[] = []) =>
  submitted({ from, to, subject, date: at(0), messageId: `<${id}>`, body, extraHeaders: extra });
const sign = (raw: string, domain: string, selector: string) =>
  signCorpus(raw, { domain, selector, headerList: SIGNED_NO_REPLY_TO });

// --- HostGator: a dental practice on cPanel, SPF +a +mx +include:websitewelcome.com, no DMARC ----
const LD = 'larkspur-dental.example';
const GATEWAY = relay('gateway21.websitewelcome.com', '192.185.45.147');
const WEBSITEWELCOME_SPF = {
  'websitewelcome.com': {
    TXT: ['v=spf1 ip4:192.185.0.0/16 ip4:108.167.128.0/18 ip4:50.87.0.0/16 ip4:162.241.0.0/16 ~all'],
  },
};
const antiAbuse = (host: string, domain: string, user: string) => [
  'X-AntiAbuse: This header was added to track abuse, please include it with any abuse report',
  `X-AntiAbuse: Primary Hostname - ${host}`,
  'X-AntiAbuse: Original Domain - reader.example',
  'X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]',
  `X-AntiAbuse: Sender Address Domain - ${domain}`,
  'X-BWhitelist: no',
  'X-Source-IP: 203.0.113.45',
  `X-Source-Auth: ${user}@${domain}`,
  'X-Email-Count: 3',
  'X-Local-Domain: yes',
];
async function hostgatorBuild(to: string, signed: boolean): Promise<string> {
  let raw = mail(
    `Larkspur Dental <office@${LD}>`,
    to,
    'Appointment reminder: Tuesday 24 November, 9:30',
    'Hello,\r\n\r\nthis is a reminder of your check-up on Tuesday at 9:30. Reply to reschedule.\r\n\r\nLarkspur Dental\r\n',
    `7f3c99a1-hg@${LD}`,
    antiAbuse('gator4166.hostgator.com', LD, 'office'),
  );
  raw = onTop(
    raw,
    `Received: from [203.0.113.45] (port=59520 helo=[192.168.1.20])\r\n\tby gator4166.hostgator.com with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\r\n\t(Exim 4.96.2)\r\n\t(envelope-from <office@${LD}>)\r\n\tid 1tQx9a-000tYi-Gi;\r\n\tFri, 20 Nov 2026 04:00:01 -0600`,
  );
  if (signed) raw = await sign(raw, LD, 'default');
  return onTop(
    raw,
    `Received: from cm11.websitewelcome.com (cm11.websitewelcome.com [100.42.49.5])\r\n\tby ${GATEWAY.helo} (Postfix) with ESMTP id B3CFC400C2EF5\r\n\tfor <${to.replace(/^.*</, '').replace(/>$/, '')}>; Fri, 20 Nov 2026 04:00:03 -0600 (CST)`,
    'Received: from gator4166.hostgator.com ([108.167.133.22])\r\n\tby cmsmtp with SMTP\r\n\tid sBq1hGv5qdnCesBq1hkHFX; Fri, 20 Nov 2026 04:00:02 -0600',
    'X-Authority-Reason: nr=8',
  );
}
const hostgatorZone = (signed: boolean) => ({
  ...ptr(GATEWAY.ip, GATEWAY.rdns),
  ...WEBSITEWELCOME_SPF,
  [LD]: {
    TXT: ['v=spf1 +a +mx +ip4:50.87.144.47 +include:websitewelcome.com ~all'],
    A: ['50.87.144.47'],
    MX: [{ priority: 0, exchange: `mail.${LD}` }],
  },
  [`mail.${LD}`]: { A: ['50.87.144.47'] },
  ...(signed ? { [`default._domainkey.${LD}`]: KEY() } : {}),
});

// --- A survey firm's own cPanel VPS on Unified Layer: generic PTR, its IP in SPF, no DMARC -----
const CF = 'copperfield-surveys.example';
const VPS = relay(`server.${CF}`, '50.87.144.47', '50-87-144-47.unifiedlayer.com');

// --- Namecheap Private Email ------------------------------------------------------------------
const PE_SPF = {
  'spf.privateemail.com': {
    TXT: ['v=spf1 ip4:198.54.112.0/20 ip4:162.0.218.0/24 ip4:66.29.159.0/24 ~all'],
  },
};
async function privateEmailBuild(domain: string, user: string, to: string, mta: string): Promise<string> {
  const raw = mail(
    `Priya Natarajan <${user}@${domain}>`,
    to,
    'Invoice 2611 for the November translation work',
    'Hi,\r\n\r\nplease find the invoice for November below; payment terms as usual.\r\n\r\nPriya\r\n',
    `b2d41f0e-99pe@${domain}`,
  );
  const signed = await sign(
    onTop(
      raw,
      `Received: from [192.168.1.91] (unknown [203.0.113.91])\r\n\tby ${mta}.privateemail.com (Postfix) with ESMTPA;\r\n\tFri, 20 Nov 2026 05:00:00 -0500 (EST)`,
    ),
    domain,
    'default',
  );
  return onTop(
    signed,
    `Received: from ${mta}.privateemail.com (localhost [127.0.0.1])\r\n\tby ${mta}.privateemail.com (Postfix) with ESMTP id 4Z8V1968Hwz3hhSx;\r\n\tFri, 20 Nov 2026 05:00:01 -0500 (EST)`,
  );
}
const LT = 'lotus-translations.example';
const peZone = (r: Relay) => ({
  ...(r.rdns ? ptr(r.ip, r.rdns) : {}),
  ...PE_SPF,
  [LT]: { TXT: ['v=spf1 include:spf.privateemail.com ~all'] },
  [`default._domainkey.${LT}`]: KEY(),
});

// --- Rackspace Email --------------------------------------------------------------------------
const FN = 'fernhill-architects.example';
const RS = relay('smtp66.iad3a.emailsrvr.com', '173.203.187.66');
const RS_SEL = '20221208-6x11dpa4';

// --- Titan Email ------------------------------------------------------------------------------
const TITAN = relay('mail63.out.titan.email', '34.202.218.147');
const TITAN_SPF = { 'spf.titan.email': { TXT: ['v=spf1 ip4:34.202.218.0/24 ip4:54.147.227.0/24 ~all'] } };
const TITAN_SIGNER = 't39smtp-sign001.email';

// --- Alibaba Mail -----------------------------------------------------------------------------
const JH = 'jinghe-optics.example';
const ALI = relay('out30-98.freemail.mail.aliyun.com', '115.124.30.98');

// --- AT&T on Yahoo ----------------------------------------------------------------------------
const SONIC = relay('sonic314-23.consmr.mail.ne1.yahoo.com', '66.163.189.149');

// --- Salesforce Marketing Cloud ---------------------------------------------------------------
const ET = relay('db229.mta.exacttarget.com', '13.111.0.229');
const GB = 'greenbasket.example';
const SAP = relay(`mta.e.${GB}`, '13.111.0.230');
const etBounce = (host: string) => `bounce-648_HTML-126963812-4522-7327404-650445@${host}`;

function senders(): Sender[] {
  return [
    {
      slug: 'hostgator-cpanel-dental-signed-no-dmarc',
      story: `A dental practice (${LD}) on HostGator shared hosting: its mail client submits to gator4166.hostgator.com (Exim, esmtpsa), cPanel signs d=${LD} s=default, the message crosses cm11.websitewelcome.com and leaves from ${GATEWAY.helo} [${GATEWAY.ip}] (Unified Layer's network). SPF is \`+a +mx +ip4:50.87.144.47 +include:websitewelcome.com ~all\`, no DMARC record.`,
      from: `office@${LD}`,
      envelope: `office@${LD}`,
      build: (to) => hostgatorBuild(to, true),
      relay: GATEWAY,
      zone: hostgatorZone(true),
      found: { spf: 'pass', dkim: [[LD, 'default']], dmarc: { policy: null, result: 'none' } },
      deliveries: [
        {
          reader: 'gmail',
          expect: NOT_WARNED,
          wanted:
            "no warning: the practice's own aligned cPanel signature verifies, but with no DMARC record HeaderLens reads unverified (dmarc-none), as for every domain without one; a hosted-server note for HostGator's gateway is acceptable beside it",
          twin: true,
        },
        {
          reader: 'outlook',
          expect: NOT_WARNED,
          wanted:
            'authenticated on the aligned signature (EOP: dmarc=none, compauth=pass reason=109); no DMARC record is no reason to warn',
        },
      ],
    },
    {
      slug: 'hostgator-cpanel-dental-unsigned-shared-include',
      story: `The same practice before it switched cPanel's DKIM on: unsigned, the only proof is SPF passing through HostGator's shared include:websitewelcome.com (every HostGator customer's gateway), no DMARC record.`,
      from: `office@${LD}`,
      envelope: `office@${LD}`,
      build: (to) => hostgatorBuild(to, false),
      relay: GATEWAY,
      zone: hostgatorZone(false),
      found: { spf: 'pass', dkim: [], dmarc: { policy: null, result: 'none' } },
      deliveries: [
        {
          reader: 'box',
          expect: NOT_WARNED,
          wanted:
            "no warning; 'unverified' is the honest answer (any HostGator customer passes that include), 'authenticated' is acceptable, 'suspicious' is not: nothing here is wrong",
        },
        {
          reader: 'gmail',
          expect: NOT_WARNED,
          wanted:
            'no warning in Gmail: an SPF-only pass through a shared hosting include reads unverified at worst',
        },
      ],
    },
    {
      slug: 'unifiedlayer-vps-generic-ptr-own-ip-in-spf',
      story: `A survey firm (${CF}) runs its own cPanel VPS at Unified Layer: the server says HELO ${VPS.helo}, its PTR is the generic ${VPS.rdns} (forward-confirmed), its address is in the firm's SPF (\`+a +mx +ip4:50.87.144.47 +include:websitewelcome.com ~all\`), cPanel signs d=${CF} s=default, no DMARC record.`,
      from: `Copperfield Surveys <jobs@${CF}>`,
      envelope: `jobs@${CF}`,
      build: async (to) =>
        sign(
          onTop(
            mail(
              `Copperfield Surveys <jobs@${CF}>`,
              to,
              'Site survey booked for 3 December',
              'Hello,\r\n\r\nyour boundary survey is booked for 3 December; the surveyor will call ahead.\r\n',
              `c0ff99ee-vps@${CF}`,
              antiAbuse(VPS.helo, CF, 'jobs'),
            ),
            `Received: from [203.0.113.45] (port=51822 helo=[192.168.0.12])\r\n\tby ${VPS.helo} with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\r\n\t(Exim 4.96.2)\r\n\t(envelope-from <jobs@${CF}>)\r\n\tid 1tQxAb-0003Xk-1c;\r\n\tFri, 20 Nov 2026 04:00:01 -0600`,
          ),
          CF,
          'default',
        ),
      relay: VPS,
      zone: {
        ...ptr(VPS.ip, VPS.rdns),
        ...WEBSITEWELCOME_SPF,
        [CF]: {
          TXT: ['v=spf1 +a +mx +ip4:50.87.144.47 +include:websitewelcome.com ~all'],
          A: ['50.87.144.47'],
        },
        [`default._domainkey.${CF}`]: KEY(),
      },
      found: { spf: 'pass', dkim: [[CF, 'default']], dmarc: { policy: null, result: 'none' } },
      deliveries: [
        {
          reader: 'gmail',
          expect: PASSES,
          wanted:
            "authenticated: aligned DKIM and the firm's own address in its SPF; the generic PTR is the host's, not a warning",
        },
        {
          reader: 'yahoo',
          expect: PASSES,
          wanted: 'authenticated in Yahoo on the aligned signature',
        },
      ],
    },
    {
      slug: 'namecheap-private-email-jellyfish-no-dmarc',
      story: `A freelance translator (${LT}) on Namecheap Private Email: submitted to mta-09.privateemail.com (ESMTPA), signed d=${LT} s=default, handed over from out-10.pe-a.jellyfish.systems [198.54.127.74] (Namecheap's network), SPF include:spf.privateemail.com, no DMARC record.`,
      from: `Priya Natarajan <priya@${LT}>`,
      envelope: `priya@${LT}`,
      build: async (to) =>
        onTop(
          await privateEmailBuild(LT, 'priya', to, 'mta-09'),
          'Received: from MTA-09.privateemail.com (unknown [10.50.14.19])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby NEW-01-3.privateemail.com (Postfix) with ESMTPS id 4Z8V1B0Phvz2Sd0V;\r\n\tFri, 20 Nov 2026 05:00:02 -0500 (EST)',
          'Received: from prod-lbout-phx.jellyfish.systems (new-01-3.privateemail.com [66.29.159.56])\r\n\tby pe-a.jellyfish.systems (Postfix) with ESMTPA id 4Z8V1B1XHNz9ty5;\r\n\tFri, 20 Nov 2026 10:00:03 +0000 (UTC)',
        ),
      relay: relay('out-10.pe-a.jellyfish.systems', '198.54.127.74'),
      zone: peZone(relay('out-10.pe-a.jellyfish.systems', '198.54.127.74')),
      found: { spf: 'pass', dkim: [[LT, 'default']], dmarc: { policy: null, result: 'none' } },
      deliveries: [
        {
          reader: 'gmail',
          expect: NOT_WARNED,
          wanted:
            "no warning: the translator's own aligned signature verifies; with no DMARC record, unverified (dmarc-none) as for every domain without one",
          twin: true,
        },
        { reader: 'yahoo', expect: NOT_WARNED, wanted: 'no warning in Yahoo (unverified: no DMARC record)' },
      ],
    },
    {
      slug: 'namecheap-private-email-ptrless-relay',
      story: `The same translator's mail leaving an older Private Email relay, MTA-13-3.privateemail.com [198.54.118.204], which has no PTR (the receiver writes "unknown"), signed d=${LT} s=default, no DMARC record.`,
      from: `Priya Natarajan <priya@${LT}>`,
      envelope: `priya@${LT}`,
      build: (to) => privateEmailBuild(LT, 'priya', to, 'mta-13'),
      relay: { helo: 'MTA-13-3.privateemail.com', rdns: '', ip: '198.54.118.204' },
      zone: peZone({ helo: 'MTA-13-3.privateemail.com', rdns: '', ip: '198.54.118.204' }),
      found: { spf: 'pass', dkim: [[LT, 'default']], dmarc: { policy: null, result: 'none' } },
      deliveries: [
        {
          reader: 'box',
          expect: PASSES,
          wanted: 'authenticated: the aligned signature holds whatever the relay’s reverse name',
        },
        {
          reader: 'outlook',
          expect: PASSES,
          wanted:
            'authenticated in Outlook: EOP dmarc=none compauth=pass reason=109 beside our own aligned DKIM pass',
        },
      ],
    },
    {
      slug: 'rackspace-email-architects-quarantine',
      story: `An architects' practice (${FN}) on Rackspace Email: submitted to smtp23.relay.iad3a.emailsrvr.com (ESMTPSA, X-Auth-ID), signed d=${FN} s=${RS_SEL}, handed over from ${RS.helo} [${RS.ip}] (Rackspace's network). SPF include:emailsrvr.com, DMARC p=quarantine.`,
      from: `Hana Okafor <hana@${FN}>`,
      envelope: `hana@${FN}`,
      build: async (to) => {
        const raw = mail(
          `Hana Okafor <hana@${FN}>`,
          to,
          'Revised drawings for the Quay Street extension',
          'Morgan,\r\n\r\nthe revised elevations are on the shared folder; comments by Thursday please.\r\n\r\nHana\r\n',
          `e51a99c0-rs@${FN}`,
        );
        const signed = await sign(
          onTop(
            raw,
            `X-Auth-ID: hana@${FN}`,
            'Received: by smtp23.relay.iad3a.emailsrvr.com (Authenticated sender: hana-AT-fernhill-architects.example) with ESMTPSA id 01C6E250C1;\r\n\tFri, 20 Nov 2026 05:00:01 -0500 (EST)',
          ),
          FN,
          RS_SEL,
        );
        return onTop(
          signed,
          'Received: from smtp23.relay.iad3a.emailsrvr.com (localhost [127.0.0.1])\r\n\tby smtp23.relay.iad3a.emailsrvr.com (SMTP Server) with ESMTP id 5B18228074A;\r\n\tFri, 20 Nov 2026 05:00:02 -0500 (EST)',
        );
      },
      relay: RS,
      zone: {
        ...ptr(RS.ip, RS.rdns),
        'emailsrvr.com': { TXT: ['v=spf1 ip4:173.203.187.0/24 ip4:146.20.161.0/24 ~all'] },
        [FN]: { TXT: ['v=spf1 include:emailsrvr.com ~all'] },
        [`_dmarc.${FN}`]: { TXT: ['v=DMARC1; p=quarantine'] },
        [`${RS_SEL}._domainkey.${FN}`]: KEY(),
      },
      found: { spf: 'pass', dkim: [[FN, RS_SEL]], dmarc: { policy: 'quarantine', result: 'pass' } },
      deliveries: [
        { reader: 'outlook', expect: PASSES, wanted: 'authenticated: DMARC passes on the aligned signature' },
        {
          reader: 'box',
          expect: PASSES,
          wanted: "authenticated on the box's own record and our re-check",
          twin: true,
        },
      ],
    },
    {
      slug: 'titan-email-own-domain-signature',
      story: `A café (brewhouse.example) on Titan Email: submitted to smtp-out.flockmail.com (ESMTPA, X-AuthUser), signed d=brewhouse.example s=titan1, handed over from ${TITAN.helo} [${TITAN.ip}] (Amazon's network). SPF include:spf.titan.email, DMARC p=quarantine.`,
      from: 'Brewhouse Café <hello@brewhouse.example>',
      envelope: 'hello@brewhouse.example',
      build: (to) => titanBuild(to, 'Brewhouse Café <hello@brewhouse.example>', 'brewhouse.example'),
      relay: TITAN,
      zone: titanZone('brewhouse.example', 'brewhouse.example', 'quarantine'),
      found: {
        spf: 'pass',
        dkim: [['brewhouse.example', 'titan1']],
        dmarc: { policy: 'quarantine', result: 'pass' },
      },
      deliveries: [
        {
          reader: 'gmail',
          expect: PASSES,
          wanted: 'authenticated: DMARC passes on the café’s own signature',
        },
        { reader: 'outlook', expect: PASSES, wanted: 'authenticated in Outlook' },
      ],
    },
    {
      slug: 'titan-email-platform-signature-no-dmarc',
      story: `A radio amateur's vanity domain (ervin-radio.example) on Titan Email without DKIM set up: Titan signs as its own ${TITAN_SIGNER} (s=titan1, not aligned), SPF passes for the envelope through include:spf.titan.email, no DMARC record; handed over from ${TITAN.helo} [${TITAN.ip}] (Amazon's network).`,
      from: 'Glenn Ervin <glenn@ervin-radio.example>',
      envelope: 'glenn@ervin-radio.example',
      build: (to) => titanBuild(to, 'Glenn Ervin <glenn@ervin-radio.example>', TITAN_SIGNER),
      relay: TITAN,
      zone: titanZone('ervin-radio.example', TITAN_SIGNER, null),
      found: { spf: 'pass', dkim: [[TITAN_SIGNER, 'titan1']], dmarc: { policy: null, result: 'none' } },
      deliveries: [
        {
          reader: 'box',
          expect: NOT_WARNED,
          wanted:
            "no warning: aligned SPF through Titan's include and Titan's own signature; 'unverified' is what a demanding reader accepts (any Titan customer passes that include)",
        },
        {
          reader: 'gmail',
          expect: NOT_WARNED,
          wanted: 'no warning in Gmail on the same evidence',
        },
      ],
    },
    {
      slug: 'alibaba-mail-supplier-p-none',
      story: `An optics supplier (${JH}) on Alibaba Mail: submitted from its office network (Received "from <ip>(mailfrom:… fp:SMTPD_---…) by smtp.aliyun-inc.com"), X-Alimail-AntiSpam, signed d=${JH} s=default, handed over from ${ALI.helo} [${ALI.ip}] (Alibaba Cloud's network). SPF include:spf.mxhichina.com, DMARC p=none.`,
      from: `Wei Zhang <wei.zhang@${JH}>`,
      envelope: `wei.zhang@${JH}`,
      build: async (to) => {
        const raw = mail(
          `Wei Zhang <wei.zhang@${JH}>`,
          to,
          'Quotation for 500 aspheric lenses',
          'Dear Morgan,\r\n\r\nplease find our quotation for 500 units; lead time four weeks.\r\n\r\nBest regards,\r\nWei Zhang\r\n',
          `a11b99c2-ali@${JH}`,
        );
        const signed = await sign(
          onTop(
            raw,
            `Received: from 30.97.56.235(mailfrom:wei.zhang@${JH} fp:SMTPD_---0VJ6IXEP_1794650400)\r\n          by smtp.aliyun-inc.com;\r\n          Fri, 20 Nov 2026 18:00:01 +0800`,
          ),
          JH,
          'default',
        );
        return onTop(
          signed,
          `X-Alimail-AntiSpam: AC=PASS;BC=-1|-1;BR=01201311R121e4;CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|0|-1|-1|-1;HT=maildocker-contentspam033037067112;MF=wei.zhang@${JH};NM=1;PH=DS;RN=1;SR=0;TI=SMTPD_---0VJ6IXEP_1794650400;`,
        );
      },
      relay: ALI,
      zone: {
        ...ptr(ALI.ip, ALI.rdns),
        'spf.mxhichina.com': { TXT: ['v=spf1 ip4:115.124.30.0/24 ip4:47.88.44.32/27 -all'] },
        [JH]: { TXT: ['v=spf1 include:spf.mxhichina.com -all'] },
        [`_dmarc.${JH}`]: { TXT: ['v=DMARC1; p=none'] },
        [`default._domainkey.${JH}`]: KEY(),
      },
      found: { spf: 'pass', dkim: [[JH, 'default']], dmarc: { policy: 'none', result: 'pass' } },
      deliveries: [
        {
          reader: 'gmail',
          expect: PASSES,
          wanted: 'authenticated: DMARC passes (p=none) on the aligned signature',
        },
        { reader: 'outlook', expect: PASSES, wanted: 'authenticated in Outlook' },
      ],
    },
    {
      slug: 'att-sbcglobal-on-yahoo',
      story: `An AT&T customer (sbcglobal.net, hosted by Yahoo) writes from a mail client: "by smtp414.mail.ne1.yahoo.com (Oath Hermes SMTP Server) with ESMTPA", then "from sonic.gate.mail.ne1.yahoo.com by sonic314.consmr.mail.ne1.yahoo.com with HTTP", signed d=sbcglobal.net s=s2048, handed over from ${SONIC.helo} [${SONIC.ip}]. SPF through Yahoo's include, DMARC as the corpus serves it (p=reject; the live record was not read here).`,
      from: 'Dale Desmond <d.desmond@sbcglobal.net>',
      envelope: 'd.desmond@sbcglobal.net',
      build: async (to) => {
        const raw = mail(
          'Dale Desmond <d.desmond@sbcglobal.net>',
          to,
          'Re: Boat club winter storage',
          'Morgan,\r\n\r\ncount me in for the shared winter storage; I can help on the Saturday.\r\n\r\nDale\r\n',
          '6a891a513eb25be83a56a036534ba8f9b78e0683.camel@sbcglobal.net',
        );
        const hermes = onTop(
          raw,
          'Received: by smtp414.mail.ne1.yahoo.com (Oath Hermes SMTP Server) with ESMTPA\r\n ID 1aec76ec857611661cdb37f4b022da3e;\r\n Fri, 20 Nov 2026 10:00:01 +0000 (UTC)',
        );
        const signed = await sign(
          onTop(
            hermes,
            'Received: from sonic.gate.mail.ne1.yahoo.com by\r\n sonic314.consmr.mail.ne1.yahoo.com with HTTP; Fri, 20 Nov 2026 10:00:02 +0000',
            'X-YMail-OSG: HeaderLensRw99.madeUpToken_0123456789abcdef',
          ),
          'sbcglobal.net',
          's2048',
        );
        return signed;
      },
      relay: SONIC,
      zone: {
        ...ptr(SONIC.ip, SONIC.rdns),
        '_spf.mail.yahoo.com': { TXT: ['v=spf1 ip4:66.163.184.0/21 ip4:98.136.0.0/14 ~all'] },
        'sbcglobal.net': { TXT: ['v=spf1 include:_spf.mail.yahoo.com ~all'] },
        '_dmarc.sbcglobal.net': { TXT: ['v=DMARC1; p=reject'] },
        's2048._domainkey.sbcglobal.net': KEY(),
      },
      found: { spf: 'pass', dkim: [['sbcglobal.net', 's2048']], dmarc: { policy: 'reject', result: 'pass' } },
      deliveries: [
        {
          reader: 'gmail',
          expect: PASSES,
          wanted: "authenticated: sbcglobal.net's own signature from Yahoo's servers",
          twin: true,
        },
        { reader: 'outlook', expect: PASSES, wanted: 'authenticated in Outlook' },
      ],
    },
    {
      slug: 'sfmc-sap-own-subdomain',
      story: `A grocer's newsletter through Salesforce Marketing Cloud with a Sender Authentication Package: From news@e.${GB}, envelope bounce-…@bounce.e.${GB}, signed d=e.${GB} s=200608, handed over from ${SAP.helo} [${SAP.ip}] (ExactTarget's network, PTR in the grocer's subdomain). DMARC p=none on ${GB}.`,
      from: `Green Basket <news@e.${GB}>`,
      envelope: etBounce(`bounce.e.${GB}`),
      build: (to) => sfmcBuild(to, `Green Basket <news@e.${GB}>`, etBounce(`bounce.e.${GB}`), SAP, `e.${GB}`),
      relay: SAP,
      zone: {
        ...ptr(SAP.ip, SAP.rdns),
        '_spf.exacttarget.com': { TXT: ['v=spf1 ip4:13.111.0.0/16 ip4:136.147.176.0/20 -all'] },
        [`bounce.e.${GB}`]: { TXT: ['v=spf1 include:_spf.exacttarget.com -all'] },
        [`_dmarc.${GB}`]: { TXT: ['v=DMARC1; p=none'] },
        [`200608._domainkey.e.${GB}`]: KEY(),
      },
      found: { spf: 'pass', dkim: [[`e.${GB}`, '200608']], dmarc: { policy: 'none', result: 'pass' } },
      deliveries: [
        {
          reader: 'gmail',
          expect: PASSES,
          wanted: "authenticated: DMARC passes on the grocer's own subdomain",
        },
        { reader: 'yahoo', expect: PASSES, wanted: 'authenticated in Yahoo' },
      ],
    },
    {
      slug: 'sfmc-no-sap-platform-signature-p-none',
      story: `A small charity (${'riverside-trust.example'}) on Marketing Cloud without a Sender Authentication Package: From appeal@riverside-trust.example, envelope ${etBounce('bounce.s7.exacttarget.com')}, signed only by the platform (d=s7.exacttarget.com s=200608, modelled), handed over from ${ET.helo} [${ET.ip}]. Nothing aligns; DMARC fails at p=none.`,
      from: 'Riverside Trust <appeal@riverside-trust.example>',
      envelope: etBounce('bounce.s7.exacttarget.com'),
      build: (to) =>
        sfmcBuild(
          to,
          'Riverside Trust <appeal@riverside-trust.example>',
          etBounce('bounce.s7.exacttarget.com'),
          ET,
          's7.exacttarget.com',
        ),
      relay: ET,
      zone: {
        ...ptr(ET.ip, ET.rdns),
        '_spf.exacttarget.com': { TXT: ['v=spf1 ip4:13.111.0.0/16 ip4:136.147.176.0/20 -all'] },
        'bounce.s7.exacttarget.com': { TXT: ['v=spf1 include:_spf.exacttarget.com -all'] },
        'riverside-trust.example': { TXT: ['v=spf1 include:_spf.google.com ~all'] },
        '_dmarc.riverside-trust.example': { TXT: ['v=DMARC1; p=none'] },
        '200608._domainkey.s7.exacttarget.com': KEY(),
      },
      found: {
        spf: 'pass',
        dkim: [['s7.exacttarget.com', '200608']],
        dmarc: { policy: 'none', result: 'fail' },
      },
      deliveries: [
        {
          reader: 'outlook',
          expect: NOT_WARNED,
          wanted:
            "no warning beyond 'unverified': nothing proves the charity sent it, but DMARC at p=none and a known ESP's own relay, signature and bounce domain are no spoofing",
        },
        {
          reader: 'gmail',
          expect: NOT_WARNED,
          wanted: "no warning in Gmail: 'unverified' is the honest answer",
        },
      ],
    },
  ];
}

async function titanBuild(to: string, from: string, signer: string): Promise<string> {
  const user = from.replace(/^.*</, '').replace(/@.*$/, '');
  const domain = fromDomain(from);
  const raw = mail(
    from,
    to,
    domain.startsWith('brewhouse') ? 'Your catering order for Saturday' : 'Re: Field day antenna plans',
    'Hi,\r\n\r\nconfirming Saturday as agreed; details below.\r\n',
    `04c299dd037b$0bdc9890$8b01f80a@${domain}`,
    [`Feedback-ID: :${user}@${domain}:${domain}:flockmailId`],
  );
  const submittedRaw = onTop(
    raw,
    `X-AuthUser: ${user}@${domain}`,
    'Received: from nucwin10 (unknown [203.0.113.201])\r\n\tby smtp-out.flockmail.com (Postfix) with ESMTPA id 4glPrK1Q0tz4vxk;\r\n\tFri, 20 Nov 2026 10:00:01 +0000 (UTC)',
  );
  const signed = await sign(submittedRaw, signer, 'titan1');
  return onTop(
    signed,
    'Received: from localhost (localhost [127.0.0.1])\r\n\tby smtp-out.flockmail.com (Postfix) with ESMTP id 4glPrK5WMRz4vyr;\r\n\tFri, 20 Nov 2026 10:00:02 +0000 (UTC)',
    'X-Titan-User-Uid: HeaderLensRw99.madeUpToken',
  );
}
const titanZone = (domain: string, signer: string, policy: 'quarantine' | null) => ({
  ...ptr(TITAN.ip, TITAN.rdns),
  ...TITAN_SPF,
  [domain]: { TXT: ['v=spf1 include:spf.titan.email ~all'] },
  ...(policy ? { [`_dmarc.${domain}`]: { TXT: [`v=DMARC1; p=${policy}`] } } : {}),
  [`titan1._domainkey.${signer}`]: KEY(),
});

async function sfmcBuild(
  to: string,
  from: string,
  envelope: string,
  r: Relay,
  signer: string,
): Promise<string> {
  const raw = mail(
    from,
    to,
    'This week: winter vegetables are in',
    'This week in the shop: winter vegetables, new bread, and our Saturday tasting.\r\n',
    `0f5e99aa-sfmc@${signer}`,
    [
      'List-Unsubscribe: <https://cl.s7.exact-target.example/unsub?qs=99>',
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      'x-job: 7327404_126963812',
    ],
  );
  const signed = await sign(raw, signer, '200608');
  return onTop(
    signed,
    `Received: by ${r.helo} id h3hth42fmd4p for <${to.replace(/^.*</, '').replace(/>$/, '')}>; Fri, 20 Nov 2026 10:00:02 +0000 (envelope-from <${envelope}>)`,
  );
}

export async function makeAll(write: CaseWriter): Promise<void> {
  let n = 0;
  for (const s of senders()) {
    for (const d of s.deliveries) {
      n += 1;
      const raw = await s.build(`Robin Reader <${READER_TO[d.reader]}>`);
      const eml = deliver(s, d.reader, raw, n);
      const args = READER_ARGS[d.reader];
      emitCase(write, {
        name: `realworld99-${d.reader}-${s.slug}`.slice(0, 80),
        about: `${s.story} Read with ${args.join(' ')}, online (the sender's DNS served). Wanted: ${d.wanted}.`,
        class: 'rw99-hosted-mail',
        args,
        eml,
        zone: s.zone,
        expect: d.expect,
        ...(d.twin ? { twin: true } : {}),
      });
    }
  }
}
