// Red-team probes, round 133 (December 2026): the rules of rounds 125-131 that the last rounds did
// not reach (adc7495b..HEAD, lib/), read against another customer's forgery of a shared-SPF sender.
// - lib/findings/dkim.ts brokenBeforeReceiver: an aligned signature broken on its hashes, recorded
//   failing by the reader's receiver with no pass of that domain beside it, next to a DMARC pass
//   resting only on a shared include, is dkim-fail at medium. What switches it off: a `dkim=pass`
//   of the From domain in a provider line (here one the sender wrote below the receiver's entry
//   line, in Gmail's and Yahoo's words), a box whose DKIM checker writes `dkim=fail` (rspamd), and
//   the lift of the shared-SPF caveat itself (sharedSpfPlatform).
// - lib/findings/receiver-record.ts signedBeforeChange / eop-record.ts eopSignedBeforeChange: in
//   Outlook, EOP's record above its entry line of an aligned signature passing lifts the shared-SPF
//   caveat. A signature with l= passes at EOP over text appended after its counted bytes; the
//   reader's own "[EXTERNAL]" rule then breaks it here, and the record says "signed before the
//   change" of a message the attacker extended (the entryVouched path checks l=; this one does not).
// Controls: the same senders' genuine mail (Email Security.cloud re-signing after its banner; the
// l= signed notice tagged by the reader's tenant; rspamd on the box recording the pass).
// Where the layouts were learnt: realworld130's Microsoft 365 → Broadcom Email Security.cloud
// layout (a lenovo.com post in the linux-kernel archive, code corpus: server-19.tower-655.
// messagelabs.com, mail1.bemta35.messagelabs.com [67.219.250.114]); realworld129's tenant rules
// after EOP's record (the "[EXTERNAL]" tag and banner) and EOP's id-less record; Gmail's
// `dkim=neutral (body hash did not verify)` and Yahoo's `dkim=perm_fail` as realworld130 recalls
// them; rspamd's DKIM symbols (R_DKIM_ALLOW / R_DKIM_REJECT, rspamd.com "DKIM module", search
// corpus "pages") written `dkim=pass` / `dkim=fail` by its Authentication-Results, as probe132's
// box writes them; l= signing as mailauth's maxBodyLength makes it (RFC 6376 §8.2 "Misuse of Body
// Length Limits"). Names and addresses are documentation ones except Microsoft's, Google's, Yahoo's
// and Broadcom's hosts and ranges; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { appendBody } from '../edits';
import { emitCase, KEY, NOT_TRUSTED, ptr, type Relay, SIGNED, signAll } from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { dovecotLmtp, eopDelivery, gmailDelivery, gmailDmarc, gmailSpf, yahooDelivery } from '../receivers';
import { postfixEntry, probeCorpus } from '../rounds-kit';

const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const GMAIL = ['--webmail', 'gmail'];
const YAHOO = ['--webmail', 'yahoo'];
const TW = 'tidewater.example';
const OUT = ['--webmail', 'outlook', '--recipient-domain', TW];

const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };

const CM = 'corran-marine.example';
const HL = 'harbourline.example';

const SYMC: Relay = {
  helo: 'mail1.bemta35.messagelabs.com',
  rdns: 'mail1.bemta35.messagelabs.com',
  ip: '67.219.250.114',
};
const CM_EXO: Relay = {
  helo: 'EUR05-AM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-am6eur05on2133.outbound.protection.outlook.com',
  ip: '40.107.22.133',
};
const ATK_EXO: Relay = {
  helo: 'NAM12-MW2-obe.outbound.protection.outlook.com',
  rdns: 'mail-mw2nam12on2133.outbound.protection.outlook.com',
  ip: '40.107.220.133',
};
const HL_EXO: Relay = {
  helo: 'NAM10-DM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-dm6nam10on2133.outbound.protection.outlook.com',
  ip: '40.107.93.133',
};

// The reader's own box (Postfix + rspamd + Dovecot) at quarrow.example.
const Q = 'quarrow.example';
const Q_BOX = `mail.${Q}`;
const Q_BOX_IP = '203.0.113.133';
const Q_READER = `accounts@${Q}`;
const BOX = ['--authserv-id', Q_BOX, '--recipient-domain', Q];

const ZONE = {
  ...M365_SPF_ZONE,
  ...ptr(SYMC.ip, SYMC.rdns),
  ...ptr(CM_EXO.ip, CM_EXO.rdns),
  ...ptr(ATK_EXO.ip, ATK_EXO.rdns),
  ...ptr(HL_EXO.ip, HL_EXO.rdns),
  ...ptr(Q_BOX_IP, Q_BOX),
  'spf.messagelabs.com': {
    TXT: [
      'v=spf1 ip4:67.219.240.0/20 ip4:85.158.136.0/21 ip4:195.245.224.0/22 ip4:193.109.254.0/23 ip4:194.106.220.0/23 ip4:216.82.240.0/20 -all',
    ],
  },
  [CM]: { TXT: ['v=spf1 include:spf.messagelabs.com include:spf.protection.outlook.com -all'] },
  [`_dmarc.${CM}`]: { TXT: ['v=DMARC1; p=reject'] },
  [`selector1._domainkey.${CM}`]: KEY(),
  [`symc1._domainkey.${CM}`]: KEY(),
  [HL]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [`_dmarc.${HL}`]: { TXT: ['v=DMARC1; p=reject'] },
  [`selector1._domainkey.${HL}`]: KEY(),
  [`notice1._domainkey.${HL}`]: KEY(),
  [TW]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [`_dmarc.${TW}`]: { TXT: ['v=DMARC1; p=quarantine'] },
  [Q]: { MX: [{ priority: 10, exchange: Q_BOX }], TXT: ['v=spf1 mx -all'] },
  [`_dmarc.${Q}`]: { TXT: ['v=DMARC1; p=quarantine'] },
};

const tenantHops = (mbx: string, region = 'eurprd05') => [
  `Received: from ${mbx}.${region}.prod.outlook.com (2603:10a6:20b:3a::33)\r\n by AM6PR05MB1330.${region}.prod.outlook.com (2603:10a6:20b:3b::33) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8158.24; ${SENT}`,
  `Received: from ${mbx}.${region}.prod.outlook.com\r\n ([fe80::6b83:cde9:52cc:1330]) by ${mbx}.${region}.prod.outlook.com\r\n ([fe80::6b83:cde9:52cc:1330%6]) with mapi id 15.20.8158.023; ${SENT}`,
];

const symcTower = (raw: string, exo: Relay, envelope: string, banner: string) =>
  onTop(
    raw,
    `X-Env-Sender: ${envelope}`,
    'X-Msg-Ref: server-19.tower-655.messagelabs.com!1795168801!13301!1',
    `X-Originating-IP: [${exo.ip}]`,
    'X-SYMC-ESS-Client-Auth: mailfrom-relay-check=pass',
    'X-StarScan-Received: ',
    `X-StarScan-Version: 9.100.1; banners=${banner},-,-`,
    'X-VirusChecked: Checked',
    'Received: (qmail 13301 invoked from network); 20 Nov 2026 10:00:03 -0000',
    `Received: from ${exo.rdns} (HELO ${exo.helo}) (${exo.ip})\r\n  by server-19.tower-655.messagelabs.com with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP; 20 Nov 2026 10:00:03 -0000`,
  );

const CM_DISCLAIMER =
  '\r\n________________________________\r\nCorran Marine Ltd, registered in England No. 01300130. This e-mail and any attachment are confidential.\r\n';

/** Corran's genuine mail: EXO signs selector1, Email Security.cloud appends its banner and re-signs symc1. */
async function corranGenuine(to: string, n: string): Promise<string> {
  const signed = onTop(
    await signAll(
      submitted({
        from: `Corran Marine Accounts <accounts@${CM}>`,
        to,
        subject: 'November statement',
        date: SENT,
        messageId: `<AM6PR05MB1330${n}@AM6PR05MB1330.eurprd05.prod.outlook.com>`,
        body: 'Dear customer,\r\n\r\nplease find our statement for November attached.\r\n\r\nAccounts\r\n',
      }),
      [[CM, 'selector1']],
    ),
    ...tenantHops('AM6PR05MB1330'),
  );
  return signAll(symcTower(appendBody(signed, CM_DISCLAIMER), CM_EXO, `accounts@${CM}`, CM), [[CM, 'symc1']]);
}

/** Another Email Security.cloud customer's tenant sends as Corran, Corran's selector1 signature copied over new text. */
async function corranForged(to: string, n: string, senderLines: string[] = []): Promise<string> {
  const genuine = await signAll(
    submitted({
      from: `Corran Marine Accounts <accounts@${CM}>`,
      to,
      subject: 'Remittance details changed',
      date: SENT,
      messageId: `<AM6PR05MB1330${n}@AM6PR05MB1330.eurprd05.prod.outlook.com>`,
      body: 'Dear customer,\r\n\r\nplease find our statement for November attached.\r\n\r\nAccounts\r\n',
    }),
    [[CM, 'selector1']],
  );
  const broken = genuine.replace(
    'please find our statement for November attached.',
    'our bank has changed. Pay all open invoices to IBAN GB33 BUKB 2020 1555 5555 55 from today.',
  );
  return symcTower(
    onTop(broken, ...senderLines, ...tenantHops('MW2PR12MB1330', 'namprd12')),
    ATK_EXO,
    `accounts@${CM}`,
    '-',
  );
}

const gmailResults = (dkim: string[], envelope: string, ip: string, from: string) =>
  `${dkim.join('\r\n       ')}\r\n       ${gmailSpf(envelope, ip)}\r\n       ${gmailDmarc(from, 'REJECT')}`;
const gNeutral = (d: string, s: string) =>
  `dkim=neutral (body hash did not verify) header.i=@${d} header.s=${s} header.b=Q29ycHVz;`;
const gPass = (d: string, s: string) => `dkim=pass header.i=@${d} header.s=${s} header.b=Q29ycHVz;`;
const yahooResults = (dkim: string[], envDomain: string, from: string) =>
  `${dkim.join('\r\n ')}\r\n spf=pass smtp.mailfrom=${envDomain};\r\n dmarc=pass(p=REJECT) header.from=${from};`;

/** rspamd on the reader's box, its DKIM words as given. */
const rspamdAr = (dkim: string, envelope: string, ip: string, from: string) =>
  `Authentication-Results: ${Q_BOX};\r\n\t${dkim};\r\n\tspf=pass (${Q_BOX}: domain of ${envelope} designates ${ip} as permitted sender) smtp.mailfrom=${envelope};\r\n\tdmarc=pass (policy=reject) header.from=${from}`;
const intoBox = (raw: string, relay: Relay, envelope: string, ar: string) =>
  onTop(
    raw,
    `Return-Path: <${envelope}>`,
    `Delivered-To: ${Q_READER}`,
    dovecotLmtp(Q_BOX, envelope, Q_READER, 'kQ7mLx133ZQAAWh9Y', 'Fri, 20 Nov 2026 10:00:08 +0000'),
    ar,
    postfixEntry(relay, Q_BOX, '4Nq133Zk2Tz1x', Q_READER, 'Fri, 20 Nov 2026 10:00:06 +0000'),
  );

function intoTenant(
  raw: string,
  relay: Relay,
  mailfrom: string,
  dkim: string,
  from: string,
  returnPath: string,
) {
  return eopDelivery(raw, {
    ip: relay.ip,
    helo: relay.helo,
    ar: `spf=pass (sender IP is ${relay.ip})\r\n smtp.mailfrom=${mailfrom}; ${dkim};dmarc=pass action=none\r\n header.from=${from};compauth=pass reason=100`,
    spf: `Pass (protection.outlook.com: domain of ${mailfrom} designates\r\n ${relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${relay.ip}; helo=${relay.helo}; pr=C`,
    returnPath,
    frontend: 'MW2PEPF0000133A',
  });
}
const eopPassDkim = (d: string) => `dkim=pass (signature was verified)\r\n header.d=${d}`;

const BANNER =
  'CAUTION: This email originated from outside of Tidewater. Do not click links or open attachments unless you recognize the sender and know the content is safe.\r\n\r\n';
/** The reader's tenant's rule after EOP's record: "[EXTERNAL]" tag and banner on top. */
function tenantRules(raw: string): string {
  const at = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, at).replace(/\r\nSubject: /, '\r\nSubject: [EXTERNAL] ');
  return `${head}\r\n\r\n${BANNER}${raw.slice(at + 4)}`;
}

// Fixed at 03:50 on 2026-12-06 (the lead; lib/findings/receiver-record.ts signedBeforeChange):
// probe133-outlook-length-limit-appended-replay-attack (and -no-options) read "authenticated": EOP
// honestly recorded dkim=pass for Harbourline's l= signature, which covered only the notice's first
// bytes, not the attacker's appended paragraph, and signed-before-change lifted the shared-SPF
// caveat. The medium dkim-body-length finding the changed-after-entry path writes for such a
// signature is now written beside signed-before-change too: suspicious. Its genuine control reads
// suspicious as well, by choice (nothing shows whether text follows the signed bytes).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

interface One {
  name: string;
  cls: string;
  about: string;
  eml: string;
  args: string[];
  expect: CaseExpectation;
  twin?: boolean;
}
const emit = (write: CaseWriter, c: One) =>
  emitCase(write, { ...c, name: `probe133-${c.name}`, class: `probe133-${c.cls}`, zone: ZONE });

const ROBIN_G = 'Robin Reader <robin.reader@gmail.com>';
const ROBIN_Y = 'Robin Reader <robin.reader@yahoo.com>';
const FORGED = `another Email Security.cloud customer's Microsoft 365 tenant (${ATK_EXO.rdns}) sends as accounts@${CM} (envelope too: SPF passes only through include:spf.messagelabs.com) with Corran's selector1 signature copied over new bank details (its body hash fails here)`;

/** HL's payment notice, signed by its notice platform with l= (the body's length when signed). */
const HL_BODY =
  'Dear customer,\r\n\r\nyour remittance advice RA-40133 for 12,480.00 GBP is ready in the supplier portal.\r\n\r\nHarbourline Accounts\r\n';
async function hlNotice(n: string): Promise<string> {
  const raw = submitted({
    from: `Harbourline Accounts <accounts@${HL}>`,
    to: `Robin Reader <robin.reader@${TW}>`,
    subject: 'Remittance advice RA-40133',
    date: SENT,
    messageId: `<DM6PR08MB5133${n}@DM6PR08MB5133.namprd08.prod.outlook.com>`,
    body: HL_BODY,
  });
  return signCorpus(raw, {
    domain: HL,
    selector: 'notice1',
    headerList: SIGNED,
    maxBodyLength: HL_BODY.length,
  });
}
const APPENDED =
  '\r\nUPDATE 20/11: our bank details have changed. Pay RA-40133 and all open items to IBAN GB33 BUKB 2020 1555 5555 55; the portal still shows the old account.\r\n';

export async function makeAll(write: CaseWriter): Promise<void> {
  // ---- 1. Gmail: the attacker's own "mx.google.com" pass of Corran below Gmail's entry ----
  const fakeGoogle = `Authentication-Results: mx.google.com;\r\n       dkim=pass header.i=@${CM} header.s=symc1 header.b=Q29ycHVz;\r\n       spf=pass smtp.mailfrom=accounts@${CM};\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=${CM}`;
  emit(write, {
    name: 'gmail-sender-wrote-google-dkim-pass-attack',
    cls: 'broken-before-receiver',
    about: `Attack: ${FORGED}, and writes an Authentication-Results under mx.google.com claiming dkim=pass header.i=@${CM} s=symc1 into its own headers (below Gmail's entry line). Gmail's real header records dkim=neutral (body hash did not verify) for selector1, spf=pass, dmarc=pass. A pass of Corran in a provider line would switch brokenBeforeReceiver off and lift the shared-SPF caveat (sharedSpfPlatform). Wanted: not trusted (realworld130's twin without the line reads suspicious).`,
    eml: gmailDelivery(await corranForged(ROBIN_G, 'G1', [fakeGoogle]), {
      relay: SYMC,
      envelope: `accounts@${CM}`,
      ids: ['x133csp1330pxa', 'a133si1330qtb.33'],
      spf: 'pass',
      results: gmailResults([gNeutral(CM, 'selector1')], `accounts@${CM}`, SYMC.ip, CM),
    }),
    args: GMAIL,
    expect: NOT_TRUSTED,
    twin: true,
  });
  emit(write, {
    name: 'gmail-symc-resigned-control',
    cls: 'broken-before-receiver',
    about: `Genuine control: Corran's tenant signs selector1, Email Security.cloud appends its disclaimer and signs d=${CM} s=symc1; Gmail records dkim=pass (symc1) beside dkim=neutral (selector1). Wanted: authenticated.`,
    eml: gmailDelivery(await corranGenuine(ROBIN_G, 'G2'), {
      relay: SYMC,
      envelope: `accounts@${CM}`,
      ids: ['x133csp1331pxa', 'a133si1331qtb.33'],
      spf: 'pass',
      results: gmailResults([gPass(CM, 'symc1'), gNeutral(CM, 'selector1')], `accounts@${CM}`, SYMC.ip, CM),
    }),
    args: GMAIL,
    expect: PASSES,
    twin: true,
  });

  // ---- 2. Yahoo: the same with Yahoo's words ----
  const fakeYahoo = `Authentication-Results: atlas-production.v2.mail-mta4231.mail.ne1.yahoo.com;\r\n dkim=pass header.i=@${CM} header.s=symc1;\r\n spf=pass smtp.mailfrom=${CM};\r\n dmarc=pass(p=REJECT) header.from=${CM};`;
  emit(write, {
    name: 'yahoo-sender-wrote-yahoo-dkim-pass-attack',
    cls: 'broken-before-receiver',
    about: `Attack: ${FORGED}, with an Authentication-Results under Yahoo's mta id claiming dkim=pass header.i=@${CM} written in its own headers. Yahoo's real header records dkim=perm_fail for selector1, spf=pass, dmarc=pass. Wanted: not trusted.`,
    eml: yahooDelivery(await corranForged(ROBIN_Y, 'Y1', [fakeYahoo]), {
      relay: SYMC,
      envelope: `accounts@${CM}`,
      results: yahooResults([`dkim=perm_fail header.i=@${CM} header.s=selector1;`], CM, CM),
    }),
    args: YAHOO,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'yahoo-symc-resigned-control',
    cls: 'broken-before-receiver',
    about: `Genuine control in Yahoo: dkim=pass header.i=@${CM} s=symc1 beside dkim=perm_fail for selector1. Wanted: authenticated.`,
    eml: yahooDelivery(await corranGenuine(ROBIN_Y, 'Y2'), {
      relay: SYMC,
      envelope: `accounts@${CM}`,
      results: yahooResults(
        [`dkim=pass header.i=@${CM} header.s=symc1;`, `dkim=perm_fail header.i=@${CM} header.s=selector1;`],
        CM,
        CM,
      ),
    }),
    args: YAHOO,
    expect: PASSES,
  });

  // ---- 3. A box: Postfix + rspamd + Dovecot at quarrow.example ----
  const rspFail = `dkim=fail ("headers rsa verify failed") header.d=${CM} header.s=selector1 header.b=Q29ycHVz`;
  emit(write, {
    name: 'box-rspamd-fail-attack',
    cls: 'broken-before-receiver',
    about: `Attack: ${FORGED}, into the reader's own box; rspamd records dkim=fail header.d=${CM} s=selector1, spf=pass, dmarc=pass. The box's record is the receiver's: brokenBeforeReceiver should fire as in Gmail. Wanted: not trusted.`,
    eml: intoBox(
      await corranForged(`<${Q_READER}>`, 'B1'),
      SYMC,
      `accounts@${CM}`,
      rspamdAr(rspFail, `accounts@${CM}`, SYMC.ip, CM),
    ),
    args: BOX,
    expect: NOT_TRUSTED,
  });
  const fakeBox = `Authentication-Results: ${Q_BOX};\r\n\tdkim=pass header.d=${CM} header.s=symc1 header.b=Q29ycHVz;\r\n\tspf=pass smtp.mailfrom=accounts@${CM};\r\n\tdmarc=pass (policy=reject) header.from=${CM}`;
  emit(write, {
    name: 'box-sender-wrote-box-dkim-pass-attack',
    cls: 'broken-before-receiver',
    about: `Attack: as box-rspamd-fail-attack, with an Authentication-Results under the box's own name (${Q_BOX}) claiming dkim=pass header.d=${CM} written in the sender's headers, below Postfix's entry line. Wanted: not trusted.`,
    eml: intoBox(
      await corranForged(`<${Q_READER}>`, 'B2', [fakeBox]),
      SYMC,
      `accounts@${CM}`,
      rspamdAr(rspFail, `accounts@${CM}`, SYMC.ip, CM),
    ),
    args: BOX,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'box-symc-resigned-control',
    cls: 'broken-before-receiver',
    about: `Genuine control on the box: rspamd records dkim=pass header.d=${CM} s=symc1 and dkim=fail s=selector1. Wanted: authenticated.`,
    eml: intoBox(
      await corranGenuine(`<${Q_READER}>`, 'B3'),
      SYMC,
      `accounts@${CM}`,
      rspamdAr(
        `dkim=pass header.d=${CM} header.s=symc1 header.b=Q29ycHVz;\r\n\t${rspFail}`,
        `accounts@${CM}`,
        SYMC.ip,
        CM,
      ),
    ),
    args: BOX,
    expect: PASSES,
  });

  // ---- 4. Outlook: an l= signature passes at EOP over appended text; the tenant's tag breaks it ----
  const genuineNotice = await hlNotice('O1');
  emit(write, {
    name: 'outlook-length-limit-tagged-control',
    cls: 'signed-before-change',
    about: `Genuine control: Harbourline's notice signed d=${HL} s=notice1 with l= (the whole body), sent from its own tenant (${HL_EXO.rdns}); EOP records dkim=pass header.d=${HL}, dmarc=pass; the reader's rule tags "[EXTERNAL]" and puts its banner on top, which breaks the signature here. EOP's record lifts the shared-SPF caveat (signed-before-change). Wanted by the helper: authenticated; kept suspicious by the lead (03:50): with the signature broken here nothing shows whether text follows the l= bytes, as for the changed-after-entry path (dkim-body-length medium, probe8).`,
    eml: tenantRules(
      intoTenant(
        onTop(genuineNotice, ...tenantHops('DM6PR08MB5133', 'namprd08')),
        HL_EXO,
        HL,
        eopPassDkim(HL),
        HL,
        `accounts@${HL}`,
      ),
    ),
    args: OUT,
    expect: { verdict: 'suspicious', findings: ['dkim-body-length', 'signed-before-change'] },
    twin: true,
  });
  emit(write, {
    name: 'outlook-length-limit-appended-replay-attack',
    cls: 'signed-before-change',
    about: `Attack: the same genuine l= signed notice, replayed by the attacker's own Microsoft 365 tenant (${ATK_EXO.rdns}, envelope accounts@${HL}: SPF passes through spf.protection.outlook.com) with a paragraph of new bank details appended after the signed bytes. EOP honestly records dkim=pass header.d=${HL} (l= covers only the first bytes) and dmarc=pass; the reader's tag then breaks the signature here, and signed-before-change would read the pass as Harbourline's. Wanted: not trusted (the appended text is the attacker's).`,
    eml: tenantRules(
      intoTenant(
        appendBody(onTop(genuineNotice, ...tenantHops('MW2PR12MB1333', 'namprd12')), APPENDED),
        ATK_EXO,
        HL,
        eopPassDkim(HL),
        HL,
        `accounts@${HL}`,
      ),
    ),
    args: OUT,
    expect: NOT_TRUSTED,
    twin: true,
  });
}
