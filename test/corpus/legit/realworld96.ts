// Real-world delivery shapes, ninety-sixth round: offline (privacy) mode in every webmail. A case
// without a `zone` runs --offline, so HeaderLens reads only what the reader's provider recorded
// (README: "an offline mode trusts only the provider's own Authentication-Results"). The genuine
// mail a reader gets, read in Gmail, Outlook on the web (EOP), Yahoo and a self-hosted box
// (--webmail none --authserv-id mail.tidewater.example), with and without --recipient-domain.
// Rules crossed (today's, git log -8 -- lib/): own-domain-unauthenticated (offline only on the
// provider's proven record), display-name-reader-org (Teams, SharePoint), reply-to-other-org
// (SharePoint's Reply-To at the sharer), ARC notes, the provider's results as the only evidence.
// Layouts: Gmail's entry, Received-SPF and single header, Yahoo's atlas header and EOP's id-less
// header with compauth as receivers.ts / m365-shapes.ts (learnt from public deliveries named there);
// Exchange Online's MAPI/HTTPS internal delivery as rounds-kit.ts exoInternal; Google Groups'
// "'Name' via Group" From as list-shapes.ts; Shopify's per-store From (store+<id>@) as the reply-to
// rule names it; Gmail's +caf_ forwarding envelope as list-shapes.ts. Names and addresses are
// documentation ones except Google's, Microsoft's, Yahoo's and Shopify's.
import type { CaseExpectation } from '../../helpers/corpus';
import { emitCase, legitCorpus } from '../kit';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { eopDelivery, gmailDelivery, gmailDkim, gmailDmarc, gmailSpf, yahooDelivery } from '../receivers';
import { exoInternal, HL } from '../rounds-kit';

/** The provider recorded DMARC pass: authenticated. */
const PASSES: CaseExpectation = { verdict: 'authenticated' };
/** Genuine mail nothing proves offline: no warning. */
const NOT_WARNED: CaseExpectation = { notVerdict: ['spoofed', 'suspicious'] };

/**
 * Shapes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is
 * fixed. Each comment: what it reads, what it should, which rule, the fix and its risk.
 */
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Read unverified (offline-mode: "HeaderLens is offline and found no Authentication-Results from
  // your provider") though EOP wrote its one id-less header right above its entry line, recording
  // spf, dkim, dmarc pass and compauth=pass. The summary's claim is false, and every genuine mail in
  // Outlook reads unverified offline: the Outlook profile lists no trusted authserv-id
  // (lib/webmail/profiles.ts trustedAuthservIds: []), so only eopVouchesArc
  // (lib/findings/eop-record.ts) ever reads EOP's record offline. Should read authenticated.
  // Fix: offline in Outlook, take eopEntryResults(ctx) (exactly one id-less header between the
  // EOP frontend's entry and the hop above it; none smuggled) as the provider's record for the
  // verdict when it has dmarc=pass and compauth=pass for the From domain; at the least, word the
  // summary "found EOP's record but offline mode does not read it". Risk: a sender's smuggled
  // id-less header is already refused by the one-header rule (probe5-eop-authres-in-received-spf-
  // helo); one forged above the entry needs Exchange's own hops, which a sender does not write.
  // The rd twins and the Teams/SharePoint cases pin only "no warning" meanwhile.
  // Fixed in part at 17:40 on 2026-12-05 (lib/findings/summary.ts, summary_reason_offline_outlook):
  // the summary no longer says no record was found; it says offline Outlook takes Exchange Online's
  // record only where it shows a failure, and to go online. Kept out by choice (the lead, 17:40):
  // reading EOP's id-less passes offline is a trust decision this stop does not take (a second
  // id-less header in that slot leaves the engine unable to choose today); offline in Outlook
  // genuine mail reads unverified, online it authenticates.
  'rw96-outlook-own-newsletter-sendgrid-offline',
  'rw96-outlook-gmail-forward-into-m365-bank-offline',
]);

export async function make(write: CaseWriter): Promise<void> {
  return legitCorpus(makeAll, PENDING_ENGINE_FIX, write);
}

const TW = 'tidewater.example';
const BOX = `mail.${TW}`;
const READER = `morgan.lee@${TW}`;
const SENT = 'Fri, 20 Nov 2026 10:00:01 +0000';
const OUTLOOK = ['--webmail', 'outlook'];
const GMAIL = ['--webmail', 'gmail'];
const YAHOO = ['--webmail', 'yahoo'];
const SELF = ['--webmail', 'none', '--authserv-id', BOX];
const RD = (a: string[], d = TW) => [...a, '--recipient-domain', d];

interface One {
  name: string;
  about: string;
  cls: string;
  eml: string;
  args: string[];
  expect: CaseExpectation;
}
const emit = (write: CaseWriter, c: One) =>
  emitCase(write, {
    name: c.name,
    about: c.about,
    class: `rw96-${c.cls}`,
    eml: c.eml,
    args: c.args,
    expect: c.expect,
  });

const msg = (from: string, to: string, subject: string, body: string, extra: string[] = []) =>
  submitted({
    from,
    to,
    subject,
    date: SENT,
    messageId: `<${subject.length}.${body.length}rw96@${from.replace(/.*@|>.*/g, '')}>`,
    extraHeaders: extra,
    body,
  });

const eopAr = (o: {
  ip: string;
  mailfrom: string;
  spf: string;
  dkim: string;
  dmarc: string;
  from: string;
  compauth: string;
}) =>
  `spf=${o.spf} (sender IP is ${o.ip})\r\n smtp.mailfrom=${o.mailfrom}; ${o.dkim};dmarc=${o.dmarc} action=none\r\n header.from=${o.from};compauth=${o.compauth}`;
const eopSpf = (mailfrom: string, ip: string) =>
  `Pass (protection.outlook.com: domain of ${mailfrom} designates\r\n ${ip} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ip}; helo=${mailfrom}; pr=C`;

function eop(
  raw: string,
  o: {
    ip: string;
    helo: string;
    envelope: string;
    dkimD: string;
    from: string;
    dmarc?: string;
    compauth?: string;
    spf?: string;
  },
) {
  const mailfrom = o.envelope.split('@')[1] ?? o.envelope;
  return eopDelivery(raw, {
    ip: o.ip,
    helo: o.helo,
    returnPath: `<${o.envelope}>`,
    spf: eopSpf(mailfrom, o.ip),
    ar: eopAr({
      ip: o.ip,
      mailfrom,
      spf: o.spf ?? 'pass',
      dkim: `dkim=pass (signature was verified)\r\n header.d=${o.dkimD}`,
      dmarc: o.dmarc ?? 'pass',
      from: o.from,
      compauth: o.compauth ?? 'pass reason=100',
    }),
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  // 1. A colleague inside Microsoft 365 (never through EOP), read offline with and without rd.
  const colleague = exoInternal(
    msg(
      `Dana Whitfield <dana.whitfield@${HL}>`,
      `Morgan Lee <morgan.lee@${HL}>`,
      'Q4 budget sheet',
      'Morgan,\r\n\r\nUpdated sheet is on the team site.\r\n\r\nDana\r\n',
    ),
    `dana.whitfield@${HL}`,
    SENT,
  );
  for (const rd of [false, true]) {
    emit(write, {
      name: `rw96-outlook${rd ? '-rd' : ''}-colleague-inside-m365-mapi-offline`,
      about: `A colleague's mail inside one Microsoft 365 organisation (${HL}): MAPI submission and HTTPS delivery on Exchange Online mailbox servers, never through EOP, so no Authentication-Results. Read offline in Outlook${rd ? ` with --recipient-domain ${HL}` : ''}. Wanted: never spoofed nor suspicious; nothing crossed the internet.`,
      cls: 'm365-internal',
      eml: colleague,
      args: rd ? RD(OUTLOOK, HL) : OUTLOOK,
      expect: NOT_WARNED,
    });
  }

  // 2. The organisation's own newsletter through SendGrid, into its own Microsoft 365 tenant.
  const news = eop(
    msg(
      `Tidewater News <news@${TW}>`,
      `Morgan Lee <${READER}>`,
      'Tidewater staff newsletter, November',
      'This month: the new harbour office opens.\r\n',
      [
        'List-Unsubscribe: <https://u.tidewater.example/unsub/96>',
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      ],
    ),
    {
      ip: '149.72.96.14',
      helo: 'o1.ptr9614.em.tidewater.example',
      envelope: `bounces+96@em.${TW}`,
      dkimD: TW,
      from: TW,
    },
  );
  for (const rd of [false, true]) {
    emit(write, {
      name: `rw96-outlook${rd ? '-rd' : ''}-own-newsletter-sendgrid-offline`,
      about: `The organisation's own newsletter sent through SendGrid (envelope em.${TW}, d=${TW}) into its Microsoft 365 tenant; EOP recorded spf, dkim, dmarc pass and compauth=pass. Offline${rd ? ` with --recipient-domain ${TW}` : ''}. Wanted: authenticated on EOP's record; own-domain-unauthenticated must not fire on a proven pass.`,
      cls: 'own-esp',
      eml: news,
      args: rd ? RD(OUTLOOK) : OUTLOOK,
      expect: rd ? NOT_WARNED : PASSES,
    });
  }

  // 3. A Google Group post read in Gmail.
  const group = gmailDelivery(
    msg(
      `'Priya Raman' via Harbour Rowing <harbour-rowing@googlegroups.com>`,
      'Harbour Rowing <harbour-rowing@googlegroups.com>',
      'Saturday outing moved to 9am',
      'Hi all, tide is later; meet 9am.\r\n',
      [
        'Reply-To: Priya Raman <priya@kelpworks.example>',
        'List-Id: <harbour-rowing.googlegroups.com>',
        'Mailing-list: list harbour-rowing@googlegroups.com; contact harbour-rowing+owners@googlegroups.com',
        'Precedence: list',
      ],
    ),
    {
      relay: { helo: 'mail-sor-f69.google.com', rdns: 'mail-sor-f69.google.com', ip: '209.85.220.69' },
      envelope: 'harbour-rowing+bncBD96@googlegroups.com',
      results: `${gmailDkim('googlegroups.com', '20230601')}\r\n       ${gmailSpf('harbour-rowing+bncBD96@googlegroups.com', '209.85.220.69')}\r\n       ${gmailDmarc('googlegroups.com', 'QUARANTINE')}`,
      ids: ['x96csp1200pxa', 'a96si1200qtb.69'],
      spf: 'pass',
      deliveredTo: true,
    },
  );
  emit(write, {
    name: 'rw96-gmail-google-group-post-offline',
    about:
      "A Google Group post as Gmail delivers it: From \"'Priya Raman' via Harbour Rowing\" <harbour-rowing@googlegroups.com>, Reply-To at the author's own domain, d=googlegroups.com and DMARC pass recorded by mx.google.com. Offline in Gmail. Wanted: authenticated; the author's Reply-To under the same name is no warning.",
    cls: 'google-group',
    eml: group,
    args: GMAIL,
    expect: PASSES,
  });

  // 4. A Teams notice and 5. a SharePoint share, into the tenant, with and without rd.
  const teams = eop(
    msg(
      'Priya Raman in Teams <noreply@email.teams.microsoft.com>',
      `Morgan Lee <${READER}>`,
      'Priya Raman mentioned you in Harbour Office',
      'Priya Raman mentioned you in Harbour Office > General.\r\n',
    ),
    {
      ip: '52.101.46.96',
      helo: 'NAM12-MW2-obe.outbound.protection.outlook.com',
      envelope: 'noreply@email.teams.microsoft.com',
      dkimD: 'email.teams.microsoft.com',
      from: 'email.teams.microsoft.com',
    },
  );
  const share = eop(
    msg(
      'Priya Raman <no-reply@sharepointonline.com>',
      `Morgan Lee <${READER}>`,
      'Priya Raman shared "Harbour lease.docx" with you',
      'Priya Raman shared a file with you.\r\nOpen: https://tidewater.sharepoint.com/:w:/s/harbour/Eh96\r\n',
      [`Reply-To: Priya Raman <priya.raman@${TW}>`],
    ),
    {
      ip: '52.101.46.97',
      helo: 'NAM12-MW2-obe.outbound.protection.outlook.com',
      envelope: 'no-reply@sharepointonline.com',
      dkimD: 'sharepointonline.com',
      from: 'sharepointonline.com',
    },
  );
  for (const rd of [false, true]) {
    emit(write, {
      name: `rw96-outlook${rd ? '-rd' : ''}-teams-mention-offline`,
      about: `A Teams mention notice ("Priya Raman in Teams" <noreply@email.teams.microsoft.com>) into the reader's tenant, EOP recording DMARC pass for email.teams.microsoft.com. Offline${rd ? ` with --recipient-domain ${TW}` : ''}. Wanted: authenticated; the colleague's name in a Teams notice is how Teams writes it (display-name-reader-org at most a note).`,
      cls: 'teams',
      eml: teams,
      args: rd ? RD(OUTLOOK) : OUTLOOK,
      expect: NOT_WARNED,
    });
    emit(write, {
      name: `rw96-outlook${rd ? '-rd' : ''}-sharepoint-share-offline`,
      about: `A SharePoint share from no-reply@sharepointonline.com under the sharer's name, Reply-To the sharer at ${TW}, EOP recording DMARC pass. Offline${rd ? ` with --recipient-domain ${TW}` : ''}. Wanted: authenticated; the sharer's Reply-To under her own name is no reply-to-other-org warning.`,
      cls: 'sharepoint',
      eml: share,
      args: rd ? RD(OUTLOOK) : OUTLOOK,
      expect: NOT_WARNED,
    });
  }

  // 6. A bank's alert in Yahoo.
  const bank = yahooDelivery(
    msg(
      'Northbank Alerts <alerts@northbank.example>',
      'robin.reader@yahoo.com',
      'Card payment of GBP 42.10 at Harbour Cafe',
      'A payment of GBP 42.10 was made with your card ending 0496.\r\n',
    ),
    {
      relay: { helo: 'mta96.northbank.example', rdns: 'mta96.northbank.example', ip: '192.0.2.96' },
      envelope: 'bounce@mta.northbank.example',
      results:
        'dkim=pass header.i=@northbank.example header.s=nb1;\r\n spf=pass smtp.mailfrom=mta.northbank.example;\r\n dmarc=pass(p=REJECT) header.from=northbank.example;',
    },
  );
  emit(write, {
    name: 'rw96-yahoo-bank-card-alert-offline',
    about:
      "A bank's card alert as Yahoo Mail delivers it, its atlas header recording dkim, spf and DMARC pass (p=REJECT) for northbank.example. Offline in Yahoo. Wanted: authenticated.",
    cls: 'bank',
    eml: bank,
    args: YAHOO,
    expect: PASSES,
  });

  // 7. A Shopify order confirmation in Gmail: the store's chosen name, per-store From, Reply-To at the store.
  const shop = gmailDelivery(
    msg(
      'Kelp & Co <store+96120455@t.shopifyemail.com>',
      'robin.reader@gmail.com',
      'Order #1096 confirmed',
      'Thank you for your purchase! Order #1096.\r\n',
      ['Reply-To: Kelp & Co <hello@kelpworks.example>'],
    ),
    {
      relay: { helo: 'mail-96.shopifyemail.com', rdns: 'mail-96.shopifyemail.com', ip: '23.227.38.96' },
      envelope: 'bounces+96120455@t.shopifyemail.com',
      results: `${gmailDkim('t.shopifyemail.com', 's1')}\r\n       ${gmailDkim('shopifyemail.com', 's2')}\r\n       ${gmailSpf('bounces+96120455@t.shopifyemail.com', '23.227.38.96')}\r\n       ${gmailDmarc('t.shopifyemail.com', 'NONE')}`,
      ids: ['x96csp1201pxa', 'a96si1201qtb.96'],
      spf: 'pass',
      deliveredTo: true,
    },
  );
  emit(write, {
    name: 'rw96-gmail-shopify-order-store-reply-to-offline',
    about:
      "A Shopify store's order confirmation in Gmail: From the store's chosen name at store+<id>@t.shopifyemail.com, Reply-To the store's own mailbox, Gmail recording DMARC pass. Offline. Wanted: authenticated; the store's Reply-To is the store platform's shape, no warning.",
    cls: 'shopify',
    eml: shop,
    args: GMAIL,
    expect: PASSES,
  });

  // 8. A list post keeping From on a self-hosted box: the author's signature broken by the footer.
  const post = onTop(
    msg(
      'Priya Raman <priya@kelpworks.example>',
      'quic@lists.standards-wg.example',
      '[QUIC] draft-07 review',
      'Comments inline.\r\n-- \r\nquic mailing list\r\nhttps://lists.standards-wg.example/quic\r\n',
      [
        'List-Id: "QUIC working group" <quic.lists.standards-wg.example>',
        'List-Post: <mailto:quic@lists.standards-wg.example>',
        'List-Unsubscribe: <mailto:quic-leave@lists.standards-wg.example>',
        'X-Mailman-Version: 3.3.10',
        'Precedence: list',
      ],
    ),
    'Return-Path: <quic-bounces@lists.standards-wg.example>',
    `Delivered-To: ${READER}`,
    `Authentication-Results: ${BOX};\r\n\tdkim=fail reason="signature verification failed" header.d=kelpworks.example header.s=s1;\r\n\tdkim=pass header.d=lists.standards-wg.example header.s=mm3;\r\n\tspf=pass smtp.mailfrom=lists.standards-wg.example;\r\n\tdmarc=fail (p=none dis=none) header.from=kelpworks.example`,
    `Received: from mailman.standards-wg.example (mailman.standards-wg.example [198.51.100.96])\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zr96Lq1\r\n\tfor <${READER}>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
  );
  for (const rd of [false, true]) {
    emit(write, {
      name: `rw96-selfhosted${rd ? '-rd' : ''}-mm3-list-post-from-kept-pnone-offline`,
      about: `A Mailman 3 list post keeping the author's From (p=none), the footer breaking her signature; the box recorded dkim=fail for her, pass for the list, dmarc=fail p=none. Offline, --webmail none --authserv-id ${BOX}${rd ? `, --recipient-domain ${TW}` : ''}. Wanted: unverified (list-modified), never spoofed or suspicious.`,
      cls: 'list-from-kept',
      eml: post,
      args: rd ? RD(SELF) : SELF,
      expect: NOT_WARNED,
    });
  }

  // 9. A bank's mail forwarded by Gmail into Microsoft 365: the bank's signature survives.
  const fwd = eop(
    onTop(
      msg(
        'Northbank Alerts <alerts@northbank.example>',
        'robin.reader@gmail.com',
        'Your statement is ready',
        'Your November statement is ready in online banking.\r\n',
      ),
      'Received: by 2002:a05:6a10:a0d1:b0:2f5:1234:5678 with SMTP id x96csp1202pxa;\r\n        Fri, 20 Nov 2026 02:00:04 -0800 (PST)',
      'ARC-Authentication-Results: i=1; mx.google.com;\r\n       dkim=pass header.i=@northbank.example header.s=nb1 header.b=Q29ycHVz;\r\n       spf=pass (google.com: domain of bounce@mta.northbank.example designates 192.0.2.96 as permitted sender) smtp.mailfrom=bounce@mta.northbank.example;\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=northbank.example',
      'Authentication-Results: mx.google.com;\r\n       dkim=pass header.i=@northbank.example header.s=nb1 header.b=Q29ycHVz;\r\n       spf=pass (google.com: domain of bounce@mta.northbank.example designates 192.0.2.96 as permitted sender) smtp.mailfrom=bounce@mta.northbank.example;\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=northbank.example',
      'Received: from mta96.northbank.example (mta96.northbank.example. [192.0.2.96])\r\n        by mx.google.com with ESMTPS id a96si1202qtb.96\r\n        for <robin.reader@gmail.com>; Fri, 20 Nov 2026 02:00:03 -0800 (PST)',
    ),
    {
      ip: '209.85.220.41',
      helo: 'mail-sor-f41.google.com',
      envelope: 'robin.reader+caf_=morgan.lee=tidewater.example@gmail.com',
      dkimD: 'northbank.example',
      from: 'northbank.example',
    },
  );
  for (const rd of [false, true]) {
    emit(write, {
      name: `rw96-outlook${rd ? '-rd' : ''}-gmail-forward-into-m365-bank-offline`,
      about: `A bank's mail auto-forwarded by a Gmail account into the reader's Microsoft 365 mailbox (Gmail's +caf_ envelope, Gmail's own results below EOP's entry); the bank's signature survives, so EOP records dkim and DMARC pass. Offline${rd ? ` with --recipient-domain ${TW}` : ''}. Wanted: authenticated on EOP's record; Gmail's header below the entry is not the provider's.`,
      cls: 'gmail-forward',
      eml: fwd,
      args: rd ? RD(OUTLOOK) : OUTLOOK,
      expect: rd ? NOT_WARNED : PASSES,
    });
  }

  // 10. A DSN bounce on the self-hosted box, from Google's MAILER-DAEMON.
  const dsn = onTop(
    msg(
      'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      READER,
      'Delivery Status Notification (Failure)',
      "Address not found\r\n\r\nYour message wasn't delivered to quinn@gmail.com because the address couldn't be found.\r\n",
      ['Auto-Submitted: auto-replied', `In-Reply-To: <96.1@${TW}>`],
    ),
    'Return-Path: <>',
    `Delivered-To: ${READER}`,
    `Authentication-Results: ${BOX};\r\n\tdkim=pass header.d=googlemail.com header.s=20230601;\r\n\tspf=pass smtp.helo=mail-sor-f69.google.com;\r\n\tdmarc=pass (p=quarantine dis=none) header.from=googlemail.com`,
    `Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])\r\n\tby ${BOX} (Postfix) with ESMTPS id 4Zr96Lq2\r\n\tfor <${READER}>; Fri, 20 Nov 2026 10:00:05 +0000 (UTC)`,
  );
  for (const rd of [false, true]) {
    emit(write, {
      name: `rw96-selfhosted${rd ? '-rd' : ''}-gmail-dsn-bounce-null-sender-offline`,
      about: `A delivery-failure notice from Gmail's mailer-daemon@googlemail.com (null envelope, SPF on the HELO) to the reader's self-hosted box, which recorded dkim and DMARC pass. Offline, --webmail none --authserv-id ${BOX}${rd ? `, --recipient-domain ${TW}` : ''}. Wanted: authenticated.`,
      cls: 'dsn',
      eml: dsn,
      args: rd ? RD(SELF) : SELF,
      expect: PASSES,
    });
  }
}
