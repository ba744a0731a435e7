import { corpusKeys, signCorpus } from '../../helpers/corpus';
import { dkimRaw } from '../../helpers/raw-sign';
import { appendHeaders, tagSubject } from '../edits';
import { ARGS, emitCase, legitCorpus, NOT_SUSPICIOUS, ptr, RECEIVER, SIGNED, signAll } from '../kit';
import { mailmanFooter, mailmanHeaders } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { MIMECAST, mimecastEntry, onPremExchangeBehind } from '../receivers';
import {
  authorZone,
  fromListHost,
  googleGroupsPost,
  LIST_AUTHOR,
  LIST_HOST,
  LIST_IP,
  LIST_ZONE,
  LISTED,
  listPost,
  SENDGRID_OUT,
  sendgridSigners,
  sendgridZone,
} from '../rounds-kit';

// Genuine list mail through the reader's box is never a warning (NOT_SUSPICIOUS); a list's change
// undone reads unverified with the list named (LISTED).

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule, the fix and its risk.
 */
// The first four are regressions of 04b909d: each read "unverified" at 04b909d~1 (checked by running
// this file against a `git archive` of it), two through the Reply-To rule beside a list's or
// forwarder's recorded pass, two through listFooterBlock. The other nine read "spoofed" there too.
// Fixed at 05:2x on 2026-12-04 (each now in the corpus): Mailman 3's announce list and Google
// Groups' reply-to-group (lib/findings/reply-to.ts), Sympa's HTML footer part, a footer part under
// a signature without Content-Type whose signed body holds the boundary, every Subject cut (a
// sender's `[Ticket#…]`, `[PATCH v2]` or a list's prefix with a gateway's tag at the end, a gateway
// tag over a list prefix), Mailman without RFC 2369 headers, rspamd's oversigned Reply-To, Mailman's
// first_strip_reply_to = No, Sympa's footer into the first part and its wrapping of an alternative
// into a mixed (lib/auth/list-footer.ts, subject-tag.ts, list-restore.ts, lib/findings/list-evidence.ts).
// Two cases first tagged the DKIM-Signature's h= instead of the Subject (a maker bug, fixed here).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await replyTo(write);
  await footers(write);
  await subjectSuffix(write);
  await gatewayOverList(write);
}

// ---------------------------------------------------------------------------------------------
// The list server and its authors (the reader's own box, read with --authserv-id)
// ---------------------------------------------------------------------------------------------

/** Mailman 2.1's delivery of `raw` for list `name`: its fields at the bottom, envelope and entry on top. */
function viaMailman(raw: string, name: string, title: string, id: string, extra: string[] = []): string {
  return onTop(
    appendHeaders(raw, ...mailmanHeaders(name, LIST_HOST, title), ...extra),
    `Return-Path: <${name}-bounces+robin=reader.example@${LIST_HOST}>`,
    fromListHost(id),
  );
}

/** Sympa 6.2's list fields for list `name` (RFC 2369/2919 as Sympa writes them; recalled). */
const sympaHeaders = (name: string) => [
  `List-Id: <${name}.${LIST_HOST}>`,
  `List-Help: <mailto:sympa@${LIST_HOST}?subject=help>`,
  `List-Subscribe: <mailto:sympa@${LIST_HOST}?subject=subscribe%20${name}>`,
  `List-Unsubscribe: <mailto:sympa@${LIST_HOST}?subject=unsubscribe%20${name}>`,
  `List-Post: <mailto:${name}@${LIST_HOST}>`,
  `List-Owner: <mailto:${name}-request@${LIST_HOST}>`,
  `List-Archive: <https://${LIST_HOST}/sympa/arc/${name}>`,
  'Precedence: list',
];

function viaSympa(raw: string, name: string, id: string, extra: string[] = []): string {
  return onTop(
    appendHeaders(raw, ...sympaHeaders(name), ...extra),
    `Return-Path: <${name}-owner@${LIST_HOST}>`,
    fromListHost(id),
  );
}

/**
 * Mailman 3.3's fields for list `name` (rfc_2369.py: List-Post is "NO" on an announce-only list,
 * allow_list_posts = False), Reply-To `replyTo` as reply_goes_to_list writes it; the X- fields as
 * public archives' raw copies show them (recalled).
 */
const mailman3Headers = (name: string, listPost: string, replyTo: string) => [
  `X-MailFrom: alice@${LIST_AUTHOR}`,
  'X-Mailman-Rule-Misses: dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header',
  'Message-ID-Hash: 7Q2XKZ4LMB3YRD5HNWC6TJAEFUPVSG1O',
  'X-Message-ID-Hash: 7Q2XKZ4LMB3YRD5HNWC6TJAEFUPVSG1O',
  'X-Mailman-Version: 3.3.9',
  'Precedence: list',
  `Reply-To: ${replyTo}`,
  `List-Id: <${name}.${LIST_HOST}>`,
  `Archived-At: <https://${LIST_HOST}/hyperkitty/list/${name}@${LIST_HOST}/message/7Q2XKZ4LMB3YRD5HNWC6TJAEFUPVSG1O/>`,
  `List-Archive: <https://${LIST_HOST}/hyperkitty/list/${name}@${LIST_HOST}/>`,
  `List-Help: <mailto:${name}-request@${LIST_HOST}?subject=help>`,
  `List-Post: ${listPost}`,
  `List-Subscribe: <mailto:${name}-join@${LIST_HOST}>`,
  `List-Unsubscribe: <mailto:${name}-leave@${LIST_HOST}>`,
];

const mailman3Footer = (name: string, title: string) =>
  `_______________________________________________\r\n${title} mailing list -- ${name}@${LIST_HOST}\r\nTo unsubscribe send an email to ${name}-leave@${LIST_HOST}\r\n`;

// ---------------------------------------------------------------------------------------------
// 1. Reply-To written by the list
// ---------------------------------------------------------------------------------------------

/** rspamd's default oversigned set: From, Reply-To, Subject and To twice (an absent one signed as absent). */
const RSPAMD_H = [
  'from',
  'from',
  'reply-to',
  'reply-to',
  'subject',
  'subject',
  'date',
  'to',
  'to',
  'message-id',
  'mime-version',
  'content-type',
];

async function replyTo(write: CaseWriter): Promise<void> {
  const zone = { ...authorZone(LIST_AUTHOR, 'p=quarantine'), ...LIST_ZONE };
  const body = 'The nightly build fails at link time on arm64; log in the tracker.\r\n\r\nAlice\r\n';

  // Mailman 2.1 reply_goes_to_list = "This list": Reply-To is the posting address (control).
  {
    const signed = await signCorpus(listPost('Build broken on arm64', `devel@${LIST_HOST}`, body), {
      domain: LIST_AUTHOR,
      selector: 's1',
    });
    emitCase(write, {
      name: 'rw24-mailman2-reply-goes-to-list-control',
      about:
        'Mailman 2.1 with reply_goes_to_list = "This list": subject prefix "[Devel] ", footer, and Reply-To: the list’s posting address (written after the author signed), no ARC, no From munging; the author’s p=quarantine signature verifies once the list’s changes are undone (control: the list’s own Reply-To is the list’s doing)',
      class: 'list-reply-to',
      args: ARGS,
      eml: viaMailman(
        tagSubject(signed, '[Devel] ') + mailmanFooter('devel', LIST_HOST, 'Devel'),
        'devel',
        'Devel',
        '4ZrL1a0001',
        [`Reply-To: devel@${LIST_HOST}`],
      ),
      zone,
      expect: LISTED,
    });
  }

  // Mailman 3 announce list (allow_list_posts = False: "List-Post: NO") whose reply_goes_to_list
  // = explicit_header sends replies to the project's discussion list.
  {
    const signed = await signCorpus(
      listPost(
        'Release 4.2 published',
        `announce@${LIST_HOST}`,
        'Release 4.2 is out; notes on the website.\r\n\r\nAlice\r\n',
      ),
      { domain: LIST_AUTHOR, selector: 's1' },
    );
    emitCase(write, {
      name: 'rw24-mailman3-announce-reply-to-discussion-list',
      about:
        'Mailman 3.3 announce-only list (allow_list_posts = False, so "List-Post: NO" as rfc_2369.py writes it) with reply_goes_to_list = explicit_header and reply_to_address = the project’s discussion list (devel@ on the same list server), prefix "[Announce] ", its footer; the author’s p=quarantine signature verifies once the list’s changes are undone. The Reply-To is the list’s doing, at the list’s own host',
      class: 'list-reply-to',
      args: ARGS,
      eml: onTop(
        appendHeaders(
          tagSubject(signed, '[Announce] ') + mailman3Footer('announce', 'Announce'),
          ...mailman3Headers('announce', 'NO', `devel@${LIST_HOST}`),
        ),
        `Return-Path: <announce-bounces@${LIST_HOST}>`,
        fromListHost('4ZrL1a0002'),
      ),
      zone,
      expect: NOT_SUSPICIOUS,
    });
  }

  // Mailman 2.1 with include_rfc2369_headers = No (an administrator's choice Mailman offers for
  // lists whose members' clients mis-handle List-* fields): Sender, Errors-To, X-BeenThere and the
  // -bounces envelope remain, no List-* field at all, List-Id included (Mailman 3's rfc_2369.py returns before writing
  // any; Mailman 2.1's CookHeaders likewise, recalled).
  {
    const signed = await signCorpus(listPost('Minutes of 19 November', `board@${LIST_HOST}`, body), {
      domain: LIST_AUTHOR,
      selector: 's1',
    });
    const fields = mailmanHeaders('board', LIST_HOST, 'Board').filter((h) => !h.startsWith('List-'));
    const raw = onTop(
      appendHeaders(
        tagSubject(signed, '[Board] ') + mailmanFooter('board', LIST_HOST, 'Board'),
        ...fields,
        `Reply-To: board@${LIST_HOST}`,
      ),
      `Return-Path: <board-bounces+robin=reader.example@${LIST_HOST}>`,
      fromListHost('4ZrL1a0003'),
    );
    emitCase(write, {
      name: 'rw24-mailman2-reply-goes-to-list-no-rfc2369-headers',
      about:
        'Mailman 2.1 with reply_goes_to_list = "This list" and include_rfc2369_headers = No: Sender, Errors-To, X-BeenThere and the -bounces envelope, no List-* field (so no List-Post); Reply-To: the list’s posting address; prefix and footer undone, the author’s p=quarantine signature verifies',
      class: 'list-reply-to',
      args: ARGS,
      eml: raw,
      zone,
      expect: NOT_SUSPICIOUS,
    });
  }

  // Sympa reply_to_header value=list (control).
  {
    const signed = await signCorpus(listPost('Room change for Thursday', `staff@${LIST_HOST}`, body), {
      domain: LIST_AUTHOR,
      selector: 's1',
    });
    emitCase(write, {
      name: 'rw24-sympa-reply-to-list-control',
      about:
        'Sympa 6.2 with reply_to_header value=list: Reply-To: the list, custom_subject "[staff] ", footer_type append on a text/plain post; the author’s p=quarantine signature verifies once undone (control)',
      class: 'list-reply-to',
      args: ARGS,
      eml: viaSympa(
        `${tagSubject(signed, '[staff] ')}\r\n-- \r\nstaff mailing list - https://${LIST_HOST}/sympa/info/staff\r\n`,
        'staff',
        '4ZrL1a0004',
        [`Reply-To: staff@${LIST_HOST}`],
      ),
      zone,
      expect: LISTED,
    });
  }

  // An author on mailcow / rspamd, whose default sign_headers oversign Reply-To ("(o)reply-to":
  // h= names it even when absent, so no one can add one). Mailman's reply_goes_to_list then breaks
  // the signature on the header side, and the footer on the body side.
  {
    // rspamd's own tag order (recalled); the raw signer writes h= as given, absent fields included.
    const signed = dkimRaw(
      listPost('Build broken on arm64 (again)', `devel@${LIST_HOST}`, body),
      (bh) =>
        `v=1; a=rsa-sha256; c=relaxed/relaxed; d=${LIST_AUTHOR}; s=dkim; t=1795168680;\r\n\th=from:from:reply-to:reply-to:subject:subject:date:to:to:message-id:mime-version:content-type;\r\n\tbh=${bh}; b=`,
      RSPAMD_H,
      corpusKeys().rsaPem,
    );
    emitCase(write, {
      name: 'rw24-mailman2-reply-goes-to-list-rspamd-oversigned-reply-to',
      about:
        'An author on a mailcow box (rspamd’s default sign_headers oversign From, Reply-To, Subject and To: h=from:from:reply-to:reply-to:subject:subject:…, so an absent Reply-To is signed as absent) posts to a Mailman 2.1 list with reply_goes_to_list = "This list": prefix, footer and Reply-To: the list’s posting address; p=quarantine, no ARC, no munging',
      class: 'list-reply-to',
      args: ARGS,
      eml: viaMailman(
        tagSubject(signed, '[Devel] ') + mailmanFooter('devel', LIST_HOST, 'Devel'),
        'devel',
        'Devel',
        '4ZrL1a0005',
        [`Reply-To: devel@${LIST_HOST}`],
      ),
      zone: { ...authorZone(LIST_AUTHOR, 'p=quarantine', 'dkim'), ...LIST_ZONE },
      expect: NOT_SUSPICIOUS,
    });
  }

  // Mailman 2.1 reply_goes_to_list = "This list" with first_strip_reply_to = No: the author's own
  // (signed) Reply-To is kept beside the list's posting address in one new Reply-To field.
  {
    const signed = await signCorpus(
      listPost('Build broken on arm64 (log)', `devel@${LIST_HOST}`, body).replace(
        'MIME-Version: 1.0',
        `Reply-To: Alice Martin <alice.martin@${LIST_AUTHOR}>\r\nMIME-Version: 1.0`,
      ),
      { domain: LIST_AUTHOR, selector: 's1', headerList: SIGNED },
    );
    const listed = tagSubject(signed, '[Devel] ')
      .replace(`Reply-To: Alice Martin <alice.martin@${LIST_AUTHOR}>\r\n`, '')
      .concat(mailmanFooter('devel', LIST_HOST, 'Devel'));
    emitCase(write, {
      name: 'rw24-mailman2-reply-to-list-and-author-first-strip-no',
      about:
        'Mailman 2.1 with reply_goes_to_list = "This list" and first_strip_reply_to = No: the author’s signed "Reply-To: Alice Martin <alice.martin@…>" (her own organisation) is replaced by one field naming hers and then the list’s posting address (CookHeaders keeps the original addresses and adds the list’s; recalled); prefix and footer; p=quarantine, no ARC, no munging',
      class: 'list-reply-to',
      args: ARGS,
      eml: viaMailman(listed, 'devel', 'Devel', '4ZrL1a0006', [
        `Reply-To: Alice Martin <alice.martin@${LIST_AUTHOR}>, devel@${LIST_HOST}`,
      ]),
      zone,
      expect: NOT_SUSPICIOUS,
    });
  }

  // Mailman 3 reply_goes_to_list = point_to_list (control): its own header set and footer.
  {
    const signed = await signCorpus(listPost('Rotor timeout on Z-300', `devel@${LIST_HOST}`, body), {
      domain: LIST_AUTHOR,
      selector: 's1',
    });
    const mm3 = mailman3Headers('devel', `<mailto:devel@${LIST_HOST}>`, `devel@${LIST_HOST}`);
    const footer = mailman3Footer('devel', 'Devel');
    emitCase(write, {
      name: 'rw24-mailman3-reply-goes-to-list-control',
      about:
        'Mailman 3.3 with reply_goes_to_list = point_to_list: its header set (X-MailFrom, Message-ID-Hash, Archived-At, List-* with -join/-leave), Reply-To: the posting address, prefix "[Devel] " and its footer; p=quarantine author, no ARC (control; Mailman 3’s fields recalled from public archives’ raw copies)',
      class: 'list-reply-to',
      args: ARGS,
      eml: onTop(
        appendHeaders(tagSubject(signed, '[Devel] ') + footer, ...mm3),
        `Return-Path: <devel-bounces@${LIST_HOST}>`,
        fromListHost('4ZrL1a0007'),
      ),
      zone,
      expect: LISTED,
    });
  }

  // Google Groups, an author at p=none (no From rewrite), the group set to reply to the group:
  // Reply-To the group, "[hikers] " and Google's footer; ARC by google.com.
  {
    const group = await googleGroupsPost({
      messageId: 'walk',
      tag: '[hikers] ',
      title: 'Hikers',
      field: 'Reply-To: hikers@googlegroups.com',
      id: '4ZrL1a0008',
    });
    emitCase(write, {
      name: 'rw24-google-groups-reply-to-group-p-none-author',
      about:
        'Google Groups post from a p=none author (no From rewrite): Reply-To the group, "[hikers] " and Google’s footer, googlegroups.com’s signature, ARC by google.com recording the author’s pass (layout as lists.ts list-google-groups-rewrite); the list’s changes undone, the author’s signature verifies',
      class: 'list-reply-to',
      args: ARGS,
      ...group,
      expect: NOT_SUSPICIOUS,
    });
  }

  // groups.io, an author at p=none (no From rewrite), the group's reply setting "reply to group":
  // Reply-To the group, "[acme] " and the groups.io footer (control: groups.io is no sign-up
  // domain in freemail.ts, so the list's own address is excused as Mailman's is).
  {
    const author = 'trailhead.example';
    const signed = await signCorpus(
      submitted({
        from: `Sam Okafor <sam@${author}>`,
        to: 'main@acme.groups.io',
        subject: 'Firmware 2.4 on the bench units',
        date: 'Fri, 20 Nov 2026 09:58:00 +0000',
        messageId: `<fw24.2026.11.20@${author}>`,
        body: 'Bench units are on 2.4 since this morning.\r\n\r\nSam\r\n',
      }),
      { domain: author, selector: 's1' },
    );
    const footer =
      '\r\n\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\nGroups.io Links: You receive all messages sent to this group.\r\nView/Reply Online (#4471): https://acme.groups.io/g/main/message/4471\r\nYou Are Subscribed As: robin@reader.example\r\n-=-=-=-=-=-=-=-=-=-=-=-\r\n';
    emitCase(write, {
      name: 'rw24-groups-io-reply-to-group-control',
      about:
        'A groups.io post from a p=none author (no From rewrite): Reply-To the group’s posting address, Sender the group, "[acme] " and the groups.io links footer appended to the text, List-Id/List-Post/List-Unsubscribe, bounce envelope at groups.io (headers recalled from public raw copies; the list server’s address a documentation one); control',
      class: 'list-reply-to',
      args: ARGS,
      eml: onTop(
        appendHeaders(
          tagSubject(signed, '[acme] ') + footer,
          'Sender: main@acme.groups.io',
          'List-Id: <main.acme.groups.io>',
          'Mailing-List: list main@acme.groups.io; contact main+owner@acme.groups.io',
          'List-Post: <mailto:main@acme.groups.io>',
          'List-Unsubscribe: <mailto:main+unsubscribe@acme.groups.io>',
          'Precedence: list',
          'Reply-To: main@acme.groups.io',
        ),
        'Return-Path: <bounce+67ab91+4471+9912345+8801122@groups.io>',
        received({
          helo: 'mail02.groups.io',
          rdns: 'mail02.groups.io',
          ip: '192.0.2.66',
          by: RECEIVER,
          id: '4ZrL1a0009',
        }),
      ),
      zone: {
        ...authorZone(author, 'p=none'),
        ...ptr('192.0.2.66', 'mail02.groups.io'),
        'groups.io': { TXT: ['v=spf1 ip4:192.0.2.64/28 -all'] },
      },
      expect: LISTED,
    });
  }

  // A vendor's helpdesk (Freshdesk-style, through SendGrid) whose Reply-To is the helpdesk's
  // mailbox at the helpdesk provider, signed; tagged by the university's Mimecast (control).
  {
    const vendor = 'geraetebau-lenz.example';
    const envelope = 'bounces+41877-9c2a-j.hoffmann=hs-nord.example@em4120.geraetebau-lenz.example';
    const raw = await signAll(
      submitted({
        from: `Lenz Support <support@${vendor}>`,
        to: 'j.hoffmann@hs-nord.example',
        subject: 'Ticket #48213: Ersatzteil bestellt',
        date: 'Thu, 26 Nov 2026 14:20:01 +0000',
        messageId: `<48213.7fa2c1@${vendor}>`,
        extraHeaders: ['Reply-To: Lenz Support <support@lenz.helpdesk.example>'],
        body: 'Guten Tag,\r\n\r\ndas Ersatzteil ist bestellt und wird am 2. Dezember geliefert.\r\n\r\nIhr Lenz-Support\r\n',
      }),
      sendgridSigners(vendor),
      SIGNED,
    );
    emitCase(write, {
      name: 'rw24-helpdesk-reply-to-signed-mimecast-tag-control',
      about:
        'A vendor’s helpdesk notification through SendGrid (its aligned DKIM and SendGrid’s, Reply-To at the helpdesk provider’s domain and signed; SPF unaligned; p=reject), tagged "[EXTERNAL] " by a university’s Mimecast, then its Exchange 2019, read with no options (control: the tag is undone and Reply-To is signed)',
      class: 'gateway-tag',
      args: [],
      eml: throughMimecast(tagSubject(raw, '[EXTERNAL] '), envelope, 1),
      zone: {
        ...sendgridZone(SENDGRID_OUT, vendor, 'em4120.geraetebau-lenz.example'),
        ...ptr(MIMECAST.ip, MIMECAST.rdns),
      },
      expect: NOT_SUSPICIOUS,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Footers
// ---------------------------------------------------------------------------------------------

const MIXED = '------------9kT3dQx0vBzYw1RfLp2aHc4E';
const PDF = 'JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRvYmoK';

/** A Thunderbird post with a PDF attached (multipart/mixed), as its author signs it. */
function withAttachment(o: {
  subject: string;
  to: string;
  text: string;
  boundary?: string;
  contentType?: string;
}): string {
  const b = o.boundary ?? MIXED;
  return [
    `From: Alice Martin <alice@${LIST_AUTHOR}>`,
    `To: ${o.to}`,
    `Subject: ${o.subject}`,
    'Date: Fri, 20 Nov 2026 09:58:00 +0000',
    `Message-ID: <${o.subject.length}.mixed.alice@${LIST_AUTHOR}>`,
    'MIME-Version: 1.0',
    o.contentType ?? `Content-Type: multipart/mixed; boundary="${b}"`,
    '',
    'This is a multi-part message in MIME format.',
    `--${b}`,
    'Content-Type: text/plain; charset=UTF-8; format=flowed',
    'Content-Transfer-Encoding: 7bit',
    '',
    o.text,
    '',
    `--${b}`,
    'Content-Type: application/pdf; name="minutes.pdf"',
    'Content-Disposition: attachment; filename="minutes.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    PDF,
    '',
    `--${b}--`,
    '',
  ].join('\r\n');
}

/** Adds `part` (its header lines, a blank line, its text) as the last part before the closing delimiter. */
function addLastPart(raw: string, boundary: string, part: string): string {
  const at = raw.lastIndexOf(`--${boundary}--`);
  return `${raw.slice(0, at)}--${boundary}\r\n${part}${raw.slice(at)}`;
}

/** Mailman 2.1's footer part (Python's MIMEText, us-ascii, inline). */
const mailmanFooterPart = (name: string, title: string) =>
  `Content-Type: text/plain; charset="us-ascii"\r\nMIME-Version: 1.0\r\nContent-Transfer-Encoding: 7bit\r\nContent-Disposition: inline\r\n\r\n${mailmanFooter(name, LIST_HOST, title)}`;

async function footers(write: CaseWriter): Promise<void> {
  const zone = { ...authorZone(LIST_AUTHOR, 'p=quarantine'), ...LIST_ZONE };
  const text = 'Minutes of Thursday’s call attached.\r\n\r\nAlice';
  /** The author's signed minutes with a PDF attached (multipart/mixed, boundary MIXED). */
  const minutes = (subject: string, to: string) =>
    signCorpus(withAttachment({ subject, to, text }), { domain: LIST_AUTHOR, selector: 's1' });
  /** `signed` as the list sends it: its subject `tag`, the footer `part` last in the mixed body. */
  const withFooterPart = (signed: string, tag: string, part: string) =>
    addLastPart(tagSubject(signed, tag), MIXED, part);
  /** The minutes from a webmail user at `webmail` (the webmail's `boundary`), its signature over `headerList`. */
  const webmail = 'webpost.example';
  /** Its signature's fields (Yahoo's and AOL's set, recalled): no Content-Type. */
  const webmailH = ['date', 'from', 'to', 'subject', 'references', 'reply-to'];
  const webmailMinutes = (subject: string, boundary: string, headerList: string[]) =>
    signCorpus(
      withAttachment({ subject, to: `devel@${LIST_HOST}`, text, boundary }).replace(
        `alice@${LIST_AUTHOR}`,
        `alice.martin@${webmail}`,
      ),
      { domain: webmail, selector: 's2048', headerList },
    );

  // Mailman 2.1's footer part in the author's multipart/mixed (control).
  {
    const signed = await minutes('Minutes 19 November', `devel@${LIST_HOST}`);
    emitCase(write, {
      name: 'rw24-mailman2-footer-part-in-mixed-control',
      about:
        'Mailman 2.1 adds its footer as a last inline text/plain part (Python’s MIMEText: us-ascii, 7bit, MIME-Version in the part) to the author’s Thunderbird multipart/mixed with a PDF, and "[Devel] " to the Subject; the author signs Content-Type (control)',
      class: 'list-footer',
      args: ARGS,
      eml: viaMailman(
        withFooterPart(signed, '[Devel] ', mailmanFooterPart('devel', 'Devel')),
        'devel',
        'Devel',
        '4ZrL1b0001',
      ),
      zone,
      expect: LISTED,
    });
  }

  // The same footer part as Mailman writes it for a UTF-8 footer (base64, as Python's
  // email.charset does for utf-8) (control).
  {
    const signed = await minutes('Protokoll 19. November', `verein@${LIST_HOST}`);
    const footer = Buffer.from(
      `_______________________________________________\r\nVerein – Mailingliste\r\nverein@${LIST_HOST}\r\nhttps://${LIST_HOST}/mailman/listinfo/verein\r\n`,
      'utf8',
    ).toString('base64');
    emitCase(write, {
      name: 'rw24-mailman2-footer-part-utf8-base64-control',
      about:
        'Mailman 2.1 with a UTF-8 footer (a German list’s "Verein – Mailingliste"): the footer part is text/plain; charset="utf-8" in base64 (Python’s email.charset encodes utf-8 bodies as base64), added to the author’s multipart/mixed (control)',
      class: 'list-footer',
      args: ARGS,
      eml: viaMailman(
        withFooterPart(
          signed,
          '[Verein] ',
          `Content-Type: text/plain; charset="utf-8"\r\nMIME-Version: 1.0\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: inline\r\n\r\n${footer}\r\n`,
        ),
        'verein',
        'Verein',
        '4ZrL1b0002',
      ),
      zone,
      expect: LISTED,
    });
  }

  // Sympa footer_type mime, text footer: MIME::Entity->attach(Type text/plain, Charset UTF-8,
  // Encoding 8bit) as the last part (control).
  {
    const signed = await minutes('Minutes 19 November', `staff@${LIST_HOST}`);
    emitCase(write, {
      name: 'rw24-sympa-mime-text-footer-part-control',
      about:
        'Sympa 6.2, footer_type mime with a text message_footer: MIME::Entity attaches a text/plain; charset="UTF-8" 8bit inline part as the last part of the author’s multipart/mixed (Sympa’s Message.pm _decorate_parts) (control)',
      class: 'list-footer',
      args: ARGS,
      eml: viaSympa(
        withFooterPart(
          signed,
          '[staff] ',
          `Content-Type: text/plain; charset="UTF-8"\r\nContent-Disposition: inline\r\nContent-Transfer-Encoding: 8bit\r\n\r\nstaff mailing list - https://${LIST_HOST}/sympa/info/staff\r\n`,
        ),
        'staff',
        '4ZrL1b0003',
      ),
      zone,
      expect: LISTED,
    });
  }

  // Sympa footer_type mime with message_footer.mime holding an HTML part: add_part() puts it,
  // whatever its type, as the last part.
  {
    const signed = await minutes('Minutes 19 November (board)', `board@${LIST_HOST}`);
    emitCase(write, {
      name: 'rw24-sympa-mime-html-footer-part',
      about:
        'Sympa 6.2, footer_type mime, the list owner’s message_footer.mime is one text/html part (an HTML footer with the list’s logo link): Sympa adds it as the last part of the author’s multipart/mixed (Message.pm: add_part($footer_part)); prefix "[board] "; the author signs Content-Type; p=quarantine, no ARC',
      class: 'list-footer',
      args: ARGS,
      eml: viaSympa(
        withFooterPart(
          signed,
          '[board] ',
          `Content-Type: text/html; charset=UTF-8\r\n\r\n<p style="font-size:small;color:#666">board mailing list &ndash; <a href="https://${LIST_HOST}/sympa/info/board">list information</a></p>\r\n`,
        ),
        'board',
        '4ZrL1b0004',
      ),
      zone,
      expect: NOT_SUSPICIOUS,
    });
  }

  // A webmail whose signature leaves Content-Type out of h= (Yahoo's and AOL's set, recalled:
  // h=Date:From:To:Subject:References:Reply-To), its own ----=_Part boundary; Mailman 2.1's
  // footer part.
  {
    const b = '----=_Part_3141592_653589793.1795168680000';
    const signed = await webmailMinutes('Minutes 19 November', b, webmailH);
    emitCase(write, {
      name: 'rw24-mailman2-footer-part-webmail-content-type-unsigned',
      about:
        'A webmail user (its signature h=Date:From:To:Subject:References:Reply-To, no Content-Type, as Yahoo and AOL sign; recalled) posts a multipart/mixed with a PDF; Mailman 2.1 adds its us-ascii footer part as the last part and "[Devel] "; p=reject at the webmail, no ARC, no munging (Mailman 2.1’s dmarc_moderation_action left at Accept)',
      class: 'list-footer',
      args: ARGS,
      eml: viaMailman(
        addLastPart(tagSubject(signed, '[Devel] '), b, mailmanFooterPart('devel', 'Devel')),
        'devel',
        'Devel',
        '4ZrL1b0005',
      ),
      zone: { ...authorZone(webmail, 'p=reject', 's2048'), ...LIST_ZONE },
      expect: NOT_SUSPICIOUS,
    });
  }

  // The same webmail post with Content-Type signed (control: the boundary form is not the cause).
  {
    const b = '----=_Part_2718281_828459045.1795168680000';
    const signed = await webmailMinutes('Minutes 19 November (2)', b, [
      ...webmailH,
      'mime-version',
      'content-type',
    ]);
    emitCase(write, {
      name: 'rw24-mailman2-footer-part-webmail-content-type-signed-control',
      about:
        'The webmail post of rw24-mailman2-footer-part-webmail-content-type-unsigned signed with Content-Type in h= (control: the ----=_Part boundary and the footer part are read as a footer)',
      class: 'list-footer',
      args: ARGS,
      eml: viaMailman(
        addLastPart(tagSubject(signed, '[Devel] '), b, mailmanFooterPart('devel', 'Devel')),
        'devel',
        'Devel',
        '4ZrL1b0008',
      ),
      zone: { ...authorZone(webmail, 'p=reject', 's2048'), ...LIST_ZONE },
      expect: LISTED,
    });
  }

  // Sympa footer_type append on a multipart/mixed: the footer goes to the end of the first part
  // (the text), before the attachment.
  {
    const signed = await minutes('Minutes 19 November (staff)', `staff@${LIST_HOST}`);
    const appended = tagSubject(signed, '[staff] ').replace(
      `${text}\r\n\r\n--${MIXED}\r\nContent-Type: application/pdf`,
      `${text}\r\n\r\nstaff mailing list - https://${LIST_HOST}/sympa/info/staff\r\n\r\n--${MIXED}\r\nContent-Type: application/pdf`,
    );
    emitCase(write, {
      name: 'rw24-sympa-append-footer-into-first-part',
      about:
        'Sympa 6.2, footer_type append, on a multipart/mixed post with a PDF: the footer text is appended to the FIRST part (Message.pm _append_parts: "Append to the first part, since other parts will be attachments"), before the attachment; prefix "[staff] "; p=quarantine, no ARC',
      class: 'list-footer',
      args: ARGS,
      eml: viaSympa(appended, 'staff', '4ZrL1b0006'),
      zone,
      expect: NOT_SUSPICIOUS,
    });
  }

  // Sympa footer_type mime on a multipart/alternative (an HTML post): make_multipart("mixed") wraps
  // it, then the footer part; the message's Content-Type is now the new multipart/mixed.
  {
    const alt = '000000000000c0ffee0123456789';
    const original = [
      `From: Alice Martin <alice@${LIST_AUTHOR}>`,
      `To: staff@${LIST_HOST}`,
      'Subject: Christmas lunch',
      'Date: Fri, 20 Nov 2026 09:58:00 +0000',
      `Message-ID: <xmas.alt.alice@${LIST_AUTHOR}>`,
      'MIME-Version: 1.0',
      `Content-Type: multipart/alternative; boundary="${alt}"`,
      '',
      `--${alt}`,
      'Content-Type: text/plain; charset="UTF-8"',
      '',
      'Christmas lunch is on 17 December at 12:30.',
      '',
      `--${alt}`,
      'Content-Type: text/html; charset="UTF-8"',
      '',
      '<div dir="ltr">Christmas lunch is on 17 December at 12:30.</div>',
      '',
      `--${alt}--`,
      '',
    ].join('\r\n');
    const signed = await signCorpus(original, { domain: LIST_AUTHOR, selector: 's1' });
    const outer = '----------=_1795168681-4242-1';
    const at = signed.indexOf('\r\n\r\n');
    const head = signed
      .slice(0, at)
      .replace(
        `Content-Type: multipart/alternative; boundary="${alt}"`,
        `Content-Type: multipart/mixed; boundary="${outer}"`,
      )
      .replace(/^Subject: /m, 'Subject: [staff] ');
    const wrapped = [
      head,
      '',
      'This is a multi-part message in MIME format...',
      '',
      `--${outer}`,
      `Content-Type: multipart/alternative; boundary="${alt}"`,
      '',
      signed.slice(at + 4),
      `--${outer}`,
      'Content-Type: text/plain; charset="UTF-8"',
      'Content-Disposition: inline',
      'Content-Transfer-Encoding: 8bit',
      '',
      `staff mailing list - https://${LIST_HOST}/sympa/info/staff`,
      '',
      `--${outer}--`,
      '',
    ].join('\r\n');
    emitCase(write, {
      name: 'rw24-sympa-wraps-alternative-into-mixed',
      about:
        'Sympa 6.2, footer_type mime, on an HTML post (multipart/alternative): make_multipart("mixed", Force => 1) wraps the signed alternative in a new multipart/mixed (MIME::Entity’s "This is a multi-part message in MIME format..." preamble and ----------=_ boundary) and attaches the text footer; the signed Content-Type now reads multipart/mixed; p=quarantine, no ARC',
      class: 'list-footer',
      args: ARGS,
      eml: viaSympa(wrapped, 'staff', '4ZrL1b0007'),
      zone,
      expect: NOT_SUSPICIOUS,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 3. A gateway's tag at the end of a Subject that starts with a bracket of its own
// ---------------------------------------------------------------------------------------------

/** The university's Mimecast and on-premises Exchange 2019 (rw16's layout), read with no options. */
function throughMimecast(raw: string, envelope: string, n: number): string {
  return onPremExchangeBehind(
    mimecastEntry(raw, SENDGRID_OUT, `rw24Qp4vX1cB2dRsT8uUy-${n}`, 'Thu, 26 Nov 2026 14:20:04 +0000'),
    MIMECAST,
    envelope,
    { ad: 'ad.hs-nord.example', net: '10.40', date: 'Thu, 26 Nov 2026 15:20:07 +0100' },
  );
}

async function subjectSuffix(write: CaseWriter): Promise<void> {
  const vendor = 'geraetebau-lenz.example';
  const envelope = 'bounces+41877-9c2a-j.hoffmann=hs-nord.example@em4120.geraetebau-lenz.example';
  const zone = {
    ...sendgridZone(SENDGRID_OUT, vendor, 'em4120.geraetebau-lenz.example'),
    ...ptr(MIMECAST.ip, MIMECAST.rdns),
  };
  const notice = (subject: string, n: number) =>
    signAll(
      submitted({
        from: `Lenz Support <support@${vendor}>`,
        to: 'j.hoffmann@hs-nord.example',
        subject,
        date: 'Thu, 26 Nov 2026 14:20:01 +0000',
        messageId: `<${n}.ticket.7fa2c1@${vendor}>`,
        body: 'Guten Tag,\r\n\r\nIhre Anfrage ist bei uns eingegangen und wird bearbeitet.\r\n\r\nIhr Lenz-Support\r\n',
      }),
      sendgridSigners(vendor),
    );
  const cases: Array<{
    name: string;
    subject: string;
    tagged: (raw: string, s: string) => string;
    about: string;
  }> = [
    {
      name: 'rw24-ticket-prefix-gateway-suffix-external',
      subject: '[Ticket#2026112610000042] Ersatzteil für Zentrifuge Z-300',
      tagged: (raw, s) => raw.replace(`Subject: ${s}`, `Subject: ${s} [EXTERNAL]`),
      about:
        'A ticket system’s own "[Ticket#2026112610000042] " at the front of its Subject (Znuny/OTRS’s default ticket hook form), and the gateway appends " [EXTERNAL]" at the end',
    },
    {
      name: 'rw24-patch-prefix-gateway-suffix-external',
      subject: '[PATCH v2] firmware: fix Z-300 rotor timeout',
      tagged: (raw, s) => raw.replace(`Subject: ${s}`, `Subject: ${s} [EXTERNAL]`),
      about:
        'The vendor’s engineer sends a "[PATCH v2] " Subject as git send-email writes it, and the gateway appends " [EXTERNAL]" at the end',
    },
    {
      name: 'rw24-solved-suffix-gateway-suffix-external-control',
      subject: 'Zentrifuge Z-300 Fehler E42 [SOLVED]',
      tagged: (raw, s) => raw.replace(`Subject: ${s}`, `Subject: ${s} [EXTERNAL]`),
      about:
        'The Subject ends with the sender’s own "[SOLVED]", and the gateway appends " [EXTERNAL]" after it (control: the last bracket is the gateway’s)',
    },
    {
      name: 'rw24-solved-suffix-gateway-prefix-external-control',
      subject: 'Zentrifuge Z-300 Fehler E42 [SOLVED]',
      tagged: (raw) => tagSubject(raw, '[EXTERNAL] '),
      about:
        'The Subject ends with the sender’s own "[SOLVED]", and the gateway prepends "[EXTERNAL] " (control: the front tag is undone, the sender’s bracket stays)',
    },
    {
      name: 'rw24-patch-prefix-gateway-prefix-external-control',
      subject: '[PATCH v2] firmware: fix Z-300 rotor timeout',
      tagged: (raw) => tagSubject(raw, '[EXTERNAL] '),
      about:
        'A "[PATCH v2] " Subject, and the gateway prepends "[EXTERNAL] " before it (control: only the outer bracket is undone)',
    },
  ];
  let n = 10;
  for (const c of cases) {
    emitCase(write, {
      name: c.name,
      about: `A vendor’s mail through SendGrid (its aligned DKIM and SendGrid’s; SendGrid’s bounce domain, SPF unaligned; p=reject) tagged by a university’s Mimecast after its checks, then its Exchange 2019, read with no options. ${c.about}`,
      class: 'gateway-tag',
      args: [],
      eml: throughMimecast(c.tagged(await notice(c.subject, n), c.subject), envelope, n),
      zone,
      expect: NOT_SUSPICIOUS,
    });
    n++;
  }

  // A list's prefix and the reader's gateway's suffix on one Subject: the list delivers to the
  // university's Mimecast.
  {
    const signed = await signCorpus(
      listPost(
        'Build broken on arm64',
        `devel@${LIST_HOST}`,
        'Link step fails.\r\n\r\nAlice\r\n',
        'Thu, 26 Nov 2026 14:18:30 +0000',
      ),
      {
        domain: LIST_AUTHOR,
        selector: 's1',
      },
    );
    const listed = appendHeaders(
      signed.replace('Subject: Build broken on arm64', 'Subject: [Devel] Build broken on arm64 [EXTERNAL]') +
        mailmanFooter('devel', LIST_HOST, 'Devel'),
      ...mailmanHeaders('devel', LIST_HOST, 'Devel'),
    );
    const listRelay = { helo: `mail.${LIST_HOST}`, rdns: `mail.${LIST_HOST}`, ip: LIST_IP };
    const eml = onPremExchangeBehind(
      mimecastEntry(listed, listRelay, 'rw24Qp4vX1cB2dRsT8uUy-20', 'Thu, 26 Nov 2026 14:20:04 +0000'),
      MIMECAST,
      `devel-bounces+j.hoffmann=hs-nord.example@${LIST_HOST}`,
      { ad: 'ad.hs-nord.example', net: '10.40', date: 'Thu, 26 Nov 2026 15:20:07 +0100' },
    );
    emitCase(write, {
      name: 'rw24-list-prefix-gateway-suffix-external',
      about:
        'Mailman 2.1 adds "[Devel] " and its footer to a p=quarantine author’s signed post; the university’s Mimecast appends " [EXTERNAL]" at the end of the Subject, then its Exchange 2019; read with no options',
      class: 'list-footer',
      args: [],
      eml,
      zone: { ...authorZone(LIST_AUTHOR, 'p=quarantine'), ...LIST_ZONE, ...ptr(MIMECAST.ip, MIMECAST.rdns) },
      expect: NOT_SUSPICIOUS,
    });
  }
}

/** A list's post through the university's Mimecast and Exchange (the list relay as Mimecast's client). */
function listThroughMimecast(listed: string, n: number): string {
  const listRelay = { helo: `mail.${LIST_HOST}`, rdns: `mail.${LIST_HOST}`, ip: LIST_IP };
  return onPremExchangeBehind(
    mimecastEntry(listed, listRelay, `rw24Qp4vX1cB2dRsT8uUy-${n}`, 'Thu, 26 Nov 2026 14:20:04 +0000'),
    MIMECAST,
    `devel-bounces+j.hoffmann=hs-nord.example@${LIST_HOST}`,
    { ad: 'ad.hs-nord.example', net: '10.40', date: 'Thu, 26 Nov 2026 15:20:07 +0100' },
  );
}

async function gatewayOverList(write: CaseWriter): Promise<void> {
  const signed = await signCorpus(
    listPost(
      'Rotor timeout reproduced',
      `devel@${LIST_HOST}`,
      'Reproduced on two units.\r\n\r\nAlice\r\n',
      'Thu, 26 Nov 2026 14:18:30 +0000',
    ),
    { domain: LIST_AUTHOR, selector: 's1' },
  );
  const listed = appendHeaders(
    signed.replace(/^Subject: /m, 'Subject: [EXTERNAL] [Devel] ') +
      mailmanFooter('devel', LIST_HOST, 'Devel'),
    ...mailmanHeaders('devel', LIST_HOST, 'Devel'),
  );
  emitCase(write, {
    name: 'rw24-gateway-prefix-over-list-prefix',
    about:
      'Mailman 2.1 adds "[Devel] " and its footer to a p=quarantine author’s signed post; the university’s Mimecast then prepends "[EXTERNAL] " before the list’s tag ("[EXTERNAL] [Devel] …", what staff subscribed to outside lists see every day), then its Exchange 2019; read with no options',
    class: 'list-footer',
    args: [],
    eml: listThroughMimecast(listed, 21),
    zone: { ...authorZone(LIST_AUTHOR, 'p=quarantine'), ...LIST_ZONE, ...ptr(MIMECAST.ip, MIMECAST.rdns) },
    expect: NOT_SUSPICIOUS,
  });
}
