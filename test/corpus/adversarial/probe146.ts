// Red-team probes, round 146 (December 2026): how the verdict is composed when two exemptions that
// were each tested alone meet in one message (lib/findings/verdict.ts decideVerdict, lib/findings/
// auth-state.ts sharedSpfPlatform, lib/findings/list.ts). The stack tried here: a Microsoft 365
// co-tenant's SPF pass through the bank's `include:spf.protection.outlook.com` (alone: unverified,
// sharedSpfOnly) beside a replay of the bank's genuine signed notice that a "list" changed (alone:
// unverified, changed-by-list). Together DMARC passes on the shared SPF, so no excuse is computed
// (excuseFor runs only on a failure) and the list's undone changes are never weighed as such:
// what decides is whether the broken bank signature still counts as a concern beside the shared
// pass. Read in Gmail, Yahoo and Outlook, each beside the bank's genuine mail from its own tenant.
// Where the layouts were learnt: Microsoft's outbound hosts and ranges as probe10/probe100 and
// m365-shapes.ts carry them (`*.outbound.protection.outlook.com`, 40.107.0.0/16; Microsoft Learn,
// "External Domain Name System records for Office 365", search corpus "pages"), Gmail's, Yahoo's
// and EOP's delivery headers as receivers.ts writes them (real headers of 2025), and the list
// dress (List-Id, List-Post, List-Unsubscribe, a footer) as rounds-kit.ts LIST_DRESS and
// Mailman's own footer. Names are documentation ones except Microsoft's, Google's and Yahoo's
// hosts and ranges; every key is the corpus key.

import type { CaseExpectation } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, GMAIL, KEY, NOT_TRUSTED, OUTLOOK, ptr, type Relay, signAll } from '../kit';
import { M365_SPF_ZONE } from '../m365-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import {
  eopDelivery,
  eopPass,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
} from '../receivers';
import { probeCorpus } from '../rounds-kit';

const BANK = 'northbank.example';
const ENVELOPE = `security@${BANK}`;
const READER = 'Robin Reader <robin.reader@tidewater.example>';
const YAHOO = ['--webmail', 'yahoo'];

// The bank's own tenant's outbound host, and the attacker's tenant's (both Exchange Online's).
const BANK_OUT: Relay = {
  helo: 'EUR05-DB8-obe.outbound.protection.outlook.com',
  rdns: 'mail-db8eur05on2120.outbound.protection.outlook.com',
  ip: '40.107.20.120',
};
const ATTACKER_OUT: Relay = {
  helo: 'NAM12-MW2-obe.outbound.protection.outlook.com',
  rdns: 'mail-mw2nam12on2146.outbound.protection.outlook.com',
  ip: '40.107.244.146',
};

const ZONE = {
  ...M365_SPF_ZONE,
  ...ptr(BANK_OUT.ip, BANK_OUT.rdns),
  ...ptr(ATTACKER_OUT.ip, ATTACKER_OUT.rdns),
  [BANK]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [`_dmarc.${BANK}`]: { TXT: ['v=DMARC1; p=reject; rua=mailto:dmarc@northbank.example'] },
  [`selector1._domainkey.${BANK}`]: KEY(),
  '_dmarc.tidewater.example': { TXT: ['v=DMARC1; p=quarantine'] },
};

const SENT = 'Fri, 20 Nov 2026 09:58:00 +0000';
const NOTICE_BODY =
  'Dear customer,\r\n\r\nyour November statement is ready in online banking.\r\nSign in at https://www.northbank.example/statements to read it.\r\n\r\nNorthbank Customer Service\r\n';
const LURE_FOOTER =
  '\r\n_______________________________________________\r\nNorthbank customers mailing list\r\nIMPORTANT: statements are moving. Confirm your card to keep access: https://northbank-statements.example/confirm\r\n';
const LIST_DRESS = [
  'List-Id: Northbank customers <customers.lists.northbank-statements.example>',
  'List-Post: <mailto:customers@lists.northbank-statements.example>',
  'List-Unsubscribe: <mailto:customers-leave@lists.northbank-statements.example>',
];

/** The bank's genuine notice, signed d=northbank.example s=selector1 by its own tenant. */
const genuine = () =>
  signAll(
    submitted({
      from: `Northbank Customer Service <${ENVELOPE}>`,
      to: READER,
      subject: 'Your November statement is ready',
      date: SENT,
      messageId: '<stmt-146-20261120@northbank.example>',
      body: NOTICE_BODY,
    }),
    [[BANK, 'selector1']],
  );

/** The genuine notice with a list footer appended and list fields on top (the attacker's edit). */
const dressed = (raw: string) => onTop(`${raw.trimEnd()}\r\n${LURE_FOOTER}`, ...LIST_DRESS);

async function atGmail(raw: string, relay: Relay, dkim: string, n: string): Promise<string> {
  return gmailDelivery(raw, {
    relay,
    envelope: ENVELOPE,
    results: [gmailDkim(BANK, 'selector1', dkim), gmailSpf(ENVELOPE, relay.ip), gmailDmarc(BANK)].join(
      '\r\n       ',
    ),
    ids: [`x146csp${n}pxa`, `a146si${n}qtb.146`],
    spf: 'pass',
    deliveredTo: true,
  });
}

function atYahoo(raw: string, relay: Relay, dkim: string): string {
  return yahooDelivery(raw, {
    relay,
    envelope: ENVELOPE,
    results: `dkim=${dkim} header.i=@${BANK} header.s=selector1;\r\n spf=pass smtp.mailfrom=${BANK};\r\n dmarc=pass(p=REJECT) header.from=${BANK};`,
  });
}

function atOutlook(raw: string, relay: Relay, dkim: string): string {
  return eopDelivery(raw, {
    ...eopPass(relay, BANK, `dkim=${dkim} (signature was verified)\r\n header.d=${BANK}`, BANK),
    returnPath: ENVELOPE,
  });
}

interface One {
  name: string;
  about: string;
  eml: string;
  args: string[];
  expect: CaseExpectation;
  twin?: boolean;
}
const emit = (write: CaseWriter, c: One) =>
  emitCase(write, { ...c, zone: ZONE, class: 'probe146-shared-spf-list-stack' });

const ATTACK = `The bank's genuine signed statement notice (d=${BANK} s=selector1, p=reject, SPF include:spf.protection.outlook.com -all), replayed by an attacker through his own Microsoft 365 tenant (${ATTACKER_OUT.rdns}, ${ATTACKER_OUT.ip}) with envelope ${ENVELOPE}, dressed as a list post (List-Id, List-Post, List-Unsubscribe at lists.northbank-statements.example) and a "list footer" carrying the lure (confirm your card at northbank-statements.example). SPF passes aligned through Microsoft's shared include; the bank's signature fails its body hash and verifies once the footer is undone`;
const CONTROL = `Control: the bank's genuine signed notice from its own tenant (${BANK_OUT.rdns}, ${BANK_OUT.ip}), unchanged; SPF, DKIM and DMARC pass`;

export async function makeAll(write: CaseWriter): Promise<void> {
  const raw = await genuine();
  const forged = dressed(raw);
  emit(write, {
    name: 'probe146-gmail-m365-cotenant-list-footer-replay',
    about: `${ATTACK}. Gmail records dkim=fail, spf=pass, dmarc=pass. Wanted: not trusted (the pass rests on a co-tenant's SPF, and the signature that would tie it to the bank broke on the attacker's footer).`,
    eml: await atGmail(forged, ATTACKER_OUT, 'fail', '1'),
    args: GMAIL,
    expect: NOT_TRUSTED,
    twin: true,
  });
  emit(write, {
    name: 'probe146-gmail-m365-bank-own-tenant-control',
    about: `${CONTROL}. Read in Gmail. Wanted: authenticated.`,
    eml: await atGmail(raw, BANK_OUT, 'pass', '2'),
    args: GMAIL,
    expect: AUTHENTICATED,
    twin: true,
  });
  emit(write, {
    name: 'probe146-yahoo-m365-cotenant-list-footer-replay',
    about: `${ATTACK}. Yahoo records dkim=fail, spf=pass, dmarc=pass. Wanted: not trusted.`,
    eml: atYahoo(forged, ATTACKER_OUT, 'fail'),
    args: YAHOO,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe146-yahoo-m365-bank-own-tenant-control',
    about: `${CONTROL}. Read in Yahoo. Wanted: authenticated.`,
    eml: atYahoo(raw, BANK_OUT, 'pass'),
    args: YAHOO,
    expect: AUTHENTICATED,
  });
  emit(write, {
    name: 'probe146-outlook-m365-cotenant-list-footer-replay',
    about: `${ATTACK}. EOP records spf=pass, dkim=fail, dmarc=pass. Wanted: not trusted.`,
    eml: atOutlook(forged, ATTACKER_OUT, 'fail'),
    args: OUTLOOK,
    expect: NOT_TRUSTED,
  });
  emit(write, {
    name: 'probe146-outlook-m365-bank-own-tenant-control',
    about: `${CONTROL}. Read in Outlook. Wanted: authenticated.`,
    eml: atOutlook(raw, BANK_OUT, 'pass'),
    args: OUTLOOK,
    expect: AUTHENTICATED,
  });
}

export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
