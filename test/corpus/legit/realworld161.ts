// Real-world delivery shapes, hundred-and-sixty-first round: genuine mail from custom domains
// hosted at Fastmail, Proton Mail and iCloud+ (and from fastmail.com, proton.me and icloud.com
// addresses themselves), now that an SPF pass resting only on those services' shared includes reads
// "unverified" (lib/findings/auth-state.ts SHARED_PLATFORMS, red-team round 162). Modelled: the
// custom domain signing with its own CNAME-delegated key (must read authenticated), a custom domain
// that never published the DKIM records (honestly unverified: nothing ties the mail to the domain's
// own account rather than another customer's), mail sent through the service's SMTP submission
// from a third-party client, the services' own addresses (Fastmail masked email, proton.me,
// icloud.com), and mail forwarded by iCloud's Hide My Email. Read in Gmail, Outlook, Yahoo and the
// reader's own Postfix box. Attack twins: another customer of the same service sending as a domain
// that does publish the service's DKIM keys.
// Where the layouts were learnt (`search` pages, `find_string`/`read_file` on public list archives):
// - Fastmail: fastmail.help article 360060591153 and mailflowauthority.com's Fastmail guide (three
//   CNAMEs fm1/fm2/fm3._domainkey -> fm<N>.<domain>.dkim.fmhosted.com, `include:spf.messagingengine.com`;
//   "if you only point your MX records to us, you will have to manually set your DKIM records");
//   fastmail.com/blog "DKIM signing outgoing email with From address domain" (every message signed
//   d=messagingengine.com, plus the From domain's key "where possible"). Real traces in lore.kernel.org
//   and xenproject list archives: `Received: by mail.messagingengine.com (Postfix) with ESMTPA` for
//   webmail/JMAP mail, `Received: from localhost (<client's PTR> [<client IP>]) by
//   mail.messagingengine.com (Postfix) with ESMTPA` for SMTP clients, then `phl-mailfrontend-02 ->
//   phl-compute-04.internal (MEProxy)`, `phl-compute-04.internal -> mailfhigh.stl.internal (Postfix)`,
//   out from fhigh-b6-smtp.messagingengine.com [202.12.124.157] (2025) or fout-a*-smtp (probe162),
//   Feedback-ID `i<hex>:Fastmail`. NOT confirmed: the selectors Fastmail signs its own fastmail.com
//   mail with (fm3 assumed for both fastmail.com and messagingengine.com); whether 202.12.124.128/27
//   is in spf.messagingengine.com (assumed); whether a domain without the CNAMEs still gets a
//   non-verifying d=<domain> signature beside messagingengine.com's (modelled: only messagingengine.com's).
// - Proton: proton.me/support "Problems with configuring CNAME records" (selectors protonmail,
//   protonmail2, protonmail3 as CNAMEs to ….domains.proton.ch; Proton "will then ... start signing
//   outgoing emails from your custom domain" once it detects them: before that, unsigned), the SPF
//   `include:_spf.protonmail.ch` (anti-spoofing-custom-domain), proton.me's DMARC p=quarantine
//   (domaincheckup.net). Real traces (subspace.kernel.org ARC records): custom domains willsroot.io and
//   geanix.com signed `d=<domain>; s=protonmail` only, spf=pass smtp.mailfrom=<the From domain>, from
//   185.70.43.23 / 185.70.43.172; proton.me signed `s=protonmail` from mail-24417.protonmail.ch
//   [109.224.244.17] (2026) and 185.70.43.22; no Received line of Proton's own above the signature.
// - iCloud+: support.apple.com 102374 (MX, the personal TXT, `v=spf1 include:icloud.com ~all`, a DKIM
//   CNAME naming the domain); the CNAME's target sig1.dkim.<domain>.at.icloudmailadmin.com is from the
//   brief and NOT read on Apple's page (only its Norwegian text, which names the DKIM entry). Real
//   traces: kuroa.me signed `d=kuroa.me; s=sig1` only, from ms11p00im-hyfv17291101.me.com
//   [17.58.38.40], its submission written `Received: from localhost.localdomain
//   (ms11p00im-dlb-asmtpmailmevip.me.com [17.57.154.19]) by … (Postfix) with ESMTPSA` (git send-email
//   through smtp.mail.me.com); Thunderbird through smtp.mail.me.com written `from [192.168.x.x]
//   (<client PTR> [<client IP>]) by st43p00im-zteg10073501.me.com (Postfix) with ESMTPSA` (2021);
//   icloud.com and me.com signed `s=1a1hai`. mxhelper.com claims iCloud+ custom domains cannot sign
//   at all, which the sig1 traces contradict: its shape is kept as the "never set up DKIM" case.
// - Hide My Email: atelierhsn.com "Things I've learned playing around with Apple Hide My Email"
//   (2022): To keeps the alias, Delivered-To the real address, Apple rewrites the envelope, hops
//   st11p00im-smtpin027.me.com -> st43p00im-zteg10061901.me.com [17.58.63.168]. NOT confirmed: the
//   rewritten envelope's form (modelled SRS0 at icloud.com) and whether Apple adds an ARC seal (none).
// Proton Pass / SimpleLogin aliases are not modelled (probe6 and rw4 cover SimpleLogin's reverse alias).
// Names and addresses are documentation ones except the services' own hosts and ranges; every key
// is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import {
  AUTHENTICATED,
  emitCase,
  GMAIL,
  KEY,
  legitCorpus,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  signAll,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import {
  EOP_UNSIGNED,
  eopDelivery,
  eopPass,
  GMAIL_TO,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooOmega,
} from '../receivers';

const FIRM = 'reader.example';
const ROBIN = `robin@${FIRM}`;
const YAHOO_TO = 'robin.reader@yahoo.com';
const OUTLOOK_TO = 'robin@harbourline.example';
const YAHOO = ['--webmail', 'yahoo'];
const BOX = ['--authserv-id', RECEIVER, '--recipient-domain', FIRM];

/** A pass through the service's shared include alone: honestly unverified, never spoofed. */
const SHARED_ONLY: CaseExpectation = { verdict: 'unverified', fields: { 'dmarc.result': 'pass' } };

const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const dmarc = (d: string, p: string) => txt(`_dmarc.${d}`, `v=DMARC1; ${p}`);
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

// --- The services' relays and records ----------------------------------------------------------
const FM_OUT: Relay = {
  helo: 'fout-a2-smtp.messagingengine.com',
  rdns: 'fout-a2-smtp.messagingengine.com',
  ip: '103.168.172.145',
};
const FM_HIGH: Relay = {
  helo: 'fhigh-b6-smtp.messagingengine.com',
  rdns: 'fhigh-b6-smtp.messagingengine.com',
  ip: '202.12.124.157',
};
const PM_OUT: Relay = {
  helo: 'mail-4323.protonmail.ch',
  rdns: 'mail-4323.protonmail.ch',
  ip: '185.70.43.23',
};
const PM_OUT2: Relay = {
  helo: 'mail-24417.protonmail.ch',
  rdns: 'mail-24417.protonmail.ch',
  ip: '109.224.244.17',
};
const IC_OUT: Relay = {
  helo: 'ms11p00im-hyfv17291101.me.com',
  rdns: 'ms11p00im-hyfv17291101.me.com',
  ip: '17.58.38.40',
};
const IC_OUT2: Relay = {
  helo: 'st43p00im-zteg10073501.me.com',
  rdns: 'st43p00im-zteg10073501.me.com',
  ip: '17.58.63.180',
};
const IC_FWD: Relay = {
  helo: 'st43p00im-zteg10061901.me.com',
  rdns: 'st43p00im-zteg10061901.me.com',
  ip: '17.58.63.168',
};

const SERVICE_ZONE = {
  ...[FM_OUT, FM_HIGH, PM_OUT, PM_OUT2, IC_OUT, IC_OUT2, IC_FWD].reduce(
    (z, r) => Object.assign(z, ptr(r.ip, r.rdns)),
    {} as Record<string, unknown>,
  ),
  ...txt(
    'spf.messagingengine.com',
    'v=spf1 ip4:66.111.4.0/24 ip4:103.168.172.128/27 ip4:202.12.124.128/27 ?all',
  ),
  ...txt(
    '_spf.protonmail.ch',
    'v=spf1 ip4:185.70.40.0/24 ip4:185.70.41.0/24 ip4:185.70.43.0/24 ip4:79.135.106.0/24 ip4:79.135.107.0/24 ip4:109.224.244.0/24 ~all',
  ),
  ...txt(
    'icloud.com',
    'v=spf1 ip4:17.57.155.0/24 ip4:17.57.156.0/24 ip4:17.58.0.0/16 ip4:57.103.64.0/18 ~all',
  ),
  ...key('messagingengine.com', 'fm3'),
  // The services' own domains.
  ...txt('fastmail.com', 'v=spf1 include:spf.messagingengine.com ?all'),
  ...dmarc('fastmail.com', 'p=none'),
  ...key('fastmail.com', 'fm3'),
  ...txt('proton.me', 'v=spf1 include:_spf.protonmail.ch ~all'),
  ...dmarc('proton.me', 'p=quarantine; fo=1; aspf=s; adkim=s'),
  ...key('proton.me', 'protonmail'),
  ...dmarc('icloud.com', 'p=quarantine; sp=quarantine'),
  ...key('icloud.com', '1a1hai'),
};

// --- The customers' domains ---------------------------------------------------------------------
/** Fastmail, DNS hosted at Fastmail: SPF `?all`, the three DKIM CNAMEs (modelled as the key itself). */
const FM_SIGNED = 'quillfeather.example';
/** Fastmail, only the MX pointed there: SPF added, no DKIM CNAMEs. */
const FM_BARE = 'larchmont-studio.example';
const PM_SIGNED = 'ostrander-law.example';
const PM_BARE = 'mirefield.example';
const IC_SIGNED = 'bellweather.example';
const IC_BARE = 'harrowgate-home.example';
const BANK = 'northbank.example';
const BANK_MTA: Relay = { helo: 'mta1.northbank.example', rdns: 'mta1.northbank.example', ip: '192.0.2.161' };

const CUSTOMER_ZONE = {
  ...txt(FM_SIGNED, 'v=spf1 include:spf.messagingengine.com ?all'),
  ...dmarc(FM_SIGNED, 'p=quarantine'),
  ...key(FM_SIGNED, 'fm1'),
  ...key(FM_SIGNED, 'fm2'),
  ...key(FM_SIGNED, 'fm3'),
  ...txt(FM_BARE, 'v=spf1 include:spf.messagingengine.com ~all'),
  ...dmarc(FM_BARE, 'p=none'),
  ...txt(PM_SIGNED, 'v=spf1 include:_spf.protonmail.ch ~all'),
  ...dmarc(PM_SIGNED, 'p=quarantine'),
  ...key(PM_SIGNED, 'protonmail'),
  ...key(PM_SIGNED, 'protonmail2'),
  ...key(PM_SIGNED, 'protonmail3'),
  ...txt(PM_BARE, 'v=spf1 include:_spf.protonmail.ch ~all'),
  ...dmarc(PM_BARE, 'p=quarantine'),
  ...txt(IC_SIGNED, 'v=spf1 include:icloud.com ~all'),
  ...dmarc(IC_SIGNED, 'p=quarantine'),
  ...key(IC_SIGNED, 'sig1'),
  ...txt(IC_BARE, 'v=spf1 include:icloud.com ~all'),
  ...dmarc(IC_BARE, 'p=none'),
  ...txt(BANK, `v=spf1 ip4:${BANK_MTA.ip} -all`),
  ...dmarc(BANK, 'p=reject'),
  ...key(BANK, 'nb1'),
  ...ptr(BANK_MTA.ip, BANK_MTA.rdns),
};
const ZONE = { ...SERVICE_ZONE, ...CUSTOMER_ZONE };

type Reader = 'gmail' | 'outlook' | 'yahoo' | 'box';

interface Out {
  relay: Relay;
  envelope: string;
  from: string;
  /** Signatures as the service adds them (first signed first). */
  signers: Array<[string, string]>;
  policy: string;
}

/** The provider's delivery of `raw` (already carrying the service's own hops and signatures). */
function deliver(raw: string, o: Out, reader: Reader, tag: string): string {
  const fromDomain = o.from;
  if (reader === 'gmail')
    return gmailDelivery(raw, {
      relay: o.relay,
      envelope: o.envelope,
      results: [
        ...o.signers.map(([d, s]) => gmailDkim(d, s)),
        gmailSpf(o.envelope, o.relay.ip),
        gmailDmarc(fromDomain, o.policy),
      ].join('\r\n       '),
      ids: [`x161csp${tag}pxa`, `a161si${tag}qtb.61`],
      spf: 'pass',
      deliveredTo: true,
      to: GMAIL_TO,
    });
  if (reader === 'outlook') {
    const own = o.signers.find(([d]) => d === fromDomain);
    const dkim = own
      ? `dkim=pass (signature was verified)\r\n header.d=${fromDomain}`
      : o.signers.length
        ? `dkim=pass (signature was verified)\r\n header.d=${o.signers[o.signers.length - 1]![0]}`
        : EOP_UNSIGNED;
    const envDomain = o.envelope.slice(o.envelope.lastIndexOf('@') + 1);
    return eopDelivery(raw, { ...eopPass(o.relay, envDomain, dkim, fromDomain), returnPath: o.envelope });
  }
  if (reader === 'yahoo') {
    const dkim = o.signers.map(([d, s]) => `dkim=pass header.i=@${d} header.s=${s};`).join('\r\n ');
    const envDomain = o.envelope.slice(o.envelope.lastIndexOf('@') + 1);
    return yahooOmega(
      raw,
      {
        ip: o.relay.ip,
        helo: o.relay.helo,
        envelope: o.envelope,
        spf: `pass (domain of ${envDomain} designates ${o.relay.ip} as permitted sender)`,
        ar: `${dkim ? `${dkim}\r\n ` : 'dkim=unknown;\r\n '}spf=pass smtp.mailfrom=${envDomain};\r\n dmarc=pass(p=${o.policy}) header.from=${fromDomain};`,
      },
      { tag: `R161${tag}`, pod: 'k4mq7', inner: '10.217.151.61', to: YAHOO_TO },
    );
  }
  const dkim = o.signers
    .map(([d, s]) => `dkim=pass header.d=${d} header.s=${s} header.b=Q29ycHVz`)
    .join(';\r\n\t');
  return onTop(
    raw,
    `Return-Path: <${o.envelope}>`,
    `Authentication-Results: ${RECEIVER};\r\n\t${dkim ? `${dkim};\r\n\t` : 'dkim=none;\r\n\t'}spf=pass (${RECEIVER}: domain of ${o.envelope} designates ${o.relay.ip} as permitted sender) smtp.mailfrom=${o.envelope};\r\n\tdmarc=pass header.from=${fromDomain}`,
    received({
      ...o.relay,
      by: RECEIVER,
      id: `4Zr161${tag}x`,
      for: ROBIN,
      date: 'Fri, 20 Nov 2026 10:00:05 +0000',
    }),
  );
}

const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';
const EST = 'Fri, 20 Nov 2026 04:59:59 -0500';

/** Fastmail: the submission line (webmail, or an SMTP client's), then its two internal hops after signing. */
async function viaFastmail(m: {
  from: string;
  to: string;
  subject: string;
  body: string;
  id: string;
  signers: Array<[string, string]>;
  client?: { ptr: string; ip: string };
  relay: Relay;
}): Promise<string> {
  const sub = m.client
    ? `Received: from localhost (${m.client.ptr} [${m.client.ip}])\r\n by mail.messagingengine.com (Postfix) with ESMTPA;\r\n ${EST} (EST)`
    : `Received: by mail.messagingengine.com (Postfix) with ESMTPA; Fri,\r\n 20 Nov 2026 04:59:59 -0500 (EST)`;
  const raw = onTop(
    submitted({ from: m.from, to: m.to, subject: m.subject, date: SENT, messageId: m.id, body: m.body }),
    'Feedback-ID: i5d1a7c03:Fastmail',
    sub,
  );
  const signed = await signAll(raw, m.signers);
  return onTop(
    signed,
    `Received: from phl-compute-04.internal (phl-compute-04.phl.internal\r\n [10.202.2.44])\r\n by mailfhigh.stl.internal (Postfix) with ESMTP id 9600A254161;\r\n Fri, 20 Nov 2026 05:00:01 -0500 (EST)`,
    `Received: from phl-mailfrontend-02 ([10.202.2.163])\r\n by phl-compute-04.internal (MEProxy); Fri, 20 Nov 2026 05:00:01 -0500`,
  );
}

/** Proton: the message as its API hands it to the relay, signed, no hop of its own above. */
async function viaProton(m: {
  from: string;
  to: string;
  subject: string;
  body: string;
  id: string;
  signers: Array<[string, string]>;
}): Promise<string> {
  const raw = submitted({
    from: m.from,
    to: m.to,
    subject: m.subject,
    date: SENT,
    messageId: m.id,
    body: m.body,
    extraHeaders: [
      'Feedback-ID: 20a7c1e9:user:proton',
      'X-Pm-Message-ID: 0b3c9a1f7e2d4c6b8a0f1e3d5c7b9a1e2f4d6c8b',
    ],
  });
  return m.signers.length ? signAll(raw, m.signers) : raw;
}

/** iCloud: the submission line (Apple's asmtp VIP or the SMTP client), then the signature. */
async function viaIcloud(m: {
  from: string;
  to: string;
  subject: string;
  body: string;
  id: string;
  signers: Array<[string, string]>;
  relay: Relay;
  client?: { ptr: string; ip: string };
}): Promise<string> {
  const hop = m.client
    ? `Received: from [192.168.1.23] (${m.client.ptr}\r\n\t[${m.client.ip}])\r\n\tby ${m.relay.rdns} (Postfix) with ESMTPSA id 526F8AE0161\r\n\tfor <${m.to.replace(/^.*</, '').replace(/>$/, '')}>; Fri, 20 Nov 2026 09:59:59 +0000 (UTC)`
    : `Received: from localhost.localdomain (ms11p00im-dlb-asmtpmailmevip.me.com [17.57.154.19])\r\n        by ${m.relay.rdns} (Postfix) with ESMTPSA id E0A02760161;\r\n        Fri, 20 Nov 2026 09:59:59 +0000 (UTC)`;
  const raw = onTop(
    submitted({ from: m.from, to: m.to, subject: m.subject, date: SENT, messageId: m.id, body: m.body }),
    hop,
  );
  return m.signers.length ? signAll(raw, m.signers) : raw;
}

const NOTE =
  'Hi Robin,\r\n\r\nthe signed lease for the studio is attached; let me know if page 3 needs initials too.\r\n\r\nAda\r\n';
const LURE =
  'Hi Robin,\r\n\r\nour bank details changed this month: please pay invoice 161-07 (EUR 4,800) to\r\nIBAN XX00 0000 1610 7731 55 today. Reply once done.\r\n\r\nAda\r\n';
const HOME = '203.0.113.57';
const HOME_PTR = 'cpe-203-0-113-57.res.isp.example';

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- Fastmail -------------------------------------------------------------------------------
  {
    const from = `ada@${FM_SIGNED}`;
    const o: Out = {
      relay: FM_HIGH,
      envelope: from,
      from: FM_SIGNED,
      signers: [
        [FM_SIGNED, 'fm1'],
        ['messagingengine.com', 'fm3'],
      ],
      policy: 'QUARANTINE',
    };
    const raw = await viaFastmail({
      from: `Ada Quill <${from}>`,
      to: GMAIL_TO,
      subject: 'Studio lease, signed',
      body: NOTE,
      id: `<6d1f0e2a-7c3b-4f1e-9a61-0b161fm1@app.fastmail.com>`,
      signers: o.signers,
      relay: FM_HIGH,
    });
    emitCase(write, {
      name: 'realworld161-gmail-fastmail-custom-domain-fm1-signed',
      about: `Genuine: ${FM_SIGNED} hosts its mail and DNS at Fastmail (fm1/fm2/fm3 CNAMEs, SPF include:spf.messagingengine.com ?all, p=quarantine). Ada writes in Fastmail's web app: "Received: by mail.messagingengine.com … with ESMTPA", MEProxy and mailfhigh hops, out from ${FM_HIGH.rdns} [${FM_HIGH.ip}], signed d=${FM_SIGNED} s=fm1 and d=messagingengine.com s=fm3, envelope her own address. Gmail. Wanted: authenticated (the domain's own key ties the SPF pass through Fastmail's shared include to it).`,
      class: 'real-mail',
      args: GMAIL,
      eml: deliver(raw, o, 'gmail', 'f1'),
      zone: ZONE,
      expect: AUTHENTICATED,
      twin: true,
    });
  }
  {
    const from = `ada@${FM_SIGNED}`;
    const o: Out = {
      relay: FM_OUT,
      envelope: from,
      from: FM_SIGNED,
      signers: [
        [FM_SIGNED, 'fm1'],
        ['messagingengine.com', 'fm3'],
      ],
      policy: 'quarantine',
    };
    const raw = await viaFastmail({
      from: `Ada Quill <${from}>`,
      to: `Robin <${OUTLOOK_TO}>`,
      subject: 'Studio lease, signed',
      body: NOTE,
      id: `<3a9c1e2f-161a-4b7d-8e0c-thunderbird@${FM_SIGNED}>`,
      signers: o.signers,
      client: { ptr: HOME_PTR, ip: HOME },
      relay: FM_OUT,
    });
    emitCase(write, {
      name: 'realworld161-outlook-fastmail-custom-domain-thunderbird-smtp-client',
      about: `Genuine: the same ${FM_SIGNED} mailbox used from Thunderbird at home through smtp.fastmail.com with an app password: Fastmail writes "Received: from localhost (${HOME_PTR} [${HOME}]) by mail.messagingengine.com (Postfix) with ESMTPA" (the client's own address, as in kernel-list mail sent through Fastmail), then signs d=${FM_SIGNED} fm1 and messagingengine.com fm3 and sends from ${FM_OUT.rdns}. Outlook. Wanted: authenticated; the client's residential address below the service's hop is the submitter's, not a relay.`,
      class: 'real-mail',
      args: OUTLOOK,
      eml: deliver(raw, o, 'outlook', 'f2'),
      zone: ZONE,
      expect: AUTHENTICATED,
    });
  }
  {
    const from = `jo@${FM_BARE}`;
    const o: Out = {
      relay: FM_OUT,
      envelope: from,
      from: FM_BARE,
      signers: [['messagingengine.com', 'fm3']],
      policy: 'NONE',
    };
    const raw = await viaFastmail({
      from: `Jo Larchmont <${from}>`,
      to: YAHOO_TO,
      subject: 'Photos from Saturday',
      body: 'Hi Robin,\r\n\r\nthe gallery link from Saturday: https://photos.larchmont-studio.example/sat\r\n\r\nJo\r\n',
      id: `<b7e2c4d1-161f-4a2e-bare@app.fastmail.com>`,
      signers: o.signers,
      relay: FM_OUT,
    });
    emitCase(write, {
      name: 'realworld161-yahoo-fastmail-custom-domain-no-dkim-records',
      about: `Genuine but honestly unverified: ${FM_BARE} only pointed its MX at Fastmail and added include:spf.messagingengine.com; it never published the fm1-3 CNAMEs Fastmail's help says such domains must add by hand. Jo's mail leaves ${FM_OUT.rdns} signed only d=messagingengine.com fm3; Yahoo records spf=pass and dmarc=pass (p=none). Wanted: unverified, not authenticated: any Fastmail customer's mail passes that include the same way, and nothing of ${FM_BARE}'s own ties this message to its account; never spoofed or suspicious.`,
      class: 'real-mail',
      args: YAHOO,
      eml: deliver(raw, o, 'yahoo', 'f3'),
      zone: ZONE,
      expect: SHARED_ONLY,
    });
  }
  {
    const from = `ada@${FM_SIGNED}`;
    const o: Out = {
      relay: FM_OUT,
      envelope: from,
      from: FM_SIGNED,
      signers: [['messagingengine.com', 'fm3']],
      policy: 'QUARANTINE',
    };
    const raw = await viaFastmail({
      from: `Ada Quill <${from}>`,
      to: YAHOO_TO,
      subject: 'Invoice 161-07: new bank details',
      body: LURE,
      id: `<e1c0a2b3-161f-4c9d-attk@app.fastmail.com>`,
      signers: o.signers,
      relay: FM_OUT,
    });
    emitCase(write, {
      name: 'realworld161-yahoo-fastmail-custom-domain-other-account-attack-twin',
      about: `Attack twin of the fm1-signed case: another Fastmail customer's account sends as ada@${FM_SIGNED} (an identity with her address as From and envelope), out of the same relays, signed only d=messagingengine.com. SPF passes through include:spf.messagingengine.com, so Yahoo records dmarc=pass. ${FM_SIGNED} publishes fm1/fm2/fm3 (Fastmail signs its real mail with them "where possible", and always can for it). Yahoo. Wanted: not trusted (not authenticated, and not the neutral unverified either: the domain has set up Fastmail's signing, so its real mail through Fastmail always carries d=${FM_SIGNED}).`,
      class: 'red-team',
      args: YAHOO,
      eml: deliver(raw, o, 'yahoo', 'f4'),
      zone: ZONE,
      expect: NOT_TRUSTED,
    });
  }
  {
    const from = 'shiny.lamp4821@fastmail.com';
    const o: Out = {
      relay: FM_OUT,
      envelope: from,
      from: 'fastmail.com',
      signers: [
        ['fastmail.com', 'fm3'],
        ['messagingengine.com', 'fm3'],
      ],
      policy: 'NONE',
    };
    const raw = await viaFastmail({
      from: from,
      to: GMAIL_TO,
      subject: 'Re: Your order 161-2288',
      body: 'Hello,\r\n\r\nplease cancel the second item of order 161-2288.\r\n\r\nThanks\r\n',
      id: `<a0f1e2d3-161c-4b5a-mask@app.fastmail.com>`,
      signers: o.signers,
      relay: FM_OUT,
    });
    emitCase(write, {
      name: 'realworld161-gmail-fastmail-masked-email-reply',
      about: `Genuine: a reply from a Fastmail masked email address (shiny.lamp4821@fastmail.com; Fastmail's "My email addresses" lists masked addresses beside ordinary ones and they send as identities), signed d=fastmail.com and d=messagingengine.com, out from ${FM_OUT.rdns}. Gmail. Wanted: authenticated: Fastmail's own domain, signed by Fastmail (the shared-include rule exempts the platform's own domains).`,
      class: 'real-mail',
      args: GMAIL,
      eml: deliver(raw, o, 'gmail', 'f5'),
      zone: ZONE,
      expect: AUTHENTICATED,
    });
  }

  // ---- Proton Mail ------------------------------------------------------------------------------
  {
    const from = `m.ostrander@${PM_SIGNED}`;
    const o: Out = {
      relay: PM_OUT,
      envelope: from,
      from: PM_SIGNED,
      signers: [[PM_SIGNED, 'protonmail']],
      policy: 'QUARANTINE',
    };
    const raw = await viaProton({
      from: `Maren Ostrander <${from}>`,
      to: GMAIL_TO,
      subject: 'Draft settlement for review',
      body: 'Dear Robin,\r\n\r\nthe draft settlement is in the shared folder; comments by Friday please.\r\n\r\nMaren Ostrander\r\n',
      id: `<Kq8bV161_xN2pL0aT7cQ9e4Zr1Ww5Yh3Ju6Fs2Dg8Ck0Bm=@${PM_SIGNED}>`,
      signers: o.signers,
    });
    emitCase(write, {
      name: 'realworld161-gmail-proton-custom-domain-protonmail-signed',
      about: `Genuine: the law office ${PM_SIGNED} on Proton Mail (protonmail/protonmail2/protonmail3 CNAMEs, include:_spf.protonmail.ch ~all, p=quarantine). Sent from ${PM_OUT.rdns} [${PM_OUT.ip}], signed only d=${PM_SIGNED} s=protonmail, envelope the From address, no Proton Received line above the signature (as willsroot.io's and geanix.com's mail in public list archives). Gmail. Wanted: authenticated.`,
      class: 'real-mail',
      args: GMAIL,
      eml: deliver(raw, o, 'gmail', 'p1'),
      zone: ZONE,
      expect: AUTHENTICATED,
      twin: true,
    });
  }
  {
    const from = `kit@${PM_BARE}`;
    const o: Out = { relay: PM_OUT, envelope: from, from: PM_BARE, signers: [], policy: 'quarantine' };
    const raw = await viaProton({
      from: `Kit Mirefield <${from}>`,
      to: `Robin <${ROBIN}>`,
      subject: 'Allotment rota',
      body: 'Hi Robin,\r\n\r\nyou are on watering duty the week of the 30th.\r\n\r\nKit\r\n',
      id: `<Zt4nR161_aB7cD9eF1gH3iJ5kL7mN9oP1qR3sT5uV7wX=@${PM_BARE}>`,
      signers: [],
    });
    emitCase(write, {
      name: 'realworld161-box-proton-custom-domain-dkim-not-set-up',
      about: `Genuine but honestly unverified: ${PM_BARE} added its domain to Proton with MX and SPF (include:_spf.protonmail.ch) but never the DKIM CNAMEs; Proton starts signing a custom domain's mail only once it detects them, so this message from ${PM_OUT.rdns} is unsigned. The reader's box records spf=pass and dmarc=pass. Wanted: unverified (any Proton customer passes that include), never spoofed or suspicious.`,
      class: 'real-mail',
      args: BOX,
      eml: deliver(raw, o, 'box', 'p2'),
      zone: ZONE,
      expect: SHARED_ONLY,
    });
  }
  {
    const from = `m.ostrander@${PM_SIGNED}`;
    const o: Out = { relay: PM_OUT, envelope: from, from: PM_SIGNED, signers: [], policy: 'quarantine' };
    const raw = await viaProton({
      from: `Maren Ostrander <${from}>`,
      to: `Robin <${ROBIN}>`,
      subject: 'Settlement funds: client account changed',
      body: 'Dear Robin,\r\n\r\nplease send the settlement funds to our new client account IBAN XX00 0000 1610 2299 41\r\ntoday; the old account is closed.\r\n\r\nMaren Ostrander\r\n',
      id: `<Yq2mS161_attk0aT7cQ9e4Zr1Ww5Yh3Ju6Fs2Dg8Ck0Bm=@${PM_SIGNED}>`,
      signers: [],
    });
    emitCase(write, {
      name: 'realworld161-box-proton-custom-domain-unsigned-attack-twin',
      about: `Attack twin of the protonmail-signed case: unsigned mail as m.ostrander@${PM_SIGNED} from Proton's relay ${PM_OUT.rdns}, envelope her address, SPF passing through include:_spf.protonmail.ch (probe162's premise: another Proton customer's account writing her address). ${PM_SIGNED} publishes protonmail/protonmail2/protonmail3, so Proton signs every real message of its with d=${PM_SIGNED}. The reader's box. Wanted: not trusted.`,
      class: 'red-team',
      args: BOX,
      eml: deliver(raw, o, 'box', 'p3'),
      zone: ZONE,
      expect: NOT_TRUSTED,
    });
  }
  {
    const from = 'tj.reyes@proton.me';
    const o: Out = {
      relay: PM_OUT2,
      envelope: from,
      from: 'proton.me',
      signers: [['proton.me', 'protonmail']],
      policy: 'quarantine',
    };
    const raw = await viaProton({
      from: `TJ Reyes <${from}>`,
      to: `Robin <${OUTLOOK_TO}>`,
      subject: 'Regression report for build 161',
      body: 'Hi Robin,\r\n\r\nbuild 161 hangs on resume; logs are in the ticket.\r\n\r\nTJ\r\n',
      id: '<Ab3cD161_eF5gH7iJ9kL1mN3oP5qR7sT9uV1wX3yZ5aB7=@proton.me>',
      signers: o.signers,
    });
    emitCase(write, {
      name: 'realworld161-outlook-proton-me-own-address',
      about: `Genuine: a proton.me address from ${PM_OUT2.rdns} [${PM_OUT2.ip}] (as a 2026 kernel-list message shows), signed d=proton.me s=protonmail, envelope the same address; proton.me publishes p=quarantine, adkim=s, aspf=s. Outlook. Wanted: authenticated (Proton's own domain, signed).`,
      class: 'real-mail',
      args: OUTLOOK,
      eml: deliver(raw, o, 'outlook', 'p4'),
      zone: ZONE,
      expect: AUTHENTICATED,
    });
  }

  // ---- iCloud+ ---------------------------------------------------------------------------------
  {
    const from = `sam@${IC_SIGNED}`;
    const o: Out = {
      relay: IC_OUT,
      envelope: from,
      from: IC_SIGNED,
      signers: [[IC_SIGNED, 'sig1']],
      policy: 'quarantine',
    };
    const raw = await viaIcloud({
      from: `Sam Bellweather <${from}>`,
      to: `Robin <${OUTLOOK_TO}>`,
      subject: '[PATCH v2] docs: fix the install steps',
      body: 'The install steps named the old package.\r\n\r\nSigned-off-by: Sam Bellweather <sam@bellweather.example>\r\n',
      id: `<20261120095959.16161-1-sam@${IC_SIGNED}>`,
      signers: o.signers,
      relay: IC_OUT,
    });
    emitCase(write, {
      name: 'realworld161-outlook-icloud-custom-domain-sig1-git-send-email',
      about: `Genuine: ${IC_SIGNED} on iCloud+ (MX, TXT, include:icloud.com, the sig1 DKIM CNAME to icloudmailadmin.com), Sam sends a patch with git send-email through smtp.mail.me.com: Apple writes "Received: from localhost.localdomain (ms11p00im-dlb-asmtpmailmevip.me.com [17.57.154.19]) by ${IC_OUT.rdns} (Postfix) with ESMTPSA", signs only d=${IC_SIGNED} s=sig1 and sends from ${IC_OUT.rdns} [${IC_OUT.ip}] (as kuroa.me's patch mail shows). Outlook. Wanted: authenticated.`,
      class: 'real-mail',
      args: OUTLOOK,
      eml: deliver(raw, o, 'outlook', 'i1'),
      zone: ZONE,
      expect: AUTHENTICATED,
      twin: true,
    });
  }
  {
    const from = `lee@${IC_BARE}`;
    const o: Out = { relay: IC_OUT, envelope: from, from: IC_BARE, signers: [], policy: 'NONE' };
    const raw = await viaIcloud({
      from: `Lee Harrowgate <${from}>`,
      to: GMAIL_TO,
      subject: 'School run next week',
      body: 'Hi Robin,\r\n\r\ncan you take Tuesday and Thursday? I have Monday and Wednesday.\r\n\r\nLee\r\n',
      id: `<8C2E4A61-161B-4D2F-9E1A-3B5C7D9E1F20@${IC_BARE}>`,
      signers: [],
      relay: IC_OUT,
    });
    emitCase(write, {
      name: 'realworld161-gmail-icloud-custom-domain-no-dkim-cname',
      about: `Genuine but honestly unverified: the family domain ${IC_BARE} was set up on iCloud+ with MX, the verification TXT and include:icloud.com (p=none) but no sig1 CNAME (guides such as mxhelper.com even tell iCloud+ users there is no DKIM for custom domains), so Apple sends it unsigned from ${IC_OUT.rdns}. Gmail records spf=pass, dmarc=pass. Wanted: unverified (any iCloud+ account passes include:icloud.com), never spoofed or suspicious.`,
      class: 'real-mail',
      args: GMAIL,
      eml: deliver(raw, o, 'gmail', 'i2'),
      zone: ZONE,
      expect: SHARED_ONLY,
    });
  }
  {
    const from = `sam@${IC_SIGNED}`;
    const o: Out = { relay: IC_OUT, envelope: from, from: IC_SIGNED, signers: [], policy: 'QUARANTINE' };
    const raw = await viaIcloud({
      from: `Sam Bellweather <${from}>`,
      to: GMAIL_TO,
      subject: 'Quick favour',
      body: 'Hi Robin,\r\n\r\nare you around? I need four EUR 100 gift cards for a client today, I will pay you back.\r\n\r\nSam\r\n',
      id: `<1F3B5D7E-161A-4C2E-attk-9A0B1C2D3E4F@${IC_SIGNED}>`,
      signers: [],
      relay: IC_OUT,
    });
    emitCase(write, {
      name: 'realworld161-gmail-icloud-custom-domain-unsigned-attack-twin',
      about: `Attack twin of the sig1-signed case: unsigned mail as sam@${IC_SIGNED} from Apple's relay ${IC_OUT.rdns}, envelope his address, SPF passing through include:icloud.com (probe162's premise: another iCloud+ account). ${IC_SIGNED} publishes sig1, so Apple signs its real mail with d=${IC_SIGNED}. Gmail. Wanted: not trusted.`,
      class: 'red-team',
      args: GMAIL,
      eml: deliver(raw, o, 'gmail', 'i3'),
      zone: ZONE,
      expect: NOT_TRUSTED,
    });
  }
  {
    const from = 'rob.hale@icloud.com';
    const o: Out = {
      relay: IC_OUT2,
      envelope: from,
      from: 'icloud.com',
      signers: [['icloud.com', '1a1hai']],
      policy: 'QUARANTINE',
    };
    const raw = await viaIcloud({
      from: `Rob Hale <${from}>`,
      to: `Robin <${YAHOO_TO}>`,
      subject: 'Re: Mint folder options',
      body: 'There is no file management in the control centre on this install.\r\n\r\nRob\r\n',
      id: '<f1c12178-0f15-cb7b-0483-161a3b5c7d9e@icloud.com>',
      signers: o.signers,
      relay: IC_OUT2,
      client: { ptr: HOME_PTR, ip: HOME },
    });
    emitCase(write, {
      name: 'realworld161-yahoo-icloud-com-thunderbird-smtp-client',
      about: `Genuine: an icloud.com address used from Thunderbird through smtp.mail.me.com: Apple writes "Received: from [192.168.1.23] (${HOME_PTR} [${HOME}]) by ${IC_OUT2.rdns} (Postfix) with ESMTPSA" (as a 2021 list message shows), signs d=icloud.com s=1a1hai, sends from ${IC_OUT2.rdns} [${IC_OUT2.ip}]. Yahoo. Wanted: authenticated.`,
      class: 'real-mail',
      args: YAHOO,
      eml: deliver(raw, o, 'yahoo', 'i4'),
      zone: ZONE,
      expect: AUTHENTICATED,
    });
  }
  {
    // The bank's genuine notice to the reader's Hide My Email alias, forwarded by Apple to Gmail.
    const alias = 'bright_oak_7x@icloud.com';
    const raw = await signAll(
      submitted({
        from: `Northbank <statements@${BANK}>`,
        to: `Hide My Email <${alias}>`,
        subject: 'Your November statement is ready',
        date: SENT,
        messageId: `<stmt-161-2288@${BANK}>`,
        body: 'Dear customer,\r\n\r\nyour November statement is ready in online banking.\r\n\r\nNorthbank\r\n',
      }),
      [[BANK, 'nb1']],
    );
    const hops = onTop(
      raw,
      `Received: from st11p00im-smtpin027.me.com (st43p00im.dlb-asmtpoutvip.me.com\r\n [10.76.196.233]) by ${IC_FWD.rdns} (Postfix) with ESMTP id 7FA2854161A\r\n for <${GMAIL_TO}>; Fri, 20 Nov 2026 10:00:02 +0000 (UTC)`,
      `Received: from ${BANK_MTA.helo} (${BANK_MTA.rdns}\r\n [${BANK_MTA.ip}]) by st11p00im-smtpin027.me.com (Postfix) with ESMTPS id 71546680161\r\n for <${alias}>; Fri, 20 Nov 2026 10:00:01 +0000 (UTC)`,
    );
    const envelope = `SRS0=Hk2p=TZ=${BANK}=statements@icloud.com`;
    emitCase(write, {
      name: 'realworld161-gmail-icloud-hide-my-email-forward-bank-notice',
      about: `Genuine: the bank's signed notice to the reader's Hide My Email alias ${alias}, which Apple forwards to the reader's Gmail: To keeps the alias, Apple rewrites the envelope (modelled SRS0 at icloud.com; its form NOT confirmed) and hands it on from ${IC_FWD.rdns} [${IC_FWD.ip}] after its inbound st11p00im-smtpin027 hop (atelierhsn.com's 2022 headers). Gmail: dkim=pass d=${BANK}, spf=pass for the icloud.com envelope, dmarc=pass (p=REJECT) by the bank's signature. Wanted: authenticated (the bank's own signature survives the forward; the SPF pass is Apple's, not the bank's).`,
      class: 'real-mail',
      args: GMAIL,
      eml: gmailDelivery(hops, {
        relay: IC_FWD,
        envelope,
        results: [gmailDkim(BANK, 'nb1'), gmailSpf(envelope, IC_FWD.ip), gmailDmarc(BANK, 'REJECT')].join(
          '\r\n       ',
        ),
        ids: ['x161cspi5pxa', 'a161sii5qtb.61'],
        spf: 'pass',
        deliveredTo: true,
        to: GMAIL_TO,
      }),
      zone: ZONE,
      expect: AUTHENTICATED,
    });
  }
}

// The three attack twins (another customer of Fastmail, Proton or iCloud+ sending unsigned as a
// domain that publishes the service's own DKIM selectors) read **unverified** today ("Only
// <service>'s shared SPF (<include>) vouches for <domain>…"; dkim-unaligned:info for Fastmail's
// messagingengine.com signature): exactly what the genuine no-DKIM cases read. They should read
// suspicious (not trusted): each service signs every message of a custom domain with that domain's
// key once the domain publishes the CNAMEs (Fastmail: "where possible", Proton: "start signing …
// once we detect these records", Apple: sig1), so an SPF-only pass through the service's include for
// a domain whose fm1/protonmail/sig1 key resolves cannot be that domain's own account. At fault:
// lib/findings/auth-state.ts sharedSpfPlatform (read by sharedSpfOnly in lib/findings/verdict.ts's
// dmarc-pass row) treats every SPF-only pass through SHARED_PLATFORMS alike; it never asks whether
// the From domain has set up the platform's delegated signing. Fix: give the Fastmail, Proton and
// Apple entries their selectors (fm1/fm2/fm3, protonmail/protonmail2/protonmail3, sig1); online, when
// sharedSpfPlatform returns one of them and `<selector>._domainkey.<From domain>` holds a key (one DNS
// lookup, mailauth's resolver), raise a medium finding (say `shared-spf-signing-skipped`) so the
// verdict reads suspicious; without the key, stay unverified (the genuine no-DKIM cases here).
// Kept out by choice (the lead, 12:14): the three attack twins read unverified, as every SPF-only
// pass through a shared platform's include does, and as the genuine custom domains without DKIM
// read: telling "set up the service's signing, and this one is unsigned" apart would cost a key
// lookup per such message, for an attack Proton and iCloud+ stop by asking for proof of the domain.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'realworld161-yahoo-fastmail-custom-domain-other-account-attack-twin',
  'realworld161-box-proton-custom-domain-unsigned-attack-twin',
  'realworld161-gmail-icloud-custom-domain-unsigned-attack-twin',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
