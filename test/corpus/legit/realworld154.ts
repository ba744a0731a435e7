// Real mail, hundred-and-fifty-fourth round: genuine list and group posts whose list-added footer
// gives a telephone number and speaks of fraud, passwords, verification or unauthorised use, after
// red-team round 153 made a footer's telephone number a lure target and "fraud" a lure word
// (lib/auth/footer-markup.ts footerLure / FOOTER_PHONE / FOOTER_LURE; lib/findings/list.ts
// lureTarget: a number counts unless the list is the From domain's own, 211607bc). Each list keeps
// the author's From, tags the subject and appends its footer, so the author's signature breaks and
// the list restore runs (with the changes undone it verifies): genuine posts read unverified with
// list-modified, and the footer's telephone number must not make them suspicious. Attack twins:
// the attacker's own list (groups.io, or a Mailman list named after the bank) re-posting the bank's
// genuine signed notice with "report fraud: call …" or "unauthorised charge? call …".
// Readers: Gmail (ARC i=1 by the list recording the author's pass, dkim=fail, dmarc=fail, as
// realworld73), Outlook on the web (Exchange Online, the author's domain at p=none: dmarc=fail
// action=none) and a self-hosted Postfix box (OpenDKIM/OpenDMARC, p=none).
// Where the layouts were learnt:
// - groups.io fields and stock footer ("Groups.io Links: You receive all messages sent to this
//   group. … Unsubscribe … [reader's address]"): realworld73 (public groups.io raw posts), not
//   re-confirmed here; a group owner's own footer text above Groups.io's block is a group setting.
// - Neighbourhood Watch groups run e-mail lists of police fraud alerts (pages corpus:
//   virginiaknight.org.uk "Thoughts of a Neighbourhood Watch co-ordinator (1): the email list";
//   ravensheadneighbourhoodwatch.co.uk "Please report phone scams to Action Fraud on 0300 …";
//   chippingwarden.org's newsletter "A list of useful numbers is at the end of this note"). The
//   number is replaced by an Ofcom drama number (0808 157 0xxx); whether such groups put it in the
//   group's footer (rather than each post) was NOT confirmed: a co-ordinator's standing footer is
//   modelled.
// - Mailman 2.1 fields and footer: test/corpus/list-shapes.ts. Mailman 3's footer template name
//   (src/mailman/templates/en/footer-generic.txt, docs corpus: gitlab.com/mailman) found; its text
//   NOT confirmed (a list owner's custom footer is modelled). Sympa's fields as realworld73.
//   LISTSERV's upper-case mailto List-* fields as list-shapes.ts (recalled, not confirmed).
// - Google Workspace groups keep List-ID <group.domain> on the organisation's own domain
//   (recalled, not confirmed here; Google Groups' consumer fields as list-shapes.ts).
// - NOT confirmed anywhere: any real university IT-security list's, credit union's, REN's or
//   fraud-examiners' chapter's footer text; these are modelled on the shapes above.
// Names, addresses and numbers are documentation ones (US 555-01xx, UK 020 7946 0xxx / 0808 157
// 0xxx), groups.io's and Google's aside; every key is the corpus test key.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { emitCase, KEY, legitCorpus, NOT_TRUSTED, ptr } from '../kit';
import { keyZone, mailmanHeaders, sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { eopDelivery, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { probeCorpus, READER_MX } from '../rounds-kit';

/** A genuine list post: the author's signature verifies with the list's changes undone; no lure. */
const LISTED_CLEAN: CaseExpectation = {
  verdict: 'unverified',
  findings: ['list-modified'],
  absentFindings: ['list-footer-lure'],
};
/** The attacker's list re-posting the bank's notice with a callback lure. */
const LURED: CaseExpectation = { ...NOT_TRUSTED, findings: ['list-footer-lure'] };

type Reader = 'gmail' | 'outlook' | 'box';
const TW = 'tidewater.example';
const BOX = `mail.${TW}`;
const RCPT: Record<Reader, string> = {
  gmail: 'robin.reader@gmail.com',
  outlook: `robin.reader@${TW}`,
  box: `robin.reader@${TW}`,
};
const ARGS: Record<Reader, string[]> = {
  gmail: ['--webmail', 'gmail'],
  outlook: ['--webmail', 'outlook', '--recipient-domain', TW],
  box: ['--authserv-id', BOX, '--recipient-domain', TW],
};

interface Author {
  name: string;
  local: string;
  domain: string;
  ip: string;
  /** The author's DMARC policy (Gmail cases: reject; Outlook and box cases: none). */
  p: 'reject' | 'none';
}
interface ListSpec {
  /** The host List-Id and the list's server are named by. */
  host: string;
  ip: string;
  envelope: string;
  tag: string;
  fields: string[];
  footer: string;
}
interface Case {
  name: string;
  about: string;
  author: Author;
  subject: string;
  body: string;
  list: ListSpec;
  reader: Reader;
  expect: CaseExpectation;
  cls: string;
  twin?: boolean;
}

const A = {
  neighbour: {
    name: 'Priya Nandakumar',
    local: 'priya',
    domain: 'nandakumar-home.example',
    ip: '203.0.113.41',
    p: 'reject',
  },
  neighbourNone: {
    name: 'Gwen Harlow',
    local: 'gwen',
    domain: 'harlow-family.example',
    ip: '203.0.113.42',
    p: 'none',
  },
  itsec: {
    name: 'Univ IT Security',
    local: 'itsec',
    domain: 'coastal-univ.example',
    ip: '198.51.100.41',
    p: 'reject',
  },
  itsecSub: {
    name: 'IT Security Office',
    local: 'security',
    domain: 'it.coastal-univ.example',
    ip: '198.51.100.42',
    p: 'none',
  },
  ceo: {
    name: 'Morgan Ashby',
    local: 'morgan.ashby',
    domain: 'ashby-logistics.example',
    ip: '198.51.100.43',
    p: 'reject',
  },
  hobby: {
    name: 'Tomasz Wrona',
    local: 'tomasz',
    domain: 'wrona-radio.example',
    ip: '203.0.113.43',
    p: 'reject',
  },
  member: {
    name: 'Jordan Mbeki',
    local: 'jmbeki',
    domain: 'mbeki-legal.example',
    ip: '203.0.113.44',
    p: 'reject',
  },
  memberNone: {
    name: 'Casey Lund',
    local: 'clund',
    domain: 'lund-cpa.example',
    ip: '203.0.113.45',
    p: 'none',
  },
  examiner: {
    name: 'Renée Fortier',
    local: 'rfortier',
    domain: 'fortier-audit.example',
    ip: '203.0.113.46',
    p: 'reject',
  },
  cu: {
    name: 'Harbor Credit Union',
    local: 'members',
    domain: 'harborcu.example',
    ip: '198.51.100.44',
    p: 'reject',
  },
  ciso: {
    name: 'Sam Okonkwo',
    local: 'sokonkwo',
    domain: 'state-college.example',
    ip: '198.51.100.45',
    p: 'reject',
  },
  bank: {
    name: 'Northbank Security',
    local: 'security',
    domain: 'northbank.example',
    ip: '192.0.2.10',
    p: 'reject',
  },
  bankNone: {
    name: 'Northbank Alerts',
    local: 'alerts',
    domain: 'northbank-alerts.example',
    ip: '192.0.2.11',
    p: 'none',
  },
} satisfies Record<string, Author>;

const GROUPS_IO_IP = '66.175.222.108';
const H = {
  nw: { host: 'groups.io', ip: GROUPS_IO_IP },
  univ: { host: 'lists.coastal-univ.example', ip: '192.0.2.141' },
  ashby: { host: 'ashby-logistics.example', ip: '209.85.220.41' },
  hobby: { host: 'lists.harbor-radio-club.example', ip: '192.0.2.142' },
  assoc: { host: 'lists.paralegal-assoc.example', ip: '192.0.2.143' },
  acfe: { host: 'listserv.fraud-examiners-tidewater.example', ip: '192.0.2.144' },
  ren: { host: 'lists.ren-east.example', ip: '192.0.2.145' },
  attacker: { host: 'lists.attacker.example', ip: '198.51.100.66' },
};

const ZONE: Record<string, unknown> = {
  ...READER_MX,
  ...Object.fromEntries(
    Object.values(A).flatMap((a) => [
      [a.domain, { TXT: [`v=spf1 ip4:${a.ip} -all`] }],
      [`s1._domainkey.${a.domain}`, KEY()],
      [`_dmarc.${a.domain}`, { TXT: [`v=DMARC1; p=${a.p}`] }],
    ]),
  ),
  ...keyZone(Object.values(H).map((l) => `arc._domainkey.${l.host}`)),
  ...Object.fromEntries(
    Object.values(H)
      .filter((l) => !Object.values(A).some((a) => a.domain === l.host) && l.host !== H.univ.host)
      .map((l) => [l.host, { TXT: [`v=spf1 ip4:${l.ip} ~all`] }]),
  ),
  'arc-20240605._domainkey.google.com': KEY(),
  [`google._domainkey.${A.ceo.domain}`]: KEY(),
  ...Object.assign(
    {},
    ...Object.values(H).map((l) => ptr(l.ip, l.host === 'groups.io' ? 'mail02.groups.io' : `mail.${l.host}`)),
  ),
  [TW]: { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
  [`_dmarc.${TW}`]: { TXT: ['v=DMARC1; p=quarantine'] },
};
// groups.io's own SPF and Google's for the Workspace group: what the relays really send from.
ZONE['groups.io'] = { TXT: [`v=spf1 ip4:${GROUPS_IO_IP} ip4:66.175.222.0/24 ~all`] };
ZONE[A.ceo.domain] = { TXT: [`v=spf1 ip4:${A.ceo.ip} ip4:209.85.128.0/17 -all`] };

const relayOf = (l: ListSpec) => {
  const name =
    l.host === 'groups.io'
      ? 'mail02.groups.io'
      : l.host === H.ashby.host
        ? 'mail-sor-f41.google.com'
        : `mail.${l.host}`;
  return { helo: name, rdns: name, ip: l.ip };
};

async function repost(c: Case, n: number): Promise<string> {
  const a = c.author;
  const from = `${a.name} <${a.local}@${a.domain}>`;
  const signed = await signCorpus(
    submitted({
      from,
      to:
        c.list.fields.find((f) => f.startsWith('List-Post'))?.match(/mailto:([^>?]+)/)?.[1] ??
        `list@${c.list.host}`,
      subject: c.subject,
      date: 'Fri, 20 Nov 2026 09:59:58 +0000',
      messageId: `<rw154.${n}.${a.domain}>`,
      body: c.body,
    }),
    { domain: a.domain, selector: 's1' },
  );
  const tagged = (
    c.list.tag ? signed.replace(`Subject: ${c.subject}`, `Subject: ${c.list.tag} ${c.subject}`) : signed
  ).concat(`\r\n${c.list.footer}`);
  const listed = onTop(
    tagged,
    ...c.list.fields,
    `Received: from mail.${a.domain} (mail.${a.domain} [${a.ip}])\r\n\tby ${relayOf(c.list).helo} with ESMTPS id 4ZtR154a${n};\r\n\tFri, 20 Nov 2026 10:00:02 +0000`,
  );
  if (c.list.host === H.ashby.host) return signCorpus(listed, { domain: a.domain, selector: 'google' });
  return sealCorpus(listed, {
    domain: c.list.host,
    cv: 'none',
    authResults: `${c.list.host};\r\n       dkim=pass header.d=${a.domain} header.s=s1;\r\n       spf=pass smtp.mailfrom=${a.domain};\r\n       dmarc=pass header.from=${a.domain}`,
  });
}

function deliver(raw: string, c: Case, n: number): string {
  const a = c.author;
  const relay = relayOf(c.list);
  const envDomain = c.list.envelope.split('@')[1]!;
  if (c.reader === 'gmail')
    return gmailDelivery(raw, {
      relay,
      envelope: c.list.envelope,
      spf: 'pass',
      ids: [`x154csp10${n}pxa`, `a154si10${n}qtb.154`],
      deliveredTo: true,
      results: `${c.list.host === H.ashby.host ? `${gmailDkim(a.domain, 'google')}\r\n       ` : ''}dkim=fail header.i=@${a.domain} header.s=s1 header.b=Q29ycHVz;\r\n       arc=pass (i=1 spf=pass spfdomain=${a.domain} dkim=pass dkdomain=${a.domain} dmarc=pass fromdomain=${a.domain});\r\n       ${c.list.host === H.univ.host ? `spf=none (google.com: ${c.list.envelope} does not designate permitted sender hosts) smtp.mailfrom=${c.list.envelope}` : gmailSpf(c.list.envelope, relay.ip)}\r\n       ${gmailDmarc(a.domain, a.p === 'reject' ? 'REJECT' : 'NONE', c.list.host === H.ashby.host ? 'pass' : 'fail')}${c.list.host === H.ashby.host ? '' : ' arc=pass'}`,
    });
  if (c.reader === 'outlook')
    return eopDelivery(raw, {
      ip: relay.ip,
      helo: relay.helo,
      ar: `spf=${c.list.host === H.univ.host ? 'none' : 'pass'} (sender IP is ${relay.ip})\r\n smtp.mailfrom=${envDomain}; dkim=fail (body hash did not verify)\r\n header.d=${a.domain};dmarc=fail action=none\r\n header.from=${a.domain};compauth=softpass reason=201`,
      spf: `Pass (protection.outlook.com: domain of ${envDomain} designates\r\n ${relay.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${relay.ip}; helo=${relay.helo}; pr=C`,
      returnPath: c.list.envelope,
    });
  return onTop(
    raw,
    `Return-Path: <${c.list.envelope}>`,
    `Delivered-To: ${RCPT.box}`,
    `Received: from ${BOX}\r\n\tby ${BOX} with LMTP\r\n\tid kB154${n}dE3fG4hI5jK6lM7n\r\n\t(envelope-from <${c.list.envelope}>)\r\n\tfor <${RCPT.box}>; Fri, 20 Nov 2026 10:00:04 +0000`,
    `Authentication-Results: ${BOX}; dmarc=fail (p=${a.p} dis=none) header.from=${a.domain}`,
    `Authentication-Results: ${BOX};\r\n\tdkim=fail reason="signature verification failed" (2048-bit key; unprotected) header.d=${a.domain} header.i=@${a.domain} header.a=rsa-sha256 header.s=s1 header.b=Q29ycHVz`,
    `Authentication-Results: ${BOX}; spf=${c.list.host === H.univ.host ? 'none' : 'pass'} smtp.mailfrom=${c.list.envelope}`,
    `Received-SPF: ${c.list.host === H.univ.host ? 'None' : 'Pass'} (mailfrom) identity=mailfrom; client-ip=${relay.ip}; helo=${relay.helo}; envelope-from=${c.list.envelope}; receiver=<UNKNOWN>`,
    `Received: from ${relay.helo} (${relay.rdns} [${relay.ip}])\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n\t(No client certificate requested)\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zw154${n}a2\r\n\tfor <${RCPT.box}>; Fri, 20 Nov 2026 10:00:03 +0000`,
  );
}

// --- List layouts ------------------------------------------------------------------------------
/** groups.io's fields for group `g` (realworld73's layout). */
const groupsIoFields = (g: string, title: string) => [
  `Sender: ${g}@groups.io`,
  `List-Id: <${g}.groups.io>`,
  `Mailing-List: list ${g}@groups.io; contact ${g}+owner@groups.io`,
  `List-Post: <mailto:${g}@groups.io>`,
  `List-Help: <mailto:${g}+help@groups.io>`,
  `List-Unsubscribe: <mailto:${g}+unsubscribe@groups.io>`,
  `List-Subscribe: <mailto:${g}+subscribe@groups.io>`,
  `List-Owner: <mailto:${g}+owner@groups.io>`,
  'Precedence: list',
  `X-Groups-Title: ${title}`,
];
const groupsIoFooter = (g: string, n: number, reader: string, own: string) =>
  `${own}\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\nGroups.io Links: You receive all messages sent to this group.\r\nView/Reply Online (#${1540 + n}): https://groups.io/g/${g}/message/${1540 + n}\r\nMute This Topic: https://groups.io/mt/10815${n}/1234567\r\nGroup Owner: ${g}+owner@groups.io\r\nUnsubscribe: https://groups.io/g/${g}/leave/1234567/abc154def [${reader}]\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\n`;
/** Sympa's fields for list `l` at `host` (realworld73's layout). */
const sympaFields = (l: string, host: string) => [
  `List-Id: <${l}.${host}>`,
  `List-Help: <mailto:sympa@${host}?subject=help>`,
  `List-Subscribe: <mailto:sympa@${host}?subject=subscribe%20${l}>`,
  `List-Unsubscribe: <mailto:sympa@${host}?subject=unsubscribe%20${l}>`,
  `List-Post: <mailto:${l}@${host}>`,
  `List-Owner: <mailto:${l}-request@${host}>`,
  `List-Archive: <https://${host}/sympa/arc/${l}>`,
  'Precedence: list',
];
/** Mailman 3's fields for list `l` at `host`. */
const mm3Fields = (l: string, host: string, title: string) => [
  `Sender: ${l}-bounces@${host}`,
  `List-Id: ${title} <${l}.${host}>`,
  `List-Archive: <https://${host}/hyperkitty/list/${l}@${host}/>`,
  `List-Help: <mailto:${l}-request@${host}?subject=help>`,
  `List-Owner: <mailto:${l}-owner@${host}>`,
  `List-Post: <mailto:${l}@${host}>`,
  `List-Subscribe: <mailto:${l}-join@${host}>`,
  `List-Unsubscribe: <mailto:${l}-leave@${host}>`,
  'X-Mailman-Version: 3.3.9',
  'Precedence: list',
];
/** LISTSERV's mailto-only fields for LIST at host. */
const listservFields = (l: string, host: string) => [
  `Sender: ${l} <${l}@${host.toUpperCase()}>`,
  `List-Help: <https://${host.toUpperCase()}/scripts/wa.exe?LIST=${l}>,\r\n <mailto:LISTSERV@${host.toUpperCase()}>`,
  `List-Owner: <mailto:${l}-request@${host.toUpperCase()}>`,
  `List-Subscribe: <mailto:${l}-subscribe-request@${host.toUpperCase()}>`,
  `List-Unsubscribe: <mailto:${l}-unsubscribe-request@${host.toUpperCase()}>`,
  `List-Archive: <https://${host.toUpperCase()}/scripts/wa.exe?LIST=${l}>`,
  `List-Post: <mailto:${l}@${host.toUpperCase()}>`,
];
/** A Google Workspace group on the organisation's own domain. */
const workspaceFields = (g: string, domain: string) => [
  `X-Original-Sender: morgan.ashby@${domain}`,
  'Precedence: list',
  `Mailing-list: list ${g}@${domain}; contact ${g}+owners@${domain}`,
  `List-ID: <${g}.${domain}>`,
  `List-Post: <https://groups.google.com/a/${domain}/group/${g}/post>, <mailto:${g}@${domain}>`,
  `List-Help: <https://support.google.com/a/${domain}/bin/topic.py?topic=25838>,\r\n <mailto:${g}+help@${domain}>`,
  `List-Archive: <https://groups.google.com/a/${domain}/group/${g}/>`,
  `List-Unsubscribe: <mailto:googlegroups-manage+154154154+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/a/${domain}/group/${g}/subscribe>`,
];

// --- Bodies ------------------------------------------------------------------------------------
const POLICE_ALERT =
  "Forwarding today's alert from the Safer Neighbourhoods team:\r\n\r\n\"Residents in the Harbourside ward have reported callers claiming to be from their bank\r's security department, asking them to move savings to a 'safe account'. Your bank will never ask you to do this. Hang up and call your bank on the number on your card.\"\r\n\r\nPriya (street co-ordinator, Elm Row)\r\n";
const BANK_NOTICE =
  'Dear customer,\r\n\r\nWe have updated our online banking terms. Read them in the app under Settings > Documents.\r\n\r\nNorthbank\r\n';

function cases(): Case[] {
  const nw = 'harbourside-nhw';
  const gioN = (reader: string, n: number) =>
    groupsIoFooter(
      nw,
      n,
      reader,
      'Harbourside Neighbourhood Watch. In an emergency call 999.\r\nTo report fraud or a scam, call Action Fraud on 0808 157 0154.',
    );
  const univ = H.univ.host;
  const univFooter =
    '_______________________________________________\r\nIT Security Announcements - Coastal University\r\nWe will NEVER ask for your password by e-mail. Suspicious message? Call the IT Service Desk on +1 202 555 0141 (24/7).\r\nUnsubscribe: itsec-announce-leave@lists.coastal-univ.example\r\n';
  const hobbyFooter =
    '_______________________________________________\r\nHarbor Radio Club members list -- hrc-members@lists.harbor-radio-club.example\r\nNever post your password or callbook login to the list. List admin: Dana Reyes, phone +1 202 555 0142 (evenings).\r\nTo unsubscribe send an email to hrc-members-leave@lists.harbor-radio-club.example\r\n';
  const assocFooter =
    '_______________________________________________\r\nTidewater Paralegal Association | 12 Harbor Street, Suite 400 | Tel. +1 202 555 0143\r\nList content is for members only; unauthorized redistribution is prohibited.\r\nhttps://lists.paralegal-assoc.example/mailman/listinfo/members\r\n';
  const acfeFooter =
    '########################################################################\r\nTidewater Chapter, Association of Certified Fraud Examiners\r\nChapter office: +1 202 555 0144\r\nTo unsubscribe from the CHAPTER-L list, click the following link:\r\nhttps://LISTSERV.FRAUD-EXAMINERS-TIDEWATER.EXAMPLE/scripts/wa.exe?SUBED1=CHAPTER-L&A=1\r\n';
  const renFooter =
    '--\r\nREN-East security list. Report a security incident 24x7: call the REN-East SOC on +1 202 555 0145.\r\nNever send passwords or credentials to the list.\r\n';
  return [
    // ---- Neighbourhood Watch on groups.io: the group's own footer with Action Fraud's line ----
    {
      name: 'realworld154-gmail-groupsio-nhw-footer-report-fraud-call',
      cls: 'community-group-fraud-hotline',
      about: `Genuine: a street co-ordinator (${A.neighbour.local}@${A.neighbour.domain}, p=reject) forwards the police's "safe account" warning to the Neighbourhood Watch group ${nw}@groups.io; groups.io keeps her From, tags "[${nw}]", appends the group owner's standing footer ("To report fraud or a scam, call Action Fraud on 0808 157 0154") above Groups.io's own links block, seals i=1 with her pass. Gmail: dkim=fail, arc=pass, dmarc=fail. Wanted: unverified with list-modified, no list-footer-lure (the group's standing advice, not a lure).`,
      author: A.neighbour,
      subject: 'Police alert: "safe account" callers in Harbourside',
      body: POLICE_ALERT,
      list: {
        ...H.nw,
        envelope: `bounce+7f3a2e+1541+${nw}@groups.io`,
        tag: `[${nw}]`,
        fields: groupsIoFields(nw, 'Harbourside Neighbourhood Watch'),
        footer: gioN(RCPT.gmail, 1),
      },
      reader: 'gmail',
      expect: LISTED_CLEAN,
      twin: true,
    },
    {
      name: 'realworld154-box-groupsio-nhw-footer-report-fraud-call',
      cls: 'community-group-fraud-hotline',
      about: `Genuine: the same group, another co-ordinator (${A.neighbourNone.domain}, p=none), into the reader's Postfix box (OpenDKIM dkim=fail, OpenDMARC dmarc=fail p=none, SPF pass for groups.io's envelope). Wanted: unverified with list-modified, no list-footer-lure.`,
      author: A.neighbourNone,
      subject: 'Police alert: "safe account" callers in Harbourside',
      body: POLICE_ALERT.replace('Priya', 'Gwen'),
      list: {
        ...H.nw,
        envelope: `bounce+7f3a2e+1542+${nw}@groups.io`,
        tag: `[${nw}]`,
        fields: groupsIoFields(nw, 'Harbourside Neighbourhood Watch'),
        footer: gioN(RCPT.box, 2),
      },
      reader: 'box',
      expect: LISTED_CLEAN,
    },
    // ---- University IT security announcements on the university's own list server ----
    {
      name: 'realworld154-gmail-mm3-univ-itsec-own-list-desk-phone',
      cls: 'university-itsec-own-list',
      about: `Genuine: the university's IT security office (${A.itsec.local}@${A.itsec.domain}) re-posts a vendor's phishing advisory to its own Mailman 3 list itsec-announce@${univ}; the footer: "We will NEVER ask for your password by e-mail. Suspicious message? Call the IT Service Desk on +1 202 555 0141". The list is the From domain's own. Gmail. Wanted: unverified with list-modified, no lure.`,
      author: A.itsec,
      subject: 'Advisory: fake "mailbox quota" messages this week',
      body: 'A vendor advisory we are relaying: messages titled "Mailbox quota exceeded" are circulating with a link to a fake sign-in page. Delete them.\r\n\r\nIT Security Office\r\n',
      list: {
        ...H.univ,
        envelope: `itsec-announce-bounces@${univ}`,
        tag: '[ITSEC]',
        fields: mm3Fields('itsec-announce', univ, 'IT Security Announcements'),
        footer: univFooter,
      },
      reader: 'gmail',
      expect: LISTED_CLEAN,
      twin: true,
    },
    {
      name: 'realworld154-outlook-sympa-univ-itsec-subdomain-own-list-phone',
      cls: 'university-itsec-own-list',
      about: `Genuine: the IT security office writes from a subdomain (${A.itsecSub.local}@${A.itsecSub.domain}, p=none) to the university's Sympa list itsec@${univ}, the same footer with the service desk's number, into the reader's Exchange Online (dkim=fail, dmarc=fail action=none). The list and From share the organisation coastal-univ.example. Wanted: unverified with list-modified, no lure.`,
      author: A.itsecSub,
      subject: 'Reminder: verify links before you sign in',
      body: 'Before you type your university password anywhere, check that the address bar reads sso.coastal-univ.example.\r\n\r\nIT Security Office\r\n',
      list: {
        ...H.univ,
        envelope: `itsec-owner@${univ}`,
        tag: '[itsec]',
        fields: sympaFields('itsec', univ),
        footer: univFooter.replace('itsec-announce-leave', 'sympa'),
      },
      reader: 'outlook',
      expect: LISTED_CLEAN,
    },
    {
      name: 'realworld154-box-sympa-univ-itsec-own-list-phone',
      cls: 'university-itsec-own-list',
      about: `Genuine: the same Sympa list, the subdomain author, into the reader's Postfix box. Wanted: unverified with list-modified, no lure.`,
      author: A.itsecSub,
      subject: 'Reminder: verify links before you sign in',
      body: 'Before you type your university password anywhere, check that the address bar reads sso.coastal-univ.example.\r\n\r\nIT Security Office\r\n',
      list: {
        ...H.univ,
        envelope: `itsec-owner@${univ}`,
        tag: '[itsec]',
        fields: sympaFields('itsec', univ),
        footer: univFooter.replace('itsec-announce-leave', 'sympa'),
      },
      reader: 'box',
      expect: LISTED_CLEAN,
    },
    // ---- A company's all-staff Google Workspace group ----
    {
      name: 'realworld154-gmail-workspace-all-staff-desk-phone-never-share-password',
      cls: 'company-all-staff-own-group',
      about: `Genuine: the CEO posts to the company's Workspace group all-staff@${A.ceo.domain} (List-ID <all-staff.${A.ceo.domain}>); the group's custom footer "IT Service Desk +1 202 555 0146. Never share your password, not even with IT."; Google re-signs the group's copy d=${A.ceo.domain} (s=google) and its envelope passes SPF aligned, so DMARC passes and the footer rule never runs. A reader's personal Gmail copy. Wanted: authenticated, no lure.`,
      author: A.ceo,
      subject: 'Office closed on Friday',
      body: 'All,\r\n\r\nThe office is closed this Friday for the fire-safety inspection. Work from home.\r\n\r\nMorgan\r\n',
      list: {
        ...H.ashby,
        envelope: `all-staff+bncBC154@${A.ceo.domain}`,
        tag: '',
        fields: workspaceFields('all-staff', A.ceo.domain),
        footer:
          '-- \r\nIT Service Desk: +1 202 555 0146 or servicedesk@ashby-logistics.example. Never share your password, not even with IT.\r\nYou received this message because you are subscribed to the Google Groups "All staff" group.\r\n',
      },
      reader: 'gmail',
      expect: { verdict: 'authenticated', absentFindings: ['list-footer-lure'] },
    },
    // ---- Lists not the From domain's own ----
    {
      name: 'realworld154-gmail-mm3-club-list-admin-phone-never-post-password',
      cls: 'list-admin-phone',
      about: `Genuine: a radio-club member (${A.hobby.domain}) posts to the club's Mailman 3 list hrc-members@${H.hobby.host}; the owner's footer: "Never post your password or callbook login to the list. List admin: Dana Reyes, phone +1 202 555 0142 (evenings)". Gmail. Wanted: unverified with list-modified, no lure.`,
      author: A.hobby,
      subject: 'Field day logistics',
      body: 'Generator and antenna mast are booked for Saturday; bring your own coax.\r\n\r\nTomasz\r\n',
      list: {
        ...H.hobby,
        envelope: `hrc-members-bounces@${H.hobby.host}`,
        tag: '[HRC]',
        fields: mm3Fields('hrc-members', H.hobby.host, 'Harbor Radio Club members'),
        footer: hobbyFooter,
      },
      reader: 'gmail',
      expect: LISTED_CLEAN,
    },
    {
      name: 'realworld154-gmail-mm21-assoc-unauthorized-redistribution-tel',
      cls: 'association-disclaimer-footer',
      about: `Genuine: a member (${A.member.domain}) posts to a professional association's Mailman 2.1 list members@${H.assoc.host}; the footer is the association's address block ("Tidewater Paralegal Association | 12 Harbor Street | Tel. +1 202 555 0143 / List content is for members only; unauthorized redistribution is prohibited."). Gmail. Wanted: unverified with list-modified, no lure: "unauthorized" here is about copying the list, not an account.`,
      author: A.member,
      subject: 'E-filing portal outage Monday',
      body: 'The county e-filing portal is down Monday 8-12 for maintenance; file Friday if you can.\r\n\r\nJordan\r\n',
      list: {
        ...H.assoc,
        envelope: `members-bounces@${H.assoc.host}`,
        tag: '[TPA]',
        fields: mailmanHeaders('members', H.assoc.host, 'TPA members'),
        footer: assocFooter,
      },
      reader: 'gmail',
      expect: LISTED_CLEAN,
      twin: true,
    },
    {
      name: 'realworld154-outlook-mm21-assoc-unauthorized-redistribution-tel',
      cls: 'association-disclaimer-footer',
      about: `Genuine: the same association list, a member at p=none (${A.memberNone.domain}), into the reader's Exchange Online. Wanted: unverified with list-modified, no lure.`,
      author: A.memberNone,
      subject: 'CLE credits deadline',
      body: 'Reminder that CLE credits must be reported by 31 December.\r\n\r\nCasey\r\n',
      list: {
        ...H.assoc,
        envelope: `members-bounces@${H.assoc.host}`,
        tag: '[TPA]',
        fields: mailmanHeaders('members', H.assoc.host, 'TPA members'),
        footer: assocFooter,
      },
      reader: 'outlook',
      expect: LISTED_CLEAN,
    },
    {
      name: 'realworld154-gmail-listserv-fraud-examiners-chapter-phone',
      cls: 'fraud-name-footer',
      about: `Genuine: a member (${A.examiner.domain}) posts the meeting notice to the LISTSERV list CHAPTER-L of a chapter of certified fraud examiners; LISTSERV's footer names the chapter ("Tidewater Chapter, Association of Certified Fraud Examiners / Chapter office: +1 202 555 0144") above its stock unsubscribe link. Gmail. Wanted: unverified with list-modified, no lure: "fraud" is the profession's name.`,
      author: A.examiner,
      subject: 'December chapter meeting: data analytics in audits',
      body: 'Our December meeting is on the 10th at noon; 2 CPE credits.\r\n\r\nRenée\r\n',
      list: {
        ...H.acfe,
        envelope: `owner-CHAPTER-L@${H.acfe.host.toUpperCase()}`,
        tag: '',
        fields: listservFields('CHAPTER-L', H.acfe.host),
        footer: acfeFooter,
      },
      reader: 'gmail',
      expect: LISTED_CLEAN,
    },
    {
      name: 'realworld154-gmail-groupsio-credit-union-member-group-fraud-line',
      cls: 'credit-union-member-group',
      about: `Genuine: Harbor Credit Union (${A.cu.local}@${A.cu.domain}) posts its member newsletter to its groups.io group harborcu-members@groups.io; the group's footer, the credit union's own: "Harbor CU will never ask for your password or PIN. Report fraud: call +1 202 555 0147." The number is the credit union's; the list host is groups.io. Gmail. Wanted: unverified with list-modified, no lure (a demanding reader accepts the sender's own fraud line).`,
      author: A.cu,
      subject: 'Holiday hours and new ATM at Pier 4',
      body: 'Branches close at 1 pm on 24 December. A new ATM opens at Pier 4 next week.\r\n\r\nHarbor Credit Union\r\n',
      list: {
        ...H.nw,
        envelope: 'bounce+5c1d0a+1547+harborcu-members@groups.io',
        tag: '[harborcu-members]',
        fields: groupsIoFields('harborcu-members', 'Harbor CU members'),
        footer: groupsIoFooter(
          'harborcu-members',
          7,
          RCPT.gmail,
          'Harbor CU will never ask for your password or PIN. Report fraud: call +1 202 555 0147.',
        ),
      },
      reader: 'gmail',
      expect: LISTED_CLEAN,
    },
    {
      name: 'realworld154-gmail-ren-security-list-incident-hotline-member-post',
      cls: 'ren-security-list',
      about: `Genuine: a member college's CISO (${A.ciso.domain}) posts a vendor's advisory to a research-and-education network's security list sec@${H.ren.host} (Mailman 2.1); the network's footer: "Report a security incident 24x7: call the REN-East SOC on +1 202 555 0145. Never send passwords or credentials to the list." Gmail. Wanted: unverified with list-modified, no lure.`,
      author: A.ciso,
      subject: 'FYI: vendor advisory for the campus VPN appliance',
      body: 'The vendor has published a fix for the VPN appliance login bypass; patch this week.\r\n\r\nSam\r\n',
      list: {
        ...H.ren,
        envelope: `sec-bounces@${H.ren.host}`,
        tag: '[REN-SEC]',
        fields: mailmanHeaders('sec', H.ren.host, 'REN-East security'),
        footer: renFooter,
      },
      reader: 'gmail',
      expect: LISTED_CLEAN,
    },
    // ---- Attack twins: the attacker's own list re-posting the bank's genuine signed notice ----
    {
      name: 'realworld154-gmail-attacker-groupsio-bank-report-fraud-call-twin',
      cls: 'attack-twin',
      about: `Attack twin of the Neighbourhood Watch case: the attacker's own groups.io group northbank-customers@groups.io re-posts the bank's genuine signed notice (${A.bank.domain}, p=reject) with the footer "Unusual activity on your card? To report fraud, call our fraud team on +44 20 7946 0154." Gmail: dkim=fail, arc=pass (his seal), dmarc=fail. Wanted: not trusted (list-footer-lure).`,
      author: A.bank,
      subject: 'Changes to our online banking terms',
      body: BANK_NOTICE,
      list: {
        ...H.nw,
        envelope: 'bounce+66aa66+1548+northbank-customers@groups.io',
        tag: '[northbank-customers]',
        fields: groupsIoFields('northbank-customers', 'Northbank customers'),
        footer: groupsIoFooter(
          'northbank-customers',
          8,
          RCPT.gmail,
          'Unusual activity on your card? To report fraud, call our fraud team on +44 20 7946 0154.',
        ),
      },
      reader: 'gmail',
      expect: LURED,
      twin: true,
    },
    {
      name: 'realworld154-outlook-attacker-mm21-unauthorized-charge-call-twin',
      cls: 'attack-twin',
      about: `Attack twin of the association case: the attacker's Mailman 2.1 list at ${H.attacker.host} re-posts the bank's genuine notice (${A.bankNone.domain}, p=none) with an address-block footer "Northbank Card Services | Tel. +1 202 555 0148 / Unauthorized charge on your card? Call us now." Exchange Online. Wanted: not trusted (list-footer-lure: an unauthorised charge is an account scare).`,
      author: A.bankNone,
      subject: 'Changes to our online banking terms',
      body: BANK_NOTICE,
      list: {
        ...H.attacker,
        envelope: `customers-bounces@${H.attacker.host}`,
        tag: '[Northbank]',
        fields: mailmanHeaders('customers', H.attacker.host, 'Northbank customers'),
        footer:
          '_______________________________________________\r\nNorthbank Card Services | Tel. +1 202 555 0148\r\nUnauthorized charge on your card? Call us now.\r\n',
      },
      reader: 'outlook',
      expect: LURED,
    },
    {
      name: 'realworld154-box-attacker-listserv-fraud-office-phone-twin',
      cls: 'attack-twin',
      about: `Attack twin of the fraud-examiners case: the attacker's LISTSERV-style list re-posts the bank's genuine notice (${A.bankNone.domain}, p=none) with "Northbank Fraud Office: +1 202 555 0149" above a stock unsubscribe link. Postfix box. Wanted: not trusted (list-footer-lure).`,
      author: A.bankNone,
      subject: 'Changes to our online banking terms',
      body: BANK_NOTICE,
      list: {
        ...H.attacker,
        envelope: `owner-CUSTOMERS@${H.attacker.host.toUpperCase()}`,
        tag: '',
        fields: listservFields('CUSTOMERS', H.attacker.host),
        footer:
          '########################################################################\r\nNorthbank Fraud Office: +1 202 555 0149\r\nTo unsubscribe from the CUSTOMERS list, click the following link:\r\nhttps://LISTS.ATTACKER.EXAMPLE/scripts/wa.exe?SUBED1=CUSTOMERS&A=1\r\n',
      },
      reader: 'box',
      expect: LURED,
    },
  ];
}

// The lead, 09:53 on 2026-12-06: every genuine case above read "suspicious" (list-footer-lure) under
// the telephone-number lure rule of 09:37-09:50 (lib/auth/footer-markup.ts FOOTER_PHONE, new lure
// words "fraud", "unauthorized"…): a Neighbourhood Watch footer "To report fraud or a scam, call
// Action Fraud on 0808 …" is word for word an attacker's callback lure, and associations, clubs,
// credit unions and security lists give their own numbers beside "password" or "fraud". The rule was
// withdrawn: numbers are no lure targets, and the words are as before. Kept out by choice: the
// attack twins (the attacker's own list re-posting the bank's signed notice with a callback
// footer) read "unverified" (list-modified), never authenticated; README, "What still fools".
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'realworld154-gmail-attacker-groupsio-bank-report-fraud-call-twin',
  'realworld154-gmail-attacker-groupsio-bank-report-fraud-call-twin-no-options',
  'realworld154-outlook-attacker-mm21-unauthorized-charge-call-twin',
  'realworld154-box-attacker-listserv-fraud-office-phone-twin',
]);

/** The attack twins (names ending in `-twin`, `-twin-no-options`) go to the adversarial corpus. */
const isTwin = (name: string) => /-twin(?:-no-options)?$/.test(name);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(
    (w) => makeAll((name, c) => (isTwin(name) ? undefined : w(name, c))),
    PENDING_ENGINE_FIX,
    write,
  );
}

/** The attack twins, for an adversarial wrapper (realworld154-twins.ts). */
export async function makeTwins(write: CaseWriter): Promise<void> {
  return probeCorpus(
    (w) => makeAll((name, c) => (isTwin(name) ? w(name, c) : undefined)),
    PENDING_ENGINE_FIX,
    write,
  );
}

export async function makeAll(write: CaseWriter): Promise<void> {
  let n = 0;
  for (const c of cases()) {
    n++;
    emitCase(write, {
      name: c.name,
      about: c.about,
      class: c.cls,
      args: ARGS[c.reader],
      eml: deliver(await repost(c, n), c, n),
      zone: ZONE,
      expect: c.expect,
      twin: c.twin,
    });
  }
}
