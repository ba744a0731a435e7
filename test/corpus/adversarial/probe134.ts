// Red-team probes, round 134 (December 2026): two of the last hour's changes (adc7495b..HEAD).
// - lib/findings/sender.ts senderRule (listsEnvelope): a list's own Sender at the List-Id/List-Post
//   host that also bounces the envelope is now LOW beside the author's DMARC pass. Meant for a list
//   behind a gateway the reader has not named (realworld125-barracuda-mailman-list), it holds
//   wherever the list's SPF does not pass, also where the list's own server handed the message to
//   Gmail or Exchange Online directly and our SPF check ran at its very address. An attacker replays
//   an intact, signed notice (the bank's; the reader's own firm's) from his "list" host with an
//   added Sender whose name is the lure ("Fraud Team: call +1 555 0142"), which Outlook shows first
//   ("Fraud Team … on behalf of Northbank"), List-Id, List-Post and the envelope at that host, and
//   publishes no SPF for it (or ~all).
// - lib/findings/reader-org.ts readerNamedByPlatformUser: a newsletter host's publication with a
//   List-Id is read as an open group, and an open group's name is split at " via ": "IT Helpdesk
//   via Tidewater" is then read as a poster "IT Helpdesk" and a group "Tidewater", neither of which
//   names the reader's desk alone, while the inbox shows the whole "IT Helpdesk via Tidewater".
// Controls: a genuine Mailman list post read in Outlook and Gmail (the list's SPF passes at its own
// server: authenticated), the same list behind nothing, a genuine Substack newsletter and one whose
// name holds " via " without a desk.
// Where the layouts were learnt: Mailman's Sender/List-Id/List-Post/`-bounces` envelope as
// realworld125.ts and rounds-kit.ts (LIST_DRESS, viaAttackerList) already write them; Substack's
// From/Reply-To/List-Id/List-Unsubscribe and relay as probe130.ts writes them (from realworld77.ts
// and realworld9.ts). No new search was made this round (time budget); Outlook's "X on behalf of Y"
// display of a Sender is as sender.ts's own header comment describes it.
// Names and addresses are documentation ones except Google's and Microsoft's; every key is the
// corpus key.

import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { AUTHENTICATED, emitCase, GMAIL, KEY, NOT_TRUSTED, OUTLOOK, ptr, type Relay, signAll } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { eopDelivery, GMAIL_TO, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus } from '../rounds-kit';

const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';
const ORG = 'tidewater.example';
const TIDEWATER = ['--recipient-domain', ORG];
const OUTLOOK_TO = `Robin Reader <robin.reader@${ORG}>`;

const dmarc = (d: string, p: string) => ({ [`_dmarc.${d}`]: { TXT: [`v=DMARC1; p=${p}`] } });
const txt = (d: string, r: string) => ({ [d]: { TXT: [r] } });
const key = (d: string, s: string) => ({ [`${s}._domainkey.${d}`]: KEY() });

type Via = 'gmail' | 'outlook';
const argsOf = (via: Via) => [...(via === 'gmail' ? GMAIL : OUTLOOK), ...TIDEWATER];

interface One {
  name: string;
  about: string;
  cls: string;
  eml: string;
  expect: CaseExpectation;
  args: string[];
  zone: Record<string, unknown>;
  twin?: boolean;
}
const emit = (write: CaseWriter, c: One) => emitCase(write, { ...c, class: `probe134-${c.cls}` });

// --- Part 1: a list's own Sender and envelope beside the author's intact signature ----------------

/** The attacker's "list" server and the genuine list server of the controls. */
const EVIL_LIST: Relay = {
  helo: 'mail.lists.attacker.example',
  rdns: 'mail.lists.attacker.example',
  ip: '203.0.113.134',
};
const GOOD_LIST: Relay = { helo: 'mail.lists.example.org', rdns: 'mail.lists.example.org', ip: '192.0.2.80' };

const LIST_ZONE = (evilSpf: string | null) => ({
  ...ptr(EVIL_LIST.ip, EVIL_LIST.rdns),
  ...ptr(GOOD_LIST.ip, GOOD_LIST.rdns),
  ...(evilSpf ? txt('lists.attacker.example', evilSpf) : {}),
  ...txt('lists.example.org', `v=spf1 ip4:${GOOD_LIST.ip} -all`),
  ...dmarc('attacker.example', 'none'),
  ...dmarc('example.org', 'none'),
  ...txt('northbank.example', 'v=spf1 ip4:192.0.2.0/27 -all'),
  ...dmarc('northbank.example', 'reject'),
  ...key('northbank.example', 'nb1'),
  ...txt(ORG, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...dmarc(ORG, 'quarantine'),
  ...key(ORG, 'selector1'),
  ...txt('quarkfield.example', 'v=spf1 ip4:198.51.100.0/28 -all'),
  ...dmarc('quarkfield.example', 'reject'),
  ...key('quarkfield.example', 's1'),
});

/** A signed notice (or a member's signed post), as its author's server wrote it. */
function authored(o: {
  from: string;
  to: string;
  subject: string;
  body: string;
  id: string;
  d: string;
  s: string;
}) {
  return signCorpus(
    submitted({
      from: o.from,
      to: o.to,
      subject: o.subject,
      date: SENT,
      messageId: o.id,
      body: `${o.body}\r\n`,
    }),
    { domain: o.d, selector: o.s },
  );
}

/** `raw` relayed by a Mailman-shaped list at `host` (Sender and envelope its `-bounces`), then delivered. */
function viaList(
  raw: string,
  o: { list: string; host: string; relay: Relay; senderName: string; via: Via; spf: string; n: string },
): string {
  const bounces = `${o.list}-bounces@${o.host}`;
  const listed = onTop(
    raw,
    `Sender: "${o.senderName}" <${bounces}>`,
    `List-Id: ${o.senderName} <${o.list}.${o.host}>`,
    `List-Post: <mailto:${o.list}@${o.host}>`,
    `List-Unsubscribe: <https://${o.host}/mailman/options/${o.list}>, <mailto:${o.list}-request@${o.host}?subject=unsubscribe>`,
    `Errors-To: ${bounces}`,
    'Precedence: list',
  );
  const from = /^From:.*@([a-z0-9.-]+)>?\r?$/im.exec(raw)?.[1] ?? '';
  if (o.via === 'gmail') {
    const spfWord = o.spf === 'pass' ? 'pass' : o.spf === 'none' ? 'neutral' : 'softfail';
    return gmailDelivery(listed, {
      relay: o.relay,
      envelope: bounces,
      results: [
        gmailDkim(from, from === 'northbank.example' ? 'nb1' : from === ORG ? 'selector1' : 's1'),
        o.spf === 'none'
          ? `spf=none (google.com: ${bounces} does not designate permitted sender hosts) smtp.mailfrom=${bounces}`
          : gmailSpf(bounces, o.relay.ip, spfWord),
        gmailDmarc(from, 'REJECT'),
      ].join('\r\n       '),
      ids: [`x134csp${o.n}pxa`, `a134si${o.n}qtb.134`],
      ...(o.spf === 'none' ? {} : { spf: spfWord as 'pass' | 'softfail' }),
      deliveredTo: true,
    });
  }
  const spfAr =
    o.spf === 'pass'
      ? `spf=pass (sender IP is ${o.relay.ip})\r\n smtp.mailfrom=${o.host}`
      : o.spf === 'none'
        ? `spf=none (sender IP is ${o.relay.ip})\r\n smtp.mailfrom=${o.host}`
        : `spf=softfail (sender IP is ${o.relay.ip})\r\n smtp.mailfrom=${o.host}`;
  const spfHdr =
    o.spf === 'pass'
      ? `Pass (protection.outlook.com: domain of ${o.host} designates\r\n ${o.relay.ip} as permitted sender)`
      : o.spf === 'none'
        ? `None (protection.outlook.com: ${o.host} does not designate\r\n permitted sender hosts)`
        : `SoftFail (protection.outlook.com: domain of transitioning\r\n ${o.host} discourages use of ${o.relay.ip} as permitted sender)`;
  return eopDelivery(listed, {
    ip: o.relay.ip,
    helo: o.relay.helo,
    ar: `${spfAr}; dkim=pass (signature was verified)\r\n header.d=${from};dmarc=pass action=none\r\n header.from=${from};compauth=pass reason=100`,
    spf: `${spfHdr} receiver=protection.outlook.com;\r\n client-ip=${o.relay.ip}; helo=${o.relay.helo};`,
    returnPath: bounces,
  });
}

const BANK_NOTICE = {
  from: 'Northbank <alerts@northbank.example>',
  subject: 'Unusual activity on your card ending 4417',
  body: 'We noticed unusual activity on your card ending 4417. If you do not recognise it, please contact us by phone. We will never ask for your PIN or full password.\r\n\r\nNorthbank Card Security',
  id: '<alert-20261120-4417.88412@northbank.example>',
  d: 'northbank.example',
  s: 'nb1',
};
const FIRM_NOTICE = {
  from: `Tidewater IT <it-notices@${ORG}>`,
  subject: 'Your network password expires in 3 days',
  body: 'Your Tidewater network password expires in 3 days. Change it before it expires to keep access to email and VPN.\r\n\r\nTidewater IT',
  id: `<pwexpiry-20261120.5521@${ORG}>`,
  d: ORG,
  s: 'selector1',
};

async function senderCases(write: CaseWriter): Promise<void> {
  const toOf = (via: Via) => (via === 'gmail' ? GMAIL_TO : OUTLOOK_TO);
  const fault =
    "lib/findings/sender.ts senderRule: listsSender holds (Sender at the List-Id host, its name does not name the From) and the envelope is the Sender's organisation, so listsEnvelope drops sender-other-org to low beside the bank's DMARC pass, though the list's SPF was checked at the list server's own address (no gateway in between) and did not pass";
  const attacks: Array<{
    slug: string;
    via: Via;
    notice: typeof BANK_NOTICE;
    name: string;
    spf: string;
    n: string;
    what: string;
  }> = [
    {
      slug: 'bank-alert-callback-sender-no-spf',
      via: 'outlook',
      notice: BANK_NOTICE,
      name: 'Fraud Team - call +1 555 0142 now',
      spf: 'none',
      n: 'a1',
      what: 'the bank\'s intact, signed card alert ("contact us by phone") replayed with Sender "Fraud Team - call +1 555 0142 now" <customers-bounces@lists.attacker.example>, which Outlook shows first ("… on behalf of Northbank"): a callback lure. lists.attacker.example publishes no SPF',
    },
    {
      slug: 'bank-alert-callback-sender-softfail',
      via: 'gmail',
      notice: BANK_NOTICE,
      name: 'Fraud Team - call +1 555 0142 now',
      spf: 'softfail',
      n: 'a2',
      what: 'the same replay read in Gmail (which shows the list host after "via" only in details); lists.attacker.example publishes `v=spf1 ~all`, Gmail records softfail',
    },
    {
      slug: 'firm-password-notice-helpdesk-sender',
      via: 'outlook',
      notice: FIRM_NOTICE,
      name: 'IT Service Desk (reply with your username)',
      spf: 'none',
      n: 'a3',
      what: `the reader's own firm's intact, signed password-expiry notice (d=${ORG}; the attacker, an ex-employee, kept one) replayed with Sender "IT Service Desk (reply with your username)" <customers-bounces@lists.attacker.example>; no SPF at the list host`,
    },
  ];
  for (const a of attacks) {
    const raw = await authored({ ...a.notice, to: toOf(a.via) });
    emit(write, {
      name: `probe134-${a.via}-list-sender-${a.slug}`,
      cls: 'list-sender',
      about: `Attack: ${a.what}; List-Id, List-Post and the envelope customers-bounces@ at the same host, handed straight from the attacker's server ${EVIL_LIST.ip} to ${a.via === 'gmail' ? 'Gmail' : 'Exchange Online'}. ${a.via}, --recipient-domain ${ORG}. Wanted: not trusted (sender-other-org at medium: the Sender is authenticated by nothing, and no gateway explains its SPF). Reads authenticated today: ${fault}.`,
      eml: viaList(raw, {
        list: 'customers',
        host: 'lists.attacker.example',
        relay: EVIL_LIST,
        senderName: a.name,
        via: a.via,
        spf: a.spf,
        n: a.n,
      }),
      args: argsOf(a.via),
      zone: LIST_ZONE(a.spf === 'none' ? null : 'v=spf1 ~all'),
      expect: { ...NOT_TRUSTED, findings: ['sender-other-org'] },
    });
  }
  // Controls: a genuine Mailman list whose server passes SPF for its own -bounces envelope.
  for (const via of ['outlook', 'gmail'] as Via[]) {
    const raw = await authored({
      from: 'Dana Kim <dana.kim@quarkfield.example>',
      to: 'Quarkfield users <users@lists.example.org>',
      subject: 'Release 4.2 is out',
      body: 'Hi all, release 4.2 is tagged; notes on the project site. Thanks to everyone who tested the betas.\r\n\r\nDana',
      id: `<rel42-${via}.7734@quarkfield.example>`,
      d: 'quarkfield.example',
      s: 's1',
    });
    emit(write, {
      name: `probe134-${via}-list-sender-genuine-mailman-control`,
      cls: 'control',
      about: `Control: a member's signed post (d=quarkfield.example, p=reject) relayed unchanged by a Mailman list at lists.example.org (Sender and envelope users-bounces@, List-Id, List-Post), whose SPF passes at its own server ${GOOD_LIST.ip}. ${via}, --recipient-domain ${ORG}. Wanted: authenticated (the Sender is vouched by the list's own SPF pass).`,
      eml: viaList(raw, {
        list: 'users',
        host: 'lists.example.org',
        relay: GOOD_LIST,
        senderName: 'Quarkfield users',
        via,
        spf: 'pass',
        n: via === 'gmail' ? 'c1' : 'c2',
      }),
      args: argsOf(via),
      zone: LIST_ZONE(null),
      expect: AUTHENTICATED,
      twin: via === 'outlook',
    });
  }
}

// --- Part 2: a newsletter host's publication named "<desk> via <firm>" ---------------------------

const SUBSTACK: Relay = { helo: 'mg-d81.substack.com', rdns: 'mg-d81.substack.com', ip: '198.51.100.81' };
const SUB_ZONE = {
  ...ptr(SUBSTACK.ip, SUBSTACK.rdns),
  ...key('substack.com', 'smtp'),
  ...dmarc('substack.com', 'reject'),
  ...txt('mg2.substack.com', `v=spf1 ip4:${SUBSTACK.ip} -all`),
  ...txt(ORG, 'v=spf1 include:spf.protection.outlook.com -all'),
  ...dmarc(ORG, 'quarantine'),
};

async function substack(
  pub: string,
  sub: string,
  subject: string,
  body: string,
  n: string,
  via: Via,
  listId = true,
) {
  const envelope = `bounce+134${n}c2e.f0a81-robin.reader=${ORG}@mg2.substack.com`;
  const raw = await signAll(
    submitted({
      from: `"${pub}" <${sub}@substack.com>`,
      to: via === 'gmail' ? GMAIL_TO : OUTLOOK_TO,
      subject,
      date: SENT,
      messageId: `<20261120095958.134${n}.${sub}@substack.com>`,
      extraHeaders: [
        `Reply-To: "${pub}" <reply+2f134${n}@substack.com>`,
        ...(listId ? [`List-Id: <${sub}.substack.com>`, `List-URL: <https://${sub}.substack.com/>`] : []),
        `List-Unsubscribe: <https://${sub}.substack.com/action/disable_email?token=134${n}>, <mailto:unsubscribe+134${n}@substack.com>`,
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      ],
      body: `${body}\r\n\r\nRead on: https://${sub}.substack.com/p/notice-134${n}\r\n\r\nUnsubscribe https://substack.com/redirect/134${n}\r\n`,
    }),
    [['substack.com', 'smtp']],
  );
  if (via === 'gmail')
    return gmailDelivery(raw, {
      relay: SUBSTACK,
      envelope,
      results: [
        gmailDkim('substack.com', 'smtp'),
        gmailSpf(envelope, SUBSTACK.ip),
        gmailDmarc('substack.com', 'REJECT'),
      ].join('\r\n       '),
      ids: [`x134csp${n}pxa`, `a134si${n}qtb.134`],
      spf: 'pass',
      deliveredTo: true,
    });
  return eopDelivery(raw, {
    ip: SUBSTACK.ip,
    helo: SUBSTACK.helo,
    ar: `spf=pass (sender IP is ${SUBSTACK.ip})\r\n smtp.mailfrom=mg2.substack.com; dkim=pass (signature was verified)\r\n header.d=substack.com;dmarc=pass action=none\r\n header.from=substack.com;compauth=pass reason=100`,
    spf: `Pass (protection.outlook.com: domain of mg2.substack.com designates\r\n ${SUBSTACK.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${SUBSTACK.ip}; helo=${SUBSTACK.helo}; pr=C`,
    returnPath: envelope,
  });
}

const MFA_BODY =
  'All staff must re-enrol their multi-factor authentication by Friday. Sign in at https://tidewater-mfa.re-enrol.example with your network password and approve the new device.\r\n\r\nIT Security';
const PAY_BODY =
  'Your December pay slip is held because your bank details failed verification. Confirm them at https://tidewater-pay.verify-details.example before Thursday to be paid on time.';

async function substackCases(write: CaseWriter): Promise<void> {
  const fault =
    'lib/findings/reader-org.ts readerNamedByPlatformUser: Substack is now "open", so the " via " split (written for Google Groups\' rewrite) reads poster "<desk>" and group "Tidewater" apart; namesDeskOf finds the firm\'s word in neither';
  const attacks: Array<{
    slug: string;
    via: Via;
    pub: string;
    sub: string;
    subject: string;
    body: string;
    n: string;
  }> = [
    {
      slug: 'it-helpdesk-via-tidewater',
      via: 'gmail',
      pub: 'IT Helpdesk via Tidewater',
      sub: 'tidewaterhelpdesk',
      subject: 'Action required: re-enrol your MFA by Friday',
      body: MFA_BODY,
      n: 'b1',
    },
    {
      slug: 'payroll-team-via-tidewater',
      via: 'outlook',
      pub: 'Payroll Team via Tidewater',
      sub: 'tidewaterpayroll',
      subject: 'Your December pay slip is on hold',
      body: PAY_BODY,
      n: 'b2',
    },
    {
      slug: 'tidewater-via-it-helpdesk',
      via: 'outlook',
      pub: 'Tidewater via IT Helpdesk',
      sub: 'twhelpdesk',
      subject: 'Action required: re-enrol your MFA by Friday',
      body: MFA_BODY,
      n: 'b3',
    },
  ];
  for (const a of attacks) {
    emit(write, {
      name: `probe134-${a.via}-substack-${a.slug}`,
      cls: 'newsletter-via',
      about: `Attack: a Substack publication the attacker named "${a.pub}" <${a.sub}@substack.com>, List-Id <${a.sub}.substack.com> as Substack writes it, signed d=substack.com, every pass; the inbox shows the whole name. ${a.via}, --recipient-domain ${ORG}. Wanted: not trusted (display-name-reader-org, as "Tidewater IT Helpdesk" reads). ${fault}.`,
      eml: await substack(a.pub, a.sub, a.subject, a.body, a.n, a.via),
      args: argsOf(a.via),
      zone: SUB_ZONE,
      expect: { ...NOT_TRUSTED, findings: ['display-name-reader-org'] },
    });
  }
  emit(write, {
    name: 'probe134-gmail-substack-it-helpdesk-via-tidewater-no-list-id-control',
    cls: 'control',
    about: `Attack control: probe134-gmail-substack-it-helpdesk-via-tidewater without List-Id/List-URL (an older Substack layout; probe81's shape): the whole name is read. Gmail, --recipient-domain ${ORG}. Wanted: not trusted (display-name-reader-org).`,
    eml: await substack(
      'IT Helpdesk via Tidewater',
      'tidewaterhelpdesk',
      'Action required: re-enrol your MFA by Friday',
      MFA_BODY,
      'c5',
      'gmail',
      false,
    ),
    args: argsOf('gmail'),
    zone: SUB_ZONE,
    expect: { ...NOT_TRUSTED, findings: ['display-name-reader-org'] },
  });
  emit(write, {
    name: 'probe134-gmail-substack-helpdesk-whole-control',
    cls: 'control',
    about: `Attack control: "Tidewater IT Helpdesk" <tidewaterithelp@substack.com> with its List-Id (probe130's fixed case). Gmail, --recipient-domain ${ORG}. Wanted: not trusted (display-name-reader-org).`,
    eml: await substack(
      'Tidewater IT Helpdesk',
      'tidewaterithelp',
      'Action required: re-enrol your MFA by Friday',
      MFA_BODY,
      'c3',
      'gmail',
    ),
    args: argsOf('gmail'),
    zone: SUB_ZONE,
    expect: { ...NOT_TRUSTED, findings: ['display-name-reader-org'] },
  });
  emit(write, {
    name: 'probe134-gmail-substack-writer-via-town-weekly-control',
    cls: 'control',
    about: `Control: a genuine local newsletter whose guest posts Substack sends as "Mara Quinn via Tidewater Weekly" <tidewaterweekly@substack.com>, List-Id <tidewaterweekly.substack.com>: no desk word. Gmail, --recipient-domain ${ORG}. Wanted: authenticated.`,
    eml: await substack(
      'Mara Quinn via Tidewater Weekly',
      'tidewaterweekly',
      "Harbour festival: this weekend's programme",
      'The harbour festival opens Saturday at ten; the programme and a map are on our site.',
      'c4',
      'gmail',
    ),
    args: argsOf('gmail'),
    zone: SUB_ZONE,
    expect: AUTHENTICATED,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await senderCases(write);
  await substackCases(write);
}

// Fixed at 03:52 on 2026-12-06 (the lead):
// - probe134-outlook-list-sender-bank-alert-callback-sender-no-spf, probe134-gmail-list-sender-bank-
//   alert-callback-sender-softfail, probe134-outlook-list-sender-firm-password-notice-helpdesk-sender
//   read AUTHENTICATED (sender-other-org low): lib/findings/sender.ts listsEnvelope now lowers a
//   list's own Sender only where our SPF check ran at an untrusted gateway's address that recorded
//   no SPF failure, not at the list server itself: suspicious.
// - probe134-gmail-substack-it-helpdesk-via-tidewater, probe134-outlook-substack-payroll-team-via-
//   tidewater, probe134-outlook-substack-tidewater-via-it-helpdesk read AUTHENTICATED: the " via "
//   split of Google Groups' rewrite cut a newsletter's whole name in two; lib/findings/reader-org.ts
//   readerNamedByPlatformUser now splits at " via " only on PUBLIC_LIST_HOSTS: suspicious.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
