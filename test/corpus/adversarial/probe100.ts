// Red-team probes, hundredth round (December 2026): the evening's ARC and list-restore changes.
// - lib/findings/arc.ts sealedBelowEntry: a microsoft.com seal below the reader's EOP entry line is
//   a forwarder's (the attacker's own Microsoft 365 tenant forwarding by transport rule). Probed:
//   the attacker's EOP honestly recording the forged bank's fail; the attacker's EOP recording a
//   pass for the bank because the attacker's own gateway, skip-listed by Enhanced Filtering for
//   Connectors, wrote a Received line naming the bank's server (EOP then checks SPF at that IP);
//   the same through the attacker's Google Workspace with an inbound gateway (d=google.com seal).
// - lib/auth/subject-tag.ts tagCuts REPLY_PREFIX with lib/auth/list-restore.ts: a genuine signed
//   "Re: invoice" mail of the reader's CEO, replayed through the attacker's own Mailman list, the
//   lure written as the list's tag after "Re: " and in the footer.
// Layouts: EOP's lines and Microsoft's ARC i=1 (d=microsoft.com arcselector10001) as
// test/corpus/legit/realworld95.ts builds its partner transport-rule forward (learnt there from
// Microsoft Learn "Configure trusted ARC sealers"); Mailman's fields as realworld95; Gmail's entry
// as receivers.ts gmailDelivery. Names and addresses are documentation ones except Microsoft's and
// Google's; every key is the corpus test key.
import { signCorpus } from '../../helpers/corpus';
import {
  BANK,
  BANK_KEY,
  emitCase,
  GMAIL,
  KEY,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  type Relay,
  SIGNED_NO_REPLY_TO,
} from '../kit';
import { sealCorpus } from '../list-shapes';
import { eopEntry, M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { eopDelivery, gmailDelivery } from '../receivers';
import { bankNotice, probeCorpus } from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule.
 */
// Fixed at 17:58 on 2026-12-05 (lib/findings/arc.ts tenantsWord; narrowed at 18:03 to seals under
// the reader's own provider's name below its entry): Google's and Microsoft's seals
// of a message they forwarded record what the forwarding tenant's set-up made them see (a
// skip-listed gateway of the attacker's: Enhanced Filtering for Connectors, a Workspace inbound
// gateway); their recorded pass counts only as a DKIM pass of the From's domain whose signature
// the message still carries, so probe100-outlook-tenant-enhanced-filtering-seal-bank-pass, its rd
// and reason=130 twins and probe100-gmail-workspace-inbound-gateway-google-seal-bank-pass (and rd)
// read arc-untrusted-sealer (suspicious), not unverified.
// Fixed at 17:59 on 2026-12-05 (lib/auth/subject-tag.ts LIST_NAME_TAG): a tag after "Re: " is
// undone only when it is a list's short name (one token), so the CEO's replayed "Re: invoice"
// with the lure as such a tag (probe100-outlook-ceo-re-invoice-replay-own-list-lure-only-in-tag-after-re)
// is no list's change and reads not trusted.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const TW = 'tidewater.example';
const RCPT = `morgan.lee@${TW}`;
const ATT_TENANT = 'fabrikam-billing.example';
const EUR: Relay = {
  helo: 'EUR02-DB5-obe.outbound.protection.outlook.com',
  rdns: 'mail-db5eur02on2095.outbound.protection.outlook.com',
  ip: '40.107.21.95',
};
const GOUT: Relay = { helo: 'mail-sor-f41.google.com', rdns: 'mail-sor-f41.google.com', ip: '209.85.220.41' };
const MS_ZONE = {
  ...M365_SPF_ZONE,
  ...ptr(EUR.ip, EUR.rdns),
  [ATT_TENANT]: { TXT: ['v=spf1 include:spf.protection.outlook.com include:_spf.google.com -all'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  'arcselector10001._domainkey.microsoft.com': KEY(),
  'arc-20240605._domainkey.google.com': KEY(),
  ...ptr(GOUT.ip, GOUT.rdns),
};
const ZONE = { ...BANK, ...BANK_KEY, ...MS_ZONE };
const SRS = `bounces+SRS=Qw10k=TT=northbank.example=security@${ATT_TENANT}`;

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
  `pass (0 oda=1 ltdi=1\r\n spf=[1,1,smtp.mailfrom=${spfDom}] dkim=[1,0,header.d=${d}]\r\n dmarc=[1,1,header.from=${d}])`;
const exoHop = `Received: from AM9PR02MB7195.eurprd02.prod.outlook.com (2603:10a6:20b:3c1::12)\r\n by DB9PR02MB6950.eurprd02.prod.outlook.com (2603:10a6:10:217::9) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; Fri, 20 Nov 2026 09:59:30 +0000`;

/** The reader's EOP taking the attacker tenant's forward. */
function toReader(raw: string, o: { compauth: string; arc?: string; action?: string }): string {
  return eopDelivery(raw, {
    ip: EUR.ip,
    helo: EUR.helo,
    ar: eopAr({
      ip: EUR.ip,
      mailfrom: ATT_TENANT,
      spf: 'pass',
      dkim: 'dkim=none (message not signed)\r\n header.d=none',
      dmarc: 'fail',
      action: o.action ?? 'oreject',
      from: 'northbank.example',
      compauth: o.compauth,
      ...(o.arc ? { arc: o.arc } : {}),
    }),
    spf: `Pass (protection.outlook.com: domain of ${ATT_TENANT} designates\r\n ${EUR.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${EUR.ip}; helo=${EUR.helo}; pr=C`,
    returnPath: `<${SRS}>`,
  });
}

/** The forged notice into the attacker's tenant, sealed by its EOP recording `aar`, with `below` lines. */
async function tenantForward(below: string[], aar: string): Promise<string> {
  const raw = onTop(bankNotice(`billing@${ATT_TENANT}`), ...below);
  return sealCorpus(onTop(raw, exoHop), {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    cv: 'none',
    authResults: aar,
  });
}

const ATT_GW = { helo: 'gw.fabrikam-billing.example', ip: '198.51.100.66' };
// The attacker's own gateway writes the hop below it: "from the bank's server".
const forgedHop = `Received: from mail.northbank.example (mail.northbank.example [192.0.2.10])\r\n\tby ${ATT_GW.helo} (Postfix) with ESMTPS id 4Zx100a01\r\n\tfor <billing@${ATT_TENANT}>; Fri, 20 Nov 2026 09:58:30 +0000`;

export async function makeAll(write: CaseWriter): Promise<void> {
  // 1. The attacker's tenant EOP honestly records the forgery's fail; transport rule forwards it.
  const honest = await tenantForward(
    [
      `Authentication-Results: spf=fail (sender IP is ${ATT_GW.ip})\r\n smtp.mailfrom=northbank.example; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=oreject\r\n header.from=northbank.example;compauth=fail reason=000`,
      eopEntry(ATT_GW.helo, ATT_GW.ip, 'DB5PEPF00014B95'),
    ],
    `mx.microsoft.com 1; spf=fail (sender ip is ${ATT_GW.ip}) smtp.rcpttodomain=${TW} smtp.mailfrom=northbank.example; dmarc=fail (p=reject sp=reject pct=100) action=oreject header.from=northbank.example; dkim=none (message not signed); arc=none`,
  );
  for (const [tag, args] of [
    ['outlook', OUTLOOK],
    ['outlook-rd', [...OUTLOOK, '--recipient-domain', TW]],
  ] as const) {
    emitCase(write, {
      name: `probe100-${tag}-attacker-tenant-transport-rule-seal-records-fail`,
      about: `The forged Northbank notice (p=reject) sent from 198.51.100.66 into the attacker's own Microsoft 365 tenant (${ATT_TENANT}); its EOP records spf/dmarc fail and seals ARC i=1 as microsoft.com; a transport rule redirects it to ${RCPT} (SRS envelope, out through Exchange Online). The reader's EOP: spf pass for the tenant, dmarc=fail, compauth=fail. Wanted: spoofed or not trusted (the seal a forwarder's, recording a fail).`,
      class: 'arc-forwarder',
      args: [...args],
      eml: toReader(honest, { compauth: 'fail reason=000' }),
      zone: ZONE,
      expect: NOT_TRUSTED,
    });
  }

  // 2. Enhanced Filtering: the attacker's tenant skip-lists its own gateway, whose Received line
  // names the bank's server; EOP checks SPF at 192.0.2.10 and records a pass, then seals.
  const ef = await tenantForward(
    [
      `Authentication-Results: spf=pass (sender IP is 192.0.2.10)\r\n smtp.mailfrom=northbank.example; dkim=none (message not signed)\r\n header.d=none;dmarc=pass action=none\r\n header.from=northbank.example;compauth=pass reason=100`,
      eopEntry(ATT_GW.helo, ATT_GW.ip, 'DB5PEPF00014B95'),
      forgedHop,
    ],
    `mx.microsoft.com 1; spf=pass (sender ip is 192.0.2.10) smtp.rcpttodomain=${TW} smtp.mailfrom=northbank.example; dmarc=pass (p=reject sp=reject pct=100) action=none header.from=northbank.example; dkim=none (message not signed); arc=none`,
  );
  for (const [tag, args, ca] of [
    ['outlook', OUTLOOK, 'fail reason=000'],
    ['outlook-rd', [...OUTLOOK, '--recipient-domain', TW], 'fail reason=000'],
    ['outlook-reason130', OUTLOOK, 'pass reason=130'],
  ] as const) {
    emitCase(write, {
      name: `probe100-${tag}-tenant-enhanced-filtering-seal-bank-pass`,
      about: `The forged Northbank notice (p=reject, unsigned) enters the attacker's tenant ${ATT_TENANT} through its own gateway ${ATT_GW.helo} (198.51.100.66), skip-listed by Enhanced Filtering for Connectors; the gateway's Received line names the bank's server 192.0.2.10, so EOP checks SPF there and records spf/dmarc pass, then seals ARC i=1 as microsoft.com; a transport rule redirects it to ${RCPT}. The reader's EOP: dmarc=fail, compauth=${ca}${ca.includes('130') ? ', arc=pass' : ''}. No signature of the bank's anywhere. Wanted: not trusted (only the attacker's own Received line founds the recorded pass).`,
      class: 'arc-forwarder',
      args: [...args],
      eml: toReader(
        ef,
        ca.includes('130')
          ? { compauth: ca, arc: arcPass('northbank.example', 'northbank.example'), action: 'none' }
          : { compauth: ca },
      ),
      zone: ZONE,
      expect: NOT_TRUSTED,
    });
  }

  // 3. The same through the attacker's Google Workspace (inbound gateway setting), sealed d=google.com, read in Gmail.
  const gw = await sealCorpus(
    onTop(
      bankNotice(`billing@${ATT_TENANT}`),
      forgedHop,
      `Received: from ${ATT_GW.helo} (${ATT_GW.helo}. [${ATT_GW.ip}])\r\n        by mx.google.com with ESMTPS id a1si100qtb.10\r\n        for <billing@${ATT_TENANT}>; Fri, 20 Nov 2026 01:58:40 -0800 (PST)`,
    ),
    {
      domain: 'google.com',
      selector: 'arc-20240605',
      cv: 'none',
      authResults: `mx.google.com; spf=pass (google.com: domain of security@northbank.example designates 192.0.2.10 as permitted sender) smtp.mailfrom=security@northbank.example; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=northbank.example`,
    },
  );
  for (const [tag, args] of [
    ['gmail', GMAIL],
    ['gmail-rd', [...GMAIL, '--recipient-domain', TW]],
  ] as const) {
    emitCase(write, {
      name: `probe100-${tag}-workspace-inbound-gateway-google-seal-bank-pass`,
      about: `The forged Northbank notice enters the attacker's Google Workspace (${ATT_TENANT}) through its own gateway configured as an inbound gateway, whose Received line names the bank's 192.0.2.10; Gmail records spf/dmarc pass for the bank in its ARC i=1 (d=google.com) and the workspace's routing forwards it to the reader's Gmail (${RCPT}); Gmail there: spf pass for ${ATT_TENANT}, dmarc=fail. Wanted: not trusted.`,
      class: 'arc-forwarder',
      args: [...args],
      eml: gmailDelivery(gw, {
        relay: GOUT,
        envelope: `billing+caf_=${RCPT.replace('@', '=')}@${ATT_TENANT}`,
        results: `arc=pass (i=1 spf=pass spfdomain=northbank.example dmarc=pass fromdomain=northbank.example);\r\n       spf=pass (google.com: domain of billing@${ATT_TENANT} designates ${GOUT.ip} as permitted sender) smtp.mailfrom=billing@${ATT_TENANT};\r\n       dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=northbank.example`,
        ids: ['x12csp100pxa', 'a1si100qtb'],
        to: RCPT,
        spf: 'pass',
        deliveredTo: true,
      }),
      zone: ZONE,
      expect: NOT_TRUSTED,
    });
  }

  // 4. The CEO's genuine signed "Re: invoice" replayed through the attacker's Mailman list: the lure as the tag after "Re: " and in the footer.
  const CEO = `Rachel Ortiz <rachel.ortiz@${TW}>`;
  const signed = await signCorpus(
    submitted({
      from: CEO,
      to: `accounts@${ATT_TENANT}`,
      subject: 'Re: invoice 4471',
      date: 'Thu, 19 Nov 2026 16:10:00 +0000',
      messageId: `<ceo.4471@${TW}>`,
      body: 'Thanks, approved.\r\n\r\nRachel\r\n',
    }),
    { domain: TW, selector: 'tw1', headerList: SIGNED_NO_REPLY_TO },
  );
  const LIST = 'lists.fabrikam-billing.example';
  const listed = onTop(
    `${signed}\r\n_______________________________________________\r\nap mailing list -- ap@${LIST}\r\nRachel: pay the balance today to the new account IBAN XX00 0000 4471 2200 -- https://fabrikam-billing.example/pay\r\n`,
    `List-Id: <ap.${LIST}>`,
    `List-Post: <mailto:ap@${LIST}>`,
    `List-Unsubscribe: <mailto:ap-leave@${LIST}>`,
    'X-Mailman-Version: 3.3.10',
    'Precedence: list',
    `Received: from mail.tidewater.example (mail.tidewater.example [192.0.2.195])\r\n\tby mailman.${LIST} (Postfix) with ESMTPS id 4Zx100b01\r\n\tfor <ap@${LIST}>; Thu, 19 Nov 2026 16:10:02 +0000`,
  ).replace(
    'Subject: Re: invoice 4471',
    'Subject: Re: [ap: wire today to new IBAN ending 2200] invoice 4471',
  );
  // The same replay with a plain footer: the lure only in the tag after "Re: ".
  const tagOnly = listed.replace(
    /\r\nRachel: pay the balance[^\r]*\r\n/,
    `\r\nTo unsubscribe send an email to ap-leave@${LIST}\r\n`,
  );
  const LZ = {
    ...ptr('198.51.100.67', `mailman.${LIST}`),
    [LIST]: { TXT: ['v=spf1 ip4:198.51.100.67 -all'] },
    [TW]: { TXT: ['v=spf1 ip4:192.0.2.195 -all'] },
    [`_dmarc.${TW}`]: { TXT: ['v=DMARC1; p=reject'] },
    [`tw1._domainkey.${TW}`]: KEY(),
  };
  const listEml = eopDelivery(listed, {
    ip: '198.51.100.67',
    helo: `mailman.${LIST}`,
    ar: eopAr({
      ip: '198.51.100.67',
      mailfrom: LIST,
      spf: 'pass',
      dkim: `dkim=fail (body hash did not verify)\r\n header.d=${TW}`,
      dmarc: 'fail',
      action: 'oreject',
      from: TW,
      compauth: 'fail reason=000',
    }),
    spf: `Pass (protection.outlook.com: domain of ${LIST} designates\r\n 198.51.100.67 as permitted sender) receiver=protection.outlook.com;\r\n client-ip=198.51.100.67; helo=mailman.${LIST}; pr=C`,
    returnPath: `<ap-bounces@${LIST}>`,
  });
  for (const [tag, args] of [
    ['outlook', OUTLOOK],
    ['outlook-rd', [...OUTLOOK, '--recipient-domain', TW]],
  ] as const) {
    emitCase(write, {
      name: `probe100-${tag}-ceo-re-invoice-replay-own-list-tag-after-re-lure`,
      about: `The CEO's genuine DKIM-signed "Re: invoice 4471" (${TW}, p=reject), sent to the attacker's accounts@${ATT_TENANT}, replayed through the attacker's own Mailman list ${LIST}: the subject becomes "Re: [ap: wire today to new IBAN ending 2200] invoice 4471" and the footer carries the new IBAN and a link. The restore (tag after "Re: " and the footer undone) verifies the CEO's signature. Read in Outlook by ${RCPT}. Wanted: not trusted (authenticated/unverified presents the list's added lure under the CEO's name).`,
      class: 'list-replay',
      args: [...args],
      eml: listEml,
      zone: LZ,
      expect: NOT_TRUSTED,
    });
  }

  for (const [tag, args] of [
    ['outlook', OUTLOOK],
    ['outlook-rd', [...OUTLOOK, '--recipient-domain', TW]],
  ] as const)
    emitCase(write, {
      name: `probe100-${tag}-ceo-re-invoice-replay-own-list-lure-only-in-tag-after-re`,
      about: `As the replay above, but the list's footer is a plain Mailman one: the lure (wire today to a new IBAN) is only in the tag written after "Re: " ("Re: [ap: wire today to new IBAN ending 2200] invoice 4471"), which the restore removes before the CEO's signature verifies. Read in Outlook${tag === 'outlook-rd' ? ` with --recipient-domain ${TW}` : ''}. Wanted: not trusted (a tag the restore removes is text the CEO never wrote, shown under the CEO's name).`,
      class: 'list-replay',
      args: [...args],
      eml: eopDelivery(tagOnly, {
        ip: '198.51.100.67',
        helo: `mailman.${LIST}`,
        ar: eopAr({
          ip: '198.51.100.67',
          mailfrom: LIST,
          spf: 'pass',
          dkim: `dkim=fail (body hash did not verify)\r\n header.d=${TW}`,
          dmarc: 'fail',
          action: 'oreject',
          from: TW,
          compauth: 'fail reason=000',
        }),
        spf: `Pass (protection.outlook.com: domain of ${LIST} designates\r\n 198.51.100.67 as permitted sender) receiver=protection.outlook.com;\r\n client-ip=198.51.100.67; helo=mailman.${LIST}; pr=C`,
        returnPath: `<ap-bounces@${LIST}>`,
      }),
      zone: LZ,
      expect: NOT_TRUSTED,
    });

  // Control: the bank's genuine notice straight through the reader's EOP.
  const genuine = await signCorpus(bankNotice(RCPT), { domain: 'northbank.example', selector: 'nb1' });
  emitCase(write, {
    name: 'probe100-outlook-bank-direct-signed-control',
    about: `Control: Northbank's genuine signed notice from its own server 192.0.2.10 straight to ${RCPT} through EOP (spf, dkim, dmarc pass). Wanted: authenticated.`,
    class: 'control',
    args: [...OUTLOOK],
    eml: eopDelivery(
      onTop(
        genuine,
        `Received: from mail.northbank.example (mail.northbank.example [192.0.2.10])\r\n\tby mail.northbank.example (Postfix) with ESMTP id 4Zx100c01; Fri, 20 Nov 2026 09:58:01 +0000`,
      ),
      {
        ip: '192.0.2.10',
        helo: 'mail.northbank.example',
        ar: eopAr({
          ip: '192.0.2.10',
          mailfrom: 'northbank.example',
          spf: 'pass',
          dkim: 'dkim=pass (signature was verified)\r\n header.d=northbank.example',
          dmarc: 'pass',
          action: 'none',
          from: 'northbank.example',
          compauth: 'pass reason=100',
        }),
        spf: 'Pass (protection.outlook.com: domain of northbank.example designates\r\n 192.0.2.10 as permitted sender) receiver=protection.outlook.com;\r\n client-ip=192.0.2.10; helo=mail.northbank.example; pr=C',
        returnPath: '<security@northbank.example>',
      },
    ),
    zone: ZONE,
    expect: { verdict: 'authenticated' },
  });
}
