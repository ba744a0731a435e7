// Red-team round 216: the list, B2B and offline readings changed in the last session
// (git log bfe9c78c..HEAD -- lib), both ways.
// 1. lib/findings/hosted-server.ts listServerOwner / LIST_HOSTS (python.org now a list host) and
//    lib/findings/verdict.ts listOwnServer: a list host's own signature and SPF pass stand for the
//    post when the author has no aligned signature. Attacks: a spoof of the bank (p=reject, unsigned)
//    and of a p=none supplier posted to an open python.org Mailman 3 list that leaves From alone
//    (a list whose DMARC mitigation is off, or a gated post); a rented VM dressed as a python.org or
//    groups.io list (List-Id, envelope, a PTR he sets without its forward record, or a confirmed
//    name under his own domain); his own Google Group open to outside posters. Genuine controls:
//    an unsigned SPF-only author's python-dev post, online and offline.
// 2. lib/findings/reply-to.ts nameSpellings: an Entra B2B invitation, a DocuSign envelope and a
//    Google Docs share whose "on behalf of"/"via" name spells a brand in the new ways ("og",
//    "und", "&" as "and", a folded letter), the Reply-To at the domain that spelling writes. Genuine
//    controls: Brødrene Dahl AS, Müller & Söhne GmbH, Laurent et Fils.
// 3. lib/engine/offline.ts offlineSignedLengths (amavisd-new's domain-only rows each taking one
//    field; OpenDKIM's quoted header.b), lib/auth/authresults-provider.ts (policy=none) and
//    lib/findings/auth-claims.ts claimsAgree (rspamd's arc=reject): the bank's two fields of one
//    domain, one with l=, the attacker appending his lure (the full field fails, the l= one
//    passes), rows fail+pass, pass only, pass plus his own domain-only pass row in his part; an
//    rspamd row claiming arc=reject in his part beside a chain he broke.
// Where the layouts were learnt:
// - mail.python.org: realworld199.ts section 10 (its find_string ids 14351998041, 28235070287,
//   1410694458 for d=python.org s=200901 c=relaxed/simple with an oversigned From; 6250865890,
//   5835952294 for `mail.python.org [188.166.95.178]`), Mailman 3's list fields and footer copied.
// - groups.io's host and envelope: realworld199.ts section 9 (ids 5007062370, 4599114286).
// - Google Groups' post (ARC i=1 d=google.com from gmr-mx.google.com, d=googlegroups.com, List-ID,
//   footer): rounds-kit.ts googleGroupsPost (a kasan-dev archive copy, per list-shapes.ts).
// - Entra B2B invitations: probe210.ts's invite() ("Microsoft Invitations on behalf of <tenant>"
//   <invites@microsoft.com>, Reply-To the inviter, out of EUR05 Exchange Online). DocuSign:
//   realworld114.ts (`"<name> via Docusign" <dse_na2@docusign.net>` from mailna2.docusign.net).
//   Google Docs' "<name> (Google Docs)" <drive-shares-dm-noreply@google.com>: realworld80.ts header.
// - amavisd-new's rows (header.d only, one per signature) and the Debian X-Virus-Scanned line:
//   probe214.ts / realworld201.ts (ids 110220750, 62142229890). rspamd's row layout (dkim=, spf=
//   with its comment, dmarc=fail reason="…" … (policy=…), arc=reject): probe214.ts, realworld202.ts.
// NOT confirmed: that python-list (or any python.org list) delivers a non-member's or gated post
//   with From unmunged for a p=reject author (Mailman 3's dmarc_mitigate_action is per list; the
//   PSF's settings were not read) — the bank case is the worst case of that premise; whether
//   Gmail prints a PTR it could not confirm (modelled as printed); whether amavisd-new writes a row
//   for a failing signature (both modelled); that any bank signs with l= today (the 2010s
//   ESPs did; modelled as the bank's second field).
// Names and addresses are documentation ones except Google's, Microsoft's, DocuSign's, groups.io's
// and python.org's hosts.
// Result (44 cases: 38 forgeries, 6 genuine): forgeries 20 suspicious, 7 spoofed, 3 unverified (p=none
// supplier spoofs, as genuine posts of that shape read), 8 authenticated (pending). Genuine: 4
// authenticated, 2 unverified.
// lists held: an unsigned spoof of the p=reject bank through python-list reads spoofed online, in
// Gmail offline and in Outlook offline (the host's own pass never stands for the author's DMARC
// fail); a p=none supplier's spoof reads unverified exactly as the genuine SPF-only author's post
// does (the design: nothing tells them apart); the bank's signed replay with his Reply-To reads
// suspicious; VMs dressed as python.org or groups.io never became the host (no forward record, no
// host SPF or signature); his own open Google Group reads suspicious on Google's ARC record.
// Offline rows held: an l= field passing with the lure appended reads dkim-body-length whatever the
// amavisd-new rows (fail+pass, pass only, his own domain-only row in his part: forged-auth-results,
// not counted), OpenDKIM's quoted b= included; his arc=reject + (policy=none) row reads spoofed.
// Left (pending): "on behalf of" invitations naming Wells Fargo (plain, "und") or "PäyPal", and
// Google Docs shares from "Wells und Fargo Bank", read authenticated: the brand after Microsoft's
// own in the invitation's name is never read, and a Reply-To domain spelling the named brand
// excuses itself as the firm's own.
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import { sealAs } from '../gateway-layouts';
import {
  ATTACKER_IP,
  authenticZone,
  BANK,
  emitCase,
  GMAIL,
  KEY,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  SIGNED_NO_REPLY_TO,
} from '../kit';
import { keyZone, sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { eopDelivery, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import { BANK_RELAY, bankNotice, probeCorpus } from '../rounds-kit';

const P = 'r216-';
const FORGED: CaseExpectation = { verdict: ['suspicious', 'spoofed'] };
const NOT_AUTH: CaseExpectation = { notVerdict: ['authenticated'] };
const TRUSTED: CaseExpectation = {
  verdict: ['authenticated', 'unverified'],
  notVerdict: ['suspicious', 'spoofed'],
};
const BOX = ['--authserv-id', RECEIVER];
const VPS: Relay = { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: ATTACKER_IP };
let k = 0;

// ==== 1. List hosts: python.org's Mailman 3, groups.io dressing, Google Groups ====
const PY: Relay = { helo: 'mail.python.org', rdns: 'mail.python.org', ip: '188.166.95.178' };
const PY_ENV = 'python-list-bounces+robin.reader=gmail.com@python.org';
const PY_ZONE = {
  ...ptr(PY.ip, PY.rdns),
  ...keyZone(['200901._domainkey.python.org']),
  'python.org': { TXT: ['v=spf1 mx a:mail.python.org ip4:188.166.95.178 -all'] },
  'mail.python.org': { A: [PY.ip] },
  '_dmarc.python.org': { TXT: ['v=DMARC1; p=reject'] },
};
const SUPPLIER = 'kestrel-dental.example';
const SUPPLIER_ZONE = {
  [SUPPLIER]: { TXT: ['v=spf1 ip4:198.51.100.40 -all'] },
  [`_dmarc.${SUPPLIER}`]: { TXT: ['v=DMARC1; p=none'] },
};
const PY_FOOTER =
  '_______________________________________________\r\nPython-list mailing list -- python-list@python.org\r\nTo unsubscribe send an email to python-list-leave@python.org\r\nhttps://mail.python.org/mailman3/lists/python-list.python.org/\r\n';

/** Mailman 3 on mail.python.org distributing `from`'s unsigned post to python-list, From kept. */
async function pythonListPost(o: {
  from: string;
  author: string;
  subject: string;
  body: string;
  authorAr: string;
  /** The author's message as sent (signed), else one written from the fields above. */
  sent?: string;
}): Promise<string> {
  k++;
  const raw = o.sent
    ? o.sent.replace(/^Subject: /m, 'Subject: [Python-list] ').replace(/\r\n$/, `\r\n${PY_FOOTER}`)
    : submitted({
        from: o.from,
        to: 'python-list@python.org',
        subject: `[Python-list] ${o.subject}`,
        date: 'Fri, 20 Nov 2026 09:58:00 +0000',
        messageId: `<r216.${k}.py@${o.author.split('@')[1]}>`,
        body: `${o.body}${PY_FOOTER}`,
      });
  const listed = appendHeaders(
    raw,
    `Message-ID-Hash: R216${k}KQ3ZPMXH4B7DL2YVRNCE6TJAFU`,
    `X-MailFrom: ${o.author}`,
    'X-Mailman-Version: 3.3.9',
    'Precedence: list',
    'List-Id: General discussion of the Python programming language <python-list.python.org>',
    'List-Archive: <https://mail.python.org/archives/list/python-list@python.org/>',
    'List-Help: <mailto:python-list-request@python.org?subject=help>',
    'List-Owner: <mailto:python-list-owner@python.org>',
    'List-Post: <mailto:python-list@python.org>',
    'List-Subscribe: <mailto:python-list-join@python.org>',
    'List-Unsubscribe: <mailto:python-list-leave@python.org>',
  );
  const sealed = await sealAs(listed, {
    domain: 'python.org',
    selector: '200901',
    cv: 'none',
    authResults: `mail.python.org; ${o.authorAr}`,
  });
  return signCorpus(onTop(sealed, `Authentication-Results: mail.python.org;\r\n\t${o.authorAr}`), {
    domain: 'python.org',
    selector: '200901',
    canonicalization: 'relaxed/simple',
    headerList: [
      'from',
      'to',
      'cc',
      'subject',
      'date',
      'list-id',
      'list-archive',
      'list-help',
      'list-post',
      'list-subscribe',
      'list-unsubscribe',
      'from',
    ],
  });
}

function pyToGmail(raw: string, from: string, policy: string, dis: string, online = true): string {
  k++;
  return gmailDelivery(raw, {
    relay: PY,
    envelope: PY_ENV,
    results: [
      online
        ? gmailDkim('python.org', '200901')
        : 'dkim=pass header.i=@python.org header.s=200901 header.b=cHl0aG9u;',
      gmailSpf(PY_ENV, PY.ip),
      `dmarc=fail (p=${policy} sp=${policy} dis=${dis}) header.from=${from}`,
    ].join('\r\n       '),
    ids: [`x216csp${k}pxa`, `a216si${k}py.216`],
    spf: 'pass',
    deliveredTo: true,
  });
}

async function group1(write: CaseWriter): Promise<void> {
  const bankFrom = 'Northbank Security <security@northbank.example>';
  const bankBody =
    'Dear customer,\r\n\r\nyour November direct debit could not be collected. Update your card today:\r\nhttps://northbank-secure.example/update\r\n\r\n';
  const bankPost = await pythonListPost({
    from: bankFrom,
    author: 'security@northbank.example',
    subject: 'Your card is blocked',
    body: bankBody,
    authorAr:
      'dkim=none; spf=fail smtp.mailfrom=security@northbank.example; dmarc=fail (p=reject) header.from=northbank.example',
  });
  const bankPremise =
    "Attack: the attacker posts the bank's notice (From security@northbank.example, unsigned, the bank at p=reject) from his VM to python-list@python.org, an open list; the premise (NOT confirmed) is a list that leaves From alone for a p=reject author (Mailman 3's dmarc_mitigate_action off, or a gated post). mail.python.org adds its list fields and footer, seals ARC i=1 recording the author's dkim=none, spf=fail, dmarc=fail, signs d=python.org s=200901, and hands it to Gmail from 188.166.95.178: Gmail records dkim=pass python.org, spf=pass for python.org's bounce envelope, dmarc=fail (p=REJECT dis=QUARANTINE)";
  emitCase(write, {
    name: `${P}gmail-python-list-unsigned-bank-p-reject-from-unmunged`,
    class: 'list-host-own-server',
    about: `${bankPremise}. Read in Gmail online. Wanted: suspicious or spoofed; the host's own pass proves the list's hand-off, never the bank.`,
    args: GMAIL,
    eml: pyToGmail(bankPost, 'northbank.example', 'REJECT', 'QUARANTINE'),
    zone: { ...BANK, ...PY_ZONE },
    expect: FORGED,
    twin: true,
  });
  emitCase(write, {
    name: `${P}gmail-offline-python-list-unsigned-bank-p-reject-unmunged`,
    class: 'list-host-own-server',
    about: `${bankPremise}. Read in Gmail offline. Wanted: suspicious or spoofed.`,
    args: GMAIL,
    eml: pyToGmail(bankPost, 'northbank.example', 'REJECT', 'QUARANTINE', false),
    expect: FORGED,
  });
  emitCase(write, {
    name: `${P}outlook-offline-python-list-unsigned-bank-p-reject-unmunged`,
    class: 'list-host-own-server',
    about: `${bankPremise.replace(/ and hands it to Gmail.*$/, '')}; delivered to an Exchange Online mailbox: EOP records spf=pass smtp.mailfrom=python.org, dkim=pass header.d=python.org, dmarc=fail action=oreject header.from=northbank.example, compauth=fail. Read in Outlook offline. Wanted: suspicious or spoofed.`,
    args: OUTLOOK,
    eml: eopDelivery(bankPost, {
      ip: PY.ip,
      helo: PY.helo,
      ar: `spf=pass (sender IP is ${PY.ip})\r\n smtp.mailfrom=python.org; dkim=pass (signature was verified)\r\n header.d=python.org;dmarc=fail action=oreject\r\n header.from=northbank.example;compauth=fail reason=000`,
      spf: `Pass (protection.outlook.com: domain of python.org designates\r\n ${PY.ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${PY.ip}; helo=${PY.helo}; pr=C`,
      returnPath: PY_ENV,
    }),
    expect: FORGED,
  });

  // A p=none supplier spoofed the same way: From kept by every list.
  const supplierPost = await pythonListPost({
    from: `Kestrel Dental Billing <billing@${SUPPLIER}>`,
    author: `billing@${SUPPLIER}`,
    subject: 'Outstanding invoice 2026-1187',
    body: 'Dear patient,\r\n\r\nyour invoice 2026-1187 is overdue. Pay today: https://kestrel-dental-pay.example/2026-1187\r\n\r\n',
    authorAr: `dkim=none; spf=fail smtp.mailfrom=billing@${SUPPLIER}; dmarc=fail (p=none) header.from=${SUPPLIER}`,
  });
  emitCase(write, {
    name: `${P}gmail-python-list-unsigned-p-none-supplier-spoof`,
    class: 'list-host-own-server',
    about: `Attack: the same through python-list as a p=none dental practice (billing@${SUPPLIER}, unsigned; SPF names only its own server): Mailman keeps From for p=none, seals the author's failures, signs d=python.org; Gmail records dkim=pass python.org, spf=pass, dmarc=fail (p=NONE). Read in Gmail online. Wanted: not authenticated (unverified is what the genuine unsigned post reads).`,
    args: GMAIL,
    eml: pyToGmail(supplierPost, SUPPLIER, 'NONE', 'NONE'),
    zone: { ...SUPPLIER_ZONE, ...PY_ZONE },
    expect: NOT_AUTH,
  });

  // Genuine: an SPF-only author (no DKIM) posting to python-dev from her firm's own server.
  const author = 'jun@kestrelsoft.example';
  const genuine = await pythonListPost({
    from: `Jun Takeda <${author}>`,
    author,
    subject: 'Re: asyncio cancellation semantics',
    body: 'I agree with the proposal; the deprecation period should be two releases.\r\n\r\n',
    authorAr: `dkim=none; spf=pass smtp.mailfrom=${author}; dmarc=pass (p=none) header.from=kestrelsoft.example`,
  });
  const gZone = {
    'kestrelsoft.example': { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
    '_dmarc.kestrelsoft.example': { TXT: ['v=DMARC1; p=none'] },
  };
  emitCase(write, {
    name: `${P}gmail-genuine-python-list-spf-only-author-unsigned`,
    class: 'list-host-own-server',
    about: `Genuine control: a small firm that signs nothing (SPF only, p=none) posts to python-list; mail.python.org keeps From, seals her spf=pass, signs d=python.org. Gmail: dkim=pass python.org, spf=pass python.org's envelope, dmarc=fail (p=NONE). Read in Gmail online. Wanted: unverified (authenticated tolerated), never suspicious: the list host's own server.`,
    args: GMAIL,
    eml: pyToGmail(genuine, 'kestrelsoft.example', 'NONE', 'NONE'),
    zone: { ...gZone, ...PY_ZONE },
    expect: TRUSTED,
  });
  emitCase(write, {
    name: `${P}gmail-offline-genuine-python-list-spf-only-author`,
    class: 'list-host-own-server',
    about: `Genuine control: the same post read in Gmail offline. Wanted: unverified (authenticated tolerated).`,
    args: GMAIL,
    eml: pyToGmail(genuine, 'kestrelsoft.example', 'NONE', 'NONE', false),
    expect: TRUSTED,
  });

  // The bank's genuine signed notice (h= without Reply-To) replayed through python-list with his Reply-To.
  const genuineNotice = await signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      to: 'python-list@python.org',
      subject: 'Your statement is ready',
      date: 'Fri, 20 Nov 2026 09:50:00 +0000',
      messageId: '<stmt-2026-11.r216py@northbank.example>',
      body: 'Your November statement is ready in online banking.\r\n',
    }),
    { domain: 'northbank.example', selector: 'nb1', headerList: SIGNED_NO_REPLY_TO },
  );
  const replayed = await pythonListPost({
    from: '',
    author: 'alerts@northbank.example',
    subject: '',
    body: '',
    authorAr:
      'dkim=pass header.d=northbank.example; spf=fail smtp.mailfrom=bounce@attacker.example; dmarc=pass (p=reject) header.from=northbank.example',
    sent: onTop(genuineNotice, 'Reply-To: "Northbank Security" <security@secure-inbox.example>'),
  });
  emitCase(write, {
    name: `${P}gmail-python-list-bank-signed-replay-his-reply-to`,
    class: 'list-host-own-server',
    about: `Attack: the attacker holds the bank's genuine signed notice (d=northbank.example s=nb1, h= without Reply-To), adds Reply-To "Northbank Security" <security@secure-inbox.example> and posts it from his VM to python-list (premise as above: From kept). Mailman adds its tag and footer (the bank's field fails; undoing them verifies it), seals the author's dkim=pass, signs d=python.org. Gmail: dkim=neutral (body hash) for the bank, dkim=pass python.org, spf=pass python.org's envelope, arc=pass, dmarc=fail. Read in Gmail online. Wanted: not authenticated (his Reply-To is unsigned and no list's).`,
    args: GMAIL,
    eml: (() => {
      k++;
      return gmailDelivery(replayed, {
        relay: PY,
        envelope: PY_ENV,
        results: [
          'arc=pass (i=1 dkim=pass dkdomain=northbank.example dmarc=pass fromdomain=northbank.example);',
          'dkim=neutral (body hash did not verify) header.i=@northbank.example header.s=nb1 header.b=Q29ycHVz;',
          gmailDkim('python.org', '200901'),
          gmailSpf(PY_ENV, PY.ip),
          'dmarc=fail (p=REJECT sp=REJECT dis=NONE arc=pass) header.from=northbank.example',
        ].join('\r\n       '),
        ids: [`x216csp${k}pxa`, `a216si${k}py.216`],
        spf: 'pass',
        deliveredTo: true,
      });
    })(),
    zone: { ...BANK, ...PY_ZONE, 'nb1._domainkey.northbank.example': KEY() },
    expect: NOT_AUTH,
  });

  // The attacker's VM dressed as python.org's list: a confirmed name under his own domain.
  const vmList = (raw: string, envelope: string) =>
    onTop(raw, `Return-Path: <${envelope}>`, received({ ...VPS, by: RECEIVER, id: `4Zr216Ly${++k}` }));
  const dressed = supplierPost.replace(/^DKIM-Signature:[\s\S]*?\r\n(?=[^ \t])/i, '');
  emitCase(write, {
    name: `${P}box-vm-list-id-python-org-own-envelope-p-none-supplier`,
    class: 'list-host-own-server',
    about: `Attack: the attacker runs Mailman on his VM (mail.attacker.example, forward-confirmed, SPF passing for his bounce envelope) and writes python.org's List-Id, footer and ARC set (a broken copy) around a spoof of the p=none supplier, unsigned. Read on the reader's box online. Wanted: not authenticated (a list host's standing is its own servers', not its List-Id's).`,
    args: BOX,
    eml: vmList(dressed, 'python-list-bounces@attacker.example'),
    zone: { ...SUPPLIER_ZONE, ...authenticZone('attacker.example', ATTACKER_IP), ...ptr(VPS.ip, VPS.rdns) },
    expect: NOT_AUTH,
  });
  emitCase(write, {
    name: `${P}box-vm-ptr-mail-python-org-unconfirmed-python-envelope`,
    class: 'list-host-own-server',
    about: `Attack: as ${P}box-vm-list-id-python-org-own-envelope-p-none-supplier, but his VM's PTR says mail.python.org (he sets his own reverse zone; mail.python.org's A record is the PSF's) and the envelope is python.org's bounce address (SPF fails). Read on the reader's box online. Wanted: not authenticated.`,
    args: BOX,
    eml: onTop(
      dressed,
      `Return-Path: <${PY_ENV}>`,
      received({
        helo: 'mail.python.org',
        rdns: 'mail.python.org',
        ip: ATTACKER_IP,
        by: RECEIVER,
        id: `4Zr216Lz${++k}`,
      }),
    ),
    zone: {
      ...SUPPLIER_ZONE,
      ...PY_ZONE,
      '66.100.51.198.in-addr.arpa': { PTR: ['mail.python.org'] },
    },
    expect: NOT_AUTH,
  });
  // groups.io dressing on a VM: List-Id, Sender and envelope under groups.io, PTR claimed.
  const gio = appendHeaders(
    bankNotice('customers@groups.io'),
    'Sender: customers@groups.io',
    'List-Id: <customers.groups.io>',
    'Mailing-List: list customers@groups.io; contact customers+owner@groups.io',
    'Precedence: Bulk',
  );
  const gioSigned = await signCorpus(gio, {
    domain: 'attacker.example',
    selector: 's1',
    headerList: ['from', 'subject', 'date', 'to', 'list-id'],
  });
  emitCase(write, {
    name: `${P}gmail-vm-groups-io-dressing-ptr-claimed-bank-p-reject`,
    class: 'list-host-own-server',
    about: `Attack: his VM with the PTR mail02.groups.io (no forward record of groups.io's points at it), groups.io's list fields and envelope, his own d=attacker.example signature, the bank's From unsigned. Gmail prints the PTR as the name, records spf=fail for the groups.io envelope, dkim=pass attacker.example, dmarc=fail (p=REJECT). Read in Gmail online. Wanted: suspicious or spoofed.`,
    args: GMAIL,
    eml: gmailDelivery(gioSigned, {
      relay: { helo: 'mail02.groups.io', rdns: 'mail02.groups.io', ip: ATTACKER_IP },
      envelope: 'bounce+16102+9+1808289+3934443@groups.io',
      results: [
        gmailDkim('attacker.example', 's1'),
        gmailSpf('bounce+16102+9+1808289+3934443@groups.io', ATTACKER_IP, 'fail'),
        gmailDmarc('northbank.example', 'REJECT', 'fail').replace('dis=NONE', 'dis=REJECT'),
      ].join('\r\n       '),
      ids: [`x216csp${++k}pxa`, `a216si${k}gio.216`],
      spf: 'fail',
      deliveredTo: true,
    }),
    zone: {
      ...BANK,
      ...authenticZone('attacker.example', ATTACKER_IP),
      'groups.io': { TXT: ['v=spf1 ip4:66.175.222.0/24 ip4:45.79.81.0/24 -all'] },
      '66.100.51.198.in-addr.arpa': { PTR: ['mail02.groups.io'] },
      'mail02.groups.io': { A: ['66.175.222.108'] },
    },
    expect: FORGED,
  });

  // His own Google Group open to outside posters, the p=none supplier's From kept.
  const gg = submitted({
    from: `Kestrel Dental Billing <billing@${SUPPLIER}>`,
    to: 'patients-news@googlegroups.com',
    subject: '[patients-news] Outstanding invoice 2026-1187',
    date: 'Fri, 20 Nov 2026 09:58:00 +0000',
    messageId: `<r216gg.1@${SUPPLIER}>`,
    body: 'Dear patient,\r\n\r\nyour invoice 2026-1187 is overdue. Pay today: https://kestrel-dental-pay.example/2026-1187\r\n\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "patients-news" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to patients-news+unsubscribe@googlegroups.com.\r\n',
  });
  const ggListed = appendHeaders(
    gg,
    `X-Original-Sender: billing@${SUPPLIER}`,
    'Precedence: list',
    'Mailing-list: list patients-news@googlegroups.com; contact patients-news+owners@googlegroups.com',
    'List-ID: <patients-news.googlegroups.com>',
    'List-Post: <https://groups.google.com/group/patients-news/post>, <mailto:patients-news@googlegroups.com>',
  );
  const ggAr = `gmr-mx.google.com; spf=fail (google.com: domain of bounce@attacker.example does not designate ${ATTACKER_IP} as permitted sender) smtp.mailfrom=bounce@attacker.example; dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=${SUPPLIER}`;
  const ggSealed = await sealCorpus(
    await signCorpus(ggListed, { domain: 'googlegroups.com', selector: '20230601' }),
    {
      domain: 'google.com',
      selector: 'arc-20240605',
      cv: 'none',
      authResults: ggAr,
    },
  );
  const GG_OUT: Relay = {
    helo: 'mail-qt1-x83f.google.com',
    rdns: 'mail-qt1-x83f.google.com',
    ip: '209.85.160.63',
  };
  const ggEnv = 'patients-news+bncBDL3ZMA5BYIFBB216@googlegroups.com';
  emitCase(write, {
    name: `${P}gmail-own-google-group-open-posting-p-none-supplier`,
    class: 'list-host-own-server',
    about: `Attack: his own Google Group "patients-news" set so anyone may post; his VM posts as the p=none practice (unsigned). Groups keeps From for p=none, seals ARC i=1 (d=google.com) recording spf=fail and dmarc=fail, signs d=googlegroups.com; Gmail records arc=pass, dkim=pass googlegroups.com, spf=pass for the group's envelope, dmarc=fail (p=NONE). Read in Gmail online. Wanted: not authenticated.`,
    args: GMAIL,
    eml: gmailDelivery(ggSealed, {
      relay: GG_OUT,
      envelope: ggEnv,
      results: [
        'arc=pass (i=1 spf=fail dmarc=fail fromdomain=kestrel-dental.example);',
        gmailDkim('googlegroups.com', '20230601'),
        gmailSpf(ggEnv, GG_OUT.ip),
        `dmarc=fail (p=NONE sp=NONE dis=NONE arc=pass) header.from=${SUPPLIER}`,
      ].join('\r\n       '),
      ids: [`x216csp${++k}pxa`, `a216si${k}gg.216`],
      spf: 'pass',
      deliveredTo: true,
    }),
    zone: {
      ...SUPPLIER_ZONE,
      ...ptr(GG_OUT.ip, GG_OUT.rdns),
      ...keyZone(['arc-20240605._domainkey.google.com', '20230601._domainkey.googlegroups.com']),
      'googlegroups.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
      '_dmarc.googlegroups.com': { TXT: ['v=DMARC1; p=none'] },
    },
    expect: NOT_AUTH,
  });
}

// ==== 2. "on behalf of"/"via": the name's spellings ====
const EXO_OUT: Relay = {
  helo: 'EUR05-AM6-obe.outbound.protection.outlook.com',
  rdns: 'mail-am6eur05on2101.outbound.protection.outlook.com',
  ip: '40.107.22.101',
};
const DSE: Relay = { helo: 'mailna2.docusign.net', rdns: 'mailna2.docusign.net', ip: '64.207.219.84' };
const GDOCS: Relay = {
  helo: 'mail-sor-f69.google.com',
  rdns: 'mail-sor-f69.google.com',
  ip: '209.85.220.69',
};
const GDOCS_ENV = '3Wg216aYKCdsmqqmnt-yozqm-ex-jsx.bzzw.uwjkgxaqemzl.qy@doclist.bounces.google.com';
const SERVICE_ZONE = {
  ...ptr(GDOCS.ip, GDOCS.rdns),
  '20230601._domainkey.google.com': KEY(),
  'doclist.bounces.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  '_dmarc.google.com': { TXT: ['v=DMARC1; p=reject'] },
  ...ptr(EXO_OUT.ip, EXO_OUT.rdns),
  ...ptr(DSE.ip, DSE.rdns),
  'selector2._domainkey.microsoft.com': KEY(),
  'microsoft.com': { TXT: ['v=spf1 ip4:40.107.0.0/16 -all'] },
  '_dmarc.microsoft.com': { TXT: ['v=DMARC1; p=reject'] },
  's1._domainkey.docusign.net': KEY(),
  'docusign.net': { TXT: ['v=spf1 ip4:64.207.219.0/24 ip4:64.207.216.0/22 -all'] },
  '_dmarc.docusign.net': { TXT: ['v=DMARC1; p=reject'] },
};
const EXO_H = ['from', 'date', 'subject', 'message-id', 'content-type', 'mime-version'];

/** A service's notice (Entra invitation or DocuSign envelope) for `principal`, Reply-To `reply`. */
type Kind = 'invite' | 'docusign' | 'gdocs';
async function serviceNotice(kind: Kind, principal: string, reply: string, online: boolean) {
  k++;
  const invite = kind === 'invite';
  if (kind === 'gdocs') {
    const raw = submitted({
      from: `"${principal} (via Google Docs)" <drive-shares-dm-noreply@google.com>`,
      to: 'robin.reader@gmail.com',
      subject: 'Document shared with you: "Account verification form"',
      date: 'Fri, 20 Nov 2026 10:00:00 +0000',
      messageId: `<r216gd${k}.0@docs-share.google.com>`,
      extraHeaders: [`Reply-To: ${reply}`],
      body: `${principal} shared a document\r\n\r\nAccount verification form\r\nOpen: https://docs.google.com/document/d/1r216${k}example/edit?usp=sharing_eil\r\n\r\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\r\n`,
    });
    const signed = await signCorpus(raw, {
      domain: 'google.com',
      selector: '20230601',
      headerList: SIGNED_NO_REPLY_TO,
    });
    return gmailDelivery(signed, {
      relay: GDOCS,
      envelope: GDOCS_ENV,
      results: [
        online
          ? gmailDkim('google.com', '20230601')
          : 'dkim=pass header.i=@google.com header.s=20230601 header.b=Z2RvY3M;',
        gmailSpf(GDOCS_ENV, GDOCS.ip),
        gmailDmarc('google.com', 'REJECT'),
      ].join('\r\n       '),
      ids: [`x216csp${k}pxa`, `a216si${k}gd.216`],
      spf: 'pass',
      deliveredTo: true,
    });
  }
  const raw = submitted({
    from: invite
      ? `Microsoft Invitations on behalf of ${principal} <invites@microsoft.com>`
      : `"${principal} via Docusign" <dse_na2@docusign.net>`,
    to: 'robin.reader@gmail.com',
    subject: invite
      ? 'Accounts Team invited you to access applications within their organization'
      : 'Complete with Docusign: Account verification form',
    date: 'Fri, 20 Nov 2026 10:00:00 +0000',
    messageId: invite
      ? `<r216inv${k}@SN7PR21MB4031.namprd21.prod.outlook.com>`
      : `<216${k}c0de@docusign.net>`,
    extraHeaders: [`Reply-To: ${reply}`],
    body: invite
      ? `Please only act on this invitation if you trust the individual and organization represented below.\r\n\r\nAccounts Team invited you to access applications within their organization ${principal}.\r\n\r\nMessage: Your account needs verification. Accept to review the secure message.\r\n\r\nAccept invitation: https://invitations.microsoft.com/redeem/?tenant=0d2c9b4e-5f18-4e7a-9c61-7c1e2a942${k}\r\n`
      : `${principal} sent you a document to review and sign.\r\n\r\nREVIEW DOCUMENT: https://na2.docusign.net/Signing/EmailStart.aspx?a=216${k}example\r\n\r\nPowered by Docusign\r\n`,
  });
  const [domain, selector, relay, envelope] = invite
    ? ['microsoft.com', 'selector2', EXO_OUT, 'invites@microsoft.com']
    : ['docusign.net', 's1', DSE, 'dse_na2@docusign.net'];
  const signed = await signCorpus(raw, { domain, selector, headerList: invite ? EXO_H : SIGNED_NO_REPLY_TO });
  return gmailDelivery(signed, {
    relay,
    envelope,
    results: [
      online
        ? gmailDkim(domain, selector)
        : `dkim=pass header.i=@${domain} header.s=${selector} header.b=c2VydmljZQ;`,
      gmailSpf(envelope, relay.ip),
      gmailDmarc(domain, 'REJECT'),
    ].join('\r\n       '),
    ids: [`x216csp${k}pxa`, `a216si${k}b2b.216`],
    spf: 'pass',
    deliveredTo: true,
  });
}

async function group2(write: CaseWriter): Promise<void> {
  const attacks: Array<{ slug: string; kind: Kind; principal: string; reply: string; about: string }> = [
    {
      slug: 'invite-paypal-og-partnere-as',
      kind: 'invite',
      principal: 'PayPal og Partnere AS',
      reply: 'Accounts Team <accounts@paypalogpartnere.example>',
      about:
        'His Entra tenant is named "PayPal og Partnere AS" (Norwegian "and", a legal form) and has his domain paypalogpartnere.example verified; his user invites the reader',
    },
    {
      slug: 'invite-paypal-folded-umlaut-europe',
      kind: 'invite',
      principal: 'PäyPal Europe',
      reply: 'Accounts Team <accounts@paypaleurope.example>',
      about:
        'His tenant is named "PäyPal Europe" (an umlaut a reader passes over, which the letter folds drop) with paypaleurope.example verified',
    },
    {
      slug: 'invite-wells-und-fargo',
      kind: 'invite',
      principal: 'Wells und Fargo Bank',
      reply: 'Client Services <clients@wellsundfargobank.example>',
      about:
        'His tenant is named "Wells und Fargo Bank" (German "and" between the brand\'s two words) with wellsundfargobank.example verified',
    },
    {
      slug: 'docusign-wells-and-fargo-co',
      kind: 'docusign',
      principal: 'Wells & Fargo Co.',
      reply: 'Wells & Fargo Co. <docs@wellsandfargo.example>',
      about:
        'His DocuSign account\'s name is "Wells & Fargo Co." and its Reply-To docs@wellsandfargo.example ("&" written as "and", the legal form stripped)',
    },
    {
      slug: 'docusign-paypal-et-cie-reply-name-repeats',
      kind: 'docusign',
      principal: 'PayPal et Cie',
      reply: 'PayPal et Cie <signature@paypaletcie.example>',
      about:
        'His DocuSign account is "PayPal et Cie" (French "and company"), its Reply-To at paypaletcie.example with the same name',
    },
    {
      slug: 'gdocs-wells-und-fargo-bank',
      kind: 'gdocs',
      principal: 'Wells und Fargo Bank',
      reply: 'Client Services <clients@wellsundfargobank.example>',
      about:
        'His Google account\'s name is "Wells und Fargo Bank"; he shares a document with the reader, Reply-To his Workspace address at wellsundfargobank.example ("und" joining the brand\'s two words, which the brand matcher does not read as one)',
    },
    {
      slug: 'gdocs-wells-und-fargo-bank-reply-wellsfargobank',
      kind: 'gdocs',
      principal: 'Wells und Fargo Bank',
      reply: 'Client Services <clients@wellsfargobank.example>',
      about:
        'His Google account\'s name is "Wells und Fargo Bank", Reply-To at wellsfargobank.example: the spelling with "und" dropped is the brand glued to "bank"',
    },
    {
      slug: 'gdocs-marks-og-spencer-style-paypal-og-co',
      kind: 'gdocs',
      principal: 'PayPal og Co',
      reply: 'Kundeservice <kunde@paypalogco.example>',
      about:
        'His Google account\'s name is "PayPal og Co" (Norwegian "and company"), Reply-To at paypalogco.example',
    },
    {
      slug: 'invite-wells-fargo-bank-plain-name',
      kind: 'invite',
      principal: 'Wells Fargo Bank',
      reply: 'Client Services <clients@wellsfargobank.example>',
      about:
        'Control for the spellings: his tenant is named plainly "Wells Fargo Bank" with wellsfargobank.example verified (no new spelling needed: tells the brand reading apart from the spellings)',
    },
    {
      slug: 'invite-amazon-payments-europe-sca',
      kind: 'invite',
      principal: 'Amazon Payments Europe S.C.A.',
      reply: 'Payments Team <payments@amazonpaymentseurope.example>',
      about: 'His tenant is named "Amazon Payments Europe S.C.A." with amazonpaymentseurope.example verified',
    },
  ];
  for (const c of attacks) {
    for (const online of [false, true]) {
      emitCase(write, {
        name: `${P}gmail-${online ? 'online' : 'offline'}-${c.slug}`,
        class: 'on-behalf-of',
        about: `Attack: ${c.about}. The service signs (${c.kind === 'invite' ? 'd=microsoft.com, out of Exchange Online' : c.kind === 'gdocs' ? 'd=google.com, from mail-sor-f69.google.com' : 'd=docusign.net, from mailna2.docusign.net'}); Gmail records dkim/spf/dmarc pass for it. The brand's name is the principal, the Reply-To at the look-alike the new spellings write. Read in Gmail ${online ? 'online' : 'offline'}. Wanted: not authenticated.`,
        args: GMAIL,
        eml: await serviceNotice(c.kind, c.principal, c.reply, online),
        ...(online ? { zone: SERVICE_ZONE } : {}),
        expect: NOT_AUTH,
      });
    }
  }
  const genuine: Array<{ slug: string; kind: Kind; principal: string; reply: string; about: string }> = [
    {
      slug: 'invite-brodrene-dahl-as',
      kind: 'invite',
      principal: 'Brødrene Dahl AS',
      reply: 'Ole Dahl <ole.dahl@brodrenedahl.example>',
      about: 'A Norwegian firm "Brødrene Dahl AS" whose domain writes ø as o and drops the legal form',
    },
    {
      slug: 'invite-mueller-und-soehne-gmbh',
      kind: 'invite',
      principal: 'Müller & Söhne GmbH',
      reply: 'Jonas Müller <j.mueller@muellerundsoehne.example>',
      about: 'A German firm "Müller & Söhne GmbH" whose domain writes ü as ue, ö as oe and "&" as "und"',
    },
    {
      slug: 'docusign-laurent-et-fils',
      kind: 'docusign',
      principal: 'Laurent et Fils',
      reply: 'Claire Laurent <claire@laurent-et-fils.example>',
      about: 'A French family firm "Laurent et Fils" sending a contract, its domain laurent-et-fils.example',
    },
  ];
  for (const c of genuine) {
    emitCase(write, {
      name: `${P}gmail-offline-genuine-${c.slug}`,
      class: 'on-behalf-of',
      about: `Genuine control: ${c.about}; ${c.kind === 'invite' ? 'an Entra B2B invitation, Reply-To the inviter' : 'a DocuSign envelope, Reply-To the sender'}. Read in Gmail offline. Wanted: authenticated (unverified tolerated).`,
      args: GMAIL,
      eml: await serviceNotice(c.kind, c.principal, c.reply, false),
      expect: TRUSTED,
    });
  }
}

// ==== 3. Offline rows: two fields of the bank's domain, one with l= ====
const AMAVIS = `${RECEIVER} (amavisd-new)`;
const amavisRow = (r: string) =>
  `Authentication-Results: ${AMAVIS}; dkim=${r} (2048-bit key)${r === 'pass' ? '' : ' reason="fail (body has been altered)"'}\r\n header.d=northbank.example`;
const ENV = 'bounce@attacker.example';
const LURE = '\r\nURGENT: your card is blocked. Confirm it at https://northbank-secure.example/confirm\r\n';

function toBox(raw: string, rows: string[], client: Relay, env: string, extra: string[] = []): string {
  k++;
  const date = 'Fri, 20 Nov 2026 10:00:05 +0000';
  return onTop(
    raw,
    `Return-Path: <${env}>`,
    'Delivered-To: robin@reader.example',
    `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid kR216x${k}vPWf0cQAAq2Xb7g\r\n\t(envelope-from <${env}>)\r\n\tfor <robin@reader.example>; ${date}`,
    'X-Virus-Scanned: Debian amavisd-new at mx.reader.example',
    ...rows,
    ...extra,
    `Received: from ${client.helo} (${client.rdns} [${client.ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4Zr216Xk${k}z2vWc\r\n\tfor <robin@reader.example>; ${date}`,
  );
}

async function group3(write: CaseWriter): Promise<void> {
  const notice = submitted({
    from: 'Northbank <alerts@northbank.example>',
    to: 'robin@reader.example',
    subject: 'Your statement is ready',
    date: 'Fri, 20 Nov 2026 10:00:00 +0000',
    messageId: '<stmt-2026-11.r216@northbank.example>',
    body: 'Your November statement is ready in online banking.\r\n',
  });
  // The bank's own field (nb1, whole body) and its mailing service's (nb2, l= the body's length).
  const one = await signCorpus(notice, {
    domain: 'northbank.example',
    selector: 'nb1',
    headerList: SIGNED_NO_REPLY_TO,
  });
  const two = await signCorpus(one, {
    domain: 'northbank.example',
    selector: 'nb2',
    headerList: SIGNED_NO_REPLY_TO,
    maxBodyLength: 53,
  });
  const hasL = /\bl=\d+/.test(two);
  const appended = two.replace(/\r\n$/, `\r\n${LURE}`);
  const dmarcRow = `Authentication-Results: ${RECEIVER}; dmarc=pass (p=reject dis=none) header.from=northbank.example`;
  const spfRow = `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=attacker.example`;
  const replay = `The bank signs its notice twice with its own domain: nb1 over the whole body, nb2 (its mailing service's) with l=${hasL ? 'the body length' : '(NOT written: signer ignored maxBodyLength)'}. The attacker replays it from his VM with his lure appended: nb1 fails its body hash, nb2 passes (the lure is past l=)`;
  emitCase(write, {
    name: `${P}box-offline-amavis-l-field-passes-fail-and-pass-rows-appended`,
    class: 'offline-amavis-rows',
    about: `${replay}. amavisd-new writes a fail row and a pass row, header.d only. Read on the box offline. Wanted: not authenticated (appended text unsigned).`,
    args: BOX,
    eml: toBox(appended, [amavisRow('fail'), amavisRow('pass'), dmarcRow, spfRow], VPS, ENV),
    expect: NOT_AUTH,
  });
  emitCase(write, {
    name: `${P}box-offline-amavis-l-field-passes-pass-row-only-appended`,
    class: 'offline-amavis-rows',
    about: `${replay}. amavisd-new writes one pass row only (modelled: not confirmed). Read on the box offline. Wanted: not authenticated.`,
    args: BOX,
    eml: toBox(appended, [amavisRow('pass'), dmarcRow, spfRow], VPS, ENV),
    expect: NOT_AUTH,
  });
  emitCase(write, {
    name: `${P}box-offline-amavis-l-field-own-domain-only-pass-row-in-his-part`,
    class: 'offline-amavis-rows',
    about: `${replay}; in his part he writes his own "${AMAVIS}; dkim=pass (2048-bit key) header.d=northbank.example" row, so that two pass rows meet two fields and each would take one (the whole-body field's row taking nb1, which then reads as covering the lure). The box writes one pass row. Read on the box offline. Wanted: not authenticated.`,
    args: BOX,
    eml: toBox(onTop(appended, amavisRow('pass')), [amavisRow('pass'), dmarcRow, spfRow], VPS, ENV),
    expect: NOT_AUTH,
  });
  emitCase(write, {
    name: `${P}box-offline-amavis-l-field-his-row-box-pass-row-below-dmarc`,
    class: 'offline-amavis-rows',
    about: `${replay}; his domain-only pass row sits in his part (below the box's entry line), while the box writes its pass row and DMARC row. As ${P}box-offline-amavis-l-field-own-domain-only-pass-row-in-his-part but the box's amavisd-new writes the pass row below its DMARC row (rows in another order). Read on the box offline. Wanted: not authenticated.`,
    args: BOX,
    eml: toBox(onTop(appended, amavisRow('pass')), [dmarcRow, spfRow, amavisRow('pass')], VPS, ENV),
    expect: NOT_AUTH,
  });
  emitCase(write, {
    name: `${P}box-offline-amavis-l-field-genuine-two-pass-rows`,
    class: 'offline-amavis-rows',
    about: `Genuine control: the same twice-signed notice unchanged from the bank's own server; both fields pass, two amavisd-new pass rows, rspamd-free. Read on the box offline. Wanted: authenticated or unverified.`,
    args: BOX,
    eml: toBox(
      two,
      [
        amavisRow('pass'),
        amavisRow('pass'),
        dmarcRow,
        `Authentication-Results: ${RECEIVER}; spf=pass smtp.mailfrom=northbank.example`,
      ],
      BANK_RELAY,
      'alerts@northbank.example',
    ),
    expect: TRUSTED,
  });
  // OpenDKIM rows quoting header.b: the pass row's b= names nb2 (the l= field), the fail row nb1.
  const bOf = (sel: string) => {
    const f = new RegExp(`DKIM-Signature:[^]*?s=${sel};[^]*?\\bb=([A-Za-z0-9+/]{8})`).exec(
      two.replace(/\r\n[ \t]+/g, ' ').replace(/bh=[^;]*;/g, ''),
    );
    return f ? f[1]! : 'Q29ycHVz';
  };
  const od = (r: string, b: string) =>
    `Authentication-Results: ${RECEIVER}; dkim=${r} (2048-bit key; unprotected key)\r\n header.d=northbank.example header.i=@northbank.example header.b=${b}`;
  emitCase(write, {
    name: `${P}box-offline-opendkim-quoted-b-l-field-passes-appended`,
    class: 'offline-quoted-b',
    about: `${replay}. OpenDKIM on the box writes a fail row quoting nb1's b= and a pass row quoting nb2's. Read on the box offline. Wanted: not authenticated (the lure is past the passing field's l=).`,
    args: BOX,
    eml: toBox(appended, [od('fail', bOf('nb1')), od('pass', bOf('nb2')), dmarcRow, spfRow], VPS, ENV),
    expect: NOT_AUTH,
  });
  emitCase(write, {
    name: `${P}box-offline-opendkim-his-pass-row-quoting-nb1-in-his-part`,
    class: 'offline-quoted-b',
    about: `${replay}; in his part he writes an OpenDKIM-style pass row under the box's id quoting nb1's b= (the whole-body field), hoping the narrowing takes nb1 as the passing field. The box's OpenDKIM writes fail for nb1 and pass for nb2. Read on the box offline. Wanted: not authenticated.`,
    args: BOX,
    eml: toBox(
      onTop(appended, od('pass', bOf('nb1'))),
      [od('fail', bOf('nb1')), od('pass', bOf('nb2')), dmarcRow, spfRow],
      VPS,
      ENV,
    ),
    expect: NOT_AUTH,
  });

  // rspamd: arc=reject written by him beside a broken chain; his (policy=none).
  const spoof = bankNotice('robin@reader.example');
  const brokenSeal = await sealCorpus(spoof, {
    domain: 'attacker.example',
    selector: 's1',
    cv: 'none',
    authResults:
      'mx.attacker.example; dkim=pass header.d=northbank.example; spf=pass smtp.mailfrom=northbank.example; dmarc=pass header.from=northbank.example',
  });
  const tampered = brokenSeal.replace('update your card today', 'update your card today (now)');
  const rspamdBox = `Authentication-Results: ${RECEIVER};\r\n\tdkim=none;\r\n\tarc=reject ("signature check failed: fail, {[1] = sig:attacker.example:reject}");\r\n\tspf=pass (${RECEIVER}: domain of ${ENV} designates ${ATTACKER_IP} as permitted sender) smtp.mailfrom=${ENV};\r\n\tdmarc=fail reason="No valid SPF, No valid DKIM" header.from=northbank.example (policy=reject)`;
  const hisRow = `Authentication-Results: ${RECEIVER};\r\n\tarc=reject;\r\n\tdmarc=fail header.from=northbank.example (policy=none)`;
  for (const online of [false, true]) {
    emitCase(write, {
      name: `${P}box-${online ? 'online' : 'offline'}-rspamd-his-arc-reject-policy-none-row`,
      class: 'dmarc-policy-comment',
      about: `Attack: his VM sends the bank's From unsigned under an ARC set of his own that he broke (body changed after sealing), and in his part an rspamd-style row under the box's id saying arc=reject (which agrees with the failed chain, so it is not flagged as a fake pass) and dmarc=fail … (policy=none). The box's rspamd writes arc=reject and (policy=reject). Read on the box ${online ? 'online' : 'offline'}. Wanted: spoofed.`,
      args: BOX,
      eml: toBox(onTop(tampered, hisRow), [rspamdBox], VPS, ENV),
      ...(online
        ? { zone: { ...BANK, ...authenticZone('attacker.example', ATTACKER_IP), ...ptr(VPS.ip, VPS.rdns) } }
        : {}),
      expect: { verdict: ['spoofed'] },
    });
  }
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await group1(write);
  await group2(write);
  await group3(write);
}

// Read now: authenticated (dmarc pass for microsoft.com; reply-to-other-org low only, no
//   display-name-brand). "Microsoft Invitations on behalf of Wells Fargo Bank" / "… PäyPal Europe" /
//   "… Wells und Fargo Bank", Reply-To at wellsfargobank / paypaleurope / wellsundfargobank.example.
// Should read: suspicious (a brand named as the tenant, answered at a domain that is not the brand's).
// At fault, two conditions that must both hold for the pass:
//   (a) lib/findings/display-name.ts brandClaimed: `first = brandInName(displayName)` is Microsoft
//   (the From's own brand, first in the name), isBrandDomain(first, 'microsoft.com') holds, and only
//   PLATFORM_VIA ("… via X", "(via X)") and Teams' suffix look for another brand in the part the user
//   chose; "<product> on behalf of <org>" is never read, so the org's brand is dropped. "PayPal Ltd"
//   (probe210) and "PayPal og Partnere AS" are caught only because BRANDS lists PayPal before
//   Microsoft and the first skeleton variant holds it; Wells Fargo comes after Microsoft, and
//   "PäyPal" matches only on a later (folded) variant, after Microsoft matched on the first.
//   (b) lib/findings/reply-to.ts replyElsewhere `firms` (line ~118): `!namesBrand` reads only the
//   Reply-To's display name and mailbox; neither the principal naming a brand nor the Reply-To
//   organisation's label holding one (wellsfargobank, paypaleurope) stops firmsDomain from making
//   the reply "the firm's own domain" (low). The plain-name case shows (b) is older than the new
//   spellings; the new ones ("und" dropped, letters folded) only widen it.
// Smallest fix: in brandClaimed, split /^(.+?) on behalf of (\S.*)$/i as PLATFORM_VIA is split and
//   return brandInNameBesides(org, first) when it is not the From domain's brand; and in `firms`,
//   also require !brandInName(principal) (or the Reply-To's org being that brand's domain).
// Could hurt: a genuine invitation from a firm whose name holds a brand word (a charity "Amazon
//   Rainforest Trust", realworld80's shape, invited from its own tenant) would read suspicious.
const PENDING_BEHALF_BRAND = [
  'r216-gmail-offline-invite-paypal-folded-umlaut-europe',
  'r216-gmail-online-invite-paypal-folded-umlaut-europe',
  'r216-gmail-offline-invite-wells-und-fargo',
  'r216-gmail-online-invite-wells-und-fargo',
  'r216-gmail-offline-invite-wells-fargo-bank-plain-name',
  'r216-gmail-online-invite-wells-fargo-bank-plain-name',
];
// Read now (online): authenticated (dmarc pass google.com; reply-to-other-org low). "Wells und Fargo
//   Bank (via Google Docs)" <drive-shares-dm-noreply@google.com>, Reply-To at wellsundfargobank.example
//   or wellsfargobank.example. Offline in Gmail both read suspicious (reply-to-other-org medium:
//   Reply-To outside the signed h= with no aligned SPF pass read there), so only online is wrong.
// Should read: suspicious.
// At fault: lib/findings/domains.ts brandOnSomeReading reads "&" between a brand's two words
//   ("Wells & Fargo" → Wells Fargo) but not "and"/"und"/"og"/"et" (brandInName("Wells und Fargo
//   Bank") is null, checked this round), while lib/findings/reply-to.ts nameSpellings joins the
//   words through every one of them (AND, 'und' dropped → wellsfargobank), so firmsDomain makes the
//   brand-glued look-alike the principal's own domain and replyElsewhere's onBehalf excuses it (low).
// Smallest fix: the same as (b) above, with the Reply-To organisation's label read for a brand word
//   (brandGluedInMailbox-like: wellsfargobank holds "wellsfargo") unless isBrandDomain; and let the
//   brand reading treat the AND words between a multi-word brand's words as it treats "&".
// Could hurt: firms whose domain glues a brand word to theirs ("Apple Tree Dental" is safe: "apple"
//   alone is no brand word) would lose the low reading for their own Google Docs shares.
const PENDING_SPELLED_BRAND = [
  'r216-gmail-online-gdocs-wells-und-fargo-bank',
  'r216-gmail-online-gdocs-wells-und-fargo-bank-reply-wellsfargobank',
];
// Lead, 2026-12-07: fixed both groups: lib/findings/display-name.ts brandClaimed reads the
// organisation after "<service> on behalf of" for a brand besides the service's own (as the via forms
// are read), and lib/findings/domains.ts namesBrand reads a brand of two words or more with a joining
// word between them ("Wells und Fargo", "Wells and Fargo") as it reads "&". (b), the `firms` change,
// was not needed and was not made: the brand finding decides, and "Amazon Rainforest Trust" already
// pays the brand finding's cost.
void PENDING_BEHALF_BRAND;
void PENDING_SPELLED_BRAND;
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
