// Real-world delivery shapes, hundred-and-thirty-fourth round: genuine mailing-list mail that
// carries a `Sender:` field (Outlook on the web shows "<list> on behalf of <author>"), read on a
// self-hosted box (mail.quayside-law.example, Postfix + rspamd, --authserv-id and
// --recipient-domain), in Gmail and in Outlook; directly and behind an inbound gateway the reader has
// not trusted (Mimecast, Proofpoint Essentials, Barracuda), with the author's signature intact and
// broken by the list's subject tag and footer, authors at p=none/quarantine/reject. Since the last
// hour a list's own Sender at its List-Id/List-Post host that also bounces the envelope is a low note
// beside the author's DMARC pass (lib/findings/sender.ts listsEnvelope). The attack twins write the
// same list dress at a bank's list host (Sender, List-Id, List-Post, envelope at
// lists.northbank.example) over mail from the attacker's own authenticated domain, so that Outlook
// shows "Northbank Security on behalf of …": where our SPF check (or a gateway's sealed record) can
// see that the list's envelope fails, the list is not the list.
// Where the layouts were learnt (`search`):
// - Mailman 2.1: test/corpus/list-shapes.ts mailmanHeaders (docs.mailman3.org and the 2.1 admin
//   guide "general personality", git.animux.de mailman2 doc: subject_prefix, Munge From); the Sender
//   field Mailman 2.1 writes (`"<list>" <list-bounces@host>`) and the include_sender_header option:
//   mail.python.org mailman-users 2006-05 "Sender field" thread and mailman-developers "Mailman
//   headers roundup" (2011). List-Id schemas (Mailman `${description} <${local}.${domain}>`, Sympa
//   `<${local}.${domain}>`): deltachat-core-rust draft/mailing_list_managers.md.
// - Sympa: the Sender `<list>-request@` and envelope `<list>-owner@` as lib/findings/list-evidence.ts
//   names them and the Sympa 3.0 manual (bounces at `mylist-owner`, distrib-coffee sympa rpm page).
//   NOT confirmed byte for byte: Sympa 6's exact Sender wording (recalled).
// - LISTSERV: list-shapes.ts (Sender the list in upper case, envelope `owner-<LIST>@`); Majordomo's
//   `Sender: owner-linux-mm@kvack.org` with `List-ID: <linux-mm.kvack.org>` seen in sjp38/lore-linux-mm.
// - Outlook's "on behalf of" from Sender: learn.microsoft.com "Allow members to send as or send on
//   behalf of a group"; alex-oleshkevich/mailers PR #10 ("Outlook displays … Sender on behalf of From").
// - Gateways: realworld125 (Mimecast eu-smtp-delivery-151, ARC d=mimecast.com s=arc-2018;
//   Proofpoint Essentials dispatch1-us1.ppe-hosted.com; Barracuda 209.222.80.0/21), gateway-layouts.ts.
//   NOT confirmed: Mimecast's exact ARC-Authentication-Results wording for an SPF fail.
// Names and addresses are documentation ones except the providers' own (Google 209.85.128.0/17,
// Exchange Online 40.107.0.0/16, Mimecast 185.58.84.0/22, Proofpoint Essentials 148.163.129.0/24,
// Barracuda 209.222.80.0/21); every key is the corpus key.

import type { CaseExpectation } from '../../helpers/corpus';
import { sealAs } from '../gateway-layouts';
import { emitCase, GMAIL, KEY, legitCorpus, NOT_TRUSTED, OUTLOOK, ptr, type Relay, signAll } from '../kit';
import { mailmanFooter, mailmanHeaders } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { dovecotLmtp, eopDelivery, eopPass, gmailDelivery, MIMECAST, mimecastEntry } from '../receivers';
import { postfixEntry } from '../rounds-kit';

const STORED = 'Fri, 20 Nov 2026 10:00:09 +0000';
const DELIVERED = 'Fri, 20 Nov 2026 10:00:07 +0000';
const AT_GATEWAY = 'Fri, 20 Nov 2026 10:00:04 +0000';
const r = (helo: string, ip: string, rdns = helo): Relay => ({ helo, rdns, ip });

const DOMAIN = 'quayside-law.example';
const BOX = `mail.${DOMAIN}`;
const BOX_IP = '203.0.113.25';
const RCPT = `robin@${DOMAIN}`;
const BOX_ARGS = ['--authserv-id', BOX, '--recipient-domain', DOMAIN];

const AUTHENTICATED: CaseExpectation = {
  verdict: 'authenticated',
  notVerdict: ['spoofed', 'suspicious'],
  fields: { 'dmarc.result': 'pass' },
};
const CHANGED_BY_LIST: CaseExpectation = {
  verdict: 'unverified',
  notVerdict: ['spoofed', 'suspicious'],
  findings: ['list-modified'],
};

// ---- The lists ----------------------------------------------------------------------------------
interface List {
  slug: string;
  label: string;
  relay: Relay;
  host: string;
  envelope: string;
  /** Header fields the list writes (Sender among them). */
  fields: string[];
  /** Subject tag and footer the list adds (they break the author's signature), if any. */
  tag?: string;
  footer?: string;
  zone: Record<string, unknown>;
}

interface Author {
  name: string;
  address: string;
  domain: string;
  policy: string;
}

const author = (name: string, local: string, domain: string, policy: string): Author => ({
  name,
  address: `${local}@${domain}`,
  domain,
  policy,
});
const PRIYA = author('Priya Shah', 'priya', 'brightwell-legal.example', 'quarantine');
const OWEN = author('Owen Marsh', 'owen', 'marsh-conveyancing.example', 'reject');
const LENA = author('Lena Fischer', 'lena', 'fischer-notar.example', 'none');
const authorZone = (a: Author) => ({
  [`s1._domainkey.${a.domain}`]: KEY(),
  [a.domain]: { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
  [`_dmarc.${a.domain}`]: { TXT: [`v=DMARC1; p=${a.policy}`] },
});

const MM_HOST = 'lists.conveyancers.example';
const MM_RELAY = r(`mail.${MM_HOST}`, '192.0.2.81');
const mailman = (tagged: boolean): List => ({
  slug: tagged ? 'mailman21-tagged' : 'mailman21',
  label: tagged
    ? `A Mailman 2.1 list (property-law@${MM_HOST}) that writes its Sender "property-law" <property-law-bounces@${MM_HOST}>, its List-* fields, a [Property-law] subject prefix and its footer: the author's signature breaks and verifies once they are undone`
    : `A Mailman 2.1 list (property-law@${MM_HOST}) with no subject prefix and no footer: it writes its Sender "property-law" <property-law-bounces@${MM_HOST}> and its List-* fields and keeps the author's signature intact`,
  relay: MM_RELAY,
  host: MM_HOST,
  envelope: `property-law-bounces@${MM_HOST}`,
  fields: mailmanHeaders('property-law', MM_HOST, 'Property-law'),
  ...(tagged
    ? { tag: '[Property-law] ', footer: mailmanFooter('property-law', MM_HOST, 'Property-law') }
    : {}),
  zone: {
    ...ptr(MM_RELAY.ip, MM_RELAY.rdns),
    [MM_HOST]: { TXT: [`v=spf1 ip4:${MM_RELAY.ip} -all`] },
  },
});
const MAILMAN = mailman(false);
const MAILMAN_TAGGED = mailman(true);

const SYMPA_HOST = 'listes.notariat.example';
const SYMPA_RELAY = r(`sympa.${SYMPA_HOST}`, '192.0.2.91');
const SYMPA: List = {
  slug: 'sympa',
  label: `A Sympa list (immobilier@${SYMPA_HOST}) that writes Sender: immobilier-request@${SYMPA_HOST}, List-Id <immobilier.${SYMPA_HOST}>, List-Post, and bounces to immobilier-owner@${SYMPA_HOST}; no tag, no footer`,
  relay: SYMPA_RELAY,
  host: SYMPA_HOST,
  envelope: `immobilier-owner@${SYMPA_HOST}`,
  fields: [
    `Sender: immobilier-request@${SYMPA_HOST}`,
    `List-Id: <immobilier.${SYMPA_HOST}>`,
    `List-Help: <mailto:sympa@${SYMPA_HOST}?subject=help>`,
    `List-Subscribe: <mailto:sympa@${SYMPA_HOST}?subject=subscribe%20immobilier>`,
    `List-Unsubscribe: <mailto:sympa@${SYMPA_HOST}?subject=unsubscribe%20immobilier>`,
    `List-Post: <mailto:immobilier@${SYMPA_HOST}>`,
    `List-Owner: <mailto:immobilier-request@${SYMPA_HOST}>`,
    `List-Archive: <https://${SYMPA_HOST}/sympa/arc/immobilier>`,
    'Precedence: list',
  ],
  zone: {
    ...ptr(SYMPA_RELAY.ip, SYMPA_RELAY.rdns),
    [SYMPA_HOST]: { TXT: [`v=spf1 ip4:${SYMPA_RELAY.ip} -all`] },
  },
};

const LSV_HOST = 'listserv.uni-hafen.example';
const LSV_RELAY = r(LSV_HOST, '192.0.2.101');
const LISTSERV: List = {
  slug: 'listserv',
  label: `A LISTSERV list in its "Full" header style (LAW-L@${LSV_HOST.toUpperCase()}): Sender the list, envelope owner-LAW-L@${LSV_HOST.toUpperCase()}, no List-Id, author's signature intact`,
  relay: LSV_RELAY,
  host: LSV_HOST,
  envelope: `owner-LAW-L@${LSV_HOST.toUpperCase()}`,
  fields: [
    `Sender: Property and land law discussion <LAW-L@${LSV_HOST.toUpperCase()}>`,
    `Reply-To: Property and land law discussion <LAW-L@${LSV_HOST.toUpperCase()}>`,
    `List-Unsubscribe: <mailto:LAW-L-signoff-request@${LSV_HOST.toUpperCase()}>`,
  ],
  zone: {
    ...ptr(LSV_RELAY.ip, LSV_RELAY.rdns),
    [LSV_HOST]: { TXT: [`v=spf1 ip4:${LSV_RELAY.ip} -all`] },
  },
};

/** The attacker's list dress at the bank's list host, sent from his own server. */
const BANK_LISTS = 'lists.northbank.example';
const ATTACKER_RELAY = r('mail.settlement-desk.example', '198.51.100.66');
const FORGED: List = {
  slug: 'forged-bank-list',
  label: `FORGED: the attacker sends from his own server ${ATTACKER_RELAY.rdns} [${ATTACKER_RELAY.ip}] as his own authenticated domain settlement-desk.example (p=reject, aligned DKIM) and writes Sender: "Northbank Security" <security-bounces@${BANK_LISTS}>, List-Id and List-Post at ${BANK_LISTS} and the envelope security-bounces@${BANK_LISTS}, so that Outlook shows "Northbank Security on behalf of Settlement Desk"; the bank's SPF for ${BANK_LISTS} names only its own server`,
  relay: ATTACKER_RELAY,
  host: BANK_LISTS,
  envelope: `security-bounces@${BANK_LISTS}`,
  fields: [
    `Sender: "Northbank Security" <security-bounces@${BANK_LISTS}>`,
    `List-Id: Northbank Security <security.${BANK_LISTS}>`,
    `List-Post: <mailto:security@${BANK_LISTS}>`,
    `List-Unsubscribe: <mailto:security-request@${BANK_LISTS}?subject=unsubscribe>`,
    'Precedence: list',
  ],
  zone: {
    ...ptr(ATTACKER_RELAY.ip, ATTACKER_RELAY.rdns),
    [BANK_LISTS]: { TXT: ['v=spf1 ip4:192.0.2.10 -all'] },
    'northbank.example': { TXT: ['v=spf1 ip4:192.0.2.10 -all'] },
    '_dmarc.northbank.example': { TXT: ['v=DMARC1; p=reject'] },
  },
};
const DESK = author('Settlement Desk', 'payments', 'settlement-desk.example', 'reject');

/** The post as the list hands it on: signed by the author, the list's fields and changes on top. */
async function post(l: List, a: Author, tag: string): Promise<string> {
  const signed = await signAll(
    submitted({
      from: `${a.name} <${a.address}>`,
      to: l === FORGED ? `Quayside Law <${RCPT}>` : `property-law@${l.host}`,
      subject: l === FORGED ? 'Change of settlement account for completions' : 'Search fees from January',
      date: 'Fri, 20 Nov 2026 09:58:00 +0000',
      messageId: `<134${tag}.${a.address.replace('@', '.')}@${a.domain}>`,
      body:
        l === FORGED
          ? 'Dear colleagues,\r\n\r\nfrom Monday completion monies go to our new client account; details attached.\r\n\r\nSettlement Desk\r\n'
          : 'Colleagues,\r\n\r\nthe council has published its search fees from January; they rise by about six per cent.\r\n\r\nRegards\r\n',
    }),
    [[a.domain, 's1']],
  );
  let listed = signed;
  if (l.tag) listed = listed.replace(/^Subject: /m, `Subject: ${l.tag}`);
  if (l.footer) listed = `${listed}${l.footer}`;
  return onTop(
    listed,
    ...l.fields,
    `Received: from mail.${a.domain} (mail.${a.domain} [198.51.100.44])\r\n\tby ${l.relay.helo} (Postfix) with ESMTPS id 4Zz134${tag}0\r\n\tfor <${l.fields.some((f) => f.startsWith('List-Post')) ? `x@${l.host}` : `law-l@${l.host}`}>; Fri, 20 Nov 2026 09:58:02 +0000`,
  );
}

// ---- The box ------------------------------------------------------------------------------------
/** What the box's rspamd records, checking SPF at the address of the host that handed it over. */
const boxAr = (l: List, a: Author, at: Relay, dkim: 'pass' | 'fail', spf: string) =>
  `Authentication-Results: ${BOX};\r\n\tdkim=${dkim}${dkim === 'fail' ? ' (body hash did not verify)' : ''} header.d=${a.domain} header.s=s1 header.b=Q29ycHVz;\r\n\tspf=${spf} (${BOX}: domain of ${l.envelope} ${spf === 'pass' ? 'designates' : 'does not designate'} ${at.ip} as permitted sender) smtp.mailfrom=${l.envelope};\r\n\tdmarc=${dkim === 'pass' ? 'pass' : 'fail'} (policy=${a.policy}) header.from=${a.domain}`;

const intoBox = (
  below: string,
  l: List,
  a: Author,
  at: Relay,
  tag: string,
  dkim: 'pass' | 'fail',
  spf: string,
) =>
  onTop(
    below,
    `Return-Path: <${l.envelope}>`,
    `Delivered-To: ${RCPT}`,
    dovecotLmtp(BOX, l.envelope, RCPT, `mC4nLy134${tag}AAXi0Z`, STORED),
    boxAr(l, a, at, dkim, spf),
    postfixEntry(at, BOX, `4Zz134${tag}9`, RCPT, DELIVERED),
  );

const box = { [BOX]: { A: [BOX_IP] } };
const boxMx = { [DOMAIN]: { MX: [{ priority: 10, exchange: BOX }] } };

interface Reader {
  slug: string;
  why: string;
  args: string[];
  zone: Record<string, unknown>;
  deliver: (l: List, a: Author, tag: string) => Promise<string>;
}

const spfAtList = (l: List) => (l === FORGED ? 'fail' : 'pass');
const dkimAfterList = (l: List): 'pass' | 'fail' => (l.tag ? 'fail' : 'pass');

const DIRECT: Reader = {
  slug: 'box',
  why: `The list delivers straight to the firm's Postfix + rspamd box ${BOX} (the domain's only MX), whose rspamd checks SPF at the list server's address`,
  args: BOX_ARGS,
  zone: { ...boxMx, ...box },
  deliver: async (l, a, tag) =>
    intoBox(await post(l, a, tag), l, a, l.relay, tag, dkimAfterList(l), spfAtList(l)),
};

const MIMECAST_FRONT: Reader = {
  slug: 'mimecast',
  why: `${DOMAIN}'s MX is Mimecast (eu-smtp-inbound-1/2.mimecast.com), which the reader has not named; Mimecast checks the list server, seals its record (ARC d=mimecast.com s=arc-2018) and delivers from ${MIMECAST.rdns} [${MIMECAST.ip}] to ${BOX}, whose rspamd checks SPF at Mimecast's address`,
  args: BOX_ARGS,
  zone: {
    [DOMAIN]: {
      MX: [
        { priority: 10, exchange: 'eu-smtp-inbound-1.mimecast.com' },
        { priority: 10, exchange: 'eu-smtp-inbound-2.mimecast.com' },
      ],
    },
    ...box,
    ...ptr(MIMECAST.ip, MIMECAST.rdns),
    'arc-2018._domainkey.mimecast.com': KEY(),
  },
  deliver: async (l, a, tag) => {
    const at = mimecastEntry(await post(l, a, tag), l.relay, `Xq1bN4pDMk${tag}-1`, AT_GATEWAY);
    const spf = spfAtList(l);
    const dkim = dkimAfterList(l);
    const sealed = await sealAs(at, {
      domain: 'mimecast.com',
      selector: 'arc-2018',
      cv: 'none',
      authResults: `relay.mimecast.com; dkim=${dkim} header.d=${a.domain} header.s=s1; spf=${spf} (relay.mimecast.com: domain of ${l.envelope} ${spf === 'pass' ? 'designates' : 'does not designate'} ${l.relay.ip} as permitted sender) smtp.mailfrom=${l.envelope}; dmarc=${dkim} (policy=${a.policy}) header.from=${a.domain}`,
    });
    return intoBox(sealed, l, a, MIMECAST, tag, dkim, 'fail');
  },
};

const PPE_OUT = r('dispatch1-us1.ppe-hosted.com', '148.163.129.52');
const PPE: Reader = {
  slug: 'ppe',
  why: `${DOMAIN}'s MX is Proofpoint Essentials (mx1-us1/mx2-us1.ppe-hosted.com), which the reader has not named; it passes the message on to ${BOX} from ${PPE_OUT.rdns} [${PPE_OUT.ip}] writing no Authentication-Results; the box's rspamd checks SPF at Proofpoint's address`,
  args: BOX_ARGS,
  zone: {
    [DOMAIN]: {
      MX: [
        { priority: 10, exchange: 'mx1-us1.ppe-hosted.com' },
        { priority: 20, exchange: 'mx2-us1.ppe-hosted.com' },
      ],
    },
    ...box,
    ...ptr(PPE_OUT.ip, PPE_OUT.rdns),
  },
  deliver: async (l, a, tag) =>
    intoBox(
      onTop(
        await post(l, a, tag),
        `Received: from ${l.relay.helo} (${l.relay.rdns} [${l.relay.ip}])\r\n\tby mx1-us1.ppe-hosted.com (PPE Hosted ESMTP Server) with ESMTPS id 5A1C2B4${tag}74\r\n\tfor <${RCPT}>; ${AT_GATEWAY}`,
      ),
      l,
      a,
      PPE_OUT,
      tag,
      dkimAfterList(l),
      'fail',
    ),
};

const CUDA_OUT = r('d209-222-82-10.ess.barracudanetworks.com', '209.222.82.10');
const cuda = (trusted: boolean): Reader => ({
  slug: trusted ? 'barracuda-trusted' : 'barracuda',
  why: `${DOMAIN}'s MX is Barracuda Email Gateway Defense (d134134a/b.ess.barracudanetworks.com)${trusted ? ', trusted by the reader by its published range (--trust-gateway 209.222.80.0/21), so HeaderLens checks SPF at the list server behind it' : ', which the reader has not named'}; it delivers from ${CUDA_OUT.rdns} [${CUDA_OUT.ip}] to ${BOX}, whose rspamd checks SPF at Barracuda's address`,
  args: trusted ? [...BOX_ARGS, '--trust-gateway', '209.222.80.0/21'] : BOX_ARGS,
  zone: {
    [DOMAIN]: {
      MX: [
        { priority: 10, exchange: 'd134134a.ess.barracudanetworks.com' },
        { priority: 10, exchange: 'd134134b.ess.barracudanetworks.com' },
      ],
    },
    ...box,
    ...ptr(CUDA_OUT.ip, CUDA_OUT.rdns),
  },
  deliver: async (l, a, tag) =>
    intoBox(
      onTop(
        await post(l, a, tag),
        `X-Barracuda-Connect: ${l.relay.rdns}[${l.relay.ip}]`,
        'X-Barracuda-Start-Time: 1763632804',
        `X-Barracuda-Envelope-From: ${l.envelope}`,
        `Received: from ${l.relay.helo} (${l.relay.rdns} [${l.relay.ip}]) by d134134a.ess.barracudanetworks.com with ESMTP id Vw3Tt134${tag}X1 for <${RCPT}>; ${AT_GATEWAY}`,
      ),
      l,
      a,
      CUDA_OUT,
      tag,
      dkimAfterList(l),
      'fail',
    ),
});
const CUDA = cuda(false);
const CUDA_TRUSTED = cuda(true);

const GMAIL_READER: Reader = {
  slug: 'gmail',
  why: 'Read in Gmail (robin.reader@gmail.com): Gmail checks SPF at the list server and records its results',
  args: GMAIL,
  zone: {},
  deliver: async (l, a, tag) => {
    const spf = spfAtList(l);
    const dkim = dkimAfterList(l);
    return gmailDelivery(await post(l, a, tag), {
      relay: l.relay,
      envelope: l.envelope,
      ids: [`x134csp${tag}pxa`, `a134si${tag}qtb.34`],
      spf: spf === 'pass' ? 'pass' : 'fail',
      results: `dkim=${dkim} header.i=@${a.domain} header.s=s1 header.b=Q29ycHVz;\r\n       spf=${spf} (google.com: domain of ${l.envelope} ${spf === 'pass' ? 'designates' : 'does not designate'} ${l.relay.ip} as permitted sender) smtp.mailfrom=${l.envelope};\r\n       dmarc=${dkim} (p=${a.policy.toUpperCase()} sp=${a.policy.toUpperCase()} dis=NONE) header.from=${a.domain}`,
    });
  },
};

const OUTLOOK_READER: Reader = {
  slug: 'outlook',
  why: 'Read in Outlook on the web (Exchange Online), which shows "<Sender> on behalf of <From>"; EOP checks SPF at the list server',
  args: OUTLOOK,
  zone: {},
  deliver: async (l, a, tag) => {
    const p = eopPass(
      l.relay,
      l.envelope.replace(/^.*@/, '').toLowerCase(),
      `dkim=${dkimAfterList(l)} (signature was verified)\r\n header.d=${a.domain}`,
      a.domain,
    );
    return eopDelivery(await post(l, a, tag), { ...p, returnPath: `<${l.envelope}>` });
  },
};

// Fixed at 03:52 on 2026-12-06 (the lead), each read wrong on the round's base:
// - realworld134-forged-bank-list-{box,gmail,outlook,outlook-no-options,barracuda-trusted,mimecast}
//   read AUTHENTICATED (sender-other-org low): the hour-old listsEnvelope rule lowered a list's own
//   Sender whatever SPF said. lib/findings/sender.ts now lowers it only where our SPF check ran at
//   an untrusted gateway's address and the gateway recorded no SPF failure: suspicious again.
// Kept out by choice (the lead, 04:00): realworld134-listserv-mimecast reads SUSPICIOUS
// (reply-to-other-org medium): LISTSERV's "Full" header style writes Reply-To the list after the
// author signed, and with the author's signature intact the Reply-To is unsigned. Taking it as the
// list's own (tried at 03:52) read probe33-listserv-reply-to-list-replay, the bank's intact notice
// replayed dressed as LISTSERV with the attacker's Reply-To, authenticated.
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const one = async (
    rd: Reader,
    l: List,
    a: Author,
    tag: string,
    expect: CaseExpectation,
    o: { slug?: string; wanted?: string; twin?: boolean } = {},
  ) =>
    emitCase(write, {
      name: `realworld134-${o.slug ?? `${l.slug}-${rd.slug}`}`,
      about: `${rd.why}. ${l.label}. Author ${a.address} (p=${a.policy}). ${rd.args.join(' ')}. Wanted: ${o.wanted ?? "authenticated (the author's aligned signature survives the list; the list's own Sender is at most a low note), never spoofed"}.`,
      class: `realworld134-${l === FORGED ? 'forged-list-sender' : 'list-sender'}`,
      args: rd.args,
      eml: await rd.deliver(l, a, tag),
      zone: { ...rd.zone, ...l.zone, ...authorZone(a) },
      expect,
      twin: o.twin,
    });

  // ---- Genuine: the author's signature intact
  await one(DIRECT, MAILMAN, PRIYA, 'a1', AUTHENTICATED, { twin: true });
  await one(CUDA, MAILMAN, OWEN, 'a2', AUTHENTICATED);
  await one(CUDA_TRUSTED, MAILMAN, OWEN, 'a3', AUTHENTICATED);
  await one(MIMECAST_FRONT, MAILMAN, PRIYA, 'a4', AUTHENTICATED);
  await one(PPE, SYMPA, LENA, 'a5', AUTHENTICATED);
  await one(
    MIMECAST_FRONT,
    LISTSERV,
    OWEN,
    'a6',
    { verdict: 'suspicious', notVerdict: ['spoofed'], findings: ['reply-to-other-org'] },
    {
      wanted:
        "authenticated by the helper; kept suspicious by the lead: LISTSERV's Reply-To to the list, written after the author signed, is unsigned beside the intact signature, as a replayer's is (probe33-listserv-reply-to-list-replay); never spoofed",
    },
  );
  await one(GMAIL_READER, MAILMAN, OWEN, 'a7', AUTHENTICATED, { twin: true });
  await one(OUTLOOK_READER, SYMPA, PRIYA, 'a8', AUTHENTICATED, { twin: true });

  // ---- Genuine: the list's tag and footer break the author's signature
  const brokenWanted =
    "unverified, changed-by-list (README row 12: the author's signature verifies once the list's [tag] and footer are undone), never spoofed";
  await one(DIRECT, MAILMAN_TAGGED, PRIYA, 'b1', CHANGED_BY_LIST, { wanted: brokenWanted });
  await one(CUDA, MAILMAN_TAGGED, OWEN, 'b2', CHANGED_BY_LIST, { wanted: brokenWanted });
  await one(GMAIL_READER, MAILMAN_TAGGED, OWEN, 'b3', CHANGED_BY_LIST, { wanted: brokenWanted });

  // ---- Attack twins: the bank's list host written over the attacker's own authenticated mail
  const forgedWanted =
    "not authenticated: the Sender Outlook shows first names the bank's list host, and the check that can see it (our SPF at the attacker's server, or the gateway's sealed record) finds the list's envelope failing there: sender-other-org stays medium (row 7, suspicious)";
  await one(DIRECT, FORGED, DESK, 'c1', NOT_TRUSTED, { wanted: forgedWanted });
  await one(GMAIL_READER, FORGED, DESK, 'c2', NOT_TRUSTED, { wanted: forgedWanted });
  await one(OUTLOOK_READER, FORGED, DESK, 'c3', NOT_TRUSTED, { wanted: forgedWanted, twin: true });
  await one(CUDA_TRUSTED, FORGED, DESK, 'c4', NOT_TRUSTED, { wanted: forgedWanted });
  await one(MIMECAST_FRONT, FORGED, DESK, 'c5', NOT_TRUSTED, { wanted: forgedWanted });
}
