// Red-team round 154: the list footer's telephone number as a lure target (lib/auth/footer-markup.ts
// footerLure / FOOTER_PHONE; lib/findings/list.ts lureTarget, which skips every number on a list
// whose List-Id is under the From domain's organisation), each attack beside its genuine control.
// Every attack is the bank's genuine signed notice (p=reject) re-posted by the attacker's own list
// with a callback lure in the footer the restore takes off: the number written so FOOTER_PHONE does
// not see it (full-width or Arabic-Indic digits, no-break spaces, a "/" as German banks write it,
// split across a wrapped line or by HTML tags, letters for digits), after words it does not know
// ("Freephone", "WhatsApp", "text"), a lure word it does not know ("suspicious payment"), and the
// list's List-Id placed under the bank's own organisation (read in Gmail, Outlook, Yahoo and a box).
// Where the layouts were learnt: callback ("telephone-oriented") phishing as scamorsafe.org
// "Callback Phishing Scam" and besecurityaware.com "Phishing evolves to phone call scams"
// ("call our toll-free number at 1-800-XXX-XXXX") describe it (search: pages); Mailman 2.1 list
// fields as list-shapes.ts and rounds-kit.ts LIST_DRESS write them; Gmail's, Exchange Online's and
// Yahoo's delivery blocks as receivers.ts models them. Names and addresses are documentation ones
// except Google's, Microsoft's and Yahoo's.
import { signCorpus } from '../../helpers/corpus';
import { appendBody, tagSubject } from '../edits';
import {
  ARGS,
  ATTACKER_IP,
  BANK,
  BANK_IP,
  BANK_KEY,
  type CorpusCase,
  emitCase,
  fromBank,
  GMAIL,
  NOT_TRUSTED,
  OUTLOOK,
  ptr,
  RECEIVER,
  type Relay,
  SIGNED,
} from '../kit';
import type { CaseWriter } from '../make';
import { onTop, received, submitted } from '../messages';
import {
  eopDelivery,
  GMAIL_TO,
  gmailDelivery,
  gmailDkim,
  gmailDmarc,
  gmailSpf,
  yahooDelivery,
} from '../receivers';
import { authorZone, probeCorpus, viaAttackerList } from '../rounds-kit';

const ATTACKER: Relay = { helo: 'mail.attacker.example', rdns: 'mail.attacker.example', ip: ATTACKER_IP };
const LIST_ENVELOPE = 'customers-bounces@lists.attacker.example';
const NOTICE = 'Your November statement is ready in online banking.';

const bankNotice = (to: string, html = false) => {
  const text = `Dear customer,\r\n\r\n${NOTICE}\r\n\r\nNorthbank\r\n`;
  const raw = submitted({
    from: 'Northbank <alerts@northbank.example>',
    to,
    subject: 'Your statement is ready',
    messageId: '<stmt-20261120-15401@northbank.example>',
    body: html ? `<html><body><p>Dear customer,</p><p>${NOTICE}</p><p>Northbank</p></body></html>\r\n` : text,
  });
  return signCorpus(html ? raw.replace('Content-Type: text/plain', 'Content-Type: text/html') : raw, {
    domain: 'northbank.example',
    selector: 'nb1',
    headerList: SIGNED,
  });
};

/** A Mailman-style footer (separator, the lure, the list's own line). */
const footer = (lure: string) =>
  `_______________________________________________\r\n${lure}\r\nCustomers list: https://lists.attacker.example/customers\r\n`;

const WORLD = {
  ...BANK,
  ...BANK_KEY,
  ...ptr(BANK_IP, 'mail.northbank.example'),
  ...ptr(ATTACKER_IP, 'mail.attacker.example'),
  'attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
  'lists.attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
  'lists.northbank.example': { TXT: [`v=spf1 ip4:${BANK_IP} -all`] },
  ...ptr('192.0.2.25', RECEIVER),
};

/** The attacker's list dressed with a List-Id under the bank's organisation. */
const BANK_NAMED_DRESS = [
  'List-Id: Northbank customer notices <notices.lists.northbank.example>',
  'List-Post: NO',
  'List-Unsubscribe: <mailto:customers-leave@lists.attacker.example>',
];

const gmailResults = (envelope: string, ip: string, dmarc: string) =>
  [
    gmailDkim('northbank.example', 'nb1', 'neutral (body hash did not verify)'),
    gmailSpf(envelope, ip),
    gmailDmarc('northbank.example', 'REJECT', dmarc),
  ].join('\r\n       ');

export async function makeAll(write: CaseWriter): Promise<void> {
  const emit = (c: Omit<CorpusCase, 'args'> & { args?: string[] }) =>
    emitCase(write, { ...c, args: c.args ?? ARGS, zone: c.zone ?? WORLD });
  const boxTo = 'Robin Reader <robin@reader.example>';

  // ---- 1. The number written so FOOTER_PHONE does not see it (the attacker's own list, a box) ----
  // Control for the whole group: the plain international number, caught since round 153.
  emit({
    name: 'probe154-box-attacker-list-callback-plain-number-baseline',
    class: 'footer-phone',
    about:
      "Attack (baseline, caught since round 153): the bank's signed notice re-posted by the attacker's list, tagged, its footer 'Fraud alert: … call our fraud team now on +44 20 7946 0153'. Wanted: not trusted (list-footer-lure).",
    eml: viaAttackerList(
      appendBody(
        tagSubject(await bankNotice(boxTo), '[Northbank customers] '),
        footer(
          'Fraud alert: a payment of EUR 1,940.00 is pending on your card. If this was not you,\r\ncall our fraud team now on +44 20 7946 0153 to stop it.',
        ),
      ),
    ),
    expect: NOT_TRUSTED,
  });

  const variants: Array<[string, string, string]> = [
    [
      'full-width-digits',
      'Fraud alert: a payment of EUR 1,940.00 is pending on your card. If this was not you,\r\ncall our fraud team now on \uff0b\uff14\uff14 \uff12\uff10 \uff17\uff19\uff14\uff16 \uff10\uff11\uff15\uff13 to stop it.',
      'the number in full-width digits (＋４４ ２０ …, as Japanese and Chinese text writes numbers): \\d is ASCII only, so FOOTER_PHONE finds none',
    ],
    [
      'arabic-indic-digits',
      'Fraud alert: a payment of EUR 1,940.00 is pending on your card. If this was not you,\r\ncall our fraud team now on +\u0664\u0664 \u0662\u0660 \u0667\u0669\u0664\u0666 \u0660\u0661\u0665\u0663 to stop it.',
      'the number in Arabic-Indic digits (+٤٤ ٢٠ …), as an Arabic-reading customer sees numbers',
    ],
    [
      'no-break-spaces',
      'Fraud alert: a payment of EUR 1,940.00 is pending on your card. If this was not you,\r\ncall our fraud team now on +44\u00a020\u00a07946\u00a00153 to stop it.',
      'the number grouped with no-break spaces (U+00A0, what &nbsp; gives), outside [\\d ().-]: only +44 (2 digits) is read',
    ],
    [
      'german-slash',
      'Betrug? Eine Zahlung von 1.940,00 EUR ist vorgemerkt. Telefon: 069 / 7946 0153 (Betrugsabteilung, 24 Stunden).',
      "a German footer ('Betrug', 'Telefon') writing the number as German banks do, '069 / 7946 0153': the '/' is outside [\\d ().-]",
    ],
    [
      'wrapped-line',
      'Fraud alert: a payment of EUR 1,940.00 is pending on your card. If this was not you, call our fraud team now on +44 20\r\n7946 0153 to stop it.',
      'the number split by the footer line wrap after +44 20 (4 digits read; the rest on the next line follows no call word)',
    ],
    [
      'freephone-national',
      'Fraud alert: a payment of EUR 1,940.00 is pending on your card. Not you? Our fraud team is on\r\nFreephone 0800 046 0153, 24 hours a day.',
      "a national number after 'Freephone' (as UK banks write it): 'phone' inside the word is not a call word, and no + nor tel:",
    ],
    [
      'whatsapp',
      'Fraud alert: a payment of EUR 1,940.00 is pending on your card. Not you? Message our fraud\r\nteam on WhatsApp at 07700 900153 to stop it.',
      "a national number for WhatsApp: 'WhatsApp', 'message', 'text' are no call words",
    ],
    [
      'text-stop',
      'Fraud alert: a payment of EUR 1,940.00 is pending on your card. Not you? Text STOP to\r\n07700 900153 now and our fraud team will call you back.',
      "'Text STOP to 07700 900153' (a national number on the next line; the call word after it)",
    ],
    [
      'vanity-letters',
      'Fraud alert: a payment of USD 1,940.00 is pending on your card. If this was not you,\r\ncall our fraud team now on 1-888-NB-FRAUD to stop it.',
      "a US vanity number, letters for digits ('1-888-NB-FRAUD'): 4 digits read",
    ],
    [
      'unknown-lure-word',
      'Suspicious payment of EUR 1,940.00 pending on your card. Not you? Call +44 20 7946 0153\r\nwithin 30 minutes or the payment goes through.',
      "an international number under a lure the word list does not know ('Suspicious payment … Not you?')",
    ],
  ];
  for (const [slug, lure, how] of variants)
    emit({
      name: `probe154-box-attacker-list-callback-${slug}`,
      class: 'footer-phone',
      about: `Attack: the bank's signed notice re-posted by the attacker's own list (List-Id under lists.attacker.example), tagged, with a callback lure in the footer: ${how}. Wanted: not trusted, as the plain-number baseline reads.`,
      eml: viaAttackerList(
        appendBody(tagSubject(await bankNotice(boxTo), '[Northbank customers] '), footer(lure)),
      ),
      expect: NOT_TRUSTED,
      twin: slug === 'full-width-digits' || slug === 'no-break-spaces',
    });

  // HTML: the bank's text/html notice, the list's HTML footer splitting the number with tags.
  emit({
    name: 'probe154-box-attacker-list-html-callback-number-split-by-tags',
    class: 'footer-phone',
    about:
      "Attack: the bank's signed text/html notice re-posted by the attacker's list with an HTML footer 'Fraud alert … call our fraud team on <b>+44 20</b> <b>7946 0153</b>': FOOTER_PHONE reads the text with its tags, so only +44 20 (4 digits). Wanted: not trusted.",
    eml: viaAttackerList(
      appendBody(
        tagSubject(await bankNotice(boxTo, true), '[Northbank customers] '),
        '<hr><p>Fraud alert: a payment of EUR 1,940.00 is pending on your card. If this was not you, call our fraud team now on <b>+44 20</b> <b>7946 0153</b> to stop it.</p>\r\n<p>Customers list: https://lists.attacker.example/customers</p>\r\n',
      ),
    ),
    expect: NOT_TRUSTED,
  });

  // ---- 2. The List-Id under the bank's organisation ----
  const PLAIN_LURE =
    'Fraud alert: a payment of EUR 1,940.00 is pending on your card. If this was not you,\r\ncall our fraud team now on +44 20 7946 0153 to stop it.';
  const bankNamed = async (to: string) =>
    appendBody(tagSubject(await bankNotice(to), '[Northbank notices] '), footer(PLAIN_LURE));

  emit({
    name: 'probe154-box-attacker-list-bank-named-list-id-callback',
    class: 'footer-phone-own-list',
    about:
      "Attack: the attacker's list (envelope, relay and List-Unsubscribe at lists.attacker.example) writes List-Id: <notices.lists.northbank.example>; the footer's +44 callback number is then skipped as the bank's own list's. The List-Id is the sender's word. Wanted: not trusted.",
    eml: viaAttackerList(await bankNamed(boxTo), BANK_NAMED_DRESS),
    expect: NOT_TRUSTED,
    twin: true,
  });
  emit({
    name: 'probe154-gmail-attacker-list-bank-named-list-id-callback',
    class: 'footer-phone-own-list',
    about:
      "Attack: as the box case, read in Gmail (Gmail: dkim=neutral body hash, spf=pass for the attacker's list envelope, dmarc=fail p=REJECT). Wanted: not trusted.",
    eml: gmailDelivery(onTop(await bankNamed(`Robin Reader <${GMAIL_TO}>`), ...BANK_NAMED_DRESS), {
      relay: ATTACKER,
      envelope: LIST_ENVELOPE,
      results: gmailResults(LIST_ENVELOPE, ATTACKER_IP, 'fail'),
      ids: ['x154csp1', 'a154si1'],
      spf: 'pass',
    }),
    args: GMAIL,
    expect: NOT_TRUSTED,
  });
  emit({
    name: 'probe154-outlook-attacker-list-bank-named-list-id-callback',
    class: 'footer-phone-own-list',
    about:
      'Attack: as the box case, read in Outlook (Exchange Online, dmarc=fail action=oreject). Wanted: not trusted.',
    eml: eopDelivery(onTop(await bankNamed(boxTo), ...BANK_NAMED_DRESS), {
      ip: ATTACKER_IP,
      helo: ATTACKER.helo,
      ar: `spf=pass (sender IP is ${ATTACKER_IP})\r\n smtp.mailfrom=lists.attacker.example; dkim=fail (body hash did not verify)\r\n header.d=northbank.example;dmarc=fail action=oreject\r\n header.from=northbank.example;compauth=fail reason=000`,
      spf: `Pass (protection.outlook.com: domain of lists.attacker.example designates\r\n ${ATTACKER_IP} as permitted sender) receiver=protection.outlook.com;\r\n client-ip=${ATTACKER_IP}; helo=${ATTACKER.helo}; pr=C`,
      returnPath: LIST_ENVELOPE,
    }),
    args: OUTLOOK,
    expect: NOT_TRUSTED,
  });
  emit({
    name: 'probe154-yahoo-attacker-list-bank-named-list-id-callback',
    class: 'footer-phone-own-list',
    about:
      'Attack: as the box case, read in Yahoo Mail (dkim=perm_fail, spf=pass, dmarc=fail). Wanted: not trusted.',
    eml: yahooDelivery(onTop(await bankNamed(boxTo), ...BANK_NAMED_DRESS), {
      relay: ATTACKER,
      envelope: LIST_ENVELOPE,
      results:
        'dkim=perm_fail header.i=@northbank.example header.s=nb1;\r\n spf=pass smtp.mailfrom=lists.attacker.example;\r\n dmarc=fail(p=REJECT) header.from=northbank.example;',
    }),
    args: ['--webmail', 'yahoo'],
    expect: NOT_TRUSTED,
  });

  // Genuine control: the bank's own notices list, on its own server and envelope, footer giving
  // its own fraud line.
  emit({
    name: 'probe154-box-bank-own-list-fraud-line-control',
    class: 'footer-phone-own-list-control',
    about:
      "Genuine control: the bank's own notices list (lists.northbank.example: envelope, relay, List-* all the bank's) re-posting its signed notice, tagged, with a footer giving the bank's own fraud line. Never spoofed or suspicious; unverified (list-modified) is honest.",
    eml: onTop(
      await bankNamed(boxTo),
      'Return-Path: <notices-bounces@lists.northbank.example>',
      fromBank(),
      'List-Id: Northbank customer notices <notices.lists.northbank.example>',
      'List-Post: NO',
      'List-Unsubscribe: <mailto:notices-leave@lists.northbank.example>',
    ),
    expect: { notVerdict: ['spoofed', 'suspicious'] },
    twin: true,
  });

  // Genuine control: a university's own list footer naming its service desk, its own staff's post.
  {
    const uni = 'uni-north.example';
    const body = 'Dear colleagues,\r\n\r\nthe library closes at 18:00 on Friday.\r\n\r\nFacilities\r\n';
    const post = await signCorpus(
      submitted({
        from: `Facilities <facilities@${uni}>`,
        to: `staff@lists.${uni}`,
        subject: 'Library hours',
        messageId: `<lib-154@${uni}>`,
        body,
      }),
      { domain: uni, selector: 's1', headerList: SIGNED },
    );
    emit({
      name: 'probe154-box-university-own-list-service-desk-control',
      class: 'footer-phone-own-list-control',
      about:
        "Genuine control: a university's own staff list (lists.uni-north.example) tags and footers a post of its facilities office (p=reject); the footer says 'Forgotten your password? Call the IT Service Desk on +44 113 496 0154'. Never spoofed or suspicious (its list's envelope, lists.uni-north.example, aligns by SPF: authenticated).",
      eml: onTop(
        appendBody(
          tagSubject(post, '[Staff] '),
          `_______________________________________________\r\nStaff mailing list\r\nForgotten your password? Call the IT Service Desk on +44 113 496 0154.\r\nhttps://lists.${uni}/mailman/listinfo/staff\r\n`,
        ),
        `Return-Path: <staff-bounces@lists.${uni}>`,
        received({
          helo: `lists.${uni}`,
          rdns: `lists.${uni}`,
          ip: '192.0.2.81',
          by: RECEIVER,
          id: '4Zr154Ab1',
        }),
        `List-Id: Staff <staff.lists.${uni}>`,
        `List-Post: <mailto:staff@lists.${uni}>`,
        `List-Unsubscribe: <https://lists.${uni}/mailman/options/staff>`,
      ),
      zone: {
        ...WORLD,
        ...authorZone(uni, 'p=reject', 's1'),
        ...ptr('192.0.2.81', `lists.${uni}`),
        [`lists.${uni}`]: { TXT: ['v=spf1 ip4:192.0.2.81 -all'], A: ['192.0.2.81'] },
      },
      expect: { notVerdict: ['spoofed', 'suspicious'] },
    });
  }
}

// probe154-box-attacker-list-callback-{full-width-digits,arabic-indic-digits,no-break-spaces,
// german-slash,wrapped-line,html-callback-number-split-by-tags} (and the -no-options twins) read
// "unverified" (dmarc-fail, dkim-fail, list-modified:low; no list-footer-lure): lib/auth/
// footer-markup.ts FOOTER_PHONE reads only ASCII digits (\d) grouped by ASCII space ( ().-) on one
// line of the text with its tags kept, so a number in other digits, grouped by U+00A0 or "/", split
// by a line wrap or by tags gives fewer than 8 digits or none. Should read suspicious
// (list-footer-lure), as the +44 baseline does: fold the footer text first (NFKC, so full-width
// digits become ASCII; every Unicode \p{Nd} mapped to its value; \s incl. U+00A0 and line breaks,
// "/" and "–" as separators; tags dropped as the lure words already are), then match.
// probe154-box-attacker-list-callback-{freephone-national,whatsapp,text-stop,vanity-letters}
// read "unverified" the same way: a national number after a word FOOTER_PHONE does not know
// (Freephone, WhatsApp, text/message), or a vanity number (1-888-NB-FRAUD). Should read suspicious:
// once footerLure has found a lure word, any run of 8-15 digits in the footer is a target (the lure
// word already keeps dates and references of harmless footers out); vanity: a call word followed by
// [\dA-Z-]{7,} with at least 3 digits.
// probe154-box-attacker-list-callback-unknown-lure-word reads "unverified": "Suspicious payment …
// Not you? Call +44 …" has no word FOOTER_LURE knows (footerLure returns null). Should read
// suspicious: add suspicious, not you, scam, stolen, hacked, disputed, charge(d) to FOOTER_LURE, or
// let a call to a number be lure enough on a list that is not the From domain's.
// probe154-{box,gmail,outlook,yahoo}-attacker-list-bank-named-list-id-callback (box and -no-options
// twin) read "unverified" (list-modified:low, no list-footer-lure): lib/findings/list.ts lureTarget
// sets ownList from listHost(List-Id) alone, which the sender writes; the attacker's
// List-Id: <notices.lists.northbank.example> makes the footer's +44 number the bank's own. Should
// read suspicious: the list is the From domain's own only when what the receiver saw says so (the
// delivered envelope's or the entry relay's organisation is the From domain's, or List-Post /
// List-Unsubscribe hosts are), as probe154-box-bank-own-list-fraud-line-control shows the real one.
/** Cases HeaderLens reads wrong today. */
// Kept out by choice (the lead, 09:53 on 2026-12-06): every callback lure below, the plain-number
// baseline included, reads "unverified" (list-modified), never authenticated. The telephone-number
// lure rule these probed (09:37-09:50) was withdrawn: real-mail round 154 showed genuine list
// footers in the same words (a Neighbourhood Watch group's "To report fraud or a scam, call Action
// Fraud on 0808 …", associations', clubs' and credit unions' own numbers beside "password" or
// "fraud") reading suspicious. README, "What still fools".
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe154-box-attacker-list-callback-full-width-digits',
  'probe154-box-attacker-list-callback-full-width-digits-no-options',
  'probe154-box-attacker-list-callback-arabic-indic-digits',
  'probe154-box-attacker-list-callback-no-break-spaces',
  'probe154-box-attacker-list-callback-no-break-spaces-no-options',
  'probe154-box-attacker-list-callback-german-slash',
  'probe154-box-attacker-list-callback-wrapped-line',
  'probe154-box-attacker-list-callback-freephone-national',
  'probe154-box-attacker-list-callback-whatsapp',
  'probe154-box-attacker-list-callback-text-stop',
  'probe154-box-attacker-list-callback-vanity-letters',
  'probe154-box-attacker-list-callback-unknown-lure-word',
  'probe154-box-attacker-list-html-callback-number-split-by-tags',
  'probe154-box-attacker-list-bank-named-list-id-callback',
  'probe154-box-attacker-list-bank-named-list-id-callback-no-options',
  'probe154-gmail-attacker-list-bank-named-list-id-callback',
  'probe154-outlook-attacker-list-bank-named-list-id-callback',
  'probe154-yahoo-attacker-list-bank-named-list-id-callback',
  'probe154-box-attacker-list-callback-plain-number-baseline',
]);

export async function make(write: CaseWriter): Promise<void> {
  return probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
}
