// Red-team probes, seventy-fifth round (December 2026): lists, groups and forwarders the attacker
// runs himself, after the new display-name-domain rule and its listAuthor exemption
// (lib/findings/display-name.ts displayNameRule, lib/findings/list-evidence.ts listFromRewrite,
// lib/findings/list.ts). Each probe carries mail that a reader should take for the bank's
// (northbank.example, p=reject) or a built-in brand's through something the attacker owns:
// - a Google Group he created, named after the bank or PayPal, From rewritten by Google
//   ("'Northbank Security' via northbank-security" <northbank-security@googlegroups.com>), with
//   Google's genuine signature and seal: the group authenticates, the name is the attacker's;
// - his own Mailman 3 list re-posting the bank's genuine signed notice with his footer (a link and
//   a mailto: lure);
// - his own list whose From names the bank's domain ("northbank.example via Alerts"), which could
//   pass as a list's author-naming rewrite and so skip display-name-domain;
// - a forwarder he runs that ARC-seals the bank's genuine old notice under his own seal after
//   changing its body (his seal claims the bank's pass).
// Controls: a genuine Google Group post (rounds-kit googleGroupsPost) and a genuine community list
// re-posting the bank's notice with a plain Mailman footer.
// Layouts: Gmail's delivery as test/corpus/receivers.ts gmailDelivery; Mailman fields and footer,
// Google Groups' From rewrite, X-Original-From, List-ID and footer as test/corpus/list-shapes.ts
// (learnt from Mailman 3's documentation, "DMARC Mitigations", and a public archive's raw copy of a
// kasan-dev@googlegroups.com post). Names and addresses are documentation ones, Google's aside.

import { signCorpus } from '../../helpers/corpus';
import {
  ATTACKER_IP,
  authenticZone,
  BANK,
  BANK_IP,
  BANK_KEY,
  GMAIL,
  genuineBankNotice,
  NOT_TRUSTED,
  ptr,
} from '../kit';
import { keyZone, mailmanFooter, mailmanHeaders, sealCorpus } from '../list-shapes';
import type { CaseWriter } from '../make';
import { onTop, submitted } from '../messages';
import { gmailDelivery, gmailDkim, gmailDmarc, gmailSpf } from '../receivers';
import {
  googleGroupsPost,
  LISTED,
  oldStatement,
  type ProbeCase,
  probeCorpus,
  probeEmitter,
  READER_MX,
} from '../rounds-kit';

/** Probes HeaderLens reads wrong today: written by makeAll, kept out of the corpus until lib/ is fixed. */
// probe75-google-group-named-bank-rewritten-from reads "authenticated" (dmarc-policy-none,
// dkim-fail, provider-disagreement, list-from-rewritten: "really comes from googlegroups.com"): the
// group northbank-security@googlegroups.com authenticates, and "Northbank" is no built-in brand, so
// displayNameRule (lib/findings/display-name.ts) finds nothing; the PayPal twin reads suspicious
// (brand-on-freemail). Wanted: not trusted. Proposed fix (lib/findings/display-name.ts or
// lib/findings/list-evidence.ts): on a list host anyone can open (googlegroups.com, groups.io:
// isSignUpDomain), a From rewrite whose group name or shown author name carries the label of a
// domain with an acted DMARC policy seen in the zone (here the reader has only northbank.example's
// records when it is asked for) is a low/medium concern; or, simpler, cap a rewritten From on a
// sign-up list host at "unverified" naming the group's creator as unknown. Risk: every genuine Google
// Group post from a p=reject author (legit/lists.ts, identity.ts) reads authenticated today; the cap
// would move them to unverified (honest, never spoofed); the label form would hit a genuine
// customer group named after the company (northbank-users), suspicious by a medium concern.
// probe75-gmail-mailman3-own-list-bank-notice-mailto-footer reads "unverified" (list-modified,
// arc-untrusted-sealer: the bank's text verifies with the list's changes undone): the footer's lure
// ("Card blocked? Write to mailto:card-desk@attacker.example or call in at
// https://lists.attacker.example/notices") sits on the list's own organisation, which
// footerImitation (lib/findings/list.ts) exempts, and a mailto: address is not read as a link. The
// same family as round 65/67's "Still" (an attacker's own list re-posting a genuine notice).
// Wanted: not trusted. Proposed fix (lib/findings/list.ts): a footer on a list nobody trusted that
// holds an account lure (the lure words lib/findings/lookalike.ts already keeps: blocked, confirm,
// verify, card, login) beside a link or mailto: is a medium concern (list-footer-lure), as the footer
// is the list's text, not the signer's. Risk: a genuine community list whose footer discusses
// cards or logins ("Confirm your subscription at …") would read suspicious; limiting it to lure word
// plus an address outside the list's List-* URLs keeps Mailman's and Google's stock footers clear.
// Fixed at 09:10 on 2026-12-05 (lib/findings/list.ts lureTarget, lib/auth/footer-markup.ts
// footerLure): a footer that scares about an account and points to an address or page that is
// neither the list's own (its List-* fields) nor the From domain's is list-footer-lure (medium):
// probe75-gmail-mailman3-own-list-bank-notice-mailto-footer reads suspicious.
// Kept out by choice (the lead, 09:10): the Google Group named after the bank reads authenticated
// for googlegroups.com, as "Northbank Security" <anyone@gmail.com> does: HeaderLens knows no bank by
// its name unless it is a built-in brand (README, "What still fools").
export const PENDING_ENGINE_FIX: ReadonlySet<string> = new Set<string>([
  'probe75-google-group-named-bank-rewritten-from',
]);

const LIST = 'lists.attacker.example';
const GOOD_LIST = 'lists.northbank-customers.example';
const GOOD_IP = '198.51.100.75';
const GOOGLE_IP = '209.85.160.63';
const ZONE = {
  ...BANK,
  ...BANK_KEY,
  ...authenticZone('attacker.example', ATTACKER_IP),
  ...READER_MX,
  ...keyZone([
    `arc._domainkey.${LIST}`,
    `arc._domainkey.${GOOD_LIST}`,
    `s1._domainkey.${LIST}`,
    'arc-20240605._domainkey.google.com',
    '20230601._domainkey.googlegroups.com',
    'arc._domainkey.fwd.attacker.example',
  ]),
  [LIST]: { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
  [`_dmarc.${LIST}`]: { TXT: ['v=DMARC1; p=none'] },
  'fwd.attacker.example': { TXT: [`v=spf1 ip4:${ATTACKER_IP} -all`] },
  [GOOD_LIST]: { TXT: [`v=spf1 ip4:${GOOD_IP} -all`] },
  'googlegroups.com': { TXT: ['v=spf1 ip4:209.85.128.0/17 ~all'] },
  ...ptr(ATTACKER_IP, 'mail.attacker.example'),
  ...ptr(GOOD_IP, `mail.${GOOD_LIST}`),
};
const emit = probeEmitter(ZONE);

const bankInto = (by: string, id: string) =>
  `Received: from mail.northbank.example (mail.northbank.example [${BANK_IP}])\r\n\tby ${by} (Postfix) with ESMTPS id ${id};\r\n\tFri, 20 Nov 2026 10:00:02 +0000`;

/** `notice` re-posted by a Mailman list at `host`: tag, fields, `footer` appended, sealed i=1. */
async function listRepost(notice: string, host: string, footer: string, id: string): Promise<string> {
  return sealCorpus(
    onTop(
      notice
        .replace('Subject: Your statement is ready', 'Subject: [Northbank notices] Your statement is ready')
        .concat(`\r\n${footer}`),
      ...mailmanHeaders('notices', host, 'Northbank notices').map((h) =>
        h.replace('X-Mailman-Version: 2.1.39', 'X-Mailman-Version: 3.3.9'),
      ),
      bankInto(host, id),
    ),
    {
      domain: host,
      cv: 'none',
      authResults: `${host};\r\n       dkim=pass header.d=northbank.example header.s=nb1;\r\n       dmarc=pass header.from=northbank.example`,
    },
  );
}

/** Gmail's delivery of a post from the list at `host` (relay `ip`), the bank's dkim broken by the footer. */
const gmailFromList = (raw: string, host: string, ip: string, n: string) =>
  gmailDelivery(raw, {
    relay: { helo: `mail.${host}`, rdns: host === LIST ? 'mail.attacker.example' : `mail.${host}`, ip },
    envelope: `notices-bounces@${host}`,
    spf: 'pass',
    ids: [`x75csp77004${n}pxa`, `a1si77004${n}qtb.75`],
    deliveredTo: true,
    results: `dkim=fail header.i=@northbank.example header.s=nb1 header.b=Q29ycHVz;\r\n       arc=pass (i=1 dkim=pass dkdomain=northbank.example dmarc=pass fromdomain=northbank.example);\r\n       ${gmailSpf(`notices-bounces@${host}`, ip)}\r\n       ${gmailDmarc('northbank.example', 'REJECT', 'fail')} arc=pass`,
  });

/** A group the attacker created on Google Groups, his own post (From rewritten by Google). */
async function attackerGroupPost(group: string, shown: string, n: string): Promise<string> {
  const signed = await signCorpus(
    submitted({
      from: `${shown} <notices@attacker.example>`,
      to: `${group}@googlegroups.com`,
      subject: 'Action required: confirm your card',
      date: 'Fri, 20 Nov 2026 09:58:00 +0000',
      messageId: `<g${n}.2026.11.20@attacker.example>`,
      body: 'We blocked a payment. Confirm your card at https://secure-verify.attacker.example/confirm\r\n',
    }),
    { domain: 'attacker.example', selector: 's1' },
  );
  // Google rewrites From only for an author at p=quarantine/reject; the attacker sets his own
  // domain to p=reject so the group shows "'<name>' via <group>".
  const rewritten = signed.replace(
    /^From: .*$/m,
    `From: "'${shown}' via ${group}" <${group}@googlegroups.com>\r\nX-Original-From: ${shown} <notices@attacker.example>\r\nReply-To: ${shown} <notices@attacker.example>`,
  );
  const grouped = onTop(
    `${rewritten}\r\n-- \r\nYou received this message because you are subscribed to the Google Groups "${shown}" group.\r\nTo unsubscribe from this group and stop receiving emails from it, send an email to ${group}+unsubscribe@googlegroups.com.\r\n`,
    `X-Original-Sender: notices@attacker.example`,
    'Precedence: list',
    `Mailing-list: list ${group}@googlegroups.com; contact ${group}+owners@googlegroups.com`,
    `List-ID: <${group}.googlegroups.com>`,
    `List-Post: <https://groups.google.com/group/${group}/post>, <mailto:${group}@googlegroups.com>`,
    `List-Unsubscribe: <mailto:googlegroups-manage+8812${n}+unsubscribe@googlegroups.com>`,
  );
  const groupAr = `gmr-mx.google.com; dkim=pass header.i=@attacker.example header.s=s1; spf=pass (google.com: domain of notices@attacker.example designates ${ATTACKER_IP} as permitted sender) smtp.mailfrom=notices@attacker.example; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=attacker.example`;
  const sealed = await sealCorpus(
    await signCorpus(grouped, { domain: 'googlegroups.com', selector: '20230601' }),
    { domain: 'google.com', selector: 'arc-20240605', cv: 'none', authResults: groupAr },
  );
  const envelope = `${group}+bncBDL3ZMA5BYIFBBNENVTCAMGQEAB${n}@googlegroups.com`;
  return gmailDelivery(sealed, {
    relay: { helo: 'mail-qt1-x83f.google.com', rdns: 'mail-qt1-x83f.google.com', ip: GOOGLE_IP },
    envelope,
    spf: 'pass',
    ids: [`x75csp88${n}pxa`, `a1si88${n}qtb.75`],
    deliveredTo: true,
    results: `${gmailDkim('googlegroups.com', '20230601')}\r\n       arc=pass (i=1 spf=pass spfdomain=attacker.example dkim=pass dkdomain=attacker.example dmarc=pass fromdomain=attacker.example);\r\n       ${gmailSpf(envelope, GOOGLE_IP)}\r\n       ${gmailDmarc('googlegroups.com', 'NONE', 'pass')}`,
  });
}

export async function makeAll(write: CaseWriter): Promise<void> {
  const probes: ProbeCase[] = [];
  const genuine = await genuineBankNotice();

  // --- 1, 2: a Google Group the attacker created, named after the bank / PayPal -----------------
  probes.push({
    name: 'probe75-google-group-named-bank-rewritten-from',
    about:
      'The attacker creates the Google Group northbank-security@googlegroups.com (title "Northbank Security"), subscribes the reader, and posts from his own p=reject domain as "Northbank Security". Google rewrites From to "\'Northbank Security\' via northbank-security" <northbank-security@googlegroups.com> with Reply-To and X-Original-From the attacker, signs d=googlegroups.com and seals i=1 recording the attacker\'s pass. Gmail: dkim=pass (googlegroups.com), dmarc=pass for googlegroups.com. The reader sees "Northbank Security via northbank-security". Read in Gmail, online. Wanted: not trusted (no list anyone can open vouches for a name it carries)',
    class: 'probe75-own-group',
    args: GMAIL,
    eml: await attackerGroupPost('northbank-security', 'Northbank Security', '01'),
    expect: NOT_TRUSTED,
  });
  probes.push({
    name: 'probe75-google-group-named-paypal-rewritten-from',
    about:
      "As probe75-google-group-named-bank-rewritten-from with a built-in brand: the group paypal-resolution@googlegroups.com, From \"'PayPal Resolution Center' via paypal-resolution\" <paypal-resolution@googlegroups.com>, Google's genuine signature and seal. Read in Gmail, online. Wanted: not trusted (PayPal named on a group anyone can create)",
    class: 'probe75-own-group',
    args: GMAIL,
    eml: await attackerGroupPost('paypal-resolution', 'PayPal Resolution Center', '02'),
    expect: NOT_TRUSTED,
  });

  // --- 3: his own Mailman 3 list re-posting the bank's genuine notice, footer lure -----------------
  probes.push({
    name: 'probe75-gmail-mailman3-own-list-bank-notice-mailto-footer',
    about:
      "The attacker's own Mailman 3 list (notices@lists.attacker.example, \"Northbank notices\") re-posts the bank's genuine signed notice to the reader's Gmail with its tag and a footer: \"Card blocked? Write to mailto:card-desk@attacker.example or call in at https://lists.attacker.example/notices\". The list seals i=1 recording the bank's pass; Gmail: dkim=fail (footer), arc=pass, dmarc=fail. The list's changes undone, the bank's text is genuine, but the lure is the footer's and the list is nobody's the reader trusts. Read in Gmail, online. Wanted: not trusted",
    class: 'probe75-own-list',
    args: GMAIL,
    eml: gmailFromList(
      await listRepost(
        genuine,
        LIST,
        mailmanFooter('notices', LIST, 'Northbank notices').replace(
          `https://${LIST}/mailman/listinfo/notices`,
          `Card blocked? Write to mailto:card-desk@attacker.example or call in at https://${LIST}/notices`,
        ),
        '4ZtR75a01',
      ),
      LIST,
      ATTACKER_IP,
      '01',
    ),
    expect: NOT_TRUSTED,
  });

  // --- 4: a list whose name is the bank's domain -----------------------------------------------
  const named = await signCorpus(
    onTop(
      submitted({
        from: '"northbank.example via Alerts" <alerts@lists.attacker.example>',
        subject: '[Alerts] Your card is blocked',
        body: 'We blocked a payment. Confirm your card at https://secure-verify.attacker.example/confirm\r\n',
      }),
      ...mailmanHeaders('alerts', LIST, 'Alerts'),
    ),
    { domain: LIST, selector: 's1' },
  );
  probes.push({
    name: 'probe75-gmail-own-list-from-named-bank-domain-via',
    about:
      "The attacker's own list signs as lists.attacker.example (aligned, p=none) with From \"northbank.example via Alerts\" <alerts@lists.attacker.example> and Mailman's fields: a list's From rewrite naming its author by domain alone, with no author address and no Reply-To. If the listAuthor exemption (lib/findings/display-name.ts) takes the name as a list author, display-name-domain never fires and the bank's domain shows as the sender's name over an authenticated message. Read in Gmail, online. Wanted: not trusted (display-name-domain)",
    class: 'probe75-own-list',
    args: GMAIL,
    eml: gmailDelivery(named, {
      relay: { helo: `mail.${LIST}`, rdns: 'mail.attacker.example', ip: ATTACKER_IP },
      envelope: `alerts-bounces@${LIST}`,
      spf: 'pass',
      ids: ['x75csp9901pxa', 'a1si9901qtb.75'],
      deliveredTo: true,
      results: `${gmailDkim(LIST, 's1')}\r\n       ${gmailSpf(`alerts-bounces@${LIST}`, ATTACKER_IP)}\r\n       ${gmailDmarc(LIST, 'NONE', 'pass')}`,
    }),
    expect: NOT_TRUSTED,
  });

  // --- 5: his forwarder ARC-seals an old genuine notice after changing the body ----------------
  const old = await oldStatement();
  const changed = old.replace(
    /\r\n\r\n([\s\S]*)$/,
    '\r\n\r\nYour card has been blocked. Confirm it at https://secure-verify.attacker.example/confirm\r\n',
  );
  const forwarded = await sealCorpus(onTop(changed, bankInto('fwd.attacker.example', '4ZtR75f01')), {
    domain: 'fwd.attacker.example',
    cv: 'none',
    authResults:
      'fwd.attacker.example;\r\n       dkim=pass header.d=northbank.example header.s=nb1;\r\n       spf=pass smtp.mailfrom=northbank.example;\r\n       dmarc=pass header.from=northbank.example',
  });
  probes.push({
    name: 'probe75-gmail-own-forwarder-seals-changed-old-notice',
    about:
      "The attacker runs a forwarder (fwd.attacker.example) and replays the bank's genuine September notice through it after replacing the body with a card lure; his forwarder seals i=1 recording dkim=pass, spf=pass, dmarc=pass for northbank.example, as a forwarder that received it intact would. Gmail: the bank's dkim fails (body hash), arc=pass (the seal is valid), spf for the forwarder's envelope, dmarc=fail at p=REJECT. Read in Gmail, online. Wanted: not trusted (an unknown sealer's record is no pass; the body was changed)",
    class: 'probe75-own-forwarder',
    args: GMAIL,
    eml: gmailDelivery(forwarded, {
      relay: { helo: 'mail.fwd.attacker.example', rdns: 'mail.attacker.example', ip: ATTACKER_IP },
      envelope: 'srs0=ab12=cd=northbank.example=security@fwd.attacker.example',
      spf: 'pass',
      ids: ['x75csp9902pxa', 'a1si9902qtb.75'],
      deliveredTo: true,
      results: `dkim=fail header.i=@northbank.example header.s=nb1 header.b=Q29ycHVz;\r\n       arc=pass (i=1 dkim=pass dkdomain=northbank.example dmarc=pass fromdomain=northbank.example);\r\n       ${gmailSpf('srs0=ab12=cd=northbank.example=security@fwd.attacker.example', ATTACKER_IP)}\r\n       ${gmailDmarc('northbank.example', 'REJECT', 'fail')} arc=pass`,
    }),
    expect: NOT_TRUSTED,
  });

  // --- controls ------------------------------------------------------------------------------------
  const gg = await googleGroupsPost({
    messageId: 'p75',
    tag: '[hikers]',
    title: 'Trailhead hikers',
    field: 'Sender: hikers@googlegroups.com',
    id: '4ZtR75c01',
  });
  probes.push({
    name: 'probe75-control-genuine-google-group-post',
    about:
      "Control: a genuine Google Groups post (Sam at trailhead.example, p=none, From kept; the group tags the subject and adds its footer; googlegroups.com signs; Google seals i=1 recording the author's pass), delivered to the reader's box. Wanted: as the corpus reads a genuine list post: unverified with the list's changes undone (list-modified)",
    class: 'probe75-control',
    eml: gg.eml,
    zone: { ...ZONE, ...gg.zone },
    expect: LISTED,
  });
  probes.push({
    name: 'probe75-control-genuine-community-list-bank-notice',
    about:
      "Control: a genuine community list (lists.northbank-customers.example, its own server with SPF and PTR) re-posts the bank's genuine signed notice with its subject tag and a plain Mailman footer linking its listinfo page; it seals i=1 recording the bank's pass. Gmail: dkim=fail (footer), arc=pass, dmarc=fail. Read in Gmail, online. Wanted: as genuine lists read in the corpus: unverified, list-modified",
    class: 'probe75-control',
    args: GMAIL,
    eml: gmailFromList(
      await listRepost(
        genuine,
        GOOD_LIST,
        mailmanFooter('notices', GOOD_LIST, 'Northbank notices'),
        '4ZtR75c02',
      ),
      GOOD_LIST,
      GOOD_IP,
      '02',
    ),
    expect: LISTED,
  });

  for (const p of probes) emit(write, p);
}

export const make = (write: CaseWriter) => probeCorpus(makeAll, PENDING_ENGINE_FIX, write);
