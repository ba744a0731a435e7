// Red-team probes, seventeenth round (December 2026): the rules as they stand after 85a9469.
// - lib/attached.ts vouches(): an --attached report vouches for its original's delivery lines when
//   it is mail inside the receiver (`origin.insideReceiver`) or authenticates for a From domain of
//   the organisation the receiver delivered it to. That organisation is the ICANN registrable
//   domain of the recipient: a reader on gmail.com (or on a dynamic-DNS name under a private
//   suffix) shares it with every other account there. And an insider's report carries whatever the
//   insider's mailbox held: a .eml the attacker attached to its own mail survives an inline
//   forward (Outlook's "Forward", Thunderbird's default) as the report's first message/rfc822
//   part, and a ticket system or web form on the box relays an outsider's upload as its own local
//   mail (insideReceiver). In each, the forged bank delivery inside is read as delivered.
// - lib/message/received.ts fromSide: CommuniGate Pro's unresolved form `from [IP] (HELO name)`
//   keeps its from-word address only when no comment holds one; the client's own HELO comment
//   counts as one, so "EHLO [192.0.2.10]" (an address literal, RFC 5321 §4.1.3) picks the bank's.
// - The same file, MDaemon's HELO-only line with no X-MDRemoteIP row: the fallback is the address
//   the line shows, which there is inside the client's HELO.
// - lib/findings/receiver-record.ts key-gone-since-delivery: a receiver that records SPF alone,
//   and recorded the bank's own envelope failing, still lets a made-up selector pass as retired.
// - Google Groups of the reader's own domain re-send an outsider's post (and attachment) as the
//   organisation's authenticated mail, From rewritten "'X' via Group".
// - Controls: the forward-as-attachment shapes (the first attached message is the attacker's own
//   delivery), an outsider's report with forged Exchange-internal hops, a Delivered-To written under
//   the receiver's line, a look-alike of --recipient-domain, a co-customer of a shared host writing
//   through its webmail as its own domain, a quoted RCPT TO naming the attacker's
//   domain (Postfix's angle form, read whole since 22:1x), qmail's and CommuniGate's ordinary HELOs.
// probe13 (--attached with no Received, forged own results, the old-key original, the forged bank
// delivery attached by an outsider), probe16 (the NAT/proxy receiver, MDaemon's row, the quoted
// RCPT TO behind a NAT) and README's "What still fools HeaderLens" are not repeated. Every case's
// meta says the attack and what is wanted.
import { signCorpus } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import {
  ATTACHED_BOX,
  ATTACHED_GMAIL,
  ATTACHED_OUTLOOK,
  ATTACKER_IP,
  authenticZone,
  BANK,
  BANK_FROM,
  BANK_IP,
  emitCase,
  GMAIL_OUT,
  KEY,
  NOT_TRUSTED,
  ptr,
  RECEIVER,
  type Relay,
  SPOOFED,
  signAll,
} from '../kit';
import type { CaseWriter } from '../make';
import {
  exchangeAlternative,
  exchangeItemMessage,
  type ForwardedEml,
  gmailForwardAsAttachment,
  onTop,
  received,
  rtNotification,
  submitted,
  thunderbirdWithEml,
} from '../messages';
import { eopDelivery, exchangeMapiHop, gmailDelivery, gmailDmarc, gmailSpf } from '../receivers';
import {
  ATTACKER_RELAY,
  BANK_ENVELOPE,
  BANK_RELAY,
  bankNotice,
  DANA_LINK_LOCAL,
  DANA_SERVER,
  exoInternal,
  forgedBoxDelivery,
  HL,
  HL_TENANT,
  HL_ZONE,
  probeCorpus,
  READER_DOMAIN,
  readerZone,
  STATEMENT_SUBJECT,
} from '../rounds-kit';

/**
 * Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed (see the seventeenth round's report). Each comment: what it reads, what it should, which rule.
 */
// Fixed at 22:2x (each now in the corpus): vouches() (lib/attached.ts) names no organisation by a
// free-mail or sign-up recipient, compares owners with the PSL's private section, takes no report
// with list evidence, and takes a report written on the box only when a person submitted it with a
// login; a HELO comment is never the client's address (lib/message/received.ts); and
// key-gone-since-delivery stands back on the receiver's recorded SPF failure for the From's own
// envelope. Still through: the colleague's inline forward that carries the attacker's .eml, and
// MDaemon without its row when the HELO carries an address comment (unconfirmed layout).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // "authenticated" (origin 192.0.2.10): a genuine insider's report vouches for the delivery lines
  // of the FIRST message/rfc822 part (lib/cli/batch/attached.ts), and an inline forward (Outlook's
  // "Forward", Thunderbird's default forward) keeps the forwarded message's own attachments: the
  // attacker's "statement.eml", a whole forged delivery by the reader's own receiver, becomes the
  // "original". Wanted: not trusted. Rule at fault: vouches() assumes the attached part is what
  // reached the insider's mailbox. Fix, by strength: (a) Exchange Online: believe an attached
  // original's EOP lines only under Microsoft's own ARC set on it (EOP seals inbound mail, i=1
  // d=microsoft.com, its ARC-Authentication-Results naming the sender IP): verifying, and naming
  // the entry's IP; the attacker cannot write that seal; (b) elsewhere, vouch only when the report
  // is a forward-as-attachment of that very message: its Subject (less FW:/Fwd:/Phishing: and a
  // "3|" prefix) equals the original's and its text quotes no other message's header block
  // ("From: … Sent: …", "-------- Forwarded Message --------"); this only raises the bar (a lure
  // can share its item's Subject); (c) or make the delivery lines of any attached original count
  // only with an explicit option. Risk: (a) genuine reports of EOP-delivered originals stored
  // without the ARC set (older mail, mail moved from other systems) lose their delivery lines; (b)
  // an analyst's own inline forward of a report it received loses them too; both read with only
  // the original's signatures, never as authenticated forgeries.
  'probe17-att-m365-colleague-inline-forward-carries-sender-item',
  'probe17-att-box-colleague-thunderbird-inline-forward-carries-eml',
  // "authenticated" (origin 192.0.2.10): parseReceivedChain reads an MDaemon HELO-only line as
  // `remoteIpRow(headers, h) ?? r.ip`; without MDaemon's X-MDRemoteIP row it falls back to the
  // address the line shows, which on that line is inside the client's HELO text
  // ("mail.northbank.example ([192.0.2.10])"). Wanted: spoofed. Fix: on a line with remoteIpRow,
  // take no address from its from clause (an unaddressed entry, as probe13 fixed for the HELO
  // literal), or take MDaemon's own record of the client from its block (the X-MDHeloLookup-Result
  // row's address) when the row is missing. Risk: genuine SPF-only mail through an MDaemon that
  // writes neither row reads with no address (DKIM decides), as mail through a v10 box without the
  // row did before 22:1x.
  'probe17-mdaemon-no-row-helo-address-comment',
]);

export async function makeAll(write: CaseWriter): Promise<void> {
  await freemailReader(write);
  await privateSuffixReader(write);
  await m365InlineForward(write);
  await boxInlineForward(write);
  await boxSoftwareRelays(write);
  await workspaceGroup(write);
  await outsiderReports(write);
  communigateHelo(write);
  mdaemonNoRow(write);
  await oldSpoofRecordedSpfFail(write);
}

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

// ---------------------------------------------------------------------------------------------
// Report shapes (MIME as the clients write it; see test/corpus/legit/attached.ts for the sources)
// ---------------------------------------------------------------------------------------------

/** Gmail's "Forward as attachment" (personal account): mixed around alternative, the .eml named after its Subject. */
const gmailReport = (o: Omit<ForwardedEml, 'date' | 'filename'> & { tag: string }) =>
  gmailForwardAsAttachment({
    ...o,
    date: 'Fri, 20 Nov 2026 02:31:12 -0800',
    filename: `${STATEMENT_SUBJECT.replace(/:/g, '')}.eml`,
    mixed: `000000000000${o.tag}6a1f2e3d4c`,
    alt: `000000000000${o.tag}6a1f2e3d4a`,
    messageId: `CAH7vR2k${o.tag}p4Ws9Qx1Lm3Nb8Zt6Yc0Jd5Kf@mail.gmail.com`,
    attachmentId: `19a${o.tag}c2_0.1`,
  });

/** Thunderbird's message with one .eml part: its header order and ------------ boundary. */
function thunderbirdMessage(o: ForwardedEml & { domain: string }): string {
  return thunderbirdWithEml({
    ...o,
    boundary: '------------Zq3Wm8Lr1Tx6Hc0Vb4Ny7Pk2',
    messageId: `5d2e9a7c-41b3-4f0e-b8d6-7c1a2e3f4b5d@${o.domain}`,
  });
}

// ---------------------------------------------------------------------------------------------
// 1. A reader on free mail: every other account there is "the organisation".
// ---------------------------------------------------------------------------------------------

const GMAIL_READER = 'robin.reader@gmail.com';
const GMAIL_ZONE = {
  ...ptr(GMAIL_OUT.ip, GMAIL_OUT.rdns),
  'gmail.com': { TXT: ['v=spf1 redirect=_spf.google.com'] },
  '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ip6:2001:4860:4000::/36 ~all'] },
  '20230601._domainkey.gmail.com': KEY(),
  '_dmarc.gmail.com': { TXT: ['v=DMARC1; p=none; sp=quarantine; rua=mailto:mailauth-reports@google.com'] },
};

/** The bank's notice with Gmail's delivery lines, as the attacker writes them (receivers.ts gmailDelivery). */
const forgedGmailDelivery = () =>
  gmailDelivery(bankNotice(`Robin Reader <${GMAIL_READER}>`), {
    relay: BANK_RELAY,
    envelope: BANK_ENVELOPE,
    results: `${gmailSpf(BANK_ENVELOPE, BANK_IP)}\r\n       ${gmailDmarc('northbank.example')}`,
    ids: ['x61csp1120447pxa', 'a640c23a62f3a-4b1d9f6e2c1si118833166b.402'],
    to: GMAIL_READER,
    spf: 'pass',
    deliveredTo: true,
  });

async function freemailReader(write: CaseWriter): Promise<void> {
  const original = forgedGmailDelivery();
  // The report: sent from a Gmail account of the attacker's, signed by gmail.com, delivered by Gmail.
  const sam = 'Sam Carter <sam.carter.1987@gmail.com>';
  const report = await signCorpus(
    gmailReport({
      from: sam,
      to: `Robin Reader <${GMAIL_READER}>`,
      subject: `Fwd: ${STATEMENT_SUBJECT}`,
      text: 'Robin, you know about these things: is this one really from Northbank? I got the same as you, I think.\r\n\r\nSam',
      original,
      tag: '7d3e',
    }),
    {
      domain: 'gmail.com',
      selector: '20230601',
      headerList: ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type'],
    },
  );
  emitCase(write, {
    name: 'probe17-att-gmail-reader-stranger-gmail-report-vouches',
    about:
      'A reader on a personal Gmail account (robin.reader@gmail.com) checks, with --attached, what "a friend" forwarded as attachment from another Gmail account (the attacker’s, sam.carter.1987@gmail.com): the attached "original" is a Northbank notice written with Gmail’s delivery lines, "Received: from mail.northbank.example (… [192.0.2.10]) by mx.google.com" and an mx.google.com Authentication-Results, all the attacker’s text. vouches() (lib/attached.ts) takes the report for an insider’s because it authenticates (gmail.com signs, SPF passes) for a From domain equal to the organisation of the recipient Gmail wrote in Delivered-To: gmail.com, which is every Gmail user. The forged hop is then the entry, SPF and DMARC pass for the bank. Wanted: not trusted (a free-mail domain is no organisation: only the original’s signatures count)',
    class: 'attached-vouch-freemail',
    args: ATTACHED_GMAIL,
    eml: gmailDelivery(report, {
      relay: GMAIL_OUT,
      envelope: 'sam.carter.1987@gmail.com',
      results: `dkim=pass header.i=@gmail.com header.s=20230601 header.b=R21haWw;\r\n       ${gmailSpf('sam.carter.1987@gmail.com', GMAIL_OUT.ip)}\r\n       ${gmailDmarc('gmail.com', 'NONE')}`,
      ids: ['x61csp1121893pxa', 'a640c23a62f3a-4b1d9f6e2c1si118840211b.455'],
      to: GMAIL_READER,
      spf: 'pass',
      deliveredTo: true,
    }),
    zone: { ...BANK, ...GMAIL_ZONE },
    expect: NOT_TRUSTED,
  });

  // Control: the same report from the attacker's own authenticated domain.
  const own = await signCorpus(
    gmailReport({
      from: 'Sam Carter <sam@attacker.example>',
      to: `Robin Reader <${GMAIL_READER}>`,
      subject: `Fwd: ${STATEMENT_SUBJECT}`,
      text: 'Robin, is this one really from Northbank?\r\n\r\nSam',
      original,
      tag: '8e4f',
    }),
    { domain: 'attacker.example', selector: 's1' },
  );
  emitCase(write, {
    name: 'probe17-att-gmail-reader-own-domain-report-control',
    about:
      'Control: the same forged Gmail delivery of the bank’s notice, attached to a report from the attacker’s own domain (attacker.example, SPF, DKIM and DMARC pass) to the Gmail reader: the report’s From is not the recipient’s organisation, the original’s delivery lines are set aside (attached-by-outsider), and the unsigned bank notice fails DMARC. Wanted: spoofed (holds today)',
    class: 'attached-vouch-freemail',
    args: ATTACHED_GMAIL,
    eml: gmailDelivery(own, {
      relay: ATTACKER_RELAY,
      envelope: 'sam@attacker.example',
      results: `dkim=pass header.i=@attacker.example header.s=s1 header.b=QXR0YWNr;\r\n       ${gmailSpf('sam@attacker.example', ATTACKER_IP)}\r\n       ${gmailDmarc('attacker.example')}`,
      ids: ['x61csp1122004pxa', 'a640c23a62f3a-4b1d9f6e2c1si118851377b.301'],
      to: GMAIL_READER,
      spf: 'pass',
      deliveredTo: true,
    }),
    zone: {
      ...BANK,
      ...GMAIL_ZONE,
      ...authenticZone('attacker.example', ATTACKER_IP),
      ...ptr(ATTACKER_IP, ATTACKER_RELAY.rdns),
    },
    expect: { ...SPOOFED, findings: ['attached-by-outsider'] },
  });
}

// ---------------------------------------------------------------------------------------------
// 2. A self-hosted box on a dynamic-DNS name: the PSL's private section is ignored.
// ---------------------------------------------------------------------------------------------

async function privateSuffixReader(write: CaseWriter): Promise<void> {
  const box = 'mx.robin-home.dynv6.net';
  const reader = 'robin@robin-home.dynv6.net';
  const evil = 'kd-mailer.dynv6.net';
  const original = onTop(
    bankNotice(`Robin <${reader}>`),
    `Return-Path: <${BANK_ENVELOPE}>`,
    `Delivered-To: ${reader}`,
    `Received: from ${box}\r\n\tby ${box} with LMTP\r\n\tid q7TnAf1vPWd2cQAAq2Xb7g\r\n\t(envelope-from <${BANK_ENVELOPE}>)\r\n\tfor <${reader}>; Fri, 20 Nov 2026 09:58:04 +0000`,
    `Authentication-Results: ${box};\r\n\tdkim=none;\r\n\tspf=pass (${box}: domain of ${BANK_ENVELOPE} designates ${BANK_IP} as permitted sender) smtp.mailfrom=${BANK_ENVELOPE};\r\n\tdmarc=pass (policy=reject) header.from=northbank.example`,
    received({
      ...BANK_RELAY,
      by: box,
      id: '4ZqC2d6Ym1z4xQa',
      for: reader,
      date: 'Fri, 20 Nov 2026 09:58:04 +0000',
    }),
  );
  const report = await signCorpus(
    thunderbirdMessage({
      from: `Kai Dorn <kai@${evil}>`,
      to: `Robin <${reader}>`,
      subject: `Fwd: ${STATEMENT_SUBJECT}`,
      date: 'Fri, 20 Nov 2026 10:31:12 +0000',
      text: 'Robin, you run your own mail server: does this look real to you? Kai',
      original,
      filename: `${STATEMENT_SUBJECT.replace(/:/g, '')}.eml`,
      domain: evil,
    }),
    { domain: evil, selector: 's1' },
  );
  emitCase(write, {
    name: 'probe17-att-dynv6-box-sibling-subdomain-report-vouches',
    about:
      'A reader who self-hosts mail on a dynamic-DNS name (Postfix and Dovecot at mx.robin-home.dynv6.net; dynv6.net is in the Public Suffix List’s private section, each name there a separate owner, and its zones take TXT records) gets a forward-as-attachment from kai@kd-mailer.dynv6.net, a name the attacker registered next to it, with SPF, DKIM and DMARC of its own. vouches() (lib/attached.ts) compares the report’s From with the recipient’s organisation by the ICANN section only (registrableDomain): both are "dynv6.net", so the stranger’s report vouches and the attached forged bank delivery ("by mx.robin-home.dynv6.net" from 192.0.2.10) is read as delivered. README promises the private section elsewhere (a self-hosted mx.you.duckdns.org is not evil.duckdns.org). Wanted: not trusted',
    class: 'attached-vouch-private-suffix',
    args: ['--authserv-id', box, '--attached'],
    eml: onTop(
      report,
      `Return-Path: <kai@${evil}>`,
      `Delivered-To: ${reader}`,
      `Received: from ${box}\r\n\tby ${box} with LMTP\r\n\tid w2RkBf1vPWd9cwAAq2Xb7g\r\n\t(envelope-from <kai@${evil}>)\r\n\tfor <${reader}>; Fri, 20 Nov 2026 10:31:15 +0000`,
      `Authentication-Results: ${box};\r\n\tdkim=pass header.d=${evil} header.s=s1 header.b=S2FpRG9y;\r\n\tspf=pass (${box}: domain of kai@${evil} designates ${ATTACKER_IP} as permitted sender) smtp.mailfrom=kai@${evil};\r\n\tdmarc=pass (policy=reject) header.from=${evil}`,
      received({
        helo: `mail.${evil}`,
        rdns: `mail.${evil}`,
        ip: ATTACKER_IP,
        by: box,
        id: '4ZqC9k2Tn7z1yRb',
        for: reader,
        date: 'Fri, 20 Nov 2026 10:31:14 +0000',
      }),
    ),
    zone: { ...BANK, ...authenticZone(evil, ATTACKER_IP), ...ptr(ATTACKER_IP, `mail.${evil}`) },
    expect: NOT_TRUSTED,
  });
}

// ---------------------------------------------------------------------------------------------
// 3. A genuine colleague in Microsoft 365 forwards inline: the attacker's attachment is the report's.
// ---------------------------------------------------------------------------------------------

const DANA = `Dana Whitfield <dana.whitfield@${HL}>`;
const DANA_ADDR = `dana.whitfield@${HL}`;

/** An inbound Exchange Online delivery to Dana, EOP's results as given (receivers.ts eopDelivery). */
function eopToDana(raw: string, relay: Relay, envelope: string, pass: boolean): string {
  const ip = relay.ip;
  const mailfrom = envelope.split('@')[1]!;
  return eopDelivery(raw, {
    ip,
    helo: relay.helo,
    ar: pass
      ? `spf=pass (sender IP is ${ip})\r\n smtp.mailfrom=${mailfrom}; dkim=none (message not signed)\r\n header.d=none;dmarc=pass action=none\r\n header.from=${mailfrom};compauth=pass reason=100`
      : `spf=fail (sender IP is ${ip})\r\n smtp.mailfrom=${mailfrom}; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=oreject\r\n header.from=${mailfrom};compauth=fail reason=000`,
    spf: `${pass ? 'Pass' : 'Fail'} (protection.outlook.com: domain of ${mailfrom} ${pass ? 'designates' : 'does not designate'}\r\n ${ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ip}; helo=${relay.helo};${pass ? ' pr=C' : ''}`,
    returnPath: envelope,
    bottom: [
      `X-MS-Exchange-CrossTenant-Id: ${HL_TENANT}`,
      'X-MS-Exchange-Organization-Network-Message-Id: 9d1e2f3a-4b5c-46d7-8e9f-0a1b2c3d4e5f',
      'X-MS-Exchange-Organization-SCL: 1',
    ],
  });
}

/** Exchange's MIME for a message with one item attached (`_002_` mixed around the `_000_` alternative). */
function exchangeWithItem(o: {
  from: string;
  to: string;
  subject: string;
  date: string;
  text: string;
  item: string;
  itemName: string;
  id: string;
  mailbox: string;
}): string {
  return exchangeItemMessage({
    from: o.from,
    to: o.to,
    subject: o.subject,
    threadTopic: o.subject.replace(/^(?:FW|RE): /, ''),
    threadIndex: 'AQHbWr7dQm1Xy0pK9U2nT4hRz8s6cA==',
    date: o.date,
    messageId: `${o.id}@${o.mailbox}`,
    language: 'en-GB',
    mixed: `_002_${o.id}namp_`,
    first: exchangeAlternative(
      `_000_${o.id}namp_`,
      o.text,
      `<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dus-ascii"></head><body><div>${o.text.replace(/\r\n/g, '<br>')}</div></body></html>`,
    ),
    disposition: `attachment;\r\n\tfilename="${o.itemName}";\r\n\tcreation-date="Fri, 20 Nov 2026 10:02:11 GMT";\r\n\tmodification-date="Fri, 20 Nov 2026 10:02:11 GMT"`,
    item: o.item,
  });
}

/** What the attacker sent Dana: its own mail with the forged bank delivery attached as an item. */
function lureToDana(o: { from: string; forged: string }): string {
  return exchangeWithItem({
    from: o.from,
    to: DANA,
    subject: 'FW: Northbank statement - payment not received',
    date: 'Fri, 20 Nov 2026 10:02:11 +0000',
    text: 'Hi Dana,\r\n\r\nour bank sent us the notice below about your last payment (attached). Could you check with your accounts team and update the card as they ask?\r\n\r\nThanks,\r\nAccounts Payable',
    item: o.forged,
    itemName: 'Your November statement.eml',
    id: 'DB9PR02MB7311A4C3E2F1D0B9C8A7F6E5D4C3B2A1',
    mailbox: 'DB9PR02MB7311.eurprd02.prod.outlook.com',
  });
}

async function m365InlineForward(write: CaseWriter): Promise<void> {
  // The forged original: the bank's notice as the reader's own tenant would have delivered it.
  const forged = eopToDana(bankNotice(DANA), BANK_RELAY, BANK_ENVELOPE, true);
  const date = 'Fri, 20 Nov 2026 10:14:02 +0000';
  // Dana's Outlook "Forward" (inline): her note and the quoted header block, the item attachment kept.
  const quoted = `We do not pay Northbank by card as far as I know. Is this real?\r\n\r\nDana\r\n\r\n________________________________\r\nFrom: Accounts Payable <ap@corvane-supply.example>\r\nSent: Friday, November 20, 2026 10:02 AM\r\nTo: ${DANA}\r\nSubject: FW: Northbank statement - payment not received\r\n\r\nHi Dana,\r\n\r\nour bank sent us the notice below about your last payment (attached). Could you check with your accounts team and update the card as they ask?\r\n\r\nThanks,\r\nAccounts Payable`;
  emitCase(write, {
    name: 'probe17-att-m365-colleague-inline-forward-carries-sender-item',
    about:
      'A genuine colleague in a Microsoft 365 organisation (Dana, Exchange-internal: MAPI submission, HTTPS delivery) uses Outlook’s ordinary "Forward" on a supplier-looking lure that carried an attached item, "Your November statement.eml". An inline forward keeps the message’s attachments, so the report to phish@ has one message/rfc822 part, and it is the attacker’s item: the bank’s notice with a whole Exchange Online delivery written by the attacker (EOP entry "from mail.northbank.example (192.0.2.10) by BL02EPF00029927.mail.protection.outlook.com", EOP’s pass results, the tenant’s hops and CrossTenant-Id, all public). vouches() (lib/attached.ts) takes the insider’s report as vouching for the first attached message’s delivery lines, whoever wrote them: the forged entry is the origin and SPF and DMARC pass for the bank. What a colleague can vouch for is what reached her mailbox; this item reached it inside another message. Wanted: not trusted',
    class: 'attached-vouch-colleague-smuggle',
    args: ATTACHED_OUTLOOK,
    eml: exoInternal(
      exchangeWithItem({
        from: DANA,
        to: `Phish Reports <phish@${HL}>`,
        subject: 'FW: Northbank statement - payment not received',
        date,
        text: quoted,
        item: forged,
        itemName: 'Your November statement.eml',
        id: 'PH7PR11MB86004B1C2D3E4F5A6B7C8D9E0F1A2B3C',
        mailbox: DANA_SERVER,
      }),
      DANA_ADDR,
      date,
    ),
    zone: { ...HL_ZONE, ...BANK },
    expect: NOT_TRUSTED,
  });

  // Control: the same lure forwarded "as attachment": the first attached message is the lure as
  // EOP delivered it (from the attacker's address), not the item inside it.
  const lure = eopToDana(lureToDana({ from: BANK_FROM, forged }), ATTACKER_RELAY, BANK_ENVELOPE, false);
  const date2 = 'Fri, 20 Nov 2026 10:16:40 +0000';
  emitCase(write, {
    name: 'probe17-att-m365-colleague-fwd-as-attachment-of-lure-control',
    about:
      'Control: Dana uses "Forward as attachment" instead on a lure that itself claims to be the bank (From Northbank, envelope security@northbank.example, sent from 198.51.100.66) and carries the forged delivery as an item. The report’s first message/rfc822 part is the lure as her tenant received it (lib/cli/batch/attached.ts takes the first and never descends into it): its EOP entry names the attacker’s address, SPF fails and the bank’s p=reject DMARC fails. Wanted: spoofed (holds today)',
    class: 'attached-vouch-colleague-smuggle',
    args: ATTACHED_OUTLOOK,
    eml: exoInternal(
      exchangeWithItem({
        from: DANA,
        to: `Phish Reports <phish@${HL}>`,
        subject: 'FW: Northbank statement - payment not received',
        date: date2,
        text: 'Is this real? It asks me to update a card.\r\n\r\nDana',
        item: lure,
        itemName: 'FW Northbank statement - payment not received.eml',
        id: 'PH7PR11MB86005C2D3E4F5A6B7C8D9E0F1A2B3C4D',
        mailbox: DANA_SERVER,
      }),
      DANA_ADDR,
      date2,
    ),
    zone: { ...HL_ZONE, ...BANK },
    expect: SPOOFED,
  });
}

// ---------------------------------------------------------------------------------------------
// 4. A self-hosted box: Thunderbird's default (inline) forward from the office LAN.
// ---------------------------------------------------------------------------------------------

/** The reader's self-hosted box (kit.ts readerZone), its DMARC at p=quarantine with strict DKIM alignment. */
const READER_ZONE = readerZone('p=quarantine; adkim=s');

/** A colleague's submission over SASL from the office LAN, delivered by Dovecot LMTP to `rcpt`. */
function lanSubmitted(raw: string, o: { from: string; rcpt: string; date: string }): string {
  return onTop(
    raw,
    `Return-Path: <${o.from}>`,
    `Delivered-To: ${o.rcpt}`,
    `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid b8TnCf2vPWd3dAAAq2Xb7g\r\n\t(envelope-from <${o.from}>)\r\n\tfor <${o.rcpt}>; ${o.date}`,
    `Received: from [192.168.20.31] (unknown [192.168.20.31])\r\n\t(Authenticated sender: ${o.from})\r\n\tby ${RECEIVER} (Postfix) with ESMTPSA id 4ZqD1f8Vp2z3wXe\r\n\tfor <${o.rcpt}>; ${o.date}`,
  );
}

async function boxInlineForward(write: CaseWriter): Promise<void> {
  const mira = `Mira Patel <mira.patel@${READER_DOMAIN}>`;
  const forged = forgedBoxDelivery(`mira.patel@${READER_DOMAIN}`);
  const date = 'Fri, 20 Nov 2026 10:22:41 +0000';
  // Thunderbird's default forward (mail.forward_message_mode = 2, inline; recalled): the "Forwarded
  // Message" block in the text and the forwarded message's attachments kept as attachments.
  const text = `Is this one real? It came from a supplier.\r\n\r\nMira\r\n\r\n-------- Forwarded Message --------\r\nSubject: \tNorthbank statement - payment not received\r\nDate: \tFri, 20 Nov 2026 10:02:11 +0000\r\nFrom: \tAccounts Payable <ap@corvane-supply.example>\r\nTo: \t${mira}\r\n\r\nHi Mira, our bank sent us the attached notice about your last payment. Could you update the card as they ask?`;
  const report = await signCorpus(
    thunderbirdMessage({
      from: mira,
      to: `security@${READER_DOMAIN}`,
      subject: 'Fwd: Northbank statement - payment not received',
      date: 'Fri, 20 Nov 2026 10:22:41 +0000',
      text,
      original: forged,
      filename: 'Your November statement.eml',
      domain: READER_DOMAIN,
    }),
    { domain: READER_DOMAIN, selector: 'dkim' },
  );
  emitCase(write, {
    name: 'probe17-att-box-colleague-thunderbird-inline-forward-carries-eml',
    about:
      'A small company on its own Postfix/Dovecot box (mx.reader.example): a colleague on the office LAN forwards a supplier-looking lure to security@ with Thunderbird’s default forward (inline: mail.forward_message_mode = 2, as recalled, not confirmed from a public copy), which keeps the lure’s attachment, "Your November statement.eml", as the report’s only message/rfc822 part. That file is the attacker’s: the bank’s notice "delivered" by mx.reader.example from 192.0.2.10 with the box’s own Authentication-Results id. The colleague’s SASL submission from the LAN is mail inside the box (and signed by the company), so vouches() believes the file’s delivery lines: SPF and DMARC pass for the bank. Wanted: not trusted',
    class: 'attached-vouch-colleague-smuggle',
    args: ATTACHED_BOX,
    eml: lanSubmitted(report, {
      from: `mira.patel@${READER_DOMAIN}`,
      rcpt: `security@${READER_DOMAIN}`,
      date,
    }),
    zone: { ...READER_ZONE, ...BANK },
    expect: NOT_TRUSTED,
  });
}

// ---------------------------------------------------------------------------------------------
// 5. Software on the box relays an outsider's upload as its own mail.
// ---------------------------------------------------------------------------------------------

async function boxSoftwareRelays(write: CaseWriter): Promise<void> {
  const analyst = `analyst@${READER_DOMAIN}`;
  const forged = forgedBoxDelivery(`jordan.mills@${READER_DOMAIN}`);
  // Request Tracker 5.0 (RTIR, a CERT's incident queue) on rt.reader.example: the notification to
  // the queue's AdminCc for a ticket an outsider opened by mail, sent through sendmail (Postfix
  // pickup, uid 33 www-data) and relayed to the mail box. RT's header set and MIME::Entity
  // boundary as in public RT notifications (rt.cpan.org copies); its attachments are re-sent with
  // the notification (RT::Action::SendEmail AddAttachments).
  const rtDate = 'Fri, 20 Nov 2026 10:41:52 +0000';
  const rt = rtNotification({
    ticket: 48213,
    pid: 31337,
    txn: 1482,
    queue: `cert@${READER_DOMAIN}`,
    requestor: 'jordan.mills@attacker.example',
    to: analyst,
    date: rtDate,
    subject: STATEMENT_SUBJECT,
    text: 'Hello CERT, our staff received the attached notice from Northbank. Please confirm it is genuine.',
    attachment: forged,
  });
  emitCase(write, {
    name: 'probe17-att-rt-ticket-notification-carries-outsider-eml',
    about:
      'A CERT’s incident queue in Request Tracker 5 on rt.reader.example: an outsider opens ticket #48213 by mail with "statement.eml" attached, and RT sends the queue’s analyst its notification, "Jordan Mills via RT" <cert@reader.example> (RT’s friendly From: the requestor’s real name), the attachment re-sent with it, through the host’s sendmail (Postfix pickup, "from userid 33") and the company’s mail box (from 10.0.5.20). The analyst runs --attached on the notification. It is mail written inside the receiving system for the reader’s own domain, so origin.insideReceiver is true and vouches() (lib/attached.ts) believes the outsider’s file, a forged delivery "from mail.northbank.example ([192.0.2.10]) by mx.reader.example": SPF and DMARC pass for the bank. Wanted: not trusted (software on the box relays whoever wrote to it; RT-Originator says who)',
    class: 'attached-vouch-local-software',
    args: ATTACHED_BOX,
    eml: onTop(
      rt,
      `Return-Path: <cert@${READER_DOMAIN}>`,
      `Delivered-To: ${analyst}`,
      `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid c1UnDf3vPWd4eAAAq2Xb7g\r\n\t(envelope-from <cert@${READER_DOMAIN}>)\r\n\tfor <${analyst}>; ${rtDate}`,
      `Received: from rt.reader.example (rt.reader.example [10.0.5.20])\r\n\tby ${RECEIVER} (Postfix) with ESMTP id 4ZqD4h0Wq5z6vYf\r\n\tfor <${analyst}>; ${rtDate}`,
      `Received: by rt.reader.example (Postfix, from userid 33)\r\n\tid 7C2A1E01A3; ${rtDate}`,
    ),
    zone: { ...READER_ZONE, ...BANK },
    expect: NOT_TRUSTED,
  });

  // A "report a suspicious e-mail" web form on the company's WordPress, on the mail box itself:
  // Contact Form 7 mails the upload through wp_mail (PHPMailer, base64 attachment, .eml typed
  // message/rfc822 by PHPMailer's extension table) via PHP's mail() and Postfix's pickup.
  const wpDate = 'Fri, 20 Nov 2026 10:47:09 +0000';
  const wb = 'b1_Yk9mT3xQ2vR8nL5pW0sJ7cH4dG6aF1eZ';
  const form = [
    `Date: ${wpDate}`,
    `To: security@${READER_DOMAIN}`,
    `From: Reader Example <wordpress@${READER_DOMAIN}>`,
    'Reply-To: jordan.mills@attacker.example',
    'Subject: Reader Example "Report a suspicious e-mail"',
    `Message-ID: <Yk9mT3xQ2vR8nL5pW0sJ7cH4dG6aF1eZ@${READER_DOMAIN}>`,
    'X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed;\r\n boundary="${wb}"`,
    'Content-Transfer-Encoding: 8bit',
    '',
    'This is a multi-part message in MIME format.',
    `--${wb}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    'From: Jordan Mills <jordan.mills@attacker.example>',
    'Subject: Is this Northbank notice genuine?',
    '',
    'Message Body:',
    'I am a customer of yours and received the attached notice. Please check it.',
    '',
    '-- ',
    'This e-mail was sent from a contact form on Reader Example (https://www.reader.example)',
    '',
    `--${wb}`,
    'Content-Type: message/rfc822; name=statement.eml',
    'Content-Transfer-Encoding: base64',
    'Content-Disposition: attachment; filename=statement.eml',
    '',
    ...(Buffer.from(forged, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g) ?? []),
    '',
    `--${wb}--`,
    '',
  ].join('\r\n');
  emitCase(write, {
    name: 'probe17-att-wordpress-form-upload-carries-outsider-eml',
    about:
      'A "report a suspicious e-mail" page on the company’s WordPress, served from the mail box itself: Contact Form 7 sends the visitor’s upload to security@ as wordpress@reader.example through wp_mail (PHPMailer 6.9, the .eml typed message/rfc822 and sent base64) and PHP’s mail(), so Postfix’s pickup writes the only line ("by mx.reader.example (Postfix, from userid 33)"). Mail written on the box for the reader’s own domain is origin.insideReceiver, and vouches() believes the anonymous visitor’s file: a forged delivery of the bank’s notice from 192.0.2.10, SPF and DMARC pass. Wanted: not trusted',
    class: 'attached-vouch-local-software',
    args: ATTACHED_BOX,
    eml: onTop(
      form,
      `Return-Path: <www-data@${RECEIVER}>`,
      `Delivered-To: security@${READER_DOMAIN}`,
      `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid d4VnEf4vPWd5fAAAq2Xb7g\r\n\t(envelope-from <www-data@${RECEIVER}>)\r\n\tfor <security@${READER_DOMAIN}>; ${wpDate}`,
      `Received: by ${RECEIVER} (Postfix, from userid 33)\r\n\tid 4ZqD6k3Yr8z7uZg; ${wpDate}`,
    ),
    zone: { ...READER_ZONE, ...BANK },
    expect: NOT_TRUSTED,
  });
}

// ---------------------------------------------------------------------------------------------
// 6. Outsiders' reports that must not vouch (controls).
// ---------------------------------------------------------------------------------------------

async function outsiderReports(write: CaseWriter): Promise<void> {
  // 6a. An outsider's report dressed as Dana's Exchange-internal mail, under EOP's entry.
  {
    const forged = eopToDana(bankNotice(DANA), BANK_RELAY, BANK_ENVELOPE, true);
    const date = 'Fri, 20 Nov 2026 10:18:30 +0000';
    const dressed = onTop(
      exchangeWithItem({
        from: DANA,
        to: `Phish Reports <phish@${HL}>`,
        subject: `FW: ${STATEMENT_SUBJECT}`,
        date,
        text: 'Is this one real?\r\n\r\nDana',
        item: forged,
        itemName: 'Your November statement.eml',
        id: 'PH7PR11MB86006D3E4F5A6B7C8D9E0F1A2B3C4D5E',
        mailbox: DANA_SERVER,
      }),
      exchangeMapiHop(DANA_SERVER, DANA_LINK_LOCAL, date),
    );
    emitCase(write, {
      name: 'probe17-att-m365-outsider-report-forged-internal-hops-control',
      about:
        'Control: the attacker writes the whole report as Dana’s (From Dana, her mailbox server’s MAPI hop, the forged bank delivery attached) and sends it to phish@ from its own server: EOP’s entry names 198.51.100.66 below the tenant’s hops, so the report is not mail inside Exchange Online; it fails the tenant’s p=reject and vouches for nothing. Wanted: spoofed (holds today)',
      class: 'attached-vouch-forged-insider',
      args: ATTACHED_OUTLOOK,
      eml: eopToDana(dressed, ATTACKER_RELAY, DANA_ADDR, false),
      zone: { ...HL_ZONE, ...BANK },
      expect: { ...SPOOFED, findings: ['attached-by-outsider'] },
    });
  }

  // The attacker's own authenticated report to the box, with the forged box delivery attached.
  const forged = forgedBoxDelivery(`security@${READER_DOMAIN}`);
  const ownReport = (extra: string[] = []) =>
    signAll(
      appendHeaders(
        thunderbirdMessage({
          from: 'Jo Park <jo.park@attacker.example>',
          to: `security@${READER_DOMAIN}`,
          subject: `Fwd: ${STATEMENT_SUBJECT}`,
          date: 'Fri, 20 Nov 2026 10:25:00 +0000',
          text: 'Hello, one of your customers got this. Is it yours?\r\n\r\nJo',
          original: forged,
          filename: 'statement.eml',
          domain: 'attacker.example',
        }),
        ...extra,
      ),
      [['attacker.example', 's1']],
    );
  const attackerZone = { ...READER_ZONE, ...BANK, ...authenticZone('attacker.example', ATTACKER_IP) };
  const boxEntry = (rcpt: string, forWord = `<${rcpt}>`) =>
    `Received: from mail.attacker.example (mail.attacker.example [${ATTACKER_IP}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4ZqD9m5Zs1z8tAh\r\n\tfor ${forWord}; Fri, 20 Nov 2026 10:25:03 +0000`;

  // 6b. A Delivered-To naming the attacker's domain, written by the attacker under the receiver's line.
  emitCase(write, {
    name: 'probe17-att-report-delivered-to-below-entry-control',
    about:
      'Control: the attacker’s own authenticated report (attacker.example) to security@reader.example carries "Delivered-To: security@attacker.example" and "X-Original-To: security@attacker.example" in its own header block, under the receiver’s Received line (the receiver wrote no Delivered-To of its own). vouches() reads those fields only above the first Received line, and the receiver’s own for names reader.example: the report vouches for nothing. Wanted: spoofed (holds today)',
    class: 'attached-vouch-forged-insider',
    args: ATTACHED_BOX,
    eml: onTop(
      await ownReport([
        'Delivered-To: security@attacker.example',
        'X-Original-To: security@attacker.example',
      ]),
      'Return-Path: <jo.park@attacker.example>',
      boxEntry(`security@${READER_DOMAIN}`),
    ),
    zone: attackerZone,
    expect: { ...SPOOFED, findings: ['attached-by-outsider'] },
  });

  // 6c. A quoted RCPT TO whose first word ends at the attacker's own domain (Postfix's angle form).
  const quoted = `"security+case-20261120@attacker.example ref"@${READER_DOMAIN}`;
  emitCase(write, {
    name: 'probe17-att-report-quoted-rcpt-names-attacker-domain-control',
    about:
      'Control: the attacker’s authenticated report sent to RCPT TO:<"security+case-20261120@attacker.example ref"@reader.example>, a quoted local part that Postfix (recipient_delimiter +) delivers to security@ and prints in its for clause as it came. vouches() takes the receiver’s topmost for as the report’s recipient; read as one addr-spec since 22:1x (lib/message/received.ts forAddress) it is reader.example, not attacker.example. Wanted: spoofed (holds today)',
    class: 'attached-vouch-forged-insider',
    args: ATTACHED_BOX,
    eml: onTop(await ownReport(), 'Return-Path: <jo.park@attacker.example>', boxEntry(quoted, `<${quoted}>`)),
    zone: attackerZone,
    expect: { ...SPOOFED, findings: ['attached-by-outsider'] },
  });

  // 6e. Another customer of the reader's shared host, through the host's own webmail (Roundcube
  // submitting over 127.0.0.1 with SASL): mail written on the box, but for another organisation.
  emitCase(write, {
    name: 'probe17-att-shared-host-co-customer-webmail-report-control',
    about:
      'Control: the reader’s domain is hosted on a shared Postfix/Dovecot box that also hosts attacker.example; the attacker logs in to the box’s Roundcube and sends its report (the forged bank delivery attached) as jo.park@attacker.example to security@reader.example. Postfix records "from localhost (localhost [127.0.0.1]) (Authenticated sender: jo.park@attacker.example) … with ESMTPSA": no line names an outside client, but the box delivered the report to reader.example and its From is another organisation, so it is not mail inside the reader’s organisation and vouches for nothing. Wanted: spoofed (holds today)',
    class: 'attached-vouch-forged-insider',
    args: ATTACHED_BOX,
    eml: onTop(
      await ownReport(),
      'Return-Path: <jo.park@attacker.example>',
      `Delivered-To: security@${READER_DOMAIN}`,
      `Received: from ${RECEIVER}\r\n\tby ${RECEIVER} with LMTP\r\n\tid e5WnFf5vPWd6gAAAq2Xb7g\r\n\t(envelope-from <jo.park@attacker.example>)\r\n\tfor <security@${READER_DOMAIN}>; Fri, 20 Nov 2026 10:25:03 +0000`,
      `Received: from localhost (localhost [127.0.0.1])\r\n\t(Authenticated sender: jo.park@attacker.example)\r\n\tby ${RECEIVER} (Postfix) with ESMTPSA id 4ZqDBn7Au3z9sBi\r\n\tfor <security@${READER_DOMAIN}>; Fri, 20 Nov 2026 10:25:02 +0000`,
    ),
    zone: attackerZone,
    expect: { ...SPOOFED, findings: ['attached-by-outsider'] },
  });

  // 6d. A look-alike of the domain the reader names with --recipient-domain.
  const lookalike = 'reader-example-security.example';
  const lookReport = await signAll(
    thunderbirdMessage({
      from: `IT Security <itsec@${lookalike}>`,
      to: `security@${READER_DOMAIN}`,
      subject: `Fwd: ${STATEMENT_SUBJECT}`,
      date: 'Fri, 20 Nov 2026 10:27:00 +0000',
      text: 'Forwarding as requested.\r\n\r\nIT Security',
      original: forged,
      filename: 'statement.eml',
      domain: lookalike,
    }),
    [[lookalike, 's1']],
  );
  emitCase(write, {
    name: 'probe17-att-report-recipient-domain-lookalike-control',
    about:
      'Control: the reader names its organisation with --recipient-domain reader.example; the attacker’s report comes from a domain made to look like the company’s security team (reader-example-security.example, SPF, DKIM and DMARC pass). vouches() compares registrable domains exactly, so the look-alike vouches for nothing. Wanted: not trusted (holds today)',
    class: 'attached-vouch-forged-insider',
    args: [...ATTACHED_BOX, '--recipient-domain', READER_DOMAIN],
    eml: onTop(lookReport, `Return-Path: <itsec@${lookalike}>`, boxEntry(`security@${READER_DOMAIN}`)),
    zone: { ...READER_ZONE, ...BANK, ...authenticZone(lookalike, ATTACKER_IP) },
    expect: { ...NOT_TRUSTED, findings: ['attached-by-outsider'] },
  });
}

// ---------------------------------------------------------------------------------------------
// 7. CommuniGate Pro's `from [IP] (HELO name)`: the HELO comment is the client's word.
// ---------------------------------------------------------------------------------------------

function communigateHelo(write: CaseWriter): void {
  const cgp = 'mail.hs-altstadt.example';
  const rcpt = 'pruefungsamt@hs-altstadt.example';
  const spoof = submitted({
    from: BANK_FROM,
    to: `Pruefungsamt <${rcpt}>`,
    subject: 'Rückbuchung der Semestergebühr: bitte Karte bestätigen',
    date: 'Fri, 20 Nov 2026 10:00:00 +0100',
    body: 'Die Lastschrift für die Semestergebühr wurde zurückgegeben. Bitte bestätigen Sie Ihre Karte: https://northbank-secure.example/karte\r\n',
  });
  // CommuniGate Pro 6.3's line for a client without a usable reverse name (realworld18.ts 3d: public
  // raw list copies from astralinux.ru, hs-mannheim.de, uni-freiburg.de).
  const cgpLine = (client: string) =>
    `Received: from ${client}\r\n  by ${cgp} (CommuniGate Pro SMTP 6.3.19)\r\n  with ESMTPS id 46281402 for ${rcpt}; Fri, 20 Nov 2026 10:00:05 +0100`;
  const deliver = (line: string) => onTop(spoof, `Return-Path: <${BANK_ENVELOPE}>`, line);
  emitCase(write, {
    name: 'probe17-cgp-helo-address-literal-bank-ip',
    about:
      'A university on CommuniGate Pro 6.3, which writes an unresolved client as "from [IP] (HELO name)". The attacker connects from 198.51.100.66 with MAIL FROM:<security@northbank.example> and "EHLO [192.0.2.10]", an address literal (RFC 5321 §4.1.3 allows one), the bank’s: the line reads "from [198.51.100.66] (HELO [192.0.2.10]) by mail.hs-altstadt.example (CommuniGate Pro SMTP 6.3.19)". fromSide (lib/message/received.ts) keeps the from-word’s address only when no comment yields one, and reads the client’s own "(HELO [192.0.2.10])" comment as a TCP record ("HELO" as its reverse name, the literal as its address): the entry’s IP is the bank’s, SPF and DMARC pass. Wanted: spoofed (the address is the from-word, 198.51.100.66)',
    class: 'received-helo-comment',
    args: ['--authserv-id', cgp],
    eml: deliver(cgpLine(`[${ATTACKER_IP}] (HELO [${BANK_IP}])`)),
    zone: BANK,
    expect: NOT_TRUSTED,
  });
  emitCase(write, {
    name: 'probe17-cgp-helo-bank-name-control',
    about:
      'Control: the same CommuniGate Pro line with the bank’s host name as HELO ("from [198.51.100.66] (HELO mail.northbank.example)"): the from-word is the address, SPF fails for the bank. Wanted: spoofed (holds today)',
    class: 'received-helo-comment',
    args: ['--authserv-id', cgp],
    eml: deliver(cgpLine(`[${ATTACKER_IP}] (HELO mail.northbank.example)`)),
    zone: BANK,
    expect: SPOOFED,
  });
  emitCase(write, {
    name: 'probe17-qmail-helo-address-literal-control',
    about:
      'Control: qmail’s form of the same trick, "from unknown (HELO [192.0.2.10]) (198.51.100.66) by mx.reader.example with SMTP": qmail writes its own record of the address after the HELO comment, and the last record counts. Wanted: spoofed (holds today)',
    class: 'received-helo-comment',
    args: ['--authserv-id', RECEIVER],
    eml: onTop(
      spoof,
      `Return-Path: <${BANK_ENVELOPE}>`,
      'Received: (qmail 28411 invoked by uid 89); 20 Nov 2026 09:00:05 -0000',
      `Received: from unknown (HELO [${BANK_IP}]) (${ATTACKER_IP})\r\n  by ${RECEIVER} with SMTP; 20 Nov 2026 09:00:05 -0000`,
    ),
    zone: BANK,
    expect: SPOOFED,
  });
}

// ---------------------------------------------------------------------------------------------
// 8. MDaemon without its X-MDRemoteIP row: the line's own address comment is the client's HELO.
// ---------------------------------------------------------------------------------------------

function mdaemonNoRow(write: CaseWriter): void {
  const md = 'Fri, 20 Nov 2026 18:00:05 +0800';
  const helo = `mail.northbank.example ([${BANK_IP}])`;
  emitCase(write, {
    name: 'probe17-mdaemon-no-row-helo-address-comment',
    about:
      'A reader on MDaemon PRO v10.1.1, which in some public copies writes no X-MDRemoteIP row under its HELO-only line (probe16: a 2021 delivery archived on lists.sourceforge.net). Since 22:1x the row wins when present and the search stops at MDaemon’s X-Return-Path; when there is none, parseReceivedChain falls back to the address the line itself shows, and on MDaemon’s HELO-only line that is the client’s HELO: "EHLO mail.northbank.example ([192.0.2.10])" prints "from mail.northbank.example ([192.0.2.10]) by mx.reader.example (MDaemon PRO v10.1.1)", so the entry’s address is the bank’s, SPF and DMARC pass. MDaemon’s own X-MDHeloLookup-Result row under the line names the client’s real address (ip=198.51.100.66). (As in probe16, whether MDaemon prints a HELO with blanks as sent is not confirmed from a public copy.) Wanted: spoofed (no address, or the one MDaemon’s own rows record)',
    class: 'mdaemon-remote-ip-row',
    args: ['--authserv-id', RECEIVER],
    eml: onTop(
      bankNotice('Robin Reader <robin@reader.example>'),
      `Return-Path: <${BANK_ENVELOPE}>`,
      `Received: from ${helo} by ${RECEIVER} (MDaemon PRO v10.1.1)\r\n with ESMTP id md50000092417.msg\r\n for <robin@reader.example>; ${md}`,
      `X-Spam-Processed: ${RECEIVER}, ${md}\r\n (not processed: spam filter heuristic analysis disabled)`,
      `X-MDHeloLookup-Result: fail smtp.helo=mail.northbank.example (ip=${ATTACKER_IP})\r\n (${RECEIVER})`,
      `X-Return-Path: ${BANK_ENVELOPE}`,
      `X-Envelope-From: ${BANK_ENVELOPE}`,
      'X-MDaemon-Deliver-To: robin@reader.example',
    ),
    zone: BANK,
    expect: NOT_TRUSTED,
  });
}

// ---------------------------------------------------------------------------------------------
// 9. key-gone-since-delivery over a receiver that recorded only SPF, and recorded it failing.
// ---------------------------------------------------------------------------------------------

async function oldSpoofRecordedSpfFail(write: CaseWriter): Promise<void> {
  const MAY = 'Tue, 12 May 2026 09:14:22 +0000';
  // Signed with the corpus key under a selector the bank never published: "key-missing" today.
  const signed = await signCorpus(
    submitted({
      from: BANK_FROM,
      subject: 'New payee details for your standing order',
      date: MAY,
      messageId: '<payee-20260512-5521@northbank.example>',
      body: 'Dear customer,\r\n\r\nfrom 1 June our collection account changes to IBAN XX00 9999 0000 1234 5678 00.\r\nPlease update your standing order.\r\n\r\nNorthbank Customer Security\r\n',
    }),
    { domain: 'northbank.example', selector: 'nb2025' },
  );
  emitCase(write, {
    name: 'probe17-key-gone-old-spoof-receiver-recorded-spf-fail',
    about:
      'A payee-change spoof delivered in May 2026 and looked at in December, when the reader checks which notice the payment followed (over 180 days): MAIL FROM:<security@northbank.example> from 198.51.100.66 and a signature d=northbank.example s=nb2025, a selector the bank never published. The reader’s Postfix records SPF only (postfix-policyd-spf-python set to tag, not reject: Mail_From_reject = False, Header_Type = AR) and wrote at delivery "mx.reader.example; spf=fail … smtp.mailfrom=security@northbank.example", above its entry. key-gone-since-delivery (lib/findings/receiver-record.ts) stands back for a recorded DMARC failure or a recorded DKIM result that is not a pass, but not for the recorded SPF failure of the From domain’s own envelope, and a provider that recorded no DKIM at all lets the missing key pass as "retired since": unverified. The receiver saw the bank’s envelope fail at delivery; no key retired since explains that. Wanted: spoofed',
    class: 'key-gone-old-delivery',
    args: ['--authserv-id', RECEIVER],
    eml: onTop(
      signed,
      `Return-Path: <${BANK_ENVELOPE}>`,
      'Delivered-To: robin@reader.example',
      `Authentication-Results: ${RECEIVER}; spf=fail (sender SPF not authorized)\r\n\tsmtp.mailfrom=${BANK_ENVELOPE}`,
      received({
        ...ATTACKER_RELAY,
        by: RECEIVER,
        id: '4Z9kLm2Qx7z3pNd',
        for: 'robin@reader.example',
        date: MAY,
      }),
    ),
    zone: { ...BANK, 'nb1._domainkey.northbank.example': KEY() },
    expect: SPOOFED,
  });
}

// ---------------------------------------------------------------------------------------------
// 10. The organisation's own Google Group re-sends an outsider's post as its own authenticated mail.
// ---------------------------------------------------------------------------------------------

async function workspaceGroup(write: CaseWriter): Promise<void> {
  const td = 'tallis-design.example';
  const analyst = `sam.okafor@${td}`;
  const groupOut: Relay = {
    helo: 'mail-sor-f69.google.com',
    rdns: 'mail-sor-f69.google.com',
    ip: '209.85.220.69',
  };
  const envelope = `security+bncBDL5TNW2XAPBBF7Q2O5QMGQE4J3ZHPA@${td}`;
  const forged = forgedGmailDelivery().replaceAll(GMAIL_READER, `jordan.mills@${td}`);
  // The outsider's own post to security@ (Thunderbird, an .eml attached), as the group re-sends it:
  // From rewritten for a p=reject author ("'X' via Group"), Reply-To and X-Original-From the author,
  // the group's list fields (list-shapes.ts: Google Groups as in a public kasan-dev copy).
  const post = thunderbirdMessage({
    from: `'Jordan Mills' via Security <security@${td}>`,
    to: `security@${td}`,
    subject: `Fwd: ${STATEMENT_SUBJECT}`,
    date: 'Fri, 20 Nov 2026 10:36:00 +0000',
    text: 'Hello Tallis security team, your colleague Jordan asked me to pass on the attached notice from Northbank.\r\n\r\nJo',
    original: forged,
    filename: 'statement.eml',
    domain: 'attacker.example',
  });
  const listed = appendHeaders(
    post,
    'Reply-To: Jo Park <jo.park@attacker.example>',
    'X-Original-From: Jo Park <jo.park@attacker.example>',
    `X-Original-Sender: security@${td}`,
    'Precedence: list',
    `Mailing-list: list security@${td}; contact security+owners@${td}`,
    `List-ID: <security.${td}>`,
    `X-Google-Group-Id: 660421185734`,
    `List-Post: <https://groups.google.com/a/${td}/group/security/post>, <mailto:security@${td}>`,
    `List-Help: <https://support.google.com/a/${td}/bin/topic.py?topic=25838>, <mailto:security+help@${td}>`,
    `List-Archive: <https://groups.google.com/a/${td}/group/security/>`,
    `List-Unsubscribe: <mailto:googlegroups-manage+660421185734+unsubscribe@googlegroups.com>,\r\n <https://groups.google.com/a/${td}/group/security/subscribe>`,
  );
  const signed = await signCorpus(listed, {
    domain: td,
    selector: 'google',
    headerList: [
      'from',
      'to',
      'subject',
      'date',
      'message-id',
      'mime-version',
      'content-type',
      'reply-to',
      'list-id',
    ],
  });
  emitCase(write, {
    name: 'probe17-att-workspace-group-resends-outsider-eml',
    about:
      'A Google Workspace company whose security@ is a Google Group that accepts posts from outside (a common "report it to security@" setup). An outsider posts a message with "statement.eml" attached; the group re-sends it to each member as its own mail: From rewritten to "\'Jordan Mills\' via Security" <security@tallis-design.example> (the author’s domain publishes p=reject), signed by the company’s domain, sent from Google’s mail-sor hosts with the group’s envelope. The analyst runs --attached on the group’s copy: it authenticates for tallis-design.example, the organisation Gmail delivered it to, so vouches() (lib/attached.ts) believes the outsider’s file, a forged Gmail delivery of the bank’s notice from 192.0.2.10. Wanted: not trusted (a group’s post is its author’s: X-Original-From and Reply-To name the outsider)',
    class: 'attached-vouch-local-software',
    args: ATTACHED_GMAIL,
    eml: gmailDelivery(signed, {
      relay: groupOut,
      envelope,
      results: `dkim=pass header.i=@${td} header.s=google header.b=VGFsbGlz;\r\n       ${gmailSpf(envelope, groupOut.ip)}\r\n       ${gmailDmarc(td, 'QUARANTINE')}`,
      ids: ['x61csp1123377pxa', 'a640c23a62f3a-4b1d9f6e2c1si118866420b.512'],
      to: analyst,
      spf: 'pass',
      deliveredTo: true,
    }),
    zone: {
      ...BANK,
      ...ptr(groupOut.ip, groupOut.rdns),
      '_spf.google.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ip6:2001:4860:4000::/36 ~all'] },
      [td]: { TXT: ['v=spf1 include:_spf.google.com ~all'] },
      [`google._domainkey.${td}`]: KEY(),
      [`_dmarc.${td}`]: { TXT: ['v=DMARC1; p=quarantine'] },
    },
    expect: NOT_TRUSTED,
  });
}
