// Red-team probes, round 147 (December 2026): this hour's gateway-recorded-fail rule
// (lib/findings/gateway.ts gatewayRule): an unsigned lure as a partner whose SPF includes
// Mimecast's netblocks, sent through the reader's own Mimecast left untrusted, now reads suspicious
// because Mimecast's sealed record of the partner's DMARC failure is read by describeGateway
// (lib/engine/gateways.ts). The attacker who has read lib/ keeps that record from being read: he
// sends his lure with an ARC set of his own (i=1) that does not verify, so Mimecast, following
// RFC 8617 section 5.1, seals its set i=2 with cv=fail; the chain is failed and `intact` empty, so
// sealedGatewayResults reads no seal. The engine reads it right all the same: gatewayAuthResults
// reads Mimecast's ARC-Authentication-Results where it is placed, between the receiver's entry line
// and Mimecast's own Received line, where no sender writes, without needing the chain to validate.
// Beside it, the layouts the rule already reads right: a valid attacker seal under Mimecast's, the
// From domain in another case, a From subdomain; and the genuine partner mail through the same
// Mimecast (the c7solutions three-seal layout) as control. Read in Outlook (Exchange Online behind
// the reader's Mimecast, Enhanced Filtering) and Gmail (Workspace behind Mimecast without its
// inbound-gateway setting).
// Where the layouts were learnt: Mimecast's inbound Received line, X-MC-Unique, its arc-2018
// seal and its ARC-Authentication-Results wording, and the c7solutions header set (sender tenant
// i=1, Mimecast i=2, reader's tenant i=3) reused as realworld142.ts records them (that module names
// its sources; no new search was made this round); Mimecast's EU delivery range 185.58.84.0/22 from its
// eu._netblocks.mimecast.com include; cv=fail sealing of a chain that arrives broken from RFC 8617
// section 5.1.1; EOP's id-less Authentication-Results and Gmail's delivery
// headers as receivers.ts writes them. Names are documentation ones except Microsoft's, Mimecast's
// and Google's hosts and ranges; every key is the corpus key.

import type { CaseExpectation } from '../../helpers/corpus';
import { rewriteBody, sealAs } from '../gateway-layouts';
import {
  emitCase,
  GMAIL,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  type Relay,
  SIGNED_NO_REPLY_TO,
  signAll,
} from '../kit';
import { sealCorpus } from '../list-shapes';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { eopDelivery, gmailDelivery } from '../receivers';
import { probeCorpus } from '../rounds-kit';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const HOP = 'Fri, 20 Nov 2026 10:00:02 +0000';

/** Genuine mail behind a gateway the reader has not named, with its sealed record of a pass: never a warning. */
const HONEST: CaseExpectation = { notVerdict: ['suspicious', 'spoofed'] };

const RD = 'harrowgate-works.example';
const ROBIN = `robin.reader@${RD}`;
const SM = 'fenwick-partners.example';
const SM_TENANT = '3a1c5e7f-2b4d-4f6a-8c0e-1d3f5a7c9147';
const PAT_ADDR = `pat.okafor@${SM}`;
const PAT = `Pat Okafor <${PAT_ADDR}>`;
const DOC = `https://files.${SM}/share/q4-tender-147.pdf`;

const r = (helo: string, ip: string, rdns = helo): Relay => ({ helo, rdns, ip });
const SM_EXO = r(
  'EUR05-AM6-obe.outbound.protection.outlook.com',
  '40.107.22.147',
  'mail-am6eur05on2147.outbound.protection.outlook.com',
);
/** The reader's inbound Mimecast delivery host (in the partner's include:eu._netblocks.mimecast.com). */
const MC_IN = r('eu-smtp-delivery-147.mimecast.com', '185.58.86.147');
const ATTACKER = r('mail.attacker.example', '198.51.100.147');

const ZONE = {
  ...M365_SPF_ZONE,
  ...[SM_EXO, MC_IN, ATTACKER].reduce(
    (z, x) => Object.assign(z, ptr(x.ip, x.rdns)),
    {} as Record<string, unknown>,
  ),
  'eu._netblocks.mimecast.com': { TXT: ['v=spf1 ip4:185.58.84.0/22 ip4:195.130.217.0/24 ~all'] },
  [SM]: { TXT: ['v=spf1 include:spf.protection.outlook.com include:eu._netblocks.mimecast.com -all'] },
  [`_dmarc.${SM}`]: { TXT: ['v=DMARC1; p=reject'] },
  [`selector1._domainkey.${SM}`]: KEY(),
  [RD]: {
    TXT: ['v=spf1 include:spf.protection.outlook.com -all'],
    MX: [{ priority: 10, exchange: 'eu-smtp-inbound-1.mimecast.com' }],
  },
  [`_dmarc.${RD}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  'arcselector10001._domainkey.microsoft.com': KEY(),
  'arc-2018._domainkey.mimecast.com': KEY(),
  // The attacker's own ARC key: published for the valid-seal case; the broken-chain case seals
  // under a selector with no key.
  'arc._domainkey.attacker.example': KEY(),
  'attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER.ip} -all`] },
};

const tenantArgs = (...extra: string[]) => [...OUTLOOK, ...extra, '--recipient-domain', RD];
const gmailArgs = (...extra: string[]) => [...GMAIL, ...extra, '--recipient-domain', RD];

// ---- Genuine: the partner's tenant, the reader's Mimecast, the reader's tenant ------------------
const tenantHops = (mbx: string) => [
  `Received: from ${mbx}.eurprd05.prod.outlook.com (2603:10a6:20b:4f2::14)\r\n by AM0PR05MB4147.eurprd05.prod.outlook.com (2603:10a6:208:5a::47) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; ${SENT}`,
  `Received: from ${mbx}.eurprd05.prod.outlook.com\r\n ([fe80::5a1c:2b3d:4e5f:6147]) by ${mbx}.eurprd05.prod.outlook.com\r\n ([fe80::5a1c:2b3d:4e5f:6147%5]) with mapi id 15.20.8158.023; ${SENT}`,
];

async function fromPartner(n: string): Promise<string> {
  const raw = submitted({
    from: PAT,
    to: `Robin Reader <${ROBIN}>`,
    subject: 'Q4 tender documents',
    date: SENT,
    messageId: `<AM9PR05MB8147${n}@AM9PR05MB8147.eurprd05.prod.outlook.com>`,
    extraHeaders: [
      `X-MS-Exchange-CrossTenant-Id: ${SM_TENANT}`,
      'X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted',
      'X-MS-Exchange-CrossTenant-AuthAs: Internal',
    ],
    body: `Hi Robin,\r\n\r\nthe tender pack is here: ${DOC}\r\n\r\nBest,\r\nPat\r\n`,
  });
  const signed = await signAll(
    onTop(raw, ...tenantHops('AM9PR05MB8147')),
    [[SM, 'selector1']],
    SIGNED_NO_REPLY_TO,
  );
  return sealCorpus(signed, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: 'none',
    authResults: `mx.microsoft.com 1; spf=pass smtp.mailfrom=${SM}; dmarc=pass action=none header.from=${SM}; dkim=pass header.d=${SM}; arc=none`,
  });
}

const mcLines = (from: Relay, unique: string, score = 1) => [
  `X-Mimecast-Spam-Score: ${score}`,
  `X-MC-Unique: ${unique}-1`,
  `Received: from ${from.helo}\r\n (${from.rdns} [${from.ip}]) by relay.mimecast.com with ESMTP with STARTTLS\r\n (version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id\r\n eu-mta-47-${unique}-1; ${HOP}`,
];

/** The partner's genuine mail through the reader's Mimecast (URL Protect rewrites the link), sealed i=2. */
async function genuineViaMimecast(n: string): Promise<string> {
  const unique = `Bk147${n}EXAMPLE`;
  const rewritten = rewriteBody(
    await fromPartner(n),
    DOC,
    `https://url.uk.m.mimecastprotect.com/s/${unique}?domain=files.${SM}`,
  );
  return sealAs(onTop(rewritten, ...mcLines(SM_EXO, unique)), {
    domain: 'mimecast.com',
    selector: 'arc-2018',
    cv: 'pass',
    authResults: `relay.mimecast.com; dkim=pass header.d=${SM} header.s=selector1 header.b=Q29ycHVz; arc=pass ("microsoft.com:s=arcselector10001:i=1"); dmarc=pass (policy=reject) header.from=${SM}; spf=pass (relay.mimecast.com: domain of ${PAT_ADDR} designates ${SM_EXO.ip} as permitted sender) smtp.mailfrom=${PAT_ADDR}`,
  });
}

// ---- Attacks: the unsigned lure from the attacker's server to the reader's Mimecast -------------
function lure(fromHeader = PAT, n = 'A'): string {
  return submitted({
    from: fromHeader,
    to: `Robin Reader <${ROBIN}>`,
    subject: 'Updated bank details for the Q4 tender',
    date: SENT,
    messageId: `<spoof147${n}@mail.attacker.example>`,
    body: 'Hi Robin,\r\n\r\nour bank has changed; please pay the tender deposit to the new account in the attached letter.\r\n\r\nPat\r\n',
  });
}

interface LureOpts {
  n: string;
  fromHeader?: string;
  fromDomain?: string;
  /** The attacker's own ARC set under the lure: `broken` seals under a selector with no key. */
  priorSeal?: 'valid' | 'broken';
}

/** The lure after the reader's Mimecast: its Received and its seal recording dmarc=fail. */
async function lureViaMimecast(o: LureOpts): Promise<string> {
  let raw = lure(o.fromHeader, o.n);
  if (o.priorSeal)
    raw = await sealCorpus(raw, {
      domain: 'attacker.example',
      selector: o.priorSeal === 'valid' ? 'arc' : 'arc-missing',
      cv: 'none',
      authResults: `mail.attacker.example; spf=pass smtp.mailfrom=${SM}; dkim=none; dmarc=pass header.from=${SM}`,
    });
  const fromDomain = o.fromDomain ?? SM;
  const arcWord =
    o.priorSeal === 'broken'
      ? 'arc=fail ("attacker.example:s=arc-missing:i=1")'
      : o.priorSeal === 'valid'
        ? 'arc=pass ("attacker.example:s=arc:i=1")'
        : 'arc=none';
  return sealAs(onTop(raw, ...mcLines(ATTACKER, `Bk147${o.n}EXAMPLE`, 3)), {
    domain: 'mimecast.com',
    selector: 'arc-2018',
    cv: o.priorSeal === 'broken' ? 'fail' : o.priorSeal === 'valid' ? 'pass' : 'none',
    authResults: `relay.mimecast.com; dkim=none; ${arcWord}; dmarc=fail (policy=reject) header.from=${fromDomain}; spf=fail (relay.mimecast.com: domain of ${PAT_ADDR} does not designate ${ATTACKER.ip} as permitted sender) smtp.mailfrom=${PAT_ADDR}`,
  });
}

/** Exchange Online behind the reader's Mimecast with Enhanced Filtering (SPF at the attacker's address). */
function lureIntoTenant(raw: string, fromDomain = SM): string {
  return eopDelivery(raw, {
    ip: MC_IN.ip,
    helo: MC_IN.helo,
    ar: `spf=fail (sender IP is ${ATTACKER.ip})\r\n smtp.mailfrom=${SM}; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=oreject\r\n header.from=${fromDomain};compauth=fail reason=000`,
    spf: `Fail (protection.outlook.com: domain of ${SM} does not designate\r\n ${ATTACKER.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ATTACKER.ip}; helo=${ATTACKER.helo};`,
    returnPath: `<${PAT_ADDR}>`,
    bottom: [
      `X-MS-Exchange-SkipListedInternetSender:\r\n ip=[${ATTACKER.ip}];domain=${ATTACKER.helo}`,
      `X-MS-Exchange-ExternalOriginalInternetSender:\r\n ip=[${ATTACKER.ip}];domain=${ATTACKER.helo}`,
    ],
  });
}

/** The partner's genuine mail into the reader's tenant (the c7solutions layout: its seal i=3). */
async function genuineIntoTenant(raw: string): Promise<string> {
  const eml = eopDelivery(raw, {
    ip: MC_IN.ip,
    helo: MC_IN.helo,
    ar: `spf=pass (sender IP is ${SM_EXO.ip})\r\n smtp.mailfrom=${SM}; dkim=fail (body hash did not verify)\r\n header.d=${SM};dmarc=fail action=none\r\n header.from=${SM};compauth=pass reason=100`,
    spf: `Pass (protection.outlook.com: domain of ${SM} designates\r\n ${SM_EXO.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${SM_EXO.ip}; helo=${SM_EXO.helo}; pr=C`,
    returnPath: `<${PAT_ADDR}>`,
    bottom: [
      `X-MS-Exchange-SkipListedInternetSender:\r\n ip=[${SM_EXO.ip}];domain=${SM_EXO.helo}`,
      `X-MS-Exchange-ExternalOriginalInternetSender:\r\n ip=[${SM_EXO.ip}];domain=${SM_EXO.helo}`,
    ],
  });
  return sealCorpus(eml, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: 'pass',
    authResults: `mx.microsoft.com 1; spf=pass (sender ip is ${SM_EXO.ip}) smtp.rcpttodomain=${RD} smtp.mailfrom=${SM}; dmarc=pass (p=reject sp=reject pct=100) action=none header.from=${SM}; dkim=fail (body hash did not verify) header.d=${SM}; arc=pass (0 oda=0 ltdi=0 93)`,
  });
}

/** Workspace behind Mimecast without the inbound-gateway setting: Gmail checks SPF at Mimecast's host. */
function atGmail(raw: string, n: string, dkim: string, arc: string, fromDomain = SM): string {
  return gmailDelivery(raw, {
    relay: MC_IN,
    envelope: PAT_ADDR,
    results: [
      `${dkim}`,
      `arc=${arc}`,
      `spf=pass (google.com: domain of ${PAT_ADDR} designates ${MC_IN.ip} as permitted sender) smtp.mailfrom=${PAT_ADDR};`,
      `dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${fromDomain}`,
    ].join('\r\n       '),
    ids: [`x147csp${n}pxa`, `a147si${n}qtb.147`],
    to: ROBIN,
    spf: 'pass',
    deliveredTo: true,
  });
}

const STORY = `The attacker sends an unsigned "new bank details" lure as the partner (${SM}, p=reject; its SPF includes eu._netblocks.mimecast.com because it smart-hosts out through Mimecast) from his own server (${ATTACKER.ip}) to the reader's MX, Mimecast, set to tag DMARC failures rather than reject them; Mimecast seals recording spf=fail and dmarc=fail and hands the message on from ${MC_IN.rdns}, inside the very 185.58.84.0/22 the partner's SPF authorises, so our SPF check there passes aligned. Mimecast is not trusted by the reader`;
const BROKEN = `Above the lure the attacker put an ARC set of his own (i=1, d=attacker.example s=arc-missing, a selector with no key): the chain arrives broken, so Mimecast seals i=2 with cv=fail (RFC 8617 5.1.1), recording arc=fail and dmarc=fail; the whole chain is failed, and sealedGatewayResults reads the seals only of a validated chain (its placed copy above Mimecast's Received line is still read)`;

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Parameters<typeof emitCase>[1] extends infer T ? Omit<T, 'zone'> : never) =>
    emitCase(write, { ...c, zone: ZONE } as never);

  // ---- 1. Controls: the partner's genuine mail through the reader's Mimecast --------------------
  const genuine = await genuineViaMimecast('G');
  emit({
    name: 'probe147-outlook-mimecast-untrusted-partner-genuine-control',
    class: 'probe147-gateway-recorded-fail',
    about: `Control: the partner's genuine signed mail from its tenant (${SM_EXO.rdns}) through the reader's untrusted Mimecast (URL Protect breaks the body hash; Mimecast's seal i=2 records dkim, spf and dmarc pass) into the reader's tenant (EOP with Enhanced Filtering, seal i=3): the c7solutions layout. Wanted: never a warning.`,
    eml: await genuineIntoTenant(genuine),
    args: tenantArgs(),
    expect: HONEST,
    twin: true,
  });
  emit({
    name: 'probe147-gmail-mimecast-untrusted-partner-genuine-control',
    class: 'probe147-gateway-recorded-fail',
    about: `Control: the same genuine mail through the reader's Mimecast into Google Workspace without the inbound-gateway setting: Gmail records dkim=fail (the rewritten link), arc=pass, spf=pass at Mimecast's host, dmarc=pass. Wanted: never a warning.`,
    eml: atGmail(
      genuine,
      'G',
      `dkim=fail header.i=@${SM} header.s=selector1 header.b=Q29ycHVz;`,
      'pass (i=2 spf=pass spfdomain=fenwick-partners.example dkim=pass dkdomain=fenwick-partners.example dmarc=pass fromdomain=fenwick-partners.example)',
    ),
    args: gmailArgs(),
    expect: HONEST,
  });

  // ---- 2. The baseline the rule catches, and the broken chain that hides the record -------------
  const plain = await lureViaMimecast({ n: 'B' });
  emit({
    name: 'probe147-gmail-mimecast-untrusted-unsigned-lure-baseline',
    class: 'probe147-gateway-recorded-fail',
    about: `${STORY}. Workspace behind Mimecast without the inbound-gateway setting: Gmail records dkim=none, arc=pass, spf=pass at Mimecast's host, dmarc=pass. Wanted: not trusted (Mimecast's own seal records the failure; this hour's rule in Gmail).`,
    eml: atGmail(plain, 'B', 'dkim=none;', 'pass (i=1)'),
    args: gmailArgs(),
    expect: NOT_TRUSTED,
    twin: true,
  });
  const broken = await lureViaMimecast({ n: 'C', priorSeal: 'broken' });
  emit({
    name: 'probe147-outlook-mimecast-untrusted-lure-broken-arc-hides-record',
    class: 'probe147-gateway-recorded-fail',
    about: `${STORY}. ${BROKEN}. EOP records spf=fail at the attacker's address, dmarc=fail action=oreject, compauth=fail. Wanted: not trusted (Mimecast's record of the failure is its own, sealed, cv=fail or not; and a chain broken before the gateway does not make SPF at the gateway's address the partner's).`,
    eml: lureIntoTenant(broken),
    args: tenantArgs(),
    expect: NOT_TRUSTED,
    twin: true,
  });
  emit({
    name: 'probe147-gmail-mimecast-untrusted-lure-broken-arc-hides-record',
    class: 'probe147-gateway-recorded-fail',
    about: `${STORY}. ${BROKEN}. Workspace without the inbound-gateway setting: Gmail records dkim=none, arc=fail, spf=pass at Mimecast's host, dmarc=pass. Wanted: not trusted.`,
    eml: atGmail(broken, 'C', 'dkim=none;', 'fail (signature failed)'),
    args: gmailArgs(),
    expect: NOT_TRUSTED,
    twin: true,
  });

  // ---- 3. Variants the rule reads right -----------------------------------------------------------
  const valid = await lureViaMimecast({ n: 'D', priorSeal: 'valid' });
  emit({
    name: 'probe147-outlook-mimecast-untrusted-lure-valid-attacker-seal-below',
    class: 'probe147-gateway-recorded-fail',
    about: `${STORY}. Above the lure the attacker put a valid ARC set of his own (i=1, d=attacker.example, recording a DMARC pass); Mimecast seals i=2 cv=pass over it, recording dmarc=fail. Wanted: not trusted (Mimecast's is the newest seal).`,
    eml: lureIntoTenant(valid),
    args: tenantArgs(),
    expect: NOT_TRUSTED,
  });
  const upper = 'Fenwick-Partners.EXAMPLE';
  const cased = await lureViaMimecast({
    n: 'E',
    fromHeader: `Pat Okafor <pat.okafor@${upper}>`,
    fromDomain: upper,
  });
  emit({
    name: 'probe147-outlook-mimecast-untrusted-lure-from-domain-mixed-case',
    class: 'probe147-gateway-recorded-fail',
    about: `${STORY}. The From names the partner's domain in mixed case (${upper}) and Mimecast records header.from=${upper}. Wanted: not trusted.`,
    eml: lureIntoTenant(cased, upper),
    args: tenantArgs(),
    expect: NOT_TRUSTED,
  });
  const sub = `billing.${SM}`;
  const subLure = await lureViaMimecast({
    n: 'F',
    fromHeader: `Fenwick Accounts <accounts@${sub}>`,
    fromDomain: sub,
  });
  emit({
    name: 'probe147-outlook-mimecast-untrusted-lure-from-subdomain',
    class: 'probe147-gateway-recorded-fail',
    about: `${STORY}. The From is a subdomain (accounts@${sub}, covered by the partner's p=reject as sp), the envelope the partner's own address (relaxed SPF alignment); Mimecast records dmarc=fail header.from=${sub}. Wanted: not trusted.`,
    eml: lureIntoTenant(subLure, sub),
    args: tenantArgs(),
    expect: NOT_TRUSTED,
  });
}

// No case is pending: each attack reads suspicious (gateway-recorded-fail: medium), each control
// authenticated.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
