// Red-team probes, sixty-seventh round (December 2026): the list footer after today's fix
// (lib/findings/list.ts footerImitation, lib/auth/footer-markup.ts footerLinkHosts, raising
// list-footer-lookalike-link) and the free DNS zones (lib/findings/lookalike.ts FREE_DNS_ZONES).
// The attacker's own list re-posts the bank's genuine signed notice (as probe65) with a footer
// whose link is dressed differently each time:
// - a lure host on the list's own organisation (northbank.attacker.example under
//   lists.attacker.example): footerImitation lets own-list hosts pass unless they carry a full
//   copy of the From domain or a spelling trick;
// - an HTML footer whose link text shows the bank's real URL while the href goes elsewhere;
// - fullwidth dots (U+FF0E) and an IDN homoglyph, which the WHATWG URL parser maps;
// - the footer link on a FreeDNS zone (northbank.uk.to).
// Controls: a genuine community list named after the bank, its footer linking to its own pages.
// Layouts: Gmail's delivery as test/corpus/receivers.ts gmailDelivery; Mailman 2.1 fields and
// footer as list-shapes.ts (Mailman's own msg_footer template: "___", "<list> mailing list",
// the address and listinfo URL). Names and addresses are documentation ones, Google's aside.

import { signCorpus } from '../../helpers/corpus';
import { sealAs } from '../gateway-layouts';
import {
  ATTACKER_IP,
  AUTHENTICATED,
  authenticZone,
  BANK,
  BANK_IP,
  BANK_KEY,
  GMAIL,
  genuineBankNotice,
  NOT_TRUSTED,
  ptr,
  RECEIVER,
} from '../kit';
import { keyZone, mailmanFooter, mailmanHeaders } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { gmailDelivery, gmailDmarc, gmailSpf } from '../receivers';
import { type ProbeCase, probeCorpus, probeEmitter, READER_MX } from '../rounds-kit';

/** Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is fixed. */
// probe67-gmail-list-footer-bank-label-on-list-own-org and …-bank-hyphen-label-on-list-own-org read
// "unverified" (list-modified, the list's changes undone; no list-footer-lookalike-link): the hosts
// northbank.attacker.example and northbank-secure.attacker.example sit on the list's own
// organisation (attacker.example), and footerImitation (lib/findings/list.ts) skips own-list hosts
// unless they copy the whole From domain or spell it. Wanted: not trusted. Proposed fix: exempt an
// own-list host only when the List-Id's own name, or a List-* field's host, does not already carry
// the From organisation's label, i.e. treat a list named after the bank on an unrelated
// organisation as no excuse for footer hosts imitating it; or exempt only hosts the list's own
// List-Archive/List-Unsubscribe/listinfo URLs name. Risk: northbank.groups.io-style community lists
// whose footer links to northbank.groups.io pages (exempt by the second form; the first would
// raise a medium concern on them: suspicious, not spoofed).
// probe67-gmail-list-html-footer-text-shows-bank-href-elsewhere reads "unverified": footerLinkHosts
// returns northbank.example (the link text, skipped as the From organisation's own) and
// secure-verify.attacker.example (the href, no imitation by name). Wanted: not trusted. Proposed
// fix (lib/auth/footer-markup.ts, lib/findings/list.ts): return anchors as (text host, href host)
// pairs; an anchor whose text spells the From organisation's host while its href goes to another
// organisation is a footer imitation (the classic mismatched-link lure). Risk: a list footer
// writing the bank's URL as text through a click tracker (lists rarely track footer links; a
// medium concern, suspicious, never spoofed).
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  // Fixed at 06:24 on 2026-12-05 (lib/findings/list.ts footerImitation and the new
  // list-footer-disguised-link; lib/auth/footer-markup.ts footerDisguisedLinks): the bank's name as
  // a label on the host of a list not named after the bank (northbank.attacker.example,
  // northbank-secure.attacker.example from notices.lists.attacker.example) now counts; a footer
  // link showing northbank.example and opening secure-verify.attacker.example is
  // list-footer-disguised-link (medium). All three read suspicious, where they read unverified.
]);

const LIST = 'lists.attacker.example';
const GOOD_LIST = 'lists.northbank-customers.example';
const GOOD_IP = '198.51.100.67';
const ZONE = {
  ...BANK,
  ...BANK_KEY,
  ...authenticZone('attacker.example', ATTACKER_IP),
  ...READER_MX,
  ...keyZone([`arc._domainkey.${LIST}`, `arc._domainkey.${GOOD_LIST}`]),
  [LIST]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
  [GOOD_LIST]: { TXT: [`v=spf1 ip4:${GOOD_IP} -all`] },
  ...ptr(ATTACKER_IP, 'mail.attacker.example'),
  ...ptr(GOOD_IP, `mail.${GOOD_LIST}`),
};
const emit = probeEmitter(ZONE);

const bankInto = (by: string, id: string) =>
  `Received: from mail.northbank.example (mail.northbank.example [${BANK_IP}])\r\n\tby ${by} (Postfix) with ESMTPS id ${id};\r\n\tFri, 20 Nov 2026 10:00:02 +0000`;

/** The bank's genuine HTML notice, signed. */
const genuineHtmlNotice = () =>
  signCorpus(
    submitted({
      from: 'Northbank <alerts@northbank.example>',
      subject: 'Your statement is ready',
      body: '<html><body><p>Your November statement is ready in online banking.</p>\r\n',
    }).replace('Content-Type: text/plain; charset=utf-8', 'Content-Type: text/html; charset=utf-8'),
    { domain: 'northbank.example', selector: 'nb1' },
  );

/** `notice` re-posted by a Mailman list at `host`: tag, fields, `footer` appended, sealed i=1. */
async function listPost(notice: string, host: string, footer: string, id: string): Promise<string> {
  return sealAs(
    onTop(
      notice
        .replace('Subject: Your statement is ready', 'Subject: [Northbank notices] Your statement is ready')
        .concat(`\r\n${footer}`),
      ...mailmanHeaders('notices', host, 'Northbank notices'),
      bankInto(host, id),
    ),
    {
      domain: host,
      selector: 'arc',
      cv: 'none',
      authResults: `${host};\r\n       dkim=pass header.d=northbank.example header.s=nb1;\r\n       dmarc=pass header.from=northbank.example`,
    },
  );
}

const attackerFooter = (line: string) =>
  mailmanFooter('notices', LIST, 'Northbank notices').replace(
    `https://${LIST}/mailman/listinfo/notices`,
    line,
  );

/** Gmail's delivery of a post from the list at `host` (relay `ip`), dkim broken by the footer. */
const gmailFromList = (raw: string, host: string, ip: string, n: string, dkim = 'fail') =>
  gmailDelivery(raw, {
    relay: { helo: `mail.${host}`, rdns: host === LIST ? 'mail.attacker.example' : `mail.${host}`, ip },
    envelope: `notices-bounces@${host}`,
    spf: 'pass',
    ids: [`x67csp77004${n}pxa`, `a1si77004${n}qtb.67`],
    deliveredTo: true,
    results: `dkim=${dkim} header.i=@northbank.example header.s=nb1 header.b=Q29ycHVz;\r\n       arc=pass (i=1 dkim=pass dkdomain=northbank.example dmarc=pass fromdomain=northbank.example);\r\n       ${gmailSpf(`notices-bounces@${host}`, ip)}\r\n       ${gmailDmarc('northbank.example', 'REJECT', dkim === 'pass' ? 'pass' : 'fail')}${dkim === 'pass' ? '' : ' arc=pass'}`,
  });

/** The same post delivered to the reader's self-hosted box (Postfix, no Authentication-Results). */
const boxFromList = (raw: string, host: string, ip: string, id: string) =>
  onTop(
    raw,
    `Return-Path: <notices-bounces@${host}>`,
    `Received: from mail.${host} (${host === LIST ? 'mail.attacker.example' : `mail.${host}`} [${ip}])\r\n\tby ${RECEIVER} (Postfix) with ESMTPS id ${id}\r\n\tfor <robin@reader.example>; Fri, 20 Nov 2026 10:00:04 +0000`,
  );

export async function makeAll(write: CaseWriter): Promise<void> {
  const probes: ProbeCase[] = [];
  const genuine = await genuineBankNotice();
  const html = await genuineHtmlNotice();
  const lure = async (footerLine: string, id: string) =>
    listPost(genuine, LIST, attackerFooter(footerLine), id);

  // --- a lure host on the list's own organisation -------------------------------------------------
  probes.push({
    name: 'probe67-gmail-list-footer-bank-label-on-list-own-org',
    about:
      "The attacker's own Mailman list (lists.attacker.example) re-posts the bank's genuine signed notice to the reader's Gmail, its footer reading \"Card blocked? Confirm it at https://northbank.attacker.example/confirm\". The host carries the bank's name as a label of the list's own organisation: footerImitation lets own-list hosts pass unless they copy the whole From domain or spell it. Gmail: dkim=fail (footer), arc=pass, dmarc=fail. Read in Gmail, online. Wanted: not trusted (the footer's lure imitates the bank)",
    class: 'probe67-list-footer',
    args: GMAIL,
    eml: gmailFromList(
      await lure('Card blocked? Confirm it at https://northbank.attacker.example/confirm', '4ZtR67a01'),
      LIST,
      ATTACKER_IP,
      '01',
    ),
    expect: NOT_TRUSTED,
  });
  probes.push({
    name: 'probe67-gmail-list-footer-bank-hyphen-label-on-list-own-org',
    about:
      "As probe67-gmail-list-footer-bank-label-on-list-own-org with the footer link https://northbank-secure.attacker.example/confirm (the bank's name joined by a hyphen, the list's own organisation). Read in Gmail, online. Wanted: not trusted",
    class: 'probe67-list-footer',
    args: GMAIL,
    eml: gmailFromList(
      await lure(
        'Card blocked? Confirm it at https://northbank-secure.attacker.example/confirm',
        '4ZtR67a02',
      ),
      LIST,
      ATTACKER_IP,
      '02',
    ),
    expect: NOT_TRUSTED,
  });
  // --- link text shows the bank, href elsewhere ----------------------------------------------------
  probes.push({
    name: 'probe67-gmail-list-html-footer-text-shows-bank-href-elsewhere',
    about:
      "The attacker's list re-posts the bank's genuine signed HTML notice with an HTML footer: <a href=\"https://secure-verify.attacker.example/confirm\">https://northbank.example/confirm</a>. Gmail shows the bank's real address as the link text; a click goes to the attacker. footerLinkHosts reads both names: the bank's own (skipped as the From domain's) and the attacker's (no imitation by name). Read in Gmail, online. Wanted: not trusted (a footer link dressed as the bank's own address is an imitation)",
    class: 'probe67-list-footer',
    args: GMAIL,
    eml: gmailFromList(
      await listPost(
        html,
        LIST,
        `<p>Card blocked? Confirm it at <a href="https://secure-verify.attacker.example/confirm">https://northbank.example/confirm</a></p>\r\n<p>Northbank notices mailing list &lt;notices@${LIST}&gt;</p>\r\n`,
        '4ZtR67b01',
      ),
      LIST,
      ATTACKER_IP,
      '03',
    ),
    expect: NOT_TRUSTED,
  });
  // --- extraction: fullwidth dots, IDN, a free DNS zone -------------------------------------------
  probes.push({
    name: 'probe67-gmail-list-footer-fullwidth-dots-bank-copy',
    about:
      'The attacker\'s list footer reads "Confirm it at https://northbank．example．attacker.example/confirm" with fullwidth full stops (U+FF0E), which a browser maps to dots (northbank.example.attacker.example). Read in Gmail, online. Wanted: not trusted (list-footer-lookalike-link)',
    class: 'probe67-list-footer',
    args: GMAIL,
    eml: gmailFromList(
      await lure(
        'Card blocked? Confirm it at https://northbank\uff0eexample\uff0eattacker.example/confirm',
        '4ZtR67c01',
      ),
      LIST,
      ATTACKER_IP,
      '04',
    ),
    expect: NOT_TRUSTED,
  });
  probes.push({
    name: 'probe67-gmail-list-footer-idn-homoglyph-of-bank',
    about:
      "The attacker's list footer links to https://n\u043erthbank.example/confirm, the o a Cyrillic о: the browser opens xn--rthbank-… .example, which reads as the bank. Read in Gmail, online. Wanted: not trusted (list-footer-lookalike-link, look-alike characters)",
    class: 'probe67-list-footer',
    args: GMAIL,
    eml: gmailFromList(
      await lure('Card blocked? Confirm it at https://n\u043erthbank.example/confirm', '4ZtR67c02'),
      LIST,
      ATTACKER_IP,
      '05',
    ),
    expect: NOT_TRUSTED,
  });
  probes.push({
    name: 'probe67-box-list-footer-bank-on-free-dns-zone',
    about:
      "The attacker's list footer links to https://northbank.uk.to/confirm (a FreeDNS zone whose users' names are their own), delivered to the reader's self-hosted Postfix box, which records nothing. Read in the self-hosted box, online. Wanted: not trusted",
    class: 'probe67-list-footer',
    eml: boxFromList(
      await lure('Card blocked? Confirm it at https://northbank.uk.to/confirm', '4ZtR67c03'),
      LIST,
      ATTACKER_IP,
      '4ZtR67c04',
    ),
    expect: NOT_TRUSTED,
  });
  // --- the same footer under a gateway's excuse, no list fields --------------------------------------
  probes.push({
    name: 'probe67-gmail-gateway-tag-and-footer-no-list-fields',
    about:
      "The attacker's own relay re-sends the bank's genuine signed notice as a mail gateway would: it tags the Subject [EXTERNAL] and appends a banner \"Card blocked? Confirm it at https://northbank.example.attacker.example/confirm\", writing no list fields, and seals i=1 recording the bank's pass. list-footer-lookalike-link fires only where a list is named. Gmail: dkim=fail (body hash), arc=pass, dmarc=fail. Read in Gmail, online. Wanted: not trusted",
    class: 'probe67-gateway-footer',
    args: GMAIL,
    eml: gmailFromList(
      await sealAs(
        onTop(
          genuine
            .replace('Subject: Your statement is ready', 'Subject: [EXTERNAL] Your statement is ready')
            .concat(
              '\r\n--\r\nCard blocked? Confirm it at https://northbank.example.attacker.example/confirm\r\n',
            ),
          bankInto(LIST, '4ZtR67e01'),
        ),
        {
          domain: LIST,
          selector: 'arc',
          cv: 'none',
          authResults: `${LIST};\r\n       dkim=pass header.d=northbank.example header.s=nb1;\r\n       dmarc=pass header.from=northbank.example`,
        },
      ),
      LIST,
      ATTACKER_IP,
      '06',
    ),
    expect: NOT_TRUSTED,
  });
  // --- controls -----------------------------------------------------------------------------------
  const goodFooter = mailmanFooter('notices', GOOD_LIST, 'Northbank notices');
  probes.push({
    name: 'probe67-gmail-customers-list-own-footer-control',
    about: `Control: a genuine customers' list (${GOOD_LIST}, named after the bank) re-posts the bank's signed notice with Mailman's ordinary footer linking to its own listinfo page. Gmail: dkim=fail (footer), arc=pass, dmarc=fail. Read in Gmail, online. Wanted: not spoofed (no footer imitation; the list's changes undone)`,
    class: 'probe67-list-footer',
    args: GMAIL,
    eml: gmailFromList(await listPost(genuine, GOOD_LIST, goodFooter, '4ZtR67d01'), GOOD_LIST, GOOD_IP, '07'),
    expect: { notVerdict: ['spoofed', 'suspicious'] },
  });
  probes.push({
    name: 'probe67-gmail-bank-notice-direct-control',
    about:
      "Control: the bank's genuine HTML notice straight to the reader's Gmail: dkim=pass, spf=pass, dmarc=pass. Read in Gmail, online. Wanted: authenticated",
    class: 'probe67-list-footer',
    args: GMAIL,
    eml: gmailDelivery(html, {
      relay: { helo: 'mail.northbank.example', rdns: 'mail.northbank.example', ip: BANK_IP },
      envelope: 'alerts@northbank.example',
      spf: 'pass',
      ids: ['x67csp7700408pxa', 'a1si7700408qtb.67'],
      deliveredTo: true,
      results: `dkim=pass header.i=@northbank.example header.s=nb1 header.b=Q29ycHVz;\r\n       ${gmailSpf('alerts@northbank.example', BANK_IP)}\r\n       ${gmailDmarc('northbank.example', 'REJECT', 'pass')}`,
    }),
    expect: AUTHENTICATED,
  });
  for (const p of probes) emit(write, p);
}

export async function make(write: CaseWriter): Promise<void> {
  await probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
