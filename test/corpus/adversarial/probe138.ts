// Red-team probes, round 138 (December 2026): ARC and the forwarders HeaderLens trusts, laundered
// through the attacker's own accounts at the built-in sealers (Fastmail's messagingengine.com,
// Google's google.com, Microsoft's outlook.com as microsoft.com), read in Gmail, Outlook, Yahoo
// and the reader's own box.
// - lib/findings/arc-record.ts passFor: a sealer's record counts as a pass for the From domain when
//   it holds an SPF (or DKIM) pass whose domain is in the From's organisation, relaxed, even where
//   the same record says DMARC FAILED for that exact From domain. That happens exactly when the
//   domain asks for strict alignment (aspf=s / adkim=s): Northbank publishes `p=quarantine;
//   aspf=s; adkim=s` because its staff subdomain `mail.northbank.example` names Google Workspace's
//   shared SPF (`include:_spf.google.com`). The attacker's own Workspace tenant relays through
//   smtp-relay.gmail.com with "Allowed senders: any addresses" (Google Admin help, "SMTP relay
//   service") under the envelope security@mail.northbank.example and From security@northbank.example,
//   to his own Fastmail / Gmail / Outlook.com mailbox that forwards to the reader. The forwarder
//   records, under its genuine seal, `spf=pass smtp.mailfrom=…@mail.northbank.example` and
//   `dmarc=fail header.from=northbank.example`; HeaderLens reads the SPF line as the forwarder's
//   pass and excuses the bank's DMARC failure (arc-forwarded, unverified).
// - Held checks: a Google seal read in Gmail (tenantsWord), a second AAR i=1 beside the forwarder's
//   own (setRecord takes no record from two), each beside its genuine control (the bank's signed
//   notice; its unsigned SPF-only notice from its own server, strictly aligned).
// Where the layouts were learnt: Fastmail's seal, SRS envelope, out host fout-a4-smtp and
// mx6.messagingengine.com as probe106/realworld49 built them (Fastmail's AAR wording
// `dmarc=fail policy.published-domain-policy=…` from realworld.ts's Fastmail header and the
// emaildiscussions.com Fastmail thread found with the "pages" search); Google's AAR wording
// (`spf=pass (google.com: domain of … designates … as permitted sender)`, `dmarc=fail (p=… sp=…
// dis=…)`) from suped.com's ARC pages (search corpus "pages") and receivers.ts; Microsoft's AAR
// (`mx.microsoft.com 1; spf=pass (sender ip is …) smtp.rcpttodomain=… smtp.mailfrom=<domain>`) and
// EOP's lines as probe100/realworld95 write them; Yahoo's as receivers.ts yahooDelivery. Names and
// addresses are documentation ones except the providers' own hosts and ranges (Google
// 209.85.220.0/24, Fastmail 103.168.172.128/27, Outlook.com 40.92.0.0/15); every key is the corpus
// test key.
import { signCorpus } from '../../helpers/corpus';
import {
  ARGS,
  BANK_FROM,
  BANK_IP,
  emitCase,
  GMAIL,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  SIGNED,
} from '../kit';
import { keyZone, sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { eopDelivery, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf, yahooDelivery } from '../receivers';
import { probeCorpus, STATEMENT_SUBJECT } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule.
 */
// Fixed at 06:13 on 2026-12-06 (lib/findings/arc-record.ts passFor, dmarcFailedFor): the
// strict-alignment laundering (probe138-*-strict-spf-subdomain-*: the attacker's relay through a
// shared platform the bank's subdomain SPF names, forwarded by his own Fastmail / Outlook.com /
// Gmail account, whose sealed record holds `spf=pass smtp.mailfrom=…@mail.northbank.example` AND
// `dmarc=fail header.from=northbank.example` under aspf=s) read unverified (arc-forwarded: "the
// forwarder saw it pass"). A record that failed DMARC for the exact From domain now records no pass
// for it, whatever relaxed alignment makes of its SPF or DKIM pass: spoofed, as probe106.
// The DKIM twin (probe138-box-fastmail-forward-strict-dkim-taken-subdomain, README's probe2 case)
// read suspicious but said "This message really comes from northbank.example"; the same change
// takes the subdomain's dkim=pass beside that fail as no pass of the bank's: spoofed
// (arc-forwarder-no-pass), as the bank's adkim=s asks.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const READER = 'robin@reader.example';
const YAHOO = ['--webmail', 'yahoo'];
const at = (s: number) => `Fri, 20 Nov 2026 10:00:0${s} +0000`;
const SUB_ENV = 'security@mail.northbank.example';
const BANK_ENV = 'security@northbank.example';

/** Northbank: strict alignment; its staff subdomain on Google Workspace's shared SPF. */
const BANK_STRICT = {
  'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
  '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=quarantine; aspf=s; adkim=s'] },
  'mail.northbank.example': { TXT: ['v=spf1 include:_spf.google.com ~all'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  'nb1._domainkey.northbank.example': KEY(),
};

// The attacker's Workspace tenant, relaying through smtp-relay.gmail.com.
const ATT_WS = 'fenwick-logistics.example';
const RELAY: Relay = { helo: 'smtp-relay.gmail.com', rdns: 'mail-sor-f69.google.com', ip: '209.85.220.69' };
const ATT_ZONE = {
  ...ptr(RELAY.ip, RELAY.rdns),
  [ATT_WS]: { TXT: ['v=spf1 include:_spf.google.com ~all'] },
  [`google._domainkey.${ATT_WS}`]: KEY(),
  [`_dmarc.${ATT_WS}`]: { TXT: ['v=DMARC1; p=none'] },
};
const BANK_RELAY: Relay = { helo: 'mail.northbank.example', rdns: 'mail.northbank.example', ip: BANK_IP };
const BANK_PTR = ptr(BANK_IP, BANK_RELAY.rdns);

const NOTICE_BODY =
  'Dear customer,\r\n\r\nyour November direct debit could not be collected. To avoid a late fee, update your card today:\r\nhttps://northbank-secure.example/update\r\n\r\nNorthbank Customer Security\r\n';
const GENUINE_BODY =
  'Dear customer,\r\n\r\nyour November statement is ready in online banking.\r\n\r\nNorthbank Customer Security\r\n';

/** The forgery as the attacker's Workspace relay sends it: the bank's From, his tenant's signature. */
async function forged(to: string): Promise<string> {
  const raw = submitted({
    from: BANK_FROM,
    to,
    subject: STATEMENT_SUBJECT,
    date: 'Fri, 20 Nov 2026 09:58:00 +0000',
    messageId: '<CAF1x9k2Qe7Lr0vA@mail.gmail.com>',
    body: NOTICE_BODY,
  });
  const signedRaw = await signCorpus(raw, { domain: ATT_WS, selector: 'google', headerList: SIGNED });
  return onTop(
    signedRaw,
    `Received: from workstation.${ATT_WS} ([198.51.100.66])\r\n        by smtp-relay.gmail.com with ESMTPS id 6a1803df08f44-8b1c2f3e4d5sm1041136d6.4.2026.11.20.01.59.58\r\n        for <${to.replace(/.*</, '').replace(/>$/, '')}>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        Fri, 20 Nov 2026 01:59:58 -0800 (PST)`,
  );
}

/** The bank's genuine notice: signed (d=northbank.example) or not (its SPF-only server path). */
async function genuine(to: string, sign: boolean): Promise<string> {
  const raw = submitted({
    from: BANK_FROM,
    to,
    subject: 'Your November statement is ready',
    date: 'Fri, 20 Nov 2026 09:58:00 +0000',
    messageId: '<stmt-20261120-90001@northbank.example>',
    body: GENUINE_BODY,
  });
  return sign ? signCorpus(raw, { domain: 'northbank.example', selector: 'nb1', headerList: SIGNED }) : raw;
}

// ---- Fastmail (messagingengine.com) ----
const FM: Relay = {
  helo: 'fout-a4-smtp.messagingengine.com',
  rdns: 'fout-a4-smtp.messagingengine.com',
  ip: '103.168.172.147',
};
const FM_SRS = 'SRS0=Ut5W=TT=northbank.example=security@fastmail.com';
const FM_ZONE = {
  ...ptr(FM.ip, FM.rdns),
  ...keyZone(['fm2._domainkey.messagingengine.com']),
  'fastmail.com': { TXT: ['v=spf1 ip4:103.168.172.128/27 -all'] },
};
const FM_BOX = 'jordan.k@fastmail.com';

const fmAar = (o: { dkim: string; dmarc: 'pass' | 'fail'; env: string; helo: string; ip: string }) =>
  `mx6.messagingengine.com; arc=none (no signatures found); ${o.dkim}; dmarc=${o.dmarc} policy.published-domain-policy=quarantine policy.applied-disposition=${o.dmarc === 'pass' ? 'none' : 'quarantine'} policy.evaluated-disposition=${o.dmarc === 'pass' ? 'none' : 'quarantine'} (p=quarantine,d=${o.dmarc === 'pass' ? 'none' : 'quarantine'},d.eval=${o.dmarc === 'pass' ? 'none' : 'quarantine'}) policy.policy-from=p header.from=northbank.example; iprev=pass smtp.remote-ip=${o.ip}; spf=pass smtp.mailfrom=${o.env} smtp.helo=${o.helo}`;

async function viaFastmail(raw: string, client: Relay, aar: string): Promise<string> {
  const atFm = onTop(
    raw,
    `Received: from ${client.helo} (${client.rdns} [${client.ip}])\r\n\tby mx6.messagingengine.com (Postfix) with ESMTPS id 4Zw138D1bcd\r\n\tfor <${FM_BOX}>; ${at(1)}`,
  );
  return sealCorpus(atFm, { domain: 'messagingengine.com', selector: 'fm2', cv: 'none', authResults: aar });
}

// ---- Google (the attacker's own Gmail account forwarding) ----
const GOUT: Relay = { helo: 'mail-sor-f41.google.com', rdns: 'mail-sor-f41.google.com', ip: '209.85.220.41' };
const G_SRS = 'jordan.k.fwd+caf_=robin=reader.example@gmail.com';
const G_ZONE = {
  ...ptr(GOUT.ip, GOUT.rdns),
  ...keyZone(['arc-20240605._domainkey.google.com']),
  'gmail.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
  '_dmarc.gmail.com': { TXT: ['v=DMARC1; p=none; sp=quarantine'] },
};

async function viaGmail(raw: string, client: Relay, aar: string): Promise<string> {
  const atG = onTop(
    raw,
    `Received: from ${client.helo} (${client.rdns}. [${client.ip}])\r\n        by mx.google.com with SMTPS id a138si1d4402911qtb.51.2026.11.20.02.00.01\r\n        for <jordan.k.fwd@gmail.com>\r\n        (Google Transport Security);\r\n        Fri, 20 Nov 2026 02:00:01 -0800 (PST)`,
  );
  return sealCorpus(atG, { domain: 'google.com', selector: 'arc-20240605', cv: 'none', authResults: aar });
}

const googleAar = (o: { dkim: string; dmarc: 'pass' | 'fail'; env: string; ip: string }) =>
  `mx.google.com; ${o.dkim} spf=pass (google.com: domain of ${o.env} designates ${o.ip} as permitted sender) smtp.mailfrom=${o.env}; dmarc=${o.dmarc} (p=QUARANTINE sp=QUARANTINE dis=${o.dmarc === 'pass' ? 'NONE' : 'QUARANTINE'}) header.from=northbank.example`;

// ---- Outlook.com (the attacker's own mailbox forwarding, sealed as microsoft.com) ----
const OLC: Relay = {
  helo: 'EUR05-VI1-obe.outbound.protection.outlook.com',
  rdns: 'mail-vi1eur05olkn2041.outbound.protection.outlook.com',
  ip: '40.92.90.41',
};
const OLC_SRS = 'SRS0=Ut5W=TT=northbank.example=security@outlook.com';
const OLC_ZONE = {
  ...ptr(OLC.ip, OLC.rdns),
  ...keyZone(['arcselector10001._domainkey.microsoft.com']),
  'outlook.com': { TXT: ['v=spf1 ip4:40.92.0.0/15 -all'] },
  '_dmarc.outlook.com': { TXT: ['v=DMARC1; p=none'] },
};

async function viaOutlookCom(raw: string, client: Relay, aar: string): Promise<string> {
  const atO = onTop(
    raw,
    `Received: from ${client.helo} (${client.ip}) by\r\n AM3PEPF0000A78F.mail.protection.outlook.com (10.167.16.118) with Microsoft\r\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8158.14 via\r\n Frontend Transport; ${at(1)}`,
  );
  return sealCorpus(atO, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: 'none',
    authResults: aar,
  });
}

const msAar = (o: { dkim: string; dmarc: 'pass' | 'fail'; envDomain: string; ip: string }) =>
  `mx.microsoft.com 1; spf=pass (sender ip is ${o.ip}) smtp.rcpttodomain=outlook.com smtp.mailfrom=${o.envDomain}; dmarc=${o.dmarc} (p=quarantine sp=quarantine pct=100) action=${o.dmarc === 'pass' ? 'none' : 'quarantine'} header.from=northbank.example; ${o.dkim}; arc=none`;

// ---- The reader's deliveries ----
const gmailArc = (spf: string, dmarc: string) =>
  `arc=pass (i=1 spf=pass spfdomain=${spf} dmarc=${dmarc} fromdomain=northbank.example);`;

function toGmail(
  raw: string,
  fwd: Relay,
  env: string,
  id: string,
  spfDom: string,
  dmarc: string,
  extra: string[] = [],
) {
  return gmailDelivery(raw, {
    relay: fwd,
    envelope: env,
    ids: [`x138csp${id}d0934pxa`, `a138si${id}d4402911qtb.49`],
    spf: 'pass',
    deliveredTo: true,
    results: [
      ...extra,
      gmailArc(spfDom, dmarc),
      gmailSpf(env, fwd.ip),
      gmailDmarc('northbank.example', 'QUARANTINE', 'fail'),
    ].join('\r\n       '),
  });
}

function toBox(raw: string, fwd: Relay, env: string, sealer: string, dkim = 'dkim=none'): string {
  return onTop(
    raw,
    `Return-Path: <${env}>`,
    `Authentication-Results: ${RECEIVER};\r\n\tspf=pass (${RECEIVER}: domain of ${env} designates ${fwd.ip} as permitted sender) smtp.mailfrom=${env};\r\n\t${dkim};\r\n\tdmarc=fail (p=quarantine) header.from=northbank.example;\r\n\tarc=pass ("${sealer}:i=1")`,
    received({ ...fwd, by: RECEIVER, id: '4Zx138a01', for: READER, date: at(5) }),
  );
}

function toOutlook(raw: string, fwd: Relay, env: string, envDomain: string, dkim: string): string {
  return eopDelivery(raw, {
    ip: fwd.ip,
    helo: fwd.helo,
    ar: `spf=pass (sender IP is ${fwd.ip})\r\n smtp.mailfrom=${envDomain}; ${dkim};dmarc=fail action=quarantine\r\n header.from=northbank.example;compauth=pass reason=130;arc=pass`,
    spf: `Pass (protection.outlook.com: domain of ${envDomain} designates\r\n ${fwd.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${fwd.ip}; helo=${fwd.helo}; pr=C`,
    returnPath: `<${env}>`,
  });
}

function toYahoo(raw: string, fwd: Relay, env: string, dkim: string): string {
  return yahooDelivery(raw, {
    relay: fwd,
    envelope: env,
    results: `${dkim}\r\n spf=pass smtp.mailfrom=${env.split('@').pop()};\r\n dmarc=fail(p=QUARANTINE) header.from=northbank.example;`,
  });
}

const ATT_DKIM_FM = `dkim=pass (2048-bit rsa key sha256) header.d=${ATT_WS} header.i=@${ATT_WS} header.b=Q29ycHVz header.a=rsa-sha256 header.s=google x-bits=2048`;
const BANK_DKIM_FM =
  'dkim=pass (2048-bit rsa key sha256) header.d=northbank.example header.i=@northbank.example header.b=Q29ycHVz header.a=rsa-sha256 header.s=nb1 x-bits=2048';
const FM_NO_DKIM = 'dkim=none (no signatures found)';

const LAUNDER = (via: string) =>
  `The attacker's own Google Workspace tenant (${ATT_WS}) relays through smtp-relay.gmail.com (${RELAY.ip}; "Allowed senders: any addresses") a forged Northbank notice: From security@northbank.example, envelope ${SUB_ENV}. Northbank publishes p=quarantine; aspf=s; adkim=s, and its staff subdomain mail.northbank.example names Google's shared SPF (include:_spf.google.com). The relay signs d=${ATT_WS}. It goes to the attacker's own ${via} account, which records, under its genuine seal, spf=pass for ${SUB_ENV} and dmarc=fail for northbank.example (strict SPF alignment), and forwards everything to the reader.`;

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- Fastmail forwarding the strict-alignment forgery ----
  const fmAttack = await viaFastmail(
    await forged(`Jordan K <${FM_BOX}>`),
    RELAY,
    fmAar({ dkim: ATT_DKIM_FM, dmarc: 'fail', env: SUB_ENV, helo: RELAY.helo, ip: RELAY.ip }),
  );
  const fmZone = { ...BANK_STRICT, ...ATT_ZONE, ...FM_ZONE };
  emitCase(write, {
    name: 'probe138-gmail-fastmail-forward-strict-spf-subdomain-relay',
    about: `${LAUNDER('Fastmail')} Fastmail seals as messagingengine.com (built-in list); Gmail records arc=pass, dmarc=fail p=QUARANTINE (the reader's Spam folder). Wanted: not trusted (the forwarder itself recorded the bank's DMARC fail; its SPF pass was for a subdomain the bank does not align)`,
    class: 'arc-forwarder',
    args: GMAIL,
    eml: toGmail(fmAttack, FM, FM_SRS, '11', 'mail.northbank.example', 'fail', [gmailDkim(ATT_WS, 'google')]),
    zone: fmZone,
    expect: NOT_TRUSTED,
    twin: true,
  });
  emitCase(write, {
    name: 'probe138-box-fastmail-forward-strict-spf-subdomain-relay',
    about: `As probe138-gmail-fastmail-forward-strict-spf-subdomain-relay, into the reader's own box (rspamd-style results; the box quarantines nothing). Wanted: not trusted`,
    class: 'arc-forwarder',
    args: ARGS,
    eml: toBox(fmAttack, FM, FM_SRS, 'messagingengine.com', `dkim=pass header.d=${ATT_WS} header.s=google`),
    zone: fmZone,
    expect: NOT_TRUSTED,
  });
  emitCase(write, {
    name: 'probe138-outlook-fastmail-forward-strict-spf-subdomain-relay',
    about: `As probe138-gmail-fastmail-forward-strict-spf-subdomain-relay, into the reader's Microsoft 365 mailbox; EOP records dmarc=fail action=quarantine and, trusting the intact Fastmail seal, compauth=pass reason=130 (Junk). Wanted: not trusted`,
    class: 'arc-forwarder',
    args: OUTLOOK,
    eml: toOutlook(
      fmAttack,
      FM,
      FM_SRS,
      'fastmail.com',
      `dkim=pass (signature was verified)\r\n header.d=${ATT_WS}`,
    ),
    zone: fmZone,
    expect: NOT_TRUSTED,
  });
  emitCase(write, {
    name: 'probe138-yahoo-fastmail-forward-strict-spf-subdomain-relay',
    about: `As probe138-gmail-fastmail-forward-strict-spf-subdomain-relay, into the reader's Yahoo Mail (Yahoo records dmarc=fail p=QUARANTINE: the Spam folder). Wanted: not trusted`,
    class: 'arc-forwarder',
    args: YAHOO,
    eml: toYahoo(fmAttack, FM, FM_SRS, `dkim=pass header.i=@${ATT_WS} header.s=google;`),
    zone: fmZone,
    expect: NOT_TRUSTED,
  });

  // Controls: the same Fastmail forward of the bank's genuine mail.
  const fmSigned = await viaFastmail(
    await genuine(`Jordan K <${FM_BOX}>`, true),
    BANK_RELAY,
    fmAar({ dkim: BANK_DKIM_FM, dmarc: 'pass', env: BANK_ENV, helo: BANK_RELAY.helo, ip: BANK_IP }),
  );
  emitCase(write, {
    name: 'probe138-gmail-fastmail-forward-genuine-signed',
    about: `Genuine control: Northbank's signed statement notice (d=northbank.example, strict policy) to a Fastmail account forwarding to Gmail; Fastmail records dkim/spf/dmarc pass and seals; the bank's signature is intact. Wanted: authenticated`,
    class: 'arc-forwarder',
    args: GMAIL,
    eml: gmailDelivery(fmSigned, {
      relay: FM,
      envelope: FM_SRS,
      ids: ['x138csp12d0934pxa', 'a138si12d4402911qtb.49'],
      spf: 'pass',
      deliveredTo: true,
      results: [
        gmailDkim('northbank.example', 'nb1'),
        gmailArc('northbank.example', 'pass'),
        gmailSpf(FM_SRS, FM.ip),
        gmailDmarc('northbank.example', 'QUARANTINE'),
      ].join('\r\n       '),
    }),
    zone: { ...fmZone, ...BANK_PTR },
    expect: { verdict: 'authenticated' },
    twin: true,
  });
  const fmSpfOnly = await viaFastmail(
    await genuine(`Jordan K <${FM_BOX}>`, false),
    BANK_RELAY,
    fmAar({ dkim: FM_NO_DKIM, dmarc: 'pass', env: BANK_ENV, helo: BANK_RELAY.helo, ip: BANK_IP }),
  );
  const SPF_ONLY_OK = { verdict: 'unverified', findings: ['arc-forwarded'] };
  emitCase(write, {
    name: 'probe138-gmail-fastmail-forward-genuine-spf-only-strict',
    about: `Genuine control: Northbank's unsigned notice from its own server (envelope ${BANK_ENV}, strictly aligned) to a Fastmail account forwarding to Gmail; Fastmail records spf=pass and dmarc=pass and seals; Gmail's dmarc=fail (the forward broke SPF). Wanted: unverified (README row 11, forwarded-trusted), never spoofed`,
    class: 'arc-forwarder',
    args: GMAIL,
    eml: toGmail(fmSpfOnly, FM, FM_SRS, '13', 'northbank.example', 'pass'),
    zone: { ...fmZone, ...BANK_PTR },
    expect: SPF_ONLY_OK,
  });
  emitCase(write, {
    name: 'probe138-box-fastmail-forward-genuine-spf-only-strict',
    about: `As probe138-gmail-fastmail-forward-genuine-spf-only-strict, into the reader's own box. Wanted: unverified (forwarded-trusted)`,
    class: 'arc-forwarder',
    args: ARGS,
    eml: toBox(fmSpfOnly, FM, FM_SRS, 'messagingengine.com'),
    zone: { ...fmZone, ...BANK_PTR },
    expect: SPF_ONLY_OK,
  });
  emitCase(write, {
    name: 'probe138-yahoo-fastmail-forward-genuine-spf-only-strict',
    about: `As probe138-gmail-fastmail-forward-genuine-spf-only-strict, into the reader's Yahoo Mail. Wanted: unverified (forwarded-trusted)`,
    class: 'arc-forwarder',
    args: YAHOO,
    eml: toYahoo(fmSpfOnly, FM, FM_SRS, 'dkim=none;'),
    zone: { ...fmZone, ...BANK_PTR },
    expect: SPF_ONLY_OK,
  });

  // ---- Outlook.com forwarding (microsoft.com seal), read in the box and in Gmail ----
  const olcAttack = await viaOutlookCom(
    await forged('Jordan K <jordan.k.fwd@outlook.com>'),
    RELAY,
    msAar({
      dkim: `dkim=pass (signature was verified) header.d=${ATT_WS}`,
      dmarc: 'fail',
      envDomain: 'mail.northbank.example',
      ip: RELAY.ip,
    }),
  );
  const olcZone = { ...BANK_STRICT, ...ATT_ZONE, ...OLC_ZONE };
  emitCase(write, {
    name: 'probe138-box-outlookcom-forward-strict-spf-subdomain-relay',
    about: `${LAUNDER('Outlook.com')} Exchange Online seals as microsoft.com (built-in) and forwards with an SRS envelope at outlook.com. Into the reader's own box. Wanted: not trusted`,
    class: 'arc-forwarder',
    args: ARGS,
    eml: toBox(olcAttack, OLC, OLC_SRS, 'microsoft.com', `dkim=pass header.d=${ATT_WS} header.s=google`),
    zone: olcZone,
    expect: NOT_TRUSTED,
  });
  emitCase(write, {
    name: 'probe138-gmail-outlookcom-forward-strict-spf-subdomain-relay',
    about: `As probe138-box-outlookcom-forward-strict-spf-subdomain-relay, read in Gmail (microsoft.com is not the reader's provider there: the list's trust). Wanted: not trusted`,
    class: 'arc-forwarder',
    args: GMAIL,
    eml: toGmail(olcAttack, OLC, OLC_SRS, '21', 'mail.northbank.example', 'fail', [
      gmailDkim(ATT_WS, 'google'),
    ]),
    zone: olcZone,
    expect: NOT_TRUSTED,
  });
  const olcSpfOnly = await viaOutlookCom(
    await genuine('Jordan K <jordan.k.fwd@outlook.com>', false),
    BANK_RELAY,
    msAar({
      dkim: 'dkim=none (message not signed) header.d=none',
      dmarc: 'pass',
      envDomain: 'northbank.example',
      ip: BANK_IP,
    }),
  );
  emitCase(write, {
    name: 'probe138-box-outlookcom-forward-genuine-spf-only-strict',
    about: `Genuine control: the bank's unsigned notice from its own server, strictly aligned, through an Outlook.com forward (Microsoft records spf=pass, dmarc=pass; seals as microsoft.com) into the reader's box. Wanted: unverified (forwarded-trusted)`,
    class: 'arc-forwarder',
    args: ARGS,
    eml: toBox(olcSpfOnly, OLC, OLC_SRS, 'microsoft.com'),
    zone: { ...olcZone, ...BANK_PTR },
    expect: SPF_ONLY_OK,
  });

  // ---- Gmail forwarding (google.com seal), read in Outlook and, held, in Gmail ----
  const gAttack = await viaGmail(
    await forged('Jordan K <jordan.k.fwd@gmail.com>'),
    RELAY,
    googleAar({
      dkim: `dkim=pass header.i=@${ATT_WS} header.s=google header.b=Q29ycHVz;`,
      dmarc: 'fail',
      env: SUB_ENV,
      ip: RELAY.ip,
    }),
  );
  const gZone = { ...BANK_STRICT, ...ATT_ZONE, ...G_ZONE };
  emitCase(write, {
    name: 'probe138-outlook-gmail-forward-strict-spf-subdomain-relay',
    about: `${LAUNDER('Gmail')} (his filter "never send to spam" lets Gmail forward it); Google seals as google.com and forwards with its +caf_ envelope into the reader's Microsoft 365 (EOP: dmarc=fail action=quarantine, compauth=pass reason=130). Wanted: not trusted`,
    class: 'arc-forwarder',
    args: OUTLOOK,
    eml: toOutlook(
      gAttack,
      GOUT,
      G_SRS,
      'gmail.com',
      `dkim=pass (signature was verified)\r\n header.d=${ATT_WS}`,
    ),
    zone: gZone,
    expect: NOT_TRUSTED,
  });
  emitCase(write, {
    name: 'probe138-gmail-gmail-forward-strict-spf-subdomain-relay',
    about: `As probe138-outlook-gmail-forward-strict-spf-subdomain-relay, read in Gmail: Google's seal below Gmail's entry is one of its tenants' (lib/findings/arc.ts tenantsWord). Wanted: not trusted`,
    class: 'arc-forwarder',
    args: GMAIL,
    eml: toGmail(gAttack, GOUT, G_SRS, '31', 'mail.northbank.example', 'fail', [gmailDkim(ATT_WS, 'google')]),
    zone: gZone,
    expect: NOT_TRUSTED,
  });
  const gSpfOnly = await viaGmail(
    await genuine('Jordan K <jordan.k.fwd@gmail.com>', false),
    BANK_RELAY,
    googleAar({ dkim: '', dmarc: 'pass', env: BANK_ENV, ip: BANK_IP }),
  );
  emitCase(write, {
    name: 'probe138-outlook-gmail-forward-genuine-spf-only-strict',
    about: `Genuine control: the bank's unsigned notice from its own server, strictly aligned, forwarded by Gmail (Google records spf=pass, dmarc=pass and seals) into the reader's Microsoft 365. Wanted: unverified (forwarded-trusted), never spoofed`,
    class: 'arc-forwarder',
    args: OUTLOOK,
    eml: toOutlook(gSpfOnly, GOUT, G_SRS, 'gmail.com', 'dkim=none (message not signed)\r\n header.d=none'),
    zone: { ...gZone, ...BANK_PTR },
    expect: { notVerdict: ['spoofed', 'suspicious'] },
  });

  // ---- DKIM: a subdomain taken over (probe2-strict-alignment-taken-subdomain) signing, via Fastmail ----
  {
    const raw = submitted({
      from: BANK_FROM,
      to: `Jordan K <${FM_BOX}>`,
      subject: STATEMENT_SUBJECT,
      date: 'Fri, 20 Nov 2026 09:58:00 +0000',
      messageId: '<promo-20261120-1138@promo.northbank.example>',
      body: NOTICE_BODY,
    });
    const takenSigned = await signCorpus(raw, {
      domain: 'promo.northbank.example',
      selector: 's1',
      headerList: SIGNED,
    });
    const sealed = await viaFastmail(
      takenSigned,
      { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: '198.51.100.66' },
      `mx6.messagingengine.com; arc=none (no signatures found); dkim=pass (2048-bit rsa key sha256) header.d=promo.northbank.example header.i=@promo.northbank.example header.b=Q29ycHVz header.a=rsa-sha256 header.s=s1 x-bits=2048; dmarc=fail policy.published-domain-policy=quarantine policy.applied-disposition=quarantine policy.evaluated-disposition=quarantine (p=quarantine,d=quarantine,d.eval=quarantine) policy.policy-from=p header.from=northbank.example; iprev=pass smtp.remote-ip=198.51.100.66; spf=pass smtp.mailfrom=bounce@promo.northbank.example smtp.helo=mail.attacker.example`,
    );
    emitCase(write, {
      name: 'probe138-box-fastmail-forward-strict-dkim-taken-subdomain',
      about: `A subdomain of Northbank the attacker took over through a lapsed delegation (promo.northbank.example: his own NS, SPF and DKIM key s1) signs his forged notice From security@northbank.example; the bank publishes adkim=s; aspf=s, which README says protects it (probe2-strict-alignment-taken-subdomain reads spoofed sent directly). He sends it to his own Fastmail account, which records dkim=pass header.d=promo.northbank.example and dmarc=fail for northbank.example, seals and forwards to the reader's box (the promo signature still verifies there). Wanted: not trusted`,
      class: 'arc-forwarder',
      args: ARGS,
      eml: toBox(
        sealed,
        FM,
        FM_SRS,
        'messagingengine.com',
        'dkim=pass header.d=promo.northbank.example header.s=s1',
      ),
      zone: {
        ...fmZone,
        'promo.northbank.example': { TXT: ['v=spf1 ip4:198.51.100.66 -all'] },
        's1._domainkey.promo.northbank.example': KEY(),
        ...ptr('198.51.100.66', 'mail.attacker.example'),
      },
      expect: NOT_TRUSTED,
    });
  }

  // ---- Held: a second AAR i=1 beside Fastmail's own (the attacker's, above it) ----
  {
    const fmFail = await viaFastmail(
      await forged(`Jordan K <${FM_BOX}>`),
      { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: '198.51.100.66' },
      `mx6.messagingengine.com; arc=none (no signatures found); ${ATT_DKIM_FM}; dmarc=fail policy.published-domain-policy=quarantine header.from=northbank.example; spf=fail smtp.mailfrom=${BANK_ENV} smtp.helo=mail.attacker.example`,
    );
    const doubled = onTop(
      fmFail,
      `ARC-Authentication-Results: i=1; mx6.messagingengine.com; dmarc=pass header.from=northbank.example; spf=pass smtp.mailfrom=${BANK_ENV}`,
    );
    emitCase(write, {
      name: 'probe138-gmail-fastmail-forward-second-aar-i1-pass',
      about: `The forgery sent from the attacker's own server to his Fastmail account (Fastmail records spf=fail, dmarc=fail and seals), forwarded to a relay of his that writes a second ARC-Authentication-Results i=1 recording the bank's pass on top before handing it to Gmail. Wanted: not trusted (two AARs of one set are no record)`,
      class: 'arc-forwarder',
      args: GMAIL,
      eml: toGmail(doubled, FM, FM_SRS, '41', 'northbank.example', 'fail'),
      zone: { ...fmZone, ...ptr('198.51.100.66', 'mail.attacker.example') },
      expect: NOT_TRUSTED,
    });
  }
}
