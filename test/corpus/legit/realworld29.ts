// Real-world delivery shapes, twenty-ninth round: genuine mail against rules committed in this
// session (2026-12-04 from 10:11 UTC).
// - lib/engine/relay-facts.ts (31024df): on a hosting network a DKIM d= is no ESP evidence. SaaS and
//   ESP mail that leaves from a cloud address (AWS, Google Cloud, Azure) with the customer's own
//   CNAME'd bounce domain (so SPF passes for the customer, not the ESP) and no ESP reverse name:
//   HubSpot's dedicated-IP layout (its ranges sit in Amazon's network, providers-esp.ts), a
//   transactional ESP signing d=customer and d=its own, a helpdesk SaaS on Azure, a SaaS's own
//   notification domain on EC2; controls: SES by range, GitHub from its own network.
// - lib/auth/footer-markup.ts (295a5af): HTML list footers written the way list owners write them:
//   pasted from Outlook/Word (a table with margin-left:-5.4pt, MsoNormal), pasted as a whole
//   document (<html><head><meta …></head><body>…), quoted-printable; control: Google Groups' footer.
// - lib/findings/lookalike-letters.ts (7ab4901): IDNs in living orthographies whose letters the
//   allow-list lacks (Ewe ɖ, Bambara ɲ, Kabiye ɩ ʊ, Skolt/Inari Sámi ǥ), authenticated for
//   themselves; controls in letters it allows (Northern Sámi ŋ ŧ đ, Vietnamese ơ ư, Azerbaijani ə).
// - lib/message/origin-nat.ts (7763a2d): the organisation's webmail submitting with ESMTPSA to
//   the MX behind a NAT (straight, and through its submission server).
// Layouts recalled (HubSpot/Postmark header sets, Outlook's HTML, Google Groups' footer), not
// copied; the search corpora gave no raw copy. Names and addresses are documentation ones (RFC 2606,
// RFC 5737) except the cloud and ESP ranges the classifier must recognise; every key is the corpus
// test key.
// Tally when written (2026-12-04 11:1x): 20 cases, 7 read right (controls), 13 pending: 8 regressions
// of this session (2 of 31024df, 2 of 295a5af, 4 of 7ab4901) and 5 older readings (2 cloud SaaS,
// a whole-document footer, 2 webmails behind a NAT). Not built (time): lib/attached.ts provedByOwner.
import { domainToASCII } from 'node:url';
import type { CaseExpectation } from '../../helpers/corpus';
import { signCorpus } from '../../helpers/corpus';
import { appendHeaders } from '../edits';
import { ARGS, emitCase, KEY, legitCorpus, ptr, RECEIVER, SIGNED } from '../kit';
import { keyZone, mailmanHeaders } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import { authorZone, fromListHost, LIST_AUTHOR, LIST_HOST, LIST_ZONE, LISTED } from '../rounds-kit';

/** DMARC passed for the From domain and nothing should make it a warning. */
const PASSES: CaseExpectation = { verdict: 'authenticated', fields: { 'dmarc.result': 'pass' } };

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule, the fix and its risk.
 */
// Fixed at 11:4x on 2026-12-04 (in the corpus): an ESP's own platform signature counts on a
// dedicated cloud address again, only a customer-named d= does not (lib/relay/esp-evidence.ts);
// a footer's negative horizontal margin and a footer saved as a whole document are a footer's
// (lib/auth/footer-markup.ts).
// 11:5x: Ewe ɖ, Bambara ɲ, Kabiye ɩ ʊ, Sámi ǥ and ɨ ʉ are letters of living orthographies
// (lib/findings/lookalike-letters.ts).
// Fixed at 13:2x on 2026-12-04: rw29-nat-webmail-container-submits-to-mx (the webmail's own login to
// the box above its HTTP line is the entry's hand-over: lib/engine/login-submission.ts loginSubmission). Still
// pending: the webmail through a relay behind a NAT (the login line is below an inner address).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Not regressions (same reading before this session): a SaaS on a cloud without an ESP d= or
  // reverse name. Read "suspicious" (hosted-server-relay medium); should read "authenticated".
  // lib/findings/hosted-server.ts ownServerEvidence lowers only for a forward-confirmed reverse
  // name inside the From's organisation (the control rw29-saas-own-notifications-from-ec2-with-
  // own-ptr reads right). Fix: none proposed in lib/ for the bare-address case (a fresh attacker
  // domain from a VM looks the same); for the helpdesk, accept a forward-confirmed reverse name
  // under the domain that signs a passing aligned selector's CNAME target. Risk: needs the CNAME
  // in the DNS log; an attacker's own SaaS name proves nothing more than his own domain.
  'rw29-helpdesk-saas-azure-customer-dkim-only',
  'rw29-saas-own-notifications-from-ec2',
  // Not a regression (same reading at 7763a2d~1): a colleague's SPF-only mail through the
  // organisation's own webmail host and its submission relay behind a NAT reads "spoofed"
  // (spf-fail, dmarc-fail); should read "unverified". The origin is the webmail host
  // (203.0.113.30), not in SPF, below the relay's NAT-recorded line (10.0.0.1). lib/analyze.ts
  // loginSubmission takes a login line only when every line above it is a local hand-off: behind a
  // NAT an outsider who greets as smtp.reader.example can write the login line below himself, and
  // would turn "spoofed" into "unverified". Kept as a trade-off.
  'rw29-nat-webmail-on-other-host-via-submission-relay',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

export async function makeAll(write: CaseWriter): Promise<void> {
  await cloudSenders(write);
  await htmlFooters(write);
  await idns(write);
  await natSubmissions(write);
}

const SENT = 'Fri, 20 Nov 2026 09:59:58 +0000';

// ---------------------------------------------------------------------------------------------
// 1. ESP and SaaS mail from cloud addresses (relay-facts.ts: DKIM d= no ESP evidence on hosting)
// ---------------------------------------------------------------------------------------------

interface Cloud {
  name: string;
  about: string;
  ip: string;
  helo: string;
  rdns?: string;
  from: string;
  envelope: string;
  /** (domain, selector) signers, the ESP's own last (on top). */
  signers: Array<[string, string]>;
  /** SPF records by name (the customer's bounce domain: the ESP's include, written out). */
  spf: Record<string, string>;
  dmarc: Record<string, string>;
  extra?: string[];
  subject: string;
  expect?: CaseExpectation;
}

async function cloudCase(write: CaseWriter, c: Cloud, n: number): Promise<void> {
  let raw = submitted({
    from: c.from,
    to: 'Robin Reader <robin@reader.example>',
    subject: c.subject,
    date: SENT,
    messageId: `<${n}.${c.name.length}.rw29@${c.envelope.slice(c.envelope.indexOf('@') + 1)}>`,
    ...(c.extra ? { extraHeaders: c.extra } : {}),
    body: 'Hello Robin,\r\n\r\nYour ticket #4471 has been updated.\r\n',
  });
  for (const [domain, selector] of c.signers)
    raw = await signCorpus(raw, { domain, selector, headerList: SIGNED });
  emitCase(write, {
    name: c.name,
    about: c.about,
    class: 'cloud-esp',
    args: ARGS,
    eml: onTop(
      raw,
      `Return-Path: <${c.envelope}>`,
      received({
        helo: c.helo,
        ...(c.rdns ? { rdns: c.rdns } : {}),
        ip: c.ip,
        by: RECEIVER,
        id: `4ZrQ9c00${n}`,
      }),
    ),
    zone: {
      ...(c.rdns ? ptr(c.ip, c.rdns) : {}),
      ...Object.fromEntries(c.signers.map(([d, s]) => [`${s}._domainkey.${d}`, KEY()])),
      ...Object.fromEntries(Object.entries(c.dmarc).map(([d, r]) => [`_dmarc.${d}`, { TXT: [r] }])),
      ...Object.fromEntries(Object.entries(c.spf).map(([d, r]) => [d, { TXT: [r] }])),
    },
    expect: c.expect ?? PASSES,
  });
}

async function cloudSenders(write: CaseWriter): Promise<void> {
  const shapes: Cloud[] = [
    {
      name: 'rw29-hubspot-dedicated-ip-custom-bounce-on-aws',
      about:
        'HubSpot marketing mail on a dedicated IP in Amazon’s network (HubSpot’s ranges sit there, providers-esp.ts) with no reverse name: the customer’s CNAME’d bounce domain (Return-Path at hs-bounces.acme-tools.example, SPF pass through HubSpot’s include), DKIM d=acme-tools.example (aligned) and d=hubspotemail.net; p=reject, DMARC passes',
      ip: '3.120.1.31',
      helo: 'acme-tools.hubspotemail.example',
      from: 'Acme Tools <news@acme-tools.example>',
      envelope: '1axbtt2xq9cm@hs-bounces.acme-tools.example',
      signers: [
        ['acme-tools.example', 'hs1'],
        ['hubspotemail.net', 'hs2'],
      ],
      spf: { 'hs-bounces.acme-tools.example': 'v=spf1 ip4:3.120.1.0/24 -all' },
      dmarc: { 'acme-tools.example': 'v=DMARC1; p=reject' },
      extra: [
        'X-HS-Cid: 1axbtt2xq9cm',
        'List-Unsubscribe: <https://acme-tools.example/hs/manage-preferences/unsubscribe>',
      ],
      subject: 'November product update',
    },
    {
      name: 'rw29-transactional-esp-custom-return-path-gcp',
      about:
        'A transactional ESP’s layout (Postmark-style: Return-Path at the customer’s pm-bounces.<domain> CNAME, DKIM d=<customer> and the ESP’s own d=pm.mtasv.net, X-PM-Message-Id) sent from a Google Cloud address with no ESP reverse name; SPF passes for the customer’s bounce domain, DMARC passes by both',
      ip: '34.141.20.17',
      helo: 'smtp-out-17.esp-mta.example',
      from: 'Quarkfield Billing <billing@quarkfield.example>',
      envelope: 'pm_bounces@pm-bounces.quarkfield.example',
      signers: [
        ['quarkfield.example', '20261101'],
        ['pm.mtasv.net', 'pm'],
      ],
      spf: { 'pm-bounces.quarkfield.example': 'v=spf1 ip4:34.141.20.0/24 -all' },
      dmarc: { 'quarkfield.example': 'v=DMARC1; p=quarantine' },
      extra: ['X-PM-Message-Id: 7c0a4d1e-52b8-4c1b-9a0e-3f1d2b6c8e44', 'X-PM-Tag: invoice'],
      subject: 'Invoice INV-2026-1120',
    },
    {
      name: 'rw29-helpdesk-saas-azure-customer-dkim-only',
      about:
        'A helpdesk SaaS (Zendesk/Freshdesk-style ticket update) hosted on Azure, sending from an Azure address with no reverse name: Return-Path at the customer’s CNAME’d bounce domain (support-bounces.northwind-lab.example, SPF pass via the SaaS’s include), only the customer’s aligned DKIM (selector CNAME’d to the SaaS); p=reject, DMARC passes',
      ip: '20.50.2.40',
      helo: 'out-4.helpdesk-saas.example',
      from: 'Northwind Lab Support <support@northwind-lab.example>',
      envelope: 'b.4471.77@support-bounces.northwind-lab.example',
      signers: [['northwind-lab.example', 'hd1']],
      spf: { 'support-bounces.northwind-lab.example': 'v=spf1 ip4:20.50.2.0/24 -all' },
      dmarc: { 'northwind-lab.example': 'v=DMARC1; p=reject' },
      extra: ['Auto-Submitted: auto-generated', 'X-Mailer: helpdesk'],
      subject: '[Northwind Lab] Re: Ticket #4471 updated',
    },
    {
      name: 'rw29-saas-own-notifications-from-ec2',
      about:
        'A SaaS’s own notification mail (a team-chat or wiki app: "You were mentioned") from its own EC2 fleet (no SES, no reverse name): envelope and DKIM at its own notify domain, SPF lists the fleet’s /24, p=reject; DMARC passes',
      ip: '3.120.1.77',
      helo: 'notify-mta-3.teamchat.example',
      from: 'TeamChat <feedback@notify.teamchat.example>',
      envelope: 'bounce-4471@notify.teamchat.example',
      signers: [['notify.teamchat.example', 'tc1']],
      spf: { 'notify.teamchat.example': 'v=spf1 ip4:3.120.1.0/24 -all' },
      dmarc: { 'notify.teamchat.example': 'v=DMARC1; p=reject' },
      subject: 'Dana mentioned you in #release',
    },
    {
      name: 'rw29-saas-own-notifications-from-ec2-with-own-ptr',
      about:
        'The same SaaS notification from its EC2 fleet whose addresses carry its own forward-confirmed reverse names (notify-mta-3.teamchat.example, set through AWS’s reverse-DNS request): hosted-server-relay low, DMARC passes',
      ip: '3.120.1.78',
      helo: 'notify-mta-3.teamchat.example',
      rdns: 'notify-mta-3.teamchat.example',
      from: 'TeamChat <feedback@notify.teamchat.example>',
      envelope: 'bounce-4472@notify.teamchat.example',
      signers: [['notify.teamchat.example', 'tc1']],
      spf: { 'notify.teamchat.example': 'v=spf1 ip4:3.120.1.0/24 -all' },
      dmarc: { 'notify.teamchat.example': 'v=DMARC1; p=reject' },
      subject: 'Dana mentioned you in #deploy',
    },
    {
      name: 'rw29-ses-custom-mail-from-control',
      about:
        'Control: an issue tracker’s cloud notification through Amazon SES with a custom MAIL FROM domain (Return-Path at bounce.tracker-cloud.example, SPF include:amazonses.com written out), reverse name under amazonses.com, DKIM d=tracker-cloud.example and d=amazonses.com; DMARC passes',
      ip: '54.240.8.40',
      helo: 'a8-40.smtp-out.amazonses.com',
      rdns: 'a8-40.smtp-out.amazonses.com',
      from: 'Tracker Cloud <jira@tracker-cloud.example>',
      envelope: '0100018c@bounce.tracker-cloud.example',
      signers: [
        ['tracker-cloud.example', 'tc2'],
        ['amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'],
      ],
      spf: { 'bounce.tracker-cloud.example': 'v=spf1 ip4:54.240.0.0/18 -all' },
      dmarc: { 'tracker-cloud.example': 'v=DMARC1; p=reject' },
      subject: '[JIRA] (PROJ-42) Build broken on arm64',
    },
    {
      name: 'rw29-github-notification-control',
      about:
        'Control: a GitHub notification from GitHub’s own network (out-21.smtp.github.com, 192.30.252.0/22), envelope and DKIM at github.com; DMARC passes',
      ip: '192.30.252.204',
      helo: 'out-21.smtp.github.com',
      rdns: 'out-21.smtp.github.com',
      from: 'Dana Lee <notifications@github.com>',
      envelope: 'noreply@github.com',
      signers: [['github.com', 'pf2023']],
      spf: { 'github.com': 'v=spf1 ip4:192.30.252.0/22 -all' },
      dmarc: { 'github.com': 'v=DMARC1; p=reject' },
      extra: ['X-GitHub-Sender: danalee', 'X-GitHub-Reason: mention'],
      subject: '[acme/widget] Fix link step on arm64 (PR #42)',
    },
  ];
  let n = 0;
  for (const s of shapes) await cloudCase(write, s, n++);
}

// ---------------------------------------------------------------------------------------------
// 2. HTML list footers as list owners write them (footer-markup.ts)
// ---------------------------------------------------------------------------------------------

const POST_HTML = [
  '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>',
  '<p>The nightly build fails at link time on arm64; log in the tracker.</p>',
  '<p>Alice</p>',
  '</body></html>',
  '',
].join('\r\n');

async function htmlPost(cte: 'quoted-printable' | '8bit' = '8bit'): Promise<string> {
  return signCorpus(
    [
      `From: Alice Martin <alice@${LIST_AUTHOR}>`,
      `To: devel@${LIST_HOST}`,
      'Subject: Build broken on arm64',
      'Date: Fri, 20 Nov 2026 09:58:00 +0000',
      `Message-ID: <html.arm64.alice@${LIST_AUTHOR}>`,
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      ...(cte === 'quoted-printable' ? ['Content-Transfer-Encoding: quoted-printable'] : []),
      '',
      cte === 'quoted-printable'
        ? POST_HTML.replace('http-equiv="Content', 'http-equiv=3D"Content')
            .replace(/content="text/, 'content=3D"text')
            .replace('charset=utf-8">', 'charset=3Dutf-8">')
        : POST_HTML,
    ].join('\r\n'),
    { domain: LIST_AUTHOR, selector: 's1' },
  );
}

const listDelivery = (raw: string, n: number) =>
  onTop(
    appendHeaders(raw, ...mailmanHeaders('devel', LIST_HOST, 'Devel')),
    `Return-Path: <devel-bounces+robin=reader.example@${LIST_HOST}>`,
    fromListHost(`4ZrQ9d00${n}`),
  );

async function htmlFooters(write: CaseWriter): Promise<void> {
  const zone = { ...authorZone(LIST_AUTHOR, 'p=quarantine'), ...LIST_ZONE };
  const shapes: Array<{
    name: string;
    about: string;
    footer: string;
    qp?: boolean;
    expect?: CaseExpectation;
  }> = [
    {
      name: 'rw29-list-html-footer-pasted-from-outlook-negative-margin',
      about:
        'A list owner’s HTML footer written in Outlook and pasted into the list’s settings: Word’s table markup with style="margin-left:-5.4pt;border-collapse:collapse" (MsoTableGrid’s default cell inset, in every Outlook-authored table) and class=MsoNormal paragraphs, appended after the author’s signed HTML; p=quarantine author, signature verifies once the footer is cut',
      footer:
        '<table class=MsoTableGrid border=0 cellspacing=0 cellpadding=0 style="margin-left:-5.4pt;border-collapse:collapse"><tr><td width=604 valign=top style="width:453.1pt;padding:0cm 5.4pt 0cm 5.4pt"><p class=MsoNormal><span style="font-size:8.0pt;color:#595959">Devel mailing list &ndash; <a href="https://lists.example.org/mailman/listinfo/devel">unsubscribe or change options</a></span></p></td></tr></table>',
    },
    {
      name: 'rw29-list-html-footer-pasted-as-whole-document',
      about:
        'A list owner’s HTML footer saved from an HTML editor as a whole document (<html><head><meta http-equiv="Content-Type" …></head><body><p>…</p></body></html>) and appended after the author’s signed HTML: a second <html>/<body> start tag with no attributes, which changes nothing the parser shows; signature verifies once the footer is cut',
      footer:
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><hr><p style="font-size:small">Devel mailing list &ndash; <a href="https://lists.example.org/mailman/listinfo/devel">list information</a></p></body></html>',
    },
    {
      name: 'rw29-list-html-footer-centered-newsletter-style',
      about:
        'A list footer in a newsletter’s house style (a centered table with margin:0 auto, text-transform:uppercase heading, position:static written out by the editor), appended after the author’s signed HTML; signature verifies once cut',
      footer:
        '<table align="center" style="margin:0 auto;width:100%;max-width:600px"><tr><td style="position:static;padding:12px 0;text-align:center;font-size:11px;color:#777"><span style="text-transform:uppercase;letter-spacing:1px">Devel</span><br><a href="https://lists.example.org/mailman/listinfo/devel">Unsubscribe</a></td></tr></table>',
    },
    {
      name: 'rw29-list-html-footer-quoted-printable-negative-margin',
      about:
        'The Outlook-pasted footer (margin-left:-5.4pt) appended to a quoted-printable text/html post in quoted-printable, its style split by a soft line break (=\\r\\n) as encoders write lines of 76; signature verifies once cut',
      qp: true,
      footer:
        '<table class=3DMsoTableGrid border=3D0 style=3D"margin-le=\r\nft:-5.4pt;border-collapse:collapse"><tr><td><p class=3DMsoNormal>Devel mailing l=\r\nist &ndash; <a href=3D"https://lists.example.org/mailman/listinfo/devel">opt=\r\nions</a></p></td></tr></table>',
    },
    {
      name: 'rw29-list-html-footer-google-groups-style-control',
      about:
        'Control: a footer in Google Groups’ HTML words (<p></p>-- <br />You received this message because you are subscribed to …<br />To unsubscribe … <a href="mailto:…">…</a>.<br />) appended after the signed HTML at a Mailman host; signature verifies once cut',
      footer:
        '<p></p>\r\n\r\n-- <br />\r\nYou received this message because you are subscribed to the Devel list.<br />\r\nTo unsubscribe from this list and stop receiving emails from it, send an email to <a href="mailto:devel-request@lists.example.org">devel-request@lists.example.org</a>.<br />',
    },
  ];
  let n = 0;
  for (const s of shapes) {
    const post = await htmlPost(s.qp ? 'quoted-printable' : '8bit');
    emitCase(write, {
      name: s.name,
      about: s.about,
      class: 'list-html-footer',
      args: ARGS,
      eml: listDelivery(`${post}${s.footer}\r\n`, n++),
      zone,
      expect: s.expect ?? LISTED,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 3. IDNs in living orthographies (lookalike-letters.ts)
// ---------------------------------------------------------------------------------------------

async function idns(write: CaseWriter): Promise<void> {
  const shapes: Array<{ name: string; label: string; about: string }> = [
    {
      name: 'rw29-idn-ewe-d-with-tail',
      label: 'ɖevi',
      about:
        'Ewe ɖ (U+0256, African D: Ewe, Fon, a letter of the African reference alphabet): a children’s charity at ɖevi.example',
    },
    {
      name: 'rw29-idn-bambara-n-with-left-hook',
      label: 'ɲɛtaa',
      about:
        'Bambara ɲ (U+0272, also Fula, Mandinka, Dioula) and ɛ: a cooperative at ɲɛtaa.example ("progress")',
    },
    {
      name: 'rw29-idn-kabiye-iota-upsilon',
      label: 'kabɩyɛ-ʊ',
      about:
        'Kabiye ɩ (U+0269, Latin iota) and ʊ (U+028A, Latin upsilon), letters of Togo’s Kabiye orthography: a radio station at kabɩyɛ-ʊ.example',
    },
    {
      name: 'rw29-idn-skolt-sami-g-with-stroke',
      label: 'sääʹmǥiõll',
      about:
        'Skolt/Inari Sámi ǥ (U+01E5, g with stroke, allowed in Finland’s .fi IDN table with ǩ ǯ ʒ): a language society at sääʹmǥiõll.example (ʹ as Skolt writes it)',
    },
    {
      name: 'rw29-idn-northern-sami-control',
      label: 'ŋoŧđa',
      about: 'Control: Northern Sámi ŋ ŧ đ (in the allow-list): ŋoŧđa.example',
    },
    {
      name: 'rw29-idn-vietnamese-azerbaijani-control',
      label: 'ươngəh',
      about:
        'Control: Vietnamese ư ơ (base letter plus horn) and Azerbaijani ə (in the allow-list): ươngəh.example',
    },
  ];
  let n = 0;
  for (const s of shapes) {
    const domain = domainToASCII(`${s.label}.example`);
    const ip = `203.0.113.${40 + n}`;
    const raw = await signCorpus(
      submitted({
        from: `Info <info@${domain}>`,
        subject: 'Newsletter, November',
        date: SENT,
        messageId: `<nl.2026.11.${n}@${domain}>`,
        body: 'Hello,\r\n\r\nOur November newsletter.\r\n',
      }),
      { domain, selector: 's1', headerList: SIGNED },
    );
    emitCase(write, {
      name: s.name,
      about: `${s.about}; From in its A-label (${domain}), its own server with forward-confirmed reverse name, SPF and aligned DKIM pass, p=reject: should stay authenticated`,
      class: 'idn-orthography',
      args: ARGS,
      eml: onTop(
        raw,
        `Return-Path: <info@${domain}>`,
        received({ helo: `mail.${domain}`, rdns: `mail.${domain}`, ip, by: RECEIVER, id: `4ZrQ9e00${n++}` }),
      ),
      zone: {
        ...ptr(ip, `mail.${domain}`),
        ...keyZone([`s1._domainkey.${domain}`]),
        [domain]: { TXT: [`v=spf1 ip4:${ip} -all`] },
        [`_dmarc.${domain}`]: { TXT: ['v=DMARC1; p=reject'] },
      },
      expect: PASSES,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Receivers behind a NAT whose own hosts write a submission line (origin-nat.ts)
// ---------------------------------------------------------------------------------------------

async function natSubmissions(write: CaseWriter): Promise<void> {
  const colleague = submitted({
    from: 'Dana Lee <dana@reader.example>',
    subject: 'Minutes of Thursday’s meeting',
    date: SENT,
    messageId: '<minutes.2026.11.20@reader.example>',
    body: 'Robin,\r\n\r\nthe minutes are on the share.\r\n\r\nDana\r\n',
  });
  const zone = {
    'reader.example': {
      TXT: ['v=spf1 mx ip4:203.0.113.25 -all'],
      MX: [{ priority: 10, exchange: RECEIVER }],
    },
    '_dmarc.reader.example': { TXT: ['v=DMARC1; p=quarantine'] },
    ...ptr('203.0.113.25', RECEIVER),
    [RECEIVER]: { A: ['203.0.113.25'] },
  };
  const shapes: Array<{ name: string; about: string; lines: string[] }> = [
    {
      name: 'rw29-nat-webmail-container-submits-to-mx',
      about:
        'A colleague’s mail written in the organisation’s webmail (Roundcube in its own container, http_received_header on) and submitted with ESMTPSA to the MX behind Docker’s proxy, which records the proxy’s 172.17.0.1 for every client; the webmail greets as webmail.reader.example. SPF only (no DKIM), p=quarantine: should not read spoofed',
      lines: [
        `Received: from webmail.reader.example (unknown [172.17.0.1])\r\n\t(Authenticated sender: dana@reader.example)\r\n\tby ${RECEIVER} (Postfix) with ESMTPSA id 4ZrQ9f0001\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:02 +0000`,
        'Received: from [198.51.100.23] (dsl-198-51-100-23.isp.example [198.51.100.23])\r\n\tby webmail.reader.example\r\n\twith HTTP (HTTP/1.1 POST); Fri, 20 Nov 2026 10:00:01 +0000',
      ],
    },
    {
      name: 'rw29-nat-webmail-on-other-host-via-submission-relay',
      about:
        'The webmail on another host (webmail.reader.example) submits with ESMTPSA to the organisation’s submission server smtp.reader.example, which relays to the MX behind a NAT (the MX records the NAT’s 10.0.0.1 for every client; smtp greets with its own name). SPF only (no DKIM), p=quarantine: should not read spoofed',
      lines: [
        `Received: from smtp.reader.example (unknown [10.0.0.1])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id 4ZrQ9f0002\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:03 +0000`,
        'Received: from webmail.reader.example (webmail.reader.example [203.0.113.30])\r\n\t(Authenticated sender: dana@reader.example)\r\n\tby smtp.reader.example (Postfix) with ESMTPSA id 4ZrQ9g0002\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:02 +0000',
        'Received: from [198.51.100.23] (dsl-198-51-100-23.isp.example [198.51.100.23])\r\n\tby webmail.reader.example\r\n\twith HTTP (HTTP/1.1 POST); Fri, 20 Nov 2026 10:00:01 +0000',
      ],
    },
  ];
  for (const s of shapes) {
    emitCase(write, {
      name: s.name,
      about: s.about,
      class: 'nat-submission',
      args: ARGS,
      eml: onTop(colleague, 'Return-Path: <dana@reader.example>', ...s.lines),
      zone,
      expect: { notVerdict: ['spoofed', 'suspicious'] },
    });
  }
}
